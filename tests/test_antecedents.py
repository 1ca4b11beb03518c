"""What an opening "it", "this" or "these patients" stands for: the nearest suitable antecedent."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.ingest.antecedents import names_condition_back, points_back, topic_patients

from .grebble_pages import page_claims, page_relations, relations

T = "grebble fever"
REMEDY = ("zarbocillin", "used_for", "grebble fever")


def test_it_after_another_condition_defined_is_not_the_topic(tmp_path: Path) -> None:
    """A remedy for "it" right after "Plonkitis is a ... disease" is plonkitis's."""
    body = "Plonkitis is a rare gut disease. It can be treated with zarbocillin."
    assert REMEDY not in relations(tmp_path, body)


def test_it_after_a_complication_is_not_the_topic(tmp_path: Path) -> None:
    """After "X can lead to plonkitis. Plonkitis sometimes clears ...", "it" is plonkitis."""
    body = ("Grebble fever can lead to plonkitis. Plonkitis sometimes clears after a few "
            "months, although it can last for years. It can be treated with zarbocillin.")
    got = relations(tmp_path, body)
    assert ("grebble fever", "has_complication", "plonkitis") in got
    assert REMEDY not in got


def test_this_after_another_condition_gives_no_sign(tmp_path: Path) -> None:
    """ "Plonkitis is a swelling of ... This can cause belly cramps": plonkitis's cramps."""
    body = ("Plonkitis is a swelling of the lower gut that can follow grebble fever. "
            "This can cause belly cramps.")
    assert ("grebble fever", "has_symptom", "belly cramps") not in relations(tmp_path, body)


def test_people_with_it_after_another_condition(tmp_path: Path) -> None:
    """ "People with it" after a sentence about plonkitis are plonkitis's patients."""
    body = "Plonkitis is a rare gut disease. People with it often have belly cramps."
    assert ("grebble fever", "has_symptom", "belly cramps") not in relations(tmp_path, body)


def test_it_after_the_topic_is_the_topic(tmp_path: Path) -> None:
    """After a sentence about the topic, "It can be treated with X" treats the topic."""
    body = ("Grebble fever is caused by a germ called Quentella vorlaxii. "
            "It can be treated with zarbocillin.")
    assert REMEDY in relations(tmp_path, body)


def test_it_after_a_sign_is_still_the_topic(tmp_path: Path) -> None:
    """ "The main sign ... is a blue rash. It can cause itching": the itch is a sign too."""
    body = "The main sign of grebble fever is a blue rash. It can cause itching of the feet."
    assert ("grebble fever", "has_symptom", "foot itching") in relations(tmp_path, body)


def test_these_patients_are_the_topics(tmp_path: Path) -> None:
    """ "Grebble fever is hard to treat. These patients are given X": the topic's remedy."""
    body = "Grebble fever is hard to treat. These patients are usually given zarbocillin."
    assert REMEDY in relations(tmp_path, body, heading="Treatment")


def test_these_people_are_the_topics(tmp_path: Path) -> None:
    """ "These people often have a high fever" after the topic: a sign of the topic."""
    body = "Grebble fever mostly affects farm workers. These people often have a high fever."
    assert ("grebble fever", "has_symptom", "high fever") in relations(tmp_path, body)


def test_these_patients_after_another_condition(tmp_path: Path) -> None:
    """After "Plonkitis is a rare gut disease", "these patients" are not the topic's."""
    body = "Plonkitis is a rare gut disease. These patients often have belly cramps."
    assert ("grebble fever", "has_symptom", "belly cramps") not in relations(tmp_path, body)


def test_these_patients_after_a_sentence_without_the_topic(tmp_path: Path) -> None:
    """ "Blood flow may be slow. These patients ...": a subgroup, not every patient."""
    body = "Blood flow may be slow. These patients have a higher risk of plonkitis."
    got = relations(tmp_path, body)
    assert ("grebble fever", "has_complication", "plonkitis") not in got


def test_points_back_leaves_empty_it() -> None:
    """ "It is important to ..." points at nothing; "It can ..." points back."""
    assert points_back("It can spread to the arms.")
    assert points_back("People with it often feel tired.")
    assert not points_back("It is important to rest.")
    assert not points_back("Itching is common.")


def test_topic_patients_rewrites_only_the_opening() -> None:
    """Only an opening "These patients" becomes the topic's patients."""
    assert topic_patients("These people feel tired.", "grebble fever") == \
        "People with grebble fever feel tired."
    assert topic_patients("Most of these patients recover.", "grebble fever") == \
        "Most of these patients recover."


def test_this_condition_after_a_complication_named(tmp_path: Path) -> None:
    """ "... a complication called plonkitis. This condition can cause X": plonkitis's."""
    body = ("Sometimes the blue rash can lead to a lasting complication called plonkitis. "
            "This condition can cause numb feet and a sore back.")
    got = relations(tmp_path, body)
    assert ("grebble fever", "has_complication", "numb feet") not in got


def test_this_condition_after_the_topic_is_the_topic(tmp_path: Path) -> None:
    """ "Grebble fever spreads ... This condition can cause X": still the topic's harm."""
    body = "Grebble fever spreads through bites. This condition can cause numb feet."
    assert ("grebble fever", "has_complication", "numb feet") in relations(tmp_path, body)


def test_names_condition_back_wants_a_condition_noun() -> None:
    """ "This condition" and "That complication" point back; "This rash" does not."""
    assert names_condition_back("This condition can last for years.")
    assert names_condition_back("That complication is rare.")
    assert not names_condition_back("This rash can spread.")


def test_it_after_a_remedy_defined_gives_no_sign(tmp_path: Path) -> None:
    """ "Zarbocillin is an antibiotic. It can cause nausea.": the drug's harm, no sign."""
    body = "Zarbocillin is a common medicine. It can cause nausea and a dry mouth."
    got = relations(tmp_path, body, heading="Treatment")
    assert ("grebble fever", "has_symptom", "nausea") not in got


def test_it_after_a_sign_defined_is_the_topic(tmp_path: Path) -> None:
    """ "A blue rash is the first sign. It can cause itching.": a sign of the topic still."""
    body = "A blue rash is the first sign. It can cause itching."
    assert ("grebble fever", "has_symptom", "itching") in relations(tmp_path, body,
                                                                    heading="Symptoms")


def test_it_after_another_condition_takes_the_relation(tmp_path: Path) -> None:
    """The relation "it" gives after plonkitis is defined is plonkitis's, not dropped."""
    body = "Plonkitis is a rare gut disease. It can be treated with zarbocillin."
    assert ("zarbocillin", "used_for", "plonkitis") in relations(tmp_path, body)


def test_it_goes_on_standing_for_the_other_condition(tmp_path: Path) -> None:
    """A second "it" after the first stands for the same condition, until the topic is named
    again."""
    body = ("Plonkitis is a rare complication of grebble fever. It is more common in older "
            "people. It can be treated with zarbocillin. Grebble fever itself is treated with "
            "rest.")
    got = relations(tmp_path, body, "Complications")
    assert ("older age", "increases_risk_of", "plonkitis") in got
    assert ("zarbocillin", "used_for", "plonkitis") in got
    assert ("older age", "increases_risk_of", "grebble fever") not in got
    assert REMEDY not in got
    assert ("rest", "used_for", "grebble fever") in got


def test_it_under_a_complications_own_heading(tmp_path: Path) -> None:
    """A section headed by a complication the page named: its "it" is that complication."""
    text = ("Complications\nComplications of grebble fever include plonkitis and scarring.\n\n"
            "Plonkitis\nIt is more common in older people.\n")
    got = page_relations(tmp_path, text)
    assert ("older age", "increases_risk_of", "plonkitis") in got
    assert ("older age", "increases_risk_of", "grebble fever") not in got


def test_it_after_a_remedy_defined_takes_no_relation(tmp_path: Path) -> None:
    """A remedy defined is no condition: its harms are not given to it as signs."""
    got = relations(tmp_path, "Zarbocillin is an antibiotic. It can cause nausea.", "Treatment")
    assert not any(o == "nausea" for _, _, o in got), got


def test_a_figure_under_a_complications_own_heading(tmp_path: Path) -> None:
    """"About 1 in 5 people get it" under the complication's heading counts that
    complication, not the topic."""
    text = ("Complications\nComplications of grebble fever include plonkitis and scarring.\n\n"
            "Plonkitis\nAbout 1 in 5 people get it.\n")
    cs = page_claims(tmp_path, text)
    got = {(cs.label(c.subject), c.measure.kind) for c in cs.claims if c.measure is not None}
    assert ("plonkitis", "frequency") in got
    assert not any(s == "grebble fever" for s, _ in got), got


@pytest.mark.parametrize(("body", "relation"), [
    ("Symptoms include swollen ankles and tiredness.",
     ("plonkitis", "has_symptom", "swollen ankles")),
    ("Treatments include zarbocillin and rest.", ("zarbocillin", "used_for", "plonkitis")),
    ("Treatment may include zarbocillin.", ("zarbocillin", "used_for", "plonkitis")),
])
def test_a_list_under_a_complications_own_heading(tmp_path: Path, body: str,
                                                  relation: tuple[str, str, str]) -> None:
    """A list with no subject of its own, under a heading naming a complication the page
    gave the topic, lists that complication's signs or care (the topic's before)."""
    text = ("Complications\nGrebble fever can lead to plonkitis.\n\n"
            f"Plonkitis\n{body}\n")
    got = page_relations(tmp_path, text)
    assert relation in got
    assert not any(T in (s, o) for s, _, o in got if "plonkitis" not in (s, o)), got


def test_a_list_naming_the_topic_under_a_complications_heading(tmp_path: Path) -> None:
    """A list that names the topic is the topic's, whatever the heading."""
    text = ("Complications\nGrebble fever can lead to plonkitis.\n\n"
            "Plonkitis\nTreatments for grebble fever include zarbocillin.\n")
    got = page_relations(tmp_path, text)
    assert ("zarbocillin", "used_for", T) in got
    assert ("zarbocillin", "used_for", "plonkitis") not in got


@pytest.mark.parametrize(("body", "relation"), [
    ("Plonkitis affects the knees and hips.", ("plonkitis", "affects", "knees")),
    ("People with plonkitis have severe pain in the joints.",
     ("plonkitis", "affects", "joints")),
    ("In plonkitis, the joints become swollen.", ("plonkitis", "affects", "joints")),
    ("Plonkitis is more common in older people.",
     ("older age", "increases_risk_of", "plonkitis")),
    ("Plonkitis can make it hard to walk.",
     ("plonkitis", "has_complication", "difficulty walking")),
])
def test_a_sentence_about_a_complication_by_name(tmp_path: Path, body: str,
                                                 relation: tuple[str, str, str]) -> None:
    """A sentence whose subject is a complication the page named: what it says with no
    subject of its own (a body part, a group at risk) is the complication's, not the
    topic's (the topic took them before)."""
    text = f"Complications\nGrebble fever can lead to plonkitis. {body}\n"
    got = page_relations(tmp_path, text)
    assert relation in got
    assert (relation[0], relation[1], T) not in got and (T, relation[1], relation[2]) \
        not in got, got


def test_a_complication_named_as_the_topics_stays_the_topics(tmp_path: Path) -> None:
    """"Plonkitis is a common complication" still gives the topic that complication."""
    text = ("Complications\nGrebble fever can lead to plonkitis. Plonkitis is a common "
            "complication.\n")
    assert (T, "has_complication", "plonkitis") in page_relations(tmp_path, text)


@pytest.mark.parametrize(("body", "relation"), [
    ("Zarbocillin can help with plonkitis.", ("zarbocillin", "effective_for", "plonkitis")),
    ("Plonkitis may need surgery.", ("surgery", "used_for", "plonkitis")),
    ("For plonkitis, zarbocillin may be given.", ("zarbocillin", "used_for", "plonkitis")),
])
def test_care_of_a_complication_the_page_named(tmp_path: Path, body: str,
                                               relation: tuple[str, str, str]) -> None:
    """Care said to help with, or be needed or given for, a complication the page named is
    that complication's care (the topic's before)."""
    text = f"Treatment\nGrebble fever can lead to plonkitis. {body}\n"
    got = page_relations(tmp_path, text)
    assert relation in got
    assert (relation[0], relation[1], T) not in got, got
