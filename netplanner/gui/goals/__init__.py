"""The Goals tab: goals (the concrete ask), the ask composer and its live checker."""
