"""The open-question checker on a conversation's questions, as the banks tab has it.

A question typed under "Write your own question…" is checked while it is typed (after a
short pause), with the warning sign in the field and the banks tab's feedback line under
it, suggestion included. With the field empty, the feedback is about the chosen question
that is current, and "Use suggestion" rewords it for this conversation. Flagged chosen
questions carry the warning sign in the list (``mark_findings``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QLineEdit, QListWidgetItem

from netplanner.core.checks.questions.checker import QuestionFinding
from netplanner.gui.banks.check_feedback import CheckFeedback, warning_icon
from netplanner.gui.banks.question_editor import CHECK_DELAY_MS
from netplanner.gui.banks.question_model import checked
from netplanner.gui.conversations.chosen_list import ChosenQuestionsList


class ConversationQuestionCheck(QObject):
    """Connects the own-question field, the chosen list and one ``CheckFeedback``."""

    def __init__(
        self, own_edit: QLineEdit, chosen_list: ChosenQuestionsList, feedback: CheckFeedback
    ) -> None:
        super().__init__(own_edit)
        self.own_edit = own_edit
        self.chosen_list = chosen_list
        self.feedback = feedback
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check_now)
        self.warning_action = own_edit.addAction(
            warning_icon(), QLineEdit.ActionPosition.LeadingPosition
        )
        self.warning_action.setVisible(False)
        own_edit.textChanged.connect(self._timer.start)
        chosen_list.currentItemChanged.connect(lambda *_: self.check_now())
        chosen_list.itemChanged.connect(lambda _item: self.check_now())
        feedback.suggestion_chosen.connect(self.use_suggestion)
        self.check_now()

    def set_language(self, language: str | None) -> None:
        """The conversation's language (its goal's); None lets the checker detect it."""
        self.chosen_list.set_check_language(language)
        self.check_now()

    def is_pending(self) -> bool:
        return self._timer.isActive()

    def check_now(self) -> None:
        self._timer.stop()
        typed = self.own_edit.text().strip()
        if typed:
            findings = self._findings(typed)
            self.feedback.show_result(typed, findings)
            self.warning_action.setVisible(bool(findings))
            self.warning_action.setToolTip(self.feedback.tooltip_for(findings) if findings else "")
            return
        self.warning_action.setVisible(False)
        item = self.chosen_list.currentItem()
        text = item.text() if item is not None else ""
        self.feedback.show_result(text, self._findings(text) if text else ())

    def use_suggestion(self, suggestion: str) -> None:
        """Typed text: replace it. Else reword the current chosen question."""
        if self.own_edit.text().strip():
            self.own_edit.setText(suggestion)
            self.own_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            item: QListWidgetItem | None = self.chosen_list.currentItem()
            if item is not None:
                item.setText(suggestion)  # the panel saves it as an edit of the wording
        self.check_now()

    def _findings(self, text: str) -> tuple[QuestionFinding, ...]:
        return checked(text, self.chosen_list.check_language())
