"""How fast claims load and compare, and how much memory that takes.

For synthetic corpora (benchmarks/synthetic.py) of 10 000, 100 000 and
1 000 000 claims over 10 sources, print:

- load: the real loader (``claimgraph.ingest.claims.load``) reading a project
  folder with one CSV claims file, or model construction with ``--model``;
- compare: ``claimgraph.graph.compare.compare`` on the loaded ClaimSet;
- compare/load: the ratio of the two CPU times (wall times too are printed;
  on a busy machine CPU time is the fairer figure);
- peak memory: the process's peak resident set (``ru_maxrss``); each size
  runs in a fresh subprocess so peaks do not carry over.

Goals (issue 11): 1 M claims loaded from CSV in 10 s and compared in 20 s,
within 3 GB.  ``benchmarks/bench_e2e.py`` times the whole CLI, every output,
and the same work done by polars and pandas.

Run:  python benchmarks/bench_compare.py [--sizes 10000 100000 1000000] [--sources 10]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import synthetic  # noqa: E402


def _peak_mb() -> float:
    # Linux reports ru_maxrss in KiB.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_one(n_claims: int, n_sources: int, use_model: bool) -> dict[str, float | int | str]:
    """Generate, load and compare one corpus in this process; return the figures."""
    from claimgraph.graph.compare import compare

    t0 = time.perf_counter()
    corpus = synthetic.generate(n_claims, n_sources, seed=1)
    generated = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp:
        loader = "model"
        if use_model:
            t0, c0 = time.perf_counter(), time.process_time()
            claims = synthetic.to_claimset(corpus)
        else:
            folder = synthetic.write_project(corpus, Path(tmp) / "project")
            del corpus
            from claimgraph.ingest.claims import load

            loader = "ingest.claims.load (CSV)"
            t0, c0 = time.perf_counter(), time.process_time()
            claims = load(folder)
        load_s, load_cpu = time.perf_counter() - t0, time.process_time() - c0
    peak_load = _peak_mb()
    t0, c0 = time.perf_counter(), time.process_time()
    result = compare(claims)
    compare_s, compare_cpu = time.perf_counter() - t0, time.process_time() - c0
    return {
        "claims": len(claims.claims), "sources": len(claims.sources), "loader": loader,
        "generate_s": round(generated, 2), "load_s": round(load_s, 2),
        "compare_s": round(compare_s, 2), "ratio": round(compare_cpu / load_cpu, 2),
        "load_cpu_s": round(load_cpu, 2), "compare_cpu_s": round(compare_cpu, 2),
        "statements": len(result.statements), "conflicts": len(result.conflicts),
        "gaps": len(result.gaps), "peak_load_mb": round(peak_load),
        "peak_mb": round(_peak_mb()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--sources", type=int, default=10)
    parser.add_argument("--model", action="store_true",
                        help="build the ClaimSet directly instead of using the loader")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # child process
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.sources, args.model)))
        return
    header = (f"{'claims':>9} {'statements':>10} {'conflicts':>9} {'load s':>7} {'(cpu)':>7} "
              f"{'compare s':>9} {'(cpu)':>7} {'cmp/load':>8} {'peak MB':>8}")
    print(header)
    for size in args.sizes:
        cmd = [sys.executable, __file__, "--one", str(size), "--sources", str(args.sources)]
        if args.model:
            cmd.append("--model")
        done = subprocess.run(cmd, capture_output=True, text=True)
        if done.returncode:
            sys.exit(f"{size} claims failed:\n{done.stderr}")
        r = json.loads(done.stdout.strip().splitlines()[-1])
        print(f"{r['claims']:>9} {r['statements']:>10} {r['conflicts']:>9} {r['load_s']:>7} "
              f"{r['load_cpu_s']:>7} {r['compare_s']:>9} {r['compare_cpu_s']:>7} "
              f"{r['ratio']:>8} {r['peak_mb']:>8}", flush=True)
    print(f"(loader: {r['loader']}; {args.sources} sources; s = wall seconds, cpu = process "
          "CPU seconds; cmp/load = ratio of CPU times; peak = max resident set)")


if __name__ == "__main__":
    main()
