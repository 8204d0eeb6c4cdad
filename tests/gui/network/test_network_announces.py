"""The Network view says who is selected: a screen reader reads the name of the focused
view, and it changes (with Qt's NameChanged event) as the arrow keys move."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from netplanner.gui.context import AppContext
from tests.gui.network.test_network_tab import ids_by_name, make_tab


def _read_out(widget) -> tuple[str, str]:
    """What assistive technology gets from Qt for ``widget``: name and description."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return (
        interface.text(QAccessible.Text.Name),
        interface.text(QAccessible.Text.Description),
    )


def test_the_arrow_keys_announce_the_person_and_their_degree(
    qtbot, demo_context: AppContext
) -> None:
    tab = make_tab(qtbot, demo_context)
    ids = ids_by_name(demo_context)
    tab.view.setFocus()
    name, description = _read_out(tab.view)
    assert name == "Network of introductions"
    assert "Arrow keys" in description
    qtbot.keyClick(tab.view, Qt.Key.Key_Down)  # from "You" to the first person
    first = tab.network.current
    assert first is not None
    person = tab.network.nodes[first]
    name, _ = _read_out(tab.view)
    assert person.name in name and "1st degree" in name
    tab.show_contact(ids["Şükrü Yılmaz"])
    name, _ = _read_out(tab.view)
    assert "Şükrü Yılmaz" in name and "Toegankelijk.nu" in name and "3rd degree" in name
