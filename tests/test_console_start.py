"""The console command imports with the cyclic collector paused (claimgraph/console.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

# A child that counts the collector's passes while `python -m claimgraph extract` runs on
# one tiny page, and says at exit whether the collector is on again.
_CHILD = """
import atexit, gc, runpy, sys
passes = []
gc.callbacks.append(lambda phase, info: phase == "stop" and passes.append(info["generation"]))
atexit.register(lambda: print(len(passes), gc.isenabled(), file=sys.stderr))
sys.argv = ["claimgraph", "extract", sys.argv[1], "--out", sys.argv[2]]
runpy.run_module("claimgraph", run_name="__main__")
"""


def test_extract_runs_with_few_collector_passes_and_the_collector_on(tmp_path: Path) -> None:
    """The imports make no collector passes (~70 before), and the collector is on after."""
    page = tmp_path / "tiny.txt"
    page.write_text("Tarn fever\n\nTarn fever causes a rash.\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", _CHILD, str(page), str(tmp_path / "out")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    passes, enabled = done.stderr.split()[-2:]
    assert int(passes) < 10 and enabled == "True"
    assert (tmp_path / "out" / "claims" / "tiny.yaml").is_file()


def test_the_console_script_starts_at_the_console_module() -> None:
    """The installed script and `python -m claimgraph` both go through console.run."""
    root = Path(__file__).resolve().parents[1]
    assert 'claimgraph = "claimgraph.console:run"' in (root / "pyproject.toml").read_text()
    assert "from claimgraph.console import run" in (
        root / "claimgraph" / "__main__.py").read_text()
