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
