"""How long a project takes to reach a SPARQL server, and how fast the server counts support.

For synthetic corpora (benchmarks/synthetic.py, 10 sources) of 100 000 claims
(and 1 000 000 with ``--million``), against a real ``oxigraph serve`` started
for the run on a free loopback port, print min and median wall seconds over
``--repeats`` runs of:

- compare: the in-process comparison (``claimgraph.api.compare``), the baseline;
- rdf: building the quads of the claims and the findings (``ClaimGraph``);
- push: sending every graph as streamed N-Triples in a Graph Store Protocol
  PUT (the server parses and stores it, in its bulk mode), as ``claimgraph
  push`` does after ``rdf``;
  with ``--atomic``, also ``push --atomic`` (one transaction per graph);
- support query: on the server, how many sources state each triple
  (``COUNT(DISTINCT ?g)`` over the source graphs), results read into Python;
- read back: ``compare --endpoint``'s read of the claims from the meta graph;

then each as a ratio to the in-process comparison.  Needs the ``oxigraph``
package (in the ``test`` extra).

Run:  python benchmarks/bench_endpoint.py [--million] [--sizes 100000] [--repeats 3] [--atomic]
"""

from __future__ import annotations

import argparse
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import cast

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import synthetic  # noqa: E402

from claimgraph import api  # noqa: E402
from claimgraph.graph.endpoint import Endpoint, push, read_claims  # noqa: E402
from claimgraph.graph.store import ClaimGraph  # noqa: E402

BASE = "https://w3id.org/claimgraph/id/"
SUPPORT = (f"SELECT ?s ?p ?o (COUNT(DISTINCT ?g) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
           f"FILTER (?g NOT IN (<{BASE}graph/meta>, <{BASE}graph/findings>)) }} "
           f"GROUP BY ?s ?p ?o")


@contextmanager
def oxigraph_server(folder: Path) -> Iterator[str]:
    """Run ``oxigraph serve`` with its store in ``folder``; yield its URL."""
    binary = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(binary).is_file():
        sys.exit("the oxigraph server is not installed: pip install oxigraph")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    process = subprocess.Popen([binary, "serve", "--location", str(folder),
                                "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=1).close()
                break
            except OSError:
                time.sleep(0.05)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)


def timed(repeats: int, work: Callable[[], object]) -> tuple[float, float, object]:
    """Return (min, median) wall seconds over ``repeats`` runs, and the last result."""
    times, result = [], None
    for _ in range(repeats):
        started = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - started)
    return min(times), statistics.median(times), result


def run_size(n_claims: int, repeats: int, url: str,
             atomic: bool = False) -> Iterator[tuple[str, float, float, str]]:
    """Yield (stage, min, median, note) for one corpus size, as each stage is measured."""
    claims = synthetic.to_claimset(synthetic.generate(n_claims, 10))
    endpoint = Endpoint.open(url, timeout=3600)

    c_min, c_med, comparison = timed(repeats, lambda: api.compare(claims))
    yield ("compare (in process)", c_min, c_med,
           f"{len(comparison.statements):,} statements")  # type: ignore[attr-defined]

    def ratio(median: float) -> str:
        return f"{median / c_med:.2f}x compare"

    def rdf() -> frozenset[tuple[str, str, str, str | None]]:
        graph = ClaimGraph.from_claimset(claims).add_findings(comparison)  # type: ignore[arg-type]
        return graph.term_quads()

    r_min, r_med, built = timed(repeats, rdf)
    quads = cast(frozenset[tuple[str, str, str, "str | None"]], built)
    yield ("rdf (claims + findings quads)", r_min, r_med, f"{len(quads):,} quads; {ratio(r_med)}")
    p_min, p_med, pushed = timed(repeats, lambda: push(endpoint, quads, f"{BASE}graph/"))
    yield ("push (bulk PUT per graph)", p_min, p_med,
           f"{len(pushed.written)} graphs; {ratio(p_med)}")  # type: ignore[attr-defined]
    if atomic:
        a_min, a_med, _ = timed(repeats, lambda: push(endpoint, quads, f"{BASE}graph/",
                                                      atomic=True))
        yield ("push --atomic (PUT)", a_min, a_med, f"one transaction a graph; {ratio(a_med)}")
    graphs = endpoint.select_graphs(f"{BASE}graph/")
    q_min, q_med, results = timed(repeats, lambda: endpoint.query(SUPPORT, graphs=graphs))
    yield ("support query (server)", q_min, q_med,
           f"{len(results.rows):,} rows; {ratio(q_med)}")  # type: ignore[attr-defined]
    b_min, b_med, back = timed(repeats, lambda: read_claims(endpoint, BASE))
    yield ("read back (meta graph)", b_min, b_med,
           f"{len(back.claims):,} claims; {ratio(b_med)}")  # type: ignore[attr-defined]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000])
    parser.add_argument("--million", action="store_true", help="also 1 000 000 claims")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--atomic", action="store_true",
                        help="also time push --atomic (one transaction per graph; slow)")
    args = parser.parse_args()
    sizes = [*args.sizes, *([1_000_000] if args.million else [])]
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            # A fresh server per size, so one size's data does not slow the next.
            with oxigraph_server(Path(folder) / f"store-{size}") as url:
                print(f"\n{size:,} claims, 10 sources, {args.repeats} repeats "
                      f"(wall seconds: min / median; ratio of medians)")
                for name, lo, mid, note in run_size(size, args.repeats, url, args.atomic):
                    print(f"  {name:<26} {lo:8.2f} {mid:8.2f}   {note}", flush=True)


if __name__ == "__main__":
    main()
