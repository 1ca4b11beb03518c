"""Sentence wordings and layouts read in session 40: wordings health pages use, written as
sentences of our own about the made-up grebble fever."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.ingest.sections import classify_lines

from .grebble_pages import page_claims, relations

T = "grebble fever"
PREVENTS = "prevents"


@pytest.mark.parametrize(("sentence", "act"), [
    ("You can reduce your chances of getting grebble fever by not smoking.",
     "smoking cessation"),
    ("You can lower your risk by not sharing towels.", "sharing towel avoidance"),
])
def test_lowering_the_risk_by_not_doing_is_avoiding(tmp_path: Path, sentence: str,
                                                     act: str) -> None:
    """"... by not smoking": avoiding it is the act that prevents the illness (the clause
    after "by" was read only when it began with a gerund, so the sentence gave nothing)."""
    rels = relations(tmp_path, sentence, heading="Prevention")
    assert (act, PREVENTS, T) in rels
    assert not any(s.startswith("avoiding") for s, _, _ in rels)


def test_each_act_after_and_by_is_its_own(tmp_path: Path) -> None:
    """"by wearing gloves and by washing your hands": two acts, the second without the
    "by" stuck in its name."""
    rels = relations(tmp_path, "You can reduce your risk by wearing gloves and by washing "
                               "your hands.", heading="Prevention")
    acts = {s for s, p, o in rels if p == PREVENTS and o == T}
    assert acts == {"wearing gloves", "washing hands"}


@pytest.mark.parametrize(("heading", "lead", "lines", "predicate", "names"), [
    # A lead-in ending in a colon, a blank line, then short lower-case lines without full
    # stops: a list that lost its bullets, each line an act (they had been joined into one
    # paragraph and read as one run-on sentence).
    ("Prevention", "To help prevent infections:",
     ["clean any cuts straight away", "keep wounds covered", "wear gloves when gardening"],
     "prevents", {"wound cleaning", "wound care", "wearing gloves"}),
    # "You are more likely to get it if you:", a blank line, then short lines each with its
    # full stop ("Have diabetes."): a list of factors (each line had been a sentence of its
    # own, with no subject, and the factors were lost).
    ("Who gets it?", "Anyone can get it. But you are more likely to get it if you:",
     ["Have a weakened immune system.", "Have diabetes.", "Recently had surgery."],
     "increases_risk_of", {"weakened immune system", "diabetes", "surgery"}),
])
def test_bare_lines_under_a_colon_lead_are_items(tmp_path: Path, heading: str, lead: str,
                                                  lines: list[str], predicate: str,
                                                  names: set[str]) -> None:
    text = (f"Grebble fever\n\nGrebble fever is a rare infection.\n\n{heading}\n\n{lead}\n\n"
            + "".join(f"{line}\n" for line in lines))
    _, blocks = classify_lines(text)
    assert [b.text for b in blocks if b.kind == "item"] == lines
    cs = page_claims(tmp_path, text)
    assert names <= {cs.label(c.subject) for c in cs.claims if c.predicate == predicate}


def test_lines_that_run_on_stay_one_paragraph() -> None:
    """Lines that stop on "and" or a comma run on into the next: a wrapped sentence under
    the colon lead, no list."""
    text = ("Grebble fever\n\nGrebble fever is a rare infection.\n\nWhat happens:\n\n"
            "the skin turns red and\nthen it swells,\nthen it heals\n")
    _, blocks = classify_lines(text)
    assert "item" not in [b.kind for b in blocks]


RISK, CAUSE = "increases_risk_of", "causes"


@pytest.mark.parametrize("sentence", [
    "Some people are more likely to get it, such as people with diabetes.",
    "Anyone can get grebble fever, but some people are more likely to, including those "
    "with diabetes.",
])
def test_some_people_named_after_the_comma_raise_the_risk(tmp_path: Path,
                                                          sentence: str) -> None:
    """"Some people are more likely to get it, such as those with diabetes": diabetes
    raises its risk (it had been read as a harm of the illness, or not at all)."""
    rels = relations(tmp_path, sentence, heading="Risk factors")
    assert ("diabetes", RISK, T) in rels
    assert (T, "has_complication", "diabetes") not in rels


def test_some_people_at_risk_of_another_thing_are_left_alone(tmp_path: Path) -> None:
    """The people named are at risk of what the sentence says, not always the illness."""
    rels = relations(tmp_path, "Some people are more likely to get complications, such as "
                               "those with diabetes.", heading="Outlook")
    assert ("diabetes", RISK, T) not in rels


def test_the_commonest_of_several_germs_causes_it_too(tmp_path: Path) -> None:
    """"Several kinds of germ can cause it, most often A": A causes it as well as the class
    (A had been lost)."""
    rels = relations(tmp_path, "Several types of bacteria can cause grebble fever, most often "
                               "zorbus.", heading="Causes")
    assert {("bacteria", CAUSE, T), ("zorbus", CAUSE, T)} <= rels


def test_who_the_commonest_case_is_in_causes_nothing(tmp_path: Path) -> None:
    """"..., especially in people with diabetes": who, not a cause."""
    rels = relations(tmp_path, "Several types of bacteria can cause it, especially in people "
                               "with diabetes.", heading="Causes")
    assert ("diabetes", CAUSE, T) not in rels


def test_a_quantifier_does_not_stop_a_shared_head(tmp_path: Path) -> None:
    """"Exposure to dust, mould or certain chemicals": each is an exposure (the last had
    been plain "chemicals")."""
    rels = relations(tmp_path, "Exposure to dust, mould or certain chemicals may play a role.",
                     heading="Causes")
    subjects = {s for s, _, o in rels if o == T}
    assert {"exposure to dust", "exposure to mould", "exposure to chemicals"} <= subjects
    assert "chemicals" not in subjects


USED_FOR = "used_for"


@pytest.mark.parametrize(("sentence", "care"), [
    ("Doctors will start antibiotics straight away, before test results are back.",
     "antibiotics"),
    ("They may begin treatment with steroids, then add other medicines.", "steroids"),
    ("Doctors usually start giving fluids at once.", "fluids"),
])
def test_care_the_doctors_start_is_care_for_it(tmp_path: Path, sentence: str,
                                               care: str) -> None:
    """What doctors start or begin is care for the illness; when and what comes next are
    no part of its name (the sentence had given nothing)."""
    rels = relations(tmp_path, sentence, heading="Treatment")
    cares = {s for s, p, o in rels if p == USED_FOR and o == T}
    assert cares == {care}


def test_doctors_starting_by_asking_start_no_care(tmp_path: Path) -> None:
    rels = relations(tmp_path, "Doctors will start by asking about your symptoms.",
                     heading="Treatment")
    assert not {s for s, p, _ in rels if p == USED_FOR}


@pytest.mark.parametrize(("text", "name"), [
    ("high doses of antibiotics", "antibiotics"),
    ("a high dose of steroids", "steroids"),
])
def test_how_much_is_given_is_no_part_of_the_name(text: str, name: str) -> None:
    from claimgraph.ingest.side_phrases import phrases

    assert [ph.label for ph in phrases(text)] == [name]


@pytest.mark.parametrize("sentence", [
    "You'll usually need to stay in hospital and have antibiotics.",
    "Most people are treated in hospital and given antibiotics through a drip.",
])
def test_care_had_in_hospital_is_named_too(tmp_path: Path, sentence: str) -> None:
    """"stay in hospital and have antibiotics": hospital care, and the antibiotics (the second
    had been lost)."""
    rels = relations(tmp_path, sentence, heading="Treatment")
    cares = {s for s, p, o in rels if p == USED_FOR and o == T}
    assert "hospital treatment" in cares
    assert any("antibiotics" in c for c in cares)


@pytest.mark.parametrize("sentence", [
    "Women are slightly more likely to be affected than men.",
    "Women are more likely to be affected than men.",
])
def test_more_likely_to_be_affected_than_others_is_a_risk(tmp_path: Path, sentence: str) -> None:
    """"... to be affected than men": the comparison names who else, no object of the risk
    (the sentence with "slightly" had given nothing, and "than men" became a harm)."""
    rels = relations(tmp_path, sentence, heading="Risk factors")
    assert ("female sex", RISK, T) in rels
    assert not any("than" in o or o == "men" for _, _, o in rels)


def test_stopped_lines_under_an_untyped_lead_stay_sentences() -> None:
    """Under a lead-in that names no kind of list ("Key facts:") one-line statements are
    sentences."""
    text = ("Grebble fever\n\nGrebble fever is a rare infection.\n\nKey facts:\n\n"
            "It is rare.\nIt spreads in water.\nIt can be treated.\n")
    _, blocks = classify_lines(text)
    assert "item" not in [b.kind for b in blocks]


@pytest.mark.parametrize(("text", "names"), [
    ("a break in your skin, like a cut or a burn", ["break in the skin", "cut", "burn"]),
    ("a crack in their skin", ["crack in the skin"]),
    ("a rash on your chest", ["rash"]),
    ("strong antibiotics through an IV", ["antibiotics"]),
])
def test_names_said_with_your_or_a_route(text: str, names: list[str]) -> None:
    """An opening in "your" skin is the break in the skin (it had been a bare "break", no
    name); a route ("through an IV") is no part of a remedy's name."""
    from claimgraph.ingest.side_phrases import phrases

    assert [ph.label for ph in phrases(text)] == names


def test_the_most_common_type_is_a_cause(tmp_path: Path) -> None:
    """Under a causes heading, "The most common type is A" after the kinds of germ: A
    causes it."""
    rels = relations(tmp_path, "Several types of bacteria can cause it. The most common type "
                               "is zorbus.", heading="Causes")
    assert ("zorbus", CAUSE, T) in rels


def test_being_exposed_to_a_list_is_exposure_to_each(tmp_path: Path) -> None:
    """"Being exposed to germs, dust or chemicals may trigger it": an exposure to each (the
    first had been "exposed to germs", the others bare "dust" and "chemicals")."""
    rels = relations(tmp_path, "Being exposed to germs, dust or chemicals may trigger the "
                               "disease.", heading="Causes")
    subjects = {s for s, _, o in rels if o == T}
    assert {"exposure to germs", "exposure to dust", "exposure to chemicals"} <= subjects
    assert not subjects & {"dust", "chemicals", "exposed to germs"}


@pytest.mark.parametrize(("sentence", "claim"), [
    ("Granulomas in the heart can cause heart rhythm problems.",
     (T, "has_complication", "heart rhythm problems")),
    ("Swelling can affect any part of the eye and can cause damage to the eyes.",
     (T, "has_complication", "eye damage")),
    ("Inflammation in the vessels may cause part of the vessel wall to weaken.",
     (T, "involves", "vessel wall weakening")),
])
def test_what_its_own_process_brings_on_is_its_harm(tmp_path: Path, sentence: str,
                                                    claim: tuple[str, str, str]) -> None:
    """Under complications, what the illness's own process (granulomas, swelling,
    inflammation, wherever it is) brings on is the illness's harm; a part made to weaken is
    a step of the process. The sentences had given nothing."""
    assert claim in relations(tmp_path, sentence, heading="Complications")


def test_long_unstopped_lines_under_a_lead_are_still_items() -> None:
    """A bare list item may run to 20 words ("signs much like a cold, for example ...");
    one long line had joined the whole list into one paragraph."""
    text = ("Grebble fever\n\nGrebble fever is a rare infection.\n\nSymptoms\n\nThey include:\n\n"
            "a high temperature\n"
            "signs much like a cold, for example a runny nose, sneezing, tiredness, a hoarse "
            "voice and a dry cough\nconfusion\n")
    _, blocks = classify_lines(text)
    assert len([b for b in blocks if b.kind == "item"]) == 3


def test_a_typed_head_among_glossed_items_is_one_more_item(tmp_path: Path) -> None:
    """"Diet. ..." / "Certain medicines. ..." / "Family history. ..." under risk factors: the
    head that names a kind of section ("medicines") is one more glossed item, no heading (it
    had started a section of its own, and the factors after it were lost)."""
    text = ("Grebble fever\n\nGrebble fever is a rare illness.\n\nRisk factors\n\n"
            "Things that raise your risk include:\n\n"
            "Diet. Eating a lot of salted fish raises the level of zorb in the blood.\n"
            "Certain medicines. Some pills for blood pressure can raise the level too.\n"
            "Family history. If a parent has had grebble fever, your risk is higher.\n")
    _, blocks = classify_lines(text)
    assert "Certain medicines" not in [b.text for b in blocks if b.kind == "heading"]
    cs = page_claims(tmp_path, text)
    assert "family history" in {cs.label(c.subject) for c in cs.claims if c.predicate == RISK}


def test_a_run_in_heading_alone_still_heads_its_text() -> None:
    """"Treatment. Most people ..." with no glossed items around it is a heading."""
    text = ("Grebble fever\n\nGrebble fever is a rare illness.\n\n"
            "Treatment. Most people get better with rest and fluids.\n")
    _, blocks = classify_lines(text)
    assert "Treatment" in [b.text for b in blocks if b.kind == "heading"]


@pytest.mark.parametrize(("heading", "head", "predicate"), [
    ("Symptoms", "intense joint pain", "has_symptom"),
    ("Complications", "kidney stones", "has_complication"),
])
def test_a_glossed_head_under_signs_or_harms_is_one(tmp_path: Path, heading: str, head: str,
                                                    predicate: str) -> None:
    """"Intense joint pain. It usually starts in the big toe ...": under a signs (or harms)
    heading the head glossed by the sentences after it is a sign (or harm), as it was a
    factor under risk factors."""
    text = (f"Grebble fever\n\nGrebble fever is a rare illness.\n\n{heading}\n\n"
            f"{head.capitalize()}. It usually starts at night. It can last for days.\n"
            f"Other problems. Some people feel tired for a long time after it.\n")
    cs = page_claims(tmp_path, text)
    assert (T, predicate, head) in {(cs.label(c.subject), c.predicate, cs.label(c.object))
                                    for c in cs.claims}


def test_a_dated_line_heads_no_sign(tmp_path: Path) -> None:
    """"March 3, 2021. ..." opens a paragraph under signs: a date, no sign."""
    cs = page_claims(tmp_path, "Grebble fever\n\nGrebble fever is a rare illness.\n\nSymptoms"
                               "\n\nMarch 3, 2021. The rash spreads quickly. It itches.\n")
    assert not any("march" in (cs.label(c.object) or "") for c in cs.claims)


def test_a_place_is_no_name_of_a_step(tmp_path: Path) -> None:
    """"... may cause crystals to form under the skin": "under the skin" names nothing."""
    rels = relations(tmp_path, "Untreated, it may cause crystals to form under the skin.",
                     heading="Complications")
    assert not any(o.startswith("under ") for _, _, o in rels)


def test_what_accumulates_is_the_agent(tmp_path: Path) -> None:
    """"It happens when zorb crystals accumulate in a joint": the crystals (the verb had kept
    the clause from naming anything)."""
    rels = relations(tmp_path, "Grebble fever happens when zorb crystals accumulate in your "
                               "joint.", heading="Causes")
    assert ("zorb crystals", CAUSE, T) in rels


def test_a_sign_said_as_what_one_cannot_do_is_read_by_members(tmp_path: Path) -> None:
    """"- jaw cramping or being unable to open the mouth": two signs (the long member had
    left the item unread)."""
    text = ("Grebble fever\n\nGrebble fever is a rare illness.\n\nSymptoms\n\n"
            "Symptoms can include:\n\n- jaw cramping or being unable to open the mouth\n"
            "- headache\n")
    cs = page_claims(tmp_path, text)
    signs = {cs.label(c.object) for c in cs.claims if c.predicate == "has_symptom"}
    assert {"jaw cramping", "difficulty opening mouth", "headache"} <= signs


@pytest.mark.parametrize(("item", "care"), [
    ("human grebble immune globulin (HGIG)", "human grebble immune globulin"),
    ("drugs to control muscle spasms", "muscle relaxant"),
])
def test_care_items_named_with_the_illness_or_by_purpose(tmp_path: Path, item: str,
                                                         care: str) -> None:
    """An immune globulin named after the illness is care for it, as "X vaccine" is; "drugs
    to control muscle spasms" are muscle relaxants (both items had been lost)."""
    text = ("Grebble fever\n\nGrebble fever is a rare illness.\n\nTreatment\n\n"
            f"Treatment includes:\n\n- {item}\n- antibiotics\n")
    cs = page_claims(tmp_path, text)
    assert (care, USED_FOR, T) in {(cs.label(c.subject), c.predicate, cs.label(c.object))
                                   for c in cs.claims}


@pytest.mark.parametrize(("text", "name"), [
    ("More than ten genetic types of Zorbia", "Zorbia"),
    ("over 20 species of Zorbia", "Zorbia"),
])
def test_how_many_kinds_of_a_germ_is_no_part_of_its_name(text: str, name: str) -> None:
    from claimgraph.ingest.side_phrases import phrases

    assert [ph.label for ph in phrases(text)] == [name]


def test_what_the_person_is_made_to_do_is_each_harm(tmp_path: Path) -> None:
    """"The severe form causes the infected person to become jaundiced, develop kidney
    failure, and bleed": jaundice, kidney failure and bleeding are the illness's (the
    subject, a form of the illness, had named nothing, and the verbs had been names)."""
    rels = relations(tmp_path, "The severe form causes the infected person to become "
                               "jaundiced, develop kidney failure, and bleed.",
                     heading="Complications")
    objects = {o for s, _, o in rels if s == T}
    assert {"jaundice", "kidney failure", "bleeding"} <= objects
    assert not any(o.startswith(("develop", "person")) for o in objects)


def test_a_part_made_to_fail_is_still_its_failure(tmp_path: Path) -> None:
    rels = relations(tmp_path, "It can cause the kidneys to fail.", heading="Complications")
    assert (T, "has_complication", "kidney failure") in rels


def test_signs_that_range_from_mild_to_severe_are_each_its(tmp_path: Path) -> None:
    """"Symptoms can range from none to mild (A, B and C) to severe (D or E)": each named
    sign is the illness's, a disease's name a harm; "none" and the grades name nothing (the
    severe bracket had been one denied harm named "D or E")."""
    rels = relations(tmp_path, "Signs and symptoms can range from none to mild (headaches, "
                               "muscle pains, and fevers) to severe (bleeding in the lungs or "
                               "meningitis).")
    assert {(T, "has_symptom", "headaches"), (T, "has_symptom", "fevers"),
            (T, "has_complication", "meningitis")} <= rels
    cs = page_claims(tmp_path, "Grebble fever\n\nGrebble fever is a rare illness.\n\nAbout\n\n"
                               "Signs and symptoms can range from none to mild (headaches) to "
                               "severe (bleeding in the lungs or meningitis).\n")
    assert not any(c.negated for c in cs.claims)
    assert not any(" or " in (cs.label(c.object) or "") for c in cs.claims)


def test_the_risk_of_death_in_the_range_of_is_mortality(tmp_path: Path) -> None:
    """"The risk of death is in the range of 50 to 70 %": mortality (it had been how often
    a thing named "death is" comes)."""
    cs = page_claims(tmp_path, "Grebble fever\n\nGrebble fever is a rare illness.\n\nOutlook\n\n"
                               "When the lungs are involved, the risk of death is in the range "
                               "of 50 to 70%.\n")
    figures = [c for c in cs.claims if c.measure is not None]
    assert [(cs.label(c.subject), c.measure.kind, c.measure.low, c.measure.high)
            for c in figures] == [(T, "mortality", 0.5, 0.7)]


def test_a_purpose_ends_where_the_list_of_acts_goes_on(tmp_path: Path) -> None:
    """"... include gloves to block contact with animals, washing after contact, and ...":
    the gloves' purpose is blocking contact; the acts after the comma are no objects of it."""
    from claimgraph.ingest import phrases as pc

    text = ("gloves to block contact when working with animals, washing after contact, and "
            "keeping rats away from homes.")
    assert pc.cut_purpose(text).startswith("gloves, washing after contact, and keeping rats")
    rels = relations(tmp_path, "Ways to prevent it include gloves to block contact when working "
                               "with animals, washing after contact, and keeping rats away.",
                     heading="Prevention")
    assert ("gloves", "targets", "washing after contact") not in rels


def test_how_it_is_transmitted_is_how_it_is_caught(tmp_path: Path) -> None:
    """Under causes, "Transmission occurs through inhalation of dusty air": breathing it in
    raises the risk (only "Infection occurs through" had been read)."""
    rels = relations(tmp_path, "Transmission occurs through inhalation of contaminated dust.",
                     heading="Causes")
    assert ("inhalation of contaminated dust", RISK, T) in rels


def test_the_preferred_care_under_treatment(tmp_path: Path) -> None:
    """"Zorbomycin or taxicillin is preferred." under treatment: both are care for it; the
    word elsewhere ("The term ... is preferred") names none."""
    rels = relations(tmp_path, "Zorbomycin or taxicillin is preferred.", heading="Treatment")
    assert {("zorbomycin", USED_FOR, T), ("taxicillin", USED_FOR, T)} <= rels
    rels = relations(tmp_path, "The older name is preferred.", heading="About")
    assert not {s for s, p, _ in rels if p == USED_FOR}


@pytest.mark.parametrize(("sentence", "factor"), [
    ("Delayed appropriate therapy increases mortality.", "delayed appropriate therapy"),
    ("Shock doubles the death rate.", "shock"),
])
def test_what_raises_mortality_raises_the_risk_of_death(tmp_path: Path, sentence: str,
                                                        factor: str) -> None:
    rels = relations(tmp_path, sentence, heading="Outlook")
    assert (factor, RISK, "death") in rels


def test_the_illness_raising_mortality_is_no_factor(tmp_path: Path) -> None:
    rels = relations(tmp_path, "It increases mortality in older people.", heading="Outlook")
    assert not {s for s, p, o in rels if p == RISK and o == "death"}


@pytest.mark.parametrize(("text", "value"), [
    ("500.000", 500_000.0), ("1.200.000", 1_200_000.0), ("2.5", 2.5), ("1.500", 1.5),
    ("0.125", 0.125),
])
def test_a_point_between_thousands(text: str, value: float) -> None:
    """"500.000 people" and "1.200.000" are written with a point between thousands; a
    number with one point and other digits after it stays a decimal."""
    from claimgraph.ingest.figure_base import parse_number

    assert parse_number(text) == value


def test_a_count_written_with_points_is_counted_whole(tmp_path: Path) -> None:
    cs = page_claims(tmp_path, "Grebble fever\n\nGrebble fever is a rare illness.\n\nAbout\n\n"
                               "About 500.000 people get it every year.\n")
    assert [c.measure.value for c in cs.claims if c.measure is not None] == [500_000.0]


def test_what_keeps_the_death_rate_high_raises_the_risk_of_death(tmp_path: Path) -> None:
    """"The death rate is high due to delays in diagnosis": the delays (nothing had been
    named)."""
    rels = relations(tmp_path, "The death rate is high due to delays in diagnosis.",
                     heading="Outlook")
    assert ("delays in diagnosis", RISK, "death") in rels


def test_how_a_sign_looks_is_no_look_alike(tmp_path: Path) -> None:
    """"A rash appears. It looks like small, raised bumps": how the rash looks, no illness
    it is mistaken for (the bumps and "starts on the chest" had been look-alikes); "It looks
    like measles" still is one."""
    rels = relations(tmp_path, "A rash appears a day later. It looks like small, raised bumps "
                               "and starts on the chest.", heading="Symptoms")
    assert not {o for _, p, o in rels if p == "resembles"}
    rels = relations(tmp_path, "It looks like measles at first.", heading="Symptoms")
    assert (T, "resembles", "measles") in rels


@pytest.mark.parametrize("sentence", [
    "If you do not take antibiotics, you'll be infectious for 2 to 3 weeks.",
    "You can spread it for about a week.",
])
def test_how_long_one_can_pass_it_on_is_the_infectious_period(tmp_path: Path,
                                                              sentence: str) -> None:
    """"you'll be infectious for 2 to 3 weeks": the infectious period, not how long the
    illness lasts (the contraction and "spread it" had given the illness's duration)."""
    cs = page_claims(tmp_path, "Grebble fever\n\nGrebble fever is a rare illness.\n\nAbout\n\n"
                               f"{sentence}\n")
    assert [cs.label(c.subject) for c in cs.claims if c.measure is not None] == [
        "infectious period"]


TEST = "diagnosed_by"


@pytest.mark.parametrize(("sentence", "test"), [
    ("Bronchoscopy allows the doctor to take a tissue sample from the lungs.", "bronchoscopy"),
    ("A lumbar puncture lets doctors check the fluid around the spine.", "lumbar puncture"),
])
def test_a_test_that_lets_doctors_look_is_a_test(tmp_path: Path, sentence: str,
                                                 test: str) -> None:
    """"X allows the doctor to take a sample", "X lets doctors check Y": X is a test for it
    (the first had given nothing, the second a physical examination)."""
    rels = relations(tmp_path, sentence, heading="Diagnosis")
    assert (T, TEST, test) in rels
    assert (T, TEST, "physical examination") not in rels


def test_a_swab_from_the_back_of_the_throat_is_a_throat_swab(tmp_path: Path) -> None:
    rels = relations(tmp_path, "Your doctor may take a swab from the back of your throat.",
                     heading="Diagnosis")
    assert (T, TEST, "throat swab") in rels
    assert (T, TEST, "back swab") not in rels


def test_what_a_forbidden_thing_causes_is_not_the_illnesss(tmp_path: Path) -> None:
    """"Do not use this drug during pregnancy as it can cause birth defects": "it" is the
    drug (the harm had been the illness's own, and denied)."""
    rels = relations(tmp_path, "Do not use this drug during pregnancy as it can cause serious "
                               "birth defects.", heading="Treatment")
    assert not {o for s, _, o in rels if s == T and "birth" in o}
    rels = relations(tmp_path, "Avoid aspirin, as it can cause bleeding.", heading="Treatment")
    assert ("aspirin", CAUSE, "bleeding") in rels


def test_what_the_doctor_relies_on_is_a_means_of_diagnosis(tmp_path: Path) -> None:
    """"Your doctor relies on the history of your symptoms and an examination of your skin":
    the history, the symptoms and a physical examination (nothing had been read)."""
    rels = relations(tmp_path, "Instead, your doctor relies on the history of your symptoms and "
                               "an examination of your skin.", heading="Diagnosis")
    assert {(T, TEST, "medical history"), (T, TEST, "physical examination")} <= rels
