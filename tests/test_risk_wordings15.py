"""Risk read in session 15: an adverb before the people's verb, a phrasal trigger, 'but'."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.ingest.phrases import people_factor

from .grebble_pages import page_relations, relations


@pytest.mark.parametrize(("people", "factor"), [
    ("people who recently had surgery", "surgery"),
    ("people who regularly inject drugs", "injecting drugs"),
    ("those who often swim in lakes", "swimming in lakes"),
])
def test_an_adverb_before_the_verb_is_no_act(people: str, factor: str) -> None:
    """'who recently had surgery' names the surgery, never an act called 'recentlying'."""
    assert people_factor(people) == factor


@pytest.mark.parametrize("sentence", [
    "Cold weather can bring on an attack of grebble fever.",
    "Cold weather can set off grebble fever.",
])
def test_a_phrasal_trigger_names_a_cause(tmp_path: Path, sentence: str) -> None:
    """'X can bring on / set off <topic>': X brings the illness on."""
    got = relations(tmp_path, f"{sentence} It is rare.", heading="Causes")
    assert ("cold weather", "causes", "grebble fever") in got


def test_a_risk_after_but_is_read(tmp_path: Path) -> None:
    """'Anyone can get it, but it is more likely if you have X': X raises the risk."""
    got = relations(tmp_path, "Anyone can get it, but it is more likely if you have "
                    "diabetes. It is rare.", heading="Risk factors")
    assert ("diabetes", "increases_risk_of", "grebble fever") in got


def test_medicines_a_lead_says_raise_the_risk_are_risks(tmp_path: Path) -> None:
    """Under a medicines heading, 'can raise the risk ... include:' lists risks, not remedies."""
    got = page_relations(tmp_path, "Certain medications\nTaking certain medications can "
                         "increase the risk of grebble fever attacks. Common examples include:\n"
                         "- Zorbic pills\n- Low-dose plimsol")
    assert ("zorbic pills", "increases_risk_of", "grebble fever") in got
    assert not any(p == "used_for" for _, p, _ in got)


def test_other_than_ends_a_name(tmp_path: Path) -> None:
    """'conditions other than a metabolic disorder': the conditions, no 'conditions other'."""
    got = relations(tmp_path, "Secondary grebble fever may be caused by drug therapy or by "
                    "medical conditions other than a metabolic disorder.", heading="Causes")
    assert ("medical conditions", "causes", "grebble fever") in got
    assert not any(o == "secondary grebble fever" for _, _, o in got)


def test_a_cause_after_by_loses_the_by(tmp_path: Path) -> None:
    """'The risk is increased by the use of X, Y and Z': no cause named 'by the use of X'."""
    got = relations(tmp_path, "The risk of a flare-up is increased by the consumption of "
                    "alcohol, sugary foods and meat.", heading="Risk factors")
    assert not any(s.startswith("by ") for s, _, _ in got)
    assert ("meat", "increases_risk_of", "grebble fever") in got


def test_symptoms_that_are_treated_are_no_list(tmp_path: Path) -> None:
    """'The sooner symptoms are treated the better': no sign called 'treated the better'."""
    got = relations(tmp_path, "The sooner grebble fever symptoms are treated the better.")
    assert not any(p == "has_symptom" for _, p, _ in got)


@pytest.mark.parametrize("sentence", [
    "Grebble fever can be safely prevented with two doses of the zorbic vaccine.",
    "Grebble fever is preventable with the zorbic vaccine.",
])
def test_prevented_with_a_vaccine(tmp_path: Path, sentence: str) -> None:
    """'can be safely prevented with two doses of X', 'is preventable with X': X prevents it."""
    got = relations(tmp_path, f"{sentence} It is rare.", heading="Prevention")
    assert ("zorbic vaccine", "prevents", "grebble fever") in got


@pytest.mark.parametrize("sentence", [
    "Complications are usually more severe amongst adults who catch it.",
    "Complications of grebble fever are more likely if you have a weak immune system or are "
    "elderly.",
])
def test_how_likely_complications_are_lists_none(tmp_path: Path, sentence: str) -> None:
    """'Complications are more likely if ... or are elderly': no complication 'elderly'."""
    got = relations(tmp_path, sentence, heading="Complications")
    assert not any(p == "has_complication" for _, p, _ in got)


def test_an_act_left_undone_keeps_its_not(tmp_path: Path) -> None:
    """'The most common cause is not drinking enough water': never 'drinking enough water'."""
    got = relations(tmp_path, "The most common cause of grebble fever is not drinking enough "
                    "water. It is rare.", heading="Risk factors")
    assert ("not drinking enough water", "causes", "grebble fever") in got
    assert not any(s == "drinking enough water" for s, _, _ in got)


def test_put_at_greater_risk_raises_it(tmp_path: Path) -> None:
    """'Diets high in salt can put a person at a greater risk of it': the diet raises it."""
    got = relations(tmp_path, "Diets high in salt can put a person at a greater risk of grebble "
                    "fever. It is rare.", heading="Risk factors")
    assert ("diets high in salt", "increases_risk_of", "grebble fever") in got


def test_them_than_someone_else_is_the_topic(tmp_path: Path) -> None:
    """'People with a family history are more likely to develop them than others': it."""
    got = relations(tmp_path, "People with a family history are more likely to develop them "
                    "than someone without one. It is rare.", heading="Risk factors")
    assert ("family history", "increases_risk_of", "grebble fever") in got


@pytest.mark.parametrize(("sentence", "bad"), [
    ("Several risk factors for grebble fever make it more likely that you will get it.",
     "risk factors"),
    ("As many as 13 percent of men are at risk of developing grebble fever.", "percent"),
    ("Staying well hydrated is the most effective way to prevent grebble fever, especially for "
     "those at higher risk.", "for those"),
])
def test_names_that_name_nothing_are_dropped(tmp_path: Path, sentence: str, bad: str) -> None:
    """A share of people, the class 'risk factors', a phrase opening with 'for': no entity."""
    got = relations(tmp_path, f"{sentence} It is rare.", heading="Risk factors")
    assert not any(bad in s or bad in o for s, _, o in got)


def test_how_much_a_risk_is_cut_is_no_part_of_the_name(tmp_path: Path) -> None:
    """'... reduced the chance of a recurrence by half': the act prevents it, no 'by half'."""
    got = relations(tmp_path, "Drinking two litres of fluid a day reduced the chances of having a "
                    "grebble fever recurrence by half. It is rare.", heading="Prevention")
    assert not any("by half" in o for _, _, o in got)


def test_complications_such_as_are_listed(tmp_path: Path) -> None:
    """'complications such as ear infection and pneumonia can occur': both complications."""
    got = relations(tmp_path, "However, complications such as ear infection, throat abscess, "
                    "and pneumonia can occur.")
    assert {("grebble fever", "has_complication", x)
            for x in ("ear infection", "throat abscess", "pneumonia")} <= got


def test_preventing_these_complications_is_not_preventing_the_topic(tmp_path: Path) -> None:
    """'Prompt treatment with zorbulin will prevent these complications': complications."""
    got = relations(tmp_path, "Prompt treatment with zorbulin will prevent these complications.")
    assert ("zorbulin", "prevents", "complication") in got
    assert ("zorbulin", "prevents", "grebble fever") not in got


def test_a_condition_opening_the_clause_is_no_subject(tmp_path: Path) -> None:
    """'If left untreated it can lead to jaundice and can lead to death': the topic's."""
    got = relations(tmp_path, "If left untreated it can lead to jaundice and can lead to death.")
    assert ("grebble fever", "has_complication", "death") in got
    assert not any("untreated" in s for s, _, _ in got)


def test_a_new_clause_about_it_ends_a_cause(tmp_path: Path) -> None:
    """'caused by a germ known as G, it is contagious and spread by contact': no cause named
    'spread by contact ...'."""
    got = relations(tmp_path, "Grebble fever is caused by a germ known as zorbus, it is "
                    "contagious and spread by contact with an infected person.", heading="Causes")
    assert not any("spread by" in s for s, _, _ in got)


def test_preventing_the_spread_prevents_the_topic(tmp_path: Path) -> None:
    """'Regular hand washing can help prevent the spread': of the topic, no thing 'spread'."""
    got = relations(tmp_path, "Regular hand washing can help prevent the spread. It is rare.",
                    heading="Prevention")
    assert ("regular hand washing", "prevents", "grebble fever") in got
    assert not any(o == "spread" for _, _, o in got)


def test_causing_the_named_topic_to_develop_is_a_cause(tmp_path: Path) -> None:
    """'Some medicines, such as zorbulin, can cause grebble fever to develop': zorbulin causes
    it; 'the pressure makes it swell out' said with a pronoun (a mechanism) stays unread."""
    got = relations(tmp_path, "Some medicines, such as zorbulin and plimsol, can cause grebble "
                    "fever to develop. It is rare.", heading="Causes")
    assert ("zorbulin", "causes", "grebble fever") in got
    other = relations(tmp_path, "Pressure in the vessel causes it to swell out like a bubble.",
                      heading="Causes")
    assert not any(p == "causes" for _, p, _ in other)
