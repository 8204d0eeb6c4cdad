"""The process's own clock, for the benchmark's first-paint marker (issue #24).

Qt-free and stdlib-only, so the baseline probe measures itself with the very same code
at the cost of one small import. Times are read on one system-wide clock
(``CLOCK_BOOTTIME`` on Linux), so a parent process can subtract a stamp its child wrote
(the close figure: the window closed, then the parent saw the process end).
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

#: When set to a file path, the app appends its first-paint and close stamps there.
MARKER_ENV = "NETPLANNER_FIRST_PAINT_MARKER"
_CLOCK = getattr(time, "CLOCK_BOOTTIME", None)


def now_ns() -> int:
    """Now on the system-wide clock the process start time is given in."""
    return time.clock_gettime_ns(_CLOCK) if _CLOCK is not None else time.time_ns()


def process_start_ns() -> int | None:
    """When this process started (``/proc/self/stat``, in clock ticks of 10 ms), or None
    where there is no /proc."""
    try:
        with open("/proc/self/stat", "rb") as handle:
            fields = handle.read().rsplit(b")", 1)[1].split()
        ticks = int(fields[19])  # field 22 of the whole line: starttime, since boot
        return ticks * 1_000_000_000 // os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def peak_memory_mb() -> float:
    """The most resident memory this process has held so far (VmHWM), in MB."""
    try:
        with open("/proc/self/status") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource
    import sys

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def marker_file() -> Path | None:
    """Where the marker asked for by the environment goes, or None when none is asked."""
    value = os.environ.get(MARKER_ENV)
    return Path(value) if value else None


def write_mark(event: str, **values: float) -> None:
    """Append ``{"event": event, ...}`` as one JSON line to the marker file, if asked."""
    path = marker_file()
    if path is None:
        return
    with path.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps({"event": event, **values}) + "\n")


def mark_first_paint() -> None:
    """The first paint: seconds since the process started, the processor time it took
    (which a busy machine does not stretch) and the peak memory so far."""
    now, started = now_ns(), process_start_ns()
    if started is None:
        return
    write_mark(
        "first_paint",
        seconds=(now - started) / 1e9,
        cpu_seconds=time.process_time(),
        peak_mb=peak_memory_mb(),
    )


def mark_ready() -> None:
    """The work the start left for after the first paint is done (the database open, the
    menus complete): the window answers every click without loading more. Seconds since
    the process started and the peak memory so far."""
    now, started = now_ns(), process_start_ns()
    if started is None:
        return
    write_mark("ready", seconds=(now - started) / 1e9, peak_mb=peak_memory_mb())


def mark_close() -> None:
    """The window is closing: the clock and the processor time so far, for the parent to
    subtract from the end."""
    write_mark("close", clock_ns=now_ns(), cpu_seconds=time.process_time())


def read_marks(path: Path) -> dict[str, dict[str, float]]:
    """The marks in ``path`` by event name (the last of each)."""
    marks: dict[str, dict[str, float]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            mark = json.loads(line)
            marks[mark.pop("event")] = mark
    return marks
