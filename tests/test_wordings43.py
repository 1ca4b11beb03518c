"""Sentence wordings read in session 43: wordings health pages use, written as sentences of
our own about the made-up grebble fever."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.ingest.lab_tests import lab_test_name
from claimgraph.ingest.lexicon import name_form
from claimgraph.ingest.normalize import label_key
from claimgraph.ingest.side_phrases import phrases

from .grebble_pages import page_claims, relations

T = "grebble fever"
RISK = "increases_risk_of"
HARM = "has_complication"


@pytest.mark.parametrize(("sentence", "heading", "sign", "infection"), [
    ("The sores can lead to serious infections.", "Symptoms", "sores", "wound infection"),
    ("It causes painful ulcers, which can lead to dangerous infections.", "Symptoms",
     "painful ulcers", "wound infection"),
    ("The blisters may cause a bacterial infection.", "Symptoms", "blisters",
     "skin infection"),
    ("The ulcers can become infected.", "Symptoms", "ulcers", "wound infection"),
    ("The blisters often get infected.", "Complications", "blisters", "skin infection"),
])
def test_an_open_sign_that_gets_infected_has_that_infection(tmp_path: Path, sentence: str,
                                                             heading: str, sign: str,
                                                             infection: str) -> None:
    """A sign that opens the skin leads to an infection of it: the sign's complication (it
    gave nothing, or "serious infections" as one more sign of the illness)."""
    rels = relations(tmp_path, sentence, heading=heading)
    assert (sign, HARM, infection) in rels, rels
    assert not any(o.endswith("infections") for _, _, o in rels), rels


def test_an_ulcer_infected_in_a_condition_names_no_complication(tmp_path: Path) -> None:
    """"If an ulcer becomes infected, ...": a condition, no sign named "if an ulcer"."""
    rels = relations(tmp_path, "If an ulcer becomes infected, antibiotics are needed.",
                     heading="Symptoms")
    assert not any(p == HARM for _, p, _ in rels), rels


def test_a_signs_other_effect_is_still_no_cause(tmp_path: Path) -> None:
    """"Severe pain causes poor sleep" stays unread: only an infection is a sign's harm."""
    rels = relations(tmp_path, "Severe pain causes poor sleep.", heading="Symptoms")
    assert not any(s == "severe pain" for s, _, _ in rels), rels


def test_a_doctor_checking_organ_function_names_their_tests(tmp_path: Path) -> None:
    """"Your doctor will check your kidney and liver function": two tests, not an
    examination."""
    rels = relations(tmp_path, "Your doctor will check your kidney and liver function.",
                     heading="Diagnosis")
    assert {(T, "diagnosed_by", "kidney function test"),
            (T, "diagnosed_by", "liver function test")} <= rels, rels
    assert (T, "diagnosed_by", "physical examination") not in rels, rels


@pytest.mark.parametrize(("sentence", "other"), [
    ("Doctors must tell it apart from cellulitis.", "cellulitis"),
    ("Doctors have to differentiate it from a blood clot.", "blood clot"),
])
def test_what_it_must_be_told_apart_from_looks_like_it(tmp_path: Path, sentence: str,
                                                        other: str) -> None:
    rels = relations(tmp_path, sentence, heading="Diagnosis")
    assert (T, "resembles", other) in rels, rels


@pytest.mark.parametrize(("sentence", "heading", "factor"), [
    ("Genetic factors likely contribute.", "Risk factors", "genetic factors"),
    ("Genetic factors likely play a role.", "Causes", "genetic factors"),
])
def test_a_part_played_with_likely_is_a_contribution(tmp_path: Path, sentence: str,
                                                      heading: str, factor: str) -> None:
    cs = page_claims(tmp_path, f"{heading}\n\n{sentence}")
    found = [c for c in cs.claims if cs.label(c.subject) == factor
             and c.predicate == "contributes_to"]
    assert found and all(c.hedged for c in found)


@pytest.mark.parametrize(("sentence", "factor"), [
    ("Most cases occur in previously healthy young adults.", "young age"),
    ("It is most common in otherwise healthy children.", "young age"),
])
def test_being_healthy_is_no_risk_factor(tmp_path: Path, sentence: str, factor: str) -> None:
    """"previously healthy young adults": their age is the factor (it had been "healthy
    young"); "previously healthy people" name none."""
    rels = relations(tmp_path, sentence, heading="Risk factors")
    assert (factor, RISK, T) in rels, rels
    assert not any("healthy" in s for s, _, _ in rels), rels
    assert not relations(tmp_path, "Most cases occur in previously healthy people.",
                         heading="Risk factors")


@pytest.mark.parametrize(("sentence", "factor"), [
    ("Conditions that weaken the immune system raise the risk.", "weakened immune system"),
    ("Underlying conditions that weaken the immune system increase susceptibility.",
     "weakened immune system"),
    ("You are more at risk if you have a condition that weakens your immune system.",
     "weakened immune system"),
    ("It is more likely if you take medicines that suppress your immune system.",
     "immunosuppressive medicine"),
])
def test_what_weakens_the_immune_system_is_named_by_it(tmp_path: Path, sentence: str,
                                                       factor: str) -> None:
    """The things named only by their weakening the immune system (each gave nothing)."""
    rels = relations(tmp_path, sentence, heading="Risk factors")
    assert (factor, RISK, T) in rels, rels


def test_a_factor_said_to_be_protective_prevents_it(tmp_path: Path) -> None:
    cs = page_claims(tmp_path, "Risk factors\n\nSmoking appears to be protective.")
    found = [c for c in cs.claims if cs.label(c.subject) == "smoking"]
    assert [(c.predicate, c.hedged) for c in found] == [("prevents", True)]


def test_care_named_in_a_condition_is_not_denied(tmp_path: Path) -> None:
    """"Methotrexate is used if steroids cannot be taken": steroids are not denied as care
    (they had been)."""
    cs = page_claims(tmp_path, "Treatment\n\nMethotrexate is often used when steroids cannot "
                               "be taken.")
    got = {(cs.label(c.subject), c.predicate, c.negated) for c in cs.claims}
    assert ("methotrexate", "used_for", False) in got, got
    assert not any(s == "steroids" for s, _, _ in got), got


@pytest.mark.parametrize(("sentence", "remedy", "treated"), [
    ("Antibiotics treat it.", "antibiotics", T),
    ("Steroid eye drops treat the eye inflammation.", "steroid eye drops", "eye inflammation"),
    ("Doxycycline treats most cases.", "doxycycline", T),
])
def test_a_remedy_that_treats_is_used_for_it(tmp_path: Path, sentence: str, remedy: str,
                                             treated: str) -> None:
    """"X treats Y" (it gave nothing)."""
    rels = relations(tmp_path, sentence, heading="Treatment")
    assert (remedy, "used_for", treated) in rels, rels


@pytest.mark.parametrize("sentence", [
    "Doctors treat the infection.",
    "It is important to treat the infection early.",
    "Your GP may treat you with antibiotics.",
])
def test_people_who_treat_are_no_remedy(tmp_path: Path, sentence: str) -> None:
    rels = relations(tmp_path, sentence, heading="Treatment")
    assert not any(s in ("doctors", "it", "your gp", "gp") for s, _, _ in rels), rels


def test_what_a_risky_medicine_treats_is_no_care_of_the_illness(tmp_path: Path) -> None:
    """Under risk factors, "These drugs treat swelling" describes the medicine."""
    rels = relations(tmp_path, "Steroids: these drugs treat swelling and pain.",
                     heading="Risk factors")
    assert not any(p == "used_for" for _, p, _ in rels), rels


def test_a_remedy_denied_is_denied(tmp_path: Path) -> None:
    cs = page_claims(tmp_path, "Treatment\n\nAntibiotics do not treat viral infections.")
    found = [c for c in cs.claims if cs.label(c.subject) == "antibiotics"]
    assert found and all(c.negated for c in found)


@pytest.mark.parametrize(("sentence", "remedy", "negated"), [
    ("Inhaled steroids are not helpful.", "inhaled steroids", True),
    ("Inhaled steroids are usually helpful.", "inhaled steroids", False),
    ("Hydroxychloroquine can be useful for skin disease.", "hydroxychloroquine", False),
    ("Early surgery reduces deaths.", "early surgery", False),
    ("Early surgery lowers the death rate.", "early surgery", False),
    ("Prompt surgery saves lives.", "surgery", False),
    ("Early antibiotics can be lifesaving.", "early antibiotics", False),
])
def test_care_said_to_help_or_save_lives_works(tmp_path: Path, sentence: str, remedy: str,
                                               negated: bool) -> None:
    cs = page_claims(tmp_path, f"Treatment\n\n{sentence}")
    found = [c for c in cs.claims if cs.label(c.subject) == remedy
             and c.predicate == "effective_for"]
    assert found and all(c.negated is negated for c in found), \
        [(cs.label(c.subject), c.predicate, c.negated) for c in cs.claims]


def test_deaths_from_another_thing_are_not_the_illnesses(tmp_path: Path) -> None:
    rels = relations(tmp_path, "Seat belts reduce deaths from car crashes.", heading="Treatment")
    assert not any(p == "effective_for" for _, p, _ in rels), rels


@pytest.mark.parametrize(("one", "other"), [
    ("paralysis of the muscles of the face", "paralysis of the facial muscles"),
    ("weakness in the muscles of the face", "weakness of the facial muscles"),
])
def test_a_state_of_a_part_of_a_part_is_one_name(one: str, other: str) -> None:
    """"paralysis of the muscles of the face" and "of the facial muscles" are one thing."""
    assert name_form(label_key(one)) == name_form(label_key(other))


def test_a_part_of_no_part_keeps_its_words() -> None:
    assert name_form(label_key("pain in the back of the head")) != name_form("head back pain")


@pytest.mark.parametrize(("sentence", "process"), [
    ("T cells release large amounts of cytokines.", "cytokine release"),
    ("Fluid leaks out of the blood vessels, which lowers blood pressure.", "capillary leak"),
])
def test_more_wordings_of_how_it_works(tmp_path: Path, sentence: str, process: str) -> None:
    rels = relations(tmp_path, sentence, heading="How it happens")
    assert (T, "involves", process) in rels, rels


@pytest.mark.parametrize(("lead", "owner"), [
    ("Signs of sepsis include:", "sepsis"),
    ("Signs that you may have sepsis include:", "sepsis"),
    ("Symptoms of shock can include:", "shock"),
])
def test_a_list_of_a_harms_signs_is_that_harms(tmp_path: Path, lead: str, owner: str) -> None:
    """"Signs of sepsis include: - fever": the signs of that grave harm, not the illness's
    own (they had been read as the illness's)."""
    rels = relations(tmp_path, f"{lead}\n- fever\n- fast breathing", heading="Symptoms")
    assert {(owner, "has_symptom", "fever"), (owner, "has_symptom", "fast breathing")} <= rels
    assert (T, "has_symptom", "fever") not in rels, rels


def test_a_list_of_signs_of_the_illness_or_of_infection_stays_its(tmp_path: Path) -> None:
    for lead in ("Symptoms of grebble fever include:", "Signs of infection include:"):
        rels = relations(tmp_path, f"{lead}\n- fever\n- redness", heading="Symptoms")
        assert (T, "has_symptom", "fever") in rels, rels


def test_a_harm_the_page_named_owns_the_signs_listed_for_it(tmp_path: Path) -> None:
    rels = relations(tmp_path, "It can lead to a blood infection.\n\nSigns of a blood infection "
                               "include:\n- fever\n- fast breathing", heading="Complications")
    assert ("blood infection", "has_symptom", "fever") in rels, rels


@pytest.mark.parametrize(("sentence", "signs"), [
    ("The main symptom is a red, warm, swollen area of skin.",
     {"red skin", "warm skin", "swollen skin"}),
    ("Symptoms include a red, swollen patch of skin.", {"red skin", "swollen skin"}),
])
def test_states_of_an_area_of_skin_are_the_skins(tmp_path: Path, sentence: str,
                                                 signs: set[str]) -> None:
    """"a red, warm, swollen area of skin": red, warm and swollen skin (the first state was
    lost and the others named "warm area of skin")."""
    rels = relations(tmp_path, sentence, heading="Symptoms")
    assert {(T, "has_symptom", s) for s in signs} <= rels, rels


def test_dark_patches_of_skin_are_no_dark_skin(tmp_path: Path) -> None:
    rels = relations(tmp_path, "Dark patches of skin may appear.", heading="Symptoms")
    assert (T, "has_symptom", "dark skin") not in rels, rels


def test_states_of_an_area_of_skin_in_a_list_item(tmp_path: Path) -> None:
    rels = relations(tmp_path, "Symptoms include:\n- a red, warm, swollen area of skin\n- fever",
                     heading="Symptoms")
    assert {(T, "has_symptom", s) for s in ("red skin", "warm skin", "swollen skin")} <= rels


def test_a_harm_that_results_from_a_sign_under_complications(tmp_path: Path) -> None:
    """Under complications, "Cataracts and glaucoma can result from eye inflammation": the
    inflammation brings on both (neither side is the topic; the harms had been dropped as
    the effects of something else)."""
    rels = relations(tmp_path, "Cataracts and glaucoma can result from eye inflammation.",
                     heading="Complications")
    assert {("eye inflammation", "causes", "cataracts"),
            ("eye inflammation", "causes", "glaucoma")} <= rels, rels


def _figures(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    cs = page_claims(tmp_path, text)
    return [(cs.label(c.subject), c.measure.kind) for c in cs.claims if c.measure is not None]


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Many people develop a red rash on the leg, usually about 5 to 20 days after the bite.",
     "red rash onset"),
    ("Most people get a rash around 2 to 10 days after being exposed.", "rash onset"),
    ("Many people with early grebble fever develop a distinctive red rash at the site of the "
     "bite, usually around three to 25 days after being bitten.", "red rash onset"),
    ("Some children develop swelling of the hands 10 days after the fever starts.",
     "hand swelling onset"),
    ("Most people develop symptoms 2 to 10 days after being exposed.", f"{T} onset"),
])
def test_a_sign_people_get_a_time_after_an_event_is_its_onset(tmp_path: Path, sentence: str,
                                                              subject: str) -> None:
    """"Many people develop a rash 5 to 20 days after the bite": when the rash shows (the
    figure had been a span of the illness itself, or of "children")."""
    assert _figures(tmp_path, f"Symptoms\n\n{sentence}") == [(subject, "duration")]


def test_cases_caught_abroad_are_named_with_the_topics_own_name(tmp_path: Path) -> None:
    """The share of cases caught abroad is "<topic> acquired abroad" under the topic's own
    name, not under another name the page gives it (the longest had been taken)."""
    figs = _figures(tmp_path, "Overview\n\nGrebble fever, also called grebble borreliosis, is "
                              "an infection.\n\nAbout 15% of cases occur while people are "
                              "abroad.")
    assert figs == [(f"{T} acquired abroad", "share")], figs


def test_what_it_most_often_follows_raises_the_risk(tmp_path: Path) -> None:
    """"It most often follows an injury": "most" had been left as the subject's words."""
    rels = relations(tmp_path, "It most commonly follows surgery.", heading="Risk factors")
    assert ("surgery", RISK, T) in rels, rels


@pytest.mark.parametrize(("sentence", "factor"), [
    ("Nasal packing used to stop nosebleeds has been linked to it.", "nasal packing"),
    ("Nasal packing used after nose surgery is a risk factor.", "nasal packing"),
])
def test_what_a_thing_is_used_for_is_no_part_of_its_name(tmp_path: Path, sentence: str,
                                                         factor: str) -> None:
    """"X used to stop Y": X (the participle had been left as the head, "X used", and the
    name dropped; or kept whole with "used after ...")."""
    rels = relations(tmp_path, sentence, heading="Risk factors")
    assert any(s == factor and o == T for s, _, o in rels), rels


def test_a_line_that_says_what_a_habit_does_is_no_list_of_factors(tmp_path: Path) -> None:
    """"Using X might hide symptoms and worsen the infection." under risks is a sentence:
    no factor named "worsen the infection"."""
    rels = relations(tmp_path, "Using NSAIDs might hide symptoms and worsen the infection.",
                     heading="Risk factors")
    assert not any("worsen" in s for s, _, _ in rels), rels


@pytest.mark.parametrize(("sentence", "act"), [
    ("Avoiding tampons altogether removes this risk.", "tampon avoidance"),
    ("Regular handwashing is the single most effective way to stop infections spreading.",
     "regular handwashing"),
    ("Covering wounds stops bacteria getting in.", "wound covering"),
    ("A clean dressing keeps germs out.", "clean dressing"),
])
def test_more_ways_to_keep_it_away(tmp_path: Path, sentence: str, act: str) -> None:
    rels = relations(tmp_path, sentence, heading="Overview")
    assert (act, "prevents", T) in rels, rels


@pytest.mark.parametrize("sentence", [
    "Not sharing razors or towels helps prevent spread.",
    "Avoid sharing towels or razors.",
])
def test_a_shared_act_avoided_is_avoided_for_each_thing(tmp_path: Path, sentence: str) -> None:
    """"Avoid sharing towels or razors": sharing each is avoided (the razors had been
    avoided themselves, or named "towels" with no act)."""
    rels = relations(tmp_path, sentence, heading="Prevention")
    assert {("sharing towel avoidance", "prevents", T),
            ("sharing razor avoidance", "prevents", T)} <= rels, rels


@pytest.mark.parametrize("text", [
    "The differential includes cellulitis, gout, and deep vein thrombosis.",
    "Cellulitis, gout and deep vein thrombosis.",
])
def test_a_differential_list_names_look_alikes(tmp_path: Path, text: str) -> None:
    """"The differential includes ..." and a bare list line under a differential heading
    (both gave nothing)."""
    rels = relations(tmp_path, text, heading="Differential Diagnosis")
    assert {(T, "resembles", x) for x in ("cellulitis", "gout", "deep vein thrombosis")} \
        <= rels, rels


def test_a_differential_count_is_still_a_test(tmp_path: Path) -> None:
    rels = relations(tmp_path, "A differential white cell count is done.", heading="Diagnosis")
    assert not any(p == "resembles" for _, p, _ in rels), rels


def test_a_name_cut_before_its_figure_is_no_harm(tmp_path: Path) -> None:
    """"This results in the activation of up to 20% of T cells": how it works, not a harm
    named "activation of up"."""
    rels = relations(tmp_path, "This results in the activation of up to 20% of T cells.",
                     heading="Pathophysiology")
    assert (T, "involves", "immune activation") in rels, rels
    assert not any(o.endswith(" of up") for _, _, o in rels), rels


def test_headings_by_organ_go_on_with_the_signs_before_them(tmp_path: Path) -> None:
    """"Symptoms", then "Lungs", "Skin", "Eyes" as headings of their own: the signs under
    each part are still signs (under a part's heading nothing had been read)."""
    rels = relations(tmp_path, "Symptoms depend on the organs affected.\n\nLungs\n\nMost people "
                               "have a dry cough and shortness of breath.\n\nEyes\n\nThe eyes may "
                               "become red and painful.", heading="Symptoms")
    assert {(T, "has_symptom", "dry cough"), (T, "has_symptom", "shortness of breath"),
            (T, "has_symptom", "eye redness")} <= rels, rels


def test_a_harm_under_an_organ_heading_after_complications(tmp_path: Path) -> None:
    rels = relations(tmp_path, "Heart\n\nIt can cause an irregular heartbeat.",
                     heading="Complications")
    assert (T, HARM, "irregular heartbeat") in rels, rels


@pytest.mark.parametrize("line", [
    "Symptoms vary from person to person.",
    "Symptoms depend on the organs affected.",
])
def test_a_line_about_how_the_signs_go_names_no_sign(tmp_path: Path, line: str) -> None:
    """(Each had been a sign named by the whole line, and "person to person" one more.)"""
    rels = relations(tmp_path, line, heading="Symptoms")
    assert not any(p == "has_symptom" for _, p, _ in rels), rels


@pytest.mark.parametrize("sentence", [
    "The toxins trigger a massive immune response.",
    "This leads to a cytokine storm.",
])
def test_the_bodys_own_response_is_how_it_works_not_a_harm(tmp_path: Path, sentence: str) -> None:
    rels = relations(tmp_path, sentence, heading="How it happens")
    assert not any(p == HARM for _, p, _ in rels), rels
    assert any(p == "involves" for _, p, _ in rels), rels


def test_a_sign_that_lasts_for_months_under_complications_is_one(tmp_path: Path) -> None:
    """"Some people have muscle weakness that lasts for months": a harm left behind (a sign
    with no lasting word before it had given nothing)."""
    rels = relations(tmp_path, "Some people have muscle weakness that lasts for months.",
                     heading="Complications")
    assert (T, HARM, "muscle weakness") in rels, rels


def test_an_age_span_before_a_rate_is_the_group_not_the_rate(tmp_path: Path) -> None:
    """"The yearly incidence in women aged 15 to 44 is about 3 per 100,000": 3 in 100,000
    of those women (the ages had been read as a rate of 15 to 44 per 100,000)."""
    cs = page_claims(tmp_path, "Overview\n\nThe yearly incidence in women aged 15 to 44 is about "
                               "3 per 100,000.")
    got = [(c.measure.kind, c.measure.value, c.measure.low, c.measure.population)
           for c in cs.claims if c.measure is not None]
    assert got == [("incidence", pytest.approx(3e-05), None, "women aged 15 to 44")], got


def test_a_limb_removed_is_an_amputation(tmp_path: Path) -> None:
    rels = relations(tmp_path, "In severe cases an arm or leg may need to be removed.",
                     heading="Treatment")
    assert ("amputation", "used_for", T) in rels, rels


def test_the_only_way_to_be_sure_names_the_test(tmp_path: Path) -> None:
    rels = relations(tmp_path, "Surgery is often the only way to be certain.", heading="Tests")
    assert (T, "diagnosed_by", "surgery") in rels, rels


def test_a_wound_in_a_condition_for_getting_help_is_no_sign(tmp_path: Path) -> None:
    """"Get help straight away if you have a wound and you feel very unwell": the feeling
    unwell is a sign; the wound is not."""
    rels = relations(tmp_path, "Get help straight away if you have a wound and you feel very "
                               "unwell.", heading="Symptoms")
    assert (T, "has_symptom", "malaise") in rels, rels
    assert (T, "has_symptom", "wound") not in rels, rels


def test_a_clause_after_no_signs_names_no_sign(tmp_path: Path) -> None:
    """"Many people have no symptoms, and the condition is found by chance on an X-ray": the
    X-ray finds it; no sign "condition is"."""
    rels = relations(tmp_path, "Many people have no symptoms, and the condition is found by "
                               "chance on a chest X-ray.", heading="Symptoms")
    assert (T, "diagnosed_by", "chest x-ray") in rels, rels
    assert not any(p == "has_symptom" for _, p, _ in rels), rels


@pytest.mark.parametrize("sentence", [
    "In about 1 in 5 people, the condition lasts a long time.",
    "In 10 to 30 percent of patients, the disease lasts for years.",
])
def test_a_share_whose_illness_lasts_for_years_takes_a_chronic_course(tmp_path: Path,
                                                                      sentence: str) -> None:
    figs = _figures(tmp_path, f"Outlook\n\n{sentence}")
    assert figs == [("chronic course", "frequency")], figs


def test_a_harm_after_a_share_is_the_illnesses(tmp_path: Path) -> None:
    """"In about 1 in 5 people, the condition lasts a long time and can cause scarring of
    the lungs": the illness's harm (the subject had been "condition lasts a long time")."""
    rels = relations(tmp_path, "In about 1 in 5 people, the condition lasts a long time and can "
                               "cause scarring of the lungs.", heading="Outlook")
    assert (T, HARM, "lung scarring") in rels, rels


def test_a_span_after_as_is_the_illnesses_own(tmp_path: Path) -> None:
    """"..., as the condition often clears up by itself within 2 years": the illness's span
    (it had been of a thing named "as the condition")."""
    figs = _figures(tmp_path, "Treatment\n\nMany people do not need treatment, as the condition "
                              "often clears up by itself within 2 years.")
    assert figs == [(T, "duration")], figs


def test_a_clause_lead_before_a_time_is_no_figure(tmp_path: Path) -> None:
    assert _figures(tmp_path, "Outlook\n\nIt is clear by six months who will have lasting "
                              "problems.") == []


def test_a_second_verb_after_a_denied_one_is_not_denied(tmp_path: Path) -> None:
    """"... if steroids do not work or cause side effects": the side effects are said (in a
    condition), not denied."""
    cs = page_claims(tmp_path, "Treatment\n\nOther medicines may be used if steroids do not work "
                               "or cause side effects.")
    found = [c for c in cs.claims if cs.label(c.subject) == "steroids"
             and c.predicate == "causes"]
    assert found and not any(c.negated for c in found)


def test_a_harm_after_how_fast_it_comes_on(tmp_path: Path) -> None:
    """"It comes on suddenly and can quickly lead to shock": the adverb had hidden the
    shared subject."""
    rels = relations(tmp_path, "It comes on suddenly and can quickly lead to shock and organ "
                               "failure.", heading="Overview")
    assert {(T, HARM, "shock"), (T, HARM, "organ failure")} <= rels, rels


def test_feelings_a_sign_brings_are_signs_under_signs(tmp_path: Path) -> None:
    """"low blood pressure, which can make you feel dizzy" in a list of signs: dizziness is
    a sign (it had also been a complication); under complications feelings stay harms."""
    rels = relations(tmp_path, "Symptoms include:\n- low blood pressure, which can make you feel "
                               "dizzy or faint\n- fever", heading="Symptoms")
    assert (T, "has_symptom", "dizziness") in rels and (T, HARM, "dizziness") not in rels, rels
    rels = relations(tmp_path, "It can make you feel depressed or anxious.",
                     heading="Complications")
    assert (T, HARM, "depression") in rels, rels


@pytest.mark.parametrize(("sentence", "subject"), [
    ("One to two weeks after the illness starts, the skin on the hands and feet may peel.",
     "skin peeling onset"),
    ("About 3 days after the fever, a rash appears on the chest.", "rash onset"),
    ("Two days after the bite, symptoms start.", f"{T} onset"),
])
def test_a_time_said_first_times_what_shows_after_it(tmp_path: Path, sentence: str,
                                                     subject: str) -> None:
    assert _figures(tmp_path, f"Symptoms\n\n{sentence}") == [(subject, "duration")]


def test_a_line_with_the_signs_as_a_clause_is_no_item(tmp_path: Path) -> None:
    rels = relations(tmp_path, "Two days after the bite, symptoms start.", heading="Symptoms")
    assert not any(p == "has_symptom" for _, p, _ in rels), rels


def test_where_germs_go_is_nothing_people_have(tmp_path: Path) -> None:
    """"Problems happen when they get into the blood and release toxins": no factor named
    "release toxins"."""
    rels = relations(tmp_path, "Problems happen when they get into the blood and release toxins.",
                     heading="Causes")
    assert not any(p == RISK for _, p, _ in rels), rels


def test_a_diagnosis_made_from_the_signs_and_by_ruling_out(tmp_path: Path) -> None:
    rels = relations(tmp_path, "Doctors make the diagnosis from the symptoms and rule out other "
                               "illnesses.", heading="Diagnosis")
    assert {(T, "diagnosed_by", "symptom review"),
            (T, "diagnosed_by", "exclusion of other causes")} <= rels, rels


@pytest.mark.parametrize(("line", "signs"), [
    ("Coughing and shortness of breath start later.", {"coughing", "shortness of breath"}),
    ("A cough starts later.", {"cough"}),
])
def test_a_line_of_signs_that_start_later_names_them(tmp_path: Path, line: str,
                                                     signs: set[str]) -> None:
    """(The line had been one sign "coughing and shortness of breath start".)"""
    rels = relations(tmp_path, line, heading="Symptoms")
    assert {(T, "has_symptom", x) for x in signs} == {r for r in rels if r[1] == "has_symptom"}


@pytest.mark.parametrize("sentence", [
    "Early symptoms are like flu: fever, muscle aches and tiredness.",
    "The first symptoms are flu-like: fever, muscle aches and tiredness.",
])
def test_signs_listed_after_like_flu_and_a_colon(tmp_path: Path, sentence: str) -> None:
    rels = relations(tmp_path, sentence, heading="Symptoms")
    assert {(T, "has_symptom", "fever"), (T, "has_symptom", "tiredness")} <= rels, rels
    assert (T, "has_symptom", "flu-like") not in rels, rels


def test_the_earlier_someone_gets_care_the_better(tmp_path: Path) -> None:
    rels = relations(tmp_path, "The earlier someone gets care, the better their chance of "
                               "survival.", heading="Treatment")
    assert ("early treatment", "effective_for", T) in rels, rels


def test_an_act_shared_by_a_list_of_places(tmp_path: Path) -> None:
    """"People who clean barns, sheds or cabins": cleaning each (the sheds and cabins had
    been factors themselves); an act with a longer phrase ("camp in wooded places for work or
    fun") shares no act with the member after it."""
    rels = relations(tmp_path, "People who clean barns, sheds or cabins are most at risk.",
                     heading="Who is at risk?")
    assert {(f"cleaning {x}", RISK, T) for x in ("barns", "sheds", "cabins")} <= rels, rels
    rels = relations(tmp_path, "People who camp in wooded places for work or fun are at greater "
                               "risk.", heading="Risk factors")
    assert not any(s.startswith("camping fun") for s, _, _ in rels), rels


@pytest.mark.parametrize(("sentence", "acts"), [
    ("Keep rodents out of your home, seal holes and gaps, and wet down droppings with "
     "disinfectant before cleaning.", {"sealing holes and gaps", "wetting down droppings"}),
    ("Do not sweep or vacuum droppings, as this stirs up dust.",
     {"sweeping droppings avoidance", "vacuuming droppings avoidance"}),
    # (the -ing form from the lemma tables: a hand-written one had given "cuting")
    ("Do not cut or pick the scabs.", {"cutting scab avoidance", "picking scab avoidance"}),
])
def test_more_commands_that_keep_it_away(tmp_path: Path, sentence: str, acts: set[str]) -> None:
    rels = relations(tmp_path, sentence, heading="Prevention")
    assert {(a, "prevents", T) for a in acts} <= rels, rels


@pytest.mark.parametrize(("sentence", "remedies", "sign"), [
    ("Eye drops called artificial tears help with dry eyes.", {"artificial tears"}, "dry eyes"),
    ("Sipping water and chewing sugar-free gum can help with a dry mouth.",
     {"sipping water", "chewing sugar-free gum"}, "dry mouth"),
])
def test_care_that_helps_with_a_part_in_a_state(tmp_path: Path, sentence: str,
                                                remedies: set[str], sign: str) -> None:
    """"help with dry eyes" (a part in a state is a sign; the help had been the illness's,
    or a gerund subject had dropped the sentence)."""
    rels = relations(tmp_path, sentence, heading="Treatment")
    assert {(x, "effective_for", sign) for x in remedies} <= rels, rels


def test_a_medicine_people_take_for_signs_is_used_for_each(tmp_path: Path) -> None:
    rels = relations(tmp_path, "Some people take a medicine called hydroxychloroquine for joint "
                               "pain and tiredness.", heading="Treatment")
    assert {("hydroxychloroquine", "used_for", "joint pain"),
            ("hydroxychloroquine", "used_for", "tiredness")} <= rels, rels
    assert not relations(tmp_path, "Patients take a break from work.", heading="Treatment")


@pytest.mark.parametrize("sentence", [
    "An infection might trigger it in people who are already prone to it.",
    "Stress can trigger it in people with eczema.",
])
def test_what_triggers_it_in_a_group_causes_it(tmp_path: Path, sentence: str) -> None:
    """"... trigger it in people who ...": "it" is the topic (the group had hidden it)."""
    rels = relations(tmp_path, sentence, heading="Causes")
    assert any(p == "causes" and o == T for _, p, o in rels), rels


def test_the_next_verb_of_a_clause_is_no_group_at_risk(tmp_path: Path) -> None:
    """"... more common in women than in men and usually starts between the ages of 40 and
    60": no factor named "starts between the ages of 40 and 60"."""
    rels = relations(tmp_path, "It is 9 times more common in women than in men and usually starts "
                               "between the ages of 40 and 60.", heading="Risk factors")
    assert ("female sex", RISK, T) in rels, rels
    assert not any(s.startswith("starts") for s, _, _ in rels), rels


def test_a_slightly_higher_chance_of_a_harm_names_it(tmp_path: Path) -> None:
    rels = relations(tmp_path, "People with it have a slightly higher chance of developing "
                               "lymphoma, a cancer of the lymph glands.", heading="Complications")
    assert (T, HARM, "lymphoma") in rels, rels
    assert not any("chance" in o for _, _, o in rels), rels


def test_how_many_develop_it_after_a_harm_is_the_harms_figure(tmp_path: Path) -> None:
    """"It can cause kidney damage. About 1 in 10 people will get it.": how often the
    damage comes (it had been a frequency of the illness itself)."""
    figs = _figures(tmp_path, "Complications\n\nIt can cause kidney damage. About 1 in 10 "
                              "people will get it.")
    assert figs == [("kidney damage", "frequency")], figs


def test_care_used_for_people_with_a_state_is_the_illnesses(tmp_path: Path) -> None:
    """"used for people with severe infections or weakened immune systems": who gets it, the
    care is for the illness (the states had been what it treats)."""
    rels = relations(tmp_path, "Antifungal medicines such as fluconazole are used for people "
                               "with severe infections or weakened immune systems.",
                     heading="Treatment")
    assert ("fluconazole", "used_for", T) in rels, rels
    assert not any(o == "weakened immune systems" for _, _, o in rels), rels
    assert ("painkillers", "used_for", "pain") in relations(
        tmp_path, "Painkillers are used for the pain.", heading="Treatment")


def test_where_a_germ_lives_is_no_cause(tmp_path: Path) -> None:
    """"spores of a fungus that grows in soil and rotting wood": no cause "rotting wood"."""
    rels = relations(tmp_path, "It is caused by bacteria that live in soil and water.",
                     heading="Causes")
    assert ("bacteria", "causes", T) in rels, rels
    assert not any(s == "water" for s, _, _ in rels), rels


def test_what_sets_spores_loose_raises_the_risk(tmp_path: Path) -> None:
    rels = relations(tmp_path, "Digging, farming and building work can release the spores into "
                               "the air.", heading="Causes")
    assert {(x, RISK, T) for x in ("digging", "farming", "building work")} <= rels, rels


def test_a_course_of_a_set_length_names_the_medicine(tmp_path: Path) -> None:
    """"A 2 to 3 week course of doxycycline is the usual treatment": doxycycline is used for
    it (the length had hidden the name; it stays a figure of its own)."""
    cs = page_claims(tmp_path, "Treatment\n\nA 2 to 3 week course of doxycycline is the usual "
                               "treatment.")
    got = {(cs.label(c.subject), c.predicate, cs.label(c.object) if c.object else None)
           for c in cs.claims}
    assert ("doxycycline", "used_for", T) in got, got
    assert any(c.measure is not None and cs.label(c.subject) == "doxycycline"
               for c in cs.claims)


def test_a_denied_clauses_own_list_names_no_sign(tmp_path: Path) -> None:
    """"a fever that ... does not settle with paracetamol or ibuprofen": no sign named
    "ibuprofen"."""
    rels = relations(tmp_path, "The chief sign is a fever that goes on for six days or longer "
                               "and does not settle with paracetamol or ibuprofen.",
                     heading="Symptoms")
    assert (T, "has_symptom", "fever") in rels, rels
    assert not any(o in ("ibuprofen", "paracetamol") for _, _, o in rels), rels


@pytest.mark.parametrize(("sentence", "start"), [
    ("Treatment works best if it is started within 10 days of the fever starting.",
     "start of treatment"),
    ("Antivirals work best if they are started within 3 days.", "start of antivirals"),
])
def test_care_that_works_best_started_early_times_its_start(tmp_path: Path, sentence: str,
                                                            start: str) -> None:
    """(The figure had been of "best onset", and "treatment works best" a remedy.)"""
    cs = page_claims(tmp_path, f"Treatment\n\n{sentence}")
    figs = [(cs.label(c.subject), c.measure.kind) for c in cs.claims if c.measure is not None]
    assert figs == [(start, "duration")], figs
    assert not any("works best" in cs.label(c.subject) for c in cs.claims)


def test_who_is_affected_more_often_after_and(tmp_path: Path) -> None:
    rels = relations(tmp_path, "The median age at diagnosis is 45 years, and men are affected "
                               "slightly more often than women.", heading="Epidemiology")
    assert ("male sex", RISK, T) in rels, rels


def test_almost_all_patients_in_hospital_is_the_illnesses_care(tmp_path: Path) -> None:
    """"Almost all patients are admitted to hospital": hospital care of the illness (it had
    been care "for almost all patients")."""
    rels = relations(tmp_path, "Almost all patients are admitted to hospital.",
                     heading="Hospital care")
    assert ("hospital treatment", "used_for", T) in rels, rels


def test_a_condition_put_first_denies_no_care(tmp_path: Path) -> None:
    """"If you cannot close your eye, you will need eye drops during the day and ointment at
    night": both are care, neither denied, and "during the day" is no part of a name."""
    cs = page_claims(tmp_path, "Treatment\n\nIf you cannot close your eye, you will need eye "
                               "drops during the day and ointment at night to protect the eye.")
    got = {(cs.label(c.subject), c.negated) for c in cs.claims if c.predicate == "used_for"}
    assert {("eye drops", False), ("ointment", False)} <= got, got
    assert not any(neg for _, neg in got), got


def test_care_with_a_condition_aside_improves_the_outlook(tmp_path: Path) -> None:
    rels = relations(tmp_path, "Steroid tablets, if started within 72 hours, improve the chance "
                               "of a full recovery.", heading="Treatment")
    assert ("steroid tablets", "effective_for", T) in rels, rels


@pytest.mark.parametrize(("text", "names"), [
    ("a skin or muscle biopsy", {"skin biopsy", "muscle biopsy"}),
    ("a chest or abdominal x-ray", {"chest x-ray", "abdominal x-ray"}),
])
def test_a_part_before_a_shared_test_word_is_that_tests(text: str, names: set[str]) -> None:
    """"a skin or muscle biopsy": two biopsies (the skin had been a test of its own)."""
    assert {ph.label for ph in phrases(text)} == names


def test_drugs_named_for_a_disease_stay_apart_from_it(tmp_path: Path) -> None:
    """"after treatment with some cancer drugs" on a page that names cancer too: the drugs
    raise the risk (they had been joined with cancer, which then raised it)."""
    rels = relations(tmp_path, "Cases have also been reported after treatment with some cancer "
                               "drugs. Lung involvement and cancer are the main causes of death.",
                     heading="Causes")
    assert ("cancer drugs", RISK, T) in rels, rels
    assert ("cancer", RISK, T) not in rels, rels


def test_a_raised_level_in_the_blood_names_its_test() -> None:
    assert lab_test_name("raised muscle enzymes in the blood") == "muscle enzymes test"


@pytest.mark.parametrize("sentence", [
    "Intravenous immunoglobulin is used for resistant disease.",
    "Methotrexate is used for severe disease.",
])
def test_care_for_a_grade_of_the_illness_is_its_care(tmp_path: Path, sentence: str) -> None:
    """(The grade had been a thing of its own the care treats.)"""
    rels = relations(tmp_path, sentence, heading="Treatment")
    assert any(p == "used_for" and o == T for _, p, o in rels), rels


@pytest.mark.parametrize(("sentence", "source"), [
    ("It is passed to people from infected birds.", "infected birds"),
    ("It spreads to humans from infected animals such as rats.", "rats"),
])
def test_where_it_passes_to_people_from_raises_the_risk(tmp_path: Path, sentence: str,
                                                         source: str) -> None:
    rels = relations(tmp_path, sentence, heading="Overview")
    assert (source, RISK, T) in rels, rels
