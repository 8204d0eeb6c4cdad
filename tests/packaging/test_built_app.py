"""The double-click app: build it with packaging/build.py and use it as a user would.

The app is built once per test session into a temporary folder (about 80 s),
then started from another folder, with the source tree hidden from it where the
system allows (see ``hide_source_tree``), in a real X11 window under Xvfb.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from packaging_support import FIGURES, ROOT, BuiltApp, desktop_env

pytestmark = [pytest.mark.packaging, pytest.mark.slow]

APP_ID = "nl.netplanner.NetPlanner"

# Runs in the test's own Python with PySide6, as an X11 client of the Xvfb
# server: grabs the whole screen (window 0 is the root window) into a PNG and
# prints how many different colours a grid of samples found (1 = blank screen).
_SCREENSHOT = """
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(sys.argv[:1])
image = app.primaryScreen().grabWindow(0).toImage()
if not image.save(sys.argv[1]):
    sys.exit("could not save the screenshot")
colours = {image.pixel(x, y) for x in range(0, image.width(), 16)
           for y in range(0, image.height(), 16)}
print(len(colours))
"""


def screenshot(env: dict[str, str], target: Path) -> int:
    """Save the X screen as a PNG; return the number of colours sampled."""
    result = subprocess.run(
        [sys.executable, "-c", _SCREENSHOT, str(target)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return int(result.stdout.strip().splitlines()[-1])


def find_windows(env: dict[str, str], title_pattern: str) -> list[str]:
    result = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", title_pattern],
        env=env,
        capture_output=True,
        text=True,
        timeout=10,
    )
    return result.stdout.split()


def wait_for_window(
    env: dict[str, str], title_pattern: str, timeout: float, app: subprocess.Popen[str]
) -> str:
    """Poll every 50 ms (xdotool's own --sync waits half a second between looks)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        windows = find_windows(env, title_pattern)
        if windows:
            return windows[0]
        if app.poll() is not None:
            _, stderr = app.communicate(timeout=10)
            pytest.fail(f"the app exited with {app.returncode} before showing a window:\n{stderr}")
        time.sleep(0.05)
    pytest.fail(f"no window titled {title_pattern!r} within {timeout} s")


def contact_count(data_file: Path) -> int:
    try:
        with sqlite3.connect(f"file:{data_file}?mode=ro", uri=True, timeout=5) as connection:
            return connection.execute("SELECT count(*) FROM contact").fetchone()[0]
    except sqlite3.Error:
        return -1  # not created or not migrated yet


def cpu_seconds(pid: int) -> float:
    """CPU time the process used so far (user + system): less noisy than the wall clock
    on a busy machine."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run_app(
    app: BuiltApp, prefix: list[str], args: list[str], env: dict[str, str], cwd: Path
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*prefix, str(app.executable), *args],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_bundle_holds_resources_migrations_and_metadata(built_app: BuiltApp) -> None:
    internal = built_app.folder / "_internal"
    assert built_app.executable.is_file()
    for name in ("banks", "fonts", "icons"):
        assert any((internal / "resources" / name).iterdir()), name
    assert not list((internal / "resources").rglob("*.ts")), "translation sources shipped"
    for source in (ROOT / "resources" / "translations").glob("*.ts"):
        assert (internal / "resources" / "translations" / source.with_suffix(".qm").name).is_file()
    migrations = internal / "netplanner" / "storage" / "migrations"
    assert (migrations / "env.py").is_file()
    shipped = {path.name for path in (migrations / "versions").glob("*.py")}
    versions = ROOT / "netplanner" / "storage" / "migrations" / "versions"
    expected = {path.name for path in versions.glob("*.py")}
    assert shipped == expected
    # Qt's own translations, so that standard buttons speak Dutch too.
    assert list(internal.rglob("qtbase_nl.qm"))
    # Desktop integration beside the executable.
    share = built_app.folder / "share"
    assert (share / "applications" / f"{APP_ID}.desktop").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png").is_file()
    assert (built_app.folder / "install.sh").stat().st_mode & 0o111


def test_built_app_opens_its_window_on_an_empty_data_folder(
    built_app: BuiltApp, xvfb: str, hide_source_tree: list[str], tmp_path: Path
) -> None:
    data_file = tmp_path / "data" / "netplanner.sqlite3"
    data_file.parent.mkdir()
    elsewhere = tmp_path / "somewhere-else"
    elsewhere.mkdir()
    env = desktop_env(xvfb, tmp_path / "home", data_file)
    started = time.monotonic()
    app = subprocess.Popen(
        [*hide_source_tree, str(built_app.executable)],
        env=env,
        cwd=elsewhere,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        # The main window's title names its data file: "netplanner.sqlite3 – NetPlanner".
        wait_for_window(env, f"^{data_file.name} – NetPlanner$", 60, app)
        seconds = time.monotonic() - started
        FIGURES["start time (process start to window shown)"] = (
            f"{seconds:.2f} s wall, {cpu_seconds(app.pid):.2f} s CPU"
        )
        # The first start of an empty file offers the example network in a
        # box of its own; the main window is up behind it.
        offer = wait_for_window(env, "^Welcome to NetPlanner$", 30, app)
        first = tmp_path / "first-start.png"
        assert screenshot(env, first) > 5, "the screen is blank"
        assert contact_count(data_file) == 0
        # Accept the offer as a user would: focus the box, press Enter (its
        # default button is "Load example network").
        subprocess.run(["xdotool", "windowfocus", "--sync", offer], env=env, timeout=10)
        subprocess.run(["xdotool", "key", "--clearmodifiers", "Return"], env=env, timeout=10)
        deadline = time.monotonic() + 20
        while contact_count(data_file) != 12 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert contact_count(data_file) == 12, "the example network was not loaded"
        time.sleep(1)  # let the tables repaint before the picture
        second = tmp_path / "example-network.png"
        assert screenshot(env, second) > 5
        FIGURES["screenshots"] = f"{first} {second}"
        assert app.poll() is None, "the app quit by itself"
    finally:
        app.terminate()
        try:
            app.wait(timeout=10)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait(timeout=10)
    FIGURES["source tree"] = (
        "hidden from the built app (unshare + tmpfs)"
        if hide_source_tree
        else "not hidden (unshare not allowed here); the app ran from another folder"
    )


def test_built_app_self_test_demo_and_sheet(
    built_app: BuiltApp, xvfb: str, hide_source_tree: list[str], tmp_path: Path
) -> None:
    data_file = tmp_path / "demo" / "netplanner.sqlite3"
    data_file.parent.mkdir()
    env = desktop_env(xvfb, tmp_path / "home")
    cwd = tmp_path

    version = run_app(built_app, hide_source_tree, ["--version"], env, cwd)
    from netplanner import __version__

    assert version.stdout.strip() == f"NetPlanner {__version__}"

    demo = run_app(built_app, hide_source_tree, ["--db", str(data_file), "demo"], env, cwd)
    assert demo.returncode == 0, demo.stderr
    listed = run_app(
        built_app,
        hide_source_tree,
        ["--db", str(data_file), "list", "conversations", "--json"],
        env,
        cwd,
    )
    assert listed.returncode == 0, listed.stderr
    conversations = json.loads(listed.stdout)
    # The one with a Turkish name: the sheet must embed fonts that have its letters.
    chosen = next((c for c in conversations if not c["contact"].isascii()), conversations[0])

    self_test = run_app(
        built_app, hide_source_tree, ["--db", str(data_file), "--self-test"], env, cwd
    )
    assert self_test.returncode == 0, self_test.stderr
    assert "self-test ok" in self_test.stdout and "12 contacts" in self_test.stdout

    sheet = tmp_path / "sheet.pdf"
    made = run_app(
        built_app,
        hide_source_tree,
        ["--db", str(data_file), "sheet", str(chosen["id"]), "-o", str(sheet)],
        env,
        cwd,
    )
    assert made.returncode == 0, made.stderr
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(sheet).pages)
    assert chosen["contact"] in text


def _dutch(source: str) -> str | None:
    """The Dutch translation of ``source`` in resources/translations/netplanner_nl.ts."""
    import xml.etree.ElementTree as ET

    ts = ROOT / "resources" / "translations" / "netplanner_nl.ts"
    if not ts.exists():
        return None
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if message.findtext("source") == source and translation is not None and translation.text:
            return translation.text
    return None


def test_built_app_speaks_dutch_on_a_dutch_system(
    built_app: BuiltApp, xvfb: str, hide_source_tree: list[str], tmp_path: Path
) -> None:
    """The compiled translations are inside the bundle and found there."""
    title = _dutch("Welcome to NetPlanner")
    if title is None:
        pytest.skip("no Dutch translation of the welcome title yet")
    data_file = tmp_path / "netplanner.sqlite3"
    env = desktop_env(xvfb, tmp_path / "home", data_file)
    env["LANG"] = "nl_NL.UTF-8"
    app = subprocess.Popen(
        [*hide_source_tree, str(built_app.executable)],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_for_window(env, f"^{title}$", 60, app)
        picture = tmp_path / "dutch-first-start.png"
        assert screenshot(env, picture) > 5
        FIGURES["screenshot in Dutch"] = str(picture)
    finally:
        app.terminate()
        try:
            app.wait(timeout=10)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait(timeout=10)
