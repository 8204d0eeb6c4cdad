"""The method's language: is an ask concrete, is a question open, and what reads better.

Plain text in, findings out, in English and Dutch; no data file and no SQLAlchemy, so
the sheet command and the window's every keystroke can use them.

* :mod:`.ask` -- the ask (the "zoekvraag" as a message): composing one from a goal
  (``ask.composer``) and checking one (``ask.checker``);
* :mod:`.questions` -- the open-question checker (``questions.checker``);
* :mod:`.rewrites` -- open rewrites for the questions the checker flags;
* :mod:`.job_requests` -- asking for a job in any form, shared by both checkers.
"""
