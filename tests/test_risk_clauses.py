"""Risks and causes said in running text: who it occurs in, germ lists, a second verb's subject.

Sentences are our own words about a made-up illness ("grebble fever") and made-up germs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .test_rule_families import TOPIC, relations


@pytest.mark.parametrize(("sentence", "expected"), [
    # The bare verb, without "can" or "is", says who it occurs in.
    ("It happens in people who have kidney disease.", ("kidney disease", "increases_risk_of")),
    ("Grebble fever develops in patients with gout.", ("gout", "increases_risk_of")),
    ("It can also happen to people who use hair gels.", ("hair gels", "increases_risk_of")),
    # A list led by germs alone names what causes it.
    ("Common pathogens include Quentella vorlaxii and Morvish rods.",
     ("morvish rods", "causes")),
    ("The organisms found may include Quentella vorlaxii.", ("quentella vorlaxii", "causes")),
    # A verb after "and" has the sentence's own subject, even past an earlier relation.
    ("Other cases are more common in people with gout and are linked to Quentella infection.",
     ("quentella infection", "associated_with")),
    ("Cases of grebble fever occur in men and children, and are linked to hair gels.",
     ("hair gels", "associated_with")),
    # Cases said by their kind are still its cases.
    ("Sporadic cases have been linked to hair gels.", ("hair gels", "associated_with")),
    # "A after B": what follows another risk, and that risk, each raise it.
    ("Nonseasonal cases are linked to Quentella infections after surgery.",
     ("surgery", "associated_with")),
    ("Nonseasonal cases are linked to Quentella infections after surgery.",
     ("quentella infections", "associated_with")),
    ("Quentella infection after surgery can cause grebble fever.", ("surgery", "causes")),
])
def test_risk_said_in_running_text(tmp_path: Path, sentence: str,
                                   expected: tuple[str, str]) -> None:
    """Each wording says what raises the risk of the topic or causes it."""
    subject, predicate = expected
    assert (subject, predicate, TOPIC, "") in relations(tmp_path, sentence)


@pytest.mark.parametrize("sentence", [
    "Drugs that kill these bacteria include penicillin.",  # the list names drugs
    "Good bacteria include Morvish rods.",  # germs that do no harm
    "The rash occurs in people with gout.",  # a sign, not the topic, occurs
    "It does not occur in people who have had the vaccine.",  # denied
])
def test_running_text_wordings_that_name_no_cause(tmp_path: Path, sentence: str) -> None:
    """The same words name no cause or risk of the topic when what leads them is not it."""
    found = relations(tmp_path, sentence)
    assert not {r for r in found if r[2] == TOPIC and r[1] in ("causes", "increases_risk_of")
                and "neg" not in r[3]}


def test_a_second_verb_of_another_subject_is_not_the_topics(tmp_path: Path) -> None:
    """"Smoking is common in men, and is linked to X": smoking is linked, not the topic."""
    found = relations(tmp_path, "Smoking is common in men and children, and is linked to gout.")
    assert not {r for r in found if r[0] == TOPIC}


def test_years_after_is_no_second_risk(tmp_path: Path) -> None:
    """"for years after the rash clears" names a time, not a risk."""
    found = relations(tmp_path, "It causes pain that lasts for years after the rash clears up.")
    assert not {r for r in found if r[2] in ("years", "rash clears up")}


def _page_relations(tmp_path: Path, definition: str, body: str) -> set[tuple[str, str, str]]:
    """Relations of a page whose first sentence is ``definition``."""
    from claimgraph.ingest.extract import extract_corpus

    page = tmp_path / "page.txt"
    page.write_text(f"Grebble fever\n\n{definition}\n\nAbout\n{body}\n", encoding="utf-8")
    cs, _, _ = extract_corpus([page], progress=False)
    return {(cs.label(c.subject), c.predicate, cs.label(c.object))
            for c in cs.claims if c.object is not None}


@pytest.mark.parametrize("definition", [
    "Grebble fever is a rare, serious bacterial infection of the skin.",
    "Grebble fever, also called swamp itch, is an infection of the skin.",
])
def test_the_class_the_page_defines_it_as_is_the_topic(tmp_path: Path, definition: str) -> None:
    """"Gout predisposes people to skin infections", on a page defining it as an infection."""
    found = _page_relations(tmp_path, definition, "Gout predisposes people to skin infections.")
    assert ("gout", "increases_risk_of", TOPIC) in found


def test_another_class_is_not_the_topic(tmp_path: Path) -> None:
    """The same sentence on a page defining it as a disease names another thing's risk."""
    found = _page_relations(tmp_path, "Grebble fever is a rare disease of the skin.",
                            "Gout predisposes people to skin infections.")
    assert ("gout", "increases_risk_of", TOPIC) not in found


@pytest.mark.parametrize(("sentence", "risks"), [
    ("Many people who develop grebble fever have gout.", {"gout"}),
    ("People who get grebble fever often have a weakened immune system.",
     {"weakened immune system"}),
    ("People who develop grebble fever have often taken steroids recently.", {"steroids"}),
    ("Most people who develop grebble fever are in the late stages of kidney failure and are "
     "on dialysis.", {"late stages of kidney failure", "dialysis"}),
    ("Many people who get grebble fever also have gout or receive dialysis.",
     {"gout", "dialysis"}),
])
def test_what_those_who_get_it_already_have(tmp_path: Path, sentence: str,
                                            risks: set[str]) -> None:
    """"People who get it (often) have X": X raised their risk."""
    found = relations(tmp_path, sentence)
    assert {s for s, p_, o, _ in found if p_ == "increases_risk_of" and o == TOPIC} == risks


@pytest.mark.parametrize("sentence", [
    "People who get grebble fever have a painful rash.",  # a sign
    "People who get grebble fever have a higher risk of stroke.",  # a harm it brings
    "People who get grebble fever are treated with antibiotics.",  # care
    "People who get chickenpox have gout.",  # another illness
])
def test_what_those_who_get_it_have_that_is_no_risk(tmp_path: Path, sentence: str) -> None:
    """Signs, further risks, care and other illnesses' people name no risk of it."""
    found = relations(tmp_path, sentence)
    assert not {r for r in found if r[1] == "increases_risk_of" and r[2] == TOPIC}
