"""What a list's items are, told from its lead-in and its items, on pages we wrote.

The condition ("grebble fever") and everything on its pages are made up; each
case is a wording health pages use for a list.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.ingest.extract import extract_corpus
from claimgraph.ingest.patterns import section_type

from .grebble_pages import relations

TOPIC = "grebble fever"


def listed(lead: str, *items: str) -> str:
    """Return a lead-in line and its list."""
    return lead + "\n\n" + "\n".join(f"- {item}" for item in items)


SIGNS = ("a purple rash", "a high fever", "peeling skin")


@pytest.mark.parametrize("lead", [
    "If it is not treated quickly, the infection can spread and cause:",
    "The toxins made by the germs can cause:",
    "The germs release poisons that can cause:",
    "Severe cases can cause:",
])
def test_lead_naming_the_topics_germ_or_cases_lists_its_signs(tmp_path: Path, lead: str) -> None:
    """What the topic's germ, its toxins or its severe cases cause are the topic's signs."""
    got = relations(tmp_path, listed(lead, *SIGNS))
    assert {(TOPIC, "has_symptom", x) for x in ("purple rash", "high fever", "peeling skin")} <= got


def test_lead_naming_something_else_lists_its_effects(tmp_path: Path) -> None:
    """"Joint pain can cause:" lists what joint pain does, none of them the topic's signs."""
    got = relations(tmp_path, listed("Joint pain can cause:", "poor sleep", "low mood"))
    assert not any(p == "has_symptom" for _, p, _ in got)


@pytest.mark.parametrize("lead", ["Your doctor may:", "A doctor may use:",
                                  "Doctors may first ask about your symptoms. They may then do:"])
def test_list_of_tests_under_an_untyped_lead_is_how_it_is_found(tmp_path: Path,
                                                                 lead: str) -> None:
    """A list that mostly names tests and scans lists ways to find the illness, also when
    the lead-in names no kind or mentions symptoms."""
    got = relations(tmp_path, listed(lead, "a blood test", "a scan of the arm",
                                     "a swab from the throat"))
    assert (TOPIC, "diagnosed_by", "blood test") in got
    assert not any(p == "has_symptom" for _, p, _ in got)


def test_list_of_signs_under_an_untyped_lead_stays_untyped(tmp_path: Path) -> None:
    """Items that name no test are not made tests: "Your doctor may:" over advice."""
    got = relations(tmp_path, listed("Your doctor may:", "ask you to rest", "give you fluids"))
    assert not any(p == "diagnosed_by" for _, p, _ in got)


def test_list_of_remedies_under_an_untyped_heading_is_how_it_is_treated(
        tmp_path: Path) -> None:
    """No heading or lead-in says "treatment", but the items name tablets, painkillers and
    surgery: a list of the ways it is treated."""
    got = relations(tmp_path, listed("You can expect:", "zorbulin tablets for 2 weeks",
                                     "painkillers such as paracetamol",
                                     "surgery to remove damaged tissue"), "What to expect")
    assert {(x, "used_for", TOPIC) for x in ("zorbulin tablets", "painkillers", "surgery")} <= got


def test_list_of_habits_under_an_untyped_heading_is_not_made_care(tmp_path: Path) -> None:
    """One remedy among habits is no list of care."""
    got = relations(tmp_path, listed("People who get it often:", "smoke", "drink a lot",
                                     "take steroid tablets"), "Who gets it")
    assert not any(pr == "used_for" for _, pr, _ in got)


def test_item_with_a_purpose_names_what_comes_before_it(tmp_path: Path) -> None:
    """"Blood tests to look for signs of infection": the item names blood tests."""
    got = relations(tmp_path, listed("Tests you may have include:",
                                     "blood tests to look for signs of infection",
                                     "a scan to look at the muscle"))
    assert {(TOPIC, "diagnosed_by", "blood tests"), (TOPIC, "diagnosed_by", "scan")} <= got


@pytest.mark.parametrize("lead", [
    "It can be mistaken for:",
    "Other illnesses with similar symptoms include:",
    "Doctors will need to rule out other illnesses, such as:",
    "The symptoms can look like those of:",
])
def test_look_alike_lead_lists_what_it_resembles(tmp_path: Path, lead: str) -> None:
    """A list of what the topic looks like names look-alikes, not its signs."""
    got = relations(tmp_path, listed(lead, "a bad cold", "hay fever", "tarn pox"))
    assert {(TOPIC, "resembles", x) for x in ("bad cold", "hay fever", "tarn pox")} <= got
    assert not any(p == "has_symptom" for _, p, _ in got)


def test_rash_that_may_look_like_lists_signs(tmp_path: Path) -> None:
    """"The rash may look like:" describes the rash: its items are signs, no look-alikes."""
    got = relations(tmp_path, listed("The rash may look like:", "small red spots",
                                     "raised purple patches"), heading="Symptoms")
    assert (TOPIC, "has_symptom", "small red spots") in got
    assert not any(p == "resembles" for _, p, _ in got)


def test_infobox_diagnosis_based_on_symptoms(tmp_path: Path) -> None:
    """An infobox's "Diagnostic method: Based on symptoms" is a review of the symptoms."""
    got = relations(tmp_path, "- Diagnostic methodBased on symptoms, blood tests[2]")
    assert {(TOPIC, "diagnosed_by", "symptom review"),
            (TOPIC, "diagnosed_by", "blood tests")} <= got


@pytest.mark.parametrize(("item", "signs"), [
    ("pain much worse than the cut looks", {"severe pain"}),
    ("skin that is hot, red and swollen", {"skin warmth", "skin redness", "skin swelling"}),
    ("a patch of skin that turns grey", {"skin discolouration"}),
    ("being confused or very sleepy", {"confusion", "sleepiness"}),
    ("getting very drowsy", {"drowsiness"}),
])
def test_sign_items_that_are_clauses(tmp_path: Path, item: str, signs: set[str]) -> None:
    """An item that says how the body is, not what it has, still names a sign."""
    got = relations(tmp_path, listed("Look out for:", item, "a stiff neck"), heading="Symptoms")
    assert {(TOPIC, "has_symptom", s) for s in signs} <= got


def test_second_state_after_and(tmp_path: Path) -> None:
    """"Your child may feel dizzy and sleepy": both states are signs."""
    got = relations(tmp_path, "Your child may feel dizzy and sleepy.", heading="Symptoms")
    assert {(TOPIC, "has_symptom", "dizziness"), (TOPIC, "has_symptom", "sleepiness")} <= got


def test_grave_harm_that_may_develop_is_a_complication(tmp_path: Path) -> None:
    """"Shock and kidney failure may develop", under no typed heading: complications."""
    got = relations(tmp_path, "If it is not treated, shock and kidney failure may develop.")
    assert {(TOPIC, "has_complication", "shock"),
            (TOPIC, "has_complication", "kidney failure")} <= got
    assert not any(p == "has_symptom" for _, p, _ in got)


def test_sign_that_may_develop_stays_a_sign(tmp_path: Path) -> None:
    """"A rash may develop" names a sign, wherever it is said."""
    got = relations(tmp_path, "A purple rash may develop.")
    assert (TOPIC, "has_symptom", "purple rash") in got
    assert not any(p == "has_complication" for _, p, _ in got)


def test_changes_that_include_signs_under_no_typed_heading(tmp_path: Path) -> None:
    """"Skin changes may include peeling and a purple rash" names signs under any heading;
    "Lifestyle changes may include ..." names none."""
    got = relations(tmp_path, "Skin changes may include peeling and a purple rash.\n\n"
                              "Lifestyle changes may include eating less salt.")
    assert {(TOPIC, "has_symptom", "peeling"), (TOPIC, "has_symptom", "purple rash")} <= got
    assert not any("salt" in o for _, _, o in got)


@pytest.mark.parametrize(("heading", "kind"), [
    ("What other symptoms can grebble fever cause?", "symptom"),
    ("What complications can it cause?", "complication"),
    ("What causes the symptoms?", None),
    ("Causes", "cause"),
])
def test_heading_asking_what_it_causes(heading: str, kind: str | None) -> None:
    """"What other symptoms can it cause?" heads its symptoms, not its causes."""
    assert section_type(heading) == kind


def test_paragraph_under_what_symptoms_it_causes(tmp_path: Path) -> None:
    """A state said under "What other symptoms can it cause?" is a sign."""
    got = relations(tmp_path, "Your child may be very irritable.",
                    heading="What other symptoms can grebble fever cause?")
    assert (TOPIC, "has_symptom", "irritability") in got


def test_diagnoses_made_clinically(tmp_path: Path) -> None:
    """"Most diagnoses will also be made clinically": a clinical diagnosis."""
    got = relations(tmp_path, "Most diagnoses will also be made clinically, with no tests.")
    assert (TOPIC, "diagnosed_by", "clinical diagnosis") in got


def test_diagnosed_by_its_appearance_names_whose(tmp_path: Path) -> None:
    """"The rash can be diagnosed by its appearance": the rash's appearance, not "its"."""
    got = relations(tmp_path, "The rash can be diagnosed by its appearance.")
    assert (TOPIC, "diagnosed_by", "rash appearance") in got
    assert not any(o.startswith("its ") for _, _, o in got)


@pytest.mark.parametrize(("sentence", "harm"), [
    ("In some cases, though, tarn neuropathy develops.", "tarn neuropathy"),
    ("If the rash reaches the eye, vision loss may occur.", "vision loss"),
])
def test_disease_or_lost_sense_that_may_develop_is_a_complication(
        tmp_path: Path, sentence: str, harm: str) -> None:
    """A disease of its own or a lost sense said to possibly develop is a complication."""
    assert (TOPIC, "has_complication", harm) in relations(tmp_path, sentence)


def test_disease_named_in_a_list_of_signs_is_a_complication(tmp_path: Path) -> None:
    """"Tarnitis, with a stiff neck" in a list of signs names a disease it leads to."""
    got = relations(tmp_path, listed("Later signs may include:", "tarnitis, with a stiff neck",
                                     "a nerve palsy in the face", "a purple rash"))
    harms = {o for _, p, o in got if p == "has_complication"}
    assert {o.split(",")[0].split(" in ")[0] for o in harms} == {"tarnitis", "nerve palsy"}
    assert (TOPIC, "has_symptom", "purple rash") in got


def test_blend_of_hues_is_a_discolouration(tmp_path: Path) -> None:
    """"Patches on the skin that may look blue-grey": the skin is discoloured."""
    got = relations(tmp_path, listed("Look out for:", "patches on the skin that may look blue-grey",
                                     "a stiff neck"), heading="Symptoms")
    assert (TOPIC, "has_symptom", "skin discolouration") in got


def test_name_in_brackets_names_the_last_member_only(tmp_path: Path) -> None:
    """"Dry, cracked lips and a swollen tongue (often called tarn tongue)": the lips stay."""
    got = relations(tmp_path, listed("Signs include:", "dry, cracked lips and a swollen tongue "
                                     "(often called tarn tongue)", "a headache"), "Symptoms")
    assert {(TOPIC, "has_symptom", "dry lips"), (TOPIC, "has_symptom", "cracked lips")} <= got
    assert any(p == "has_symptom" and o.endswith("tongue") for _, p, o in got)


def test_name_after_a_comma_names_the_whole_item(tmp_path: Path) -> None:
    """"Thickening or scarring of tissue, also called tarnosis": one thing, its name."""
    got = relations(tmp_path, listed("Signs include:", "thickening or scarring of tissue, "
                                     "also called tarnosis", "a headache"), "Symptoms")
    assert not any(o in ("thickening", "scarring of tissue") for _, _, o in got)


def test_more_than_one_sign(tmp_path: Path) -> None:
    """"More than one rash" names rashes; "a fever of more than 39C" names a fever."""
    got = relations(tmp_path, listed("Signs include:", "More than one rash",
                                     "a fever of more than 39C"), "Symptoms")
    assert {(TOPIC, "has_symptom", "rash"), (TOPIC, "has_symptom", "fever")} <= got


def test_harm_care_keeps_away_is_a_complication(tmp_path: Path) -> None:
    """"Eye drops are given to prevent damage to the cornea": the illness can damage it;
    "long-term damage" alone names no harm."""
    got = relations(tmp_path, "Eye drops are given to prevent damage to the cornea.\n\n"
                              "Early care can prevent long-term damage.", "Treatment")
    assert (TOPIC, "has_complication", "cornea damage") in got
    assert (TOPIC, "has_complication", "long-term damage") not in got


@pytest.mark.parametrize("sentence", [
    "People with grebble fever have a higher risk of kidney failure.",
    "Grebble fever raises the risk of a stroke.",
])
def test_risk_the_topic_raises_is_its_complication(tmp_path: Path, sentence: str) -> None:
    """What the topic raises the risk of is a harm it can bring, not a cause of it."""
    got = relations(tmp_path, sentence)
    assert any(s == TOPIC and p == "has_complication" for s, p, _ in got)
    assert not any(p == "increases_risk_of" and o == TOPIC for _, p, o in got)


@pytest.mark.parametrize(("sentence", "sign"), [
    ("A sore throat is often the first sign.", "sore throat"),
    ("Vomiting is also seen.", "vomiting"),
    ("The rash spreads quickly.", "rash"),
    ("The fever usually lasts five days.", "fever"),
])
def test_sign_said_of_under_symptoms(tmp_path: Path, sentence: str, sign: str) -> None:
    """Under a symptoms heading, a sign that a sentence is about is a sign of the topic."""
    assert (TOPIC, "has_symptom", sign) in relations(tmp_path, sentence, "Symptoms")


def test_person_subject_under_symptoms_is_no_sign(tmp_path: Path) -> None:
    """"Your doctor will be able to help" names no sign."""
    got = relations(tmp_path, "Your doctor will be able to help.", "Symptoms")
    assert not any(p == "has_symptom" for _, p, _ in got)


def test_sign_said_of_under_no_typed_heading(tmp_path: Path) -> None:
    """"The rash spreads quickly" under a heading that types nothing: still a sign."""
    assert (TOPIC, "has_symptom", "rash") in relations(tmp_path, "The rash spreads quickly.")


@pytest.mark.parametrize("sentence", [
    "Doctors rule out conditions that mimic grebble fever (e.g., flu, tarn pox).",
    "Conditions that can mimic grebble fever include flu and tarn pox.",
])
def test_conditions_that_mimic_the_topic(tmp_path: Path, sentence: str) -> None:
    """The named members of "conditions that mimic X" look like X."""
    got = relations(tmp_path, sentence, "Diagnosis")
    assert {(TOPIC, "resembles", "flu"), (TOPIC, "resembles", "tarn pox")} <= got


def test_conditions_that_mimic_something_else(tmp_path: Path) -> None:
    """"Conditions that mimic a stroke, such as migraine" say nothing of the topic."""
    got = relations(tmp_path, "Conditions that mimic a stroke, such as migraine, are common.")
    assert not any(p == "resembles" for _, p, _ in got)


@pytest.mark.parametrize("sentence", [
    "Nurses will ask some questions about your medical history as they look for causes.",
    "At the clinic you may be asked about your medical history and recent travel.",
])
def test_asked_about_history(tmp_path: Path, sentence: str) -> None:
    """Being asked about one's history or symptoms is how it is found, under any heading;
    "as they try ..." is no part of the name."""
    got = relations(tmp_path, sentence)
    assert (TOPIC, "diagnosed_by", "medical history") in got
    assert not any(" as " in o for _, _, o in got)


def test_signs_listed_as_possible_are_plain(tmp_path: Path) -> None:
    """"Possible signs include:" lists what it does, not a guess; "Treatments that might
    help include:" over remedies stays hedged."""
    page = tmp_path / "page.txt"
    page.write_text("Grebble fever\n\nGrebble fever is a rare illness.\n\nAbout\n"
                    + listed("Possible signs include:", "a purple rash", "a stiff neck")
                    + "\n\n"
                    + listed("Treatments that might help include:", "tarn salt baths",
                             "cool packs") + "\n", encoding="utf-8")
    cs, _, _ = extract_corpus([page], progress=False)
    hedged = {cs.label(c.object) if c.predicate == "has_symptom" else cs.label(c.subject):
              c.hedged for c in cs.claims if c.predicate in ("has_symptom", "used_for")}
    assert hedged["purple rash"] is False
    assert hedged["tarn salt baths"] is True
