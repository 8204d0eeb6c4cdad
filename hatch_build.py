"""Hatchling build hook: compile the translations into every wheel, the editable one included.

The wheel carries ``resources/`` as ``netplanner/_resources`` (``force-include`` in
pyproject.toml). The ``.qm`` files the window loads are made from the ``.ts`` sources by
``packaging/translations.py``, whose compiler is pure Python: it runs in pip's isolated build
environment, which has hatchling and nothing else (no PySide6, no ``lrelease``).

- A regular wheel gets freshly compiled ``.qm`` files from a temporary folder, whatever the
  checkout holds: a clean checkout has none, and one compiled earlier may be stale. The
  checkout is not written to.
- An editable install reads ``resources/`` in the checkout itself, so the hook compiles the
  missing or stale ``.qm`` files there (``run.py`` and the tests do the same later on).

A ``.ts`` file that cannot be compiled stops the build with its one-line reason: a wheel
without its translations would install an English-only app without a word.
"""

from __future__ import annotations

import importlib.util
import shutil
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

#: Where pyproject.toml's force-include puts resources/translations in the wheel.
WHEEL_FOLDER = "netplanner/_resources/translations"


class TranslationsBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def _translations_module(self) -> Any:
        path = Path(self.root) / "packaging" / "translations.py"
        spec = importlib.util.spec_from_file_location("netplanner_translations", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        self._folder: str | None = None
        if self.target_name != "wheel":
            return
        module = self._translations_module()
        if version == "editable":
            compiled = module.compile_translations()
            self.app.display_info(f"translations: {len(compiled)} compiled in the checkout")
            return
        self._folder = tempfile.mkdtemp(prefix="netplanner-qm-")
        compiled = module.compile_translations(target_dir=Path(self._folder), force=True)
        for path in compiled:
            # A forced file takes its place in the wheel ahead of one of the same name that
            # the resources/ folder would bring.
            build_data["force_include"][str(path)] = f"{WHEEL_FOLDER}/{path.name}"
        names = ", ".join(path.name for path in compiled) or "none"
        self.app.display_info(f"translations: {names}")

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None
