"""The line under the question text: what the open-question checker and the duplicate
lookup found, with a button to take the checker's suggestion."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from netplanner.core.checks.questions.checker import QuestionFinding
from netplanner.gui.plural import counted
from netplanner.gui.wrap_height import keep_wrapped_lines_whole
from netplanner.messages import fill

_FIRST_SENTENCE = re.compile(r"^(.+?[.!?])(?:\s|$)", re.DOTALL)


def first_sentence(text: str) -> str:
    """The first sentence of a checker message: the one-line explanation."""
    match = _FIRST_SENTENCE.match(text.strip())
    return match.group(1) if match else text.strip()


def warning_color(palette: QPalette) -> QColor:
    """A muted amber that stays readable on light and dark window colours."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor("#e8b04a") if dark else QColor("#8a5300")


@cache
def warning_icon() -> QIcon:
    """The style's warning sign (made once: item views ask for it on every paint)."""
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


def findings_tooltip(findings: Sequence[QuestionFinding], heading: str) -> str:
    """Every finding's full explanation, then the first suggestion (plain text)."""
    parts = [heading, *(finding.message for finding in findings)]
    suggestion = next((f.suggestion for f in findings if f.suggestion), None)
    if suggestion:
        parts.append(fill(QApplication.translate("CheckFeedback", "Suggestion: %1"), suggestion))
    return "\n\n".join(parts)


class CheckFeedback(QWidget):
    """Shows one of: a tip (no text), "Open question ✓", or the findings; and, apart from
    those, a hint when the question is already in the bank. Display only."""

    #: The user clicked "Use suggestion"; carries the suggested text.
    suggestion_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._suggestion: str | None = None
        self.icon_label = QLabel()
        self.icon_label.setPixmap(warning_icon().pixmap(16, 16))
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message_label = QLabel()
        self.suggestion_label = QLabel()
        self.ok_label = QLabel(self.tr("Open question ✓"))
        self.ok_label.setToolTip(
            self.tr("No problems found: this question invites the other person to tell.")
        )
        self.tip_label = QLabel(self.tr("Tip: open questions start with what, how, which or why."))
        self.duplicate_label = QLabel()
        for label in (
            self.message_label,
            self.suggestion_label,
            self.ok_label,
            self.tip_label,
            self.duplicate_label,
        ):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
        italic = QFont(self.suggestion_label.font())
        italic.setItalic(True)
        self.suggestion_label.setFont(italic)
        for label in (self.ok_label, self.tip_label):
            label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.use_button = QPushButton(self.tr("Use &suggestion"))
        self.use_button.setToolTip(self.tr("Replace the question with the suggestion"))
        self.use_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.use_button.clicked.connect(self._use)
        self._apply_colors()

        findings_row = QHBoxLayout()
        findings_row.setContentsMargins(0, 0, 0, 0)
        findings_row.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.message_label)
        texts.addWidget(self.suggestion_label)
        findings_row.addLayout(texts, 1)
        findings_row.addWidget(self.use_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.tip_label)
        layout.addWidget(self.ok_label)
        layout.addLayout(findings_row)
        layout.addWidget(self.duplicate_label)
        self.show_result("", [])
        for label in (self.message_label, self.suggestion_label, self.tip_label):
            keep_wrapped_lines_whole(label)

    def _apply_colors(self) -> None:
        palette = QPalette(self.palette())
        palette.setColor(QPalette.ColorRole.WindowText, warning_color(palette))
        for label in (self.message_label, self.duplicate_label):
            label.setPalette(palette)

    # -- what to show ------------------------------------------------------------------------
    def show_result(
        self, text: str, findings: Sequence[QuestionFinding], duplicate: int | None = None
    ) -> None:
        """The checker's ``findings`` for ``text`` (blank text shows the tip), and the
        ``duplicate``: the number (1-based) of the same question already in the bank."""
        flagged, blank = bool(findings), not text.strip()
        self.tip_label.setVisible(blank)
        self.ok_label.setVisible(not blank and not flagged and duplicate is None)
        self.duplicate_label.setVisible(duplicate is not None)
        if duplicate is not None:
            self.duplicate_label.setText(
                fill(self.tr("Already in this bank as number %1."), str(duplicate))
            )
        self._suggestion = next((f.suggestion for f in findings if f.suggestion), None)
        for widget in (self.icon_label, self.message_label):
            widget.setVisible(flagged)
        self.suggestion_label.setVisible(self._suggestion is not None)
        self.use_button.setVisible(self._suggestion is not None)
        if not flagged:
            self.message_label.clear()
            return
        message = first_sentence(findings[0].message)
        if len(findings) > 1:
            message += " " + counted(
                len(findings) - 1,
                self.tr("(and %n more: see the tooltip)"),
                self.tr("(and %n more: see the tooltip)"),
            )
        self.message_label.setText(message)
        if self._suggestion is not None:
            self.suggestion_label.setText(fill(self.tr("Try: “%1”"), self._suggestion))
        tooltip = self.tooltip_for(findings)
        for widget in (self.icon_label, self.message_label, self.suggestion_label):
            widget.setToolTip(tooltip)

    def tooltip_for(self, findings: Sequence[QuestionFinding]) -> str:
        return findings_tooltip(findings, self.tr("Not yet an open question:"))

    def suggestion(self) -> str | None:
        return self._suggestion

    def _use(self) -> None:
        if self._suggestion:
            self.suggestion_chosen.emit(self._suggestion)
