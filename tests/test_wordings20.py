"""Wordings read more widely (session 20): remedies doctors "use", a remedy ranked second or
as an alternative, a sign that "follows", and the germ "responsible".  Every sentence is our
own, about the made-up grebble fever."""

from __future__ import annotations

from pathlib import Path

import pytest

from .grebble_pages import relations

T = "grebble fever"


@pytest.mark.parametrize(("heading", "sentence"), [
    ("How is it treated?", "Doctors use zorbacillin."),
    ("How is it treated?", "Doctors often use zorbacillin."),
    ("Treatment", "Specialists usually use zorbacillin."),
    ("Treatment", "Surgeons may also use zorbacillin."),
])
def test_a_remedy_doctors_use(tmp_path: Path, heading: str, sentence: str) -> None:
    got = relations(tmp_path, sentence, heading)
    assert ("zorbacillin", "used_for", T) in got
    assert not {x for x in got if "doctor" in x[0] or "use" in x[0]}


def test_a_test_doctors_use_is_no_remedy(tmp_path: Path) -> None:
    got = relations(tmp_path, "Doctors use a blood test to confirm it.", "Diagnosis")
    assert not {x for x in got if x[1] == "used_for"}


@pytest.mark.parametrize("sentence", [
    "Second-line therapy is quorbamide.",
    "First-line therapy is zorbacillin; second-line therapy is quorbamide.",
    "An alternative treatment is quorbamide.",
])
def test_a_remedy_ranked_after_the_first(tmp_path: Path, sentence: str) -> None:
    got = relations(tmp_path, sentence, "Management")
    assert ("quorbamide", "used_for", T) in got
    assert not {x for x in got if "line" in x[0]}


@pytest.mark.parametrize("sentence", ["A purple rash follows.", "A purple rash may follow.",
                                      "A purple rash then follows."])
def test_a_sign_that_follows(tmp_path: Path, sentence: str) -> None:
    assert (T, "has_symptom", "purple rash") in relations(tmp_path, sentence, "Symptoms")


@pytest.mark.parametrize("sentence", ["The germ responsible is Quentella vorlaxii.",
                                      "The bacterium responsible is usually Quentella vorlaxii.",
                                      "The organism most often responsible is Quentella vorlaxii."])
def test_the_germ_responsible(tmp_path: Path, sentence: str) -> None:
    assert ("quentella vorlaxii", "causes", T) in relations(tmp_path, sentence, "Causes")


@pytest.mark.parametrize(("sentence", "factor"), [
    ("It most often affects people between the ages of 20 and 40.", "age 20 to 40"),
    ("Grebble fever occurs more often in black people.", "black people"),
    ("The risk is higher among people who have had their spleen removed.", "spleen removal"),
    ("People whose spleen has been removed are at higher risk.", "spleen removal"),
])
def test_groups_of_people_name_their_factor(tmp_path: Path, sentence: str, factor: str) -> None:
    got = relations(tmp_path, sentence, "Who gets it")
    assert (factor, "increases_risk_of", T) in got
    assert not {x for x in got if x[0] in ("black", "people", "between the ages of 20")}


def test_a_noun_use_opens_no_clause(tmp_path: Path) -> None:
    """"Heavy alcohol use and smoking raise the risk": both, "use" is no verb here."""
    got = relations(tmp_path, "Heavy alcohol use and smoking raise the risk.", "Risk factors")
    assert {("heavy alcohol use", "increases_risk_of", T),
            ("smoking", "increases_risk_of", T)} <= got


def test_factors_linked_with_nothing_named_are_linked_with_it(tmp_path: Path) -> None:
    got = relations(tmp_path, "Heavy alcohol use and smoking are also linked.", "Risk factors")
    assert {("heavy alcohol use", "associated_with", T),
            ("smoking", "associated_with", T)} <= got


@pytest.mark.parametrize("sentence", [
    "Some jobs may increase the risk, such as farming and firefighting.",
    "Certain activities raise the risk, for example farming and firefighting.",
])
def test_examples_after_the_risk_are_the_subjects(tmp_path: Path, sentence: str) -> None:
    got = relations(tmp_path, sentence, "Risk factors")
    assert {("farming", "increases_risk_of", T), ("firefighting", "increases_risk_of", T)} <= got
    assert not {x for x in got if x[0] in ("jobs", "activities")}


def test_nouns_ending_like_adjectives_are_list_members(tmp_path: Path) -> None:
    """"-al" nouns ("withdrawal", "removal") were taken for adjectives and left out."""
    got = relations(tmp_path, "Risk factors include smoking, steroid withdrawal and spleen "
                              "removal.", "Risk factors")
    assert {("steroid withdrawal", "increases_risk_of", T),
            ("spleen removal", "increases_risk_of", T)} <= got


@pytest.mark.parametrize(("heading", "sentence", "names"), [
    ("Treatment", "Doctors may prescribe an antibiotic or an antiviral.",
     {("antibiotic", "used_for", T), ("antiviral", "used_for", T)}),
    ("Symptoms", "Symptoms include a headache, feeling tired and a rash.",
     {(T, "has_symptom", "feeling tired")}),
])
def test_names_the_lexicon_knows_are_no_mere_adjectives(tmp_path: Path, heading: str,
                                                        sentence: str,
                                                        names: set[tuple[str, str, str]]) -> None:
    """"antiviral", "feeling tired" end like adjectives but are names of things."""
    assert names <= relations(tmp_path, sentence, heading)


def test_adjectives_alone_in_a_list_still_describe_the_last_member(tmp_path: Path) -> None:
    got = relations(tmp_path, "It causes painful, swollen and red lumps.", "Symptoms")
    assert (T, "has_symptom", "painful lumps") in got
    assert not {x for x in got if x[2] in ("painful", "swollen", "red")}


def test_pins_and_needles_is_one_sign(tmp_path: Path) -> None:
    got = relations(tmp_path, "Symptoms include fever, pins and needles and a rash.", "Symptoms")
    assert not {x for x in got if x[2] in ("pins", "needles")}
    assert {(T, "has_symptom", "fever"), (T, "has_symptom", "rash")} <= got
    assert len({x for x in got if x[1] == "has_symptom"}) == 3


def test_bullets_inside_one_line_separate_members(tmp_path: Path) -> None:
    got = relations(tmp_path, "Symptoms: • fever • purple rash • stiff neck", "Symptoms")
    assert {(T, "has_symptom", "fever"), (T, "has_symptom", "purple rash"),
            (T, "has_symptom", "stiff neck")} <= got


@pytest.mark.parametrize("item", ["- antibiotics (e.g. zorbacillin)",
                                  "- antibiotics (such as zorbacillin)"])
def test_examples_in_an_items_brackets_are_members(tmp_path: Path, item: str) -> None:
    got = relations(tmp_path, item, "Treatment")
    assert {("antibiotics", "used_for", T), ("zorbacillin", "used_for", T)} <= got


@pytest.mark.parametrize("item", ["- a rash (on the legs)", "- a rash (for example on the legs)",
                                  "- a rash (mainly on the legs)"])
def test_a_place_in_brackets_is_no_name_of_the_sign(tmp_path: Path, item: str) -> None:
    """A bracket after a sign may name it ("(dysphagia)"); one that says where does not."""
    got = relations(tmp_path, item, "Symptoms")
    assert (T, "has_symptom", "rash") in got


def test_a_noun_first_member_keeps_its_name(tmp_path: Path) -> None:
    """"rash" can be an adjective, but a list's "rash, swollen ankles" names a rash."""
    got = relations(tmp_path, "Symptoms include rash, swollen ankles and fever.", "Symptoms")
    assert (T, "has_symptom", "rash") in got
    assert not {x for x in got if x[2].startswith("rash ")}


def test_tissue_destroyed_after_a_possessive(tmp_path: Path) -> None:
    """"destroys the body's soft tissue": the possessive is one of the words before "tissue"."""
    got = relations(tmp_path, "Grebble fever is a rare bacterial infection that spreads quickly "
                              "and destroys the body's soft tissue.", "About")
    assert (T, "involves", "tissue death") in got
