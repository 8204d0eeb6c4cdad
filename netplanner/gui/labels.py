"""What the user reads for the stored keys of kinds, statuses, categories and languages.

The keys live in the data file (see ``netplanner.core.enums``); their names are
translated here, in one place, for every view.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from netplanner.core.enums import ConversationKind, ConversationStatus, QuestionCategory


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def kind_label(kind: str) -> str:
    return {
        ConversationKind.THINK_ALONG.value: _t("Asking to think along"),
        ConversationKind.INFORMATIONAL.value: _t("Informational conversation"),
    }.get(kind, kind)


def status_label(status: str) -> str:
    return {
        ConversationStatus.IDEA.value: _t("Idea"),
        ConversationStatus.ASKED.value: _t("Asked"),
        ConversationStatus.SCHEDULED.value: _t("Scheduled"),
        ConversationStatus.HELD.value: _t("Held"),
        ConversationStatus.THANKED.value: _t("Thanked"),
        ConversationStatus.CLOSED.value: _t("Closed"),
        ConversationStatus.CANCELLED.value: _t("Cancelled"),
    }.get(status, status)


def category_label(category: str) -> str:
    return {
        QuestionCategory.WORK.value: _t("The work itself"),
        QuestionCategory.PATH.value: _t("Path into the field"),
        QuestionCategory.ORGANISATION.value: _t("Organisation and sector"),
        QuestionCategory.TRENDS.value: _t("Trends"),
        QuestionCategory.ADVICE.value: _t("Advice"),
        QuestionCategory.RESOURCES.value: _t("Resources"),
        QuestionCategory.REFERRALS.value: _t("Who else to talk to"),
        QuestionCategory.OTHER.value: _t("Other"),
    }.get(category, category)


def language_label(language: str) -> str:
    return {"en": _t("English"), "nl": _t("Dutch")}.get(language, language)
