"""RDF through pyoxigraph: lexical forms kept without touching rdflib's globals.

Reading used to flip the process-wide ``rdflib.NORMALIZE_LITERALS`` for the
length of a parse (issue 12, library hygiene), which any other thread using
rdflib at that moment would see.  Now pyoxigraph parses every format and the
flag is never touched; durations and doubles still come back as written.
"""

from __future__ import annotations

import re
import sys
import threading
from collections.abc import Iterator
from dataclasses import replace
from types import FrameType
from typing import Any

import pyoxigraph as ox
import pytest
import rdflib
from rdflib import XSD, Literal

from claimgraph.graph.errors import ValidationError
from claimgraph.graph.model import Claim, ClaimSet, Evidence, Measure, Source
from claimgraph.graph.sparql import query
from claimgraph.graph.store import RDF_FORMATS, ClaimGraph

from .store_samples import BASE, MORTALITY_ALPHA, small_claimset, small_comparison

FORMATS = RDF_FORMATS.names()
DURATION = f"<{XSD.duration}>"
DOUBLE = f"<{XSD.double}>"


def with_findings() -> ClaimGraph:
    return ClaimGraph.from_claimset(small_claimset(), base=BASE).add_findings(small_comparison())


@pytest.fixture
def flag_watch() -> Iterator[list[bool]]:
    """Record rdflib.NORMALIZE_LITERALS at every Python call and return while active."""
    seen: list[bool] = []

    def profile(frame: FrameType, event: str, arg: Any) -> None:
        seen.append(rdflib.NORMALIZE_LITERALS)

    before = rdflib.NORMALIZE_LITERALS
    sys.setprofile(profile)
    try:
        yield seen
    finally:
        sys.setprofile(None)
    assert rdflib.NORMALIZE_LITERALS is before


@pytest.mark.parametrize("fmt", FORMATS)
def test_reading_never_switches_rdflib_normalisation(fmt: str, flag_watch: list[bool]) -> None:
    """At no call made while a file is read does rdflib.NORMALIZE_LITERALS change."""
    text = with_findings().serialize(fmt)
    ClaimGraph.from_rdf(text, fmt).to_claimset()
    sys.setprofile(None)
    assert flag_watch and set(flag_watch) == {True}


def test_another_thread_sees_normalisation_on_while_files_are_read() -> None:
    """A thread sampling the flag during many reads never sees it off."""
    text = with_findings().serialize("trig")
    done = threading.Event()
    samples: list[bool] = []

    def sample() -> None:
        while not done.is_set():
            samples.append(rdflib.NORMALIZE_LITERALS)

    watcher = threading.Thread(target=sample)
    watcher.start()
    try:
        for _ in range(20):
            ClaimGraph.from_rdf(text, "trig").to_claimset()
    finally:
        done.set()
        watcher.join()
    assert samples and set(samples) == {True}


def test_rdflib_literals_made_meanwhile_stay_canonical() -> None:
    """Code that relies on rdflib's default still gets canonical literals after a read."""
    ClaimGraph.from_rdf(with_findings().serialize("nquads"), "nquads").dataset  # noqa: B018
    assert str(Literal("P12M", datatype=XSD.duration)) == "P1Y"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_twelve_month_horizon_stays_p12m(fmt: str) -> None:
    """'P12M'^^xsd:duration reads back as P12M in the claims, the text and the rdflib view."""
    cs = ClaimSet(sources=(Source("alpha"),), claims=(MORTALITY_ALPHA,))
    text = ClaimGraph.from_claimset(cs, base=BASE).serialize(fmt)
    back = ClaimGraph.from_rdf(text, fmt)
    assert back.to_claimset().claims[0].measure.horizon == "P12M"  # type: ignore[union-attr]
    assert back.serialize(fmt) == text
    horizons = {o for _s, p, o, _g in back.quads() if str(p).endswith("#horizon")}
    assert [(str(h), h.datatype) for h in horizons] == [("P12M", XSD.duration)]


DOUBLES = ("5.0E-1", "1.0E0", "8E-1", "INF", "-0.0E0")


@pytest.mark.parametrize("fmt", ["trig", "nquads", "turtle"])
@pytest.mark.parametrize("double", DOUBLES)
def test_doubles_keep_their_lexical_form(fmt: str, double: str) -> None:
    """A figure written as an xsd:double is read as that number and written back as it was."""
    text = ClaimGraph.from_claimset(ClaimSet(sources=(Source("alpha"),),
                                             claims=(MORTALITY_ALPHA,)), base=BASE).serialize(fmt)
    edited, n = re.subn(r'"0\.8"\^\^(xsd:decimal|<[^>]*#decimal>)',
                        lambda m: f'"{double}"^^' + m.group(1).replace("decimal", "double"), text)
    assert n == 1
    back = ClaimGraph.from_rdf(edited, fmt)
    assert back.serialize(fmt) == edited
    assert back.to_claimset().claims[0].measure.value == float(double)  # type: ignore[union-attr]
    values = {o for _s, p, o, _g in back.quads() if str(p).endswith("#value")}
    assert [(str(v), v.datatype) for v in values] == [(double, XSD.double)]


def test_nquads_are_what_pyoxigraph_writes_for_the_sorted_quads() -> None:
    """Our N-Quads equal pyoxigraph.serialize of the same quads, line-sorted, byte for byte."""
    odd = Source("s1", title='ti\btle\f "q" \\ é \u2028 \t\x01\x7f', url="https://x.example/a?b=c")
    cs = replace(small_claimset(), sources=(*small_claimset().sources, odd), claims=(
        *small_claimset().claims, Claim("warfarin", "causes", "skin-ulcer",
                                        evidence=Evidence("s1", text="t\b\f\r\n"))))
    ours = ClaimGraph.from_claimset(cs, base=BASE).add_findings(small_comparison())
    text = ours.serialize("nquads")
    quads = list(ox.parse(text, format=ox.RdfFormat.N_QUADS))
    theirs = ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode("utf-8")
    # split("\n"), not splitlines(): U+2028 in a literal is no line break in N-Quads.
    assert text == "".join(sorted(line + "\n" for line in theirs.split("\n")[:-1]))
    assert '"t\\b\\f\\r\\n"' in text and "\\u0001\\u007F" in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_control_characters_round_trip(fmt: str) -> None:
    """Backspace, form feed and other controls in text come back unchanged from every format."""
    title = 'a\bb\fc\x01d\x7fe "f" \\g \u2028'
    cs = ClaimSet(sources=(Source("s1", title=title),), claims=(
        Claim("a", "causes", "b", evidence=Evidence("s1", text=title)),))
    back = ClaimGraph.from_rdf(ClaimGraph.from_claimset(cs).serialize(fmt), fmt).to_claimset()
    assert back.sources[0].title == title and back.claims[0].evidence.text == title


def test_trig_syntax_error_names_line_and_column() -> None:
    """A TriG syntax error is located by line, with pyoxigraph's column in the message."""
    with pytest.raises(ValidationError) as err:
        ClaimGraph.from_rdf("@prefix ex: <http://e/> .\nex:a ex:b .\n", "trig", where="x.trig")
    assert str(err.value).startswith("x.trig:2: expected trig RDF, got a syntax error: column ")


def test_nquads_syntax_error_says_line_and_column() -> None:
    """An N-Quads syntax error says where: line and column in the message."""
    with pytest.raises(ValidationError,
                       match=r"^x\.nq: expected nquads RDF, got a syntax error: line 2, column 1:"):
        ClaimGraph.from_rdf("<http://e/a> <http://e/b> <http://e/c> .\n<a> <b> <c> .\n",
                            "nquads", where="x.nq")


def test_oxigraph_backend_agrees_with_rdflib_on_support() -> None:
    """The oxigraph store, filled from the quads, gives the agreement query rdflib gives."""
    sparql = ("SELECT ?s ?p ?o (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
              "FILTER (?g != graph:meta && ?g != graph:findings) } GROUP BY ?s ?p ?o")
    graph = with_findings()
    assert query(graph, sparql, backend="oxigraph") == query(graph, sparql, backend="rdflib")


def test_a_figure_given_as_a_double_compares_like_a_decimal() -> None:
    """A horizon P12M and a value 0.5 survive the trip into the oxigraph store and out."""
    cs = ClaimSet(sources=(Source("a"),), claims=(
        Claim("x", "has_measure", measure=Measure("mortality", value=0.5, horizon="P12M"),
              evidence=Evidence("a")),))
    graph = ClaimGraph.from_claimset(cs, base=BASE)
    _, rows = query(graph, "SELECT ?v ?h WHERE { ?m cg:value ?v ; cg:horizon ?h }",
                    backend="oxigraph")
    assert rows == [("0.5", "P1Y")]  # durations come back canonical (graph/sparql.py)
