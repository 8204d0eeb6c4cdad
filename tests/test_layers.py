"""The layers and their order.

The layers below the GUI never import Qt: they must run and be tested without a display.
And imports point down only, from the bottom up::

    foundation   netplanner/__init__, messages, paths, resources, garbage_collector,
                 process_clock
    storage      the data file: engine, pragmas, migrations, backups
    core         models, services, the method's rules
    interchange, printing   (side by side: neither imports the other)
    datafile     opening the data file as the app does (storage, core, bundled banks)
    gui          the window
    cli          the command line, which opens the window when no command is given

A module may import its own layer and the layers below it, never one above or beside
it. Alembic's ``env.py`` and the migration scripts are storage too, and import nothing
of the core: a migration carries its own table definitions.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import netplanner

PACKAGE = Path(netplanner.__file__).resolve().parent
HEADLESS_LAYERS = ("core", "storage", "interchange", "printing")
FORBIDDEN = ("PySide6", "netplanner.gui")

#: Each layer's rank, from the bottom; layers of the same rank may not import each other.
RANK = {
    "foundation": 0,
    "storage": 1,
    "core": 2,
    "interchange": 3,
    "printing": 3,
    "datafile": 4,
    "gui": 5,
    "cli": 6,
}
#: The modules at the package's root, by layer. A new one must be placed here.
ROOT_MODULES = {
    "__init__": "foundation",
    "messages": "foundation",
    "paths": "foundation",
    "resources": "foundation",
    "garbage_collector": "foundation",
    "language": "foundation",
    "catalogue": "foundation",
    "process_clock": "foundation",
    "datafile": "datafile",
    "__main__": "cli",
}


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            # ``from netplanner import datafile`` imports a module too
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
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


def _layer(module: str) -> str:
    """The layer of ``netplanner.X…`` (a package is its own layer; root modules as placed)."""
    parts = module.split(".")
    first = parts[1] if len(parts) > 1 else "__init__"
    if (PACKAGE / first).is_dir():
        return first
    if (PACKAGE / f"{first}.py").is_file():
        return ROOT_MODULES.get(first, f"unplaced root module {first}")
    return ROOT_MODULES["__init__"]  # a name from netplanner/__init__.py


def _own_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    return ".".join(("netplanner", *parts))


def layer_offences(package: Path) -> list[str]:
    """Every import in ``package`` that points up, or sideways into another layer."""
    offences = []
    for path in sorted(package.rglob("*.py")):
        own = _layer(_own_name(path))
        if own not in RANK:
            offences.append(f"{path.relative_to(package)}: {own} (add it to ROOT_MODULES)")
            continue
        for name in sorted(_imported_modules(path)):
            if name != "netplanner" and not name.startswith("netplanner."):
                continue
            target = _layer(name)
            if target == own:
                continue
            if target not in RANK or RANK[target] >= RANK[own]:
                offences.append(f"{path.relative_to(package)} ({own}) imports {name} ({target})")
    return offences


def test_imports_point_down_the_layers_only() -> None:
    assert layer_offences(PACKAGE) == []


def test_every_layer_is_a_package_or_a_placed_root_module() -> None:
    packages = {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").is_file()}
    assert packages <= set(RANK), "a new package at the root needs its place in RANK"
    modules = {p.stem for p in PACKAGE.glob("*.py")}
    assert modules == set(ROOT_MODULES), "a new module at the root needs its layer"
