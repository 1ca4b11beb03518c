"""Repeated claims in large files: kept once with a warning, unless a number is written two ways."""

from __future__ import annotations

from pathlib import Path

from claimgraph.ingest.claims import check

from .conftest import write

HEADER = "source,subject,predicate,object,hedged,start,end,measure_kind,value,bound\n"


def _warnings(result: object) -> list[tuple[int | None, str]]:
    return [(p.line, p.got) for p in result.problems  # type: ignore[attr-defined]
            if p.severity == "warning"]


def test_repeated_rows_and_figures_are_kept_once(tmp_path: Path) -> None:
    """Rows repeated word for word (spans and figures too) load once, each repeat at its line."""
    path = write(tmp_path / "c.csv", HEADER
                 + "s,warfarin,causes,calciphylaxis,,3,9,,,\n"
                 + "s,gout,,,,,,mortality,0.5,approx\n"
                 + "s,warfarin,causes,calciphylaxis,,3,9,,,\n"
                 + "s,gout,,,,,,mortality,50 %,approx\n"
                 + "s,warfarin,causes,calciphylaxis,true,3,9,,,\n")
    result = check([path])
    assert result.claimset is not None
    assert len(result.claimset.claims) == 3
    assert _warnings(result) == [(4, "a repeat of the claim at c.csv:2"),
                                 (5, "a repeat of the claim at c.csv:3")]


def test_a_figure_written_two_ways_is_no_repeat(tmp_path: Path) -> None:
    """0 and -0 are equal figures but different words: no repeat warning for them."""
    path = write(tmp_path / "c.csv", HEADER
                 + "s,gout,,,,,,mortality,0,approx\n"
                 + "s,gout,,,,,,mortality,-0,approx\n")
    result = check([path])
    assert result.claimset is not None
    assert _warnings(result) == []
