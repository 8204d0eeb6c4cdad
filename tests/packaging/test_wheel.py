"""The wheel: build it as ``pip install .`` does (isolated, from a clean copy of the tree), install
it (not editable) into a fresh venv, use it from elsewhere, in Dutch too.

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

import json
import os
import shutil
import site
import subprocess
import sys
import sysconfig
import venv
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from packaging_support import ROOT

pytestmark = pytest.mark.packaging


def clean_copy(target: Path) -> Path:
    """The source tree as a fresh clone has it, in ``target``: the files git tracks or would
    track (uncommitted work included), without build output such as compiled ``.qm`` files.
    Outside a git checkout (a source release), the tree less ``*.qm`` and caches."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=False,
    )
    if listed.returncode == 0:
        for name in filter(None, listed.stdout.decode().split("\0")):
            source = ROOT / name
            if source.is_file():  # a tracked file deleted in the work tree is gone here too
                (target / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, target / name)
    else:
        shutil.copytree(
            ROOT,
            target,
            dirs_exist_ok=True,
            ignore=shutil.ignore_patterns(
                "*.qm", ".venv", ".git", "__pycache__", ".*_cache", "build", "dist"
            ),
        )
    return target


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel ``pip install .`` builds: with build isolation, from a clean copy of the tree.

    Isolation means pip installs the ``[build-system] requires`` (hatchling and its few small
    dependencies) into a throwaway environment from the index pip is configured with, as every
    ``pip install .`` does; nothing else is fetched. The build runs in this environment's
    interpreter, which has PySide6 and its ``pyside6-lrelease``: a hook that called that tool
    would fail there (PySide6 is not importable inside the isolated build).
    """
    source = clean_copy(tmp_path_factory.mktemp("clean-tree"))
    assert (source / "pyproject.toml").is_file()
    assert not list(source.rglob("*.qm")), "the clean copy holds compiled translations"
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            # An index that does not answer costs a minute, not pip's default of 5 x 3.
            "--timeout",
            "30",
            "--retries",
            "1",
            "--wheel-dir",
            str(out),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    output = result.stdout + result.stderr
    if result.returncode != 0 and "hatchling" in output and "No matching distribution" in output:
        pytest.fail(
            "pip could not get hatchling for the isolated build from its index; this test "
            "needs the package index pip is configured with, as `pip install .` does:\n"
            + output[-3000:]
        )
    assert result.returncode == 0, output
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


def _finished_messages(ts: Path) -> list[tuple[str, str, str | None, str]]:
    """(context, source, disambiguation, translation) of each finished message in ``ts``."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") or not translation.text:
                continue
            comment = message.findtext("comment") or None
            found.append((name, message.findtext("source") or "", comment, translation.text))
    return found


def test_the_wheels_catalogues_load_in_qt_and_translate_every_message(
    wheel: Path, tmp_path: Path
) -> None:
    from PySide6.QtCore import QTranslator

    sources = sorted((ROOT / "resources" / "translations").glob("*.ts"))
    assert sources
    with zipfile.ZipFile(wheel) as archive:
        for source in sources:
            path = tmp_path / f"{source.stem}.qm"
            path.write_bytes(archive.read(f"netplanner/_resources/translations/{path.name}"))
            translator = QTranslator()
            assert translator.load(str(path)), path.name
            messages = _finished_messages(source)
            assert messages, source.name
            wrong = [m for m in messages if translator.translate(*m[:3]) != m[3]]
            assert not wrong, f"{source.name}: {len(wrong)} messages not translated: {wrong[:5]}"


def test_installed_wheel_speaks_dutch(fresh_venv: FreshVenv, tmp_path: Path) -> None:
    script = (
        "import json; from PySide6.QtCore import QCoreApplication; "
        "app = QCoreApplication([]); from netplanner.gui import translation; "
        "loaded = translation.install_translators('nl'); "
        "print(json.dumps([loaded, QCoreApplication.translate('MainWindow', '&File')]))"
    )
    result = subprocess.run(
        [str(fresh_venv.python), "-c", script],
        env=_env(tmp_path),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    loaded, file_menu = json.loads(result.stdout)
    ours = [Path(path) for path in loaded if Path(path).is_relative_to(fresh_venv.site_packages)]
    assert any(path.name == "netplanner_nl.qm" for path in ours), loaded
    assert file_menu == "&Bestand"


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
