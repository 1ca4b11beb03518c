"""An output folder holds one run's files, whole: interrupted runs, leftovers, two runs at once."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimgraph import Bundle, compare, export, load
from claimgraph.cli import main
from claimgraph.graph.errors import ClaimGraphError
from claimgraph.graph.files import LOCK_NAME, OutputError, OutputLockedError

from .conftest import write

OUTPUTS = ["report-md", "report-json", "report-csv", "trig"]
FILES = {"report.md", "report.json", "statements.csv", "conflicts.csv", "gaps.csv",
         "claims.trig"}
CLAIMS = """\
source: {{id: {sid}, publisher: {sid} health}}
claims:
  - [warfarin, increases_risk_of, calciphylaxis]
  - {{subject: sodium thiosulfate, predicate: effective_for, object: calciphylaxis,
     negated: {negated}}}
"""


def _project(folder: Path, negated: str) -> Path:
    """Two sources; ``negated`` changes what the second one says, so outputs differ."""
    write(folder / "claims" / "a.yaml", CLAIMS.format(sid="a", negated="false"))
    write(folder / "claims" / "b.yaml", CLAIMS.format(sid="b", negated=negated))
    return folder


def _export(project: Path, out: Path) -> list[Path]:
    claims = load(project)
    return export(Bundle(claims, compare(claims, as_of="2026-11-21")), out, OUTPUTS)


def _files(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes()
            for p in sorted(out.rglob("*")) if p.is_file()}


@pytest.fixture
def runs(tmp_path: Path) -> tuple[Path, Path, dict[str, bytes], dict[str, bytes]]:
    """Two projects whose outputs differ in every report file, and each one's outputs."""
    old, new = _project(tmp_path / "old", "false"), _project(tmp_path / "new", "true")
    _export(old, tmp_path / "ref-old")
    _export(new, tmp_path / "ref-new")
    old_files, new_files = _files(tmp_path / "ref-old"), _files(tmp_path / "ref-new")
    assert set(old_files) == set(new_files) == FILES
    assert {n for n in FILES if old_files[n] != new_files[n]} >= {"report.md", "report.json"}
    return old, new, old_files, new_files


@pytest.mark.parametrize("failing", [1, len(FILES)], ids=["first-rename", "final-rename"])
def test_a_failed_rename_leaves_all_old_files(
        runs: tuple[Path, Path, dict[str, bytes], dict[str, bytes]], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, failing: int) -> None:
    """When moving the new files in fails, the folder is put back: all old files, no staging."""
    old, new, old_files, _ = runs
    out = tmp_path / "out"
    _export(old, out)
    write(out / "my-notes.txt", "mine")
    real_replace, moves = os.replace, []

    def replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        if Path(dst).parent == out and Path(src).parent.name == "new":
            moves.append(dst)
            if len(moves) == failing:
                raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(ClaimGraphError, match="no space left on device"):
        _export(new, out)
    monkeypatch.undo()
    assert _files(out) == {**old_files, "my-notes.txt": b"mine"}


_KILL = """\
import os, sys
from pathlib import Path
real, out, moves = os.replace, Path(sys.argv[2]), []
def replace(src, dst):
    if Path(dst).parent == out and Path(src).parent.name == "new":
        moves.append(dst)
        if len(moves) == 3:
            os._exit(137)  # killed between two renames: no clean-up runs
    real(src, dst)
os.replace = replace
from claimgraph import Bundle, compare, export, load
claims = load(sys.argv[1])
export(Bundle(claims, compare(claims, as_of="2026-11-21")), out, {outputs!r})
"""


def test_a_killed_run_is_finished_by_the_next_run(
        runs: tuple[Path, Path, dict[str, bytes], dict[str, bytes]], tmp_path: Path) -> None:
    """A run killed while moving files in leaves a journal; the next run completes it first."""
    old, new, _, new_files = runs
    out = tmp_path / "out"
    _export(old, out)
    script = write(tmp_path / "kill.py", textwrap.dedent(_KILL.format(outputs=OUTPUTS)))
    done = subprocess.run([sys.executable, str(script), str(new), str(out)], check=False)
    assert done.returncode == 137
    assert any(p.name.startswith(".claimgraph-") for p in out.iterdir())
    # The next run writes only report.md, yet the folder ends up with the killed run's set.
    claims = load(new)
    export(Bundle(claims, compare(claims, as_of="2026-11-21")), out, ["report-md"])
    assert _files(out) == new_files


def test_leftover_staging_is_removed_and_other_files_stay(tmp_path: Path) -> None:
    """Staging folders of a killed run go; a person's files and folders in --out stay."""
    out = tmp_path / "out"
    write(out / ".claimgraph-k2x9_q7m" / "report.md", "half-written")  # an old run's staging
    write(out / "notes" / "todo.md", "check nkf")
    write(out / ".claimgraph-notes" / "keep.txt", "not ours")
    written = _export(_project(tmp_path / "p", "true"), out)
    assert sorted(p.name for p in written) == sorted(FILES)
    assert set(_files(out)) == FILES | {"notes/todo.md", ".claimgraph-notes/keep.txt"}


def test_a_second_run_on_a_locked_folder_stops_with_the_lock_named(tmp_path: Path) -> None:
    """While a live run holds the lock, compare exits 1 with one line naming the lock."""
    out = tmp_path / "out"
    lock = write(out / LOCK_NAME, f"{os.getppid()} {socket.gethostname()}\n")
    result = CliRunner().invoke(main, ["compare", str(_project(tmp_path / "p", "true")),
                                       "--out", str(out)])
    assert result.exit_code == 1
    assert (f"error: {lock}: expected no other claimgraph run writing to {out}, got a lock "
            f"held by process {os.getppid()} on {socket.gethostname()} (hint: wait for it to "
            f"finish; if no run is going on, delete {lock})") in " ".join(result.output.split())
    assert sorted(p.name for p in out.iterdir()) == [LOCK_NAME]


def test_a_lock_left_by_a_dead_run_is_taken_over(tmp_path: Path) -> None:
    """A lock whose process is gone is taken over, and released when the run ends."""
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    out = tmp_path / "out"
    write(out / LOCK_NAME, f"{gone.stdout.strip()} {socket.gethostname()}\n")
    _export(_project(tmp_path / "p", "true"), out)
    assert set(_files(out)) == FILES


def test_a_held_lock_raises_for_library_callers(tmp_path: Path) -> None:
    """export() raises OutputLockedError (a FileExistsError) and writes nothing."""
    out = tmp_path / "out"
    write(out / LOCK_NAME, f"{os.getppid()} {socket.gethostname()}\n")
    with pytest.raises(OutputLockedError) as info:
        _export(_project(tmp_path / "p", "true"), out)
    assert isinstance(info.value, FileExistsError)
    assert sorted(p.name for p in out.iterdir()) == [LOCK_NAME]


def test_out_that_is_a_file_is_refused_with_its_place(tmp_path: Path) -> None:
    """export() into a path that is a file raises OutputError naming it, and the file stays."""
    out = write(tmp_path / "out", "a file")
    with pytest.raises(OutputError) as info:
        _export(_project(tmp_path / "p", "true"), out)
    assert str(info.value) == (f"{out}: expected a folder to write into, got a file "
                               "(hint: choose another --out, or move the file away)")
    assert out.read_text(encoding="utf-8") == "a file"


def test_extract_replaces_a_project_whole_or_not_at_all(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """When extract's final rename fails, every project file is as the previous run left it."""
    from claimgraph.ingest.extract import extract_corpus
    from claimgraph.ingest.review import write_candidates

    from .ingest_pages import GOUT_TXT

    page, out = write(tmp_path / "gout.txt", GOUT_TXT), tmp_path / "project"
    cs, texts, _ = extract_corpus([page], progress=False)
    write_candidates(cs, out, texts=texts)
    before = _files(out)
    write(page, GOUT_TXT.replace("Ice packs may help.", "") + "\nGout is linked to gin.\n")
    cs, texts, _ = extract_corpus([page], progress=False)
    real_replace, moves = os.replace, []

    def replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        if Path(src).parent.name == "new" or Path(src).parent.parent.name == "new":
            moves.append(dst)
            if len(moves) == 3:
                raise OSError(30, "Read-only file system")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(ClaimGraphError, match="read-only file system"):
        write_candidates(cs, out, texts=texts)
    monkeypatch.undo()
    assert _files(out) == before
