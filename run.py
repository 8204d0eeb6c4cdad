#!/usr/bin/env python3
"""One-command set-up for a fresh machine: ``python3 run.py app`` or ``python3 run.py tests``.

``tests`` first runs the checks (ruff's lint and format check, mypy), then pytest;
``python3 run.py checks`` runs the checks alone. Also ``python3 run.py bench`` (the speed benchmark, tests/bench/run.py) and
``python3 run.py package`` (the double-click app, packaging/build.py).

Creates ``.venv`` next to this file on first use, installs NetPlanner into it
(editable, with the test tools) whenever ``pyproject.toml`` changed, then
starts the app or runs the checks and the test suite. Extra arguments go to the app or
pytest.
Uses only the standard library, so it runs before anything is installed.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = Path(os.environ.get("NETPLANNER_VENV", ROOT / ".venv"))
STAMP = VENV / ".netplanner-installed"


def venv_python() -> Path:
    scripts = "Scripts" if os.name == "nt" else "bin"
    return VENV / scripts / ("python.exe" if os.name == "nt" else "python")


def ensure_environment() -> Path:
    if sys.version_info < (3, 11):  # noqa: UP036 - run.py may be started by an older python
        sys.exit(f"NetPlanner needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    python = venv_python()
    if not python.exists():
        print(f"Creating a virtual environment in {VENV} ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text().strip() != wanted:
        print(
            "Installing NetPlanner and its dependencies (first time takes a minute) ...", flush=True
        )
        subprocess.run([python, "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True)
        subprocess.run(
            [python, "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[test]"], check=True
        )
        STAMP.write_text(wanted)
    return python


#: The folders ruff looks at (the package, its tests, the build scripts and docs' scripts).
CHECKED = ["netplanner", "tests", "packaging", "docs"]
#: What runs before the tests, each (name, arguments after ``python -m``). mypy reads its
#: settings (what it checks, how strictly) from pyproject.toml; its cache is .mypy_cache.
CHECKS = [
    ("ruff check", ["ruff", "check", "--quiet", *CHECKED]),
    ("ruff format --check", ["ruff", "format", "--check", "--quiet", *CHECKED]),
    ("mypy", ["mypy"]),
]


def run_checks(python: Path) -> int:
    """Run every check (all of them, so one run shows every finding); 0 when all pass."""
    failed = []
    for name, arguments in CHECKS:
        if subprocess.run([python, "-m", *arguments], cwd=ROOT).returncode != 0:
            failed.append(name)
    if failed:
        print(
            f"Checks failed: {', '.join(failed)} (see above); the tests were not run.",
            file=sys.stderr,
        )
        return 1
    return 0


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("app", "tests", "checks", "bench", "package"):
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        return 2
    python = ensure_environment()
    if argv[0] == "app":
        try:  # the Dutch texts: resources/translations/*.ts to .qm, when missing or stale
            spec = importlib.util.spec_from_file_location(
                "translations", ROOT / "packaging" / "translations.py"
            )
            translations = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(translations)
            translations.compile_translations()
        except Exception as error:  # NetPlanner still starts, in English
            print(f"Translations not compiled: {error}", file=sys.stderr)
        command = [python, "-m", "netplanner", *argv[1:]]
    elif argv[0] == "bench":
        command = [python, str(ROOT / "tests" / "bench" / "run.py"), *argv[1:]]
    elif argv[0] == "package":
        command = [python, str(ROOT / "packaging" / "build.py"), *argv[1:]]
    elif argv[0] == "checks":
        return run_checks(python)
    else:
        failed = run_checks(python)
        if failed:
            return failed
        command = [python, "-m", "pytest", *argv[1:]]
    return subprocess.run(command, cwd=ROOT).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
