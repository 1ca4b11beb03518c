"""A remedy that "can help with the pain" works on that sign, not on the whole illness.

"Zorbulin can help with the pain", "plarbex may help if you have a high temperature",
"zorbulin may help treat inflammation" name what the remedy works on; before, each said
it worked on the page's illness.  Words after "help" that name no sign ("with
recovery") leave the claim on the illness.
"""

from __future__ import annotations

from pathlib import Path

from claimgraph.ingest.eased_signs import acted_on, sign_eased

from .grebble_pages import relations


def _on(tmp_path: Path, sentence: str) -> set[tuple[str, str, str]]:
    return relations(tmp_path, sentence, heading="Treatment")


def test_helps_with_a_sign(tmp_path: Path) -> None:
    found = _on(tmp_path, "Zorbulin can help with the pain.")
    assert ("zorbulin", "effective_for", "pain") in found
    assert ("zorbulin", "effective_for", "grebble fever") not in found


def test_helps_if_you_have_a_sign(tmp_path: Path) -> None:
    found = _on(tmp_path, "Plarbex may help if you have a high temperature.")
    assert ("plarbex", "effective_for", "high temperature") in found


def test_given_for_a_sign(tmp_path: Path) -> None:
    found = _on(tmp_path, "Plarbex cream can be given for itching.")
    assert ("plarbex cream", "used_for", "itching") in found


def test_no_sign_after_help_keeps_the_illness(tmp_path: Path) -> None:
    found = _on(tmp_path, "Zorbulin may help with recovery.")
    assert ("zorbulin", "effective_for", "grebble fever") in found
    assert sign_eased(" a lot") is None
    assert acted_on("may help", " inflammation") is None
