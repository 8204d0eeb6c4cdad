"""Bundled resources (fonts + licence), resource lookup, and lazy ReportLab import."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import netplanner.resources
from netplanner.resources import resource_path


def test_bundle_ships_fonts_and_licence() -> None:
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"):
        assert resource_path("fonts", name).stat().st_size > 100_000
    text = resource_path("fonts", "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert "Bitstream Vera Fonts Copyright" in text
    assert "Arev Fonts Copyright" in text
    # The CJK fallback, loaded only for text that needs it (test_glyph_fallback).
    assert resource_path("fonts", "DroidSansFallback.ttf").stat().st_size > 1_000_000
    text = resource_path("fonts", "LICENSE-DroidSansFallback.txt").read_text(encoding="utf-8")
    assert "Droid Sans Fallback" in text and "Apache License" in text


def _make_root(base: Path, folder: str = "resources") -> Path:
    font = base / folder / "fonts" / "DejaVuSans.ttf"
    font.parent.mkdir(parents=True)
    font.write_bytes(b"")
    return font


def test_resource_path_finds_pyinstaller_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundled = _make_root(tmp_path)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_path("fonts", "DejaVuSans.ttf") == bundled


def test_resource_path_prefers_resources_inside_the_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Wheel layout: site-packages/netplanner/_resources/...
    inside = _make_root(tmp_path / "netplanner", "_resources")
    monkeypatch.setattr(netplanner.resources, "_PACKAGE_DIR", tmp_path / "netplanner")
    assert resource_path("fonts", "DejaVuSans.ttf") == inside
    # A file that exists nowhere still resolves under the first existing root.
    missing = resource_path("fonts", "Nope.ttf")
    assert missing == tmp_path / "netplanner" / "_resources" / "fonts" / "Nope.ttf"


def test_importing_the_package_does_not_import_reportlab() -> None:
    code = (
        "import sys, netplanner, netplanner.printing, netplanner.resources, "
        "netplanner.printing.labels, netplanner.core.sheets.data; "
        "sys.exit(1 if 'reportlab' in sys.modules else 0)"
    )
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "-c", code], cwd=root, check=False)
    assert result.returncode == 0
