"""Placeholders are filled in one pass, never by chained ``str.replace``.

``text.replace("%1", name).replace("%2", answer)`` fills %2 again inside ``name``: an
answer "I earn 5%2 more" was shown as "I earn 5Q? more", a contact "Anna %1 de Vries"
came out with the other argument in her name. :func:`netplanner.messages.fill` (and
:func:`netplanner.gui.plural.counted` for ``%n``) read the template once. This test reads
the package's source, so it holds whatever linter runs.
"""

from __future__ import annotations

import ast
from pathlib import Path

import netplanner

PACKAGE = Path(netplanner.__file__).resolve().parent


def placeholder_replaces(source: str) -> list[int]:
    """Lines of ``source`` that call ``.replace`` with a first argument starting with "%"."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "replace"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
            and node.args[0].value.startswith("%")
        ):
            lines.append(node.lineno)
    return lines


def test_no_placeholder_is_filled_with_replace() -> None:
    found = [
        f"{path.relative_to(PACKAGE.parent)}:{line}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for line in placeholder_replaces(path.read_text(encoding="utf-8"))
    ]
    assert not found, "fill placeholders with netplanner.messages.fill: " + ", ".join(found)


def test_the_check_sees_every_spelling() -> None:
    chained = 'text = tr("%1 of %2").replace("%1", a)\n'
    split = 'text = tr("x").replace(\n    "%2",\n    b,\n)\n'
    quoted = "f\"<li>{item.replace('%1', other)}</li>\"\n"
    counted = 'text = many.replace("%n", number)\n'
    for source in (chained, split, quoted, counted):
        assert placeholder_replaces(source) == [1], source
    assert placeholder_replaces('path.replace("\\\\", "/")\n') == []
