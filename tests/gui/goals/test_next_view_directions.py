"""*Who to ask next* with names in Arabic and Hebrew: every line reads in the window's
direction, the number first, whatever the script of the name (looked at as painted)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter

from netplanner.core.contact_data import ContactInput
from netplanner.core.contacts import create_contact
from netplanner.core.goals import GoalInput, create_goal
from netplanner.gui.context import AppContext
from netplanner.gui.goals.tab import GoalsTab
from tests.gui.goals.test_next_view import INFORMATIONAL, click, click_row, names
from tests.gui.probes import ink_columns, ink_span, seen

ARABIC = "أحمد الهاشمي"
HEBREW = "שרה כהן"
LATIN = "Lotte de Wit"
PADDING = 6  # the delegate's, around each row


def goals_tab(qtbot, context: AppContext, database, direction: Qt.LayoutDirection) -> GoalsTab:
    with database.transaction() as session:
        create_goal(session, GoalInput(target_role="UX researcher", region="Utrecht"))
        create_contact(
            session,
            ContactInput(ARABIC, role="UX researcher", organisation="مستشفى", region="Utrecht"),
        )
        create_contact(session, ContactInput(HEBREW, role="חוקרת UX", region="Utrecht"))
        create_contact(session, ContactInput(LATIN, role="UX researcher", region="Utrecht"))
    tab = GoalsTab(context)
    tab.setLayoutDirection(direction)
    qtbot.addWidget(tab)
    tab.resize(1100, 720)
    tab.show()
    bar = tab.pages.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    work = tab.next_view.views[INFORMATIONAL]
    qtbot.waitUntil(lambda: len(names(work)) == 3, timeout=3000)
    return tab


def line_columns(font: QFont, text: str, direction: Qt.LayoutDirection) -> list[int]:
    """The ink of ``text`` painted by Qt as a line forced into ``direction``, from the
    line's start (the left, or the right for right-to-left)."""
    metrics = QFontMetrics(font)
    width = metrics.horizontalAdvance(text) + 20
    image = QImage(width, metrics.lineSpacing() + 2, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    rtl = direction == Qt.LayoutDirection.RightToLeft
    flags = (
        (Qt.TextFlag.TextForceRightToLeft | Qt.AlignmentFlag.AlignRight)
        if rtl
        else (Qt.TextFlag.TextForceLeftToRight | Qt.AlignmentFlag.AlignLeft)
    )
    painter.drawText(
        QRect(0, 0, width, image.height()), int(flags | Qt.AlignmentFlag.AlignAbsolute), text
    )
    painter.end()
    columns = [count for count in ink_columns(image) if count]
    return columns[::-1] if rtl else columns


@pytest.mark.parametrize(
    "direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]
)
def test_each_row_reads_in_the_windows_direction_whatever_the_script_of_the_name(
    qtbot, context: AppContext, database, direction
) -> None:
    tab = goals_tab(qtbot, context, database, direction)
    work = tab.next_view.views[INFORMATIONAL]
    model = work.model()
    bold = QFont(work.font())
    bold.setBold(True)
    line_height = QFontMetrics(bold).lineSpacing() + 2  # the reasons start under it
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        text = index.data()
        rect = work.visualRect(index)
        line = work.viewport().grab(
            QRect(rect.left(), rect.top() + PADDING, rect.width(), line_height)
        )
        painted = [count for count in ink_columns(line.toImage()) if count]
        if direction == Qt.LayoutDirection.RightToLeft:
            painted.reverse()  # from the row's start: its right end
        expected = line_columns(bold, text, direction)
        # Equal but for anti-aliasing where a glyph lands on a fraction of a pixel.
        differences = sum(abs(a - b) for a, b in zip(painted, expected, strict=False))
        assert differences <= 0.03 * sum(expected), f"{seen(text)!r} reads as one line"


def test_lines_naming_an_arabic_or_hebrew_person_start_at_the_windows_edge(
    qtbot, context: AppContext, database
) -> None:
    tab = goals_tab(qtbot, context, database, Qt.LayoutDirection.LeftToRight)
    view = tab.next_view
    work = view.views[INFORMATIONAL]
    for name in (ARABIC, HEBREW):
        click_row(qtbot, work, name)
        assert seen(view.why_label.text()).startswith(f"Why {name}:")
        left, _right = ink_span(view.why_label)
        assert left < 12, f"'Why {name}: …' starts at the left, not pushed to the right"
    click_row(qtbot, work, ARABIC)
    click(qtbot, view.not_now_button)
    qtbot.waitUntil(lambda: ARABIC not in names(work), timeout=3000)
    assert seen(view.status_label.text()).startswith(ARABIC)
    left, right = ink_span(view.status_label)
    assert left < 12 and right < view.status_label.width() - 40, "read from the left"
    click(qtbot, view.show_again_button)
    qtbot.waitUntil(lambda: ARABIC in names(work), timeout=3000)
    assert seen(view.status_label.text()) == f"{ARABIC} is suggested again."
    assert ink_span(view.status_label)[0] < 12
