"""The opening line of an informational conversation: who you are, who sent you, what you
want to learn; never an ask for introductions (those come at the end)."""

from __future__ import annotations

from types import SimpleNamespace

from netplanner.core.checks.ask.composer import compose_opening_line


def goal(role: str = "", specialism: str = "", language: str = "en") -> SimpleNamespace:
    return SimpleNamespace(target_role=role, specialism=specialism, language=language)


def test_english_names_the_introducer_and_the_work() -> None:
    line = compose_opening_line(
        goal("UX researcher", "healthcare apps"), "Şükrü Yılmaz", "Carla Smit"
    )
    assert line == (
        "Hi Şükrü, Carla Smit suggested I talk to you. I'm exploring work as a UX researcher "
        "in healthcare apps and would love to hear what your work involves and how you got there."
    )
    assert "think along" not in line and "who else" not in line.lower()


def test_dutch_and_without_an_introducer() -> None:
    line = compose_opening_line(goal("webredacteur", "online bestellen", "nl"), "Piet Jansen")
    assert line == (
        "Hoi Piet, ik oriënteer me op werk als webredacteur in online bestellen en hoor graag "
        "wat jouw werk inhoudt en hoe je daar kwam."
    )
    assert "raadde me aan" not in line and "meedenken" not in line


def test_only_a_specialism_and_nothing_at_all() -> None:
    assert "I'm exploring work in accessibility" in compose_opening_line(
        goal(specialism="accessibility")
    )
    assert compose_opening_line(goal()) == ""
