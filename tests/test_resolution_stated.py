"""Entity resolution: other names a page states in wordings the first readers missed."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.ingest.entities import Resolver
from claimgraph.ingest.extract import extract_corpus

_OUTLOOK = ("\n\nOutlook\nMost people with grebble fever get plimsy spots. "
            "Grebble fever may also lead to a vorbic rash.\n")


def _names_of_rash(tmp_path: Path, sentence: str) -> set[tuple[str, tuple[str, ...]]]:
    """Return (label, synonyms) of every entity a page names the rash or the spots by."""
    page = tmp_path / "page.txt"
    page.write_text("Grebble fever\n\nGrebble fever is a rare illness.\n\nSymptoms\n"
                    f"{sentence}{_OUTLOOK}", encoding="utf-8")
    cs, _, _ = extract_corpus([page], progress=False)
    return {(e.label, e.synonyms) for e in cs.entities
            if "plimsy" in e.label + " ".join(e.synonyms)
            or "vorbic" in e.label + " ".join(e.synonyms)}


@pytest.mark.parametrize("sentence", [
    "Grebble fever causes a vorbic rash, which is also called plimsy spots.",
    "Grebble fever causes a vorbic rash, which is known as plimsy spots.",
    "Grebble fever causes a vorbic rash, better known as plimsy spots.",
    "Grebble fever causes a vorbic rash, medically known as plimsy spots.",
    "Grebble fever causes a vorbic rash (i.e. plimsy spots).",
])
def test_a_stated_other_name_joins_the_two(tmp_path: Path, sentence: str) -> None:
    """"X, which is known as Y", "better known as", "(i.e. Y)" make one entity of X and Y."""
    assert _names_of_rash(tmp_path, sentence) == {("vorbic rash", ("plimsy spots",))}


def test_a_class_after_which_is_known_as_joins_nothing(tmp_path: Path) -> None:
    """"X, which is known as a Y" puts X in a class: the two stay apart."""
    names = _names_of_rash(tmp_path, "Grebble fever causes a vorbic rash, which is known as a "
                                     "plimsy spot.")
    assert ("vorbic rash", ()) in names


@pytest.mark.parametrize("names", [
    ("vorbic difficulties", "vorbic challenges", "vorbic problems"),
    ("difficulty plindering", "trouble plindering"),
])
def test_generic_trouble_words_name_one_thing(names: tuple[str, ...]) -> None:
    """"X difficulties", "X challenges" and "X problems" are one entity."""
    resolver = Resolver()
    for label in names:
        resolver.add(label)
    resolver.finish()
    assert len({resolver.resolve(x) for x in names}) == 1


def test_trouble_words_keep_other_heads_apart() -> None:
    """"vorbic difficulties" is no "vorbic pain"."""
    resolver = Resolver()
    for label in ("vorbic difficulties", "vorbic pain"):
        resolver.add(label)
    resolver.finish()
    assert resolver.resolve("vorbic difficulties") != resolver.resolve("vorbic pain")


@pytest.mark.parametrize("names", [
    ("bleeding from the gums", "gum bleeding", "bleeding gums"),
    ("damaged nerves", "nerve damage", "damage to the nerves"),
    ("weak leg muscles", "leg muscle weakness", "weakness of the leg muscles"),
    ("injured knee", "knee injury"),
])
def test_word_order_and_state_words_name_one_thing(names: tuple[str, ...]) -> None:
    """"bleeding from the gums", "damaged nerves", "weak leg muscles": one entity each way."""
    resolver = Resolver()
    for label in names:
        resolver.add(label)
    resolver.finish()
    assert len({resolver.resolve(x) for x in names}) == 1


@pytest.mark.parametrize("names", [("Plimsy's disease", "Plimsy's"),
                                   ("plimsy syndrome", "plimsy")])
def test_a_made_up_name_and_its_kind_word_are_one_thing(names: tuple[str, ...]) -> None:
    """"Plimsy's disease" and "Plimsy's" are one entity, shown by the longer name."""
    resolver = Resolver()
    for label in names:
        resolver.add(label)
    resolver.finish()
    assert len({resolver.resolve(x) for x in names}) == 1
    assert [e.label for e in resolver.entities()] == [names[0].lower()]


@pytest.mark.parametrize(("a", "b"), [("heart disease", "heart"), ("skin infection", "skin"),
                                      ("plimsy type 2 disease", "plimsy")])
def test_a_dictionary_word_keeps_its_kind_word(a: str, b: str) -> None:
    """"heart disease" is no heart: only a word of no dictionary loses its kind word."""
    resolver = Resolver()
    resolver.add(a)
    resolver.add(b)
    resolver.finish()
    assert resolver.resolve(a) != resolver.resolve(b)


def test_two_words_in_brackets_name_the_thing_before(tmp_path: Path) -> None:
    """"a vorbic rash (plimsy spots)" makes one entity when the claims use both names."""
    assert _names_of_rash(tmp_path, "Grebble fever causes a vorbic rash (plimsy spots).") == {
        ("vorbic rash", ("plimsy spots",))}


@pytest.mark.parametrize("sentence", [
    # The bracket glosses the whole phrase, not the name after "to".
    "Grebble fever harms the vessels that lead to the vorbic rash (plimsy spots).",
    # An article: a class or a description, not a second name.
    "Grebble fever causes a vorbic rash (a plimsy spots).",
])
def test_brackets_that_name_no_second_name_join_nothing(tmp_path: Path, sentence: str) -> None:
    """A bracket after a preposition's object, or opening with an article, joins nothing."""
    assert ("vorbic rash", ()) in _names_of_rash(tmp_path, sentence)


def test_a_kind_in_brackets_stays_a_kind(tmp_path: Path) -> None:
    """"vorbic rash (chronic vorbic rash)" names a kind of the rash: two entities."""
    page = tmp_path / "page.txt"
    page.write_text("Grebble fever\n\nGrebble fever is a rare illness.\n\nSymptoms\n"
                    "Grebble fever causes a vorbic rash (chronic vorbic rash).\n\nOutlook\n"
                    "Grebble fever may lead to a chronic vorbic rash. Grebble fever causes a "
                    "vorbic rash.\n", encoding="utf-8")
    cs, _, _ = extract_corpus([page], progress=False)
    assert {"vorbic rash", "chronic vorbic rash"} <= {e.label for e in cs.entities}


def _stated(text: str, labels: tuple[str, ...]) -> Resolver:
    resolver = Resolver()
    for label in labels:
        resolver.add(label)
    resolver.learn_other_names(text)
    resolver.finish()
    return resolver


def test_words_a_page_states_are_one_join_the_names_built_on_them() -> None:
    """"plimsy (vorbing)" makes "knee plimsy" and "vorbing of the knee" one entity."""
    labels = ("plimsy", "knee plimsy", "vorbing of the knee")
    resolver = _stated("Grebble fever causes plimsy (vorbing) at times.", labels)
    assert resolver.resolve("knee plimsy") == resolver.resolve("vorbing of the knee")
    unstated = _stated("Grebble fever causes plimsy at times.", labels)
    assert unstated.resolve("knee plimsy") != unstated.resolve("vorbing of the knee")


def test_a_stated_word_keeps_numbers_apart() -> None:
    """"type 1 plimsy" is no "type 2 vorbing", whatever the page says of the words."""
    resolver = _stated("Grebble fever causes plimsy (vorbing) at times.",
                       ("plimsy", "type 1 plimsy", "type 2 vorbing"))
    assert resolver.resolve("type 1 plimsy") != resolver.resolve("type 2 vorbing")


def _resolved(*labels: str) -> Resolver:
    resolver = Resolver()
    for label in labels:
        resolver.add(label)
    resolver.finish()
    return resolver


@pytest.mark.parametrize("grave", ["serious vorbing", "dangerous vorbing",
                                   "life-threatening vorbing"])
def test_a_grave_outcome_is_the_outcome(grave: str) -> None:
    """"serious vorbing" and "vorbing" are one entity, shown as "vorbing"."""
    resolver = _resolved(grave, "vorbing")
    assert resolver.resolve(grave) == resolver.resolve("vorbing") == "vorbing"


@pytest.mark.parametrize("labels", [("serious vorbing", "mild vorbing", "vorbing"),
                                    ("severe vorbing", "vorbing")])
def test_graded_kinds_stay_apart(labels: tuple[str, ...]) -> None:
    """A milder kind named beside it, or a sign's grade ("severe"), keeps the names apart."""
    resolver = _resolved(*labels)
    assert resolver.resolve(labels[0]) != resolver.resolve("vorbing")


def test_stated_words_do_not_depend_on_page_order() -> None:
    """Two pages stating a word two ways give the same entities in either order."""
    labels = ("plimsy", "knee plimsy", "vorbing of the knee", "knee quarl")
    pages = ("It causes plimsy (vorbing) at times.", "It causes plimsy (quarl) at times.")

    def ids(order: tuple[str, ...]) -> dict[str, str]:
        resolver = Resolver()
        for label in labels:
            resolver.add(label)
        for text in order:
            resolver.learn_other_names(text)
        resolver.finish()
        return {label: resolver.resolve(label) for label in labels}

    assert ids(pages) == ids(pages[::-1])
