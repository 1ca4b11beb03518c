"""How an illness works, said in the sentence that defines it.

Sentences are our own words about a made-up illness ("grebble fever").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .grebble_pages import relations


def _works(got: set[tuple[str, str, str]]) -> set[str]:
    return {o for s, p, o in got if p == "involves" and s == "grebble fever"}


@pytest.mark.parametrize("sentence", [
    "Grebble fever is a disorder in which the immune system attacks the body's own tissues.",
    "It is a rare condition where the immune system attacks the nerves.",
])
def test_a_definition_with_in_which_says_how_it_works(tmp_path: Path, sentence: str) -> None:
    """"X is a disorder in which the immune system attacks Y": X works by that attack."""
    assert "abnormal immune response" in _works(relations(tmp_path, sentence))


def test_another_thing_defined_with_where_is_not_the_topic(tmp_path: Path) -> None:
    """"Glaucoma is a condition where ..." on a page about grebble fever is glaucoma's."""
    got = relations(tmp_path, "Glaucoma is a condition where the immune system attacks "
                              "the eye.")
    assert not _works(got)


@pytest.mark.parametrize(("sentence", "process"), [
    ("Grebble fever is a type of vasculitis.", "vasculitis"),
    ("It is a rare form of arthritis.", "arthritis"),
])
def test_a_kind_of_inflammation_names_how_it_works(tmp_path: Path, sentence: str,
                                                   process: str) -> None:
    """"X is a type of vasculitis": X inflames the vessels, so it involves vasculitis."""
    assert process in _works(relations(tmp_path, sentence))


@pytest.mark.parametrize("sentence", [
    "Grebble fever is not a type of arthritis.",
    "Quentellitis is a type of arthritis.",
    "Grebble fever is a common cause of arthritis.",
])
def test_a_kind_of_inflammation_only_when_the_topic_is_one(tmp_path: Path,
                                                           sentence: str) -> None:
    """Denied, said of another illness, or named as a result: not how the topic works."""
    assert "arthritis" not in _works(relations(tmp_path, sentence))


def test_a_setting_before_what_forms_is_no_part_of_its_name(tmp_path: Path) -> None:
    """"In grebble fever, clumps of cells form in the lungs": the clumps, not the setting."""
    got = _works(relations(tmp_path, "In grebble fever, clumps of cells form in the lungs."))
    assert "clumps of cells" in got
    assert not any(w.startswith("in ") for w in got)


@pytest.mark.parametrize("sentence", [
    "It can cause organs to fail.",
    "The toxins can cause several organs to stop working.",
])
def test_organs_made_to_fail_are_organ_failure_only(tmp_path: Path, sentence: str) -> None:
    """"cause organs to fail" names organ failure, not "organs to fail" nor organs as a
    result of the toxins."""
    got = relations(tmp_path, sentence)
    assert ("grebble fever", "has_complication", "organ failure") in got
    assert not any("organs" in o or "organs" in s for s, _, o in got)
