"""PDF output with ReportLab: the prep sheet, the bank booklet and the blank sheet.

``prep_sheet``, ``booklet`` and ``blank_sheet`` make the documents from plain data
(:mod:`netplanner.core.sheets.data`, bank contents); the fonts they embed, and the
shaping and bidi that let them print every script, are in ``fonts``, ``script_fonts``,
``shaping`` and ``shaped_text``.
"""
