"""Folding text for searching and sorting: the fast way gives what the definition says."""

from __future__ import annotations

import random

from netplanner.core.text import fold, fold_by_definition

_SURROGATES = range(0xD800, 0xE000)


def test_every_character_folds_as_defined() -> None:
    codes = [code for code in range(0x10000) if code not in _SURROGATES]
    codes += range(0x10000, 0x30000, 37)  # a sample of the planes beyond
    characters = [chr(code) for code in codes]
    assert [fold(ch) for ch in characters] == [fold_by_definition(ch) for ch in characters]


def test_texts_fold_as_defined_character_by_character() -> None:
    """Accents after letters, letters that fold to two (ß, ﬁ), Hangul, mixed scripts."""
    chooser = random.Random(7)
    pool = [chr(code) for code in range(0x20, 0x3400) if code not in _SURROGATES]
    pool += list("\u0301\u0308\u0327\u0323ßﬁİıŁøæœÅåЁё한국어")  # more of the tricky ones
    texts = ["".join(chooser.choices(pool, k=chooser.randint(1, 24))) for _ in range(5_000)]
    texts += ["Zoë", "Şükrü Yılmaz", "Łukasz Wałęsa", "STRASSE Straße", "e\u0301 é", "Øystein"]
    assert [fold(text) for text in texts] == [fold_by_definition(text) for text in texts]


def test_what_the_search_relies_on() -> None:
    assert fold("Zoë") == "zoe"
    assert fold("Şükrü Yılmaz") == "sukru yilmaz"
    assert fold("Łukasz") == "lukasz"
    assert fold("Straße") == "strasse"
    assert fold("e\u0301") == fold("é") == "e"
