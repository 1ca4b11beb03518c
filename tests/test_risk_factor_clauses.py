"""Risk factors stated as clauses, adjectives and agent nouns are named as noun phrases."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.ingest.extract import extract_corpus
from claimgraph.ingest.factor_clauses import bare_act, clause_factor
from claimgraph.ingest.state_nouns import people_state

from .grebble_pages import relations

TOPIC = "grebble fever"
RISK = "increases_risk_of"


@pytest.mark.parametrize(("member", "factor"), [
    ("having had surgery", "surgery"),
    ("have recently had a burn", "burn"),
    ("being older", "older age"),
    ("being younger", "young age"),
    ("if you smoke", "smoking"),
    ("when they drink heavily", "drinking"),
    ("a weak immune system", "a weak immune system"),
    ("having a weak immune system", "having a weak immune system"),
])
def test_clause_factor_names_the_factor(member: str, factor: str) -> None:
    """A member said as a clause comes back as its factor; other members as they were."""
    assert clause_factor(member) == factor


@pytest.mark.parametrize(("words", "factor"), [
    ("obese", "obesity"),
    ("obese people", "obesity"),
    ("diabetics", "diabetes"),
    ("obese adults", "obesity"),
    ("frail", "frailty"),
    ("smokers", "smoking"),
    ("heavy drinkers", "heavy drinking"),
    ("hikers", "hiking"),
    ("riders", "riding"),
    ("singers", "singing"),
    ("swimmers", "swimming"),
    ("farmers", None),
    ("workers", None),
    ("letters", None),
    ("summer", None),
    ("kidney disease", None),
    ("blisters", None),
    ("tall", None),
])
def test_people_state_names_what_people_are_or_do(words: str, factor: str | None) -> None:
    """People named by a state or an act name that state or act; roles and things name none."""
    assert people_state(words) == factor


def test_bare_act_only_for_verbs() -> None:
    """A bare verb is its act; a noun or a state verb is none."""
    assert (bare_act("smoke"), bare_act("diabetes"), bare_act("have diabetes")) == (
        "smoking", None, None)


@pytest.mark.parametrize(("sentence", "expected"), [
    # "more at risk of Y if": the condition names the factor
    ("You're more at risk of grebble fever if you have kidney disease.",
     {("kidney disease", RISK, TOPIC)}),
    # a member that repeats "if you" is an act
    ("You're more at risk if you have kidney disease or if you smoke.",
     {("kidney disease", RISK, TOPIC), ("smoking", RISK, TOPIC)}),
    # gerund and state members of an inline list
    ("Risk factors include having had marsh flu, being older and having a weak immune system.",
     {("marsh flu", RISK, TOPIC), ("older age", RISK, TOPIC),
      ("weak immune system", RISK, TOPIC)}),
    # a rising risk with no object named is the topic's
    ("The risk increases with age.", {("older age", RISK, TOPIC)}),
    ("Your risk goes up as you get older.", {("older age", RISK, TOPIC)}),
    # people named by what they do or are
    ("Smokers are at higher risk.", {("smoking", RISK, TOPIC)}),
    ("Grebble fever is more common in obese people.", {("obesity", RISK, TOPIC)}),
])
def test_risk_clauses_in_sentences(tmp_path: Path, sentence: str,
                                   expected: set[tuple[str, str, str]]) -> None:
    """Risk sentences whose factors are clauses give the factors as noun phrases."""
    assert expected <= relations(tmp_path, sentence)


def test_if_you_list_of_acts_and_states(tmp_path: Path) -> None:
    """Under "more likely if you:", a bare verb is its act and an adjective its state."""
    body = "You are more likely to get grebble fever if you:\n- smoke\n- are obese\n"
    got = relations(tmp_path, body)
    assert {("smoking", RISK, TOPIC), ("obesity", RISK, TOPIC)} <= got
    assert not {("smoke", RISK, TOPIC), ("obese", RISK, TOPIC)} & got


def test_a_rising_risk_of_another_thing_stays_its_own(tmp_path: Path) -> None:
    """"The risk of marsh flu increases with age" is about marsh flu, not the topic."""
    got = relations(tmp_path, "The risk of marsh flu increases with age.")
    assert ("older age", RISK, "marsh flu") in got
    assert ("older age", RISK, TOPIC) not in got


@pytest.mark.parametrize("sentence", [
    "Grebble fever is a rare but serious infection caused by Quentella vorlaxii.",
    "Grebble fever is a serious infection, usually caused by Quentella vorlaxii.",
    "Grebble fever is a rare, life-threatening condition caused by Quentella vorlaxii.",
])
def test_a_definition_says_what_causes_the_topic(tmp_path: Path, sentence: str) -> None:
    """"X is a rare but serious infection, usually caused by G": G causes X, not the class."""
    got = relations(tmp_path, sentence)
    assert ("quentella vorlaxii", "causes", TOPIC) in got
    assert not any(p == "causes" and o != TOPIC for _, p, o in got)


@pytest.mark.parametrize(("sentence", "germs"), [
    ("The bacteria responsible for grebble fever include Quentella vorlaxii and Zorba mintii.",
     {"quentella vorlaxii", "zorba mintii"}),
    ("The germs responsible for this infection are Quentella vorlaxii and Zorba mintii.",
     {"quentella vorlaxii", "zorba mintii"}),
    ("Quentella vorlaxii is the germ responsible for most cases.", {"quentella vorlaxii"}),
    ("Quentella vorlaxii and Zorba mintii are also responsible.",
     {"quentella vorlaxii", "zorba mintii"}),
    # another illness's germs, and where the germs live, name no cause of the topic
    ("The bacteria responsible for marsh throat include Quentella vorlaxii.", set()),
    ("Hoppers that carry the bacteria responsible for grebble fever are found in marshes.",
     set()),
])
def test_germs_said_to_be_responsible(tmp_path: Path, sentence: str, germs: set[str]) -> None:
    """Germs "responsible for" the topic (or its cases) cause it; nothing else does."""
    got = relations(tmp_path, sentence)
    assert {s for s, p, o in got if p == "causes" and o == TOPIC} == germs


def _infection_page(tmp_path: Path, body: str) -> set[tuple[str, str, str]]:
    """Relations of a page that defines the topic as an infection."""
    page = tmp_path / "page.txt"
    page.write_text("Grebble fever\n\nGrebble fever is a rare bacterial infection.\n\nAbout\n"
                    f"{body}\n", encoding="utf-8")
    cs, _, _ = extract_corpus([page], progress=False)
    return {(cs.label(c.subject), c.predicate, cs.label(c.object))
            for c in cs.claims if c.object is not None}


@pytest.mark.parametrize("sentence", [
    "These infections are most commonly caused by Quentella vorlaxii.",
    "Most of these infections are caused by Quentella vorlaxii.",
])
def test_these_infections_are_the_topics_own(tmp_path: Path, sentence: str) -> None:
    """On a page defining the topic as an infection, "these infections" are its cases."""
    assert ("quentella vorlaxii", "causes", TOPIC) in _infection_page(tmp_path, sentence)


def test_these_infections_of_another_kind_stay_unread(tmp_path: Path) -> None:
    """A page defining the topic as an illness does not read "these infections" as it."""
    got = relations(tmp_path, "These infections are caused by Quentella vorlaxii.")
    assert ("quentella vorlaxii", "causes", TOPIC) not in got


def test_a_rising_risk_in_people_who_do_something(tmp_path: Path) -> None:
    """"The risk of X is higher in people who use drugs": drug use, not "people"."""
    got = relations(tmp_path, "The risk of grebble fever is higher in people who use drugs.")
    assert ("drug use", RISK, TOPIC) in got


@pytest.mark.parametrize(("sentence", "expected"), [
    # "factors predisposing to X include": a lead of a list of risk factors
    ("Factors predisposing to grebble fever include kidney disease and smoking.",
     {("kidney disease", RISK, TOPIC), ("smoking", RISK, TOPIC)}),
    # "a link between X and A": A associated with X
    ("Studies have suggested a link between grebble fever and exposure to farm dust.",
     {("exposure to farm dust", "associated_with", TOPIC)}),
    # a way in for germs raises the risk
    ("A surgical wound can serve as a portal of entry.", {("surgical wound", RISK, TOPIC)}),
    # the most common cause, then the next
    ("Quentella vorlaxii is the most common cause, followed by Zorba mintii.",
     {("quentella vorlaxii", "causes", TOPIC), ("zorba mintii", "causes", TOPIC)}),
    # the makers of the toxin that causes it
    ("Zorb bacteria, such as Zorbococcus aureus, make toxins that cause grebble fever.",
     {("zorb bacteria", "causes", TOPIC), ("zorbococcus aureus", "causes", TOPIC)}),
    ("The toxins are made by two types of bacteria: zorb and quentella.",
     {("zorb", "causes", TOPIC), ("quentella", "causes", TOPIC)}),
    # a type or form of the topic is the topic
    ("Type II grebble fever is caused by Quentella vorlaxii.",
     {("quentella vorlaxii", "causes", TOPIC)}),
    ("Type 1 is usually caused by Zorba mintii.", {("zorba mintii", "causes", TOPIC)}),
])
def test_more_risk_and_cause_shapes(tmp_path: Path, sentence: str,
                                    expected: set[tuple[str, str, str]]) -> None:
    """More shapes of risk and cause sentences give the factor or germ of the topic."""
    assert expected <= relations(tmp_path, sentence)


@pytest.mark.parametrize("sentence", [
    "Zorbococcus aureus can produce poisons that damage the skin.",
    "Some bacteria release toxins that cause a rash.",
    "The skin lesions in grebble fever result from reduced blood flow.",
])
def test_toxins_and_phrases_ending_in_the_name_name_no_cause(tmp_path: Path,
                                                              sentence: str) -> None:
    """A toxin that does something else, or a phrase ending in the topic's name, is no
    cause of the topic."""
    got = relations(tmp_path, sentence)
    assert not {s for s, p, o in got if p == "causes" and o == TOPIC} - {"toxin"}


@pytest.mark.parametrize(("body", "factor"), [
    ("A weakened immune system. People with a weak immune system cannot fight the germs.",
     "weakened immune system"),
    ("Chronic kidney disease: people with it heal more slowly.", "chronic kidney disease"),
])
def test_a_named_lead_in_under_risk_factors(tmp_path: Path, body: str, factor: str) -> None:
    """A paragraph under risk factors that opens with a bare name is that factor."""
    assert (factor, RISK, TOPIC) in relations(tmp_path, body, heading="Risk factors")


@pytest.mark.parametrize(("body", "heading", "expected"), [
    # a sentence that opens with its cause, then says what of the topic
    ("Caused by the bacterium Quentella vorlaxii, grebble fever spreads quickly.", "About",
     {("quentella vorlaxii", "causes", TOPIC)}),
    # a list item that is only its cause
    ("- Caused by Quentella vorlaxii in most cases\n- Due to an abnormal immune reaction",
     "Causes", {("quentella vorlaxii", "causes", TOPIC)}),
    # "alone" is no part of a germ's name
    ("Type 2 is caused by Zorba mintii alone.", "About", {("zorba mintii", "causes", TOPIC)}),
    # "comes from": where it comes from brings it on
    ("Grebble fever can come from eating undercooked meat.", "About",
     {("eating undercooked meat", "causes", TOPIC)}),
])
def test_causes_said_first_or_alone(tmp_path: Path, body: str, heading: str,
                                    expected: set[tuple[str, str, str]]) -> None:
    """A cause that opens its sentence or item, or is named "alone", is the topic's."""
    assert expected <= relations(tmp_path, body, heading=heading)


def test_a_leading_cause_of_another_thing_is_not_the_topics(tmp_path: Path) -> None:
    """"Caused by G, the rash spreads": the clause after the cause is not about the topic."""
    got = relations(tmp_path, "Caused by Quentella vorlaxii, the marsh rash spreads fast.")
    assert ("quentella vorlaxii", "causes", TOPIC) not in got


@pytest.mark.parametrize(("sentence", "expected"), [
    # a reporting frame is no part of the subject, and its "that" opens no relative clause
    ("Research suggests that marsh genes may play a role.",
     ("marsh genes", "contributes_to", TOPIC)),
    ("Some scientists believe that an infection triggers the disease.",
     ("infection", "causes", TOPIC)),
    ("Researchers think that grebble fever may be triggered by an infection.",
     ("infection", RISK, TOPIC)),
    ("Some research suggests an infection may be the trigger.", ("infection", "causes", TOPIC)),
    # "suggesting a role for X": X plays a part, hedged
    ("It is most common in Grobland, suggesting a significant role for host genetics.",
     ("host genetics", "contributes_to", TOPIC)),
])
def test_reported_causes(tmp_path: Path, sentence: str, expected: tuple[str, str, str]) -> None:
    """Causes reported by research or experts are read past the report's frame."""
    got = relations(tmp_path, sentence)
    assert expected in got
    assert not any(s.startswith(("research", "researchers", "scientists", "it's thought"))
                   or o.startswith("researchers") for s, p, o in got
                   if p in ("causes", RISK, "contributes_to", "associated_with"))


@pytest.mark.parametrize(("sentence", "factors"), [
    ("Older people are more vulnerable to this infection.", {"older age"}),
    ("People with kidney disease are especially vulnerable.", {"kidney disease"}),
    ("Those with a weak immune system are more susceptible.", {"weak immune system"}),
    # the reasons a group is at more risk raise the risk too
    ("Due to kidney disease or a weak immune system, older adults are more likely to get it.",
     {"kidney disease", "weak immune system", "older age"}),
    ("Due to the use of marsh pads, most cases occur in young women.", {"marsh pads"}),
])
def test_vulnerable_people_and_their_reasons(tmp_path: Path, sentence: str,
                                              factors: set[str]) -> None:
    """People said to be vulnerable, and what makes them so, raise the topic's risk."""
    got = relations(tmp_path, sentence)
    risky = {s for s, p, o in got if o == TOPIC and p in (RISK, "causes")}
    assert factors <= risky


def test_a_reason_for_a_harm_is_no_cause_of_the_topic(tmp_path: Path) -> None:
    """"Due to X, older adults are at higher risk of complications": not a cause of it."""
    got = relations(tmp_path, "Due to kidney disease, older adults are more likely to have "
                              "serious complications.")
    assert ("kidney disease", "causes", TOPIC) not in got


def test_if_you_items_name_acts_only_when_they_open_with_a_verb(tmp_path: Path) -> None:
    """"- have a cut or burn" keeps its burn; "- inject drugs or drink heavily" gives both
    acts; "- have had surgery or a burn recently" gives the surgery and the burn."""
    body = ("You are more likely to get grebble fever if you:\n- have had surgery or a burn "
            "recently\n- have a cut or burn\n- inject drugs or drink heavily\n")
    got = {s for s, p, o in relations(tmp_path, body) if p == RISK and o == TOPIC}
    assert {"surgery", "burn", "cut", "injecting drugs", "drinking"} <= got
    assert not {"burning", "cutting", "burn recently"} & got


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Grebble fever can affect anyone, especially people with kidney disease.",
     {("kidney disease", RISK, TOPIC)}),
    ("Anyone can get it, especially older adults and people with kidney disease.",
     {("older age", RISK, TOPIC), ("kidney disease", RISK, TOPIC)}),
    ("It can happen to anyone, particularly those with a weakened immune system.",
     {("weakened immune system", RISK, TOPIC)}),
    ("Complications can occur, especially with increasing age.",
     {("older age", RISK, "complication")}),
    # an aside inside a list keeps the members either side of it
    ("Kidney disease, which weakens the body, and obesity raise the risk.",
     {("kidney disease", RISK, TOPIC), ("obesity", RISK, TOPIC)}),
    ("Risk factors include kidney disease, which slows healing, and obesity.",
     {("kidney disease", RISK, TOPIC), ("obesity", RISK, TOPIC)}),
])
def test_especially_and_asides_in_lists(tmp_path: Path, sentence: str,
                                        expected: set[tuple[str, str, str]]) -> None:
    """People named after "especially" are at more risk; an aside splits no list."""
    assert expected <= relations(tmp_path, sentence)


@pytest.mark.parametrize("sentence", [
    "Grebble fever can be serious, especially in babies.",
    "Avoid contact with anyone who has not had marsh pox, especially pregnant women.",
])
def test_especially_about_gravity_or_contagion_names_no_factor(tmp_path: Path,
                                                                sentence: str) -> None:
    """How grave it is, or who may catch it from you, names no risk factor of it."""
    assert not any(p == RISK for _, p, _ in relations(tmp_path, sentence))


@pytest.mark.parametrize(("sentence", "expected"), [
    ("You have a higher chance of getting grebble fever if you smoke.",
     {("smoking", RISK, TOPIC)}),
    ("Your risk is higher if you smoke or drink heavily.",
     {("smoking", RISK, TOPIC), ("drinking", RISK, TOPIC)}),
    # a list that opens with a state keeps its nouns: a burn is no act of burning
    ("Your risk is higher if you have a cut or burn.",
     {("cut", RISK, TOPIC), ("burn", RISK, TOPIC)}),
])
def test_risk_if_you_act_names_the_act(tmp_path: Path, sentence: str,
                                       expected: set[tuple[str, str, str]]) -> None:
    """"Your risk is higher if you smoke": smoking, not the bare verb."""
    assert {r for r in relations(tmp_path, sentence) if r[1] == RISK} == expected
