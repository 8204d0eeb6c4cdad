"""Files in and out of NetPlanner: what other programs write and read.

Contacts in: LinkedIn's ``Connections.csv`` (``linkedin``), vCard files (``vcard_*``)
and spreadsheets saved as CSV (``generic_csv``, ``csv_*``, ``column_mapping``), all
read into :mod:`netplanner.core.imports.model` by ``contact_files``. Out: contacts as
CSV and vCard, conversations as an ``.ics`` calendar (``*_export``). Both ways: the
whole data file as one JSON archive (``json_*``) and question banks as JSON
(``bank_file``).
"""
