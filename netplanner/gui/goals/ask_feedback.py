"""The live ask checker: findings under the message, their excerpts underlined in it.

``AskLiveChecker`` watches a QPlainTextEdit and, 200 ms after the last keystroke, runs
``core.checks.ask.checker.check_ask`` on its text; ``AskFeedback`` shows the result.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from netplanner.core.checks.ask.checker import AskFinding, AskFindingKind, check_ask
from netplanner.messages import fill

#: How long typing must pause before the text is checked again.
CHECK_DELAY_MS = 200

# The same length-keeping clean-up the checker does, so found positions fit the text.
_NORMALISE = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00a0": " "})


def kind_title(kind: AskFindingKind) -> str:
    """A short name for each kind of finding, in the UI language."""
    return {
        AskFindingKind.TOO_VAGUE: QCoreApplication.translate("AskFeedback", "Too vague"),
        AskFindingKind.ASKS_FOR_JOB: QCoreApplication.translate("AskFeedback", "Asks for a job"),
        AskFindingKind.BROADCAST: QCoreApplication.translate("AskFeedback", "Speaks to a crowd"),
        AskFindingKind.CLOSED_QUESTION: QCoreApplication.translate(
            "AskFeedback", "A yes/no question"
        ),
        AskFindingKind.NO_INVITATION: QCoreApplication.translate(
            "AskFeedback", "No invitation to think along"
        ),
    }.get(kind, str(kind))


def excerpt_span(text: str, excerpt: str) -> tuple[int, int] | None:
    """Where ``excerpt`` (whitespace folded, perhaps cut off with "…") sits in ``text``."""
    words = excerpt.removesuffix("…").split()
    if not words:
        return None
    pattern = r"\s+".join(re.escape(word) for word in words)
    match = re.search(pattern, text.translate(_NORMALISE), re.IGNORECASE)
    return (match.start(), match.end()) if match else None


def warning_color(palette: QPalette) -> QColor:
    """An amber that stays readable on light and dark backgrounds."""
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    return QColor("#e8b04a") if dark else QColor("#a55a00")


def good_color(palette: QPalette) -> QColor:
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    return QColor("#7cc88a") if dark else QColor("#1e7a3c")


@cache
def _warning_icon() -> QIcon:
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


class AskFeedback(QWidget):
    """Shows either a tip (no text yet), the all-clear, or each finding with an icon; a
    finding with a suggestion (the invitation to think along) gets a button to use it."""

    # "Use suggestion" on a finding: (the words it is about, or "", the sentence to use).
    suggestion_chosen = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ok_label = QLabel(self.tr("Concrete, and invites them to think along ✓"))
        self.ok_label.setWordWrap(True)
        self.tip_label = QLabel(
            self.tr(
                "Your message is checked as you type: is it concrete, and does it invite "
                "the other person to think along?"
            )
        )
        self.tip_label.setWordWrap(True)
        self.tip_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._rows = QVBoxLayout()
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.setSpacing(8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tip_label)
        layout.addWidget(self.ok_label)
        layout.addLayout(self._rows)
        layout.addStretch(1)
        self.finding_labels: list[QLabel] = []
        self.suggestion_buttons: list[QPushButton] = []
        self.show_findings("", [])

    def show_findings(self, text: str, findings: Sequence[AskFinding]) -> None:
        while self._rows.count():
            item = self._rows.takeAt(0)
            widget = item.widget()
            if widget is not None:  # gone now, not at the next turn of the event loop
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self.finding_labels = []
        self.suggestion_buttons = []
        blank = not text.strip()
        self.tip_label.setVisible(blank)
        self.ok_label.setVisible(not blank and not findings)
        palette = QPalette(self.ok_label.palette())
        palette.setColor(QPalette.ColorRole.WindowText, good_color(self.palette()))
        self.ok_label.setPalette(palette)
        font = self.ok_label.font()
        font.setBold(True)
        self.ok_label.setFont(font)
        for finding in findings:
            self._rows.addWidget(self._finding_row(finding))

    def _finding_row(self, finding: AskFinding) -> QWidget:
        row = QWidget()
        icon = QLabel()
        icon.setPixmap(_warning_icon().pixmap(20, 20))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        icon.setAccessibleName(self.tr("Warning"))
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setText(f"<b>{_escape(kind_title(finding.kind))}</b><br>{_escape(finding.message)}")
        label.setAccessibleName(kind_title(finding.kind))
        label.setAccessibleDescription(finding.message)
        self.finding_labels.append(label)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(label, 1)
        if finding.suggestion:
            button = QPushButton(
                self.tr("Use this question") if finding.excerpt else self.tr("Add this question")
            )
            button.setToolTip(fill(self.tr("Put “%1” in your message"), finding.suggestion))
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            excerpt, suggestion = finding.excerpt, finding.suggestion
            button.clicked.connect(lambda: self.suggestion_chosen.emit(excerpt, suggestion))
            self.suggestion_buttons.append(button)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return row


class AskLiveChecker(QObject):
    """Checks the editor's text shortly after typing stops; underlines the excerpts."""

    #: The findings changed (after each check).
    checked = Signal()

    def __init__(self, editor: QPlainTextEdit, feedback: AskFeedback) -> None:
        super().__init__(editor)
        self.editor = editor
        self.feedback = feedback
        self.findings: list[AskFinding] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check_now)
        editor.textChanged.connect(self._timer.start)

    def is_pending(self) -> bool:
        return self._timer.isActive()

    def check_now(self) -> None:
        self._timer.stop()
        text = self.editor.toPlainText()
        self.findings = check_ask(text)
        self.feedback.show_findings(text, self.findings)
        self.editor.setExtraSelections(self._selections(text))
        self.checked.emit()

    def _selections(self, text: str) -> list[QTextEdit.ExtraSelection]:
        selections = []
        color = warning_color(self.editor.palette())
        for finding in self.findings:
            span = excerpt_span(text, finding.excerpt)
            if span is None:
                continue
            cursor = QTextCursor(self.editor.document())
            cursor.setPosition(_utf16(text, span[0]))
            cursor.setPosition(_utf16(text, span[1]), QTextCursor.MoveMode.KeepAnchor)
            char_format = QTextCharFormat()
            char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            char_format.setUnderlineColor(color)
            char_format.setToolTip(kind_title(finding.kind))
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = char_format
            selections.append(selection)
        return selections


def _utf16(text: str, index: int) -> int:
    """A Python string index as Qt counts it (UTF-16 units: an emoji counts twice)."""
    return len(text[:index].encode("utf-16-le")) // 2


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
