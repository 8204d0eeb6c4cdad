"""The JSON archive: export, restore into a fresh file, export again, and nothing differs."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from netplanner.core.banks import add_question, create_bank, delete_bank
from netplanner.core.contact_data import ContactInput
from netplanner.core.contacts import create_contact, get_contact
from netplanner.core.conversations import (
    ConversationInput,
    QuestionChoice,
    create_conversation,
    get_conversation,
)
from netplanner.core.followups.stored import create_follow_up
from netplanner.core.goals import GoalInput, create_goal
from netplanner.core.meta import BUILTIN_BANKS_INSTALLED, get_meta
from netplanner.core.models import Contact, Conversation, QuestionBank
from netplanner.datafile import open_data_file
from netplanner.interchange.ics_export import write_conversations_ics
from netplanner.interchange.json_archive import (
    ArchiveError,
    DataFileNotEmptyError,
    export_archive,
    read_archive_file,
    restore_archive,
    write_archive,
)


def _add_edge_cases(database) -> None:
    """Beside the demo: non-Latin names, empty fields, a later introducer, an own bank
    used by a conversation, answers, an undated talk, an inactive Dutch goal."""
    with database.transaction() as session:
        bank = create_bank(session, "Vragen van coach Petra", "nl", "Eigen <bank> & meer")
        own = add_question(session, bank.id, "Wat maakt jouw werk de moeite waard?", "work")
        add_question(session, bank.id, "Wie zou ik nog meer moeten spreken?", "referrals")
        goal = create_goal(
            session, GoalInput(target_role="Onderzoeker", language="nl", active=False)
        )
        bare = create_contact(session, ContactInput(name="王小明"))
        greek = create_contact(
            session,
            ContactInput(name="Ψηλορείτης", notes='Regel 1\nRegel 2, "quoted"', tags="α, β"),
        )
        bare.introduced_by_id = greek.id  # introduced by someone with a higher id
        talk = create_conversation(
            session,
            ConversationInput(contact_id=greek.id, goal_id=goal.id, purpose="Kennismaken"),
            [
                QuestionChoice(own.text, own.id, answer="Mensen helpen.\nEn data."),
                QuestionChoice("Eigen vraag zonder bank?", None, answer=""),
            ],
        )
        bare.introduced_in_id = talk.id
        create_follow_up(
            session,
            "Bedank Ψηλορείτης",
            datetime(2030, 1, 2, 9, 0, tzinfo=UTC),
            conversation_id=talk.id,
            kind="thank_you",
            suggestion_key=f"thank_you:{talk.id}",
        )
        english = session.scalar(
            select(QuestionBank.id).where(QuestionBank.builtin_key == "nl-meedenken")
        )
        delete_bank(session, english)


def _without_stamp(data: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in data.items() if key != "exported_at"}


def _exported(database) -> dict[str, Any]:
    with database.transaction() as session:
        return json.loads(json.dumps(export_archive(session)))


def test_round_trip_loses_nothing_and_duplicates_nothing(demo_database, tmp_path: Path) -> None:
    _add_edge_cases(demo_database)
    with demo_database.transaction() as session:  # gives the file its UID namespace
        write_conversations_ics(session, tmp_path / "before.ics")
    path = tmp_path / "archive.json"
    with demo_database.transaction() as session:
        write_archive(session, path)
    first = read_archive_file(path)
    assert first["format"] == "netplanner-archive" and first["version"] == 1
    assert len(first["contacts"]) == 14 and len(first["banks"]) == 4  # 3 built-in + own

    fresh = open_data_file(tmp_path / "fresh.sqlite3")
    with fresh.transaction() as session:
        summary = restore_archive(session, first)
    assert (summary.contacts, summary.conversations, summary.banks) == (14, 5, 4)
    assert _without_stamp(_exported(fresh)) == _without_stamp(first)
    fresh.close()

    # Opened again: the built-in bank deleted before the export stays deleted.
    reopened = open_data_file(tmp_path / "fresh.sqlite3")
    assert _without_stamp(_exported(reopened)) == _without_stamp(first)
    with reopened.transaction() as session:
        write_conversations_ics(session, tmp_path / "after.ics")
        carla = session.scalar(select(Contact).where(Contact.name == "Carla Smit"))
        introduced_in = get_conversation(session, carla.introduced_in_id)
        assert introduced_in.contact.name == "Anna de Vries"
        assert get_contact(session, carla.introduced_by_id).name == "Anna de Vries"
    reopened.close()
    uids = [
        [line for line in (tmp_path / name).read_text("utf-8").splitlines() if "UID" in line]
        for name in ("before.ics", "after.ics")
    ]
    assert uids[0] == uids[1] and uids[0]  # calendars update the events, not duplicate them


def test_fields_of_the_edge_cases_come_through(database, tmp_path: Path) -> None:
    _add_edge_cases(database)
    data = _exported(database)
    fresh = open_data_file(tmp_path / "fresh.sqlite3")
    with fresh.transaction() as session:
        restore_archive(session, data)
    restored = _exported(fresh)
    fresh.close()
    contacts = {c["name"]: c for c in restored["contacts"]}
    bare, greek = contacts["王小明"], contacts["Ψηλορείτης"]
    assert bare["introduced_by"] == greek["ref"] > bare["ref"]
    assert bare["role"] == "" and bare["email"] == "" and bare["tags"] == ""
    assert greek["notes"] == 'Regel 1\nRegel 2, "quoted"'
    (talk,) = restored["conversations"]
    assert talk["starts_at"] is None and bare["introduced_in"] == talk["ref"]
    assert [q["answer"] for q in talk["questions"]] == ["Mensen helpen.\nEn data.", ""]
    own = next(bank for bank in restored["banks"] if not bank["builtin"])
    assert talk["questions"][0]["source_question"] == own["questions"][0]["ref"]
    assert talk["questions"][1]["source_question"] is None
    (goal,) = restored["goals"]
    assert (goal["language"], goal["active"]) == ("nl", False)
    (follow_up,) = restored["follow_ups"]
    assert follow_up["due_at"] == "2030-01-02T09:00:00Z"
    assert follow_up["suggestion_key"] == f"thank_you:{talk['ref']}"
    assert restored["meta"][BUILTIN_BANKS_INSTALLED].count(",") == 3


def test_only_an_empty_data_file_takes_an_archive(demo_database, database) -> None:
    data = _exported(demo_database)
    with (
        pytest.raises(DataFileNotEmptyError, match="12 contacts, 4 conversations"),
        demo_database.transaction() as session,
    ):
        restore_archive(session, data)
    assert len(_exported(demo_database)["contacts"]) == 12


def test_a_built_in_bank_the_archive_did_not_know_is_kept(database, tmp_path: Path) -> None:
    data = _exported(database)
    data["banks"] = [b for b in data["banks"] if b["builtin_key"] != "nl-meedenken"]
    data["meta"][BUILTIN_BANKS_INSTALLED] = "en-informational,en-think-along,nl-informatiegesprek"
    fresh = open_data_file(tmp_path / "fresh.sqlite3")
    with fresh.transaction() as session:
        restore_archive(session, data)
        keys = set(session.scalars(select(QuestionBank.builtin_key)))
        assert keys == {
            "en-informational",
            "en-think-along",
            "nl-informatiegesprek",
            "nl-meedenken",
        }
        assert "nl-meedenken" in get_meta(session, BUILTIN_BANKS_INSTALLED)
    fresh.close()


def _edit(mutate: Callable[[dict[str, Any]], Any]) -> Callable[[dict[str, Any]], Any]:
    def apply(data: dict[str, Any]) -> dict[str, Any]:
        mutate(data)
        return data

    return apply


BROKEN: list[tuple[str, Callable[[dict[str, Any]], Any], str]] = [
    ("a list", lambda d: [], "not a NetPlanner archive"),
    ("another format", lambda d: d | {"format": "something-else"}, "not a NetPlanner archive"),
    ("a bank file", lambda d: d | {"format": "netplanner-question-bank"}, "use 'import bank'"),
    ("a newer version", lambda d: d | {"version": 2}, "version 2 is not supported"),
    ("contacts not a list", lambda d: d | {"contacts": {}}, "'contacts' must be a list"),
    ("no name", _edit(lambda d: d["contacts"][3].pop("name")), "contact 4: 'name' is missing"),
    ("unknown introducer", _edit(lambda d: d["contacts"][2].update(introduced_by=999)), "999"),
    ("two contacts, one ref", _edit(lambda d: d["contacts"][1].update(ref=1)), "the same ref"),
    ("a word for a date", _edit(lambda d: d["conversations"][0].update(starts_at="soon")), "soon"),
    ("no time zone", _edit(lambda d: d["goals"][0].update(created_at="2024-05-01")), "time zone"),
    ("a new kind", _edit(lambda d: d["conversations"][0].update(kind="coffee")), "'kind' must"),
    (
        "a loop",
        _edit(lambda d: d["contacts"][0].update(introduced_by=d["contacts"][2]["ref"])),
        "introduced (via others) by themselves",
    ),
    (
        "a question from nowhere",
        _edit(lambda d: d["conversations"][0]["questions"][0].update(source_question=99999)),
        "question 1: 'source_question' refers to ref 99999",
    ),
    (
        "a suggestion twice",
        _edit(lambda d: [f.update(suggestion_key="same") for f in d["follow_ups"]]),
        "the same suggestion_key",
    ),
]


@pytest.mark.parametrize(("change", "message"), [b[1:] for b in BROKEN], ids=[b[0] for b in BROKEN])
def test_a_broken_archive_restores_nothing(demo_database, tmp_path: Path, change, message) -> None:
    data = change(copy.deepcopy(_exported(demo_database)))
    fresh = open_data_file(tmp_path / "fresh.sqlite3")
    before = _exported(fresh)
    with pytest.raises(ArchiveError) as error, fresh.transaction() as session:
        restore_archive(session, data)
    assert str(error.value).startswith("archive: ")
    assert message in str(error.value)
    assert "\n" not in str(error.value)
    assert _without_stamp(_exported(fresh)) == _without_stamp(before)
    with fresh.session() as session:
        assert session.scalar(select(func.count()).select_from(QuestionBank)) == 4
    fresh.close()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "line 1: not valid JSON"),
        (b'{"format": "netplanner-archive",\n "version": 1,,}', "line 2: not valid JSON"),
        ("é".encode("latin-1"), "not a text file in UTF-8"),
    ],
)
def test_an_unreadable_file_is_named(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "backup.json"
    path.write_bytes(content)
    with pytest.raises(ArchiveError, match=f"^backup.json.*{message}"):
        read_archive_file(path)


def test_dates_keep_their_instant(database, tmp_path: Path) -> None:
    moment = datetime(2031, 7, 1, 12, 30, 15, 250000, tzinfo=UTC)
    with database.transaction() as session:
        contact = create_contact(session, ContactInput(name="Eva"))
        create_conversation(session, ConversationInput(contact_id=contact.id, starts_at=moment))
    data = _exported(database)
    assert data["conversations"][0]["starts_at"] == "2031-07-01T12:30:15.250000Z"
    data["conversations"][0]["starts_at"] = "2031-07-01T14:30:15.250000+02:00"  # same instant
    fresh = open_data_file(tmp_path / "fresh.sqlite3")
    with fresh.transaction() as session:
        restore_archive(session, data)
    with fresh.session() as session:
        starts_at = session.scalar(select(Conversation.starts_at))
    fresh.close()
    assert starts_at == moment and starts_at - moment == timedelta(0)


def test_a_whole_person_comes_through_the_archive(database, tmp_path: Path) -> None:
    """Every new field and every extra address, number and website, losslessly."""
    from netplanner.core.contact_data import ContactInput
    from netplanner.core.contact_fields import Detail
    from netplanner.core.contacts import create_contact, get_contact

    with database.transaction() as session:
        contact_id = create_contact(
            session,
            ContactInput(
                "Dr. Fatma Öztürk",
                email="f@erasmusmc.example",
                email_kind="work",
                phone="+31 6 1",
                phone_kind="mobile",
                website="https://fatma.example",
                nickname="Fat",
                name_prefix="Dr.",
                given_name="Fatma",
                family_name="Öztürk",
                birthday="--07-14",
                street="Dr. Molewaterplein 40\nKamer 3",
                postal_code="3015 GD",
                city="Rotterdam",
                address_region="Zuid-Holland",
                country="Nederland",
                source_uid="urn:uuid:abc",
                details=[
                    Detail("email", "home", "fatma@thuis.example"),
                    Detail("phone", "Secretariaat", "010 704 0000"),
                    Detail("website", "", "https://blog.example"),
                ],
            ),
        ).id
    data = _exported(database)
    (record,) = data["contacts"]
    assert record["birthday"] == "--07-14" and record["source_uid"] == "urn:uuid:abc"
    assert [d["value"] for d in record["details"]] == [
        "fatma@thuis.example",
        "010 704 0000",
        "https://blog.example",
    ]
    fresh = open_data_file(tmp_path / "fresh.sqlite3")
    with fresh.transaction() as session:
        restore_archive(session, data)
    assert _without_stamp(_exported(fresh)) == _without_stamp(data)
    with fresh.session() as session:
        fatma = get_contact(session, contact_id)
        assert fatma.emails == ["f@erasmusmc.example", "fatma@thuis.example"]
        assert [(d.kind, d.label) for d in fatma.details][1] == ("phone", "Secretariaat")
    fresh.close()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda c: c.update(birthday="22 maart"), "'birthday' '22 maart' is not a birthday"),
        (
            lambda c: c.update(details=[{"kind": "fax", "value": "1"}]),
            "contact 1, detail 1: 'kind' must be one of email, phone, website",
        ),
        (lambda c: c.update(details=[{"kind": "email"}]), "detail 1: 'value' is missing"),
    ],
)
def test_broken_new_fields_restore_nothing(database, tmp_path: Path, change, message) -> None:
    from netplanner.core.contact_data import ContactInput
    from netplanner.core.contacts import create_contact

    with database.transaction() as session:
        create_contact(session, ContactInput("Anna"))
    data = _exported(database)
    change(data["contacts"][0])
    fresh = open_data_file(tmp_path / "fresh.sqlite3")
    with pytest.raises(ArchiveError, match=message), fresh.transaction() as session:
        restore_archive(session, data)
    fresh.close()
