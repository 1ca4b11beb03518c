"""Care read in session 15: a named therapy, a remedy's bare verb, therapy said two ways."""

from __future__ import annotations

from pathlib import Path

from claimgraph.ingest.extract import extract_corpus

from .grebble_pages import page_claims, relations


def test_a_named_therapy_is_the_treatment_not_the_words_after_it(tmp_path: Path) -> None:
    """'Zorbic therapy is the main treatment': the therapy is used, not 'main treatment'."""
    got = relations(tmp_path, "Zorbic therapy is the main treatment. It takes weeks.",
                    heading="Treatment")
    assert ("zorbic therapy", "used_for", "grebble fever") in got
    assert not any(s == "main treatment" for s, _, _ in got)


def test_a_bare_treatment_is_still_read_as_care(tmp_path: Path) -> None:
    """'For most people the treatment is rest': the sentence's care, whatever comes first."""
    got = relations(tmp_path, "For most people the treatment is rest. It takes weeks.",
                    heading="Treatment")
    assert ("rest", "used_for", "grebble fever") in got


def test_a_remedy_kind_with_a_bare_verb_targets_what_it_eases(tmp_path: Path) -> None:
    """'Steroids reduce swelling in the joints' under care: what the steroids work on."""
    got = relations(tmp_path, "Steroids reduce swelling in the joints. Most people take them "
                    "for a year.", heading="Treatment")
    assert any(s == "steroids" and p == "targets" and "swelling" in o for s, p, o in got)


def test_therapy_and_treatment_of_one_kind_are_one_entity(tmp_path: Path) -> None:
    """One page's 'zorbic therapy' and another's 'zorbic treatment' are one remedy."""
    pages = []
    for name, words in (("a", "Zorbic therapy is often given."),
                        ("b", "Zorbic treatment is often given.")):
        page = tmp_path / f"{name}.txt"
        page.write_text(f"Grebble fever\n\nGrebble fever is a rare illness.\n\nTreatment\n"
                        f"{words} It takes weeks.\n", encoding="utf-8")
        pages.append(page)
    cs, _, _ = extract_corpus(pages, progress=False)
    remedies = {c.subject for c in cs.claims if c.predicate == "used_for"}
    assert len(remedies) == 1, sorted(cs.label(r) for r in remedies)


def test_a_condition_of_diagnosis_makes_no_test_of_a_remedy(tmp_path: Path) -> None:
    """'... responds to zorbulin if it's diagnosed promptly': zorbulin treats, it tests nothing."""
    got = relations(tmp_path, "Grebble fever usually responds well to treatment with zorbulin "
                    "if it's diagnosed and treated promptly.")
    assert ("zorbulin", "used_for", "grebble fever") in got
    assert not any(p == "diagnosed_by" for _, p, _ in got)


def test_a_modal_left_by_the_next_verb_is_no_part_of_a_name(tmp_path: Path) -> None:
    """'Early treatment with zorbulin can stop ...': the remedy is zorbulin, not 'zorbulin can'."""
    got = relations(tmp_path, "Early treatment with zorbulin can stop the fever becoming "
                    "more serious.")
    assert ("zorbulin", "used_for", "grebble fever") in got


def test_the_majority_of_cases_are_the_topics(tmp_path: Path) -> None:
    """'The majority of cases are caused by G': G causes the topic, not 'majority of cases'."""
    got = relations(tmp_path, "The majority of cases are caused by zorbic bacteria.")
    assert ("zorbic bacteria", "causes", "grebble fever") in got


def test_what_a_listed_remedy_is_for_is_no_part_of_its_name(tmp_path: Path) -> None:
    """'- taking zorbulin or plimsol for the pain': two remedies, no 'plimsol for the pain'."""
    got = relations(tmp_path, "You can help speed up your recovery by:\n"
                    "- taking zorbulin or plimsol for the pain\n- resting", heading="Treatment")
    assert {("zorbulin", "used_for", "grebble fever"),
            ("plimsol", "used_for", "grebble fever")} <= got


def test_a_list_inside_an_acts_place_names_no_remedy(tmp_path: Path) -> None:
    """'- raising the arm on a pillow or chair': one act; the chair is where, no remedy."""
    got = relations(tmp_path, "You can help speed up your recovery by:\n"
                    "- raising the sore arm on a pillow or chair to reduce swelling\n- resting",
                    heading="Treatment")
    assert not any("chair" in s for s, _, _ in got)
    assert any(s.startswith("raising") and p == "used_for" for s, p, _ in got)


def test_how_care_is_chosen_names_no_care(tmp_path: Path) -> None:
    """'Treatment is determined by how severe it is': no remedy called 'determined by ...'."""
    got = relations(tmp_path, "Treatment is determined by the extent and severity of symptoms. "
                    "It takes time.", heading="Treatment")
    assert not any(p == "used_for" for _, p, _ in got)


def test_slow_down_is_one_verb(tmp_path: Path) -> None:
    """'help slow down the production of skin cells': what is slowed, without 'down'."""
    got = relations(tmp_path, "Light sessions can help slow down the production of skin cells. "
                    "It takes time.", heading="Treatment")
    assert ("light sessions", "targets", "production of skin cells") in got


def test_a_graded_topic_is_still_the_topic(tmp_path: Path) -> None:
    """'help treat moderate to severe grebble fever': the topic, graded; 'cannot use' no name."""
    got = relations(tmp_path, "Systemic medicines can help treat moderate to severe grebble "
                    "fever in people who have not responded to, or cannot use, other "
                    "treatments. It takes time.", heading="Treatment")
    assert ("systemic medicines", "effective_for", "grebble fever") in got
    assert not any(s.startswith("cannot") for s, _, _ in got)


def test_a_class_before_the_first_named_medicine_goes(tmp_path: Path) -> None:
    """'include the prescription medications zorbulin, plimsol and others': zorbulin."""
    got = relations(tmp_path, "Systemic treatments include the prescription medications "
                    "zorbulin, plimsol and others. It takes time.", heading="Treatment")
    assert {("zorbulin", "used_for", "grebble fever"),
            ("plimsol", "used_for", "grebble fever")} <= got


def test_no_benefit_found_denies_that_it_works(tmp_path: Path) -> None:
    """'Studies have not found any benefit from zorbulin': zorbulin does not work, stated."""
    cs = page_claims(tmp_path, "Treatment\nStudies have not found any benefit from zorbulin. "
                     "It is rare.")
    (claim,) = [c for c in cs.claims if c.predicate == "effective_for"]
    assert cs.label(claim.subject) == "zorbulin" and claim.negated


def test_unlikely_to_help_is_a_hedged_verdict(tmp_path: Path) -> None:
    """'Home remedies are unlikely to help': a verdict on the remedies, hedged."""
    got = relations(tmp_path, "Home remedies are unlikely to help. It is rare.",
                    heading="Treatment")
    assert ("home remedies", "effective_for", "grebble fever") in got
