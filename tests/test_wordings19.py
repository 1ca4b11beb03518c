"""Wordings read more widely (session 19): a kind of illness that names how it works
("a vasculitis", "thought to be an autoimmune condition"), and a time said after a harm
("afterwards", "after the infection"), which is no part of the harm's name.  Every
sentence is our own, about the made-up grebble fever."""

from __future__ import annotations

from pathlib import Path

import pytest

from .grebble_pages import page_claims, page_relations, relations

T = "grebble fever"
RISK = "increases_risk_of"


@pytest.mark.parametrize(("heading", "sentence", "process"), [
    ("How it happens", "Grebble fever is a vasculitis of small arteries.", "vasculitis"),
    ("How it happens", "It causes inflammation of the walls of the arteries.", "vasculitis"),
    ("How it happens", "The blood vessels become inflamed.", "vasculitis"),
    ("How it happens", "It is thought to be an autoimmune condition.",
     "abnormal immune response"),
])
def test_a_kind_of_illness_names_how_it_works(tmp_path: Path, heading: str, sentence: str,
                                              process: str) -> None:
    assert (T, "involves", process) in relations(tmp_path, sentence, heading)


def test_inflamed_signs_are_no_vasculitis(tmp_path: Path) -> None:
    """A sign's own inflammation ("the eyes become inflamed") says nothing of the vessels."""
    got = relations(tmp_path, "The eyes become inflamed.", "How it happens")
    assert (T, "involves", "vasculitis") not in got


@pytest.mark.parametrize("sentence", [
    "Some people develop chronic pain afterwards.",
    "Some people develop chronic pain later.",
    "Some people develop chronic pain after the infection.",
])
def test_a_time_after_a_harm_is_no_part_of_its_name(tmp_path: Path, sentence: str) -> None:
    got = relations(tmp_path, sentence, "Complications")
    assert (T, "has_complication", "chronic pain") in got
    assert not {x for x in got if "after" in x[2] or "later" in x[2]}


@pytest.mark.parametrize(("sentence", "germ"), [
    ("Streptococcal bacteria are usually responsible.", "streptococcal bacteria"),
    ("Several types of bacteria can be involved.", "bacteria"),
])
def test_germs_said_to_be_responsible_cause_it(tmp_path: Path, sentence: str,
                                               germ: str) -> None:
    assert (germ, "causes", T) in relations(tmp_path, sentence, "Causes")


@pytest.mark.parametrize(("heading", "sentence", "word"), [
    # "triggers are thought to ...": no list of triggers follows
    ("Causes", "Environmental triggers are thought to play a part.", "thought"),
    # a class of people names no factor
    ("Risk factors", "Anyone can get it, but certain groups are more vulnerable.", "group"),
    # when it is done is no look-alike
    ("Diagnosis", "Other conditions must be ruled out first.", "first"),
    # what treatment aims at is no remedy of its own
    ("Treatment", "Treatment aims to reduce swelling and prevent scarring.", "aims"),
])
def test_words_that_name_nothing(tmp_path: Path, heading: str, sentence: str,
                                 word: str) -> None:
    got = relations(tmp_path, sentence, heading)
    assert not {x for x in got if word in x[0] or word in x[2]}


@pytest.mark.parametrize(("sentence", "claims"), [
    # what a remedy is prescribed for: the topic named back or by its kind, or a sign
    ("Your doctor may prescribe antibiotics for it.", {("antibiotics", "used_for", T)}),
    ("Doctors prescribe painkillers for this illness.", {("painkillers", "used_for", T)}),
    ("Doctors can offer painkillers for the headache and fever.",
     {("painkillers", "used_for", "headache"), ("painkillers", "used_for", "fever")}),
    # how long, or for whom: still the topic's remedy
    ("Doctors prescribe zorbulin for two weeks.", {("zorbulin", "used_for", T)}),
    ("Doctors may prescribe steroids for children with severe disease.",
     {("steroids", "used_for", T)}),
])
def test_what_a_remedy_is_prescribed_for(tmp_path: Path, sentence: str,
                                         claims: set[tuple[str, str, str]]) -> None:
    got = relations(tmp_path, sentence, "Treatment")
    assert claims <= got
    assert not {x for x in got if " for " in x[0] or " for " in x[2]}


@pytest.mark.parametrize("sentence", [
    "Doctors prescribe strong painkillers.",
    "Steroid tablets reduce swelling.",
])
def test_a_sentence_under_treatment_is_no_remedy_name(tmp_path: Path, sentence: str) -> None:
    """A sentence alone under a care heading has a verb: it is read as a sentence, not as the
    name of a remedy in a list that lost its bullets."""
    got = relations(tmp_path, sentence, "Treatment")
    assert not {x for x in got if len(x[0].split()) > 2}


@pytest.mark.parametrize(("heading", "item", "claim"), [
    # a list item that is a clause with no subject: the page's topic is its subject
    ("Causes", "usually caused by bacteria", ("bacteria", "causes", T)),
    ("Causes", "often triggered by a cut", ("cut", RISK, T)),
    ("Risk factors", "mostly affects older adults", ("older age", RISK, T)),
    ("Risk factors", "more common in men", ("male sex", RISK, T)),
    ("Risk factors", "commonest in men", ("male sex", RISK, T)),
])
def test_a_list_item_said_as_a_clause(tmp_path: Path, heading: str, item: str,
                                      claim: tuple[str, str, str]) -> None:
    got = page_relations(tmp_path, f"{heading}\n- {item}\n- diabetes\n")
    assert claim in got
    assert (("diabetes", RISK, T) if heading == "Risk factors" else ("diabetes", "contributes_to",
                                                                       T)) in got
    assert not {x for x in got if len(x[0].split()) > 3}  # the clause is no factor's name


def test_a_clause_put_first_is_not_the_topics(tmp_path: Path) -> None:
    """"Due to X, Y happens": the main clause's cause, not a subjectless item's."""
    got = relations(tmp_path, "Due to the swelling, breathing can be hard.", "Causes")
    assert ("swelling", "causes", T) not in got


@pytest.mark.parametrize(("item", "sign"), [
    ("blisters filled with dark fluid (late sign)", "blisters filled with dark fluid"),
    ("a red rash (early)", "red rash"),
])
def test_when_in_brackets_is_no_signs_name(tmp_path: Path, item: str, sign: str) -> None:
    got = page_relations(tmp_path, f"Clinical features\n- {item}\n- fever\n")
    assert (T, "has_symptom", sign) in got


def test_how_germs_enter_is_no_cause(tmp_path: Path) -> None:
    got = page_relations(tmp_path, "Causes\n- entry is usually through a cut\n- bacteria\n")
    assert not {x for x in got if x[0] == "entry"}


def test_associated_with_increased_risk_is_of_the_topic(tmp_path: Path) -> None:
    got = relations(tmp_path, "Exposure to metal dusts has been associated with increased "
                    "risk.", "Causes")
    assert ("exposure to metal dusts", RISK, T) in got
    assert not {x for x in got if "risk" in x[2]}


def test_characterised_after_a_comma(tmp_path: Path) -> None:
    """"X is a disorder of unknown cause, characterised by Y": Y is X's; "unknown cause" is
    a noun, no relation; "The rash, characterised by blisters, ..." describes the rash.
    (Granulomas, clusters of immune cells, are how it works: its mechanism, as "granulomas
    form in the lungs" is, since session 38.)"""
    got = relations(tmp_path, "Grebble fever is a disorder of unknown cause, characterised "
                    "by granulomas.", "Overview")
    assert (T, "involves", "granulomas") in got
    got = relations(tmp_path, "Grebble fever is a disorder of unknown cause, characterised "
                    "by painful lumps.", "Overview")
    assert (T, "has_symptom", "painful lumps") in got
    assert not {x for x in got if "characterised" in x[2]}
    got = relations(tmp_path, "The rash, characterised by small blisters, spreads fast.",
                    "Symptoms")
    assert not {x for x in got if x[0] == "rash" or "spreads" in x[2]}


@pytest.mark.parametrize(("heading", "sentence", "present", "absent"), [
    # where in the body it spreads is no way of catching it
    ("Overview", "Grebble fever is an infection that spreads through the deep layers of the "
     "skin.", None, "layers"),
    # "for example" names nothing
    ("Risk factors", "You're more likely to get it if you have a weakened immune system, for "
     "example because you're having chemotherapy.",
     ("weakened immune system", RISK, T), "example"),
    # a purpose ends where the verb's next object starts
    ("Treatment", "You'll need surgery to remove the infected tissue, and strong antibiotics "
     "given into a vein.", ("surgery", "targets", "infected tissue"), "antibiotics"),
    # an area or a rash that swells or peels: the sign on its own
    ("Symptoms", "The area may swell and turn purple.", (T, "has_symptom", "swelling"), "area"),
    ("Symptoms", "The rash may peel later.", (T, "has_symptom", "peeling skin"), "rash"),
    ("Symptoms", "The pain may seem much worse than you'd expect.",
     (T, "has_symptom", "severe pain"), "expect"),
])
def test_a_lay_page_read_right(tmp_path: Path, heading: str, sentence: str,
                               present: tuple[str, str, str] | None, absent: str) -> None:
    got = relations(tmp_path, sentence, heading)
    assert present is None or present in got
    assert not {x for x in got if absent in x[0] or absent in x[2]}


def test_a_sign_near_one_place_or_another_is_one_sign(tmp_path: Path) -> None:
    """"Pain near a cut or wound": one sign near either place, not a sign named "wound"."""
    got = relations(tmp_path, "The first symptom is often intense pain near a cut or wound.",
                    "Symptoms")
    assert (T, "has_symptom", "wound") not in got
    assert {x for x in got if x[2].startswith("intense pain")}


@pytest.mark.parametrize(("heading", "sentence", "lasts"), [
    # how long to do something is no duration of the illness
    ("Prevention", "Do not leave a tampon in for longer than 8 hours.", False),
    ("Treatment", "Doctors prescribe zorbulin for two weeks.", False),
    ("Treatment", "You may need to take them for 6 months.", False),
    # ... while words that say the illness lasts keep it
    ("Outlook", "The illness usually lasts 2 to 3 weeks.", True),
    ("Symptoms", "Symptoms last for about 10 days.", True),
])
def test_a_period_of_care_is_no_duration_of_the_topic(tmp_path: Path, heading: str,
                                                      sentence: str, lasts: bool) -> None:
    cs = page_claims(tmp_path, f"{heading}\n{sentence}\n")
    durations = [c for c in cs.claims if c.measure is not None
                 and c.measure.kind == "duration" and cs.label(c.subject) == T]
    assert bool(durations) is lasts


@pytest.mark.parametrize("sentence", [
    "Most women with grebble fever have normal pregnancies.",
    "Most people with it go on to lead a full and active life.",
])
def test_a_healthy_state_is_no_sign(tmp_path: Path, sentence: str) -> None:
    got = relations(tmp_path, sentence, "Living with it")
    assert not {x for x in got if x[1] in ("has_symptom", "has_complication")}


def test_problems_said_to_last_are_lasting_harms(tmp_path: Path) -> None:
    got = relations(tmp_path, "Some people have problems that last for months, such as "
                    "tiredness and muscle aches.", "Complications")
    assert {(T, "has_complication", "tiredness"), (T, "has_complication", "muscle aches")} <= got


def test_an_organ_reached_is_no_killer(tmp_path: Path) -> None:
    """"It spreads to the heart or brain, which can be fatal": the spread kills, not the
    organ."""
    got = relations(tmp_path, "In rare cases, the infection spreads to the heart or brain, "
                    "which can be life-threatening.", "Complications")
    assert not {x for x in got if x[0] in ("heart", "brain")}


def test_confirmed_by_is_no_part_of_the_tests_name(tmp_path: Path) -> None:
    got = relations(tmp_path, "The diagnosis is based on clinical findings and confirmed by "
                    "biopsy.", "Diagnosis")
    assert (T, "diagnosed_by", "biopsy") in got
    assert not {x for x in got if "confirmed" in x[2]}
