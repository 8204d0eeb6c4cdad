"""The Dutch translation says each glossary term one way (resources/translations/glossary_nl.json):
select = selecteren, chosen = gekozen, backup = back-up, bank = vragenbank, redo = opnieuw
uitvoeren. Read from the .ts itself, without Qt."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"


@dataclass(frozen=True)
class Term:
    english: str
    source: re.Pattern[str]
    dutch_contains: re.Pattern[str]
    never: re.Pattern[str] | None
    never_unless: re.Pattern[str] | None


def glossary() -> list[Term]:
    data = json.loads((TRANSLATIONS / "glossary_nl.json").read_text(encoding="utf-8"))

    def pattern(text: str | None) -> re.Pattern[str] | None:
        return re.compile(text, re.IGNORECASE) if text else None

    return [
        Term(
            term["english"],
            re.compile(term["source"], re.IGNORECASE),
            re.compile(term["dutch_contains"], re.IGNORECASE),
            pattern(term.get("never")),
            pattern(term.get("never_unless")),
        )
        for term in data["terms"]
    ]


def _plain(text: str) -> str:
    """Without the mnemonic marker: "Vragenban&ken" is "Vragenbanken"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def translations(ts: Path) -> list[tuple[str, str, list[str]]]:
    """(context, English, Dutch forms) of each message."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            found.append(
                (name, _plain(message.findtext("source") or ""), [
                    _plain(form) for form in forms or [translation.text or ""]
                ])
            )  # fmt: skip
    return found


def breaches(ts: Path) -> list[str]:
    """Each message that says a glossary term another way, in one line."""
    found = []
    for context, english, dutch in translations(ts):
        for term in glossary():
            for form in dutch:
                if term.source.search(english) and not term.dutch_contains.search(form):
                    found.append(f"{term.english}: {context}: {english!r} -> {form!r}")
                elif (
                    term.never is not None
                    and term.never.search(form)
                    and not (term.never_unless and term.never_unless.search(english))
                ):
                    found.append(f"not {term.english}: {context}: {english!r} -> {form!r}")
    return found


def test_every_dutch_text_keeps_to_the_glossary() -> None:
    assert breaches(TRANSLATIONS / "netplanner_nl.ts") == []


@pytest.mark.parametrize(
    ("english", "dutch", "term"),
    [
        ("Delete the selected question", "Verwijder de gekozen vraag", "select"),
        ("The backup could not be written: %1", "De reservekopie kon niet geschreven worden: %1",
         "backup"),
        ("This bank already has that question", "Deze bank heeft die vraag al", "bank"),
        ("&Redo", "Opnieuw &doen", "redo"),
    ],
)  # fmt: skip
def test_the_check_finds_a_term_said_another_way(
    tmp_path: Path, english: str, dutch: str, term: str
) -> None:
    """The wordings the glossary was made against, as they stood before."""
    ts = tmp_path / "old.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="nl_NL"><context>'
        f"<name>Test</name><message><source>{english.replace('&', '&amp;')}</source>"
        f"<translation>{dutch.replace('&', '&amp;')}</translation></message></context></TS>",
        encoding="utf-8",
    )
    found = breaches(ts)
    assert found and all(term in line for line in found), found


def test_mnemonics_do_not_hide_a_term() -> None:
    assert _plain("Vragenban&ken") == "Vragenbanken"
    assert _plain("Save && close") == "Save & close"
