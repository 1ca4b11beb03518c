"""Score extraction against the curated example, then measure throughput.

Usage:
    python benchmarks/bench_extract.py [--seeds DIR] [--size-mb 100] [--no-vocab]

Quality: claims are extracted from the five seed pages and compared, page
by page, with the curated claims in ``claimgraph/examples/calciphylaxis``.
Matching is relaxed, as agreed for the issue: the same topic area (a risk
factor may match a cause and back, since pages blur them; each is reported
under its own type), and subject
and object each equal after normalisation, named by the vocabulary, or
within rapidfuzz ``token_set_ratio`` ≥ 80.  A statistic counts as right only
when kind, value (±1 %), bound, horizon and population all agree.

Throughput: a synthetic corpus of made-up pages (our own template text about
invented conditions, never seed text) of ``--size-mb`` megabytes is written
to a temporary folder and extracted with the progress bar on.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from rapidfuzz import fuzz

from claimgraph.examples import EXAMPLE
from claimgraph.graph import vocab as v
from claimgraph.graph.model import Claim, ClaimSet
from claimgraph.ingest.claims import load
from claimgraph.ingest.extract import extract_corpus
from claimgraph.ingest.normalize import label_key
from claimgraph.ingest.quantities import horizon_months

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
TYPES = {
    v.RISK: "risk factors", v.CAUSE: "causes", v.SYMPTOMS: "symptoms",
    v.COMPLICATIONS: "complications", v.DIAGNOSIS: "diagnosis", v.TREATMENT: "treatment",
    v.PREVENTION: "prevention", v.MECHANISM: "mechanism",
}


# Pages blur "raises the risk of" and "contributes to": a claim of one counts
# for the other (each is still reported under its own type).
GROUP = {"causes": "risk factors"}


def _group(kind: str) -> str:
    return GROUP.get(kind, kind)


def names(cs: ClaimSet, entity_id: str | None) -> set[str]:
    """Return every normalised name of an entity (label, synonyms, id)."""
    if entity_id is None:
        return set()
    e = cs.entity_map().get(entity_id)
    found = {label_key(entity_id.replace("-", " "))}
    if e is not None:
        found |= {label_key(n) for n in (e.label, *e.synonyms)}
    return {n for n in found if n}


def same(a: set[str], b: set[str]) -> bool:
    """Return whether two name sets name the same thing (relaxed)."""
    if a & b:
        return True
    return any(fuzz.token_set_ratio(x, y) >= 80 for x in a for y in b)


def triples(cs: ClaimSet) -> dict[str, list[tuple[str, set[str], set[str], Claim]]]:
    """Return per source the unique (type, subject names, object names) of relation claims.

    A denied claim keeps its denial in its type ("treatment (denied)"), so
    it only matches a denial.
    """
    out: dict[str, list[tuple[str, set[str], set[str], Claim]]] = defaultdict(list)
    seen: set[tuple[str, str, str, str | None]] = set()
    for c in cs.claims:
        if c.measure is not None:
            continue
        kind = TYPES.get(v.PREDICATES[c.predicate].area, "other")
        if c.negated:
            kind += " (denied)"
        key = (c.source, kind, c.subject, c.object)
        if key in seen:
            continue
        seen.add(key)
        out[c.source].append((kind, names(cs, c.subject), names(cs, c.object), c))
    return out


def score_relations(gold: ClaimSet, got: ClaimSet) -> dict[str, list[int]]:
    """Return per type [true positives found, extracted, gold, gold found]."""
    g, x = triples(gold), triples(got)
    table: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for src in set(g) | set(x):
        for kind, s, o, _ in x.get(src, []):
            table[kind][1] += 1
            if any(_group(k) == _group(kind) and same(s, gs) and same(o, go)
                   for k, gs, go, _ in g.get(src, [])):
                table[kind][0] += 1
        for kind, s, o, _ in g.get(src, []):
            table[kind][2] += 1
            if any(_group(k) == _group(kind) and same(s, xs) and same(o, xo)
                   for k, xs, xo, _ in x.get(src, [])):
                table[kind][3] += 1
    return table


def score_statistics(gold: ClaimSet, got: ClaimSet) -> tuple[int, int, int, list[str]]:
    """Return (right, extracted, gold, misses) for the figures pages state."""
    gm = [c for c in gold.claims if c.measure is not None]
    xm = [c for c in got.claims if c.measure is not None]
    right, misses = 0, []
    for c in gm:
        m = c.measure
        assert m is not None
        ok = False
        for d in xm:
            n = d.measure
            assert n is not None
            if d.source != c.source or n.kind != m.kind or n.bound != m.bound:
                continue
            if abs(n.point() - m.point()) > 0.01 * max(abs(m.point()), 1e-9):
                continue
            if horizon_months(n.horizon) != horizon_months(m.horizon):
                continue
            pops = (m.population or "", n.population or "")
            if any(pops) and not (all(pops) and fuzz.token_set_ratio(*pops) >= 80):
                continue
            ok = True
            break
        right += ok
        if not ok:
            misses.append(f"{c.source}: {m.kind} {m.point():g} {m.bound} {m.horizon or ''} "
                          f"{m.population or ''}".strip())
    return right, len(xm), len(gm), misses


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def quality(seeds: Path, use_vocab: bool) -> None:
    gold = load(EXAMPLE)
    vocab = EXAMPLE / "vocabulary.yaml" if use_vocab else None
    docs = sorted(seeds.glob("*.txt"))
    got, _, problems = extract_corpus(docs, seeds / "sources.yaml", vocabulary=vocab,
                                      progress=False)
    for p in problems:
        print("warning:", p, file=sys.stderr)
    gold_sources = {s.id for s in gold.sources if any(c.source == s.id for c in gold.claims)}
    got = ClaimSet(got.sources, got.entities,
                   tuple(c for c in got.claims if c.source in gold_sources), got.topic)
    print(f"\nextraction quality vs curated example ({'with' if use_vocab else 'without'} "
          f"vocabulary; sources {', '.join(sorted(gold_sources))})")
    print(f"{'type':20} {'precision':>9} {'recall':>7} {'F1':>6} {'extracted':>9} {'curated':>8}")
    table = score_relations(gold, got)
    totals = [0, 0, 0, 0]
    for kind in sorted(table):
        tp, nx, ng, found = table[kind]
        totals = [a + b for a, b in zip(totals, table[kind], strict=True)]
        p, r = (tp / nx if nx else 0.0), (found / ng if ng else 0.0)
        print(f"{kind:20} {p:9.2f} {r:7.2f} {f1(p, r):6.2f} {nx:9d} {ng:8d}")
    tp, nx, ng, found = totals
    p, r = (tp / nx if nx else 0.0), (found / ng if ng else 0.0)
    print(f"{'all relations':20} {p:9.2f} {r:7.2f} {f1(p, r):6.2f} {nx:9d} {ng:8d}")
    right, nx, ng, misses = score_statistics(gold, got)
    print(f"statistics: {right}/{ng} curated figures extracted fully right "
          f"(kind, value, bound, horizon, population); {nx} figures extracted")
    for m in misses:
        print("  missed:", m)


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


def throughput(size_mb: float, workers: int | None = None) -> None:
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        paths, total = [], 0
        target = int(size_mb * 1024 * 1024)
        while total < target:
            text = synthetic_page(rng, len(paths))
            path = Path(tmp) / f"page{len(paths):05d}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(path)
            total += len(text.encode("utf-8"))
        load = os.getloadavg()[0]
        t0, c0 = time.perf_counter(), _cpu()
        claims, _, problems = extract_corpus(paths, progress=True, workers=workers)
        dt, cpu = time.perf_counter() - t0, _cpu() - c0
    kb = total / 1024
    cores = min(os.cpu_count() or 1, workers or os.cpu_count() or 1)
    print(f"\nthroughput: {kb / 1024:.1f} MB in {len(paths)} pages, "
          f"{len(claims.claims)} claims, {len(problems)} problems")
    print(f"  wall clock: {dt:.1f} s = {kb / dt:.0f} KB/s (goal 170 KB/s: {kb / dt / 170:.2f}x; "
          f"load average {load:.1f} on {os.cpu_count()} cores when it started)")
    print(f"  CPU time:   {cpu:.1f} s = {kb / cpu:.0f} KB/s per core, "
          f"{kb / cpu * cores:.0f} KB/s on {cores} idle core(s)")


def _cpu() -> float:
    """Return CPU seconds used by this process and its finished children."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=Path, default=SEEDS)
    ap.add_argument("--size-mb", type=float, default=100.0)
    ap.add_argument("--no-vocab", action="store_true", help="score without the vocabulary")
    ap.add_argument("--skip-throughput", action="store_true")
    ap.add_argument("--workers", type=int, default=None, help="processes (default: cores)")
    args = ap.parse_args()
    if args.seeds.is_dir():
        quality(args.seeds, use_vocab=not args.no_vocab)
    else:
        print(f"no seed pages at {args.seeds}; skipping the quality score", file=sys.stderr)
    if not args.skip_throughput:
        throughput(args.size_mb, args.workers)


if __name__ == "__main__":
    main()
