"""Extraction time grows with the text, not with its square (issue 12).

Long text without full stops (figures run together, a Markdown table) used
to be one sentence that every figure rule read whole: 100 KB took minutes.
Times are compared as ratios within one run, so a slow machine passes too:
ten times the text may take about ten times as long, never a hundred.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from claimgraph.ingest.cues import hedged_within, is_hedged, is_negated, negated_within
from claimgraph.ingest.documents import read_document
from claimgraph.ingest.extract import extract_corpus
from claimgraph.ingest.sentences import MAX_SENTENCE, split_sentences

from .conftest import write

CLAUSE = "about 5 out of 10 people with tarn fever die within a year and up to 80 % of patients "
# Linear is 10; what this replaced was about 100.
MAX_RATIO = 30


def _seconds(path: Path) -> float:
    start = time.perf_counter()
    extract_corpus([path], progress=False)
    return time.perf_counter() - start


def _figures(n: int) -> str:
    return "Tarn fever\n\n" + (CLAUSE * (n // len(CLAUSE) + 1))[:n] + ".\n"


def _table(rows: int) -> str:
    return "# Tarn fever\n\n| cause | effect |\n|---|---|\n" + "".join(
        f"| midge bite {i} | raises the risk of tarn fever in 5 out of 10 |\n"
        for i in range(rows))


def test_unpunctuated_figures_extract_in_linear_time(tmp_path: Path) -> None:
    """100 KB of figure clauses without a full stop takes about 10x the time of 10 KB."""
    _seconds(write(tmp_path / "warm.txt", _figures(2_000)))  # load dictionaries once
    small = min(_seconds(write(tmp_path / f"small{i}.txt", _figures(10_000))) for i in range(2))
    large = _seconds(write(tmp_path / "large.txt", _figures(100_000)))
    assert large / small < MAX_RATIO, (small, large)


def test_markdown_table_extracts_in_linear_time(tmp_path: Path) -> None:
    """A 2,000-row Markdown table takes about 10x the time of 200 rows, read row by row."""
    _seconds(write(tmp_path / "warm.md", _table(20)))
    small = min(_seconds(write(tmp_path / f"small{i}.md", _table(200))) for i in range(2))
    large = _seconds(write(tmp_path / "large.md", _table(2_000)))
    assert large / small < MAX_RATIO, (small, large)


def test_markdown_table_rows_are_paragraphs(tmp_path: Path) -> None:
    """Each table row is its own paragraph of cells joined by ' | '; the delimiter row goes."""
    doc = read_document(write(tmp_path / "t.md", _table(3)))
    assert [doc.text[b.start:b.end] for b in doc.blocks] == [
        "Tarn fever", "cause | effect",
        *[f"midge bite {i} | raises the risk of tarn fever in 5 out of 10" for i in range(3)]]


def test_no_sentence_is_longer_than_the_cap() -> None:
    """Text without punctuation is cut at spaces into sentences of at most MAX_SENTENCE."""
    text = CLAUSE * 200
    spans = split_sentences(text)
    assert max(e - s for s, e in spans) <= MAX_SENTENCE
    assert all(text[s - 1] == " " for s, _ in spans[1:])  # each cut falls on a space
    assert " ".join(text[s:e] for s, e in spans) == text.strip()


# Sentences in our words with cues in many places: listing phrases that are no
# hedge, weak negations that are hedges, denials, and clauses joined by "but".
CUE_SENTENCES = (
    "Rest may help, but it does not cure tarn fever and the cause isn't clear",
    "Symptoms may include a rash; cold packs might ease the itch, though no trial shows it",
    "It is not known whether midge bites raise the risk, and nets never fail to protect",
    "Doctors may be given no clear answer, yet the drug is thought to work in most cases",
)


@pytest.mark.parametrize("sentence", CUE_SENTENCES)
def test_cues_read_once_give_the_same_answer_as_reading_each_clause(sentence: str) -> None:
    """Negation and hedging of any run of clauses match reading those clauses alone.

    The rules ask about many stretches of one sentence; cues are found once per
    sentence so that run-on text stays linear, and that must not change a claim's
    polarity or certainty.
    """
    cuts = [0, *(m.end() for m in re.finditer(r"[,;] ", sentence)), len(sentence)]
    for lo in cuts:
        for hi in (c for c in cuts if c > lo):
            stretch = sentence[lo:hi]
            assert negated_within(sentence, lo, hi) == is_negated(stretch), stretch
            assert hedged_within(sentence, lo, hi) == is_hedged(stretch), stretch


def test_a_cue_is_read_whole_even_where_a_stretch_ends_inside_it() -> None:
    """"isn't clear" doubts, it does not deny; "may be given" lists, it does not doubt."""
    doubt = "the cause isn't clear"
    assert not negated_within(doubt, 0, len("the cause isn't"))
    assert hedged_within(doubt, 0, len(doubt))
    listing = "Children may be given fluids"
    assert not hedged_within(listing, 0, len("Children may"))


def test_run_on_plain_text_table_extracts_in_linear_time(tmp_path: Path) -> None:
    """A table pasted as plain text (rows run together, no full stops) stays linear."""
    rows = "".join(f"midge bite {i} | raises the risk of tarn fever in 5 out of 10 | "
                   for i in range(2_000))
    _seconds(write(tmp_path / "warm.txt", "Tarn fever\n\n" + rows[:2_000]))
    small = min(_seconds(write(tmp_path / f"small{i}.txt", "Tarn fever\n\n" + rows[:12_000]))
                for i in range(2))
    large = _seconds(write(tmp_path / "large.txt", "Tarn fever\n\n" + rows[:120_000]))
    assert large / small < MAX_RATIO, (small, large)


# --- cheaper passes, same results -------------------------------------------------
# Sentences of our own in mixed case, with the words the rules and cues look for.
MIXED_CASE = (
    "Smoking Raises The RISK of tarn fever; it is NOT always Treated With rest.",
    "RISK FACTORS INCLUDE MIDGE BITES, and symptoms may include a Rash and a fever.",
    "It is usually diagnosed by a blood test, but the cause Isn't Clear, doctors say.",
    "About 3 Out Of 10 People recover WITHIN a week; complications are rare in children.",
    "Midge Bite 12 | raises the risk of Tarn Fever in 5 out of 10 | midge bite 13 |",
    "If you have asthma, you are more likely to get it, and cold packs Might help.",
)


def _case_insensitive_patterns() -> list[re.Pattern[str]]:
    from claimgraph.ingest import cues, patterns, phrases, quantities, rules

    found = [t.pattern for t in patterns.TRIGGERS]
    for module in (cues, patterns, phrases, quantities, rules):
        found += [x for x in vars(module).values()
                  if isinstance(x, re.Pattern) and x.flags & re.IGNORECASE]
    return found


def test_lower_case_twins_match_where_their_originals_match() -> None:
    """A twin on lower-cased ASCII text finds the same spans and groups as the original.

    Every case-insensitive pattern of the extraction modules is tried (the cues
    and relation phrases run through their twins; the rest could).
    """
    from claimgraph.ingest.caseless import lower_twin

    checked = 0
    for pattern in _case_insensitive_patterns():
        twin = lower_twin(pattern)
        if twin is None:
            continue
        for text in (*MIXED_CASE, *(s.upper() for s in MIXED_CASE)):
            want = [m.regs for m in pattern.finditer(text)]
            assert [m.regs for m in twin.finditer(text.lower())] == want, pattern.pattern
        checked += 1
    assert checked > 300


@pytest.mark.parametrize("source", [r"[A-Z]\w+", r"(?-i:fever)", "ſick", r"[@-\]]x",
                                    r"\x41", r"(?-i:a)b"])
def test_no_twin_where_lower_case_text_could_match_differently(source: str) -> None:
    """Upper case, case-sensitive groups and characters that fold to ASCII get no twin."""
    from claimgraph.ingest.caseless import lower_twin

    assert lower_twin(re.compile(source, re.IGNORECASE)) is None


def test_relation_phrases_tried_are_those_whose_key_words_the_sentence_holds() -> None:
    """One key scan picks the same rules as a substring test of every key word."""
    from claimgraph.ingest import patterns as p

    for sentence in (*MIXED_CASE, *CUE_SENTENCES, *p.EXAMPLES.values()):
        low = sentence.lower()
        want = [i for i, t in enumerate(p.TRIGGERS) if any(k in low for k in t.keys)]
        assert p._rules_keyed(low) == want, sentence


def test_relation_phrases_found_through_twins_are_the_originals_matches(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """find_triggers gives the page's own words: the same matches as each rule's own pass."""
    from claimgraph.ingest import caseless, patterns as p

    monkeypatch.setattr(caseless, "TWIN_AFTER", 1)  # twins from the first call

    for sentence in (*MIXED_CASE, *CUE_SENTENCES, "Fièvre " + MIXED_CASE[0]):
        got = [(m.regs, m.group(0), t.name) for m, t in p.find_triggers(sentence)]
        taken: list[tuple[re.Match[str], p.Trigger]] = []
        for trig in p.TRIGGERS:
            for m in trig.pattern.finditer(sentence):
                keyed = any(k in sentence.lower() for k in trig.keys)
                if keyed and not any(m.start() < o.end() and o.start() < m.end()
                                     for o, _ in taken):
                    taken.append((m, trig))
        taken.sort(key=lambda mt: mt[0].start())
        assert got == [(m.regs, m.group(0), t.name) for m, t in taken], sentence


@pytest.mark.parametrize("sentence", (*MIXED_CASE, "Fièvre: it may NOT help"))
def test_cues_read_through_twins_keep_their_places(sentence: str) -> None:
    """Cue spans found on lower-cased text are where the case-insensitive cues match."""
    from claimgraph.ingest import cues

    blank = cues._blank
    negations = [m.span() for m in cues.NEGATION_CUES.finditer(
        blank(cues.WEAK_NEGATION_CUES, sentence))]
    unlisted = blank(cues.LISTING_CUES, sentence)
    hedges = sorted(m.span() for rx in (cues.HEDGE_CUES, cues.WEAK_NEGATION_CUES)
                    for m in rx.finditer(unlisted))
    assert cues._cue_spans(sentence) == (tuple(negations), tuple(hedges))


def test_extraction_does_not_import_rdflib() -> None:
    """Reading pages builds no RDF, so it does not pay for importing rdflib (~0.1 s a run)."""
    import subprocess
    import sys

    code = "import sys, claimgraph.ingest.extract; print('rdflib' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "False"


def test_caseless_helpers_give_the_originals_results(monkeypatch: pytest.MonkeyPatch) -> None:
    """caseless.finditer / search / match return what the pattern's own methods return."""
    from claimgraph.ingest import caseless

    monkeypatch.setattr(caseless, "TWIN_AFTER", 1)
    for pattern in _case_insensitive_patterns():
        for text in (*MIXED_CASE, "Fièvre " + MIXED_CASE[0]):
            for pos, end in ((0, len(text)), (5, len(text) - 3)):
                want = [m.regs for m in pattern.finditer(text, pos, end)]
                assert [m.regs for m in caseless.finditer(pattern, text, pos, end)] == want
                got, ref = caseless.search(pattern, text, pos, end), pattern.search(text, pos, end)
                assert (got and got.regs) == (ref and ref.regs), pattern.pattern
                got, ref = caseless.match(pattern, text, pos, end), pattern.match(text, pos, end)
                assert (got and got.regs) == (ref and ref.regs), pattern.pattern
