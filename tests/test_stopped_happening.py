"""Care that "stops" a thing from doing something prevents the thing.

"Zorbulin helps stop blood clots forming in the arteries" says zorbulin prevents
clots; before, it "targeted" the whole phrase "blood clots forming in the arteries".
"Stop the bleeding" (a thing in -ing, no act) and "keep the eye from drying out" (a
part kept from harm) are left to the readings they had.
"""

from __future__ import annotations

from pathlib import Path

from claimgraph.ingest.stopped_happening import kept_from

from .grebble_pages import relations


def test_stop_a_thing_forming(tmp_path: Path) -> None:
    found = relations(tmp_path, "Zorbulin helps stop blood clots forming in the arteries.",
                      heading="Treatment")
    assert ("zorbulin", "prevents", "blood clots") in found
    assert not any("forming" in o for _, _, o in found)


def test_a_thing_in_ing_or_a_part_is_kept_as_read(tmp_path: Path) -> None:
    found = relations(tmp_path, "Zorbulin is used to stop the bleeding.", heading="Treatment")
    assert ("zorbulin", "targets", "bleeding") in found
    assert kept_from("keep", " the eye from drying out") is None
    assert kept_from("reduce", " clots forming") is None
