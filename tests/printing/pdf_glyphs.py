"""What a PDF draws, read back: the strings its text operators show and its fonts.

Shared by the script tests of the prep sheet and of the question booklet.
"""

from __future__ import annotations

from pypdf import PdfReader
from pypdf.generic import ContentStream


def drawn_strings(reader: PdfReader) -> list[tuple[str, bytes]]:
    """(font resource, bytes) of every string a text operator shows, forms included."""
    shown: list[tuple[str, bytes]] = []

    def walk(stream, resources) -> None:  # type: ignore[no-untyped-def]
        font = ""
        for operands, operator in ContentStream(stream, reader).operations:
            if operator == b"Tf":
                font = str(operands[0])
            elif operator == b"Tj":
                shown.append((font, bytes(operands[0].original_bytes)))
            elif operator == b"TJ":
                shown.extend(
                    (font, bytes(item.original_bytes))
                    for item in operands[0]
                    if hasattr(item, "original_bytes")
                )
            elif operator == b"Do":
                xobject = resources["/XObject"][operands[0]].get_object()
                walk(xobject, xobject.get("/Resources", resources))

    for page in reader.pages:
        walk(page.get_contents(), page["/Resources"])
    return shown


def base_fonts(reader: PdfReader) -> set[str]:
    return {
        str(ref.get_object()["/BaseFont"]).split("+", 1)[-1]
        for page in reader.pages
        for ref in page["/Resources"]["/Font"].values()
    }


def assert_no_empty_boxes_and_font(reader: PdfReader, font: str, what: str) -> None:
    """Something is drawn, no glyph of it is .notdef (ReportLab gives every font subset's
    code 0 to .notdef, the empty box), and a font whose name starts with ``font`` is in."""
    shown = drawn_strings(reader)
    assert shown
    empty_boxes = [(name, data) for name, data in shown if 0 in data]
    assert not empty_boxes, f"{what}: .notdef drawn in {empty_boxes[:3]}"
    assert any(name.startswith(font) for name in base_fonts(reader)), (what, base_fonts(reader))
