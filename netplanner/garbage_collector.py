"""Pausing Python's cyclic garbage collector while tens of thousands of objects are made.

The collector runs after every few hundred new container objects, and now and then
goes through every object the program has. Drawing the Network view of 100,000
contacts makes some 200,000 objects (boxes, rows, layout entries) that all stay until
the view is drawn again, and none of them garbage: three full collections then took
0.4-0.5 s of the 2.4-4 s, seven times what they took at 30,000, which made the view
grow faster than the number of contacts (tests/bench). Objects still die as soon as
nothing refers to them; only the search for reference cycles waits until the end.
The command-line import pauses it the same way while it reads, plans and writes.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection inside the block (nesting is fine)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
