"""The questions of one bank: position order, a category filter and a search, all in the model."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from PySide6.QtCore import Qt

from netplanner.core.checks.questions.checker import QuestionFinding, check_question
from netplanner.core.text import fold, matches_all_terms
from netplanner.gui.banks.bank_data import QuestionItem
from netplanner.gui.banks.check_feedback import findings_tooltip, first_sentence, warning_icon
from netplanner.gui.filter_model import FilteredTableModel, Index
from netplanner.gui.labels import category_label
from netplanner.messages import fill


@lru_cache(maxsize=8192)
def checked(text: str, language: str | None) -> tuple[QuestionFinding, ...]:
    """The checker's findings, remembered: a bank is shown again after every change,
    and most of its questions have not changed."""
    return tuple(check_question(text, language))


class QuestionModel(FilteredTableModel):
    """Rows are the visible questions (filtered), always in position order.

    The category shows on the first row of each run of one category and every
    other run gets a shaded background, so the built-in banks (ordered by
    category) read as groups. A narrow column shows a warning icon on questions the
    open-question checker flags; the findings are computed once per ``set_questions``.
    """

    COL_POSITION = 0
    COL_CATEGORY = 1
    COL_FLAG = 2
    COL_TEXT = 3
    COLUMN_COUNT = 4

    IdRole = Qt.ItemDataRole.UserRole + 1
    CategoryRole = Qt.ItemDataRole.UserRole + 2
    #: True on the first visible row of a run of one category.
    GroupStartRole = Qt.ItemDataRole.UserRole + 3
    #: The checker's findings for the question (a tuple; empty for an open question).
    FindingsRole = Qt.ItemDataRole.UserRole + 4

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[QuestionItem] = []
        self._folded: list[str] = []
        self._findings: list[tuple[QuestionFinding, ...]] = []  # per item, from the checker
        self._category: str | None = None

    # -- content and filters -----------------------------------------------------------------
    def set_questions(
        self, items: list[QuestionItem] | tuple[QuestionItem, ...], language: str | None = None
    ) -> None:
        """The bank's questions; ``language`` is the bank's (None: the checker guesses)."""
        with self._resetting():
            self._items = sorted(items, key=lambda item: item.position)
            self._folded = [fold(item.text) for item in self._items]
            self._findings = [checked(item.text, language) for item in self._items]

    def set_category_filter(self, category: str | None) -> None:
        """Show only questions of ``category``; None shows all categories."""
        self._set_filter("_category", category)

    def is_filtered(self) -> bool:
        return self._category is not None or bool(self._search.strip())

    def _refilter(self) -> None:
        self._visible = [
            number
            for number, item in enumerate(self._items)
            if (self._category is None or item.category == self._category)
            and matches_all_terms(self._folded[number], self._search)
        ]
        self._mark_groups(self._items[number].category for number in self._visible)

    # -- lookups -----------------------------------------------------------------------------
    def question_at(self, row: int) -> QuestionItem:
        return self._items[self._visible[row]]

    def row_of(self, question_id: int | None) -> int | None:
        """The visible row of a question, or None when it is filtered out or absent."""
        for row, number in enumerate(self._visible):
            if self._items[number].id == question_id:
                return row
        return None

    def visible_questions(self) -> list[QuestionItem]:
        return [self._items[number] for number in self._visible]

    def total_count(self) -> int:
        return len(self._items)

    def findings_at(self, row: int) -> tuple[QuestionFinding, ...]:
        return self._findings[self._visible[row]]

    def flagged_count(self) -> int:
        """How many of the bank's questions (filtered or not) the checker flags."""
        return sum(1 for findings in self._findings if findings)

    # -- Qt model interface ------------------------------------------------------------------
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and section == self.COL_FLAG:
            return self.tr("A warning sign marks a question that is not yet an open question")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.COL_POSITION: self.tr("#"),
            self.COL_CATEGORY: self.tr("Category"),
            self.COL_FLAG: "",
            self.COL_TEXT: self.tr("Question"),
        }.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._visible):
            return None
        row, column = index.row(), index.column()
        item = self._items[self._visible[row]]
        if column == self.COL_FLAG:
            return self._flag_data(row, role)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_POSITION:
                return str(item.position + 1)
            if column == self.COL_CATEGORY:
                return category_label(item.category) if self._group_start[row] else ""
            if column == self.COL_TEXT:
                return item.text
        elif role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.COL_CATEGORY:
                return category_label(item.category)
            if column == self.COL_TEXT:
                return item.text
        elif role == self.IdRole:
            return item.id
        elif role == self.CategoryRole:
            return item.category
        elif role == self.GroupStartRole:
            return self._group_start[row]
        elif role == self.FindingsRole:
            return self.findings_at(row)
        elif role == Qt.ItemDataRole.TextAlignmentRole:
            vertical = Qt.AlignmentFlag.AlignTop
            if column == self.COL_POSITION:
                return Qt.AlignmentFlag.AlignRight | vertical
            return Qt.AlignmentFlag.AlignLeft | vertical
        elif role == Qt.ItemDataRole.BackgroundRole:
            return self._shade(row)
        return None

    def _flag_data(self, row: int, role: int) -> Any:
        """The narrow checker column: an icon and the explanation, nothing when clean."""
        findings = self.findings_at(row)
        if role == self.FindingsRole:
            return findings
        if role == self.IdRole:
            return self.question_at(row).id
        if role == self.CategoryRole:
            return self.question_at(row).category
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._shade(row)
        if not findings:
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            return warning_icon()
        if role == Qt.ItemDataRole.ToolTipRole:
            return findings_tooltip(findings, self.tr("Not yet an open question:"))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return fill(self.tr("Not an open question: %1"), first_sentence(findings[0].message))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        return None
