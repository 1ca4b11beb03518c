"""Risk prose read more widely (session 18): a kind word in the plural, "have had", an aside
between the subject and its verb, reports of a link, "cases have followed", and an age said
as a state.  Every sentence is our own, about the made-up grebble fever."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.ingest.factor_clauses import clause_factor

from .grebble_pages import relations

T = "grebble fever"
RISK = "increases_risk_of"


@pytest.mark.parametrize(("sentence", "factors"), [
    # The page defines the topic as "an illness": "illnesses" are others, not the topic.
    ("Chronic illnesses predispose people to grebble fever.", {"chronic illnesses"}),
    ("Chronic illnesses increase the risk of grebble fever.", {"chronic illnesses"}),
    ("You are at higher risk if you have had recent surgery.", {"recent surgery"}),
    ("You are at higher risk if you've had marsh pox.", {"marsh pox"}),
    ("Blunt trauma, even without a cut, may predispose to the infection.", {"blunt trauma"}),
    ("Zorbulin has been suggested to predispose to more severe infection.", {"zorbulin"}),
    ("Cases have followed childbirth, marsh pox and minor injuries.",
     {"childbirth", "marsh pox", "minor injuries"}),
    ("Being older than 50 predisposes you to it.", {"older age"}),
])
def test_a_risk_factor_said_in_prose(tmp_path: Path, sentence: str, factors: set[str]) -> None:
    got = relations(tmp_path, sentence, "Risk factors")
    assert {(f, RISK, T) for f in factors} <= got


def test_the_kind_word_alone_still_names_the_topic(tmp_path: Path) -> None:
    """"The chronic illness can cause scarring": the page's illness, said with its course."""
    got = relations(tmp_path, "The chronic illness can cause scarring.", "Complications")
    assert (T, "has_complication", "scarring") in got


@pytest.mark.parametrize(("member", "factor"), [
    ("being older than 50", "older age"),
    ("being over 65", "older age"),
    ("being aged over 60 years", "older age"),
    ("being overweight", "being overweight"),
])
def test_an_age_said_as_a_state(member: str, factor: str) -> None:
    assert clause_factor(member) == factor


def test_rarely_affecting_a_group_is_no_risk(tmp_path: Path) -> None:
    """"It rarely affects children" says who seldom gets it; "usually affects" still names
    who does."""
    rarely = relations(tmp_path, "It rarely affects children.", "Who gets it")
    assert not {x for x in rarely if x[1] == RISK}
    usually = relations(tmp_path, "It usually affects children.", "Who gets it")
    assert {x for x in usually if x[1] == RISK}


@pytest.mark.parametrize(("sentence", "family", "named", "not_named"), [
    # A class word before its examples names nothing of its own: the examples are the tests.
    ("Doctors diagnose grebble fever using a combination of methods, such as a skin swab, "
     "blood tests and scans.", "diagnosed_by", {"skin swab", "blood tests"}, "methods"),
    ("It is often diagnosed based on simple measurements such as your pulse and a blood test.",
     "diagnosed_by", {"pulse", "blood test"}, "simple measurements"),
    # The clause "when organs fail" says when, and names no treatment.
    ("In severe cases when organs fail, life support such as a breathing machine or dialysis "
     "may be needed.", "used_for", {"life support", "dialysis"}, "organs fail"),
    # How it is caught, after "it,", is nothing it causes.
    ("Germs cause it, most often through a wound.", "causes", {"germs"}, "through a wound"),
])
def test_what_a_side_names(tmp_path: Path, sentence: str, family: str, named: set[str],
                           not_named: str) -> None:
    got = relations(tmp_path, sentence, "Diagnosis and treatment")
    sides = {x[0] if x[2] == T else x[2] for x in got if x[1] == family}
    assert named <= sides
    assert not_named not in sides


def test_a_reason_after_a_word_about_the_sentence(tmp_path: Path) -> None:
    """"However, X should not be taken because it raises the risk of bleeding": X raises it,
    not the illness."""
    got = relations(tmp_path, "However, zorbulin should not be taken because it can increase "
                              "the risk of bleeding.", "Treatment")
    assert ("zorbulin", RISK, "bleeding") in got
    assert (T, "has_complication", "bleeding") not in got


def test_people_who_get_something_else_have_no_risk_of_the_illness(tmp_path: Path) -> None:
    got = relations(tmp_path, "People with diabetes may get a serious form of arthritis.",
                    "Causes")
    assert ("diabetes", RISK, T) not in got


@pytest.mark.parametrize("sentence", [
    "A doctor can usually tell it is grebble fever by looking at the rash.",
    "Doctors diagnose it by examining the skin.",
    "Your GP will ask about your symptoms and examine your skin.",
])
def test_a_doctor_looking_is_a_physical_examination(tmp_path: Path, sentence: str) -> None:
    got = relations(tmp_path, sentence, "Diagnosis")
    assert (T, "diagnosed_by", "physical examination") in got
    assert not {x for x in got if x[1] == "diagnosed_by" and x[2] in ("skin", "rash")}


@pytest.mark.parametrize("sentence", [
    "Steroids can speed up recovery.",
    "Zorbulin can speed up your recovery from grebble fever.",
    "Zorbulin reduces the length of the illness.",
])
def test_speeding_recovery_is_working(tmp_path: Path, sentence: str) -> None:
    """The issue's "speeds recovery": the remedy works for the illness, and targets no
    'recovery' of its own."""
    got = relations(tmp_path, sentence, "Treatment")
    assert {x for x in got if x[1] == "effective_for" and x[2] == T}
    assert not {x for x in got if x[1] == "targets"}


def test_no_involvement_is_no_organ(tmp_path: Path) -> None:
    got = relations(tmp_path, "There is no renal involvement.", "Overview")
    assert (T, "affects", "kidneys") not in got


# (heading, sentence, claims it must give): each a wording read wrongly or not at all before.
_READS: list[tuple[str, str, set[tuple[str, str, str]]]] = [
    ("Prevention", "Prevention is best achieved by good hygiene.",
     {("good hygiene", "prevents", T)}),
    # "They", opening a section on who gets it: the illness's cases, so its risk factors.
    ("Who gets grebble fever?", "They are more common in people aged over 40 and in people who "
     "are obese.", {("older age", RISK, T), ("obesity", RISK, T)}),
    # People who get a graver form of it have a risk factor of it.
    ("Causes", "People with a weak immune system may get a more serious form of the illness.",
     {("weak immune system", RISK, T)}),
    ("Causes", "People with a weak immune system may get a severe infection.",
     {("weak immune system", RISK, T)}),
    ("Risk factors", "Alcoholism and malnutrition are common comorbidities.",
     {("alcoholism", RISK, T), ("malnutrition", RISK, T)}),
    ("Risk factors", "Diabetes and liver disease are common underlying conditions.",
     {("diabetes", RISK, T), ("liver disease", RISK, T)}),
    # The body overreacting is its defences doing so.
    ("What happens", "It happens when the body overreacts to an infection.",
     {(T, "involves", "abnormal immune response")}),
    ("What happens", "The body reacts too strongly to the germ.",
     {(T, "involves", "abnormal immune response")}),
    # An organ's involvement is where the illness reaches.
    ("Overview", "Pulmonary involvement occurs in over 90% of patients.",
     {(T, "affects", "lungs")}),
    ("Overview", "Cardiac involvement is rare but serious.", {(T, "affects", "heart")}),
    # A relation phrase that runs across "but" keeps the words after it: the list.
    ("Signs", "Symptoms vary but often include fatigue and fever.",
     {(T, "has_symptom", "fatigue"), (T, "has_symptom", "fever")}),
    ("Signs", "Symptoms vary from person to person but often include fatigue.",
     {(T, "has_symptom", "fatigue")}),
    ("Signs", "Symptoms vary, but may include fatigue.", {(T, "has_symptom", "fatigue")}),
    ("Diagnosis", "Diagnosis requires a biopsy.", {(T, "diagnosed_by", "biopsy")}),
    # Clinical treatment wordings: a remedy that showed benefit works; "adjunctive" and
    # "empiric" say how a remedy is given, not another remedy.
    ("Treatment", "Zorbulin has shown benefit in severe disease.",
     {("zorbulin", "effective_for", T)}),
    ("Treatment", "Adjunctive zorbulin is recommended to suppress toxin production.",
     {("zorbulin", "used_for", T), ("zorbulin", "targets", "toxin production")}),
    ("Treatment", "Empiric antibiotics should be started immediately.",
     {("antibiotics", "used_for", T)}),
    # Its spread, reduced, is the illness prevented.
    ("Prevention", "Good hand hygiene reduces transmission.",
     {("good hand hygiene", "prevents", T)}),
    ("Prevention", "Washing hands reduces the spread of the infection.",
     {("washing hands", "prevents", T)}),
    # The contact it spreads by, not the person it is with.
    ("How you get it", "You can catch it from close contact with someone who has it.",
     {("close contact", RISK, T)}),
    ("Clinical features", "The hallmark is pain out of proportion to findings.",
     {(T, "has_symptom", "pain out of proportion to findings")}),
    # The usual member of a cause's class, named after the topic, causes it too; how it is
    # caught, after the comma, is no thing it causes.
    ("Causes", "Several types of bacteria can cause it, most often streptococci.",
     {("bacteria", "causes", T), ("streptococci", "causes", T)}),
    ("Causes", "Germs cause it, most often through a wound.", {("germs", "causes", T)}),
    # "Sequelae" are what it leaves behind.
    ("Complications", "Sequelae may include limb loss and disfigurement.",
     {(T, "has_complication", "limb loss"), (T, "has_complication", "disfigurement")}),
    # When a sign comes, said after it, leaves the parts it shares with the next one.
    ("Signs", "Patients may develop peeling of the hands and feet 1-2 weeks after onset.",
     {(T, "has_symptom", "hand peeling"), (T, "has_symptom", "foot peeling")}),
    ("Diagnosis", "A firm diagnosis usually relies on a skin swab and blood tests.",
     {(T, "diagnosed_by", "skin swab"), (T, "diagnosed_by", "blood tests")}),
]


@pytest.mark.parametrize(("heading", "sentence", "claims"), _READS)
def test_a_wording_read(tmp_path: Path, heading: str, sentence: str,
                        claims: set[tuple[str, str, str]]) -> None:
    assert claims <= relations(tmp_path, sentence, heading)


@pytest.mark.parametrize(("sentence", "word"), [
    ("Zorbulin showed benefit in a small trial.", "trial"),
    ("All patients receive zorbulin.", "receive"),
])
def test_a_sentence_under_care_is_no_item_name(tmp_path: Path, sentence: str,
                                               word: str) -> None:
    """A sentence alone under a heading of care ("Zorbulin showed benefit in a small trial.")
    is a sentence, not the name of a remedy in a list."""
    got = relations(tmp_path, sentence, "Treatment")
    assert not {x for x in got if word in x[0]}


def test_prophylaxis_prevents(tmp_path: Path) -> None:
    """"Prophylaxis with X is recommended": X is given to prevent it; "prophylactic X is not
    recommended" advises against a use, and denies nothing of what X does."""
    got = relations(tmp_path, "Prophylaxis with zorbulin is recommended for household "
                              "contacts.", "Prevention")
    assert ("zorbulin", "prevents", T) in got
    denied = relations(tmp_path, "Prophylactic zorbulin is not routinely recommended.",
                       "Prevention")
    assert ("zorbulin", "prevents", T) not in denied


def test_two_signs_said_common_are_two_signs(tmp_path: Path) -> None:
    """"Myalgia and vomiting are frequent": two signs, and no sign named "myalgia and
    vomiting"."""
    got = relations(tmp_path, "Myalgia and vomiting are frequent.", "Clinical features")
    assert {(T, "has_symptom", "myalgia"), (T, "has_symptom", "vomiting")} <= got
    assert not {x for x in got if " and " in x[2]}
