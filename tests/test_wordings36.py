"""Sentence wordings read in session 36, from pages on other conditions (risk-factor pages
of health libraries, an encyclopedia-like site, epidemiology notes) read as a new user
would, each error rewritten as a sentence of our own about the made-up grebble fever."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.ingest.documents import read_document
from claimgraph.ingest.extract import extract_corpus, topic_of

from .grebble_pages import page_claims, relations

T = "grebble fever"
RISK, CAUSES, CONTRIB = "increases_risk_of", "causes", "contributes_to"
USED, PREVENTS, LOOKS = "used_for", "prevents", "resembles"


# --- who is at risk ----------------------------------------------------------------------
@pytest.mark.parametrize(("sentence", "factor"), [
    ("People whose immune system is weakened are at higher risk of grebble fever.",
     "weakened immune system"),
    ("People whose immune system is weakened by cancer treatment are at higher risk of "
     "grebble fever.", "weakened immune system"),
    ("Grebble fever often occurs in people whose immune system is weakened by cancer "
     "treatment.", "weakened immune system"),
    ("People that take drugs intravenously are also more susceptible.", "intravenous drug use"),
    ("People who take drugs intravenously are more susceptible.", "intravenous drug use"),
    ("Grebble fever is more likely to develop in people that have existing heart conditions.",
     "existing heart conditions"),
    ("Men develop grebble fever more often than women.", "male sex"),
    ("Women get grebble fever much more often than men.", "female sex"),
])
def test_people_named_by_what_they_have_or_do(tmp_path: Path, sentence: str,
                                              factor: str) -> None:
    """"people whose X is weakened" gave nothing as a subject ("whose immune system" with
    a cause after it); "people that ..." was not read as "people who ..."; "who take drugs
    intravenously" named no act; "Men develop X more often" needed a pronoun for X."""
    assert (factor, RISK, T) in relations(tmp_path, sentence)


def test_men_get_another_illness_more_often_is_no_risk(tmp_path: Path) -> None:
    """The name between the verb and "more often" must be the topic's."""
    rels = relations(tmp_path, "Men get heart disease more often than women.")
    assert not any(p == RISK for _, p, _ in rels)


def test_at_risk_especially_if_names_both(tmp_path: Path) -> None:
    """"..., especially if they also abuse alcohol": the risk is the topic's (the condition
    had been read as what the risk was of), and the condition is a factor too."""
    rels = relations(tmp_path, "Patients who smoke cigarettes are at increased risk, "
                               "especially if they also abuse alcohol.")
    assert ("smoking cigarettes", RISK, T) in rels
    assert ("abusing alcohol", RISK, T) in rels
    assert not any(o not in (T,) for _, p, o in rels if p == RISK)


def test_a_risk_list_item_ends_before_especially_if(tmp_path: Path) -> None:
    """"IV drug use, especially if needles are shared or reused, ...": one factor (the
    clause's words had become "if needles" and "reused substances")."""
    cs = page_claims(tmp_path, "Risk factors\n\nCertain conditions put you at higher risk. "
                               "These include:\n\n- IV drug use, especially if needles are "
                               "shared or reused, or the skin is not cleaned first.\n- Diabetes")
    subjects = {cs.label(c.subject) for c in cs.claims if c.predicate == RISK}
    assert {"IV drug use", "diabetes"} <= subjects
    assert not any("needle" in s or "reused" in s for s in subjects)


def test_a_list_led_by_a_denied_risk_is_denied(tmp_path: Path) -> None:
    """"You are not at greater risk than others if you have:" lists what does not raise the
    risk: each item is read as a denial, not as a factor."""
    cs = page_claims(tmp_path, "Risk factors\n\nYou are not at greater risk for grebble fever "
                               "than the general public if you have:\n\n- A heart stent\n"
                               "- A mended hernia")
    items = {(cs.label(c.subject), c.negated) for c in cs.claims if c.predicate == RISK}
    assert items == {("heart stent", True), ("mended hernia", True)}


def test_a_list_of_what_can_lead_to_it_lists_causes(tmp_path: Path) -> None:
    """"Conditions that can lead to (acute) X include:" names no cause word, but its items
    are what brings the illness on."""
    cs = page_claims(tmp_path, "Conditions that can lead to acute grebble fever include:\n\n"
                               "- Gallstones\n- Alcoholism")
    assert {cs.label(c.subject) for c in cs.claims if c.predicate == CONTRIB} == {
        "gallstones", "alcoholism"}


# --- causes ------------------------------------------------------------------------------
@pytest.mark.parametrize(("sentence", "causes"), [
    ("The most common causes for grebble fever are alcohol abuse and gallstones.",
     {"alcohol abuse", "gallstones"}),
    ("Common causes for grebble fever include alcohol abuse and gallstones.",
     {"alcohol abuse", "gallstones"}),
    ("Zorb bacteria are the primary causes of grebble fever worldwide.", {"zorb bacteria"}),
])
def test_causes_for_and_primary_causes(tmp_path: Path, sentence: str, causes: set[str]) -> None:
    """"causes for X" (not "of") and "the primary causes of X" gave nothing."""
    assert {(c, CAUSES, T) for c in causes} <= relations(tmp_path, sentence)


def test_no_cause_for_something_joined_by_and(tmp_path: Path) -> None:
    """"There is no clear cause for A or B and evidence suggests that it is ...": the
    words after "cause for" are no subject of "is" that far on."""
    rels = relations(tmp_path, "There isn't a clear cause for it and evidence suggests that "
                               "it is linked to a zorb virus.")
    assert not any(p == CAUSES for _, p, _ in rels)


def test_a_process_is_no_thing_named(tmp_path: Path) -> None:
    """"The process may be related to a blockage": the process described before, no
    entity of its own."""
    cs = page_claims(tmp_path, "Causes\n\nIf the enzymes turn on early, they damage the "
                               "gland. The process may be related to a blockage in the duct.")
    assert "process" not in {e.label for e in cs.entities}


# --- care and look-alikes ----------------------------------------------------------------
def test_a_clause_led_by_the_surgeons_is_no_remedy(tmp_path: Path) -> None:
    """"Surgeons cut away dead tissue to stop ...": the act is care; "surgeons cut away
    dead tissue" is no name of anything that prevents."""
    rels = relations(tmp_path, "Surgeons cut away dead tissue to stop the infection spreading.")
    assert ("dead tissue removal", USED, T) in rels
    assert not any(s.lower().startswith("surgeons") for s, _, _ in rels)


def test_treatments_are_more_effective_is_no_list(tmp_path: Path) -> None:
    """"... by cancer treatment are at higher risk": "treatment are at" is no list of care."""
    rels = relations(tmp_path, "Treatments are more effective when started early.")
    assert not any(p == USED for _, p, _ in rels)


@pytest.mark.parametrize(("sentence", "other"), [
    ("Grebble fever can look like cellulitis in its early stages.", "cellulitis"),
    ("Grebble fever often looks like flu at first.", "flu"),
])
def test_the_illness_looking_like_another(tmp_path: Path, sentence: str, other: str) -> None:
    """"looks like" outside a diagnosis section describes (a rash looking like a target),
    but the illness itself looking like another is a look-alike."""
    assert (T, LOOKS, other) in relations(tmp_path, sentence)


def test_a_sign_looking_like_something_is_no_look_alike(tmp_path: Path) -> None:
    rels = relations(tmp_path, "The rash can look like a bullseye.")
    assert not any(p == LOOKS for _, p, _ in rels)


# --- figures -----------------------------------------------------------------------------
def test_a_share_said_with_currently(tmp_path: Path) -> None:
    """"X currently accounts for about 40 % of cases": X's share (it had been the topic's)."""
    cs = page_claims(tmp_path, "Zorb bacteria currently account for about 40% of cases.")
    shares = [(cs.label(c.subject), c.measure.value) for c in cs.claims
              if c.measure is not None and c.measure.kind == "share"]
    assert shares == [("zorb bacteria", pytest.approx(0.4))]


def test_the_cause_for_it_unknown_in_a_share_of_cases(tmp_path: Path) -> None:
    """"In about 30 % of cases, the cause for X is unknown": the share of cases of unknown
    cause (it had been how often the illness happens)."""
    cs = page_claims(tmp_path, "In about 30% of cases, the cause for grebble fever is unknown.")
    figures = {(cs.label(c.subject), c.measure.kind) for c in cs.claims if c.measure is not None}
    assert figures == {("unknown cause", "share")}


# --- the page's topic --------------------------------------------------------------------
@pytest.mark.parametrize("title", [
    "Causes and Risk Factors for Grebble Fever",
    "Symptoms, Diagnosis and Treatment of Grebble Fever",
    "Epidemiology of Grebble Fever",
])
def test_a_title_naming_several_sections_names_the_topic(tmp_path: Path, title: str) -> None:
    """"Causes and Risk Factors for X" gave no topic from the title (the page's topic had
    become "patients who smoke cigarettes", the subject of one sentence)."""
    page = tmp_path / "page.txt"
    page.write_text(f"{title}\n\nPatients who smoke are at increased risk. Patients who smoke "
                    "often drink too. Grebble fever is rare in children.\n", encoding="utf-8")
    assert topic_of(read_document(page)).lower() == T
    cs, _, _ = extract_corpus([page], progress=False)
    assert cs.label(cs.topic).lower() == T


# --- batch 2: risk-factor pages of four more conditions ----------------------------------
def test_an_example_of_how_a_member_comes_about_is_no_cause_clause(tmp_path: Path) -> None:
    """"..., or prolonged immobilization - such as due to illness or long trips": an example
    of the member, not "due to" saying what every member of the list is caused by (each
    had become a complication of the illness)."""
    rels = relations(tmp_path, "Risk factors for grebble fever include obesity, smoking, or "
                               "prolonged immobilization - such as due to long trips in cars.")
    assert {("obesity", RISK, T), ("smoking", RISK, T), ("prolonged immobilization", RISK, T),
            ("long trips in cars", RISK, T)} <= rels
    assert not any(p == "has_complication" for _, p, _ in rels)
    assert not any(s.startswith("due to") for s, _, _ in rels)


def test_risk_factors_as_well(tmp_path: Path) -> None:
    """"A and B are risk factors as well": of the topic ("as well" had been the object)."""
    rels = relations(tmp_path, "Recent surgery and hormone therapy are risk factors as well.")
    assert {("recent surgery", RISK, T), ("hormone therapy", RISK, T)} <= rels


def test_affects_one_group_more_often_than_another(tmp_path: Path) -> None:
    """"It affects black women more frequently than white women": the first group (it had
    been "black women more")."""
    assert ("black women", RISK, T) in relations(
        tmp_path, "It affects black women more frequently than white women.")


def test_field_names_of_a_risk_list_are_no_factors(tmp_path: Path) -> None:
    """"- Gender: ... it most often affects women", "- Family history: Relatives of people
    with it have a greater chance": the field names "gender" and "race" are no factors, and
    relatives of people with it are a family history."""
    cs = page_claims(tmp_path, "Risk factors\n\n- Gender: Even though anyone can get grebble "
                               "fever, it most often affects women.\n- Race: It is more common "
                               "in Asian women.\n- Family history: Relatives of people with "
                               "grebble fever have a greater chance of developing it.")
    factors = {cs.label(c.subject) for c in cs.claims if c.predicate == RISK}
    assert {"female sex", "family history"} <= factors
    assert not factors & {"gender", "race", "relatives of people"}


def test_a_gloss_after_the_topic_is_no_second_object(tmp_path: Path) -> None:
    """"A and B are common causes of X, a lung infection": the class X is, no second thing
    A and B cause."""
    rels = relations(tmp_path, "Zorb bacteria and viruses are common causes of grebble fever, a "
                               "lung infection.")
    assert {("zorb bacteria", CAUSES, T), ("viruses", CAUSES, T)} <= rels
    assert not any(o == "lung infection" for _, _, o in rels)


def test_in_children_and_adults_names_no_member(tmp_path: Path) -> None:
    """"a leading cause of hospitalization in both children and adults": hospitalization
    (it had been "hospitalization in both children" and "adults")."""
    rels = relations(tmp_path, "Grebble fever is a leading cause of hospitalization in both "
                               "children and adults.")
    assert (T, "has_complication", "hospitalization") in rels
    assert not any(o in ("adults", "hospitalization in both children") for _, _, o in rels)


def test_the_class_of_examples_after_due_to_is_no_member(tmp_path: Path) -> None:
    """"Weakened immune system, due to factors such as A or B": the factors are A and B,
    "due to factors" is none; "infants and children younger than age 2" are young age."""
    cs = page_claims(tmp_path, "Risk factors\n\nOther risk factors include:\n\n- Weakened "
                               "immune system, due to factors such as HIV/AIDS or organ "
                               "transplant\n- Infants and children younger than age 2 years, "
                               "because their immune systems are still developing")
    factors = {cs.label(c.subject) for c in cs.claims if c.predicate == RISK}
    assert {"weakened immune system", "HIV/AIDS", "organ transplant", "young age"} <= factors
    assert not any(f.startswith("due to") or f.startswith("infants") for f in factors)


def test_a_long_list_is_cut_at_a_comma_never_inside_a_word(tmp_path: Path) -> None:
    """A clause reaches at most 300 characters from its relation phrase: a longer list of
    risk factors was cut inside a word ("solid c" became a factor); it ends at a comma."""
    members: list[str] = []
    lead = "Risk factors include "
    while len(lead) < 290:  # the 300th character falls inside the next member's words
        members.append(f"zorb factor {len(members) + 10}")
        lead = "Risk factors include " + ", ".join(members) + ", "
    members += ["solid cancers", "stroke"]
    cs = page_claims(tmp_path, "Risk factors include " + ", ".join(members) + ".")
    factors = {cs.label(c.subject) for c in cs.claims if c.predicate == RISK}
    assert factors and factors <= set(members)


@pytest.mark.parametrize(("title", "body", "topic"), [
    ("Grebble Fever (GF) Risk Factors", "Risk factors for GF include smoking. GF is rare.",
     "grebble fever"),
    ("Risk Factors for Chronic Grebble Fever", "A risk factor is something that raises your "
     "chance of getting a disease. Grebble fever is rare. Grebble fever affects women more.",
     "grebble fever"),
])
def test_titles_over_pages_that_name_the_topic_otherwise(tmp_path: Path, title: str, body: str,
                                                         topic: str) -> None:
    """A title "X (ABBR) Risk Factors" over sentences that say ABBR names X; a title whose
    full name the sentences shorten names what they say ("A risk factor is something ..."
    had been the topic, as had "The origins of clots")."""
    page = tmp_path / "page.txt"
    page.write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    assert topic_of(read_document(page)) == topic


# --- batch 3: clinical references (epidemiology, aetiology, presentation) ----------------
@pytest.mark.parametrize(("sentence", "causes"), [
    ("Recent studies show that adenovirus and parvovirus were the common causes for grebble "
     "fever.", {"adenovirus", "parvovirus"}),
    ("Other causes in developing countries include zorb fever and HIV infection.",
     {"zorb fever", "HIV infection"}),
    ("Grebble fever is often secondary to a viral infection.", {"viral infection"}),
    ("Grebble fever secondary to zorb disease should be suspected in travellers.",
     {"zorb disease"}),
])
def test_clinical_wordings_of_causes(tmp_path: Path, sentence: str, causes: set[str]) -> None:
    """"were the common causes for", "Other causes in <where> include", "secondary to"
    gave nothing (and the cause ends before "should be suspected")."""
    assert {(c, CAUSES, T) for c in causes} <= relations(tmp_path, sentence)


def test_a_share_of_another_outcome_due_to_the_illness(tmp_path: Path) -> None:
    """"up to 20 % of all cases of sudden death are due to X": sudden death is X's harm (it
    had been "up")."""
    rels = relations(tmp_path, "In young adults, up to 20% of all cases of sudden death are due "
                               "to grebble fever.")
    assert (T, "has_complication", "sudden death") in rels
    assert not any(o == "up" for _, _, o in rels)


def test_organ_systems_involved_are_no_germs(tmp_path: Path) -> None:
    """"It is a clinical diagnosis, and multiple organ systems may be involved": no cause
    (both the diagnosis and the organ systems had caused the illness)."""
    rels = relations(tmp_path, "It is a clinical diagnosis, and multiple organ systems may be "
                               "involved.")
    assert not any(p == CAUSES for _, p, _ in rels)


@pytest.mark.parametrize("sentence", [
    "Arthritis is a major manifestation of grebble fever in 92% of adults.",
    "Arthritis is the most common manifestation of grebble fever.",
    "Arthritis is a major feature of grebble fever.",
])
def test_a_manifestation_is_a_sign(tmp_path: Path, sentence: str) -> None:
    assert (T, "has_symptom", "arthritis") in relations(tmp_path, sentence)


def test_a_clause_before_and_is_no_sign(tmp_path: Path) -> None:
    """"The likelihood increases with age, and arthritis is a major manifestation of X":
    arthritis, not the clause before it."""
    rels = relations(tmp_path, "The likelihood increases with the age of the patient, and "
                               "arthritis is a major manifestation of grebble fever.")
    signs = {o for _, p, o in rels if p == "has_symptom"}
    assert signs == {"arthritis"}


@pytest.mark.parametrize(("title", "body", "topic"), [
    ("Acute Grebble Fever", "History and exam\n\nThe pain is often extreme. Fever is common.",
     "acute grebble fever"),
    ("Grebble fever and heart disease", "The peak onset is between the ages of 6 and 20. Grebble "
     "fever is rare. Grebble fever affects both sexes.", "grebble fever"),
])
def test_a_first_sentence_that_defines_nothing_is_no_topic(tmp_path: Path, title: str,
                                                             body: str, topic: str) -> None:
    """Under a title that names an illness, the first sentence's subject is the topic only
    when the sentence defines it ("X is a ..."): "The pain is often extreme" and "The peak
    onset is between ..." had been the pages' topics."""
    page = tmp_path / "page.txt"
    page.write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    assert topic_of(read_document(page)) == topic


# --- batch 4: own batteries of causes, tests, prevention and care -----------------------
def test_a_way_in_after_a_germ_that_gets_into_it(tmp_path: Path) -> None:
    """"caused by bacteria that get into a cut, scrape or burn": each way in raises the risk
    (only "enter the body through" was read after a "that")."""
    rels = relations(tmp_path, "Grebble fever is usually caused by bacteria that get into a "
                               "cut, scrape, burn or insect bite.")
    assert {("bacteria", CAUSES, T), ("cut", RISK, T), ("burn", RISK, T),
            ("insect bite", RISK, T)} <= rels


def test_people_named_by_what_they_are_not_name_no_factor(tmp_path: Path) -> None:
    """"women who are not menstruating" is no risk factor (it had been "not menstruating")."""
    rels = relations(tmp_path, "Grebble fever can also occur in men and in women who are not "
                               "menstruating.")
    assert not any("menstruat" in s for s, _, _ in rels)


def test_clinical_grounds_are_no_test(tmp_path: Path) -> None:
    rels = relations(tmp_path, "The diagnosis is made on clinical grounds and confirmed by "
                               "blood cultures.")
    assert (T, "diagnosed_by", "blood cultures") in rels
    assert not any("grounds" in o for _, _, o in rels)


def test_the_best_way_to_prevent_it_is_no_sign(tmp_path: Path) -> None:
    """"The best way to prevent X is to keep wounds clean": wound care prevents it; "best
    way" is no sign (the topic's name held a sign's word, "fever")."""
    rels = relations(tmp_path, "The best way to prevent grebble fever is to keep wounds clean.")
    assert ("wound care", PREVENTS, T) in rels
    assert not any(p == "has_symptom" for _, p, _ in rels)


@pytest.mark.parametrize(("sentence", "act"), [
    ("Good wound care is important in preventing grebble fever.", "good wound care"),
    ("Hand washing is key to avoiding grebble fever.", "hand washing"),
])
def test_important_in_preventing(tmp_path: Path, sentence: str, act: str) -> None:
    assert (act, PREVENTS, T) in relations(tmp_path, sentence)


def test_important_to_prevent_or_recover_names_nothing_prevented(tmp_path: Path) -> None:
    """"Seeing a doctor is very important to prevent or recover from complications": no
    "recover from complications" prevented (the infinitive is left to the other readers)."""
    rels = relations(tmp_path, "Seeing your doctor promptly is very important to prevent or "
                               "recover from complications.")
    assert not any("recover" in o for _, p, o in rels if p == PREVENTS)


def test_a_purpose_ends_before_another_remedy(tmp_path: Path) -> None:
    """"Treatment involves surgery to remove dead tissue and intravenous antibiotics": the
    surgery removes the tissue, not the antibiotics, and the antibiotics are care too."""
    rels = relations(tmp_path, "Treatment involves surgery to remove dead tissue and intravenous "
                               "antibiotics.")
    assert ("surgery", USED, T) in rels and ("intravenous antibiotics", USED, T) in rels
    assert ("surgery", "targets", "dead tissue") in rels
    assert ("surgery", "targets", "intravenous antibiotics") not in rels


# --- batch 5: rare-disease summaries and an illness's forms ------------------------------
def test_a_verbless_gloss_counts_its_lines_thing(tmp_path: Path) -> None:
    """A risk factor on a line of its own, then "Present in up to 60% of patients.": how
    often the factor is found (it had been how often the illness is)."""
    cs = page_claims(tmp_path, "Risk factors\n\nstrong\n\ndiabetes mellitus\n\nPresent in up to "
                               "60% of patients with grebble fever.\n\nrecent surgery\n\nSurgical "
                               "wounds provide a way in.")
    figures = [(cs.label(c.subject), c.measure.kind) for c in cs.claims if c.measure is not None]
    assert figures == [("diabetes mellitus", "frequency")]


def test_associated_most_frequently(tmp_path: Path) -> None:
    """"is most frequently associated with A and B": A and B (the adverb pair had cut the
    subject off)."""
    rels = relations(tmp_path, "Grebble fever is most frequently associated with zorbamide and "
                               "blue mould.")
    assert {("zorbamide", "associated_with", T), ("blue mould", "associated_with", T)} <= rels


@pytest.mark.parametrize("sentence", [
    "People that may be at increased risk to develop grebble fever include those with HIV, a "
    "weakened immune system, or a family history of the condition.",
    "People who may be at increased risk include those with HIV, a weakened immune system, or a "
    "family history of the condition.",
])
def test_people_who_may_be_at_risk_include(tmp_path: Path, sentence: str) -> None:
    """"People that may be at increased risk to develop it include those with A, B, or a
    family history of the condition": each (and "a family history of the condition" is a
    member, no gloss on the one before)."""
    rels = relations(tmp_path, sentence)
    assert {("HIV", RISK, T), ("weakened immune system", RISK, T),
            ("family history", RISK, T)} <= rels


def test_a_test_finding_is_no_sign_of_the_test(tmp_path: Path) -> None:
    rels = relations(tmp_path, "Histology is characterized by an epidermal necrolysis.")
    assert not any(s.lower() == "histology" for s, _, _ in rels)


# --- batch 6: long risk sentences of our own ---------------------------------------------
def test_a_weakened_immune_system_from_an_illness_such_as(tmp_path: Path) -> None:
    """"more likely ... if you have weak immunity from an illness such as A, B or C": the
    state and each illness (it had been one long name)."""
    rels = relations(tmp_path, "You are more likely to get grebble fever if you have weak "
                               "immunity from a long-standing illness such as diabetes, cancer "
                               "or kidney disease.")
    assert {("weak immunity", RISK, T), ("diabetes", RISK, T), ("cancer", RISK, T),
            ("kidney disease", RISK, T)} <= rels
    assert not any(len(s.split()) > 4 for s, p, _ in rels if p == RISK)


def test_more_likely_in_people_who(tmp_path: Path) -> None:
    """"it is more likely in people who have had recent surgery, people with chronic
    conditions and those who inject drugs": each group's factor (only the first was read)."""
    rels = relations(tmp_path, "Although anyone can get grebble fever, it is more likely in "
                               "people who have had recent surgery, people with chronic "
                               "conditions and those who inject drugs.")
    assert {("recent surgery", RISK, T), ("injecting drugs", RISK, T)} <= rels


def test_a_sign_more_likely_in_a_group_is_no_risk_of_the_illness(tmp_path: Path) -> None:
    rels = relations(tmp_path, "A rash is more likely in children.")
    assert not any(p == RISK for _, p, _ in rels)


def test_the_illness_linked_to_a_use(tmp_path: Path) -> None:
    """"The illness is linked to the use of A and B": A and B go with it (they had been its
    complications, read as the burden of an illness)."""
    rels = relations(tmp_path, "The illness is linked to the use of tampons and menstrual cups.")
    assert {("tampons", "associated_with", T), ("menstrual cups", "associated_with", T)} <= rels
    assert not any(p == "has_complication" for _, p, _ in rels)


def test_groups_recovering_and_who_have_given_birth(tmp_path: Path) -> None:
    """"People recovering from surgery, women who have recently given birth and people with
    burns are at higher risk": surgery, childbirth, burns ("given" had opened a clause, and
    the factor had been "birth")."""
    rels = relations(tmp_path, "People recovering from surgery, women who have recently given "
                               "birth and people with burns are at higher risk.")
    assert {("surgery", RISK, T), ("childbirth", RISK, T), ("burns", RISK, T)} <= rels
    assert ("birth", RISK, T) not in rels


# --- batch 7: patient pages of two more conditions ---------------------------------------
def test_a_sore_throat_is_a_sign(tmp_path: Path) -> None:
    """"It usually causes a typical rash, fever and a sore throat": each a sign (the sore
    throat had been a complication: "sore X" names a sign as "stiff X" does)."""
    rels = relations(tmp_path, "Grebble fever usually causes a typical rash, fever and a sore "
                               "throat.")
    assert (T, "has_symptom", "sore throat") in rels
    assert not any(p == "has_complication" for _, p, _ in rels)


def test_a_suspended_hyphen(tmp_path: Path) -> None:
    """"common cold- or flu-like symptoms": both kinds of symptoms (the common cold had been
    a complication)."""
    rels = relations(tmp_path, "Grebble fever can cause common cold- or flu-like symptoms such "
                               "as fever and headache.")
    assert (T, "has_symptom", "flu-like symptoms") in rels
    assert (T, "has_complication", "common cold") not in rels


def test_children_between_two_and_ten(tmp_path: Path) -> None:
    """"children between two and 10 years of age": young age (the span had been split at
    its "and" into "children between two" and "10 years of age")."""
    rels = relations(tmp_path, "Although grebble fever can occur in anyone, it's most common in "
                               "children between two and 10 years of age.")
    assert ("young age", RISK, T) in rels
    assert not any("between two" in s or s.startswith("10 years") for s, _, _ in rels)


def test_not_everyone_is_no_factor(tmp_path: Path) -> None:
    assert not relations(tmp_path, "However, not everyone is prone to grebble fever.")


def test_what_medicines_will_do_is_no_remedy(tmp_path: Path) -> None:
    """"Medicines will: - ease inflammation - change how the immune system works": what the
    care does, not remedies named (each line had been one)."""
    cs = page_claims(tmp_path, "Treatment\n\nMedicines will:\n\n- Ease inflammation in the "
                               "arteries\n- Change how the immune system works")
    assert not any(c.predicate == USED for c in cs.claims)


def test_seen_more_in_people_who(tmp_path: Path) -> None:
    rels = relations(tmp_path, "It's also seen more in people who smoke.")
    assert ("smoking", RISK, T) in rels


# --- batch 8: dictionary entries, a risk chart, an abstract ------------------------------
def test_a_risk_chart_of_lines(tmp_path: Path) -> None:
    """A chart written as lines: "Asthma", then "4.9 times greater risk": asthma raises the
    risk, 4.9 times; the figure line is no factor of its own, and "Adults 65+" is older
    age."""
    cs = page_claims(tmp_path, "Risk factors\n\nAdults 65+\n\nAsthma\n4.9 times greater risk\n"
                               "Chronic lung disease\n9.2 times greater risk")
    factors = {cs.label(c.subject) for c in cs.claims if c.predicate == RISK}
    assert {"older age", "asthma", "chronic lung disease"} <= factors
    assert not any("times" in f for f in factors)
    ratios = {(cs.label(c.subject), c.measure.value) for c in cs.claims
              if c.measure is not None and c.measure.kind == "relative_risk"}
    assert ratios == {("asthma", 4.9), ("chronic lung disease", 9.2)}


@pytest.mark.parametrize(("title", "topic"), [
    ("Grebble fever risk", "grebble fever"),
    ("Increasing Incidence of Grebble Fever", "grebble fever"),
])
def test_titles_of_a_risk_and_an_incidence(tmp_path: Path, title: str, topic: str) -> None:
    page = tmp_path / "page.txt"
    page.write_text(f"{title}\n\nGrebble fever is more common in adults. Grebble fever is rare "
                    "in children.\n", encoding="utf-8")
    assert topic_of(read_document(page)) == topic


def test_one_harm_of_two_parts(tmp_path: Path) -> None:
    """"perforation of the stomach or intestine wall": the perforation of each (the wall
    alone had become a cause); "deprivation of oxygen in the tissues and skin" is no
    deprivation of skin."""
    rels = relations(tmp_path, "The most common cause is perforation of the stomach or "
                               "intestine wall.")
    assert {("perforation of the stomach", CAUSES, T),
            ("perforation of the intestine wall", CAUSES, T)} <= rels
    assert ("intestine wall", CAUSES, T) not in rels


# --- batch 9: food- and water-borne infections' risk pages -------------------------------
def test_an_if_clause_is_cut_at_a_word_end(tmp_path: Path) -> None:
    """A long "if you ..." condition is read up to 120 characters: it had been cut inside a
    word ("thro" became a factor); "You can get sick with it" names no sign; "soil that
    has urine in it" is soil, no act of soiling."""
    rels = relations(tmp_path, "You can get sick with grebble fever if you come in contact with "
                               "water or soil that has urine from an infected animal, or if you "
                               "directly touch their urine, or through contact with objects "
                               "soiled with urine.")
    factors = {s for s, p, _ in rels if p == RISK}
    assert "soil" in factors
    assert not any(len(f) <= 4 and f != "soil" for f in factors)
    assert "soiling" not in factors
    assert not any(p == "has_symptom" for _, p, _ in rels)


def test_healthy_people_in_a_risk_list_are_no_factor(tmp_path: Path) -> None:
    cs = page_claims(tmp_path, "Who gets it?\n\nThe following groups are at increased risk:\n\n"
                               "- Older adults\n- Healthy children and adults occasionally get "
                               "infected, but they rarely become seriously ill.")
    factors = {cs.label(c.subject) for c in cs.claims if c.predicate == RISK}
    assert "older age" in factors
    assert not any("healthy" in f for f in factors)


def test_the_group_most_likely_to_get_it(tmp_path: Path) -> None:
    rels = relations(tmp_path, "People with a weakened immune system are the group most likely "
                               "to get grebble fever.")
    assert ("weakened immune system", RISK, T) in rels


# --- batch 10: prevention advice and care pages ------------------------------------------
def test_a_poor_outcome_list_is_no_risk_list(tmp_path: Path) -> None:
    """"The risk for a poor outcome may increase in cases involving: - Failure to treat it
    within seven days": what worsens the outlook, no risk factor of the illness (and no
    "failure" used to treat it)."""
    cs = page_claims(tmp_path, "Prognosis\n\nThe risk for a poor outcome may increase in cases "
                               "involving:\n\n- Failure to treat the condition within seven days "
                               "of its onset\n- Infection of the hip")
    assert not any(c.predicate in (RISK, USED) for c in cs.claims)


@pytest.mark.parametrize("sentence", [
    "Other types of germs may require three to six weeks of treatment.",
    "Penicillin may be effective; however, further research is needed.",
])
def test_no_remedy_in_a_length_or_in_research(tmp_path: Path, sentence: str) -> None:
    rels = relations(tmp_path, sentence)
    assert not any(p == USED and ("weeks" in s or "research" in s) for s, p, _ in rels)


def test_commands_to_wear_consume_and_control(tmp_path: Path) -> None:
    """Prevention items written as commands: "Wear X near Y", "Consume X", "Control X" (read
    as the command's words, "wear protective clothing", no act); "Avoid A or B, especially if
    ...": the condition is no avoided thing."""
    cs = page_claims(tmp_path, "Prevention\n\n- Wear protective clothing or footwear near soil "
                               "or water\n- Consume boiled water, especially during the rainy "
                               "season.\n- Control rats and mice around the home\n- Avoid "
                               "contact with animal urine or body fluids, especially if there are "
                               "cuts on the skin.")
    acts = {cs.label(c.subject) for c in cs.claims if c.predicate == PREVENTS}
    assert {"wearing protective clothing or footwear", "consuming boiled water",
            "controlling rats and mice"} <= acts
    assert not any(a.startswith(("wear ", "consume ", "control ", "especially")) for a in acts)


def test_another_effective_preventive_measure(tmp_path: Path) -> None:
    rels = relations(tmp_path, "Immunization offers another effective preventive measure.")
    assert ("immunization", PREVENTS, T) in rels


# --- batch 11: epidemiology sentences of our own -----------------------------------------
@pytest.mark.parametrize(("sentence", "relation"), [
    ("The incidence of grebble fever is higher in women.", ("female sex", RISK, T)),
    ("The incidence of complications is higher in women.",
     ("female sex", RISK, "complication")),
    ("Grebble fever risk increases with age.", ("older age", RISK, T)),
    ("Predisposing conditions are present in most patients and include diabetes and obesity.",
     ("diabetes", RISK, T)),
])
def test_epidemiology_sentences(tmp_path: Path, sentence: str,
                                relation: tuple[str, str, str]) -> None:
    """"The incidence of X is higher in women" (of X, or of the thing named), "X risk
    increases with age", "Predisposing conditions are present in most patients and include
    A and B" gave nothing."""
    assert relation in relations(tmp_path, sentence)


def test_another_illness_risk_rising_with_age_is_not_the_topics(tmp_path: Path) -> None:
    assert not relations(tmp_path, "Stroke risk increases with age.")


def test_a_forms_share_said_with_now(tmp_path: Path) -> None:
    """"About half of cases are now non-menstrual": the form's share (it had been how often
    the illness happens)."""
    cs = page_claims(tmp_path, "About half of cases are now non-menstrual.")
    figures = [(c.measure.kind, cs.label(c.subject)) for c in cs.claims if c.measure is not None]
    assert figures == [("share", "non-menstrual grebble fever")]
