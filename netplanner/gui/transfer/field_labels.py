"""What the user reads for the contact fields an import fills or a merge completes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def field_label(field: str) -> str:
    """The translated name of a contact field key ("linkedin_url" -> "LinkedIn URL")."""
    return {
        "name": QCoreApplication.translate("TransferFields", "Name"),
        "first_name": QCoreApplication.translate("TransferFields", "First name"),
        "middle_name": QCoreApplication.translate("TransferFields", "Name particle (van, de…)"),
        "last_name": QCoreApplication.translate("TransferFields", "Last name"),
        "role": QCoreApplication.translate("TransferFields", "Role (job title)"),
        "organisation": QCoreApplication.translate("TransferFields", "Organisation"),
        "email": QCoreApplication.translate("TransferFields", "E-mail"),
        "phone": QCoreApplication.translate("TransferFields", "Phone"),
        "specialism": QCoreApplication.translate("TransferFields", "Specialism"),
        "sector": QCoreApplication.translate("TransferFields", "Sector"),
        "region": QCoreApplication.translate("TransferFields", "Region"),
        "notes": QCoreApplication.translate("TransferFields", "Notes"),
        "tags": QCoreApplication.translate("TransferFields", "Tags"),
        "linkedin_url": QCoreApplication.translate("TransferFields", "LinkedIn URL"),
        "how_we_know": QCoreApplication.translate("TransferFields", "How you know each other"),
        "introduced_by": QCoreApplication.translate("TransferFields", "Introduced by"),
    }.get(field, field)


def ignore_label() -> str:
    """The choice for a file column NetPlanner leaves out."""
    return QCoreApplication.translate("TransferFields", "— ignore —")
