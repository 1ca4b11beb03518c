"""Sentence wordings read in session 29, from own-words batteries about how long things
last and who a figure counts.  Every sentence is our own, about the made-up grebble fever."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.graph.model import ClaimSet

from .grebble_pages import page_claims, page_relations, relations

T = "grebble fever"


@pytest.mark.parametrize(("sentence", "sign"), [
    ("The rash lasts one to two days.", "rash"),
    ("The swelling goes down after a few days.", "swelling"),
    ("The redness fades after a few days.", "redness"),
    ("The itching settles within a week.", "itching"),
])
def test_how_long_a_sign_lasts_is_not_part_of_its_name(tmp_path: Path, sentence: str,
                                                      sign: str) -> None:
    """A line under a symptoms heading that says how long a sign stays names the sign, not
    the whole clause ("rash lasts one to two days" was taken for a sign)."""
    got = relations(tmp_path, sentence, heading="Symptoms")
    signs = {o for s, p, o in got if s == T and p == "has_symptom"}
    assert sign in signs
    assert not any(o.startswith(sign + " ") for o in signs)


@pytest.mark.parametrize(("sentence", "subject", "value"), [
    ("The median stay in intensive care is 9 days.", "intensive care stay", 9.0),
    ("The average ICU stay is 5 days.", "intensive care stay", 5.0),
    ("The average stay in hospital is 2 weeks.", "hospital stay", 2.0),
    ("The mean length of stay was 14 days.", "hospital stay", 14.0),
])
def test_a_stay_in_hospital_or_intensive_care(tmp_path: Path, sentence: str, subject: str,
                                              value: float) -> None:
    """A stay named by where it is spent times that stay, named one way whatever the
    wording (a stay in intensive care gave no figure; "length of stay" was its own thing)."""
    cs = page_claims(tmp_path, f"Outlook\n{sentence}")
    got = {(cs.label(c.subject).lower(), c.measure.value)
           for c in cs.claims if c.measure is not None and c.measure.kind == "duration"}
    assert (subject, value) in got


@pytest.mark.parametrize(("sentence", "want"), [
    ("Long-term harms include lung scarring, which may lead to breathing failure.",
     ("lung scarring", "causes", "breathing failure")),
    ("Grebble fever can bring severe pain, and organ failure, which could lead to death.",
     ("organ failure", "causes", "death")),
    ("Grebble fever can cause heart block, which can lead to sudden death.",
     ("heart block", "causes", "sudden death")),
])
def test_what_a_harm_named_before_which_leads_to(tmp_path: Path, sentence: str,
                                                 want: tuple[str, str, str]) -> None:
    """", which may lead to Y" after a listed harm says that harm leads to Y (nothing was
    read after a list, and after "can cause" the illness was taken to lead to Y)."""
    got = relations(tmp_path, sentence, heading="Complications")
    assert want in got
    assert (T, "has_complication", want[2]) not in got


def test_a_clause_before_which_names_no_cause(tmp_path: Path) -> None:
    """A verb before the phrase ("The zorb releases a toxin, which ...") makes it a clause:
    neither the whole clause nor its last words are taken for what causes the rash."""
    got = relations(tmp_path, "The zorb releases a toxin, which causes a rash.",
                    heading="Complications")
    assert not any(p == "causes" and "toxin" in s for s, p, _ in got)


def test_disability_requiring_surgery_is_the_disability(tmp_path: Path) -> None:
    """What a harm calls for is cut from its name; a group named by it keeps it."""
    got = relations(tmp_path, "Survivors may be left with scarring and disability requiring "
                              "reconstructive surgery.", heading="Complications")
    assert (T, "has_complication", "disability") in got
    assert not any("requiring" in o for _, _, o in got)


@pytest.mark.parametrize(("sentence", "test"), [
    ("Serum zorbin may be raised.", "zorbin test"),
    ("Raised levels of zorbin in the blood are common.", "zorbin test"),
    ("High serum zorbin is often found.", "zorbin test"),
])
def test_a_serum_measure_found_abnormal(tmp_path: Path, sentence: str, test: str) -> None:
    """Under a diagnosis heading a serum measure said to be raised, or raised levels of a
    thing said to be common, name that measure's test (nothing was read)."""
    assert (T, "diagnosed_by", test) in relations(tmp_path, sentence, heading="Diagnosis")


@pytest.mark.parametrize("sentence", ["High blood pressure is common.",
                                      "Blood pressure may be low."])
def test_a_blood_sign_names_no_test(tmp_path: Path, sentence: str) -> None:
    """Blood pressure said high or low is a sign, not a measure's test."""
    got = relations(tmp_path, sentence, heading="Diagnosis")
    assert not any(p == "diagnosed_by" for _, p, _ in got)


def test_a_part_made_to_die_is_no_thing_caused(tmp_path: Path) -> None:
    """"causes the skin to die" says how the illness works (tissue death), and names no
    "skin to die" that the poor blood supply causes."""
    got = relations(tmp_path, "Reduced blood supply causes the skin to die.")
    assert (T, "involves", "tissue death") in got
    assert not any(o.endswith("to die") for _, _, o in got)


def test_the_bodys_response_to_a_thing_causes_a_harm(tmp_path: Path) -> None:
    """A response and what it answers are one name: "the body's response to the toxins"
    is short enough to cause shock (a five-word subject was dropped as a clause)."""
    got = relations(tmp_path, "The body's response to the toxins causes shock.")
    assert any(s.endswith("response to the toxins") and p == "causes" and o == "shock"
               for s, p, o in got)


@pytest.mark.parametrize(("sentence", "subject", "value"), [
    ("In 70% of cases, the infection is caused by zorbs.", "zorbs", 0.7),
    ("In about half of cases, grebble fever is caused by a zorb infection.", "zorb infection",
     0.5),
])
def test_a_lead_share_of_cases_caused_by_a_thing(tmp_path: Path, sentence: str, subject: str,
                                                 value: float) -> None:
    """"In N % of cases, the illness is caused by X" is X's share of the cases (it was read
    as how often the illness itself occurs)."""
    cs = page_claims(tmp_path, f"Causes\n{sentence}")
    got = {(cs.label(c.subject).lower(), c.measure.kind, c.measure.value)
           for c in cs.claims if c.measure is not None}
    assert (subject, "share", value) in got


@pytest.mark.parametrize(("sentence", "form", "low"), [
    ("Grebble fever is mild in 80% of cases.", "mild form", 0.8),
    ("The infection is polymicrobial in 70-80% of cases.", "polymicrobial form", 0.7),
])
def test_the_illness_said_a_form_in_a_share_of_cases(tmp_path: Path, sentence: str, form: str,
                                                     low: float) -> None:
    """"<It> is <adjective> in N % of cases" is that form's share of the cases (it was a
    frequency of the illness itself, which says nothing of what is frequent)."""
    cs = page_claims(tmp_path, f"Outlook\n{sentence}")
    got = {(cs.label(c.subject).lower(), c.measure.kind, c.measure.value or c.measure.low)
           for c in cs.claims if c.measure is not None}
    assert (form, "share", low) in got


def test_a_fatal_share_stays_mortality(tmp_path: Path) -> None:
    """"Fatal in 20 % of cases" is the death rate, no "fatal form"."""
    cs = page_claims(tmp_path, "Outlook\nThe illness is fatal in 20% of cases.")
    kinds = {c.measure.kind for c in cs.claims if c.measure is not None}
    assert kinds == {"mortality"}


def _figures(cs: ClaimSet) -> set[tuple[str, str, float | None, float | None]]:
    return {(cs.label(c.subject).lower(), c.measure.kind, c.measure.value, c.measure.low)
            for c in cs.claims if c.measure is not None}


@pytest.mark.parametrize(("sentence", "value"), [
    ("Mortality is around one-third.", 1 / 3),
    ("The death rate is about a third.", 1 / 3),
    ("Mortality is about half.", 0.5),
])
def test_a_rate_said_as_a_fraction_alone(tmp_path: Path, sentence: str, value: float) -> None:
    """A rate named before a fraction said alone is that rate ("a third." alone names no
    whole, so nothing was read)."""
    cs = page_claims(tmp_path, f"Outlook\n{sentence}")
    got = [(k, v) for _, k, v, _ in _figures(cs)]
    assert any(k == "mortality" and v is not None and abs(v - value) < 1e-6 for k, v in got)


def test_a_fraction_alone_still_names_nothing(tmp_path: Path) -> None:
    """Without a rate or "in" before it, "about a third." stays unread."""
    cs = page_claims(tmp_path, "Outlook\nThe answer is about a third.")
    assert not _figures(cs)


@pytest.mark.parametrize(("sentence", "unit", "low", "high"), [
    ("Symptoms last 7–10 d.", "days", 7.0, 10.0),
    ("Recovery takes 6 to 8 mo.", "months", 6.0, 8.0),
])
def test_a_day_or_month_written_as_its_symbol(tmp_path: Path, sentence: str, unit: str,
                                              low: float, high: float) -> None:
    """"d" and "mo" after a number are days and months, as "h" is hours."""
    cs = page_claims(tmp_path, f"Symptoms\n{sentence}")
    got = {(c.measure.unit, c.measure.low, c.measure.high)
           for c in cs.claims if c.measure is not None and c.measure.kind == "duration"}
    assert (unit, low, high) in got


@pytest.mark.parametrize(("sentence", "harm"), [
    ("Be aware of the possibility of kidney failure.", "kidney failure"),
    ("There is a possibility of permanent scarring.", "permanent scarring"),
    ("Watch for the possibility of a relapse.", "relapse"),
    ("There is a small chance of developing heart problems.", "heart problems"),
])
def test_a_harm_said_possible(tmp_path: Path, sentence: str, harm: str) -> None:
    """"The possibility of X", "a small chance of X" name a harm it may bring (nothing was
    read, or the whole advice was taken for one complication)."""
    got = relations(tmp_path, sentence, heading="Complications")
    assert (T, "has_complication", harm) in got
    assert not any(o.startswith(("watch", "be aware")) for _, _, o in got)


@pytest.mark.parametrize("sentence", ["There is a high chance of getting better.",
                                      "There is a small chance of a full recovery."])
def test_a_chance_of_getting_better_is_no_harm(tmp_path: Path, sentence: str) -> None:
    """A chance of recovering is the outlook, not a complication."""
    got = relations(tmp_path, sentence, heading="Outlook")
    assert not any(p == "has_complication" for _, p, _ in got)


_TERM_PAGE = """Risk factors
Strong
diabetes
Present in many patients; a poor blood supply makes infection likelier.
recent surgery
Wounds from operations can let zorbs in.
Weak
obesity

Key diagnostic factors
pain out of proportion to findings (common)
Pain is much worse than the look of the skin suggests.
blisters (uncommon)
"""


def test_terms_on_lines_of_their_own_with_glosses(tmp_path: Path) -> None:
    """A clinical reference's terms, one per line with a sentence of gloss after each and
    evidence labels above them, are list items of their section (the terms ran into their
    glosses as one paragraph, and nothing was read)."""
    got = page_relations(tmp_path, _TERM_PAGE)
    assert {("diabetes", "increases_risk_of", T), ("recent surgery", "increases_risk_of", T),
            ("obesity", "increases_risk_of", T), (T, "has_symptom", "blisters")} <= got
    assert not any(s.lower() in ("strong", "weak") or o.lower() in ("strong", "weak")
                   for s, _, o in got)


def test_a_sentence_broken_over_lines_is_no_term(tmp_path: Path) -> None:
    """Lower-case lines that carry on a clause ("and that germ is known" / "as zorb") are a
    transcript's broken sentence, not terms."""
    got = page_relations(tmp_path, "Causes\nDoctors are not sure what causes it.\n"
                                   "and the evidence suggests\nthat it is to do with a germ\n")
    assert not any(s.startswith(("and ", "that ")) or o.startswith(("and ", "that "))
                   for s, _, o in got)


@pytest.mark.parametrize(("sentence", "harm"), [
    ("Kidney failure is a recognised sequela.", "kidney failure"),
    ("The most common sequela is chronic pain.", "chronic pain"),
])
def test_a_sequela_is_a_complication(tmp_path: Path, sentence: str, harm: str) -> None:
    """A clinical text's "sequela" is a lasting complication (nothing was read)."""
    assert (T, "has_complication", harm) in relations(tmp_path, sentence,
                                                      heading="Complications")


@pytest.mark.parametrize(("sentence", "remedy"), [
    ("Urgent surgical exploration is mandatory.", "surgical exploration"),
    ("Early surgical debridement is absolutely essential.", "early surgical debridement"),
])
def test_what_is_mandatory_is_used(tmp_path: Path, sentence: str,
                                               remedy: str) -> None:
    """"Is mandatory" says what must be given, as "is essential" does."""
    assert (remedy, "used_for", T) in relations(tmp_path, sentence, heading="Treatment")


def test_as_soon_as_possible_hedges_nothing(tmp_path: Path) -> None:
    """"As soon as possible" says how soon, not that the remedy only possibly treats it
    (the word "possible" marked the claim hedged)."""
    cs = page_claims(tmp_path, "Treatment\nZorbacillin should be given as soon as possible.")
    said = [c for c in cs.claims if c.object is not None and c.predicate == "used_for"]
    assert said and not any(c.hedged for c in said)


@pytest.mark.parametrize(("sentence", "cause", "hedged"), [
    ("Infection with zorbs has been proposed as a cause.", "infection with zorbs", True),
    ("Zorbs have been identified as the main cause.", "zorbs", False),
])
def test_a_thing_named_as_a_cause(tmp_path: Path, sentence: str, cause: str,
                                  hedged: bool) -> None:
    """"X has been proposed (identified) as a cause" names a cause; a proposal is hedged."""
    cs = page_claims(tmp_path, f"Causes\n{sentence}")
    got = {(cs.label(c.subject), c.hedged) for c in cs.claims
           if c.object is not None and c.predicate == "causes"}
    assert (cause, hedged) in got


def test_the_hosts_it_occurs_in(tmp_path: Path) -> None:
    """"Immunocompromised hosts" are people: their state raises the risk."""
    got = relations(tmp_path, "It typically occurs in immunocompromised hosts.",
                    heading="Causes")
    assert ("immunocompromised", "increases_risk_of", T) in got


def test_a_link_doubted_after_although(tmp_path: Path) -> None:
    """"..., although a causal link is unproven" hedges what the sentence linked."""
    cs = page_claims(tmp_path, "Causes\nZorbin use has been implicated, although a causal "
                               "link is unproven.")
    said = [c for c in cs.claims if c.object is not None and cs.label(c.subject) == "zorbin use"]
    assert said and all(c.hedged for c in said)


def test_vesicles_are_blisters(tmp_path: Path) -> None:
    """A clinical page's "vesicles" and a lay page's "blisters" are one sign's names."""
    from claimgraph.ingest.lexicon import name_form
    from claimgraph.ingest.normalize import label_key
    assert name_form(label_key("new vesicles")) == name_form(label_key("new blisters"))
    assert name_form(label_key("vesicles")) != name_form(label_key("pustules"))


@pytest.mark.parametrize(("sentence", "negated"), [
    ("Vaccination against zorbs is not available.", True),
    ("No vaccine is currently available.", True),
    ("A vaccine is available for people at high risk.", False),
])
def test_a_vaccine_said_available_or_not(tmp_path: Path, sentence: str, negated: bool) -> None:
    """Whether a vaccine is available says whether one prevents it (nothing was read)."""
    cs = page_claims(tmp_path, f"Prevention\n{sentence}")
    got = {(cs.label(c.subject), c.negated) for c in cs.claims
           if c.object is not None and c.predicate == "prevents"}
    assert ("vaccine", negated) in got


def test_what_contacts_receive_as_prophylaxis(tmp_path: Path) -> None:
    """"Prophylaxis" is prevention: what contacts receive as it prevents the illness."""
    got = relations(tmp_path, "Close contacts should receive zorbacillin prophylaxis.",
                    heading="Prevention")
    assert ("zorbacillin", "prevents", T) in got


@pytest.mark.parametrize(("sentence", "test"), [
    ("Histology shows zorbomas.", "histology"),
    ("Bronchoscopy with lavage may be helpful.", "bronchoscopy with lavage"),
])
def test_a_clinical_test_opening_a_sentence(tmp_path: Path, sentence: str, test: str) -> None:
    """Histology, and a test "with" its part, open a sentence about a test (nothing was
    read)."""
    assert (T, "diagnosed_by", test) in relations(tmp_path, sentence, heading="Diagnosis")


@pytest.mark.parametrize(("sentence", "sign"), [
    ("Presentation is usually with sudden-onset pain.", "sudden-onset pain"),
    ("The most common presenting complaint is cough.", "cough"),
])
def test_what_people_present_with(tmp_path: Path, sentence: str, sign: str) -> None:
    """A clinical text's "presentation is with X" and "presenting complaint is X" name a sign
    (nothing was read)."""
    assert (T, "has_symptom", sign) in relations(tmp_path, sentence,
                                                 heading="Clinical features")


def test_signs_listed_after_their_class(tmp_path: Path) -> None:
    """"Constitutional symptoms such as A and B are frequent" names A and B, not the class
    with the first of them ("constitutional symptoms such as fatigue")."""
    got = relations(tmp_path, "Constitutional symptoms such as fatigue and weight loss are "
                              "frequent.", heading="Clinical features")
    assert {(T, "has_symptom", "fatigue"), (T, "has_symptom", "weight loss")} <= got
    assert not any("such as" in o for _, _, o in got)


@pytest.mark.parametrize(("sentence", "factor", "outcome"), [
    ("Older age predicts a poorer outcome.", "older age", "poor prognosis"),
    ("Shock is predictive of higher mortality.", "shock", "poor prognosis"),
])
def test_what_predicts_the_outcome(tmp_path: Path, sentence: str, factor: str,
                                   outcome: str) -> None:
    """"X predicts a poorer outcome" makes X a factor of a poor prognosis (nothing was
    read)."""
    assert (factor, "increases_risk_of", outcome) in relations(tmp_path, sentence,
                                                               heading="Prognosis")


@pytest.mark.parametrize("sentence", ["It is usually fatal.",
                                      "Without treatment, it is almost always fatal."])
def test_usually_fatal(tmp_path: Path, sentence: str) -> None:
    """"Usually" or "almost always" fatal is fatal: death is a harm it brings."""
    assert (T, "has_complication", "death") in relations(tmp_path, sentence,
                                                         heading="Prognosis")


def test_as_the_result_of_is_no_part_of_a_name(tmp_path: Path) -> None:
    """"... develop zorb pain as the result of it": what brought the pain on is cut."""
    got = relations(tmp_path, "Some people develop zorb pain as the result of grebble fever.",
                    heading="Complications")
    assert (T, "has_complication", "zorb pain") in got
    assert not any("result" in o for _, _, o in got)


@pytest.mark.parametrize(("sentence", "factor"), [
    ("Risk increases with age.", "older age"),
    ("Risk rises with the number of zorb bites.", "zorb bites"),
])
def test_a_sentence_opening_with_risk(tmp_path: Path, sentence: str, factor: str) -> None:
    """"Risk" with a capital, opening the sentence, is read as "the risk" is (the readers'
    gates looked for the word in lower case only)."""
    got = relations(tmp_path, sentence)
    assert any(s.endswith(factor) and p == "increases_risk_of" and o == T for s, p, o in got)


def test_what_prevents_most_cases(tmp_path: Path) -> None:
    """"X prevents most cases" prevents the illness (its cases named no object)."""
    got = relations(tmp_path, "Hand washing can prevent many cases.", heading="Prevention")
    assert ("hand washing", "prevents", T) in got


@pytest.mark.parametrize("sentence", [
    "If treatment is delayed, there is a risk of lasting nerve damage.",
    "Delayed treatment raises the risk of lasting nerve damage.",
])
def test_delayed_treatment_and_its_risk(tmp_path: Path, sentence: str) -> None:
    """A delay in treatment raises the risk of the harm named after "risk of"; the words
    before "there is a risk of" name no harm ("if treatment" was read as one)."""
    got = relations(tmp_path, sentence, heading="Outlook")
    assert ("delayed treatment", "increases_risk_of", "lasting nerve damage") in got
    assert not any(s.startswith("if ") or o.startswith("if ") for s, _, o in got)
