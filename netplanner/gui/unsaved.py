"""Unsaved edits: the one question asked before a form's text could be lost.

Every tab with a form asks it when the user shows another record and when the window
closes (Ctrl+Q, File > Quit, the window's ✕, logging out): *Save*, *Discard changes*
or *Keep editing*. A tab that holds edits offers two methods the main window calls:

- ``has_unsaved_edits()``: True while something typed is not in the data file;
- ``may_close()``: asks the question (only when there is something to lose) and does
  what the user chose; True when nothing is left to lose (saved or discarded).

and ``save_edits()`` for the end of a session where nobody can be asked (see
:mod:`netplanner.gui.session_end`).
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication

from netplanner.gui.prompts import Prompts

SAVE, DISCARD, KEEP_EDITING = range(3)


@runtime_checkable
class HoldsEdits(Protocol):
    """A tab whose form can hold text the data file does not have yet."""

    def has_unsaved_edits(self) -> bool: ...

    def may_close(self) -> bool: ...

    def save_edits(self) -> bool: ...


def ask_about_unsaved(prompts: Prompts, question: str) -> int:
    """SAVE, DISCARD or KEEP_EDITING; closing the question box keeps editing."""
    choice = prompts.choose(
        QCoreApplication.translate("Unsaved", "Unsaved changes"),
        question,
        [
            QCoreApplication.translate("Unsaved", "Save"),
            QCoreApplication.translate("Unsaved", "Discard changes"),
            QCoreApplication.translate("Unsaved", "Keep editing"),
        ],
        escape=KEEP_EDITING,
    )
    return choice if choice in (SAVE, DISCARD) else KEEP_EDITING
