"""Which kind of conversation a question bank is made for.

The built-in banks come in pairs per language: one for an informational conversation
(the work from the inside) and one for asking someone to think along (names,
organisations, routes). A conversation offers the bank of its own kind first. A bank
the user made has no kind; a built-in bank shared and imported elsewhere keeps its key
as its share key, so it keeps its kind too.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from netplanner.core.enums import ConversationKind
from netplanner.core.models import QuestionBank

#: The built-in banks' keys (``resources/banks/*.json``) and the kind each is for.
BUILTIN_BANK_KINDS: dict[str, str] = {
    "en-informational": ConversationKind.INFORMATIONAL.value,
    "nl-informatiegesprek": ConversationKind.INFORMATIONAL.value,
    "en-think-along": ConversationKind.THINK_ALONG.value,
    "nl-meedenken": ConversationKind.THINK_ALONG.value,
}


def bank_kinds(session: Session) -> dict[int, str]:
    """Bank id -> the kind of conversation it is for, for the banks that have one."""
    statement = select(QuestionBank.id, QuestionBank.builtin_key, QuestionBank.share_key)
    kinds: dict[int, str] = {}
    for bank_id, builtin_key, share_key in session.execute(statement):
        kind = BUILTIN_BANK_KINDS.get(builtin_key or "") or BUILTIN_BANK_KINDS.get(share_key or "")
        if kind is not None:
            kinds[bank_id] = kind
    return kinds
