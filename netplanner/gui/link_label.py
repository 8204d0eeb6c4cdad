"""A label with links that takes one Tab stop per link, each one visible.

A QLabel whose links work from the keyboard first takes the focus with no link
highlighted (a stop where nothing shows), then one more stop per link. This one goes
straight to its first link when Tab enters it (its last with Shift+Tab), so every stop
is a link, highlighted, and Enter opens it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLabel, QWidget

LINKS = (
    Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
)


class LinkLabel(QLabel):
    """A QLabel for rich text with links (``linkActivated`` as usual)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setOpenExternalLinks(False)
        self.setTextInteractionFlags(LINKS)
        self.setText(text)

    def has_links(self) -> bool:
        return "<a " in self.text()

    def setText(self, text: str) -> None:
        super().setText(text)
        # Without a link there is nothing to do here: no Tab stop.
        keyboard = self.has_links() or bool(
            self.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if keyboard else Qt.FocusPolicy.NoFocus)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        reason = event.reason()
        if self.has_links() and reason in (
            Qt.FocusReason.TabFocusReason,
            Qt.FocusReason.BacktabFocusReason,
        ):
            # QLabel's own step to the next link: the first (or last) one.
            QLabel.focusNextPrevChild(self, reason == Qt.FocusReason.TabFocusReason)
