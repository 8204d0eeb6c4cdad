"""The window's classes hold what the app uses: no method kept only for the tests.

What a test needs to read from a widget or do to it lives in ``tests/gui/probes.py``.
A public method of a class in ``netplanner/gui`` that nothing in the package (or the
screenshot script) calls is either dead or a test helper in the wrong place.
"""

from __future__ import annotations

import ast
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).parents[2]

#: The main window's typed accessors, one per tab: the app reaches two of them, tests
#: and screenshots all of them; they stay together.
KEPT = {
    ("MainWindow", name)
    for name in ("today_tab", "goals_tab", "network_tab", "progress_tab", "banks_tab")
}


def test_every_public_method_of_the_window_is_used_by_the_app() -> None:
    words = Counter(
        word
        for folder in ("netplanner", "docs")
        for path in sorted((ROOT / folder).rglob("*.py"))
        for word in re.findall(r"\w+", path.read_text(encoding="utf-8"))
    )
    unused = []
    for path in sorted((ROOT / "netplanner" / "gui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef):
                continue
            for method in node.body:
                name = getattr(method, "name", "_")
                # Qt's own methods (rowCount, paintEvent) are camelCase: Qt calls them.
                if (
                    not isinstance(method, ast.FunctionDef)
                    or name.startswith("_")
                    or name != name.lower()
                ):
                    continue
                if words[name] <= 1 and (node.name, name) not in KEPT:
                    unused.append(f"{path.relative_to(ROOT)}: {node.name}.{name}")
    assert unused == []
