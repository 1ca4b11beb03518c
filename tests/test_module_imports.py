"""Every module of the package imports on its own, first, in a fresh interpreter.

A user (or a doctest run) may import any one module before the others; an
import cycle only shows when the cycle's far end is loaded first, as
``claimgraph.ingest.bare_lists`` once was.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODULES = sorted(
    [f"claimgraph.{folder}.{path.stem}"
     for folder in ("graph", "ingest", "exports")
     for path in (ROOT / folder).glob("*.py") if path.stem != "__init__"]
    + [f"claimgraph.{path.stem}" for path in (ROOT / "claimgraph").glob("*.py")
       if path.stem not in ("__init__", "__main__")]
)

# Run in a fresh interpreter: load the other packages ours use (their import order cannot
# make a cycle of ours), then fork one child per module of ours, which imports it first,
# before any other module of ours.  (One interpreter per module, each loading rich, yaml
# and the rest again, took ~60 s of CPU; forked children share what was loaded.)
_FORK_EACH = """
import importlib, json, os, sys
ours, theirs = json.loads(sys.stdin.read())
for name in theirs:
    try:
        importlib.import_module(name)
    except Exception:
        pass
assert not any(m.split(".")[0] == "claimgraph" for m in sys.modules), "ours loaded early"
failed, running = {}, []

def reap():
    pid, r, name = running.pop(0)
    with os.fdopen(r, "rb") as f:
        err = f.read().decode(errors="replace")
    if os.waitpid(pid, 0)[1] != 0:
        failed[name] = err or "exit status not 0"

for name in ours:
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        try:
            importlib.import_module(name)
            os._exit(0 if name in sys.modules else 1)
        except BaseException as exc:
            os.write(w, f"{type(exc).__name__}: {exc}"[:2000].encode())
            os._exit(1)
    os.close(w)
    running.append((pid, r, name))
    if len(running) >= (os.cpu_count() or 1):
        reap()
while running:
    reap()
print(json.dumps(failed))
"""


def _their_modules(env: dict[str, str]) -> list[str]:
    """Return the modules of other packages that ours load, all of ours imported together."""
    # (A module that fails is left to the forked children to report.)
    code = ("import importlib, sys\n"
            f"for m in {MODULES!r}:\n"
            "    try:\n        importlib.import_module(m)\n"
            "    except Exception:\n        pass\n"
            "print('\\n'.join(sorted(m for m in sys.modules "
            "if m.split('.')[0] != 'claimgraph')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env=env).stdout.split()
    return [m for m in out if m not in ("__main__", "__mp_main__")]


def test_each_module_imports_first(tmp_path: Path) -> None:
    """Each module, imported before any other of ours in a fresh interpreter, loads."""
    assert len(MODULES) > 100
    # The compiled regexes are kept in a cache of this test's own, as on a user's machine
    # (the first interpreter writes it): else each child compiles its modules' regexes.
    env = {**os.environ, "CLAIMGRAPH_CACHE": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-c", _FORK_EACH],
                          input=json.dumps([MODULES, _their_modules(env)]),
                          capture_output=True, text=True, timeout=600, env=env)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert json.loads(proc.stdout) == {}
