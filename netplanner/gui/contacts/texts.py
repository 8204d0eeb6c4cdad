"""Sentences the Contacts tab shows: counts, the delete question, the summary under the form."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from netplanner.core.contact_data import ContactDeletionImpact, ContactRow
from netplanner.core.enums import ContactSource
from netplanner.core.network.chain_links import Chain
from netplanner.gui.numbers import format_number
from netplanner.gui.plural import counted
from netplanner.messages import fill

#: How many people a summary names before it says "and N more".
MAX_NAMED = 8


def count_label(visible: int, total: int) -> str:
    """'12 contacts', or '3 of 12 contacts' while searching."""
    if total == 0:
        return QCoreApplication.translate("ContactTexts", "No contacts yet")
    if visible == total:
        return counted(
            total,
            QCoreApplication.translate("ContactTexts", "%n contact"),
            QCoreApplication.translate("ContactTexts", "%n contacts"),
        )
    if visible == 0:
        return counted(
            total,
            QCoreApplication.translate("ContactTexts", "No matches among %n contact"),
            QCoreApplication.translate("ContactTexts", "No matches among %n contacts"),
        )
    return counted(
        total,
        QCoreApplication.translate("ContactTexts", "%1 of %n contact"),
        QCoreApplication.translate("ContactTexts", "%1 of %n contacts"),
        format_number(visible),
    )


def delete_question(name: str) -> str:
    return fill(QCoreApplication.translate("ContactTexts", "Delete %1?"), name)


def delete_detail(name: str, impact: ContactDeletionImpact) -> str:
    """What goes with the contact, and what stays, in plain sentences."""
    parts = []
    if impact.conversations:
        parts.append(
            counted(
                impact.conversations,
                QCoreApplication.translate(
                    "ContactTexts",
                    "%n conversation with %1 will be deleted too, with its questions, "
                    "answers and notes.",
                ),
                QCoreApplication.translate(
                    "ContactTexts",
                    "%n conversations with %1 will be deleted too, with their questions, "
                    "answers and notes.",
                ),
                name,
            )
        )
    if impact.follow_ups:
        parts.append(
            counted(
                impact.follow_ups,
                QCoreApplication.translate(
                    "ContactTexts", "%n follow-up about %1 will be deleted too."
                ),
                QCoreApplication.translate(
                    "ContactTexts", "%n follow-ups about %1 will be deleted too."
                ),
                name,
            )
        )
    if impact.introduced_contacts:
        parts.append(
            counted(
                impact.introduced_contacts,
                QCoreApplication.translate(
                    "ContactTexts",
                    "%n person introduced by %1 stays in your contacts, without an introducer.",
                ),
                QCoreApplication.translate(
                    "ContactTexts",
                    "%n people introduced by %1 stay in your contacts, without an introducer.",
                ),
                name,
            )
        )
    if not parts:
        parts.append(QCoreApplication.translate("ContactTexts", "Nothing else is deleted with it."))
    shortcut = QKeySequence(QKeySequence.StandardKey.Undo).toString(
        QKeySequence.SequenceFormat.NativeText
    )
    parts.append(
        fill(QCoreApplication.translate("ContactTexts", "You can undo this with %1."), shortcut)
    )
    return " ".join(parts)


def _link(row_id: int, name: str) -> str:
    return f'<a href="contact:{row_id}">{html.escape(name)}</a>'


def degree_label(degree: int) -> str:
    """'1st degree', '2nd degree', … (the suffix chosen by the English rule)."""
    if degree % 100 in (11, 12, 13) or degree % 10 not in (1, 2, 3):
        text = QCoreApplication.translate("ContactTexts", "%1th degree")
    else:
        text = {
            1: QCoreApplication.translate("ContactTexts", "%1st degree"),
            2: QCoreApplication.translate("ContactTexts", "%1nd degree"),
            3: QCoreApplication.translate("ContactTexts", "%1rd degree"),
        }[degree % 10]
    return fill(text, str(degree))


def chain_html(chain: Chain) -> str:
    """'You → Anna de Vries → Carla Smit · 2nd degree', the people above them as links."""
    parts = [html.escape(QCoreApplication.translate("ContactTexts", "You"))]
    parts += [_link(link.id, link.name) for link in chain.people[:-1]]
    parts.append(f"<b>{html.escape(chain.contact.name)}</b>")
    degree = html.escape(degree_label(chain.degree)).replace(" ", "&nbsp;")
    return " → ".join(parts) + "&nbsp;·&nbsp;" + degree  # the degree never splits off


def summary_html(
    introducer: ContactRow | None,
    introduced: Sequence[ContactRow],
    impact: ContactDeletionImpact,
    source: str,
    chain: Chain | None = None,
) -> str:
    """The read-only lines under the form: the chain of introductions and the activity."""
    lines = [chain_html(chain)] if chain is not None and chain.people else []
    if introducer is not None:
        lines.append(
            fill(
                QCoreApplication.translate("ContactTexts", "Introduced by %1."),
                _link(introducer.id, introducer.name),
            )
        )
    else:
        lines.append(
            html.escape(
                QCoreApplication.translate(
                    "ContactTexts", "You know them yourself: nobody introduced them."
                )
            )
        )
    if introduced:
        names = ", ".join(_link(row.id, row.name) for row in introduced[:MAX_NAMED])
        if len(introduced) > MAX_NAMED:
            more = len(introduced) - MAX_NAMED
            names = counted(
                more,
                QCoreApplication.translate("ContactTexts", "%1 and %n other"),
                QCoreApplication.translate("ContactTexts", "%1 and %n others"),
                names,
            )
        lines.append(
            fill(QCoreApplication.translate("ContactTexts", "Introduced you to %1."), names)
        )
    if impact.conversations:
        activity = counted(
            impact.conversations,
            QCoreApplication.translate("ContactTexts", "%n conversation"),
            QCoreApplication.translate("ContactTexts", "%n conversations"),
        )
    else:
        activity = QCoreApplication.translate("ContactTexts", "No conversations yet")
    if impact.follow_ups:
        activity += ", " + counted(
            impact.follow_ups,
            QCoreApplication.translate("ContactTexts", "%n follow-up"),
            QCoreApplication.translate("ContactTexts", "%n follow-ups"),
        )
    lines.append(html.escape(activity + "."))
    origin = {
        ContactSource.LINKEDIN.value: QCoreApplication.translate(
            "ContactTexts", "Imported from LinkedIn."
        ),
        ContactSource.VCARD.value: QCoreApplication.translate(
            "ContactTexts", "Imported from a vCard file."
        ),
        ContactSource.CSV.value: QCoreApplication.translate(
            "ContactTexts", "Imported from a CSV file."
        ),
        ContactSource.DEMO.value: QCoreApplication.translate(
            "ContactTexts", "Part of the example network."
        ),
    }.get(source)
    if origin:
        lines.append(html.escape(origin))
    return "<br>".join(lines)


def imported_label(count: int) -> str:
    """The line above the table after an import, when it shows only those people."""
    return counted(
        count,
        QCoreApplication.translate(
            "ContactTexts", "Showing the %n person the import just brought in or completed."
        ),
        QCoreApplication.translate(
            "ContactTexts", "Showing the %n people the import just brought in or completed."
        ),
    )
