"""What an untyped list is for, told from its lead-in's or its items' own words.

The condition ("grebble fever") and everything on its pages are made up.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .grebble_pages import relations as page_relations

TOPIC = "grebble fever"
# Ways to find it that mostly name no test: the items alone do not say they are tests.
ITEMS = ("a sample of the sore skin", "a look at the wound under a blue lamp", "a chest X-ray")


def relations(tmp_path: Path, body: str, heading: str = "At the clinic",
              ) -> set[tuple[str, str, str]]:
    """Return the relations of a grebble-fever page, under a heading of no known kind."""
    return page_relations(tmp_path, body, heading)


def listed(lead: str, *items: str) -> str:
    """Return a lead-in line and its list."""
    return lead + "\n\n" + "\n".join(f"- {item}" for item in items)


@pytest.mark.parametrize("lead", [
    "The nurse may take some of these to check for grebble fever:",
    "These can show whether the infection has spread:",
    "Things that are used to find out if the skin is infected:",
    "They may do the following to confirm it:",
])
def test_lead_saying_its_items_find_it_out_lists_ways_to_diagnose(tmp_path: Path,
                                                                   lead: str) -> None:
    """"To check for it", "can show whether", "to find out if": the items find the illness."""
    got = relations(tmp_path, listed(lead, *ITEMS))
    found = ("sample of the sore skin", "look at the wound under a blue lamp", "chest x-ray")
    assert {(TOPIC, "diagnosed_by", x) for x in found} <= got


@pytest.mark.parametrize("lead", [
    "Things that are used to ease the itching:",
    "The nurse may check your temperature and then give you:",
])
def test_lead_saying_nothing_of_finding_it_out_lists_no_tests(tmp_path: Path, lead: str) -> None:
    """A lead-in about easing it, or one that only mentions a check, types no list of tests."""
    items = ("cool cloths", "a soothing cream", "plenty of rest")
    got = relations(tmp_path, listed(lead, *items))
    assert not {(TOPIC, "diagnosed_by", x) for x in ("cool cloths", "soothing cream",
                                                     "plenty of rest")} & got


def test_stage_of_the_topic_heading_an_item_is_no_sign(tmp_path: Path) -> None:
    """"- Late spreading grebble fever: painful knees" under signs is a stage, not a sign."""
    body = listed("The signs change as it goes on:",
                  "Early localized grebble fever: a red ring on the skin in the first week",
                  "Late spreading grebble fever: painful knees months after the bite")
    got = relations(tmp_path, body)
    assert not {(TOPIC, "has_symptom", x) for x in ("early localized grebble fever",
                                                    "late spreading grebble fever")} & got


def test_untyped_list_whose_items_tell_signs_lists_signs(tmp_path: Path) -> None:
    """Items that mostly say what may appear are signs, though no heading or lead-in says so."""
    body = listed("It comes in waves. Here is what to look out for.",
                  "A red ring around the bite, which may appear within a week",
                  "Tiredness that may develop in the second week and can last for months",
                  "Painful knees, which often appear later on")
    got = relations(tmp_path, body, heading="What happens")
    assert {(TOPIC, "has_symptom", x) for x in ("red ring around the bite", "tiredness",
                                                "painful knees")} <= got


def test_untyped_list_of_stages_names_no_stage_as_a_sign(tmp_path: Path) -> None:
    """"- Early stage: most people develop a red ring": the glossed head is no sign."""
    body = listed("It moves through three stages.",
                  "Early stage: most people develop a red ring around the bite",
                  "Middle stage: a stiff neck may develop weeks later",
                  "Late stage: people often develop painful knees")
    got = relations(tmp_path, body, heading="How it goes on")
    assert not {(TOPIC, "has_symptom", x) for x in ("early stage", "middle stage",
                                                    "late stage")} & got


def test_untyped_list_whose_items_tell_little_of_signs_stays_untyped(tmp_path: Path) -> None:
    """One item of three saying what may appear does not make the others signs."""
    body = listed("Some notes from the clinic.",
                  "A red ring around the bite, which may appear within a week",
                  "The clinic on Mill Road",
                  "A leaflet for the family")
    got = relations(tmp_path, body, heading="Notes")
    assert not {(TOPIC, "has_symptom", x) for x in ("clinic on mill road", "leaflet")} & got
