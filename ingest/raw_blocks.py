"""The blocks a reader hands on: a heading, a paragraph or a list item, with its text.

Kept apart from :mod:`.documents` so the modules that reshape a reader's
blocks (:mod:`.bare_lists`, :mod:`.sections`) can be imported on their own:
:mod:`.documents` registers the readers when it loads, and the readers use
those modules, so taking these names from it made a cycle.
"""

from __future__ import annotations

from dataclasses import dataclass

HEADING = "heading"
PARAGRAPH = "paragraph"
ITEM = "item"


@dataclass(frozen=True, slots=True)
class RawBlock:
    """One heading, paragraph or list item as a reader found it, before offsets."""

    kind: str
    text: str
    level: int = 0  # heading level (1 = top); 0 for other blocks
