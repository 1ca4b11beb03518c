"""Signs and risks read in session 15 from list items: a described sign named in brackets,
a body part sharing a class noun, feelings said as adjectives."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.ingest.rules import phrases

from .grebble_pages import page_claims, page_relations


def _page(tmp_path: Path, heading: str, lead: str, items: list[str]) -> set[tuple[str, str, str]]:
    """Return the relations of a page whose one section lists ``items`` after ``lead``."""
    body = "\n".join(f"- {x}" for x in items)
    return page_relations(tmp_path, f"{heading}\n{lead}\n{body}")


@pytest.mark.parametrize(("item", "sign"), [
    ("hearing ringing or buzzing noises inside your head (tinnitus)", "tinnitus"),
    ("wanting to eat things that are not food, such as chalk or soil (pica)", "pica"),
    ("finding it hard to swallow (dysphagia)", "dysphagia"),
    ("feeling itchy", "itching"),
])
def test_a_described_sign_is_the_sign_it_names(tmp_path: Path, item: str, sign: str) -> None:
    """'finding it hard to swallow (dysphagia)': dysphagia, and no 'chalk' or 'soil' signs."""
    got = _page(tmp_path, "Symptoms", "Less common symptoms include:", [item, "a sore tongue"])
    signs = {o for s, p, o in got if p == "has_symptom"}
    assert sign in signs
    assert not signs & {"chalk", "soil"}


def test_a_body_part_shares_the_class_noun_after_it() -> None:
    """'stomach or intestinal diseases' are stomach diseases and intestinal diseases."""
    assert [p.label for p in phrases("certain stomach or intestinal diseases")] == [
        "stomach diseases", "intestinal diseases"]


def test_managed_and_prevented_by_names_the_means(tmp_path: Path) -> None:
    """'It can be managed and prevented by eating a balanced diet': the diet prevents it."""
    cs = page_claims(tmp_path, "Prevention\nGrebble fever can be managed and prevented by "
                     "eating a balanced diet.")
    assert any(c.predicate == "prevents" and "diet" in cs.label(c.subject) for c in cs.claims)


def test_an_act_on_an_unnamed_thing_is_no_sign(tmp_path: Path) -> None:
    """'hair loss - you notice more hair coming out when washing it': no sign 'washing it'."""
    got = _page(tmp_path, "Symptoms", "Symptoms include:",
                ["hair loss - you notice more hair coming out when brushing or washing it",
                 "a sore tongue"])
    assert ("grebble fever", "has_symptom", "hair loss") in got
    assert not any(o.endswith(" it") for _, _, o in got)
