"""The network view: who introduced whom, drawn as a tree."""
