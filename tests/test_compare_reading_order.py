"""Statements come in the order of their reading keys, whichever way they are sorted."""

from __future__ import annotations

import random

import pytest

from claimgraph.graph import reading_order as reading_order_module
from claimgraph.graph.reading_order import reading_order


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("threshold", [0, 10**9])
def test_the_order_is_the_order_of_the_keys(monkeypatch: pytest.MonkeyPatch, seed: int,
                                            threshold: int) -> None:
    """Ranked integers (by polars or by Python) sort as the full tuples do, ties included."""
    monkeypatch.setattr(reading_order_module, "POLARS_FROM", threshold)
    rng = random.Random(seed)
    n = 2000
    areas = [rng.choice(((0, "risk"), (1, "course"), (9, "zz"), (9, "aa"))) for _ in range(n)]
    subjects = [rng.choice(("b", "a", "é", "", "a b")) for _ in range(n)]
    predicates = [rng.choice(("causes", "affects")) for _ in range(n)]
    objects = [rng.choice(("", "x", "b")) for _ in range(n)]
    tails = [((), ("", "", rng.choice(("", "high"))), f"st-{i:04d}") if rng.random() < 0.7
             else (("mortality", rng.random(), 0.5, "approx"), ("", "", ""), f"st-{i:04d}")
             for i in range(n)]
    keys = [(*areas[i], subjects[i], predicates[i], objects[i], *tails[i]) for i in range(n)]
    found = reading_order(areas, subjects, predicates, objects, tails.__getitem__)
    assert found == sorted(range(n), key=keys.__getitem__)
