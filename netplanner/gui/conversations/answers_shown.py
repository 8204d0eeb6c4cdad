"""The Conversations form kept up with what was said in a conversation.

Conversation mode writes an answer half a second after each pause in typing, announced
as ``Change.ANSWERS``: the list of conversations does not show answers and is not read
again (with thousands of conversations that made typing stutter), only the form, and
only when the conversation it shows is not stored as it shows it. A form showing
another conversation keeps its place; one with unsaved edits keeps them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from netplanner.core.conversations import QuestionChoice, get_conversation
from netplanner.core.errors import NotFoundError
from netplanner.gui.context import AppContext

if TYPE_CHECKING:
    from netplanner.gui.conversations.form import ConversationForm


def show_stored_answers(context: AppContext, form: ConversationForm) -> None:
    """Load the form's conversation again if its answers, questions or notes changed."""
    shown = form.conversation_id
    if shown is None or form.is_dirty:
        return
    try:
        conversation = context.read(lambda s: get_conversation(s, shown))
    except NotFoundError:
        return  # deleted: that write announced the conversations, which clears the form
    stored = [
        QuestionChoice(q.text, q.source_question_id, q.answer) for q in conversation.questions
    ]
    # The notes are a column of the conversation: writing them counts up its version.
    if conversation.version != form.loaded_version or stored != form.question_choices():
        form.load(conversation)
