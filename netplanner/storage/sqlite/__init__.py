"""What only SQLite does: the single-file data store of every job seeker."""
