"""Entity resolution: abbreviations written beside their long form with no bracket."""

from __future__ import annotations

import pytest

from claimgraph.ingest.abbreviations import find_abbreviations
from claimgraph.ingest.entities import Resolver


def _one_entity(labels: tuple[str, ...], text: str) -> bool:
    """Return whether the resolver makes one entity of ``labels`` after reading ``text``."""
    resolver = Resolver()
    for label in labels:
        resolver.add(label)
    resolver.learn_abbreviations(text)
    resolver.learn_other_names(text)
    resolver.finish()
    return len({resolver.resolve(x) for x in labels}) == 1


@pytest.mark.parametrize("text", [
    "Plimsy vorbic syndrome or PVS is rare.",
    "People with PVS or plimsy vorbic syndrome tire easily.",
    "PVS stands for plimsy vorbic syndrome.",
    "PVS is short for plimsy vorbic syndrome.",
    "Many have plimsy vorbic syndromes or PVSs.",
    "Plimsy vorbic syndrome, PVS, is rare.",
    "Plimsy vorbic syndrome - PVS - is rare.",
    "Plimsy vorbic syndrome (PVS for short) is rare.",
    "Plimsy vorbic syndrome (sometimes shortened to PVS) is rare.",
    "Plimsy vorbic syndrome (P.V.S.) is rare.",
])
def test_an_abbreviation_beside_its_long_form_joins_them(text: str) -> None:
    """"X or ABBR", "ABBR or X" and "ABBR stands for X" name one thing twice."""
    assert _one_entity(("plimsy vorbic syndrome", "PVS"), text)


def test_letters_may_skip_small_words_after_the_abbreviation() -> None:
    """"DGS or disease of the grebble spine": "of" and "the" give no letter."""
    assert list(find_abbreviations("DGS or disease of the grebble spine is rare.")) == [
        ("disease of the grebble spine", "DGS")]


@pytest.mark.parametrize("text", [
    "Tests, vorbic scans or PVS help.",          # a list: the letters cross a comma
    "PVS or plimsy syndrome is rare.",           # two words cannot spell three letters
    "Plimsy vorbic syndrome or pvs is rare.",    # lower case: no abbreviation
    "It causes plimsy or VPS.",                  # letters out of order
    "Plimsy vorbic syndrome and fever, PVS, and more.",  # the last word gives no letter
    "Fever, PVS, and rash are common.",           # a list item, no long form
])
def test_no_abbreviation_without_its_letters(text: str) -> None:
    """Without a long form whose letters spell it in its clause, nothing is defined."""
    assert list(find_abbreviations(text)) == []


def test_two_abbreviations_with_other_numbers_stay_apart() -> None:
    """"GV-1 or grebble virus" defines nothing for "GV-2": the numbers still decide."""
    assert not _one_entity(("grebble virus 1", "GV-2"), "It is grebble virus 1 or GV-2.")


@pytest.mark.parametrize("names", [
    ("grebble defence", "grebble defense"),
    ("vorb ageing", "vorb aging"),
    ("plimsy programme", "plimsy program"),
    ("vorbin analogue", "vorbin analog"),
    ("plimsy manoeuvre", "plimsy maneuver"),
])
def test_british_and_american_spellings_name_one_thing(names: tuple[str, str]) -> None:
    """-ence/-ense, -eing/-ing, -mme/-m, -ogue/-og and -oeuvre/-euver are one name each."""
    assert _one_entity(names, "")


def test_a_spelling_rule_keeps_numbers_apart() -> None:
    """"vorb programme 1" and "vorb program 2" stay two entities."""
    assert not _one_entity(("vorb programme 1", "vorb program 2"), "")


_THREE = ("vorbic rash", "plimsy spots", "grebble marks")


@pytest.mark.parametrize("text", [
    "A vorbic rash, also known as plimsy spots or grebble marks, is red.",
    "Vorbic rash (also called plimsy spots or grebble marks) is red.",
    "Vorbic rash is sometimes called plimsy spots or grebble marks.",
])
def test_a_second_other_name_after_or_joins_too(text: str) -> None:
    """"X, also known as Y or Z": X, Y and Z are one entity."""
    assert _one_entity(_THREE, text)


def test_a_list_item_after_comma_or_stays_apart() -> None:
    """"X, also called Y, or Z ..." may go on a list: Z is not joined."""
    assert not _one_entity(_THREE, "It gives a vorbic rash, also called plimsy spots, "
                                   "or grebble marks.")


@pytest.mark.parametrize("text", [
    "Vorbic rash is known medically as plimsy spots.",
    "Vorbic rash, known in medicine as plimsy spots, is red.",
    "Also known as plimsy spots, the vorbic rash is red.",
    "Sometimes called plimsy spots, vorbic rash is red.",
])
def test_more_wordings_of_a_stated_other_name(text: str) -> None:
    """"is known medically as", "known in medicine as" and a sentence opening "Also known as
    Y, X" name one thing twice."""
    assert _one_entity(("vorbic rash", "plimsy spots"), text)


def test_an_opening_alias_names_the_thing_not_where_it_is() -> None:
    """"Also known as plimsy spots, the vorbic rash on the arms ...": the arms are no spots."""
    resolver = Resolver()
    for label in ("vorbic rash", "plimsy spots", "arms"):
        resolver.add(label)
    text = "Also known as plimsy spots, the vorbic rash on the arms is red."
    resolver.learn_abbreviations(text)
    resolver.learn_other_names(text)
    resolver.finish()
    assert resolver.resolve("plimsy spots") == resolver.resolve("vorbic rash")
    assert resolver.resolve("arms") != resolver.resolve("vorbic rash")


@pytest.mark.parametrize("text", [
    "A vorbic rash, also called plimsy spots, is red. Grebble marks, also called vorbic rash, "
    "are red.",
    "Grebble marks, also called vorbic rash, are red. A vorbic rash, also called plimsy spots, "
    "is red.",
])
def test_chained_statements_make_one_entity(text: str) -> None:
    """"Y, also called X" after "X, also called Z": X, Y and Z are one entity, either order."""
    assert _one_entity(("vorbic rash", "plimsy spots", "grebble marks"), text)


def test_an_abbreviation_follows_its_long_form_to_another_name() -> None:
    """"Plimsy vorbic syndrome (PVS)" and "grebble fever, also called plimsy vorbic syndrome":
    PVS is grebble fever too."""
    assert _one_entity(("plimsy vorbic syndrome", "PVS", "grebble fever"),
                       "Plimsy vorbic syndrome (PVS) is rare. Grebble fever, also called "
                       "plimsy vorbic syndrome, is rare.")


@pytest.mark.parametrize("names", [
    ("enlarged heart", "heart enlargement", "enlargement of the heart"),
    ("scarred lungs", "lung scarring", "scarring of the lungs"),
    ("cracked lips", "lip cracking", "cracking of the lips"),
    ("thickened skin", "skin thickening", "thickening of the skin"),
    ("dilated arteries", "artery dilation", "dilation of the arteries"),
    ("swollen lymph nodes", "lymph node swelling", "swelling of the lymph nodes"),
    ("damaged liver", "liver damage", "damage to the liver"),
])
def test_a_part_in_a_state_is_one_name_either_way(names: tuple[str, ...]) -> None:
    """A participle before a body part and the part before the verb's noun name one sign."""
    assert _one_entity(names, "")


@pytest.mark.parametrize("names", [
    ("burned skin", "skin burning"),       # a burn is no burning feeling
    ("scarred vorbs", "vorb scarring"),    # not a part of the body: left as written
    ("enlarged heart", "heart scarring"),  # two states of one part
])
def test_part_states_that_differ_stay_apart(names: tuple[str, ...]) -> None:
    """A feeling's verb, a word that names no part, and two different states stay apart."""
    assert not _one_entity(names, "")
