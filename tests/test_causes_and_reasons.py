"""Germs named as what brings the topic on are its causes; "it" after "because" is what the
clause before names; remedies used to prevent and treat do both (sentences of our own)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .grebble_pages import page_claims, relations

T = "grebble fever"


@pytest.mark.parametrize(("sentence", "germs"), [
    ("The bacteria, viruses and fungi that cause grebble fever spread through coughs.",
     {"bacteria", "viruses", "fungi"}),
    ("You can protect yourself against the bacteria and viruses that cause grebble fever by "
     "washing your hands.", {"bacteria", "viruses"}),
])
def test_each_germ_of_a_list_that_causes_the_topic_causes_it(tmp_path: Path, sentence: str,
                                                             germs: set[str]) -> None:
    got = relations(tmp_path, sentence)
    assert {(g, "causes", T) for g in germs} <= got


def test_a_germ_that_brings_the_topic_on_causes_it(tmp_path: Path) -> None:
    """"brought on by viruses": a cause, not a risk factor someone has."""
    got = relations(tmp_path, "Grebble fever is usually caused by bacteria, but can also be "
                              "brought on by viruses.")
    assert ("viruses", "causes", T) in got
    assert ("viruses", "increases_risk_of", T) not in got


def test_a_habit_that_brings_the_topic_on_still_raises_its_risk(tmp_path: Path) -> None:
    got = relations(tmp_path, "Grebble fever can be brought on by heavy drinking.")
    assert ("heavy drinking", "increases_risk_of", T) in got


@pytest.mark.parametrize("sentence", [
    "Zorbulin should be avoided because it can increase the risk of bleeding.",
    "Avoid zorbulin, as it raises the risk of bleeding.",
])
def test_it_after_because_is_what_the_clause_before_names(tmp_path: Path, sentence: str) -> None:
    """"X should be avoided because it raises the risk of bleeding": X's risk, not the
    topic's complication."""
    got = relations(tmp_path, sentence, "Treatment")
    assert ("zorbulin", "increases_risk_of", "bleeding") in got
    assert (T, "has_complication", "bleeding") not in got


def test_a_reason_after_since_is_outside_the_denial_before_it(tmp_path: Path) -> None:
    """"should not be taken since they raise the risk": the denial is of taking them, the
    reason is stated."""
    cs = page_claims(tmp_path, "Treatment\nZorbulin or ploxacin should not be taken since "
                               "they can increase the risk of bleeding.")
    risks = {(cs.label(c.subject), c.negated) for c in cs.claims
             if c.predicate == "increases_risk_of" and c.object is not None
             and cs.label(c.object) == "bleeding"}
    assert risks == {("zorbulin", False), ("ploxacin", False)}


def test_remedies_used_to_prevent_and_treat_do_both(tmp_path: Path) -> None:
    got = relations(tmp_path, "The medicines used to prevent and treat grebble fever are "
                              "zorbulins.", "Treatment")
    assert {("zorbulins", "prevents", T), ("zorbulins", "used_for", T)} <= got
