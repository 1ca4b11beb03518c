"""Page layouts read (session 20): headings that name the topic, question-and-answer
pages, letter and symbol bullets from copied documents, and tables that list signs,
remedies or tests.  Each of these layouts gave no claims at all, or wrong ones, before.
Every page is our own, about the made-up grebble fever."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.ingest.documents import read_document
from claimgraph.ingest.extract import extract_corpus
from claimgraph.ingest.patterns import section_type

from .grebble_pages import page_claims, page_relations

T = "grebble fever"


def _page(tmp_path: Path, suffix: str, text: str) -> Path:
    """Write one page of ours under a name whose suffix picks its reader; return its path."""
    page = tmp_path / f"page{suffix}"
    page.write_text(text, encoding="utf-8")
    return page


def _claims(path: Path) -> set[tuple[str, str, str]]:
    cs, _, _ = extract_corpus([path], progress=False)
    return {(cs.label(c.subject), c.predicate, cs.label(c.object))
            for c in cs.claims if c.object is not None and c.predicate != "is_a"}


def _figures(path: Path) -> set[tuple[str, str, float | None]]:
    cs, _, _ = extract_corpus([path], progress=False)
    return {(cs.label(c.subject), c.measure.kind, c.measure.value)
            for c in cs.claims if c.measure is not None}


def test_a_heading_that_names_the_topic_types_its_list(tmp_path: Path) -> None:
    """"How do you get grebble fever?" asks what "How do you get it?" asks."""
    got = page_relations(tmp_path, "How do you get grebble fever?\n\n- eating raw fish\n"
                                   "- drinking pond water\n")
    assert {("eating raw fish", "increases_risk_of", T),
            ("drinking pond water", "increases_risk_of", T)} <= got


@pytest.mark.parametrize(("heading", "kind"), [
    ("Red flags", "symptom"), ("Warning signs", "symptom"), ("Microbiology", "cause"),
    ("Causative organisms", "cause"), ("Laboratory findings", "diagnosis"),
    ("Histopathology", "diagnosis"), ("Outcome", "prognosis"), ("What to expect", None),
    ("Is it serious?", "prognosis"), ("Does it go away?", "prognosis"),
    ("Microbiology of the gut", None),
])
def test_clinical_and_question_headings_have_a_kind(heading: str, kind: str | None) -> None:
    assert section_type(heading) == kind


def test_a_question_and_answer_page_is_read(tmp_path: Path) -> None:
    """"Q:" marks a question heading and "A:" its answer; neither mark is a word read."""
    got = page_relations(tmp_path, "Q: What causes grebble fever?\nA: It is caused by a germ "
                                   "called Quentella.\n\nQ: What are the symptoms?\nA: Most "
                                   "people get a stiff neck and a purple rash.\n")
    assert {("quentella", "causes", T), (T, "has_symptom", "stiff neck"),
            (T, "has_symptom", "purple rash")} <= got
    assert not {x for x in got if x[0].startswith("a ") or x[2].startswith("a ")}


def test_letter_bullets_are_bullets(tmp_path: Path) -> None:
    """"o" before list lines (a copied document's second-level bullet) is no part of a name,
    also for a list of one line after its lead-in."""
    got = page_relations(tmp_path, "Complications:\n  o deafness\n  o kidney failure\n"
                                   "Diagnosis:\n  o lumbar puncture\n")
    assert {(T, "has_complication", "deafness"), (T, "has_complication", "kidney failure"),
            (T, "diagnosed_by", "lumbar puncture")} <= got
    assert not {x for x in got if x[2].startswith("o ")}


def test_a_lone_o_line_stays_a_sentence(tmp_path: Path) -> None:
    """A line that starts with "o" but has no bullet neighbour keeps its words."""
    cs = page_claims(tmp_path, "Symptoms\n\no fever and chills are common.\n")
    assert any((cs.label(c.object) or "").startswith("o ") or "o fever" in (c.evidence.text or "")
               for c in cs.claims if c.object is not None)


def test_symbol_font_bullets_from_a_pdf_are_bullets(tmp_path: Path) -> None:
    got = page_relations(tmp_path, "Symptoms\n\uf0b7 stiff neck\n\uf0b7 purple rash\n")
    assert {(T, "has_symptom", "stiff neck"), (T, "has_symptom", "purple rash")} <= got


# trafilatura reads some very short pages (one of tags written together, or one with a
# table of bare numbers) as one paragraph (its fallback extractor): this page is neither.
_HTML = """<html><head><title>Grebble fever</title></head><body>
<h1>Grebble fever</h1>
<p>Grebble fever is a rare illness.</p>
<h2>Symptoms</h2>
<table><tr><th>Sign</th><th>How often</th></tr>
<tr><td>Stiff neck</td><td>80%</td></tr>
<tr><td>Purple rash</td><td>60%</td></tr></table>
<h2>Medicines</h2>
<table><tr><th>Drug</th><th>Dose</th></tr>
<tr><td>Zorbacillin</td><td>500 mg twice a day</td></tr>
<tr><td>Quorbamide</td><td>1 g a day</td></tr></table>
</body></html>
"""


def test_an_html_table_of_signs_gives_signs_and_their_shares(tmp_path: Path) -> None:
    page = _page(tmp_path, ".html", _HTML)
    got = _claims(page)
    assert {(T, "has_symptom", "stiff neck"), (T, "has_symptom", "purple rash"),
            ("zorbacillin", "used_for", T), ("quorbamide", "used_for", T)} <= got
    assert not {x for x in got if "|" in x[0] or "|" in x[2] or x[0] in ("drug", "dose")}
    assert {("stiff neck", "frequency", 0.8), ("purple rash", "frequency", 0.6)} <= _figures(page)


def test_a_table_of_years_is_no_list(tmp_path: Path) -> None:
    """A table whose header and heading announce no kind of thing stays rows of text."""
    page = _page(tmp_path, ".md", "# Grebble fever\n\n## How common it is\n\n| Year | Cases |\n"
                                  "|---|---|\n| 2019 | 120 |\n| 2020 | 95 |\n")
    doc = read_document(page)
    rows = [(b.kind, doc.text[b.start:b.end]) for b in doc.blocks]
    assert ("paragraph", "2019 | 120") in rows
    assert not [r for r in rows if r[1].startswith("2019 (")]


@pytest.mark.parametrize(("suffix", "table"), [
    (".md", "| Sign | How often |\n|---|---|\n| Stiff neck | 80% |\n| Purple rash | 60% |\n"),
    (".txt", "| Sign | How often |\n|---|---|\n| Stiff neck | 80% |\n| Purple rash | 60% |\n"),
    (".txt", "Sign | How often\nStiff neck | 80%\nPurple rash | 60%\n"),
])
def test_a_text_table_of_signs_gives_signs(tmp_path: Path, suffix: str, table: str) -> None:
    head = "# Grebble fever\n\nGrebble fever is a rare illness.\n\n## Symptoms\n\n" \
        if suffix == ".md" else "Grebble fever\n\nGrebble fever is a rare illness.\n\nSymptoms\n\n"
    page = _page(tmp_path, suffix, head + table)
    got = _claims(page)
    assert {(T, "has_symptom", "stiff neck"), (T, "has_symptom", "purple rash")} <= got
    assert not {x for x in got if "|" in x[2] or "%" in x[2] or "often" in x[2]}
    assert ("stiff neck", "frequency", 0.8) in _figures(page)


def test_a_row_that_is_a_sentence_in_cells_is_read_as_one(tmp_path: Path) -> None:
    """Long cells are clauses ("midge bites | raise the risk of it ..."): not list notes."""
    page = _page(tmp_path, ".md", "# Grebble fever\n\n| cause | effect |\n|---|---|\n"
                                  "| midge bites | raise the risk of grebble fever in people "
                                  "who live near ponds |\n| pond water | can carry the germ "
                                  "that causes grebble fever in summer |\n")
    got = _claims(page)
    assert ("midge bites", "increases_risk_of", T) in got
    assert not {x for x in got if "(" in x[0]}


def test_a_table_pairing_two_kinds_stays_rows(tmp_path: Path) -> None:
    """"Complication | Treatment": each row pairs a harm with its remedy; no list of either."""
    page = _page(tmp_path, ".md", "# Grebble fever\n\n## Complications\n\n"
                                  "| Complication | Treatment |\n|---|---|\n"
                                  "| Deafness | hearing aids |\n| Kidney failure | dialysis |\n")
    doc = read_document(page)
    rows = [doc.text[b.start:b.end] for b in doc.blocks]
    assert "Deafness | hearing aids" in rows
    assert not [r for r in rows if "(" in r]



@pytest.mark.parametrize("box", [
    # a fact box of "Field: value" lines with no blank line between them
    "At a glance\nSymptoms: stiff neck, purple rash\nCauses: Quentella vorlaxii\n"
    "Treatment: zorbacillin\nComplications: deafness\n",
    # an infobox pasted with tabs between field and value
    "Other names\tQuentella fever\nSymptoms\tStiff neck, purple rash\n"
    "Complications\tDeafness\nCauses\tQuentella vorlaxii\nTreatment\tZorbacillin\n",
])
def test_a_fact_box_gives_a_claim_per_field(tmp_path: Path, box: str) -> None:
    got = page_relations(tmp_path, box)
    assert {(T, "has_symptom", "stiff neck"), (T, "has_symptom", "purple rash"),
            ("quentella vorlaxii", "causes", T), ("zorbacillin", "used_for", T),
            (T, "has_complication", "deafness")} <= got
    assert not {x for x in got if x[1] == "has_symptom" and "quentella" in x[2]}


def test_a_tests_field_names_tests(tmp_path: Path) -> None:
    got = page_relations(tmp_path, "At a glance\nTests: a blood test and a lumbar puncture\n")
    assert {(T, "diagnosed_by", "blood test"), (T, "diagnosed_by", "lumbar puncture")} <= got


def test_words_broken_at_a_line_end_are_whole_again(tmp_path: Path) -> None:
    """Text from a PDF breaks words with a hyphen at the line's end: "persis-" / "tent"."""
    got = page_relations(tmp_path, "Symptoms\n\nThe main symptoms are a stiff neck and a persis-\n"
                                   "tent headache. Some people also get a high temper-\nature.\n\n"
                                   "Outlook\n\nMost people make a full recovery, but some have "
                                   "long-\nterm hearing loss.\n")
    assert {(T, "has_symptom", "persistent headache"), (T, "has_symptom", "high temperature")} \
        <= got
    assert not {x for x in got if "- " in x[2] or "longterm" in x[2]}


@pytest.mark.parametrize("sentence", [
    "Patients present with neck stiffness, a purpuric rash (Smith et al., 2019) and fever.",
    "Patients present with neck stiffness, a purpuric rash and fever (Jones 2020; Brown 2018).",
])
def test_a_sentence_citing_its_source_is_read(tmp_path: Path, sentence: str) -> None:
    """An author-and-year citation in brackets makes no sentence a reference-list entry."""
    got = page_relations(tmp_path, f"Clinical features\n\n{sentence}\n")
    assert {(T, "has_symptom", "neck stiffness"), (T, "has_symptom", "fever")} <= got


def test_a_reference_list_entry_is_still_no_claim(tmp_path: Path) -> None:
    got = page_relations(tmp_path, "Clinical features\n\nSmith J, Jones K, et al. Fever and rash "
                                   "in grebble fever. J Grebble Med. 2019;12:34-40.\n")
    assert not got


def test_a_wiki_edit_link_is_no_part_of_a_heading(tmp_path: Path) -> None:
    page = _page(tmp_path, ".txt", "Grebble fever\n\nGrebble fever is a rare illness.\n\n"
                                   "Signs and symptoms[edit]\n\nThe main signs are a stiff neck "
                                   "and a purple rash.\n\nCauses [ edit ]\n\n"
                                   "- pond water\n- cat scratches\n")
    doc = read_document(page)
    assert [s.title for s in doc.sections][-2:] == ["Signs and symptoms", "Causes"]


def test_terms_glossed_after_a_dash_are_items(tmp_path: Path) -> None:
    """"Stiff neck – pain when ..." lines under a list-type heading: each names a sign."""
    got = page_relations(tmp_path, "Symptoms\n\nStiff neck – pain when you bend your head forward."
                                   "\nPurple rash – small spots that do not fade when pressed.\n"
                                   "Headache – often severe and lasting for days.\n")
    assert {(T, "has_symptom", "stiff neck"), (T, "has_symptom", "purple rash"),
            (T, "has_symptom", "headache")} <= got


def test_sign_headings_under_symptoms_are_signs(tmp_path: Path) -> None:
    """A page that gives each sign a heading of its own and a line describing it, right
    after "Symptoms": the headings are the signs."""
    got = page_relations(tmp_path, "Symptoms\n\nCommon symptoms include:\n\nPurple rash\nSmall "
                                   "purple spots that do not fade when pressed.\n\nStiff neck\n"
                                   "Finding it hard to bend your head forward.\n")
    assert {(T, "has_symptom", "purple rash"), (T, "has_symptom", "stiff neck")} <= got


def test_a_contracted_it_before_not_is_the_topic(tmp_path: Path) -> None:
    got = page_relations(tmp_path, "Causes\n\nIt's not caused by cold weather.\n")
    assert ("cold weather", "causes", T) in got
    assert not {x for x in got if "it's" in x}


def test_a_dash_after_a_list_name_is_a_colon(tmp_path: Path) -> None:
    """"Symptoms \u2014 a fever and a rash" (a fact box pasted with dashes) lists as "Symptoms:"
    does; "for severe cases" says which cases, no part of the remedy's name."""
    got = page_relations(tmp_path, "Symptoms \u2014 a high fever, a purple rash and a stiff "
                                   "neck.\n\nTreatment \u2013 rest and fluids; zorbacillin "
                                   "for severe cases.")
    assert {(T, "has_symptom", "purple rash"), (T, "has_symptom", "stiff neck"),
            ("zorbacillin", "used_for", T), ("rest", "used_for", T)} <= got


def test_a_title_case_heading_after_a_bare_list_heads_its_text(tmp_path: Path) -> None:
    """A clinical review's "Complications" list of bare lines, then "Patient Education" and
    its text: the last line is the next heading, not a complication."""
    got = page_relations(tmp_path, "Complications\n\nSepsis\nKidney failure\nLimb loss\n\n"
                                   "Deterrence and Patient Education\n\nPatients should keep "
                                   "wounds clean.")
    assert {(T, "has_complication", "sepsis"), (T, "has_complication", "limb loss")} <= got
    assert not {x for x in got if "education" in x[2].lower()}


def test_a_short_first_sentence_that_says_something_is_no_lead_name(tmp_path: Path) -> None:
    """"Most cases follow minor trauma." under Etiology is a claim, not a name glossed by the
    sentences after it."""
    got = page_relations(tmp_path, "Etiology\n\nMost cases follow minor trauma. Risk factors "
                                   "include marsh work.")
    assert ("minor trauma", "increases_risk_of", T) in got
    assert not {x for x in got if "cases" in x[0]}


def test_one_sex_affected_slightly_more_often(tmp_path: Path) -> None:
    got = page_relations(tmp_path, "Epidemiology\n\nMen are affected slightly more often than "
                                   "women.")
    assert ("male sex", "increases_risk_of", T) in got


def test_these_include_after_things_that_raise_the_risk(tmp_path: Path) -> None:
    """"Several things can increase your risk of getting it. These include A and B.": the
    first sentence names no one thing, so each member raises the risk."""
    got = page_relations(tmp_path, "Causes\n\nSeveral things can increase your risk of getting "
                                   "grebble fever. These include marsh work and a weak heart.")
    assert {("marsh work", "increases_risk_of", T), ("weak heart", "increases_risk_of", T)} <= got


def test_follow_up_is_no_follows(tmp_path: Path) -> None:
    got = page_relations(tmp_path, "Treatment\n\nChildren with large heart swellings need close "
                                   "follow-up.")
    assert ("close follow-up", "used_for", T) in got
    assert ("close", "used_for", T) not in got


def test_a_short_html_page_trafilatura_flattens_keeps_its_structure(tmp_path: Path) -> None:
    """A short page with a table of bare numbers came back from trafilatura as one run of
    text (no heading, no list: nothing read); the page's own markup is read instead,
    without its scripts and navigation."""
    page = _page(tmp_path, ".html", "<html><head><title>Grebble fever</title>"
                 "<script>var x = 'a rash';</script></head><body><nav><a href='/'>Home</a>"
                 "</nav><h1>Grebble fever</h1><p>Grebble fever is a rare illness.</p><table>"
                 "<tr><th>Year</th><th>Cases</th></tr><tr><td>2019</td><td>12</td></tr>"
                 "</table><h2>Symptoms</h2><ul><li>a high fever</li><li>a purple rash</li>"
                 "</ul></body></html>")
    doc = read_document(page)
    texts = [doc.text[b.start:b.end] for b in doc.blocks]
    assert "Symptoms" in texts and "a purple rash" in texts
    assert not any("var x" in t or t == "Home" for t in texts)
    assert {(T, "has_symptom", "high fever"), (T, "has_symptom", "purple rash")} <= _claims(page)


def test_what_a_listed_test_may_show_is_no_test(tmp_path: Path) -> None:
    """"Chest X-ray: may show patchy shadowing" in a list of investigations: the X-ray is
    the test, the shadowing what it finds."""
    got = page_relations(tmp_path, "Investigations\n- Blood cultures\n- Chest X-ray: may show "
                                   "patchy shadowing")
    assert (T, "diagnosed_by", "chest x-ray") in {(a, b, c.lower()) for a, b, c in got}
    assert not {x for x in got if "shadowing" in x[2]}
