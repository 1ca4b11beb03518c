"""What a list's lead-in says its items are, in wordings pages of any topic use (session 23).

A list under a heading that names no type ("About", or no heading at all) is read by its
lead-in line alone: "The chance of getting it is higher if you:" lists risks, "It typically
presents with:" signs, "Without treatment it can cause:" complications.  A lead-in of no
known type leaves its items unread, so every wording here was a whole list lost.  The
lead-ins and items are our own, about the made-up grebble fever.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.ingest.patterns import FAMILY_OF, section_type

from .grebble_pages import page_claims

T = "grebble fever"

ITEMS = {
    "risk": ("are over 65", "have kidney disease", "take steroid tablets"),
    "symptom": ("a high temperature", "a sore throat", "aching muscles"),
    "complication": ("kidney failure", "blood poisoning", "blindness"),
    "diagnosis": ("blood cultures", "a chest X-ray", "a skin biopsy"),
    "treatment": ("antibiotics", "fluids through a drip", "painkillers"),
    "prevention": ("washing your hands often", "covering cuts with a clean dressing"),
}


def _families(tmp_path: Path, lead: str, family: str, heading: str = "About") -> list[str]:
    """Return the claim family of each relation a page gives for ``lead`` over the items of
    ``family`` (under ``heading``; "" for none)."""
    items = "\n".join(f"- {item}" for item in ITEMS[family])
    above = f"{heading}\n\n" if heading else ""
    cs = page_claims(tmp_path, f"{above}{lead}\n\n{items}")
    return [FAMILY_OF[c.predicate] for c in cs.claims
            if c.measure is None and c.predicate in FAMILY_OF]


@pytest.mark.parametrize(("family", "lead"), [
    ("risk", "The chance of getting it is higher if you:"),
    ("risk", "Anyone can get it, but it is more likely if you:"),
    ("risk", "You have a higher chance of getting it if:"),
    ("risk", "It usually affects people who:"),
    ("risk", "This is more likely if you:"),
    ("risk", "You can get it if:"),
    ("risk", "Some people have a higher chance of getting it, including:"),
    ("risk", "Predisposing factors include:"),
    ("risk", "Your chances are higher if you:"),
    ("risk", "The following groups are more vulnerable:"),
    ("risk", "Some people are more susceptible, for example:"),
    ("risk", "The following can increase your chances:"),
    ("risk", "It is seen more often in people who:"),
    ("symptom", "It typically presents with:"),
    ("symptom", "Patients usually present with:"),
    ("symptom", "Patients may report:"),
    ("symptom", "It often starts with:"),
    ("symptom", "Typical findings include:"),
    ("symptom", "On examination there may be:"),
    ("symptom", "Examination may reveal:"),
    ("complication", "Serious problems it can cause include:"),
    ("complication", "Long-term problems can include:"),
    ("complication", "Some people are left with:"),
    ("diagnosis", "Investigations include:"),
    ("treatment", "Your doctor may prescribe:"),
    ("treatment", "Supportive measures include:"),
    ("prevention", "How to stop it spreading:"),
])
def test_a_lead_in_types_its_items(tmp_path: Path, family: str, lead: str) -> None:
    got = _families(tmp_path, lead, family)
    assert got.count(family) >= len(ITEMS[family]) - 1, got
    assert got.count(family) * 2 > len(got), got  # most of what the list gives is of its kind


@pytest.mark.parametrize("lead", ["Without treatment it can cause:",
                                  "In rare cases it can cause:"])
def test_what_it_causes_untreated_or_rarely_is_its_own(tmp_path: Path, lead: str) -> None:
    """The opening ("Without treatment", "In rare cases") is no subject of its own: the
    items are the topic's, each a harm or a sign as the item says (they were all dropped,
    read as what something else causes)."""
    got = _families(tmp_path, lead, "complication")
    assert len(got) >= len(ITEMS["complication"]), got
    assert set(got) <= {"complication", "symptom"}, got
    assert "complication" in got, got


@pytest.mark.parametrize(("family", "lead"), [
    ("risk", "You have a higher chance of getting it if:"),
    ("symptom", "It typically presents with:"),
])
def test_a_lead_in_types_its_items_above_any_heading(tmp_path: Path, family: str,
                                                     lead: str) -> None:
    """Text before a page's first heading is read by the same lead-ins."""
    got = _families(tmp_path, lead, family, heading="")
    assert got.count(family) >= len(ITEMS[family]) - 1, got


@pytest.mark.parametrize(("heading", "wanted"), [
    ("Who does it affect?", "risk"),
    ("Does it run in families?", "risk"),
    ("Can I catch it?", "risk"),
    ("How is it caught?", "risk"),
    ("It can be spread by:", "risk"),
    ("It happens when:", "cause"),
    ("It is due to:", "cause"),
    ("Clinical findings", "symptom"),
    ("Clinical picture", "symptom"),
    ("Useful investigations", "diagnosis"),
    ("Case definition", "diagnosis"),
    ("How do doctors find out?", "diagnosis"),
    ("What helps?", "treatment"),
    ("First-line options", "treatment"),
    ("Stopping the spread", "prevention"),
    ("Hygiene tips", "prevention"),
    ("Why it happens", "cause"),
    ("Is it contagious?", "risk"),
    ("Will I get better?", "prognosis"),
])
def test_headings_of_any_topic_name_their_type(heading: str, wanted: str) -> None:
    assert section_type(heading) == wanted


@pytest.mark.parametrize(("heading", "wanted"), [
    ("It mainly affects:", None),  # body parts as often as people
    ("Blood tests may show:", "diagnosis"),  # findings of a test: the test's
    ("Examination of the skin", "diagnosis"),  # the examination itself, no findings named
])
def test_lead_ins_that_keep_their_type(heading: str, wanted: str | None) -> None:
    assert section_type(heading) == wanted


def test_a_lead_in_about_the_body_parts_it_affects_lists_no_risks(tmp_path: Path) -> None:
    cs = page_claims(tmp_path, "About\n\nIt mainly affects:\n\n- the lungs\n- the skin")
    assert not [c for c in cs.claims if c.predicate == "increases_risk_of"]
