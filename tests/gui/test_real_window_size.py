"""The first window fits the screen, frame and all: a real X11 window under Xvfb with
openbox as window manager, on a 1366 × 768 laptop screen and on 1920 × 1080 at 150 %
scaling (QT_SCALE_FACTOR=1.5, so 1280 × 720 logical pixels)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from xvfb_server import private_display

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not all(shutil.which(tool) for tool in ("Xvfb", "xdotool", "openbox", "xprop", "xwininfo")),
        reason="needs Xvfb, xdotool, openbox, xprop, xwininfo (apt-get install xvfb xdotool "
        "openbox x11-utils)",
    ),
]


def _run(command: list[str], env: dict[str, str]) -> str:
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=60).stdout


def _frame(window: str, env: dict[str, str]) -> tuple[int, int, int, int] | None:
    """The window's outer rectangle (left, top, right, bottom), once openbox framed it."""
    extents = _run(["xprop", "-id", window, "_NET_FRAME_EXTENTS"], env)
    numbers = [int(n) for n in re.findall(r"\d+", extents.partition("=")[2])]
    if len(numbers) != 4:
        return None
    left, right, top, bottom = numbers
    # xwininfo, not xdotool getwindowgeometry: that counts the frame's offset twice.
    info = _run(["xwininfo", "-id", window], env)

    def field(name: str) -> int:
        return int(re.search(rf"{name}:\s+(-?\d+)", info).group(1))  # type: ignore[union-attr]

    x, y = field("Absolute upper-left X"), field("Absolute upper-left Y")
    width, height = field("Width"), field("Height")
    return x - left, y - top, x + width + right, y + height + bottom


@pytest.mark.parametrize(
    ("screen", "scale"), [("1366x768", "1"), ("1920x1080", "1.5")], ids=["1366x768", "150%"]
)
def test_the_first_window_fits_the_screen_frame_and_all(
    tmp_path: Path, screen: str, scale: str
) -> None:
    width, height = (int(n) for n in screen.split("x"))
    with private_display(f"{screen}x24") as display:
        env = dict(os.environ)
        env.update(
            DISPLAY=display,
            QT_QPA_PLATFORM="xcb",
            QT_SCALE_FACTOR=scale,
            HOME=str(tmp_path),
            XDG_CONFIG_HOME=str(tmp_path / "config"),
            XDG_DATA_HOME=str(tmp_path / "data"),
        )
        env.pop("NETPLANNER_DB", None)
        manager = subprocess.Popen(["openbox"], env=env, stderr=subprocess.DEVNULL)
        db = tmp_path / "demo.sqlite3"
        command = [sys.executable, "-m", "netplanner", "--db", str(db)]
        subprocess.run([*command, "demo"], env=env, check=True, capture_output=True)
        app = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
        try:
            found = _run(
                # The title names the data file: "demo.sqlite3 – NetPlanner".
                [
                    "xdotool",
                    "search",
                    "--sync",
                    "--onlyvisible",
                    "--name",
                    r"^demo\.sqlite3 .+ NetPlanner$",
                ],
                env,
            )
            window = found.split()[0]
            frame = None
            deadline = time.monotonic() + 10
            while frame is None and time.monotonic() < deadline:
                time.sleep(0.2)
                frame = _frame(window, env)
            assert frame is not None, "openbox did not frame the window"
            left, top, right, bottom = frame
            assert left >= 0 and top >= 0, frame
            assert right <= width and bottom <= height, (frame, screen)
            assert bottom - top >= height * 0.8, "the window uses the height there is"
        finally:
            app.kill()
            app.wait(timeout=10)
            manager.terminate()
            manager.wait(timeout=10)
