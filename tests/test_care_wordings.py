"""How pages word care: the person given a remedy, and remedies named by what they do.

The condition ("grebble fever") and everything said about it are made up.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .grebble_pages import relations

TOPIC = "grebble fever"


@pytest.mark.parametrize(("body", "remedy"), [
    ("Your doctor may give you plum-leaf tablets.", "plum-leaf tablets"),
    ("The nurse will offer your child a course of zennamycin.", "zennamycin"),
    ("They may give them splodine drops.", "splodine drops"),
])
def test_person_given_to_is_not_part_of_the_remedy(tmp_path: Path, body: str,
                                                   remedy: str) -> None:
    """"Give you X", "offer your child X": X is used for the illness, not "you X"."""
    got = relations(tmp_path, body, "Treatment")
    assert (remedy, "used_for", TOPIC) in got
    assert not any(s.startswith(("you ", "your child", "them ")) for s, _, _ in got)


@pytest.mark.parametrize(("item", "name"), [
    ("medicines to raise your blood pressure", "blood pressure medicine"),
    ("a machine to help you breathe", "breathing machine"),
    ("fluids through a drip", "intravenous fluids"),
    ("medicine to bring down a high temperature", "fever reducer"),
    ("medicines to thin the blood", "blood thinner"),
])
def test_remedy_described_by_what_it_does_is_named_plainly(tmp_path: Path, item: str,
                                                             name: str) -> None:
    """A listed remedy told by its purpose is named as the remedy it is."""
    body = f"Treatment in hospital may include:\n\n- zennamycin\n- {item}\n"
    got = relations(tmp_path, body, "Treatment")
    assert {("zennamycin", "used_for", TOPIC), (name, "used_for", TOPIC)} <= got


def test_remedy_described_by_what_it_does_in_a_sentence(tmp_path: Path) -> None:
    """"You'll be given A, fluids through a drip and medicines to support your blood
    pressure": each remedy, named plainly."""
    body = ("You'll be given zennamycin, fluids through a drip and medicines to support "
            "your blood pressure.")
    got = relations(tmp_path, body, "Treatment")
    assert {("zennamycin", "used_for", TOPIC), ("intravenous fluids", "used_for", TOPIC),
            ("blood pressure medicine", "used_for", TOPIC)} <= got


def test_recommend_you_keeps_what_follows(tmp_path: Path) -> None:
    """"They may recommend you rest": no remedy named "rest you" or "you"."""
    got = relations(tmp_path, "They may recommend you rest at home.", "Treatment")
    assert not any(s == "you" or s.startswith("you ") for s, _, _ in got)


@pytest.mark.parametrize(("body", "remedy"), [
    ("Your GP may prescribe zennamycin.", "zennamycin"),
    ("A specialist may recommend plum-leaf tablets.", "plum-leaf tablets"),
    ("Guidelines recommend antibiotics.", "antibiotics"),
])
def test_remedy_recommended_by_a_named_carer_in_general_text(tmp_path: Path, body: str,
                                                             remedy: str) -> None:
    """Under no typed heading, a GP or specialist prescribing, or a remedy named as one
    being recommended, is care for the illness."""
    assert (remedy, "used_for", TOPIC) in relations(tmp_path, body)


def test_remedy_given_after_where_it_is_given(tmp_path: Path) -> None:
    """"In hospital, you may be given X": X is given, not the hospital's phrase."""
    got = relations(tmp_path, "In hospital, you may be given zennamycin.", "Treatment")
    assert ("zennamycin", "used_for", TOPIC) in got


@pytest.mark.parametrize(("body", "act", "negated"), [
    ("To avoid grebble fever, change your plasters every day.", "plaster change", False),
    ("To help prevent it, do not share towels.", "sharing towels", True),
    ("To prevent this, wash your hands after touching sheep.", "washing hands", False),
])
def test_command_after_what_it_keeps_away_prevents_it(tmp_path: Path, body: str, act: str,
                                                      negated: bool) -> None:
    """"To avoid it, <command>": the commanded act prevents the illness (a "do not"
    command, negated)."""
    page = tmp_path / "page.txt"
    page.write_text(f"Grebble fever\n\nGrebble fever is a rare illness.\n\nAbout\n{body}\n",
                    encoding="utf-8")
    from claimgraph.ingest.extract import extract_corpus
    cs, _, _ = extract_corpus([page], progress=False)
    got = {(cs.label(c.subject), c.predicate, cs.label(c.object), c.negated)
           for c in cs.claims if c.object is not None}
    assert (act, "prevents", TOPIC, negated) in got


def test_second_act_after_to_treat_is_the_remedys(tmp_path: Path) -> None:
    """"X is used to treat it and to prevent heart damage": X prevents the damage too."""
    got = relations(tmp_path, "Zennamycin is used to treat grebble fever and to prevent "
                              "heart damage.")
    assert {("zennamycin", "used_for", TOPIC), ("zennamycin", "prevents", "heart damage")} <= got


@pytest.mark.parametrize(("body", "acts"), [
    ("You can protect yourself by getting vaccinated.", {"vaccination"}),
    ("You can protect yourself against grebble fever by washing your hands and keeping "
     "cuts covered.", {"washing hands", "wound care"}),
    ("Keep your child safe by not sharing towels.", {"sharing towel avoidance"}),
])
def test_acts_one_protects_oneself_by_prevent_it(tmp_path: Path, body: str,
                                                 acts: set[str]) -> None:
    """"Protect yourself (against it) by A and B": each act prevents the illness."""
    got = relations(tmp_path, body)
    assert {(act, "prevents", TOPIC) for act in acts} <= got


@pytest.mark.parametrize("item", ["Get vaccinated.", "Getting vaccinated", "Get immunised."])
def test_getting_vaccinated_is_vaccination(tmp_path: Path, item: str) -> None:
    """A passive act of advice ("get vaccinated") is named by its noun, vaccination."""
    body = f"How to avoid grebble fever:\n\n- {item}\n- Wash your hands often.\n"
    got = relations(tmp_path, body, "Prevention")
    assert ("vaccination", "prevents", TOPIC) in got


@pytest.mark.parametrize(("item", "name"), [
    ("being given oxygen", "oxygen"),
    ("receiving plum-leaf drops", "plum-leaf drops"),
    ("staying in hospital for a few days", "hospital treatment"),
    ("close monitoring in an intensive care unit", "intensive care"),
    ("removing the cause, such as a splinter", "removal of splinter"),
    ("skin grafts to repair damaged skin", "skin grafts"),
])
def test_treatment_item_named_by_its_remedy(tmp_path: Path, item: str, name: str) -> None:
    """A treatment item worded as what is done to the reader, where care is given, what
    is removed or what it is for is named by the remedy itself."""
    body = f"Treatment may include:\n\n- zennamycin\n- {item}\n"
    got = relations(tmp_path, body, "Treatment")
    assert (name, "used_for", TOPIC) in got
    assert not any("such as" in s or s.startswith("given ") for s, _, _ in got)


@pytest.mark.parametrize(("body", "remedy"), [
    ("It is treated by removing the plaster and giving zennamycin.", "removal of plaster"),
    ("It is treated by removing the plaster and giving zennamycin.", "zennamycin"),
    ("Zennamycin is a key part of treatment.", "zennamycin"),
    ("Plum-leaf tablets are the most commonly used treatment.", "plum-leaf tablets"),
])
def test_remedy_worded_as_an_act_or_a_part_of_care(tmp_path: Path, body: str,
                                                   remedy: str) -> None:
    """"treated by giving X and removing Y", "X is a key part of treatment", "X is the most
    commonly used treatment": the remedies, named plainly."""
    assert (remedy, "used_for", TOPIC) in relations(tmp_path, body, "Treatment")


@pytest.mark.parametrize(("body", "act"), [
    ("People who have been vaccinated are much less likely to get grebble fever.",
     "vaccination"),
    ("Children who wash their hands often are less likely to get it.", "washing hands"),
])
def test_what_people_less_likely_to_get_it_did_prevents_it(tmp_path: Path, body: str,
                                                            act: str) -> None:
    """"People who have been vaccinated are less likely to get it": vaccination prevents it."""
    assert (act, "prevents", TOPIC) in relations(tmp_path, body, "Causes")


@pytest.mark.parametrize(("item", "acts"), [
    ("Take out the old plaster.", {"old plaster removal"}),
    ("Clean and cover any cuts straight away.", {"wound cleaning", "wound covering"}),
    ("Treat any skin wounds promptly.", {"wound care"}),
])
def test_commands_with_verb_apart_from_object(tmp_path: Path, item: str,
                                              acts: set[str]) -> None:
    """"Take out X" is X's removal; "Clean and cover X" cleans X and covers X; skin wounds
    are wounds."""
    body = f"To lower your risk:\n\n- Wash your hands often.\n- {item}\n"
    got = relations(tmp_path, body, "Prevention")
    assert {(act, "prevents", TOPIC) for act in acts} <= got


def test_remedy_glossed_in_a_risk_list_treats_nothing_here(tmp_path: Path) -> None:
    """"taking plum-leaf tablets – medicine to treat wobble disease" among risks says why
    people take it, no remedy for grebble fever or claim about wobble disease to keep."""
    body = ("You're more likely to get grebble fever if you:\n\n- are over 70\n"
            "- take plum-leaf tablets – a medicine to treat wobble disease\n")
    got = relations(tmp_path, body, "Risk factors")
    assert not any(p == "used_for" for _, p, _ in got)


def test_name_saying_only_whose_it_is_is_no_target(tmp_path: Path) -> None:
    """"Your liver helps control its levels": "its levels" names nothing to treat."""
    got = relations(tmp_path, "Zinc matters for the skin. Your liver can help control its "
                              "levels.", "Treatment")
    assert not any(o.startswith(("its ", "their ")) for _, _, o in got)


def test_where_dead_tissue_is_taken_from_is_no_part_of_the_act(tmp_path: Path) -> None:
    """"removing dead tissue from a wound" is debridement's act, wherever it is taken from."""
    body = "Treatment may include:\n\n- zennamycin\n- removing dead tissue from a wound\n"
    got = relations(tmp_path, body, "Treatment")
    assert not any("from a wound" in s for s, _, _ in got)
    assert any(s in ("removal of dead tissue", "debridement") for s, p, _ in got
               if p == "used_for")


@pytest.mark.parametrize(("body", "remedy"), [
    ("It's usually treated with zennamycin.", "zennamycin"),
    ("It is usually treated with zennamycin tablets for 2 weeks.", "zennamycin tablets"),
    ("In severe cases, a limb may need to be amputated.", "amputation"),
    ("Doctors may need to remove the infected plaster.", "infected plaster removal"),
])
def test_more_ways_care_is_worded(tmp_path: Path, body: str, remedy: str) -> None:
    """"It's treated with X", "X for 2 weeks" (how long is no part of the name), "may need to
    be amputated", "doctors may need to remove X"."""
    assert (remedy, "used_for", TOPIC) in relations(tmp_path, body, "Treatment")


def test_carers_are_no_remedies(tmp_path: Path) -> None:
    """"Your care team may include a surgeon and a dietitian"; "Surgeons will remove any dead
    skin": the carers neither treat it as remedies nor target anything."""
    got = relations(tmp_path, "Your care team may include a surgeon and a dietitian. Surgeons "
                              "will remove any dead skin.", "Treatment")
    assert not any(s in ("surgeon", "surgeons", "dietitian") for s, _, _ in got)
    assert ("dead skin removal", "used_for", TOPIC) in got
