"""Claims the relation rules must not make, on sentences we wrote about made-up things.

Each case is a class of false claims seen on the tune pages (a claim about another
thing, a name that is no thing, a fragment), restated in our own words.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .grebble_pages import relations


def test_what_brings_on_another_thing_is_no_cause(tmp_path: Path) -> None:
    """"Y because of X" between two other things describes Y, unless Y is a grave outcome."""
    got = relations(tmp_path, "Dribbling and slurred speech happen because of trouble "
                              "closing the mouth.")
    assert not any(p == "causes" for _, p, _ in got), got


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Death is usually due to heart failure.", ("heart failure", "causes", "death")),
    ("Grebble fever is due to the tarn virus.", ("tarn virus", "causes", "grebble fever")),
    ("Most flare-ups result from stress.", ("stress", "causes", "grebble fever")),
])
def test_causes_of_the_topic_and_of_grave_outcomes_stay(tmp_path: Path, sentence: str,
                                                          expected: tuple[str, str, str]) -> None:
    """The topic's own causes, and what a death is due to, are still read."""
    assert expected in relations(tmp_path, sentence)


@pytest.mark.parametrize("sentence", [
    "Grebble fever is an infection resulting from the bacteria, Quentella vorlaxii, which "
    "enter through cuts.",
    "Grebble fever is caused by the spirochete, Quentella vorlaxii, which lives in mice.",
])
def test_a_germs_class_word_before_its_name_is_no_second_cause(tmp_path: Path,
                                                               sentence: str) -> None:
    """"the bacteria, Quentella vorlaxii": the named germ is the cause, once."""
    causes = {s for s, p, o in relations(tmp_path, sentence) if p == "causes"}
    assert causes == {"quentella vorlaxii"}


def test_germs_named_by_class_alone_stay_causes(tmp_path: Path) -> None:
    """With no name after it, the class word is the only cause given."""
    assert ("bacteria", "causes", "grebble fever") in relations(
        tmp_path, "Grebble fever is caused by bacteria.")


@pytest.mark.parametrize(("sentence", "built_up"), [
    ("Warm baths may be used to promote healing of the skin.", "healing of the skin"),
    ("Tarn oil is given to restore blood flow to the feet.", "blood flow to the feet"),
])
def test_what_a_remedy_builds_up_is_no_target(tmp_path: Path, sentence: str,
                                              built_up: str) -> None:
    """Something good a remedy restores or promotes is no harm it targets."""
    got = relations(tmp_path, sentence, heading="Treatment")
    assert not any(o == built_up for _, _, o in got), got
    assert any(p == "used_for" for _, p, _ in got), got


def test_what_a_remedy_reduces_is_its_target(tmp_path: Path) -> None:
    """A harm a remedy eases stays its target."""
    assert ("creams", "targets", "itching") in relations(
        tmp_path, "Creams help to reduce the itching.", heading="Treatment")


def test_a_class_of_signs_is_no_sign(tmp_path: Path) -> None:
    """"any other visible signs" names no sign; the ache beside it is one."""
    got = relations(tmp_path, "The ache may start before sores or any other visible signs "
                              "appear.")
    assert ("grebble fever", "has_symptom", "ache") in got
    assert not any("signs" in o for _, _, o in got), got


def test_a_second_causal_verb_shares_the_first_ones_subject(tmp_path: Path) -> None:
    """"It leads to A, B, and may even cause C": C is the topic's harm, not B's effect."""
    got = relations(tmp_path, "Grebble fever leads to painful sores, swollen joints, and may "
                              "even cause kidney failure.")
    assert ("grebble fever", "has_complication", "kidney failure") in got
    assert not any(s == "swollen joints" for s, _, _ in got), got


def test_a_second_cause_of_the_topic_keeps_its_agent(tmp_path: Path) -> None:
    """"Tarn dust causes coughing and can cause X": the dust causes X, not the cough."""
    got = relations(tmp_path, "Tarn dust causes coughing and can cause grebble fever.")
    assert ("tarn dust", "causes", "grebble fever") in got
    assert ("coughing", "causes", "grebble fever") not in got


def test_small_outer_parts_in_a_list_of_signs_are_no_sites(tmp_path: Path) -> None:
    """Under symptoms, lips and hands a sign is of are where it shows; skin is still a site
    (placed by a preposition, 'redness of the lips', they stay sites)."""
    got = relations(tmp_path, "Signs include:\n- dry, cracked lips\n- swollen and purple "
                              "hands and feet\n- peeling skin", heading="Symptoms")
    sites = {o for _, p, o in got if p == "affects"}
    assert "skin" in sites
    assert not sites & {"lips", "hands"}, sites
    assert ("grebble fever", "has_symptom", "cracked lips") in got


def test_outer_parts_placed_outside_a_list_of_signs_stay_sites(tmp_path: Path) -> None:
    """Elsewhere a part the sentence places ("affects the hands") is still a site."""
    got = relations(tmp_path, "Grebble fever usually affects the hands and the knees.")
    assert ("grebble fever", "affects", "hands") in got, got


def test_a_part_named_as_a_landmark_is_no_site(tmp_path: Path) -> None:
    """"nerve roots near the spinal cord": the cord only says where the roots are."""
    got = relations(tmp_path, "After the first bout, the germ hides in nerve roots near the "
                              "spinal cord and brain.")
    sites = {o for _, p, o in got if p == "affects"}
    assert not sites & {"spinal cord", "brain"}, sites
    assert ("grebble fever", "affects", "chest") in relations(
        tmp_path, "The rash often appears on the chest.")


def test_a_place_on_the_map_is_no_risk_factor(tmp_path: Path) -> None:
    """"most frequent in Scandinavia": where cases are; the people beside it stay."""
    got = relations(tmp_path, "Grebble fever is most frequent in Scandinavia and the western "
                              "provinces.")
    assert not any(p == "increases_risk_of" for _, p, _ in got), got
    got = relations(tmp_path, "It is more common in Japan and in older adults.")
    assert got == {("older age", "increases_risk_of", "grebble fever")}, got


def test_a_quoted_name_in_brackets_is_the_sign_described(tmp_path: Path) -> None:
    """'a swollen, spotty, purple nose ("plum nose")': one sign, by its name."""
    got = relations(tmp_path, 'Signs include:\n- a high fever\n- a swollen, spotty, purple '
                              'nose ("plum nose")\n- dry, cracked lips', heading="Symptoms")
    signs = {o for _, p, o in got if p == "has_symptom"}
    assert {"plum nose", "high fever", "cracked lips"} <= signs, signs
    assert not signs & {"spotty nose", "purple nose"}, signs


def test_states_of_a_pair_of_parts_are_one_sign_each(tmp_path: Path) -> None:
    """"swollen and purple hands and feet": two signs, each of the pair, not four halves."""
    got = relations(tmp_path, "Signs include:\n- swollen and purple hands and feet\n- a fever",
                    heading="Symptoms")
    signs = {o for _, p, o in got if p == "has_symptom"}
    assert {"swollen hands and feet", "purple hands and feet"} <= signs, signs
    assert not signs & {"swollen hands", "purple hands", "swollen feet"}, signs


def test_following_advice_is_no_onset(tmp_path: Path) -> None:
    """"important to follow your nurse's directions", "follow-up visits": keeping to
    something, not coming after it."""
    got = relations(tmp_path, "It is important to follow your nurse's directions and go to "
                              "all follow-up visits.")
    assert not any(p == "increases_risk_of" for _, p, _ in got), got
    assert ("sore throat", "increases_risk_of", "grebble fever") in relations(
        tmp_path, "Grebble fever often follows a sore throat.")


def test_a_clause_about_the_topic_is_no_factor_of_it(tmp_path: Path) -> None:
    """"X occurs mainly in cold places, and hikers may be at risk": the hikers are (named
    by what they do, as smokers are by smoking)."""
    got = relations(tmp_path, "Worldwide, grebble fever occurs mainly in cold places, and "
                              "hikers may be at risk.")
    assert got == {("hiking", "increases_risk_of", "grebble fever")}, got


def test_a_layer_of_the_body_is_no_agent(tmp_path: Path) -> None:
    """"... of the skin and the fatty tissue, which results in sores": the tissue is a place;
    scar tissue can still cause things."""
    got = relations(tmp_path, "Grebble fever is marked by hardening of the small vessels of the "
                              "skin and the fatty tissue, which results in open sores and tissue "
                              "death.")
    assert not any(s == "fatty tissue" and p == "causes" for s, p, _ in got), got
    assert ("scar tissue", "causes", "stiffness") in relations(
        tmp_path, "Scar tissue can cause stiffness.")
