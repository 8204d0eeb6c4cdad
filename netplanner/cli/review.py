"""``netplanner review question|ask TEXT [--json]``: the method's checkers on the command line.

Exit 0 when the text is fine, 1 when there are findings (so scripts can test it). With
``--json`` the result is one JSON object on standard output, for scripting::

    {"what": "question", "text": "...", "language": "nl", "ok": false,
     "findings": [{"kind": "closed", "message": "...", "excerpt": null,
                   "suggestion": "Hoe vaak werk je over?"}]}

``message`` is in the language of the text; ``excerpt`` (asks only) quotes the words a
finding is about; ``suggestion`` is the rewrite (questions) or the sentence to use
(asks), or null.
"""

from __future__ import annotations

import argparse

from netplanner.cli.errors import EXIT_FAILED, EXIT_OK, EXIT_USAGE, CommandError
from netplanner.cli.words import say
from netplanner.messages import QT_TRANSLATE_NOOP

#: Before a finding's rewrite (the finding itself is in the language of the text).
SUGGESTION = QT_TRANSLATE_NOOP("Cli", "Suggestion: %1")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("review", help="check a question or an ask against the method")
    parser.add_argument("what", choices=["question", "ask"])
    parser.add_argument("text", metavar="TEXT")
    parser.add_argument("--language", choices=["en", "nl"], help="default: detected")
    parser.add_argument(
        "--json", action="store_true", help="print the findings, their kinds and rewrites as JSON"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    review = review_question if args.what == "question" else review_ask
    return review(args.text, args.language, as_json=args.json)


def review_question(text: str, language: str | None, *, as_json: bool = False) -> int:
    from netplanner.core.checks.questions.checker import check_question, detect_language

    if not text.strip():
        raise CommandError(
            say(QT_TRANSLATE_NOOP("Cli", "Give the question to review, in quotes.")), EXIT_USAGE
        )
    findings = check_question(text, language)
    if as_json:
        rows = [
            {
                "kind": f.kind.value,
                "message": f.message,
                "excerpt": None,
                "suggestion": f.suggestion,
            }
            for f in findings
        ]
        return _print_json("question", text, language or detect_language(text), rows)
    if not findings:
        print(say(QT_TRANSLATE_NOOP("Cli", "No problems found: this is an open question.")))
        return EXIT_OK
    for finding in findings:
        print(f"- {finding.kind}: {finding.message}")
        if finding.suggestion:
            print("  " + say(SUGGESTION, finding.suggestion))
    return EXIT_FAILED


def review_ask(text: str, language: str | None, *, as_json: bool = False) -> int:
    from netplanner.core.checks.ask.checker import check_ask, detect_language

    if not text.strip():
        raise CommandError(
            say(QT_TRANSLATE_NOOP("Cli", "Give the ask to review, in quotes.")), EXIT_USAGE
        )
    findings = check_ask(text, language)
    if as_json:
        rows = [
            {
                "kind": f.kind.value,
                "message": f.message,
                "excerpt": f.excerpt or None,
                "suggestion": f.suggestion,
            }
            for f in findings
        ]
        return _print_json("ask", text, language or detect_language(text), rows)
    if not findings:
        fine = QT_TRANSLATE_NOOP(
            "Cli", "No problems found: this ask is concrete and invites the other to think along."
        )
        print(say(fine))
        return EXIT_OK
    for finding in findings:
        where = f" (“{finding.excerpt}”)" if finding.excerpt else ""
        print(f"- {finding.kind}{where}: {finding.message}")
        if finding.suggestion:
            print("  " + say(SUGGESTION, finding.suggestion))
    return EXIT_FAILED


def _print_json(what: str, text: str, language: str, findings: list[dict[str, str | None]]) -> int:
    import json

    result = {
        "what": what,
        "text": text,
        "language": language,
        "ok": not findings,
        "findings": findings,
    }
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return EXIT_FAILED if findings else EXIT_OK
