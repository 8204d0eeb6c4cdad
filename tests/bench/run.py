"""NetPlanner's speed benchmark (issue #7): ``python3 run.py bench [--quick]``.

Builds data files of 1,000 / 10,000 / 30,000 / 100,000 contacts (cached in the
temporary folder, see ``bench_data``), measures each figure several times and
prints the medians: one table of figures with their baselines and targets, and
one table of every figure at every size, so growth faster than linear shows.

The machines this runs on are shared and noisy, so the whole-process figures are
ratios to a baseline process measured in the same run, interleaved with it.
Not part of the test run: ``tests/bench/conftest.py`` keeps pytest out of here.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import bench_data  # noqa: E402 - after the path set-up above

from netplanner import process_clock  # noqa: E402 - the clock the children stamp on

T = TypeVar("T")
PROBES = HERE / "bench_probes.py"
FIRST_PAINT_BASELINE = HERE / "first_paint_baseline.py"
SCREEN = ROOT / "tests" / "offscreen-screen.json"
#: The size the targets are stated for, and the size of the Network view figure.
MAIN_SIZE = 30_000
NETWORK_SIZE = 1_000
#: The first paint's targets are stated at the main size and at this one.
SMALL_SIZE = 1_000
FIRST_PAINT = "first paint (s)"
FIRST_PAINT_MEMORY = "first paint peak memory (MB)"
#: The processor time to the first paint: what a busy machine does not stretch (shown).
FIRST_PAINT_CPU = "first paint processor time (s)"
#: The first paint when the window opens on the Today tab: a new user's first tab, and
#: the tab the window remembers for most (shown).
FIRST_PAINT_TODAY = "first paint on the Today tab (s)"
CLOSE = "close (s)"
CLOSE_CPU = "close processor time (s)"
READY = "window ready after the first paint (s)"
READY_MEMORY = "window ready peak memory (MB)"
SHEETS_ONE_PDF = "100 prep sheets in one process, one PDF (s)"
REIMPORT = "import the same file again (s)"
SUGGEST_WORK = "who to ask next: people who do the work (ms)"
SUGGEST_ALONG = "who to ask next: people to think along (ms)"
SUGGEST_DISTINCT = "who to ask next, every role written differently (ms)"
LIVE_ANSWER = "conversation mode: one answer saved, with every tab built, p95 (ms)"


@dataclass
class Run:
    """One child process: how long it took (wall clock) and its peak memory."""

    seconds: float
    max_rss_mb: float
    output: str
    #: When the parent saw the child end, on ``process_clock``'s clock.
    ended_ns: int = 0
    #: The child's processor time (user and system) in all.
    cpu_s: float = 0.0


@dataclass
class Figures:
    """Medians per figure and size: ``values[figure][size]``."""

    values: dict[str, dict[int, float]] = field(default_factory=dict)
    #: The baseline's median per figure and the size of the row it is the baseline of.
    baselines: dict[tuple[str, int], float] = field(default_factory=dict)

    def put(self, figure: str, size: int, value: float) -> None:
        self.values.setdefault(figure, {})[size] = value


def child_env(work: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN}"
    # Settings and data of the children stay in the bench folder, never the user's.
    env["XDG_CONFIG_HOME"] = str(work / "config")
    env["XDG_DATA_HOME"] = str(work / "data")
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    # Compiled modules, as an installed NetPlanner has them: the warm-up run writes them
    # (under the bench folder, not the source tree). Without, every child compiled
    # NetPlanner's own sources again (PYTHONDONTWRITEBYTECODE, set on the CI machines).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    env.pop("NETPLANNER_DB", None)
    return env


def run_child(command: list[str], env: dict[str, str]) -> Run:
    """Run ``command`` to the end; its wall time and peak RSS (``ru_maxrss`` of that child)."""
    # Output goes to files, not pipes: communicate() would reap the child, and its
    # resource usage with it.
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter()
        process = subprocess.Popen(command, env=env, stdout=out, stderr=err, text=True)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        ended_ns = process_clock.now_ns()
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        output, errors = out.read(), err.read()
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{output}\n{errors}")
    rss = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
    return Run(seconds, rss, output, ended_ns, usage.ru_utime + usage.ru_stime)


def last_line(run: Run) -> str:
    """A probe's result: the JSON on the last line of its output."""
    return run.output.splitlines()[-1]


def probe(name: str, *args: object) -> list[str]:
    return [sys.executable, str(PROBES), name, *map(str, args)]


def netplanner(*args: object) -> list[str]:
    return [sys.executable, "-m", "netplanner", *map(str, args)]


def interleaved(
    repeats: int, first: Callable[[], T], second: Callable[[], T] | None
) -> tuple[list[T], list[T]]:
    """Run both ``repeats`` times, alternating, after one warm-up each (not counted).

    Without ``second`` (no baseline at this size) only ``first`` runs.
    """
    first()
    if second is not None:
        second()
    firsts, seconds = [], []
    for _ in range(repeats):
        firsts.append(first())
        if second is not None:
            seconds.append(second())
    return firsts, seconds


def median(values: list[float]) -> float:
    return statistics.median(values)


def measure_size(size: int, repeats: int, work: Path, figures: Figures) -> None:
    env = child_env(work)
    source = bench_data.data_file(size)
    data = bench_data.fresh_copy(source, work / f"netplanner-{size}.sqlite3")
    figures.put("data file size (MB)", size, source.stat().st_size / 1e6)

    # 1, 2: the first paint of the window with the contacts table filled (issue #24).
    measure_first_paint(size, repeats, data, work, figures)

    # 3: import a LinkedIn file with as many rows as the size, into an empty data file.
    csv_file = bench_data.linkedin_csv(size)
    empty = bench_data.empty_data_file()
    target = work / "import" / "netplanner.sqlite3"
    target.parent.mkdir(exist_ok=True)
    import_env = env | {"NETPLANNER_DB": str(target)}

    def ours() -> Run:
        bench_data.fresh_copy(empty, target)
        return run_child(netplanner("import", "linkedin", csv_file), import_env)

    def theirs() -> Run:
        bench_data.fresh_copy(empty, target)
        return run_child(probe("baseline_import", csv_file, target), env)

    imports, bases = interleaved(repeats, ours, theirs if size == MAIN_SIZE else None)
    figures.put("import LinkedIn file (s)", size, median([r.seconds for r in imports]))
    if size == MAIN_SIZE:
        figures.baselines["import LinkedIn file (s)", size] = median([r.seconds for r in bases])

    # The same file again, a month later: every row is recognised (no target; shown).
    ours()
    imported = bench_data.fresh_copy(target, work / "imported.sqlite3")

    def again() -> Run:
        bench_data.fresh_copy(imported, target)
        return run_child(netplanner("import", "linkedin", csv_file), import_env)

    agains, _ = interleaved(repeats, again, None)
    figures.put(REIMPORT, size, median([r.seconds for r in agains]))

    # 4, 5, 8: in the window.
    results = [
        json.loads(last_line(run_child(probe("gui", data, 3, 1), env)))
        for _ in range(max(1, repeats // 2))
    ]
    for key, figure in (
        ("search_p95_ms", "search as you type, p95 (ms)"),
        ("sort_ms", "sort by slowest column (ms)"),
        ("first_sort_ms", "first sort by slowest column (ms)"),
        ("network_ms", "open Network view (ms)"),
    ):
        figures.put(figure, size, median([r[key] for r in results]))

    # Conversation mode: an answer saved while typing, what every view does included
    # (on a copy of its own each time: the answers it writes stay out of the other figures).
    def live() -> dict[str, float]:
        copy = bench_data.fresh_copy(source, work / f"live-{size}.sqlite3")
        return json.loads(last_line(run_child(probe("live_answer", copy, 40), env)))

    saved = [live() for _ in range(max(1, repeats // 2))]
    figures.put(LIVE_ANSWER, size, median([r["save_p95_ms"] for r in saved]))

    # 6: one prep sheet, whole process; 7: 100 prep sheets in one process.
    texts = work / "sheet-texts.json"
    run_child(probe("sheet_texts", data, 1, texts), env)
    sheet_pdf, base_pdf = work / "sheet.pdf", work / "baseline.pdf"
    sheets, bases = interleaved(
        repeats,
        lambda: run_child(netplanner("--db", data, "sheet", 1, "-o", sheet_pdf), env),
        (lambda: run_child(probe("baseline_sheet", texts, base_pdf), env))
        if size == MAIN_SIZE
        else None,
    )
    figures.put("one prep sheet (s)", size, median([r.seconds for r in sheets]))
    if size == MAIN_SIZE:
        figures.baselines["one prep sheet (s)", size] = median([r.seconds for r in bases])
    # Who to ask next (issue #20): ranking every contact for the goal, in one process.
    ranked = [
        json.loads(last_line(run_child(probe("suggest", data, max(3, repeats)), env)))
        for _ in range(max(1, repeats // 2))
    ]
    figures.put(SUGGEST_WORK, size, median([r["informational_ms"] for r in ranked]))
    figures.put(SUGGEST_ALONG, size, median([r["think_along_ms"] for r in ranked]))
    distinct = json.loads(last_line(run_child(probe("suggest", data, max(3, repeats), 1), env)))
    figures.put(SUGGEST_DISTINCT, size, distinct["informational_ms"])
    folder = work / "sheets"
    folder.mkdir(exist_ok=True)
    for separate, figure in (("0", SHEETS_ONE_PDF), ("1", "100 prep sheets, 100 PDFs (s)")):
        hundred = [
            json.loads(last_line(run_child(probe("sheets", data, 100, folder, separate), env)))
            for _ in range(max(1, repeats // 2))
        ]
        figures.put(figure, size, median([h["seconds"] for h in hundred]))


@dataclass
class Marked:
    """One marked start: the first paint and the close, from the child's own stamps."""

    first_paint_s: float
    cpu_s: float
    peak_mb: float
    close_s: float
    close_cpu_s: float
    #: When the work left for after the first paint was done (the baseline has none: its
    #: first paint), and the peak memory then.
    ready_s: float
    ready_peak_mb: float


def run_marked(command: list[str], env: dict[str, str], marks: Path) -> Marked:
    """Run a child that stamps its first paint and its close into ``marks``.

    The first paint is timed by the child from its own process start time; the close
    from its stamp just before the window closes to when this process saw it end.
    """
    marks.unlink(missing_ok=True)
    run = run_child(command, env | {process_clock.MARKER_ENV: str(marks)})
    stamps = process_clock.read_marks(marks)
    if "first_paint" not in stamps or "close" not in stamps:
        raise RuntimeError(f"{' '.join(command)} marked no first paint or close: {stamps}")
    paint = stamps["first_paint"]
    close_s = (run.ended_ns - stamps["close"]["clock_ns"]) / 1e9
    close_cpu_s = run.cpu_s - stamps["close"]["cpu_seconds"]
    ready = stamps.get("ready", paint)
    return Marked(
        paint["seconds"],
        paint["cpu_seconds"],
        paint["peak_mb"],
        close_s,
        close_cpu_s,
        ready["seconds"],
        ready["peak_mb"],
    )


#: The window's tabs the first paints open on (``[window] tab`` in its settings).
TODAY_TAB, CONTACTS_TAB = 0, 1


def first_paint_env(work: Path, tab: int = CONTACTS_TAB) -> dict[str, str]:
    """The app's real start, in settings of its own: the welcome already seen, the window
    opening on ``tab`` (the tab the figure is about)."""
    env = child_env(work)
    config = work / ("first-paint" if tab == CONTACTS_TAB else f"first-paint-tab-{tab}")
    for name in ("CONFIG", "DATA", "STATE", "CACHE"):
        env[f"XDG_{name}_HOME"] = str(config / name.lower())
    settings = config / "config" / "NetPlanner" / "NetPlanner.conf"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(f"[welcome]\nseen=true\n\n[window]\ntab={tab}\n", encoding="utf-8")
    return env


def measure_first_paint(size: int, repeats: int, data: Path, work: Path, figures: Figures) -> None:
    """The app's first paint with the contacts, its peak memory then, and its close, next
    to an empty window's, interleaved (the baseline at the sizes with a target); and the
    first paint of the window opening on the Today tab, in the same rounds."""
    env = first_paint_env(work)
    today_env = first_paint_env(work, TODAY_TAB)
    marks = work / "first-paint.marks"

    def both() -> tuple[Marked, Marked]:
        return (
            run_marked(netplanner("--db", data), env, marks),
            run_marked(netplanner("--db", data), today_env, marks),
        )

    pairs, theirs = interleaved(
        repeats,
        both,
        (lambda: run_marked([sys.executable, str(FIRST_PAINT_BASELINE)], env, marks))
        if size in (MAIN_SIZE, SMALL_SIZE)
        else None,
    )
    ours = [contacts for contacts, _ in pairs]
    figures.put(FIRST_PAINT_TODAY, size, median([today.first_paint_s for _, today in pairs]))
    if theirs:
        figures.baselines[FIRST_PAINT_TODAY, size] = median([m.first_paint_s for m in theirs])
    for figure, key in (
        (FIRST_PAINT, "first_paint_s"),
        (FIRST_PAINT_MEMORY, "peak_mb"),
        (FIRST_PAINT_CPU, "cpu_s"),
        (CLOSE, "close_s"),
        (CLOSE_CPU, "close_cpu_s"),
        (READY, "ready_s"),
        (READY_MEMORY, "ready_peak_mb"),
    ):
        figures.put(figure, size, median([getattr(m, key) for m in ours]))
        if theirs:
            figures.baselines[figure, size] = median([getattr(m, key) for m in theirs])


def measure_checkers(repeats: int, env: dict[str, str], figures: Figures) -> None:
    """The ask and question checkers on every word typed (no contacts involved)."""
    runs = [json.loads(last_line(run_child(probe("checkers"), env))) for _ in range(repeats)]
    for kind in ("ask", "question"):
        for figure, key in (
            (f"{kind} check, p95 (ms)", "p95"),
            (f"{kind} check, slowest (ms)", "max"),
        ):
            figures.put(figure, MAIN_SIZE, median([r[f"{kind}_{key}_ms"] for r in runs]))
            figures.baselines[figure, MAIN_SIZE] = median(
                [r[f"{kind}_baseline_p95_ms"] for r in runs]
            )


@dataclass(frozen=True)
class Target:
    figure: str
    size: int
    ratio: float | None = None  # most NetPlanner / baseline may be
    limit: float | None = None  # most the figure itself may be

    def text(self, unit: str) -> str:
        parts = []
        if self.ratio is not None:
            parts.append(f"≤ {self.ratio:g}×")
        if self.limit is not None:
            parts.append(f"≤ {self.limit:g} {unit}")
        return " and ".join(parts) or "— (shown)"


TARGETS = (
    Target(FIRST_PAINT, MAIN_SIZE, ratio=1.3),
    Target(FIRST_PAINT_MEMORY, MAIN_SIZE, ratio=1.3),
    Target(FIRST_PAINT, SMALL_SIZE, ratio=1.2),
    Target(CLOSE, MAIN_SIZE, limit=0.25),
    Target(FIRST_PAINT_CPU, MAIN_SIZE),
    Target(FIRST_PAINT_CPU, SMALL_SIZE),
    Target(FIRST_PAINT_TODAY, MAIN_SIZE),
    Target(FIRST_PAINT_TODAY, SMALL_SIZE),
    Target(CLOSE_CPU, MAIN_SIZE),
    # The first paint comes before SQLAlchemy is loaded; what the start leaves for after it
    # is shown too (next to the baseline's first paint: an empty window is ready then).
    Target(READY, MAIN_SIZE),
    Target(READY, SMALL_SIZE),
    Target(READY_MEMORY, MAIN_SIZE),
    Target("import LinkedIn file (s)", MAIN_SIZE, ratio=5, limit=1.5),
    Target("search as you type, p95 (ms)", MAIN_SIZE, limit=16),
    Target("sort by slowest column (ms)", MAIN_SIZE, limit=100),
    Target("first sort by slowest column (ms)", MAIN_SIZE, limit=100),
    Target("one prep sheet (s)", MAIN_SIZE, ratio=1.5),
    Target(SHEETS_ONE_PDF, MAIN_SIZE, limit=3),
    Target("open Network view (ms)", NETWORK_SIZE, limit=300),
    Target(SUGGEST_WORK, MAIN_SIZE, limit=200),
    Target(SUGGEST_ALONG, MAIN_SIZE, limit=200),
    Target(SUGGEST_DISTINCT, MAIN_SIZE, limit=200),
    # Saved every half second while typing: a typist must not feel it.
    Target(LIVE_ANSWER, MAIN_SIZE, limit=50),
    Target("data file size (MB)", MAIN_SIZE, limit=20),
    Target("ask check, p95 (ms)", MAIN_SIZE, limit=5),
    Target("ask check, slowest (ms)", MAIN_SIZE, limit=5),
    Target("question check, p95 (ms)", MAIN_SIZE, limit=5),
    Target("question check, slowest (ms)", MAIN_SIZE, limit=5),
)


def _unit(figure: str) -> str:
    return figure.rsplit("(", 1)[1].rstrip(")")


def _number(value: float) -> str:
    """Three significant digits, without switching to exponents."""
    if value >= 100:
        return f"{value:.0f}"
    return f"{value:.1f}" if value >= 10 else f"{value:.2f}"


def main_table(figures: Figures) -> tuple[list[list[str]], bool]:
    rows, all_pass = [], True
    for target in TARGETS:
        value = figures.values.get(target.figure, {}).get(target.size)
        if value is None:
            continue
        baseline = figures.baselines.get((target.figure, target.size))
        ratio = value / baseline if baseline else None
        passed = (target.limit is None or value <= target.limit) and (
            target.ratio is None or (ratio is not None and ratio <= target.ratio)
        )
        all_pass &= passed
        unit = _unit(target.figure)
        rows.append([
            f"{target.figure.rsplit(' (', 1)[0]}, {target.size:,} contacts",
            f"{_number(value)} {unit}",
            f"{_number(baseline)} {unit}" if baseline else "—",
            f"{ratio:.2f}×" if ratio else "—",
            target.text(unit),
            "pass" if passed else "FAIL",
        ])  # fmt: skip
    return rows, all_pass


def scaling_table(figures: Figures, sizes: list[int]) -> tuple[list[list[str]], bool]:
    """Every figure at every size; growth is checked between neighbouring sizes."""
    rows, linear = [], True
    for figure, by_size in figures.values.items():
        cells, verdict = [figure], "linear or better"
        for size in sizes:
            cells.append(_number(by_size[size]) if size in by_size else "—")
        measured = [size for size in sizes if size in by_size]
        for small, large in itertools.pairwise(measured):
            # 25% slack for noise on top of the growth in contacts.
            if by_size[large] > by_size[small] * (large / small) * 1.25:
                verdict, linear = "FASTER THAN LINEAR", False
        rows.append([*cells, verdict])
    return rows, linear


def print_table(header: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, ["-" * w for w in widths], *rows]:
        print("| " + " | ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) + " |")


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    return (
        f"{platform.system()} {platform.release()}, {os.cpu_count()} CPUs ({cpu}), "
        f"Python {platform.python_version()}, load average {load}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick", action="store_true", help="1,000 and 30,000 contacts, fewer repeats"
    )
    parser.add_argument(
        "--sizes",
        type=lambda text: [int(x) for x in text.split(",")],
        help="comma-separated contact counts (default 1000,10000,30000,100000)",
    )
    parser.add_argument("--repeats", type=int, help="measurements per figure (default 5, quick 2)")
    args = parser.parse_args(argv)
    sizes = args.sizes or (
        [NETWORK_SIZE, MAIN_SIZE] if args.quick else [1_000, 10_000, 30_000, 100_000]
    )
    repeats = args.repeats or (2 if args.quick else 5)
    work = bench_data.cache_folder() / "work"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    print(f"Machine: {machine()}", flush=True)
    figures = Figures()
    started = time.perf_counter()
    for size in sizes:
        t0 = time.perf_counter()
        print(f"Building or reusing the data file of {size:,} contacts ...", flush=True)
        bench_data.data_file(size)
        bench_data.linkedin_csv(size)
        print(f"  measuring {size:,} contacts ({repeats} repeats) ...", flush=True)
        measure_size(size, repeats, work, figures)
        if size == MAIN_SIZE:
            measure_checkers(repeats, child_env(work), figures)
        print(f"  done in {time.perf_counter() - t0:.0f} s", flush=True)
    print()
    rows, all_pass = main_table(figures)
    print_table(["figure", "NetPlanner", "baseline", "ratio", "target", "pass/fail"], rows)
    print()
    scale_rows, linear = scaling_table(figures, sizes)
    print_table(["figure", *[f"{size:,}" for size in sizes], "growth"], scale_rows)
    print()
    print(f"Medians of {repeats} runs; {time.perf_counter() - started:.0f} s in all.")
    shutil.rmtree(work, ignore_errors=True)
    return 0 if all_pass and linear else 1


if __name__ == "__main__":
    sys.exit(main())
