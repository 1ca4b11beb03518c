"""A sex compared with the other, older age and a season of the year name what raises the risk."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.ingest.group_risks import group_risks, season_period, sex_on_right

from .grebble_pages import relations

TOPIC = "grebble fever"
RISK = "increases_risk_of"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Grebble fever affects men more often than women.", {("male sex", RISK, TOPIC)}),
    ("It affects three times as many girls as boys.", {("female sex", RISK, TOPIC)}),
    ("It affects women twice as often as men.", {("female sex", RISK, TOPIC)}),
    ("Boys are affected more often than girls.", {("male sex", RISK, TOPIC)}),
    ("Grebble fever is three times more common in women.", {("female sex", RISK, TOPIC)}),
    ("Men are twice as likely as women to get grebble fever.", {("male sex", RISK, TOPIC)}),
    ("Women are about 3 times more likely than men to develop it.",
     {("female sex", RISK, TOPIC)}),
    # said alike of both: no sex raises the risk
    ("Grebble fever affects men and women equally.", set()),
])
def test_one_sex_struck_more_is_a_risk(tmp_path: Path, sentence: str,
                                       expected: set[tuple[str, str, str]]) -> None:
    """A sex said to be struck more often than the other raises the risk; both alike, none."""
    assert {r for r in relations(tmp_path, sentence) if r[1] == RISK} == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Complications are more common with increasing age.",
     {("older age", RISK, "complication")}),
    ("Grebble fever is more common as people get older.", {("older age", RISK, TOPIC)}),
    ("Complications may arise, particularly with advancing age.",
     {("older age", RISK, "complication")}),
    # said of something else than the topic or its complications: nothing
    ("The blue rash is more common with increasing age.", set()),
])
def test_more_common_with_age_is_older_age(tmp_path: Path, sentence: str,
                                           expected: set[tuple[str, str, str]]) -> None:
    """What grows more common with age has older age as a risk, also under a signs heading."""
    for heading in ("About", "Symptoms"):
        assert {r for r in relations(tmp_path, sentence, heading) if r[1] == RISK} == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Most grebble fever on hill farms occurs during spring or fall, while the midges fly.",
     {("spring or autumn", RISK, TOPIC)}),
    ("Grebble fever occurs mostly in late winter.", {("late winter", RISK, TOPIC)}),
    ("Most cases happen in the winter months.", {("winter", RISK, TOPIC)}),
    ("The blue rash often appears in the fall.", set()),
])
def test_season_is_one_time_of_year(tmp_path: Path, sentence: str,
                                    expected: set[tuple[str, str, str]]) -> None:
    """The season it occurs in is one name ("fall" written "autumn"), only said of the topic."""
    assert {r for r in relations(tmp_path, sentence) if r[1] == RISK} == expected


def test_readings_return_data() -> None:
    """The readings give the group and what it is said of; words with no group give none."""
    assert [(g.factor, g.about) for g in group_risks("Girls are infected twice as often as "
                                                     "boys.")] == [("female sex", "")]
    assert group_risks("The rash heals in a week.") == []
    assert (season_period("spring and early summer."), season_period("a week")) == (
        "spring and early summer", None)
    assert (sex_on_right("boys more often than girls"), sex_on_right("older people")) == (
        "male sex", None)
