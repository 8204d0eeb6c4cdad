"""One person in the "Record names you got" dialog: a new name or someone you know."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QListView,
    QToolButton,
)

from netplanner.core.enums import ConversationKind
from netplanner.core.network.chains import NameGained
from netplanner.gui.contacts.name_picker import FoldedRole, FoldingCompleter
from netplanner.gui.names.choices import ContactChoices
from netplanner.messages import fill

BLOCKED, BLOCKED_ON_DARK = "#c62828", "#ff8a80"
MUTED = "palette(placeholder-text)"


class NameRow(QObject):
    """The widgets of one row; the dialog puts them in its grid."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(
        self, choices: ContactChoices, introducer: str, blocked: dict[int, str], number: int
    ) -> None:
        super().__init__()
        self.choices = choices
        self.introducer = introducer
        self.blocked = blocked  # contact id -> why they cannot be named by the introducer
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("New name, or type to find a contact"))
        self.name_edit.setMaxLength(300)
        completer = FoldingCompleter(choices, self.name_edit)
        completer.setCompletionRole(FoldedRole)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        popup = QListView()
        popup.setUniformItemSizes(True)
        completer.setPopup(popup)
        self.name_edit.setCompleter(completer)
        self.role_edit = QLineEdit()
        self.role_edit.setPlaceholderText(self.tr("optional"))
        self.organisation_edit = QLineEdit()
        self.organisation_edit.setPlaceholderText(self.tr("optional"))
        self.plan_combo = QComboBox()
        self.plan_combo.addItem(self.tr("No plan yet"), None)
        self.plan_combo.addItem(self.tr("Ask to think along"), ConversationKind.THINK_ALONG.value)
        self.plan_combo.addItem(
            self.tr("Informational conversation"), ConversationKind.INFORMATIONAL.value
        )
        self.plan_combo.setToolTip(self.tr("Plan a conversation with them: it is added as an idea"))
        self.remove_button = QToolButton()
        self.remove_button.setText("✕")
        self.remove_button.setToolTip(self.tr("Remove this row"))
        self.new_anyway = QCheckBox(self.tr("Someone new with this name"))
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.status_label.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        self.status_label.setFont(font)
        self.status_label.setContentsMargins(2, 0, 0, 8)
        for widget, name in (
            (self.name_edit, self.tr("Name %1")),
            (self.role_edit, self.tr("Role %1")),
            (self.organisation_edit, self.tr("Organisation %1")),
            (self.plan_combo, self.tr("Plan %1")),
            (self.remove_button, self.tr("Remove row %1")),
        ):
            widget.setAccessibleName(fill(name, str(number)))
        self.name_edit.textChanged.connect(self._update)
        self.new_anyway.toggled.connect(self._update)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        self._update()

    def widgets(self) -> list:
        return [
            self.name_edit,
            self.role_edit,
            self.organisation_edit,
            self.plan_combo,
            self.remove_button,
        ]

    def existing_id(self) -> int | None:
        """The contact this row names, unless the user says it is someone new."""
        if self.new_anyway.isChecked():
            return None
        return self.choices.contact_named(self.name_edit.text())

    def is_blank(self) -> bool:
        return not self.name_edit.text().strip()

    def is_blocked(self) -> bool:
        existing = self.existing_id()
        return existing is not None and existing in self.blocked

    def value(self) -> NameGained | None:
        if self.is_blank():
            return None
        plan = self.plan_combo.currentData()
        existing = self.existing_id()
        if existing is not None:
            return NameGained(existing_contact_id=existing, plan_kind=plan)
        return NameGained(
            self.name_edit.text().strip(),
            self.role_edit.text().strip(),
            self.organisation_edit.text().strip(),
            plan_kind=plan,
        )

    def _update(self) -> None:
        matched = self.choices.contact_named(self.name_edit.text())
        existing = self.existing_id()
        self.new_anyway.setVisible(matched is not None)
        if matched is None and self.new_anyway.isChecked():
            self.new_anyway.setChecked(False)
        known = self.choices.rows.get(existing) if existing is not None else None
        for edit, shown in (
            (self.role_edit, known.role if known else ""),
            (self.organisation_edit, known.organisation if known else ""),
        ):
            edit.setEnabled(known is None)
            edit.setPlaceholderText(shown if known else self.tr("optional"))
        if self.is_blank():
            text = ""
        elif existing is None:
            text = fill(self.tr("New contact, introduced by %1."), self.introducer)
        elif existing in self.blocked:
            text = self.blocked[existing]
        else:
            row = self.choices.rows[existing]
            text = self.tr("Already in your contacts: will be linked as introduced by %1.")
            text = fill(text, self.introducer)
            if row.introduced_by and row.introduced_by != self.introducer:
                text += " " + fill(self.tr("(Until now: introduced by %1.)"), row.introduced_by)
        self.status_label.setText(text)
        blocked = existing is not None and existing in self.blocked
        dark = self.status_label.palette().color(QPalette.ColorRole.Window).lightness() < 128
        warning = BLOCKED_ON_DARK if dark else BLOCKED
        self.status_label.setStyleSheet(f"color: {warning if blocked else MUTED}")
        self.changed.emit()
