"""Load on a practice server: N clients saving conversations and answers at once.

    python tests/bench/practice_load.py [--clients 20] [--seconds 20]

Starts its own throwaway PostgreSQL cluster with durability on (fsync, synchronous
commit), makes a practice with one login per client, and runs each client in a thread
with its own connection, through the app's own code: row-level security on, the undo
log recorded as the window records it. A *save* is one transaction as the conversation
form makes it: half the time a new conversation with five questions, otherwise new
notes and answers for an earlier one under the version check. Prints saves, errors
(must be 0) and the latency of a save, first for one client alone (the baseline of the
same run, same machine), then for all. The issue's figure is ``--seconds 60``.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parents[1]))

import postgres_server  # noqa: E402 - after the path set-up above

QUESTIONS = [
    "Hoe ziet een gewone werkdag eruit?",
    "How did you get into this work?",
    "Wat had je willen weten toen je begon?",
    "Who else should I talk to?",
    "Welke organisaties zoeken mensen zoals ik?",
]


def _client(location, seconds: float, latencies: list[float], errors: list[str], start) -> None:
    from netplanner.core.contact_data import ContactInput
    from netplanner.core.contacts import create_contact
    from netplanner.core.conversations import (
        ConversationInput,
        QuestionChoice,
        create_conversation,
        get_conversation,
        update_conversation,
    )
    from netplanner.datafile import open_data_file
    from netplanner.storage.sqlite import undo

    database = open_data_file(location)
    database.record_undo()
    rng = random.Random(location.url)
    with database.transaction() as session:
        contact_id = create_contact(session, ContactInput(name="Sanne Bakker")).id
    mine: list[tuple[int, int]] = []  # (conversation, version the "form" loaded)
    start.wait()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        began = time.perf_counter()
        try:
            with database.transaction() as session:
                undo.discard_open_changes(session.connection())
                if not mine or rng.random() < 0.5:
                    made = create_conversation(
                        session,
                        ConversationInput(contact_id=contact_id, purpose="Hoe kom je in dit vak?"),
                        [QuestionChoice(q) for q in QUESTIONS],
                    )
                    mine.append((made.id, made.version))
                else:
                    index = rng.randrange(len(mine))
                    conversation_id, version = mine[index]
                    answers = [
                        QuestionChoice(q, answer=f"antwoord {rng.random()}") for q in QUESTIONS
                    ]
                    data = ConversationInput(contact_id=contact_id, notes=f"notities {time.time()}")
                    update_conversation(
                        session, conversation_id, data, answers, loaded_version=version
                    )
                    session.flush()
                    mine[index] = (
                        conversation_id,
                        get_conversation(session, conversation_id).version,
                    )
                session.flush()
                undo.close_step(session.connection())
            latencies.append(time.perf_counter() - began)
        except Exception as error:
            errors.append(f"{type(error).__name__}: {str(error).splitlines()[0]}")
    database.engine.dispose()


def run(server, clients: int, seconds: float) -> tuple[int, int, list[float], float]:
    from netplanner.paths import ServerLocation
    from netplanner.storage.postgresql import practice

    name = f"load_{clients}_{int(time.time())}"
    practice.init(ServerLocation(server.url(name)))
    locations = [
        ServerLocation(
            server.url(
                name,
                practice.add_member(
                    ServerLocation(server.url(name)), "client", f"Client {i}", password=False
                ).role,
            )
        )
        for i in range(clients)
    ]
    latencies: list[float] = []
    errors: list[str] = []
    start = threading.Barrier(clients + 1)
    threads = [
        threading.Thread(target=_client, args=(loc, seconds, latencies, errors, start))
        for loc in locations
    ]
    for thread in threads:
        thread.start()
    start.wait()
    began = time.monotonic()
    for thread in threads:
        thread.join()
    wall = time.monotonic() - began
    for error in errors[:5]:
        print("   ", error)
    return len(latencies), len(errors), latencies, wall


def report(label: str, saves: int, errors: int, latencies: list[float], wall: float) -> None:
    ms = sorted(x * 1000 for x in latencies)
    p95 = ms[min(len(ms) - 1, int(0.95 * len(ms)))] if ms else float("nan")
    median = statistics.median(ms) if ms else float("nan")
    print(
        f"{label:<12} saves {saves:>6} ({saves / wall:5.0f}/s)  errors {errors}  "
        f"save ms: median {median:6.1f}  p95 {p95:6.1f}  max {ms[-1] if ms else 0:6.1f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=20)
    args = parser.parse_args()
    server = postgres_server.start(durable=True)
    if isinstance(server, str):
        print(f"no server: {server}")
        return 2
    try:
        baseline = run(server, 1, min(args.seconds, 10))
        loaded = run(server, args.clients, args.seconds)
    finally:
        server.stop()
    print(f"practice server load ({args.seconds:.0f} s; durable; this machine's cores shared)")
    report("1 client", *baseline)
    report(f"{args.clients} clients", *loaded)
    return 1 if baseline[1] or loaded[1] else 0


if __name__ == "__main__":
    sys.exit(main())
