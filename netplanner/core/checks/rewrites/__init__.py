"""Open rewrites for the questions the question checker flags, in English and Dutch.

``engine`` applies the ordered rules and ``gate`` takes the last look at a candidate;
``en`` and ``nl`` hold each language's rules, with their ``_frames`` (built from a
parse), ``_shapes`` and ``_topics`` (question shapes with a safe open frame) and
``_leading`` (leading questions); ``words`` and ``words_nl`` the lexicons they share.
"""
