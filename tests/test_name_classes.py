"""Entity naming classes: what a claim's subject or object is called, on pages of our own."""

from __future__ import annotations

from pathlib import Path

from .grebble_pages import relations


def test_a_site_keeps_the_tissue_word_after_it(tmp_path: Path) -> None:
    """'nerve roots' and 'nerve tissue' are the sites named, not a bare nerve."""
    got = {o for _, p, o in relations(tmp_path, "The grebble germ hides in nerve roots near the "
                                      "spine.\nIt also settles in nerve tissue.", "Symptoms")
           if p == "affects"}
    assert got == {"nerve roots", "nerve tissue"}
