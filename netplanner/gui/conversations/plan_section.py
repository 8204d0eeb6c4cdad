"""The conversation form's planning fields, in a section that folds away.

On a short window (a 1366 × 768 laptop, or 1920 × 1080 at 150 % scaling) the planning
fields would leave the question lists four or five lines. Folded, the section is one
button and a one-line summary of the plan, and the lists get the room.

The user's choice (the button) is remembered in the settings; until the user has chosen,
the section folds by itself when the form is short.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

SETTING = "conversations/plan_folded"
# Folded by itself when the form's visible height is below this many text lines.
SHORT_LINES = 36


class PlanSection(QWidget):
    """A fold button, a summary line (shown folded) and the fields (shown unfolded)."""

    # The section folded (True) or unfolded (False).
    folded_changed = Signal(bool)

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._folded = False
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.toggle.setAutoRaise(True)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAccessibleName(self.tr("The plan in short"))
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.fields = QWidget()
        self.form = QFormLayout(self.fields)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._full_summary = ""
        self._mnemonics: list[QShortcut] = []

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.toggle)
        top.addWidget(self.summary, 1)
        top.addStretch(0)  # unfolded (no summary), the button stays on the left
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.fields)
        self.toggle.clicked.connect(self._clicked)
        self._apply(False)

    # -- fields -------------------------------------------------------------------------------
    def build_box(
        self,
        title: str,
        contact: tuple[str, QWidget, QWidget],
        rows: Sequence[tuple[str, QWidget, QWidget]],
    ) -> QGroupBox:
        """The plan's group box: the contact (always shown), then this section with
        ``rows`` (label text, field, the widget the label's Alt letter focuses)."""
        contact_form = QFormLayout()
        contact_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labels = [QLabel(contact[0])]
        labels[0].setBuddy(contact[2])
        contact_form.addRow(labels[0], contact[1])
        for text, field, focus in rows:
            label = QLabel(text)
            label.setBuddy(focus)
            self.add_row(label, field)
            labels.append(label)
        # The two forms' fields line up although they are in separate layouts.
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)
        box = QGroupBox(title)
        column = QVBoxLayout(box)
        column.addLayout(contact_form)
        column.addWidget(self)
        return box

    # -- fields -------------------------------------------------------------------------------
    def add_row(self, label: QLabel, field: QWidget) -> None:
        """A field with its label; its Alt letter unfolds the section when folded."""
        self.form.addRow(label, field)
        key = QKeySequence.mnemonic(label.text())
        if key.isEmpty():
            return
        shortcut = QShortcut(key, self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.setEnabled(False)
        shortcut.activated.connect(partial(self._unfold_to, label.buddy()))
        self._mnemonics.append(shortcut)

    def _unfold_to(self, field: QWidget | None) -> None:
        self.set_folded(False, remember=True)
        if field is not None:
            field.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- folding ------------------------------------------------------------------------------
    @property
    def folded(self) -> bool:
        return self._folded

    def remembered(self) -> bool | None:
        """The user's last choice, or None when they never pressed the button."""
        value = self._settings.value(SETTING)
        if value is None:
            return None
        return str(value).lower() in ("true", "1")

    def fit_height(self, height: int) -> None:
        """The form's visible height changed: fold when short, unless the user chose."""
        choice = self.remembered()
        short = height < self.fontMetrics().lineSpacing() * SHORT_LINES
        self.set_folded(short if choice is None else choice)

    def set_folded(self, folded: bool, *, remember: bool = False) -> None:
        if remember:
            self._settings.setValue(SETTING, folded)
        if folded != self._folded:
            self._apply(folded)
            self.folded_changed.emit(folded)

    def _clicked(self, checked: bool) -> None:
        self.set_folded(not checked, remember=True)

    def _apply(self, folded: bool) -> None:
        self._folded = folded
        self.fields.setVisible(not folded)
        self.summary.setVisible(folded)
        for shortcut in self._mnemonics:
            shortcut.setEnabled(folded)
        self.toggle.setChecked(not folded)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow if folded else Qt.ArrowType.DownArrow)
        if folded:
            self.toggle.setText(self.tr("Show the plan details"))
            self.toggle.setToolTip(
                self.tr("Show the date, place, duration, kind, goal, purpose and notes")
            )
        else:
            self.toggle.setText(self.tr("Hide the plan details"))
            self.toggle.setToolTip(
                self.tr("Fold the planning fields away so the question lists get more room")
            )
        self.toggle.setAccessibleName(self.toggle.text())

    # -- the summary --------------------------------------------------------------------------
    def set_summary(self, text: str) -> None:
        """The one-line plan shown when folded (elided to the width, whole in the tooltip)."""
        self._full_summary = text
        self.summary.setToolTip(text)
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(self.summary.width(), 40)
        metrics = self.summary.fontMetrics()
        self.summary.setText(
            metrics.elidedText(self._full_summary, Qt.TextElideMode.ElideRight, width)
        )


class QuestionsRoom(QObject):
    """Watches the form's scroll area: folds the plan when the form is short (unless the
    user chose), and while folded gives the questions the whole visible height under
    the widgets ``above`` them (what came of it follows below, by scrolling)."""

    def __init__(self, scroll: QScrollArea, section: PlanSection, above: Sequence[QWidget]) -> None:
        viewport, content = scroll.viewport(), scroll.widget()
        super().__init__(viewport)
        self._viewport, self._content = viewport, content  # the area's widget is set
        self._section = section
        self._above = list(above)
        self._target: QWidget | None = None
        viewport.installEventFilter(self)
        section.folded_changed.connect(lambda _folded: self._give_room())

    def give_to(self, target: QWidget) -> None:
        self._target = target
        self._give_room()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self._viewport:
            self._section.fit_height(self._viewport.height())
            self._give_room()
        return super().eventFilter(watched, event)

    def _give_room(self) -> None:
        target, content = self._target, self._content
        if target is None or content is None or content.layout() is None:
            return
        if not self._section.folded:
            target.setMinimumHeight(0)
            return
        layout = content.layout()
        margins = layout.contentsMargins()
        used = sum(widget.sizeHint().height() + layout.spacing() for widget in self._above)
        used += margins.top() + margins.bottom() + layout.spacing()
        target.setMinimumHeight(max(0, self._viewport.height() - used))
