"""Put statements in reading order: topic area, subject, predicate, object, figure.

The order is a tuple per statement -- area, lowered subject label,
predicate, lowered object label, then the figure, the qualifiers and the
id -- and sorting 600 000 such tuples (each made by a Python call) was a
fifth of grouping a million claims.  Most statements are told apart by
their first five parts, which take few distinct values (a dozen areas,
some thousand labels).  So each part is ranked once per distinct value,
the five ranks make one integer per statement, and polars sorts the
integers; only statements whose integers tie (figures of one quantity, a
claim with and without qualifiers) are ordered by the rest of the tuple,
in Python.  The result is the order the tuples give.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from typing import TYPE_CHECKING

from .measures import horizon_days
from .model import Measure, Qualifiers

if TYPE_CHECKING:
    import polars as pl

# Below this many statements Python sorts them itself: not worth importing polars.
POLARS_FROM = 20_000
_U64 = 2**64


def reading_order(areas: Sequence[tuple[int, str]], subjects: Sequence[str],
                  predicates: Sequence[str], objects: Sequence[str],
                  tail: Callable[[int], tuple[object, ...]]) -> list[int]:
    """Return the positions of statements in the order of their reading keys.

    A statement's key is ``(*areas[i], subjects[i], predicates[i], objects[i],
    *tail(i))``, compared as a tuple; ``subjects`` and ``objects`` are the
    lowered labels, ranked together.  ``tail`` is asked only for statements
    whose first five parts tie with another's.

    >>> areas = [(0, "risk")] * 3
    >>> tails = {0: (2.0,), 1: (), 2: (1.0,)}
    >>> reading_order(areas, ["b", "a", "a"], ["p"] * 3, ["", "", ""], tails.__getitem__)
    [1, 2, 0]
    """
    labels = _ranks([*subjects, *objects])
    ranks = (_ranks(areas), labels, _ranks(predicates), labels)
    area, subject, predicate, obj = (
        _ranked(values, rank) for values, rank in zip(
            (areas, subjects, predicates, objects), ranks, strict=True))
    n_subject, n_predicate, n_object = (len(rank) for rank in ranks[1:])
    primary = [((a * n_subject + s) * n_predicate + p) * n_object + o
               for a, s, p, o in zip(area, subject, predicate, obj, strict=True)]
    size = len(ranks[0]) * n_subject * n_predicate * n_object
    if len(primary) < POLARS_FROM or size >= _U64:
        counts = Counter(primary)
        tied = [i for i, p in enumerate(primary) if counts[p] > 1]
        tie = _tie_ranks(tied, primary, tail)
        return sorted(range(len(primary)), key=lambda i: (primary[i], tie.get(i, 0)))
    import polars as pl

    frame = pl.DataFrame([pl.Series("key", primary, dtype=pl.UInt64)])
    tied = frame.select(pl.col("key").is_duplicated().arg_true()).to_series().to_list()
    ties = [0] * len(primary)
    for i, rank in _tie_ranks(tied, primary, tail).items():
        ties[i] = rank
    frame = frame.with_columns(pl.Series("tie", ties, dtype=pl.UInt32))
    return frame.select(pl.arg_sort_by("key", "tie")).to_series().to_list()


def rank_order(ranks: pl.DataFrame, tail: Callable[[int], tuple[object, ...]]) -> list[int]:
    """Return the positions of rows sorted by their rank columns, then by ``tail``.

    Like :func:`reading_order` for keys already ranked column by column (the
    columnar grouping has them as codes): ``tail(i)`` is asked only for rows
    that tie on every rank column.

    >>> import polars as pl
    >>> ranks = pl.DataFrame({"area": [0, 0, 0], "subject": [1, 0, 0]})
    >>> rank_order(ranks, {0: (2.0,), 1: (), 2: (1.0,)}.__getitem__)
    [1, 2, 0]
    """
    import polars as pl

    sizes = ranks.select(pl.all().max().fill_null(0).cast(pl.Float64) + 1).row(0)
    if float(math.prod(sizes)) < _U64 / 2:  # one integer per row: quicker to compare
        key = pl.lit(0, dtype=pl.UInt64)
        for name, size in zip(ranks.columns, sizes, strict=True):
            key = key * int(size) + pl.col(name).cast(pl.UInt64)
        ranks = ranks.select(key.alias("key"))
    columns = ranks.columns
    tied = ranks.select(pl.struct(columns).is_duplicated().arg_true()).to_series().to_list()
    ties = [0] * len(ranks)
    if tied:
        primary = list(ranks[tied].iter_rows())
        where = dict(zip(tied, primary, strict=True))
        ordered = sorted(tied, key=lambda i: (where[i], tail(i)))
        for rank, i in enumerate(ordered, 1):
            ties[i] = rank
    ranks = ranks.with_columns(pl.Series("_tie", ties, dtype=pl.UInt32))
    return ranks.select(pl.arg_sort_by(*columns, "_tie")).to_series().to_list()


def _tie_ranks(tied: list[int], primary: list[int],
               tail: Callable[[int], tuple[object, ...]]) -> dict[int, int]:
    """Return each tied position's rank (from 1) by its primary key, then its tail."""
    ordered = sorted(tied, key=lambda i: (primary[i], tail(i)))
    return dict(zip(ordered, range(1, len(ordered) + 1), strict=True))


def _ranks(values: Sequence[Hashable]) -> dict[Hashable, int]:
    """Return each distinct value's position among them, sorted."""
    return {value: i for i, value in enumerate(sorted(set(values)))}  # type: ignore[type-var]


def _ranked(values: Sequence[Hashable], ranks: dict[Hashable, int]) -> list[int]:
    return list(map(ranks.__getitem__, values))


def figure_tail(measure: Measure | None, qualifiers: Qualifiers | None, statement_id: str,
                days: dict[str | None, float]) -> tuple[object, ...]:
    """Return what orders statements after area, subject, predicate and object.

    The figure (kind, horizon in days, point, bound), the qualifiers, the id;
    ``days`` keeps each horizon's days, worked out once.
    """
    figure: tuple[object, ...] = ()
    if measure is not None:
        horizon = days.get(measure.horizon)
        if horizon is None:
            horizon = days[measure.horizon] = horizon_days(measure.horizon) or 0.0
        figure = (measure.kind, horizon, measure.point(), str(measure.bound))
    q = qualifiers
    # Qualifiers of no value give ("", "", "") either way: no __bool__ call needed.
    quals = ("", "", "") if q is None else (q.population or "", q.setting or "", q.level or "")
    return (figure, quals, statement_id)
