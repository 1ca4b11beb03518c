"""Write candidate claims for review, keeping every decision a person already made.

The loop: ``extract`` writes ``<source>.yaml`` with each claim marked
``status: candidate``; a person accepts, rejects, corrects a label or a
predicate, or adds claims; ``extract`` runs again on the same (or changed)
pages.  A claim is recognised across runs by the words it came from (its
anchor and quote), so:

- a claim a person accepted, rejected or edited is kept as they left it;
  its span is moved if the sentence moved;
- a candidate nobody touched is replaced by its fresh extraction;
- a new candidate is added at the end;
- a claim whose quote no longer occurs in the page is kept and flagged,
  never dropped.

Work is done on the YAML records themselves, so a person's wording
survives byte for byte (comments in the file do not: YAML loaders drop them).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from claimgraph.graph.errors import InputFileError, UnsafePathError
from claimgraph.graph.files import path_inside, write_atomic
from claimgraph.graph.model import ClaimSet, ReviewStatus

from .claims import PROJECT_CLAIMS, PROJECT_SOURCES, PROJECT_VOCABULARY
from .entities import suggest_merges, suggestion_records
from .normalize import label_key
from .sources import SOURCE_ID, SOURCE_ID_EXPECTED
from .writer import claim_record

MISSING = "evidence not found in the current document"
_CONTENT_KEYS = ("subject", "predicate", "object", "measure", "level", "negated", "hedged",
                 "population", "setting")
HEADER = (
    "# Candidate claims extracted from {title}.\n"
    "# Review each: set status to accepted or rejected, correct subject, predicate or\n"
    "# object, or add claims. Running `claimgraph extract` again keeps your decisions.\n"
)


def _norm(text: object) -> str:
    return " ".join(str(text or "").split()).lower()


def _where(record: Mapping[str, Any]) -> tuple[str, str]:
    return (_norm(record.get("anchor")), _norm(record.get("quote")))


def _content(record: Mapping[str, Any]) -> tuple[str, ...]:
    out = []
    for key in _CONTENT_KEYS:
        value = record.get(key)
        if key in ("subject", "object"):
            out.append(label_key(str(value or "")))
        elif isinstance(value, dict):
            out.append(repr(sorted(value.items())))
        else:
            out.append(_norm(value))
    return tuple(out)


def _relocate(record: dict[str, Any], text: str | None) -> dict[str, Any]:
    """Move a kept record's span to where its quote now is, or flag it."""
    quote = record.get("quote")
    if text is None or not quote:
        return record
    start = record.get("start")
    if isinstance(start, int) and text[start:start + len(quote)] == quote:
        found = start
    else:
        found = text.find(quote)
    if found < 0:
        record["flag"] = MISSING
        return record
    record["start"], record["end"] = found, found + len(quote)
    if record.get("flag") == MISSING:
        del record["flag"]
    return record


def merge_records(old: list[dict[str, Any]], new: list[dict[str, Any]],
                  text: str | None = None) -> list[dict[str, Any]]:
    """Merge fresh candidates into a reviewed claims list; see the module docstring.

    >>> old = [{"subject": "Gout", "predicate": "has_symptom", "object": "joint pain",
    ...         "anchor": "joint pain", "quote": "It causes joint pain.", "status": "accepted"}]
    >>> new = [dict(old[0], status="candidate"), {"subject": "gout", "predicate": "used_for",
    ...        "object": "rest", "anchor": "rest", "quote": "Rest helps.", "status": "candidate"}]
    >>> [(r["object"], r["status"]) for r in merge_records(old, new)]
    [('joint pain', 'accepted'), ('rest', 'candidate')]
    """
    by_where: dict[tuple[str, str], list[int]] = {}
    for i, rec in enumerate(new):
        by_where.setdefault(_where(rec), []).append(i)
    used: set[int] = set()
    out: list[dict[str, Any]] = []
    for rec in old:
        rec = dict(rec)
        candidates = [i for i in by_where.get(_where(rec), []) if i not in used]
        same = [i for i in candidates if _content(new[i]) == _content(rec)]
        status = str(rec.get("status", ReviewStatus.ACCEPTED.value))
        if same:
            used.add(same[0])
            if status == ReviewStatus.CANDIDATE.value:
                out.append(new[same[0]])  # untouched: take the fresh extraction
                continue
        elif candidates:
            # The person edited this claim; its original extraction must not
            # come back beside it.  Pair it with the most similar candidate.
            mine = _content(rec)
            best = max(candidates, key=lambda i: sum(a == b for a, b in
                                                     zip(_content(new[i]), mine, strict=True)))
            used.add(best)
        out.append(_relocate(rec, text))
    out.extend(new[i] for i in range(len(new)) if i not in used)
    return out


def read_records(path: Path) -> list[dict[str, Any]]:
    """Return the claim records of an existing claims file ([] if there is none)."""
    if not path.exists():
        return []
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as err:
        raise InputFileError(
            f"{path}: expected the claims file written by a previous extract, got "
            f"unreadable YAML ({err}) (hint: fix it or move it away to start afresh)"
        ) from err
    claims = data.get("claims") if isinstance(data, dict) else None
    return [dict(c) for c in claims or [] if isinstance(c, dict)]


def _manifest(claimset: ClaimSet) -> str:
    """Return a sources.yaml for the extracted pages (with each text's sha256)."""
    items = []
    for s in claimset.sources:
        item: dict[str, Any] = {"id": s.id}
        if s.path:
            item["file"] = s.path
        for key in ("publisher", "title", "url", "published", "modified", "reviewed",
                    "next_review", "kind", "sha256"):
            value = getattr(s, key)
            if value:
                item[key] = value
        if s.authors:
            item["authors"] = list(s.authors)
        items.append(item)
    data: dict[str, Any] = {"sources": items}
    if claimset.topic:
        data = {"topic": claimset.label(claimset.topic), **data}
    return ("# The pages these claims were extracted from; sha256 is of each page's\n"
            "# normalised text, so a changed page can be spotted.\n"
            + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100))


def _vocabulary_entries(claimset: ClaimSet) -> list[dict[str, Any]]:
    """Return vocabulary entries for every entity the claims use (and what is broader).

    Each keeps its id, so the ids ``compare DIR`` makes are the ones
    ``extract`` made; synonyms carry the other names (abbreviations, plurals,
    the page's spellings), broader links what a given vocabulary said.
    """
    used = {c.subject for c in claimset.claims} | {c.object for c in claimset.claims if c.object}
    by_id = claimset.entity_map()
    todo = sorted(used & set(by_id))
    keep: set[str] = set()
    while todo:
        eid = todo.pop()
        if eid in keep:
            continue
        keep.add(eid)
        todo.extend(b for b in by_id[eid].broader if b in by_id)
    entries = []
    for eid in sorted(keep):
        e = by_id[eid]
        item: dict[str, Any] = {"id": e.id, "label": e.label, "type": e.type.value}
        if e.synonyms:
            item["synonyms"] = sorted(e.synonyms)
        if e.broader:
            item["broader"] = [by_id[b].label for b in sorted(e.broader) if b in by_id]
        if e.xrefs:
            item["xrefs"] = list(e.xrefs)
        entries.append(item)
    return entries


def _vocabulary_text(claimset: ClaimSet, existing: str | None) -> str | None:
    """Return the vocabulary.yaml to write, or None to leave a person's file as it is.

    A first run writes every entity.  Later runs append only entities the
    file does not name yet, as text after what is there, so a reviewer's
    edits and comments stay; when the file does not end with its
    ``entities:`` list nothing is appended.
    """
    entries = _vocabulary_entries(claimset)
    dump = {"width": 100, "allow_unicode": True, "sort_keys": False,
            "default_flow_style": None}
    if existing is None:
        data: dict[str, Any] = {"entities": entries}
        if claimset.topic:
            data = {"topic": claimset.label(claimset.topic), **data}
        return ("# Entities of the extracted claims: merge two by making one a synonym of the\n"
                "# other, add broader links; extract keeps your edits, compare reads this.\n"
                + yaml.safe_dump(data, **dump))
    try:
        data = yaml.safe_load(existing)
    except yaml.YAMLError:
        return None
    if not isinstance(data, dict) or list(data)[-1:] != ["entities"]:
        return None
    known = set()
    for item in data.get("entities") or []:
        if isinstance(item, dict):
            known |= {label_key(str(n)) for n in
                      (item.get("id", ""), item.get("label", ""), *(item.get("synonyms") or []))}
    new = [e for e in entries if label_key(e["label"]) not in known
           and label_key(e["id"]) not in known]
    if not new:
        return None
    added = yaml.safe_dump(new, **dump)
    indented = "".join("  " + line if line.strip() else line
                       for line in added.splitlines(keepends=True))
    return existing.rstrip("\n") + "\n  # added by a later extract\n" + indented


def _safe_id(source_id: str) -> str:
    if not SOURCE_ID.fullmatch(source_id):
        raise UnsafePathError(f"source {source_id!r}: expected {SOURCE_ID_EXPECTED}, got "
                              f"{source_id!r} (hint: ids name the claims files; give it a "
                              "short id such as 'nkf' in sources.yaml)")
    return source_id


def write_candidates(claimset: ClaimSet, out_dir: str | Path, *,
                     texts: Mapping[str, str] | None = None,
                     embeddings: bool = False) -> list[Path]:
    """Write a project folder of candidates, merged with any reviewed files already there.

    The folder is a project ``claimgraph compare DIR`` reads as it is:
    ``claims/<source>.yaml`` per source, ``sources.yaml`` (written once, so
    a person's edits to it stay), ``vocabulary.yaml`` (every entity with its
    id, other names and broader links; later runs only append new ones) and
    ``merge-suggestions.yaml`` when some entities may be the same.

    Args:
        claimset: extracted claims (``status: candidate``).
        out_dir: the project folder.
        texts: normalised text by source id, to re-check kept claims' quotes.
        embeddings: also suggest entities close in meaning (the optional
            sentence-embedding extra), marked ``method: embedding``.

    Returns:
        The files written, sorted.

    Raises:
        UnsafePathError: a source id is not a plain name (``../x``, ``/etc/x``), or
            a file would resolve outside ``out_dir`` (a linked folder); nothing
            is written then.
    """
    out = Path(out_dir)
    # Every path is built and proven inside the folder before the first write.
    targets = {s.id: path_inside(out, PROJECT_CLAIMS, f"{_safe_id(s.id)}.yaml")
               for s in claimset.sources}
    manifest = path_inside(out, PROJECT_SOURCES)
    suggestions_path = path_inside(out, "merge-suggestions.yaml")
    vocabulary_path = path_inside(out, PROJECT_VOCABULARY)
    # Before anything is written: a missing embeddings extra leaves no half-written project.
    suggestions = suggest_merges(claimset.entities, claimset.new_entities)
    if embeddings:
        from .embeddings import suggest_by_meaning

        suggestions += suggest_by_meaning(claimset.entities, claimset.new_entities)
    labels = {e.id: e.label for e in claimset.entities}
    written: list[Path] = []
    if not manifest.exists() and claimset.sources:
        write_atomic(manifest, _manifest(claimset))
        written.append(manifest)
    for source in claimset.sources:
        claims = [c for c in claimset.claims if c.source == source.id]
        new = [claim_record(c, labels) for c in claims]
        path = targets[source.id]
        records = merge_records(read_records(path), new, (texts or {}).get(source.id))
        body = yaml.safe_dump({"source": source.id, "claims": records}, sort_keys=False,
                              allow_unicode=True, width=100, default_flow_style=False)
        write_atomic(path, HEADER.format(title=source.title or source.id) + body)
        written.append(path)
    old_vocabulary = (vocabulary_path.read_text(encoding="utf-8")
                      if vocabulary_path.exists() else None)
    vocabulary = _vocabulary_text(claimset, old_vocabulary)
    if vocabulary is not None:
        write_atomic(vocabulary_path, vocabulary)
        written.append(vocabulary_path)
    if suggestions:
        path = suggestions_path
        body = yaml.safe_dump({"suggestions": suggestion_records(suggestions)},
                              sort_keys=False, allow_unicode=True, width=100)
        header = ("# Entities that may be the same; add one as a synonym of the other "
                  "in vocabulary.yaml to merge them.\n")
        if embeddings:
            header += "# score: 0-100 for method spelling, a cosine 0-1 for method embedding.\n"
        write_atomic(path, header + body)
        written.append(path)
    return sorted(written)
