"""What a dragged question carries: our own MIME types, with JSON inside.

Two kinds, so each list accepts exactly what makes sense there:

* ``QUESTION_MIME``: bank questions (id and text), dropped into the chosen list;
* ``CHOSEN_MIME``: rows of one chosen list, moved inside it or dragged back out to
  the bank list (which then removes them).
"""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData

from netplanner.core.conversations import QuestionChoice

QUESTION_MIME = "application/x-netplanner-question"
CHOSEN_MIME = "application/x-netplanner-chosen-question"


def question_mime(choices: list[QuestionChoice]) -> QMimeData:
    """Bank questions to drop into a chosen list; plain text too, for other programs."""
    data = QMimeData()
    payload = [{"id": c.source_question_id, "text": c.text} for c in choices]
    data.setData(QUESTION_MIME, json.dumps(payload).encode("utf-8"))
    data.setText("\n".join(c.text for c in choices))
    return data


def questions_from(data: QMimeData) -> list[QuestionChoice]:
    """The questions a ``QUESTION_MIME`` drag carries ([] for anything else or bad data)."""
    if not data.hasFormat(QUESTION_MIME):
        return []
    try:
        payload = json.loads(bytes(data.data(QUESTION_MIME).data()).decode("utf-8"))
        return [
            QuestionChoice(
                str(entry["text"]), entry["id"] if isinstance(entry["id"], int) else None
            )
            for entry in payload
        ]
    except (ValueError, KeyError, TypeError):
        return []


def chosen_mime(owner: str, rows: list[int]) -> QMimeData:
    """Rows of the chosen list named ``owner`` (a token unique to that list)."""
    data = QMimeData()
    data.setData(CHOSEN_MIME, json.dumps({"owner": owner, "rows": rows}).encode("utf-8"))
    return data


def chosen_rows_from(data: QMimeData) -> tuple[str, list[int]]:
    """(owner, rows) of a ``CHOSEN_MIME`` drag; ("", []) for anything else."""
    if not data.hasFormat(CHOSEN_MIME):
        return "", []
    try:
        payload = json.loads(bytes(data.data(CHOSEN_MIME).data()).decode("utf-8"))
        return str(payload["owner"]), [int(row) for row in payload["rows"]]
    except (ValueError, KeyError, TypeError):
        return "", []
