"""Plain-Python heart of NetPlanner: ORM models, services and the method's rules.

The data model and the services on each kind of record sit at the top:
``models`` (with its column ``types`` and the ``enums`` it stores), ``contacts`` (and
``contact_fields``, the parts that come in many shapes), ``conversations``, ``goals``,
``banks`` and ``question_sets``, ``answers``, ``progress``; small shared pieces:
``errors``, ``clock``, ``text``, ``meta`` (facts a data file keeps about itself).

A concept with several modules is a package:

* ``checks`` -- the method's language: composing and checking an ask, checking a
  question, open rewrites (plain text, no data file);
* ``imports`` -- bringing a network in: plan, apply, recognise known people, merge;
* ``followups`` -- follow-ups stored and suggested by routines, and the Today overview;
* ``network`` -- via-via: chains of introductions and the tree of degrees;
* ``sheets`` -- what a prep sheet shows, read as plain data, and the paper size;
* ``suggestions`` -- who to ask next for a goal;
* ``demo`` -- the example network.

Never imports Qt, nor the layers above it (interchange, printing, gui, cli); it may use
``storage``. ``tests/test_layers.py`` guards both.
"""
