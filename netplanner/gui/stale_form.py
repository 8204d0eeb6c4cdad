"""A save refused because someone else changed the item since the form showed it
(``core.errors.ChangedElsewhereError``): the user may reload the item as it is now, or
keep editing. Reloading never loses what they typed: every text they typed (not in the
form when it was shown: :func:`remember_shown`) that the reloaded form does not show is
put on the clipboard, labelled, to paste back.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from weakref import WeakKeyDictionary

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFormLayout, QLayout, QLineEdit, QPlainTextEdit, QWidget

from netplanner.gui.prompts import Prompts

#: What each form showed when it last showed a stored item (see :func:`remember_shown`).
_SHOWN: WeakKeyDictionary[QWidget, list[tuple[str, str]]] = WeakKeyDictionary()


def remember_shown(form: QWidget) -> None:
    """A form calls this once it shows an item as stored: texts it shows then are not the
    user's typing, and are not put on the clipboard when the item is reloaded."""
    _SHOWN[form] = field_texts(form)


def offer_reload(prompts: Prompts, title: str, refusal: str) -> bool:
    """Say the save was refused and ask what to do; True for *Reload*."""
    text = "\n\n".join(
        (
            refusal,
            QCoreApplication.translate(
                "StaleForm",
                "Reload shows it as it is now and copies what you typed to the clipboard, "
                "so you can paste back what you still need. Keep editing leaves your text in "
                "the form (it cannot be saved over their change until you reload).",
            ),
        )
    )
    options = [
        QCoreApplication.translate("StaleForm", "Reload"),
        QCoreApplication.translate("StaleForm", "Keep editing"),
    ]
    choice = prompts.problem(title, text, options, escape=1)
    return choice == 0


def reload_keeping_typed(form: QWidget, reload: Callable[[], object]) -> str:
    """Run ``reload`` (which shows the stored item in ``form``) and put on the clipboard
    every text the user typed that the form does not show after. Returns that text
    ("" when nothing would have been lost, and then the clipboard is left alone)."""
    typed = _without(field_texts(form), _SHOWN.get(form, []))
    reload()
    lost = _without(typed, field_texts(form))
    if not lost:
        return ""
    text = "\n\n".join(f"{label}:\n{value}" if label else value for label, value in lost)
    QGuiApplication.clipboard().setText(text)
    return text


def _without(
    entries: list[tuple[str, str]], others: list[tuple[str, str]]
) -> list[tuple[str, str]]:
    """``entries`` less one of each in ``others`` (a field may appear more than once)."""
    left = Counter(others)
    kept: list[tuple[str, str]] = []
    for entry in entries:
        if left[entry] > 0:
            left[entry] -= 1
        else:
            kept.append(entry)
    return kept


def field_texts(form: QWidget) -> list[tuple[str, str]]:
    """(label, text) of every non-empty text field of ``form`` a user can type in, in the
    order they were made; the label is the one the form shows next to the field."""
    labels = _labels(form)
    found: list[tuple[str, str]] = []
    for widget in form.findChildren(QWidget):
        if isinstance(widget, QLineEdit) and not widget.isReadOnly():
            value = widget.text()
        elif isinstance(widget, QPlainTextEdit) and not widget.isReadOnly():
            value = widget.toPlainText()
        else:
            continue
        if value.strip():
            found.append((_label_of(widget, form, labels), value))
    return found


def _labels(form: QWidget) -> dict[QWidget, str]:
    """Each field widget of the form's form layouts, and the words of its label."""
    labels: dict[QWidget, str] = {}
    for layout in form.findChildren(QFormLayout):
        for row in range(layout.rowCount()):
            label_item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
            label = label_item.widget() if label_item is not None else None
            text = label.property("text") if label is not None else None
            if not isinstance(text, str) or field_item is None:
                continue
            text = text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(" :")
            for widget in _widgets_of(field_item.widget(), field_item.layout()):
                labels[widget] = text
    return labels


def _widgets_of(widget: QWidget | None, layout: QLayout | None) -> list[QWidget]:
    if widget is not None:
        return [widget]
    found: list[QWidget] = []
    if layout is not None:
        for index in range(layout.count()):
            item = layout.itemAt(index)
            if item is not None:
                found += _widgets_of(item.widget(), item.layout())
    return found


def _label_of(widget: QWidget, form: QWidget, labels: dict[QWidget, str]) -> str:
    """The label of the form row that holds ``widget``; else its accessible name or
    placeholder (fields outside a form layout, such as the answers of a conversation)."""
    current: QWidget | None = widget
    while current is not None and current is not form:
        if current in labels:
            return labels[current]
        if current.accessibleName():
            return current.accessibleName()
        current = current.parentWidget()
    if isinstance(widget, QLineEdit | QPlainTextEdit) and widget.placeholderText():
        return widget.placeholderText()
    return ""
