"""Time the whole `claimgraph compare DIR --out` on synthetic corpora, stage by stage.

The benchmarks before this one timed load and compare only, so the cost of
writing the outputs (most of the 684 s at 92 k claims) was never seen.  For
synthetic projects (benchmarks/synthetic.py: sources.yaml, vocabulary.yaml,
claims/corpus.csv) of 10 k and 100 k claims (1 M with ``--million``), print:

- **cli**: the command itself in a subprocess, ``--repeat`` times: min and
  median wall seconds, and the peak resident set of the run (``wait4``);
  then the same command with ``--jobs 2``, which writes the outputs in 2
  forked processes (``exports.runner``);
- **stages**: in a fresh process, the public functions the CLI calls, in its
  order: ``ingest.claims.check`` (load), ``api.compare`` (compare, with the
  statement grouping alone timed too), then every registered exporter
  writing into one folder, the cyclic collector paused for all of them as
  ``api.export`` does; wall and CPU seconds per stage and the process's
  peak resident set after it (the peak only grows, so a stage that raises
  it is the one that needed the memory); then every exporter again from a
  fresh bundle, shared out to 2 forked processes (``exports/runner.py``;
  its cpu counts both, its peak is the larger process's);
- **outputs**: the size of each file the CLI wrote;
- **peers**, measured in the same run on the same CSV: polars, pandas and
  the stdlib csv module loading it, and a polars and a pandas group-by over
  the claim key counting distinct sources (what statement grouping and
  support counting compute); then the ratios claimgraph / peer;
- **linearity**: seconds per 1 000 claims at each size, and each size's
  cost over the previous one divided by the size ratio (1.0 = linear), for
  the stages, the CLI and each output.

The goals of issue 11 are printed beside the figures.  Timings are on this
machine while it runs whatever else it runs: CPU seconds are the fairer
figure on a busy machine, and min-of-repeats the fairer wall figure.

Run:  python benchmarks/bench_e2e.py [--sizes 10000 100000] [--million] [--repeat 3]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import statistics
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

KEY = ["subject", "predicate", "object", "level", "measure_kind", "value", "bound", "horizon"]
GOALS = {"load_1m_s": 10.0, "compare_1m_s": 20.0, "peak_1m_mb": 3072, "grouping_x_polars": 10.0,
         "cli_100k_s": 15.0}


def _peak_mb() -> float:
    """Peak resident set of this process or of any forked writer it waited for (MB)."""
    return max(resource.getrusage(who).ru_maxrss  # KiB on Linux
               for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)) / 1024


def _cpu() -> float:
    """CPU seconds of this process and of its children that have ended (forked writers)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def _timed(fn: Callable[[], Any]) -> tuple[Any, float, float]:
    wall, cpu = time.perf_counter(), _cpu()
    result = fn()
    return result, time.perf_counter() - wall, _cpu() - cpu


def stages(folder: Path, out: Path, jobs: int = 2) -> dict[str, Any]:
    """Run load, compare and every exporter as the CLI does; return times and peaks.

    Then every exporter once more, in ``jobs`` processes (exports/runner.py).
    """
    from claimgraph import api
    from claimgraph.exports.base import EXPORTERS, Bundle
    from claimgraph.exports.runner import run_exporters
    from claimgraph.graph.collector import collector_paused
    from claimgraph.graph.statements import build_index, build_statements
    from claimgraph.ingest.claims import check

    rows: list[dict[str, Any]] = []

    def stage(name: str, fn: Callable[[], Any]) -> Any:
        result, wall, cpu = _timed(fn)
        rows.append({"stage": name, "wall": wall, "cpu": cpu, "peak_mb": _peak_mb()})
        return result

    loaded = stage("load", lambda: check([folder]))
    claims = loaded.claimset
    def grouping() -> int:
        with collector_paused():  # as compare() runs it (and bench_compare times it)
            return len(build_statements(build_index(claims)))

    stage("  grouping", grouping)
    comparison = stage("compare", lambda: api.compare(claims))
    bundle = Bundle(claims, comparison)
    out.mkdir(parents=True, exist_ok=True)
    # As api.export runs them (exports/runner.py): the collector paused for all the
    # writers at once, and the views they made dropped before it runs again.
    with collector_paused():
        for name in api.output_names("all"):
            stage(f"write {name}", lambda name=name: EXPORTERS.get(name)(bundle, out))
        bundle.views.clear()
    # The same outputs again from a fresh bundle (no view made yet), shared out to
    # forked processes (exports/runner.py); cpu is this process's only.
    shared = out / "jobs"
    shared.mkdir(exist_ok=True)
    gc.collect()
    stage(f"all outputs, {jobs} jobs", lambda: run_exporters(
        Bundle(claims, comparison), shared, api.output_names("all"), jobs=jobs))
    return {"claims": len(claims.claims), "statements": len(comparison.statements),
            "stages": rows}


def peers(csv_path: Path) -> dict[str, float]:
    """Time polars, pandas and stdlib csv loading the file, and polars/pandas group-bys."""
    import csv

    import pandas as pd
    import polars as pl

    found: dict[str, float] = {}

    def cpu(name: str, fn: Callable[[], Any]) -> Any:
        result, _, seconds = _timed(fn)
        found[name] = seconds
        return result

    frame = cpu("polars load", lambda: pl.read_csv(csv_path, infer_schema=False))
    pandas_frame = cpu("pandas load", lambda: pd.read_csv(csv_path, dtype=str,
                                                          keep_default_na=False))
    with open(csv_path, newline="", encoding="utf-8") as fh:
        cpu("stdlib csv load", lambda: sum(1 for _ in csv.reader(fh)))
    cpu("polars group-by", lambda: frame.group_by(KEY).agg(
        pl.col("source").n_unique(), pl.len()))
    cpu("pandas group-by", lambda: pandas_frame.groupby(KEY, dropna=False)["source"].nunique())
    return found


def _cli(folder: Path, out: Path, jobs: int = 0) -> tuple[float, float]:
    """Run `claimgraph compare folder --out out [--jobs N]`; return wall seconds and peak MB."""
    command = ["-m", "claimgraph", "compare", str(folder), "--out", str(out)]
    if jobs:
        command += ["--jobs", str(jobs)]
    # stderr to a file, not a pipe: the progress bars fill a pipe nobody reads until the
    # end, and the CLI then blocks writing to it.
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, *command], stdout=subprocess.DEVNULL,
                                stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - start
        if proc.returncode:
            # The tail only: a failing run may have printed a warning per repeated row.
            err.seek(0)
            tail = err.read().decode(errors="replace").splitlines()[-40:]
            sys.exit(f"claimgraph compare failed ({proc.returncode}); last lines:\n"
                     + "\n".join(tail))
    return wall, usage.ru_maxrss / 1024


def _child(mode: str, *args: str) -> dict[str, Any]:
    done = subprocess.run([sys.executable, __file__, f"--{mode}", *args], capture_output=True,
                          text=True)
    if done.returncode:
        sys.exit(f"{mode} failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _mm(values: list[float]) -> str:
    return f"{min(values):7.2f} {statistics.median(values):7.2f}"


def run_size(size: int, sources: int, repeat: int, cli_repeat: int,
             tmp: Path) -> dict[str, Any]:
    """Benchmark one corpus size; print its tables; return the figures for the summary."""
    folder = synthetic.write_project(synthetic.generate(size, sources, seed=1),
                                     tmp / f"p{size}")
    csv_path = folder / "claims" / "corpus.csv"
    print(f"\n== {size:,} claims, {sources} sources ({csv_path.stat().st_size / 1e6:.1f} MB CSV)")
    runs = [_child("stages", str(folder), str(tmp / f"s{size}-{i}")) for i in range(repeat)]
    names = [row["stage"] for row in runs[0]["stages"]]
    print(f"{runs[0]['claims']:,} claims, {runs[0]['statements']:,} statements; "
          f"{repeat} run(s): min / median")
    print(f"{'stage':24} {'wall s':>15} {'cpu s':>15} {'peak MB':>8}")
    per_stage: dict[str, dict[str, list[float]]] = {}
    for i, name in enumerate(names):
        walls = [r["stages"][i]["wall"] for r in runs]
        cpus = [r["stages"][i]["cpu"] for r in runs]
        peak = max(r["stages"][i]["peak_mb"] for r in runs)
        per_stage[name] = {"wall": walls, "cpu": cpus, "peak": [peak]}
        print(f"{name:24} {_mm(walls)} {_mm(cpus)} {peak:8.0f}")
    outputs = [name for name in names if name.startswith("write ")]
    total = [sum(r["stages"][i]["wall"] for i, n in enumerate(names) if n in outputs)
             for r in runs]
    total_cpu = [sum(r["stages"][i]["cpu"] for i, n in enumerate(names) if n in outputs)
                 for r in runs]
    print(f"{'all outputs':24} {_mm(total)} {_mm(total_cpu)}")
    cli_runs = [_cli(folder, tmp / f"o{size}") for _ in range(cli_repeat)]
    cli_walls = [w for w, _ in cli_runs]
    cli_peak = max(p for _, p in cli_runs)
    print(f"{'CLI compare DIR --out':24} {_mm(cli_walls)} {'':15} {cli_peak:8.0f}")
    jobs_runs = [_cli(folder, tmp / f"j{size}", jobs=2) for _ in range(cli_repeat)]
    jobs_walls = [w for w, _ in jobs_runs]
    jobs_peak = max(p for _, p in jobs_runs)
    print(f"{'  the same, --jobs 2':24} {_mm(jobs_walls)} {'':15} {jobs_peak:8.0f}")
    print("outputs: " + ", ".join(f"{p.name} {p.stat().st_size / 1e6:.1f} MB"
                                  for p in sorted((tmp / f"o{size}").iterdir()) if p.is_file()))
    peer_runs = [_child("peers", str(csv_path)) for _ in range(repeat)]
    peer = {k: min(r[k] for r in peer_runs) for k in peer_runs[0]}
    load = min(per_stage["load"]["cpu"])
    grouping = min(per_stage["  grouping"]["cpu"])
    print("peers (cpu s, min): " + ", ".join(f"{k} {v:.2f}" for k, v in peer.items()))
    print(f"ratios: load / polars load {load / peer['polars load']:.0f}x, "
          f"/ pandas load {load / peer['pandas load']:.0f}x, "
          f"/ stdlib csv {load / peer['stdlib csv load']:.1f}x; "
          f"grouping / polars group-by {grouping / peer['polars group-by']:.1f}x "
          f"(goal <= {GOALS['grouping_x_polars']:.0f}x), "
          f"/ pandas group-by {grouping / peer['pandas group-by']:.1f}x")
    return {"size": size, "load": load, "compare": min(per_stage["compare"]["cpu"]),
            "load_wall": min(per_stage["load"]["wall"]),
            "compare_wall": min(per_stage["compare"]["wall"]),
            "outputs": min(total_cpu), "cli": min(cli_walls), "peak": cli_peak,
            "cli_jobs": min(jobs_walls),
            "grouping_x": grouping / peer["polars group-by"],
            "writers": {name[len("write "):]: min(per_stage[name]["cpu"]) for name in outputs}}


def summary(results: list[dict[str, Any]]) -> None:
    """Print cost per 1 000 claims and growth against the size ratio, then the goals."""
    print("\n== linearity (s per 1 000 claims: cpu for the stages, wall for the CLI; "
          "growth = cost ratio / size ratio, 1.00 = linear)")
    print(f"{'claims':>9} {'load':>7} {'compare':>7} {'outputs':>7} {'cli':>7}   growth")
    previous = None
    for r in results:
        per = [r[k] / r["size"] * 1000 for k in ("load", "compare", "outputs", "cli")]
        growth = ""
        if previous is not None:
            scale = r["size"] / previous["size"]
            growth = "  ".join(f"{k} {r[k] / previous[k] / scale:.2f}"
                               for k in ("load", "compare", "cli") if previous[k])
        print(f"{r['size']:>9} " + " ".join(f"{v:7.3f}" for v in per) + f"   {growth}")
        previous = r
    print("\n== each output: cpu s per 1 000 claims (growth against the previous size)")
    for name in results[0]["writers"]:
        cells = []
        for i, r in enumerate(results):
            per = r["writers"][name] / r["size"] * 1000
            cell = f"{r['size']:>9,} {per:6.3f}"
            if i and results[i - 1]["writers"][name]:
                scale = r["size"] / results[i - 1]["size"]
                cell += f" ({r['writers'][name] / results[i - 1]['writers'][name] / scale:.2f})"
            cells.append(cell)
        print(f"{name:13}" + "   ".join(cells))
    print("\n== goals (issue 11)")
    for r in results:
        if r["size"] == 100_000:
            print(f"100 k end to end: {r['cli']:.1f} s (goal <= {GOALS['cli_100k_s']:.0f} s); "
                  f"{r['cli_jobs']:.1f} s with --jobs 2 (outputs in 2 processes)")
        if r["size"] == 1_000_000:
            print(f"1 M load {r['load_wall']:.1f} s wall (goal <= {GOALS['load_1m_s']:.0f}), "
                  f"compare {r['compare_wall']:.1f} s (goal <= {GOALS['compare_1m_s']:.0f}), "
                  f"peak {r['peak']:.0f} MB (goal <= {GOALS['peak_1m_mb']}), "
                  f"grouping {r['grouping_x']:.1f}x polars "
                  f"(goal <= {GOALS['grouping_x_polars']:.0f}x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--million", action="store_true", help="add 1 000 000 claims")
    parser.add_argument("--sources", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=3, help="runs of stages and peers")
    parser.add_argument("--cli-repeat", type=int, default=None,
                        help="runs of the CLI (default: --repeat)")
    parser.add_argument("--stages", nargs=2, help=argparse.SUPPRESS)  # child: folder, out
    parser.add_argument("--peers", help=argparse.SUPPRESS)  # child: csv path
    args = parser.parse_args()
    if args.stages:
        print(json.dumps(stages(Path(args.stages[0]), Path(args.stages[1]))))
        return
    if args.peers:
        print(json.dumps(peers(Path(args.peers))))
        return
    sizes = sorted(set(args.sizes) | ({1_000_000} if args.million else set()))
    with tempfile.TemporaryDirectory(prefix="bench-e2e-") as tmp:
        results = [run_size(size, args.sources, args.repeat,
                            args.cli_repeat or args.repeat, Path(tmp)) for size in sizes]
    summary(results)


if __name__ == "__main__":
    main()
