"""Sentence wordings read in session 45: wordings health pages use, written as sentences of
our own about the made-up grebble fever."""

from __future__ import annotations

from pathlib import Path

import pytest

from .grebble_pages import page_claims, relations

T = "grebble fever"
SIGN = "has_symptom"
HARM = "has_complication"


@pytest.mark.parametrize("sentence", [
    "In severe cases, a dark red rash that does not fade under pressure may appear.",
    "A dark red rash which doesn't fade under pressure may appear.",
])
def test_a_denial_inside_a_relative_clause_denies_no_sign(tmp_path: Path, sentence: str) -> None:
    """"a rash that does not fade ... may appear": the "not" tells which rash, the rash is
    still a sign (it was read as denied)."""
    cs = page_claims(tmp_path, f"Symptoms\n{sentence}\n")
    rash = [c for c in cs.claims if c.predicate == SIGN and "rash" in cs.label(c.object)]
    assert rash and not any(c.negated for c in rash), rash


def test_a_denied_sign_stays_denied(tmp_path: Path) -> None:
    """The main clause's own denial still denies: "It does not cause a rash"."""
    cs = page_claims(tmp_path, "Symptoms\nGrebble fever does not cause a rash.\n")
    rash = [c for c in cs.claims if "rash" in cs.label(c.object or c.subject)]
    assert rash and all(c.negated for c in rash), rash


def test_early_warning_signs_are_signs(tmp_path: Path) -> None:
    """"Cold hands and feet and fast breathing are early warning signs": two signs, the
    pair of parts one sign ("feet" alone is none)."""
    rels = relations(tmp_path, "Cold hands and feet and fast breathing are early warning "
                     "signs.", heading="Symptoms")
    assert {(T, SIGN, "cold hands and feet"), (T, SIGN, "fast breathing")} <= rels, rels
    assert (T, SIGN, "feet") not in rels, rels


@pytest.mark.parametrize(("sentence", "signs"), [
    ("The first sign is a stiff jaw. This is followed by neck stiffness, trouble swallowing "
     "and painful muscle spasms.", {"neck stiffness", "difficulty swallowing",
                                    "painful muscle spasms"}),
    ("Fever is usually followed by a rash on the chest.", {"chest rash"}),
])
def test_signs_that_follow_are_signs(tmp_path: Path, sentence: str, signs: set[str]) -> None:
    """"This is followed by A, B and C" under a signs heading: the signs that come next."""
    rels = relations(tmp_path, sentence, heading="Signs and symptoms")
    assert {(T, SIGN, s) for s in signs} <= rels, rels


def test_what_follows_outside_signs_is_no_sign(tmp_path: Path) -> None:
    """Under treatment, what follows is a step of care, no sign."""
    rels = relations(tmp_path, "A week of tablets is followed by a course of injections.",
                     heading="Treatment")
    assert not any(p == SIGN for _, p, _ in rels), rels


@pytest.mark.parametrize(("sentence", "harm"), [
    ("Fluid can collect around the heart, which is called a pericardial effusion.",
     "pericardial effusion"),
    ("Sometimes the fluid squeezes the heart. This is called cardiac tamponade and needs "
     "urgent care.", "cardiac tamponade"),
])
def test_a_harm_named_after_it_is_described(tmp_path: Path, sentence: str, harm: str) -> None:
    """Under complications, "..., which is called X" and "This is called X" name the harm
    just described."""
    rels = relations(tmp_path, sentence, heading="Complications")
    assert (T, HARM, harm) in rels, rels


def test_a_name_given_outside_complications_is_no_harm(tmp_path: Path) -> None:
    """"This is called X" under causes names no harm."""
    rels = relations(tmp_path, "Germs get into a cut. This is called wound entry.",
                     heading="Causes")
    assert not any(p == HARM for _, p, _ in rels), rels


@pytest.mark.parametrize("sentence", [
    "Travel abroad also increases the risk.",
    "Walking barefoot increases the risk.",
])
def test_an_act_named_with_where_it_is_done_is_a_risk(tmp_path: Path, sentence: str) -> None:
    """"travel abroad", "walking barefoot": an act and where it is done (the last word is
    no noun, and the act was dropped as a stray modifier)."""
    rels = relations(tmp_path, sentence, heading="Risk factors")
    act = " ".join(sentence.lower().split()[:2])
    assert (act, "increases_risk_of", T) in rels, rels


@pytest.mark.parametrize(("sentence", "vaccine"), [
    ("The grebble vaccine is recommended for all children aged 11 to 12 years.",
     "grebble vaccine"),
    ("A booster is given to teenagers in some countries.", "booster"),
])
def test_a_vaccine_given_prevents(tmp_path: Path, sentence: str, vaccine: str) -> None:
    """Under prevention, a vaccine recommended or given keeps the illness away; the ages in
    its schedule are no age of the illness."""
    cs = page_claims(tmp_path, f"Prevention\n{sentence}\n")
    rels = {(cs.label(c.subject), c.predicate, cs.label(c.object))
            for c in cs.claims if c.object is not None}
    assert (vaccine, "prevents", T) in rels, rels
    assert (vaccine, "used_for", T) not in rels, rels
    assert not [c for c in cs.claims if c.measure is not None
                and c.measure.kind in ("age", "duration")], cs.claims


def test_a_sign_with_a_gloss_keeps_its_own_figure(tmp_path: Path) -> None:
    """"X, jerky movements that cannot be stopped, develops in up to 10 %": X's frequency,
    not the topic's."""
    cs = page_claims(tmp_path, "Clinical features\nZorbic chorea, jerky movements that cannot "
                     "be stopped, develops in up to 10 %.\n")
    figures = {(cs.label(c.subject), c.measure.value)
               for c in cs.claims if c.measure is not None}
    assert figures == {("zorbic chorea", 0.1)}, figures


def test_a_group_after_a_who_clause_is_a_factor_of_its_own(tmp_path: Path) -> None:
    """"People who inject drugs and older adults are more likely to get it": two factors,
    never one named "injecting drugs or older adults"."""
    rels = relations(tmp_path, "People who inject drugs and older adults are more likely to "
                     "get it.", heading="Who is most at risk")
    risks = {s for s, p, _ in rels if p == "increases_risk_of"}
    assert "injecting drugs" in risks and "older age" in risks, risks
    assert not any(" or " in r for r in risks), risks


def test_side_effects_of_the_remedy_before_are_no_care(tmp_path: Path) -> None:
    """"A doctor may prescribe X. Side effects include headaches and flushing": the harms of
    X, never remedies used for the illness."""
    rels = relations(tmp_path, "A doctor may prescribe zorbipine. Side effects include "
                     "headaches, flushing and swollen ankles.", heading="Treatment")
    assert ("zorbipine", "used_for", T) in rels, rels
    assert not any(s in ("headaches", "flushing", "swollen ankles") for s, _, _ in rels), rels


def test_the_first_line_symptomatic_treatment_is_care(tmp_path: Path) -> None:
    """"X is the first-line symptomatic treatment": the kind of care between rank and noun."""
    rels = relations(tmp_path, "Zorbostigmine is the first-line symptomatic treatment.",
                     heading="Treatment / Management")
    assert ("zorbostigmine", "used_for", T) in rels, rels


def test_groups_an_illness_is_a_hazard_for_are_at_risk(tmp_path: Path) -> None:
    """"It is an occupational hazard for farmers, sewer workers and vets": each group."""
    rels = relations(tmp_path, "It is an occupational hazard for farmers, sewer workers and "
                     "military personnel.", heading="Who is at risk?")
    risks = {s for s, p, o in rels if p == "increases_risk_of" and o == T}
    assert {"farming", "sewer workers", "military personnel"} <= risks, rels


def test_care_for_people_with_worse_symptoms_is_care_of_the_topic(tmp_path: Path) -> None:
    """"X may be required for people with more severe symptoms": the topic's symptoms."""
    rels = relations(tmp_path, "Intravenous antibiotics may be required for people with more "
                     "severe symptoms.", heading="Treatment")
    assert ("intravenous antibiotics", "used_for", T) in rels, rels
    assert not any("symptoms" in o for _, _, o in rels), rels


def test_a_second_verb_ends_what_care_is_for(tmp_path: Path) -> None:
    """"X is recommended for people with a Y and benefits many patients ...": the second
    verb is no member of what X is for."""
    rels = relations(tmp_path, "Zorbectomy is recommended for patients with a zorboma and "
                     "benefits many patients with severe disease.", heading="Treatment")
    assert ("zorbectomy", "used_for", "zorboma") in rels, rels
    assert not any("benefits" in o for _, _, o in rels), rels


@pytest.mark.parametrize(("sentence", "heading"), [
    ("People at high risk may take zorbacycline once a week to prevent infection.",
     "Prevention"),
])
def test_a_bare_illness_word_prevented_is_the_topic(tmp_path: Path, sentence: str,
                                                    heading: str) -> None:
    """"take X to prevent infection" on an infection's page: X prevents the topic."""
    rels = relations(tmp_path, sentence, heading=heading, definition="a bacterial infection")
    assert ("zorbacycline", "prevents", T) in rels, rels


@pytest.mark.parametrize("sentence", [
    "In people, it can cause a wide range of symptoms.",
    "Most people have the primary form, which is not linked to another condition.",
])
def test_a_class_with_no_member_is_no_claim(tmp_path: Path, sentence: str) -> None:
    """"a wide range of symptoms", "another condition": nothing named."""
    rels = relations(tmp_path, sentence)
    assert not any(o in ("wide range of symptoms", "another condition") for _, _, o in rels), rels


@pytest.mark.parametrize("heading", ["How to ease symptoms", "Ways to relieve the symptoms",
                                     "How can I manage my symptoms?"])
def test_a_heading_on_easing_signs_heads_care(tmp_path: Path, heading: str) -> None:
    """"How to ease symptoms" heads care: "Drink plenty of cool fluids" is no sign."""
    rels = relations(tmp_path, "Drink plenty of cool fluids.\n\nTake zorbacetamol to bring "
                     "down a high temperature.", heading=heading)
    assert not any(p == SIGN for _, p, _ in rels), rels


@pytest.mark.parametrize(("before", "predicate"), [
    ("A coating on the tongue peels off, leaving the tongue red and bumpy.", SIGN),
    ("For a few people the pain lasts for years.", HARM),
])
def test_a_sign_named_after_it_is_described(tmp_path: Path, before: str,
                                            predicate: str) -> None:
    """Under signs, "This is known as X" names the sign just described; a sign said to last
    for years is a harm it leaves."""
    rels = relations(tmp_path, f"{before} This is known as zorbic tongue.", heading="Symptoms")
    assert (T, predicate, "zorbic tongue") in rels, rels


def test_what_carries_an_added_risk_is_a_risk(tmp_path: Path) -> None:
    """"Long flights carry a small added risk": a risk, however small."""
    rels = relations(tmp_path, "Long-haul flights of more than four hours carry a small added "
                     "risk.", heading="Risk factors")
    assert ("long-haul flights", "increases_risk_of", T) in rels, rels


def test_the_test_of_choice_names_no_test_called_choice(tmp_path: Path) -> None:
    """"X is the test of choice to confirm the diagnosis": X, and no test named "choice"."""
    rels = relations(tmp_path, "Compression ultrasound of the leg veins is the test of choice "
                     "to confirm the diagnosis.", heading="Investigations")
    tests = {o for s, p, o in rels if p == "diagnosed_by"}
    assert "compression ultrasound of the leg veins" in tests and "choice" not in tests, rels


def test_a_clause_after_a_harm_names_no_harm(tmp_path: Path) -> None:
    """"The most serious complication is X, when part of the clot breaks off and travels to
    the lungs": X alone (the clause's verbs were read as a second harm)."""
    rels = relations(tmp_path, "The most serious complication is pulmonary embolism, when "
                     "part of the clot breaks off and travels to the lungs.",
                     heading="Complications")
    assert {o for _, p, o in rels if p == HARM} == {"pulmonary embolism"}, rels


def test_an_act_done_as_soon_as_possible_lowers_the_risk(tmp_path: Path) -> None:
    """"Moving about as soon as possible after surgery lowers the risk": the act (the "as"
    opened a clause that hid it)."""
    rels = relations(tmp_path, "Moving about as soon as possible after surgery lowers the "
                     "risk.", heading="Prevention")
    assert ("moving about", "prevents", T) in rels, rels


def test_a_period_after_a_clause_break_is_the_next_figures(tmp_path: Path) -> None:
    """"Mortality in hospital is 15 to 20 %, and one-year mortality is 30 %": the year is the
    30 %'s horizon (it was dropped as the first figure's)."""
    cs = page_claims(tmp_path, "Outlook\nMortality in hospital is about 15 to 20 %, and "
                     "one-year mortality is 30 %.\n")
    horizons = {(c.measure.value or c.measure.low, c.measure.horizon)
                for c in cs.claims if c.measure is not None}
    assert (0.3, "P12M") in horizons, horizons
    assert (0.15, "P12M") not in horizons, horizons


def test_a_name_given_to_a_described_sign_is_the_sign(tmp_path: Path) -> None:
    """"Small bleeds under the nails, called splinter bleeds, painful lumps ...": the name
    stands for the description; "X, also called Y" keeps X (another test)."""
    rels = relations(tmp_path, "Small bleeds under the nails, called zorbic splinters, painful "
                     "lumps on the fingertips and painless spots on the palms can occur.",
                     heading="Signs")
    signs = {o for _, p, o in rels if p == SIGN}
    assert "zorbic splinters" in signs, rels
    assert not any("under the nails" in x for x in signs), rels


def test_signs_of_those_who_do_have_signs(tmp_path: Path) -> None:
    """"Most people have no symptoms. Those who do usually get a high fever 4 to 10 days after
    the bite, along with ...": each sign, the time aside no end of the list."""
    rels = relations(tmp_path, "Most people have no symptoms. Those who do usually get a high "
                     "fever 4 to 10 days after the bite, along with a severe headache, muscle "
                     "and joint pains, and a rash.", heading="Symptoms")
    signs = {o for _, p, o in rels if p == SIGN}
    assert {"high fever", "severe headache", "muscle pains", "joint pains", "rash"} <= signs, rels


def test_how_often_an_act_comes_is_no_share(tmp_path: Path) -> None:
    """"Warning signs ... They include vomiting at least three times in 24 hours": vomiting
    is a sign, and "three times in 24" no figure of 1 in 8."""
    cs = page_claims(tmp_path, "Severe form\nWarning signs usually start a day after the fever "
                     "goes away. They include severe belly pain and vomiting at least three "
                     "times in 24 hours.\n")
    signs = {cs.label(c.object) for c in cs.claims if c.predicate == SIGN}
    assert {"severe belly pain", "vomiting"} <= signs, signs
    assert not [c for c in cs.claims if c.measure is not None], cs.claims


def test_a_remedy_advised_for_signs_works_on_them(tmp_path: Path) -> None:
    """"Take X for pain and fever" under care: X works on each sign; "for it": on the topic;
    "Use a straw for drinks" names no sign."""
    rels = relations(tmp_path, "Take zorbacetamol for pain and fever. Take zorbuprofen for it. "
                     "Use a straw for drinks.", heading="Treatment")
    assert {("zorbacetamol", "targets", "pain"), ("zorbacetamol", "targets", "fever"),
            ("zorbuprofen", "used_for", T)} <= rels, rels
    assert not any(s == "straw" for s, _, _ in rels), rels


def _fits_page(tmp_path: Path, body: str) -> set[tuple[str, str, str, bool]]:
    """Relations (with denial) of a page about the made-up "grebble fits", a topic named in
    the plural that the page also writes in the singular."""
    from claimgraph.ingest.extract import extract_corpus

    page = tmp_path / "fits.txt"
    page.write_text(f"Grebble fits\n\nA grebble fit is a short spell of shaking in a child with "
                    f"a fever.\n\n{body}\n", encoding="utf-8")
    cs, _, _ = extract_corpus([page], progress=False)
    return {(cs.label(c.subject), c.predicate, cs.label(c.object), c.negated)
            for c in cs.claims if c.object is not None}


def test_they_on_a_page_named_in_the_plural_is_the_topic(tmp_path: Path) -> None:
    """"Grebble fits ... They are linked to the start of a fever": the topic's link."""
    rels = _fits_page(tmp_path, "What causes them?\nThey are linked to the start of a fever, "
                      "usually from a cold or an ear infection.")
    linked = {s for s, p, o, _ in rels if p == "associated_with" and o == "grebble fits"}
    assert {"start of a fever", "ear infection"} <= linked, rels


def test_signs_said_by_their_verbs_during_an_attack(tmp_path: Path) -> None:
    """Under "What happens during a fit?", "The child's body becomes stiff and their arms and
    legs begin to twitch. Some children vomit.": stiffness, twitching, vomiting."""
    rels = _fits_page(tmp_path, "What happens during a fit?\nThe child's body becomes stiff and "
                      "their arms and legs begin to twitch. Some children vomit or foam at the "
                      "mouth. Most children do not lose consciousness.")
    signs = {(o, neg) for _, p, o, neg in rels if p == SIGN}
    assert {("stiffness", False), ("twitching", False), ("vomiting", False),
            ("loss of consciousness", True)} <= signs, rels


def test_a_simple_form_denied_a_harm_denies_the_topics(tmp_path: Path) -> None:
    """"Simple grebble fits do not cause brain damage": the topic's harm, denied."""
    rels = _fits_page(tmp_path, "Are they dangerous?\nSimple grebble fits do not cause brain "
                      "damage.")
    assert ("grebble fits", HARM, "brain damage", True) in rels, rels


def test_lowering_the_chance_of_getting_it_prevents_it(tmp_path: Path) -> None:
    """"Eating a diet high in fibre may lower the chance of getting it, but the evidence is
    weak": the diet prevents the topic, hedged (the comma after "it" lost the topic, and the
    "in" of "high in fibre" cut the diet's name)."""
    cs = page_claims(tmp_path, "Prevention\nEating a diet high in fibre may lower the chance "
                     "of getting it, but the evidence is weak.\n")
    said = {(cs.label(c.subject), c.predicate, cs.label(c.object), c.hedged)
            for c in cs.claims if c.object is not None}
    assert ("eating diet high in fibre", "prevents", T, True) in said, said


def test_a_scan_used_in_groups_of_people_is_a_test_of_the_topic(tmp_path: Path) -> None:
    """"An ultrasound scan is often used in children and pregnant women": a test of the
    topic; no care "used for pregnant women"."""
    rels = relations(tmp_path, "An ultrasound scan is often used in children and pregnant "
                     "women.", heading="Diagnosis")
    assert (T, "diagnosed_by", "ultrasound scan") in rels, rels
    assert not any(o == "pregnant women" for _, _, o in rels), rels


def test_pressing_on_the_tummy_is_an_examination(tmp_path: Path) -> None:
    """"A GP will ask about your symptoms and press on your tummy": the examination."""
    rels = relations(tmp_path, "A GP will ask about your symptoms and press on your tummy to "
                     "see whether the pain gets worse.", heading="Diagnosis")
    assert (T, "diagnosed_by", "physical examination") in rels, rels


def test_when_care_comes_is_no_part_of_its_name(tmp_path: Path) -> None:
    """"About 1 in 4 of them need surgery within a year": surgery."""
    rels = relations(tmp_path, "Some people can be treated with zorbamycin alone, but about 1 "
                     "in 4 of them need surgery within a year.", heading="Treatment")
    care = {s for s, p, o in rels if p == "used_for"}
    assert "surgery" in care and not any("within" in x for x in care), rels
