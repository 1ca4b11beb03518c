"""Read claims from RDF that claimgraph wrote (TriG, N-Quads, JSON-LD, Turtle).

The format comes from the file suffix (``.trig``, ``.nq``/``.nquads``,
``.jsonld``, ``.ttl``).  Only RDF in claimgraph's own layout is understood
(graph/rdf_build.py): other RDF has no ``cg:ClaimSet`` and ``cg:Claim``
nodes and is refused with an error that says so.
"""

from __future__ import annotations

from pathlib import Path

from claimgraph.graph.errors import ClaimGraphError
from claimgraph.graph.model import ClaimSet
from claimgraph.graph.rdf_formats import RDF_FORMATS
from claimgraph.graph.store import ClaimGraph

SUFFIXES = tuple(sorted({"." + RDF_FORMATS.get(n).suffix for n in RDF_FORMATS} | {".nquads"}))


def read_rdf(path: Path) -> ClaimSet:
    """Return the ClaimSet in an RDF file claimgraph wrote.

    Raises:
        UnknownFormatError: the suffix is not an RDF format we read.
        InputFileError: the file cannot be read as UTF-8.
        ClaimGraphError: bad syntax, or RDF not written by claimgraph.
    """
    path = Path(path)
    graph = ClaimGraph.read(path)
    claims = graph.to_claimset()
    if not claims.claims and not claims.sources:
        raise ClaimGraphError(
            f"{path}: expected cg:Claim nodes, got none (hint: export claims with "
            "'claimgraph export --format trig'; other RDF is not read)"
        )
    return claims
