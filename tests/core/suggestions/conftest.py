"""The ``network`` fixture: a small network built in one transaction."""

from __future__ import annotations

import pytest
from suggestion_network import Network


@pytest.fixture
def network(database):
    with database.transaction() as session:
        yield Network(session)
