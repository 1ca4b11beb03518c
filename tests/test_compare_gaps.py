"""Gaps, topic-area gaps, source-to-source agreement and freshness."""

from __future__ import annotations

import datetime as dt

import pytest

from claimgraph.graph.compare import compare, parse_date
from claimgraph.graph.findings import AreaGap, Freshness, Gap
from claimgraph.graph.model import Bound, Claim

from .compare_samples import claim, claimset, entity, figure, find, run

RISK = "increases_risk_of"
FIVE = ("ccchc", "cleveland", "mayo", "nkf", "osmosis")


def _all(subject: str, *sources: str, predicate: str = RISK,
         obj: str = "calciphylaxis") -> list[Claim]:
    return [claim(s, subject, predicate, obj) for s in sources]


def test_statement_most_others_make_is_a_gap_for_the_silent_source() -> None:
    """Warfarin named by 3 of the 4 others is a gap for the fifth, with a readable label."""
    result = run(*_all("warfarin", "mayo", "cleveland", "osmosis"),
                 claim("nkf", "obesity", RISK, "calciphylaxis"), sources=FIVE)
    warfarin = find(result, "warfarin", RISK, "calciphylaxis")
    assert {(g.source, g.statement) for g in result.gaps} == {
        ("nkf", warfarin.id), ("ccchc", warfarin.id)}
    nkf_gap = next(g for g in result.gaps if g.source == "nkf")
    assert nkf_gap == Gap("nkf", warfarin.id, "warfarin increases risk of calciphylaxis",
                          ("cleveland", "mayo", "osmosis"), "risk factors")


def test_fewer_than_half_of_the_others_is_no_gap() -> None:
    """Named by 1 of 4 others, or by a single source, is not a gap."""
    result = run(*_all("warfarin", "mayo", "cleveland"), *_all("obesity", "mayo"),
                 sources=("mayo", "cleveland", "nkf", "osmosis", "ccchc", "x1"))
    # 2 supporters, 5 others for each silent source: 2 < 5 / 2
    assert result.gaps == ()


def test_broader_or_narrower_form_covers_the_statement() -> None:
    """A source naming autoimmune disease has no gap for lupus, and the reverse."""
    entities = (entity("lupus", "autoimmune-disease"), entity("autoimmune-disease"))
    result = run(*_all("lupus", "mayo", "cleveland"), claim("nkf", "autoimmune-disease", RISK,
                                                            "calciphylaxis"),
                 *_all("autoimmune-disease", "osmosis", "ccchc"), entities=entities)
    assert result.gaps == ()


def test_denial_and_a_different_figure_cover_a_statement() -> None:
    """A source that denies it, or gives another figure, has no gap for it."""
    result = run(*_all("warfarin", "mayo", "cleveland"),
                 claim("nkf", "warfarin", RISK, "calciphylaxis", negated=True),
                 figure("mayo", "mortality", 0.5, horizon="P1Y"),
                 figure("cleveland", "mortality", 0.5, horizon="P1Y"),
                 figure("nkf", "survival", 0.2, horizon="P1Y"))
    assert result.gaps == ()


def test_gaps_are_ranked_by_support_then_label() -> None:
    """For one source, the most widely made statements come first, ties alphabetical."""
    result = run(*_all("warfarin", "mayo", "cleveland", "osmosis"),
                 *_all("obesity", "mayo", "cleveland"), *_all("diabetes", "mayo", "osmosis"),
                 claim("nkf", "calciphylaxis", "has_symptom", "pain"))
    assert [(g.source, g.label) for g in result.gaps] == [
        ("cleveland", "diabetes increases risk of calciphylaxis"),
        ("nkf", "warfarin increases risk of calciphylaxis"),
        ("nkf", "diabetes increases risk of calciphylaxis"),
        ("nkf", "obesity increases risk of calciphylaxis"),
        ("osmosis", "obesity increases risk of calciphylaxis")]


def test_area_gaps_for_core_areas_and_widely_covered_others() -> None:
    """Core areas are always reported; other areas only when two others cover them."""
    result = run(claim("mayo", "warfarin", RISK, "calciphylaxis"),
                 claim("mayo", "calciphylaxis", "has_symptom", "pain"),
                 claim("mayo", "calciphylaxis", "diagnosed_by", "biopsy"),
                 claim("mayo", "thiosulfate", "used_for", "calciphylaxis"),
                 claim("mayo", "diet", "prevents", "calciphylaxis"),
                 figure("mayo", "mortality", 0.5, horizon="P1Y"),
                 claim("nkf", "warfarin", RISK, "calciphylaxis"),
                 claim("nkf", "calciphylaxis", "involves", "calcification"),
                 claim("mayo", "calciphylaxis", "involves", "calcification"),
                 figure("nkf", "incidence", 0.002, horizon="P1Y"))
    assert set(result.area_gaps) == {
        AreaGap("nkf", "symptoms", ("mayo",)), AreaGap("nkf", "diagnosis", ("mayo",)),
        AreaGap("nkf", "treatment", ("mayo",)), AreaGap("nkf", "prevention", ("mayo",)),
        AreaGap("nkf", "prognosis", ("mayo",))}
    # epidemiology: only nkf covers it, and it is not a core area, so mayo has no gap there


def test_agreement_counts_joint_statements_and_figures() -> None:
    """Share agreed over statements both take a stance on, plus comparable figure pairs."""
    entities = (entity("lupus", "autoimmune-disease"), entity("autoimmune-disease"))
    result = run(
        *_all("warfarin", "mayo", "nkf", "osmosis"),  # mayo–nkf agree, mayo–osmosis agree
        claim("mayo", "dialysis", "used_for", "calciphylaxis"),
        claim("nkf", "dialysis", "used_for", "calciphylaxis", negated=True),  # mayo–nkf differ
        claim("mayo", "autoimmune-disease", RISK, "calciphylaxis"),
        claim("osmosis", "lupus", RISK, "calciphylaxis"),  # partial: mayo–osmosis agree
        figure("mayo", "mortality", 0.5, horizon="P1Y"),
        figure("osmosis", "mortality", 0.8, bound=Bound.UPPER, horizon="P1Y"),  # differ
        entities=entities)
    assert result.agreement == (("mayo", "nkf", 0.5), ("mayo", "osmosis", 0.6667),
                                ("nkf", "osmosis", 1.0))


def test_agreement_is_none_without_joint_statements() -> None:
    """Two sources that share nothing have no agreement figure, not zero."""
    result = run(claim("mayo", "a", RISK, "x"), claim("nkf", "b", RISK, "x"))
    assert result.agreement == (("mayo", "nkf", None),)


@pytest.mark.parametrize(("as_of", "overdue"), [
    (dt.date(2026, 7, 1), False), (dt.date(2026, 7, 2), True), (dt.date(2025, 1, 1), False)])
def test_partial_next_review_date_is_the_first_day_of_its_month(as_of: dt.date,
                                                                overdue: bool) -> None:
    """'2026-07' is due on 1 July 2026 and overdue from the next day."""
    cs = claimset(claim("nkf", "a", RISK, "x"), claim("mayo", "a", RISK, "x"),
                  metadata={"nkf": {"next_review": "2026-07", "published": "2023-07",
                                    "reviewed": "2024-01-15"}})
    result = compare(cs, as_of=as_of)
    assert result.freshness == (
        Freshness("mayo", None, None, False),
        Freshness("nkf", "2026-07", "2024-01-15", overdue))
    assert result.as_of == as_of.isoformat()


def test_dates_parse_partially_and_never_raise() -> None:
    """Year, year-month and full dates parse; nonsense gives None."""
    assert [parse_date(t) for t in ("2026", "2026-07", "2026-07-15", "2026-13", "", None)] == [
        dt.date(2026, 1, 1), dt.date(2026, 7, 1), dt.date(2026, 7, 15), None, None, None]
