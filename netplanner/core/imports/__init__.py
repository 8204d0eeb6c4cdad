"""Bringing a network in: what a file holds, who is already known, what importing would do.

* ``model`` -- what a reader (:mod:`netplanner.interchange`) hands over: contacts read
  from a file, rows rejected, the plan and the summary;
* ``plan`` -- the preview: what importing would create, complete, skip or reject;
* ``apply`` -- writing a plan in one transaction;
* ``matching`` -- recognising people the data file already knows;
* ``values`` -- what an imported contact is saved as; ``fill`` -- what an import adds to
  a known contact (only what is missing);
* ``merge`` -- merging two contacts that turn out to be the same person.

Planning and applying run in plain SQL on the :mod:`sqlite3` connection, so the
command line imports without loading SQLAlchemy (issue #7).
"""
