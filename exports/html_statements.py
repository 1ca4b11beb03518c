"""Get the statements the graph draws: the bundle's comparison, or one made now.

A bundle from ``build`` or ``compare`` carries its comparison; a bundle
made by hand in a notebook may not, and the graph should still draw.  Either
way the statements come from the one builder the report and the RDF
findings use (:mod:`claimgraph.graph.statements`), so an edge's status is
the report's status.
"""

from __future__ import annotations

from claimgraph.graph.compare import compare
from claimgraph.graph.findings import Comparison

from .base import Bundle


def comparison_for(bundle: Bundle) -> Comparison:
    """Return the bundle's comparison, or compare its claims now."""
    if bundle.comparison is not None:
        return bundle.comparison
    return compare(bundle.claims)
