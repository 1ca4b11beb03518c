"""Wordings of clinical references and leaflets read (session 21): risk factors ranked or
reported as triggers, "things that make you more likely to get it", a complication the
illness "may be complicated by" or that patients "are at risk of", prognostic factors, the
test "of choice", a work-up that includes tests, and a relative clause's "not" (which
denies nothing).  Every sentence is our own, about the made-up grebble fever."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.ingest.cues import is_negated
from claimgraph.ingest.extract import extract_corpus
from claimgraph.ingest.lexicon import lexicon_group
from claimgraph.ingest.normalize import label_key

from .grebble_pages import page_claims, relations

T = "grebble fever"


@pytest.mark.parametrize("sentence", [
    "Marsh work is the most important risk factor.",
    "Marsh work is the single biggest risk factor.",
    "Marsh work is a recognised risk factor.",
])
def test_a_ranked_risk_factor(tmp_path: Path, sentence: str) -> None:
    assert ("marsh work", "increases_risk_of", T) in relations(tmp_path, sentence, "Risk factors")


@pytest.mark.parametrize(("sentence", "hedged"), [
    ("Exposure to marsh gas has been reported as a possible trigger.", True),
    ("Cold weather may act as a trigger.", True),
    ("Cold weather has been identified as a trigger of grebble fever.", False),
])
def test_a_reported_trigger(tmp_path: Path, sentence: str, hedged: bool) -> None:
    cs = page_claims(tmp_path, f"Causes\n{sentence}")
    got = {(cs.label(c.subject), c.hedged) for c in cs.claims
           if c.predicate == "increases_risk_of" and cs.label(c.object) == T}
    assert len(got) == 1
    assert next(iter(got))[1] is hedged


@pytest.mark.parametrize("sentence", [
    "Things that can make you more likely to get grebble fever include marsh work and "
    "being over 65.",
    "Things that make grebble fever more likely include marsh work.",
])
def test_things_that_make_it_more_likely(tmp_path: Path, sentence: str) -> None:
    assert ("marsh work", "increases_risk_of", T) in relations(tmp_path, sentence, "Causes")


def test_may_be_complicated_by(tmp_path: Path) -> None:
    got = relations(tmp_path, "Grebble fever may be complicated by kidney injury.",
                    "Complications")
    assert ("grebble fever", "has_complication", "kidney injury") in got


@pytest.mark.parametrize("sentence", [
    "Evaluation of lasting symptoms is complicated by repeat bites.",
    "Surgery can be complicated by bleeding.",
])
def test_something_else_complicated_is_no_complication(tmp_path: Path, sentence: str) -> None:
    got = relations(tmp_path, sentence, "Complications")
    assert not {x for x in got if x[1] == "has_complication"}


@pytest.mark.parametrize("sentence", [
    "Involvement of the heart may cause arrhythmias.",
    "Heart involvement can lead to arrhythmias.",
])
def test_what_its_involvement_of_a_part_causes(tmp_path: Path, sentence: str) -> None:
    got = relations(tmp_path, sentence, "Complications")
    assert (T, "has_complication", "arrhythmias") in got


@pytest.mark.parametrize("sentence", [
    "Patients are at risk of organ failure.",
    "People with grebble fever are at risk of organ failure.",
])
def test_patients_at_risk_of_a_harm(tmp_path: Path, sentence: str) -> None:
    got = relations(tmp_path, sentence, "Complications")
    assert (T, "has_complication", "organ failure") in got


def test_people_with_a_factor_at_risk_stay_a_factor(tmp_path: Path) -> None:
    got = relations(tmp_path, "People with a weak heart are at risk of grebble fever.",
                    "Risk factors")
    assert ("weak heart", "increases_risk_of", T) in got
    assert not {x for x in got if x[1] == "has_complication"}


@pytest.mark.parametrize("sentence", [
    "Poor prognostic factors include older age and delayed surgery.",
    "Adverse prognostic features are older age and delayed surgery.",
])
def test_prognostic_factors(tmp_path: Path, sentence: str) -> None:
    got = relations(tmp_path, sentence, "Outlook")
    assert {("older age", "increases_risk_of", "poor prognosis"),
            ("delayed surgery", "increases_risk_of", "poor prognosis")} <= got


@pytest.mark.parametrize(("sentence", "test"), [
    ("A scan of the chest is the imaging modality of choice.", "chest scan"),
    ("Ultrasound is the investigation of choice for diagnosing it.", "ultrasound"),
    ("A skin biopsy showing clumps of cells confirms the diagnosis.", "skin biopsy"),
])
def test_the_test_of_choice(tmp_path: Path, sentence: str, test: str) -> None:
    assert (T, "diagnosed_by", test) in relations(tmp_path, sentence, "Diagnosis")


def test_a_work_up_that_includes_tests(tmp_path: Path) -> None:
    got = relations(tmp_path, "Initial work-up should include a full blood count and a chest "
                              "X-ray.", "Evaluation")
    assert {(T, "diagnosed_by", "full blood count"),
            (T, "diagnosed_by", "chest x-ray")} <= {(a, b, c.lower()) for a, b, c in got}


def test_a_relative_clause_not_denies_nothing(tmp_path: Path) -> None:
    cs = page_claims(tmp_path, "Treatment\nPatients who do not respond may be treated with "
                               "zorbacillin.")
    got = [c for c in cs.claims if cs.label(c.subject) == "zorbacillin"]
    assert got
    assert not any(c.negated for c in got)


@pytest.mark.parametrize(("text", "negated"), [
    ("People who do not respond may be given zorbacillin", False),
    ("Children who don't get treatment can develop scars", False),
    ("Zorbacillin does not cure it", True),
    ("It cannot be cured", True),
])
def test_negation_cues_outside_relative_clauses(text: str, negated: bool) -> None:
    assert is_negated(text) is negated


def test_the_condition_as_a_pages_first_subject_is_not_its_topic(tmp_path: Path) -> None:
    """A page whose body never repeats its title, opening "The condition is ...": the title
    names the topic, and "the condition" is that topic."""
    page = tmp_path / "page.txt"
    page.write_text("Grebble fever\n\nRisk factors\n\nThe condition is more common in women.\n",
                    encoding="utf-8")
    cs, _, _ = extract_corpus([page], progress=False)
    assert {cs.label(c.object) for c in cs.claims if c.predicate == "increases_risk_of"} == {T}


def test_treated_in_hospital_with_remedies_after_a_contraction(tmp_path: Path) -> None:
    got = relations(tmp_path, "It's treated in hospital with zorbacillin and surgery to remove "
                              "dead tissue.", "Treatment")
    assert {("zorbacillin", "used_for", T), ("surgery", "used_for", T),
            ("hospital treatment", "used_for", T)} <= got
    assert not {x for x in got if "hospital with" in x[0]}


@pytest.mark.parametrize("sentence", [
    "In some people the condition becomes chronic and causes lung scarring.",
    "In rare cases the illness causes lung scarring.",
])
def test_who_it_happens_in_before_the_subject(tmp_path: Path, sentence: str) -> None:
    assert (T, "has_complication", "lung scarring") in relations(tmp_path, sentence,
                                                                 "Complications")


@pytest.mark.parametrize("sentence", [
    "Entry points include surgical wounds and insect bites.",
    "Common portals of entry are surgical wounds and insect bites.",
])
def test_ways_in_are_risk_factors(tmp_path: Path, sentence: str) -> None:
    got = relations(tmp_path, sentence, "Causes")
    assert {("surgical wounds", "increases_risk_of", T),
            ("insect bites", "increases_risk_of", T)} <= got


@pytest.mark.parametrize(("sentence", "factor"), [
    ("Recent childbirth and surgery are known predisposing events.", "recent childbirth"),
    ("Marsh work was a major risk factor in the past.", "marsh work"),
])
def test_predisposing_events_and_past_factors(tmp_path: Path, sentence: str,
                                              factor: str) -> None:
    assert (factor, "increases_risk_of", T) in relations(tmp_path, sentence, "Risk factors")


@pytest.mark.parametrize(("sentence", "claim"), [
    ("Zorbacillin is reserved for severe disease.", ("zorbacillin", "used_for", T)),
    ("Zorbacillin remains first-line therapy for symptomatic disease.",
     ("zorbacillin", "used_for", T)),
    ("Zorbacillin is useful for grebble fever.", ("zorbacillin", "effective_for", T)),
    ("Most people benefit from rest.", ("rest", "effective_for", T)),
])
def test_remedies_for_its_cases(tmp_path: Path, sentence: str,
                                claim: tuple[str, str, str]) -> None:
    assert claim in relations(tmp_path, sentence, "Treatment")


@pytest.mark.parametrize("sentence", [
    "Treatment is indicated for organ-threatening disease.",
    "Wound care and skin grafts follow once the infection is controlled.",
])
def test_when_care_is_given_names_no_remedy_or_risk(tmp_path: Path, sentence: str) -> None:
    got = relations(tmp_path, sentence, "Treatment")
    assert not {x for x in got if "indicated" in x[0] or "once" in x[0]
                or x[1] == "increases_risk_of"}


@pytest.mark.parametrize(("a", "b"), [
    ("lung scarring", "pulmonary fibrosis"), ("low platelets", "thrombocytopenia"),
    ("chest radiograph", "chest X-ray"), ("fluid resuscitation", "IV fluids"),
    ("inflamed joints", "arthritis"), ("final stages of kidney failure", "ESRD"),
    ("end-stage renal disease", "end-stage kidney disease"), ("fat under the skin", "fat tissue"),
    ("body pain", "muscle aches"), ("musculoskeletal pain", "body aches"),
    ("cerebrovascular accident", "stroke"), ("weak muscles", "muscle weakness"),
    ("loss of feeling", "numbness"), ("renal impairment", "kidney damage"),
])
def test_everyday_and_clinical_names_are_one_thing(a: str, b: str) -> None:
    assert lexicon_group(label_key(a)) is not None
    assert lexicon_group(label_key(a)) == lexicon_group(label_key(b))


def test_confused_with_is_a_look_alike_not_confusion(tmp_path: Path) -> None:
    got = relations(tmp_path, "It can be confused with other causes of fever in children.",
                    "Symptoms")
    assert not {x for x in got if x[2] == "confusion"}
    assert (T, "has_symptom", "confusion") in relations(tmp_path, "You may feel confused.",
                                                         "Symptoms")


def test_proposed_mechanisms_play_a_part_hedged(tmp_path: Path) -> None:
    cs = page_claims(tmp_path, "Causes\nThe cause is unknown, but several mechanisms have been "
                               "proposed, including a faulty gene and ongoing infection.")
    got = {(cs.label(c.subject), c.predicate, cs.label(c.object), c.hedged) for c in cs.claims
           if c.object is not None}
    assert {("faulty gene", "contributes_to", T, True),
            ("ongoing infection", "contributes_to", T, True)} <= got


def test_proposed_causes_of_something_else_are_not_the_topics(tmp_path: Path) -> None:
    got = relations(tmp_path, "The cause of these lasting symptoms is unknown, but several "
                              "mechanisms have been proposed, including a faulty gene.", "Causes")
    assert not {x for x in got if x[1] == "contributes_to"}


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Grebble fever can affect quality of life.", T),
    ("The lasting pain can seriously affect your quality of life and sleep.", "lasting pain"),
])
def test_quality_of_life(tmp_path: Path, sentence: str, subject: str) -> None:
    got = relations(tmp_path, sentence, "Complications")
    assert (subject, "has_complication", "reduced quality of life") in got
    assert not {x for x in got if x[2] == "sleep"}


def test_a_family_history_is_a_risk_factor_not_a_sign(tmp_path: Path) -> None:
    got = relations(tmp_path, "Those affected often have a family history of the condition.",
                    "About")
    assert ("family history", "increases_risk_of", T) in got
    assert not {x for x in got if x[1] == "has_symptom"}


def test_a_diagnosis_supported_by_a_test(tmp_path: Path) -> None:
    got = relations(tmp_path, "The diagnosis is supported by a positive culture.", "Diagnosis")
    assert (T, "diagnosed_by", "positive culture") in got


@pytest.mark.parametrize(("sentence", "process", "hedged"), [
    ("The underlying mechanism involves the production of toxins by germs.", "toxin production",
     False),
    ("Its pathogenesis is thought to involve an immune reaction.", "immune reaction", True),
])
def test_the_mechanism_involves(tmp_path: Path, sentence: str, process: str,
                                hedged: bool) -> None:
    cs = page_claims(tmp_path, f"Overview\n{sentence}")
    got = {(cs.label(c.object), c.hedged) for c in cs.claims if c.predicate == "involves"}
    assert (process, hedged) in got


def test_avoiding_triggers_such_as_x(tmp_path: Path) -> None:
    got = relations(tmp_path, "Avoiding triggers such as dust may help prevent flares.",
                    "Prevention")
    assert ("dust avoidance", "prevents", T) in got
    assert not {x for x in got if x[1] == "causes"}


def test_helps_stop_the_spread_of_infection(tmp_path: Path) -> None:
    got = relations(tmp_path, "Good hand hygiene helps stop the spread of infection.",
                    "Prevention")
    assert ("good hand hygiene", "prevents", T) in got


@pytest.mark.parametrize(("sentence", "act"), [
    ("It is important to avoid sharing towels.", "sharing towel avoidance"),
    ("Make sure you clean any cuts.", "wound cleaning"),
])
def test_a_command_after_a_frame(tmp_path: Path, sentence: str, act: str) -> None:
    assert (act, "prevents", T) in relations(tmp_path, sentence, "Prevention")


def test_a_test_that_identifies_people(tmp_path: Path) -> None:
    got = relations(tmp_path, "A blood score can help identify patients at risk.", "Diagnosis")
    assert (T, "diagnosed_by", "blood score") in got
    assert not {x for x in got if "patients" in x[2]}


def test_signs_of_it_getting_worse(tmp_path: Path) -> None:
    got = relations(tmp_path, "Signs that the infection is getting worse include blisters and "
                              "blackened skin.", "Symptoms")
    assert {(T, "has_symptom", "blisters"), (T, "has_symptom", "blackened skin")} <= got


def test_signs_like_flu_listed_after_a_colon(tmp_path: Path) -> None:
    got = relations(tmp_path, "Early signs are similar to flu: fever, aches and chills.",
                    "Symptoms")
    assert {(T, "has_symptom", "aches"), (T, "has_symptom", "chills"),
            (T, "resembles", "flu")} <= got
    assert not {x for x in got if x[1] == "resembles" and x[2] != "flu"}


@pytest.mark.parametrize(("sentence", "sign"), [
    ("Crepitus may be felt in the later stages.", "crepitus"),
    ("Tender nodules are a common finding.", "tender nodules"),
])
def test_signs_felt_or_found(tmp_path: Path, sentence: str, sign: str) -> None:
    assert (T, "has_symptom", sign) in relations(tmp_path, sentence, "Clinical features")


def test_a_normal_test_result_is_no_sign(tmp_path: Path) -> None:
    got = relations(tmp_path, "A normal chest X-ray is a common finding.", "Clinical features")
    assert not {x for x in got if x[1] == "has_symptom"}


@pytest.mark.parametrize(("sentence", "negated", "hedged"), [
    ("Diet may play a role.", False, True),
    ("Diet does not play a role.", True, False),
    ("There is no evidence that diet plays a role.", True, False),
])
def test_a_part_played_or_denied(tmp_path: Path, sentence: str, negated: bool,
                                 hedged: bool) -> None:
    cs = page_claims(tmp_path, f"Causes\n{sentence}")
    got = {(c.negated, c.hedged) for c in cs.claims
           if cs.label(c.subject) == "diet" and c.predicate == "contributes_to"}
    assert got == {(negated, hedged)}


def test_a_link_with_a_factor(tmp_path: Path) -> None:
    cs = page_claims(tmp_path, "Causes\nSome studies suggest a link with air pollution.")
    got = {(cs.label(c.subject), c.predicate, cs.label(c.object), c.hedged)
           for c in cs.claims if c.object is not None}
    assert ("air pollution", "associated_with", T, True) in got


def test_no_link_with_vaccines_denies_no_vaccine(tmp_path: Path) -> None:
    got = relations(tmp_path, "There is no link between vaccines and grebble fever.", "Causes")
    assert not {x for x in got if x[1] == "prevents"}


@pytest.mark.parametrize(("heading", "sentence", "claim"), [
    ("Complications", "Scarring is uncommon.", (T, "has_complication", "scarring")),
    ("Symptoms", "Itching is common.", (T, "has_symptom", "itching")),
])
def test_how_common_a_sign_or_harm_is(tmp_path: Path, heading: str, sentence: str,
                                      claim: tuple[str, str, str]) -> None:
    assert claim in relations(tmp_path, sentence, heading)


@pytest.mark.parametrize(("heading", "sentence"), [
    ("Causes", "Marsh midges are common."), ("About", "Scarring is uncommon."),
])
def test_how_common_says_nothing_elsewhere(tmp_path: Path, heading: str, sentence: str) -> None:
    got = relations(tmp_path, sentence, heading)
    assert not {x for x in got if x[1] in ("has_symptom", "has_complication")}


@pytest.mark.parametrize(("heading", "sentence", "claims"), [
    ("History", "Common complaints include dry cough and fatigue.",
     {(T, "has_symptom", "dry cough"), (T, "has_symptom", "fatigue")}),
    ("Examination", "Physical findings may include wheezing and swollen glands.",
     {(T, "has_symptom", "wheezing")}),
    ("Procedures", "A lung biopsy is the procedure of choice for tissue diagnosis.",
     {(T, "diagnosed_by", "lung biopsy")}),
    ("Medical care", "Zorbacillin is the most commonly used steroid-sparing agent.",
     {("zorbacillin", "used_for", T)}),
])
def test_clinical_review_wordings(tmp_path: Path, heading: str, sentence: str,
                                  claims: set[tuple[str, str, str]]) -> None:
    assert claims <= relations(tmp_path, sentence, heading)


def test_findings_that_are_a_consequence_list_nothing(tmp_path: Path) -> None:
    got = relations(tmp_path, "Clinical findings are a consequence of the swelling.", "History")
    assert not {x for x in got if "consequence" in x[2]}


def test_a_diagnosis_only_confirmed_by_a_test(tmp_path: Path) -> None:
    got = relations(tmp_path, "The diagnosis can only be confirmed by a biopsy.", "Diagnosis")
    assert (T, "diagnosed_by", "biopsy") in got


def test_where_it_causes_signs(tmp_path: Path) -> None:
    """"The germ reaches the chest, where it causes a rash": "it" is what the
    sentence is about, not the place."""
    got = relations(tmp_path, "Once awake, the germ moves down a nerve to the chest, where it "
                              "then causes pain and a rash.", "Causes")
    assert {(T, "has_symptom", "pain"), (T, "has_symptom", "rash")} <= got


@pytest.mark.parametrize(("phrase", "name"), [
    ("less often weakness", "weakness"), ("occasionally a rash", "rash"),
    ("more rarely, weakness", "weakness"),
])
def test_how_often_before_a_name_is_no_part_of_it(phrase: str, name: str) -> None:
    from claimgraph.ingest.phrases import clean_phrase
    assert clean_phrase(phrase) == name


def test_in_pain_after_another_state(tmp_path: Path) -> None:
    got = relations(tmp_path, "The baby may be irritable and in a lot of pain for days.",
                    "Symptoms")
    assert {(T, "has_symptom", "irritability"), (T, "has_symptom", "pain")} <= got


def test_signs_like_flu_are_flu_like_symptoms(tmp_path: Path) -> None:
    got = relations(tmp_path, "Early symptoms are like those of flu.", "Symptoms")
    assert (T, "has_symptom", "flu-like symptoms") in got


@pytest.mark.parametrize(("sentence", "sign"), [
    ("The throat may be red, but pus is not present.", "pus"),
    ("Blistering does not occur.", "blistering"),
    ("Fever is usually absent.", "fever"),
])
def test_a_sign_said_to_be_absent_is_denied(tmp_path: Path, sentence: str, sign: str) -> None:
    cs = page_claims(tmp_path, f"Symptoms\n{sentence}")
    got = {(c.negated) for c in cs.claims if c.predicate == "has_symptom"
           and cs.label(c.object) == sign}
    assert got == {True}


@pytest.mark.parametrize("sentence", ["A vaccine is not available.",
                                      "The germ is not present in pond water."])
def test_something_else_absent_is_no_sign(tmp_path: Path, sentence: str) -> None:
    got = relations(tmp_path, sentence, "Causes")
    assert not {x for x in got if x[1] == "has_symptom"}


@pytest.mark.parametrize(("sentence", "care"), [
    ("Resting can help.", {"rest"}),
    ("Resting and drinking plenty of fluids can help you feel better.", {"rest", "fluids"}),
    ("Taking zorbacillin can help.", {"zorbacillin"}),
])
def test_care_named_by_a_gerund_helps(tmp_path: Path, sentence: str, care: set[str]) -> None:
    got = {s for s, pred, o in relations(tmp_path, sentence, "Treatment")
           if pred == "effective_for" and o == T}
    assert got == care


def test_a_gerund_that_names_no_care_helps_nothing(tmp_path: Path) -> None:
    got = relations(tmp_path, "Ensuring the right levels of salts can help.", "Treatment")
    assert not {x for x in got if x[1] == "effective_for"}


@pytest.mark.parametrize(("sentence", "target"), [
    ("Zorbacillin works by killing the germ.", "germ"),
    ("Zorbacillin helps by reducing swelling.", "swelling"),
])
def test_what_a_remedy_works_on(tmp_path: Path, sentence: str, target: str) -> None:
    assert ("zorbacillin", "targets", target) in relations(tmp_path, sentence, "Treatment")


@pytest.mark.parametrize(("sentence", "harm"), [
    ("Without treatment, it can damage the heart valves.", "heart valve damage"),
    ("Repeated episodes can damage the joints over time.", "joint damage"),
    ("Grebble fever can leave you feeling very tired for months.", "tiredness"),
    ("Serious complications are rare but can include meningitis.", "meningitis"),
    ("It can sometimes lead to problems with your eyesight.", "eyesight problems"),
])
def test_harms_in_lay_words(tmp_path: Path, sentence: str, harm: str) -> None:
    assert (T, "has_complication", harm) in relations(tmp_path, sentence, "Complications")


@pytest.mark.parametrize("sentence", [
    "Marsh work doubles the risk.",
    "Marsh work increases the risk by about 50%.",
    "Your risk increases if you have marsh work as a job.",
])
def test_risk_raised_by_how_much_or_if(tmp_path: Path, sentence: str) -> None:
    got = relations(tmp_path, sentence, "Risk factors")
    assert {x[0] for x in got if x[1] == "increases_risk_of" and x[2] == T} & {
        "marsh work", "marsh work as a job"}


@pytest.mark.parametrize(("sentence", "cause", "hedged"), [
    # (Session 28: "... when the immune system overreacts" says how it works, and names no
    # cause; the view held is tried on a germ instead.)
    ("Experts think it happens when a germ gets into the skin.", "germ", True),
    ("Doctors believe it is caused by a virus.", "virus", True),
    ("Scientists suspect that a germ triggers it.", "germ", True),
    ("It is caused by a virus, although this has not been proven.", "virus", True),
    ("Most experts agree that it is caused by a virus.", "virus", False),
    ("It is generally accepted that the germ causes it.", "germ", False),
    ("A virus is the probable cause.", "virus", True),
])
def test_views_held_and_doubts_cast(tmp_path: Path, sentence: str, cause: str,
                                    hedged: bool) -> None:
    cs = page_claims(tmp_path, f"Causes\n{sentence}")
    got = {c.hedged for c in cs.claims if c.predicate == "causes"
           and cs.label(c.subject) == cause and cs.label(c.object) == T}
    assert got == {hedged}


def test_a_short_sentence_under_a_question_is_no_list_name(tmp_path: Path) -> None:
    """"Who gets it?" then "Most cases follow minor injuries.": a claim, not a name."""
    got = relations(tmp_path, "Most cases follow minor injuries.", "Who gets it?")
    assert ("minor injuries", "increases_risk_of", T) in got
    assert not {x for x in got if "cases" in x[0]}


@pytest.mark.parametrize(("sentence", "claim"), [
    ("The prognosis is worse in older people.", ("older age", "increases_risk_of",
                                                  "poor prognosis")),
    ("People with a weak heart tend to have a poorer outcome.",
     ("weak heart", "increases_risk_of", "poor prognosis")),
    ("Delayed surgery is associated with a worse outcome.",
     ("delayed surgery", "increases_risk_of", "poor prognosis")),
    ("Younger patients usually recover faster.", ("young age", "associated_with",
                                                  "faster recovery")),
    ("Recovery is slower in people with a weak heart.", ("weak heart", "increases_risk_of",
                                                         "slower recovery")),
    ("Early treatment improves the outcome.", ("early treatment", "effective_for", T)),
])
def test_who_does_better_or_worse(tmp_path: Path, sentence: str,
                                  claim: tuple[str, str, str]) -> None:
    assert claim in relations(tmp_path, sentence, "Outlook")


@pytest.mark.parametrize("sentence", [
    "Recurrence is more common in people with a weak heart.",
    "People with a weak heart are more likely to have it again.",
])
def test_a_factor_of_its_coming_back(tmp_path: Path, sentence: str) -> None:
    got = relations(tmp_path, sentence, "Outlook")
    assert ("weak heart", "increases_risk_of", f"{T} recurrence") in got
    assert ("weak heart", "increases_risk_of", T) not in got
