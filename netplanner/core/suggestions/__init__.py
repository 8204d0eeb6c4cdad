"""Who to ask next for a goal (issue #20): ranked, explained suggestions, offline.

What the window and the command line call:

* :func:`suggest_people` -- the two lists (``informational``: people who do the work;
  ``think_along``: warm contacts who may know them), each item with its reason parts;
* :func:`ask_person` -- *Ask*: plans an "asked" conversation of the list's kind;
* :func:`set_not_now` / :func:`clear_not_now` -- *Not now*: hide someone for weeks;
* :func:`names_to_approach` -- names you got in conversations and did not approach yet.
"""

from __future__ import annotations

from netplanner.core.suggestions.approach import NameToApproach, ask_person, names_to_approach
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
