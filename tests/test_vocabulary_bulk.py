"""Large vocabularies: read without the YAML parser when plain, with the same entities and words."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from claimgraph.ingest import vocabulary
from claimgraph.ingest.normalize import label_key
from claimgraph.ingest.vocabulary import Vocabulary, _read_flow, load_vocabulary
from claimgraph.ingest.yamlsrc import load_yaml

FLOW = """\
# generated
topic: gout
entities:
  - {label: gout, type: condition, synonyms: [podagra, gouty arthritis]}
  - {label: uric acid, type: substance}

  - {label: urate lowering therapy, broader: [medication], xrefs: []}
  - {label: medication}
"""

# Each is read by YAML as before, and must give the problem YAML's reading gives.
NOT_PLAIN = {
    "a repeated key": "entities:\n  - {label: gout, label: podagra}\n",
    "a name YAML reads as true": "entities:\n  - {label: yes}\n",
    "a key YAML reads as null": "entities:\n  - {null: gout}\n",
    "a number": "entities:\n  - {label: gout, id: 12}\n",
    "a block entry": "entities:\n  - label: gout\n",
    "a comment after an entry": "entities:\n  - {label: gout}  # x\n",
    "an unknown type": "entities:\n  - {label: gout, type: ailment}\n",
    "an unknown broader name": "entities:\n  - {label: gout, broader: [arthritis]}\n",
    "a shadowed synonym": "entities:\n  - {label: gout}\n  - {label: podagra, synonyms: [gout]}\n",
    "a cycle": ("entities:\n  - {label: a thing, broader: [b thing]}\n"
                "  - {label: b thing, broader: [a thing]}\n"),
}


def test_a_plain_vocabulary_reads_as_yaml_reads_it(tmp_path: Path) -> None:
    """One entity per line gives the values and lines the YAML parser gives."""
    path = tmp_path / "vocabulary.yaml"
    path.write_text(FLOW, encoding="utf-8")
    fast = _read_flow(FLOW)
    slow, problems = load_yaml(path, FLOW)
    assert fast == slow and not problems
    assert fast is not None
    assert [e.line for e in fast["entities"]] == [e.line for e in slow["entities"]] == [4, 5, 7, 8]


@pytest.mark.parametrize("text", [FLOW, *NOT_PLAIN.values()], ids=["plain", *NOT_PLAIN.keys()])
def test_fast_and_yaml_readings_give_the_same_vocabulary(
        tmp_path: Path, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """With or without the plain-line reader, a file gives the same entities and problems."""
    path = tmp_path / "vocabulary.yaml"
    path.write_text(text, encoding="utf-8")
    vocab, problems = load_vocabulary(path)
    monkeypatch.setattr(vocabulary, "_read_flow", lambda _text: None)
    yaml_vocab, yaml_problems = load_vocabulary(path)
    assert problems == yaml_problems
    assert vocab.entities == yaml_vocab.entities and vocab.index == yaml_vocab.index
    assert vocab.topic == yaml_vocab.topic


def test_problems_in_a_plain_vocabulary_keep_their_lines(tmp_path: Path) -> None:
    """An unknown type and an unknown broader name in a plain file are reported at their lines."""
    path = tmp_path / "vocabulary.yaml"
    path.write_text("entities:\n  - {label: gout}\n  - {label: podagra, type: ailment}\n"
                    "  - {label: tophus, broader: [crystal]}\n", encoding="utf-8")
    _, problems = load_vocabulary(path)
    assert [(p.line, p.expected.split(" (")[0]) for p in problems] == [
        (3, "an entity type"), (4, "a broader entity defined in the vocabulary")]


_WORD = st.sampled_from(["arteries", "blood", "clots", "feet", "diabetes", "lupus", "12",
                         "b12", "vitamins", "a", "end", "stage", "bacteria", "x1y"])


@given(st.lists(_WORD, min_size=1, max_size=4), st.lists(st.sampled_from([" ", "-"]),
                                                         min_size=3, max_size=3))
@settings(max_examples=200, deadline=None)
def test_keys_are_label_keys(words: list[str], seps: list[str]) -> None:
    """The vocabulary's memoised keys are exactly label_key's, plain labels or not."""
    label = words[0] + "".join(s + w for s, w in zip(seps, words[1:], strict=False))
    vocab = Vocabulary()
    for text in (label, label.title(), f" {label}.", label.upper()):
        assert vocab.key(text) == label_key(text)
