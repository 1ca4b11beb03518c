"""From documents to candidate claims: topic, rules, entity resolution, corpus runs.

``extract_claims`` reads one :class:`~.documents.Document`; ``extract_corpus``
reads many files, turning each unreadable one into a warning that names it
while the rest go on, and resolves entities across all of them at once so
"blood clots" on one page and "blood clot" on another are one entity.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from claimgraph.graph.collector import collector_paused
from claimgraph.graph.errors import ClaimGraphError, Problem
from claimgraph.graph.model import (
    Certainty,
    Claim,
    ClaimSet,
    EntityType,
    Evidence,
    Polarity,
    Qualifiers,
    ReviewStatus,
    Source,
    columnwise,
    slugify,
)
from claimgraph.ingest import re_cache as re

from .claim_brackets import bracketed_names
from .corpus_kind import class_objects_as_topic, corpus_kind
from .documents import Document, read_document
from .echoes import echoes
from .entities import Resolver
from .normalize import label_key
from .phrases import ANAPHORA, TOPIC_ALIASES, age_threshold_name, is_generic
from .rules import PageClaims, RawClaim, extract_page, extract_raw
from .topic import unify_topic
from .vocabulary import Vocabulary, load_vocabulary

_TITLE_SPLIT = re.compile(r"\s+[-–—|:]\s+|:\s+|\s+[|]\s+")
_TITLE_LEAD = re.compile(
    r"^(?:everything (?:you|u) need to know about|all about|what (?:is|are)|about|"
    r"understanding|overview of|a guide to|guide to|facts about|living with|learn about)\s+",
    re.IGNORECASE,
)
# A title's words after the name that say which part of the page it is: "X Prognosis",
# "X symptoms and treatment"; and "How X is diagnosed" around it.
_TITLE_PART = re.compile(r"\s+(?:(?:signs|symptoms|causes|treatments?|diagnosis|complications|"
                         r"prognosis|outlook|prevention|risk factors|risks?|overview|facts|"
                         r"fact sheet|information)(?:,? and |,\s*|$))+$", re.IGNORECASE)
_HOW_TITLE = re.compile(r"^how (?:is |are |do you (?:get|treat|diagnose|prevent) )?(?P<x>.+?)"
                        r"(?: (?:is|are) (?:diagnosed|treated|spread|prevented|caused))?$",
                        re.IGNORECASE)
# A title asking about a part of it: "What are the causes of X?", "Who can get X?",
# "Who is at risk for X?", "Symptoms of X", "Treating X".
_QUESTION_TITLE = re.compile(
    r"^(?:what (?:are|is) (?:the )?(?:main |common |possible |early )?(?:causes|symptoms|"
    r"signs(?: and symptoms)?|risk factors|complications|treatments?|treatment options|tests|"
    r"outlook|prognosis)(?: (?:of|for))?|what causes|who (?:can get|gets|can catch|is (?:at|"
    r"most at) (?:higher |greater |increased )?risk (?:of|for)|is (?:most )?affected by|is more "
    r"likely to (?:get|develop))|(?:the )?(?:causes|symptoms|signs|risk factors|complications|"
    r"treatments?|diagnosis|prevention|outlook|prognosis|epidemiology|a?etiology|management|"
    r"overview|(?:increasing |rising |falling |the )?(?:incidence|prevalence|burden))"
    # ("Causes and Risk Factors for X", "Symptoms, Diagnosis and Treatment of X")
    r"(?:(?:,| and| &|, and) (?:causes|symptoms|signs|risk factors|complications|treatments?|"
    r"diagnosis|prevention|outlook|prognosis))* (?:of|for)|treating|diagnosing|"
    r"preventing|managing|coping with)\s+(?P<x>.+)$", re.IGNORECASE)
_GETTING = re.compile(r"^(?:developing|getting|catching|contracting|having)\s+", re.IGNORECASE)
# A title part that names no illness ("Who can get it - Grebble fever"): the next part does.
_NO_NAME_PART = re.compile(r"^(?:it|this|them|this condition|the condition)$", re.IGNORECASE)
_FIRST_SUBJECT = re.compile(r"^(?!(?:There|It|This|That|These|Those|They|Here|What|Who|"
                            # ("The most common are ...": a ranking of what came before)
                            r"The (?:most|main|commonest|first|best|only|usual|other)|"
                            # ("Complications are more common after ...": a section's word)
                            r"Complications|Symptoms|Signs|Causes|Treatments?|Diagnosis|"
                            r"Prognosis|Outlook|Risk factors|Tests|"
                            # ("People who are X are at greater risk": a group, no topic)
                            r"(?:People|Patients|Persons|Anyone|Everyone|Children|Adults|Women|"
                            r"Men)\b|"
                            # ("The major risk factors are:", "A risk factor is ...")
                            r"(?:The |A |An )?(?:[\w-]+ )?(?:risk factors?|causes?|symptoms?|"
                            r"signs?|complications?|treatments?|tests?)\b)\b)"
                            r"([A-Z][\w'-]*(?:\s+[\w'-]+){0,4}?)(?:\s*\([^)]*\))?,?\s+"
                            # ("The origins of X are described by ...", "A risk factor is
                            # something that ...": what a word means, no page's topic)
                            r"(?:is|are|refers to|describes)\b(?!\s+(?:described|defined|"
                            r"something|anything)\b)(?!\s+(?:the |a |an |one )?(?:main |"
                            r"usual |standard |first |first-line |best |most common |only )?"
                            r"(?:treatments?|therap(?:y|ies)|tests?|causes?|signs?|symptoms?|"
                            r"risk factors?|options?)\b)")
# What a defining sentence says after its subject's verb: "X is a rare illness", "X is one of
# the", "X refers to", "X describes" (the verb itself ended the subject's match).
_DEFINES = re.compile(r"\s*(?:(?:a|an|one of|the name|the term|any of|what|when|inflammation|"
                      r"infection|swelling)\b|(?<=refers to)|(?<=describes))", re.I)
# A title that names a part of a page, no illness ("Epidemiology", "Introduction").
_SECTION_TITLE = re.compile(r"(?:epidemiology|introduction|overview|summary|background|"
                            r"a?etiology|definition|history and exam|diagnosis|treatment|"
                            r"management|prognosis|complications|causes|symptoms|prevention|"
                            r"risk factors|key points|references)", re.I)
# A title's name with its abbreviation after it: "Deep Vein Thrombosis (DVT)".
_ABBREVIATED = re.compile(r"(?P<long>[\w' -]{3,60}?)\s*\((?P<short>[A-Z][A-Za-z0-9-]{1,9})\)")
_EXAMPLE_WORD = re.compile(r"\b(?:such as|like|including)\b", re.IGNORECASE)

_OBJECT_TYPES = {"has_symptom": EntityType.SYMPTOM, "has_complication": EntityType.CONDITION,
                 "diagnosed_by": EntityType.TEST, "affects": EntityType.ANATOMY,
                 "involves": EntityType.PROCESS}
# The age groups the rules name ("older age" for "aged over 60 years"): the threshold a
# page gave is kept as another name of the group.
_AGE_GROUPS = frozenset({"older age", "young age"})
_SUBJECT_TYPES = {"used_for": EntityType.PROCEDURE, "effective_for": EntityType.PROCEDURE,
                  "prevents": EntityType.PROCEDURE, "targets": EntityType.PROCEDURE}


_READER_MESSAGE = re.compile(r"^expected (.+?), got (.+?)(?: \(hint: (.+)\))?$", re.S)


def _title_name(part: str) -> str:
    """Return the name one part of a title gives, without the words around it that say
    which part of the page it is ("X Prognosis", "How X is diagnosed", "Who can get X?")."""
    candidate = _TITLE_LEAD.sub("", part.strip()).strip(" ?.")
    candidate = _TITLE_PART.sub("", candidate).strip() or candidate
    how = _HOW_TITLE.match(candidate) if candidate[:4].lower() == "how " else None
    candidate = how["x"].strip() if how is not None else candidate
    asked = _QUESTION_TITLE.match(candidate)
    name = asked["x"].strip(" ?.") if asked is not None else candidate
    # ("Risk Factors for Developing X": X)
    return _GETTING.sub("", name) or name


def _named_part(names: list[str], body: str) -> str | None:
    """Return the later part of a title that names the page's subject, when the first part
    (``names[0]``, the title's names in order) does not, else None.

    "Clinical summary: grebble fever in adults": the first part says what kind of page it
    is, and its words come nowhere but in the title; a later part the sentences name again
    (or a run of its words, "grebble fever") is the name.
    """
    if len(names) < 2 or body.count(names[0].lower()) > 1:
        return None
    for later in names[1:]:
        if body.count(later.lower()) > 1:
            return later
        run = _part_named(later, body) if 2 <= len(later.split()) <= 5 else None
        if run is not None:
            return run
    return None


_ILLNESS_HEAD = re.compile(r"diseases?|syndromes?|infections?|disorders?|conditions?|"
                           r"illness(?:es)?|fevers?|palsy|cancers?")


def _part_named(candidate: str, body: str) -> str | None:
    """Return the longest run of a title name's words that the page's sentences name at
    least twice ("Systemic Lupus Erythematosus" over a page that says "lupus"), or None.

    Only a run of several words, or of one word of six letters or more that is no
    illness's head noun, counts: "disease" or "fever" alone names no illness.
    """
    words = candidate.lower().split()
    for size in range(len(words) - 1, 0, -1):
        for i in range(len(words) - size + 1):
            run = " ".join(words[i:i + size])
            if (size > 1 or (len(run) >= 6 and not _ILLNESS_HEAD.fullmatch(run))) and \
                    not is_generic(run) and len(re.findall(
                    rf"\b{re.escape(run)}\b", body)) >= 2:
                return run
    return None


def topic_of(doc: Document, vocabulary: Vocabulary | None = None) -> str:
    """Return the topic of a page: from its title, else its first sentence.

    "Gout - Symptoms and causes" → "gout"; "Everything you need to know
    about gout" → "gout"; a title that is not a name falls back to the
    subject of the first defining sentence ("Gout is a ...").
    """
    if vocabulary is not None and vocabulary.topic:
        topic_id = vocabulary.topic
        entity = vocabulary.entities.get(topic_id)
        return entity.label if entity else topic_id
    title = doc.source.title or doc.title
    named = [_title_name(part) for part in _TITLE_SPLIT.split(title.strip())]
    names = [c for c in named if c and not _NO_NAME_PART.match(c)]
    candidate = names[0] if names else named[-1]  # (no part names a thing: the last part's)
    body = " ".join(doc.text[x.start:x.end] for x in doc.sentences[:200]).lower()
    candidate = _named_part(names, body) or candidate
    short = _ABBREVIATED.fullmatch(candidate) if candidate.endswith(")") else None
    if short is not None:
        # "Deep Vein Thrombosis (DVT) Risk Factors" over sentences that say "DVT": the long
        # form, named by its short one
        candidate = short["long"]
        if re.search(rf"\b{re.escape(short['short'].lower())}s?\b", body):
            return candidate.lower()
    if candidate and candidate.lower() not in body:
        # ("How is X diagnosed?" as a heading, and no sentence naming X: the headings count)
        at = doc.text.find(title.strip())
        rest = doc.text[at + len(title.strip()):] if at >= 0 else doc.text
        body = f"{body} {rest[:20000].lower()}"
    if candidate and len(candidate.split()) <= 5 and candidate.lower() in body:
        return candidate.lower()
    if candidate and len(candidate.split()) <= 5 and re.search(
            rf"\b{re.escape(label_key(candidate))}\b", body):
        # "Grebble seizures" over sentences saying "a grebble seizure": the title's name
        return candidate.lower()
    if candidate and 2 <= len(candidate.split()) <= 5:
        # "Zorb Grebble Fever" over a page that writes "Zorb-grebble fever": the
        # name as the page's sentences spell it (a hyphen or a space between its words)
        spelt = _loose_names([candidate]).search(body)
        if spelt is not None:
            return spelt.group(0)
    named_title = bool(candidate) and len(candidate.split()) <= 5 and not _NO_NAME_PART.match(
        candidate) and not _SECTION_TITLE.fullmatch(candidate)
    for s in doc.sentences[:10]:
        m = _FIRST_SUBJECT.match(doc.text[s.start:s.end])
        # "Steroids such as X are the main treatment" names a remedy, not the page's topic.
        # "The condition is ..." names nothing: the title (or the next sentence) does.
        if m and len(m.group(1).split()) <= 4 and not _EXAMPLE_WORD.search(m.group(1)) \
                and not TOPIC_ALIASES.match(m.group(1)) and not ANAPHORA.match(m.group(1)) and (
                    not named_title or _DEFINES.match(doc.text, s.start + m.end())):
            # ("The pain is often extreme" under a title that names the illness: no topic;
            # "X is a rare illness" is one, whatever the title says)
            return m.group(1).lower()
    part = _part_named(candidate, body) if candidate and 2 <= len(candidate.split()) <= 5 \
        else None
    return (part or candidate or doc.source.id).lower()


def _to_claims(raws: Sequence[RawClaim], source: str, resolver: Resolver,
               text: str) -> list[Claim]:
    """Return each raw claim as a candidate claim, its labels resolved to entity ids.

    Built a column at a time (:func:`columnwise`): a long table gives two claims a row,
    and three frozen objects a claim through ``__init__`` were ~3 % of its run.
    """
    n = len(raws)
    resolve = resolver.resolve
    subjects: list[str] = []
    objects: list[str | None] = []
    for r in raws:  # subject, then object, claim by claim (the order resolve was asked in)
        subjects.append(resolve(r.subject))
        objects.append(resolve(r.object) if r.object is not None else None)
    evidence = columnwise(Evidence, n, (
        [source] * n, [r.section for r in raws], [r.anchor or None for r in raws],
        [r.start for r in raws], [r.end for r in raws], [text[r.start:r.end] for r in raws],
        [None] * n, [r.rule or None for r in raws], [r.confidence for r in raws], [None] * n))
    # (No population: a measure carries its own, and a relation's raw claim has none.)
    qualifiers = columnwise(Qualifiers, n, ([None] * n, [r.setting for r in raws],
                                            [r.level for r in raws]))
    return columnwise(Claim, n, (
        subjects, [r.predicate for r in raws], objects, [r.measure for r in raws],
        [Polarity.NEGATED if r.negated else Polarity.AFFIRMED for r in raws],
        [Certainty.HEDGED if r.hedged else Certainty.STATED for r in raws],
        qualifiers, evidence, [ReviewStatus.CANDIDATE] * n))


def _register(resolver: Resolver, raws: Sequence[RawClaim]) -> None:
    labels: list[str] = []
    places: list[tuple[int, str | None]] = []
    for r in raws:
        resolver.add(r.subject, _SUBJECT_TYPES.get(r.predicate, EntityType.OTHER))
        if r.subject in _AGE_GROUPS and (named := age_threshold_name(r.anchor, r.subject)):
            resolver.add_other_name(r.subject, named)  # "age over 60" of "older age"
        labels.append(r.subject)
        places.append((r.start, r.section))
        if r.object is not None:
            resolver.add(r.object, _OBJECT_TYPES.get(r.predicate, EntityType.CONDITION))
            labels.append(r.object)
            places.append((r.start, r.section))
    resolver.add_page(labels, places)


def _dedupe(claims: Sequence[Claim]) -> tuple[Claim, ...]:
    """Return each claim once, in text order; a relation whose two sides resolved to one
    entity (two names of the topic, "Lupus" and its full name) says nothing and goes."""
    seen: dict[tuple[object, ...], Claim] = {}
    for c in claims:
        if c.object is not None and c.object == c.subject:
            continue
        key = (c.key(), c.evidence.start, c.polarity, c.certainty)
        seen.setdefault(key, c)
    return tuple(sorted(seen.values(), key=lambda c: (c.evidence.start or 0, c.id)))


def extract_claims(doc: Document, *, vocabulary: Vocabulary | None = None,
                   topic: str | None = None) -> tuple[Claim, ...]:
    """Return the candidate claims of one document, each with its evidence span.

    Slicing ``doc.text`` with a claim's ``evidence.start``/``end`` gives
    back ``evidence.text``, the sentence that states it.
    """
    raws = extract_raw(doc, topic or topic_of(doc, vocabulary))
    resolver = Resolver(vocabulary)
    _register(resolver, raws)
    resolver.finish()
    return _dedupe(_to_claims(raws, doc.source.id, resolver, doc.text))


def _load_manifest(path: str | Path | None) -> tuple[dict[str, Source], str | None,
                                                      list[Problem]]:
    if path is None:
        return {}, None, []
    from .sources import load_sources

    sources, topic, problems = load_sources(Path(path))
    return {(s.path or s.id): s for s in sources}, topic, problems


def _source_for(path: Path, manifest: dict[str, Source], base: Path | None) -> Source | None:
    for key in (path.name, str(path), str(path.resolve())):
        if key in manifest:
            return manifest[key]
    if base is not None:
        for key, src in manifest.items():
            if (base / key).resolve() == path.resolve():
                return src
    return None


@dataclass(frozen=True, slots=True)
class PageReport:
    """How much of one page extraction read, so nothing is dropped silently.

    ``skipped`` counts the sentences not read, by reason ("references
    section", "site text above the page title").
    """

    source: str
    path: str
    words: int
    sentences: int
    read: int
    claims: int
    skipped: tuple[tuple[str, int], ...] = ()

    @property
    def share_read(self) -> float:
        """Share of the page's sentences that were read (1.0 for an empty page)."""
        return self.read / self.sentences if self.sentences else 1.0

    @property
    def claims_per_1000_words(self) -> float:
        return 1000 * self.claims / self.words if self.words else 0.0


@dataclass(frozen=True, slots=True)
class Extraction:
    """What a corpus run gives: claims, each page's text, problems and page reports."""

    claimset: ClaimSet
    texts: dict[str, str]
    problems: list[Problem]
    pages: tuple[PageReport, ...]


# A page yielding fewer claims than this per 1,000 words is worth a look.
LOW_YIELD = 5.0


def extract_corpus(
    paths: Sequence[str | Path], sources_manifest: str | Path | None = None,
    vocabulary: str | Path | Vocabulary | None = None, progress: bool = True,
    jobs: int = 1, embeddings: bool = False,
) -> tuple[ClaimSet, dict[str, str], list[Problem]]:
    """Return (claims, normalised text by source id, problems) for documents.

    The same as :func:`extract_documents` without the page reports.
    """
    result = extract_documents(paths, sources_manifest, vocabulary, progress, jobs, embeddings)
    return result.claimset, result.texts, result.problems


def extract_documents(
    paths: Sequence[str | Path], sources_manifest: str | Path | None = None,
    vocabulary: str | Path | Vocabulary | None = None, progress: bool = True,
    jobs: int = 1, embeddings: bool = False,
) -> Extraction:
    """Read every document, extract claims, and resolve entities across all of them.

    Args:
        paths: documents (.txt, .md, .html, .pdf).
        sources_manifest: a sources.yaml giving each file's id and metadata;
            without one, ids come from file names and titles from the pages.
        vocabulary: a vocabulary.yaml (or a loaded one) naming the entities.
        progress: show a progress bar on the terminal for long runs.
        jobs: processes reading pages in parallel; 1 (the default) reads in
            this process, so notebooks and servers get no surprise pool.
        embeddings: also look for entities close in meaning with the optional
            sentence-embedding extra; each pair comes back as a ``note`` in
            problems, never merged (``write_candidates(..., embeddings=True)``
            writes them to merge-suggestions.yaml).

    Returns:
        An :class:`Extraction`: one unreadable file is one problem naming it
        (the other files are still read); each page read has a
        :class:`PageReport`, and a page yielding little is a warning.

    Raises:
        EmbeddingsUnavailableError: ``embeddings`` without the extra
            installed, before any page is read.
    """
    # Pages, claims and entities are a bulk build of acyclic objects: the cyclic
    # collector's scans of them were ~8 % of a large page's run (see graph.collector).
    with collector_paused():
        return _extract(paths, sources_manifest, vocabulary, progress, jobs, embeddings)


def _extract(paths: Sequence[str | Path], sources_manifest: str | Path | None,
             vocabulary: str | Path | Vocabulary | None, progress: bool, jobs: int,
             embeddings: bool) -> Extraction:
    if embeddings:
        from .embeddings import require

        require()
    problems: list[Problem] = []
    manifest, manifest_topic, found = _load_manifest(sources_manifest)
    problems.extend(found)
    vocab: Vocabulary | None
    if isinstance(vocabulary, str | Path):
        vocab, found = load_vocabulary(Path(vocabulary))
        problems.extend(found)
    else:
        vocab = vocabulary
    if vocab is not None and manifest_topic and not vocab.topic:
        vocab.topic = vocab.lookup(manifest_topic) or slugify(manifest_topic)
    base = Path(sources_manifest).parent if sources_manifest else None
    fixed_topic = None
    if vocab is not None and vocab.topic:
        entity = vocab.entities.get(vocab.topic)
        fixed_topic = entity.label if entity else vocab.topic
    elif manifest_topic:
        fixed_topic = manifest_topic
    work = [(Path(x), _source_for(Path(x), manifest, base), fixed_topic) for x in paths]
    docs: list[tuple[Document, list[RawClaim], str, Path, tuple[tuple[str, int], ...]]] = []
    used_ids: set[str] = set()
    names: list[tuple[str, tuple[str, ...]]] = []
    read: list[PageClaims] = []  # what the rules made of each page, beside its row
    resolver = Resolver(vocab)
    for path, result in _run(work, progress, jobs):
        if isinstance(result, str):
            # The reader's message already names the file; keep only what is wrong.
            message = result.removeprefix(f"{path}: ").removeprefix(f"{path.name}: ")
            parts = _READER_MESSAGE.match(message)
            expected, got, hint = (parts.groups() if parts else
                                   ("a readable document", message, None))
            problems.append(Problem(str(path), None, expected, got, hint or "",
                                    severity="warning"))
            continue
        doc, page = result
        if doc.source.id in used_ids:
            problems.append(Problem(str(path), None, "one document per source id",
                                    f"a second document for {doc.source.id!r}",
                                    "give each file its own id in the manifest",
                                    severity="warning"))
            continue
        used_ids.add(doc.source.id)
        docs.append((doc, page.claims, page.topic, path, page.skipped))
        names.append((page.topic, page.aliases))
        read.append(page)
    topic_label, aliases = unify_topic(fixed_topic, names)
    if topic_label and not fixed_topic:
        docs, read = _read_again_under(topic_label, aliases, docs, read)
    # The kind one page defines the topic as holds on pages that never say it.
    kind, kind_words = corpus_kind([page.kind for page in read])
    if kind is not None and topic_label:
        docs = [(doc, raws if page.kind[0] else class_objects_as_topic(
                    raws, topic_label, kind, kind_words), topic, path, skipped)
                for (doc, raws, topic, path, skipped), page in zip(docs, read, strict=True)]
    if topic_label:
        more = echoes([(doc, raws, topic, page.block_kinds)
                       for (doc, raws, topic, _, _), page in zip(docs, read, strict=True)],
                      (topic_label, *aliases))
        docs = [(doc, raws + extra, topic, path, skipped)
                for (doc, raws, topic, path, skipped), extra in zip(docs, more, strict=True)]
    resolver.set_topic(topic_label, aliases)
    for doc, raws, _, _, _ in docs:
        resolver.learn_abbreviations(doc.text)
        _register(resolver, raws)
    for doc, raws, _, _, _ in docs:
        resolver.learn_other_names(doc.text)
        for label, name in bracketed_names(doc.text, raws):
            resolver.learn_bracket_name(label, name)
    resolver.finish()
    claims: list[Claim] = []
    sources: list[Source] = []
    texts: dict[str, str] = {}
    pages: list[PageReport] = []
    for doc, raws, _, path, skipped in docs:
        source = replace(doc.source, sha256=doc.sha256)
        sources.append(source)
        texts[source.id] = doc.text
        mine = _dedupe(_to_claims(raws, source.id, resolver, doc.text))
        claims.extend(mine)
        n_skipped = sum(n for _, n in skipped)
        report = PageReport(source.id, str(path), len(doc.text.split()), len(doc.sentences),
                            len(doc.sentences) - n_skipped, len(mine), skipped)
        pages.append(report)
        if report.words >= 200 and report.claims_per_1000_words < LOW_YIELD:
            problems.append(Problem(str(path), None, "a page that yields claims",
                                    f"{report.claims} claims from {report.words} words",
                                    "check that it is the page's text, not a menu or a "
                                    "script; headings help", severity="warning"))
    topic_id = resolver.resolve(topic_label) if topic_label else None
    entities = resolver.entities()
    claimset = ClaimSet(
        sources=tuple(sorted(sources, key=lambda s: s.id)),
        entities=entities,
        claims=tuple(claims),
        topic=topic_id,
        new_entities=resolver.created(entities),
    )
    if embeddings:
        from .embeddings import suggest_by_meaning, suggestion_note

        problems.extend(suggestion_note(s) for s in
                        suggest_by_meaning(claimset.entities, claimset.new_entities))
    return Extraction(claimset, texts, problems, tuple(pages))


_PageRow = tuple[Document, list[RawClaim], str, Path, tuple[tuple[str, int], ...]]


def _loose_names(names: list[str]) -> re.Pattern[str]:
    """Return a pattern for any of ``names`` in lower-cased text, a hyphen or a space between
    words alike."""
    parts = sorted({r"[\s-]+".join(map(re.escape, re.split(r"[\s-]+", n.lower().strip())))
                    for n in names if n.strip()}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])")


def _read_again_under(label: str, aliases: tuple[str, ...], docs: list[_PageRow],
                      read: list[PageClaims]) -> tuple[list[_PageRow], list[PageClaims]]:
    """Read again, under the corpus's topic, each page whose title named a part of it.

    A page titled "X vaccine" among pages on X had every claim hang off "X vaccine" (its
    signs, its causes); its own topic holding the corpus's name as whole words says the
    page is about X too.  Pages whose topic is another name of X are left as they are.
    """
    key = label_key(label)
    known = {key, *(label_key(a) for a in aliases)}
    words = re.compile(r"(?<![\w-])" + re.escape(key) + r"(?![\w-])")
    corpus_names = _loose_names([label, *aliases])
    out_docs, out_read = list(docs), list(read)
    for i, (doc, _raws, topic, path, skipped) in enumerate(docs):
        own = label_key(topic)
        if own in known:
            continue
        if not words.search(own):
            # A page whose title named no illness ("Epidemiology", a site's name): the
            # corpus's topic when its sentences name that more often than their own guess.
            low = doc.text.lower()
            named = len(corpus_names.findall(low))
            if named < 2 or named <= len(_loose_names([topic]).findall(low)):
                continue
        page = extract_page(doc, label)
        out_docs[i] = (doc, page.claims, label, path, skipped)
        out_read[i] = page
    return out_docs, out_read


Job = tuple[Path, Source | None, str | None]
Result = tuple[Document, PageClaims] | str


def _one(job: Job) -> Result:
    """Read and extract one page; an unreadable page comes back as its error text."""
    path, source, topic = job
    with collector_paused():  # in a worker process too
        try:
            doc = read_document(path, source)
        except ClaimGraphError as err:
            return str(err)
        return doc, extract_page(doc, topic or topic_of(doc))


def _run(jobs: list[Job], progress: bool, workers: int) -> Iterator[tuple[Path, Result]]:
    """Yield each page's result in input order, in ``workers`` processes when more than 1."""
    if workers <= 1:
        results: Iterable[Result] = map(_one, jobs)
        pool = None
    else:
        # Imported here: a run in one process (the default) pays nothing for them (~0.02 s).
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # spawn, not fork: forking a process that may hold threads is unsafe.
        pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
        results = pool.map(_one, jobs, chunksize=16)
    try:
        paired: Iterable[tuple[Path, Result]] = zip((j[0] for j in jobs), results, strict=True)
        if progress and len(jobs) >= 20:
            paired = _tracked(paired, len(jobs))
        yield from paired
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def _tracked(paired: Iterable[tuple[Path, Result]], total: int,
             ) -> Iterable[tuple[Path, Result]]:
    """Show a progress bar on stderr while pages are read, only when stderr is a terminal.

    Piped or captured output gets nothing (rich's bar on stdout left a blank
    line there), and a run without a terminal pays nothing for the display.
    """
    from rich.console import Console

    console = Console(stderr=True)
    if not console.is_terminal:
        return paired
    from rich.progress import track

    return track(paired, total=total, description="extracting", transient=True,
                 console=console)
