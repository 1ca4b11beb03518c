"""Sentence wordings read in session 47: wordings health pages use for tests, remedies, risks
and harms, written as sentences of our own about a made-up illness."""

from __future__ import annotations

from pathlib import Path

import pytest

from .grebble_pages import page_claims, relations

T = "grebble fever"
HARM = "has_complication"
SIGN = "has_symptom"
RISK = "increases_risk_of"
USED = "used_for"


@pytest.mark.parametrize("adverb", ["often ", "usually ", ""])
def test_a_test_said_to_be_the_first_with_an_adverb_is_the_test(tmp_path: Path,
                                                                adverb: str) -> None:
    """"A chest X-ray is often the first test and may show swollen glands": the X-ray is
    the test (it was "first test", its name lost to the adverb)."""
    rels = relations(tmp_path, f"A chest X-ray is {adverb}the first test and may show "
                     "swollen glands in the chest.", heading="Diagnosis")
    assert (T, "diagnosed_by", "chest x-ray") in rels, rels
    assert not any("first test" in o for _, _, o in rels), rels


def test_a_thing_said_to_be_a_risk_at_the_end_is_a_risk_factor(tmp_path: Path) -> None:
    """"Using a zorb cup or a zorb sponge can also be a risk": each raises the risk."""
    rels = relations(tmp_path, "Using a zorb cup or a zorb sponge can also be a risk.",
                     heading="Causes")
    assert {("zorb cup", RISK, T), ("zorb sponge", RISK, T)} <= rels, rels


def test_a_risk_to_someone_else_is_not_the_topics(tmp_path: Path) -> None:
    """"Smoking can be a risk for your baby": a risk to the baby, no risk factor of it."""
    rels = relations(tmp_path, "Smoking can be a risk for your baby.", heading="Causes")
    assert ("smoking", RISK, T) not in rels, rels


def test_a_factor_after_another_verb_tied_to_worse_outcomes(tmp_path: Path) -> None:
    """"Zorbic drugs may hide the signs and have been associated with worse outcomes":
    the drugs foretell a poor outcome ("have been", and the first verb, kept it unread)."""
    for sentence in ("Zorbic drugs may hide the early signs and have been associated with "
                     "worse outcomes.", "Zorbic drugs have been associated with worse outcomes."):
        rels = relations(tmp_path, sentence, heading="Causes")
        assert ("zorbic drugs", RISK, "poor prognosis") in rels, (sentence, rels)


def test_a_combination_before_its_members_names_nothing(tmp_path: Path) -> None:
    """"usually a combination such as zorbacillin and clindamycin": the two drugs are the
    remedies, "combination" is none."""
    rels = relations(tmp_path, "Treatment involves high-dose antibiotics, usually a "
                     "combination such as zorbacillin and clindamycin.", heading="Treatment")
    assert {("zorbacillin", USED, T), ("clindamycin", USED, T)} <= rels, rels
    assert not any(s == "combination" for s, _, _ in rels), rels


@pytest.mark.parametrize(("sentence", "acts"), [
    ("Wounds may need to be cleaned and drained.", {"wound cleaning", "wound drainage"}),
    ("The wound should be cleaned.", {"wound cleaning"}),
    ("Abscesses may need to be drained.", {"abscess drainage"}),
])
def test_what_is_cleaned_or_drained_names_the_act_of_care(tmp_path: Path, sentence: str,
                                                          acts: set[str]) -> None:
    """Under treatment, "Wounds may need to be cleaned and drained" is wound cleaning and
    wound drainage (the capital a sentence opens with kept "wounds" plural)."""
    rels = relations(tmp_path, sentence, heading="Treatment")
    assert {(a, USED, T) for a in acts} <= rels, rels


def test_a_wound_to_clean_under_prevention_is_no_remedy(tmp_path: Path) -> None:
    """Under prevention, "The wound should be cleaned" is no remedy of the illness."""
    rels = relations(tmp_path, "The wound should be cleaned.", heading="Prevention")
    assert not any(p == USED for _, p, _ in rels), rels


@pytest.mark.parametrize(("sentence", "harms"), [
    ("Low mood and anxiety are common after recovery.", {"low mood", "anxiety"}),
    ("Tiredness is common after the illness.", {"tiredness"}),
    ("Mental health problems, such as depression and anxiety, are common after recovery.",
     {"depression", "anxiety"}),
])
def test_a_harm_common_after_recovery_is_a_complication(tmp_path: Path, sentence: str,
                                                        harms: set[str]) -> None:
    """Under complications, "X is common after recovery" (when, said after "common"), and
    a class with its members named ("such as A and B", once too many words to read)."""
    rels = relations(tmp_path, sentence, heading="Complications")
    assert {(T, HARM, h) for h in harms} <= rels, rels


def test_a_long_clause_said_to_be_common_is_still_no_harm(tmp_path: Path) -> None:
    """A clause said to be common is no name ("People who live near the coast and fish
    every day are common" names no harm)."""
    rels = relations(tmp_path, "People who live near the coast and fish every day are "
                     "common.", heading="Complications")
    assert not any(p == HARM for _, p, _ in rels), rels


def test_an_organ_harmed_in_a_few_people_without_a_comma(tmp_path: Path) -> None:
    """"In a small number of people the lungs become permanently scarred": lung scarring."""
    rels = relations(tmp_path, "In a small number of people the lungs become permanently "
                     "scarred.", heading="Complications")
    assert (T, HARM, "lung scarring") in rels, rels


@pytest.mark.parametrize(("heading", "pred"), [("Complications", HARM), ("Symptoms", SIGN)])
def test_what_follows_some_weeks_later_comes_of_the_illness(tmp_path: Path, heading: str,
                                                            pred: str) -> None:
    """"Peeling skin often follows one to two weeks later": a sign (or harm) that comes
    later, not something "one to two" weeks causes."""
    rels = relations(tmp_path, "Peeling skin often follows one to two weeks later.",
                     heading=heading)
    assert (T, pred, "peeling skin") in rels, rels
    assert not any(s.startswith("one") for s, _, _ in rels), rels


def test_a_cause_in_an_aside_leaves_the_sign_its_subject(tmp_path: Path) -> None:
    """"A crackling feeling under the skin, caused by gas, may be present": the feeling is
    the sign (it was "gas", the words between the aside and "may be present")."""
    rels = relations(tmp_path, "A crackling feeling under the skin, caused by gas, may be "
                     "present.", heading="Symptoms")
    assert (T, SIGN, "crackling feeling under the skin") in rels, rels
    assert (T, SIGN, "gas") not in rels, rels


@pytest.mark.parametrize("sentence", [
    "The decision to treat depends on symptoms and the organs involved.",
    "Observation without treatment is appropriate for people with no symptoms.",
])
def test_a_choice_about_treatment_names_no_remedy(tmp_path: Path, sentence: str) -> None:
    """"The decision to treat depends on ..." and "Observation without treatment is
    appropriate for ..." name no remedy ("decision", "appropriate for ..." were ones)."""
    rels = relations(tmp_path, sentence, heading="Management")
    assert not any(p == USED for _, p, _ in rels), rels


@pytest.mark.parametrize("sentence", ["Treatment is supportive.",
                                      "Management is primarily supportive."])
def test_care_said_to_be_supportive_is_supportive_care(tmp_path: Path, sentence: str) -> None:
    """"Management is primarily supportive": supportive care is its treatment."""
    assert ("supportive care", USED, T) in relations(tmp_path, sentence, heading="Management")


def test_care_in_a_critical_care_setting_is_intensive_care(tmp_path: Path) -> None:
    """"Patients should be managed in a critical care setting": intensive care."""
    rels = relations(tmp_path, "Patients should be managed in a critical care setting.",
                     heading="Management")
    assert ("intensive care treatment", USED, T) in rels, rels


def test_a_long_clinical_remedy_name_to_be_started(tmp_path: Path) -> None:
    """"Empirical broad-spectrum antibiotic therapy should be started immediately": a name
    longer than forty letters is still the remedy started."""
    rels = relations(tmp_path, "Empirical broad-spectrum antibiotic therapy should be started "
                     "immediately.", heading="Management")
    assert any(p == USED and "antibiotic" in s for s, p, _ in rels), rels


@pytest.mark.parametrize("heading", ["Diagnosis", "Symptoms"])
def test_what_an_examination_reveals_are_signs(tmp_path: Path, heading: str) -> None:
    """"Examination may reveal a fast pulse, low blood pressure and a rash" (no word for
    which examination): the findings are signs."""
    rels = relations(tmp_path, "Examination may reveal a fast pulse, low blood pressure and "
                     "a diffuse rash.", heading=heading)
    assert {(T, SIGN, "low blood pressure"), (T, SIGN, "diffuse rash")} <= rels, rels


def test_a_possible_finding_on_examination_after_a_comma_is_a_sign(tmp_path: Path) -> None:
    """"On examination, there may be a fast pulse and a rash" under diagnosis: signs."""
    rels = relations(tmp_path, "On examination, there may be a fast pulse and a diffuse rash.",
                     heading="Diagnosis")
    assert (T, SIGN, "diffuse rash") in rels, rels


def test_findings_opening_a_sentence_are_signs(tmp_path: Path) -> None:
    """"Findings include fever, a rash and low blood pressure": signs; "Test findings
    include a raised zorb level" are no signs."""
    rels = relations(tmp_path, "Findings include fever, a rash and low blood pressure.",
                     heading="Diagnosis")
    assert {(T, SIGN, "fever"), (T, SIGN, "rash")} <= rels, rels
    rels = relations(tmp_path, "Test findings include a raised zorb level.", heading="Diagnosis")
    assert not any(p == SIGN for _, p, _ in rels), rels


@pytest.mark.parametrize("people", ["adults between 20 and 60 years of age",
                                    "people aged between 20 and 60"])
def test_an_age_span_of_the_people_affected_is_named_as_one(tmp_path: Path,
                                                            people: str) -> None:
    """"It most commonly affects adults between 20 and 60 years of age": the factor is age
    20 to 60 (the words were the factor's name)."""
    rels = relations(tmp_path, f"It most commonly affects {people}.", heading="Causes")
    risks = {s for s, p, _ in rels if p == RISK}
    assert risks == {"age 20 to 60"}, rels


def test_a_ratio_after_a_group_leaves_the_group_whole(tmp_path: Path) -> None:
    """"more common in males, with a male to female ratio of about 1.4:1": male sex (the
    decimal point cut the ratio's words short, leaving a factor named "males.4")."""
    rels = relations(tmp_path, "It is slightly more common in males, with a male to female "
                     "ratio of about 1.4:1.", heading="Epidemiology")
    assert {s for s, p, _ in rels if p == RISK} == {"male sex"}, rels


def test_the_standard_treatment_before_although_and_the_option_after(tmp_path: Path) -> None:
    """"Zorbectomy remains the standard treatment, although antibiotics alone are an option
    for selected uncomplicated cases": both are remedies of the illness (neither was read;
    the option was "although antibiotics", for "selected uncomplicated cases")."""
    rels = relations(tmp_path, "Zorbectomy remains the standard treatment, although "
                     "antibiotics alone are an option for selected uncomplicated cases.",
                     heading="Summary")
    assert {("zorbectomy", USED, T), ("antibiotics", USED, T)} <= rels, rels


@pytest.mark.parametrize(("group", "population"), [
    ("the elderly with perforation", "elderly with perforation"),
    ("older people with perforation", "older people with perforation"),
])
def test_a_group_with_an_adjective_and_a_condition_is_the_population(
        tmp_path: Path, group: str, population: str) -> None:
    """"... rising to about 5 % in the elderly with perforation": the second figure's
    group, whole (it had none, or lost "older")."""
    cs = page_claims(tmp_path, f"Outlook\nMortality is below 0.1%, rising to about 5% in "
                     f"{group}.\n")
    pops = {c.measure.value: c.measure.population for c in cs.claims if c.measure is not None}
    assert pops.get(0.05) == population, pops


def test_one_scan_of_two_regions_is_one_test(tmp_path: Path) -> None:
    """"CT abdomen and pelvis" is one scan (the pelvis was a test of its own)."""
    rels = relations(tmp_path, "Tests include CT abdomen and pelvis.", heading="Diagnosis")
    tests = {o for _, p, o in rels if p == "diagnosed_by"}
    assert tests == {"CT abdomen and pelvis"}, rels


def test_signs_that_resemble_another_illness_with_a_list(tmp_path: Path) -> None:
    """"Early symptoms resemble flu, with high fever, chills and headache": the listed
    signs are the topic's ("resemble" was only a description, and the list was lost)."""
    rels = relations(tmp_path, "Early symptoms resemble flu, with high fever, chills and "
                     "headache.", heading="Signs and symptoms")
    assert {(T, SIGN, "high fever"), (T, SIGN, "chills"), (T, SIGN, "headache")} <= rels, rels


def test_a_test_with_a_clause_of_what_it_detects_is_the_test(tmp_path: Path) -> None:
    """"A urine test that detects zorb antigen is the most commonly used test": the urine
    test (not "zorb antigen", nor nothing)."""
    rels = relations(tmp_path, "A urine test that detects zorb antigen is the most commonly "
                     "used test.", heading="Diagnosis")
    assert {o for _, p, o in rels if p == "diagnosed_by"} == {"urine test"}, rels


@pytest.mark.parametrize(("sentence", "test"), [
    ("The diagnosis can also be confirmed by a biopsy.", "biopsy"),
    ("The diagnosis is confirmed by growing the germ from a sample of sputum.",
     "sputum culture"),
])
def test_what_else_confirms_the_diagnosis(tmp_path: Path, sentence: str, test: str) -> None:
    """"can also be confirmed by" (a word between the modal and "be"), and a culture named
    by what it grows from ("growing the germ from a sample of sputum": sputum culture)."""
    assert (T, "diagnosed_by", test) in relations(tmp_path, sentence, heading="Diagnosis")


def test_another_illness_named_after_its_cause_is_no_cause(tmp_path: Path) -> None:
    """"A milder illness caused by the same germ, without pneumonia, is called zorb fever":
    zorb fever causes nothing (it was read as causing the topic)."""
    rels = relations(tmp_path, "A milder illness caused by the same germ, without pneumonia, "
                     "is called zorb fever.", heading="About")
    assert not any(s == "zorb fever" for s, _, _ in rels), rels


def test_a_part_named_in_an_aside_between_dashes_is_not_what_swells(tmp_path: Path) -> None:
    """"... the pleura - two thin layers of tissue that separate the lungs from the chest
    wall - becomes inflamed": the chest wall, named in the aside, is not what is inflamed."""
    rels = relations(tmp_path, "It is a condition in which the pleura - two thin layers of "
                     "tissue that separate the lungs from the chest wall - becomes inflamed.",
                     heading="About")
    assert not any("chest wall" in o for _, _, o in rels), rels


def test_a_gene_named_with_digits_is_one_name(tmp_path: Path) -> None:
    """"About 75 % of people who develop it carry the ZRB-B27 gene": the share is the gene's
    (the digits were read as a figure, cutting the name to "ZRB-B"), over everyone with the
    illness, and carrying a gene is no complication."""
    cs = page_claims(tmp_path, "Causes\nAbout 75% of people who develop it carry the ZRB-B27 "
                     "gene.\n")
    figs = [(cs.label(c.subject), c.measure.population) for c in cs.claims
            if c.measure is not None]
    assert figs == [("ZRB-B27 gene", None)], figs
    assert not any(c.predicate == HARM for c in cs.claims), cs.claims


@pytest.mark.parametrize(("text", "names"), [
    ("long-lasting or recurrent arthritis", {"long-lasting arthritis", "recurrent arthritis"}),
    ("skin and nail changes", {"skin changes", "nail changes"}),
    ("hand and foot swelling", {"hand swelling", "foot swelling"}),
])
def test_list_members_share_the_head_noun(tmp_path: Path, text: str, names: set[str]) -> None:
    """A hyphened describing word ("long-lasting") and a body part ("skin", "hand") before
    "or"/"and" take the noun after the list (they were names of their own)."""
    rels = relations(tmp_path, f"Some people develop {text}.", heading="Complications")
    assert {o for _, p, o in rels if p == HARM} == names, rels


def test_severe_and_long_lasting_symptoms_stay_one_thing(tmp_path: Path) -> None:
    """"severe and long-lasting symptoms" names one thing, not "severe symptoms" as well."""
    rels = relations(tmp_path, "Some people develop severe and long-lasting symptoms.",
                     heading="Complications")
    assert not any(o == "severe symptoms" for _, _, o in rels), rels


def test_fluid_drawn_from_a_swollen_joint_is_a_joint_fluid_test(tmp_path: Path) -> None:
    """"Fluid may be drawn from a swollen joint": the joint's fluid (it was "swollen")."""
    rels = relations(tmp_path, "Fluid may be drawn from a swollen joint to exclude infection.",
                     heading="Diagnosis")
    assert (T, "diagnosed_by", "joint fluid test") in rels, rels


@pytest.mark.parametrize("lead", ["It causes an area of skin to become:",
                                  "Grebble fever causes an area of skin to suddenly become:"])
def test_items_saying_how_a_part_becomes_are_signs_of_it(tmp_path: Path, lead: str) -> None:
    """Under "It causes an area of skin to become:", "- red", "- painful or tender" are red
    skin, painful skin and tender skin (after "It" the items were read as causes, and an
    item of two words was lost)."""
    cs = page_claims(tmp_path, f"Symptoms\n{lead}\n- red\n- painful or tender\n")
    rels = {(cs.label(c.subject), c.predicate, cs.label(c.object))
            for c in cs.claims if c.object is not None}
    assert {(T, SIGN, "red skin"), (T, SIGN, "painful skin"), (T, SIGN, "tender skin")} <= rels
    assert not any(p == "contributes_to" for _, p, _ in rels), rels


@pytest.mark.parametrize(("text", "names"), [
    ("group C or G zorbococci", {"group c zorbococci", "group g zorbococci"}),
    ("type 1 or 2 diabetes", {"type 1 diabetes", "type 2 diabetes"}),
    ("type 1 and type 2 diabetes", {"type 1 diabetes", "type 2 diabetes"}),
])
def test_two_kinds_told_by_a_letter_or_number_are_each_named(tmp_path: Path, text: str,
                                                             names: set[str]) -> None:
    """"group C or G zorbococci": two causes, each whole ("group C" and "G zorbococci" were
    names; "type 1 or 2 diabetes" one), never one thing of two kinds."""
    cs = page_claims(tmp_path, f"Causes\nIt is linked to {text}.\n")
    got = {cs.label(c.subject) for c in cs.claims if c.object is not None}
    assert names <= got, got


def test_terse_notes_name_signs_tests_and_care(tmp_path: Path) -> None:
    """A clinician's notes: "- abrupt onset of fever and rigors" (fever and rigors),
    "- well-demarcated, raised, bright red plaque" (no sign named "well-demarcated"),
    "- blood cultures positive in less than 5%" (the cultures), "- severe cases - admission
    for IV zorbacillin" (the drug, not "severe cases"), "- treat any portal of entry e.g.
    X" (no "e.g" in a name)."""
    cs = page_claims(tmp_path, "clinical features:\n- abrupt onset of fever and rigors\n"
                     "- well-demarcated, raised, bright red plaque\n\ninvestigations:\n"
                     "- blood cultures positive in less than 5%\n\nmanagement:\n"
                     "- severe cases - admission for IV zorbacillin\n"
                     "- treat any portal of entry e.g. antifungal cream\n")
    rels = {(cs.label(c.subject), c.predicate, cs.label(c.object))
            for c in cs.claims if c.object is not None}
    assert {(T, SIGN, "fever"), (T, SIGN, "rigors")} <= rels, rels
    assert (T, "diagnosed_by", "blood cultures") in rels, rels
    assert ("IV zorbacillin", USED, T) in rels, rels
    names = {x for s, _, o in rels for x in (s, o)}
    assert not any(n in names for n in ("well-demarcated", "severe cases")), names
    assert not any("e.g" in n for n in names), names


@pytest.mark.parametrize(("sentence", "rel"), [
    ("Doctors treat grebble fever with antibiotics, and quick treatment is vital.",
     ("antibiotics", USED, T)),
    ("Doctors usually treat grebble fever using antibiotics.", ("antibiotics", USED, T)),
    ("Doctors treat the pain with paracetamol.", ("paracetamol", USED, "pain")),
])
def test_what_doctors_treat_a_named_thing_with(tmp_path: Path, sentence: str,
                                               rel: tuple[str, str, str]) -> None:
    """"Doctors treat <the topic's name> with X": X is its remedy (only "treat it with X"
    was read), and "Doctors treat the pain with X" X the pain's; "quick" before the next
    clause's "treatment" is no remedy."""
    rels = relations(tmp_path, sentence, heading="Treatment")
    assert rel in rels, rels
    assert not any(s == "quick" for s, _, _ in rels), rels


def test_a_state_noun_after_loss_of_keeps_its_name(tmp_path: Path) -> None:
    """"such as loss of limbs, deafness or brain damage": deafness (not "loss of
    deafness")."""
    rels = relations(tmp_path, "About 1 in 5 survivors have long-term disabilities, such as "
                     "loss of limbs, deafness or brain damage.", heading="Complications")
    assert (T, HARM, "deafness") in rels, rels
    assert not any("loss of deafness" in o for _, _, o in rels), rels


def test_keeping_up_to_date_with_vaccines_is_vaccination(tmp_path: Path) -> None:
    """"Keeping up to date with recommended vaccines is the best defence": vaccination."""
    rels = relations(tmp_path, "Keeping up to date with recommended vaccines is the best "
                     "defence.", heading="Prevention")
    assert ("vaccination", "prevents", T) in rels, rels


def test_an_illness_in_brackets_after_a_part_is_not_the_parts_name(tmp_path: Path) -> None:
    """"infections of the lining of the brain and spinal cord (zorbitis)": zorbitis is a
    harm of its own, not another name of the spinal cord (the harm was filed as "spinal
    cord")."""
    rels = relations(tmp_path, "They include infections of the lining of the brain and "
                     "spinal cord (zorbitis) and bloodstream infections (septicaemia).",
                     heading="About")
    assert (T, HARM, "zorbitis") in rels, rels
    assert (T, HARM, "spinal cord") not in rels, rels


def test_a_sign_named_in_quotes_in_brackets(tmp_path: Path) -> None:
    """"The tongue may look white at first and then turn red and swollen ("zorb tongue")":
    under signs, the quoted name is the sign (nothing was read)."""
    rels = relations(tmp_path, 'The tongue may look white at first and then turn red and '
                     'swollen ("zorb tongue").', heading="Symptoms")
    assert (T, SIGN, "zorb tongue") in rels, rels


def test_care_listed_under_a_lead_to_ease_the_signs(tmp_path: Path) -> None:
    """Under "Treatment", "To ease symptoms:" leads care ("- eat soft foods", "- give
    paracetamol or ibuprofen for pain"), not signs (yoghurt and spicy food were signs)."""
    cs = page_claims(tmp_path, "Treatment\nTo ease symptoms:\n\n1. eat soft foods like yoghurt, "
                     "and avoid hot and spicy food\n2. give paracetamol or ibuprofen for pain\n")
    rels = {(cs.label(c.subject), c.predicate, cs.label(c.object))
            for c in cs.claims if c.object is not None}
    assert not any(p == SIGN for _, p, _ in rels), rels
    assert ("ibuprofen", USED, T) in rels, rels
    assert not any("for pain" in s for s, _, _ in rels), rels


def test_a_sign_that_appears_under_signs(tmp_path: Path) -> None:
    """"After 1 to 2 days, painful mouth ulcers appear" under signs: a sign, no modal needed
    ("Your child's symptoms will appear suddenly" names none)."""
    rels = relations(tmp_path, "After 1 to 2 days, painful mouth ulcers appear. Your child's "
                     "symptoms will appear suddenly.", heading="Symptoms")
    assert (T, SIGN, "painful mouth ulcers") in rels, rels
    assert not any("symptoms" in o for _, _, o in rels), rels


def test_signs_said_vague_then_listed(tmp_path: Path) -> None:
    """"Early signs are nonspecific and include fever, headache and malaise": fever (it was
    "include fever")."""
    rels = relations(tmp_path, "Early signs are nonspecific and include fever, headache and "
                     "malaise.", heading="Signs and symptoms")
    assert (T, SIGN, "fever") in rels, rels
    assert not any("include" in o for _, _, o in rels), rels


def test_complications_after_recovery_and_a_sense_lost(tmp_path: Path) -> None:
    """"Long-term complications following recovery may include hearing loss or loss of part
    of an arm or leg": hearing loss (nothing was read; then "hearing leg", the -ing word of
    the first member given to the part)."""
    rels = relations(tmp_path, "Long-term complications following recovery may include "
                     "hearing loss or loss of part of an arm or leg.", heading="About")
    assert (T, HARM, "hearing loss") in rels, rels
    assert not any("hearing leg" in o for _, _, o in rels), rels


@pytest.mark.parametrize("subject", ["It infects", "The bacteria infect"])
def test_what_it_does_on_the_way_under_a_mechanism_heading(tmp_path: Path,
                                                           subject: str) -> None:
    """Under "Mechanism", "The bacteria infect the cells lining the vessels, causing
    vasculitis": how the illness works (nothing was read)."""
    rels = relations(tmp_path, f"{subject} the cells lining the blood vessels, causing "
                     "vasculitis.", heading="Mechanism")
    assert (T, "involves", "vasculitis") in rels, rels


def test_a_delay_past_a_day_raises_the_risk_of_death(tmp_path: Path) -> None:
    """"Delays in treatment beyond day 5 are associated with a higher risk of death": the
    delay (when it passes is no part of its name; nothing was read)."""
    rels = relations(tmp_path, "Delays in treatment beyond day 5 are associated with a "
                     "higher risk of death.", heading="Prognosis")
    assert any(p == RISK and o == "death" and "delay" in s for s, p, o in rels), rels


def test_options_listed_under_care_are_remedies(tmp_path: Path) -> None:
    """"Options include A, B and C" under a heading of care: remedies (nothing was read);
    under diagnosis no remedy."""
    rels = relations(tmp_path, "Options include zorbolol, topiramate and amitriptyline.",
                     heading="Treatment")
    assert {("zorbolol", USED, T), ("amitriptyline", USED, T)} <= rels, rels
    rels = relations(tmp_path, "Options include CT and MRI.", heading="Diagnosis")
    assert not any(p == USED for _, p, _ in rels), rels


def test_more_effective_than_another_remedy_works(tmp_path: Path) -> None:
    """"Triptans, such as sumatriptan, are more effective than simple painkillers": the
    triptans work (the painkillers they are set against are no claim of it)."""
    rels = relations(tmp_path, "Triptans, such as sumatriptan, are more effective than simple "
                     "painkillers for severe attacks.", heading="Treatment")
    assert ("triptans", "effective_for", T) in rels, rels
    assert not any("painkillers" in s for s, _, _ in rels), rels


@pytest.mark.parametrize("sentence", ["It often improves with age.",
                                      "Attacks usually improve with time."])
def test_improving_with_age_or_time_names_no_remedy(tmp_path: Path, sentence: str) -> None:
    """"It often improves with age": no remedy named "age"."""
    rels = relations(tmp_path, sentence, heading="Outlook")
    assert not any(p == "effective_for" for _, p, _ in rels), rels


def test_a_remedy_kept_from_a_group_is_not_denied(tmp_path: Path) -> None:
    """"Topiramate must not be used in pregnancy": it is kept from pregnant women, not
    denied as a remedy."""
    rels = relations(tmp_path, "Topiramate must not be used in pregnancy because it can harm "
                     "the baby.", heading="Treatment")
    assert ("topiramate", USED, T) not in rels, rels


def test_how_often_a_habit_is_kept_is_no_part_of_its_name(tmp_path: Path) -> None:
    """"Taking painkillers on 15 or more days a month can lead to X": the painkillers (it
    was "painkillers on 15")."""
    rels = relations(tmp_path, "Taking painkillers on 15 or more days a month can lead to "
                     "rebound headache.", heading="Causes")
    assert not any("on 15" in s for s, _, _ in rels), rels


def test_what_is_critical_to_control_spread_prevents_it(tmp_path: Path) -> None:
    """"Provision of safe water and sanitation is critical to control the transmission of
    grebble fever": each prevents it (nothing was read)."""
    rels = relations(tmp_path, "Provision of safe water and sanitation is critical to control "
                     "the transmission of grebble fever.", heading="Prevention")
    assert {("safe water", "prevents", T), ("sanitation", "prevents", T)} <= rels, rels


def test_treated_through_the_prompt_giving_of_a_remedy(tmp_path: Path) -> None:
    """"can be treated successfully through prompt administration of oral rehydration
    solution": the solution (nothing was read; "rapid administration of X" is X)."""
    rels = relations(tmp_path, "Most people can be treated successfully through prompt "
                     "administration of oral rehydration solution.", heading="Treatment")
    assert ("oral rehydration solution", USED, T) in rels, rels


def test_a_help_list_and_a_list_of_what_a_sign_does(tmp_path: Path) -> None:
    """Under signs, "Get help if: - you have grebble fever and a weakened immune system, for
    example because of chemotherapy" names no sign (chemotherapy was one), nor do "The
    patches can: - look a bit like cornflakes - get bigger"; "- do not touch or scratch
    sores or blisters" under prevention is no (denied) means named "blisters"."""
    cs = page_claims(tmp_path, "Symptoms\nGet help if:\n- you have grebble fever and a weakened "
                     "immune system, for example because of chemotherapy\n\nThe patches can:\n"
                     "- look a bit like cornflakes stuck to your skin\n- get bigger\n\n"
                     "Prevention\nDon't:\n- do not touch or scratch sores or blisters\n")
    names = {x for c in cs.claims if c.object is not None
             for x in (cs.label(c.subject), cs.label(c.object))}
    for junk in ("chemotherapy", "weakened immune system", "cornflakes", "look a bit",
                 "blisters"):
        assert junk not in names, names
