"""Sentence wordings read in session 31, from own-words batteries about causes, risks,
complications and figures.  Every sentence is our own, about the made-up grebble fever."""

from __future__ import annotations

from pathlib import Path

import pytest

from .grebble_pages import relations

T = "grebble fever"


def test_an_aside_naming_the_cause_ends_at_the_main_verb(tmp_path: Path) -> None:
    """"X, caused by G, spreads quickly ...": G causes X, and the main clause after the
    aside is no second cause (it was read as one, "spreads quickly through the tissue")."""
    got = relations(tmp_path, "Grebble fever, caused by zorbacillus, spreads quickly through "
                              "the tissue.")
    assert ("zorbacillus", "causes", T) in got
    assert {s for s, p, o in got if p == "causes"} == {"zorbacillus"}


def test_a_list_of_causes_after_by_is_still_split(tmp_path: Path) -> None:
    """The cut above is for a verb after the comma; names after it stay items."""
    got = relations(tmp_path, "It is caused by zorbacillus, zorbococcus or other germs.",
                    heading="Causes")
    assert {("zorbacillus", "causes", T), ("zorbococcus", "causes", T)} <= got


@pytest.mark.parametrize(("sentence", "harm"), [
    ("People who do not get early treatment may develop joint pain months later.",
     "joint pain"),
    ("Children who are not treated can develop heart problems.", "heart problems"),
])
def test_what_the_untreated_go_on_to_develop(tmp_path: Path, sentence: str,
                                             harm: str) -> None:
    """People named by the care they went without have the illness: what they may develop
    is its complication (the care itself was read as one: "early treatment"), and "months
    later" is when, no part of the harm's name."""
    got = relations(tmp_path, sentence, heading="Complications")
    assert (T, "has_complication", harm) in got
    assert not any("treatment" in o for s, p, o in got if p == "has_complication")


def test_those_who_went_untreated_name_no_harm(tmp_path: Path) -> None:
    """"... mostly in those who did not get early treatment": the clause names who, and
    the care they missed is no sign or harm."""
    got = relations(tmp_path, "The late stage can come months after the start, mostly in "
                              "those who did not get early treatment.", heading="Symptoms")
    assert not any("treatment" in o for s, p, o in got if p in ("has_symptom",
                                                                  "has_complication"))
