"""Answers worked out at start-up, kept from one run to the next (label keys, lemma lines, ...).

Every run asks :func:`~claimgraph.ingest.normalize.label_key` for the ~900
names of the lexicon (``lexicon.synonym_groups``) before its first sentence,
and the first sentence already looks words up in lemminflect's lemma table.
Unzipping, splitting and sorting that table (80,000 lines), and working out
the keys of words it lacks with lemminflect's small network, cost ~0.05 s
of CPU on a run over one small page: a fifth of the whole run (issue 9:
150 KB/s per core, start-up included).  Parsing regexes to prove their
lower-case twins (``caseless``) and building word tries (``wordtrie``) cost
~0.01 s more.

Each answer depends only on its question, the code that works it out and
the Python that runs it (and, for the words, lemminflect's data files).  So,
like the compiled regexes of :mod:`~claimgraph.ingest.re_cache` in the same
folder, the answers are kept in files named after a hash of all of those
(:class:`KeptAnswers`): an edit to one of the modules, another lemminflect or
another Python reads other files (none at first), never a stale answer.
Anything unexpected (no cache folder, a file that does not read or holds
something else, a module without a source file) means working the answers
out as before, never an error.  Files are written atomically (a temporary
file renamed over the old one): the lemma lines when first made, the other
answers when a run exits having worked out answers the file lacked.  A file
keeps at most its store's ``limit`` answers (the latest run's first when
full), so a huge corpus does not make every later run read a huge file.
"""

from __future__ import annotations

import atexit
import hashlib
import os
import sys
from collections.abc import Callable, Hashable, Iterable
from pathlib import Path
from types import ModuleType
from typing import Any, Generic, TypeVar

from claimgraph.ingest import re_cache

# The 8 topics' pages and 1 MB of made-up text ask for ~6,700 labels; a file of this many
# reads in ~0.003 s, and every run pays for reading it.
MAX_KEPT = 10_000

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


def _fingerprint(modules: Iterable[ModuleType], *, lemminflect: bool) -> str | None:
    """Return a hash of the Python, the modules' files (and lemminflect's data files)."""
    digest = hashlib.sha256(sys.version.encode())
    try:
        for module in (*modules, sys.modules[__name__]):
            digest.update(Path(module.__file__ or "").read_bytes())
        if lemminflect:
            from . import normalize

            for entry in sorted(os.scandir(normalize._resources()), key=lambda e: e.name):
                stat = entry.stat()
                digest.update(f"|{entry.name}|{stat.st_size}|{stat.st_mtime_ns}".encode())
    except (OSError, ModuleNotFoundError):
        return None
    return digest.hexdigest()[:16]


class KeptAnswers(Generic[K, V]):
    """One function's answers, read from its file on the first question, saved at exit.

    Args:
        kind: the file's name before the hash ("labels", "twins", ...).
        modules: returns the modules whose code the answers depend on (called on the
            first question, so that a module may keep its own answers).
        valid: whether one (question, answer) read from the file is of the right types.
        lemminflect: whether the answers depend on lemminflect's data files too.
        limit: the most answers a file keeps.
    """

    def __init__(self, kind: str, modules: Callable[[], tuple[ModuleType, ...]],
                 valid: Callable[[object, object], bool], *, lemminflect: bool = False,
                 limit: int = 5000) -> None:
        self.kind, self.modules, self.valid = kind, modules, valid
        self.lemminflect, self.limit = lemminflect, limit
        self.answers: dict[K, V] | None = None  # None until the first question
        self.used: dict[K, V] = {}
        self.path: Path | None = None
        self.added = False

    def file(self) -> Path | None:
        """Return this store's file; None for no cache (CLAIMGRAPH_CACHE="", say)."""
        folder = re_cache.cache_folder()
        if folder is None:
            return None
        made = _fingerprint(self.modules(), lemminflect=self.lemminflect)
        return None if made is None else folder / f"{self.kind}-{made}.marshal"

    def load(self) -> dict[K, V]:
        self.path = self.file()
        data = re_cache.read_kept(self.path)
        ok = isinstance(data, dict) and all(self.valid(k, v) for k, v in data.items())
        self.answers = data if ok else {}
        return self.answers

    def save(self) -> None:
        if not self.added or self.path is None or self.answers is None:
            return
        keep = self.answers if len(self.answers) <= self.limit else \
            dict(list(self.used.items())[:self.limit])
        re_cache.write_kept(self.path, keep)
        self.added = False

    def get(self, question: K, work_out: Callable[[K], V]) -> V:
        """Return ``work_out(question)``, from the kept answers when a run worked it out."""
        answers = self.answers
        if answers is None:
            answers = self.load()
        answer = answers.get(question, _MISSING)
        if answer is _MISSING:
            answer = answers[question] = work_out(question)
            if not self.added and self.path is not None:
                atexit.register(self.save)
            self.added = True
        self.used[question] = answer
        return answer  # type: ignore[return-value]


_MISSING: Any = object()


def _normalize_modules() -> tuple[ModuleType, ...]:
    from . import normalize, unknown_words

    return normalize, unknown_words


def _texts(question: object, answer: object) -> bool:
    return type(question) is str and type(answer) is str


_LABELS: KeptAnswers[str, str] = KeptAnswers("labels", _normalize_modules, _texts,
                                             lemminflect=True, limit=MAX_KEPT)


def kept_key(label: str, compute: Callable[[str], str]) -> str:
    """Return ``compute(label)`` (a label's key), from the kept keys when a run computed it."""
    return _LABELS.get(label, compute)


def kept_lemma_lines(make: Callable[[], dict[str, str]]) -> dict[str, str]:
    """Return ``make()`` (lemminflect's lemma lines by first letters), kept across runs."""
    path = KeptAnswers("lemmas", _normalize_modules, _texts, lemminflect=True).file()
    data = re_cache.read_kept(path)
    if not (isinstance(data, dict) and all(_texts(k, v) for k, v in data.items())):
        data = make()
        if path is not None:
            re_cache.write_kept(path, data)
    return data
