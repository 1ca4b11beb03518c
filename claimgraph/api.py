"""The public API: each step of the pipeline as one plain function.

``load`` → ``compare`` → ``export``; a notebook can call any one of them, and
the CLI is a thin layer over the same functions.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from claimgraph.exports.base import EXPORTERS, Bundle
from claimgraph.graph.findings import Comparison
from claimgraph.graph.model import ClaimSet
from claimgraph.ingest.claims import check, load

# Outputs of `build` (the graph and its RDF); `compare` and `demo` write all.
GRAPH_OUTPUTS = ("trig", "nquads", "jsonld", "turtle", "graphml", "gexf", "html")

__all__ = ["GRAPH_OUTPUTS", "check", "compare", "export", "load", "output_names"]


def compare(claims: ClaimSet, *, as_of: dt.date | str | None = None) -> Comparison:
    """Compare the sources of a claim set: statements, conflicts, gaps, agreement.

    >>> from claimgraph import EXAMPLE, load
    >>> result = compare(load(EXAMPLE), as_of="2026-01-01")
    >>> "numeric" in {c.kind for c in result.conflicts}
    True
    """
    from claimgraph.graph.compare import compare as _compare

    if isinstance(as_of, str):
        as_of = dt.date.fromisoformat(as_of)
    return _compare(claims, as_of=as_of)


def output_names(group: str = "all") -> tuple[str, ...]:
    """Return the registered exporter names of a group ('graph' or 'all')."""
    _load_exporters()
    if group == "graph":
        return tuple(n for n in GRAPH_OUTPUTS if n in EXPORTERS)
    return EXPORTERS.names()


def _load_exporters() -> None:
    """Import every exporter module so its registration runs."""
    import importlib
    import pkgutil

    import claimgraph.exports as package

    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        importlib.import_module(f"claimgraph.exports.{info.name}")


def export(bundle: Bundle, out_dir: str | Path, names: Sequence[str] | None = None,
           *, on_step: Callable[[str], None] | None = None) -> list[Path]:
    """Run exporters into ``out_dir``; return the files written, sorted.

    All files are written into a temporary folder first and moved into
    place only when every exporter succeeded, so a failure leaves no
    half-written set of outputs behind.
    """
    _load_exporters()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    chosen = [EXPORTERS.canonical(n) for n in (names or EXPORTERS.names())]
    staging = Path(tempfile.mkdtemp(prefix=".claimgraph-", dir=out))
    try:
        written: list[Path] = []
        for name in chosen:
            if on_step:
                on_step(name)
            written.extend(EXPORTERS.get(name)(bundle, staging))
        final = []
        for path in sorted(set(written)):
            target = out / path.relative_to(staging)
            target.parent.mkdir(parents=True, exist_ok=True)
            path.replace(target)
            final.append(target)
        return final
    finally:
        shutil.rmtree(staging, ignore_errors=True)
