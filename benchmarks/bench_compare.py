"""How fast claims load and compare, and how much memory that takes.

For synthetic corpora (benchmarks/synthetic.py) of 10 000, 100 000 and
1 000 000 claims over 10 sources, print:

- load: the real loader (``claimgraph.ingest.claims.load``) reading a project
  folder with one CSV claims file, or model construction with ``--model``;
- compare: ``claimgraph.graph.compare.compare`` on the loaded ClaimSet;
- compare/load: the ratio of the two CPU times (wall times too are printed;
  on a busy machine CPU time is the fairer figure);
- peak memory: the process's peak resident set (``ru_maxrss``); each size
  runs in a fresh subprocess so peaks do not carry over;
- grouping: statement grouping and support counting alone
  (``build_statements(build_index(claims))``) beside a polars group-by of the
  same CSV over the claim key counting distinct sources, both in the same
  process and run, CPU seconds, min of ``--repeat`` runs; and their ratio;
- linearity: each size's load and compare cost over the previous size's,
  divided by the ratio of their sizes (1.0 = linear).

Goals (issue 11): 1 M claims loaded from CSV in 10 s and compared in 20 s,
within 3 GB.  ``benchmarks/bench_e2e.py`` times the whole CLI, every output,
and the same work done by polars and pandas.

Run:  python benchmarks/bench_compare.py [--sizes 10000 100000 1000000] [--sources 10]
      [--repeat 3]
"""

from __future__ import annotations

import argparse
import itertools
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import synthetic  # noqa: E402


def _peak_mb() -> float:
    # Linux reports ru_maxrss in KiB.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# The claim key as CSV columns: what statement grouping groups by.
KEY = ["subject", "predicate", "object", "level", "measure_kind", "value", "bound", "horizon"]
GOALS = {"load_1m_s": 10.0, "compare_1m_s": 20.0, "peak_1m_mb": 3072, "grouping_x_polars": 10.0}


def _min_cpu(fn: Callable[[], object], repeat: int) -> float:
    """Return the least CPU seconds of ``repeat`` runs of ``fn``."""
    times = []
    for _ in range(repeat):
        c0 = time.process_time()
        fn()
        times.append(time.process_time() - c0)
    return min(times)


def polars_grouping(csv_path: Path, repeat: int) -> float:
    """Return CPU seconds for polars to group the CSV by claim key, counting sources."""
    import polars as pl

    frame = pl.read_csv(csv_path, infer_schema=False)
    return _min_cpu(lambda: frame.group_by(KEY).agg(pl.col("source").n_unique(), pl.len()),
                    repeat)


def run_one(n_claims: int, n_sources: int, use_model: bool,
            repeat: int = 1) -> dict[str, float | int | str]:
    """Generate, load and compare one corpus in this process; return the figures."""
    from claimgraph.graph.collector import collector_paused
    from claimgraph.graph.compare import compare
    from claimgraph.graph.statements import build_index, build_statements

    t0 = time.perf_counter()
    corpus = synthetic.generate(n_claims, n_sources, seed=1)
    generated = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp:
        folder = synthetic.write_project(corpus, Path(tmp) / "project")
        polars_cpu = polars_grouping(folder / "claims" / "corpus.csv", max(3, repeat))
        loader = "model"
        if use_model:
            t0, c0 = time.perf_counter(), time.process_time()
            claims = synthetic.to_claimset(corpus)
        else:
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

    def grouping() -> None:
        with collector_paused():  # as compare() runs it
            build_statements(build_index(claims))

    grouping_cpu = _min_cpu(grouping, repeat)
    return {
        "claims": len(claims.claims), "sources": len(claims.sources), "loader": loader,
        "generate_s": round(generated, 2), "load_s": round(load_s, 2),
        "compare_s": round(compare_s, 2), "ratio": round(compare_cpu / load_cpu, 2),
        "load_cpu_s": round(load_cpu, 2), "compare_cpu_s": round(compare_cpu, 2),
        "statements": len(result.statements), "conflicts": len(result.conflicts),
        "gaps": len(result.gaps), "peak_load_mb": round(peak_load),
        "peak_mb": round(_peak_mb()), "grouping_cpu_s": round(grouping_cpu, 2),
        "polars_grouping_cpu_s": round(polars_cpu, 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--sources", type=int, default=10)
    parser.add_argument("--model", action="store_true",
                        help="build the ClaimSet directly instead of using the loader")
    parser.add_argument("--repeat", type=int, default=1,
                        help="runs of the grouping (polars: at least 3); the least CPU counts")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # child process
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.sources, args.model, args.repeat)))
        return
    header = (f"{'claims':>9} {'statements':>10} {'conflicts':>9} {'load s':>7} {'(cpu)':>7} "
              f"{'compare s':>9} {'(cpu)':>7} {'cmp/load':>8} {'peak MB':>8} "
              f"{'group cpu':>9} {'polars':>7} {'x polars':>8}")
    print(header)
    done: list[dict[str, Any]] = []
    for size in args.sizes:
        cmd = [sys.executable, __file__, "--one", str(size), "--sources", str(args.sources),
               "--repeat", str(args.repeat)]
        if args.model:
            cmd.append("--model")
        run = subprocess.run(cmd, capture_output=True, text=True)
        if run.returncode:
            sys.exit(f"{size} claims failed:\n{run.stderr}")
        r = json.loads(run.stdout.strip().splitlines()[-1])
        done.append(r)
        times = r["grouping_cpu_s"] / max(r["polars_grouping_cpu_s"], 1e-3)
        print(f"{r['claims']:>9} {r['statements']:>10} {r['conflicts']:>9} {r['load_s']:>7} "
              f"{r['load_cpu_s']:>7} {r['compare_s']:>9} {r['compare_cpu_s']:>7} "
              f"{r['ratio']:>8} {r['peak_mb']:>8} {r['grouping_cpu_s']:>9} "
              f"{r['polars_grouping_cpu_s']:>7} {times:>7.1f}x", flush=True)
    print(f"(loader: {done[-1]['loader']}; {args.sources} sources; s = wall seconds, cpu = "
          "process CPU seconds; cmp/load = ratio of CPU times; peak = max resident set; "
          "group = statement grouping alone, polars = its group-by of the same CSV)")
    for before, after in itertools.pairwise(done):
        grow = after["claims"] / before["claims"]
        print(f"linearity {before['claims']} -> {after['claims']} claims: load "
              f"{after['load_cpu_s'] / max(before['load_cpu_s'], 1e-3) / grow:.2f}, compare "
              f"{after['compare_cpu_s'] / max(before['compare_cpu_s'], 1e-3) / grow:.2f} "
              "(cost ratio / size ratio; 1.0 = linear)")
    last = done[-1]
    if last["claims"] >= 900_000:
        print(f"goals at {last['claims']} claims: load {last['load_s']} s (goal "
              f"{GOALS['load_1m_s']:g}), compare {last['compare_s']} s (goal "
              f"{GOALS['compare_1m_s']:g}), peak {last['peak_mb']} MB (goal "
              f"{GOALS['peak_1m_mb']}), grouping "
              f"{last['grouping_cpu_s'] / max(last['polars_grouping_cpu_s'], 1e-3):.1f}x "
              f"polars (goal {GOALS['grouping_x_polars']:g}x)")


if __name__ == "__main__":
    main()
