"""Read JSON claim files with the line each object and array starts on.

Python's decoder takes what the JSON standard leaves open: a key given
twice (the last wins), lone surrogate escapes (``"\\ud800"``, which no
UTF-8 output can hold), nesting deep enough to exhaust the stack.  This
reader refuses each of them at its line, and gives back :class:`LineDict` and
:class:`LineList` values, as the YAML loader does, so the shared record
checks can name ``file:line`` whatever the format.
"""

from __future__ import annotations

import bisect
import json
import json.decoder
import json.scanner
from collections.abc import Callable
from typing import Any

from claimgraph.ingest import re_cache as re

from .yamlsrc import MAX_DEPTH, LineDict, LineList

_SURROGATE = re.compile(r"[\ud800-\udfff]")
# A string (possibly unterminated: then it runs to the end) or a bracket; linear time.
_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*+"?|[\[\]{}]', re.S)
MAX_INT_DIGITS = 1000


class JsonInputError(ValueError):
    """JSON that claimgraph refuses, with its line and the words of a Problem."""

    def __init__(self, line: int | None, expected: str, got: str, hint: str = "") -> None:
        super().__init__(f"line {line}: expected {expected}, got {got}")
        self.line, self.expected, self.got, self.hint = line, expected, got, hint


def _too_deep(text: str) -> int | None:
    """Return the offset where nesting first passes MAX_DEPTH, or None."""
    depth = 0
    for m in _TOKEN.finditer(text):
        ch = m.group()
        if ch in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return m.start()
        elif ch in "]}":
            depth -= 1
    return None


class _Decoder(json.JSONDecoder):
    def __init__(self, text: str) -> None:
        super().__init__(object_pairs_hook=list, parse_int=self._int)
        self._newlines = [i for i, ch in enumerate(text) if ch == "\n"]
        # The pure-Python parsers (typeshed does not list them) that the scanner below calls.
        plain_object: Callable[..., tuple[Any, int]] = getattr(json.decoder, "JSONObject")  # noqa: B009
        plain_array: Callable[..., tuple[Any, int]] = getattr(json.decoder, "JSONArray")  # noqa: B009
        plain_string: Callable[..., tuple[str, int]] = json.decoder.scanstring  # type: ignore[attr-defined]

        def parse_object(s_and_end: tuple[str, int], *args: Any) -> tuple[Any, int]:
            pairs, end = plain_object(s_and_end, *args)
            line = self.line_at(s_and_end[1] - 1)
            result = LineDict()
            result.line = line
            result.key_lines = {}
            for key, value in pairs:
                if key in result:
                    raise JsonInputError(line, "each key once in an object", f"a second {key!r}",
                                         "delete one of them")
                if _SURROGATE.search(key):
                    raise JsonInputError(line, "text without lone surrogates",
                                         f"the key {key!r}", "write the character itself")
                result[key] = value
                result.key_lines[key] = line
            return result, end

        def parse_array(s_and_end: tuple[str, int], *args: Any) -> tuple[Any, int]:
            values, end = plain_array(s_and_end, *args)
            result = LineList(values)
            result.line = self.line_at(s_and_end[1] - 1)
            return result, end

        def parse_string(s: str, end: int, *args: Any) -> tuple[str, int]:
            value, stop = plain_string(s, end, *args)
            if _SURROGATE.search(value):
                raise JsonInputError(self.line_at(end), "text without lone surrogates",
                                     repr(value)[:80],
                                     "write the character itself, or a \\ud83d\\ude00 pair")
            return value, stop

        self.parse_object = parse_object  # type: ignore[assignment]
        self.parse_array = parse_array  # type: ignore[assignment]
        self.parse_string = parse_string
        # The C scanner calls the C parsers directly; the Python one calls ours.
        self.scan_once = json.scanner.py_make_scanner(self)  # type: ignore[attr-defined]

    def line_at(self, offset: int) -> int:
        return bisect.bisect_left(self._newlines, offset) + 1

    @staticmethod
    def _int(text: str) -> int:
        if len(text) > MAX_INT_DIGITS:
            raise JsonInputError(None, f"a number of at most {MAX_INT_DIGITS} digits",
                                 f"one of {len(text)}")
        return int(text)


def load_json(text: str) -> Any:
    """Return the JSON value of ``text`` with line numbers on objects and arrays.

    >>> data = load_json('{"claims": [\\n  ["a", "causes", "b"]]}')
    >>> data["claims"][0], data["claims"][0].line
    (['a', 'causes', 'b'], 2)

    Raises:
        JsonInputError: malformed JSON, a repeated key, a lone surrogate, or
            nesting deeper than MAX_DEPTH; each with its line where known.
    """
    deep = _too_deep(text)
    if deep is not None:
        raise JsonInputError(text.count("\n", 0, deep) + 1, f"at most {MAX_DEPTH} levels of "
                             "nesting", "more", "claim files need only a few levels")
    try:
        return _Decoder(text).decode(text)
    except json.JSONDecodeError as err:
        raise JsonInputError(err.lineno, "well-formed JSON", err.msg,
                             "check brackets, commas and quotes") from err
    except RecursionError as err:  # pragma: no cover - MAX_DEPTH keeps well below the limit
        raise JsonInputError(None, "well-formed JSON", "nesting too deep") from err
