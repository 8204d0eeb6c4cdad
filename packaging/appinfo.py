"""What the packaging needs to know about the app, read from ``pyproject.toml``.

The version and description live in one place only, ``pyproject.toml``; the
PyInstaller spec, the Windows version resource, the macOS Info.plist and the
AppStream metainfo all take them from here. Standard library only, so the spec
and the build script can use it before anything else is imported.

This folder has no ``__init__.py`` on purpose: a regular package called
``packaging`` at the repository root would shadow the PyPI ``packaging``
library that pip, hatchling and PyInstaller import.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

PACKAGING_DIR = Path(__file__).resolve().parent
ROOT = PACKAGING_DIR.parent

DISPLAY_NAME = "NetPlanner"
# Reverse-DNS id: the AppStream component id, the .desktop file's name, the icon
# name on Linux and the macOS bundle identifier are all this one string.
APP_ID = "nl.netplanner.NetPlanner"


@dataclass(frozen=True)
class AppInfo:
    name: str  # the distribution name, "netplanner"
    display_name: str  # "NetPlanner": the executable, the window title, the .app
    version: str  # netplanner.__version__ (pyproject.toml reads it there), e.g. "0.1.0"
    description: str
    app_id: str

    @property
    def version_tuple(self) -> tuple[int, int, int, int]:
        """Four numbers for the Windows version resource (it allows nothing else).

        "1.2.3rc1" becomes (1, 2, 3, 0): pre-release and local parts are dropped.
        """
        numbers = [int(part) for part in re.findall(r"\d+", self.version.split("+")[0])[:3]]
        numbers += [0] * (4 - len(numbers))
        return (numbers[0], numbers[1], numbers[2], numbers[3])

    @property
    def short_version(self) -> str:
        """ "1.2.3": what CFBundleShortVersionString accepts (three numbers)."""
        return ".".join(str(n) for n in self.version_tuple[:3])


def read_version(package_init: Path = ROOT / "netplanner" / "__init__.py") -> str:
    """``__version__`` as written in the package, where pyproject.toml reads it (hatch)."""
    found = re.search(r'^__version__ = "([^"]+)"$', package_init.read_text(encoding="utf-8"), re.M)
    if found is None:
        raise ValueError(f'no __version__ = "…" line in {package_init}')
    return found.group(1)


def read_app_info(pyproject: Path = ROOT / "pyproject.toml") -> AppInfo:
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    return AppInfo(
        name=project["name"],
        display_name=DISPLAY_NAME,
        version=read_version(pyproject.parent / "netplanner" / "__init__.py"),
        description=project["description"],
        app_id=APP_ID,
    )
