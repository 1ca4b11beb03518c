"""Figures across sources: one numeric conflict per comparable cluster, not-comparable pairs."""

from __future__ import annotations

import pytest

from claimgraph.graph.model import Bound

from .compare_samples import figure, run, sides

DIALYSIS = "people on dialysis"


def test_three_mortality_figures_form_one_conflict_explained_across_horizons() -> None:
    """Up to 80 % and about 50 % a year, and 50 % six-month survival: one conflict, 3 sides."""
    result = run(figure("cleveland", "mortality", 0.8, bound=Bound.UPPER, horizon="P1Y"),
                 figure("nkf", "mortality", 0.5, horizon="P12M"),
                 figure("osmosis", "survival", 0.5, horizon="P6M"))
    (conflict,) = result.conflicts
    assert (conflict.kind, conflict.about, conflict.reason, conflict.reconcilable) == (
        "numeric", "mortality", "stated-figures-differ", True)
    assert sides(conflict) == [(("cleveland",), "one-year mortality of up to 80 %"),
                               (("nkf",), "one-year mortality of about 50 %"),
                               (("osmosis",), "six-month survival of about 50 %")]
    assert conflict.explanation == (
        "The sources give different figures for mortality: Cleveland Clinic gives one-year "
        "mortality of up to 80 %; NKF gives one-year mortality of about 50 %. The bounds "
        "overlap, but the stated figures differ: upper-end 80 % vs about 50 %. Osmosis gives "
        "six-month survival of about 50 %, i.e. six-month mortality of about 50 %, which "
        "implies one-year mortality of at least about 50 % — consistent with NKF's figure, "
        "lower than Cleveland Clinic's upper-end 80 %.")
    assert len(conflict.statements) == 3


def test_survival_and_mortality_that_are_complements_agree() -> None:
    """30 % one-year mortality and 70 % one-year survival say the same: no conflict, agree."""
    result = run(figure("mayo", "mortality", 0.3, horizon="P1Y"),
                 figure("nkf", "survival", 0.7, horizon="P1Y"))
    assert result.conflicts == ()
    assert result.agreement == (("mayo", "nkf", 1.0),)


def test_figures_within_tolerance_do_not_conflict() -> None:
    """'About 50 %' and 'about 54 %' overlap within ±10 %: no conflict."""
    result = run(figure("mayo", "mortality", 0.5, horizon="P1Y"),
                 figure("nkf", "mortality", 0.54, horizon="P1Y"))
    assert result.conflicts == ()


def test_exact_figures_have_no_tolerance() -> None:
    """Exactly 50 % and exactly 52 % differ."""
    result = run(figure("mayo", "mortality", 0.5, bound=Bound.EXACT, horizon="P1Y"),
                 figure("nkf", "mortality", 0.52, bound=Bound.EXACT, horizon="P1Y"))
    assert [(c.kind, c.reconcilable) for c in result.conflicts] == [("numeric", False)]


def test_chain_of_comparable_figures_is_one_conflict() -> None:
    """A range, a figure inside it and one outside: one conflict listing every pair that clashes."""
    result = run(figure("mayo", "mortality", None, bound=Bound.RANGE, low=0.6, high=0.8,
                        horizon="P1Y"),
                 figure("nkf", "mortality", 0.5, horizon="P1Y"),
                 figure("osmosis", "mortality", 0.7, horizon="P1Y"))
    (conflict,) = result.conflicts
    assert conflict.sources == ("mayo", "nkf", "osmosis")
    assert conflict.explanation.endswith(
        "These figures cannot both be right: 60–80 % vs about 50 %; about 70 % vs about 50 %.")
    assert result.agreement == (("mayo", "nkf", 0.0), ("mayo", "osmosis", 1.0),
                                ("nkf", "osmosis", 0.0))


def test_mortality_falling_over_time_cannot_be_right() -> None:
    """60 % dead by six months but 30 % by a year: irreconcilable, explained by monotonicity."""
    result = run(figure("mayo", "mortality", 0.6, horizon="P6M"),
                 figure("nkf", "mortality", 0.3, horizon="P1Y"))
    (conflict,) = result.conflicts
    assert (conflict.reason, conflict.reconcilable) == ("incompatible-figures", False)
    assert conflict.explanation == (
        "The sources give different figures for mortality: NKF gives one-year mortality of "
        "about 30 %. Mayo Clinic gives six-month mortality of about 60 %, which implies "
        "one-year mortality of at least about 60 % — higher than NKF's about 30 %, which "
        "cannot be: mortality only grows with time.")


def test_yearly_incidence_and_frequency_without_period_are_not_comparable() -> None:
    """1 in 600 per year vs 35 in 10,000 with no period: not comparable, ratio 2.1."""
    result = run(figure("nkf", "incidence", 1 / 600, horizon="P1Y", population=DIALYSIS),
                 figure("cleveland", "frequency", 0.0035, population=DIALYSIS))
    (conflict,) = result.conflicts
    assert (conflict.kind, conflict.about, conflict.reason, conflict.ratio) == (
        "not-comparable", "how common it is among people on dialysis", "different-kind-period",
        2.1)
    assert sides(conflict) == [
        (("cleveland",), "frequency of about 1 in 290 (0.35 %) among people on dialysis"),
        (("nkf",), "incidence of about 1 in 600 (0.17 %) per year among people on dialysis")]
    assert conflict.explanation == (
        "Cleveland Clinic gives a frequency of about 1 in 290 (0.35 %) among people on "
        "dialysis; NKF gives an incidence of about 1 in 600 (0.17 %) per year among people on "
        "dialysis. Cleveland Clinic's figure is 2.1 times NKF's, but the two cannot be compared "
        "directly: a frequency with no time period does not say whether it counts new or "
        "existing cases, while an incidence per year counts new cases.")
    assert result.agreement == (("cleveland", "nkf", None),)


def test_figures_about_different_populations_are_not_comparable() -> None:
    """1 % of people on dialysis vs 0.01 % of everyone: not comparable, ratio 100."""
    result = run(figure("nkf", "prevalence", 0.01, population=DIALYSIS),
                 figure("cleveland", "prevalence", 0.0001))
    (conflict,) = result.conflicts
    assert (conflict.kind, conflict.reason, conflict.ratio) == (
        "not-comparable", "different-population", 100.0)
    assert conflict.explanation.endswith(
        "NKF's figure is 100 times Cleveland Clinic's, but the two cannot be compared directly: "
        "they are about different groups: people on dialysis versus everyone.")


def test_figure_without_horizon_is_not_compared_with_one_that_has_one() -> None:
    """Mortality with no time span and one-year mortality: not comparable (period)."""
    result = run(figure("mayo", "mortality", 0.5), figure("nkf", "mortality", 0.8, horizon="P1Y"))
    assert [(c.kind, c.reason) for c in result.conflicts] == [
        ("not-comparable", "different-period")]
    assert result.conflicts[0].explanation.endswith(
        "they cover different periods (one year vs no stated period).")


def test_similar_figures_of_different_kinds_are_not_reported() -> None:
    """Not comparable, but not apart either (0.17 % vs 0.18 %): nothing to report."""
    result = run(figure("nkf", "incidence", 0.0017, horizon="P1Y"),
                 figure("cleveland", "prevalence", 0.0018))
    assert result.conflicts == ()


@pytest.mark.parametrize(("bound", "reconcilable"), [(Bound.UPPER, True), (Bound.LOWER, False)])
def test_bounds_decide_whether_differing_figures_can_both_hold(bound: Bound,
                                                               reconcilable: bool) -> None:
    """'Up to 80 %' can hold with 'about 50 %'; 'at least 80 %' cannot."""
    result = run(figure("mayo", "mortality", 0.8, bound=bound, horizon="P1Y"),
                 figure("nkf", "mortality", 0.5, horizon="P1Y"))
    (conflict,) = result.conflicts
    assert conflict.reconcilable is reconcilable


def test_figures_differing_at_another_horizon_are_said_too() -> None:
    """Two six-month figures that clash are named even when one-year figures lead."""
    result = run(figure("mayo", "mortality", 0.5, horizon="P1Y"),
                 figure("nkf", "mortality", 0.5, horizon="P1Y"),
                 figure("osmosis", "mortality", 0.8, horizon="P6M"),
                 figure("cleveland", "mortality", 0.4, horizon="P6M"))
    (conflict,) = result.conflicts
    assert conflict.explanation == (
        "The sources give different figures for mortality: Mayo Clinic and NKF give one-year "
        "mortality of about 50 %. Osmosis gives six-month mortality of about 80 %, which "
        "implies one-year mortality of at least about 80 % — higher than Mayo Clinic and NKF's "
        "about 50 %, which cannot be: mortality only grows with time. Cleveland Clinic gives "
        "six-month mortality of about 40 %, which implies one-year mortality of at least about "
        "40 % — lower than Mayo Clinic and NKF's about 50 %. For six-month mortality: these "
        "figures cannot both be right: about 80 % vs about 40 %.")
    assert conflict.reconcilable is False
