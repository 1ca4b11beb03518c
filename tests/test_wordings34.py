"""Sentence wordings read in session 34, from own-words batteries about who does worse, what
a cause is the result of, who is at risk, and how signs are described.  Every sentence is
our own, about the made-up grebble fever."""

from __future__ import annotations

from pathlib import Path

import pytest

from .grebble_pages import page_claims, relations

T = "grebble fever"
RISK, CAUSES, CONTRIB = "increases_risk_of", "causes", "contributes_to"
SIGN = "has_symptom"


# --- the outlook, the outcome named first -------------------------------------------------
@pytest.mark.parametrize(("sentence", "factor", "target"), [
    ("A poor outcome is linked to severe weakness at the start.",
     "severe weakness at the start", "poor prognosis"),
    ("Worse survival is associated with shock.", "shock", "poor prognosis"),
    ("Severe pain at the start is a sign of a worse outcome.",
     "severe pain at the start", "poor prognosis"),
    ("Kidney failure carries a poor prognosis.", "kidney failure", "poor prognosis"),
])
def test_an_outcome_tied_to_a_factor(tmp_path: Path, sentence: str, factor: str,
                                     target: str) -> None:
    """The outcome before its factor ("A poor outcome is linked to X"), or the factor as a
    sign of the outcome: X foretells a poor prognosis (these gave nothing, or read "a sign of
    a worse outcome" as a symptom of the illness)."""
    rels = relations(tmp_path, sentence, "Outlook")
    assert (factor, RISK, target) in rels
    assert not any(p == SIGN and o == factor for _, p, o in rels)


def test_a_sign_of_the_illness_is_still_a_sign(tmp_path: Path) -> None:
    """The outlook reading leaves "X is a common sign of it" to the sign rule."""
    rels = relations(tmp_path, "A rash is a common sign of grebble fever.", "Symptoms")
    assert (T, SIGN, "rash") in rels


# --- causes: "the result of", several factors, "makes X more likely" -----------------------
def test_may_be_the_result_of_names_a_hedged_cause(tmp_path: Path) -> None:
    """"It may be the result of an ongoing infection": the infection causes it, hedged
    ("may be the result of" was not read; "is the result of" was)."""
    cs = page_claims(tmp_path, "Causes\nIt may be the result of an ongoing infection.")
    found = [c for c in cs.claims if c.predicate == CAUSES
             and cs.label(c.subject) == "ongoing infection"]
    assert found and all(c.hedged for c in found)


def test_lasting_symptoms_have_causes_of_their_own(tmp_path: Path) -> None:
    """"The lasting symptoms may be the result of nerve damage": a cause of the illness's
    lasting symptoms (a sign's cause between two things that are not the topic was dropped,
    rightly for "drooling because of a weak mouth"; lasting symptoms are the illness's own
    course)."""
    rels = relations(tmp_path, "The lasting symptoms may be the result of nerve damage.",
                     "Causes")
    assert ("nerve damage", CAUSES, "lasting symptoms") in rels


def test_a_signs_cause_between_two_other_things_stays_dropped(tmp_path: Path) -> None:
    """The lasting-symptoms exception does not open the door to any two things."""
    rels = relations(tmp_path, "Drooling happens because of a weak mouth.", "Symptoms")
    assert not any(p == CAUSES and o == "drooling" for _, p, o in rels)


@pytest.mark.parametrize(("sentence", "factors"), [
    ("Several factors may contribute, including immune problems and ongoing infection.",
     {"immune problems", "ongoing infection"}),
    ("Several things may play a part, such as genes and infections.", {"genes", "infections"}),
    ("Many factors are involved, including age, smoking and diabetes.",
     {"age", "smoking", "diabetes"}),
])
def test_examples_of_contributing_factors(tmp_path: Path, sentence: str,
                                          factors: set[str]) -> None:
    """"Several factors may contribute, including A and B": each example has a part in it
    (the class word led the sentence and nothing was read)."""
    rels = relations(tmp_path, sentence, "Causes")
    assert {s for s, p, o in rels if p == CONTRIB and o == T} >= factors


@pytest.mark.parametrize(("sentence", "factor", "harm"), [
    ("A late diagnosis makes heart damage more likely.", "late diagnosis", "heart damage"),
    ("Smoking makes lung problems more likely.", "smoking", "lung problems"),
])
def test_makes_a_named_harm_more_likely(tmp_path: Path, sentence: str, factor: str,
                                        harm: str) -> None:
    """"X makes heart damage more likely": X raises the risk of the harm it names, not of
    the illness (it was filed under the topic)."""
    rels = relations(tmp_path, sentence, "Complications")
    assert (factor, RISK, harm) in rels
    assert (factor, RISK, T) not in rels


@pytest.mark.parametrize("sentence", ["Diabetes makes it more likely.",
                                      "Diabetes makes the illness more likely.",
                                      "Diabetes makes you more likely to get it."])
def test_makes_it_more_likely_is_still_the_topic(tmp_path: Path, sentence: str) -> None:
    """With "it", "the illness" or "you" in between, the risk is of the topic as before."""
    assert ("diabetes", RISK, T) in relations(tmp_path, sentence, "Causes")


# --- who is at risk ---------------------------------------------------------------------
def test_the_risk_rising_with_age_is_no_thing_named_risk(tmp_path: Path) -> None:
    """A line "The risk increases with age" under risk factors: older age, and no factor
    named "risk" (the line was read as a list item whose name was "risk")."""
    rels = relations(tmp_path, "The risk increases with age.", "Risk factors")
    assert ("older age", RISK, T) in rels
    assert not any(s in ("risk", "the risk") for s, _, _ in rels)


@pytest.mark.parametrize(("sentence", "factor"), [
    ("People who work with animals may have a higher risk.", "working with animals"),
    ("People who work outdoors have a higher risk.", "working outdoors"),
    ("People who live near woods have a higher risk.", "living near woods"),
    ("People who live with diabetes have a higher risk.", "diabetes"),
])
def test_where_people_work_or_live(tmp_path: Path, sentence: str, factor: str) -> None:
    """"People who work with animals": working with animals is the factor (the verb was
    left bare, "work with animals"; a modal before "have" hid it altogether); one lives
    with an illness, which is the factor itself."""
    assert (factor, RISK, T) in relations(tmp_path, sentence, "Risk factors")


# --- how signs are said ------------------------------------------------------------------
@pytest.mark.parametrize(("sentence", "signs"), [
    ("People describe the pain as sharp or aching.", {"sharp pain", "aching pain"}),
    ("The pain is often described as burning, stabbing or throbbing.",
     {"burning pain", "stabbing pain", "throbbing pain"}),
])
def test_kinds_of_a_described_sign(tmp_path: Path, sentence: str, signs: set[str]) -> None:
    """Each word the pain is described as names a kind of pain, when people do the
    describing too (it was read as "pain as sharp"; a bare adjective was dropped)."""
    rels = relations(tmp_path, sentence, "Symptoms")
    assert {o for _, p, o in rels if p == SIGN} >= signs
    assert not any("as sharp" in o for _, _, o in rels)


@pytest.mark.parametrize(("sentence", "sign"), [
    ("The area is very sensitive to touch.", "sensitivity to touch"),
    ("The skin may blister.", "blisters"),
    ("The wounds heal slowly.", "slow-healing wounds"),
    ("The sores often smell bad.", "foul smell"),
    ("The pain can make it hard to sleep.", "difficulty sleeping"),
    ("It usually appears as a band of blisters on one side of the body.", "blisters"),
    ("People get blisters on one side of the body.", "blisters"),
])
def test_signs_said_with_a_verb_or_a_grouping(tmp_path: Path, sentence: str, sign: str) -> None:
    """Signs said in a clause ("the wounds heal slowly") or grouped on the skin ("a band of
    blisters on one side of the body": blisters, the side a site) are named as a reader
    lists them (none was read, or the side stayed in the name)."""
    cs = page_claims(tmp_path, f"Symptoms\n{sentence}")
    said = {cs.label(c.object): c.negated for c in cs.claims if c.predicate == SIGN}
    assert said.get(sign) is False


@pytest.mark.parametrize(("sentence", "sign"), [
    ("Sores that do not heal are common.", "slow-healing wounds"),
    ("Your eye won't close.", "difficulty closing eye"),
])
def test_a_signs_own_not_denies_nothing(tmp_path: Path, sentence: str, sign: str) -> None:
    """A sign whose own words hold "not" ("sores that do not heal", "an eye that won't
    close") is present; only a denial before its words denies it (both were read as
    denied)."""
    cs = page_claims(tmp_path, f"Symptoms\n{sentence}")
    said = {cs.label(c.object): c.negated for c in cs.claims if c.predicate == SIGN}
    assert said.get(sign) is False


def test_a_denial_before_the_sign_still_denies(tmp_path: Path) -> None:
    """"It does not make it hard to sleep": denied."""
    cs = page_claims(tmp_path, "Symptoms\nIt does not make it hard to sleep.")
    said = {cs.label(c.object): c.negated for c in cs.claims if c.predicate == SIGN}
    assert said.get("difficulty sleeping") is True


# --- how it works -------------------------------------------------------------------------
@pytest.mark.parametrize(("sentence", "process"), [
    ("This floods the body with chemical messengers called cytokines.", "cytokine release"),
    ("The infection moves quickly through the layers of tissue.", "spread of infection"),
])
def test_processes_in_other_words(tmp_path: Path, sentence: str, process: str) -> None:
    """"Floods the body with cytokines", "the infection moves through the layers": how the
    illness works (only "a flood of cytokines" and "spreads" were read)."""
    assert (T, "involves", process) in relations(tmp_path, sentence, "Causes")


# --- care: what it is for, and who gets it ------------------------------------------------
def test_an_option_in_severe_cases_is_for_the_illness(tmp_path: Path) -> None:
    """"A lung transplant may be an option in severe cases": used for the illness (its
    severe cases were taken as the target, "severe cases")."""
    rels = relations(tmp_path, "A lung transplant may be an option in severe cases.", "Treatment")
    assert ("lung transplant", "used_for", T) in rels
    assert not any(o == "severe cases" for _, _, o in rels)


def test_a_named_medicine_keeps_no_purpose_in_its_name(tmp_path: Path) -> None:
    """"a medicine called zorbulin to calm the immune system": zorbulin (the purpose clause
    stayed in the name)."""
    rels = relations(tmp_path, "Your doctor may prescribe a medicine called zorbulin to calm "
                     "the immune system.", "Treatment")
    assert ("zorbulin", "used_for", T) in rels


@pytest.mark.parametrize(("sentence", "care", "target"), [
    ("For severe pain, stronger painkillers may be prescribed.", "stronger painkillers", "pain"),
    ("For kidney failure, dialysis may be needed.", "dialysis", "kidney failure"),
    ("Dialysis may be given for kidney failure.", "dialysis", "kidney failure"),
    ("Antibiotics are given for a wound infection.", "antibiotics", "wound infection"),
])
def test_care_for_a_sign_or_harm(tmp_path: Path, sentence: str, care: str, target: str) -> None:
    """Care given "for" a sign or a harm, before or after its name, is used for that (a
    leading "For X," and a harm after "for" were not read, the illness was taken)."""
    rels = relations(tmp_path, sentence, "Treatment")
    assert (care, "used_for", target) in rels


@pytest.mark.parametrize("sentence", ["For most people, antibiotics are given.",
                                      "Antibiotics are given for the infection."])
def test_care_for_people_or_the_infection_itself_is_for_the_illness(tmp_path: Path,
                                                                     sentence: str) -> None:
    """"For most people" names who, and "the infection" on an infection's page is the
    illness itself: the care is for the illness."""
    assert ("antibiotics", "used_for", T) in relations(tmp_path, sentence, "Treatment")


def test_other_illnesses_are_no_look_alike(tmp_path: Path) -> None:
    """"... like those of other illnesses" names no illness (it was read as resembling
    "illnesses")."""
    rels = relations(tmp_path, "It can be hard to diagnose because early symptoms are like "
                     "those of other illnesses.", "Diagnosis")
    assert not any(o in ("illnesses", "other illnesses") for _, _, o in rels)


# --- harms --------------------------------------------------------------------------------
@pytest.mark.parametrize(("sentence", "harms"), [
    ("Some people have lasting nerve pain.", {"lasting nerve pain"}),
    ("Some people have lasting disability or disfigurement.",
     {"lasting disability", "disfigurement"}),
])
def test_some_people_have_a_lasting_harm(tmp_path: Path, sentence: str, harms: set[str]) -> None:
    """Under complications, "Some people have lasting X" names what the illness leaves
    (without a modal, "may have", nothing was read)."""
    rels = relations(tmp_path, sentence, "Complications")
    assert {o for _, p, o in rels if p == "has_complication"} >= harms


def test_an_aside_of_untreated_care_keeps_the_subject_and_denies_nothing(tmp_path: Path) -> None:
    """"Eye inflammation, if not treated, can lead to vision loss": the inflammation causes
    the loss, asserted (the aside was taken as the subject and its "not" as a denial)."""
    cs = page_claims(tmp_path, "Complications\nEye inflammation, if not treated, can lead to "
                     "vision loss.")
    found = [c for c in cs.claims if c.predicate == CAUSES
             and cs.label(c.subject) == "eye inflammation"
             and cs.label(c.object) == "vision loss"]
    assert found and not any(c.negated for c in found)


def test_a_plain_not_still_denies_a_harm(tmp_path: Path) -> None:
    """"It does not lead to vision loss": denied, as before."""
    cs = page_claims(tmp_path, "Complications\nIt does not lead to vision loss.")
    assert any(c.negated for c in cs.claims if c.object is not None
               and cs.label(c.object) == "vision loss")


def test_many_organs_failing_is_multiple_organ_failure(tmp_path: Path) -> None:
    """"It can cause multiple organs to fail": multiple organ failure (nothing was read)."""
    rels = relations(tmp_path, "The infection can cause multiple organs to fail.",
                     "Complications")
    assert (T, "has_complication", "multiple organ failure") in rels


def test_a_gloss_after_a_name_is_no_second_harm(tmp_path: Path) -> None:
    """"sepsis, a serious reaction to infection": the words after the comma say what sepsis
    is (they were a second complication); a list with "and" still splits."""
    rels = relations(tmp_path, "Some people develop sepsis, a serious reaction to infection.",
                     "Complications")
    assert (T, "has_complication", "sepsis") in rels
    assert not any("reaction" in o for _, _, o in rels)
    signs = relations(tmp_path, "Symptoms include fever, a rash and vomiting.", "Symptoms")
    assert {o for _, p, o in signs if p == SIGN} >= {"fever", "rash", "vomiting"}


# --- signs in order ------------------------------------------------------------------------
@pytest.mark.parametrize(("sentence", "sign"), [
    ("A headache may precede the rash.", "headache"),
    ("Pain often starts a few days before the rash appears.", "pain"),
    ("Tingling can begin up to five days before the blisters.", "tingling"),
    ("The rash is often preceded by pain.", "pain"),
])
def test_a_sign_that_comes_first_is_a_sign(tmp_path: Path, sentence: str, sign: str) -> None:
    """A sign said to come before another is one of the illness's signs (none was read, or
    "preceded by pain" made the pain a risk factor of the rash)."""
    rels = relations(tmp_path, sentence, "Symptoms")
    assert (T, SIGN, sign) in rels
    assert not any(p == RISK for _, p, _ in rels)


def test_what_precedes_the_illness_still_raises_its_risk(tmp_path: Path) -> None:
    """"It is often preceded by a sore throat": the sore throat before the illness is still
    read as what brings it on."""
    assert ("sore throat", RISK, T) in relations(
        tmp_path, "It is often preceded by a sore throat.", "Causes")


def test_complications_in_a_part_are_named_by_the_part(tmp_path: Path) -> None:
    """"complications in the blood vessels of the brain": blood vessel complication (the
    whole phrase was the name)."""
    rels = relations(tmp_path, "It can cause complications in the blood vessels of "
                     "the brain.", "Complications")
    assert (T, "has_complication", "blood vessel complication") in rels


# --- risk lists and groups ----------------------------------------------------------------
@pytest.mark.parametrize(("sentence", "factors"), [
    ("Diabetes is one of the most common risk factors.", {"diabetes"}),
    ("There are several risk factors, including diabetes and obesity.", {"diabetes", "obesity"}),
    ("At-risk groups include older people and those with diabetes.", {"older age", "diabetes"}),
    ("Women using tampons are at higher risk than others.", {"tampon use"}),
    ("You are at greater risk if you have diabetes, are obese or smoke.",
     {"diabetes", "obesity", "smoking"}),
])
def test_risk_factors_in_more_wordings(tmp_path: Path, sentence: str,
                                       factors: set[str]) -> None:
    """"one of the most common risk factors", "several risk factors, including", "at-risk
    groups include", "women using X", and a bare verb after a member with its own verb
    ("... are obese or smoke"): each factor raises the risk (none was read, or "tampons" and
    "smoke" were the factors)."""
    rels = relations(tmp_path, sentence, "Risk factors")
    assert {s for s, p, o in rels if p == RISK and o == T} >= factors


def test_burns_or_cuts_stay_things(tmp_path: Path) -> None:
    """"if you have burns or cuts": plural nouns, no acts ("burning", "cutting")."""
    rels = relations(tmp_path, "You are at greater risk if you have burns or cuts.",
                     "Risk factors")
    assert {s for s, p, o in rels if p == RISK} >= {"burns", "cuts"}


@pytest.mark.parametrize(("sentence", "means"), [
    ("The risk is lower in people who have had the vaccine.", "vaccine"),
    ("The risk is much lower in people who wear gloves.", "wearing gloves"),
    ("It is less likely to happen in people who exercise.", "exercising"),
])
def test_a_lower_risk_in_a_group_is_what_they_do(tmp_path: Path, sentence: str,
                                                 means: str) -> None:
    """"The risk is lower in people who X": what they have or do prevents it (nothing was
    read; only "have a lower risk" was)."""
    assert (means, "prevents", T) in relations(tmp_path, sentence, "Prevention")


def test_a_comma_in_a_number_splits_no_list(tmp_path: Path) -> None:
    """"about 5 out of every 100,000 people": one figure, and no thing named "000 people"."""
    rels = relations(tmp_path, "It is seen in about 5 out of every 100,000 people.", "Causes")
    assert not any("000" in s or "000" in o for s, _, o in rels)


@pytest.mark.parametrize(("sentence", "factor"), [
    ("Being obese is a risk factor.", "obesity"),
    ("Being obese makes it more likely.", "obesity"),
    ("Having chickenpox can raise a child's risk.", "chickenpox"),
])
def test_factors_named_as_readers_name_them(tmp_path: Path, sentence: str, factor: str) -> None:
    """A word for people ("obese") is named by its state, and "a child's risk" is a risk
    raised (they were "obese", and a bare contribution)."""
    assert (factor, RISK, T) in relations(tmp_path, sentence, "Causes")


def test_infections_with_a_germ_are_the_illnesss_cases(tmp_path: Path) -> None:
    """"Infections with Zorbacter vulpis can follow injuries in fresh water": the germ causes
    it, and the injuries raise its risk (neither side was the topic, so nothing was read)."""
    rels = relations(tmp_path, "Infections with Zorbacter vulpis can follow injuries in fresh "
                     "water.", "Causes")
    assert ("zorbacter vulpis", CAUSES, T) in rels
    assert ("injuries in fresh water", RISK, T) in rels


@pytest.mark.parametrize(("sentence", "harm"), [
    ("In people with weak immune systems, the rash may become generalized.", "generalized rash"),
    ("The rash may become widespread.", "generalized rash"),
    ("The blisters can spread all over the body.", "generalized blisters"),
])
def test_a_sign_that_widens_is_a_harm(tmp_path: Path, sentence: str, harm: str) -> None:
    """A sign that becomes generalized is a complication of the illness, with or without a
    group named (only the group's raised risk was read, and nothing without one)."""
    assert (T, "has_complication", harm) in relations(tmp_path, sentence, "Complications")


def test_the_illness_spreading_is_no_generalized_sign(tmp_path: Path) -> None:
    """"It may spread widely" names no sign."""
    rels = relations(tmp_path, "It may spread widely.", "Complications")
    assert not any(o.startswith("generalized") for _, _, o in rels)


def test_a_link_in_doubt_is_a_hedged_association(tmp_path: Path) -> None:
    """"The link with diabetes is not clear": diabetes is associated with it, hedged (the
    link was read only after "Studies suggest")."""
    cs = page_claims(tmp_path, "Causes\nThe link with diabetes is not clear.")
    found = [c for c in cs.claims if c.predicate == "associated_with"
             and cs.label(c.subject) == "diabetes"]
    assert found and all(c.hedged for c in found)


def test_a_stay_in_hospital_is_a_hospitalisation(tmp_path: Path) -> None:
    """"a stay in hospital" and "hospital admission" are one thing."""
    cs = page_claims(tmp_path, "Complications\nIt can lead to a stay in hospital. It can also "
                     "lead to hospital admission.")
    harms = {c.object for c in cs.claims if c.predicate == "has_complication"}
    assert len(harms) == 1


# --- tests ----------------------------------------------------------------------------------
@pytest.mark.parametrize(("sentence", "tests"), [
    ("Your doctor may take swabs from your throat, nose or vagina.",
     {"throat swab", "nasal swab", "vaginal swab"}),
    ("Your blood may be tested for signs of infection.", {"blood test"}),
    ("Tests on a sample of blood can show it.", {"blood test"}),
])
def test_samples_and_swabs_taken_for_testing(tmp_path: Path, sentence: str,
                                             tests: set[str]) -> None:
    """Swabs taken from several places are a swab each, "blood tested for signs of X" is a
    blood test, and "tests on a sample of blood" a blood test (none was read, or the whole
    phrase was the test)."""
    cs = page_claims(tmp_path, f"Diagnosis\n{sentence}")
    assert {cs.label(c.object) for c in cs.claims if c.predicate == "diagnosed_by"} >= tests


# --- from public pages on other conditions, in our own words --------------------------------
@pytest.mark.parametrize("title", ["Grebble Fever Prognosis", "How Grebble Fever Is Diagnosed",
                                   "Grebble fever: symptoms and causes"])
def test_the_topic_from_a_title_naming_a_part_of_the_page(tmp_path: Path, title: str) -> None:
    """A title that names the page's part ("X Prognosis", "How X Is Diagnosed") gives X as
    the topic; a first sentence opening "Complications are ..." names none (the topic was
    "complications", and every claim hung off it)."""
    from claimgraph.ingest.extract import extract_corpus
    page = tmp_path / "page.txt"
    page.write_text(f"{title}\n\nComplications are more common in adults.\n\nGrebble fever "
                    "can cause kidney failure.\n", encoding="utf-8")
    cs, _, _ = extract_corpus([page], progress=False)
    assert {cs.label(c.subject) for c in cs.claims if c.predicate == "has_complication"} == {T}


@pytest.mark.parametrize(("body", "heading", "want", "never"), [
    ("Spider and insect bites can cause it.", "Causes",
     {("spider bites", CAUSES, T), ("insect bites", CAUSES, T)}, "spider"),
    ("It usually needs antibiotics if mild, according to Zorb Health.", "Treatment",
     {("antibiotics", "used_for", T)}, "according"),
    ("People who smoke or people with weak immune systems are more likely to get it.",
     "Causes", {("smoking", RISK, T), ("weak immune systems", RISK, T)}, "smoke or"),
    ("Risk factors include:\n- using inhaled steroids on a regular basis", "Risk factors",
     {("inhaled steroids", RISK, T)}, "regular basis"),
    ("Risk factors include a history of swelling in the hands and feet.", "Risk factors",
     {("hand swelling", RISK, T), ("foot swelling", RISK, T)}, "feet"),
])
def test_names_as_public_pages_write_them(tmp_path: Path, body: str, heading: str,
                                          want: set[tuple[str, str, str]], never: str) -> None:
    """Wordings found wrong on public pages about other conditions, in our words: a head
    two animals share ("spider and insect bites"), who said it ("according to X"), two
    groups joined by "or people with", how often a drug is taken, and a history of a sign
    in two places."""
    rels = relations(tmp_path, body, heading)
    assert rels >= want
    assert not any(never in s or never in o for s, _, o in rels if (s, _, o) not in want)


@pytest.mark.parametrize(("body", "harms"), [
    ("Long-term problems include balance, movement and co-ordination problems.",
     {"co-ordination problems", "movement problems", "balance problems"}),
    ("It can lead to vision and hearing loss, stroke and lack of muscle control.",
     {"vision loss", "hearing loss", "stroke", "lack of muscle control"}),
    ("It can cause permanent nerve and brain damage.", {"permanent nerve damage",
                                                        "brain damage"}),
    ("Complications include:\n- There may be problems with sleep and concentration.",
     {"sleep problems", "concentration problems"}),
    ("The patient may also go on to develop kidney failure.", {"kidney failure"}),
    ("Some people with it may have behaviour problems that may be temporary or lifelong.",
     {"behaviour problems"}),
])
def test_harms_named_with_shared_heads(tmp_path: Path, body: str, harms: set[str]) -> None:
    """A faculty or part sharing the last member's head ("speech and hearing loss"), a
    faculty's lack kept whole, a list item opening "There may be", "the patient" as the
    subject, and a tail saying how long: each harm named as a reader would (they were
    "co-ordination", "speech", "permanent nerve", "muscle control", "patient",
    "permanent")."""
    rels = relations(tmp_path, body, "Complications")
    got = {o for _, p, o in rels if p == "has_complication"}
    assert got >= harms
    assert not got & {"co-ordination", "speech", "permanent nerve", "muscle control", "patient",
                      "permanent", "concentration"}


@pytest.mark.parametrize("body", ["Complications are far rarer after the mild form.",
                                  "It may affect different people in different ways."])
def test_no_harm_or_factor_in_comparisons_and_manners(tmp_path: Path, body: str) -> None:
    """"Complications are much rarer after X" lists none; "different people in different
    ways" names no group (they gave "much rarer after ..." and "in different ways")."""
    rels = relations(tmp_path, body, "Complications")
    assert not any("rarer" in o or "different" in s for s, _, o in rels)


def test_a_dash_ends_the_item_before_the_care(tmp_path: Path) -> None:
    """"- loss of fingers \u2013 amputation may be needed": amputation is the care (the lost
    fingers were read as a treatment)."""
    rels = relations(tmp_path, "Complications include:\n- loss of fingers \u2013 amputation may be "
                     "needed to remove dead tissue", "Complications")
    assert ("amputation", "used_for", T) in rels
    assert ("loss of fingers", "used_for", T) not in rels


def test_more_likely_to_experience_names_what_they_experience(tmp_path: Path) -> None:
    """"more likely to experience lasting complications": the complications."""
    rels = relations(tmp_path, "Those with the severe form tend to be more likely to "
                     "experience lasting complications.", "Complications")
    assert not any(o.startswith("experience") for _, _, o in rels)


@pytest.mark.parametrize(("body", "tests", "never"), [
    ("If you have a positive zorb antibody test result, doctors can treat you at once.",
     {"zorb antibody test"}, {"positive zorb antibody test result"}),
    ("Kidney and liver function tests are done.",
     {"kidney function tests", "liver function tests"}, {"kidney"}),
    ("Doctors look for certain criteria before making the diagnosis.", set(),
     {"criteria test", "criteria"}),
    ("Challenges in diagnosing it include:\n- Rarity: few doctors have seen it.\n"
     "- Testing limits: no one test finds it.", set(), {"rarity", "testing limits"}),
    ("If people test positive here, the diagnosis is almost sure.", set(),
     {"if people"}),
])
def test_tests_named_without_their_results(tmp_path: Path, body: str, tests: set[str],
                                           never: set[str]) -> None:
    """A test named by its result is the test; organs sharing "function tests" are a test
    each; criteria, a list of a diagnosis's challenges and a clause's "If people" are no
    tests (each of ``never`` was read as one)."""
    cs = page_claims(tmp_path, f"Diagnosis\n{body}")
    got = {cs.label(c.object) for c in cs.claims if c.predicate == "diagnosed_by"}
    assert got >= tests
    assert not got & never


def test_the_title_names_the_topic_when_only_headings_repeat_it(tmp_path: Path) -> None:
    """A page titled with the illness whose sentences never name it (only its question
    headings do): the title is the topic (the first sentence's subject, "a physical
    examination", was taken)."""
    from claimgraph.ingest.extract import extract_corpus
    page = tmp_path / "page.txt"
    page.write_text("Grebble fever\n\nHow is grebble fever diagnosed?\n\nA physical examination "
                    "is the first step.\n\nHow is grebble fever treated?\n\nIt is treated with "
                    "zorbomycin.\n", encoding="utf-8")
    cs, _, _ = extract_corpus([page], progress=False)
    assert ("zorbomycin", "used_for", T) in {
        (cs.label(c.subject), c.predicate, cs.label(c.object)) for c in cs.claims if c.object}


@pytest.mark.parametrize(("body", "heading", "want", "never"), [
    ("Oral zorbicillin is the drug of choice and is taken for 10 days.", "Treatment",
     ("oral zorbicillin", "used_for", T), "drug of choice"),
    ("A five-day course of zorbomycin may be prescribed.", "Treatment",
     ("zorbomycin", "used_for", T), "course"),
    ("Antibiotics help clear up the infection.", "Treatment",
     ("antibiotics", "effective_for", T), "up the infection"),
    ("Treatment lowers the risk of complications from grebble fever.", "Treatment",
     ("grebble fever treatment", "prevents", "complication"), "complications from"),
])
def test_care_named_as_readers_name_it(tmp_path: Path, body: str, heading: str,
                                       want: tuple[str, str, str], never: str) -> None:
    """"the drug of choice", "a five-day course of X", "help clear up", "complications from
    <topic>": the drug, and what it works on, as readers name them."""
    rels = relations(tmp_path, body, heading)
    assert want in rels
    assert not any(never in s or never in o for s, _, o in rels)


def test_a_sign_checked_for_is_no_test(tmp_path: Path) -> None:
    """"The doctor will check for fever": the fever is looked for, no "fever test"."""
    cs = page_claims(tmp_path, "Diagnosis\nThe doctor will look at the rash and check for fever.")
    assert not any(c.predicate == "diagnosed_by" and "fever" in cs.label(c.object)
                   for c in cs.claims if c.object is not None)


@pytest.mark.parametrize(("body", "heading", "want", "never"), [
    ("Attacks cause sudden severe pain, typically affecting the big toe.", "Symptoms",
     (T, SIGN, "sudden severe pain"), "affecting"),
    ("Attack symptoms include:\n- associated fever\n- warmth", "Symptoms", (T, SIGN, "fever"),
     "associated"),
    ("Large bumps called zorbi may be visible.", "Symptoms", (T, SIGN, "zorbi"), "bumps called"),
    ("Long-term care with zorbol prevents attacks and protects joints from lasting damage.",
     "Treatment", ("long-term care with zorbol", "prevents", "lasting joint damage"),
     "protects"),
])
def test_signs_and_harms_in_reference_wordings(tmp_path: Path, body: str, heading: str,
                                               want: tuple[str, str, str], never: str) -> None:
    """A site after a comma ("typically affecting the big toe") is no member, "associated
    fever" is fever, lumps a page names ("bumps called X") are X, and what care "protects
    joints from" is the joints' harm."""
    rels = relations(tmp_path, body, heading)
    assert want in rels
    assert not any(never in s or never in o for s, _, o in rels)


def test_a_title_listing_the_page_parts_is_no_claim(tmp_path: Path) -> None:
    """"Grebble fever: Causes, Symptoms & Treatment" as the title: no harm named "symptoms &
    treatment" (the title was read as a sentence whose verb was "causes")."""
    from claimgraph.ingest.extract import extract_corpus
    page = tmp_path / "page.txt"
    page.write_text("Grebble fever: Causes, Symptoms & Treatment\n\nGrebble fever is a rare "
                    "illness.\n", encoding="utf-8")
    cs, _, _ = extract_corpus([page], progress=False)
    assert not any("treatment" in cs.label(c.object) for c in cs.claims if c.object)


@pytest.mark.parametrize(("body", "want", "never"), [
    ("Grebble fever tends to run in families, suggesting that genes play a role in it.",
     ("genes", CONTRIB, T), "suggesting"),
    ("It develops in people of all races.", None, "races"),
    ("Exposure to triggers may cause it to appear for the first time.", None, "triggers"),
])
def test_what_a_clause_suggests_and_who_everyone_is(tmp_path: Path, body: str,
                                                    want: tuple[str, str, str] | None,
                                                    never: str) -> None:
    """"..., suggesting that genes play a role": the genes (the whole first clause and
    "suggesting" were read as factors); "people of all races" and "triggers" with none
    named are no factors."""
    rels = relations(tmp_path, body, "Causes")
    if want is not None:
        assert want in rels
    assert not any(never in s for s, _, _ in rels)


def test_a_lines_label_is_no_subject() -> None:
    """"Environmental factors: certain triggers can ...": a line's label before its colon is
    no subject; the clause after it has its own."""
    from claimgraph.ingest.left_sides import left_side
    assert left_side("Environmental factors: Certain triggers can ") == "Certain triggers"


def test_patches_a_page_says_it_causes_are_signs_not_a_process(tmp_path: Path) -> None:
    """"It causes red patches with silvery scales to develop": a sign, no process it
    involves."""
    rels = relations(tmp_path, "Grebble fever affects the skin, causing red patches with "
                     "silvery scales to develop.", "About")
    assert not any(p == "involves" and "patches" in o for _, p, o in rels)


@pytest.mark.parametrize(("body", "heading", "want", "never"), [
    ("Try these steps to lower your chances of getting it:\n- drink plenty of water",
     "Prevention", ("drinking plenty of water", "prevents", T), "steps"),
    ("Zorb juice may help prevent it by making it harder for germs to stick.", "Prevention",
     None, "making it harder"),
    ("Ways to prevent it:\n- Avoid strong soaps: These can irritate the skin and increase the "
     "risk of it.", "Prevention", ("strong soap", RISK, T), "avoidance"),
    ("Treatment usually involves antibiotics to eliminate the germ.", "Treatment",
     ("antibiotics", "used_for", T), "eliminate"),
])
def test_advice_pages_wordings(tmp_path: Path, body: str, heading: str,
                               want: tuple[str, str, str] | None, never: str) -> None:
    """"Try these steps" names no step, "by making it harder" no act, what a page says to
    avoid is what raises the risk (not its avoidance), and a remedy's purpose clause is no
    part of its name."""
    rels = relations(tmp_path, body, heading)
    if want is not None:
        assert want in rels
    looked = {want[1]} if want is not None else {RISK, "prevents", "used_for"}
    assert not any(never in s for s, p, _ in rels if p in looked)
