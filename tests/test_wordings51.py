"""Readings mended in session 51: care a group went without, care judged after its purpose,
and the time after a target, written as sentences of our own about a made-up illness."""

from __future__ import annotations

from pathlib import Path

import pytest

from .grebble_pages import page_claims, relations

T = "grebble fever"
RISK = "increases_risk_of"


def said(tmp_path: Path, body: str, heading: str) -> set[tuple[str, str, str, bool]]:
    """Return (subject, predicate, object, denied) of every relation the page gives."""
    cs = page_claims(tmp_path, f"{heading}\n{body}")
    return {(cs.label(c.subject), c.predicate, cs.label(c.object), c.negated)
            for c in cs.claims if c.object is not None}


@pytest.mark.parametrize(("body", "factor", "harm"), [
    ("People who did not get early treatment are more likely to develop arthritis.",
     "lack of early treatment", "arthritis"),
    ("People who were not treated early are more likely to have heart problems.",
     "lack of early treatment", "heart problems"),
    ("Patients who do not receive antibiotics are at higher risk of death.",
     "lack of antibiotics", "death"),
])
def test_care_a_group_went_without_is_the_factor(tmp_path: Path, body: str, factor: str,
                                                 harm: str) -> None:
    """The care a group did not get raises the risk; the care itself was read as the
    factor ("early treatment raises the risk of arthritis": the reverse of what is said)."""
    rels = relations(tmp_path, body, heading="Complications")
    risky = {(s, o) for s, p, o in rels if p == RISK}
    assert risky == {(factor, harm)}, rels


@pytest.mark.parametrize("body", [
    "People who have never had chickenpox are more likely to get it.",
    "Women who do not use condoms are more at risk.",
])
def test_what_a_group_lacks_is_no_factor_when_it_names_no_care(tmp_path: Path,
                                                                body: str) -> None:
    """A group named by what it never had names no factor; the thing lacked was read as
    raising the risk ("chickenpox", "condoms")."""
    rels = relations(tmp_path, body, heading="Who is at risk")
    assert not any(p == RISK for _, p, _ in rels), rels


@pytest.mark.parametrize("body", [
    "Antibiotics to prevent grebble fever after a tick bite are not routinely recommended.",
    "Taking antibiotics after a bite to stop grebble fever is not recommended.",
])
def test_a_purpose_before_a_denied_verdict_is_denied(tmp_path: Path, body: str) -> None:
    """Care named with its purpose before "is not recommended": the prevention is denied,
    and nothing says the care prevents it (it was read as asserted, beside a claim that the
    illness "after a tick bite" is used for itself)."""
    claims = said(tmp_path, body, "Treatment")
    assert claims == {("antibiotics", "prevents", T, True)}, claims


def test_a_purpose_before_a_verdict_that_holds_is_kept(tmp_path: Path) -> None:
    """"Painkillers to ease the pain are often needed": what they ease is still read."""
    claims = said(tmp_path, "Painkillers to ease the pain are often needed.", "Treatment")
    assert ("painkillers", "targets", "pain", False) in claims, claims


@pytest.mark.parametrize("body", [
    "Antibiotics can prevent grebble fever after a tick bite.",
    "A single dose of antibiotics can prevent grebble fever after a bite.",
])
def test_the_time_after_a_prevented_illness_is_no_part_of_its_name(tmp_path: Path,
                                                                  body: str) -> None:
    """"prevent X after a tick bite" prevents X (a name "X after a tick bite" was made)."""
    claims = said(tmp_path, body, "Prevention")
    assert claims == {("antibiotics", "prevents", T, False)}, claims


def test_a_care_given_at_a_time_and_denied_keeps_its_subject(tmp_path: Path) -> None:
    """"Antibiotics given after a bite do not prevent X": "given" opens no clause here (the
    subject was cut to "after a bite", and the denial was lost)."""
    claims = said(tmp_path, "Antibiotics given after a bite do not prevent grebble fever.",
                  "Treatment")
    assert claims == {("antibiotics", "prevents", T, True)}, claims


@pytest.mark.parametrize("body", ["The illness cannot be prevented.",
                                  "The infection cannot be prevented, but care helps."])
def test_the_illness_named_back_cannot_be_prevented(tmp_path: Path, body: str) -> None:
    """"The illness cannot be prevented" denies prevention of the topic, as "It cannot be
    prevented" does (only "it" and the topic's own name were taken)."""
    claims = said(tmp_path, body, "Prevention")
    assert ("preventive measure", "prevents", T, True) in claims, claims


@pytest.mark.parametrize(("body", "denied"), [
    ("Antibiotic treatment of household contacts is recommended.", False),
    ("Antibiotics for close contacts are sometimes recommended.", False),
    ("Antibiotics for household contacts are not usually needed.", True),
])
def test_care_for_contacts_prevents_the_illness(tmp_path: Path, body: str,
                                                denied: bool) -> None:
    """Care named with the contacts it is for keeps the illness from them (the sentence
    gave nothing: a full stop was read as the care)."""
    claims = said(tmp_path, body, "Prevention")
    assert ("antibiotics", "prevents", T, denied) in claims, claims


def test_a_loss_named_by_its_verb(tmp_path: Path) -> None:
    """"Some survivors ... lose a limb": limb loss (the harm was named "lose a limb")."""
    rels = relations(tmp_path, "Some survivors are left with scarring or lose a limb.",
                     heading="Complications")
    assert {o for _, p, o in rels if p == "has_complication"} == {"scarring", "limb loss"}, rels


@pytest.mark.parametrize(("body", "harm"), [
    ("Kidney stones can develop if calcium levels stay high.", "kidney stones"),
    ("Glaucoma can develop if eye inflammation is not treated.", "glaucoma"),
])
def test_a_harm_that_develops_in_a_case_is_a_complication(tmp_path: Path, body: str,
                                                          harm: str) -> None:
    """Under complications, "X can develop if ..." names a harm of the illness (the "if"
    clause kept the sentence from being read at all)."""
    rels = relations(tmp_path, body, heading="Complications")
    assert (T, "has_complication", harm) in rels, rels


def test_a_harm_that_develops_in_a_case_is_no_sign_elsewhere(tmp_path: Path) -> None:
    """Under symptoms the clause may name another cause: nothing is read."""
    rels = relations(tmp_path, "A rash can develop if you take antibiotics.", heading="Symptoms")
    assert not any(o == "rash" for _, _, o in rels), rels


@pytest.mark.parametrize(("body", "denied", "hedged"), [
    ("Antihistamines have no proven benefit.", True, False),
    ("Antihistamines are of no proven benefit.", True, False),
    ("Antihistamines offer no benefit.", True, False),
    ("Antihistamines have shown little benefit.", True, False),
    ("Antihistamines are of uncertain benefit.", False, True),
    ("Antihistamines have a proven benefit.", False, False),
])
def test_a_benefit_said_or_denied(tmp_path: Path, body: str, denied: bool,
                                  hedged: bool) -> None:
    """How a page judges a care's benefit: none, little, uncertain or proven (the first
    three gave nothing, "offer no benefit" a care named "benefit", "little" an assertion)."""
    cs = page_claims(tmp_path, f"Treatment\n{body}")
    got = {(cs.label(c.subject), c.negated, c.hedged) for c in cs.claims
           if c.predicate == "effective_for"}
    assert got == {("antihistamines", denied, hedged)}, got


def test_a_test_that_helps_confirm_a_finding_diagnoses(tmp_path: Path) -> None:
    """"Nerve studies help confirm the neuropathy": the studies are a test of the illness
    (the whole line was a test's name)."""
    rels = relations(tmp_path, "Nerve conduction studies help confirm neuropathy.",
                     heading="Diagnosis")
    assert {o for _, p, o in rels if p == "diagnosed_by"} == {"nerve conduction studies"}, rels


def test_the_strongest_predictor_of_a_poor_outcome(tmp_path: Path) -> None:
    rels = relations(tmp_path, "Renal involvement is the strongest predictor of a poor outcome.",
                     heading="Outlook")
    assert ("renal involvement", RISK, "poor prognosis") in rels, rels


def test_a_trigger_named_as_a_noun_causes_nothing(tmp_path: Path) -> None:
    """"A genetic make-up combined with an environmental trigger, such as a viral infection,
    is the leading idea": "trigger" is a noun (it read "the make-up causes the infection")."""
    rels = relations(tmp_path, "A genetic predisposition combined with an environmental "
                     "trigger, such as a viral infection, is the leading hypothesis.",
                     heading="Causes")
    assert not any(p == "causes" for _, p, _ in rels), rels
    assert relations(tmp_path, "Stress can trigger a flare.", heading="Causes") == {
        ("stress", "causes", T)}


@pytest.mark.parametrize(("body", "denied"), [("Rest is advised.", False),
                                              ("Bed rest is not advised.", True)])
def test_care_advised(tmp_path: Path, body: str, denied: bool) -> None:
    claims = said(tmp_path, body, "Treatment")
    assert {(p, d) for _, p, _, d in claims} == {("used_for", denied)}, claims


def test_problems_listed_under_signs_are_signs(tmp_path: Path) -> None:
    """"Problems may include X and Y" under a heading of signs lists signs (only the body
    parts were read)."""
    rels = relations(tmp_path, "Other problems may include dry eyes and a dry mouth.",
                     heading="Signs and symptoms")
    assert {o for _, p, o in rels if p == "has_symptom"} == {"dry eyes", "dry mouth"}, rels


def test_problems_listed_elsewhere_are_no_signs(tmp_path: Path) -> None:
    rels = relations(tmp_path, "Problems may include delays at the clinic and lost forms.",
                     heading="Getting help")
    assert not any(p == "has_symptom" for _, p, _ in rels), rels


def test_the_basis_of_the_signs_is_a_review_of_them(tmp_path: Path) -> None:
    """"on the basis of a person's signs and symptoms": the review only (a test named
    "basis of a person's signs" came with it)."""
    rels = relations(tmp_path, "The diagnosis is made mostly on the basis of a person's signs "
                     "and symptoms.", heading="Diagnosis")
    assert {o for _, p, o in rels if p == "diagnosed_by"} == {"symptom review"}, rels


def test_among_others_ends_a_list(tmp_path: Path) -> None:
    rels = relations(tmp_path, "Other diseases that may present similarly include lupus, gout, "
                     "and fibromyalgia among others.", heading="Diagnosis")
    assert {o for _, p, o in rels if p == "resembles"} == {"lupus", "gout", "fibromyalgia"}, rels


def test_the_goals_of_treatment_are_no_care(tmp_path: Path) -> None:
    """"The goals of treatment are to reduce pain, decrease swelling, ...": aims ("decrease
    swelling" was a care)."""
    rels = relations(tmp_path, "The goals of treatment are to reduce pain, decrease "
                     "inflammation, and improve a person's overall functioning.",
                     heading="Management")
    assert not any(p == "used_for" for _, p, _ in rels), rels


def test_a_care_with_a_purpose_of_several_verbs(tmp_path: Path) -> None:
    """"Surgery to repair, replace, or fuse joints may help": the surgery helps ("fuse
    joints" was a care of its own)."""
    rels = relations(tmp_path, "Surgery to repair, replace, or fuse joints may help in certain "
                     "situations.", heading="Management")
    assert {s for s, p, _ in rels if p == "effective_for"} == {"surgery"}, rels


@pytest.mark.parametrize(("body", "denied"), [
    ("Most alternative medicine treatments are not supported by evidence.", True),
    ("Acupuncture is not supported by good evidence.", True),
])
def test_care_not_supported_by_evidence_is_denied(tmp_path: Path, body: str,
                                                  denied: bool) -> None:
    claims = said(tmp_path, body, "Management")
    assert {(p, d) for _, p, _, d in claims} == {("effective_for", denied)}, claims


@pytest.mark.parametrize("value", ["0.5% of adults", "about 2% of children", "0.5%"])
def test_an_infobox_frequency_given_as_a_percentage_is_a_prevalence(tmp_path: Path,
                                                                    value: str) -> None:
    """An encyclopedia box's "Frequency" field in per cent says how many have it (it was a
    figure of unknown kind, never compared)."""
    cs = page_claims(tmp_path, f"Grebble fever\nFrequency\t{value}")
    kinds = {c.measure.kind for c in cs.claims if c.measure is not None}
    assert kinds == {"prevalence"}, kinds


def test_a_care_named_with_what_it_is_for_in_a_list(tmp_path: Path) -> None:
    """"Doctors recommend rest, fluids and paracetamol for the fever": the last care is
    paracetamol (it was named "paracetamol for the fever")."""
    rels = relations(tmp_path, "Doctors recommend rest, plenty of fluids and paracetamol for the "
                     "fever.", heading="Treatment")
    assert {s for s, p, _ in rels if p == "used_for"} == {"rest", "fluids", "paracetamol"}, rels


@pytest.mark.parametrize(("heading", "expected"), [
    ("Treatment", {("aspirin", "used_for", T, True), ("ibuprofen", "used_for", T, True)}),
    ("Prevention", set()),
])
def test_care_that_should_be_avoided_is_denied(tmp_path: Path, heading: str,
                                               expected: set[tuple[str, str, str, bool]]) -> None:
    """"Aspirin and ibuprofen should be avoided" under care denies them as remedies (the
    sentence gave nothing); under prevention the avoiding would be what prevents."""
    claims = said(tmp_path, "Aspirin and ibuprofen should be avoided.", heading)
    assert {c for c in claims if c[1] == "used_for"} == expected, claims


def test_a_word_broken_over_two_lines_is_joined(tmp_path: Path) -> None:
    """A leaflet's text wrapped with hyphens: "Occasion-" / "ally" is one word whose halves
    are words too ("occasion-ally skin biopsy" was a test's name)."""
    cs = page_claims(tmp_path, "Diagnosis\nA urine test is done first. Occasion-\nally a small "
                     "sample of skin is taken to confirm the diagnosis.")
    tests = {cs.label(c.object) for c in cs.claims if c.predicate == "diagnosed_by"}
    assert "skin sample" in tests and not any("occasion" in t for t in tests), tests


@pytest.mark.parametrize("body", ["Some people also notice blood in their urine.",
                                  "You may notice blood in your pee."])
def test_blood_in_the_urine_keeps_where_it_is_seen(tmp_path: Path, body: str) -> None:
    """"blood in their urine" is blood in the urine (the sign was named "blood")."""
    rels = relations(tmp_path, body, heading="Symptoms")
    assert {o for _, p, o in rels if p == "has_symptom"} == {"blood in the urine"}, rels


@pytest.mark.parametrize(("body", "care", "denied"), [
    ("Treat with intravenous antibiotics for 14 days.", "intravenous antibiotics", False),
    ("Do not offer prophylactic antibiotics after a tick bite.", "prophylactic antibiotics",
     True),
])
def test_a_guideline_command_names_the_care(tmp_path: Path, body: str, care: str,
                                             denied: bool) -> None:
    """A guideline's "Treat with X" names X (nothing was read); "after a tick bite" says
    when, no part of the care's name."""
    claims = said(tmp_path, body, "Management")
    assert (care, "used_for", T, denied) in claims, claims


def test_admitting_people_is_a_hospital_admission(tmp_path: Path) -> None:
    rels = relations(tmp_path, "Admit people with suspected meningitis.", heading="Management")
    assert {s for s, p, _ in rels if p == "used_for"} == {"hospital admission"}, rels


def test_a_test_offered_under_diagnosis(tmp_path: Path) -> None:
    rels = relations(tmp_path, "Offer an ELISA test if there is no rash.", heading="Diagnosis")
    assert rels == {(T, "diagnosed_by", "ELISA test")}, rels


def test_diagnose_clinically(tmp_path: Path) -> None:
    rels = relations(tmp_path, "Diagnose clinically in people with a typical rash.",
                     heading="Diagnosis")
    assert (T, "diagnosed_by", "clinical diagnosis") in rels, rels


@pytest.mark.parametrize("body", ["Advise people to remove ticks promptly.",
                                  "- Advise people to remove ticks promptly"])
def test_advice_to_give_people_is_the_act(tmp_path: Path, body: str) -> None:
    """"Advise people to remove ticks": tick removal prevents it ("advise people" was a
    remedy aimed at the ticks)."""
    rels = relations(tmp_path, body, heading="Prevention")
    assert rels == {("tick removal", "prevents", T)}, rels


_PROBLEMS = ("Fatigue \u2013 most people feel very tired, even after a good night's sleep.\n"
             "Dry eyes \u2013 your eyes may feel gritty or sore.\n"
             "Brain fog \u2013 some people find it hard to concentrate or remember things.")


@pytest.mark.parametrize("heading", ["Common problems", "Symptoms"])
def test_signs_glossed_one_a_line(tmp_path: Path, heading: str) -> None:
    """Signs one a line, each glossed by a sentence after a dash: the heads are the signs
    ("Common problems" gave nothing; the glosses gave "sore" and "remember things")."""
    rels = relations(tmp_path, _PROBLEMS, heading=heading)
    listed = {o for _, p, o in rels if p == "has_symptom"} - {"eye soreness"}
    assert listed == {"fatigue", "dry eyes", "brain fog"}, rels


def test_things_that_make_it_worse_are_its_triggers(tmp_path: Path) -> None:
    """A heading "Things that can make symptoms worse" over bare lines: triggers (the
    heading was read as a statement, and its lines as nothing)."""
    rels = relations(tmp_path, "stress\nlack of sleep\ncold weather",
                     heading="Things that can make symptoms worse")
    assert {s for s, p, _ in rels if p == "contributes_to"} == {
        "stress", "lack of sleep", "cold weather"}, rels


def test_cases_and_deaths_counted_in_one_sentence(tmp_path: Path) -> None:
    """"An estimated 40 000 cases and 1200 deaths occur each year": the cases are the
    illness's count, the deaths death's (both were counts of deaths)."""
    cs = page_claims(tmp_path, "Key facts\nAn estimated 40 000 cases and 1200 deaths occur "
                     "each year.")
    got = {(cs.label(c.subject), c.measure.value) for c in cs.claims if c.measure is not None}
    assert got == {(T, 40000.0), ("death", 1200.0)}, got


def test_a_group_at_highest_risk_because_of_an_exposure(tmp_path: Path) -> None:
    """"Farmers are at highest risk because of their exposure to X": the group and the
    exposure raise the risk (the sentence gave only the exposure, as a cause)."""
    rels = relations(tmp_path, "Farmers and forestry workers are at highest risk because of "
                     "their exposure to mite-infested vegetation.", heading="Overview")
    assert {s for s, p, _ in rels if p == RISK} == {
        "farmers", "forestry workers", "exposure to mite-infested vegetation"}, rels
    assert not any(p == "causes" for _, p, _ in rels), rels


def test_a_sign_given_its_name_between_commas(tmp_path: Path) -> None:
    rels = relations(tmp_path, "A dark scab, called an eschar, often forms at the bite site.",
                     heading="Signs and symptoms")
    assert (T, "has_symptom", "eschar") in rels, rels


def test_a_test_that_becomes_positive(tmp_path: Path) -> None:
    """"Antibody tests become positive after the first week": the tests (the whole line
    was a test's name)."""
    rels = relations(tmp_path, "Antibody tests become positive after the first week.",
                     heading="Diagnosis")
    assert rels == {(T, "diagnosed_by", "antibody tests")}, rels


def test_acts_a_colon_lists_after_prevention_relies_on(tmp_path: Path) -> None:
    rels = relations(tmp_path, "Prevention relies on avoiding mite bites: wearing protective "
                     "clothing, using repellents, and clearing vegetation around homes.",
                     heading="Prevention")
    acts = {s for s, p, _ in rels if p == "prevents"}
    assert {"wearing protective clothing", "clearing vegetation around homes"} <= acts, rels
    assert "clothing" not in acts, rels


def test_a_serum_level_typically_low_names_its_test(tmp_path: Path) -> None:
    rels = relations(tmp_path, "Serum complement levels are typically low.", heading="Diagnosis")
    assert rels == {(T, "diagnosed_by", "complement test")}, rels


def test_progress_to_a_graver_form_with_harms(tmp_path: Path) -> None:
    """"It progresses to severe disease with bleeding and kidney failure": the harms (the
    first was named "severe disease with bleeding")."""
    rels = relations(tmp_path, "In some people it progresses to severe disease with bleeding "
                     "and kidney failure.", heading="Overview")
    assert {o for _, p, o in rels if p == "has_complication"} == {"bleeding",
                                                                   "kidney failure"}, rels
