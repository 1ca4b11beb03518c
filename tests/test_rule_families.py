"""One small test per family of extraction rules, on sentences we wrote.

The condition names are invented ("grebble fever"), so no rule can lean on a
real topic; each case is the wording real pages use for that relation.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.ingest.extract import extract_corpus
from claimgraph.ingest.phrases import called_name, is_generic
from claimgraph.ingest.quantities import find_figures

TOPIC = "grebble fever"


def relations(tmp_path: Path, body: str, heading: str = "About") -> set[tuple[str, ...]]:
    """Return (subject, predicate, object, flags) of every relation a page gives."""
    page = tmp_path / "page.txt"
    page.write_text(f"Grebble fever\n\nGrebble fever is a rare illness.\n\n{heading}\n{body}\n",
                    encoding="utf-8")
    cs, _, _ = extract_corpus([page], progress=False)
    return {(cs.label(c.subject), c.predicate, cs.label(c.object),
             ("negated " if c.negated else "") + ("hedged" if c.hedged else ""))
            for c in cs.claims if c.object is not None}


def relations_set(tmp_path: Path, body: str, heading: str = "About") -> set[tuple[str, ...]]:
    """Relations without their flags."""
    return {(s, p, o) for s, p, o, _ in relations(tmp_path, body, heading)}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Attacks of grebble fever are often triggered by stress.",
     ("stress", "increases_risk_of")),
    ("Grebble fever is sometimes brought on by cold weather.",
     ("cold weather", "increases_risk_of")),
    ("Grebble fever is usually preceded by a sore throat.",
     ("sore throat", "increases_risk_of")),
    ("Grebble fever usually develops after a chest infection.",
     ("chest infection", "increases_risk_of")),
    ("Grebble fever is linked to smoking.", ("smoking", "associated_with")),
    ("Your risk of grebble fever increases as you get older.", ("older age", "increases_risk_of")),
    ("If you have diabetes, you are more likely to get grebble fever.",
     ("diabetes", "increases_risk_of")),
    ("Grebble fever is caused by the tarn virus.", ("tarn virus", "causes")),
    ("Quentella minor is the leading cause in Europe and Asia.", ("quentella minor", "causes")),
    ("Tick bites and dirty needles are other known causes.", ("dirty needles", "causes")),
    ("Surgery is another known trigger.", ("surgery", "causes")),
    ("Cases have been linked to the use of hair gels.", ("hair gels", "associated_with")),
    ("A recent cold is a known trigger.", ("recent cold", "increases_risk_of")),
    ("It is also more likely to happen after giving birth.", ("giving birth", "increases_risk_of")),
    ("Grebble fever can develop within days of surgery.", ("surgery", "increases_risk_of")),
    ("It mostly occurs during the wet season.", ("wet season", "increases_risk_of")),
    ("People who inject drugs can get it.", ("injecting drugs", "increases_risk_of")),
    ("Children with weak immune systems often get it.",
     ("weak immune systems", "increases_risk_of")),
    ("Grebble fever can develop in people who have had a chest infection.",
     ("chest infection", "increases_risk_of")),
    # The condition named back at the end of the sentence is still the topic.
    ("Work with copper dust has been linked to the condition.",
     ("work with copper dust", "associated_with")),
    ("The germ is carried by field mice.", ("field mice", "increases_risk_of")),
    ("Grebble fever is to do with a viral infection.", ("viral infection", "associated_with")),
    ("Long-term illnesses, such as gout, make infection more likely.",
     ("gout", "increases_risk_of")),
    ("Skin injuries, including cuts, burns, and bites, can let the germs in.",
     ("burns", "increases_risk_of")),
    ("Skin injuries, including cuts, burns, and bites, can let the germs in.",
     ("skin injuries", "increases_risk_of")),
    ("Long hospital stays are another risk.", ("long hospital stays", "increases_risk_of")),
    ("Age over 50 is a risk factor.", ("older age", "increases_risk_of")),
    ("It tends to develop in people who have recently had flu.", ("flu", "increases_risk_of")),
    ("It often develops in older people with diabetes.", ("diabetes", "increases_risk_of")),
    ("It is due to poisons released by Quentella vorlaxii.", ("quentella vorlaxii", "causes")),
    ("It is due to poisons released by Quentella vorlaxii.", ("poisons", "causes")),
    ("People with weak hearts get this condition more often than those without.",
     ("weak hearts", "increases_risk_of")),
    ("Though its cause is unclear, studies have shown that people with gout are more prone to it.",
     ("gout", "increases_risk_of")),
    ("The bacteria most often involved are Quentella vorlaxii and Morvish rods.",
     ("morvish rods", "causes")),
    ("Quentella vorlaxii is the bacterium most commonly responsible.",
     ("quentella vorlaxii", "causes")),
    ("The most common culprit is Quentella vorlaxii.", ("quentella vorlaxii", "causes")),
    ("Morvish rods, a kind of germ found in soil, cause most cases.", ("morvish rods", "causes")),
    ("Rarely, fungi can cause the disease.", ("fungi", "causes")),
    ("Sand flies are the main carriers of grebble fever.", ("sand flies", "increases_risk_of")),
    ("Germs that can cause grebble fever include Quentella vorlaxii and Morvish rods.",
     ("morvish rods", "causes")),
    ("It can also occur with a skin infection.", ("skin infection", "increases_risk_of")),
    ("Grebble fever may develop as a result of a burn.", ("burn", "increases_risk_of")),
    ("It is more likely to develop in people who inject drugs.",
     ("injecting drugs", "increases_risk_of")),
    ("The risk is higher in people who drink heavily.", ("drinking", "increases_risk_of")),
    ("Most people who get it have other health problems, such as gout or a weak heart.",
     ("weak heart", "increases_risk_of")),
    ("Cases have occurred after the use of nasal packing.",
     ("nasal packing", "increases_risk_of")),
    ("Heavy drinking puts you at risk.", ("heavy drinking", "increases_risk_of")),
    ("Exposure to copper dust plays a role.", ("exposure to copper dust", "contributes_to")),
    ("It has been reported after tattoos.", ("tattoos", "increases_risk_of")),
    ("It is especially common in sailors.", ("sailors", "increases_risk_of")),
    ("It is seen mainly in people with kidney failure.", ("kidney failure", "increases_risk_of")),
    ("Grebble fever is common among people with gout.", ("gout", "increases_risk_of")),
    ("Your risk is higher if you have gout.", ("gout", "increases_risk_of")),
    ("Your chances of getting it are higher if you have gout.", ("gout", "increases_risk_of")),
    ("You have a higher chance of getting it if you have gout.", ("gout", "increases_risk_of")),
    ("Conditions that can predispose people to it include gout and asthma.",
     ("asthma", "increases_risk_of")),
])
def test_risk_and_cause_rules(tmp_path: Path, sentence: str, expected: tuple[str, str]) -> None:
    """Triggers, antecedents, risk that rises and conditions all point at the topic."""
    subject, predicate = expected
    assert (subject, predicate, TOPIC, "") in relations(tmp_path, sentence)


@pytest.mark.parametrize("sentence", [
    "It can occur with a fever and chills.",  # signs it comes with
    "They occur as a result of the swelling it causes.",  # "they" may be its harms
    "Germs that cause tooth decay include Morvish rods.",  # another condition's causes
    "A rash can develop from a scratch.",  # not the topic occurring
    "Smoking puts you at risk of heart disease.",  # another condition's risk
    "The rash has to do with a viral infection.",  # a sign's own cause
])
def test_risk_wordings_that_name_no_risk(tmp_path: Path, sentence: str) -> None:
    """The same verbs name no risk of the topic when what occurs is not the topic or what
    it comes with is a sign."""
    got = relations_set(tmp_path, sentence)
    assert not {r for r in got if r[1] in ("increases_risk_of", "causes") and r[2] == TOPIC}


def test_a_list_of_what_raises_another_conditions_risk(tmp_path: Path) -> None:
    """'Factors that raise the risk of X include A' and 'Conditions that predispose to X
    include A' name X's risk, not the topic's."""
    for lead in ("Factors that increase the risk of kidney stones include gout.",
                 "Conditions that predispose to kidney stones include gout."):
        got = relations_set(tmp_path, lead)
        assert ("gout", "increases_risk_of", "kidney stones") in got
        assert ("gout", "increases_risk_of", TOPIC) not in got


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Heart damage may develop in children with weak hearts.",
     ("weak hearts", "increases_risk_of", "heart damage")),
    ("Children under the age of one are at higher risk of serious complications.",
     ("young age", "increases_risk_of", "complication")),
    ("Children under one are more likely to get it.", ("young age", "increases_risk_of", TOPIC)),
])
def test_who_gets_a_harm_and_young_ages_in_words(tmp_path: Path, sentence: str,
                                                 expected: tuple[str, str, str]) -> None:
    """A grave harm said to develop in some people is their risk of it, and an age in words
    ('under the age of one') is a young age."""
    assert expected in relations_set(tmp_path, sentence)


def test_a_sign_in_some_people_is_no_risk_of_it(tmp_path: Path) -> None:
    """'The rash may develop in people with gout' names no risk of the rash."""
    got = relations_set(tmp_path, "The rash may develop in people with gout.")
    assert ("gout", "increases_risk_of", "rash") not in got


@pytest.mark.parametrize("lead", ["It can occur as a complication of:", "It has been linked to:",
                                  "It may occur in people with:", "It often follows:"])
def test_leads_that_list_what_it_comes_from(tmp_path: Path, lead: str) -> None:
    """Items after a lead saying what the topic comes after, from or with raise its risk
    ('as a complication of:' lists no complications of it)."""
    got = relations_set(tmp_path, f"{lead}\n- gout\n- a burn\n")
    assert ("gout", "increases_risk_of", TOPIC) in got
    assert (TOPIC, "has_complication", "gout") not in got


def test_a_part_played_in_getting_better_is_no_cause(tmp_path: Path) -> None:
    """"Diet plays a part" under a treatment heading is about recovery, not a cause."""
    got = relations_set(tmp_path, "A good diet may also play a part.", "Treatment")
    assert not {r for r in got if r[1] == "contributes_to"}


@pytest.mark.parametrize(("lead", "items", "expected"), [
    ("You're more likely to get grebble fever if you:", ["recently had surgery or an injury"],
     {"surgery", "injury"}),
    ("Things that raise your risk include:", ["being older than 60"], {"older age"}),
    ("It is more common in people who:", ["drink a lot of alcohol", "have poor circulation"],
     {"drinking a lot of alcohol", "poor circulation"}),
    ("The infection can start after:", ["a cut or graze", "childbirth"],
     {"cut", "graze", "childbirth"}),
])
def test_risk_lists_under_more_leads(tmp_path: Path, lead: str, items: list[str],
                                     expected: set[str]) -> None:
    """Leads that say who gets it more or what it starts after make their items risks, and an
    item's own verb ('recently had', 'being') is not part of the factor's name."""
    body = lead + "\n" + "".join(f"- {x}\n" for x in items)
    got = relations_set(tmp_path, body, "Overview")
    assert {(x, "increases_risk_of", TOPIC) for x in expected} <= got


@pytest.mark.parametrize(("sentence", "harm"), [
    ("If the rash spreads to the eye, vision loss may occur.", "vision loss"),
    ("Kidney failure can develop.", "kidney failure"),
    ("Permanent scarring may occur.", "permanent scarring"),
    ("People who survive may have kidney damage.", "kidney damage"),
    ("There may be permanent scarring.", "permanent scarring"),
])
def test_a_harm_said_to_be_possible_in_general_text(tmp_path: Path, sentence: str,
                                                    harm: str) -> None:
    """A harm that may occur, under a heading of no known kind, is a complication (a sign that
    may occur stays a sign)."""
    got = relations_set(tmp_path, sentence + "\nHeadache may occur.", "Overview")
    assert (TOPIC, "has_complication", harm) in got
    assert (TOPIC, "has_symptom", "headache") in got


def test_a_sign_called_by_a_name_is_a_sign(tmp_path: Path) -> None:
    """"This rash is called grebble spots": a sign (the page makes the two names one thing,
    so either label may stand for it)."""
    got = relations_set(tmp_path, "This rash is called grebble spots.", "Overview")
    assert {o for s, p, o in got if p == "has_symptom"} & {"grebble spots", "rash"}


@pytest.mark.parametrize("sentence", [
    "Grebble fever can turn into a long-term illness.",  # the topic turning: a harm
    "This germ is called Quentella vorlaxii.",  # a germ's name is no sign
])
def test_turning_into_and_names_of_non_signs(tmp_path: Path, sentence: str) -> None:
    got = relations_set(tmp_path, sentence, "About")
    assert not {g for g in got if g[1] == "has_symptom"}


def test_a_name_in_brackets_names_the_last_member_only(tmp_path: Path) -> None:
    """"Red, cracked lips and a swollen tongue (often called grebble tongue)": the name is the
    tongue's; the lips are still signs."""
    got = relations_set(tmp_path, "Symptoms include:\n- Red, cracked lips and a swollen tongue "
                                  "(often called grebble tongue)\n", "Symptoms")
    assert {(TOPIC, "has_symptom", "red lips"), (TOPIC, "has_symptom", "cracked lips")} <= got
    assert {g for g in got if "tongue" in g[2] and g[1] == "has_symptom"}


def test_a_gloss_after_a_name_is_no_member(tmp_path: Path) -> None:
    """"X, a chronic, often painful condition that lasts months or years": one complication,
    not "years" nor "painful condition"; a real list keeps its members."""
    got = relations_set(tmp_path, "A common complication of grebble fever is vorn neuralgia, a "
                                  "chronic, often disabling pain condition that lasts months or "
                                  "years.\nComplications include gout, a rash and a cough.")
    harms = {o for s, p, o in got if p == "has_complication"}
    assert "vorn neuralgia" in harms and not {h for h in harms if "year" in h or "condition" in h}
    assert {"gout", "rash", "cough"} <= harms


def test_a_gloss_inside_a_list_is_no_member(tmp_path: Path) -> None:
    """"The main treatments are A (AB), a solution of salts, and C": two medicines, the words
    between commas only say what A is."""
    got = relations_set(tmp_path, "The main treatments are borvacillin (BVC), a solution of "
                                  "salts, and aspirin.", "Treatment")
    assert {("borvacillin", "used_for", TOPIC), ("aspirin", "used_for", TOPIC)} <= got
    assert not {g for g in got if "solution" in g[0]}


def test_risk_if_you_have_and_risk_lowered(tmp_path: Path) -> None:
    """"You are more at risk if you have A, B or C" names three factors; "appears to lower
    the risk" is a hedged protective factor, its verb not part of its name."""
    got = relations(tmp_path, "You are more at risk if you have gout, a weak heart or lung "
                              "disease.\nSmoking appears to lower the risk.", "Causes")
    for factor in ("gout", "weak heart", "lung disease"):
        assert (factor, "increases_risk_of", TOPIC, "") in got
    assert ("smoking", "prevents", TOPIC, "hedged") in got


def test_remedy_that_works_well(tmp_path: Path) -> None:
    """"X works well for the itch" says X works; the sentence is not a name of its own."""
    got = relations(tmp_path, "Steroid creams work well for the itch.", "Treatment")
    assert ("steroid creams", "effective_for", TOPIC, "") in got
    assert not any("work well" in s for s, _, _, _ in got)


@pytest.mark.parametrize("sentence", [
    "Painkillers such as paracetamol are the main treatment.",
    "Painkillers, such as paracetamol, are used to treat it.",
])
def test_remedy_class_and_its_example(tmp_path: Path, sentence: str) -> None:
    """"Painkillers such as paracetamol" names the class and its member, both remedies."""
    got = {s.lower() for s, p, o in relations_set(tmp_path, sentence, "Treatment")
           if p == "used_for" and o == TOPIC}
    assert {"painkillers", "paracetamol"} <= got


def test_remedy_that_may_fail_is_not_denied(tmp_path: Path) -> None:
    """"If X does not work, Y is used" is a plan, not a verdict that X does not work."""
    got = relations(tmp_path, "If steroid creams do not work, stronger tablets may be used.",
                    "Treatment")
    assert not any(flags.startswith("negated") for _, _, _, flags in got)
    assert ("stronger tablets", "used_for", TOPIC, "") in got
    # ... while a plain verdict still is one.
    got = relations(tmp_path, "Steroid creams do not work for this rash.", "Treatment")
    assert any(s == "steroid creams" and flags.startswith("negated") for s, _, _, flags in got)


def test_germs_named_short_and_how_they_reach_people(tmp_path: Path) -> None:
    """Species written with a shortened genus ("Q. minor") are names, not sentence ends;
    a germ passed on by a bite makes the bite a risk even when "it" names the topic."""
    got = relations_set(tmp_path, "It is caused by Q. minor and Q. major, which can be "
                                  "passed to people through a bite from an infected fly.")
    assert ("q. minor", "causes", TOPIC) in got
    assert ("q. major", "causes", TOPIC) in got
    assert ("fly bite", "increases_risk_of", TOPIC) in got


def test_what_the_topic_causes_leads_its_signs(tmp_path: Path) -> None:
    """"It can also cause eye problems, such as:" lists the topic's signs, not its causes;
    so does "X may cause skin problems, which may include:"."""
    body = ("It can also cause eye problems, such as:\n- blurred vision\n- sore eyes\n\n"
            "Other\nGrebble fever may cause skin problems, which may include:\n- pink bumps\n")
    got = relations_set(tmp_path, body, "Eyes")
    for sign in ("blurred vision", "sore eyes", "pink bumps"):
        assert (TOPIC, "has_symptom", sign) in got
    assert not any(o == TOPIC for _, _, o in got)


@pytest.mark.parametrize(("lead", "items", "predicate", "topic_first"), [
    ("Your provider may also order:", ("chest X-ray", "skin biopsy"), "diagnosed_by", True),
    ("Serious problems include:", ("liver damage", "deafness"), "has_complication", True),
    ("It can happen after:", ("sore throat", "chickenpox"), "increases_risk_of", False),
    ("You can get it through:", ("cut in the skin", "burn"), "increases_risk_of", False),
    ("You may be given:", ("antibiotics", "painkillers"), "used_for", False),
])
def test_lead_in_types_its_list(tmp_path: Path, lead: str, items: tuple[str, ...],
                                predicate: str, topic_first: bool) -> None:
    """A lead-in under a heading of no known kind says what its items are."""
    got = {(s.lower(), p, o.lower()) for s, p, o in
           relations_set(tmp_path, lead + "\n" + "".join(f"- a {x}\n" for x in items), "Part 2")}
    for item in items:
        triple = (TOPIC, predicate, item.lower()) if topic_first else (item, predicate, TOPIC)
        assert triple in got, (triple, got)


@pytest.mark.parametrize("heading", ["Testing", "How is it found?", "Scans"])
def test_headings_of_tests_type_their_lists(tmp_path: Path, heading: str) -> None:
    """Headings that speak of testing, scans or how the illness is found list its tests."""
    got = relations_set(tmp_path, "- a chest X-ray\n- blood tests", heading)
    assert {(TOPIC, "diagnosed_by", "chest x-ray"), (TOPIC, "diagnosed_by", "blood tests")} <= got


@pytest.mark.parametrize(("heading", "predicate", "topic_first"), [
    ("How do people get infected?", "increases_risk_of", False),
    ("Genetics", "increases_risk_of", False),
    ("Protecting yourself", "prevents", False),
    ("Rehabilitation", "used_for", False),
])
def test_more_headings_type_their_lists(tmp_path: Path, heading: str, predicate: str,
                                        topic_first: bool) -> None:
    """Headings real pages use for routes, genes, protection and rehabilitation."""
    got = relations_set(tmp_path, "- gorse pollen\n- hand gel", heading)
    for item in ("gorse pollen", "hand gel"):
        assert ((TOPIC, predicate, item) if topic_first else (item, predicate, TOPIC)) in got


@pytest.mark.parametrize(("sentence", "sign"), [
    ("Breathing can become difficult.", "difficulty breathing"),
    ("The heart may beat very fast.", "rapid heartbeat"),
    ("Blood pressure can drop quickly.", "low blood pressure"),
    ("The lymph nodes in the neck may swell.", "swollen lymph nodes"),
    ("It can make your joints ache.", "joint pain"),
    ("The affected area feels hot to the touch.", "warmth"),
    ("The skin on the palms and soles may peel.", "peeling skin"),
    ("Patients typically describe severe pain.", "severe pain"),
    ("A high fever above 39C is typical.", "high fever"),
    ("The rash turns into fluid-filled blisters.", "fluid-filled blisters"),
])
def test_signs_said_with_a_verb(tmp_path: Path, sentence: str, sign: str) -> None:
    """How the body's working changes, said with a verb, is a sign under symptoms; the
    sentence itself is never taken for the name of a sign."""
    got = relations_set(tmp_path, sentence, "Symptoms")
    assert (TOPIC, "has_symptom", sign) in got
    assert all(len(o.split()) <= 3 for _, _, o in got)


@pytest.mark.parametrize(("sentence", "heading", "expected"), [
    # the way germs get in, and who is more often affected, are risks
    ("Small wounds, such as a scratch or a splinter, are the usual portal of entry.", "Causes",
     {("scratch", "increases_risk_of", TOPIC), ("splinter", "increases_risk_of", TOPIC)}),
    ("Older adults are more often affected.", "Causes",
     {("older age", "increases_risk_of", TOPIC)}),
    # a clinical page's wording for tests and remedies
    ("A lumbar tap remains the gold standard for diagnosis.", "Evaluation",
     {(TOPIC, "diagnosed_by", "lumbar tap")}),
    ("Prompt drainage is the cornerstone of therapy.", "Management",
     {("drainage", "used_for", TOPIC)}),
    # a list of signs said to be frequent, a finding on examination
    ("Fever, a fast pulse and low blood pressure are frequent.", "Presentation",
     {(TOPIC, "has_symptom", "fever"), (TOPIC, "has_symptom", "fast pulse"),
      (TOPIC, "has_symptom", "low blood pressure")}),
    ("A crackling feeling under the skin may be palpable.", "Presentation",
     {(TOPIC, "has_symptom", "crackling feeling under the skin")}),
    # what survivors suffer from is a harm it leaves
    ("Survivors often need skin grafts and may suffer from lasting weakness.", "Complications",
     {(TOPIC, "has_complication", "lasting weakness")}),
])
def test_clinical_page_wordings(tmp_path: Path, sentence: str, heading: str,
                                expected: set[tuple[str, str, str]]) -> None:
    """Wordings of clinical reference pages, each read as a careful reader would."""
    assert expected <= relations_set(tmp_path, sentence, heading)


@pytest.mark.parametrize(("body", "heading", "expected"), [
    # a definition whose relative clause links the topic to a habit
    ("Grebble fever is a rare but serious illness that has been linked to wearing wool "
     "socks overnight.", "About", {("wearing wool socks", "associated_with", TOPIC)}),
    # a question heading in the first person, with commands under it
    ("Always wash your hands before handling your socks.\nChange your sock drawer liner "
     "every three months.", "How can I reduce my risk?",
     {("washing hands", "prevents", TOPIC), ("sock drawer liner change", "prevents", TOPIC)}),
    # signs whose verb comes between them and "include"
    ("The signs can come on suddenly and may include a high temperature and blurred vision.",
     "What are the warning signs?",
     {(TOPIC, "has_symptom", "high temperature"), (TOPIC, "has_symptom", "blurred vision")}),
    # what it is treated with in hospital
    ("Grebble fever is treated in hospital with antibiotic drops.", "How is it treated?",
     {("hospital treatment", "used_for", TOPIC), ("antibiotic drops", "used_for", TOPIC)}),
])
def test_question_and_answer_page_wordings(tmp_path: Path, body: str, heading: str,
                                           expected: set[tuple[str, str, str]]) -> None:
    """Wordings of question-and-answer pages that consumer brands and charities publish."""
    assert expected <= relations_set(tmp_path, body, heading)


@pytest.mark.parametrize(("body", "expected"), [
    ("Prevention is by good hygiene and prompt care of wounds.",
     {("good hygiene", "prevents", TOPIC), ("prompt care of wounds", "prevents", TOPIC)}),
    ("Efforts to prevent the disease include hand washing and early care of cuts.",
     {("hand washing", "prevents", TOPIC), ("early care of cuts", "prevents", TOPIC)}),
    ("Recommendations to prevent it include not sharing combs.",
     {("avoiding sharing combs", "prevents", TOPIC)}),
    ("Risk can be lowered by avoiding contact with stray goats.",
     {("avoiding contact with stray goats", "prevents", TOPIC)}),
    ("Vaccination of children has greatly reduced the number of cases.",
     {("vaccination of children", "prevents", TOPIC)}),
    ("Using gloves when gardening decreases the risk.", {("gloves", "prevents", TOPIC)}),
])
def test_encyclopaedia_prevention_wordings(tmp_path: Path, body: str,
                                           expected: set[tuple[str, str, str]]) -> None:
    """How encyclopaedia-style pages word prevention; "when gardening" is not the act."""
    got = {(s.lower(), p, o) for s, p, o in relations_set(tmp_path, body, "Prevention")}
    assert expected <= got
    assert not any(s == "gardening" for s, _, _ in got)


@pytest.mark.parametrize(("sentence", "expected", "absent"), [
    ("The drug of choice is quorlacin.", {("quorlacin", "used_for", TOPIC)}, set()),
    # how soon is not part of the act's name
    ("Most people need urgent surgery.", {("surgery", "used_for", TOPIC)}, {"urgent surgery"}),
    ("Oxygen and fluids through a drip help support the body.",
     {("oxygen", "effective_for", TOPIC), ("intravenous fluids", "effective_for", TOPIC)}, set()),
    # "without" is not "with": nothing is named as what people get better with
    ("Most people with mild disease get better without treatment.", set(), {"out treatment"}),
])
def test_more_treatment_wordings(tmp_path: Path, sentence: str,
                                 expected: set[tuple[str, str, str]], absent: set[str]) -> None:
    """The drug of choice, what helps support the body, and no remedy read from 'without'."""
    got = relations_set(tmp_path, sentence, "Treatment")
    assert expected <= got
    assert not {s for s, _, _ in got} & absent


@pytest.mark.parametrize(("sentence", "expected", "absent"), [
    ("Doctors treat it with antibiotics.", {("antibiotics", "used_for", TOPIC)}, set()),
    ("Early treatment with antibiotics is vital.", {("antibiotics", "used_for", TOPIC)}, set()),
    ("You will need to stay in hospital.", {("hospital treatment", "used_for", TOPIC)}, set()),
    ("Physiotherapy helps people recover.", {("physiotherapy", "effective_for", TOPIC)}, set()),
    ("Treatment usually combines antibiotics and surgery.",
     {("antibiotics", "used_for", TOPIC), ("surgery", "used_for", TOPIC)}, set()),
    ("Borvacillin is recommended as the most effective treatment for grebble fever.",
     {("borvacillin", "used_for", TOPIC)}, set()),
    ("Quorlacin remains the single best treatment.", {("quorlacin", "used_for", TOPIC)}, set()),
    ("A healthy diet is helpful in treating grebble fever.",
     {("healthy diet", "effective_for", TOPIC)}, set()),
    ("A healthy diet is also helpful in treating gout.",
     {("healthy diet", "effective_for", "gout")}, set()),
    # "get better" is how it ends, not a sign people get
    ("Most people with grebble fever get better after treatment with rest.",
     {("rest", "effective_for", TOPIC)}, {"better"}),
    # a person who gives care, and care despite which it went on, are no remedies
    ("Some children need follow-up treatment with a specialist.", set(), {"specialist"}),
    ("Pain can last despite early treatment with standard care.", set(), {"standard care"}),
    # outside a treatment section, what someone else needs is not the topic's remedy
    ("Smokers need more vitamin C.", set(), {"vitamin c"}),
    # the route and "instead" are how it is given, not part of its name
    ("You'll be given borvacillin directly into a vein.", {("borvacillin", "used_for", TOPIC)},
     {"vein", "directly"}),
    ("If you are allergic to it, you may be given quorlacin instead.",
     {("quorlacin", "used_for", TOPIC)}, {"instead"}),
    # the clause after the comma is another remedy's, not what the first one treats
    ("Borvacillin is the first-line treatment, and quorlacin is an alternative.",
     {("borvacillin", "used_for", TOPIC)}, {"alternative"}),
    ("The main medicine used is borvacillin.", {("borvacillin", "used_for", TOPIC)}, set()),
    ("Doctors often start with steroids such as quorlacin.",
     {("steroids", "used_for", TOPIC), ("quorlacin", "used_for", TOPIC)}, set()),
    ("Steroid medicines are often the first treatment.",
     {("steroid medicines", "used_for", TOPIC)}, set()),
    ("Quorlacin is the first choice of treatment.", {("quorlacin", "used_for", TOPIC)}, set()),
    # the treatment that needs a stay is not what the stay treats
    ("Treatment often requires a stay in intensive care.",
     {("intensive care treatment", "used_for", TOPIC)}, {"grebble fever treatment"}),
])
def test_treatment_said_outside_its_section(tmp_path: Path, sentence: str,
                                            expected: set[tuple[str, str, str]],
                                            absent: set[str]) -> None:
    """How pages name remedies in a page's general text, under a heading of no known kind."""
    got = relations_set(tmp_path, sentence, "Overview")
    assert expected <= got
    assert not {x for s, _, o in got for x in (s, o) if any(a in x for a in absent)}


@pytest.mark.parametrize(("sentence", "test"), [
    ("A chest X-ray often shows swollen glands.", "chest x-ray"),
    ("A biopsy is the only way to confirm it.", "biopsy"),
    ("A CT scan can help find the problem.", "CT scan"),
    ("Lung function tests check how well you breathe.", "lung function tests"),
    ("It is often found by chance on a chest X-ray.", "chest x-ray"),
    ("Doctors can confirm grebble fever with a blood test.", "blood test"),
    ("The doctor will confirm the diagnosis by taking a throat swab.", "throat swab"),
    ("If you think your child has it, ask the doctor for an echocardiogram to tell if the "
     "heart is swollen.", "echocardiogram"),
])
def test_a_test_named_as_the_subject_anywhere(tmp_path: Path, sentence: str, test: str) -> None:
    """A test that shows, confirms or finds, said in a page's general text, is how the topic
    is diagnosed; a test's body part ("chest X-ray") is no site of the topic."""
    got = relations_set(tmp_path, sentence, "Overview")
    assert (TOPIC, "diagnosed_by", test) in got
    assert not {g for g in got if g[1] in ("affects", "effective_for")}


@pytest.mark.parametrize("sentence", [
    "The infection was confirmed in 30 patients with a new test.",  # not the topic confirmed
    "Ask your doctor about painkillers.",  # no test asked for
])
def test_no_diagnosis_without_the_topic_or_a_test(tmp_path: Path, sentence: str) -> None:
    """"confirmed ... with" and "ask your doctor about" name a test only of the topic, only a
    test."""
    got = relations_set(tmp_path, sentence, "Overview")
    assert not {g for g in got if g[1] == "diagnosed_by"}


@pytest.mark.parametrize("sentence", [
    "A scan shows whether the drug has worked.",  # under treatment: follow-up, not diagnosis
    "Smoking can show up as stained fingers.",  # no test
])
def test_showing_without_a_test_or_under_treatment_is_no_diagnosis(tmp_path: Path,
                                                                    sentence: str) -> None:
    got = relations_set(tmp_path, sentence, "Treatment")
    assert not {g for g in got if g[1] == "diagnosed_by"}


@pytest.mark.parametrize(("sentence", "expected", "absent"), [
    ("A doctor will examine the skin and ask about recent injuries.",
     {(TOPIC, "diagnosed_by", "physical examination")}, set()),
    ("Doctors may take a small sample of tissue to look at under a microscope.",
     {(TOPIC, "diagnosed_by", "tissue biopsy")}, {"tissue to sample"}),
    # "rule out" inside the phrase denies nothing of the test
    ("Tests to rule out other causes include a lumbar tap.",
     {(TOPIC, "diagnosed_by", "lumbar tap")}, set()),
    # a likeness is not a sign
    ("Diagnosis can be hard because early symptoms are like flu.", set(), {"flu"}),
])
def test_more_diagnosis_wordings(tmp_path: Path, sentence: str,
                            expected: set[tuple[str, str, str]], absent: set[str]) -> None:
    """An examination, a sample of tissue, tests named after what they rule out."""
    got = relations(tmp_path, sentence, "Diagnosis")
    assert expected <= {(s, p, o) for s, p, o, flags in got if not flags.startswith("negated")}
    assert not {o for _, p, o, _ in got if p != "resembles"} & absent


def test_supportive_care_names_its_means(tmp_path: Path) -> None:
    """"Management is supportive, with fluids and oxygen": both are used for it."""
    got = relations_set(tmp_path, "Management is supportive, with fluids and oxygen.",
                        "Treatment")
    assert {("fluids", "used_for", TOPIC), ("oxygen", "used_for", TOPIC)} <= got


@pytest.mark.parametrize(("body", "heading", "expected", "absent"), [
    ("You can get grebble fever if germs get into a wound, such as a cut or a graze.",
     "How you get it", {("wound", "increases_risk_of", TOPIC), ("cut", "increases_risk_of", TOPIC),
                        ("graze", "increases_risk_of", TOPIC)}, set()),
    ("It can happen if you have a weak immune system, for example because of chemotherapy.",
     "How you get it", {("weak immune system", "increases_risk_of", TOPIC)}, {"for example"}),
    ("You'll need treatment in hospital straight away.", "Treatment",
     {("hospital treatment", "used_for", TOPIC)}, set()),
    ("Clean all wounds straight away with soap and water.", "How to lower your chance",
     {("wound cleaning", "prevents", TOPIC)}, {"cleaning all wounds straight away"}),
])
def test_health_service_page_wordings(tmp_path: Path, body: str, heading: str,
                                      expected: set[tuple[str, str, str]],
                                      absent: set[str]) -> None:
    """Wordings of national health service pages; "for example" and "straight away" name
    nothing."""
    got = relations_set(tmp_path, body, heading)
    assert expected <= got
    assert not {x for s, _, o in got for x in (s, o)} & absent


@pytest.mark.parametrize(("sentence", "expected"), [
    ("In severe cases, organs such as the kidneys and liver may stop working.",
     {(TOPIC, "has_complication", "kidney failure"), (TOPIC, "has_complication", "liver failure")}),
    ("Without treatment, the infection can be fatal.", {(TOPIC, "has_complication", "death")}),
    ("Long-term lung damage is possible.", {(TOPIC, "has_complication", "long-term lung damage")}),
    ("A small number of people develop gallstones.", {(TOPIC, "has_complication", "gallstones")}),
])
def test_complication_wordings(tmp_path: Path, sentence: str,
                               expected: set[tuple[str, str, str]]) -> None:
    """Harms said through the organ that fails, "the infection" named back, "is possible";
    a sentence with a verb is never a harm's name."""
    got = relations_set(tmp_path, sentence, "Complications")
    assert expected <= got
    assert all(len(o.split()) <= 4 for _, _, o in got)


def test_people_who_get_something_else_name_no_risk(tmp_path: Path) -> None:
    """"People with asthma may get chest infections" is not about the topic."""
    got = relations_set(tmp_path, "People with asthma may get chest infections.", "About")
    assert not any(p == "increases_risk_of" and o == TOPIC for _, p, o in got)


def test_these_include_gives_the_class_members(tmp_path: Path) -> None:
    """"Some long-term conditions raise the risk. These include A and B.": A and B do."""
    got = relations_set(tmp_path, "Some long-term health conditions raise the risk. These "
                                  "include gout and kidney disease.\nIt can lead to serious "
                                  "problems. These include heart failure and stroke.", "About")
    assert {("gout", "increases_risk_of", TOPIC), ("kidney disease", "increases_risk_of", TOPIC),
            (TOPIC, "has_complication", "heart failure"), (TOPIC, "has_complication", "stroke")
            } <= got


def test_signs_occurring_during_a_phase_name_no_risk(tmp_path: Path) -> None:
    """Only the topic occurring during something makes that something a risk."""
    got = relations_set(tmp_path, "Symptoms usually occur during the first week.", "About")
    assert not any(p == "increases_risk_of" for _, p, _ in got)


def test_bare_frequency_words_are_not_signs(tmp_path: Path) -> None:
    """"Early symptoms are common" names no sign called "common"."""
    got = relations_set(tmp_path, "Early symptoms are common.", "Symptoms")
    assert not any(o in ("common", "early symptoms") for _, _, o in got)


def test_skin_more_often_affected_is_no_risk(tmp_path: Path) -> None:
    """Only people "more often affected" name a risk; a body part does not."""
    got = relations_set(tmp_path, "The skin is most often affected.", "About")
    assert not any(p == "increases_risk_of" for _, p, _ in got)


def test_symptom_rules(tmp_path: Path) -> None:
    """What a condition causes is a symptom when named like one; a typed list is read."""
    got = relations(tmp_path, "Grebble fever is a rare fungal illness that causes a sore rash.\n"
                              "You may notice:\n- joint pain\n- tiredness\n"
                              "These are symptoms of grebble fever.")
    assert {(TOPIC, "has_symptom", o, "") for o in ("sore rash", "joint pain", "tiredness")} \
        <= got


def test_list_about_something_else_is_not_the_topics(tmp_path: Path) -> None:
    """A list followed by "These can be signs of a stroke" gives the topic no symptoms."""
    got = relations(tmp_path, "Call a doctor if:\n- your face droops\n- you cannot lift your arms"
                              "\nThese can be signs of a stroke.")
    assert not {r for r in got if r[1] == "has_symptom"}


def test_complication_rules(tmp_path: Path) -> None:
    """"can lead to" and a conditional lead-in give a stated, affirmed complication."""
    got = relations(tmp_path, "Without treatment, grebble fever can lead to kidney damage.")
    assert (TOPIC, "has_complication", "kidney damage", "") in got


def test_diagnosis_rules(tmp_path: Path) -> None:
    """"is diagnosed with" names the test."""
    got = relations(tmp_path, "Grebble fever is usually diagnosed with a blood test.")
    assert (TOPIC, "diagnosed_by", "blood test", "") in got


@pytest.mark.parametrize(("sentence", "subject", "predicate", "flags"), [
    ("Grebble fever is treated with rest.", "rest", "used_for", ""),
    ("Painkillers can help.", "painkillers", "effective_for", ""),
    ("Antibiotics do not help because a virus causes it.", "antibiotics", "effective_for",
     "negated "),
    ("Steroids have not been shown to work.", "steroids", "effective_for", "negated "),
    ("There is no good evidence that vitamin C helps.", "vitamin c", "effective_for", "negated "),
    ("Rest is effective.", "rest", "effective_for", ""),
    ("Grebble fever is always treated in hospital.", "hospital treatment", "used_for", ""),
    ("The sooner treatment starts, the quicker the recovery.", "early treatment",
     "effective_for", ""),
    ("Treatment for grebble fever works best if started early.", "early treatment",
     "effective_for", ""),
    ("A few patients might need to be treated with surgery.", "surgery", "used_for", ""),
    ("It can be treated with a range of soothing creams.", "soothing creams", "used_for", ""),
    ("Tarnomycin may control grebble fever.", "tarnomycin", "effective_for", "hedged"),
    ("Splinting isn't recommended.", "splinting", "used_for", "negated "),
    ("Treatment for grebble fever is more effective if begun early.", "early treatment",
     "effective_for", ""),
    ("Usually, the earlier therapy is begun, the better it goes.", "early treatment",
     "effective_for", ""),
    ("Grebble fever responds well to rest.", "rest", "effective_for", ""),
    ("A few children need surgery.", "surgery", "used_for", ""),
])
def test_treatment_rules(tmp_path: Path, sentence: str, subject: str, predicate: str,
                         flags: str) -> None:
    """Used, said to work and said not to work are told apart, with the denial kept."""
    assert (subject, predicate, TOPIC, flags) in relations(tmp_path, sentence, "Treatment")


def test_prevention_rules(tmp_path: Path) -> None:
    """"reduces the risk of" and "can help prevent" make a prevention measure."""
    got = relations(tmp_path, "A vaccine reduces the risk of grebble fever. "
                              "Washing your hands can help prevent grebble fever.", "Prevention")
    assert ("vaccine", "prevents", TOPIC, "") in got
    assert ("washing hands", "prevents", TOPIC, "") in got


@pytest.mark.parametrize(("sentence", "kind", "value", "population", "subject"), [
    ("About 3-5% die.", "mortality", (0.03, 0.05), None, None),
    ("Two percent of people who develop it die.", "mortality", 0.02, None, None),
    ("Type 2 accounts for 85-90% of cases.", "share", (0.85, 0.9), None, "Type 2"),
    ("The mortality is 20% in ventilated patients.", "mortality", 0.2, "ventilated patients",
     None),
    ("It affects 1 in 100,000 people a year.", "incidence", 0.00001, None, None),
    ("Roughly one in five patients later go on to develop ear pain.", "frequency", 0.2, None,
     "ear pain"),
    # written as the page puts it; graph.measures compares it as one with "untreated"
    ("Without treatment, 25% of children develop heart problems.", "frequency", 0.25,
     "without treatment", "heart problems"),
    ("About 30% of people admitted for grebble fever have a weakened or damaged immune system.",
     "frequency", 0.3, "people admitted for grebble fever", "weakened immune system"),
    ("One sign is joint swelling, which occurs in 40% of cases.", "frequency", 0.4, None,
     "joint swelling"),
    ("Lasting tiredness occurred in 12% of people.", "frequency", 0.12, None,
     "Lasting tiredness"),
    ("About 20% of the time, the spot goes unnoticed.", "frequency", 0.2, None,
     "unnoticed spot"),
    # What happens in a share of cases, named before or after the figure.
    ("Eye involvement occurs in 10% of cases.", "frequency", 0.1, None, "Eye involvement"),
    ("In about 60 percent of cases, a dull ache comes before the rash.", "frequency", 0.6,
     None, "dull ache"),
])
def test_figure_rules(sentence: str, kind: str, value: float | tuple[float, float],
                      population: str | None, subject: str | None) -> None:
    """A figure's quantity, subgroup and subject come from its own phrase."""
    (fig,) = find_figures(sentence, (TOPIC,))
    m = fig.measure
    assert m.kind == kind
    assert (m.low, m.high) == value if isinstance(value, tuple) else m.value == value
    assert (m.population, fig.subject) == (population, subject)


@pytest.mark.parametrize(("sentence", "bound"), [
    ("It mostly affects adults aged 40 years or older.", "lower"),
    ("People aged 65 and over are offered a check.", "lower"),
    ("It is usually seen after age 50.", "lower"),
    ("It is rare before age 2.", "lower"),  # rare under 2: cases are aged 2 and over
    ("Children aged 5 or younger are most often affected.", "upper"),
])
def test_age_bounds(sentence: str, bound: str) -> None:
    """"aged 40 or older" is a lower bound on age, "5 or younger" an upper one; an age it is
    rare below bounds the cases from below."""
    (fig,) = find_figures(sentence, (TOPIC,))
    assert (fig.measure.kind, fig.measure.bound.value) == ("age", bound)


@pytest.mark.parametrize("phrase", [
    "to spread in the organs", "pain in the", "no signs at all", "from many backgrounds",
    "causes redness", "few of them",
    "are pregnant", "require long treatment", "that comes", "similar in look to a bruise",
    "this rash", "a constellation of symptoms", "early symptoms", "symptoms of the late stage",
    "sharp pains from time to time", "most likely to recover",
])
def test_clauses_and_collections_are_not_entities(phrase: str) -> None:
    """A clause, a pointer back or a collection of symptoms never becomes an entity."""
    assert is_generic(phrase)


@pytest.mark.parametrize("phrase", ["flu-like symptoms", "joint pain", "type 2 diabetes",
                                    "swelling of the knees"])
def test_named_things_stay_entities(phrase: str) -> None:
    """Names with modifiers, digits and "of" are kept."""
    assert not is_generic(phrase)


@pytest.mark.parametrize(("sentence", "population"), [
    ("Around one in every four people get it at some point in their life.",
     "people over a lifetime"),
    ("Roughly 1 in 3 people in the United States get it during their lifetime.",
     "people over a lifetime"),
])
def test_lifetime_share(sentence: str, population: str) -> None:
    """A share over a lifetime is a frequency with no yearly horizon; the country is the setting."""
    (fig,) = find_figures(sentence, (TOPIC,))
    assert (fig.measure.kind, fig.measure.horizon, fig.measure.population) == (
        "frequency", None, population)


def test_a_cut_in_risk_is_a_relative_risk() -> None:
    """"X cuts the risk by 40-60 %" is a relative risk of 0.4-0.6 for X."""
    (fig,) = find_figures("A booster jab cuts the risk of grebble fever by 40% to 60%.", (TOPIC,))
    m = fig.measure
    assert (m.kind, m.low, m.high, fig.subject) == ("relative_risk", 0.4, 0.6, "booster jab")


def test_figure_horizon_is_its_own() -> None:
    """An aside after the figure ("with most risk in the opening year") sets no horizon."""
    (fig,) = find_figures("Deaths stay below 0.5%, with most risk in the opening year.")
    assert fig.measure.horizon is None
    (fig,) = find_figures("Up to 80% die within a year.")
    assert fig.measure.horizon == "P12M"


def test_unknown_quantity_is_kept_but_never_compared(tmp_path: Path) -> None:
    """A percentage with no quantity words is a claim of kind 'unknown' and low confidence."""
    (fig,) = find_figures("The figure was 40% in the survey.")
    assert fig.measure.kind == "unknown"


def test_extract_reports_what_each_page_read(tmp_path: Path) -> None:
    """`extract` prints each page's share of sentences read and why the rest was skipped."""
    from click.testing import CliRunner

    from claimgraph.cli import main

    page = tmp_path / "grebble.txt"
    page.write_text("Grebble fever\n\nGrebble fever is a rare illness. It causes a rash.\n\n"
                    "References\nSmith J. A study of rashes. 2020.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(page), "--out", str(tmp_path / "p")],
                                env={"COLUMNS": "250"})
    assert result.exit_code == 0, result.output
    row = next(line for line in result.output.splitlines() if line.startswith("│ grebble"))
    cells = [c.strip() for c in row.strip("│").split("│")]
    assert cells[2] == "2/4 (50%)"
    assert cells[5] == "2 in site section 'References'"


@pytest.mark.parametrize(("sentence", "obj", "predicate"), [
    ("A rash is a common sign of grebble fever.", "rash", "has_symptom"),
    ("Patients can present with a rash and flu-like symptoms.", "flu-like symptoms",
     "has_symptom"),
    ("The infection can attack the nervous system.", "nervous system", "affects"),
    ("It may affect the joints, causing pain and swelling of the knees.",
     "knee swelling", "has_symptom"),
    ("Untreated, grebble fever can spread, causing arthritis.", "arthritis", "has_complication"),
    ("This can cause a stiff neck.", "stiff neck", "has_symptom"),
])
def test_prose_symptom_rules(tmp_path: Path, sentence: str, obj: str, predicate: str) -> None:
    """Signs named in prose, presenting features, body systems reached and participles."""
    got = relations_set(tmp_path, sentence)
    assert (TOPIC, predicate, obj) in got


@pytest.mark.parametrize(("heading", "expected"), [
    ("Complications", {(TOPIC, "has_complication", "permanent stiffness")}),
    ("About", set()),
])
def test_participle_under_a_harms_heading(tmp_path: Path, heading: str,
                                          expected: set[tuple[str, str, str]]) -> None:
    """", causing X" after a body part's change is the topic's harm under a complications
    heading; under no known heading the clause's subject is not the topic, so nothing."""
    got = relations_set(tmp_path, "Weak muscles can tighten and shorten, causing permanent "
                                  "stiffness.", heading)
    assert {g for g in got if g[1] == "has_complication"} == expected


@pytest.mark.parametrize(("body", "denied", "present"), [
    ("Signs of grebble fever include a rash, without blisters.", "blisters", "rash"),
    ("Common signs include:\n\n- pink eyes without a sticky discharge\n- a high temperature",
     "eye discharge", "high temperature"),
])
def test_a_sign_after_without_is_denied(tmp_path: Path, body: str, denied: str,
                                        present: str) -> None:
    """A sign named after "without" is a denied sign (at the body part just named), never
    a member "without blisters" of the list of signs present."""
    got = relations(tmp_path, body, "Symptoms")
    assert (TOPIC, "has_symptom", denied, "negated ") in got
    assert (TOPIC, "has_symptom", present, "") in got
    assert not {g for g in got if g[2].startswith("without")}


def test_without_a_sign_word_denies_nothing(tmp_path: Path) -> None:
    """"without warning" names no sign."""
    got = relations(tmp_path, "The rash can appear without warning.", "Symptoms")
    assert not {g for g in got if g[3].startswith("negated")}


@pytest.mark.parametrize(("sentence", "harm", "read"), [
    ("Grebble fever can dry the tears and leave your eye open to infection.", "eye infection",
     True),
    ("It can make the skin more prone to ulcers.", "skin ulcer", True),
    ("It can leave your savings exposed to damage.", "saving damage", False),
    # another named thing leaving the part open is that thing's doing
    ("Smoking can leave the lungs prone to infection.", "lung infection", False),
])
def test_a_part_left_open_to_infection(tmp_path: Path, sentence: str, harm: str,
                                       read: bool) -> None:
    """A body part left vulnerable to a harm names that harm at the part; things that are
    no part of the body name nothing."""
    got = relations_set(tmp_path, sentence)
    assert ((TOPIC, "has_complication", harm) in got) is read


@pytest.mark.parametrize(("heading", "sentence", "expected"), [
    ("About", "Some people go on to develop vorn neuralgia.",
     (TOPIC, "has_complication", "vorn neuralgia")),
    ("Symptoms", "Some people go on to develop a rash.", (TOPIC, "has_symptom", "rash")),
])
def test_going_on_to_develop_is_a_later_harm(tmp_path: Path, heading: str, sentence: str,
                                             expected: tuple[str, str, str]) -> None:
    """"Some people go on to develop X" names a harm it leaves (a sign, under symptoms); the
    place after a name ("called X in the area ...") is no part of the name."""
    assert expected in relations_set(tmp_path, sentence, heading)


def test_a_name_given_ends_before_the_place() -> None:
    """"pain called X in the affected part of the face": the place is no part of the name."""
    assert called_name("nerve pain called vorn neuralgia in the affected part of the face") \
        == "vorn neuralgia"


def test_others_going_on_to_develop_say_nothing(tmp_path: Path) -> None:
    """"People who smoke go on to develop X" says nothing of the topic."""
    got = relations_set(tmp_path, "People who smoke often go on to develop lung disease.")
    assert not {g for g in got if g[0] == TOPIC and g[2] == "lung disease"}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("There's a risk you could develop lasting joint pain.",
     {(TOPIC, "has_complication", "lasting joint pain", "")}),
    ("But if it is not treated, there is a risk you could get lasting weakness.",
     {(TOPIC, "has_complication", "lasting weakness", "")}),
    ("If you smoke, there is a risk you could develop lung disease.", set()),
    ("If it is treated, there is a risk you could get a rash from the drug.", set()),
])
def test_a_risk_you_could_develop_is_a_harm(tmp_path: Path, sentence: str,
                                            expected: set[tuple[str, ...]]) -> None:
    """"There's a risk you could develop X" (also after "if it is not treated", affirmed)
    names the topic's harm; after another cause or a treatment it names none."""
    got = relations(tmp_path, sentence)
    assert {g for g in got if g[1] == "has_complication"} == expected


def test_further_problems_name_no_harm(tmp_path: Path) -> None:
    """"a risk of more problems (in the ear), such as:" names no harm; the list does."""
    got = relations_set(tmp_path, "There is a small risk you may get more problems with the "
                                  "ear, such as:\n\n- deafness\n- ringing in the ears")
    assert not {g for g in got if "problems" in g[2]}


def test_grave_cases_are_the_topic(tmp_path: Path) -> None:
    """"Serious cases can result in X": the harms are the topic's, not "serious cases"'."""
    got = relations_set(tmp_path, "Serious cases can result in heart failure or even death.")
    assert {(TOPIC, "has_complication", "heart failure"),
            (TOPIC, "has_complication", "death")} <= got
    assert not {g for g in got if g[0] == "serious cases"}


@pytest.mark.parametrize(("sentence", "low_high_or_value", "unit", "bound", "subject"), [
    ("The rash usually heals within 2 to 4 weeks.", (2.0, 4.0), "weeks", "range", "rash"),
    ("A fever that lasts 5 days or longer is usual.", 5.0, "days", "lower", "fever"),
    ("A cough lasting at least 3 weeks needs a check-up.", 3.0, "weeks", "lower", "cough"),
    # An event timed rather than a thing that lasts: recovery, improvement, a start.
    ("Most children recover fully in 6 to 8 weeks.", (6.0, 8.0), "weeks", "range",
     "full recovery"),
    ("Nearly everyone gets better within 5 months.", 5.0, "months", "upper", "recovery"),
    ("For most people the weakness starts to improve within 2 to 3 weeks.", (2.0, 3.0),
     "weeks", "range", "improvement"),
    ("Treatment with ravomycin should begin within 4 days of the first sign.", 4.0, "days",
     "upper", "start of ravomycin"),
    ("It helps most when you start antiviral tablets within 48 hours.", 48.0, "hours",
     "upper", "start of antiviral tablets"),
    ("A cough lasting up to a week is common.", 1.0, "weeks", "upper", "cough"),
    ("A high temperature (fever) for 5 days or more is the key sign.", 5.0, "days", "lower",
     "high temperature"),
    ("You may be given a 7-day course of tarnomycin.", 7.0, "days", "exact", "tarnomycin"),
    ("Start the tablets today; most people improve within 2 weeks.", 2.0, "weeks", "upper",
     "improvement"),
    ("Signs usually show 4 to 20 days after the bite.", (4.0, 20.0), "days", "range", None),
])
def test_duration_rules(sentence: str, low_high_or_value: float | tuple[float, float], unit: str,
                        bound: str, subject: str | None) -> None:
    """How long something lasts is a duration in its own unit, with what lasts that long."""
    (fig,) = find_figures(sentence, (TOPIC,))
    m = fig.measure
    got = (m.low, m.high) if isinstance(low_high_or_value, tuple) else m.value
    assert (m.kind, got, m.unit, m.bound.value, fig.subject) == (
        "duration", low_high_or_value, unit, bound, subject)


@pytest.mark.parametrize("sentence", [
    "Up to 80% die within a year.",  # the horizon of a proportion
    "It was first described in 1967.",  # a date
    "Children under 5 years old are affected most.",  # an age
])
def test_time_phrases_that_are_not_durations(sentence: str) -> None:
    """Horizons of a proportion, dates and ages never become durations."""
    assert all(f.measure.kind != "duration" for f in find_figures(sentence, (TOPIC,)))


def test_what_people_with_the_topic_experience(tmp_path: Path) -> None:
    """"People with X also experience A, B" names symptoms; people who smoke do not."""
    got = relations(tmp_path, "Some people with grebble fever also experience cold-like symptoms "
                              "in the first days, such as tiredness and chills. "
                              "People who smoke often have a cough.")
    objects = {o for s, p, o, _ in got if p == "has_symptom"}
    assert {"cold-like symptoms", "tiredness", "chills"} <= objects
    assert "cough" not in objects


@pytest.mark.parametrize(("sentence", "subjects"), [
    ("Grebble fever is more common among older adults and in people who have poor immunity.",
     {"older age", "poor immunity"}),
    ("Grebble fever occurs more commonly in those with diabetes.", {"diabetes"}),
    ("Anyone who's had measles may develop grebble fever.", {"measles"}),
    ("Tarn beta and tarn gamma cause grebble fever in the United States.",
     {"tarn beta", "tarn gamma"}),
])
def test_who_gets_it_rules(tmp_path: Path, sentence: str, subjects: set[str]) -> None:
    """Groups it is more common in, what people who had something go on to get, places cut."""
    got = {s for s, p, o, _ in relations(tmp_path, sentence)
           if p in ("increases_risk_of", "causes") and o == TOPIC}
    assert subjects <= got


def test_list_types_from_leads_titles_and_first_signs(tmp_path: Path) -> None:
    """A lead-in without a colon, "your child may develop:", and "starts with" type symptoms."""
    got = relations(tmp_path, "Grebble fever usually starts with a headache and tiredness.\n"
                              "The rash starts with small red spots.\n\n"
                              "Second phase\nIn the second phase, your child may develop:\n"
                              "- Joint pain\n\nThird phase\nOne or more of these symptoms may be "
                              "present.\n- Dizziness")
    symptoms = {(o, f) for s, p, o, f in got if p == "has_symptom"}
    assert {("headache", ""), ("tiredness", ""), ("joint pain", ""), ("dizziness", "")} <= symptoms
    assert not any("spots" in o for o, _ in symptoms)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The most common complication of grebble fever is tarn neuralgia.",
     (TOPIC, "has_complication", "tarn neuralgia")),
    ("Tarn neuralgia is the most common complication of grebble fever.",
     (TOPIC, "has_complication", "tarn neuralgia")),
    ("Antivirals are the standard treatment for grebble fever.",
     ("antivirals", "used_for", TOPIC)),
    ("The main treatment for grebble fever is rest.", ("rest", "used_for", TOPIC)),
])
def test_ranked_complication_and_treatment_rules(tmp_path: Path, sentence: str,
                                                 expected: tuple[str, str, str]) -> None:
    """"The most common complication is X" and "X is the standard treatment for Y"."""
    assert expected in relations_set(tmp_path, sentence)


def test_diagnosis_wordings(tmp_path: Path) -> None:
    """"Diagnose it based on", "no specific test" (a denial), exams done in a diagnosis section."""
    got = relations(tmp_path, "Your GP can usually diagnose grebble fever based on the "
                              "appearance of the rash. There is no specific test for grebble "
                              "fever.")
    got |= relations(tmp_path, "A physical exam will be done. You will be asked about your "
                               "medical history.", "Diagnosis")
    assert {(TOPIC, "diagnosed_by", "rash appearance", ""),
            (TOPIC, "diagnosed_by", "specific diagnostic test", "negated "),
            (TOPIC, "diagnosed_by", "physical exam", ""),
            (TOPIC, "diagnosed_by", "medical history", "")} <= got


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Grebble fever can't be prevented.", ("preventive measure", "prevents", TOPIC, "negated ")),
    ("There is no specific prevention for it.",
     ("preventive measure", "prevents", TOPIC, "negated ")),
    ("The vaccine also decreases rates of tarn neuralgia.",
     ("vaccine", "prevents", "tarn neuralgia", "")),
    ("Grebble fever vaccines prevent grebble fever by 50% to 90%.",
     ("grebble fever vaccines", "prevents", TOPIC, "")),
])
def test_prevention_wordings(tmp_path: Path, sentence: str,
                             expected: tuple[str, str, str, str]) -> None:
    """Prevention denied as a class, lowered rates, a vaccine named after the topic."""
    assert expected in relations(tmp_path, sentence)


@pytest.mark.parametrize(("sentence", "value", "horizon", "subject"), [
    ("An estimated 1 million people get it each year.", 1_000_000.0, "P12M", None),
    ("Fewer than 100 people die from it each year.", 100.0, "P12M", "death"),
])
def test_count_rules(sentence: str, value: float, horizon: str, subject: str | None) -> None:
    """How many people a year: a count with its period, deaths named as such."""
    (fig,) = find_figures(sentence, (TOPIC,))
    assert (fig.measure.kind, fig.measure.value, fig.measure.horizon, fig.subject) == (
        "count", value, horizon, subject)
    assert fig.confidence < 0.5  # counts depend on place and year: never compared


def test_list_items_share_their_place(tmp_path: Path) -> None:
    """"Aching, tingling or numbness of the skin" gives three signs, gerunds included."""
    got = relations(tmp_path, "- Aching, tingling or numbness of the skin on one arm\n- Fever",
                    "Symptoms")
    for sign in ("aching", "tingling", "numbness", "fever"):
        assert (TOPIC, "has_symptom", sign, "") in got


def test_signs_that_may_occur_in_a_symptoms_section(tmp_path: Path) -> None:
    """"X and Y may also occur" names signs under Symptoms, and nothing elsewhere."""
    got = relations(tmp_path, "Headache and sore eyes may also occur in the first days.",
                    "Symptoms")
    assert {(TOPIC, "has_symptom", "headache", ""), (TOPIC, "has_symptom", "sore eyes", "")} <= got
    assert not relations(tmp_path, "Complications may develop in a few people.", "Outlook")


def test_especially_introduces_examples(tmp_path: Path) -> None:
    """"Current cancer, especially A and B" names the class and each example."""
    got = relations(tmp_path, "- Current cancer, especially bone lymphoma and leukaemia",
                    "Risk factors")
    assert {("bone lymphoma", "increases_risk_of", TOPIC, ""),
            ("leukaemia", "increases_risk_of", TOPIC, "")} <= got


def test_treatments_under_risk_factors_raise_the_risk(tmp_path: Path) -> None:
    """A "Treatments" heading inside "Risk factors" lists treatments that raise the risk."""
    page = tmp_path / "page.md"
    page.write_text("# Grebble fever\n\nGrebble fever is a rare illness.\n\n## Risk factors\n\n"
                    "Some things raise the risk.\n\n### Treatments\n\n- Radiation therapy\n",
                    encoding="utf-8")
    cs, _, _ = extract_corpus([page], progress=False)
    got = {(cs.label(c.subject), c.predicate) for c in cs.claims if c.object is not None}
    assert got == {("radiation therapy", "increases_risk_of")}


def test_summary_above_a_repeated_title_is_read(tmp_path: Path) -> None:
    """Text above the title that names the topic is the page's; a site blurb is skipped."""
    from claimgraph.ingest.extract import extract_documents

    page = tmp_path / "page.txt"
    page.write_text("Grebble fever is an illness of the skin. About one in 20 people get it.\n\n"
                    "Grebble fever\n\nIt causes a rash.\n", encoding="utf-8")
    result = extract_documents([page], progress=False)
    assert result.pages[0].skipped == ()
    assert any(c.measure is not None and c.measure.value == 0.05
               for c in result.claimset.claims)
    page.write_text("Call our helpline on weekdays.\n\nGrebble fever\n\nIt causes a rash.\n",
                    encoding="utf-8")
    result = extract_documents([page], progress=False)
    assert result.pages[0].skipped == (("site text above the page title", 1),)


def test_infobox_fields(tmp_path: Path) -> None:
    """An encyclopedia infobox kept as glued lines gives one relation per member."""
    page = tmp_path / "page.txt"
    page.write_text("Grebble fever\n\nShort description: A rare illness\n"
                    "SymptomsRed spots, joint ache[1]\nComplicationsKidney damage[2]\n"
                    "Risk factorsOld age, damp housing[3]\nDifferential diagnosisHay fever\n"
                    "MedicationTarnomycin[4]\nFrequency2% (at some point)[5]\n\n"
                    "Grebble fever is a rare illness.\n", encoding="utf-8")
    cs, _, _ = extract_corpus([page], progress=False)
    got = {(cs.label(c.subject), c.predicate, cs.label(c.object) if c.object else None)
           for c in cs.claims}
    assert {(TOPIC, "has_symptom", "red spots"), (TOPIC, "has_symptom", "joint ache"),
            (TOPIC, "has_complication", "kidney damage"),
            ("old age", "increases_risk_of", TOPIC), ("damp housing", "increases_risk_of", TOPIC),
            (TOPIC, "resembles", "hay fever"), ("tarnomycin", "used_for", TOPIC)} <= got
    (share,) = [c.measure for c in cs.claims if c.measure is not None]
    assert (share.kind, share.value, share.population) == (
        "frequency", 0.02, "people over a lifetime")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Your risk of grebble fever goes up as you get older or if you have kidney disease.",
     {("older age", "increases_risk_of", TOPIC, ""),
      ("kidney disease", "increases_risk_of", TOPIC, "")}),
    ("People over age 65 are more likely to develop grebble fever than teenagers.",
     {("older age", "increases_risk_of", TOPIC, "")}),
    ("Smokers and people with asthma are more likely to be hospitalised.",
     {("smoking", "increases_risk_of", "hospitalization", ""),
      ("asthma", "increases_risk_of", "hospitalization", "")}),
    ("Complications are more likely if you have diabetes or are elderly.",
     {("diabetes", "increases_risk_of", "complication", ""),
      ("older age", "increases_risk_of", "complication", "")}),
    ("You're at risk of grebble fever if you work in damp cellars.",
     {("damp cellars", "increases_risk_of", TOPIC, "")}),
    ("You can only catch grebble fever if you've had measles.",
     {("measles", "increases_risk_of", TOPIC, "")}),
])
def test_conditional_risk_rules(tmp_path: Path, sentence: str,
                                expected: set[tuple[str, ...]]) -> None:
    """Risk stated through a condition ("if you have X", "people over 65") names the factor."""
    assert expected <= relations(tmp_path, sentence)


def test_a_list_of_what_something_else_causes_is_not_a_list_of_causes(tmp_path: Path) -> None:
    """Items after "Nerve pain can cause:" are not causes of the topic; after "It can cause:"
    they are its signs."""
    got = relations(tmp_path, "Nerve pain can cause:\n\n- constant burning\n- stabbing pain\n\n"
                              "It can cause:\n\n- a red rash", "Outlook")
    assert got == {(TOPIC, "has_symptom", "red rash", "")}


def test_purpose_that_names_an_outcome(tmp_path: Path) -> None:
    """Reducing the severity of symptoms means it works; reducing the risk of complications
    means it prevents them; keeping an eye from drying out prevents a dry eye."""
    got = relations(tmp_path, "Early treatment may help to lower the severity of symptoms "
                              "and the chance of complications. Eyedrops help to stop "
                              "the affected eye drying out.", "Treatment")
    assert got == {("early treatment", "effective_for", TOPIC, "hedged"),
                   ("early treatment", "prevents", "complication", "hedged"),
                   ("eyedrops", "prevents", "dry eye", "")}


@pytest.mark.parametrize(("sentence", "signs"), [
    ("After a few days a rash will develop over the sore patch.", {"rash"}),
    ("Small scabs later form on the spots.", {"small scabs"}),
    ("It presents as a blotchy rash on the chest.", {"blotchy chest rash"}),
    ("It begins as a small pale bump.", {"small pale bump"}),
    ("Sore joints, eye redness and headache are the most common findings.",
     {"sore joints", "eye redness", "headache"}),
])
def test_signs_named_in_prose(tmp_path: Path, sentence: str, signs: set[str]) -> None:
    """A sign that develops, forms or is the usual finding is the topic's symptom."""
    got = relations(tmp_path, sentence)
    assert {(TOPIC, "has_symptom", s, "") for s in signs} <= got


def test_things_that_develop_are_signs_only_when_named_as_signs(tmp_path: Path) -> None:
    """Outside a symptoms section, "complications may develop" names no sign."""
    got = relations(tmp_path, "Complications may develop. Kidney damage may develop later.")
    assert not {g for g in got if g[1] == "has_symptom"}


def test_side_effects(tmp_path: Path) -> None:
    """A medicine's listed side effects are things it causes, never treatments."""
    got = relations(tmp_path, "Possible side effects of tarnomycin include:\n\n- nausea\n"
                              "- difficulty sleeping\n\nSide effects of splinting can include "
                              "boredom and stiffness.", "Treatment")
    assert got == {("tarnomycin", "causes", "nausea", ""),
                   ("tarnomycin", "causes", "difficulty sleeping", ""),
                   ("splinting", "causes", "boredom", ""), ("splinting", "causes", "stiffness", "")}


def test_prognosis_factor_lists(tmp_path: Path) -> None:
    """Items after "Factors linked to a poor prognosis:" are associated with a poor prognosis."""
    got = relations(tmp_path, "Factors linked to a poor prognosis include:\n\n- a complete palsy"
                              "\n- people aged over 70 years\n\nThe outlook is better in:\n\n"
                              "- young children", "Outlook")
    assert got == {("complete palsy", "associated_with", "poor prognosis", ""),
                   ("older age", "associated_with", "poor prognosis", ""),
                   ("young age", "associated_with", "good prognosis", "")}


def test_lasting_harms_and_risks_the_topic_carries(tmp_path: Path) -> None:
    """"Patients are left with X", "there is a small risk of Y" name complications of the
    topic; a risk something else carries is no harm of the topic (it is what that thing
    raises the risk of)."""
    got = relations(tmp_path, "About a sixth of patients are left with lasting weakness or "
                              "facial spasm. There is a small risk of blood clots. Smoking "
                              "carries a risk of lung damage.", "Outlook")
    assert got == {(TOPIC, "has_complication", "lasting weakness", ""),
                   (TOPIC, "has_complication", "facial spasm", ""),
                   (TOPIC, "has_complication", "blood clots", ""),
                   ("smoking", "increases_risk_of", "lung damage", "")}


def test_signs_of_something_else_listed_for_people_with_it(tmp_path: Path) -> None:
    """A list after "Pain felt by people with X includes:" gives X's signs, not the topic's
    causes; "Symptoms in children with <topic> are:" gives the topic's."""
    got = relations(tmp_path, "Types of pain felt by people with nerve damage include:\n\n"
                              "- aching or stabbing pain\n\nSymptoms in children with grebble "
                              "fever are:\n\n- a red tongue", "Complications")
    assert {("nerve damage", "has_symptom", "aching pain", ""),
            ("nerve damage", "has_symptom", "stabbing pain", ""),
            (TOPIC, "has_symptom", "red tongue", "")} <= got
    assert not {g for g in got if g[2] == TOPIC}


def test_sign_wordings_that_are_not_signs(tmp_path: Path) -> None:
    """"The rash occurs in a single band" names no new sign."""
    got = relations(tmp_path, "Usually the rash occurs in a single band on one side.",
                    "Symptoms")
    assert not {g for g in got if g[1] == "has_symptom" and g[2] != "rash"}


def test_causes_between_two_other_things_need_an_agent(tmp_path: Path) -> None:
    """"Severe itching causes poor sleep" (a sign's effect) is no cause, and "missed diagnosis
    causes ..." only raises the risk; "the tarn virus causes mumps" is a cause."""
    got = relations(tmp_path, "Severe itching causes poor sleep. A missed diagnosis can cause "
                              "lasting harm. The tarn virus causes mumps.")
    assert got == {("tarn virus", "causes", "mumps", ""),
                   ("delayed diagnosis", "increases_risk_of", "lasting harm", "")}


def test_what_people_have_that_is_not_a_sign(tmp_path: Path) -> None:
    """"Complications with their heart" is a heart complication; "a tick-borne disease" is no
    sign."""
    got = relations(tmp_path, "Some children with grebble fever develop complications with "
                              "their heart. People with grebble fever have a tick-borne disease.")
    assert got == {(TOPIC, "has_complication", "heart complication", "")}


def test_prevention_named_with_treatment(tmp_path: Path) -> None:
    """"The sooner treatment starts ... less risk of complications" (early treatment prevents
    them); "Happily, a course of A and B reduces the rate of C to under 5 %" (A and B prevent C)."""
    got = relations(tmp_path, "The sooner treatment starts, the faster the recovery and the "
                              "less risk there is of complications. Happily, a course of "
                              "tarnomycin and aspirin reduces the rate of heart damage to under "
                              "5%.", "Treatment")
    assert {("early treatment", "prevents", "complication", ""),
            ("tarnomycin", "prevents", "heart damage", ""),
            ("aspirin", "prevents", "heart damage", "")} <= got


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Unlike a stroke, the weakness develops slowly.", (TOPIC, "resembles", "stroke", "")),
    ("The blisters can look very similar to measles.", (TOPIC, "resembles", "measles", "")),
    ("A bull's-eye rash is diagnostic.", (TOPIC, "diagnosed_by", "bull's-eye rash", "")),
])
def test_telling_it_apart(tmp_path: Path, sentence: str, expected: tuple[str, ...]) -> None:
    """Look-alikes ("unlike X", "similar to X") and what settles the diagnosis."""
    assert expected in relations(tmp_path, sentence)


@pytest.mark.parametrize(("sentence", "kind", "horizon", "population"), [
    ("The yearly rate in children younger than 5 years was 20 per 100,000.", "incidence",
     "P12M", None),
    ("In the year 2010 about 5% of people had it.", "frequency", None, "people in 2010"),
    ("In 2003 the rate was 19 per 100,000 a year.", "incidence", "P12M", "people in 2003"),
    ("Checks 10-15 years after surgery showed a 90% survival rate.", "survival", "P120M", None),
])
def test_rates_ages_and_years(sentence: str, kind: str, horizon: str | None,
                              population: str | None) -> None:
    """A rate per 100,000 is an incidence; an age is no horizon; a named year is the
    figure's own (so rates from two years are a trend, not a conflict)."""
    (fig,) = [f for f in find_figures(sentence, (TOPIC,)) if f.measure.kind != "age"]
    m = fig.measure
    assert (m.kind, m.horizon, m.population) == (kind, horizon, population)


def test_whether_it_can_kill(tmp_path: Path) -> None:
    """"It isn't life-threatening" denies death as an outcome, "it can be fatal" states it;
    something else being deadly says nothing about the topic."""
    got = relations(tmp_path, "Grebble fever isn't a life-threatening illness. In rare cases "
                              "it can be fatal. Smoking is deadly.", "Outlook")
    assert got == {(TOPIC, "has_complication", "death", "negated "),
                   (TOPIC, "has_complication", "death", "")}


def test_a_list_of_signs_under_causes_is_a_list_of_signs(tmp_path: Path) -> None:
    """Three or more items that are mostly named signs are symptoms whatever the heading;
    colours take the last member's noun ("purple or black patches" is two kinds of patch)."""
    got = relations(tmp_path, "- a dry cough\n- shortness of breath\n- wheezing\n"
                              "- purple or black patches", "Causes")
    assert got == {(TOPIC, "has_symptom", s, "") for s in
                   ("dry cough", "shortness of breath", "wheezing", "purple patches",
                    "black patches")}


def test_age_thresholds_in_risk_lists(tmp_path: Path) -> None:
    """"age >60 years", "being over 65" are older age; "aged under 2" young age."""
    got = relations(tmp_path, "- age >60 years\n- being over 65\n- aged under 2", "Risk factors")
    assert got == {("older age", "increases_risk_of", TOPIC, ""),
                   ("young age", "increases_risk_of", TOPIC, "")}


def test_a_sign_that_does_not_respond(tmp_path: Path) -> None:
    """"The fever doesn't respond to paracetamol" denies that paracetamol works on the fever."""
    got = relations(tmp_path, "The fever doesn't respond to paracetamol.", "Treatment")
    assert got == {("paracetamol", "effective_for", "fever", "negated ")}


def test_how_it_makes_people_feel(tmp_path: Path) -> None:
    """"Living with it can make you feel low or anxious" names low mood and anxiety; feeling
    better after exercise names nothing."""
    got = relations(tmp_path, "Living with grebble fever can make you feel low or anxious. "
                              "Exercise can make you feel better.", "Outlook")
    assert got == {(TOPIC, "has_complication", "low mood", ""),
                   (TOPIC, "has_complication", "anxiety", "")}


def test_every_relation_phrase_has_an_example_it_finds() -> None:
    """Each rule of each family's table finds the sentence written for it (and is tried in
    the order of the one table, so an earlier rule cannot hide it there)."""
    from claimgraph.ingest import patterns as p

    tables = p.rule_tables()
    assert set(tables) == {"risk", "symptom", "complication", "diagnosis", "treatment",
                           "prevention", "mechanism"}
    for family, rules in tables.items():
        for rule in rules:
            found = [t.name for _, t in p.find_triggers(p.EXAMPLES[rule.name])]
            assert rule.name in found, (family, rule.name, found)


@pytest.mark.parametrize(("body", "heading", "expected"), [
    ("It is caused by the tarn virus (TV), the same virus that causes mumps.", "Causes",
     ("tarn virus", "causes", "mumps", "")),
    ("It is caused by the tarn virus, which also causes measles.", "Causes",
     ("tarn virus", "causes", "measles", "")),
    ("Grebble fever is spread to people through the bite of an infected deer tick.", "Causes",
     ("tick bite", "increases_risk_of", TOPIC, "")),
    ("- Have a chest infection, such as a cold", "Risk factors",
     ("chest infection", "increases_risk_of", TOPIC, "")),
])
def test_more_cause_wordings(tmp_path: Path, body: str, heading: str,
                             expected: tuple[str, ...]) -> None:
    """An agent named before ", the same virus that"; a bite that spreads it; a list item
    that opens with "have"."""
    assert expected in relations(tmp_path, body, heading)


@pytest.mark.parametrize(("sentence", "flags"), [
    ("Antibiotics may be given.", ""),
    ("Some people may need surgery.", ""),
    ("Antibiotics may help.", "hedged"),
])
def test_options_are_stated_doubts_are_hedged(tmp_path: Path, sentence: str, flags: str) -> None:
    """"may be given", "may need" offer an option (stated); "may help" doubts the effect."""
    got = relations(tmp_path, sentence, "Treatment")
    assert got and {g[3] for g in got} == {flags}


@pytest.mark.parametrize(("sentence", "flags"), [
    ("The signs are not specific and can be similar to flu.", ""),
    ("It is not easy to spot, as the signs can be similar to flu.", ""),
    ("It does not look like flu.", "negated "),
])
def test_negation_stays_in_its_own_predicate(tmp_path: Path, sentence: str, flags: str) -> None:
    """A "not" before "and can ..." or before ", as ..." does not deny what follows."""
    got = relations(tmp_path, sentence, "Diagnosis")
    assert (TOPIC, "resembles", "flu", flags) in got


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Grebble fever results from a virus.", ("virus", "causes", TOPIC)),
    ("Grebble fever is an infection resulting from a fungus, which enters through cuts.",
     ("fungus", "causes", TOPIC)),
    ("Grebble fever is the direct result of a fungus.", ("fungus", "causes", TOPIC)),
    ("Old age greatly increases your risk of lung damage.",
     ("old age", "increases_risk_of", "lung damage")),
    ("Old age increases your risk of complications.",
     ("old age", "increases_risk_of", "complication")),
    ("The vaccine lowers the risk of serious complications.",
     ("vaccine", "prevents", "complication")),
])
def test_cause_wordings_and_risk_of_complications(
        tmp_path: Path, sentence: str, expected: tuple[str, str, str]) -> None:
    """"results from", an adverb before "increases", and complications as a class are read."""
    assert (*expected, "") in relations(tmp_path, sentence, "Causes")


def test_a_lead_in_that_raises_the_risk_lists_risks_under_a_medicines_heading(
        tmp_path: Path) -> None:
    """Medicines a lead-in says raise the risk are risk factors, not treatments."""
    got = relations(tmp_path, "Certain drugs and operations may increase your risk, for instance:\n"
                              "- Radiation therapy\n- Steroid tablets", "Medicines and procedures")
    assert {(s, "increases_risk_of", TOPIC, "hedged")
            for s in ("radiation therapy", "steroid tablets")} <= got
    assert not any(p == "used_for" for _, p, _, _ in got)


@pytest.mark.parametrize(("sentence", "process"), [
    ("Grebble fever makes the small vessels turn swollen and inflamed.",
     "small vessel inflammation"),
    ("It may also cause part of the vessel wall to weaken.", "vessel wall weakening"),
    ("The nerve that controls your eyelid becomes swollen or inflamed.", "nerve inflammation"),
    ("After the first illness, the virus stays dormant in nerve cells.", "viral latency"),
    ("Years later the virus can reactivate.", "virus reactivation"),
    ("The immune system mistakenly attacks healthy cells.", "abnormal immune response"),
    ("This blocks the blood supply to the skin.", "reduced blood flow"),
])
def test_mechanism_rules(tmp_path: Path, sentence: str, process: str) -> None:
    """How the condition works: states it puts tissues in, and processes pages name alike."""
    assert (TOPIC, "involves", process, "") in relations(tmp_path, sentence, "Causes")


@pytest.mark.parametrize(("sentence", "process"), [
    ("Inflammation in the vessels can cause part of the artery wall to weaken.",
     "artery wall weakening"),
    ("Grebble fever causes the walls of the arteries to thicken.", "artery wall thickening"),
    ("Grebble fever damages the lining of the blood vessels.", "blood vessel lining damage"),
    ("The body's defences attack its own healthy tissue.", "abnormal immune response"),
    ("It may be an abnormal reaction of the immune system to pollen.",
     "abnormal immune response"),
    ("The germs spread through the blood, triggering a massive immune response.",
     "abnormal immune response"),
    ("The toxins act as superantigens, switching on huge numbers of immune cells.",
     "immune activation"),
    ("Blood clots form in the small vessels of the skin.", "thrombosis"),
    ("Calcium deposits build up in the small blood vessels of the skin.",
     "vascular calcification"),
    ("The germs multiply in the deep layers, causing tissue death.", "tissue death"),
    ("Inflammation may occur in the joints, the eyes and the lungs.", "inflammation"),
    ("The immune system overreacts and clumps of white cells form in the organs.",
     "clumps of white cells"),
    ("It occurs when clumps of white cells form in the organs.", "clumps of white cells"),
    ("Tiny lumps called tarnomas may develop in several organs.", "tarnomas"),
    ("Tissue death can set in within hours.", "tissue death"),
    ("When immune cells clump together they form tarnomas.", "tarnomas"),
    ("The white cells clump together to form small tarnomas in the skin.", "tarnomas"),
])
def test_mechanism_wordings_of_many_publishers(tmp_path: Path, sentence: str,
                                               process: str) -> None:
    """How pages say a condition works, in several publishers' wordings, is read as a process."""
    got = {(s, o) for s, p, o, _ in relations(tmp_path, sentence, "How it happens")
           if p == "involves"}
    assert (TOPIC, process) in got


@pytest.mark.parametrize("sentence", [
    "Grebble fever causes small patches of red, swollen tissue called tarnomas.",
    "The condition leads to lumps of inflamed cells called tarnomas in the lungs.",
])
def test_named_clumps_it_causes_are_how_it_works(tmp_path: Path, sentence: str) -> None:
    """Patches or lumps the topic causes, named ("called tarnomas"), are a process it involves,
    not complications."""
    got = relations_set(tmp_path, sentence, "About")
    assert (TOPIC, "involves", "tarnomas") in got
    assert not [g for g in got if g[1] == "has_complication"]


def test_mechanism_wordings_keep_their_own_limits(tmp_path: Path) -> None:
    """A germ's toxins are a cause, not a process; scarring outside a causes heading and a
    damaging agent other than the topic are not read as how it works; hedges are kept."""
    toxins = relations(tmp_path, "Quentella vorlaxii bacteria release poisons into the blood.",
                       "How it happens")
    toxins |= relations(tmp_path, "Poisons from the bacteria act as superantigens.",
                        "How it works")
    assert ("toxin", "causes", TOPIC, "") in toxins
    assert not [r for r in toxins if r[1] == "involves"]
    scars = relations(tmp_path, "Thickening or scarring of tissue may follow.", "Outlook")
    assert not [r for r in scars if r[1] == "involves"]
    assert (TOPIC, "involves", "fibrosis", "") in relations(
        tmp_path, "Thickening or scarring of tissue, also called fibrosis.", "Causes")
    other = relations(tmp_path, "High pressure damages the lining of the arteries.", "Causes")
    assert not [r for r in other if r[1] == "involves"]
    clots = relations(tmp_path, "A blood clot can form in the weakened vessel.", "Complications")
    assert not [r for r in clots if r[1] == "involves"]
    hedged = relations(tmp_path, "It is thought to be an abnormal reaction of the immune "
                                 "system to dust.", "Causes")
    assert (TOPIC, "involves", "abnormal immune response", "hedged") in hedged


def test_mechanism_rules_leave_other_things_and_symptom_lists_alone(tmp_path: Path) -> None:
    """Another thing's effect, a sign under Symptoms and a denial are not the topic's mechanism."""
    got = relations(tmp_path, "High pressure causes the arteries to narrow.", "Causes")
    got |= relations(tmp_path, "Your joints become swollen and stiff.", "Symptoms")
    got |= relations(tmp_path, "It is not caused by a lack of blood flow.", "Causes")
    assert not [r for r in got if r[1] == "involves" and not r[3]]


def test_causes_reads_no_process_time_or_action_as_an_outcome(tmp_path: Path) -> None:
    """'causes it to stretch', 'years after the rash', 'reducing swelling' are not outcomes."""
    got = relations(tmp_path, "Raised pressure causes it to stretch out like a sack.\n"
                              "Grebble fever can cause pain, even years after the rash clears.\n"
                              "Treatment aims at improving nerve function, reducing swelling and "
                              "preventing complications stemming from eye dryness.", "Causes")
    objects = {o for _, _, o, _ in got}
    assert "sack" not in objects
    assert not any(o.startswith(("years", "reducing", "improving")) for o in objects)
    assert not any(s == "eye dryness" and o != "complication" for s, _, o, _ in got)


def test_a_trailing_participle_is_not_a_list_member(tmp_path: Path) -> None:
    """'results from an infection, typically occurring in childhood' names one cause."""
    got = relations(tmp_path, "Grebble fever results from a fungal infection, typically "
                              "occurring in childhood or old age.", "Causes")
    assert ("fungal infection", "causes", TOPIC, "") in got
    assert not any(s in ("old age", "childhood") for s, _, _, _ in got)


def test_what_it_can_cause_under_complications_are_complications(tmp_path: Path) -> None:
    """'This can cause either:' and 'a risk you could develop problems such as:' list outcomes."""
    got = relations(tmp_path, "Grebble fever can damage the heart. This can cause either:\n"
                              "- a heart attack\n- heart failure", "Complications")
    got |= relations(tmp_path, "If an eye is involved, there's a risk you could develop other "
                               "problems, such as:\n- glaucoma\n- a scarred cornea",
                     "Complications")
    for outcome in ("heart attack", "heart failure", "glaucoma", "scarred cornea"):
        assert (TOPIC, "has_complication", outcome, "") in got
    assert not [r for r in got if r[1] in ("increases_risk_of", "contributes_to")]


def test_what_its_sores_may_leave_behind_is_a_complication(tmp_path: Path) -> None:
    """'..., which may leave some scarring' is a hedged complication; 'leave hospital' is not."""
    got = relations(tmp_path, "Crusts appear where the sores were, which may leave some faint "
                              "scarring.\nMost people can leave hospital after a week.", "Symptoms")
    assert (TOPIC, "has_complication", "faint scarring", "hedged") in got
    assert not any(o == "hospital" for _, _, o, _ in got)


def test_a_body_part_or_a_place_is_not_a_sign(tmp_path: Path) -> None:
    """'redness of the eyes, lips and tongue' gives redness, not 'lips' or 'tongue' as signs."""
    got = relations(tmp_path, "Signs may include:\n- redness of the eyes, lips and tongue\n"
                              "- swollen legs and ankles", "Symptoms")
    signs = {o for _, p, o, _ in got if p == "has_symptom"}
    assert {"eye redness", "lip redness", "swollen legs"} <= signs
    assert not signs & {"lips", "tongue", "ankles"}
    assert {(TOPIC, "affects", part, "") for part in ("lips", "tongue")} <= got


def test_an_undefined_initialism_of_the_topics_other_name_is_the_topic(tmp_path: Path) -> None:
    """A page that writes 'TZ' for 'tarn zoster' (another name of the topic) means the topic."""
    from claimgraph.ingest.documents import read_document
    from claimgraph.ingest.topic import page_topic_names

    page = tmp_path / "page.txt"
    page.write_text("Grebble fever\n\nTarn zoster is a skin illness.\nTZ starts with a rash.\n"
                    "Most TZ cases heal.\n", encoding="utf-8")
    label, others = page_topic_names(read_document(page), "Grebble fever (tarn zoster)")
    assert label == TOPIC and "TZ" in others


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Therapy with immunoglobulin should be started within 10 days of the first fever to "
     "prevent heart complications.", ("immunoglobulin", "prevents", "heart complication")),
    ("The chance of getting complications is lowered for patients who are given "
     "immunoglobulin.", ("immunoglobulin", "prevents", "complication")),
    ("The risk of complications is lowered by early treatment.",
     ("early treatment", "prevents", "complication")),
])
def test_prevention_said_through_what_is_given_or_a_risk_that_falls(
        tmp_path: Path, sentence: str, expected: tuple[str, str, str]) -> None:
    """'X should be given ... to prevent Y' and 'the risk of Y is reduced (for those who get) X'."""
    assert (*expected, "") in relations(tmp_path, sentence, "Treatment")


def test_diagnostic_signs_and_look_alikes_in_more_wordings(tmp_path: Path) -> None:
    """'Whilst a ring rash is diagnostic, ...' is stated, not doubted; ', similar to X'
    resembles."""
    got = relations(tmp_path, "Whilst a ring-shaped rash is diagnostic, it is not always seen.\n"
                              "The spots turn into blisters, similar in appearance to measles.",
                    "Diagnosis")
    assert (TOPIC, "diagnosed_by", "ring-shaped rash", "") in got
    assert (TOPIC, "resembles", "measles", "") in got


def test_not_routinely_recommended_is_a_denial_and_treatment_is_given_is_no_list(
        tmp_path: Path) -> None:
    """'X treatment is not routinely recommended' denies its use; 'treatment is given in
    hospital' names no treatment; 'The main treatment is rest' still does."""
    got = relations(tmp_path, "Preventive antibiotic treatment is not routinely recommended.\n"
                              "Treatment is usually given in hospital.\n"
                              "The main treatment is rest.", "Treatment")
    assert ("preventive antibiotics", "used_for", TOPIC, "negated ") in got
    assert ("rest", "used_for", TOPIC, "") in got
    assert not any("hospital" in s or s == f"{TOPIC} treatment" for s, _, _, _ in got)


def test_advice_given_as_a_command_is_named_as_the_act(tmp_path: Path) -> None:
    """'Wash your hands thoroughly after ...' prevents as 'washing hands'; 'Never use ...'
    denies."""
    got = relations(tmp_path, "To lower the risk:\n- Wash your hands thoroughly after changing a "
                              "dressing\n- Never use two pads at once\n- Change your dressing "
                              "every six hours", "Prevention")
    assert {("washing hands", "prevents", TOPIC, ""), ("dressing change", "prevents", TOPIC, ""),
            ("two pads", "prevents", TOPIC, "negated ")} <= got


def test_complications_named_as_syndromes_or_said_to_develop(tmp_path: Path) -> None:
    """A named syndrome can be a complication; under Complications what develops is one."""
    got = relations(tmp_path, "Tarn syndrome is a complication that can occur if the illness "
                              "spreads to the face.\nIn some cases, though, lasting nerve pain "
                              "develops.\nThere's a risk that eye involvement could cause lasting "
                              "loss of sight.", "Complications")
    assert {(TOPIC, "has_complication", "tarn syndrome", ""),
            (TOPIC, "has_complication", "lasting nerve pain", "")} <= got
    assert not any(s == "risk" for s, _, _, _ in got)


def test_no_label_starts_with_stray_marks(tmp_path: Path) -> None:
    """'++ swollen glands' (a page's own list marks) is the entity 'swollen glands'."""
    got = relations(tmp_path, "Signs may include:\n- ++ swollen glands\n- ** a red tongue",
                    "Symptoms")
    objects = {o for _, _, o, _ in got}
    assert {"swollen glands", "red tongue"} <= objects
    assert not any(o[0] in "+*#" for o in objects)


def test_a_sign_is_named_with_its_body_site_first(tmp_path: Path) -> None:
    """'redness of the eyes, lips and tongue' is eye, lip and tongue redness; 'pain in the
    joints' is joint pain, as clinical pages name them."""
    got = relations(tmp_path, "Signs may include:\n- redness of the eyes, lips and tongue\n"
                              "- pain in the joints\n- loss of appetite", "Symptoms")
    signs = {o for _, p, o, _ in got if p == "has_symptom"}
    assert {"eye redness", "lip redness", "tongue redness", "joint pain",
            "loss of appetite"} <= signs


def test_qualities_of_a_pain_each_name_a_pain(tmp_path: Path) -> None:
    """'aching, throbbing or shooting pain' lists aching, throbbing and shooting pain."""
    got = relations(tmp_path, "Symptoms may include:\n- aching, throbbing or shooting pain\n"
                              "- sharp or dull pain", "Symptoms")
    signs = {o for _, p, o, _ in got if p == "has_symptom"}
    assert {"aching pain", "throbbing pain", "shooting pain", "sharp pain", "dull pain"} <= signs
    assert not signs & {"aching", "throbbing", "sharp", "dull"}


@pytest.mark.parametrize(("sentence", "sites"), [
    ("Grebble fever can reach nearly any organ, such as the heart, liver, kidneys and brain.",
     {"heart", "liver", "kidneys", "brain"}),
    ("It mostly affects the lungs and the lymph nodes, though the skin and eyes can also be "
     "involved.", {"lungs", "lymph nodes", "skin", "eyes"}),
    ("Organs that may be affected include the spleen and the nervous system.",
     {"spleen", "nervous system"}),
])
def test_every_body_part_of_a_placed_list_is_a_site(tmp_path: Path, sentence: str,
                                                   sites: set[str]) -> None:
    """A list of organs shares the verb that places its first member, or the passive after it."""
    got = {o for _, p, o, _ in relations(tmp_path, sentence, "Overview") if p == "affects"}
    assert sites <= got


def test_body_parts_merely_mentioned_are_not_sites(tmp_path: Path) -> None:
    """Outside a symptom section, a body part no verb places is no site ('heart rate' aside)."""
    got = relations(tmp_path, "Doctors check the heart and lungs before giving antibiotics.",
                    "Overview")
    assert not {o for _, p, o, _ in got if p == "affects"}


def test_use_of_a_thing_keeps_its_use(tmp_path: Path) -> None:
    """'injecting drug use' is the exposure; cutting 'use' leaves a drug as the risk factor."""
    got = relations(tmp_path, "Risk factors include injecting drug use and heavy alcohol use.",
                    "Overview")
    assert {("injecting drug use", "increases_risk_of", TOPIC, ""),
            ("heavy alcohol use", "increases_risk_of", TOPIC, "")} <= got


@pytest.mark.parametrize(("sentence", "expected"), [
    # who is at risk, then what they have
    ("Those at greatest risk are the elderly and people with lung disease.",
     {("older age", "increases_risk_of", TOPIC), ("lung disease", "increases_risk_of", TOPIC)}),
    ("Patients with asthma or heart failure are at increased risk.",
     {("asthma", "increases_risk_of", TOPIC), ("heart failure", "increases_risk_of", TOPIC)}),
    ("People who use contact lenses are at risk.",
     {("contact lens use", "increases_risk_of", TOPIC)}),
    ("Having asthma or an underactive thyroid makes you more vulnerable.",
     {("asthma", "increases_risk_of", TOPIC), ("underactive thyroid", "increases_risk_of", TOPIC)}),
    ("Damp housing, smoking and poor diet all raise your chances of catching it.",
     {("damp housing", "increases_risk_of", TOPIC), ("smoking", "increases_risk_of", TOPIC),
      ("poor diet", "increases_risk_of", TOPIC)}),
    ("Predisposing conditions include gallstones and liver disease.",
     {("gallstones", "increases_risk_of", TOPIC), ("liver disease", "increases_risk_of", TOPIC)}),
    ("Known triggers include cold air and pollen.",
     {("cold air", "increases_risk_of", TOPIC), ("pollen", "increases_risk_of", TOPIC)}),
    ("It may also occur in people who have recently had a transplant.",
     {("transplant", "increases_risk_of", TOPIC)}),
    # what causes it, however the page puts it
    ("The commonest cause is a germ called Tarnella minor.",
     {("Tarnella minor", "causes", TOPIC)}),
    ("It happens when fungal spores get into the lungs.", {("fungal spores", "causes", TOPIC)}),
    ("It is usually the result of a tooth abscess.", {("tooth abscess", "causes", TOPIC)}),
    ("It is caused by toxin-making strains of the bacterium Tarnella minor.",
     {("Tarnella minor", "causes", TOPIC)}),
])
def test_risk_and_cause_wordings(tmp_path: Path, sentence: str,
                                 expected: set[tuple[str, str, str]]) -> None:
    """Risk groups, risks with no object named, causes named as 'the cause is', agents."""
    got = {(s.lower(), p, o) for s, p, o, _ in relations(tmp_path, sentence, "Causes")}
    assert {(s.lower(), p, o) for s, p, o in expected} <= got


def test_an_unknown_cause_is_no_cause(tmp_path: Path) -> None:
    """'The exact cause is unknown' names nothing; 'is not caused by X' denies X."""
    got = relations(tmp_path, "The exact cause is unknown.\nIt is not caused by stress.",
                    "Causes")
    assert not any(p == "causes" and s != "stress" for s, p, _, _ in got)
    assert ("stress", "causes", TOPIC, "negated ") in got


def test_list_items_lose_conditions_and_circumstances(tmp_path: Path) -> None:
    """'dialysis if the kidneys fail' is dialysis; 'in severe cases, surgery' is surgery."""
    got = relations(tmp_path, "You may need:\n- oxygen\n- dialysis if your kidneys stop working\n"
                              "- in severe cases, surgery to cut away dead tissue", "Treatment")
    used = {s for s, p, _, _ in got if p == "used_for"}
    assert {"oxygen", "dialysis", "surgery"} <= used
    assert not any("if" in s.split() or "cases" in s for s in used)


def test_harm_to_an_organ_is_named_as_organ_harm(tmp_path: Path) -> None:
    """'damage to other organs' and 'organ damage' are one complication."""
    got = relations(tmp_path, "Complications include:\n- damage to other organs\n- blood clots",
                    "Complications")
    assert (TOPIC, "has_complication", "organ damage", "") in got


@pytest.mark.parametrize(("sentence", "expected"), [
    ("You can cut your risk by rinsing your nose daily and wearing a mask.",
     {("rinsing nose", "prevents", TOPIC), ("wearing mask", "prevents", TOPIC)}),
    ("To reduce the risk, wear gloves when gardening.", {("wearing gloves", "prevents", TOPIC)}),
    ("Boiling water is the simplest way to prevent it.", {("boiling water", "prevents", TOPIC)}),
    ("Filtering tap water can lower the risk.", {("filtering tap water", "prevents", TOPIC)}),
])
def test_preventive_acts_and_ways(tmp_path: Path, sentence: str,
                                     expected: set[tuple[str, str, str]]) -> None:
    """Acts after 'reduce your risk by', commands after 'to reduce the risk,', 'the way to'."""
    got = relations_set(tmp_path, sentence, "Prevention")
    assert expected <= got


def test_no_vaccine_is_a_denied_prevention(tmp_path: Path) -> None:
    """'There is no vaccine' says no vaccine prevents the topic."""
    got = relations(tmp_path, "There is currently no vaccine.", "Prevention")
    assert ("vaccine", "prevents", TOPIC, "negated ") in got


def test_tests_a_doctor_carries_out(tmp_path: Path) -> None:
    """'Doctors may carry out X, Y and Z' in a diagnosis section names tests."""
    got = relations_set(
        tmp_path, "Your doctor may carry out a urine test, an ultrasound scan and a biopsy.",
        "Diagnosis")
    assert {(TOPIC, "diagnosed_by", t) for t in ("urine test", "ultrasound scan", "biopsy")} \
        <= got


@pytest.mark.parametrize(("sentence", "process"), [
    ("Grebble fever is a long-term inflammatory condition.", "inflammation"),
    ("It is an autoimmune disorder.", "abnormal immune response"),
    ("It makes clusters of cells, known as nodules, to form in the liver.", "nodules"),
])
def test_mechanism_wordings(tmp_path: Path, sentence: str, process: str) -> None:
    """What kind of disease it is, and what it makes form, say how it works."""
    got = relations(tmp_path, sentence, "Overview")
    cs_names = {o for s, p, o, _ in got if p == "involves"}
    assert process in cs_names or any(process in n for n in cs_names)


def test_noun_lines_under_a_typed_heading_are_its_members(tmp_path: Path) -> None:
    """Verbless lines under 'Risk factors' are risk factors, bullets or not; what brings a
    risk factor on ('X due to A or B') raises the risk too."""
    got = relations_set(
        tmp_path, "Poor circulation due to smoking or obesity.\nLong-term kidney disease.\n"
                  "You should see a doctor.", "Risk factors")
    assert {(x, "increases_risk_of", TOPIC) for x in (
        "poor circulation", "smoking", "obesity", "long-term kidney disease")} <= got
    assert not any(s == "doctor" for s, _, _ in got)


def test_a_second_verb_shares_the_first_verbs_subject(tmp_path: Path) -> None:
    """'The infection can spread fast and cause X': the infection (the topic) causes X."""
    got = relations_set(
        tmp_path, "The infection can travel fast and cause fainting and a rash.", "Symptoms")
    assert {(TOPIC, "has_symptom", "fainting"), (TOPIC, "has_symptom", "rash")} <= got
    assert not any(s == "infection" for s, _, _ in got)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The greatest risk of kidney damage is in babies under 1 year and in older children.",
     {("young age", "increases_risk_of", "kidney damage"),
      ("older age", "increases_risk_of", "kidney damage")}),
    ("The highest incidence is among people of island descent.",
     {("island ancestry", "increases_risk_of", TOPIC)}),
    ("Children of coastal origin have the highest grebble rate (12 per 100,000), followed by "
     "children of inland origin.", {("coastal ancestry", "increases_risk_of", TOPIC)}),
    ("Relapse is typically due to a fresh infection.", {("fresh infection", "causes", "relapse")}),
])
def test_who_has_the_highest_rate(tmp_path: Path, sentence: str,
                                  expected: set[tuple[str, str, str]]) -> None:
    """'The highest rate is in X', 'X have the highest rate': X's trait raises the risk."""
    got = relations_set(tmp_path, sentence, "Causes")
    assert expected <= got
    assert not any(o == "inland ancestry" for _, _, o in got)


def test_one_germ_does_not_cause_another(tmp_path: Path) -> None:
    """'caused by X bacteria or by Y cocci' names two causes of the topic, not X causing Y."""
    got = relations_set(
        tmp_path, "Most cases are due to tarn bacteria, caused by grebble cocci.", "Causes")
    assert not any(p == "causes" and o != TOPIC for s, p, o in got)


@pytest.mark.parametrize(("sentence", "harm", "flags"), [
    ("Left alone, it can kill.", "death", ""),
    ("Some people die from it.", "death", ""),
    ("Grebble fever is a rare but potentially deadly illness.", "death", "hedged"),
    ("It can lead to death within days.", "death", ""),
    ("The infection can spread into the bloodstream.", "blood infection", ""),
    ("Grebble fever can progress to kidney failure.", "kidney failure", ""),
    ("In rare cases it can develop into pneumonia.", "pneumonia", ""),
])
def test_death_and_what_it_turns_into(tmp_path: Path, sentence: str, harm: str,
                                      flags: str) -> None:
    """That it can kill, what it spreads to and what it progresses to are complications."""
    got = relations(tmp_path, sentence, "Overview")
    assert (TOPIC, "has_complication", harm, flags) in got


@pytest.mark.parametrize(("sentence", "treatment"), [
    ("You will need to be admitted to hospital.", "hospital treatment"),
    ("Most people are taken to hospital and may need to be cared for in intensive care.",
     "intensive care treatment"),
    ("You may be given fluids to stop you getting dehydrated.", "fluids"),
    ("It is treated with antibiotics given straight into a vein.", "antibiotics"),
])
def test_care_a_person_receives(tmp_path: Path, sentence: str, treatment: str) -> None:
    """Where a person is treated, and what a person is given, treat the topic."""
    got = relations_set(tmp_path, sentence, "Treatment")
    assert (treatment, "used_for", TOPIC) in got
    assert not any(o == "hospital" or s == "you" for s, _, o in got)


def test_sides_of_the_body_and_common_areas(tmp_path: Path) -> None:
    """'one side of the body' is a site; 'X and Y are the most common areas' places both."""
    got = {o for _, p, o, _ in relations(
        tmp_path, "It mostly affects a patch on one side of the body.\nAny area of the body can be "
                  "affected, including your scalp, but the neck and tummy are the usual sites.",
        "Overview") if p == "affects"}
    assert {"one side of the body", "scalp", "neck", "tummy"} <= got


def test_a_sign_the_lexicon_knows_is_kept_whatever_its_last_word(tmp_path: Path) -> None:
    """'a feeling of being generally unwell' ends in an adjective but names malaise."""
    got = relations(tmp_path, "Signs include:\n- a feeling of being generally unwell\n- a cough",
                    "Symptoms")
    assert (TOPIC, "has_symptom", "feeling of being generally unwell", "") in got


def test_no_cure_denies_a_curative_treatment(tmp_path: Path) -> None:
    """'There is currently no cure' denies a cure, not every treatment."""
    got = relations(tmp_path, "There is currently no cure for grebble fever.", "Treatment")
    assert ("curative treatment", "effective_for", TOPIC, "negated ") in got


def test_organs_failing_in_a_list_of_signs_are_complications(tmp_path: Path) -> None:
    """'kidney failure' listed among signs is a complication; 'a rash' stays a sign."""
    got = relations_set(
        tmp_path, "Features include:\n- a rash\n- kidney failure\n- liver impairment",
        "Symptoms")
    assert (TOPIC, "has_symptom", "rash") in got
    assert {(TOPIC, "has_complication", x) for x in ("kidney failure", "liver impairment")} <= got


def test_where_a_person_is_cared_for_is_not_what_is_treated(tmp_path: Path) -> None:
    """'... stay in hospital and may need to go to an intensive care unit': both treat it."""
    got = relations_set(
        tmp_path, "Most people stay in hospital and may need to be treated in intensive care.",
        "Treatment")
    assert not any(o == "hospital" for _, _, o in got)


def test_a_list_item_ending_with_a_colon_leads_the_items_after_it(tmp_path: Path) -> None:
    """Plain-text lists lose their nesting: '- signs of a poor outcome include: (3)' still
    leads the short items after it, until a long item or a paragraph ends the list."""
    got = relations_set(
        tmp_path, "- most people recover within a month\n"
                  "- markers of a poor outcome include: (3)\n- a total loss of taste\n"
                  "- no improvement by two weeks\n- if the patient is aged over 70 years\n"
                  "- in those treated late there is a much stronger link between how bad the "
                  "first week was and how long the illness lasts overall\n- 12% of patients",
        "Outlook")
    poor = {s for s, p, o in got if p == "associated_with" and o == "poor prognosis"}
    assert {"total loss of taste", "no improvement by two weeks", "older age"} <= poor
    assert not any("%" in s or "patients" in s for s in poor)


@pytest.mark.parametrize(("heading", "body", "expected"), [
    ("What skin care might I need?", "You will go home with:\n- a moisturising cream\n- bandages",
     {("moisturising cream", "used_for", TOPIC), ("bandages", "used_for", TOPIC)}),
    ("Treatment", "The team will start you on antibiotic tablets.",
     {("antibiotic tablets", "used_for", TOPIC)}),
    ("Outlook", "There is a greater chance of recovering if people take zinc in the first 2 days.",
     {("zinc", "effective_for", TOPIC)}),
    ("Outlook", "Most make a full recovery if treatment is started promptly.",
     {("early treatment", "effective_for", TOPIC)}),
    ("Will it get better?", "For most people symptoms start to improve within 2 weeks.", set()),
])
def test_care_pages_written_to_the_patient(tmp_path: Path, heading: str, body: str,
                                           expected: set[tuple[str, str, str]]) -> None:
    """'... care might I need?' lists treatments; 'start you on X'; 'a better chance if ...'."""
    got = relations_set(tmp_path, body, heading)
    assert expected <= got
    assert not any(s.startswith("for most") for s, _, _ in got)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Asthma may predispose people to grebble fever.", ("asthma", "increases_risk_of", TOPIC)),
    ("Obesity is a well-known predisposing factor.", ("obesity", "increases_risk_of", TOPIC)),
    ("Smoking is associated with an increased risk of grebble fever.",
     ("smoking", "increases_risk_of", TOPIC)),
    ("Regular exercise is associated with a lower risk of grebble fever.",
     ("regular exercise", "prevents", TOPIC)),
    ("Steroid creams have been implicated in severe cases.",
     ("steroid creams", "contributes_to", "severe cases")),
    ("Most patients have an underlying condition such as asthma or gout.",
     ("gout", "increases_risk_of", TOPIC)),
    ("The illness is seen more often in people who inject drugs.",
     ("injecting drugs", "increases_risk_of", TOPIC)),
    ("Those who smoke heavily are at higher risk.", ("smoking", "increases_risk_of", TOPIC)),
    ("Risk factors for death include older age and late surgery.",
     ("late surgery", "increases_risk_of", "death")),
])
def test_clinical_risk_wordings(tmp_path: Path, sentence: str,
                                expected: tuple[str, str, str]) -> None:
    """Reference pages' wordings: predispose, predisposing factor, associated with a higher
    risk, implicated in, underlying conditions, people who do X, risk factors for another end."""
    got = relations_set(tmp_path, sentence, "Aetiology")
    assert expected in got
    if expected[2] == "death":
        assert not any(o == TOPIC for _, p, o in got if p == "increases_risk_of")


@pytest.mark.parametrize(("phrase", "name"), [
    ("removal of affected fingers", "removal"),
    ("hay fever in young adults", "hay fever"),
    ("redness of the skin around the affected area", "redness of the skin"),
    # comparisons and thresholds around a name are not the name; "common cold" is one
    ("more common skin infections", "skin infections"),
    ("common cold", "common cold"),
    ("wearing wool socks overnight", "wearing wool socks"),
])
def test_qualifiers_after_a_name_are_cut(phrase: str, name: str) -> None:
    """Who it is in and where on the affected part qualify a name; they are not the name."""
    from claimgraph.ingest.phrases import clean_phrase

    assert clean_phrase(phrase) == name


def test_what_there_may_be_under_signs_and_complications(tmp_path: Path) -> None:
    """'There may also be X' names signs (lasting harms are complications); elsewhere it is
    not read; 'in some cases, X develops' under complications is a complication."""
    signs = relations(tmp_path, "There may also be a sore throat and permanent scarring.",
                      "Symptoms")
    assert (TOPIC, "has_symptom", "sore throat", "hedged") in signs
    assert (TOPIC, "has_complication", "permanent scarring", "hedged") in signs
    # (a link is read as one: stress associated with it, hedged; no sign or harm)
    assert not {x for x in relations(tmp_path, "There may be a link with stress.", "Causes")
                if x[1] in ("has_symptom", "has_complication")}
    later = relations(tmp_path, "In some cases, though, long-term joint pain develops.",
                      "Complications")
    assert (TOPIC, "has_complication", "long-term joint pain", "") in later


def test_list_items_of_signs_split_and_keep_their_words(tmp_path: Path) -> None:
    """'numbness or tingling in the area' is two signs; 'a firm, hot swelling' one;
    'feeling very tired' is kept (the lexicon's name for fatigue)."""
    got = {o for _, p, o, _ in relations(
        tmp_path, "Signs include:\n- numbness or tingling in the area\n"
                  "- a firm, hot swelling\n- feeling very tired", "Symptoms") if p == "has_symptom"}
    assert {"numbness", "tingling", "hot swelling", "feeling very tired"} <= got
    assert "firm" not in got


@pytest.mark.parametrize(("sentence", "process"), [
    ("Lots of nodules can build up in the liver.", "nodules"),
    ("It causes immune cells to form tiny nodules in the lungs.", "tiny nodules"),
    ("It is a painful illness that causes salt crystals to form in the joints.", "salt crystals"),
])
def test_what_forms_inside_the_body(tmp_path: Path, process: str, sentence: str) -> None:
    """What builds up or forms inside organs is how the condition works, not a sign."""
    got = relations(tmp_path, sentence, "Overview")
    assert (TOPIC, "involves", process, "") in got
    assert not any(p == "has_complication" and "form" in o for _, p, o, _ in got)


@pytest.mark.parametrize(("sentence", "act", "flags"), [
    ("You can help prevent it by keeping pets away from the bed.",
     "keeping pets away from the bed", ""),
    ("Always follow the advice that comes with the spray.", "following advice", ""),
    ("Never share towels.", "sharing towel avoidance", ""),
    ("Wearing a mask protects against it.", "wearing mask", ""),
])
def test_preventive_advice_as_sentences(tmp_path: Path, sentence: str, act: str,
                                        flags: str) -> None:
    """Commands under a prevention heading name acts that prevent the topic ('never' names
    the act of avoiding it, which prevents it)."""
    got = relations(tmp_path, sentence, "Prevention")
    assert (act, "prevents", TOPIC, flags) in got


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Keep cuts and grazes clean and covered.", {("wound care", TOPIC)}),
    ("Clean any sores and cover them with a plaster.",
     {("wound cleaning", TOPIC), ("wound covering", TOPIC)}),
    ("You may need to clean the ulcers daily to prevent germs from growing.",
     {("wound cleaning", "wound infection")}),
    ("It's important to keep any scratches clean to prevent infection.",
     {("wound care", "wound infection")}),
    ("Wipe the mat daily and keep it dry.",
     {("wiping mat", TOPIC), ("keeping mat dry", TOPIC)}),
    ("Always use the thinnest pad you need.", {("thinnest pad", TOPIC)}),
    ("Good wound care is the most important way to prevent grebble fever.",
     {("good wound care", TOPIC)}),
    ("Tablets may be given to close contacts to prevent them from getting ill.",
     {("tablets", TOPIC)}),
    ("Regular skin checks help to prevent damage to the feet.",
     {("regular skin checks", "foot damage")}),
    ("Keep the wound clean and dry to prevent further infection.",
     {("wound care", "wound infection")}),
    ("The best way to protect yourself is good hygiene.", {("good hygiene", TOPIC)}),
    ("Using pads with the lowest absorbency lowers the risk.",
     {("pads with the lowest absorbency", TOPIC)}),
    ("The risk is lower if you change pads often.", {("pad change", TOPIC)}),
    ("You are less likely to get it if you wash your hands after gardening.",
     {("washing hands", TOPIC)}),
    ("Tablets can be given to close contacts to reduce their risk of getting ill.",
     {("tablets", TOPIC)}),
    ("Treating cuts promptly helps to stop infection.", {("wound care", "wound infection")}),
    ("Washing your hands regularly helps reduce the risk.", {("washing hands", TOPIC)}),
    ("Early care can prevent or recover from tarn neuralgia.",
     {("early care", "tarn neuralgia")}),
    ("Tablets are sometimes offered to people who have been in close contact with someone "
     "who is ill.", {("tablets", TOPIC)}),
    ("Fluids are given through a drip to prevent kidney damage.",
     {("fluids", "kidney damage")}),
    ("Hand washing helps prevent the spread of the germs.", {("hand washing", TOPIC)}),
    ("Women can help prevent grebble fever by changing pads regularly.",
     {("pad change", TOPIC)}),
])
def test_preventive_acts_in_publishers_wordings(tmp_path: Path, sentence: str,
                                                expected: set[tuple[str, str]]) -> None:
    """Acts on breaks in the skin are named as wound care; what they keep from happening (germs
    growing, contacts getting ill) is named as the infection or the topic itself."""
    got = {(s, o) for s, p, o, _ in relations(tmp_path, sentence, "Prevention")
           if p == "prevents"}
    assert got == expected


def test_prevention_list_items_in_publishers_wordings(tmp_path: Path) -> None:
    """Items under a prevention lead: wound acts however worded, a habit practised, a gerund
    item read whole ("a clean, dry bandage" starts no command), "consider using X" as X,
    "the lowest absorbency" kept; a lead pointing at tips names no act."""
    got = relations_set(tmp_path, "Follow these tips:\n"
                                  "- make sure any cuts are cleaned and covered\n"
                                  "- take care of any sores, blisters or bites\n"
                                  "- practise good hygiene\n"
                                  "- covering scratches with a clean, dry bandage\n"
                                  "- Consider using pads instead of sponges.\n"
                                  "- Use a pad with the lowest absorbency you can.", "Prevention")
    assert {s for s, p, o in got if p == "prevents" and o == TOPIC} == {
        "wound care", "good hygiene", "wound covering", "pads instead of sponges",
        "pad with the lowest absorbency"}


def test_an_act_on_a_pronoun_is_not_named(tmp_path: Path) -> None:
    """'Change it every day' names no act a reader could compare."""
    assert not relations(tmp_path, "Change it every day.", "Prevention")


@pytest.mark.parametrize(("heading", "body", "expected"), [
    ("Causes", "It can happen if you have a graze or a blister, or an infection such as a stye.",
     {("graze", "increases_risk_of", TOPIC), ("stye", "increases_risk_of", TOPIC)}),
    ("Causes", "You can get it after giving blood or having dental work.",
     {("dental work", "increases_risk_of", TOPIC)}),
    ("Causes", "It is caused by germs getting into the gut and releasing poisons.",
     {("germs", "causes", TOPIC)}),
    ("Causes", "You are more likely to get it if you:\n- are over 70\n- have asthma",
     {("older age", "increases_risk_of", TOPIC), ("asthma", "increases_risk_of", TOPIC)}),
])
def test_patient_page_risk_wordings(tmp_path: Path, heading: str, body: str,
                                    expected: set[tuple[str, str, str]]) -> None:
    """'It can happen if you have X', 'you can get it after X', 'caused by germs getting into
    ...' (the germs), and 'more likely ... if you:' lists risks even under a causes heading."""
    got = relations_set(tmp_path, body, heading)
    assert expected <= got


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Risk factors: gout, obesity and heavy drinking.",
     {("gout", "increases_risk_of", TOPIC), ("heavy drinking", "increases_risk_of", TOPIC)}),
    ("Symptoms: a rash, a cough and tiredness.",
     {(TOPIC, "has_symptom", "rash"), (TOPIC, "has_symptom", "cough")}),
    ("Common comorbidities include asthma and obesity.", {("asthma", "increases_risk_of", TOPIC)}),
    ("Patients often have pre-existing conditions, including asthma and gout.",
     {("gout", "increases_risk_of", TOPIC)}),
    ("The germ gets in through a break in the skin, for example a graze or a bite.",
     {("graze", "increases_risk_of", TOPIC), ("bite", "increases_risk_of", TOPIC)}),
])
def test_reference_page_lists(tmp_path: Path, sentence: str,
                              expected: set[tuple[str, str, str]]) -> None:
    """Type words with a bare colon, comorbidities, pre-existing conditions, ways in."""
    got = relations_set(tmp_path, sentence, "Aetiology")
    assert expected <= got


def test_symptoms_named_after_such_as_in_a_sentence_about_them(tmp_path: Path) -> None:
    """'Its symptoms come on fast and may look like a cold, such as A and B' names A and B;
    'Signs to look out for are X and Y' is a typed list."""
    got = relations_set(
        tmp_path, "Its symptoms come on fast and may look like a cold, such as a sore throat "
                  "and a runny nose.\nSigns to watch out for are a stiff neck and confusion.",
        "What is it?")
    assert {(TOPIC, "has_symptom", x) for x in (
        "sore throat", "runny nose", "stiff neck", "confusion")} <= got
    assert (TOPIC, "has_symptom", "cold") not in got


@pytest.mark.parametrize(("sentence", "factor"), [
    ("Girls are slightly more likely to get it.", "female sex"),
    ("Men are more likely than women to develop it.", "male sex"),
    ("It tends to run in families.", "family history"),
])
def test_sex_and_family_as_risk_factors(tmp_path: Path, sentence: str, factor: str) -> None:
    """Who is more likely, named as the factor ('female sex'); running in families."""
    got = relations_set(tmp_path, sentence, "Risk factors")
    assert (factor, "increases_risk_of", TOPIC) in got


def test_a_clause_is_never_an_entity(tmp_path: Path) -> None:
    """'It often starts between 20 and 60, and women are more likely ...' names women only."""
    got = relations(tmp_path, "It often starts between the ages of 20 and 60, and women are "
                              "slightly more likely to get it.", "Risk factors")
    assert not any(s.startswith("it ") for s, _, _, _ in got)


def test_list_members_keep_what_they_need(tmp_path: Path) -> None:
    """'numbness or a loss of strength around the cut' is numbness and a loss of strength
    (never a bare 'loss'); 'X and other Y' names both; 'feels like sandpaper' is no example
    list (the rash is named by its likeness)."""
    got = relations_set(
        tmp_path, "Signs include:\n- numbness or loss of strength around the cut\n"
                  "- a bumpy rash that feels like gravel", "Symptoms")
    signs = {o for _, p, o in got if p == "has_symptom"}
    assert {"numbness", "loss of strength", "bumpy gravel-like rash"} <= signs
    assert not signs & {"loss", "gravel"}
    risks = {s for s, p, o in relations_set(tmp_path, "- asthma and other lung diseases",
                                            "Risk factors") if p == "increases_risk_of"}
    assert {"asthma", "lung diseases"} <= risks



@pytest.mark.parametrize(("sentence", "expected", "flags"), [
    ("It's thought grebble fever is caused by a virus.", ("virus", "causes", TOPIC), "hedged"),
    ("The incidence is highest in people of island descent.",
     ("island ancestry", "increases_risk_of", TOPIC), ""),
    ("Children of coastal heritage have consistently higher admission rates.",
     ("coastal ancestry", "increases_risk_of", TOPIC), ""),
    ("Death is usually due to heart failure in the setting of severe disease.",
     ("heart failure", "causes", "death"), ""),
])
def test_rates_causes_and_settings(tmp_path: Path, sentence: str,
                                   expected: tuple[str, str, str], flags: str) -> None:
    """'It's thought X is caused by Y' (hedged), 'the incidence is highest in ...', 'have
    consistently higher rates', and 'in the setting of ...' cut from a cause."""
    assert (*expected, flags) in relations(tmp_path, sentence, "Causes")


def test_when_a_part_becomes_inflamed_is_a_mechanism_not_an_agent(tmp_path: Path) -> None:
    """'It occurs when the nerve becomes inflamed' names no cause ('nerve'), only how it works."""
    got = relations(tmp_path, "Grebble fever occurs when the nerve behind the ear becomes "
                              "swollen or inflamed.", "Overview")
    assert not any(p == "causes" for _, p, _, _ in got)
    assert (TOPIC, "involves", "nerve inflammation", "") in got


def test_who_is_more_vulnerable(tmp_path: Path) -> None:
    """'People who are slightly more vulnerable are A and people with B' lists risk factors."""
    got = relations_set(tmp_path, "People who are slightly more vulnerable are smokers and "
                                  "people with asthma.", "Causes")
    assert {("smoking", "increases_risk_of", TOPIC), ("asthma", "increases_risk_of", TOPIC)} <= got


@pytest.mark.parametrize(("people", "factor"), [
    ("pregnant women in the last month", "pregnancy"),
    ("people who have just recovered from a cold", "cold"),
    ("people who smoked", "smoking"),  # the act from the verb's base, not "smokeding"
    ("those who injected drugs", "injecting drugs"),
])
def test_people_named_by_a_state_name_the_state(people: str, factor: str) -> None:
    """Who is at risk, named as the state they are in or have just had."""
    from claimgraph.ingest.phrases import people_factor

    assert people_factor(people) == factor


@pytest.mark.parametrize(("body", "heading", "expected"), [
    ("Grebble fever can lead to kidney and liver failure.", "Complications",
     {(TOPIC, "has_complication", "kidney failure"), (TOPIC, "has_complication", "liver failure")}),
    ("- Organ and bone marrow transplants\n- Heart and lung disease", "Risk factors",
     {("organ transplants", "increases_risk_of", TOPIC),
      ("bone marrow transplants", "increases_risk_of", TOPIC),
      ("heart disease", "increases_risk_of", TOPIC), ("lung disease", "increases_risk_of", TOPIC)}),
])
def test_organ_words_share_the_last_members_head(tmp_path: Path, body: str, heading: str,
                                                  expected: set[tuple[str, str, str]]) -> None:
    """'Kidney and liver failure' is two failures; 'kidney' alone is never a complication."""
    got = relations_set(tmp_path, body, heading)
    assert expected <= got
    assert not any(o in ("kidney", "heart", "organ") or s in ("kidney", "heart", "organ")
                   for s, _, o in got)


def test_fever_and_joint_pain_stay_two_things(tmp_path: Path) -> None:
    """Only organ words take the last member's head: a sign before it keeps its own name."""
    got = relations_set(tmp_path, "Symptoms include fever and joint pain.", "Symptoms")
    assert {(TOPIC, "has_symptom", "fever"), (TOPIC, "has_symptom", "joint pain")} <= got
    assert (TOPIC, "has_symptom", "fever pain") not in got


@pytest.mark.parametrize(("sentence", "factor", "harm"), [
    ("Late or missed diagnosis can result in lasting joint damage.", "delayed diagnosis",
     "lasting joint damage"),
    ("Delayed treatment can lead to kidney failure.", "delayed treatment", "kidney failure"),
    ("Inadequate treatment can cause nerve damage.", "inadequate treatment", "nerve damage"),
])
def test_a_delay_in_care_raises_the_risk_of_what_follows(tmp_path: Path, sentence: str,
                                                         factor: str, harm: str) -> None:
    """A delay or shortfall in care that 'leads to' harm is a risk factor for it, named alike."""
    assert (factor, "increases_risk_of", harm) in relations_set(tmp_path, sentence, "Outlook")


def test_a_sentence_under_a_causes_heading_is_not_a_list_member(tmp_path: Path) -> None:
    """'X results from Y' on a line of its own is a sentence: Y is the cause, the line is not."""
    got = relations_set(tmp_path, "Grebble fever results from an overactive immune response.",
                        "Causes")
    # (the lexicon names an overactive immune response by its group's first name)
    assert ("abnormal immune response", "causes", TOPIC) in got
    assert not any(s.startswith("grebble fever results") for s, _, _ in got)


def test_adjectives_before_a_noun_each_name_a_sign(tmp_path: Path) -> None:
    """'Red, itchy eyes' and 'burning, aching or stabbing pain.' each name one sign per word."""
    got = relations_set(tmp_path, "The main signs are red, itchy eyes.\n\n"
                                  "You may get burning, aching or stabbing pain.", "Symptoms")
    assert {(TOPIC, "has_symptom", o) for o in (
        "red eyes", "itchy eyes", "burning pain", "aching pain", "stabbing pain")} <= got
    assert not {o for _, _, o in got} & {"red", "burning", "aching"}


def test_a_noun_before_an_adjective_pair_keeps_its_name(tmp_path: Path) -> None:
    """'Fever, red eyes': the fever is no red fever."""
    got = relations_set(tmp_path, "Signs include fever, red eyes and a cough.", "Symptoms")
    assert {(TOPIC, "has_symptom", "fever"), (TOPIC, "has_symptom", "red eyes")} <= got


@pytest.mark.parametrize(("glued", "apart"), [
    ("swellingof the knee", "swelling of the knee"),
    ("itchingthat lasts", "itching that lasts"),
    ("thecomplications", "the complications"),
    ("borrelia", "borrelia"),
    ("erythema", "erythema"),
])
def test_words_a_page_glued_together_come_apart(glued: str, apart: str) -> None:
    """A function word glued to a known word is split off; unknown clinical names stay whole."""
    from claimgraph.ingest.phrases import unglue

    assert unglue(glued) == apart


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Untreated grebble fever can cause kidney failure.", (TOPIC, "has_complication",
                                                           "kidney failure")),
    ("Late grebble fever can also cause neuropathy (numbness in the feet).",
     (TOPIC, "has_complication", "neuropathy")),
    ("The lung-related complications associated with grebble fever are rare.",
     (TOPIC, "has_complication", "lung complication")),
])
def test_a_stage_of_the_topic_is_the_topic(tmp_path: Path, sentence: str,
                                           expected: tuple[str, str, str]) -> None:
    """'Untreated X', 'late X' stay X; a named disease it causes is a complication; the
    'heart-related complications associated with X' are X's heart complications."""
    assert expected in relations_set(tmp_path, sentence, "Complications")


def test_complications_of_no_named_kind_say_nothing(tmp_path: Path) -> None:
    """'The serious complications associated with X are rare' names no complication."""
    got = relations_set(tmp_path, "The serious complications associated with grebble fever "
                                  "are rare.", "Complications")
    assert not {g for g in got if g[1] in ("has_complication", "associated_with")}


def test_a_gloss_after_a_list_member_is_cut(tmp_path: Path) -> None:
    """'Meningitis, characterized by headache and fever' is meningitis."""
    got = relations_set(tmp_path, "- Meningitis, characterized by severe headache and fever\n"
                                  "- kidney failure", "Complications")
    assert (TOPIC, "has_complication", "meningitis") in got


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Grebble fever can be prevented by keeping birds out of the house.",
     {("keeping birds out of the house", "prevents", TOPIC)}),
    ("Most cases can be prevented by washing your hands and covering cuts.",
     {("washing hands", "prevents", TOPIC), ("wound covering", "prevents", TOPIC)}),
    ("It can usually be avoided with a yearly vaccine.", {("yearly vaccine", "prevents", TOPIC)}),
    ("Kidney damage can be prevented by early treatment.",
     {("early treatment", "prevents", "kidney damage")}),
    ("You can lower your chance of getting grebble fever by washing your hands often.",
     {("washing hands", "prevents", TOPIC)}),
])
def test_prevented_by_and_lowered_by(tmp_path: Path, sentence: str,
                                     expected: set[tuple[str, str, str]]) -> None:
    """'X can be prevented by A' and 'lower your chance of X by doing A': A prevents X."""
    assert expected <= relations_set(tmp_path, sentence, "Prevention")


@pytest.mark.parametrize(("sentence", "tests"), [
    ("Imaging such as an MRI or CT scan can show how far the infection has spread.",
     {"imaging", "MRI", "CT scan"}),
    ("Blood cultures are usually positive.", {"blood cultures"}),
    ("A raised white cell count and a high CRP support the diagnosis.",
     {"white cell count", "crp test"}),
    ("Your doctor may order a chest X-ray to rule out other causes.", {"chest x-ray"}),
])
def test_tests_that_show_or_support_the_diagnosis(tmp_path: Path, sentence: str,
                                                  tests: set[str]) -> None:
    """A test that shows, a result that is positive or a finding that supports the diagnosis
    is how the topic is diagnosed; a purpose ('to rule out ...') is cut from its name."""
    got = relations_set(tmp_path, sentence, "Diagnosis")
    assert {o for s, p, o in got if p == "diagnosed_by" and s == TOPIC} == tests


def test_a_clause_before_supports_the_diagnosis_names_no_test(tmp_path: Path) -> None:
    """'Some dyes cause colour changes that can help confirm the diagnosis': no test named."""
    got = relations_set(tmp_path, "Some dyes cause colour changes that can help confirm the "
                                  "diagnosis.", "Diagnosis")
    assert not {o for _, p, o in got if p == "diagnosed_by" and "dye" in o}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("You can catch grebble fever from contaminated water.",
     ("contaminated water", "increases_risk_of", TOPIC, "")),
    ("It spreads through close contact with an infected person.",
     ("close contact with an infected person", "increases_risk_of", TOPIC, "")),
    ("Most cases follow a minor injury.", ("minor injury", "increases_risk_of", TOPIC, "")),
    ("The exact cause is unknown, but genes and the environment may both play a part.",
     ("genes", "contributes_to", TOPIC, "hedged")),
])
def test_how_it_is_caught_and_what_plays_a_part(tmp_path: Path, sentence: str,
                                                expected: tuple[str, str, str, str]) -> None:
    """Where it is caught from, how it spreads, what most cases follow and what plays a part."""
    assert expected in relations(tmp_path, sentence, "Causes")


def test_a_lack_named_in_a_list_is_not_the_thing_it_lacks(tmp_path: Path) -> None:
    """'Being overweight and not exercising play a role': exercise plays no role itself."""
    got = relations_set(tmp_path, "Being overweight and not exercising also play a role.",
                        "Causes")
    assert ("overweight", "contributes_to", TOPIC) in got
    assert not any("exercis" in s for s, _, _ in got)


def test_catching_it_from_a_person_names_no_source(tmp_path: Path) -> None:
    """'You can catch it from another person' says it is catching, not what raises the risk."""
    got = relations_set(tmp_path, "You can catch grebble fever from another person.", "Causes")
    assert not {g for g in got if g[1] == "increases_risk_of"}


@pytest.mark.parametrize(("heading", "kind"), [
    ("Aetiology", "cause"), ("Etiology", "cause"), ("Clinical presentation", "symptom"),
    ("Presentation", "symptom"), ("Investigations", "diagnosis"), ("Workup", "diagnosis"),
    ("Laboratory studies", "diagnosis"), ("Sequelae", "complication"),
    ("Presentation of results", None),
    # A heading that names a kind of medicine heads what is given; "Recovery" the outlook.
    ("Antibiotics", "treatment"), ("Antiviral medicines", "treatment"), ("Steroids", "treatment"),
    ("Painkillers", "treatment"), ("Recovery", "prognosis"), ("Antibiotic resistance", None),
])
def test_clinical_headings_have_a_kind(heading: str, kind: str | None) -> None:
    """Clinical pages head their sections in clinicians' words; each names what it holds."""
    from claimgraph.ingest.patterns import section_type

    assert section_type(heading) == kind


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Risk factors associated with a bad outcome in adults include complete paralysis, as "
     "well as loss of taste.", {("complete paralysis", "increases_risk_of", "poor prognosis"),
                                ("loss of taste", "increases_risk_of", "poor prognosis")}),
    ("Other factors related with less favorable outcomes are dry eyes and severe pain.",
     {("dry eyes", "increases_risk_of", "poor prognosis"),
      ("severe pain", "increases_risk_of", "poor prognosis")}),
    ("Factors linked to a good outcome include young age and early treatment.",
     {("young age", "associated_with", "good prognosis"),
      ("early treatment", "associated_with", "good prognosis")}),
])
def test_factors_that_foretell_the_outcome(tmp_path: Path, sentence: str,
                                           expected: set[tuple[str, str, str]]) -> None:
    """Factors tied to a poor (or less favourable) outcome raise the risk of a poor prognosis;
    'risk factors' itself is never a thing named."""
    got = relations_set(tmp_path, sentence, "Outlook")
    assert expected <= got
    assert not any(s == "risk" for s, _, _ in got)


@pytest.mark.parametrize(("label", "factor"), [
    ("age greater than 60 years", "older age"), ("age less than 2 years", "young age"),
])
def test_ages_compared_in_words(label: str, factor: str) -> None:
    """'age greater than 60 years' is older age, as 'age >60 years' is."""
    from claimgraph.ingest.phrases import age_factor

    assert age_factor(label) == factor


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Immunocompromised patients are particularly susceptible.",
     {("immunocompromised", "increases_risk_of", TOPIC)}),
    ("Cases have been reported after minor trauma, surgery and childbirth.",
     {("minor trauma", "increases_risk_of", TOPIC), ("childbirth", "increases_risk_of", TOPIC)}),
    ("Comorbidities such as diabetes are present in most patients.",
     {("diabetes", "increases_risk_of", TOPIC)}),
    ("Common precipitating events include insect bites and injections.",
     {("insect bites", "increases_risk_of", TOPIC), ("injections", "increases_risk_of", TOPIC)}),
    ("Women are affected twice as often as men.", {("female sex", "increases_risk_of", TOPIC)}),
    ("Susceptibility is increased by chronic liver disease.",
     {("chronic liver disease", "increases_risk_of", TOPIC)}),
    ("Diabetes is the most common comorbidity.", {("diabetes", "increases_risk_of", TOPIC)}),
    ("There is an association with recent flu in children.",
     {("recent flu", "associated_with", TOPIC)}),
    ("Infection typically follows a breach in the skin.",
     {("breach in the skin", "increases_risk_of", TOPIC)}),
])
def test_how_clinical_pages_word_risk(tmp_path: Path, sentence: str,
                                expected: set[tuple[str, str, str]]) -> None:
    """How clinical pages word risk: susceptible patients, reported cases, comorbidities,
    precipitating events, who is affected more often, what susceptibility is increased by."""
    assert expected <= relations_set(tmp_path, sentence, "Epidemiology")


@pytest.mark.parametrize(("body", "heading"), [
    ("What risk factors are linked with the growth of grebble fever?", "Causes"),
    ("Attempts of treatment are aimed at improving nerve function and reducing swelling.",
     "Treatment"),
    ("However, there may be some circumstances where a longer course would help.", "Symptoms"),
])
def test_questions_goals_and_circumstances_name_nothing(tmp_path: Path, body: str,
                                                        heading: str) -> None:
    """A question asserts nothing, a goal ('aimed at improving X') is no treatment, and
    'some circumstances' is no sign."""
    assert relations(tmp_path, body, heading) == set()


def test_what_a_page_says_around_a_thing_is_not_the_thing(tmp_path: Path) -> None:
    """'causes the development of ulcers' names ulcers; 'around three to 30 days after' and
    'areas where tissue breaks down and dies' name no sign; a body part causes nothing."""
    got = relations_set(tmp_path, "Grebble fever causes the development of painful ulcers.\n\n"
                                  "Many people with grebble fever develop a rash, usually around "
                                  "three to 30 days after the bite.\n\n"
                                  "This leads to areas where skin breaks down and dies.\n\n"
                                  "It is a hardening of the dermis, which results in skin "
                                  "necrosis.", "Symptoms")
    objects = {o for _, _, o in got}
    assert "painful ulcers" in objects
    assert not objects & {"around three", "die", "dies"}
    assert not {s for s, p, _ in got if p == "causes"} & {"dermis"}


def test_a_class_before_a_colon_lists_what_follows(tmp_path: Path) -> None:
    """'eye problems: dry eyes or more tears' lists dry eyes; 'eye problems' is only a class.
    A sentence after the colon is a gloss, so its head stays."""
    got = relations_set(tmp_path, "You may have:\n- eye problems: dry eyes or watery eyes\n"
                                  "- mouth problems: a dry mouth and a change in taste\n"
                                  "- a cough", "Symptoms")
    assert {(TOPIC, "has_symptom", o) for o in ("dry eyes", "dry mouth", "change in taste")} <= got
    assert not {o for _, _, o in got} & {"eye problems", "mouth problems"}


def test_list_items_lose_their_figures_and_trailing_clauses(tmp_path: Path) -> None:
    """'Fever of 39C and lasts more than five days' is fever; 'often in large sheets' and
    'lasts more' name nothing; 'children under the age of 1' keep their age."""
    got = relations_set(tmp_path, "You may have:\n- Fever of 39C and lasts more than five days\n"
                                  "- Peeling skin, often in large sheets\n- a cough", "Symptoms")
    objects = {o for _, _, o in got}
    assert "fever" in objects or "high temperature" in objects
    assert not {o for o in objects if o.startswith(("in ", "lasts", "fever of"))}
    risk = relations_set(tmp_path, "Children under the age of 1 are at higher risk.", "Causes")
    assert ("young age", "increases_risk_of", TOPIC) in risk


@pytest.mark.parametrize(("body", "present", "absent"), [
    ("The infection can cause pain and swelling of one or both knees.", {"swelling"},
     {"swelling of one"}),
    ("You may have:\n- Very red eyes without a thick discharge\n- a cough", {"cough"},
     {"very red eyes without a thick discharge"}),
    ("Two to four days before the rash appears there may be tingling.", {"tingling"},
     {"two to four days before the rash"}),
])
def test_names_lose_their_counts_and_absences(tmp_path: Path, body: str, present: set[str],
                                              absent: set[str]) -> None:
    """'of one or both knees', 'without a discharge' and 'two to four days before' are cut."""
    objects = {o for _, _, o in relations_set(tmp_path, body, "Symptoms")}
    assert present <= objects
    assert not objects & absent


def test_a_participle_is_shared_with_the_body_parts_after_it() -> None:
    """'a drooping eyelid or corner of the mouth' is a drooping corner of the mouth too."""
    from claimgraph.ingest.rules import phrases

    labels = {ph.label for ph in phrases("a drooping eyelid, corner of the mouth or a fever")}
    assert {"drooping eyelid", "drooping corner of the mouth", "fever"} <= labels


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Almost all grebble fever deaths are in older adults or people with weakened immune "
     "systems.", {("older age", "associated_with", "death"),
                  ("weakened immune systems", "associated_with", "death")}),
    ("Some people also get mood changes, such as anxiety, after taking steroids for a short "
     "time.", {("steroids", "causes", "mood changes")}),
])
def test_who_dies_and_what_a_medicine_brings_on(tmp_path: Path, sentence: str,
                                                expected: set[tuple[str, str, str]]) -> None:
    """Who most deaths are among goes with death; what people get after taking a medicine
    is the medicine's effect."""
    assert expected <= relations_set(tmp_path, sentence, "Outlook")


@pytest.mark.parametrize("sentence", ["Age significantly increases your risk of complications.",
                                      "Increasing age raises the risk of complications."])
def test_age_that_raises_a_risk_is_older_age(tmp_path: Path, sentence: str) -> None:
    """'Age increases the risk of X' names growing older, as 'older age' elsewhere."""
    assert ("older age", "increases_risk_of", "complication") in relations_set(
        tmp_path, sentence, "Complications")


@pytest.mark.parametrize(("label", "named"), [
    ("scarring on the skin", "skin scarring"),
    ("painful inflammation of the nerves", "painful nerve inflammation"),
    ("ulcers on the legs", "leg ulcers"),
])
def test_a_sign_at_one_site_is_named_site_first(label: str, named: str) -> None:
    """The body site goes before the sign's head, after its other words, as clinicians say it."""
    from claimgraph.ingest.rules import site_first

    assert site_first(label) == named


def test_parts_of_the_body_named_as_examples_are_not_signs(tmp_path: Path) -> None:
    """'especially the tips of fingers' says where the peeling is; it is no sign."""
    got = relations_set(tmp_path, "You may have:\n- peeling skin, especially the tips of "
                                  "fingers and toes\n- a cough", "Symptoms")
    assert not {o for _, p, o in got if p == "has_symptom" and o.startswith("tips")}


def test_harm_to_an_organ_in_a_list_of_signs_is_a_complication(tmp_path: Path) -> None:
    """'Heart problems' or 'kidney damage' among the signs are complications of the topic."""
    got = relations_set(tmp_path, "Later symptoms include:\n- heart problems\n- kidney damage\n"
                                  "- tiredness", "Symptoms")
    assert {(TOPIC, "has_complication", "heart problems"),
            (TOPIC, "has_complication", "kidney damage"),
            (TOPIC, "has_symptom", "tiredness")} <= got


@pytest.mark.parametrize(("body", "sign"), [
    ("The most common complication is nerve scarring, which causes pain for a long time after "
     "the rash has gone.", "pain"),
    ("The commonest complication of grebble fever is nerve scarring (NS), which is severe "
     "pain at the old rash site.", "severe pain"),
    ("The main complication is nerve scarring (NS), pain that persists after the rash heals.",
     "pain"),
])
def test_a_complications_gloss_names_its_sign(tmp_path: Path, body: str, sign: str) -> None:
    """What a complication 'causes', or the sign its gloss names, is that complication's sign."""
    got = relations_set(tmp_path, body, "Complications")
    assert (TOPIC, "has_complication", "nerve scarring") in got
    assert ("nerve scarring", "has_symptom", sign) in got


def test_the_topics_name_before_a_sign_is_not_the_topic(tmp_path: Path) -> None:
    """'X pain' is a sign of X, not X: 'it causes grebble fever pain' names no cause of X."""
    got = relations_set(tmp_path, "The main complication is nerve scarring, which causes "
                                  "grebble fever pain for months.", "Complications")
    assert not {g for g in got if g[1] == "causes" and g[2] == TOPIC}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("You may be given eye drops and a thick gel to stop the eye drying out.",
     {("eye drops", "prevents", "dry eye"), ("thick gel", "prevents", "dry eye")}),
    ("Doctors give antibiotic cream to stop the wound getting infected.",
     {("antibiotic cream", "prevents", "wound infection")}),
])
def test_what_a_treatment_keeps_from_a_body_part(tmp_path: Path, sentence: str,
                                                 expected: set[tuple[str, str, str]]) -> None:
    """'to stop the eye drying out' names the harm it prevents: a dry eye."""
    assert expected <= relations_set(tmp_path, sentence, "Treatment")


def test_acts_listed_after_if_you_are_named_as_acts(tmp_path: Path) -> None:
    """Under 'You're more likely to get it if you:', 'inject drugs' is injecting drugs and
    'are over 60' older age; a sentence line under Causes is no list member."""
    got = relations_set(tmp_path, "You're more likely to get grebble fever if you:\n"
                                  "- inject drugs\n- are over 60\n- have diabetes\n\n"
                                  "The germs usually live harmlessly on the skin.", "Causes")
    assert {("injecting drugs", "increases_risk_of", TOPIC),
            ("older age", "increases_risk_of", TOPIC),
            ("diabetes", "increases_risk_of", TOPIC)} <= got
    assert not any(s.startswith("germs usually") for s, _, _ in got)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Most people get better with rest.", ("rest", "effective_for", TOPIC)),
    ("You'll usually be given antibiotics into a vein.", ("antibiotics", "used_for", TOPIC)),
    ("Treatment usually involves fluids through a drip.",
     ("intravenous fluids", "used_for", TOPIC)),
])
def test_how_a_treatment_is_given_is_not_its_name(tmp_path: Path, sentence: str,
                                                  expected: tuple[str, str, str]) -> None:
    """'into a vein', 'through a drip' say how it is given; what people get better with works."""
    assert expected in relations_set(tmp_path, sentence, "Treatment")


def test_a_reference_page_lists_factors_and_tests_as_bare_lines(tmp_path: Path) -> None:
    """A reference page heads a section 'Risk factors' and puts each factor on a bare lower-case
    line ('strong', then 'diabetes mellitus', then a paragraph about it); tests likewise."""
    page = tmp_path / "page.txt"
    page.write_text("Grebble fever\n\nGrebble fever is a rare infection.\n\nRisk factors\n\n"
                    "strong\n\ndiabetes mellitus\n\nMany patients with it have diabetes.\n\n"
                    "intravenous drug use\n\nInjecting breaks the skin.\n\nweak\n\nobesity\n\n"
                    "Key diagnostic factors\n\nsevere pain\n\nThe pain is worse than the wound.\n\n"
                    "Diagnostic tests\n\n1st tests to order\n\nfull blood count\n\n"
                    "Result: raised white cell count\n\nblood cultures\n", encoding="utf-8")
    cs, _, _ = extract_corpus([page], progress=False)
    got = {(cs.label(c.subject), c.predicate, cs.label(c.object)) for c in cs.claims
           if c.object is not None}
    assert {("diabetes", "increases_risk_of", TOPIC),
            ("intravenous drug use", "increases_risk_of", TOPIC),
            ("obesity", "increases_risk_of", TOPIC),
            (TOPIC, "diagnosed_by", "full blood count"),
            (TOPIC, "diagnosed_by", "blood cultures"), (TOPIC, "has_symptom", "severe pain")} <= got
    assert not any(s.startswith(("strong", "risk factors")) for s, _, _ in got)
    assert (TOPIC, "diagnosed_by", "severe pain") not in got


def test_a_sentence_broken_over_blank_lines_is_still_one(tmp_path: Path) -> None:
    """'People who are more vulnerable' / 'are pregnant women in' / 'the last month,' /
    'people with asthma' is one sentence, as a page cut it."""
    got = relations_set(tmp_path, "People who are more vulnerable\n\nare pregnant women in\n\n"
                                  "the last month,\n\npeople with asthma\n", "Causes")
    assert ("asthma", "increases_risk_of", TOPIC) in got


def test_a_terse_page_types_its_lists_by_lead_items(tmp_path: Path) -> None:
    """In notes written as one bullet list, '- risk factors include:' leads the bullets after
    it and '- management:' starts another list; neither lead is itself a member."""
    page = tmp_path / "page.txt"
    page.write_text("Grebble fever\n\nGrebble fever is an acute infection of the deep tissues.\n\n"
                    "- risk factors include:\n- diabetes mellitus\n- peripheral vascular disease\n"
                    "- clinical features:\n- fever and tachycardia\n- management:\n"
                    "- urgent surgical referral\n", encoding="utf-8")
    cs, _, _ = extract_corpus([page], progress=False)
    got = {(cs.label(c.subject), c.predicate, cs.label(c.object)) for c in cs.claims
           if c.object is not None}
    assert {("diabetes mellitus", "increases_risk_of", TOPIC),
            ("peripheral vascular disease", "increases_risk_of", TOPIC),
            (TOPIC, "has_symptom", "fever"), (TOPIC, "has_symptom", "tachycardia"),
            ("surgical referral", "used_for", TOPIC)} <= got
    assert not {x for s, _, o in got for x in (s, o)} & {"clinical features", "management"}


def test_do_and_dont_headings_go_on_with_the_section_before(tmp_path: Path) -> None:
    """'Do' and 'Don't' headings after 'How to prevent it' and a paragraph list prevention
    advice: what to do prevents it, and so does avoiding what not to do (the act avoided,
    asserted: "do not leave droppings" says leaving them is a risk, not that leaving them
    fails to prevent it)."""
    page = tmp_path / "page.txt"
    page.write_text("Grebble fever\n\nGrebble fever is a rare illness caught from birds.\n\n"
                    "How to prevent grebble fever\n\nIt is not always possible, but some things "
                    "help.\n\nDo\n\n- wash your hands after feeding birds\n\nDon't\n\n"
                    "- do not leave bird droppings on the floor\n", encoding="utf-8")
    cs, _, _ = extract_corpus([page], progress=False)
    got = {(cs.label(c.subject), c.predicate, cs.label(c.object), c.negated)
           for c in cs.claims if c.object is not None}
    assert ("washing hands", "prevents", TOPIC, False) in got
    assert ("leaving bird droppings avoidance", "prevents", TOPIC, False) in got
    assert not any(negated for _, p, _, negated in got if p == "prevents")


@pytest.mark.parametrize(("heading", "kind"), [
    ("How to reduce your chance of getting grebble fever", "prevention"),
    ("Ways to cut your risk", "prevention"),
    ("Key diagnostic factors", "symptom"),
    ("Diagnostic tests", "diagnosis"),
    ("History and Physical", "symptom"),
    ("Evaluation", "diagnosis"),
    ("Transmission", "risk"),
    ("How is it spread?", "risk"),
    ("Long-term effects", "complication"),
])
def test_more_headings_have_a_kind(heading: str, kind: str) -> None:
    """'Reduce your chance' is prevention as 'reduce your risk' is; reference pages' 'Key
    diagnostic factors' list signs, their 'Diagnostic tests' tests."""
    from claimgraph.ingest.patterns import section_type

    assert section_type(heading) == kind


@pytest.mark.parametrize(("body", "expected", "absent"), [
    ("About 20% of untreated children develop heart aneurysms.",
     (TOPIC, "has_complication", "heart aneurysms"), None),
    ("About 20% of patients go on to develop nerve pain.",
     (TOPIC, "has_symptom", "nerve pain"), None),
    ("About 2% of people who get grebble fever are hospitalized.", None,
     (TOPIC, "has_complication", "hospitalization")),
    ("About 30% of people in hospital with grebble fever have diabetes.", None,
     (TOPIC, "has_complication", "diabetes")),
    ("Sometimes, the jaw weakness may become permanent.",
     (TOPIC, "has_complication", "permanent jaw weakness"), None),
    ("About one in six people with grebble fever will have long-term weakness of the face.",
     (TOPIC, "has_complication", "long-term face weakness"), None),
])
def test_what_people_develop_and_what_stays(tmp_path: Path, body: str,
                                            expected: tuple[str, str, str] | None,
                                            absent: tuple[str, str, str] | None) -> None:
    """'20 % of children develop X' makes X one of the topic's harms (a sign when named as
    one); what people have on admission is not; a sign that stays is a complication."""
    got = relations_set(tmp_path, body, "Outlook")
    if expected is not None:
        assert expected in got
    if absent is not None:
        assert absent not in got


@pytest.mark.parametrize(("body", "heading", "present", "absent"), [
    ("A physical exam will be done.", "Diagnosis", (TOPIC, "diagnosed_by", "physical exam"),
     ("physical exam", "used_for", TOPIC)),
    ("Guidelines recommend specific antibiotic courses for adults and children.", "Treatment",
     None, ("children", "used_for", TOPIC)),
    ("The length of the pain is often used to define the condition.", "Treatment", None,
     ("length of the pain", "used_for", TOPIC)),
])
def test_tests_people_and_definitions_are_no_treatments(
        tmp_path: Path, body: str, heading: str, present: tuple[str, str, str] | None,
        absent: tuple[str, str, str]) -> None:
    """An exam that is done is a test; people a course is for, and what a word is used to
    define, are no treatments."""
    got = relations_set(tmp_path, body, heading)
    if present is not None:
        assert present in got
    assert absent not in got


def test_a_list_after_signs_of_another_thing_is_not_the_topics(tmp_path: Path) -> None:
    """'Watch for signs of infection around a wound. These include:' lists the infection's
    signs, not the topic's treatments."""
    got = relations_set(tmp_path, "Treatment\n\nWatch for signs of infection around a wound. "
                                  "These include:\n\n- redness around the wound\n"
                                  "- a foul smell\n", "Treatment")
    assert not {g for g in got if g[1] == "used_for"}


@pytest.mark.parametrize(("sentence", "tests"), [
    ("Doctors most often check kidney and liver function, how fast blood clots and whether "
     "there is an infection.", {"kidney function test", "liver function test"}),
    ("A lab may measure sodium, potassium and hormone levels.",
     {"sodium test", "potassium test", "hormone test"}),
    ("Staff might also check other liver markers, such as bilirubin.", {"bilirubin test"}),
])
def test_what_doctors_check_is_a_test_of_it(tmp_path: Path, sentence: str,
                                            tests: set[str]) -> None:
    """Each thing checked or measured is a test ('kidney function test'); 'whether ...' and
    the class before 'such as' are not."""
    got = {o for s, p, o in relations_set(tmp_path, sentence, "Diagnosis")
           if p == "diagnosed_by" and s == TOPIC}
    assert tests <= got
    assert not {o for o in got if o.startswith(("whether", "kidney damage"))}


def test_what_a_named_test_checks_for_is_no_test(tmp_path: Path) -> None:
    """'A skin biopsy can be taken to check for calcification': the biopsy is the test."""
    got = {o for s, p, o in relations_set(tmp_path, "A skin biopsy can be taken to check for "
                                                    "evidence of calcification.", "Diagnosis")
           if p == "diagnosed_by"}
    assert "calcification test" not in got


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Grebble fever is more likely in people who have had surgery recently.",
     {("surgery", "increases_risk_of", TOPIC)}),
    ("Risk is higher in those with long-term conditions such as diabetes.",
     {("diabetes", "increases_risk_of", TOPIC)}),
    ("Being over 50 makes grebble fever more likely.", {("older age", "increases_risk_of", TOPIC)}),
    ("Anyone can catch it, but some people have a higher risk, including those who inject drugs "
     "and people with asthma.", {("injecting drugs", "increases_risk_of", TOPIC),
                                 ("asthma", "increases_risk_of", TOPIC)}),
    ("Grebble fever can happen as a complication of mumps.",
     {("mumps", "increases_risk_of", TOPIC)}),
    ("Most cases happen in people with a weakened immune system.",
     {("weakened immune system", "increases_risk_of", TOPIC)}),
])
def test_more_ways_pages_word_who_is_at_risk(tmp_path: Path, sentence: str,
                                             expected: set[tuple[str, str, str]]) -> None:
    """'More likely in people who ...', 'risk is higher in those with ...', 'being over 50
    makes it more likely', 'some people have a higher risk, including ...', 'as a complication
    of X', 'most cases happen in people with ...'."""
    assert expected <= relations_set(tmp_path, sentence, "Causes")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Grebble fever is an illness passed to people by infected fleas.",
     ("flea bite", "increases_risk_of", TOPIC)),
    ("If a flea bites a rat carrying the bacteria that cause grebble fever (Yersinia grebblei), "
     "the flea can carry it too.", ("yersinia grebblei", "causes", TOPIC)),
    ("Once treatment is delayed, there is a risk that people may develop lasting joint pain.",
     ("delayed treatment", "increases_risk_of", "lasting joint pain")),
])
def test_carriers_named_germs_and_delays(tmp_path: Path, sentence: str,
                                         expected: tuple[str, str, str]) -> None:
    """An animal that spreads it by biting, the germ named after 'the bacteria that cause X',
    and what a delay in treatment risks."""
    assert expected in relations_set(tmp_path, sentence, "Causes")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Some guidelines advocate short courses of steroid treatment.",
     ("steroid treatment", "used_for", TOPIC)),
    ("Some patients report benefit from longer steroid courses.",
     ("longer steroid courses", "effective_for", TOPIC)),
    ("Early treatment leads to resolution of the illness in most people.",
     ("early treatment", "effective_for", TOPIC)),
])
def test_what_guidelines_advocate_and_patients_benefit_from(tmp_path: Path, sentence: str,
                                                            expected: tuple[str, str, str]) -> None:
    """What guidelines advocate is used for it; what patients report benefit from, or what
    leads to the illness resolving, works; early recognition is no remedy."""
    assert expected in relations_set(tmp_path, sentence, "Treatment")
    got = relations_set(tmp_path, "Early recognition leads to resolution of the illness.",
                        "Treatment")
    assert not {g for g in got if g[1] == "effective_for"}


def test_an_item_too_long_to_name_is_read_by_its_members(tmp_path: Path) -> None:
    """'weakness or total paralysis on one side of the face that comes on within a day' names
    weakness; 'a drooping eyelid or corner of the mouth' names two drooping parts."""
    got = relations_set(tmp_path, "Symptoms include:\n- weakness or total paralysis on one side "
                                  "of the face that comes on within a day\n- a drooping eyelid "
                                  "or corner of the mouth\n- a cough", "Symptoms")
    assert {(TOPIC, "has_symptom", o) for o in (
        "weakness", "drooping eyelid", "drooping corner of the mouth")} <= got


def test_signs_named_by_another_class_word(tmp_path: Path) -> None:
    """Under a symptoms heading, 'Mouth changes may include ...' and 'Other features include
    ...' list signs."""
    got = relations_set(tmp_path, "Mouth changes may include cracked lips and a red tongue.\n\n"
                                  "Other features include a rash and joint pain.", "Symptoms")
    assert {(TOPIC, "has_symptom", o) for o in (
        "cracked lips", "red tongue", "rash", "joint pain")} <= got


@pytest.mark.parametrize(("label", "named"), [
    ("being unable to close your eye", "difficulty closing eye"),
    ("problems swallowing", "difficulty swallowing"),
    ("the appearance of the rash", "rash appearance"),
    ("problems with memory", "problems with memory"),
    ("problem areas", "problem areas"),
])
def test_what_one_cannot_do_is_a_difficulty(label: str, named: str) -> None:
    """'Unable to close the eye' and 'problems swallowing' are difficulties, named alike on
    every page; 'the appearance of the rash' is the rash's appearance."""
    from claimgraph.ingest.phrases import clean_phrase

    assert clean_phrase(label) == named


def test_arteries_veins_and_eyelids_are_body_sites(tmp_path: Path) -> None:
    """'the coronary arteries' and 'the eyelid' are places a condition reaches."""
    got = relations_set(tmp_path, "Grebble fever can affect the coronary arteries and the skin "
                                  "of the eyelid.", "Complications")
    assert {(TOPIC, "affects", "coronary arteries"), (TOPIC, "affects", "eyelid")} <= got


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Diagnosing grebble fever in the first week is crucial to prevent lasting damage.",
     ("early diagnosis", "prevents", "lasting damage")),
    # Early care of something else keeps what it treats (tests/test_false_claim_shapes.py).
    ("Treating any infection early is key to preventing serious complications.",
     ("early treatment of infection", "prevents", "complication")),
    ("Treating it early is key to preventing serious complications.",
     ("early treatment", "prevents", "complication")),
])
def test_a_timely_act_that_is_key_to_preventing_harm(tmp_path: Path, sentence: str,
                                                     expected: tuple[str, str, str]) -> None:
    """'Diagnosing it within days is crucial to prevent X': early diagnosis prevents X."""
    assert expected in relations_set(tmp_path, sentence, "Treatment")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Immunoglobulin may be considered in severe cases.", ("immunoglobulin", "used_for", TOPIC)),
    ("Clindamycin is added to cut toxin release.", ("clindamycin", "used_for", TOPIC)),
    ("Early surgical exploration is essential.",
     ("early surgical exploration", "used_for", TOPIC)),
    ("Any foreign body, such as a splinter, should be removed.",
     ("foreign body removal", "used_for", TOPIC)),
    ("First-line treatment is with penicillin plus clindamycin.",
     ("penicillin", "used_for", TOPIC)),
])
def test_clinical_treatment_wordings(tmp_path: Path, sentence: str,
                                     expected: tuple[str, str, str]) -> None:
    """Treatments clinical pages name: considered, added, essential, removed, X plus Y."""
    assert expected in relations_set(tmp_path, sentence, "Management")


def test_a_sentence_about_what_patients_need_is_no_list_member(tmp_path: Path) -> None:
    """'Patients need admission to intensive care.' on a line of its own is a sentence."""
    got = relations_set(tmp_path, "Patients need admission to intensive care.", "Management")
    assert not any(s.startswith("patients") for s, _, _ in got)


def test_ways_and_sentence_tails_are_no_means(tmp_path: Path) -> None:
    """'There are ways to speed recovery and reduce ...' names no means; a list item that is
    a sentence's tail ('started rising before ...') is no preventive act; 'in these areas' is
    cut from what people take."""
    got = relations_set(tmp_path, "There are ways to speed recovery and reduce the risk of "
                                  "complications.\n\nTaking safety steps in these areas can "
                                  "lower the risk of grebble fever.\n\nCases:\n- started rising "
                                  "before the vaccine came in\n- wash your hands", "Prevention")
    subjects = {s for s, p, _ in got if p == "prevents"}
    assert "safety steps" in subjects
    assert not {s for s in subjects if s.startswith(("ways", "started"))}


@pytest.mark.parametrize(("body", "heading"), [
    ("Complications include:\n- a stroke, where blood flow to the brain is blocked\n- a cough",
     "Complications"),
    ("The complications of grebble fever are mainly related to the heart.", "Complications"),
])
def test_what_describes_something_else_is_not_the_topics(tmp_path: Path, body: str,
                                                         heading: str) -> None:
    """How another condition in a list works, and the organ complications concern, say nothing
    of how the topic works or what it is."""
    got = relations_set(tmp_path, body, heading)
    assert not {g for g in got if g[1] == "involves"}
    assert ("heart", "associated_with", TOPIC) not in got


@pytest.mark.parametrize(("heading", "sentence", "expected"), [
    ("Treatment", "Steroids are the main treatment.", ("steroids", "used_for", TOPIC, "")),
    ("Treatment", "Bed rest is one of the best treatments.", ("bed rest", "used_for", TOPIC, "")),
    ("Treatment", "Painkillers can ease the aching.", ("painkillers", "targets", "aching", "")),
    ("Treatment", "Cool packs may soothe the itching.",
     ("cool packs", "targets", "itching", "hedged")),
    ("Treatment", "Doctors may prescribe pills to shorten the illness.",
     ("pills", "effective_for", TOPIC, "hedged")),
    ("Treatment", "Some people need a skin graft after the sores heal.",
     ("skin graft", "used_for", TOPIC, "")),
    ("Complications", "Some people lose a limb.", (TOPIC, "has_complication", "limb loss", "")),
    ("Complications", "A few patients lose their sight.",
     (TOPIC, "has_complication", "vision loss", "")),
    ("Causes", "Several kinds of fungus can cause it, including moor mould and fen mould.",
     ("fen mould", "causes", TOPIC, "")),
    ("Causes", "Attacks can be brought on by damp weather.",
     ("damp weather", "increases_risk_of", TOPIC, "")),
    ("Prevention", "To lower your risk, do not share towels.",
     ("sharing towels", "prevents", TOPIC, "negated ")),
])
def test_more_treatment_harm_and_cause_wordings(tmp_path: Path, heading: str, sentence: str,
                                                expected: tuple[str, ...]) -> None:
    """Remedies named without "for X", verbs that ease, what people need or lose, classes
    named with their members, and bare attacks of the illness."""
    assert expected in relations(tmp_path, sentence, heading)


def test_a_remedy_that_eases_outside_a_treatment_section_is_not_read(tmp_path: Path) -> None:
    """"The rash can ease" says how a sign goes, not what a remedy does."""
    got = relations(tmp_path, "The itching can ease after a week.", "Symptoms")
    assert not any(p == "targets" for _, p, _, _ in got)


def test_what_a_page_says_people_need_is_read_only_under_treatment(tmp_path: Path) -> None:
    assert not any(p == "used_for" for _, p, _, _ in relations(
        tmp_path, "Some people need a lot of sleep.", "Risk factors"))


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Surgery has been needed in some children with badly scarred lungs.",
     ("surgery", "used_for", "badly scarred lungs")),
    ("Oxygen is given to patients with breathing problems.",
     ("oxygen", "used_for", "breathing problems")),
    ("If your child develops kidney failure, they may need dialysis.",
     ("dialysis", "used_for", "kidney failure")),
    ("If you have grebble fever, you will need antibiotics.",
     ("antibiotics", "used_for", TOPIC)),
    ("Rest is advised, and quinine remains the single best treatment for it.",
     ("quinine", "used_for", TOPIC)),
])
def test_a_remedy_is_for_the_harm_of_the_people_given_it(tmp_path: Path, sentence: str,
                                                         expected: tuple[str, ...]) -> None:
    """A remedy given to people named by a harm treats that harm; the last clause names it."""
    got = relations_set(tmp_path, sentence, "Treatment")
    assert expected in got
    assert ("advised", "used_for", TOPIC) not in got


@pytest.mark.parametrize(("heading", "body", "named", "expected"), [
    ("Complications", "The germ can reach the knees (knee arthritis).", "knee arthritis", True),
    ("About", "The pulse may drop too low (known as heart block).", "heart block", True),
    ("Symptoms", "The eyes turn pink (conjunctivitis).", "conjunctivitis", False),
    ("About", "Grebble fever (grebble borreliosis) is spread by ticks.", "grebble borreliosis",
     False),
])
def test_a_harm_named_in_brackets(tmp_path: Path, heading: str, body: str, named: str,
                                  expected: bool) -> None:
    """A disease name in brackets after what happens is a complication; a sign's gloss under
    a symptoms heading, or another name of the topic, is not."""
    got = relations(tmp_path, body, heading)
    assert ((TOPIC, "has_complication", named, "") in got
            or (TOPIC, "has_complication", named, "hedged") in got) is expected


@pytest.mark.parametrize(("sentence", "test"), [
    ("Doctors usually diagnose it from your symptoms.", "symptom review"),
    ("The diagnosis is based on your medical history and a blood test.", "medical history"),
    ("The diagnosis is usually clinical.", "clinical diagnosis"),
    ("Most cases are diagnosed clinically.", "clinical diagnosis"),
    ("Your doctor may take a small sample of skin.", "skin biopsy"),
    ("Fluid may be drawn from a sore for testing.", "sore fluid test"),
])
def test_reviews_clinical_diagnosis_and_samples(tmp_path: Path, sentence: str, test: str) -> None:
    """What a doctor reviews, a diagnosis made from the signs alone, and samples taken."""
    got = relations_set(tmp_path, sentence, "Diagnosis")
    assert (TOPIC, "diagnosed_by", test) in got


def test_a_clinical_examination_is_no_clinical_diagnosis(tmp_path: Path) -> None:
    got = relations(tmp_path, "Diagnosis is made by clinical examination.", "Diagnosis")
    assert not any(o == "clinical diagnosis" for _, _, o, _ in got)


@pytest.mark.parametrize(("sentence", "factor"), [
    ("Using thick pads, especially for long periods, raises the risk.", "thick pads"),
    ("Having a weak immune system, for example from chemotherapy, makes it more likely.",
     "weak immune system"),
    ("The risk is higher for people who have kidney disease.", "kidney disease"),
    ("It is most common in adults aged 20 to 60.", "age 20 to 60"),
    ("It is more common in people between 30 and 50.", "age 30 to 50"),
])
def test_asides_risk_for_people_and_age_spans(tmp_path: Path, sentence: str,
                                              factor: str) -> None:
    """An aside between commas does not hide the verb; an age span stays whole."""
    got = relations_set(tmp_path, sentence, "Risk factors")
    assert (factor, "increases_risk_of", TOPIC) in got


@pytest.mark.parametrize(("sentence", "process"), [
    ("It seems to be an overreaction of the immune system.", "abnormal immune response"),
    ("This sets off a flood of chemicals called cytokines.", "cytokine release"),
    ("The poisons switch on huge numbers of immune cells.", "immune activation"),
    ("The germs make enzymes that break down the fascia.", "tissue death"),
])
def test_more_ways_an_illness_works(tmp_path: Path, sentence: str, process: str) -> None:
    """Overreactions, cytokines, immune cells switched on and tissue destroyed."""
    got = relations(tmp_path, sentence, "How it works")
    assert (TOPIC, "involves", process) in {(s, p, o) for s, p, o, _ in got}
    assert not any(p in ("has_complication", "has_symptom") and "cytokine" in o
                   for _, p, o, _ in got)


@pytest.mark.parametrize(("sentence", "act"), [
    ("The best way to avoid it is to keep sores clean.", "wound care"),
    ("The best way to prevent grebble fever is by washing your hands.", "washing hands"),
    ("One of the best ways to lower the risk is to wear gloves.", "wearing gloves"),
    ("If you use pads, change them every few hours.", "pad change"),
    # each thing avoided is an act of its own, as "avoid A, B and C" commands are
    ("Avoiding dust and mould can help.", "mould avoidance"),
    ("Good hygiene helps stop the spread.", "good hygiene"),
    ("Quitting smoking may reduce flare-ups.", "smoking cessation"),
    ("Pills may be given to close contacts to stop them getting ill.", "pills"),
])
def test_more_prevention_wordings(tmp_path: Path, sentence: str, act: str) -> None:
    """The best way to avoid it, commands about what you use, acts that help, the spread."""
    got = relations_set(tmp_path, sentence, "Prevention")
    assert (act, "prevents", TOPIC) in got
    assert not any(s.startswith("one of") for s, _, _ in got)


@pytest.mark.parametrize(("heading", "sentence", "harm"), [
    ("Complications", "Shock is the most serious complication.", "shock"),
    ("Complications", "Some patients develop scarring of the lungs, known as lung fibrosis.",
     "lung scarring"),
    ("Complications", "The germ can cause the blood pressure to drop sharply.",
     "low blood pressure"),
    ("Complications", "In severe cases it may progress to multiple organ failure.",
     "multiple organ failure"),
    ("Outlook", "In some people, the disease becomes chronic and causes lasting damage to "
                "the lungs.", "lasting lung damage"),
])
def test_more_complication_wordings(tmp_path: Path, heading: str, sentence: str,
                                    harm: str) -> None:
    """A complication named alone, what patients develop, a measure pushed out of range."""
    got = relations_set(tmp_path, sentence, heading)
    named = {"lung scarring", "lung fibrosis"} if harm == "lung scarring" else {harm}
    assert any((TOPIC, "has_complication", n) in got for n in named)
    assert not any(o in ("lungs", "lung") and p == "has_complication" for _, p, o in got)


def test_what_people_say_or_might_develop_under_complications_is_no_harm(
        tmp_path: Path) -> None:
    got = relations(tmp_path, "If you develop eye problems, see a doctor. Sufferers say they "
                              "have less time for work.", "Complications")
    assert not any(p == "has_complication" for _, p, _, _ in got)


@pytest.mark.parametrize("outcome", ["gangrene", "a stroke", "death"])
def test_grave_outcomes_in_a_symptom_list_are_complications(tmp_path: Path, outcome: str) -> None:
    got = relations_set(
        tmp_path, f"Symptoms can include:\n- fever\n- {outcome}", "Symptoms")
    label = outcome.removeprefix("a ")
    assert (TOPIC, "has_complication", label) in got
    assert (TOPIC, "has_symptom", label) not in got


def test_where_and_when_a_sign_shows_are_not_part_of_its_name(tmp_path: Path) -> None:
    """"a round rash at the site of the bite, usually around 3 to 30 days after" is a round
    rash; the time after the comma names nothing."""
    got = relations(tmp_path, "Many people with grebble fever develop a round rash at the "
                              "site of the bite, usually around 3 to 30 days after it.",
                    "Symptoms")
    assert (TOPIC, "has_symptom", "round rash", "") in got
    assert not any(o.startswith("around") for _, _, o, _ in got)


@pytest.mark.parametrize(("sentence", "sign", "flags"), [
    ("Your child may be very irritable.", "irritability", "hedged"),
    ("You can feel dizzy.", "dizziness", ""),  # "can feel", like "may notice", lists
    ("People are not usually confused.", "confusion", "negated "),
    ("Babies may still be in a lot of pain.", "pain", "hedged"),
])
def test_how_people_are_said_to_be_is_a_sign(tmp_path: Path, sentence: str, sign: str,
                                             flags: str) -> None:
    """Under a symptoms heading, how people are or feel names a sign; a pulse that is weak
    is no person's weakness."""
    got = relations(tmp_path, sentence + " The pulse is weak.", "Symptoms")
    assert (TOPIC, "has_symptom", sign, flags) in got
    assert not any(o == "weakness" for _, _, o, _ in got)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The most common organism is Kelvin bacterium.", ("kelvin bacterium", "causes")),
    ("Rho bacterium is the most frequently isolated organism.", ("rho bacterium", "causes")),
    ("Kelvin bacterium accounts for most cases.", ("kelvin bacterium", "causes")),
    ("Entry is usually through a cut.", ("cut", "increases_risk_of")),
    ("It is seen in association with recent surgery.", ("recent surgery", "associated_with")),
    ("Incidence is higher in women.", ("female sex", "increases_risk_of")),
    ("It predominantly affects adults between 20 and 40.", ("age 20 to 40", "increases_risk_of")),
    ("Both gout and kidney stones increase susceptibility.", ("kidney stones",
                                                              "increases_risk_of")),
    ("It may arise in genetically susceptible people.", ("genetic susceptibility",
                                                         "increases_risk_of")),
])
def test_clinical_cause_and_risk_wordings(tmp_path: Path, sentence: str,
                                          expected: tuple[str, str]) -> None:
    """How clinical pages name the usual germ, the way in, and who is more often affected."""
    got = relations_set(tmp_path, sentence, "Causes")
    assert (*expected, TOPIC) in got


def test_a_sign_named_by_its_site_or_a_bulls_eye_names_no_site(tmp_path: Path) -> None:
    """"Muscle pain" is a sign, not a word that the illness affects the muscles; a rash like
    a bull's-eye has no eye in it.  A part named on its own is still a site."""
    got = relations(tmp_path, "Symptoms include muscle pain and a rash like a bull's-eye. "
                              "The knees may swell.", "Symptoms")
    sites = {o for _, p, o, _ in got if p == "affects"}
    assert "knees" in sites
    assert not sites & {"muscle", "muscles", "eye"}


def test_trouble_with_faculties_names_each_problem(tmp_path: Path) -> None:
    """"trouble with memory and concentration" names two problems, not memory itself."""
    got = relations_set(
        tmp_path, "Grebble fever can lead to trouble with memory and concentration.", "About")
    assert {(TOPIC, "has_complication", "memory problems"),
            (TOPIC, "has_complication", "concentration problems")} <= got


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Steroids are the first-line therapy for symptomatic patients.",
     ("steroids", "used_for", TOPIC, "")),
    ("Patients who do not respond to steroids may receive quinine.",
     ("quinine", "used_for", TOPIC, "hedged")),
])
def test_remedies_for_people_and_what_patients_receive(tmp_path: Path, sentence: str,
                                                       expected: tuple[str, ...]) -> None:
    """A remedy for some patients is for the topic; a clause about the patients ("who do not
    respond") denies nothing of what they receive."""
    assert expected in relations(tmp_path, sentence, "Treatment")


@pytest.mark.parametrize(("sentence", "sign"), [
    ("Others have a dry cough or chest pain.", "dry cough"),
    ("Pain is often much worse than the wound looks.", "severe pain"),
])
def test_what_others_have_and_pain_out_of_proportion(tmp_path: Path, sentence: str,
                                                     sign: str) -> None:
    assert (TOPIC, "has_symptom", sign, "") in relations(tmp_path, sentence, "Symptoms")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Other conditions that can look similar include gout and cellulitis.",
     (TOPIC, "resembles", "cellulitis")),
    ("It must be told apart from gout.", (TOPIC, "resembles", "gout")),
    ("Surgical exploration is the only way to make a firm diagnosis.",
     (TOPIC, "diagnosed_by", "surgical exploration")),
    ("The diagnosis is confirmed by finding the germ in a tissue sample.",
     (TOPIC, "diagnosed_by", "tissue sample")),
    ("Doctors use a score based on blood results to estimate the risk.",
     (TOPIC, "diagnosed_by", "blood results")),
])
def test_look_alikes_and_ways_to_diagnose(tmp_path: Path, sentence: str,
                                          expected: tuple[str, str, str]) -> None:
    """What looks like the topic, the only way to be sure, what a germ is found in."""
    got = relations_set(tmp_path, sentence, "Diagnosis")
    assert expected in got or (expected[2] == "tissue sample"
                               and (TOPIC, "diagnosed_by", "biopsy") in got)
    assert not any(o.startswith(("other causes", "blood results to")) for _, _, o in got)


def test_other_causes_of_a_sign_are_no_look_alike(tmp_path: Path) -> None:
    got = relations(tmp_path, "It must be told apart from other causes of fever.", "Diagnosis")
    assert not any(p == "resembles" for _, p, _, _ in got)


def test_short_answers_under_question_headings(tmp_path: Path) -> None:
    """A question-and-answer page: "Who gets it? Mostly older adults and people with gout."
    names risks; "What causes it? A germ called the moor virus." names a cause."""
    page = tmp_path / "faq.txt"
    page.write_text("Grebble fever: questions\n\nWhat is grebble fever?\nGrebble fever is a rare "
                    "infection.\n\nWho gets grebble fever?\nMostly older adults and people with "
                    "gout.\n\nWhat causes it?\nA germ called the moor virus.\n", encoding="utf-8")
    cs, _, _ = extract_corpus([page], progress=False)
    got = {(cs.label(c.subject), c.predicate) for c in cs.claims if c.object is not None}
    assert ("gout", "increases_risk_of") in got
    assert {("older age", "increases_risk_of"), ("older adults", "increases_risk_of")} & got
    assert any(s == "moor virus" and p in ("causes", "contributes_to") for s, p in got)


@pytest.mark.parametrize("sentence", ["Keeping sores clean is the best protection.",
                                      "A vaccine is the best protection against grebble fever."])
def test_the_best_protection_prevents(tmp_path: Path, sentence: str) -> None:
    got = relations(tmp_path, sentence, "Prevention")
    assert any(p == "prevents" and o == TOPIC for _, p, o, _ in got)


def test_a_hedge_earlier_in_the_lead_paragraph_does_not_hedge_the_list(tmp_path: Path) -> None:
    """"It may spread in days. People may have signs such as:" lists them, undoubted."""
    got = relations(tmp_path, "If untreated, it may spread in days. People may have signs such "
                              "as:\n- fever\n- joint pain", "Symptoms")
    assert (TOPIC, "has_symptom", "fever", "") in got


@pytest.mark.parametrize(("heading", "sentence", "expected"), [
    ("Treatment", "Pills do not work against it because it is caused by a virus.",
     ("virus", "causes", TOPIC, "")),
    ("Treatment", "Pills do not work against it because it is caused by a virus.",
     ("pills", "effective_for", TOPIC, "negated ")),
    ("Treatment", "There is little evidence that honey helps.",
     ("honey", "effective_for", TOPIC, "negated ")),
    ("Treatment", "Neither aspirin nor ibuprofen helps.",
     ("ibuprofen", "effective_for", TOPIC, "negated ")),
    ("Causes", "Contrary to popular belief, cold weather does not cause it.",
     ("cold weather", "causes", TOPIC, "negated ")),
])
def test_negation_scope_and_more_denials(tmp_path: Path, heading: str, sentence: str,
                                         expected: tuple[str, ...]) -> None:
    """A denial stops at "because"; little evidence and "neither ... nor" deny; "does not
    cause it" names the topic."""
    assert expected in relations(tmp_path, sentence, heading)


def test_a_symptoms_heading_causes_nothing(tmp_path: Path) -> None:
    got = relations(tmp_path, "Symptoms & causes", "About")
    assert not any(s.startswith("symptom") for s, _, _, _ in got)


@pytest.mark.parametrize(("sentence", "harm"), [
    ("Survivors may have long-term problems such as tiredness and joint pain.", "joint pain"),
    ("Most people recover, but some need a limb removed.", "amputation"),
])
def test_lasting_problems_and_parts_removed(tmp_path: Path, sentence: str, harm: str) -> None:
    got = relations_set(tmp_path, sentence, "Outlook")
    assert (TOPIC, "has_complication", harm) in got


def test_a_second_verb_phrase_after_and_to_names_nothing(tmp_path: Path) -> None:
    """"more likely to get it and to get it badly": smoking raises the risk of the topic."""
    got = relations(tmp_path, "People who smoke are more likely to get it and to get it badly.",
                    "Risk factors")
    assert ("smoking", "increases_risk_of", TOPIC, "") in got


@pytest.mark.parametrize(("heading", "sentence", "expected"), [
    ("About", "Risk factors include a family history of the disease and exposure to certain "
              "dusts.", ("exposure to certain dusts", "increases_risk_of", TOPIC)),
    ("About", "Risk factors include a family history of the disease.",
     ("family history", "increases_risk_of", TOPIC)),
    ("About", "Treatment with steroids is usually effective.",
     ("steroids", "effective_for", TOPIC)),
    ("About", "Diagnosis is by biopsy.", (TOPIC, "diagnosed_by", "biopsy")),
])
def test_encyclopedia_lead_wordings(tmp_path: Path, heading: str, sentence: str,
                                    expected: tuple[str, str, str]) -> None:
    """Dense lead paragraphs: an exposure's head is "exposure", "of the disease" is the
    topic, "treatment with X" is X, "diagnosis is by X"."""
    got = relations_set(tmp_path, sentence, heading)
    assert expected in got


@pytest.mark.parametrize(("sentence", "source"), [
    ("You can get grebble fever from eating undercooked meat.", "eating undercooked meat"),
    ("It's caught by breathing in spores.", "breathing in spores"),
    ("The infection spreads through contact with infected blood.",
     "contact with infected blood"),
    ("People usually become infected after swimming in warm sea water.",
     "swimming in warm sea water"),
])
def test_more_ways_it_is_caught(tmp_path: Path, sentence: str, source: str) -> None:
    """How it is caught: from, by, through what, after doing what."""
    got = relations_set(tmp_path, sentence, "Causes")
    assert (source, "increases_risk_of", TOPIC) in got


def test_the_bite_of_an_animal_is_its_bite(tmp_path: Path) -> None:
    got = relations(tmp_path, "Humans get grebble fever from the bite of a flea carrying the "
                              "germ.", "Causes")
    assert ("flea bite", "increases_risk_of", TOPIC, "") in got


def test_a_hedge_in_a_following_clause_about_you_hedges_nothing_before(tmp_path: Path) -> None:
    """"It starts with a headache, and you are likely to feel unwell": the headache is stated."""
    got = relations(tmp_path, "Grebble fever usually starts with a headache and fever, and you "
                              "are likely to feel unwell.", "Symptoms")
    assert (TOPIC, "has_symptom", "headache", "") in got


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Grebble fever is characterized by muscle weakness.",
     (TOPIC, "has_symptom", "muscle weakness")),
    ("Grebble fever is marked by swollen glands.", (TOPIC, "has_symptom", "swollen glands")),
    ("The hallmark of grebble fever is a purple rash.", (TOPIC, "has_symptom", "purple rash")),
    ("The first sign of grebble fever is often a blister.", (TOPIC, "has_symptom", "blister")),
    ("The most common symptom of grebble fever is a sore throat.",
     (TOPIC, "has_symptom", "sore throat")),
    ("People who have grebble fever often get a headache.", (TOPIC, "has_symptom", "headache")),
    ("Grebble fever mostly affects older adults.", ("older age", "increases_risk_of", TOPIC)),
    # (at risk by age and by sex: young age and female sex, each a factor)
    ("Grebble fever affects mainly young women.", ("female sex", "increases_risk_of", TOPIC)),
    ("Grebble fever can be confirmed with a skin biopsy.",
     (TOPIC, "diagnosed_by", "skin biopsy")),
])
def test_clinical_and_everyday_wordings_of_signs_groups_and_tests(
        tmp_path: Path, sentence: str, expected: tuple[str, str, str]) -> None:
    """How reference pages say what marks a condition, whom it affects and what confirms it."""
    assert expected in relations_set(tmp_path, sentence)


@pytest.mark.parametrize("sentence", [
    "People who smoke often get a cough.",  # people with another trait, not with the topic
    "Grebble fever affects about 2 people in every 1,000.",  # a figure, not a group
    "The hallmark of a healthy diet is variety.",  # another thing's hallmark
    "Signs of dehydration include a dry mouth.",  # another thing's signs
])
def test_wordings_that_name_no_sign_or_group_of_the_topic(tmp_path: Path, sentence: str) -> None:
    """The same wordings about other things or figures give the topic no sign or risk."""
    got = relations_set(tmp_path, sentence)
    assert not {g for g in got if g[1] in ("has_symptom", "increases_risk_of") and TOPIC in g}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Symptoms of quorl neuralgia include burning pain.",
     ("quorl neuralgia", "has_symptom", "burning pain")),
    ("The main symptom of quorl neuralgia is burning pain.",
     ("quorl neuralgia", "has_symptom", "burning pain")),
    ("Complications of quorl neuralgia include depression.",
     ("quorl neuralgia", "has_complication", "depression")),
    ("Treatments for quorl neuralgia include borvacillin.",
     ("borvacillin", "used_for", "quorl neuralgia")),
    # The topic's own lists, by any name: a form of it, "the condition", its kind of illness.
    ("Symptoms of severe grebble fever include confusion.", (TOPIC, "has_symptom", "confusion")),
    ("Symptoms of the condition include a rash.", (TOPIC, "has_symptom", "rash")),
    ("Symptoms of infection include a cough.", (TOPIC, "has_symptom", "cough")),
])
def test_a_list_of_another_things_signs_is_that_things(
        tmp_path: Path, sentence: str, expected: tuple[str, str, str]) -> None:
    """"Symptoms of X include": X has them; the topic only when X is the topic."""
    got = relations_set(tmp_path, sentence)
    assert expected in got
    assert len(got) == 1


def test_a_bound_after_or_is_no_sign(tmp_path: Path) -> None:
    """"a temperature of 38C or above" names one sign; "above" is none."""
    got = relations_set(tmp_path, "The main symptom of grebble fever is a high temperature "
                                  "of 38C or above.")
    assert got == {(TOPIC, "has_symptom", "high temperature")}


@pytest.mark.parametrize(("sentence", "harm"), [
    ("Grebble fever can damage the liver.", "liver damage"),
    ("It can also damage the liver.", "liver damage"),
    ("The infection can quickly damage other organs.", "organ damage"),
    ("Grebble fever can cause the kidneys to stop working.", "kidney failure"),
    ("The toxins can cause the blood pressure to fall dangerously low.", "low blood pressure"),
    ("Survivors may be left with severe scarring.", "severe scarring"),
])
def test_what_the_topic_does_to_organs_is_a_complication(tmp_path: Path, sentence: str,
                                                          harm: str) -> None:
    """The topic, its germ or its toxins harming an organ, or survivors left with a harm."""
    assert relations_set(tmp_path, sentence) == {(TOPIC, "has_complication", harm)}


def test_each_organ_of_a_list_harmed_is_a_complication(tmp_path: Path) -> None:
    """"It can damage the kidneys, liver and heart" harms three organs, not one."""
    got = relations_set(tmp_path, "It can damage the kidneys, liver and heart.")
    assert {(TOPIC, "has_complication", f"{o} damage") for o in ("kidney", "liver", "heart")} == {
        g for g in got if g[1] == "has_complication"}


@pytest.mark.parametrize("sentence", ["Smoking can damage the lungs.",
                                      "Borvacillin may damage the kidneys."])
def test_what_other_things_do_to_organs_is_no_complication(tmp_path: Path,
                                                           sentence: str) -> None:
    """Another thing harming an organ gives the topic no complication."""
    assert not {g for g in relations_set(tmp_path, sentence) if g[1] == "has_complication"}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Most patients need to be treated in intensive care.",
     ("intensive care treatment", "used_for", TOPIC)),
    ("Most patients are given borvacillin.", ("borvacillin", "used_for", TOPIC)),
])
def test_most_patients_are_the_people_treated(tmp_path: Path, sentence: str,
                                              expected: tuple[str, str, str]) -> None:
    """"Most patients" and "many people" are people with the topic, as "patients" are."""
    assert expected in relations_set(tmp_path, sentence)


def test_the_kind_a_page_defines_its_topic_as_is_the_topic(tmp_path: Path) -> None:
    """On a page defining X as an infection, "the risk of infection" is the risk of X."""
    page = tmp_path / "page.txt"
    page.write_text("Grebble fever\n\nGrebble fever is a serious bacterial infection of the "
                    "skin.\n\nPrevention\nGood hygiene reduces the risk of infection.\n",
                    encoding="utf-8")
    cs, _, _ = extract_corpus([page], progress=False)
    got = {(cs.label(c.subject), c.predicate, cs.label(c.object)) for c in cs.claims}
    assert ("good hygiene", "prevents", TOPIC) in got
    # Defined as an illness, the same page's "infection" is another thing.
    page.write_text("Grebble fever\n\nGrebble fever is a rare illness of the skin.\n\n"
                    "Prevention\nGood hygiene reduces the risk of infection.\n", encoding="utf-8")
    cs, _, _ = extract_corpus([page], progress=False)
    got = {(cs.label(c.subject), c.predicate, cs.label(c.object)) for c in cs.claims}
    assert ("good hygiene", "prevents", "infection") in got


def test_the_only_way_to_confirm_it_names_the_means(tmp_path: Path) -> None:
    """"Surgery is often the only way to confirm the diagnosis": surgery, not "only way"."""
    got = relations_set(tmp_path, "Surgery is often the only way to confirm the diagnosis.",
                        "Diagnosis")
    assert got == {(TOPIC, "diagnosed_by", "surgery")}


@pytest.mark.parametrize(("sentence", "expected", "not_expected"), [
    ("This leads to a massive release of cytokines.", (TOPIC, "involves", "cytokine release"),
     (TOPIC, "has_complication", "massive release of cytokines")),
    ("In grebble fever, immune cells form small clumps called granulomas.",
     (TOPIC, "involves", "granulomas"), None),
    ("The infection spreads along the fascia.", (TOPIC, "affects", "fascia"), None),
])
def test_how_it_works_and_where(tmp_path: Path, sentence: str, expected: tuple[str, str, str],
                                not_expected: tuple[str, str, str] | None) -> None:
    """A flood of molecules is how it works, not a harm; named clumps are its mechanism."""
    got = relations_set(tmp_path, sentence)
    assert expected in got
    assert not_expected not in got


@pytest.mark.parametrize(("sentence", "signs"), [
    ("The skin may become red, swollen and hot to the touch.",
     {"skin redness", "skin swelling", "skin warmth"}),
    ("As it gets worse, the skin may turn purple or black.", {"skin discolouration"}),
    ("The affected area may feel numb.", {"numbness"}),
    ("A sudden high fever is common.", {"sudden high fever"}),
    ("The joints may be painful.", {"joint pain"}),
    ("Later on, the skin will often be tender.", {"skin tenderness"}),
])
def test_a_body_part_in_a_state_under_symptoms_is_a_sign(tmp_path: Path, sentence: str,
                                                         signs: set[str]) -> None:
    """What a part of the body becomes, under a symptoms heading, is a sign of the topic."""
    got = relations_set(tmp_path, sentence, "Symptoms")
    assert {o for s, p_, o in got if s == TOPIC and p_ == "has_symptom"} == signs


@pytest.mark.parametrize("sentence", ["Early symptoms are often mild.",
                                      "The weather is usually red hot in summer."])
def test_states_of_no_body_part_are_no_signs(tmp_path: Path, sentence: str) -> None:
    """Vague words and things that are no part of the body give no sign."""
    assert not {g for g in relations_set(tmp_path, sentence, "Symptoms") if g[1] == "has_symptom"}


def test_going_into_shock_is_a_complication(tmp_path: Path) -> None:
    """"Later, patients may go into shock": a complication, hedged."""
    got = relations(tmp_path, "Later, patients may go into shock.")
    assert (TOPIC, "has_complication", "shock", "hedged") in got


@pytest.mark.parametrize(("heading", "sentence", "expected"), [
    ("Prevention", "Clean any cuts and cover them with a dressing.",
     {("wound cleaning", "prevents", TOPIC, ""), ("wound covering", "prevents", TOPIC, "")}),
    ("Prevention", "Never share towels with other people.",
     {("sharing towel avoidance", "prevents", TOPIC, "")}),
])
def test_commands_under_a_prevention_heading_are_acts(
        tmp_path: Path, heading: str, sentence: str, expected: set[tuple[str, ...]]) -> None:
    """Advice written as a command is each act it names; "them" is the thing before it."""
    assert relations(tmp_path, sentence, heading) == expected


@pytest.mark.parametrize(("heading", "body", "expected"), [
    ("How is it treated?", "With antibiotics and surgery. Many people also need fluids.",
     {("antibiotics", "used_for", TOPIC), ("surgery", "used_for", TOPIC)}),
    ("Can it be prevented?", "Yes. Wash your hands often.",
     {("washing hands", "prevents", TOPIC)}),
    ("What are the complications?", "Loss of a limb, scarring and, in some cases, death.",
     {(TOPIC, "has_complication", "loss of a limb"), (TOPIC, "has_complication", "scarring"),
      (TOPIC, "has_complication", "death")}),
])
def test_a_short_answer_under_a_question_heading_is_its_list(
        tmp_path: Path, heading: str, body: str, expected: set[tuple[str, str, str]]) -> None:
    """The first sentence of an answer (after a bare yes) lists what the question asks for."""
    assert expected <= relations_set(tmp_path, body, heading)


def test_a_period_timing_the_diagnosis_is_the_diagnosis(tmp_path: Path) -> None:
    """'Diagnosing it within 10 days' times the diagnosis, not the illness, though a bare
    'diagnosis' is no entity of a relation."""
    page = tmp_path / "page.txt"
    page.write_text("Grebble fever\n\nGrebble fever is a rare illness.\n\nAbout\n"
                    "Diagnosing grebble fever within the first 10 days is vital.\n",
                    encoding="utf-8")
    cs, _, _ = extract_corpus([page], progress=False)
    assert {(cs.label(c.subject), c.measure.kind, c.measure.value)
            for c in cs.claims if c.measure is not None} == {("diagnosis", "duration", 10.0)}


@pytest.mark.parametrize("lead", [
    "Other conditions with similar symptoms include:",
    "Conditions that can look similar include:",
    "Grebble fever can be mistaken for:",
    "Your doctor will want to rule out other conditions, such as:",
    "Doctors need to tell it apart from:",
    "The symptoms can be similar to those of:",
])
def test_look_alikes_listed_after_a_lead(tmp_path: Path, lead: str) -> None:
    """Items after a lead-in that names look-alikes are what the topic resembles, never its
    signs (a lead that says "similar symptoms" is no list of symptoms)."""
    got = relations_set(tmp_path, f"{lead}\n- marsh flu\n- tarn pox", "Overview")
    assert {(TOPIC, "resembles", "marsh flu"), (TOPIC, "resembles", "tarn pox")} <= got
    assert not {g for g in got if g[1] in ("has_symptom", "diagnosed_by")}


@pytest.mark.parametrize(("body", "heading", "expected", "absent"), [
    # under a "Differential diagnosis" heading, the items are look-alikes, not tests
    ("- marsh flu\n- tarn pox", "Differential diagnosis",
     {(TOPIC, "resembles", "marsh flu")}, {"diagnosed_by"}),
    # a lead that lists tests keeps them tests
    ("Tests to rule out other causes include:\n- a blood test\n- a chest X-ray", "Diagnosis",
     {(TOPIC, "diagnosed_by", "blood test")}, {"resembles"}),
    ("Grebble fever is sometimes confused with other illnesses, such as marsh flu.", "Overview",
     {(TOPIC, "resembles", "marsh flu")}, {"increases_risk_of"}),
    ("Your doctor may do tests to rule out other causes of your symptoms, such as marsh flu.",
     "Overview", {(TOPIC, "resembles", "marsh flu")}, set()),
])
def test_look_alikes_and_ruling_out(tmp_path: Path, body: str, heading: str,
                                    expected: set[tuple[str, str, str]],
                                    absent: set[str]) -> None:
    """What must be ruled out or is confused with it resembles it; tests stay tests."""
    got = relations_set(tmp_path, body, heading)
    assert expected <= got
    assert not {g for g in got if g[1] in absent}


def test_a_test_that_rules_out_is_not_denied(tmp_path: Path) -> None:
    """"Blood tests can rule out X": "out" is the test's own word, not a denial of it."""
    got = relations(tmp_path, "Blood tests can rule out other conditions.", "Overview")
    assert (TOPIC, "diagnosed_by", "blood tests", "") in got


def test_what_a_needed_remedy_removes_is_not_the_remedy(tmp_path: Path) -> None:
    """"Surgery to remove dead tissue is needed": surgery is used for it and targets the
    tissue; the tissue is no remedy."""
    got = relations_set(tmp_path, "Surgery to remove dead tissue is usually needed.", "Overview")
    assert {("surgery", "used_for", TOPIC), ("surgery", "targets", "dead tissue")} <= got
    assert ("dead tissue", "used_for", TOPIC) not in got


@pytest.mark.parametrize(("sentence", "heading", "expected", "absent"), [
    # the medicines' use inside the phrase is no purpose of the first one; the examples work
    # (or not) on what the sentence is about
    ("The swelling won't respond to borvacillin or drugs normally used to lower swelling, "
     "such as quorlacin and tarnofen.", "Overview",
     {("quorlacin", "effective_for", "swelling"), ("tarnofen", "effective_for", "swelling")},
     {"targets"}),
    ("You will be given borvacillin drops, plus a cream for the night.", "Treatment",
     {("cream for the night", "used_for", TOPIC)}, set()),
    ("The blisters are often diagnosed by their appearance.", "Overview",
     {(TOPIC, "diagnosed_by", "blisters appearance")}, set()),
])
def test_remedies_and_tests_named_inside_a_phrase(tmp_path: Path, sentence: str, heading: str,
                                                  expected: set[tuple[str, str, str]],
                                                  absent: set[str]) -> None:
    """Medicines named by their use and examples, "plus X", a sign's own look."""
    got = relations_set(tmp_path, sentence, heading)
    assert expected <= got
    assert not {g for g in got if g[1] in absent}
    assert not {x for _, _, o in got for x in (o,) if x.startswith(("plus ", "its "))}


def test_commonly_used_medications_name_no_remedy(tmp_path: Path) -> None:
    """"Commonly used medications to treat it include:" leads a list; it is not one."""
    got = relations_set(tmp_path, "Commonly used drugs to treat grebble fever in children "
                        "include:\n- borvacillin", "Treatment")
    assert ("borvacillin", "used_for", TOPIC) in got
    assert not {s for s, _, _ in got if "drugs" in s}


@pytest.mark.parametrize(("sentence", "expected", "absent"), [
    ("The use of borvacillin to reduce the swelling in adults is supported by good evidence.",
     {("borvacillin", "effective_for", TOPIC)}, set()),
    # what surgery puts right is what it is used for, not the page's topic
    ("Now and then an operation is needed to repair a torn heart valve.",
     {("operation", "used_for", "torn heart valve")}, {("operation", "used_for", TOPIC)}),
])
def test_evidence_for_a_remedy_and_what_it_puts_right(tmp_path: Path, sentence: str,
                                                      expected: set[tuple[str, str, str]],
                                                      absent: set[tuple[str, str, str]]) -> None:
    """"X is supported by evidence" says it works; "needed to repair Y" says what it is for."""
    got = relations_set(tmp_path, sentence, "Overview")
    assert expected <= got
    assert not got & absent


@pytest.mark.parametrize(("sentence", "heading", "remedy"), [
    ("Almost all patients need intensive care.", "Overview", "intensive care"),
    ("Survivors may need skin grafts.", "Overview", "skin grafts"),
    ("About half of patients require surgery.", "Outlook", "surgery"),
    ("Smokers need more vitamin C.", "Overview", None),  # no remedy for it, nor its people
    ("Many people need time off work.", "Overview", None),
])
def test_people_who_need_a_remedy_in_general_text(tmp_path: Path, sentence: str, heading: str,
                                                  remedy: str | None) -> None:
    """Outside a treatment section, what people need is a remedy only when it is named as
    one."""
    got = {g for g in relations_set(tmp_path, sentence, heading) if g[1] == "used_for"}
    assert got == ({(remedy, "used_for", TOPIC)} if remedy else set())


@pytest.mark.parametrize(("sentence", "remedy"), [
    ("Antibiotics are of no use against grebble fever.", "antibiotics"),
    ("Borvacillin has no effect on grebble fever.", "borvacillin"),
    ("There is no role for quorlacin.", "quorlacin"),
])
def test_remedies_said_not_to_work(tmp_path: Path, sentence: str, remedy: str) -> None:
    """What pages say is of no use, has no effect or has no role is denied to work."""
    got = relations(tmp_path, sentence, "Overview")
    assert (remedy, "effective_for", TOPIC, "negated ") in got
    assert not {g for g in got if g[0] == remedy and not g[3].startswith("negated")}


@pytest.mark.parametrize(("body", "expected"), [
    ("Your doctor may start you on a steroid medicine. This is usually borvacillin; 40mg a day.",
     {("borvacillin", "used_for", TOPIC)}),
    ("You may be given antiviral tablets. It is normally quorlacin.",
     {("quorlacin", "used_for", TOPIC)}),
    # not a remedy named back: no remedy just before, or no name after "This is"
    ("Grebble fever is rare. This is usually harmless.", set()),
    ("You may be given antiviral tablets. This is important.", set()),
])
def test_a_remedy_named_back(tmp_path: Path, body: str,
                             expected: set[tuple[str, str, str]]) -> None:
    """"This is usually X" right after a remedy names which one is used."""
    got = relations_set(tmp_path, body, "Treatment")
    named = {g for g in got if g[1] == "used_for" and g[0] not in (
        "steroid medicine", "antiviral tablets")}
    assert named == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Emotional support should be provided from the start.",
     {("emotional support", "used_for", TOPIC)}),
    ("Information is provided by the health service.", set()),  # no care provided
])
def test_care_that_is_provided(tmp_path: Path, sentence: str,
                               expected: set[tuple[str, str, str]]) -> None:
    """Care said to be provided is used for the topic; anything else provided is not."""
    got = {g for g in relations_set(tmp_path, sentence, "Overview") if g[1] == "used_for"}
    assert got == expected
