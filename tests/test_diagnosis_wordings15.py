"""Diagnosis read in session 15: the test named as the best one, idioms that deny nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from .grebble_pages import page_claims, relations


@pytest.mark.parametrize(("sentence", "test"), [
    ("The gold standard test for diagnosing grebble fever is a skin swab.", "skin swab"),
    ("The most common imaging test that is used to diagnose grebble fever is the chest scan.",
     "chest scan"),
    ("The best method for diagnosing grebble fever is a skin swab.", "skin swab"),
    ("In many cases, a skin swab is the only test needed to diagnose grebble fever.",
     "skin swab"),
    ("A skin swab is the preferred testing modality.", "skin swab"),
])
def test_the_test_named_as_the_best_one_diagnoses(tmp_path: Path, sentence: str,
                                                   test: str) -> None:
    """'The gold standard test for diagnosing it is X', 'X is the only test needed'."""
    got = relations(tmp_path, f"{sentence} It is quick.", heading="Diagnosis")
    assert ("grebble fever", "diagnosed_by", test) in got


def test_the_best_way_names_no_test(tmp_path: Path) -> None:
    """'The best way is to rest': no test, whatever 'best way' shares with 'best method'."""
    got = relations(tmp_path, "The best way is to rest. It is quick.", heading="Diagnosis")
    assert not any(p == "diagnosed_by" for _, p, _ in got)


def test_more_often_than_not_denies_nothing(tmp_path: Path) -> None:
    """'More often than not a doctor will diagnose it from your history': affirmed."""
    cs = page_claims(tmp_path, "Diagnosis\nMore often than not a doctor will diagnose grebble "
                     "fever based on a physical exam.")
    exams = [c for c in cs.claims if c.predicate == "diagnosed_by"]
    assert exams and not any(c.negated for c in exams)


def test_a_rule_out_list_of_health_problems_names_look_alikes(tmp_path: Path) -> None:
    """'rule out other health problems such as a kidney stone': a look-alike named."""
    got = relations(tmp_path, "The doctor will need to rule out other health problems such "
                    "as a kidney stone.", heading="Diagnosis")
    assert ("grebble fever", "resembles", "kidney stone") in got


def test_what_there_is_when_it_happens_causes_it(tmp_path: Path) -> None:
    """'It happens when there is a blockage in the gut': the blockage, not 'there'."""
    got = relations(tmp_path, "Grebble fever happens when there is a blockage in the gut. "
                    "It is rare.", heading="Causes")
    assert ("blockage in the gut", "causes", "grebble fever") in got
