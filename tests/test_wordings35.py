"""Sentence wordings read in session 35, from clinical summaries (epidemiology, aetiology,
risk factors) of other conditions read as a new user would, each error rewritten as a
sentence of our own about the made-up grebble fever."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.ingest.extract import extract_corpus

from .grebble_pages import page_claims, page_relations, relations

T = "grebble fever"
RISK, CAUSES, ASSOC = "increases_risk_of", "causes", "associated_with"
USED, DIAG, COMPL = "used_for", "diagnosed_by", "has_complication"


# --- a bare list of risk factors that names medicines and operations ----------------------
def test_a_bare_risk_list_keeps_its_medicines_and_operations(tmp_path: Path) -> None:
    """Items under "Risk factors include:" written one to a paragraph, without bullets:
    "Intravenous drug misuse" and "Recent joint surgery" name a treatment's words, but they
    are factors of the list, not a heading of care that turns every later factor into a
    treatment (diabetes had become a remedy)."""
    rels = page_relations(tmp_path, "Risk factors for it include:\n\nJoint implants\n\n"
                          "Intravenous drug misuse\n\nImmunosuppressive medication\n\n"
                          "Recent joint surgery\n\nDiabetes")
    for factor in ("joint implants", "intravenous drug misuse", "immunosuppressive medication",
                   "recent joint surgery", "diabetes"):
        assert (factor, RISK, T) in rels
    assert not any(p == USED for _, p, _ in rels)


def test_a_heading_of_care_after_a_bare_risk_list_still_heads(tmp_path: Path) -> None:
    """One word ("Treatment") is a heading of its own: the care after it is care."""
    rels = page_relations(tmp_path, "Risk factors include:\n\nRecent surgery\n\nDiabetes\n\n"
                          "Treatment\n\nRest\n\nFluids\n\nPain relief")
    assert ("recent surgery", RISK, T) in rels
    assert ("rest", USED, T) in rels and ("fluids", USED, T) in rels


# --- what causes it, as clinical pages say -------------------------------------------------
@pytest.mark.parametrize(("sentence", "germs"), [
    ("Zorb bacteria and blue moulds are most often implicated as the causative agents of "
     "grebble fever.", {"zorb bacteria", "blue moulds"}),
    ("Zorb bacteria are implicated as the main cause.", {"zorb bacteria"}),
    ("Grebble fever is most commonly due to zorb bacteria.", {"zorb bacteria"}),
    ("It is most frequently due to zorb bacteria.", {"zorb bacteria"}),
])
def test_clinical_wordings_of_a_cause(tmp_path: Path, sentence: str, germs: set[str]) -> None:
    """"implicated as the causative agents" and "most commonly due to" gave nothing."""
    rels = relations(tmp_path, sentence, "Aetiology")
    assert {(g, CAUSES, T) for g in germs} <= rels


def test_the_commonest_germ_stops_at_but(tmp_path: Path) -> None:
    """"The commonest germ is X but others ... also occur": X alone (it had read
    "X but others" as one name)."""
    rels = relations(tmp_path, "The commonest pathogen is the zorb bacterium but others such "
                     "as blue moulds also occur.", "Aetiology")
    assert ("zorb bacterium", CAUSES, T) in rels
    assert not any(" but " in s for s, _, _ in rels)


def test_doctors_implicated_as_a_cause_name_no_germ(tmp_path: Path) -> None:
    rels = relations(tmp_path, "Doctors are often implicated as the cause of delays.")
    assert not any(p == CAUSES for _, p, _ in rels)


# --- who is at risk, without the word "risk" -----------------------------------------------
@pytest.mark.parametrize(("sentence", "factors"), [
    ("The incidence was higher for men than for women and increased with age.",
     {"male sex", "older age"}),
    ("The annual incidence of grebble fever is higher in women than in men.", {"female sex"}),
    ("Incidence increases with age.", {"older age"}),
    ("Grebble fever occurs frequently in patients with diabetes.", {"diabetes"}),
])
def test_groups_struck_more(tmp_path: Path, sentence: str, factors: set[str]) -> None:
    """An incidence compared between the sexes or rising with age, and "occurs frequently
    in patients with X" (all gave nothing)."""
    assert {(f, RISK, T) for f in factors} <= relations(tmp_path, sentence, "Epidemiology")


def test_a_risk_rising_late_in_a_sentence_is_another_things(tmp_path: Path) -> None:
    """"The risk of lasting pain is one in ten, and the risk rises with age": the rising
    risk is the lasting pain's, not the illness's (the incidence reading opens a sentence)."""
    rels = relations(tmp_path, "The risk of lasting pain is one in ten, and the risk rises "
                     "with age.", "Complications")
    assert ("older age", RISK, T) not in rels


def test_the_risk_of_complications_rising_with_age(tmp_path: Path) -> None:
    rels = relations(tmp_path, "The risk of complications increases with age.")
    assert ("older age", RISK, "complication") in rels


@pytest.mark.parametrize(("sentence", "factors"), [
    ("Long-term care means dealing with modifiable risk factors (such as obesity or heavy "
     "drinking), and urate-lowering drugs.", {"obesity", "heavy drinking"}),
    ("Modifiable risk factors, such as smoking and heavy drinking, should be addressed.",
     {"smoking", "heavy drinking"}),
    ("Doctors will look for risk factors such as obesity and smoking.", {"obesity", "smoking"}),
])
def test_risk_factors_named_by_example(tmp_path: Path, sentence: str,
                                       factors: set[str]) -> None:
    """Risk factors named by example anywhere in a sentence; a bracket ends the examples
    (the drugs after it are no risk factor)."""
    rels = relations(tmp_path, sentence, "Management")
    assert {(f, RISK, T) for f in factors} <= rels
    assert not any("drugs" in s and p == RISK for s, p, _ in rels)


# --- a subject's aside, an added risk, what a diagnosis or the illness requires ------------
def test_an_aside_after_the_subject_is_not_the_subject(tmp_path: Path) -> None:
    """"Swollen legs, often following surgery or radiotherapy, have been associated with
    X": the swollen legs (the aside's radiotherapy had been taken)."""
    rels = relations(tmp_path, "Swollen legs, often following surgery or radiotherapy, have "
                     "been associated with grebble fever.")
    assert ("swollen legs", ASSOC, T) in rels
    assert ("radiotherapy", ASSOC, T) not in rels


def test_associated_with_a_member_and_an_increased_risk(tmp_path: Path) -> None:
    """"X is associated with obesity and an increased risk of heart disease": obesity is
    associated, heart disease is a harm it risks (the whole right side was one member)."""
    rels = relations(tmp_path, "Grebble fever is associated with obesity and an increased "
                     "risk of heart disease.")
    assert ("obesity", ASSOC, T) in rels
    assert (T, COMPL, "heart disease") in rels


def test_other_mechanisms_name_no_risk_factor(tmp_path: Path) -> None:
    rels = relations(tmp_path, "Chronic swelling resulting from other mechanisms also "
                     "increases risk for grebble fever.")
    assert not any(s == "mechanisms" for s, _, _ in rels)


@pytest.mark.parametrize("sentence", [
    "The definitive diagnosis of grebble fever requires a skin biopsy.",
    "Diagnosis of grebble fever requires a skin biopsy.",
])
def test_a_diagnosis_of_the_illness_requires_a_test(tmp_path: Path, sentence: str) -> None:
    assert (T, DIAG, "skin biopsy") in relations(tmp_path, sentence)


@pytest.mark.parametrize(("sentence", "remedy"), [
    ("Grebble fever requires surgical removal of the affected tissue.", "surgical removal"),
    ("Severe grebble fever requires surgery.", "surgery"),
    ("It usually requires antibiotics.", "antibiotics"),
    ("Most cases need hospital treatment.", "hospital treatment"),
])
def test_what_the_illness_requires_treats_it(tmp_path: Path, sentence: str,
                                             remedy: str) -> None:
    """Outside a treatment section, the illness named as what "requires" a remedy (only
    people needing one were read there)."""
    assert (remedy, USED, T) in relations(tmp_path, sentence)


def test_you_need_to_rest_outside_treatment_names_nothing(tmp_path: Path) -> None:
    assert not any(p == USED for _, p, _ in relations(tmp_path, "You need to rest."))


# --- pages about who gets it: the topic from a question title, groups and what they have ---
@pytest.mark.parametrize("title", [
    "Who can get grebble fever?",
    "What are the causes of grebble fever?",
    "Who is at risk for grebble fever?",
    "Who can get it - Grebble fever",
])
def test_a_question_title_names_the_topic(tmp_path: Path, title: str) -> None:
    """A page titled with a question about a part of it is about the illness the question
    names (the topic had been "the causes of X", "some people" or nothing, and every claim
    hung off it)."""
    page = tmp_path / "page.txt"
    page.write_text(f"{title}\n\nAnyone can get it, but some people are more likely to get "
                    "grebble fever, including:\n\n- people with diabetes\n- people over 75\n",
                    encoding="utf-8")
    cs, _, _ = extract_corpus([page], progress=False)
    rels = {(cs.label(c.subject), c.predicate, cs.label(c.object))
            for c in cs.claims if c.object is not None}
    assert ("diabetes", RISK, T) in rels and ("older age", RISK, T) in rels


def test_those_include_after_people_at_higher_risk(tmp_path: Path) -> None:
    """"Certain people are at higher risk of X. Those include A, B, people with no spleen
    and C": each group's factor, none denied ("no spleen" is the lack, and had denied every
    member after it)."""
    rels = page_relations(tmp_path, "Who gets it\nCertain people are at even higher risk of "
                          "getting grebble fever. Those include children under 1, adults over "
                          "60, people with no spleen, and people with weakened immune systems.")
    for factor in ("young age", "older age", "lack of spleen", "weakened immune systems"):
        assert (factor, RISK, T) in rels


def test_people_with_no_part_lack_it(tmp_path: Path) -> None:
    cs = page_claims(tmp_path, "Who gets it\nPeople with no spleen are at higher risk.")
    found = [c for c in cs.claims if c.predicate == RISK and cs.label(c.subject) ==
             "lack of spleen"]
    assert found and not any(c.negated for c in found)


def test_a_risk_list_of_people_who_did_something(tmp_path: Path) -> None:
    """Items naming people by what they did or have ("people who have recently had
    surgery", "people who smoke") gave nothing; "women who have just given birth, had a
    miscarriage or had an abortion" gave female sex."""
    rels = page_relations(tmp_path, "Who gets it\nSome people are more likely to get grebble "
                          "fever, including:\n\n- people who have recently had surgery\n"
                          "- people who smoke\n- women who have just given birth, had a "
                          "miscarriage or had an abortion\n- people who are on a breathing "
                          "machine")
    for factor in ("surgery", "smoking", "childbirth", "miscarriage", "abortion"):
        assert (factor, RISK, T) in rels
    assert ("female sex", RISK, T) not in rels


@pytest.mark.parametrize(("sentence", "factors"), [
    ("Children, the elderly and people who are obese are most at risk of grebble fever.",
     {"older age", "obesity"}),
    ("People with chronic conditions or women who are pregnant or postpartum are at higher "
     "risk for developing grebble fever.", {"chronic conditions", "pregnancy", "childbirth"}),
    ("People who are obese are most at risk of contracting grebble fever.", {"obesity"}),
])
def test_groups_at_risk_read_as_what_they_have(tmp_path: Path, sentence: str,
                                               factors: set[str]) -> None:
    """The groups listed before "people who are X" are read too (only the last one was);
    "women who are pregnant or postpartum" are pregnancy and childbirth, not female sex;
    "contracting X" is X."""
    rels = relations(tmp_path, sentence, "Who gets it")
    assert {(f, RISK, T) for f in factors} <= rels
    assert ("female sex", RISK, T) not in rels


def test_not_always_possible_to_prevent_names_no_act(tmp_path: Path) -> None:
    rels = relations(tmp_path, "It is not always possible to prevent grebble fever.",
                     "Prevention")
    assert not any(p == "prevents" for _, p, _ in rels)


def test_advice_on_vaccines_and_wounds(tmp_path: Path) -> None:
    """"keep up to date with vaccines" is vaccination (it had been "keeping up"); "clean and
    care for any wounds" is two acts on the wounds."""
    rels = page_relations(tmp_path, "How to prevent it\nYou can lower the risk:\n\n"
                          "- keep up to date with vaccines, particularly for babies\n"
                          "- clean and care for any wounds")
    for act in ("vaccination", "wound cleaning", "wound care"):
        assert (act, "prevents", T) in rels


def test_at_least_one_names_the_class(tmp_path: Path) -> None:
    rels = relations(tmp_path, "Most people who develop grebble fever have at least one "
                     "long-term illness or a recent hospital stay.")
    assert ("long-term illness", RISK, T) in rels
    assert not any(s.startswith("least") for s, _, _ in rels)


# --- a clinical overview's paragraph: its patients' signs, germs, care and complications ---
@pytest.mark.parametrize(("sentence", "signs"), [
    ("Affected individuals may develop a fever, chills and headaches.",
     {"fever", "chills", "headaches"}),
    ("Patients often have associated malaise, anorexia and fever.",
     {"malaise", "anorexia", "fever"}),
    ("Grebble fever classically presents abruptly as a painful swelling with associated "
     "fever and swollen glands.", {"painful swelling", "fever", "swollen glands"}),
])
def test_the_pages_patients_signs_outside_a_symptoms_section(tmp_path: Path, sentence: str,
                                                              signs: set[str]) -> None:
    """"Affected individuals may develop X" and "Patients often have X" in a paragraph with
    no symptoms heading (read only under one before); "presents abruptly as A with
    associated B" (nothing, then "A with associated B" as one sign)."""
    rels = relations(tmp_path, sentence, "Overview")
    assert {(T, "has_symptom", s) for s in signs} <= rels


def test_people_in_general_still_have_no_signs(tmp_path: Path) -> None:
    """"People may develop a rash" in general text could be anyone: only the page's
    patients ("affected", "patients") are read."""
    rels = relations(tmp_path, "People who smoke often have a cough.", "Overview")
    assert (T, "has_symptom", "cough") not in rels


@pytest.mark.parametrize(("sentence", "germs"), [
    ("Grebble fever is a skin infection that is caused primarily by zorb bacteria.",
     {"zorb bacteria"}),
    ("Grebble fever is a spreading infection of the skin, caused most frequently by zorb "
     "bacteria or blue moulds.", {"zorb bacteria", "blue moulds"}),
    ("Other organisms reported to be associated with grebble fever include blue moulds and "
     "yellow yeasts.", {"blue moulds", "yellow yeasts"}),
])
def test_germs_said_clinically(tmp_path: Path, sentence: str, germs: set[str]) -> None:
    """"caused primarily by", "caused most frequently by" (an adverb inside the phrase), and
    "organisms associated with X include" (read as the organisms being associated with the
    germs)."""
    assert {(g, CAUSES, T) for g in germs} <= relations(tmp_path, sentence, "Overview")


def test_organisms_of_another_illness_cause_nothing_here(tmp_path: Path) -> None:
    rels = relations(tmp_path, "Organisms associated with pneumonia include blue moulds.")
    assert ("blue moulds", CAUSES, T) not in rels


def test_treated_as_outpatients_with(tmp_path: Path) -> None:
    rels = relations(tmp_path, "Most patients can be treated as outpatients with oral "
                     "antibiotics, such as penicillin or cephalexin.", "Overview")
    assert {("oral antibiotics", USED, T), ("penicillin", USED, T)} <= rels


def test_uncommon_complications(tmp_path: Path) -> None:
    rels = relations(tmp_path, "Abscess formation and bursitis are uncommon complications.",
                     "Overview")
    assert {(T, COMPL, "abscess formation"), (T, COMPL, "bursitis")} <= rels


def test_levels_named_by_direction_name_their_tests(tmp_path: Path) -> None:
    """"Tests may show a high white cell count and a raised CRP": the white cell count and
    the CRP test (only a level against a number was read)."""
    rels = relations(tmp_path, "Tests may show a high white cell count and a raised CRP.")
    assert (T, DIAG, "white cell count") in rels
    assert any(p == DIAG and o.lower() == "crp test" for _, p, o in rels)


def test_a_treatment_algorithm_names_patients_not_care(tmp_path: Path) -> None:
    """Under "Treatment algorithm", "suspected acute grebble fever" names whom the care is
    for: no remedy."""
    rels = page_relations(tmp_path, "Treatment algorithm\n\nsuspected acute grebble fever\n\n"
                          "chronic grebble fever")
    assert not any(p == USED for _, p, _ in rels)


def test_a_vaccine_named_after_the_illness_stays_care(tmp_path: Path) -> None:
    rels = page_relations(tmp_path, "Treatment\n\nTreatment options include:\n\n"
                          "- grebble fever vaccine\n- rest")
    assert ("grebble fever vaccine", USED, T) in rels


# --- a chronic illness's overview: who it affects, what it harms -----------------------------
@pytest.mark.parametrize("sentence", [
    "The skin hardens, and it affects more women than men.",
    "Women seem to be diagnosed with grebble fever more frequently than men.",
])
def test_one_sex_struck_more(tmp_path: Path, sentence: str) -> None:
    """A sex compared in a clause after "and", or as diagnosed more often (neither read)."""
    assert ("female sex", RISK, T) in relations(tmp_path, sentence, "Overview")


def test_one_sex_diagnosed_with_another_illness_says_nothing_here(tmp_path: Path) -> None:
    rels = relations(tmp_path, "Women are diagnosed with depression more often than men.")
    assert ("female sex", RISK, T) not in rels


def test_problems_in_several_body_systems(tmp_path: Path) -> None:
    """"problems in the blood vessels, internal organs and digestive tract": each system's
    problems (the parts themselves had become complications)."""
    rels = relations(tmp_path, "It can also cause problems in the blood vessels, internal "
                     "organs, and digestive tract.", "Overview")
    for harm in ("blood vessel problems", "internal organ problems", "digestive tract problems"):
        assert (T, COMPL, harm) in rels
    assert (T, COMPL, "digestive tract") not in rels


def test_serious_problems_name_no_complication(tmp_path: Path) -> None:
    rels = relations(tmp_path, "For some people, it can lead to serious problems.")
    assert not any(p == COMPL for _, p, _ in rels)


def test_a_where_clause_with_commas_is_no_sign_of_its_own(tmp_path: Path) -> None:
    """"X, where the fingers go numb, stiffen, and change colour, is an early sign of it":
    the clause's verbs are no signs of the illness ("stiffen" and "change colour" were)."""
    rels = relations(tmp_path, "Zorby fingers, where the tips of your fingers go numb, "
                     "stiffen, and change colour, is often an early sign of grebble fever.")
    assert not any(o in ("stiffen", "change colour") for _, _, o in rels)


# --- a nerve illness's pages: the topic spelt with a space, and what is no sign ------------
def test_a_title_spelt_with_spaces_finds_the_hyphenated_name(tmp_path: Path) -> None:
    """A title "Zorb Grebble Fever" over sentences writing "zorb-grebble fever": the name
    as the sentences spell it (the topic had become "the most common", from a later
    sentence "The most common are ...")."""
    page = tmp_path / "page.txt"
    page.write_text("Zorb Grebble Fever\n\nIntroduction\n\nZorb-grebble fever is the most common "
                    "cause of sudden weakness.\n\nMany infections have been linked with "
                    "zorb-grebble fever. The most common are chest infections.\n",
                    encoding="utf-8")
    cs, _, _ = extract_corpus([page], progress=False)
    labels = {cs.label(c.subject) for c in cs.claims} | {cs.label(c.object) for c in cs.claims
                                                          if c.object is not None}
    assert "zorb-grebble fever" in labels
    assert "the most common" not in labels


@pytest.mark.parametrize(("item", "signs"), [
    ("Breathing or swallowing problems.", {"breathing problems", "swallowing problems"}),
    ("Blood pressure or heart rate problems.", {"blood pressure problems",
                                                "heart rate problems"}),
])
def test_functions_share_a_problems_head(tmp_path: Path, item: str, signs: set[str]) -> None:
    rels = page_relations(tmp_path, f"Later symptoms:\n\n- {item}")
    assert {(T, "has_symptom", s) for s in signs} <= rels


@pytest.mark.parametrize(("sentence", "not_named"), [
    ("It can lead to weakness and paralysis that may last for months or years.", "years"),
    ("Experts do not know why this disease occurs in some people and not others.", "experts"),
    ("It is a disorder characterized by the immune system attacking its nerves.",
     "immune system attacking its nerves"),
    ("Weakness starts in the legs and may progress to involve the upper body.",
     "involve the upper body"),
    ("It can be a devastating disorder because of its sudden onset of weakness.",
     "sudden onset of weakness"),
    ("Most people with grebble fever have a full recovery with careful intensive care and "
     "successful treatment of infection.", "successful treatment of infection"),
])
def test_words_that_name_no_sign_cause_or_harm(tmp_path: Path, sentence: str,
                                                not_named: str) -> None:
    """How long, who does not know, how it comes about, where it spreads, why it is grave
    and what recovery needs: none is a sign, a cause or a harm of the illness."""
    rels = relations(tmp_path, sentence, "Overview")
    assert not any(not_named in (s, o) for s, _, o in rels)


def test_usually_actual_paralysis_is_paralysis(tmp_path: Path) -> None:
    rels = relations(tmp_path, "It can cause weakness and usually actual paralysis.")
    assert any(o == "paralysis" for _, _, o in rels)


# --- a skin infection's "who gets it" pages ------------------------------------------------
def test_a_title_about_developing_it_names_it(tmp_path: Path) -> None:
    """"Risk Factors for Developing X" is about X (the topic had been "developing X", and
    no sentence naming X was read as about it)."""
    page = tmp_path / "page.txt"
    page.write_text("Risk Factors for Developing Grebble Fever\n\nGrebble fever is a skin "
                    "infection.\n\nPoor hygiene, as well as a poor diet, could also be a "
                    "contributing factor.\n", encoding="utf-8")
    cs, _, _ = extract_corpus([page], progress=False)
    rels = {(cs.label(c.subject), c.predicate, cs.label(c.object))
            for c in cs.claims if c.object is not None}
    assert {("poor hygiene", RISK, T), ("poor diet", RISK, T)} <= rels


@pytest.mark.parametrize(("sentence", "factors"), [
    ("A cut or open sore can make it easier to catch, as can dry skin.",
     {"cut", "open sore", "dry skin"}),
    ("Toddlers 2 to 6 years of age are more at risk to get the disease, as are school-aged "
     "children.", {"young age"}),
    ("Children who have anaemia or a weakened immune system could be more at risk to "
     "developing grebble fever.", {"anaemia", "weakened immune system"}),
    ("Grebble fever usually occurs in the summer time, when there is more heat.", {"summer"}),
    ("It is much more common in kids than in adults.", {"young age"}),
])
def test_who_and_what_make_it_likelier(tmp_path: Path, sentence: str,
                                       factors: set[str]) -> None:
    """"make it easier to catch", "more at risk to get", "the summer time", and children
    named as young age (as the gold and the age readings name them)."""
    assert {(f, RISK, T) for f in factors} <= relations(tmp_path, sentence, "Risk factors")


def test_at_risk_of_being_infected_through_a_route_names_no_harm(tmp_path: Path) -> None:
    """"... at higher risk of being infected through contact with towels": the towels are
    no harm of theirs (they had become the risk's object)."""
    rels = relations(tmp_path, "People living in crowded conditions are at higher risk of "
                     "being infected through contact with towels.", "Risk factors")
    assert not any(o == "towels" for _, _, o in rels)


def test_a_state_from_other_mechanisms_still_raises_the_risk(tmp_path: Path) -> None:
    """"Chronic swelling resulting from other mechanisms also increases risk for X": the
    swelling (once "mechanisms" named nothing, the state was lost with it)."""
    rels = relations(tmp_path, "Chronic swelling resulting from other mechanisms also "
                     "increases risk for grebble fever.", "Risk factors")
    assert ("chronic swelling", RISK, T) in rels


# --- one topic across pages that were each read under their own guess --------------------
def _corpus(tmp_path: Path, pages: dict[str, str]) -> set[tuple[str, str, str]]:
    paths = []
    for name, text in pages.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    cs, _, _ = extract_corpus(paths, progress=False)
    return {(cs.label(c.subject), c.predicate, cs.label(c.object))
            for c in cs.claims if c.object is not None}


def test_a_page_titled_with_a_part_of_the_topic_is_read_under_it(tmp_path: Path) -> None:
    """Among pages on grebble fever, one titled "Grebble fever vaccine" had every claim hang
    off "grebble fever vaccine" (its signs, its cause); it is read again under the corpus's
    topic, and the vaccine stays a remedy."""
    rels = _corpus(tmp_path, {
        "a.txt": "Grebble fever\n\nGrebble fever is a rare illness caused by zorb bacteria.\n",
        "b.txt": "Grebble fever\n\nGrebble fever is a rare illness. It causes a rash.\n",
        "c.txt": "Grebble fever vaccine\n\nGrebble fever is a rare illness. The main symptoms "
                 "include a rash and a cough. An effective grebble fever vaccine is given to "
                 "children.\n"})
    assert (T, "has_symptom", "cough") in rels
    assert not any(s == "grebble fever vaccine" and p == "has_symptom" for s, p, _ in rels)


def test_a_page_with_a_section_word_for_a_title_is_read_under_the_corpus_topic(
        tmp_path: Path) -> None:
    """A page whose title is "Epidemiology" and whose sentences name grebble fever again
    and again is read under grebble fever, as the other pages are."""
    rels = _corpus(tmp_path, {
        "a.txt": "Grebble fever\n\nGrebble fever is a rare illness caused by zorb bacteria.\n",
        "b.txt": "Grebble fever\n\nGrebble fever is a rare illness. It causes a rash.\n",
        "c.txt": "Epidemiology\n\nGrebble fever is seen most often in older adults. Grebble "
                 "fever is more common in people with diabetes. Smoking raises the risk of "
                 "grebble fever.\n"})
    assert {("diabetes", RISK, T), ("smoking", RISK, T)} <= rels


def test_a_bracket_after_a_place_names_the_whole_sign(tmp_path: Path) -> None:
    """"stiffness in your jaw muscles (lockjaw)": lockjaw is the stiff jaw, not another name
    of the muscles (every lockjaw claim had been filed under "muscles")."""
    cs = page_claims(tmp_path, "Symptoms\n\nThe main symptoms include:\n\n- stiffness in your "
                     "jaw muscles (lockjaw), which can make opening your mouth difficult\n"
                     "- lockjaw")
    labels = {cs.label(c.object) for c in cs.claims if c.object is not None}
    assert "lockjaw" in labels


# --- a wound infection's pages: vaccination, drug use, the toxin's effects -----------------
@pytest.mark.parametrize(("sentence", "factor"), [
    ("People who are not vaccinated are at higher risk.", "lack of vaccination"),
    ("Unvaccinated children are at higher risk.", "lack of vaccination"),
    ("Most cases occur in people who did not complete the entire vaccination schedule.",
     "incomplete vaccination"),
    ("People who inject illegal drugs are also at an increased risk.",
     "injecting illegal drugs"),
])
def test_vaccination_missed_and_drugs_injected(tmp_path: Path, sentence: str,
                                               factor: str) -> None:
    """Not being vaccinated is a lack of vaccination (it had given nothing, or the words
    "never vaccinated against the condition"); "at an increased risk" (only "at a" was
    read)."""
    assert (factor, RISK, T) in relations(tmp_path, sentence, "Who gets it")


def test_what_its_toxin_does_the_illness_does(tmp_path: Path) -> None:
    """"The toxin can cause painful muscle cramps": a sign of the illness ("toxin" had been
    the subject); "some toxins" are any toxins and stay their own."""
    rels = relations(tmp_path, "If they infect a wound, the toxin can cause painful muscle "
                     "cramps and spasms of the whole body. Some toxins cause liver damage.")
    assert (T, "has_symptom", "painful muscle cramps") in rels
    assert (T, COMPL, "liver damage") not in rels


# --- a lung infection's short pages: ages with an open end, smokers, getting sick ---------
@pytest.mark.parametrize(("sentence", "factors"), [
    ("People 50 years or older, current or former smokers and people with a weakened immune "
     "system are at increased risk.", {"older age", "weakened immune system"}),
    ("Middle aged or elderly people are more at risk from contracting it, as are smokers or "
     "people with chest problems.", {"older age", "smoking", "chest problems"}),
    ("People can get sick when they breathe in mist containing the bacteria.",
     {"breathing in mist containing the bacteria"}),
])
def test_groups_and_exposures_of_a_lung_infection(tmp_path: Path, sentence: str,
                                                  factors: set[str]) -> None:
    """"50 years or older" is one member, an older age (it split into "older" and took the
    smokers' head: "older smoking"); "more at risk from contracting it"; getting sick is
    getting the illness (the target had been "sick")."""
    rels = relations(tmp_path, sentence, "Who gets it")
    assert {(f, RISK, T) for f in factors} <= rels
    assert not any(s == "older smoking" for s, _, _ in rels)


def test_an_age_open_end_before_a_noun_is_no_idiom(tmp_path: Path) -> None:
    rels = relations(tmp_path, "Children under 5 years or older adults are at risk.")
    assert {("young age", RISK, T), ("older age", RISK, T)} <= rels


def test_heavy_drinkers_in_a_risk_list_are_heavy_drinking(tmp_path: Path) -> None:
    rels = page_relations(tmp_path, "Risk factors include:\n\n- smokers and heavy drinkers")
    assert {("smoking", RISK, T), ("heavy drinking", RISK, T)} <= rels
