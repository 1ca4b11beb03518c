"""The benchmark's figure scoring: equal figures written in other units or names count."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from claimgraph.graph.model import Measure

_PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_extract.py"


def _bench():
    spec = importlib.util.spec_from_file_location("bench_extract", _PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_extract", module)
    spec.loader.exec_module(module)
    return module


def test_a_period_in_other_units_is_the_same_value() -> None:
    """'72 hours' read by the page is the gold's '3 days'; a share is compared as it stands."""
    b = _bench()
    assert b._in_unit(Measure("duration", value=72.0, unit="hours"), "days") == 3.0
    assert b._in_unit(Measure("mortality", value=0.5), None) == 0.5


def test_two_weeks_is_fourteen_days() -> None:
    """P2W and P14D are one horizon; P1M and P2M are not."""
    b = _bench()
    assert b._same_horizon("P2W", "P14D") and b._same_horizon("P1Y", "P12M")
    assert not b._same_horizon("P1M", "P2M") and not b._same_horizon("P1M", None)


def test_a_population_named_by_a_gold_synonym_matches() -> None:
    """'children given IVIG' and 'children given immune globulin' are one population."""
    b = _bench()
    names = b.Names("grebble fever", [["immune globulin", "IVIG"]])
    assert b._population_ok("children given IVIG", "children given immune globulin", names)
    assert not b._population_ok("children given IVIG", "adults in hospital", names)


def test_some_people_with_the_topic_are_some_cases() -> None:
    """'some people with grebble fever' and 'some cases' are one group; 'some children' not."""
    b = _bench()
    names = b.Names("grebble fever", [])
    assert b._population_ok("some cases", "some people with grebble fever", names)
    assert not b._population_ok("some cases", "children under 5", names)


def test_a_course_and_its_medicine_are_one_duration_subject() -> None:
    """For a duration, 'antibiotic course' (gold) and 'antibiotics' (the page's words) are one."""
    b = _bench()
    names = b.Names("grebble fever", [])
    assert b._same_subject({"antibiotic"}, "antibiotic course", "duration", names)
    assert not b._same_subject({"antibiotic"}, "antibiotic course", "frequency", names)


def test_without_treatment_is_untreated() -> None:
    """'without treatment' (the page) and 'untreated children' (gold) are one group, as the
    comparison itself reads them."""
    b = _bench()
    names = b.Names("grebble fever", [])
    assert b._population_ok("without treatment", "untreated children", names)


def test_names_the_resolver_joins_are_one_thing() -> None:
    """'swelling of the grebble hand' is 'swollen grebble hand'; 'zorbulin therapy' is zorbulin."""
    b = _bench()
    assert b.same_thing({"swelling of the hand"}, {"swollen hand"})
    assert b.same_thing({"zorbulin"}, {"zorbulin therapy"})
    assert b.same_thing({"zorbulin therapy"}, {"zorbulin"})
    assert b.same_thing({"antiviral"}, {"antiviral medicine"})
    assert b.same_thing({"grebble pad use"}, {"grebble pad"})
    assert b.same_thing({"total numbness of the hand"}, {"numb hand"})
    assert not b.same_thing({"hand"}, {"total hand numbness"})


def test_a_third_is_the_gold_s_rounded_third() -> None:
    """The gold writes a third as 0.33; the page's "a third" (0.3333) is that figure."""
    b = _bench()
    assert b._same_value(1 / 3, 0.33, 0.33) and b._same_value(2 / 3, 0.67, 0.67)
    assert b._same_value(0.5, 0.5, 0.5) and b._same_value(0.504, 0.5, 0.5)
    assert not b._same_value(0.45, 0.5, 0.5)  # one decimal: no rounding allowance
    assert not b._same_value(0.34, 0.33, 0.33) and not b._same_value(1 / 3, 0.34, 0.34)


def _pool_of(tmp_path: Path, body: str, names):  # type: ignore[no-untyped-def]
    """Return the benchmark's view of one grebble page's relations, and its claim set."""
    from claimgraph.ingest.extract import extract_corpus

    page = tmp_path / "page.txt"
    page.write_text(f"Grebble fever\n\nGrebble fever is a rare illness.\n\n{body}\n",
                    encoding="utf-8")
    cs, _, _ = extract_corpus([page], progress=False)
    b = _bench()
    ent = b.extracted_names(cs, names)
    pool = [(b.FAMILIES[c.predicate], ent.get(c.subject, set()), ent.get(c.object, set()), c)
            for c in cs.claims if c.measure is None and c.predicate in b.FAMILIES]
    return pool, cs


def test_a_missed_relation_says_why(tmp_path: Path) -> None:
    """A sign read as a complication is 'other family'; an unread one is 'nothing close'."""
    b = _bench()
    names = b.Names("grebble fever", [])
    pool, cs = _pool_of(tmp_path, "Complications\nGrebble fever can lead to kidney failure. "
                        "It is rare.", names)

    def why(predicate: str, obj: str) -> str:
        g = {"subject": "grebble fever", "predicate": predicate, "object": obj}
        return b._relation_miss(g, b.FAMILIES[predicate], names.of(g["subject"]),
                                names.of(obj), pool, cs)

    assert why("has_symptom", "kidney failure") == "other family"
    assert why("has_complication", "kidney damage") == "object named apart"
    assert why("has_complication", "blindness") == "nothing close"


def test_a_lack_is_never_the_thing_it_lacks() -> None:
    """"no rash" counted in a third of people says the opposite of "rash" in a third: the
    scorer had matched them as a name with a modifier in front."""
    b = _bench()
    assert not b.same_thing({"no rash"}, {"rash"})
    assert not b.same_thing({"rash"}, {"no circular rash"})
    assert not b.same_thing({"unnoticed rash"}, {"no rash"})
    assert b.same_thing({"no rash"}, {"no circular rash"})
    assert b.same_thing({"unnoticed rash"}, {"unnoticed circular rash"})
