"""What the walk through the whole loop at 1366 × 768 showed (issue 21), fixed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from netplanner.gui import translation
from netplanner.gui.conversations.form import ConversationForm
from netplanner.gui.locale_choice import apply_locale


@pytest.fixture
def dutch(qapp) -> Iterator[None]:
    translation.install_translators(translation.DUTCH)
    apply_locale(translation.DUTCH)
    yield
    translation.install_translators(translation.ENGLISH)
    apply_locale()


def test_the_dutch_answer_hint_says_select_not_choose(qtbot, context, dutch) -> None:
    """ "Kies een gekozen vraag" read as "choose a chosen question" (glossary: select =
    selecteren)."""
    form = ConversationForm(context)
    qtbot.addWidget(form)
    hint = form.picker.answer_edit.placeholderText()
    assert hint.startswith("Selecteer een gekozen vraag"), hint


def test_the_unfolded_plan_keeps_its_button_on_the_left(qtbot, context) -> None:
    """Unfolded (no summary beside it) the button sat in the middle of the form."""
    form = ConversationForm(context)
    qtbot.addWidget(form)
    form.resize(700, 1000)
    form.show()
    form.plan_section.set_folded(False)
    qtbot.wait(10)
    section = form.plan_section
    assert section.toggle.x() < section.width() // 4, (section.toggle.x(), section.width())
