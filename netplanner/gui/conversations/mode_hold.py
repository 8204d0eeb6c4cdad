"""The Conversations form while conversation mode has the same conversation open.

The mode writes each answer (and the small talk, in the notes) as it is typed; the form
saves a whole conversation at once, replacing every question row. Editing both at the
same time would let a save from the form put back the answers the form loaded earlier.
So while the mode window is open the form only shows the conversation (read again as
the mode writes, so the answers appear in it) and says why; it can be edited again as
soon as the mode window closes. Nothing typed anywhere is lost, and there is nothing
to merge or to choose between.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel

if TYPE_CHECKING:
    from netplanner.gui.conversations.form import ConversationForm


class ModeHoldLine(QLabel):
    """The line over the form that says the conversation is being held in the mode."""

    def __init__(self) -> None:
        super().__init__()
        self.setText(
            self.tr(
                "This conversation is open in conversation mode, which keeps the answers "
                "as you type them. You can change it here again once you close that window."
            )
        )
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMargin(6)
        self.setAccessibleName(self.tr("Conversation mode is open"))
        self.setVisible(False)
        self.held = False

    def apply(self, form: ConversationForm, held: bool) -> None:
        """Show ``form`` read-only (``held``) or editable, with the buttons to match."""
        self.held = held
        self.setVisible(held)
        form.content.setEnabled(not held)
        form.save_button.setEnabled(not held)
        form.delete_button.setEnabled(not held and form.conversation_id is not None)
        form.start_button.setText(
            self.tr("Show conversation mode") if held else self.tr("Start conversation")
        )
