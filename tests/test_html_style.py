"""The shared status and stance styles: one per status, colour-blind safe, readable."""

from __future__ import annotations

from claimgraph.exports.html_style import (
    STANCE_STYLES,
    STATUS_STYLES,
    contrast,
    status_css,
)
from claimgraph.exports.report_data import SYMBOLS
from claimgraph.graph.findings import ASSERTS, DENIES, HEDGES, PARTIAL, SILENT, STATUSES

OKABE_ITO = {"#000000", "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00",
             "#CC79A7"}


def test_every_status_has_one_style_in_the_engine_order() -> None:
    """The style table has exactly the engine's statuses, in its order."""
    assert tuple(STATUS_STYLES) == STATUSES
    assert tuple(STANCE_STYLES) == (ASSERTS, HEDGES, PARTIAL, DENIES, SILENT)


def test_statuses_differ_in_colour_symbol_and_arrow() -> None:
    """Each status has its own colour, text symbol and arrow head: never colour alone."""
    styles = list(STATUS_STYLES.values())
    for cue in ("colour", "symbol", "arrow"):
        assert len({getattr(s, cue) for s in styles}) == len(styles), cue


def test_colours_are_okabe_ito_except_single_source_grey() -> None:
    """Agreement and disagreement use the Okabe–Ito palette; one source is neutral grey."""
    assert {s.colour for s in STATUS_STYLES.values() if s.status != "single-source"} <= OKABE_ITO
    assert STATUS_STYLES["consensus"].colour != STATUS_STYLES["contested"].colour


def test_text_on_every_colour_reaches_4_5_to_1() -> None:
    """Badge text on each status colour and cell text on each stance tint pass WCAG AA."""
    for s in STATUS_STYLES.values():
        assert contrast(s.ink, s.colour) >= 4.5, s.status
    for st in STANCE_STYLES.values():
        assert contrast(st.ink, st.background) >= 4.5, st.stance


def test_report_symbols_and_css_come_from_the_table() -> None:
    """The report's stance symbols and status CSS are read from the shared table."""
    assert {k: v.symbol for k, v in STANCE_STYLES.items()} == SYMBOLS
    css = status_css()
    for s in STATUS_STYLES.values():
        assert f".status-{s.status}, .bg-{s.status} {{ background: {s.colour}; " in css
