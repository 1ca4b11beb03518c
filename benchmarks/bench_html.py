"""How fast the HTML graph becomes usable: pyvis's defaults against ours.

For the bundled calciphylaxis example (``demo``) and synthetic claim graphs
of 500, 2 000 and 5 000 nodes, print the file size, the Python time to
write the page, and the time until the page is interactive in headless
chromium (opened from file://, network cut off):

- pyvis defaults: ``Network()`` + ``from_nx`` (only ``cdn_resources="in_line"``
  changed, so it can load offline); interactive when its loading bar
  reaches 100 % (physics stabilised);
- claimgraph: ``write_html``; interactive when the page sets
  ``data-cg-ready`` (layout settled or positions drawn, controls wired).
  A graph of more than 3,000 statements (the 5,000-node one) is written as
  an overview of the best-supported 3,000 (exports/html_overview.py).

With ``--claims N ...`` it prints, for the seeded synthetic corpus of
``benchmarks/synthetic.py`` (N claims, 10 sources), the size of report.html
and graph.html as written (lists cut to their limits, the graph as an
overview above 3,000 statements), the write times, and the time until
each page has loaded in chromium.

Run:  python benchmarks/bench_html.py [--sizes demo 500 2000 5000] [--timeout 240]
      python benchmarks/bench_html.py --claims 10000 100000
Needs Debian's chromium at /usr/bin/chromium and Playwright for Python.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

from claimgraph.exports.base import Bundle
from claimgraph.exports.html import write_html
from claimgraph.graph.findings import Comparison, Statement
from claimgraph.graph.model import (
    Certainty,
    Claim,
    ClaimSet,
    Entity,
    EntityType,
    Evidence,
    Polarity,
    Qualifiers,
    Source,
)
from claimgraph.graph.vocab import PREDICATES, predicate_area

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run"]
SOURCES = ("mayo", "cleveland", "nkf", "osmosis", "ccchc")
STATUSES = ("consensus", "majority", "minority", "single-source", "contested")
PYVIS_READY = ("() => { const t = document.getElementById('text');"
               " return t && t.innerHTML === '100%' ? performance.now() : false; }")
OURS_READY = ("() => document.documentElement.dataset.cgReady === '1'"
              " ? performance.now() : false")


def synthetic(n: int, seed: int = 7) -> Bundle:
    """Return a claim graph of ``n`` entities: a topic hub plus preferential attachment."""
    rng = random.Random(seed)
    types = [t for t in EntityType if t is not EntityType.OTHER]
    entities = [Entity("topic", "topic condition", EntityType.CONDITION)]
    entities += [Entity(f"e{i}", f"entity {i} {rng.choice(['risk', 'sign', 'drug', 'test'])}",
                        rng.choice(types)) for i in range(1, n)]
    predicates = [p for p in PREDICATES if p != "has_measure"]
    targets = ["topic"]
    statements = []
    for i in range(1, n):
        for _ in range(1 if rng.random() < 0.6 else 2):
            other = rng.choice(targets)
            predicate = rng.choice(predicates)
            who = rng.sample(SOURCES, rng.randint(1, len(SOURCES)))
            claims = tuple(
                Claim(f"e{i}", predicate, other,
                      certainty=Certainty.HEDGED if rng.random() < 0.15 else Certainty.STATED,
                      polarity=Polarity.NEGATED if rng.random() < 0.05 else Polarity.AFFIRMED,
                      evidence=Evidence(s, section="Overview", anchor=f"entity {i}"))
                for s in sorted(who))
            st_id = claims[0].statement_id
            statements.append(Statement(
                id=st_id, subject=f"e{i}", predicate=predicate, object=other, measure=None,
                qualifiers=Qualifiers(), area=predicate_area(predicate),
                asserts=tuple(c.source for c in claims if not c.hedged and not c.negated),
                hedges=tuple(c.source for c in claims if c.hedged and not c.negated),
                denies=tuple(c.source for c in claims if c.negated), partial=(),
                status=rng.choice(STATUSES), claims=claims))
        targets.append(f"e{i}")
        targets.append("topic")  # keep the topic the biggest hub
    unique = {st.id: st for st in statements}
    cs = ClaimSet(tuple(Source(s, publisher=s.upper()) for s in SOURCES), tuple(entities),
                  tuple(c for st in unique.values() for c in st.claims), topic="topic")
    cmp = Comparison("topic", SOURCES, tuple(unique.values()), (), (), (), (), (), "")
    return Bundle(cs, cmp)


def demo() -> Bundle:
    """Return the bundled example, compared as ``claimgraph demo`` does."""
    from claimgraph import EXAMPLE, compare, load

    claims = load(EXAMPLE)
    return Bundle(claims, compare(claims, as_of="2026-11-21"))


def pyvis_default_page(bundle: Bundle, path: Path) -> None:
    """Write the page the way pyvis's docs show: a networkx graph through from_nx."""
    from pyvis.network import Network

    assert bundle.comparison is not None
    graph = nx.MultiDiGraph()
    for e in bundle.claims.entities:
        graph.add_node(e.id, label=e.label, title=f"{e.label} ({e.type})")
    for st in bundle.comparison.statements:
        graph.add_edge(st.subject, st.object or f"measure {st.id}", title=st.predicate)
    net = Network(cdn_resources="in_line")
    net.from_nx(graph)
    cwd = os.getcwd()
    os.chdir(path.parent)  # pyvis writes relative to the working directory
    try:
        net.write_html(path.name)
    finally:
        os.chdir(cwd)


def interactive_seconds(browser: object, path: Path, ready: str, timeout: float) -> float | None:
    """Return seconds from navigation to ``ready`` being truthy; None on timeout."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})  # type: ignore[attr-defined]
    page = context.new_page()
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:")
               else r.abort())
    try:
        page.goto(path.resolve().as_uri(), wait_until="load", timeout=timeout * 1000)
        handle = page.wait_for_function(ready, polling="raf", timeout=timeout * 1000)
        return float(handle.json_value()) / 1000
    except Exception as err:  # Playwright's TimeoutError: report, don't crash the table
        if "Timeout" in type(err).__name__ or "timeout" in str(err).lower():
            return None
        raise
    finally:
        context.close()


def corpus_pages(claims: list[int], timeout: float) -> None:
    """Print page sizes and load times for synthetic corpora of these claim counts."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import synthetic
    from playwright.sync_api import sync_playwright

    from claimgraph import compare
    from claimgraph.exports.report_html import export_report_html

    print(f"{'claims':>8} {'statements':>10} | {'report.html':>11} {'write':>7} {'loaded':>8} | "
          f"{'graph.html':>10} {'drawn':>6} {'write':>7} {'interactive':>11}")
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        for n in claims:
            cs = synthetic.to_claimset(synthetic.generate(n, 10, seed=1))
            cmp = compare(cs, as_of="2026-11-21")
            bundle = Bundle(cs, cmp)
            out = Path(tmp) / f"claims-{n}"
            t0 = time.perf_counter()
            (report,) = export_report_html(bundle, out)
            report_write = time.perf_counter() - t0
            t0 = time.perf_counter()
            graph = write_html(bundle, out / "graph.html")
            graph_write = time.perf_counter() - t0
            loaded = interactive_seconds(browser, report, "() => performance.now()", timeout)
            ready = interactive_seconds(browser, graph, OURS_READY, timeout)
            drawn = graph.read_text(encoding="utf-8").count('"cg_status":')
            print(f"{len(cs.claims):>8} {len(cmp.statements):>10} | {_mb(report):>11} "
                  f"{report_write:>6.1f}s {_secs(loaded, timeout):>8} | {_mb(graph):>10} "
                  f"{drawn:>6} {graph_write:>6.1f}s {_secs(ready, timeout):>11}", flush=True)
        browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", nargs="+", default=["demo", "500", "2000", "5000"],
                        help="node counts of synthetic graphs, or 'demo' for the example")
    parser.add_argument("--timeout", type=float, default=240.0,
                        help="seconds to wait for a page to become interactive")
    parser.add_argument("--skip-defaults", action="store_true",
                        help="time only our page (pyvis defaults take minutes)")
    parser.add_argument("--claims", type=int, nargs="+",
                        help="instead: report.html and graph.html of synthetic corpora "
                             "of these claim counts (sizes and load times)")
    args = parser.parse_args()
    if not Path(CHROMIUM).exists():
        sys.exit(f"{CHROMIUM} not found: apt-get install -y chromium")
    if args.claims:
        corpus_pages(args.claims, args.timeout)
        return
    from playwright.sync_api import sync_playwright

    header = (f"{'nodes':>6} {'edges':>6} | {'pyvis defaults':^32} | {'claimgraph':^32} | "
              f"{'ratio':>7}")
    print(header)
    print(f"{'':>6} {'':>6} | {'size':>8} {'write':>8} {'interactive':>13} | "
          f"{'size':>8} {'write':>8} {'interactive':>13} |")
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        for size in args.sizes:
            bundle = demo() if size == "demo" else synthetic(int(size))
            assert bundle.comparison is not None
            edges = len(bundle.comparison.statements)
            n = size if size == "demo" else int(size)
            ours_path = Path(tmp) / f"ours-{n}" / "graph.html"
            t0 = time.perf_counter()
            write_html(bundle, ours_path)
            ours_write = time.perf_counter() - t0
            ours = interactive_seconds(browser, ours_path, OURS_READY, args.timeout)
            base_cells = f"{'-':>8} {'-':>8} {'-':>13}"
            ratio = "-"
            if not args.skip_defaults:
                base_path = Path(tmp) / f"pyvis-{n}" / "graph.html"
                base_path.parent.mkdir(parents=True)
                t0 = time.perf_counter()
                pyvis_default_page(bundle, base_path)
                base_write = time.perf_counter() - t0
                base = interactive_seconds(browser, base_path, PYVIS_READY, args.timeout)
                base_cells = (f"{_mb(base_path):>8} {base_write:>7.2f}s "
                              f"{_secs(base, args.timeout):>13}")
                if ours:
                    shown = base if base is not None else args.timeout
                    ratio = ("> " if base is None else "") + f"{shown / ours:.0f}×"
            print(f"{n:>6} {edges:>6} | {base_cells} | {_mb(ours_path):>8} {ours_write:>7.2f}s "
                  f"{_secs(ours, args.timeout):>13} | {ratio:>7}", flush=True)
        browser.close()


def _mb(path: Path) -> str:
    return f"{path.stat().st_size / 1e6:.2f} MB"


def _secs(value: float | None, timeout: float) -> str:
    return f"> {timeout:.0f} s" if value is None else f"{value:.2f} s"


if __name__ == "__main__":
    main()
