"""The paper size prep sheets are printed on, kept in the data file.

One setting for the window (File → Paper size) and the command line (which can still
override it per command with ``--page-size``), kept with the data as the follow-up
routines are: a backup or a copy of the file takes it along. Until the user picks one,
the locale decides: Letter where Letter is the usual paper (the United States, Canada,
Mexico and the other territories that use it, per the Unicode CLDR), A4 elsewhere.
"""

from __future__ import annotations

import locale
import os
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the ``sheet`` command reads with sqlite3 alone: no SQLAlchemy (issue #7)
    from sqlalchemy.orm import Session

    from netplanner.core.queries.run import Queries

#: The ``app_meta`` key: "A4" or "Letter".
PAPER_SIZE_KEY = "paper_size"
SIZES = ("A4", "Letter")
#: Territories whose usual paper is US Letter (CLDR supplemental data, paperSize).
LETTER_TERRITORIES = frozenset(
    ("BZ", "CA", "CL", "CO", "CR", "GT", "MX", "NI", "PA", "PH", "PR", "SV", "US", "VE")
)
#: Country names as Windows spells them in a locale name ("English_United States").
_LETTER_NAMES = ("united states", "canada", "mexico", "philippines", "puerto rico")
_TERRITORY = re.compile(r"^[a-zA-Z]{2,3}[_-]([A-Za-z]{2})\b")


def normalise(value: object) -> str | None:
    """ "A4" or "Letter" for any spelling of either, else None."""
    if not isinstance(value, str):
        return None
    wanted = value.strip().lower()
    return next((size for size in SIZES if size.lower() == wanted), None)


def size_for_locale(name: str | None) -> str | None:
    """The paper of a locale name such as "en_US.UTF-8", "fr-CA" or "English_Canada";
    None when it names no territory ("C", "POSIX", "en")."""
    if not name:
        return None
    match = _TERRITORY.match(name)
    if match:
        return "Letter" if match.group(1).upper() in LETTER_TERRITORIES else "A4"
    lowered = name.lower()
    if "_" in lowered and not lowered.startswith(("c.", "posix")):
        return "Letter" if any(n in lowered for n in _LETTER_NAMES) else "A4"
    return None


def locale_paper_size(environ: Mapping[str, str] | None = None) -> str:
    """The paper the user's locale uses: the first of LC_ALL, LC_PAPER and LANG that is
    set (as POSIX looks them up), else the locale Python reports (Windows, an app
    started from the macOS Finder); A4 when none names a territory ("C.UTF-8")."""
    env = os.environ if environ is None else environ
    for variable in ("LC_ALL", "LC_PAPER", "LANG"):
        value = env.get(variable)
        if value:
            return size_for_locale(value) or "A4"
    if environ is None:
        try:
            size = size_for_locale(locale.getlocale()[0])
        except ValueError:
            size = None
        if size is not None:
            return size
    return "A4"


def load_paper_size(session: Session) -> str:
    """The paper size chosen for this file, else the locale's."""
    from netplanner.core.queries.run import SessionQueries

    return read_paper_size(SessionQueries(session))


def stored_paper_size(queries: Queries) -> str | None:
    """The paper size chosen for this file, None while none was."""
    rows = queries.rows("meta.value", key=PAPER_SIZE_KEY)
    return normalise(rows[0][0]) if rows else None


def save_paper_size(session: Session, size: str) -> None:
    """Keep ``size`` ("A4" or "Letter", any case) for this file; ValueError otherwise."""
    from netplanner.core.meta import set_meta

    value = normalise(size)
    if value is None:
        raise ValueError(f"Unsupported paper size {size!r}; use 'A4' or 'Letter'")
    set_meta(session, PAPER_SIZE_KEY, value)


def read_paper_size(queries: Queries) -> str:
    """``load_paper_size`` with the named queries (the ``sheet`` command reads without
    the ORM)."""
    return stored_paper_size(queries) or locale_paper_size()
