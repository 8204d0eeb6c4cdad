"""Kill test: a writer is killed with SIGKILL at random moments; nothing is ever half there.

A forked child writes in a loop through the real services (contacts, conversations
with questions, a bank import) and reports each commit on a pipe after it returned.
After every kill: SQLite's integrity check passes, every transaction is wholly there
or wholly absent, and every commit the child reported is there.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import sys
import time
from pathlib import Path

import pytest

from netplanner.core.banks import BankContent, import_bank
from netplanner.core.contact_data import ContactInput
from netplanner.core.contacts import create_contact
from netplanner.core.conversations import ConversationInput, QuestionChoice, create_conversation
from netplanner.storage.database import open_database

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="needs fork and SIGKILL"),
]
KILLS = 120
QUESTIONS_PER_CONVERSATION = 3
QUESTIONS_PER_BANK = 40


def _write_forever(path: Path, report_fd: int, run: int) -> None:
    """The child: never returns; killed by the parent."""
    database = open_database(path)
    step = 0
    while True:
        tag = f"r{run}-s{step}"
        with database.transaction() as session:
            if step % 5 == 4:
                questions = [
                    ("work", f"What is {tag} question {n}?") for n in range(QUESTIONS_PER_BANK)
                ]
                import_bank(session, BankContent(tag, f"bank {tag}", "en", "", questions))
            else:
                contact = create_contact(
                    session, ContactInput(name=tag, notes="n" * (step % 7) * 300)
                )
                create_conversation(
                    session,
                    ConversationInput(contact_id=contact.id, purpose=tag),
                    [QuestionChoice(f"How {tag} {n}?") for n in range(QUESTIONS_PER_CONVERSATION)],
                )
        os.write(report_fd, f"{tag}\n".encode())
        step += 1


def _check(path: Path, reported: set[str]) -> int:
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        contacts = connection.execute(
            "SELECT c.name, count(DISTINCT v.id), count(q.id) FROM contact c "
            "LEFT JOIN conversation v ON v.contact_id = c.id "
            "LEFT JOIN conversation_question q ON q.conversation_id = v.id GROUP BY c.id"
        ).fetchall()
        for name, conversations, questions in contacts:
            assert (conversations, questions) == (1, QUESTIONS_PER_CONVERSATION), name
        banks = connection.execute(
            "SELECT b.name, count(q.id) FROM question_bank b "
            "JOIN question q ON q.bank_id = b.id WHERE b.builtin = 0 GROUP BY b.id"
        ).fetchall()
        for name, questions in banks:
            assert questions == QUESTIONS_PER_BANK, name
        present = {name for name, *_ in contacts} | {
            name.removeprefix("bank ") for name, _ in banks
        }
        missing = reported - present
        assert not missing, f"reported commits lost: {sorted(missing)[:5]}"
        return len(present)
    finally:
        connection.close()


def test_random_kills_never_leave_half_a_transaction(tmp_path: Path) -> None:
    path = tmp_path / "killed.sqlite3"
    # Migrations and the ORM's first-use set-up happen once, here, not in every child.
    warm = open_database(path)
    with warm.transaction() as session:
        contact = create_contact(session, ContactInput(name="warm-up"))
        create_conversation(
            session,
            ConversationInput(contact_id=contact.id),
            [QuestionChoice(f"How {n}?") for n in range(QUESTIONS_PER_CONVERSATION)],
        )
    warm.close()
    rng = random.Random(20261126)
    reported: set[str] = set()
    kills = committed = 0
    for run in range(KILLS):
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # child
            os.close(read_fd)
            try:
                _write_forever(path, write_fd, run)
            finally:
                os._exit(1)
        os.close(write_fd)
        time.sleep(rng.uniform(0.01, 0.25))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        kills += 1
        with os.fdopen(read_fd, "rb") as pipe:
            reported.update(line.decode() for line in pipe.read().splitlines() if line)
        committed = _check(path, reported)
    print(
        f"\nkill test: {kills} kills survived, {len(reported)} reported commits all present, "
        f"{committed} transactions in the file, 0 half transactions"
    )
    assert kills == KILLS and reported
