"""Conflicts other than figures: polarity, direction, certainty, role, internal."""

from __future__ import annotations

from claimgraph.graph.conflicts import is_secondary, rank
from claimgraph.graph.model import Bound, content_hash

from .compare_samples import claim, entity, figure, find, run, sides

RISK = "increases_risk_of"
TREATMENTS = (entity("debridement", "specific-treatment"), entity("specific-treatment"))


def test_affirm_and_deny_one_statement_is_a_polarity_conflict() -> None:
    """One source affirms, another denies: a polarity conflict naming both, and 'contested'."""
    result = run(claim("mayo", "thiosulfate", "effective_for", "calciphylaxis"),
                 claim("osmosis", "thiosulfate", "effective_for", "calciphylaxis", hedged=True),
                 claim("nkf", "thiosulfate", "effective_for", "calciphylaxis", negated=True))
    (conflict,) = result.conflicts
    st = find(result, "thiosulfate", "effective_for", "calciphylaxis")
    assert st.status == "contested"
    assert (conflict.kind, conflict.about, conflict.reason, conflict.reconcilable) == (
        "polarity", "thiosulfate is effective for calciphylaxis", "affirm-deny", False)
    assert sides(conflict) == [(("mayo", "osmosis"), "thiosulfate is effective for calciphylaxis"),
                               (("nkf",), "thiosulfate is not effective for calciphylaxis")]
    assert conflict.explanation == (
        "Mayo Clinic says that thiosulfate is effective for calciphylaxis (Osmosis suggests it); "
        "NKF says that thiosulfate is not effective for calciphylaxis.")
    assert conflict.id == "cf-" + content_hash("polarity", st.id)
    assert not conflict.internal


def test_hedged_affirmation_against_denial_is_not_called_irreconcilable() -> None:
    """'May help' against 'not shown to work' can both stand: reconcilable is unknown."""
    result = run(claim("cleveland", "imaging", "used_for", "calciphylaxis", hedged=True),
                 claim("osmosis", "imaging", "used_for", "calciphylaxis", negated=True))
    (conflict,) = result.conflicts
    assert conflict.reconcilable is None
    assert conflict.explanation == (
        "Cleveland Clinic suggests that imaging is used for calciphylaxis; "
        "Osmosis says that imaging is not used for calciphylaxis.")


def test_denial_about_a_class_meets_affirmation_of_a_narrower_subject() -> None:
    """'No specific treatment works' conflicts with 'debridement works' (debridement → specific)."""
    result = run(claim("nkf", "specific-treatment", "effective_for", "calciphylaxis",
                       negated=True),
                 claim("cleveland", "debridement", "effective_for", "calciphylaxis"),
                 entities=TREATMENTS)
    (conflict,) = result.conflicts
    assert (conflict.kind, conflict.reason, conflict.about) == (
        "polarity", "class-denial", "specific treatment is effective for calciphylaxis")
    assert sides(conflict) == [
        (("nkf",), "specific treatment is not effective for calciphylaxis"),
        (("cleveland",), "debridement is effective for calciphylaxis")]
    assert conflict.explanation == (
        "NKF says that specific treatment is not effective for calciphylaxis. It is affirmed "
        "for narrower kinds of specific treatment: by Cleveland Clinic for debridement.")
    assert find(result, "specific-treatment", "effective_for", "calciphylaxis").status == (
        "single-source")


def test_used_for_is_not_effective_for() -> None:
    """A treatment that is used is not one that is proven: no conflict across predicates."""
    result = run(claim("nkf", "specific-treatment", "effective_for", "calciphylaxis",
                       negated=True),
                 claim("cleveland", "debridement", "used_for", "calciphylaxis"),
                 entities=TREATMENTS)
    assert result.conflicts == ()


def test_opposite_levels_both_raising_risk_is_a_direction_conflict() -> None:
    """High calcium and calcium deficiency both said to raise risk: one direction conflict."""
    result = run(claim("nkf", "calcium", RISK, "calciphylaxis", level="high"),
                 claim("cleveland", "calcium", "causes", "calciphylaxis", level="deficiency"),
                 claim("mayo", "calcium", RISK, "calciphylaxis"))
    (conflict,) = result.conflicts
    assert (conflict.kind, conflict.about, conflict.reason) == (
        "direction", "calcium levels and calciphylaxis", "opposite-levels")
    assert sides(conflict) == [(("nkf",), "high calcium increases risk of calciphylaxis"),
                               (("cleveland",), "calcium deficiency causes calciphylaxis")]
    assert conflict.explanation.startswith(
        "NKF says that high calcium increases risk of calciphylaxis; Cleveland Clinic says that "
        "calcium deficiency causes calciphylaxis. Opposite levels of calcium are both said to "
        "raise the risk of calciphylaxis")


def test_same_level_twice_is_no_direction_conflict() -> None:
    """'High' and 'excess' are one direction."""
    result = run(claim("nkf", "calcium", RISK, "calciphylaxis", level="high"),
                 claim("cleveland", "calcium", RISK, "calciphylaxis", level="excess"))
    assert result.conflicts == ()


def test_stated_against_hedged_is_one_certainty_conflict_per_statement() -> None:
    """Firm in one source, hedged in two others: one certainty conflict, reconcilable."""
    result = run(claim("mayo", "warfarin", RISK, "calciphylaxis"),
                 claim("nkf", "warfarin", RISK, "calciphylaxis", hedged=True),
                 claim("osmosis", "warfarin", RISK, "calciphylaxis", hedged=True))
    (conflict,) = result.conflicts
    assert (conflict.kind, conflict.reason, conflict.reconcilable) == (
        "certainty", "stated-vs-hedged", True)
    assert sides(conflict) == [(("mayo",), "warfarin increases risk of calciphylaxis"),
                               (("nkf", "osmosis"),
                                "perhaps warfarin increases risk of calciphylaxis")]
    assert conflict.explanation == ("Mayo Clinic states firmly that warfarin increases risk of "
                                    "calciphylaxis; NKF and Osmosis only suggest it.")


def test_contested_statement_gets_no_extra_certainty_conflict() -> None:
    """When a statement is denied too, the polarity conflict alone reports it."""
    result = run(claim("mayo", "warfarin", RISK, "calciphylaxis"),
                 claim("nkf", "warfarin", RISK, "calciphylaxis", hedged=True),
                 claim("osmosis", "warfarin", RISK, "calciphylaxis", negated=True))
    assert [c.kind for c in result.conflicts] == ["polarity"]


def test_risk_in_one_source_and_treatment_in_another_is_a_role_conflict() -> None:
    """Dialysis (long-term) raises risk in NKF and treats in Cleveland: one role conflict."""
    entities = (entity("long-term-dialysis", "dialysis"), entity("dialysis"))
    result = run(claim("nkf", "long-term-dialysis", RISK, "calciphylaxis"),
                 claim("cleveland", "dialysis", "used_for", "calciphylaxis"),
                 entities=entities)
    (conflict,) = result.conflicts
    assert (conflict.kind, conflict.about, conflict.reason, conflict.reconcilable) == (
        "role", "dialysis", "risk-and-treatment", True)
    assert sides(conflict) == [(("nkf",), "long term dialysis increases risk of calciphylaxis"),
                               (("cleveland",), "dialysis is used for calciphylaxis")]
    assert conflict.explanation == (
        "Dialysis, or a kind of it, appears both as a risk and as a treatment. As a risk: NKF "
        "says that long term dialysis increases risk of calciphylaxis. As a treatment: Cleveland "
        "Clinic says that dialysis is used for calciphylaxis. Both can be true (a different "
        "form, dose or stage), but a reader should see the two side by side.")


def test_role_matches_through_a_shared_broader_class() -> None:
    """Warfarin (→ anticoagulant) as risk meets anticoagulant therapy (→ anticoagulant)."""
    entities = (entity("warfarin", "anticoagulant"),
                entity("anticoagulant-therapy", "anticoagulant"), entity("anticoagulant"))
    result = run(claim("mayo", "warfarin", RISK, "calciphylaxis"),
                 claim("ccchc", "anticoagulant-therapy", "used_for", "calciphylaxis"),
                 entities=entities)
    assert [(c.kind, c.about, c.sources) for c in result.conflicts] == [
        ("role", "anticoagulant", ("ccchc", "mayo"))]


def test_no_role_conflict_for_one_source_or_for_a_mechanism() -> None:
    """One source naming both roles, or 'targets' (a mechanism), is not a role conflict."""
    result = run(claim("cleveland", "dialysis", RISK, "calciphylaxis"),
                 claim("cleveland", "dialysis", "used_for", "calciphylaxis"),
                 claim("mayo", "warfarin", RISK, "calciphylaxis"),
                 claim("cleveland", "warfarin", "targets", "vitamin-k"))
    assert result.conflicts == ()


def test_source_contradicting_itself_is_an_internal_conflict() -> None:
    """A source that affirms and denies one statement gets an internal conflict, no crash."""
    result = run(claim("mayo", "dialysis", "used_for", "calciphylaxis"),
                 claim("mayo", "dialysis", "used_for", "calciphylaxis", negated=True))
    (conflict,) = result.conflicts
    assert (conflict.kind, conflict.internal, conflict.reason) == (
        "polarity", True, "self-contradiction")
    assert conflict.explanation == (
        "Mayo Clinic contradicts itself: it says that dialysis is used for calciphylaxis, "
        "and also that dialysis is not used for calciphylaxis.")


def test_source_giving_two_figures_is_an_internal_numeric_conflict() -> None:
    """Two different one-year mortality figures from one source: internal numeric conflict."""
    result = run(figure("nkf", "mortality", 0.5, horizon="P1Y"),
                 figure("nkf", "mortality", 0.8, horizon="P1Y"))
    (conflict,) = result.conflicts
    assert (conflict.kind, conflict.internal, conflict.reconcilable) == ("numeric", True, False)
    assert conflict.explanation == (
        "NKF gives different figures for one-year mortality: about 80 % and about 50 %. "
        "These figures cannot both be right: about 80 % vs about 50 %.")


def test_conflicts_are_ranked_then_sorted_by_about() -> None:
    """Figures that cannot both be right, then polarity, then the secondary stated-vs-hedged."""
    result = run(claim("mayo", "warfarin", RISK, "calciphylaxis"),
                 claim("nkf", "warfarin", RISK, "calciphylaxis", hedged=True),
                 claim("mayo", "obesity", RISK, "calciphylaxis"),
                 claim("nkf", "obesity", RISK, "calciphylaxis", hedged=True),
                 claim("mayo", "dialysis", "used_for", "calciphylaxis"),
                 claim("nkf", "dialysis", "used_for", "calciphylaxis", negated=True),
                 figure("nkf", "mortality", 0.5, horizon="P1Y"),
                 figure("mayo", "mortality", 0.8, horizon="P1Y"),
                 figure("nkf", "mortality", 0.1, bound=Bound.UPPER, horizon="P1M",
                        subject="ulcer"),
                 figure("mayo", "mortality", 0.05, horizon="P1M", subject="ulcer"))
    assert [(c.kind, c.about, c.reconcilable) for c in result.conflicts] == [
        ("numeric", "one-year mortality", False),
        ("polarity", "dialysis is used for calciphylaxis", False),
        ("numeric", "one-month mortality of ulcer", True),
        ("certainty", "obesity increases risk of calciphylaxis", True),
        ("certainty", "warfarin increases risk of calciphylaxis", True)]
    assert [rank(c) for c in result.conflicts] == [0, 1, 4, 5, 5]
    assert [is_secondary(c) for c in result.conflicts] == [False, False, False, True, True]
