"""Label keys and lemma lines kept across runs (ingest/kept_words.py) are the ones computed."""

from __future__ import annotations

import bisect
import gzip
import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest

from claimgraph.ingest import kept_words, normalize

# Label keys of a few names, and how many keys the process had to compute.
_KEYS = """
from claimgraph.ingest import normalize
computed = []
compute = normalize._computed_label_key
normalize._computed_label_key = lambda label: computed.append(label) or compute(label)
keys = [normalize.label_key(x) for x in ("Blood clots", "Korvath fevers", "AIDS", "feet")]
print(keys, len(computed), normalize._lemma_buckets.cache_info().misses)
"""


def _run(cache: str) -> tuple[str, int]:
    env = {**os.environ, "CLAIMGRAPH_CACHE": cache}
    out = subprocess.run([sys.executable, "-c", _KEYS], capture_output=True, text=True,
                         env=env, check=True).stdout.strip()
    keys, computed, _ = out.rsplit(" ", 2)
    return keys, int(computed)


def test_a_second_run_reads_the_keys_the_first_computed(tmp_path: Path) -> None:
    """The first run computes and keeps the keys; the next reads the same keys back."""
    first = _run(str(tmp_path))
    assert first == ("['blood clot', 'korvath fever', 'aids', 'foot']", 4)
    assert len(list(tmp_path.glob("labels-*.marshal"))) == 1
    assert _run(str(tmp_path)) == (first[0], 0)


def test_a_damaged_or_foreign_file_is_computed_over(tmp_path: Path) -> None:
    """A file that does not read, or holds something else, is ignored and written again."""
    first = _run(str(tmp_path))
    path = next(tmp_path.glob("labels-*.marshal"))
    for damage in (b"\x00not a marshal file", marshal.dumps(["a list"]),
                   marshal.dumps({"feet": 3})):
        path.write_bytes(damage)
        assert _run(str(tmp_path)) == first
        assert isinstance(marshal.loads(path.read_bytes()), dict)


def test_an_empty_setting_keeps_nothing(tmp_path: Path) -> None:
    """CLAIMGRAPH_CACHE="" computes every key and writes no file."""
    assert _run("")[1] == 4
    assert _run("")[1] == 4
    assert kept_words._LABELS.file() is None  # the tests run with the cache off


def test_the_files_are_named_after_the_code_that_fills_them(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Another normalize.py (or Python, or lemminflect) means another file: no stale keys."""
    monkeypatch.setenv("CLAIMGRAPH_CACHE", "/somewhere")
    name = kept_words._LABELS.file()
    assert name is not None and name.parent == Path("/somewhere")
    source = Path(normalize.__file__).read_bytes()
    real = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda p: source + b"#" if p == Path(
        normalize.__file__) else real(p))
    assert kept_words._LABELS.file() not in (name, None)


def test_a_full_file_keeps_the_latest_runs_keys(tmp_path: Path) -> None:
    """Past its limit, a file keeps only the answers the run used, so it stays small."""
    store: kept_words.KeptAnswers[str, str] = kept_words.KeptAnswers(
        "labels", lambda: (), kept_words._texts, limit=6)
    store.path = tmp_path / "labels-x.marshal"
    store.answers = {f"old {i}": f"old {i}" for i in range(5)}
    for label in ("new 1", "new 2"):
        store.answers[label] = store.used[label] = label
    store.used["old 3"] = "old 3"
    store.added = True
    store.save()
    assert marshal.loads(store.path.read_bytes()) == {"new 1": "new 1", "new 2": "new 2",
                                                      "old 3": "old 3"}


def _sorted_table() -> list[str]:
    with gzip.open(normalize._resources() / "lemma_lu.csv.gz", "rt", encoding="utf-8") as f:
        return sorted(f.read().splitlines())


def test_lemma_lines_are_the_sorted_tables_lines_of_the_word() -> None:
    """Every word, and keys no word has, gets the lines a bisection of the sorted table gives."""
    table = _sorted_table()

    def bisected(key: str) -> list[str]:
        i = bisect.bisect_left(table, key + ",")
        out = []
        while i < len(table) and table[i].startswith(key + ","):
            out.append(table[i])
            i += 1
        return out

    words = {line.split(",")[0] for line in table}
    odd = ["", "a", "zz", "x\ny", "ab,noun", "fever,", ",", "\n", "é", "zzzzzz", "'d"]
    wrong = [w for w in [*sorted(words), *odd] if normalize._lemma_lines(w) != bisected(w)]
    assert wrong == []


# How many twin verdicts and word tries extraction's modules work out while they load.
_WORKED_OUT = """
from claimgraph.ingest import caseless, wordtrie
done = []
has_twin, make_trie = caseless._has_twin, wordtrie._trie
caseless._has_twin = lambda key: done.append(key) or has_twin(key)
wordtrie._trie = lambda words: done.append(words) or make_trie(words)
import claimgraph.ingest.extract
print(len(done), sorted(p.name.split("-")[0] for p in __import__("pathlib").Path(
    __import__("os").environ["CLAIMGRAPH_CACHE"]).glob("*.marshal")))
"""


def test_twin_verdicts_and_tries_are_read_back_by_the_next_run(tmp_path: Path) -> None:
    """The first import works out ~15 twins and tries; the next reads them all back."""
    env = {**os.environ, "CLAIMGRAPH_CACHE": str(tmp_path)}

    def run() -> str:
        return subprocess.run([sys.executable, "-c", _WORKED_OUT], capture_output=True,
                              text=True, env=env, check=True).stdout.strip()

    assert int(run().split()[0]) > 10
    second = run()
    assert second.startswith("0 ") and "'tries'" in second and "'twins'" in second


@pytest.mark.parametrize("text", [r"\bfever\b", r"[A-Z]\w+", r"(?-i:Fever)", r"x(?P<n>\d)"])
def test_a_kept_verdict_is_the_parse_s_verdict(monkeypatch: pytest.MonkeyPatch,
                                               tmp_path: Path, text: str) -> None:
    """A twin made through kept verdicts is the one made from the parse, or None alike."""
    import re

    from claimgraph.ingest import caseless

    rx = re.compile(text, re.IGNORECASE)
    fresh = caseless._make_twin(rx)
    monkeypatch.setenv("CLAIMGRAPH_CACHE", str(tmp_path))
    store = caseless._VERDICTS
    for name, value in (("answers", None), ("added", False), ("path", None), ("used", {})):
        monkeypatch.setattr(store, name, value)  # put back after the test
    assert caseless._make_twin(rx) == fresh
    store.save()
    monkeypatch.setattr(store, "answers", None)
    monkeypatch.setattr(caseless, "_has_twin", lambda key: pytest.fail("parsed again"))
    assert caseless._make_twin(rx) == fresh
