"""Shortcuts for long tables (two claims a row) give what the plain work gives."""

from __future__ import annotations

from claimgraph.graph.model import (
    Certainty,
    Claim,
    Evidence,
    Measure,
    Polarity,
    Qualifiers,
    ReviewStatus,
)
from claimgraph.ingest import entities
from claimgraph.ingest.entities import Resolver
from claimgraph.ingest.extract import _register, _to_claims
from claimgraph.ingest.rules import RawClaim

NAMES = ["quentella bite 1", "quentella bite 2", "grebble fever", "grebble fevers",
         "plonk rash", "plonk rashes", "sable cough"]


def test_similar_pairs_asked_again_give_the_same_pairs() -> None:
    """The kept answer is the fresh one, for the same names and only for them."""
    fresh = tuple(entities._pairs_of(NAMES))
    assert fresh  # the names do pair
    assert entities._similar_pairs(NAMES) == fresh
    assert entities._similar_pairs(list(NAMES)) == fresh  # asked again: kept
    others = NAMES[2:]
    assert entities._similar_pairs(others) == tuple(entities._pairs_of(others))
    assert entities._similar_pairs(NAMES) == fresh  # and back


def _one_by_one(raws: list[RawClaim], source: str, resolver: Resolver,
                text: str) -> list[Claim]:
    """Each claim built through the dataclasses' own ``__init__``."""
    out = []
    for raw in raws:
        population = raw.measure.population if raw.measure else None
        evidence = Evidence(source=source, section=raw.section, anchor=raw.anchor or None,
                            start=raw.start, end=raw.end, text=text[raw.start:raw.end],
                            rule=raw.rule or None, confidence=raw.confidence)
        out.append(Claim(
            resolver.resolve(raw.subject), raw.predicate,
            resolver.resolve(raw.object) if raw.object is not None else None, raw.measure,
            Polarity.NEGATED if raw.negated else Polarity.AFFIRMED,
            Certainty.HEDGED if raw.hedged else Certainty.STATED,
            Qualifiers(population=None if raw.measure else population, setting=raw.setting,
                       level=raw.level),
            evidence, ReviewStatus.CANDIDATE))
    return out


def test_claims_built_by_column_equal_claims_built_one_by_one() -> None:
    """Every field of every claim, a figure's and a relation's, hedged and negated ones."""
    text = "quentella bite 1 | raises the risk of grebble fever in 5 out of 10\n" * 2
    raws = [
        RawClaim("grebble fever", "has_measure", None, 0, 66, "5 out of 10", "Grebble fever",
                 measure=Measure("unknown", value=0.5, population="adults"),
                 setting="Ruritania", rule="figure:unknown", confidence=0.2),
        RawClaim("quentella bite 1", "increases_risk_of", "grebble fever", 0, 66,
                 "quentella bite 1 |", None, negated=True, hedged=True, level="high",
                 rule="", confidence=0.7),
        RawClaim("plonk rash", "has_symptom", "grebble fever", 67, 133, "", "Signs"),
    ]
    resolver = Resolver(None)
    _register(resolver, raws)
    resolver.finish()
    assert _to_claims(raws, "ruritania-health", resolver, text) == \
        _one_by_one(raws, "ruritania-health", resolver, text)


LABELS = ["its levels", "despite early care", "four main species of germs", "the following",
          "it often starts early", "cannot use", "13 percent of men", "risk factors for it",
          "quentella bite 7", "grebble fever", "a dry cough", "sable cough"]


def test_a_name_misread_is_told_by_the_name_alone() -> None:
    """misread() asks each name once; the answer is the four patterns' own."""
    from claimgraph.ingest import claim_shapes as cs

    for name in LABELS:
        plain = bool(cs._POINTS_BACK_POSSESSIVE.match(name) or cs._CLAUSE_LEAD.match(name)
                     or cs._COUNT_OF_KINDS.match(name) or cs._LIST_POINTER.search(name))
        assert cs._misread_name(name) is plain
        assert cs.misread(name, "increases_risk_of", "grebble fever") is plain
        assert cs.misread("grebble fever", "has_symptom", name) is plain
    assert cs.misread("hand washing", "prevents", "passing it on")  # the spread, no illness


def test_a_name_that_names_nothing_is_told_by_the_name_alone() -> None:
    """emit() drops a claim when either name is a clause, a verb's words or a group."""
    from claimgraph.ingest import rules

    for name in LABELS:
        plain = bool(rules._CLAUSE_LABEL.match(name) or rules._VERB_LED_NAME.match(name)
                     or rules._NO_THING_NAMED.match(name))
        assert rules._names_nothing(name) is plain
    assert rules._names_nothing("it often starts early")
    assert not rules._names_nothing("quentella bite 7")


def test_spellings_kept_are_the_spellings_made() -> None:
    """The remembered spelling of a word is the one its patterns make."""
    from claimgraph.ingest import lexicon

    for word in ("haemorrhage", "oedema", "colour", "immunisation", "quentella", "12"):
        fresh = lexicon._spelling.__wrapped__(word)
        assert lexicon._spelling(word) == fresh == lexicon._spelling(word)


def test_a_scrap_is_told_by_the_name_alone() -> None:
    """fragment_name() asks each name once; the answer is its three patterns' own."""
    from claimgraph.ingest import name_fragments as nf

    for name in [*LABELS, "swelling in one", "called zorbs", "something in the air",
                 " swelling in one joint "]:
        stripped = name.strip()
        indefinite = ("one" in stripped or "thing" in stripped or "body" in stripped) and \
            bool(nf._INDEFINITE.search(stripped))
        plain = bool(nf._OPEN_END.search(stripped) or nf._NAMING_LEAD.match(stripped)
                     or indefinite)
        assert nf._scrap(name) is plain
        if plain:  # a scrap on either side drops the claim
            assert nf.fragment_name(name, "has_symptom", "grebble fever")
            assert nf.fragment_name("grebble fever", "has_symptom", name)


def test_untail_cuts_the_topic_after_a_preposition_only() -> None:
    """The tails made once cut what the four strings made per name cut."""
    from claimgraph.graph.model import Source
    from claimgraph.ingest.documents import PARAGRAPH, RawBlock, build_document
    from claimgraph.ingest.rules import DocumentRules

    doc = build_document(Source("p"), "Grebble fever",
                         [RawBlock(PARAGRAPH, "Grebble fever causes a rash.")])
    rules = DocumentRules(doc, "Grebble fever")

    def plain(label: str) -> str:
        low = label.lower()
        for prep in (" for ", " of ", " in ", " with "):
            if low.endswith(prep + "grebble fever") and len(low) > len(prep + "Grebble fever"):
                return label[: -len(prep + "Grebble fever")]
        return label

    for label in ("pain medicines for grebble fever", "rash of Grebble Fever", "grebble fever",
                  " in grebble fever", "quentella bite 3", "signs in grebble fevers",
                  "care with grebble fever"):
        assert rules.untail(label) == plain(label)
    assert rules.untail("pain medicines for grebble fever") == "pain medicines"
