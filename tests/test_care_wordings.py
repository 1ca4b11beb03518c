"""How pages word care: the person given a remedy, and remedies named by what they do.

The condition ("grebble fever") and everything said about it are made up.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .grebble_pages import relations

TOPIC = "grebble fever"


@pytest.mark.parametrize(("body", "remedy"), [
    ("Your doctor may give you plum-leaf tablets.", "plum-leaf tablets"),
    ("The nurse will offer your child a course of zennamycin.", "zennamycin"),
    ("They may give them splodine drops.", "splodine drops"),
])
def test_person_given_to_is_not_part_of_the_remedy(tmp_path: Path, body: str,
                                                   remedy: str) -> None:
    """"Give you X", "offer your child X": X is used for the illness, not "you X"."""
    got = relations(tmp_path, body, "Treatment")
    assert (remedy, "used_for", TOPIC) in got
    assert not any(s.startswith(("you ", "your child", "them ")) for s, _, _ in got)


@pytest.mark.parametrize(("item", "name"), [
    ("medicines to raise your blood pressure", "blood pressure medicine"),
    ("a machine to help you breathe", "breathing machine"),
    ("fluids through a drip", "intravenous fluids"),
    ("medicine to bring down a high temperature", "fever reducer"),
    ("medicines to thin the blood", "blood thinner"),
])
def test_remedy_described_by_what_it_does_is_named_plainly(tmp_path: Path, item: str,
                                                             name: str) -> None:
    """A listed remedy told by its purpose is named as the remedy it is."""
    body = f"Treatment in hospital may include:\n\n- zennamycin\n- {item}\n"
    got = relations(tmp_path, body, "Treatment")
    assert {("zennamycin", "used_for", TOPIC), (name, "used_for", TOPIC)} <= got


def test_remedy_described_by_what_it_does_in_a_sentence(tmp_path: Path) -> None:
    """"You'll be given A, fluids through a drip and medicines to support your blood
    pressure": each remedy, named plainly."""
    body = ("You'll be given zennamycin, fluids through a drip and medicines to support "
            "your blood pressure.")
    got = relations(tmp_path, body, "Treatment")
    assert {("zennamycin", "used_for", TOPIC), ("intravenous fluids", "used_for", TOPIC),
            ("blood pressure medicine", "used_for", TOPIC)} <= got


def test_recommend_you_keeps_what_follows(tmp_path: Path) -> None:
    """"They may recommend you rest": no remedy named "rest you" or "you"."""
    got = relations(tmp_path, "They may recommend you rest at home.", "Treatment")
    assert not any(s == "you" or s.startswith("you ") for s, _, _ in got)
