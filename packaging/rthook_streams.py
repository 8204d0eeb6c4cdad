"""PyInstaller runtime hook: give a windowed app somewhere to print.

A windowed executable on Windows starts with ``sys.stdout`` and ``sys.stderr``
set to None, so the first ``print`` (a warning, a library's log line, or the
command line run from the windowed ``NetPlanner.exe``) would raise. Writing to
the null device instead keeps the app running. Elsewhere the streams exist and
this does nothing.
"""

import os
import sys

for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
