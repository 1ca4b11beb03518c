"""Sentence wordings and layouts read in session 41: wordings health pages use, written as
sentences of our own about the made-up grebble fever."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.ingest.sections import section_type

from .grebble_pages import page_claims, relations

T = "grebble fever"
AFFECTS = "affects"


@pytest.mark.parametrize(("sentence", "site"), [
    ("It is often due to an infection that starts in the lungs.", "lungs"),
    ("It is sometimes caused by an infection of the bladder.", "bladder"),
    ("Grebble fever can follow an infection in the throat.", "throat"),
])
def test_the_site_of_a_causing_infection_is_not_its_site(tmp_path: Path, sentence: str,
                                                         site: str) -> None:
    """The part where the infection that brings the illness on lies is that infection's
    place, not a part the illness affects (each had given "grebble fever affects lungs")."""
    rels = relations(tmp_path, sentence, heading="Causes")
    assert not any(p == AFFECTS and o.startswith(site.rstrip("s")) for _, p, o in rels), rels
    assert any(p != AFFECTS for _, p, _ in rels)  # the cause itself is still read


def test_a_site_the_illness_itself_reaches_stays(tmp_path: Path) -> None:
    """The same part after no causing infection is still the illness's site."""
    rels = relations(tmp_path, "Grebble fever is an infection of the skin and the fat under "
                               "it.", heading="Overview")
    assert (T, AFFECTS, "skin") in rels


def test_tests_that_rule_out_other_causes_are_tests(tmp_path: Path) -> None:
    """"Doctors will want to rule out other causes. They may use:" over an ECG and a lumbar
    puncture: the items are ways to find the illness (the word "causes" in the lead-in had
    made them causes of it)."""
    body = ("Doctors will want to rule out other causes. They may use:\n\n"
            "- a lumbar puncture\n- an ECG\n- an echocardiogram\n")
    rels = relations(tmp_path, body, heading="At the hospital")
    tests = {o for s, p, o in rels if s == T and p == "diagnosed_by"}
    assert {"lumbar puncture", "ECG", "echocardiogram"} <= tests
    assert not any(o == T and p in ("causes", "contributes_to", "increases_risk_of")
                   for _, p, o in rels)


def test_a_list_of_causes_under_ruling_out_nothing_stays_causes(tmp_path: Path) -> None:
    """A lead-in that names causes without ruling them out keeps its items causes."""
    body = "The most common causes are:\n\n- a lumbar puncture\n- an ECG\n- an echocardiogram\n"
    rels = relations(tmp_path, body, heading="Causes")
    assert not any(p == "diagnosed_by" for _, p, _ in rels)


@pytest.mark.parametrize(("item", "act"), [
    ("not sharing razors", "sharing razor avoidance"),
    ("do not share towels", "sharing towel avoidance"),
    ("don't pick at scabs", "avoiding picking at scabs"),
    ("never reuse needles", "reusing needle avoidance"),
    ("not scratching the rash", "avoiding scratching the rash"),
])
def test_a_prevention_item_said_as_not_doing_is_avoiding(tmp_path: Path, item: str,
                                                         act: str) -> None:
    """"- do not share towels" under ways to prevent it: avoiding that act prevents the
    illness, asserted (it had been a denial that sharing towels prevents it)."""
    cs = page_claims(tmp_path, "Prevention\n\nTo lower your risk of infection:\n\n"
                               f"- wash your hands\n- {item}\n")
    said = {(cs.label(c.subject), c.negated) for c in cs.claims
            if c.predicate == "prevents" and cs.label(c.object) == T}
    assert (act, False) in said, said
    assert not any(negated for _, negated in said)


def test_no_means_in_a_prevention_list_stays_denied(tmp_path: Path) -> None:
    """"- no vaccine" names no act to avoid: it still says there is no vaccine."""
    cs = page_claims(tmp_path, "Prevention\n\nWhat is known about preventing it:\n\n"
                               "- wash your hands\n- no vaccine is available\n")
    said = {(cs.label(c.subject), c.negated) for c in cs.claims if c.predicate == "prevents"}
    assert ("vaccine", True) in said, said


@pytest.mark.parametrize(("sentence", "vaccines"), [
    ("Vaccination against flu and chickenpox lowers the risk of grebble fever.",
     {"vaccination against flu", "vaccination against chickenpox"}),
    ("Vaccines for measles, mumps and rubella help prevent grebble fever.",
     {"vaccines for measles", "vaccines for mumps", "vaccines for rubella"}),
])
def test_each_illness_a_vaccine_guards_against_names_a_vaccine(tmp_path: Path, sentence: str,
                                                                vaccines: set[str]) -> None:
    """"Vaccination against flu and chickenpox": two vaccinations (the second illness had
    been named as what prevents grebble fever)."""
    rels = relations(tmp_path, sentence, heading="Prevention")
    prevent = {s for s, p, o in rels if p == "prevents" and o == T}
    assert vaccines <= prevent, prevent
    assert not prevent & {"chickenpox", "mumps", "rubella"}


@pytest.mark.parametrize(("sentence", "remedy"), [
    ("Patients are often started on steroids.", "steroids"),
    ("Your child may be put on a drip.", "drip"),
    ("In hospital, you may be put on a breathing machine.", "breathing machine"),
    ("If it is severe, patients need dialysis.", "dialysis"),
])
def test_care_people_are_put_on_treats_it(tmp_path: Path, sentence: str, remedy: str) -> None:
    """"started on X", "put on X", and a need said after a place or a condition ("In
    hospital, you may ..."): X is care for the illness (these gave nothing)."""
    rels = relations(tmp_path, sentence, heading="Treatment")
    assert (remedy, "used_for", T) in rels, rels


def test_a_clause_after_a_semicolon_is_no_remedy(tmp_path: Path) -> None:
    """"Not everyone needs treatment; many people get better on their own": no remedy is
    named (the clause after the semicolon had been read as one, denied: "people get
    better")."""
    rels = relations(tmp_path, "Not everyone needs treatment; many people get better on "
                               "their own.", heading="Treatment")
    assert not any(p == "used_for" for _, p, _ in rels), rels


def _measures(tmp_path: Path, sentence: str, heading: str) -> set[tuple[str, str, float]]:
    cs = page_claims(tmp_path, f"{heading}\n\n{sentence}\n")
    return {(cs.label(c.subject), c.measure.kind, round(c.measure.value or 0, 3))
            for c in cs.claims if c.measure is not None}


@pytest.mark.parametrize(("sentence", "want"), [
    # the verb agrees with "1": the children's share of all cases (it had been how often
    # grebble fever comes, among children)
    ("About 1 in 3 cases occurs in children under 5.", ("children under 5", "share", 0.333)),
    # what comes first, or the way in, after "In N of cases,": that cause's share of cases
    # (these had been a figure of grebble fever of no kind, or how often it comes)
    ("In 1 in 4 cases, the infection starts after surgery.", ("surgery", "share", 0.25)),
    ("In 60% of cases, the bacteria enter through a cut.", ("cut", "share", 0.6)),
    ("In 1 in 5 cases, it is caused by a virus.", ("virus", "share", 0.2)),
])
def test_shares_of_cases(tmp_path: Path, sentence: str, want: tuple[str, str, float]) -> None:
    assert want in _measures(tmp_path, sentence, "Causes")


def test_a_sign_that_starts_after_another_is_no_cause_share(tmp_path: Path) -> None:
    """"In 40% of cases, the rash starts after a fever": a sign's course, so no share of
    cases caused by fever."""
    got = _measures(tmp_path, "In 40% of cases, the rash starts after a fever.", "Symptoms")
    assert not any(kind == "share" for _, kind, _ in got), got


@pytest.mark.parametrize("sentence", [
    "It can happen in men, women and children of any age.",
    "It affects men, women and children.",
    "It is seen in people of all ages.",
])
def test_everyone_named_is_no_group_at_risk(tmp_path: Path, sentence: str) -> None:
    """Both sexes, with children or "of any age": everyone, so no factor raises the risk (the
    sexes, "young age" or "children of any age" had each been read as one)."""
    rels = relations(tmp_path, sentence, heading="Who gets it")
    assert not any(p == "increases_risk_of" for _, p, _ in rels), rels


def test_a_group_singled_out_beside_everyone_stays(tmp_path: Path) -> None:
    rels = relations(tmp_path, "It affects men, women and children with diabetes.",
                     heading="Who gets it")
    assert ("diabetes", "increases_risk_of", T) in rels


@pytest.mark.parametrize(("sentence", "ways"), [
    ("The infection typically begins at the site of a trauma, such as a cut or a surgical "
     "incision.", {"trauma", "cut", "surgical incision"}),
    ("It often starts at the site of a minor wound.", {"minor wound"}),
])
def test_where_the_infection_begins_is_its_way_in(tmp_path: Path, sentence: str,
                                                  ways: set[str]) -> None:
    """"The infection begins at the site of a trauma": the trauma is the way in, as "enters
    through a cut" is (the sentence gave nothing)."""
    rels = relations(tmp_path, sentence, heading="Causes")
    assert {s for s, p, o in rels if p == "increases_risk_of" and o == T} >= ways


def test_where_a_sign_starts_is_no_way_in(tmp_path: Path) -> None:
    rels = relations(tmp_path, "The rash starts at the site of the bite.", heading="Symptoms")
    assert not any(p == "increases_risk_of" for _, p, _ in rels), rels


@pytest.mark.parametrize(("sentence", "signs"), [
    ("There may be redness and swelling of the hands and feet.",
     {"hand redness", "hand swelling", "foot redness", "foot swelling"}),
    ("You may have pain and stiffness in the knees and hips.",
     {"knee pain", "knee stiffness", "hip pain", "hip stiffness"}),
])
def test_each_sign_at_each_part(tmp_path: Path, sentence: str, signs: set[str]) -> None:
    """Two signs at two parts: each sign at each part (they had been "redness and hand
    swelling" and "redness and foot swelling")."""
    rels = relations(tmp_path, sentence, heading="Symptoms")
    got = {o for s, p, o in rels if s == T and p == "has_symptom"}
    assert got == signs, got


@pytest.mark.parametrize(("heading", "kind"), [
    ("Laboratory criteria", "diagnosis"),
    ("Histologic findings", "diagnosis"),
    ("How doctors check for it", "diagnosis"),
    ("Treating the symptoms", "treatment"),
    ("Managing your symptoms", "treatment"),
    ("Symptoms and treatment", None),  # two kinds: none
    ("Will it come back?", "prognosis"),
    ("Can grebble fever recur?", "prognosis"),
    ("Getting better", "prognosis"),
    ("Can it be cured?", "treatment"),
    ("Is it curable?", "treatment"),
    # (a heading that asks whether it is contagious stays untyped: on a flat page its
    # "section" runs on over text of every kind, and typing it as risk read that text as
    # risks on a tune page)
    ("Are you contagious?", None),
])
def test_heading_kinds(heading: str, kind: str | None) -> None:
    """Headings of a case definition's tests, of tissue findings, and of care for the signs
    (the last had named two kinds, signs and care, so none)."""
    assert section_type(heading) == kind


def test_tests_under_laboratory_criteria_find_it(tmp_path: Path) -> None:
    rels = relations(tmp_path, "- a positive blood culture\n- a raised white cell count\n",
                     heading="Laboratory criteria")
    assert ("grebble fever", "diagnosed_by", "blood culture") in rels, rels


def test_a_thing_named_with_where_it_goes_causes_a_harm(tmp_path: Path) -> None:
    """"Toxins released into the blood lead to a sharp drop in blood pressure": the toxins
    (where they go is no part of their name) cause low blood pressure, a name the lexicon
    knows however the page words the drop (the pair had been dropped as two long names)."""
    rels = relations(tmp_path, "Toxins released into the blood lead to a sharp drop in blood "
                               "pressure.", heading="Overview")
    assert any(s == "toxin" and p == "causes" and "blood pressure" in o for s, p, o in rels)


@pytest.mark.parametrize(("sentence", "process"), [
    ("Grebble fever involves inflammation of the joints.", "inflammation of the joints"),
    ("It involves a build-up of fluid in the lungs.", "build-up of fluid in the lungs"),
])
def test_what_the_illness_involves_is_its_process(tmp_path: Path, sentence: str,
                                                  process: str) -> None:
    """"It involves X", said of the illness itself: X is part of how it works (it had given
    only the body site)."""
    rels = relations(tmp_path, sentence, heading="Overview")
    assert (T, "involves", process) in rels, rels


@pytest.mark.parametrize(("sentence", "heading"), [
    ("It usually involves the lungs and skin.", "Overview"),  # sites, read as sites
    ("Treatment involves antibiotics and rest.", "Treatment"),  # care, read as care
    ("The test involves taking a small sample of skin.", "Overview"),  # a test's steps
])
def test_involves_said_of_parts_care_or_tests_is_no_process(tmp_path: Path, sentence: str,
                                                           heading: str) -> None:
    rels = relations(tmp_path, sentence, heading=heading)
    assert not any(p == "involves" for _, p, _ in rels), rels


@pytest.mark.parametrize("sentence", [
    "The lymph nodes in the neck may be swollen.",
    "The glands in your neck may become swollen.",
])
def test_swollen_nodes_where_they_lie_are_swollen_nodes(tmp_path: Path, sentence: str) -> None:
    """The nodes swell, not the neck they lie in (it had been "neck swelling" and, for
    glands, "gland swelling", apart from the lexicon's swollen lymph nodes)."""
    rels = relations(tmp_path, sentence, heading="Symptoms")
    signs = {o for s, p, o in rels if p == "has_symptom"}
    assert "swollen lymph nodes" in signs and "neck swelling" not in signs, signs


@pytest.mark.parametrize("sentence", [
    "A sample of tissue (biopsy) is taken and examined under a microscope.",
    "A small sample of tissue (a biopsy) may be taken.",
])
def test_a_sample_named_by_its_test_is_that_test(tmp_path: Path, sentence: str) -> None:
    """"a sample of tissue (biopsy)": a tissue biopsy (the bracket was dropped and the test
    named "tissue sample")."""
    rels = relations(tmp_path, sentence, heading="Diagnosis")
    assert (T, "diagnosed_by", "tissue biopsy") in rels, rels


@pytest.mark.parametrize("sentence", [
    "Penicillin plus clindamycin is the regimen of choice.",
    "The regimen of choice is penicillin plus clindamycin.",
    "The usual regimen is penicillin and clindamycin.",
])
def test_a_regimen_names_its_drugs(tmp_path: Path, sentence: str) -> None:
    """A regimen of choice, or the usual regimen: each drug in it treats the illness (the
    word "regimen" was not read as care)."""
    rels = relations(tmp_path, sentence, heading="Management")
    assert {("penicillin", "used_for", T), ("clindamycin", "used_for", T)} <= rels, rels


@pytest.mark.parametrize(("sentence", "remedy"), [
    ("Repeat debridement every 24 to 48 hours is often necessary.", "repeat debridement"),
    ("Eye drops every two hours may be needed.", "eye drops"),
])
def test_how_often_is_no_part_of_a_remedy(tmp_path: Path, sentence: str, remedy: str) -> None:
    rels = relations(tmp_path, sentence, heading="Management")
    assert (remedy, "used_for", T) in rels, rels


def test_comorbidities_that_raise_mortality_raise_death_only(tmp_path: Path) -> None:
    """"Comorbidities such as A and B increase mortality": A and B raise the death rate, not
    the chance of the illness (each had also been a risk factor of it, one named "B increase
    mortality")."""
    rels = relations(tmp_path, "Comorbidities such as cancer and kidney disease increase "
                               "mortality.", heading="Risk factors")
    assert {("cancer", "increases_risk_of", "death"),
            ("kidney disease", "increases_risk_of", "death")} <= rels, rels
    assert not any(o == T for _, _, o in rels), rels


def test_each_factor_of_a_listed_worse_outcome(tmp_path: Path) -> None:
    """A list before "are associated with worse outcomes": each foretells a poor outcome (a
    subject with commas was not read)."""
    rels = relations(tmp_path, "Advanced age, malnutrition and alcohol misuse are associated "
                               "with worse outcomes.", heading="Outlook")
    assert {(x, "increases_risk_of", "poor prognosis") for x in (
        "advanced age", "malnutrition", "alcohol misuse")} <= rels, rels


def test_an_opening_phrase_is_no_factor_of_the_outcome(tmp_path: Path) -> None:
    rels = relations(tmp_path, "In children, older age is associated with worse outcomes.",
                     heading="Outlook")
    assert ("young age", "increases_risk_of", "poor prognosis") not in rels, rels


def test_signs_named_the_most_common_complaints(tmp_path: Path) -> None:
    """"A and B are the most common complaints": both are signs (a long member had stopped
    the reading: nothing was found)."""
    rels = relations(tmp_path, "Shortness of breath and a persistent dry cough are the most "
                               "common complaints.", heading="Symptoms")
    assert {(T, "has_symptom", "shortness of breath"),
            (T, "has_symptom", "persistent dry cough")} <= rels, rels


def test_the_most_common_cause_is_no_sign(tmp_path: Path) -> None:
    rels = relations(tmp_path, "Staph is the most common cause.", heading="Causes")
    assert not any(p == "has_symptom" for _, p, _ in rels), rels


@pytest.mark.parametrize(("sentence", "signs"), [
    ("Eye symptoms include redness, pain and blurred vision.",
     {"eye redness", "eye pain", "blurred vision"}),
    ("Joint symptoms may include swelling and stiffness.", {"joint swelling", "joint stiffness"}),
    ("Symptoms include fever, pain and tiredness.", {"fever", "pain", "tiredness"}),
])
def test_signs_of_a_part_are_at_that_part(tmp_path: Path, sentence: str,
                                          signs: set[str]) -> None:
    """"Eye symptoms include redness and pain": eye redness and eye pain (they had been bare
    "redness" and "pain"); a sign with a name of its own, and signs of no part, stay."""
    rels = relations(tmp_path, sentence, heading="Symptoms")
    assert {o for s, p, o in rels if p == "has_symptom" and s == T} == signs, rels


@pytest.mark.parametrize(("sentence", "act"), [
    ("Do not use hot tubs if you have an open wound.", "hot tub avoidance"),
    ("Do not share towels.", "sharing towel avoidance"),
])
def test_a_command_not_to_do_is_avoiding_it(tmp_path: Path, sentence: str, act: str) -> None:
    """A command not to do something under prevention: avoiding it prevents the illness,
    asserted (it had been a denial that the thing prevents it); "hot" is no verb of an act
    ("hotting tub" was one try's name)."""
    cs = page_claims(tmp_path, f"Prevention\n\n{sentence}\n")
    said = {(cs.label(c.subject), c.negated) for c in cs.claims if c.predicate == "prevents"}
    assert said == {(act, False)}, said
