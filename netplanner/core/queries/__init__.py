"""The set-based queries: SQLAlchemy Core statements, one module per concept.

The rule for reaching the data (the README's *For developers* says it too):

1. **The ORM first.** A service takes a ``Session`` and works with the mapped classes
   (``core/models.py``); relationships are ``lazy="raise"``, so a service that hands
   out objects loads what their users read (``selectinload``/``joinedload``) and says so.
2. **Core where speed needs sets.** Reading or writing thousands of rows at once is a
   SQLAlchemy Core statement built from the mapped tables (:mod:`.tables`, that is
   ``Base.metadata``), kept here in a module named after its concept (``sheets``,
   ``imports``, ``contacts``, ``network``, ``meta``) under a name a service asks for:
   ``queries.rows("sheets.conversations", ids=[…])``. Columns are named through the
   tables (``contact.c.name``), never as text; no SQL is written by hand outside this
   package and ``storage/sqlite``.
3. **Portable.** The statements run on any engine SQLAlchemy speaks: no ``INSERT OR …``,
   no SQLite functions, no ``exec_driver_sql`` with values in the text; ids come from
   the database (``inserted_ids``), never from ``max(id) + 1``. What only SQLite does
   is ``netplanner.storage.sqlite``'s.
4. **Two runners, one set of statements** (:mod:`.run`). In a session the statements run
   through SQLAlchemy (:class:`run.SessionQueries`). The ``sheet`` and ``import``
   commands never load SQLAlchemy (its import alone costs what a whole prep sheet does):
   they run the same statements compiled ahead for SQLite (:mod:`.sqlite_text`,
   written by ``python -m netplanner.core.queries.precompile``; a test fails while it is
   stale) on the file's :mod:`sqlite3` connection (:class:`plain.PlainQueries`).
   Services take either as :class:`run.Queries`.

Modules that import SQLAlchemy: the statement modules, ``tables``, ``precompile``.
Free of it: ``run``, ``plain``, ``sqlite_text``.
"""
