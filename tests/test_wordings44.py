"""Sentence wordings read in session 44: wordings health pages use, written as sentences of
our own about the made-up grebble fever."""

from __future__ import annotations

from pathlib import Path

import pytest

from .grebble_pages import page_claims, relations

T = "grebble fever"
USED = "used_for"
HARM = "has_complication"


def test_a_list_after_side_effects_under_treatment_names_care(tmp_path: Path) -> None:
    """"Steroids can cause weak bones. Other options include:" under a treatment heading:
    the items are more care, not causes (the sentence before the lead says "cause")."""
    rels = relations(tmp_path, "Steroid tablets help, but they can cause weak bones. Other "
                     "options include:\n\n- zorbamycin, an antibiotic that calms the "
                     "swelling\n- medicines that dampen the immune system, such as "
                     "zorbathioprine\n", heading="Treatment")
    assert {("zorbamycin", USED, T), ("zorbathioprine", USED, T)} <= rels, rels
    assert not any(p == "contributes_to" for _, p, _ in rels), rels


@pytest.mark.parametrize(("sentence", "remedy"), [
    ("Strong steroid creams put on the whole body are the first choice for many people.",
     "steroid creams"),
    ("Zorbamycin is the first choice for adults, and zorbacillin for children.", "zorbamycin"),
    ("Oral steroids are first-line for severe disease.", "oral steroids"),
    ("Zorbamycin is usually the first-line agent for adults.", "zorbamycin"),
])
def test_a_remedy_ranked_first_is_care_of_the_topic(tmp_path: Path, sentence: str,
                                                     remedy: str) -> None:
    """"the first choice for many people", "first-line for severe disease": the rank said,
    the kind of care left unsaid; who it is for is no target (these gave nothing)."""
    rels = relations(tmp_path, sentence, heading="Treatment")
    assert (remedy, USED, T) in rels, rels
    assert not any(o in ("many people", "adults") for _, _, o in rels), rels


@pytest.mark.parametrize(("sentence", "heading", "remedies"), [
    ("A single dose of zorbazole or zorbendazole kills the worms.", "Treatment",
     {"zorbazole", "zorbendazole"}),
    ("Antibiotics kill the bacteria.", "Treatment", {"antibiotics"}),
    ("Zorbamycin usually clears the bacteria within days.", "About", {"zorbamycin"}),
])
def test_a_remedy_that_kills_the_germ_is_care(tmp_path: Path, sentence: str, heading: str,
                                              remedies: set[str]) -> None:
    """A remedy that kills the germ is used for the illness ("single dose of" is how much,
    no part of the name)."""
    rels = relations(tmp_path, sentence, heading=heading, definition="a rare infection")
    assert {(r, USED, T) for r in remedies} <= rels, rels


@pytest.mark.parametrize(("sentence", "heading"), [
    ("The immune system usually kills the virus.", "Treatment"),
    ("Bleach kills the germs on kitchen surfaces.", "Prevention"),
    ("Frost kills the worms in the soil.", "Causes"),
])
def test_what_else_kills_a_germ_is_no_care(tmp_path: Path, sentence: str,
                                           heading: str) -> None:
    """The body's own defence, or a cleaner under prevention, is no remedy of the illness."""
    rels = relations(tmp_path, sentence, heading=heading, definition="a rare infection")
    assert not any(p == USED for _, p, _ in rels), rels


def test_a_sign_at_the_spot_where_the_germ_got_in_is_named_alone(tmp_path: Path) -> None:
    """"an itchy rash at that spot": the rash (the place words had left no name at all)."""
    rels = relations(tmp_path, "When the larvae get into the skin, there may be an itchy "
                     "rash at that spot.", heading="Symptoms")
    assert (T, "has_symptom", "itchy rash") in rels, rels


def test_heavy_infections_on_an_infections_page_are_the_topic(tmp_path: Path) -> None:
    """"Heavy infections cause blood loss": on a page about an infection, its worse cases;
    the blood loss is its sign (it had been a cause of "heavy infections")."""
    rels = relations(tmp_path, "Heavy infections cause blood loss from the gut.",
                     heading="Symptoms", definition="a rare infection")
    assert any(s == T and o.startswith("blood loss") for s, _, o in rels), rels
    assert not any(s == "heavy infections" for s, _, _ in rels), rels


def test_heavy_infections_on_another_page_stay_themselves(tmp_path: Path) -> None:
    """On a page about an illness of another kind, "severe infections" are other illnesses."""
    rels = relations(tmp_path, "Severe infections can cause kidney damage.",
                     heading="Complications", definition="a rare gland disease")
    assert not any(s == T and o == "kidney damage" for s, _, o in rels), rels


def test_a_share_that_develops_the_chronic_progressive_form(tmp_path: Path) -> None:
    """"10-30 % develop chronic progressive disease": the share with the chronic form, not
    a frequency of the illness itself."""
    cs = page_claims(tmp_path, "Outlook\n10-30% develop chronic progressive disease.\n")
    figures = {(cs.label(c.subject), c.measure.low, c.measure.high)
               for c in cs.claims if c.measure is not None}
    assert ("chronic grebble fever", 0.1, 0.3) in figures, figures


@pytest.mark.parametrize(("sentence", "harms"), [
    ("Mortality is 1-5%, mainly from lung scarring or heart failure.",
     {"lung scarring", "heart failure"}),
    ("About 5% of people die, usually from kidney failure.", {"kidney failure"}),
])
def test_what_deaths_mostly_come_from_are_harms(tmp_path: Path, sentence: str,
                                                harms: set[str]) -> None:
    """"Mortality is 1-5 %, mainly from X": X is a harm of the illness (it was unread)."""
    rels = relations(tmp_path, sentence, heading="Outlook")
    assert {(T, HARM, h) for h in harms} <= rels, rels


def test_deaths_mostly_from_age_name_no_harm(tmp_path: Path) -> None:
    """"..., mostly because of their age and other illnesses": no harm of the illness."""
    rels = relations(tmp_path, "A third of people die within a year, mostly from their age "
                     "and other illnesses.", heading="Outlook")
    assert not any(p == HARM and o not in ("death",) for _, p, o in rels), rels


@pytest.mark.parametrize(("sentence", "test"), [
    ("A doctor will usually take a small skin sample (biopsy) from the edge of a blister.",
     "skin biopsy"),
    ("The doctor may take a small sample from the lump.", "lump sample"),
])
def test_a_sample_named_by_its_tissue_keeps_its_name(tmp_path: Path, sentence: str,
                                                     test: str) -> None:
    """"a small skin sample from the edge of a blister" is a skin biopsy (it had been an
    "edge sample"); a sample named by nothing is named by where it is taken from."""
    rels = relations(tmp_path, sentence, heading="Diagnosis")
    assert (T, "diagnosed_by", test) in rels, rels


def test_people_who_find_out_by_chance_name_no_sign(tmp_path: Path) -> None:
    """"... have no symptoms and find out by chance after an X-ray": how they learn of it,
    no sign named "find out by chance"."""
    rels = relations(tmp_path, "Some people have no symptoms at all and find out by chance "
                     "after a chest X-ray.", heading="Symptoms")
    assert not any(o.startswith("find") for _, _, o in rels), rels


@pytest.mark.parametrize("sentence", [
    "If steroids do not work, or you cannot take them, other medicines such as zorbatrexate "
    "can be used.",
    "If steroids do not work, or you cannot take them, zorbatrexate can be used.",
])
def test_care_after_two_denied_conditions_is_not_denied(tmp_path: Path, sentence: str) -> None:
    """Two conditions joined by "or", each with its comma: their "not" denies nothing of
    the care the main clause names (it was read as "not used")."""
    cs = page_claims(tmp_path, f"Treatment\n{sentence}\n")
    care = [c for c in cs.claims if cs.label(c.subject) == "zorbatrexate"]
    assert care and not any(c.negated for c in care), care


def test_signs_that_follow_as_it_spreads_are_signs(tmp_path: Path) -> None:
    """"Fever, fast heartbeat and low blood pressure follow as the infection spreads": three
    signs (the list had been read as a risk of "as the infection spreads", then nothing)."""
    rels = relations(tmp_path, "Fever, fast heartbeat and low blood pressure follow as the "
                     "infection spreads.", heading="Signs and symptoms",
                     definition="a rare infection")
    assert {(T, "has_symptom", s) for s in ("fast heartbeat", "low blood pressure")} <= rels, rels
    assert not any(p == "increases_risk_of" for _, p, _ in rels), rels


@pytest.mark.parametrize(("sentence", "remedy"), [
    ("Urgent surgery to cut away all dead tissue is the key treatment.", "surgery"),
    ("Zorbamycin is the definitive treatment for it.", "zorbamycin"),
    ("Antibiotics are the primary treatment.", "antibiotics"),
])
def test_the_key_treatment_is_care(tmp_path: Path, sentence: str, remedy: str) -> None:
    """"the key / definitive / primary treatment" ranks care as "the main treatment" does."""
    assert (remedy, USED, T) in relations(tmp_path, sentence, heading="Treatment")


@pytest.mark.parametrize("sentence", [
    "Strong antibiotics are given through a drip, usually including zorbamycin to switch off "
    "toxin production.",
    "Antibiotics are given, including zorbamycin.",
])
def test_members_of_a_class_given_are_care_too(tmp_path: Path, sentence: str) -> None:
    """"Antibiotics are given ..., usually including X": X is given too (it was unread; its
    purpose is no part of its name)."""
    rels = relations(tmp_path, sentence, heading="Treatment")
    assert {("antibiotics", USED, T), ("zorbamycin", USED, T)} <= rels, rels


def test_no_evidence_that_a_tried_remedy_helps_denies_its_effect(tmp_path: Path) -> None:
    """"X has been tried, but there is no good evidence that it helps": X's effect denied
    (the "it" is X; only "used" had been read)."""
    cs = page_claims(tmp_path, "Treatment\nHigh-pressure oxygen has been tried, but there is "
                     "no good evidence that it helps.\n")
    effect = [c for c in cs.claims if c.predicate == "effective_for"]
    assert [cs.label(c.subject) for c in effect] == ["high-pressure oxygen"], effect
    assert all(c.negated for c in effect), effect


def test_it_runs_in_some_families(tmp_path: Path) -> None:
    """"It runs in some families": a family history raises the risk ("some" had hidden it)."""
    assert ("family history", "increases_risk_of", T) in relations(
        tmp_path, "It runs in some families.", heading="What causes it?")


@pytest.mark.parametrize(("sentence", "factor"), [
    ("Painkillers such as zorbuprofen may be a risk factor.", "zorbuprofen"),
    ("Low vitamin D could also be a risk factor for it.", "low vitamin d"),
    ("Some painkillers have been suggested as a risk, but the evidence is weak.",
     "painkillers"),
])
def test_a_possible_risk_factor_is_a_hedged_risk(tmp_path: Path, sentence: str,
                                                 factor: str) -> None:
    """"X may be a risk factor", "X has been suggested as a risk": a risk, hedged (neither
    was read)."""
    cs = page_claims(tmp_path, f"About\n{sentence}\n")
    risks = [c for c in cs.claims if c.predicate == "increases_risk_of"]
    assert factor in {cs.label(c.subject) for c in risks}, risks
    assert all(c.hedged for c in risks), risks


def test_the_first_phase_begins_with_the_topics_signs(tmp_path: Path) -> None:
    """"The first phase begins suddenly with fever, headache and red eyes": a phase of the
    illness, so its signs (a subject other than the topic had dropped them all)."""
    rels = relations(tmp_path, "The first phase begins suddenly with fever, headache, severe "
                     "muscle aches (mostly in the calves) and red eyes.", heading="Symptoms")
    assert {(T, "has_symptom", s) for s in ("headache", "severe muscle aches", "red eyes")} \
        <= rels, rels


def test_a_rash_starting_with_spots_is_still_not_the_topics_start(tmp_path: Path) -> None:
    """A sign's own start is no first sign of the illness."""
    rels = relations(tmp_path, "The rash starts with small spots.", heading="Symptoms")
    assert (T, "has_symptom", "small spots") not in rels, rels


def test_a_second_phase_is_no_sign_but_what_comes_with_it_is(tmp_path: Path) -> None:
    """"a second phase occurs in some patients, with meningitis and kidney involvement":
    the phase had been a sign; what it brings is."""
    rels = relations(tmp_path, "After a few days of feeling better, a second phase occurs in "
                     "some patients, with meningitis, liver and kidney involvement.",
                     heading="Symptoms")
    assert (T, "has_symptom", "meningitis") in rels, rels
    assert not any("phase" in o for _, _, o in rels), rels
    alone = relations(tmp_path, "A second phase may follow.", heading="Symptoms")
    assert not any("phase" in o for _, _, o in alone), alone


def test_a_biopsy_of_a_small_piece_of_a_part_is_a_biopsy(tmp_path: Path) -> None:
    """"A biopsy of a small piece of artery from the temple can confirm it": the words had
    been too long for a name, and nothing was read."""
    rels = relations(tmp_path, "A biopsy of a small piece of artery from the temple can "
                     "confirm the diagnosis.", heading="Diagnosis")
    assert any(p == "diagnosed_by" and "biopsy" in o for _, p, o in rels), rels


def test_tests_that_measure_a_process_and_their_members(tmp_path: Path) -> None:
    """"Blood tests that measure inflammation, such as A and B, are usually raised": the
    tests and the members named (the relative clause had hidden them)."""
    rels = relations(tmp_path, "Blood tests that measure inflammation, such as the "
                     "erythrocyte sedimentation rate and C-reactive protein, are usually "
                     "raised.", heading="Diagnosis")
    tests = {o for _, p, o in rels if p == "diagnosed_by"}
    assert {"blood tests", "erythrocyte sedimentation rate"} <= tests, rels
    assert any(o.startswith("c-reactive protein") for o in tests), rels


@pytest.mark.parametrize("heading", ["Finding out what is wrong", "Working out what it is",
                                     "Getting checked", "Checking for it"])
def test_headings_of_finding_out_are_diagnosis(tmp_path: Path, heading: str) -> None:
    """Headings that say how the illness is found type their lists as tests: "Your care
    team may:" names who acts, not care (its items had been remedies)."""
    rels = relations(tmp_path, "Your care team may:\n\n- check your blood pressure and heart "
                     "rate\n- test your blood for signs of sepsis\n", heading=heading)
    assert {(T, "diagnosed_by", t) for t in ("blood pressure test", "heart rate test",
                                             "blood test")} <= rels, rels
    assert not any(p == USED for _, p, _ in rels), rels
