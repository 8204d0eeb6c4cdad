"""Which follow-up routines are on, kept in the data file.

They belong to the user's way of working, not to one computer: kept with the data,
the window and ``netplanner today`` suggest the same follow-ups, and a backup or a
copy of the file takes them along.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from netplanner.core.followups.routines import SuggestionSettings
from netplanner.core.queries.run import Queries

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

#: The ``app_meta`` key: a JSON object with the fields below.
ROUTINES_KEY = "follow_up_routines"
MIN_WEEKS, MAX_WEEKS = 1, 52


def has_routine_settings(session: Session) -> bool:
    """True once the routines were set in this file (else the defaults apply)."""
    from netplanner.core.meta import get_meta

    return bool(get_meta(session, ROUTINES_KEY))


def load_routine_settings(session: Session) -> SuggestionSettings:
    """:func:`read_routine_settings` in a session."""
    from netplanner.core.queries.run import SessionQueries

    return read_routine_settings(SessionQueries(session))


def read_routine_settings(queries: Queries) -> SuggestionSettings:
    """The routines as switched in this file; every routine on by default.

    A damaged or partial value falls back field by field: a routine is never switched
    off by a value that cannot be read.
    """
    kept = queries.rows("meta.value", key=ROUTINES_KEY)
    try:
        stored = json.loads((kept[0][0] if kept else "") or "{}")
    except json.JSONDecodeError:
        stored = {}
    if not isinstance(stored, dict):
        stored = {}
    defaults = SuggestionSettings()

    def flag(name: str) -> bool:
        value = stored.get(name)
        return value if isinstance(value, bool) else getattr(defaults, name)

    weeks = stored.get("stay_in_touch_weeks")
    if not isinstance(weeks, int) or isinstance(weeks, bool):
        weeks = defaults.stay_in_touch_weeks
    return SuggestionSettings(
        thank_you=flag("thank_you"),
        three_b_seven=flag("three_b_seven"),
        stay_in_touch=flag("stay_in_touch"),
        stay_in_touch_weeks=min(max(weeks, MIN_WEEKS), MAX_WEEKS),
    )


def save_routine_settings(session: Session, settings: SuggestionSettings) -> None:
    from netplanner.core.meta import set_meta

    value = {
        "thank_you": settings.thank_you,
        "three_b_seven": settings.three_b_seven,
        "stay_in_touch": settings.stay_in_touch,
        "stay_in_touch_weeks": min(max(settings.stay_in_touch_weeks, MIN_WEEKS), MAX_WEEKS),
    }
    set_meta(session, ROUTINES_KEY, json.dumps(value, sort_keys=True))
