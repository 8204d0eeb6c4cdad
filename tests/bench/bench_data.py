"""Synthetic data files and LinkedIn exports for the benchmark, built fast and cached.

The schema is the real one: an empty file is made with ``open_data_file`` (migrations,
built-in banks) and then filled with ``sqlite3.executemany`` in one transaction, which
builds 100,000 contacts in seconds where the ORM would take minutes. The names, roles
and organisations repeat the way a real network's do, with some accents and non-Latin
scripts, so folding and sorting do real work.
"""

from __future__ import annotations

import csv
import random
import shutil
import sqlite3
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from netplanner.datafile import open_data_file
from netplanner.storage.schema_version import HEAD_REVISION

#: Bump when the generated data changes, so cached files are built again.
DATA_VERSION = 3
#: About one conversation per this many contacts (the issue's proportion).
CONTACTS_PER_CONVERSATION = 6

#: First names, the most common first (Dutch, with some from elsewhere for the folding).
FIRST = [
    "Jan", "Anna", "Daan", "Emma", "Sem", "Julia", "Lucas", "Sophie", "Peter", "Maria",
    "Thomas", "Lisa", "Kees", "Eva", "Bram", "Sanne", "Pieter", "Iris", "Tom", "Fleur",
    "Gijs", "Lotte", "Maarten", "Noor", "Wim", "Roos", "Hans", "Anouk", "Ruben", "Hanna",
    "Johannes", "Linda", "Mark", "Ingrid", "Jeroen", "Marloes", "Bas", "Esther", "Koen",
    "Yara", "Mohammed", "Fatima", "Ahmed", "Zoë", "Chloé", "Émile", "Şükrü", "Björn",
    "Łukasz", "Dmitri", "Mei", "Priya", "João", "Søren", "Ines", "Olaf", "Vera", "Xander",
]  # fmt: skip
#: Family names, the most common first (the Netherlands' commonest, and some others).
LAST = [
    "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen",
    "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters",
    "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits",
    "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen",
    "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn", "de Bruin",
    "van der Heijden", "Schouten", "van Beek", "Willems", "van Vliet", "Hoekstra", "Maas",
    "Verhoeven", "Koster", "van Dam", "Prins", "Blom", "Huisman", "Yılmaz", "El Amrani",
    "Kowalski", "Müller", "Nguyen", "García", "Øberg", "Dubois", "Rossi", "Ivanov",
    "Wang", "Kumar", "O'Brien", "Lindqvist", "Novák",
]  # fmt: skip
ROLES = [
    "Product manager",
    "Data engineer",
    "Policy adviser",
    "UX researcher",
    "Teacher",
    "Nurse",
    "Software developer",
    "Project leader",
    "Consultant",
    "HR business partner",
    "Controller",
    "Recruiter",
    "Designer",
    "Sales manager",
    "Researcher",
    "Journalist",
    "Architect",
    "Lawyer",
]
SPECIALISMS = [
    "energy transition",
    "machine learning",
    "procurement",
    "accessibility",
    "healthcare",
    "logistics",
    "public policy",
    "privacy",
    "finance",
    "education",
    "",
    "",
]
ORGS = [
    "Gemeente Rotterdam",
    "Philips",
    "ASML",
    "Rabobank",
    "UWV",
    "Erasmus MC",
    "Bakker, Smit & Partners",
    "Universiteit Utrecht",
    "Booking.com",
    "Coolblue",
    "Rijkswaterstaat",
    "KLM",
    "NS",
    "Adyen",
    "Stichting Zorgvuldig",
    "Océ",
    "TU Delft",
    "Ministerie van BZK",
    "Heijmans",
    "Bol.com",
]
SECTORS = ["government", "tech", "finance", "health", "education", "transport", ""]
REGIONS = ["Rotterdam", "Amsterdam", "Utrecht", "Eindhoven", "Den Haag", "Groningen", ""]
TAGS = ("", "", "", "mentor", "ex-colleague", "linkedin", "alumni, mentor", "conference")
WORDS = [
    "talked",
    "about",
    "the",
    "move",
    "to",
    "product",
    "work",
    "and",
    "which",
    "teams",
    "hire",
    "juniors;",
    "suggested",
    "to",
    "ask",
    "Carla",
    "about",
    "the",
    "energy",
    "programme;",
    "follow",
    "up",
    "after",
    "summer",
]
STATUSES = ("idea", "asked", "scheduled", "held", "thanked", "closed", "cancelled")


def cache_folder() -> Path:
    folder = Path(tempfile.gettempdir()) / "netplanner-bench"
    folder.mkdir(exist_ok=True)
    return folder


def _stamp(moment: datetime) -> str:
    """How SQLAlchemy's SQLite DateTime stores a (naive UTC) moment."""
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def _zipf(names: list[str], exponent: float) -> list[float]:
    """Weights as names are spread in a population: the first is the most common."""
    return [1 / (rank + 1) ** exponent for rank in range(len(names))]


_FIRST_WEIGHTS, _LAST_WEIGHTS = _zipf(FIRST, 0.6), _zipf(LAST, 0.6)
_ORG_WEIGHTS = _zipf(ORGS, 0.8)


def _person(rng: random.Random, i: int) -> tuple[str, str, str, str, str]:
    # As in a real Dutch network: common names are very common (many "Jan de Vries",
    # several at the same employer), no middle initials, a few double surnames. Only
    # the profile URL tells namesakes apart.
    first = rng.choices(FIRST, _FIRST_WEIGHTS)[0]
    last = rng.choices(LAST, _LAST_WEIGHTS)[0]
    if rng.random() < 0.05:
        last += "-" + rng.choices(LAST, _LAST_WEIGHTS)[0]
    org = rng.choices(ORGS, _ORG_WEIGHTS)[0]
    slug = f"{first}-{last}-{i}".lower().replace(" ", "-").replace("'", "")
    return first, last, org, rng.choice(ROLES), f"https://www.linkedin.com/in/{slug}"


def empty_data_file() -> Path:
    """A migrated data file with the built-in banks and nothing else (cached)."""
    path = cache_folder() / f"empty-{HEAD_REVISION}-v{DATA_VERSION}.sqlite3"
    if not path.exists():
        partial = path.with_suffix(".part")
        partial.unlink(missing_ok=True)
        open_data_file(partial, daily_backup=False).close()
        partial.replace(path)
    return path


def data_file(contacts: int) -> Path:
    """A data file with ``contacts`` contacts, conversations, questions and introductions."""
    path = cache_folder() / f"contacts-{contacts}-{HEAD_REVISION}-v{DATA_VERSION}.sqlite3"
    if path.exists():
        return path
    building = cache_folder() / f"building-{contacts}.sqlite3"
    for leftover in cache_folder().glob(f"building-{contacts}.sqlite3*"):
        leftover.unlink()
    shutil.copyfile(empty_data_file(), building)
    _fill(building, contacts)
    building.replace(path)
    return path


def fresh_copy(source: Path, target: Path) -> Path:
    """A copy of ``source`` at ``target`` with no -wal/-shm or backups beside it."""
    for leftover in target.parent.glob(target.name + "*"):
        leftover.unlink()
    shutil.rmtree(target.parent / "backups", ignore_errors=True)
    shutil.copyfile(source, target)
    return target


def _fill(path: Path, count: int) -> None:
    rng = random.Random(count)
    now = datetime.now(UTC).replace(tzinfo=None)
    stamp = _stamp(now)
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA journal_mode=DELETE")
        with connection:
            question_ids = [row[0] for row in connection.execute("SELECT id FROM question")]
            texts = dict(connection.execute("SELECT id, text FROM question"))
            connection.execute(
                "INSERT INTO goal (target_role, specialism, region, organisation_kind, "
                "free_text, language, active, created_at) VALUES (?,?,?,?,?,?,?,?)",
                ("Product manager", "energy transition", "Rotterdam",
                 "municipalities and grid operators", "", "en", 1, stamp),
            )  # fmt: skip
            contacts = []
            for i in range(1, count + 1):
                first, last, org, role, url = _person(rng, i)
                # Most people came in from LinkedIn; one in eight was introduced by someone
                # met earlier (a chain of introductions, never a loop).
                introducer = rng.randint(1, i - 1) if i > 1 and rng.random() < 0.125 else None
                notes = " ".join(rng.choices(WORDS, k=rng.randint(0, 25)))
                email = f"{first}.{i}@example.org".lower() if rng.random() < 0.3 else ""
                contacts.append((
                    i, f"{first} {last}", role, rng.choice(SPECIALISMS), org,
                    rng.choice(SECTORS), rng.choice(REGIONS), email, "", url,
                    "LinkedIn connection", introducer, None, notes, rng.choice(TAGS),
                    "linkedin", stamp, stamp,
                ))  # fmt: skip
            connection.executemany(
                "INSERT INTO contact (id, name, role, specialism, organisation, sector, region, "
                "email, phone, linkedin_url, how_we_know, introduced_by_id, introduced_in_id, "
                "notes, tags, source, created_at, updated_at) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                contacts,
            )
            conversations, questions = [], []
            for number in range(1, count // CONTACTS_PER_CONVERSATION + 1):
                status = rng.choice(STATUSES)
                starts = now + timedelta(days=rng.randint(-700, 60), hours=rng.randint(8, 17))
                held = _stamp(starts) if status in ("held", "thanked", "closed") else None
                conversations.append((
                    number, rng.randint(1, count), 1,
                    rng.choice(("informational", "think_along")), status, _stamp(starts), 45,
                    "Koffie bij het station", "Learn how product work looks from the inside",
                    "", "Two names to call" if held else "", None, stamp, stamp,
                    _stamp(starts - timedelta(days=7)), held,
                ))  # fmt: skip
                for position, question_id in enumerate(rng.sample(question_ids, 8)):
                    answer = " ".join(rng.choices(WORDS, k=rng.randint(5, 20))) if held else ""
                    questions.append((number, position, texts[question_id], answer, question_id))
            connection.executemany(
                "INSERT INTO conversation (id, contact_id, goal_id, kind, status, starts_at, "
                "duration_minutes, place, purpose, notes, outcome, thanked_at, created_at, "
                "updated_at, asked_at, held_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                conversations,
            )
            connection.executemany(
                "INSERT INTO conversation_question (conversation_id, position, text, answer, "
                "source_question_id) VALUES (?,?,?,?,?)",
                questions,
            )
            # A few names gained in conversations: introduced in that conversation.
            connection.executemany(
                "UPDATE contact SET introduced_in_id = ? WHERE id = ? AND introduced_by_id IS NULL",
                [(c[0], rng.randint(1, count)) for c in conversations[::3]],
            )
        connection.execute("PRAGMA journal_mode=WAL")  # as NetPlanner leaves its files
    finally:
        connection.close()


def linkedin_csv(rows: int) -> Path:
    """A LinkedIn ``Connections.csv`` of ``rows`` connections, as LinkedIn writes it."""
    path = cache_folder() / f"Connections-{rows}-v{DATA_VERSION}.csv"
    if path.exists():
        return path
    rng = random.Random(rows + 1)
    partial = path.with_suffix(".part")
    with partial.open("w", encoding="utf-8-sig", newline="") as handle:
        handle.write("Notes:\n\"When exporting your connection data, you may notice that some "
                     "of the email addresses are missing.\"\n\n")  # fmt: skip
        writer = csv.writer(handle)
        writer.writerow(["First Name", "Last Name", "URL", "Email Address", "Company",
                         "Position", "Connected On"])  # fmt: skip
        start = datetime(2015, 1, 1)
        for i in range(1, rows + 1):
            first, last, org, role, url = _person(rng, i)
            email = f"{first}.{i}@example.org".lower() if rng.random() < 0.2 else ""
            since = (start + timedelta(days=rng.randint(0, 3600))).strftime("%d %b %Y")
            writer.writerow([first, last, url, email, org, role, since])
    partial.replace(path)
    return path
