"""What a plain ``claimgraph extract`` leaves unimported (each was start-up time, issue 9)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

# Modules only some runs need: a pool (--jobs > 1), a round trip of a claims file an
# earlier run wrote, a progress bar on a terminal, names close in spelling to score or
# a misspelt one to hint at (rapidfuzz), a PDF (logging, for pypdf's logger).
_NOT_NEEDED = ("multiprocessing", "concurrent.futures.process", "ruamel.yaml",
               "rich.progress", "rapidfuzz", "logging")


def _imported_by_extract(tmp_path: Path, out: Path) -> list[str]:
    page = tmp_path / "tarn.txt"
    page.write_text("Tarn fever\n\nTarn fever causes a rash.\n", encoding="utf-8")
    code = ("import sys\nfrom claimgraph import cli\n"
            f"try:\n    cli.main(['extract', {str(page)!r}, '--out', {str(out)!r}])\n"
            "except SystemExit:\n    pass\n"
            f"print('imported:', *(m for m in {_NOT_NEEDED!r} if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    return done.stdout.splitlines()[-1].split()[1:]  # after the command's own lines


def test_a_fresh_extract_imports_no_pool_round_trip_or_progress(tmp_path: Path) -> None:
    """A first extract into a new folder writes its files without those modules."""
    out = tmp_path / "out"
    assert _imported_by_extract(tmp_path, out) == []
    assert list((out / "claims").glob("*.yaml"))


def test_extract_again_round_trips_the_claims_files_it_wrote(tmp_path: Path) -> None:
    """A second extract into the same folder merges into its claims files (ruamel loads),
    keeping a reviewer's comment."""
    out = tmp_path / "out"
    _imported_by_extract(tmp_path, out)
    claims = next((out / "claims").glob("*.yaml"))
    claims.write_text(claims.read_text(encoding="utf-8") + "# checked by hand\n",
                      encoding="utf-8")
    assert _imported_by_extract(tmp_path, out) == ["ruamel.yaml"]
    assert "# checked by hand" in claims.read_text(encoding="utf-8")
