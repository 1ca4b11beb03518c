"""Sentence wordings read in session 28, from own-words batteries in the register of
clinical references (risks a harm carries, tests named first, what a diagnosis rests
on).  Every sentence is our own, about the made-up grebble fever and its zorbomas."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.ingest.patterns import section_type

from .grebble_pages import page_claims, relations

T = "grebble fever"


@pytest.mark.parametrize(("sentence", "want"), [
    ("Patients with zorbomas have a lifelong risk of clots and heart attack.",
     {("zorbomas", "increases_risk_of", "clots"),
      ("zorbomas", "increases_risk_of", "heart attack")}),
    ("Smokers have a significant risk of zorbomas.",
     {("smoking", "increases_risk_of", "zorbomas")}),
    ("Zorbomas carry a lifelong risk of clots, rupture and heart attack.",
     {("zorbomas", "increases_risk_of", "clots"),
      ("zorbomas", "increases_risk_of", "rupture"),
      ("zorbomas", "increases_risk_of", "heart attack")}),
    ("Zorbomas are associated with a risk of clots.",
     {("zorbomas", "increases_risk_of", "clots")}),
    ("Zorbomas are linked to long-term harm, with a lifelong risk of clots and rupture.",
     {("zorbomas", "associated_with", "long-term harm"),
      ("zorbomas", "increases_risk_of", "clots"), ("zorbomas", "increases_risk_of", "rupture")}),
])
def test_the_risks_a_harm_carries(tmp_path: Path, sentence: str,
                                  want: set[tuple[str, str, str]]) -> None:
    """A lifelong or significant risk is a raised one; every harm of a list after "risk of"
    is named (the wording read only the first, up to its comma); "associated with a risk
    of Y" raises Y's risk, and a trailing "with a lifelong risk of" names what the linked
    thing brings."""
    got = relations(tmp_path, sentence, heading="Complications")
    assert want <= got
    assert not any(o.startswith(("risk of", "lifelong risk")) for _, _, o in got)


def test_the_topics_own_risk_tail_is_a_complication(tmp_path: Path) -> None:
    """When the topic is what is linked, the risks after it are its complications."""
    got = relations(tmp_path, "Grebble fever is linked to lasting harm, with a lifelong "
                              "risk of clots and heart attack.", heading="Complications")
    assert {(T, "has_complication", "clots"), (T, "has_complication", "heart attack")} <= got


@pytest.mark.parametrize(("sentence", "test"), [
    ("An MRI scan is more sensitive.", "MRI scan"),
    ("The finger test involves a small cut under local anaesthetic.", "finger test"),
    ("Frozen section biopsy gives a rapid answer.", "frozen section biopsy"),
    ("An ECG checks the heart rhythm.", "ECG"),
])
def test_a_test_named_first_under_diagnosis(tmp_path: Path, sentence: str, test: str) -> None:
    """Under a diagnosis heading a sentence that opens with a test says something of a way
    to find the illness (nothing was read, or "heart rhythm" was taken for the test)."""
    got = relations(tmp_path, sentence, heading="Diagnosis")
    assert (T, "diagnosed_by", test) in got
    assert (T, "diagnosed_by", "heart rhythm") not in got


@pytest.mark.parametrize("sentence", [
    "Imaging should not delay surgery.",
    "An MRI scan is more sensitive.",
])
def test_a_test_named_first_elsewhere_or_denied(tmp_path: Path, sentence: str) -> None:
    """Outside a diagnosis heading, or with a denial in it, such a sentence names no way of
    finding the illness."""
    heading = "Treatment" if "MRI" in sentence else "Diagnosis"
    got = relations(tmp_path, sentence, heading=heading)
    assert not any(p == "diagnosed_by" for _, p, _ in got)


@pytest.mark.parametrize("lead", [
    "The diagnosis is based on the following signs:",
    "A diagnosis needs these signs:",
    "Clinical criteria:",
    "A case is confirmed when all of these are present:",
])
def test_a_lead_in_naming_what_the_diagnosis_rests_on(tmp_path: Path, lead: str) -> None:
    """A list led in by what a diagnosis needs lists ways of finding it, though its words
    also name signs (the lead was typed as nothing, and its items were not read)."""
    assert section_type(lead) == "diagnosis"
    got = relations(tmp_path, f"{lead}\n- fever\n- rash", heading="About")
    assert {(T, "diagnosed_by", "fever"), (T, "diagnosed_by", "rash")} <= got


@pytest.mark.parametrize(("lead", "kind"), [
    ("Symptoms can include:", "symptom"),
    ("The symptoms of grebble fever include:", "symptom"),
    ("Tests that help the diagnosis include:", "diagnosis"),
])
def test_other_lead_ins_keep_their_type(lead: str, kind: str) -> None:
    """Lead-ins that do not say the diagnosis rests on the items are typed as before."""
    assert section_type(lead) == kind


@pytest.mark.parametrize(("sentence", "subject", "value", "bound"), [
    ("Without treatment, death can follow in as little as 12 hours.", "death", 12.0, "lower"),
    ("It can kill in under 24 hours.", "death", 24.0, "upper"),
    ("Shock may develop in as few as 2 days.", "shock", 2.0, "lower"),
    ("Organ failure can set in in as little as 12 hours.", "organ failure", 12.0, "lower"),
])
def test_how_soon_a_harm_comes(tmp_path: Path, sentence: str, subject: str, value: float,
                               bound: str) -> None:
    """"In as little as", "in as few as" and "in under" time how soon a harm comes (no
    figure was read: the verb "follow", "kill ... in under" and "in as few as" were not
    known to time anything)."""
    cs = page_claims(tmp_path, f"Outlook\n{sentence}")
    got = {(cs.label(c.subject).lower(), c.measure.value, c.measure.bound.value)
           for c in cs.claims if c.measure is not None and c.measure.kind == "duration"}
    assert (subject, value, bound) in got


@pytest.mark.parametrize(("sentence", "want"), [
    ("The trigger for grebble fever is not known but may include minor injury, such as a "
     "cut or graze.", {("minor injury", "increases_risk_of", T), ("cut", "increases_risk_of", T),
                       ("graze", "increases_risk_of", T)}),
    ("The trigger is a minor injury.", {("minor injury", "increases_risk_of", T)}),
])
def test_what_its_trigger_may_include(tmp_path: Path, sentence: str,
                                      want: set[tuple[str, str, str]]) -> None:
    """One trigger, or triggers "not known but may include" A: each raises the risk (only
    "triggers include" was read)."""
    assert want <= relations(tmp_path, sentence)


def test_risk_factors_said_unknown_name_none(tmp_path: Path) -> None:
    """"Risk factors are unknown" lists nothing."""
    assert not any(p == "increases_risk_of" for _, p, _ in relations(
        tmp_path, "Risk factors are unknown."))


@pytest.mark.parametrize("sentence", [
    "If the sores become infected, this can result in a hospital stay.",
    "Some think lasting tiredness is the result of ongoing infection.",
])
def test_a_condition_or_an_opinion_is_no_sign(tmp_path: Path, sentence: str) -> None:
    """The words before a verb that open a condition ("if the sores") or an opinion ("think
    lasting tiredness") name no sign (both were read as one)."""
    got = relations(tmp_path, sentence)
    assert not any(o.startswith(("if ", "think ")) for _, _, o in got)


def test_a_share_of_cases_said_with_an_adverb(tmp_path: Path) -> None:
    """"Less than half of cases are now related to X" is X's share of the cases (it was
    taken for how often the illness itself happens)."""
    cs = page_claims(tmp_path, "Causes\nLess than half of cases are now related to zorb pads.")
    got = {(cs.label(c.subject), c.measure.kind, c.measure.value, c.measure.bound.value)
           for c in cs.claims if c.measure is not None}
    assert ("zorb pads", "share", 0.5, "upper") in got


@pytest.mark.parametrize(("sentence", "want"), [
    ("Grebble fever is a viral illness marked by a painful rash with blisters in one area.",
     {(T, "has_symptom", "painful rash"), (T, "has_symptom", "blisters")}),
    ("Grebble fever causes fever with chills.",
     {(T, "has_symptom", "fever"), (T, "has_symptom", "chills")}),
])
def test_a_sign_with_another(tmp_path: Path, sentence: str,
                             want: set[tuple[str, str, str]]) -> None:
    """"A rash with blisters" names two signs (it was one long name, or, with a place after
    it, nothing)."""
    got = relations(tmp_path, sentence, heading="Symptoms")
    assert want <= got
    assert not any(" with " in o for _, _, o in got)


def test_with_after_no_sign_keeps_one_name(tmp_path: Path) -> None:
    """"A rash with a red edge" and "pain with swallowing" stay one sign each."""
    got = relations(tmp_path, "Grebble fever causes a rash with a red edge and pain with "
                              "swallowing.", heading="Symptoms")
    assert (T, "has_symptom", "edge") not in got
    assert (T, "has_symptom", "swallowing") not in got


def test_a_which_clause_adds_no_member(tmp_path: Path) -> None:
    """"Nerve pain which may go on for weeks or years" names the pain, not "years"."""
    got = relations(tmp_path, "Some patients develop sharp zorb pain which may go on for "
                              "weeks or years.", heading="Symptoms")
    assert (T, "has_symptom", "sharp zorb pain") in got
    assert not any(o in ("years", "weeks") for _, _, o in got)


@pytest.mark.parametrize("sentence", [
    "The sores burst and then crust over.",
    "- watery blisters that burst and crust over",
    "After a week scabs form where the spots were.",
])
def test_sores_that_crust_over_leave_scabs(tmp_path: Path, sentence: str) -> None:
    """Sores that crust or scab over, or scabs forming, are a sign of their own, named as
    scabs ("crust" and "scab" are one sign in the lexicon)."""
    assert (T, "has_symptom", "scab") in relations(tmp_path, sentence, heading="Symptoms")


@pytest.mark.parametrize(("sentence", "want", "hedged"), [
    ("It's very common to feel a tingling pain.", "tingling pain", False),
    ("It is usual to have a headache and a mild fever.", "headache", False),
    ("It is not common to have a cough.", "cough", True),
])
def test_what_it_is_usual_to_feel(tmp_path: Path, sentence: str, want: str,
                                  hedged: bool) -> None:
    """"It's very common to feel X" names a sign; "not common" makes it uncommon, not
    denied (nothing was read)."""
    cs = page_claims(tmp_path, f"Symptoms\n{sentence}")
    got = {(cs.label(c.object), c.hedged, c.negated) for c in cs.claims
           if c.predicate == "has_symptom"}
    assert (want, hedged, False) in got


@pytest.mark.parametrize(("sentence", "heading", "want"), [
    ("Zorboma rupture is rare and usually happens in the first year.", "Outlook",
     (T, "has_complication", "zorboma rupture")),
    ("Scarring is uncommon but can be lasting.", "Complications",
     (T, "has_complication", "scarring")),
])
def test_a_harm_said_rare_with_more_after(tmp_path: Path, sentence: str, heading: str,
                                          want: tuple[str, str, str]) -> None:
    """"X is rare and ..." / "X is uncommon but ..." still says X happens (only a sentence
    ending at "rare" was read)."""
    assert want in relations(tmp_path, sentence, heading=heading)


def test_rare_before_a_clause_of_its_own_is_not_read(tmp_path: Path) -> None:
    """"Scarring is rare and it fades": the word after "and" opens a clause of its own; the
    harm is read, but nothing from the second clause."""
    got = relations(tmp_path, "Scarring is rare and it fades.", heading="Complications")
    assert not any(o.startswith("it") for _, _, o in got)


@pytest.mark.parametrize(("sentence", "heading", "want"), [
    ("You may be referred to a specialist for advice and more blood tests.", "Diagnosis",
     (T, "diagnosed_by", "blood tests")),
    ("Children are often referred to hospital for a heart scan.", "Diagnosis",
     (T, "diagnosed_by", "heart scan")),
    ("A few people are referred to hospital for injections of antibiotics.", "Treatment",
     ("injections of antibiotics", "used_for", T)),
])
def test_what_a_referral_is_for(tmp_path: Path, sentence: str, heading: str,
                                want: tuple[str, str, str]) -> None:
    """A test a referral is for finds the topic; care it is for treats it ("advice" is
    neither; nothing was read)."""
    got = relations(tmp_path, sentence, heading=heading)
    assert want in got
    assert not any(o == "advice" or s == "advice" for s, _, o in got)


def test_a_referral_denied_names_nothing(tmp_path: Path) -> None:
    """"You will not be referred for a scan" names no way of finding it."""
    got = relations(tmp_path, "You will not be referred for a scan.", heading="Diagnosis")
    assert not any(p == "diagnosed_by" for _, p, _ in got)


@pytest.mark.parametrize(("sentence", "want"), [
    ("Hand washing is important to prevent infection.", ("hand washing", "prevents", "infection")),
    ("Seeing a doctor early is vital to prevent lasting harm.",
     ("early treatment", "prevents", "lasting harm")),
    ("Treating it within 48 hours is essential to prevent scarring.",
     ("early treatment", "prevents", "scarring")),
])
def test_what_is_important_to_prevent_a_harm(tmp_path: Path, sentence: str,
                                             want: tuple[str, str, str]) -> None:
    """"X is important / vital to prevent Y": X prevents Y, timely care named as pages
    compare it (nothing was read, or only for "early treatment is key")."""
    assert want in relations(tmp_path, sentence, heading="Prevention")


def test_what_someone_teaches_to_prevent_a_harm(tmp_path: Path) -> None:
    """"A physiotherapist can teach you exercises to help prevent X": the exercises prevent
    X (the teacher was taken as the subject and dropped)."""
    got = relations(tmp_path, "A physiotherapist can teach you exercises to help prevent "
                              "stiffness.", heading="Treatment")
    assert ("exercises", "prevents", "stiffness") in got


def test_the_older_the_likelier_its_harms(tmp_path: Path) -> None:
    """"The older you are, the higher the risk of complications": age raises the risk of
    the harms as a class (the class word was dropped as too general)."""
    got = relations(tmp_path, "The older you are, the higher the risk of complications.",
                    heading="Outlook")
    assert ("older age", "increases_risk_of", "complication") in got


@pytest.mark.parametrize(("item", "want", "not_want"), [
    ("- later: blistering, skin darkening and crackling", {"blistering", "skin darkening",
                                                           "crackling"}, {"later"}),
    ("- systemic upset: fever, tachycardia, hypotension", {"systemic upset", "fever",
                                                           "tachycardia", "hypotension"}, set()),
])
def test_signs_listed_after_an_items_head(tmp_path: Path, item: str, want: set[str],
                                          not_want: set[str]) -> None:
    """A note's item "head: A, B, C" under signs lists A, B and C too (only the head was
    read); a head that says when ("later") is no sign."""
    got = {o for s, p, o in relations(tmp_path, item, heading="Clinical features")
           if p == "has_symptom"}
    assert want <= got
    assert not (not_want & got)


@pytest.mark.parametrize(("item", "want"), [
    ("- may follow minor trauma such as an insect bite or a graze",
     {("minor trauma", "increases_risk_of", T), ("graze", "increases_risk_of", T)}),
    ("- commonest in elderly people", {("older age", "increases_risk_of", T)}),
])
def test_a_notes_item_said_of_the_topic(tmp_path: Path, item: str,
                                        want: set[tuple[str, str, str]]) -> None:
    """A lower-case item that opens with a modal or "commonest in", under no typed heading,
    is said of the topic ("graze" was read as raising the risk of "insect bite")."""
    got = relations(tmp_path, item, heading="Overview")
    assert want <= got
    assert not any(o == "insect bite" for _, _, o in got)


@pytest.mark.parametrize("sentence", [
    "- diagnosis is confirmed at operation",
    "The diagnosis is usually confirmed at surgery.",
])
def test_a_diagnosis_confirmed_at_operation(tmp_path: Path, sentence: str) -> None:
    """A diagnosis confirmed at operation is made by surgery (nothing was read from "at"; an
    operation named alone as a way of finding it is surgery, as other wordings name it)."""
    assert (T, "diagnosed_by", "surgery") in relations(tmp_path, sentence, heading="Diagnosis")


def test_a_notes_field_lines(tmp_path: Path) -> None:
    """A note's "field: A, B" lines for the cause, the signs and the look-alikes name each
    thing listed (only causes, tests, care and prevention fields were read)."""
    got = relations(tmp_path, "- aetiology: usually zorbacilli\n"
                              "- presentation: severe pain, swelling and fever\n"
                              "- differential diagnosis: sunburn, eczema", heading="Overview")
    assert {("zorbacilli", "causes", T), (T, "has_symptom", "severe pain"),
            (T, "has_symptom", "swelling"), (T, "resembles", "sunburn"),
            (T, "resembles", "eczema")} <= got


@pytest.mark.parametrize("text", [
    "Symptoms include:\n- the whites of your eyes, lips and tongue turn bright red",
    "Your eyes, lips and tongue may turn bright red.",
])
def test_three_parts_that_turn_red(tmp_path: Path, text: str) -> None:
    """Three parts said to turn (bright) red are three signs (an item gave "whites" and
    "tongue turn bright red"; a sentence read two parts at most and no "bright red")."""
    got = {o for _, p, o in relations(tmp_path, text, heading="Symptoms") if p == "has_symptom"}
    assert {"eye redness", "lip redness", "tongue redness"} <= got
    assert not any("turn" in o or o == "whites" for o in got)


@pytest.mark.parametrize(("sentence", "want"), [
    ("It may be triggered by something in the environment, such as dust or chemicals.",
     {("dust", "increases_risk_of", T), ("chemicals", "increases_risk_of", T)}),
    ("Experts think it may start when the immune system reacts to something in the "
     "air, such as dust, fumes or germs.",
     {("dust", "contributes_to", T), ("fumes", "contributes_to", T),
      ("germs", "contributes_to", T)}),
])
def test_what_the_body_meets_in_the_environment(tmp_path: Path, sentence: str,
                                                want: set[tuple[str, str, str]]) -> None:
    """Examples of "something in the environment" are things met, and what the immune
    system reacts to plays a part (both were dropped: "something" was taken for a class
    whose examples name nothing)."""
    got = relations(tmp_path, sentence, heading="Causes")
    assert want <= got
    assert not any(s == "immune system" for s, _, _ in got)


def test_something_harmless_still_names_no_sign(tmp_path: Path) -> None:
    """"Pain from something harmless, such as cold air" names no sign in the air."""
    got = relations(tmp_path, "You may feel pain from something harmless, such as cold air.",
                    heading="Symptoms")
    assert not any(o == "cold air" for _, _, o in got)


@pytest.mark.parametrize("sentence", [
    "Most people recover, and a few develop scarring of the lungs.",
    "Most people recover. A few develop scarring of the lungs.",
])
def test_what_a_few_develop(tmp_path: Path, sentence: str) -> None:
    """"A few develop X" under an outlook heading names a harm (only "some", "many" and
    "most" opened the phrase)."""
    assert (T, "has_complication", "lung scarring") in relations(tmp_path, sentence,
                                                                 heading="Outlook")


@pytest.mark.parametrize(("sentence", "thing"), [
    ("Household contacts should be given preventive antibiotics.", "preventive antibiotics"),
    ("Close contacts of a case may be offered antibiotics to stop them becoming ill.",
     "antibiotics"),
    ("Antibiotics are sometimes given to people living in the same house.", "antibiotics"),
])
def test_what_contacts_are_given_prevents_it(tmp_path: Path, sentence: str, thing: str) -> None:
    """What people near a case are given keeps the topic from them (the contacts were read
    as the remedy, or nothing was read)."""
    got = relations(tmp_path, sentence, heading="Prevention")
    assert (thing, "prevents", T) in got
    assert not any("contacts" in s for s, _, _ in got)


@pytest.mark.parametrize(("sentence", "test"), [
    ("Zorb enzyme levels may be raised.", "zorb enzyme test"),
    ("Tissue samples should be sent for culture.", "tissue culture"),
    ("A smear of the fluid can show the germ.", "smear of the fluid"),
])
def test_measures_and_samples_under_diagnosis(tmp_path: Path, sentence: str, test: str) -> None:
    """A measure found raised, a sample sent for culture and a smear or stain named first
    are ways of finding the topic (nothing was read)."""
    assert (T, "diagnosed_by", test) in relations(tmp_path, sentence, heading="Diagnosis")


def test_a_level_said_normal_names_no_test_here(tmp_path: Path) -> None:
    """"Zorb enzyme levels are not raised" denies the finding; no test is named from it."""
    got = relations(tmp_path, "Zorb enzyme levels are not raised.", heading="Diagnosis")
    assert (T, "diagnosed_by", "zorb enzyme test") not in got


@pytest.mark.parametrize("sentence", [
    "Blood vessels leak, causing low blood pressure.",
    "The small vessels may leak.",
])
def test_vessels_that_leak(tmp_path: Path, sentence: str) -> None:
    """Vessels said to leak, with nothing after the verb, are how it works (only "leaky
    vessels" and "leak fluid" were read)."""
    assert (T, "involves", "capillary leak") in relations(tmp_path, sentence,
                                                          heading="How it works")


def test_an_essential_remedy_with_examples(tmp_path: Path) -> None:
    """"Source control, such as removal of the zorb pad, is essential": the class and its
    example both treat it (the comma stopped the reading: nothing was read)."""
    got = relations(tmp_path, "Source control, such as removal of the zorb pad, is essential.",
                    heading="Treatment")
    assert {("source control", "used_for", T), ("removal of zorb pad", "used_for", T)} <= got


def test_a_harm_said_to_occur_in_a_share(tmp_path: Path) -> None:
    """"Lasting lung damage occurs in about 1 in 20 people": the figure, and the harm as
    one of the topic's (only the figure was read)."""
    cs = page_claims(tmp_path, "Complications\nLasting lung damage occurs in about 1 in 20 "
                               "people.")
    got = {(cs.label(c.subject), c.predicate, cs.label(c.object) if c.object else None)
           for c in cs.claims}
    assert (T, "has_complication", "lasting lung damage") in got
    assert ("lasting lung damage", "has_measure", None) in got


@pytest.mark.parametrize("sentence", [
    "The eyes can be affected, which may lead to loss of vision if not treated.",
    "It can affect the eyes, which may lead to loss of vision.",
    "Grebble fever can cause loss of vision.",
])
def test_what_harm_to_a_part_leads_to(tmp_path: Path, sentence: str) -> None:
    """What the topic's harm to a part leads to is the topic's, and under complications
    "loss of vision" is a harm as "vision loss" is (nothing was read from "The eyes can be
    affected, which ..."; "loss of vision" was a sign)."""
    got = relations(tmp_path, sentence, heading="Complications")
    assert (T, "has_complication", "loss of vision") in got


def test_parts_that_become_necrotic_or_blistered(tmp_path: Path) -> None:
    """"The skin may become blistered and necrotic": skin blistering and skin necrosis
    (the clinical adjectives named no state)."""
    got = relations(tmp_path, "The skin may become blistered and necrotic.", heading="Symptoms")
    assert {(T, "has_symptom", "skin blistering"), (T, "has_symptom", "skin necrosis")} <= got
