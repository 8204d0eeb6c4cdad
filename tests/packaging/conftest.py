"""Fixtures for the packaging tests: the frozen app (built once), Xvfb, a hidden source tree.

The figures these tests measure (build time, bundle size, time until the window
appears) are printed at the end of the test run.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest
from packaging_support import APP_NAME, FIGURES, PACKAGING_DIR, ROOT, BuiltApp
from xvfb_server import private_display


def pytest_terminal_summary(terminalreporter) -> None:
    if FIGURES:
        terminalreporter.section("packaging figures")
        for name, value in FIGURES.items():
            terminalreporter.write_line(f"{name}: {value}")


@pytest.fixture(scope="session")
def built_app(tmp_path_factory: pytest.TempPathFactory) -> BuiltApp:
    """The app as `python3 run.py package` builds it, into a temporary folder, once."""
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed (pip install -e '.[test]')")
    if not sys.platform.startswith("linux"):
        pytest.skip("the frozen app is tested on Linux only")
    base = tmp_path_factory.mktemp("frozen")
    log = base / "build.log"
    started = time.monotonic()
    with log.open("w") as out:
        result = subprocess.run(
            [
                sys.executable,
                str(PACKAGING_DIR / "build.py"),
                "--dist",
                str(base / "dist"),
                "--work",
                str(base / "work"),
            ],
            cwd=ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
            timeout=600,
        )
    seconds = time.monotonic() - started
    text = log.read_text(errors="replace")
    assert result.returncode == 0, f"packaging/build.py failed:\n{text[-4000:]}"
    folder = base / "dist" / APP_NAME
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    FIGURES["build time"] = f"{seconds:.0f} s"
    FIGURES["bundle size"] = f"{size / 1e6:.0f} MB ({folder})"
    return BuiltApp(folder, folder / APP_NAME, seconds, size)


@pytest.fixture(scope="session")
def hide_source_tree(built_app: BuiltApp) -> list[str]:
    """A command prefix that runs a program with the repository hidden from it.

    ``unshare`` gives the child its own mount namespace with an empty tmpfs over
    the repository (and the .venv inside it), so a frozen app that still read
    anything from the checkout would fail. Needs root or user namespaces; where
    that is not allowed the prefix is empty and the app merely runs from
    another folder.
    """
    if ROOT in built_app.folder.parents or not shutil.which("unshare"):
        return []
    prefix = [
        "unshare",
        "--mount",
        "--propagation",
        "private",
        "sh",
        "-c",
        'mount -t tmpfs netplanner-hidden "$0" && exec "$@"',
        str(ROOT),
    ]
    probe = subprocess.run(
        [*prefix, "sh", "-c", f'test ! -e "{ROOT / "pyproject.toml"}"'],
        capture_output=True,
        timeout=30,
    )
    return prefix if probe.returncode == 0 else []


@pytest.fixture(scope="session")
def xvfb() -> Iterator[str]:
    """A private Xvfb server on a free display (``-displayfd`` picks the number)."""
    if not (shutil.which("Xvfb") and shutil.which("xdotool")):
        pytest.skip("needs Xvfb and xdotool (apt-get install xvfb xdotool)")
    with private_display() as display:
        yield display
