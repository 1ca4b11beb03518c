"""Sentence wordings read in session 31, from own-words batteries about causes, risks,
complications and figures.  Every sentence is our own, about the made-up grebble fever."""

from __future__ import annotations

from pathlib import Path

import pytest

from .grebble_pages import page_claims, relations

T = "grebble fever"


def test_an_aside_naming_the_cause_ends_at_the_main_verb(tmp_path: Path) -> None:
    """"X, caused by G, spreads quickly ...": G causes X, and the main clause after the
    aside is no second cause (it was read as one, "spreads quickly through the tissue")."""
    got = relations(tmp_path, "Grebble fever, caused by zorbacillus, spreads quickly through "
                              "the tissue.")
    assert ("zorbacillus", "causes", T) in got
    assert {s for s, p, o in got if p == "causes"} == {"zorbacillus"}


def test_a_list_of_causes_after_by_is_still_split(tmp_path: Path) -> None:
    """The cut above is for a verb after the comma; names after it stay items."""
    got = relations(tmp_path, "It is caused by zorbacillus, zorbococcus or other germs.",
                    heading="Causes")
    assert {("zorbacillus", "causes", T), ("zorbococcus", "causes", T)} <= got


@pytest.mark.parametrize(("sentence", "harm"), [
    ("People who do not get early treatment may develop joint pain months later.",
     "joint pain"),
    ("Children who are not treated can develop heart problems.", "heart problems"),
])
def test_what_the_untreated_go_on_to_develop(tmp_path: Path, sentence: str,
                                             harm: str) -> None:
    """People named by the care they went without have the illness: what they may develop
    is its complication (the care itself was read as one: "early treatment"), and "months
    later" is when, no part of the harm's name."""
    got = relations(tmp_path, sentence, heading="Complications")
    assert (T, "has_complication", harm) in got
    assert not any("treatment" in o for s, p, o in got if p == "has_complication")


def test_those_who_went_untreated_name_no_harm(tmp_path: Path) -> None:
    """"... chiefly among those who went without early care": the clause names who, and
    the care they missed is no sign or harm."""
    got = relations(tmp_path, "Later problems can appear months on, chiefly among those "
                              "who did not get early treatment.", heading="Symptoms")
    assert not any("treatment" in o for s, p, o in got if p in ("has_symptom",
                                                                  "has_complication"))


@pytest.mark.parametrize("sentence", [
    "Delayed diagnosis and treatment are the main causes of death.",
    "The longer treatment is delayed, the higher the risk of death.",
    "Treatment is urgent.",
])
def test_care_said_to_be_late_or_urgent_names_no_remedy(tmp_path: Path, sentence: str) -> None:
    """"treatment are the main causes of death", "treatment is delayed": the care is late or
    pressing, and what follows is no list of remedies (it gave "main causes of death" and
    "higher the risk of death" as care)."""
    got = relations(tmp_path, sentence, heading="Treatment")
    assert not any(p in ("used_for", "diagnosed_by") for s, p, o in got)


def test_a_list_of_remedies_is_still_read(tmp_path: Path) -> None:
    got = relations(tmp_path, "Treatments include zorbacillin and rest.", heading="Treatment")
    assert {("zorbacillin", "used_for", T), ("rest", "used_for", T)} <= got


def test_late_diagnosis_as_the_main_cause_of_death(tmp_path: Path) -> None:
    got = relations(tmp_path, "Delayed diagnosis and treatment are the main causes of death.",
                    heading="Outlook")
    assert ("delayed diagnosis", "increases_risk_of", "death") in got


def test_a_delay_in_care_is_named_one_way(tmp_path: Path) -> None:
    """"A delay in diagnosis can lead to X": the delay raises the risk of X, named as
    "delayed diagnosis" whatever the page's words."""
    got = relations(tmp_path, "A delay in diagnosis can lead to amputation.",
                    heading="Complications")
    assert ("delayed diagnosis", "increases_risk_of", "amputation") in got


@pytest.mark.parametrize(("sentence", "factor"), [
    ("It can also occur in healthy people after a minor wound.", "minor wound"),
    ("It usually develops in young adults after a sore throat.", "sore throat"),
    ("It has been seen in children after chickenpox.", "chickenpox"),
])
def test_who_then_what_came_first(tmp_path: Path, sentence: str, factor: str) -> None:
    """"occurs in healthy people after X": X is what it follows; the people were read as
    the group it is seen in ("young adults after a sore throat") or not at all."""
    got = relations(tmp_path, sentence, heading="Causes")
    assert (factor, "increases_risk_of", T) in got
    assert not any("after" in s for s, p, o in got)


def test_cases_reported_in_a_group(tmp_path: Path) -> None:
    """"It has also been reported in people using X": X raises its risk."""
    got = relations(tmp_path, "It has also been reported in people using zorbine sponges.",
                    heading="Causes")
    assert ("zorbine sponges", "increases_risk_of", T) in got


def test_illnesses_that_make_the_topic_more_likely(tmp_path: Path) -> None:
    """"Chronic conditions such as A or B may make <topic> more likely", the topic named."""
    got = relations(tmp_path, "Chronic conditions such as diabetes or kidney disease may make "
                              "grebble fever more likely.", heading="Risk factors")
    assert {("diabetes", "increases_risk_of", T), ("kidney disease", "increases_risk_of", T)} <= got


def test_a_good_outcome_made_more_likely_is_no_risk(tmp_path: Path) -> None:
    """"Early treatment makes recovery more likely": no risk of the illness (it read as one)."""
    got = relations(tmp_path, "Early treatment makes recovery more likely.", heading="Outlook")
    assert not any(p == "increases_risk_of" for s, p, o in got)


def test_a_state_and_what_brings_it_on_as_a_risk_line(tmp_path: Path) -> None:
    """"A weakened immune system due to A, B or C" under risk factors, no verb of its own:
    the state raises the risk, and so does each thing that brings it on (nothing was read:
    "due to" was taken as the state's cause, with no topic on either side)."""
    got = relations(tmp_path, "A weakened immune system due to zorbine, cancer or "
                              "chemotherapy.", heading="Risk factors")
    assert {(x, "increases_risk_of", T) for x in ("weakened immune system", "zorbine",
                                                  "cancer", "chemotherapy")} <= got


def test_deaths_due_to_a_harm_are_no_risk_line(tmp_path: Path) -> None:
    got = relations(tmp_path, "Death is usually due to sepsis.", heading="Risk factors")
    assert ("death", "increases_risk_of", T) not in got
    assert (T, "has_complication", "sepsis") in got


def test_kin_who_had_the_topic_named(tmp_path: Path) -> None:
    """"People with a family member who had <topic> have a higher chance of getting it":
    family history (it was read as the topic raising its own risk)."""
    got = relations(tmp_path, "People with a family member who had grebble fever have a "
                              "higher chance of getting it.", heading="Risk factors")
    assert ("family history", "increases_risk_of", T) in got
    assert (T, "increases_risk_of", T) not in got


def test_the_most_common_one_under_causes(tmp_path: Path) -> None:
    """"The most common is G" under a causes heading: G causes it (the heading's noun is
    left out); under another heading the same words name no cause."""
    sentence = "The most common is zorbacillus, which also gives sore throats."
    assert ("zorbacillus", "causes", T) in relations(tmp_path, sentence, heading="Causes")
    assert ("zorbacillus", "causes", T) not in relations(tmp_path, sentence,
                                                         heading="Symptoms")


def test_what_may_be_to_blame_after_the_cause_is_unknown(tmp_path: Path) -> None:
    """"The cause is unknown, although an infection or a reaction to a chemical may be to
    blame": each is a cause, hedged."""
    cs = page_claims(tmp_path, "Causes\nThe cause is unknown, although an infection or a "
                               "reaction to a chemical may be to blame.")
    got = {(cs.label(c.subject), c.hedged) for c in cs.claims if c.predicate == "causes"}
    assert {("infection", True), ("reaction to a chemical", True)} <= got


def test_the_mainstays_of_care_then_another_clause(tmp_path: Path) -> None:
    """"A, B and C remain the mainstays of treatment, and delay in surgery is associated with
    higher mortality": each is used for it, and only the delay goes with the deaths (all
    three were read as linked to mortality, and none as care)."""
    got = relations(tmp_path, "Early surgery, strong antibiotics, and supportive care remain "
                              "the mainstays of treatment, and delay in surgery is associated "
                              "with increased mortality.", heading="Treatment")
    assert {("supportive care", "used_for", T), ("antibiotics", "used_for", T)} <= got
    linked = {s for s, p, o in got if o == "death"}  # (a rise in deaths: death, session 46)
    assert linked and not linked & {"early surgery", "antibiotics", "supportive care"}


def test_a_list_after_include_stays_one_list(tmp_path: Path) -> None:
    """The clause cut above needs a main verb with no comma after it: "Signs include A, B,
    and C caused by G" keeps its list."""
    got = relations(tmp_path, "Smoking, obesity, and diabetes are linked to it.",
                    heading="Risk factors")
    assert {s for s, p, o in got if o == T} >= {"smoking", "obesity", "diabetes"}


def test_how_grave_after_a_list_is_no_member(tmp_path: Path) -> None:
    """"Complications include A, B and C, with mortality rates of 20 % to 30 %": three
    harms (the tail was read as a fourth, "mortality rates ranging")."""
    got = relations(tmp_path, "Complications include septic shock, kidney injury, and organ "
                              "failure, with mortality rates ranging from 20% to 30%.",
                    heading="Complications")
    harms = {o for s, p, o in got if p == "has_complication"}
    assert {"septic shock", "kidney injury", "organ failure"} <= harms
    assert not any("mortality" in h or "rates" in h for h in harms)


def test_what_goes_with_a_poor_prognosis_links_no_outcome_to_the_topic(tmp_path: Path) -> None:
    got = relations(tmp_path, "Heart involvement, which may show as an irregular beat, is "
                              "associated with a poor prognosis.", heading="Outlook")
    assert ("heart involvement", "increases_risk_of", "poor prognosis") in got
    assert ("poor prognosis", "associated_with", T) not in got


@pytest.mark.parametrize(("sentence", "test"), [
    ("Imaging with CT may demonstrate gas in the soft tissues.", "CT"),
    ("A lung biopsy establishes the diagnosis.", "lung biopsy"),
    ("Biopsy demonstrating small clumps of cells establishes the diagnosis.", "biopsy"),
])
def test_tests_that_demonstrate_or_establish(tmp_path: Path, sentence: str, test: str) -> None:
    """"X may demonstrate Y", "X establishes the diagnosis": X diagnoses it; "imaging with
    CT" is the CT, and "biopsy demonstrating Y" the biopsy."""
    got = relations(tmp_path, sentence, heading="Diagnosis")
    assert any(p == "diagnosed_by" and o.lower() == test.lower() for s, p, o in got)


def test_signs_named_the_hallmark_features(tmp_path: Path) -> None:
    """"A, B and a rash are the hallmark features": each is its sign (nothing was read)."""
    got = relations(tmp_path, "Fever, low blood pressure and a flat red rash are the hallmark "
                              "features.", heading="Clinical presentation")
    assert {(T, "has_symptom", x) for x in ("fever", "low blood pressure", "flat red rash")} <= got


@pytest.mark.parametrize("sentence", [
    "It is more common in men than in women, with a ratio of 3:1.",
    "It is more common in women, with a female-to-male ratio of 2:1.",
])
def test_a_ratio_after_the_group_is_no_risk(tmp_path: Path, sentence: str) -> None:
    """", with a ratio of 3:1" after who it is more common in: how much, no risk factor
    (it was read as "ratio")."""
    got = relations(tmp_path, sentence, heading="Epidemiology")
    assert not any("ratio" in s for s, p, o in got)
    assert any(p == "increases_risk_of" and s.endswith("sex") for s, p, o in got)


@pytest.mark.parametrize(("sentence", "sites"), [
    ("Common sites of involvement include the lungs, skin, and eyes.",
     {"lungs", "skin", "eyes"}),
    ("The organs most often affected are the lungs and lymph nodes.", {"lungs", "lymph nodes"}),
])
def test_sites_of_involvement_listed(tmp_path: Path, sentence: str, sites: set[str]) -> None:
    got = relations(tmp_path, sentence, heading="Overview")
    assert {(T, "affects", s) for s in sites} <= got


def test_the_main_treatment_and_how_it_works(tmp_path: Path) -> None:
    """"X tablets are the main treatment and work by reducing inflammation": X is used for
    it (the words "main treatment" were read as the remedy instead)."""
    got = relations(tmp_path, "Zorbacillin tablets are the main treatment and work by "
                              "reducing inflammation.", heading="Treatment")
    assert ("zorbacillin tablets", "used_for", T) in got
    assert not any(s == "main treatment" for s, p, o in got)


def test_a_test_the_doctor_refers_you_for(tmp_path: Path) -> None:
    got = relations(tmp_path, "Your doctor may refer you for a breathing test to see how well "
                              "your lungs work.", heading="Diagnosis")
    assert (T, "diagnosed_by", "breathing test") in got


def test_a_risk_reduced_in_a_group_is_the_topics(tmp_path: Path) -> None:
    """"Vaccination against X also reduces the risk in children": whose risk, so the
    vaccination prevents the topic (nothing was read)."""
    got = relations(tmp_path, "Vaccination against chickenpox also reduces the risk in "
                              "children.", heading="Prevention")
    assert any(p == "prevents" and o == T and "vaccination" in s.lower() for s, p, o in got)


def test_a_form_caused_by_a_germ_is_no_risk_line(tmp_path: Path) -> None:
    """"Type 2 infection is usually caused by G" is a sentence (its verb is in the relation
    phrase), so the state-line reading above does not make the form a risk factor."""
    got = relations(tmp_path, "Type 2 infection is usually caused by zorbacillus.",
                    heading="Causes")
    assert not any(p == "increases_risk_of" for s, p, o in got)


def _durations(tmp_path: Path, heading: str, answer: str) -> set[tuple[str, str | None]]:
    cs = page_claims(tmp_path, f"{heading}\n{answer}")
    return {(cs.label(c.subject), c.measure.bound) for c in cs.claims
            if c.measure is not None and c.measure.kind == "duration"}


def test_a_bare_period_answers_how_long(tmp_path: Path) -> None:
    """"How long does it last?" then "Usually 2 to 3 weeks.": the topic's duration (a bare
    period gave no figure); under "How long does the rash last?" the rash's."""
    assert (T, "range") in _durations(tmp_path, "How long does grebble fever last?",
                                      "Usually 2 to 3 weeks.")
    assert ("rash", "approx") in _durations(tmp_path, "How long does the rash last?",
                                            "About 10 days.")


def test_a_bare_period_elsewhere_is_no_duration(tmp_path: Path) -> None:
    assert not _durations(tmp_path, "Symptoms", "Usually 2 to 3 weeks.")


def test_a_form_named_in_brackets_after_a_death_rate(tmp_path: Path) -> None:
    """"Risk of death ~50% (zorbacillal), ~5% (zorbococcal)": two death rates, each of the
    cases of its form (both were read as the whole illness's, a conflict in waiting)."""
    cs = page_claims(tmp_path, "Outlook\nThe risk of death is about 50% (zorbacillal) and "
                               "about 5% (zorbococcal).")
    got = {(c.measure.value, c.measure.population) for c in cs.claims
           if c.measure is not None and c.measure.kind == "mortality"}
    assert got == {(0.5, "zorbacillal cases"), (0.05, "zorbococcal cases")}


def test_an_estimate_in_brackets_names_no_form(tmp_path: Path) -> None:
    cs = page_claims(tmp_path, "Outlook\nThe death rate is 20% (approximate).")
    assert [c.measure.population for c in cs.claims
            if c.measure is not None and c.measure.kind == "mortality"] == [None]


def test_a_case_definitions_clinical_criteria_are_signs(tmp_path: Path) -> None:
    """Items under "Clinical criteria" (a case definition's clinical part) are its signs;
    the heading was of no known kind, so "Fever: ...", "Rash: ..." gave nothing."""
    got = relations(tmp_path, "- Fever: a temperature of 39 C or more\n- Rash: flat and red\n"
                              "- Low blood pressure", heading="Clinical criteria")
    assert {(T, "has_symptom", x) for x in ("fever", "rash", "low blood pressure")} <= got


def test_incision_and_drainage_is_one_procedure(tmp_path: Path) -> None:
    got = relations(tmp_path, "Treatment includes zorbacillin and incision and drainage of "
                              "any abscesses.", heading="Treatment")
    assert not any(s == "incision" for s, p, o in got)
    assert any(s.startswith("incision and drainage") for s, p, o in got)


@pytest.mark.parametrize(("sentence", "process"), [
    ("Once inside, the infection spreads quickly along the layers of tissue.",
     "spread of infection"),
    ("It is an inflammatory illness in which granulomas form in many organs.", "granulomas"),
    ("It causes immune cells to form into clumps called granulomas.", "granulomas"),
    ("Immune cells form into small clumps called granulomas.", "granulomas"),
])
def test_how_it_works_in_more_words(tmp_path: Path, sentence: str, process: str) -> None:
    """More wordings of how the illness works; "form into clumps called X" names X (it was
    read as a process named "into clumps")."""
    got = relations(tmp_path, sentence, heading="Overview")
    assert (T, "involves", process) in got
    assert not any(o.startswith("into ") or o == "immune cells" for s, p, o in got)


@pytest.mark.parametrize("sentence", [
    "This rare infection is usually caused by zorbacillus.",
    "These infections are most often caused by zorbacillus.",
    "This type of infection can be caused by zorbacillus.",
    "Most infections are caused by zorbacillus.",
])
def test_the_topic_pointed_back_to(tmp_path: Path, sentence: str) -> None:
    """"This rare infection", "These infections", "This type of infection", "Most
    infections": on a page that calls the topic an infection, its own cases (nothing was
    read, or the germ caused "infections")."""
    assert ("zorbacillus", "causes", T) in relations(tmp_path, sentence, heading="Causes",
                                                     definition="a rare infection")


def test_infections_on_a_page_about_another_kind_of_illness(tmp_path: Path) -> None:
    """On a page that calls the topic an illness, "most infections" may be any."""
    got = relations(tmp_path, "Most infections are caused by zorbacillus.", heading="Causes")
    assert ("zorbacillus", "causes", T) not in got


def test_bare_infections_are_not_the_topic(tmp_path: Path) -> None:
    got = relations(tmp_path, "Infections can cause a high fever.", heading="Causes")
    assert not any(s == T and o == "high fever" for s, p, o in got)


@pytest.mark.parametrize(("sentence", "factor"), [
    ("Such infections may also follow surgery.", "surgery"),
    ("Infections like this usually start after an injury.", "injury"),
])
def test_what_such_infections_follow(tmp_path: Path, sentence: str, factor: str) -> None:
    got = relations(tmp_path, sentence, heading="Causes", definition="a rare infection")
    assert (factor, "increases_risk_of", T) in got


@pytest.mark.parametrize(("sentence", "remedy", "wrong"), [
    ("Patients require urgent surgical debridement, often repeated every 24 to 48 hours.",
     "surgical debridement", "repeated"),
    ("Most people will need more than one operation.", "operation", "than"),
])
def test_how_often_care_is_given_is_no_remedy(tmp_path: Path, sentence: str, remedy: str,
                                              wrong: str) -> None:
    """", often repeated every day" and "more than one" say how much care, no remedy of
    their own ("repeated every 24", "than one operation" were read as remedies)."""
    got = relations(tmp_path, sentence, heading="Treatment")
    assert (remedy, "used_for", T) in got
    assert not any(s.startswith(wrong) for s, p, o in got)


def test_a_remedy_its_aim_and_another_in_an_aside(tmp_path: Path) -> None:
    """"Surgery to remove infected tissue, along with antibiotics, is the main treatment":
    both are used for it; the tissue is what surgery targets (antibiotics were a target and
    "infected tissue" a remedy)."""
    got = relations(tmp_path, "Surgery to remove infected tissue, along with antibiotics, is "
                              "the main treatment.", heading="Treatment")
    assert {("surgery", "used_for", T), ("antibiotics", "used_for", T),
            ("surgery", "targets", "infected tissue")} <= got
    assert ("surgery", "targets", "antibiotics") not in got
    assert ("infected tissue", "used_for", T) not in got


def test_what_patients_should_undergo(tmp_path: Path) -> None:
    """"should undergo surgery as soon as the diagnosis is suspected": surgery treats it;
    the diagnosis says when, so no test is named."""
    got = relations(tmp_path, "Affected patients should undergo surgery as soon as the "
                              "diagnosis is suspected.", heading="Treatment")
    assert ("surgery", "used_for", T) in got
    assert not any(p == "diagnosed_by" for s, p, o in got)


def test_a_test_needed_to_confirm_is_no_remedy(tmp_path: Path) -> None:
    got = relations(tmp_path, "Patients may need a biopsy to confirm the diagnosis.",
                    heading="Treatment")
    assert (T, "diagnosed_by", "biopsy") in got
    assert ("biopsy", "used_for", T) not in got


def test_lasting_problems_following_it_are_complications(tmp_path: Path) -> None:
    got = relations(tmp_path, "Long-term problems following grebble fever include scarring, "
                              "weakness and tiredness.", heading="Outlook")
    assert {(T, "has_complication", x) for x in ("scarring", "weakness", "tiredness")} <= got


def test_what_is_present_when_deaths_are_higher(tmp_path: Path) -> None:
    """"Mortality is higher when shock or organ failure is present": each goes with death."""
    got = relations(tmp_path, "Mortality is higher when shock or organ failure is present.",
                    heading="Outlook")
    assert {("shock", "associated_with", "death"),
            ("organ failure", "associated_with", "death")} <= got


def test_a_risk_raised_then_another_verb(tmp_path: Path) -> None:
    """"Use of X may increase the risk or mask early symptoms": X raises the topic's risk
    (nothing was read, then "mask early symptoms" was read as what X raises)."""
    got = relations(tmp_path, "Use of zorbacillin may increase the risk or mask early "
                              "symptoms.", heading="Risk factors")
    assert ("zorbacillin", "increases_risk_of", T) in got
    assert not any("mask" in o for s, p, o in got)


def test_kin_with_examples_in_brackets(tmp_path: Path) -> None:
    got = relations(tmp_path, "Having a first-degree relative (parent, brother or sister) with "
                              "grebble fever increases your risk.", heading="Risk factors")
    assert ("family history", "increases_risk_of", T) in got


def test_feeling_short_of_breath_is_shortness_of_breath(tmp_path: Path) -> None:
    """Two pages, one saying "you may feel short of breath", the other "shortness of
    breath": one sign (the first was an entity of its own)."""
    from claimgraph.ingest.extract import extract_corpus

    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Grebble fever\n\nGrebble fever is a rare illness.\n\nSymptoms\n"
                 "You might have a dry cough, or feel short of breath.\n", encoding="utf-8")
    b.write_text("Grebble fever\n\nGrebble fever is a rare illness.\n\nSymptoms\n"
                 "Symptoms include shortness of breath.\n", encoding="utf-8")
    cs, _, _ = extract_corpus([a, b], progress=False)
    signs = {c.object for c in cs.claims if c.predicate == "has_symptom"
             and "breath" in cs.label(c.object)}
    assert len(signs) == 1


def test_a_second_participle_after_the_cause(tmp_path: Path) -> None:
    """"X is a serious illness caused by A, most often linked to B": B goes with X (it was
    read as linked to A, and dropped)."""
    got = relations(tmp_path, "Grebble fever is a serious illness caused by a toxin, most often "
                              "linked to zorbine use.", heading="Overview")
    assert ("zorbine use", "associated_with", T) in got


def test_the_way_in_after_a_comma(tmp_path: Path) -> None:
    got = relations(tmp_path, "Grebble fever occurs when germs enter the body, usually through a "
                              "break in the skin.", heading="Overview")
    assert ("break in the skin", "increases_risk_of", T) in got


def test_unnamed_clumps_of_immune_cells(tmp_path: Path) -> None:
    got = relations(tmp_path, "Grebble fever is a condition in which clumps of immune cells "
                              "form in organs.", heading="Overview")
    assert (T, "involves", "granulomas") in got


def test_one_more_member_as_well_as(tmp_path: Path) -> None:
    """"Risk is increased by A, B, or C, as well as by skin infections such as D": the skin
    infections and D raise it too (the tail was cut at ", as")."""
    got = relations(tmp_path, "Risk is increased by recent childbirth, abortion, or surgery, as "
                              "well as by skin infections such as impetigo.",
                    heading="Risk factors")
    assert {(x, "increases_risk_of", T) for x in ("surgery", "skin infections",
                                                  "impetigo")} <= got


def test_care_that_stops_the_illness_developing(tmp_path: Path) -> None:
    """"X may stop <topic> developing" under prevention: X prevents it (the topic was left
    out as "what is kept away", so nothing was read)."""
    got = relations(tmp_path, "Treating a skin infection quickly may stop grebble fever "
                              "developing.", heading="Prevention")
    assert any(p == "prevents" and o == T for s, p, o in got)


def test_a_sign_described_after_its_head_appears(tmp_path: Path) -> None:
    """"Later, large blisters filled with dark fluid appear": a sign (its head is the
    blisters; the whole phrase named none, so nothing was read)."""
    got = relations(tmp_path, "Later, large blisters filled with dark fluid appear.",
                    heading="Symptoms")
    assert any(p == "has_symptom" and o.startswith("large blisters") for s, p, o in got)


def test_the_places_a_swab_comes_from_are_no_tests(tmp_path: Path) -> None:
    got = relations(tmp_path, "A swab from the vagina, throat or nose may be tested.",
                    heading="Diagnosis")
    tests = {o for s, p, o in got if p == "diagnosed_by"}
    assert tests and not tests & {"throat", "nose", "vagina"}


@pytest.mark.parametrize(("name", "predicate"), [
    ("Erythema nodosum", "has_symptom"), ("Strawberry tongue", "has_symptom"),
    ("Myalgia", "has_symptom"), ("Kidney stones", "has_complication"),
    ("Hypercalcaemia", "has_complication"), ("Cataracts", "has_complication"),
    ("Glaucoma", "has_complication"), ("Compartment syndrome", "has_complication"),
    ("Rhabdomyolysis", "has_complication"),
    ("Disseminated intravascular coagulation", "has_complication"),
])
def test_clinical_names_of_signs_and_harms(tmp_path: Path, name: str, predicate: str) -> None:
    """"<clinical name> may also develop" in general text: a sign or a harm by its name's
    head or ending (nothing was read for these)."""
    got = relations(tmp_path, f"{name} may also develop.", heading="Overview")
    assert (T, predicate, name.lower()) in got


def test_a_nerve_pain_disease_stays_a_complication(tmp_path: Path) -> None:
    """The -algia words are signs, but neuralgia names a lasting harm of its own."""
    got = relations(tmp_path, "Post-zorbic neuralgia may also develop.", heading="Overview")
    assert not any(p == "has_symptom" and "neuralgia" in o for s, p, o in got)


@pytest.mark.parametrize(("sentence", "factor"), [
    ("Diabetes is present in up to 60% of patients.", "diabetes"),
    ("Up to 60% of patients have diabetes.", "diabetes"),
    ("A history of recent surgery was found in 30% of cases.", "recent surgery"),
])
def test_a_state_counted_among_patients_goes_with_it(tmp_path: Path, sentence: str,
                                                     factor: str) -> None:
    """A state or exposure people with the illness are counted as having goes with it (only
    the figure was read)."""
    got = relations(tmp_path, sentence, heading="Epidemiology")
    assert any(s == factor and o == T and p in ("associated_with", "increases_risk_of")
               for s, p, o in got)


def test_a_sign_counted_among_patients_is_no_risk(tmp_path: Path) -> None:
    got = relations(tmp_path, "Fever is present in 90% of patients.", heading="Epidemiology")
    assert not any(s == "fever" and o == T for s, p, o in got)


def test_a_remedy_given_to_contacts_prevents_more_cases(tmp_path: Path) -> None:
    """"Antibiotics given to close household contacts can prevent further cases": the
    antibiotics prevent it (the subject was left empty: the contacts are people)."""
    got = relations(tmp_path, "Antibiotics given to close household contacts can prevent "
                              "further cases.", heading="Prevention")
    assert ("antibiotics", "prevents", T) in got


def test_helps_said_alone(tmp_path: Path) -> None:
    """"There is no vaccine, but good hygiene helps": hygiene prevents it."""
    got = relations(tmp_path, "There is no vaccine, but good hygiene helps.",
                    heading="Prevention")
    assert ("good hygiene", "prevents", T) in got
