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
                     "rate\n- test your blood for signs of sepsis\n- check your kidney and "
                     "liver function\n", heading=heading)
    assert {(T, "diagnosed_by", t) for t in ("blood pressure test", "heart rate test",
                                             "blood test", "kidney function test",
                                             "liver function test")} <= rels, rels
    assert (T, "diagnosed_by", "kidney test") not in rels, rels
    assert not any(p == USED for _, p, _ in rels), rels


def test_a_germ_getting_in_and_releasing_toxins_names_no_factor(tmp_path: Path) -> None:
    """"... when the bacteria get into the body and release toxins": what the germ does next
    is no way in (it had been a risk factor "release toxins")."""
    rels = relations(tmp_path, "The illness happens when the bacteria get into the body and "
                     "release toxins.", heading="Causes")
    assert not any(p == "increases_risk_of" for _, p, _ in rels), rels


def test_caused_by_treatment_with_a_drug_is_a_cause(tmp_path: Path) -> None:
    """"Some cases may be caused by treatment with X": X causes them, hedged; it is no care
    of the illness (it had been read as "used for")."""
    cs = page_claims(tmp_path, "Causes\nSome cases may be caused by treatment with zorbamab "
                     "inhibitors.\n")
    said = {(cs.label(c.subject), c.predicate, c.hedged) for c in cs.claims}
    assert ("zorbamab inhibitors", "causes", True) in said, said
    assert not any(p == USED for _, p, _ in said), said


def test_what_fluids_prevent_ends_where_the_next_remedy_starts(tmp_path: Path) -> None:
    """"fluids to prevent dehydration and organ damage, and medicines to raise blood
    pressure": the medicines are care, not something the fluids prevent."""
    rels = relations(tmp_path, "Treatment includes antibiotics, fluids to prevent dehydration "
                     "and organ damage, and medicines to raise blood pressure.",
                     heading="Treatment")
    assert ("fluids", "prevents", "dehydration") in rels, rels
    assert ("blood pressure medicine", USED, T) in rels, rels
    assert not any(p == "prevents" and "medicine" in o for _, p, o in rels), rels


def test_findings_supported_by_a_biopsy_are_findings(tmp_path: Path) -> None:
    """"It is based on clinical and radiological findings supported by biopsy": each tells
    it (as "Diagnosis is based on ..." was read), no name "findings supported by biopsy"."""
    rels = relations(tmp_path, "It is based on clinical and radiological findings supported "
                     "by biopsy.", heading="Diagnosis")
    assert {(T, "diagnosed_by", x) for x in ("radiological findings", "biopsy")} <= rels, rels
    assert not any("supported" in o for _, _, o in rels), rels


@pytest.mark.parametrize(("heading", "kind"), [
    ("How will I know I have it?", "symptom"),
    ("How do I know if I have it?", "symptom"),
    ("What will I notice?", "symptom"),
    ("What does it feel like?", "symptom"),
    ("What should I look out for?", "symptom"),
    ("Why has it happened to me?", "cause"),
    ("How do doctors know?", "diagnosis"),
])
def test_a_patient_leaflets_questions_type_their_sections(heading: str, kind: str) -> None:
    """A leaflet asks "How will I know I have it?" of the signs a patient notices (it had
    been read as a question of tests), and "Why has it happened to me?" of causes."""
    from claimgraph.ingest.sections import section_type

    assert section_type(heading) == kind


def test_a_sign_a_patient_notices_under_a_leaflets_question(tmp_path: Path) -> None:
    """"You may have pain behind the eye" under "How will I know I have it?": a sign."""
    rels = relations(tmp_path, "You may have pain behind the eye, especially when you move "
                     "it.", heading="How will I know I have it?")
    assert (T, "has_symptom", "pain behind the eye") in rels, rels


@pytest.mark.parametrize("sentence", [
    "It can be the first sign of zorbal sclerosis.",
    "It can happen on its own, or be the first sign of a condition that affects the nerves, "
    "such as zorbal sclerosis.",
])
def test_the_first_sign_of_another_illness_goes_with_it(tmp_path: Path,
                                                        sentence: str) -> None:
    """"It can be the first sign of X": the topic goes with X (nothing had been read)."""
    rels = relations(tmp_path, sentence, heading="Causes")
    assert ("zorbal sclerosis", "associated_with", T) in rels, rels


def test_signs_listed_before_as_another_illness_signs_name_no_link(tmp_path: Path) -> None:
    """"These can be signs of a stroke": the signs just listed are another illness's; the
    topic is not linked to it."""
    rels = relations(tmp_path, "Call for help if your arm is weak.\n\nThese can be signs of a "
                     "stroke, which is an emergency.", heading="Urgent advice")
    assert not any(s == "stroke" for s, _, _ in rels), rels


@pytest.mark.parametrize(("sentence", "heading", "predicate", "members"), [
    ("Care aims to relieve symptoms and slow progression: stopping exposure to dust, "
     "stopping smoking, inhalers to open the airways, oxygen therapy and lung rehabilitation.",
     "Treatment", USED, {"inhalers", "oxygen therapy", "lung rehabilitation",
                         "smoking cessation"}),
    ("The following can help: inhalers, oxygen therapy and lung rehabilitation.",
     "Treatment", USED, {"inhalers", "oxygen therapy", "lung rehabilitation"}),
])
def test_care_listed_after_a_colon_in_a_sentence(tmp_path: Path, sentence: str, heading: str,
                                                 predicate: str, members: set[str]) -> None:
    """"Care aims to ...: A, B and C": each member is care (none was read; the purpose "to
    open the airways" is no part of a name)."""
    rels = relations(tmp_path, sentence, heading=heading)
    assert {(m, predicate, T) for m in members} <= rels, rels


@pytest.mark.parametrize(("sentence", "harm"), [
    ("The scarring can put strain on the heart, eventually leading to right-sided heart "
     "failure.", "right-sided heart failure"),
    ("It damages the lungs, over time leading to heart failure.", "heart failure"),
])
def test_eventually_leading_to_a_harm(tmp_path: Path, sentence: str, harm: str) -> None:
    """", eventually leading to X" under complications: X is a harm (the adverb had hidden
    the participle)."""
    assert (T, HARM, harm) in relations(tmp_path, sentence, heading="Complications")


def test_over_time_this_names_no_cause(tmp_path: Path) -> None:
    """"Over time this causes scarring": no cause named "over time this"."""
    rels = relations(tmp_path, "Over time this causes inflammation and scarring.",
                     heading="Overview")
    assert not any(s.startswith("over time") for s, _, _ in rels), rels


def test_helping_the_doctor_check_organ_functions_names_their_tests(tmp_path: Path) -> None:
    """"It lets the doctor check your kidney and liver functions": a test of each (the
    plural had hidden both; "help the doctor to check" reads the same)."""
    rels = relations(tmp_path, "These samples let the nurse and doctor to check your kidney "
                     "and liver functions.")
    assert {(T, "diagnosed_by", f"{x} function test") for x in ("kidney", "liver")} <= rels, rels


@pytest.mark.parametrize(("sentence", "remedy", "harm"), [
    ("If you develop kidney failure, you may need a kidney transplant.", "kidney transplant",
     "kidney failure"),
    ("If someone develops a serious heart problem, they might require medicines or, rarely, "
     "surgery.", "surgery", "serious heart problem"),
])
def test_care_a_harm_needs_is_for_that_harm(tmp_path: Path, sentence: str, remedy: str,
                                            harm: str) -> None:
    """"If you develop X, you may need Y": Y is care of X (medication had not counted as a
    remedy a harm needs, and its "or, rarely, surgery" had hidden the surgery)."""
    assert (remedy, USED, harm) in relations(tmp_path, sentence)


def test_how_long_a_remedy_is_taken_is_no_part_of_its_name(tmp_path: Path) -> None:
    """"Some people need steroids for life": steroids."""
    assert ("steroids", USED, T) in relations(tmp_path, "Some people need steroids for life.",
                                              heading="Outlook")


@pytest.mark.parametrize(("sentence", "pairs"), [
    ("Bed rest, raising the legs and compression stockings reduce discomfort.",
     {("bed rest", "discomfort"), ("compression stockings", "discomfort")}),
    ("Painkillers such as zorbuprofen relieve pain.", {("zorbuprofen", "pain")}),
])
def test_care_that_is_no_medicine_eases_a_sign(tmp_path: Path, sentence: str,
                                               pairs: set[tuple[str, str]]) -> None:
    """Under care, "Bed rest and compression stockings reduce discomfort" and a drug named
    by its ending ease the sign (only a medicine's kind had counted as a doer)."""
    rels = relations(tmp_path, sentence, heading="Treatment")
    assert {(x, "targets", y) for x, y in pairs} <= rels, rels


def test_a_remedy_helpful_in_some_cases_works(tmp_path: Path) -> None:
    """"X can be helpful in persistent cases": X works for the illness."""
    assert ("potassium iodide", "effective_for", T) in relations(
        tmp_path, "Potassium iodide can be helpful in persistent cases.", heading="Treatment")


def test_a_sign_with_its_size_is_a_sign(tmp_path: Path) -> None:
    """"Tender, red nodules 1 to 5 cm across appear on the shins": the nodules (the size had
    hidden them, and nodules were no sign word)."""
    rels = relations(tmp_path, "Tender, red nodules 1 to 5 cm across appear suddenly on the "
                     "front of the shins.", heading="Symptoms")
    assert (T, "has_symptom", "red nodules") in rels, rels


def test_tests_that_aim_to_find_a_cause_and_may_include(tmp_path: Path) -> None:
    """"Tests aim to find a cause and may include A, B and C": the tests (the "include"
    was read only under care)."""
    rels = relations(tmp_path, "Tests aim to find a cause and may include a throat swab, "
                     "blood tests and a chest X-ray.", heading="Diagnosis")
    assert {(T, "diagnosed_by", t) for t in ("throat swab", "blood tests", "chest x-ray")} \
        <= rels, rels


def test_signs_that_accompany_the_rash_are_signs(tmp_path: Path) -> None:
    """"Fever, tiredness and joint pains may precede or accompany the rash": signs (the
    arises-with reading had nothing to say of a rash)."""
    rels = relations(tmp_path, "Fever, tiredness and joint pains may precede or accompany "
                     "the rash.", heading="Symptoms")
    assert {(T, "has_symptom", s) for s in ("fever", "tiredness", "joint pains")} <= rels, rels


def test_check_if_you_have_it_lists_signs(tmp_path: Path) -> None:
    """A health service's "Check if you have <topic>" heading lists its signs (it had no
    kind, and a sentence under it was read as nothing)."""
    from claimgraph.ingest.sections import section_type

    assert section_type("Check if you have grebble fever") == "symptom"
    rels = relations(tmp_path, "You may also feel shivery, sick or generally unwell.",
                     heading="Check if you have grebble fever")
    assert {(T, "has_symptom", s) for s in ("chills", "nausea", "malaise")} <= rels, rels
    assert not any(o in ("shivery", "sick") for _, _, o in rels), rels


@pytest.mark.parametrize("sentence", [
    "Symptoms usually start a few days after you have had an injury, such as a cut.",
    "You may have had a recent operation or injury.",
    "If you have diabetes, you may not notice the pain.",
])
def test_a_past_event_or_a_condition_is_no_sign(tmp_path: Path, sentence: str) -> None:
    """Under signs, what people had before ("after you have had an injury, such as a cut")
    or a condition's clause ("If you have diabetes, ...") names no sign, and "you may not
    notice" raises no risk."""
    rels = relations(tmp_path, sentence, heading="Symptoms")
    assert not any(o in ("cut", "injury", "diabetes") for _, _, o in rels), rels
    assert not any(p == "increases_risk_of" for _, p, _ in rels), rels


def test_raising_a_swollen_part_is_care(tmp_path: Path) -> None:
    """"- raise the affected area on a pillow" under care: raising it (the command had been
    the name)."""
    rels = relations(tmp_path, "Do:\n\n- raise the affected area on a pillow\n- rest\n",
                     heading="Things you can do to help")
    assert ("raising affected area", USED, T) in rels, rels


def test_a_stage_marked_by_signs_after_a_time_aside(tmp_path: Path) -> None:
    """"The abscess stage, 10 to 21 days later, is marked by high fever and a palpable
    mass": a stage of the topic, its signs (the aside and the comma had hidden them)."""
    rels = relations(tmp_path, "The abscess stage, 10 to 21 days later, is characterized by "
                     "high fever, marked tenderness and a palpable mass.",
                     heading="History and Physical")
    assert {(T, "has_symptom", s) for s in ("high fever", "palpable mass")} <= rels, rels


def test_a_late_stage_that_follows_with_harms(tmp_path: Path) -> None:
    """"Without treatment, the late stage follows, with shock and organ failure": harms
    (they had been read as causes of the topic, "follows")."""
    rels = relations(tmp_path, "Without treatment, the late stage follows, with septic shock "
                     "and multiorgan failure.", heading="History and Physical")
    assert {(T, HARM, h) for h in ("septic shock", "multiorgan failure")} <= rels, rels
    assert not any(p == "increases_risk_of" for _, p, _ in rels), rels


def test_harms_reported_under_complications(tmp_path: Path) -> None:
    """"A, B and C have been reported" under complications: harms (read only under risks)."""
    rels = relations(tmp_path, "Compartment syndrome, bone infection and endocarditis have "
                     "been reported.", heading="Complications")
    assert {(T, HARM, h) for h in ("compartment syndrome", "bone infection", "endocarditis")} \
        <= rels, rels


@pytest.mark.parametrize(("sentence", "heading"), [
    ("Deep vein thrombosis, a bruise and a muscle strain can mimic the early stage.",
     "Differential Diagnosis"),
    ("Deep vein thrombosis can mimic it.", "Diagnosis"),
])
def test_what_mimics_the_topic_is_a_look_alike(tmp_path: Path, sentence: str,
                                               heading: str) -> None:
    """"X can mimic it": the topic resembles X (the pointer after the verb was read as what
    the topic resembles, itself)."""
    assert (T, "resembles", "deep vein thrombosis") in relations(tmp_path, sentence,
                                                                 heading=heading)


def test_an_adverb_in_an_aside_is_no_remedy(tmp_path: Path) -> None:
    """"Drainage, either percutaneously or surgically, with antibiotics is the mainstay": no
    remedy named "percutaneously"."""
    rels = relations(tmp_path, "Drainage of the abscess, either percutaneously or surgically, "
                     "combined with intravenous antibiotics is the mainstay of treatment.",
                     heading="Treatment")
    assert ("intravenous antibiotics", USED, T) in rels, rels
    assert not any(s.endswith("ly") for s, _, _ in rels), rels


def test_a_command_to_treat_pets_is_advice_not_care(tmp_path: Path) -> None:
    """"- treat pets regularly with flea products" under prevention: treating pets prevents
    it; no remedy "treating pets" used for "pets regularly with flea products"."""
    rels = relations(tmp_path, "To lower your risk:\n\n- treat pets regularly with flea "
                     "products\n- wash your hands\n", heading="Prevention")
    assert ("treating pets", "prevents", T) in rels, rels
    assert not any(p == USED for _, p, _ in rels), rels


def test_it_helps_to_do_something_is_advice(tmp_path: Path) -> None:
    """"It also helps to wash your hands often" under prevention: the act (nothing was
    read)."""
    assert ("washing hands", "prevents", T) in relations(
        tmp_path, "It also helps to wash your hands often.", heading="Prevention")
