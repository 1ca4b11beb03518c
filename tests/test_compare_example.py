"""The bundled calciphylaxis example: the findings a reader of the five pages would expect."""

from __future__ import annotations

import pytest

from claimgraph.examples import EXAMPLE
from claimgraph.graph.compare import compare
from claimgraph.graph.findings import Comparison, Conflict

from .compare_samples import AS_OF


@pytest.fixture(scope="module")
def result() -> Comparison:
    """The example compared on a fixed date (skipped until the example is in the checkout)."""
    if not (EXAMPLE / "claims").is_dir():
        pytest.skip("the bundled example (claimgraph/examples/calciphylaxis) is not there yet")
    from claimgraph.ingest.claims import load

    return compare(load(EXAMPLE), as_of=AS_OF)


def _one(result: Comparison, kind: str, about: str) -> Conflict:
    (found,) = [c for c in result.conflicts if c.kind == kind and c.about == about]
    return found


def test_three_sources_disagree_on_mortality_in_one_conflict(result: Comparison) -> None:
    """Cleveland ≤80 % a year, NKF ≈50 % a year, Osmosis ≈50 % six-month survival: one conflict."""
    conflict = _one(result, "numeric", "mortality")
    assert [(side.sources, side.says) for side in conflict.sides] == [
        (("cleveland",), "one-year mortality of up to 80 %"),
        (("nkf",), "one-year mortality of about 50 %"),
        (("osmosis",), "six-month survival of about 50 %")]
    assert conflict.reconcilable is True
    assert "The bounds overlap, but the stated figures differ: upper-end 80 % vs about 50 %." in (
        conflict.explanation)
    assert ("which implies one-year mortality of at least about 50 % — consistent with National "
            "Kidney Federation (UK)'s figure, lower than Cleveland Clinic's upper-end 80 %.") in (
        conflict.explanation)


def test_dialysis_occurrence_figures_are_not_comparable(result: Comparison) -> None:
    """Cleveland's undated frequency and NKF's yearly incidence: not comparable, ratio about 2.1."""
    (conflict,) = [c for c in result.conflicts if c.kind == "not-comparable"]
    assert conflict.sources == ("cleveland", "nkf")
    assert conflict.ratio == pytest.approx(2.1, abs=0.05)
    assert "about 1 in 600 (0.17 %) per year" in conflict.explanation
    assert "2.1 times" in conflict.explanation
    assert "a frequency with no time period" in conflict.explanation


def test_warfarin_is_a_consensus_risk_factor_of_all_five(result: Comparison) -> None:
    """Every source names warfarin as a risk factor; the statement is consensus."""
    (warfarin,) = [st for st in result.statements
                   if (st.subject, st.predicate, st.object) ==
                   ("warfarin", "increases_risk_of", "calciphylaxis") and not st.qualifiers]
    assert warfarin.status == "consensus"
    assert warfarin.supporters == ("ccchc", "cleveland", "mayo", "nkf", "osmosis")


def test_every_conflict_names_its_sources_by_publisher(result: Comparison) -> None:
    """Explanations speak of publishers ("Cleveland Clinic"), never of bare ids."""
    names = {"ccchc": "Complete Care Community Health Center", "cleveland": "Cleveland Clinic",
             "mayo": "Mayo Clinic", "nkf": "National Kidney Federation (UK)",
             "osmosis": "Osmosis"}
    for conflict in result.conflicts:
        for source in conflict.sources:
            assert names[source] in conflict.explanation, (conflict.id, source)


def test_example_comparison_is_deterministic(result: Comparison) -> None:
    """Comparing the example again gives an equal result, conflicts ranked for a reader."""
    from claimgraph.ingest.claims import load

    assert compare(load(EXAMPLE), as_of=AS_OF) == result
    kinds = [c.kind for c in result.conflicts]
    assert kinds == ["polarity"] * 3 + ["direction"] * 2 + ["role"] * 2 + ["numeric"] + [
        "certainty"] * 12 + ["not-comparable"]
