"""Property-based tests: any text into the bank importer and the prep sheet.

Never a crash or a traceback for the user; the text survives the round trip.
"""

from __future__ import annotations

import io
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from netplanner.core.banks import BankContent
from netplanner.core.sheets.data import PrepSheetData, SheetQuestion
from netplanner.interchange.bank_file import (
    MAX_NAME_CHARS,
    MAX_QUESTION_CHARS,
    BankFileError,
    bank_to_json,
    parse_bank_text,
)
from netplanner.printing.prep_sheet import render_prep_sheet

any_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=300)
markup = st.sampled_from(
    [
        "<b>",
        "</i>",
        "&amp;",
        "&",
        "<img src='http://x.invalid/a.png'/>",
        "<para>",
        "]]>",
        "\x00",
        "\r\n",
        "\t",
        "<br/>",
    ]
)
hostile = st.lists(st.one_of(any_text, markup), max_size=8).map("".join)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=2000))
def test_any_text_as_a_bank_file_is_read_or_refused_cleanly(text: str) -> None:
    try:
        parse_bank_text(text, "bank.json")
    except BankFileError as error:
        assert str(error).startswith("bank.json")


@settings(max_examples=100, deadline=None)
@given(
    # Within the file's limits: longer names and questions are refused, not round-tripped.
    name=hostile.filter(lambda s: 0 < len(s.strip()) <= MAX_NAME_CHARS),
    description=hostile,
    questions=st.lists(
        st.tuples(
            st.sampled_from(["work", "path", "advice", "referrals"]),
            hostile.filter(lambda s: 0 < len(s.strip()) <= MAX_QUESTION_CHARS),
        ),
        max_size=5,
    ),
)
def test_bank_round_trip_keeps_any_text(
    name: str, description: str, questions: list[tuple[str, str]]
) -> None:
    content = BankContent(
        "key-1", name.strip(), "nl", description.strip(), [(c, t.strip()) for c, t in questions]
    )
    text = bank_to_json(content)
    assert json.loads(text)["name"] == content.name
    assert parse_bank_text(text) == content


def _pdf_text(data: PrepSheetData) -> str:
    buffer = io.BytesIO()
    render_prep_sheet(data, buffer)
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(buffer.getvalue())).pages)


printable = st.text(
    st.characters(whitelist_categories=("Lu", "Ll", "Nd"), max_codepoint=0x4FF),
    min_size=1,
    max_size=40,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=hostile, notes=hostile, question=hostile)
def test_sheet_never_crashes_on_any_text(name: str, notes: str, question: str) -> None:
    _pdf_text(PrepSheetData(contact_name=name, notes=notes, questions=[SheetQuestion(question)]))


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(word=printable, tag=markup)
def test_sheet_prints_text_and_markup_literally(word: str, tag: str) -> None:
    if tag.strip() == "" or "\x00" in tag:
        return
    text = _pdf_text(PrepSheetData(contact_name=f"{word}", notes=f"{tag}{word}"))
    assert word in text
    assert tag.strip() in text


def test_huge_note_prints() -> None:
    note = "Lange notitie over het gesprek. " * 3200  # about 100,000 characters
    text = " ".join(_pdf_text(PrepSheetData(contact_name="Zoë", notes=note)).split())
    assert text.count("Lange notitie") == 3200  # every one, wherever its line breaks
