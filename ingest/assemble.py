"""Put loaded claims together: each claim once, repeats noted, in the ClaimSet's order.

A claim set lists its claims by source, subject, predicate and object, and
by id where those tie; a claim written twice word for word is kept once,
with a warning at the repeat's line.  Done claim by claim -- an identity
tuple made and hashed for every claim, then a sort of a million joined
strings in Python -- this was a quarter of loading a million claims (3 s).

Two claims can only be the same claim, or tie in that order, when they
share those four fields.  So polars finds the claims that share them and
sorts all claims by them (text sorts by its UTF-8 bytes there, which is
code point order, as Python sorts it); only the claims that share their
four fields with another -- a fifth of a synthetic corpus, the repeats
among them -- are looked at in Python, with the same rules as before.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from operator import attrgetter

from claimgraph.graph.errors import Problem
from claimgraph.graph.model import Certainty, Claim, Polarity, ReviewStatus

Identity = tuple[object, ...]
# Below this many claims Python ranks and sorts them itself: not worth importing polars
# (0.1 s) for a hand-written project.
POLARS_FROM = 20_000


def identity(claim: Claim) -> Identity:
    """Return the fields :attr:`Claim.id` hashes, as a tuple: equal tuples, equal ids.

    Hashing a million ids costs seconds; comparing these tuples costs nothing,
    so ids are computed only where two claims share them.
    """
    ev = claim.evidence
    # Polarity and certainty as booleans: an enum member hashes in Python code, a bool in C.
    return (claim.subject, claim.predicate, claim.object, claim.measure, claim.qualifiers,
            ev.source, claim.polarity is Polarity.NEGATED, claim.certainty is Certainty.HEDGED,
            ev.section, ev.anchor, ev.start, ev.end)


def assemble(claims: Sequence[Claim], *, include_rejected: bool = False
             ) -> tuple[tuple[Claim, ...], list[Problem]]:
    """Return the claims once each, in ClaimSet order, and a warning for each repeat.

    Args:
        claims: the claims of every file, in file order (repeats and rejected ones too).
        include_rejected: keep claims a reviewer marked ``rejected``.

    Returns:
        The kept claims sorted by (source, subject, predicate, object, id), and
        one warning per claim that repeats an earlier one word for word, in
        file order.

    >>> from claimgraph.graph.model import Evidence
    >>> a = Claim("warfarin", "causes", "calciphylaxis", evidence=Evidence("nkf", origin="c:2"))
    >>> b = Claim("gout", "causes", "pain", evidence=Evidence("mayo", origin="c:3"))
    >>> again = Claim("warfarin", "causes", "calciphylaxis",
    ...               evidence=Evidence("nkf", origin="c:4"))
    >>> kept, notes = assemble([a, b, again])
    >>> kept == (b, a), [(n.line, n.got) for n in notes]
    (True, [(4, 'a repeat of the claim at c:2')])
    """
    if not claims:
        return (), []
    rows = _rows(claims)
    shared = rows.shared()
    identities = {i: identity(claims[i]) for i in shared}
    first, clash = _firsts(claims, identities)
    notes = _repeats(claims, identities, first)
    dropped: set[int] = set()
    if not include_rejected and ReviewStatus.REJECTED in set(map(_STATUS, claims)):
        dropped.update(i for i, claim in enumerate(claims)
                       if claim.status is ReviewStatus.REJECTED)
        identities = {i: found for i, found in identities.items() if i not in dropped}
        first, clash = _firsts(claims, identities)
    if clash:  # equal fields written two ways (1 and 1.0): one identity, two ids
        first = _by_id(claims, identities)
    dropped.update(set(identities).difference(first.values()))
    return tuple(map(claims.__getitem__, rows.order(dropped, _by_id_order(claims)))), notes


_STATUS = attrgetter("status")


def _by_id_order(claims: Sequence[Claim]) -> Callable[[list[int]], dict[int, int]]:
    """Return what ranks claims (positions) by id: the order of claims that tie on four fields.

    Ids are hashed only for those: a few thousand claims, not a million.
    """
    def rank(tied: list[int]) -> dict[int, int]:
        by_id = sorted(tied, key=lambda i: claims[i].id)
        return dict(zip(by_id, range(1, len(by_id) + 1), strict=True))
    return rank


def _firsts(claims: Sequence[Claim], identities: dict[int, Identity]
            ) -> tuple[dict[Identity, int], bool]:
    """Return the first position of each identity, and whether two of one identity have two ids."""
    first: dict[Identity, int] = {}
    clash = False
    for i, found in identities.items():
        seen = first.setdefault(found, i)
        if seen != i and not clash and not _same_id(claims[seen], claims[i]):
            clash = True
    return first, clash


def _by_id(claims: Sequence[Claim], identities: dict[int, Identity]) -> dict[Identity, int]:
    """Tell claims apart by id; of two with one identity and two ids the later is kept.

    This is what the loader always did when a figure is written two ways.
    """
    by_id: dict[str, int] = {}
    for i in identities:
        by_id.setdefault(claims[i].id, i)
    return {identities[i]: i for i in by_id.values()}


def _rows(claims: Sequence[Claim]) -> _Rows:
    """Return the claims' four ordering fields, in polars for a large file when it can hold them."""
    fields = [list(map(_SOURCE, claims)), list(map(_SUBJECT, claims)),
              list(map(_PREDICATE, claims)), [c or "" for c in map(_OBJECT, claims)]]
    if len(claims) >= POLARS_FROM:
        try:
            return _Frame(fields)
        except UnicodeEncodeError:  # a lone surrogate (from a JSON escape): not UTF-8 text
            pass
    return _Rows(fields)


_SOURCE, _SUBJECT, _PREDICATE, _OBJECT = (
    attrgetter(name) for name in ("evidence.source", "subject", "predicate", "object"))
Ranker = Callable[[list[int]], dict[int, int]]


class _Rows:
    """Each claim's source, subject, predicate and object (no object: ""), in Python.

    Tuples of texts compare code point by code point, as the order always had it.
    """

    def __init__(self, fields: list[list[str]]) -> None:
        self.keys = list(zip(*fields, strict=True))

    def shared(self) -> list[int]:
        """Return, ascending, the positions of claims whose four fields another claim has."""
        counts = Counter(self.keys)
        return [i for i, key in enumerate(self.keys) if counts[key] > 1]

    def order(self, dropped: set[int], rank: Ranker) -> list[int]:
        """Return the positions not dropped, sorted by their fields, then as ``rank`` ties them."""
        keys = self.keys
        kept = [i for i in range(len(keys)) if i not in dropped]
        counts = Counter(keys[i] for i in kept)
        tie = rank([i for i in kept if counts[keys[i]] > 1])
        return sorted(kept, key=lambda i: (keys[i], tie.get(i, 0)))


class _Frame(_Rows):
    """The same four fields as polars columns: found and sorted in Rust.

    Polars sorts text by its UTF-8 bytes, which is code point order too.
    """

    def __init__(self, fields: list[list[str]]) -> None:
        import polars as pl  # imported by the CSV reader already

        self.frame = pl.DataFrame([pl.Series(name, column, dtype=pl.String)
                                   for name, column in zip(_FIELDS, fields, strict=True)])

    def shared(self) -> list[int]:
        """Return, ascending, the positions of claims whose four fields another claim has."""
        import polars as pl

        found = self.frame.select(pl.struct(_FIELDS).is_duplicated().arg_true())
        return found.to_series().to_list()

    def order(self, dropped: set[int], rank: Ranker) -> list[int]:
        """Return the positions not dropped, sorted by their fields, then as ``rank`` ties them."""
        import polars as pl

        frame = self.frame.with_row_index("at")
        if dropped:
            frame = frame.filter(~pl.col("at").is_in(sorted(dropped)))
        tied = frame.filter(pl.struct(_FIELDS).is_duplicated()).get_column("at").to_list()
        tie = rank(tied)
        frame = frame.with_columns(pl.col("at").replace_strict(
            list(tie), list(tie.values()), default=0, return_dtype=pl.UInt32).alias("tie"))
        return frame.sort([*_FIELDS, "tie"]).get_column("at").to_list()


_FIELDS = ("source", "subject", "predicate", "object")


def _repeats(claims: Sequence[Claim], identities: dict[int, Identity],
             first: dict[Identity, int]) -> list[Problem]:
    """Return a warning for each claim that repeats an earlier one word for word.

    Only claims that share their four fields with another can be repeats;
    they are visited in file order, so the warnings come in file order.
    """
    notes = []
    for i, found in identities.items():
        seen = first[found]
        if seen == i or not _same_id(claims[seen], claims[i]):
            continue
        claim = claims[i]
        where, _, line = (claim.evidence.origin or "").rpartition(":")
        notes.append(Problem(where or claim.evidence.origin or "", int(line) if line.isdigit()
                             else None, "each claim once",
                             f"a repeat of the claim at {claims[seen].evidence.origin}",
                             "delete one of them (the first is kept)", severity="warning"))
    return notes


def _same_id(a: Claim, b: Claim) -> bool:
    """Whether two claims of one identity have one id (equal fields written alike).

    Text, enums, None and whole numbers are equal exactly when they are
    written alike, so only a figure or an offset of another type (1 and 1.0,
    0.0 and -0.0) needs the two ids hashed: most repeats skip two SHA-1s.
    """
    plain = (a.measure is None and b.measure is None
             and all(type(n) in _PLAIN_NUMBERS for n in (a.evidence.start, a.evidence.end,
                                                          b.evidence.start, b.evidence.end)))
    return plain or a.id == b.id


_PLAIN_NUMBERS = (type(None), int)
