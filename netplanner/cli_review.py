"""``netplanner review question|ask TEXT``: the method's checkers on the command line.

Exit 0 when the text is fine, 1 when there are findings (so scripts can test it).
"""

from __future__ import annotations

from netplanner.cli_errors import EXIT_FAILED, EXIT_OK, EXIT_USAGE, CommandError


def review_question(text: str, language: str | None) -> int:
    from netplanner.core.question_checker import check_question

    if not text.strip():
        raise CommandError("Give the question to review, in quotes.", EXIT_USAGE)
    findings = check_question(text, language)
    if not findings:
        print("No problems found: this is an open question.")
        return EXIT_OK
    for finding in findings:
        print(f"- {finding.kind}: {finding.message}")
        if finding.suggestion:
            print(f"  Suggestion: {finding.suggestion}")
    return EXIT_FAILED


def review_ask(text: str, language: str | None) -> int:
    from netplanner.core.ask_checker import check_ask

    if not text.strip():
        raise CommandError("Give the ask to review, in quotes.", EXIT_USAGE)
    findings = check_ask(text, language)
    if not findings:
        print("No problems found: this ask is concrete and invites the other to think along.")
        return EXIT_OK
    for finding in findings:
        where = f" (“{finding.excerpt}”)" if finding.excerpt else ""
        print(f"- {finding.kind}{where}: {finding.message}")
    return EXIT_FAILED
