"""Check the gold files: shape, known predicates and kinds, anchors found in the pages.

Usage:
    python benchmarks/gold/check_gold.py [TOPIC ...]

Every problem is printed as ``file: claim N of SOURCE: what is wrong``; the
exit status is 1 when there is any.  Anchors are looked up in the page text
with case, spacing, quotes and dashes normalised, so a reader can always find
the words a gold claim rests on.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

from claimgraph.graph.model import MEASURE_KINDS
from claimgraph.graph.vocab import PREDICATES

GOLD = Path(__file__).resolve().parent
SHARED = GOLD.parents[2] / "shared"
SPLITS = {"tune", "check", "seed"}
KINDS = {"numeric", "polarity", "direction", "role"}
CLAIM_KEYS = {"subject", "predicate", "object", "measure", "negated", "hedged", "anchor",
              "population", "level", "section", "setting"}
MEASURE_KEYS = {"kind", "value", "low", "high", "bound", "unit", "horizon", "population",
                "note"}
BOUNDS = {"exact", "approx", "upper", "lower", "range"}


def norm(text: str) -> str:
    """Return text lower-cased with quotes, dashes and spacing made uniform."""
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"[\u2010-\u2015]", "-", text).replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text)


def check_file(path: Path) -> list[str]:
    """Return the problems of one gold file."""
    out: list[str] = []
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        return [f"{path.name}: not a mapping"]
    if data.get("split") not in SPLITS:
        out.append(f"{path.name}: split must be one of {sorted(SPLITS)}")
    folder = SHARED / str(data.get("folder", ""))
    manifest = folder / "sources.yaml"
    if not manifest.is_file():
        return [*out, f"{path.name}: no sources.yaml in {folder}"]
    sources = {s["id"]: folder / s["file"]
               for s in yaml.safe_load(manifest.read_text(encoding="utf-8"))["sources"]}
    topic = data.get("topic")
    if not isinstance(topic, str) or not topic:
        out.append(f"{path.name}: topic must be a label")
    for group in data.get("same") or []:
        if not (isinstance(group, list) and len(group) >= 2
                and all(isinstance(x, str) for x in group)):
            out.append(f"{path.name}: same: each entry is a list of 2+ names, got {group!r}")
    claims = data.get("claims") or {}
    for sid in claims:
        if sid not in sources:
            out.append(f"{path.name}: unknown source {sid!r} (known: {sorted(sources)})")
    for sid, items in claims.items():
        if sid not in sources:
            continue
        page = norm(sources[sid].read_text(encoding="utf-8", errors="replace"))
        for n, c in enumerate(items or [], 1):
            where = f"{path.name}: claim {n} of {sid}"
            out.extend(f"{where}: {p}" for p in check_claim(c, page))
    for n, d in enumerate(data.get("disagreements") or [], 1):
        where = f"{path.name}: disagreement {n}"
        if d.get("kind") not in KINDS:
            out.append(f"{where}: kind must be one of {sorted(KINDS)}")
        if not d.get("subject") or not d.get("about"):
            out.append(f"{where}: needs subject and about")
        if d.get("kind") == "numeric" and d.get("measure") not in MEASURE_KINDS:
            out.append(f"{where}: numeric needs a measure kind, got {d.get('measure')!r}")
        for sid in d.get("sources") or []:
            if sid not in sources:
                out.append(f"{where}: unknown source {sid!r}")
        if not d.get("sources"):
            out.append(f"{where}: needs sources")
    return out


def check_claim(c: object, page: str) -> list[str]:
    """Return the problems of one gold claim."""
    if not isinstance(c, dict):
        return [f"not a mapping: {c!r}"]
    out = [f"unknown key {k!r}" for k in c if k not in CLAIM_KEYS]
    if not c.get("subject"):
        out.append("no subject")
    anchor = c.get("anchor")
    if not isinstance(anchor, str) or not anchor.strip():
        out.append("no anchor")
    else:
        n = len(anchor.split())
        if n > 8:
            out.append(f"anchor of {n} words (at most 8)")
        if norm(anchor) not in page:
            out.append(f"anchor not found in the page: {anchor!r}")
    measure = c.get("measure")
    if measure is not None:
        if not isinstance(measure, dict):
            return [*out, "measure must be a mapping"]
        out += [f"unknown measure key {k!r}" for k in measure if k not in MEASURE_KEYS]
        if measure.get("kind") not in MEASURE_KINDS:
            out.append(f"unknown measure kind {measure.get('kind')!r} ({sorted(MEASURE_KINDS)})")
        if measure.get("bound", "approx") not in BOUNDS:
            out.append(f"unknown bound {measure.get('bound')!r}")
        if all(measure.get(k) is None for k in ("value", "low", "high")):
            out.append("measure needs value or low/high")
    else:
        if c.get("predicate") not in PREDICATES or c.get("predicate") == "has_measure":
            out.append(f"unknown predicate {c.get('predicate')!r}")
        if not c.get("object"):
            out.append("no object")
    return out


def main(argv: list[str]) -> int:
    """Check the named topics (default: every gold file)."""
    paths = [GOLD / f"{t}.yaml" for t in argv] or sorted(GOLD.glob("*.yaml"))
    problems = [p for path in paths for p in check_file(path)]
    for p in problems:
        print(p)
    counts = []
    for path in paths:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        n = sum(len(v or []) for v in (data.get("claims") or {}).values())
        counts.append(f"{path.stem}: {n} claims, {len(data.get('disagreements') or [])} "
                      f"disagreements, {len(data.get('same') or [])} same-name groups")
    print("\n".join(counts))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
