""""These include A and B" lists the members of the class the sentence before named.

"Later signs can appear. These include A, B and C." names the illness's signs over
two sentences; read alone, neither gave a claim.  A class of another thing's signs
("Signs of thirst ...") or a sentence with no class before gives none.
"""

from __future__ import annotations

from pathlib import Path

from .grebble_pages import relations


def _claims(tmp_path: Path, body: str) -> set[tuple[str, str]]:
    return {(p, o) for s, p, o in relations(tmp_path, body) if s == "grebble fever"}


def test_signs_listed_after_a_class_of_signs(tmp_path: Path) -> None:
    found = _claims(tmp_path, "Later signs can appear weeks on. These include knee blisters, "
                              "a zorby rash and ear ringing.")
    assert {("has_symptom", "knee blisters"), ("has_symptom", "zorby rash"),
            ("has_symptom", "ear ringing")} <= found


def test_complications_listed_after_a_class_of_complications(tmp_path: Path) -> None:
    found = _claims(tmp_path, "Some people develop complications. These include kidney "
                              "failure and heart damage.")
    assert {("has_complication", "kidney failure"), ("has_complication", "heart damage")} <= found


def test_another_things_signs_or_no_class_give_none(tmp_path: Path) -> None:
    assert not _claims(tmp_path, "Signs of thirst can appear. These include dry lips and a "
                                 "dry mouth.")
    assert not _claims(tmp_path, "It is rare. These include knee blisters and ear ringing.")
