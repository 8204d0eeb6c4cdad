"""The first-run welcome: the method in a few sentences, the three main tabs, and (on an
empty data file) the choice to look around in the example network first.

Shown once per user (QSettings ``welcome/seen``), again from Help ▸ Welcome. It goes
through ``context.prompts.welcome``, so tests script it and never see a dialog. When
the welcome was seen before and a new, empty data file is opened, the short
example-data question of :func:`netplanner.gui.app.offer_example_data` is asked instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netplanner.gui.context import AppContext
from netplanner.gui.events import Change
from netplanner.resources import resource_path

WELCOME_SEEN_KEY = "welcome/seen"
ICON_SIZE = 40  # logical pixels; the SVG is drawn sharp at any screen scale


def tab_icon(name: str) -> QIcon:
    """The SVG icon of a main tab ("contacts", "conversations", "question-banks")."""
    path = resource_path("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()


class WelcomeDialog(QDialog):
    """The welcome; with ``offer_example`` its buttons are the example-network choice.

    After ``exec()``, :attr:`wants_example` is True when the user chose the example
    network, False for "start empty" (or, without the offer, "get started"), and None
    when they closed the window (skipped).
    """

    def __init__(self, offer_example: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wants_example: bool | None = None
        self.setWindowTitle(self.tr("Welcome to NetPlanner"))
        heading = QLabel(self.tr("Find work through the people you know"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        method = QLabel(
            self.tr(
                "<p>Say <b>concretely</b> what you are looking for: a role with its "
                "specialism, and if you can a region and a kind of organisation. Do not ask "
                "for a job; ask people one by one: <i>“Would you think along with me?”</i> "
                "Every conversation can give you new names, so you reach people you did not "
                "know yet <b>via-via</b>.</p>"
                "<p>Talk above all with people <b>who do the work</b> you want, and ask them "
                "<b>open questions</b>: how they got there, what the work is really like, "
                "whom else to talk to. Keep it up, and after a while people start calling "
                "<i>you</i>.</p>"
            )
        )
        method.setWordWrap(True)
        method.setTextFormat(Qt.TextFormat.RichText)
        tabs = QGridLayout()
        tabs.setHorizontalSpacing(14)
        tabs.setVerticalSpacing(10)
        rows = [
            (
                "contacts",
                self.tr("Contacts"),
                self.tr(
                    "Everyone you know and everyone you get introduced to, and who introduced whom."
                ),
            ),
            (
                "conversations",
                self.tr("Conversations"),
                self.tr(
                    "Plan each conversation, choose its questions, print a prep sheet "
                    "to take along, and afterwards note what you heard and the names you "
                    "got."
                ),
            ),
            (
                "question-banks",
                self.tr("Question banks"),
                self.tr(
                    "Good open questions in English and Dutch, ready to use, and room for your own."
                ),
            ),
        ]
        self.tab_labels: list[QLabel] = []
        for row, (icon_name, title, text) in enumerate(rows):
            picture = QLabel()
            picture.setPixmap(
                tab_icon(icon_name).pixmap(QSize(ICON_SIZE, ICON_SIZE), self.devicePixelRatioF())
            )
            picture.setAlignment(Qt.AlignmentFlag.AlignTop)
            label = QLabel(f"<b>{title}</b><br>{text}")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            self.tab_labels.append(label)
            tabs.addWidget(picture, row, 0)
            tabs.addWidget(label, row, 1)
        tabs.setColumnStretch(1, 1)
        more = QLabel(
            self.tr(
                "Today shows what to do next, Goals writes your ask, and Help ▸ Welcome "
                "brings this window back."
            )
        )
        more.setWordWrap(True)

        self.buttons = QDialogButtonBox()
        if offer_example:
            intro = QLabel(
                self.tr(
                    "Your data file is empty. Would you like to look around in an example "
                    "network first? You can delete the example contacts at any time."
                )
            )
            intro.setWordWrap(True)
            self.example_button = QPushButton(self.tr("Load &example network"))
            self.empty_button = QPushButton(self.tr("&Start empty"))
            self.buttons.addButton(self.example_button, QDialogButtonBox.ButtonRole.AcceptRole)
            self.buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.RejectRole)
            self.example_button.clicked.connect(lambda: self._done(True))
            self.empty_button.clicked.connect(lambda: self._done(False))
            self.example_button.setDefault(True)
        else:
            intro = None
            self.start_button = QPushButton(self.tr("&Get started"))
            self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)
            self.start_button.clicked.connect(lambda: self._done(False))
            self.start_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(method)
        layout.addLayout(tabs)
        layout.addWidget(more)
        if intro is not None:
            layout.addWidget(intro)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def _done(self, wants_example: bool) -> None:
        self.wants_example = wants_example
        self.accept()


def show_welcome(offer_example: bool, parent: QWidget | None = None) -> bool | None:
    """Show the welcome modally; see :attr:`WelcomeDialog.wants_example`."""
    dialog = WelcomeDialog(offer_example, parent)
    dialog.exec()
    return dialog.wants_example


def first_start(context: AppContext) -> None:
    """At start-up: the welcome once per user; otherwise the example-data offer on an
    empty data file (once per file)."""
    settings = context.settings
    if _seen(settings.value(WELCOME_SEEN_KEY, False)):
        from netplanner.gui.app import offer_example_data

        offer_example_data(context)
        return
    settings.setValue(WELCOME_SEEN_KEY, True)
    settings.sync()
    from netplanner.core.contacts import count_contacts  # after the first paint
    from netplanner.core.meta import FIRST_START_DONE, get_meta, set_meta

    with context.transaction() as session:
        offer = not get_meta(session, FIRST_START_DONE) and not count_contacts(session)
        if offer:
            set_meta(session, FIRST_START_DONE, "1")
    if context.prompts.welcome(offer) and offer:
        load_example_network(context, QCoreApplication.translate("Welcome", "Load example network"))


def load_example_network(context: AppContext, label: str) -> None:
    """Fill the (empty) data file with the example network, in the window's language, as
    one undoable step named ``label``."""
    from netplanner.core.demo.example import load_demo
    from netplanner.gui.translation import ui_language

    language = ui_language()
    context.write(
        lambda session: load_demo(session, language=language),
        changes=Change.EVERYTHING,
        label=label,
    )


def _seen(value: object) -> bool:
    return value is True or str(value).lower() in ("true", "1")
