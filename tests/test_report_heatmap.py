"""The agreement heat map: deterministic inline SVG, labelled cells, escaped names."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from claimgraph.exports.heatmap import agreement_svg, colour, text_colour

IDS = ["a", "b<script>", "c"]
MATRIX = {"a": {"b<script>": 0.5, "c": None}, "b<script>": {"a": 0.5, "c": 1.0},
          "c": {"a": None, "b<script>": 1.0}}


def _cells(svg: str) -> list[str]:
    root = ET.fromstring(svg)
    return [t.text or "" for g in root.iter("g") for t in g.iter("text")]


def test_svg_is_well_formed_and_escaped() -> None:
    """The SVG parses as XML and a name with markup appears only escaped."""
    svg = agreement_svg(IDS, MATRIX, {"a": "A & <b>"})
    ET.fromstring(svg)
    assert "<script>" not in svg and "b&lt;script&gt;" in svg
    assert "A &amp; &lt;b&gt;" in svg


def test_cells_are_labelled_with_value_or_na() -> None:
    """Each cell shows its share as a percent, n/a without overlap, a dash on the diagonal."""
    assert _cells(agreement_svg(IDS, MATRIX)) == [
        "—", "50 %", "n/a",
        "50 %", "—", "100 %",
        "n/a", "100 %", "—"]


def test_same_matrix_same_bytes() -> None:
    """Drawing the same matrix twice gives identical SVG text."""
    assert agreement_svg(IDS, MATRIX) == agreement_svg(IDS, MATRIX)


def test_colour_scale_and_readable_labels() -> None:
    """Shares map onto a light-to-dark scale, clamped, with a contrasting label colour."""
    assert colour(0.0) == "#f7fbff" and colour(1.0) == "#08306b"
    assert colour(-1) == colour(0.0) and colour(2) == colour(1.0)
    assert colour(0.5) == "#6baed6"
    assert text_colour(0.9) == "#ffffff" and text_colour(0.1) != "#ffffff"


def test_no_sources_still_draws() -> None:
    """An empty comparison gives an empty but valid map (just the legend)."""
    ET.fromstring(agreement_svg([], {}))
