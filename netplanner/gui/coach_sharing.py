"""*File → Share with a coach…* (on a practice server): per coach of the practice, what
this person shares: nothing, a view of their data, or a view and the right to change
it. Saved as grants on the server (``storage.postgresql.grants``); taking one back
works from the coach's very next look."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from netplanner.gui.context import AppContext
from netplanner.storage.postgresql import grants

NONE, READ, WRITE = 0, 1, 2


class CoachSharingDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Share with a coach"))
        self.coaches = context.read(grants.coaches)
        intro = QLabel(
            self.tr(
                "A coach sees your data only while you share it, and changes it only if you "
                "allow that. Stopping works at once."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.choices: list[QComboBox] = []
        for coach in self.coaches:
            box = QComboBox()
            box.addItems(
                [
                    self.tr("Does not see my data"),
                    self.tr("Sees my data"),
                    self.tr("Sees and may change my data"),
                ]
            )
            box.setCurrentIndex(WRITE if coach.can_write else READ if coach.granted else NONE)
            form.addRow(coach.name, box)
            self.choices.append(box)
        if not self.coaches:
            form.addRow(QLabel(self.tr("This practice has no coaches yet.")))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> None:
        """Make the grants on the server what the boxes say (changed ones only)."""
        with self.context.transaction() as session:
            for coach, box in zip(self.coaches, self.choices, strict=True):
                wanted = box.currentIndex()
                had = WRITE if coach.can_write else READ if coach.granted else NONE
                if wanted == had:
                    continue
                if wanted == NONE:
                    grants.revoke(session, coach)
                else:
                    grants.grant(session, coach, can_write=wanted == WRITE)


def share_with_coach(window: QMainWindow, context: AppContext) -> None:
    """Show the dialog; save and say so when the user saves."""
    dialog = CoachSharingDialog(context, window)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        dialog.save()
        window.statusBar().showMessage(
            QCoreApplication.translate("CoachSharing", "Sharing saved."), 4000
        )
