"""Risk read in prose under a risk heading (session 16): the clinical and lay wordings of a
paragraph of risk factors, each as a sentence of our own about the made-up grebble fever."""

from __future__ import annotations

from pathlib import Path

import pytest

from .grebble_pages import relations

T = "grebble fever"
RISK = "increases_risk_of"


@pytest.mark.parametrize(("sentence", "factors"), [
    ("You may be more at risk if you have diabetes.", {"diabetes"}),
    ("You are at higher risk if you have diabetes or if you smoke.", {"diabetes", "smoking"}),
    ("Being in hospital for a long time also raises the risk.", {"staying in hospital"}),
    ("Marsh pox is a recognised precipitant in children.", {"marsh pox"}),
    ("Incidence is higher among older adults and those with liver disease.",
     {"older age", "liver disease"}),
    ("Cases have also been described after childbirth and in association with marsh pox.",
     {"childbirth", "marsh pox"}),
    ("Conditions that weaken the immune system, such as diabetes and liver disease, as well "
     "as long-term steroid use, predispose to grebble fever.",
     {"diabetes", "liver disease", "long-term steroid use"}),
    ("Immunosuppression predisposes individuals to more severe infection.",
     {"immunosuppression"}),
    ("Chronic illnesses like diabetes predispose patients to developing grebble fever after "
     "minor injuries.", {"diabetes", "minor injuries"}),
])
def test_a_risk_factor_said_in_prose(tmp_path: Path, sentence: str, factors: set[str]) -> None:
    got = relations(tmp_path, f"Some people are more likely to get it. {sentence}",
                    "Risk factors")
    assert {(f, RISK, T) for f in factors} <= got


def test_use_implicated_without_naming_the_topic(tmp_path: Path) -> None:
    got = relations(tmp_path, "Use of zorbulin has been implicated, although a causal link is "
                              "unproven.", "Risk factors")
    assert ("zorbulin", "contributes_to", T) in got


def test_how_often_a_factor_is_present_is_no_factor(tmp_path: Path) -> None:
    """'The most important predisposing factor is diabetes, present in up to 60 % of cases'."""
    got = relations(tmp_path, "The most important predisposing factor is diabetes, present in "
                              "up to 60% of cases.", "Risk factors")
    assert ("diabetes", RISK, T) in got
    assert not {x for x in got if x[0].startswith("present")}


def test_a_line_that_is_a_sentence_is_no_factor_whole(tmp_path: Path) -> None:
    """A risk heading's line 'Smoking predisposes to grebble fever.' names smoking, not the
    whole line as one factor."""
    got = relations(tmp_path, "Diabetes, obesity and smoking predispose to grebble fever.",
                    "Risk factors")
    assert {("diabetes", RISK, T), ("smoking", RISK, T)} <= got
    assert not {x for x in got if "predispose" in x[0]}


@pytest.mark.parametrize("sentence", [
    "Obesity predisposes to grebble fever by reducing blood flow to the tissues.",
    "Obesity may predispose to more severe grebble fever.",
])
def test_the_way_or_the_severity_does_not_hide_the_topic(tmp_path: Path, sentence: str) -> None:
    """'... to it by reducing blood flow', '... to more severe <topic>': the topic's risk."""
    assert ("obesity", RISK, T) in relations(tmp_path, sentence, "Risk factors")


@pytest.mark.parametrize(("sentence", "factor"), [
    ("Diabetes predisposes people to soft tissue infections.", "diabetes"),
    ("Obesity predisposes to serious bacterial skin infections.", "obesity"),
    ("A weakened immune system predisposes a person to severe infection.",
     "weakened immune system"),
])
def test_a_risk_of_the_class_the_page_defines_the_topic_as_is_a_risk_of_the_topic(
        tmp_path: Path, sentence: str, factor: str) -> None:
    """The page says what sort of illness the topic is and where ("an infection of the skin
    and soft tissue"): under its risk heading, a risk of "skin infections" is the topic's."""
    got = relations(tmp_path, sentence, "Risk factors",
                    definition="a bacterial infection of the skin and soft tissue")
    assert (factor, RISK, T) in got


def test_a_class_named_by_words_the_definition_lacks_stays_itself(tmp_path: Path) -> None:
    """"urinary tract infections" on a page defining a skin infection: another illness."""
    got = relations(tmp_path, "Diabetes predisposes people to urinary tract infections.",
                    "Risk factors", definition="a bacterial infection of the skin")
    assert ("diabetes", RISK, T) not in got
