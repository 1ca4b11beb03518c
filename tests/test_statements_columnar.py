"""Statements grouped on columns (graph/statements_columnar.py) equal the Python path's.

Each test builds the statements twice, with the columnar path forced for any
size and with the Python path forced, and compares them field for field
(their claims included), in order.
"""

from __future__ import annotations

import datetime as dt

import pytest

from claimgraph.graph import statements as statements_module, statements_columnar
from claimgraph.graph.compare import compare
from claimgraph.graph.findings import Statement
from claimgraph.graph.model import (
    Bound,
    Certainty,
    Claim,
    ClaimSet,
    Entity,
    Evidence,
    Measure,
    Polarity,
    Qualifiers,
    ReviewStatus,
    Source,
)
from claimgraph.graph.statements import build_index, build_statements

from .test_report_limits import synthetic_module


def _both(cs: ClaimSet, monkeypatch: pytest.MonkeyPatch
          ) -> tuple[tuple[Statement, ...], tuple[Statement, ...]]:
    """Return the statements of ``cs`` on columns and in Python."""
    monkeypatch.setattr(statements_module, "COLUMNS_FROM", 0)
    index = build_index(cs)
    columns = statements_columnar.claim_columns(index)
    assert columns is not None  # the columnar path really ran
    on_columns = build_statements(index)
    monkeypatch.setattr(statements_module, "COLUMNS_FROM", 10**12)
    return on_columns, build_statements(build_index(cs))


def _claim(source: str, subject: str, predicate: str, obj: str | None, **kw: object) -> Claim:
    evidence = kw.pop("evidence", None) or Evidence(source)
    return Claim(subject, predicate, obj, evidence=evidence, **kw)  # type: ignore[arg-type]


def test_synthetic_corpus_groups_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    """A synthetic corpus (shared claims, hedges, denials, levels, figures, a hierarchy)."""
    syn = synthetic_module()
    cs = syn.to_claimset(syn.generate(3000, 10, seed=5))
    on_columns, in_python = _both(cs, monkeypatch)
    assert len(in_python) > 1000
    assert any(st.partial for st in in_python)  # partial support is exercised
    assert on_columns == in_python


def test_whole_comparison_is_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    """compare() gives the same result whichever path grouped the statements."""
    syn = synthetic_module()
    cs = syn.to_claimset(syn.generate(2000, 6, seed=2))
    monkeypatch.setattr(statements_module, "COLUMNS_FROM", 0)
    on_columns = compare(cs, as_of=dt.date(2026, 1, 1))
    monkeypatch.setattr(statements_module, "COLUMNS_FROM", 10**12)
    assert on_columns == compare(cs, as_of=dt.date(2026, 1, 1))


def test_edge_cases_group_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stances, ties in a statement's claims, figures, qualifiers, hierarchy loops, labels."""
    entities = (
        Entity("lupus", "Lupus", broader=("autoimmune",)),
        Entity("autoimmune", "autoimmune disease", broader=("disease",)),
        Entity("disease", "Disease", broader=("lupus",)),  # a loop: must not hang
        Entity("grebble", "Éclair fever", broader=("fever",)),
        Entity("fever", "fever"),
        Entity("zeta", "zeta"),
    )
    high = Qualifiers(level="high")
    claims = (
        # The first claim has a figure: no figure is not the first code.
        Claim("grebble", "has_measure", measure=Measure("mortality", 0.0, bound=Bound.EXACT),
              evidence=Evidence("a")),
        Claim("grebble", "has_measure", measure=Measure("mortality", -0.0, bound=Bound.EXACT),
              evidence=Evidence("b")),
        Claim("grebble", "has_measure", measure=Measure("mortality", 0.2, horizon="P1Y"),
              evidence=Evidence("c")),
        _claim("a", "lupus", "increases_risk_of", "grebble"),
        _claim("a", "lupus", "increases_risk_of", "grebble", certainty=Certainty.HEDGED),
        _claim("b", "lupus", "increases_risk_of", "grebble", certainty=Certainty.HEDGED),
        _claim("c", "lupus", "increases_risk_of", "grebble", polarity=Polarity.NEGATED),
        # One source twice, same stance: told apart by section, then place.
        _claim("b", "lupus", "causes", "zeta", evidence=Evidence("b", section="z", start=5)),
        _claim("b", "lupus", "causes", "zeta", evidence=Evidence("b", section="a", start=9)),
        _claim("b", "lupus", "causes", "zeta", evidence=Evidence("b", section="a", start=2)),
        _claim("a", "lupus", "causes", "zeta"),
        # Broader statements that narrower and qualified ones partly support.
        _claim("c", "autoimmune", "causes", "zeta"),
        _claim("d", "disease", "causes", "zeta"),
        _claim("d", "lupus", "increases_risk_of", "fever", qualifiers=high),
        _claim("a", "lupus", "increases_risk_of", "fever"),
        _claim("e", "autoimmune", "increases_risk_of", "fever"),
        _claim("e", "zeta", "associated_with", None),
        _claim("e", "zeta", "associated_with", "grebble", status=ReviewStatus.REJECTED),
        _claim("f", "zeta", "associated_with", "lupus",
               evidence=Evidence("f", confidence=0.2)),
    )
    cs = ClaimSet(sources=tuple(Source(s) for s in "abcdefg"), entities=entities,
                  claims=claims)
    on_columns, in_python = _both(cs, monkeypatch)
    assert on_columns == in_python
    assert [st.id for st in on_columns] == [st.id for st in in_python]
    partial = {st.id: st.partial for st in in_python if st.partial}
    assert partial  # the hierarchy and the qualifiers are exercised


def test_many_sources_take_the_python_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """Past MAX_SOURCES sources (one bit each) there are no columns; statements are the same."""
    n = statements_columnar.MAX_SOURCES + 1
    claims = tuple(_claim(f"s{i:03d}", "zeta", "causes", "fever") for i in range(n))
    cs = ClaimSet(claims=claims)
    monkeypatch.setattr(statements_module, "COLUMNS_FROM", 0)
    assert statements_columnar.claim_columns(build_index(cs)) is None
    (statement,) = build_statements(build_index(cs))
    assert statement.asserts == tuple(sorted(f"s{i:03d}" for i in range(n)))


def test_no_claims_no_statements(monkeypatch: pytest.MonkeyPatch) -> None:
    """An empty claim set has no statements on columns either."""
    monkeypatch.setattr(statements_module, "COLUMNS_FROM", 0)
    assert build_statements(build_index(ClaimSet())) == ()
