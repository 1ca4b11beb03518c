"""Sentence wordings read in session 32, from own-words batteries about shares of cases,
causes and care.  Every sentence is our own, about the made-up grebble fever."""

from __future__ import annotations

from pathlib import Path

import pytest

from .grebble_pages import page_claims, relations

T = "grebble fever"


@pytest.mark.parametrize(("sentence", "factor", "predicate"), [
    ("Up to 25% of cases follow a minor cut.", "minor cut", "increases_risk_of"),
    ("Up to 25% of cases are caused by a minor cut.", "minor cut", "causes"),
    ("More than 10% of cases develop after a minor cut.", "minor cut", "increases_risk_of"),
])
def test_a_share_of_cases_is_the_topic(tmp_path: Path, sentence: str, factor: str,
                                       predicate: str) -> None:
    """"Up to 25 % of cases" are the topic's cases, counted: the cause goes with the topic
    (the side was cut at "to" and read as "up")."""
    got = relations(tmp_path, sentence, heading="Causes")
    assert (factor, predicate, T) in got
    assert not any(o.lower() in ("up", "more") for s, p, o in got)


def test_a_cause_of_a_share_of_cases(tmp_path: Path) -> None:
    """"X causes 5-10 % of cases, while Y causes most of the rest": X causes the topic, and
    "the rest" names nothing (it was an object, "rest")."""
    got = relations(tmp_path, "Zorb strains cause 5-10% of cases, while plinth strains cause "
                              "most of the rest.", heading="Causes")
    assert ("zorb strains", "causes", T) in got
    assert not any(o in ("rest", "5-10% of cases") for s, p, o in got)


def test_cases_linked_to_a_factor_name_no_patients_state(tmp_path: Path) -> None:
    """"About half of cases are linked to X": X goes with the topic; "linked to X" is no
    state the patients have."""
    got = relations(tmp_path, "About half of cases are linked to tampering with wounds.",
                    heading="Causes")
    assert ("tampering with wounds", "associated_with", T) in got
    assert not any(s.startswith("linked") for s, p, o in got)


def test_a_share_of_patients_with_a_state_still_raises_the_risk(tmp_path: Path) -> None:
    """The lookahead above leaves states alone: "are smokers" is what they are."""
    got = relations(tmp_path, "About half of patients are smokers.", heading="Risk factors")
    assert any(p == "increases_risk_of" and "smok" in s for s, p, o in got)


@pytest.mark.parametrize(("sentence", "cause", "what"), [
    ("Zorb bacteria are responsible for around 50% of cases.", "zorb bacteria", T),
    ("Zorb bacteria are responsible for grebble fever.", "zorb bacteria", T),
    ("Plinth toxins are responsible for the rash.", "plinth toxins", "rash"),
])
def test_what_is_responsible_for_it_causes_it(tmp_path: Path, sentence: str, cause: str,
                                              what: str) -> None:
    """"X is responsible for Y" (or for a share of its cases) says X causes Y."""
    assert (cause, "causes", what) in relations(tmp_path, sentence, heading="Causes")


@pytest.mark.parametrize("sentence", [
    "The immune system is responsible for fighting infections.",
    "Your doctor is responsible for your care.",
])
def test_a_duty_or_a_job_causes_nothing(tmp_path: Path, sentence: str) -> None:
    """A person's duty or an act ("responsible for fighting") is no cause."""
    got = relations(tmp_path, sentence, heading="Causes")
    assert not any(p == "causes" for s, p, o in got)


@pytest.mark.parametrize(("sentence", "tests"), [
    ("A biopsy of the skin or lymph node is often needed.",
     {"biopsy of the skin", "biopsy of the lymph node"}),
    ("Cultures of blood and wound fluid should be taken.",
     {"blood culture", "wound fluid culture"}),
])
def test_a_test_of_two_parts_names_two_tests(tmp_path: Path, sentence: str,
                                             tests: set[str]) -> None:
    """"A biopsy of the skin or lymph node": the lymph node's biopsy too (it was read as the
    bare part, "lymph node", a test of nothing)."""
    got = relations(tmp_path, sentence, heading="Diagnosis")
    assert {o for s, p, o in got if p == "diagnosed_by"} == tests


def test_a_test_of_a_part_and_a_test_of_its_own(tmp_path: Path) -> None:
    """A member naming its own test keeps its name."""
    got = relations(tmp_path, "A biopsy of the skin and a chest X-ray are often needed.",
                    heading="Diagnosis")
    assert {o for s, p, o in got if p == "diagnosed_by"} == {"biopsy of the skin",
                                                            "chest x-ray"}


@pytest.mark.parametrize(("sentence", "heading", "claim"), [
    ("People with grebble fever should have surgery.", "Treatment",
     ("surgery", "used_for", T)),
    ("People with grebble fever should have an eye exam.", "Diagnosis",
     (T, "diagnosed_by", "eye exam")),
    ("Everyone with grebble fever should have antibiotics.", "Treatment",
     ("antibiotics", "used_for", T)),
])
def test_what_people_with_it_should_have_is_care(tmp_path: Path, sentence: str, heading: str,
                                                 claim: tuple[str, str, str]) -> None:
    """"People with it should have X" advises care (it was read as a sign, "surgery")."""
    got = relations(tmp_path, sentence, heading=heading)
    assert claim in got
    assert not any(p == "has_symptom" for s, p, o in got)


@pytest.mark.parametrize(("sentence", "heading", "claim"), [
    ("Zorbulin is recommended for everyone diagnosed with grebble fever.", "Treatment",
     ("zorbulin", "used_for", T)),
    ("An eye exam is recommended for everyone diagnosed with grebble fever.", "Diagnosis",
     (T, "diagnosed_by", "eye exam")),
])
def test_everyone_diagnosed_with_it_are_its_patients(tmp_path: Path, sentence: str,
                                                     heading: str,
                                                     claim: tuple[str, str, str]) -> None:
    """"for everyone diagnosed with it": its patients, and "diagnosed" names who, not a
    test (the remedy was read as a test of it, the people as what it was for)."""
    got = relations(tmp_path, sentence, heading=heading)
    assert claim in got
    assert not any("everyone" in o for s, p, o in got)


@pytest.mark.parametrize("sentence", [
    "Bronchoscopy allows samples to be taken.",
    "A bronchoscopy lets doctors take samples from the lungs.",
])
def test_a_test_by_the_samples_it_allows(tmp_path: Path, sentence: str) -> None:
    """A procedure that lets samples be taken is a test (read as "bronchoscopy allows
    samples", or not at all)."""
    got = relations(tmp_path, sentence, heading="Diagnosis")
    assert {o for s, p, o in got if p == "diagnosed_by"} == {"bronchoscopy"}


@pytest.mark.parametrize(("sentence", "factor"), [
    ("Immunosuppression, whether from medication or disease, is a major risk factor.",
     "immunosuppression"),
    ("Trauma, even minor, is the most common precipitating event.", "trauma"),
    ("Obesity was identified as an independent risk factor.", "obesity"),
    ("It is more likely to affect people who have had a recent operation.", "recent operation"),
    ("People of Plinthian descent are affected more often.", "plinthian ancestry"),
    ("It often develops at the site of a recent injury.", "recent injury"),
])
def test_risk_wordings_of_clinical_pages(tmp_path: Path, sentence: str, factor: str) -> None:
    """Risk factors said with an aside after the subject, as a precipitating event, as
    identified by a study, by whom it is likelier to affect, by people of a descent, and by
    where it develops (each gave nothing, or "affect people" as a harm)."""
    got = relations(tmp_path, sentence, heading="Risk factors")
    assert (factor, "increases_risk_of", T) in got
    assert not any(p == "has_complication" for s, p, o in got)


def test_where_germs_live_is_no_site_of_the_illness(tmp_path: Path) -> None:
    """"Germs that live on the skin can get into a wound": the skin is their home (it was
    read as a part the illness affects); the wound is the way in."""
    got = relations(tmp_path, "Germs that live on the skin can get into a wound.",
                    heading="Causes")
    assert not any(p == "affects" for s, p, o in got)
    assert ("wound", "increases_risk_of", T) in got


def test_a_sign_at_the_site_of_a_wound_is_no_risk(tmp_path: Path) -> None:
    """Only the topic developing at a site says the injury comes first."""
    got = relations(tmp_path, "Pain develops at the site of the wound.", heading="Symptoms")
    assert not any(p == "increases_risk_of" for s, p, o in got)


_ILLNESSES = {"diabetes", "obesity", "kidney failure", "chronic liver disease", "cancer"}


@pytest.mark.parametrize("verb", [
    "may complicate", "may accompany", "can coexist with", "may develop in the setting of",
    "may arise in", "may be seen in", "may be a complication of",
])
def test_the_illnesses_it_comes_with(tmp_path: Path, verb: str) -> None:
    """"It may complicate A, B or C" and its kin, under a risk heading: each illness goes
    with the topic (risk family); none of these wordings gave a claim."""
    got = relations(tmp_path, f"Grebble fever {verb} diabetes, obesity, kidney failure, "
                              "chronic liver disease, or cancer.", heading="Risk factors")
    assert {s for s, p, o in got if o == T and p in ("associated_with", "increases_risk_of")} \
        == _ILLNESSES


@pytest.mark.parametrize("sentence", [
    "Grebble fever usually arises in the skin of the legs.",
    "A rash may accompany a fever.",
])
def test_a_place_or_another_thing_coming_with_is_no_risk(tmp_path: Path, sentence: str) -> None:
    """"arises in the skin" outside a risk heading names a place; a rash coming with a
    fever says nothing of what the topic comes with."""
    got = relations(tmp_path, sentence, heading="Symptoms")
    assert not any(p in ("associated_with", "increases_risk_of") for s, p, o in got)


@pytest.mark.parametrize("sentence", [
    "Diabetes, obesity, kidney failure, or cancer may predispose.",
    "Diabetes, obesity, kidney failure, or cancer may predispose individuals.",
    "Factors which may predispose include diabetes, obesity, kidney failure, or cancer.",
])
def test_what_predisposes_with_the_topic_unsaid(tmp_path: Path, sentence: str) -> None:
    """"A or B may predispose." under risks: to the topic (nothing was read)."""
    got = relations(tmp_path, sentence, heading="Risk factors")
    assert {s for s, p, o in got if p == "increases_risk_of" and o == T} == {
        "diabetes", "obesity", "kidney failure", "cancer"}


def test_a_passive_predisposed_to_by_is_no_harm(tmp_path: Path) -> None:
    """"It may be predisposed to by A": A raises the risk (A was read as a harm of it)."""
    got = relations(tmp_path, "Grebble fever may be predisposed to by diabetes or cancer.",
                    heading="Risk factors")
    assert not any(p == "has_complication" for s, p, o in got)


def test_a_weak_immune_system_and_what_weakens_it(tmp_path: Path) -> None:
    """"A weakened immune system from A, B or C may predispose people to it": the state and
    each of A, B and C (the first was read as "weakened immune system from A")."""
    got = relations(tmp_path, "A weakened immune system from diabetes, kidney failure, or "
                              "cancer may predispose people to grebble fever.",
                    heading="Risk factors")
    assert {s for s, p, o in got if p == "increases_risk_of" and o == T} == {
        "weakened immune system", "diabetes", "kidney failure", "cancer"}


def test_keeping_to_rules_follows_nothing(tmp_path: Path) -> None:
    """"Hospitals follow strict hygiene rules to prevent spread": the rules prevent it, and
    "follow" keeps to them (the rules were read as coming before hospitals)."""
    got = relations(tmp_path, "Hospitals follow strict hygiene rules to prevent spread.",
                    heading="Prevention")
    assert not any(p == "increases_risk_of" for s, p, o in got)
    assert ("strict hygiene rules", "prevents", T) in got


def test_what_it_follows_is_still_read(tmp_path: Path) -> None:
    """The lookahead above leaves a real "follows" alone."""
    assert ("minor wound", "increases_risk_of", T) in relations(
        tmp_path, "The illness often follows a minor wound.", heading="Causes")


@pytest.mark.parametrize(("sentence", "denied"), [
    ("Most cases cannot be prevented.", True),
    ("Some cases cannot be prevented.", False),
])
def test_most_cases_not_preventable(tmp_path: Path, sentence: str, denied: bool) -> None:
    """"Most cases cannot be prevented" denies prevention as a class; "some cases" does not
    say it of the illness."""
    cs = page_claims(tmp_path, f"Prevention\n{sentence}")
    got = [c for c in cs.claims if c.evidence.rule == "not-preventable"]
    assert bool(got) == denied
    assert all(c.negated for c in got)


@pytest.mark.parametrize(("sentence", "claim", "negated"), [
    ("Most patients respond well to steroids.", ("steroids", "effective_for", T), False),
    ("People with grebble fever usually respond well to steroids.",
     ("steroids", "effective_for", T), False),
    ("Most patients respond poorly to zorbicillin.", ("zorbicillin", "effective_for", T), True),
    ("The fever responds poorly to paracetamol.", ("paracetamol", "effective_for", "fever"),
     True),
])
def test_what_patients_respond_to(tmp_path: Path, sentence: str,
                                  claim: tuple[str, str, str], negated: bool) -> None:
    """People who have it responding to a remedy say the remedy works on it ("patients" were
    the thing it worked on, so nothing was said); "poorly" denies it."""
    cs = page_claims(tmp_path, f"Treatment\n{sentence}")
    got = {(cs.label(c.subject), c.predicate, cs.label(c.object)): c.negated
           for c in cs.claims if c.object is not None}
    assert got.get(claim) is negated


@pytest.mark.parametrize("sentence", [
    "Some people do not respond to steroids.",
    "Patients with kidney failure respond poorly to zorbicillin.",
])
def test_a_part_or_another_group_responding_says_nothing(tmp_path: Path, sentence: str) -> None:
    """Some people not responding is no verdict on the remedy; patients with another illness
    respond for that illness."""
    got = relations(tmp_path, sentence, heading="Treatment")
    assert not any(p == "effective_for" for s, p, o in got)


def test_an_important_first_step_of_care(tmp_path: Path) -> None:
    """"Removing the source is an important first step" under treatment is care; elsewhere
    "the first step" names no sign ("Knowing the signs is the first step" gave one)."""
    assert ("removal of tampon", "used_for", T) in relations(
        tmp_path, "Removing the tampon is an important first step.", heading="Treatment")
    assert not relations(tmp_path, "Knowing the signs is the first step.", heading="About") - {
        (T, "is_a", "rare illness")}


@pytest.mark.parametrize(("sentence", "heading", "predicate", "members"), [
    ("Heart problems may develop, including an enlarged heart and heart failure.",
     "Complications", "has_complication", {"heart problems", "enlarged heart", "heart failure"}),
    ("Skin changes may occur, such as redness and peeling.", "Symptoms", "has_symptom",
     {"skin changes", "skin redness", "peeling"}),
])
def test_examples_after_the_verb(tmp_path: Path, sentence: str, heading: str, predicate: str,
                                 members: set[str]) -> None:
    """"X may develop, including A and B": A and B are named too (only X was read), a bare
    state taking the class's part ("skin changes, such as redness": skin redness)."""
    got = relations(tmp_path, sentence, heading=heading)
    assert {o for s, p, o in got if p == predicate and s == T} == members


def test_organs_harmed_by_its_toxins(tmp_path: Path) -> None:
    """"Toxins released by the germs can damage organs such as the kidneys and liver": on
    its page, each organ's damage is a harm it brings (the toxins' maker hid the agent)."""
    got = relations(tmp_path, "Toxins released by the germs can damage organs such as the "
                              "kidneys and liver.", heading="Complications")
    assert {(T, "has_complication", "kidney damage"),
            (T, "has_complication", "liver damage")} <= got


@pytest.mark.parametrize(("sentence", "heading", "predicate", "members"), [
    ("Kidney failure and shock are the most serious.", "Complications", "has_complication",
     {"kidney failure", "shock"}),
    ("The most serious are kidney failure and shock.", "Complications", "has_complication",
     {"kidney failure", "shock"}),
    ("The main ones are antibiotics and surgery.", "Treatment", "used_for",
     {"antibiotics", "surgery"}),
    ("The most important is diabetes.", "Risk factors", "increases_risk_of", {"diabetes"}),
])
def test_the_most_serious_are_items_of_the_section(tmp_path: Path, sentence: str, heading: str,
                                                   predicate: str, members: set[str]) -> None:
    """"The most serious are A and B" under a typed heading lists items of its class, left
    unsaid (nothing was read)."""
    got = relations(tmp_path, sentence, heading=heading)
    assert {o if s == T else s for s, p, o in got if p == predicate} == members


def test_a_pronoun_that_is_the_most_common_names_nothing(tmp_path: Path) -> None:
    """"It is the most common." names no item."""
    got = relations(tmp_path, "It is the most common.", heading="Symptoms")
    assert not any(p == "has_symptom" for s, p, o in got)


def test_a_heading_run_into_its_paragraph(tmp_path: Path) -> None:
    """"Prevention - Keep wounds clean." and "Diagnosis. A biopsy confirms it." open their own
    sections (the text went on under the heading before: "prevention" was read as a
    complication, the biopsy as a test under complications)."""
    cs = page_claims(tmp_path, "Complications\nKidney failure is a complication.\n\n"
                               "Diagnosis. A skin biopsy confirms it.\n\n"
                               "Prevention - Keep wounds clean. Wash hands often.")
    got = {(cs.label(c.subject), c.predicate, cs.label(c.object), c.evidence.section)
           for c in cs.claims if c.object is not None}
    assert (T, "diagnosed_by", "skin biopsy", "Diagnosis") in got
    assert any(p == "prevents" and sec == "Prevention" for s, p, o, sec in got)
    assert not any(o == "prevention" for s, p, o, sec in got)


def test_a_sentence_is_no_run_in_heading(tmp_path: Path) -> None:
    """"Grebble fever can't be prevented. Most ..." is a sentence: it stays one, and is read."""
    cs = page_claims(tmp_path, "About\nGrebble fever can't be prevented. Most people recover.")
    assert any(c.evidence.rule == "not-preventable" for c in cs.claims)


def test_a_clause_after_and_has_its_own_subject(tmp_path: Path) -> None:
    """"A scan may show gas under the skin, and a sample of tissue can confirm it": the gas is
    what the scan shows, no test (it was read as one, with the sample)."""
    got = relations(tmp_path, "A CT scan may show gas under the skin, and a sample of tissue "
                              "can confirm which germ is the cause.", heading="Diagnosis")
    assert {o for s, p, o in got if p == "diagnosed_by"} == {"CT scan", "tissue sample"}


def test_a_flat_list_with_dashes_is_no_run_in_heading(tmp_path: Path) -> None:
    """"A blood test - A chest X-ray - A skin biopsy" is one list flattened, not a heading."""
    got = relations(tmp_path, "A blood test - A chest X-ray - A skin biopsy",
                    heading="Diagnosis")
    assert {"blood test", "chest x-ray", "skin biopsy"} <= {o for s, p, o in got
                                                           if p == "diagnosed_by"}


@pytest.mark.parametrize("body", [
    "Psoriasis, eczema, and fungal infection should be considered.",
    "Psoriasis\nEczema\nFungal infection",
])
def test_what_a_differential_diagnosis_heading_lists(tmp_path: Path, body: str) -> None:
    """Under "Differential diagnosis" the illnesses named are what it can be taken for, not
    its tests (the heading was typed as diagnosis; bare lines and "should be considered"
    gave nothing)."""
    got = relations(tmp_path, body, heading="Differential Diagnosis")
    assert {o for s, p, o in got if p == "resembles"} == {"psoriasis", "eczema",
                                                          "fungal infection"}
    assert not any(p == "diagnosed_by" for s, p, o in got)


def test_what_should_be_considered_elsewhere_is_no_look_alike(tmp_path: Path) -> None:
    """"Surgery should be considered" under treatment is care."""
    got = relations(tmp_path, "Surgery should be considered.", heading="Treatment")
    assert not any(p == "resembles" for s, p, o in got)


@pytest.mark.parametrize(("sentence", "remedy"), [
    ("Topical corticosteroids are first-line.", "topical corticosteroids"),
    ("Methotrexate is second-line, and surgery is rarely needed.", "methotrexate"),
    ("Antibiotics remain the mainstay.", "antibiotics"),
])
def test_first_line_with_the_class_unsaid(tmp_path: Path, sentence: str, remedy: str) -> None:
    """"X is first-line." under treatment: X treats it (only "first-line therapy" was read)."""
    assert (remedy, "used_for", T) in relations(tmp_path, sentence, heading="Treatment")


def test_causes_that_have_all_been_proposed(tmp_path: Path) -> None:
    """"A, B and C have all been proposed" under causes: each, hedged (only A was read)."""
    cs = page_claims(tmp_path, "Etiology\nGenetic predisposition, prior viral infection, and "
                               "exposure to zorb dust have all been proposed.")
    got = {cs.label(c.subject): c.hedged for c in cs.claims
           if c.predicate == "increases_risk_of" and c.object is not None}
    assert got == {"genetic predisposition": True, "prior viral infection": True,
                   "exposure to zorb dust": True}


@pytest.mark.parametrize(("body", "heading", "claims"), [
    ("Use insect repellent and sleep under a net.", "Prevention",
     {("insect repellent", "prevents", T), ("sleeping under a net", "prevents", T)}),
    ("A germ called zorbus, which is spread by mosquito bites.", "What causes it?",
     {("zorbus", "contributes_to", T)}),
    ("With rest and plenty of fluids.", "How is it treated?",
     {("rest", "used_for", T), ("fluids", "used_for", T)}),
    ("Painkillers such as paracetamol help with the pain.", "How is it treated?",
     {("painkillers", "effective_for", "pain"), ("paracetamol", "effective_for", "pain")}),
])
def test_a_patient_leaflet_answers(tmp_path: Path, body: str, heading: str,
                                   claims: set[tuple[str, str, str]]) -> None:
    """Answers as a leaflet writes them: two commands ("sleep" starts the second), a named
    germ with a clause about it, two remedies after "with" ("rest and fluids" was read as
    one act, "resting and plenty of fluids"), and what a remedy helps with (read as a list
    item, "paracetamol help with the pain")."""
    got = relations(tmp_path, body, heading=heading)
    assert claims <= got
    assert not any(" help" in s or s.startswith("resting") for s, p, o in got)


def test_a_share_of_cases_after_but(tmp_path: Path) -> None:
    """"But in about 2% of cases the heart is affected": how often the heart is involved (the
    lead "But" hid the "in N % of cases" frame, and the figure went to the illness)."""
    cs = page_claims(tmp_path, "Complications\nMost people recover. But in about 2% of cases "
                               "the heart is affected.")
    got = {(cs.label(c.subject), c.measure.kind) for c in cs.claims if c.measure is not None}
    assert ("heart involvement", "frequency") in got
    assert (T, "frequency") not in got


@pytest.mark.parametrize(("sentence", "population"), [
    ("The death rate in people aged 50 to 69 is 5%.", "people aged 50 to 69"),
    ("The death rate in people aged 70 and over is 20%.", "people aged 70 and over"),
    ("The death rate in people aged under 50 is 1%.", "people aged under 50"),
])
def test_a_rate_in_people_of_an_age(tmp_path: Path, sentence: str, population: str) -> None:
    """The ages that name a rate's group are its population (the rate lost its kind to an
    age range, and the range was read as an age of onset; a bound alone keeps its age
    figure, as the pages' age claims are read)."""
    cs = page_claims(tmp_path, f"Outlook\n{sentence}")
    got = [(c.measure.kind, c.measure.population, c.measure.bound.value)
           for c in cs.claims if c.measure is not None]
    assert ("mortality", population, "exact") in got
    assert not any(kind == "age" and bound == "range" for kind, pop, bound in got)


def test_a_table_of_rates_by_group(tmp_path: Path) -> None:
    """A Markdown table "Age group | Death rate" gives one death rate per group (its header
    was taken for a heading, and the groups for things with a frequency)."""
    cs = page_claims(tmp_path, "Outcomes by age\n| Age group | Death rate |\n|---|---|\n"
                               "| Under 50 | 1% |\n| 50 to 69 | 5% |\n| 70 and over | 20% |\n")
    got = sorted((c.measure.population or "", c.measure.kind, c.measure.value)
                 for c in cs.claims if c.measure is not None and c.measure.kind != "age")
    assert got == [("people aged 50 to 69", "mortality", 0.05),
                   ("people aged 70 and over", "mortality", 0.2),
                   ("people aged under 50", "mortality", 0.01)]


def test_linked_to_a_worse_outcome(tmp_path: Path) -> None:
    """"Delayed treatment is linked to a worse outcome": the delay foretells a poor outlook
    (only "associated with" was read)."""
    assert ("delayed treatment", "increases_risk_of", "poor prognosis") in relations(
        tmp_path, "Delayed treatment is linked to a worse outcome.", heading="Prognosis")


def test_people_who_need_a_remedy(tmp_path: Path) -> None:
    """"People who need dialysis are at higher risk": the need names the factor (it was
    read as "need dialysis" or not at all)."""
    assert ("dialysis", "increases_risk_of", T) in relations(
        tmp_path, "People who need dialysis are at higher risk.", heading="Risk factors")


def test_a_heart_rate_is_no_heart(tmp_path: Path) -> None:
    """"a fast heart rate" names a measure, not the heart as a part it reaches."""
    got = relations(tmp_path, "Low blood pressure and a fast heart rate suggest shock.",
                    heading="Clinical features")
    assert (T, "affects", "heart") not in got


@pytest.mark.parametrize("sentence", ["The skin may become hard.",
                                      "The skin may feel hard and wooden."])
def test_skin_that_turns_hard(tmp_path: Path, sentence: str) -> None:
    """"The skin may feel hard" is a sign, skin hardening (only the skin was read, as a
    site)."""
    assert (T, "has_symptom", "skin hardening") in relations(tmp_path, sentence,
                                                             heading="Symptoms")


@pytest.mark.parametrize(("sentence", "remedies"), [
    ("Zorbicillin failed to improve outcomes in trials.", {"zorbicillin"}),
    ("Neither steroids nor antivirals shorten the illness.", {"steroids", "antivirals"}),
])
def test_remedies_said_not_to_work(tmp_path: Path, sentence: str, remedies: set[str]) -> None:
    """"X failed to improve outcomes" and "Neither A nor B shorten it" deny that each works
    (the first gave nothing, the second one remedy named "neither steroids nor antivirals")."""
    cs = page_claims(tmp_path, f"Treatment\n{sentence}")
    got = {cs.label(c.subject): c.negated for c in cs.claims if c.predicate == "effective_for"}
    assert got == dict.fromkeys(remedies, True)
