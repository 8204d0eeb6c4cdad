"""The open-question checker: does a question fit an informational conversation?

``checker`` is the entry (``check_question``); ``parse`` analyses sentences and
clauses, ``style`` the shapes the parse cannot see alone, ``jobs`` recognises a request
for a job, ``words`` holds the word lists and messages. Rewrites of flagged questions
are in :mod:`netplanner.core.checks.rewrites`.
"""
