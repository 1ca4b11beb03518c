"""The fast reading of lemminflect's dictionary, and its rules without numpy, give its answers."""

from __future__ import annotations

import gzip
import random
import string
import subprocess
import sys
from pathlib import Path

import lemminflect
import pytest

from claimgraph.ingest import normalize
from claimgraph.ingest.normalize import all_lemmas, inflection, label_key, noun_lemmas
from claimgraph.ingest.unknown_words import inflections, noun_lemma


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
    """Half the lemmas of the inflection table for VBG (the tag advice is named with), a
    fifth for the others, and unknown ones, inflect as lemminflect does.

    (Every lemma for VBG took ~25 s of the suite; the table is read by one code path for
    every tag, so the samples check it at every second or fifth word.)
    """
    words = [*_inflection_words()[:: 2 if tag == "VBG" else 5], "korvath", "Wash", "BE", "zorble"]
    wrong = [w for w in words if inflection(w, tag) != lemminflect.getInflection(w, tag=tag)]
    assert wrong == []


def _made_up_words() -> list[str]:
    rng = random.Random(7)
    letters = string.ascii_lowercase + "-'é"
    words = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 14)))
             for _ in range(3000)]
    return [*words, *(w.upper() for w in words[::9]), *(w.capitalize() for w in words[::7]),
            "Ödeme", "ſever", "korvaths", "TARNS", "x"]


def test_unknown_nouns_get_lemminflects_lemma_without_numpy() -> None:
    """lemminflect's network for unknown nouns, run in plain Python, picks the same lemma."""
    words = [*_table_words()[::5], *_made_up_words()]
    wrong = [w for w in words
             if (noun_lemma(w),) != lemminflect.getAllLemmasOOV(w, "NOUN")["NOUN"]]
    assert wrong == []


@pytest.mark.parametrize("upos", ["NOUN", "PROPN", "VERB", "ADJ", "ADV", "AUX"])
def test_unknown_words_inflect_as_lemminflect_without_numpy(upos: str) -> None:
    """Regular, doubled and Greek-Latin forms of unknown words are lemminflect's."""
    words = [*_inflection_words()[::9], *_made_up_words()]
    wrong = [w for w in words if inflections(w, upos) != lemminflect.getAllInflectionsOOV(w, upos)]
    assert wrong == []


@pytest.mark.parametrize("name", ["model_lemma", "model_infl"])
def test_network_sums_in_c_pick_what_the_loop_picks(name: str, monkeypatch) -> None:
    """The output sums done by sum() pick the class the one-by-one loop picks, word by word."""
    from claimgraph.ingest import unknown_words

    net = unknown_words._network(name)
    words = [*_table_words()[::7], *_made_up_words()]
    fast = [unknown_words._pick(net, w, upos) for w in words for upos in ("NOUN", "VERB")]
    monkeypatch.setattr(unknown_words, "_PLAIN_SUM", False)
    slow = [unknown_words._pick(net, w, upos) for w in words for upos in ("NOUN", "VERB")]
    assert unknown_words._PLAIN_SUM is False and fast == slow and len(set(fast)) > 1


def test_extraction_imports_no_numpy(tmp_path: Path) -> None:
    """A page with words no dictionary has is read without importing numpy (~0.08 s)."""
    page = tmp_path / "page.txt"
    page.write_text("Korvath tarns\n\nKorvath tarns cause zorbled flenches in older "
                    "quarrows.\n", encoding="utf-8")
    code = ("import sys; from claimgraph.api import extract; "
            f"cs, _ = extract([{str(page)!r}]); "
            "print(len(cs.claims), 'numpy' in sys.modules, 'lemminflect' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out[1:] == ["False", "False"] and int(out[0]) > 0
