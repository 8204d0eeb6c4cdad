"""The right-hand side of the tab: the selected bank, its filtered questions and the editor."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from netplanner.core.enums import QuestionCategory
from netplanner.gui.banks.bank_data import BankDetail
from netplanner.gui.banks.question_editor import QuestionEditor
from netplanner.gui.banks.question_model import QuestionModel
from netplanner.gui.labels import category_label, language_label
from netplanner.gui.list_keys import MOVE_DOWN, MOVE_UP, delete_keys
from netplanner.gui.plural import counted
from netplanner.gui.shortcuts_dialog import key_text
from netplanner.messages import fill


class BankPane(QWidget):
    """Widgets only: the tab fills them and reacts to them."""

    def __init__(self, model: QuestionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.title_label = QLabel()
        title_font = QFont(self.title_label.font())
        title_font.setBold(True)
        if title_font.pointSizeF() > 0:
            title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        self.title_label.setFont(title_font)
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta_label = QLabel()
        self.meta_label.setTextFormat(Qt.TextFormat.PlainText)
        self.meta_label.setWordWrap(True)
        self.description_label = QLabel()
        self.description_label.setWordWrap(True)
        self.description_label.setTextFormat(Qt.TextFormat.PlainText)
        self.description_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.category_filter = QComboBox()
        self.category_filter.addItem(self.tr("All categories"), None)
        for category in QuestionCategory:
            self.category_filter.addItem(category_label(category.value), category.value)
        self.category_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Words in the question"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(160)
        filter_label = QLabel(self.tr("Categor&y:"))
        filter_label.setBuddy(self.category_filter)
        search_label = QLabel(self.tr("Sea&rch:"))
        search_label.setBuddy(self.search_edit)
        filters = QHBoxLayout()
        filters.addWidget(filter_label)
        filters.addWidget(self.category_filter)
        filters.addSpacing(12)
        filters.addWidget(search_label)
        filters.addWidget(self.search_edit, 1)

        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setModel(model)
        self.table.setAccessibleName(self.tr("Questions"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setShowGrid(False)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().hide()
        # Rows grow to show a long question in full; banks hold tens of questions, so
        # measuring every row is cheap.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(
            QuestionModel.COL_POSITION, QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(
            QuestionModel.COL_CATEGORY, QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(QuestionModel.COL_TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(QuestionModel.COL_FLAG, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(QuestionModel.COL_FLAG, 26)
        self.table.setIconSize(QSize(16, 16))
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # A little air between wrapped questions; the group shading still fills the row.
        self.table.setStyleSheet("QTableView::item { padding: 3px 4px; }")
        self.table.setMinimumHeight(160)

        self.up_button = QPushButton(self.tr("Move &up"))
        up, down, delete = key_text([MOVE_UP]), key_text([MOVE_DOWN]), key_text(delete_keys())
        self.up_button.setToolTip(fill(self.tr("Move the selected question up (%1)"), up))
        self.down_button = QPushButton(self.tr("Move &down"))
        self.down_button.setToolTip(fill(self.tr("Move the selected question down (%1)"), down))
        self.delete_button = QPushButton(self.tr("Delete question"))
        self.delete_button.setToolTip(fill(self.tr("Delete the selected question (%1)"), delete))
        self.count_label = QLabel()
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        actions = QHBoxLayout()
        actions.addWidget(self.up_button)
        actions.addWidget(self.down_button)
        actions.addWidget(self.delete_button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)

        self.editor = QuestionEditor()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.meta_label)
        layout.addWidget(self.description_label)
        layout.addSpacing(4)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.editor)

        for first, second in (
            (self.category_filter, self.search_edit),
            (self.search_edit, self.table),
            (self.table, self.up_button),
            (self.up_button, self.down_button),
            (self.down_button, self.delete_button),
            (self.delete_button, self.editor.category_combo),
            (self.editor.category_combo, self.editor.new_button),
            (self.editor.new_button, self.editor.text_edit),
            (self.editor.text_edit, self.editor.add_button),
            (self.editor.add_button, self.editor.save_button),
            (self.editor.save_button, self.editor.feedback.use_button),
        ):
            QWidget.setTabOrder(first, second)

    def show_detail(self, detail: BankDetail) -> None:
        self.title_label.setText(detail.name)
        meta = language_label(detail.language)
        if detail.builtin:
            meta += " · " + self.tr(
                "Came with NetPlanner. This is your own copy: change it as you like."
            )
        self.meta_label.setText(meta)
        self.description_label.setText(detail.description)
        self.description_label.setVisible(bool(detail.description))

    def update_count(self) -> None:
        total = self.model.total_count()
        shown = self.model.rowCount()
        if total == 0:
            text = self.tr("No questions yet: type one below and press Enter.")
        elif self.model.is_filtered():
            text = counted(
                total,
                self.tr("%1 of %n question shown"),
                self.tr("%1 of %n questions shown"),
                str(shown),
            )
        else:
            text = counted(total, self.tr("%n question"), self.tr("%n questions"))
        flagged = self.model.flagged_count()
        if flagged:
            text += " · " + counted(flagged, self.tr("%n not yet open"), self.tr("%n not yet open"))
        self.count_label.setText(text)
