"""Edit YAML a person wrote without losing their comments, quoting or layout.

``extract`` rewrites files a reviewer works in (``claims/*.yaml``) and
touches files they own (``sources.yaml``, ``vocabulary.yaml``).  A plain
load-and-dump drops every comment, so:

- claims files go through a ruamel.yaml round trip: the loaded document
  keeps comments, key order and quoting, and :func:`put` / :func:`drop`
  change one key without disturbing the comments around it;
- ``sources.yaml`` and ``vocabulary.yaml`` are edited as text at positions
  the YAML parser reports (:func:`replace_scalars`, :func:`append_items`),
  so everything else in them stays byte for byte.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeGuard

import yaml

from claimgraph.graph.errors import InputFileError
from claimgraph.ingest import re_cache as re

# ruamel.yaml (~0.01 s of start-up) is imported on first use: only a claims file that
# an earlier run wrote needs a round trip; a fresh extract writes through plain_dump.
if TYPE_CHECKING:
    from ruamel.yaml import YAML
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

__all__ = ["append_items", "drop", "dump", "load", "load_plain", "plain_dump", "put",
           "replace_scalars", "safe_load"]

# Lines are never folded: a quote stays on one line, so a diff of two runs shows
# the claims that changed, and every writer (libyaml, PyYAML, ruamel) agrees on
# the bytes (their folding rules differ).
_WIDTH = 10**9
# libyaml's emitter where PyYAML was built with it: 10x the pure-Python one,
# which took most of an `extract` run on a large page.
_DUMPER: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _commented_map(mapping: object) -> TypeGuard[CommentedMap]:
    """Return whether ``mapping`` is ruamel's CommentedMap (none exists before ruamel loads)."""
    comments = sys.modules.get("ruamel.yaml.comments")
    return comments is not None and isinstance(mapping, comments.CommentedMap)


def _yaml(seq_offset: int = 0, seq_indent: int = 2) -> YAML:
    from ruamel.yaml import YAML

    y = YAML(typ="rt")
    y.width = _WIDTH
    y.allow_unicode = True
    y.preserve_quotes = True
    y.indent(mapping=2, sequence=seq_indent, offset=seq_offset)
    return y


def load(path: Path, what: str) -> CommentedMap | None:
    """Return a YAML mapping with its comments (None when the file is absent or empty).

    Raises:
        InputFileError: the file is not UTF-8 YAML holding a mapping.
    """
    if not path.exists():
        return None
    from ruamel.yaml.comments import CommentedMap
    from ruamel.yaml.error import YAMLError

    hint = "(hint: fix it, or move it away to start afresh)"
    try:
        data = _yaml().load(path.read_text(encoding="utf-8"))
    except (YAMLError, UnicodeDecodeError, RecursionError) as err:
        first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        raise InputFileError(f"{path}: expected {what}, got unreadable YAML ({first}) {hint}"
                             ) from err
    if data is None:
        return None
    if not isinstance(data, CommentedMap):
        raise InputFileError(f"{path}: expected {what}, got a {type(data).__name__} {hint}")
    return data


def dump(data: Any, seq: CommentedSeq | None = None) -> str:
    """Return ``data`` as YAML text; block lists are indented the way ``seq`` already is."""
    from ruamel.yaml.comments import CommentedSeq

    y = _yaml()
    if isinstance(seq, CommentedSeq) and seq and not seq.fa.flow_style():
        dash, item = seq.lc.col, seq.lc.data.get(0, [0, None])[1]
        if isinstance(dash, int) and isinstance(item, int) and item >= dash + 2:
            y = _yaml(seq_offset=dash, seq_indent=item)
    out = io.StringIO()
    y.dump(data, out)
    return out.getvalue()


def plain_dump(data: Any, *, flow: bool | None = False) -> str:
    """Return plain data (dicts, lists, scalars) as YAML, keys in their order.

    For files written afresh: a round trip through :func:`load` and
    :func:`dump` gives the same bytes back, so a second ``extract`` leaves
    an unchanged claims file as it was.  ``flow=None`` writes lists of
    scalars inline (``[a, b]``).

    Block style (and, with ``flow=None``, the inline lists and mappings of
    scalars inside it) is written by :func:`_block`, which renders each
    distinct scalar once through PyYAML and lays out the lines itself: the
    same bytes as ``yaml.dump`` (tested), at a fraction of its cost on the
    hundreds of thousands of small values a large extract writes.  Anything
    it does not lay out (a shared object, a scalar that spans lines, a key
    that needs quotes) goes to ``yaml.dump``.
    """
    if flow is not True:
        out: list[str] = []
        try:
            if flow is None and type(data) in (dict, list) and _inline(data) is not None:
                raise _Unusual("inline at the top")  # yaml.dump writes it all on one line
            _block(data, 0, out, set(), inline=flow is None)
        except _Unusual:
            pass
        else:
            return "".join(out)
    return yaml.dump(data, Dumper=_DUMPER, sort_keys=False, allow_unicode=True, width=_WIDTH,
                     default_flow_style=flow)


class _Unusual(Exception):
    """Data :func:`_block` leaves to ``yaml.dump``."""


_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
# Keys already found plain: a claims file repeats the same dozen keys on every claim
# (460 000 regex checks for a 1 MB table), so each is checked once.
_KEYS_SEEN: set[str] = set()
_SCALARS = (str, int, float, bool, type(None))
_LINE_BREAK = re.compile("[\n\r\x85\u2028\u2029]")  # what YAML writers break lines at


# Words YAML 1.1 reads as booleans or null: PyYAML quotes them as strings (values
# and keys alike).
_NOT_PLAIN = frozenset({"yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false",
                        "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF", "null", "Null",
                        "NULL"})
# Text PyYAML writes as it is (a letter first, no indicator, no ": " or " #", no
# space at the end): most labels, sections, anchors ("a row's cell |") and quotes.
# Anything else asks PyYAML.
_PLAIN_TEXT = re.compile(r"[A-Za-z][A-Za-z0-9 ,.()/'%;&+=|\"*<>\[\]{}_~^$-]*"
                         r"[A-Za-z0-9.)%'\"\]|>/+=;~*&<_^$-]|[A-Za-z]")
# Values already found plain: a claims file repeats its sections, rules, statuses, labels
# and quotes claim after claim, and a set lookup costs a tenth of the regex check (~0.5 µs,
# 600 000 of them for a 1 MB table).  Emptied when full, so it stays small.
_PLAIN_SEEN: set[str] = set()


def _plain_text(value: str) -> bool:
    """Return whether PyYAML writes the string ``value`` as it is (see ``_PLAIN_TEXT``)."""
    if value in _PLAIN_SEEN:
        return True
    if _PLAIN_TEXT.fullmatch(value) is None or value in _NOT_PLAIN:
        return False
    if len(_PLAIN_SEEN) >= 20_000:
        _PLAIN_SEEN.clear()
    _PLAIN_SEEN.add(value)
    return True


# The same inside [...] or {...}, where a comma or a bracket would end the scalar.
_FLOW_PLAIN_TEXT = re.compile(r"[A-Za-z][A-Za-z0-9 .()/'%;&+=|\"*<>_~^$-]*"
                              r"[A-Za-z0-9.)%'\"|>/+=;~*&<_^$-]|[A-Za-z]")


def _scalar(kind: str, value: Any) -> str:
    """Return a scalar as PyYAML writes it as a block mapping's value (one line)."""
    if kind == "str" and _plain_text(value):
        return str(value)
    if kind == "int":
        return str(value)
    return _rendered(kind, repr(value), value)


@lru_cache(maxsize=65_536)
def _rendered(kind: str, spelled: str, value: Any) -> str:
    """Return a scalar as ``yaml.dump`` writes it (one line), remembered.

    ``spelled`` (the value's repr) is part of the key because equal values can be written
    differently: 0.0 and -0.0 are equal and hash alike, so a cache on the value alone
    would write -0.0 as 0.0.
    """
    text = yaml.dump({"k": value}, Dumper=_DUMPER, allow_unicode=True, width=_WIDTH,
                     default_flow_style=False)
    line = text[3:-1]
    if not text.startswith("k: ") or _LINE_BREAK.search(line):
        raise _Unusual(kind)  # a value written over lines is indented by its depth
    return line


def _flow_scalar(kind: str, value: Any) -> str:
    """Return a scalar as PyYAML writes it inside an inline list or mapping."""
    if kind == "str" and _FLOW_PLAIN_TEXT.fullmatch(value) and value not in _NOT_PLAIN:
        return str(value)
    if kind == "int":
        return str(value)
    return _flow_rendered(kind, repr(value), value)


@lru_cache(maxsize=65_536)
def _flow_rendered(kind: str, spelled: str, value: Any) -> str:
    """Return a scalar as ``yaml.dump`` writes it in an inline list, remembered (keyed by
    its repr too, as :func:`_rendered`)."""
    text = yaml.dump([value], Dumper=_DUMPER, allow_unicode=True, width=_WIDTH,
                     default_flow_style=True)
    if not text.startswith("[") or not text.endswith("]\n") or _LINE_BREAK.search(text[:-1]):
        raise _Unusual(kind)
    return text[1:-2]


def _inline(data: Any) -> str | None:
    """Return a list or mapping of scalars as ``yaml.dump(default_flow_style=None)``
    writes it (``[a, b]``, ``{k: v}``), or None when it holds a list or mapping."""
    if type(data) is list:
        if any(type(item) not in _SCALARS for item in data):
            return None
        return "[" + ", ".join(_flow_scalar(type(x).__name__, x) for x in data) + "]"
    if any(type(value) not in _SCALARS for value in data.values()):
        return None
    for key in data:
        if type(key) is not str or not _PLAIN_KEY.fullmatch(key) or key in _NOT_PLAIN:
            raise _Unusual(key)
    return "{" + ", ".join(key + ": " + _flow_scalar(type(value).__name__, value)
                           for key, value in data.items()) + "}"


def _block(data: Any, indent: int, out: list[str], seen: set[int], *,
           inline: bool = False) -> None:
    """Append ``data`` (a mapping or a list) in PyYAML's block layout at ``indent``.

    The layout ``yaml.dump(default_flow_style=False)`` writes: two spaces per
    mapping level, lists under a key not indented further, ``{}`` and ``[]``
    when empty.  The first line of a list item or a mapping follows the text
    already on the current line (``- `` or nothing at the top).  With
    ``inline``, the layout of ``default_flow_style=None``: a list or mapping
    holding only scalars is written on one line (``[a, b]``, ``{k: v}``).
    """
    if id(data) in seen:
        raise _Unusual("shared")  # yaml.dump would write an anchor and an alias
    seen.add(id(data))
    pad = " " * indent
    first = True
    if type(data) is dict:
        if not data:
            raise _Unusual("empty")
        for key, value in data.items():
            if type(key) is not str or key not in _KEYS_SEEN:
                if type(key) is not str or not _PLAIN_KEY.fullmatch(key) or key in _NOT_PLAIN:
                    raise _Unusual(key)
                if len(_KEYS_SEEN) < 1024:
                    _KEYS_SEEN.add(key)
            head = key + ":" if first else pad + key + ":"
            first = False
            kind = type(value)
            # (_value's first case and _scalar's plain text, integers and floats, written
            # out: most values are text, and a claim's spans and numbers a third of the rest.)
            if kind is str and (value in _PLAIN_SEEN or _plain_text(value)):
                out.append(head + " " + value + "\n")
            elif kind is int:
                out.append(head + " " + str(value) + "\n")
            elif kind is float:
                out.append(head + " " + _rendered("float", repr(value), value) + "\n")
            elif kind in _SCALARS:
                out.append(head + " " + _scalar(kind.__name__, value) + "\n")
            else:
                out.append(head)
                _value(value, indent, out, seen, nested=indent + 2, inline=inline)
        return
    if type(data) is list:
        if not data:
            raise _Unusual("empty")
        for item in data:
            out.append(("" if first else pad) + "- ")
            first = False
            if type(item) in _SCALARS:
                out.append(_scalar(type(item).__name__, item) + "\n")
            elif type(item) in (dict, list) and item:
                flat = _inline(item) if inline else None
                if flat is None:
                    _block(item, indent + 2, out, seen, inline=inline)
                else:
                    _mark(item, seen)
                    out.append(flat + "\n")
            else:
                raise _Unusual(item)
        return
    raise _Unusual(data)


def _mark(data: Any, seen: set[int]) -> None:
    if id(data) in seen:
        raise _Unusual("shared")
    seen.add(id(data))


def _value(value: Any, indent: int, out: list[str], seen: set[int], *, nested: int,
           inline: bool = False) -> None:
    """Append a mapping value after its ``key:``."""
    if type(value) in _SCALARS:
        out.append(" " + _scalar(type(value).__name__, value) + "\n")
        return
    flat = _inline(value) if inline and type(value) in (dict, list) and value else None
    if flat is not None:
        _mark(value, seen)
        out.append(" " + flat + "\n")
    elif type(value) is dict and value:
        out.append("\n" + " " * nested)
        _block(value, nested, out, seen, inline=inline)
    elif type(value) is list and value:
        out.append("\n" + " " * indent)
        _block(value, indent, out, seen, inline=inline)
    elif type(value) is dict and not value:
        out.append(" {}\n")
    elif type(value) is list and not value:
        out.append(" []\n")
    else:
        raise _Unusual(value)


def safe_load(text: str) -> Any:
    """Return ``yaml.safe_load(text)``, with libyaml's parser where PyYAML has it."""
    return yaml.load(text, Loader=_LOADER)


def load_plain(text: str) -> tuple[str, Any] | None:
    """Return (leading comment lines, data) when ``text`` is exactly :func:`plain_dump`'s.

    Then nobody added a comment, a quote or a layout that a plain dump
    would lose, and the file can be edited as plain data and written with
    :func:`plain_dump`: about 10x faster than the comment-keeping round
    trip, with the same bytes.  None otherwise (use :func:`load`).
    """
    lines = text.splitlines(keepends=True)
    head = 0
    while head < len(lines) and lines[head].startswith("#"):
        head += 1
    header, body = "".join(lines[:head]), "".join(lines[head:])
    try:
        data = safe_load(body)
    except (yaml.YAMLError, RecursionError, ValueError):
        return None
    if not isinstance(data, dict) or plain_dump(data) != body:
        return None  # a comment, a quote style or a layout that the round trip keeps
    return header, data


def put(mapping: dict[str, Any], key: str, value: Any, order: Sequence[str]) -> None:
    """Set ``key``, keeping its place; a new key goes where ``order`` puts it.

    A new key never goes after a last key that carries a comment, since
    that comment is usually the heading of what follows in the file.
    """
    if key in mapping:
        if mapping[key] != value:  # an equal value keeps its quoting and number format
            mapping[key] = value
        return
    keys = list(mapping)
    rank = {k: i for i, k in enumerate(order)}
    mine = rank.get(key, len(order))
    pos = next((i for i, k in enumerate(keys) if rank.get(k, len(order)) > mine), len(keys))
    if not _commented_map(mapping):
        # A plain mapping takes the key at the same place, so both kinds write alike.
        items = list(mapping.items())
        items.insert(pos, (key, value))
        mapping.clear()
        mapping.update(items)
        return
    if pos == len(keys) and keys and keys[-1] in mapping.ca.items:
        pos -= 1
    mapping.insert(pos, key, value)


def drop(mapping: dict[str, Any], key: str) -> None:
    """Delete ``key``; a comment that hung on it moves to the key before it."""
    if key not in mapping:
        return
    comment = mapping.ca.items.pop(key, None) if _commented_map(mapping) else None
    keys = list(mapping)
    at = keys.index(key)
    del mapping[key]
    if _commented_map(mapping) and comment is not None and len(keys) > 1:
        mapping.ca.items.setdefault(keys[at - 1] if at > 0 else keys[1], comment)


# --- text edits at parser positions ---------------------------------------------------


def _compose(text: str) -> yaml.Node | None:
    try:
        return yaml.compose(text, Loader=_LOADER)
    except (yaml.YAMLError, RecursionError, ValueError):
        return None


def _top(node: yaml.Node | None, key: str) -> tuple[int, yaml.Node] | None:
    """Return (position among the top-level keys, value node) of ``key``."""
    if not isinstance(node, yaml.MappingNode):
        return None
    for i, (k, v) in enumerate(node.value):
        if isinstance(k, yaml.ScalarNode) and k.value == key:
            return i, v
    return None


def replace_scalars(text: str, key: str, field: str, values: Mapping[str, str]) -> str:
    """Set ``field`` of the items under ``key`` whose ``id`` is in ``values``, as text.

    Only a field that is already there is changed (a person who deleted it
    meant to); every other byte of the file stays.

    >>> replace_scalars("sources:\\n- {id: a, sha256: old}  # mine\\n", "sources", "sha256",
    ...                 {"a": "new"})
    'sources:\\n- {id: a, sha256: new}  # mine\\n'
    """
    found = _top(_compose(text), key)
    if found is None or not isinstance(found[1], yaml.SequenceNode):
        return text
    edits = []
    for item in found[1].value:
        if not isinstance(item, yaml.MappingNode):
            continue
        fields = {k.value: v for k, v in item.value if isinstance(k, yaml.ScalarNode)}
        ident, old = fields.get("id"), fields.get(field)
        if not isinstance(ident, yaml.ScalarNode) or not isinstance(old, yaml.ScalarNode):
            continue
        new = values.get(ident.value)
        if new is not None and old.value != new:
            edits.append((old.start_mark.index, old.end_mark.index, new))
    for start, end, new in sorted(edits, reverse=True):
        text = text[:start] + new + text[end:]
    return text


def append_items(text: str, key: str, items: list[dict[str, Any]], note: str) -> str | None:
    """Return ``text`` with ``items`` added to the block list under ``key``, or None.

    The list must be the file's last top-level key (anything after it
    would end up inside it); the new items get the list's own indentation.
    """
    root = _compose(text)
    found = _top(root, key)
    if found is None or not isinstance(root, yaml.MappingNode) \
            or found[0] != len(root.value) - 1:
        return None
    seq = found[1]
    if not isinstance(seq, yaml.SequenceNode) or seq.flow_style or not seq.value:
        return None
    indent = " " * seq.start_mark.column
    added = plain_dump(items, flow=None)
    lines = "".join(indent + line if line.strip() else line
                    for line in added.splitlines(keepends=True))
    return text.rstrip("\n") + f"\n{indent}# {note}\n" + lines
