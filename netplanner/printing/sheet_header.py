"""The top of a prep sheet: who, what kind of conversation, and the facts in a compact grid.

The facts stand two by two (when and place on the left, how to reach the person on the
right; who introduced you beside how you know them); the purpose and the user's own
notes take the whole width under them, since they run longest.
"""

from __future__ import annotations

import unicodedata
from itertools import zip_longest

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable

from netplanner.core.sheets.data import PrepSheetData
from netplanner.printing.glyph_fallback import string_width
from netplanner.printing.labels import Labels, format_when
from netplanner.printing.styles import ACCENT, RULE, Styles
from netplanner.printing.text import EMPTY, label, para, plain_table, plain_text

CELL_PAD = 1.2  # points above and below a fact
LRM = "\u200e"  # keeps a right-to-left name from swapping places with the words around it


def name_row(name: Flowable, kind: str, st: Styles, width: float) -> Flowable:
    """The name large at the left, the kind of conversation small at the right."""
    style = ParagraphStyle("np-kind-right", parent=st["kind"], alignment=TA_RIGHT)
    kind_width = string_width(kind, style.fontName, style.fontSize) + 6 * mm if kind else 0
    pad = [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]
    cells = [[name, label(kind, style) if kind else ""]]
    return plain_table(cells, [width - kind_width, kind_width], st["body"].fontName, pad)


def introduction(sheet: PrepSheetData, lab: Labels) -> str:
    """ "Carla Smit, via Anna de Vries": who introduced you, and through whom you know them."""
    introducer = plain_text(sheet.introduced_by)
    if not introducer:
        return ""
    via = [name for name in map(plain_text, sheet.introduced_via) if name]
    if not via:
        return introducer
    # Marks that keep right-to-left names in the order of the chain (only where there
    # are such names: DejaVu has no glyph for the mark, the shaped text hides it).
    mark = LRM if _has_rtl(introducer, *via) else ""
    names = f"{mark} → {mark}".join(via)
    return f"{introducer}{mark} ({lab.via.format(names=names)}){mark}"


def _has_rtl(*texts: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL") for t in texts for c in t)


class _Composed(str):
    """A line we wrote around the user's words: left to right, whatever it starts with."""


def _direction(value: str) -> bool | None:
    return False if isinstance(value, _Composed) else None


def _label_width(texts: list[str], st: Styles) -> float:
    style = st["label"]
    return max(string_width(t, style.fontName, style.fontSize) for t in texts) + 2.5 * mm


def facts(sheet: PrepSheetData, st: Styles, lab: Labels, width: float) -> list[Flowable]:
    """The grid of facts, then the purpose and the user's notes."""
    left = [
        (lab.when, format_when(sheet.starts_at, sheet.duration_minutes, lab)),
        (lab.place, sheet.place),
    ]
    right = [(lab.phone, sheet.contact_phone), (lab.email, sheet.contact_email)]
    intro = introduction(sheet, lab)
    if intro:
        left.append((lab.introduced_by, _Composed(intro)))
    if plain_text(sheet.how_we_know):
        (right if intro else left).append((lab.how_we_know, sheet.how_we_know))
    gap = 4 * mm
    label_width = _label_width([t for t, _ in left + right] + [lab.purpose, lab.my_notes], st)
    values = width - gap - 2 * label_width
    left_width = 0.56 * values  # the date and the place run longer than a number
    rows: list[list[object]] = []
    for one, other in zip_longest(left, right, fillvalue=("", "")):
        row: list[object] = []
        for text, value in (one, other):
            value_cell = para(value, st["fact"], empty=EMPTY, rtl=_direction(value))
            row += [label(text, st["label"]), value_cell if text else ""]
        rows.append(row)
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (1, 0), (1, -1), gap),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("TOPPADDING", (0, 0), (0, -1), CELL_PAD + 0.6),  # 8 pt labels on the 9 pt baseline
        ("TOPPADDING", (2, 0), (2, -1), CELL_PAD + 0.6),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    widths = [label_width, left_width + gap, label_width, values - left_width]
    story: list[Flowable] = [plain_table(rows, widths, st["body"].fontName, style)]
    wide = [(lab.purpose, sheet.purpose), (lab.my_notes, sheet.notes)]
    wide_rows: list[list[object]] = [
        [label(text, st["label"]), para(value, st["fact"], empty=EMPTY)]
        for text, value in wide
        if text == lab.purpose or plain_text(value)
    ]
    wide_style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("TOPPADDING", (0, 0), (0, -1), CELL_PAD + 0.6),
        ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
    ]
    widths = [label_width, width - label_width]
    story.append(plain_table(wide_rows, widths, st["body"].fontName, wide_style))
    return story


def header(sheet: PrepSheetData, st: Styles, lab: Labels, width: float) -> list[Flowable]:
    """Name and kind, role line, a rule, the facts."""
    kind = lab.kinds.get(sheet.kind, "").upper()
    parts = [sheet.contact_role, sheet.contact_specialism, sheet.contact_organisation]
    subtitle = " · ".join(t for t in map(plain_text, parts) if t)
    story: list[Flowable] = [
        name_row(para(sheet.contact_name, st["name"], empty=EMPTY), kind, st, width)
    ]
    if subtitle:
        story.append(para(subtitle, st["subtitle"]))
    story.append(HRFlowable(width="100%", thickness=1.2, color=ACCENT, spaceBefore=1 * mm))
    story += facts(sheet, st, lab, width)
    return story
