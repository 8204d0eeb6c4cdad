"""The method checkers' figures: per language, per reason, confusion matrices.

Run ``python -m tests.core.checks.checker_figures`` (add ``--misses dev`` to list the dev set's
misses; the held-out rounds' misses are never listed by default: reading them would
spoil them). Judged as the CLI judges: a text "passes" when the checker has no finding
(``netplanner review`` exits 0), and is "flagged" otherwise (exit 1).

``--rewrites ROUND`` prints only one rewrites round: its coverage and a numbered sample of
30 rewrites (seed 17) to judge by hand.

Sets: the independent development set under ``../shared/evaluation`` (when present; it
is read, never copied), our own held-out rounds in ``tests/core/checks/heldout``, and
the older labelled examples in ``tests/core/*_examples_*.py`` (exact set of kinds).
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import os
import random
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from netplanner.core.checks.ask.checker import check_ask
from netplanner.core.checks.questions.checker import check_question

HERE = Path(__file__).resolve().parent
HELD_OUT_DIR = HERE / "heldout"
DEV_DIR = Path(
    os.environ.get("NETPLANNER_EVALUATION_DIR", HERE.parents[2] / "shared" / "evaluation")
)
if not DEV_DIR.is_dir():  # the worktree sits two levels deeper than a plain clone
    DEV_DIR = Path("/work/shared/evaluation")
BAD_LABELS = {"bad", "closed"}


@dataclass(frozen=True)
class Row:
    lang: str
    label: str
    reason: str
    text: str

    @property
    def bad(self) -> bool:
        return self.label in BAD_LABELS


@dataclass
class Figures:
    name: str
    per_lang: dict[str, list[int]]  # lang -> [right, total]
    per_reason: dict[str, list[int]]
    matrix: dict[str, Counter[tuple[str, str]]]  # lang -> (truth, verdict) -> n
    misses: list[str]

    def accuracy(self, lang: str) -> float:
        right, total = self.per_lang[lang]
        return right / total if total else 0.0

    def reason_accuracy(self, reason: str) -> float:
        right, total = self.per_reason[reason]
        return right / total if total else 0.0


def read_tsv(path: Path) -> list[Row]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            Row(r["lang"], r["label"], r["reason"], r["text"])
            for r in csv.DictReader(handle, delimiter="\t")
        ]


def flags(checker: str) -> Callable[[str], bool]:
    if checker == "ask":
        return lambda text: bool(check_ask(text))
    return lambda text: bool(check_question(text))


def evaluate(name: str, rows: Iterable[Row], flagged: Callable[[str], bool]) -> Figures:
    figures = Figures(name, defaultdict(lambda: [0, 0]), defaultdict(lambda: [0, 0]), {}, [])
    for row in rows:
        verdict = flagged(row.text)
        right = verdict == row.bad
        for table, key in ((figures.per_lang, row.lang), (figures.per_reason, row.reason)):
            table[key][0] += right
            table[key][1] += 1
        truth = "bad" if row.bad else "good"
        figures.matrix.setdefault(row.lang, Counter())[
            (truth, "flagged" if verdict else "passed")
        ] += 1
        if not right:
            figures.misses.append(f"  [{row.lang} {row.reason}] {row.text}")
    return figures


def report(figures: Figures, show_misses: bool) -> str:
    lines = [f"== {figures.name}"]
    for lang in sorted(figures.per_lang):
        right, total = figures.per_lang[lang]
        m = figures.matrix[lang]
        tp, fn = m[("bad", "flagged")], m[("bad", "passed")]
        fp, tn = m[("good", "flagged")], m[("good", "passed")]
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        lines.append(
            f"  {lang}: {right}/{total} = {100 * right / total:.1f} %   "
            f"precision {precision:.2f} recall {recall:.2f} (for catching bad items)"
        )
        lines.append("      confusion   flagged  passed")
        lines.append(f"      bad         {tp:7d} {fn:7d}")
        lines.append(f"      good        {fp:7d} {tn:7d}")
    for reason in sorted(figures.per_reason):
        right, total = figures.per_reason[reason]
        lines.append(f"  reason {reason:<14} {right}/{total} = {100 * right / total:.1f} %")
    if show_misses and figures.misses:
        lines.append("  misses:")
        lines.extend(figures.misses)
    return "\n".join(lines)


# --- the sets ------------------------------------------------------------------------------


def dev_sets() -> dict[str, list[Row]]:
    sets = {}
    for checker, name in (("ask", "asks-dev.tsv"), ("question", "questions-dev.tsv")):
        path = DEV_DIR / name
        if path.is_file():
            sets[checker] = read_tsv(path)
    return sets


def held_out_rounds() -> dict[str, dict[str, list[Row]]]:
    """round name -> checker -> rows."""
    rounds: dict[str, dict[str, list[Row]]] = defaultdict(dict)
    for path in sorted(HELD_OUT_DIR.glob("*.tsv")):
        checker_part, round_name = path.stem.split("-", 1)
        checker = {"asks": "ask", "questions": "question"}.get(checker_part, checker_part)
        rounds[round_name][checker] = read_tsv(path)
    return dict(rounds)


def _load_examples(name: str):
    path = HERE / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"_figures_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def old_example_accuracy(checker: str, lang: str) -> tuple[int, int, list[str]]:
    """Exact-kind-set accuracy on the older labelled examples (main sets)."""
    if checker == "ask":
        examples = _load_examples(f"ask_examples_{lang}").EXAMPLES

        def kinds(text: str) -> set[str]:
            return {f.kind.value for f in check_ask(text)}
    else:
        examples = _load_examples(f"question_examples_{lang}").EXAMPLES

        def kinds(text: str) -> set[str]:
            return {f.kind.value for f in check_question(text, lang)}

    misses = []
    right = 0
    for text, expected in examples:
        got = kinds(text)
        if got == set(expected):
            right += 1
        else:
            misses.append(f"  expected {sorted(expected)}, got {sorted(got)}: {text}")
    return right, len(examples), misses


def rewrite_figures(rows: Iterable[Row]) -> tuple[int, int, list[tuple[str, str | None]]]:
    """Of the flagged closed/leading questions: how many got a rewrite, and which."""
    with_rewrite = total = 0
    pairs = []
    for row in rows:
        if row.reason not in ("closed", "leading"):
            continue
        findings = [f for f in check_question(row.text) if f.kind.value in ("closed", "leading")]
        if not findings:
            continue
        total += 1
        suggestion = next((f.suggestion for f in findings if f.suggestion), None)
        with_rewrite += suggestion is not None
        pairs.append((row.text, suggestion))
    return with_rewrite, total, pairs


def timing(texts: list[str], checker: Callable[[str], object]) -> float:
    """The slowest single check in milliseconds (best of three runs per text)."""
    worst = 0.0
    for text in texts:
        best = min(_timed(checker, text) for _ in range(3))
        worst = max(worst, best)
    return worst * 1000


def _timed(checker: Callable[[str], object], text: str) -> float:
    start = time.perf_counter()
    checker(text)
    return time.perf_counter() - start


def print_rewrite_round(round_name: str, size: int) -> None:
    """Coverage of one rewrites round and a numbered sample of its pairs (seed 17), to judge."""
    rows = held_out_rounds()[round_name]["rewrites"]
    with_rewrite, total, pairs = rewrite_figures(rows)
    unflagged = [row.text for row in rows if row.text not in {text for text, _ in pairs}]
    print(f"== {round_name}: {with_rewrite}/{total} flagged closed/leading get a rewrite")
    for text in unflagged:
        print(f"  not flagged: {text}")
    sample = random.Random(17).sample(pairs, min(size, len(pairs)))
    for number, (text, suggestion) in enumerate(sample, 1):
        print(f"{number:2} {text}\n     -> {suggestion}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="append", default=[], help="dev, old, or a round")
    parser.add_argument(
        "--held-out", action="store_true", help="also the held-out rounds (final figures)"
    )
    parser.add_argument("--sample", type=int, default=0, help="print N rewrites (seeded)")
    parser.add_argument(
        "--rewrites",
        metavar="ROUND",
        help="only one rewrites round: its coverage and a numbered, seeded sample to judge",
    )
    args = parser.parse_args()
    if args.rewrites:
        print_rewrite_round(args.rewrites, args.sample or 30)
        return
    dev = dev_sets()
    for checker, rows in dev.items():
        print(report(evaluate(f"dev {checker}s", rows, flags(checker)), "dev" in args.misses))
    if not dev:
        print("(no development set at", DEV_DIR, ")")
    for round_name, sets in held_out_rounds().items() if args.held_out else ():
        for checker, rows in sets.items():
            if checker == "rewrites":
                with_rewrite, total, _ = rewrite_figures(rows)
                print(f"== {round_name}: {with_rewrite}/{total} closed/leading get a rewrite")
                continue
            figures = evaluate(f"held-out {round_name} {checker}s", rows, flags(checker))
            print(report(figures, round_name in args.misses))
    for checker in ("ask", "question"):
        for lang in ("en", "nl"):
            right, total, misses = old_example_accuracy(checker, lang)
            print(
                f"== old {checker} examples [{lang}]: {right}/{total} = {100 * right / total:.1f} %"
            )
            if "old" in args.misses:
                print("\n".join(misses))
    question_rows = list(dev.get("question", []))
    if args.held_out:
        question_rows += [
            row for sets in held_out_rounds().values() for row in sets.get("question", [])
        ]
    with_rewrite, total, pairs = rewrite_figures(question_rows)
    print(f"== rewrites: {with_rewrite}/{total} flagged closed/leading questions get one")
    if args.sample:
        for text, suggestion in random.Random(17).sample(pairs, min(args.sample, len(pairs))):
            print(f"  {text}\n    -> {suggestion}")
    texts = [
        row.text for sets in held_out_rounds().values() for rows in sets.values() for row in rows
    ]
    print(
        f"== slowest check: ask {timing(texts, check_ask):.2f} ms, "
        f"question {timing(texts, check_question):.2f} ms"
    )


if __name__ == "__main__":
    main()
