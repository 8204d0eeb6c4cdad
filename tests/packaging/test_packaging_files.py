"""The packaging's own files, checked without building anything (a few seconds).

The icon containers and the Windows version resource are made on Linux for
Windows and macOS, where nobody here can look at them: these tests read them
back the way those systems would.
"""

from __future__ import annotations

import configparser
import importlib.util
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from packaging_support import PACKAGING_DIR

APP_ID = "nl.netplanner.NetPlanner"
LINUX = PACKAGING_DIR / "linux"


def _project_version() -> str:
    from netplanner import __version__

    return __version__


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


@pytest.fixture(scope="module")
def icons(qapp, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    # qapp first: icons.py would otherwise make a QGuiApplication, and the widget
    # tests after this module need pytest-qt's QApplication.
    sys.path.insert(0, str(PACKAGING_DIR))
    try:
        from icons import make_icons  # packaging/icons.py
    finally:
        sys.path.remove(str(PACKAGING_DIR))
    return make_icons(tmp_path_factory.mktemp("icons"))


def test_icon_pngs_are_rendered_at_each_size_and_not_empty(icons: dict[str, Path]) -> None:
    from PySide6.QtGui import QImage

    for size in (16, 32, 48, 256, 1024):
        image = QImage(str(icons["png_dir"] / f"{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        centre = image.pixelColor(size // 2, size // 2)
        assert centre.alpha() == 255, "the icon has a hole in the middle"


def test_ico_directory_points_at_pngs_of_the_sizes_it_claims(icons: dict[str, Path]) -> None:
    data = icons["ico"].read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1) and count == 7
    sizes = set()
    for index in range(count):
        width, height, _, _, planes, bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        side = width or 256
        assert (planes, bits, height or 256) == (1, 32, side)
        assert _png_size(data[offset : offset + length]) == (side, side)
        sizes.add(side)
    assert {16, 32, 48, 256} <= sizes


def test_icns_holds_every_size_macos_asks_for(icons: dict[str, Path]) -> None:
    data = icons["icns"].read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    found = {}
    position = 8
    while position < len(data):
        kind, length = (
            data[position : position + 4],
            struct.unpack(">I", data[position + 4 : position + 8])[0],
        )
        found[kind] = _png_size(data[position + 8 : position + length])[0]
        position += length
    assert position == len(data)
    assert found[b"ic10"] == 1024 and found[b"ic09"] == 512 and found[b"ic07"] == 128
    assert found[b"icp4"] == 16 and found[b"ic11"] == 32


def test_version_numbers_come_from_pyproject(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(PACKAGING_DIR))
    from appinfo import AppInfo, read_app_info
    from version_info import version_info_text

    info = read_app_info()
    assert info.version == _project_version()
    odd = AppInfo("netplanner", "NetPlanner", "1.2.3rc1", "", APP_ID)
    assert odd.version_tuple == (1, 2, 3, 0) and odd.short_version == "1.2.3"
    assert AppInfo("n", "N", "2.0", "", APP_ID).version_tuple == (2, 0, 0, 0)

    # Evaluate the version file the way PyInstaller does on Windows, with
    # stand-ins for its classes that just record their arguments.
    def record(name: str):
        return lambda *args, **kwargs: (name, args, kwargs)

    names = ["VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable",
             "StringStruct", "VarFileInfo", "VarStruct"]  # fmt: skip
    text = version_info_text(info)
    root = eval(text, {name: record(name) for name in names})
    fixed = root[2]["ffi"][2]
    assert fixed["filevers"] == fixed["prodvers"] == info.version_tuple
    strings = dict(s[1] for s in root[2]["kids"][0][1][0][0][1][1])
    assert strings["ProductVersion"] == strings["FileVersion"] == info.version
    assert strings["OriginalFilename"] == "NetPlanner.exe"


def test_spec_is_valid_python() -> None:
    source = (PACKAGING_DIR / "netplanner.spec").read_text()
    compile(source, "netplanner.spec", "exec")
    assert "bundle_identifier=INFO.app_id" in source and "console=False" in source


def test_metainfo_names_the_app_and_the_current_version() -> None:
    path = LINUX / f"{APP_ID}.metainfo.xml"
    component = ET.parse(path).getroot()
    assert component.tag == "component" and component.get("type") == "desktop-application"
    for tag in ("id", "name", "summary", "metadata_license", "project_license", "description"):
        assert component.find(tag) is not None, tag
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == f"{APP_ID}.desktop"
    newest = component.find("releases/release")
    assert newest is not None and newest.get("version") == _project_version(), (
        "add a <release> for the new version to the metainfo"
    )
    if shutil.which("appstreamcli"):
        result = subprocess.run(
            ["appstreamcli", "validate", "--no-net", str(path)], capture_output=True, text=True
        )
        assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_file_is_valid_and_names_the_icon() -> None:
    path = LINUX / f"{APP_ID}.desktop"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(path, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Name"] == "NetPlanner"
    assert section["Icon"] == APP_ID and section["Terminal"] == "false"
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(
            ["desktop-file-validate", str(path)], capture_output=True, text=True
        )
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux desktop integration")
def test_install_sh_adds_a_menu_entry_pointing_at_the_folder(
    icons: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.syspath_prepend(str(PACKAGING_DIR))
    # packaging/build.py, under a name that cannot be taken for PyPA's "build"
    spec = importlib.util.spec_from_file_location("netplanner_build", PACKAGING_DIR / "build.py")
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)

    app = tmp_path / "Unpacked here" / "NetPlanner"  # a space, as in real folder names
    app.mkdir(parents=True)
    (app / "NetPlanner").write_text("#!/bin/sh\n")
    (app / "NetPlanner").chmod(0o755)
    build.add_linux_desktop_files(app, icons["png_dir"].parent)
    home = tmp_path / "home"
    result = subprocess.run(
        ["sh", str(app / "install.sh")],
        env={"HOME": str(home), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    data = home / ".local" / "share"
    installed = data / "applications" / f"{APP_ID}.desktop"
    assert f'Exec="{app}/NetPlanner"' in installed.read_text().splitlines()
    assert (data / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (home / ".local" / "bin" / "netplanner").resolve() == (app / "NetPlanner").resolve()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(installed)], capture_output=True)
        assert check.returncode == 0, check.stdout


def test_the_app_announces_the_desktop_id_the_packaging_installs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import netplanner

    monkeypatch.syspath_prepend(str(PACKAGING_DIR))
    from appinfo import read_app_info

    # The window says this id (QGuiApplication.setDesktopFileName); the .desktop file,
    # the metainfo and the macOS bundle are named by the packaging's: they must agree.
    assert netplanner.APP_ID == read_app_info().app_id == APP_ID
    assert (LINUX / f"{netplanner.APP_ID}.desktop").is_file()
