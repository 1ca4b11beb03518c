"""Time the extraction rules alone on the real pages, warm, in one process.

Usage:
    python benchmarks/bench_rules.py [--repeat 7]

Reads every page beside the checkout (``../shared/corpus/*/*.txt`` and
``../shared/seeds/*.txt``) once, reads them all with the rules once to warm the
caches, then times ``extract_page`` over all of them ``--repeat`` times and
prints the minimum and median CPU seconds and KB/s. The CLI benchmark
(``bench_extract.py``) times what a user runs, start-up and all; on a noisy
machine its runs of one code differ by a third, and this narrower figure is
what tells two checkouts' readings apart (run it with each one's Python).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from claimgraph.ingest.documents import read_document
from claimgraph.ingest.extract import topic_of
from claimgraph.ingest.rules import extract_page

SHARED = Path(__file__).resolve().parents[2] / "shared"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7, help="timed runs (min and median)")
    args = parser.parse_args(argv)
    pages = sorted(SHARED.glob("corpus/*/*.txt")) + sorted(SHARED.glob("seeds/*.txt"))
    if not pages:
        print(f"no pages under {SHARED}: nothing to time")
        return 0
    kb = sum(p.stat().st_size for p in pages) / 1024
    docs = [read_document(p) for p in pages]
    topics = [topic_of(d) for d in docs]
    for doc, topic in zip(docs, topics, strict=True):
        extract_page(doc, topic)  # warm: compiled patterns, memoised phrases
    runs = []
    for _ in range(args.repeat):
        start = time.process_time()
        for doc, topic in zip(docs, topics, strict=True):
            extract_page(doc, topic)
        runs.append(time.process_time() - start)
    best, median = min(runs), statistics.median(runs)
    print(f"rules on {len(pages)} real pages ({kb:.0f} KB), {args.repeat} runs: CPU min "
          f"{best:.3f} s ({kb / best:.0f} KB/s), median {median:.3f} s ({kb / median:.0f} KB/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
