"""The words a regex cannot match without (ingest/must_contain.py), and the skips they allow."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claimgraph.ingest import caseless, patterns
from claimgraph.ingest.must_contain import required_words

_parser = pytest.importorskip("re._parser")
SHARED = Path(__file__).resolve().parents[2] / "shared"


def _words(source: str, flags: int = 0) -> tuple[str, ...] | None:
    return required_words(_parser.parse(source, flags))


@pytest.mark.parametrize(("source", "expected"), [
    # A run of literals and small alternations: every string it can match.
    (r"\bzorb(?:s|ed)? (?:with|by)\b", ("zorbed with", "zorbed by", "zorbs with", "zorbs by",
                                         "zorb with", "zorb by")),
    # An optional part that could match anything cuts the run: the longer side is kept.
    (r"quent\w*\s+vorlax", ("vorlax",)),
    # A repeat that must match once brings its words; a lookahead's are in the text too.
    (r"(?:\d+ zorb)+", (" zorb",)),
    (r"\d+ ab(?= grebble fever)", (" grebble fever",)),
    # Each side of an alternation needs its own words: any of them will do.
    (r"\bflim \w+|\w+ flam\b", ("flim ", " flam")),
    # A class of single letters is an alternation of them.
    (r"grebbli[sz]ing", ("grebblising", "grebblizing")),
])
def test_required_words_of_our_own_patterns(source: str, expected: tuple[str, ...]) -> None:
    """Each construct the walk reads gives the words every match must hold."""
    found = _words(source)
    assert found is not None and set(found) == set(expected)


@pytest.mark.parametrize("source", [
    r"\w+ly",  # no literal at all
    r"(?:quent)?\w+",  # the only word is optional
    r"ab\w+",  # too short to turn anything away
    r"(?i:grebble) fev",  # a flag switched inside: the walk does not trust it
    r"(?!grebble)\w+ fe",  # what must NOT be there requires nothing
    r"grebble|\w+",  # one side requires nothing, so the whole does not
    r"(\w+) and \1",  # a back reference requires nothing the walk can name
])
def test_no_words_where_none_can_be_proved(source: str) -> None:
    """A pattern with no word every match needs (of three letters or more) gives None."""
    found = _words(source)
    assert found is None or all(w in source for w in found)


def _lines() -> list[str]:
    pages = sorted(SHARED.glob("seeds/*.txt")) + sorted(SHARED.glob("corpus/*/*.txt"))
    lines = [line.strip() for page in pages
             for line in page.read_text(encoding="utf-8").splitlines() if line.strip()]
    return lines + list(patterns.EXAMPLES.values())


def test_every_trigger_match_holds_one_of_its_words() -> None:
    """On the pages and the phrases' own examples, no match of a relation phrase lacks its
    words: a skip on their absence never loses a match."""
    lines = [line.lower() for line in _lines() if line.isascii()]
    checked = 0
    for trig in patterns.TRIGGERS:
        twin = caseless.lower_twin(trig.pattern)
        if twin is None:
            continue
        words = _words(twin.pattern, twin.flags)
        if words is None:
            continue
        for low in lines:
            if twin.search(low) is not None:
                checked += 1
                assert any(w in low for w in words), (trig.name, low[:120])
    assert checked > 100, "the phrases matched too little for the check to prove anything"


def test_caseless_helpers_skip_a_text_without_the_words() -> None:
    """A text lacking the words is turned away before the regex; one holding them is read."""
    rx = re.compile(r"\b(?:zorbed|flummed) (?:with|by)\b", re.IGNORECASE)
    assert caseless.lower_twin(rx) is not None
    assert set(caseless._TWINS[id(rx)][2] or ()) == {"flummed with", "flummed by",
                                                     "zorbed with", "zorbed by"}
    assert caseless.search(rx, "Grebble fever is treated with rest") is None
    assert caseless.finditer(rx, "Grebble fever is treated with rest") == []
    assert caseless.match(rx, "Zorbed with care") is not None
    assert [m.group(0) for m in caseless.finditer(rx, "It is ZORBED WITH salt, flummed by X")] \
        == ["ZORBED WITH", "flummed by"]


def test_a_class_holding_word_characters_gets_a_twin() -> None:
    """"[\\w'\\u00c0-\\u024f-]" holds every ASCII letter either way: its pattern gets a twin
    that finds what the original finds, on lower-cased ASCII text."""
    rx = re.compile(r"\b(?:also called|known as)\s+(?P<alt>[\w'\u00c0-\u024f-]+)", re.IGNORECASE)
    twin = caseless.lower_twin(rx)
    assert twin is not None
    text = "Grebble fever, ALSO CALLED Quent-Pox, is also known as Vorlax's Itch."
    assert [m.regs for m in twin.finditer(text.lower())] == [m.regs for m in rx.finditer(text)]


def test_page_patterns_read_through_twins_find_what_the_originals_find() -> None:
    """The name patterns read once per page (other names, "also called") give the same
    matches through their twins on every page line as the originals do."""
    from claimgraph.ingest import abbreviations, topic

    lines = [line for line in _lines() if line.isascii()]
    lines += ["Grebble fever (also called Quent pox) is rare. Grebble fever, or Vorl, hurts."]
    for pattern in (topic._OTHER_NAME, topic._OR_NAME, abbreviations._ALSO_CALLED):
        assert caseless.lower_twin(pattern) is not None, pattern.pattern[:40]
        for line in lines:
            assert [m.regs for m in caseless.finditer_whole(pattern, line, line.lower())] == \
                [m.regs for m in pattern.finditer(line)], line[:120]
