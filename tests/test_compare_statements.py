"""Statements: claims merged by key, each source's stance, partial support, status."""

from __future__ import annotations

from claimgraph.graph.compare import compare
from claimgraph.graph.findings import ASSERTS, DENIES, HEDGES, PARTIAL, SILENT
from claimgraph.graph.hierarchy import Hierarchy
from claimgraph.graph.model import Entity, statement_id

from .compare_samples import AS_OF, claim, claimset, entity, find, run

RISK = "increases_risk_of"


def test_claims_with_one_key_merge_with_each_stance() -> None:
    """Sources asserting, hedging and denying one triple land in one statement."""
    result = run(
        claim("mayo", "warfarin", RISK, "calciphylaxis"),
        claim("cleveland", "warfarin", RISK, "calciphylaxis"),
        claim("nkf", "warfarin", RISK, "calciphylaxis", hedged=True),
        claim("osmosis", "warfarin", RISK, "calciphylaxis", negated=True),
    )
    (st,) = result.statements
    assert (st.asserts, st.hedges, st.denies, st.partial) == (
        ("cleveland", "mayo"), ("nkf",), ("osmosis",), ())
    assert st.id == statement_id(("warfarin", RISK, "calciphylaxis", None, (None, None, None)))
    assert [st.stance(s) for s in ("mayo", "nkf", "osmosis", "ccchc")] == [
        ASSERTS, HEDGES, DENIES, SILENT]
    assert st.status == "contested"
    assert len(st.claims) == 4


def test_status_counts_supporters_against_sources_covering_the_area() -> None:
    """Consensus, majority, minority, single-source follow the sources covering the area."""
    covering = ("mayo", "cleveland", "nkf", "osmosis")
    claims = [claim(s, "obesity", RISK, "calciphylaxis") for s in covering]  # all four
    claims += [claim(s, "diabetes", RISK, "calciphylaxis") for s in covering[:3]]  # 3 of 4
    claims += [claim(s, "lupus", RISK, "calciphylaxis") for s in covering[:2]]  # 2 of 4
    claims += [claim("mayo", "trauma", RISK, "calciphylaxis")]
    # ccchc says nothing about risk factors, so it does not count against them.
    claims += [claim("ccchc", "calciphylaxis", "diagnosed_by", "skin-biopsy")]
    result = run(*claims)
    assert {st.subject: st.status for st in result.statements} == {
        "obesity": "consensus", "diabetes": "majority", "lupus": "minority",
        "trauma": "single-source", "calciphylaxis": "single-source"}


def test_hedged_only_statement_gets_status_by_count_and_a_flag() -> None:
    """Support that is only hedged still counts; the statement says it is hedged-only."""
    result = run(claim("mayo", "obesity", RISK, "calciphylaxis", hedged=True),
                 claim("nkf", "obesity", RISK, "calciphylaxis", hedged=True))
    (st,) = result.statements
    assert (st.status, st.hedged_only, st.asserts, st.hedges) == (
        "consensus", True, (), ("mayo", "nkf"))


def test_denied_only_statement_counts_its_deniers() -> None:
    """A statement nobody supports gets its status from the sources denying it."""
    result = run(claim("nkf", "sodium-thiosulfate", "effective_for", "calciphylaxis",
                       negated=True))
    (st,) = result.statements
    assert (st.status, st.denies, st.supporters) == ("single-source", ("nkf",), ())


def test_narrower_subject_partially_supports_an_existing_broader_statement() -> None:
    """'lupus increases risk' gives partial support to 'autoimmune disease increases risk'."""
    entities = (entity("lupus", "autoimmune-disease"), entity("autoimmune-disease"))
    result = run(claim("mayo", "autoimmune-disease", RISK, "calciphylaxis"),
                 claim("osmosis", "lupus", RISK, "calciphylaxis"),
                 claim("cleveland", "lupus", RISK, "calciphylaxis", hedged=True),
                 entities=entities)
    broad = find(result, "autoimmune-disease", RISK, "calciphylaxis")
    narrow = find(result, "lupus", RISK, "calciphylaxis")
    assert (broad.asserts, broad.partial) == (("mayo",), ("cleveland", "osmosis"))
    assert broad.stance("osmosis") == PARTIAL
    assert narrow.partial == ()  # support flows up the hierarchy, not down


def test_partial_support_never_creates_a_statement() -> None:
    """Nobody says 'autoimmune disease increases risk', so no such statement appears."""
    entities = (entity("lupus", "autoimmune-disease"), entity("autoimmune-disease"))
    result = run(claim("osmosis", "lupus", RISK, "calciphylaxis"), entities=entities)
    assert [st.subject for st in result.statements] == ["lupus"]


def test_narrower_object_and_qualified_claim_partially_support() -> None:
    """A narrower object, and a claim with qualifiers, partly support the plainer statement."""
    entities = (entity("uremic-calciphylaxis", "calciphylaxis"), entity("calciphylaxis"))
    result = run(claim("mayo", "warfarin", RISK, "calciphylaxis"),
                 claim("nkf", "warfarin", RISK, "uremic-calciphylaxis"),
                 claim("osmosis", "warfarin", RISK, "calciphylaxis", population="dialysis"),
                 entities=entities)
    plain = [st for st in result.statements
             if st.object == "calciphylaxis" and not st.qualifiers]
    assert [(st.asserts, st.partial) for st in plain] == [(("mayo",), ("nkf", "osmosis"))]


def test_own_stance_wins_over_partial_support() -> None:
    """A source that denies the broader statement is not also listed as partial support."""
    entities = (entity("lupus", "autoimmune-disease"), entity("autoimmune-disease"))
    result = run(claim("mayo", "autoimmune-disease", RISK, "calciphylaxis"),
                 claim("nkf", "autoimmune-disease", RISK, "calciphylaxis", negated=True),
                 claim("nkf", "lupus", RISK, "calciphylaxis"), entities=entities)
    broad = find(result, "autoimmune-disease", RISK, "calciphylaxis")
    assert (broad.denies, broad.partial) == (("nkf",), ())


def test_rejected_claims_are_ignored() -> None:
    """A claim a reviewer rejected neither makes a statement nor covers an area."""
    result = run(claim("mayo", "warfarin", RISK, "calciphylaxis"),
                 claim("nkf", "warfarin", RISK, "calciphylaxis", rejected=True),
                 claim("nkf", "calciphylaxis", "has_symptom", "pain"))
    assert [(st.subject, st.supporters, st.status) for st in result.statements] == [
        ("warfarin", ("mayo",), "single-source"), ("calciphylaxis", ("nkf",), "single-source")]
    assert ("nkf", "risk factors") in {(g.source, g.area) for g in result.area_gaps}


def test_statements_are_sorted_by_area_then_labels() -> None:
    """Statements read in topic-area order, then subject label, predicate, object label."""
    entities = (Entity("zz", "alpha"), Entity("aa", "omega"))
    result = run(claim("mayo", "dialysis", "used_for", "calciphylaxis"),
                 claim("mayo", "zz", RISK, "calciphylaxis"),
                 claim("mayo", "aa", RISK, "calciphylaxis"),
                 claim("mayo", "calciphylaxis", "has_symptom", "pain"),
                 entities=entities)
    assert [(st.area, st.subject) for st in result.statements] == [
        ("risk factors", "zz"), ("risk factors", "aa"), ("symptoms", "calciphylaxis"),
        ("treatment", "dialysis")]


def test_same_input_gives_identical_comparison() -> None:
    """Comparing the same claims twice, in any claim order, gives equal results."""
    claims = [claim("mayo", "warfarin", RISK, "calciphylaxis"),
              claim("nkf", "warfarin", RISK, "calciphylaxis", hedged=True),
              claim("nkf", "dialysis", "used_for", "calciphylaxis", negated=True),
              claim("cleveland", "dialysis", "used_for", "calciphylaxis")]
    first = compare(claimset(*claims), as_of=AS_OF)
    again = compare(claimset(*reversed(claims)), as_of=AS_OF)
    assert first == again


def test_hierarchy_survives_cycles() -> None:
    """A broader-loop in a hand-written vocabulary neither hangs nor includes the entity itself."""
    h = Hierarchy([entity("a", "b"), entity("b", "c"), entity("c", "a")])
    assert (sorted(h.ancestors("a")), sorted(h.descendants("a"))) == (["b", "c"], ["b", "c"])
    result = run(claim("mayo", "a", RISK, "x"), claim("nkf", "b", RISK, "x"),
                 entities=(entity("a", "b"), entity("b", "a")))
    assert {(st.subject, st.partial) for st in result.statements} == {
        ("a", ("nkf",)), ("b", ("mayo",))}
