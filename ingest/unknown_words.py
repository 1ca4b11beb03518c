"""lemminflect's rules for words its dictionary lacks, worked out without numpy.

For a word its tables lack, lemminflect asks a small neural network: which
of 34 ending rules gives a noun's lemma ("ies" → "y", "s" → ""), and whether
a lemma inflects regularly, with a doubled last letter or the Greek and
Latin way.  The input is the part of speech and the word's last eight
letters, one-hot, through two dense layers.  lemminflect runs them with
numpy, and importing numpy cost ~0.08 s of CPU, a fifth of a run's start-up
on one page, for a few hundred multiplications (issue 12: at least
150 KB/s on any text; nearly every page has a word no dictionary has).
Here the same networks, with the weights read from lemminflect's own model
files, run in plain Python, and the spelling rules after them are
lemminflect's, written out again.

The file is a pickle of numpy arrays; it is read with an unpickler that
builds lists of floats from the arrays' raw bytes and refuses anything
else.  The sums are done in double precision (numpy's are single), which
only matters when two rules score the same to the seventh digit;
tests/test_speed_lemmas.py checks every word of the table, and made-up
ones, against lemminflect.
"""

from __future__ import annotations

import gzip
import pickle
import sys
from array import array
from dataclasses import dataclass
from functools import cache
from operator import add, mul
from typing import Any

from claimgraph.ingest import re_cache as re

# The networks' input: the part of speech (one of four), then the word's last eight
# letters, last first, each one of 28 classes (none, not a-z, a ... z).
_CLASSES = 28
_LETTERS = 8
_CATEGORY = {"NOUN": 0, "PROPN": 0, "VERB": 1, "ADJ": 2, "ADV": 3}


class _DType:
    """numpy's dtype as pickled: only little-endian 32-bit floats are understood."""

    def __init__(self, name: str, _align: bool = False, _copy: bool = True) -> None:
        self.name = name
        self.order = "<"

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        self.order = state[1]


class _Array:
    """numpy's ndarray as pickled: its shape and its values, row by row."""

    def __init__(self) -> None:
        self.shape: tuple[int, ...] = ()
        self.values: list[float] = []

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        _version, shape, dtype, fortran, data = state
        if not isinstance(dtype, _DType) or dtype.name != "f4" or dtype.order not in "<|" \
                or fortran or not isinstance(data, bytes):
            raise pickle.UnpicklingError("expected a C-ordered array of little-endian float32")
        values = array("f", data)
        if sys.byteorder == "big":  # pragma: no cover
            values.byteswap()
        self.shape, self.values = tuple(shape), values.tolist()

    def rows(self) -> list[list[float]]:
        width = self.shape[-1]
        return [self.values[i:i + width] for i in range(0, len(self.values), width)]


def _reconstruct(_cls: object, _shape: object, _dtype: object) -> _Array:
    return _Array()


# What lemminflect's model files may name: numpy's array pieces, nothing else.
_PICKLED = {("numpy.core.multiarray", "_reconstruct"): _reconstruct,
            ("numpy._core.multiarray", "_reconstruct"): _reconstruct,
            ("numpy", "ndarray"): _Array, ("numpy", "dtype"): _DType}


class _Unpickler(pickle.Unpickler):
    """Read lemminflect's model file: numpy arrays become :class:`_Array`, nothing else loads."""

    def find_class(self, module: str, name: str) -> Any:
        found = _PICKLED.get((module, name))
        if found is None:
            raise pickle.UnpicklingError(f"expected numpy arrays, got {module}.{name}")
        return found


@dataclass(frozen=True, slots=True)
class _Network:
    hidden: list[list[float]]  # a row of the first layer's weights per input
    hidden_bias: list[float]
    output: list[list[float]]  # a row of the last layer's weights per hidden unit
    output_bias: list[float]
    classes: tuple[str, ...]  # what each output means
    columns: tuple[list[float], ...]  # the last layer's weights per output (output, turned)


@cache
def _network(name: str) -> _Network:
    """Return one of lemminflect's networks: "model_lemma" or "model_infl"."""
    from .normalize import _resources

    with gzip.open(_resources() / f"{name}.pkl.gz", "rb") as f:
        data = _Unpickler(f).load()
    layers = [layer["class_name"] for layer in data["config"]["layers"]]
    w1, b1, w2, b2 = data["weights"]
    if layers != ["InputLayer", "Flatten", "Dense", "Dense"] or \
            w1.shape != (_CLASSES * (_LETTERS + 1), len(b1.values)):
        raise ValueError(f"expected lemminflect's two-layer lemma model, got {layers}")
    output = w2.rows()
    if len(output) != len(b1.values) or any(len(row) != len(b2.values) for row in output):
        raise ValueError("expected lemminflect's last layer to join its two layers")
    columns = tuple(map(list, zip(*output, strict=True)))
    return _Network(w1.rows(), b1.values, output, b2.values,
                    tuple(data["meta"]["output_enum"]), columns)


# Whether sum() adds floats one after another, as the loop in _pick does (Python 3.12's
# sum compensates for rounding, so there its totals may differ in the last digit).
_PLAIN_SUM = sum([1.0, 1e100, 1.0, -1e100]) == 0.0


def _pick(net: _Network, word: str, upos: str) -> str:
    """Return the class the network picks for a word ("ies,y,False", "regd")."""
    hidden = list(net.hidden_bias)
    inputs = [_CATEGORY[upos]]
    for i, letter in enumerate(word.lower()[::-1][:_LETTERS]):
        code = ord(letter)
        inputs.append((i + 1) * _CLASSES + (code - 95 if 97 <= code <= 122 else 1))
    for row in (net.hidden[i] for i in inputs):
        hidden = list(map(add, hidden, row))
    if _PLAIN_SUM:
        # Each output's sum in C, over the hidden units in order (speed: 0.6x the loop's
        # time; a run on the corpus pages asks the network for ~1,000 words).  A unit at
        # or below zero (relu) adds 0.0 times a weight, a zero, which changes no total.
        active = [h if h > 0 else 0.0 for h in hidden]
        scores = [sum(map(mul, active, column), bias)
                  for column, bias in zip(net.columns, net.output_bias, strict=True)]
    else:  # Python 3.12 and later (tests/test_speed_lemmas.py runs this way too)
        scores = list(net.output_bias)
        for h, row in zip(hidden, net.output, strict=True):
            if h > 0:  # relu
                scores = [s + h * w for s, w in zip(scores, row, strict=True)]
    return net.classes[scores.index(max(scores))]  # softmax keeps the order: the first best


def noun_lemma(word: str) -> str:
    """Return ``lemminflect.getAllLemmasOOV(word, "NOUN")["NOUN"][0]``, without numpy.

    >>> noun_lemma("korvaths"), noun_lemma("Tarns")
    ('korvath', 'Tarn')
    """
    removed, added, double = _pick(_network("model_lemma"), word, "NOUN").split(",")
    lemma = (word[:-len(removed)] if removed else word) + added
    if double == "True":
        lemma = lemma[:-1]
    return _caps(lemma, word)


def _caps(form: str, like: str) -> str:
    """Return ``form`` in the capitals of ``like``, as lemminflect does."""
    return form.upper() if like.isupper() else form.capitalize() if like[:1].isupper() \
        else form.lower()


def inflections(lemma: str, upos: str) -> dict[str, tuple[str, ...]]:
    """Return ``lemminflect.getAllInflectionsOOV(lemma, upos)``, without numpy.

    >>> inflections("zorble", "VERB")["VBG"], inflections("korvath", "NOUN")["NNS"]
    (('zorbling',), ('korvaths',))
    """
    if upos not in _CATEGORY:
        return {}
    regular = _pick(_network("model_infl"), lemma, upos) == "reg"
    forms: dict[str, tuple[str, ...]]
    if upos == "VERB":
        third, past, going = _regular_verb(lemma) if regular else _doubled_verb(lemma)
        forms = {"VB": (lemma,), "VBZ": (third,), "VBN": (past,), "VBD": (past,),
                 "VBG": (going,)}
    elif upos in ("ADJ", "ADV"):
        more, most = _regular_adjective(lemma) if regular else _doubled_adjective(lemma)
        tag = "JJ" if upos == "ADJ" else "RB"
        forms = {tag: (lemma,), f"{tag}R": (more,), f"{tag}S": (most,)}
    else:
        forms = {"NN": (lemma,), "NNS": (_regular_noun(lemma) if regular
                                         else _greek_noun(lemma),)}
    return {tag: tuple(_caps(f, lemma) for f in spellings) for tag, spellings in forms.items()}


# lemminflect's spelling rules (its InflectionRules, after the SPECIALIST Lexicon).
def _regular_verb(base: str) -> tuple[str, str, str]:
    base = base.lower()
    if re.search(r"(?:[szx]|ch|sh)$", base):
        return base + "es", base + "ed", base + "ing"
    if re.search(r"ie$", base):
        return base + "s", base + "d", base[:-2] + "ying"
    if re.search(r"(ee|oe|ye)$", base):
        return base + "s", base + "d", base + "ing"
    if re.search(r"(?:[^aeiou])y$", base):
        return base[:-1] + "ies", base[:-1] + "ied", base[:-1] + "ying"
    if re.search(r"(?:[^iyeo])e$", base):
        return base[:-1] + "es", base[:-1] + "ed", base[:-1] + "ing"
    return base + "s", base + "ed", base + "ing"


def _doubled_verb(base: str) -> tuple[str, str, str]:
    base = base.lower()
    return _regular_verb(base)[0], base + base[-1] + "ed", base + base[-1] + "ing"


def _regular_adjective(base: str) -> tuple[str, str]:
    base = base.lower()
    if re.search(r"(?:[^aeiou])y$", base):
        return base[:-1] + "ier", base[:-1] + "iest"
    if re.search(r"(?:[aeiou])y$", base):
        return base + "er", base + "est"
    if re.search(r"(?:[^aeiou])e$", base):
        return base + "r", base + "st"
    return base + "er", base + "est"


def _doubled_adjective(base: str) -> tuple[str, str]:
    base = base.lower()
    return base + base[-1] + "er", base + base[-1] + "est"


def _regular_noun(base: str) -> str:
    base = base.lower()
    if re.search(r"(?:[^aeiou])y$", base):
        return base[:-1] + "ies"
    if re.search(r"(?:[szx]|ch|sh)$", base):
        return base + "es"
    return base + "s"


# Greek and Latin plurals, by ending, first that fits: (ending, letters cut, added).
_GREEK = (("us", 2, "i"), ("ma", 2, "mata"), ("a", 1, "ae"), ("um", 2, "a"), ("on", 2, "a"),
          ("sis", 3, "ses"), ("is", 2, "ides"), ("men", 3, "mina"), ("ex", 2, "ices"),
          ("x", 1, "ces"))


def _greek_noun(base: str) -> str:
    base = base.lower()
    for ending, cut, added in _GREEK:
        if re.search(ending + "$", base):
            return base[:-cut] + added
    return _regular_noun(base)
