"""Sentence wordings read in session 39: errors seen on public pages about other conditions,
each rewritten as a sentence of our own about the made-up grebble fever."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.ingest.phrases import age_span, split_list

from .grebble_pages import page_claims, relations

T = "grebble fever"
RISK, CAUSE, TEST = "increases_risk_of", "causes", "diagnosed_by"


def test_contribute_to_the_risk_is_a_risk(tmp_path: Path) -> None:
    """"X may contribute to the risk of it": a factor that raises the risk, hedged (the
    lookahead that kept "contribute to the risk" from the contributes-to wording had left the
    sentence unread)."""
    cs = page_claims(tmp_path, "Risk factors\nSmoking may contribute to the risk of grebble "
                               "fever.")
    found = [c for c in cs.claims if cs.label(c.subject) == "smoking"]
    assert [(c.predicate, cs.label(c.object), c.hedged) for c in found] == [(RISK, T, True)]


def test_contribute_to_flare_ups_stays_a_part_in_it(tmp_path: Path) -> None:
    """Without "the risk", contributing is a part in the illness, as before."""
    rels = relations(tmp_path, "Hormones may contribute to flare-ups.")
    assert ("hormones", "contributes_to", T) in rels
    assert ("hormones", RISK, T) not in rels


@pytest.mark.parametrize(("text", "members"), [
    ("Black, Latino and Asian people", ["Black people", "Latino people", "Asian people"]),
    ("white and black women", ["white women", "black women"]),
    ("genetic, hormonal and environmental factors",
     ["genetic factors", "hormonal factors", "environmental factors"]),
    # words of no ancestry or kind keep their own names
    ("fever and joint pain", ["fever", "joint pain"]),
    ("smoking and genetic factors", ["smoking", "genetic factors"]),
])
def test_list_members_share_the_last_head(text: str, members: list[str]) -> None:
    """An ancestry word or a kind of factor alone in a list takes the last member's head
    ("black" alone is a colour, "genetic" alone no factor)."""
    assert [m.strip() for m in split_list(text)] == members


def test_peoples_listed_with_one_head_are_each_a_factor(tmp_path: Path) -> None:
    rels = relations(tmp_path, "Black, Latino and Asian people are more likely to get it.",
                     heading="Who gets it?")
    assert {("black people", RISK, T), ("latino people", RISK, T),
            ("asian people", RISK, T)} <= rels
    assert ("latino", RISK, T) not in rels


@pytest.mark.parametrize("sentence", [
    "It is caused by a number of factors, usually genetic and environmental.",
    "It is caused by a number of factors \u2014 usually genetic and environmental.",
    "It is caused by a mix of genetic and environmental factors.",
])
def test_kinds_of_factor_named_after_the_factors(tmp_path: Path, sentence: str) -> None:
    """"a number of factors, usually genetic and environmental": two causes, each a kind
    of factor (the first kind had been lost)."""
    rels = relations(tmp_path, sentence, heading="Causes")
    assert {("genetic factors", CAUSE, T), ("environmental factors", CAUSE, T)} <= rels


@pytest.mark.parametrize(("body", "heading"), [
    ("Tests may include:\n- blood tests\n- imaging (CT or MRI)\n- a skin biopsy", "Diagnosis"),
    ("Your doctor may order imaging (CT or MRI) to look at the tissue.", "Diagnosis"),
])
def test_tests_in_brackets_after_their_class(tmp_path: Path, body: str, heading: str) -> None:
    """"imaging (CT or MRI)": the two scans are tests too, examples of the imaging."""
    rels = relations(tmp_path, body, heading=heading)
    assert {(T, TEST, "imaging"), (T, TEST, "CT"), (T, TEST, "MRI")} <= rels


def test_a_bracket_of_two_after_no_test_class_is_dropped(tmp_path: Path) -> None:
    """Only a class of tests lends its examples: "a rash (red or purple)" names no sign
    "purple"."""
    rels = relations(tmp_path, "Symptoms include a rash (red or purple).", heading="Symptoms")
    assert (T, "has_symptom", "rash") in rels
    assert not {r for r in rels if r[2] == "purple"}


def test_ages_spelt_out_in_an_age_span(tmp_path: Path) -> None:
    """"children between five and fifteen years old": the ages 5 to 15, as a factor and as
    the figure (which had read 15 alone, as an exact age)."""
    cs = page_claims(tmp_path, "Who gets it?\nIt mostly affects children between five and "
                               "fifteen years old.")
    ages = [c.measure for c in cs.claims if c.measure is not None and c.measure.kind == "age"]
    assert [(m.low, m.high) for m in ages] == [(5.0, 15.0)]
    assert any(cs.label(c.subject) == "age 5 to 15" and c.predicate == RISK for c in cs.claims)


@pytest.mark.parametrize(("text", "label"), [
    ("children between five and fifteen years old", "age 5 to 15"),
    ("adults aged 20-40", "age 20 to 40"),
    ("between the ages of two and many", None),
])
def test_age_span_labels(text: str, label: str | None) -> None:
    assert age_span(text) == label


# --- a page pasted as plain lines ----------------------------------------------------------
def test_bare_list_right_under_its_lead_ends_at_the_next_lead(tmp_path: Path) -> None:
    """Lines right under "Risk factors include:" (no blank line, no bullets) up to the next
    lead-in are its items, though one of them has commas (it had made the rest one
    paragraph, and the factors were lost)."""
    cs = page_claims(tmp_path, "Risk factors include:\nCuts and grazes to the skin\n"
                               "Illnesses such as diabetes, kidney or liver disease\n"
                               "Poor circulation\nMorbid obesity\nSymptoms include:\n"
                               "Fever and chills\nSwollen glands")
    rels = {(cs.label(c.subject), c.predicate, cs.label(c.object)) for c in cs.claims
            if c.object is not None}
    assert {("diabetes", RISK, T), ("poor circulation", RISK, T),
            ("morbid obesity", RISK, T)} <= rels
    assert {(T, "has_symptom", "fever"), (T, "has_symptom", "chills")} <= rels


def test_two_lines_under_a_lead_may_be_a_heading_and_its_text(tmp_path: Path) -> None:
    """Right under a lead-in, a run of two short lines is not taken for a list on its own."""
    from claimgraph.ingest.sections import classify_lines

    _, blocks = classify_lines("Grebble fever\n\nWhat to know:\nThe Basics\nIt is a rare "
                               "illness of the hills.\n")
    assert [b.kind for b in blocks if b.text == "The Basics"] != ["item"]


@pytest.mark.parametrize("lead", [
    "The affected skin may become:",
    "Grebble fever causes an area of skin to suddenly become:",
])
def test_items_say_how_the_part_a_lead_names_changes(tmp_path: Path, lead: str) -> None:
    """"The affected skin may become:" then "red", "hot", "swollen": red skin, hot skin and
    swollen skin are signs ("It causes the skin to become:" had made the items causes)."""
    rels = relations(tmp_path, f"{lead}\n- red\n- hot\n- swollen\n- tender", heading="Symptoms")
    assert {(T, "has_symptom", f"{x} skin") for x in ("red", "hot", "swollen", "tender")} <= rels
    assert not {r for r in rels if r[1] in (CAUSE, "contributes_to")}


def test_another_things_part_changes_name_no_sign(tmp_path: Path) -> None:
    rels = relations(tmp_path, "Dehydration can make the skin become:\n- dry\n- pale")
    assert not {r for r in rels if r[2] in ("dry skin", "pale skin")}


def test_a_title_listing_kinds_heads_untyped_text(tmp_path: Path) -> None:
    """"Causes, Risk Factors, And Complications Of X" is a title (its commas made it a
    sentence) and types nothing: the text under it is read for what it says."""
    cs = page_claims(tmp_path, "Causes, Risk Factors, And Complications Of Grebble Fever\n"
                               "Grebble fever most often affects the skin on the lower legs.")
    assert any(c.predicate == "affects" and cs.label(c.object) == "skin" for c in cs.claims)
    assert not any(cs.label(c.object) == "grebble fever complication" for c in cs.claims)


def test_an_opening_in_a_part_lets_germs_in(tmp_path: Path) -> None:
    """"develops when a break or crack in the skin allows bacteria inside": the break and
    the crack are in the skin, and what they let in is no part of their names."""
    rels = relations(tmp_path, "Grebble fever develops when a break or crack in the skin "
                               "allows bacteria inside.", heading="Causes")
    assert {("break in the skin", CAUSE, T), ("crack in the skin", CAUSE, T)} <= rels


# --- a toxin disease's pages ----------------------------------------------------------------
def test_a_typed_line_ends_a_bare_list_under_a_lead(tmp_path: Path) -> None:
    """"Complications" after the items of "Other symptoms can include:" is a heading: the
    harms listed under it are complications, not signs."""
    cs = page_claims(tmp_path, "Signs and symptoms\nOther symptoms can include:\nHeadache\n"
                               "Fever and sweating\nTrouble swallowing\nComplications\n"
                               "Grebble fever can cause serious health problems, including:\n"
                               "Broken bones\nPneumonia\nBreathing difficulty")
    rels = {(cs.label(c.subject), c.predicate, cs.label(c.object)) for c in cs.claims
            if c.object is not None}
    assert {(T, "has_complication", "pneumonia"), (T, "has_complication", "broken bones")} <= rels
    assert (T, "has_symptom", "pneumonia") not in rels
    assert (T, "has_symptom", "headache") in rels
    # "serious health problems" names no harm
    assert not {r for r in rels if "health problems" in r[2]}


@pytest.mark.parametrize(("sentence", "hedged"), [
    ("Grebble fever is a potentially fatal disease caused by a germ called zorbus.", False),
    ("Grebble fever is a serious, potentially life-threatening illness caused by zorbus.",
     False),
    ("Grebble fever is a potentially fatal disease probably caused by zorbus.", True),
])
def test_gravity_words_hedge_no_cause(tmp_path: Path, sentence: str, hedged: bool) -> None:
    """"a potentially fatal disease caused by G": the gravity is possible, the cause is said
    plainly (it had been read as hedged); "probably caused by" still hedges it."""
    cs = page_claims(tmp_path, f"Causes\n{sentence}")
    found = [c.hedged for c in cs.claims if c.predicate == CAUSE
             and cs.label(c.subject) == "zorbus"]
    assert found == [hedged]


def test_gravity_stays_hedged_for_the_harm_itself(tmp_path: Path) -> None:
    cs = page_claims(tmp_path, "Outlook\nGrebble fever is a potentially fatal disease.")
    deaths = [c for c in cs.claims if cs.label(c.object) == "death"]
    assert deaths and all(c.hedged for c in deaths)


def test_especially_in_a_part_names_no_people(tmp_path: Path) -> None:
    """", particularly in the jaw and neck": where the spasms are, no group at risk."""
    rels = relations(tmp_path, "It causes muscle spasms, particularly in the jaw and neck.",
                     heading="Symptoms")
    assert not {r for r in rels if r[1] == RISK}
    assert (T, "affects", "jaw") in rels


def test_a_wound_that_becomes_contaminated(tmp_path: Path) -> None:
    """"It can occur after a wound becomes contaminated with the germ": the wound raises the
    risk (the whole clause had been the factor's name)."""
    rels = relations(tmp_path, "Grebble fever can occur after a wound becomes contaminated "
                               "with the germ, often from soil.", heading="Causes")
    assert ("wound", RISK, T) in rels
    assert not {r for r in rels if "becomes" in r[0]}


@pytest.mark.parametrize(("sentence", "low", "high"), [
    ("Symptoms usually start 3 to 21 days (average 8 days) after exposure.", 3.0, 21.0),
    ("Symptoms begin between 2 and 10 days (median 4) after the bite.", 2.0, 10.0),
])
def test_typical_value_in_brackets_before_the_start(tmp_path: Path, sentence: str, low: float,
                                                   high: float) -> None:
    """"3 to 21 days (average 8 days) after exposure": the bracket stood between the span
    and what it counts from, and no figure was read."""
    cs = page_claims(tmp_path, f"Symptoms\n{sentence}")
    spans = [(c.measure.low, c.measure.high) for c in cs.claims
             if c.measure is not None and c.measure.kind == "duration"]
    assert (low, high) in spans


# --- a systemic infection's pages -------------------------------------------------------------
def test_signs_of_a_named_thing_after_a_risk_sentence_are_no_risks(tmp_path: Path) -> None:
    """"X raises the risk of death. Symptoms of X include:": the items are signs, not factors
    raising the risk of the topic (the first sentence's risk had typed the list)."""
    rels = relations(tmp_path, "Progression to shock raises the risk of death. Symptoms of "
                               "shock include:\n- Strong sleepiness\n- Extreme confusion",
                     heading="Symptoms")
    assert not {r for r in rels if r[1] == RISK and r[2] == T}
    assert not {r for r in rels if r[0] in ("strong sleepiness", "sleepiness")}


@pytest.mark.parametrize(("item", "label"), [
    ("Not being able to stand up.", "difficulty standing up"),
    ("not able to swallow", "difficulty swallowing"),
])
def test_what_cannot_be_done_is_a_sign_not_a_denial(tmp_path: Path, item: str,
                                                    label: str) -> None:
    cs = page_claims(tmp_path, f"Symptoms\nSymptoms include:\n- {item}\n- No fever")
    signs = {(cs.label(c.object), c.negated) for c in cs.claims if c.predicate == "has_symptom"}
    assert (label, False) in signs
    assert ("fever", True) in signs  # a plain denial stays one


@pytest.mark.parametrize(("text", "members"), [
    ("gram-positive and gram-negative bacteria",
     ["gram-positive bacteria", "gram-negative bacteria"]),
    ("many species of aerobic or anaerobic organisms",
     ["many species of aerobic organisms", "many species of anaerobic organisms"]),
    ("surgical removal of infected or necrotic tissue",
     ["surgical removal of infected tissue", "surgical removal of necrotic tissue"]),
    ("people with weakened or suppressed immune systems",
     ["people with weakened immune systems", "people with suppressed immune systems"]),
    # an adjective alone before a noun of its own stays apart ("fever" is no adjective)
    ("fever or swollen glands", ["fever", "swollen glands"]),
])
def test_shared_heads_and_suspended_adjectives(text: str, members: list[str]) -> None:
    assert [m.strip() for m in split_list(text)] == members


def test_removal_of_dead_tissue_is_no_remedy_named_by_the_tissue(tmp_path: Path) -> None:
    rels = relations(tmp_path, "Treatment is fluids, antibiotics, surgical removal of infected "
                               "or necrotic tissue and supportive care.", heading="Treatment")
    assert ("necrotic tissue", "used_for", T) not in rels
    assert ("antibiotics", "used_for", T) in rels


# --- an immune complication's pages --------------------------------------------------------
def test_what_a_remedy_treats_ends_where_another_remedy_joins(tmp_path: Path) -> None:
    """"antibiotics to treat the first infection as well as medicines and rest to ...": rest
    is a remedy, not what the antibiotics treat."""
    rels = relations(tmp_path, "Treatment involves antibiotics to treat the first infection "
                               "as well as medicines and rest to ease the swelling.",
                     heading="Treatment")
    assert ("antibiotics", "used_for", "first infection") in rels
    assert ("antibiotics", "used_for", "rest") not in rels


@pytest.mark.parametrize("sentence", [
    "It may lead to complications, particularly affecting the heart.",
    "It can cause long-term problems, mostly affecting the kidneys.",
])
def test_a_part_is_no_harm(tmp_path: Path, sentence: str) -> None:
    """A body part read as what the illness causes is where its harms are, no harm."""
    rels = relations(tmp_path, sentence, heading="Complications")
    assert not {r for r in rels if r[1] in ("has_complication", "has_symptom")
                and r[2] in ("heart", "kidneys", "kidney")}


def test_resulting_conditions_are_complications(tmp_path: Path) -> None:
    """"Damage to the valves can cause problems later in life. Resulting conditions can
    include:" lists harms, not causes of the topic (the first sentence's "cause" had typed
    the list)."""
    rels = relations(tmp_path, "Damage to the heart valves can cause problems with the heart "
                               "later in life. Resulting conditions can include:\n"
                               "- An irregular heartbeat\n- Heart failure",
                     heading="Complications")
    assert (T, "has_complication", "heart failure") in rels
    assert not {r for r in rels if r[1] in (CAUSE, "contributes_to") and r[2] == T}


# --- our own workup and prevention sections ---------------------------------------------------
def test_how_often_a_level_is_checked_names_no_test(tmp_path: Path) -> None:
    """"Serum sodium ... should be checked daily": the sodium is the test, "daily" none."""
    rels = relations(tmp_path, "Serum sodium is often low in severe cases and should be "
                               "checked daily.", heading="Diagnosis")
    assert not {r for r in rels if "daily" in r[2]}


def test_contacts_of_a_person_with_it_are_given_prevention(tmp_path: Path) -> None:
    """"Close contacts of a person with severe disease may be given antibiotics": the
    antibiotics prevent it; the contacts are no remedy."""
    rels = relations(tmp_path, "Close contacts of a person with severe disease may be given "
                               "antibiotics.", heading="Prevention")
    assert ("antibiotics", "prevents", T) in rels
    assert not {r for r in rels if r[0].startswith("close contacts")}


@pytest.mark.parametrize("sentence", [
    "Hand washing reduces the spread of infection.",
    "Good hand hygiene reduces the spread of the germ.",
])
def test_reducing_the_spread_of_the_germ_prevents_it(tmp_path: Path, sentence: str) -> None:
    rels = relations(tmp_path, sentence, heading="Prevention")
    assert {r for r in rels if r[1] == "prevents" and r[2] == T and "hand" in r[0]}


# --- a chronic joint disease's pages ----------------------------------------------------------
def test_an_unknown_trigger_hedges_no_cause(tmp_path: Path) -> None:
    """"It results from an exaggerated immune response to an unknown trigger": the trigger is
    unknown, the response is said plainly ("unknown" had hedged the whole claim)."""
    cs = page_claims(tmp_path, "Causes\nGrebble fever results from an exaggerated immune "
                               "response to an unknown trigger.")
    causes = [c for c in cs.claims if c.predicate == CAUSE]
    assert causes and not any(c.hedged for c in causes)


def test_the_cause_is_unknown_still_hedges(tmp_path: Path) -> None:
    from claimgraph.ingest.cues import is_hedged

    assert is_hedged("The cause is unknown")
    assert not is_hedged("a response to an unknown trigger")


def test_bare_list_under_a_field_lead_ends_at_a_title_case_heading(tmp_path: Path) -> None:
    """"- Risk factors:" then unbulleted lines, then "When To Seek Medical Care" and its
    text: the lines are the factors (they had been one paragraph, and gave nothing)."""
    cs = page_claims(tmp_path, "Causes And Risk Factors\n- Causes: a germ called zorbus.\n"
                               "- Risk factors:\nDiet high in red meat, seafood and sugary drinks\n"
                               "Obesity, diabetes, kidney disease\nFamily history of it\n"
                               "Male sex and older age\nWhen To Seek Medical Care\n"
                               "Seek help for sudden, severe pain in a joint.")
    risks = {cs.label(c.subject) for c in cs.claims if c.predicate == RISK}
    assert {"diet high in red meat", "seafood", "obesity", "diabetes", "male sex",
            "older age"} <= risks


def test_medicines_for_pain_and_inflammation_are_two_remedies(tmp_path: Path) -> None:
    rels = relations(tmp_path, "Treatment involves medicines to reduce pain and inflammation, "
                               "such as zorbulin.", heading="Treatment")
    assert {("pain medication", "used_for", T),
            ("anti-inflammatory medication", "used_for", T)} <= rels
    assert ("inflammation", "used_for", T) not in rels



# --- a chronic lung disease's pages -----------------------------------------------------------
@pytest.mark.parametrize(("sentence", "value", "low", "high"), [
    ("Life expectancy is generally less than five years.", 5.0, None, None),
    ("Many people with it live only about three to five years after diagnosis.", None, 3.0,
     5.0),
    ("Median survival is 3 years from diagnosis.", 3.0, None, None),
])
def test_how_long_people_live(tmp_path: Path, sentence: str, value: float | None,
                              low: float | None, high: float | None) -> None:
    """How long people live is a survival time (it had been the time to diagnosis, or
    nothing)."""
    cs = page_claims(tmp_path, f"Outlook\n{sentence}")
    got = [(c.measure.value, c.measure.low, c.measure.high) for c in cs.claims
           if c.measure is not None and cs.label(c.subject) == "survival"
           and c.measure.kind == "duration"]
    assert got == [(value, low, high)]


@pytest.mark.parametrize("sentence", [
    "Up to 8 in 10 people with it don't survive more than a year.",
    "The germ can live for 3 days on surfaces.",
])
def test_a_horizon_or_a_germ_is_no_survival_time(tmp_path: Path, sentence: str) -> None:
    cs = page_claims(tmp_path, f"Outlook\n{sentence}")
    assert not [c for c in cs.claims if c.measure is not None and
                cs.label(c.subject) == "survival"]


def test_a_bracket_naming_a_form_of_the_topic_is_no_harm(tmp_path: Path) -> None:
    """"in most cases the cause is unknown (idiopathic grebble fever)": a form of it, no
    complication."""
    rels = relations(tmp_path, "But in most cases the cause is unknown (idiopathic grebble "
                               "fever).", heading="Causes")
    assert not {r for r in rels if r[1] == "has_complication"}


# --- a childhood infection's question-and-answer pages ------------------------------------------
def test_an_item_saying_what_people_get_names_no_sign_by_its_people(tmp_path: Path) -> None:
    """"- Infants and toddlers may be fussy", "- At any age, children may get a fever": the
    people are no signs (they had been "infants" and "children")."""
    rels = relations(tmp_path, "It may cause some of these symptoms:\n- Infants and toddlers "
                               "with it may be fussy.\n- At any age, children may get a fever.\n"
                               "- A rash on the hands and feet may appear.", heading="Symptoms")
    assert not {r for r in rels if r[2] in ("infants", "children", "toddlers")
                or r[2].startswith("toddlers")}
    assert (T, "has_symptom", "fever") in rels


@pytest.mark.parametrize("item", [
    "The fever does not get better in three days.",
    "The fever doesn't get better in three days.",
])
def test_a_recovery_denied_has_no_recovery_time(tmp_path: Path, item: str) -> None:
    """"Contact a doctor if the fever doesn't get better in three days": no recovery time."""
    cs = page_claims(tmp_path, f"When to see a doctor\nContact a doctor if:\n- {item}")
    assert not [c for c in cs.claims if c.measure is not None
                and cs.label(c.subject) == "recovery"]


# --- our own management section -------------------------------------------------------------
@pytest.mark.parametrize(("sentence", "subject"), [
    ("First-line treatment is oral zorbulin for 10 days.", "treatment course"),
    ("Plimsol should be tried if there is no response after 48 hours.", None),
])
def test_periods_in_care_sentences(tmp_path: Path, sentence: str, subject: str | None) -> None:
    """"oral X for 10 days" in a sentence about care is the course's length, and "no response
    after 48 hours" is when to change care: neither is how long the illness lasts."""
    cs = page_claims(tmp_path, f"Management\n{sentence}")
    got = [cs.label(c.subject) for c in cs.claims if c.measure is not None
           and c.measure.kind == "duration"]
    assert got == ([subject] if subject else [])


@pytest.mark.parametrize("sentence", [
    "Zorbulin is an alternative for patients who cannot take steroids.",
    "Zorbulin is a useful alternative treatment.",
])
def test_an_alternative_is_a_remedy(tmp_path: Path, sentence: str) -> None:
    rels = relations(tmp_path, sentence, heading="Management")
    assert ("zorbulin", "used_for", T) in rels


def test_no_alternative_names_no_remedy(tmp_path: Path) -> None:
    rels = relations(tmp_path, "There is no good alternative.", heading="Management")
    assert not {r for r in rels if r[1] == "used_for"}


def test_a_bracket_after_a_participles_object_names_the_whole_phrase(tmp_path: Path) -> None:
    """"the sac covering the heart (pericarditis)": pericarditis is no other name of the heart
    (the two had been one entity, and the harm was shown as "heart")."""
    cs = page_claims(tmp_path, "Complications\nMany people get damage to the heart, which may "
                               "include the heart valves (endocarditis), the sac covering the "
                               "heart (pericarditis), or both.")
    harms = {cs.label(c.object) for c in cs.claims if c.predicate == "has_complication"}
    assert {"endocarditis", "pericarditis"} <= harms
    assert "heart" not in harms


# --- a fact sheet of one statement a line -----------------------------------------------------
def test_statements_one_a_line_are_apart(tmp_path: Path) -> None:
    """A fact sheet with one statement a line and no full stops: each line is a paragraph of
    its own, and a typed line heads the short lines under it (the page had been one
    paragraph, and its signs were lost)."""
    from claimgraph.ingest.sections import classify_lines

    text = ("Grebble fever\n\nAbout half of the people in the hills are now at risk\n"
            "Grebble fever is a germ-borne infection of the skin\n"
            "There is no specific treatment for it\n"
            "Early care lowers the death rate below 1%\n"
            "Symptoms\nHigh fever\nSevere headache\nPain behind the eyes\nVomiting\n")
    _, blocks = classify_lines(text)
    kinds = [(b.kind, b.text) for b in blocks]
    assert ("paragraph", "There is no specific treatment for it") in kinds
    assert ("heading", "Symptoms") in kinds
    assert ("item", "Severe headache") in kinds


def test_text_wrapped_at_a_width_stays_one_paragraph() -> None:
    """Prose broken at a fixed width keeps its lines together, a capital at a line's start
    or not."""
    from claimgraph.ingest.sections import classify_lines

    text = ("Grebble fever\n\nGrebble fever is a rare infection of the skin that is caused by\n"
            "a germ called zorbus, which lives in the soil of the high moors and\n"
            "enters through small cuts. Most people who get it have walked in the\n"
            "Hills without boots, and the rash shows within a week of the cut.\n")
    _, blocks = classify_lines(text)
    assert [b.kind for b in blocks] == ["heading", "paragraph"]


def test_recovering_after_the_signs_is_no_sign(tmp_path: Path) -> None:
    """"Most people with it have mild symptoms and recover in 1-2 weeks": the recovery is no
    sign named "recover in 1-2 weeks"."""
    rels = relations(tmp_path, "Most people with it have a mild fever and recover in 1-2 weeks.",
                     heading="Outlook")
    assert not {r for r in rels if "recover" in r[2]}
    assert (T, "has_symptom", "mild fever") in rels


# --- a skin infection's pages ---------------------------------------------------------------
def test_germs_named_after_a_colon_cause_it(tmp_path: Path) -> None:
    """"Two types of bacteria cause it: A and B": A and B are its causes."""
    rels = relations(tmp_path, "Two types of bacteria cause grebble fever: zorbus and plimsy "
                               "bacillus.", heading="Causes")
    assert {("zorbus", CAUSE, T), ("plimsy bacillus", CAUSE, T)} <= rels


def test_a_germs_adjective_alone_names_the_germ(tmp_path: Path) -> None:
    """"caused by bacteria called group A streptococcal (strep) or X": the streptococcus
    (the adjective alone had named nothing, and the first germ was lost)."""
    rels = relations(tmp_path, "It is caused by bacteria called group A streptococcal (strep) "
                               "or zorbus.", heading="Causes")
    assert {("group a streptococcus", CAUSE, T), ("zorbus", CAUSE, T)} <= {
        (a.lower(), b, c) for a, b, c in rels}


def test_a_clause_after_a_sign_item_is_no_sign(tmp_path: Path) -> None:
    rels = relations(tmp_path, "Signs include:\n- A crusted rash on the face or exposed parts "
                               "of the body\n- Can be itchy, and scratching will spread the "
                               "infection", heading="Symptoms")
    assert (T, "has_symptom", "crusted rash") in rels
    assert not {r for r in rels if r[2] in ("scratching", "exposed parts")}


def test_where_the_germs_get_in_raises_the_risk(tmp_path: Path) -> None:
    """"It happens when the bacteria get into scrapes and insect bites": the scrapes and the
    bites are where it starts (another thing's "happens when" names none of its)."""
    rels = relations(tmp_path, "The infection happens when the bacteria get into scrapes and "
                               "insect bites.", heading="Causes")
    assert {("scrapes", RISK, T), ("insect bites", RISK, T)} <= rels
    other = relations(tmp_path, "Tooth decay happens when bacteria get into the enamel.",
                      heading="Causes")
    assert not {r for r in other if r[1] == RISK}


# --- our own clinical notes ------------------------------------------------------------------
@pytest.mark.parametrize("sep", [",", ";"])
def test_second_figure_of_a_list_by_group_takes_the_first_ones_kind(tmp_path: Path,
                                                                    sep: str) -> None:
    """"mortality <1% with treatment; up to 20% untreated": both are death rates (the second
    had been of unknown kind, so it could enter no comparison)."""
    cs = page_claims(tmp_path, f"Prognosis\nPrognosis: mortality <1% with treatment{sep} up to "
                               "20% untreated")
    got = sorted((c.measure.kind, c.measure.value) for c in cs.claims if c.measure is not None)
    assert got == [("mortality", 0.01), ("mortality", 0.2)]


def test_a_dose_is_no_part_of_a_remedys_name_and_sets_the_course(tmp_path: Path) -> None:
    cs = page_claims(tmp_path, "Management\nManagement:\n- zorbulin 100mg bd for 7 days\n"
                               "- fluids by drip if dehydrated")
    remedies = {cs.label(c.subject) for c in cs.claims if c.predicate == "used_for"}
    assert "zorbulin" in remedies
    courses = [(cs.label(c.subject), c.measure.value) for c in cs.claims
               if c.measure is not None and c.measure.kind == "duration"]
    assert courses == [("treatment course", 7.0)]


# --- a topic whose name holds a list's commas -----------------------------------------------------
def test_a_topic_named_with_commas_is_no_list(tmp_path: Path) -> None:
    """"Grebe, Stoat and Marten fever is caused by a virus": one illness, caused by the virus
    (its name had been split into three: "grebe fever", "stoat fever", "marten fever")."""
    page = tmp_path / "page.txt"
    page.write_text("Grebe, Stoat and Marten fever\n\nGrebe, Stoat and Marten fever is a common "
                    "childhood infection.\n\nCauses\nGrebe, Stoat and Marten fever is caused by a "
                    "virus called zorbus.\n", encoding="utf-8")
    from claimgraph.ingest.extract import extract_corpus

    cs, _, _ = extract_corpus([page], progress=False)
    rels = {(cs.label(c.subject), c.predicate, cs.label(c.object)) for c in cs.claims
            if c.object is not None}
    assert ("zorbus", CAUSE, "grebe, stoat and marten fever") in rels
    assert not {r for r in rels if r[2] in ("grebe fever", "stoat fever", "marten fever")}
