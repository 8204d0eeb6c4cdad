"""Reading text files of unknown origin: size, encoding, binary junk, CSV delimiters.

Shared by the LinkedIn and spreadsheet readers (and the vCard reader for the text
part). Spreadsheets come from everywhere: UTF-8 with or without a byte order mark,
UTF-16 from Excel's "Unicode text", and cp1252 from older Excel on Windows; Dutch
Excel separates columns with ``;``. Nothing here reads a whole file into memory.
"""

from __future__ import annotations

import codecs
import csv
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple, TextIO

from netplanner.core.import_model import ImportFileError, check_file_size

DELIMITERS = (",", ";", "\t")
_DELIMITER_NAMES = {",": "commas", ";": "semicolons", "\t": "tabs"}
_SAMPLE_BYTES = 64 * 1024
_CHUNK_BYTES = 1024 * 1024
# Control characters that never occur in a text export (tab, newlines, form feed and
# the old DOS end-of-file mark are allowed).
_CONTROL_BYTES = frozenset(range(32)) - {9, 10, 12, 13, 26}

# Field sizes: one LinkedIn "Position" can be long, but not 128 kB (csv's default limit).
csv.field_size_limit(10 * 1024 * 1024)


def delimiter_name(delimiter: str) -> str:
    return _DELIMITER_NAMES.get(delimiter, repr(delimiter))


def sniff_encoding(path: Path) -> str:
    """The encoding to read ``path`` with; ``ImportFileError`` for binary files.

    UTF-8 is checked over the whole file (in chunks), because a cp1252 "é" can sit
    in the last row of an otherwise plain-ASCII file.
    """
    check_file_size(path)
    with path.open("rb") as handle:
        sample = handle.read(_SAMPLE_BYTES)
        if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16"
        controls = sum(1 for byte in sample if byte in _CONTROL_BYTES)
        if b"\x00" in sample or controls > max(2, len(sample) // 100):
            raise ImportFileError(f"{path.name}: this is not a text file (it holds binary data).")
        decoder = codecs.getincrementaldecoder("utf-8")()
        chunk = sample
        try:
            while chunk:
                decoder.decode(chunk)
                chunk = handle.read(_CHUNK_BYTES)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "cp1252"
    return "utf-8-sig"  # reads plain UTF-8 too, and drops a byte order mark


def open_text(path: Path, encoding: str | None = None) -> TextIO:
    """``path`` opened for reading text as the csv module wants it (``newline=""``)."""
    encoding = encoding or sniff_encoding(path)
    errors = "replace" if encoding == "cp1252" else "strict"  # cp1252 has five unused bytes
    return path.open("r", encoding=encoding, errors=errors, newline="")


def sniff_delimiter(lines: list[str]) -> str:
    """The delimiter that splits the first lines into the most, equally long, columns.

    A single-column file gets ``,`` (it does not matter which).
    """
    best, best_score = ",", (0.0, 0)
    for delimiter in DELIMITERS:
        rows = [row for row in csv.reader(lines, delimiter=delimiter) if row]
        if not rows:
            continue
        # The most common width, not the first row's: LinkedIn's notes come before its header.
        width = Counter(len(row) for row in rows).most_common(1)[0][0]
        if width < 2:
            continue
        consistency = sum(1 for row in rows if len(row) == width) / len(rows)
        score = (round(consistency, 1), width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def sample_lines(stream: TextIO, limit: int = _SAMPLE_BYTES) -> list[str]:
    """The first whole lines of ``stream`` (up to about ``limit`` characters), then rewinds."""
    start = stream.tell()
    text = stream.read(limit)
    more = stream.read(1)
    stream.seek(start)
    lines = text.splitlines(keepends=True)
    if more and len(lines) > 1:
        lines = lines[:-1]  # the last one may be cut in half
    return lines


class Record(NamedTuple):
    """One CSV record and the line of the file where it starts.

    A named tuple, not a dataclass: one is made per row of files with tens of
    thousands of rows, and a tuple is made several times faster.
    """

    line: int
    cells: list[str]


def records(stream: TextIO, delimiter: str, first_line: int = 1) -> Iterator[Record]:
    """The non-empty records of ``stream`` with their starting line numbers.

    ``first_line`` is the line number of the stream's next line in the file. A
    record may span lines when a quoted cell holds a line break.
    """
    reader = csv.reader(stream, delimiter=delimiter)
    consumed = 0
    try:
        for cells in reader:
            line = first_line + consumed
            consumed = reader.line_num
            if "".join(cells).strip():  # not only blank cells (faster than any() per cell)
                yield Record(line, cells)
    except csv.Error as error:
        raise ImportFileError(
            f"line {first_line + consumed}: the file cannot be read as CSV ({error})."
        ) from None


def looks_like_vcard(lines: list[str]) -> bool:
    return any(line.strip().upper() == "BEGIN:VCARD" for line in lines[:20])


def single_column_problem(name: str, header_line: str) -> str:
    """Why a file with one column seems to be split by something NetPlanner does not
    read (a pipe, a colon…), or "" when one column may simply be all there is."""
    marks = (("|", "vertical bars (|)", 1), (":", "colons (:)", 2), ("^", "carets (^)", 2))
    for mark, called, enough in marks:
        if header_line.count(mark) >= enough:
            return (
                f"{name}: the columns seem to be separated by {called}, which NetPlanner "
                "does not read; save the file as CSV with commas, semicolons or tabs."
            )
    return ""
