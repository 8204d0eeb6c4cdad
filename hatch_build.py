"""Hatchling build hook: compile the translations before the wheel is packed.

The wheel carries ``resources/`` as ``netplanner/_resources`` (``force-include``
in pyproject.toml, which also takes the git-ignored ``.qm`` files). Those ``.qm``
files are made from the ``.ts`` sources by ``packaging/translations.py`` with
PySide6's ``lrelease``, so this hook runs it first. That needs PySide6 in the
build environment (a ``--no-build-isolation`` build from the development
environment, as the wheel test does); in an isolated build without it the hook
packs the ``.qm`` files already compiled in the checkout and says so, rather
than making every build download PySide6.
Editable installs read ``resources/`` in the checkout directly and skip this.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        root = Path(self.root)
        module_path = root / "packaging" / "translations.py"
        if not module_path.exists():
            return
        spec = importlib.util.spec_from_file_location("netplanner_translations", module_path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        try:
            compiled = module.compile_translations()
        except module.TranslationToolMissing as error:
            packed = sorted((root / "resources" / "translations").glob("*.qm"))
            self.app.display_warning(
                f"{error} Packing the {len(packed)} .qm files already in resources/translations."
            )
            return
        self.app.display_info(f"translations: {len(compiled)} compiled (the rest up to date)")
