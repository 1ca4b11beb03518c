"""Claims are put together the same way whether Python or polars finds repeats and sorts them."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from claimgraph.graph.model import Claim, ClaimSet, Evidence, Measure, ReviewStatus
from claimgraph.ingest import assemble as assemble_module
from claimgraph.ingest.assemble import assemble
from claimgraph.ingest.claims import check

from .conftest import write

HEADER = ("source,subject,predicate,object,hedged,negated,status,start,end,"
          "measure_kind,value,bound\n")


def _claims(n: int, seed: int) -> list[Claim]:
    """Claims with many repeats, ties on the four fields, rejections and figures two ways."""
    rng = random.Random(seed)
    made = []
    for line in range(n):
        figure = rng.random() < 0.2
        value = rng.choice((0.5, 0.25, 0.0, -0.0, 1, 1.0))
        made.append(Claim(
            rng.choice(("é-lupus", "gout", "Gout", "a", "z\x00b")),
            "has_measure" if figure else rng.choice(("causes", "affects")),
            None if figure else rng.choice(("pain", "fever", "")),
            Measure("mortality", value) if figure else None,
            evidence=Evidence(rng.choice(("nkf", "mayo")), start=rng.choice((None, 1, 1.0)),
                              origin=f"c.csv:{line + 2}"),
            status=ReviewStatus.REJECTED if rng.random() < 0.05 else ReviewStatus.ACCEPTED))
    return made


@pytest.mark.parametrize("include_rejected", [False, True])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_polars_and_python_put_claims_together_alike(
        monkeypatch: pytest.MonkeyPatch, seed: int, include_rejected: bool) -> None:
    """Same kept claims, same order, same repeat warnings from either way of doing it."""
    claims = _claims(3000, seed)
    monkeypatch.setattr(assemble_module, "POLARS_FROM", 10**9)
    by_python = assemble(claims, include_rejected=include_rejected)
    monkeypatch.setattr(assemble_module, "POLARS_FROM", 0)
    by_polars = assemble(claims, include_rejected=include_rejected)
    assert by_polars == by_python
    kept, _ = by_python
    order = [(c.source, c.subject, c.predicate, c.object or "", c.id) for c in kept]
    assert order == sorted(order)
    assert len({c.id for c in kept}) == len(kept)


def test_a_lone_surrogate_is_sorted_by_python(monkeypatch: pytest.MonkeyPatch) -> None:
    """Text polars cannot hold (a lone surrogate from a JSON escape) still loads, in order."""
    monkeypatch.setattr(assemble_module, "POLARS_FROM", 0)
    claims = [Claim(subject, "causes", "pain", evidence=Evidence("s"))
              for subject in ("b", "\ud800", "a")]
    kept, notes = assemble(claims)
    assert [c.subject for c in kept] == ["a", "b", "\ud800"]
    assert notes == []


def test_a_large_file_loads_as_a_small_one_does(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """A CSV with repeats, ties and rejections gives one ClaimSet and warnings either way."""
    rows = [HEADER]
    rng = random.Random(5)
    for _ in range(600):
        rows.append(",".join((
            rng.choice(("nkf", "mayo")), rng.choice(("warfarin", "gout", "lupus")),
            rng.choice(("causes", "affects")), rng.choice(("pain", "calciphylaxis")),
            rng.choice(("", "true")), rng.choice(("", "", "true")),
            rng.choice(("", "", "", "rejected")), rng.choice(("", "3")), "", "", "", "")) + "\n")
    path = write(tmp_path / "c.csv", "".join(rows))
    results = []
    for threshold in (10**9, 0):
        monkeypatch.setattr(assemble_module, "POLARS_FROM", threshold)
        result = check([path])
        assert isinstance(result.claimset, ClaimSet)
        results.append((result.claimset.claims, [str(p) for p in result.problems]))
    assert results[0] == results[1]
    assert any("a repeat of the claim" in p for p in results[0][1])
