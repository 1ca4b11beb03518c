"""The standard library's ``re``, with compiled patterns kept from one run to the next.

Extraction compiles about a thousand regexes (rules, figures, cue phrases),
and Python compiles a regex in Python: parsing and code generation took
~0.15 s of CPU on every run, a third of what a run on one small page costs
(issue 12: at least 150 KB/s on any text, start-up included).  The compiled
program of a pattern depends only on the pattern, its flags and the Python
that compiled it, so, like the bytecode in ``__pycache__``, it is kept in a
cache file and read back by the next run in a few milliseconds.

Modules use it in place of ``re``: ``from claimgraph.ingest import re_cache as re``.
The flags, ``Pattern``, ``Match``, ``escape`` and ``error`` are the standard
library's own; :func:`compile` and the helpers that take a pattern string
(``search``, ``sub``, ...) go through the cache.

What is kept is checked before it is stored: a program is written only
when the pattern built from it equals (same pattern, flags and program)
the one ``re.compile`` made, so a cached pattern is always the one ``re``
would make.  The cache file is named after the exact Python build and its
regex engine; anything unexpected (no cache folder, a file that does not
read, a Python whose ``re`` internals moved) means plain ``re.compile``,
never an error.

The folder is ``$CLAIMGRAPH_CACHE`` if set (an empty value turns the cache
off), else ``$XDG_CACHE_HOME/claimgraph``, else ``~/.cache/claimgraph``.  The
file is written once, when a run exits having compiled patterns it lacked,
atomically (a temporary file renamed over it).
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import importlib
import marshal
import os
import re as _re
import sys
import tempfile
from array import array
from collections.abc import Iterator
from pathlib import Path
from re import (
    ASCII as ASCII,
    DOTALL as DOTALL,
    IGNORECASE as IGNORECASE,
    MULTILINE as MULTILINE,
    VERBOSE as VERBOSE,
    A as A,
    I as I,
    M as M,
    Match as Match,
    Pattern as Pattern,
    RegexFlag as RegexFlag,
    S as S,
    X as X,
    error as error,
    escape as escape,
)
from typing import Any

# The private parts of the standard library's compiler that re.compile itself runs
# (looked up by name: a Python that moved them gets plain re.compile, as caseless.py's
# twins do).
try:
    _sre = importlib.import_module("_sre")
    _parse: Any = importlib.import_module("re._parser").parse
    _code: Any = importlib.import_module("re._compiler")._code
    _build: Any = _sre.compile
    _ENGINE = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}"
    # A program is kept as the bytes of an array of code words (marshal reads one bytes
    # object per pattern ~3x faster than a list of ~600 ints): the array type whose
    # items are the engine's code words.
    _WORD = next(t for t in "IL" if array(t).itemsize == _sre.CODESIZE)
except (ImportError, AttributeError, StopIteration):  # pragma: no cover
    _parse = _code = _build = None
    _ENGINE = _WORD = ""

# A run keeps what it read and what it added; the file is the union, unless it grows
# past _MAX_ENTRIES (patterns built from pages' own words pile up), then only this
# run's patterns are kept.
_MAX_ENTRIES = 5000
# In the file's name: a file of programs kept the earlier way (code words as a list) is
# another file, never misread.
_FORMAT = "v2"
_Key = tuple[str, int]
_DEBUG = int(_re.DEBUG)
# (flags, the code words as bytes, groups, group index, index group): what _build takes,
# with the code as bytes.
_Program = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]


def read_kept(path: Path | None) -> Any:
    """Return what a cache file holds, or None when there is none that reads.

    Shared by every cache of the folder (the programs here, ingest/kept_words.py's
    answers): a file that is missing, cut short or of another format means none.
    """
    if path is None:
        return None
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None


def write_kept(path: Path, data: Any) -> None:
    """Write ``data`` to a cache file atomically (a temporary file renamed over the old
    one); a folder that refuses it means no file, never an error."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:6]}-", dir=path.parent)
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(marshal.dumps(data))
        os.replace(tmp, path)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            os.unlink(tmp)


class _Store:
    """The cache file's programs, those this run used and those it added."""

    def __init__(self) -> None:
        self.path: Path | None = None
        self.programs: dict[_Key, _Program] = {}
        self.used: set[_Key] = set()
        self.added = False
        self.loaded = False

    def load(self) -> None:
        self.loaded = True
        self.path = cache_file()
        data = read_kept(self.path)
        if isinstance(data, dict):
            self.programs = data

    def save(self) -> None:
        if not self.added or self.path is None:
            return
        keep = self.programs if len(self.programs) <= _MAX_ENTRIES else \
            {k: self.programs[k] for k in self.used if k in self.programs}
        write_kept(self.path, keep)
        self.added = False


_STORE = _Store()
# This run's patterns by (pattern, flags), as re keeps its own.
_COMPILED: dict[_Key, Pattern[str]] = {}


def cache_folder() -> Path | None:
    """Return the folder of claimgraph's caches, or None when there is to be no cache."""
    folder = os.environ.get("CLAIMGRAPH_CACHE")
    if folder is None:
        xdg = os.environ.get("XDG_CACHE_HOME")
        try:
            folder = str(Path(xdg) / "claimgraph") if xdg else \
                str(Path.home() / ".cache" / "claimgraph")
        except RuntimeError:  # no home folder to be found: no cache
            return None
    return Path(folder) if folder else None


def cache_file() -> Path | None:
    """Return the cache file for this Python, or None when there is to be no cache."""
    if _build is None:
        return None
    folder = cache_folder()
    if folder is None:
        return None
    build = hashlib.sha256(f"{sys.version}|{_ENGINE}".encode()).hexdigest()[:12]
    return folder / f"re-{_FORMAT}-{_ENGINE}-{build}.marshal"


def _program(pattern: str, flags: int) -> _Program:
    """Return what ``re.compile`` hands the regex engine for ``pattern``: its program."""
    tree = _parse(pattern, flags)
    state = tree.state
    index: list[str | None] = [None] * state.groups
    for name, i in state.groupdict.items():
        index[i] = name
    return (int(flags | state.flags), array(_WORD, _code(tree, flags)).tobytes(),
            state.groups - 1, dict(state.groupdict), tuple(index))


def _built(pattern: str, program: _Program) -> Pattern[str]:
    """Return the pattern the regex engine builds from a kept program."""
    flags, words, groups, groupindex, indexgroup = program
    code = array(_WORD)
    code.frombytes(words)
    built: Pattern[str] = _build(pattern, flags, code.tolist(), groups, groupindex, indexgroup)
    return built


def _from_cache(key: _Key) -> Pattern[str] | None:
    if not _STORE.loaded:
        _STORE.load()
    kept = _STORE.programs.get(key)
    if kept is None:
        return None
    try:
        made = _built(key[0], kept)
    except Exception:  # a damaged file: compile as re does
        return None
    _STORE.used.add(key)
    return made


def _compile_and_keep(key: _Key) -> Pattern[str]:
    made = _re.compile(*key)
    try:
        kept = _program(*key)
        same = _built(key[0], kept) == made
    except Exception:  # re's internals moved: this pattern is not kept
        return made
    if same and _STORE.path is not None:
        if not _STORE.added:
            atexit.register(_STORE.save)
        _STORE.programs[key] = kept
        _STORE.used.add(key)
        _STORE.added = True
    return made


def compile(pattern: str | Pattern[str], flags: int = 0) -> Pattern[str]:
    """Return ``re.compile(pattern, flags)``, from the cache when an earlier run compiled it.

    >>> compile(r"\\bfever\\b", IGNORECASE) == _re.compile(r"\\bfever\\b", _re.IGNORECASE)
    True
    """
    return _compiled(pattern, flags)


def _compile(pattern: str | Pattern[str], flags: int) -> Pattern[str]:
    # The flags as a plain int first: "&" on a RegexFlag runs enum's Python code (~10 µs,
    # 1,200 patterns compiled at start-up).
    bits = int(flags)
    if not isinstance(pattern, str) or bits & _DEBUG or _build is None:
        return _re.compile(pattern, flags)
    key = (pattern, bits)
    made = _from_cache(key)
    if made is None:
        made = _compile_and_keep(key)
    _COMPILED[key] = made
    return made


# The module-level helpers, through the cache as re's own go through its.
def _compiled(pattern: str | Pattern[str], flags: int) -> Pattern[str]:
    # First this run's own: a flag and its int hash and compare alike, so re.I finds
    # what 2 stored (and no RegexFlag arithmetic, which runs in Python, on the way).
    # (A compiled pattern is not looked up: hashing one reads its whole program.)
    made = _COMPILED.get((pattern, flags)) if type(pattern) is str else None
    return made if made is not None else _compile(pattern, flags)


def search(pattern: str | Pattern[str], string: str, flags: int = 0) -> Match[str] | None:
    """Return ``re.search(pattern, string, flags)``."""
    return _compiled(pattern, flags).search(string)


def match(pattern: str | Pattern[str], string: str, flags: int = 0) -> Match[str] | None:
    """Return ``re.match(pattern, string, flags)``."""
    return _compiled(pattern, flags).match(string)


def fullmatch(pattern: str | Pattern[str], string: str, flags: int = 0) -> Match[str] | None:
    """Return ``re.fullmatch(pattern, string, flags)``."""
    return _compiled(pattern, flags).fullmatch(string)


def sub(pattern: str | Pattern[str], repl: Any, string: str, count: int = 0,
        flags: int = 0) -> str:
    """Return ``re.sub(pattern, repl, string, count, flags)``."""
    return _compiled(pattern, flags).sub(repl, string, count)


def split(pattern: str | Pattern[str], string: str, maxsplit: int = 0,
          flags: int = 0) -> list[str | Any]:
    """Return ``re.split(pattern, string, maxsplit, flags)``."""
    return _compiled(pattern, flags).split(string, maxsplit)


def findall(pattern: str | Pattern[str], string: str, flags: int = 0) -> list[Any]:
    """Return ``re.findall(pattern, string, flags)``."""
    return _compiled(pattern, flags).findall(string)


def finditer(pattern: str | Pattern[str], string: str, flags: int = 0) -> Iterator[Match[str]]:
    """Return ``re.finditer(pattern, string, flags)``."""
    return _compiled(pattern, flags).finditer(string)
