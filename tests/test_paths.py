"""Where the data is: a path, an SQLAlchemy URL of an SQLite file, or a practice's
PostgreSQL server; other engines are refused in one line and nothing is created."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from netplanner.cli import main
from netplanner.datafile import open_data_file
from netplanner.paths import ServerLocation, UnsupportedLocationError, data_location
from netplanner.storage.database import open_database


@pytest.mark.parametrize(
    "url",
    [
        "sqlite:///notes.sqlite3",
        "sqlite:////home/anna/NetPlanner/netplanner.sqlite3",
        "sqlite+pysqlite:///relative/dir/data.sqlite3",
        "sqlite:///my%20data/file%3F.sqlite3",
        "sqlite:///Ünïcode ملف.sqlite3",
    ],
)
def test_an_sqlite_url_names_the_file_sqlalchemy_would_open(url: str) -> None:
    assert data_location(url) == Path(make_url(url).database or "")


def test_a_path_stays_a_path(tmp_path: Path) -> None:
    assert data_location(tmp_path / "a.sqlite3") == tmp_path / "a.sqlite3"
    assert data_location("C://odd/but/a/path") == Path("C://odd/but/a/path")
    assert data_location("~/x.sqlite3") == Path.home() / "x.sqlite3"


@pytest.mark.parametrize(
    ("url", "said"),
    [
        ("mysql://anna:s3cret@practice.example/netplanner", "not a data file NetPlanner"),
        ("sqlite://", "not a data file NetPlanner can open"),
        ("sqlite:///file.sqlite3?mode=ro", "not a data file NetPlanner can open"),
        ("mysql://anna@host/db", "not a data file NetPlanner can open"),
    ],
)
def test_other_urls_are_refused_without_the_password(url: str, said: str) -> None:
    with pytest.raises(UnsupportedLocationError, match=said) as caught:
        data_location(url)
    assert "s3cret" not in str(caught.value)
    assert "\n" not in str(caught.value)


def test_open_database_opens_an_sqlite_url(tmp_path: Path) -> None:
    target = tmp_path / "by url.sqlite3"
    database = open_database(f"sqlite:///{target}")
    try:
        assert database.path == target
        assert database.url.get_backend_name() == "sqlite"
        assert Path(database.url.database or "") == target
    finally:
        database.close()
    assert target.stat().st_size > 0


def test_the_app_opens_an_sqlite_url_as_its_file(tmp_path: Path) -> None:
    target = tmp_path / "app by url.sqlite3"
    database = open_data_file(f"sqlite:///{target}")
    try:
        assert database.path == target
    finally:
        database.close()


def test_the_command_line_takes_an_sqlite_url(tmp_path: Path, capsys) -> None:
    target = tmp_path / "url.sqlite3"
    assert main(["--db", f"sqlite:///{target}", "demo"]) == 0
    capsys.readouterr()
    assert main(["--db", str(target), "list", "contacts", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 12  # the example network, in that file


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://anna:s3cret@practice.example/netplanner",
        "postgres://anna:s3cret@practice.example/netplanner",
        "postgresql+psycopg2://anna:s3cret@practice.example/netplanner",
    ],
)
def test_a_postgresql_url_names_a_practice_server_read_with_psycopg_3(url: str) -> None:
    location = data_location(url)
    assert isinstance(location, ServerLocation)
    assert location.url == "postgresql+psycopg://anna:s3cret@practice.example/netplanner"
    assert str(location) == "postgresql+psycopg://anna:***@practice.example/netplanner"


def test_an_unreachable_server_is_one_line_and_nothing_is_made(tmp_path: Path) -> None:
    env = dict(os.environ, NETPLANNER_DB=str(tmp_path / "unused.sqlite3"))
    command = [sys.executable, "-m", "netplanner"]
    # A socket folder that does not exist: refused at once, and no network is touched.
    url = f"postgresql://coach:s3cret@/netplanner?host={tmp_path / 'no-server-here'}"
    by_option = subprocess.run(
        [*command, "--db", url, "list", "contacts"], capture_output=True, text=True, env=env
    )
    env["NETPLANNER_DB"] = url
    by_environment = subprocess.run(
        [*command, "list", "contacts"], capture_output=True, text=True, cwd=tmp_path, env=env
    )
    for result in (by_option, by_environment):
        assert result.returncode == 1
        assert "Cannot reach the practice server" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
        assert "s3cret" not in result.stderr
        assert "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_backup_and_restore_refuse_a_server_in_one_line(capsys) -> None:
    url = "postgresql://coach:s3cret@/netplanner?host=/nonexistent"
    assert main(["--db", url, "backup"]) == 2
    assert main(["--db", url, "restore", "backup.sqlite3"]) == 2
    said = capsys.readouterr().err.strip().splitlines()
    assert len(said) == 2 and all("pg_dump" in line for line in said)
    assert "s3cret" not in "".join(said)
