"""The reasons an import gives for a row, in the window's language.

The reading and matching code (``netplanner.interchange``, ``netplanner.core.imports``,
``core.import_matching``) has no Qt, so it writes its reasons in English; each known
wording is matched here and said again through Qt's translation. A reason this module
does not know is shown as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from netplanner.gui.transfer.field_labels import field_label


def _t(source: str, first: Callable[[str], str] = str) -> Callable[[re.Match[str]], str]:
    """Fill ``%1``, ``%2``… of the already translated ``source`` with the match's groups
    (the first one passed through ``first``)."""

    def fill(match: re.Match[str]) -> str:
        text = source
        for number, value in enumerate(match.groups(), start=1):
            text = text.replace(f"%{number}", first(value) if number == 1 else value)
        return text

    return fill


def _field_name(words: str) -> str:
    """ "linkedin url" (a field key with spaces) -> "LinkedIn URL", in the window's language."""
    return field_label(words.replace(" ", "_"))


def _patterns() -> list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]]:
    return [
        (re.compile(r"no name\.?"), _t(QCoreApplication.translate("ImportReasons", "no name"))),
        (
            re.compile(r"no first or last name\.?"),
            _t(QCoreApplication.translate("ImportReasons", "no first or last name")),
        ),
        (
            re.compile(r"has no name \(line (\d+)\)"),
            _t(QCoreApplication.translate("ImportReasons", "has no name (line %1)")),
        ),
        (
            re.compile(r"has no END:VCARD \(it starts on line (\d+)\)"),
            _t(
                QCoreApplication.translate(
                    "ImportReasons", "has no END:VCARD (it starts on line %1)"
                )
            ),
        ),
        (
            re.compile(r"cannot be read \(line (\d+)\): (.*)", re.DOTALL),
            _t(QCoreApplication.translate("ImportReasons", "cannot be read (line %1): %2")),
        ),
        (
            re.compile(
                r"(\d+) columns where the header has (\d+) "
                r"\(a delimiter inside a cell without quotes around it\?\)"
            ),
            _t(
                QCoreApplication.translate(
                    "ImportReasons",
                    "%1 columns where the header has %2 (a delimiter inside a cell without "
                    "quotes around it?)",
                )
            ),
        ),
        (
            re.compile(r"the same person as row (\S+)"),
            _t(QCoreApplication.translate("ImportReasons", "the same person as row %1")),
        ),
        (
            re.compile(r"the same person as card (\S+)"),
            _t(QCoreApplication.translate("ImportReasons", "the same person as card %1")),
        ),
        (
            re.compile(r"already in your contacts as (.*)", re.DOTALL),
            _t(QCoreApplication.translate("ImportReasons", "already in your contacts as %1")),
        ),
        (
            re.compile(r"the (.+) is longer than ([\d,]+) characters\.?"),
            _t(
                QCoreApplication.translate("ImportReasons", "the %1 is longer than %2 characters"),
                _field_name,
            ),
        ),
        (
            re.compile(r"the same name"),
            _t(QCoreApplication.translate("ImportReasons", "the same name")),
        ),
        (
            re.compile(r"the same name, spelled differently"),
            _t(QCoreApplication.translate("ImportReasons", "the same name, spelled differently")),
        ),
        (
            re.compile(r"a similar name at the same organisation"),
            _t(
                QCoreApplication.translate(
                    "ImportReasons", "a similar name at the same organisation"
                )
            ),
        ),
    ]


def reason_text(reason: str) -> str:
    """``reason`` in the window's language when it is one of the known wordings."""
    for pattern, say in _patterns():
        match = pattern.fullmatch(reason.strip())
        if match:
            return say(match)
    return reason
