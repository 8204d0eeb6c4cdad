"""Which language NetPlanner speaks, readable without Qt: the window and the command line
read the same choice.

The language is, first that applies:

1. ``NETPLANNER_LANGUAGE`` (``nl`` or ``en``) in the environment: for tests and scripts;
2. the choice made in the window (File ▸ Language), kept in a small file of its own,
   ``preferences.json`` in the user's settings folder (``$NETPLANNER_PREFERENCES`` names
   another file): the command line reads it without starting Qt, and it is the user's
   choice, not the data file's, so it holds for every data file they open;
3. the system's: Dutch when its language is Dutch, else English. The command line reads
   ``LC_ALL``, ``LC_MESSAGES`` and ``LANG`` (the window asks Qt, which reads the same).

Why not QSettings, where the window kept it before: on Windows and macOS that is the
registry and a binary plist, which only Qt reads; and why not the data file: the
language is the person's, who may keep several files (File ▸ Open) and changes it before
any file is open.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

ENGLISH = "en"
DUTCH = "nl"
LANGUAGES = (ENGLISH, DUTCH)
ENV_VAR = "NETPLANNER_LANGUAGE"
PREFERENCES_ENV_VAR = "NETPLANNER_PREFERENCES"
_KEY = "language"


def preferences_file() -> Path:
    """``$NETPLANNER_PREFERENCES`` if set, else ``preferences.json`` in the user's settings
    folder (beside the window's own settings on Linux: ``~/.config/NetPlanner``)."""
    override = os.environ.get(PREFERENCES_ENV_VAR)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_config_dir

    return Path(user_config_dir("NetPlanner", appauthor=False, roaming=True)) / "preferences.json"


def _known(value: object) -> str | None:
    text = str(value or "").strip().lower()[:2]
    return text if text in LANGUAGES else None


def forced_language() -> str | None:
    """The language the environment forces (``NETPLANNER_LANGUAGE``), if a known one."""
    return _known(os.environ.get(ENV_VAR))


def _preferences() -> dict[str, object]:
    try:
        data = json.loads(preferences_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def saved_language() -> str | None:
    """The language chosen in the window, if any (a missing or unreadable file: none)."""
    return _known(_preferences().get(_KEY))


def save_language(language: str) -> None:
    """Keep ``language`` as the user's choice (the other preferences in the file stay).
    Written whole or not at all: a reader never sees half a file."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    path = preferences_file()
    data = _preferences()
    data[_KEY] = language
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    partial.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    partial.replace(path)


def environment_language() -> str:
    """Dutch when the environment's locale is Dutch (``LC_ALL``, ``LC_MESSAGES``, ``LANG``,
    the first set; on Windows, the user's locale), else English."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return DUTCH if value.casefold().startswith("nl") else ENGLISH
    if os.name == "nt":
        import locale

        code = (locale.getlocale()[0] or "").casefold()
        return DUTCH if code.startswith(("nl", "dutch")) else ENGLISH
    return ENGLISH


def chosen_language() -> str:
    """The language of the command line and of texts it writes into data: forced, else
    the window's choice, else the environment's."""
    return forced_language() or saved_language() or environment_language()
