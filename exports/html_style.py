"""How a statement's status and a source's stance look, in every output.

One table each, read by the report (HTML badges, the status bar, the
Markdown status column) and the graph page (edge colour, arrow head,
legend, panel badges), so "consensus" is one colour and one symbol
everywhere.  The colours are Okabe and Ito's palette for colour-blind
readers (https://jfly.uni-koeln.de/color/), and no status relies on colour
alone: each has a symbol in text and an arrow head on the graph, and
certainty (hedged, denied) is the line style, never the colour.  Text
drawn on a colour is black or white, whichever contrasts more, and the
tests check every pair reaches WCAG's 4.5:1.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimgraph.graph.findings import (
    ASSERTS,
    CONSENSUS,
    CONTESTED,
    DENIES,
    HEDGES,
    MAJORITY,
    MINORITY,
    PARTIAL,
    SILENT,
    SINGLE_SOURCE,
)

# Okabe–Ito (2008), by name.
BLUISH_GREEN = "#009E73"
BLUE = "#0072B2"
ORANGE = "#E69F00"
VERMILLION = "#D55E00"
SKY_BLUE = "#56B4E9"
YELLOW = "#F0E442"
REDDISH_PURPLE = "#CC79A7"
GREY = "#8C8C8C"  # not in the palette: "one source" is no agreement either way
BLACK = "#000000"
WHITE = "#FFFFFF"


@dataclass(frozen=True, slots=True)
class StatusStyle:
    """How one statement status is drawn: colour, symbol, arrow head, words."""

    status: str
    colour: str  # edge stroke, badge background
    symbol: str  # a non-colour cue in text: badges, the Markdown table, tooltips
    arrow: str  # vis-network arrow head type: a non-colour cue on the canvas
    label: str  # how the legend says it
    meaning: str  # one line for the legend's tooltip

    @property
    def ink(self) -> str:
        """Return the text colour for this status's background (black or white)."""
        return readable_ink(self.colour)


STATUS_STYLES: dict[str, StatusStyle] = {
    CONSENSUS: StatusStyle(CONSENSUS, BLUISH_GREEN, "●", "arrow", "consensus",
                           "every source covering the topic area says it (at least two)"),
    MAJORITY: StatusStyle(MAJORITY, BLUE, "◕", "vee", "majority",
                          "more than half of the sources covering the topic area"),
    MINORITY: StatusStyle(MINORITY, ORANGE, "◑", "diamond", "minority",
                          "at least two sources, half or fewer"),
    SINGLE_SOURCE: StatusStyle(SINGLE_SOURCE, GREY, "○", "circle", "single source",
                               "one source says it"),
    CONTESTED: StatusStyle(CONTESTED, VERMILLION, "✕", "bar", "contested",
                           "some sources affirm it and some deny it"),
}

# Edge line styles for certainty, never for status (vis-network dash patterns).
HEDGED_DASHES = [8, 6]  # every supporting source hedges ("may", "thought to")
DENIED_DASHES = [2, 5]  # no source supports it, some deny it


@dataclass(frozen=True, slots=True)
class StanceStyle:
    """How one source's stance is drawn in a table cell or a panel badge."""

    stance: str
    symbol: str
    background: str
    ink: str
    label: str


# Light tints of the Okabe–Ito hues with dark inks of the same hue.
STANCE_STYLES: dict[str, StanceStyle] = {
    ASSERTS: StanceStyle(ASSERTS, "✔", "#D5F0E7", "#00553E", "asserts"),
    HEDGES: StanceStyle(HEDGES, "~", "#FBF5C4", "#5C4D00", "hedges"),
    PARTIAL: StanceStyle(PARTIAL, "◐", "#DCEFFB", "#00476F", "partly (narrower concept)"),
    DENIES: StanceStyle(DENIES, "✘", "#FBE2D3", "#8A3300", "denies"),
    SILENT: StanceStyle(SILENT, "·", "#FFFFFF", "#5F6670", "says nothing"),
}


# How each kind of finding is named for a reader (report.json keeps the codes).
KIND_LABELS = {"numeric": "figures", "polarity": "yes vs no", "direction": "direction",
               "role": "risk vs treatment", "certainty": "stated vs hedged",
               "not-comparable": "not comparable"}


def _channel(c: int) -> float:
    x = c / 255
    return x / 12.92 if x <= 0.04045 else ((x + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """Return the WCAG relative luminance of ``#rrggbb``.

    >>> round(luminance("#FFFFFF"), 3), round(luminance("#000000"), 3)
    (1.0, 0.0)
    """
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(a: str, b: str) -> float:
    """Return the WCAG contrast ratio of two colours (1 to 21).

    >>> round(contrast("#000000", "#FFFFFF"), 1)
    21.0
    """
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def readable_ink(background: str) -> str:
    """Return black or white, whichever is easier to read on ``background``."""
    return BLACK if contrast(BLACK, background) >= contrast(WHITE, background) else WHITE


def status_css() -> str:
    """Return CSS rules for ``.status-<name>`` badges and ``.bg-<name>`` swatches."""
    rules = []
    for style in STATUS_STYLES.values():
        rules.append(f".status-{style.status}, .bg-{style.status} {{ background: {style.colour}; "
                     f"color: {style.ink}; }}")
    for stance in STANCE_STYLES.values():
        rules.append(f".s-{stance.stance} {{ background: {stance.background}; "
                     f"color: {stance.ink}; }}")
    return "\n".join(rules)


def status_legend() -> list[dict[str, str]]:
    """Return the statuses as plain data for a page's legend and panel badges."""
    return [{"status": s.status, "label": s.label, "color": s.colour, "ink": s.ink,
             "symbol": s.symbol, "arrow": s.arrow, "meaning": s.meaning}
            for s in STATUS_STYLES.values()]
