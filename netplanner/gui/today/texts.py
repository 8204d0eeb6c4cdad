"""What the Today view says about an item: its wording, why it is there, and when."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QColor, QPalette

from netplanner.core.followups.routines import FollowUpKind
from netplanner.core.followups.today import ItemSource, TodayItem, TodayOverview
from netplanner.gui.bidi import isolated
from netplanner.gui.conversations.table_model import local_date_time
from netplanner.gui.labels import kind_label
from netplanner.gui.plural import counted
from netplanner.messages import fill


def item_what(item: TodayItem) -> str:
    """The action, without the person (who has a column of their own)."""
    if item.source == ItemSource.CONVERSATION:
        return kind_label(item.kind)
    if item.source == ItemSource.APPROACH:
        if not item.via_name:
            return QCoreApplication.translate("TodayTexts", "Approach")
        return fill(
            QCoreApplication.translate("TodayTexts", "Approach (via %1)"), isolated(item.via_name)
        )
    return {
        FollowUpKind.THANK_YOU.value: QCoreApplication.translate("TodayTexts", "Send a thank-you"),
        FollowUpKind.NUDGE.value: QCoreApplication.translate(
            "TodayTexts", "No reply yet: ask a second person to think along"
        ),
        FollowUpKind.FOLLOW_UP.value: QCoreApplication.translate(
            "TodayTexts", "Still no reply: follow up once"
        ),
        FollowUpKind.STAY_IN_TOUCH.value: QCoreApplication.translate(
            "TodayTexts", "Get back in touch"
        ),
    }.get(item.kind, item.what)


def item_why(item: TodayItem) -> str:
    """A tooltip: which routine suggested this, in a sentence."""
    if item.source == ItemSource.CONVERSATION:
        return QCoreApplication.translate(
            "TodayTexts", "Open the conversation to prepare it or print its prep sheet."
        )
    if item.source == ItemSource.APPROACH:
        return QCoreApplication.translate(
            "TodayTexts",
            "Someone gave you this name in a conversation. Get in touch soon, say who "
            "gave you their name, and ask for a conversation.",
        )
    text = {
        FollowUpKind.THANK_YOU.value: QCoreApplication.translate(
            "TodayTexts",
            "Thank people the day after talking with them: a short message saying what "
            "you took away. It also keeps the door open.",
        ),
        FollowUpKind.NUDGE.value: QCoreApplication.translate(
            "TodayTexts",
            "3B7 routine: 3 working days without a reply? Do not wait on one person: "
            "ask someone else to think along too.",
        ),
        FollowUpKind.FOLLOW_UP.value: QCoreApplication.translate(
            "TodayTexts",
            "3B7 routine: 7 working days without a reply? Follow up once, kindly; then let it go.",
        ),
        FollowUpKind.STAY_IN_TOUCH.value: QCoreApplication.translate(
            "TodayTexts",
            "This person helped you. Let them know how it is going: people like to hear "
            "what came of their help.",
        ),
    }.get(item.kind, "")
    if item.source == ItemSource.SUGGESTION and text:
        text += " " + QCoreApplication.translate(
            "TodayTexts", "(Suggested by NetPlanner; switch routines off on the right.)"
        )
    return text


def when_text(when: datetime | None, now: datetime, *, with_time: bool) -> str:
    """'Today', 'Tomorrow 10:00', 'Yesterday', 'Tue 17 Nov', with the year if not this one."""
    if when is None:
        return QCoreApplication.translate("TodayTexts", "no date")
    locale = QLocale()
    shown = local_date_time(when)
    day = when.astimezone(now.tzinfo).date()
    days = (day - now.date()).days
    time_text = locale.toString(shown.time(), QLocale.FormatType.ShortFormat)
    if days == 0:
        return time_text if with_time else QCoreApplication.translate("TodayTexts", "Today")
    if days in (-1, 1):
        word = (
            QCoreApplication.translate("TodayTexts", "Yesterday")
            if days == -1
            else QCoreApplication.translate("TodayTexts", "Tomorrow")
        )
        return f"{word} {time_text}" if with_time else word
    pattern = "ddd d MMM" if day.year == now.year else "ddd d MMM yyyy"
    text = locale.toString(shown.date(), pattern)
    return f"{text} {time_text}" if with_time else text


def warning_color(palette: QPalette) -> QColor:
    """A red that reads well on the window's background, light or dark."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor("#ff8a80") if dark else QColor("#b3261e")


def summary_text(overview: TodayOverview) -> str:
    """'2 names to approach · 3 overdue · 1 for today · 2 this week · 1 thank-you to send'."""
    parts = []
    if overview.to_approach:
        one, many = (
            QCoreApplication.translate("TodayTexts", "%n name to approach"),
            QCoreApplication.translate("TodayTexts", "%n names to approach"),
        )
        parts.append(counted(len(overview.to_approach), one, many))
    if overview.overdue:
        parts.append(
            counted(
                len(overview.overdue),
                QCoreApplication.translate("TodayTexts", "%n overdue"),
                QCoreApplication.translate("TodayTexts", "%n overdue"),
            )
        )
    parts.append(
        counted(
            len(overview.today),
            QCoreApplication.translate("TodayTexts", "%n for today"),
            QCoreApplication.translate("TodayTexts", "%n for today"),
        )
    )
    parts.append(
        counted(
            len(overview.this_week),
            QCoreApplication.translate("TodayTexts", "%n this week"),
            QCoreApplication.translate("TodayTexts", "%n this week"),
        )
    )
    if overview.thank_yous:
        one, many = (
            QCoreApplication.translate("TodayTexts", "%n thank-you to send"),
            QCoreApplication.translate("TodayTexts", "%n thank-yous to send"),
        )
        parts.append(counted(len(overview.thank_yous), one, many))
    return " · ".join(parts)
