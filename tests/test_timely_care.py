"""Timely care read as prevention, and more wordings of how a condition works."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.ingest.timely_care import timely_care

from .grebble_pages import relations

TOPIC = "grebble fever"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("If not treated promptly, grebble fever can lead to amputation.",
     {("early treatment", "amputation")}),
    ("Without prompt treatment, grebble fever can be fatal.", {("early treatment", "death")}),
    ("If it isn't diagnosed early, the infection can spread and cause kidney damage.",
     {("early diagnosis", "kidney damage")}),
    ("If not treated quickly, there's a risk that it could cause a degree of lasting "
     "knee stiffness.", {("early treatment", "lasting knee stiffness")}),
    ("Early diagnosis and treatment are vital to prevent death.",
     {("early diagnosis", "death"), ("early treatment", "death")}),
    ("Doctors aim to diagnose and treat grebble fever quickly so that tarn infections can be "
     "avoided.", {("early diagnosis", "tarn infections"),
                  ("early treatment", "tarn infections")}),
])
def test_late_or_early_care_names_what_early_care_prevents(
        tmp_path: Path, sentence: str, expected: set[tuple[str, str]]) -> None:
    """The harm of late care, or the harm early care is said to keep away, is prevented by
    early diagnosis or treatment, as the sentence names which."""
    got = {(s, o) for s, p, o in relations(tmp_path, sentence) if p == "prevents"}
    assert expected <= got


@pytest.mark.parametrize("sentence", [
    "If treated early, most people recover fully.",
    "Grebble fever can lead to amputation.",
    "If it is not treated, grebble fever can lead to amputation.",
])
def test_no_timely_care_without_late_care_said(tmp_path: Path, sentence: str) -> None:
    """Early care that works, a harm alone, or care not given at all (no 'promptly') prevent
    nothing here."""
    assert not {g for g in relations(tmp_path, sentence) if g[1] == "prevents"}
    assert timely_care(sentence) is None


@pytest.mark.parametrize(("sentence", "process"), [
    ("The poisons act as superantigens, causing a massive activation of T cells.",
     "immune activation"),
    ("The quentella toxins overstimulate the immune system.", "immune activation"),
    ("Blood flow to the affected tissue is cut off.", "reduced blood flow"),
])
def test_more_wordings_of_how_it_works(tmp_path: Path, sentence: str, process: str) -> None:
    """Noun forms of immune activation and a blocked flow to a named part are how it works."""
    assert (TOPIC, "involves", process) in relations(tmp_path, sentence, "How it happens")


def test_more_wordings_of_how_it_works_keep_out_of_signs_and_denials(tmp_path: Path) -> None:
    """A sign under Symptoms and a denial are not the topic's mechanism."""
    got = relations(tmp_path, "Blood flow to the fingers is reduced.", "Symptoms")
    got |= relations(tmp_path, "It does not cause activation of T cells.", "How it happens")
    assert not {g for g in got if g[1] == "involves"}


@pytest.mark.parametrize(("sentence", "expected"), [
    # ("prompt" is said once for both: the treatment is prompt too)
    ("Prompt diagnosis and treatment reduce the risk of death.",
     {("early diagnosis", "death"), ("early treatment", "death")}),
    ("Spotting the signs early and getting treatment quickly can prevent death.",
     {("early diagnosis", "death"), ("early treatment", "death")}),
    ("Rapid recognition can prevent serious complications.",
     {("early diagnosis", "complication")}),
])
def test_timely_care_in_other_words_is_named_early_diagnosis_or_treatment(
        tmp_path: Path, sentence: str, expected: set[tuple[str, str]]) -> None:
    """'Prompt diagnosis', 'spotting the signs early', 'getting treatment quickly' prevent as
    early diagnosis or early treatment, the names pages compare."""
    got = {(s, o) for s, p, o in relations(tmp_path, sentence) if p == "prevents"}
    assert got == expected
