"""Generate a seeded synthetic corpus: N sources × M claims, in the claim-file format.

The corpus has the shape of real comparisons, at any size: most claims are
a source's own, a controlled share restate claims from a shared pool (so
statements gather several sources), some are hedged or negated, some carry
a level (high/low, for direction conflicts), and some are figures (mortality,
survival, incidence, prevalence) around a per-condition base value, so
numeric and not-comparable conflicts appear in small clusters.  Entities
have a shallow broader hierarchy, so partial support and gaps are
hierarchy-aware too.

``records`` are dicts with the claim-file keys (what ``ingest/`` reads), so
the benchmark can write them as CSV and time the real loader; ``to_claimset``
builds the model directly when the loader is not wanted.

Run ``python benchmarks/synthetic.py --claims 1000 --out DIR`` to write a
project folder (sources.yaml, vocabulary.yaml, claims/corpus.csv).
"""

from __future__ import annotations

import argparse
import csv
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# Factors (even entities) are subjects of risk predicates, treatments (odd
# ones) of treatment predicates; the condition is the subject of the rest.
FACTOR_PREDICATES = ("increases_risk_of", "causes", "contributes_to", "associated_with")
TREATMENT_PREDICATES = ("used_for", "effective_for", "targets", "prevents")
CONDITION_PREDICATES = ("has_symptom", "has_complication", "affects", "diagnosed_by")
KINDS = (("mortality", "P1Y"), ("mortality", "P6M"), ("survival", "P6M"),
         ("survival", "P1Y"), ("incidence", "P1Y"), ("prevalence", None))
LEVELS = ("high", "low", "excess", "deficiency")
COLUMNS = ("source", "subject", "predicate", "object", "negated", "hedged", "level",
           "measure_kind", "value", "bound", "horizon")


@dataclass(frozen=True, slots=True)
class Rates:
    """Shares of claims with each property (independent draws, in [0, 1])."""

    shared: float = 0.5  # restate a claim from the shared pool
    hedged: float = 0.1
    negated: float = 0.03
    numeric: float = 0.03
    level: float = 0.02  # a high/low/excess/deficiency level on a risk claim
    role: float = 0.005  # a factor named as a treatment (a role conflict)


@dataclass(frozen=True, slots=True)
class Corpus:
    """A generated corpus: source ids, entities (label, broader label), claim records."""

    sources: tuple[str, ...]
    entities: tuple[tuple[str, str | None], ...]
    records: list[dict[str, Any]]


def generate(n_claims: int, n_sources: int = 10, *, seed: int = 1,
             rates: Rates = Rates()) -> Corpus:
    """Return a corpus of about ``n_claims`` claims spread over ``n_sources`` sources.

    >>> corpus = generate(200, 4, seed=3)
    >>> len(corpus.sources), len(corpus.records)
    (4, 200)
    >>> generate(200, 4, seed=3) == corpus
    True
    """
    rng = random.Random(seed)
    sources = tuple(f"s{i:02d}" for i in range(n_sources))
    n_entities = max(40, n_claims // 6)
    n_classes = max(4, n_entities // 20) // 2 * 2  # even: a class holds factors or treatments
    n_conditions = max(3, n_claims // 300)
    entities = [(f"class {c}", None) for c in range(n_classes)]
    entities += [(f"entity {e}", f"class {e % n_classes}" if e % 3 else None)
                 for e in range(n_entities)]
    conditions = [f"condition {k}" for k in range(n_conditions)]
    entities += [(c, None) for c in conditions]
    names = [label for label, _ in entities if not label.startswith("condition")]
    base = [0.2 + 0.6 * rng.random() for _ in conditions]
    pool_size = max(10, int(n_claims * rates.shared / max(1, n_sources // 2)))
    pool = [_triple(rng, names, conditions, rates) for _ in range(pool_size)]
    per_source = [n_claims // n_sources + (i < n_claims % n_sources) for i in range(n_sources)]
    records: list[dict[str, Any]] = []
    for source, count in zip(sources, per_source, strict=True):
        records.extend(_claims(rng, source, count, rates, pool, names, conditions, base))
    return Corpus(sources, tuple(entities), records)


def _triple(rng: random.Random, names: list[str], conditions: list[str],
            rates: Rates) -> tuple[str, str, str]:
    other = rng.randrange(len(names))
    condition = rng.choice(conditions)
    kind = rng.randrange(3)
    if kind == 2:
        return (condition, rng.choice(CONDITION_PREDICATES), names[other])
    factor = kind == 0
    if (other % 2 == 0) != factor and rng.random() >= rates.role:
        other = (other + 1) % len(names)  # keep factors and treatments apart, mostly
    predicates = FACTOR_PREDICATES if factor else TREATMENT_PREDICATES
    return (names[other], rng.choice(predicates), condition)


def _claims(rng: random.Random, source: str, count: int, rates: Rates,
            pool: list[tuple[str, str, str]], names: list[str], conditions: list[str],
            base: list[float]) -> Iterator[dict[str, Any]]:
    for _ in range(count):
        if rng.random() < rates.numeric:
            yield _figure(rng, source, conditions, base)
            continue
        subject, predicate, obj = (rng.choice(pool) if rng.random() < rates.shared
                                   else _triple(rng, names, conditions, rates))
        record: dict[str, Any] = {"source": source, "subject": subject, "predicate": predicate,
                                  "object": obj}
        if rng.random() < rates.hedged:
            record["hedged"] = "true"
        if rng.random() < rates.negated:
            record["negated"] = "true"
        if predicate == "increases_risk_of" and rng.random() < rates.level * 10:
            record["level"] = rng.choice(LEVELS)
        yield record


def _figure(rng: random.Random, source: str, conditions: list[str],
            base: list[float]) -> dict[str, Any]:
    k = rng.randrange(len(conditions))
    kind, horizon = rng.choice(KINDS)
    if kind in ("incidence", "prevalence"):
        value = base[k] / 100 * (1 + rng.choice((0, 0, 1)))
    else:
        mortality = min(0.95, max(0.05, base[k] * (0.6 if horizon == "P6M" else 1.0)
                                  + rng.choice((0, 0, 0.15, -0.15))))
        value = 1 - mortality if kind == "survival" else mortality
    record = {"source": source, "subject": conditions[k], "measure_kind": kind,
              "value": f"{max(0.01, value):.2f}" if value >= 0.01 else f"{value:.4f}",
              "bound": rng.choice(("approx", "approx", "upper"))}
    if horizon:
        record["horizon"] = horizon
    return record


def to_claimset(corpus: Corpus) -> Any:
    """Build the ClaimSet directly from the records (no files, no loader)."""
    from claimgraph.graph.model import (
        Bound,
        Certainty,
        Claim,
        ClaimSet,
        Entity,
        Evidence,
        Measure,
        Polarity,
        Qualifiers,
        Source,
        slugify,
    )

    def measure(r: dict[str, Any]) -> Measure | None:
        if "measure_kind" not in r:
            return None
        return Measure(r["measure_kind"], float(r["value"]), bound=Bound(r["bound"]),
                       horizon=r.get("horizon"))

    claims = {}
    for r in corpus.records:
        c = Claim(slugify(r["subject"]), r.get("predicate", "has_measure"),
                  slugify(r["object"]) if r.get("object") else None, measure(r),
                  Polarity.NEGATED if r.get("negated") else Polarity.AFFIRMED,
                  Certainty.HEDGED if r.get("hedged") else Certainty.STATED,
                  Qualifiers(level=r.get("level")), Evidence(r["source"]))
        claims[c.id] = c
    entities = tuple(Entity(slugify(label), label,
                            broader=(slugify(broad),) if broad else ())
                     for label, broad in corpus.entities)
    return ClaimSet(tuple(Source(s, publisher=f"Source {s}") for s in corpus.sources),
                    entities, tuple(claims.values()), topic="condition-0")


def write_project(corpus: Corpus, folder: Path) -> Path:
    """Write sources.yaml, vocabulary.yaml and claims/corpus.csv; return the folder."""
    (folder / "claims").mkdir(parents=True, exist_ok=True)
    lines = ["topic: condition 0", "sources:"]
    lines += [f"  - {{id: {s}, publisher: Source {s}}}" for s in corpus.sources]
    (folder / "sources.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    lines = ["topic: condition 0", "entities:"]
    for label, broader in corpus.entities:
        lines.append(f"  - {{label: {label}" + (f", broader: [{broader}]}}" if broader else "}"))
    (folder / "vocabulary.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with open(folder / "claims" / "corpus.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, COLUMNS)
        writer.writeheader()
        writer.writerows(corpus.records)
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--claims", type=int, default=1000)
    parser.add_argument("--sources", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    write_project(generate(args.claims, args.sources, seed=args.seed), args.out)
    print(args.out)


if __name__ == "__main__":
    main()
