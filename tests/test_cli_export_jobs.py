"""--jobs also writes the outputs in forked processes, with the same bytes (issue 11)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from claimgraph.cli import main

EXAMPLE = Path(__file__).resolve().parents[1] / "claimgraph" / "examples" / "calciphylaxis"


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_compare_with_two_jobs_writes_the_same_files(tmp_path: Path) -> None:
    """`compare --jobs 2` splits the writers over two processes; every file is the same."""
    one, two = tmp_path / "one", tmp_path / "two"
    first = CliRunner().invoke(main, ["compare", str(EXAMPLE), "--out", str(one),
                                      "--as-of", "2026-12-01"])
    second = CliRunner().invoke(main, ["compare", str(EXAMPLE), "--out", str(two),
                                       "--as-of", "2026-12-01", "--jobs", "2"])
    assert first.exit_code == 0, first.output
    assert second.exit_code == 0, second.output
    written = _files(one)
    assert len(written) >= 10
    assert written == _files(two)
