"""Sentence wordings read in session 46: wordings health pages use, written as sentences of
our own about made-up illnesses."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.ingest.extract import extract_corpus

from .grebble_pages import page_claims, relations

T = "grebble fever"
SIGN = "has_symptom"
HARM = "has_complication"
RISK = "increases_risk_of"


@pytest.mark.parametrize("name", ["Zorb A", "Zorb B"])
def test_a_topic_named_with_a_letter_keeps_its_claims(tmp_path: Path, name: str) -> None:
    """A title ending in a letter ("Zorb A", as in the names of several infections and
    vitamins) is the topic's name, not a phrase left open at "a": its signs and figures
    stay (every claim of such a page was dropped)."""
    page = tmp_path / "page.txt"
    page.write_text(f"{name}: key facts\n\n{name} is an infection of the liver.\n\nSymptoms\n"
                    "Symptoms include fever, tiredness and dark urine.\n\nOutlook\n"
                    "Death is rare: the case fatality ratio is under 0.3%.\n", encoding="utf-8")
    cs, _, _ = extract_corpus([page], progress=False)
    topic = name.lower()
    rels = {(cs.label(c.subject), c.predicate, cs.label(c.object))
            for c in cs.claims if c.object is not None}
    assert {(topic, SIGN, "fever"), (topic, SIGN, "tiredness")} <= rels, rels
    deaths = [c for c in cs.claims if c.measure is not None and c.measure.kind == "mortality"]
    assert [cs.label(c.subject) for c in deaths] == [topic], deaths


def _figures(tmp_path: Path, text: str, heading: str = "Outlook") -> list[tuple]:
    """Return (subject, kind, population) of each figure a page of ``text`` gives."""
    cs = page_claims(tmp_path, f"{heading}\n{text}\n")
    return [(cs.label(c.subject), c.measure.kind, c.measure.population)
            for c in cs.claims if c.measure is not None]


def test_a_group_before_the_rate_without_a_comma_is_the_population(tmp_path: Path) -> None:
    """"Among women with zorbism the prevalence is 25-50 %": the group ends at "the
    prevalence" (it ran on to the figure), and the next sentence's figure is no one's
    subgroup (the whole sentence before was taken as a line naming a group)."""
    figs = _figures(tmp_path, "Among women with zorbism the prevalence is between 25% and "
                    "50%. The average delay from the first symptoms to diagnosis is 7 to 8 years.")
    assert (T, "prevalence", "women with zorbism") in figs, figs
    delay = [f for f in figs if f[1] == "duration"]
    assert delay and all(f[2] is None for f in delay), figs


@pytest.mark.parametrize("sentence", ["In children the death rate is 5%.",
                                      "In children the mortality is 5%."])
def test_a_bare_group_leading_the_rate_is_the_population(tmp_path: Path, sentence: str) -> None:
    """"In children the death rate is 5 %" (no comma after the group) is the children's."""
    assert _figures(tmp_path, sentence) == [(T, "mortality", "children")]


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Lasting numbness remains in up to 30% of people.", "lasting numbness"),
    ("The rash lingers in 10% of children.", "rash"),
])
def test_what_remains_in_a_share_of_people_is_the_figures_subject(
        tmp_path: Path, sentence: str, subject: str) -> None:
    """"X remains in up to 30 %" is how often X stays, as "X develops in 30 %" is how often
    X comes (it was the topic's own frequency)."""
    assert [f[:2] for f in _figures(tmp_path, sentence)] == [(subject, "frequency")]


@pytest.mark.parametrize("sentence", ["A zorb infection of the gut is the most common trigger.",
                                      "A zorb infection of the gut is one of the most common "
                                      "triggers."])
def test_the_most_common_trigger_is_a_risk(tmp_path: Path, sentence: str) -> None:
    """"X is the most common trigger" names what sets the illness off."""
    rels = relations(tmp_path, sentence, heading="Causes")
    assert ("zorb infection of the gut", RISK, T) in rels, rels


@pytest.mark.parametrize(("sentence", "factors"), [
    ("Symptoms begin a few days or weeks after an infection, such as a stomach bug or a "
     "chest infection.", {"stomach bug", "chest infection"}),
    ("It usually starts a few weeks after a chest infection.", {"chest infection"}),
    ("Symptoms start 3 to 10 days after being bitten by a zorb fly.",
     {"bitten by a zorb fly"}),
])
def test_signs_starting_some_time_after_a_thing_follow_it(
        tmp_path: Path, sentence: str, factors: set[str]) -> None:
    """"Symptoms begin a few weeks after X": the illness follows X (the span of time between
    the verb and "after" hid the reading)."""
    rels = relations(tmp_path, sentence, heading="Causes")
    assert {(f, RISK, T) for f in factors} <= rels, rels


def test_one_sign_some_days_after_another_is_no_risk(tmp_path: Path) -> None:
    """"A rash appears two days after the fever": one sign after another, not a cause."""
    rels = relations(tmp_path, "A rash appears two days after the fever.", heading="Symptoms")
    assert not any(p == RISK for _, p, _ in rels), rels


@pytest.mark.parametrize(("sentence", "factor"), [
    ("People who have had severe sunburn as a child have about twice the risk.",
     "severe sunburn as a child"),
    ("People who smoke have three times the risk of getting it.", "smoking"),
])
def test_having_some_times_the_risk_is_a_risk(tmp_path: Path, sentence: str,
                                              factor: str) -> None:
    """"People who X have about twice the risk": X raises the risk."""
    rels = relations(tmp_path, sentence, heading="Risk factors")
    assert (factor, RISK, T) in rels, rels


def test_twice_the_risk_of_another_group_names_no_harm(tmp_path: Path) -> None:
    """"Men have twice the risk of women": the women are whom men are set against."""
    rels = relations(tmp_path, "Men have twice the risk of women.", heading="Risk factors")
    assert not any(o == "women" for _, _, o in rels), rels


def test_problems_with_two_things_are_two_problems(tmp_path: Path) -> None:
    """"problems with blood pressure and heart rhythm": each has the problems (the blood
    pressure was read as a harm); a member after a comma is a harm of its own."""
    rels = relations(tmp_path, "Blood clots, pressure sores and problems with blood pressure "
                     "and heart rhythm can develop.", heading="Complications")
    assert {(T, HARM, "blood pressure problems"), (T, HARM, "heart rhythm problems"),
            (T, HARM, "blood clots")} <= rels, rels
    rels = relations(tmp_path, "Complications include problems with blood pressure, heart "
                     "failure and stroke.", heading="Complications")
    assert {(T, HARM, "heart failure"), (T, HARM, "stroke")} <= rels, rels
    assert not any(o.endswith(("failure problems", "stroke problems")) for _, _, o in rels)


def test_a_test_used_when_the_diagnosis_is_unclear_is_not_hedged(tmp_path: Path) -> None:
    """"A CT scan is used when the diagnosis is unclear": when the scan is used, no doubt
    that it is."""
    cs = page_claims(tmp_path, "Diagnosis\nA CT scan is used when the diagnosis is unclear "
                     "or to look for complications.\n")
    scans = [c for c in cs.claims if c.predicate == "diagnosed_by"
             and cs.label(c.object) == "CT scan"]
    assert scans and not any(c.hedged for c in scans), scans


def test_a_second_share_with_its_verb_left_out_is_its_subjects(tmp_path: Path) -> None:
    """"Zorb stones account for about 40 % of cases, and alcohol for a further 30 %": the
    30 % is alcohol's share (it was a figure of unknown kind about the topic)."""
    figs = _figures(tmp_path, "Zorb stones account for about 40% of cases, and alcohol for a "
                    "further 30%.", heading="Causes")
    assert {("zorb stones", "share", None), ("alcohol", "share", None)} <= set(figs), figs


def test_a_title_led_by_the_kind_of_page_names_its_later_part(tmp_path: Path) -> None:
    """"Clinical summary: zorb fever in adults": the first part says what kind of page it
    is (every claim hung off a node called "clinical summary"); the later part, as the
    sentences name it, is the topic."""
    page = tmp_path / "page.txt"
    page.write_text("Clinical summary: zorb fever in adults\n\nZorb fever is an infection of "
                    "the lining of the brain.\n\nSymptoms\nSymptoms include fever and a stiff "
                    "neck.\n", encoding="utf-8")
    cs, _, _ = extract_corpus([page], progress=False)
    rels = {(cs.label(c.subject), c.predicate, cs.label(c.object))
            for c in cs.claims if c.object is not None}
    assert ("zorb fever", SIGN, "fever") in rels, rels
    assert not any("summary" in s for s, _, _ in rels), rels


def test_a_high_heart_rate_is_a_sign_not_a_rate_of_the_illness(tmp_path: Path) -> None:
    """"A person with it might have a high heart rate or low blood pressure, fever, ...":
    signs (the "high ... rate" was read as the person raising the rate of the illness)."""
    rels = relations(tmp_path, "A person with grebble fever might have a high heart rate or "
                     "low blood pressure, fever, confusion and clammy skin.",
                     heading="What are the signs?")
    assert {(T, SIGN, s) for s in ("high heart rate", "low blood pressure", "fever",
                                   "confusion")} <= rels, rels
    assert not any(p == RISK for _, p, _ in rels), rels


def test_the_signs_of_a_topic_defined_as_a_germ_are_its_own(tmp_path: Path) -> None:
    """"X is a very contagious virus that causes vomiting and diarrhoea": the page's own
    germ, so both are its signs (the first was dropped as another germ's effect)."""
    rels = relations(tmp_path, "Grebble fever is a very contagious virus that causes vomiting "
                     "and diarrhoea.")
    assert {(T, SIGN, "vomiting"), (T, SIGN, "diarrhoea")} <= rels, rels


def test_a_remedy_that_reduces_harms_and_is_given_is_the_one_given(tmp_path: Path) -> None:
    """"Zorbasone reduces death and hearing loss and is given with the first dose": the
    remedy is given (death and hearing loss were read as remedies)."""
    rels = relations(tmp_path, "Zorbasone reduces death and hearing loss and is given with or "
                     "just before the first dose of antibiotics.", heading="Treatment")
    assert ("zorbasone", "used_for", T) in rels, rels
    assert not any(s in ("death", "hearing loss") for s, p, _ in rels if p == "used_for"), rels


@pytest.mark.parametrize("sentence", ["Lumbar puncture is the key investigation and should be "
                                      "done promptly unless contraindicated.",
                                      "Lumbar puncture is the first test."])
def test_the_key_investigation_is_a_test(tmp_path: Path, sentence: str) -> None:
    """"X is the key investigation": X is the test (the words "key investigation" were)."""
    rels = relations(tmp_path, sentence, heading="Investigations")
    assert (T, "diagnosed_by", "lumbar puncture") in rels, rels
    assert not any("investigation" in o for _, _, o in rels), rels


def test_examples_between_commas_leave_the_figure_to_the_class(tmp_path: Path) -> None:
    """"Nerve sequelae, most often hearing loss, occur in a quarter of survivors": how often
    the sequelae come (the examples between commas hid the thing counted)."""
    figs = _figures(tmp_path, "Nerve sequelae, most often hearing loss, occur in about a "
                    "quarter of survivors.")
    assert figs == [("nerve sequelae", "frequency", "survivors")], figs


def test_how_soon_a_remedy_starts_is_no_part_of_its_name(tmp_path: Path) -> None:
    """"The sooner antibiotics are started, the better": the antibiotics."""
    rels = relations(tmp_path, "The sooner antibiotics are started, the better the chance of "
                     "survival.", heading="Treatment")
    assert ("antibiotics", "used_for", T) in rels, rels


def test_what_people_who_get_it_die_of_is_no_risk(tmp_path: Path) -> None:
    """"Adults who develop it die in hospital or are discharged to hospice": nothing they
    had before it (read as "discharged to hospice" raising the risk)."""
    rels = relations(tmp_path, "About 350,000 adults who develop grebble fever die during their "
                     "stay in hospital or are discharged to hospice.", heading="Outlook")
    assert not any(p == RISK for _, p, _ in rels), rels


@pytest.mark.parametrize("sentence", [
    "Dehydration is the main danger, especially for babies and older people.",
    "The biggest danger is dehydration.",
])
def test_the_main_danger_is_a_harm(tmp_path: Path, sentence: str) -> None:
    """"Dehydration is the main danger": the harm it brings."""
    rels = relations(tmp_path, sentence, heading="Is it serious?")
    assert (T, HARM, "dehydration") in rels, rels


def test_how_often_a_harm_comes_is_no_part_of_its_name(tmp_path: Path) -> None:
    """"miscarriage, stillbirth or premature birth in up to 20 % of cases": the last harm is
    "premature birth" (it was "premature birth in up")."""
    rels = relations(tmp_path, "Grebble fever during pregnancy leads to miscarriage, stillbirth "
                     "or premature birth in up to 20% of cases.", heading="Complications")
    objects = {o for _, p, o in rels if p in (HARM, "causes")}
    assert "premature birth" in objects and not any(" in " in o for o in objects), rels


def test_a_remedy_for_people_of_all_ages_is_the_topics(tmp_path: Path) -> None:
    """"the treatment of choice for adults and children of all ages": for the topic."""
    rels = relations(tmp_path, "Zorbacycline is the treatment of choice for adults and children "
                     "of all ages.", heading="Treatment")
    assert ("zorbacycline", "used_for", T) in rels, rels
    assert not any("children" in o for _, _, o in rels), rels


def test_a_figure_from_before_care_came_is_of_that_time(tmp_path: Path) -> None:
    """"Before antibiotics were available, up to a third of patients died": not the death
    rate now, so it is kept apart (it was the topic's overall mortality)."""
    assert _figures(tmp_path, "Before antibiotics were available, up to a third of patients "
                    "died.") == [(T, "mortality", "before antibiotics")]


def test_members_said_to_be_the_foods_linked_are_the_things_linked(tmp_path: Path) -> None:
    """"Raw milk cheese and deli meats are the foods most often linked to it": the foods
    named, not "foods"."""
    rels = relations(tmp_path, "Raw milk cheese and deli meats are the foods most often linked "
                     "to it.", heading="Causes")
    assert ("deli meats", "associated_with", T) in rels, rels
    assert not any(s == "foods" for s, _, _ in rels), rels


def test_a_test_in_a_list_of_harms_is_a_test(tmp_path: Path) -> None:
    """"- a chest X-ray" under complications: a test is never a harm of the illness."""
    rels = relations(tmp_path, "Complications include:\n- a chest X-ray\n- kidney failure",
                     heading="Complications")
    assert {(T, "diagnosed_by", "chest x-ray"), (T, HARM, "kidney failure")} <= rels, rels


def test_giving_protection_against_it_prevents_it(tmp_path: Path) -> None:
    """"The zorb vaccine gives good protection against severe forms of it"."""
    rels = relations(tmp_path, "The zorb vaccine gives good protection against severe forms of "
                     "grebble fever in children.", heading="Prevention")
    assert ("zorb vaccine", "prevents", T) in rels, rels


@pytest.mark.parametrize("sentence", [
    "Avoiding the trigger is the best way to prevent another attack.",
    "Avoiding the trigger is the best way to prevent grebble fever.",
])
def test_avoiding_the_trigger_is_a_way_to_prevent_it(tmp_path: Path, sentence: str) -> None:
    """"Avoiding the trigger is the best way to prevent another attack": the avoidance
    prevents the illness ("the trigger is" was read as a list of triggers, and "another
    attack" as a thing of its own)."""
    rels = relations(tmp_path, sentence, heading="Prevention")
    assert ("trigger avoidance", "prevents", T) in rels, rels
    assert not any(p == RISK for _, p, _ in rels), rels


def test_the_risk_of_it_from_a_cause_is_its_risk(tmp_path: Path) -> None:
    """"reduce the risk of <topic> from insect stings": the topic's risk."""
    rels = relations(tmp_path, "Allergen immunotherapy can reduce the risk of grebble fever from "
                     "insect stings.", heading="Prevention")
    assert ("allergen immunotherapy", "prevents", T) in rels, rels


def test_when_a_test_is_taken_is_no_part_of_its_name(tmp_path: Path) -> None:
    """"A blood test for zorbase taken within a few hours can support the diagnosis"."""
    rels = relations(tmp_path, "A blood test for zorbase taken within a few hours can support "
                     "the diagnosis.", heading="Diagnosis")
    assert any(p == "diagnosed_by" and "zorbase" in o and "hours" not in o
               for _, p, o in rels), rels


def test_a_later_class_with_examples_gives_its_examples(tmp_path: Path) -> None:
    """"foods such as A and shellfish, insect stings, and medicines such as B and C": B and
    C are triggers ("medicines such as B" was one name) and shellfish is a food, no
    adjective."""
    rels = relations(tmp_path, "The most common triggers are foods such as peanuts, milk and "
                     "shellfish, insect stings, and medicines such as antibiotics and "
                     "anaesthetics.", heading="Causes")
    risks = {s for s, p, o in rels if o == T}
    assert {"peanuts", "shellfish", "insect stings", "antibiotics", "anaesthetics"} <= risks, rels
    assert not any("such as" in s for s in risks), rels


def test_a_vitamin_taken_up_in_the_gut_is_no_remedy(tmp_path: Path) -> None:
    """"Without factor Z, vitamin B12 cannot be taken up in the gut": absorbed, not given."""
    rels = relations(tmp_path, "Without factor Z, vitamin B12 cannot be taken up in the gut.",
                     heading="How it develops")
    assert not any(p == "used_for" for _, p, _ in rels), rels


def test_levels_a_blood_test_measures_are_that_test(tmp_path: Path) -> None:
    """"Blood tests measure vitamin B12 levels": the vitamin B12 test, not "levels"."""
    rels = relations(tmp_path, "Blood tests measure vitamin B12 levels.", heading="Tests")
    tests = {o for _, p, o in rels if p == "diagnosed_by"}
    assert "vitamin b12 test" in tests and not any("levels" in t for t in tests), rels


def test_another_illness_treated_with_a_remedy_is_the_remedys_object(tmp_path: Path) -> None:
    """"Compartment syndrome is treated with fasciotomy": the fasciotomy treats that
    syndrome, not the page's topic; "The infection is treated with X" is still the topic's."""
    rels = relations(tmp_path, "Compartment syndrome is treated with fasciotomy. The infection "
                     "is treated with antibiotics.", heading="Treatment")
    assert ("fasciotomy", "used_for", "compartment syndrome") in rels, rels
    assert ("antibiotics", "used_for", T) in rels, rels
    assert ("fasciotomy", "used_for", T) not in rels, rels


def test_a_triad_of_the_topic_then_its_signs_keeps_every_sign(tmp_path: Path) -> None:
    """"The classic triad of grebble fever is fever, a rash and sore joints": the signs after
    "is", each one (a second rule for "triad of" once hid the fever)."""
    rels = relations(tmp_path, "The classic triad of grebble fever is fever, a rash and sore "
                     "joints.", heading="Symptoms")
    assert {(T, SIGN, s) for s in ("fever", "rash", "sore joints")} <= rels, rels


def test_the_signs_of_a_classic_triad_are_signs(tmp_path: Path) -> None:
    """"The classic triad of muscle pain, weakness and dark urine is seen in fewer than 10 %":
    three signs, and the share is the triad's (two of them were read as one harm)."""
    cs = page_claims(tmp_path, "Symptoms\nThe classic triad of muscle pain, weakness and dark "
                     "urine is seen in fewer than 10% of cases.\n")
    rels = {(cs.label(c.subject), c.predicate, cs.label(c.object))
            for c in cs.claims if c.object is not None}
    assert {(T, SIGN, s) for s in ("muscle pain", "weakness", "dark urine")} <= rels, rels
    assert not any(p == HARM for _, p, _ in rels), rels
    figs = [(cs.label(c.subject), c.measure.kind) for c in cs.claims if c.measure is not None]
    assert figs == [("classic triad", "frequency")], figs


def test_a_class_of_causes_then_its_members_are_causes(tmp_path: Path) -> None:
    """"Some medicines can also cause it. These include A, B and C": each is a cause."""
    rels = relations(tmp_path, "Some medicines can also cause it, particularly when you are "
                     "unwell. These include anti-inflammatory painkillers and water tablets.",
                     heading="Causes")
    assert {("anti-inflammatory painkillers", "causes", T),
            ("water tablets", "causes", T)} <= rels, rels


@pytest.mark.parametrize("item", ["are 65 or over", "are aged 65 or older", "are over 65"])
def test_an_age_with_or_over_after_it_is_older_age(tmp_path: Path, item: str) -> None:
    """"- are 65 or over" under "You are more likely to get it if you:": older age."""
    rels = relations(tmp_path, f"You are more likely to get it if you:\n- {item}\n- have "
                     "diabetes", heading="Who is more likely to get it?")
    assert {("older age", RISK, T), ("diabetes", RISK, T)} <= rels, rels


def test_only_picked_up_by_a_test_is_found_by_it(tmp_path: Path) -> None:
    """"It is often only picked up by a blood test": the test finds it."""
    rels = relations(tmp_path, "In the early stages there may be no symptoms. It is often only "
                     "picked up by a blood test.", heading="Symptoms")
    assert (T, "diagnosed_by", "blood test") in rels, rels


def test_people_admitted_to_hospital_are_whom_a_share_counts(tmp_path: Path) -> None:
    """"It affects up to one in five people who are admitted to hospital": the topic's
    frequency among them (it was the frequency of being admitted); "10 % are admitted to
    hospital" is still how many are."""
    figs = _figures(tmp_path, "It affects up to one in five people who are admitted to "
                    "hospital as an emergency.", heading="How common is it?")
    assert figs == [(T, "frequency", "people admitted to hospital as an emergency")], figs
    figs = _figures(tmp_path, "About 10% of people are admitted to hospital.")
    assert [f[0] for f in figs] == ["hospitalization"], figs


def test_the_risk_that_rises_after_a_delay_is_the_harm_alone(tmp_path: Path) -> None:
    """"If treatment is delayed, the risk of death rises": death (it was "death rises")."""
    rels = relations(tmp_path, "If treatment is delayed, the risk of death rises.",
                     heading="Outlook")
    assert ("delayed treatment", RISK, "death") in rels, rels


def test_a_higher_death_rate_is_a_risk_of_death(tmp_path: Path) -> None:
    """"Delay in surgery is linked to a higher death rate": linked to death."""
    rels = relations(tmp_path, "Delay in surgery is linked to a higher death rate.",
                     heading="Outlook")
    assert any(o == "death" and "surgery" in s for s, _, o in rels), rels
    assert not any("death rate" in o for _, _, o in rels), rels


def test_the_reasons_people_go_to_hospital_are_no_care(tmp_path: Path) -> None:
    """"It is one of the most common reasons children are admitted to hospital": why they
    go in, not a hospital stay used for "common reasons children"."""
    rels = relations(tmp_path, "Grebble fever is one of the most common reasons children are "
                     "admitted to hospital with a skin infection.", heading="Is it common?")
    assert not any("reasons" in s or "reasons" in o for s, _, o in rels), rels


def test_when_to_see_a_doctor_is_no_sign(tmp_path: Path) -> None:
    """"See a doctor the same day if ..." under "When should I get help?": advice."""
    rels = relations(tmp_path, "See a doctor the same day if the redness is spreading quickly.",
                     heading="When should I get help?")
    assert not any("doctor" in o for _, _, o in rels), rels


def test_a_remedy_for_a_genetic_form_is_for_the_topic(tmp_path: Path) -> None:
    """"Zorbumab is used for the genetic form": the topic, in that form."""
    rels = relations(tmp_path, "Zorbumab is used for the genetic form.", heading="Treatment")
    assert ("zorbumab", "used_for", T) in rels, rels


def test_other_problems_with_a_part_are_that_parts_problems(tmp_path: Path) -> None:
    """"A quarter have seizures or other problems with the brain": brain problems, and the
    quarter is of the seizures (it was "seizures problems with the brain")."""
    cs = page_claims(tmp_path, "Signs and symptoms\nAbout a quarter of children have seizures "
                     "or other problems with the brain.\n")
    rels = {(cs.label(c.subject), c.predicate, cs.label(c.object))
            for c in cs.claims if c.object is not None}
    assert {(T, SIGN, "seizures"), (T, SIGN, "brain problems")} <= rels, rels
    figs = [cs.label(c.subject) for c in cs.claims if c.measure is not None]
    assert figs == ["seizures"], figs


def test_how_long_a_remedy_is_needed_is_no_part_of_its_name(tmp_path: Path) -> None:
    """"About half need dialysis for a time": dialysis."""
    rels = relations(tmp_path, "About half of children need dialysis for a time.",
                     heading="Treatment")
    assert ("dialysis", "used_for", T) in rels, rels


def test_care_for_babies_of_an_age_is_care_of_the_topic(tmp_path: Path) -> None:
    """"Babies under 6 months often need treatment in hospital": the topic's care, and a
    figure about them keeps their age's unit ("babies under 6" lost "months")."""
    rels = relations(tmp_path, "Babies under 6 months often need treatment in hospital.",
                     heading="Treatment")
    assert ("hospital treatment", "used_for", T) in rels, rels
    figs = _figures(tmp_path, "Nine out of ten babies under 6 months old who catch it need to "
                    "go to hospital.")
    assert ("hospitalization", "frequency", "babies under 6 months old") in figs, figs


def test_how_many_weeks_a_remedy_is_given_is_no_part_of_its_name(tmp_path: Path) -> None:
    """"Treatment usually involves several weeks of antibiotics": the antibiotics."""
    rels = relations(tmp_path, "Treatment usually involves several weeks of antibiotics, often "
                     "started intravenously.", heading="Treatment")
    assert ("antibiotics", "used_for", T) in rels, rels


def test_in_which_cases_is_no_part_of_a_name(tmp_path: Path) -> None:
    """"Surgery is needed to remove dead bone in chronic cases": the dead bone."""
    rels = relations(tmp_path, "Surgery is needed to remove dead bone in chronic cases.",
                     heading="Treatment")
    assert ("surgery", "targets", "dead bone") in rels, rels


def test_a_group_leading_a_form_of_the_topic_is_the_figures_population(tmp_path: Path) -> None:
    """"In children, acute grebble fever affects 8 in 100,000 each year, and boys are
    affected about twice as often as girls": the incidence is the children's (the form
    hid the group) and the ratio sets boys against girls (it was "children vs girls")."""
    figs = _figures(tmp_path, "In children, acute grebble fever affects roughly 8 in 100,000 "
                    "each year, and boys are affected about twice as often as girls.",
                    heading="Epidemiology")
    assert (T, "incidence", "children") in figs, figs
    assert (T, "relative_risk", "boys vs girls") in figs, figs
