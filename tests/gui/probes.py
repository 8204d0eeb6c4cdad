"""What tests read from widgets and do to them, kept out of the widgets themselves.

Nothing in the app asks a section for "the texts of its rows" or a dialog to "set the
field of column 4"; these helpers reach the same widgets a user looks at and clicks.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from netplanner.gui.banks.check_feedback import CheckFeedback
from netplanner.gui.conversations.table_model import ConversationTableModel
from netplanner.gui.goals.ask_feedback import AskFeedback, AskLiveChecker
from netplanner.gui.names.row import NameRow
from netplanner.gui.network.scene import SUMMARY_ID
from netplanner.gui.network.tab import NetworkTab
from netplanner.gui.progress.tab import ProgressTab
from netplanner.gui.today.rows import TodaySection, item_what
from netplanner.gui.transfer.field_labels import field_label
from netplanner.gui.transfer.mapping_dialog import MappingDialog

W = TypeVar("W", bound=QWidget)


# -- reading --------------------------------------------------------------------------------
def row_texts(section: TodaySection) -> list[str]:
    """What each row of a Today section says: 'what · who'."""
    return [
        " · ".join(part for part in (item_what(actions.item), actions.item.contact_name) if part)
        for actions in section.row_actions
    ]


def shown_findings(feedback: AskFeedback) -> list[str]:
    """Every finding under the ask, as 'title: message' (what a screen reader says)."""
    return [
        f"{label.accessibleName()}: {label.accessibleDescription()}"
        for label in feedback.finding_labels
    ]


def underlined(checker: AskLiveChecker) -> list[str]:
    """The text under each wavy underline in the ask."""
    return [selection.cursor.selectedText() for selection in checker.editor.extraSelections()]


def is_flagged(feedback: CheckFeedback) -> bool:
    """True while the question checker shows a finding."""
    return not feedback.message_label.isHidden()


def showing_empty_state(tab: ProgressTab) -> bool:
    """True while the Progress tab shows its "nothing to show yet" page."""
    return tab.stack.currentIndex() == 1


def node_count(tab: NetworkTab) -> int:
    """People drawn in the network (the summary box of hidden people not counted)."""
    return sum(1 for node_id in tab.network.node_items if node_id != SUMMARY_ID)


def visible_ids(model: ConversationTableModel) -> list[int]:
    """The ids of the conversations the table shows, top to bottom."""
    ids = (model.id_at(row) for row in range(model.rowCount()))
    return [conversation_id for conversation_id in ids if conversation_id is not None]


def preview_text(dialog: MappingDialog, row: int, field: str) -> str:
    """What the mapping preview shows for ``field`` in ``row`` ("" when not shown)."""
    preview = dialog.preview
    labels = [preview.horizontalHeaderItem(c).text() for c in range(preview.columnCount())]
    if field_label(field) not in labels:
        return ""
    item = preview.item(row, labels.index(field_label(field)))
    return item.text() if item else ""


# -- doing ----------------------------------------------------------------------------------
def shown(qtbot, widget: W, width: int, height: int) -> W:
    """``widget`` on the screen at ``width`` × ``height``, closed after the test."""
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def set_field(dialog: MappingDialog, column: int, field: str | None) -> None:
    """Choose what ``column`` holds in its drop-down, as the user would."""
    combo = dialog.combos[column]
    combo.setCurrentIndex(max(combo.findData(field), 0))


def set_plan(row: NameRow, kind: str | None) -> None:
    """Choose the conversation to plan with a name, as the user would."""
    row.plan_combo.setCurrentIndex(max(0, row.plan_combo.findData(kind)))


def tick(model, row: int, column: int, ticked: bool) -> None:
    """Tick or untick a check box of an import list, as a click on it does."""
    state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
    model.setData(model.index(row, column), state, Qt.ItemDataRole.CheckStateRole)
