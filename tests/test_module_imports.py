"""Every module of the package imports on its own, first, in a fresh interpreter.

A user (or a doctest run) may import any one module before the others; an
import cycle only shows when the cycle's far end is loaded first, as
``claimgraph.ingest.bare_lists`` once was.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MODULES = sorted(
    [f"claimgraph.{folder}.{path.stem}"
     for folder in ("graph", "ingest", "exports")
     for path in (ROOT / folder).glob("*.py") if path.stem != "__init__"]
    + [f"claimgraph.{path.stem}" for path in (ROOT / "claimgraph").glob("*.py")
       if path.stem not in ("__init__", "__main__")]
)


@pytest.mark.parametrize("chunk", [MODULES[i::4] for i in range(4)],
                         ids=[f"part{i}" for i in range(4)])
def test_each_module_imports_first(chunk: list[str]) -> None:
    """Each module, imported alone in its own interpreter, loads without error."""
    procs = {name: subprocess.Popen([sys.executable, "-c", f"import {name}"],
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for name in chunk}
    failed = {}
    for name, proc in procs.items():
        _, err = proc.communicate(timeout=120)
        if proc.returncode != 0:
            failed[name] = err.strip().splitlines()[-1]
    assert not failed, failed
