"""Sentence wordings read in session 48: figures of kinds and groups, and wordings of tests,
care and risk, written as sentences of our own about a made-up illness."""

from __future__ import annotations

from pathlib import Path

import pytest

from .grebble_pages import page_claims, relations

T = "grebble fever"
RISK = "increases_risk_of"
USED = "used_for"
TEST = "diagnosed_by"


def _figures(tmp_path: Path, sentence: str, heading: str) -> list[tuple[str, str, object]]:
    """Return (subject, kind, population) of each figure a one-sentence section gives."""
    cs = page_claims(tmp_path, f"{heading}\n{sentence}")
    return sorted((cs.label(c.subject), c.measure.kind, c.measure.population)
                  for c in cs.claims if c.measure is not None)


@pytest.mark.parametrize("sentence, kind_name", [
    ("Type 2 is less common and is seen in 20 to 30% of cases.", "type 2"),
    ("Type 1 is the most common form, found in 70% of cases.", "type 1"),
    ("Type 1 infection occurs in about 75% of patients.", "type 1"),
    ("Group C is rare, seen in under 5% of cases.", "group c"),
    ("Type II occurs in up to 30%.", "type ii"),
    ("Type I (70-80%): mixed infection.", "type i"),
    ("Type I: polymicrobial infection, 70-80% of cases.", "type i"),
    ("Type II - caused by a single organism - 20-30% of cases.", "type ii"),
    ("Type I is polymicrobial and makes up 70-80% of cases.", "type i"),
    ("Type 1 makes up 70 to 80% of all cases.", "type 1"),
])
def test_a_numbered_kind_found_in_a_share_of_cases_is_its_share(
        tmp_path: Path, sentence: str, kind_name: str) -> None:
    """"Type 2 is seen in 20-30 % of cases": the share of cases that are type 2 (it was read
    as how often the illness itself comes, a frequency of grebble fever)."""
    figs = _figures(tmp_path, sentence, "Types")
    assert [(s.lower(), k) for s, k, _ in figs] == [(kind_name, "share")], figs


def test_another_illness_with_a_number_is_no_kind_of_the_topic(tmp_path: Path) -> None:
    """"Type 2 diabetes is found in 20 % of patients": how often they have diabetes."""
    figs = _figures(tmp_path, "Type 2 diabetes is found in 20% of patients.", "Types")
    assert [(s, k) for s, k, _ in figs] == [("type 2 diabetes", "frequency")], figs


def test_a_numbered_kind_is_no_sign_of_the_illness(tmp_path: Path) -> None:
    """"Type 1 infection occurs in 75 % of patients": a kind of it, not a sign it brings."""
    rels = relations(tmp_path, "Type 1 infection occurs in about 75% of patients.",
                     heading="Symptoms")
    assert not any("type 1" in o.lower() for _, _, o in rels), rels


def test_the_number_of_a_kind_is_no_count(tmp_path: Path) -> None:
    """"Type 2 patients have fever in 90 % of cases": no count of 2 patients."""
    figs = _figures(tmp_path, "Type 2 patients have fever in 90% of cases.", "Symptoms")
    assert "count" not in {k for _, k, _ in figs}, figs


def test_a_numbered_kind_in_the_lead_is_the_figures_group(tmp_path: Path) -> None:
    """"In type 2 disease, death occurs in 30 % of cases": the death rate of that kind."""
    figs = _figures(tmp_path, "In type 2 disease, death occurs in 30% of cases.", "Outlook")
    assert [(k, p) for _, k, p in figs] == [("mortality", "type 2 disease")], figs


@pytest.mark.parametrize("degree", ["slightly ", "a little ", "somewhat ", ""])
def test_a_sex_affected_a_little_more_often_raises_the_risk(tmp_path: Path,
                                                            degree: str) -> None:
    """"It affects women slightly more often than men": female sex, however small the gap."""
    rels = relations(tmp_path, f"It affects women {degree}more often than men.",
                     heading="Who gets it")
    assert ("female sex", RISK, T) in rels, rels


def test_a_time_after_the_diagnosis_makes_no_test(tmp_path: Path) -> None:
    """"Surgery should be done within 12 hours of diagnosis": care, given in time, no test."""
    rels = relations(tmp_path, "Surgery should be done within 12 hours of diagnosis.",
                     heading="Treatment")
    assert ("surgery", USED, T) in rels, rels
    assert not any(p == TEST for _, p, _ in rels), rels


@pytest.mark.parametrize("sentence, remedy", [
    ("Patients need an average of 3 surgeries.", "surgeries"),
    ("Most people need a total of two operations.", "operations"),
])
def test_how_many_is_no_part_of_the_remedy(tmp_path: Path, sentence: str, remedy: str) -> None:
    """"need an average of 3 surgeries": the surgeries; "average" is no remedy."""
    rels = relations(tmp_path, sentence, heading="Treatment")
    used = {s for s, p, _ in rels if p == USED}
    assert used == {remedy}, rels


@pytest.mark.parametrize("sentence, tests", [
    ("The germ can be grown from blood or wound samples.", {"blood culture", "wound culture"}),
    ("The bacteria are usually isolated from pus.", {"pus culture"}),
    ("The organism may be recovered from samples of skin, throat or vagina.",
     {"skin culture", "throat culture", "vaginal culture"}),
])
def test_a_germ_grown_from_a_sample_is_a_culture(tmp_path: Path, sentence: str,
                                                 tests: set[str]) -> None:
    """A germ grown, cultured or isolated from a place: a culture of each place is a test."""
    rels = relations(tmp_path, sentence, heading="Diagnosis")
    assert {o for _, p, o in rels if p == TEST} == tests, rels


def test_a_germ_not_grown_is_a_denied_culture(tmp_path: Path) -> None:
    """"The bacteria cannot be grown from the blood in most cases": the culture, denied."""
    cs = page_claims(tmp_path, "Diagnosis\nThe bacteria cannot be grown from the blood in "
                     "most cases.")
    got = [(cs.label(c.object), c.negated) for c in cs.claims if c.predicate == TEST]
    assert got == [("blood culture", True)], got


def test_a_germ_isolated_in_a_year_is_no_test(tmp_path: Path) -> None:
    """"The virus was first isolated in 1950": history, no sample."""
    rels = relations(tmp_path, "The virus was first isolated in 1950.", heading="Causes")
    assert not any(p == TEST for _, p, _ in rels), rels


@pytest.mark.parametrize("sentence, sign", [
    ("Some people lose weight without trying.", "weight loss"),
    ("You may lose your appetite.", "loss of appetite"),
    ("You may feel tired and bruise easily.", "easy bruising"),
    ("Many people sweat at night.", "night sweats"),
])
def test_a_sign_said_as_what_people_do(tmp_path: Path, sentence: str, sign: str) -> None:
    """"Some people lose weight": weight loss is a sign, said as a doing."""
    rels = relations(tmp_path, sentence, heading="Symptoms")
    assert (T, "has_symptom", sign) in rels, rels


def test_losing_weight_on_a_diet_is_no_sign(tmp_path: Path) -> None:
    """Under care, "Most people lose weight on this diet" names no sign."""
    rels = relations(tmp_path, "Most people lose weight on this diet.", heading="Treatment")
    assert (T, "has_symptom", "weight loss") not in rels, rels


@pytest.mark.parametrize("sentence", [
    "People whose parents or siblings have had it are more likely to develop it themselves.",
    "You are more likely to get it if a close relative has had it.",
    "You are more likely to get it if your mother or father has it.",
])
def test_kin_who_had_it_is_a_family_history(tmp_path: Path, sentence: str) -> None:
    """Kin with the illness raise the risk: family history."""
    rels = relations(tmp_path, sentence, heading="Who gets it?")
    assert ("family history", RISK, T) in rels, rels


def test_an_if_clause_of_ones_own_acts_stays_read_as_before(tmp_path: Path) -> None:
    """"more likely to get it if you smoke or drink heavily": smoking and drinking, each
    (the kin reading takes no other "if")."""
    rels = relations(tmp_path, "You are more likely to get it if you smoke or drink heavily.",
                     heading="Who gets it?")
    assert {s for s, p, _ in rels if p == RISK} == {"smoking", "drinking"}, rels


def test_a_part_that_develops_a_sign_names_the_sign(tmp_path: Path) -> None:
    """"Your skin may develop raised purple patches": the patches are the sign."""
    rels = relations(tmp_path, "Your skin may develop raised purple patches, often on the "
                     "shins.", heading="Symptoms")
    assert (T, "has_symptom", "raised purple patches") in rels, rels


@pytest.mark.parametrize("item, sign", [
    ("being very sensitive to bright light", "sensitivity to light"),
    ("feeling that there is something in your eye", "foreign body sensation"),
    ("eyes that water a lot", "watery eyes"),
])
def test_a_sign_described_in_everyday_words_is_named(tmp_path: Path, item: str,
                                                     sign: str) -> None:
    """A list's sign said in a leaflet's words is named as readers list it."""
    rels = relations(tmp_path, f"The symptoms may include:\n- a red eye\n- {item}\n",
                     heading="What are the warning signs?", definition="an eye infection")
    assert (T, "has_symptom", sign) in rels, rels


def test_an_article_before_two_adjectives_of_one_noun(tmp_path: Path) -> None:
    """"a red, sore eye": a red eye and a sore eye (the article kept "a red" unread)."""
    rels = relations(tmp_path, "Symptoms include a red, sore eye.", heading="Symptoms")
    assert {(T, "has_symptom", "red eye"), (T, "has_symptom", "sore eye")} <= rels, rels


def test_a_clause_of_its_own_after_a_harm_left_is_no_harm(tmp_path: Path) -> None:
    """"It can leave a scar on the eye, and a transplant may be needed": the scar is a harm
    left; the transplant is care, no harm."""
    rels = relations(tmp_path, "In rare cases, it can leave a scar on the eye, and a "
                     "transplant may be needed to restore sight.", heading="Outlook")
    assert (T, "has_complication", "eye scar") in rels, rels
    assert (T, "has_complication", "transplant") not in rels, rels


def test_a_list_after_a_harm_left_goes_on_after_and(tmp_path: Path) -> None:
    """"weakness, pain, and tiredness that may last": three harms, no sign of one another."""
    rels = relations(tmp_path, "It can leave you with weakness, pain, and tiredness that may "
                     "last for months.", heading="Outlook")
    harms = {o for _, p, o in rels if p == "has_complication"}
    assert harms == {"weakness", "pain", "tiredness"}, rels
    assert not any(p == "has_symptom" for _, p, _ in rels), rels


@pytest.mark.parametrize("sentence, group", [
    ("The risk is about 10 times higher for people who sleep in their lenses.",
     "people who sleep in their lenses"),
    ("The risk is 10 times higher for smokers.", "smokers"),
])
def test_a_relative_risk_for_a_group_is_that_groups(tmp_path: Path, sentence: str,
                                                    group: str) -> None:
    """"10 times higher for people who sleep in their lenses": who the ratio is of."""
    figs = _figures(tmp_path, sentence, "Who is at risk?")
    assert [(k, p) for _, k, p in figs] == [("relative_risk", group)], figs


def test_an_act_item_cut_at_its_time_is_one_act(tmp_path: Path) -> None:
    """"- wear your lenses overnight" under "Your chances are higher if you:": one act (it
    was read twice, with and without its time)."""
    rels = relations(tmp_path, "Your chances are higher if you:\n- wear your lenses "
                     "overnight\n- smoke\n", heading="Who is at risk?",
                     definition="an eye infection")
    risks = sorted(s for s, p, _ in rels if p == RISK)
    assert risks == ["smoking", "wearing your lenses"], rels


@pytest.mark.parametrize("sentence, alike", [
    ("Deep vein thrombosis, muscle haematoma and cellulitis may present similarly.",
     {"deep vein thrombosis", "muscle haematoma", "cellulitis"}),
    ("Gout can look similar.", {"gout"}),
])
def test_illnesses_said_to_present_similarly_are_look_alikes(tmp_path: Path, sentence: str,
                                                             alike: set[str]) -> None:
    """Under "Differentials", "A, B and C may present similarly": the topic resembles each."""
    rels = relations(tmp_path, sentence, heading="Differentials")
    assert {o for _, p, o in rels if p == "resembles"} == alike, rels


def test_signs_said_to_look_similar_are_no_look_alikes(tmp_path: Path) -> None:
    """"The rash and the blisters look similar": the page's own signs, no other illness."""
    rels = relations(tmp_path, "The symptoms can look similar.", heading="Diagnosis")
    assert not any(p == "resembles" for _, p, _ in rels), rels


def test_a_cause_found_in_a_share_of_patients_is_no_harm(tmp_path: Path) -> None:
    """Under causes, "Mixed infections occur in around 15 % of patients": how often that
    cause is found, not a sign or a complication the illness brings."""
    rels = relations(tmp_path, "Mixed infections occur in around 15% of patients.",
                     heading="Aetiology")
    assert not any(p in ("has_symptom", "has_complication") for _, p, _ in rels), rels


def test_a_harm_found_in_a_share_of_patients_stays_a_harm(tmp_path: Path) -> None:
    """Under complications, "Kidney failure occurs in up to 30 % of cases" is still read."""
    rels = relations(tmp_path, "Kidney failure occurs in up to 30% of cases.",
                     heading="Complications")
    assert (T, "has_complication", "kidney failure") in rels, rels


def test_outbreaks_are_no_harm(tmp_path: Path) -> None:
    """"where it causes outbreaks after the rainy season": how it spreads, no complication."""
    rels = relations(tmp_path, "It is found mainly in warm countries, where it causes "
                     "outbreaks after the rainy season.", heading="About")
    assert not any("outbreak" in o for _, _, o in rels), rels


def test_a_clause_that_comes_and_goes_is_no_sign(tmp_path: Path) -> None:
    """"the fever comes and goes for months, and severe anaemia can develop": the anaemia
    develops; "fever comes" is no sign's name."""
    rels = relations(tmp_path, "Without treatment, the fever comes and goes for months, and "
                     "severe anaemia can develop.", heading="Symptoms")
    assert {o for _, p, o in rels if p == "has_symptom"} == {"severe anaemia"}, rels


@pytest.mark.parametrize("sentence, act", [
    ("Spraying houses with insecticide has reduced cases in several countries.",
     "spraying houses"),
    ("Chlorinating water reduces outbreaks.", "chlorinating water"),
])
def test_what_reduces_cases_prevents_it(tmp_path: Path, sentence: str, act: str) -> None:
    """Fewer cases or outbreaks: the act prevents the illness."""
    rels = relations(tmp_path, sentence, heading="Prevention")
    assert (act, "prevents", T) in rels, rels


@pytest.mark.parametrize("sentence, factors", [
    ("Women are at higher risk during pregnancy and shortly after giving birth.",
     {"pregnancy", "giving birth"}),
    ("It is more common during pregnancy.", {"pregnancy"}),
])
def test_a_time_of_higher_risk_raises_the_risk(tmp_path: Path, sentence: str,
                                               factors: set[str]) -> None:
    """"at higher risk during pregnancy": the time named is the factor."""
    rels = relations(tmp_path, sentence, heading="Who gets it")
    assert {s for s, p, _ in rels if p == RISK} == factors, rels


def test_hospital_then_intensive_care_is_two_kinds_of_care(tmp_path: Path) -> None:
    """"treated in hospital, often in intensive care": hospital care and intensive care."""
    rels = relations(tmp_path, "You will be treated in hospital, often in intensive care.",
                     heading="Treatment")
    assert {("hospital treatment", USED, T), ("intensive care treatment", USED, T)} <= rels, rels


def test_items_under_you_may_name_the_sign_after_their_verb(tmp_path: Path) -> None:
    """"If you have symptoms, you may: - feel short of breath - feel very tired - notice
    painful red lumps - get headaches": the signs, not the doings ("notice painful red
    lumps" was a sign's name; "feel very tired" and "get headaches" were lost)."""
    rels = relations(tmp_path, "If you do have symptoms, you may:\n- feel short of breath\n"
                     "- feel very tired\n- notice painful red lumps on your shins\n"
                     "- get headaches\n", heading="What are the symptoms?")
    signs = {o for _, p, o in rels if p == "has_symptom"}
    assert signs == {"shortness of breath", "tiredness", "painful red lumps", "headaches"}, rels


def test_what_a_signs_patches_can_do_stays_no_sign(tmp_path: Path) -> None:
    """"The patches can: - get bigger": what a sign does names no sign ("get" is no lead)."""
    rels = relations(tmp_path, "The patches can:\n- get bigger\n- spread\n", heading="Symptoms")
    assert not any("bigger" in o for _, _, o in rels), rels


def test_a_small_number_who_develop_a_harm(tmp_path: Path) -> None:
    """"A small number develop severe fibrosis": a harm of the illness."""
    rels = relations(tmp_path, "A small number develop severe fibrosis, which can lead to "
                     "heart problems.", heading="Outlook")
    assert (T, "has_complication", "severe fibrosis") in rels, rels


@pytest.mark.parametrize("sentence", ["You may need a bronchoscopy.",
                                      "To confirm the diagnosis, you may need a bronchoscopy."])
def test_a_look_inside_named_by_its_scope_is_a_test(tmp_path: Path, sentence: str) -> None:
    """"You may need a bronchoscopy": a test named by its own "-scopy"."""
    rels = relations(tmp_path, sentence, heading="Diagnosis")
    assert (T, TEST, "bronchoscopy") in rels, rels


def test_a_thing_before_an_aside_is_what_occurs(tmp_path: Path) -> None:
    """"Kidney involvement, which shows as blood in the urine, occurs in about 40 % of
    cases": the involvement occurs, and the figure is its frequency (the aside's words
    were read as the signs that occur, and the figure fell to the illness)."""
    cs = page_claims(tmp_path, "Symptoms\nKidney involvement, which shows as blood or protein "
                     "in the urine, occurs in about 40% of cases.")
    figs = [(cs.label(c.subject), c.measure.kind) for c in cs.claims if c.measure is not None]
    assert figs == [("kidney involvement", "frequency")], figs
    signs = {cs.label(c.object) for c in cs.claims if c.predicate == "has_symptom"}
    assert "blood" not in signs, signs


def test_what_a_test_is_done_to_detect_is_no_test(tmp_path: Path) -> None:
    """"Urine testing is recommended ... to detect kidney involvement": the urine test, not
    "kidney involvement", is how it is found."""
    rels = relations(tmp_path, "Urine testing is recommended at every visit for at least six "
                     "months to detect kidney involvement.", heading="Diagnosis")
    assert {o for _, p, o in rels if p == TEST} == {"urine testing"}, rels


def test_a_test_showing_a_finding_supports_the_diagnosis(tmp_path: Path) -> None:
    """"A skin biopsy showing immune deposits in the vessel walls supports the diagnosis"."""
    rels = relations(tmp_path, "A skin biopsy showing immune deposits in the vessel walls "
                     "supports the diagnosis.", heading="Diagnosis")
    assert (T, TEST, "skin biopsy") in rels, rels


@pytest.mark.parametrize("sentence, care", [
    ("Rest and simple painkillers such as paracetamol are usually enough.",
     {"rest", "simple painkillers", "paracetamol"}),
    ("Rest and fluids are often all that is needed.", {"rest", "fluids"}),
])
def test_care_said_to_be_enough_is_the_care(tmp_path: Path, sentence: str,
                                            care: set[str]) -> None:
    """Under care, "A and B are usually enough": each is care given."""
    rels = relations(tmp_path, sentence, heading="Treatment")
    assert {s for s, p, _ in rels if p == USED} == care, rels


def test_enough_under_signs_names_no_care(tmp_path: Path) -> None:
    """"One sign is enough" under signs names no care."""
    rels = relations(tmp_path, "One sign is enough.", heading="Symptoms")
    assert not any(p == USED for _, p, _ in rels), rels


def test_a_check_if_you_have_heading_on_its_own_line_heads_signs(tmp_path: Path) -> None:
    """"Check if you have X" on a line of its own, the text right under it (no blank line),
    is a heading; the items under "You may also:" below it are signs (the line was taken
    for a statement, for its verb "have", and the items were read as nothing)."""
    cs = page_claims(tmp_path, "Check if you have grebble fever\nThe main symptom is a painful "
                     "lump in the neck.\nYou may also:\n- have a high temperature\n"
                     "- have night sweats\n- lose weight\n")
    signs = {cs.label(c.object) for c in cs.claims if c.predicate == "has_symptom"}
    assert {"high temperature", "night sweats", "weight loss"} <= signs, signs


def test_a_lead_saying_signs_are_eased_with_leads_care(tmp_path: Path) -> None:
    """"Your symptoms can be eased with: - painkillers - rest": care, not signs."""
    rels = relations(tmp_path, "There's no specific treatment. Your symptoms can be eased "
                     "with:\n- painkillers, such as paracetamol\n- rest\n",
                     heading="Treatment for grebble fever")
    assert {("painkillers", USED, T), ("paracetamol", USED, T), ("rest", USED, T)} <= rels, rels
    assert not any(p == "has_symptom" for _, p, _ in rels), rels


def test_what_it_is_hard_to_tell_it_apart_from(tmp_path: Path) -> None:
    """"hard to tell the difference between it and other causes of swollen glands, such as
    glandular fever": the topic resembles glandular fever; "the two types" names nothing."""
    rels = relations(tmp_path, "It can be hard to tell the difference between grebble fever "
                     "and other causes of swollen glands, such as glandular fever.",
                     heading="Diagnosis")
    assert {o for _, p, o in rels if p == "resembles"} == {"glandular fever"}, rels
    rels = relations(tmp_path, "It is hard to tell the difference between the two types.",
                     heading="Diagnosis")
    assert not any(p == "resembles" for _, p, _ in rels), rels


def test_survivors_requiring_reconstructive_surgery(tmp_path: Path) -> None:
    """"Survivors may require reconstructive surgery or amputation": each is care needed
    (only remedies with no word of kind before them were read)."""
    rels = relations(tmp_path, "Survivors may require reconstructive surgery or amputation.",
                     heading="Prognosis")
    assert {("reconstructive surgery", USED, T), ("amputation", USED, T)} <= rels, rels


def test_the_key_early_feature_is_no_sign(tmp_path: Path) -> None:
    """"Pain out of proportion to the signs is the key early feature": no sign named "key
    early feature"."""
    rels = relations(tmp_path, "Pain out of proportion to the signs is the key early "
                     "feature.", heading="Symptoms")
    assert not any("feature" in o for _, _, o in rels), rels


def test_a_clinicians_lines_with_a_dash(tmp_path: Path) -> None:
    """Terse notes: "- systemic upset - fever, tachycardia, hypotension" lists the signs
    after the dash; "- CRP raised" and "- blood cultures positive in 20%" name tests."""
    cs = page_claims(tmp_path, "clinical features:\n- systemic upset - fever, tachycardia, "
                     "hypotension\n\ninvestigations:\n- CRP raised\n- ESR elevated\n"
                     "- blood cultures positive in 20%\n")
    rels = {(cs.label(c.subject), c.predicate, cs.label(c.object))
            for c in cs.claims if c.object is not None}
    assert {(T, "has_symptom", s) for s in ("fever", "tachycardia", "hypotension")} <= rels
    assert {o for _, p, o in rels if p == TEST} == {"CRP test", "ESR test", "blood cultures"}


def test_a_lone_adjective_line_under_causes_names_what_follows(tmp_path: Path) -> None:
    """"- usually polymicrobial - mixed anaerobic organisms": the organisms, no "polymicrobial"
    cause."""
    cs = page_claims(tmp_path, "aetiology:\n- usually polymicrobial - anaerobic organisms\n")
    causes = {cs.label(c.subject) for c in cs.claims if c.object is not None}
    assert causes == {"anaerobic organisms"}, causes


@pytest.mark.parametrize("sentence, factor", [
    ("The risk is greatest in teenagers, possibly because they lack antibodies.", "teenagers"),
    ("It is more common in women, probably because of hormones.", "female sex"),
])
def test_a_guess_about_the_reason_hedges_no_risk(tmp_path: Path, sentence: str,
                                                 factor: str) -> None:
    """", possibly because ...": the guess is about why; the risk itself is stated."""
    cs = page_claims(tmp_path, f"Who gets it\n{sentence}")
    got = {(cs.label(c.subject), c.hedged) for c in cs.claims if c.predicate == RISK}
    assert got == {(factor, False)}, got


def test_a_concession_that_others_get_it_too_names_no_risk(tmp_path: Path) -> None:
    """"It mostly affects women, although it can also occur in men and children": women are
    the group at risk; men and children are not (they were read as risks)."""
    rels = relations(tmp_path, "It mostly affects women, although it can also occur in men "
                     "and children.", heading="Who gets it")
    assert {s for s, p, _ in rels if p == RISK} == {"female sex"}, rels


def test_people_who_need_treatment_name_no_remedy(tmp_path: Path) -> None:
    """"Most people who need treatment respond well to it": no remedy named "treatment
    respond well"."""
    rels = relations(tmp_path, "Most people who need treatment respond well to it.",
                     heading="Outlook")
    assert not any(p == USED for _, p, _ in rels), rels


@pytest.mark.parametrize("sentence", [
    "Children who get grebble fever sometimes go on to develop a movement disorder that "
    "causes jerky movements.",
    "Some people go on to develop a movement disorder.",
])
def test_what_people_go_on_to_develop_is_a_harm(tmp_path: Path, sentence: str) -> None:
    """"Children who get it sometimes go on to develop a movement disorder": a harm."""
    rels = relations(tmp_path, sentence, heading="Complications")
    assert (T, "has_complication", "movement disorder") in rels, rels
