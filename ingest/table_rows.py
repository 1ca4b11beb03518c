"""Tables whose rows list signs, remedies or tests: each row read as a list item.

Every reader hands a table on as one block per row, its cells joined by " | "
(a paragraph, or an item where the plain-text reader took the rows for a list
that lost its bullets).  Read as sentences, a header row "Drug | Dose" became a remedy and a
row "Stiff neck | 80%" a figure of the page's topic with no sign.  A person
reads such a table as a list: the first column names the things, the header
(or the heading above the table) says what kind of things they are, and the
other cells say something about each.  So when the header's first cell or the
heading above announces a kind a list can hold, the rows become list items,
"Stiff neck (80%)", which the list rules read like any other item (the sign,
and the share of people who have it), and the header becomes the lead-in of
that list, read for its kind only.  Tables announcing no such kind (years
and case counts, say) are left as they are.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimgraph.ingest import re_cache as re

from .bare_lists import LIST_SECTION_TYPES
from .patterns import ELSEWHERE, names_no_type, section_type
from .raw_blocks import HEADING, ITEM, PARAGRAPH, RawBlock

CELL = " | "
# "| --- | :---: |": the line under a Markdown table's header; it holds at least one pipe.
TABLE_DELIMITER = re.compile(r"^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?$|^\|\s*:?-+:?\s*\|$")


def row_cells(line: str) -> list[str]:
    """Return the cells of a table row written with pipes ("| a | b |" or "a | b"), each
    stripped, empty ones kept (the plain-text and Markdown readers and :func:`table_items`
    all split rows this one way)."""
    return [c.strip() for c in line.strip().strip("|").split("|")]


def _cells(block: RawBlock) -> list[str] | None:
    """Return a row's cells, or None when the block is no table row."""
    if block.kind == HEADING or CELL not in block.text:
        return None
    cells = row_cells(block.text)
    return cells if len(cells) >= 2 and cells[0] else None


def _is_header(cells: list[str]) -> bool:
    """Return whether a row names columns: short cells with no digit in them."""
    return all(len(c.split()) <= 6 and not any(ch.isdigit() for ch in c) for c in cells)


# A cell longer than this is a clause ("midge bite | raises the risk of it in 5 of 10"): the
# row is a sentence laid out in cells, left for the sentence rules.
MAX_CELL_WORDS = 8


def _lists_things(rows: list[list[str]]) -> bool:
    """Return whether every row's other cells are short: notes on the thing the first names."""
    return all(len(c.split()) <= MAX_CELL_WORDS for cells in rows for c in cells[1:])


def _fields(rows: list[list[str]]) -> bool:
    """Return whether a table is fields and values: two cells a row, short labels first, two
    or more of which name a kind of claim ("Symptoms", "Treatment")."""
    if len(rows) < 2 or not all(len(r) == 2 and len(r[0].split()) <= 4 for r in rows):
        return False
    if len(rows) < _LONG_TABLE:
        return sum(section_type(r[0]) in LIST_SECTION_TYPES for r in rows) >= 2
    # A long table's cells naming no type's words are none (see patterns.names_no_type).
    return sum(not names_no_type(r[0]) and section_type(r[0]) in LIST_SECTION_TYPES
               for r in rows) >= 2


# Rows from which _fields looks at first cells through one search for the types' words:
# making that search costs a few milliseconds once, a short table's rows far less.
_LONG_TABLE = 200


# A first column naming groups of people, and a column naming a rate of them.
# (Years and case counts stay rows: "2019 | 120" is read as a count in its year.)
_GROUP_COLUMN = re.compile(r"(?:age(?: group| band| range)?s?|country|countries|region|area|"
                           r"sex|gender|group|population|setting)", re.I)
_RATE_COLUMN = re.compile(r"\b(?:death|mortality|fatality|survival|incidence|prevalence|"
                          r"recovery|rate|risk)\b", re.I)
_AGE_COLUMN = re.compile(r"age", re.I)


def _group_rates(head: list[str], cells: list[str]) -> list[str]:
    """Return a row of a group table as sentences, one per rate cell."""
    group = cells[0].strip()
    if not group:
        return []
    who = f"people aged {group[0].lower()}{group[1:]}" if _AGE_COLUMN.match(head[0]) else group
    return [f"The {name.strip().lower()} in {who} is {value.strip()}."
            for name, value in zip(head[1:], cells[1:], strict=False)
            if value.strip() and any(ch.isdigit() for ch in value)]


def _as_item(cells: list[str]) -> str:
    """Return a row as an item: its first cell, the others in brackets after it."""
    rest = "; ".join(c for c in cells[1:] if c and c not in ("-", "–", "—"))
    return f"{cells[0]} ({rest})" if rest else cells[0]


def table_items(blocks: Sequence[RawBlock]) -> list[RawBlock]:
    """Return ``blocks`` with the rows of each table that lists things as list items.

    >>> rows = [RawBlock(HEADING, "About", 2), RawBlock(PARAGRAPH, "Sign | How often"),
    ...         RawBlock(PARAGRAPH, "Stiff neck | 80%")]
    >>> [b.text for b in table_items(rows)]
    ['About', 'Sign | How often:', 'Stiff neck (80%)']
    """
    out: list[RawBlock] = []
    heading_type: str | None = None
    i = 0
    while i < len(blocks):
        block = blocks[i]
        head = _cells(block)
        if block.kind == HEADING and CELL in block.text and i + 1 < len(blocks) and (
                below := _cells(blocks[i + 1])) is not None and \
                len(below) == len(row_cells(block.text)):
            head = row_cells(block.text)  # a header row taken for a heading: the table's own
        elif block.kind == HEADING:
            heading_type = section_type(block.text)
        if head is None:
            out.append(block)
            i += 1
            continue
        rows = [head]  # each row's cells split once: a long table has thousands of rows
        end = i + 1
        while end < len(blocks) and (cells := _cells(blocks[end])) is not None:
            rows.append(cells)
            end += 1
        if _fields(rows):
            # "Symptoms | Stiff neck, purple rash": an infobox, each row a field and its
            # value, read as the "Symptoms: ..." line a page would write.
            out.extend(RawBlock(PARAGRAPH, f"{cells[0]}: {'; '.join(cells[1:])}")
                       for cells in rows)
            i = end
            continue
        has_header = _is_header(head)
        if has_header and len(rows) >= 2 and _GROUP_COLUMN.fullmatch(head[0]) and any(
                _RATE_COLUMN.search(c) for c in head[1:]):
            # "Age group | Death rate" / "Under 50 | 1%": each row a rate in a group, read
            # as the sentence a page would write ("The death rate in people aged under 50
            # is 1%"); read as an item, the group was the thing measured.
            out.extend(RawBlock(PARAGRAPH, sentence) for cells in rows[1:]
                       for sentence in _group_rates(head, cells))
            i = end
            continue
        kind = section_type(head[0]) if has_header else None
        if has_header and any(section_type(c) in LIST_SECTION_TYPES for c in head[1:]):
            kind = ELSEWHERE  # "Complication | Treatment": each row pairs two things
        lists = kind in LIST_SECTION_TYPES or (kind is None and heading_type in LIST_SECTION_TYPES)
        if not lists or len(rows) < 2 or not _lists_things(rows):
            out.extend(blocks[i:end])
            i = end
            continue
        if has_header:
            # The header leads the list: its kind types the items, and a lead-in ending
            # in a colon is read for that, not as a claim of its own.
            out.append(RawBlock(PARAGRAPH, f"{CELL.join(head)}:"))
            rows = rows[1:]
        out.extend(RawBlock(ITEM, _as_item(cells)) for cells in rows)
        i = end
    return out
