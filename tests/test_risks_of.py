"""Harms named as the risks of something: the thing raises the risk of each harm."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.ingest.risks_of import named_before, risks_of

from .grebble_pages import relations

RISK = "increases_risk_of"


@pytest.mark.parametrize(("body", "expected"), [
    # "this surgery" is the surgery the sentence before named
    ("Nerve-release surgery is seldom offered now. Grumps and lasting deafness are known "
     "dangers of this surgery.",
     {("nerve-release surgery", RISK, "grumps"), ("nerve-release surgery", RISK,
                                                   "lasting deafness")}),
    ("Scarring is a known risk of the operation.", {("operation", RISK, "scarring")}),
    ("The main risks of surgery include bleeding, infection and scarring.",
     {("surgery", RISK, "bleeding"), ("surgery", RISK, "infection"), ("surgery", RISK,
                                                                       "scarring")}),
    # the risks of the topic itself are its complications, not read here
    ("The risks of grebble fever include blindness.", set()),
])
def test_harms_named_as_risks_of_a_thing(tmp_path: Path, body: str,
                                         expected: set[tuple[str, str, str]]) -> None:
    """What carries the named risks raises the risk of each harm."""
    assert {r for r in relations(tmp_path, body) if r[1] == RISK} == expected


def test_reading_and_pointing_back() -> None:
    """The reading returns the words; "this X" finds the last name ending in X, else None."""
    said = risks_of("Grumps is a possible risk of the drip.")
    assert said is not None and (said.harms, said.source) == ("Grumps", "the drip")
    assert said.said == "Grumps is a risk of the drip"  # possible harms; a stated risk
    assert risks_of("The risk is low.") is None
    assert named_before("this drip", "A zorbulin drip is given. Steroids help. ") == "zorbulin drip"
    assert named_before("this drip", "They use it after the drip. ") == "drip"
    assert named_before("zorbulin", "zorbulin") is None


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Grebble fever is caused by the Quentella virus (QV) that also causes blue pox.",
     {("quentella virus", "causes", "grebble fever"), ("quentella virus", "causes", "blue pox")}),
    ("Grebble fever is due to a germ that also causes blue pox.",
     {("germ", "causes", "grebble fever"), ("germ", "causes", "blue pox")}),
    # without "also" the clause says which germ, not a second thing it causes
    ("Grebble fever is caused by a germ that causes blue pox.",
     {("germ", "causes", "grebble fever")}),
])
def test_cause_that_also_causes(tmp_path: Path, sentence: str,
                                expected: set[tuple[str, str, str]]) -> None:
    """The cause named before "that also causes Y" causes Y as well."""
    assert {r for r in relations(tmp_path, sentence) if r[1] == "causes"} == expected
