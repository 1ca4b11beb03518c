"""Risk sentences and items that name several factors, on sentences we wrote.

The condition and germ names are invented ("grebble fever"), so no rule leans on a
real topic.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.ingest.extract import extract_corpus

TOPIC = "grebble fever"


def risk_factors(tmp_path: Path, body: str, heading: str = "Risk factors") -> set[str]:
    """Return what a page says raises the risk of the topic."""
    page = tmp_path / "page.txt"
    page.write_text(f"Grebble fever\n\nGrebble fever is a rare illness.\n\n{heading}\n{body}\n",
                    encoding="utf-8")
    cs, _, _ = extract_corpus([page], progress=False)
    return {cs.label(c.subject) for c in cs.claims
            if c.predicate == "increases_risk_of" and cs.label(c.object) == TOPIC}


def test_risk_item_with_several_short_members_gives_each(tmp_path: Path) -> None:
    got = risk_factors(tmp_path, "Risk factors include:\n"
                       "- stress, heavy drinking or a weak immune system\n- being over 65")
    assert {"stress", "heavy drinking", "weak immune system"} <= got
    assert not any("," in label for label in got)


def test_risk_item_of_long_clauses_stays_whole(tmp_path: Path) -> None:
    got = risk_factors(tmp_path, "Risk factors include:\n"
                       "- sleeping in old barns where the blue moths of the valley nest, "
                       "or handling the moths' nests without any gloves on\n- being over 65")
    assert "older age" in got
    assert not {"gloves"} & got


def test_factors_named_without_a_verb_trigger(tmp_path: Path) -> None:
    got = risk_factors(tmp_path, "Heavy drinking and damp housing are also factors.")
    assert {"heavy drinking", "damp housing"} <= got


def test_factor_word_mid_sentence_is_no_claim(tmp_path: Path) -> None:
    got = risk_factors(tmp_path, "Damp housing is a factor the doctor will ask about.",
                       heading="About")
    assert "damp housing" not in got


def test_list_before_an_example_in_brackets_is_read_whole(tmp_path: Path) -> None:
    got = risk_factors(tmp_path, "Heavy drinking, damp housing and a weak immune system "
                       "(for example after a long fever) are risk factors.", heading="Causes")
    assert {"heavy drinking", "damp housing", "weak immune system"} <= got


@pytest.mark.parametrize(("heading", "sentence", "expected"), [
    ("Risk factors", "Anyone can get it, but people with a weak immune system are at higher risk.",
     {"weak immune system"}),
    ("Risk factors", "People with a weak immune system, including those taking tarnolide, "
     "are more likely to get it.", {"weak immune system", "tarnolide"}),
    ("Risk factors", "Heavy drinking is present in up to 40% of cases.", {"heavy drinking"}),
    ("Causes", "Up to 40% of patients have a weak immune system.", {"weak immune system"}),
    ("About", "Sleeping in damp barns carries a high risk.", {"sleeping in damp barns"}),
    ("Risk factors", "Damp housing and heavy drinking are common among those affected.",
     {"damp housing", "heavy drinking"}),
    ("Risk factors", "A weak immune system (for example from tarnolide or long-term fasting) "
     "increases the risk.", {"weak immune system", "tarnolide", "long-term fasting"}),
    ("Causes", "Grebble fever is caused by Quentella vorlaxii, which gets in through cuts, "
     "burns or bites.", {"cuts", "burns", "bites"}),
    ("Risk factors", "Adults who sleep in barns, who have had surgery, or who fast for weeks are "
     "also at risk.", {"sleeping in barns", "surgery"}),
    ("Causes", "Heavy drinking and damp-lung disease all make it harder for the body to fight "
     "off the germ.", {"heavy drinking", "damp-lung disease"}),
])
def test_risk_sentence_names_each_factor(tmp_path: Path, heading: str, sentence: str,
                                         expected: set[str]) -> None:
    assert expected <= risk_factors(tmp_path, sentence, heading=heading)


def test_present_in_cases_under_signs_is_no_risk(tmp_path: Path) -> None:
    got = risk_factors(tmp_path, "A blue rash is present in up to 40% of cases.",
                       heading="Symptoms")
    assert "blue rash" not in got
