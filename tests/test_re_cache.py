"""Compiled regexes kept across runs (ingest/re_cache.py) are the ones re.compile makes."""

from __future__ import annotations

import marshal
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from claimgraph.ingest import re_cache

# Count what the regex compiler does while extraction's modules load.
_COUNT = """
import re._compiler as c, sys
made = []
compile_ = c.compile
c.compile = lambda p, flags=0: made.append(p) or compile_(p, flags)
import claimgraph.ingest.extract
print(len(made))
"""


def _compiles_at_import(cache: str, **env_vars: str) -> int:
    env = {**os.environ, "CLAIMGRAPH_CACHE": cache, **env_vars}
    out = subprocess.run([sys.executable, "-c", _COUNT], capture_output=True, text=True,
                         env=env, check=True)
    return int(out.stdout.split()[-1])


def _cache_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("re-*.marshal"))


@pytest.fixture(scope="module")
def first_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """A cache folder filled by a first run, and how many regexes that run compiled.

    Shared by the tests that read a filled cache (a first run compiles every regex of
    ours again, ~5 s of CPU); a test that changes the cache works on a copy.
    """
    folder = tmp_path_factory.mktemp("first-run")
    return folder, _compiles_at_import(str(folder))


def test_a_second_run_compiles_almost_nothing(first_run: tuple[Path, int],
                                              tmp_path: Path) -> None:
    """The first run fills the cache; the next compiles only what other packages compile."""
    folder, first = first_run
    assert len(_cache_files(folder)) == 1
    shutil.copytree(folder, tmp_path, dirs_exist_ok=True)
    second = _compiles_at_import(str(tmp_path))
    assert first > 500 and second < first / 5


def test_kept_programs_build_the_patterns_re_compiles(first_run: tuple[Path, int]) -> None:
    """Every kept program, built again, equals re.compile's pattern (pattern, flags, code)."""
    kept = marshal.loads(_cache_files(first_run[0])[0].read_bytes())
    assert len(kept) > 500
    wrong = [key for key, program in kept.items()
             if re_cache._built(key[0], program) != re.compile(*key)]
    assert wrong == []


def test_a_damaged_cache_file_is_compiled_over(first_run: tuple[Path, int],
                                               tmp_path: Path) -> None:
    """A cache file that does not read is ignored and written again, never an error."""
    shutil.copytree(first_run[0], tmp_path, dirs_exist_ok=True)
    path = _cache_files(tmp_path)[0]
    path.write_bytes(b"\x00not a marshal file")
    assert _compiles_at_import(str(tmp_path)) > 500
    assert isinstance(marshal.loads(path.read_bytes()), dict)


def test_an_empty_setting_turns_the_cache_off(tmp_path: Path) -> None:
    """CLAIMGRAPH_CACHE="" writes nothing, not even to the usual cache folder."""
    home = {"HOME": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    assert _compiles_at_import("", **home) > 500
    assert _compiles_at_import("", **home) > 500
    assert list(tmp_path.iterdir()) == []


def test_without_a_setting_the_cache_is_the_users_cache_folder(tmp_path: Path) -> None:
    """With no CLAIMGRAPH_CACHE, the file goes to $XDG_CACHE_HOME/claimgraph."""
    env = {k: v for k, v in os.environ.items() if k != "CLAIMGRAPH_CACHE"}
    env["XDG_CACHE_HOME"] = str(tmp_path)
    subprocess.run([sys.executable, "-c", "import claimgraph.ingest.extract"], env=env,
                   check=True)
    assert len(_cache_files(tmp_path / "claimgraph")) == 1


@pytest.mark.parametrize("flags", [0, re.IGNORECASE, re.I | re.S, re.ASCII])
def test_compile_gives_re_compiles_pattern(flags: int) -> None:
    """compile() and the helpers answer as re does, whatever the flags."""
    rx = r"(?P<n>\d+)\s*(?:%|per ?cent)\b|(?<!\w)tarn fever"
    text = "In 30 PER CENT, tarn fever"
    assert re_cache.compile(rx, flags) == re.compile(rx, flags)
    assert re_cache.search(rx, text, flags).span() == re.search(rx, text, flags).span()
    assert re_cache.findall(rx, text, flags) == re.findall(rx, text, flags)
    assert re_cache.sub(rx, "x", text, flags=flags) == re.sub(rx, "x", text, flags=flags)
    assert re_cache.split(rx, text, flags=flags) == re.split(rx, text, flags=flags)


def test_no_home_folder_means_no_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    """With no setting and no home folder to be found, there is no cache file, no error."""
    monkeypatch.delenv("CLAIMGRAPH_CACHE", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)

    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    assert re_cache.cache_file() is None
    monkeypatch.setenv("XDG_CACHE_HOME", "/somewhere")
    assert str(re_cache.cache_file()).startswith("/somewhere/claimgraph/re-")


def test_a_file_of_the_earlier_format_is_another_file(tmp_path: Path) -> None:
    """Programs are kept as bytes now, in a file of another name than the lists before."""
    env = {**os.environ, "CLAIMGRAPH_CACHE": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", "from claimgraph.ingest import re_cache; "
                          "print(re_cache.cache_file().name)"], capture_output=True, text=True,
                         env=env, check=True).stdout.strip()
    assert out.startswith(f"re-{re_cache._FORMAT}-")
    kept = re_cache._program(r"(?P<n>\d+) ?%", re.I)
    assert type(kept[1]) is bytes
    assert re_cache._built(r"(?P<n>\d+) ?%", kept) == re.compile(r"(?P<n>\d+) ?%", re.I)
