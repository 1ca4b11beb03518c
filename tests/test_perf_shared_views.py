"""Views shared by several exporters of one bundle leave every output as it was alone."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from claimgraph import api
from claimgraph.exports.base import EXPORTERS, Bundle
from claimgraph.exports.report_data import report_dict, shared_report


def test_each_output_is_the_same_written_alone_or_after_the_others(
        fresh_example: Callable[[], Bundle], tmp_path: Path) -> None:
    """A file written with every other output first has the bytes it has when written alone."""
    together = tmp_path / "together"
    api.export(fresh_example(), together)
    for name in api.output_names("all"):
        alone = tmp_path / name
        alone.mkdir()
        for path in EXPORTERS.get(name)(fresh_example(), alone):
            assert path.read_bytes() == (together / path.name).read_bytes(), path.name


def test_report_formats_leave_the_shared_report_unchanged(
        fresh_example: Callable[[], Bundle], tmp_path: Path) -> None:
    """Rendering every report format leaves the shared report equal to a freshly built one."""
    bundle = fresh_example()
    # One by one, not through api.export: it drops the views it made when it is done.
    for name in api.output_names("all"):
        if name.startswith("report"):
            EXPORTERS.get(name)(bundle, tmp_path)
    assert shared_report(bundle) == report_dict(fresh_example())
    assert shared_report(bundle) is shared_report(bundle)


def test_rdf_files_match_the_writers_run_on_a_plain_list_of_the_quads(
        fresh_example: Callable[[], Bundle], tmp_path: Path) -> None:
    """Each RDF file equals its writer's text for the same quads given as a list (no cache)."""
    from claimgraph.exports.rdf import claim_graph
    from claimgraph.graph.rdf_formats import RDF_FORMATS

    bundle = fresh_example()
    graph = claim_graph(bundle)
    quads = sorted(graph.term_quads(), key=repr)  # a list: split and sorted afresh
    for name in RDF_FORMATS.names():
        spec = RDF_FORMATS.get(name)
        (path,) = EXPORTERS.get(name)(bundle, tmp_path)
        assert path.read_bytes() == spec.encode(quads, graph.prefixes(),
                                                graph.jsonld_context()), name


def test_writers_sharing_one_split_write_what_each_writes_alone() -> None:
    """TriG, Turtle and JSON-LD of one set, sharing its split and shapes, equal each alone."""
    from claimgraph.graph.rdf_formats import RDF_FORMATS, RDF_TYPE
    from claimgraph.graph.rdf_write import split_of

    e, integer = "http://e/", "<http://www.w3.org/2001/XMLSchema#integer>"
    quads = frozenset({
        (f"<{e}a>", RDF_TYPE, f"<{e}C>", f"<{e}g1>"),
        (f"<{e}a>", f"<{e}p>", '"x"', f"<{e}g1>"),
        (f"<{e}a>", f"<{e}p>", '"x"', f"<{e}g2>"),  # one triple in two graphs
        (f"<{e}a>", f"<{e}p>", '"y"', f"<{e}g2>"),
        (f"<{e}b>", f"<{e}p>", f"<{e}a>", f"<{e}g2>"),
        (f"<{e}b>", f"<{e}p>", f"<{e}c>", f"<{e}g2>"),
        (f"<{e}b>", f"<{e}q>", f'"1"^^{integer}', f"<{e}g2>"),
        (f"<{e}c>", f"<{e}p>", '"z"', None),
        (f"<{e}c/d>", f"<{e}p>", '"w"', f"<{e}g1>"),
    })
    prefixes = {"e": e}
    alone = {name: RDF_FORMATS.get(name).write(sorted(quads, key=repr), prefixes)
             for name in RDF_FORMATS.names()}
    for order in (RDF_FORMATS.names(), list(reversed(RDF_FORMATS.names()))):
        shared = split_of(frozenset(set(quads)))  # a new set: nothing shared yet
        assert split_of(shared) is shared
        for name in order:
            assert RDF_FORMATS.get(name).write(shared, prefixes) == alone[name], name
