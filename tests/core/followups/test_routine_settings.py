"""The follow-up routines kept in the data file: saved, read back, robust to damage."""

from __future__ import annotations

from netplanner.core.followups.routine_settings import (
    ROUTINES_KEY,
    has_routine_settings,
    load_routine_settings,
    save_routine_settings,
)
from netplanner.core.followups.stored import SuggestionSettings
from netplanner.core.meta import set_meta


def test_routines_are_all_on_until_switched_and_then_kept(database) -> None:
    with database.session() as session:
        assert not has_routine_settings(session)
        assert load_routine_settings(session) == SuggestionSettings()
    chosen = SuggestionSettings(three_b_seven=False, stay_in_touch_weeks=12)
    with database.transaction() as session:
        save_routine_settings(session, chosen)
    with database.session() as session:
        assert has_routine_settings(session)
        assert load_routine_settings(session) == chosen


def test_a_damaged_value_never_switches_a_routine_off(database) -> None:
    for damaged in ("{not json", "[1, 2]", '{"thank_you": "no", "stay_in_touch_weeks": 900}'):
        with database.transaction() as session:
            set_meta(session, ROUTINES_KEY, damaged)
        with database.session() as session:
            settings = load_routine_settings(session)
        assert settings.thank_you and settings.three_b_seven and settings.stay_in_touch
        assert 1 <= settings.stay_in_touch_weeks <= 52
