"""The README's examples run from a checkout alone (issue 12: without ../shared).

Every ``claimgraph`` command in a bash block of the README runs here, in
process, from the checkout's root with ``--out`` sent under tmp_path, and
exits 0; the Python block runs as written.  Commands that need a SPARQL
server or name a user's own files are listed in TEMPLATES, so a new example
cannot be skipped silently.
"""

from __future__ import annotations

import contextlib
import glob
import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimgraph.cli import main

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"^```(\w*)\n(.*?)^```", README, flags=re.MULTILINE | re.DOTALL)

# Examples that are patterns for the reader's own setup, not runnable as they stand.
TEMPLATES = {
    # a running SPARQL server (tests/test_endpoint.py drives these against one)
    "claimgraph push claimgraph/examples/calciphylaxis --endpoint http://127.0.0.1:7878",
    "claimgraph query --endpoint http://127.0.0.1:7878 'SELECT ?s (COUNT(DISTINCT ?g) AS ?n) "
    "WHERE { GRAPH ?g { ?s cg:increases_risk_of ?o } } GROUP BY ?s ORDER BY DESC(?n) ?s'",
    "claimgraph compare --endpoint http://127.0.0.1:7878 --out out-server",
    # the reader's own pages and project
    "claimgraph extract pages/*.html --sources sources.yaml --out my-topic",
    "claimgraph compare my-topic --out report",
}


def _commands() -> list[str]:
    """The README's claimgraph commands, continuation lines joined, comments dropped."""
    commands = []
    for lang, body in BLOCKS:
        if lang != "bash":
            continue
        for line in body.replace("\\\n", " ").splitlines():
            line = " ".join(line.split("#", 1)[0].split()) if " #" in line else " ".join(
                line.split())
            if line.startswith("claimgraph "):
                commands.append(line)
    return commands


COMMANDS = _commands()


def test_no_example_needs_shared() -> None:
    """No README code block reads the seed pages beside the checkout."""
    assert [body for _, body in BLOCKS if "../shared" in body or "shared/seeds" in body] == []


def test_every_template_is_still_in_the_readme() -> None:
    """The skip list names only commands the README has (a stale entry would hide nothing)."""
    assert set(COMMANDS) >= TEMPLATES
    assert set(COMMANDS) - TEMPLATES, "some README command must run here"


@pytest.mark.parametrize("command", [c for c in COMMANDS if c not in TEMPLATES])
def test_readme_command_runs_from_the_checkout(tmp_path: Path, command: str) -> None:
    """The command, its globs expanded in the checkout, exits 0 and writes its --out."""
    args: list[str] = []
    for word in shlex.split(command)[1:]:
        expanded = sorted(glob.glob(word, root_dir=ROOT)) if "*" in word else [word]
        assert expanded, f"{word} matches no file in the checkout"
        args.extend(expanded)
    out = None
    if "--out" in args:
        at = args.index("--out") + 1
        out = tmp_path / args[at]
        args[at] = str(out)
    with contextlib.chdir(ROOT):
        result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, (command, result.output)
    if out is not None:
        assert (out / "report.json").is_file() or (out / "claims.trig").is_file()


def test_readme_python_example_runs(tmp_path: Path) -> None:
    """The Python block runs as written, in a fresh working folder."""
    [code] = [body for lang, body in BLOCKS if lang == "python"]
    with contextlib.chdir(tmp_path):
        exec(compile(code, "README.md", "exec"), {})
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "claims.trig", "graph.html", "report.html"]
