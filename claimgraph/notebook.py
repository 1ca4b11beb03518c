"""Show the interactive graph inline in a Jupyter notebook.

The page is the same one ``graph.html`` holds, placed in an ``<iframe
srcdoc>`` (escaped), so it needs no file on disk and no server, works in
an exported notebook, and its scripts run sandboxed, apart from the
notebook's own page.  IPython is imported only when a graph is shown.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from claimgraph.exports.base import Bundle
from claimgraph.graph.findings import Comparison
from claimgraph.graph.model import ClaimSet

if TYPE_CHECKING:  # pragma: no cover
    from IPython.display import HTML

__all__ = ["graph_iframe", "show_graph"]


def graph_iframe(bundle: Bundle, *, height: int = 720) -> str:
    """Return a ``<div>`` holding an ``<iframe>`` whose ``srcdoc`` is the whole graph page.

    (A bare iframe makes IPython warn and suggest ``IFrame``, which needs a URL.)
    """
    from claimgraph.exports.html import page_html

    page = html.escape(page_html(bundle), quote=True)
    title = html.escape(bundle.claims.label(bundle.claims.topic) or "claims", quote=True)
    return (f'<div class="claimgraph-graph"><iframe srcdoc="{page}" '
            f'title="Claim graph: {title}" sandbox="allow-scripts" '
            f'style="width: 100%; height: {int(height)}px; border: 1px solid #d8dde3; '
            f'border-radius: 6px"></iframe></div>')


def show_graph(claims: Bundle | ClaimSet, comparison: Comparison | None = None, *,
               focus: str | None = None, depth: int = 1, height: int = 720) -> HTML:
    """Return the graph as an IPython ``HTML`` object; a cell that ends with it shows it.

    Args:
        claims: a Bundle, or a ClaimSet (compared now unless ``comparison`` is given).
        comparison: the comparison to draw, when ``claims`` is a ClaimSet.
        focus: an entity id or label: show only its neighbourhood.
        depth: how many steps from ``focus`` to show.
        height: the frame's height in pixels.
    """
    from IPython.display import HTML

    if isinstance(claims, Bundle):
        bundle = claims
        if focus is not None:
            from dataclasses import replace

            bundle = replace(bundle, html_focus=focus, html_depth=depth)
    else:
        bundle = Bundle(claims, comparison, html_focus=focus, html_depth=depth)
    return HTML(graph_iframe(bundle, height=height))
