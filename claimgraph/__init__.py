"""claimgraph: a knowledge graph of claims from several sources, compared.

>>> from claimgraph import EXAMPLE, load, compare
>>> claims = load(EXAMPLE)
>>> len(claims.sources)
5
"""

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
