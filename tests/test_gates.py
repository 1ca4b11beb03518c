"""Every cheap first look ("gate") before a regex lets through every text the regex matches.

Extraction skips a regex pass when the text holds none of the words every match of
that regex must contain (``caseless.lacks``, ``caseless.ends_without``, a ``_WORDS``
tuple beside the pattern).  A word added to a pattern and forgotten in its gate
would drop claims silently, so this test reads the seed and corpus pages and the
relation phrases' own example sentences and checks, for each gated pattern, that
every match holds one of its gate words.  Patterns anchored at the end of their text
(the words before a number, a clause's left side) are tried on every prefix that
ends at a space or before a digit, as extraction cuts them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claimgraph.ingest import (
    cues,
    left_sides,
    patterns,
    periods,
    phrases,
    quantities,
    rules,
    toxin_makers,
)

SHARED = Path(__file__).resolve().parents[2] / "shared"

# (module, pattern, gate words): patterns searched anywhere in a text.
ANYWHERE = [
    (cues, "_NEGATION", "_NEGATION_WORDS"),
    (cues, "_WEAK_NEGATION", "_WEAK_NEGATION_WORDS"),
    (cues, "_HEDGE", "_HEDGE_WORDS"),
    (phrases, "_DOCUMENT", "_DOCUMENT_WORDS"),
    (phrases, "_SPLIT", "_SPLIT_WORDS"),
    (phrases, "_CALLED", "_CALLED_WORDS"),
    (phrases, "_EXAMPLES", "_EXAMPLES_WORDS"),
    (quantities, "_HORIZON", "_PERIOD_WORDS"),
    (quantities, "_ANCESTRY", "_KIN_WORDS"),
    (quantities, "_UNTREATED", "_TREATMENT_WORDS"),
    (quantities, "_NO_TREATMENT", "_TREATMENT_WORDS"),
    (quantities, "_TREATED", "_TREATMENT_WORDS"),
    (quantities, "_LIFETIME", "_LIFETIME_WORDS"),
    (quantities, "_YEAR", "_YEAR_WORDS"),
    (quantities, "_STRONG_NEAR", "_STRONG_NEAR_WORDS"),
    (quantities, "_RATE_IN_GROUP", "_RATE_IN_GROUP_WORDS"),
    (periods, "_NUMBER_WORDS_ONLY", "_NUMBER_WORDS"),
    (rules, "_REFERENCE", "_REFERENCE_WORDS"),
    (rules, "_ROUTE_HINT", "_ROUTE_WORDS"),
    (rules, "_RISK_REDUCED", "_RISK_REDUCED_WORDS"),
    (rules, "_DEADLY", "_DEADLY_WORDS"),
    (rules, "_HARMS_ORGAN", "_HARMS_ORGAN_WORDS"),
    (rules, "_PART_VERB", "_PART_VERB_WORDS"),
    (rules, "_FORMS_INSIDE", "_FORMS_INSIDE_WORDS"),
    (toxin_makers, "_MAKES_TOXIN", "_MAKES_TOXIN_WORDS"),
    (toxin_makers, "_TOXIN_MADE_BY", "_TOXIN_MADE_BY_WORDS"),
    (patterns, "RISK_RISES", "RISK_RISES_WORDS"),
]
# Patterns anchored at the end of the text they are given (the words before a number, a
# clause's left side).
AT_THE_END = [
    (quantities, "_SHARE_BEFORE", "_SHARE_WORDS"),
    (quantities, "_RISK_CUT", "_RISK_CUT_WORDS"),
    (quantities, "_OCCURS_BEFORE", "_OCCURS_WORDS"),
    (quantities, "_RATE_OF", "_RATE_WORDS"),
    (left_sides, "_WHO_USE_END", "_WHO_USE_WORDS"),
    (quantities, "_APPROX", "_APPROX_WORDS"),
    (quantities, "_UPPER", "_UPPER_WORDS"),
    (quantities, "_LOWER", "_LOWER_WORDS"),
    (left_sides, "_IT_IS", "_IT_IS_WORDS"),
    (left_sides, "_LEFT_ADVERBS", "_LEFT_ADVERB_WORDS"),
    (left_sides, "TRAILING", "_TRAILING_WORDS"),
    (rules, "_NAMED_BEFORE", "_NAMED_BEFORE_WORDS"),
    (periods, "_SIGN_FOR", "_SIGN_FOR_WORDS"),
]
# Extraction tries these on a window of the text before the place they end at (the last
# 60 or 120 characters, as periods.py and rules.py cut it): the check cuts the same window.
# (On whole lines a search from every place of a long prefix took ~45 s of the suite.)
WINDOW = {"_SIGN_FOR": 60, "_NAMED_BEFORE": 120}


def _lines() -> list[str]:
    pages = sorted(SHARED.glob("seeds/*.txt")) + sorted(SHARED.glob("corpus/*/*.txt"))
    if not pages:
        # Called at import: without allow_module_level the skip stops a user's whole test
        # run at collection instead of skipping this module.
        pytest.skip("../shared is not beside the checkout", allow_module_level=True)
    out = [line.strip() for page in pages
           for line in page.read_text(encoding="utf-8").splitlines() if line.strip()]
    # A few wordings of our own that the pages lack ("people who use X" ends a left side).
    ours = ["Risk is higher in women who use thick pads", "It is thought that people who "
            "regularly use steroids", "Deaths can exceed 40 %", "Deaths exceeded 4 in 10",
            "Mortality is in excess of 20 %", "upwards of 30 % of cases", "as high as 9 %",
            "no more than 3 in 100", "an estimated 2,000 cases", "put at 5 %",
            "It was more likely. Usually", "The risk is reduced by 50 %",
            "Half of cases are accounted for by type 2, 30 %",
            "Some quentella germs make toxins that cause grebble fever",
            "The poisons are made by two kinds of germs: Q and V.",
            "Mortality in children is 5 %", "The case fatality rate among older adults was 12 %",
            "Recurrence rates are higher in women: 10 %", "Survival among the elderly is 60 %",
            "Seventeen of the forty-one patients, a dozen in their fifties and sixties, and "
            "a hundred or a thousand more: twice as many, a threefold rise, a quarter or a "
            "tenth, a fifth or a third, eleven, twelve, thirteen, fourteen, fifteen, sixteen, "
            "eighteen, nineteen, twenty, thirty, fifty, seventy, eighty, ninety, nine, an hour "
            "a day, a week, a month, a year, twenties, thirties, forties, seventies, eighties"]
    return out + list(patterns.EXAMPLES.values()) + ours


LINES = _lines()


def _prefixes(line: str) -> list[str]:
    ends = {m.start() for m in re.finditer(r" |(?=\d)", line)} | {len(line)}
    return [line[:e] for e in sorted(ends) if e]


@pytest.mark.parametrize(("module", "name", "words"), ANYWHERE,
                         ids=[f"{m.__name__.rsplit('.', 1)[1]}.{n}" for m, n, _ in ANYWHERE])
def test_every_match_holds_a_gate_word(module: object, name: str, words: str) -> None:
    pattern: re.Pattern[str] = getattr(module, name)
    gate: tuple[str, ...] = getattr(module, words)
    seen = 0
    for line in LINES:
        for m in pattern.finditer(line):
            seen += 1
            assert any(w in m.group(0).lower() for w in gate) or not line.isascii(), (
                name, m.group(0), line[:120])
    assert seen, f"{name} matched nothing on the pages: the check would prove nothing"


@pytest.mark.parametrize(("module", "name", "words"), AT_THE_END,
                         ids=[f"{m.__name__.rsplit('.', 1)[1]}.{n}" for m, n, _ in AT_THE_END])
def test_every_match_at_the_end_holds_a_gate_word(module: object, name: str,
                                                  words: str) -> None:
    pattern: re.Pattern[str] = getattr(module, name)
    gate: tuple[str, ...] = getattr(module, words)
    seen = 0
    window = WINDOW.get(name, 0)
    # (Pages repeat lines and windows repeat words: each text is tried once.)
    for text in sorted({p[-window:] for line in LINES for p in _prefixes(line)}):
        m = pattern.search(text)
        if m is not None and m.group(0).strip():
            seen += 1
            # A text that is not ASCII is never turned away (caseless.lacks).
            assert any(w in m.group(0).lower() for w in gate) or not text.isascii(), (
                name, m.group(0), text[-80:])
    assert seen, f"{name} matched nothing on the pages: the check would prove nothing"


# (module, pattern, its slimmer twin, gate words): a pattern whose matches need one of the
# words in a branch; on a text without them the twin, without that branch, is read instead.
SLIMMED = [
    (quantities, "_ANY_FIGURE", "_ANY_FIGURE_NO_PCT", "_PCT_HINTS"),
    (quantities, "_FIGURE_TOKEN", "_FIGURE_TOKEN_NO_PCT", "_PCT_HINTS"),
]


@pytest.mark.parametrize(("module", "name", "slim", "words"), SLIMMED,
                         ids=[f"{m.__name__.rsplit('.', 1)[1]}.{n}" for m, n, _, _ in SLIMMED])
def test_slim_twin_matches_alike_without_gate_words(module: object, name: str, slim: str,
                                                    words: str) -> None:
    pattern: re.Pattern[str] = getattr(module, name)
    twin: re.Pattern[str] = getattr(module, slim)
    gate: tuple[str, ...] = getattr(module, words)
    ours = ["Five percent of cases", "twenty per cent die", "two in ten recover, half of them",
            "one-third have a fever", "ten %", "In 2019, 12,000 people"]
    checked = 0
    for line in [*LINES, *ours, *(x.upper() for x in ours)]:
        spans = [m.span() for m in pattern.finditer(line)]
        if any(w in line.lower() for w in gate):
            # The branch left out can match only where a gate word follows.
            left_out = set(spans) - {m.span() for m in twin.finditer(line)}
            assert all(any(w in line[s:e].lower() for w in gate) for s, e in left_out), line
            continue
        checked += 1
        assert spans == [m.span() for m in twin.finditer(line)], (name, line[:120])
    assert checked, f"{name}: no line without its gate words: the check would prove nothing"
