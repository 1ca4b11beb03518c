"""Read YAML (and JSON) while keeping the line each list and mapping starts on.

Error messages must name ``file:line`` of the offending claim, so the
loader attaches line numbers while parsing instead of searching afterwards.

Input may come from anyone, so the loader reads only plain YAML: text,
numbers, true/false, null, lists and mappings.  It refuses, at the line
where they occur:

- a key given twice in one mapping (YAML's own rule, which PyYAML does not
  enforce: it keeps the last value without a word);
- tags that make other things (``!!set``, ``!!binary``, ``!!omap``,
  ``!!pairs``; unknown tags are refused by PyYAML itself);
- aliases that expand past :data:`ALIAS_BUDGET` nodes (a "billion laughs"
  file of a few hundred bytes would otherwise take minutes and gigabytes)
  or that refer to themselves;
- nesting deeper than :data:`MAX_DEPTH` (no claim file needs more than a few levels).
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

# Nodes that aliases may add beyond the file's own; plain claim files use none.
ALIAS_BUDGET = 10_000
# Lists and mappings inside one another; claim files need four or five.
MAX_DEPTH = 64
PLAIN = "a plain YAML value (text, a number, true/false, a list or a mapping)"


class LineDict(dict[str, Any]):
    """A dict that remembers the line it started on, and the line of each key."""

    line: int = 0
    key_lines: dict[Any, int]

    def line_of(self, key: Any) -> int:
        """Return the line ``key`` is written on (the mapping's line if unknown)."""
        lines = getattr(self, "key_lines", None) or {}
        return lines.get(key, self.line)


class LineList(list[Any]):
    """A list that remembers the line it started on."""

    line: int = 0


class RefusedYamlError(yaml.YAMLError):
    """YAML that parses but that claimgraph refuses to read, with its place."""

    def __init__(self, line: int | None, expected: str, got: str, hint: str = "") -> None:
        super().__init__(f"line {line}: expected {expected}, got {got}")
        self.line, self.expected, self.got, self.hint = line, expected, got, hint


def _line(node: yaml.Node) -> int:
    return int(node.start_mark.line) + 1


class _LineLoader(_BaseLoader):  # type: ignore[misc,valid-type]
    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> LineDict:
        key_lines: dict[Any, int] = {}
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue  # "<<: *base" merges; keys written here override it, by design
            key = self.construct_object(key_node, deep=True)
            try:
                again = key in key_lines
            except TypeError:  # a list or mapping as a key: SafeLoader says so below
                continue
            if again:
                raise RefusedYamlError(_line(key_node), "each key once in a mapping",
                                       f"a second {key!r}",
                                       f"delete one of them (the first is on line "
                                       f"{key_lines[key]})")
            key_lines[key] = _line(key_node)
        result = LineDict(super().construct_mapping(node, deep=True))
        result.line = _line(node)
        result.key_lines = key_lines
        return result

    def construct_sequence(self, node: yaml.SequenceNode, deep: bool = False) -> LineList:
        result = LineList(super().construct_sequence(node, deep=True))
        result.line = _line(node)
        return result

    def refuse_tag(self, node: yaml.Node) -> None:
        tag = str(node.tag).replace("tag:yaml.org,2002:", "!!")
        raise RefusedYamlError(_line(node), PLAIN, f"a {tag} value",
                               f"remove the {tag} tag; write the value as text or a list")


_LineLoader.add_constructor("tag:yaml.org,2002:map", _LineLoader.construct_mapping)
_LineLoader.add_constructor("tag:yaml.org,2002:seq", _LineLoader.construct_sequence)
# Dates stay strings: pages give partial dates ("2026-07") and we compare them as text.
_LineLoader.add_constructor(
    "tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node)
)
for _tag in ("set", "binary", "omap", "pairs"):
    _LineLoader.add_constructor(f"tag:yaml.org,2002:{_tag}", _LineLoader.refuse_tag)


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    return []


def check_shape(root: yaml.Node) -> None:
    """Refuse a composed document whose aliases blow up, loop, or that nests too deep.

    One walk over the node graph; each node's expanded size and height are
    computed once, so a node reached again through an alias costs nothing
    to measure, only its expansion is counted against :data:`ALIAS_BUDGET`.

    Raises:
        RefusedYamlError: with the line of the offending list or mapping.
    """
    size: dict[int, int] = {}
    height: dict[int, int] = {}
    on_path: set[int] = set()
    added = 0
    # (node, depth, parent line, children still to visit or None before entering)
    stack: list[tuple[yaml.Node, int, int, list[yaml.Node] | None]] = [(root, 1, 1, None)]
    while stack:
        node, depth, parent_line, todo = stack.pop()
        key = id(node)
        if todo is None:
            if key in on_path:
                raise RefusedYamlError(parent_line, "aliases that do not contain themselves",
                                       "a recursive alias", "replace the alias by the values")
            if key in size:  # reached again: an alias
                added += size[key]
                if added > ALIAS_BUDGET:
                    raise RefusedYamlError(parent_line,
                                           f"aliases that expand to at most {ALIAS_BUDGET:,} "
                                           "values in all", "more",
                                           "write the values out instead of using aliases")
                if depth + height[key] - 1 > MAX_DEPTH:
                    raise RefusedYamlError(parent_line, f"at most {MAX_DEPTH} levels of nesting",
                                           "more through an alias", "flatten the file")
                continue
            if depth > MAX_DEPTH:
                raise RefusedYamlError(_line(node), f"at most {MAX_DEPTH} levels of nesting",
                                       "more", "claim files need only a few levels")
            children = _children(node)
            if not children:
                size[key], height[key] = 1, 1
                continue
            on_path.add(key)
            stack.append((node, depth, parent_line, children))
            stack.extend((c, depth + 1, _line(node), None) for c in reversed(children))
        else:
            on_path.discard(key)
            size[key] = 1 + sum(size[id(c)] for c in todo)
            height[key] = 1 + max(height[id(c)] for c in todo)


def what_is(value: Any) -> str:
    """Name a parsed value's kind the way a user wrote it, for a Problem's "got".

    >>> what_is([1]), what_is(True), what_is("x")
    ('a list', 'true', "the text 'x'")
    """
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"{str(value).lower()}"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, int | float):
        return f"the number {value!r}"
    return f"the text {str(value)[:60]!r}"


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
    except OSError as err:
        raise InputFileError(Problem(where, None, "a readable file",
                                     (err.strerror or type(err).__name__).lower(),
                                     "check its permissions")) from err
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
    """Parse YAML text with line numbers; return (data, problems).

    >>> load_yaml(Path("c.yaml"), "a: 1\\nb: [x, y]\\n")[0]
    {'a': 1, 'b': ['x', 'y']}
    >>> print(load_yaml(Path("c.yaml"), "a: 1\\na: 2\\n")[1][0])
    c.yaml:2: expected each key once in a mapping, got a second 'a' (hint: delete one of them (the first is on line 1))
    """  # noqa: E501
    loader = _LineLoader(text)  # a SafeLoader subclass
    try:
        node = loader.get_single_node()
        if node is None:
            return None, []
        check_shape(node)
        return loader.construct_document(node), []
    except RefusedYamlError as err:
        return None, [Problem(str(path), err.line, err.expected, err.got, err.hint)]
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + 1 if mark else None
        what = " ".join(str(err.problem or "valid YAML").split())
        if "constructor" in what and err.problem_mark is not None:  # an unknown !tag
            return None, [Problem(str(path), line, PLAIN, what, "remove the tag")]
        return None, [
            Problem(str(path), line, "well-formed YAML", what,
                    "check indentation and quoting; quote text containing ': ' or '#'")
        ]
    except yaml.YAMLError as err:
        return None, [Problem(str(path), None, "well-formed YAML", " ".join(str(err).split()))]
    finally:
        loader.dispose()
