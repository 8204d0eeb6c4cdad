"""``python -m netplanner`` does what the ``netplanner`` command does."""

import sys

from netplanner.cli import main

sys.exit(main())
