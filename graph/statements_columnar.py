"""Merge a large claim set into statements on columns, with polars.

The same statements as :func:`.statements.build_statements`, field for
field and in the same order, for claim sets of :data:`COLUMNS_FROM` claims
or more.  At a million claims the Python path hashed a nested key tuple per
claim, looked every statement's broader forms up one by one and made a set
per statement with several sources: 5-6 s of CPU against half a second for
a polars group-by of the same table.  Here the claims are read once into
columns (a few attribute reads per claim, in C), and polars does the work
that grows with the claims:

- grouping by key, on integer codes (entities, predicates, figures and
  qualifiers each coded once per distinct value);
- each statement's stances as bit masks of its sources (at most
  :data:`MAX_SOURCES` sources; past that the Python path runs), so the
  asserting, hedging and denying sources of a statement are a few integers,
  turned into the same sorted tuples once per distinct mask;
- partial support as joins: each backed statement widened to its subject's
  and object's ancestors (and to no qualifiers), joined with the statements
  that exist;
- the claims of a statement in their order, sorted in one go (only claims of
  one source and stance told apart by their place in a page are sorted in
  Python);
- the reading order, by ranks.

Python objects are made only for what a statement holds: its id (SHA-1 of
the key's text, as before; the text is put together from each distinct
value's ``repr``), its stance tuples and its status (both from tables over
the distinct values), its claims.  Whatever polars cannot hold (text with
lone surrogates, a subject that is not text) sends the claim set down the
Python path, so the result never depends on which path ran.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from hashlib import sha1
from itertools import repeat
from operator import attrgetter, is_
from typing import TYPE_CHECKING, Any

from .findings import Statement
from .model import Certainty, Claim, Polarity, ReviewStatus, columnwise
from .reading_order import figure_tail, rank_order

if TYPE_CHECKING:
    import polars as pl

    from .statements import Index

# Below this many claims the Python path is as quick, and needs no polars.
COLUMNS_FROM = 20_000
# A statement's sources are bits of one unsigned 64-bit mask.
MAX_SOURCES = 63
_NO_QUALIFIERS = (None, None, None)

_PREDICATE, _MEASURE, _SOURCE = (
    attrgetter(name) for name in ("predicate", "measure", "evidence.source"))
# The fields build_index reads, and the rest: two passes over the claims.
_INDEX = attrgetter("status", "predicate", "measure", "evidence.source")
_REST = attrgetter("subject", "object", "qualifiers", "polarity", "certainty")
_BLANK = Claim("", "")


@dataclass(frozen=True, slots=True)
class ClaimColumns:
    """The claims of an index as columns: Python lists and a polars frame of codes.

    ``frame`` has one row per claim: ``s``, ``o`` (entity codes, positions in
    ``names``; ``o`` null without object), ``p`` (position in
    ``predicate_names``), ``m`` and ``q`` (figure and qualifiers, coded by
    their keys), ``src`` (the source's position in the index's sorted
    sources) and ``bit`` (1 << ``src``), ``neg`` and ``hedged``.
    """

    subjects: list[str]
    predicates: list[str]
    objects: list[str | None]
    measures: list[Any]
    qualifiers: list[Any]
    frame: pl.DataFrame
    names: list[str]
    predicate_names: list[str]
    no_measure: int | None  # the code of no figure, if any claim has none
    no_qualifiers: int | None  # the code of qualifiers with no value, if any claim has them


def index_columns(claims: tuple[Claim, ...], read: dict[str, list[Any]]
                  ) -> tuple[tuple[Claim, ...], set[tuple[str, Any, str]]]:
    """Return the claims a reviewer did not reject, and their distinct (predicate, figure, source).

    What ``build_index`` needs, read in one pass over the claims (each claim
    visited once, not once per field); the columns are kept in ``read`` for
    :func:`claim_columns`.
    """
    statuses, predicates, measures, sources = _read(claims, _INDEX)
    if ReviewStatus.REJECTED in set(statuses):  # rare: read the kept claims again
        claims = tuple(c for c in claims if c.status is not ReviewStatus.REJECTED)
        statuses, predicates, measures, sources = _read(claims, _INDEX)
    read.update(predicate=predicates, measure=measures, source=sources)
    return claims, set(zip(predicates, measures, sources, strict=True))


def _read(claims: Sequence[Claim], get: attrgetter[Any]) -> list[list[Any]]:
    """Return the columns ``get`` reads (an attrgetter of several fields), in one pass."""
    if not claims:
        return [[] for _ in range(len(get(_BLANK)))]
    return list(map(list, zip(*map(get, claims), strict=True)))


def claim_columns(index: Index) -> ClaimColumns | None:
    """Return the index's claims as columns, or None when the Python path must run."""
    import polars as pl

    claims = index.claims
    if len(index.sources) > MAX_SOURCES:
        return None
    read = index.read

    def column(name: str, get: Callable[[Claim], Any]) -> list[Any]:
        found = read.get(name)
        return list(map(get, claims)) if found is None else found

    predicates = column("predicate", _PREDICATE)
    measures = column("measure", _MEASURE)
    subjects, objects, qualifiers, polarity, certainty = _read(claims, _REST)
    try:
        s_text = pl.Series(subjects, dtype=pl.String)
        o_text = pl.Series(objects, dtype=pl.String)
        p_text = pl.Series(predicates, dtype=pl.String)
        source = pl.Series(column("source", _SOURCE), dtype=pl.Enum(index.sources))
    except (TypeError, ValueError, UnicodeError, pl.exceptions.PolarsError):
        return None  # text polars cannot hold: the Python path takes it as it is
    if s_text.null_count() or p_text.null_count():
        return None
    names = pl.concat([s_text, o_text]).drop_nulls().unique(maintain_order=True)
    predicate_names = p_text.unique(maintain_order=True)
    m_codes, no_measure = _codes_by_key(measures, lambda m: None if m is None else m.key(), None)
    q_codes, no_qualifiers = _codes_by_key(qualifiers, lambda q: q.key(), _NO_QUALIFIERS)
    bits = pl.Series([1 << k for k in range(len(index.sources))], dtype=pl.UInt64)
    frame = pl.DataFrame({
        "s": s_text.cast(pl.Enum(names)).to_physical().cast(pl.UInt32),
        "p": p_text.cast(pl.Enum(predicate_names)).to_physical().cast(pl.UInt32),
        "o": o_text.cast(pl.Enum(names)).to_physical().cast(pl.UInt32),
        "m": m_codes, "q": q_codes,
        "src": source.to_physical().cast(pl.UInt64),
        "bit": bits.gather(source.to_physical()),
        "neg": pl.Series(list(map(is_, polarity, repeat(Polarity.NEGATED))), dtype=pl.Boolean),
        "hedged": pl.Series(list(map(is_, certainty, repeat(Certainty.HEDGED))),
                            dtype=pl.Boolean),
    })
    return ClaimColumns(subjects, predicates, objects, measures, qualifiers, frame,
                        names.to_list(), predicate_names.to_list(), no_measure, no_qualifiers)


def _codes_by_key(values: list[Any], key: Callable[[Any], object],
                  wanted: object) -> tuple[pl.Series, int | None]:
    """Code each value by its key, working the key out once per distinct object.

    The loader shares one object per distinct figure and qualifiers, so the
    objects are told apart by identity first (in polars), and only each
    distinct object's key is made in Python.  Also return the code of
    ``wanted`` (a key), None when no value has it.
    """
    import polars as pl

    ids = pl.Series(list(map(id, values)), dtype=pl.UInt64)
    first = ids.is_first_distinct().arg_true().to_list()
    codes: dict[object, int] = {}
    known = [codes.setdefault(key(values[i]), len(codes)) for i in first]
    coded = ids.replace_strict(ids.gather(first), known, return_dtype=pl.UInt32)
    return coded, codes.get(wanted)


def columnar_statements(index: Index, columns: ClaimColumns) -> tuple[Statement, ...]:
    """Return :func:`.statements.build_statements` of the index, worked out on columns."""
    import polars as pl

    from .statements import _AREA_ORDER, AREAS, _areas, _claim_fields, status_of

    claims = index.claims
    col = pl.col
    stance = {"a": ~col("neg") & ~col("hedged"), "h": ~col("neg") & col("hedged"),
              "d": col("neg")}
    groups = (columns.frame.with_row_index("i")
              .group_by(["s", "p", "o", "m", "q"], maintain_order=True)
              .agg(col("i").first().alias("first"), pl.len().alias("n"),
                   *(col("bit").filter(test).bitwise_or().alias(name)
                     for name, test in stance.items()),
                   col("i").alias("members"))
              .with_row_index("g")
              .with_columns(col("a").fill_null(0), col("h").fill_null(0), col("d").fill_null(0))
              .with_columns(col("h") & ~col("a"))  # a source that asserts and hedges asserts
              .with_columns((col("a") | col("h")).alias("sm")))
    if not len(groups):
        return ()
    firsts = groups["first"].to_list()
    subjects, predicates, objects, measures, qualifiers = (
        list(map(values.__getitem__, firsts)) for values in (
            columns.subjects, columns.predicates, columns.objects, columns.measures,
            columns.qualifiers))
    areas = _areas(predicates, measures)
    names = _MaskNames(index.sources)
    asserts, hedges, denies = (list(map(names.__getitem__, groups[name].to_list()))
                               for name in ("a", "h", "d"))
    covering = {area: len(sources) for area, sources in index.area_sources.items()}
    counted = groups.select(col("sm").bitwise_count_ones(), col("d").bitwise_count_ones())
    status = _Table(lambda k: status_of(k[0], k[1], covering.get(k[2], 0)))
    statuses = list(map(status.__getitem__, zip(
        counted["sm"].to_list(), counted["d"].to_list(), areas, strict=True)))
    ordered = _ordered(claims, groups, columns.frame, _claim_fields)
    partly = _partial(index, columns, groups)
    ids = _ids(claims, columns, groups, firsts)
    statements: list[Statement] = columnwise(Statement, len(firsts), (
        ids, subjects, predicates, objects, measures, qualifiers, areas,
        asserts, hedges, denies, partly, statuses, ordered))
    # Reading order: area, lowered subject label, predicate, lowered object label, then
    # the figure, qualifiers and id (figure_tail) for statements tied on those four.
    labels = index.labels
    by_code, no_object = _text_ranks([labels.get(name, name).lower() for name in columns.names])
    last = len(AREAS)
    area_rank = _rank_of([(_AREA_ORDER.get(area, last), area) for area in set(areas)])
    by_area = {area: rank for (_, area), rank in area_rank.items()}
    predicate_rank = _rank_of(columns.predicate_names)
    p_by_code = pl.Series(list(map(predicate_rank.__getitem__, columns.predicate_names)),
                          dtype=pl.UInt32)
    ranks = pl.DataFrame({
        "area": pl.Series(list(map(by_area.__getitem__, areas)), dtype=pl.UInt32),
        "s": by_code.gather(groups["s"]),
        "p": p_by_code.gather(groups["p"]),
        "o": by_code.gather(groups["o"]).fill_null(no_object),
    })
    days: dict[str | None, float] = {}
    order = rank_order(ranks, lambda i: figure_tail(measures[i], qualifiers[i], ids[i], days))
    return tuple(map(statements.__getitem__, order))


class _MaskNames(dict[int, tuple[str, ...]]):
    """A source mask -> the sorted tuple of its sources, made once per distinct mask."""

    def __init__(self, sources: Sequence[str]) -> None:
        super().__init__()
        self._sources = tuple(sources)

    def __missing__(self, mask: int) -> tuple[str, ...]:
        found = self[mask] = tuple(s for k, s in enumerate(self._sources) if mask >> k & 1)
        return found


class _Table(dict[Any, Any]):
    """A function's values, worked out once per distinct argument."""

    def __init__(self, fn: Callable[[Any], Any]) -> None:
        super().__init__()
        self._fn = fn

    def __missing__(self, key: Any) -> Any:
        found = self[key] = self._fn(key)
        return found


def _text_ranks(texts: list[str]) -> tuple[pl.Series, int]:
    """Return each text's rank among the texts and "" (Python's order), and the rank of "".

    Polars orders text by its UTF-8 bytes, which is the order of code points,
    as Python's; text it cannot hold is ranked by Python.
    """
    import polars as pl

    try:
        ranks = (pl.Series([*texts, ""], dtype=pl.String).rank("dense") - 1).cast(pl.UInt32)
    except (TypeError, ValueError, UnicodeError, pl.exceptions.PolarsError):
        rank = _rank_of([*texts, ""])
        ranks = pl.Series([rank[text] for text in [*texts, ""]], dtype=pl.UInt32)
    return ranks[:-1], ranks[-1]


def _rank_of(values: Sequence[Any]) -> dict[Any, int]:
    return {value: i for i, value in enumerate(sorted(set(values)))}


def _ordered(claims: Sequence[Claim], groups: pl.DataFrame, frame: pl.DataFrame,
             fields: Callable[[Claim], tuple[Any, ...]]) -> list[tuple[Claim, ...]]:
    """Return each statement's claims, ordered as ``statements._claim_order`` orders them.

    That order is by source, negated, not hedged, then place in the page; polars
    sorts by the first three (then by claim order, as a stable sort keeps it), and
    a statement with two claims of one source and stance is sorted in Python.
    """
    import polars as pl

    col = pl.col
    ordered: list[tuple[Claim, ...]] = list(zip(map(claims.__getitem__,
                                                    groups["first"].to_list())))
    multi = groups.filter(col("n") > 1).select("g", "n", "members")
    if not len(multi):
        return ordered
    members = multi.select("g", "members").explode("members")
    rows = members["members"]
    # One integer per claim: statement, source (its rank, < 64), negated, stated.
    key = (pl.col("g").cast(pl.UInt64) * 256 + pl.col("src") * 4
           + pl.col("neg").cast(pl.UInt64) * 2 + pl.col("stated").cast(pl.UInt64))
    sort = pl.DataFrame({
        "g": members["g"], "i": rows,
        "src": frame["src"].gather(rows), "neg": frame["neg"].gather(rows),
        "stated": ~frame["hedged"].gather(rows),
    })
    sort = sort.select("g", "i", key.alias("key")).sort("key", "i")
    tied = set(sort.filter(pl.col("key").is_duplicated())["g"].unique().to_list())
    flat = sort["i"].to_list()
    at = 0
    get = claims.__getitem__
    for g, n in zip(multi["g"].to_list(), multi["n"].to_list(), strict=True):
        rows_of = flat[at:at + n]
        at += n
        if g in tied:
            rows_of.sort(key=lambda i: (fields(claims[i]), i))
        ordered[g] = tuple(map(get, rows_of))
    return ordered


def _partial(index: Index, columns: ClaimColumns,
             groups: pl.DataFrame) -> list[tuple[str, ...]]:
    """Return each statement's partial support (``statements._partial_support``), by joins.

    A backed statement without a figure partly supports each existing statement
    with its predicate whose subject and object are it or broader, with its
    qualifiers or none, other than itself; sources that support or deny that
    statement outright are not counted.
    """
    import polars as pl

    col = pl.col
    partly: list[tuple[str, ...]] = [()] * len(groups)
    if columns.no_measure is None:
        return partly
    plain = groups.filter((col("m") == columns.no_measure) & col("o").is_not_null()
                          ).select("g", "s", "p", "o", "q", "sm", "d")
    backed = plain.filter(col("sm") != 0)
    if not len(backed):
        return partly
    up = _ancestors(index, columns.names)
    wide = (backed.join(up, left_on="s", right_on="e", how="left")
            .with_columns(pl.coalesce("b", "s").alias("s2")).drop("b")
            .join(up, left_on="o", right_on="e", how="left")
            .with_columns(pl.coalesce("b", "o").alias("o2")).drop("b"))
    wide = wide.with_columns(col("q").alias("q2"))
    if columns.no_qualifiers is not None:  # a qualified statement backs the plain one
        wide = pl.concat([wide, wide.filter(col("q") != columns.no_qualifiers).with_columns(
            pl.lit(columns.no_qualifiers, dtype=pl.UInt32).alias("q2"))])
    # A statement does not back itself: most (nothing broader) are done here.
    wide = wide.filter((col("s2") != col("s")) | (col("o2") != col("o"))
                       | (col("q2") != col("q")))
    targets = plain.select(col("g").alias("t"), "s", "p", "o", "q", col("sm").alias("t_sm"),
                           col("d").alias("t_d"))
    found = (wide.join(targets, left_on=["s2", "p", "o2", "q2"], right_on=["s", "p", "o", "q"])
             .filter(col("t") != col("g"))
             .group_by("t", "t_sm", "t_d").agg(col("sm").bitwise_or().alias("mask"))
             .select("t", col("mask") & ~(col("t_sm") | col("t_d")))
             .filter(col("mask") != 0))
    names = _MaskNames(index.sources)
    for t, mask in zip(found["t"].to_list(), found["mask"].to_list(), strict=True):
        partly[t] = names[mask]
    return partly


def _ancestors(index: Index, names: list[str]) -> pl.DataFrame:
    """Return (entity, broader or itself) code pairs for entities with anything broader.

    The hierarchy's links are followed transitively in polars, a step at a time
    from the newest pairs (a loop in the vocabulary ends when no pair is new), as
    ``Hierarchy.ancestors`` walks them one entity at a time.
    """
    import polars as pl

    col = pl.col
    narrower, broader = index.hierarchy.links()
    links = pl.DataFrame({"e": narrower, "b": broader}, schema={"e": pl.String, "b": pl.String})
    reach = new = links
    while len(new):
        step = (new.join(links, left_on="b", right_on="e")
                .select("e", col("b_right").alias("b")).unique())
        new = step.join(reach, on=["e", "b"], how="anti")
        reach = pl.concat([reach, new])
    code = pl.DataFrame({"name": names, "code": pl.int_range(len(names), dtype=pl.UInt32,
                                                                eager=True)},
                        schema={"name": pl.String, "code": pl.UInt32})
    pairs = (reach.filter(col("e") != col("b"))
             .join(code, left_on="e", right_on="name").rename({"code": "ce"})
             .join(code, left_on="b", right_on="name").select(col("ce").alias("e"),
                                                              col("code").alias("b")))
    return pl.concat([pairs, pairs.select("e", col("e").alias("b")).unique()])


def _ids(claims: Sequence[Claim], columns: ClaimColumns, groups: pl.DataFrame,
         firsts: list[int]) -> list[str]:
    """Return each statement's id: ``model.statement_ids`` of its first claim's key.

    A key's text is ``str(key)``: the ``repr`` of its parts joined, so each distinct
    entity, predicate and qualifiers key is written once and polars joins them.  A key
    with a figure (a few in a hundred) is written by Python from the claim itself: two
    equal figures may still print differently (0.0 and -0.0).
    """
    import polars as pl

    from .model import _key_text

    seen = groups.select("q", "first").unique("q", keep="first")
    quals = {code: repr(columns.qualifiers[i].key())
             for code, i in zip(seen["q"].to_list(), seen["first"].to_list(), strict=True)}
    entity = pl.Series(list(map(repr, columns.names)), dtype=pl.String)
    predicate = pl.Series(list(map(repr, columns.predicate_names)), dtype=pl.String)
    qualifier = pl.Series([quals.get(k, "") for k in range(max(quals) + 1)], dtype=pl.String)
    text = pl.select(pl.concat_str([
        pl.lit("("), entity.gather(groups["s"]), pl.lit(", "), predicate.gather(groups["p"]),
        pl.lit(", "), entity.gather(groups["o"]).fill_null("None"), pl.lit(", None, "),
        qualifier.gather(groups["q"]), pl.lit(")")]).cast(pl.Binary)).to_series().to_list()
    figured = groups.select(pl.col("m").ne_missing(columns.no_measure)).to_series()
    for g in figured.arg_true().to_list():
        text[g] = _key_text(claims[firsts[g]].key()).encode("utf-8")
    return ["st-" + sha1(t).hexdigest()[:12] for t in text]
