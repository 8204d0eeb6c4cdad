"""The ask composer: the message to one person, written from the goal, checked live.

While the user has not touched the message, it follows the goal's fields and the
contact's name as they are typed. Once edited, it is the user's text: it changes only
when they ask for "Write it for me again", and only after saying the edits would go.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from netplanner.core.checks.ask.composer import compose_ask_for_goal
from netplanner.core.goals import GoalInput
from netplanner.gui.goals.ask_feedback import AskFeedback, AskLiveChecker, excerpt_span
from netplanner.gui.prompts import Prompts


class AskComposerPanel(QWidget):
    """Contact name, the editable message, Write again / Copy, and the live checker."""

    def __init__(self, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompts = prompts
        self._goal = GoalInput()
        self._composed = ""  # the text as last composed: anything else is the user's edit
        self._build()
        self.compose()

    def _build(self) -> None:
        heading = QLabel(self.tr("Your ask to one person"))
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        heading.setFont(font)

        self.contact = QLineEdit()
        self.contact.setPlaceholderText(self.tr("Optional: who you write to, e.g. Anna de Vries"))
        self.contact.setClearButtonEnabled(True)
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.contact.setCompleter(completer)
        contact_label = QLabel(self.tr("T&o:"))
        contact_label.setBuddy(self.contact)
        contact_row = QHBoxLayout()
        contact_row.addWidget(contact_label)
        contact_row.addWidget(self.contact, 1)

        self.message = QPlainTextEdit()
        self.message.setTabChangesFocus(True)
        self.message.setMinimumHeight(self.fontMetrics().lineSpacing() * 6 + 12)
        message_label = QLabel(self.tr("&Message (edit it as you like):"))
        message_label.setBuddy(self.message)

        self.write_again_button = QPushButton(self.tr("Write it for me &again"))
        self.write_again_button.setToolTip(
            self.tr("Compose the message again from the goal and the name")
        )
        self.copy_button = QPushButton(self.tr("Copy to clip&board"))
        self.copy_button.setToolTip(self.tr("Copy the message, to paste it in an e-mail or chat"))
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Message status"))
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.write_again_button)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.status, 1)

        self.feedback = AskFeedback()
        self.checker = AskLiveChecker(self.message, self.feedback)
        feedback_scroll = QScrollArea()
        feedback_scroll.setWidget(self.feedback)
        feedback_scroll.setWidgetResizable(True)
        feedback_scroll.setFrameShape(QFrame.Shape.NoFrame)
        feedback_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        feedback_scroll.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        feedback_scroll.setAccessibleName(self.tr("Check of your message"))
        check_heading = QLabel(self.tr("Check"))
        check_heading.setFont(_bold(check_heading.font()))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addLayout(contact_row)
        layout.addWidget(message_label)
        layout.addWidget(self.message, 2)
        layout.addLayout(buttons)
        layout.addWidget(check_heading)
        layout.addWidget(feedback_scroll, 3)

        self.feedback.suggestion_chosen.connect(self.use_suggestion)
        self.contact.textChanged.connect(self._follow)
        self.message.textChanged.connect(self._on_message_edited)
        self.write_again_button.clicked.connect(self.write_again)
        self.copy_button.clicked.connect(self.copy)
        QWidget.setTabOrder(self.contact, self.message)
        QWidget.setTabOrder(self.message, self.write_again_button)
        QWidget.setTabOrder(self.write_again_button, self.copy_button)

    # -- what the tab calls --------------------------------------------------------------------
    def set_contact_names(self, names: Iterable[str]) -> None:
        self._names.setStringList(list(names))

    def set_goal(self, goal: GoalInput) -> None:
        """The goal's fields changed: follow them unless the user edited the message."""
        self._goal = goal
        self._follow()

    def show_goal(self, goal: GoalInput, draft: str | None = None) -> None:
        """Another goal is shown: compose for it, or bring back the user's earlier draft."""
        self._goal = goal
        self.compose()
        if draft is not None and draft != self._composed:
            self.message.setPlainText(draft)

    def draft(self) -> str | None:
        """The message when the user edited it (worth keeping), else None."""
        return self.message.toPlainText() if self.is_edited() else None

    def is_edited(self) -> bool:
        return self.message.toPlainText() != self._composed

    def composed_text(self) -> str:
        """What the composer would write now for the goal and name."""
        return compose_ask_for_goal(self._goal, self.contact.text())

    def compose(self) -> None:
        """Write the message from the goal and the name, replacing what is there."""
        self._composed = self.composed_text()
        self.message.setPlainText(self._composed)
        self.checker.check_now()

    # -- the buttons ---------------------------------------------------------------------------
    def write_again(self) -> None:
        """Compose anew; asks first when that would throw away the user's edits."""
        if (
            self.is_edited()
            and self.message.toPlainText().strip()
            and not self.prompts.confirm(
                self.tr("Write the message again"),
                self.tr("Replace your edited message with a newly written one?"),
                confirm_label=self.tr("Replace"),
                detail=self.tr("Your changes to the message will be lost."),
            )
        ):
            return
        self.compose()
        self.status.setText(self.tr("Written again from the goal."))

    def use_suggestion(self, excerpt: str, suggestion: str) -> None:
        """Put the checker's sentence in place of the words it is about, or at the end."""
        text = self.message.toPlainText()
        span = excerpt_span(text, excerpt) if excerpt else None
        if span is not None:
            text = text[: span[0]] + suggestion + text[span[1] :]
        else:
            text = text.rstrip() + (" " if text.strip() else "") + suggestion
        self.message.setPlainText(text)
        self.checker.check_now()
        self.message.setFocus(Qt.FocusReason.OtherFocusReason)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.message.toPlainText())
        self.status.setText(self.tr("Copied"))

    # -- reacting ------------------------------------------------------------------------------
    def _follow(self) -> None:
        if not self.is_edited():
            self.compose()
        else:
            self.status.setText(
                self.tr("Your edits are kept; “Write it for me again” uses the new fields.")
            )

    def _on_message_edited(self) -> None:
        if self.status.text():
            self.status.setText("")


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold
