"""Read a sources manifest (``sources.yaml``): who says things, and when.

The format is the one of ``shared/seeds/sources.yaml``: a ``sources:`` list
of id, file, publisher, title, author(s), url and dates.
"""

from __future__ import annotations

from pathlib import Path

from claimgraph.graph.errors import Problem
from claimgraph.graph.model import Source

from .suggest import closest
from .yamlsrc import LineDict, load_yaml, read_text

SOURCE_KEYS = ("id", "file", "publisher", "title", "url", "author", "authors", "published",
               "modified", "reviewed", "next_review", "kind", "sha256")
_DATE_KEYS = ("published", "modified", "reviewed", "next_review")


def _authors(item: dict[str, object]) -> tuple[str, ...]:
    raw = item.get("authors", item.get("author"))
    if raw is None:
        return ()
    if isinstance(raw, list):
        return tuple(str(a).strip() for a in raw)
    return tuple(a.strip() for a in str(raw).split(";") if a.strip())


def source_from_mapping(item: dict[str, object], where: str,
                        line: int | None) -> tuple[Source | None, list[Problem]]:
    """Build a Source from one manifest entry (or an inline ``source:`` mapping)."""
    problems = [
        Problem(where, line, f"one of {', '.join(SOURCE_KEYS)}", f"key {key!r}",
                closest(key, SOURCE_KEYS))
        for key in item if key not in SOURCE_KEYS
    ]
    if not item.get("id"):
        problems.append(Problem(where, line, "a source with an 'id'", repr(dict(item)),
                                "give every source a short id such as 'nkf'"))
        return None, problems
    dates = {k: (str(item[k]) if item.get(k) is not None else None) for k in _DATE_KEYS}
    source = Source(
        id=str(item["id"]),
        title=str(item.get("title") or ""),
        publisher=str(item.get("publisher") or ""),
        url=str(item["url"]) if item.get("url") else None,
        authors=_authors(item),
        kind=str(item["kind"]) if item.get("kind") else None,
        path=str(item["file"]) if item.get("file") else None,
        sha256=str(item["sha256"]) if item.get("sha256") else None,
        **dates,
    )
    return source, problems


def load_sources(path: Path) -> tuple[tuple[Source, ...], str | None, list[Problem]]:
    """Read a sources manifest; return (sources, topic, problems).

    Duplicate ids are reported at the line of the second one.
    """
    where = str(path)
    data, problems = load_yaml(path, read_text(path))
    if data is None:
        return (), None, problems
    items = data.get("sources") if isinstance(data, dict) else data
    if not isinstance(items, list):
        problems.append(Problem(where, 1, "a 'sources:' list", type(data).__name__,
                                "see shared/seeds/sources.yaml for the format"))
        return (), None, problems
    sources: dict[str, Source] = {}
    for item in items:
        line = item.line if isinstance(item, LineDict) else None
        if not isinstance(item, dict):
            problems.append(Problem(where, line, "a mapping per source", repr(item)))
            continue
        source, found = source_from_mapping(item, where, line)
        problems.extend(found)
        if source is None:
            continue
        if source.id in sources:
            problems.append(Problem(where, line, "unique source ids",
                                    f"a second source {source.id!r}",
                                    "rename one of them; ids name the named graphs"))
            continue
        sources[source.id] = source
    topic = data.get("topic") if isinstance(data, dict) else None
    return tuple(sources.values()), (str(topic) if topic else None), problems
