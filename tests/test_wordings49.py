"""Sentence wordings read in session 49: definitions without the name, germs named the usual
one, ways in, links, choices for some people, and a clause joined by "but", written as
sentences of our own about a made-up illness."""

from __future__ import annotations

from pathlib import Path

import pytest

from .grebble_pages import page_claims, relations

T = "grebble fever"
RISK = "increases_risk_of"
USED = "used_for"
CAUSES = "causes"


@pytest.mark.parametrize("sentence, germs", [
    ("A fast-spreading infection of the skin and deep fat, usually caused by bacteria.",
     {"bacteria"}),
    ("An inflammation of the small blood vessels, often caused by a virus.", {"virus"}),
    ("A rare infection of the bones and joints, most often caused by zorbic bacteria or "
     "a mix of germs.", {"zorbic bacteria", "germs"}),
])
def test_a_definition_without_the_name_gives_the_topics_cause(tmp_path: Path,
        sentence: str, germs: set[str]) -> None:
    """"An infection of the X and Y, usually caused by G" opening a page: G causes the
    illness the page defines (it was read as causing Y, the last thing the "of" names)."""
    rels = relations(tmp_path, sentence, heading="Definition")
    assert {s for s, p, o in rels if p == CAUSES and o == T} == germs, rels
    assert not any(p == CAUSES and o != T for _, p, o in rels), rels


def test_an_aside_infection_caused_by_a_germ_is_not_the_topic(tmp_path: Path) -> None:
    """"A wound infection, often caused by X, can slow healing": a harm's cause, in a
    sentence that goes on; the topic is not what the infection names."""
    rels = relations(tmp_path, "A wound infection, often caused by skin bacteria, can slow "
                     "healing.", heading="Complications")
    assert (("skin bacteria", CAUSES, T)) not in rels, rels


@pytest.mark.parametrize("sentence, germ", [
    ("Zorbic streptococcus is the single most common organism.", "zorbic streptococcus"),
    ("Staphylococci are the usual germs.", "staphylococci"),
    ("A zorbic virus is the main pathogen.", "zorbic virus"),
])
def test_the_usual_germ_is_the_cause(tmp_path: Path, sentence: str, germ: str) -> None:
    """"X is the single most common organism" under causes: X causes it."""
    rels = relations(tmp_path, sentence, heading="Causes")
    assert (germ, CAUSES, T) in rels, rels


def test_another_organism_is_not_named_the_cause(tmp_path: Path) -> None:
    """"X is another organism found on the skin": no rank, no cause."""
    rels = relations(tmp_path, "Zorbic cocci are another organism found on skin.",
                     heading="Causes")
    assert not any(p == CAUSES for _, p, _ in rels), rels


@pytest.mark.parametrize("sentence, ways", [
    ("Minor trauma, such as an insect bite or a graze, is often the portal of entry.",
     {"minor trauma", "insect bite", "graze"}),
    ("Skin wounds are the usual way in.", {"skin wounds"}),
    ("A small cut is the most common entry point for the bacteria.", {"small cut"}),
])
def test_the_way_in_raises_the_risk(tmp_path: Path, sentence: str, ways: set[str]) -> None:
    """"A graze is often the portal of entry": the way the germ gets in, as in "gets in
    through a cut"."""
    rels = relations(tmp_path, sentence, heading="Causes")
    assert {s for s, p, o in rels if p == RISK and o == T} == ways, rels


@pytest.mark.parametrize("sentence", [
    "The mouth is the main entry point for food.",
    "In many cases the portal of entry is never found.",
])
def test_other_entry_points_raise_no_risk(tmp_path: Path, sentence: str) -> None:
    rels = relations(tmp_path, sentence, heading="Causes")
    assert not any(p == RISK for _, p, _ in rels), rels


@pytest.mark.parametrize("sentence, linked", [
    ("Some studies link it to working with dusts, mould or insecticides.",
     {"working with dusts", "working with mould", "working with insecticides"}),
    ("Research has linked it to smoking and heavy drinking.", {"smoking", "heavy drinking"}),
    ("Studies have linked grebble fever to air pollution.", {"air pollution"}),
    ("Doctors have linked some cases to a virus.", {"virus"}),
])
def test_what_studies_link_it_to_goes_with_it(tmp_path: Path,
        sentence: str, linked: set[str]) -> None:
    """"Some studies link it to X" (the active "link"; "It is linked to X" was read)."""
    rels = relations(tmp_path, sentence, heading="Causes")
    assert {s for s, p, o in rels if p == "associated_with" and o == T} == linked, rels


@pytest.mark.parametrize("sentence, factor", [
    ("Having diabetes makes you a little more likely to get it.", "diabetes"),
    ("Smoking makes you slightly more likely to get it.", "smoking"),
    ("Having a parent or sibling with the condition makes you a bit more likely to get it.",
     "family history"),
])
def test_a_factor_that_makes_it_a_little_more_likely(tmp_path: Path,
        sentence: str, factor: str) -> None:
    rels = relations(tmp_path, sentence, heading="Who gets it?")
    assert (factor, RISK, T) in rels, rels


@pytest.mark.parametrize("sentence", [
    "If your symptoms are troublesome, steroid tablets are usually the first treatment offered.",
    "Steroid tablets are usually the first treatment given.",
])
def test_the_first_treatment_offered(tmp_path: Path, sentence: str) -> None:
    """"X is usually the first treatment offered": the participle after the treatment no
    longer hides it."""
    rels = relations(tmp_path, sentence, heading="Treatment")
    assert ("steroid tablets", USED, T) in rels, rels


def test_an_option_for_a_few_people_is_for_the_illness(tmp_path: Path) -> None:
    """"X is an option for a very small number of people with Y": for whom, not what for."""
    rels = relations(tmp_path, "A lung transplant is an option for a very small number of "
                     "people with severe lung scarring.", heading="Treatment")
    assert ("lung transplant", USED, T) in rels, rels


def test_a_not_in_for_whom_denies_no_choice(tmp_path: Path) -> None:
    """"Surgery is an option for people whose symptoms do not improve": the "not" is the
    people's (it denied the surgery)."""
    cs = page_claims(tmp_path, "Treatment\nSurgery is an option for people whose symptoms do "
                     "not improve.")
    used = [c for c in cs.claims if c.predicate == USED and cs.label(c.subject) == "surgery"]
    assert used and not any(c.negated for c in used), used


@pytest.mark.parametrize("sentence, harm", [
    ("Heart involvement is rare but can cause an irregular heartbeat.", "irregular heartbeat"),
    ("Heart involvement is rare, but can cause an irregular heartbeat.",
     "irregular heartbeat"),
    ("Eye involvement is uncommon but may lead to blindness.", "blindness"),
])
def test_a_clause_after_but_keeps_the_first_subject(tmp_path: Path,
        sentence: str, harm: str) -> None:
    """"X is rare but can cause Y": X causes Y (the "but" left the second verb without a
    subject, and nothing was read)."""
    rels = relations(tmp_path, sentence, heading="Outlook")
    assert (T, "has_complication", harm) in rels, rels


@pytest.mark.parametrize("item, remedy", [
    ("consider IVIG in severe cases", "IVIG"),
    ("start antibiotics early", "antibiotics"),
    ("offer simple painkillers", "simple painkillers"),
    ("add clindamycin", "clindamycin"),
    ("give fluids", "fluids"),
])
def test_a_clinicians_item_of_care_names_the_remedy_after_its_verb(
        tmp_path: Path, item: str, remedy: str) -> None:
    """"- consider IVIG in severe cases" under management: IVIG (it was "consider IVIG",
    and "start antibiotics early" gave nothing)."""
    rels = relations(tmp_path, f"- {item}", heading="Management")
    assert {s for s, p, o in rels if p == USED and o == T} == {remedy}, rels


@pytest.mark.parametrize("item", [
    "toxins act as superantigens, activating large numbers of immune cells",
    "the bacteria release a toxin into the blood",
])
def test_a_step_of_how_it_comes_about_is_no_cause_named(tmp_path: Path, item: str) -> None:
    """A line under causes that is a clause ("- the bacteria release a toxin") is read as a
    sentence; the whole line (or "activating large numbers") is no cause of it."""
    rels = relations(tmp_path, f"- {item}", heading="Aetiology")
    assert not any(p == "contributes_to" for _, p, _ in rels), rels


def test_a_kind_named_as_a_form_is_no_sign(tmp_path: Path) -> None:
    """"- two main forms: A and B", "- the B form often follows a skin infection": the noun
    "form" is no verb of a sign appearing, so the list is not voted a list of signs."""
    cs = page_claims(tmp_path, "Overview\n- toxin-made illness; quick onset of fever and rash\n"
                     "- two main forms: zorbic and quellic\n"
                     "- zorbic form once linked with certain products\n"
                     "- quellic form often follows skin infection")
    signs = {cs.label(c.object) for c in cs.claims if c.predicate == "has_symptom"}
    assert not any("form" in s or "illness" in s for s in signs), signs


@pytest.mark.parametrize("sentence, sign", [
    ("Small blisters form on the hands.", "small blisters"),
    ("Painful lumps can form anywhere.", "painful lumps"),
])
def test_a_sign_that_forms_is_still_a_sign(tmp_path: Path, sentence: str, sign: str) -> None:
    """The verb "form" still tells a sign appearing."""
    rels = relations(tmp_path, sentence, heading="Symptoms")
    assert (T, "has_symptom", sign) in rels, rels


def test_germs_passed_on_by_contact_for_example_by_kissing(tmp_path: Path) -> None:
    """"The bacteria are passed on by close contact with someone who carries them, for
    example by kissing or sharing a home": the germs are the page's, and each way counts."""
    rels = relations(tmp_path, "The bacteria are passed on by close contact with someone who "
                     "carries them, for example by kissing or sharing a home.",
                     heading="How is it spread?")
    assert {s for s, p, o in rels if p == RISK and o == T} == {
        "close contact", "kissing", "sharing a home"}, rels


@pytest.mark.parametrize("sentence", [
    "Household contacts of a case have a small but raised risk of becoming ill.",
    "Household contacts have a raised risk of becoming ill in the following month.",
])
def test_contacts_with_a_small_but_raised_risk(tmp_path: Path, sentence: str) -> None:
    """"a small but raised risk of becoming ill": of the illness, and the contacts (not
    "contacts of a case") are the factor."""
    rels = relations(tmp_path, sentence, heading="Who is most at risk?")
    assert ("household contacts", RISK, T) in rels, rels


def test_a_sample_sent_to_grow_the_germ_is_a_culture(tmp_path: Path) -> None:
    rels = relations(tmp_path, "A sample of blood, fluid or tissue is sent to the laboratory "
                     "to grow the bacteria.", heading="How is it diagnosed?")
    assert {o for s, p, o in rels if p == "diagnosed_by"} == {"blood culture",
                                                               "tissue culture"}, rels


def test_wounds_kept_clean_is_wound_care(tmp_path: Path) -> None:
    rels = relations(tmp_path, "Wounds should be kept clean and covered until they have "
                     "healed.", heading="Can it be prevented?")
    assert ("wound care", "prevents", T) in rels, rels


def test_antibiotics_given_to_people_in_contact_prevent_it(tmp_path: Path) -> None:
    """Given to people who have been in close contact with a case, antibiotics prevent it;
    they are no treatment of it."""
    rels = relations(tmp_path, "People who have been in close contact with a case may be "
                     "given a short course of antibiotics to reduce their risk.",
                     heading="Can it be prevented?")
    assert ("antibiotics", "prevents", T) in rels and ("antibiotics", USED, T) not in rels, rels


def test_stopping_the_spread_in_the_home_prevents_it(tmp_path: Path) -> None:
    rels = relations(tmp_path, "Washing towels at a high temperature can help stop the spread "
                     "in the home.", heading="Can it be prevented?")
    assert any(p == "prevents" and o == T for _, p, o in rels), rels
    assert not any(p == "targets" for _, p, _ in rels), rels


def test_not_better_with_rest_makes_rest_no_remedy(tmp_path: Path) -> None:
    """"tiredness that does not improve with rest": rest does not help (it was read, twice,
    as working for the illness)."""
    rels = relations(tmp_path, "Other symptoms include joint pain and tiredness that does not "
                     "improve with rest.", heading="Symptoms")
    assert not any(s == "rest" for s, _, _ in rels), rels
    assert (T, "has_symptom", "tiredness") in rels, rels


def test_getting_better_with_rest_still_counts(tmp_path: Path) -> None:
    rels = relations(tmp_path, "Most people get better with rest.", heading="Treatment")
    assert ("rest", "effective_for", T) in rels, rels


def test_signs_like_those_of_other_illnesses_name_look_alikes(tmp_path: Path) -> None:
    """"its symptoms are similar to those of many other conditions, such as A and B": A and
    B are what it looks like, not its signs."""
    rels = relations(tmp_path, "It can be hard to diagnose because its symptoms are similar to "
                     "those of many other conditions, such as zorbosis and quellemia.",
                     heading="Tests")
    assert {o for _, p, o in rels if p == "resembles"} == {"zorbosis", "quellemia"}, rels
    assert not any(p == "has_symptom" for _, p, _ in rels), rels


def test_signs_like_flu_such_as_fever_are_still_signs(tmp_path: Path) -> None:
    rels = relations(tmp_path, "Early symptoms are similar to those of flu, such as fever and "
                     "aches.", heading="Symptoms")
    assert (T, "has_symptom", "fever") in rels, rels


def test_whether_a_part_is_affected_is_no_test(tmp_path: Path) -> None:
    rels = relations(tmp_path, "An ECG is usually done to check whether the heart is affected.",
                     heading="Tests")
    assert {o for _, p, o in rels if p == "diagnosed_by"} == {"ECG"}, rels


@pytest.mark.parametrize("sentence, test", [
    ("Your doctor may also check the level of calcium in your urine.", "urine calcium test"),
    ("Your doctor will check your calcium levels.", "calcium test"),
])
def test_a_level_the_doctor_checks_is_a_test_of_it(tmp_path: Path, sentence: str,
                                                   test: str) -> None:
    """"The doctor will check the level of calcium in your urine": a urine calcium test, no
    physical examination."""
    rels = relations(tmp_path, sentence, heading="Tests")
    assert {o for _, p, o in rels if p == "diagnosed_by"} == {test}, rels


@pytest.mark.parametrize("sentence", [
    "Eye problems can include blurred vision and eye pain.",
    "Eye problems include blurred vision and eye pain.",
])
def test_a_parts_problems_name_its_signs(tmp_path: Path, sentence: str) -> None:
    """Under an organ's own heading, "Eye problems can include A and B" lists signs."""
    rels = relations(tmp_path, sentence, heading="Eyes")
    assert {o for _, p, o in rels if p == "has_symptom"} == {"blurred vision", "eye pain"}, rels


def test_a_parts_problems_among_harms_stay_harms(tmp_path: Path) -> None:
    rels = relations(tmp_path, "Eye problems can include glaucoma and cataracts.",
                     heading="Complications")
    assert {o for _, p, o in rels if p == "has_complication"} == {"glaucoma", "cataracts"}
    assert not any(p == "has_symptom" for _, p, _ in rels), rels


def _figures(tmp_path: Path, sentence: str, heading: str) -> list[tuple[str, str]]:
    """Return (subject, kind) of each figure a one-sentence section gives."""
    cs = page_claims(tmp_path, f"{heading}\n{sentence}")
    return sorted((cs.label(c.subject), c.measure.kind) for c in cs.claims
                  if c.measure is not None)


def test_a_delay_by_hours_doubling_the_risk_is_the_delays(tmp_path: Path) -> None:
    """"Delaying surgery by more than 24 hours doubles the risk of death": the relative risk
    of the delay (how long it lasts is no part of it; the figure fell to the topic)."""
    figs = _figures(tmp_path, "Delaying surgery by more than 24 hours doubles the risk of "
                    "death.", "Outcomes")
    assert figs == [("delaying surgery", "relative_risk")], figs


@pytest.mark.parametrize("sentence, other", [
    ("About 70% of patients have an underlying illness.", "underlying illness"),
    ("About 70% of patients have another illness, most often diabetes.", "underlying illness"),
    ("About 70% of people with grebble fever have at least one long-term illness.",
     "long-term illness"),
])
def test_a_share_with_another_illness_is_that_illnesss(tmp_path: Path, sentence: str,
                                                       other: str) -> None:
    """"70 % of patients have an underlying illness": how many have another illness (it was
    a frequency, or a prevalence, of the topic itself), and no harm of the topic."""
    cs = page_claims(tmp_path, f"Epidemiology\n{sentence}")
    figs = [(cs.label(c.subject), c.measure.kind) for c in cs.claims if c.measure is not None]
    assert figs == [(other, "frequency")], figs
    assert not any(c.predicate in ("has_symptom", "has_complication") for c in cs.claims)


def test_a_skin_condition_had_by_a_share_keeps_its_name(tmp_path: Path) -> None:
    figs = _figures(tmp_path, "About 20% of patients have a skin condition such as eczema.",
                    "Epidemiology")
    assert figs and all(s != "underlying illness" for s, _ in figs), figs


def test_a_year_later_is_no_part_of_a_harm(tmp_path: Path) -> None:
    rels = relations(tmp_path, "About half of survivors report long-term pain or reduced "
                     "function a year later.", heading="Outcomes")
    assert (T, "has_complication", "reduced function") in rels, rels


def test_what_it_shows_after_a_semicolon_is_the_tests_finding(tmp_path: Path) -> None:
    """"X is the most useful test; it can show scarring that an X-ray would miss": the
    scarring is what the test finds (the X-ray after "that" made it look like a test)."""
    rels = relations(tmp_path, "A high-resolution CT scan is the most useful test; it can show "
                     "scarring that an X-ray would miss.", heading="Tests you might have")
    assert {o for _, p, o in rels if p == "diagnosed_by"} == {"high-resolution CT scan"}, rels


def test_not_smoking_and_wearing_a_mask_are_two_acts(tmp_path: Path) -> None:
    """"Not smoking, and wearing a mask if you work with dust, may lower your risk": the
    "not" is the first act's (it gave "avoiding wearing a mask"), and the "if" inside the
    last member no longer hides both.  (Since session 52 both are named as the same acts
    are everywhere else: "smoking cessation", as the command to stop it, and "wearing
    mask", as "Wear a mask".)"""
    rels = relations(tmp_path, "Not smoking, and wearing a mask if you work with dust, may "
                     "lower your risk.", heading="Can it be prevented?")
    assert {s for s, p, o in rels if p == "prevents" and o == T} == {"smoking cessation",
                                                                    "wearing mask"}, rels


def test_not_smoking_or_drinking_are_both_avoided(tmp_path: Path) -> None:
    rels = relations(tmp_path, "Avoid smoking and drinking alcohol.",
                     heading="Can it be prevented?")
    assert len({s for s, p, o in rels if p == "prevents"}) == 2, rels


def test_two_vaccines_named_with_one_head(tmp_path: Path) -> None:
    """"the flu and pneumonia vaccines": a flu vaccine (not the flu) and a pneumonia one."""
    rels = relations(tmp_path, "Having the flu and pneumonia vaccines can help prevent chest "
                     "infections.", heading="Can it be prevented?")
    assert {s for s, p, _ in rels if p == "prevents"} == {"flu vaccine", "pneumonia vaccine"}


def test_a_team_that_diagnoses_is_no_test(tmp_path: Path) -> None:
    rels = relations(tmp_path, "A diagnosis is usually made by a team of specialists who look "
                     "at all the results together.", heading="Diagnosis")
    assert not any(p == "diagnosed_by" for _, p, _ in rels), rels


def test_how_long_a_test_asks_you_to_walk_is_no_course(tmp_path: Path) -> None:
    """"You may be asked to walk for six minutes": the test's time, no duration of it."""
    cs = page_claims(tmp_path, "Tests\nYou may be asked to walk for six minutes while your "
                     "oxygen level is measured.")
    assert not any(c.measure is not None for c in cs.claims), [c.measure for c in cs.claims]


def test_how_long_it_lasts_is_still_read(tmp_path: Path) -> None:
    cs = page_claims(tmp_path, "Outlook\nSymptoms usually last for six weeks.")
    assert any(c.measure is not None and c.measure.kind == "duration" for c in cs.claims)


def test_criteria_including_signs_name_signs_not_tests(tmp_path: Path) -> None:
    """"Diagnosis is based on clinical criteria, including fever, rash and low blood
    pressure": the criteria are signs looked at, no tests each."""
    rels = relations(tmp_path, "Diagnosis is based on clinical criteria, including fever, rash "
                     "and low blood pressure.", heading="Diagnosis")
    assert {o for _, p, o in rels if p == "diagnosed_by"} == {"clinical criteria"}, rels
    assert {"fever", "rash", "low blood pressure"} <= {o for _, p, o in rels
                                                       if p == "has_symptom"}, rels


def test_conditions_excluded_are_look_alikes(tmp_path: Path) -> None:
    rels = relations(tmp_path, "Tests are done to exclude other conditions such as zorbosis "
                     "and quellemia.", heading="Diagnosis")
    assert {o for _, p, o in rels if p == "resembles"} == {"zorbosis", "quellemia"}, rels


@pytest.mark.parametrize("sentence, remedies", [
    ("Steroids reduce inflammation and are the main treatment.", {"steroids"}),
    ("Steroids such as prednisolone reduce inflammation and are the main treatment.",
     {"steroids", "prednisolone"}),
])
def test_a_remedy_that_does_something_and_is_the_main_treatment(
        tmp_path: Path, sentence: str, remedies: set[str]) -> None:
    """"Steroids reduce inflammation and are the main treatment": the steroids are the main
    treatment (the inflammation was read as one)."""
    rels = relations(tmp_path, sentence, heading="Treatment")
    assert {s for s, p, o in rels if p == USED and o == T} == remedies, rels


@pytest.mark.parametrize("sentence, harm", [
    ("The condition can raise calcium levels in the blood.", "high calcium"),
    ("It can raise the level of calcium in the blood.", "high calcium"),
    ("It can lower blood pressure.", "low blood pressure"),
    ("Cut down on salty food, because the illness can raise blood pressure.",
     "high blood pressure"),
])
def test_a_level_it_raises_is_its_harm(tmp_path: Path, sentence: str, harm: str) -> None:
    rels = relations(tmp_path, sentence, heading="Complications")
    assert (T, "has_complication", harm) in rels, rels


def test_a_level_a_remedy_lowers_is_no_harm(tmp_path: Path) -> None:
    rels = relations(tmp_path, "Treatment can lower blood pressure.", heading="Complications")
    assert (T, "has_complication", "low blood pressure") not in rels, rels


def test_parts_it_affects_said_under_the_outlook(tmp_path: Path) -> None:
    """"Rarely, it affects the heart or brain" under "Is it serious?": the parts it reaches
    (sites were read only under signs, causes, harms and untyped headings)."""
    rels = relations(tmp_path, "Rarely, it affects the heart or brain, which can be "
                     "life-threatening.", heading="Is it serious?")
    assert {o for _, p, o in rels if p == "affects"} == {"heart", "brain"}, rels


@pytest.mark.parametrize("sentence, signs", [
    ("Symptoms include severe pain and fever.", {"severe pain", "fever"}),
    ("Symptoms include severe pain.", {"severe pain"}),
    ("Signs include persistent cough and fever.", {"persistent cough", "fever"}),
])
def test_a_list_of_signs_opening_with_severe(tmp_path: Path, sentence: str,
                                             signs: set[str]) -> None:
    """"Symptoms include severe pain and fever": nothing was read, as if it said "symptoms
    are severe" (the words that say how signs are, not what they are, apply after "are")."""
    rels = relations(tmp_path, sentence, heading="Symptoms")
    assert {o for _, p, o in rels if p == "has_symptom"} == signs, rels


@pytest.mark.parametrize("sentence", ["Symptoms are severe.", "Symptoms are often mild."])
def test_signs_said_to_be_severe_name_no_sign(tmp_path: Path, sentence: str) -> None:
    rels = relations(tmp_path, sentence, heading="Symptoms")
    assert not any(p == "has_symptom" for _, p, _ in rels), rels


def test_they_include_under_signs_lists_signs(tmp_path: Path) -> None:
    rels = relations(tmp_path, "They include fever and a rash.", heading="Symptoms")
    assert {o for _, p, o in rels if p == "has_symptom"} == {"fever", "rash"}, rels


def test_they_include_under_care_lists_no_signs(tmp_path: Path) -> None:
    rels = relations(tmp_path, "They include rest and fluids.", heading="Treatment")
    assert not any(p == "has_symptom" for _, p, _ in rels), rels


def test_places_to_stay_out_of_are_each_avoided(tmp_path: Path) -> None:
    rels = relations(tmp_path, "If you have an open wound, stay out of hot tubs, swimming pools "
                     "and lakes.", heading="How can I protect myself?")
    assert {s for s, p, _ in rels if p == "prevents"} == {
        "hot tub avoidance", "swimming pool avoidance", "lake avoidance"}, rels


def test_aching_muscles_in_the_lower_back_names_no_sign_lower_back(tmp_path: Path) -> None:
    rels = relations(tmp_path, "- aching muscles, particularly in your calves and lower back",
                     heading="Symptoms")
    assert (T, "has_symptom", "lower back") not in rels, rels
    assert (T, "affects", "lower back") in rels, rels


def test_how_a_tablet_is_taken_is_no_part_of_its_name(tmp_path: Path) -> None:
    rels = relations(tmp_path, "If a GP thinks you have it, you'll be given antibiotic tablets "
                     "to take at home.", heading="Treatment")
    assert ("antibiotic tablets", USED, T) in rels, rels


def test_an_infection_you_can_get_from_a_contact(tmp_path: Path) -> None:
    """"It is an infection you can get from contact with the urine of infected animals, such
    as rats": the contact raises the risk; the animals named as examples are no ways in."""
    rels = relations(tmp_path, "It is an infection you can get from contact with the urine of "
                     "infected animals, such as rats, cattle and dogs.")
    assert {s for s, p, o in rels if p == RISK and o == T} == {
        "contact with the urine of infected animals"}, rels


def test_a_level_said_of_a_remedy_after_because_is_no_harm(tmp_path: Path) -> None:
    """"Zorbulin should be avoided because it can increase ..." ("it" is the remedy)."""
    rels = relations(tmp_path, "Zorbulin should be avoided because it can raise blood pressure.",
                     heading="Treatment")
    assert (T, "has_complication", "high blood pressure") not in rels, rels


def test_the_first_choice_then_how_long(tmp_path: Path) -> None:
    """"X is the first choice, usually for at least a year": X is used for it (the comma
    after "choice" hid it)."""
    rels = relations(tmp_path, "When treatment is needed, zorbisone is the first choice, "
                     "usually for at least a year.", heading="Treatment")
    assert ("zorbisone", USED, T) in rels, rels


@pytest.mark.parametrize("sentence, factor", [
    ("Children who develop asthma are more likely to get it.", "asthma"),
    ("Children who develop sepsis are more likely to need intensive care.", "sepsis"),
])
def test_children_who_develop_a_thing_are_named_by_it(tmp_path: Path, sentence: str,
                                                      factor: str) -> None:
    """"Children who develop asthma": the asthma, no young age."""
    rels = relations(tmp_path, sentence, heading="Who gets it")
    assert any(s == factor and p == RISK for s, p, _ in rels), rels
    assert not any(s == "young age" for s, _, _ in rels), rels


@pytest.mark.parametrize("sentence, harms", [
    ("Some children have learning difficulties.", {"learning difficulties"}),
    ("Some children have learning difficulties or problems with memory afterwards.",
     {"learning difficulties", "memory problems"}),
])
def test_what_some_children_have_among_lasting_effects(tmp_path: Path, sentence: str,
                                                       harms: set[str]) -> None:
    rels = relations(tmp_path, sentence, heading="Long-term effects")
    assert {o for _, p, o in rels if p == "has_complication"} == harms, rels


def test_a_harm_that_affects_a_share_of_children(tmp_path: Path) -> None:
    """"Hearing loss affects about 1 in 20 children who have had the illness": a harm of it,
    as well as its figure."""
    rels = relations(tmp_path, "Hearing loss affects about 1 in 20 children who have had the "
                     "illness.", heading="Long-term effects")
    assert (T, "has_complication", "hearing loss") in rels, rels


def test_when_a_test_is_done_is_no_course_and_no_part_of_its_name(tmp_path: Path) -> None:
    cs = page_claims(tmp_path, "Follow-up\nChildren should have a hearing test within four "
                     "weeks of getting better.")
    assert not any(c.measure is not None for c in cs.claims), [c.measure for c in cs.claims]
    assert {cs.label(c.object) for c in cs.claims if c.predicate == "diagnosed_by"} == {
        "hearing test"}


@pytest.mark.parametrize("sentence, named", [
    ("About 30% of patients have chronic kidney disease.", "chronic kidney disease"),
    ("About 30% of patients have a long-term health condition.", "long-term illness"),
])
def test_a_named_chronic_disease_keeps_its_name(tmp_path: Path, sentence: str,
                                                named: str) -> None:
    """"30 % have chronic kidney disease" counts that disease, not "long-term illness" in
    general (a word between "chronic" and "disease" may say what sort, never which organ)."""
    figs = _figures(tmp_path, sentence, "Epidemiology")
    assert [s for s, _ in figs] == [named], figs
