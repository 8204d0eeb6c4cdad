"""The Contacts tab: the people in the user's network and who introduced whom."""
