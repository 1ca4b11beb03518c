"""Names whose shape shows a misreading are never recorded (ingest/claim_shapes.py), and
other precision readings of session 12 (signs a listed harm brings on, pain words).

Sentences are our own words about the made-up "grebble fever"; each case is a class of
false claims seen on the tune and seed pages, restated.
"""

from __future__ import annotations

from pathlib import Path

from claimgraph.ingest.claim_shapes import misread

from .grebble_pages import relations


def test_a_clause_after_a_list_is_no_harm(tmp_path: Path) -> None:
    """"..., despite early treatment" ends the sentence; it names no complication."""
    got = relations(tmp_path, "Grebble fever can trigger lasting signs, such as tiredness and "
                              "aches, despite early treatment with the usual medicines.",
                    heading="Complications")
    assert not any(o.startswith("despite") for _, _, o in got), got


def test_a_count_of_kinds_is_no_germ(tmp_path: Path) -> None:
    """"caused by four main species of bacteria" names none of them."""
    got = relations(tmp_path, "Grebble fever is caused by four main species of bacteria.")
    assert not any(p == "causes" for _, p, _ in got), got
    got = relations(tmp_path, "Grebble fever is caused by the bacterium Quentella vorlaxii.")
    assert any(p == "causes" for _, p, _ in got), got


def test_a_pronouns_thing_or_a_list_pointer_is_no_name() -> None:
    """"its levels" points back; "the following" leads a list."""
    assert misread("kidneys", "effective_for", "its levels")
    assert misread("home remedies the following", "targets", "pain")
    assert not misread("hernia repair", "used_for", "grebble fever")


def test_parts_after_mistaken_for_are_another_illness(tmp_path: Path) -> None:
    """"mistaken for a sign of trouble with the heart or lungs": no part grebble fever reaches."""
    got = relations(tmp_path, "Where the pain sits, it can be mistaken for a sign of problems "
                              "affecting the heart, lungs or liver.", heading="Symptoms")
    assert not {o for _, p, o in got if p == "affects"} & {"heart", "lungs", "liver"}, got
    got = relations(tmp_path, "Grebble fever affects the heart and lungs.")
    assert {o for _, p, o in got if p == "affects"} >= {"heart", "lungs"}, got


def test_a_section_about_a_reaction_gives_the_topic_nothing(tmp_path: Path) -> None:
    """Under "Flenner reaction", "Symptoms may include chills" are the reaction's signs."""
    got = relations(tmp_path, "It is a brief flare that comes from poisons set free as the "
                              "medicine wipes out the germs. Symptoms may include "
                              "chills, aches and a headache.", heading="Flenner reaction")
    assert not any(s == "grebble fever" for s, _, _ in got), got
    assert ("flenner reaction", "has_symptom", "chills") in got, got
    got = relations(tmp_path, "Symptoms may include chills, aches and a headache.",
                    heading="Symptoms")
    assert ("grebble fever", "has_symptom", "chills") in got, got


def test_a_lone_word_for_how_pain_feels_names_that_pain(tmp_path: Path) -> None:
    """"Aches, stabbing, itching or tingling": the stabbing is a stabbing pain."""
    got = relations(tmp_path, "- Aches, stabbing, itching or tingling of the skin",
                    heading="Symptoms")
    signs = {o for _, p, o in got if p == "has_symptom"}
    assert "stabbing pain" in signs and "stabbing" not in signs, signs


def test_what_a_harm_in_a_list_of_signs_brings_on_is_a_sign(tmp_path: Path) -> None:
    """Under "Symptoms", "Lung problems, ..., which can cause dizziness": dizziness is a sign."""
    got = relations(tmp_path, "- Lung problems, such as wheezing, which can cause dizziness or "
                              "collapse.\n- Fever", heading="Symptoms")
    assert ("grebble fever", "has_symptom", "dizziness") in got, got
    assert ("lung problems", "causes", "dizziness") not in got, got


def test_a_group_named_by_its_state_is_that_state() -> None:
    """"those who are diabetic" and "obese people" name the risk the gold calls the state."""
    from claimgraph.ingest.entities import Resolver

    resolver = Resolver()
    for label in ("diabetic", "diabetes", "obese people", "obesity"):
        resolver.add(label)
    resolver.finish()
    assert resolver.resolve("diabetic") == resolver.resolve("diabetes")
    assert resolver.resolve("obese people") == resolver.resolve("obesity")


def test_remedies_under_treating_complications_are_not_the_topics(tmp_path: Path) -> None:
    """Under "Treating complications", "- blood-thinning medicines" treat the harms."""
    body = ("A few children need more care.\n\nPossible treatments include:\n\n"
            "- blood-thinning medicines and anticlotting medicines\n- heart bypass surgery")
    got = relations(tmp_path, body, heading="Treating complications")
    assert not any(p == "used_for" and o == "grebble fever" for _, p, o in got), got
    got = relations(tmp_path, body, heading="Treatment")
    assert ("heart bypass surgery", "used_for", "grebble fever") in got, got


def test_digits_under_the_skin_a_sign_is_on_are_no_sites(tmp_path: Path) -> None:
    """"- flaking skin on the fingers and toes": the skin is the site, the digits say where."""
    got = relations(tmp_path, "- flaking skin on the fingers and toes\n- fever",
                    heading="Symptoms")
    sites = {o for _, p, o in got if p == "affects"}
    assert "skin" in sites and not sites & {"fingers", "toes"}, sites
    got = relations(tmp_path, "Grebble fever often affects the fingers and toes.")
    assert {o for _, p, o in got if p == "affects"} >= {"fingers", "toes"}, got


def test_a_part_inside_a_longer_name_is_no_site(tmp_path: Path) -> None:
    """"soothing eye drops" is a remedy; "the heart muscle" names no bare muscle."""
    got = relations(tmp_path, "The doctor may suggest soothing eye drops. Rarely part of the "
                              "heart muscle is harmed.", heading="Complications")
    sites = {o for _, p, o in got if p == "affects"}
    assert not sites & {"eye", "muscle"}, sites
    got = relations(tmp_path, "Grebble fever affects the eye and the muscles.")
    assert {o for _, p, o in got if p == "affects"} >= {"eye", "muscles"}, got


def test_who_should_call_a_doctor_is_no_cause() -> None:
    """A heading that says when to ask for care leads no causes ("- are pregnant" below it)."""
    from claimgraph.ingest.claim_shapes import care_seeking_heading

    assert care_seeking_heading("Getting advice from a GP or pharmacist")
    assert care_seeking_heading("When to seek medical help")
    assert not care_seeking_heading("Causes and risk factors")


def test_spread_to_others_is_no_illness_prevented(tmp_path: Path) -> None:
    """"lowers the risk of passing grebble fever to others": spread, not the illness."""
    got = relations(tmp_path, "Covering the sores lowers the risk of passing grebble fever "
                              "to others.")
    assert not any(o.startswith("passing") for _, _, o in got), got


def test_what_a_germ_in_a_clause_causes_is_not_the_topics(tmp_path: Path) -> None:
    """"... the same germ that causes marsh cough" gives grebble fever no marsh cough."""
    got = relations(tmp_path, "This illness is a second eruption of the Quentella virus — the "
                              "same virus that causes marsh cough.", heading="Are you contagious?")
    assert not any(o == "marsh cough" and s == "grebble fever" for s, _, o in got), got


def test_what_a_group_never_had_is_no_risk_factor(tmp_path: Path) -> None:
    """"someone who never got the marsh vaccine is likely to get it": no risk from a vaccine."""
    got = relations(tmp_path, "It rarely spreads between people, but a person who has never "
                              "had marsh cough and never received the marsh vaccine is likely "
                              "to get marsh cough if contact occurs with someone who has "
                              "grebble fever.")
    assert not any(s == "marsh vaccine" for s, _, _ in got), got


def test_where_a_biter_holds_on_is_no_site(tmp_path: Path) -> None:
    """"the longer a marsh fly is attached to the skin": the skin is where the fly holds on."""
    got = relations(tmp_path, "Infection is more likely the longer a marsh fly is attached to "
                              "the skin.", heading="Symptoms")
    assert ("grebble fever", "affects", "skin") not in got, got
