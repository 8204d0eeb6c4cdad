"""Compile NetPlanner's translations: ``resources/translations/*.ts`` to ``.qm`` beside them.

Standard library only, so ``run.py`` (before anything is installed) and the build can import
it. ``compile_translations()`` runs Qt's ``lrelease`` (shipped with PySide6 as
``pyside6-lrelease``) on each ``.ts`` whose ``.qm`` is missing or older, and returns the
``.qm`` files it wrote. The ``.qm`` files are build output and are not committed.
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
#: Where the texts the window shows live: lupdate reads every ``.py`` file under these.
SOURCE_DIRS = tuple(
    ROOT / "netplanner" / part for part in ("gui", "core", "storage", "interchange", "printing")
)
LANGUAGES = ("nl",)
_EXE = ".exe" if os.name == "nt" else ""


class TranslationToolMissing(RuntimeError):
    """Neither ``pyside6-lrelease`` nor PySide6's ``lrelease`` could be found."""


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
    """The command that runs Qt's ``name`` ("lrelease" or "lupdate"), for the environment of
    ``python`` (default: this one).

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
        f"Cannot find pyside6-{name} (part of PySide6) for the translations; "
        f"install PySide6-Essentials or set NETPLANNER_{name.upper()}."
    )


def find_lrelease(python: Path | None = None) -> list[str]:
    """The command that runs lrelease (see :func:`find_tool`)."""
    return find_tool("lrelease", python)


def source_files() -> list[Path]:
    """The Python files lupdate reads, in a stable order."""
    return sorted(path for folder in SOURCE_DIRS for path in folder.rglob("*.py"))


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
#: it finds, even lines below; in the core those comments document attributes instead.
_STRAY_NOTE = re.compile(
    r'(<location filename="[^"]*/netplanner/(?:core|storage|interchange|printing)/[^>]*>\n'
    r"(?:\s*<location[^>]*>\n)*\s*<source>[^<]*</source>\n)\s*<extracomment>.*?</extracomment>\n",
    re.DOTALL,
)


def _drop_stray_comments(ts_file: Path) -> None:
    text = ts_file.read_text(encoding="utf-8")
    cleaned = _STRAY_NOTE.sub(r"\1", text)
    if cleaned != text:
        ts_file.write_text(cleaned, encoding="utf-8")


def compile_translations(
    source_dir: Path = TRANSLATIONS, *, python: Path | None = None, force: bool = False
) -> list[Path]:
    """Compile each ``*.ts`` in ``source_dir`` to a ``.qm`` beside it when that is missing or
    older than the ``.ts`` (always with ``force``). Returns the ``.qm`` files written.

    ``python`` picks the environment whose PySide6 provides lrelease (default: this
    interpreter's). Raises ``TranslationToolMissing`` or ``subprocess.CalledProcessError``.
    """
    stale = []
    for source in sorted(Path(source_dir).glob("*.ts")):
        target = source.with_suffix(".qm")
        if force or not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            stale.append((source, target))
    if not stale:
        return []
    command = find_lrelease(python)
    written = []
    for source, target in stale:
        subprocess.run(
            [*command, "-silent", str(source), "-qm", str(target)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        written.append(target)
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
