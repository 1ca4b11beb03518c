"""A "people who ..." clause that joins two factors gives a factor each.

"People who smoke or drink heavily" names two acts of the same people, and "people
who have A or B" two states after one verb: before, the whole clause became one
factor ("smoking or drink", "A or B").  "People who hike for work or leisure" names
one act whose own phrase holds the "or", and stays one factor.
"""

from __future__ import annotations

from pathlib import Path

from claimgraph.ingest.who_acts import who_members

from .grebble_pages import relations


def _factors(tmp_path: Path, sentence: str) -> set[str]:
    found = relations(tmp_path, sentence, heading="Risk factors")
    return {s for s, p, o in found if p == "increases_risk_of" and o == "grebble fever"}


def test_two_acts_of_the_same_people(tmp_path: Path) -> None:
    factors = _factors(tmp_path, "People who smoke or drink heavily are at higher risk "
                                 "of grebble fever.")
    assert factors == {"smoking", "drinking"}


def test_two_states_after_one_verb(tmp_path: Path) -> None:
    factors = _factors(tmp_path, "People who have zorbic gout or blue kidney are more likely "
                                 "to get grebble fever.")
    assert factors == {"zorbic gout", "blue kidney"}


def test_an_act_with_its_own_or_stays_one(tmp_path: Path) -> None:
    factors = _factors(tmp_path, "People who hike for work or leisure are at higher risk "
                                 "of grebble fever.")
    assert factors == {"hiking for work or leisure"}


def test_members() -> None:
    assert who_members("people who smoke or drink heavily") == [
        "people who smoke", "people who drink heavily"]
    assert who_members("people who have had surgery or are obese") == [
        "people who have had surgery", "people who are obese"]
    assert who_members("people who hike for work or leisure") == [
        "people who hike for work or leisure"]
    assert who_members("people with gout") == ["people with gout"]
