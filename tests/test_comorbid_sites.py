"""A body part named inside another illness someone has is no site of the topic."""

from __future__ import annotations

from pathlib import Path

from .grebble_pages import relations


def test_a_part_named_in_another_illness_is_no_site(tmp_path: Path) -> None:
    """ "people with kidney disease", "kidney-related disorders": no site; "the legs" is one."""
    got = relations(tmp_path, "Grebble fever is most often found in people with end-stage "
                              "kidney disease, but it can also occur in other kidney-related "
                              "disorders. It can also damage the skin of the legs.",
                    heading="Causes")
    assert ("grebble fever", "affects", "kidney") not in got
    assert ("grebble fever", "affects", "legs") in got
    assert ("end-stage kidney disease", "increases_risk_of", "grebble fever") in got
