"""Files the user points NetPlanner at (exports, prep sheets, booklets, ``backup -o``):
the one guard they all pass, and writing them whole.

The guard (:func:`check_output`) refuses a target that resolves, symlinks followed, to
what must be kept: a data file this process opened or its ``-wal``/``-shm``/
``-journal`` files, the backups folder beside it or anything in it, any existing
SQLite database (a data file or backup of any NetPlanner), or something that is not a
regular file (a folder, a device such as ``/dev/full``, a pipe). It also says in one
line when the folder is missing, not writable, or the name is too long for the disk.

The writers (:func:`output_file`, :func:`write_text`, :func:`render_output`) write into
a temporary file in the target's folder, flush it to disk and rename it over the
target: a failure halfway leaves the old file (or none), never half a new one. Every
output is created ``0600``, like the data file, whatever the umask: it holds notes
about people. ``STDOUT`` (``-o -`` on the command line) writes to standard output
where the caller allows it.

Errors are :class:`OutputFileError` (an ``OSError``, so callers that catch ``OSError``
keep working) whose message is a one-line ``Message``; :class:`OutputRefusedError`
when the guard refused and nothing was tried.
"""

from __future__ import annotations

import errno
import io
import os
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, BinaryIO

from netplanner.messages import QT_TRANSLATE_NOOP, Message
from netplanner.storage.reasons import os_reason

#: The target that means standard output (``-o -``).
STDOUT = Path("-")
_SQLITE_MAGIC = b"SQLite format 3\x00"
_SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
_ACCESS_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS}
#: Real paths of the data files this process opened (``register_data_file``).
_data_files: set[Path] = set()


class OutputFileError(OSError):
    """An output could not be written; the message (a ``Message``) is for the user.
    Nothing was left at the target that was not there before."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = path

    def __str__(self) -> str:
        return str(self.args[0])


class OutputRefusedError(OutputFileError):
    """The target must not be written (it is the data file, a backup, a folder, a
    device…): a wrong target, not a failure; nothing was tried."""


def register_data_file(path: Path) -> None:
    """Protect ``path`` (and its side files and backups) from every output of this process."""
    _data_files.add(Path(os.path.realpath(path)))


def _refused(target: Path, template: str) -> OutputRefusedError:
    return OutputRefusedError(target, Message(template, target))


def _is_sqlite(path: Path) -> bool:
    """True for a regular file that starts like an SQLite database (a pipe or a device
    is never opened: reading one could block or have effects)."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False
        with path.open("rb") as handle:
            return handle.read(len(_SQLITE_MAGIC)) == _SQLITE_MAGIC
    except OSError:
        return False


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _kept_reason(real: Path) -> str | None:
    """Why ``real`` must not be written over, as a translatable template, or None."""
    for data in _data_files:
        sides = {data.with_name(data.name + suffix) for suffix in _SIDE_SUFFIXES}
        if real == data or _same_file(real, data):
            return QT_TRANSLATE_NOOP(
                "Messages", "Cannot write %1: it is your data file. Choose another file name."
            )
        if real in sides:
            return QT_TRANSLATE_NOOP(
                "Messages",
                "Cannot write %1: it belongs to your data file (SQLite keeps it beside the "
                "file). Choose another file name.",
            )
        folder = data.parent / "backups"
        if real == folder or folder in real.parents:
            return QT_TRANSLATE_NOOP(
                "Messages",
                "Cannot write %1: it is in NetPlanner's backups folder, which holds only "
                "backups. Choose another folder.",
            )
    for suffix in _SIDE_SUFFIXES:
        if real.name.endswith(suffix) and _is_sqlite(real.with_name(real.name[: -len(suffix)])):
            return QT_TRANSLATE_NOOP(
                "Messages",
                "Cannot write %1: it belongs to a database beside it (SQLite keeps it "
                "there). Choose another file name.",
            )
    if _is_sqlite(real):
        return QT_TRANSLATE_NOOP(
            "Messages",
            "Cannot write %1: it is a database (a data file or a backup), which NetPlanner "
            "never writes over. Choose a new file name.",
        )
    return None


def _no_stdout() -> OutputRefusedError:
    return OutputRefusedError(
        STDOUT,
        Message(
            QT_TRANSLATE_NOOP(
                "Messages", "This file cannot go to standard output; give a file name with -o."
            )
        ),
    )


def _name_limit(folder: Path) -> int:
    try:
        return int(os.pathconf(folder, "PC_NAME_MAX"))
    except (OSError, ValueError, AttributeError):
        return 255


def check_output(target: Path) -> Path:
    """The real path to write ``target`` at (symlinks resolved); ``OutputRefusedError``
    when it must not be written or cannot be. Writes nothing."""
    target = Path(target)
    if target == STDOUT:
        raise _no_stdout()
    real = Path(os.path.realpath(target))
    reason = _kept_reason(real)
    if reason is not None:
        raise _refused(target, reason)
    try:
        mode = os.stat(real).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as error:
        raise write_failed(target, error) from error
    if mode is not None and stat.S_ISDIR(mode):
        raise _refused(
            target,
            QT_TRANSLATE_NOOP(
                "Messages", "Cannot write %1: it is a folder. Give a file name in it."
            ),
        )
    if mode is not None and not stat.S_ISREG(mode):
        raise _refused(
            target,
            QT_TRANSLATE_NOOP(
                "Messages",
                "Cannot write %1: it is not a file (a device or a pipe). Give the name of a file.",
            ),
        )
    folder = real.parent
    if not folder.is_dir():
        raise OutputFileError(
            target,
            Message(
                QT_TRANSLATE_NOOP("Messages", "Cannot write %1: the folder does not exist."),
                target,
            ),
        )
    limit = _name_limit(folder)
    if len(os.fsencode(real.name)) > limit:
        raise OutputFileError(
            target,
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Cannot write %1: the name is too long for its disk (at most %2 bytes). "
                    "Choose a shorter name.",
                ),
                target,
                limit,
            ),
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputFileError(
            target,
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Cannot write %1: NetPlanner may not write in its folder. Choose another "
                    "folder.",
                ),
                target,
            ),
        )
    return real


def write_failed(target: Path, error: OSError) -> OutputFileError:
    """``error``, met while writing ``target``, as one line for the user."""
    if isinstance(error, OutputFileError):
        return error
    if error.errno in _FULL_ERRNOS:
        template = QT_TRANSLATE_NOOP(
            "Messages",
            "Cannot write %1: there is no room left on its disk. Make room and try again.",
        )
        return OutputFileError(target, Message(template, target))
    if error.errno in _ACCESS_ERRNOS:
        template = QT_TRANSLATE_NOOP(
            "Messages", "Cannot write %1: NetPlanner may not write there (%2)."
        )
    elif error.errno == errno.ENAMETOOLONG:
        template = QT_TRANSLATE_NOOP(
            "Messages", "Cannot write %1: the name is too long for its disk (%2)."
        )
    elif error.errno in (errno.ENOENT, errno.ENOTDIR):
        template = QT_TRANSLATE_NOOP("Messages", "Cannot write %1: the folder does not exist (%2).")
    else:
        template = QT_TRANSLATE_NOOP("Messages", "Cannot write %1: %2.")
    reason = os_reason(error)
    return OutputFileError(target, Message(template, target, reason))


def temporary_beside(real: Path, suffix: str = ".part") -> tuple[int, Path]:
    """A new, private (0600) temporary file in the folder of ``real``: (descriptor, path).

    Its name is short and its own, whatever the length of the target's name.
    """
    # mkstemp creates the file 0600, and a umask can only take permissions away.
    fd, name = tempfile.mkstemp(dir=real.parent, prefix=".netplanner-", suffix=suffix)
    return fd, Path(name)


@contextmanager
def output_file(target: Path, *, stdout_ok: bool = False) -> Iterator[BinaryIO]:
    """A binary stream whose content lands at ``target`` whole, or nowhere.

    ``STDOUT`` writes to standard output when ``stdout_ok``; otherwise it is refused.
    """
    if Path(target) == STDOUT:
        if not stdout_ok:
            raise _no_stdout()
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    real = check_output(target)
    try:
        fd, temporary = temporary_beside(real)
    except OSError as error:
        raise write_failed(target, error) from error
    try:
        with os.fdopen(fd, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, real)
    except OSError as error:
        raise write_failed(target, error) from error
    finally:
        temporary.unlink(missing_ok=True)


def write_text(
    target: Path,
    produce: Callable[[IO[str]], object],
    *,
    encoding: str = "utf-8",
    newline: str = "",
    stdout_ok: bool = True,
) -> None:
    """Call ``produce`` with a text stream whose content lands at ``target`` whole."""
    with output_file(target, stdout_ok=stdout_ok) as out:
        stream = io.TextIOWrapper(out, encoding=encoding, newline=newline)
        try:
            produce(stream)
            stream.flush()
        finally:
            stream.detach()  # the binary stream is closed (or left open) by output_file


def render_output(target: Path, render: Callable[[str], None]) -> None:
    """Call ``render(path)`` on a private temporary file, then put it at ``target``:
    for renderers that want a file name. The target is whole or as it was."""
    real = check_output(target)
    try:
        fd, temporary = temporary_beside(real)
        os.close(fd)
    except OSError as error:
        raise write_failed(target, error) from error
    try:
        render(str(temporary))
        with temporary.open("rb") as written:
            os.fsync(written.fileno())
        os.replace(temporary, real)
    except OSError as error:
        raise write_failed(target, error) from error
    finally:
        temporary.unlink(missing_ok=True)
