"""The `>>>` examples in the RDF, SPARQL and contract modules' docstrings run and hold."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ("claimgraph.graph.rdf_build", "claimgraph.graph.rdf_write", "claimgraph.graph.store",
           "claimgraph.graph.sparql", "claimgraph.graph.by_identity",
           "claimgraph.schemas")


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_hold(name: str) -> None:
    """Every example in the module gives the output it shows."""
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0
