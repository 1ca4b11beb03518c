"""Pause Python's cyclic garbage collector around a bulk build, and put it back.

Loading and comparing a million claims makes a few million small objects
(claims, evidence, statements, tuples) that live as long as the result and
hold no reference cycles.  The collector does not know that: every 700 new
objects it scans the young ones, and each time the old generation has
grown by a quarter it scans the whole heap again.  At a million claims
those scans were about half of the time:

====================================  ===========  ===========
``bench_compare.py`` (CPU s)           100 k load   100 k compare
collector on                           3.35         3.71
collector paused                       2.51         1.92
====================================  ===========  ===========

A library call must leave the process as it found it, so this is a context
manager: it disables the collector only if it was enabled, and enables it
again on the way out, even on an error.  No threshold is changed, nothing
stays frozen, and cycles made meanwhile are still collected.

On the way out, what the body made is moved to the oldest generation, as
it would be after surviving two collections, but without them: everything
made while the collector was off counts as new, so its first pass after a
bulk build scanned the whole result (3.4 s of CPU after loading a million
claims, paid by whatever ran next: the comparison), and the next one did it
again.  ``gc.freeze()`` then ``gc.unfreeze()`` moves the tracked objects
there without a scan; it is skipped when the caller keeps objects frozen
(unfreezing would release them).  A cycle made meanwhile is then found by
the next full collection rather than the next young one.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the ``with`` body with the cyclic collector off; restore its state afterwards.

    >>> import gc
    >>> with collector_paused():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            if not gc.get_freeze_count():
                gc.freeze()  # every tracked object, young or not, moved out of reach...
                gc.unfreeze()  # ...and back into the oldest generation, none scanned
            gc.enable()
