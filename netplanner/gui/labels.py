"""What the user reads for the stored keys of kinds, statuses, categories and languages.

The keys live in the data file (see ``netplanner.core.enums``); their names are
translated here, in one place, for every view.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from netplanner.core.enums import ConversationKind, ConversationStatus, QuestionCategory


def kind_label(kind: str) -> str:
    return {
        ConversationKind.THINK_ALONG.value: QCoreApplication.translate(
            "Labels", "Asking to think along"
        ),
        ConversationKind.INFORMATIONAL.value: QCoreApplication.translate(
            "Labels", "Informational conversation"
        ),
    }.get(kind, kind)


def status_label(status: str) -> str:
    return {
        ConversationStatus.IDEA.value: QCoreApplication.translate("Labels", "Idea"),
        ConversationStatus.ASKED.value: QCoreApplication.translate("Labels", "Asked"),
        ConversationStatus.SCHEDULED.value: QCoreApplication.translate("Labels", "Scheduled"),
        ConversationStatus.HELD.value: QCoreApplication.translate("Labels", "Held"),
        ConversationStatus.THANKED.value: QCoreApplication.translate("Labels", "Thanked"),
        ConversationStatus.CLOSED.value: QCoreApplication.translate("Labels", "Closed"),
        ConversationStatus.CANCELLED.value: QCoreApplication.translate("Labels", "Cancelled"),
    }.get(status, status)


def category_label(category: str) -> str:
    return {
        QuestionCategory.WORK.value: QCoreApplication.translate("Labels", "The work itself"),
        QuestionCategory.PATH.value: QCoreApplication.translate("Labels", "Path into the field"),
        QuestionCategory.ORGANISATION.value: QCoreApplication.translate(
            "Labels", "Organisation and sector"
        ),
        QuestionCategory.TRENDS.value: QCoreApplication.translate("Labels", "Trends"),
        QuestionCategory.ADVICE.value: QCoreApplication.translate("Labels", "Advice"),
        QuestionCategory.RESOURCES.value: QCoreApplication.translate("Labels", "Resources"),
        QuestionCategory.REFERRALS.value: QCoreApplication.translate(
            "Labels", "Who else to talk to"
        ),
        QuestionCategory.OTHER.value: QCoreApplication.translate("Labels", "Other"),
    }.get(category, category)


def language_label(language: str) -> str:
    return {
        "en": QCoreApplication.translate("Labels", "English"),
        "nl": QCoreApplication.translate("Labels", "Dutch"),
    }.get(language, language)
