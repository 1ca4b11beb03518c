"""Entity resolution: more ways pages say two names are one thing, and where they are not."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.ingest.entities import Resolver
from claimgraph.ingest.extract import extract_corpus


def _corpus(tmp_path: Path, pages: dict[str, str]):
    paths = []
    for name, text in pages.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    manifest = tmp_path / "sources.yaml"
    manifest.write_text("topic: grebble fever\nsources:\n" + "".join(
        f"  - {{id: {n}, file: {n}.txt}}\n" for n in pages), encoding="utf-8")
    cs, _, _ = extract_corpus(paths, manifest, progress=False)
    return cs


def _objects(cs, predicate: str | None = None) -> set[str]:
    return {cs.label(c.object) for c in cs.claims
            if c.object is not None and predicate in (None, c.predicate)}


@pytest.mark.parametrize("names", [
    ("throwing up", "vomiting", "being sick"),
    ("body aches", "muscle pain", "myalgia"),
    ("stomach ache", "abdominal pain", "tummy pain"),
    ("rapid pulse", "rapid heartbeat"),
    ("fast breathing", "rapid breathing", "tachypnoea"),
    ("yellowing of the skin", "jaundice"),
    ("spinal tap", "lumbar puncture"),
    ("breathing machine", "mechanical ventilation", "ventilator"),
    ("blood thinners", "anticoagulants"),
    ("flesh", "soft tissue"),
    ("eye redness", "red eyes"),
    ("altered mental state", "confusion"),
])
def test_everyday_and_clinical_names_are_one_thing(names: tuple[str, ...]) -> None:
    """The lexicon's new everyday / clinical pairs resolve to one entity."""
    resolver = Resolver()
    for label in names:
        resolver.add(label)
    resolver.finish()
    assert len({resolver.resolve(x) for x in names}) == 1


@pytest.mark.parametrize(("a", "b"), [("rapid breathing", "rapid heartbeat"),
                                      ("acute kidney injury", "kidney stone"),
                                      ("dry eyes", "watery eyes"),
                                      ("loss of taste", "altered taste"),
                                      ("weight gain", "weight loss"),
                                      ("blocked nose", "runny nose")])
def test_neighbouring_lexicon_groups_stay_apart(a: str, b: str) -> None:
    """Signs that sound alike but are two things keep two entities."""
    resolver = Resolver()
    resolver.add(a)
    resolver.add(b)
    resolver.finish()
    assert resolver.resolve(a) != resolver.resolve(b)


def test_a_kind_shortened_later_under_its_heading_is_one_thing(tmp_path: Path) -> None:
    """"a painful vorble ... the vorble" under one heading names one vorble."""
    cs = _corpus(tmp_path, {"a": "Grebble fever\n\nGrebble fever is a rare illness.\n\n"
                                 "Symptoms\nGrebble fever causes a painful vorble. After a week,"
                                 " the vorble causes itching.\n\nOutlook\n"
                                 "Grebble fever can cause a vorble.\n"})
    assert _objects(cs) == {"painful vorble", "itching"}


@pytest.mark.parametrize("text", [
    # The bare name first: the wider thing, then one kind of it.
    "Symptoms\nGrebble fever can cause a vorble. It often causes a painful vorble.\n",
    # Under another heading: no shortening of the name just given.
    "Symptoms\nGrebble fever causes a painful vorble.\n\nOutlook\n"
    "Grebble fever can cause a vorble.\n",
    # In the same sentence: the page sets the two side by side.
    "Symptoms\nGrebble fever causes a painful vorble, and a vorble can itch.\n",
])
def test_a_bare_name_not_shortening_a_kind_stays_apart(tmp_path: Path, text: str) -> None:
    """A one-word name and its kind on one page stay two unless the page shortens the kind."""
    cs = _corpus(tmp_path, {"a": "Grebble fever\n\nGrebble fever is a rare illness.\n\n" + text})
    assert {"painful vorble", "vorble"} <= _objects(cs)


def _glossed(labels: tuple[str, ...], text: str) -> Resolver:
    resolver = Resolver()
    for label in labels:
        resolver.add(label)
    resolver.learn_other_names(text)
    resolver.finish()
    return resolver


def test_a_name_glossed_after_a_relative_clause_is_the_name_before_it() -> None:
    """"a quorbic wash that is made from sea water, known as tarnol rinse" names the wash."""
    resolver = _glossed(("quorbic wash", "tarnol rinse"),
                        "Use a quorbic wash that has been made from sea water, known as tarnol "
                        "rinse, twice a day.")
    assert resolver.resolve("quorbic wash") == resolver.resolve("tarnol rinse")


@pytest.mark.parametrize(("labels", "text"), [
    # The clause ends in a name the pages use: the gloss may be that name's.
    (("quorbic wash", "tarnol rinse", "sea water"),
     "Use a quorbic wash that has been made from sea water, known as tarnol rinse."),
    # A generic head is no name of one thing ("a treatment that ..." is one of many).
    (("treatment", "tarnol rinse"),
     "Use a treatment that has been made from sea water, known as tarnol rinse."),
    # A clause too long to be one aside.
    (("quorbic wash", "tarnol rinse"),
     "Use a quorbic wash that people in the north of the valley have made for many years "
     "from sea water and herbs, known as tarnol rinse."),
])
def test_a_relative_clause_gloss_that_may_name_something_else_joins_nothing(
        labels: tuple[str, ...], text: str) -> None:
    """The name before "that" takes the gloss only when nothing closer can."""
    resolver = _glossed(labels, text)
    assert resolver.resolve(labels[0]) != resolver.resolve("tarnol rinse")


@pytest.mark.parametrize("text", [
    "Vorble rash is also called quorbitis.",
    "Vorble rash is sometimes known as quorbitis in older books.",
    "Quorbitis is the medical term for vorble rash.",
    "Quorbitis, another name for vorble rash, is common.",
    "The medical term for vorble rash is quorbitis.",
    "Vorble rash (the medical term is quorbitis) starts late.",
    "Vorble rash (formerly quorbitis) starts late.",
    "Vorble rash, or simply quorbitis, starts late.",
    "It starts late. Vorble rash, or quorbitis, fades in a week.",
    "Grebble fever\n\nQuorbitis (vorble rash)\nIt starts late.",
])
def test_more_wordings_of_another_name_join_two_names(text: str) -> None:
    """Each way a page says that two names are one thing joins the names the pages use."""
    resolver = _glossed(("vorble rash", "quorbitis"), text)
    assert resolver.resolve("vorble rash") == resolver.resolve("quorbitis")


@pytest.mark.parametrize(("labels", "text"), [
    # "is called a ..." puts a thing in a class; a bare "is known as" says how it is seen.
    (("tarnol", "vorble medicine"), "Tarnol is called a vorble medicine."),
    (("tarnol", "vorble medicine"), "Tarnol is known as the best vorble medicine."),
    # A list of two that the lexicon knows as two things.
    (("fever", "chills"), "Fever, or chills, may come first."),
    (("vorble rash", "quorbitis"), "A vorble rash, or quorbitis, may come first."),
    # A long line in "X (Y)" form is prose, not a heading.
    (("vorble rash", "quorbitis"),
     "Most people with grebble fever get a vorble rash in the first week (quorbitis later)"),
])
def test_wordings_that_name_no_second_name_join_nothing(labels: tuple[str, ...],
                                                        text: str) -> None:
    """Class statements, lists and long bracketed lines give no second name."""
    resolver = _glossed(labels, text)
    assert resolver.resolve(labels[0]) != resolver.resolve(labels[1])


def test_a_gloss_after_a_described_thing_names_the_kind_not_the_bare_thing() -> None:
    """"a red, swollen vorble (often called quorbic vorble)" gives "vorble" no second name."""
    for text in ("It causes a red, swollen vorble (often called quorbic vorble).",
                 "It causes a red vorble (often called quorbic vorble)."):
        resolver = _glossed(("vorble", "quorbic vorble"), text)
        assert resolver.resolve("vorble") != resolver.resolve("quorbic vorble")
    same = _glossed(("vorble", "quorbic vorble"),
                    "It causes a vorble (often called quorbic vorble).")
    assert same.resolve("vorble") == same.resolve("quorbic vorble")
