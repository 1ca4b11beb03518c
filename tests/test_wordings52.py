"""Readings mended in session 52: care given as a precaution, things to be avoided, acts
not done, results said to be common, and samples tested, written as sentences of our own
about a made-up illness."""

from __future__ import annotations

from pathlib import Path

import pytest

from .grebble_pages import page_claims

T = "grebble fever"


def said(tmp_path: Path, body: str, heading: str) -> set[tuple[str, str, str, bool]]:
    """Return (subject, predicate, object, denied) of every relation the page gives."""
    cs = page_claims(tmp_path, f"{heading}\n{body}")
    return {(cs.label(c.subject), c.predicate, cs.label(c.object), c.negated)
            for c in cs.claims if c.object is not None}


@pytest.mark.parametrize(("body", "heading"), [
    ("Close contacts may be offered antibiotics as a precaution.", "Prevention"),
    ("People who have been exposed may be given antibiotics as a precaution.", "Prevention"),
    ("Antibiotics are given as a precaution.", "Treatment"),
    ("Antibiotics are sometimes given prophylactically.", "Treatment"),
])
def test_care_given_as_a_precaution_prevents(tmp_path: Path, body: str, heading: str) -> None:
    """Care given as a precaution keeps the illness away; "precaution" was read as the
    care, the care as treating the illness, or "antibiotics as a precaution" as its name."""
    assert said(tmp_path, body, heading) == {("antibiotics", "prevents", T, False)}


def test_a_precaution_against_another_harm_keeps_its_reading(tmp_path: Path) -> None:
    """A precaution against something else named is not one against the topic."""
    claims = said(tmp_path, "Antibiotics are given as a precaution against wound infection.",
                  "Treatment")
    assert ("antibiotics", "prevents", T, False) not in claims, claims


@pytest.mark.parametrize(("body", "acts"), [
    ("Hot tubs should be avoided.", {"hot tub avoidance"}),
    ("Alcohol and smoking should be avoided.", {"alcohol avoidance", "smoking cessation"}),
    ("Contact with sick animals should be avoided.", {"sick animal avoidance"}),
    ("Sharing towels or razors should be avoided.",
     {"sharing towel avoidance", "sharing razor avoidance"}),
])
def test_things_to_be_avoided_under_prevention_prevent(tmp_path: Path, body: str,
                                                       acts: set[str]) -> None:
    """Under prevention, keeping away from a thing is what prevents the illness, named as
    the command "Avoid ..." names it; nothing was read."""
    assert said(tmp_path, body, "Prevention") == {(a, "prevents", T, False) for a in acts}


def test_a_remedy_to_be_avoided_under_care_is_still_denied(tmp_path: Path) -> None:
    """Under care the remedy to avoid is denied (as before): no avoidance is named."""
    assert said(tmp_path, "Aspirin should be avoided.", "Treatment") == {
        ("aspirin", "used_for", T, True)}


@pytest.mark.parametrize(("body", "acts"), [
    ("Not smoking prevents grebble fever.", {"smoking cessation"}),
    ("Not sharing towels helps prevent grebble fever.", {"sharing towel avoidance"}),
    ("Washing hands and not sharing towels helps prevent grebble fever.",
     {"washing hands", "sharing towel avoidance"}),
])
def test_an_act_not_done_is_named_as_its_avoidance(tmp_path: Path, body: str,
                                                   acts: set[str]) -> None:
    """"Not sharing towels" is the avoidance of sharing them; it was a name of its own
    ("not smoking"), or joined to the act before it into one."""
    assert said(tmp_path, body, "Prevention") == {(a, "prevents", T, False) for a in acts}


@pytest.mark.parametrize(("body", "test"), [
    ("An elevated ESR is common.", "esr test"),
    ("A raised CRP is usual.", "crp test"),
    ("Low sodium levels are typical.", "sodium test"),
])
def test_a_result_said_to_be_common_names_its_test(tmp_path: Path, body: str,
                                                   test: str) -> None:
    """A result common among people with the illness is found by its test; nothing was
    read."""
    assert said(tmp_path, body, "Diagnosis") == {(T, "diagnosed_by", test, False)}


def test_a_common_sign_names_no_test(tmp_path: Path) -> None:
    """A sign said to be common is no test's result."""
    claims = said(tmp_path, "A high temperature is common.", "Diagnosis")
    assert not any(p == "diagnosed_by" for _, p, _, _ in claims), claims


@pytest.mark.parametrize(("body", "sample"), [
    ("The diagnosis is usually made by examining a sample of tissue under a microscope.",
     "tissue sample"),
    ("The diagnosis is confirmed by looking at a skin sample under a microscope.",
     "skin sample"),
])
def test_a_sample_tested_is_the_means(tmp_path: Path, body: str, sample: str) -> None:
    """The sample a page says is examined is the means of diagnosis; the whole act ("looking
    at a skin sample under a microscope") was its name."""
    assert said(tmp_path, body, "Diagnosis") == {(T, "diagnosed_by", sample, False)}


@pytest.mark.parametrize(("body", "signs"), [
    ("Symptoms include fever, swelling in the hands and feet, and a rash.",
     {"fever", "hand swelling", "foot swelling", "rash"}),
    ("Symptoms include fever and redness of the palms and soles.",
     {"fever", "palm redness", "sole redness"}),
    ("Symptoms include fever and peeling skin on the hands and feet.", {"fever", "peeling skin"}),
])
def test_a_sign_at_a_pair_of_parts_in_a_list_is_at_both(tmp_path: Path, body: str,
                                                        signs: set[str]) -> None:
    """In a list, a sign at one of a pair of parts with the other named bare after it is at
    both; the second part was lost or read as a sign ("feet"), and a part's state at the
    parts was named with the first part inside it ("peeling hand skin")."""
    claims = said(tmp_path, body, "Symptoms")
    assert {o for _, p, o, _ in claims if p == "has_symptom"} == signs, claims


def test_a_part_in_a_state_at_a_pair_of_parts_is_one_sign(tmp_path: Path) -> None:
    """"Peeling skin on the hands and feet" as a line is one sign ("peeling feet" was one)."""
    claims = said(tmp_path, "Peeling skin on the hands and feet.", "Symptoms")
    assert {o for _, p, o, _ in claims if p == "has_symptom"} == {"peeling skin"}, claims


def test_an_immune_system_sent_into_overdrive_is_an_abnormal_response(tmp_path: Path) -> None:
    """"causes the immune system to go into overdrive" (only "goes into overdrive" was
    read)."""
    claims = said(tmp_path, "It causes the immune system to go into overdrive.", "Causes")
    assert (T, "involves", "abnormal immune response", False) in claims, claims


def test_how_soon_an_act_is_done_is_no_part_of_its_name(tmp_path: Path) -> None:
    """"Removing ticks quickly" is tick removal ("ticks quickly removal" before)."""
    assert said(tmp_path, "Removing ticks quickly lowers the risk.", "Prevention") == {
        ("tick removal", "prevents", T, False)}


def test_the_area_around_a_wound_in_a_state_gives_the_signs(tmp_path: Path) -> None:
    """"The area around the wound becomes hot, swollen and very painful": the signs of the
    area (the wound, no body part, was taken for the place of the states, so nothing was
    read)."""
    claims = said(tmp_path, "The area around the wound becomes hot, swollen and very painful.",
                  "Symptoms")
    assert {o for _, p, o, _ in claims if p == "has_symptom"} == {"warmth", "swelling", "pain"}


@pytest.mark.parametrize(("body", "heading", "predicate", "named"), [
    ("Scarring of the lungs can make breathing difficult.", "Complications",
     "has_complication", {"lung scarring", "difficulty breathing"}),
    ("Swelling of the throat can make it hard to breathe.", "Complications",
     "has_complication", {"throat swelling", "difficulty breathing"}),
    ("The pain can make walking difficult.", "Symptoms", "has_symptom",
     {"pain", "difficulty walking"}),
    ("It can make it hard for you to swallow.", "Symptoms", "has_symptom",
     {"difficulty swallowing"}),
])
def test_what_a_harm_makes_hard_is_named(tmp_path: Path, body: str, heading: str,
                                          predicate: str, named: set[str]) -> None:
    """A harm that makes an everyday act hard: the harm and the difficulty, as the section
    files them (nothing was read)."""
    claims = said(tmp_path, body, heading)
    assert {o for _, p, o, _ in claims if p == predicate} == named, claims


def test_what_care_makes_hard_is_no_sign(tmp_path: Path) -> None:
    """Under care, what makes an act hard is the care's burden, not the illness's sign."""
    claims = said(tmp_path, "The medicine can make it hard to sleep.", "Treatment")
    assert not any(o == "difficulty sleeping" for _, _, o, _ in claims), claims


@pytest.mark.parametrize(("body", "factors"), [
    ("Older people and those with diabetes tend to do less well.", {"older age", "diabetes"}),
    ("Patients with heart disease do less well.", {"heart disease"}),
])
def test_groups_that_do_less_well_foretell_a_poor_outlook(tmp_path: Path, body: str,
                                                           factors: set[str]) -> None:
    """"do less well" is a poor outlook (only "do worse" and "do badly" were read), and a
    second group after "and those with" is a factor too."""
    claims = said(tmp_path, body, "Outlook")
    assert {s for s, p, o, _ in claims if o == "poor prognosis"} == factors, claims


@pytest.mark.parametrize(("body", "test"), [
    ("Tissue samples are sent to the lab to look for bacteria.", "tissue biopsy"),
    ("Fluid samples are sent for testing.", "fluid samples"),
])
def test_a_sample_sent_to_the_lab_is_a_test(tmp_path: Path, body: str, test: str) -> None:
    """A sample sent for testing is taken to diagnose (only "may be taken" was read)."""
    assert (T, "diagnosed_by", test, False) in said(tmp_path, body, "Diagnosis")


@pytest.mark.parametrize(("body", "heading", "predicate", "named"), [
    ("Symptoms include vomiting/diarrhoea and fever.", "Symptoms", "has_symptom",
     {"vomiting", "diarrhoea", "fever"}),
    ("- Vomiting / diarrhoea", "Symptoms", "has_symptom", {"vomiting", "diarrhoea"}),
    ("- IV fluids +/- vasopressors", "Treatment", "used_for", {"IV fluids", "vasopressors"}),
    ("- HIV/AIDS", "Risk factors", "increases_risk_of", {"HIV/AIDS"}),
])
def test_members_joined_as_notes_join_them_are_each_named(tmp_path: Path, body: str,
                                                          heading: str, predicate: str,
                                                          named: set[str]) -> None:
    """A slash between two words and "+/-" join list members in notes ("vomiting /
    diarrhoea" was one sign); an abbreviation written with a slash stays one name."""
    claims = said(tmp_path, body, heading)
    assert {x for s, p, o, _ in claims if p == predicate
            for x in (s, o) if x != T} == named, claims


def test_desquamation_weeks_later_written_short_is_no_part_of_the_sign(tmp_path: Path) -> None:
    """"1-2 wks later" says when, as "1-2 weeks later" does; a slash joins the sites."""
    claims = said(tmp_path, "- Desquamation of palms/soles 1-2 wks later", "Clinical features")
    assert {o for _, p, o, _ in claims if p == "has_symptom"} == {
        "palm desquamation", "sole desquamation"}, claims


@pytest.mark.parametrize("body", ["Rare: ~1-3 per 100,000/yr", "About 2 per 100 000 per yr."])
def test_a_rate_per_year_written_short_is_an_incidence(tmp_path: Path, body: str) -> None:
    """"/yr" and "per yr" are a year (the figure was a prevalence, or of no kind)."""
    cs = page_claims(tmp_path, f"Epidemiology\n{body}")
    kinds = {(c.measure.kind, c.measure.horizon) for c in cs.claims if c.measure is not None}
    assert kinds == {("incidence", "P12M")}, kinds


@pytest.mark.parametrize(("body", "cause"), [
    ("Acute febrile illness caused by a toxin-producing bacterium.", "toxin-producing bacterium"),
    ("Rare inflammatory disorder caused by immune activation.", "immune activation"),
])
def test_a_notes_definition_without_article_is_the_topics(tmp_path: Path, body: str,
                                                          cause: str) -> None:
    """A definition line in notes, with no article, names the topic's cause (the kind of
    illness was read as a thing of its own, caused by it)."""
    claims = said(tmp_path, body, "Definition")
    assert {(s, o) for s, p, o, _ in claims if p == "causes"} == {(cause, T)}, claims


def test_a_bare_illness_caused_by_something_under_harms_is_its_own(tmp_path: Path) -> None:
    """Under complications, such a line names another illness, not the topic."""
    claims = said(tmp_path, "Skin infection caused by scratching.", "Complications")
    assert not any(p == "causes" and o == T for _, p, o, _ in claims), claims


@pytest.mark.parametrize(("body", "factors"), [
    ("It is most common in women aged 30 to 50.", {"female sex", "age 30 to 50"}),
    ("It mostly affects women aged 20 to 40.", {"female sex", "age 20 to 40"}),
])
def test_a_sex_with_an_age_span_gives_both_factors(tmp_path: Path, body: str,
                                                   factors: set[str]) -> None:
    """"women aged 30 to 50" are at risk by their sex and their ages ("men over 60" gave
    both already; with a span the sex was lost)."""
    claims = said(tmp_path, body, "Who gets it?")
    assert {s for s, p, _, _ in claims if p == "increases_risk_of"} == factors, claims


def test_two_tests_said_to_be_enough_are_both_means(tmp_path: Path) -> None:
    """A line opening with two tests joined by "and" names both (nothing was read)."""
    claims = said(tmp_path, "A blood test and a chest X-ray are usually enough.",
                  "How is it diagnosed?")
    assert {o for _, p, o, _ in claims if p == "diagnosed_by"} == {"blood test", "chest x-ray"}


def test_clotting_ischaemia_and_necrosis_in_clinical_words_are_mechanisms(
        tmp_path: Path) -> None:
    """"cause local vascular thrombosis, leading to ischaemia and necrosis of the fascia":
    clotting in the vessels, a lack of blood and tissue death (none was read)."""
    claims = said(tmp_path, "Bacterial toxins cause local vascular thrombosis, leading to "
                  "ischaemia and necrosis of the fascia.", "Pathophysiology")
    assert {o for _, p, o, _ in claims if p == "involves"} == {
        "thrombosis", "reduced blood flow", "tissue death"}, claims


def test_a_named_clot_in_a_vein_is_no_mechanism(tmp_path: Path) -> None:
    """A clot named as a harm of its own ("deep vein thrombosis") is a complication."""
    claims = said(tmp_path, "Complications include deep vein thrombosis.", "Complications")
    assert not any(p == "involves" for _, p, _, _ in claims), claims


@pytest.mark.parametrize("body", [
    "Patients present with severe pain, followed within hours by swelling and redness.",
    "It starts with severe pain, followed by swelling and redness.",
])
def test_signs_brought_in_by_followed_by_are_members(tmp_path: Path, body: str) -> None:
    """", followed (within hours) by A and B" goes on listing signs (A was lost, or named
    "followed by A")."""
    claims = said(tmp_path, body, "Symptoms")
    assert {o for _, p, o, _ in claims if p == "has_symptom"} == {
        "severe pain", "swelling", "redness"}, claims


@pytest.mark.parametrize(("body", "care"), [
    ("Treatment includes antibiotics (typically penicillin plus clindamycin) and surgery.",
     {"antibiotics", "penicillin", "clindamycin", "surgery"}),
    ("Treatment includes antibiotics (usually a carbapenem) and surgery.",
     {"antibiotics", "carbapenem", "surgery"}),
    ("Treatment includes antibiotics (usually for two weeks) and surgery.",
     {"antibiotics", "surgery"}),
])
def test_the_usual_members_in_brackets_are_named(tmp_path: Path, body: str,
                                                 care: set[str]) -> None:
    """"(typically A plus B)" after a class names its usual members, as "(such as A)" does;
    "(usually for two weeks)" says how long, no member."""
    claims = said(tmp_path, body, "Treatment")
    assert {s for s, p, _, _ in claims if p == "used_for"} == care, claims


def test_how_much_more_often_a_sex_is_affected_still_names_it(tmp_path: Path) -> None:
    """"slightly more often affected" (nothing was read); "slightly affected" names none."""
    claims = said(tmp_path, "Women are slightly more often affected than men.", "Who gets it")
    assert ("female sex", "increases_risk_of", T, False) in claims, claims
    assert not said(tmp_path, "Men are slightly affected.", "Who gets it")


def test_care_that_spares_another_does_not_target_it(tmp_path: Path) -> None:
    """"used to reduce the dose of steroids": the steroids are not what it acts on."""
    claims = said(tmp_path, "Methotrexate can be used to reduce the dose of steroids.",
                  "Treatment")
    assert claims == {("methotrexate", "used_for", T, False)}, claims


@pytest.mark.parametrize(("body", "test"), [
    ("Blood tests may show a raised calcium level.", "calcium test"),
    ("The diagnosis is usually confirmed by taking a small sample of tissue from an affected "
     "organ.", "tissue biopsy"),
])
def test_more_results_and_samples_name_their_tests(tmp_path: Path, body: str,
                                                   test: str) -> None:
    """A raised calcium names its test; a sample taken "from an affected organ" is a biopsy
    (the whole words were a means of their own)."""
    got = {o for _, p, o, _ in said(tmp_path, body, "Tests") if p == "diagnosed_by"}
    assert test in got and not any(" from " in o for o in got), got


@pytest.mark.parametrize(("body", "care", "denied"), [
    ("Do not give aspirin to children under 16.", "aspirin", True),
    ("Never give aspirin to children.", "aspirin", True),
    ("Give paracetamol to children with a fever.", "paracetamol", False),
])
def test_the_people_given_to_after_a_remedy_are_no_part_of_its_name(
        tmp_path: Path, body: str, care: str, denied: bool) -> None:
    """"give X to children under 16" names X ("aspirin to children under 16" was the
    remedy's name)."""
    claims = said(tmp_path, body, "Treatment")
    assert {(s, n) for s, p, _, n in claims if p == "used_for"} == {(care, denied)}, claims


def test_what_some_people_find_helps_is_a_hedged_remedy(tmp_path: Path) -> None:
    """"Some people find that acupuncture helps" (the remedy was "people find")."""
    assert said(tmp_path, "Some people find that acupuncture helps.", "Treatment") == {
        ("acupuncture", "effective_for", T, False)}
    cs = page_claims(tmp_path, "Treatment\nSome people find that acupuncture helps.")
    assert all(c.hedged for c in cs.claims if c.predicate == "effective_for")


@pytest.mark.parametrize(("body", "act"), [
    ("Check children for ticks after being outdoors.", "tick check"),
    ("Check your skin for ticks every day.", "tick check"),
    ("Wear long sleeves and trousers at dusk.", "wearing long sleeves and trousers"),
    ("Wear long sleeves at dusk.", "wearing long sleeves"),
])
def test_what_a_check_looks_for_and_when_advice_holds(tmp_path: Path, body: str,
                                                      act: str) -> None:
    """A check is named by what it looks for ("child check" before); "at dusk" says when
    (the act was "wearing long sleeves at dusk", or nothing with two garments)."""
    assert said(tmp_path, body, "Prevention") == {(act, "prevents", T, False)}


@pytest.mark.parametrize("body", [
    "If you have had it before, you are more likely to get it again.",
    "People who have had it before are more likely to get it again.",
])
def test_having_had_it_named_by_a_pronoun_raises_the_risk_of_recurrence(tmp_path: Path,
                                                                        body: str) -> None:
    """A previous episode raises the risk of the illness coming back, whether the page
    names the illness there or says "it" (nothing was read for "it")."""
    assert said(tmp_path, body, "Risk factors") == {
        ("previous episode", "increases_risk_of", "grebble fever recurrence", False)}


@pytest.mark.parametrize(("body", "care"), [
    ("- Rest and drink plenty of fluids.", {"rest", "fluids"}),
    ("- Drink plenty of fluids to avoid dehydration.", {"fluids"}),
])
def test_self_care_commands_under_care_name_the_care(tmp_path: Path, body: str,
                                                     care: set[str]) -> None:
    """Under care, "Rest and drink plenty of fluids" names rest and fluids, as "Resting
    and drinking plenty of fluids can help" does ("Rest" was lost, the fluids named
    "drinking plenty of fluids")."""
    claims = said(tmp_path, body, "Treatment")
    assert {s for s, p, _, _ in claims if p == "used_for"} == care, claims


@pytest.mark.parametrize("body", ["Smokers are less likely to get grebble fever.",
                                  "People who smoke are less likely to develop it."])
def test_what_a_group_that_is_less_likely_does_is_protective(tmp_path: Path,
                                                             body: str) -> None:
    """Smoking is protective here, as "Smoking is protective" reads (nothing was read)."""
    assert said(tmp_path, body, "Risk factors") == {("smoking", "prevents", T, False)}


def test_a_group_less_likely_that_names_no_act_gives_nothing(tmp_path: Path) -> None:
    """"Others are less likely to get it": no group and no act to name."""
    assert not said(tmp_path, "Others are less likely to get it.", "Risk factors")


def test_those_who_do_have_signs_name_them_outside_a_signs_section(tmp_path: Path) -> None:
    """"Many people have no symptoms. Those who do usually notice a cough": the people with
    signs, on a page's overview too (nothing was read outside a signs section)."""
    claims = said(tmp_path, "Many people have no symptoms. Those who do usually notice a "
                  "cough and tiredness.", "Overview")
    assert {o for _, p, o, _ in claims if p == "has_symptom"} == {"cough", "tiredness"}


def test_those_who_do_something_else_name_no_signs(tmp_path: Path) -> None:
    """After a sentence about something else, "Those who do" are not people with signs."""
    claims = said(tmp_path, "Many people never smoke. Those who do usually notice a cough.",
                  "Overview")
    assert not any(p == "has_symptom" for _, p, _, _ in claims), claims


def test_a_criterion_that_lasts_is_the_sign_not_the_diagnosis(tmp_path: Path) -> None:
    """"The diagnosis requires fever lasting at least 5 days": the fever's duration (the
    period was of a "diagnosis requires fever")."""
    cs = page_claims(tmp_path, "Diagnosis\nThe diagnosis requires fever lasting at least 5 days "
                     "plus four of the following features.")
    durations = {cs.label(c.subject) for c in cs.claims
                 if c.measure is not None and c.measure.kind == "duration"}
    assert durations == {"fever"}, durations


def test_a_level_found_names_its_test(tmp_path: Path) -> None:
    """"A high level of antibodies in the blood supports the diagnosis": an antibody test
    (the whole finding was the means)."""
    claims = said(tmp_path, "A high level of antibodies in the blood supports the diagnosis.",
                  "Diagnosis")
    assert {o for _, p, o, _ in claims if p == "diagnosed_by"} == {"antibody test"}, claims


def test_the_only_effective_treatment_is_care(tmp_path: Path) -> None:
    """"Surgery is the only effective treatment" (nothing was read; "the only treatment"
    and "the most effective treatment" were)."""
    assert said(tmp_path, "Surgery is the only effective treatment.", "Treatment") == {
        ("surgery", "used_for", T, False)}


@pytest.mark.parametrize(("body", "heading", "harm"), [
    ("Memory problems can last for a long time.", "Long-term effects", "memory problems"),
    ("Nerve pain may persist for months.", "Complications", "nerve pain"),
])
def test_a_harm_said_to_last_is_a_harm_it_leaves(tmp_path: Path, body: str, heading: str,
                                                 harm: str) -> None:
    """A kind of trouble said to last months or a long time is a harm the illness leaves
    (nothing was read)."""
    assert (T, "has_complication", harm, False) in said(tmp_path, body, heading)


def test_a_sign_said_to_last_under_signs_is_no_harm(tmp_path: Path) -> None:
    """Under signs, how long a sign lasts names no harm."""
    claims = said(tmp_path, "The pain can last for months.", "Symptoms")
    assert not any(p == "has_complication" for _, p, _, _ in claims), claims


def test_a_state_of_one_of_two_parts_keeps_both(tmp_path: Path) -> None:
    """"left with a weak arm or leg": one sign of either part ("leg" was lost)."""
    claims = said(tmp_path, "Some people are left with a weak arm or leg.", "Complications")
    assert {o for _, p, o, _ in claims if p == "has_complication"} == {"weak arm or leg"}


def test_a_vaccine_giving_a_share_of_protection_prevents(tmp_path: Path) -> None:
    """"Two doses of the vaccine give more than 90% protection" (no prevention was read)."""
    claims = said(tmp_path, "Two doses of the vaccine give more than 90% protection.",
                  "Vaccination")
    assert ("vaccine", "prevents", T, False) in claims, claims
