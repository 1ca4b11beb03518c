"""Signs read under the stage and sign headings a symptoms section goes on with, and the
wordings that section then meets (counts, who gets it, feeling a body part)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.ingest.extract import extract_corpus
from claimgraph.ingest.sign_headings import names_stage_or_sign, sections_going_on_with_signs

from .grebble_pages import relations

SIGN = "has_symptom"


def _page_relations(tmp_path: Path, text: str) -> set[tuple[str, str, str]]:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    cs, _, _ = extract_corpus([page], progress=False)
    return {(cs.label(c.subject), c.predicate, cs.label(c.object))
            for c in cs.claims if c.object is not None}


_PAGE = ("Grebble fever\n\nGrebble fever is a rare illness.\n\n"
         "Treating grebble fever\n\nRest and fluids help most people.\n\n"
         "Symptoms of grebble fever\n\nThe signs come in two phases.\n\n"
         "{middle}"
         "{heading}\n\nYour child may be very irritable.\n")


@pytest.mark.parametrize("heading", ["Stage 1", "First phase", "Early stage", "High temperature",
                                     "Swollen glands"])
def test_a_stage_or_sign_heading_after_symptoms_goes_on_with_them(tmp_path: Path,
                                                                  heading: str) -> None:
    """"Stage 1" set as a sibling after "Symptoms" (no markup) still lists the signs."""
    got = _page_relations(tmp_path, _PAGE.format(middle="", heading=heading))
    assert ("grebble fever", SIGN, "irritability") in got


def test_a_sign_heading_after_another_heading_is_not_a_symptoms_section(tmp_path: Path) -> None:
    """A heading that is neither stage nor sign ("When to get help") ends the run."""
    middle = "When to get help\n\nCall a doctor if you are worried.\n\n"
    got = _page_relations(tmp_path, _PAGE.format(middle=middle, heading="Stage 2"))
    assert ("grebble fever", SIGN, "irritability") not in got


def test_names_stage_or_sign_reads_stages_and_signs_only() -> None:
    """Stages and one-sign headings count; advice and questions do not."""
    assert [names_stage_or_sign(t) for t in (
        "Phase 2: sub-acute (weeks 2-4)", "Later stages", "Red eyes", "Blisters",
        "When to see a doctor", "How is it treated?", "Outlook")] == [
        True, True, True, True, False, False, False]


def test_only_the_run_after_a_symptoms_heading_is_typed() -> None:
    """Sign headings before any symptoms heading, or after another heading, stay untyped."""
    titles = ["Rash", "Symptoms", "Stage 1", "Stage 2", "Causes", "Fever", "Signs", "Lumps"]
    assert sections_going_on_with_signs(titles) == frozenset({2, 3, 7})


def test_one_or_more_of_these_symptoms_names_no_sign(tmp_path: Path) -> None:
    """"Two or more of these signs may also appear" counts signs named elsewhere."""
    got = relations(tmp_path, "Two or more of these signs may also appear together.", "Symptoms")
    assert not any(p == SIGN for _, p, _ in got)


def test_getting_the_topic_itself_is_no_sign(tmp_path: Path) -> None:
    """"You're more likely to get X if you live near marshes": who gets it, not a sign."""
    got = relations(tmp_path, "You're more likely to get grebble fever if you live or work "
                    "near damp marshes.", "Symptoms")
    assert not any(p == SIGN for _, p, _ in got)


def test_feeling_a_body_part_with_the_hand_is_no_sign(tmp_path: Path) -> None:
    """"If you gently feel your child's elbow, ..." examines; the lumps felt are the sign."""
    got = relations(tmp_path, "If you gently feel your child's elbow, you may be able to "
                    "feel soft lumps.", "Symptoms")
    signs = {o for _, p, o in got if p == SIGN}
    assert "soft lumps" in signs
    assert not any("elbow" in o for o in signs)


def test_where_and_how_many_stay_with_the_sign(tmp_path: Path) -> None:
    """"lumps on one or both sides" is the lumps; "both sides" is no sign of its own."""
    got = relations(tmp_path, "You may notice soft lumps on one or both sides.", "Symptoms")
    signs = {o for _, p, o in got if p == SIGN}
    assert "soft lumps" in signs
    assert not any("sides" in o for o in signs)


def test_there_may_be_a_named_sign_in_general_text(tmp_path: Path) -> None:
    """"A day before the spots come there may be tingling": a sign, under any heading."""
    got = relations(tmp_path, "A day before the spots come there may be tingling in the "
                    "skin.", "About")
    assert ("grebble fever", SIGN, "skin tingling") in got


def test_there_may_be_something_else_in_general_text_is_no_sign(tmp_path: Path) -> None:
    """"There may be a long wait at the clinic" names no sign."""
    got = relations(tmp_path, "There may be a long wait at the clinic.", "About")
    assert not any(p == SIGN for _, p, _ in got)


def test_you_may_have_a_named_sign_in_general_text(tmp_path: Path) -> None:
    """"You may also have a problem bending one knee" under no typed heading: a sign."""
    got = relations(tmp_path, "You may also have a problem bending one of your knees.", "About")
    assert ("grebble fever", SIGN, "difficulty bending knees") in got


@pytest.mark.parametrize("body", ["You may have a blood test at the clinic.",
                                  "If you have a fever, you may have a rest at home.",
                                  "After the operation you may have a sore throat."])
def test_you_may_have_no_sign_or_a_condition_in_general_text(tmp_path: Path, body: str) -> None:
    """A test, a condition ("if you have ...") or a time after care names no sign of it."""
    got = relations(tmp_path, body, "About")
    assert not any(p == SIGN for _, p, _ in got)


@pytest.mark.parametrize("body", [
    "Grebble fever is a rare illness characterised by wobble knees and fever.",
    "Grebble fever is an inherited disorder that is characterized by wobble knees and fever.",
])
def test_a_definition_characterised_by_names_signs(tmp_path: Path, body: str) -> None:
    """"X is a rare illness characterised by A and B" in general text: A and B are its signs."""
    got = relations(tmp_path, body, "About")
    assert {("grebble fever", SIGN, "wobble knees"), ("grebble fever", SIGN, "fever")} <= got


def test_a_risk_of_more_problems_you_may_get_is_no_sign(tmp_path: Path) -> None:
    """"There is a small risk you may get more problems with the knee" is a harm, no sign."""
    got = relations(tmp_path, "There is a small risk you may get more problems with the knee.",
                    "About")
    assert not any(p == SIGN for _, p, _ in got)


def test_signs_under_a_reaction_heading_are_the_reactions(tmp_path: Path) -> None:
    """Under "Marsh ague reaction", "Symptoms may include chills" are the reaction's signs."""
    got = relations(tmp_path, "Symptoms may include chills and a headache.", "Marsh ague reaction")
    assert {("marsh ague reaction", SIGN, "chills"),
            ("marsh ague reaction", SIGN, "headache")} <= got
    assert not any(s == "grebble fever" and p == SIGN for s, p, _ in got)


@pytest.mark.parametrize("body", ["As a result of grebble fever, your knees feel stiff.",
                                  "With grebble fever, your knees may feel stiff."])
def test_a_state_said_to_come_of_the_topic_is_a_sign_anywhere(tmp_path: Path, body: str) -> None:
    """"As a result of X, your knees feel stiff" under no typed heading: knee stiffness."""
    assert ("grebble fever", SIGN, "knee stiffness") in relations(tmp_path, body, "About")


def test_a_state_not_said_to_come_of_the_topic_in_general_text_is_none(tmp_path: Path) -> None:
    """"Your knees feel stiff" alone, under no typed heading, may be anyone's."""
    assert not any(p == SIGN for _, p, _ in relations(tmp_path, "Your knees feel stiff.", "About"))


_DESCRIBED = ("Grebble fever\n\nGrebble fever is a rare illness.\n\n"
              "What happens\n\n{paragraph}\n")


def test_a_paragraph_describing_the_body_under_no_typed_heading_tells_signs(
        tmp_path: Path) -> None:
    """No heading says "symptoms", but most sentences say how the skin looks and feels:
    the paragraph is read as the signs it describes."""
    got = _page_relations(tmp_path, _DESCRIBED.format(paragraph=(
        "The skin over the area becomes red, swollen and hot to the touch. At first the area "
        "is very painful. Later, blisters form and spread.")))
    assert {("grebble fever", SIGN, x) for x in ("redness", "swelling", "warmth", "pain")} <= got


def test_one_sentence_about_the_body_does_not_make_a_paragraph_of_signs(
        tmp_path: Path) -> None:
    """A paragraph about the germ with one aside about red skin is not a signs paragraph."""
    got = _page_relations(tmp_path, _DESCRIBED.format(paragraph=(
        "The germ lives in soil and enters through cuts. It multiplies quickly in warm, damp "
        "places. The skin may become red. Most people who meet it never fall ill.")))
    assert ("grebble fever", SIGN, "redness") not in got


def test_a_paragraph_listing_what_people_develop_under_no_typed_heading_tells_signs(
        tmp_path: Path) -> None:
    """Sentences that say what people develop or have, naming signs, make the paragraph a
    description of the topic's signs: each one is read, as under a symptoms heading."""
    got = _page_relations(tmp_path, _DESCRIBED.format(paragraph=(
        "The illness starts suddenly with a high fever and vomiting. People typically develop "
        "a headache and diarrhoea. Early on, the person has muscle aches and confusion.")))
    assert {("grebble fever", SIGN, x) for x in (
        "high fever", "vomiting", "headache", "diarrhoea", "muscle aches", "confusion")} <= got


def test_what_people_develop_in_a_paragraph_about_care_is_no_sign(tmp_path: Path) -> None:
    """One sentence naming a sign does not make a paragraph about care a signs paragraph."""
    got = _page_relations(tmp_path, _DESCRIBED.format(paragraph=(
        "Most people are treated at home with rest and fluids. Some people develop a headache. "
        "Doctors may give zorbulin tablets for a week.")))
    assert ("grebble fever", SIGN, "headache") not in got
