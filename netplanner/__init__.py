"""NetPlanner: plan informational conversations and find work through your network."""

#: The one place the version is written: pyproject.toml reads it from here (hatch), so
#: no process pays for looking it up in the installed package's metadata (30 ms).
__version__ = "0.1.0"

APP_NAME = "NetPlanner"
# The desktop id: the .desktop file's name, the AppStream id, the macOS bundle identifier
# (packaging/appinfo.py says the same; a packaging test checks they agree).
APP_ID = "nl.netplanner.NetPlanner"
