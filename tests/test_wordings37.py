"""Sentence wordings read in session 37: risk and cause wordings of our own batteries, and a
clinical register (reviews, abstracts, reference pages) from public pages on other
conditions, each error rewritten as a sentence of our own about the made-up grebble fever."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.ingest.extract import extract_corpus

from .grebble_pages import page_claims, relations

T = "grebble fever"
RISK, CAUSES, ASSOC = "increases_risk_of", "causes", "associated_with"
USED, LOOKS, TEST = "used_for", "resembles", "diagnosed_by"
SIGN, HARM, AFFECTS = "has_symptom", "has_complication", "affects"


# --- who and what raises the risk ---------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Contributing factors include obesity, poor circulation and smoking.",
    "Contributory factors include obesity, poor circulation and smoking.",
    "Factors that contribute to grebble fever include obesity, poor circulation and smoking.",
])
def test_contributing_factors_list(tmp_path: Path, sentence: str) -> None:
    """"Contributing factors include A, B and C" had given nothing."""
    rels = relations(tmp_path, sentence, heading="Risk factors")
    assert {("obesity", RISK, T), ("poor circulation", RISK, T), ("smoking", RISK, T)} <= rels


def test_factors_contributing_to_another_thing_are_its(tmp_path: Path) -> None:
    """What the factors contribute to, when named and not the topic, is their object."""
    rels = relations(tmp_path, "Factors that contribute to kidney damage include smoking.")
    assert ("smoking", RISK, "kidney damage") in rels
    assert ("smoking", RISK, T) not in rels


def test_underlying_problem_such_as(tmp_path: Path) -> None:
    """"an underlying problem such as A, B or C" (only "condition" and "illness" were read)."""
    rels = relations(tmp_path, "Most patients have an underlying problem such as diabetes, "
                               "kidney failure or cancer.", heading="Risk factors")
    assert {("diabetes", RISK, T), ("kidney failure", RISK, T), ("cancer", RISK, T)} <= rels


@pytest.mark.parametrize("sentence", [
    "It is seen more often after surgery or childbirth.",
    "Grebble fever is more common after surgery or childbirth.",
])
def test_more_often_after(tmp_path: Path, sentence: str) -> None:
    """What it is seen more often after raises its risk, as "it develops after X" does."""
    rels = relations(tmp_path, sentence)
    assert {("surgery", RISK, T), ("childbirth", RISK, T)} <= rels


def test_patients_are_often_elderly_diabetic_or_obese(tmp_path: Path) -> None:
    """The states the topic's patients are said to be in, each a factor."""
    rels = relations(tmp_path, "Patients are often elderly, diabetic or obese.")
    assert {("diabetes", RISK, T), ("obesity", RISK, T)} <= rels


def test_patients_are_often_tired_is_no_factor(tmp_path: Path) -> None:
    """Only a word for such a state leads the list: tiredness is a sign, not a factor."""
    rels = relations(tmp_path, "Patients are often tired and irritable.")
    assert not any(p == RISK for _, p, _ in rels)


def test_people_who_are_obese_or_diabetic(tmp_path: Path) -> None:
    """Two states after "people who are" had stayed one factor, "obese or diabetic"."""
    rels = relations(tmp_path, "People who are obese or diabetic are more likely to get it.")
    assert {("obesity", RISK, T), ("diabetes", RISK, T)} <= rels
    assert not any("obese or" in s for s, _, _ in rels)


def test_having_had_opens_no_clause(tmp_path: Path) -> None:
    """"having had surgery" had cut the list of subjects before it: only surgery was read."""
    rels = relations(tmp_path, "Being over 60, having diabetes or having had surgery recently "
                               "all make it more likely.", heading="Risk factors")
    assert {("diabetes", RISK, T), ("surgery", RISK, T), ("older age", RISK, T)} <= rels


def test_those_affected_are_no_factor(tmp_path: Path) -> None:
    """"... are common in those affected": the topic's own patients, no group that raises
    the risk of each condition named ("affected" had become a factor of heart failure)."""
    rels = relations(tmp_path, "Underlying conditions such as diabetes and heart failure are "
                               "common in those affected.")
    assert ("heart failure", RISK, T) in rels
    assert not any(s == "affected" for s, _, _ in rels)


# --- a verb that shares the sentence's subject -------------------------------------------
def test_second_verb_after_and_is_the_topics(tmp_path: Path) -> None:
    """"X starts suddenly and can lead to Y": Y is X's (the second verb had no subject)."""
    rels = relations(tmp_path, "Grebble fever starts suddenly and can lead to kidney failure.")
    assert (T, HARM, "kidney failure") in rels


def test_and_has_been_linked_is_the_topics(tmp_path: Path) -> None:
    """"It is caused by bacteria, and has been linked to X": X is linked to the topic, not
    to the bacteria."""
    rels = relations(tmp_path, "It is caused by bacteria, and has been linked to the use of "
                               "nasal packs.")
    assert ("nasal packs", ASSOC, T) in rels
    assert ("bacteria", ASSOC, "nasal packs") not in rels


def test_second_verb_of_another_subject_stays_its_own(tmp_path: Path) -> None:
    """The rash's second verb is the rash's: nothing of the topic is read from it."""
    rels = relations(tmp_path, "The rash starts on the chest and can spread to the arms.")
    assert (T, HARM, "arms") not in rels


# --- a clinical register: tests, look-alikes, sites --------------------------------------
@pytest.mark.parametrize(("sentence", "tests"), [
    ("Blood tests and imaging may assist with the diagnosis.", {"blood tests", "imaging"}),
    ("Laboratory testing and imaging can support the diagnosis.",
     {"laboratory testing", "imaging"}),
    ("The criterion standard is a skin biopsy.", {"skin biopsy"}),
    ("The gold standard for diagnosis is a skin biopsy.", {"skin biopsy"}),
    ("Imaging can help with the diagnosis, but the gold standard is joint aspiration.",
     {"joint aspiration", "imaging"}),
    ("First tests to order: full blood count, serum lactate.",
     {"full blood count", "serum lactate"}),
])
def test_tests_in_a_clinical_register(tmp_path: Path, sentence: str, tests: set[str]) -> None:
    """Tests said to assist with or support the diagnosis, the gold or criterion standard,
    and a reference page's "First tests to order:" had given nothing."""
    rels = relations(tmp_path, sentence, heading="Diagnosis" if "order" in sentence
                     else "About")
    assert {(T, TEST, t) for t in tests} <= rels


def test_gold_standard_of_care_is_no_test(tmp_path: Path) -> None:
    """Under treatment, "the gold standard is surgery" names care, not a test."""
    rels = relations(tmp_path, "The gold standard is surgery to remove the dead tissue.",
                     heading="Treatment")
    assert not any(p == TEST for _, p, _ in rels)


def test_help_the_diagnosis_without_in_or_with_is_no_test(tmp_path: Path) -> None:
    """Only "helps in / with the diagnosis" names a test: "helps the diagnosis sink in"
    does not."""
    rels = relations(tmp_path, "Family support helps the diagnosis sink in.")
    assert not any(p == TEST for _, p, _ in rels)


@pytest.mark.parametrize(("sentence", "signs"), [
    ("The most sensitive findings include pain on moving the joint and a limp.",
     {"pain on moving the joint", "limp"}),
    ("Key diagnostic factors include fever, a rash and low blood pressure.",
     {"fever", "rash", "low blood pressure"}),
])
def test_findings_and_diagnostic_factors_are_signs(tmp_path: Path, sentence: str,
                                                   signs: set[str]) -> None:
    """A reference page's "key diagnostic factors" and "the most sensitive findings"."""
    assert {(T, SIGN, s) for s in signs} <= relations(tmp_path, sentence)


def test_consider_mimics_names_look_alikes(tmp_path: Path) -> None:
    """"Clinicians should consider mimics, such as A and B" had read A and B as remedies."""
    rels = relations(tmp_path, "Clinicians should consider mimics, such as gout and "
                               "cellulitis.")
    assert {(T, LOOKS, "gout"), (T, LOOKS, "cellulitis")} <= rels
    assert not any(p == USED for _, p, _ in rels)


def test_most_common_site_is_no_risk_factor(tmp_path: Path) -> None:
    """"It occurs most often in the knees and hips": where it shows, not what raises it."""
    rels = relations(tmp_path, "It occurs most often in the knees and hips.")
    assert (T, AFFECTS, "knees") in rels
    assert not any(p == RISK for _, p, _ in rels)


@pytest.mark.parametrize("sentence", [
    "The most common etiology is a zorbacillus infection.",
    "The most common aetiology is a zorbacillus infection.",
])
def test_etiology_is(tmp_path: Path, sentence: str) -> None:
    """"The most common etiology is X" names a cause, as "the most common cause is X"."""
    assert ("zorbacillus infection", CAUSES, T) in relations(tmp_path, sentence)


def test_etiology_is_named_by_a_figure_free_reading_only(tmp_path: Path) -> None:
    """(A guard for the wording above: "the aetiology of X is unknown" names no cause.)"""
    rels = relations(tmp_path, "The aetiology of grebble fever is unknown.")
    assert not any(p == CAUSES for _, p, _ in rels)


# --- people and what comes before it ------------------------------------------------------
@pytest.mark.parametrize(("sentence", "factor"), [
    ("It can occur in intravenous drug misusers.", "intravenous drug misuse"),
    ("It can occur in intravenous drug users and smokers.", "smoking"),
    ("It is common in heavy drinkers.", "heavy drinking"),
    ("Surgery on broken bones may increase this incidence.", "surgery on broken bones"),
    ("A bruise can precede the illness.", "bruise"),
    ("Patients are frequently found to have underlying diabetes or alcohol dependence.",
     "alcohol dependence"),
    ("It can spread from a nearby infection, such as a boil or an abscess.", "boil"),
])
def test_people_and_what_comes_first(tmp_path: Path, sentence: str, factor: str) -> None:
    """Drug misusers, smokers and drinkers as people it occurs in; what increases "this
    incidence"; what can precede the illness; what its patients are found to have; a
    nearby infection it spreads from."""
    assert (factor, RISK, T) in relations(tmp_path, sentence)


def test_patients_found_to_have_a_sign_is_no_factor(tmp_path: Path) -> None:
    """"Patients are often found to have a high fever": a sign, not a factor."""
    rels = relations(tmp_path, "Patients are often found to have a high fever.")
    assert not any(p == RISK for _, p, _ in rels)


# --- a reference page's diagnostic factors -------------------------------------------------
def test_history_of_among_diagnostic_factors_is_a_risk(tmp_path: Path) -> None:
    """"history of kidney disease" among the diagnostic factors is what the patient had
    before (it had been a complication); "presence of risk factors" is no sign."""
    rels = relations(tmp_path, "common\n\nhigh fever\n\nhistory of kidney disease\n\n"
                               "presence of risk factors\n", heading="Other diagnostic factors")
    assert (T, SIGN, "high fever") in rels
    assert ("kidney disease", RISK, T) in rels
    assert not any(o == "kidney disease" for _, _, o in rels)
    assert not any("risk factors" in o for _, _, o in rels)


def test_infection_to_be_considered_is_no_remedy(tmp_path: Path) -> None:
    """"Infection with X should be considered in patients with ..." names a diagnosis to
    think of: it had been a remedy."""
    rels = relations(tmp_path, "Infection with zorbacillus should be considered in patients "
                               "with recent contact with a hospital.")
    assert not any(p == USED for _, p, _ in rels)


@pytest.mark.parametrize("sentence", [
    "A purple rash with fever and neck stiffness is suggestive of the diagnosis.",
    "Fever, confusion and a purple rash are sometimes present.",
])
def test_signs_suggestive_or_sometimes_present(tmp_path: Path, sentence: str) -> None:
    """Signs said to suggest the diagnosis, or to be sometimes present (under signs)."""
    rels = relations(tmp_path, sentence, heading="Symptoms")
    assert {(T, SIGN, "fever"), (T, SIGN, "purple rash")} <= rels


def test_case_definition_words_are_no_tests(tmp_path: Path) -> None:
    """A case definition's "Case classification" and "Probable: ..." lines name no test."""
    rels = relations(tmp_path, "Laboratory criteria\n\nNegative results on the following "
                               "tests, if done:\n\nThroat swab\n\nBlood tests for other fevers"
                               "\n\nCase classification\n\nProbable: a case that meets the "
                               "laboratory criteria.\n", heading="Criteria\n")
    tests = {o for _, p, o in rels if p == TEST}
    assert "throat swab" in tests
    assert not tests & {"case classification", "probable"}


# --- a health board's page: lists with glosses, purposes and vaccines ---------------------
def test_a_members_purpose_does_not_end_the_list(tmp_path: Path) -> None:
    """"..., medication to relieve spasms, and sometimes artificial ventilation": the purpose
    had cut the list, and the members after it were lost."""
    rels = relations(tmp_path, "Treatment may include immunoglobulin, antibiotics, medication "
                               "to relieve muscle spasms, and sometimes artificial ventilation.")
    assert {("immunoglobulin", USED, T), ("antibiotics", USED, T),
            ("artificial ventilation", USED, T)} <= rels


def test_a_purpose_of_destroying_is_no_part_of_the_name(tmp_path: Path) -> None:
    rels = relations(tmp_path, "Treatment is with immunoglobulin to destroy the bacteria.")
    assert ("immunoglobulin", USED, T) in rels


def test_a_bracket_gloss_does_not_type_a_bare_list_line(tmp_path: Path) -> None:
    """"Pulmonary embolism (a blockage caused by a clot)" had typed its line as a heading of
    causes: the items after it became causes of the topic."""
    rels = relations(tmp_path, "Grebble fever can cause serious problems, including:\n\n"
                               "Laryngospasm\nPulmonary embolism (blockage in lungs caused by a "
                               "blood clot)\nAspiration pneumonia\nBreathing difficulty",
                     heading="Complications")
    assert {(T, HARM, "pulmonary embolism"), (T, HARM, "aspiration pneumonia"),
            (T, HARM, "breathing difficulty")} <= rels
    assert not any(o == T for _, _, o in rels)


def test_a_one_word_sign_keeps_its_name_before_a_gloss(tmp_path: Path) -> None:
    """"Seizures (jerking or staring)": the gloss had replaced the name."""
    rels = relations(tmp_path, "Other symptoms can include:\n\nTrouble swallowing\nSeizures "
                               "(jerking or staring)\nHeadache", heading="Symptoms")
    assert (T, SIGN, "seizures") in rels


def test_quotes_are_no_part_of_a_name(tmp_path: Path) -> None:
    rels = relations(tmp_path, 'The first sign is most commonly spasms of the jaw muscles, or '
                               '"lockjaw."', heading="Symptoms")
    assert (T, SIGN, "lockjaw") in rels


def test_a_long_last_line_after_a_colon_lead_is_an_item(tmp_path: Path) -> None:
    """A bare list after "Risk factors ... include:" whose last line is long (no full stop)
    had been read as two headings and a paragraph; failure to get vaccinated is the lack
    of vaccination."""
    rels = relations(tmp_path, "It needs care.\n\nRisk factors of getting grebble fever "
                               "include:\n\nA foreign body, such as a splinter\nAn injury that "
                               "lets spores into the wound\nFailure to get vaccinated or to keep "
                               "up to date with booster shots against it", heading="Treatment")
    assert {("foreign body", RISK, T), ("injury", RISK, T),
            ("lack of vaccination", RISK, T)} <= rels


@pytest.mark.parametrize("sentence", [
    "Doctors recommend grebble vaccination for everyone.",
    "A preventive vaccine is available.",
])
def test_vaccines_recommended_or_available_prevent(tmp_path: Path, sentence: str) -> None:
    rels = relations(tmp_path, sentence, heading="Prevention")
    assert any(p == "prevents" and o == T and "vaccin" in s for s, p, o in rels)


def test_other_vaccines_given_with_it_are_no_remedy(tmp_path: Path) -> None:
    """"given combined with other vaccines, such as A and B": the others are for others."""
    rels = relations(tmp_path, "A vaccine is available, and is usually given combined with "
                               "other vaccines, such as measles and polio.")
    assert not any(p == USED for _, p, _ in rels)


def test_ways_to_enter_the_body(tmp_path: Path) -> None:
    rels = relations(tmp_path, "One of the most common ways that the bacteria can enter the "
                               "body is through a cut or a puncture wound.")
    assert {("cut", RISK, T), ("puncture wound", RISK, T)} <= rels


def test_an_event_of_the_next_clause_does_not_time_this_one(tmp_path: Path) -> None:
    """"It progresses for about two weeks, and recovery can last about a month": the two
    weeks had been taken as the recovery's too."""
    cs = page_claims(tmp_path, "About\nThe illness progresses for about two weeks, and "
                               "recovery can last about a month.")
    timed = {(cs.label(c.subject), c.measure.value) for c in cs.claims
             if c.measure is not None and c.measure.kind == "duration"}
    assert ("recovery", 1.0) in timed
    assert ("recovery", 2.0) not in timed


# --- an encyclopedia's short article --------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Complications may arise, including kidney damage and septic shock.",
    "Occasionally, complications may develop, such as kidney damage or septic shock.",
    "Serious complications may occur, such as kidney damage or septic shock.",
])
def test_complications_may_arise_including(tmp_path: Path, sentence: str) -> None:
    """"Complications may arise, including X" had given nothing."""
    rels = relations(tmp_path, sentence)
    assert {(T, HARM, "kidney damage"), (T, HARM, "septic shock")} <= rels


def test_care_in_a_clause_after_diagnosis_stays_care(tmp_path: Path) -> None:
    """"Diagnosis is made through tests, and it can be treated with antibiotics": the
    antibiotics had become a test because the sentence spoke of diagnosis."""
    rels = relations(tmp_path, "Diagnosis is typically made through blood and stool tests, "
                               "and it can be treated effectively with antibiotics.")
    assert ("antibiotics", USED, T) in rels
    assert (T, TEST, "antibiotics") not in rels
    assert (T, TEST, "blood tests") in rels


def test_prevention_focuses_on(tmp_path: Path) -> None:
    rels = relations(tmp_path, "Prevention focuses on good sanitation and vaccination.")
    assert {("good sanitation", "prevents", T), ("vaccination", "prevents", T)} <= rels


def test_a_remedys_verb_is_no_part_of_its_name(tmp_path: Path) -> None:
    """"Treatment with antibiotics usually brings the disease under control": antibiotics."""
    rels = relations(tmp_path, "Treatment with antibiotics usually brings the disease under "
                               "control within a few days.")
    assert ("antibiotics", USED, T) in rels


def test_a_denial_inside_an_if_clause_is_no_denial(tmp_path: Path) -> None:
    """"If antibiotics are not given, complications can occur": no claim that antibiotics
    are not used for it."""
    cs = page_claims(tmp_path, "About\nIf antibiotics are not given, complications can occur "
                               "around the third week.")
    assert not any(c.negated and cs.label(c.subject) == "antibiotics" for c in cs.claims)


def test_an_organ_becoming_enlarged_is_a_sign(tmp_path: Path) -> None:
    rels = relations(tmp_path, "The spleen may also become enlarged.", heading="Symptoms")
    assert (T, SIGN, "spleen enlargement") in rels


# --- prevention said to people ---------------------------------------------------------------
@pytest.mark.parametrize(("sentence", "act", "negated"), [
    ("Make sure your vaccinations are up to date.", "vaccination", False),
    ("Healthcare workers should wear gloves.", "wearing gloves", False),
    # (since session 41, avoiding what they should not use, asserted: it had been a denial
    # that the nasal packs prevent it)
    ("People who have had it should not use nasal packs again.", "nasal pack avoidance", False),
])
def test_prevention_said_to_people(tmp_path: Path, sentence: str, act: str,
                                   negated: bool) -> None:
    """A command said to a group ("X should (not) do Y") or about vaccines being up to date."""
    cs = page_claims(tmp_path, f"Prevention\n{sentence}")
    got = {(cs.label(c.subject), c.negated) for c in cs.claims if c.predicate == "prevents"}
    assert (act, negated) in got


def test_a_participle_clause_after_a_comma_is_no_member(tmp_path: Path) -> None:
    """"causes blood clots in small vessels, starving the skin of oxygen": the participle's
    clause had been read as a second harm."""
    rels = relations(tmp_path, "The infection causes blood clots in small vessels, starving "
                               "the skin of oxygen.")
    assert (T, HARM, "blood clots in small vessels") in rels
    assert not any("starving" in o for _, _, o in rels)


# --- a clinic's complications by organ ------------------------------------------------------
def test_a_form_of_the_topic_leads_to_its_harm(tmp_path: Path) -> None:
    """"Untreated lung grebble fever can lead to permanent scarring": the form's harm (the
    pair had been dropped as a cause between two other things)."""
    rels = relations(tmp_path, "Untreated lung grebble fever can lead to permanent scarring "
                               "in the lungs.", heading="Complications")
    assert ("lung grebble fever", HARM, "permanent lung scarring") in rels


def test_its_own_process_causes_its_harm_and_the_harm_leads_on(tmp_path: Path) -> None:
    """Under complications, "Inflammation can cause damage that may lead to blindness": the
    damage is the topic's harm, and blindness the damage's."""
    rels = relations(tmp_path, "Inflammation can affect almost any part of the eye and can "
                               "cause damage that may lead to blindness.",
                     heading="Complications")
    assert (T, HARM, "damage") in rels
    assert ("damage", HARM, "blindness") in rels


def test_a_virus_that_causes_another_illness_stays_apart(tmp_path: Path) -> None:
    rels = relations(tmp_path, "It is caused by a virus that causes colds.")
    assert ("virus", CAUSES, T) in rels
    assert not any(o == "colds" for _, _, o in rels)


def test_a_degree_of_is_no_part_of_a_name(tmp_path: Path) -> None:
    rels = relations(tmp_path, "There is a risk that it could cause a degree of permanent "
                               "vision loss.")
    assert (T, HARM, "permanent vision loss") in rels


# --- a skin infection's page -----------------------------------------------------------------
def test_more_chances_if_other_problems_are_present(tmp_path: Path) -> None:
    rels = relations(tmp_path, "There are more chances to get grebble fever if other problems "
                               "like eczema, lice or insect bites are present.")
    assert {("eczema", RISK, T), ("lice", RISK, T), ("insect bites", RISK, T)} <= rels


def test_yet_is_no_part_of_a_group(tmp_path: Path) -> None:
    rels = relations(tmp_path, "The condition is contagious, yet children with skin problems, "
                               "cuts or insect bites are more at risk for developing it.")
    assert ("skin problems", RISK, T) in rels
    assert not any(s.startswith("yet") for s, _, _ in rels)


def test_a_purpose_of_determining_is_no_part_of_a_test(tmp_path: Path) -> None:
    rels = relations(tmp_path, "It is diagnosed through lab tests to determine the type of "
                               "bacteria.")
    assert (T, TEST, "lab tests") in rels


def test_conditions_with_similar_symptoms_are_look_alikes(tmp_path: Path) -> None:
    """"Other conditions that can result in symptoms similar to the common form include A":
    "result in" had been read as a cause and hidden the look-alike list."""
    rels = relations(tmp_path, "Other conditions that can result in symptoms similar to the "
                               "common form include contact dermatitis and scabies.")
    assert {(T, LOOKS, "contact dermatitis"), (T, LOOKS, "scabies")} <= rels
    assert not any(p == CAUSES for _, p, _ in rels)


def test_a_form_called_by_a_name_is_no_second_name_of_the_topic(tmp_path: Path) -> None:
    """"... and turns into a form of grebble fever called ecthyma": ecthyma had become a
    name of the topic, and the infection's spread a factor raising its risk."""
    rels = relations(tmp_path, "In serious cases, the infection invades a deeper layer of skin "
                               "and turns into a form of grebble fever called ecthyma.")
    assert (T, HARM, "ecthyma") in rels
    assert not any(p == RISK for _, p, _ in rels)


# --- a news item retelling a health service's page ----------------------------------------
def test_amongst_other_complications_is_no_part_of_a_name(tmp_path: Path) -> None:
    rels = relations(tmp_path, "Without prompt treatment, it can trigger seizures, sight loss "
                               "and limb amputation amongst other serious complications.")
    assert (T, HARM, "limb amputation") in rels


def test_a_part_made_to_swell_is_how_it_works(tmp_path: Path) -> None:
    """"cause the meninges to inflame and swell": the verbs' state, the part's inflammation."""
    rels = relations(tmp_path, "The germs multiply rapidly and cause the joints to inflame "
                               "and swell.")
    assert (T, "involves", "joint inflammation") in rels


def test_lack_of_a_part_raises_the_risk_and_is_no_site(tmp_path: Path) -> None:
    """"like lack of a spleen, have an enhanced risk": the missing part is a factor (its
    lack the level), and no site the illness reaches."""
    cs = page_claims(tmp_path, "About\nChildren with specific medical conditions, like lack "
                               "of a spleen, have an enhanced risk of getting grebble fever.")
    got = {(cs.label(c.subject), c.qualifiers.level if c.qualifiers else None)
           for c in cs.claims if c.predicate == RISK}
    assert ("spleen", "deficiency") in got
    assert not any(c.predicate == AFFECTS for c in cs.claims)


def test_one_form_of_the_disease_is_the_topic(tmp_path: Path) -> None:
    rels = relations(tmp_path, "One form of the disease also causes blood poisoning.")
    assert (T, HARM, "blood poisoning") in rels
    assert not any(s == "one form" for s, _, _ in rels)


# --- a clinician's terse notes ---------------------------------------------------------------
def test_bullets_after_a_line_with_no_full_stop_are_items(tmp_path: Path) -> None:
    """A bullet line after a field line with no full stop had been glued onto it."""
    rels = relations(tmp_path, "signs and symptoms: usually the face is involved\n"
                               "\u2022 sudden onset: malaise, headache, vomiting, fever\n"
                               "\u2022 itching over the area", heading="Symptoms")
    assert {(T, SIGN, "malaise"), (T, SIGN, "headache"), (T, SIGN, "fever"),
            (T, SIGN, "itching")} <= rels


def test_a_notes_line_without_its_subject(tmp_path: Path) -> None:
    """"etiology:" then "usually seen in infants ...; often follows a cold; may follow a
    scratch": the clauses' subject, the topic, left out."""
    rels = relations(tmp_path, "etiology:\nusually seen in infants, young children and the "
                               "elderly; often follows a cold, with infection spreading via "
                               "small breaks in the skin; may follow a scratch")
    assert {("young age", RISK, T), ("older age", RISK, T), ("cold", RISK, T),
            ("scratch", RISK, T)} <= rels
    assert not any(s.startswith("infection spreading") for s, _, _ in rels)


@pytest.mark.parametrize("body", [
    "Definition: a superficial skin infection, usually caused by zorbacillus.",
    "\ndefinition:\nsuperficial skin infection, usually caused by zorbacillus",
])
def test_a_definition_field_is_the_topics(tmp_path: Path, body: str) -> None:
    assert ("zorbacillus", CAUSES, T) in relations(tmp_path, body)


def test_occurs_in_a_group_but_rarely_is_no_risk(tmp_path: Path) -> None:
    """"It does occur in toddlers, but it is rare": no risk of theirs; "most often seen in
    people on dialysis but rare" still names the group."""
    rels = relations(tmp_path, "Grebble fever does occur in toddlers, but it is rare.")
    assert not any(p == RISK for _, p, _ in rels)
    rels = relations(tmp_path, "It is most often seen in people on dialysis but stays rare "
                               "overall.")
    assert ("dialysis", RISK, T) in rels


def test_lower_case_section_headings_of_a_note(tmp_path: Path) -> None:
    """A note's headings in lower case ("signs and symptoms", "differential diagnosis") head
    their sections, and the page's one-word title stays its title (not the first heading)."""
    page = tmp_path / "notes.txt"
    page.write_text("Grebble fever\n\ndefinition and etiology\n\ndefinition:\nsuperficial skin "
                    "infection, usually caused by zorbacillus; also known as \"St. Tarn's "
                    "fire\"\n\ndifferential diagnosis\n\n\u2022 gout\n\u2022 cellulitis\n",
                    encoding="utf-8")
    cs, _, _ = extract_corpus([page], progress=False)
    rels = {(cs.label(c.subject), c.predicate, cs.label(c.object))
            for c in cs.claims if c.object is not None}
    assert ("zorbacillus", CAUSES, T) in rels
    assert {(T, LOOKS, "gout"), (T, LOOKS, "cellulitis")} <= rels
    assert not any(s.split()[0].strip('".').lower() == "st" for s, _, _ in rels)


# --- a clinic's kidney-infection page ------------------------------------------------------
@pytest.mark.parametrize(("sentence", "factor"), [
    ("Rarely, grebble fever results after kidney surgery.", "kidney surgery"),
    ("Older patients face a higher risk of grebble fever.", "older age"),
])
def test_results_after_and_face_a_higher_risk(tmp_path: Path, sentence: str,
                                              factor: str) -> None:
    assert (factor, RISK, T) in relations(tmp_path, sentence)


def test_increase_risk_ends_the_members(tmp_path: Path) -> None:
    """"Congenital problems such as A or B increase risk": "increase risk" had stayed in
    the last member's name."""
    rels = relations(tmp_path, "Structural problems: Congenital problems such as kidney reflux "
                               "or a narrow ureter increase risk, especially in children.",
                     heading="Risk factors")
    assert ("narrow ureter", RISK, T) in rels
    assert not any("increase" in s for s, _, _ in rels)


# --- figures from a charity's fact file -----------------------------------------------------
def _figures(tmp_path: Path, sentence: str) -> list:
    cs = page_claims(tmp_path, f"About\n{sentence}")
    return [c.measure for c in cs.claims if c.measure is not None]


@pytest.mark.parametrize("sentence", [
    "The number of cases per year in the UK ranges from 750 to 2,800.",
    "The number of cases each year is between 750 and 2,800.",
])
def test_a_number_of_cases_that_ranges(tmp_path: Path, sentence: str) -> None:
    """"The number of cases ... ranges from A to B": a count with both ends (nothing had
    been read, or only the first number)."""
    counts = [m for m in _figures(tmp_path, sentence) if m.kind == "count"]
    assert [(m.low, m.high) for m in counts] == [(750.0, 2800.0)]


def test_a_groups_verb_is_no_part_of_the_group(tmp_path: Path) -> None:
    """"29% of people had recurrent episodes": the people, no group "people had ..."."""
    got = _figures(tmp_path, "In one study, 29% of people had recurrent episodes within "
                             "three years.")
    assert got and all(m.population is None or "had" not in m.population for m in got)


def test_what_may_be_life_threatening_keeps_its_whole_name(tmp_path: Path) -> None:
    """"a hole in the bowel wall, which may be life-threatening": the hole kills, not the
    wall (the name had been cut at the article after "in")."""
    rels = relations(tmp_path, "It can cause a hole in the bowel wall, which may be "
                               "life-threatening.")
    assert ("hole in the bowel wall", CAUSES, "death") in rels
    assert ("bowel wall", CAUSES, "death") not in rels


def test_leading_to_after_a_harm_is_the_topics_too(tmp_path: Path) -> None:
    """"It can cause blood poisoning, leading to gangrene": the sentence's subject leads on
    (the participle had found no subject of its own clause)."""
    rels = relations(tmp_path, "Grebble fever can cause blood poisoning, leading to gangrene "
                               "and organ failure.")
    assert {(T, HARM, "blood poisoning"), (T, HARM, "gangrene"),
            (T, HARM, "organ failure")} <= rels


# --- a clinic's treatment page whose lists lost their bullets -----------------------------
def test_a_bare_list_under_a_colon_lead_after_a_blank_line(tmp_path: Path) -> None:
    """"Treatment may include:", a blank line, then short capitalised lines with no full
    stop: items (the first line's commas had made it a paragraph that swallowed the rest);
    "If your arm is affected, raising it may help" is care after its condition."""
    rels = relations(tmp_path, "Treatment may include:\n\nOral, intramuscular (a jab), or "
                               "intravenous (IV) antibiotics\nCool, wet dressings on the sore "
                               "site\nSurgery\n"
                               "If your arm is affected, raising the arm may help\nRest\n",
                     heading="Treatment")
    remedies = {s for s, p, o in rels if p == USED and o == T}
    assert {"intravenous antibiotics", "surgery", "rest"} <= remedies
    assert not any(s.startswith("if ") for s in remedies)


def test_a_list_of_when_to_go_to_hospital_names_no_remedies(tmp_path: Path) -> None:
    """"You may need to be treated in hospital if:" lists when, not remedies."""
    rels = relations(tmp_path, "You may need to be treated in hospital if:\n\nThe pain is "
                               "getting worse\nYou have a high fever\n", heading="Treatment")
    assert not {s for s, p, _ in rels if p == USED} & {"high fever", "pain"}
