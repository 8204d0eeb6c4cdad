"""Where the conversation stands in its time, as plain numbers (no Qt).

The planned time is shared out over the phases (``core.live_conversation.plan.budget``);
a phase "runs over" when the clock has passed the end of its share, counted from the
start, while the conversation is still in it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from netplanner.core.live_conversation.plan import PHASES, Budget, Phase


@dataclass(frozen=True)
class TimeStatus:
    #: Seconds left of the whole planned time (negative: over).
    left: int
    #: Seconds the current phase runs over its share (0 when within it).
    phase_over: int
    #: Seconds since the start.
    elapsed: int


def phase_end(budget: Budget, phase: Phase) -> int:
    """Seconds from the start at which ``phase``'s share of the time is used up."""
    end = 0
    for each in PHASES:
        end += budget.seconds[each]
        if each == phase:
            break
    return end


def time_status(budget: Budget, started_at: datetime, now: datetime, phase: Phase) -> TimeStatus:
    elapsed = max(0, round((now - started_at).total_seconds()))
    return TimeStatus(
        left=budget.total - elapsed,
        phase_over=max(0, elapsed - phase_end(budget, phase)),
        elapsed=elapsed,
    )


def whole_minutes(seconds: int) -> int:
    """Minutes as a clock on the wall reads them: 61 s is "2 min left", never "0"."""
    return max(1, -(-abs(seconds) // 60))
