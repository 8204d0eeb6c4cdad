"""The import flow's door to the core: the readers, the plan, and what the user reads of it.

Imported when an import starts (the readers are heavy), never at start-up.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from netplanner.core.imports.model import ImportFileError, ImportPlan, ImportSummary, ReadResult
from netplanner.gui.contacts.value_list import kind_label
from netplanner.gui.error_text import message_text
from netplanner.gui.numbers import format_number
from netplanner.gui.plural import counted
from netplanner.gui.transfer.field_labels import field_label, left_out_label
from netplanner.gui.transfer.import_dialog import ImportPreview
from netplanner.gui.transfer.import_models import DuplicateRow
from netplanner.interchange.column_mapping import ColumnMapping
from netplanner.interchange.csv_layouts import recognise_layout
from netplanner.interchange.generic_csv import CsvPreview, preview_csv, read_generic_csv

__all__ = [
    "ImportFileError",
    "apply_import",
    "looks_like_linkedin",
    "peek_csv",
    "plan_import",
    "plan_size",
    "preview_of",
    "read_csv",
    "read_file",
    "recognise_layout",
    "summary_text",
]


# -- reading ---------------------------------------------------------------------------------
def read_file(kind: str, path: Path) -> ReadResult:
    """A LinkedIn export ("linkedin") or a vCard file ("vcard"); ``ImportFileError``."""
    from netplanner.interchange.contact_files import read_with_notes

    if kind == "linkedin":
        from netplanner.interchange.linkedin import read_linkedin

        return read_with_notes(path, lambda: read_linkedin(path))
    from netplanner.interchange.vcard_import import read_vcard

    return read_with_notes(path, lambda: read_vcard(path))


def looks_like_linkedin(path: Path) -> bool:
    """True when ``path`` has LinkedIn's connections header near the top."""
    from netplanner.interchange.csv_sniff import open_text, sample_lines
    from netplanner.interchange.linkedin import find_linkedin_header

    try:
        with open_text(path) as stream:
            return find_linkedin_header(sample_lines(stream)) is not None
    except (ImportFileError, OSError, UnicodeError):
        return False  # the spreadsheet reader says what is wrong with it


def peek_csv(path: Path) -> CsvPreview:
    """The header and first rows of a spreadsheet, for the column mapping dialog."""
    from netplanner.interchange.csv_sniff import decoding_errors_named

    with decoding_errors_named(path):
        return preview_csv(path)


def read_csv(path: Path, header: Sequence[str], fields: Sequence[str | None]) -> ReadResult:
    from netplanner.interchange.contact_files import read_with_notes

    mapping = ColumnMapping(tuple(header), tuple(fields))
    return read_with_notes(path, lambda: read_generic_csv(path, mapping))


def plan_import(session: Session, read: ReadResult, language: str = "en") -> ImportPlan:
    """What importing ``read`` would do, texts written into contacts in ``language``."""
    from netplanner.core.imports.plan import plan_import as plan

    return plan(session, read, language)


# -- applying --------------------------------------------------------------------------------
def apply_import(
    session: Session,
    plan: ImportPlan,
    merge_choices: dict[int, int],
    progress: Callable[[int, int], None],
    left_out: Sequence[int] = (),
) -> ImportSummary:
    from netplanner.core.imports.apply import apply_import as apply

    return apply(session, plan, merge_choices=merge_choices, progress=progress, left_out=left_out)


def plan_size(plan: ImportPlan) -> int:
    """How many contacts the import writes (what the progress counts)."""
    return len(plan.to_create) + len(plan.to_update)


# -- what the user reads ---------------------------------------------------------------------
def preview_of(
    plan: ImportPlan, source: str, file_name: str, columns_can_change: bool = False
) -> ImportPreview:
    """The preview dialog's rows for ``plan``."""
    duplicate_rows = {id(item.contact) for item in plan.likely_duplicates}
    return ImportPreview(
        source=source,
        file_name=file_name,
        unit=plan.unit,
        created=[
            (
                str(contact.row),
                contact.name,
                contact.role,
                contact.organisation,
                contact.email,
                contact.phone,
            )
            for contact in plan.to_create
            if id(contact) not in duplicate_rows
        ],
        updated=[
            (
                str(update.contact.row),
                update.existing_name,
                ", ".join(
                    [field_label(name) for name in update.fills]
                    + [f"{field_label(d.kind)}: {d.value}" for d in update.details]
                ),
            )
            for update in plan.to_update
        ],
        skipped=[(str(item.row), message_text(item.reason)) for item in plan.skipped],
        skipped_in_file=sum(1 for item in plan.skipped if item.in_file),
        warnings=[(str(item.row), message_text(item.reason)) for item in plan.warnings],
        columns=[
            (
                use.heading or "—",
                field_label(use.field) if use.field else left_out_label(),
                kind_label(use.kind) if use.kind else "",
                format_number(use.filled),
            )
            for use in sorted(plan.columns, key=lambda use: not use.field)  # used ones first
        ],
        layout=plan.layout if plan.layout not in ("vCard", "LinkedIn") else "",
        columns_can_change=columns_can_change,
        rejected=[(str(item.row), message_text(item.reason)) for item in plan.rejected],
        notes=[message_text(note) for note in plan.notes],
        duplicates=[
            DuplicateRow(
                row=item.row,
                imported=_label(item.contact.name, item.contact.organisation),
                existing_id=item.existing_id,
                existing_name=item.existing_label,
                reason=message_text(item.reason),
            )
            for item in plan.likely_duplicates
        ],
    )


def _label(name: str, organisation: str) -> str:
    return f"{name} ({organisation})" if organisation else name


def summary_text(summary: ImportSummary, source: str) -> str:
    """What an import did, in plain sentences."""
    parts = [
        counted(
            summary.created,
            QCoreApplication.translate("ImportTexts", "%n new contact was added from %1."),
            QCoreApplication.translate("ImportTexts", "%n new contacts were added from %1."),
            source,
        )
    ]
    if summary.updated:
        parts.append(
            counted(
                summary.updated,
                QCoreApplication.translate(
                    "ImportTexts", "%n contact you already had was completed."
                ),
                QCoreApplication.translate(
                    "ImportTexts", "%n contacts you already had were completed."
                ),
            )
        )
    if summary.merged:
        parts.append(
            counted(
                summary.merged,
                QCoreApplication.translate(
                    "ImportTexts", "%n row was merged into a contact you already had."
                ),
                QCoreApplication.translate(
                    "ImportTexts", "%n rows were merged into contacts you already had."
                ),
            )
        )
    if summary.introductions:
        parts.append(
            counted(
                summary.introductions,
                QCoreApplication.translate("ImportTexts", "%n introduction was filled in."),
                QCoreApplication.translate("ImportTexts", "%n introductions were filled in."),
            )
        )
    in_file = summary.skipped_in_file
    known = summary.skipped - in_file
    if known:
        parts.append(
            counted(
                known,
                QCoreApplication.translate(
                    "ImportTexts",
                    "%n row was skipped: that person is already in your contacts, and the "
                    "row adds nothing new.",
                ),
                QCoreApplication.translate(
                    "ImportTexts",
                    "%n rows were skipped: those people are already in your contacts, and "
                    "the rows add nothing new.",
                ),
            )
        )
    if in_file:
        parts.append(
            counted(
                in_file,
                QCoreApplication.translate(
                    "ImportTexts",
                    "%n row was taken together with an earlier row of the same person in the file.",
                ),
                QCoreApplication.translate(
                    "ImportTexts",
                    "%n rows were taken together with earlier rows of the same people in the file.",
                ),
            )
        )
    if summary.left_out:
        parts.append(
            counted(
                summary.left_out,
                QCoreApplication.translate("ImportTexts", "%n row you unticked was left out."),
                QCoreApplication.translate("ImportTexts", "%n rows you unticked were left out."),
            )
        )
    if summary.rejected:
        parts.append(
            counted(
                summary.rejected,
                QCoreApplication.translate("ImportTexts", "%n row was left out."),
                QCoreApplication.translate("ImportTexts", "%n rows were left out."),
            )
        )
    parts.append(
        QCoreApplication.translate("ImportTexts", "You can undo the import with Edit ▸ Undo.")
    )
    return " ".join(parts)
