"""Bringing a network in and taking it out: imports, exports, merging two contacts."""
