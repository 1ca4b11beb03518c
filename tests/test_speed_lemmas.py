"""The fast reading of lemminflect's dictionary gives lemminflect's own answers."""

from __future__ import annotations

import gzip

import lemminflect
import pytest

from claimgraph.ingest import normalize
from claimgraph.ingest.normalize import all_lemmas, inflection, label_key, noun_lemmas


def _table_words() -> list[str]:
    with gzip.open(normalize._resources() / "lemma_lu.csv.gz", "rt", encoding="utf-8") as f:
        return sorted({line.split(",")[0] for line in f.read().splitlines()})


def test_every_word_of_the_table_gets_lemminflects_lemmas() -> None:
    """Each of the ~70,000 words of the table has the lemmas lemminflect gives it."""
    words = _table_words()
    assert len(words) > 60_000
    wrong = [w for w in words if all_lemmas(w) != lemminflect.getAllLemmas(w)]
    assert wrong == []


@pytest.mark.parametrize("word", ["Arteries", "FEET", "Older", "all", "another", "'d",
                                  "book shelves", "korvaths", "", "Ödeme", "x-rays"])
def test_capitals_overrides_and_unknown_words_as_lemminflect(word: str) -> None:
    """Capitalised, overridden, spaced and unknown words get what lemminflect gives."""
    assert all_lemmas(word) == lemminflect.getAllLemmas(word)


def test_noun_lemmas_match_lemminflect_on_table_and_unknown_words() -> None:
    """Nouns, other words and words no dictionary has: lemminflect's noun lemma each time."""
    words = [*_table_words()[::7], "korvaths", "zorbles", "tarns", "Quarrows", "statins"]
    wrong = [w for w in words if noun_lemmas(w) != lemminflect.getLemma(w, upos="NOUN")]
    assert wrong == []


def test_label_keys_singularise_from_the_dictionary() -> None:
    """Plurals become the dictionary's singular; words that only look plural stay."""
    assert [label_key(x) for x in ("Blood clots", "feet", "diabetes", "bacteria", "AIDS")] == \
        ["blood clot", "foot", "diabetes", "bacterium", "aids"]


def _inflection_words() -> list[str]:
    with gzip.open(normalize._resources() / "infl_lu.csv.gz", "rt", encoding="utf-8") as f:
        return sorted({line.split(",")[0].lower() for line in f.read().splitlines()})


@pytest.mark.parametrize("tag", ["VBG", "VBD", "VBN", "VBZ", "NNS", "JJR", "RBS", "RP", "MD"])
def test_inflections_match_lemminflect(tag: str) -> None:
    """Every lemma of the inflection table, and unknown ones, inflect as lemminflect does."""
    words = [*_inflection_words()[:: 1 if tag == "VBG" else 5], "korvath", "Wash", "BE", "zorble"]
    wrong = [w for w in words if inflection(w, tag) != lemminflect.getInflection(w, tag=tag)]
    assert wrong == []
