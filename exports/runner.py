"""Run a set of exporters, in this process or shared out to forked ones.

At 100 k claims the outputs cost ~20 CPU seconds, nearly all of it in
exporters that never look at each other's files: the four RDF formats (one
shared build of the quads), the networkx files and the reports (one shared
report each).  On a machine with two cores, two processes write them in
about the time of the larger share.

Exporters that share a view (see :data:`FAMILIES`) run in one process, so a
view is still made once.  A forked process inherits the bundle as it is
(copy-on-write; nothing is pickled), writes its files into the same folder,
and sends back only the paths it wrote, or the error that stopped it.  Each
file is written by the same function either way, so the bytes do not depend
on ``jobs`` (tests/test_export_runner.py).

Forking is opt-in (``jobs > 1``) and only where ``os.fork`` exists: a
library call does not start processes by itself.
"""

from __future__ import annotations

import gc
import os
import pickle
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from claimgraph.graph.collector import collector_paused
from claimgraph.graph.errors import ClaimGraphError

from .base import EXPORTERS, Bundle

# Exporters that share a view of the bundle (the quads, the networkx claims view, the
# report contract): run in one process, the view is made once.  Others are their own.
FAMILIES = {
    "jsonld": "rdf", "nquads": "rdf", "trig": "rdf", "turtle": "rdf",
    "gexf": "network", "graphml": "network",
    "report-csv": "report", "report-html": "report", "report-json": "report",
    "report-md": "report",
}
# CPU seconds per family at 100 k synthetic claims (benchmarks/bench_e2e.py), to
# balance the shares; a family not listed counts as 1.
COSTS = {"rdf": 12.0, "report": 5.0, "network": 4.0}


@dataclass(frozen=True, slots=True)
class _Child:
    """A forked process writing some exporters' files, and the pipe it answers on."""

    pid: int
    answer: int  # read end of the pipe
    names: tuple[str, ...]


def plan(names: Sequence[str], jobs: int) -> list[list[str]]:
    """Split exporter names into at most ``jobs`` shares, a family never split.

    Families go, costliest first, to the share with the least cost so far;
    each share keeps the names in the order given.

    >>> plan(["gexf", "graphml", "html", "jsonld", "nquads", "report-json"], 2)
    [['jsonld', 'nquads'], ['gexf', 'graphml', 'html', 'report-json']]
    >>> plan(["gexf", "jsonld"], 1)
    [['gexf', 'jsonld']]
    """
    families: dict[str, list[str]] = {}
    for name in names:
        families.setdefault(FAMILIES.get(name, name), []).append(name)
    shares: list[list[str]] = [[] for _ in range(max(1, min(jobs, len(families))))]
    loads = [0.0] * len(shares)
    for family in sorted(families, key=lambda f: (-COSTS.get(f, 1.0), f)):
        least = loads.index(min(loads))
        shares[least].extend(families[family])
        loads[least] += COSTS.get(family, 1.0)
    order = {name: i for i, name in enumerate(names)}
    return [sorted(share, key=order.__getitem__) for share in shares]


def run_exporters(bundle: Bundle, out_dir: Path, names: Sequence[str], *, jobs: int = 1,
                  on_step: Callable[[str], None] | None = None,
                  keep_views: bool = False) -> list[Path]:
    """Run the exporters ``names`` into ``out_dir``; return the files written.

    With ``jobs`` > 1 (and ``os.fork``), each share (see :func:`plan`) runs
    in a forked process and this one waits: a forked process never runs
    the cyclic collector (it ends soon), which at 100 k claims rescanned
    the views the exporters keep for ~3 s in all.  ``on_step(name)`` is
    called as each exporter starts here, or for each of a child's
    exporters once the child has finished.  The exporters in this process
    run with the cyclic collector paused, and the views they made are
    dropped when they are done (see :func:`_run`), unless ``keep_views``:
    the command line keeps them, as its process ends next without freeing
    them (0.4 s of freeing at 100 k claims; claimgraph/fast_exit.py).

    Raises:
        ClaimGraphError: an exporter failed here or in a child (a child's
            ClaimGraphError is raised as it was; other errors are named).
    """
    if jobs <= 1 or not hasattr(os, "fork") or len(names) < 2:
        return _run(bundle, out_dir, names, on_step, drop_views=not keep_views)
    children: list[_Child] = []
    try:
        for share in plan(names, jobs):
            children.append(_fork(bundle, out_dir, share))
    finally:
        # Every child is waited for, even after an error here: none is left behind.
        results = [_join(child) for child in children]
    written: list[Path] = []
    for child, (paths, error) in zip(children, results, strict=True):
        if error is not None:
            raise error
        for name in child.names:
            if on_step:
                on_step(name)
        written.extend(paths)
    return written


def _run(bundle: Bundle, out_dir: Path, names: Sequence[str],
         on_step: Callable[[str], None] | None, *, drop_views: bool = True) -> list[Path]:
    """Run ``names`` here, the cyclic collector paused for all of them.

    One pause for the whole run, and the views it made dropped (unless not
    ``drop_views``) before the collector runs again: each time it ran between
    exporters, its first pass scanned every object the last exporter had made
    and kept (the 2 M quads, the report, the networkx graph), ~3 s at 100 k
    claims, for views that are no garbage.  Views the bundle held before the
    run stay.
    """
    written: list[Path] = []
    kept = set(bundle.views)
    with collector_paused():
        try:
            for name in names:
                if on_step:
                    on_step(name)
                written.extend(EXPORTERS.get(name)(bundle, out_dir))
        finally:
            if drop_views:
                for made in [view for view in bundle.views if view not in kept]:
                    del bundle.views[made]
    return written


def _fork(bundle: Bundle, out_dir: Path, names: list[str]) -> _Child:
    """Start a process that runs ``names`` and writes back what it did; return it."""
    read, write = os.pipe()
    pid = os.fork()
    if pid:
        os.close(write)
        return _Child(pid, read, tuple(names))
    # The child: never returns, whatever happens (a child that returned would go on
    # with the caller's work).  os._exit skips the parent's atexit handlers and
    # buffered output, which are the parent's to run and flush.
    try:
        os.close(read)
        _answer(write, bundle, out_dir, names)
    finally:
        os._exit(0)


def _answer(pipe: int, bundle: Bundle, out_dir: Path, names: list[str]) -> None:
    """In a child: run ``names``, then write (paths, error) to ``pipe``, pickled."""
    answer: tuple[list[str], BaseException | None]
    # The process ends soon: its garbage and its views go with it, never scanned nor
    # freed (the collector stays off here after the run, while the answer is pickled).
    gc.disable()
    try:
        answer = ([str(p) for p in _run(bundle, out_dir, names, None, drop_views=False)],
                  None)
    except BaseException as err:  # every error, interrupts too, goes to the parent
        answer = ([], err)
    try:
        payload = pickle.dumps(answer)
    except Exception:  # an error that does not pickle is named instead
        payload = pickle.dumps(([], ClaimGraphError(f"{', '.join(names)}: "
                                                    f"{type(answer[1]).__name__}: {answer[1]}")))
    with os.fdopen(pipe, "wb") as fh:
        fh.write(payload)


def _join(child: _Child) -> tuple[list[Path], BaseException | None]:
    """Read a child's answer, wait for it to end; return its paths and its error."""
    with os.fdopen(child.answer, "rb") as fh:
        payload = fh.read()  # to the end first: a full pipe would stop the child
    _, status = os.waitpid(child.pid, 0)
    if not payload:
        return [], ClaimGraphError(
            f"writing {', '.join(child.names)}: the process ended without an answer "
            f"(exit status {status}; out of memory?)")
    paths, error = pickle.loads(payload)
    return [Path(p) for p in paths], error
