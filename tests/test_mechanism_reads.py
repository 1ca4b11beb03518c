"""How an illness works, read from the shapes pages of many illnesses use."""

from __future__ import annotations

from pathlib import Path

import pytest

from .grebble_pages import relations


@pytest.mark.parametrize(("heading", "body", "process"), [
    ("About", "Grebble fever is an inflammation of the small airways in the lungs.",
     "small airway inflammation"),
    ("Symptoms", "This rare disease is marked by inflammation of the small blood vessels.",
     "small blood vessel inflammation"),
    ("About", "Grebble fever causes inflammation of the lining of the gut.",
     "gut lining inflammation"),
])
def test_how_it_works(tmp_path: Path, heading: str, body: str, process: str) -> None:
    """Each wording gives the process it names, as the topic's own."""
    assert ("grebble fever", "involves", process) in relations(tmp_path, body, heading)


@pytest.mark.parametrize(("heading", "body"), [
    ("About", "It spreads through coughs and sneezes."),
    ("About", "Grebble fever does not cause inflammation of the joints."),
    ("Symptoms", "It causes inflammation of the eyes."),
    ("About", "Asthma is an inflammation of the airways."),
])
def test_no_process_read(tmp_path: Path, heading: str, body: str) -> None:
    """Passing on, a denial, a sign under signs, and another illness name no process."""
    assert not {o for _, pr, o in relations(tmp_path, body, heading) if pr == "involves"}


def test_what_care_calms_is_what_the_illness_does(tmp_path: Path) -> None:
    """Under treatment, care aimed at reducing an inflammation names the illness's own."""
    got = relations(tmp_path, "Treatment aims at reducing neuronal inflammation.",
                    heading="Treatment")
    assert ("grebble fever", "involves", "neuronal inflammation") in got


def test_under_treatment_only_what_care_calms(tmp_path: Path) -> None:
    """Under treatment, other wordings of how it works are not read."""
    got = relations(tmp_path, "Grebble fever is an inflammation of the small airways.",
                    heading="Treatment")
    assert not {o for _, pr, o in got if pr == "involves"}
