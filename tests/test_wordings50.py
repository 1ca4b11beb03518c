"""Readings mended in session 50: sentences a page cut short or left trailing off, and names
with a bracket left open, written as sentences of our own about a made-up illness."""

from __future__ import annotations

from pathlib import Path

import pytest

from .grebble_pages import page_claims, page_relations, relations

T = "grebble fever"
SIGN = "has_symptom"


@pytest.mark.parametrize("ellipsis", ["\u2026", "..."])
def test_an_item_cut_off_mid_word_is_not_read(tmp_path: Path, ellipsis: str) -> None:
    """A preview that stops in a word ("... and pain in the ar…"): the items before the cut
    are the page's, the cut one is no sign ("pain in the ar" was one)."""
    rels = relations(tmp_path, f"Symptoms include fever, tiredness and pain in the ar{ellipsis}",
                     heading="Symptoms")
    assert {o for s, p, o in rels if p == SIGN} == {"fever", "tiredness"}, rels


def test_an_ellipsis_after_a_whole_word_keeps_the_item_without_the_dots(tmp_path: Path) -> None:
    """"... and a rash…" trails off after a whole word: the rash is a sign, named without
    the ellipsis ("rash…" was a name of its own)."""
    rels = relations(tmp_path, "Symptoms include fever, tiredness and a rash\u2026",
                     heading="Symptoms")
    assert {o for s, p, o in rels if p == SIGN} == {"fever", "tiredness", "rash"}, rels


def test_a_line_cut_short_is_not_a_sign_name(tmp_path: Path) -> None:
    """A line under a heading of signs that stops mid-word ("Grebble fever commonly affects
    th…") is a cut sentence, not the name of a sign (the line was read as one)."""
    rels = relations(tmp_path, "Grebble fever commonly affects th\u2026", heading="Symptoms")
    assert not any(p == SIGN for _, p, _ in rels), rels


def test_a_clause_cut_short_keeps_the_clause_before_it() -> None:
    """The cut is taken back to the separator before the cut item: the clause before the
    comma is what the page states."""
    from claimgraph.ingest.cut_short import cut_short_end  # (new in session 50)

    text = "Most people recover within a few weeks, but some go into remi\u2026"
    assert text[:cut_short_end(text, 0, len(text))] == "Most people recover within a few weeks"


@pytest.mark.parametrize("text", [
    "Most people recover within a few weeks.",
    "Symptoms include fever and a rash\u2026",
    "Levels above 2.5...",
    "It is rare (about 1 in 10,000 people)...",
])
def test_a_sentence_not_cut_short_is_read_whole(text: str) -> None:
    """Only a word the lexicon does not know, right before the ellipsis, is a cut word."""
    from claimgraph.ingest.cut_short import cut_short_end  # (new in session 50)

    assert cut_short_end(text, 0, len(text)) == len(text)


@pytest.mark.parametrize("sentence, signs", [
    ("Symptoms include fever, a rash (small red spots and tiredness.",
     {"fever", "rash", "tiredness"}),
    ("Symptoms include fever and a rash (which can look like small red spots.",
     {"fever", "rash"}),
])
def test_a_bracket_left_open_ends_the_name(tmp_path: Path, sentence: str,
                                           signs: set[str]) -> None:
    """A bracket a page never closes ("a rash (small red spots and ...") ends the name
    before it: "rash (small red spots" was a sign of its own."""
    rels = relations(tmp_path, sentence, heading="Symptoms")
    assert {o for s, p, o in rels if p == SIGN} == signs, rels


RISK = "increases_risk_of"


@pytest.mark.parametrize("sentence, factors", [
    ("Men over 50 are most at risk.", {"older age", "male sex"}),
    ("It is most common in women over 40.", {"older age", "female sex"}),
    ("It is most common in young women.", {"young age", "female sex"}),
    ("It often occurs in otherwise healthy young adults.", {"young age"}),
])
def test_a_group_named_by_sex_and_age_is_at_risk_by_both(tmp_path: Path, sentence: str,
                                                         factors: set[str]) -> None:
    """"Men over 50", "young women": at risk by their age and by their sex, each a factor
    other sources name alone (the group was one factor, "men over 50", no source's);
    "otherwise healthy" names no factor of its own."""
    rels = relations(tmp_path, sentence, heading="Risk factors")
    assert {s for s, p, o in rels if p == RISK and o == T} == factors, rels


@pytest.mark.parametrize("answer, factors", [
    ("Men aged over 50.", {"older age", "male sex"}),
    ("People who have had a previous episode.", {"previous episode"}),
    ("Older adults and people who have had surgery.", {"older age", "surgery"}),
    ("Men aged over 50 and people who have had a previous episode.",
     {"older age", "male sex", "previous episode"}),
])
def test_groups_answering_who_is_at_risk(tmp_path: Path, answer: str,
                                         factors: set[str]) -> None:
    """Under "Who is at risk?" one group answers as a list of groups does, and a group
    named by what its people have had ("people who have had surgery") is that thing (only
    the first group was read, or none)."""
    rels = relations(tmp_path, answer, heading="Who is at risk?")
    assert {s for s, p, o in rels if p == RISK and o == T} == factors, rels


def test_anyone_who_has_had_a_thing_is_at_risk_from_it(tmp_path: Path) -> None:
    """"anyone who has had X" names X as "people who have had X" does."""
    rels = relations(tmp_path, "Anyone who has had surgery recently is at higher risk.",
                     heading="Risk factors")
    assert ("surgery", RISK, T) in rels, rels


def test_having_had_the_illness_before_raises_the_risk_of_it_coming_back(tmp_path: Path) -> None:
    """"People who have had <topic> before are more likely to get it again": an earlier
    episode raises the risk of its recurrence (the topic raising its own was dropped)."""
    rels = relations(tmp_path, "People who have had grebble fever before are more likely to get "
                     "it again.", heading="Risk factors")
    assert ("previous episode", RISK, "grebble fever recurrence") in rels, rels


def test_a_swab_from_two_places_is_two_swabs(tmp_path: Path) -> None:
    """"a swab from the throat or the wound": the wound is sampled, not a test of its own
    (it was read as the test "wound")."""
    rels = relations(tmp_path, "The infection is diagnosed with a swab from the throat or the "
                     "wound.", heading="Diagnosis")
    tests = {o for s, p, o in rels if p == "diagnosed_by"}
    assert tests == {"throat swab", "wound swab"}, rels


@pytest.mark.parametrize("sentence, act", [
    ("Avoid breathing in dust.", "dust avoidance"),
    ("Avoid contact with bird droppings.", "bird droppings avoidance"),
    ("Avoid breathing in dust from bird droppings.", "avoiding dust from bird droppings"),
])
def test_what_is_avoided_is_the_thing_breathed_in_or_touched(tmp_path: Path, sentence: str,
                                                             act: str) -> None:
    """"Avoid breathing in dust", "avoid contact with X": the dust and X are kept away from
    (it named "breathing avoidance", "contact avoidance": the opposite, or nothing)."""
    rels = relations(tmp_path, sentence, heading="Prevention")
    assert {s for s, p, o in rels if p == "prevents" and o == T} == {act}, rels


def test_each_thing_avoided_in_a_list_of_things_breathed_in(tmp_path: Path) -> None:
    """"Avoid inhaling dust, chemicals or smoke": each thing is avoided."""
    rels = relations(tmp_path, "Avoid inhaling dust, chemicals or smoke.", heading="Prevention")
    assert {s for s, p, o in rels if p == "prevents" and o == T} == {
        "dust avoidance", "chemical avoidance", "smoke avoidance"}, rels


def test_care_to_stop_organs_being_damaged_prevents_organ_damage(tmp_path: Path) -> None:
    """"fluids ... to stop your organs being damaged": the fluids prevent organ damage (the
    organs themselves were named as what they prevent)."""
    rels = relations(tmp_path, "You may be given fluids through a drip to stop your organs "
                     "being damaged.", heading="Treatment")
    assert ("intravenous fluids", "prevents", "organ damage") in rels, rels
    assert not any(o == "organs" for _, _, o in rels), rels


def test_some_people_die_is_death(tmp_path: Path) -> None:
    """"It can lead to organ failure, and some people die": death is the harm ("people die"
    was a harm's name of its own)."""
    rels = relations(tmp_path, "It can lead to organ failure, and some people die.",
                     heading="Complications")
    harms = {o for s, p, o in rels if p == "has_complication"}
    assert harms == {"organ failure", "death"}, rels


def test_who_a_score_picks_out_is_no_test(tmp_path: Path) -> None:
    """"A score ... can help identify high-risk patients": the patients are who it finds, not
    a test ("high-risk patients" was read as one)."""
    rels = relations(tmp_path, "A scoring system based on blood results can help identify "
                     "high-risk patients.", heading="Diagnosis")
    assert not any("patients" in o for _, _, o in rels), rels


@pytest.mark.parametrize("sentence", [
    "Skin peeling on the palms and soles is common.",
    "You may have skin peeling on the hands.",
])
def test_a_sign_that_names_its_part_keeps_its_name_at_other_sites(tmp_path: Path,
                                                                   sentence: str) -> None:
    """"Skin peeling on the palms and soles": the sign is skin peeling, wherever it shows
    ("skin palm peeling" and "skin sole peeling" were names no page gives)."""
    rels = relations(tmp_path, sentence, heading="Symptoms")
    assert {o for s, p, o in rels if p == SIGN} == {"skin peeling"}, rels


@pytest.mark.parametrize("sentence, remedies", [
    ("Patients with kidney involvement also receive an immunosuppressant such as "
     "cyclophosphamide.", {"immunosuppressant", "cyclophosphamide"}),
    ("All patients should receive broad-spectrum antibiotics.", {"broad-spectrum antibiotics"}),
])
def test_what_patients_receive_treats_it(tmp_path: Path, sentence: str,
                                         remedies: set[str]) -> None:
    """"Patients ... receive a class such as X": the class and X treat it; "All patients
    should receive X" too (both gave nothing)."""
    rels = relations(tmp_path, sentence, heading="Treatment")
    assert {s for s, p, o in rels if p == "used_for" and o == T} == remedies, rels


def test_a_result_line_gives_how_often_the_result_is_found(tmp_path: Path) -> None:
    """"- blood cultures: positive in up to 60%" under investigations: how often positive
    cultures are found (the figure was of no kind, said of the topic)."""
    cs = page_claims(tmp_path, "Investigations\n- zorbic antibody: positive in 70%")
    figures = {(cs.label(c.subject), c.measure.kind, c.measure.value) for c in cs.claims
               if c.measure is not None}
    assert figures == {("positive zorbic antibody", "frequency", 0.7)}, figures


def test_the_best_way_to_lower_the_risk_then_how_after_a_colon(tmp_path: Path) -> None:
    """"Good wound care is the best way to lower the risk: clean all wounds with soap and
    water ...": the care prevents the illness; the words after the colon say how, and
    nothing they name is prevented ("water", "clean all wounds with soap" were)."""
    rels = relations(tmp_path, "Good wound care is the best way to lower the risk: clean all "
                     "wounds with soap and water and cover them with a clean bandage.",
                     heading="Prevention")
    prevented = {o for s, p, o in rels if p == "prevents" and s == "good wound care"}
    assert prevented == {T}, rels


@pytest.mark.parametrize("sentence", [
    "A small sample of lung tissue may be taken to confirm it.",
    "A sample of tissue from the lung may be taken to confirm it.",
])
def test_a_sample_of_an_organs_tissue_is_its_biopsy(tmp_path: Path, sentence: str) -> None:
    """"a small sample of lung tissue": a lung biopsy, as readers name it (the sample was a
    test named word for word)."""
    rels = relations(tmp_path, sentence, heading="Diagnosis")
    assert {o for s, p, o in rels if p == "diagnosed_by"} == {"lung biopsy"}, rels


def test_a_route_does_not_end_a_list_of_care(tmp_path: Path) -> None:
    """"treatment in hospital with antibiotics into a vein and surgery to cut away ...": the
    route is the antibiotics', and the surgery treats it too (the route cut the list)."""
    rels = relations(tmp_path, "It needs urgent treatment in hospital with strong antibiotics "
                     "into a vein and surgery to cut away infected tissue.", heading="Treatment")
    assert {"antibiotics", "surgery"} <= {s for s, p, o in rels if p == "used_for"}, rels


def test_do_after_a_long_line_of_self_care_goes_on_with_its_care(tmp_path: Path) -> None:
    """"Things you can do if you have X" (a line too long to be taken for a heading), then
    "Do" over commands: the commands are care ("moisturiser" and "warm baths" were read as
    signs, from the signs section before the line)."""
    rels = page_relations(tmp_path, "Symptoms\nThe main symptom is raised patches of skin.\n\n"
                          "Things you can do if you have grebble fever\nDo\n"
                          "- use moisturiser every day\n- take warm baths")
    assert {"moisturiser", "warm baths"} <= {s for s, p, o in rels if p == "used_for"}, rels
    assert not {"moisturiser", "warm baths"} & {o for s, p, o in rels if p == SIGN}, rels


def test_a_part_that_becomes_pitted_or_discoloured(tmp_path: Path) -> None:
    """"Your nails may become pitted or discoloured": nail pitting and nail discolouration
    (only the nails were named, as a site)."""
    rels = relations(tmp_path, "Your nails may also become pitted or discoloured.",
                     heading="Symptoms")
    assert {"nail pitting", "nail discolouration"} <= {o for s, p, o in rels if p == SIGN}, rels


@pytest.mark.parametrize("item, act", [
    ("- try to lose weight if you're overweight", "weight loss"),
    ("- try to stop smoking", "smoking cessation"),
])
def test_try_to_is_no_part_of_the_act(tmp_path: Path, item: str, act: str) -> None:
    """"- try to lose weight": the act is losing weight ("try to lose weight" was its name,
    and "try to stop smoking" gave "try" as a remedy for smoking)."""
    rels = relations(tmp_path, item, heading="Prevention")
    assert rels == {(act, "prevents", T)}, rels
