"""Find files in NetPlanner's ``resources`` folder (fonts, icons, question banks).

The folder lives in a different place depending on how the app runs:

1. installed wheel: shipped inside the package, ``netplanner/_resources/``;
2. PyInstaller bundle: ``sys._MEIPASS/resources/``;
3. source checkout: ``resources/`` in the repository root, next to the package.

The first of these that exists wins. (The wheel's folder has a leading
underscore so that it is never confused with this module.)
"""

from __future__ import annotations

import sys
from pathlib import Path

import netplanner

_PACKAGE_DIR = Path(netplanner.__file__).resolve().parent


def resource_roots() -> list[Path]:
    """Candidate ``resources`` folders, most specific first (existing or not)."""
    roots = [_PACKAGE_DIR / "_resources"]
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        roots.append(Path(meipass) / "resources")
    roots.append(_PACKAGE_DIR.parent / "resources")
    return roots


def resource_path(*parts: str) -> Path:
    """Path of ``resources/<parts...>``.

    Prefers the first root that actually contains the requested file; otherwise
    returns the path under the first existing root (or the source-checkout
    root), so a missing file fails with a clear ``FileNotFoundError`` where it
    is opened.
    """
    roots = resource_roots()
    for root in roots:
        candidate = root.joinpath(*parts)
        if candidate.exists():
            return candidate
    existing = [root for root in roots if root.is_dir()]
    return (existing[0] if existing else roots[-1]).joinpath(*parts)
