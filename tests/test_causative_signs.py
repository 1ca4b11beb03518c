"""A causative verb that puts a body part in a state names the illness's sign.

"It causes the skin to become red and itchy", "it makes your joints stiff" name a
part and the state the illness puts it in: each state of the part is a sign (skin
redness, joint stiffness).  Before, the object was the whole clause or nothing.
A part made to do something that is no state ("the body to make antibodies") and a
drug's effect name no sign of the illness.
"""

from __future__ import annotations

from pathlib import Path

from .grebble_pages import relations


def _signs(tmp_path: Path, sentence: str) -> set[str]:
    return {o for s, p, o in relations(tmp_path, sentence, heading="Symptoms")
            if s == "grebble fever" and p == "has_symptom"}


def test_part_made_to_become_a_state(tmp_path: Path) -> None:
    signs = _signs(tmp_path, "It causes the skin to become red and itchy.")
    assert {"skin redness", "skin itching"} <= signs


def test_side_of_a_part_made_to_act(tmp_path: Path) -> None:
    assert "face drooping" in _signs(tmp_path, "Grebble fever causes one side of the face to "
                                               "droop.")


def test_part_made_stiff(tmp_path: Path) -> None:
    signs = _signs(tmp_path, "It makes your joints stiff and swollen.")
    assert {"joint stiffness", "joint swelling"} <= signs


def test_no_state_or_another_agent_gives_no_sign(tmp_path: Path) -> None:
    assert not _signs(tmp_path, "It causes the body to make antibodies.")
    assert not _signs(tmp_path, "Zorbulin can make your skin red.")
