"""The `>>>` examples in the extraction modules' docstrings run and hold.

They are the smallest statement of what each helper does ("is_hedged('X may
raise the risk')" is True), so a change that breaks one is a change a reader
of the docstring would be misled by.
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import claimgraph.ingest

MODULES = sorted(
    f"claimgraph.ingest.{m.name}" for m in pkgutil.iter_modules(claimgraph.ingest.__path__)
    if doctest.DocTestFinder().find(importlib.import_module(f"claimgraph.ingest.{m.name}"))
    and any(t.examples for t in doctest.DocTestFinder().find(
        importlib.import_module(f"claimgraph.ingest.{m.name}")))
)


def test_the_extraction_modules_have_examples() -> None:
    """The modules that cut text (cues, quantities, phrases, sentences) show examples."""
    for name in ("cues", "quantities", "phrases", "sentences", "normalize"):
        assert f"claimgraph.ingest.{name}" in MODULES


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_hold(name: str) -> None:
    """Every example in the module gives the output it shows."""
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0
