"""The first-run welcome: once per user, with the example-network choice on an empty
data file, skippable, and back from Help ▸ Welcome."""

from __future__ import annotations

from netplanner.core.contact_data import ContactInput
from netplanner.core.contacts import count_contacts, create_contact
from netplanner.gui.main_window import MainWindow
from netplanner.gui.welcome import WELCOME_SEEN_KEY, WelcomeDialog, first_start


def test_first_start_welcomes_and_loads_the_example_when_asked(
    qtbot, context, prompts, settings
) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    prompts.welcome_answers = [True]
    first_start(context)
    assert prompts.asked == [("welcome", "offer example")]
    assert context.read(count_contacts) == 12
    assert window.contacts_tab.visible_row_count() == 12
    assert settings.value(WELCOME_SEEN_KEY) in (True, "true")

    first_start(context)  # the next start: nothing asked any more
    assert len(prompts.asked) == 1


def test_skipping_the_welcome_starts_empty_and_it_is_not_shown_again(context, prompts) -> None:
    first_start(context)  # closed without choosing: ScriptedPrompts answers None
    first_start(context)
    assert context.read(count_contacts) == 0
    assert prompts.asked == [("welcome", "offer example")]


def test_a_new_empty_data_file_after_the_welcome_gets_the_short_offer(
    context, prompts, settings
) -> None:
    settings.setValue(WELCOME_SEEN_KEY, True)
    prompts.choose_answers = [1]  # start empty
    first_start(context)
    assert [kind for kind, _ in prompts.asked] == ["choose"]
    assert context.read(count_contacts) == 0


def test_a_data_file_with_contacts_gets_the_welcome_without_the_data_question(
    context, prompts
) -> None:
    with context.transaction() as session:
        create_contact(session, ContactInput(name="Anna de Vries"))
    first_start(context)
    assert prompts.asked == [("welcome", "")]
    assert context.read(count_contacts) == 1


def test_the_dialog_explains_the_method_and_the_three_tabs(qtbot) -> None:
    dialog = WelcomeDialog(offer_example=True)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Welcome to NetPlanner"  # what test_real_window looks for
    text = " ".join(label.text() for label in dialog.findChildren(type(dialog.tab_labels[0])))
    for words in ("concretely", "think along with me", "via-via", "who do the work", "open"):
        assert words in text, words
    titles = [label.text().split("<br>")[0] for label in dialog.tab_labels]
    assert titles == ["<b>Contacts</b>", "<b>Conversations</b>", "<b>Question banks</b>"]
    pictures = [
        label.pixmap()
        for label in dialog.findChildren(type(dialog.tab_labels[0]))
        if not label.pixmap().isNull()
    ]
    assert len(pictures) == 3

    dialog.show()
    dialog.example_button.click()
    assert dialog.wants_example is True and not dialog.isVisible()

    empty = WelcomeDialog(offer_example=True)
    qtbot.addWidget(empty)
    empty.show()
    empty.empty_button.click()
    assert empty.wants_example is False


def test_without_the_offer_there_is_one_button_and_escape_skips(qtbot) -> None:
    from PySide6.QtCore import Qt

    dialog = WelcomeDialog(offer_example=False)
    qtbot.addWidget(dialog)
    assert not hasattr(dialog, "example_button")
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.wants_example is None and not dialog.isVisible()
