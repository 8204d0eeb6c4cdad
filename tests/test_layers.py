"""The layers below the GUI never import Qt: they must run and be tested without a display."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import netplanner

PACKAGE = Path(netplanner.__file__).resolve().parent
HEADLESS_LAYERS = ("core", "storage", "interchange", "printing")
FORBIDDEN = ("PySide6", "netplanner.gui")


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_headless_layers_do_not_import_qt_in_source() -> None:
    offenders = []
    for layer in HEADLESS_LAYERS:
        for path in (PACKAGE / layer).rglob("*.py"):
            for name in _imported_modules(path):
                if name.startswith(FORBIDDEN):
                    offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []


def test_headless_layers_load_without_qt_at_run_time() -> None:
    """Importing every headless module (and what they import) pulls in no Qt at all."""
    modules = sorted(
        "netplanner." + ".".join(path.relative_to(PACKAGE).with_suffix("").parts)
        for layer in HEADLESS_LAYERS
        for path in (PACKAGE / layer).rglob("*.py")
        if path.name != "env.py"  # Alembic's env.py runs only inside a migration
        and "versions" not in path.parts
    )
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "import netplanner.datafile, netplanner.cli\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'netplanner.gui'))]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
