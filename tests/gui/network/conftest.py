"""A generated network for the network view's tests."""

from __future__ import annotations

import random

import pytest
from sqlalchemy import insert

from netplanner.core.models import Contact, Conversation
from netplanner.storage.database import Database

STATUSES = ["idea", "asked", "scheduled", "held", "thanked", "closed", "cancelled"]


def generate_network(
    database: Database, count: int, max_depth: int = 5, *, lone: int = 0, seed: int = 11
) -> dict[int, int]:
    """``count`` contacts in a random tree (depth <= ``max_depth``), then ``lone`` people
    known directly who introduced nobody. Returns contact id -> degree."""
    rng = random.Random(seed)
    depth: dict[int, int] = {}
    rows, talks = [], []
    for contact_id in range(1, count + 1):
        candidates = [i for i, d in depth.items() if d < max_depth]
        parent = rng.choice(candidates[-40:]) if candidates and rng.random() < 0.8 else None
        depth[contact_id] = 1 if parent is None else depth[parent] + 1
        rows.append(
            {"id": contact_id, "name": f"Person {contact_id:04d}", "introduced_by_id": parent}
        )
        if rng.random() < 0.5:
            talks.append({"contact_id": contact_id, "status": rng.choice(STATUSES)})
    for contact_id in range(count + 1, count + lone + 1):
        depth[contact_id] = 1
        rows.append({"id": contact_id, "name": f"Lone {contact_id:05d}", "introduced_by_id": None})
    with database.transaction() as session:
        session.execute(insert(Contact), rows)
        if talks:
            session.execute(insert(Conversation), talks)
    return depth


@pytest.fixture
def network_of():
    return generate_network
