"""The Qt widgets layer: the only part of NetPlanner that imports PySide6."""
