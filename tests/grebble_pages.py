"""A one-page corpus about the made-up "grebble fever", for the rule tests.

Several rule test files read a few sentences of our own under one heading and
look at the relations they give; this is that page, written once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from claimgraph.graph.model import ClaimSet
from claimgraph.ingest.extract import extract_corpus


def relations(tmp_path: Path, body: str, heading: str = "About",
              definition: str = "a rare illness") -> set[tuple[str, str, str]]:
    """Return (subject, predicate, object) of every relation a page about grebble fever gives
    (the page opens by defining it as ``definition``)."""
    page = tmp_path / "page.txt"
    page.write_text(f"Grebble fever\n\nGrebble fever is {definition}.\n\n{heading}\n{body}\n",
                    encoding="utf-8")
    cs, _, _ = extract_corpus([page], progress=False)
    return {(cs.label(c.subject), c.predicate, cs.label(c.object))
            for c in cs.claims if c.object is not None}


def page_claims(tmp_path: Path, text: str) -> ClaimSet:
    """Return the claim set of a whole page about grebble fever whose sections are ``text``."""
    page = tmp_path / "page.txt"
    page.write_text(f"Grebble fever\n\nGrebble fever is a rare illness.\n\n{text}\n",
                    encoding="utf-8")
    cs, _, _ = extract_corpus([page], progress=False)
    return cs


def figures(tmp_path: Path, body: str, heading: str) -> set[tuple[str, str, float | None,
                                                                  float | None, float | None]]:
    """Return (subject, kind, value, low, high) of every figure a page about grebble fever
    gives whose one section is ``heading`` over ``body``."""
    cs = page_claims(tmp_path, f"{heading}\n{body}")
    return {(cs.label(c.subject), c.measure.kind, c.measure.value, c.measure.low,
             c.measure.high) for c in cs.claims if c.measure is not None}


def marked_relations(tmp_path: Path, body: str, heading: str,
                     mark: Literal["negated", "hedged"]) -> set[tuple[str, str, str, bool]]:
    """Return (subject, predicate, object, mark) of every relation a page about grebble fever
    gives whose one section is ``heading`` over ``body``: the mark is whether the claim is
    denied, or doubted, whichever the test looks at."""
    cs = page_claims(tmp_path, f"{heading}\n{body}")
    return {(cs.label(c.subject), c.predicate, cs.label(c.object), getattr(c, mark))
            for c in cs.claims if c.object is not None}


def page_relations(tmp_path: Path, text: str) -> set[tuple[str, str, str]]:
    """Return (subject, predicate, object) of every relation of :func:`page_claims`."""
    cs = page_claims(tmp_path, text)
    return {(cs.label(c.subject), c.predicate, cs.label(c.object))
            for c in cs.claims if c.object is not None}


def text_relations(tmp_path: Path, text: str) -> set[tuple[str, str, str]]:
    """Return (subject, predicate, object) of every relation of a page whose whole text
    (title line and all) is ``text``: a page about another made-up illness."""
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    cs, _, _ = extract_corpus([page], progress=False)
    return {(cs.label(c.subject), c.predicate, cs.label(c.object))
            for c in cs.claims if c.object is not None}
