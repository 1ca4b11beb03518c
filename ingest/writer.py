"""Write claims back out in the claims-file format a person edits.

Used by ``extract`` (candidates for review) and by anyone converting CSV or
RDF claims to YAML.  Output is deterministic so re-runs diff cleanly.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from claimgraph.graph.model import Claim, Entity, Source, default_unit

from . import roundtrip


def claim_record(claim: Claim, labels: Mapping[str, str]) -> dict[str, Any]:
    """Return the YAML mapping of one claim, labels in place of entity ids."""
    record: dict[str, Any] = {"subject": labels.get(claim.subject, claim.subject)}
    if claim.measure is not None:
        m = claim.measure
        measure: dict[str, Any] = {"kind": m.kind}
        for key in ("value", "low", "high"):
            if getattr(m, key) is not None:
                measure[key] = float(f"{getattr(m, key):.9g}")
        measure["bound"] = m.bound.value
        if m.unit != default_unit(m.kind):
            measure["unit"] = m.unit
        for key in ("horizon", "population"):
            if getattr(m, key):
                measure[key] = getattr(m, key)
        record["measure"] = measure
    else:
        record["predicate"] = claim.predicate
        record["object"] = labels.get(claim.object or "", claim.object)
    if claim.negated:
        record["negated"] = True
    if claim.hedged:
        record["hedged"] = True
    q = claim.qualifiers
    for key in ("level", "population", "setting"):
        if getattr(q, key):
            record[key] = getattr(q, key)
    ev = claim.evidence
    for key, value in (("section", ev.section), ("anchor", ev.anchor), ("start", ev.start),
                       ("end", ev.end), ("quote", ev.text)):
        if value is not None:
            record[key] = value
    if ev.rule is not None:
        record["rule"] = ev.rule
    if ev.confidence is not None:
        record["confidence"] = ev.confidence
    if ev.flag is not None:
        record["flag"] = ev.flag
    record["status"] = claim.status.value
    return record


def dump_claims(source: Source | str, claims: Iterable[Claim],
                entities: Iterable[Entity] = (), *, header: str = "",
                extra: Mapping[int, Mapping[str, Any]] | None = None) -> str:
    """Return a claims file (YAML) for one source.

    ``extra`` adds keys (such as a review ``flag``) to the claim at that index.
    """
    labels = {e.id: e.label for e in entities}
    source_id = source.id if isinstance(source, Source) else source
    records = []
    for i, claim in enumerate(claims):
        record = claim_record(claim, labels)
        if extra and i in extra:
            record.update(extra[i])
        records.append(record)
    body = roundtrip.plain_dump({"source": source_id, "claims": records})
    return (header + body) if header else body
