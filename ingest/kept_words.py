"""Word tables kept from one run to the next: label keys and lemminflect's lemma lines.

Every run asks :func:`~claimgraph.ingest.normalize.label_key` for the ~900
names of the lexicon (``lexicon.synonym_groups``) before its first sentence,
and the first sentence already looks words up in lemminflect's lemma table.
Unzipping, splitting and sorting that table (80,000 lines), and working out
the keys of words it lacks with lemminflect's small network, cost ~0.05 s
of CPU on a run over one small page: a fifth of the whole run (issue 9:
150 KB/s per core, start-up included).

Both depend only on their input, the code that computes them
(``normalize.py``, ``unknown_words.py`` and this module), lemminflect's data
files and the Python that runs them.  So, like the compiled regexes of
:mod:`~claimgraph.ingest.re_cache` in the same folder, they are kept in
files named after a hash of all of those (:func:`fingerprint`): an edit to
one of the modules, another lemminflect or another Python reads other files
(none at first), never a stale answer.  Anything unexpected (no cache folder,
a file that does not read, a module without a source file) means computing
as before, never an error.  Files are written atomically (a temporary file
renamed over the old one): the lemma lines when first made, the label keys
when a run exits having computed keys the file lacked.  The label keys file
keeps at most :data:`MAX_KEPT` keys (the latest run's first), so a huge
corpus does not make every later run read a huge file.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Callable
from functools import cache
from pathlib import Path

from claimgraph.ingest import re_cache

# The 8 topics' pages and 1 MB of made-up text ask for ~6,700 labels; a file of this many
# reads in ~0.003 s, and every run pays for reading it.
MAX_KEPT = 10_000


@cache
def fingerprint() -> str | None:
    """Return a hash of what label keys and lemma lines depend on; None if it cannot be had."""
    from . import normalize, unknown_words

    digest = hashlib.sha256(sys.version.encode())
    try:
        for module in (normalize, unknown_words, sys.modules[__name__]):
            digest.update(Path(module.__file__ or "").read_bytes())
        for entry in sorted(os.scandir(normalize._resources()), key=lambda e: e.name):
            stat = entry.stat()
            digest.update(f"|{entry.name}|{stat.st_size}|{stat.st_mtime_ns}".encode())
    except (OSError, ModuleNotFoundError):
        return None
    return digest.hexdigest()[:16]


def kept_file(kind: str) -> Path | None:
    """Return the file of one kind of kept table ("labels", "lemmas"); None for no cache.

    The folder is the regex cache's (``$CLAIMGRAPH_CACHE``; an empty value turns both off).
    """
    folder, made = re_cache.cache_folder(), fingerprint()
    return None if folder is None or made is None else folder / f"{kind}-{made}.marshal"


def _read(path: Path | None) -> dict[str, str] | None:
    """Return a kept mapping of text to text, or None when there is none that reads."""
    if path is None:
        return None
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if isinstance(data, dict) and all(type(k) is str and type(v) is str
                                      for k, v in data.items()):
        return data
    return None


def _write(path: Path, data: dict[str, str]) -> None:
    """Write ``data`` to ``path`` atomically; a folder that refuses it means no file."""
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


def kept_lemma_lines(make: Callable[[], dict[str, str]]) -> dict[str, str]:
    """Return ``make()`` (lemminflect's lemma lines by first letters), kept across runs."""
    path = kept_file("lemmas")
    data = _read(path)
    if data is None:
        data = make()
        if path is not None:
            _write(path, data)
    return data


class _KeptKeys:
    """The file's label keys, and those this run used (asked for or computed)."""

    def __init__(self) -> None:
        self.keys: dict[str, str] | None = None  # None until the first question
        self.used: dict[str, str] = {}
        self.path: Path | None = None
        self.added = False

    def load(self) -> dict[str, str]:
        self.path = kept_file("labels")
        self.keys = _read(self.path) or {}
        return self.keys

    def save(self) -> None:
        if not self.added or self.path is None or self.keys is None:
            return
        keep = self.keys if len(self.keys) <= MAX_KEPT else \
            dict(list(self.used.items())[:MAX_KEPT])
        _write(self.path, keep)
        self.added = False


_KEPT = _KeptKeys()


def kept_key(label: str, compute: Callable[[str], str]) -> str:
    """Return ``compute(label)``, from the kept keys when an earlier run computed it."""
    keys = _KEPT.keys
    if keys is None:
        keys = _KEPT.load()
    key = keys.get(label)
    if key is None:
        key = keys[label] = compute(label)
        if not _KEPT.added and _KEPT.path is not None:
            atexit.register(_KEPT.save)
        _KEPT.added = True
    _KEPT.used[label] = key
    return key
