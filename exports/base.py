"""The exporter registry (and, re-exported, the atomic writer every exporter uses).

An exporter is a function ``(bundle, out_dir) -> list[Path]`` registered by
name; the CLI offers the registry's names, and the tests loop over them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from claimgraph.graph.files import write_atomic
from claimgraph.graph.findings import Comparison
from claimgraph.graph.model import ClaimSet
from claimgraph.graph.registry import Registry
from claimgraph.graph.statements import ClaimIds

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Bundle:
    """What exporters render: the claims, and the comparison when one was run."""

    claims: ClaimSet
    comparison: Comparison | None = None
    base_iri: str | None = None
    html_focus: str | None = None
    html_depth: int = 1
    documents: dict[str, str] = field(default_factory=dict)  # source id -> text
    # Views several exporters share (the RDF quads, the networkx graph), made once:
    # at 100 k claims each RDF exporter rebuilt the same 2 M quads.  A bundle is
    # frozen, so a view stays valid, and it goes when the bundle goes; not an
    # argument, so dataclasses.replace gives the new bundle views of its own.
    views: dict[str, Any] = field(default_factory=dict, init=False, compare=False, repr=False)

    def view(self, name: str, make: Callable[[], T]) -> T:
        """Return the view ``name``, made by ``make()`` on first use.

        >>> import dataclasses
        >>> bundle = Bundle(ClaimSet())
        >>> bundle.view("n", lambda: 1), bundle.view("n", lambda: 2)
        (1, 1)
        >>> dataclasses.replace(bundle, html_depth=2).view("n", lambda: 3)
        3
        """
        if name not in self.views:
            self.views[name] = make()
        result: T = self.views[name]
        return result

    def claim_ids(self) -> ClaimIds:
        """Return the claims' ids (and statement ids), hashed once for every exporter."""
        return self.view("claim-ids", lambda: ClaimIds(
            self.claims.claims, self.comparison.statements if self.comparison else ()))


Exporter = Callable[[Bundle, Path], list[Path]]
EXPORTERS: Registry[Exporter] = Registry("exporter")

__all__ = ["EXPORTERS", "Bundle", "Exporter", "write_atomic"]
