"""report.json is written fast and exactly as ``json.dumps(indent=2, sort_keys=True)`` writes it.

The standard library's indented encoder is pure Python; ours lays out the
same bytes, so golden reports and diffs of two runs are unaffected.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings, strategies as st

from claimgraph import api
from claimgraph.examples import EXAMPLE
from claimgraph.exports import report_json
from claimgraph.exports.base import Bundle
from claimgraph.exports.report_data import report_dict

scalars = st.one_of(st.text(max_size=8), st.sampled_from(["é", "\u2028", '"\\\n', ""]),
                    st.integers(), st.floats(allow_nan=False, allow_infinity=False),
                    st.booleans(), st.none())
values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=4), inner, max_size=3)),
    max_leaves=15)


def _standard(value: Any) -> str:
    return json.dumps(value, sort_keys=True, indent=2, ensure_ascii=False, allow_nan=False) + "\n"


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(st.text(max_size=4), values, max_size=4))
def test_any_report_shaped_value_is_written_as_the_standard_library_writes_it(
        value: dict[str, Any]) -> None:
    """Nested maps, lists, awkward strings and numbers: the same bytes as json.dumps."""
    assert report_json.dumps(value) == _standard(value)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=3), min_size=1, max_size=4, unique=True).flatmap(
    lambda keys: st.lists(st.fixed_dictionaries({k: values for k in keys}), max_size=4)))
def test_dicts_of_one_shape_are_each_written_as_the_standard_library_writes_them(
        rows: list[dict[str, Any]]) -> None:
    """Many dicts with the same keys (one layout worked out per report): json.dumps's bytes."""
    value = {"rows": rows, "nested": [{"again": rows}]}
    assert report_json.dumps(value) == _standard(value)


def test_the_example_report_is_written_as_before() -> None:
    """The bundled example's report.json is byte for byte the standard library's text."""
    claims = api.load(EXAMPLE)
    report = report_dict(Bundle(claims, api.compare(claims)))
    assert report_json.dumps(report) == _standard(report)


@pytest.mark.parametrize("number", [float("nan"), float("inf"), float("-inf")])
def test_numbers_json_cannot_hold_are_refused(number: float) -> None:
    """NaN and infinity raise ValueError, as json.dumps(allow_nan=False) does."""
    with pytest.raises(ValueError):
        report_json.dumps({"figure": [number]})


@pytest.mark.parametrize("value", [
    {"f": [1e-05, 2.5e-06, 1e-07, 3e-08, 1e-09, 1e-10, 1e-04, 1e16, 1.5e300, -0.0]},
    {"\U0001f600": 1, "\uffff": 2, "é": 3, "a": [{"z": None, "Z": True}]},
    {"big": 2**70, "deep": [[[[[[[[1]]]]]]]]},
])
def test_awkward_numbers_and_keys_are_written_as_the_standard_library_writes_them(
        value: dict[str, Any]) -> None:
    """Tiny floats (orjson writes them otherwise), astral keys, big integers: json.dumps's bytes."""
    assert report_json.dumps(value) == _standard(value)


def test_a_plain_report_does_not_need_the_python_writer(monkeypatch: pytest.MonkeyPatch) -> None:
    """The example's report is written by the fast path alone, with the same bytes."""
    claims = api.load(EXAMPLE)
    report = report_dict(Bundle(claims, api.compare(claims)))
    expected = _standard(report)

    def refuse(value: dict[str, Any]) -> str:
        raise AssertionError("the Python writer was used")

    monkeypatch.setattr(report_json, "_python_dumps", refuse)
    assert report_json.encode(report) == expected.encode("utf-8")


@pytest.mark.parametrize("value", [
    {"a": [{"b": (1, float("nan"))}]},
    {"a": {"b": [None, True, "x", -float("inf")]}},
])
def test_a_number_json_cannot_hold_is_found_however_deep(value: dict[str, Any]) -> None:
    """NaN or infinity inside lists, tuples and maps raises ValueError, as json.dumps does."""
    with pytest.raises(ValueError, match="not JSON compliant"):
        report_json.dumps(value)


def test_a_float_subclass_is_checked_as_json_dumps_checks_it() -> None:
    """A value of another type than the plain ones leaves the check to json.dumps: same error."""

    class Figure(float):
        pass

    with pytest.raises(ValueError):
        report_json.dumps({"a": [Figure("inf")]})
    with pytest.raises(ValueError):
        report_json._refuse_non_finite({"a": [Figure("nan")], "b": object()})
