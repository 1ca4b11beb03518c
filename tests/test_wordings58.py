"""Readings mended in session 58 (how often and how long a remedy is used, and the things a
command names), written as sentences of our own about a made-up illness."""

from __future__ import annotations

from pathlib import Path

import pytest

from .grebble_pages import figures, page_claims, page_relations, relations

T = "grebble fever"


@pytest.mark.parametrize("body", [
    "You may need eye drops up to 6 times a day.",
    "People who cannot close their eye may need eye drops up to 6 times a day.",
])
def test_how_often_is_no_part_of_the_remedy_named(tmp_path: Path, body: str) -> None:
    """"up to 6 times a day" says how often: the remedy is "eye drops" ("eye drops up" was
    read before), and the figure is the drops' (it was the illness's)."""
    got = relations(tmp_path, body, "Treatment")
    assert ("eye drops", "used_for", T) in got
    assert not any("up" in o.split() or "up" in s.split() for s, _, o in got), got
    assert ("eye drops", "count", 6.0, None, None) in figures(tmp_path, body, "Treatment")


@pytest.mark.parametrize(("body", "remedy", "value"), [
    ("Take zarbocillin up to 4 times a day.", "zarbocillin", 4.0),
    ("Eye drops can be used up to 6 times a day.", "eye drops", 6.0),
    ("Eye drops may be needed up to 6 times a day.", "eye drops", 6.0),
    ("Apply the cream twice a day.", "cream", 2.0),
])
def test_doses_a_day_are_the_remedys(tmp_path: Path, body: str, remedy: str,
                                     value: float) -> None:
    """How many times a day is said of the remedy named before it, with "up to" between
    them or a passive verb (the illness took the figure before)."""
    got = figures(tmp_path, body, "Treatment")
    assert (remedy, "count", value, None, None) in got
    assert not any(s == T for s, *_ in got), got


@pytest.mark.parametrize("body", [
    "You may need to take zarbocillin for up to 2 weeks.",
    "You may need to take zarbocillin for 2 weeks.",
    "It is best to take zarbocillin for 2 weeks.",
])
def test_how_long_a_remedy_is_taken(tmp_path: Path, body: str) -> None:
    """"take X for 2 weeks" gives the course's length, X's ("need to ... for" was read as a
    test's time and dropped; "It is best to" was taken for the thing that lasts)."""
    got = figures(tmp_path, body, "Treatment")
    assert ("zarbocillin", "duration", 2.0, None, None) in got
    assert not any(o == "up" for *_, o in relations(tmp_path, body, "Treatment"))


def test_what_a_remedy_is_taken_for_is_still_read(tmp_path: Path) -> None:
    """A sign after "for" is still what the remedy is taken for."""
    got = relations(tmp_path, "Some people take zarbocillin for joint pain.", "Treatment")
    assert ("zarbocillin", "used_for", "joint pain") in got


@pytest.mark.parametrize(("text", "predicate"), [
    ("Treatment\nUse paracetamol or ibuprofen.", "used_for"),
    ("Treatment\nYou can:\n- take paracetamol or ibuprofen\n- rest", "used_for"),
    ("How to prevent it\nTo lower your risk:\n- take paracetamol or ibuprofen\n- rest",
     "prevents"),
])
def test_each_thing_a_command_names(tmp_path: Path, text: str, predicate: str) -> None:
    """"Use A or B", "- take A or B": each thing is a remedy of its own (one name "A or B"
    before; under prevention "taking A" was the name)."""
    got = page_relations(tmp_path, text)
    assert {("paracetamol", predicate, T), ("ibuprofen", predicate, T)} <= got
    assert not any(" or " in s or s.startswith("taking ") for s, _, _ in got), got


def _periods(tmp_path: Path, body: str) -> set[tuple[str, float | None, str | None]]:
    """Return (subject, value, population) of each period a page about grebble fever gives
    under an outlook heading."""
    cs = page_claims(tmp_path, f"Outlook\n{body}")
    return {(cs.label(c.subject), c.measure.value or c.measure.high, c.measure.population)
            for c in cs.claims if c.measure is not None and c.measure.kind == "duration"}


@pytest.mark.parametrize(("body", "thing", "who"), [
    ("Untreated, the rash lasts 3 weeks.", "rash", "untreated"),
    ("Without treatment, the rash lasts 3 weeks.", "rash", "without treatment"),
    ("In people who are not treated, the rash lasts 3 weeks.", "rash", "untreated"),
    ("Most people get better in a week, but without treatment, the rash lasts 3 weeks.",
     "rash", "without treatment"),
    ("People who are treated early usually recover within 3 weeks.", "recovery",
     "people treated early"),
])
def test_a_period_of_a_group_named_before_it(tmp_path: Path, body: str, thing: str,
                                             who: str) -> None:
    """Who a period is for, said in a lead before its clause or as the people the sentence
    opens with, is the period's population (it was everyone's before)."""
    assert (thing, 3.0, who) in _periods(tmp_path, body)


def test_a_period_with_no_group_is_everyones(tmp_path: Path) -> None:
    """A period said of no group has no population."""
    assert ("rash", 3.0, None) in _periods(tmp_path, "Usually, the rash lasts 3 weeks.")


@pytest.mark.parametrize(("body", "who"), [
    ("People who cannot close their eye may need eye drops up to 6 times a day.",
     "people who cannot close their eye"),
    ("Children with a weak heart may need eye drops up to 6 times a day.",
     "children with a weak heart"),
    ("You may need eye drops up to 6 times a day.", None),
    ("People with grebble fever are given eye drops up to 6 times a day.", None),
    ("People with grebble fever are usually advised to use eye drops up to 6 times a day.",
     None),
])
def test_doses_a_day_of_a_group(tmp_path: Path, body: str, who: str | None) -> None:
    """The people a sentence opens with are whom its doses a day are for (no one before);
    the people with the illness are everyone, no group."""
    cs = page_claims(tmp_path, f"Treatment\n{body}")
    got = {(cs.label(c.subject), c.measure.population) for c in cs.claims
           if c.measure is not None and c.measure.kind == "count"}
    assert got == {("eye drops", who)}


@pytest.mark.parametrize(("body", "factor"), [
    ("The risk is higher if you live in a rural area.", "rural area"),
    ("You are more likely to get it if you work on a farm.", "farm"),
])
def test_a_place_lived_or_worked_in_is_named_without_its_article(tmp_path: Path, body: str,
                                                                 factor: str) -> None:
    """The place after "live in" / "work on" is the factor, named without "a" ("a rural
    area" before)."""
    got = relations(tmp_path, body, "Risk factors")
    assert (factor, "increases_risk_of", T) in got
    assert not any(s.startswith(("a ", "an ")) for s, _, _ in got), got
