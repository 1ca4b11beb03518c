"""GraphML and GEXF exporters of the networkx projection (claims view).

Both files hold the "claims" view of graph/network.py: one edge per claim,
keyed by the claim id, attributes flattened (``;``-joined lists, no None).
We write the bytes networkx's plain-XML (ElementTree) writers give, in one
pass without building an element tree (graphml_lines, gexf_lines: at 100 k
claims the trees were most of the time), never lxml's, whose bytes may
differ, and without GEXF's ``lastmodifieddate``, so the bytes are the same on
every run.  The claims view is built once for both files.  Neither format
keeps the RDF provenance graph: use TriG for that.

XML 1.0 cannot hold most control characters, not even as ``&#1;``, and
networkx writes them as they are; labels and quotes come from input, so
both writers drop them (tab, newline and carriage return stay).
"""

from __future__ import annotations

import re
from pathlib import Path

import networkx as nx  # type: ignore[import-untyped]

from claimgraph.graph.errors import ClaimGraphError
from claimgraph.graph.network import flatten_attrs, to_networkx

from .base import EXPORTERS, Bundle, write_atomic

_GEXF_DATE = re.compile(r'\s+lastmodifieddate="[^"]*"')
# Both writers emit non-ASCII as decimal character references (as ElementTree does), so
# U+FFFE, U+FFFF and lone surrogates reach this point as ``&#65534;``, ``&#55296;``...:
# a reference to a character XML 1.0 forbids is as ill-formed as the character itself.
# (Input text cannot forge one: its ``&`` is already ``&amp;``.)
_NOT_XML = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]"
    r"|&#(?:6553[45]|5529[6-9]|55[3-9]\d\d|56\d\d\d|57[0-2]\d\d|573[0-3]\d|5734[0-3]);")


# What _NOT_XML finds in ASCII text without control characters: references only.
_NOT_XML_REFERENCE = re.compile(_NOT_XML.pattern.partition("|")[2])
_CONTROLS = dict.fromkeys([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])


def xml_safe(text: str) -> str:
    r"""Return ``text`` without the characters XML 1.0 forbids, raw or as references.

    The writers give ASCII (other characters as references) and input seldom
    holds a control character: checked first (``str.translate`` has a fast
    path for ASCII), that leaves only references to look for, a search with
    a literal start, where the whole pattern (no literal start) took 0.3 s
    over the 50 MB of a 100 k-claim GEXF file.

    >>> xml_safe("a\x01b\tc\x1f")
    'ab\tc'
    >>> xml_safe("x&#65534;y&#55296;z&#133;&amp;#65535;")
    'xyz&#133;&amp;#65535;'
    """
    if text.isascii() and len(text.translate(_CONTROLS)) == len(text):
        return _NOT_XML_REFERENCE.sub("", text) if "&#" in text else text
    return _NOT_XML.sub("", text)


def claims_view(bundle: Bundle) -> nx.MultiDiGraph:
    """Return the bundle's flattened claims view, made once for both writers.

    The writers only read it (GraphML would pop a graph attribute ``id``;
    the view has only ``view`` and ``topic``).
    """
    return bundle.view("networkx-claims",
                       lambda: flatten_attrs(to_networkx(bundle.claims, view="claims",
                                                         ids=bundle.claim_ids()),
                                             copy=False))


def graphml_text(bundle: Bundle) -> str:
    """Return the GraphML text of the bundle's claims view."""
    return xml_safe(graphml_lines(claims_view(bundle))) + "\n"


# --- GraphML, as networkx writes it, in one pass -------------------------------------
#
# networkx builds an ElementTree element per node, edge and value, indents the tree
# and serialises it (most of the exporter's time at 100 k claims).  graphml_lines
# writes the same text directly: ``"\n".join(nx.generate_graphml(G,
# prettyprint=True))`` byte for byte (tests/test_graphml_writer.py compares the two
# on generated graphs; tests/golden/tiny.graphml pins the bytes).  What it copies:
# key ids d0, d1, ... in the order values are met (graph, then nodes, then edges),
# one key per (name, type, scope), keys listed newest first; a value's type from its
# Python type (no inference); ElementTree's escapes and two-space indent; non-ASCII
# as character references (ElementTree writes us-ascii); and the line splitting of
# ``str.splitlines``.

_GRAPHML_HEAD = (
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
    'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">'
)
_GRAPHML_TYPES: dict[type, str] = {bool: "boolean", int: "long", float: "double", str: "string"}
# The most value lines a writer keeps (recurring values are met early; ids never recur).
_KEPT_LINES = 100_000


def _text(value: str) -> str:
    """Escape character data as ElementTree does."""
    if "&" in value:
        value = value.replace("&", "&amp;")
    if "<" in value:
        value = value.replace("<", "&lt;")
    if ">" in value:
        value = value.replace(">", "&gt;")
    return value


def _attr(value: str) -> str:
    """Escape an attribute value as ElementTree does."""
    value = _text(value)
    if '"' in value:
        value = value.replace('"', "&quot;")
    if "\r" in value:
        value = value.replace("\r", "&#13;")
    if "\n" in value:
        value = value.replace("\n", "&#10;")
    if "\t" in value:
        value = value.replace("\t", "&#09;")
    return value


def _kept_value(value: object) -> object:
    """Return a value as the key of the line kept for it: 0.0 and -0.0 are equal and hash
    alike but print differently, so a zero float is kept by its text."""
    return str(value) if type(value) is float and not value else value


class _GraphmlKeys:
    """Hand out key ids d0, d1, ... per (name, type, scope), in the order asked."""

    def __init__(self) -> None:
        self.ids: dict[tuple[str, str, str], str] = {}
        self.kept: dict[tuple[object, ...], str] = {}  # see data()

    def data(self, scope: str, attrs: dict[str, object], pad: str) -> list[str]:
        """Return one ``<data>`` element per attribute, each on its own line.

        Most values recur (a predicate, a status, a source on every claim):
        each line is kept by (scope, name, type, value, pad), so a recurring
        value is a dict lookup, not a type check, an id lookup and escapes.
        """
        out = []
        kept = self.kept
        for name, value in attrs.items():
            kind = _GRAPHML_TYPES.get(type(value))
            if kind is None:
                raise ClaimGraphError(f"GraphML: expected a str, int, float or bool value for "
                                      f"{name!r}, got {type(value).__name__} "
                                      "(hint: flatten_attrs the graph first)")
            said = (scope, name, kind, _kept_value(value), pad)
            line = kept.get(said)
            if line is None:
                key = (str(name), kind, scope)
                key_id = self.ids.get(key)
                if key_id is None:
                    key_id = self.ids[key] = f"d{len(self.ids)}"
                text = str(value)
                line = (f'{pad}<data key="{key_id}">{_text(text)}</data>' if text
                        else f'{pad}<data key="{key_id}" />')
                if len(kept) < _KEPT_LINES:
                    kept[said] = line
            out.append(line)
        return out

    def lines(self) -> list[str]:
        return [f'  <key id="{key_id}" for="{scope}" attr.name="{_attr(name)}" '
                f'attr.type="{kind}" />'
                for (name, kind, scope), key_id in reversed(self.ids.items())]


def graphml_lines(G: nx.MultiDiGraph) -> str:
    """Return ``"\n".join(nx.generate_graphml(G, prettyprint=True))`` for a flattened graph.

    >>> G = nx.MultiDiGraph(view="claims")
    >>> G.add_edge("a", "b", key="k", weight=0.5)
    'k'
    >>> print(graphml_lines(G))  # doctest: +NORMALIZE_WHITESPACE
    <graphml xmlns="http://graphml.graphdrawing.org/xmlns" ...>
      <key id="d1" for="edge" attr.name="weight" attr.type="double" />
      <key id="d0" for="graph" attr.name="view" attr.type="string" />
      <graph edgedefault="directed">
        <node id="a" />
        <node id="b" />
        <edge source="a" target="b" id="k">
          <data key="d1">0.5</data>
        </edge>
        <data key="d0">claims</data>
      </graph>
    </graphml>
    """
    keys = _GraphmlKeys()
    graph_data = keys.data("graph", {k: v for k, v in G.graph.items()
                                     if k not in ("node_default", "edge_default")}, "    ")
    body: list[str] = []
    add = body.append
    for node, attrs in G.nodes(data=True):
        if attrs:
            add(f'    <node id="{_attr(str(node))}">')
            body.extend(keys.data("node", attrs, "      "))
            add("    </node>")
        else:
            add(f'    <node id="{_attr(str(node))}" />')
    edges = G.edges(data=True, keys=True) if G.is_multigraph() else (
        (u, v, None, d) for u, v, d in G.edges(data=True))
    for u, v, key, attrs in edges:
        head = f'    <edge source="{_attr(str(u))}" target="{_attr(str(v))}"' + (
            "" if key is None else f' id="{_attr(str(key))}"')
        if attrs:
            add(head + ">")
            body.extend(keys.data("edge", attrs, "      "))
            add("    </edge>")
        else:
            add(head + " />")
    body.extend(graph_data)
    directed = "directed" if G.is_directed() else "undirected"
    graph = ([f'  <graph edgedefault="{directed}">', *body, "  </graph>"] if body
             else [f'  <graph edgedefault="{directed}" />'])
    return _ascii_lines("\n".join([_GRAPHML_HEAD, *keys.lines(), *graph, "</graphml>"]))


# The line breaks of str.splitlines in ASCII text, other than "\n".
_OTHER_BREAKS = re.compile(r"[\r\x0b\x0c\x1c-\x1e]")
_OTHER_BREAK_BYTES = (b"\r", b"\x0b", b"\x0c", b"\x1c", b"\x1d", b"\x1e")


def _ascii_lines(text: str) -> str:
    r"""Return ``text`` as ElementTree and networkx's line joining leave it.

    ElementTree writes us-ascii with character references, and the lines are
    split by str.splitlines (which also breaks at \r, \x0b, \x1c ...) and
    joined with "\n".  Most texts are ASCII with "\n" breaks only, which that
    leaves as they are: checked first, as re-encoding, splitting and joining
    the 50 MB of a 100 k-claim graph cost 0.3 s per file.

    Text with other characters (a measure label's "≤" in every 100 k-claim
    graph) is re-encoded, then checked the same way on the ASCII bytes
    (one ``in`` per break, scanned in C): splitting and joining ASCII text
    with "\n" breaks only gives it back.  The regex search over the wide
    str and the split and join cost 0.2 s per file.

    >>> _ascii_lines("a\nb") == "a\nb" and _ascii_lines("é\rb\n") == "&#233;\nb"
    True
    >>> _ascii_lines("≤ 5\né")
    '&#8804; 5\n&#233;'
    """
    if text.isascii():
        if not text.endswith("\n") and _OTHER_BREAKS.search(text) is None:
            return text
        return "\n".join(text.splitlines())
    data = text.encode("ascii", "xmlcharrefreplace")
    if not data.endswith(b"\n") and not any(brk in data for brk in _OTHER_BREAK_BYTES):
        return data.decode("ascii")
    return "\n".join(data.decode("ascii").splitlines())


def gexf_text(bundle: Bundle) -> str:
    """Return the GEXF text of the bundle's claims view (no modification date)."""
    return xml_safe(gexf_lines(claims_view(bundle))) + "\n"


@EXPORTERS.register("graphml")
def export_graphml(bundle: Bundle, out_dir: Path) -> list[Path]:
    """Write graph.graphml: entities, measures and one edge per claim."""
    return [write_atomic(Path(out_dir) / "graph.graphml", graphml_text(bundle))]


@EXPORTERS.register("gexf")
def export_gexf(bundle: Bundle, out_dir: Path) -> list[Path]:
    """Write graph.gexf: the same graph as GraphML, for Gephi."""
    return [write_atomic(Path(out_dir) / "graph.gexf", gexf_text(bundle))]


# --- GEXF, as networkx writes it, in one pass ----------------------------------------
#
# The same idea for nx.generate_gexf (version 1.2draft, prettyprinted), without the
# modification date.  What it copies: node ``id``/``label``/``pid``/``start``/``end``
# and edge ``id``/``label``/``weight``/``type``/``start``/``end`` written as XML
# attributes (a ``start`` or ``end`` makes the graph dynamic, with the time format of
# the last one met), the edge key as the ``networkx_key`` value, edge ids counted
# from 0 past the ids edges carry, attribute ids in the order met with the first
# type seen per title, one ``<attributes>`` block per class, newest first, booleans
# as ``true``/``false`` and infinite floats as ``INF``.  Graphs that use what this
# does not copy (viz, parents, spells, list values, defaults, a dynamic graph mode)
# go through networkx itself (tests/test_graphml_writer.py compares both).

_GEXF_HEAD = (
    '<gexf xmlns="http://www.gexf.net/1.2draft" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" '
    'version="1.2">'
)
_GEXF_FLOATS = {"inf": "INF", "nan": "NaN", "-inf": "-INF"}
_GEXF_NOT_COPIED = frozenset({"viz", "parents", "spells"})
_TIME_FORMATS: tuple[tuple[type, str], ...] = ((str, "date"), (float, "double"), (int, "long"))


class _NotCopied(Exception):
    """The graph uses a GEXF feature gexf_lines does not copy: networkx writes it."""


class _GexfState:
    """Attribute ids, edge ids and the graph's time format while writing."""

    def __init__(self, used_edge_ids: set[str]) -> None:
        self.attributes: dict[tuple[str, str], list[str]] = {}  # (class, mode) -> lines
        self.ids: dict[tuple[str, str], str] = {}  # (class, title) -> id
        self.used_edge_ids = used_edge_ids
        self.next_edge = 0
        self.time_format: str | None = None
        self.lines: dict[tuple[object, ...], str] = {}  # see values()

    def time(self, value: object) -> str:
        for kind, name in _TIME_FORMATS:
            if isinstance(value, kind):
                self.time_format = name
                return str(value)
        raise _NotCopied

    def edge_id(self) -> str:
        while str(self.next_edge) in self.used_edge_ids:
            self.next_edge += 1
        found = str(self.next_edge)
        self.used_edge_ids.add(found)
        self.next_edge += 1
        return found

    def values(self, scope: str, data: dict[str, object], pad: str) -> list[str]:
        """Return the ``<attvalues>`` lines of one node or edge (none when no data).

        Each line is kept by (scope, name, type, value, pad), as GraphML's are.
        """
        if not data:
            return []
        lines = [f"{pad}<attvalues>"]
        kept = self.lines
        for name, value in data.items():
            kind = _GEXF_TYPES.get(type(value))
            if kind is None:
                raise _NotCopied
            said = (scope, name, kind, _kept_value(value), pad)
            line = kept.get(said)
            if line is None:
                line = self._value(scope, name, value, kind, pad)
                if len(kept) < _KEPT_LINES:
                    kept[said] = line
            lines.append(line)
        lines.append(f"{pad}</attvalues>")
        return lines

    def _value(self, scope: str, name: str, value: object, kind: str, pad: str) -> str:
        """Return one ``<attvalue>`` line, giving the attribute an id when it is new."""
        title = "networkx_key" if name == "key" else str(name)
        attr_id = self.ids.get((scope, title))
        if attr_id is None:
            attr_id = self.ids[(scope, title)] = str(len(self.ids))
            self.attributes.setdefault((scope, "static"), []).append(
                f'      <attribute id="{attr_id}" title="{_attr(title)}" type="{kind}" />')
        if type(value) is bool:
            text = "true" if value else "false"
        else:
            text = str(value)
            if type(value) is float:
                text = _GEXF_FLOATS.get(text, text)
        return f'{pad}  <attvalue for="{attr_id}" value="{_attr(text)}" />'


_GEXF_TYPES: dict[type, str] = {bool: "boolean", int: "long", float: "double", str: "string"}


def _xml_attrs(attrs: dict[str, str]) -> str:
    return "".join(f' {name}="{_attr(value)}"' for name, value in attrs.items())


def _element(tag: str, attrs: dict[str, str], children: list[str], pad: str) -> list[str]:
    head = f"{pad}<{tag}{_xml_attrs(attrs)}"
    return [head + ">", *children, f"{pad}</{tag}>"] if children else [head + " />"]


def _gexf_body(G: nx.MultiDiGraph) -> list[str]:
    if G.graph.get("mode") == "dynamic" or "node_default" in G.graph or "edge_default" in G.graph:
        raise _NotCopied
    state = _GexfState({str(d["id"]) for _, _, d in G.edges(data=True)
                        if d.get("id") is not None})
    nodes: list[str] = []
    for node, attrs in G.nodes(data=True):
        data = dict(attrs)
        if not _GEXF_NOT_COPIED.isdisjoint(data):
            raise _NotCopied
        xml = {"id": str(data.pop("id", node)), "label": str(data.pop("label", node))}
        if "pid" in data:
            xml["pid"] = str(data.pop("pid"))
        for when in ("start", "end"):
            if when in data:
                xml[when] = state.time(data.pop(when))
        nodes.extend(_element("node", xml, state.values("node", data, "        "), "      "))
    edges: list[str] = []
    multi = G.is_multigraph()
    items = G.edges(data=True, keys=True) if multi else (
        (u, v, None, d) for u, v, d in G.edges(data=True))
    # What _element("edge", ...) writes, edge by edge, with each node's escaped id and
    # each label made once (a 100 k-claim graph has ~10 k nodes and a few dozen labels).
    ends = {node: _attr(str(attrs.get("id", node))) for node, attrs in G.nodes(data=True)}
    said: dict[str, str] = {}
    for u, v, key, attrs in items:
        data = dict(attrs)
        if multi:
            data.update(key=key)
        if not _GEXF_NOT_COPIED.isdisjoint(data):
            raise _NotCopied
        edge_id = data.pop("id", None)
        head = (f'      <edge source="{ends[u]}" target="{ends[v]}" '
                f'id="{_attr(state.edge_id() if edge_id is None else str(edge_id))}"')
        for name in ("label", "weight", "type"):
            if name in data:
                text = str(data.pop(name))
                escaped = said.get(text)
                if escaped is None:
                    escaped = said[text] = _attr(text)
                head += f' {name}="{escaped}"'
        for when in ("start", "end"):
            if when in data:
                head += f' {when}="{_attr(state.time(data.pop(when)))}"'
        children = state.values("edge", data, "        ")
        if children:
            edges.append(head + ">")
            edges.extend(children)
            edges.append("      </edge>")
        else:
            edges.append(head + " />")
    graph = {"defaultedgetype": "directed" if G.is_directed() else "undirected",
             "mode": "static" if state.time_format is None else "dynamic",
             "name": str(G.graph.get("name", ""))}
    if state.time_format is not None:
        graph["timeformat"] = state.time_format
    blocks: list[str] = []
    for (scope, mode), lines in reversed(state.attributes.items()):
        blocks.extend(_element("attributes", {"mode": mode, "class": scope}, lines, "    "))
    children = [*blocks, *_element("nodes", {}, nodes, "    "),
                *_element("edges", {}, edges, "    ")]
    return [_GEXF_HEAD, "  <meta>", f"    <creator>{_text(f'NetworkX {nx.__version__}')}</creator>",
            "  </meta>", *_element("graph", graph, children, "  "), "</gexf>"]


def gexf_lines(G: nx.MultiDiGraph) -> str:
    """Return ``"\n".join(nx.generate_gexf(G, prettyprint=True))`` without the date.

    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("a", "b", key="k", label="a to b")
    'k'
    >>> print(gexf_lines(G))  # doctest: +ELLIPSIS
    <gexf ...>
      <meta>
        <creator>NetworkX ...</creator>
      </meta>
      <graph defaultedgetype="directed" mode="static" name="">
        <attributes mode="static" class="edge">
          <attribute id="0" title="networkx_key" type="string" />
        </attributes>
        <nodes>
          <node id="a" label="a" />
          <node id="b" label="b" />
        </nodes>
        <edges>
          <edge source="a" target="b" id="0" label="a to b">
            <attvalues>
              <attvalue for="0" value="k" />
            </attvalues>
          </edge>
        </edges>
      </graph>
    </gexf>
    """
    try:
        text = "\n".join(_gexf_body(G))
    except _NotCopied:
        text = "\n".join(nx.generate_gexf(G, encoding="utf-8", prettyprint=True))
        return _GEXF_DATE.sub("", text, count=1)
    return _ascii_lines(text)
