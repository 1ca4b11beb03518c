"""Draw the source-agreement heat map as a small inline SVG.

Built by hand rather than with matplotlib so the HTML report needs no image
files, no network and no plotting stack, and the same matrix always gives
the same bytes.  Every label goes through XML escaping: source ids and names
come from outside.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping, Sequence
from xml.sax.saxutils import escape

# ColorBrewer "Blues": sequential, readable in greyscale and for colour-blind readers.
_STOPS = ((0.0, (247, 251, 255)), (0.25, (198, 219, 239)), (0.5, (107, 174, 214)),
          (0.75, (33, 113, 181)), (1.0, (8, 48, 107)))
_NA_FILL = "#eceff3"
_SELF_FILL = "#d9dde3"
CELL = 56
_CHAR = 7.2  # average glyph width at 12px, enough to size the margins
_NA_NOTE = "no statement in common"
_LEGEND_WIDTH = 6 * 46 + 12 + 52 + math.ceil(len(_NA_NOTE) * _CHAR * 10 / 12)


def _attr(text: str) -> str:
    return escape(text, {'"': "&quot;"})


def colour(share: float) -> str:
    """Return the fill for a share in [0, 1] (clamped), as ``#rrggbb``.

    >>> colour(0.0), colour(1.0)
    ('#f7fbff', '#08306b')
    """
    x = min(1.0, max(0.0, share))
    for (x0, c0), (x1, c1) in itertools.pairwise(_STOPS):
        if x <= x1:
            t = (x - x0) / (x1 - x0)
            rgb = (round(a + (b - a) * t) for a, b in zip(c0, c1, strict=True))
            return "#" + "".join(f"{v:02x}" for v in rgb)
    return "#08306b"


def text_colour(share: float) -> str:
    """Return a label colour that stays readable on :func:`colour`'s fill."""
    return "#ffffff" if share >= 0.55 else "#1f2937"


def agreement_svg(
    ids: Sequence[str],
    matrix: Mapping[str, Mapping[str, float | None]],
    names: Mapping[str, str] | None = None,
) -> str:
    """Return an SVG heat map of ``matrix[a][b]`` (share agreed) over sources ``ids``.

    Cells carry their value as text ("41 %", "n/a" when two sources share no
    statement), so the map does not rely on colour alone.
    """
    names = names or {}
    longest = max((len(i) for i in ids), default=1)
    left = math.ceil(longest * _CHAR) + 16
    top = math.ceil(longest * _CHAR * math.sin(math.radians(45))) + 24
    n = len(ids)
    width = left + max(n * CELL, _LEGEND_WIDTH) + 16
    legend_y = top + n * CELL + 28
    height = legend_y + 44
    parts = [
        f'<svg class="heatmap" role="img" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif" font-size="12">',
        "<title>Agreement between sources: share of commonly covered statements on which "
        "they agree</title>",
    ]
    for i, sid in enumerate(ids):
        x = left + i * CELL + CELL / 2
        y = top + i * CELL + CELL / 2
        label, full = _attr(sid), _attr(names.get(sid, sid))
        parts.append(f'<text x="{left - 8}" y="{y:.1f}" text-anchor="end" '
                     f'dominant-baseline="middle" fill="#374151"><title>{full}</title>'
                     f"{label}</text>")
        parts.append(f'<text transform="translate({x:.1f},{top - 8}) rotate(-45)" '
                     f'fill="#374151"><title>{full}</title>{label}</text>')
    for r, a in enumerate(ids):
        for c, b in enumerate(ids):
            parts.append(_cell(left + c * CELL, top + r * CELL, a, b,
                               None if a == b else matrix.get(a, {}).get(b), names))
    parts += _legend(left, legend_y)
    parts.append("</svg>")
    return "\n".join(parts)


def _cell(x: int, y: int, a: str, b: str, share: float | None,
          names: Mapping[str, str]) -> str:
    if a == b:
        fill, ink, text = _SELF_FILL, "#6b7280", "—"
    elif share is None:
        fill, ink, text = _NA_FILL, "#6b7280", "n/a"
    else:
        fill, ink, text = colour(share), text_colour(share), f"{round(share * 100)} %"
    tip = _attr(f"{names.get(a, a)} / {names.get(b, b)}: {text}")
    return (f'<g><title>{tip}</title>'
            f'<rect x="{x}" y="{y}" width="{CELL - 2}" height="{CELL - 2}" rx="4" '
            f'fill="{fill}"/>'
            f'<text x="{x + (CELL - 2) / 2:.1f}" y="{y + (CELL - 2) / 2:.1f}" '
            f'text-anchor="middle" dominant-baseline="central" fill="{ink}">{text}</text></g>')


def _legend(x: int, y: int) -> list[str]:
    parts = [f'<text x="{x}" y="{y - 6}" fill="#374151">Share agreed</text>']
    for i, share in enumerate((0.0, 0.25, 0.5, 0.75, 1.0)):
        sx = x + i * 46
        parts.append(f'<rect x="{sx}" y="{y}" width="44" height="18" rx="3" '
                     f'fill="{colour(share)}"/>')
        parts.append(f'<text x="{sx + 22}" y="{y + 9}" text-anchor="middle" '
                     f'dominant-baseline="central" font-size="10" '
                     f'fill="{text_colour(share)}">{round(share * 100)} %</text>')
    nx = x + 5 * 46 + 12  # the n/a swatch after the five colour steps
    parts.append(f'<rect x="{nx}" y="{y}" width="44" height="18" rx="3" fill="{_NA_FILL}"/>')
    parts.append(f'<text x="{nx + 22}" y="{y + 9}" text-anchor="middle" '
                 f'dominant-baseline="central" font-size="10" fill="#6b7280">n/a</text>')
    parts.append(f'<text x="{nx + 52}" y="{y + 9}" dominant-baseline="central" '
                 f'font-size="10" fill="#6b7280">{_NA_NOTE}</text>')
    return parts
