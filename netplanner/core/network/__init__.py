"""Via-via: who introduced whom, as chains to a contact and as one tree of degrees.

* ``chains`` -- a contact's chain of introductions and the whole network tree (ORM);
* ``chain_links`` -- the same walk as plain data, and a chain written as one line; free
  of SQLAlchemy on purpose, for the prep sheet command (issue #7);
* ``forest`` -- every contact's degree with loops cut, shared with the suggestions.
"""
