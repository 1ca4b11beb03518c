"""Readings mended in session 53, written as sentences of our own about a made-up illness:
figures in a clinician's shorthand and the people they are about."""

from __future__ import annotations

from pathlib import Path

import pytest

from .grebble_pages import figures, page_claims, text_relations

T = "grebble fever"


@pytest.mark.parametrize("body", [
    "Peak incidence 20-40 yrs.",
    "Peak onset: 20-40 years.",
    "Peak age of onset is 20 to 40 years.",
])
def test_a_peak_in_years_is_an_age(tmp_path: Path, body: str) -> None:
    """A peak written in a note's shorthand is the ages the illness peaks at; it was read as
    a period lasting 20 to 40 years of something called "peak"."""
    assert figures(tmp_path, body, "Epidemiology") == {(T, "age", None, 20.0, 40.0)}


def test_a_peak_in_hours_stays_a_period(tmp_path: Path) -> None:
    """How long until a sign peaks is a period, not an age."""
    kinds = {k for _, k, *_ in figures(tmp_path, "Pain peaks at 48 to 72 hours.", "Symptoms")}
    assert "age" not in kinds, kinds


def measures(tmp_path: Path, body: str, heading: str) -> list[tuple[str, str | None]]:
    """Return (kind, horizon) of every figure the page gives."""
    cs = page_claims(tmp_path, f"{heading}\n{body}")
    return [(c.measure.kind, c.measure.horizon) for c in cs.claims if c.measure is not None]


@pytest.mark.parametrize(("body", "horizon"), [
    ("Death within 48 hours occurs in half of untreated patients.", "P2D"),
    ("Death within a week occurs in 20% of people.", "P1W"),
])
def test_an_outcome_within_a_period_is_a_death_rate_over_it(tmp_path: Path, body: str,
                                                            horizon: str) -> None:
    """"Death within 48 hours occurs in half" is a death rate over two days; the hours were
    no period at all, and the rate was how often a thing called "death" came."""
    assert measures(tmp_path, body, "Outlook") == [("mortality", horizon)]


def test_an_outcome_within_hours_not_whole_days_has_no_horizon(tmp_path: Path) -> None:
    """Six hours is no whole number of days: the rate is kept, its period not guessed."""
    assert measures(tmp_path, "Death within 6 hours occurs in 20% of people.", "Outlook") == [
        ("mortality", None)]


@pytest.mark.parametrize("body", [
    "Most common in young adults (20-40 yrs).",
    "Most common in adults (20 to 40 years).",
])
def test_ages_in_a_bracket_after_a_group_are_an_age_span(tmp_path: Path, body: str) -> None:
    """The ages in a bracket after the people they are are an age span; none was read."""
    assert (T, "age", None, 20.0, 40.0) in figures(tmp_path, body, "Epidemiology")


def test_shares_in_a_bracket_after_a_group_are_no_ages(tmp_path: Path) -> None:
    """Per cents in that bracket are no ages."""
    kinds = {k for _, k, *_ in figures(tmp_path, "It affects adults (30%-40%).", "Epidemiology")}
    assert "age" not in kinds, kinds


def said(tmp_path: Path, body: str, heading: str) -> set[tuple[str, str, str, bool]]:
    """Return (subject, predicate, object, denied) of every relation the page gives."""
    cs = page_claims(tmp_path, f"{heading}\n{body}")
    return {(cs.label(c.subject), c.predicate, cs.label(c.object), c.negated)
            for c in cs.claims if c.object is not None}


@pytest.mark.parametrize(("body", "means"), [
    ("It is usually diagnosed from the history and examination.",
     {"medical history", "physical examination"}),
    ("It is diagnosed on the basis of the symptoms.", {"symptom review"}),
    ("Grebble fever is usually diagnosed from its symptoms.", {"symptom review"}),
    ("Diagnosis is based on a clinical examination and blood tests.",
     {"physical examination", "blood tests"}),
])
def test_what_a_diagnosis_is_made_from_are_its_means(tmp_path: Path, body: str,
                                                     means: set[str]) -> None:
    """"Diagnosed from" and "on the basis of" name the means as "by" does (nothing was
    read); the history and a bare examination are the history taken and the doctor's
    examination, each named once ("history" and "medical history" were two)."""
    assert said(tmp_path, body, "Diagnosis") == {(T, "diagnosed_by", m, False) for m in means}


@pytest.mark.parametrize(("body", "test"), [
    ("The toxin can be detected in blood samples.", "blood test"),
    ("The virus can be found in a sample of spinal fluid.", "spinal fluid test"),
    ("The bacteria are usually identified in tissue samples.", "tissue biopsy"),
    ("Antibodies can be detected in the blood.", "antibody test"),
    ("Doctors check the blood for signs of infection.", "blood test"),
    ("Cultures from the wound should be taken before antibiotics are started.",
     "wound culture"),
    ("A swab of the throat may be taken.", "throat swab"),
])
def test_a_sample_something_is_found_in_names_the_test(tmp_path: Path, body: str,
                                                       test: str) -> None:
    """What the germ, its toxin or antibodies are found in is the sample a test reads
    (nothing was read); checking the blood is a blood test, not a physical examination;
    a culture or swab from a place is named by the place, and is no remedy."""
    got = said(tmp_path, body, "Diagnosis")
    assert {(s, p, o) for s, p, o, _ in got} == {(T, "diagnosed_by", test)}


def test_a_germ_found_in_a_fluid_outside_a_diagnosis_section_names_no_test(
        tmp_path: Path) -> None:
    """Outside a diagnosis section "found in saliva" says how it spreads, not a test."""
    got = said(tmp_path, "The virus can be found in saliva.", "Causes")
    assert not {x for x in got if x[1] == "diagnosed_by"}, got


@pytest.mark.parametrize("body", [
    "Washing your hands often is the best way to avoid catching it.",
    "Washing your hands often is the best way to avoid getting grebble fever.",
])
def test_the_best_way_to_avoid_catching_it_prevents_it(tmp_path: Path, body: str) -> None:
    """"The best way to avoid catching it" is the way to prevent it; nothing was read."""
    assert said(tmp_path, body, "Prevention") == {("washing hands", "prevents", T, False)}


@pytest.mark.parametrize(("body", "things"), [
    ("Do not share razors or towels.", {"razor", "towel"}),
    ("Don't share cups, cutlery or towels.", {"cup", "cutlery", "towel"}),
])
def test_a_denied_command_on_a_list_avoids_each(tmp_path: Path, body: str,
                                                things: set[str]) -> None:
    """Not sharing any of the things listed is an avoidance of sharing each, as "Avoid
    sharing A or B" reads; the list was one name, or cut after its first member."""
    assert said(tmp_path, body, "Prevention") == {
        (f"sharing {x} avoidance", "prevents", T, False) for x in things}


@pytest.mark.parametrize(("body", "care"), [
    ("In severe cases, a lung transplant may be considered.", "lung transplant"),
    ("If symptoms persist, surgery may be considered.", "surgery"),
    ("Occasionally, surgery may be considered.", "surgery"),
])
def test_care_considered_after_a_lead_clause_is_care(tmp_path: Path, body: str,
                                                     care: str) -> None:
    """Care "considered" after a clause saying when is care, hedged as without the clause;
    the lead clause hid it."""
    cs = page_claims(tmp_path, f"Treatment\n{body}")
    got = {(cs.label(c.subject), c.predicate, cs.label(c.object), c.hedged)
           for c in cs.claims if c.object is not None}
    assert got == {(care, "used_for", T, True)}


@pytest.mark.parametrize(("body", "cares"), [
    ("It usually clears up with antibiotics.", {"antibiotics"}),
    ("Most cases settle with rest and painkillers.", {"rest", "painkillers"}),
])
def test_what_it_clears_up_with_works(tmp_path: Path, body: str, cares: set[str]) -> None:
    """Clearing up or settling with care is getting better with it; the care was not read
    (or only the one a list of care names)."""
    got = said(tmp_path, body, "Treatment")
    assert {(s, o) for s, p, o, _ in got if p == "effective_for"} == {(c, T) for c in cares}


@pytest.mark.parametrize("body", ["It usually settles with time.",
                                  "Most people get better with time."])
def test_getting_better_with_time_names_no_care(tmp_path: Path, body: str) -> None:
    """Time is when it gets better, no care that works ("time" was read as one)."""
    assert said(tmp_path, body, "Treatment") == set()


@pytest.mark.parametrize(("body", "factors"), [
    ("Working with animals or soil puts you at risk.",
     {"working with animals", "working with soil"}),
    ("Contact with animals or soil raises the risk.",
     {"contact with animals", "contact with soil"}),
    ("Eating raw meat or fish raises the risk.", {"eating raw meat", "eating fish"}),
])
def test_an_act_on_a_list_of_things_is_an_act_on_each(tmp_path: Path, body: str,
                                                       factors: set[str]) -> None:
    """A bare thing after "working with A or" is worked with too; "soil" and "fish" were
    read as risks of their own."""
    got = said(tmp_path, body, "Risk factors")
    assert {s for s, p, o, _ in got if p == "increases_risk_of" and o == T} == factors


def test_a_gerund_member_keeps_its_own_act(tmp_path: Path) -> None:
    """"Drinking alcohol or smoking": smoking is an act of its own."""
    got = said(tmp_path, "Drinking alcohol or smoking raises the risk.", "Risk factors")
    assert {s for s, p, o, _ in got if p == "increases_risk_of"} == {"drinking alcohol",
                                                                       "smoking"}


def test_a_cause_said_unknown_before_but_is_no_cause(tmp_path: Path) -> None:
    """"The exact cause is unknown, but genes seem to play a part": the genes play a part;
    "exact cause" was read as a thing that contributes."""
    got = said(tmp_path, "The exact cause is unknown, but genes and the environment both seem "
                         "to play a part.", "Causes")
    assert not {x for x in got if "cause" in x[0]}, got
    assert ("genes", "contributes_to", T, False) in got


@pytest.mark.parametrize(("body", "sign"), [
    ("Skin on the fingers and toes may start to peel after a week.", "peeling skin"),
    ("The lips may crack.", "lip cracking"),
])
def test_a_part_that_starts_to_peel_or_cracks_is_a_sign(tmp_path: Path, body: str,
                                                        sign: str) -> None:
    """A part that "starts to peel" peels, wherever on it; a part that cracks is cracking,
    as "the lips may be cracked" names it (neither was read)."""
    got = said(tmp_path, body, "Symptoms")
    assert {o for s, p, o, _ in got if p == "has_symptom"} == {sign}


def test_an_organ_before_a_failure_of_a_faculty_fails_too(tmp_path: Path) -> None:
    """"Heart or breathing failure": the heart fails as well; "heart" alone was lost."""
    got = said(tmp_path, "Death is usually due to heart or breathing failure.", "Outlook")
    assert {o for s, p, o, _ in got if p == "has_complication"} == {"heart failure",
                                                                     "breathing failure"}


def test_an_organ_involved_that_worsens_the_outlook_is_its_involvement(tmp_path: Path) -> None:
    """"The prognosis is poor when the heart is involved": heart involvement foretells it
    (the heart itself was the risk)."""
    got = said(tmp_path, "The prognosis is poor when the heart is involved.", "Outlook")
    assert got == {("heart involvement", "increases_risk_of", "poor prognosis", False)}



@pytest.mark.parametrize("body", ["Steroids are no longer recommended.",
                                  "Steroids are no longer used."])
def test_care_no_longer_recommended_is_denied(tmp_path: Path, body: str) -> None:
    """Care "no longer recommended" is not used now: a denial (nothing was read)."""
    assert said(tmp_path, body, "Treatment") == {("steroids", "used_for", T, True)}


@pytest.mark.parametrize(("body", "factor"), [
    ("Being male is a risk factor.", "male sex"),
    ("Being a woman increases the risk.", "female sex"),
    ("The risk rises sharply after the age of 50.", "older age"),
    ("Risk goes up after the age of 50.", "older age"),
    ("It almost always affects children under 5.", "young age"),
])
def test_sex_and_age_said_another_way_are_risk_factors(tmp_path: Path, body: str,
                                                       factor: str) -> None:
    """A sex named by "male" or "a woman" is that sex, as "men" and "women" are ("male"
    and "woman" were factors of their own); a risk rising after an age is older age, and a
    group it almost always affects is at risk (neither was read)."""
    got = said(tmp_path, body, "Risk factors")
    assert {s for s, p, o, _ in got if p == "increases_risk_of" and o == T} == {factor}


def test_a_patch_of_skin_in_two_states_is_each_state(tmp_path: Path) -> None:
    """"A patch of red, swollen skin": red skin and swollen skin ("patch of red" was a sign
    of its own)."""
    got = said(tmp_path, "The first sign is a patch of red, swollen skin.", "Symptoms")
    assert {o for s, p, o, _ in got if p == "has_symptom"} == {"red skin", "swollen skin"}


@pytest.mark.parametrize(("body", "ways"), [
    ("It spreads from person to person through coughs and sneezes.", {"coughs", "sneezes"}),
    ("The main source of infection is undercooked pork.", {"undercooked pork"}),
    ("Sources of infection include raw milk and soil.", {"raw milk", "soil"}),
    ("It is carried by rats and spread through their urine.", {"rats", "urine"}),
])
def test_ways_it_is_caught_are_risks(tmp_path: Path, body: str, ways: set[str]) -> None:
    """What it spreads through "from person to person" and its named sources are ways of
    catching it (neither was read); "spread through their urine" is no thing of its own."""
    got = said(tmp_path, body, "Causes")
    assert {s for s, p, o, _ in got if p == "increases_risk_of" and o == T} == ways


NOTES = """Varrow fever

Varrow fever: acute gut infection caused by a waterborne bacterium.

Presentation
Watery diarrhoea, cramps.
Eyes: dryness, redness.
Associations: travel, poor sanitation.

Investigations
Bloods: raised urea, low potassium.

Management
First line: oral rehydration salts.
Second line: ciprofloxacin or azithromycin.
Severe disease: intravenous fluids.
"""


def test_a_clinicians_labelled_lines_are_read_by_their_labels(tmp_path: Path) -> None:
    """A note's "Label: items" lines: the topic's definition after its name, a part's own
    states, what goes with it (not signs), tests named by their results, and care after
    "First line:", "Second line:" and "Severe disease:" (the labels were read as care, the
    results as tests named "raised urea", the definition as a germ causing "acute gut
    infection")."""
    got = text_relations(tmp_path, NOTES)
    v = "varrow fever"
    assert {("waterborne bacterium", "causes", v), (v, "has_symptom", "eye dryness"),
            (v, "has_symptom", "eye redness"), ("travel", "increases_risk_of", v),
            ("poor sanitation", "increases_risk_of", v), (v, "diagnosed_by", "urea test"),
            (v, "diagnosed_by", "potassium test"), ("oral rehydration salts", "used_for", v),
            ("ciprofloxacin", "used_for", v), ("azithromycin", "used_for", v),
            ("intravenous fluids", "used_for", v)} <= got
    assert not {x for x in got if x[0] in ("first line", "second line") or x[2] in (
        "travel", "associations", "acute gut infection", "raised urea")}, got


FACT_BOX = """Pell fever

At a glance
Cause: a virus spread by sandflies
Who is at risk: travellers to rural areas
Who gets it: mostly children under 5
At risk: older adults and pregnant women
"""


def test_a_fact_boxs_who_is_at_risk_names_the_factors(tmp_path: Path) -> None:
    """"Who is at risk: X" names the people at risk, read as the factor their words give
    (nothing was read)."""
    got = text_relations(tmp_path, FACT_BOX)
    assert {s for s, p, o in got if p == "increases_risk_of" and o == "pell fever"} == {
        "travel to rural areas", "young age", "older age", "pregnancy"}


@pytest.mark.parametrize("body", ["Incubation: 3 to 7 days.", "Incubation 3-7 days.",
                                  "Incubation period 3-7 days."])
def test_a_notes_incubation_label_names_the_period(tmp_path: Path, body: str) -> None:
    """A note's "Incubation: 3 to 7 days" is the incubation period's length, as "The
    incubation period is 3 to 7 days" reads (it was the illness's own length)."""
    assert figures(tmp_path, body, "Symptoms") == {
        ("incubation period", "duration", None, 3.0, 7.0)}


def test_an_answers_yes_leads_the_advice_after_it(tmp_path: Path) -> None:
    """An answer's "Yes:" opens the commands after it (the first was lost), and a second
    command after a comma is no thing avoided ("avoiding swimming boil drinking water"); the
    avoidance is named as the command without "Yes" names it."""
    got = said(tmp_path, "Yes: avoid swimming in lakes, and boil drinking water.", "Prevention")
    assert {s for s, p, o, _ in got if p == "prevents"} == {"swimming avoidance",
                                                             "boiling drinking water"}


def test_a_bare_gerund_before_one_with_a_place_shares_it(tmp_path: Path) -> None:
    """"Swimming or wading in lakes": swimming in lakes (bare "swimming" was the risk)."""
    got = said(tmp_path, "Swimming or wading in lakes raises the risk.", "Risk factors")
    assert {s for s, p, o, _ in got if p == "increases_risk_of"} == {"swimming in lakes",
                                                                      "wading in lakes"}


def test_when_a_sign_comes_said_in_words_is_no_part_of_its_name(tmp_path: Path) -> None:
    """"a mild temperature a few days before the rash": the temperature (the time said in
    words stayed in the name; in figures it was cut before)."""
    got = said(tmp_path, "Some children have a mild temperature a few days before the rash.",
               "Symptoms")
    assert {o for s, p, o, _ in got if p == "has_symptom"} == {"mild temperature"}


@pytest.mark.parametrize(("body", "process"), [
    ("The protein builds up in the liver, which can lead to scarring.", "protein build-up"),
    ("Fluid builds up in the lungs.", "fluid build-up"),
])
def test_a_substance_building_up_is_its_build_up(tmp_path: Path, body: str,
                                                 process: str) -> None:
    """What builds up inside is its build-up ("protein" alone was how it works)."""
    got = said(tmp_path, body, "Causes")
    assert {o for s, p, o, _ in got if p == "involves"} == {process}


def test_relatives_to_be_tested_are_no_test(tmp_path: Path) -> None:
    """"Brothers and sisters of someone with it should be tested": who is tested, no test
    (they were read as a test named "brothers")."""
    got = said(tmp_path, "Brothers and sisters of someone with the condition should also be "
                         "tested.", "Diagnosis")
    assert not {x for x in got if x[1] == "diagnosed_by"}, got


NEWS = """Cases of tarn fever rise

Tarn fever is spread by the bite of an infected tick and causes fever and muscle aches.

"Most people recover completely with a short course of antibiotics," said Dr Ana Morel, \
a consultant at the regional hospital.
"""


def test_a_news_reports_readings(tmp_path: Path) -> None:
    """A news report's sentences: the way it spreads ends at the next verb ("muscle aches"
    were a way of catching it, "and" a biting animal); the care people recover with is
    named without its course; who said a quotation names no care ("consultant at the
    regional hospital" worked for it)."""
    got = text_relations(tmp_path, NEWS)
    t = "tarn fever"
    assert {("tick bite", "increases_risk_of", t), (t, "has_symptom", "fever"),
            (t, "has_symptom", "muscle aches"), ("antibiotics", "effective_for", t)} <= got
    assert not {x for x in got if x[0] in ("muscle aches", "and bite", "fever")
                or "consultant" in x[0] or "course" in x[0]}, got


@pytest.mark.parametrize(("body", "heading", "claim"), [
    ("I was given antibiotics.", "Treatment", ("antibiotics", "used_for", T)),
    ("My specialist started me on a drug called vornatib.", "Treatment",
     ("vornatib", "used_for", T)),
    ("My GP ran a blood test.", "Diagnosis", (T, "diagnosed_by", "blood test")),
    ("I had a terrible headache and a stiff neck.", "Symptoms",
     (T, "has_symptom", "stiff neck")),
    ("I felt exhausted all the time.", "Symptoms", (T, "has_symptom", "exhaustion")),
])
def test_a_patients_own_words_are_read_as_a_page_says_them(
        tmp_path: Path, body: str, heading: str, claim: tuple[str, str, str]) -> None:
    """A patient's story in the first person ("I was given X", "My GP ran a test", "I had
    X") says what pages say of anyone; nothing was read, or the line was a sign named "i
    felt exhausted all the time"."""
    got = said(tmp_path, body, heading)
    assert (*claim, False) in {(s, p, o, n) for s, p, o, n in got}, got
    assert not {x for x in got if x[0].startswith(("i ", "my ")) or x[2].startswith(
        ("i ", "my ")) or "all the time" in x[2]}, got


def test_a_doctor_writing_in_the_first_person_is_left_as_written() -> None:
    """Only the openings of a patient's story are rewritten."""
    from claimgraph.ingest.first_person import first_person
    assert first_person("I recommend rest.") == "I recommend rest."


@pytest.mark.parametrize("body", ["Management focuses on physiotherapy.",
                                  "Care is centred on physiotherapy.",
                                  "The mainstay of management is physiotherapy."])
def test_what_care_focuses_on_is_the_care(tmp_path: Path, body: str) -> None:
    """What management focuses on, or its mainstay named after it, is care (the sentence
    was read as care named "management focuses on physiotherapy", or not at all)."""
    got = said(tmp_path, body, "Management")
    assert {(s, p, o) for s, p, o, _ in got} == {("physiotherapy", "used_for", T)}


def test_a_score_among_the_criteria_is_a_test_not_a_sign(tmp_path: Path) -> None:
    """"Based on clinical criteria, including the Beighton score": the score is a means of
    diagnosis, no sign."""
    got = said(tmp_path, "Diagnosis is based on clinical criteria, including the Beighton "
                         "score.", "Diagnosis")
    assert (T, "diagnosed_by", "beighton score", False) in got
    assert not {x for x in got if x[1] == "has_symptom"}, got


@pytest.mark.parametrize(("body", "sign"), [
    ("The skin may be thin and fragile.", "skin fragility"),
    ("The skin becomes scaly.", "skin scaling"),
    ("The lips may be cracked.", "lip cracking"),
])
def test_more_states_of_a_part_are_signs(tmp_path: Path, body: str, sign: str) -> None:
    """Fragile, scaly or cracked parts are signs, named as the other states are."""
    got = said(tmp_path, body, "Symptoms")
    assert {o for s, p, o, _ in got if p == "has_symptom"} == {sign}


def test_a_sign_that_appears_somewhere_then_turns_into_another_is_a_sign(
        tmp_path: Path) -> None:
    """"Small red spots appear on the tummy, then turn into blisters": the blisters are a
    sign as the spots are (they were read as a harm)."""
    got = said(tmp_path, "Small red spots appear on the tummy and back, then turn into "
                         "blisters.", "Symptoms")
    assert (T, "has_symptom", "blisters", False) in got
    assert not {x for x in got if x[1] == "has_complication"}, got


@pytest.mark.parametrize("body", ["Your child may be grumpy.", "Babies may become fussy."])
def test_a_child_said_to_be_grumpy_or_fussy_is_irritable(tmp_path: Path, body: str) -> None:
    """A parent's word for an irritable child names irritability (nothing was read)."""
    got = said(tmp_path, body, "Symptoms")
    assert {o for s, p, o, _ in got if p == "has_symptom"} == {"irritability"}
