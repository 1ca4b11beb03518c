"""A body part said to be put in a state ("the facial nerve becomes inflamed") is a site."""

from __future__ import annotations

from pathlib import Path

from .grebble_pages import relations


def test_part_in_a_state_is_a_site(tmp_path: Path) -> None:
    """A named part that becomes inflamed is a part the illness affects, beside the process."""
    found = relations(tmp_path, "In grebble fever, the facial nerve becomes inflamed.")
    assert ("grebble fever", "affects", "facial nerve") in found
    assert ("grebble fever", "involves", "facial nerve inflammation") in found


def test_part_made_swollen_by_the_topic_is_a_site(tmp_path: Path) -> None:
    """What the topic causes to swell is a part it affects."""
    found = relations(tmp_path, "Grebble fever causes the facial nerve to become swollen.")
    assert ("grebble fever", "affects", "facial nerve") in found


def test_denied_state_gives_no_site(tmp_path: Path) -> None:
    """A part said not to become inflamed is no site of it."""
    found = relations(tmp_path, "In grebble fever, the facial nerve does not become inflamed.")
    assert ("grebble fever", "affects", "facial nerve") not in found


def test_a_wall_in_a_state_is_no_new_site(tmp_path: Path) -> None:
    """"The wall of the artery" in a state names the artery's wall, not a site of its own."""
    found = relations(tmp_path, "Grebble fever weakens the wall of the artery.")
    assert ("grebble fever", "affects", "artery wall") not in found


def test_tissue_in_a_state_is_no_site(tmp_path: Path) -> None:
    """Bare "tissues" name no body part, so their state gives no site."""
    found = relations(tmp_path, "In grebble fever, the tissues become swollen.")
    assert not any(pred == "affects" for _, pred, _ in found)
