"""Sentence and clause analysis for the open-question checker (see ``checker``).

The text is cut into sentences, each sentence into clauses (at commas, semicolons,
brackets and at "and/or/but" / "en/of/maar"), and every clause is classified by how it
starts: a direct question-word question (open), a verb-first question (closed or, when
negated or agreement-seeking, leading), a tag such as ", right?" / ", toch?", a
parenthetical such as ", do you think?" / ", denk je?", or something else. Each "ask" in
the text becomes a ``Unit``; two or more units make a double question.

Everything here runs in linear time: one pass of simple regular expressions without
nested unbounded repetition, then constant work per token.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from enum import Enum
from itertools import pairwise

from netplanner.core.checks.questions.style import is_loaded, is_presumptive, is_prompt
from netplanner.core.checks.questions.words import LEXICONS, Lexicon

_TOKEN = re.compile(r"[^\W_]+(?:['-][^\W_]+)*")
_TERMINATORS = re.compile(r"[.?!…]+")
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]{}—–]|\s-\s")
_LEADING_JUNK = re.compile(r"^[\s\"'“”„«»*•·>#-]*(?:\d{1,3}[.)]\s+)?[\s\"'“”„«»]*")
# "(WCAG)", "(e.g. targets, reviews)": an aside, not a clause of its own.
_PARENTHESES = re.compile(r"\s*\([^()]{0,120}\)")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "¿": " "})


class UnitKind(Enum):
    OPEN = "open"
    CLOSED = "closed"
    LEADING = "leading"


class _ClauseKind(Enum):
    OPEN = "open"
    CLOSED = "closed"
    LEADING = "leading"
    TAG = "tag"
    PAREN = "paren"
    OTHER = "other"


_ASKS = {
    _ClauseKind.OPEN: UnitKind.OPEN,
    _ClauseKind.CLOSED: UnitKind.CLOSED,
    _ClauseKind.LEADING: UnitKind.LEADING,
}


@dataclass
class Unit:
    """One ask: its kind and its own words (for rewriting), without the end punctuation."""

    kind: UnitKind
    text: str


@dataclass
class Analysis:
    units: list[Unit] = field(default_factory=list)


@dataclass
class _Clause:
    words: list[str]  # lower case
    start: int  # offsets into the sentence
    end: int
    after_comma: bool
    kind: _ClauseKind = _ClauseKind.OTHER


def normalise(text: str) -> str:
    """NFKC, plain apostrophes, control characters as spaces, collapsed whitespace."""
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES)
    text = "".join(
        " " if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") else ch for ch in text
    )
    text = " ".join(text.split())
    return _LEADING_JUNK.sub("", text, count=1)


def split_sentences(text: str) -> list[tuple[str, bool]]:
    """Sentences with a flag telling whether each ends in a question mark."""
    sentences: list[tuple[str, bool]] = []
    start = 0
    for match in _TERMINATORS.finditer(text):
        run = match.group()
        end = match.end()
        if "?" not in run and "!" not in run and end < len(text):
            following = text[end : end + 2].lstrip()
            if not text[end].isspace() or (following and following[0].islower()):
                continue  # "e.g. the", "5.5", "bijv. een": not a sentence end
        sentences.append((text[start : match.start()].strip(), "?" in run))
        start = end
    rest = text[start:].strip()
    if rest:
        sentences.append((rest, False))
    return [(body, question) for body, question in sentences if _TOKEN.search(body)]


def _clauses(sentence: str, lex: Lexicon) -> list[_Clause]:
    clauses: list[_Clause] = []
    piece_start = 0
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(sentence)] + [len(sentence)]
    for piece_end in breaks:
        after_comma = piece_start > 0
        current: _Clause | None = None
        for match in _TOKEN.finditer(sentence, piece_start, piece_end):
            word = match.group().lower()
            if word in lex.conjunctions:
                if current is not None:
                    clauses.append(current)
                current = None
                after_comma = False
                continue
            if current is None:
                current = _Clause([], match.start(), match.end(), after_comma)
            current.words.append(word)
            current.end = match.end()
        if current is not None:
            clauses.append(current)
        piece_start = piece_end + 1
    return clauses


def _strip_fillers(words: list[str], lex: Lexicon) -> list[str]:
    index = 0
    while index < len(words) - 1 and words[index] in lex.fillers:
        index += 1
    return words[index:] if words[index] not in lex.fillers else []


def _question_word_clause(words: list[str], lex: Lexicon) -> _ClauseKind | None:
    index = 1 if len(words) > 1 and words[0] in lex.prepositions else 0
    if words[index] not in lex.question_words:
        return None
    if index + 1 >= len(words):
        return _ClauseKind.OPEN
    following = words[index + 1]
    contracted = "'" in words[index] or words[index] in lex.contracted_question_words
    if (
        not contracted  # "what's the", "how'd you", "whats the": the verb is in the word
        and words[index] not in lex.determiner_question_words
        and following in lex.indirect_markers
    ):
        return _ClauseKind.OTHER  # indirect question or "when you look back, ..."
    if is_loaded(words[index:]) or is_presumptive(words[index:]):
        return _ClauseKind.LEADING
    return _ClauseKind.OPEN


def _is_verb_first(words: list[str], lex: Lexicon, lang: str, first: bool, asked: bool) -> bool:
    head = words[0]
    second = words[1] if len(words) > 1 else ""
    if lang == "en":
        if head not in lex.finite_verbs:
            return False
        return first or (second != "" and second not in {"to", "been", "being", "done"})
    if head in {"mocht", "stel"}:
        return False  # "Mocht je ..., ...": a condition, not a question
    known = head in lex.finite_verbs
    guessed = head.isalpha() and head not in lex.not_verbs and second in lex.subjects
    if first:
        return guessed or (known and (asked or second in lex.subjects))
    return guessed or (known and second != "" and second not in lex.prepositions)


def _verb_first_is_leading(words: list[str], lang: str, lex: Lexicon) -> bool:
    head = words[0]
    if lang == "en":
        if head.endswith("n't") or head in {"cannot", "ain't"}:
            return True
        window = words[1:4]
        if "not" in words[1:3] or "agree" in window:
            return True
        return ("also" in window or "too" in window) and bool({"think", "feel"} & set(window))
    stop = next((i for i in range(2, len(words)) if words[i] in lex.subordinators), len(words))
    main = words[1:stop]
    if "niet" in main or "toch" in main:
        return True
    if "eens" in main and "het" in words[1:3]:
        return True  # "Ben je het (met me) eens dat ..."
    return (
        head in {"vind", "vindt", "vinden", "denk", "denkt", "denken"}
        and "ook" in main
        and stop < len(words)
        and words[stop] == "dat"
    )


def _classify(
    clause: _Clause, lex: Lexicon, lang: str, first: bool, asked: bool, last: bool
) -> _ClauseKind:
    words = tuple(clause.words)
    if clause.after_comma and last and (words in lex.tags or _is_en_tag(words, lex, lang)):
        return _ClauseKind.TAG
    if (not first or not last) and words in lex.parentheticals:
        return _ClauseKind.PAREN  # ", do you think?", "What do you think, should I …?"
    stripped = _strip_fillers(clause.words, lex)
    if not stripped:
        return _ClauseKind.OTHER
    kind = _question_word_clause(stripped, lex)
    if kind is not None:
        return kind
    if lang == "en" and stripped[0] == "surely":
        return _ClauseKind.LEADING
    if _is_verb_first(stripped, lex, lang, first, asked):
        if _verb_first_is_leading(stripped, lang, lex):
            return _ClauseKind.LEADING
        return _ClauseKind.CLOSED
    return _ClauseKind.OTHER


def _is_en_tag(words: tuple[str, ...], lex: Lexicon, lang: str) -> bool:
    """English question tags: ", isn't it?", ", don't you?", ", is it?", ", didn't they?"."""
    return (
        lang == "en"
        and len(words) == 2
        and words[0] in lex.finite_verbs
        and words[1] in {"you", "it", "i", "we", "they", "he", "she", "there", "that"}
    )


_EN_LEADING_PAIRS = {
    ("i", "guess"), ("i", "suppose"), ("i", "assume"), ("i", "bet"), ("i", "imagine"),
}  # fmt: skip
_NL_LEADING_PAIRS = {
    ("zal", "wel"), ("zult", "wel"), ("zullen", "wel"), ("neem", "aan"), ("ik", "gok"),
    ("ik", "vermoed"),
}  # fmt: skip


def _statement_is_leading(words: list[str], lex: Lexicon) -> bool:
    if any(word in lex.leading_markers for word in words):
        return True
    pairs = set(pairwise(words))
    return bool(pairs & (_EN_LEADING_PAIRS | _NL_LEADING_PAIRS))


def _hidden_question_word(words: list[str], lex: Lexicon) -> bool:
    """A direct question that does not start the clause: "Looking back what would you do?"."""
    return any(
        word in lex.question_words and nxt in lex.finite_verbs for word, nxt in pairwise(words)
    )


def _unit_text(sentence: str, start: int, end: int) -> str:
    return sentence[start:end].strip(" ,;:-")


def analyse_sentence(sentence: str, asked: bool, lang: str) -> tuple[list[Unit], bool]:
    """The asks in one sentence, and whether the sentence is nothing but a tag ("Toch?")."""
    lex = LEXICONS[lang]
    clauses = _clauses(sentence, lex)
    if not clauses:
        return [], False
    if is_prompt(sentence, lang):
        return [Unit(UnitKind.OPEN, sentence.strip(" ,;:-"))], False
    if asked and len(clauses) == 1 and tuple(clauses[0].words) in lex.tags:
        return [], True
    first = True
    for number, clause in enumerate(clauses):
        clause.kind = _classify(clause, lex, lang, first, asked, number == len(clauses) - 1)
        if _strip_fillers(clause.words, lex):
            first = False
    asks = [clause for clause in clauses if clause.kind in _ASKS]
    content_end = max(
        (c.end for c in clauses if c.kind not in (_ClauseKind.TAG, _ClauseKind.PAREN)),
        default=clauses[-1].end,
    )
    tagged = any(clause.kind is _ClauseKind.TAG for clause in clauses)
    if not asks:
        if not asked:
            return [], False
        all_words = [word for clause in clauses for word in clause.words]
        if _hidden_question_word(all_words, lex):
            kind = UnitKind.OPEN
        elif tagged or _statement_is_leading(all_words, lex):
            kind = UnitKind.LEADING
        else:
            kind = UnitKind.CLOSED
        return [Unit(kind, _unit_text(sentence, clauses[0].start, content_end))], False
    units = []
    for index, clause in enumerate(asks):
        end = asks[index + 1].start if index + 1 < len(asks) else content_end
        kind = _ASKS[clause.kind]
        if tagged and kind is UnitKind.CLOSED:
            kind = UnitKind.LEADING
        units.append(Unit(kind, _trim_conjunction(_unit_text(sentence, clause.start, end), lex)))
    return units, False


def _trim_conjunction(text: str, lex: Lexicon) -> str:
    words = text.rsplit(None, 1)
    if len(words) == 2 and words[1].lower() in lex.conjunctions:
        return words[0].rstrip(" ,;:-")
    return text


def analyse(text: str, lang: str) -> Analysis:
    """All asks in an already normalised text (see ``normalise``)."""
    sentences = split_sentences(_PARENTHESES.sub("", text))
    any_question_mark = any(asked for _, asked in sentences)
    analysis = Analysis()
    for body, asked in sentences:
        if any_question_mark and not asked:
            continue  # statements around a question are context, not asks
        units, tag_only = analyse_sentence(body, asked, lang)
        if tag_only:
            if analysis.units and analysis.units[-1].kind is UnitKind.CLOSED:
                analysis.units[-1].kind = UnitKind.LEADING
            elif not analysis.units:
                analysis.units.append(Unit(UnitKind.LEADING, body))
            continue
        analysis.units.extend(units)
    return analysis
