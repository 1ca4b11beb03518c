"""Read a sources manifest (``sources.yaml``): who says things, and when.

The format is the one of ``shared/seeds/sources.yaml``: a ``sources:`` list
of id, file, publisher, title, author(s), url and dates: the page's own
(published, modified, reviewed, next_review) and when it was read
(accessed).  Dates are ISO 8601, possibly partial (``2026``, ``2026-07``,
``2026-07-14``); anything else is a located problem.

A source id names a file (``claims/<id>.yaml``) and a named graph, so it
must be a plain name: letters, digits, ``.``, ``_`` and ``-``, starting with
a letter or digit (:data:`SOURCE_ID`).  ``../x`` or ``/etc/x`` would make
``extract`` write outside its folder; such ids are refused where they are read.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from claimgraph.graph.errors import Problem
from claimgraph.graph.model import Source
from claimgraph.ingest import re_cache as re

from .suggest import closest
from .yamlsrc import LineDict, load_yaml, read_text, what_is

SOURCE_KEYS = ("id", "file", "publisher", "title", "url", "author", "authors", "published",
               "modified", "reviewed", "next_review", "kind", "sha256", "accessed")
DATE_KEYS = ("published", "modified", "reviewed", "next_review", "accessed")
_PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
# At most 100 characters: <id>.yaml must fit a file name on every file system.
SOURCE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")
SOURCE_ID_EXPECTED = ("a source id of letters, digits, '.', '_' or '-' (starting with a letter "
                      "or digit, at most 100 characters)")
# Names of the RDF graphs that are not a source's (graph/rdf_build.py RESERVED_GRAPHS, kept
# equal by a test): a source so named would clash with them when the claims become RDF.
RESERVED_IDS = ("findings", "meta")


def source_id_problem(source_id: object, where: str, line: int | None) -> Problem | None:
    """Return the problem with a source id, or None when it is a safe plain name.

    >>> print(source_id_problem("../../x/config", "sources.yaml", 3))  # doctest: +ELLIPSIS
    sources.yaml:3: expected a source id of letters, ..., got '../../x/config' (hint: ...)
    >>> source_id_problem("nkf", "sources.yaml", 3) is None
    True
    """
    if isinstance(source_id, int) and not isinstance(source_id, bool):
        source_id = str(source_id)  # `id: 2023` in YAML is a number, and a fine name
    if source_id in RESERVED_IDS:
        return Problem(where, line, f"a source id other than {' or '.join(RESERVED_IDS)}",
                       repr(source_id), "these name graphs of their own in the RDF; "
                       "rename the source")
    if isinstance(source_id, str) and SOURCE_ID.fullmatch(source_id):
        return None
    return Problem(where, line, SOURCE_ID_EXPECTED, repr(source_id),
                   "ids name claim files and graphs; use a short name such as 'nkf'")


def topic_problem(data: object, where: str) -> tuple[str | None, Problem | None]:
    """Return the ``topic:`` of a manifest or vocabulary mapping, or the problem with it.

    A topic names an entity, so it is text (a bare number such as 2019 is read as text).
    """
    topic = data.get("topic") if isinstance(data, dict) else None
    if topic is None or topic == "":
        return None, None
    if isinstance(topic, str | int | float) and not isinstance(topic, bool):
        return str(topic), None
    line = data.line_of("topic") if isinstance(data, LineDict) else None
    return None, Problem(where, line, "a topic name (text)", what_is(topic),
                         "write the topic as one name, e.g. topic: gout")


def source_date(value: object) -> str | None:
    """Return a manifest date as ISO 8601 text, or None when it is not a (partial) date.

    YAML reads ``2023-07-14`` as a date and ``2023`` as a number; both are fine,
    as is the text ``2023-07``.

    >>> source_date("2023-07"), source_date(2023), source_date(dt.date(2023, 7, 14))
    ('2023-07', '2023', '2023-07-14')
    >>> source_date("July 2023"), source_date("2023-13"), source_date("2023-02-30")
    (None, None, None)
    """
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    text = str(value).strip()
    match = _PARTIAL_DATE.fullmatch(text)
    if match is None:
        return None
    year, month, day = match.groups()
    try:
        dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None
    return text


def _date_problem(item: dict[str, object], key: str, where: str,
                  line: int | None) -> Problem:
    at = item.line_of(key) if isinstance(item, LineDict) else line
    meaning = ("the day the page was read" if key == "accessed"
               else "the date the page gives")
    return Problem(where, at, f"an ISO 8601 date for '{key}': YYYY, YYYY-MM or YYYY-MM-DD",
                   repr(item[key]),
                   f"write {meaning}, e.g. {key}: 2026-07-14 (2026-07 and 2026 also work)")


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
    bad_id = source_id_problem(item["id"], where, line)
    if bad_id is not None:
        problems.append(bad_id)
        return None, problems
    dates: dict[str, str | None] = {}
    for key in DATE_KEYS:
        if item.get(key) is None or item.get(key) == "":
            dates[key] = None
            continue
        dates[key] = source_date(item[key])
        if dates[key] is None:
            problems.append(_date_problem(item, key, where, line))
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
    topic, bad_topic = topic_problem(data, where)
    problems.extend([bad_topic] if bad_topic else [])
    return tuple(sources.values()), topic, problems
