"""Fill colours of the nodes: by degree or by the latest conversation's status.

Light fills with dark text, so names stay readable in a light and a dark theme;
the legend shows the same colours with what they mean.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from netplanner.core.enums import ConversationStatus
from netplanner.gui.contacts.texts import degree_label
from netplanner.gui.labels import status_label
from netplanner.messages import fill

BY_DEGREE = "degree"
BY_STATUS = "status"

#: Degrees from this one up share a colour ("5th degree and further").
LAST_DEGREE = 5
_DEGREE_COLOURS = {1: "#bcd7fb", 2: "#c7ebc4", 3: "#fde0ae", 4: "#f7c9e2", 5: "#ddd3f7"}
_STATUS_COLOURS = {
    None: "#ffffff",
    ConversationStatus.IDEA.value: "#fff1b3",
    ConversationStatus.ASKED.value: "#fdd5a5",
    ConversationStatus.SCHEDULED.value: "#bcd7fb",
    ConversationStatus.HELD.value: "#c7ebc4",
    ConversationStatus.THANKED.value: "#9fd9d2",
    ConversationStatus.CLOSED.value: "#d6d6d6",
    ConversationStatus.CANCELLED.value: "#f4c2c2",
}
YOU_FILL = QColor("#2f5d8a")
YOU_TEXT = QColor("#ffffff")
TEXT = QColor("#1c1c1c")
MUTED_TEXT = QColor("#4a4a4a")
OUTLINE = QColor("#7f8a96")
EDGE = QColor("#9aa5b1")
MATCH = QColor("#e07b00")
CURRENT = QColor("#123d6a")


def colour_key(mode: str, degree: int, status: str | None) -> object:
    """What decides a node's colour in ``mode``: a degree (capped) or a status."""
    if mode == BY_STATUS:
        return status if status in _STATUS_COLOURS else None
    return min(max(degree, 1), LAST_DEGREE)


def node_colour(mode: str, key: object) -> QColor:
    table: dict = _STATUS_COLOURS if mode == BY_STATUS else _DEGREE_COLOURS
    return QColor(table.get(key, "#ececec"))


def legend(mode: str, counts: dict[object, int]) -> list[tuple[QColor, str, int]]:
    """(colour, label, count) for the keys ``mode`` knows, in their natural order."""
    labels: dict[object, str]
    if mode == BY_STATUS:
        statuses: list[str | None] = [s.value for s in ConversationStatus] + [None]
        labels = {
            key: status_label(key)
            if key
            else QCoreApplication.translate("NetworkColours", "No conversation yet")
            for key in statuses
        }
    else:
        degrees = list(range(1, LAST_DEGREE + 1))
        labels = {key: degree_label(key) for key in degrees}
        labels[LAST_DEGREE] = fill(
            QCoreApplication.translate("NetworkColours", "%1 and further"),
            degree_label(LAST_DEGREE),
        )
    return [(node_colour(mode, key), label, counts.get(key, 0)) for key, label in labels.items()]
