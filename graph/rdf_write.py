"""The writers of the registered RDF syntaxes: N-Quads, TriG, Turtle and JSON-LD.

N-Quads is the terms joined and the lines sorted: byte for byte what
``pyoxigraph.serialize`` writes for the sorted quads (tests/test_rdf_oxigraph.py
checks it), without making a ``pyoxigraph.Quad`` per quad, which costs more
(~3 µs when the object is a literal) than the whole line.  TriG, Turtle and
JSON-LD we write ourselves, sorted: pyoxigraph's TriG writer keeps the input
order, declares prefixes in hash order and indents with tabs, so its output
is neither stable nor the layout our files have always had.

Each writer returns its text as pieces (graph/rdf_formats.py joins them into
a str, or encodes them a megabyte at a time into the bytes a file gets).  All
four work from one :class:`QuadSplit` of the quads (each graph's quads sorted
by subject, made once per set of quads); the grouped writers (TriG, Turtle,
JSON-LD) write each graph's subjects shape by shape (graph/rdf_blocks.py),
TriG and JSON-LD from the same shapes; tests/test_rdf_writers.py checks them
against the plain tree writers they replaced.

What a format does not support: Turtle has no named graphs, so the
``turtle`` writer emits the union of all graphs (which graph a triple came
from is lost; the claim nodes still say which source made each claim).
No blank nodes are written.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections.abc import Collection, Iterable, Iterator, Mapping
from itertools import chain, compress, islice, repeat
from json.encoder import encode_basestring as _json_string  # the C encoder json.dumps uses
from operator import itemgetter, ne
from typing import Any, cast

from .by_identity import ByIdentity
from .errors import ClaimGraphError
from .rdf_blocks import (
    Block,
    JsonldStyle,
    Shapes,
    SortKey,
    Terms,
    TurtleStyle,
    block_texts,
    compact_iri,
    keyed_blocks,
    sort_key,
)
from .rdf_terms import RDF_TYPE, Term, TermQuad, iri_ref

# The term formatter and the IRI compaction, under the names callers know.
_Terms = Terms
_compact = compact_iri

# A text as pieces: one join makes the str, and the bytes are encoded about a
# megabyte at a time (see RdfFormat.encode).
Pieces = Iterable[str]
Graphs = list[tuple[Term | None, list[TermQuad]]]

__all__ = ["RDF_TYPE", "Block", "Pieces", "QuadSplit", "SortKey", "quads_by_graph", "sort_key",
           "write_jsonld", "write_nquads", "write_trig", "write_turtle"]

_SUBJECT = itemgetter(0)
# Blocks and lines joined per piece: a piece is about a megabyte, one str to encode.
_PER_PIECE = 4096


class QuadSplit(Collection[TermQuad]):
    """Quads split by graph (graphs sorted, the default first), each graph's sorted by subject.

    What every writer works from, made once per set of quads (see
    :func:`split_of`), with what the writers of one set share, made on first
    use and kept while the split lives: the union of the graphs (sorted by
    subject, for N-Quads), each graph's :class:`Shapes` (TriG, JSON-LD and
    Turtle) and the term formatter of each prefix declaration.  Like a list,
    it may hold a quad twice; the writers write it once.  Sorting is by
    subject text in C; within a subject the quads keep their order (the
    builder writes each node's quads together, in one order, which is what
    makes its shapes few).

    >>> split = quads_by_graph({"<http://e/g>": [("<http://e/a>", RDF_TYPE, "<http://e/C>")]})
    >>> list(split), len(split)
    ([('<http://e/a>', '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>', \
'<http://e/C>', '<http://e/g>')], 1)
    """

    __slots__ = ("__weakref__", "_shapes", "_terms", "_union", "graphs")

    def __init__(self, graphs: Graphs) -> None:
        self.graphs = graphs
        self._union: list[TermQuad] | None = None
        self._shapes: dict[int, Shapes] = {}
        self._terms: dict[tuple[tuple[str, str], ...], Terms] = {}

    def __iter__(self) -> Iterator[TermQuad]:
        return chain.from_iterable(bucket for _, bucket in self.graphs)

    def __len__(self) -> int:
        return sum(len(bucket) for _, bucket in self.graphs)

    def __contains__(self, quad: object) -> bool:
        return any(quad in bucket for _, bucket in self.graphs)

    def union(self) -> list[TermQuad]:
        """Return every quad in one list sorted by subject (timsort merges the graphs' runs)."""
        if self._union is None:
            merged = [quad for _, bucket in self.graphs for quad in bucket]
            merged.sort(key=_SUBJECT)
            self._union = merged
        return self._union

    def shapes(self, index: int) -> Shapes:
        """Return the shapes of graph number ``index`` (as :attr:`graphs` orders them)."""
        found = self._shapes.get(index)
        if found is None:
            found = self._shapes[index] = Shapes(self.graphs[index][1])
        return found

    def terms(self, prefixes: dict[str, str]) -> Terms:
        """Return the term formatter for ``prefixes``: TriG, Turtle and JSON-LD share it."""
        key = tuple(prefixes.items())  # in their order: it breaks ties between namespaces
        found = self._terms.get(key)
        if found is None:
            found = self._terms[key] = Terms(prefixes)
        return found


def quads_by_graph(graphs: Mapping[Term, Iterable[tuple[Term, Term, Term]]]) -> QuadSplit:
    """Return each graph's triples as quads, split and sorted for the writers.

    What a builder holds is split by graph already: each graph's quads are
    made and sorted by subject in C (no Python loop over the quads, no set:
    a repeated quad is written once by the writers).  Empty graphs are left
    out.

    >>> q = quads_by_graph({"<http://e/g>": [("<http://e/a>", RDF_TYPE, "<http://e/C>")] * 2})
    >>> set(q) == {("<http://e/a>", RDF_TYPE, "<http://e/C>", "<http://e/g>")}
    True
    """
    split: Graphs = []
    for graph, triples in graphs.items():
        # (s, p, o) + (graph,): each quad made in C; mypy types tuple.__add__ loosely.
        bucket = cast("list[TermQuad]",
                      list(map(tuple.__add__, triples, repeat((graph,)))))  # type: ignore[arg-type]
        if bucket:
            bucket.sort(key=_SUBJECT)
            split.append((graph, bucket))
    return QuadSplit(_sorted_graphs(split))


def _sorted_graphs(split: Graphs) -> Graphs:
    return sorted(split, key=lambda kv: (kv[0] is not None, "" if kv[0] is None else kv[0][1:-1]))


def split_of(quads: Collection[TermQuad]) -> QuadSplit:
    """Return ``quads`` as a QuadSplit: itself, the one kept for a live frozenset, or a new one.

    A frozenset (what a ClaimGraph holds) keeps its split while it lives, so
    writing it in several formats splits and sorts it once.
    """
    if isinstance(quads, QuadSplit):
        return quads
    if isinstance(quads, frozenset):
        found = _SPLITS.get(quads)
        if found is None:
            found = _SPLITS.setdefault(quads, QuadSplit(_split(quads)))
        return found
    return QuadSplit(_split(quads))


def _split(quads: Iterable[TermQuad]) -> Graphs:
    graphs: dict[Term | None, list[TermQuad]] = {}
    for quad in quads:
        bucket = graphs.get(quad[3])
        if bucket is None:
            bucket = graphs[quad[3]] = []
        bucket.append(quad)
    for bucket in graphs.values():
        bucket.sort(key=_SUBJECT)
    return _sorted_graphs(list(graphs.items()))


# The split of each frozenset of quads still alive (see split_of); an entry goes with
# its set.  Found by identity (graph/by_identity.py): a WeakKeyDictionary compares a
# 2 M-quad set with itself element by element.
_SPLITS: ByIdentity[frozenset[TermQuad], QuadSplit] = ByIdentity()


def _joined(out: list[str], texts: list[str] | Iterator[str], sep: str) -> None:
    """Add ``sep.join(texts)`` to ``out`` as pieces of a few thousand texts each."""
    items = texts if isinstance(texts, list) else list(texts)
    for start in range(0, len(items), _PER_PIECE):
        if start:
            out.append(sep)
        out.append(sep.join(items[start:start + _PER_PIECE]))


def write_nquads(quads: Collection[TermQuad], prefixes: dict[str, str]) -> str:
    """Write N-Quads, one sorted line per quad (``prefixes`` are not used: N-Quads has none).

    >>> print(write_nquads({("<http://e/a>", "<http://e/b>", '"c"', None)}, {}), end="")
    <http://e/a> <http://e/b> "c" .
    """
    return "".join(_nquads(quads, prefixes, None))


# A blank node anywhere but at the start of a line: after a space (a literal that
# holds " _:" only sends us to the exact check).
_BLANK_AFTER_SPACE = re.compile(" _:")


def _nquads(quads: Collection[TermQuad], prefixes: dict[str, str],
            context: dict[str, Any] | None) -> Iterator[str]:
    # The quads in subject order (shared with Turtle, see QuadSplit.union): a line
    # starts with its subject, so the lines come nearly sorted and the sort below is
    # mostly merges of runs (0.2 s instead of 1.8 s at 2 M quads; the terms are also
    # read in memory order).  The sort alone makes the order right.
    ordered = split_of(quads).union()
    try:
        # Joined in C; " .\n" follows each line after the sort, which leaves the order
        # as it is (where one line is the start of another, the next character is a
        # space and then '<', '"' or '_', all after '.').
        lines = list(map(" ".join, ordered))  # type: ignore[arg-type]  # None: TypeError
    except TypeError:  # a quad in the default graph (None)
        lines = [f"{s} {p} {o} {g}" if g is not None else f"{s} {p} {o}"
                 for s, p, o, g in ordered]
    lines.sort()
    # A quad given twice is one line: repeats are neighbours once sorted, and one C
    # pass keeps each line that differs from the one before.
    if not isinstance(quads, set | frozenset) and lines:
        lines = list(compress(lines, chain((True,), map(ne, islice(lines, 1, None), lines))))
    # Terms start with '"', '<' or '_', and '_' sorts last: a blank subject starts the
    # first line at or after "_".
    first = bisect_left(lines, "_")
    if first < len(lines) and lines[first].startswith("_"):
        _refuse_blank(quads)
    # A megabyte or so per piece: each is encoded as it is and written (never one
    # str of the whole text); a blank node elsewhere follows a space.
    for start in range(0, len(lines), 2 * _PER_PIECE):
        piece = " .\n".join([*lines[start:start + 2 * _PER_PIECE], ""])  # ends in " .\n"
        if _BLANK_AFTER_SPACE.search(piece):
            _refuse_blank(quads)
        yield piece


def _refuse_blank(quads: Iterable[TermQuad]) -> None:
    """Raise at the first blank node of ``quads``, if they hold one."""
    for s, p, o, g in quads:
        for term in (s, p, o, g or "<>"):
            if term[0] == "_":
                raise ClaimGraphError(f"RDF: expected an IRI or a literal, got {term!r} "
                                      "(hint: claimgraph writes no blank nodes)")


def _prefix_lines(prefixes: dict[str, str]) -> str:
    return "".join(f"@prefix {k}: {iri_ref(v)} .\n" for k, v in sorted(prefixes.items()))


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
    split = split_of(quads)
    terms = split.terms(prefixes)
    style = TurtleStyle(terms, "    ")
    out = [_prefix_lines(prefixes)]
    for index, (graph, _) in enumerate(split.graphs):
        name = "" if graph is None else terms.term(graph) + " "
        out.append("\n" + name + "{\n")
        _joined(out, block_texts(keyed_blocks(split.shapes(index), terms, style)), "\n")
        out.append("}\n")
    return out


def write_turtle(quads: Collection[TermQuad], prefixes: dict[str, str]) -> str:
    """Write Turtle of the union of all graphs (graph names are lost)."""
    return "".join(_turtle(quads, prefixes, None))


def _turtle(quads: Collection[TermQuad], prefixes: dict[str, str],
            context: dict[str, Any] | None) -> Pieces:
    split = split_of(quads)
    terms = split.terms(prefixes)
    style = TurtleStyle(terms, "")
    # A subject of one graph says the same in the union: its block is made from the
    # graph's shapes (with TriG's columns when TriG was written first).  Only the
    # subjects of several graphs are grouped again, from the union.
    seen: set[Term] = set()
    shared: set[Term] = set()
    for index in range(len(split.graphs)):
        subjects = set(split.shapes(index).subjects())
        shared |= seen & subjects
        seen |= subjects
    blocks: list[Block] = []
    for index in range(len(split.graphs)):
        blocks += keyed_blocks(split.shapes(index), terms, style, leave_out=shared)
    if shared:
        union = split.union()
        again = compress(union, map(shared.__contains__, map(_SUBJECT, union)))
        blocks += keyed_blocks(Shapes(again), terms, style)
    blocks.sort()  # the graphs' sorted runs merged
    out = [_prefix_lines(prefixes) + "\n"]
    _joined(out, block_texts(blocks), "\n")
    return out


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
    """Return the JSON-LD pieces: ``context`` (default: the prefixes) as ``@context``.

    Laid out as ``json.dumps(doc, indent=1, ensure_ascii=False)`` writes it,
    but node by node: with an indent, json.dumps runs its pure-Python encoder
    over every dict and list (the C encoder is used only without one).
    """
    split = split_of(quads)
    terms = split.terms(prefixes)
    styles: dict[int, JsonldStyle] = {}
    head = json.dumps({"@context": dict(sorted(prefixes.items())) if context is None
                       else context, "@graph": []}, indent=1, ensure_ascii=False)
    out = [head[:-len("[]\n}")]]
    items = 0
    for index, (graph, _) in enumerate(split.graphs):
        depth = 2 if graph is None else 4
        style = styles.get(depth) or styles.setdefault(depth, JsonldStyle(terms, depth))
        blocks = block_texts(keyed_blocks(split.shapes(index), terms, style))
        if graph is None:  # its nodes are items of the top "@graph" list
            for text in blocks:
                out.append(",\n  " if items else "[\n  ")
                out.append(text)
                items += 1
            continue
        out.append(",\n  " if items else "[\n  ")
        items += 1
        out.append(f'{{\n   "@id": {_json_string(compact_iri(graph, terms))},\n   "@graph": ')
        listed = list(blocks)
        if listed:
            out.append("[\n    ")
            _joined(out, listed, ",\n    ")
            out.append("\n   ]")
        else:
            out.append("[]")
        out.append("\n  }")
    out.append("\n ]" if items else "[]")
    out.append("\n}\n")
    return out
