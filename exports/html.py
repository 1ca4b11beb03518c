"""Write the interactive HTML graph (``graph.html``): one self-contained, offline file.

The page is made with pyvis: a pyvis ``Network`` (directed, so parallel
edges survive) holds the nodes, edges and vis options, and pyvis's bundled
vis-network is inlined.  pyvis's own template is not used as it stands:
even in ``in_line`` mode it links bootstrap from a CDN, and its template
engine escapes neither the heading nor the select menu.  Our template
(``templates/graph.html.j2``) is rendered by a Jinja environment built the
way pyvis builds its own, but with autoescaping on; it loads nothing from
the network, and a Content-Security-Policy lets only the page's own two
scripts run, so even a payload that slipped into the markup would not.

Nodes and edges are filled straight into the network's lists: pyvis's
``add_edge`` scans every edge it already has (quadratic; ``from_nx`` took
29 s for 20 000 nodes).

Not supported: pyvis's ``local`` mode (it writes ``lib/`` into the working
directory), its filter and select menus, and the physics configurator.
"""

from __future__ import annotations

import base64
import hashlib
import importlib.metadata
import importlib.util
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2
from markupsafe import Markup

from claimgraph.graph.errors import ClaimGraphError

from .base import EXPORTERS, Bundle, write_atomic
from .html_data import graph_data
from .html_overview import MAX_STATEMENTS

if TYPE_CHECKING:
    from ._pyvis import Network


def _pyvis_folder() -> Path:
    """Return pyvis's package folder without importing pyvis.

    Importing it (it imports IPython) cost 0.14 s of CPU in every run that
    writes graph.html, for a template folder, a script and a version string:
    the page is rendered from the graph data directly (see :func:`page_html`).
    """
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise ClaimGraphError("graph.html: expected the pyvis package installed, got none "
                              "(hint: pip install claimgraph installs it)")
    return Path(next(iter(spec.submodule_search_locations)))


FILENAME = "graph.html"
TEMPLATES = Path(__file__).parent / "templates"
PYVIS_TEMPLATES = _pyvis_folder() / "templates"
VIS_JS = PYVIS_TEMPLATES / "lib" / "vis-9.1.2" / "vis-network.min.js"

__all__ = ["FILENAME", "graph_data", "page_html", "pyvis_network", "write_html"]


@EXPORTERS.register("html")
def export_html(bundle: Bundle, out_dir: Path) -> list[Path]:
    """Write ``graph.html`` into ``out_dir``; return its path."""
    return [write_html(bundle, Path(out_dir) / FILENAME)]


def write_html(bundle: Bundle, path: str | Path, *,
               max_statements: int = MAX_STATEMENTS) -> Path:
    """Write the graph page to ``path`` as UTF-8, atomically; return the path."""
    return write_atomic(Path(path), page_html(bundle, max_statements=max_statements))


def pyvis_network(data: dict[str, Any]) -> Network:
    """Return a pyvis Network holding the graph data's nodes, edges and options."""
    from ._pyvis import Network

    net = Network(height="100%", width="100%", directed=True, heading=data["title"],
                  cdn_resources="in_line")
    net.nodes = data["nodes"]
    net.edges = data["edges"]
    net.node_ids = [n["id"] for n in data["nodes"]]
    net.node_map = {n["id"]: n for n in data["nodes"]}
    net.options = data["options"]
    net.templateEnv = _environment()
    net.path = "graph.html.j2"
    return net


def page_html(bundle: Bundle, *, max_statements: int = MAX_STATEMENTS) -> str:
    """Return the whole page as a string: same bundle, same bytes.

    A graph of more than ``max_statements`` statements is drawn as an
    overview of the best-supported ones, with a note on what was left out.
    """
    data = graph_data(bundle, max_statements=max_statements)
    # What pyvis_network(data).get_network_data() hands back, taken from the data itself
    # (no pyvis import): its nodes, its edges, and the title as the heading.
    nodes, edges, heading = data["nodes"], data["edges"], data["title"]
    vis_js = _script(VIS_JS)
    labels_js = _script(TEMPLATES / "graph_labels.js")
    panel_js = _script(TEMPLATES / "graph_panel.js")
    controls_js = _script(TEMPLATES / "graph_controls.js")
    page_data = {**data, "nodes": nodes, "edges": edges}
    template = _environment().get_template("graph.html.j2")
    return template.render(
        heading=heading,
        data=page_data,
        legend=data["legend"],
        overview=data.get("overview"),
        css=Markup(_read(TEMPLATES / "graph.css")),
        vis_js=vis_js,
        labels_js=labels_js,
        panel_js=panel_js,
        controls_js=controls_js,
        csp=_csp(vis_js, labels_js, panel_js, controls_js),
        pyvis_version=importlib.metadata.version("pyvis"),
    )


@cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(TEMPLATES), str(PYVIS_TEMPLATES)]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    # Compact, sorted JSON: smaller pages, byte-identical output.
    env.policies["json.dumps_kwargs"] = {"sort_keys": True, "separators": (",", ":"),
                                         "ensure_ascii": False}
    return env


@cache
def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _script(path: Path) -> Markup:
    """Return a script file's text for an inline <script>, refusing one that would end it."""
    text = _read(path)
    if "</script" in text.lower() or "<!--" in text:
        raise ClaimGraphError(f"{path}: expected a script safe to inline, got '</script' or "
                              "'<!--' in it (hint: split the string in the source)")
    return Markup(text)


def _csp(*scripts: str) -> str:
    """Return a policy that runs only these inline scripts and loads nothing at all."""
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() + "'"
        for s in scripts
    )
    return (f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; "
            "img-src data:; base-uri 'none'; form-action 'none'")
