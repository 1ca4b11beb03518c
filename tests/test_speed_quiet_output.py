"""A run without a terminal draws no progress bar: nothing extra in piped output."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .conftest import write


def test_piped_extract_of_many_pages_prints_only_the_report(tmp_path: Path) -> None:
    """Thirty pages piped to a file: stdout starts with the pages table, stderr is empty."""
    pages = [write(tmp_path / f"page{i}.txt", f"Tarn fever\n\nTarn fever causes a rash {i}.\n")
             for i in range(30)]
    run = subprocess.run([sys.executable, "-m", "claimgraph", "extract", *map(str, pages),
                          "--out", str(tmp_path / "out")], capture_output=True, text=True,
                         check=True)
    assert run.stdout.startswith("Pages read")
    assert run.stderr == ""
