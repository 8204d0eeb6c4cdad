"""The encoding rule for text imports (issue 16), written down in
``csv_sniff.sniff_encoding`` and tested here: UTF-8 is read as UTF-8; valid multi-byte
UTF-8 together with bytes that are not UTF-8 is refused with the line and the byte; a
file without any multi-byte UTF-8 is read as Windows-1252 and the summary says so;
never a silent mis-decoding ("Zoë" stored as "ZoÃ«")."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from netplanner.cli import main
from netplanner.core.imports.model import ImportFileError
from netplanner.interchange.contact_files import read_contacts
from netplanner.interchange.csv_sniff import encoding_note, sniff_encoding

HEADER = "Name;Organisation;City\r\n"


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def test_utf8_with_one_bad_byte_is_refused_with_its_line_and_byte(tmp_path: Path) -> None:
    rows = (
        HEADER + "Zoë Jansen;Gemeente Utrecht;Utrecht\r\n"
    ).encode() + b"Ren\xe9 Smit;ACME;Delft\r\n"
    path = _write(tmp_path, "mixed.csv", rows)
    with pytest.raises(ImportFileError) as raised:
        read_contacts("csv", path)
    message = str(raised.value)
    bad_byte = rows.index(b"\xe9") + 1
    assert "mixed.csv" in message and "line 3" in message and f"byte {bad_byte}" in message
    assert "\n" not in message


def test_the_command_line_refuses_it_in_one_line_and_imports_nothing(
    tmp_path: Path, capsys
) -> None:
    db = tmp_path / "data.sqlite3"
    rows = (HEADER + "Zoë Jansen;Gemeente;Utrecht\r\n").encode() + b"Ren\xe9;ACME;Delft\r\n"
    path = _write(tmp_path, "mixed.csv", rows)
    assert main(["--db", str(db), "import", "csv", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not UTF-8" in err and "Nothing was imported" in err
    assert not db.exists()


def test_windows_1252_is_read_and_said(tmp_path: Path, capsys) -> None:
    text = (
        HEADER + "Zoë Jansen;Gemeente Utrecht;Utrecht\r\nRené “Ren” Smit;Café ’t Hoekje;Delft\r\n"
    )
    path = _write(tmp_path, "excel.csv", text.encode("cp1252"))
    assert sniff_encoding(path) == "cp1252"
    result = read_contacts("csv", path)
    assert [c.name for c in result.contacts] == ["Zoë Jansen", "René “Ren” Smit"]
    assert result.notes and "Windows-1252" in result.notes[0] and "excel.csv" in result.notes[0]
    db = tmp_path / "data.sqlite3"
    assert main(["--db", str(db), "import", "csv", str(path), "--dry-run"]) == 0
    assert "read as Windows-1252" in capsys.readouterr().out


def test_a_bad_byte_at_the_very_end_is_found(tmp_path: Path) -> None:
    """The whole file is checked, not a sample: the bad byte is past the first megabyte."""
    filler = "".join(f"Persoon {n} Ø;Org;Stad\r\n" for n in range(60_000)).encode()
    assert len(filler) > 1_500_000
    path = _write(tmp_path, "long.csv", HEADER.encode() + filler + b"Ren\xe9;ACME;Delft\r\n")
    with pytest.raises(ImportFileError, match="line 60002"):
        sniff_encoding(path)


def test_a_byte_cp1252_does_not_define_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "odd.csv", (HEADER + "Ren").encode() + b"\x81;ACME;Delft\r\n")
    with pytest.raises(ImportFileError, match="neither UTF-8 nor Windows-1252"):
        read_contacts("csv", path)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ((HEADER + "Zoë;Org;Stad\r\n").encode(), "utf-8-sig"),
        (codecs.BOM_UTF8 + (HEADER + "Zoë;Org;Stad\r\n").encode(), "utf-8-sig"),
        ((HEADER + "Zoe;Org;Stad\r\n").encode("ascii"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + (HEADER + "Zoë;Org;Stad\r\n").encode("utf-16-le"), "utf-16"),
    ],
)
def test_unicode_files_are_read_without_a_note(tmp_path: Path, data: bytes, encoding: str) -> None:
    path = _write(tmp_path, "ok.csv", data)
    assert sniff_encoding(path) == encoding
    result = read_contacts("csv", path)
    assert result.contacts[0].name in ("Zoë", "Zoe") and result.notes == []
    assert encoding_note(path) == ""


def test_broken_utf16_is_one_line_naming_the_file(tmp_path: Path) -> None:
    data = codecs.BOM_UTF16_LE + (HEADER + "Zoë;Org;Stad\r\n").encode("utf-16-le") + b"\x00\xd8"
    path = _write(tmp_path, "broken16.csv", data + "x;y;z\r\n".encode("utf-16-le"))
    with pytest.raises(ImportFileError, match=r"broken16\.csv"):
        read_contacts("csv", path)


def test_linkedin_follows_the_same_rule(tmp_path: Path) -> None:
    header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
    rows = (header + "Zoë,Jansen,,,ACME,Tester,15 Mar 2024\r\n").encode() + b"Ren\xe9,Smit,,,,,\r\n"
    path = _write(tmp_path, "Connections.csv", rows)
    with pytest.raises(ImportFileError, match="line 3"):
        read_contacts("linkedin", path)
