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
