"""Recording the names a conversation gave you."""
