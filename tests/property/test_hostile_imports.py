"""Property-based tests: any bytes or text into every contact importer.

Each reader either reads (possibly rejecting rows, with reasons) or refuses the
file with ImportFileError: never another exception, never a traceback for the user.
Names of any script survive the LinkedIn and vCard round trip.
"""

from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netplanner.core.imports.model import ImportFileError
from netplanner.interchange.generic_csv import read_generic_csv
from netplanner.interchange.linkedin import read_linkedin
from netplanner.interchange.vcard_import import read_vcard

READERS = (read_linkedin, read_vcard, read_generic_csv)
text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=400)
lines = st.lists(
    st.one_of(
        text,
        st.sampled_from(
            [
                "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
                "BEGIN:VCARD",
                "VERSION:3.0",
                "END:VCARD",
                "FN:Zoë",
                "N:;;;;",
                "Naam;Functie",
                "Notes:",
                '"unclosed, quote',
                "ENCODING=QUOTED-PRINTABLE:=C3=",
                "\x00\x01",
            ]
        ),
    ),
    max_size=12,
).map("\r\n".join)
settings_ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _write(data: bytes) -> Path:
    with tempfile.NamedTemporaryFile(delete=False, suffix=".txt") as handle:
        handle.write(data)
    return Path(handle.name)


@settings_
@given(st.one_of(lines.map(lambda s: s.encode("utf-8")), st.binary(max_size=600)))
def test_every_reader_reads_or_refuses_cleanly(data: bytes) -> None:
    path = _write(data)
    try:
        for reader in READERS:
            try:
                result = reader(path)
            except ImportFileError as error:
                assert str(error)
            else:
                assert all(r.reason for r in result.rejected)
    finally:
        path.unlink()


# What a person types: any script, punctuation and spaces, but no control characters
# (a file holding NUL or other control bytes is refused as binary, which is right).
typed = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=200)
name_part = st.text(
    st.characters(whitelist_categories=("Lu", "Ll", "Lo"), max_codepoint=0x9FFF),
    min_size=1,
    max_size=20,
)


@settings_
@given(
    first=name_part, last=name_part, company=typed.filter(lambda s: "\n" not in s and "\r" not in s)
)
def test_linkedin_names_of_any_script_survive(first: str, last: str, company: str) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(
        ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"]
    )
    writer.writerow([first, last, "", "", company, "Researcher", "15 Mar 2024"])
    path = _write(buffer.getvalue().encode("utf-8-sig"))
    try:
        (contact,) = read_linkedin(path).contacts
    finally:
        path.unlink()
    assert first in contact.name and last in contact.name
    assert contact.organisation == company.strip()


@settings_
@given(name=name_part, note=typed.filter(lambda s: s.strip()))
def test_vcard_name_and_note_survive(name: str, note: str) -> None:
    import vobject

    card = vobject.vCard()
    card.add("fn").value = name
    card.add("n").value = vobject.vcard.Name(family=name)
    card.add("note").value = note
    path = _write(card.serialize().encode("utf-8"))
    try:
        (contact,) = read_vcard(path).contacts
    finally:
        path.unlink()
    assert contact.name == name.strip()
    assert note.strip() in contact.notes.replace("\r\n", "\n") or note.strip() in contact.notes
