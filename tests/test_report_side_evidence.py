"""Each side of a conflict quotes only the words that put its sources on that side.

A page can say both "X is not recommended for the illness" and, in a patient's
story, "the doctor may also prescribe X".  The report then lists that page on the
yes side and on the no side; each side must quote its own sentence, not both.
"""

from __future__ import annotations

from dataclasses import replace

from claimgraph.exports.base import Bundle
from claimgraph.exports.report_data import report_dict
from claimgraph.graph.model import Evidence

from .compare_samples import claim, claimset, run


def _said(source: str, anchor: str, **kw: bool):
    c = claim(source, "zorbulin", "used_for", "calciphylaxis", **kw)
    return replace(c, evidence=Evidence(source, anchor=anchor))


def _sides(*claims) -> dict[str, list[tuple[str, str]]]:
    cs = claimset(*claims)
    report = report_dict(Bundle(cs, run(*claims)))
    (conflict,) = [c for c in report["conflicts"] if c["kind"] == "polarity"]
    return {side["role"]: [(e["source"], e["anchor"]) for e in side["evidence"]]
            for side in conflict["sides"]}


def test_a_source_on_both_sides_is_quoted_apart() -> None:
    sides = _sides(_said("mayo", "zorbulin tablets"),
                   _said("nhs", "zorbulin is not recommended", negated=True),
                   _said("nhs", "may also prescribe zorbulin", hedged=True))
    assert sides == {
        "affirms": [("mayo", "zorbulin tablets"), ("nhs", "may also prescribe zorbulin")],
        "denies": [("nhs", "zorbulin is not recommended")],
    }


def test_each_side_keeps_every_sentence_of_its_own() -> None:
    """Two affirming sentences of one page both stay on the yes side."""
    sides = _sides(_said("mayo", "zorbulin tablets"), _said("mayo", "a course of zorbulin"),
                   _said("nkf", "zorbulin does not help", negated=True))
    assert sorted(sides["affirms"]) == [("mayo", "a course of zorbulin"),
                                        ("mayo", "zorbulin tablets")]
    assert sides["denies"] == [("nkf", "zorbulin does not help")]
