"""Write report.json: the comparison as the ``claimgraph.report/1`` contract.

Keys are sorted and nothing depends on the clock, so the same input gives a
byte-identical file and a golden copy can be diffed in review.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson

from .base import EXPORTERS, Bundle, write_atomic
from .report_data import shared_report

_ORJSON = (orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS | orjson.OPT_APPEND_NEWLINE
           | orjson.OPT_PASSTHROUGH_DATACLASS | orjson.OPT_PASSTHROUGH_DATETIME)
# Where orjson's bytes can differ from json.dumps's: a float of magnitude 1e-9 to
# 1e-5, written "0.00001" or "1e-7" where repr() writes "1e-05" and "1e-07" (every
# other finite double is written alike: checked over 600 000 random doubles and
# every power of ten).  A match inside a string only costs the slower writer.  Two
# searches, each with a literal start the regex engine scans for quickly: as one
# alternation (no common start) the search took 0.35 s over the 100 MB of 100 k claims.
_SMALL_DECIMAL = b"0.0000"
_SMALL_EXPONENT = re.compile(rb"e-[5-9](?![0-9])")


def dumps(report: dict[str, Any]) -> str:
    """Return the report as canonical JSON text (sorted keys, 2-space indent, final newline).

    The text of :func:`encode`: the bytes ``json.dumps(sort_keys=True,
    indent=2, ensure_ascii=False)`` writes.

    Raises ValueError on NaN or infinity rather than write JSON other tools reject.
    """
    return encode(report).decode("utf-8")


def encode(report: dict[str, Any]) -> bytes:
    """Return :func:`dumps`'s text as UTF-8, written by orjson where its bytes are the same.

    Given an indent, the standard library drops its C encoder for a pure
    Python one (3.3 s for the 100 MB report of 100 k claims).  orjson writes
    the same layout in 0.2 s; the standard C encoder, without an indent,
    checks the numbers (orjson writes NaN as null, we refuse it).  Whatever
    orjson refuses (a non-string key, a big integer, a lone surrogate, a
    dataclass) or may write otherwise (:data:`_SMALL_DECIMAL`,
    :data:`_SMALL_EXPONENT`) goes through
    :func:`_python_dumps`, as before.
    """
    try:
        text = orjson.dumps(report, option=_ORJSON)
    except TypeError:  # orjson.JSONEncodeError is a TypeError
        return _python_dumps(report).encode("utf-8")
    if _SMALL_DECIMAL in text or _SMALL_EXPONENT.search(text):
        return _python_dumps(report).encode("utf-8")
    # Raises ValueError on NaN or infinity; orjson found no cycle (it stops at depth 255).
    _refuse_non_finite(report)
    return text


_PLAIN = frozenset({str, type(None), bool, int})


def _refuse_non_finite(report: dict[str, Any]) -> None:
    """Raise ValueError where ``json.dumps(report, allow_nan=False)`` would: NaN or infinity.

    A walk over the values, by exact type: 0.4 s for the 3.4 M values of
    100 k claims, where the standard C encoder, run only for this check,
    wrote 70 MB of text nobody read in 1.05 s.  A value of any other type
    (a subclass, say) leaves the check to that encoder, as before.
    """
    stack: list[Any] = [report]
    pop, push = stack.pop, stack.extend
    while stack:
        value = pop()
        kind = type(value)
        if kind is str:
            continue
        if kind is dict:
            push(value.values())
        elif kind is list or kind is tuple:
            push(value)
        elif kind is float:
            if value != value or value in (math.inf, -math.inf):
                raise ValueError(f"Out of range float values are not JSON compliant: {value!r}")
        elif kind not in _PLAIN:
            json.dumps(report, allow_nan=False, check_circular=False)
            return


def _python_dumps(report: dict[str, Any]) -> str:
    """Return :func:`dumps`'s text, laid out in Python (strings by the C string encoder)."""
    try:
        return _Encoder().encode(report, "") + "\n"
    except _Unusual:
        return json.dumps(report, sort_keys=True, indent=2, ensure_ascii=False,
                          allow_nan=False) + "\n"


class _Unusual(Exception):
    """A value :func:`_encode` leaves to ``json.dumps`` (a non-string key, a subclass)."""


def _float(value: float) -> str:
    if value != value or value in (math.inf, -math.inf):
        raise ValueError(f"Out of range float values are not JSON compliant: {value!r}")
    return float.__repr__(value)


# Scalars by exact type (a str or int subclass, such as an enum, goes to json.dumps).
_SCALAR: dict[type, Callable[[Any], str]] = {
    str: json.encoder.encode_basestring,  # the C encoder where the interpreter has it
    int: int.__repr__, float: _float, bool: lambda v: "true" if v else "false",
    type(None): lambda _v: "null",
}


class _Encoder:
    """Lay out values as ``json.dumps(indent=2, sort_keys=True)`` does, for one report.

    A report holds a few dict shapes many times over (an evidence row, a
    statement, a measure), so each shape's keys are sorted and encoded
    once, as ``"key": `` heads, for the whole report rather than per dict.
    """

    __slots__ = ("shapes",)

    def __init__(self) -> None:
        # The keys of a dict, in its order -> its keys sorted, with their encoded heads.
        self.shapes: dict[tuple[str, ...], tuple[tuple[str, ...], tuple[str, ...]]] = {}

    def _shape(self, keys: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
        if not all(type(k) is str for k in keys):
            raise _Unusual(keys)
        order = tuple(sorted(keys))
        shape = self.shapes[keys] = (order, tuple(_SCALAR[str](k) + ": " for k in order))
        return shape

    def encode(self, value: Any, indent: str) -> str:
        """Return ``value`` as json.dumps(indent=2, sort_keys=True) writes it at ``indent``."""
        kind = type(value)
        scalar = _SCALAR.get(kind)
        if scalar is not None:
            return scalar(value)
        inner = indent + "  "
        scalars, encode = _SCALAR.get, self.encode
        parts = []
        if kind is dict:
            if not value:
                return "{}"
            keys = tuple(value)
            order, heads = self.shapes.get(keys) or self._shape(keys)
            for head, k in zip(heads, order, strict=True):
                v = value[k]
                f = scalars(type(v))
                parts.append(head + (f(v) if f is not None else encode(v, inner)))
            return "{\n" + inner + (",\n" + inner).join(parts) + "\n" + indent + "}"
        if kind is list or kind is tuple:
            if not value:
                return "[]"
            for v in value:
                f = scalars(type(v))
                parts.append(f(v) if f is not None else encode(v, inner))
            return "[\n" + inner + (",\n" + inner).join(parts) + "\n" + indent + "]"
        raise _Unusual(value)


@EXPORTERS.register("report-json")
def export_report_json(bundle: Bundle, out_dir: Path) -> list[Path]:
    """Write ``report.json`` into ``out_dir`` and return its path."""
    return [write_atomic(Path(out_dir) / "report.json", encode(shared_report(bundle)))]
