"""The list of question banks: one row per bank, sorted and filtered inside the model."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QLocale, QModelIndex, QPersistentModelIndex, Qt

from netplanner.core.banks import BankRow
from netplanner.core.enums import LANGUAGES
from netplanner.gui.labels import language_label
from netplanner.gui.plural import counted

_Index = QModelIndex | QPersistentModelIndex


def ui_language() -> str:
    """Two-letter language of the user interface: one of ``LANGUAGES``.

    QLocale() follows the window's language (``translation.chosen_language``, set
    with ``apply_locale``), so it tells us which language the user reads; any
    language we have no translation for (and the "C" locale) reads English.
    """
    language = QLocale().name()[:2]
    return language if language in LANGUAGES else "en"


def bank_sort_key(row: BankRow, language: str) -> tuple[bool, bool, str]:
    """Built-in banks first, then banks in the UI language, then by name.

    So an English-speaking user sees the English built-in banks on top and a
    Dutch-speaking user the Dutch ones: (not builtin, language != UI language, name).
    """
    return (not row.builtin, row.language != language, row.name.casefold())


class BankListModel(QAbstractListModel):
    """Banks as a list; the name is the display text, the rest is in custom roles."""

    IdRole = Qt.ItemDataRole.UserRole + 1
    LanguageRole = Qt.ItemDataRole.UserRole + 2
    BuiltinRole = Qt.ItemDataRole.UserRole + 3
    CountRole = Qt.ItemDataRole.UserRole + 4
    #: "English · 25 questions": the second line the delegate draws under the name.
    DetailRole = Qt.ItemDataRole.UserRole + 5

    def __init__(self, language: str | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._language = language if language is not None else ui_language()
        self._all: list[BankRow] = []  # every bank, sorted
        self._rows: list[BankRow] = []  # the banks the language filter lets through
        self._language_filter: str | None = None

    # -- content and filter ------------------------------------------------------------------
    def set_banks(self, rows: list[BankRow]) -> None:
        self.beginResetModel()
        self._all = sorted(rows, key=lambda row: bank_sort_key(row, self._language))
        self._refilter()
        self.endResetModel()

    def set_language_filter(self, language: str | None) -> None:
        """Show only banks in ``language``; None shows every bank."""
        if language == self._language_filter:
            return
        self.beginResetModel()
        self._language_filter = language
        self._refilter()
        self.endResetModel()

    def language_filter(self) -> str | None:
        return self._language_filter

    def total_count(self) -> int:
        return len(self._all)

    def _refilter(self) -> None:
        wanted = self._language_filter
        self._rows = [row for row in self._all if wanted is None or row.language == wanted]

    # -- lookups (visible rows) --------------------------------------------------------------
    def bank_at(self, row: int) -> BankRow:
        return self._rows[row]

    def row_of(self, bank_id: int | None) -> int | None:
        """The visible row of a bank, or None when it is filtered out or absent."""
        for number, bank in enumerate(self._rows):
            if bank.id == bank_id:
                return number
        return None

    def banks(self) -> list[BankRow]:
        """The banks shown (after the language filter), in list order."""
        return list(self._rows)

    # -- Qt model interface ------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        bank = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return bank.name
        if role == self.IdRole:
            return bank.id
        if role == self.LanguageRole:
            return bank.language
        if role == self.BuiltinRole:
            return bank.builtin
        if role == self.CountRole:
            return bank.question_count
        if role == self.DetailRole:
            return self.detail_text(bank)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(bank)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            parts = [bank.name, self.detail_text(bank)]
            if bank.builtin:
                parts.append(self.builtin_text())
            return ", ".join(parts)
        return None

    # -- texts -------------------------------------------------------------------------------
    def detail_text(self, bank: BankRow) -> str:
        count = counted(bank.question_count, self.tr("%n question"), self.tr("%n questions"))
        return f"{language_label(bank.language)} · {count}"

    def builtin_text(self) -> str:
        return self.tr("built-in")

    def _tooltip(self, bank: BankRow) -> str:
        text = f"{bank.name}\n{self.detail_text(bank)}"
        if bank.builtin:
            text += "\n" + self.tr("Came with NetPlanner; this is your own copy.")
        return text
