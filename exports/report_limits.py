"""Keep report.html small on big inputs: the top of each list, and a count of the rest.

A report page is read by a person, who reads the first screens of each
section; at 92 k synthetic claims the full page was 167 MB, which a browser
opens slowly if at all.  So each section of report.html shows its first
items in the report's own order (conflicts by rank, statements by support
within a topic area, gaps by how many sources make them) and says how many
it left out and which file holds them all: statements.csv, conflicts.csv,
gaps.csv and report.json are never cut.

The default limits sit well above what a hand-curated comparison has (the
bundled example's biggest list is 56 statements in one area), so small
reports are shown whole and their bytes do not change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Limits:
    """How many items of each list report.html draws (the rest are counted).

    Chosen so that 92 k synthetic claims over 10 sources give a page of
    4.6 MB, not 167 MB (``benchmarks/bench_html.py --claims 100000``): a
    statement row with its evidence is ~3 KB, a conflict card with its chart
    up to ~7 KB.
    """

    conflicts: int = 150  # primary conflicts, most pressing first
    secondary: int = 50  # per secondary section (stated vs hedged; not comparable)
    statements_per_area: int = 80  # comparison-table rows per topic area
    gaps_per_source: int = 60  # statements a source leaves out, per source
    charts: int = 40  # forest plots in the Figures section
    flagged: int = 100  # claims flagged for review in the summary


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True, slots=True)
class Cut:
    """The part of a list a page shows, and how many items it leaves out."""

    shown: list[Any]
    left_out: int


def first(items: Sequence[T], limit: int) -> Cut:
    """Return the first ``limit`` items (already in the order a reader wants)."""
    return Cut(list(items[:max(limit, 0)]), max(len(items) - max(limit, 0), 0))


def top(items: Sequence[T], limit: int, key: Callable[[T], Any]) -> Cut:
    """Return the ``limit`` items that sort first by ``key``, kept in their given order.

    Gaps are listed by topic area for an editor, but when some must be left
    out, the ones fewer sources make go first; the survivors keep the order
    the page groups them in.
    """
    if len(items) <= limit:
        return Cut(list(items), 0)
    keep = set(sorted(range(len(items)), key=lambda i: (key(items[i]), i))[:max(limit, 0)])
    return Cut([item for i, item in enumerate(items) if i in keep], len(items) - len(keep))


def left_out_total(cuts: Sequence[Cut]) -> int:
    """Return how many items all these cuts leave out."""
    return sum(c.left_out for c in cuts)


def describe_cuts(counts: dict[str, int]) -> list[str]:
    """Return "1,234 statements" phrases for the lists that lost items, in a fixed order."""
    return [f"{n:,} {what}" for what, n in counts.items() if n]


__all__ = ["DEFAULT_LIMITS", "Cut", "Limits", "describe_cuts", "first", "left_out_total", "top"]
