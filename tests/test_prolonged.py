"""A risk that grows with how long something lasts names the prolonged act as the factor."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.ingest.prolonged import prolonged_factor

from .grebble_pages import relations

TOPIC = "grebble fever"
RISK = "increases_risk_of"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The longer a mite stays attached to you, the higher your risk of catching the illness.",
     {("prolonged mite attachment", RISK, TOPIC)}),
    ("Catching it gets more likely the longer a mite is attached.",
     {("prolonged mite attachment", RISK, TOPIC)}),
    ("Grebble fever is more likely if a mite stays attached for more than two days.",
     {("prolonged mite attachment", RISK, TOPIC)}),
    ("The longer the skin is exposed, the greater the risk of blue pox.",
     {("prolonged skin exposure", RISK, "blue pox")}),
    # no risk said, or no act that a noun names
    ("The longer the mite remains attached, the bigger it grows.", set()),
    ("The longer version of the test is more likely to find it.", set()),
])
def test_lasting_longer_raises_the_risk(tmp_path: Path, sentence: str,
                                        expected: set[tuple[str, str, str]]) -> None:
    """"The longer X stays attached, the greater the risk": prolonged X attachment."""
    assert {r for r in relations(tmp_path, sentence) if r[1] == RISK} == expected


def test_prolonged_factor_data() -> None:
    """The reading gives the factor's name and the risk's object as written."""
    said = prolonged_factor("The longer the skin is exposed, the greater the risk of blue pox.")
    assert said is not None and (said.factor, said.of) == ("prolonged skin exposure", "blue pox")
