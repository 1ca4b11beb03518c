"""The ``claimgraph`` console command: the CLI imported with the cyclic collector paused.

Importing the CLI and what ``claimgraph extract`` reads with makes ~30,000
objects (modules, functions, classes, compiled regexes, word tables) that
live as long as the process.  None is garbage, yet the collector scanned
them over and over while they were made: ~45 passes, ~0.015 s of CPU, a
tenth of a run on one small page (issue 9: 150 KB/s per core, start-up
included).  So the imports run under :func:`~claimgraph.graph.collector.collector_paused`,
which puts the collector back as it was and moves what they made to the
oldest generation without a scan.

The console script and ``python -m claimgraph`` start here; ``claimgraph.cli.main``
stays the click group that tests and programs invoke.
"""

from __future__ import annotations

from claimgraph.graph.collector import collector_paused


def run() -> None:
    """Import the CLI with the collector paused, then run it (see :func:`claimgraph.cli.run`)."""
    with collector_paused():
        from claimgraph.cli import run as command
    command()
