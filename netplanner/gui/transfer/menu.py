"""File ▸ Import and File ▸ Export: the two submenus, and dropping files on the window.

The main window calls :func:`build_transfer_menus` once and adds the two menus to
its File menu; everything else about importing and exporting lives in this folder.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMenu

from netplanner.gui.context import AppContext
from netplanner.gui.transfer.drop import FileDropFilter
from netplanner.gui.transfer.export_actions import TransferExports
from netplanner.gui.transfer.import_flow import ImportFlow, ImportKind


def build_transfer_menus(window: QMainWindow, context: AppContext) -> tuple[QMenu, QMenu]:
    """The Import and Export submenus for ``window``'s File menu.

    Also lets the user drop a vCard or a LinkedIn export on the window to import it.
    The flows are kept on the window (``transfer_imports``, ``transfer_exports``).
    """
    flow = ImportFlow(context, window)
    exports = TransferExports(context, window)
    window.transfer_imports = flow  # type: ignore[attr-defined]
    window.transfer_exports = exports  # type: ignore[attr-defined]

    import_menu = QMenu(QCoreApplication.translate("TransferMenu", "&Import"), window)
    import_menu.setObjectName("import_menu")
    for text, tip, kind in (
        (
            QCoreApplication.translate("TransferMenu", "&LinkedIn connections…"),
            QCoreApplication.translate(
                "TransferMenu", "Import Connections.csv from the data export LinkedIn sends you"
            ),
            ImportKind.LINKEDIN,
        ),
        (
            QCoreApplication.translate("TransferMenu", "Contacts from a &vCard file…"),
            QCoreApplication.translate(
                "TransferMenu", "Import a .vcf file exported from your phone or e-mail program"
            ),
            ImportKind.VCARD,
        ),
        (
            QCoreApplication.translate("TransferMenu", "&Spreadsheet (CSV)…"),
            QCoreApplication.translate(
                "TransferMenu",
                "Import a list of people saved as CSV; you say which column holds what",
            ),
            ImportKind.CSV,
        ),
    ):
        action = import_menu.addAction(text)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _=False, k=kind: flow.ask_and_import(k))
    import_menu.addSeparator()
    restore = import_menu.addAction(
        QCoreApplication.translate("TransferMenu", "&Restore from JSON archive…")
    )
    restore.setStatusTip(
        QCoreApplication.translate(
            "TransferMenu", "Fill an empty data file from an archive made with Export"
        )
    )
    restore.triggered.connect(exports.restore_archive)

    export_menu = QMenu(QCoreApplication.translate("TransferMenu", "E&xport"), window)
    export_menu.setObjectName("export_menu")
    for text, tip, slot in (
        (
            QCoreApplication.translate("TransferMenu", "Contacts as &CSV…"),
            QCoreApplication.translate("TransferMenu", "Every contact as a spreadsheet (CSV)"),
            exports.export_csv,
        ),
        (
            QCoreApplication.translate("TransferMenu", "Contacts as &vCard…"),
            QCoreApplication.translate(
                "TransferMenu", "Every contact as a .vcf file for your phone or e-mail program"
            ),
            exports.export_vcard,
        ),
        (
            QCoreApplication.translate(
                "TransferMenu", "&Upcoming conversations to calendar (.ics)…"
            ),
            QCoreApplication.translate("TransferMenu", "Planned conversations as calendar events"),
            exports.export_ics,
        ),
        (
            QCoreApplication.translate("TransferMenu", "&Everything as JSON…"),
            QCoreApplication.translate(
                "TransferMenu",
                "A complete archive of your data, to keep or to move to another computer",
            ),
            exports.export_archive,
        ),
    ):
        action = export_menu.addAction(text)
        action.setStatusTip(tip)
        action.triggered.connect(slot)

    def show_imported(contact_ids: list[int]) -> None:
        tabs = getattr(window, "tabs", None)
        contacts = getattr(window, "contacts_tab", None)
        if tabs is not None and contacts is not None:
            tabs.setCurrentWidget(contacts)
            contacts.show_imported(contact_ids)

    flow.imported.connect(show_imported)
    drop_filter = FileDropFilter(window, flow.import_dropped)
    window.installEventFilter(drop_filter)
    window.setAcceptDrops(True)
    return import_menu, export_menu
