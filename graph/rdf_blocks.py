"""Subject blocks of Turtle, TriG and JSON-LD, made shape by shape.

A block is everything one subject of one graph says: its predicates
(rdf:type first, then by IRI) each with its objects (deduplicated, sorted by
:func:`sort_key`).  Made one subject at a time, a block cost Python ~3 µs per
subject and format (grouping the quads, sorting, formatting each term), most
of the time of the RDF files at 100 k claims.

But the subjects of a graph come in few *shapes*: the predicates of a
subject's quads, in the order the quads hold them (every claim node the
builder writes has the same ones).  :class:`Shapes` groups a graph's
subjects by shape in one pass; then each shape's blocks are one
``template % row`` per subject, the template holding the predicates and
the punctuation, the row the subject's text and one text per predicate,
each column made for all the shape's subjects at once (``map`` over dicts of
texts already made, in C).  A predicate a shape holds more than once (two
``rdf:type``\\s, several ``cg:assertedBy``) is one column of the objects'
texts deduplicated, sorted and joined.  TriG and JSON-LD of one graph share
its shapes (and TriG's texts are Turtle's: only the indent differs); Turtle
makes a subject of one graph from that graph's shapes and groups only the
subjects of several graphs again, from the union.

Every term's text is made once per writer (cached), in the order the
subjects and columns come, so an input the writers refuse (a blank node)
always fails at the same term.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Set as AbstractSet
from itertools import chain, compress, groupby
from json.encoder import encode_basestring as _json_string  # the C encoder json.dumps uses
from operator import itemgetter
from typing import Protocol

from .errors import ClaimGraphError
from .rdf_terms import RDF_TYPE, Term, TermQuad, literal_parts, term_value

SortKey = tuple[int, str, str, str]
# A subject's block: (its sort key, the subject, the text written for it).
Block = tuple[str, Term, str]
# The most texts a cache keeps (terms, JSON-LD values): bounded at millions of quads.
CACHE_LIMIT = 1_000_000

_SUBJECT = itemgetter(0)


class Terms:
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
        if len(self.cache) < CACHE_LIMIT:
            self.cache[term] = text
        return text

    def key(self, term: Term) -> SortKey:
        """Sort IRIs before literals; IRIs by text, literals by value, datatype, language."""
        key = self.keys.get(term)
        if key is None:
            key = sort_key(term)
            if len(self.keys) < CACHE_LIMIT:
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


def compact_iri(iri: Term, terms: Terms) -> str:
    """Return an IRI term as JSON-LD writes it: ``prefix:local``, else the bare IRI."""
    if iri[0] != "<":
        raise ClaimGraphError(f"RDF: expected an IRI, got {iri!r} "
                              "(hint: claimgraph writes no blank nodes)")
    return terms.compact(iri[1:-1]) or iri[1:-1]


class Shapes:
    """The subjects of quads sorted by subject, grouped by shape.

    ``by_shape`` maps a shape (the predicates of a subject's quads, in quad
    order) to its subjects, in quad order, and their objects, one run of
    ``len(shape)`` per subject.

    >>> shapes = Shapes([("<a>", "<p>", '"1"', None), ("<a>", "<q>", "<b>", None),
    ...                  ("<b>", "<p>", '"2"', None), ("<b>", "<q>", "<a>", None)])
    >>> shapes.by_shape
    {('<p>', '<q>'): (['<a>', '<b>'], ['"1"', '<b>', '"2"', '<a>'])}
    """

    __slots__ = ("by_shape", "columns", "keys")

    def __init__(self, quads: Iterable[TermQuad]) -> None:
        by_shape: dict[tuple[Term, ...], tuple[list[Term], list[Term]]] = {}
        find = by_shape.get
        for subject, run in groupby(quads, _SUBJECT):
            _, shape, objects, _ = zip(*run, strict=True)
            found = find(shape)
            if found is None:
                found = by_shape[shape] = ([], [])
            found[0].append(subject)
            found[1].extend(objects)
        self.by_shape = by_shape
        # Each shape's subjects' keys, and its columns per Style.columns_key (kept for
        # the styles that share them: TriG's are Turtle's, only the indent differs).
        self.keys: dict[tuple[Term, ...], list[str]] = {}
        self.columns: dict[object, dict[tuple[Term, ...], list[list[str]]]] = {}

    def subjects(self) -> Iterator[Term]:
        """Return an iterator over every subject, shape by shape (chained in C)."""
        return chain.from_iterable(subjects for subjects, _ in self.by_shape.values())


class Style(Protocol):
    """How one syntax lays out a block: fixed text around a subject and its predicates."""

    open: str  # before the subject
    after: str  # after each predicate's objects
    close: str  # at the end of the block
    # Styles with one columns_key make the same columns (None: not kept).
    columns_key: object

    def head(self, index: int, pred: Term) -> str:
        """Return the text before predicate number ``index`` (from 0) of a block."""

    def subjects(self, subjects: list[Term]) -> list[str]:
        """Return the text of each subject."""

    def objects(self, pred: Term, objects: list[Term]) -> list[str]:
        """Return the text of each object of ``pred`` (one per subject)."""

    def joined(self, pred: Term, groups: list[tuple[Term, ...]]) -> list[str]:
        """Return the text of each group of objects of a predicate said more than once."""


def keyed_blocks(shapes: Shapes, terms: Terms, style: Style, *,
                 leave_out: AbstractSet[Term] = frozenset()) -> list[Block]:
    """Return every subject's block with its key and subject, sorted by key, then subject.

    The key is the subject's IRI text: ``<…/c1>`` sorts before ``<…/c1/target>``
    by IRI, after it by term text.  Subjects in ``leave_out`` are left out.
    """
    keyed: list[Block] = []
    kept = (None if style.columns_key is None
            else shapes.columns.setdefault(style.columns_key, {}))
    for shape, (subjects, flat) in shapes.by_shape.items():
        order = sorted(set(shape), key=terms.verb)
        columns = None if kept is None else kept.get(shape)
        if columns is None:
            columns = _columns(shape, order, subjects, flat, style)
            if kept is not None:
                kept[shape] = columns
        parts = [_escape(style.open), "%s"]
        for index, pred in enumerate(order):
            parts += (_escape(style.head(index, pred)), "%s", _escape(style.after))
        parts.append(_escape(style.close))
        template = "".join(parts)
        keys = shapes.keys.get(shape)
        if keys is None:
            keys = shapes.keys[shape] = [s[1:-1] if s[0] == "<" else term_value(s)
                                         for s in subjects]
        blocks = zip(keys, subjects, map(template.__mod__, zip(*columns, strict=True)),
                     strict=True)
        if leave_out and not leave_out.isdisjoint(subjects):
            keyed += compress(blocks, [s not in leave_out for s in subjects])
        else:
            keyed += blocks
    keyed.sort()  # by key; equal keys (an IRI and a literal) by subject; never by text
    return keyed


def _columns(shape: tuple[Term, ...], order: list[Term], subjects: list[Term],
             flat: list[Term], style: Style) -> list[list[str]]:
    """Return a shape's columns: its subjects' texts, then each predicate's (in ``order``)."""
    width = len(shape)
    columns = [style.subjects(subjects)]
    for pred in order:
        at = [i for i, p in enumerate(shape) if p == pred]
        if len(at) == 1:
            columns.append(style.objects(pred, flat[at[0]::width]))
        else:
            columns.append(style.joined(pred, list(zip(*[flat[i::width] for i in at],
                                                       strict=True))))
    return columns


def block_texts(blocks: list[Block]) -> Iterator[str]:
    """Yield the texts of ``blocks``, in order."""
    return map(_TEXT, blocks)


_TEXT = itemgetter(2)


def _escape(text: str) -> str:
    return text.replace("%", "%%")


def texts(items: list[Term], known: dict[Term, str], make: Callable[[Term], str]) -> list[str]:
    """Return the text of each item: ``known``'s, else ``make``'s, made once per item.

    ``make`` runs on the unknown items in their order (an item it refuses
    fails at the same place every time); it may add to ``known``.
    """
    found = list(map(known.get, items))
    if None in found:
        made = {item: make(item) for item in dict.fromkeys(items) if item not in known}
        found = list(map(made.get, items, found))
    return found  # type: ignore[return-value]  # no None left


def _each_once(groups: list[tuple[Term, ...]], join: Callable[[tuple[Term, ...]], str]
               ) -> list[str]:
    made = {group: join(group) for group in dict.fromkeys(groups)}
    return list(map(made.__getitem__, groups))


class TurtleStyle:
    """Turtle and TriG blocks: ``subject pred objects ;`` lines, ``indent`` before each block."""

    after = ""
    close = " .\n"

    def __init__(self, terms: Terms, indent: str) -> None:
        self.terms = terms
        self.open = indent
        self.joint = f" ;\n{indent}    "
        self.columns_key: object = ("turtle", id(terms))  # the texts do not hang on the indent

    def head(self, index: int, pred: Term) -> str:
        said = "a" if pred == RDF_TYPE else self.terms.term(pred)
        return (" " if index == 0 else self.joint) + said + " "

    def subjects(self, subjects: list[Term]) -> list[str]:
        return texts(subjects, self.terms.cache, self.terms.term)

    def objects(self, pred: Term, objects: list[Term]) -> list[str]:
        return texts(objects, self.terms.cache, self.terms.term)

    def joined(self, pred: Term, groups: list[tuple[Term, ...]]) -> list[str]:
        term, key = self.terms.term, self.terms.key
        return _each_once(groups, lambda group: ", ".join(
            [term(o) for o in sorted(set(group), key=key)]))


class JsonldStyle:
    """JSON-LD node objects as ``json.dumps(indent=1)`` lays them out, the brace at ``depth``.

    Values are expanded (``{"@id": …}``, ``{"@value": …, "@type": …}``), IRIs
    compacted with the prefixes, strings encoded by the C encoder json.dumps
    uses.
    """

    columns_key: object = None  # written once: nothing to keep

    def __init__(self, terms: Terms, depth: int) -> None:
        self.terms = terms
        i1, i2, i3 = (" " * (depth + n) for n in (1, 2, 3))
        self.i1, self.i2, self.i3 = i1, i2, i3
        self.open = "{\n" + i1 + '"@id": '
        self.after = "\n" + i1 + "]"
        self.close = "\n" + " " * depth + "}"
        self.item = ",\n" + i2
        self.open_value, self.close_value = "{\n" + i3, "\n" + i2 + "}"
        self.values: dict[Term, str] = {}
        self.classes: dict[Term, str] = {}  # the few rdf:type values

    def head(self, index: int, pred: Term) -> str:
        if pred == RDF_TYPE:
            return f',\n{self.i1}"@type": [\n{self.i2}'
        return f",\n{self.i1}{_json_string(compact_iri(pred, self.terms))}: [\n{self.i2}"

    def node_ids(self, iris: list[Term]) -> list[str]:
        """Return each IRI compacted, as a JSON string: the Turtle texts without brackets."""
        if iris and (min(iris)[0] != "<" or max(iris)[0] != "<"):  # '"' < '<' < '_'
            compact_iri(next(s for s in iris if s[0] != "<"), self.terms)  # raises
        said = texts(iris, self.terms.cache, self.terms.term)
        return list(map(_json_string, [s[1:-1] if s[0] == "<" else s for s in said]))

    subjects = node_ids

    def value(self, term: Term) -> str:
        if term[0] == "<":
            said = self.terms.cache.get(term) or self.terms.term(term)
            iri = said[1:-1] if said[0] == "<" else said
            text = f'{self.open_value}"@id": {_json_string(iri)}{self.close_value}'
        elif term[0] == '"':
            lexical, datatype, language = literal_parts(term)
            text = self.open_value + '"@value": ' + _json_string(lexical)
            if language:
                text += f',\n{self.i3}"@language": {_json_string(language)}'
            elif datatype is not None:
                dt = self.terms.compact(datatype) or datatype
                text += f',\n{self.i3}"@type": {_json_string(dt)}'
            text += self.close_value
        else:
            raise ClaimGraphError(f"RDF: expected an IRI or a literal, got {term!r}")
        if len(self.values) < CACHE_LIMIT:
            self.values[term] = text
        return text

    def cls(self, term: Term) -> str:
        text = self.classes[term] = _json_string(compact_iri(term, self.terms))
        return text

    def objects(self, pred: Term, objects: list[Term]) -> list[str]:
        if pred == RDF_TYPE:
            return texts(objects, self.classes, self.cls)
        return texts(objects, self.values, self.value)

    def joined(self, pred: Term, groups: list[tuple[Term, ...]]) -> list[str]:
        known, make = ((self.classes, self.cls) if pred == RDF_TYPE
                       else (self.values, self.value))
        key, item = self.terms.key, self.item
        return _each_once(groups, lambda group: item.join(
            [known.get(o) or make(o) for o in sorted(set(group), key=key)]))
