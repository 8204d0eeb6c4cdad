"""The sheet follows the method for its kind of conversation.

Informational: an opening line and questions about the work; names only at the end
("Who else should I talk to?"). Think-along: the concrete ask. No goal: a box to write
one in, never a vague ask. Phases with minutes from the planned duration.
"""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from netplanner.core.sheets.data import PrepSheetData, SheetQuestion
from netplanner.printing.labels import get_labels
from netplanner.printing.prep_sheet import render_prep_sheet
from netplanner.printing.sheet_method import time_plan

OPENING = "Hi Şükrü, Carla Smit suggested I talk to you. I'm exploring work as a UX researcher."
ASK = "I'm looking for people who work as UX researchers. Would you like to think along with me?"
SHEET = PrepSheetData(
    contact_name="Şükrü Yılmaz",
    starts_at=datetime(2026, 12, 9, 13, 0, tzinfo=UTC),
    duration_minutes=30,
    opening_line=OPENING,
    goal=ASK,
    questions=[SheetQuestion("What does a typical week look like?")],
)


def text_of(sheet: PrepSheetData, language: str = "en") -> str:
    buffer = io.BytesIO()
    render_prep_sheet(sheet, buffer, language=language)
    pages = PdfReader(io.BytesIO(buffer.getvalue())).pages
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in pages))


def replace(**changes: object) -> PrepSheetData:
    import dataclasses

    return dataclasses.replace(SHEET, **changes)


def test_informational_opens_with_the_opening_line_not_the_ask() -> None:
    text = text_of(replace(kind="informational"))
    assert "OPENING LINE " + OPENING in text
    assert "think along" not in text.lower() and "MY ASK" not in text
    # Names only at the end: the reminders say so, the time plan ends with the question.
    assert "No job request; names at the end" in text
    assert "“Who else should I talk to?”" in text


def test_think_along_prints_the_concrete_ask() -> None:
    text = text_of(replace(kind="think_along"))
    assert "MY ASK " + ASK in text
    assert "OPENING LINE" not in text
    assert "Say concretely what you look for" in text and "Write down every name" in text


@pytest.mark.parametrize(
    ("kind", "prompt"),
    [
        ("think_along", "Write concretely what you are looking for"),
        ("informational", "Write what you will say first"),
    ],
)
def test_without_a_goal_there_is_a_box_to_write_one_never_a_vague_ask(
    kind: str, prompt: str
) -> None:
    text = text_of(replace(kind=kind, goal="", opening_line=""))
    assert prompt in text
    for vague in (
        "who can tell me more",
        "Do you know anything for me",
        "Would you like to think along",
    ):
        assert vague not in text


def test_dutch_wording_per_kind() -> None:
    assert "OPENINGSZIN" in text_of(replace(kind="informational"), "nl")
    text = text_of(replace(kind="think_along", goal=""), "nl")
    assert "MIJN VRAAG" in text and "Wil je met me meedenken?" in text


def test_the_time_plan_takes_its_minutes_from_the_duration() -> None:
    lab = get_labels("en")
    start = datetime(2026, 12, 9, 13, 0, tzinfo=UTC)
    title, plan = time_plan(30, start, "informational", lab)
    local = start.astimezone()
    assert title == "Time plan (30 min)"
    minutes = [int(t[:2]) * 60 + int(t[3:]) for t in re.findall(r"\d\d:\d\d", plan)]
    offsets = [m - (local.hour * 60 + local.minute) for m in minutes]
    assert offsets == [0, 3, 24, 30]  # small talk, questions, next steps, the end
    _, longer = time_plan(60, None, "think_along", lab)
    assert longer.startswith("0′ catch up · 6′ your ask · 48′ names")
    assert time_plan(None, start, "informational", lab)[1].count("→") == 2  # phases only
