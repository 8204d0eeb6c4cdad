"""The SQLite capability: everything NetPlanner does that only SQLite can do.

The one data store so far is one SQLite file per person. Everything that depends on
that lives in this package, and nothing outside it speaks SQLite: the rest of
NetPlanner reaches the data through SQLAlchemy sessions and portable Core statements
(``netplanner.core.queries``). A second engine has this list to answer, and code that
needs one of these things asks ``database.sqlite`` (:class:`capability.SQLiteFile`) or
one of these modules by name, so a search for ``storage.sqlite`` finds every place.

- ``opening``: the file created 0600 in a 0700 folder, checked before work (not ours,
  newer, damaged: moved aside, never overwritten), migrated after a backup; the engine
  with the pragmas and the write lock. Elsewhere: a connection, and migrations run by an
  administrator, not on open.
- ``pragmas``: ``foreign_keys``, WAL, ``synchronous=FULL``, ``secure_delete``.
- ``waiting``: ``BEGIN IMMEDIATE`` and the wait for another program's write lock
  (:class:`waiting.WaitPolicy`). Elsewhere: row locks and a lock timeout.
- ``failures``: SQLite's result codes turned into the one-line ``DataFileError``s; only
  damage is damage.
- ``revision``: the schema revision read with :mod:`sqlite3` alone.
- ``backups``, ``backup_files``: the online backup API, verified and rotated, in the
  ``backups`` folder beside the file. Elsewhere: the server's own dumps.
- ``recovery``: quick check, a killed writer's journal, moving a damaged file aside,
  restoring a backup.
- ``undo``: the trigger-based undo log of the window.
- ``capability``: the per-file object (backup, integrity check, deferred foreign keys,
  undo recording).
- ``reading``, ``writing``: the file opened with :mod:`sqlite3` alone for the commands
  that never load SQLAlchemy (``sheet``, ``import``); they run the same Core statements,
  compiled ahead for SQLite (``core/queries/sqlite_text.py``).
"""
