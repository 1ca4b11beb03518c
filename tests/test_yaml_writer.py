"""Claims files are written fast and exactly as PyYAML would write them.

``roundtrip.plain_dump`` lays out block YAML itself (PyYAML's own emitter
took most of an ``extract`` run on a large page), so its bytes are checked
against ``yaml.dump`` on arbitrary data, on awkward scalars, and by reading
them back.
"""

from __future__ import annotations

from typing import Any

import yaml
from hypothesis import given, settings, strategies as st

from claimgraph.ingest import roundtrip

AWKWARD = ["yes", "No", "null", "~", "1.0", "0x1F", "2024-01-01", "12:30", "x: y", "it's",
           '"dq"', "#tag", "- item", "[x]", "{y}", "&a", "*b", "!c", "%d", "@e", "`f", "",
           " lead", "trail ", "a\tb", "two\nlines", "sep\u2028arated", "é ü", "\x85"]
scalars = st.one_of(st.sampled_from(AWKWARD), st.text(max_size=12), st.integers(),
                    st.floats(allow_nan=False), st.booleans(), st.none())
keys = st.sampled_from(["subject", "measure", "k", "a_b", "x-y", "yes", "null", "1", "two words"])
data = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(keys, inner, max_size=3)), max_leaves=12)


def _pyyaml(value: Any) -> str:
    return yaml.dump(value, Dumper=roundtrip._DUMPER, sort_keys=False, allow_unicode=True,
                     width=roundtrip._WIDTH, default_flow_style=False)


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(keys, data, min_size=1, max_size=4))
def test_plain_dump_writes_the_bytes_pyyaml_writes(value: dict[str, Any]) -> None:
    """Any plain data comes out byte for byte as yaml.dump writes it, and reads back equal."""
    text = roundtrip.plain_dump(value)
    assert text == _pyyaml(value)
    assert yaml.safe_load(text) == value


def test_awkward_scalars_in_a_claim_are_quoted_as_pyyaml_quotes_them() -> None:
    """Values YAML would misread (yes, 1.0, 'x: y', line separators) survive a claims file."""
    for awkward in (AWKWARD, [s for s in AWKWARD if s.isprintable()]):
        claims = [{"subject": s, "measure": {"kind": "mortality", "value": 0.3},
                   "tags": [s, 1], "status": "candidate"} for s in awkward]
        value = {"source": "s", "claims": claims}
        text = roundtrip.plain_dump(value)
        assert text == _pyyaml(value)
        assert yaml.safe_load(text) == value
    out: list[str] = []
    roundtrip._block(value, 0, out, set())  # one-line values: laid out without PyYAML's emitter
    assert "".join(out) == text


def test_one_object_twice_is_written_as_pyyaml_writes_it() -> None:
    """A mapping shared by two claims is left to PyYAML (which writes an anchor)."""
    shared = {"kind": "mortality"}
    value = {"claims": [{"measure": shared}, {"measure": shared}]}
    assert roundtrip.plain_dump(value) == _pyyaml(value)


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="aZe09 ,.()/'%;&+=-:#?!*[]{}@`|>\"~\t", min_size=1, max_size=10)
       | st.sampled_from(["yes", "Off", "NULL", "=", "e1", "a:", "x #y", "it's", "50%",
                        "bite 1 |", "a -", "b >", "c ~", "d _"]))
def test_text_written_as_it_is_is_only_text_pyyaml_writes_as_it_is(text: str) -> None:
    """Labels and quotes skip PyYAML only when PyYAML would write them unquoted too."""
    value = {"claims": [{"subject": text, "quote": text}]}
    assert roundtrip.plain_dump(value) == _pyyaml(value)


def _pyyaml_inline(value: Any) -> str:
    return yaml.dump(value, Dumper=roundtrip._DUMPER, sort_keys=False, allow_unicode=True,
                     width=roundtrip._WIDTH, default_flow_style=None)


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(keys, data, min_size=1, max_size=4))
def test_inline_lists_are_written_as_pyyaml_writes_them(value: dict[str, Any]) -> None:
    """With flow=None (vocabulary.yaml), lists and mappings of scalars are one line, as PyYAML."""
    text = roundtrip.plain_dump(value, flow=None)
    assert text == _pyyaml_inline(value)
    assert yaml.safe_load(text) == value


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="aZe09 ,.()/'%;&+=-:#?!*[]{}@`|>\"~\t", min_size=1, max_size=10)
       | st.sampled_from(["yes", "Off", "NULL", "=", "e1", "a:", "x #y", "it's", "50%", "a,b",
                        "bite 1 |", "a -", "b >", "c ~", "d _"]))
def test_inline_text_written_as_it_is_is_only_text_pyyaml_writes_as_it_is(text: str) -> None:
    """Names inside [...] and {...} skip PyYAML only when PyYAML would write them unquoted too."""
    value = {"entities": [{"id": text, "label": text}, {"id": "a", "synonyms": [text, text]}]}
    out: list[str] = []
    roundtrip._block(value, 0, out, set(), inline=True)
    assert "".join(out) == _pyyaml_inline(value)


def test_equal_numbers_written_differently_stay_apart() -> None:
    """0.0 then -0.0 (equal, hashed alike) are written as PyYAML writes each, not as the first."""
    for first, second in ((0.0, -0.0), (-0.0, 0.0)):
        assert roundtrip.plain_dump({"x": [first]}, flow=None) == _pyyaml_inline({"x": [first]})
        assert roundtrip.plain_dump({"x": [second]}, flow=None) == _pyyaml_inline({"x": [second]})
        assert roundtrip.plain_dump({"q": second}) == _pyyaml({"q": second})
