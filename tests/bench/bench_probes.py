"""What the benchmark runs in child processes: ``python bench_probes.py PROBE ARGS...``.

Each probe prints one JSON object on its last line of output. The baselines are
here too, so NetPlanner and its baseline run under the same conditions.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path


def baseline_sheet(text_file: str, output: str) -> dict[str, float]:
    """ReportLab building a document with the prep sheet's text, in the sheet's font."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from netplanner.resources import resource_path

    for name in ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"):  # the sheet's three
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", name + ".ttf"))))
    style = ParagraphStyle("body", fontName="DejaVuSans", fontSize=10, leading=14)
    texts = json.loads(Path(text_file).read_text(encoding="utf-8"))
    document = SimpleDocTemplate(output, pagesize=A4)
    document.build([Paragraph(text, style) for text in texts])
    return {}


def baseline_import(csv_file: str, data_file: str) -> dict[str, float]:
    """Parse Connections.csv with ``csv``; insert with ``executemany`` in one transaction."""
    import csv
    import sqlite3

    with open(csv_file, encoding="utf-8-sig", newline="") as handle:
        lines = handle.readlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("First Name"))
    rows = list(csv.reader(lines[start + 1 :]))
    stamp = "2026-01-01 00:00:00.000000"
    connection = sqlite3.connect(data_file)
    with connection:
        connection.executemany(
            "INSERT INTO contact (name, role, specialism, organisation, sector, region, email, "
            "phone, linkedin_url, how_we_know, notes, tags, source, created_at, updated_at) "
            "VALUES (?, ?, '', ?, '', '', ?, '', ?, ?, '', '', 'linkedin', ?, ?)",
            [
                (f"{r[0]} {r[1]}", r[5], r[4], r[3], r[2], f"LinkedIn since {r[6]}", stamp, stamp)
                for r in rows
            ],
        )
    connection.close()
    return {}


def sheet_texts(data_file: str, conversation_id: str, output: str) -> dict[str, float]:
    """Write the text of a prep sheet (for the baseline) as a JSON list of paragraphs."""
    from dataclasses import asdict
    from xml.sax.saxutils import escape

    from netplanner.core.sheets.reading import prep_sheet_data
    from netplanner.datafile import open_data_file

    database = open_data_file(data_file, daily_backup=False)
    with database.session() as session:
        data = prep_sheet_data(session, int(conversation_id))
    database.close()
    texts = []
    for key, value in asdict(data).items():
        if key == "questions":
            texts += [escape(f"{q['text']} {q['answer']}") for q in value]
        elif value:
            texts.append(escape(str(value)))
    Path(output).write_text(json.dumps(texts), encoding="utf-8")
    return {}


def sheets(data_file: str, count: str, folder: str, separate: str) -> dict[str, float]:
    """``count`` prep sheets in one process, imports included.

    As one PDF (``separate`` "0"), the way ``netplanner sheets`` and the Today tab's
    "print the week" make many sheets; or as one PDF per sheet ("1").
    """
    started = time.perf_counter()
    from netplanner.core.sheets.reading import prep_sheets_data
    from netplanner.datafile import open_data_file
    from netplanner.printing.prep_sheet import render_prep_sheet, render_prep_sheets

    database = open_data_file(data_file, daily_backup=False)
    with database.session() as session:
        data = prep_sheets_data(session, list(range(1, int(count) + 1)))
    database.close()
    if separate == "1":
        for number, sheet in enumerate(data, start=1):
            render_prep_sheet(sheet, Path(folder) / f"sheet-{number}.pdf", page_size="A4")
    else:
        render_prep_sheets(data, Path(folder) / "sheets.pdf", page_size="A4")
    return {"seconds": time.perf_counter() - started}


def suggest(data_file: str, repeats: str, distinct: str = "0") -> dict[str, float]:
    """Rank every contact for the goal, both lists, in one process (issue #20).

    Each run starts with the word caches emptied, as the first ranking after the app
    starts does; the medians of ``repeats`` runs per list, in milliseconds.

    The benchmark's network has 18 roles, so most roles are read once. A real network
    writes roles in many ways ("Senior product manager | energy"): with ``distinct``
    "1", a copy of the file gets a role of its own for every contact first, and only
    the list that reads every role (people who do the work) is measured.
    """
    from netplanner.core.suggestions import suggest_people
    from netplanner.core.suggestions.matching import clear_caches
    from netplanner.datafile import open_data_file

    kinds = ("informational", "think_along")
    if distinct == "1":
        data_file = _with_distinct_roles(data_file)
        kinds = ("informational",)
    database = open_data_file(data_file, daily_backup=False)
    result: dict[str, float] = {}
    for kind in kinds:
        times = []
        for _ in range(int(repeats)):
            clear_caches()
            with database.session() as session:
                started = time.perf_counter()
                found = suggest_people(session, kind=kind)
                times.append((time.perf_counter() - started) * 1000)
        assert found.items, f"the benchmark's goal should find people ({kind})"
        result[f"{kind}_ms"] = statistics.median(times)
    database.close()
    return result


def _with_distinct_roles(data_file: str) -> str:
    """A copy of ``data_file`` where each role is its own: a title, the role, and a word
    of the contact's own (as people write on LinkedIn)."""
    import shutil
    import sqlite3

    copy = str(Path(data_file).with_name("distinct-roles.sqlite3"))
    for leftover in Path(copy).parent.glob("distinct-roles.sqlite3*"):
        leftover.unlink()
    shutil.copyfile(data_file, copy)
    titles = ("", "Senior ", "Junior ", "Lead ", "Interim ", "Freelance ", "Head of ")
    extras = ("", " | energy", " bij ", " @ ", " - machine learning", " en trainer", " (ZZP)")
    # Words NetPlanner does not know (names of teams, products, places): 3,000 of them,
    # and a number that makes every role a text of its own.
    letters = "bcdfghklmnprstvwz"
    words = [f"{letters[i % 17]}ora{letters[i // 17 % 17]}el{i // 289}" for i in range(3000)]
    connection = sqlite3.connect(copy)
    with connection:
        ids = [row[0] for row in connection.execute("SELECT id FROM contact")]
        connection.executemany(
            "UPDATE contact SET role = ? || role || ? || organisation || ? WHERE id = ?",
            [(titles[i % 7], extras[i // 7 % 7], f" {words[i % 3000]} {i}", i) for i in ids],
        )
    connection.close()
    return copy


def _settle() -> None:
    """Let Qt handle what the last action posted, painting included."""
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    QApplication.sendPostedEvents()
    QApplication.processEvents()


def gui(data_file: str, repeats: str, network: str) -> dict[str, float]:
    """In one window: search as you type, sorting by each column, opening the Network tab."""
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest

    from netplanner.datafile import open_data_file
    from netplanner.gui.app import make_application
    from netplanner.gui.context import AppContext
    from netplanner.gui.events import DataEvents
    from netplanner.gui.main_window import MainWindow
    from netplanner.gui.prompts import Prompts

    make_application()
    database = open_data_file(data_file, daily_backup=False)
    context = AppContext(database, DataEvents(), Prompts(), QSettings())
    window = MainWindow(context)
    window.tabs.setCurrentWidget(window.contacts_tab)
    window.show()
    _settle()
    result: dict[str, float] = {}
    if network == "1":
        started = time.perf_counter()
        window.tabs.setCurrentWidget(window.network_tab)
        _settle()
        result["network_ms"] = (time.perf_counter() - started) * 1000
        window.tabs.setCurrentWidget(window.contacts_tab)
        _settle()

    search = window.contacts_tab.search
    table = window.contacts_tab.table
    search.setFocus()
    p95s = []
    for _ in range(int(repeats)):
        times = []
        for word in ("product", "jansen", "rotterdam", "łukasz"):
            for char in word:
                started = time.perf_counter()
                QTest.keyClick(search, char)
                _settle()
                times.append((time.perf_counter() - started) * 1000)
            search.clear()
            _settle()
        times.sort()
        p95s.append(times[max(0, round(0.95 * len(times)) - 1)])
    result["search_p95_ms"] = statistics.median(p95s)

    sort_ms, first_ms = [], []
    for column in range(window.contacts_tab.model.columnCount()):
        per_column = []
        for _ in range(int(repeats)):
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                started = time.perf_counter()
                table.sortByColumn(column, order)
                _settle()
                per_column.append((time.perf_counter() - started) * 1000)
        first_ms.append(per_column[0])  # the first sort by a column after loading
        sort_ms.append(statistics.median(per_column))
    result["sort_ms"] = max(sort_ms)  # the slowest column
    result["first_sort_ms"] = max(first_ms)
    window.close()
    database.close()
    return result


def live_answer(data_file: str, saves: str) -> dict[str, float]:
    """Conversation mode on a planned conversation, the main window open on Conversations
    with every tab built: one answer saved (as the half-second timer does after a key),
    timed with what every view does in response. p95 of ``saves`` saves, wall clock and
    processor time."""
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from sqlalchemy import select

    from netplanner.core.models import Conversation
    from netplanner.datafile import open_data_file
    from netplanner.gui.app import make_application
    from netplanner.gui.context import AppContext
    from netplanner.gui.events import DataEvents
    from netplanner.gui.main_window import MainWindow
    from netplanner.gui.prompts import Prompts

    make_application()
    database = open_data_file(data_file, daily_backup=False)
    context = AppContext(database, DataEvents(), Prompts(), QSettings())
    window = MainWindow(context)
    window.build_all_tabs()
    tab = window.conversations_tab
    window.tabs.setCurrentWidget(tab)
    window.show()
    _settle()
    planned = context.read(
        lambda s: s.scalar(
            select(Conversation.id)
            .where(Conversation.status.in_(("asked", "scheduled")))
            .order_by(Conversation.id)
        )
    )
    tab.show_conversation(planned)
    mode = tab.start_conversation()
    assert mode is not None
    _settle()
    mode.next_item()  # past the small talk, to the first question
    _settle()
    walls, cpus = [], []
    for number in range(int(saves)):
        QTest.keyClick(mode.answer_edit, Qt.Key.Key_Space if number % 6 == 5 else Qt.Key.Key_A)
        started, cpu = time.perf_counter(), time.process_time()
        mode.saver.flush()  # what the timer does half a second after the last key
        _settle()
        walls.append((time.perf_counter() - started) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    mode.close()
    window.close()
    database.close()
    walls.sort()
    cpus.sort()
    at = max(0, round(0.95 * len(walls)) - 1)
    return {"save_p95_ms": walls[at], "save_cpu_p95_ms": cpus[at]}


def checkers() -> dict[str, float]:
    """The method checkers as the window runs them: on every word typed (each prefix of
    each held-out ask and question; best of three per text). The baseline only splits the
    same text into words."""
    import re

    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from netplanner.core.checks.ask.checker import check_ask
    from netplanner.core.checks.questions.checker import check_question

    folder = Path(__file__).resolve().parents[1] / "core" / "checks" / "heldout"
    texts: dict[str, list[str]] = {"ask": [], "question": []}
    for path in sorted(folder.glob("*.tsv")):
        kind = "ask" if path.name.startswith("asks") else "question"
        for line in path.read_text(encoding="utf-8").splitlines()[1:]:
            text = line.split("\t")[3]
            words = text.split()
            texts[kind] += [" ".join(words[: n + 1]) for n in range(len(words))]
    check_ask("warm up"), check_question("warm up?")
    result = {}
    for kind, check in (("ask", check_ask), ("question", check_question)):
        times, base = [], []
        for text in texts[kind]:
            best = float("inf")
            for _ in range(3):  # the best of three: the check, not a collector pause
                start = time.perf_counter()
                check(text)
                best = min(best, time.perf_counter() - start)
            times.append(best)
            start = time.perf_counter()
            re.findall(r"\w+", text.lower())
            base.append(time.perf_counter() - start)
        times.sort()
        base.sort()
        result[f"{kind}_p95_ms"] = times[int(len(times) * 0.95)] * 1000
        result[f"{kind}_max_ms"] = times[-1] * 1000
        result[f"{kind}_baseline_p95_ms"] = base[int(len(base) * 0.95)] * 1000
    return result


PROBES = {
    "checkers": checkers,
    "baseline_sheet": baseline_sheet,
    "baseline_import": baseline_import,
    "sheet_texts": sheet_texts,
    "sheets": sheets,
    "gui": gui,
    "live_answer": live_answer,
    "suggest": suggest,
}

if __name__ == "__main__":
    outcome = PROBES[sys.argv[1]](*sys.argv[2:])
    print(json.dumps(outcome))
