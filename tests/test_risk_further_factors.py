"""Further factors a risk sentence names: a list of "people with A, B or C", "as do Y".

Sentences are our own words about a made-up illness ("grebble fever") and made-up things.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .grebble_pages import relations

TOPIC = "grebble fever"


@pytest.mark.parametrize(("heading", "sentence", "factors"), [
    # "People with A, B or C can develop it": each of them, not the topic's harms.
    ("Causes", "People who have diabetes, kidney disease or a weak immune system can develop "
     "grebble fever.", {"diabetes", "kidney disease", "weak immune system"}),
    ("Causes", "People who have diabetes or kidney disease can develop grebble fever.",
     {"diabetes", "kidney disease"}),
    ("Causes", "People who have had flurm, a zorvan injury or surgery may develop grebble fever.",
     {"flurm", "zorvan injury", "surgery"}),
    # ", as are Y" / ", as does Y": the same said of one more factor.
    ("Risk factors", "People with a weak immune system are at higher risk, as are those who "
     "smoke.", {"weak immune system", "smoking"}),
    ("Risk factors", "Smoking raises the risk of grebble fever, as does heavy drinking.",
     {"smoking", "heavy drinking"}),
])
def test_each_further_factor_raises_the_risk(tmp_path: Path, heading: str, sentence: str,
                                             factors: set[str]) -> None:
    """Every factor the sentence names raises the risk of the topic."""
    got = relations(tmp_path, sentence, heading)
    assert {(f, "increases_risk_of", TOPIC) for f in factors} <= got


def test_people_who_develop_it_are_no_complication(tmp_path: Path) -> None:
    """"People with X can develop <topic>": X is no harm the topic leads to."""
    got = relations(tmp_path, "People who have diabetes, kidney disease or a weak immune system "
                    "can develop grebble fever.", "Causes")
    assert not {t for t in got if t[1] == "has_complication"}


def test_as_far_as_adds_no_factor(tmp_path: Path) -> None:
    """", as far as we know" names nothing further."""
    got = relations(tmp_path, "Smoking raises the risk of grebble fever, as far as we know.",
                    "Risk factors")
    assert {t[0] for t in got if t[1] == "increases_risk_of"} == {"smoking"}


def test_this_is_more_likely_if_you_have(tmp_path: Path) -> None:
    """"This is more likely if you have X": with nothing else named, X raises the topic's risk."""
    got = relations(tmp_path, "This is more likely if you have a weak zorvan gland.", "Causes")
    assert ("weak zorvan gland", "increases_risk_of", TOPIC) in got


@pytest.mark.parametrize(("sentence", "factors"), [
    # Said of the person who gets it: "You can get it if ...", "You're more at risk if ...".
    ("You can get grebble fever if you have a cut or a wound.", {"cut", "wound"}),
    ("You're more at risk if you have diabetes.", {"diabetes"}),
    # Being bitten is named as the bite.
    ("You can get grebble fever only if you are bitten by an infected hopper.", {"hopper bite"}),
])
def test_person_gets_it_if(tmp_path: Path, sentence: str, factors: set[str]) -> None:
    """What "if you ..." names after the person getting it raises its risk."""
    got = relations(tmp_path, sentence, "Causes")
    assert {(f, "increases_risk_of", TOPIC) for f in factors} <= got


def test_getting_it_again_is_no_risk(tmp_path: Path) -> None:
    """"You can get it again if ..." tells of a return, not what raises the risk."""
    got = relations(tmp_path, "You can get it again if you stop the zorvan drops.", "Causes")
    assert not {t for t in got if t[1] == "increases_risk_of"}


@pytest.mark.parametrize(("sentence", "factor"), [
    # Under a causes heading "most cases" and "infection" alone are the topic's own.
    ("Most cases occur from a zorvan injury. It is rare.", "zorvan injury"),
    ("Infection usually occurs through a break in the skin. It is rare.",
     "break in the skin"),
    # A kind of the topic occurring from something: that raises the topic's risk.
    ("Type 2 grebble fever usually develops from a bout of flurm.", "bout of flurm"),
])
def test_what_its_cases_occur_from(tmp_path: Path, sentence: str, factor: str) -> None:
    """What the topic's cases (or a kind of it) occur from raises its risk."""
    got = relations(tmp_path, sentence, "Causes")
    assert (factor, "increases_risk_of", TOPIC) in got


def test_a_kind_of_it_is_no_sign(tmp_path: Path) -> None:
    """"Type 2 <topic> develops from X" names no sign of the topic."""
    got = relations(tmp_path, "Type 2 grebble fever usually develops from a bout of flurm.",
                    "Causes")
    assert not {t for t in got if t[1] == "has_symptom"}
