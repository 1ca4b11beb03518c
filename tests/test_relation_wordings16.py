"""Relations read in session 16: symptoms a described process causes, care named as the
mainstay, examples of a class of remedies, grave cases' outcomes, what things are made to
do, and what the topic is a complication of."""

from __future__ import annotations

from pathlib import Path

from .grebble_pages import relations

T = "grebble fever"


def test_symptoms_a_described_process_causes_are_the_topics(tmp_path: Path) -> None:
    """'... release a poison that harms the nerves, causing symptoms such as A and B'."""
    got = relations(tmp_path, "The germs release a poison that harms the nerves, causing "
                              "symptoms such as muscle cramps and twitching.", "How you get it")
    assert {(T, "has_symptom", "muscle cramps"), (T, "has_symptom", "twitching")} <= got


def test_the_mainstay_in_the_treatment_of_the_topic(tmp_path: Path) -> None:
    got = relations(tmp_path, "Oral zorbulin constitutes the mainstay in the treatment of "
                              "grebble fever.", "Treatment")
    assert ("oral zorbulin", "used_for", T) in got


def test_examples_after_the_topic_are_each_a_remedy(tmp_path: Path) -> None:
    """'Several vaccines are used to prevent it, including A and B': A and B each prevent it,
    and neither is something the vaccines prevent."""
    got = relations(tmp_path, "Several vaccines are used to prevent grebble fever, including "
                              "Zorvax and Bimvax.", "Prevention")
    assert {("zorvax", "prevents", T), ("bimvax", "prevents", T)} <= got
    assert not {x for x in got if x[1] == "prevents" and x[2] in ("zorvax", "bimvax")}


def test_the_outcome_of_the_worst_cases_is_the_topics(tmp_path: Path) -> None:
    """'In the worst cases, blood pressure drops, leading to shock': the topic's complication."""
    got = relations(tmp_path, "In the worst cases, blood pressure drops and the heart weakens, "
                              "leading to circulatory collapse.", "What happens")
    assert (T, "has_complication", "circulatory collapse") in got


def test_what_things_are_made_to_do_names_the_harm(tmp_path: Path) -> None:
    """'cause body organs, such as the kidneys, to fail' is organ (and kidney) failure."""
    got = relations(tmp_path, "Grebble fever can also cause body organs, such as the kidneys "
                              "or liver, to fail.", "What happens")
    assert {(T, "has_complication", "organ failure"),
            (T, "has_complication", "kidney failure")} <= got
    assert (T, "has_complication", "body organs") not in got


def test_what_the_topic_is_a_complication_of(tmp_path: Path) -> None:
    """'<topic> is a complication of X', '... develops as a complication following an attack
    of X': X leads to the topic, so X raises its risk (the topic's causes are its risks); the
    topic has no complication X."""
    got = relations(tmp_path, "Grebble fever is a complication of marsh flu. It often develops "
                              "as a complication following an attack of bog cough.", "About")
    assert {("marsh flu", "increases_risk_of", T), ("bog cough", "increases_risk_of", T)} <= got
    assert not {x for x in got if x[1] == "has_complication"}


def test_the_medicines_used_to_treat_it_are_named_after_are(tmp_path: Path) -> None:
    got = relations(tmp_path, "The medicines used to prevent and treat grebble fever are "
                              "zorbulins, also called marsh drops.", "Medicines")
    assert ("zorbulins", "used_for", T) in got


def test_a_companion_remedy_is_not_the_subject(tmp_path: Path) -> None:
    """'X is recommended alongside Y to prevent it': X prevents it, 'alongside Y' does not."""
    got = relations(tmp_path, "Compression socks are often recommended alongside zorbulin to "
                              "prevent and treat grebble fever.", "Medicines")
    assert ("compression socks", "prevents", T) in got
    assert not {x for x in got if x[0].startswith("alongside")}


def test_so_your_risk_is_higher_names_the_clause_subject(tmp_path: Path) -> None:
    """'X makes the blood clot more easily, so your risk of getting it is increased'."""
    got = relations(tmp_path, "Fennix makes the blood clot more easily, so your risk of "
                              "getting grebble fever is slightly increased.", "Who gets it")
    assert ("fennix", "increases_risk_of", T) in got


def test_a_subject_a_conjunction_dropped_is_the_first_clauses(tmp_path: Path) -> None:
    """'It is usually caused by bacteria, but can also be brought on by viruses': both."""
    got = relations(tmp_path, "The infection is usually caused by bacteria, but can also be "
                              "brought on by viruses.", "Causes")
    assert ("bacteria", "causes", T) in got
    assert any(s == "viruses" and o == T for s, _, o in got)


def test_the_kind_named_after_one_of_and_how_it_travels(tmp_path: Path) -> None:
    """'any one of four X spread by midges that live in and near houses': X causes it; the
    houses are where midges live, no cause of their own."""
    got = relations(tmp_path, "Grebble fever is caused by any one of four grebble viruses "
                              "spread by midges that thrive in and near houses.", "Causes")
    assert ("grebble viruses", "causes", T) in got
    assert not {x for x in got if "houses" in x[0]}


def test_the_use_of_a_companion_is_not_the_subject_either(tmp_path: Path) -> None:
    got = relations(tmp_path, "Compression socks are often recommended alongside the use of "
                              "zorbulin to prevent and treat grebble fever.", "Treatment")
    assert ("compression socks", "prevents", T) in got
    assert ("zorbulin", "prevents", T) not in got


def test_signs_a_diagnosis_is_based_on_are_the_topics_not_tests(tmp_path: Path) -> None:
    """'... based on an exam and the signs and symptoms of spasms, stiffness and pain'."""
    got = relations(tmp_path, "Doctors diagnose grebble fever based on a physical exam, medical "
                              "history, and the signs and symptoms of muscle spasms, stiffness "
                              "and pain.", "Diagnosis")
    assert {(T, "has_symptom", "stiffness"), (T, "has_symptom", "pain"),
            (T, "diagnosed_by", "physical exam")} <= got
    assert not {x for x in got if x[1] == "diagnosed_by" and x[2] in ("pain", "stiffness")}


def test_a_new_clause_after_a_comma_ends_a_cause(tmp_path: Path) -> None:
    """'Because it is caused by a virus, there is no medicine to treat it': the medicine is
    no cause, and it is denied as a remedy."""
    cs_got = relations(tmp_path, "Because grebble fever is caused by a virus, there is no "
                                 "specific medicine to treat it.", "Treatment")
    assert ("virus", "causes", T) in cs_got
    assert not {x for x in cs_got if x[1] == "causes" and "medicine" in x[0]}


def test_what_people_develop_if_it_is_left_untreated_is_a_complication(tmp_path: Path) -> None:
    got = relations(tmp_path, "If left untreated, about one in 10 people with grebble fever "
                              "will develop a lung clot.", "What is it?")
    assert (T, "has_complication", "lung clot") in got
    assert (T, "has_symptom", "lung clot") not in got


def test_a_gloss_of_what_is_done_lists_no_tests(tmp_path: Path) -> None:
    """'A biopsy (taking a sample via needle, tube, or surgery)': one test, no 'tube' test."""
    got = relations(tmp_path, "A biopsy (taking a lung tissue sample via needle, tube, or "
                              "surgery) may be done in more severe cases.", "Diagnosis")
    assert (T, "diagnosed_by", "biopsy") in got
    assert not {x for x in got if x[2] in ("tube", "surgery")}


def test_ruling_the_topic_out_is_no_look_alike(tmp_path: Path) -> None:
    got = relations(tmp_path, "If the blood test is negative, it rules out the possibility of "
                              "grebble fever in most cases.", "Diagnosis")
    assert not {x for x in got if x[1] == "resembles"}


def test_other_health_problems_name_nothing(tmp_path: Path) -> None:
    got = relations(tmp_path, "Alcohol and drug misuse raise the risk of grebble fever as well "
                              "as other health problems.", "Risks")
    assert ("alcohol", "increases_risk_of", T) in got
    assert not {x for x in got if x[2] == "health problems"}


def test_lowercase_lines_after_a_colon_lead_in_are_items(tmp_path: Path) -> None:
    """A list that lost its bullets: 'These can include:' then one lowercase line per item.
    Each line is read as an item of its own, not run into the lead-in's sentence."""
    from .grebble_pages import page_claims

    cs = page_claims(tmp_path, "Later symptoms\nMore serious symptoms may come weeks later if "
                               "it is not treated. These can include:\npain and swelling in the "
                               "knees\nproblems with the nerves, such as numbness and pain in "
                               "your limbs,\n")
    got = {(cs.label(c.subject), c.predicate, cs.label(c.object)) for c in cs.claims
           if c.object is not None}
    assert {(T, "has_symptom", "knee swelling"), (T, "has_symptom", "knee pain"),
            (T, "has_symptom", "limb pain"), (T, "has_complication", "nerve problems")} <= got


def test_a_wrapped_line_after_a_colon_still_runs_on() -> None:
    """'Signs include:' / 'fever, rash and' / 'headache.': one item over two lines."""
    from claimgraph.ingest.sections import classify_lines

    _, blocks = classify_lines("Grebble fever\n\nSigns include:\nfever, rash and\nheadache.\n")
    items = [b for b in blocks if b.kind == "item"]
    assert len(items) == 1 and "headache" in items[0].text


def test_the_part_that_swells_is_named_not_where_it_is(tmp_path: Path) -> None:
    """'The glands in your neck become swollen': the glands swell (swollen lymph nodes, the
    lexicon's name for swollen glands, since session 41; it had been "gland swelling"), while
    'marks on the skin that look purple' still colour the skin."""
    got = relations(tmp_path, "The glands in your neck become swollen. Marks on the skin may "
                              "look purple.", "Symptoms")
    assert (T, "has_symptom", "swollen lymph nodes") in got
    assert (T, "has_symptom", "neck swelling") not in got
    assert (T, "has_symptom", "skin discolouration") in got


def test_management_includes_names_the_care(tmp_path: Path) -> None:
    """'Management includes X and Y' lists care; 'management of such patients' is a
    subgroup's, named before, and gives nothing for the topic as a whole."""
    got = relations(tmp_path, "Management usually includes zorbulin and careful monitoring.",
                    "Outlook")
    assert ("zorbulin", "used_for", T) in got
    other = relations(tmp_path, "Management of such patients includes zorbulin.", "Outlook")
    assert ("zorbulin", "used_for", T) not in other


def test_signs_of_a_germ_a_test_looks_for_are_no_symptoms(tmp_path: Path) -> None:
    """'a urine test to look for signs of bacteria': the bacteria are no sign of the topic."""
    got = relations(tmp_path, "Grebble fever is diagnosed using a urine test and signs of "
                              "bacteria.", "Diagnosis")
    assert (T, "has_symptom", "bacteria") not in got


def test_what_you_may_have_in_hospital_is_care_not_signs(tmp_path: Path) -> None:
    """'In hospital you may have:' lists tests and care, each by what it names."""
    from .grebble_pages import page_relations

    got = page_relations(tmp_path, "In hospital\nIn hospital you may have:\n- blood tests\n"
                                   "- an X-ray or scan\n- antibiotics through a drip\n")
    assert {(T, "diagnosed_by", "blood tests"), ("antibiotics", "used_for", T)} <= got
    assert not {x for x in got if x[1] == "has_symptom"}


def test_a_doctors_act_before_a_test_item_is_no_part_of_its_name(tmp_path: Path) -> None:
    from .grebble_pages import page_relations

    got = page_relations(tmp_path, "Seeing a GP\nYour doctor may:\n- do a CT scan of the area\n"
                                   "- check your blood pressure\n- arrange an MRI scan\n")
    assert {(T, "diagnosed_by", "CT scan"), (T, "diagnosed_by", "blood pressure test"),
            (T, "diagnosed_by", "MRI scan")} <= got
    assert not {x for x in got if x[2].startswith(("check", "do ", "arrange"))}
