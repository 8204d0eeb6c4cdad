"""Remembered column mappings: the same spreadsheet layout is mapped the same way next time.

Kept in the settings under ``import/csv_mappings`` as one JSON text:
{header signature: ColumnMapping.to_json()}; the signature comes from the file's
column names (case and accents ignored).
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from PySide6.QtCore import QSettings

from netplanner.interchange.column_mapping import ColumnMapping, header_signature

MAPPINGS_KEY = "import/csv_mappings"
#: Layouts kept; the one used longest ago is forgotten first.
MAX_KEPT = 50


def _all(settings: QSettings) -> dict[str, str]:
    raw = settings.value(MAPPINGS_KEY, "")
    try:
        data = json.loads(str(raw)) if raw else {}
    except ValueError:
        return {}
    return {k: v for k, v in data.items() if isinstance(v, str)} if isinstance(data, dict) else {}


def remembered_fields(settings: QSettings, header: Sequence[str]) -> list[str | None] | None:
    """The mapping last used for a file with these columns, or None."""
    saved = _all(settings).get(header_signature(header))
    if saved is None:
        return None
    try:
        mapping = ColumnMapping.from_json(saved)
    except ValueError:
        return None  # written by another version, or damaged: guess again
    return list(mapping.fields) if len(mapping.fields) == len(header) else None


def remember_fields(
    settings: QSettings, header: Sequence[str], fields: Sequence[str | None]
) -> None:
    mapping = ColumnMapping(tuple(header), tuple(fields))
    data = _all(settings)
    data.pop(mapping.signature, None)
    data[mapping.signature] = mapping.to_json()
    while len(data) > MAX_KEPT:
        data.pop(next(iter(data)))
    settings.setValue(MAPPINGS_KEY, json.dumps(data, ensure_ascii=False))
