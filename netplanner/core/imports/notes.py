"""The notes an import writes into a contact, in the data language.

What a file holds that has no field of its own goes into the contact's notes, under a
label NetPlanner writes: "Department: Sales", "Role: Team lead", "Address (work):
Markt 3, Eindhoven". Those labels are text in the user's data, so they are written in
the data language (the one the import is planned in, see
:func:`netplanner.core.imports.plan.plan_import`), as "LinkedIn connection since …" is:
a Dutch user reads "Afdeling: Sales".

A reader cannot write them in that language itself: it does not know it, and the notes
are part of the key that recognises a row without an e-mail address or UID when the
file is imported again (:func:`netplanner.core.imports.plan.row_uid`). So the reader
gives :class:`ImportNotes` (:func:`import_notes`): as a ``str``, the English text (what
readers wrote before, so rows imported before are still recognised, in either
language); rendered in the data language only where the contact's values are made
(:func:`netplanner.core.imports.values.unchecked_values`).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from netplanner.catalogue import message_in, translated
from netplanner.core.contact_fields import kind_of_label
from netplanner.messages import QT_TRANSLATE_NOOP, Message, fill


def import_notes(lines: Iterable[str]) -> str:
    """The notes of ``lines`` (empty ones left out): :class:`ImportNotes` when NetPlanner
    labelled any of them, else the plain text (most rows of most files)."""
    kept = [line for line in lines if line]
    for line in kept:
        if isinstance(line, Message):
            return ImportNotes(kept)
    return "\n".join(kept)


class ImportNotes(str):
    """Lines for a contact's notes, given as the file's own texts and NetPlanner's labelled
    lines (:class:`Message` s). The ``str`` is the English text, the lines joined."""

    #: Each line: the file's text, or a labelled line's template and arguments (kept as
    #: tuples, not Messages: objects the garbage collector need not visit, one file can
    #: give tens of thousands).
    lines: tuple[str | tuple[str, tuple[str, ...]], ...]

    def __new__(cls, lines: Iterable[str]) -> ImportNotes:
        kept = [line for line in lines if line]
        notes = super().__new__(cls, "\n".join(kept))
        notes.lines = tuple(
            [
                (line.template, line.arguments) if isinstance(line, Message) else line
                for line in kept
            ]
        )
        return notes

    def __reduce__(self) -> tuple[type[ImportNotes], tuple[list[str]]]:
        # A str subclass is otherwise copied from its text: the lines would be characters.
        return ImportNotes, (
            [line if isinstance(line, str) else Message(line[0], *line[1]) for line in self.lines],
        )

    def in_language(self, language: str) -> str:
        """The notes with NetPlanner's labels in ``language`` ("en", "nl")."""
        if language == "en":
            return str(self)
        return "\n".join(
            line
            if isinstance(line, str)
            else fill(
                translated(language, line[0]),
                *(message_in(language, argument) for argument in line[1]),
            )
            for line in self.lines
        )


def notes_in(notes: str, language: str) -> str:
    """``notes`` in ``language`` when an import made them (:class:`ImportNotes`); other
    text as it is."""
    return notes.in_language(language) if isinstance(notes, ImportNotes) else notes


def department(unit: str) -> Message:
    """A unit of the organisation ("Sales"), which has no field of its own."""
    return _line(f"Department: {unit}", QT_TRANSLATE_NOOP("Messages", "Department: %1"), unit)


def other_role(role: str) -> Message:
    """A vCard's ROLE beside its TITLE (the TITLE is the contact's role)."""
    return _line(f"Role: {role}", QT_TRANSLATE_NOOP("Messages", "Role: %1"), role)


def other_address(text: str, label: str = "", number: int | None = None) -> Message:
    """An address after the first (the first fills the contact's address fields): by its
    label ("Address (work): …"), else its number in the file, else none. A label that
    names a kind NetPlanner knows ("work", Google's "Home") is said in the data language;
    the source's own ("Holiday home") stays as the file has it."""
    if label:
        kind = _kind(label)
        template = QT_TRANSLATE_NOOP("Messages", "Address (%1): %2")
        return _line(f"Address ({kind}): {text}", template, kind, text)
    if number is not None:
        template = QT_TRANSLATE_NOOP("Messages", "Address %1: %2")
        return _line(f"Address {number}: {text}", template, str(number), text)
    return _line(f"Address: {text}", QT_TRANSLATE_NOOP("Messages", "Address: %1"), text)


def _line(english: str, template: str, *arguments: str) -> Message:
    """``Message(template, *arguments)``, its English given (``english`` is what the
    template says with the arguments filled in): a reader makes one or two per row of
    files with tens of thousands of rows, and a Message took 1.9 µs, filling the
    template with a regular expression (0.3 µs this way)."""
    line = str.__new__(Message, english)
    line.template, line.arguments = template, arguments
    return line


@lru_cache(maxsize=256)
def _kind(label: str) -> str:
    kind = kind_of_label(label)
    if kind not in _KIND_NAMES:
        return label
    if kind == label:
        return Message(_KIND_NAMES[kind])
    return _FileWord(label, _KIND_NAMES[kind])


class _FileWord(Message):
    """A label the file words itself ("Home", "Thuis") for a kind NetPlanner knows: in
    English the file's word, as readers wrote it before (it is part of the row key, see
    the module notes); in another language the kind's name ("thuis")."""

    def __new__(cls, word: str, kind: str) -> _FileWord:
        made = str.__new__(cls, word)
        made.template, made.arguments = kind, ()
        return made

    def __reduce__(self) -> tuple[type[_FileWord], tuple[str, str]]:
        return _FileWord, (str(self), self.template)


#: The kinds an address can be labelled with (``contact_fields.KINDS``), as notes say them.
_KIND_NAMES = {
    "work": QT_TRANSLATE_NOOP("Messages", "work"),
    "home": QT_TRANSLATE_NOOP("Messages", "home"),
    "mobile": QT_TRANSLATE_NOOP("Messages", "mobile"),
    "other": QT_TRANSLATE_NOOP("Messages", "other"),
    "fax": QT_TRANSLATE_NOOP("Messages", "fax"),
    "pager": QT_TRANSLATE_NOOP("Messages", "pager"),
    "main": QT_TRANSLATE_NOOP("Messages", "main"),
    "school": QT_TRANSLATE_NOOP("Messages", "school"),
}
