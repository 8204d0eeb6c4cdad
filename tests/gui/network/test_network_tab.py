"""The Network tab as a user meets it: the tree, clicking people, colours, zoom, search."""

from __future__ import annotations

import gc
import itertools

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem
from sqlalchemy.orm import Session

from netplanner.core.contact_data import ContactInput
from netplanner.core.contacts import create_contact, list_contact_rows
from netplanner.gui.context import AppContext
from netplanner.gui.events import Change
from netplanner.gui.network import colours, scene
from netplanner.gui.network.scene import SUMMARY_ID, YOU_ID
from netplanner.gui.network.tab import NetworkTab
from tests.gui.probes import node_count, shown


def make_tab(qtbot, context: AppContext) -> NetworkTab:
    return shown(qtbot, NetworkTab(context), 1100, 720)


def ids_by_name(context: AppContext) -> dict[str, int]:
    return {row.name: row.id for row in context.read(list_contact_rows)}


def click_node(qtbot, tab: NetworkTab, node_id: int) -> None:
    item = tab.network.node_items[node_id]
    tab.view.centerOn(item)
    point = tab.view.mapFromScene(item.sceneBoundingRect().center())
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def fill_of(tab: NetworkTab, node_id: int) -> str:
    return tab.network.node_items[node_id].brush().color().name()


def test_draws_everyone_of_the_example_network(qtbot, demo_context: AppContext) -> None:
    tab = make_tab(qtbot, demo_context)
    ids = ids_by_name(demo_context)
    assert node_count(tab) == 12
    boxes = tab.network.layout.boxes
    # You at the left, each degree a column further right, children beside their parent.
    assert boxes[None].x < boxes[ids["Anna de Vries"]].x < boxes[ids["Carla Smit"]].x
    assert boxes[ids["Carla Smit"]].x < boxes[ids["Şükrü Yılmaz"]].x < boxes[ids["Hanna Meijer"]].x
    assert boxes[ids["Bert Jansen"]].x == boxes[ids["Anna de Vries"]].x
    assert tab.network.layout.children[ids["Carla Smit"]] == [ids["Şükrü Yılmaz"]]
    assert ids["Łukasz Wójcik"] in tab.network.layout.children[ids["Anna de Vries"]]
    assert "1st degree (5)" in tab.legend.entries
    assert tab.summary.text().startswith("12 people · 5 you know yourself")
    assert tab.empty_label.isHidden()


def test_a_generated_network_of_300(qtbot, context: AppContext, network_of) -> None:
    degrees = network_of(context.database, 300, max_depth=5)
    tab = make_tab(qtbot, context)
    assert node_count(tab) == 300
    boxes = tab.network.layout.boxes
    for contact_id, degree in degrees.items():
        assert boxes[contact_id].depth == degree
    # No two boxes overlap: every person has a row of their own within a column.
    by_column: dict[float, list[float]] = {}
    for key, box in boxes.items():
        if key is not None:
            by_column.setdefault(box.x, []).append(box.y)
    for ys in by_column.values():
        ys.sort()
        assert all(b - a >= tab.network.node_height for a, b in itertools.pairwise(ys))


def test_clicking_a_person_asks_to_open_them(qtbot, demo_context: AppContext) -> None:
    tab = make_tab(qtbot, demo_context)
    carla = ids_by_name(demo_context)["Carla Smit"]
    with qtbot.waitSignal(demo_context.events.open_contact_requested) as signal:
        click_node(qtbot, tab, carla)
    assert signal.args == [carla]
    assert tab.network.current == carla


def test_keyboard_moves_between_people_and_enter_opens(qtbot, demo_context: AppContext) -> None:
    tab = make_tab(qtbot, demo_context)
    ids = ids_by_name(demo_context)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Down)  # from "You" to the first person
    assert tab.network.current == ids["Anna de Vries"]
    qtbot.keyClick(tab.view, Qt.Key.Key_Right)
    assert tab.network.current == ids["Carla Smit"]
    qtbot.keyClick(tab.view, Qt.Key.Key_Right)
    qtbot.keyClick(tab.view, Qt.Key.Key_Down)
    assert tab.network.current == ids["Şükrü Yılmaz"]
    qtbot.keyClick(tab.view, Qt.Key.Key_Left)
    assert tab.network.current == ids["Carla Smit"]
    with qtbot.waitSignal(demo_context.events.open_contact_requested) as signal:
        qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    assert signal.args == [ids["Carla Smit"]]


def test_colour_by_status_changes_the_fill(qtbot, demo_context: AppContext, settings) -> None:
    tab = make_tab(qtbot, demo_context)
    ids = ids_by_name(demo_context)
    gijs, bert = ids["Gijs de Boer"], ids["Bert Jansen"]
    assert fill_of(tab, gijs) == colours.node_colour(colours.BY_DEGREE, 2).name()
    tab.colour_combo.setCurrentIndex(tab.colour_combo.findData(colours.BY_STATUS))
    assert fill_of(tab, gijs) == colours.node_colour(colours.BY_STATUS, "asked").name()
    assert fill_of(tab, bert) == QColor("#ffffff").name()  # no conversation yet
    assert "Asked (1)" in tab.legend.entries and "No conversation yet (8)" in tab.legend.entries
    assert settings.value("network/colour_by") == colours.BY_STATUS
    again = make_tab(qtbot, demo_context)
    assert again.colour_combo.currentData() == colours.BY_STATUS, "the choice is remembered"


def test_zoom_buttons_and_fit(qtbot, context: AppContext, network_of) -> None:
    network_of(context.database, 120)
    tab = make_tab(qtbot, context)
    start = tab.view.zoom()
    qtbot.mouseClick(tab.zoom_in_button, Qt.MouseButton.LeftButton)
    assert tab.view.zoom() > start
    qtbot.mouseClick(tab.zoom_out_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.zoom_out_button, Qt.MouseButton.LeftButton)
    assert tab.view.zoom() < start
    qtbot.mouseClick(tab.fit_button, Qt.MouseButton.LeftButton)
    visible = tab.view.mapToScene(tab.view.viewport().rect()).boundingRect()
    assert visible.adjusted(-2, -2, 2, 2).contains(tab.network.itemsBoundingRect())


def test_search_highlights_and_centres_a_person(qtbot, demo_context: AppContext) -> None:
    tab = make_tab(qtbot, demo_context)
    ids = ids_by_name(demo_context)
    tab.focus_search()
    qtbot.keyClicks(tab.search, "yilm")  # no accents typed
    assert tab.network.current == ids["Şükrü Yılmaz"]
    assert tab.match_label.text() == "1 of 1"
    visible = tab.view.mapToScene(tab.view.viewport().rect()).boundingRect()
    assert visible.contains(tab.network.node_items[ids["Şükrü Yılmaz"]].sceneBoundingRect())
    tab.search.clear()
    qtbot.keyClicks(tab.search, "utrecht")  # Gemeente Utrecht, Hogeschool Utrecht
    first = tab.network.current
    assert tab.match_label.text() == "1 of 2"
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert tab.match_label.text() == "2 of 2" and tab.network.current != first
    assert {first, tab.network.current} == {ids["Daan Bakker"], ids["Joost van Dijk"]}
    tab.search.setText("nobody like this")
    assert tab.match_label.text() == "No match"


def test_search_centres_someone_far_away(qtbot, context: AppContext, network_of) -> None:
    network_of(context.database, 300)
    tab = make_tab(qtbot, context)
    tab.search.setText("person 0299")
    centre = tab.view.mapToScene(tab.view.viewport().rect().center())
    box = tab.network.node_items[299].sceneBoundingRect()
    assert tab.network.current == 299
    assert box.top() <= centre.y() <= box.bottom(), "scrolled down to them"
    assert tab.view.mapToScene(tab.view.viewport().rect()).boundingRect().contains(box)


def test_refreshes_only_when_shown(qtbot, demo_context: AppContext) -> None:
    tab = make_tab(qtbot, demo_context)
    tab.hide()

    def add(session) -> None:
        create_contact(session, ContactInput(name="Mila Peeters", organisation="Zorgapp"))

    demo_context.write(add, changes=Change.CONTACTS, label="Add")
    assert node_count(tab) == 12, "hidden: not read again yet"
    tab.show()
    assert node_count(tab) == 13
    demo_context.write(
        lambda s: create_contact(s, ContactInput(name="Noah Kok")), changes=Change.CONTACTS
    )
    assert node_count(tab) == 14, "visible: read again at once"


def test_search_finds_someone_added_after_an_earlier_search(
    qtbot, demo_context: AppContext
) -> None:
    tab = make_tab(qtbot, demo_context)
    tab.search.setText("peeters")
    assert tab.match_label.text() == "No match"
    demo_context.write(
        lambda s: create_contact(s, ContactInput(name="Mila Peeters")), changes=Change.CONTACTS
    )
    tab.search.setText("mila peeters")
    assert tab.match_label.text() == "1 of 1"
    assert tab.network.current == ids_by_name(demo_context)["Mila Peeters"]


def test_an_empty_network_says_what_to_do(qtbot, context: AppContext) -> None:
    tab = make_tab(qtbot, context)
    assert node_count(tab) == 0
    assert tab.empty_label.isVisible() and "Contacts tab" in tab.empty_label.text()


def test_many_lone_contacts_are_one_box_until_asked(qtbot, context: AppContext, network_of) -> None:
    network_of(context.database, 40, lone=400)
    tab = make_tab(qtbot, context)
    assert SUMMARY_ID in tab.network.node_items
    assert node_count(tab) < 40 and tab.everyone_box.isVisible()
    tab.search.setText("Lone 00100")
    assert tab.match_label.text().startswith("Not drawn")
    click_node(qtbot, tab, SUMMARY_ID)
    assert tab.everyone_box.isChecked()
    assert node_count(tab) == 440 and SUMMARY_ID not in tab.network.node_items
    assert tab.match_label.text() == "1 of 1"


def text_rows(tab: NetworkTab, node_id: int, line: str = "name") -> list[int]:
    """The rows of pixels inside a box that hold the colour of its name (white for "You")
    or, with ``line="organisation"``, of its organisation."""
    item = tab.network.node_items.get(node_id) or tab.network.you_item
    image = QImage(item.boundingRect().size().toSize(), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.translate(-item.boundingRect().topLeft())
    item.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.end()
    pen = item.text.name_pen if line == "name" else item.text.org_pen
    text = pen.color().lightness()
    pixels = (
        (y, QColor.fromRgba(image.pixel(x, y)))
        for y in range(image.height())
        for x in range(image.width())
    )
    return sorted(
        {
            y
            for y, colour in pixels
            if colour.alpha() == 255
            and abs(colour.lightness() - text) <= 12
            and colour != item.brush().color()
        }
    )


def test_each_box_writes_its_name_and_organisation(qtbot, context: AppContext) -> None:
    def add(session: Session) -> None:
        create_contact(session, ContactInput(name="Ann Org", organisation="Philips"))
        create_contact(session, ContactInput(name="Bo Alone"))
        create_contact(session, ContactInput(name="Wilhelmina " * 6 + "End"))

    context.write(add, changes=Change.CONTACTS)
    tab = make_tab(qtbot, context)
    ids = ids_by_name(context)
    long_name = next(name for name in ids if name.endswith("End"))
    long_box = tab.network.node_items[ids[long_name]]
    assert long_box.name.endswith("…") and len(long_box.name) < len(long_name)
    assert long_name in tab.network.tooltip(ids[long_name])  # the whole name on hovering
    assert tab.network.node_items[ids["Ann Org"]].organisation == "Philips"
    # Two lines of text in a box with an organisation; one, in the middle, without.
    name, org = text_rows(tab, ids["Ann Org"]), text_rows(tab, ids["Ann Org"], "organisation")
    one = text_rows(tab, ids["Bo Alone"])
    height = tab.network.node_height
    assert name and org, "both lines drawn"
    assert min(name) < height / 3 and max(org) > height / 2
    assert sum(name) / len(name) < sum(org) / len(org), "the name above the organisation"
    assert height / 4 < min(one) and max(one) < 3 * height / 4
    assert text_rows(tab, YOU_ID), "white on blue in the box of You"


def test_the_tree_is_drawn_with_the_collector_paused(
    qtbot, demo_context: AppContext, monkeypatch
) -> None:
    # Tens of thousands of objects, none garbage: collecting while they are made cost
    # more the bigger the network (netplanner/garbage_collector.py).
    seen = []
    build = scene.NetworkScene.build
    monkeypatch.setattr(
        scene.NetworkScene, "build", lambda self, *a: seen.append(gc.isenabled()) or build(self, *a)
    )
    gc.enable()
    make_tab(qtbot, demo_context)
    assert seen == [False] and gc.isenabled()
