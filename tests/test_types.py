"""mypy over the package as it is installed: no errors (settings: [tool.mypy] in pyproject.toml).

The source tree maps folders to packages with package-dir (``graph/`` is
``claimgraph.graph``), which mypy cannot follow there nor through setuptools'
editable finder.  So the test lays the installed packages out as importlib
finds them (links under tmp_path, whatever the install: editable or a wheel)
and runs ``mypy -p claimgraph`` on that.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def installed_layout(root: Path) -> int:
    """Link every module of the installed claimgraph packages under ``root``; return how many."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    count = 0
    for name in config["tool"]["setuptools"]["packages"]:
        spec = importlib.util.find_spec(name)
        assert spec is not None and spec.submodule_search_locations, f"{name} is not installed"
        source = Path(next(iter(spec.submodule_search_locations)))
        target = root.joinpath(*name.split("."))
        target.mkdir(parents=True, exist_ok=True)
        for item in sorted(source.iterdir()):
            if item.suffix in (".py", ".pyi") or item.name == "py.typed":
                (target / item.name).symlink_to(item)
                count += item.suffix == ".py"
    return count


def test_mypy_finds_no_errors_in_the_installed_package(tmp_path: Path) -> None:
    """`mypy -p claimgraph` on the installed layout checks every module and reports nothing."""
    layout = tmp_path / "installed"
    modules = installed_layout(layout)
    assert (layout / "claimgraph" / "graph" / "model.py").exists()
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "-p", "claimgraph",
         "--config-file", str(ROOT / "pyproject.toml"),
         "--cache-dir", str(tmp_path / "mypy-cache")],
        cwd=layout, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    checked = re.search(r"Success: no issues found in (\d+) source files", done.stdout)
    assert checked is not None, done.stdout
    assert int(checked.group(1)) == modules
