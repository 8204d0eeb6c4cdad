"""The command line's words in the user's language: the one chosen in the window, else
the system's (``LANG``); see :mod:`netplanner.language`.

The command line's own texts are marked ``QT_TRANSLATE_NOOP("Cli", …)`` (so ``lupdate``
puts them in ``resources/translations`` beside the window's) and said with :func:`say`;
the messages of the core, storage and file code (:class:`netplanner.messages.Message`)
with :func:`text`. Both read the compiled Dutch catalogue without Qt
(:mod:`netplanner.catalogue`). Texts the command writes into the data (what an import
notes about how you know someone, the example network, a calendar's titles) follow the
same :func:`language`.

``--help`` and argparse's own errors stay English: argparse words them itself, and a
help page is a reference that a search for its English words should find.
"""

from __future__ import annotations

from datetime import date, datetime

from netplanner.messages import CONTEXT, Message, fill

#: The translation context of the command line's own texts.
CLI = "Cli"

_chosen: str | None = None


def use_language(language: str | None) -> None:
    """Speak ``language`` from now on (``main`` sets it once per run); None: ask again."""
    global _chosen
    _chosen = language


def language() -> str:
    """ "en" or "nl": the language the command speaks and writes."""
    if _chosen is not None:
        return _chosen
    from netplanner.language import chosen_language

    return chosen_language()


def _translated(context: str, source: str) -> str:
    current = language()
    if current == "en":
        return source
    from netplanner.catalogue import translate

    return translate(current, context, source)


def say(template: str, *args: object) -> str:
    """``template`` (marked ``QT_TRANSLATE_NOOP("Cli", …)``) in the user's language, its
    places %1, %2… filled with ``args`` (messages among them translated too)."""
    return fill(_translated(CLI, template), *(text(arg) for arg in args))


def say_count(count: int, one: str, more: str, *args: object) -> str:
    """:func:`say` of ``one`` when ``count`` is 1, else of ``more``; %1 is the count."""
    return say(one if count == 1 else more, count, *args)


def text(message: object) -> str:
    """A message in the user's language: a :class:`Message` (or an error carrying one)
    translated, its arguments too; anything else as it is."""
    if isinstance(message, BaseException):
        found = next((part for part in message.args if isinstance(part, Message)), None)
        return text(found) if found is not None else str(message)
    if isinstance(message, Message):
        translated = _translated(CONTEXT, message.template)
        return fill(translated, *(text(argument) for argument in message.arguments))
    return str(message)


# -- dates, as the window writes them in the same language ---------------------------------------
_DAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
}
_MONTHS = {
    "en": (
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    ),
    "nl": (
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
        "september", "oktober", "november", "december",
    ),
}  # fmt: skip
#: Dutch month abbreviations where they are not the first three letters ("mrt").
_SHORT_MONTHS = {3: "mrt"}


def long_date(day: date) -> str:
    """ "Tuesday 12 May 2026", "dinsdag 12 mei 2026"."""
    names = language() if language() in _DAYS else "en"
    return f"{_DAYS[names][day.weekday()]} {day.day} {_MONTHS[names][day.month - 1]} {day.year}"


def short_when(moment: datetime) -> str:
    """ "Tue 12 May 14:00", "di 12 mei 14:00": a day of the coming weeks and its time."""
    names = language() if language() in _DAYS else "en"
    day = _DAYS[names][moment.weekday()][: 3 if names == "en" else 2]  # "Tue", "di"
    month = _MONTHS[names][moment.month - 1][:3]
    if names == "nl":
        month = _SHORT_MONTHS.get(moment.month, month)
    return f"{day} {moment.day:02d} {month} {moment:%H:%M}"
