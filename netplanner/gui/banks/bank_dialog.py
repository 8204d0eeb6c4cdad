"""The small dialog for a bank's name, language and description."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from netplanner.core.enums import LANGUAGES
from netplanner.gui.labels import language_label
from netplanner.gui.stale_form import remember_shown


@dataclass(frozen=True)
class BankFields:
    name: str
    language: str
    description: str = ""


class SaveFields(Protocol):
    """Writes the fields the user accepted; True when written, False when the write failed
    (the user has been told why). ``dialog`` is the dialog they were typed in, which a
    save refused as stale reloads (:meth:`BankDialog.show_fields`); None without one."""

    def __call__(self, fields: BankFields, dialog: BankDialog | None = None, /) -> bool: ...


class BankDialog(QDialog):
    """Fill in, then ``exec()`` in the app; tests fill the fields and call ``accept()``.

    With ``save``, OK writes the fields and the dialog closes only once they are written:
    a write that fails (a full disk, another program's lock) leaves it open with what was
    typed, to try again or to cancel explicitly.
    """

    def __init__(
        self,
        initial: BankFields | None = None,
        parent: QWidget | None = None,
        save: SaveFields | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(
            self.tr("Edit question bank") if initial else self.tr("New question bank")
        )
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(300)
        self.name_edit.setPlaceholderText(self.tr("For example: Questions for designers"))
        self.language_combo = QComboBox()
        for language in LANGUAGES:
            self.language_combo.addItem(language_label(language), language)
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setPlaceholderText(
            self.tr("What kind of conversation is this bank for? (optional)")
        )
        self.description_edit.setMinimumHeight(90)

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow(self.tr("&Description:"), self.description_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

        self.name_edit.textChanged.connect(self._update_ok)
        if initial is not None:
            self.show_fields(initial)
        self._update_ok()

    def show_fields(self, fields: BankFields) -> None:
        """Show the bank's fields as stored (at the start, or reloaded after a refused
        save): texts shown here are not the user's typing (``stale_form``)."""
        self.name_edit.setText(fields.name)
        self.set_language(fields.language)
        self.description_edit.setPlainText(fields.description)
        remember_shown(self)

    def set_language(self, language: str) -> None:
        index = self.language_combo.findData(language)
        if index >= 0:
            self.language_combo.setCurrentIndex(index)

    def values(self) -> BankFields:
        return BankFields(
            self.name_edit.text().strip(),
            str(self.language_combo.currentData()),
            self.description_edit.toPlainText().strip(),
        )

    def accept(self) -> None:
        if self._save is not None and not self._save(self.values(), self):
            self.name_edit.setFocus()  # not written: keep what was typed
            return
        super().accept()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name_edit.text().strip()))


def ask_bank_fields(
    parent: QWidget | None, initial: BankFields | None, default_language: str, save: SaveFields
) -> bool:
    """Show the dialog modally until ``save`` has written its fields (True) or the user
    cancelled it (False)."""
    dialog = BankDialog(initial, parent, save)
    if initial is None:
        dialog.set_language(default_language)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
