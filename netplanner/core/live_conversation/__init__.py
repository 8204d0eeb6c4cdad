"""A conversation while it takes place (issue #20): conversation mode, without Qt.

* ``reading`` -- one conversation as plain data for the mode: the person, the chain that
  led to them, the questions with the category of the bank question they came from;
* ``writing`` -- one answer or the notes saved as they are typed, a question added on the
  fly, and the end: marked held at the time it really took place;
* ``state`` -- what the mode keeps between starts (kept in ``app_meta``, so a killed
  program loses none of it): when it started, the order, skipped questions, names noted;
* ``plan`` -- the phases (small talk, your questions, next steps), their time budget,
  and the items asked in turn.
"""
