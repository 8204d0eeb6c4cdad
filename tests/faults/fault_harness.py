"""Faults for the fault matrix: a full disk, a lock held by another process, a read-only
folder, permission denied, a folder where a file should be, a dangling symlink.

A case runs one command line (``netplanner.cli.main``) in a forked child, so the
child can drop root's privileges (root ignores permissions) and nothing it does
(the wait policy, leaked connections) reaches the test process. Faults are real where
the machine allows: a small tmpfs filled to the last block (root may mount), a second
process holding ``locking_mode=EXCLUSIVE; BEGIN EXCLUSIVE``, ``chmod`` with the
command run as ``nobody``. Where mounting is not allowed, the full disk is made at
the system-call level instead: ``RLIMIT_FSIZE`` in the child, so every write that
would grow a file fails (EFBIG) as on a full disk.
"""

from __future__ import annotations

import hashlib
import io
import os
import pwd
import resource
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

IS_ROOT = os.geteuid() == 0
NOBODY = pwd.getpwnam("nobody") if IS_ROOT else None
#: How long a command waits for a read lock in the matrix (the app's default is 5 s).
READ_WAIT_SECONDS = 0.3


@dataclass
class Result:
    code: int
    out: str
    err: str

    @property
    def one_line(self) -> bool:
        lines = self.err.strip().splitlines()
        return len(lines) == 1 and lines[0].startswith("netplanner: ")


def run_cli(
    argv: Sequence[str],
    *,
    as_nobody: bool,
    file_size_limit: int | None = None,
    timeout: float = 60,
) -> Result:
    """``main(argv)`` in a forked child; its exit code, stdout and stderr. A traceback
    (anything escaping ``main``) gives exit code 99 and the traceback on stderr; a
    command still running after ``timeout`` seconds is killed (exit code -9).

    Output goes through pipes, which a file size limit does not stop."""
    out_read, out_write = os.pipe()
    err_read, err_write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        code = 98
        try:
            os.close(out_read)
            os.close(err_read)
            os.dup2(out_write, 1)
            os.dup2(err_write, 2)
            sys.stdout = io.TextIOWrapper(io.FileIO(1, "w", closefd=False), line_buffering=True)
            sys.stderr = io.TextIOWrapper(io.FileIO(2, "w", closefd=False), line_buffering=True)
            if file_size_limit is not None:
                signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
                resource.setrlimit(resource.RLIMIT_FSIZE, (file_size_limit, file_size_limit))
            if as_nobody and NOBODY is not None:
                os.setgroups([])
                os.setgid(NOBODY.pw_gid)
                os.setuid(NOBODY.pw_uid)
            from netplanner.cli import main

            try:
                from netplanner.storage.sqlite.waiting import WaitPolicy, set_wait_policy
            except ImportError:  # a NetPlanner before issue 16 (to see the matrix fail)
                pass
            else:
                set_wait_policy(WaitPolicy(read_seconds=READ_WAIT_SECONDS))
            code = main(list(argv))
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else 97
        except BaseException:
            traceback.print_exc()
            code = 99
        finally:
            with suppress(Exception):
                sys.stdout.flush()
                sys.stderr.flush()
            os._exit(code)
    os.close(out_write)
    os.close(err_write)
    chunks: dict[int, list[bytes]] = {out_read: [], err_read: []}
    open_pipes = set(chunks)
    deadline = time.monotonic() + timeout
    status = None
    while open_pipes or status is None:
        if time.monotonic() > deadline and status is None:  # a hang is a failure too
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            for fd in chunks:
                os.close(fd)
            return Result(-9, "", f"no answer within {timeout} s (the command hung)")
        ready, _, _ = select.select(list(open_pipes), [], [], 0.05) if open_pipes else ([], [], [])
        for fd in ready:
            data = os.read(fd, 65536)
            if data:
                chunks[fd].append(data)
            else:
                open_pipes.discard(fd)
        if status is None:
            done, waited = os.waitpid(pid, os.WNOHANG)
            if done:
                status = waited
        if not open_pipes and status is None:
            time.sleep(0.02)
    for fd in chunks:
        os.close(fd)
    return Result(
        os.waitstatus_to_exitcode(status),
        b"".join(chunks[out_read]).decode("utf-8", "replace"),
        b"".join(chunks[err_read]).decode("utf-8", "replace"),
    )


def give_to_user(*paths: Path) -> None:
    """Make ``paths`` (recursively) the command's own: nobody's when we are root."""
    if NOBODY is None:
        return
    for path in paths:
        for entry in [path, *(path.rglob("*") if path.is_dir() and not path.is_symlink() else [])]:
            os.lchown(entry, NOBODY.pw_uid, NOBODY.pw_gid)


def can_mount() -> bool:
    if not IS_ROOT or not shutil.which("mount"):
        return False
    probe = Path(tempfile.mkdtemp(prefix="np-mount-probe-"))
    try:
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(probe)],
            capture_output=True,
        )
        if done.returncode != 0:
            return False
        subprocess.run(["umount", str(probe)], check=False)
        return True
    finally:
        probe.rmdir()


@contextmanager
def full_disk(folder: Path, keep: Sequence[Path]) -> Iterator[int | None]:
    """``folder`` on a small tmpfs holding copies of ``keep`` and then filled to the last
    block; yields None. Without mounting: yields the file size limit for the child."""
    if not can_mount():
        yield 0
        return
    staged = {path.name: path.read_bytes() for path in keep}
    for path in keep:
        path.unlink()
    subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m,mode=0755", "tmpfs", str(folder)], check=True
    )
    try:
        for name, data in staged.items():
            (folder / name).write_bytes(data)
            os.chmod(folder / name, 0o600)
        fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            with suppress(OSError):
                while True:
                    os.write(fd, b"\0" * 4096)
        finally:
            os.close(fd)
        yield None
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


@contextmanager
def lock_held(path: Path) -> Iterator[None]:
    """Another process holds an exclusive lock on the SQLite file ``path``."""
    code = (
        "import sqlite3, sys\n"
        f"c = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
        "c.execute('PRAGMA locking_mode=EXCLUSIVE')\n"
        "c.execute('BEGIN EXCLUSIVE')\n"
        "print('locked', flush=True)\n"
        "sys.stdin.read()\n"
        "c.execute('ROLLBACK')\n"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        yield
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=10)


def state_of(path: Path) -> tuple[str, str]:
    """What sits at ``path``: ("file", sha256), ("folder", its listing), ("link", target)
    or ("missing", "")."""
    if path.is_symlink():
        return "link", os.readlink(path)
    if path.is_dir():
        return "folder", ",".join(sorted(p.name for p in path.iterdir()))
    if path.exists():
        try:
            return "file", hashlib.sha256(path.read_bytes()).hexdigest()
        except PermissionError:  # not root: the test's own chmod 000 stops it too
            facts = path.stat()
            return "file", f"inode {facts.st_ino}, {facts.st_size} bytes, {facts.st_mtime_ns}"
    return "missing", ""


def leftovers(folder: Path) -> list[str]:
    """Names in ``folder`` that a failed command must never leave: a file moved aside,
    a temporary file, an orphaned side file."""
    bad = []
    for path in folder.rglob("*") if folder.is_dir() else []:
        name = path.name
        if ".damaged-" in name or name.endswith(".part") or ".orphaned-" in name:
            bad.append(str(path.relative_to(folder)))
    return bad
