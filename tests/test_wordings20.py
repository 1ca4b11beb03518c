"""Wordings read more widely (session 20): remedies doctors "use", a remedy ranked second or
as an alternative, a sign that "follows", and the germ "responsible".  Every sentence is our
own, about the made-up grebble fever."""

from __future__ import annotations

from pathlib import Path

import pytest

from .grebble_pages import relations

T = "grebble fever"


@pytest.mark.parametrize(("heading", "sentence"), [
    ("How is it treated?", "Doctors use zorbacillin."),
    ("How is it treated?", "Doctors often use zorbacillin."),
    ("Treatment", "Specialists usually use zorbacillin."),
    ("Treatment", "Surgeons may also use zorbacillin."),
])
def test_a_remedy_doctors_use(tmp_path: Path, heading: str, sentence: str) -> None:
    got = relations(tmp_path, sentence, heading)
    assert ("zorbacillin", "used_for", T) in got
    assert not {x for x in got if "doctor" in x[0] or "use" in x[0]}


def test_a_test_doctors_use_is_no_remedy(tmp_path: Path) -> None:
    got = relations(tmp_path, "Doctors use a blood test to confirm it.", "Diagnosis")
    assert not {x for x in got if x[1] == "used_for"}


@pytest.mark.parametrize("sentence", [
    "Second-line therapy is quorbamide.",
    "First-line therapy is zorbacillin; second-line therapy is quorbamide.",
    "An alternative treatment is quorbamide.",
])
def test_a_remedy_ranked_after_the_first(tmp_path: Path, sentence: str) -> None:
    got = relations(tmp_path, sentence, "Management")
    assert ("quorbamide", "used_for", T) in got
    assert not {x for x in got if "line" in x[0]}


@pytest.mark.parametrize("sentence", ["A purple rash follows.", "A purple rash may follow.",
                                      "A purple rash then follows."])
def test_a_sign_that_follows(tmp_path: Path, sentence: str) -> None:
    assert (T, "has_symptom", "purple rash") in relations(tmp_path, sentence, "Symptoms")


@pytest.mark.parametrize("sentence", ["The germ responsible is Quentella vorlaxii.",
                                      "The bacterium responsible is usually Quentella vorlaxii.",
                                      "The organism most often responsible is Quentella vorlaxii."])
def test_the_germ_responsible(tmp_path: Path, sentence: str) -> None:
    assert ("quentella vorlaxii", "causes", T) in relations(tmp_path, sentence, "Causes")
