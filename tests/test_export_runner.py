"""Exporters shared out to forked processes write the bytes they write in one process."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from claimgraph import api
from claimgraph.exports import runner
from claimgraph.exports.base import EXPORTERS, Bundle
from claimgraph.graph.errors import ClaimGraphError

needs_fork = pytest.mark.skipif(not hasattr(os, "fork"), reason="no os.fork here")


def test_a_family_of_exporters_stays_in_one_share() -> None:
    """Exporters that share a view land in one share; every name is in exactly one."""
    names = api.output_names("all")
    shares = runner.plan(names, 2)
    assert sorted(n for share in shares for n in share) == sorted(names)
    for family in set(runner.FAMILIES.values()):
        holding = [i for i, share in enumerate(shares)
                   if any(runner.FAMILIES.get(n) == family for n in share)]
        assert len(holding) <= 1, family
    assert runner.plan(names, 1) == [list(names)]


@needs_fork
def test_two_processes_write_the_same_bytes_as_one(fresh_example: Callable[[], Bundle],
                                                   tmp_path: Path) -> None:
    """Every output written with jobs=2 equals the one written with jobs=1."""
    names = api.output_names("all")
    steps: list[str] = []
    one = runner.run_exporters(fresh_example(), _dir(tmp_path / "one"), names)
    two = runner.run_exporters(fresh_example(), _dir(tmp_path / "two"), names, jobs=2,
                               on_step=steps.append)
    assert sorted(p.name for p in one) == sorted(p.name for p in two)
    assert sorted(steps) == sorted(names)
    for path in one:
        assert path.read_bytes() == (tmp_path / "two" / path.name).read_bytes(), path.name


@needs_fork
def test_a_childs_error_reaches_the_caller(fresh_example: Callable[[], Bundle], tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """An exporter failing in a forked process raises its error here, after all have ended."""
    def broken(bundle: Bundle, out_dir: Path) -> list[Path]:
        raise ClaimGraphError("the disk said no")

    monkeypatch.setitem(EXPORTERS._items, "report-md", broken)
    with pytest.raises(ClaimGraphError, match="the disk said no"):
        runner.run_exporters(fresh_example(), _dir(tmp_path / "out"), ["jsonld", "report-md"],
                             jobs=2)


def _dir(path: Path) -> Path:
    path.mkdir()
    return path


@needs_fork
def test_a_child_that_dies_is_an_error_not_a_hang(fresh_example: Callable[[], Bundle],
                                                  tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A forked process that ends without answering (killed, out of memory) is reported."""
    def dying(bundle: Bundle, out_dir: Path) -> list[Path]:
        os._exit(3)

    monkeypatch.setitem(EXPORTERS._items, "report-md", dying)
    with pytest.raises(ClaimGraphError, match="ended without an answer"):
        runner.run_exporters(fresh_example(), _dir(tmp_path / "out"), ["jsonld", "report-md"],
                             jobs=2)


def test_a_run_drops_the_views_it_made_and_keeps_the_ones_it_found(
        fresh_example: Callable[[], Bundle], tmp_path: Path) -> None:
    """Views made for a run are gone after it; views the bundle held before stay the same."""
    bundle = fresh_example()
    ids = bundle.claim_ids()
    runner.run_exporters(bundle, tmp_path, ["trig", "report-md"])
    assert set(bundle.views) == {"claim-ids"}
    assert bundle.claim_ids() is ids


def test_a_run_asked_to_keep_its_views_keeps_them(fresh_example: Callable[[], Bundle],
                                                  tmp_path: Path) -> None:
    """keep_views (what the CLI asks, ending its process next) leaves the views in the bundle."""
    bundle = fresh_example()
    runner.run_exporters(bundle, tmp_path, ["trig", "report-md"], keep_views=True)
    assert {"claim-ids", "rdf"} <= set(bundle.views)


def test_a_run_leaves_the_collector_as_it_found_it(fresh_example: Callable[[], Bundle],
                                                   tmp_path: Path) -> None:
    """On before, on after, also when an exporter fails; off before, still off after."""
    import gc

    was = gc.isenabled()
    try:
        for enabled in (True, False):
            (gc.enable if enabled else gc.disable)()
            runner.run_exporters(fresh_example(), tmp_path / str(enabled), ["report-md"])
            assert gc.isenabled() is enabled
        gc.enable()
        with pytest.raises(ClaimGraphError):
            runner.run_exporters(fresh_example(), tmp_path / "bad", ["report-md", "nosuch"])
        assert gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()
