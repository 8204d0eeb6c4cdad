"""Errors the core raises; each message is written for the user to read."""

from __future__ import annotations

from netplanner.messages import QT_TRANSLATE_NOOP, Message


class NetPlannerError(Exception):
    """Base of errors whose message can be shown to the user as it is."""


#: One sentence per kind of thing, so each can be translated as a whole.
_NOT_FOUND = {
    "contact": QT_TRANSLATE_NOOP("Messages", "There is no contact with ID %1."),
    "conversation": QT_TRANSLATE_NOOP("Messages", "There is no conversation with ID %1."),
    "follow-up": QT_TRANSLATE_NOOP("Messages", "There is no follow-up with ID %1."),
    "goal": QT_TRANSLATE_NOOP("Messages", "There is no goal with ID %1."),
    "question bank": QT_TRANSLATE_NOOP("Messages", "There is no question bank with ID %1."),
    "question": QT_TRANSLATE_NOOP("Messages", "There is no question with ID %1."),
}


class NotFoundError(NetPlannerError):
    def __init__(self, what: str, item_id: int) -> None:
        template = _NOT_FOUND.get(what)
        super().__init__(
            Message(template, item_id)
            if template is not None
            else Message(QT_TRANSLATE_NOOP("Messages", "There is no %1 with ID %2."), what, item_id)
        )
        self.what = what
        self.item_id = item_id


class ValidationError(NetPlannerError):
    """Input that cannot be saved as it is."""


class IntroductionLoopError(ValidationError):
    """Saving would make a contact (indirectly) introduced by themselves."""


class DuplicateQuestionError(ValidationError):
    """The bank already holds the same question (ignoring case, accents and punctuation)."""


#: One sentence per kind of thing a form edits (see :func:`check_version`).
_CHANGED = {
    "contact": QT_TRANSLATE_NOOP(
        "Messages",
        "Someone else changed this contact since you opened it (another window, or your "
        "coach). Nothing was saved.",
    ),
    "conversation": QT_TRANSLATE_NOOP(
        "Messages",
        "Someone else changed this conversation since you opened it (another window, or your "
        "coach). Nothing was saved.",
    ),
    "goal": QT_TRANSLATE_NOOP(
        "Messages",
        "Someone else changed this goal since you opened it (another window, or your coach). "
        "Nothing was saved.",
    ),
    "question bank": QT_TRANSLATE_NOOP(
        "Messages",
        "Someone else changed this question bank since you opened it (another window, or "
        "your coach). Nothing was saved.",
    ),
    "question": QT_TRANSLATE_NOOP(
        "Messages",
        "Someone else changed this question since you opened it (another window, or your "
        "coach). Nothing was saved.",
    ),
    "follow-up": QT_TRANSLATE_NOOP(
        "Messages",
        "Someone else changed this follow-up since it was shown here (another window, or "
        "your coach). Nothing was saved.",
    ),
}


class ChangedElsewhereError(NetPlannerError):
    """A form's save found the row changed since the form loaded it: saving would
    overwrite someone else's change without either of them knowing. The window offers
    to reload the item (``gui/stale_form.py``); what the user typed is kept for them."""

    def __init__(self, what: str) -> None:
        super().__init__(Message(_CHANGED[what]))
        self.what = what


def check_version(row: object, what: str, loaded_version: int | None) -> None:
    """Refuse to save over a row whose version is no longer the one a form loaded
    (None: the caller loaded nothing to compare, e.g. the command line)."""
    if loaded_version is not None and getattr(row, "version", None) != loaded_version:
        raise ChangedElsewhereError(what)
