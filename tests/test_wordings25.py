"""Sentence wordings read in session 25, from own-words batteries.  Every sentence is our own,
about the made-up grebble fever."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.ingest.cues import is_negated
from claimgraph.ingest.extract import extract_corpus
from claimgraph.ingest.rules import phrases

from .grebble_pages import page_claims, relations

T = "grebble fever"


@pytest.mark.parametrize(("sentence", "means"), [
    ("The diagnosis is usually made during surgery.", "surgery"),
    ("The diagnosis is often made from a skin biopsy.", "skin biopsy"),
    ("A firm diagnosis needs a biopsy.", "biopsy"),
    ("It is a diagnosis of exclusion.", "exclusion of other causes"),
])
def test_how_a_diagnosis_is_made(tmp_path: Path, sentence: str, means: str) -> None:
    """"The diagnosis is made during surgery", "A firm diagnosis needs a biopsy", "It is a
    diagnosis of exclusion": each names how it is diagnosed (all three gave nothing)."""
    got = relations(tmp_path, sentence, heading="Diagnosis")
    assert (T, "diagnosed_by", means) in got


def test_a_diagnosis_of_the_illness_names_no_means(tmp_path: Path) -> None:
    """"Grebble fever is a diagnosis of ..." only ever names exclusion: a diagnosis of
    something else is no test."""
    got = relations(tmp_path, "A rash is a diagnosis of concern.", heading="Diagnosis")
    assert not [x for x in got if x[1] == "diagnosed_by"]


@pytest.mark.parametrize(("sentence", "act"), [
    ("Doctors will drain any abscesses.", "abscess drainage"),
    ("The surgeon may need to drain the pus.", "pus drainage"),
    ("Large abscesses may need to be drained.", "large abscess drainage"),
])
def test_draining_is_a_treatment(tmp_path: Path, sentence: str, act: str) -> None:
    """"Doctors will drain any abscesses", "Abscesses may need to be drained": the drainage
    treats the illness (nothing was read), named as "X removal" is."""
    got = relations(tmp_path, sentence, heading="Treatment")
    assert (act, "used_for", T) in got


def test_what_drains_an_area_is_no_treatment(tmp_path: Path) -> None:
    """"The lymph nodes that drain the area may swell": anatomy, no act of care."""
    got = relations(tmp_path, "The lymph nodes that drain the area may swell.",
                    heading="Treatment")
    assert not [x for x in got if x[0].endswith("drainage")]


@pytest.mark.parametrize(("sentence", "act"), [
    ("Good wound care is the best way to lower your risk.", "good wound care"),
    ("Regular hand washing is the simplest way to reduce the chance of getting it.",
     "regular hand washing"),
])
def test_the_best_way_to_lower_the_risk_prevents_it(tmp_path: Path, sentence: str,
                                                    act: str) -> None:
    """"X is the best way to lower your risk": X prevents the illness (the risk wording took
    the sentence and left "X is the best way" as a subject, which gave nothing)."""
    got = relations(tmp_path, sentence, heading="Prevention")
    assert (act, "prevents", T) in got


@pytest.mark.parametrize("sentence", [
    "Not smoking lowers the risk of grebble fever.",
    "Not smoking is the best way to prevent grebble fever.",
])
def test_not_before_an_act_names_abstaining(tmp_path: Path, sentence: str) -> None:
    """"Not smoking lowers the risk": an act of abstaining, stated (it was read as a denial
    that not smoking prevents it)."""
    cs = page_claims(tmp_path, f"Prevention\n{sentence}")
    said = [c for c in cs.claims if c.predicate == "prevents" and cs.label(c.object) == T]
    assert said and not any(c.negated for c in said)


@pytest.mark.parametrize(("text", "denied"), [
    ("Not smoking lowers the risk", False),
    ("by not sharing towels", False),
    ("The rash is not spreading", True),
    ("People who are not responding to treatment", False),
    ("It does not bring relief", True),
    ("Antibiotics do not help", True),
])
def test_not_before_a_gerund_denies_only_after_be(text: str, denied: bool) -> None:
    """A "not" before a gerund denies after a form of "be" ("is not spreading") and names an
    act elsewhere; "bring" ends in "ing" and is no gerund."""
    assert is_negated(text) is denied


@pytest.mark.parametrize("sentence", [
    "The germs destroy skin, fat and muscle tissue.",
    "The germs quickly destroy the skin, the fat and the muscles.",
])
def test_destroying_listed_tissues_is_tissue_death(tmp_path: Path, sentence: str) -> None:
    """"destroy skin, fat and muscle tissue": tissue death (a comma in the list of tissues
    hid it)."""
    got = relations(tmp_path, sentence, heading="About")
    assert (T, "involves", "tissue death") in got


@pytest.mark.parametrize(("sentence", "heading", "not_sites"), [
    ("Swelling of the zorb nerve, the nerve that carries signals from the eye to the brain.",
     "Complications", {"eye", "brain"}),
    ("It can reach other arteries, such as the zorb artery, the big vessel of the thigh.",
     "Complications", {"thigh"}),
    ("It is linked with small glands in the neck called zorb glands.", "Causes", {"neck"}),
])
def test_a_part_inside_a_definition_is_no_site(tmp_path: Path, sentence: str, heading: str,
                                                not_sites: set[str]) -> None:
    """"the zorb nerve, the nerve that carries signals from the eye to the brain": the eye
    and brain say where the nerve runs, not what the illness affects."""
    got = relations(tmp_path, sentence, heading=heading)
    assert not {o for _, pred, o in got if pred == "affects"} & not_sites


def test_a_list_runs_on_past_a_definition(tmp_path: Path) -> None:
    """"such as the A artery, the big vessel of the arm, or the B artery": the second artery is
    still a site, the arm of the definition is not."""
    got = relations(tmp_path, "Some big arteries can be reached too, such as the brachial "
                    "artery, the big vessel of the upper arm, or the femoral artery.",
                    heading="Complications")
    sites = {o for _, pred, o in got if pred == "affects"}
    assert "femoral artery" in sites and "arm" not in sites


@pytest.mark.parametrize(("sentence", "germ"), [
    ("Grebble fever is caused by an infection with zorbacilli.", "zorbacilli"),
    ("It is caused by infection with several types of bacteria.", "bacteria"),
    ("It is due to infection with a virus.", "virus"),
])
def test_an_infection_with_a_germ_is_caused_by_the_germ(tmp_path: Path, sentence: str,
                                                        germ: str) -> None:
    """"caused by an infection with zorbacilli": the germ causes it (the whole phrase
    "infection with zorbacilli" was the cause, a name no other page uses)."""
    got = relations(tmp_path, sentence, heading="Causes")
    assert (germ, "causes", T) in got


def test_an_infection_with_no_germ_is_kept_whole(tmp_path: Path) -> None:
    """"caused by infection of a wound" names no germ: nothing is cut away."""
    got = relations(tmp_path, "It is caused by infection of a wound.", heading="Causes")
    assert not [x for x in got if x[1] == "causes" and x[0] == "wound"]


def test_those_most_at_risk_are_each_a_risk_factor(tmp_path: Path) -> None:
    """"Those most at risk include babies, older people and people with diabetes" (read
    only with a level word: "at highest risk"); babies are a young age, as older people are
    an older one (session 33: they were named "babies")."""
    got = relations(tmp_path, "Those most at risk include babies, older people and people "
                    "with diabetes.", heading="Risk factors")
    assert {s for s, pred, o in got if pred == "increases_risk_of" and o == T} >= {
        "young age", "older age", "diabetes"}


@pytest.mark.parametrize(("sentence", "denied"), [
    ("There is no cure or vaccine.", {("curative treatment", "effective_for"),
                                      ("vaccine", "prevents")}),
    ("There is no specific prevention or cure available.",
     {("preventive measure", "prevents"), ("curative treatment", "effective_for")}),
])
def test_each_remedy_a_denial_lists_is_denied(tmp_path: Path, sentence: str,
                                              denied: set[tuple[str, str]]) -> None:
    """"There is no cure or vaccine": both are denied (only the first was)."""
    cs = page_claims(tmp_path, f"Treatment\n{sentence}")
    said = {(cs.label(c.subject), c.predicate) for c in cs.claims
            if c.negated and c.object is not None and cs.label(c.object) == T}
    assert said == denied


@pytest.mark.parametrize(("sentence", "factors", "outcome"), [
    ("A poor prognosis is associated with age over 60.", {"age over 60"}, "poor prognosis"),
    ("Death is associated with older age and diabetes.", {"older age", "diabetes"}, "death"),
    # (a higher death rate is a risk of death, named as "death": session 46)
    ("Higher mortality is linked to delays in surgery.", {"delays in surgery"}, "death"),
])
def test_a_bad_outcome_goes_with_its_factors(tmp_path: Path, sentence: str,
                                            factors: set[str], outcome: str) -> None:
    """"Death is associated with older age and diabetes": the factors go with death (they
    were read as complications of the illness), named first as factor lists name them."""
    got = relations(tmp_path, sentence, heading="Outlook")
    assert {s for s, pred, o in got if pred == "associated_with" and o == outcome} == factors
    assert not [x for x in got if x[0] == T and x[2] in factors]


def test_the_burden_of_a_harm_is_still_its_complication(tmp_path: Path) -> None:
    """"the illness and death associated with zorb aneurysms": no finite verb, the burden of
    a harm the topic brings."""
    got = relations(tmp_path, "Doctors worry about the illness and death associated with zorb "
                    "aneurysm development.", heading="Outlook")
    assert (T, "has_complication", "zorb aneurysm") in got


@pytest.mark.parametrize(("sentence", "claim"), [
    ("Death rates are highest among older adults.", ("older age", "death")),
    ("The recurrence rate is highest in young children.", ("young age", f"{T} recurrence")),
])
def test_a_rate_of_an_outcome_is_its_risk(tmp_path: Path, sentence: str,
                                          claim: tuple[str, str]) -> None:
    """"Death rates are highest among older adults": older age raises the risk of death,
    not of the illness (as was read)."""
    got = relations(tmp_path, sentence, heading="Outlook")
    assert (claim[0], "increases_risk_of", claim[1]) in got
    assert (claim[0], "increases_risk_of", T) not in got


def test_a_survival_rate_raises_no_risk(tmp_path: Path) -> None:
    """"Survival rates are highest in young adults": youth raises no risk of anything."""
    got = relations(tmp_path, "Survival rates are highest in young adults.", heading="Outlook")
    assert not [x for x in got if x[1] == "increases_risk_of"]


def test_delayed_treatment_said_with_death_is_no_remedy(tmp_path: Path) -> None:
    """"Older age and delayed treatment are associated with higher mortality": no treatment
    list ("associated with higher mortality" was read as a remedy)."""
    got = relations(tmp_path, "Older age and delayed treatment are associated with higher "
                    "mortality.", heading="Outlook")
    assert not [x for x in got if x[1] == "used_for"]
    assert ("delayed treatment", "associated_with", "death") in got


@pytest.mark.parametrize(("sentence", "harm"), [
    ("Heart problems can occur if granulomas form in the heart.", "heart problems"),
    ("Kidney stones may form because of high calcium levels.", "kidney stones"),
])
def test_a_harm_said_with_its_condition_is_a_complication(tmp_path: Path, sentence: str,
                                                         harm: str) -> None:
    """"Heart problems can occur if granulomas form in the heart": the harm can come of it
    (a following "if" or "because of" clause hid it)."""
    got = relations(tmp_path, sentence, heading="Complications")
    assert (T, "has_complication", harm) in got


def test_what_forms_because_of_a_thing_is_not_the_illness(tmp_path: Path) -> None:
    """"Kidney stones may form due to high calcium levels": high calcium does not cause the
    illness (the verb "may form" hid what forms, and the topic took its place)."""
    got = relations(tmp_path, "Kidney stones may form due to high calcium levels.",
                    heading="Complications")
    assert not [x for x in got if x[1] == "causes" and x[2] == T]


def test_organs_listed_as_made_to_fail_each_fail(tmp_path: Path) -> None:
    """"It can cause the kidneys, liver and lungs to fail": three organ failures (it gave the
    harm "lungs to fail")."""
    got = relations(tmp_path, "It can cause the kidneys, liver and lungs to fail.",
                    heading="Complications")
    assert {o for s, pred, o in got if pred == "has_complication"} == {
        "kidney failure", "liver failure", "lung failure"}


@pytest.mark.parametrize("sentence", [
    "A rash appears, which turns into small blisters.",
    "The main sign is a red rash that develops into small blisters.",
])
def test_what_a_sign_turns_into_after_which_is_a_sign(tmp_path: Path, sentence: str) -> None:
    """"A rash appears, which turns into small blisters": the blisters are a sign too (a
    relative clause was skipped as another thing's)."""
    got = relations(tmp_path, sentence, heading="Symptoms")
    assert (T, "has_symptom", "small blisters") in got


@pytest.mark.parametrize(("sentence", "kinds"), [
    ("The pain is often described as burning or stabbing.", {"burning pain", "stabbing pain"}),
    ("The pain can be described as a deep ache or a burning feeling.",
     {"deep ache", "burning feeling"}),
])
def test_the_kinds_a_sign_is_described_as_are_signs(tmp_path: Path, sentence: str,
                                                    kinds: set[str]) -> None:
    """"The pain is described as burning or stabbing": burning pain and stabbing pain."""
    got = relations(tmp_path, sentence, heading="Symptoms")
    assert {o for s, pred, o in got if pred == "has_symptom" and s == T} >= kinds


def test_a_look_a_sign_is_described_as_is_no_kind(tmp_path: Path) -> None:
    """"described as looking like a target" says how it looks, names no kind of rash."""
    got = relations(tmp_path, "Its spots are described as looking like a target.",
                    heading="Symptoms")
    assert not [x for x in got if "looking" in x[2] or "target" in x[2]]


@pytest.mark.parametrize(("sentence", "sign"), [
    ("There is usually no itching.", "itching"),
    ("The spots are red, but there will not be any blistering.", "blistering"),
])
def test_there_is_no_sign_denies_it(tmp_path: Path, sentence: str, sign: str) -> None:
    """"There is usually no itching", under a heading of signs: a denied sign (nothing was
    read; "there will" was taken as "there may be")."""
    cs = page_claims(tmp_path, f"Symptoms\n{sentence}")
    said = [c for c in cs.claims if c.predicate == "has_symptom" and cs.label(c.object) == sign]
    assert said and all(c.negated for c in said)


def test_there_is_no_thing_elsewhere_is_no_sign(tmp_path: Path) -> None:
    """"There is no cure" under treatment: no sign denied."""
    got = relations(tmp_path, "There is no quick fix.", heading="Treatment")
    assert not [x for x in got if x[1] == "has_symptom"]


def test_other_illnesses_such_as_are_no_signs(tmp_path: Path) -> None:
    """"The symptoms can be similar to those of other conditions such as flu": flu is a look-
    alike, no sign (it was read as both)."""
    got = relations(tmp_path, "The symptoms can be similar to those of other conditions such "
                    "as flu.", heading="Symptoms")
    assert (T, "has_symptom", "flu") not in got


def test_a_harm_named_in_an_if_clause_is_what_needs_the_remedy(tmp_path: Path) -> None:
    """"If you develop blood clots, you may need blood thinners", under complications: the
    blood thinners are used for the clots (the sentence was not read outside a treatment
    heading)."""
    got = relations(tmp_path, "If you develop blood clots, you may need blood thinners.",
                    heading="Complications")
    assert ("blood thinners", "used_for", "blood clots") in got


def test_complications_in_an_organ_name_the_organ_singular(tmp_path: Path) -> None:
    """"complications in the lungs": a lung complication ("lungs complication" before)."""
    got = relations(tmp_path, "It can lead to complications in the lungs.",
                    heading="Complications")
    assert (T, "has_complication", "lung complication") in got


@pytest.mark.parametrize(("heading", "sentence", "claim"), [
    ("Etiology", "Type 1 infection is usually caused by a mix of bacteria.",
     ("bacteria", "causes", T)),
    ("Presentation", "The classic presentation is severe pain.", (T, "has_symptom", "severe pain")),
    ("Workup", "The diagnosis is established by a skin biopsy.",
     (T, "diagnosed_by", "skin biopsy")),
    ("Workup", "A biopsy of the lump is usually diagnostic.",
     (T, "diagnosed_by", "biopsy of the lump")),
    ("Differential", "Conditions to consider include zorb pox and quentella.",
     (T, "resembles", "quentella")),
    ("Examination", "Physical examination may reveal crepitus and skin blisters.",
     (T, "has_symptom", "crepitus")),
])
def test_clinical_reference_wordings(tmp_path: Path, heading: str, sentence: str,
                                     claim: tuple[str, str, str]) -> None:
    """Wordings of clinical reference pages that gave nothing: a numbered type of the illness's
    kind ("Type 1 infection" on a page defining it as an infection), the classic presentation,
    a diagnosis established by a test, a test that is diagnostic, conditions to consider, and
    what a physical examination reveals (signs)."""
    got = relations(tmp_path, sentence, heading=heading, definition="a rare bacterial infection")
    assert claim in got


def test_a_scan_reveals_findings_not_signs(tmp_path: Path) -> None:
    """What a scan shows is a finding of the scan, not a sign read from the examination."""
    got = relations(tmp_path, "A chest scan may reveal swollen glands.", heading="Workup")
    assert not [x for x in got if x[1] == "has_symptom" and "glands" in x[2]]


@pytest.mark.parametrize(("text", "members"), [
    ("grassy, brushy or wooded areas", ["grassy areas", "brushy areas", "wooded areas"]),
    ("bacterial, viral or fungal infections",
     ["bacterial infections", "viral infections", "fungal infections"]),
    ("x-rays, radiography or computed tomography", None),
])
def test_a_describing_word_the_dictionary_lacks_takes_the_noun(text: str,
                                                                members: list[str] | None
                                                                ) -> None:
    """"grassy, brushy or wooded areas": brushy areas (an unknown word with an adjective's
    ending describes the noun, as known adjectives do); nouns such as "radiography" keep
    their own names."""
    got = [ph.label for ph in phrases(text)]
    if members is None:
        assert "radiography" in got and "radiography tomography" not in got
    else:
        assert got == members


def test_places_named_by_describing_words_raise_the_risk(tmp_path: Path) -> None:
    """"... where midges live, such as sandy, scrubby or wooded areas": scrubby areas (it gave
    "scrubby")."""
    got = relations(tmp_path, "You're at risk of grebble fever if you spend time where midges "
                    "live, such as sandy, scrubby or wooded areas.", heading="Risk factors")
    assert ("scrubby areas", "increases_risk_of", T) in got


def test_fact_box_fields_as_list_items(tmp_path: Path) -> None:
    """A fact box written as a list of "Label: values" lines: prevention and medication
    fields give their relations, the diagnostic method field each of its tests (the items
    were read as lists headed "Prevention" and gave nothing)."""
    cs = page_claims(tmp_path, "- Diagnostic method: Blood culture, biopsy\n"
                               "- Prevention: Vaccination, avoiding midge bites\n"
                               "- Medication: Zorbacillin, painkillers\n")
    got = {(cs.label(c.subject), c.predicate, cs.label(c.object))
           for c in cs.claims if c.object is not None}
    assert {(T, "diagnosed_by", "biopsy"), ("vaccination", "prevents", T),
            ("avoiding midge bites", "prevents", T), ("zorbacillin", "used_for", T),
            ("painkillers", "used_for", T)} <= got


@pytest.mark.parametrize(("one", "other"), [
    ("crepitus", "crackling under the skin"),
    ("erythema", "red skin"),
])
def test_clinical_and_plain_names_of_a_sign_are_one_entity(tmp_path: Path, one: str,
                                                           other: str) -> None:
    """Two pages naming one sign in clinical and in plain words: one entity."""
    pages = []
    for i, name in enumerate((one, other)):
        page = tmp_path / f"page{i}.txt"
        page.write_text(f"Grebble fever\n\nGrebble fever is a rare illness.\n\nSymptoms\n"
                        f"Symptoms include {name} and a fever.\n", encoding="utf-8")
        pages.append(page)
    cs, _, _ = extract_corpus(pages, progress=False)
    signs = {c.object for c in cs.claims if c.predicate == "has_symptom"
             and cs.label(c.object) != "fever"}
    assert len(signs) == 1


@pytest.mark.parametrize(("sentence", "factor"), [
    ("An infection may set it off.", "infection"),
    ("Stress can bring it on.", "stress"),
    ("Exposure to mould may trigger it in some people.", "exposure to mould"),
])
def test_what_sets_it_off_raises_its_risk(tmp_path: Path, sentence: str, factor: str) -> None:
    """"An infection may set it off", "Stress can bring it on", "X may trigger it in some
    people": each gave nothing (the verb held "it", or "in some people" hid the topic)."""
    got = relations(tmp_path, sentence, heading="Causes")
    assert any(s == factor and o == T and pred in ("increases_risk_of", "causes")
               for s, pred, o in got)


@pytest.mark.parametrize("sentence", [
    "The germs that cause it live harmlessly on the skin of many healthy people.",
    "Many people carry the germ in their nose without getting ill.",
    "The germ is found in the throat of many healthy children.",
])
def test_where_a_germ_lives_harmlessly_is_no_site(tmp_path: Path, sentence: str) -> None:
    """Where the germ lives in healthy people is no site of the illness (it gave "affects
    skin", "affects nose")."""
    got = relations(tmp_path, sentence, heading="Causes")
    assert not [x for x in got if x[1] == "affects"]


def test_a_site_beside_a_germs_home_is_still_a_site(tmp_path: Path) -> None:
    """"The germs live in the skin and cause sores on the legs": nothing harmless is said, so
    both stay sites."""
    got = relations(tmp_path, "The germs live in the skin and cause sores on the legs.",
                    heading="Symptoms")
    assert (T, "affects", "legs") in got


def test_seeking_care_is_no_way_to_prevent_it(tmp_path: Path) -> None:
    """"- see a doctor if a wound gets red", "- get medical help straight away" among ways to
    prevent it: care sought, no prevention (each was read as preventing it)."""
    cs = page_claims(tmp_path, "How to prevent grebble fever\nYou can lower your risk if you:\n"
                               "- wash your hands often\n- see a doctor if a wound gets red\n"
                               "- get medical help straight away if you feel ill\n")
    acts = {cs.label(c.subject) for c in cs.claims if c.predicate == "prevents"}
    assert "washing hands" in acts
    assert not [a for a in acts if a.startswith(("seeing", "getting"))]



@pytest.mark.parametrize(("sentence", "factor", "target"), [
    ("The risk of zorb neuralgia also increases with age.", "older age", "zorb neuralgia"),
    ("The older a person is, the more likely they are to have lasting nerve pain.",
     "older age", "lasting nerve pain"),
    ("The younger you are, the more likely it is to get grebble fever.", "young age", T),
    ("Older adults are more likely to need to go to hospital.", "older age", "hospitalization"),
    ("The risk of nerve damage and developing lasting pain rises with age.", "older age",
     "nerve damage"),
])
def test_age_and_what_its_risk_raises(tmp_path: Path, sentence: str, factor: str,
                                      target: str) -> None:
    """Age wordings that gave nothing: "also increases with age", "The older a person is, the
    more likely ...", "more likely to need to go to hospital", and a risk of two things rising
    (read as one long name)."""
    got = relations(tmp_path, sentence, heading="Complications")
    assert (factor, "increases_risk_of", target) in got


@pytest.mark.parametrize(("sentence", "claim"), [
    ("Sometimes the rash can lead to a serious complication called zorb neuralgia.",
     (T, "has_complication", "zorb neuralgia")),
    ("Grebble fever \u2014 also known as zorb pox \u2014 is a rare illness that causes a sore "
     "rash.", (T, "has_symptom", "sore rash")),
    ("Grebble fever, also called zorb pox, is a rare illness that causes a sore rash.",
     (T, "has_symptom", "sore rash")),
])
def test_named_complications_and_definitions_with_another_name(tmp_path: Path, sentence: str,
                                                               claim: tuple[str, str, str]
                                                               ) -> None:
    """"the rash can lead to a complication called X" (a sign's effect was dropped); a
    definition with the other name set between dashes or commas (the aside hid the topic)."""
    got = relations(tmp_path, sentence, heading="About")
    assert claim in got


@pytest.mark.parametrize(("sentence", "care"), [
    ("With prompt treatment, most children with grebble fever make a full recovery.",
     "early treatment"),
    ("Most people recover fully with zorbacillin.", "zorbacillin"),
    ("Early diagnosis and treatment give the best chance of a cure.", "early treatment"),
    ("The outlook is good if it is treated early.", "early treatment"),
])
def test_care_people_recover_with_works(tmp_path: Path, sentence: str, care: str) -> None:
    """Care said to bring recovery works for the illness (each gave nothing; "X gives the best
    chance of recovery" gave the chance as a remedy)."""
    got = relations(tmp_path, sentence, heading="Outlook")
    assert (care, "effective_for", T) in got
    assert not [x for x in got if "chance" in x[0]]


def test_recovery_with_bare_treatment_names_no_means(tmp_path: Path) -> None:
    """"With treatment, most people recover": no means and no timing named."""
    got = relations(tmp_path, "With treatment, most people recover.", heading="Outlook")
    assert not [x for x in got if x[1] == "effective_for"]


@pytest.mark.parametrize("sentence", [
    "Infection in a wound can cause sepsis.",
    "Infection in a wound may travel round the body and cause a reaction called sepsis.",
])
def test_a_harm_named_in_a_place_causes_another(tmp_path: Path, sentence: str) -> None:
    """"Infection in a wound can cause sepsis": between two other things only short names
    are read, and "in a" joining a place no longer counts as name words (it was dropped)."""
    got = relations(tmp_path, sentence, heading="Complications")
    assert any(pred == "causes" and o == "sepsis" and "wound" in s for s, pred, o in got)


def test_long_names_between_other_things_stay_unread(tmp_path: Path) -> None:
    """"Swelling of the vessels causes complications in the blood vessels": "in the" still
    counts, so such long names between other things are not read."""
    got = relations(tmp_path, "Swelling of the vessels causes complications in the blood "
                    "vessels.", heading="Complications")
    assert not [x for x in got if x[1] == "causes"]


@pytest.mark.parametrize(("sentence", "claim"), [
    ("Cases cluster in families.", ("family history", "increases_risk_of", T)),
    ("Certain zorb gene variants confer susceptibility.",
     ("zorb gene variants", "increases_risk_of", T)),
    ("Vegetarians have a lower rate of grebble fever.", ("vegetarians", "prevents", T)),
    ("It frequently occurs in patients with underlying diabetes.",
     ("diabetes", "increases_risk_of", T)),
])
def test_epidemiology_wordings(tmp_path: Path, sentence: str,
                               claim: tuple[str, str, str]) -> None:
    """Epidemiology wordings of reference pages, read inside a paragraph: cases clustering in
    families, gene variants conferring susceptibility, a group with a lower rate (it gave
    nothing; "lower rate" was taken by the risk-lowering wording with the group as its
    verb's subject), and an "underlying" condition named plainly."""
    got = relations(tmp_path, f"The cause is unknown. {sentence}", heading="Etiology")
    assert claim in got


def test_clinical_words_for_how_patients_are_name_signs(tmp_path: Path) -> None:
    """"Most patients are febrile and hypotensive": fever and low blood pressure (nothing was
    read: only everyday words such as "dizzy" were known)."""
    got = relations(tmp_path, "Most patients are febrile and hypotensive.",
                    heading="Presentation")
    assert {(T, "has_symptom", "fever"), (T, "has_symptom", "low blood pressure")} <= got


def test_a_site_goes_before_a_part_of_two_words(tmp_path: Path) -> None:
    """"Enlarged lymph nodes in the chest": enlarged chest lymph nodes (it gave "enlarged lymph
    chest nodes")."""
    got = relations(tmp_path, "Enlarged lymph nodes in the chest are a common finding.",
                    heading="Presentation")
    assert (T, "has_symptom", "enlarged chest lymph nodes") in got


def test_conditions_that_present_similarly_are_look_alikes(tmp_path: Path) -> None:
    """"Other conditions that may present similarly include flu and measles" (nothing was
    read)."""
    got = relations(tmp_path, "Other conditions that may present similarly include flu and "
                    "measles.", heading="About")
    assert {(T, "resembles", "flu"), (T, "resembles", "measles")} <= got


@pytest.mark.parametrize("sentence", [
    "Travellers to tropical areas are at higher risk.",
    "It occurs mainly in the tropics, and travellers to tropical areas may be at risk.",
])
def test_travellers_to_a_place_name_the_travel(tmp_path: Path, sentence: str) -> None:
    """"Travellers to tropical areas are at higher risk": the travel raises it (the group was
    kept as the factor)."""
    got = relations(tmp_path, sentence, heading="Causes")
    assert ("travel to tropical areas", "increases_risk_of", T) in got


@pytest.mark.parametrize("sentence", [
    "Grebble fever tends to run in families.",
    "Cases cluster in families.",
])
def test_a_one_sentence_paragraph_is_no_list_item(tmp_path: Path, sentence: str) -> None:
    """A one-sentence paragraph under a causes heading that runs in families is a sentence, not
    a name: the whole sentence was also read as a cause of the illness."""
    got = relations(tmp_path, sentence, heading="Causes")
    assert ("family history", "increases_risk_of", T) in got
    assert not [x for x in got if "famil" in x[0] and x[0] != "family history"]


@pytest.mark.parametrize(("sentence", "process"), [
    ("Germs spread along the layers of tissue, causing clots in the small vessels.",
     "thrombosis"),
    ("Granulomas are clusters of immune cells.", "granulomas"),
    ("The infection leads to death of the fascia.", "tissue death"),
    ("This causes the blood vessels to leak fluid.", "capillary leak"),
    ("Blood vessels become leaky, causing low blood pressure.", "capillary leak"),
])
def test_how_it_works_in_reference_wordings(tmp_path: Path, sentence: str,
                                            process: str) -> None:
    """Mechanisms said the way reference pages say them: clots caused in the vessels, clumps
    of cells defined, death of the fascia, vessels that leak (each gave nothing)."""
    got = relations(tmp_path, sentence, heading="Pathophysiology")
    assert (T, "involves", process) in got


@pytest.mark.parametrize("sentence", [
    "Samples of the fluid are sent to the laboratory to identify the germ.",
    "An ECG may be done to check the heart.",
])
def test_what_a_test_looks_for_is_no_test(tmp_path: Path, sentence: str) -> None:
    """"... to identify the germ", "... to check the heart": the germ and the heart are what
    a test looks for or at (each was read as a means of diagnosis)."""
    got = relations(tmp_path, sentence, heading="Diagnosis")
    assert not [x for x in got if x[1] == "diagnosed_by" and x[2] in ("germ", "heart")]


def test_when_treatment_is_needed_names_no_sign_or_factor(tmp_path: Path) -> None:
    """"Treatment is only needed if symptoms are troublesome or organs are at risk": no sign
    ("organs"), no risk factor, no remedy (all three were read)."""
    got = relations(tmp_path, "Treatment is only needed if symptoms are troublesome or organs "
                    "are at risk.", heading="Treatment")
    assert not got


@pytest.mark.parametrize(("sentence", "claim", "not_said"), [
    ("Some people need long-term treatment with medicines that calm the immune system.",
     ("immunosuppressive medicine", "used_for", T), "long-term"),
    ("Plastic surgery may be needed to repair the skin.", ("plastic surgery", "used_for", T),
     "skin"),
])
def test_remedies_name_no_duration_and_treat_no_part(tmp_path: Path, sentence: str,
                                                     claim: tuple[str, str, str],
                                                     not_said: str) -> None:
    """"need long-term treatment with X": "long-term" is no remedy; surgery "to repair the
    skin" is care of the illness (it was "used for" the skin)."""
    got = relations(tmp_path, sentence, heading="Treatment")
    assert claim in got
    assert not [x for x in got if not_said in (x[0], x[2])]


def test_a_part_said_to_look_normal_is_no_site(tmp_path: Path) -> None:
    """"The skin around the wound may look normal at first": no site (it gave "affects
    skin")."""
    got = relations(tmp_path, "The skin around the wound may look normal at first.",
                    heading="Symptoms")
    assert not [x for x in got if x[1] == "affects"]


def test_a_test_found_by_chance_is_the_test(tmp_path: Path) -> None:
    """"diagnosed by chance on a chest X-ray": the X-ray (it gave "chance on a chest x-ray")."""
    got = relations(tmp_path, "Some people have no symptoms and are diagnosed by chance on a "
                    "chest X-ray.", heading="Symptoms")
    assert (T, "diagnosed_by", "chest x-ray") in got


@pytest.mark.parametrize(("sentence", "harm"), [
    ("Serious complications are rare if treatment starts early.", "complication"),
    ("Complications are uncommon with early treatment.", "complication"),
    ("Lasting damage is rare if it is treated promptly.", "lasting damage"),
])
def test_harms_made_rare_by_early_care(tmp_path: Path, sentence: str, harm: str) -> None:
    """"Serious complications are rare if treatment starts early": early treatment prevents
    them (nothing was read)."""
    got = relations(tmp_path, sentence, heading="Complications")
    assert ("early treatment", "prevents", harm) in got


def test_other_causes_of_a_sign_are_look_alikes(tmp_path: Path) -> None:
    """"Other causes of a rash include allergies and eczema": look-alikes, no causes of the
    illness (each was read as causing it)."""
    got = relations(tmp_path, "Other causes of a rash include allergies and eczema.",
                    heading="Symptoms")
    assert {(T, "resembles", "allergies"), (T, "resembles", "eczema")} <= got
    assert not [x for x in got if x[1] == "causes"]


def test_the_examples_of_flu_like_signs_are_signs(tmp_path: Path) -> None:
    """"similar to those of flu, such as fever and aches": fever and aches are signs of the
    illness (they were read as look-alikes)."""
    got = relations(tmp_path, "The symptoms are similar to those of flu, such as fever and "
                    "aches.", heading="Symptoms")
    assert {(T, "has_symptom", "fever"), (T, "has_symptom", "aches"),
            (T, "resembles", "flu")} <= got
    assert (T, "resembles", "fever") not in got


def test_another_things_signs_name_no_site(tmp_path: Path) -> None:
    """"Symptoms of dehydration include a dry mouth": the mouth is no site of the illness."""
    got = relations(tmp_path, "Symptoms of dehydration include a dry mouth and dark urine.",
                    heading="Symptoms")
    assert not [x for x in got if x[1] == "affects"]


@pytest.mark.parametrize(("sentence", "cause"), [
    ("Antibiotics will not help if it is caused by a virus.", "virus"),
    ("Steroids do not work if the illness is caused by an infection.", "infection"),
])
def test_a_denial_does_not_reach_into_an_if_clause(tmp_path: Path, sentence: str,
                                                   cause: str) -> None:
    """"Antibiotics will not help if it is caused by a virus": the "not" denies the help, not
    the cause in the condition after it (the cause was read as denied)."""
    cs = page_claims(tmp_path, f"Treatment\n{sentence}")
    causes = [c for c in cs.claims if c.predicate == "causes" and cs.label(c.subject) == cause]
    helps = [c for c in cs.claims if c.predicate == "effective_for"]
    assert causes and not any(c.negated for c in causes)
    assert helps and all(c.negated for c in helps)


def test_a_part_after_one_said_normal_is_still_a_site(tmp_path: Path) -> None:
    """"The skin may look normal, but the muscles underneath are badly damaged": only the skin
    is said to be well."""
    got = relations(tmp_path, "The skin may look normal, but the muscles underneath are badly "
                    "damaged.", heading="Symptoms")
    assert (T, "affects", "muscles") in got and (T, "affects", "skin") not in got


@pytest.mark.parametrize("sentence", [
    "The doctor will ask about recent injuries or surgery.",
    "Your doctor may ask about any recent travel.",
])
def test_what_a_doctor_asks_about_is_the_history(tmp_path: Path, sentence: str) -> None:
    """"The doctor will ask about recent injuries or surgery": the medical history is taken;
    the injuries and the surgery are no tests (they were read as ways to diagnose it)."""
    got = relations(tmp_path, sentence, heading="Diagnosis")
    assert {o for _, pred, o in got if pred == "diagnosed_by"} == {"medical history"}
