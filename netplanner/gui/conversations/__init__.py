"""The Conversations tab: plan conversations, choose questions, note answers, export sheets."""
