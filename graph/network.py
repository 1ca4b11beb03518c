"""Project a ClaimSet onto a networkx MultiDiGraph for analysis and drawing.

Nodes are entities (``label``, ``type``, ``n_sources``) and measures (one
node per distinct figure, ``type="measure"``).  Two views of the edges:

- ``claims``: one edge per claim, keyed by the claim id, carrying who said
  it and how (``claim_source``, never ``source``: pyvis reserves that name);
- ``statements``: one edge per statement, as the comparison builds it
  (:func:`.statements.build_statements`), keyed by the statement id, with
  its status, each stance's sources and the supporting sources
  ``;``-joined.

Graph, node and edge attributes may be None or tuples here; call
:func:`flatten_attrs` before writing GraphML or GEXF.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

import networkx as nx  # type: ignore[import-untyped]

from . import vocab
from .errors import ClaimGraphError
from .model import Bound, Claim, ClaimSet, Measure, ReviewStatus, content_hash
from .registry import Registry
from .statements import ClaimIds, build_index, build_statements

# (graph, claim set, the kept claims as (claim id, claim) sorted by id, the ids) -> edges.
Projector = Callable[[nx.MultiDiGraph, ClaimSet, list[tuple[str, Claim]], ClaimIds], None]
VIEWS: Registry[Projector] = Registry("graph view")

_BOUND_SIGN = {Bound.UPPER: "≤ ", Bound.LOWER: "≥ ", Bound.APPROX: "~", Bound.EXACT: ""}


def measure_node(m: Measure) -> str:
    """Return the node id of a measure (``m-`` + the hash its RDF node uses)."""
    return "m-" + content_hash(*m.key())


def measure_label(m: Measure) -> str:
    """Return a short reading of a figure.

    >>> measure_label(Measure("mortality", value=0.8, bound=Bound.UPPER, horizon="P12M"))
    'mortality ≤ 80% (P12M)'
    """

    def fmt(x: float | None) -> str:
        if x is None:
            return "?"
        return f"{x * 100:g}%" if m.unit == "proportion" else f"{x:g} {m.unit}".strip()

    if m.bound is Bound.RANGE or m.value is None:
        figure = f"{fmt(m.low)}–{fmt(m.high)}"
    else:
        figure = _BOUND_SIGN.get(m.bound, "") + fmt(m.value)
    extra = ", ".join(x for x in (m.horizon, m.population) if x)
    return f"{m.kind} {figure}" + (f" ({extra})" if extra else "")


def _target(claim: Claim) -> str | None:
    if claim.object is not None:
        return claim.object
    return measure_node(claim.measure) if claim.measure is not None else None


def to_networkx(cs: ClaimSet, *, view: str = "claims",
                ids: ClaimIds | None = None) -> nx.MultiDiGraph:
    """Return the entities, measures and claims of ``cs`` as a MultiDiGraph.

    Rejected claims are left out; negated claims are edges with
    ``polarity="negated"`` (claims view) or counted in ``denied_by``.
    Nodes and edges are added in sorted order, so writers are deterministic.

    >>> from claimgraph.graph.model import Evidence
    >>> cs = ClaimSet(claims=(Claim("warfarin", "increases_risk_of", "calciphylaxis",
    ...                             evidence=Evidence("nkf")),))
    >>> G = to_networkx(cs)
    >>> sorted(G.nodes), G.nodes["warfarin"]["n_sources"]
    (['calciphylaxis', 'warfarin'], 1)
    >>> [(u, v, d["claim_source"]) for u, v, d in G.edges(data=True)]
    [('warfarin', 'calciphylaxis', 'nkf')]

    ``ids`` gives each claim's id and statement id when the caller has them
    already (:class:`.statements.ClaimIds`); by default each is hashed here.

    Raises:
        UnknownFormatError: ``view`` is not one of ``VIEWS``.
    """
    project = VIEWS.get(view)
    ids = ids or ClaimIds(cs.claims)
    # Sorted by id (unique keys of the dict, so no claim is ever compared).
    claims = sorted(
        (i, c) for i, c in {ids(c): c for c in cs.claims}.items()
        if c.status is not ReviewStatus.REJECTED and _target(c) is not None
    )
    G = nx.MultiDiGraph(view=VIEWS.canonical(view), topic=cs.topic)
    _add_nodes(G, cs, [c for _, c in claims])
    project(G, cs, claims, ids)
    return G


def _add_nodes(G: nx.MultiDiGraph, cs: ClaimSet, claims: list[Claim]) -> None:
    sources: dict[str, set[str]] = defaultdict(set)
    measures: dict[str, Measure] = {}
    for c in claims:
        sources[c.subject].add(c.source)
        if c.object is not None:
            sources[c.object].add(c.source)
        if c.measure is not None:
            node = measure_node(c.measure)
            measures[node] = c.measure
            sources[node].add(c.source)
    entities = cs.entity_map()
    ids = set(entities) | {n for n in sources if n not in measures}
    for entity_id in sorted(ids):
        entity = entities.get(entity_id)
        G.add_node(
            entity_id,
            label=entity.label if entity else entity_id,
            type=str(entity.type) if entity else "other",
            n_sources=len(sources.get(entity_id, ())),
            synonyms=entity.synonyms if entity else (),
            xrefs=entity.xrefs if entity else (),
        )
    for node in sorted(measures):
        m = measures[node]
        G.add_node(
            node, label=measure_label(m), type="measure", n_sources=len(sources[node]),
            kind=m.kind, value=_num(m.value), low=_num(m.low), high=_num(m.high),
            bound=str(m.bound), unit=m.unit, horizon=m.horizon, population=m.population,
        )


def _num(x: float | None) -> float | None:
    return None if x is None else float(x)


@VIEWS.register("claims")
def _claims_view(G: nx.MultiDiGraph, cs: ClaimSet, claims: list[tuple[str, Claim]],
                 ids: ClaimIds) -> None:
    statement_id = ids.statement_id
    for claim_id, c in claims:
        q, ev = c.qualifiers, c.evidence
        G.add_edge(
            c.subject, _target(c), key=claim_id,
            predicate=c.predicate, label=vocab.PREDICATES[c.predicate].label
            if c.predicate in vocab.PREDICATES else c.predicate,
            polarity=str(c.polarity), certainty=str(c.certainty), status=str(c.status),
            claim_source=c.source, statement=statement_id(c),
            section=ev.section, anchor=ev.anchor, start=ev.start, end=ev.end,
            population=q.population, setting=q.setting, level=q.level,
        )


@VIEWS.register("statements")
def _statements_view(G: nx.MultiDiGraph, cs: ClaimSet,
                     claims: list[tuple[str, Claim]], ids: ClaimIds) -> None:
    # The comparison's own statement builder, so the edges carry the status,
    # stances and partial support the report and graph.html show.
    for st in sorted(build_statements(build_index(cs)), key=lambda st: st.id):
        target = st.object if st.object is not None else (
            measure_node(st.measure) if st.measure is not None else None)
        if target is None:
            continue
        q = st.qualifiers
        G.add_edge(
            st.subject, target, key=st.id,
            predicate=st.predicate, label=vocab.PREDICATES[st.predicate].label
            if st.predicate in vocab.PREDICATES else st.predicate,
            sources=";".join(st.supporters), n_sources=len(st.supporters),
            denied_by=";".join(st.denies), hedged=st.hedged_only,
            status=st.status, area=st.area, asserts=st.asserts, hedges=st.hedges,
            denies=st.denies, partial=st.partial,
            population=q.population, setting=q.setting, level=q.level,
        )


_SCALARS = (bool, int, float, str)
_PLAIN = frozenset(_SCALARS)
_PLAIN_OR_NONE = frozenset({*_SCALARS, type(None)})
_STR_ONLY = frozenset({str})


def _flat(value: object) -> str | int | float | bool | None:
    if value is None:
        return None
    if type(value) in _PLAIN:  # most values: kind(value) below would give the value back
        return value  # type: ignore[return-value]
    for kind in _SCALARS:  # plain types only: GraphML maps type(value) exactly
        if isinstance(value, kind):
            return kind(value)  # type: ignore[call-arg]
    if isinstance(value, set | frozenset):
        return ";".join(sorted(str(v) for v in value))
    if isinstance(value, Iterable):
        return ";".join(str(v) for v in value)
    raise ClaimGraphError(f"graph attribute: expected a str, number, bool or list, got "
                          f"{type(value).__name__} (hint: convert it before flattening)")


def flatten_attrs(G: nx.MultiDiGraph, *, copy: bool = True) -> nx.MultiDiGraph:
    """Return a copy whose attributes GraphML and GEXF accept.

    Lists and tuples become ``;``-joined text, None values are dropped, and
    str subclasses (enums) become plain str.  With ``copy=False`` a graph
    whose nodes and edge keys are all plain str is flattened in place and
    returned (a graph made only to be written: no second graph is built,
    most of the time at 100 k claims); any other graph is copied.

    >>> G = nx.MultiDiGraph(topic=None)
    >>> G.add_node("a", synonyms=("x", "y"), horizon=None)
    >>> flatten_attrs(G).nodes["a"]
    {'synonyms': 'x;y'}
    >>> flatten_attrs(G, copy=False) is G, G.nodes["a"]
    (True, {'synonyms': 'x;y'})
    """

    def clean(attrs: dict[str, object]) -> dict[str, object]:
        # Most dicts hold only str names and plain values or None (every claim edge):
        # checked in C, then only the None values go.
        if _STR_ONLY.issuperset(map(type, attrs)) and _PLAIN_OR_NONE.issuperset(
                map(type, attrs.values())):
            return {name: value for name, value in attrs.items() if value is not None}
        out: dict[str, object] = {}
        for name, value in attrs.items():
            flat = _flat(value)
            if flat is not None:
                out[str(name)] = flat
        return out

    if not copy and all(type(n) is str for n in G) and all(
            type(k) is str for _, _, k in G.edges(keys=True)):
        # The copy below would make str(n) == n of each node and key: the same graph,
        # in the same order, each attribute dict cleaned as it stands.
        for attrs in (G.graph, *(a for _, a in G.nodes(data=True)),
                      *(a for _, _, a in G.edges(data=True))):
            flat = clean(attrs)
            attrs.clear()
            attrs.update(flat)
        return G
    H = nx.MultiDiGraph(**clean(dict(G.graph)))
    for node, attrs in G.nodes(data=True):
        H.add_node(str(node), **clean(attrs))
    for u, v, key, attrs in G.edges(keys=True, data=True):
        H.add_edge(str(u), str(v), key=str(key), **clean(attrs))
    return H
