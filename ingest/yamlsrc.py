"""Read YAML (and JSON) while keeping the line each list and mapping starts on.

Error messages must name ``file:line`` of the offending claim, so the
loader attaches line numbers while parsing instead of searching afterwards.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from claimgraph.graph.errors import InputFileError, Problem

try:  # libyaml is ~10x faster on large claim files; fall back when absent.
    _BaseLoader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on the PyYAML build
    _BaseLoader = yaml.SafeLoader


class LineDict(dict[str, Any]):
    """A dict that remembers the line it started on."""

    line: int = 0


class LineList(list[Any]):
    """A list that remembers the line it started on."""

    line: int = 0


class _LineLoader(_BaseLoader):  # type: ignore[misc,valid-type]
    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> LineDict:
        result = LineDict(super().construct_mapping(node, deep=True))
        result.line = node.start_mark.line + 1
        return result

    def construct_sequence(self, node: yaml.SequenceNode, deep: bool = False) -> LineList:
        result = LineList(super().construct_sequence(node, deep=True))
        result.line = node.start_mark.line + 1
        return result


_LineLoader.add_constructor("tag:yaml.org,2002:map", _LineLoader.construct_mapping)
_LineLoader.add_constructor("tag:yaml.org,2002:seq", _LineLoader.construct_sequence)
# Dates stay strings: pages give partial dates ("2026-07") and we compare them as text.
_LineLoader.add_constructor(
    "tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node)
)


def read_text(path: Path) -> str:
    """Return a file's text, or raise InputFileError saying what is wrong with it."""
    where = str(path)
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError as err:
        raise InputFileError(Problem(where, None, "an existing file", "nothing at that path",
                                     "check the spelling, or run from the folder that holds it")
                             ) from err
    except IsADirectoryError as err:
        raise InputFileError(Problem(where, None, "a file", "a folder")) from err
    if b"\x00" in data[:8192]:
        raise InputFileError(Problem(where, None, "a text file", "binary data",
                                     "claim files are YAML, CSV, JSON or RDF text"))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise InputFileError(Problem(where, line, "UTF-8 text",
                                     f"the byte 0x{data[err.start]:02x}",
                                     "re-save the file as UTF-8")) from err


def load_yaml(path: Path, text: str) -> tuple[Any, list[Problem]]:
    """Parse YAML text with line numbers; return (data, problems)."""
    try:
        return yaml.load(text, Loader=_LineLoader), []  # a SafeLoader subclass
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + 1 if mark else None
        what = err.problem or "valid YAML"
        return None, [
            Problem(str(path), line, "well-formed YAML", what,
                    "check indentation and quoting; quote text containing ': ' or '#'")
        ]
    except yaml.YAMLError as err:
        return None, [Problem(str(path), None, "well-formed YAML", str(err))]
