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
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError as RoundTripError

from claimgraph.graph.errors import InputFileError

__all__ = ["RoundTripError", "append_items", "drop", "dump", "load", "put", "replace_scalars"]

_WIDTH = 100


def _yaml(seq_offset: int = 0, seq_indent: int = 2) -> YAML:
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
    hint = "(hint: fix it, or move it away to start afresh)"
    try:
        data = _yaml().load(path.read_text(encoding="utf-8"))
    except (RoundTripError, UnicodeDecodeError, RecursionError) as err:
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
    y = _yaml()
    if isinstance(seq, CommentedSeq) and seq and not seq.fa.flow_style():
        dash, item = seq.lc.col, seq.lc.data.get(0, [0, None])[1]
        if isinstance(dash, int) and isinstance(item, int) and item >= dash + 2:
            y = _yaml(seq_offset=dash, seq_indent=item)
    out = io.StringIO()
    y.dump(data, out)
    return out.getvalue()


def put(mapping: dict[str, Any], key: str, value: Any, order: Sequence[str]) -> None:
    """Set ``key``, keeping its place; a new key goes where ``order`` puts it.

    A new key never goes after a last key that carries a comment, since
    that comment is usually the heading of what follows in the file.
    """
    if key in mapping:
        if mapping[key] != value:  # an equal value keeps its quoting and number format
            mapping[key] = value
        return
    if not isinstance(mapping, CommentedMap):
        mapping[key] = value
        return
    keys = list(mapping)
    rank = {k: i for i, k in enumerate(order)}
    mine = rank.get(key, len(order))
    pos = next((i for i, k in enumerate(keys) if rank.get(k, len(order)) > mine), len(keys))
    if pos == len(keys) and keys and keys[-1] in mapping.ca.items:
        pos -= 1
    mapping.insert(pos, key, value)


def drop(mapping: dict[str, Any], key: str) -> None:
    """Delete ``key``; a comment that hung on it moves to the key before it."""
    if key not in mapping:
        return
    comment = mapping.ca.items.pop(key, None) if isinstance(mapping, CommentedMap) else None
    keys = list(mapping)
    at = keys.index(key)
    del mapping[key]
    if isinstance(mapping, CommentedMap) and comment is not None and len(keys) > 1:
        mapping.ca.items.setdefault(keys[at - 1] if at > 0 else keys[1], comment)


# --- text edits at parser positions ---------------------------------------------------


def _compose(text: str) -> yaml.Node | None:
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except (yaml.YAMLError, RecursionError):
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
    added = yaml.safe_dump(items, width=_WIDTH, allow_unicode=True, sort_keys=False,
                           default_flow_style=None)
    lines = "".join(indent + line if line.strip() else line
                    for line in added.splitlines(keepends=True))
    return text.rstrip("\n") + f"\n{indent}# {note}\n" + lines
