"""claimgraph: a knowledge graph of claims from several sources, compared.

>>> from claimgraph import EXAMPLE, load, compare
>>> claims = load(EXAMPLE)
>>> len(claims.sources)
5
"""

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimgraph.api import (
        GRAPH_OUTPUTS,
        agreement_matrix,
        check,
        claim_graph,
        compare,
        entity,
        export,
        extract,
        figures,
        load,
        output_names,
        query,
        show,
        statement_text,
        to_networkx,
    )
    from claimgraph.examples import EXAMPLE
    from claimgraph.exports.base import Bundle
    from claimgraph.graph.errors import ClaimGraphError, InputFileError, Problem, ValidationError
    from claimgraph.graph.findings import Comparison, Conflict, Gap, Statement
    from claimgraph.graph.model import (
        Certainty,
        Claim,
        ClaimSet,
        Entity,
        Evidence,
        Measure,
        Polarity,
        Qualifiers,
        Source,
    )

# Where each public name lives.  They are imported on first use (PEP 562), so
# that `import claimgraph` (and so `claimgraph extract`) does not load the whole
# library: the exporters, the comparison and rdflib are only for commands that
# need them.
_HOMES: dict[str, str] = {
    "GRAPH_OUTPUTS": "claimgraph.api",
    "agreement_matrix": "claimgraph.api",
    "check": "claimgraph.api",
    "claim_graph": "claimgraph.api",
    "compare": "claimgraph.api",
    "entity": "claimgraph.api",
    "export": "claimgraph.api",
    "extract": "claimgraph.api",
    "figures": "claimgraph.api",
    "load": "claimgraph.api",
    "output_names": "claimgraph.api",
    "query": "claimgraph.api",
    "show": "claimgraph.api",
    "statement_text": "claimgraph.api",
    "to_networkx": "claimgraph.api",
    "EXAMPLE": "claimgraph.examples",
    "Bundle": "claimgraph.exports.base",
    "ClaimGraphError": "claimgraph.graph.errors",
    "InputFileError": "claimgraph.graph.errors",
    "Problem": "claimgraph.graph.errors",
    "ValidationError": "claimgraph.graph.errors",
    "Comparison": "claimgraph.graph.findings",
    "Conflict": "claimgraph.graph.findings",
    "Gap": "claimgraph.graph.findings",
    "Statement": "claimgraph.graph.findings",
    "Certainty": "claimgraph.graph.model",
    "Claim": "claimgraph.graph.model",
    "ClaimSet": "claimgraph.graph.model",
    "Entity": "claimgraph.graph.model",
    "Evidence": "claimgraph.graph.model",
    "Measure": "claimgraph.graph.model",
    "Polarity": "claimgraph.graph.model",
    "Qualifiers": "claimgraph.graph.model",
    "Source": "claimgraph.graph.model",
}

__version__ = "0.1.0"

__all__ = [
    "EXAMPLE",
    "GRAPH_OUTPUTS",
    "Bundle",
    "Certainty",
    "Claim",
    "ClaimGraphError",
    "ClaimSet",
    "Comparison",
    "Conflict",
    "Entity",
    "Evidence",
    "Gap",
    "InputFileError",
    "Measure",
    "Polarity",
    "Problem",
    "Qualifiers",
    "Source",
    "Statement",
    "ValidationError",
    "agreement_matrix",
    "check",
    "claim_graph",
    "compare",
    "entity",
    "export",
    "extract",
    "figures",
    "load",
    "output_names",
    "query",
    "show",
    "statement_text",
    "to_networkx",
]


def __getattr__(name: str) -> object:
    """Return a public name, importing the module it lives in on first use.

    >>> import claimgraph
    >>> claimgraph.Polarity.NEGATED.value
    'negated'
    """
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value  # later lookups are plain attribute reads
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOMES})
