"""Sentence wordings read in session 27, from own-words batteries in the register of
clinical summaries and references (lines that drop their subject, aetiology and
epidemiology prose).  Every sentence is our own, about the made-up grebble fever."""

from __future__ import annotations

from pathlib import Path

import pytest

from .grebble_pages import relations

T = "grebble fever"


@pytest.mark.parametrize(("sentence", "want"), [
    ("Treated with antibiotics and fluids.", {("antibiotics", "used_for", T),
                                              ("fluids", "used_for", T)}),
    ("May lead to kidney failure and shock.", {(T, "has_complication", "kidney failure"),
                                               (T, "has_complication", "shock")}),
    ("Prevented by changing zorb pads regularly.", {("zorb pad change", "prevents", T)}),
    ("Characterised by fever, rash and hypotension.", {(T, "has_symptom", "fever"),
                                                       (T, "has_symptom", "rash"),
                                                       (T, "has_symptom", "hypotension")}),
    ("An acute, toxin-mediated illness characterised by fever and rash.",
     {(T, "has_symptom", "fever"), (T, "has_symptom", "rash")}),
    ("Frequently accompanied by fever and tachycardia.", {(T, "has_symptom", "fever"),
                                                          (T, "has_symptom", "tachycardia")}),
    ("Associated with zorb pad use and surgical wounds.",
     {("zorb pad use", "associated_with", T), ("surgical wounds", "associated_with", T)}),
    ("Manifests as painful red nodules.", {(T, "has_symptom", "painful red nodules")}),
    ("Affects mainly the lungs and lymph nodes.", {(T, "affects", "lungs"),
                                                   (T, "affects", "lymph nodes")}),
])
def test_a_summary_line_without_its_subject(tmp_path: Path, sentence: str,
                                            want: set[tuple[str, str, str]]) -> None:
    """A summary's line that opens with its verb is said of the topic (nothing was read:
    the relation phrases expect "X is treated with", "X may lead to")."""
    assert want <= relations(tmp_path, sentence, heading="Summary")


@pytest.mark.parametrize("sentence", [
    "Associated with a cut, the rash may spread.",
    "Treated with zorb cream, the sores may heal within days.",
])
def test_a_line_with_its_own_clause_keeps_its_subject(tmp_path: Path, sentence: str) -> None:
    """A participle put first before a clause with its own subject is that clause's: the
    topic is not put in front ("the rash" spreads, not the illness associated with a cut)."""
    got = relations(tmp_path, sentence, heading="Summary")
    assert ("cut", "associated_with", T) not in got
    assert ("zorb cream", "used_for", T) not in got


def test_a_risk_list_line_is_not_completed(tmp_path: Path) -> None:
    """Under a risk heading a line that opens with a verb says what people do ("Requires
    dialysis" of a patient at risk), not what the illness does."""
    got = relations(tmp_path, "- Requires dialysis\n- Smokes", heading="Risk factors")
    assert ("dialysis", "used_for", T) not in got


@pytest.mark.parametrize("sentence", [
    "Corticosteroids are first-line therapy.",
    "Corticosteroids are first-line treatment.",
])
def test_first_line_without_an_article(tmp_path: Path, sentence: str) -> None:
    """"X are first-line therapy" names a treatment as "X are the first-line therapy" does."""
    assert ("corticosteroids", "used_for", T) in relations(tmp_path, sentence,
                                                           heading="Treatment")


def test_the_definition_said_again_names_the_topic(tmp_path: Path) -> None:
    """"X is a rare infection of the deep soft tissues, usually caused by G": the cause is
    X's (the defining phrase with its site was taken for another illness, or nothing)."""
    got = relations(tmp_path, "It spreads quickly.", heading="About",
                    definition="a rare infection of the deep soft tissues, usually caused by "
                               "zorb bacteria")
    assert ("zorb bacteria", "causes", T) in got
    assert not [x for x in got if x[1] == "causes" and x[2] != T]


@pytest.mark.parametrize(("sentence", "causes"), [
    ("Zorbus species can cause the infection after contact with seawater or eating raw "
     "shellfish.", {"zorbus species", "contact with seawater", "eating raw shellfish"}),
    ("Zorbus species can cause the illness after swimming or eating raw shellfish.",
     {"zorbus species", "swimming", "eating raw shellfish"}),
])
def test_what_the_illness_follows_in_a_list(tmp_path: Path, sentence: str,
                                            causes: set[str]) -> None:
    """"G can cause the infection after A or B": each of A and B precedes it (the first was
    read with the infection as one name, the second as what G causes)."""
    got = relations(tmp_path, sentence, heading="Aetiology",
                    definition="a rare infection")
    risks = {s for s, pred, o in got if o == T and pred in ("causes", "increases_risk_of")}
    assert causes <= risks
    assert not [x for x in got if x[1] == "causes" and x[2] != T]


@pytest.mark.parametrize("sentence", [
    "Most patients have at least one comorbidity, such as diabetes or kidney disease.",
    "Many have several comorbidities, including diabetes and kidney disease.",
])
def test_comorbidities_named_as_examples(tmp_path: Path, sentence: str) -> None:
    """Comorbidities most patients have, named as examples, raise the risk, as "an
    underlying condition such as" does."""
    got = relations(tmp_path, sentence, heading="Epidemiology")
    assert {("diabetes", "increases_risk_of", T), ("kidney disease", "increases_risk_of", T)} \
        <= got


@pytest.mark.parametrize(("lead", "kind"), [
    ("To check for signs of it, you may have:", "diagnosis"),
    ("Your doctor will ask about your symptoms and may arrange:", "diagnosis"),
    ("Tests to look for signs of it include:", "diagnosis"),
    ("To find out which organs are affected, you may have:", "diagnosis"),
    ("Tests to rule out other conditions that cause similar symptoms include:", "diagnosis"),
    ("The doctor may check for signs such as:", "symptom"),
    ("Symptoms can include:", "symptom"),
])
def test_a_lead_in_whose_signs_are_what_tests_look_for(lead: str, kind: str) -> None:
    """A lead-in that offers tests to look for signs lists tests (its items were read as
    signs, or not typed); one that names the signs a doctor checks still lists signs."""
    from claimgraph.ingest.patterns import section_type

    assert section_type(lead) == kind


def test_tests_listed_after_a_lead_in_about_signs(tmp_path: Path) -> None:
    """The items after "To check for signs of it, you may have:" are tests, not signs."""
    got = relations(tmp_path, "To check for signs of it, you may have:\n\n- a chest X-ray\n"
                              "- a zorb scan", heading="Getting checked")
    assert (T, "diagnosed_by", "zorb scan") in got
    assert not [x for x in got if x[1] == "has_symptom"]


@pytest.mark.parametrize(("sentence", "process"), [
    ("Blood vessels become blocked, so the tissue is starved of oxygen.", "reduced blood flow"),
    ("The infection causes the blood vessels to clot.", "thrombosis"),
    ("There is thrombosis of the small vessels.", "thrombosis"),
    ("Tissue destruction is mediated by bacterial enzymes and toxins.", "tissue death"),
    ("Necrosis of the fat develops quickly.", "tissue death"),
    ("The body releases large amounts of inflammatory chemicals.", "cytokine release"),
    ("Grebble fever is a granulomatous disease.", "granulomas"),
])
def test_how_it_works_in_clinical_words(tmp_path: Path, sentence: str, process: str) -> None:
    """Processes named in a pathophysiology's words are what the illness involves."""
    assert (T, "involves", process) in relations(tmp_path, sentence, heading="Pathophysiology")


def test_no_process_when_denied(tmp_path: Path) -> None:
    """A process said not to happen is not one the illness involves."""
    got = relations(tmp_path, "There is no thrombosis of the small vessels.",
                    heading="Pathophysiology")
    assert (T, "involves", "thrombosis") not in got


@pytest.mark.parametrize("heading", ["Differentials", "Similar conditions", "Mimics",
                                     "Conditions that look similar"])
def test_a_heading_over_look_alikes(tmp_path: Path, heading: str) -> None:
    """A list under a heading that names look-alikes names what the illness resembles."""
    got = relations(tmp_path, "- Zorb syndrome\n- Quentella pox", heading=heading)
    assert {(T, "resembles", "zorb syndrome"), (T, "resembles", "quentella pox")} <= got


@pytest.mark.parametrize(("sentence", "alike"), [
    ("Zorb syndrome and quentella pox need to be ruled out.",
     {"zorb syndrome", "quentella pox"}),
    ("Other causes of lumps, such as zorb syndrome, must be excluded.", {"zorb syndrome"}),
    ("Differentiating it from zorb syndrome can be difficult.", {"zorb syndrome"}),
    ("Zorb syndrome can cause similar symptoms.", {"zorb syndrome"}),
])
def test_look_alikes_said_in_a_sentence(tmp_path: Path, sentence: str, alike: set[str]) -> None:
    """What must be ruled out or told apart, or causes similar symptoms, is a look-alike."""
    got = relations(tmp_path, sentence, heading="Diagnosis")
    assert {(T, "resembles", x) for x in alike} <= got


def test_a_precaution_is_no_look_alike(tmp_path: Path) -> None:
    """"Pregnancy should be excluded before starting X" is a precaution, not a look-alike."""
    got = relations(tmp_path, "Pregnancy should be excluded before starting zorbamab.",
                    heading="Diagnosis")
    assert not [x for x in got if x[1] == "resembles"]


@pytest.mark.parametrize(("sentence", "risks"), [
    ("Minor trauma such as cuts or insect bites can be the portal of entry.",
     {"minor trauma", "cuts", "insect bites"}),
    ("Skin lesions, such as ulcers or burns, provide an entry point.",
     {"skin lesions", "ulcers", "burns"}),
    ("Immunosuppression, including long-term steroid use, increases susceptibility.",
     {"immunosuppression", "long-term steroid use"}),
    ("Certain gene variants are associated with susceptibility.", {"gene variants"}),
    ("Penetrating injuries and blunt trauma have both been reported.",
     {"penetrating injuries", "blunt trauma"}),
    ("Zorb pads are a common cause in young women.", {"zorb pads"}),
    ("Zorb use is an important cause.", {"zorb use"}),
    ("Obesity has been implicated in several series.", {"obesity"}),
    ("Obesity has been linked in several case series.", {"obesity"}),
    ("Wound infection after surgery can progress to grebble fever.",
     {"wound infection", "surgery"}),
    ("Cellulitis may develop into grebble fever if untreated.", {"cellulitis"}),
])
def test_risks_in_a_reference_risk_section(tmp_path: Path, sentence: str,
                                           risks: set[str]) -> None:
    """The wordings of a clinical reference's risk section name what raises the risk (a
    portal of entry, susceptibility, cases reported, a cause "in young women", what
    progresses into the illness); nothing, or a wrong object ("series"), was read."""
    got = relations(tmp_path, sentence, heading="Risk factors")
    said = {s for s, pred, o in got if o == T and pred in (
        "increases_risk_of", "causes", "contributes_to", "associated_with")}
    assert risks <= said
    assert not [x for x in got if x[0] in risks and x[2] != T]


def test_cases_reported_elsewhere_name_no_risk(tmp_path: Path) -> None:
    """"have been reported" names risks only under a risk heading: "Cases of it have been
    reported" in an overview names none."""
    got = relations(tmp_path, "Cases in zorb keepers have been reported.", heading="Overview")
    assert not [x for x in got if x[1] == "increases_risk_of"]


def test_a_field_line_is_not_a_summary_line(tmp_path: Path) -> None:
    """"Causes: germ G" in a fact box is a field, not "X causes: germ G"."""
    got = relations(tmp_path, "Symptoms: stiff neck\nCauses: Quentella vorlaxii\n"
                              "Treatment: zorbacillin", heading="At a glance")
    assert ("quentella vorlaxii", "causes", T) in got


def test_an_age_group_keeps_the_threshold_a_page_gave(tmp_path: Path) -> None:
    """"Aged over 60 years" is the group "older age" (pages compare by it), and "age over
    60", the threshold the page gave, is another name of that group (a reader who looks
    for "age over 60" finds it)."""
    from .grebble_pages import page_claims

    cs = page_claims(tmp_path, "Risk factors\nPeople aged over 60 years are more likely to "
                               "get it.\nChildren under 1 year are also at risk.")
    older = next(e for e in cs.entities if e.label == "older age")
    young = next(e for e in cs.entities if e.label == "young age")
    assert "age over 60" in older.synonyms
    assert "age under 1 year" in young.synonyms


@pytest.mark.parametrize(("sentence", "kind", "subject"), [
    ("Zorb pads were involved in over 90% of cases.", "share", "zorb pads"),
    ("The lungs are involved in more than 90% of cases.", "frequency", "lungs involvement"),
])
def test_what_is_involved_in_cases(tmp_path: Path, sentence: str, kind: str,
                                   subject: str) -> None:
    """A thing "involved in 90 % of cases" that brings cases about is its share of the
    cases; a part of the body involved is how often the illness reaches it."""
    from .grebble_pages import page_claims

    cs = page_claims(tmp_path, f"Causes\n{sentence}")
    got = {(cs.label(c.subject), c.measure.kind) for c in cs.claims if c.measure is not None}
    assert (subject, kind) in got


@pytest.mark.parametrize(("sentence", "act"), [
    ("The risk of grebble fever can be reduced by changing zorb pads often.", "zorb pad change"),
    ("You can lower your risk by not using zorb pads.", "zorb pad avoidance"),
])
def test_acts_that_lower_the_risk(tmp_path: Path, sentence: str, act: str) -> None:
    """The act after "the risk can be reduced by" prevents it (a gerund gave no name), and
    "by not using X" names avoiding X (nothing was read)."""
    assert (act, "prevents", T) in relations(tmp_path, sentence, heading="About")


def test_a_command_after_a_condition_keeps_its_denial(tmp_path: Path) -> None:
    """"If you have had it before, do not use zorb pads": avoiding the pads prevents it (the
    "do not" after the condition was missed, and the pads were read as preventing it;
    since session 41 the command not to use them names the act of avoiding them, asserted,
    where it had been a denial that the pads prevent it)."""
    from .grebble_pages import page_claims

    cs = page_claims(tmp_path, "Prevention\nIf you have had it before, do not use zorb pads.")
    said = [(cs.label(c.subject), c.negated) for c in cs.claims if c.predicate == "prevents"]
    assert said == [("zorb pad avoidance", False)]


@pytest.mark.parametrize(("sentence", "denied"), [
    ("It is not inherited, but it can run in families.", False),
    ("It does not run in families.", True),
])
def test_running_in_families_and_its_denial(tmp_path: Path, sentence: str,
                                            denied: bool) -> None:
    """A "not" before a "but" denies the clause before it, not the family history after it;
    "does not run in families" denies it (it was read as asserted)."""
    from .grebble_pages import page_claims

    cs = page_claims(tmp_path, f"Genetics\n{sentence}")
    said = [c.negated for c in cs.claims if cs.label(c.subject) == "family history"]
    assert said == [denied]


@pytest.mark.parametrize(("sentence", "cause", "denied"), [
    ("There is no good evidence that stress triggers it.", "stress", True),
    ("There is little evidence that diet causes it.", "diet", True),
    ("There is insufficient evidence that diet causes it.", "diet", True),
    ("There is little doubt that smoking causes it.", "smoking", False),
])
def test_what_the_evidence_says_causes_it(tmp_path: Path, sentence: str, cause: str,
                                          denied: bool) -> None:
    """The subject of a cause framed by what the evidence says is the thing after "that"
    (it was "good evidence" or "little doubt"; under a causes heading, where "There is no"
    is read first, too), and little or insufficient evidence denies it as no evidence does
    (it was asserted)."""
    from .grebble_pages import page_claims

    for heading in ("Overview", "Causes"):
        cs = page_claims(tmp_path, f"{heading}\n{sentence}")
        said = [(cs.label(c.subject), c.negated) for c in cs.claims if c.predicate == "causes"]
        assert said == [(cause, denied)], heading


def test_no_evidence_of_a_cause_is_no_remedy(tmp_path: Path) -> None:
    """"There is no evidence that genes play a part" under care doubts no remedy: "genes play
    a part" was read as a remedy that does not work."""
    got = relations(tmp_path, "There is no evidence that genes play a part.",
                    heading="Treatment")
    assert not [x for x in got if x[1] == "effective_for"]


def test_a_not_before_but_denies_nothing_after_it(tmp_path: Path) -> None:
    """"It is not contagious, but X": the readers of organs, processes and outlooks no longer
    take the "not" before the "but" as denying what comes after it."""
    from .grebble_pages import page_claims

    cs = page_claims(tmp_path, "Overview\nIt is not contagious, but it may involve almost any "
                               "organ, most often the lungs.\nIt cannot be cured, but the "
                               "outlook is worse in older people.")
    said = {(cs.label(c.subject), c.predicate, cs.label(c.object), c.negated)
            for c in cs.claims if c.object is not None}
    assert (T, "affects", "lungs", False) in said
    assert ("older age", "increases_risk_of", "poor prognosis", False) in said


@pytest.mark.parametrize(("sentence", "sign"), [
    ("Her symptoms started with a sore throat.", "sore throat"),
    ("Symptoms often start with a sore throat.", "sore throat"),
    ("My illness began with a fever.", "fever"),
])
def test_how_someone_s_illness_began(tmp_path: Path, sentence: str, sign: str) -> None:
    """A story's "Her symptoms started with X" names a first sign as "It starts with X" does
    (only the illness itself, "it", was taken as whose start it was)."""
    assert (T, "has_symptom", sign) in relations(tmp_path, sentence, heading="My story")


def test_what_someone_was_given(tmp_path: Path) -> None:
    """A story's "She was given antibiotics" names care as "You will be given" does."""
    assert ("antibiotics", "used_for", T) in relations(
        tmp_path, "She was given antibiotics and had three operations.", heading="My story")


def test_a_test_that_helps_find_it(tmp_path: Path) -> None:
    """"A new blood test could help doctors spot the illness" names a way to find it, not a
    remedy that works on it."""
    got = relations(tmp_path, "A new blood test could help doctors spot the illness earlier.",
                    heading="Research")
    assert (T, "diagnosed_by", "new blood test") in got
    assert not [x for x in got if x[1] == "effective_for"]


@pytest.mark.parametrize(("sentence", "harms"), [
    ("Heart problems can include heart failure and an irregular heartbeat.",
     {"heart failure", "irregular heartbeat"}),
    ("Problems with the kidneys may include kidney failure.", {"kidney failure"}),
])
def test_a_kind_of_harm_and_its_members(tmp_path: Path, sentence: str,
                                        harms: set[str]) -> None:
    """Under complications, "Heart problems can include A and B" names A and B as harms
    (nothing was read)."""
    got = relations(tmp_path, sentence, heading="Complications")
    assert {(T, "has_complication", h) for h in harms} <= got


@pytest.mark.parametrize(("sentence", "test"), [
    ("A chest X-ray is usually the first test.", "chest x-ray"),
    ("Your kidney function will be checked.", "kidney function test"),
    ("Your urine may be tested.", "urine test"),
    ("An eye examination is recommended for everyone with grebble fever.",
     "eye examination"),
])
def test_tests_in_more_words(tmp_path: Path, sentence: str, test: str) -> None:
    """"X is usually the first test", what "will be checked" or "tested", and a test for
    "everyone with" the illness ("everyone" was read as what the examination is for)."""
    got = relations(tmp_path, sentence, heading="Diagnosis")
    assert (T, "diagnosed_by", test) in got
    assert not [x for x in got if "everyone" in x]


def test_people_checked_name_no_test(tmp_path: Path) -> None:
    """"You will be checked regularly" names no test; nor does a check outside diagnosis."""
    got = relations(tmp_path, "You will be checked regularly.", heading="Diagnosis")
    got |= relations(tmp_path, "Your kidney function will be checked.", heading="Treatment")
    assert not [x for x in got if x[1] == "diagnosed_by"]


@pytest.mark.parametrize(("sentence", "remedy"), [
    ("A lung transplant is an option for a small number of people with severe disease.",
     "lung transplant"),
    ("Steroids are one treatment option.", "steroids"),
    ("People who need treatment usually take steroid tablets.", "steroid tablets"),
])
def test_options_and_what_people_take(tmp_path: Path, sentence: str, remedy: str) -> None:
    """A remedy offered as "an option for a small number of people" or "one treatment
    option", and what "people who need treatment take" (read as "treatment take steroid
    tablets" before)."""
    got = relations(tmp_path, sentence, heading="Treatment")
    assert (remedy, "used_for", T) in got
    assert not [x for x in got if "take" in x[0]]


def test_what_the_germ_does_is_no_second_cause(tmp_path: Path) -> None:
    """"Caused by bacteria getting into your blood and releasing toxins": the bacteria (and
    their toxins) cause it; "releasing toxins" is no cause of its own."""
    got = relations(tmp_path, "It is caused by bacteria getting into your blood and releasing "
                              "toxins.", heading="Causes")
    assert ("bacteria", "causes", T) in got
    assert not [x for x in got if x[0].startswith("releasing")]


def test_having_given_birth_is_childbirth(tmp_path: Path) -> None:
    """"- have recently given birth" under who is at risk is childbirth, as "giving birth"
    is (the lexicon joins the names pages use)."""
    from .grebble_pages import page_claims

    cs = page_claims(tmp_path, "Who is at risk\nYou're more likely to get it if you:\n\n"
                               "- have recently given birth\n- have a cut")
    risk = next(c for c in cs.claims if c.predicate == "increases_risk_of"
                and "birth" in cs.label(c.subject))
    entity = next(e for e in cs.entities if e.id == risk.subject)
    assert "childbirth" in (entity.label, *entity.synonyms)


def test_a_second_peak_and_an_age_span(tmp_path: Path) -> None:
    """"Incidence is highest in adults aged 25 to 45 years, with a second peak in women over
    50": the age span is one group (it was "aged 25") and the second peak's group is one too
    (it was "second peak")."""
    got = relations(tmp_path, "Incidence is highest in adults aged 25 to 45 years, with a "
                              "second peak in women over 50.", heading="Epidemiology")
    risks = {s for s, pred, o in got if pred == "increases_risk_of" and o == T}
    assert "age 25 to 45" in risks
    assert not [x for x in risks if "peak" in x or x == "aged 25"]


def test_any_organ_involved_is_no_germ(tmp_path: Path) -> None:
    """"Any organ may be involved" names no germ that causes it (the phrase that reads
    "several germs may be involved" took the organ for one)."""
    got = relations(tmp_path, "It most commonly affects the lungs, but any organ may be "
                              "involved.", heading="Background")
    assert not [x for x in got if x[1] == "causes"]
    assert (T, "affects", "lungs") in got


@pytest.mark.parametrize(("sentence", "heading", "want"), [
    ("Oral corticosteroids are indicated for progressive disease.", "Management",
     ("oral corticosteroids", "used_for", T)),
    ("Surgery is indicated in severe cases.", "Treatment", ("surgery", "used_for", T)),
])
def test_what_is_indicated(tmp_path: Path, sentence: str, heading: str,
                           want: tuple[str, str, str]) -> None:
    """A remedy "indicated for" or "in" the illness or its cases is used for it."""
    assert want in relations(tmp_path, sentence, heading=heading)


def test_caution_indicated_is_no_remedy(tmp_path: Path) -> None:
    """"Caution is indicated in older people" names no remedy."""
    assert not relations(tmp_path, "Caution is indicated in older people.", heading="Treatment")


@pytest.mark.parametrize(("sentence", "signs"), [
    ("Skin involvement can show as tender red bumps or as raised patches.",
     {"tender red bumps", "raised patches"}),
    ("It often appears as a red rash.", {"red rash"}),
])
def test_what_it_shows_as(tmp_path: Path, sentence: str, signs: set[str]) -> None:
    """"Can show as X or as Y", "appears as a red rash": the looks are signs (nothing was
    read; a second "as" is no part of the name)."""
    got = relations(tmp_path, sentence, heading="Symptoms")
    assert {(T, "has_symptom", s) for s in signs} <= got


def test_showing_as_a_number_is_no_sign(tmp_path: Path) -> None:
    """Only looks a sign takes follow "show as": "The results show as a number" names none."""
    assert not relations(tmp_path, "The results show as a number.", heading="Symptoms")


def test_a_members_own_words_hedge_nothing(tmp_path: Path) -> None:
    """"Early symptoms include pain that seems worse than the wound looks, fever and a rash":
    "seems" describes the pain; the list is stated, not hedged (every member was)."""
    from .grebble_pages import page_claims

    cs = page_claims(tmp_path, "Symptoms\nEarly symptoms include pain that seems worse than "
                               "the wound looks, fever and a red rash.")
    hedged = {cs.label(c.object): c.hedged for c in cs.claims if c.predicate == "has_symptom"}
    assert hedged and not any(hedged.values())


@pytest.mark.parametrize(("sentence", "remedy"), [
    ("Recovery can be speeded up with physiotherapy.", "physiotherapy"),
    ("The rash is cleared by zorb cream.", "zorb cream"),
])
def test_what_speeds_or_clears_it(tmp_path: Path, sentence: str, remedy: str) -> None:
    """Care that speeds recovery up or clears a sign is used for the illness (nothing was
    read; "relieved by" and "eased by" were)."""
    assert (remedy, "used_for", T) in relations(tmp_path, sentence, heading="Treatment")


@pytest.mark.parametrize(("sentence", "risk"), [
    ("Those lacking antibodies to the toxin are at increased risk.",
     "lack of antibodies to the toxin"),
    ("People without a spleen are at higher risk.", "lack of spleen"),
])
def test_people_named_by_what_they_lack(tmp_path: Path, sentence: str, risk: str) -> None:
    """People named by what they lack raise the risk by that lack (nothing was read)."""
    got = relations(tmp_path, sentence, heading="Risk factors")
    assert (risk, "increases_risk_of", T) in got
