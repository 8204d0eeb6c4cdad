"""The goal form: what the user is looking for, with Save, Undo changes and Delete.

Like the contact form it only edits; the tab writes. It knows whether it holds unsaved
edits by comparing the fields with what it last loaded.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netplanner.core.enums import LANGUAGES
from netplanner.core.goals import GoalInput, new_goal_input
from netplanner.core.models import Goal
from netplanner.gui.goals.goal_list_model import breakable
from netplanner.gui.labels import language_label
from netplanner.gui.shortcuts_dialog import describe_shortcut
from netplanner.gui.stale_form import remember_shown

#: The single-line fields, in the order they appear (GoalInput attribute names).
LINE_FIELDS = ("target_role", "specialism", "region", "organisation_kind")


class GoalForm(QWidget):
    """Shows one goal (or a new one) for editing."""

    save_requested = Signal()
    delete_requested = Signal()
    #: Any field changed (typing included): the ask composer follows along.
    edited = Signal()

    def __init__(self, parent: QWidget | None = None, *, language: str = "en") -> None:
        super().__init__(parent)
        self.goal_id: int | None = None
        #: The version of the goal as shown: a save over a newer one is refused.
        self.loaded_version: int | None = None
        self.loaded_title = ""
        self._snapshot: dict[str, object] = {}
        self._build()
        self.clear(language)

    def _build(self) -> None:
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)

        self.edits: dict[str, QLineEdit] = {name: QLineEdit() for name in LINE_FIELDS}
        self.edits["target_role"].setPlaceholderText(self.tr("e.g. UX researcher"))
        self.edits["specialism"].setPlaceholderText(self.tr("e.g. healthcare apps"))
        self.edits["region"].setPlaceholderText(self.tr("e.g. Utrecht"))
        self.edits["organisation_kind"].setPlaceholderText(
            self.tr("e.g. mid-sized healthcare organisations")
        )
        self.free_text = QPlainTextEdit()
        self.free_text.setTabChangesFocus(True)
        self.free_text.setPlaceholderText(
            self.tr("Optional: the ask in your own words, used when role and specialism are empty")
        )
        line = self.fontMetrics().lineSpacing()
        self.free_text.setMinimumHeight(line * 3 + 12)
        self.free_text.setMaximumHeight(line * 6 + 12)
        self.language = QComboBox()
        for code in LANGUAGES[::-1]:  # English first: the order people expect
            self.language.addItem(language_label(code), code)
        self.active = QCheckBox(self.tr("Active: I am working on this &now"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows: list[tuple[str, QWidget]] = [
            (self.tr("Target &role:"), self.edits["target_role"]),
            (self.tr("&Specialism:"), self.edits["specialism"]),
            (self.tr("Reg&ion:"), self.edits["region"]),
            (self.tr("&Kind of organisation:"), self.edits["organisation_kind"]),
            (self.tr("In &your own words:"), self.free_text),
            (self.tr("&Language of the ask:"), self.language),
        ]
        for text, field in rows:
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.active)

        self.save_button = QPushButton(self.tr("Save goal"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save this goal (Ctrl+S)"))
        self.revert_button = QPushButton(self.tr("&Undo changes"))
        self.revert_button.setToolTip(self.tr("Go back to what was last saved"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.setToolTip(self.tr("Delete this goal (you are asked first)"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        self.message = QLabel()
        self.message.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addStretch(1)

        for edit in self.edits.values():
            edit.textChanged.connect(self._on_edited)
        self.free_text.textChanged.connect(self._on_edited)
        self.language.currentIndexChanged.connect(self._on_edited)
        self.active.toggled.connect(self._on_edited)
        self.save_button.clicked.connect(self.save_requested)
        self.revert_button.clicked.connect(self.revert)
        self.delete_button.clicked.connect(self.delete_requested)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self._save_if_possible)
        describe_shortcut(shortcut, self.tr("Goals"), self.tr("Save the goal"))
        order: list[QWidget] = [self.edits[name] for name in LINE_FIELDS]
        order += [self.free_text, self.language, self.active]
        order += [self.save_button, self.revert_button, self.delete_button]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    # -- what the tab calls --------------------------------------------------------------------
    def clear(self, language: str = "en") -> None:
        """An empty form for a new goal, its ask in ``language`` (the window's)."""
        self._show(None, new_goal_input(language))
        self.heading.setText(self.tr("New goal"))

    def load(self, goal: Goal, title: str) -> None:
        """Show a stored goal (a detached ORM object) under its short title."""
        data = GoalInput(
            **{name: getattr(goal, name) or "" for name in LINE_FIELDS},
            free_text=goal.free_text or "",
            language=goal.language,
            active=bool(goal.active),
        )
        self._show(goal.id, data)
        self.loaded_version = goal.version
        self.loaded_title = title
        self.heading.setText(breakable(title))

    def _show(self, goal_id: int | None, data: GoalInput) -> None:
        self.goal_id = goal_id
        self.loaded_version = None
        self.loaded_title = ""
        widgets: list[QWidget] = [*self.edits.values(), self.free_text, self.language, self.active]
        for widget in widgets:
            widget.blockSignals(True)
        for name, edit in self.edits.items():
            edit.setText(getattr(data, name))
            edit.setCursorPosition(0)
        self.free_text.setPlainText(data.free_text)
        index = self.language.findData(data.language)
        self.language.setCurrentIndex(max(index, 0))
        self.active.setChecked(data.active)
        for widget in widgets:
            widget.blockSignals(False)
        self._snapshot = self.values()
        remember_shown(self)
        self.delete_button.setVisible(goal_id is not None)
        self._on_edited()

    def revert(self) -> None:
        """Throw away the edits: show the goal as last loaded (or an empty new one)."""
        title = self.loaded_title
        snap = self._snapshot
        data = GoalInput(
            **{name: str(snap[name]) for name in LINE_FIELDS},
            free_text=str(snap["free_text"]),
            language=str(snap["language"]),
            active=bool(snap["active"]),
        )
        goal_id = self.goal_id
        self._show(goal_id, data)
        self.loaded_title = title

    def focus_first(self) -> None:
        self.edits["target_role"].setFocus(Qt.FocusReason.OtherFocusReason)
        self.edits["target_role"].selectAll()

    def values(self) -> dict[str, object]:
        """The raw value of every field: what "unsaved edits" compares."""
        values: dict[str, object] = {name: edit.text() for name, edit in self.edits.items()}
        values["free_text"] = self.free_text.toPlainText()
        values["language"] = self.language.currentData()
        values["active"] = self.active.isChecked()
        return values

    def is_dirty(self) -> bool:
        return self.values() != self._snapshot

    def goal_input(self) -> GoalInput:
        """What to save; also what the ask composer composes from."""
        return GoalInput(
            **{name: self.edits[name].text() for name in LINE_FIELDS},
            free_text=self.free_text.toPlainText(),
            language=str(self.language.currentData() or "en"),
            active=self.active.isChecked(),
        )

    # -- reacting to edits ---------------------------------------------------------------------
    def _can_save(self) -> bool:
        return bool(
            self.edits["target_role"].text().strip() or self.free_text.toPlainText().strip()
        )

    def _on_edited(self) -> None:
        dirty = self.is_dirty()
        can_save = self._can_save()
        self.save_button.setEnabled(can_save and (dirty or self.goal_id is None))
        self.revert_button.setEnabled(dirty)
        if not can_save and (dirty or self.goal_id is not None):
            self.message.setText(
                self.tr("A goal needs a target role, or the ask in your own words.")
            )
        elif dirty:
            self.message.setText(self.tr("Unsaved changes."))
        else:
            self.message.setText("")
        self.edited.emit()

    def _save_if_possible(self) -> None:
        if self.save_button.isEnabled():
            self.save_button.click()
