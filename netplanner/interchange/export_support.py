"""What every export shares: writing a file whole or not at all, and stable identities.

``write_atomically`` writes into a temporary file beside the target and renames it
over the target only once everything is written and flushed to disk: a failure
halfway (a full disk, an error while producing the content) leaves no file, or the
old file untouched. The file is created ``0600``, as the data file is: an export
holds notes about people. It is :func:`netplanner.storage.output_files.write_text`,
whose guard refuses the data file, backups, folders and devices as targets.

``export_namespace`` is this data file's own random namespace (kept in
``app_meta``), from which exported vCard and calendar UIDs are derived. A UID must
stay the same each time the same conversation is exported, so a calendar updates the
event instead of adding a second one; deriving it from the data file's path would
change it whenever the user moves the file, and the bare database id would clash
between two data files. The namespace travels in the JSON archive, so a restored
file keeps its UIDs.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import IO

from sqlalchemy.orm import Session

from netplanner.core.meta import get_meta, set_meta
from netplanner.storage.output_files import write_text

#: app_meta key of the namespace behind exported UIDs.
EXPORT_NAMESPACE_KEY = "export_uid_namespace"


def write_atomically(
    path: Path, produce: Callable[[IO[str]], None], *, encoding: str = "utf-8", newline: str = ""
) -> None:
    """Call ``produce`` with a text stream, then put what it wrote at ``path``.

    ``newline=""`` writes line endings exactly as produced (CSV, vCard and iCalendar
    want CRLF whatever the platform). ``path`` passes the guard of
    :mod:`netplanner.storage.output_files` first (never the data file, a backup, a
    folder or a device); ``STDOUT`` writes to standard output. Raises
    ``OutputFileError`` (an ``OSError``, one line for the user) or whatever ``produce``
    raised; in that case nothing is left at ``path`` that was not there before.
    """
    write_text(path, produce, encoding=encoding, newline=newline)


def export_namespace(session: Session) -> uuid.UUID:
    """The data file's UID namespace, made (and stored) on first use."""
    value = get_meta(session, EXPORT_NAMESPACE_KEY)
    try:
        return uuid.UUID(value)
    except ValueError:
        namespace = uuid.uuid4()
        set_meta(session, EXPORT_NAMESPACE_KEY, str(namespace))
        return namespace


def stable_uid(namespace: uuid.UUID, kind: str, item_id: int) -> str:
    """A UID for item ``item_id`` of ``kind`` ("contact", "conversation")."""
    return str(uuid.uuid5(namespace, f"{kind}-{item_id}"))
