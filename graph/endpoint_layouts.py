"""The SPARQL servers ``--endpoint`` knows, and where each keeps its services.

Apart from :mod:`claimgraph.graph.endpoint` so that the command line can
offer ``--server`` and ``--timeout`` without importing the client (and the
SPARQL machinery behind it) on every run.
"""

from __future__ import annotations

from dataclasses import dataclass

from .registry import Registry

__all__ = ["DEFAULT_TIMEOUT", "LAYOUTS", "Layout"]

DEFAULT_TIMEOUT = 60.0


@dataclass(frozen=True, slots=True)
class Layout:
    """Where a kind of server keeps its services, relative to the URL given as ``--endpoint``.

    ``query`` and ``store`` are paths appended to that URL ("" for the URL
    itself); ``graph_param`` names the graph in Graph Store requests;
    ``bulk`` is a flag the server takes on a ``PUT`` to load without one
    transaction per graph ("" when it has none).
    """

    query: str
    store: str
    graph_param: str = "graph"
    bulk: str = ""


LAYOUTS: Registry[Layout] = Registry("server layout")
# --endpoint http://host:7878 (oxigraph serve); the one the tests run against.  Its
# transactional PUT loads some 4 k triples a second on two cores, its bulk mode ten
# times as many (measured with benchmarks/bench_endpoint.py).
LAYOUTS.register("oxigraph")(Layout("query", "store", bulk="no_transaction"))
# --endpoint http://host:3030/DATASET (Fuseki's default services of a dataset).
LAYOUTS.register("fuseki", aliases=("jena",))(Layout("query", "data"))
# --endpoint http://host:7200/repositories/REPO (the RDF4J protocol).
LAYOUTS.register("graphdb", aliases=("rdf4j",))(Layout("", "rdf-graphs/service"))
# --endpoint http://host:8890 (Virtuoso's own paths; writing needs SPARQL_UPDATE rights).
LAYOUTS.register("virtuoso")(Layout("sparql", "sparql-graph-crud"))
# --endpoint http://host:7001 (one root for query, update and graph store).
LAYOUTS.register("qlever")(Layout("", ""))
