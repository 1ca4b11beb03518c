"""Read ``vocabulary.yaml`` and resolve the labels claims use to entities.

The vocabulary merges what sources call the same thing (ESKD, ESRD,
end-stage kidney disease) and records broader concepts, so comparison can
count partial support and class-level conflicts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from claimgraph.graph.errors import Problem
from claimgraph.graph.model import Entity, EntityType, slugify

from .normalize import label_key
from .sources import topic_problem
from .suggest import closest
from .yamlsrc import LineDict, load_yaml, read_text, what_is

ENTITY_KEYS = ("id", "label", "type", "synonyms", "broader", "xrefs")


@dataclass
class Vocabulary:
    """Entities by id plus an index from normalised labels and synonyms to ids.

    Mutable on purpose while loading: unknown labels become new entities.
    """

    entities: dict[str, Entity] = field(default_factory=dict)
    index: dict[str, str] = field(default_factory=dict)
    topic: str | None = None
    created: set[str] = field(default_factory=set)

    def add(self, entity: Entity) -> None:
        self.entities[entity.id] = entity
        for name in (entity.label, entity.id, *entity.synonyms):
            self.index.setdefault(label_key(name), entity.id)

    def lookup(self, label: str) -> str | None:
        """Return the entity id a label or synonym names, or None."""
        return self.index.get(label_key(label))

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


def load_vocabulary(path: Path) -> tuple[Vocabulary, list[Problem]]:
    """Read a vocabulary file; return it with every problem found (never just the first).

    Problems: malformed YAML, unknown keys or types, broader links to unknown
    entities, and cycles in the broader hierarchy (A broader B broader A).
    """
    vocab = Vocabulary()
    text = read_text(path)
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
        wrong = _shape_problems(item, where, line)
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
        try:
            etype = EntityType(type_name)
        except ValueError:
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
        problems.extend(_shadowed(entity, taken, where, line))
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
              line: int | None) -> list[Problem]:
    """Report a name of ``entity`` that another entity's label already has, or the reverse.

    Lookups go by :func:`label_key`, and the first entity to claim a key
    keeps it; a synonym equal to another entity's label would so hide one of
    the two without a word.
    """
    problems = []
    for kind, name in [("label", entity.label)] + [("synonym", n) for n in entity.synonyms]:
        key = label_key(name)
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
