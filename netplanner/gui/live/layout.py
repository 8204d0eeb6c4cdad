"""The widgets of conversation mode, laid out: kept apart from what they do (``window``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netplanner.core.live_conversation.plan import PHASES
from netplanner.gui.live.items_panel import ItemsPanel
from netplanner.messages import fill

if TYPE_CHECKING:
    from netplanner.gui.live.window import ConversationModeWindow


def _label(text: str = "", *, scale: float = 1.0, bold: bool = False, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    label.setFont(font)
    return label


def _header(window: ConversationModeWindow) -> QHBoxLayout:
    live = window.live
    window.name_label = _label(live.contact_name, scale=1.5, bold=True)
    work = " · ".join(part for part in (live.role, live.organisation) if part)
    details = [work] if work else []
    if live.introducer:
        details.append(
            fill(
                QCoreApplication.translate("ConversationMode", "via %1"),
                " → ".join(f"\u2068{name}\u2069" for name in live.chain[:-1]),
            )
        )
    if live.goal_title:
        details.append(
            fill(
                QCoreApplication.translate("ConversationMode", "for your goal: %1"), live.goal_title
            )
        )
    window.details_label = _label(" · ".join(details))
    who = QVBoxLayout()
    who.addWidget(window.name_label)
    who.addWidget(window.details_label)
    window.time_label = _label(scale=1.3, bold=True, wrap=False)
    window.time_label.setAccessibleName(QCoreApplication.translate("ConversationMode", "Time left"))
    window.time_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    header = QHBoxLayout()
    header.addLayout(who, 1)
    header.addWidget(window.time_label)
    return header


def _phases(window: ConversationModeWindow) -> QHBoxLayout:
    strip = QHBoxLayout()
    window.phase_labels = {}
    for position, phase in enumerate(PHASES):
        if position:
            strip.addWidget(_label("→", wrap=False))
        label = _label(wrap=False)
        window.phase_labels[phase] = label
        strip.addWidget(label)
    strip.addStretch(1)
    return strip


def _question_column(window: ConversationModeWindow) -> QVBoxLayout:
    window.position_label = _label()
    window.question_label = _label(scale=1.8, bold=True)
    window.question_label.setAccessibleName(
        QCoreApplication.translate("ConversationMode", "Question")
    )
    window.question_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    window.skipped_label = _label(
        QCoreApplication.translate("ConversationMode", "Skipped. Go back to it whenever it fits.")
    )
    window.answer_edit = QPlainTextEdit()
    window.answer_edit.setAccessibleName(QCoreApplication.translate("ConversationMode", "Answer"))
    window.answer_edit.setTabChangesFocus(True)
    font = QFont(window.answer_edit.font())
    font.setPointSizeF(font.pointSizeF() * 1.25)
    window.answer_edit.setFont(font)
    window.sign_label = _label()
    window.sign_label.setAccessibleName(QCoreApplication.translate("ConversationMode", "Time sign"))
    window.sign_label.setStyleSheet("font-style: italic")
    window.reminder_label = _label(bold=True)
    window.reminder_label.setAccessibleName(
        QCoreApplication.translate("ConversationMode", "Reminder")
    )
    window.reminder_label.setFrameShape(QFrame.Shape.StyledPanel)
    window.reminder_label.setMargin(6)
    column = QVBoxLayout()
    column.addWidget(window.position_label)
    column.addWidget(window.question_label)
    column.addWidget(window.skipped_label)
    column.addWidget(window.answer_edit, 1)
    column.addWidget(window.sign_label)
    column.addWidget(window.reminder_label)
    return column


def _buttons(window: ConversationModeWindow) -> QHBoxLayout:
    window.previous_button = QPushButton(
        QCoreApplication.translate("ConversationMode", "← Previous")
    )
    window.previous_button.setToolTip(
        QCoreApplication.translate("ConversationMode", "The previous question (Alt+Left)")
    )
    window.next_button = QPushButton(QCoreApplication.translate("ConversationMode", "Next →"))
    window.next_button.setToolTip(
        QCoreApplication.translate(
            "ConversationMode", "The next question (Ctrl+Enter or Alt+Right)"
        )
    )
    window.later_button = QPushButton(QCoreApplication.translate("ConversationMode", "Later"))
    window.later_button.setToolTip(
        QCoreApplication.translate(
            "ConversationMode", "Ask this question later in the conversation (Ctrl+L)"
        )
    )
    window.skip_button = QPushButton(QCoreApplication.translate("ConversationMode", "Skip"))
    window.skip_button.setToolTip(
        QCoreApplication.translate("ConversationMode", "Leave this question out and go on (Ctrl+K)")
    )
    window.end_button = QPushButton(
        QCoreApplication.translate("ConversationMode", "End conversation…")
    )
    window.end_button.setToolTip(
        QCoreApplication.translate(
            "ConversationMode", "Mark the conversation held and note the names (Ctrl+E)"
        )
    )
    row = QHBoxLayout()
    for button in (window.previous_button, window.next_button, window.later_button):
        row.addWidget(button)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays in the answer
    row.addWidget(window.skip_button)
    window.skip_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    row.addStretch(1)
    row.addWidget(window.end_button)
    window.previous_button.clicked.connect(window.previous_item)
    window.next_button.clicked.connect(window.next_item)
    window.later_button.clicked.connect(window.later)
    window.skip_button.clicked.connect(window.skip)
    window.end_button.clicked.connect(window.ask_end)
    return row


def _end_panel(window: ConversationModeWindow) -> QFrame:
    panel = QFrame()
    panel.setFrameShape(QFrame.Shape.StyledPanel)
    window.outcome_edit = QLineEdit()
    window.outcome_edit.setPlaceholderText(
        QCoreApplication.translate(
            "ConversationMode", "e.g. Send my portfolio; she asks Tom about me"
        )
    )
    outcome_label = QLabel(
        QCoreApplication.translate("ConversationMode", "How did it go? What comes ne&xt?")
    )
    outcome_label.setBuddy(window.outcome_edit)
    window.mark_held_button = QPushButton(
        QCoreApplication.translate("ConversationMode", "&Mark held")
    )
    window.mark_held_button.setToolTip(
        QCoreApplication.translate(
            "ConversationMode", "The conversation took place now; then note the names you got"
        )
    )
    window.go_on_button = QPushButton(QCoreApplication.translate("ConversationMode", "&Go on"))
    row = QHBoxLayout(panel)
    row.addWidget(outcome_label)
    row.addWidget(window.outcome_edit, 1)
    row.addWidget(window.mark_held_button)
    row.addWidget(window.go_on_button)
    window.outcome_edit.returnPressed.connect(window.end)
    window.mark_held_button.clicked.connect(window.end)
    window.go_on_button.clicked.connect(window.cancel_end)
    panel.setVisible(False)
    window.end_panel = panel
    return panel


def build_layout(window: ConversationModeWindow) -> None:
    """Make the window's widgets and lay them out: header, phases, question and side."""
    window.panel = ItemsPanel()
    window.panel.setMinimumWidth(260)
    body = QHBoxLayout()
    body.addLayout(_question_column(window), 3)
    body.addWidget(window.panel, 1)
    layout = QVBoxLayout(window)
    layout.setContentsMargins(24, 16, 24, 16)
    layout.addLayout(_header(window))
    layout.addLayout(_phases(window))
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    layout.addWidget(line)
    layout.addLayout(body, 1)
    layout.addLayout(_buttons(window))
    layout.addWidget(_end_panel(window))
    QWidget.setTabOrder(window.answer_edit, window.panel.name_edit)
    QWidget.setTabOrder(window.panel.name_edit, window.panel.question_edit)
    QWidget.setTabOrder(window.panel.question_edit, window.end_button)
