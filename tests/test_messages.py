"""Messages for the user: English text for the command line, template for the window."""

from __future__ import annotations

import pytest

from netplanner.core.contact_data import ContactInput
from netplanner.core.contacts import check_introduction, create_contact
from netplanner.core.errors import IntroductionLoopError
from netplanner.messages import Message, fill


def test_a_message_reads_as_its_english_text_and_keeps_template_and_arguments() -> None:
    message = Message("%1 was introduced by %2, so %2 cannot be introduced by %1.", "Ann", "Bo")
    assert message == "Ann was introduced by Bo, so Bo cannot be introduced by Ann."
    assert message.template.startswith("%1 was introduced")
    assert message.arguments == ("Ann", "Bo")


def test_filling_is_one_pass_and_knows_ten_from_one() -> None:
    assert fill("%1 and %10", *"abcdefghij") == "a and j"
    assert fill("%1 likes %2", "100%2 sure", "tea") == "100%2 sure likes tea"
    assert fill("%3 stays", "a") == "%3 stays"


def test_a_loop_refusal_carries_the_names_for_translation(database) -> None:
    with database.transaction() as session:
        anna = create_contact(session, ContactInput(name="Anna de Vries"))
        bert = create_contact(session, ContactInput(name="Bert Jansen", introduced_by_id=anna.id))
        with pytest.raises(IntroductionLoopError) as raised:
            check_introduction(session, anna.id, bert.id)
    (message,) = raised.value.args
    assert isinstance(message, Message)
    assert message.arguments == ("Bert Jansen", "Anna de Vries")
    assert str(raised.value) == (
        "Bert Jansen was introduced (directly or via others) by Anna de Vries, "
        "so Anna de Vries cannot also be introduced by Bert Jansen."
    )
