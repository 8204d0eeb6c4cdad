"""What the user reads for the contact fields an import fills or a merge completes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("TransferFields", text)


def field_label(field: str) -> str:
    """The translated name of a contact field key ("linkedin_url" -> "LinkedIn URL")."""
    return {
        "name": _t("Name"),
        "first_name": _t("First name"),
        "middle_name": _t("Name particle (van, de…)"),
        "last_name": _t("Last name"),
        "role": _t("Role (job title)"),
        "organisation": _t("Organisation"),
        "email": _t("E-mail"),
        "phone": _t("Phone"),
        "specialism": _t("Specialism"),
        "sector": _t("Sector"),
        "region": _t("Region"),
        "notes": _t("Notes"),
        "tags": _t("Tags"),
        "linkedin_url": _t("LinkedIn URL"),
        "how_we_know": _t("How you know each other"),
        "introduced_by": _t("Introduced by"),
    }.get(field, field)


def ignore_label() -> str:
    """The choice for a file column NetPlanner leaves out."""
    return _t("— ignore —")
