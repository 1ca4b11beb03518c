"""A causal chain told over two sentences: "A causes B. This leads to C" says B causes C.

Sentences are our own, about the made-up grebble fever.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from claimgraph.graph import vocab as v
from claimgraph.ingest.chain_links import site_left_off, step_pointed_back_to

from .grebble_pages import relations


@dataclass(frozen=True)
class _Claim:
    subject: str
    predicate: str
    object: str | None
    anchor: str
    negated: bool = False


_SCARRING = _Claim("zinc loss", v.CAUSES, "nerve scarring", "zinc loss")


def test_this_points_back_to_the_step_just_caused() -> None:
    """"This eventually leads to" names the last thing the sentence before said was caused."""
    assert step_pointed_back_to([_SCARRING], "This eventually leads to numbness.",
                                "Zinc loss causes nerve scarring.") == "nerve scarring"


def test_this_points_back_only_when_the_sentence_opens_with_it() -> None:
    """A sentence that does not open "This ... leads to" points back to nothing."""
    assert step_pointed_back_to([_SCARRING], "Numbness follows this.",
                                "Zinc loss causes nerve scarring.") is None


def test_a_further_step_in_the_sentence_before_blocks_the_link() -> None:
    """"A causes B, starving C": the last step is not B, so "This" is left alone."""
    before = "Zinc loss causes nerve scarring, starving the gums of blood."
    assert step_pointed_back_to([_SCARRING], "This leads to gum sores.", before) is None


def test_two_steps_named_together_are_not_guessed_between() -> None:
    """"A causes B and C. This leads to D": which of B and C is meant is not said."""
    both = [_SCARRING, _Claim("zinc loss", v.CAUSES, "gum bleeding", "zinc loss")]
    assert step_pointed_back_to(both, "This leads to numbness.",
                                "Zinc loss causes nerve scarring and gum bleeding.") is None


def test_a_denied_step_is_no_link() -> None:
    """"A does not cause B. This leads to C" does not chain B to C."""
    denied = [_Claim("zinc loss", v.CAUSES, "nerve scarring", "zinc loss", negated=True)]
    assert step_pointed_back_to(denied, "This leads to numbness.",
                                "Zinc loss does not cause nerve scarring.") is None


def test_chain_over_two_sentences_on_a_page(tmp_path: Path) -> None:
    """A page's "A causes B. This eventually leads to C" gives B causes C as well."""
    got = relations(tmp_path, "Zinc loss causes nerve scarring. This eventually leads to "
                              "numbness.", heading="How it happens")
    assert ("nerve scarring", v.CAUSES, "numbness") in got
    assert ("zinc loss", v.CAUSES, "nerve scarring") in got


def test_no_chain_in_a_list_of_signs(tmp_path: Path) -> None:
    """Under a heading about signs, "This leads to" goes on about the illness, no chain."""
    body = "Zinc loss causes nerve scarring. This leads to numbness."
    assert ("nerve scarring", v.CAUSES, "numbness") in relations(tmp_path, body)
    assert ("nerve scarring", v.CAUSES, "numbness") not in relations(
        tmp_path, body, heading="Symptoms")


def test_no_chain_in_a_care_sentence(tmp_path: Path) -> None:
    """Under a heading about care, "This leads to" is not read as a chain of causes."""
    body = "Zinc pills cause nerve scarring. This leads to numbness."
    assert ("nerve scarring", v.CAUSES, "numbness") in relations(tmp_path, body)
    assert ("nerve scarring", v.CAUSES, "numbness") not in relations(
        tmp_path, body, heading="Treatment")


def test_a_paced_cause_verb_keeps_its_subject(tmp_path: Path) -> None:
    """"A eventually causes B", "A slowly leads to B": the pace word is not part of A."""
    got = relations(tmp_path, "Plaque growth eventually causes nerve scarring. Zinc loss "
                              "slowly leads to gum bleeding.")
    assert ("plaque growth", v.CAUSES, "nerve scarring") in got
    assert ("zinc loss", v.CAUSES, "gum bleeding") in got


def test_a_step_at_a_body_site_is_named_without_it(tmp_path: Path) -> None:
    """"A causes B in the veins": B between two other things, without where it happens."""
    got = relations(tmp_path, "Plaques gradually cause blood clots in the small veins.")
    assert ("plaques", v.CAUSES, "blood clots") in got


def test_a_one_word_step_keeps_its_site(tmp_path: Path) -> None:
    """"fluid in the lungs" is not fluid: a one-word name keeps its site (and, too long to
    keep between two other things, gives no chain)."""
    got = relations(tmp_path, "Zinc loss causes fluid in the lungs.")
    assert ("zinc loss", v.CAUSES, "fluid") not in got


def test_how_often_at_a_site_is_no_step() -> None:
    """"most often found in the legs" names no step once the site is off."""
    assert site_left_off("most often found in the legs") == "most often found in the legs"
    assert site_left_off("nerve scarring in the legs") == "nerve scarring"


def test_a_bare_site_is_not_caused(tmp_path: Path) -> None:
    """"A leads to a lack of air in the gut and skin": no "A causes skin"."""
    got = relations(tmp_path, "Zinc loss leads to gum bleeding and skin.")
    assert ("zinc loss", v.CAUSES, "skin") not in got
    assert ("zinc loss", v.CAUSES, "gum bleeding") in got
