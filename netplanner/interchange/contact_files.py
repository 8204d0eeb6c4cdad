"""The contact file readers by kind, for the command line and the GUI alike.

Each reader takes a path and returns a :class:`~netplanner.core.imports.model.ReadResult`,
or raises :class:`~netplanner.core.imports.model.ImportFileError` when the file is not
what it claims. A new kind of file is one more entry in :data:`READERS` and
:data:`KIND_LABELS`. (The JSON archive is no contact file: ``json_archive`` restores it.)
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from netplanner.core.imports.model import ReadResult

Reader = Callable[[Path], ReadResult]


def _linkedin(path: Path) -> ReadResult:
    from netplanner.interchange.linkedin import read_linkedin

    return read_linkedin(path)


def _vcard(path: Path) -> ReadResult:
    from netplanner.interchange.vcard_import import read_vcard

    return read_vcard(path)


def _csv(path: Path) -> ReadResult:
    from netplanner.interchange.generic_csv import read_generic_csv

    return read_generic_csv(path)


#: kind -> reader; the readers import their modules (and vobject) when first used.
READERS: dict[str, Reader] = {"linkedin": _linkedin, "vcard": _vcard, "csv": _csv}
#: What each kind is called in messages.
KIND_LABELS = {"linkedin": "LinkedIn", "vcard": "vCard", "csv": "spreadsheet"}


def read_contacts(kind: str, path: Path) -> ReadResult:
    """Read ``path`` as ``kind``; ``KeyError`` for a kind no reader knows.

    A text file that is not UTF-8 is refused or read as Windows-1252 by the rule of
    :func:`netplanner.interchange.csv_sniff.sniff_encoding`; the result's notes then
    say so.
    """
    reader = READERS[kind]
    return read_with_notes(path, lambda: reader(path), text=kind in TEXT_KINDS)


#: Kinds read with the text rules of ``csv_sniff`` (encoding, binary junk).
TEXT_KINDS = ("linkedin", "vcard", "csv")


def read_with_notes(path: Path, read: Callable[[], ReadResult], *, text: bool = True) -> ReadResult:
    """``read()``, with a decoding error turned into an ``ImportFileError`` naming the
    file, and the encoding the text was read in noted when the user should know it."""
    from netplanner.interchange.csv_sniff import decoding_errors_named, encoding_note

    with decoding_errors_named(path):
        result = read()
    note = encoding_note(path) if text else ""
    if note and note not in result.notes:
        result.notes.append(note)
    return result
