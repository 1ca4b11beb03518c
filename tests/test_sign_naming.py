"""How a sign is named from its words, on sentences we wrote about made-up things.

The condition ("grebble fever") and the sentences are invented; each case is a
wording pages use for a sign: a part said to be in a state, a felt sensation, a
frequency tail, signs sharing one body site, and "likely to feel" in running text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.ingest.extract import extract_corpus
from claimgraph.ingest.phrases import clean_phrase

from .grebble_pages import relations as relations_of


def signs(tmp_path: Path, body: str, heading: str = "Symptoms") -> set[str]:
    """Return the names of every sign a page gives grebble fever."""
    page = tmp_path / "page.txt"
    page.write_text(f"Grebble fever\n\nGrebble fever is a rare illness.\n\n{heading}\n{body}\n",
                    encoding="utf-8")
    cs, _, _ = extract_corpus([page], progress=False)
    return {cs.label(c.object) for c in cs.claims
            if c.object is not None and c.predicate == "has_symptom"}


@pytest.mark.parametrize(("phrase", "name"), [
    ("skin that looks mottled", "mottled skin"),
    ("a tongue that is swollen", "swollen tongue"),
    ("toenails that turn brittle", "brittle toenails"),
    ("a feeling of heaviness", "heaviness"),
    ("a sense of fullness in the belly", "fullness in the belly"),
    ("a feeling of being unwell", "feeling of being unwell"),
    ("sharp stabbing pains from time to time", "sharp stabbing pains"),
    ("itchy ears now and then", "itchy ears"),
])
def test_sign_names(phrase: str, name: str) -> None:
    """A part in a state is named state first; fillers and frequency tails go."""
    assert clean_phrase(phrase) == name


@pytest.mark.parametrize(("phrase", "name"), [
    ("those that are affected", "those"),  # no part named before "that"
    ("a rash that spreads", "rash"),  # an act, not a state: the clause is cut
])
def test_no_state_name(phrase: str, name: str) -> None:
    """Words after "that" that are not a state, or no part before it, give no state name."""
    assert clean_phrase(phrase) == name


def test_signs_share_a_site(tmp_path: Path) -> None:
    """Two signs before one body site are each at that site; a non-sign is not."""
    found = signs(tmp_path, "Signs include:\n\n- pain and swelling in the joints\n"
                            "- fever and a cough\n")
    assert {"joint pain", "joint swelling"} <= found
    assert "pain and swelling in the joints" not in found


def test_site_stays_whole_after_a_non_sign(tmp_path: Path) -> None:
    """"fever and pain in the back": fever takes no site."""
    found = signs(tmp_path, "Signs include:\n\n- fever and pain in the back\n")
    assert "fever" in found and "back fever" not in found


def test_likely_to_feel(tmp_path: Path) -> None:
    """"you are likely to feel unwell" and "people tend to feel tired" state signs."""
    found = signs(tmp_path, "It starts with a headache and you are likely to feel unwell.\n\n"
                            "Afterwards people tend to feel very tired.")
    assert {"malaise", "tiredness"} <= found


def test_part_state_item(tmp_path: Path) -> None:
    """A list item "skin that looks mottled" is mottled skin, not just the skin."""
    found = signs(tmp_path, "Signs include:\n\n- skin that looks mottled\n- a dry cough\n")
    assert "mottled skin" in found


def test_state_examples_take_the_class_part(tmp_path: Path) -> None:
    """"ear trouble, such as dryness": ear dryness; a class with no part gives none."""
    found = signs(tmp_path, "Signs include:\n\n- ear irritation, such as dryness or more wax\n"
                            "- problems such as swelling\n")
    assert {"ear dryness", "more wax", "swelling"} <= found
    assert "dryness" not in found


def test_second_cause_keeps_the_subject(tmp_path: Path) -> None:
    """"It can cause X and lead to Y": the topic leads to Y, not X."""
    found = relations_of(tmp_path, "Grebble fever can cause a rash and lead to scarring.\n\n"
                                   "Cold baths can cause shivering and lead to grebble fever.")
    assert ("grebble fever", "has_complication", "scarring") in found
    assert ("cold baths", "causes", "grebble fever") in found
    assert not any(s == "rash" for s, _, _ in found)


def test_affected_part_is_where_not_what() -> None:
    """"in the affected ear" says where; the harm is what comes before it."""
    assert clean_phrase("lasting deafness in the affected ear") == "lasting deafness"


def test_lone_body_part_is_a_site(tmp_path: Path) -> None:
    """"... on the palms and soles": the soles are where a sign shows, not a sign."""
    found = relations_of(tmp_path, "Signs include:\n\n- flaking skin on the knuckles and soles\n",
                         heading="Symptoms")
    assert ("grebble fever", "affects", "soles") in found
    assert ("grebble fever", "has_symptom", "soles") not in found


def test_signs_share_a_site_in_running_text(tmp_path: Path) -> None:
    """"causes pain and stiffness in the hips": hip pain and hip stiffness."""
    found = signs(tmp_path, "Grebble fever causes pain and stiffness in the hips.", "About")
    assert {"hip pain", "hip stiffness"} <= found


@pytest.mark.parametrize("sentence", [
    "Heart inflammation is a rare but serious complication.",
    "Heart inflammation is a rare, potentially fatal complication of grebble fever.",
])
def test_complication_with_two_ranks(tmp_path: Path, sentence: str) -> None:
    """"X is a rare but serious complication": two words of rank before "complication"."""
    found = relations_of(tmp_path, sentence)
    assert ("grebble fever", "has_complication", "heart inflammation") in found


@pytest.mark.parametrize(("item", "names", "not_names"), [
    ("loss of appetite and weight", {"loss of appetite", "loss of weight"}, {"weight"}),
    ("trouble sleeping and concentrating", {"difficulty sleeping", "difficulty concentrating"},
     {"concentrating"}),
    ("sensitivity to light and noise", {"sensitivity to light", "sensitivity to noise"},
     {"noise"}),
    ("changes in mood or behaviour", {"changes in mood", "changes in behaviour"}, {"behaviour"}),
    # A member that is a sign of its own keeps its name.
    ("loss of appetite and vomiting", {"loss of appetite", "vomiting"}, {"loss of vomiting"}),
])
def test_member_takes_the_head_it_needs(tmp_path: Path, item: str, names: set[str],
                                        not_names: set[str]) -> None:
    """"loss of X and Y": Y is a loss too, unless Y is a sign by itself."""
    found = signs(tmp_path, f"Signs include:\n\n- {item}\n- a dry cough\n")
    assert names <= found
    assert not (not_names & found)
