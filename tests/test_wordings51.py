"""Readings mended in session 51: care a group went without, care judged after its purpose,
and the time after a target, written as sentences of our own about a made-up illness."""

from __future__ import annotations

from pathlib import Path

import pytest

from .grebble_pages import page_claims, relations

T = "grebble fever"
RISK = "increases_risk_of"


def said(tmp_path: Path, body: str, heading: str) -> set[tuple[str, str, str, bool]]:
    """Return (subject, predicate, object, denied) of every relation the page gives."""
    cs = page_claims(tmp_path, f"{heading}\n{body}")
    return {(cs.label(c.subject), c.predicate, cs.label(c.object), c.negated)
            for c in cs.claims if c.object is not None}


@pytest.mark.parametrize(("body", "factor", "harm"), [
    ("People who did not get early treatment are more likely to develop arthritis.",
     "lack of early treatment", "arthritis"),
    ("People who were not treated early are more likely to have heart problems.",
     "lack of early treatment", "heart problems"),
    ("Patients who do not receive antibiotics are at higher risk of death.",
     "lack of antibiotics", "death"),
])
def test_care_a_group_went_without_is_the_factor(tmp_path: Path, body: str, factor: str,
                                                 harm: str) -> None:
    """The care a group did not get raises the risk; the care itself was read as the
    factor ("early treatment raises the risk of arthritis": the reverse of what is said)."""
    rels = relations(tmp_path, body, heading="Complications")
    risky = {(s, o) for s, p, o in rels if p == RISK}
    assert risky == {(factor, harm)}, rels


@pytest.mark.parametrize("body", [
    "People who have never had chickenpox are more likely to get it.",
    "Women who do not use condoms are more at risk.",
])
def test_what_a_group_lacks_is_no_factor_when_it_names_no_care(tmp_path: Path,
                                                                body: str) -> None:
    """A group named by what it never had names no factor; the thing lacked was read as
    raising the risk ("chickenpox", "condoms")."""
    rels = relations(tmp_path, body, heading="Who is at risk")
    assert not any(p == RISK for _, p, _ in rels), rels


@pytest.mark.parametrize("body", [
    "Antibiotics to prevent grebble fever after a tick bite are not routinely recommended.",
    "Taking antibiotics after a bite to stop grebble fever is not recommended.",
])
def test_a_purpose_before_a_denied_verdict_is_denied(tmp_path: Path, body: str) -> None:
    """Care named with its purpose before "is not recommended": the prevention is denied,
    and nothing says the care prevents it (it was read as asserted, beside a claim that the
    illness "after a tick bite" is used for itself)."""
    claims = said(tmp_path, body, "Treatment")
    assert claims == {("antibiotics", "prevents", T, True)}, claims


def test_a_purpose_before_a_verdict_that_holds_is_kept(tmp_path: Path) -> None:
    """"Painkillers to ease the pain are often needed": what they ease is still read."""
    claims = said(tmp_path, "Painkillers to ease the pain are often needed.", "Treatment")
    assert ("painkillers", "targets", "pain", False) in claims, claims


@pytest.mark.parametrize("body", [
    "Antibiotics can prevent grebble fever after a tick bite.",
    "A single dose of antibiotics can prevent grebble fever after a bite.",
])
def test_the_time_after_a_prevented_illness_is_no_part_of_its_name(tmp_path: Path,
                                                                  body: str) -> None:
    """"prevent X after a tick bite" prevents X (a name "X after a tick bite" was made)."""
    claims = said(tmp_path, body, "Prevention")
    assert claims == {("antibiotics", "prevents", T, False)}, claims


def test_a_care_given_at_a_time_and_denied_keeps_its_subject(tmp_path: Path) -> None:
    """"Antibiotics given after a bite do not prevent X": "given" opens no clause here (the
    subject was cut to "after a bite", and the denial was lost)."""
    claims = said(tmp_path, "Antibiotics given after a bite do not prevent grebble fever.",
                  "Treatment")
    assert claims == {("antibiotics", "prevents", T, True)}, claims
