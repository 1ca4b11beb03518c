"""Sentence wordings read in session 42: wordings health pages use, written as sentences of
our own about the made-up grebble fever."""

from __future__ import annotations

from pathlib import Path

import pytest

from .grebble_pages import page_claims, relations

T = "grebble fever"
RISK = "increases_risk_of"


@pytest.mark.parametrize(("sentence", "factor"), [
    ("Risk is higher after a viral infection such as flu.", "viral infection"),
    ("The chance of getting it is higher after an operation.", "operation"),
    ("Genetic factors may make some people more susceptible.", "genetic factors"),
    ("Certain genes make some people more likely to get it.", "genes"),
    ("Contact with infected animals can spread the disease.", "contact with infected animals"),
    ("Rats can spread the infection to people.", "rats"),
    ("Mosquitoes transmit the virus.", "mosquitoes"),
])
def test_risk_wordings_of_this_session(tmp_path: Path, sentence: str, factor: str) -> None:
    """Each sentence names a thing that raises the risk of the illness (each gave nothing)."""
    rels = relations(tmp_path, sentence, heading="Overview")
    assert (factor, RISK, T) in rels, rels


def test_a_carrier_said_not_to_spread_it_is_denied(tmp_path: Path) -> None:
    """"Dogs do not spread it": the risk is named and denied."""
    cs = page_claims(tmp_path, "Overview\n\nDogs do not spread it.")
    found = [c for c in cs.claims if cs.label(c.subject) == "dogs" and c.predicate == RISK]
    assert found and all(c.negated for c in found)


def test_what_makes_people_prone_in_a_question_names_nothing(tmp_path: Path) -> None:
    """"Researchers want to learn what makes some people more likely to get it": no factor
    is named (the words before "what" had been read as one)."""
    rels = relations(tmp_path, "Researchers are still trying to learn what makes some people "
                               "more likely to get it.", heading="Overview")
    assert not any(p == RISK for _, p, _ in rels), rels


def _figures(tmp_path: Path, sentence: str) -> list[tuple[str, str, str | None]]:
    cs = page_claims(tmp_path, f"Overview\n\n{sentence}")
    return [(cs.label(c.subject), c.measure.kind, c.measure.population)
            for c in cs.claims if c.measure is not None]


def test_a_passive_reported_every_year_counts_new_cases_of_the_illness(tmp_path: Path) -> None:
    """"Between 10 and 20 new cases per million people are reported every year": a yearly
    incidence of the illness (the figure had been about a thing called "every year")."""
    figs = _figures(tmp_path, "Between 10 and 20 new cases per million people are reported "
                              "every year.")
    assert figs == [(T, "incidence", None)], figs


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Around 15% of cases are in people who have no obvious wound.", "no obvious wound"),
    ("About 1 in 3 people with it never develop the rash.", "no rash"),
    ("About 10% of people who get it have no fever.", "no fever"),
])
def test_a_figure_of_those_without_a_thing_keeps_the_lack(tmp_path: Path, sentence: str,
                                                          subject: str) -> None:
    """The share of people without a thing is not the share with it (the "no" was dropped,
    and the people's denial had been read as part of who they are: "people with it never")."""
    figs = _figures(tmp_path, sentence)
    assert [(s, pop) for s, _, pop in figs] == [(subject, None)], figs


def test_a_lack_counted_is_no_symptom(tmp_path: Path) -> None:
    """"10 % have no fever" names no symptom "no fever"."""
    rels = relations(tmp_path, "About 10% of people who get it have no fever.",
                     heading="Overview")
    assert not any(o.startswith("no ") for _, _, o in rels), rels


@pytest.mark.parametrize(("sentence", "remedy"), [
    ("Physiotherapy helps people regain strength.", "physiotherapy"),
    ("Occupational therapy helps people get back to daily activities.",
     "occupational therapy"),
    ("Rest and plenty of fluids help the body fight the infection.", "rest"),
])
def test_care_that_helps_people_back_to_health_works_for_it(tmp_path: Path, sentence: str,
                                                            remedy: str) -> None:
    """What helps people regain strength or helps the body fight the illness works for it
    (each gave nothing)."""
    rels = relations(tmp_path, sentence, heading="Treatment")
    assert (remedy, "effective_for", T) in rels, rels


def test_fatal_after_a_condition_with_no_comma(tmp_path: Path) -> None:
    """"Without prompt treatment it is often fatal": death is a harm of the illness (the
    condition before "it" had been read as what is fatal)."""
    rels = relations(tmp_path, "Without prompt treatment it is often fatal.", heading="Outlook")
    assert (T, "has_complication", "death") in rels, rels


@pytest.mark.parametrize("line", [
    "The bacteria produce toxins that damage blood vessels.",
    "The virus stays dormant in nerve cells.",
    "Calcium builds up in the small arteries.",
    "Blood vessels become inflamed and leak fluid.",
    "The body's defences overreact and damage healthy tissue.",
])
def test_a_one_sentence_paragraph_that_says_something_is_no_listed_cause(tmp_path: Path,
                                                                         line: str) -> None:
    """A paragraph of one sentence under a causes heading, opening on a subject and its
    verb, says how the illness comes about; it is no item whose whole text is a cause (each
    had given "<the whole sentence> contributes to grebble fever")."""
    body = f"{line}\n\nLater it can wake up again."
    rels = relations(tmp_path, body, heading="Causes")
    assert not any(o == T and len(s.split()) > 3 for s, _, o in rels), rels


def test_a_one_line_name_under_causes_is_still_an_item(tmp_path: Path) -> None:
    """Names on lines of their own ("A family history of the illness.") stay items."""
    body = "A family history of the illness.\n\nThe use of strong painkillers."
    rels = relations(tmp_path, body, heading="Causes")
    assert any(s == "family history" and o == T for s, _, o in rels), rels


@pytest.mark.parametrize(("sentence", "name"), [
    ("Children under the age of one are at higher risk of it.", "age under 1 year"),
    ("Babies and children under 1 face a greater risk.", "age under 1 year"),
    ("Children under the age of five are more likely to get it.", "age under 5"),
])
def test_an_age_threshold_said_without_a_unit_or_in_words(tmp_path: Path, sentence: str,
                                                          name: str) -> None:
    """"under the age of one" and "under 1" name the group under a year (the word "one" had
    named no threshold, and "age under 1" no unit)."""
    cs = page_claims(tmp_path, f"Risk factors\n{sentence}")
    young = next(e for e in cs.entities if e.label == "young age")
    assert name in young.synonyms, young.synonyms


@pytest.mark.parametrize("sentence", [
    "The most common complication of grebble fever is burning neuralgia (BN), pain that stays "
    "in the area where the rash was.",
    "The most common complication of grebble fever is burning neuralgia, pain that stays "
    "after the rash has gone.",
])
def test_a_noun_glossing_a_complication_is_no_second_one(tmp_path: Path, sentence: str) -> None:
    """"X, pain that stays ...": the pain says what X is; it is no second complication
    (each had also given "grebble fever has complication pain")."""
    rels = relations(tmp_path, sentence, heading="Complications")
    harms = {o for s, p, o in rels if s == T and p == "has_complication"}
    assert harms == {"burning neuralgia"}, rels


def test_two_adjectives_before_a_relative_stay_one_harm_each(tmp_path: Path) -> None:
    """"large, deep ulcers that do not heal" is no name glossed by a noun."""
    rels = relations(tmp_path, "It can cause large, deep ulcers that do not heal.",
                     heading="Complications")
    assert {(T, "has_complication", "large ulcers"), (T, "has_complication", "deep ulcers")} \
        <= rels, rels


def test_a_harm_the_page_named_a_complication_stays_one_in_a_figure(tmp_path: Path) -> None:
    """"The most common complication is burning nerve pain." then, a paragraph later, "About
    10% ... will experience burning nerve pain": still a complication, not a sign."""
    cs = page_claims(tmp_path, "Complications\nThe most common complication of grebble fever "
                               "is burning nerve pain.\n\nAbout 10% of people who get it will "
                               "experience burning nerve pain.")
    preds = {c.predicate for c in cs.claims if c.object is not None
             and cs.label(c.object) == "burning nerve pain"}
    assert preds == {"has_complication"}, preds


def _entities(tmp_path: Path, *pages: str) -> dict[str, tuple[str, ...]]:
    from claimgraph.ingest.extract import extract_corpus

    paths = []
    for i, body in enumerate(pages):
        path = tmp_path / f"page{i}.txt"
        path.write_text(f"Grebble fever\n\nGrebble fever is a rare illness.\n\n{body}\n",
                        encoding="utf-8")
        paths.append(path)
    cs, _, _ = extract_corpus(paths, progress=False)
    return {e.label: e.synonyms for e in cs.entities}


def test_a_term_in_brackets_after_a_long_description_names_it(tmp_path: Path) -> None:
    """"a crackling sensation under the skin (crepitus)" on one page and "crepitus" on
    another are one sign (the description was too long for the bracket reader)."""
    ents = _entities(tmp_path, "Symptoms\n\nYou may feel a crackling sensation under the skin "
                               "(crepitus).", "Symptoms\n\nSymptoms include crepitus and fever.")
    named = [label for label, syns in ents.items() if label == "crepitus" or "crepitus" in syns]
    assert len(named) == 1, ents


def test_a_term_in_brackets_names_no_single_word_of_the_phrase(tmp_path: Path) -> None:
    """"Very red eyes (conjunctivitis)": the eyes are no conjunctivitis; "the tubes carrying
    blood to the heart (coronary arteries)": the heart is no artery."""
    ents = _entities(tmp_path, "Symptoms\n\n- very red eyes (conjunctivitis)\n- a rash",
                     "Complications\n\nIt can narrow the tubes carrying blood to the heart "
                     "(coronary arteries).")
    assert "conjunctivitis" not in ents.get("eyes", ()), ents
    assert "coronary arteries" not in ents.get("heart", ()), ents


@pytest.mark.parametrize(("sentence", "subject", "predicate"), [
    ("Bacteria called Vibrio vulnificus, found in warm seawater, can also cause it.",
     "vibrio vulnificus", "causes"),
    ("Staph germs, commonly living on the skin, may sometimes cause it.", "staph germs",
     "causes"),
    ("Injecting drugs with dirty needles can introduce the bacteria.",
     "injecting drugs with dirty needles", RISK),
])
def test_an_aside_between_subject_and_verb_is_no_subject(tmp_path: Path, sentence: str,
                                                          subject: str, predicate: str) -> None:
    """"X, found in warm seawater, can cause it": X causes it (the aside had been read as
    the cause); what introduces the germs raises the risk."""
    rels = relations(tmp_path, sentence, heading="Causes" if predicate != "used_for"
                     else "Treatment")
    assert any(s.lower() == subject and p == predicate and o == T for s, p, o in rels), rels
    assert not any(s.startswith(("found", "given")) for s, _, _ in rels), rels


@pytest.mark.parametrize(("sentence", "subject"), [
    ("The rash typically appears 2 to 5 days after the fever begins.", "rash onset"),
    ("A fever usually starts 1 to 2 days after the injury.", "fever onset"),
    ("Most people are in hospital for 1 to 2 weeks.", "hospital stay"),
])
def test_when_a_sign_starts_is_its_onset_and_a_stay_in_hospital_its_stay(
        tmp_path: Path, sentence: str, subject: str) -> None:
    """"The rash appears 2 to 5 days after the fever" times the rash's start: named "rash",
    it read as how long the rash lasts, a figure a page may give too and which it must not
    be compared with; "in hospital for 1 to 2 weeks" is the hospital stay (it was the
    illness's own length)."""
    figs = _figures(tmp_path, sentence)
    assert [(s, k) for s, k, _ in figs] == [(subject, "duration")], figs


def test_a_sign_before_an_event_keeps_its_own_span(tmp_path: Path) -> None:
    """"Tingling comes 2 to 4 days before the rash": the tingling's span up to the rash."""
    figs = _figures(tmp_path, "Tingling often occurs 2 to 4 days before the rash appears.")
    assert [(s, k) for s, k, _ in figs] == [("tingling", "duration")], figs


@pytest.mark.parametrize(("sentence", "act"), [
    ("Proper wound care is essential.", "wound care"),
    ("Women should change tampons every 4 to 8 hours.", "tampon change"),
    ("Avoiding tampons altogether removes the risk.", "tampon avoidance"),
    ("Avoiding tampons eliminates the risk.", "tampon avoidance"),
])
def test_prevention_wordings_of_this_session(tmp_path: Path, sentence: str, act: str) -> None:
    """Under a prevention heading: what is essential prevents it (it had been a remedy), a
    command to a group is advice, and what removes the risk prevents it."""
    rels = relations(tmp_path, sentence, heading="Prevention")
    assert (act, "prevents", T) in rels, rels
    assert not any(p == "used_for" for _, p, _ in rels), rels


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Strep bacteria are found in about 60% of cases.", "strep bacteria"),
    ("Up to 30% of cases have no obvious cause.", "unknown cause"),
])
def test_cases_of_one_cause_are_a_share_of_the_cases(tmp_path: Path, sentence: str,
                                                     subject: str) -> None:
    """A germ found in 60 % of cases, or cases of no known cause, are kinds of case: a
    share, not how often a sign shows (and "no obvious cause" names no factor denied)."""
    cs = page_claims(tmp_path, f"Causes\n\n{sentence}")
    figs = [(cs.label(c.subject), c.measure.kind) for c in cs.claims if c.measure is not None]
    assert figs == [(subject, "share")], figs
    assert not any(c.negated for c in cs.claims), cs.claims


def test_a_state_before_whether_is_the_state(tmp_path: Path) -> None:
    """"Immunosuppression, whether due to A, B or C, increases susceptibility": the state
    and each of its causes raise the risk (the state was named "immunosuppression, whether")."""
    rels = relations(tmp_path, "Immunosuppression, whether due to malignancy, corticosteroid "
                               "therapy, or HIV infection, increases susceptibility.",
                     heading="Etiology")
    factors = {s for s, p, o in rels if p == RISK and o == T}
    assert {"immunosuppression", "malignancy", "HIV infection"} <= factors, rels


def test_a_share_of_patients_with_no_thing_denies_no_factor(tmp_path: Path) -> None:
    """"20 % of patients have no identifiable portal of entry": nothing is denied to raise
    the risk."""
    rels = relations(tmp_path, "Approximately 20% of patients have no identifiable portal "
                               "of entry.", heading="Etiology")
    assert not any(p == RISK for _, p, _ in rels), rels


def test_care_initiated_is_given_and_initiated_within_a_time_is_its_start(
        tmp_path: Path) -> None:
    """"Broad-spectrum antibiotics should be initiated empirically": a remedy; "Therapy with
    zorbulin should be initiated within 10 days of fever onset to prevent heart damage": the
    start of zorbulin, which prevents the damage (not "fever onset")."""
    rels = relations(tmp_path, "Broad-spectrum antibiotics should be initiated empirically.",
                     heading="Treatment")
    assert ("broad-spectrum antibiotics", "used_for", T) in rels, rels
    cs = page_claims(tmp_path, "Treatment\n\nTherapy with zorbulin should be initiated within "
                               "10 days of fever onset to prevent heart damage.")
    got = {(cs.label(c.subject), c.predicate, cs.label(c.object) if c.object else None)
           for c in cs.claims}
    assert ("zorbulin", "prevents", "heart damage") in got, got
    assert ("start of zorbulin", "has_measure", None) in got, got


@pytest.mark.parametrize(("sentence", "subject", "kind"), [
    ("Chronic disease develops in 10% to 30% of patients.", "chronic grebble fever", "share"),
    ("Severe illness occurs in 5% of cases.", "severe grebble fever", "share"),
    ("Chronic disease is present in 40% of patients.", None, "frequency"),
])
def test_the_topic_named_by_its_grade_is_its_form(tmp_path: Path, sentence: str,
                                                  subject: str | None, kind: str) -> None:
    """"Chronic disease develops in 10-30 %": the chronic form's share (the figure had been
    how often a thing called "chronic disease" shows); present in patients, it may be any
    long illness they have."""
    cs = page_claims(tmp_path, f"Outlook\n\n{sentence}")
    figs = [(cs.label(c.subject), c.measure.kind) for c in cs.claims if c.measure is not None]
    assert [k for _, k in figs] == [kind], figs
    assert subject is None or [s for s, _ in figs] == [subject], figs


def test_a_form_said_to_develop_in_people_keeps_its_grade(tmp_path: Path) -> None:
    """"The chronic form develops in 10% to 30% of patients": the share of the chronic form,
    not a share of the illness itself (a relation said of "chronic X" is X's; a figure is
    not)."""
    cs = page_claims(tmp_path, "Outlook\n\nThe chronic form develops in 10% to 30% of "
                               "patients.")
    figs = [(cs.label(c.subject), c.measure.kind) for c in cs.claims if c.measure is not None]
    assert figs == [("chronic grebble fever", "share")], figs


@pytest.mark.parametrize(("sentence", "factor"), [
    ("The condition can be triggered by an infection elsewhere in the body.", "infection"),
    ("Having chickenpox or shingles can increase the risk in children.", "chickenpox"),
    ("Anybody can get it, but it is more likely if you have diabetes.", "diabetes"),
    ("It can strike anybody, but is more common if you have diabetes.", "diabetes"),
    ("The infection usually starts in a wound.", "wound"),
    ("It often starts in a cut or a surgical wound.", "surgical wound"),
])
def test_more_risk_wordings_of_this_session(tmp_path: Path, sentence: str, factor: str) -> None:
    """"an infection elsewhere in the body" (no name was left of it), whose risk ("in
    children"), a "but" clause sharing its subject, and a wound the infection starts in
    (each gave nothing, or a contributing "list" cause)."""
    rels = relations(tmp_path, sentence, heading="Causes")
    assert (factor, RISK, T) in rels, rels


def test_a_sign_line_that_says_where_it_starts_names_the_sign(tmp_path: Path) -> None:
    """"The rash starts in the armpits." as a line under symptoms: the sign is the rash (the
    whole line had been the sign's name)."""
    rels = relations(tmp_path, "The rash starts in the armpits.\n\nIt is itchy.",
                     heading="Symptoms")
    signs = {o for s, p, o in rels if s == T and p == "has_symptom"}
    assert "rash" in signs and not any(o.startswith("rash ") for o in signs), rels


@pytest.mark.parametrize(("sentence", "sign"), [
    ("Your vision may become blurry.", "blurred vision"),
    ("The eyes may become red and painful, and vision can become blurred.", "blurred vision"),
    ("Your heart may beat faster than normal.", "rapid heartbeat"),
    ("Your heart rate may go up.", "rapid heartbeat"),
])
def test_a_working_said_to_change_is_a_sign(tmp_path: Path, sentence: str, sign: str) -> None:
    """Sight that blurs and a heart that beats faster are signs (each gave none)."""
    rels = relations(tmp_path, sentence, heading="Symptoms")
    assert (T, "has_symptom", sign) in rels, rels


def test_the_outlook_worse_in_a_group_is_no_severe_sign(tmp_path: Path) -> None:
    """"The outlook is worse for older people": older age and a poor prognosis, no "severe
    outlook" raised by the group as written."""
    rels = relations(tmp_path, "The outlook is worse for older people.", heading="Outlook")
    assert ("older age", RISK, "poor prognosis") in rels, rels
    assert not any("outlook" in o for _, _, o in rels), rels


def test_when_a_harm_is_left_is_no_part_of_its_name(tmp_path: Path) -> None:
    """"left with large scars after surgery": large scars."""
    rels = relations(tmp_path, "Some people are left with large scars after surgery.",
                     heading="Complications")
    assert (T, "has_complication", "large scars") in rels, rels


def test_a_virus_that_stays_and_wakes_up_later(tmp_path: Path) -> None:
    """"The virus stays in the body after chickenpox and can wake up later": latency and
    reactivation, in lay words (it gave nothing); waking up with a sign is neither."""
    rels = relations(tmp_path, "The virus stays in the body after chickenpox and can wake up "
                               "later.", heading="Overview")
    assert {(T, "involves", "viral latency"), (T, "involves", "virus reactivation")} <= rels
    assert not relations(tmp_path, "You wake up with a stiff neck.", heading="Overview") & {
        (T, "involves", "virus reactivation")}


@pytest.mark.parametrize(("sentence", "heading", "triple"), [
    ("It is an acute febrile illness of childhood.", "Overview", (T, "has_symptom", "fever")),
    ("It is a rare, painful disease.", "Overview", (T, "has_symptom", "pain")),
    ("There may be pain in the distribution of a nerve.", "Symptoms",
     (T, "has_symptom", "nerve pain")),
    ("The aneurysm can burst (rupture).", "Complications",
     (T, "has_complication", "aneurysm rupture")),
])
def test_signs_and_harms_in_clinical_words(tmp_path: Path, sentence: str, heading: str,
                                           triple: tuple[str, str, str]) -> None:
    """A sign in the words defining the illness, pain "in the distribution of" a nerve, a
    swelling that bursts (each gave nothing, or the whole phrase as the sign)."""
    assert triple in relations(tmp_path, sentence, heading=heading)


def test_a_clause_line_under_complications_is_no_harm_named_whole(tmp_path: Path) -> None:
    """"The blisters burst and crust over." as a paragraph under complications is no harm
    called "blisters burst"; name lines ("Kidney failure.") stay harms."""
    rels = relations(tmp_path, "The blisters burst and crust over.\n\nKidney failure.\n\n"
                               "Liver failure.", heading="Complications")
    harms = {o for s, p, o in rels if s == T and p == "has_complication"}
    assert {"kidney failure", "liver failure"} <= harms, rels
    assert not any("burst" in o for o in harms), rels
