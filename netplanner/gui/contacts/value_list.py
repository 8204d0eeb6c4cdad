"""Several e-mail addresses (or phone numbers, or websites) of one contact, each with its
kind: a row per value, a row added with "Add another", a row removed with its × button.

The first row is the preferred one (the contact's own e-mail address or phone number,
the one prep sheets print). A kind is picked from the list (work, home, mobile…) or
typed, as address books allow their own labels ("Assistant").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netplanner.core.contact_fields import KINDS

#: The kinds offered per list, in the order people pick them.
OFFERED = {
    "email": ("", "work", "home", "other"),
    "phone": ("", "mobile", "work", "home", "main", "fax", "pager", "other"),
    "website": ("", "work", "home", "other"),
}


def kind_label(kind: str) -> str:
    """What the user reads for a stored kind ("mobile" -> "mobile" / "mobiel"); a label of
    the source's own is shown as it is."""
    labels = {
        "": QCoreApplication.translate("ContactKinds", "—"),
        "work": QCoreApplication.translate("ContactKinds", "work"),
        "home": QCoreApplication.translate("ContactKinds", "home"),
        "mobile": QCoreApplication.translate("ContactKinds", "mobile"),
        "other": QCoreApplication.translate("ContactKinds", "other"),
        "fax": QCoreApplication.translate("ContactKinds", "fax"),
        "pager": QCoreApplication.translate("ContactKinds", "pager"),
        "main": QCoreApplication.translate("ContactKinds", "main"),
        "school": QCoreApplication.translate("ContactKinds", "school"),
    }
    return labels.get(kind, kind)


class _Row(QWidget):
    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, kind: str, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for key in OFFERED[kind]:
            self.combo.addItem(kind_label(key), key)
        self.combo.setMinimumContentsLength(8)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.remove = QToolButton()
        self.remove.setText("×")
        self.remove.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.combo)
        layout.addWidget(self.remove)
        self.edit.textChanged.connect(self.changed)
        self.combo.editTextChanged.connect(self.changed)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))

    def set(self, label: str, value: str) -> None:
        self.edit.setText(value)
        self.edit.setCursorPosition(0)
        index = self.combo.findData(label) if label in KINDS or not label else -1
        if index >= 0:
            self.combo.setCurrentIndex(index)
        else:
            self.combo.setEditText(label)

    def label(self) -> str:
        """The kind as stored: a key for the offered kinds, else the typed text."""
        text = self.combo.currentText().strip()
        for index in range(self.combo.count()):
            if self.combo.itemText(index) == text:
                return str(self.combo.itemData(index) or "")
        return text


class ValueListEditor(QWidget):
    """The values of one kind ("email", "phone" or "website") with their kinds."""

    changed = Signal()

    def __init__(
        self,
        kind: str,
        placeholder: str,
        add_text: str,
        remove_name: str,
        names: tuple[str, str] = ("", ""),
        parent=None,
    ) -> None:
        """``names``: what a screen reader calls a row's value and its kind."""
        super().__init__(parent)
        self.kind = kind
        self._placeholder = placeholder
        self._remove_name = remove_name
        self._names = names
        self.rows: list[_Row] = []
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(2)
        self.add_button = QPushButton(add_text)
        self.add_button.setFlat(True)
        self.add_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.add_button.clicked.connect(self.add_row)
        add_line = QHBoxLayout()
        add_line.setContentsMargins(0, 0, 0, 0)
        add_line.addWidget(self.add_button)
        add_line.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self._rows_layout)
        layout.addLayout(add_line)
        self.set_values([])

    # -- the values -----------------------------------------------------------------------
    def set_values(self, values: list[tuple[str, str]]) -> None:
        """Show (kind, value) pairs; always at least one (empty) row."""
        self.blockSignals(True)
        wanted = max(len(values), 1)
        while len(self.rows) > wanted:
            self._drop(self.rows[-1])
        while len(self.rows) < wanted:
            self.add_row(focus=False)
        for row, (label, value) in zip(self.rows, values or [("", "")], strict=True):
            row.set(label, value)
        self.blockSignals(False)
        self._update_buttons()

    def values(self) -> list[tuple[str, str]]:
        """(kind, value) of every row with a value, in order."""
        pairs = [(row.label(), row.edit.text().strip()) for row in self.rows]
        return [(label, value) for label, value in pairs if value]

    def texts(self) -> list[str]:
        """The raw text of every row with a value: what "unsaved edits" compares (a row
        added and left empty changes nothing)."""
        return [
            f"{row.combo.currentText()}\x1f{row.edit.text()}"
            for row in self.rows
            if row.edit.text()
        ]

    def editors(self) -> list[QWidget]:
        """The controls in Tab order."""
        widgets: list[QWidget] = []
        for row in self.rows:
            widgets += [row.edit, row.combo, row.remove]
        return [*widgets, self.add_button]

    # -- rows ------------------------------------------------------------------------------
    def add_row(self, focus: bool = True) -> None:
        row = _Row(self.kind, self._placeholder, self)
        row.remove.setAccessibleName(self._remove_name)
        row.remove.setToolTip(self._remove_name)
        row.edit.setAccessibleName(self._names[0])
        row.combo.setAccessibleName(self._names[1])
        row.changed.connect(self.changed)
        row.changed.connect(self._update_buttons)
        row.remove_requested.connect(self._remove)
        self.rows.append(row)
        self._rows_layout.addWidget(row)
        self._update_buttons()
        if focus:
            row.edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.changed.emit()

    def _remove(self, row: _Row) -> None:
        if len(self.rows) == 1:
            row.set("", "")  # the last row stays, emptied
        else:
            self._drop(row)
        self._update_buttons()
        self.changed.emit()

    def _drop(self, row: _Row) -> None:
        self.rows.remove(row)
        self._rows_layout.removeWidget(row)
        row.hide()
        row.deleteLater()

    def _update_buttons(self) -> None:
        for row in self.rows:
            row.remove.setEnabled(len(self.rows) > 1 or bool(row.edit.text()))
