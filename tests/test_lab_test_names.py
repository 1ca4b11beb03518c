"""Tests are named as a reader files them, whichever words the page uses."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.ingest.lab_tests import lab_test_name, leads_tests

from .grebble_pages import relations


@pytest.mark.parametrize(("said", "named"), [
    ("samples of blood", "blood test"),
    ("a sample of pee", "urine test"),
    ("urine specimens", "urine test"),
    ("order an X-ray of the chest", "chest X-ray"),
    ("taking a scan of the brain", "brain scan"),
    ("calcium", "calcium test"),
    ("levels of urea nitrogen", "blood urea nitrogen test"),
    ("BUN", "blood urea nitrogen test"),
    ("thyroid hormone", "thyroid hormone test"),
    ("liver functions", "liver function test"),
    ("skin biopsy", "skin biopsy"),
    ("physical exam", "physical exam"),
    ("fever", "fever"),
])
def test_lab_test_names(said: str, named: str) -> None:
    """A sample, an analyte, an image of a part or a doctor's act names its test."""
    assert lab_test_name(said) == named


@pytest.mark.parametrize(("lead", "expected"), [
    ("Doctors look for the signs and may order tests:", True),
    ("Lab findings can include:", True),
    ("Tests to check how well the organs work:", True),
    ("Signs and symptoms include:", False),
    ("It can lead to:", False),
])
def test_leads_tests(lead: str, expected: bool) -> None:
    """A lead-in that orders tests or reports results leads a list of tests."""
    assert leads_tests(lead) is expected


def test_samples_and_analytes_in_a_page(tmp_path: Path) -> None:
    """Samples and measured substances come out as the tests a reader names."""
    got = relations(tmp_path, "Your doctor may want to do some checks:\n"
                              "- samples of blood, to look for signs of infection\n"
                              "- a sample of urine, to check for kidney problems\n")
    assert {"blood test", "urine test"} <= {o for s, pr, o in got if pr == "diagnosed_by"}
    got = relations(tmp_path, "Blood tests may measure the levels of calcium and potassium.",
                    heading="Diagnosis")
    assert {"calcium test", "potassium test"} <= {o for s, pr, o in got if pr == "diagnosed_by"}


def test_a_lead_naming_signs_and_tests_leads_tests(tmp_path: Path) -> None:
    """A lead-in that names signs and orders tests lists tests, not signs."""
    got = relations(tmp_path, "Doctors look for the signs and may order tests:\n"
                              "- kidney function, as the kidneys can fail\n"
                              "- liver function, to see if the liver is harmed\n")
    assert ("grebble fever", "diagnosed_by", "kidney function test") in got
    assert ("grebble fever", "diagnosed_by", "liver function test") in got


def test_results_name_their_tests(tmp_path: Path) -> None:
    """A level against a bound, a culture and a serology each name the test behind them."""
    got = relations(tmp_path, "A doctor will think of it when a person has all of these:\n"
                              "- kidneys: urea nitrogen or creatinine at least twice the normal\n"
                              "- blood: platelets less than 100,000 per microlitre\n"
                              "- negative results on blood or spinal fluid cultures\n"
                              "- negative serology for other infections\n")
    assert {o for _, pr, o in got if pr == "diagnosed_by"} >= {
        "blood urea nitrogen test", "creatinine test", "platelet count", "blood cultures",
        "spinal fluid cultures", "serological test"}


def test_a_level_without_a_bound_names_no_test(tmp_path: Path) -> None:
    """High calcium in the blood, said as a cause, is no test."""
    got = relations(tmp_path, "High levels of calcium in the blood raise the risk.")
    assert not {o for _, pr, o in got if pr == "diagnosed_by"}


def test_a_list_of_samples_under_you_may_have_lists_tests(tmp_path: Path) -> None:
    """Samples and scans after "You may have:" are tests, not signs."""
    got = relations(tmp_path, "You may have:\n"
                              "- blood samples to check how well the kidneys are working\n"
                              "- a urine sample, to look for signs of kidney failure\n"
                              "- a chest x-ray, to look for fluid on the lungs\n")
    assert {("grebble fever", "diagnosed_by", x) for x in (
        "blood test", "urine test", "chest x-ray")} <= got
    assert not {o for _, pr, o in got if pr == "has_symptom"}


def test_a_test_named_by_its_act_shows(tmp_path: Path) -> None:
    """A test named by its act ("nerve testing") that shows something finds the topic."""
    got = relations(tmp_path, "If nerve testing shows severe damage, recovery may be slow.",
                    heading="Outlook")
    assert ("grebble fever", "diagnosed_by", "nerve testing") in got


def test_a_sample_taken_for_testing_outside_a_diagnosis_heading(tmp_path: Path) -> None:
    """Fluid drawn from sores "for testing" is a test, whatever the heading."""
    got = relations(tmp_path, "Fluids may be drawn from the sores for testing, though rarely.")
    assert ("grebble fever", "diagnosed_by", "sore fluid test") in got


def test_a_sample_not_for_testing_is_no_test(tmp_path: Path) -> None:
    """Fluid drawn off to ease pressure, with no testing said, names no test."""
    got = relations(tmp_path, "Fluids may be drawn from the joint to ease the pressure.")
    assert not {o for _, pr, o in got if pr == "diagnosed_by"}
