"""Write candidate claims for review, keeping every decision a person already made.

The loop: ``extract`` writes ``<source>.yaml`` with each claim marked
``status: candidate``; a person accepts, rejects, corrects a label or a
predicate, or adds claims (as mappings or as ``[subject, predicate,
object]``); ``extract`` runs again on the same (or changed) pages.  A claim
is recognised across runs by the words it came from (its anchor and quote),
so:

- a claim a person accepted, rejected, edited or added is kept as they left
  it, in whatever form they wrote it; its span is moved if the sentence moved;
- a candidate nobody touched is refreshed from its new extraction;
- a new candidate is added at the end;
- a claim whose quote no longer occurs in the page is kept and flagged
  (``flag:``), never dropped; the flag goes when the quote comes back.

The file is edited in a comment-preserving round trip (:mod:`.roundtrip`),
so a person's comments, key order and quoting survive; nothing they wrote
is ever dropped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

from claimgraph.graph.collector import collector_paused
from claimgraph.graph.errors import InputFileError, UnsafePathError
from claimgraph.graph.files import path_inside, publish, write_atomic
from claimgraph.graph.model import Claim, ClaimSet, ReviewStatus, Source

from . import roundtrip
from .claims import PROJECT_CLAIMS, PROJECT_SOURCES, PROJECT_VOCABULARY
from .entities import suggest_merges, suggestion_records
from .normalize import label_key
from .sources import SOURCE_ID, SOURCE_ID_EXPECTED
from .writer import claim_record

MISSING = "evidence not found in the current document"
_CONTENT_KEYS = ("subject", "predicate", "object", "measure", "level", "negated", "hedged",
                 "population", "setting")
_TRIPLE = ("subject", "predicate", "object")
# Where each key of a claim goes (the order claim_record writes them in).
CLAIM_ORDER = ("subject", "predicate", "object", "measure", "negated", "hedged", "level",
               "population", "setting", "section", "anchor", "start", "end", "quote", "rule",
               "confidence", "flag", "status")
_TRUTHS = {"true": "true", "yes": "true", "y": "true", "on": "true", "1": "true",
           "false": "false", "no": "false", "n": "false", "off": "false", "0": "false"}
HEADER = (
    "# Candidate claims extracted from {title}.\n"
    "# Review each: set status to accepted or rejected, correct subject, predicate or\n"
    "# object, or add claims. Running `claimgraph extract` again keeps your decisions.\n"
)


def _text(value: object) -> str:
    """Return a scalar as text; a nested value only by its kind (never expanded)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(float(value))
    if isinstance(value, str | dt.date):
        return str(value)
    return f"<{type(value).__name__}>"


def _norm(value: object) -> str:
    return " ".join(_text(value).split()).lower()


def _view(item: object) -> Mapping[str, Any] | None:
    """Return a claim item as a mapping (a ``[s, p, o]`` list too), or None for anything else."""
    if isinstance(item, Mapping):
        return item
    if isinstance(item, list) and len(item) == len(_TRIPLE):
        return dict(zip(_TRIPLE, item, strict=True))
    return None


def _where(record: Mapping[str, Any]) -> tuple[str, str]:
    return (_norm(record.get("anchor")), _norm(record.get("quote")))


def _content(record: Mapping[str, Any]) -> tuple[str, ...]:
    out = []
    for key in _CONTENT_KEYS:
        value = record.get(key)
        if key in ("subject", "object"):
            out.append(label_key(_text(value)))
        elif isinstance(value, Mapping):
            out.append(repr(sorted((str(k), _norm(v)) for k, v in value.items())))
        elif key in ("negated", "hedged"):
            out.append(_TRUTHS.get(_norm(value), _norm(value)) if value is not None else "false")
        else:
            out.append(_norm(value))
    return tuple(out)


def _relocate(record: dict[str, Any], text: str | None) -> dict[str, Any]:
    """Move a kept record's span to where its quote now is, or flag it."""
    quote = record.get("quote")
    if text is None or not isinstance(quote, str) or not quote:
        return record
    start = record.get("start")
    if isinstance(start, int) and not isinstance(start, bool) \
            and text[start:start + len(quote)] == quote:
        found = start
    else:
        found = text.find(quote)
    if found < 0:
        roundtrip.put(record, "flag", MISSING, CLAIM_ORDER)
        return record
    roundtrip.put(record, "start", found, CLAIM_ORDER)
    roundtrip.put(record, "end", found + len(quote), CLAIM_ORDER)
    if record.get("flag") == MISSING:
        roundtrip.drop(record, "flag")
    return record


def _plan(old: Sequence[object], new: list[dict[str, Any]]) -> tuple[list[int | None], list[int]]:
    """Pair old items with fresh records.

    Returns, per old item, the index of the fresh record that refreshes it
    (None: keep the item as the person left it), and the indices of fresh
    records to add at the end.
    """
    by_where: dict[tuple[str, str], list[int]] = {}
    for i, rec in enumerate(new):
        by_where.setdefault(_where(rec), []).append(i)
    used: set[int] = set()
    refresh: list[int | None] = []
    for item in old:
        view = _view(item)
        if view is None:
            refresh.append(None)
            continue
        candidates = [i for i in by_where.get(_where(view), []) if i not in used]
        mine = _content(view)
        same = [i for i in candidates if _content(new[i]) == mine]
        if same:
            used.add(same[0])
            status = _text(view.get("status", ReviewStatus.ACCEPTED.value))
            refresh.append(same[0] if status == ReviewStatus.CANDIDATE.value else None)
            continue
        if candidates:
            # The person edited this claim; its original extraction must not
            # come back beside it.  Pair it with the most similar candidate.
            best = max(candidates, key=lambda i: sum(a == b for a, b in
                                                     zip(_content(new[i]), mine, strict=True)))
            used.add(best)
        refresh.append(None)
    return refresh, [i for i in range(len(new)) if i not in used]


def merge_records(old: Sequence[Any], new: list[dict[str, Any]],
                  text: str | None = None) -> list[Any]:
    """Merge fresh candidates into a reviewed claims list; see the module docstring.

    >>> old = [{"subject": "Gout", "predicate": "has_symptom", "object": "joint pain",
    ...         "anchor": "joint pain", "quote": "It causes joint pain.", "status": "accepted"},
    ...        ["gout", "causes", "pain"]]
    >>> new = [dict(old[0], status="candidate"), {"subject": "gout", "predicate": "used_for",
    ...        "object": "rest", "anchor": "rest", "quote": "Rest helps.", "status": "candidate"}]
    >>> [r["object"] if isinstance(r, dict) else r for r in merge_records(old, new)]
    ['joint pain', ['gout', 'causes', 'pain'], 'rest']
    """
    refresh, added = _plan(old, new)
    out: list[Any] = []
    for item, fresh in zip(old, refresh, strict=True):
        if fresh is not None:
            out.append(new[fresh])
        elif isinstance(item, dict):
            out.append(_relocate(dict(item), text))
        else:
            out.append(item)
    out.extend(new[i] for i in added)
    return out


def _refresh(item: dict[str, Any], fresh: Mapping[str, Any]) -> None:
    """Update an untouched candidate in place, so comments on it stay."""
    for key in [k for k in item if k not in fresh]:
        roundtrip.drop(item, key)
    for key, value in fresh.items():
        roundtrip.put(item, key, value, CLAIM_ORDER)


def _merge_file(path: Path, source_id: str, title: str, new: list[dict[str, Any]],
                text: str | None) -> str:
    """Return the claims file at ``path`` merged with fresh candidates, comments and all."""
    afresh = HEADER.format(title=title) + roundtrip.plain_dump(
        {"source": source_id, "claims": new})
    plain = _merge_plain(path, source_id, new, text, afresh)
    if plain is not None:
        return plain
    doc = roundtrip.load(path, "the claims file of a previous extract (source:, claims:)")
    if doc is None:
        return afresh
    from ruamel.yaml.comments import CommentedSeq  # loaded by roundtrip.load already

    seq = doc.get("claims")
    if seq is None:
        seq = doc["claims"] = CommentedSeq()
    if not isinstance(seq, CommentedSeq):
        raise InputFileError(f"{path}: expected a 'claims:' list, got a {type(seq).__name__} "
                             "(hint: fix it, or move the file away to start afresh)")
    if "source" not in doc:
        doc.insert(0, "source", source_id)
    added = _merge_into(seq, new, text)
    if added and not seq:
        seq.fa.set_block_style()
    seq.extend(added)
    return roundtrip.dump(doc, seq)


def _merge_into(seq: list[Any], new: list[dict[str, Any]], text: str | None,
                ) -> list[dict[str, Any]]:
    """Refresh the untouched candidates of ``seq`` in place and move kept claims' spans.

    Returns the fresh records to add at the end (in their order), for the
    caller to append in its own file's style.
    """
    refresh, added = _plan(list(seq), new)
    for item, fresh in zip(list(seq), refresh, strict=True):
        if fresh is not None and isinstance(item, dict):
            _refresh(item, new[fresh])
        elif isinstance(item, dict):
            _relocate(item, text)
    return [new[i] for i in added]


def _merge_plain(path: Path, source_id: str, new: list[dict[str, Any]],
                 text: str | None, afresh: str) -> str | None:
    """Merge into a claims file nobody re-laid out, as plain data (None: use the round trip).

    ``afresh`` is the file this run would write afresh: when the file on disk
    is that already, it is kept as it is without being read as YAML.

    A file exactly as ``extract`` wrote it, with only values changed by a
    reviewer (status, labels), holds nothing a plain dump would lose; merging
    its plain data gives the round trip's bytes at a tenth of the cost.
    """
    try:
        existing = path.read_text(encoding="utf-8")
    except (FileNotFoundError, UnicodeDecodeError):
        return None
    if existing == afresh:
        return existing  # nobody touched it and the page gave the same claims
    loaded = roundtrip.load_plain(existing)
    if loaded is None:
        return None
    header, doc = loaded
    seq = doc.get("claims")
    if not isinstance(seq, list) or not seq:
        return None
    if "source" not in doc:
        doc = {"source": source_id, **doc}
    seq.extend(_merge_into(seq, new, text))
    return header + roundtrip.plain_dump(doc)


def _source_entry(s: Source) -> dict[str, Any]:
    item: dict[str, Any] = {"id": s.id}
    if s.path:
        item["file"] = s.path
    for key in ("publisher", "title", "url", "published", "modified", "reviewed",
                "next_review", "accessed", "kind", "sha256"):
        value = getattr(s, key)
        if value:
            item[key] = value
    if s.authors:
        item["authors"] = list(s.authors)
    return item


def _sources_text(claimset: ClaimSet, existing: str | None) -> str | None:
    """Return the sources.yaml to write, or None to leave the file as it is.

    A first run writes every page with the sha256 of its normalised text.
    The file is then a person's: later runs change only what extraction
    knows better, as text, so their edits and comments stay: a changed
    page's ``sha256`` is refreshed (where the entry still has one), and a
    page the file does not list yet is added at the end of ``sources:``.
    """
    if existing is None:
        if not claimset.sources:
            return None
        data: dict[str, Any] = {"sources": [_source_entry(s) for s in claimset.sources]}
        if claimset.topic:
            data = {"topic": claimset.label(claimset.topic), **data}
        return ("# The pages these claims were extracted from; sha256 is of each page's\n"
                "# normalised text, so a changed page can be spotted.\n"
                + roundtrip.plain_dump(data))
    text = roundtrip.replace_scalars(existing, "sources", "sha256",
                                     {s.id: s.sha256 for s in claimset.sources if s.sha256})
    try:
        data = roundtrip.safe_load(text)
    except (yaml.YAMLError, RecursionError, ValueError):
        return None  # a person's broken file: compare will say what is wrong with it
    listed = {str(item.get("id")) for item in (data or {}).get("sources") or []
              if isinstance(item, dict)} if isinstance(data, dict) else set()
    missing = [_source_entry(s) for s in claimset.sources if s.id not in listed]
    if missing:
        text = roundtrip.append_items(text, "sources", missing, "added by a later extract") \
            or text
    return None if text == existing else text


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
    file does not name yet, as text after what is there (indented as the
    list is), so a reviewer's edits and comments stay; when the file does
    not end with its ``entities:`` list nothing is appended.
    """
    entries = _vocabulary_entries(claimset)
    if existing is None:
        data: dict[str, Any] = {"entities": entries}
        if claimset.topic:
            data = {"topic": claimset.label(claimset.topic), **data}
        return ("# Entities of the extracted claims: merge two by making one a synonym of the\n"
                "# other, add broader links; extract keeps your edits, compare reads this.\n"
                + roundtrip.plain_dump(data, flow=None))
    try:
        data = roundtrip.safe_load(existing)
    except (yaml.YAMLError, RecursionError, ValueError):
        return None
    if not isinstance(data, dict):
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
    return roundtrip.append_items(existing, "entities", new, "added by a later extract")


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8") if path.exists() else None
    except UnicodeDecodeError as err:
        raise InputFileError(f"{path}: expected UTF-8 text, got undecodable bytes "
                             "(hint: re-save it as UTF-8)") from err


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
    ``claims/<source>.yaml`` per source (re-runs merge into it, keeping
    every claim form and comment a person wrote), ``sources.yaml`` (a
    person's file after the first run: later runs only refresh a changed
    page's sha256 and add new pages), ``vocabulary.yaml`` (every entity
    with its id, other names and broader links; later runs only append new
    ones) and ``merge-suggestions.yaml`` when some entities may be the same.

    Args:
        claimset: extracted claims (``status: candidate``).
        out_dir: the project folder.
        texts: normalised text by source id, to re-check kept claims' quotes.
        embeddings: also suggest entities close in meaning (the optional
            sentence-embedding extra), marked ``method: embedding``.

    The files appear together, under a lock on the folder (see
    :func:`claimgraph.graph.files.publish`), so a run killed half-way never
    leaves some claims files merged and others not.

    Returns:
        The files written, sorted.

    Raises:
        UnsafePathError: a source id is not a plain name (``../x``, ``/etc/x``), or
            a file would resolve outside ``out_dir`` (a linked folder); nothing
            is written then.
        InputFileError: a claims file already there is not readable YAML with a
            ``claims:`` list (it is left as it is).
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
    by_source: dict[str, list[Claim]] = {}  # once, not one pass over all claims per source
    for claim in claimset.claims:
        by_source.setdefault(claim.source, []).append(claim)

    def produce(staging: Path) -> list[Path]:
        # Runs under the folder's lock, so what is read here is what gets replaced.
        files: dict[Path, str | None] = {}
        files[manifest] = _sources_text(claimset, _read(manifest))
        for source in claimset.sources:
            files[targets[source.id]] = _merge_file(
                targets[source.id], source.id, source.title or source.id,
                [claim_record(c, labels) for c in by_source.get(source.id, [])],
                (texts or {}).get(source.id))
        files[vocabulary_path] = _vocabulary_text(claimset, _read(vocabulary_path))
        if suggestions:
            header = ("# Entities that may be the same; add one as a synonym of the other "
                      "in vocabulary.yaml to merge them.\n")
            if embeddings:
                header += ("# score: 0-100 for method spelling, a cosine 0-1 for method "
                           "embedding.\n")
            files[suggestions_path] = header + roundtrip.plain_dump(
                {"suggestions": suggestion_records(suggestions)})
        return [write_atomic(staging / path.relative_to(out), text)
                for path, text in files.items() if text is not None]

    with collector_paused():  # a bulk build of acyclic records and text (see graph.collector)
        return publish(out, produce)
