"""The wheel: build it, install it (not editable) into a fresh venv, use it from elsewhere.

Speed: the fresh venv gets the wheel with ``--no-deps`` and sees the heavy
dependencies (PySide6, SQLAlchemy, ReportLab, ...) of the environment running
the tests through a ``.pth`` file listing that environment's site-packages.
That is what ``--system-site-packages`` does, but for the right environment:
the tests run in ``.venv``, and ``--system-site-packages`` would expose the
base interpreter's packages instead. Installing the dependencies for real would
mean downloading or unpacking PySide6 (hundreds of MB) on every run. The
``.pth`` is written after the install, so pip never sees the development
environment's editable netplanner; at run time the venv's own site-packages
comes first, and the test checks that netplanner is imported from there.
"""

from __future__ import annotations

import importlib.util
import json
import os
import site
import subprocess
import sys
import sysconfig
import venv
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from packaging_support import ROOT

pytestmark = pytest.mark.packaging


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if importlib.util.find_spec("hatchling") is None:
        pytest.skip("hatchling is not installed (pip install -e '.[test]')")
    out = tmp_path_factory.mktemp("wheel")
    # No build isolation: build with this environment's hatchling (and PySide6 for
    # the translations hook) instead of downloading them into a throwaway one.
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--wheel-dir",
            str(out),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (built,) = out.glob("netplanner-*.whl")
    return built


@dataclass(frozen=True)
class FreshVenv:
    python: Path
    netplanner: Path
    site_packages: Path


@pytest.fixture(scope="module")
def fresh_venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> FreshVenv:
    folder = tmp_path_factory.mktemp("venv")
    venv.EnvBuilder(with_pip=False).create(folder)
    bin_dir = folder / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / ("python.exe" if os.name == "nt" else "python")
    # This environment's pip installs into the venv (pip --python), without an index.
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--no-deps",
            "--no-index",
            "--quiet",
            str(wheel),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    site_packages = Path(purelib)
    outer = dict.fromkeys(
        [
            *site.getsitepackages(),
            sysconfig.get_paths()["purelib"],
            sysconfig.get_paths()["platlib"],
        ]
    )
    (site_packages / "zz_test_dependencies.pth").write_text("\n".join(outer) + "\n")
    return FreshVenv(python, bin_dir / "netplanner", site_packages)


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "NETPLANNER_"))}
    env.pop("VIRTUAL_ENV", None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["HOME"] = str(tmp_path / "home")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "home" / ".config")
    env["XDG_DATA_HOME"] = str(tmp_path / "home" / ".local" / "share")
    return env


def test_wheel_holds_migrations_resources_and_translations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "netplanner/storage/migrations/env.py" in names
    versions = ROOT / "netplanner" / "storage" / "migrations" / "versions"
    for script in versions.glob("*.py"):
        assert f"netplanner/storage/migrations/versions/{script.name}" in names
    resources = ROOT / "resources"
    for kind in ("banks", "fonts", "icons"):
        for source in (resources / kind).iterdir():
            assert f"netplanner/_resources/{kind}/{source.name}" in names
    if (ROOT / "packaging" / "translations.py").exists():
        for source in (resources / "translations").glob("*.ts"):
            assert f"netplanner/_resources/translations/{source.stem}.qm" in names


def test_installed_wheel_runs_from_another_folder(fresh_venv: FreshVenv, tmp_path: Path) -> None:
    env = _env(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    where = subprocess.run(
        [
            str(fresh_venv.python),
            "-c",
            "import json, netplanner; from netplanner.resources import resource_path; "
            "from netplanner.storage.migrate import MIGRATIONS_DIR; "
            "print(json.dumps([netplanner.__file__, str(resource_path('banks')), "
            "str(MIGRATIONS_DIR)]))",
        ],
        env=env,
        cwd=elsewhere,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert where.returncode == 0, where.stderr
    for path in json.loads(where.stdout):
        assert Path(path).is_relative_to(fresh_venv.site_packages), path

    data_file = tmp_path / "data" / "netplanner.sqlite3"
    data_file.parent.mkdir()

    def netplanner(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(fresh_venv.netplanner), "--db", str(data_file), *args],
            env=env,
            cwd=elsewhere,
            capture_output=True,
            text=True,
            timeout=120,
        )

    demo = netplanner("demo")
    assert demo.returncode == 0, demo.stderr
    self_test = netplanner("--self-test")
    assert self_test.returncode == 0, self_test.stderr
    assert "self-test ok" in self_test.stdout and "12 contacts" in self_test.stdout
    conversations = json.loads(netplanner("list", "conversations", "--json").stdout)
    sheet = tmp_path / "sheet.pdf"
    made = netplanner("sheet", str(conversations[0]["id"]), "-o", str(sheet))
    assert made.returncode == 0, made.stderr
    assert sheet.read_bytes().startswith(b"%PDF")
