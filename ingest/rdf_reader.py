"""Read claims from RDF that claimgraph wrote (TriG, N-Quads, JSON-LD, Turtle).

The format comes from the file suffix (``.trig``, ``.nq``/``.nquads``,
``.jsonld``, ``.ttl``).  Only RDF in claimgraph's own layout is understood
(graph/rdf_build.py): other RDF has no ``cg:ClaimSet`` and ``cg:Claim``
nodes and is refused with an error that says so.
"""

from __future__ import annotations

from pathlib import Path

from claimgraph.graph.errors import ClaimGraphError, Problem, ValidationError
from claimgraph.graph.model import ClaimSet
from claimgraph.graph.rdf_formats import RDF_FORMATS
from claimgraph.graph.rdf_read import HINT
from claimgraph.graph.store import ClaimGraph
from claimgraph.ingest import re_cache as re

SUFFIXES = tuple(sorted({"." + RDF_FORMATS.get(n).suffix for n in RDF_FORMATS} | {".nquads"}))
_MESSAGE = re.compile(r"^(?:.*?: )?expected (.+?), got (.+?)(?: \(hint: (.+)\))?$", re.S)


def read_rdf(path: Path) -> ClaimSet:
    """Return the ClaimSet in an RDF file claimgraph wrote.

    Raises:
        UnknownFormatError: the suffix is not an RDF format we read.
        InputFileError: the file cannot be read as UTF-8, or JSON-LD names a remote context.
        ValidationError: bad syntax, or RDF not written by claimgraph, located.
    """
    path = Path(path)
    try:
        graph = ClaimGraph.read(path)
        claims = graph.to_claimset(where=str(path))  # term strings, no rdflib round trip
    except ValidationError:
        raise
    except ClaimGraphError as err:
        if getattr(err, "problem", None) is not None or not _MESSAGE.match(str(err)):
            raise
        # An IRI under another base, say: the message has the words, the file is ours to name.
        expected, got, hint = _MESSAGE.match(str(err)).groups()  # type: ignore[union-attr]
        raise ValidationError([Problem(str(path), None, expected, got, hint or HINT)]) from err
    if not claims.claims and not claims.sources:
        raise ValidationError([Problem(
            str(path), None, "cg:Claim nodes", "none",
            "export claims with 'claimgraph build' and read claims.trig; other RDF is not read")])
    return claims
