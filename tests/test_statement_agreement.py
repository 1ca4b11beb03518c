"""A statement's verb agrees with its subject in every report: "antivirals are used for"."""

from __future__ import annotations

import pytest

from claimgraph.graph.agreement import agreeing, is_plural

from .compare_samples import claim, run


@pytest.mark.parametrize(("name", "plural"), [
    ("antivirals", True), ("blood tests", True), ("coronary artery aneurysms", True),
    ("diabetes", False), ("measles", False), ("sepsis", False), ("AIDS", False),
    ("abscess", False), ("rash", False), ("shingles", False),
])
def test_a_name_is_plural_only_when_its_last_word_is_a_plural_noun(name: str,
                                                                   plural: bool) -> None:
    assert is_plural(name) is plural


def test_the_verb_takes_the_subjects_number() -> None:
    assert agreeing("is not used for", "antivirals") == "are not used for"
    assert agreeing("prevents", "zorbulin drops") == "prevent"
    assert agreeing("prevents", "zorbulin") == "prevents"


def test_a_conflict_about_a_plural_subject_reads_as_english() -> None:
    result = run(claim("mayo", "antivirals", "used_for", "calciphylaxis"),
                 claim("nkf", "antivirals", "used_for", "calciphylaxis", negated=True))
    (conflict,) = result.conflicts
    assert conflict.about == "antivirals are used for calciphylaxis"
    assert "antivirals are not used for calciphylaxis" in conflict.explanation
