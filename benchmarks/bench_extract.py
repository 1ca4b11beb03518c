"""Score extraction against the gold claims of eight topics, then measure throughput.

Usage:
    python benchmarks/bench_extract.py [--topics T ...] [--detail T] [--size-mb 10]
                                       [--shape-mb 1] [--repeat 3] [--jobs 1 2]
                                       [--skip-throughput] [--skip-quality]

Quality: for each topic in ``benchmarks/gold`` (see its README), every page
is extracted with only the topic's ``sources.yaml`` (no vocabulary: a user
on a new topic has none) and compared, source by source, with the gold
claims.  Printed per topic and as tune / check / seed averages (the check
topics are the honest figure: no rule was shaped on their sentences):

- relations: precision, recall and F1; a match is the same claim family
  (risk and cause, symptom, complication, diagnosis, treatment, prevention,
  mechanism), subject and object each the same thing after resolution
  (normalised label, a gold ``same`` name, rapidfuzz ``token_sort_ratio``
  ≥ 85, the same head with modifiers in front: "painful rash" for
  "rash", or what the resolver takes as one name: "swelling of the hand" for
  "swollen hand", "zorbulin therapy" for zorbulin, and the head rule on its
  word order: "total paralysis of the face" for "facial paralysis"), one
  extracted claim per gold claim;
- polarity and certainty accuracy over the matched relations;
- figures right: gold figures found with kind, value (±1 %), bound, horizon
  and population all right (population: both absent, or fuzzy ≥ 70; "people
  with <topic>" is the whole population, the same as none);
- conflicts: the comparison's conflicts (numeric, polarity, direction, role)
  against the gold disagreements (same kind, same subject, two of their
  sources in common, or the one source of an internal one);
- share of sentences read, duplicate-entity rate (gold ``same`` groups whose
  names ended up as two or more entities), and throughput in KB/s of CPU.

Throughput (issue 12: at least 150 KB/s per core on any text): the CLI a
user runs, ``claimgraph extract FILES --out DIR``, in a fresh process,
``--repeat`` times per text shape, min and median KB/s of CPU per core (the
process and its workers), wall KB/s and peak memory.  Shapes, all our own
made-up words: ``--size-mb`` of health pages (at ``--jobs`` 1 and 2, pages/s
follow from the page size of ~10 KB), and ``--shape-mb`` each of figure
clauses with no full stop, a table pasted as plain text, a Markdown table,
one-line claims under headings, and prose without full stops; each shape's
row ends with the claims its last run wrote (a shape that yields more claims
per KB does more reading per KB: the Markdown table's rows give two claims
each, while the same rows pasted as one line give about one claim in twenty).
The fixed cost of one run on a tiny page (start-up, imports, word tables) is printed
first: every run pays it, and it is part of what a user waits for.  Runs
keep compiled bytecode and regexes as a user's machine does; the cost of
the very first run, which compiles the regexes, is printed beside it.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz

from claimgraph.graph import vocab as v
from claimgraph.graph.compare import compare
from claimgraph.graph.findings import DIRECTION, NUMERIC, POLARITY, ROLE
from claimgraph.graph.model import ClaimSet
from claimgraph.ingest.entities import bare_remedy_names, distinct, without_generic_head
from claimgraph.ingest.extract import extract_documents
from claimgraph.ingest.lexicon import head_forms
from claimgraph.ingest.normalize import label_key
from claimgraph.ingest.patterns import FAMILY_OF
from claimgraph.ingest.quantities import horizon_months

GOLD = Path(__file__).resolve().parent / "gold"
SHARED = Path(__file__).resolve().parents[2] / "shared"
# The extractor's own claim families (one rule table each), plus mechanism claims, which
# the gold has and no rule makes.
FAMILIES = {**FAMILY_OF, v.INVOLVES: "mechanism"}
CONFLICT_KINDS = {NUMERIC, POLARITY, DIRECTION, ROLE}


# --- names -------------------------------------------------------------------
class Names:
    """Resolve a label to the set of names that mean the same thing in one topic."""

    def __init__(self, topic: str, same: list[list[str]]) -> None:
        self.groups: dict[str, set[str]] = {}
        for group in [[topic], *same]:
            keys = {label_key(x) for x in group} - {""}
            merged = set(keys)
            for k in keys:
                merged |= self.groups.get(k, set())
            for k in merged:
                self.groups[k] = merged
        self.topic = label_key(topic)
        # Each name of a group written one way, longest first, to read populations by
        # ("children treated with IVIG" is "children treated with intravenous immunoglobulin").
        canon = {k: min(g, key=lambda x: (len(x), x)) for k, g in self.groups.items() if len(g) > 1}
        self._canon = canon
        self._names = (re.compile(r"\b(?:" + "|".join(
            re.escape(k) for k in sorted(canon, key=len, reverse=True)) + r")\b")
            if canon else None)

    def canonical(self, text: str) -> str:
        """Return ``text`` with every gold name written as its group's one name."""
        if self._names is None:
            return text
        return self._names.sub(lambda m: self._canon[m.group(0)], text)

    def of(self, label: str) -> set[str]:
        key = label_key(label)
        return self.groups.get(key, {key})


def _head_match(x: str, y: str) -> bool:
    """Return whether one name is the other with modifiers in front ("painful rash", "rash")."""
    short, long = sorted((x, y), key=len)
    return bool(short) and len(short) >= 4 and (long == short or long.endswith(" " + short))


def same_thing(a: set[str], b: set[str]) -> bool:
    """Return whether two name sets name one thing.

    Relaxed, as relation-extraction benchmarks score (SemRep's relaxed F1): the
    same normalised name or gold synonym, a spelling within rapidfuzz
    ``token_sort_ratio`` 85, or the same head noun phrase with modifiers in front.
    """
    if a & b:
        return True
    return any(_same_name(x, y) for x in a for y in b)


# A name of a lack ("no rash", "unnoticed rash"): never the thing itself.
_LACK = re.compile(r"^(?P<lack>no|without|unnoticed|absent|absence of|lack of) (?P<rest>.+)$")


def _same_name(x: str, y: str) -> bool:
    """Return whether two single names are one thing (see :func:`same_thing`).

    A lack matches only a lack, of one thing: "no rash" is not "rash" (a figure of those
    without it says the opposite), but it is "no circular rash".
    """
    lx, ly = _LACK.match(x), _LACK.match(y)
    if (lx is None) != (ly is None):
        return False
    if lx is not None and ly is not None:
        if (lx["lack"] == "unnoticed") != (ly["lack"] == "unnoticed"):
            return False
        x, y = lx["rest"], ly["rest"]
        if x == y:
            return True
    return fuzz.token_sort_ratio(x, y) >= 85 or _head_match(x, y) or _same_form(x, y)


def _same_form(x: str, y: str) -> bool:
    """Return whether the resolver takes two names as one thing, as a user reads them.

    It joins names of one ``lexicon.name_form`` ("swelling of the hand", "swollen
    hand"), a remedy with or without its generic tail ("zorbulin therapy",
    zorbulin: ``bare_remedy_names``) and a name with or without the generic head
    it merges across ("zorbulin use", "zorbulin tablet": ``without_generic_head``),
    unless :func:`distinct` keeps them apart.
    The head rule of :func:`_head_match` holds on that form too ("total
    paralysis of the face" is a kind of "facial paralysis": ``head_forms``).
    """
    fx, fy = head_forms(x), head_forms(y)
    same = fx[0] == fy[0] or x in _bare_remedy(y) or y in _bare_remedy(x) \
        or without_generic_head(x) == y or without_generic_head(y) == x or (
        len(fy[0]) >= 4 and fy[0] in fx[1:]) or (len(fx[0]) >= 4 and fx[0] in fy[1:])
    return same and not distinct(x, y)


@cache
def _bare_remedy(key: str) -> frozenset[str]:
    return frozenset(bare_remedy_names([key], {}))


# --- scoring -----------------------------------------------------------------
@dataclass
class Score:
    """Counts for one topic (or a sum of topics)."""

    rel_tp: int = 0  # extracted relations matched
    rel_x: int = 0  # extracted relations
    rel_g: int = 0  # gold relations
    rel_found: int = 0  # gold relations matched
    polarity_ok: int = 0
    certainty_ok: int = 0
    matched: int = 0
    fig_right: int = 0
    fig_g: int = 0
    fig_x: int = 0
    cf_tp: int = 0
    cf_x: int = 0
    cf_g: int = 0
    cf_found: int = 0
    sentences: int = 0
    read: int = 0
    dup_apart: int = 0
    dup_groups: int = 0
    kb: float = 0.0
    cpu: float = 0.0
    families: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0] * 4))
    fig_causes: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    rel_causes: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def add(self, other: Score) -> None:
        for name in self.__dataclass_fields__:
            if name in ("fig_causes", "rel_causes"):
                mine = getattr(self, name)
                for cause, n in getattr(other, name).items():
                    mine[cause] += n
            elif name == "families":
                for fam, row in other.families.items():
                    self.families[fam] = [a + b for a, b in
                                          zip(self.families[fam], row, strict=True)]
            else:
                setattr(self, name, getattr(self, name) + getattr(other, name))

    def row(self) -> dict[str, float | None]:
        p = _div(self.rel_tp, self.rel_x)
        r = _div(self.rel_found, self.rel_g)
        return {
            "P": p, "R": r, "F1": _f1(p, r),
            "figures": _div(self.fig_right, self.fig_g),
            "polarity": _div(self.polarity_ok, self.matched),
            "certainty": _div(self.certainty_ok, self.matched),
            "conflict P": _div(self.cf_tp, self.cf_x), "conflict R": _div(self.cf_found, self.cf_g),
            "read": _div(self.read, self.sentences), "dup rate": _div(self.dup_apart,
                                                                      self.dup_groups),
            "KB/s": _div(self.kb, self.cpu),
        }


def _div(a: float, b: float) -> float | None:
    return a / b if b else None


def _f1(p: float | None, r: float | None) -> float | None:
    if p is None or r is None:
        return None
    return 2 * p * r / (p + r) if p + r else 0.0


def extracted_names(cs: ClaimSet, names: Names) -> dict[str | None, set[str]]:
    """Return every extracted entity's names (label, synonyms), widened by the gold groups."""
    out: dict[str | None, set[str]] = {None: set()}
    for e in cs.entities:
        found: set[str] = set()
        for n in (e.label, *e.synonyms):
            found |= names.of(n)
        out[e.id] = found
    if cs.topic is not None:
        out.setdefault(cs.topic, set()).update(names.of(names.topic))
    return out


def score_relations(gold: dict[str, list[dict[str, Any]]], cs: ClaimSet, names: Names,
                    score: Score, misses: list[str]) -> None:
    """Match relation claims source by source, one extracted claim per gold claim."""
    ent = extracted_names(cs, names)
    got: dict[str, list[tuple[str, set[str], set[str], Any]]] = defaultdict(list)
    seen: set[tuple[str, str, str, str | None, bool]] = set()  # a denial and an assertion are two
    for c in cs.claims:
        if c.measure is not None or c.predicate not in FAMILIES:
            continue
        key = (c.source, FAMILIES[c.predicate], c.subject, c.object, c.negated)
        if key in seen:
            continue
        seen.add(key)
        got[c.source].append((FAMILIES[c.predicate], ent.get(c.subject, set()),
                              ent.get(c.object, set()), c))
    for source, claims in gold.items():
        rels = [g for g in claims if "measure" not in g]
        used: set[int] = set()
        pool = got.get(source, [])
        for g in rels:
            fam = FAMILIES.get(g["predicate"])
            gs, go = names.of(g["subject"]), names.of(g["object"])
            score.rel_g += 1
            score.families[fam][2] += 1
            hit = next((i for i, (f, s, o, _) in enumerate(pool) if i not in used and f == fam
                        and same_thing(s, gs) and same_thing(o, go)), None)
            if hit is None:
                cause = _relation_miss(g, fam, gs, go, pool, cs)
                score.rel_causes[cause] += 1
                misses.append(f"  miss {source}: {g['subject']} {g['predicate']} {g['object']}"
                              f"  ({cause}) | {g.get('anchor', '')}")
                continue
            used.add(hit)
            score.rel_found += 1
            score.families[fam][3] += 1
            claim = pool[hit][3]
            score.matched += 1
            pol_ok = bool(g.get("negated", False)) == claim.negated
            cert_ok = bool(g.get("hedged", False)) == claim.hedged
            score.polarity_ok += pol_ok
            score.certainty_ok += cert_ok
            if not (pol_ok and cert_ok):
                misses.append(f"  {'polarity' if not pol_ok else 'certainty'} {source}: "
                              f"{g['subject']} {g['predicate']} {g['object']} (gold negated="
                              f"{bool(g.get('negated'))} hedged={bool(g.get('hedged'))})"
                              f"  [{claim.evidence.rule}]")
        for i, (fam, s, o, c) in enumerate(pool):
            score.rel_x += 1
            score.families[fam][1] += 1
            ok = i in used or any(
                FAMILIES.get(g["predicate"]) == fam and same_thing(s, names.of(g["subject"]))
                and same_thing(o, names.of(g["object"])) for g in rels)
            score.rel_tp += ok
            score.families[fam][0] += ok
            if not ok:
                misses.append(f"  false {source}: {cs.label(c.subject)} {c.predicate} "
                              f"{cs.label(c.object)}  | {c.evidence.anchor}"
                              f"  [{c.evidence.rule}]")
    for source, pool in got.items():
        if source not in gold:
            for fam, _, _, _ in pool:
                score.rel_x += 1
                score.families[fam][1] += 1


# Why a gold relation was missed, most telling first (see _relation_miss).
REL_CAUSES = ("other family", "reversed", "object named apart", "subject named apart",
              "nothing close")


def _relation_miss(g: dict[str, Any], fam: str | None, gs: set[str], go: set[str],
                   pool: list[tuple[str, set[str], set[str], Any]], cs: ClaimSet) -> str:
    """Return why no extracted claim of the source matched a gold relation.

    The closest claim decides: the same two things under another family
    (a sign read as a complication), the two the other way round, the right
    family and one side right with the other named too differently for the
    scorer, or nothing near it at all.
    """
    if any(f != fam and same_thing(s, gs) and same_thing(o, go) for f, s, o, _ in pool):
        return "other family"
    if any(f == fam and same_thing(s, go) and same_thing(o, gs) for f, s, o, _ in pool):
        return "reversed"
    gold_obj, gold_subj = g["object"].lower(), g["subject"].lower()
    for f, s, o, c in pool:
        if f != fam:
            continue
        if same_thing(s, gs) and c.object is not None and fuzz.token_set_ratio(
                cs.label(c.object).lower(), gold_obj) >= 60:
            return "object named apart"
        if same_thing(o, go) and fuzz.token_set_ratio(cs.label(c.subject).lower(),
                                                      gold_subj) >= 60:
            return "subject named apart"
    return "nothing close"


_COUNTRIES = {"us": "united states", "usa": "united states", "u.s.": "united states",
              "america": "united states", "americans": "united states", "uk": "united kingdom",
              "u.k.": "united kingdom", "britain": "united kingdom"}
_WHOLE = re.compile(r"(?:all |most |the )?(?:general population|everyone|people|patients|cases|"
                    r"persons|individuals)")
_OF_TOPIC = re.compile(r"(?:all |most |the |reported )?(?:(?:people|patients|persons|cases|"
                       r"children|adults|those|individuals)(?: who (?:have|had|get|develop)| with|"
                       r" of) (?P<a>.+)|(?P<b>.+?) (?:cases|patients))")


def _overall(population: str | None, names: Names, subject: str | None = None) -> str | None:
    """Return None for "people with <topic>" (everyone the figure is about), else the text.

    Claim files may write the whole population out or leave it empty; both
    mean the same, so neither counts as a subgroup.  So with the figure's own
    subject: "half of all aneurysms resolve" is about everyone with an aneurysm,
    written out or not.  Country names are written one way ("US" = "United States").
    """
    if not population:
        return None
    words = re.sub(r"\s*\([^)]*\)", "", population.lower()).strip(" ,")
    if _WHOLE.fullmatch(words):
        return None
    m = _OF_TOPIC.fullmatch(words)
    wholes = [names.topic] + ([subject] if subject else [])
    if m and any(same_thing(names.of(m["a"] or m["b"]), names.of(w)) for w in wholes):
        return None
    some = _SOME_OF_TOPIC.fullmatch(words)
    if some and same_thing(names.of(some["t"]), names.of(names.topic)):
        words = f"{some['q']} cases"  # "some people with <topic>" are "some cases"
    return " ".join(_COUNTRIES.get(w, w) for w in re.findall(r"[\w.'-]+", words))


_SOME_OF_TOPIC = re.compile(r"(?P<q>some|a few|many|few|rare|severe|mild) (?:people|patients|"
                            r"persons|individuals|those) (?:with|who have|who had) (?P<t>.+)")


def _population_ok(a: str | None, b: str | None, names: Names, subject: str | None = None) -> bool:
    a, b = _overall(a, names, subject), _overall(b, names, subject)
    if not a and not b:
        return True
    # The same names count as one in a population as they do in a subject, and "without
    # treatment" is "untreated", as the comparison itself reads it (graph.measures).
    a, b = (_UNTREATED.sub("untreated", names.canonical(x)) if x else x for x in (a, b))
    return bool(a and b and fuzz.token_set_ratio(a, b) >= 70)


_UNTREATED = re.compile(r"\bwithout (?:any |the )?(?:proper |specific |medical )?treatment\b")


def _bound_ok(got: Any, m: dict[str, Any]) -> bool:
    """Return whether an extracted bound is the gold one.

    A gold range written "approx" ("around three to six months") is a range:
    bounds have no "approximate range", so the extractor's range is right.
    """
    want = m.get("bound", "approx" if m.get("value") is not None else "range")
    if want == "approx" and m.get("low") is not None and m.get("high") is not None:
        want = "range"
    return bool(got == want)


def _same_horizon(a: str | None, b: str | None) -> bool:
    """Return whether two ISO periods are one: P1Y is P12M, and P2W is P14D (within 2 %)."""
    x, y = horizon_months(a), horizon_months(b)
    if x is None or y is None:
        return x is y
    return abs(x - y) <= 0.02 * max(x, y)


def _who(claim: Any) -> str | None:
    """Return who an extracted figure is about: its population and its setting."""
    n = claim.measure
    q = claim.qualifiers
    parts = [p for p in (n.population or q.population, q.setting) if p]
    return ", ".join(parts) or None


_DAYS = {"hours": 1 / 24, "days": 1.0, "weeks": 7.0, "months": 365.25 / 12, "years": 365.25}


def _in_unit(n: Any, unit: str | None) -> float:
    """Return an extracted figure's value in the gold unit: "72 hours" is "3 days".

    Only periods convert; any other unit (or none) is compared as it stands.
    """
    if unit in _DAYS and n.unit in _DAYS and unit != n.unit:
        return float(n.point() * _DAYS[n.unit] / _DAYS[unit])
    return float(n.point())


def _same_value(got: float, point: float, written: Any) -> bool:
    """Return whether an extracted value is the gold's: within 1 %, or the same number
    rounded as the gold writes it.

    The gold can only write "a third" as 0.33 (YAML has no fractions), 1 % away from
    the 0.3333 a reader rightly makes of it; a value the gold writes with two or more
    decimals is matched at that precision.
    """
    if abs(got - point) <= 0.01 * max(abs(point), 1e-9):
        return True
    if not isinstance(written, float):
        return False
    decimals = len(repr(written).partition(".")[2])
    return decimals >= 2 and "e" not in repr(written) and round(got, decimals) == written


def _same_subject(got: set[str], gold: str, kind: str, names: Names) -> bool:
    """Return whether an extracted figure is about the gold figure's subject.

    A period of "a course of X" is the course's length, written "X" or "X
    course" alike (the gold itself writes both), so for a duration the two
    name one thing.
    """
    if same_thing(got, names.of(gold)):
        return True
    bare = re.sub(r"\s+course$", "", gold.strip(), flags=re.I)
    return kind == "duration" and bare != gold.strip() and same_thing(got, names.of(bare))


def score_figures(gold: dict[str, list[dict[str, Any]]], cs: ClaimSet, names: Names,
                  score: Score, misses: list[str]) -> None:
    """Count gold figures extracted with kind, value, bound, horizon, population right."""
    ent = extracted_names(cs, names)
    got = [c for c in cs.claims if c.measure is not None]
    score.fig_x += len(got)
    for source, claims in gold.items():
        for g in claims:
            m = g.get("measure")
            if m is None:
                continue
            score.fig_g += 1
            point = m.get("value")
            if point is None:
                point = ((m.get("low") or 0) + (m.get("high") or m.get("low") or 0)) / 2
            best: tuple[str, ...] | None = None
            closest = None
            for c in got:
                n = c.measure
                if c.source != source or n is None:
                    continue
                if not _same_value(_in_unit(n, m.get("unit")), point, m.get("value")):
                    continue
                wrong = tuple(name for name, bad in (
                    ("kind", n.kind != m["kind"]),
                    ("bound", not _bound_ok(n.bound, m)),
                    ("horizon", not _same_horizon(n.horizon, m.get("horizon"))),
                    ("population", not _population_ok(_who(c), m.get("population"), names,
                                                      g["subject"])),
                    ("subject", not _same_subject(ent.get(c.subject, set()), g["subject"],
                                                  m["kind"], names))) if bad)
                if best is None or len(wrong) < len(best):
                    best, closest = wrong, c
                if not wrong:
                    break
            ok = best == ()
            score.fig_right += ok
            if best is None:
                score.fig_causes["value not found"] += 1
            for cause in best or ():
                score.fig_causes[cause] += 1
            if not ok:
                why = "value not found" if best is None else ", ".join(best)
                if closest is not None and closest.measure is not None:
                    n = closest.measure
                    why += (f" · got {cs.label(closest.subject)} {n.kind} {n.bound}"
                            f" {n.horizon or ''} population={_who(closest)!r}")
                misses.append(f"  figure {source}: {g['subject']} {m}  [{why}]")


# The comparison files shares of everyone, prevalence and incidence under one quantity,
# "occurrence" (how common it is); a gold disagreement names the figure's own kind.
_OCCURRENCE = {"occurrence", "frequency", "prevalence", "incidence", "share"}


def _same_quantity(conflict_quantity: str | None, gold_measure: str) -> bool:
    """Return whether a numeric conflict is about the gold disagreement's kind of figure."""
    if conflict_quantity is None:
        return False
    if conflict_quantity == gold_measure:
        return True
    return conflict_quantity in _OCCURRENCE and gold_measure in _OCCURRENCE


def score_conflicts(disagreements: list[dict[str, Any]], cs: ClaimSet, names: Names,
                    score: Score, misses: list[str]) -> None:
    """Match the comparison's conflicts to the gold disagreements."""
    ent = extracted_names(cs, names)
    result = compare(cs)
    by_id = {st.id: st for st in result.statements}
    conflicts = [c for c in result.conflicts if c.kind in CONFLICT_KINDS]
    score.cf_x += len(conflicts)
    score.cf_g += len(disagreements)

    def about(conflict: Any) -> set[str]:
        out: set[str] = set()
        for sid in conflict.statements:
            st = by_id.get(sid)
            if st is not None:
                out |= ent.get(st.subject, set()) | ent.get(st.object, set())
        return out

    def matches(conflict: Any, d: dict[str, Any]) -> bool:
        if conflict.kind != d["kind"] or not same_thing(about(conflict), names.of(d["subject"])):
            return False
        if d["kind"] == NUMERIC and d.get("measure") and not _same_quantity(
                getattr(conflict, "quantity", None), d["measure"]):
            return False  # one numeric conflict about the topic is not every numeric one
        want = set(d.get("sources") or [])
        have = set(conflict.sources)
        return len(want & have) >= min(2, len(want))

    for d in disagreements:
        if any(matches(c, d) for c in conflicts):
            score.cf_found += 1
        else:
            misses.append(f"  missed disagreement: {d['kind']} {d['about']} {d.get('sources')}")
    for c in conflicts:
        if any(matches(c, d) for d in disagreements):
            score.cf_tp += 1
        else:
            misses.append(f"  false conflict: {c.kind} {c.about} {list(c.sources)}")


def score_duplicates(same: list[list[str]], cs: ClaimSet, score: Score) -> None:
    """Count gold same-name groups whose names became two or more extracted entities."""
    by_key: dict[str, set[str]] = defaultdict(set)
    for e in cs.entities:
        for n in (e.label, *e.synonyms):
            by_key[label_key(n)].add(e.id)
    for group in same:
        ids = set().union(*(by_key.get(label_key(n), set()) for n in group))
        if ids:
            score.dup_groups += 1
            score.dup_apart += len(ids) > 1


def score_topic(path: Path, detail: bool) -> tuple[str, str, Score]:
    """Extract one topic's pages and score them against its gold file."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    folder = SHARED / data["folder"]
    names = Names(data["topic"], data.get("same") or [])
    pages = sorted(folder.glob("*.txt"))
    c0 = _cpu()
    result = extract_documents(pages, folder / "sources.yaml", progress=False)
    cpu = _cpu() - c0
    cs = result.claimset
    score = Score(kb=sum(p.stat().st_size for p in pages) / 1024, cpu=cpu)
    for page in result.pages:
        score.sentences += page.sentences
        score.read += page.read
    misses: list[str] = []
    gold = data.get("claims") or {}
    score_relations(gold, cs, names, score, misses)
    score_figures(gold, cs, names, score, misses)
    score_conflicts(data.get("disagreements") or [], cs, names, score, misses)
    score_duplicates(data.get("same") or [], cs, score)
    if detail:
        print(f"\n--- {path.stem}: what did not match", file=sys.stderr)
        print("\n".join(misses), file=sys.stderr)
    return path.stem, data["split"], score


def _fmt(x: float | None, width: int) -> str:
    return f"{'—':>{width}}" if x is None else f"{x:{width}.2f}" if x < 10 else f"{x:{width}.0f}"


def quality(topics: list[str], detail: set[str]) -> None:
    """Print the per-topic table and the tune / check / seed averages."""
    paths = [GOLD / f"{t}.yaml" for t in topics] if topics else sorted(GOLD.glob("*.yaml"))
    cols = ["P", "R", "F1", "figures", "polarity", "certainty", "conflict P", "conflict R",
            "read", "dup rate", "KB/s"]
    print("extraction vs gold (no vocabulary; relations matched by family, subject, object)")
    print(f"{'topic':24} {'split':6}" + "".join(f"{c:>11}" for c in cols))
    totals: dict[str, Score] = defaultdict(Score)
    families: dict[str, Score] = defaultdict(Score)
    for path in paths:
        name, split, score = score_topic(path, path.stem in detail or "all" in detail)
        totals[split].add(score)
        families[split].add(score)
        row = score.row()
        print(f"{name:24} {split:6}" + "".join(_fmt(row[c], 11) for c in cols))
    for split in ("tune", "check", "seed"):
        if split in totals:
            row = totals[split].row()
            print(f"{'all ' + split:24} {split:6}" + "".join(_fmt(row[c], 11) for c in cols))
    print("\nrelation F1 by family (pooled over the split's topics):")
    fams = sorted({f for s in families.values() for f in s.families})
    print(f"{'split':8}" + "".join(f"{f:>14}" for f in fams))
    for split in ("tune", "check", "seed"):
        if split not in families:
            continue
        cells = []
        for f in fams:
            tp, nx, ng, found = families[split].families.get(f, [0, 0, 0, 0])
            f1 = _f1(_div(tp, nx), _div(found, ng))
            cells.append(f"{'—' if f1 is None else f'{f1:.2f}'} ({ng})")
        print(f"{split:8}" + "".join(f"{c:>14}" for c in cells))
    print("\nwhy gold relations were missed (the closest claim of the same source):")
    print(f"{'split':8}{'gold':>8}{'missed':>8}" + "".join(f"{c:>21}" for c in REL_CAUSES))
    for split in ("tune", "check", "seed"):
        if split in totals:
            t = totals[split]
            print(f"{split:8}{t.rel_g:>8}{t.rel_g - t.rel_found:>8}" + "".join(
                f"{t.rel_causes.get(c, 0):>21}" for c in REL_CAUSES))
    print("\nwhy gold figures were missed (closest extracted figure with the same value;"
          " a miss can have several causes):")
    causes = ("value not found", "kind", "subject", "population", "bound", "horizon")
    print(f"{'split':8}{'gold':>8}" + "".join(f"{c:>17}" for c in causes))
    for split in ("tune", "check", "seed"):
        if split in totals:
            t = totals[split]
            print(f"{split:8}{t.fig_g:>8}" + "".join(f"{t.fig_causes.get(c, 0):>17}"
                                                     for c in causes))
# --- throughput ---------------------------------------------------------------
_NAMES = ["brindle fever", "korvath syndrome", "lunate palsy", "ostrel disease", "pell anaemia",
          "quarrow's arthritis", "sable cough", "tamsin nephritis", "varrow dermatitis"]
_FACTORS = ["smoking", "obesity", "older age", "a family history", "long-term steroid use",
            "low vitamin B12 levels", "heavy drinking", "high blood pressure", "diabetes"]
_SIGNS = ["a dry cough", "tiredness", "joint pain", "a rash on the arms", "fever",
          "weight loss", "blurred vision", "swollen ankles", "night sweats"]
_TREATS = ["rest", "physiotherapy", "antibiotics", "steroid creams", "a low-salt diet",
           "surgery", "pain relief", "inhalers", "iron tablets"]


def synthetic_page(rng: random.Random, i: int) -> str:
    """Return one made-up health page (about 10 KB) in our own words."""
    name = rng.choice(_NAMES)
    lines = [f"{name.title()} - overview", "Home", "Conditions", "",
             f"{name.capitalize()} is a long-term condition that affects the body in many ways."]
    for _ in range(6):
        lines += ["", "Risk factors", "Things that raise your risk include:"]
        lines += [f"• {f.capitalize()}: this is common." for f in rng.sample(_FACTORS, 4)]
        lines += ["", "Advertisement", "", "Symptoms", f"Symptoms of {name} may include:"]
        lines += [f"- {s.capitalize()}" for s in rng.sample(_SIGNS, 4)]
        lines += ["", "Treatment",
                  f"{name.capitalize()} is treated with {rng.choice(_TREATS)} and "
                  f"{rng.choice(_TREATS)}. {rng.choice(_TREATS).capitalize()} may help.",
                  f"About {rng.randint(2, 9)} out of 10 people recover within a year. "
                  f"In people over the age of {rng.randint(50, 80)}, up to {rng.randint(10, 40)}"
                  f" percent die within five years.",
                  f"It isn't clear whether {rng.choice(_FACTORS)} raises the risk of {name}. "
                  f"Doctors think {rng.choice(_FACTORS)} is linked to worse outcomes. "
                  "Ask your doctor about the options, and keep a diary of how you feel each "
                  "day so that changes can be spotted early on.", ""]
    lines.append(f"Page {i}. Last reviewed 2024.")
    return "\n".join(lines)


# Text shapes for "any text": what users paste besides well-formed pages.  Our own
# made-up words (and the real pages beside the checkout, when
# they are there); sizes are set by --shape-mb.
_CLAUSE = "about 5 out of 10 people with tarn fever die within a year and up to 80 % of patients "
_ROW = "midge bite {i} | raises the risk of tarn fever in 5 out of 10"
_LINES = "Symptoms\n" + "Tarn fever causes a rash and may lead to a fever.\n" * 5
_PROSE = "the slow brown heron walks past a quiet pond near the old mill "


def _shape_pages(rng: random.Random, size: int) -> list[tuple[str, str]]:
    pages, total = [], 0
    while total < size:
        text = synthetic_page(rng, len(pages))
        pages.append((f"page{len(pages):05d}.txt", text))
        total += len(text.encode("utf-8"))
    return pages


def _repeat(unit: str, size: int, head: str = "Tarn fever\n\n") -> str:
    return head + (unit * (size // len(unit) + 1))[:size] + "\n"


def _real_pages(_rng: random.Random, _size: int) -> list[tuple[str, str]]:
    """Every page of the corpus and the seeds (real text: not ours to copy, only to time)."""
    files = sorted((SHARED / "corpus").glob("*/*.txt")) + sorted((SHARED / "seeds").glob("*.txt"))
    return [(f"{f.parent.name}--{f.name}", f.read_text(encoding="utf-8")) for f in files]


SHAPES: dict[str, Callable[[random.Random, int], list[tuple[str, str]]]] = {
    "real pages (../shared corpus and seeds)": _real_pages,
    "health pages (made-up, ~10 KB each)": _shape_pages,
    "figure clauses, no full stop": lambda _r, n: [("figures.txt", _repeat(_CLAUSE, n))],
    "table pasted as plain text": lambda _r, n: [("rows.txt", "Tarn fever\n\n" + "".join(
        _ROW.format(i=i) + " | " for i in range(n // (len(_ROW) + 3))))],
    "Markdown table": lambda _r, n: [("table.md", "# Tarn fever\n\n| cause | effect |\n|---|---|\n"
                                      + "".join(f"| {_ROW.format(i=i)} |\n"
                                                for i in range(n // (len(_ROW) + 5))))],
    "one-line claims under headings": lambda _r, n: [("lines.txt", _repeat(_LINES, n))],
    "prose without full stops": lambda _r, n: [("prose.txt", _repeat(_PROSE, n))],
}


def _run_cli(paths: list[Path], out: Path, jobs: int, cache: Path) -> tuple[float, float, int]:
    """Run ``claimgraph extract`` in a fresh process; return (wall s, CPU s, peak RSS KB)."""
    cmd = [sys.executable, "-m", "claimgraph", "extract", *map(str, paths), "--out", str(out),
           "--jobs", str(jobs)]
    # Bytecode is cached as on a user's machine (pip compiles it on install; an editable
    # install writes it on the first run): a sandbox that sets PYTHONDONTWRITEBYTECODE would
    # charge every run ~0.1 s of compiling our source again.  So are compiled regexes
    # (ingest/re_cache.py), in a folder of this run's own that starts empty: the first run
    # pays for compiling them, and is printed apart.
    env = {k: val for k, val in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["CLAIMGRAPH_CACHE"] = str(cache)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode() if proc.stderr else ""
    if proc.returncode != 0:
        raise SystemExit(f"claimgraph extract failed ({proc.returncode}): {err[-2000:]}")
    # A pool's workers are the child's children: wait4 counts them once they are reaped.
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def throughput(size_mb: float, shape_mb: float, repeat: int, jobs_list: list[int]) -> None:
    """Time ``claimgraph extract`` (the CLI, a fresh process each run) on each text shape.

    CPU seconds of the process and its workers give KB/s per core; the run on
    one tiny page gives the fixed cost (start-up, imports, word tables) that
    every run pays, measured in the same session.
    """
    print(f"\nthroughput: `claimgraph extract FILES --out DIR` in a fresh process, "
          f"{repeat} runs each (load average {os.getloadavg()[0]:.1f} on "
          f"{os.cpu_count()} cores at the start)")
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        tiny = base / "tiny.txt"
        tiny.write_text("Tarn fever\n\nTarn fever causes a rash.\n", encoding="utf-8")
        cache = base / "cache"
        first = _run_cli([tiny], base / "out-first", 1, cache)[1]
        fixed = [_run_cli([tiny], base / "out-tiny", 1, cache)[1] for _ in range(repeat)]
        print(f"  fixed cost (one tiny page): CPU min {min(fixed):.2f} s, "
              f"median {statistics.median(fixed):.2f} s (the first run, compiling the "
              f"regexes it then keeps: {first:.2f} s)")
        # "after start-up": the text's own cost (CPU min less the fixed cost's min), to
        # tell a slow shape from a small input that start-up dominates.
        header = (f"  {'text':38s} {'MB':>5s} {'jobs':>4s} {'KB/s per core min':>18s} "
                  f"{'median':>7s} {'after start-up':>14s} {'wall KB/s':>9s} {'peak MB':>8s} "
                  f"{'goal 150':>8s} {'claims':>7s}")
        print(header)
        for name, make in SHAPES.items():
            size = int((size_mb if name.startswith("health") else shape_mb) * 1024 * 1024)
            if name.startswith("real") and not SHARED.is_dir():
                continue
            folder = base / f"shape{len(name)}"
            folder.mkdir()
            paths = []
            for fname, text in make(random.Random(7), size):
                path = folder / fname
                path.write_text(text, encoding="utf-8")
                paths.append(path)
            kb = sum(p.stat().st_size for p in paths) / 1024
            for jobs in (jobs_list if name.startswith("health") else [1]):
                runs = [_run_cli(paths, base / f"out{len(name)}-{jobs}-{i}", jobs, cache)
                        for i in range(repeat)]
                cpu = sorted(r[1] for r in runs)
                wall = min(r[0] for r in runs)
                peak = max(r[2] for r in runs) / 1024
                best, med = kb / cpu[0], kb / statistics.median(cpu)
                own = kb / (cpu[0] - min(fixed)) if cpu[0] > min(fixed) else float("inf")
                claims = _claims_written(base / f"out{len(name)}-{jobs}-{repeat - 1}")
                print(f"  {name:38s} {kb / 1024:5.1f} {jobs:4d} {best:18.0f} {med:7.0f} "
                      f"{own:14.0f} {kb / wall:9.0f} {peak:8.0f} {best / 150:7.2f}x "
                      f"{claims:7d}")


def _claims_written(out: Path) -> int:
    """Return how many claims a run wrote to ``out``: one top-level list item each in its
    claims files (a claim's own lists are indented under their keys)."""
    return sum(line.startswith("- ") for path in sorted((out / "claims").glob("*.yaml"))
               for line in path.read_text(encoding="utf-8").splitlines())


def _cpu() -> float:
    """Return CPU seconds used by this process and its finished children."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--topics", nargs="*", default=[], help="gold topics (default: all)")
    ap.add_argument("--detail", nargs="*", default=[],
                    help="print misses and false claims for these topics ('all' for every one)")
    ap.add_argument("--size-mb", type=float, default=10.0,
                    help="megabytes of made-up health pages (default 10)")
    ap.add_argument("--shape-mb", type=float, default=1.0,
                    help="megabytes of each other text shape (default 1)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per shape (min and median)")
    ap.add_argument("--jobs", type=int, nargs="*", default=[1, 2],
                    help="--jobs values for the health pages (default 1 2)")
    ap.add_argument("--skip-throughput", action="store_true")
    ap.add_argument("--skip-quality", action="store_true")
    args = ap.parse_args()
    if not args.skip_quality:
        quality(args.topics, set(args.detail))
    if not args.skip_throughput:
        throughput(args.size_mb, args.shape_mb, args.repeat, args.jobs)


if __name__ == "__main__":
    main()
