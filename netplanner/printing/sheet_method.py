"""The method on the sheet: what to say first or what to ask, and a strip before the
questions with the reminders for this kind of conversation and the time plan.

An informational conversation opens with who you are, who sent you and what you want
to learn about their work; names come only at the end ("Who else should I talk to?").
Asking someone to think along is the concrete ask. Without a goal to compose either
from, the box asks the user to write their own: never a vague ask in its place.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from netplanner.core.sheets.data import PrepSheetData
from netplanner.printing.flowables import RuledLines
from netplanner.printing.glyph_fallback import string_width
from netplanner.printing.labels import Labels
from netplanner.printing.styles import ACCENT, RULE, SHADE, Styles
from netplanner.printing.text import label, para, plain_table, plain_text

INFORMATIONAL = "informational"
#: Shares of the planned time: opening, the questions (the rest), the close.
OPENING_SHARE, CLOSING_SHARE = 0.1, 0.2


def kind_of(sheet: PrepSheetData) -> str:
    return sheet.kind if sheet.kind in ("informational", "think_along") else INFORMATIONAL


def method_box(
    sheet: PrepSheetData | None, st: Styles, lab: Labels, width: float, pitch: float
) -> Flowable:
    """The opening line (informational) or the ask (think-along) in a shaded box; when
    there is none, a prompt and two lines to write it. ``sheet`` None: the blank sheet's
    box, for either, with two lines and no prompt."""
    informational = sheet is None or kind_of(sheet) == INFORMATIONAL
    title = (lab.opening_line if informational else lab.my_ask).upper()
    text = "" if sheet is None else plain_text(sheet.opening_line if informational else sheet.goal)
    content: list[Flowable]
    if text:
        content = [para(text, st["box_text"])]
    elif sheet is None:
        title = f"{lab.opening_line} / {lab.my_ask}".upper()
        content = [RuledLines(2, pitch, RULE)]
    else:
        prompt = lab.opening_prompt if informational else lab.ask_prompt
        content = [label(prompt, st["prompt"]), RuledLines(2, pitch, RULE)]
    label_style = st["box_label"]
    words = [string_width(w, label_style.fontName, label_style.fontSize) for w in title.split()]
    # As wide as the whole title up to 24 mm, else stacked a word a line (never cut).
    whole = string_width(title, label_style.fontName, label_style.fontSize)
    title_width = (min(whole, max(24 * mm, *words)) if words else 0) + 14
    style = [
        ("BACKGROUND", (0, 0), (-1, -1), SHADE),
        ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("LEFTPADDING", (0, 0), (0, -1), 7),
        ("RIGHTPADDING", (0, 0), (-1, -1), 7),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("TOPPADDING", (0, 0), (0, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    rows: list[list[object]] = [[label(title, label_style), content]]
    table = plain_table(rows, [title_width, width - title_width], st["body"].fontName, style)
    table.spaceBefore = 2 * mm
    return table


def time_plan(
    duration: int | None, starts_at: datetime | None, kind: str, lab: Labels
) -> tuple[str, str]:
    """(title, plan): "Time plan (30 min)", "14:00 small talk · 14:03 your questions · …".

    Minutes from the planned duration: a tenth to open, a fifth to close, the rest for
    the questions; clock times when the start is known. Without a duration: the phases.
    """
    phases = lab.phases[kind]
    opening = max(2, round((duration or 0) * OPENING_SHARE))
    closing = max(3, round((duration or 0) * CLOSING_SHARE))
    if not duration or duration < opening + closing + 3:
        return lab.time_plan, " → ".join(phases)
    marks = [0, opening, duration - closing, duration]
    if starts_at is not None:
        local = starts_at.astimezone()
        times = [f"{local + timedelta(minutes=m):%H:%M}" for m in marks]
    else:
        times = [f"{m}′" for m in marks]
    steps = [*phases, lab.end]
    plan = " · ".join(f"{t} {step}" for t, step in zip(times, steps, strict=True))
    return f"{lab.time_plan} ({duration} {lab.minutes})", plan


def strip(sheet: PrepSheetData, st: Styles, lab: Labels, width: float) -> Flowable:
    """Two lines before the questions: what to keep in mind, and the time plan."""
    kind = kind_of(sheet)
    plan_title, plan = time_plan(sheet.duration_minutes, sheet.starts_at, kind, lab)
    titles = [lab.keep_in_mind.upper(), plan_title.upper()]
    style_label = st["box_label"]
    title_width = max(string_width(t, style_label.fontName, style_label.fontSize) for t in titles)
    title_width += 3 * mm
    rows: list[list[object]] = [
        [label(titles[0], style_label), label(" · ".join(lab.reminders[kind]), st["strip"])],
        [label(titles[1], style_label), label(plan, st["strip"])],
    ]
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0.8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0.8),
        ("TOPPADDING", (0, 0), (0, -1), 1.5),
        ("TOPPADDING", (0, 0), (-1, 0), 2.2),
        ("TOPPADDING", (0, 0), (0, 0), 2.9),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 2.2),
        ("LINEABOVE", (0, 0), (-1, 0), 0.6, ACCENT),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, ACCENT),
    ]
    table = plain_table(rows, [title_width, width - title_width], st["body"].fontName, style)
    table.spaceBefore = 1.5 * mm
    return table
