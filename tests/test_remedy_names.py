"""Remedy names as a reader writes them: a generic tail after a remedy word is dropped."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.ingest.entities import bare_remedy_names, part_first_names
from claimgraph.ingest.extract import extract_corpus
from claimgraph.ingest.phrases import clean_phrase, drop_remedy_tail, glued_repeat

from .test_rule_families import relations_set


@pytest.mark.parametrize(("phrase", "name"), [
    ("prophylactic antibiotic treatment", "prophylactic antibiotics"),
    ("antibiotic therapy", "antibiotics"),
    ("intensive care treatment", "intensive care"),
    ("early treatment", "early treatment"),
    ("pain medication", "pain medication"),
    ("physical therapy", "physical therapy"),
    ("wound care", "wound care"),
    ("treatment", "treatment"),
])
def test_a_generic_tail_after_a_remedy_word_is_dropped(phrase: str, name: str) -> None:
    assert drop_remedy_tail(phrase) == name
    assert clean_phrase(phrase) == name


def test_a_remedy_named_with_a_tail_gives_the_bare_remedy(tmp_path: Path) -> None:
    got = relations_set(tmp_path, "Most people with grebble fever get better after antibiotic "
                                  "treatment. Intensive care treatment may be needed for grebble "
                                  "fever.")
    assert ("antibiotics", "effective_for", "grebble fever") in got
    assert ("intensive care", "used_for", "grebble fever") in got


def test_a_remedy_named_with_a_tail_also_answers_to_its_bare_name(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("Grebble fever\n\nGrebble fever is a rare illness.\n\nTreatment\n"
                    "Zorbulin therapy is used to treat grebble fever. Hospital treatment is "
                    "needed for grebble fever. Skin treatment helps grebble fever.\n",
                    encoding="utf-8")
    cs, _, _ = extract_corpus([page], progress=False)
    synonyms = {e.label: set(e.synonyms) for e in cs.entities}
    assert "zorbulin" in synonyms["zorbulin therapy"]
    assert "hospital" not in synonyms.get("hospital treatment", set())
    assert "skin" not in synonyms.get("skin treatment", set())


def test_a_bare_name_already_used_for_another_thing_is_no_synonym() -> None:
    assert bare_remedy_names(["zorbulin therapy"], {"zorbulin": {"zorbulin"}}) == set()
    assert bare_remedy_names(["early treatment"], {}) == set()  # no noun left


@pytest.mark.parametrize(("text", "name"), [
    ("zorbulin pillzorbulin pills", "zorbulin pills"),
    ("grebble rashgrebble rash", "grebble rash"),
    ("tartar", "tartar"),
    ("zorbulin pills", "zorbulin pills"),
])
def test_a_name_glued_to_its_own_copy_is_read_once(text: str, name: str) -> None:
    assert glued_repeat(text) == name
    assert clean_phrase(text) == name


@pytest.mark.parametrize(("text", "name"), [
    ("very bad grebble ache", "severe grebble ache"),
    ("a really bad cough", "severe cough"),
    ("bad breath", "bad breath"),
])
def test_a_very_bad_sign_is_a_severe_one(text: str, name: str) -> None:
    assert clean_phrase(text) == name


def test_a_sign_at_a_body_part_also_answers_to_its_part_first_name() -> None:
    assert part_first_names(["grebble ache on one side of the face"], {}) == {
        "face grebble ache"}
    assert part_first_names(["grebble ache in the knee"], {}) == {"knee grebble ache"}
    assert part_first_names(["rash of sores"], {}) == set()  # no body part
    assert part_first_names(["grebble ache in the knee"], {"knee grebble ache": set()}) == set()
