"""Detection returns data; one renderer (exports/report_text.py) writes the words."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from claimgraph.exports.report_text import Words, word_conflict
from claimgraph.graph.conflicts import certainty_conflicts, polarity_conflicts
from claimgraph.graph.findings import Implied
from claimgraph.graph.model import Bound
from claimgraph.graph.numeric import numeric_conflicts
from claimgraph.graph.statements import build_index, build_statements

from .compare_samples import claim, claimset, figure, run

ROOT = Path(__file__).resolve().parents[1]
WORDING = {"describe", "statement_label", "format_value", "format_number", "format_percent",
           "join_words", "horizon_adjective", "kind_noun", "bound_note", "names_of"}


def _mortality_claims() -> tuple:
    return (figure("cleveland", "mortality", 0.8, bound=Bound.UPPER, horizon="P1Y"),
            figure("nkf", "mortality", 0.5, horizon="P12M"),
            figure("osmosis", "survival", 0.5, horizon="P6M"))


@pytest.mark.parametrize("module", ["conflicts.py", "numeric.py"])
def test_finders_do_not_word_anything(module: str) -> None:
    """The conflict finders import and call no wording helper."""
    tree = ast.parse((ROOT / "graph" / module).read_text(encoding="utf-8"))
    names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    names |= {n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)}
    names |= {a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) for a in n.names}
    assert names & WORDING == set()


def test_numeric_finder_returns_normalised_figures_and_relations() -> None:
    """Three mortality figures: quantity, reference horizon, each figure normalised, pairs."""
    index = build_index(claimset(*_mortality_claims()))
    statements = build_statements(index)
    (cf,) = numeric_conflicts(index, statements)
    assert (cf.about, cf.explanation, cf.verdict) == ("", "", "")
    assert {side.says for side in cf.sides} == {""}
    assert (cf.kind, cf.quantity, cf.subject, cf.horizon, cf.population) == (
        "numeric", "mortality", "calciphylaxis", "P12M", None)
    assert [side.role for side in cf.sides] == ["figures"] * 3
    by_source = {r.sources: r for r in cf.readings}
    osmosis = by_source[("osmosis",)]
    assert (osmosis.figure.measure.kind, osmosis.figure.kind, osmosis.figure.converted) == (
        "survival", "mortality", True)
    assert osmosis.figure.point == pytest.approx(0.5)
    assert osmosis.implied == Implied(365.25, Bound.LOWER, 0.5, True)
    assert by_source[("cleveland",)].figure.interval == (0.0, pytest.approx(0.88))
    relations = {frozenset(by_id.sources[0] for by_id in cf.readings
                            if by_id.statement in (p.a, p.b)): (p.differs, p.compatible)
                 for p in cf.pairs}
    assert relations[frozenset(("cleveland", "nkf"))] == (True, True)
    assert relations[frozenset(("nkf", "osmosis"))] == (False, True)


def test_polarity_and_certainty_finders_give_roles_not_words() -> None:
    """Sides carry a role (affirms, denies; states, hedges) and no text."""
    index = build_index(claimset(
        claim("mayo", "dialysis", "used_for", "calciphylaxis"),
        claim("nkf", "dialysis", "used_for", "calciphylaxis", negated=True),
        claim("mayo", "warfarin", "increases_risk_of", "calciphylaxis"),
        claim("nkf", "warfarin", "increases_risk_of", "calciphylaxis", hedged=True)))
    statements = build_statements(index)
    (polarity,) = polarity_conflicts(index, statements)
    (certainty,) = certainty_conflicts(index, statements)
    assert [(s.sources, s.role, s.says) for s in polarity.sides] == [
        (("mayo",), "affirms", ""), (("nkf",), "denies", "")]
    assert (polarity.subject, polarity.predicate, polarity.object) == (
        "dialysis", "used_for", "calciphylaxis")
    assert [(s.sources, s.role) for s in certainty.sides] == [(("mayo",), "states"),
                                                             (("nkf",), "hedges")]


def test_the_renderer_words_the_data_into_the_report_sentences() -> None:
    """Wording a finder's conflict gives exactly what compare() returns."""
    claims = claimset(*_mortality_claims())
    index = build_index(claims)
    statements = build_statements(index)
    (raw,) = numeric_conflicts(index, statements)
    worded = word_conflict(raw, Words(index, statements))
    (compared,) = run(*_mortality_claims()).conflicts
    assert worded == compared
    assert worded.about == "mortality"
    assert worded.verdict == "The figures for mortality differ, but both can be true."
    assert [s.says for s in worded.sides] == ["one-year mortality of up to 80 %",
                                             "one-year mortality of about 50 %",
                                             "six-month survival of about 50 %"]


def test_verdicts_are_one_plain_line_per_kind() -> None:
    """Each kind opens with its own short verdict naming who says what."""
    result = run(
        figure("mayo", "mortality", 0.6, horizon="P6M"),
        figure("nkf", "mortality", 0.3, horizon="P1Y"),
        claim("mayo", "dialysis", "used_for", "calciphylaxis"),
        claim("nkf", "dialysis", "used_for", "calciphylaxis", negated=True),
        claim("mayo", "calcium", "increases_risk_of", "calciphylaxis", level="high"),
        claim("nkf", "calcium", "increases_risk_of", "calciphylaxis", level="low"))
    verdicts = {c.kind: c.verdict for c in result.conflicts}
    assert verdicts == {
        "numeric": "These figures for mortality cannot both be right.",
        "polarity": "Mayo Clinic says yes; NKF says no.",
        "direction": "High and low calcium are both said to raise the risk of calciphylaxis.",
    }
    assert all(len(v) <= 120 and "\n" not in v for v in verdicts.values())


def test_report_json_carries_the_structured_figures(tmp_path: Path) -> None:
    """report.json's numeric conflict has its verdict, quantity and each side's figures."""
    from claimgraph.exports.base import Bundle
    from claimgraph.exports.report_data import report_dict

    claims = claimset(*_mortality_claims())
    cf = report_dict(Bundle(claims, run(*_mortality_claims())))["conflicts"][0]
    assert (cf["quantity"], cf["horizon"], cf["verdict"]) == (
        "mortality", "P12M", "The figures for mortality differ, but both can be true.")
    (osmosis,) = [s for s in cf["sides"] if s["sources"] == ["osmosis"]]
    (fig,) = osmosis["figures"]
    assert fig["stated"]["kind"] == "survival" and fig["compared_as"]["kind"] == "mortality"
    assert fig["converted"] is True
    assert fig["implied"] == {"bound": "lower", "point": 0.5, "horizon_days": 365.25,
                              "approx": True}
    (cleveland,) = [s for s in cf["sides"] if s["sources"] == ["cleveland"]]
    assert cleveland["figures"][0]["compared_as"]["allows_low"] == 0.0
