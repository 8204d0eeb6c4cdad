"""The Conversations tab on a small screen: the question lists get the room.

On a 1366 × 768 laptop (and on 1920 × 1080 at 150 % scaling, 1280 × 720 logical pixels)
the planning fields fold away, so the bank list shows at least ``ROWS`` whole rows and
the chosen list at least ``CHOSEN_ROWS`` (each of its rows keeps a line for the answer)
inside the window, without scrolling the form. On main before this both were 0: the
lists started below the bottom of the form.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QListWidget

from netplanner.core.conversations import QuestionChoice
from netplanner.gui import window_size
from netplanner.gui.main_window import MainWindow

ROWS = 8
CHOSEN_ROWS = 4
TASK_BAR = 48


def visible_rows(view: QListWidget) -> int:
    """Rows shown whole on screen: inside the list and not clipped by the form's scroll area."""
    region = view.viewport().visibleRegion()
    count = 0
    for row in range(view.count()):
        rect = view.visualItemRect(view.item(row))
        if rect.height() > 0 and region.boundingRect().contains(rect):
            count += 1
    return count


def _window(qtbot, context, monkeypatch, available: QRect) -> MainWindow:
    monkeypatch.setattr(window_size, "_available", lambda _window: available)
    window = MainWindow(context, start_tab=2)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize(
    "available",
    [
        QRect(0, 0, 1366, 768 - TASK_BAR),
        QRect(0, 0, 1366, 768),  # no task bar (the walk under openbox)
        QRect(0, 0, 1280, 720 - TASK_BAR),
    ],
    ids=["1366x768", "1366x768-no-task-bar", "1920x1080-at-150%"],
)
def test_the_question_lists_get_the_room_on_a_small_screen(
    qtbot, demo_context, monkeypatch, available: QRect
) -> None:
    window = _window(qtbot, demo_context, monkeypatch, available)
    tab = window.conversations_tab
    picker = tab.form.picker
    bank = picker._current_bank_questions()
    picker.set_choices([QuestionChoice(text, qid) for qid, _category, text in bank[:20]])
    qtbot.wait(50)
    assert visible_rows(picker.bank_list) >= ROWS, visible_rows(picker.bank_list)
    assert visible_rows(picker.chosen_list) >= CHOSEN_ROWS, visible_rows(picker.chosen_list)


def test_the_plan_folds_with_a_button_and_stays_as_chosen(qtbot, demo_context, monkeypatch) -> None:
    window = _window(qtbot, demo_context, monkeypatch, QRect(0, 0, 1366, 768 - TASK_BAR))
    form = window.conversations_tab.form
    section = form.plan_section
    assert section.folded, "a short window folds the plan by itself"
    assert not form.kind_combo.isVisible() and section.summary.isVisible()
    assert form.place_edit.text() in section.summary.toolTip(), "the summary tells the plan"
    assert form.contact_combo.isVisible(), "the contact stays in view"
    section.toggle.setFocus()
    qtbot.keyClick(section.toggle, Qt.Key.Key_Space)
    assert not section.folded and form.kind_combo.isVisible()
    window.close()
    again = _window(qtbot, demo_context, monkeypatch, QRect(0, 0, 1366, 768 - TASK_BAR))
    assert not again.conversations_tab.form.plan_section.folded, "the choice is remembered"


def test_an_alt_letter_of_a_folded_field_unfolds_the_plan(qtbot, demo_context, monkeypatch) -> None:
    window = _window(qtbot, demo_context, monkeypatch, QRect(0, 0, 1366, 768 - TASK_BAR))
    form = window.conversations_tab.form
    assert form.plan_section.folded
    window.activateWindow()
    qtbot.waitActive(window)
    form.contact_combo.setFocus()
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert not form.plan_section.folded
    qtbot.waitUntil(lambda: form.place_edit.hasFocus())
