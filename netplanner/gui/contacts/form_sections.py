"""Two groups of fields of the contact form: the parts of the name, and the address.

The parts of the name are what an address book keeps (vCard N): title, first name,
middle names, last name and suffix, exported again as they are. They fold away under
the name, as most people never need them; the fold opens by itself for a contact that
has them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

NAME_PARTS = ("name_prefix", "given_name", "additional_names", "family_name", "name_suffix")
ADDRESS = ("street", "postal_code", "city", "address_region", "country")


class NamePartsSection(QWidget):
    """A fold with the five parts of the name."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggle = QToolButton()
        self.toggle.setText(self.tr("Parts of the name"))
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolTip(
            self.tr("Title, first, middle and last name and suffix, as address books keep them")
        )
        self.edits = {name: QLineEdit() for name in NAME_PARTS}
        self.edits["name_prefix"].setPlaceholderText(self.tr("Dr., Mr., Ms."))
        self.edits["name_suffix"].setPlaceholderText(self.tr("Jr., MSc"))
        self.body = QWidget()
        form = QFormLayout(self.body)
        form.setContentsMargins(12, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, name in (
            (self.tr("Title:"), "name_prefix"),
            (self.tr("First name:"), "given_name"),
            (self.tr("Middle names:"), "additional_names"),
            (self.tr("Last name:"), "family_name"),
            (self.tr("Suffix:"), "name_suffix"),
        ):
            label = QLabel(text)
            label.setBuddy(self.edits[name])
            form.addRow(label, self.edits[name])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.body)
        self.toggle.toggled.connect(self.set_open)
        for edit in self.edits.values():
            edit.textChanged.connect(self.changed)
        self.set_open(False)

    def set_open(self, shown: bool) -> None:
        self.toggle.blockSignals(True)
        self.toggle.setChecked(shown)
        self.toggle.blockSignals(False)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.body.setVisible(shown)

    def set_parts(self, parts: dict[str, str]) -> None:
        for name, edit in self.edits.items():
            edit.blockSignals(True)
            edit.setText(parts.get(name, ""))
            edit.setCursorPosition(0)
            edit.blockSignals(False)
        self.set_open(any(parts.get(name) for name in NAME_PARTS))

    def parts(self) -> dict[str, str]:
        return {name: edit.text() for name, edit in self.edits.items()}

    def editors(self) -> list[QWidget]:
        return [self.toggle, *self.edits.values()]


class AddressSection(QWidget):
    """Street (lines), postal code and city on one line, province or state, country."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.street = QPlainTextEdit()
        self.street.setTabChangesFocus(True)
        self.street.setPlaceholderText(self.tr("Street and number"))
        self.street.setMaximumHeight(self.fontMetrics().lineSpacing() * 2 + 12)
        self.street.setAccessibleName(self.tr("Street"))
        self.postal_code = QLineEdit()
        self.postal_code.setPlaceholderText(self.tr("Postal code"))
        self.postal_code.setAccessibleName(self.tr("Postal code"))
        self.postal_code.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000 XX0") + 24)
        self.city = QLineEdit()
        self.city.setPlaceholderText(self.tr("City"))
        self.city.setAccessibleName(self.tr("City"))
        self.address_region = QLineEdit()
        self.address_region.setPlaceholderText(self.tr("Province or state"))
        self.address_region.setAccessibleName(self.tr("Province or state"))
        self.country = QLineEdit()
        self.country.setPlaceholderText(self.tr("Country"))
        self.country.setAccessibleName(self.tr("Country"))
        town = QHBoxLayout()
        town.setContentsMargins(0, 0, 0, 0)
        town.addWidget(self.postal_code)
        town.addWidget(self.city, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.street)
        layout.addLayout(town)
        layout.addWidget(self.address_region)
        layout.addWidget(self.country)
        self.street.textChanged.connect(self.changed)
        for edit in (self.postal_code, self.city, self.address_region, self.country):
            edit.textChanged.connect(self.changed)

    def set_address(self, address: dict[str, str]) -> None:
        widgets = (self.street, self.postal_code, self.city, self.address_region, self.country)
        for widget in widgets:
            widget.blockSignals(True)
        self.street.setPlainText(address.get("street", ""))
        for name in ADDRESS[1:]:
            edit: QLineEdit = getattr(self, name)
            edit.setText(address.get(name, ""))
            edit.setCursorPosition(0)
        for widget in widgets:
            widget.blockSignals(False)

    def address(self) -> dict[str, str]:
        values = {"street": self.street.toPlainText()}
        values |= {name: getattr(self, name).text() for name in ADDRESS[1:]}
        return values

    def editors(self) -> list[QWidget]:
        return [self.street, self.postal_code, self.city, self.address_region, self.country]
