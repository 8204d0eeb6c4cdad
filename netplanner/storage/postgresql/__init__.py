"""The PostgreSQL capability: a coaching practice's server, private by row.

Where the SQLite package (``netplanner.storage.sqlite``) has a file, this one has a
server that an administrator prepared with ``netplanner practice init``:

- ``opening``: connect (psycopg 3) as the person's own login, check the schema
  revision (never migrate on open: a client's login may not change the schema), and
  hand back a :class:`~netplanner.storage.database.Database`.
- ``capability``: what the app asks of the engine (undo recording per connection,
  deferred foreign keys), answered the PostgreSQL way.
- ``failures``: psycopg's errors turned into the one-line ``DataFileError``s.
- ``practice``: ``netplanner practice init | upgrade | add-client | add-coach``: the
  roles, the database and its migrations (with the row-level security of migration
  0006), and the logins.

What the SQLite file does that has no counterpart here, and why: file backups (the
server's own ``pg_dump``, run by the practice), ``secure_delete`` (a server keeps dead
rows until vacuum: deleting is not erasing there), the single-window lock (several
windows at once are the point; versions refuse a stale save).
"""
