"""Sentence wordings read in session 23, from own-words batteries of how pages of any topic
say who is at risk, what care is and how a part is harmed.  Every sentence is our own,
about the made-up grebble fever."""

from __future__ import annotations

from pathlib import Path

import pytest

from .grebble_pages import relations

T = "grebble fever"


@pytest.mark.parametrize(("sentence", "factor"), [
    ("Those with heart disease are especially at risk.", "heart disease"),
    ("People with diabetes are at much higher risk.", "diabetes"),
    ("Children are at higher risk than adults.", "young age"),  # as "older adults": older age
    ("Your chances of getting grebble fever go up if you have diabetes.", "diabetes"),
])
def test_who_is_at_risk(tmp_path: Path, sentence: str, factor: str) -> None:
    got = relations(tmp_path, sentence)
    assert (factor, "increases_risk_of", T) in got
    assert not [x for x in got if x[1] == "has_complication"]  # "than adults" is no harm


@pytest.mark.parametrize(("sentence", "harm"), [
    ("The cornea of affected people is particularly at risk of drying.", "cornea drying"),
    ("The skin of patients is at risk of tearing.", "skin tearing"),
])
def test_a_part_of_patients_at_risk_names_a_harm_of_the_illness(tmp_path: Path, sentence: str,
                                                                  harm: str) -> None:
    got = relations(tmp_path, sentence)
    assert (T, "has_complication", harm) in got
    assert not [x for x in got if x[1] == "increases_risk_of"]


def test_a_blood_supply_cut_off_is_no_act_of_care(tmp_path: Path) -> None:
    got = relations(tmp_path, "The blood supply to the skin is cut off, so the tissue dies.")
    assert not [x for x in got if x[1] in ("used_for", "treated_by")]
    assert (T, "involves", "reduced blood flow") in got


def test_dead_tissue_cut_away_is_still_its_removal(tmp_path: Path) -> None:
    got = relations(tmp_path, "The dead tissue is cut away.", heading="Treatment")
    assert ("dead tissue removal", "used_for", T) in got


def test_a_limb_some_need_amputated(tmp_path: Path) -> None:
    got = relations(tmp_path, "Some people need a limb amputated.")
    assert ("amputation", "used_for", T) in got


def test_a_sign_called_a_key_feature_is_no_sign_named_feature(tmp_path: Path) -> None:
    got = relations(tmp_path, "Pain out of proportion to the visible signs is a key feature.",
                    heading="Symptoms")
    assert not [o for s, pred, o in got if "feature" in o]
    assert (T, "has_symptom", "pain out of proportion to the visible signs") in got


def test_a_test_that_confirms_by_showing_something_is_the_test(tmp_path: Path) -> None:
    got = relations(tmp_path, "Biopsy confirms the diagnosis by showing inflamed cells.")
    assert (T, "diagnosed_by", "biopsy") in got
    assert not [o for s, pred, o in got if o.startswith("showing")]


def test_factors_named_after_but_share_their_head(tmp_path: Path) -> None:
    got = relations(tmp_path, "The exact cause is not known, but genetic and environmental "
                              "factors are implicated.", heading="Causes")
    assert {("genetic factors", "associated_with", T),
            ("environmental factors", "associated_with", T)} <= got


def test_a_means_of_diagnosis_backed_by_another_gives_both(tmp_path: Path) -> None:
    got = relations(tmp_path, "Diagnosis is based on clinical findings supported by imaging.",
                    heading="Diagnosis")
    assert {(T, "diagnosed_by", "clinical findings"), (T, "diagnosed_by", "imaging")} <= got


def test_differentials_are_what_it_resembles(tmp_path: Path) -> None:
    got = relations(tmp_path, "Differentials include marsh itch and quentella.",
                    heading="Diagnosis")
    assert {(T, "resembles", "marsh itch"), (T, "resembles", "quentella")} <= got


@pytest.mark.parametrize("item", ["excess weight", "excessive alcohol use"])
def test_too_much_of_an_act_or_state_keeps_its_measure(tmp_path: Path, item: str) -> None:
    got = relations(tmp_path, f"Risk factors include {item}.", heading="Risk factors")
    assert (item, "increases_risk_of", T) in got
    assert not {("weight", "increases_risk_of", T), ("alcohol use", "increases_risk_of", T)} & got


def test_too_much_of_a_substance_is_still_its_level() -> None:
    from claimgraph.ingest.phrases import level_of
    assert level_of("too much calcium") == ("excess", "calcium")
    assert level_of("excess fluid") == ("excess", "fluid")


def test_a_sign_named_by_what_it_looks_like_is_the_sign_another_page_names(
        tmp_path: Path) -> None:
    """"sunburn-like rash" on one page, "rash" on another, no other rash named: one thing."""
    from claimgraph.ingest.extract import extract_corpus
    pages = []
    for name, sign in (("a", "a sunburn-like rash"), ("b", "a rash")):
        page = tmp_path / f"{name}.txt"
        page.write_text(f"Grebble fever\n\nGrebble fever is a rare illness.\n\nSymptoms\n\n"
                        f"Symptoms include {sign}.\n", encoding="utf-8")
        pages.append(page)
    cs, _, _ = extract_corpus(pages, progress=False)
    signs = {cs.label(c.object) for c in cs.claims if c.predicate == "has_symptom"}
    assert len(signs) == 1, signs


@pytest.mark.parametrize("heading", ["Who is most at risk?", "Risk factors"])
def test_groups_at_risk_listed_in_a_line(tmp_path: Path, heading: str) -> None:
    """A line naming the groups at risk (no verb) gives what sets each group apart."""
    got = relations(tmp_path, "Older adults, people with diabetes and anyone with a weak "
                              "immune system.", heading=heading)
    assert {("older age", "increases_risk_of", T), ("diabetes", "increases_risk_of", T),
            ("weak immune system", "increases_risk_of", T)} <= got


def test_an_answer_naming_people_over_an_age(tmp_path: Path) -> None:
    got = relations(tmp_path, "People over 65 and those with diabetes.",
                    heading="Who is most at risk?")
    assert {("older age", "increases_risk_of", T), ("diabetes", "increases_risk_of", T)} <= got


def test_spread_easily_through(tmp_path: Path) -> None:
    got = relations(tmp_path, "It spreads easily through coughs and sneezes.")
    assert {("coughs", "increases_risk_of", T), ("sneezes", "increases_risk_of", T)} <= got


def test_cured_with_a_remedy(tmp_path: Path) -> None:
    got = relations(tmp_path, "Most people are cured with zorbacillin.")
    assert ("zorbacillin", "used_for", T) in got


def test_an_aside_about_the_topic_is_read_as_well(tmp_path: Path) -> None:
    """"The condition, which is often mistaken for flu, can lead to X": both clauses are the
    topic's (the aside was dropped, and X was taken for the look-alike's)."""
    got = relations(tmp_path, "The condition, which is often mistaken for flu, can lead to "
                              "kidney failure.")
    assert {(T, "resembles", "flu"), (T, "has_complication", "kidney failure")} <= got


def test_an_aside_holding_a_number_with_a_thousands_comma(tmp_path: Path) -> None:
    got = relations(tmp_path, "Grebble fever, which affects about 2,000 people a year, "
                              "usually starts with a fever.")
    assert (T, "has_symptom", "fever") in got


def test_a_sign_after_a_look_alike_in_the_same_clause_stays_the_look_alikes(
        tmp_path: Path) -> None:
    got = relations(tmp_path, "The pain can be mistaken for a heart attack.")
    assert not [x for x in got if x[1] in ("has_symptom", "has_complication")
                and x[2] == "heart attack"]


@pytest.mark.parametrize(("sentence", "factor"), [
    ("People who smoked were twice as likely to develop grebble fever.", "smoking"),
    ("The illness is becoming more common among older people.", "older age"),
])
def test_risk_said_in_the_past_or_as_a_trend(tmp_path: Path, sentence: str,
                                             factor: str) -> None:
    assert (factor, "increases_risk_of", T) in relations(tmp_path, sentence)


def test_a_sign_after_once_is_the_sign(tmp_path: Path) -> None:
    got = relations(tmp_path, "Once the rash appears, the infection can spread quickly, "
                              "causing severe pain and swelling.")
    assert (T, "has_symptom", "rash") in got
    assert not [o for s, pred, o in got if o.startswith("once")]


def test_signs_listed_after_when_they_appear(tmp_path: Path) -> None:
    got = relations(tmp_path, "Symptoms usually appear within 2 days and include a fever, "
                              "chills and a rash.")
    assert {(T, "has_symptom", x) for x in ("fever", "chills", "rash")} <= got


@pytest.mark.parametrize("sentence", [
    "It can affect almost any part of the body, most commonly the lungs and skin.",
    "It can affect many parts of the body, including the lungs and skin.",
])
def test_parts_named_after_any_part_of_the_body(tmp_path: Path, sentence: str) -> None:
    got = relations(tmp_path, sentence)
    assert {(T, "affects", "lungs"), (T, "affects", "skin")} <= got


def test_a_clause_after_and_with_its_own_subject_is_out_of_a_denials_reach(
        tmp_path: Path) -> None:
    """"no symptoms" denies nothing in "... and the condition is found on an X-ray"."""
    from claimgraph.ingest.extract import extract_corpus
    page = tmp_path / "page.txt"
    page.write_text("Grebble fever\n\nGrebble fever is a rare illness.\n\nAbout\n\nMany people "
                    "have no symptoms and the condition is found by chance on an X-ray.\n",
                    encoding="utf-8")
    cs, _, _ = extract_corpus([page], progress=False)
    found = [c for c in cs.claims if c.predicate == "diagnosed_by"]
    assert [(cs.label(c.object), c.negated) for c in found] == [("x-ray", False)]


def test_samples_of_each_thing_tested(tmp_path: Path) -> None:
    got = relations(tmp_path, "A sample of blood or fluid from the wound may be tested for germs.")
    assert {(T, "diagnosed_by", "blood test"), (T, "diagnosed_by", "fluid test")} <= got


def test_a_piece_of_tissue_taken_to_look_at_is_a_biopsy(tmp_path: Path) -> None:
    got = relations(tmp_path, "Doctors may take a small piece of skin to look at under a "
                              "microscope.")
    assert (T, "diagnosed_by", "skin biopsy") in got


@pytest.mark.parametrize(("sentence", "act"), [
    ("There is no vaccine, so the best protection is to avoid midge bites.",
     "midge bite avoidance"),
    ("Wearing gloves when gardening can protect you.", "wearing gloves"),
])
def test_what_protects_prevents(tmp_path: Path, sentence: str, act: str) -> None:
    assert (act, "prevents", T) in relations(tmp_path, sentence)


def test_the_risk_of_it_coming_back_is_its_recurrence(tmp_path: Path) -> None:
    got = relations(tmp_path, "Stopping smoking lowers the risk of it coming back.")
    assert ("smoking cessation", "prevents", f"{T} recurrence") in got
