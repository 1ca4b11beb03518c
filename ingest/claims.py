"""Load claim files and project folders into a :class:`ClaimSet`.

A project is a folder with ``sources.yaml``, ``vocabulary.yaml`` and
``claims/*`` files; a single claims file also works on its own.  Loading
checks everything and reports every problem with its ``file:line``; nothing
is returned (and so nothing written) when any problem is an error.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from claimgraph.graph.collector import collector_paused
from claimgraph.graph.errors import ClaimGraphError, InputFileError, Problem, ValidationError
from claimgraph.graph.model import (
    Claim,
    ClaimSet,
    Entity,
    Source,
)

from .assemble import assemble
from .bulk import table_claims
from .readers import READERS, RawFile
from .records import build_claim, claimset_problems
from .sources import load_sources, source_from_mapping, source_id_problem
from .vocabulary import Vocabulary, load_vocabulary
from .yamlsrc import what_is

PROJECT_SOURCES = "sources.yaml"
PROJECT_VOCABULARY = "vocabulary.yaml"
PROJECT_CLAIMS = "claims"


@dataclass
class LoadResult:
    """A loaded ClaimSet (None when errors stop it) with every problem and note."""

    claimset: ClaimSet | None
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity != "error"]


def claim_files(folder: Path) -> list[Path]:
    """Return the claim files of a project folder, sorted, by registered suffix.

    Links are listed as they are; :func:`outside_project` tells which to refuse.
    """
    claims_dir = folder / PROJECT_CLAIMS
    found = claims_dir.iterdir() if claims_dir.is_dir() else iter(())
    return sorted(p for p in found if p.is_file() and p.suffix.lstrip(".") in READERS)


def outside_project(path: Path, project: Path) -> Problem | None:
    """Return a problem when ``path`` (a link, or inside a linked folder) leads out of ``project``.

    A project is read as a unit, so a link in ``claims/`` to ``/etc/passwd``
    or another user's file must not be read, nor its first line quoted back
    in an error.  Links that stay inside the project are fine.
    """
    try:
        inside = path.resolve().is_relative_to(project.resolve())
    except (OSError, RuntimeError):  # a link loop
        inside = False
    if inside:
        return None
    return Problem(str(path), None, "a file inside the project folder",
                   "a link to a file outside it (not read)",
                   "copy the file into the project instead of linking to it")


def _reader_for(path: Path) -> str:
    return READERS.canonical(path.suffix.lstrip(".") or "yaml")


def _rel(path: Path, root: Path | None) -> str:
    if root is not None:
        try:
            return path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            pass
    return path.name


def check(paths: Sequence[str | Path], *, sources: str | Path | None = None,
          vocabulary: str | Path | None = None,
          include_rejected: bool = False) -> LoadResult:
    """Load and check projects and claim files; never raise on bad input.

    Args:
        paths: project folders and/or claim files.
        sources: a sources manifest used in addition to any project's own.
        vocabulary: a vocabulary file used in addition to any project's own.
        include_rejected: keep claims a reviewer marked ``rejected``.

    Returns:
        A LoadResult whose ``claimset`` is None when any error was found.
    """
    with collector_paused():  # a bulk build of acyclic objects (see graph.collector)
        return _check(paths, sources=sources, vocabulary=vocabulary,
                      include_rejected=include_rejected)


def _check(paths: Sequence[str | Path], *, sources: str | Path | None,
           vocabulary: str | Path | None, include_rejected: bool) -> LoadResult:
    problems: list[Problem] = []
    manifests: list[Path] = [Path(sources)] if sources else []
    vocab_files: list[Path] = [Path(vocabulary)] if vocabulary else []
    files: list[tuple[Path, Path | None]] = []  # (claim file, project root)
    for raw_path in paths:
        path = Path(raw_path)
        if path.is_dir():
            found = claim_files(path)
            listed = [f for f in (path / PROJECT_SOURCES, path / PROJECT_VOCABULARY) if f.is_file()]
            outside = [(f, outside_project(f, path)) for f in [*listed, *found]]
            refused = {f for f, problem in outside if problem is not None}
            problems.extend(problem for _, problem in outside if problem is not None)
            if path / PROJECT_SOURCES in listed and path / PROJECT_SOURCES not in refused:
                manifests.append(path / PROJECT_SOURCES)
            if path / PROJECT_VOCABULARY in listed and path / PROJECT_VOCABULARY not in refused:
                vocab_files.append(path / PROJECT_VOCABULARY)
            if not found:
                problems.append(Problem(str(path), None, "claim files in claims/",
                                        "a folder without any",
                                        f"add claims/<source>.yaml ({', '.join(READERS.names())})"))
            files.extend((f, path) for f in found if f not in refused)
        elif not path.exists():
            problems.append(Problem(str(path), None, "an existing file or project folder",
                                    "nothing at that path", "check the spelling"))
        else:
            files.append((path, path.parent))

    vocab = Vocabulary()
    for vfile in vocab_files:
        try:
            loaded, found_problems = load_vocabulary(vfile)
        except InputFileError as err:
            problems.append(err.problem or Problem(str(vfile), None, "a readable file", str(err)))
            continue
        problems.extend(found_problems)
        if not vocab.entities and not vocab.topic:
            # The first (usually only) vocabulary is kept as loaded: adding its entities
            # one by one to a fresh one worked every label key out again (0.8 s at 1 M).
            vocab = loaded
            continue
        for entity in loaded.entities.values():
            vocab.add(entity)
        vocab.topic = vocab.topic or loaded.topic

    known: dict[str, Source] = {}
    topic = vocab.topic
    for manifest in manifests:
        try:
            found_sources, manifest_topic, found_problems = load_sources(manifest)
        except InputFileError as err:
            problems.append(err.problem or Problem(str(manifest), None, "a readable file",
                                                   str(err)))
            continue
        problems.extend(found_problems)
        topic = topic or manifest_topic
        for src in found_sources:
            known.setdefault(src.id, src)
    strict_sources = bool(manifests)

    claims: list[Claim] = []
    preset: list[ClaimSet] = []
    for path, root in files:
        where = str(path)
        try:
            raw: RawFile = READERS.get(_reader_for(path))(path)
        except InputFileError as err:
            problems.append(err.problem or Problem(where, None, "a readable claim file", str(err)))
            continue
        except ValidationError as err:
            problems.extend(err.problems)
            continue
        except (ClaimGraphError, ValueError, OSError, KeyError) as err:
            # A reader's own parse error: locate it, keep going.
            problems.append(Problem(where, None, "a readable claim file", str(err)))
            continue
        problems.extend(raw.problems)
        if raw.claimset is not None:
            # RDF names its sources by IRI: the ids must be as plain as the manifest's,
            # and its claims follow the rules a claim file's do.
            bad_ids = [source_id_problem(s.id, where, None) for s in raw.claimset.sources]
            problems.extend(p for p in bad_ids if p is not None)
            problems.extend(claimset_problems(raw.claimset, where))
            preset.append(raw.claimset)
            continue
        file_source = _file_source(raw, known, strict_sources, problems)
        origin = _rel(path, root)

        def one(record: Any, line: int | None, raw: RawFile = raw, where: str = where,
                origin: str = origin, file_source: str | None = file_source) -> Claim | None:
            return _record_claim(record, line, raw=raw, file_source=file_source, known=known,
                                 strict=strict_sources, where=where, origin=origin, vocab=vocab,
                                 problems=problems)

        if raw.table is not None:
            claims.extend(table_claims(raw.table, known=known, where=where, origin=origin,
                                       vocab=vocab, slow=one))
        for line, record in raw.records:
            claim = one(record, line)
            if claim is not None:
                claims.append(claim)

    if any(p.severity == "error" for p in problems):
        return LoadResult(None, problems)
    ordered, notes = assemble(claims, include_rejected=include_rejected)
    problems.extend(notes)
    claimset = _assemble(known, vocab, ordered, topic)
    for other in preset:
        claimset = merge(claimset, other)
    problems.extend(
        Problem(claimset.label(e), None, "an entity defined in the vocabulary",
                "a new entity made from a claim label", "add it to vocabulary.yaml",
                severity="note")
        for e in claimset.new_entities
    )
    return LoadResult(claimset, problems)


def _record_claim(record: Any, line: int | None, *, raw: RawFile, file_source: str | None,
                  known: dict[str, Source], strict: bool, where: str, origin: str,
                  vocab: Vocabulary, problems: list[Problem]) -> Claim | None:
    """Check one record of a claim file (its source, then the claim); return its Claim or None."""
    source_id = file_source
    if isinstance(record, dict) and record.get("source") is not None:
        source_id = _row_source(str(record["source"]), known, strict, where, line, problems)
    if source_id is None:
        if file_source is None and not raw.source:
            problems.append(Problem(where, line, "a source for the claim",
                                    "none", "add 'source: <id>' at the top of the file"))
        return None
    return build_claim(record, source=source_id, where=where, line=line, vocab=vocab,
                       problems=problems, origin=origin)


def _file_source(raw: RawFile, known: dict[str, Source], strict: bool,
                 problems: list[Problem]) -> str | None:
    spec = raw.source
    where = str(raw.path)
    if spec is None:
        return None
    if isinstance(spec, list | bool | float):
        problems.append(Problem(where, raw.source_line, "a source id, or a mapping with an 'id'",
                                what_is(spec), "e.g. source: nkf"))
        return None
    if isinstance(spec, dict):
        src, found = source_from_mapping(spec, where, raw.source_line)
        problems.extend(found)
        if src is None:
            return None
        if src.id in known and known[src.id] != src and _has_metadata(src):
            merged = _merge_source(known[src.id], src)
            known[src.id] = merged
        else:
            known.setdefault(src.id, src)
        return src.id
    return _row_source(str(spec), known, strict, where, raw.source_line, problems)


def _has_metadata(src: Source) -> bool:
    return bool(src.title or src.publisher or src.url)


def _merge_source(base: Source, extra: Source) -> Source:
    """Fill a manifest source's empty fields from an inline ``source:`` mapping."""
    fields = {f: getattr(extra, f) for f in Source.__dataclass_fields__
              if not getattr(base, f) and getattr(extra, f)}
    return replace(base, **fields)


def _row_source(source_id: str, known: dict[str, Source], strict: bool, where: str,
                line: int | None, problems: list[Problem]) -> str | None:
    if source_id in known:
        return source_id
    bad_id = source_id_problem(source_id, where, line)
    if bad_id is not None:
        problems.append(bad_id)
        return None
    if strict:
        from .suggest import closest

        problems.append(Problem(where, line, "a source id from the sources manifest",
                                repr(source_id), closest(source_id, known)))
        return None
    known[source_id] = Source(source_id)
    return source_id


def _assemble(known: dict[str, Source], vocab: Vocabulary, claims: tuple[Claim, ...],
              topic: str | None) -> ClaimSet:
    topic_id = vocab.lookup(topic) if topic else None
    return ClaimSet(
        sources=tuple(sorted(known.values(), key=lambda s: s.id)),
        entities=tuple(sorted(vocab.entities.values(), key=lambda e: e.id)),
        claims=claims,
        topic=topic_id or (topic if topic else None),
        new_entities=tuple(sorted(vocab.created)),
    )


def _claim_order(claim: Claim) -> tuple[str, str, str, str, str]:
    return (claim.source, claim.subject, claim.predicate, claim.object or "", claim.id)


def merge(a: ClaimSet, b: ClaimSet) -> ClaimSet:
    """Return the union of two claim sets (sources, entities and claims by id)."""
    sources = {s.id: s for s in (*b.sources, *a.sources)}
    entities: dict[str, Entity] = {e.id: e for e in (*b.entities, *a.entities)}
    claims = {c.id: c for c in (*a.claims, *b.claims)}
    return ClaimSet(
        sources=tuple(sorted(sources.values(), key=lambda s: s.id)),
        entities=tuple(sorted(entities.values(), key=lambda e: e.id)),
        claims=tuple(sorted(claims.values(), key=_claim_order)),
        topic=a.topic or b.topic,
        new_entities=tuple(sorted(set(a.new_entities) | set(b.new_entities))),
    )


def load(paths: str | Path | Sequence[str | Path], *, sources: str | Path | None = None,
         vocabulary: str | Path | None = None) -> ClaimSet:
    """Load projects and claim files; raise ValidationError listing every problem.

    >>> from claimgraph.examples import EXAMPLE
    >>> cs = load(EXAMPLE)
    >>> sorted(s.id for s in cs.sources)
    ['ccchc', 'cleveland', 'mayo', 'nkf', 'osmosis']
    """
    if isinstance(paths, str | Path):
        paths = [paths]
    result = check(paths, sources=sources, vocabulary=vocabulary)
    if result.claimset is None:
        raise ValidationError(result.errors)
    return result.claimset
