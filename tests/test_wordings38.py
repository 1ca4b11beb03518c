"""Sentence wordings read in session 38: a clinical reference's prognosis register (the harms
a complication carries, said as a risk its bearers have), each error rewritten as a sentence
of our own about the made-up grebble fever."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.ingest.extract import extract_corpus
from claimgraph.ingest.patterns import section_type
from claimgraph.ingest.phrases import people_factor

from .grebble_pages import page_claims, page_relations, relations

T = "grebble fever"
RISK, HARM = "increases_risk_of", "has_complication"


# --- the harms a condition carries ----------------------------------------------------------
def test_burden_then_lifelong_risk_after_semicolon(tmp_path: Path) -> None:
    """"the illness and death linked to cyst growth; with a lifelong risk of A, B and C": the
    cysts are the topic's harm, and A, B and C the cysts' (the clause after the semicolon had
    no subject and gave nothing)."""
    rels = relations(tmp_path, "Doctors now know more about the long-term illness and death "
                               "associated with grebble cyst development; with a lifelong risk "
                               "of cyst clotting, rupture, and heart attack.", heading="Outlook")
    assert (T, HARM, "grebble cyst") in rels
    assert {("grebble cyst", HARM, "cyst clotting"), ("grebble cyst", HARM, "rupture"),
            ("grebble cyst", HARM, "heart attack")} <= rels


def test_patients_with_a_harm_and_their_risk(tmp_path: Path) -> None:
    """"The outlook of patients with X is a worry because of their associated risk of A or B":
    X carries A and B; a harm the page has named goes on to them as its complications."""
    rels = page_relations(tmp_path, "Complications\nGrebble fever can lead to kidney cysts.\n\n"
                                    "The outlook for patients with kidney cysts is a worry "
                                    "because of their associated risk of bleeding or clotting.")
    assert {("kidney cysts", HARM, "bleeding"), ("kidney cysts", HARM, "clotting")} <= rels


def test_patients_with_a_factor_and_their_risk(tmp_path: Path) -> None:
    """A condition the page names as no harm of the topic raises the risk of what it carries."""
    rels = relations(tmp_path, "Care of patients with diabetes is harder because of their "
                               "higher risk of infection.", heading="Outlook")
    assert ("diabetes", RISK, "infection") in rels
    assert ("diabetes", HARM, "infection") not in rels


def test_their_risk_needs_the_people_with(tmp_path: Path) -> None:
    """Without "patients with X" no one carries the risk: nothing is read as a carrier."""
    rels = relations(tmp_path, "Care is harder in winter because of their higher risk of "
                               "infection.", heading="Outlook")
    assert not {r for r in rels if r[2] == "infection"}


def test_sized_class_named_short_takes_the_full_name(tmp_path: Path) -> None:
    """"giant cysts" after "kidney cysts": the giant kidney cysts, and the size keeps them a
    class of their own, apart from the topic's kidney cysts."""
    rels = page_relations(tmp_path, "Complications\nGrebble fever can lead to kidney cysts.\n\n"
                                    "Patients with giant cysts are a worry because of their "
                                    "associated risk of bleeding.")
    assert ("giant kidney cysts", HARM, "bleeding") in rels
    assert (T, HARM, "kidney cysts") in rels


# --- who it can affect, and the wounds that become infected --------------------------------
@pytest.mark.parametrize(("sentence", "factor"), [
    ("It can also affect people who have diabetes.", "diabetes"),
    ("Grebble fever may affect people who use a diaphragm.", "diaphragm"),
])
def test_can_affect_people_who(tmp_path: Path, sentence: str, factor: str) -> None:
    """"It can also affect people who X" (only "it affects" and "it tends to affect" were
    read): what the people have or use raises the risk."""
    assert (factor, RISK, T) in relations(tmp_path, sentence)


def test_can_affect_children_names_no_group(tmp_path: Path) -> None:
    """"It can affect children and adults" says anyone can get it: no risk group."""
    rels = relations(tmp_path, "It can affect children and adults.")
    assert not {r for r in rels if r[1] == RISK}


@pytest.mark.parametrize("sentence", [
    "It can develop when a cut or a burn becomes infected.",
    "Grebble fever usually starts when a cut or a burn gets infected.",
    "It may be caused by a cut or a burn getting infected.",
])
def test_wound_becoming_infected(tmp_path: Path, sentence: str) -> None:
    """The wound that becomes infected raises the risk (nothing was read)."""
    assert {("cut", RISK, T), ("burn", RISK, T)} <= relations(tmp_path, sentence)


def test_wound_becoming_infected_is_said_of_the_topic(tmp_path: Path) -> None:
    """Said of another thing ("A rash can develop when ..."), the wound is not the topic's."""
    rels = relations(tmp_path, "A blister can develop when a cut becomes infected.")
    assert ("cut", RISK, T) not in rels


def test_example_after_a_comma_in_a_risk_if_list(tmp_path: Path) -> None:
    """"a weak immune system, for example from chemotherapy": the example, not "example from
    chemotherapy"."""
    rels = relations(tmp_path, "The risk is higher if you have a weak immune system, for "
                               "example from chemotherapy.")
    assert ("chemotherapy", RISK, T) in rels
    assert not {r for r in rels if r[0].startswith("example")}


@pytest.mark.parametrize("sentence", [
    "Cases have been reported in people who have not used pads.",
    "Cases have been seen in people who don't use pads.",
])
def test_people_who_do_not_name_no_factor(tmp_path: Path, sentence: str) -> None:
    """What people do not do or have names no factor ("pads" had been a factor, and "who
    don't use" became "donning't use pads")."""
    rels = relations(tmp_path, sentence)
    assert not {r for r in rels if r[1] == RISK}


# --- care and harms in lists ------------------------------------------------------------------
def test_purpose_ends_at_the_next_remedy(tmp_path: Path) -> None:
    """"surgery to remove dead tissue, antibiotics given by drip, and ...": the surgery's
    target is the tissue alone (the antibiotics had been a second target)."""
    rels = relations(tmp_path, "Treatment involves surgery to remove dead tissue, antibiotics "
                               "given by drip, and sometimes amputation.", heading="Treatment")
    assert ("surgery", "targets", "dead tissue") in rels
    assert ("surgery", "targets", "antibiotics") not in rels
    assert ("antibiotics", "used_for", T) in rels


def test_part_list_ends_at_a_harm_of_its_own(tmp_path: Path) -> None:
    """"scarring of the lungs and heart rhythm problems": the second member is a harm of its
    own, not "scarring of the heart rhythm problems"."""
    rels = relations(tmp_path, "Long-term problems can include scarring of the lungs and heart "
                               "rhythm problems.", heading="Complications")
    assert (T, HARM, "heart rhythm problems") in rels
    assert not {r for r in rels if "scarring of the heart" in r[2]}


def test_toxins_released_into_the_blood_harm_the_organs(tmp_path: Path) -> None:
    """The agent said with where it goes ("toxins released into the blood") is the topic's."""
    rels = relations(tmp_path, "Toxins released into the blood can cause the organs to stop "
                               "working.", heading="Complications")
    assert (T, HARM, "organ failure") in rels


# --- tests ----------------------------------------------------------------------------------
def test_tests_to_rule_out_others_name_no_test(tmp_path: Path) -> None:
    """"Tests to rule out other conditions, such as X, may be done": X is a look-alike, not a
    test (it had been a denied test)."""
    rels = relations(tmp_path, "Tests to rule out other conditions, such as measles, may be "
                               "done.", heading="Diagnosis")
    assert (T, "resembles", "measles") in rels
    assert (T, "diagnosed_by", "measles") not in rels


@pytest.mark.parametrize("sentence", [
    "The diagnosis is often confirmed during surgery.",
    "It is often diagnosed during an operation.",
])
def test_diagnosed_during_an_operation(tmp_path: Path, sentence: str) -> None:
    """The operation it is confirmed during is how it is diagnosed ("made during" was read)."""
    assert (T, "diagnosed_by", "surgery") in relations(tmp_path, sentence, heading="Diagnosis")


# --- how it works -----------------------------------------------------------------------------
def test_clots_in_small_vessels_are_its_thrombosis(tmp_path: Path) -> None:
    """"Clots in small vessels lead to tissue death": clotting in the vessels is how it works."""
    rels = relations(tmp_path, "Clots in small vessels lead to ischaemia and tissue death.")
    assert (T, "involves", "thrombosis") in rels


def test_characterised_by_granulomas_is_its_mechanism(tmp_path: Path) -> None:
    """"characterised by non-caseating granulomas": the clusters of immune cells it works by,
    not a sign ("non-caseating granulomas" had been a sign)."""
    rels = relations(tmp_path, "The disease is characterised by non-caseating granulomas.")
    assert (T, "involves", "granulomas") in rels
    assert not {r for r in rels if r[1] == "has_symptom"}


# --- headings -------------------------------------------------------------------------------
@pytest.mark.parametrize(("heading", "kind"), [
    ("Who develops grebble fever?", "risk"),
    ("How is grebble fever spread?", "risk"),
    ("What happens if grebble fever is not treated?", "complication"),
    ("Dangers", "complication"),
    ("Effects on the body", "complication"),
    ("How do doctors know?", "diagnosis"),
    ("Finding out if you have it", "diagnosis"),
    ("Staying safe", "prevention"),
    ("Can I stop it happening again?", "prevention"),
    ("Is grebble fever serious?", "prognosis"),
    ("Can grebble fever be fatal?", "prognosis"),
])
def test_more_heading_wordings(heading: str, kind: str) -> None:
    """Headings of our own wording, each of a kind pages use (they had no kind, or care for
    "What happens if it is not treated?")."""
    assert section_type(heading) == kind


def test_heading_of_a_kind_types_its_list(tmp_path: Path) -> None:
    """The heading's kind decides what its list names: under "Who develops it?" risk factors."""
    rels = page_relations(tmp_path, "Who develops grebble fever?\n\n- diabetes\n- smoking\n")
    assert {("diabetes", RISK, T), ("smoking", RISK, T)} <= rels


# --- tests named by their results -----------------------------------------------------------
@pytest.mark.parametrize(("sentence", "test"), [
    ("A raised creatine kinase suggests muscle damage.", "creatine kinase test"),
    ("Patients often have a raised white cell count.", "white cell count"),
    ("Kidney failure is shown by a rising creatinine.", "creatinine test"),
    ("Gram staining of tissue shows many bacteria.", "gram stain"),
    ("Isolation of the germ from a wound swab supports the diagnosis.", "wound swab"),
])
def test_tests_named_by_findings(tmp_path: Path, sentence: str, test: str) -> None:
    """A level a finding names ("suggests", "patients often have", "rising"), a Gram stain and
    the sample a germ is grown from name the test that finds it (nothing, or the whole
    "isolation of the germ from a wound swab", had been read)."""
    assert (T, "diagnosed_by", test) in relations(tmp_path, sentence, heading="Course")


def test_a_level_that_puts_people_at_risk_names_no_test(tmp_path: Path) -> None:
    """A level said of who is at risk is no finding of the topic's."""
    rels = relations(tmp_path, "People who have high glucose levels are at higher risk.")
    assert not {r for r in rels if r[1] == "diagnosed_by"}


# --- lists of tests and a case definition's criteria ------------------------------------------
def test_list_of_laboratory_tests_under_an_untyped_heading(tmp_path: Path) -> None:
    """Items that name what a laboratory measures ("full blood count: ...", "creatine kinase")
    make a list of tests, whatever the heading says (they had given nothing)."""
    rels = page_relations(tmp_path, "Approach\n\n- full blood count: raised white cells\n"
                                    "- creatine kinase, which may be raised\n- urinalysis\n")
    assert {(T, "diagnosed_by", "full blood count"), (T, "diagnosed_by", "creatine kinase test"),
            (T, "diagnosed_by", "urinalysis")} <= rels


def test_laboratory_heading_lists_findings_as_their_tests(tmp_path: Path) -> None:
    """Under "Laboratory", "raised creatinine, showing kidney injury" is the creatinine test
    (what it shows is no test)."""
    rels = page_relations(tmp_path, "Laboratory\n\n- raised creatinine, showing kidney injury\n"
                                    "- low sodium\n")
    assert {(T, "diagnosed_by", "creatinine test"), (T, "diagnosed_by", "sodium test")} <= rels
    assert not {r for r in rels if "showing" in r[2]}


def test_case_definition_criteria_by_organ_system(tmp_path: Path) -> None:
    """"Muscle: severe muscle pain", "Kidney: urea at least twice normal": the finding is the
    item, the organ system only heads it; what a test measures is no sign; "involvement of
    three or more of the following:" leads the items and names none; "when fever is absent"
    denies no fever."""
    rels = page_relations(tmp_path, "Clinical criteria\n\n- Fever: temperature of 39 C or higher\n"
                                    "- Involvement of three or more of the following organ "
                                    "systems:\n- Muscle: severe muscle pain\n"
                                    "- Kidney: urea at least twice the upper limit of normal\n"
                                    "- Blood: platelets below 100,000\n"
                                    "- Brain: confusion when fever is absent\n")
    assert (T, "has_symptom", "severe muscle pain") in rels
    assert (T, "diagnosed_by", "urea test") in rels
    assert not {r for r in rels if r[2] in ("urea", "involvement", "blood")}
    cs = page_claims(tmp_path, "Signs\n\n- confusion when fever is absent\n")
    assert not [c for c in cs.claims if c.negated and cs.label(c.object) == "fever"]


# --- germs ---------------------------------------------------------------------------------
def test_but_one_germ_is_the_most_common(tmp_path: Path) -> None:
    """"Many types of bacteria can cause it, but X is the most common": X causes it (only the
    bacteria had been read)."""
    rels = relations(tmp_path, "Many types of bacteria can cause it, but group B zorbococcus "
                               "is the most common.", heading="Causes")
    assert ("group b zorbococcus", "causes", T) in rels


def test_cases_caused_by_a_germ_are_the_topics(tmp_path: Path) -> None:
    """"Cases caused by X are linked to eating raw shellfish": the shellfish is linked to the
    topic (the germ had been linked to it)."""
    rels = relations(tmp_path, "Cases caused by Plimsia vibrans are linked to eating raw "
                               "shellfish.", heading="Causes")
    assert ("eating raw shellfish", "associated_with", T) in rels
    assert ("plimsia vibrans", "causes", T) in rels
    assert not {r for r in rels if r[0] == "plimsia vibrans" and r[1] == "associated_with"}


# --- a clinical summary's register (rewritten from a public page on another condition) --------
def test_mortality_due_to_harms(tmp_path: Path) -> None:
    """"Untreated, it has high mortality rates due to sepsis and organ failure": the harms it
    kills by (they had been read as its causes)."""
    rels = relations(tmp_path, "Untreated grebble fever has high mortality rates due to sepsis "
                               "and organ failure.", heading="Outlook")
    assert {(T, HARM, "sepsis"), (T, HARM, "organ failure")} <= rels
    assert ("sepsis", "causes", T) not in rels


@pytest.mark.parametrize(("sentence", "factors"), [
    ("People who sustain deep wounds or undergo surgery are at risk.", {"deep wounds", "surgery"}),
    ("People who smoke, sustain serious trauma or who live with weakened immune systems are "
     "also at risk.", {"smoking", "serious trauma", "weakened immune systems"}),
])
def test_what_people_undergo_or_sustain(tmp_path: Path, sentence: str, factors: set[str]) -> None:
    """What people undergo, sustain or suffer is the factor ("undergoing surgery", "sustain
    serious trauma", "aside from individuals" had been read)."""
    rels = relations(tmp_path, sentence, heading="Risk factors")
    assert {(f, RISK, T) for f in factors} <= rels


def test_germ_infecting_wounds(tmp_path: Path) -> None:
    """"caused by bacteria such as Zorbus infecting puncture wounds": the germ causes it, the
    wounds it gets into raise its risk (the wounds had been a cause)."""
    rels = relations(tmp_path, "It is caused by bacteria such as Zorbus infecting puncture "
                               "wounds.", heading="Causes")
    assert ("zorbus", "causes", T) in rels
    assert ("puncture wounds", RISK, T) in rels
    assert ("puncture wounds", "causes", T) not in rels


def test_link_ends_at_its_second_verb(tmp_path: Path) -> None:
    """"It is linked to wounds or surgery and has a rapid onset of symptoms like pain and
    swelling": the signs are signs, not linked factors."""
    rels = relations(tmp_path, "It is associated with wounds, surgery, or injury and has a "
                               "rapid onset of symptoms like pain and swelling.")
    assert {("wounds", "associated_with", T), (T, "has_symptom", "pain"),
            (T, "has_symptom", "swelling")} <= rels
    assert ("pain", "associated_with", T) not in rels


def test_treatment_which_includes(tmp_path: Path) -> None:
    """"without prompt treatment, which includes A, B and C": each is care for it."""
    rels = relations(tmp_path, "The infection can spread rapidly without prompt treatment, "
                               "which includes antibiotics and removal of dead tissue.")
    assert ("antibiotics", "used_for", T) in rels


def test_those_include_under_risk_factors(tmp_path: Path) -> None:
    """"Several long-term conditions restrict blood flow. Those include A and B." under a
    heading of risk factors: A and B are factors (the first sentence had been read as a
    factor's name, having no verb the reader knew)."""
    rels = page_relations(tmp_path, "Risk factors\n\nSeveral long-term conditions restrict "
                                    "blood flow. Those include diabetes and obesity.\n")
    assert {("diabetes", RISK, T), ("obesity", RISK, T)} <= rels
    assert not {r for r in rels if "restrict" in r[0]}


@pytest.mark.parametrize(("said", "factor"), [
    ("aside from individuals who sustain deep wounds", "deep wounds"),
    ("people who have recently undergone surgery", "surgery"),
    ("people who suffer from asthma", "asthma"),
    ("who live with weakened immune systems", "weakened immune systems"),
])
def test_people_factor_of_what_they_undergo(said: str, factor: str) -> None:
    """The factor of a group named by what its people undergo, sustain or live with."""
    assert people_factor(said) == factor


# --- a patient page's register on an immune condition (rewritten from a public page) --------
def test_two_names_of_the_topic_make_no_relation(tmp_path: Path) -> None:
    """A short name and the full name of the topic both resolve to it: a relation between
    them says nothing and is not kept."""
    page = tmp_path / "page.txt"
    page.write_text("Grebble fever syndrome\n\nGrebble fever syndrome (grebble fever) is rare.\n\n"
                    "About\n\nGrebble fever can be linked to grebble fever syndrome.\n",
                    encoding="utf-8")
    cs, _, _ = extract_corpus([page], progress=False)
    assert not [c for c in cs.claims if c.object is not None and c.object == c.subject]


def test_a_test_that_uses_beams_names_no_test(tmp_path: Path) -> None:
    """"X-rays: tests that use beams to make images of tissues, bones and organs": the bones
    and organs are what is imaged, no tests."""
    rels = page_relations(tmp_path, "Tests\n\n- X-rays: tests that use beams to make images of "
                                    "tissues, bones and organs.\n- Urine tests\n")
    assert (T, "diagnosed_by", "x-rays") in rels
    assert not {r for r in rels if r[2] in ("bones", "organs")}


def test_a_test_with_two_other_names_keeps_its_own(tmp_path: Path) -> None:
    """"Erythrocyte sedimentation rate (also called ESR or sed rate)": the test's name is the
    first, not "ESR or sed rate"."""
    rels = page_relations(tmp_path, "Tests\n\n- Erythrocyte sedimentation rate (also called ESR "
                                    "or sed rate): how fast red cells settle.\n- Urine tests\n")
    assert (T, "diagnosed_by", "erythrocyte sedimentation rate") in rels


def test_inflammation_caused_by_it_can_affect(tmp_path: Path) -> None:
    """"Inflammation caused by it can affect the joints, skin and kidneys": the parts are no
    causes of the inflammation, and no factors of the topic."""
    rels = relations(tmp_path, "Inflammation caused by grebble fever can affect the joints, "
                               "skin and kidneys.", heading="Risk factors")
    assert not {r for r in rels if r[1] in ("causes", RISK) and r[0] in ("joints", "skin")}
    assert ("inflammation", RISK, T) not in rels


@pytest.mark.parametrize(("sentence", "claim"), [
    ("Hormones may also contribute to the onset of the disease.",
     ("hormones", "contributes_to", T)),
    ("Stress can contribute to grebble fever.", ("stress", "contributes_to", T)),
    ("Grebble fever does tend to appear amongst certain families.", ("family history", RISK, T)),
    ("Some people are born prone to developing grebble fever, which may be triggered by "
     "infections or sunlight.", ("sunlight", RISK, T)),
])
def test_immune_condition_wordings(tmp_path: Path, sentence: str,
                                   claim: tuple[str, str, str]) -> None:
    """"X may contribute to the onset of the disease" (no reading had "contribute to" with its
    object), "appear amongst certain families", a last clause "..., which may be triggered by
    X" said of the topic named just before it."""
    assert claim in relations(tmp_path, sentence)


# --- a short reference entry's register (rewritten from a public page) -----------------------
@pytest.mark.parametrize(("sentence", "claim"), [
    ("The most commonly used antibiotic is penicillin.", ("penicillin", "used_for", T)),
    ("Grebble fever is a rare type of infection that may develop in some patients who have "
     "strep throat.", ("strep throat", RISK, T)),
    ("Grebble fever can have a severe course, with vomiting, diarrhoea and fits.",
     (T, "has_symptom", "fits")),
])
def test_reference_entry_wordings(tmp_path: Path, sentence: str,
                                  claim: tuple[str, str, str]) -> None:
    """"The most commonly used X is Y"; a clause "that may develop in some patients who have
    Y" after the topic's definition (the clause's "that" is the topic); "a severe course,
    with A, B and C" (its signs)."""
    assert claim in relations(tmp_path, sentence, heading="Overview")


def test_additional_problems_is_no_harm(tmp_path: Path) -> None:
    """"Additional problems such as A and B may occur": A and B, not "additional problems"."""
    rels = relations(tmp_path, "Additional problems such as sinusitis and ear infection may "
                               "occur.", heading="Complications")
    assert (T, HARM, "sinusitis") in rels
    assert (T, HARM, "additional problems") not in rels
