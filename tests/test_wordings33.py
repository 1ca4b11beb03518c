"""Sentence wordings read in session 33, from own-words batteries about how pages describe
finding an illness and how its figures change over time.  Every sentence is our own, about
the made-up grebble fever."""

from __future__ import annotations

from pathlib import Path

import pytest

from .grebble_pages import page_claims

T = "grebble fever"


def _tests(tmp_path: Path, sentence: str, heading: str = "Diagnosis") -> dict[str, bool]:
    """Return each test the sentence names for the topic, with whether it is denied."""
    cs = page_claims(tmp_path, f"{heading}\n{sentence}")
    return {cs.label(c.object): c.negated for c in cs.claims
            if c.predicate == "diagnosed_by" and cs.label(c.subject) == T}


@pytest.mark.parametrize(("sentence", "test"), [
    ("To rule out other causes, doctors may order a lumbar puncture.", "lumbar puncture"),
    ("To exclude other illnesses, a zorb scan is done.", "zorb scan"),
])
def test_a_leading_purpose_denies_nothing(tmp_path: Path, sentence: str, test: str) -> None:
    """"To rule out other causes, doctors order X": the test is done; the purpose clause's
    "rule out" denies the other causes, not the test (it was read as "not diagnosed by")."""
    assert _tests(tmp_path, sentence).get(test) is False


def test_ruled_out_in_its_own_clause_still_denies(tmp_path: Path) -> None:
    """"Tests ruled out X" in the sentence's own clause keeps its denial."""
    cs = page_claims(tmp_path, "Diagnosis\nA zorb scan ruled out grebble fever.")
    assert not any(c.object is not None and not c.negated and c.predicate == "diagnosed_by"
                   for c in cs.claims)


def test_what_an_exam_checks_for_is_no_test(tmp_path: Path) -> None:
    """"An eye exam is recommended to check for inflammation of the eye": the exam is the
    test; what it looks for is a finding (it was read as a test, "inflammation of the eye
    test")."""
    got = _tests(tmp_path, "An eye exam is recommended to check for inflammation of the eye.")
    assert "eye exam" in got
    assert not any("inflammation" in name for name in got)


def test_what_a_blood_test_measures_is_still_a_test(tmp_path: Path) -> None:
    """The finding rule above leaves measured things alone: "tests to measure calcium"
    name a calcium test."""
    got = _tests(tmp_path, "Your doctor may order tests to measure calcium.")
    assert "calcium test" in got


@pytest.mark.parametrize(("sentence", "test"), [
    ("Doctors often find it on a routine chest X-ray.", "chest x-ray"),
    ("Doctors may spot it during an eye exam.", "eye exam"),
    ("It is often found on a chest X-ray done for another reason.", "chest x-ray"),
    ("It is sometimes discovered during a blood test.", "blood test"),
])
def test_the_test_it_was_found_on(tmp_path: Path, sentence: str, test: str) -> None:
    """"Doctors find it on X" (the finder's verb, active) and "found on an X-ray done for
    another reason" (why the X-ray was done is no part of its name) name the test X."""
    got = _tests(tmp_path, sentence, heading="About")
    assert any(name.endswith(test) for name in got), got
    assert not any("reason" in name for name in got)


def test_finding_a_germ_is_no_test(tmp_path: Path) -> None:
    """The active form needs the topic as its object: "doctors find the germ on a swab"
    names no test found on for the topic through that step."""
    cs = page_claims(tmp_path, "About\nLaboratories find zorb germs in most samples.")
    assert not any(c.evidence.rule == "phrase:found-on" for c in cs.claims)


@pytest.mark.parametrize(("sentence", "kind", "earlier", "now"), [
    ("Mortality has fallen from 50% to about 10% over the last thirty years.", "mortality",
     0.5, 0.1),
    ("Mortality has decreased from 30% in the 1980s to 5% today.", "mortality", 0.3, 0.05),
    ("Survival rose from 20% to more than 60%.", "survival", 0.2, 0.6),
])
def test_a_trend_gives_then_and_now_of_one_quantity(tmp_path: Path, sentence: str, kind: str,
                                                     earlier: float, now: float) -> None:
    """"Fallen from 50 % to about 10 %": both figures are the same quantity, the first the
    page's past (the second was read apart, as a prevalence, when a bound word or a year
    stood between them)."""
    cs = page_claims(tmp_path, f"Outlook\n{sentence}")
    got = {(c.measure.kind, c.measure.value, c.measure.population)
           for c in cs.claims if c.measure is not None}
    assert (kind, earlier, "earlier") in got
    assert (kind, now, None) in got
    assert len(got) == 2


def _risks(tmp_path: Path, sentence: str, heading: str = "About") -> set[tuple[str, str]]:
    cs = page_claims(tmp_path, f"{heading}\n{sentence}")
    return {(cs.label(c.subject), cs.label(c.object)) for c in cs.claims
            if c.predicate == "increases_risk_of"}


@pytest.mark.parametrize(("sentence", "harm"), [
    ("Babies under 6 months are at greater risk of heart problems.", "heart problems"),
    ("Infants under six months are at greater risk of heart problems.", "heart problems"),
    ("Children younger than 5 years are most at risk.", T),
])
def test_young_people_at_risk_are_a_young_age(tmp_path: Path, sentence: str, harm: str) -> None:
    """Babies and infants are people ("babies under 6 months" gave nothing: the age words
    were read as the factor's name and dropped), and "younger than 5" is one age group (the
    name was cut at "than")."""
    assert ("young age", harm) in _risks(tmp_path, sentence)


@pytest.mark.parametrize(("sentence", "drugs"), [
    ("Steroids such as plinthasone are the usual first treatment.", {"steroids", "plinthasone"}),
    ("The drug zorbamycin is sometimes added.", {"zorbamycin"}),
    ("The antibiotic zorbamycin is often given.", {"zorbamycin"}),
    ("Doctors may prescribe the medicine plinthazole.", {"plinthazole"}),
])
def test_the_drug_named_after_its_class(tmp_path: Path, sentence: str, drugs: set[str]) -> None:
    """"The usual first treatment" ranks care twice (it gave nothing); "the drug X" names X,
    as the plural "the medicines X" already did."""
    cs = page_claims(tmp_path, f"Treatment\n{sentence}")
    got = {cs.label(c.subject).lower() for c in cs.claims if c.predicate == "used_for"}
    assert drugs <= got, got


@pytest.mark.parametrize("phrase", ["antibiotic cream", "medication management", "drug use",
                                    "steroid medicine"])
def test_a_class_word_before_a_plain_noun_stays_whole(phrase: str) -> None:
    """Only a word English does not know, or a noun with a drug name's ending, is a drug's
    name after its class word: a form, a use or a kind of care keeps the class word."""
    from claimgraph.ingest.phrases import clean_phrase

    assert clean_phrase(phrase) == phrase


@pytest.mark.parametrize("sentence", [
    "Since the cause is unknown, it cannot be prevented.",
    "Because the cause is not known, most cases cannot be prevented.",
])
def test_not_preventable_after_a_reason(tmp_path: Path, sentence: str) -> None:
    """A leading "since/because" clause is a clause of its own: "it cannot be prevented"
    after it is still said of the topic (nothing was read)."""
    cs = page_claims(tmp_path, f"Prevention\n{sentence}")
    assert any(c.predicate == "prevents" and c.negated and cs.label(c.object) == T
               for c in cs.claims)


@pytest.mark.parametrize(("sentence", "means"), [
    ("Get vaccinated against flu every year.", "flu vaccination"),
    ("Get a flu vaccine every year.", "flu vaccine"),
    ("Get your child vaccinated.", "vaccination"),
])
def test_advice_to_be_vaccinated(tmp_path: Path, sentence: str, means: str) -> None:
    """Advice to get vaccinated names the vaccination (acts starting "getting" were all
    skipped, as "get help" names no means)."""
    cs = page_claims(tmp_path, f"Prevention\n{sentence}")
    assert (means, T) in {(cs.label(c.subject), cs.label(c.object)) for c in cs.claims
                          if c.predicate == "prevents" and not c.negated}


def test_getting_help_is_still_no_means(tmp_path: Path) -> None:
    cs = page_claims(tmp_path, "Prevention\nGet medical help quickly.")
    assert not any(c.predicate == "prevents" for c in cs.claims)


@pytest.mark.parametrize(("sentence", "harm"), [
    ("Children may have problems with their growth.", "growth problems"),
    ("Some people may have lasting weakness.", "lasting weakness"),
    # (the feeling by its sign's name, as the state reader names it: session 44)
    ("Many people feel tired for months afterwards.", "tiredness"),
])
def test_what_some_are_left_with(tmp_path: Path, sentence: str, harm: str) -> None:
    """Under complications, "may have" trouble with something or a lasting state, and
    "feel X for months", are harms of the illness (only "develop" and "suffer from" were)."""
    cs = page_claims(tmp_path, f"Complications\n{sentence}")
    got = {cs.label(c.object) for c in cs.claims if c.predicate == "has_complication"}
    assert harm in got, got


def test_care_some_may_have_is_no_harm(tmp_path: Path) -> None:
    """"Children may have surgery" under complications names no harm."""
    cs = page_claims(tmp_path, "Complications\nChildren may have surgery.")
    assert not any(c.predicate == "has_complication" for c in cs.claims)


def test_a_plural_known_only_as_a_verb_is_a_name(tmp_path: Path) -> None:
    """"dusts" (the lexicon knows it only as a verb) is the plural of a noun: a member of
    the list like the others (it was dropped as a stray modifier)."""
    cs = page_claims(tmp_path, "Causes\nCertain infections, dusts and chemicals have been "
                               "suggested as triggers.")
    got = {cs.label(c.subject) for c in cs.claims if c.predicate == "increases_risk_of"}
    assert {"infections", "dusts", "chemicals"} <= got


def test_a_weak_immune_system_such_as_from(tmp_path: Path) -> None:
    """"a weakened immune system, such as from A or B": the state and each cause."""
    cs = page_claims(tmp_path, "Risk factors\nPeople with a weakened immune system, such as "
                               "from zorb infection or chemotherapy, are at higher risk.")
    got = {cs.label(c.subject) for c in cs.claims if c.predicate == "increases_risk_of"}
    assert {"weakened immune system", "zorb infection", "chemotherapy"} <= got


@pytest.mark.parametrize("dash", ["\u2012", "\u2015", "\uff0d"])
def test_a_range_written_with_a_rarer_dash(tmp_path: Path, dash: str) -> None:
    """A figure dash, a horizontal bar or a wide hyphen joins a range as a hyphen does ("20‒30%"
    was read as 30 % alone, and as a frequency)."""
    cs = page_claims(tmp_path, f"Outlook\nDeath occurs in 20{dash}30% of cases.")
    got = [(c.measure.kind, c.measure.low, c.measure.high) for c in cs.claims
           if c.measure is not None]
    assert got == [("mortality", 0.2, 0.3)]


@pytest.mark.parametrize(("sentence", "harms"), [
    ("If the eye is affected, there is a risk of scarring and loss of vision.",
     {"scarring", "loss of vision"}),
    ("When the heart is involved, there is a risk of heart failure.", {"heart failure"}),
    ("There is also a small risk of heart failure.", {"heart failure"}),
])
def test_a_risk_after_where_it_reaches(tmp_path: Path, sentence: str, harms: set[str]) -> None:
    """"If the eye is affected, there is a risk of X": the lead names where the illness
    reaches, and X is still its harm (the lead was read as the one at risk); "there is also
    a risk" is the same phrase."""
    cs = page_claims(tmp_path, f"Complications\n{sentence}")
    got = {cs.label(c.object) for c in cs.claims if c.predicate == "has_complication"}
    assert harms <= got, got


def test_a_risk_carried_by_something_else_is_not_the_topics(tmp_path: Path) -> None:
    """A risk a thing other than the topic carries stays its own: "Smoking carries a risk of
    heart failure" names no harm of the illness."""
    cs = page_claims(tmp_path, "Complications\nSmoking carries a risk of heart failure.")
    assert not any(c.predicate == "has_complication" for c in cs.claims)


@pytest.mark.parametrize(("sentence", "sign", "site"), [
    ("There may be fluid build-up in one or two big joints.", "fluid build-up", "joints"),
    ("A painful rash appears in one or two nearby dermatomes.", "painful rash", "dermatomes"),
    ("There may be swelling of one or both elbows.", "swelling", "elbows"),
])
def test_how_many_places_is_no_member(tmp_path: Path, sentence: str, sign: str,
                                      site: str) -> None:
    """"in one or two big joints" counts places: no list ("two big joints" was a sign of
    its own) and no part of the sign's name; the place is where it shows (a dermatome is a
    body site)."""
    cs = page_claims(tmp_path, f"Symptoms\n{sentence}")
    signs = {cs.label(c.object) for c in cs.claims if c.predicate == "has_symptom"}
    sites = {cs.label(c.object) for c in cs.claims if c.predicate == "affects"}
    assert sign in signs, signs
    assert not any(x.startswith(("two", "both")) for x in signs)
    assert site in sites, sites


@pytest.mark.parametrize("sentence", [
    "It can follow an injury to the knee.",
    "It affects people who had a bad injury to the left kidney.",
])
def test_a_part_injured_before_is_no_site(tmp_path: Path, sentence: str) -> None:
    """The part an injury or operation was done to is an event before the illness, not
    where the illness shows, even under a symptoms heading."""
    cs = page_claims(tmp_path, f"Symptoms\n{sentence}")
    assert not any(c.predicate == "affects" for c in cs.claims)


@pytest.mark.parametrize(("sentence", "onset"), [
    ("Symptoms usually come on suddenly.", "sudden onset"),
    ("Usually the onset of the illness is sudden.", "sudden onset"),
    ("Unlike a zorb stroke, the weakness develops gradually.", "gradual onset"),
    ("The illness starts abruptly with a high fever.", "sudden onset"),
    ("Symptoms can develop very quickly.", "rapid onset"),
])
def test_how_fast_it_starts(tmp_path: Path, sentence: str, onset: str) -> None:
    """The pace of onset is a feature readers record as a sign ("sudden onset"); no
    relation phrase covered it, as neither side names a thing."""
    cs = page_claims(tmp_path, f"Symptoms\n{sentence}")
    assert onset in {cs.label(c.object) for c in cs.claims if c.predicate == "has_symptom"}


@pytest.mark.parametrize("sentence", [
    "Unlike grebble fever, the symptoms of a zorb stroke usually come on suddenly.",
    "The rash spreads quickly.",
])
def test_another_illness_pace_or_spreading_is_no_onset(tmp_path: Path, sentence: str) -> None:
    """Another illness's symptoms starting, or a sign spreading, say nothing of its onset."""
    cs = page_claims(tmp_path, f"Symptoms\n{sentence}")
    assert not any(c.evidence.rule == "phrase:onset-pace" for c in cs.claims)


@pytest.mark.parametrize(("sentence", "negated", "hedged"), [
    ("The benefit of zorbamycin is uncertain.", False, True),
    ("The effectiveness of zorbamycin remains unproven.", False, True),
    ("Zorbamycin may be of benefit.", False, True),
    ("Zorbamycin is of no benefit.", True, False),
])
def test_whether_a_remedy_works_in_doubt(tmp_path: Path, sentence: str, negated: bool,
                                         hedged: bool) -> None:
    """"The benefit of X is uncertain" and "X may be of benefit" say X works, in doubt
    (nothing was read); "of no benefit" denies it."""
    cs = page_claims(tmp_path, f"Treatment\n{sentence}")
    got = {(c.negated, c.hedged) for c in cs.claims if c.predicate == "effective_for"
           and cs.label(c.subject) == "zorbamycin" and cs.label(c.object) == T}
    assert got == {(negated, hedged)}


def test_a_controversial_remedy_is_hedged(tmp_path: Path) -> None:
    """"Treatment with X is controversial": used, in doubt."""
    cs = page_claims(tmp_path, "Treatment\nTreatment with steroids is controversial.")
    assert {(c.predicate, c.hedged) for c in cs.claims
            if cs.label(c.subject) == "steroids"} == {("used_for", True)}


def test_a_line_saying_what_a_remedy_helps_names_the_remedy(tmp_path: Path) -> None:
    """A line under treatment, "IV fluids help maintain blood pressure", names the fluids
    (the whole line was the remedy's name)."""
    cs = page_claims(tmp_path, "Treatment\nIV fluids help maintain blood pressure.")
    assert "IV fluids" in {cs.label(c.subject) for c in cs.claims if c.predicate == "used_for"}


@pytest.mark.parametrize(("sentence", "factor", "outlook"), [
    ("People who are treated early usually do well.", "early treatment", "good prognosis"),
    ("People who smoke tend to have a worse outcome.", "smoking", "poor prognosis"),
    ("Patients who get treatment late do worse.", "delayed treatment", "poor prognosis"),
    ("Death is more likely in people with diabetes.", "diabetes", "death"),
])
def test_who_does_better_or_worse(tmp_path: Path, sentence: str, factor: str,
                                  outlook: str) -> None:
    """The people's own clause names the factor ("people who smoke": smoking; the words were
    cleaned first, which cut the clause and left "people"); "do well / worse" and "death is
    more likely in" speak of the outlook."""
    cs = page_claims(tmp_path, f"Outlook\n{sentence}")
    assert (factor, outlook) in {(cs.label(c.subject), cs.label(c.object)) for c in cs.claims
                                 if c.object is not None}


def test_infections_of_several_parts(tmp_path: Path) -> None:
    """"Infections of the skin, lungs or bones can lead to it": an infection of each part,
    named as readers name them (the later parts were causes named "lungs" and "bones")."""
    cs = page_claims(tmp_path, "Causes\nInfections of the skin (zorbitis), lungs or bones can "
                               "lead to it.")
    got = {cs.label(c.subject) for c in cs.claims if c.predicate == "causes"}
    assert {"skin infection", "lung infection", "bone infection"} <= got, got
    assert not got & {"lungs", "bones"}


@pytest.mark.parametrize(("sentence", "sign", "negated"), [
    ("The rash is not itchy.", "itchy rash", True),
    ("The rash does not usually itch.", "itchy rash", True),
    ("The lumps are usually painless.", "painless lump", False),
    ("The blisters may be painful.", "painful blister", False),
])
def test_a_sign_and_its_quality(tmp_path: Path, sentence: str, sign: str, negated: bool) -> None:
    """"The rash is not itchy" says what the rash is not: a quality pages use to tell
    look-alikes apart (only the rash was read, and not as denied of anything)."""
    cs = page_claims(tmp_path, f"Symptoms\n{sentence}")
    got = {(cs.label(c.object), c.negated) for c in cs.claims if c.predicate == "has_symptom"}
    assert (sign, negated) in got, got


@pytest.mark.parametrize(("sentence", "factor", "harm"), [
    ("Among those with weak immune defences the spots can appear all over.",
     "weak immune defences", "generalized spots"),
    ("In rare cases, usually among people with a weakened immune system, the rash may become "
     "generalized.", "weakened immune system", "generalized rash"),
    ("In people with diabetes, the infection tends to be more severe.", "diabetes",
     "severe grebble fever"),
    ("The illness is more severe in babies.", "young age", "severe grebble fever"),
])
def test_who_has_it_worse(tmp_path: Path, sentence: str, factor: str, harm: str) -> None:
    """A group named as the setting of a sign that widens, or of a more severe illness: the
    group's state raises the risk of the generalized sign or of severe illness (nothing
    was read)."""
    cs = page_claims(tmp_path, f"About\n{sentence}")
    got = {(cs.label(c.subject), cs.label(c.object)) for c in cs.claims
           if c.predicate == "increases_risk_of"}
    assert any(s.startswith(factor.split()[0]) and o == harm for s, o in got), got


def test_a_sign_widening_with_no_group_names_no_factor(tmp_path: Path) -> None:
    """(The widening itself is a complication since session 34; no factor raises it.)"""
    cs = page_claims(tmp_path, "Symptoms\nThe rash may spread widely.")
    assert not any(c.evidence.rule == "phrase:worse-in-group" for c in cs.claims)
    assert not any(c.predicate == "increases_risk_of" for c in cs.claims)
