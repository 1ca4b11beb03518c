"""--outputs, --jobs and the progress display of the commands that read and write."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from claimgraph import api
from claimgraph.cli import main

from .conftest import write


def cli(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def _project(folder: Path) -> Path:
    write(folder / "sources.yaml", "sources:\n  - {id: a, publisher: Alpha}\n"
                                   "  - {id: b, publisher: Beta}\n")
    for source in ("a", "b"):
        write(folder / "claims" / f"{source}.yaml",
              f"source: {source}\nclaims:\n  - [smoking, increases_risk_of, gout]\n")
    return folder


PAGES = {
    "alpha": "Gout\n\nSmoking increases the risk of gout. Gout causes joint pain.\n",
    "beta": "Gout\n\nObesity increases the risk of gout. Colchicine is used to treat gout.\n",
    "gamma": "Gout\n\nAlcohol increases the risk of gout. Gout can cause kidney stones.\n",
}


def _pages(folder: Path) -> list[str]:
    return [str(write(folder / f"{name}.txt", text)) for name, text in PAGES.items()]


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


# --- --outputs -------------------------------------------------------------------


def test_outputs_writes_only_the_named_outputs(tmp_path: Path) -> None:
    """compare --outputs report-json,trig writes report.json and claims.trig, nothing else."""
    out = tmp_path / "out"
    result = cli("compare", str(_project(tmp_path / "p")), "--out", str(out),
                 "--outputs", "report-json, trig")
    assert result.exit_code == 0, result.output
    assert _files(out) == ["claims.trig", "report.json"]


def test_outputs_are_byte_identical_to_the_same_outputs_of_a_full_run(tmp_path: Path) -> None:
    """A chosen output is the same file that a run writing every output writes."""
    project = str(_project(tmp_path / "p"))
    assert cli("compare", project, "--out", str(tmp_path / "all"), "--as-of",
               "2026-01-01").exit_code == 0
    assert cli("compare", project, "--out", str(tmp_path / "some"), "--as-of", "2026-01-01",
               "--outputs", "report-md,graphml").exit_code == 0
    for name in ("report.md", "graph.graphml"):
        assert (tmp_path / "some" / name).read_bytes() == (tmp_path / "all" / name).read_bytes()


def test_build_writes_the_graph_outputs_unless_told_otherwise(tmp_path: Path) -> None:
    """build keeps its default (the graph and its RDF); --outputs narrows or widens it."""
    project = str(_project(tmp_path / "p"))
    assert cli("build", project, "--out", str(tmp_path / "default")).exit_code == 0
    assert "report.json" not in _files(tmp_path / "default")
    assert "claims.trig" in _files(tmp_path / "default")
    assert cli("build", project, "--out", str(tmp_path / "one"),
               "--outputs", "nquads").exit_code == 0
    assert _files(tmp_path / "one") == ["claims.nq"]


def test_demo_takes_outputs_too(tmp_path: Path) -> None:
    """demo --outputs report-json writes the example's report.json alone."""
    result = cli("demo", "--out", str(tmp_path / "out"), "--outputs", "report-json")
    assert result.exit_code == 0, result.output
    assert _files(tmp_path / "out") == ["report.json"]


@pytest.mark.parametrize("command", ["compare", "build", "demo"])
def test_an_unknown_output_is_a_usage_error_listing_the_valid_names(
        tmp_path: Path, command: str) -> None:
    """A misspelt output name exits 2, names it and lists every registered output."""
    paths = [] if command == "demo" else [str(_project(tmp_path / "p"))]
    result = cli(command, *paths, "--out", str(tmp_path / "out"), "--outputs", "trig,reprot")
    assert result.exit_code == 2
    text = " ".join(result.output.split())
    assert "got 'reprot'" in text
    assert f"expected output names from: {', '.join(api.output_names('all'))}" in text
    assert not (tmp_path / "out").exists()


def test_an_empty_outputs_list_is_a_usage_error(tmp_path: Path) -> None:
    """--outputs with no name in it exits 2 rather than writing nothing."""
    result = cli("compare", str(_project(tmp_path / "p")), "--out", str(tmp_path / "o"),
                 "--outputs", " , ")
    assert result.exit_code == 2 and "got nothing" in result.output


# --- --jobs ----------------------------------------------------------------------


def test_extract_with_two_jobs_writes_what_one_job_writes(tmp_path: Path) -> None:
    """extract --jobs 2 (worker processes) gives the same claim files as --jobs 1."""
    pages = _pages(tmp_path / "pages")
    for jobs in ("1", "2"):
        result = cli("extract", *pages, "--out", str(tmp_path / f"jobs{jobs}"), "--jobs", jobs)
        assert result.exit_code == 0, result.output
    one, two = tmp_path / "jobs1", tmp_path / "jobs2"
    assert _files(one) == _files(two)
    assert "claims/alpha.yaml" in _files(one)
    for name in _files(one):
        assert (one / name).read_bytes() == (two / name).read_bytes(), name


def test_compare_of_documents_with_two_jobs_writes_the_same_report(tmp_path: Path) -> None:
    """compare --jobs 2 over documents writes the report.json of --jobs 1."""
    pages = _pages(tmp_path / "pages")
    for jobs in ("1", "2"):
        result = cli("compare", *pages, "--out", str(tmp_path / f"jobs{jobs}"), "--jobs", jobs,
                     "--outputs", "report-json", "--as-of", "2026-01-01")
        assert result.exit_code == 0, result.output
    assert (tmp_path / "jobs1" / "report.json").read_bytes() == \
        (tmp_path / "jobs2" / "report.json").read_bytes()


@pytest.mark.parametrize("command", ["extract", "compare", "build"])
def test_jobs_below_one_is_a_usage_error(tmp_path: Path, command: str) -> None:
    """--jobs 0 exits 2 with the allowed range."""
    result = cli(command, *_pages(tmp_path / "pages"), "--out", str(tmp_path / "o"),
                 "--jobs", "0")
    assert result.exit_code == 2
    assert "0 is not in the range 1<=x<=64" in result.output


# --- progress ----------------------------------------------------------------------


def _run(args: list[str], *, tty: bool) -> tuple[int, bytes]:
    """Run the command in a child process; return its exit code and what it wrote to stderr."""
    command = [sys.executable, "-m", "claimgraph", *args]
    env = {**os.environ, "COLUMNS": "100", "TERM": "xterm"}
    if not tty:
        done = subprocess.run(command, capture_output=True, env=env, timeout=300, check=False)
        return done.returncode, done.stderr
    main_fd, child_fd = pty.openpty()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=child_fd, env=env)
    os.close(child_fd)
    seen = b""
    while True:
        ready, _, _ = select.select([main_fd], [], [], 1)
        if ready:
            try:
                chunk = os.read(main_fd, 65536)
            except OSError:  # the child closed its end
                break
            if not chunk:
                break
            seen += chunk
        elif process.poll() is not None:
            break
    os.close(main_fd)
    return process.wait(timeout=300), seen


def test_progress_is_drawn_on_a_terminal(tmp_path: Path) -> None:
    """On a terminal, compare shows its stages: loading, comparing and each exporter."""
    code, stderr = _run(["compare", str(_project(tmp_path / "p")), "--out",
                         str(tmp_path / "out"), "--outputs", "report-json,trig"], tty=True)
    assert code == 0, stderr
    for stage in (b"loading claims", b"comparing 2 claims", b"writing report-json",
                  b"writing trig"):
        assert stage in stderr, stage


def test_no_progress_reaches_a_pipe(tmp_path: Path) -> None:
    """With stderr piped (a log, a test), compare writes nothing to it at all."""
    code, stderr = _run(["compare", str(_project(tmp_path / "p")), "--out",
                         str(tmp_path / "out"), "--outputs", "report-json,trig"], tty=False)
    assert code == 0
    assert stderr == b""
