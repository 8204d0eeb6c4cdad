"""NetPlanner's translations: compile ``resources/translations/*.ts`` to ``.qm``, and refresh
the ``.ts`` sources from the code.

Standard library only, so ``run.py`` (before anything is installed) and the wheel's build hook
(in pip's isolated build environment, without PySide6) can import it.
``compile_translations()`` compiles each ``.ts`` whose ``.qm`` is missing or older with
``ts_to_qm.py``, a compiler in pure Python that writes what Qt's ``lrelease`` writes.
``update_sources()`` runs Qt's ``lupdate`` and so needs PySide6 (a development task).
The ``.qm`` files are build output and are not committed.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
#: Where the texts NetPlanner shows live: lupdate reads every ``.py`` file under these (the
#: command line's own texts too: it reads the same catalogue, see ``netplanner/catalogue.py``)
#: and the root modules in :data:`SOURCE_MODULES`.
SOURCE_DIRS = tuple(
    ROOT / "netplanner" / part
    for part in ("gui", "core", "storage", "interchange", "printing", "cli")
)
#: Modules at the package root with texts NetPlanner may show (``paths``: a data location
#: NetPlanner cannot open; ``datafile``: what to do about a damaged file).
SOURCE_MODULES = (ROOT / "netplanner" / "paths.py", ROOT / "netplanner" / "datafile.py")
LANGUAGES = ("nl",)
_EXE = ".exe" if os.name == "nt" else ""


class TranslationToolMissing(RuntimeError):
    """PySide6's ``lupdate`` could not be found."""


def _script_dirs(python: Path) -> list[Path]:
    """Where an environment's console scripts live, seen from its Python."""
    folder = python.parent
    return [folder, folder / "Scripts", folder / "bin"]


def _pyside_dir(python: Path | None) -> Path | None:
    """The PySide6 package folder of ``python`` (this interpreter when None)."""
    if python is None or Path(python).resolve() == Path(sys.executable).resolve():
        spec = importlib.util.find_spec("PySide6")
        if spec is None or not spec.submodule_search_locations:
            return None
        return Path(next(iter(spec.submodule_search_locations)))
    result = subprocess.run(
        [
            str(python),
            "-c",
            "import importlib.util as u; s = u.find_spec('PySide6'); "
            "print(next(iter(s.submodule_search_locations)) if s else '')",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    found = result.stdout.strip()
    return Path(found) if result.returncode == 0 and found else None


def find_tool(name: str, python: Path | None = None) -> list[str]:
    """The command that runs Qt's ``name`` ("lupdate", or "lrelease" to compare with), for the
    environment of ``python`` (default: this one).

    Looks for ``pyside6-<name>`` next to the interpreter (a virtual environment's ``bin`` or
    ``Scripts``), then for the ``<name>`` binary inside the PySide6 package.
    ``NETPLANNER_LRELEASE`` / ``NETPLANNER_LUPDATE`` name a program to use instead.
    """
    forced = os.environ.get(f"NETPLANNER_{name.upper()}")
    if forced:
        return [forced]
    interpreter = Path(python) if python is not None else Path(sys.executable)
    script = f"pyside6-{name}{_EXE}"
    candidates = [d / script for d in _script_dirs(interpreter)]
    if python is None:
        candidates += [Path(sys.prefix) / d / script for d in ("bin", "Scripts")]
    package = _pyside_dir(python)
    if package is not None:
        candidates += [package / f"{name}{_EXE}", package / "Qt" / "bin" / f"{name}{_EXE}"]
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return [str(candidate)]
    raise TranslationToolMissing(
        f"Cannot find pyside6-{name} (part of PySide6); "
        f"install PySide6-Essentials or set NETPLANNER_{name.upper()}."
    )


def source_files() -> list[Path]:
    """The Python files lupdate reads, in a stable order."""
    found = [path for folder in SOURCE_DIRS for path in folder.rglob("*.py")]
    return sorted([*found, *SOURCE_MODULES])


def update_sources(target: Path | None = None, language: str = "nl") -> Path:
    """Run lupdate over :data:`SOURCE_DIRS` into ``target`` (default: the project's
    ``netplanner_<language>.ts``): new texts are added unfinished, gone ones dropped,
    existing translations kept. Returns the ``.ts`` written."""
    target = Path(target) if target is not None else TRANSLATIONS / f"netplanner_{language}.ts"
    target.parent.mkdir(parents=True, exist_ok=True)
    files = [os.path.relpath(path, ROOT) for path in source_files()]
    subprocess.run(
        [
            *find_tool("lupdate"),
            "-silent",
            "-no-obsolete",
            "-locations",
            "relative",
            "-target-language",
            language,
            *files,
            "-ts",
            str(target),
        ],
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )
    _drop_stray_comments(target)
    return target


#: lupdate reads ``#:`` comments as notes for translators and pins them on the next text
#: it finds, even lines below; in the core and the command line those comments document
#: attributes instead.
_STRAY_NOTE = re.compile(
    r'(<location filename="[^"]*/netplanner/'
    r"(?:(?:core|storage|interchange|printing|cli)/|datafile\.py)[^>]*>\n"
    r"(?:\s*<location[^>]*>\n)*\s*<source>[^<]*</source>\n)\s*<extracomment>.*?</extracomment>\n",
    re.DOTALL,
)


def _drop_stray_comments(ts_file: Path) -> None:
    text = ts_file.read_text(encoding="utf-8")
    cleaned = _STRAY_NOTE.sub(r"\1", text)
    if cleaned != text:
        ts_file.write_text(cleaned, encoding="utf-8")


def _compiler():
    """``ts_to_qm.py`` beside this file (loaded by path: this folder is not a package, and
    its name would shadow the ``packaging`` distribution)."""
    name = "netplanner_ts_to_qm"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name("ts_to_qm.py"))
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # before running it: its dataclasses look themselves up
        spec.loader.exec_module(module)
    return sys.modules[name]


def compile_translations(
    source_dir: Path = TRANSLATIONS, *, target_dir: Path | None = None, force: bool = False
) -> list[Path]:
    """Compile each ``*.ts`` in ``source_dir`` to a ``.qm`` in ``target_dir`` (default: beside
    it) when that is missing or older than the ``.ts`` (always with ``force``). Returns the
    ``.qm`` files written. Needs no Qt (see ``ts_to_qm.py``); raises ``TsError`` with a
    one-line message for a file it cannot compile.
    """
    target_dir = Path(target_dir) if target_dir is not None else Path(source_dir)
    compiler = _compiler()
    written = []
    for source in sorted(Path(source_dir).glob("*.ts")):
        target = target_dir / source.with_suffix(".qm").name
        if force or not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            written.append(compiler.compile_file(source, target))
    return written


if __name__ == "__main__":
    # ``python packaging/translations.py update`` refreshes the .ts sources after UI changes;
    # with no argument (or ``--force``) it compiles them.
    if sys.argv[1:2] == ["update"]:
        for code in LANGUAGES:
            print(update_sources(language=code))
    else:
        for path in compile_translations(force="--force" in sys.argv[1:]):
            print(path)
