"""Via-via chains: degrees, the chain line, the network tree and recording names."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, insert, select, update

from netplanner.core.contact_data import ContactInput
from netplanner.core.contacts import create_contact, list_contact_rows
from netplanner.core.conversations import (
    ConversationInput,
    create_conversation,
    list_conversation_rows,
)
from netplanner.core.errors import IntroductionLoopError, NotFoundError, ValidationError
from netplanner.core.models import Contact, Conversation
from netplanner.core.network.chain_links import Chain, ChainLink, format_chain
from netplanner.core.network.chains import (
    NameGained,
    chain_of,
    degrees_count,
    network_tree,
    record_names,
)


def ids(database) -> dict[str, int]:
    with database.session() as session:
        return {row.name: row.id for row in list_contact_rows(session)}


def generate_network(database, count: int, max_depth: int, seed: int = 7) -> dict[int, int]:
    """``count`` contacts in a random tree no deeper than ``max_depth``; returns id -> depth."""
    rng = random.Random(seed)
    depth: dict[int, int] = {}
    rows = []
    for contact_id in range(1, count + 1):
        candidates = [i for i, d in depth.items() if d < max_depth]
        parent = rng.choice(candidates) if candidates and rng.random() < 0.8 else None
        depth[contact_id] = 1 if parent is None else depth[parent] + 1
        rows.append(
            {"id": contact_id, "name": f"Person {contact_id:04d}", "introduced_by_id": parent}
        )
    with database.transaction() as session:
        session.execute(insert(Contact), rows)
    return depth


def test_degrees_and_chains_of_the_example_network(demo_database) -> None:
    people = ids(demo_database)
    with demo_database.session() as session:
        bert = chain_of(session, people["Bert Jansen"])
        carla = chain_of(session, people["Carla Smit"])
        hanna = chain_of(session, people["Hanna Meijer"])
        counts = degrees_count(session)
    assert bert.degree == 1 and bert.introducer is None
    assert [link.name for link in carla.people] == ["Anna de Vries", "Carla Smit"]
    assert carla.degree == 2 and carla.introducer is not None
    assert "psychology" in carla.people[0].how_we_know
    assert hanna.degree == 4
    assert format_chain(hanna) == "You → Anna de Vries → Carla Smit → Şükrü Yılmaz → Hanna Meijer"
    assert format_chain(carla, "nl") == "Jij → Anna de Vries → Carla Smit"
    assert format_chain(bert, "nl") == "Jij → Bert Jansen"
    assert counts == {1: 5, 2: 5, 3: 1, 4: 1}


def test_format_chain_of_hand_made_data() -> None:
    chain = Chain([ChainLink(3, "Дмитрий Иванов", ""), ChainLink(9, "Zoë", "")])
    assert format_chain(chain) == "You → Дмитрий Иванов → Zoë"
    assert format_chain(chain, "de") == "You → Дмитрий Иванов → Zoë", "unknown language: English"


def test_unknown_contact_is_not_found(database) -> None:
    with database.session() as session, pytest.raises(NotFoundError, match="no contact with ID 42"):
        chain_of(session, 42)


def test_a_loop_in_old_data_is_cut_at_the_lowest_id(database) -> None:
    """A → B → C → A written before loops were refused (or by hand); D hangs under C."""
    with database.transaction() as session:
        a, b, c = (create_contact(session, ContactInput(name=n)) for n in "ABC")
        d = create_contact(session, ContactInput(name="D", introduced_by_id=c.id))
        session.flush()
        session.execute(update(Contact).where(Contact.id == a.id).values(introduced_by_id=c.id))
        session.execute(update(Contact).where(Contact.id == b.id).values(introduced_by_id=a.id))
        session.execute(update(Contact).where(Contact.id == c.id).values(introduced_by_id=b.id))
        ids_ = {"A": a.id, "B": b.id, "C": c.id, "D": d.id}
    with database.session() as session:
        chains = {name: chain_of(session, i) for name, i in ids_.items()}
        tree = {node.name: node for node in network_tree(session)}
        counts = degrees_count(session)
    assert format_chain(chains["A"]) == "You → A"
    assert format_chain(chains["B"]) == "You → A → B"
    assert format_chain(chains["D"]) == "You → A → B → C → D"
    assert tree["A"].parent_id is None and tree["B"].parent_id == ids_["A"]
    for name, chain in chains.items():
        assert tree[name].degree == chain.degree
    assert counts == {1: 1, 2: 1, 3: 1, 4: 1}


def test_tree_of_a_generated_network(database) -> None:
    depth = generate_network(database, 1000, max_depth=5)
    with database.session() as session:
        nodes = network_tree(session)
        counts = degrees_count(session)
        sample = {i: chain_of(session, i).degree for i in (1, 500, 1000)}
    assert len(nodes) == 1000
    by_id = {node.id: node for node in nodes}
    for node in nodes:
        assert node.degree == depth[node.id]
        if node.parent_id is None:
            assert node.degree == 1
        else:
            assert by_id[node.parent_id].degree == node.degree - 1
    assert max(counts) == 5 and sum(counts.values()) == 1000
    assert all(sample[i] == depth[i] for i in sample)
    assert [node.name for node in nodes] == sorted(node.name for node in nodes)


def test_tree_shows_the_latest_conversation_status(demo_database) -> None:
    people = ids(demo_database)
    later = datetime.now(UTC) + timedelta(days=30)
    with demo_database.transaction() as session:
        create_conversation(
            session,
            ConversationInput(
                contact_id=people["Anna de Vries"], status="scheduled", starts_at=later
            ),
        )
    with demo_database.session() as session:
        status = {node.name: node.status for node in network_tree(session)}
    assert status["Anna de Vries"] == "scheduled"  # not the thanked one twelve days ago
    assert status["Carla Smit"] == "held"
    assert status["Gijs de Boer"] == "asked"
    assert status["Bert Jansen"] is None


def held_with(database, name: str) -> int:
    with database.session() as session:
        return next(r.id for r in list_conversation_rows(session) if r.contact_name == name)


def test_record_names_creates_contacts_links_and_plans(demo_database) -> None:
    people = ids(demo_database)
    talk = held_with(demo_database, "Carla Smit")
    names = [
        NameGained("Mila Peeters", "UX lead", "Zorgapp BV", plan_kind="informational"),
        NameGained("  Şükrü Kaya "),
        NameGained(existing_contact_id=people["Eva Mulder"], plan_kind="think_along"),
    ]
    with demo_database.transaction() as session:
        saved = record_names(session, talk, names)
    assert len(saved) == 3 and saved[2] == people["Eva Mulder"]
    with demo_database.session() as session:
        contacts = [session.get(Contact, i) for i in saved]
        assert [c.name for c in contacts] == ["Mila Peeters", "Şükrü Kaya", "Eva Mulder"]
        assert (contacts[0].role, contacts[0].organisation) == ("UX lead", "Zorgapp BV")
        for contact in contacts:
            assert contact.introduced_by_id == people["Carla Smit"]
            assert contact.introduced_in_id == talk
        planned = session.execute(
            select(
                Conversation.contact_id,
                Conversation.kind,
                Conversation.status,
                Conversation.goal_id,
            ).where(Conversation.contact_id.in_(saved))
        ).all()
        goal = session.get(Conversation, talk).goal_id
        assert (
            format_chain(chain_of(session, saved[2]))
            == "You → Anna de Vries → Carla Smit → Eva Mulder"
        )
    assert sorted(planned) == sorted(
        [
            (saved[0], "informational", "idea", goal),
            (saved[2], "think_along", "idea", goal),
        ]
    )


def count(database, model) -> int:
    with database.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)))


def test_a_loop_refuses_the_whole_list(demo_database) -> None:
    """Anna introduced Carla, so Anna cannot be named by Carla: nothing is saved."""
    people = ids(demo_database)
    talk = held_with(demo_database, "Carla Smit")
    before = (count(demo_database, Contact), count(demo_database, Conversation))
    names = [
        NameGained("Mila Peeters", plan_kind="informational"),
        NameGained(existing_contact_id=people["Anna de Vries"]),
    ]
    refused = pytest.raises(IntroductionLoopError, match="Anna de Vries")
    with refused, demo_database.transaction() as session:
        record_names(session, talk, names)
    assert (count(demo_database, Contact), count(demo_database, Conversation)) == before
    with demo_database.session() as session:
        assert session.get(Contact, people["Anna de Vries"]).introduced_by_id is None


def test_record_names_refuses_blank_names_and_unknown_ids(demo_database) -> None:
    talk = held_with(demo_database, "Carla Smit")
    before = count(demo_database, Contact)
    for names, error in (
        ([NameGained("Mila"), NameGained("   ")], ValidationError),
        ([NameGained("Mila"), NameGained(existing_contact_id=9999)], NotFoundError),
        ([NameGained("Mila", plan_kind="lunch")], ValidationError),
    ):
        with pytest.raises(error), demo_database.transaction() as session:
            record_names(session, talk, names)
    with pytest.raises(NotFoundError), demo_database.transaction() as session:
        record_names(session, 9999, [NameGained("Mila")])
    assert count(demo_database, Contact) == before


def test_chain_command_prints_the_chain(demo_database, capsys) -> None:
    from netplanner.cli.chain import chain_command, ordinal

    people = ids(demo_database)
    assert chain_command(demo_database, people["Şükrü Yılmaz"]) == 0
    assert capsys.readouterr().out == (
        "You → Anna de Vries → Carla Smit → Şükrü Yılmaz (3rd degree)\n"
    )
    assert chain_command(demo_database, people["Bert Jansen"]) == 0
    assert capsys.readouterr().out == "You → Bert Jansen (1st degree)\n"
    with pytest.raises(NotFoundError, match=r"^There is no contact with ID 999\.$"):
        chain_command(demo_database, 999)
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 102)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "102nd",
    ]  # fmt: skip
