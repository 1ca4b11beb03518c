"""Wordings of risk read (session 22): a disease word two parts share ("chronic kidney or
liver disease"), people named by their families' origin, a second member that repeats
"by", "a known risk", a list after "have been described:", kin who have the illness, and
a risk raised "several-fold".  Every sentence is our own, about the made-up grebble fever."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.ingest.lexicon import sole_kind_pairs
from claimgraph.ingest.side_phrases import phrases

from .grebble_pages import page_claims, relations

T = "grebble fever"


def _risks(tmp_path: Path, sentence: str, heading: str = "Risk factors") -> set[str]:
    return {s for s, pred, o in relations(tmp_path, sentence, heading)
            if pred == "increases_risk_of" and o == T}


@pytest.mark.parametrize(("sentence", "wanted", "unwanted"), [
    ("Known risk factors are marsh work and chronic kidney or liver disease.",
     {"chronic kidney disease", "liver disease", "marsh work"}, {"chronic kidney"}),
    ("People with heart or lung disease are more likely to get it.",
     {"heart disease", "lung disease"}, {"heart"}),
    ("Severe kidney or heart disease raises the risk.",
     {"severe kidney disease", "heart disease"}, {"severe kidney"}),
])
def test_a_disease_word_two_parts_share(tmp_path: Path, sentence: str, wanted: set[str],
                                        unwanted: set[str]) -> None:
    got = _risks(tmp_path, sentence)
    assert wanted <= got
    assert not unwanted & got


def test_people_named_by_origin(tmp_path: Path) -> None:
    got = _risks(tmp_path, "People of Tarnish or Veldish descent are more likely to get it.")
    assert {"tarnish ancestry", "veldish ancestry"} <= got
    assert not any(x.startswith("of ") for x in got)


def test_a_second_member_that_repeats_by(tmp_path: Path) -> None:
    got = _risks(tmp_path, "The cause is unclear, but it may be triggered by a cold or by "
                 "breathing in marsh gas.", "Causes")
    assert {"cold", "breathing in marsh gas"} <= got


@pytest.mark.parametrize("sentence", [
    "Marsh work is a known risk.",
    "Marsh work is another recognised risk.",
    "Marsh work is an established risk.",
])
def test_a_known_risk(tmp_path: Path, sentence: str) -> None:
    assert "marsh work" in _risks(tmp_path, sentence, "Causes")


def test_a_list_after_have_been_described(tmp_path: Path) -> None:
    got = _risks(tmp_path, "Several predisposing conditions have been described: marsh work; "
                 "a weak immune system; and recent surgery.", "Etiology")
    assert {"marsh work", "weak immune system", "recent surgery"} <= got


@pytest.mark.parametrize("sentence", [
    "Having a parent or sibling with the illness increases your risk.",
    "Having a family member with it raises the risk.",
    "Having a close relative with the disease increases your risk several-fold.",
])
def test_kin_with_the_illness_is_family_history(tmp_path: Path, sentence: str) -> None:
    got = _risks(tmp_path, sentence)
    assert got == {"family history"}


def test_kin_with_another_illness_is_not_family_history(tmp_path: Path) -> None:
    got = _risks(tmp_path, "Having a parent with marsh cough raises the risk.")
    assert "family history" not in got


def _tests(tmp_path: Path, sentence: str, heading: str = "Diagnosis") -> set[str]:
    return {o for s, pred, o in relations(tmp_path, sentence, heading)
            if pred == "diagnosed_by" and s == T}


def _look_alikes(tmp_path: Path, sentence: str, heading: str = "Diagnosis") -> set[str]:
    return {o for s, pred, o in relations(tmp_path, sentence, heading)
            if pred == "resembles" and s == T}


@pytest.mark.parametrize("sentence", [
    "The differential diagnosis includes marsh cough, flu and drug reactions.",
    "Conditions with similar features include marsh cough, flu and drug reactions.",
])
def test_a_list_of_look_alikes(tmp_path: Path, sentence: str) -> None:
    assert _look_alikes(tmp_path, sentence) == {"marsh cough", "flu", "drug reactions"}


def test_when_it_is_mistaken_is_not_the_look_alike(tmp_path: Path) -> None:
    got = _look_alikes(tmp_path, "It can be mistaken for marsh cough in its early stages.")
    assert got == {"marsh cough"}


@pytest.mark.parametrize(("sentence", "test"), [
    ("A scope allows the doctor to look inside the airways and take samples.", "scope"),
    ("An ultrasound scan lets doctors see the swollen glands.", "ultrasound scan"),
])
def test_a_test_that_lets_the_doctor_look(tmp_path: Path, sentence: str, test: str) -> None:
    assert test in _tests(tmp_path, sentence)


def test_helping_the_doctor_check_names_no_test(tmp_path: Path) -> None:
    assert not _tests(tmp_path, "Rest helps the doctor check how well the treatment works.",
                      "Treatment")


@pytest.mark.parametrize("sentence", [
    "Doctors diagnose it by excluding other causes.",
    "Doctors diagnose it by ruling out other conditions.",
])
def test_a_diagnosis_by_exclusion(tmp_path: Path, sentence: str) -> None:
    assert _tests(tmp_path, sentence) == {"exclusion of other causes"}


def test_an_aside_after_the_test_is_not_its_name(tmp_path: Path) -> None:
    got = _tests(tmp_path, "The pinch test, in which a fold of skin is squeezed, may be used "
                 "at the bedside.")
    assert got == {"pinch test"}


def test_an_open_count_is_one_member(tmp_path: Path) -> None:
    got = _tests(tmp_path, "Diagnosis requires fever, a rash and involvement of three or more "
                 "organs.")
    assert "involvement of three or more organs" in got
    assert not any(x.endswith("of three") for x in got)


def _harms(tmp_path: Path, sentence: str, heading: str = "Complications") -> set[str]:
    return {o for s, pred, o in relations(tmp_path, sentence, heading)
            if pred == "has_complication" and s == T}


@pytest.mark.parametrize(("sentence", "harms"), [
    ("Heart problems, such as an irregular heartbeat, can occur if the heart is involved.",
     {"heart problems", "irregular heartbeat"}),
    ("Kidney failure may develop if the kidneys are affected.", {"kidney failure"}),
    ("If the eyes are affected and not treated, vision loss can result.", {"vision loss"}),
    ("Survivors may have memory problems.", {"memory problems"}),
    ("People who survive may have memory problems.", {"memory problems"}),
    ("Most people recover fully, but some are left with damage to their lungs.",
     {"lung damage"}),
])
def test_a_harm_it_can_leave(tmp_path: Path, sentence: str, harms: set[str]) -> None:
    assert harms <= _harms(tmp_path, sentence)


def test_what_results_under_treatment_is_no_harm_of_the_illness(tmp_path: Path) -> None:
    assert not _harms(tmp_path, "Side effects can result.", "Treatment")


def test_a_sign_after_an_act_of_yours_is_no_sign(tmp_path: Path) -> None:
    got = relations(tmp_path, "A rash may occur if you scratch the skin.", "Symptoms")
    assert not any(o == "rash" for _, _, o in got)


def test_a_harm_leading_to_others_named_in_four_words(tmp_path: Path) -> None:
    got = relations(tmp_path, "Scarring of the lungs can lead to heart failure.", "Complications")
    assert any(pred == "causes" and o == "heart failure" for _, pred, o in got)


def _remedies(tmp_path: Path, sentence: str, heading: str = "Treatment") -> dict[str, bool]:
    cs = page_claims(tmp_path, f"{heading}\n{sentence}")
    return {cs.label(c.subject): c.hedged for c in cs.claims
            if c.predicate == "used_for" and c.object is not None and cs.label(c.object) == T}


def test_the_main_treatment_when_organs_are_affected(tmp_path: Path) -> None:
    got = _remedies(tmp_path, "Steroids such as zorbasone are the main treatment when organs "
                    "are affected.")
    assert {"steroids", "zorbasone"} <= set(got)


@pytest.mark.parametrize("sentence", [
    "Marsh salts may be used in some centres, although evidence is limited.",
    "Marsh salts have been used in severe cases, but their benefit is uncertain.",
    "Marsh salts have been used in severe cases, but the evidence for this is weak.",
])
def test_a_remedy_whose_benefit_is_doubted_is_hedged(tmp_path: Path, sentence: str) -> None:
    assert _remedies(tmp_path, sentence) == {"marsh salts": True}


def test_a_remedy_used_without_doubt_is_stated(tmp_path: Path) -> None:
    assert _remedies(tmp_path, "Marsh salts are used in severe cases.") == {"marsh salts": False}


@pytest.mark.parametrize("sentence", [
    "Close contacts may be given zorbacillin to stop them getting ill.",
    "Close contacts may be given zorbacillin to stop them from getting ill.",
])
def test_a_remedy_given_to_stop_people_getting_ill_prevents_it(tmp_path: Path,
                                                                sentence: str) -> None:
    assert ("zorbacillin", "prevents", T) in relations(tmp_path, sentence, "Prevention")


def _signs(tmp_path: Path, sentence: str, heading: str = "Clinical features") -> set[str]:
    return {o for s, pred, o in relations(tmp_path, sentence, heading)
            if pred == "has_symptom" and s == T}


@pytest.mark.parametrize(("sentence", "signs"), [
    ("The classic triad is fever, a rash and sore joints.", {"fever", "rash", "sore joints"}),
    ("Tiredness, weight loss and night sweats are general symptoms.",
     {"tiredness", "weight loss", "night sweats"}),
    ("Pain in the neck, back or legs is common.", {"neck pain", "back pain", "leg pain"}),
    ("Swollen glands in the neck, armpits or groin are common.", {"swollen glands"}),
    ("Patients may appear very unwell, with a rapid pulse and fast breathing.",
     {"rapid pulse", "fast breathing"}),
    ("Pain that seems far worse than the wound suggests is an early warning sign.",
     {"severe pain"}),
])
def test_signs_named_in_clinical_wordings(tmp_path: Path, sentence: str,
                                          signs: set[str]) -> None:
    got = _signs(tmp_path, sentence)
    assert signs <= got
    assert "armpits" not in got and "back" not in got


def test_signs_after_a_look_alike_with_with_are_signs(tmp_path: Path) -> None:
    got = relations(tmp_path, "Early symptoms can be similar to flu, with fever, chills and "
                    "aches.", "Symptoms")
    assert {("grebble fever", "has_symptom", x) for x in ("fever", "chills", "aches")} <= got
    assert not any(pred == "resembles" and o in ("fever", "chills", "aches")
                   for _, pred, o in got)


def _outlook(tmp_path: Path, sentence: str) -> set[tuple[str, str, str]]:
    return {(s, pred, o) for s, pred, o in relations(tmp_path, sentence, "Prognosis")
            if o in ("poor prognosis", "good prognosis", "full recovery", "faster recovery",
                     "slower recovery", "death")}


@pytest.mark.parametrize(("sentence", "wanted"), [
    ("The severity of the rash and the degree of weakness are important prognostic factors.",
     {("severe rash", "associated_with", "poor prognosis"),
      ("severe weakness", "associated_with", "poor prognosis")}),
    ("Age matters for the outlook too, with younger patients recovering more quickly.",
     {("young age", "associated_with", "faster recovery")}),
    ("Full recovery usually occurs in patients with a mild rash.",
     {("mild rash", "associated_with", "full recovery")}),
    ("A complete recovery is more likely in people with partial weakness.",
     {("partial weakness", "associated_with", "full recovery")}),
    ("Older age and kidney involvement are associated with a worse outcome.",
     {("older age", "increases_risk_of", "poor prognosis"),
      ("kidney involvement", "increases_risk_of", "poor prognosis")}),
    ("Mortality is higher in older adults and in those with marsh cough.",
     {("older age", "associated_with", "death"), ("marsh cough", "associated_with", "death")}),
    ("Death is more likely if treatment is delayed.",
     {("delayed treatment", "increases_risk_of", "death")}),
    ("Outcomes are worse when the diagnosis is delayed.",
     {("delayed diagnosis", "increases_risk_of", "poor prognosis")}),
    ("Risk factors for a bad outcome include age greater than 60 years, complete weakness, "
     "and reduced saliva flow or taste.",
     {("older age", "increases_risk_of", "poor prognosis"),
      ("complete weakness", "increases_risk_of", "poor prognosis"),
      ("reduced taste", "increases_risk_of", "poor prognosis")}),
])
def test_who_does_better_or_worse(tmp_path: Path, sentence: str,
                                  wanted: set[tuple[str, str, str]]) -> None:
    assert wanted <= _outlook(tmp_path, sentence)


def test_a_recovery_more_likely_in_a_group_is_no_risk_of_the_illness(tmp_path: Path) -> None:
    got = relations(tmp_path, "A complete recovery is more likely in people with partial "
                    "weakness.", "Prognosis")
    assert not any(o == T and pred == "increases_risk_of" for _, pred, o in got)


def test_prognostic_signs_are_no_signs_of_the_illness(tmp_path: Path) -> None:
    got = relations(tmp_path, "Poor prognostic signs include low blood pressure and delayed "
                    "treatment.", "Prognosis")
    assert ("delayed treatment", "increases_risk_of", "poor prognosis") in got
    assert not any(pred == "has_symptom" for _, pred, _ in got)


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    ("age greater than 60 years", "age over 60", "age greater"),
    ("decreased appetite or nausea", "nausea", "decreased nausea"),
    ("loss of smell or taste", "loss of taste", "taste"),
])
def test_names_in_lists(text: str, wanted: str, unwanted: str) -> None:
    got = [ph.label for ph in phrases(text)]
    assert wanted in got
    assert unwanted not in got


@pytest.mark.parametrize("sentence", [
    "The outlook has improved, with a fall in the rate of heart damage to under 5% following "
    "the introduction of zorbacillin.",
    "Since zorbacillin was introduced, heart damage has become much rarer.",
])
def test_a_harm_made_rarer_by_a_remedy(tmp_path: Path, sentence: str) -> None:
    got = relations(tmp_path, sentence, "Prognosis")
    assert ("zorbacillin", "prevents", "heart damage") in got
    assert ("zorbacillin", "used_for", T) in got


@pytest.mark.parametrize(("sentence", "wanted"), [
    ("Selected patients may need surgery to widen the arteries.", ("surgery", "used_for", T)),
    ("Children with large swellings remain at risk of clots.",
     ("large swellings", "increases_risk_of", "clots")),
    ("In untreated patients it is associated with death.", (T, "has_complication", "death")),
    ("Treatment with zorbacillin reduces the risk of heart damage from 25% to 4%.",
     ("zorbacillin", "prevents", "heart damage")),
])
def test_clinical_reference_wordings(tmp_path: Path, sentence: str,
                                     wanted: tuple[str, str, str]) -> None:
    assert wanted in relations(tmp_path, sentence, "Treatment")


@pytest.mark.parametrize(("sentence", "factor"), [
    ("The incidence is highest in patients from northern Tarnland.", "northern tarnland ancestry"),
    ("The disease is seen worldwide but is more common in tropical regions.",
     "tropical regions"),
    ("Young women are at highest risk.", "young age"),  # (and female sex: both factors)
    ("Outbreaks have been linked to marsh water.", "marsh water"),
])
def test_epidemiology_wordings(tmp_path: Path, sentence: str, factor: str) -> None:
    got = relations(tmp_path, sentence, "Epidemiology")
    assert any(s == factor and o == T for s, _, o in got)


def test_how_often_factors_are_present_is_no_list_of_them(tmp_path: Path) -> None:
    got = relations(tmp_path, "Predisposing factors are present in up to 80% of patients.",
                    "Epidemiology")
    assert not any(s.startswith("present") for s, _, _ in got)


@pytest.mark.parametrize(("sentence", "harms"), [
    ("Death is usually due to heart failure.", {"heart failure"}),
    ("Death is usually caused by kidney failure.", {"kidney failure"}),
    ("Most deaths result from sepsis or organ failure.", {"sepsis", "organ failure"}),
    ("Kidney failure is rare.", {"kidney failure"}),
])
def test_harms_named_in_an_outlook(tmp_path: Path, sentence: str, harms: set[str]) -> None:
    got = relations(tmp_path, sentence, "Prognosis")
    assert {(T, "has_complication", h) for h in harms} <= got


def test_what_deaths_are_due_to_causes_death(tmp_path: Path) -> None:
    got = relations(tmp_path, "Most deaths result from sepsis.", "Prognosis")
    assert ("sepsis", "causes", "death") in got


def test_early_said_once_before_two_acts_of_care(tmp_path: Path) -> None:
    got = relations(tmp_path, "Early recognition and treatment lead to full recovery for most "
                    "patients.", "Overview")
    assert ("early treatment", "effective_for", T) in got
    assert [ph.label for ph in phrases("prompt diagnosis and treatment")] == [
        "prompt diagnosis", "prompt treatment"]


def test_a_line_about_how_a_harm_changes_names_the_harm(tmp_path: Path) -> None:
    got = relations(tmp_path, "The chance of lasting pain rises with age.", "Complications")
    assert (T, "has_complication", "lasting pain") in got
    assert not any("rises" in o for _, _, o in got)


def test_a_remedy_whose_name_ends_in_a_verb_form_keeps_it(tmp_path: Path) -> None:
    got = relations(tmp_path, "Eye drops", "Treatment")
    assert any(pred == "used_for" and s.endswith("drops") for s, pred, _ in got)


def test_a_graded_name_is_no_second_kind() -> None:
    names = ["facial nerve swelling", "nerve swelling", "severe nerve swelling"]
    assert ("facial nerve swelling", "nerve swelling") in set(sole_kind_pairs(names))
    assert not set(sole_kind_pairs([*names, "optic nerve swelling"])) & {
        ("facial nerve swelling", "nerve swelling")}


@pytest.mark.parametrize(("sentence", "parts"), [
    ("Later, symptoms can show up in several body systems, including the joints, heart and "
     "nervous system.", {"joints", "heart", "nervous system"}),
    ("The disease may involve almost any organ, most often the lungs and lymph nodes.",
     {"lungs", "lymph nodes"}),
    ("Signs can appear in many body systems, such as musculoskeletal and nervous.",
     {"musculoskeletal system"}),
])
def test_organs_named_after_a_class_of_organs(tmp_path: Path, sentence: str,
                                              parts: set[str]) -> None:
    got = relations(tmp_path, sentence, "Overview")
    assert {(T, "affects", x) for x in parts} <= got


def test_clinical_state_words_and_origins(tmp_path: Path) -> None:
    got = relations(tmp_path, "The throat may be erythematous.", "Clinical features")
    assert (T, "has_symptom", "throat redness") in got
    got = relations(tmp_path, "Children of Tarnish and Veldish heritage have higher rates.",
                    "Epidemiology")
    assert ("tarnish ancestry", "increases_risk_of", T) in got


@pytest.mark.parametrize(("sentence", "sign"), [
    ("Half your face appears to droop.", "facial droop"),
    ("Your smile is one-sided.", "one-sided smile"),
    ("Your eye resists closing.", "difficulty closing eye"),
    ("Your heartbeat may slow too much.", "slow heartbeat"),
    ("You may be unable to tolerate loud noises.", "sensitivity to loud noise"),
])
def test_a_function_gone_wrong_is_a_sign(tmp_path: Path, sentence: str, sign: str) -> None:
    assert sign in _signs(tmp_path, sentence, "Symptoms")
    # in a page's opening text too, where the page tells what the illness does
    assert sign in _signs(tmp_path, f"Grebble fever can be sudden. {sentence}", "About")


@pytest.mark.parametrize(("sentence", "wanted"), [
    ("Patients with a partial weakness fare better.",
     ("partial weakness", "associated_with", "good prognosis")),
    ("In partial weakness, the outcome is worse when a second virus is involved.",
     ("second virus", "increases_risk_of", "poor prognosis")),
    ("The later the diagnosis, the worse the outcome.",
     ("delayed diagnosis", "increases_risk_of", "poor prognosis")),
])
def test_more_outlook_wordings(tmp_path: Path, sentence: str,
                               wanted: tuple[str, str, str]) -> None:
    assert wanted in _outlook(tmp_path, sentence)


@pytest.mark.parametrize("sentence", [
    "Doctors now know more about the lasting illness and death associated with heart "
    "aneurysm development.",
    "Most of the morbidity is associated with the development of heart aneurysms.",
])
def test_the_burden_said_of_a_harm_names_the_harm(tmp_path: Path, sentence: str) -> None:
    got = _harms(tmp_path, sentence, "Prognosis")
    assert any(h.startswith("heart aneurysm") for h in got)


def test_a_group_facing_a_lifelong_risk(tmp_path: Path) -> None:
    got = relations(tmp_path, "Children with large aneurysms face a lifelong risk of clots "
                    "and heart attack.", "Prognosis")
    assert {("large aneurysms", "increases_risk_of", "clots"),
            ("large aneurysms", "increases_risk_of", "heart attack")} <= got


def test_a_condition_item_naming_the_illness_back(tmp_path: Path) -> None:
    got = relations(tmp_path, "Signs of a poor outlook include:\n\n- a complete weakness\n"
                    "- if there is severe pain associated with the grebble fever", "Outlook")
    assert ("severe pain", "associated_with", "poor prognosis") in got
    assert ("complete weakness", "associated_with", "poor prognosis") in got
