"""Values kept for live objects, found by the object's identity, dropped when it goes.

``weakref.WeakKeyDictionary`` finds a key by ``==``: its lookup makes a new
weak reference, which is a different object from the stored one, so the dict
compares the two references, and that compares their referents.  For a
frozenset this is a full subset test (no shortcut for one object compared
with itself): about 0.2 s per lookup for the 2 M quads of 100 k claims, and
the RDF writers looked a set up a dozen times per export.  Here a lookup is
one dict probe on ``id(key)``; a finalizer removes the entry when the key
dies, before its id can be given to another object.
"""

from __future__ import annotations

import weakref
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class ByIdentity(Generic[K, V]):
    """A mapping from live, weakly referenced objects to values, by identity.

    >>> cache: ByIdentity[frozenset[int], str] = ByIdentity()
    >>> key = frozenset({1, 2})
    >>> cache.setdefault(key, "made")
    'made'
    >>> cache.get(key), cache.get(frozenset({1, 2}))  # an equal set is another key
    ('made', None)
    >>> key in cache, len(cache)
    (True, 1)
    >>> del key
    >>> len(cache)
    0
    """

    def __init__(self) -> None:
        self._values: dict[int, V] = {}

    def get(self, key: K) -> V | None:
        """Return the value kept for ``key`` itself, or None."""
        return self._values.get(id(key))

    def setdefault(self, key: K, value: V) -> V:
        """Return the value kept for ``key``, keeping ``value`` first if there is none."""
        ident = id(key)
        found = self._values.get(ident)
        if found is None:
            found = self._values[ident] = value
            weakref.finalize(key, self._values.pop, ident, None)
        return found

    def __contains__(self, key: object) -> bool:
        return id(key) in self._values

    def __len__(self) -> int:
        return len(self._values)
