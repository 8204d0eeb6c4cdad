"""The parts of a contact that come in many shapes: kinds of addresses and numbers,
birthdays, names made of parts, and addresses and numbers written as URIs.

Shared by the contact form, the importers and the exporters, so a birthday typed as
"22-03-1980" and one read from a vCard as "19800322" are stored alike.
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple
from urllib.parse import unquote

from netplanner.core.errors import ValidationError
from netplanner.messages import QT_TRANSLATE_NOOP, Message

#: The kinds of an e-mail address, phone number or website NetPlanner knows by name
#: (stored as these keys; the window shows them translated). Any other label a source
#: gives ("Assistant", "Grand Central") is kept as it is.
KINDS = ("work", "home", "mobile", "other", "fax", "pager", "main", "school")
#: vCard TYPE values and CSV labels that mean one of ``KINDS``.
_KIND_WORDS = {
    "work": "work", "business": "work", "office": "work", "werk": "work", "zakelijk": "work",
    "home": "home", "personal": "home", "private": "home", "privé": "home", "prive": "home",
    "thuis": "home", "cell": "mobile", "cellular": "mobile", "mobile": "mobile",
    "mobiel": "mobile", "iphone": "mobile", "other": "other", "overig": "other",
    "anders": "other", "fax": "fax", "pager": "pager", "main": "main", "school": "school",
}  # fmt: skip
#: TYPE values that say nothing about the kind.
_NO_KIND = frozenset({"internet", "pref", "voice", "x400", "text", "msg", "video", "uri"})


class Detail(NamedTuple):
    """One more e-mail address, phone number or website (see ``models.ContactDetail``)."""

    kind: str  # "email", "phone" or "website"
    label: str  # "work", "home", "mobile", …, or the source's own label
    value: str


def kind_of(words: list[str] | tuple[str, ...]) -> str:
    """The kind that TYPE values or a label name: ['WORK', 'FAX'] -> 'fax' (a fax is a
    fax, work or home), ['CELL', 'PREF'] -> 'mobile', ['INTERNET'] -> '', ['Assistant']
    -> 'Assistant'."""
    known: list[str] = []
    own: list[str] = []
    for word in words:
        word = word.strip().strip("*").strip()
        if not word:
            continue
        key = word.casefold()
        if key in _NO_KIND:
            continue
        if key in _KIND_WORDS:
            known.append(_KIND_WORDS[key])
        else:
            own.append(word)
    for wanted in ("fax", "pager", "mobile", "work", "home", "main", "school", "other"):
        if wanted in known:
            return wanted
    return own[0][:50] if own else ""


def kind_of_label(label: str) -> str:
    """The kind a label names: "Home Fax" -> "fax", "* Mobile" -> "mobile"; a label of
    the source's own ("Grand Central", "Assistant") is kept as it is."""
    words = [word for word in label.replace("*", " ").split() if word]
    if all(word.casefold() in _KIND_WORDS or word.casefold() in _NO_KIND for word in words):
        return kind_of(words)
    return " ".join(words)[:50]


_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")


def label_text(label: str) -> str:
    """Apple's "_$!<HomePage>!$_" -> "HomePage"; other labels as they are."""
    match = _APPLE_LABEL.match(label.strip())
    return match.group(1) if match else label.strip()


# -- phone numbers and e-mail addresses written as URIs ------------------------------------------
def plain_phone(value: str) -> str:
    """A vCard 4.0 ``tel:`` URI as the number people read: 'tel:+1-418-656-9254;ext=102'
    -> '+1-418-656-9254 ext. 102'. Other text is returned stripped."""
    value = value.strip()
    if value[:4].casefold() != "tel:":
        return value
    number, *parameters = unquote(value[4:]).split(";")
    extension = next(
        (p.split("=", 1)[1] for p in parameters if p.casefold().startswith("ext=")), ""
    )
    return f"{number} ext. {extension}" if extension else number


def plain_email(value: str) -> str:
    """'mailto:anna@example.org' -> 'anna@example.org' (also 'MAILTO:' and '?subject=')."""
    value = value.strip()
    if value[:7].casefold() == "mailto:":
        value = unquote(value[7:].split("?", 1)[0])
    return value


def looks_like_email(value: str) -> bool:
    """An address with one @ and a dot after it (a LinkedIn member URN is not one)."""
    local, at, domain = value.partition("@")
    return bool(at and local and "." in domain and "@" not in domain and " " not in value)


# -- birthdays -----------------------------------------------------------------------------
_ISO = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})(?:[T ].*)?$")
_NO_YEAR = re.compile(r"^--(\d{2})-?(\d{2})$")
_DAY_FIRST = re.compile(r"^(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{4}))?$")


def birthday_value(text: str, *, month_first: bool = False) -> str:
    """A birthday as stored: '1980-03-22', or '--03-22' without the year; '' for none.

    Reads ISO 8601 (also '19800322', '--0322', '1980-03-22T00:00:00Z' as Gmail writes
    it) and day-first dates as Dutch people type them ('22-03-1980', '22/3', '22.3.1980');
    ``month_first`` for American exports (Outlook's '3/22/1980'), though a first number
    over 12 is a day either way. ``ValueError`` for anything else, or a day that does
    not exist.
    """
    text = text.strip()
    if not text:
        return ""
    if match := _ISO.match(text):
        year, month, day = map(int, match.groups())
        if year == 0:  # Outlook writes "0/0/00" and some phones "0000-03-22": no year
            return _no_year(month, day)
        return date(year, month, day).isoformat()
    if match := _NO_YEAR.match(text):
        return _no_year(int(match.group(1)), int(match.group(2)))
    if match := _DAY_FIRST.match(text):
        day, month = int(match.group(1)), int(match.group(2))
        if month_first and day <= 12:
            day, month = month, day
        if match.group(3):
            return date(int(match.group(3)), month, day).isoformat()
        return _no_year(month, day)
    raise ValueError(text)


def _no_year(month: int, day: int) -> str:
    date(2000, month, day)  # 2000 is a leap year: 29 February is a birthday too
    return f"--{month:02d}-{day:02d}"


def checked_birthday(text: str) -> str:
    """:func:`birthday_value`, with a ``ValidationError`` the form can show."""
    try:
        return birthday_value(text)
    except ValueError:
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "“%1” is not a birthday NetPlanner can read; write it as 22-03-1980, "
                    "or 22-03 when you do not know the year.",
                ),
                text.strip(),
            )
        ) from None


def birthday_text(value: str) -> str:
    """How the form shows a stored birthday: '22-03-1980', or '22-03' without the year."""
    if value.startswith("--") and len(value) == 7:
        return f"{value[5:7]}-{value[2:4]}"
    if len(value) == 10:
        return f"{value[8:10]}-{value[5:7]}-{value[0:4]}"
    return value


# -- names ---------------------------------------------------------------------------------
def name_from_parts(given: str, additional: str, family: str, suffix: str = "") -> str:
    """The name to show when a source gives only its parts: 'Jan', '', 'de Vries' ->
    'Jan de Vries'. The prefix ("Mr.", "Dr.") stays in its own field; a suffix comes
    last ("Jr.", "MSc")."""
    name = " ".join(part for part in (given, additional, family) if part)
    return f"{name} {suffix}".strip() if suffix else name


def name_from_what_is_known(emails: list[str], organisation: str, phones: list[str]) -> str:
    """The name of a card or row that has none: its e-mail address, else its organisation,
    else its phone number ('' when it has none of these either)."""
    for value in (*emails[:1], organisation, *phones[:1]):
        if value and value.strip():
            return value.strip()
    return ""
