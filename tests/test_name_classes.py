"""Entity naming classes: what a claim's subject or object is called, on pages of our own."""

from __future__ import annotations

from pathlib import Path

from .grebble_pages import relations


def test_a_site_keeps_the_tissue_word_after_it(tmp_path: Path) -> None:
    """'nerve roots' and 'nerve tissue' are the sites named, not a bare nerve."""
    got = {o for _, p, o in relations(tmp_path, "The grebble germ hides in nerve roots near the "
                                      "spine.\nIt also settles in nerve tissue.", "Symptoms")
           if p == "affects"}
    assert got == {"nerve roots", "nerve tissue"}


def test_a_word_for_people_names_their_state(tmp_path: Path) -> None:
    """'obese people', 'those who are diabetic' and 'smokers' give obesity, diabetes, smoking."""
    body = ("Obese people are more likely to get grebble fever.\n"
            "It is more common in those who are diabetic.\n"
            "Heavy smokers have a higher risk of grebble fever.\n"
            "Tall people are more likely to get grebble fever.")
    got = {s for s, p, _ in relations(tmp_path, body, "Risk factors") if p == "increases_risk_of"}
    assert got == {"obesity", "diabetes", "heavy smoking", "tall people"}


def test_a_sign_at_a_part_keeps_its_modifier_in_front() -> None:
    """'total numbness on one side of the hand' also answers to 'total hand numbness'."""
    from claimgraph.ingest.entities import part_first_names

    assert part_first_names(["total numbness on one side of the hand"], {}) == {
        "total hand numbness"}
    assert part_first_names(["hand numbness"], {}) == set()


def test_a_regimen_of_a_remedy_is_the_remedy(tmp_path: Path) -> None:
    """'specific antibiotic regimens' treat grebble fever as antibiotics, named so."""
    got = {s for s, p, _ in relations(tmp_path, "Grebble fever is treated with specific "
                                      "antibiotic regimens.", "Treatment")
           if p in ("used_for", "effective_for")}
    assert got == {"specific antibiotics"}


def test_everyday_words_share_a_form() -> None:
    """'outside', 'complaints', 'susceptibility' are read as outdoor, symptoms, predisposition."""
    from claimgraph.ingest.lexicon import name_form

    assert name_form("outside grebble work") == name_form("outdoor grebble work")
    assert name_form("stomach complaint") == name_form("stomach symptom")
    assert name_form("inherited susceptibility") == name_form("inherited predisposition")


def test_a_sign_at_several_sites_is_one_sign_each_before_a_full_stop(tmp_path: Path) -> None:
    """'Redness of the elbows, knees and wrists.' names elbow, knee and wrist redness."""
    for body in ("Signs include redness of the elbows, knees and wrists.",
                 "- Redness of the elbows, knees and wrists."):
        got = {o for _, p, o in relations(tmp_path, body, "Symptoms") if p == "has_symptom"}
        assert got == {"elbow redness", "knee redness", "wrist redness"}, body


def test_a_repeated_preposition_keeps_the_member_after_it(tmp_path: Path) -> None:
    """'by exposure to dust or fumes, or by an infection': each named, fumes as exposure."""
    got = {s for s, p, _ in relations(tmp_path, "It may be triggered by exposure to dust or "
                                      "fumes, or by an infection.", "Causes")
           if p == "increases_risk_of"}
    assert got == {"infection", "exposure to dust", "exposure to fumes"}


def test_a_bracketed_one_word_name_is_a_synonym(tmp_path: Path) -> None:
    """'a spotted purple rash (zorbitis)' also answers to zorbitis; '(inactive)' names
    nothing."""
    from claimgraph.ingest.extract import extract_corpus

    page = tmp_path / "page.txt"
    page.write_text("Grebble fever\n\nGrebble fever is a rare illness.\n\nSymptoms\n"
                    "Signs include a spotted purple rash (zorbitis).\n"
                    "The germ can stay dormant (inactive) under a spotted purple rash.\n",
                    encoding="utf-8")
    cs, _, _ = extract_corpus([page], progress=False)
    rash = next(e for e in cs.entities if e.label == "spotted purple rash")
    assert rash.synonyms == ("zorbitis",)


def test_how_well_an_organ_works_is_its_function(tmp_path: Path) -> None:
    """'Tests to check how well your kidneys work' name a kidney function test, nothing else."""
    got = {(p, o) for _, p, o in relations(tmp_path, "Tests to check how well your kidneys "
                                           "work may be done.", "Diagnosis")}
    assert got == {("diagnosed_by", "kidney function test")}


def test_who_does_an_act_is_no_part_of_its_name() -> None:
    """'an eye exam by an eye specialist' is an eye exam; 'spread by mosquitoes' keeps its words."""
    from claimgraph.ingest.phrases import clean_phrase

    assert clean_phrase("a grebble scan by a skin specialist") == "grebble scan"
    assert clean_phrase("a grebble check by your GP") == "grebble check"
    assert clean_phrase("spread by mosquitoes") == "spread by mosquitoes"


def test_a_lexicon_name_keeps_its_first_word(tmp_path: Path) -> None:
    """'being sick' is vomiting, not 'sick' (feeling sick): the whole name is read, and the
    plain sign name for it is vomiting."""
    got = {o for _, p, o in relations(tmp_path, "Signs include being sick and a rash.",
                                      "Symptoms") if p == "has_symptom"}
    assert got == {"vomiting", "rash"}


def test_problems_with_an_organ_are_organ_problems(tmp_path: Path) -> None:
    """'problems with your kidneys' are kidney problems, not the kidneys themselves."""
    got = {o for _, p, o in relations(tmp_path, "Grebble fever can cause problems with your "
                                      "kidneys and trouble with the heart's rhythm.",
                                      "Complications") if p == "has_complication"}
    assert got == {"kidney problems", "heart rhythm problems"}


def test_all_over_the_body_is_no_part_of_a_sign_name() -> None:
    """'grebble aches all over the body' are grebble aches."""
    from claimgraph.ingest.phrases import clean_phrase

    assert clean_phrase("grebble aches all over the body") == "grebble aches"
    assert clean_phrase("a grebble rash throughout your whole body") == "grebble rash"
