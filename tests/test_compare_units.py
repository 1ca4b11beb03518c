"""Periods stated in different units of time are one quantity: compared in days, drawn in
one unit, and a page's time to a full recovery is sure enough to raise a conflict."""

from __future__ import annotations

from pathlib import Path

from claimgraph.graph.compare import compare
from claimgraph.graph.model import Bound, Measure
from claimgraph.ingest.extract import extract_corpus

from .compare_samples import claim, run, sides


def period(source: str, value: float | None = None, unit: str = "weeks", *,
           bound: Bound = Bound.UPPER, low: float | None = None,
           high: float | None = None) -> object:
    """Return a claim that a full recovery takes ``value`` (or ``low`` to ``high``) units."""
    return claim(source, "full recovery", "has_measure",
                 measure=Measure("duration", value, low, high, bound, unit=unit))


def test_weeks_and_months_that_differ_are_one_numeric_conflict() -> None:
    """"within 6 weeks" and "3 to 4 months" disagree (they were never compared: the units
    differed, so the figures were not even listed as incomparable)."""
    result = run(period("news", 6.0, "weeks"),
                 period("trust", None, "months", bound=Bound.RANGE, low=3.0, high=4.0))
    (conflict,) = result.conflicts
    assert (conflict.kind, conflict.quantity) == ("numeric", "duration")
    assert {src for src, _ in sides(conflict)} == {("news",), ("trust",)}


def test_the_same_period_in_two_units_agrees() -> None:
    """"about 6 weeks" and "about 42 days" say the same: no conflict, the sources agree."""
    result = run(period("news", 6.0, "weeks", bound=Bound.APPROX),
                 period("trust", 42.0, "days", bound=Bound.APPROX))
    assert result.conflicts == ()
    assert result.agreement == (("news", "trust", 1.0),)


def test_a_period_and_a_count_are_never_one_quantity() -> None:
    """Only units of time are turned into days: a count in doses is not a period."""
    result = run(claim("a", "full recovery", "has_measure",
                       measure=Measure("duration", 6.0, unit="weeks")),
                 claim("b", "full recovery", "has_measure",
                       measure=Measure("duration", 6.0, unit="doses per day")))
    assert not any(c.kind == "numeric" for c in result.conflicts)


def _page(folder: Path, name: str, sentence: str) -> Path:
    path = folder / f"{name}.txt"
    path.write_text(f"Grebble fever\n\nGrebble fever is a rare illness.\n\nOutlook\n{sentence}\n",
                    encoding="utf-8")
    return path


def test_pages_giving_different_recovery_times_disagree(tmp_path: Path) -> None:
    """Two pages' times to a full recovery, in weeks and in months, are one numeric
    disagreement, worded with each page's own figure."""
    pages = [_page(tmp_path, "leaflet", "Most people recover completely within 6 weeks."),
             _page(tmp_path, "clinic", "Most people make a full recovery within 3 to 4 "
                                       "months.")]
    cs, _, _ = extract_corpus(pages, progress=False)
    numeric = [c for c in compare(cs).conflicts if c.kind == "numeric"]
    assert len(numeric) == 1, numeric
    said = " ".join(says for _, says in sides(numeric[0]))
    assert "6 weeks" in said and "3 months" in said, said


def test_when_to_start_care_is_still_never_compared(tmp_path: Path) -> None:
    """A period of when to act ("start within 3 days", "within 72 hours") stays out of
    conflicts, whatever its unit."""
    pages = [_page(tmp_path, "a", "Treatment should start within 3 days."),
             _page(tmp_path, "b", "Treatment should start within 12 hours.")]
    cs, _, _ = extract_corpus(pages, progress=False)
    assert not [c for c in compare(cs).conflicts if c.kind == "numeric"]


def test_periods_in_two_units_are_drawn_in_one_chart_in_the_larger_unit() -> None:
    """One chart for the quantity, in months (two charts, one per unit, before), each
    figure placed where it falls in months."""
    from claimgraph.exports.report_chart import charts_of

    from .compare_samples import claimset

    cs = claimset(period("news", 6.0, "weeks"),
                  period("trust", None, "months", bound=Bound.RANGE, low=3.0, high=4.0))
    found = charts_of(compare(cs).statements, cs, ["news", "trust"], "calciphylaxis")
    (chart,) = found.values()
    assert "(in months)" in chart.title, chart.title
    weeks = next(row for row in chart.rows if row.source == "news")
    assert abs(weeks.marks[0].point - 6 * 7 / (365.25 / 12)) < 1e-9
