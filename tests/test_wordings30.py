"""Sentence wordings read in session 30, from an own-words battery about what raises the risk
of an illness and what causes it.  Every sentence is our own, about the made-up grebble fever."""

from __future__ import annotations

from pathlib import Path

import pytest

from .grebble_pages import page_claims, relations

T = "grebble fever"


def _said(tmp_path: Path, heading: str, sentence: str) -> set[tuple[str, str, bool]]:
    """Return (subject, predicate, hedged) of each relation whose object is the topic."""
    cs = page_claims(tmp_path, f"{heading}\n{sentence}")
    return {(cs.label(c.subject), c.predicate, c.hedged) for c in cs.claims
            if c.object is not None and cs.label(c.object) == T}


@pytest.mark.parametrize(("sentence", "factor"), [
    ("Heavy drinking is also a risk.", "heavy drinking"),
    ("Obesity is a major risk.", "obesity"),
])
def test_a_thing_named_a_risk(tmp_path: Path, sentence: str, factor: str) -> None:
    """"X is (also) a risk" under risk factors names X as raising the risk, with no
    "factor" after the noun (nothing was read)."""
    assert (factor, "increases_risk_of", False) in _said(tmp_path, "Risk factors", sentence)


def test_a_risk_named_outside_risk_sections_is_not_read_so(tmp_path: Path) -> None:
    """Under symptoms the same words are no risk factor of the illness."""
    got = _said(tmp_path, "Symptoms", "Pain is also a risk.")
    assert not any(s == "pain" and p == "increases_risk_of" for s, p, _ in got)


@pytest.mark.parametrize(("sentence", "factor", "hedged"), [
    ("Smoking appears to be a factor.", "smoking", True),
    ("Stress may be a contributing factor.", "stress", True),
    ("Damp housing is a contributing factor.", "damp housing", False),
    ("Certain medicines, such as zorbacillin, are thought to contribute.", "zorbacillin",
     True),
    ("Genetics are thought to contribute.", "genetics", True),
])
def test_a_factor_with_no_object(tmp_path: Path, sentence: str, factor: str,
                                 hedged: bool) -> None:
    """"X appears to be a factor", "X is thought to contribute": X plays a part in the
    illness, hedged when the sentence guesses (nothing was read: no object is named)."""
    assert (factor, "contributes_to", hedged) in _said(tmp_path, "Causes", sentence)


@pytest.mark.parametrize(("sentence", "cause"), [
    ("Zorbacillus is to blame in most cases.", "zorbacillus"),
    ("The germ zorbacillus is usually to blame.", "zorbacillus"),
    ("Zorbacillus and zorbococcus are the two germs behind most cases.", "zorbococcus"),
    ("Zorbacillus is the most common culprit.", "zorbacillus"),
    ("Zorbacillus is the usual cause.", "zorbacillus"),
])
def test_what_is_blamed_or_behind_the_cases(tmp_path: Path, sentence: str, cause: str) -> None:
    """A germ "to blame", "behind most cases" or "the most common culprit" causes it."""
    assert (cause, "causes", False) in _said(tmp_path, "Causes", sentence)


def test_blame_for_another_thing_is_not_the_illness(tmp_path: Path) -> None:
    """"X is to blame for the itching" blames X for a sign, not for the illness."""
    got = _said(tmp_path, "Causes", "Zorbacillus is to blame for the itching.")
    assert not any(s == "zorbacillus" and p == "causes" for s, p, _ in got)


def test_groups_that_face_the_greatest_risk(tmp_path: Path) -> None:
    """"A and people with B face the greatest risk": each group's state raises it."""
    got = _said(tmp_path, "Risk factors", "Older adults and people with long-term illnesses "
                                          "face the greatest risk.")
    assert {("older age", "increases_risk_of", False),
            ("long-term illnesses", "increases_risk_of", False)} <= got


@pytest.mark.parametrize(("sentence", "factor"), [
    ("Cases have also occurred in people with skin infections.", "skin infections"),
    ("It has also been seen in people with burns.", "burns"),
])
def test_cases_seen_in_people_with_a_state(tmp_path: Path, sentence: str, factor: str) -> None:
    """Cases seen "in people with X": X raises the risk (nothing was read)."""
    assert (factor, "increases_risk_of", False) in _said(tmp_path, "Risk factors", sentence)


def test_what_most_cases_involve(tmp_path: Path) -> None:
    """"Most cases involve women using zorb pads": the pads' use raises the risk."""
    got = _said(tmp_path, "Risk factors", "Most cases involve women using zorb pads.")
    assert any(p == "increases_risk_of" and "zorb pad" in s for s, p, _ in got)


def test_women_who_account_for_cases_cause_nothing(tmp_path: Path) -> None:
    """Women "who use zorb pads" accounting for half the cases: the use raises the risk;
    the women were read as the cause of the illness."""
    got = _said(tmp_path, "Risk factors", "Women who are menstruating and using zorb pads "
                                          "account for about half of cases.")
    assert not any(p == "causes" for _, p, _ in got)
    assert any(p == "increases_risk_of" and "zorb pad" in s for s, p, _ in got)


def test_what_infection_is_more_likely_after(tmp_path: Path) -> None:
    """"Infection is more likely after surgery": surgery raises the risk."""
    assert ("surgery", "increases_risk_of", False) in _said(
        tmp_path, "Causes", "Infection is more likely after surgery.")


def test_a_common_source(tmp_path: Path) -> None:
    """"X is a common source" under causes: where the illness comes from raises its risk."""
    assert ("contaminated water", "increases_risk_of", False) in _said(
        tmp_path, "Causes", "Contaminated water is a common source.")


def test_the_group_most_likely_to_be_affected(tmp_path: Path) -> None:
    """"Children under 5 are most likely to be affected": young age raises the risk, and
    "most likely" ranks the groups without hedging the claim."""
    assert ("young age", "increases_risk_of", False) in _said(
        tmp_path, "Risk factors", "Children under 5 are most likely to be affected.")


@pytest.mark.parametrize("sentence", [
    "Most cases come from zorbacillus.",
    "Zorbacillus accounts for most cases.",
])
def test_a_sentence_under_causes_is_no_named_item(tmp_path: Path, sentence: str) -> None:
    """A one-line sentence under causes whose verb is "come from" or "accounts for" says
    something; its words were taken for one item's name ("zorbacillus accounts")."""
    got = _said(tmp_path, "Causes", sentence)
    assert ("zorbacillus", "causes", False) in got
    assert all(len(s.split()) == 1 for s, _, _ in got)


def test_if_you_recently_had_a_thing(tmp_path: Path) -> None:
    """"You are more at risk if you recently had surgery or gave birth": two factors, not
    one named "surgery or gave birth"."""
    got = relations(tmp_path, "You are more at risk if you recently had surgery or gave birth.",
                    heading="Risk factors")
    risks = {s for s, p, o in got if p == "increases_risk_of" and o == T}
    assert "surgery" in risks
    assert not any(" or " in s for s in risks)


@pytest.mark.parametrize(("sentence", "want"), [
    ("A serious complication is lung scarring, which affects 1 in 5 people and can lead to "
     "breathing failure.", ("lung scarring", "has_complication", "breathing failure")),
    ("Another complication is zorb neuritis, which occurs in 10 percent of people and can "
     "cause deafness.", ("zorb neuritis", "has_complication", "deafness")),
])
def test_which_then_a_second_verb(tmp_path: Path, sentence: str,
                                  want: tuple[str, str, str]) -> None:
    """"X, which affects 1 in 5 and can lead to Y": X leads to Y; the clause between says
    another thing of X (nothing was read: the subject was the words after "which").
    (Since session 37 a harm the topic's harm leads to is that harm's complication.)"""
    assert want in relations(tmp_path, sentence, heading="Complications")


@pytest.mark.parametrize(("sentence", "bite"), [
    ("The germs enter the body when infected flies bite.", "fly bite"),
    ("Infection happens when an infected tick bites.", "tick bite"),
    ("You can catch it when bitten by an infected tick.", "tick bite"),
])
def test_the_bite_it_comes_from(tmp_path: Path, sentence: str, bite: str) -> None:
    """"... when infected ticks bite": the bite raises the risk."""
    assert (bite, "increases_risk_of", False) in _said(tmp_path, "Causes", sentence)


def test_people_biting_name_no_animal(tmp_path: Path) -> None:
    """"when people bite their nails" names no animal's bite."""
    got = _said(tmp_path, "Causes", "It spreads when people bite their nails.")
    assert not any(s.endswith(" bite") for s, _, _ in got)


def test_a_lead_name_glossed_by_the_people_it_covers(tmp_path: Path) -> None:
    """"Weakened immune system. This includes people with cancer or diabetes.": what those
    people have raises the risk too (only the lead name was read)."""
    got = _said(tmp_path, "Risk factors", "Weakened immune system. This includes people with "
                                          "cancer or diabetes.")
    assert {("weakened immune system", "increases_risk_of", False),
            ("cancer", "increases_risk_of", False),
            ("diabetes", "increases_risk_of", False)} <= got


@pytest.mark.parametrize(("sentence", "way_in"), [
    ("Cuts and scrapes give the germs a way in.", "cuts"),
    ("Open wounds allow germs to enter.", "open wounds"),
])
def test_a_way_in_for_the_germs(tmp_path: Path, sentence: str, way_in: str) -> None:
    """What gives the germs "a way in" or lets them "enter" raises the risk."""
    assert (way_in, "increases_risk_of", False) in _said(tmp_path, "Risk factors", sentence)


@pytest.mark.parametrize(("line", "factor"), [
    ("Having a wound that becomes infected.", "wound"),
    ("Using zorb pads for longer than needed.", "zorb pads"),
    ("Being over 65 years old.", "older age"),
])
def test_a_line_of_what_people_have_or_do(tmp_path: Path, line: str, factor: str) -> None:
    """A line of its own under risk factors that opens with "Having", "Using", "Being"
    names a factor as a list item does (a relative clause in it hid the line)."""
    assert (factor, "increases_risk_of", False) in _said(tmp_path, "Risk factors", line)


def test_an_age_item_written_with_years_old(tmp_path: Path) -> None:
    """"- Being over 65 years old" in a risk list is older age (it was "old")."""
    got = _said(tmp_path, "Risk factors", "- Being over 65 years old\n- Smoking")
    assert ("older age", "increases_risk_of", False) in got
    assert not any(s == "old" for s, _, _ in got)


def test_medicines_that_weaken_the_immune_system(tmp_path: Path) -> None:
    """Medicines "that weaken the immune system" are named as immunosuppressive medicine
    (the item named nothing: "certain medicines" is too generic)."""
    got = _said(tmp_path, "Risk factors", "- Taking certain medicines that weaken the immune "
                                          "system\n- Smoking")
    assert ("immunosuppressive medicine", "increases_risk_of", False) in got


def test_an_injury_it_starts_from(tmp_path: Path) -> None:
    """"It usually starts with a minor injury such as a cut": the injury raises the risk; it
    was read as a first sign ("has symptom cut")."""
    cs = page_claims(tmp_path, "Causes\nGrebble fever usually starts with a minor injury such "
                               "as a cut.")
    got = {(cs.label(c.subject), c.predicate, cs.label(c.object))
           for c in cs.claims if c.object is not None}
    assert ("cut", "increases_risk_of", T) in got
    assert not any(p == "has_symptom" for _, p, _ in got)


def test_a_first_sign_is_still_a_sign(tmp_path: Path) -> None:
    """"It starts with a high fever" stays a sign."""
    got = relations(tmp_path, "It starts with a high fever and a sore throat.",
                    heading="Symptoms")
    assert (T, "has_symptom", "high fever") in got


@pytest.mark.parametrize(("heading", "sentence", "want"), [
    ("Diagnosis", "It's diagnosed by a blood test.", (T, "diagnosed_by", "blood test")),
    ("Complications", "It's a common cause of zorb lung.", (T, "has_complication", "zorb lung")),
    ("Prevention", "It's prevented by washing your hands.", ("washing hands", "prevents", T)),
    ("Symptoms", "It's often accompanied by a fever.", (T, "has_symptom", "fever")),
    ("Risk factors", "You're at higher risk if you have diabetes.",
     ("diabetes", "increases_risk_of", T)),
    ("Risk factors", "You’re at higher risk if you have diabetes, cancer or kidney disease.",
     ("kidney disease", "increases_risk_of", T)),
])
def test_a_verb_cut_short(tmp_path: Path, heading: str, sentence: str,
                          want: tuple[str, str, str]) -> None:
    """"It's diagnosed by", "You're at higher risk if": the verb cut short reads as the
    whole one (nothing was read)."""
    assert want in relations(tmp_path, sentence, heading=heading)


def test_an_anchor_keeps_the_words_as_written(tmp_path: Path) -> None:
    """The words a claim quotes are the page's own ("It's diagnosed"), not the verb spelt
    out for the rules."""
    cs = page_claims(tmp_path, "Diagnosis\nIt's diagnosed by a blood test.")
    anchors = [c.evidence.anchor for c in cs.claims if c.predicate == "diagnosed_by"]
    assert anchors and all("it is" not in (a or "").lower() for a in anchors)


def test_start_as_soon_as_possible_is_no_first_sign(tmp_path: Path) -> None:
    """"Treatment should start as soon as possible": when to treat, no sign it starts with."""
    got = relations(tmp_path, "It's important that treatment starts as soon as possible.",
                    heading="Treatment")
    assert not any(p == "has_symptom" for _, p, _ in got)


@pytest.mark.parametrize("text", [
    "Smokers are more likely to get it, and they are at higher risk of zorb lung.",
    "Smokers are more likely to get it. They are also at higher risk of zorb lung.",
])
def test_they_name_the_group_again(tmp_path: Path, text: str) -> None:
    """"..., and they are at higher risk of X" (or a next sentence "They are also ..."):
    the group the first clause put at risk is the one at risk of X."""
    got = relations(tmp_path, text, heading="Risk factors")
    assert {("smoking", "increases_risk_of", T), ("smoking", "increases_risk_of", "zorb lung")} \
        <= got


def test_at_higher_risk_then_a_clause_of_its_own(tmp_path: Path) -> None:
    """"Older adults are at higher risk, and they ...": the risk is of the topic (nothing was
    read: a comma after "risk" was taken for more words to come)."""
    got = relations(tmp_path, "Older adults are at higher risk, and they are more likely to "
                              "die from it.", heading="Risk factors")
    assert ("older age", "increases_risk_of", T) in got


def test_list_members_alike_with_a_clause(tmp_path: Path) -> None:
    """"a high fever, a rash that looks like sunburn, vomiting": the rash is a member like
    the fever, not a gloss on it (it was dropped as an appositive)."""
    got = relations(tmp_path, "Symptoms include a sudden high fever, a rash that looks like "
                              "sunburn, vomiting and dizziness.", heading="Symptoms")
    assert {(T, "has_symptom", "sunburn-like rash"), (T, "has_symptom", "vomiting")} <= got


def test_a_gloss_on_a_member_is_still_no_member(tmp_path: Path) -> None:
    """"Zorbulin, a solution of antibodies, and rest": the gloss names no remedy."""
    got = relations(tmp_path, "Treatment includes zorbulin, a solution of antibodies, and "
                              "rest.", heading="Treatment")
    assert ("zorbulin", "used_for", T) in got
    assert not any("solution" in s for s, _, _ in got)


@pytest.mark.parametrize(("sentence", "signs"), [
    ("Desquamation of the palms and soles occurs later.",
     {"palm desquamation", "sole desquamation"}),
    ("Peeling of the palms and soles occurs later.", {"palm peeling", "sole peeling"}),
    ("Desquamation occurs.", {"desquamation"}),
])
def test_a_clinical_sign_at_the_palms_and_soles(tmp_path: Path, sentence: str,
                                                signs: set[str]) -> None:
    """The palms and soles are body sites, and desquamation a sign: one sign at each site
    ("Desquamation ... occurs" gave nothing; the soles were read as a second sign)."""
    got = relations(tmp_path, sentence, heading="Clinical features")
    assert {(T, "has_symptom", s) for s in signs} <= got


def test_a_sole_cause_is_no_foot(tmp_path: Path) -> None:
    """"the sole cause" names no body site."""
    got = relations(tmp_path, "Zorbacillus is the sole cause of grebble fever.",
                    heading="Causes")
    assert not any(p == "affects" for _, p, _ in got)


@pytest.mark.parametrize(("heading", "sentence", "want"), [
    ("Clinical features", "Cutaneous involvement includes erythema nodosum and lupus pernio.",
     (T, "has_symptom", "lupus pernio")),
    ("Clinical features", "Erythema nodosum is characteristic.",
     (T, "has_symptom", "erythema nodosum")),
    ("Complications", "Pulmonary fibrosis develops in a minority.",
     (T, "has_complication", "pulmonary fibrosis")),
    ("Management", "Treat with zorbacillin and clindamycin.", ("clindamycin", "used_for", T)),
    ("Clinical features", "On examination there is marked tenderness and crepitus.",
     (T, "has_symptom", "crepitus")),
    ("Diagnosis", "On examination, there are often swollen lymph nodes.",
     (T, "has_symptom", "swollen lymph nodes")),
])
def test_a_clinicians_wording(tmp_path: Path, heading: str, sentence: str,
                              want: tuple[str, str, str]) -> None:
    """Clinical pages' wordings: an organ's involvement listing its signs, a sign called
    characteristic, a harm in "a minority", "Treat with X" (was "treating with X and Y"),
    what examination finds (each gave nothing)."""
    assert want in relations(tmp_path, sentence, heading=heading)


def test_treatment_of_an_organs_involvement_lists_remedies(tmp_path: Path) -> None:
    """"Treatment of skin involvement includes steroid creams" names no sign."""
    got = relations(tmp_path, "Treatment of skin involvement includes steroid creams.",
                    heading="Treatment")
    assert not any(p == "has_symptom" for _, p, _ in got)


@pytest.mark.parametrize(("sentence", "remedy", "predicate"), [
    ("NSAIDs are contraindicated.", "NSAIDs", "used_for"),
    ("Antibiotics have no role.", "antibiotics", "effective_for"),
    ("Steroids play no role in the management of grebble fever.", "steroids", "effective_for"),
])
def test_a_remedy_ruled_out(tmp_path: Path, sentence: str, remedy: str,
                            predicate: str) -> None:
    """A remedy "contraindicated" or with "no role" is denied, and no part in causing the
    illness is read from "play no role in the management"."""
    cs = page_claims(tmp_path, f"Management\n{sentence}")
    got = {(cs.label(c.subject), c.predicate, c.negated) for c in cs.claims
           if c.object is not None}
    assert (remedy, predicate, True) in got
    assert not any(p == "contributes_to" for _, p, _ in got)


@pytest.mark.parametrize(("sentence", "sites"), [
    ("The rash spreads to the forearms and calves.", {"forearms", "calves"}),
    ("Redness of the conjunctiva and mucous membranes is common.",
     {"conjunctiva", "mucous membranes"}),
])
def test_more_body_sites(tmp_path: Path, sentence: str, sites: set[str]) -> None:
    """Forearms, calves, the conjunctiva and the mucous membranes are body sites (they were
    not read as any), and "conjunctiva" keeps its spelling in a sign's name."""
    got = relations(tmp_path, sentence, heading="Symptoms")
    assert {(T, "affects", s) for s in sites} <= got
    assert not any("conjuncty" in o for _, _, o in got)


@pytest.mark.parametrize(("sentence", "sign"), [
    ("Jaundice may occur.", "jaundice"),
    ("Seizures can occur.", "seizures"),
])
def test_more_sign_words(tmp_path: Path, sentence: str, sign: str) -> None:
    """Clinical sign words head a sign wherever they are said to occur."""
    assert (T, "has_symptom", sign) in relations(tmp_path, sentence, heading="Overview")


@pytest.mark.parametrize(("sentence", "remedy"), [
    ("Oxygen therapy helps some patients.", "oxygen therapy"),
    ("TNF inhibitors can be effective.", "TNF inhibitors"),
])
def test_a_remedy_said_to_work_with_no_object(tmp_path: Path, sentence: str,
                                              remedy: str) -> None:
    """"X helps some patients", "X can be effective": X works for it (nothing was read)."""
    assert (remedy, "effective_for", T) in relations(tmp_path, sentence, heading="Treatment")


@pytest.mark.parametrize(("sentence", "harm"), [
    ("Shock may develop.", "shock"),
    ("Pulmonary fibrosis can develop.", "pulmonary fibrosis"),
])
def test_a_grave_harm_said_possible_in_general_text(tmp_path: Path, sentence: str,
                                                    harm: str) -> None:
    """Shock and fibrosis are harms: said to possibly develop, they are complications."""
    assert (T, "has_complication", harm) in relations(tmp_path, sentence, heading="Overview")


def test_the_doctor_asks_then_examines(tmp_path: Path) -> None:
    """"... ask about your symptoms and examine you": a physical examination too."""
    got = relations(tmp_path, "Your doctor will ask about your symptoms and examine you.",
                    heading="Diagnosis")
    assert {(T, "diagnosed_by", "symptom review"),
            (T, "diagnosed_by", "physical examination")} <= got


def test_tests_named_before_what_they_check(tmp_path: Path) -> None:
    """"Blood and urine tests can check your kidneys and liver": the tests are blood and
    urine tests (they were named "kidneys test" and "liver test")."""
    got = relations(tmp_path, "Blood and urine tests can check your kidneys and liver.",
                    heading="Diagnosis")
    assert {(T, "diagnosed_by", "blood tests"), (T, "diagnosed_by", "urine tests")} <= got
    assert not any(o.endswith("kidneys test") for _, _, o in got)


@pytest.mark.parametrize(("sentence", "population"), [
    ("Zorbacillus grebble fever has a death rate of 30 to 70%.", "zorbacillus grebble fever"),
    ("For the type caused by zorbacillus, the death rate is under 3%.",
     "zorbacillus grebble fever"),
])
def test_the_death_rate_of_the_form_a_germ_causes(tmp_path: Path, sentence: str,
                                                  population: str) -> None:
    """A death rate of the form one germ causes counts that form, a subgroup (it was read
    as everyone's, and would have met the overall rate as a conflict)."""
    cs = page_claims(tmp_path, f"Outlook\n{sentence}")
    pops = [c.measure.population for c in cs.claims
            if c.measure is not None and c.measure.kind == "mortality"]
    assert pops == [population]


def test_a_rate_per_head_of_a_group_is_a_prevalence(tmp_path: Path) -> None:
    """"It affects 1 to 3 per 100,000 women who menstruate": how many of them have it, a
    prevalence in that group (it was "frequency", the kind for how often a sign shows)."""
    cs = page_claims(tmp_path, "Overview\nIt affects 1 to 3 per 100,000 women who menstruate.")
    kinds = {(c.measure.kind, c.measure.population) for c in cs.claims if c.measure is not None}
    assert ("prevalence", "women who menstruate") in kinds


@pytest.mark.parametrize(("sentence", "sign"), [
    ("Painful lesions may appear.", "painful lesions"),
    ("Small bumps can develop.", "small bumps"),
])
def test_lesions_and_bumps_are_signs(tmp_path: Path, sentence: str, sign: str) -> None:
    """Lesions and bumps said to appear or develop are signs wherever they are said."""
    assert (T, "has_symptom", sign) in relations(tmp_path, sentence, heading="Overview")


def test_more_ways_people_feel(tmp_path: Path) -> None:
    """"You may feel achy and shivery", "look pale and clammy": aches, chills, pallor and
    clammy skin."""
    got = relations(tmp_path, "You may feel achy and shivery. Patients often look pale and "
                              "clammy.", heading="Symptoms")
    assert {(T, "has_symptom", s) for s in ("aches", "chills", "pallor", "clammy skin")} <= got


@pytest.mark.parametrize(("sentence", "want"), [
    ("Clindamycin can reduce toxin production.", ("clindamycin", "targets", "toxin production")),
    ("TNF inhibitors can reduce inflammation.", ("TNF inhibitors", "targets", "inflammation")),
])
def test_a_drug_named_by_its_own_name_acts(tmp_path: Path, sentence: str,
                                           want: tuple[str, str, str]) -> None:
    """A drug named by its own name ("clindamycin") or its class ("TNF inhibitors") before
    "can reduce" is a remedy acting outside a treatment section too (nothing was read)."""
    assert want in relations(tmp_path, sentence, heading="Overview")


def test_the_ages_it_develops_between(tmp_path: Path) -> None:
    """"It usually develops between the ages of 20 and 40": that age span raises the risk,
    as "It mainly affects adults aged 20 to 40" says (only the age figure was read)."""
    got = relations(tmp_path, "It usually develops between the ages of 20 and 40.",
                    heading="Risk factors")
    assert ("age 20 to 40", "increases_risk_of", T) in got


@pytest.mark.parametrize(("a", "b"), [
    ("abnormal immune response", "immune overreaction"),
    ("immune activation", "T-cell activation"),
    ("cytokine release", "cytokine storm"),
    ("granulomas", "granuloma formation"),
    ("sore throat", "pharyngitis"),
    ("reduced blood flow", "loss of blood supply"),
])
def test_one_process_or_sign_under_two_names(a: str, b: str) -> None:
    """Names pages give one mechanism or sign are one entry of the lexicon, so the resolver
    joins them (each pair was two entities)."""
    from claimgraph.ingest.lexicon import lexicon_group
    from claimgraph.ingest.normalize import label_key

    assert lexicon_group(label_key(a)) is not None
    assert lexicon_group(label_key(a)) == lexicon_group(label_key(b))


@pytest.mark.parametrize(("a", "b"), [
    ("pulmonary hypertension", "high blood pressure in the lungs"),
    ("lung function tests", "breathing tests"),
    ("immunosuppressive medicine", "immunosuppressive drugs"),
])
def test_more_names_of_one_thing(a: str, b: str) -> None:
    """A clinical name and the plain words pages use for it are one lexicon entry."""
    from claimgraph.ingest.lexicon import lexicon_group
    from claimgraph.ingest.normalize import label_key

    assert lexicon_group(label_key(a)) is not None
    assert lexicon_group(label_key(a)) == lexicon_group(label_key(b))


def test_being_immunosuppressed_is_no_medicine() -> None:
    """"Immunosuppressed" (a state) stays apart from immunosuppressive medicine."""
    from claimgraph.ingest.lexicon import lexicon_group
    from claimgraph.ingest.normalize import label_key

    assert lexicon_group(label_key("immunosuppressed")) != \
        lexicon_group(label_key("immunosuppressive medicine"))


@pytest.mark.parametrize(("group", "factor"), [
    ("the elderly", "older age"),
    ("women who have recently given birth", "childbirth"),
    ("transplant recipients", "organ transplant"),
    ("farmers", "farming"),
])
def test_a_group_named_by_what_sets_it_apart(group: str, factor: str) -> None:
    """A group at risk is read as the factor that sets it apart (the group's own words were
    kept: "the elderly", "given birth")."""
    from claimgraph.ingest.phrases import people_factor

    assert people_factor(group) == factor


@pytest.mark.parametrize(("sentence", "harms"), [
    ("Grebble fever can kill.", {"death"}),
    ("Grebble fever can kill within days.", {"death"}),
    ("It can damage organs such as the kidneys, liver and heart.",
     {"kidney damage", "liver damage", "heart damage"}),
])
def test_harms_said_plainly(tmp_path: Path, sentence: str, harms: set[str]) -> None:
    """"<topic> can kill" (only "it can kill" was read) and "damage organs such as A and B"
    (the organs after "such as" were not)."""
    got = relations(tmp_path, sentence, heading="Complications")
    assert {(T, "has_complication", h) for h in harms} <= got


def test_a_germ_that_can_kill_is_no_harm_of_the_topic(tmp_path: Path) -> None:
    """"Zorbacillus can kill" says the germ kills, not that the topic has death as a harm by
    its own name."""
    got = relations(tmp_path, "Zorbacillus can kill.", heading="Complications")
    assert (T, "has_complication", "death") not in got
