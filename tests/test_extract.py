"""Extraction on pages we wrote about other conditions, cues, entities, corpus runs."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.graph.model import Entity, EntityType
from claimgraph.ingest.cues import clause_bounds, hedges_previous, is_hedged, is_negated
from claimgraph.ingest.documents import read_document
from claimgraph.ingest.entities import Resolver, suggest_merges
from claimgraph.ingest.extract import extract_claims, extract_corpus, topic_of
from claimgraph.ingest.vocabulary import Vocabulary

from .conftest import write
from .ingest_pages import ASTHMA_MD, BRINDLE_HTML, GOUT_TXT


def _relations(path: Path) -> set[tuple[str, str, str, bool, bool, str | None]]:
    cs, _, problems = extract_corpus([path], progress=False)
    assert problems == []
    labels = cs.entity_map()
    return {(labels[c.subject].label, c.predicate, labels[c.object].label, c.negated, c.hedged,
             c.qualifiers.level) for c in cs.claims if c.object is not None}


def test_plain_text_page_claims(tmp_path: Path) -> None:
    """List items follow their section; prose, "such as" lists and levels are read."""
    got = _relations(write(tmp_path / "gout.txt", GOUT_TXT))
    assert got == {
        ("gout", "has_symptom", "sudden attacks of joint pain", False, False, None),
        ("gout", "has_symptom", "intense joint pain", False, False, None),
        ("gout", "has_symptom", "redness and swelling around the big toe", False, False, None),
        ("gout", "has_symptom", "warmth", False, False, None),  # "in the affected joint": where
        ("gout", "affects", "toe", False, False, None),
        ("gout", "affects", "joint", False, False, None),
        ("diuretics", "increases_risk_of", "gout", False, False, None),
        ("obesity", "increases_risk_of", "gout", False, False, None),
        ("eating a lot of red meat", "increases_risk_of", "gout", False, False, None),
        ("hydrochlorothiazide", "increases_risk_of", "gout", False, False, None),
        ("furosemide", "increases_risk_of", "gout", False, False, None),
        ("alcohol", "increases_risk_of", "gout", False, False, "excess"),
        ("colchicine", "used_for", "gout", False, False, None),
        ("anti-inflammatory painkillers", "used_for", "gout", False, False, None),
        ("ice packs", "effective_for", "gout", False, True, None),
        ("curative treatment", "effective_for", "gout", True, False, None),  # "no cure"
    }


def test_markdown_and_html_pages(tmp_path: Path) -> None:
    """The same rules work on Markdown and HTML structure."""
    assert _relations(write(tmp_path / "asthma.md", ASTHMA_MD)) == {
        ("asthma", "has_symptom", "wheezing", False, False, None),
        ("asthma", "has_symptom", "shortness of breath", False, False, None),
        ("asthma", "has_symptom", "tight chest", False, False, None),
        ("asthma", "affects", "chest", False, False, None),
        # ("a long-term condition of the airways": the airways are a body site)
        ("asthma", "affects", "airways", False, False, None),
        ("inhalers", "used_for", "asthma", False, False, None),
        ("regular exercise", "effective_for", "asthma", False, True, None),
    }
    assert _relations(write(tmp_path / "brindle.html", BRINDLE_HTML)) == {
        ("older age", "increases_risk_of", "brindle rash", False, False, None),
        # "It mostly affects older adults and people with weak immune systems."
        ("weak immune systems", "increases_risk_of", "brindle rash", False, False, None),
        ("cancer treatment", "increases_risk_of", "brindle rash", False, False, None),
        ("vaccine", "prevents", "brindle rash", False, False, None),
        # "Brindle rash is a painful rash ..." (its definition names a sign: session 42)
        ("brindle rash", "has_symptom", "pain", False, False, None),
    }


def test_measures_and_evidence_spans(tmp_path: Path) -> None:
    """Figures become has_measure claims; every span slices back to its evidence."""
    doc = read_document(write(tmp_path / "gout.txt", GOUT_TXT))
    claims = extract_claims(doc)
    figures = {(c.measure.kind, c.measure.value, c.measure.horizon, c.qualifiers.setting)
               for c in claims if c.measure is not None}
    assert figures == {("relapse", 0.6, "P12M", None), ("prevalence", 0.04, None, "U.S.")}
    for c in claims:
        assert doc.text[c.evidence.start:c.evidence.end] == c.evidence.text
        assert c.evidence.anchor and c.evidence.anchor.lower() in c.evidence.text.lower()
        assert c.status.value == "candidate"


@pytest.mark.parametrize(("title", "topic"), [
    ("Gout - Symptoms and treatment", "gout"),
    ("Everything you need to know about gout", "gout"),
    ("Gout: causes, symptoms and more", "gout"),
])
def test_topic_from_title(tmp_path: Path, title: str, topic: str) -> None:
    """The topic is the title's name part, whatever the title's decoration."""
    doc = read_document(write(tmp_path / "p.txt", title + "\n\nGout is a kind of arthritis."))
    assert topic_of(doc) == topic


def test_topic_from_first_sentence(tmp_path: Path) -> None:
    """When the title is not a name, the subject of the first definition is the topic."""
    doc = read_document(write(tmp_path / "p.txt", "Health guide\n\nPsoriasis is a skin "
                                                   "disease. It causes red patches."))
    assert topic_of(doc) == "psoriasis"


@pytest.mark.parametrize(("text", "negated", "hedged"), [
    ("There is no treatment that is shown to work.", True, False),
    ("Vitamin pills are not shown to work.", True, False),
    ("Smoking isn't a cause of it.", True, False),
    ("Surgery may help.", False, True),
    ("Stress is thought to trigger attacks.", False, True),
    ("Its benefit remains unproven.", False, True),
    ("The exact cause isn't clear.", False, True),
    ("Symptoms may include fever.", False, False),
    ("You are more likely to get it if you smoke.", False, False),
    ("Rest helps recovery.", False, False),
])
def test_cues(text: str, negated: bool, hedged: bool) -> None:
    """Negation and everyday hedges are told apart ("isn't clear" hedges, "no" denies)."""
    assert (is_negated(text), is_hedged(text)) == (negated, hedged)


def test_cue_scope_and_backward_hedge() -> None:
    """A cue governs its own clause; "But the link isn't clear" hedges the sentence before."""
    s = "Rest helps, but surgery may not."
    start, end = clause_bounds(s, s.index("Rest"))
    assert not is_hedged(s[start:end])
    assert hedges_previous("But the link isn't clear.")
    assert not hedges_previous("The link is strong.")


def test_backward_hedge_in_a_page(tmp_path: Path) -> None:
    """A claim followed by "But the link isn't clear" is marked hedged."""
    page = ("Lupus\n\nCauses\nSunlight can cause flares of lupus. But the link isn't clear. "
            "Sunlight raises the risk of rashes.\n")
    cs, _, _ = extract_corpus([write(tmp_path / "lupus.txt", page)], progress=False)
    labels = cs.entity_map()
    got = {(labels[c.subject].label, labels[c.object].label, c.hedged) for c in cs.claims}
    # "flares of lupus" are the condition's own flares: the condition is the object.
    assert got == {("sunlight", "lupus", True), ("sunlight", "rashes", False)}


def test_vocabulary_resolution_by_head() -> None:
    """A vocabulary name that heads a phrase resolves it; one in a tail phrase does not."""
    vocab = Vocabulary()
    vocab.add(Entity("skin-ulcer", "skin ulcer", EntityType.SYMPTOM))
    vocab.add(Entity("skin", "skin", EntityType.ANATOMY))
    r = Resolver(vocab)
    for label in ("painful skin ulcers", "patterns on the skin"):
        r.add(label)
    r.finish()
    assert r.resolve("painful skin ulcers") == "skin-ulcer"
    assert r.resolve("patterns on the skin") == "pattern-on-the-skin"


def test_sure_merges_and_suggestions() -> None:
    """Spelling variants merge; close-but-unsure pairs are only suggested."""
    r = Resolver()
    for label in ("net-like rash", "netlike rash", "kidney failure chronic",
                  "chronic kidney failure"):
        r.add(label)
    r.finish()
    assert r.resolve("net-like rash") == r.resolve("netlike rash")
    entities = r.entities()
    suggestions = suggest_merges(entities)
    assert {(s.a, s.b) for s in suggestions} == {
        ("chronic-kidney-failure", "kidney-failure-chronic")}
    assert r.resolve("chronic kidney failure") != r.resolve("kidney failure chronic")


def test_corpus_keeps_going_after_a_bad_file(tmp_path: Path) -> None:
    """One unreadable file is a warning naming it; the other documents are still read."""
    good = write(tmp_path / "gout.txt", GOUT_TXT)
    bad = tmp_path / "scan.txt"
    bad.write_bytes(b"\x00\x00binary")
    cs, texts, problems = extract_corpus([bad, good], progress=False)
    assert [p.file for p in problems] == [str(bad)]
    assert problems[0].severity == "warning"
    assert set(texts) == {"gout"} and cs.claims


def test_seed_pages_claims_slice_back(seeds: Path) -> None:
    """On the real pages every claim's span slices back to its quote, with manifest ids."""
    cs, texts, problems = extract_corpus(sorted(seeds.glob("*.txt")), seeds / "sources.yaml",
                                         progress=False)
    assert problems == []
    assert {s.id for s in cs.sources} == {"mayo", "cleveland", "osmosis", "ccchc", "nkf"}
    for c in cs.claims:
        assert texts[c.source][c.evidence.start:c.evidence.end] == c.evidence.text
    figures = {(c.source, c.measure.kind, round(c.measure.point(), 4), c.measure.horizon)
               for c in cs.claims if c.measure is not None}
    assert ("nkf", "mortality", 0.5, "P12M") in figures
    assert ("osmosis", "survival", 0.5, "P6M") in figures


STONES_TXT = """Kidney stones - overview

Kidney stones are hard lumps that form in the kidneys.

Treatment
Potassium citrate can help prevent new stones and infections, and ease the pain.

Prevention
There is no sure way to prevent kidney stones. Keep your blood sugar under control.
Drinking plenty of water may help lower your risk of kidney stones.
"""


def test_prevention_wording(tmp_path: Path) -> None:
    """"help prevent", "lower your risk of" and "keep X under control" become prevents claims."""
    got = _relations(write(tmp_path / "stones.txt", STONES_TXT))
    prevents = {g for g in got if g[1] == "prevents"}
    assert prevents == {
        ("potassium citrate", "prevents", "new stones", False, False, None),
        ("potassium citrate", "prevents", "infections", False, False, None),
        ("preventive measure", "prevents", "kidney stones", True, False, None),
        ("blood sugar control", "prevents", "kidney stones", False, False, None),
        ("drinking plenty of water", "prevents", "kidney stones", False, True, None),
    }
    assert ("potassium citrate", "effective_for", "kidney stones", False, False, None) not in got


ECZEMA_TXT = """Eczema - what helps

Eczema is a skin condition that makes skin dry and itchy.

How is eczema treated?
The nurse plans treatment that lowers any risk factors.
Options may include stopping creams such as lanolin.

Prevention
Preventing flare-ups by managing risk factors matters a great deal.
"""


def test_stopping_and_risk_factor_management(tmp_path: Path) -> None:
    """"stopping creams such as X" names X's discontinuation; managing risk factors is a measure."""
    got = _relations(write(tmp_path / "eczema.txt", ECZEMA_TXT))
    assert {g for g in got if g[1] in ("used_for", "prevents")} == {
        ("risk factor management", "used_for", "eczema", False, False, None),
        ("lanolin discontinuation", "used_for", "eczema", False, False, None),
        ("risk factor management", "prevents", "eczema", False, False, None),
    }


BLURB_TXT = """To talk about your kidney results with our advisers, phone our free line.

Our advice line is open on weekdays; we can help with questions about chest symptoms.

Pleurisy

Pleurisy is swelling of the lining around the lungs.

Symptoms
Symptoms may include:
- Sharp chest pain when breathing
"""


def test_site_text_before_title_heading_is_skipped(tmp_path: Path) -> None:
    """A helpline blurb above the page's own title heading yields no claims."""
    got = _relations(write(tmp_path / "pleurisy.txt", BLURB_TXT))
    assert got == {  # "chest pain" is a sign named by its site, not a site of its own
        ("pleurisy", "affects", "lungs", False, False, None),
        ("pleurisy", "has_symptom", "sharp chest pain", False, False, None),
    }


def test_letter_pairs_and_run_on_verbs(tmp_path: Path) -> None:
    """"vitamin D and K deficiency" names two; "can cause X" after a list is no name."""
    page = ("Brittle nails - overview\n\nBrittle nails are nails that split easily.\n\n"
            "Causes\n\nVitamin D and K deficiency are linked to brittle nails.\n\n"
            "Things that lead to brittle nails include:\n\n"
            "- Some skin diseases: Any rash on the hands (eczema, psoriasis and lichen planus)"
            " can cause ridges in the nails.\n")
    got = {(s, o) for s, pred, o, *_ in _relations(write(tmp_path / "nails.txt", page))
           if o == "brittle nails"}
    assert got == {("vitamin d deficiency", "brittle nails"),
                   ("vitamin k deficiency", "brittle nails"),
                   ("skin diseases", "brittle nails"), ("eczema", "brittle nails"),
                   ("psoriasis", "brittle nails"), ("lichen planus", "brittle nails")}


HEARTBURN_TXT = """Heartburn - overview

Heartburn is a burning feeling in the chest after meals.

Treatment
Your pharmacist may suggest you stop taking ibuprofen for a while.

How to lower your risk
Try to drink less coffee or alcohol. Some people switch from fizzy drinks to water.
"""


def test_measures_worded_as_actions(tmp_path: Path) -> None:
    """"stop taking X", "drink less X", "switch from X" name measures for their section."""
    got = _relations(write(tmp_path / "heartburn.txt", HEARTBURN_TXT))
    assert {g for g in got if g[1] in ("used_for", "prevents")} == {
        ("ibuprofen discontinuation", "used_for", "heartburn", False, True, None),
        ("coffee restriction", "prevents", "heartburn", False, False, None),
        ("alcohol restriction", "prevents", "heartburn", False, False, None),
        ("fizzy drinks discontinuation", "prevents", "heartburn", False, False, None),
    }


def test_preventing_with(tmp_path: Path) -> None:
    """"Preventing X with Y" reads as Y prevents X."""
    page = ("Burns - overview\n\nBurns are damage to the skin from heat.\n\n"
            "Treatment\n\nCare of the burn matters. Preventing scarring with silicone gel"
            " is one aim.\n")
    got = _relations(write(tmp_path / "burns.txt", page))
    assert {g for g in got if g[1] == "prevents"} == {
        ("silicone gel", "prevents", "scarring", False, False, None)}


def test_outcomes_are_not_targets(tmp_path: Path) -> None:
    """"to ease pain and improve quality of life" targets the pain, not the quality of life."""
    page = ("Shin splints - overview\n\nShin splints are pain along the shin bone.\n\n"
            "Treatment\n\nIce packs are used to ease the pain and to improve quality of life.\n")
    got = _relations(write(tmp_path / "shins.txt", page))
    assert {(s, o) for s, pred, o, *_ in got if pred == "targets"} == {("ice packs", "pain")}


def test_topic_is_the_title_when_the_first_definition_names_a_remedy(tmp_path: Path) -> None:
    """"Steroids such as X are the main treatment" defines no topic: the title stays it."""
    doc = read_document(write(tmp_path / "p.txt", "Moor rot\n\nTreatment\n\nSteroids such as "
                                                   "pills are the main treatment. Rest helps."))
    assert topic_of(doc) == "moor rot"
