"""Who to ask next for a goal (issue #20): ranked, explained suggestions, offline.

What the window and the command line call:

* :func:`suggest_people` -- the two lists (``informational``: people who do the work;
  ``think_along``: warm contacts who may know them), each item with its reason parts;
* :func:`ask_person` -- *Ask*: plans an "asked" conversation of the list's kind;
* :func:`set_not_now` / :func:`clear_not_now` -- *Not now*: hide someone for weeks;
* :func:`names_to_approach` -- names you got in conversations and did not approach yet.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from netplanner.core.suggestions.approach import ask_person, names_to_approach
    from netplanner.core.suggestions.approach_names import NameToApproach
    from netplanner.core.suggestions.not_now import (
        DEFAULT_WEEKS,
        clear_not_now,
        hidden_contacts,
        set_not_now,
    )
    from netplanner.core.suggestions.ranking import (
        DEFAULT_LIMIT,
        NoActiveGoalError,
        PersonSuggestion,
        SuggestionList,
        active_goal,
        suggest_people,
    )
    from netplanner.core.suggestions.reasons import ReasonPart, Signal

#: Where each name lives. Imported when first asked for: the package's modules that
#: read without SQLAlchemy (``approach_names``, ``not_now``) must not load the ranking
#: and the ORM with them (the Today tab is shown before SQLAlchemy is loaded).
_HOMES = {
    "ask_person": "approach",
    "names_to_approach": "approach",
    "NameToApproach": "approach_names",
    "DEFAULT_WEEKS": "not_now",
    "clear_not_now": "not_now",
    "hidden_contacts": "not_now",
    "set_not_now": "not_now",
    "DEFAULT_LIMIT": "ranking",
    "NoActiveGoalError": "ranking",
    "PersonSuggestion": "ranking",
    "SuggestionList": "ranking",
    "active_goal": "ranking",
    "suggest_people": "ranking",
    "ReasonPart": "reasons",
    "Signal": "reasons",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{home}"), name)


__all__ = [
    "DEFAULT_LIMIT",
    "DEFAULT_WEEKS",
    "NameToApproach",
    "NoActiveGoalError",
    "PersonSuggestion",
    "ReasonPart",
    "Signal",
    "SuggestionList",
    "active_goal",
    "ask_person",
    "clear_not_now",
    "hidden_contacts",
    "names_to_approach",
    "set_not_now",
    "suggest_people",
]
