"""The conversation form's row under its fields: a line for messages, then the buttons.

Its texts keep the translation context of the form they were written for
("ConversationForm"), so the Dutch catalogue needs no change.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from netplanner.gui.button_row import ButtonRow


class FormButtons(QWidget):
    """Delete, Record names, Start conversation, Export, Print and Save, with the message
    line beside them (a column of buttons where large text needs it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.save = QPushButton(QCoreApplication.translate("ConversationForm", "Save"))
        self.save.setToolTip(
            QCoreApplication.translate("ConversationForm", "Save this conversation (Ctrl+S)")
        )
        self.save.setDefault(True)
        self.delete = QPushButton(QCoreApplication.translate("ConversationForm", "Delete…"))
        self.export = QPushButton(
            QCoreApplication.translate("ConversationForm", "Export prep sheet…")
        )
        self.names = QPushButton(
            QCoreApplication.translate("ConversationForm", "Record names &you got…")
        )
        self.names.setToolTip(
            QCoreApplication.translate(
                "ConversationForm",
                "Add the people this contact told you about, linked to them and this talk",
            )
        )
        self.export.setToolTip(
            QCoreApplication.translate(
                "ConversationForm", "Save a printable PDF to take with you (Ctrl+P)"
            )
        )
        self.start = QPushButton(
            QCoreApplication.translate("ConversationForm", "Start conversation")
        )
        self.start.setToolTip(
            QCoreApplication.translate(
                "ConversationForm",
                "A calm window for during the conversation: one question at a time",
            )
        )
        self.print = QPushButton(QCoreApplication.translate("ConversationForm", "Print…"))
        self.print.setToolTip(
            QCoreApplication.translate(
                "ConversationForm",
                "Open the prep sheet in your PDF viewer to print it (Ctrl+Shift+P)",
            )
        )
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(
            QCoreApplication.translate("ConversationForm", "Form messages")
        )
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message_label, 1)
        row = [self.delete, self.names, self.start, self.export, self.print, self.save]
        layout.addWidget(ButtonRow(row))
