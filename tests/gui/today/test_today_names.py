"""Names you got in a conversation wait at the top of Today until you approach them."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from netplanner.core.contact_data import ContactInput
from netplanner.core.contacts import create_contact
from netplanner.core.conversations import ConversationInput, create_conversation
from netplanner.core.network.chains import NameGained, record_names
from netplanner.core.suggestions import hidden_contacts
from netplanner.gui.today.tab import TodayTab
from tests.gui.probes import row_texts


def _names_from_marieke(database, now) -> dict[str, int]:
    """What *Record names you got* leaves after a talk with Marieke: two new people, each
    with an "idea" conversation, and nothing else due."""
    with database.transaction() as session:
        marieke = create_contact(session, ContactInput(name="Marieke Bos"))
        talk = create_conversation(
            session,
            ConversationInput(
                marieke.id, kind="think_along", status="held", starts_at=now - timedelta(days=1)
            ),
        )
        talk.thanked_at = now  # thanked already: no thank-you due
        talk.status = "thanked"
        ids = record_names(
            session,
            talk.id,
            [
                NameGained("Lotte de Wit", plan_kind="informational"),
                NameGained("Ahmed El Amrani", plan_kind="informational"),
            ],
        )
    return {"Lotte de Wit": ids[0], "Ahmed El Amrani": ids[1], "conversation": talk.id}


def test_names_you_got_are_at_the_top_instead_of_nothing_is_due(
    now, make_context, database, qtbot, language
) -> None:
    ids = _names_from_marieke(database, now)
    context = make_context(database)
    tab = TodayTab(context, clock=lambda: now)
    qtbot.addWidget(tab)
    tab.resize(1100, 720)
    tab.show()
    assert not tab.empty_label.isVisible(), "not 'Nothing is due. Well done!'"
    section = tab.to_approach
    assert section.isVisible()
    dutch = language == "nl"
    via = "Benaderen (via Marieke Bos)" if dutch else "Approach (via Marieke Bos)"
    assert row_texts(section) == [f"{via} · Ahmed El Amrani", f"{via} · Lotte de Wit"]
    heading = "Namen om te benaderen (2)" if dutch else "Names to approach (2)"
    assert section.heading.text() == heading
    assert ("2 namen om te benaderen" if dutch else "2 names to approach") in tab.summary.text()
    # The section comes first, above what is overdue.
    layout = section.parentWidget().layout()
    assert layout.indexOf(section) < layout.indexOf(tab.overdue)
    lotte = section.row_actions[1]
    with qtbot.waitSignal(section.open_conversation) as opened:
        qtbot.mouseClick(lotte.open_button, Qt.MouseButton.LeftButton)
    assert opened.args[0] != ids["conversation"], "Lotte's own idea conversation"
    # Not now: Ahmed leaves the list for some weeks, kept in the data file.
    ahmed = section.row_actions[0]
    qtbot.mouseClick(ahmed.not_now_button, Qt.MouseButton.LeftButton)
    assert [t.split(" · ")[1] for t in row_texts(section)] == ["Lotte de Wit"]
    hidden = context.read(lambda session: hidden_contacts(session, None, now))
    assert hidden == {ids["Ahmed El Amrani"]}
    assert tab.focusWidget() is section.row_actions[0].open_button, "the keyboard stays in the list"


def test_the_example_network_has_a_name_to_approach(today_tab: TodayTab) -> None:
    assert row_texts(today_tab.to_approach) == ["Approach (via Anna de Vries) · Łukasz Wójcik"]
    łukasz = today_tab.to_approach.row_actions[0]
    assert łukasz.open_button.toolTip() == "Open the contact to plan a conversation"


def test_no_section_without_names(empty_tab: TodayTab) -> None:
    assert not empty_tab.to_approach.isVisibleTo(empty_tab)
    assert empty_tab.empty_label.isVisibleTo(empty_tab)


def test_a_right_to_left_name_still_starts_at_the_left(now, make_context, database, qtbot) -> None:
    """An Arabic name made the whole line right-to-left, pushed against the buttons."""
    with database.transaction() as session:
        marieke = create_contact(session, ContactInput(name="Marieke Bos"))
        talk = create_conversation(session, ConversationInput(marieke.id, status="thanked"))
        record_names(session, talk.id, [NameGained("محمد العمراني", plan_kind="informational")])
    tab = TodayTab(make_context(database), clock=lambda: now)
    qtbot.addWidget(tab)
    tab.resize(1100, 720)
    tab.show()
    cell = tab.to_approach.grid.itemAtPosition(0, 1).widget()
    who = cell.layout().itemAt(1).widget()
    image = who.grab().toImage()
    background = image.pixelColor(image.width() - 1, image.height() - 1)
    inked = [
        x
        for x in range(image.width())
        if any(image.pixelColor(x, y) != background for y in range(image.height()))
    ]
    assert inked and inked[0] < image.width() // 4, "the line starts at the left edge"
