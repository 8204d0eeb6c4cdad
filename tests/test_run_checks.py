"""``python3 run.py tests`` runs the checks (ruff, mypy) first, and a failing check stops
it with one clear line and a non-zero exit, before pytest starts."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _run_py() -> ModuleType:
    spec = importlib.util.spec_from_file_location("netplanner_run_py", ROOT / "run.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_checks_are_ruff_lint_ruff_format_and_mypy() -> None:
    run = _run_py()
    commands = [arguments[:2] for _name, arguments in run.CHECKS]
    assert commands == [["ruff", "check"], ["ruff", "format"], ["mypy"]]
    assert "--check" in run.CHECKS[1][1]
    for folder in ("netplanner", "tests", "packaging", "docs"):
        assert folder in run.CHECKS[0][1] and folder in run.CHECKS[1][1]


def test_a_failing_check_fails_the_run_and_says_which(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    run = _run_py()
    # `python -m json.tool FILE` fails on a file that does not exist, passes on a JSON file.
    monkeypatch.setattr(
        run,
        "CHECKS",
        [
            ("fine", ["json.tool", str(ROOT / "resources" / "banks" / "en-informational.json")]),
            ("broken", ["json.tool", str(ROOT / "no-such-file.json")]),
        ],
    )
    started: list[list[str]] = []
    real_run = subprocess.run

    def recording_run(command: list[str], **kwargs: object) -> object:
        started.append([str(part) for part in command])
        return real_run(command, **kwargs, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    monkeypatch.setattr(run.subprocess, "run", recording_run)
    monkeypatch.setattr(run, "ensure_environment", lambda: Path(sys.executable))

    assert run.main(["tests", "-q"]) == 1
    assert "Checks failed: broken (see above); the tests were not run." in capsys.readouterr().err
    assert not any("pytest" in command for command in started), "pytest ran after a failure"


def test_all_checks_passing_goes_on_to_pytest(monkeypatch: pytest.MonkeyPatch) -> None:
    run = _run_py()
    monkeypatch.setattr(run, "CHECKS", [("fine", ["json.tool", "--help"])])
    started: list[list[str]] = []

    def recording_run(command: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
        started.append([str(part) for part in command])
        return subprocess.CompletedProcess(command, 0)

    monkeypatch.setattr(run.subprocess, "run", recording_run)
    monkeypatch.setattr(run, "ensure_environment", lambda: Path(sys.executable))

    assert run.main(["tests", "tests/core", "-q"]) == 0
    assert started[-1][1:] == ["-m", "pytest", "tests/core", "-q"]
