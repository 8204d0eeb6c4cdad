"""No output lands on what must be kept (issue 16): every writer the user points
somewhere goes through ``storage.output_files``, which refuses the data file, its side
files, backups, folders, devices and pipes, follows symlinks first, and writes whole
files with mode 0600 whatever the umask."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from netplanner.cli import main
from netplanner.storage.output_files import (
    STDOUT,
    OutputFileError,
    OutputRefusedError,
    check_output,
    output_file,
    render_output,
    write_text,
)


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo data file (with a backup) for the module: no test here may change it."""
    db = tmp_path_factory.mktemp("guard") / "data.sqlite3"
    assert main(["--db", str(db), "demo"]) == 0
    assert main(["--db", str(db), "backup"]) == 0
    return db


@pytest.fixture
def open_umask() -> Iterator[None]:
    old = os.umask(0)
    yield
    os.umask(old)


WRITERS = {
    "csv": ["export", "csv", "-o"],
    "vcard": ["export", "vcard", "-o"],
    "ics": ["export", "ics", "-o"],
    "json": ["export", "json", "-o"],
    "bank": ["export", "bank", "1", "-o"],
    "sheet": ["sheet", "1", "-o"],
    "sheets": ["sheets", "--from", "2000-01-01", "--to", "2100-01-01", "-o"],
    "backup": ["backup", "-o"],
}


def _content(db: Path) -> list[str]:
    """The data file's schema and rows (its bytes move when SQLite checkpoints)."""
    import sqlite3

    connection = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def _run(data: Path, writer: str, target: Path | str, capsys) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--db", str(data), *WRITERS[writer], str(target)])
    return code, capsys.readouterr().err


@pytest.mark.parametrize("writer", WRITERS)
def test_no_writer_writes_over_the_data_file(data: Path, writer: str, capsys) -> None:
    before = _content(data)
    code, err = _run(data, writer, data, capsys)
    assert code == 2 and "it is your data file" in err and err.count("\n") == 1
    assert _content(data) == before


@pytest.mark.parametrize("writer", WRITERS)
def test_no_writer_follows_a_symlink_onto_the_data_file(
    data: Path, writer: str, capsys, tmp_path: Path
) -> None:
    link = tmp_path / f"export.{writer}"
    link.symlink_to(data)
    before = _content(data)
    code, err = _run(data, writer, link, capsys)
    assert code == 2 and "it is your data file" in err
    assert _content(data) == before and link.is_symlink()


@pytest.mark.parametrize("side", ["-wal", "-shm", "-journal"])
def test_the_side_files_of_the_data_file_are_refused(data: Path, side: str, capsys) -> None:
    code, err = _run(data, "csv", data.with_name(data.name + side), capsys)
    assert code == 2 and "belongs to your data file" in err


def test_the_backups_folder_and_the_backups_in_it_are_refused(data: Path, capsys) -> None:
    folder = data.parent / "backups"
    (backup,) = folder.glob("*.sqlite3")
    before = backup.read_bytes()
    for target in (backup, folder / "new.csv", folder):
        code, err = _run(data, "csv", target, capsys)
        assert code == 2 and ("backups folder" in err or "is a folder" in err), err
    assert backup.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == [backup.name]


def test_any_database_is_refused_even_another_data_file(data: Path, capsys, tmp_path) -> None:
    import sqlite3

    other = tmp_path / "someone-else.sqlite3"  # never opened by this process
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE contact (name TEXT)")
    connection.close()
    before = other.read_bytes()
    code, err = _run(data, "json", other, capsys)
    assert code == 2 and "is a database" in err
    assert other.read_bytes() == before


def test_a_hard_link_to_the_data_file_is_refused(data: Path, capsys, tmp_path) -> None:
    link = data.parent / "hard.csv"  # a hard link lives on the same disk
    os.link(data, link)
    code, err = _run(data, "csv", link, capsys)
    assert code == 2 and "it is your data file" in err


@pytest.fixture
def device(tmp_path: Path) -> Path:
    """A device node like /dev/full, of the test's own: a writer that failed the test
    must not replace the machine's."""
    if os.geteuid() != 0:
        pytest.skip("making a device node needs root")
    node = tmp_path / "full"
    os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 7))
    return node


@pytest.mark.parametrize("writer", ["csv", "sheet", "backup"])
def test_a_device_is_never_replaced(data: Path, writer: str, capsys, device: Path) -> None:
    code, err = _run(data, writer, device, capsys)
    assert code == 2 and "not a file" in err
    assert stat.S_ISCHR(os.stat(device).st_mode)


def test_a_pipe_is_refused_without_blocking(data: Path, capsys, tmp_path) -> None:
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    code, err = _run(data, "csv", fifo, capsys)
    assert code == 2 and "not a file" in err
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_a_folder_is_refused(data: Path, capsys, tmp_path) -> None:
    code, err = _run(data, "sheet", tmp_path, capsys)
    assert code == 2 and "is a folder" in err
    code, err = _run(data, "sheet", data.parent, capsys)
    assert code == 2 and "is a folder" in err


def test_an_over_long_name_is_one_line(data: Path, capsys, tmp_path) -> None:
    code, err = _run(data, "csv", tmp_path / ("x" * 300 + ".csv"), capsys)
    assert code == 1 and "too long" in err and err.count("\n") == 1
    assert "Traceback" not in err


def test_a_name_just_within_the_limit_is_written(data: Path, capsys, tmp_path) -> None:
    """The temporary file's name is short: a target of 255 bytes still works."""
    target = tmp_path / ("y" * 251 + ".csv")
    code, err = _run(data, "csv", target, capsys)
    assert code == 0, err
    assert target.stat().st_size > 100


@pytest.mark.parametrize("writer", ["csv", "vcard", "ics", "json", "bank"])
def test_dash_writes_to_standard_output(
    data: Path, writer: str, capsys, tmp_path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    capsys.readouterr()
    code = main(["--db", str(data), *WRITERS[writer], "-"])
    assert code == 0
    assert not (tmp_path / "-").exists()
    captured = capsys.readouterr()
    assert "written to -" in captured.err  # the summary stays out of the data
    assert len(captured.out) > 100


@pytest.mark.parametrize("writer", ["sheet", "sheets"])
def test_dash_writes_a_pdf_to_standard_output(
    data: Path, writer: str, capsysbinary, tmp_path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["--db", str(data), *WRITERS[writer], "-"]) == 0
    assert not (tmp_path / "-").exists()
    captured = capsysbinary.readouterr()
    assert captured.out.startswith(b"%PDF") and b"written to -" in captured.err


def test_a_backup_cannot_go_to_standard_output(data: Path, capsys) -> None:
    code, err = _run(data, "backup", "-", capsys)
    assert code == 2 and "standard output" in err


@pytest.mark.parametrize("writer", WRITERS)
def test_every_output_is_private_whatever_the_umask(
    data: Path, writer: str, capsys, tmp_path: Path, open_umask: None
) -> None:
    target = tmp_path / f"out-{writer}"
    code, err = _run(data, writer, target, capsys)
    assert code == 0, err
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_an_existing_export_is_replaced_whole_and_private(tmp_path: Path) -> None:
    target = tmp_path / "old.csv"
    target.write_text("old")
    os.chmod(target, 0o644)
    write_text(target, lambda stream: stream.write("new"))
    assert target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.csv"]


def test_a_failure_halfway_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "old.pdf"
    target.write_bytes(b"old")

    def broken(out) -> None:
        out.write(b"half")
        raise OSError(28, "No space left on device")

    with pytest.raises(OutputFileError, match="no room left"), output_file(target) as out:
        broken(out)
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.pdf"]


def test_render_output_gives_the_renderer_a_private_file(tmp_path: Path, open_umask) -> None:
    seen = []

    def render(path: str) -> None:
        seen.append(stat.S_IMODE(os.stat(path).st_mode))
        Path(path).write_bytes(b"%PDF")

    render_output(tmp_path / "sheet.pdf", render)
    assert seen == [0o600]
    assert stat.S_IMODE((tmp_path / "sheet.pdf").stat().st_mode) == 0o600


def test_stdout_is_refused_where_the_caller_does_not_allow_it() -> None:
    with pytest.raises(OutputRefusedError), output_file(STDOUT):
        pass
    with pytest.raises(OutputRefusedError):
        check_output(STDOUT)


def test_a_prep_sheet_rendered_to_a_path_is_private(tmp_path: Path, open_umask) -> None:
    from netplanner.core.sheets.data import PrepSheetData
    from netplanner.printing.prep_sheet import render_prep_sheet

    target = tmp_path / "sheet.pdf"
    render_prep_sheet(PrepSheetData(contact_name="Zoë", questions=[]), target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
