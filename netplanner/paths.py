"""Where the user's data file lives by default, and how to point elsewhere."""

from __future__ import annotations

import os
from pathlib import Path

DB_ENV_VAR = "NETPLANNER_DB"
DATA_FILE_NAME = "netplanner.sqlite3"


def default_data_file() -> Path:
    """``$NETPLANNER_DB`` if set, else ``netplanner.sqlite3`` in the per-user data folder."""
    override = os.environ.get(DB_ENV_VAR)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("NetPlanner", appauthor=False, roaming=True)) / DATA_FILE_NAME
