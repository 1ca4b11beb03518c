"""The writers of the registered RDF syntaxes: N-Quads, TriG, Turtle and JSON-LD.

N-Quads is the terms joined and the lines sorted: byte for byte what
``pyoxigraph.serialize`` writes for the sorted quads (tests/test_rdf_oxigraph.py
checks it), without making a ``pyoxigraph.Quad`` per quad, which costs more
(~3 µs when the object is a literal) than the whole line.  TriG, Turtle and
JSON-LD we write ourselves, sorted: pyoxigraph's TriG writer keeps the input
order, declares prefixes in hash order and indents with tabs, so its output
is neither stable nor the layout our files have always had.

Each writer returns its text as pieces (graph/rdf_formats.py joins them into
a str, or encodes them a megabyte at a time into the bytes a file gets).  The
grouped writers (TriG, Turtle, JSON-LD) write subject by subject from one
sort of each graph's quads; tests/test_rdf_writers.py checks them against
the plain tree writers they replaced.

What a format does not support: Turtle has no named graphs, so the
``turtle`` writer emits the union of all graphs (which graph a triple came
from is lost; the claim nodes still say which source made each claim).
No blank nodes are written.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping
from itertools import chain, groupby, repeat
from json.encoder import encode_basestring as _json_string  # the C encoder json.dumps uses
from operator import itemgetter
from typing import Any, cast

from .by_identity import ByIdentity
from .errors import ClaimGraphError
from .rdf_terms import RDF_TYPE, Term, TermQuad, iri_ref, literal_parts, term_value

# A text as pieces: one join makes the str, and the bytes are encoded about a
# megabyte at a time (see RdfFormat.encode).
Pieces = list[str]

SortKey = tuple[int, str, str, str]


class _Terms:
    """Format terms for Turtle/TriG/JSON-LD, abbreviating IRIs with the longest prefix."""

    def __init__(self, prefixes: dict[str, str]) -> None:
        self.prefixes = sorted(prefixes.items(), key=lambda kv: -len(kv[1]))
        # A local name holds no '/' or '#', so a namespace ending in one can only be
        # the IRI up to its last '/' or '#': one dict lookup.  Others are tried in turn.
        self.by_namespace: dict[str, str] = {}
        for name, ns in self.prefixes:
            if ns[-1:] in ("/", "#"):
                self.by_namespace.setdefault(ns, name)
        self.others = [(name, ns) for name, ns in self.prefixes if ns[-1:] not in ("/", "#")]
        self.cache: dict[Term, str] = {}
        self.keys: dict[Term, SortKey] = {}
        self.verbs: dict[Term, tuple[bool, str]] = {}

    def compact(self, iri: str) -> str | None:
        """Return ``prefix:local`` with the longest namespace that leaves a valid local name."""
        cut = max(iri.rfind("/"), iri.rfind("#")) + 1
        name = self.by_namespace.get(iri[:cut]) if cut else None
        found = cut if name is not None and _LOCAL_NAME.fullmatch(iri, cut) else -1
        for other, ns in self.others:  # longest first
            if len(ns) <= found:
                break
            if iri.startswith(ns) and _LOCAL_NAME.fullmatch(iri, len(ns)):
                name, found = other, len(ns)
                break
        return None if found < 0 else f"{name}:{iri[found:]}"

    def term(self, term: Term) -> str:
        text = self.cache.get(term)
        if text is not None:
            return text
        if term[0] == "<":
            text = self.compact(term[1:-1]) or term
        elif term[0] == '"':
            text = term
            cut = term.rfind('"^^<')
            if cut > 0 and term[-1] == ">":
                text = term[:cut + 3] + (self.compact(term[cut + 4:-1]) or term[cut + 3:])
        else:
            raise ClaimGraphError(f"RDF: expected an IRI or a literal, got {term!r} "
                                  "(hint: claimgraph writes no blank nodes)")
        if len(self.cache) < 1_000_000:
            self.cache[term] = text
        return text

    def key(self, term: Term) -> SortKey:
        """Sort IRIs before literals; IRIs by text, literals by value, datatype, language."""
        key = self.keys.get(term)
        if key is None:
            key = sort_key(term)
            if len(self.keys) < 1_000_000:
                self.keys[term] = key
        return key

    def verb(self, pred: Term) -> tuple[bool, str]:
        """Sort rdf:type first ('a'), then by IRI text: "_1" before "_10"."""
        key = self.verbs.get(pred)
        if key is None:
            key = self.verbs[pred] = (pred != RDF_TYPE, pred[1:-1])
        return key


def sort_key(term: Term) -> SortKey:
    if term[0] == "<":
        return (0, term[1:-1], "", "")
    if term[0] == '"':
        lexical, datatype, language = literal_parts(term)
        return (1, lexical, datatype or "", language or "")
    return (0, term_value(term), "", "")


# A conservative PN_LOCAL: ASCII letters, digits, '_' and '-' (not first).
_LOCAL_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_-]*")

# One subject's (predicate, objects) pairs in writing order: rdf:type first, then by
# predicate IRI; objects deduplicated and sorted by sort_key.
Pairs = list[tuple[Term, list[Term]]]
# Turns one subject and its pairs into the text written for it.
SubjectWriter = Callable[[Term, Pairs], str]

_SUBJECT = itemgetter(0)
_PREDICATE = itemgetter(1)
_FIRST = itemgetter(0)


def _graphs(quads: Iterable[TermQuad], *, union: bool = False
            ) -> list[tuple[Term | None, list[TermQuad]]]:
    """Split quads by graph (one bucket for ``union``), graphs sorted (default first).

    Each bucket is sorted by subject text (C string compares), the order
    _subject_blocks groups by; the union is the buckets merged (timsort
    merges the sorted runs).  For a frozenset (what a ClaimGraph holds) both
    are kept while the set lives, so the writers of one graph split and sort
    it once.  Only lists of the quads are kept (no new term or tuple).
    """
    found = _BY_GRAPH.get(quads) if isinstance(quads, frozenset) else None
    if found is not None and union in found:
        return found[union]
    if union:
        merged = [quad for _, bucket in _graphs(quads) for quad in bucket]
        merged.sort(key=_SUBJECT)
        result: list[tuple[Term | None, list[TermQuad]]] = [(None, merged)]
    else:
        result = _split(quads)
    if isinstance(quads, frozenset):
        _BY_GRAPH.setdefault(quads, {})[union] = result
    return result


def quads_by_graph(graphs: Mapping[Term, Iterable[tuple[Term, Term, Term]]]
                   ) -> frozenset[TermQuad]:
    """Return each graph's triples as one frozenset of quads, already split for the writers.

    What a builder holds is split by graph already: each graph's quads are
    made, deduplicated and sorted by subject in C (no Python loop over the
    quads), and the split is kept for the set, so :func:`_graphs` need not
    split the set again.  Duplicates go in first-seen order, not through a
    set: a builder writes each node's triples together, so the sort finds
    runs (a third of the time of sorting a set's order at 2 M quads).  The
    writers' output does not depend on that order (quads of one subject are
    grouped and sorted before writing).

    >>> q = quads_by_graph({"<http://e/g>": [("<http://e/a>", RDF_TYPE, "<http://e/C>")] * 2})
    >>> sorted(q) == [("<http://e/a>", RDF_TYPE, "<http://e/C>", "<http://e/g>")]
    True
    """
    split: list[tuple[Term | None, list[TermQuad]]] = []
    for graph, triples in graphs.items():
        # (s, p, o) + (graph,): each quad made in C; mypy types tuple.__add__ loosely.
        quads_of = cast("Iterable[TermQuad]",
                        map(tuple.__add__, triples, repeat((graph,))))  # type: ignore[arg-type]
        bucket: list[TermQuad] = list(dict.fromkeys(quads_of))
        if bucket:
            bucket.sort(key=_SUBJECT)
            split.append((graph, bucket))
    split.sort(key=lambda kv: (kv[0] is not None, "" if kv[0] is None else kv[0][1:-1]))
    quads = frozenset(chain.from_iterable(bucket for _, bucket in split))
    _BY_GRAPH.setdefault(quads, {}).setdefault(False, split)
    return quads


def _split(quads: Iterable[TermQuad]) -> list[tuple[Term | None, list[TermQuad]]]:
    graphs: dict[Term | None, list[TermQuad]] = {}
    for quad in quads:
        bucket = graphs.get(quad[3])
        if bucket is None:
            bucket = graphs[quad[3]] = []
        bucket.append(quad)
    for bucket in graphs.values():
        bucket.sort(key=_SUBJECT)
    return sorted(graphs.items(),
                  key=lambda kv: (kv[0] is not None, "" if kv[0] is None else kv[0][1:-1]))


# The split (False) and the union (True) of each frozenset of quads still alive (see
# _graphs); an entry goes with its set.  Found by identity (graph/by_identity.py): a
# WeakKeyDictionary compares a 2 M-quad set with itself element by element.
_BY_GRAPH: ByIdentity[
    frozenset[TermQuad], dict[bool, list[tuple[Term | None, list[TermQuad]]]]] = ByIdentity()
# The term formatter of each frozenset of quads still alive, per prefix declaration:
# TriG, Turtle and JSON-LD of one graph write the same terms, so each is abbreviated
# (and given its sort key) once for the three, not once per format.
_TERMS: ByIdentity[
    frozenset[TermQuad], dict[tuple[tuple[str, str], ...], _Terms]] = ByIdentity()


def _terms_for(quads: Collection[TermQuad], prefixes: dict[str, str]) -> _Terms:
    """Return a term formatter for ``prefixes``, shared while ``quads`` is a live frozenset."""
    if not isinstance(quads, frozenset):
        return _Terms(prefixes)
    key = tuple(prefixes.items())  # in their order: it breaks ties between namespaces
    made = _TERMS.setdefault(quads, {})
    terms = made.get(key)
    if terms is None:
        terms = made[key] = _Terms(prefixes)
    return terms


def _subject_blocks(quads: list[TermQuad], terms: _Terms, write: SubjectWriter) -> list[str]:
    """Return ``write``'s text for each subject of ``quads``, subjects sorted by sort_key."""
    return [text for _, _, text in _keyed_blocks(quads, terms, write)]


# A subject's block: (its sort key, the subject, write's text for it).
Block = tuple[str, Term, str]


def _keyed_blocks(quads: list[TermQuad], terms: _Terms, write: SubjectWriter) -> list[Block]:
    """Return ``write``'s text for each subject of ``quads`` with its key and subject, sorted.

    ``quads`` must be sorted by subject text (_graphs does it).  Linear, and
    light on Python's cyclic collector: each subject's quads are grouped in a
    small dict that dies at once.  A tree of every subject's predicates,
    alive together, made the collector rescan millions of dicts and lists,
    so the cost grew faster than the graph.  The subjects come in ``<iri>``
    order, which differs from IRI order only where one IRI is a prefix of
    another (``<…/c1>`` sorts after ``<…/c1/target>``): the blocks are
    re-sorted by IRI text, which timsort does in near-linear time.
    """
    key = terms.key
    # Predicates are few: rank them once, so each subject's sort compares ints.
    rank = {p: i for i, p in enumerate(sorted(set(map(_PREDICATE, quads)), key=terms.verb))}
    by_rank = rank.__getitem__
    blocks: list[Block] = []
    add = blocks.append
    for subject, run in groupby(quads, _SUBJECT):
        preds: dict[Term, list[Term]] = {}
        for quad in run:
            objects = preds.get(quad[1])
            if objects is None:
                preds[quad[1]] = [quad[2]]
            else:
                objects.append(quad[2])
        pairs = [(p, objects if len(objects := preds[p]) == 1 else sorted(set(objects), key=key))
                 for p in (sorted(preds, key=by_rank) if len(preds) > 1 else preds)]
        add((subject[1:-1] if subject[0] == "<" else term_value(subject), subject,
             write(subject, pairs)))
    blocks.sort(key=_FIRST)
    return blocks


def write_nquads(quads: Collection[TermQuad], prefixes: dict[str, str]) -> str:
    """Write N-Quads, one sorted line per quad (``prefixes`` are not used: N-Quads has none).

    >>> print(write_nquads({("<http://e/a>", "<http://e/b>", '"c"', None)}, {}), end="")
    <http://e/a> <http://e/b> "c" .
    """
    return "".join(_nquads(quads, prefixes, None))


def _nquads(quads: Collection[TermQuad], prefixes: dict[str, str],
            context: dict[str, Any] | None) -> Pieces:
    # The quads in subject order (shared with the other writers, see _graphs): a line
    # starts with its subject, so the lines come nearly sorted and the sort below is
    # mostly merges of runs (0.2 s instead of 1.8 s at 2 M quads; the terms are also
    # read in memory order).  The sort alone makes the order right.
    ((_, ordered),) = _graphs(quads, union=True)
    try:
        # Joined in C; " .\n" follows each line after the sort, which leaves the order
        # as it is (where one line is the start of another, the next character is a
        # space and then '<', '"' or '_', all after '.').
        lines = list(map(" ".join, ordered))  # type: ignore[arg-type]  # None: TypeError
    except TypeError:  # a quad in the default graph (None)
        lines = [f"{s} {p} {o} {g}" if g is not None else f"{s} {p} {o}"
                 for s, p, o, g in ordered]
    if not isinstance(quads, set | frozenset):
        lines = list(set(lines))  # distinct quads make distinct lines: no set needed above
    lines.sort()
    # A few thousand lines per piece: each piece is one str to search and to encode.
    pieces = [" .\n".join(lines[i:i + 4096]) + " .\n" for i in range(0, len(lines), 4096)]
    # A blank node starts a line or follows a space (a literal holding " _:" only
    # sends us to the exact check; a literal never holds a raw newline).  Every
    # blank node holds "_:", so most pieces are searched once, not three times.
    if any("_:" in piece and (piece[0] == "_" or "\n_" in piece or " _:" in piece)
           for piece in pieces):
        for s, p, o, g in quads:
            for term in (s, p, o, g or "<>"):
                if term[0] == "_":
                    raise ClaimGraphError(f"RDF: expected an IRI or a literal, got {term!r} "
                                          "(hint: claimgraph writes no blank nodes)")
    return pieces


def _turtle_writer(terms: _Terms, indent: str) -> SubjectWriter:
    """Return the writer of one Turtle subject block (``indent`` before it)."""
    joint = f" ;\n{indent}    "
    term, cached = terms.term, terms.cache.get

    def write(subject: Term, pairs: Pairs) -> str:
        parts = []
        for pred, objects in pairs:
            said = "a" if pred == RDF_TYPE else cached(pred) or term(pred)
            if len(objects) == 1:
                parts.append(f"{said} {cached(objects[0]) or term(objects[0])}")
            else:
                parts.append(f"{said} " + ", ".join([term(o) for o in objects]))
        return f"{indent}{cached(subject) or term(subject)} {joint.join(parts)} .\n"

    return write


def _prefix_lines(prefixes: dict[str, str]) -> str:
    return "".join(f"@prefix {k}: {iri_ref(v)} .\n" for k, v in sorted(prefixes.items()))


def _blocks(pieces: list[str], blocks: list[str]) -> None:
    """Add ``blocks`` to ``pieces`` with a blank line between each two."""
    add = pieces.append
    for i, block in enumerate(blocks):
        if i:
            add("\n")
        add(block)


def write_trig(quads: Collection[TermQuad], prefixes: dict[str, str]) -> str:
    """Write TriG: prefixes, then each graph (default first) with sorted subjects.

    >>> print(write_trig({("<http://e/a>", RDF_TYPE, "<http://e/C>", "<http://e/g>")},
    ...                  {"e": "http://e/"}), end="")
    @prefix e: <http://e/> .
    <BLANKLINE>
    e:g {
        e:a a e:C .
    }
    """
    return "".join(_trig(quads, prefixes, None))


def _trig(quads: Collection[TermQuad], prefixes: dict[str, str],
          context: dict[str, Any] | None) -> Pieces:
    terms = _terms_for(quads, prefixes)
    write = _turtle_writer(terms, "    ")
    out = [_prefix_lines(prefixes)]
    kept: list[list[Block]] = []
    for graph, members in _graphs(quads):
        name = "" if graph is None else terms.term(graph) + " "
        out.append("\n" + name + "{\n")
        blocks = _keyed_blocks(members, terms, write)
        _blocks(out, [text for _, _, text in blocks])
        kept.append(blocks)
        out.append("}\n")
    if isinstance(quads, frozenset) and quads in _FOR_TURTLE:  # _turtle takes them once
        _TRIG_BLOCKS.setdefault(quads, {})[tuple(prefixes.items())] = kept
    return out


# The TriG blocks of each graph of a frozenset still alive, per prefix declaration,
# until Turtle of the same quads takes them (see _turtle); kept only for the sets
# given to keep_trig_for_turtle.
_TRIG_BLOCKS: ByIdentity[
    frozenset[TermQuad], dict[tuple[tuple[str, str], ...], list[list[Block]]]] = ByIdentity()
_FOR_TURTLE: ByIdentity[frozenset[TermQuad], bool] = ByIdentity()


def keep_trig_for_turtle(quads: frozenset[TermQuad]) -> None:
    """Have TriG of ``quads`` keep its text by subject until Turtle of them takes it.

    For a caller that writes both formats of one set (the exporters): Turtle
    then writes only subjects of several graphs afresh.  Without it, TriG
    keeps nothing (the blocks are about as large as the TriG text), and
    Turtle groups every subject itself; the text is the same either way.
    """
    _FOR_TURTLE.setdefault(quads, True)


def write_turtle(quads: Collection[TermQuad], prefixes: dict[str, str]) -> str:
    """Write Turtle of the union of all graphs (graph names are lost)."""
    return "".join(_turtle(quads, prefixes, None))


def _turtle(quads: Collection[TermQuad], prefixes: dict[str, str],
            context: dict[str, Any] | None) -> Pieces:
    terms = _terms_for(quads, prefixes)
    ((_, members),) = _graphs(quads, union=True)
    out = [_prefix_lines(prefixes) + "\n"]
    trig = ((_TRIG_BLOCKS.get(quads) or {}).pop(tuple(prefixes.items()), None)
            if isinstance(quads, frozenset) else None)
    if trig is None:
        _blocks(out, _subject_blocks(members, terms, _turtle_writer(terms, "")))
    else:
        _blocks(out, _from_trig(trig, members, terms))
    return out


def _from_trig(trig: list[list[Block]], members: list[TermQuad], terms: _Terms) -> list[str]:
    """Return the Turtle blocks of the union, reusing the TriG blocks of one-graph subjects.

    A subject whose quads all sit in one graph has the same predicates and
    objects in the union: its Turtle block is its TriG block moved four
    spaces left (the indent before it and the extra one of its continuation
    lines; a term never holds a raw newline).  Only subjects of several
    graphs are grouped again, from the union.
    """
    graphs_of = Counter(subject for blocks in trig for _, subject, _ in blocks)
    shared = {subject for subject, count in graphs_of.items() if count > 1}
    keyed = [(key, text[4:].replace("\n        ", "\n    "))
             for blocks in trig for key, subject, text in blocks if subject not in shared]
    if shared:
        again = [quad for quad in members if quad[0] in shared]
        keyed += [(key, text) for key, _, text in
                  _keyed_blocks(again, terms, _turtle_writer(terms, ""))]
    keyed.sort(key=_FIRST)
    return [text for _, text in keyed]


# JSON-LD is written as json.dumps(doc, indent=1, ensure_ascii=False) writes it, but
# node by node: with an indent, json.dumps runs its pure-Python encoder over every
# dict and list (the C encoder is used only without one), which was most of the
# cost.  Strings go through the same C string encoder json.dumps uses.


def _compact(iri: Term, terms: _Terms) -> str:
    if iri[0] != "<":
        raise ClaimGraphError(f"RDF: expected an IRI, got {iri!r} "
                              "(hint: claimgraph writes no blank nodes)")
    return terms.compact(iri[1:-1]) or iri[1:-1]


def _jsonld_writer(terms: _Terms, depth: int) -> SubjectWriter:
    """Return the writer of one JSON-LD node object, its brace at ``depth`` spaces."""
    i1, i2, i3 = (" " * (depth + n) for n in (1, 2, 3))
    open_value, close_value = "{\n" + i3, "\n" + i2 + "}"
    item, end_list, end_node = ",\n" + i2, "\n" + i1 + "]", "\n" + " " * depth + "}"
    values: dict[Term, str] = {}
    keys: dict[Term, str] = {}

    def value(term: Term) -> str:
        text = values.get(term)
        if text is not None:
            return text
        if term[0] == "<":
            text = f'{open_value}"@id": {_json_string(_compact(term, terms))}{close_value}'
        elif term[0] == '"':
            lexical, datatype, language = literal_parts(term)
            text = open_value + '"@value": ' + _json_string(lexical)
            if language:
                text += f',\n{i3}"@language": {_json_string(language)}'
            elif datatype is not None:
                dt = terms.compact(datatype) or datatype
                text += f',\n{i3}"@type": {_json_string(dt)}'
            text += close_value
        else:
            raise ClaimGraphError(f"RDF: expected an IRI or a literal, got {term!r}")
        if len(values) < 1_000_000:
            values[term] = text
        return text

    classes: dict[Term, str] = {}  # the few rdf:type values, each encoded once

    def cls(term: Term) -> str:
        text = classes[term] = _json_string(_compact(term, terms))
        return text

    head, types = "{\n" + i1 + '"@id": ', f',\n{i1}"@type": [\n{i2}'
    known = values.get
    term, cached = terms.term, terms.cache.get

    def node_id(subject: Term) -> str:
        # _compact's text, from the Turtle form the other writers share (cached):
        # "prefix:local" as it is, "<iri>" without its brackets.
        if subject[0] != "<":
            return _compact(subject, terms)  # raises: no blank nodes
        text = cached(subject) or term(subject)
        return text[1:-1] if text[0] == "<" else text

    def write(subject: Term, pairs: Pairs) -> str:
        out = [head, _json_string(node_id(subject))]
        add = out.append
        for pred, objects in pairs:
            if pred == RDF_TYPE:
                add(types)
                add(item.join([classes.get(t) or cls(t) for t in objects]))
            else:
                said = keys.get(pred)
                if said is None:
                    said = keys[pred] = f',\n{i1}{_json_string(_compact(pred, terms))}: [\n{i2}'
                add(said)
                if len(objects) == 1:  # most: no list to join
                    add(known(objects[0]) or value(objects[0]))
                else:
                    add(item.join([known(o) or value(o) for o in objects]))
            add(end_list)
        add(end_node)
        return "".join(out)

    return write


def _json_list(out: list[str], items: list[str], depth: int) -> None:
    """Add a JSON list of items already encoded, each item at ``depth`` spaces."""
    if not items:
        out.append("[]")
        return
    pad = " " * depth
    out.append("[\n" + pad)
    joint = ",\n" + pad
    add = out.append
    for i, item in enumerate(items):
        if i:
            add(joint)
        add(item)
    out.append("\n" + " " * (depth - 1) + "]")


def write_jsonld(quads: Collection[TermQuad], prefixes: dict[str, str]) -> str:
    """Write JSON-LD (expanded values, compact IRIs), one object per named graph.

    >>> print(write_jsonld({("<http://e/a>", "<http://e/p>", '"x"', None)}, {"e": "http://e/"}))
    {
     "@context": {
      "e": "http://e/"
     },
     "@graph": [
      {
       "@id": "e:a",
       "e:p": [
        {
         "@value": "x"
        }
       ]
      }
     ]
    }
    <BLANKLINE>
    """
    return "".join(_jsonld(quads, prefixes, None))


def _jsonld(quads: Collection[TermQuad], prefixes: dict[str, str],
            context: dict[str, Any] | None) -> Pieces:
    """Return the JSON-LD pieces: ``context`` (default: the prefixes) as ``@context``."""
    terms = _terms_for(quads, prefixes)
    top: list[list[str]] = []  # each item of the top "@graph" list, as pieces
    for graph, members in _graphs(quads):
        if graph is None:
            top.extend([block] for block in _subject_blocks(members, terms,
                                                             _jsonld_writer(terms, 2)))
        else:
            item = [f'{{\n   "@id": {_json_string(_compact(graph, terms))},\n   "@graph": ']
            _json_list(item, _subject_blocks(members, terms, _jsonld_writer(terms, 4)), 4)
            item.append("\n  }")
            top.append(item)
    head = json.dumps({"@context": dict(sorted(prefixes.items())) if context is None
                       else context, "@graph": []}, indent=1, ensure_ascii=False)
    out = [head[:-len("[]\n}")]]
    if not top:
        out.append("[]")
    else:
        out.append("[\n  ")
        for i, item in enumerate(top):
            if i:
                out.append(",\n  ")
            out.extend(item)
        out.append("\n ]")
    out.append("\n}\n")
    return out
