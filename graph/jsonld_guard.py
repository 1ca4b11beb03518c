"""Refuse JSON-LD that would make rdflib fetch something: loading never touches the network.

rdflib's JSON-LD parser fetches every context given by reference: an
``@context`` that is an IRI (or a list holding one), a scoped ``@context``
inside a term definition, and ``@import``.  A claim file could so make
claimgraph send a request anywhere, or read a local file (``file:///…``).
:func:`refuse_remote_contexts` looks through the whole document before rdflib
sees it and refuses the first such reference with its ``file:line``;
contexts written inline (a mapping, as claimgraph writes them) are fine.
The document is read with Python's own JSON decoder, the one rdflib uses
(unless orjson is installed, which is stricter), so both see the same keys;
text this check cannot read is refused rather than passed on.
"""

from __future__ import annotations

import bisect
import json
import json.decoder
import json.scanner
from collections.abc import Callable, Iterator
from typing import Any

from .errors import InputFileError, Problem

HINT = ("claimgraph never fetches JSON-LD contexts; put the context's mapping inline "
        "(as claims.jsonld written by claimgraph does)")


class _Object(dict[str, Any]):
    """A JSON object that keeps every key/value pair (repeats too) and where it began."""

    pairs: list[tuple[str, Any]]
    offset: int = 0

    def __init__(self, pairs: list[tuple[str, Any]]) -> None:
        super().__init__(pairs)
        self.pairs = pairs


class _LocatingDecoder(json.JSONDecoder):
    """json.JSONDecoder whose objects remember the offset of their ``{``."""

    # Set in __init__; typeshed does not declare it.
    parse_object: Callable[..., tuple[Any, int]]

    def __init__(self) -> None:
        super().__init__(object_pairs_hook=_Object)
        parse_object: Callable[..., tuple[Any, int]] = self.parse_object

        def located(s_and_end: tuple[str, int], *args: Any) -> tuple[Any, int]:
            obj, end = parse_object(s_and_end, *args)
            if isinstance(obj, _Object):
                obj.offset = s_and_end[1] - 1
            return obj, end

        self.parse_object = located
        # The C scanner calls the C object parser directly; the Python one calls ours.
        self.scan_once = json.scanner.py_make_scanner(self)  # type: ignore[attr-defined]


def _objects(node: Any) -> Iterator[_Object]:
    stack = [node]
    while stack:  # iterative: a deeply nested document must not overflow the stack
        item = stack.pop()
        if isinstance(item, _Object):
            yield item
            stack.extend(reversed([v for _, v in item.pairs]))
        elif isinstance(item, list):
            stack.extend(reversed(item))


def _remote(value: Any) -> str | None:
    """Return the first context reference (an IRI string) inside an ``@context`` value."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            return item
        if isinstance(item, list):
            stack.extend(reversed(item))
    return None  # mappings are looked into by _objects; null and others fetch nothing


def refuse_remote_contexts(text: str, where: str) -> None:
    """Raise unless the JSON-LD ``text`` holds every context inline.

    >>> refuse_remote_contexts('{"@context": {"cg": "https://w3id.org/cg#"}}', "a.jsonld")
    >>> refuse_remote_contexts('{\\n "@context": "https://schema.org/"}', "a.jsonld")
    Traceback (most recent call last):
    claimgraph.graph.errors.InputFileError: a.jsonld:1: expected an inline @context (a mapping), got a remote context 'https://schema.org/' (hint: claimgraph never fetches JSON-LD contexts; put the context's mapping inline (as claims.jsonld written by claimgraph does))

    Raises:
        InputFileError: a remote ``@context`` or an ``@import``, located; or text
            that is not JSON this check can read (never handed on unchecked).
    """  # noqa: E501
    # Whatever this decoder cannot read is refused, never handed on unchecked.
    try:
        document = _LocatingDecoder().decode(text)
    except json.JSONDecodeError as err:
        raise InputFileError(Problem(where, err.lineno, "well-formed JSON-LD", err.msg,
                                     "check brackets, commas and quotes")) from err
    except (ValueError, RecursionError) as err:
        got = "nesting too deep to check" if isinstance(err, RecursionError) else str(err)
        raise InputFileError(Problem(where, None, "well-formed JSON-LD", got)) from err
    lines = [i for i, ch in enumerate(text) if ch == "\n"]
    for obj in _objects(document):
        for key, value in obj.pairs:
            if key == "@context":
                iri = _remote(value)
                if iri is None:
                    continue
                got = f"a remote context {iri!r}"
            elif key == "@import":
                got = f"an @import of {value!r}"
            else:
                continue
            line = bisect.bisect_left(lines, obj.offset) + 1
            raise InputFileError(Problem(where, line, "an inline @context (a mapping)", got,
                                         HINT))
