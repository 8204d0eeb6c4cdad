"""NetPlanner: plan informational conversations and find work through your network."""

from importlib import metadata

try:
    __version__ = metadata.version("netplanner")
except metadata.PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.1.0"

APP_NAME = "NetPlanner"
# The desktop id: the .desktop file's name, the AppStream id, the macOS bundle identifier
# (packaging/appinfo.py says the same; a packaging test checks they agree).
APP_ID = "nl.netplanner.NetPlanner"
