"""The ask: the message that says concretely what you look for and invites to think along.

``composer`` writes one from a goal; ``checker`` judges one (its grammar in
``concreteness`` and ``lexicon``, its phrases in ``vocabulary``, its explanations in
``messages``). The composer's ask passes the checker when the goal names a role and a
specialism.
"""
