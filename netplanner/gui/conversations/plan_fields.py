"""The conversation form's choice fields: the kind of conversation (with what each kind
is for), the goal, the status and the duration.

Their texts keep the translation context of the form they were written for
("ConversationForm").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QSizePolicy, QSpinBox

from netplanner.core.enums import ConversationKind, ConversationStatus
from netplanner.gui.labels import kind_label, status_label


def kind_combo() -> QComboBox:
    """The kinds, each with a tip that says what it is for."""
    tips = {
        ConversationKind.THINK_ALONG.value: QCoreApplication.translate(
            "ConversationForm", "Ask someone for names, organisations and routes"
        ),
        ConversationKind.INFORMATIONAL.value: QCoreApplication.translate(
            "ConversationForm",
            "Talk with someone who does the work you want, to learn what it involves",
        ),
    }
    combo = QComboBox()
    for kind in ConversationKind:
        combo.addItem(kind_label(kind.value), kind.value)
        combo.setItemData(combo.count() - 1, tips[kind.value], Qt.ItemDataRole.ToolTipRole)
    return combo


def goal_combo() -> QComboBox:
    """The goals (filled by the form); narrow enough for long goal titles."""
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(18)
    return combo


def status_combo() -> QComboBox:
    combo = QComboBox()
    for status in ConversationStatus:
        combo.addItem(status_label(status.value), status.value)
    return combo


def duration_spin() -> QSpinBox:
    """Minutes, in steps of five; 0 is "not set"."""
    spin = QSpinBox()
    spin.setRange(0, 24 * 60)
    spin.setSingleStep(5)
    spin.setSuffix(QCoreApplication.translate("ConversationForm", " min"))
    spin.setSpecialValueText(QCoreApplication.translate("ConversationForm", "not set"))
    spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return spin
