"""Preventive acts named by the noun of their verb ("pad change"), not the page's gerund."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.ingest.act_names import act_noun
from claimgraph.ingest.extract import extract_corpus

TOPIC = "grebble fever"


def prevented(tmp_path: Path, body: str, heading: str = "Prevention") -> set[tuple[str, str]]:
    """Return (act, flags) of every act a page says prevents the topic."""
    page = tmp_path / "page.txt"
    page.write_text(f"Grebble fever\n\nGrebble fever is a rare illness.\n\n{heading}\n{body}\n",
                    encoding="utf-8")
    cs, _, _ = extract_corpus([page], progress=False)
    return {(cs.label(c.subject), "negated" if c.negated else "") for c in cs.claims
            if c.predicate == "prevents" and c.object is not None
            and cs.label(c.object) == TOPIC}


@pytest.mark.parametrize(("act", "named"), [
    ("changing pads", "pad change"),
    ("changing sock liners", "sock liner change"),
    ("avoiding using scented sprays", "scented spray avoidance"),
    ("avoiding damp cellars", "damp cellar avoidance"),
    ("removing quillbugs", "quillbug removal"),
    ("replacing old filters", "old filter replacement"),
    ("restricting sugar", "sugar restriction"),
    ("stopping smoking", "smoking cessation"),
    ("quitting smoking", "smoking cessation"),
    ("stopping zorbafen", "zorbafen discontinuation"),
    ("checking feet", "foot check"),
])
def test_an_act_is_named_by_the_noun_of_its_verb(act: str, named: str) -> None:
    """A verb with a noun of its own gives the act's noun phrase, the object singular in front."""
    assert act_noun(act) == named


@pytest.mark.parametrize("act", [
    "washing hands",  # its gerund is the act's noun already
    "keeping pets away from the bed",  # the verb has no noun of its own
    "avoiding pets away from the bed",  # no compound can hold "away from the bed"
    "changing pads with the lowest absorbency",
    "changing it",
    "avoiding the first three damp cellars",  # too long a name to put in front
])
def test_an_act_without_a_noun_form_keeps_its_words(act: str) -> None:
    """Acts whose verb has no noun, or whose object cannot stand in front of one, stay as given."""
    assert act_noun(act) == act


@pytest.mark.parametrize(("body", "expected"), [
    ("Change your pads often.", {("pad change", "")}),
    ("Try to avoid scented sprays.", {("scented spray avoidance", "")}),
    ("Make sure you change your sock liners every few hours.", {("sock liner change", "")}),
    ("Always remove quillbugs promptly.", {("quillbug removal", "")}),
    # (a command not to do it: avoiding it prevents, asserted, since session 41)
    ("Don't share towels.", {("sharing towel avoidance", "")}),
    ("To lower your risk:\n- changing pads regularly\n- avoiding damp cellars",
     {("pad change", ""), ("damp cellar avoidance", "")}),
    ("To lower your risk:\n- Change pads at least every 4 to 8 hours\n- Stop smoking",
     {("pad change", ""), ("smoking cessation", "")}),
])
def test_commands_and_gerund_items_under_prevention_are_named_as_acts(
        tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    """Commands and gerund items are named by their act's noun; how often is left out."""
    assert prevented(tmp_path, body) == expected
