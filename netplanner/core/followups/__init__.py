"""Follow-ups and the Today overview: what the user means to do next, and when.

* ``stored`` -- the follow-ups kept in the data file: written down by the user, or a
  routine's suggestion the user accepted; done, snoozed, reopened, deleted;
* ``routines`` -- the method's routines (a thank-you the day after, 3B7, getting back in touch):
  follow-ups suggested from what happened, computed and never stored;
* ``routine_settings`` -- which routines are on, kept in the data file;
* ``working_days`` -- counting Monday to Friday for the routines;
* ``today`` -- the Today overview: follow-ups, suggestions, names to approach and the
  week's conversations, in time order.
"""
