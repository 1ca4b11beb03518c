"""Sentence wordings read in session 39: errors seen on public pages about other conditions,
each rewritten as a sentence of our own about the made-up grebble fever."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.ingest.phrases import age_span, split_list

from .grebble_pages import page_claims, relations

T = "grebble fever"
RISK, CAUSE, TEST = "increases_risk_of", "causes", "diagnosed_by"


def test_contribute_to_the_risk_is_a_risk(tmp_path: Path) -> None:
    """"X may contribute to the risk of it": a factor that raises the risk, hedged (the
    lookahead that kept "contribute to the risk" from the contributes-to wording had left the
    sentence unread)."""
    cs = page_claims(tmp_path, "Risk factors\nSmoking may contribute to the risk of grebble "
                               "fever.")
    found = [c for c in cs.claims if cs.label(c.subject) == "smoking"]
    assert [(c.predicate, cs.label(c.object), c.hedged) for c in found] == [(RISK, T, True)]


def test_contribute_to_flare_ups_stays_a_part_in_it(tmp_path: Path) -> None:
    """Without "the risk", contributing is a part in the illness, as before."""
    rels = relations(tmp_path, "Hormones may contribute to flare-ups.")
    assert ("hormones", "contributes_to", T) in rels
    assert ("hormones", RISK, T) not in rels


@pytest.mark.parametrize(("text", "members"), [
    ("Black, Latino and Asian people", ["Black people", "Latino people", "Asian people"]),
    ("white and black women", ["white women", "black women"]),
    ("genetic, hormonal and environmental factors",
     ["genetic factors", "hormonal factors", "environmental factors"]),
    # words of no ancestry or kind keep their own names
    ("fever and joint pain", ["fever", "joint pain"]),
    ("smoking and genetic factors", ["smoking", "genetic factors"]),
])
def test_list_members_share_the_last_head(text: str, members: list[str]) -> None:
    """An ancestry word or a kind of factor alone in a list takes the last member's head
    ("black" alone is a colour, "genetic" alone no factor)."""
    assert [m.strip() for m in split_list(text)] == members


def test_peoples_listed_with_one_head_are_each_a_factor(tmp_path: Path) -> None:
    rels = relations(tmp_path, "Black, Latino and Asian people are more likely to get it.",
                     heading="Who gets it?")
    assert {("black people", RISK, T), ("latino people", RISK, T),
            ("asian people", RISK, T)} <= rels
    assert ("latino", RISK, T) not in rels


@pytest.mark.parametrize("sentence", [
    "It is caused by a number of factors, usually genetic and environmental.",
    "It is caused by a number of factors \u2014 usually genetic and environmental.",
    "It is caused by a mix of genetic and environmental factors.",
])
def test_kinds_of_factor_named_after_the_factors(tmp_path: Path, sentence: str) -> None:
    """"a number of factors, usually genetic and environmental": two causes, each a kind
    of factor (the first kind had been lost)."""
    rels = relations(tmp_path, sentence, heading="Causes")
    assert {("genetic factors", CAUSE, T), ("environmental factors", CAUSE, T)} <= rels


@pytest.mark.parametrize(("body", "heading"), [
    ("Tests may include:\n- blood tests\n- imaging (CT or MRI)\n- a skin biopsy", "Diagnosis"),
    ("Your doctor may order imaging (CT or MRI) to look at the tissue.", "Diagnosis"),
])
def test_tests_in_brackets_after_their_class(tmp_path: Path, body: str, heading: str) -> None:
    """"imaging (CT or MRI)": the two scans are tests too, examples of the imaging."""
    rels = relations(tmp_path, body, heading=heading)
    assert {(T, TEST, "imaging"), (T, TEST, "CT"), (T, TEST, "MRI")} <= rels


def test_a_bracket_of_two_after_no_test_class_is_dropped(tmp_path: Path) -> None:
    """Only a class of tests lends its examples: "a rash (red or purple)" names no sign
    "purple"."""
    rels = relations(tmp_path, "Symptoms include a rash (red or purple).", heading="Symptoms")
    assert (T, "has_symptom", "rash") in rels
    assert not {r for r in rels if r[2] == "purple"}


def test_ages_spelt_out_in_an_age_span(tmp_path: Path) -> None:
    """"children between five and fifteen years old": the ages 5 to 15, as a factor and as
    the figure (which had read 15 alone, as an exact age)."""
    cs = page_claims(tmp_path, "Who gets it?\nIt mostly affects children between five and "
                               "fifteen years old.")
    ages = [c.measure for c in cs.claims if c.measure is not None and c.measure.kind == "age"]
    assert [(m.low, m.high) for m in ages] == [(5.0, 15.0)]
    assert any(cs.label(c.subject) == "age 5 to 15" and c.predicate == RISK for c in cs.claims)


@pytest.mark.parametrize(("text", "label"), [
    ("children between five and fifteen years old", "age 5 to 15"),
    ("adults aged 20-40", "age 20 to 40"),
    ("between the ages of two and many", None),
])
def test_age_span_labels(text: str, label: str | None) -> None:
    assert age_span(text) == label
