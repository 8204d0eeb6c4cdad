"""What a prep sheet shows, gathered from the data file as plain data for the printing layer.

* ``data`` -- the plain data one sheet needs (``PrepSheetData``);
* ``reading`` -- reading it from the data file with plain SQL, for the window and the
  command line alike (the ``sheet`` command never imports SQLAlchemy: issue #7);
* ``paper_size`` -- the paper the sheets are printed on, kept in the data file.

The PDF itself is made in :mod:`netplanner.printing`.
"""
