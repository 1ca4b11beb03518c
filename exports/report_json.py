"""Write report.json: the comparison as the ``claimgraph.report/1`` contract.

Keys are sorted and nothing depends on the clock, so the same input gives a
byte-identical file and a golden copy can be diffed in review.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .base import EXPORTERS, Bundle, write_atomic
from .report_data import shared_report


def dumps(report: dict[str, Any]) -> str:
    """Return the report as canonical JSON text (sorted keys, 2-space indent, final newline).

    The bytes ``json.dumps(sort_keys=True, indent=2, ensure_ascii=False)``
    writes (tested against it), laid out here: given an indent, the standard
    library drops its C encoder for a pure-Python one, which took most of
    the time of writing a 100 k-claim report.  Strings still go through the
    C string encoder.

    Raises ValueError on NaN or infinity rather than write JSON other tools reject.
    """
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
    return [write_atomic(Path(out_dir) / "report.json", dumps(shared_report(bundle)))]
