"""pyvis, imported so that the process keeps its recursion limit.

pyvis imports IPython, and IPython's completer imports jedi, which sets
``sys.setrecursionlimit(3000)`` at import: a library call that writes graph.html
would change process-wide state for its caller (issue 12, library hygiene).
The limit is put back as it was.
"""

from __future__ import annotations

import sys

_LIMIT = sys.getrecursionlimit()
try:
    import pyvis
    from pyvis.network import Network
finally:
    sys.setrecursionlimit(_LIMIT)

__all__ = ["Network", "pyvis"]
