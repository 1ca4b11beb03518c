"""The `>>>` examples in the comparison modules' docstrings run and hold."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ("compare", "statements", "reading_order", "conflicts", "numeric", "gaps", "measures",
           "hierarchy")


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_hold(name: str) -> None:
    """Every example in claimgraph.graph.<module> gives the output it shows."""
    module = importlib.import_module(f"claimgraph.graph.{name}")
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0
