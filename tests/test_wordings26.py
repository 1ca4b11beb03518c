"""Sentence wordings read in session 26, from own-words batteries in a clinical and a
patient-leaflet register.  Every sentence is our own, about the made-up grebble fever."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.ingest.extract import extract_corpus

from .grebble_pages import relations

T = "grebble fever"


@pytest.mark.parametrize(("sentence", "means"), [
    ("Surgical exploration is the definitive diagnostic procedure.", "surgical exploration"),
    ("A tissue sample remains the most reliable diagnostic test.", "tissue sample"),
])
def test_the_definitive_diagnostic_procedure(tmp_path: Path, sentence: str, means: str) -> None:
    """"X is the definitive diagnostic procedure" names how it is diagnosed (nothing was read:
    only "X is diagnostic" and "the gold standard" were)."""
    assert (T, "diagnosed_by", means) in relations(tmp_path, sentence, heading="Evaluation")


@pytest.mark.parametrize("sentence", [
    "Patients should be managed in an intensive care unit.",
    "Most patients must be cared for in intensive care.",
])
def test_care_in_intensive_care(tmp_path: Path, sentence: str) -> None:
    """"should be managed in an intensive care unit": the care is used for it, as "is treated
    in hospital" was."""
    got = relations(tmp_path, sentence, heading="Treatment")
    assert ("intensive care treatment", "used_for", T) in got


@pytest.mark.parametrize(("sentence", "signs"), [
    ("Cutaneous lesions include zorb nodes and quentella plaques.",
     {"zorb nodes", "quentella plaques"}),
    ("Skin lesions may include plaques and nodules.", {"plaques", "nodules"}),
])
def test_lesions_include_signs(tmp_path: Path, sentence: str, signs: set[str]) -> None:
    """"Skin lesions include A and B" lists signs, as "manifestations include" does."""
    got = relations(tmp_path, sentence, heading="Clinical features")
    assert {(T, "has_symptom", s) for s in signs} <= got


@pytest.mark.parametrize("sentence", [
    "Common sites of lesions include the legs and arms.",
    "The lesions are mostly on the lower legs.",
])
def test_where_lesions_are_names_no_sign(tmp_path: Path, sentence: str) -> None:
    """Where the lesions are is a site, not a sign: "the legs" or "mostly on the lower legs"
    are no symptom."""
    got = relations(tmp_path, sentence, heading="Symptoms")
    # (the lesions themselves may be read as a sign; where they are may not)
    assert not [x for x in got if x[1] == "has_symptom" and ("leg" in x[2] or "arm" in x[2])]


@pytest.mark.parametrize("sentence", [
    "Spontaneous remission occurs in many patients.",
    "Recovery occurs in most people.",
    "Relapse may occur in some people.",
])
def test_how_it_ends_is_no_sign(tmp_path: Path, sentence: str) -> None:
    """"Spontaneous remission occurs in many patients" tells how it ends: no sign named
    "spontaneous remission" (it was one)."""
    got = relations(tmp_path, sentence, heading="Prognosis")
    assert not [x for x in got if x[1] == "has_symptom"]


@pytest.mark.parametrize(("sentence", "germs"), [
    ("Both aerobic and anaerobic bacteria may be involved.",
     {"aerobic bacteria", "anaerobic bacteria"}),
    ("It can be caused by both aerobic and anaerobic bacteria.",
     {"aerobic bacteria", "anaerobic bacteria"}),
    ("It is usually caused by two types of bacteria.", {"bacteria"}),
])
def test_germs_named_in_pairs_and_kinds(tmp_path: Path, sentence: str, germs: set[str]) -> None:
    """"both A and B bacteria" names two germs (the first was lost with its "both"); "two
    types of bacteria" names the bacteria (nothing was read)."""
    got = relations(tmp_path, sentence, heading="Causes")
    assert {g for g, pred, o in got if pred == "causes" and o == T} == germs


@pytest.mark.parametrize(("sentence", "factor"), [
    ("People who smoke have a higher risk.", "smoking"),
    ("People who inject drugs have a higher risk.", "injecting drugs"),
    ("Older people are more likely to be affected.", "older age"),
    ("People with zorb syndrome are more likely to be diagnosed.", "zorb syndrome"),
])
def test_groups_with_a_higher_risk(tmp_path: Path, sentence: str, factor: str) -> None:
    """"People who smoke have a higher risk", "Older people are more likely to be affected":
    what the group does or is raises the risk (both gave nothing)."""
    assert (factor, "increases_risk_of", T) in relations(tmp_path, sentence,
                                                         heading="Risk factors")


def test_two_groups_more_likely_to_be_affected(tmp_path: Path) -> None:
    """Each group of a coordinated subject names its own factor."""
    got = relations(tmp_path, "Older people and those with zorb syndrome are more likely to "
                    "be affected.", heading="Risk factors")
    assert {("older age", "increases_risk_of", T), ("zorb syndrome", "increases_risk_of", T)} \
        <= got


@pytest.mark.parametrize("sentence", [
    "The infection can quickly become life threatening.",
    "The illness may rapidly become life-threatening.",
])
def test_becoming_life_threatening(tmp_path: Path, sentence: str) -> None:
    """"The infection can quickly become life threatening": the topic can kill (the adverb
    after the modal hid the subject)."""
    assert (T, "has_complication", "death") in relations(tmp_path, sentence,
                                                         heading="Complications")


def test_parts_a_verb_places_are_sites(tmp_path: Path) -> None:
    """"It affects the hands and feet": both parts are sites (the hands were dropped as where
    a sign shows)."""
    got = relations(tmp_path, "It affects the hands and feet.", heading="Symptoms")
    assert {(T, "affects", "hands"), (T, "affects", "feet")} <= got


def test_a_sign_that_a_part_is_affected(tmp_path: Path) -> None:
    """"Blurred vision can be a sign that the eyes are affected": blurred vision is its sign."""
    got = relations(tmp_path, "Blurred vision can be a sign that the eyes are affected.",
                    heading="Symptoms")
    assert (T, "has_symptom", "blurred vision") in got


@pytest.mark.parametrize("sentence", [
    "Corticosteroids are generally used.",
    "When treatment is needed, corticosteroids are typically used.",
])
def test_remedies_generally_used(tmp_path: Path, sentence: str) -> None:
    """"Corticosteroids are generally used": the adverb hid the remedy."""
    assert ("corticosteroids", "used_for", T) in relations(tmp_path, sentence,
                                                           heading="Treatment")


@pytest.mark.parametrize(("sentence", "signs"), [
    ("Onset is typically sudden, with high fever, vomiting and muscle pain.",
     {"high fever", "vomiting", "muscle pain"}),
    ("The onset is usually gradual, with tiredness and a dry cough.",
     {"tiredness", "dry cough"}),
])
def test_onset_with_signs(tmp_path: Path, sentence: str, signs: set[str]) -> None:
    """"Onset is sudden, with A, B and C": the signs it starts with."""
    got = relations(tmp_path, sentence, heading="Signs and symptoms")
    assert {(T, "has_symptom", s) for s in signs} <= got


def test_items_that_say_you_have(tmp_path: Path) -> None:
    """"You may be at risk if: - you have a wound": the item names what the reader has (the
    pronoun made it a clause, and nothing was read)."""
    got = relations(tmp_path, "You may be at risk if:\n- you have a wound\n"
                    "- you recently had surgery", heading="About")
    assert {("wound", "increases_risk_of", T), ("surgery", "increases_risk_of", T)} <= got


def test_a_had_thing_is_no_act(tmp_path: Path) -> None:
    """"if you: - have an open cut": the cut, not an act "opening cut"."""
    got = relations(tmp_path, "You may be at risk if you:\n- have an open cut\n- inject drugs",
                    heading="About")
    assert {("open cut", "increases_risk_of", T), ("injecting drugs", "increases_risk_of", T)} \
        <= got


def test_ways_in_listed(tmp_path: Path) -> None:
    """"The germs can enter the body through: - cuts - insect bites": the ways in raise the
    risk, as "enters through a cut" does in a sentence."""
    got = relations(tmp_path, "The germs can enter the body through:\n- cuts\n- insect bites",
                    heading="About")
    assert {("cuts", "increases_risk_of", T), ("insect bites", "increases_risk_of", T)} <= got


@pytest.mark.parametrize("sentence", [
    "It is most often linked to zorb powder use.",
    "It is linked to zorb powder use, but it can affect anyone.",
])
def test_linked_with_two_adverbs(tmp_path: Path, sentence: str) -> None:
    """"It is most often linked to X": two words before "linked" hid the link."""
    assert ("zorb powder use", "associated_with", T) in relations(tmp_path, sentence)


@pytest.mark.parametrize(("sentence", "care"), [
    ("Prompt treatment improves the outcome.", "prompt treatment"),
    ("Antibiotics improve survival.", "antibiotics"),
    ("Early treatment improves the chances of survival.", "early treatment"),
])
def test_care_that_improves_the_outcome(tmp_path: Path, sentence: str, care: str) -> None:
    """"X improves survival / the chances of survival": X works on the illness (the last
    was read as X preventing "survival")."""
    got = relations(tmp_path, sentence, heading="Treatment")
    assert (care, "effective_for", T) in got
    assert not [x for x in got if x[2] == "survival"]


def test_an_act_named_unclearly_improves_nothing(tmp_path: Path) -> None:
    """"Removing dead or dying tissue improves survival": no remedy named "dying tissue"."""
    got = relations(tmp_path, "Removing dead or dying tissue improves survival.",
                    heading="Treatment")
    assert not [x for x in got if "dying" in x[0]]


def test_a_study_asking_whether_is_hedged(tmp_path: Path) -> None:
    """"A study is investigating whether drug X can improve outcomes": not yet known, so
    hedged."""
    page = tmp_path / "page.txt"
    page.write_text("Grebble fever\n\nGrebble fever is a rare illness.\n\nTreatment\n"
                    "A study is investigating whether zorbamycin can improve outcomes.\n",
                    encoding="utf-8")
    cs, _, _ = extract_corpus([page], progress=False)
    said = [c for c in cs.claims if c.object is not None and cs.label(c.subject) == "zorbamycin"]
    assert said and all(c.hedged for c in said)


@pytest.mark.parametrize(("sentence", "pair"), [
    ("About half of cases are linked to zorb powder.",
     ("zorb powder", "associated_with", T)),
    ("A small number of cases happen after chickenpox.",
     ("chickenpox", "increases_risk_of", T)),
])
def test_a_share_of_its_cases_is_the_illness(tmp_path: Path, sentence: str,
                                             pair: tuple[str, str, str]) -> None:
    """"About half of cases are linked to X", "A small number of cases happen after Y": the
    cases are the illness's (the first gave only its share, the second a thing named
    "small number of cases")."""
    got = relations(tmp_path, sentence)
    assert pair in got
    assert not [x for x in got if "number of cases" in x[2]]


def test_more_common_and_more_severe_in(tmp_path: Path) -> None:
    """"It is more common and more severe in people of zorbish heritage": the group's trait
    raises the risk."""
    got = relations(tmp_path, "It is more common and more severe in people of Zorbish heritage.")
    assert ("zorbish ancestry", "increases_risk_of", T) in got


def test_a_germ_habitat_of_two_places_is_no_site(tmp_path: Path) -> None:
    """"Zorb bacteria commonly live on the skin and in the nose without causing harm": where
    the germ lives, no site of the illness (the nose was one)."""
    got = relations(tmp_path, "Zorb bacteria commonly live on the skin and in the nose "
                    "without causing harm.")
    assert not [x for x in got if x[1] == "affects"]


@pytest.mark.parametrize("sentence", [
    "Small blood vessels become blocked by clots.",
    "Clots block the small blood vessels.",
])
def test_vessels_blocked_by_clots(tmp_path: Path, sentence: str) -> None:
    """"Small blood vessels become blocked by clots": clotting in the vessels is how it works
    (only "clots form in the vessels" was read)."""
    got = relations(tmp_path, sentence, heading="How it happens")
    assert (T, "involves", "thrombosis") in got


@pytest.mark.parametrize(("sentence", "acts"), [
    ("If you have a wound, avoid hot tubs, swimming pools and ponds.",
     {"hot tub avoidance", "swimming pool avoidance", "pond avoidance"}),
    ("Avoiding dust, mould and smoke may help.",
     {"dust avoidance", "mould avoidance", "smoke avoidance"}),
])
def test_each_thing_listed_as_avoided(tmp_path: Path, sentence: str, acts: set[str]) -> None:
    """"Avoid hot tubs, swimming pools and ponds": each is avoided (only the first was)."""
    got = relations(tmp_path, sentence, heading="Prevention")
    assert {(a, "prevents", T) for a in acts} <= got


def test_an_example_ends_the_thing_avoided(tmp_path: Path) -> None:
    """"Avoid zorb sponges such as X in the first weeks": "zorb sponge avoidance", not
    "zorb sponges such avoidance"."""
    got = relations(tmp_path, "Avoid zorb sponges such as quentella pads in the first weeks.",
                    heading="Prevention")
    assert ("zorb sponge avoidance", "prevents", T) in got
    assert not [x for x in got if " such" in x[0]]


def test_a_second_adjective_starts_no_command(tmp_path: Path) -> None:
    """"Cover cuts with a clean, dry bandage": one act; "dry bandage" is no second command
    ("drying bandage")."""
    got = relations(tmp_path, "Cover cuts with a clean, dry bandage until they heal.",
                    heading="Prevention")
    assert ("wound covering", "prevents", T) in got
    assert not [x for x in got if "bandage" in x[0]]


def test_samples_from_several_places(tmp_path: Path) -> None:
    """"Samples may be taken from the nose, throat or wound to look for germs": a sample from
    each place; the places themselves are no tests (the throat and the wound were)."""
    got = relations(tmp_path, "Samples may be taken from the nose, throat or wound to look "
                    "for germs.", heading="Diagnosis")
    tests = {o for s, pred, o in got if pred == "diagnosed_by"}
    assert {"nasal samples", "throat samples", "wound samples"} <= tests
    assert not tests & {"nose", "throat", "wound"}


@pytest.mark.parametrize(("sentence", "means"), [
    ("It is often diagnosed after other conditions have been ruled out.",
     "exclusion of other causes"),
    ("The only way to be sure is with surgery.", "surgery"),
])
def test_diagnosed_by_ruling_out_or_the_only_way(tmp_path: Path, sentence: str,
                                                 means: str) -> None:
    """"diagnosed after other conditions have been ruled out" is a diagnosis by exclusion;
    "The only way to be sure is with surgery" names the surgery (both gave nothing)."""
    assert (T, "diagnosed_by", means) in relations(tmp_path, sentence, heading="Diagnosis")


def test_diagnosed_when_other_signs_appear_names_no_means(tmp_path: Path) -> None:
    """"It is diagnosed when other symptoms appear": when, not by what."""
    got = relations(tmp_path, "It is diagnosed when other symptoms appear.", heading="Diagnosis")
    assert not [x for x in got if x[1] == "diagnosed_by"]


@pytest.mark.parametrize(("sentence", "signs"), [
    ("The pharynx may be erythematous.", {"throat redness"}),
    ("The palms and soles may be erythematous.", {"palm redness", "sole redness"}),
    ("The skin over the area is often tender and swollen.", {"tenderness", "swelling"}),
])
def test_parts_in_a_state_in_clinical_words(tmp_path: Path, sentence: str,
                                            signs: set[str]) -> None:
    """"The pharynx may be erythematous" (a red throat), "The palms and soles may be ..."
    (both parts; only the soles were read), "The skin over the area is often tender" (the
    adverb hid the states; the area's signs are named bare, as "the area becomes red" is)."""
    got = relations(tmp_path, sentence, heading="Clinical features")
    assert {(T, "has_symptom", s) for s in signs} <= got


@pytest.mark.parametrize("sentence", [
    "It is associated with irritability.",
    "Fever is high and is associated with irritability.",
])
def test_signs_it_comes_with(tmp_path: Path, sentence: str) -> None:
    """Under signs, what it (or one of its signs) comes with is a sign, not a complication."""
    got = relations(tmp_path, sentence, heading="Symptoms")
    assert (T, "has_symptom", "irritability") in got
    assert (T, "has_complication", "irritability") not in got


def test_a_harm_it_comes_with_stays_a_complication(tmp_path: Path) -> None:
    """"It is associated with kidney failure", under signs too: a grave harm stays one."""
    got = relations(tmp_path, "It is associated with kidney failure.", heading="Symptoms")
    assert (T, "has_complication", "kidney failure") in got


def test_a_class_of_harms_names_none(tmp_path: Path) -> None:
    """"serious problems such as kidney failure": the failure, no harm named "serious
    problems"."""
    got = relations(tmp_path, "The infection can cause serious problems such as kidney failure.",
                    heading="Complications")
    assert (T, "has_complication", "kidney failure") in got
    assert not [x for x in got if "problems" in x[2]]


@pytest.mark.parametrize(("sentence", "heading", "harms"), [
    ("The lungs may become scarred.", "Complications", {"lung scarring"}),
    ("In about 1 in 5 people, the heart becomes damaged.", "Complications", {"heart damage"}),
    ("The heart and kidneys can be damaged.", "About", {"heart damage", "kidney damage"}),
])
def test_organs_said_to_be_harmed(tmp_path: Path, sentence: str, heading: str,
                                  harms: set[str]) -> None:
    """"The lungs may become scarred", "the heart and kidneys can be damaged": the organ's
    harm is a complication (only "it can damage the lungs" was read)."""
    got = relations(tmp_path, sentence, heading=heading)
    assert {(T, "has_complication", h) for h in harms} <= got


def test_a_harmed_part_stated_outside_complications_needs_a_modal(tmp_path: Path) -> None:
    """"The heart is damaged" in an overview, with no modal, states no complication of the
    topic (it may describe anything)."""
    got = relations(tmp_path, "The heart is damaged.", heading="About")
    assert not [x for x in got if x[1] == "has_complication"]


def test_the_first_choice_named_after_it(tmp_path: Path) -> None:
    """"If treatment is needed, the first choice is usually steroid tablets": the tablets
    (only "X is the first choice" was read)."""
    got = relations(tmp_path, "If treatment is needed, the first choice is usually steroid "
                    "tablets.", heading="Treatment")
    assert ("steroid tablets", "used_for", T) in got


def test_a_remedy_in_a_condition_gets_no_verdict(tmp_path: Path) -> None:
    """"Zorbamycin may be used if steroids do not work": no verdict that steroids fail (the
    condition came after the main clause, so it was read as one)."""
    got = relations(tmp_path, "Zorbamycin may be used if steroids do not work.",
                    heading="Treatment")
    assert ("zorbamycin", "used_for", T) in got
    assert not [x for x in got if x[0] == "steroids"]


@pytest.mark.parametrize(("sentence", "factor"), [
    ("It is more likely to occur in people whose immune systems are weakened.",
     "weakened immune system"),
    ("It is slightly more common in women.", "female sex"),
    ("Intravenous drug users are at increased risk.", "intravenous drug use"),
    ("Women using zorb sponges may also be at risk.", "zorb sponge use"),
])
def test_more_groups_at_risk(tmp_path: Path, sentence: str, factor: str) -> None:
    """"people whose immune systems are weakened", "slightly more common in women", "drug
    users", "women using X": what the group has or does (nothing, or the people, was read)."""
    assert (factor, "increases_risk_of", T) in relations(tmp_path, sentence)


@pytest.mark.parametrize("sentence", [
    "A vasculitis of medium-sized vessels, grebble fever has a liking for the heart arteries.",
    "Grebble fever, a vasculitis of small vessels, was first described in 1960.",
])
def test_an_apposition_says_what_it_is(tmp_path: Path, sentence: str) -> None:
    """"A vasculitis of medium-sized vessels, X has ..." and "X, a vasculitis of small
    vessels, was ...": the apposition defines the topic, as "X is a vasculitis" does."""
    assert (T, "involves", "vasculitis") in relations(tmp_path, sentence)


def test_an_apposition_of_another_thing_is_not_the_topics(tmp_path: Path) -> None:
    """"The rash, a common sign of zorb syndrome, can spread": no definition of the topic."""
    got = relations(tmp_path, "Zorb syndrome, a vasculitis of small vessels, can look "
                    "similar.")
    assert (T, "involves", "vasculitis") not in got


def test_parts_said_to_be_involved_are_sites_not_germs(tmp_path: Path) -> None:
    """"The perineum and genitals can also be involved": parts it reaches (they were read
    as germs "involved" in causing it)."""
    got = relations(tmp_path, "The perineum and genitals can also be involved.")
    assert {(T, "affects", "perineum"), (T, "affects", "genitals")} <= got
    assert not [x for x in got if x[1] == "causes"]


def test_a_ranked_run_of_sites(tmp_path: Path) -> None:
    """"It most commonly affects the legs, followed by the arms and the groin": every part
    of the ranked run is a site (only the legs were)."""
    got = relations(tmp_path, "It most commonly affects the legs, followed by the arms and "
                    "the groin.")
    assert {(T, "affects", "legs"), (T, "affects", "arms"), (T, "affects", "groin")} <= got


def test_a_possible_sign_of_another_thing_is_not_the_topics(tmp_path: Path) -> None:
    """"Redness around the wound may be a sign of infection": another thing's sign (the
    modal "may be" is read only before "a sign that <a part> is affected")."""
    got = relations(tmp_path, "Redness around the wound may be a sign of infection.",
                    heading="Complications")
    assert not [x for x in got if x[1] == "has_symptom"]
