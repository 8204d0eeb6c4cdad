"""The pure-Python ``.ts`` compiler (packaging/ts_to_qm.py) against Qt's own ``lrelease``,
and its output in ``QTranslator``.

Byte for byte: NetPlanner's catalogues, a file of awkward cases (disambiguations, plural
forms, unfinished and vanished messages, control characters, length variants, names from
many scripts), that file under every language the compiler knows plural rules for, and
catalogues Qt ships (read back from ``.qm`` into ``.ts``). Then every message through
``QTranslator``, plural forms picked for many counts.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from packaging_support import PACKAGING_DIR, ROOT
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator
from qm_reader import read_qm, write_ts

sys.path.insert(0, str(PACKAGING_DIR))
try:
    import translations as translations_module
    import ts_to_qm
finally:
    sys.path.remove(str(PACKAGING_DIR))

CATALOGUES = sorted((ROOT / "resources" / "translations").glob("*.ts"))

# Written for this test: each message is a case lrelease handles in its own way.
AWKWARD_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="LANGUAGE">
<dependencies>
    <dependency catalog="qtbase_LANGUAGE"/>
</dependencies>
<context>
    <name>Planner</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>verb</comment>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>adjective</comment>
        <translation>Geopend</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>button</comment>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Dichtbij</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) planned</source>
        <translation>
            <numerusform>%n gesprek gepland</numerusform>
            <numerusform>%n gesprekken gepland</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s)</source>
        <translation><numerusform>%n naam</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform>%n rij</numerusform><numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform><numerusform>%n kolommen</numerusform>
        </translation>
    </message>
    <message>
        <source>Half done</source>
        <translation type="unfinished">Half af</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished but empty</source>
        <translation></translation>
    </message>
    <message>
        <source>Gone from the code</source>
        <translation type="vanished">Weg</translation>
    </message>
    <message>
        <source>Old</source>
        <translation type="obsolete">Oud</translation>
    </message>
    <message>
        <source>Met Zoë, 東京, עברית, नमस्ते, ไทย, 🙂 and e&#x301;</source>
        <translation>Zoë, 東京, עברית, नमस्ते, ไทย, 🙂 en e&#x301; gesproken</translation>
    </message>
    <message>
        <source>Esc<byte value="x1b"/> and tab<byte value="9"/>!</source>
        <translation>Esc<byte value="x1b"/> en tab<byte value="9"/>!</translation>
    </message>
    <message>
        <source>  two
  lines &lt;b&gt;&quot;x&quot; &apos;y&apos;  </source>
        <extracomment>a note for translators, not part of the key</extracomment>
        <translatorcomment>also not</translatorcomment>
        <translation>  twee
  regels &lt;b&gt;&quot;x&quot; &apos;y&apos;  </translation>
    </message>
    <message>
        <source>Introduced by</source>
        <translation variants="yes"><lengthvariant>Voorgesteld door</lengthvariant>
            <lengthvariant>Via</lengthvariant></translation>
    </message>
</context>
<context>
    <name>Banks</name>
    <message>
        <source>&amp;Open</source>
        <translation>O&amp;penen (vragenbank)</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>verb</comment>
        <translation>Openen (vragenbank)</translation>
    </message>
</context>
<context>
    <name></name>
    <message>
        <source>Without a context</source>
        <comment>but with a disambiguation</comment>
        <translation>Zonder context</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture(scope="module")
def lrelease() -> list[str]:
    try:
        return translations_module.find_tool("lrelease")
    except translations_module.TranslationToolMissing as error:
        pytest.skip(str(error))


def _awkward(folder: Path, language: str = "nl") -> Path:
    path = folder / f"awkward_{language or 'none'}.ts"
    path.write_text(AWKWARD_TS.replace("LANGUAGE", language), encoding="utf-8")
    return path


def _release(lrelease: list[str], *sources: Path) -> dict[Path, bytes]:
    """What lrelease makes of each file (one run: it writes each .qm beside its .ts)."""
    subprocess.run([*lrelease, "-silent", *map(str, sources)], check=True, capture_output=True)
    return {source: source.with_suffix(".qm").read_bytes() for source in sources}


def _compiled(source: Path) -> bytes:
    return ts_to_qm.compile_ts(ts_to_qm.read_ts(source), source.name)


def test_netplanner_catalogues_compile_to_the_bytes_lrelease_writes(lrelease, tmp_path) -> None:
    assert CATALOGUES, "no .ts files in resources/translations"
    copies = []
    for source in CATALOGUES:
        copy = tmp_path / source.name
        copy.write_bytes(source.read_bytes())
        copies.append(copy)
    for source, expected in _release(lrelease, *copies).items():
        assert _compiled(source) == expected, source.name


def test_awkward_messages_compile_like_lrelease_in_every_known_language(lrelease, tmp_path) -> None:
    languages = ["", *ts_to_qm.PLURAL_RULES, "nl_BE", "pt_BR", "en-US"]
    sources = [_awkward(tmp_path, language) for language in languages]
    differ = [
        source.name
        for source, expected in _release(lrelease, *sources).items()
        if _compiled(source) != expected
    ]
    assert not differ


@pytest.mark.parametrize("name", ["qtbase_nl.qm", "qtbase_ar.qm", "qtbase_pl.qm"])
def test_a_catalogue_qt_ships_compiles_like_lrelease(lrelease, tmp_path, name) -> None:
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    shipped = read_qm((folder / name).read_bytes())
    assert len(shipped.messages) > 1000
    source = write_ts(
        tmp_path / f"{name}.ts", shipped.language, list(shipped.messages), numerus=True
    )
    assert _compiled(source) == _release(lrelease, source)[source]


def _translator(data: bytes, folder: Path) -> QTranslator:
    """A QTranslator that loaded ``data`` from a file (it reads its dependencies beside it)."""
    path = folder / "compiled.qm"
    path.write_bytes(data)
    translator = QTranslator()
    assert translator.load(str(path)), "QTranslator refused the compiled file"
    return translator


def _dutch_form(n: int) -> int:
    return 0 if n == 1 else 1


def test_qtranslator_translates_every_message_of_the_compiled_catalogues(qapp, tmp_path) -> None:
    for source in CATALOGUES:
        ts = ts_to_qm.read_ts(source)
        translator = _translator(ts_to_qm.compile_ts(ts), tmp_path)
        checked = 0
        for message in ts.messages:
            if message.state or not message.translations[0]:
                continue
            comment = message.comment or None
            if message.numerus:
                for n in range(30):
                    expected = message.translations[_dutch_form(n)]
                    assert translator.translate(message.context, message.source, comment, n) == (
                        expected
                    )
            else:
                got = translator.translate(message.context, message.source, comment)
                assert got == message.translations[0], (message.context, message.source)
            checked += 1
        assert checked > 0, source.name


def test_qtranslator_picks_contexts_disambiguations_and_plural_forms(qapp, tmp_path) -> None:
    # The dependency it names, Qt's own Dutch catalogue, lies beside it.
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    (tmp_path / "qtbase_nl.qm").write_bytes((qt_folder / "qtbase_nl.qm").read_bytes())
    translator = _translator(_compiled(_awkward(tmp_path)), tmp_path)

    def tr(context: str, source: str, comment: str | None = None, n: int = -1) -> str:
        return translator.translate(context, source, comment, n)

    assert tr("Planner", "&Open") == "&Openen"
    assert tr("Banks", "&Open") == "O&penen (vragenbank)"
    assert tr("Planner", "Open", "verb") == "Openen"
    assert tr("Planner", "Open", "adjective") == "Geopend"
    assert tr("Banks", "Open", "verb") == "Openen (vragenbank)"
    assert tr("Planner", "Close") == "Dichtbij"
    assert tr("Planner", "Close", "button") == "Sluiten"
    assert tr("", "Without a context", "but with a disambiguation") == "Zonder context"
    counts = {n: tr("Planner", "%n conversation(s) planned", None, n) for n in (0, 1, 2, 21)}
    assert counts == {
        0: "%n gesprekken gepland",
        1: "%n gesprek gepland",
        2: "%n gesprekken gepland",
        21: "%n gesprekken gepland",
    }
    # A plural message with a form missing is not used at all (Qt's QTranslator stops at the
    # missing form), so the English source shows for every count, as with lrelease.
    assert tr("Planner", "%n row(s)", None, 1) == tr("Planner", "%n row(s)", None, 3) == ""
    assert tr("Planner", "Half done") == "Half af"
    for untranslated in ("Not started", "Gone from the code", "Old", "Finished but empty"):
        assert tr("Planner", untranslated) == ""
    assert tr("Planner", "Met Zoë, 東京, עברית, नमस्ते, ไทย, 🙂 and e\u0301") == (
        "Zoë, 東京, עברית, नमस्ते, ไทย, 🙂 en e\u0301 gesproken"
    )
    assert tr("Planner", "Esc\x1b and tab\t!") == "Esc\x1b en tab\t!"
    assert tr("Planner", "Introduced by") == "Voorgesteld door\x9cVia"
    assert tr("QFileDialog", "Open") == "Openen"  # from the dependency

    QCoreApplication.installTranslator(translator)
    try:
        text = QCoreApplication.translate("Planner", "%n conversation(s) planned", None, 3)
        assert text == "3 gesprekken gepland"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_plural_rules_for_three_forms_pick_what_polish_needs(qapp, tmp_path) -> None:
    source = tmp_path / "pl.ts"
    source.write_text(
        '<TS version="2.1" language="pl"><context><name>C</name><message numerus="yes">'
        "<source>%n file(s)</source><translation><numerusform>plik</numerusform>"
        "<numerusform>pliki</numerusform><numerusform>plików</numerusform>"
        "</translation></message></context></TS>",
        encoding="utf-8",
    )
    translator = _translator(_compiled(source), tmp_path)
    got = {n: translator.translate("C", "%n file(s)", None, n) for n in (1, 2, 4, 5, 12, 22, 25)}
    assert got == {
        1: "plik",
        2: "pliki",
        4: "pliki",
        5: "plików",
        12: "plików",
        22: "pliki",
        25: "plików",
    }


def test_bad_files_stop_with_one_line_naming_the_file(tmp_path) -> None:
    broken = tmp_path / "netplanner_nl.ts"
    broken.write_text("<TS><context><name>X</name>", encoding="utf-8")
    twice = tmp_path / "twice.ts"
    twice.write_text(
        '<TS language="nl"><context><name>X</name>'
        + "<message><source>Save</source><translation>Opslaan</translation></message>" * 2
        + "</context></TS>",
        encoding="utf-8",
    )
    unknown = tmp_path / "tlh.ts"
    unknown.write_text('<TS language="tlh"></TS>', encoding="utf-8")
    other = tmp_path / "other.ts"
    other.write_text("<html></html>", encoding="utf-8")
    for path, words in (
        (broken, "netplanner_nl.ts: cannot be read"),
        (twice, "'Save' appears twice in the context 'X'"),
        (unknown, "no plural rules known for the language 'tlh'"),
        (other, "other.ts: not a Qt translation file"),
    ):
        with pytest.raises(ts_to_qm.TsError) as raised:
            ts_to_qm.compile_file(path, tmp_path / "out.qm")
        assert words in str(raised.value)
        assert "\n" not in str(raised.value)
    assert not (tmp_path / "out.qm").exists()


def test_compile_translations_writes_only_missing_or_stale_files(tmp_path) -> None:
    source = _awkward(tmp_path)
    (written,) = translations_module.compile_translations(tmp_path)
    assert written == source.with_suffix(".qm")
    assert translations_module.compile_translations(tmp_path) == []
    elsewhere = tmp_path / "out"
    elsewhere.mkdir()
    assert translations_module.compile_translations(tmp_path, target_dir=elsewhere) == [
        elsewhere / written.name
    ]
    assert (elsewhere / written.name).read_bytes() == written.read_bytes()
