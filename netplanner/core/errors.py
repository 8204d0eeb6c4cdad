"""Errors the core raises; each message is written for the user to read."""

from __future__ import annotations


class NetPlannerError(Exception):
    """Base of errors whose message can be shown to the user as it is."""


class NotFoundError(NetPlannerError):
    def __init__(self, what: str, item_id: int) -> None:
        super().__init__(f"There is no {what} with ID {item_id}.")
        self.what = what
        self.item_id = item_id


class ValidationError(NetPlannerError):
    """Input that cannot be saved as it is."""


class IntroductionLoopError(ValidationError):
    """Saving would make a contact (indirectly) introduced by themselves."""


class DuplicateQuestionError(ValidationError):
    """The bank already holds the same question (ignoring case, accents and punctuation)."""
