"""Read ``vocabulary.yaml`` and resolve the labels claims use to entities.

The vocabulary merges what sources call the same thing (ESKD, ESRD,
end-stage kidney disease) and records broader concepts, so comparison can
count partial support and class-level conflicts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimgraph.graph.errors import Problem
from claimgraph.graph.model import Entity, EntityType, slugify
from claimgraph.ingest import re_cache as re

from .normalize import label_key
from .sources import topic_problem
from .suggest import closest
from .yamlsrc import LineDict, load_yaml, read_text, what_is

ENTITY_KEYS = ("id", "label", "type", "synonyms", "broader", "xrefs")
# Lowercase ASCII words joined by single spaces or hyphens ("entity 12", "end-stage"):
# label_key works on such a label word by word (no acronym, accent or apostrophe to see).
_PLAIN_LABEL = re.compile(r"[a-z0-9]+(?:[ -][a-z0-9]+)*")
# A vocabulary written one entity per line, as a generator writes it:
#   topic: gout
#   entities:
#     - {label: uric acid, type: substance, broader: [urate]}
# with names that YAML can only read as that same text (they start with a letter and
# hold no character with a meaning in YAML).  Anything else goes to the YAML parser.
_FLOW_ENTRY = re.compile(r"( *)- \{(.*)\} *")
_FLOW_PAIR = re.compile(r" *([a-z_]+): (?:\[([^][{}]*)\]|([^][{},]*)) *(?:,|$)")
_PLAIN_TEXT = re.compile(r"[A-Za-z][A-Za-z0-9 _.()/+-]*", re.ASCII)
_NOT_TEXT = {"yes", "no", "on", "off", "true", "false", "null", "y", "n"}
_TYPES = {t.value: t for t in EntityType}  # EntityType(name) without an exception to catch


@dataclass
class Vocabulary:
    """Entities by id plus an index from normalised labels and synonyms to ids.

    Mutable on purpose while loading: unknown labels become new entities.
    """

    entities: dict[str, Entity] = field(default_factory=dict)
    index: dict[str, str] = field(default_factory=dict)
    topic: str | None = None
    created: set[str] = field(default_factory=set)
    # label_key of each label and word seen: a vocabulary of 180 000 entities asked for
    # 1.2 million keys (label, id, shadowing, broader names, claims) at 4 µs each.
    _keys: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    _words: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

    def key(self, label: str) -> str:
        """Return :func:`label_key` of ``label``, worked out once per label (and per word).

        >>> Vocabulary().key("Blood-clots") == Vocabulary().key("blood clot") == "blood clot"
        True
        """
        found = self._keys.get(label)
        if found is None:
            found = self._keys[label] = self._key(label)
        return found

    def _key(self, label: str) -> str:
        if _PLAIN_LABEL.fullmatch(label) is None:
            return label_key(label)
        words = self._words
        keys = []
        for word in label.replace("-", " ").split(" "):
            found = words.get(word)
            if found is None:  # a number is its own key; a word may lose its plural
                found = words[word] = word if word.isdigit() else label_key(word)
            keys.append(found)
        return " ".join(keys)

    def add(self, entity: Entity) -> None:
        self.entities[entity.id] = entity
        for name in (entity.label, entity.id, *entity.synonyms):
            self.index.setdefault(self.key(name), entity.id)

    def lookup(self, label: str) -> str | None:
        """Return the entity id a label or synonym names, or None."""
        return self.index.get(self.key(label))

    def resolve(self, label: str, guess: EntityType = EntityType.OTHER) -> str:
        """Return the id for ``label``, creating (and recording) a new entity if unknown."""
        found = self.lookup(label)
        if found is not None:
            return found
        entity_id = slugify(label)
        while entity_id in self.entities:  # a slug clash with a different label
            entity_id += "-x"
        self.add(Entity(entity_id, label.strip(), guess))
        self.created.add(entity_id)
        return entity_id


def _as_tuple(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list):
        return tuple(str(v) for v in value)
    return (str(value),)


def _text(value: str) -> str | None:
    """Return a plain YAML scalar that can only be read as this text, else None."""
    text = value.strip()
    if _PLAIN_TEXT.fullmatch(text) is None or text.lower() in _NOT_TEXT:
        return None
    return text


def _flow_entry(body: str, line: int) -> LineDict | None:
    """Return one ``{key: name, key: [name, ...]}`` entity as YAML would, or None."""
    item = LineDict()
    item.line, item.key_lines = line, {}
    at = 0
    while at < len(body):
        pair = _FLOW_PAIR.match(body, at)
        if (pair is None or pair.end() == at or pair.group(1) in item
                or pair.group(1) in _NOT_TEXT):
            return None  # not this plain shape, a key given twice (YAML says so), or true
        at = pair.end()
        key, listed, single = pair.groups()
        value: Any
        if listed is None:
            value = _text(single)
            if value is None:
                return None
        else:
            value = [_text(name) for name in listed.split(",")] if listed.strip() else []
            if None in value:
                return None
        item[key] = value
        item.key_lines[key] = line
    return item if item else None


def _read_flow(text: str) -> LineDict | None:
    """Read a vocabulary written one entity per line without a YAML parser, or return None.

    A generated vocabulary of 180 000 entities took PyYAML 13 s (the node
    tree, the checks on it, then the values); this reads the same file in
    under a second.  It gives exactly what :func:`load_yaml` would give --
    the same values, each entity a LineDict at its line -- and gives up on
    anything it does not know, so every file that is not this plain shape
    is read, and its mistakes worded, by YAML as before.
    """
    data = LineDict()
    data.line, data.key_lines = 1, {}
    entities: list[Any] = []
    indent: str | None = None
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.removesuffix("\r")
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if "entities" in data:
            entry = _FLOW_ENTRY.fullmatch(line)
            if entry is None or (indent is not None and entry.group(1) != indent):
                return None
            indent = entry.group(1)
            item = _flow_entry(entry.group(2), number)
            if item is None:
                return None
            entities.append(item)
        elif stripped == "entities:" and line == stripped:
            data["entities"], data.key_lines["entities"] = entities, number
        elif line.startswith("topic: ") and "topic" not in data:
            topic = _text(line[len("topic: "):])
            if topic is None:
                return None
            data["topic"], data.key_lines["topic"] = topic, number
        else:
            return None
    return data if entities else None


def load_vocabulary(path: Path) -> tuple[Vocabulary, list[Problem]]:
    """Read a vocabulary file; return it with every problem found (never just the first).

    Problems: malformed YAML, unknown keys or types, broader links to unknown
    entities, and cycles in the broader hierarchy (A broader B broader A).
    """
    vocab = Vocabulary()
    text = read_text(path)
    data: Any = _read_flow(text)
    problems: list[Problem] = []
    # What _read_flow reads holds only names and lists of names: no shape to refuse.
    flow = data is not None
    if data is None:
        data, problems = load_yaml(path, text)
    if data is None:
        return vocab, problems
    where = str(path)
    if not isinstance(data, dict) or not isinstance(data.get("entities", []), list):
        problems.append(Problem(where, 1, "a mapping with an 'entities:' list",
                                type(data).__name__, "see README, 'vocabulary.yaml'"))
        return vocab, problems
    vocab.topic, bad_topic = topic_problem(data, where)
    problems.extend([bad_topic] if bad_topic else [])
    raw_broader: dict[str, tuple[tuple[str, ...], int]] = {}
    taken: dict[str, tuple[Entity, str, int | None]] = {}  # key -> (entity, label/synonym, line)
    for item in data.get("entities") or []:
        line = item.line if isinstance(item, LineDict) else None
        if not isinstance(item, dict) or not item.get("label"):
            problems.append(Problem(where, line, "an entity with a 'label'", what_is(item)))
            continue
        wrong = [] if flow else _shape_problems(item, where, line)
        if wrong:
            problems.extend(wrong)
            continue
        for key in item:
            if key not in ENTITY_KEYS:
                problems.append(Problem(where, line, f"one of {', '.join(ENTITY_KEYS)}",
                                        f"key {key!r}", closest(key, ENTITY_KEYS)))
        type_name = str(item.get("type", "other")).replace(" ", "_")
        if type_name in ("sign_or_symptom", "sign"):
            type_name = "symptom"
        found_type = _TYPES.get(type_name)
        if found_type is not None:
            etype = found_type
        else:
            valid = [t.value for t in EntityType]
            problems.append(Problem(where, line, f"an entity type ({', '.join(valid)})",
                                    repr(type_name), closest(type_name, valid)))
            etype = EntityType.OTHER
        label = str(item["label"])
        entity_id = str(item.get("id") or slugify(label))
        if entity_id in vocab.entities:
            problems.append(Problem(where, line, "unique entity ids",
                                    f"a second entity {entity_id!r}",
                                    "merge the two entries or give one an explicit id"))
            continue
        raw_broader[entity_id] = (_as_tuple(item.get("broader")), line or 0)
        entity = Entity(entity_id, label, etype, _as_tuple(item.get("synonyms")), (),
                        _as_tuple(item.get("xrefs")))
        problems.extend(_shadowed(entity, taken, where, line, vocab.key))
        vocab.add(entity)
    for entity_id, (names, line) in raw_broader.items():
        ids = []
        for name in names:
            target = vocab.lookup(name)
            if target is None:
                problems.append(Problem(where, line or None,
                                        "a broader entity defined in the vocabulary",
                                        repr(name), "add it as an entity of its own"))
            else:
                ids.append(target)
        ent = vocab.entities[entity_id]
        vocab.entities[entity_id] = Entity(ent.id, ent.label, ent.type, ent.synonyms,
                                           tuple(sorted(set(ids))), ent.xrefs)
    problems.extend(_cycles(vocab, {k: v[1] for k, v in raw_broader.items()}, where))
    return vocab, problems


def _shape_problems(item: dict[str, object], where: str, line: int | None) -> list[Problem]:
    """Refuse a list or mapping where an entity takes a name, and nested lists of names."""
    problems = []
    for key in ENTITY_KEYS:
        value = item.get(key)
        if key in ("synonyms", "broader", "xrefs"):
            bad = isinstance(value, dict) or (
                isinstance(value, list) and any(isinstance(v, list | dict) for v in value))
            expected = f"a list of names for '{key}'"
        else:
            bad, expected = isinstance(value, list | dict), f"text for '{key}'"
        if bad:
            problems.append(Problem(where, line, expected, what_is(value),
                                    "quote names that hold ',' or ': '"))
    return problems


def _shadowed(entity: Entity, names: dict[str, tuple[Entity, str, int | None]], where: str,
              line: int | None, key_of: Callable[[str], str] = label_key) -> list[Problem]:
    """Report a name of ``entity`` that another entity's label already has, or the reverse.

    Lookups go by :func:`label_key`, and the first entity to claim a key
    keeps it; a synonym equal to another entity's label would so hide one of
    the two without a word.
    """
    problems = []
    for kind, name in [("label", entity.label)] + [("synonym", n) for n in entity.synonyms]:
        key = key_of(name)
        if not key:
            continue
        other = names.get(key)
        if other is None:
            names[key] = (entity, kind, line)
            continue
        other_entity, other_kind, other_line = other
        if other_entity.id == entity.id or (kind == "synonym" and other_kind == "synonym"):
            continue
        at = f" (line {other_line})" if other_line else ""
        problems.append(Problem(
            where, line, "each label and synonym to name one entity",
            f"the {kind} {name!r} of {entity.label!r}, which is the {other_kind} of "
            f"{other_entity.label!r}{at}",
            "remove the synonym, or merge the two entries into one"))
    return problems


def _cycles(vocab: Vocabulary, lines: dict[str, int], where: str) -> list[Problem]:
    """Report each broader-cycle once, at the line of its first member."""
    problems: list[Problem] = []
    state: dict[str, int] = {}  # 1 = on the stack, 2 = done
    seen_cycles: set[frozenset[str]] = set()

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        stack.append(node)
        for parent in vocab.entities[node].broader:
            if state.get(parent) == 1:
                cycle = stack[stack.index(parent):]
                if frozenset(cycle) not in seen_cycles:
                    seen_cycles.add(frozenset(cycle))
                    first = min(cycle, key=lambda n: lines.get(n, 0))
                    path = " → ".join(vocab.entities[n].label for n in [*cycle, parent])
                    problems.append(Problem(where, lines.get(first) or None,
                                            "a broader hierarchy without cycles",
                                            f"the cycle {path}",
                                            "remove one of the broader links"))
            elif parent not in state:
                visit(parent, stack)
        stack.pop()
        state[node] = 2

    for entity_id in sorted(vocab.entities):
        if entity_id not in state:
            visit(entity_id, [])
    return problems
