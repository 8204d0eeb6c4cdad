"""A throwaway PostgreSQL server for the tests (and the benchmark's ``--practice`` run).

Where the server comes from, in order:

1. ``$NETPLANNER_TEST_PG_URL``: a server someone started (an admin URL, e.g.
   ``postgresql://postgres@/postgres?host=/run/postgresql``);
2. Debian's binaries (``/usr/lib/postgresql/*/bin/initdb``): a cluster in a temporary
   folder, reached through a Unix socket in that folder only (no TCP port, so parallel
   runs never meet), with ``fsync`` off (nothing in it outlives the run). ``initdb``
   refuses root, so as root it runs as the ``postgres`` user;
3. neither: :func:`start` returns the reason, and the PostgreSQL half of the tests skips
   with it, unless ``$CI`` is set: there a missing server fails the run, so CI never
   passes without having tested PostgreSQL.

Run as a script to keep a cluster for development: ``python tests/postgres_server.py``
prints its admin URL and waits for Ctrl+C.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

URL_VARIABLE = "NETPLANNER_TEST_PG_URL"


@dataclass
class Server:
    """A running server: ``admin_url`` logs in as a superuser to its ``postgres`` db."""

    admin_url: str
    data_dir: Path | None = None
    pg_ctl: str | None = None

    def url(self, database: str, user: str = "postgres") -> str:
        """The SQLAlchemy URL of ``database`` as ``user`` (no password: trust or peer)."""
        from sqlalchemy.engine import make_url

        return (
            make_url(self.admin_url)
            .set(database=database, username=user, password=None)
            .render_as_string(hide_password=False)
        )

    def stop(self) -> None:
        if self.data_dir is None or self.pg_ctl is None:
            return
        _as_postgres([self.pg_ctl, "-D", str(self.data_dir), "-m", "immediate", "stop"])
        shutil.rmtree(self.data_dir, ignore_errors=True)


def _as_postgres(command: list[str]) -> subprocess.CompletedProcess[str]:
    if os.geteuid() == 0:
        command = ["runuser", "-u", "postgres", "--", *command]
    return subprocess.run(command, check=True, capture_output=True, text=True)


def _binaries() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=_version_of)
    return Path(found[-1]).parent if found else None


def _version_of(path: str) -> int:
    part = Path(path).parent.parent.name
    return int(part) if part.isdigit() else 0


def start(*, durable: bool = False) -> Server | str:
    """A running server, or why there is none."""
    given = os.environ.get(URL_VARIABLE)
    if given:
        return Server(admin_url=given)
    binaries = _binaries()
    if binaries is None:
        return "no PostgreSQL server binaries (apt-get install postgresql)"
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        return "running as root without runuser: initdb refuses root"
    data_dir = Path(tempfile.mkdtemp(prefix="netplanner-pg-"))
    try:
        if os.geteuid() == 0:
            shutil.chown(data_dir, "postgres", "postgres")
        initdb = [str(binaries / "initdb"), "-D", str(data_dir), "-A", "trust", "-U", "postgres"]
        _as_postgres([*initdb, "--no-sync", "-E", "UTF8", "--locale=C.UTF-8"])
        fast = "" if durable else " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        options = f"-k {data_dir} -c listen_addresses='' -c max_connections=100{fast}"
        pg_ctl = [str(binaries / "pg_ctl"), "-D", str(data_dir), "-w", "-o", options]
        _as_postgres([*pg_ctl, "-l", str(data_dir / "log"), "start"])
    except (subprocess.CalledProcessError, OSError) as error:
        shutil.rmtree(data_dir, ignore_errors=True)
        detail = getattr(error, "stderr", "") or str(error)
        return f"could not start a PostgreSQL cluster: {' '.join(detail.split())[:300]}"
    return Server(
        admin_url=f"postgresql+psycopg://postgres@/postgres?host={data_dir}",
        data_dir=data_dir,
        pg_ctl=str(binaries / "pg_ctl"),
    )


def must_run() -> bool:
    """True in CI: there the PostgreSQL half may not skip."""
    return bool(os.environ.get("CI"))


if __name__ == "__main__":
    server = start(durable="--durable" in sys.argv)
    if isinstance(server, str):
        sys.exit(server)
    print(server.admin_url, flush=True)
    try:
        import signal

        signal.pause()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
