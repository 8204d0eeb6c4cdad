"""Reading text files of unknown origin: size, encoding, binary junk, CSV delimiters.

Shared by the LinkedIn and spreadsheet readers (and the vCard reader for the text
part). Spreadsheets come from everywhere: UTF-8 with or without a byte order mark,
UTF-16 from Excel's "Unicode text", and cp1252 from older Excel on Windows; Dutch
Excel separates columns with ``;``. Nothing here reads a whole file into memory.
"""

from __future__ import annotations

import codecs
import csv
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, NamedTuple, TextIO

from netplanner.core.imports.model import ImportFileError, check_file_size
from netplanner.messages import QT_TRANSLATE_NOOP, Message

DELIMITERS = (",", ";", "\t")
_SAMPLE_BYTES = 64 * 1024
_CHUNK_BYTES = 1024 * 1024
# Control characters that never occur in a text export (tab, newlines, form feed and
# the old DOS end-of-file mark are allowed).
_CONTROL_BYTES = frozenset(range(32)) - {9, 10, 12, 13, 26}

# Field sizes: one LinkedIn "Position" can be long, but not 128 kB (csv's default limit).
csv.field_size_limit(10 * 1024 * 1024)


def sniff_encoding(path: Path) -> str:
    """The encoding to read ``path`` with; ``ImportFileError`` for binary files and for
    text that cannot be read without guessing. The rule (tested in
    tests/interchange/test_encodings.py):

    - a UTF-16 byte order mark: UTF-16;
    - valid UTF-8 throughout (with or without a byte order mark): UTF-8;
    - valid multi-byte UTF-8 *and* bytes that are not UTF-8: refused, naming the line
      and byte of the first bad one (a file damaged or pasted together; reading it as
      anything would turn some letters into others without a word);
    - no multi-byte UTF-8 at all: Windows-1252 (Dutch Excel and Outlook on Windows),
      which :func:`encoding_note` tells the user about; a byte Windows-1252 does not
      define is refused as above.

    The whole file is checked (in chunks, never all in memory): a cp1252 "é" can sit in
    the last row of an otherwise plain-ASCII file.
    """
    check_file_size(path)
    stat = path.stat()
    key = (str(path.resolve()), stat.st_size, stat.st_mtime_ns)
    if _sniffed.get("key") == key:
        return str(_sniffed["encoding"])
    encoding = _sniff(path)
    _sniffed.update(key=key, encoding=encoding)
    return encoding


#: The last file sniffed (the readers and the summary ask about the same file in turn).
_sniffed: dict[str, object] = {}
_MULTIBYTE_UTF8 = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}"
    rb"|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
_CP1252_UNDEFINED = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")


def _sniff(path: Path) -> str:
    with path.open("rb") as handle:
        sample = handle.read(_SAMPLE_BYTES)
        if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16"
        controls = sum(1 for byte in sample if byte in _CONTROL_BYTES)
        if b"\x00" in sample or controls > max(2, len(sample) // 100):
            raise ImportFileError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "%1: this is not a text file (it holds binary data)."
                    ),
                    path.name,
                )
            )
        handle.seek(0)
        bad = _first_bad_utf8(handle)
    if bad is None:
        return "utf-8-sig"  # reads plain UTF-8 too, and drops a byte order mark
    if _find_in_file(path, _MULTIBYTE_UTF8) is not None:
        raise _undecodable(
            path,
            bad,
            QT_TRANSLATE_NOOP(
                "Messages",
                "%1: line %2 holds a byte that is not UTF-8 (byte %3 of the file), while the "
                "rest of the file is UTF-8. NetPlanner does not guess which letter was meant: "
                "save the file again as CSV UTF-8 in your spreadsheet program, or correct "
                "that line.",
            ),
        )
    undefined = _find_in_file(path, _CP1252_UNDEFINED)
    if undefined is not None:
        raise _undecodable(
            path,
            undefined,
            QT_TRANSLATE_NOOP(
                "Messages",
                "%1: line %2 holds a byte that is neither UTF-8 nor Windows-1252 (byte %3 of "
                "the file). Save the file again as CSV UTF-8 in your spreadsheet program.",
            ),
        )
    return "cp1252"


def _first_bad_utf8(handle: BinaryIO) -> int | None:
    """The offset of the first byte of ``handle`` that is not UTF-8, or None."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    offset = 0  # bytes read before this chunk
    while True:
        chunk = handle.read(_CHUNK_BYTES)
        pending = decoder.getstate()[0]
        try:
            decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError as error:
            # error.start counts in the pending bytes followed by this chunk
            return offset - len(pending) + error.start
        if not chunk:
            return None
        offset += len(chunk)


def _find_in_file(path: Path, pattern: re.Pattern[bytes]) -> int | None:
    """The offset of the first match of ``pattern`` (at most 4 bytes long) in the file."""
    with path.open("rb") as handle:
        base, tail = 0, b""
        while chunk := handle.read(_CHUNK_BYTES):
            data = tail + chunk
            match = pattern.search(data)
            if match is not None:
                return base - len(tail) + match.start()
            tail = data[-3:]
            base += len(chunk)
    return None


def _undecodable(path: Path, offset: int, template: str) -> ImportFileError:
    """The error for a bad byte at ``offset``: its line (counted in the file) and byte."""
    lines = 1
    with path.open("rb") as handle:
        left = offset
        while left > 0:
            chunk = handle.read(min(_CHUNK_BYTES, left))
            if not chunk:
                break
            lines += chunk.count(b"\n")
            left -= len(chunk)
    return ImportFileError(Message(template, path.name, lines, f"{offset + 1:,}"))


def encoding_note(path: Path) -> str:
    """What the user should know about how ``path`` was decoded ("" for UTF-8/16)."""
    try:
        encoding = sniff_encoding(path)
    except (ImportFileError, OSError):
        return ""
    if encoding != "cp1252":
        return ""
    return Message(
        QT_TRANSLATE_NOOP(
            "Messages",
            "%1 is not UTF-8, so it was read as Windows-1252 (as older Excel and Outlook "
            "on Windows save). Check that names with accents look right.",
        ),
        path.name,
    )


@contextmanager
def decoding_errors_named(path: Path) -> Iterator[None]:
    """Turn an error met while decoding ``path`` (UTF-16 with a broken character) into
    an ``ImportFileError`` that names the file."""
    try:
        yield
    except UnicodeDecodeError as error:
        raise ImportFileError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "%1: the file holds text that cannot be read as %2 (%3)."
                ),
                path.name,
                error.encoding,
                error.reason,
            )
        ) from None


def open_text(path: Path, encoding: str | None = None) -> TextIO:
    """``path`` opened for reading text as the csv module wants it (``newline=""``);
    the encoding is checked whole first (:func:`sniff_encoding`), so reading it never
    turns a byte into another letter."""
    encoding = encoding or sniff_encoding(path)
    return path.open("r", encoding=encoding, errors="strict", newline="")


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
