"""The cheap word gates in front of costly scans must never hide a match."""

from __future__ import annotations

import importlib
import itertools
from typing import Any

from claimgraph.ingest import body_sites, patterns as p

_c: Any = importlib.import_module("re._constants")
_parser: Any = importlib.import_module("re._parser")


def _readings(items: Any) -> list[str]:
    """Every string a pattern of literals, groups, branches and ``?`` can match."""
    out = [""]
    for op, av in items:
        if op is _c.LITERAL:
            alts = [chr(av)]
        elif op is _c.SUBPATTERN:
            alts = _readings(av[3])
        elif op is _c.BRANCH:
            alts = [s for sub in av[1] for s in _readings(sub)]
        elif op is _c.MAX_REPEAT and av[0] == 0 and av[1] == 1:
            alts = ["", *_readings(av[2])]
        elif op in (_c.AT, _c.ASSERT_NOT):
            continue  # \b and the lookahead add no characters
        else:
            raise AssertionError(f"unexpected pattern item {op}")
        out = [a + b for a, b in itertools.product(out, alts)]
    return out


def test_site_words_cover_every_body_site() -> None:
    readings = _readings(_parser.parse(p.ANATOMY.pattern, p.ANATOMY.flags))
    assert len(readings) > 100
    for site in readings:
        assert not body_sites.SITE_WORDS.isdisjoint(site.lower().split()), site
        assert body_sites.may_name_site(f"Pain in the {site.upper()}.")


def test_site_gate_skips_sentences_without_site_words() -> None:
    assert not body_sites.may_name_site("The quentella fever lasts ten days.")
    assert body_sites.located_sites("The quentella fever lasts ten days.", True) == []
    assert body_sites.may_name_site("A rash on the légs.")  # non-ASCII: always scanned


def test_clause_cut_first_look_is_made_and_agrees() -> None:
    from claimgraph.ingest import phrases

    assert phrases._CUT_LOOK is not None  # the twin of _CUT, less the capital-stop guard
    for text in ("swollen glands", "a rash, which spreads", "Quentella vorlaxii. Later",
                 "Q. vorlaxii infection", "pain: sharp", "fever lasting 3 days",
                 "a red rash that itches", "NUMB FINGERS", "a rash , which spreads",
                 "pain\n; later", "more than one rash", "aged  over 50", "x.\ty", "A.B. c",
                 "fever  lasting 3 days", "ages of 4", "rash \t: sharp"):
        assert phrases._cut_tail(text) == phrases._CUT.sub("", text), text


def test_every_clause_cut_branch_starts_with_a_looked_for_character() -> None:
    from claimgraph.ingest import phrases

    tree = _parser.parse(phrases._CUT.pattern, phrases._CUT.flags)
    lead, group = list(tree)[:2]
    assert lead[0] is _c.MAX_REPEAT and group[0] is _c.BRANCH  # "\s*" then "(?:...|...)"
    branches = group[1][1]
    assert len(branches) > 20
    looked = {ord(ch) for ch in " \t\n\r\f\v,:;."}
    for branch in branches:
        items = [it for it in branch if it[0] not in (_c.ASSERT_NOT, _c.ASSERT)]
        op, av = items[0]
        if op is _c.MAX_REPEAT:
            assert av[0] >= 1
            op, av = av[2][0]
        if op is _c.LITERAL:
            assert av in looked, chr(av)
        else:
            assert (op, av) == (_c.IN, [(_c.CATEGORY, _c.CATEGORY_SPACE)]), (op, av)


def test_recurrence_words_are_in_every_reading_of_its_pattern() -> None:
    """The gate of emit's recurrence check holds a word of every wording it can match."""
    from claimgraph.ingest import rules

    pattern = rules._RECURRENCE_SAID.pattern.replace(r"^\s*", "", 1)  # (white space adds none)
    readings = _readings(_parser.parse(pattern, rules._RECURRENCE_SAID.flags))
    assert len(readings) > 20
    for reading in readings:
        assert any(w in reading.lower() for w in rules._RECURRENCE_WORDS), reading
