"""How fast the RDF side runs, against pyoxigraph's own work on the same quads.

For synthetic corpora (benchmarks/synthetic.py, 10 sources) of 10 000 and
100 000 claims (``--size 1000000`` adds a million), each in a fresh
subprocess so memory peaks do not carry over, print the min and median CPU
seconds over ``--repeat`` runs of:

- build quads:    ``ClaimGraph.from_claimset`` (every claim, entity and source);
- write N-Quads:  ``serialize("nquads")``, against ``pyoxigraph.serialize`` of the
                  same quads (already made as pyoxigraph objects), sorted;
- write TriG:     ``serialize("trig")``, against ``pyoxigraph.serialize`` as TriG
                  (unsorted; its layout is not ours, see graph/rdf_formats.py);
- read back:      ``ClaimGraph.from_rdf(nquads).to_claimset()``, against
                  ``pyoxigraph.parse`` of the same text into a list;
- SPARQL:         the agreement query (graph/queries/statement_support.rq) on the
                  ``oxigraph`` backend, store filled from the quads each time,
                  against a ``pyoxigraph.Store`` bulk-loaded from the N-Quads
                  text and the same query;
- peak MB:        the process's peak resident set after each stage (``ru_maxrss``;
                  it only grows, so a stage's figure includes what came before).

``--baseline REV`` runs the same stages on the code of a git revision (its
tree unpacked into a temporary folder), in the same run, for before/after
figures; slow stages of the old code run once.

Run:  python benchmarks/bench_rdf.py [--size 1000000] [--repeat 3] [--baseline HEAD~3]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from io import BytesIO
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import synthetic  # noqa: E402

STAGES = ("build", "nquads", "trig", "read", "sparql")
LABELS = {"build": "build quads", "nquads": "write N-Quads", "trig": "write TriG",
          "read": "read back", "sparql": "SPARQL agreement"}
PEERS = {"nquads": "ox serialize nq", "trig": "ox serialize trig", "read": "ox parse",
         "sparql": "ox load+query"}


def _peak_mb() -> float:
    # Linux reports ru_maxrss in KiB.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _times(fn: Callable[[], Any], repeat: int) -> tuple[list[float], Any]:
    out, result = [], None
    for _ in range(repeat):
        result = None  # let the last run's result go before the next one
        c0 = time.process_time()
        result = fn()
        out.append(time.process_time() - c0)
    return out, result


def run_one(n_claims: int, repeat: int, old_repeat: int) -> dict[str, Any]:
    """Run every stage (and its pyoxigraph peer) in this process; return the figures."""
    import pyoxigraph as ox

    from claimgraph.graph import compare as compare_module
    from claimgraph.graph.sparql import query
    from claimgraph.graph.store import ClaimGraph

    sparql = compare_module._query("statement_support.rq")
    cs = synthetic.to_claimset(synthetic.generate(n_claims, 10, seed=1))
    new = hasattr(ClaimGraph, "term_quads")
    slow = repeat if new else old_repeat
    figures: dict[str, Any] = {"claims": len(cs.claims), "code": "new" if new else "old"}
    peaks: dict[str, float] = {}

    times, graph = _times(lambda: ClaimGraph.from_claimset(cs), repeat)
    figures["build"], peaks["build"] = times, _peak_mb()
    figures["quads"] = len(graph)
    times, nquads = _times(lambda: graph.serialize("nquads"), repeat)
    figures["nquads"], peaks["nquads"] = times, _peak_mb()
    times, _ = _times(lambda: graph.serialize("trig"), slow)
    figures["trig"], peaks["trig"] = times, _peak_mb()
    times, back = _times(lambda: ClaimGraph.from_rdf(nquads, "nquads").to_claimset(), slow)
    figures["read"], peaks["read"] = times, _peak_mb()
    figures["round_trip"] = back == ClaimGraph.from_claimset(cs).to_claimset()
    del back

    def agreement() -> int:
        fresh = ClaimGraph.from_rdf(nquads, "nquads") if not new else ClaimGraph(
            base=graph.base, quads=graph.term_quads())
        c0 = time.process_time()
        rows = len(query(fresh, sparql, backend="oxigraph")[1])
        agreement.cost += time.process_time() - c0  # type: ignore[attr-defined]
        return rows

    agreement.cost = 0.0  # type: ignore[attr-defined]
    runs = []
    for _ in range(slow):
        agreement.cost = 0.0  # type: ignore[attr-defined]
        figures["rows"] = agreement()
        runs.append(agreement.cost)  # type: ignore[attr-defined]
    figures["sparql"], peaks["sparql"] = runs, _peak_mb()
    figures["peaks"] = peaks

    # pyoxigraph's own work on the same data, in the same process.
    data = nquads.encode("utf-8")
    ox_quads = list(ox.parse(data, format=ox.RdfFormat.N_QUADS))
    prefixes = graph.prefixes()
    peer: dict[str, list[float]] = {}
    peer["read"], _ = _times(lambda: list(ox.parse(data, format=ox.RdfFormat.N_QUADS)), repeat)
    peer["nquads"], _ = _times(lambda: b"\n".join(sorted(
        ox.serialize(ox_quads, format=ox.RdfFormat.N_QUADS).splitlines())), repeat)
    peer["trig"], _ = _times(
        lambda: ox.serialize(ox_quads, format=ox.RdfFormat.TRIG, prefixes=prefixes), repeat)

    def ox_query() -> int:
        store = ox.Store()
        store.bulk_load(data, ox.RdfFormat.N_QUADS)
        return len(list(store.query(sparql, prefixes=prefixes)))

    peer["sparql"], ox_rows = _times(ox_query, repeat)
    figures["peer"] = peer
    figures["ox_rows"] = ox_rows
    figures["peak_mb"] = _peak_mb()
    return figures


def _unpack(rev: str, into: Path) -> Path:
    """Unpack ``rev``'s tree and lay it out as the package-dir map installs it."""
    tar = subprocess.run(["git", "-C", str(ROOT), "archive", rev], capture_output=True,
                         check=True).stdout
    src = into / "src"
    with tarfile.open(fileobj=BytesIO(tar)) as archive:
        archive.extractall(src, filter="data")
    pkg = into / "site" / "claimgraph"
    pkg.mkdir(parents=True)
    for entry in (src / "claimgraph").iterdir():
        os.symlink(entry, pkg / entry.name)
    for sub in ("graph", "ingest", "exports"):  # pyproject's package-dir map
        os.symlink(src / sub, pkg / sub, target_is_directory=True)
    return into / "site"


def _child(size: int, repeat: int, old_repeat: int, code: Path | None) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--one", str(size), "--repeat", str(repeat),
           "--old-repeat", str(old_repeat)]
    env = dict(os.environ)
    if code is not None:
        cmd += ["--code", str(code)]
    done = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if done.returncode:
        sys.exit(f"{size} claims failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _row(label: str, times: list[float], peer: list[float] | None, peak: float | None,
         old: list[float] | None) -> str:
    lo, mid = min(times), statistics.median(times)
    text = f"  {label:<18} {lo:>8.2f} {mid:>8.2f}"
    if peer:
        text += f" {min(peer):>9.2f} {lo / max(min(peer), 1e-9):>6.1f}x"
    else:
        text += f" {'':>9} {'':>7}"
    text += f" {peak:>8.0f}" if peak is not None else f" {'':>8}"
    if old:
        text += f" {min(old):>9.2f} {min(old) / max(lo, 1e-9):>6.1f}x"
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, action="append", default=[],
                        help="claims in one more corpus (10 000 and 100 000 always run)")
    parser.add_argument("--only", type=int, nargs="+", help="run just these sizes")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--old-repeat", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--baseline", metavar="REV",
                        help="also time the code of this git revision, for before/after")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # child process
    parser.add_argument("--code", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        if args.code is not None:
            sys.path.insert(0, str(args.code))  # before the editable install's finder
        print(json.dumps(run_one(args.one, args.repeat, args.old_repeat)))
        return
    sizes = args.only or sorted({10_000, 100_000, *args.size})
    with tempfile.TemporaryDirectory() as tmp:
        old_code = _unpack(args.baseline, Path(tmp)) if args.baseline else None
        for size in sizes:
            r = _child(size, args.repeat, args.old_repeat, None)
            old = _child(size, args.repeat, args.old_repeat, old_code) if old_code else None
            print(f"{r['claims']} claims, {r['quads']} quads, {r['rows']} agreement rows "
                  f"(pyoxigraph alone: {r['ox_rows']}); round trip equal: {r['round_trip']}")
            head = (f"  {'stage (cpu s)':<18} {'min':>8} {'median':>8} {'pyoxigraph':>9} "
                    f"{'ratio':>7} {'peak MB':>8}")
            if old:
                head += f" {'before':>9} {'gain':>7}"
            print(head)
            for stage in STAGES:
                print(_row(LABELS[stage], r[stage], r["peer"].get(stage),
                           r["peaks"][stage], old[stage] if old else None), flush=True)
            if old:
                print(f"  (before: {args.baseline}, peak {old['peak_mb']:.0f} MB; "
                      f"its round trip equal: {old['round_trip']})")
    print("(cpu s = process CPU seconds; ratio = ours / pyoxigraph's on the same data, "
          "same run; peak = max resident set so far; gain = before / now)")


if __name__ == "__main__":
    main()
