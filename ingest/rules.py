"""Turn one document's sentences and list items into raw claims (labels, not ids).

Two readings of a page, both generic to health information:

- a list item is read in the light of its lead-in or section ("Risk
  factors" → each item increases the risk of the topic);
- a sentence is read through relation phrases (:data:`.patterns.TRIGGERS`),
  with coordinated lists split into one claim per member.

Every raw claim keeps the sentence span it came from and a short anchor.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import chain, pairwise, product

from claimgraph.graph import vocab as v
from claimgraph.graph.model import Measure
from claimgraph.ingest import re_cache as re

from . import caseless, patterns as p, phrases as pc
from .act_names import act_noun, care_acts
from .advice_acts import (
    BEST_PROTECTION,
    BEST_WAY as _BEST_WAY,
    IF_YOU_USE as _IF_YOU_USE,
    KEPT_FROM as _KEPT_FROM,
    NOT_DOING_ACT,
    ONLY_HOW as _ONLY_HOW,
    RISK_LOWER_IF as _RISK_LOWER_IF,
    SKIN_BREAK as _SKIN_BREAK,
    SPREAD_OF_GERMS as _SPREAD_OF_GERMS,
    TO_CONTACTS as _TO_CONTACTS,
    TO_LOWER_RISK as _TO_LOWER_RISK,
    TOLD_TO as _TOLD_TO,
    advice_acts,
    advice_label,
    avoidances,
    gerund_acts,
)
from .answered_periods import answered_period
from .antecedents import (
    complication_subject,
    condition_before,
    defined_as_care,
    names_condition,
    names_condition_back,
    other_condition_before,
    points_back,
    topic_patients,
)
from .body_sites import (
    located_sites as _located_sites,
    lone_body_part as _lone_body_part,
    site_first,
)
from .care_introduced import introduced_care
from .care_objects import (
    Guard,
    chosen_for,
    first_choice,
    given_to_whom,
    guard_named,
    harm_named_back,
    help_lead,
    helped_to_mend,
    it_does_care,
    more_cases,
    not_curable,
    prevents_by_verdict,
    remedy_before,
    spread_of,
)
from .care_recovery import care_recovery
from .care_wordings import (
    ADVICE_FRAME,
    PROTECT_BY,
    TO_AVOID,
    WHO_LESS_LIKELY,
    drop_receiver,
    name_by_purpose,
    remedy_act,
    remedy_item,
    vaccinated,
)
from .carried_risks import carried_risks
from .causative_signs import CAUSED_STATE_WORDS, caused_part_states
from .chain_links import site_left_off, step_pointed_back_to
from .claim_shapes import (
    after_look_alike,
    care_seeking_heading,
    digit_under_skin,
    germs_own_effect,
    lacked,
    misread,
    part_in_compound,
    reaction_heading,
    treats_complications,
)
from .comorbid_sites import part_of_other_illness
from .corpus_kind import CLASS_OBJECT_TRIGGERS, names_kind_class
from .cues import (
    clause_bounds,
    denied_before,
    hedged_past_gravity,
    hedges_previous,
    is_hedged,
    is_negated,
    negated_within,
    negation_start,
)
from .documents import HEADING, ITEM, Block, Document
from .early_care import early_care_of
from .eased_signs import acted_on, named_after, sign_eased
from .especially import especially_who
from .exam_means import examined_with
from .factor_clauses import KIN_MORE_WORDS, KIN_WORDS, bare_act, clause_factor, kin_factor
from .figure_antecedents import figure_of_antecedent, form_before, harm_happening
from .first_person import first_person, opens_in_first_person
from .group_risks import GROUP_WORDS, group_risks, season_period, sex_on_right
from .hard_acts import acts_made_hard
from .kind_around import with_kind_around
from .lab_tests import (
    DIRECTION,
    SAMPLE_SITE_WORD as _SAMPLE_SITE_WORD,
    lab_test_name,
    leads_tests,
    names_sample,
    names_testing,
    taken_for_testing,
    test_of_finding_or_sample,
    tests_named_by_results,
)
from .lasting_harms import lasting_harms
from .lead_groups import with_lead_group
from .left_sides import (
    GERUND as _GERUND,
    SUGGESTING as _SUGGESTING,
    TRAILING as _TRAILING,
    left_side,
)
from .lexicon import (
    BODY_PARTS,
    FEELINGS,
    KIND_WORDS,
    STATE_NOUNS,
    WORD_SYNONYMS,
    inverted,
    kind_free_names,
    lexicon_group,
    names_a_germ,
    names_a_part,
)
from .links import link_between, link_with
from .look_alike_lists import lists_look_alikes
from .mechanism_acts import more_processes
from .mechanism_reads import how_it_works
from .mimic_names import adjust_mistaken_for, named_before_which
from .name_fragments import (
    chance_dropped,
    examples_of_anything,
    fatal_relative,
    fragment_name,
    likens_a_sign,
    only_some_lack,
)
from .normalize import all_lemmas, inflection, label_key as _label_key, noun_lemmas
from .onset_pace import onset_pace
from .organ_involvement import involved_organs, listed_organs
from .prognosis_reads import OUTLOOK_WORDS as _OUTLOOK_WORDS, outlook_factors
from .prolonged import prolonged_factor
from .quantities import EVENT_NAMES, Figure, another_illness, find_figures
from .remedy_pairs import given_along_with
from .risk_wordings import (
    SKIN_OPENINGS as _SKIN_OPENINGS,
    WORDING_HINTS as _WORDING_HINTS,
    WORDINGS as _WORDINGS,
    WORDINGS_OF_HINT as _WORDINGS_OF_HINT,
    WOUND_SIGNS as _WOUND_SIGNS,
)
from .risks_of import named_before, risks_of
from .shared_heads import (
    ADJ_SPLIT,
    DESCRIBED_THEN_NAMED as _DESCRIBED_THEN_NAMED,
    PART_OF_BODY as _PART_OF_BODY,
    PARTICIPLE_FIRST as _PARTICIPLE_FIRST,
    adjective,
    at_class_site,
    share_noun,
)
from .side_phrases import (
    AND_STATE as _AND_STATE,
    ARTICLE as _ARTICLE,
    GERUND_PLACE_LIST as _GERUND_PLACE_LIST,
    MAX_WORDS,
    Phrase,
    item_states,
    phrases,
    set_whole_names,
    signs_at_shared_site as _signs_at_shared_site,
    site_word as _site_word,
    spread_over_sites,
)
from .sign_headings import names_sign, sections_going_on_with_signs
from .sign_names import signs_had
from .site_names import site_name
from .state_nouns import people_state
from .stopped_happening import kept_from
from .these_include import class_listed_after
from .timely_care import TimelyCare, timely_care, timely_name
from .toxin_makers import toxin_makers
from .verbless import modal_item, topic_in_front
from .which_harms import harm_before_which
from .who_acts import who_members
from .worse_in_group import widened_sign, worse_in_group

label_key = lru_cache(maxsize=200_000)(_label_key)
# ("et al." only in a line that opens as a reference list's entry does, "Smith AB, Jones CD, et
# al."; in prose, "Smith et al. found that 25 % died" gives a figure like any sentence.)
_REFERENCE = re.compile(r"(?i:\bdoi:|https?://)|^\W*(?:\d{1,3}\.\s*)?[A-Z][\w'-]+,?\s+"
                        r"(?:[A-Z]\.?\s?){1,3}[,.].*\b(?i:et al)\.|\d{4};\s*\d")
# Words every match of the pattern above holds one of (see caseless.lacks); likewise the
# *_WORDS beside other patterns below.
_REFERENCE_WORDS = ("doi:", "et al.", "://", ";")
# Harms named only as a class, which the phrase reader drops as too general to name: the
# share with complications is still theirs, not the topic's ("25 % develop complications").
_HARMS_AS_A_CLASS = re.compile(r"(?P<mod>(?:serious|severe|major|long-term|lasting|"
                               r"life-threatening)\s+)?complications?", re.IGNORECASE)
# A citation inside a sentence, "(Smith et al., 2019; Jones 2020)": the sentence is no
# reference for it (the brackets are dropped when the sentence is read).
_AUTHOR_YEAR = re.compile(r"\((?:\s*(?:see |e\.g\.,? )?[A-Z][\w'-]+(?: et al\.?| and "
                          r"[A-Z][\w'-]+| & [A-Z][\w'-]+)?,? (?:19|20)\d\d[a-z]?\s*;?)+\)")
_NOUN_CAUSE = re.compile(r"\b(?:the|a|an|exact|main|common|underlying|known|possible|no|its|"
                         r"their|what|one|primary|root|leading|most|unknown|uncertain|unclear|"
                         r"obscure|undetermined)\s+$", re.IGNORECASE)
# "reduce your risk factors", "by mitigating risk factors": managing them is a measure.
_RISK_FACTORS = re.compile(r"\b(?:reduc|lower|manag|mitigat|address|modif|control|treat)\w*\s+"
                           r"(?:(?:your|the|any|their|modifiable|other|these)\s+)?risk factors\b",
                           re.IGNORECASE)
_CONTROL = re.compile(r"^(.+?) (?:control|management|relief)$", re.IGNORECASE)
_CHAIN = ("purpose", "prevents", "may-help", "lowers-risk")
# A name that says only whose it is: "its levels", "their function".
_OWNED_BY_PRONOUN = re.compile(r"(?:its|their)\s", re.IGNORECASE)
# "X is used to treat Y and to prevent Z": after "to treat", the next act is X's too.
_CHAIN_LEADS = (*_CHAIN, "to-treat")
# "The sooner X is started": how soon, no part of X's name.
_HOW_SOON = re.compile(r"^\s*(?:the\s+)?(?:sooner|earlier|quicker|faster)\s+", re.IGNORECASE)
# A test by its name: "blood tests", "a chest X-ray", "an MRI scan", "a lumbar puncture".
_A_TEST = re.compile(r"(?:[\w-]+ ){0,3}(?:tests?|scans?|x-rays?|biops(?:y|ies)|cultures?|"
                     r"(?-i:MRI|CT)|ultrasound(?: scans?)?|echocardiograms?|(?-i:ECG|EKG)|"
                     r"electrocardiograms?|lumbar punctures?|endoscop(?:y|ies)|swabs?|"
                     # ("you may need a bronchoscopy": a look inside, by its own name)
                     r"[a-z]{3,}oscop(?:y|ies)|"
                     r"angiograms?|assays?)", re.IGNORECASE)
# The illness again, named by a bout of it: "another attack", "further episodes".
_ANOTHER_BOUT = re.compile(r"(?:an(?:y |other )|further |future |repeat |more )(?:attacks?|"
                           r"episodes?|bouts?|reactions?|flares?)", re.IGNORECASE)
# Death named by its rate going up: "a higher death rate", "increased mortality".
_MORE_DEATHS = re.compile(r"(?:an? )?(?:higher|increased|greater|raised|elevated) (?:death rate|"
                          r"mortality(?: rate)?|risk of death|chance of death|rate of death)",
                          re.IGNORECASE)
# "... and is given": a verb whose subject is the one before the "and".
_AND_THEN = re.compile(r"\s(?:and|but)\s*$", re.IGNORECASE)
# "Painkillers can ease the pain": under a treatment heading, a remedy that can ease
# something acts on it, as "to ease" would say.
_MODAL_BEFORE = re.compile(r"\b(?:can|may|might|could|will|should)(?: also| often| usually)?"
                           r"\s+$", re.IGNORECASE)
_PREVENTING = ("prevents", "lowers-risk")
# "There isn't a clear way to prevent it": the way is no measure (no_remedy reads it).
_WAY = re.compile(r"^(?:[\w ]+ )?(?:ways?|means|methods?)$", re.IGNORECASE)
# "Keep your blood pressure under control" names a measure: "blood pressure control".
_KEEP_CONTROL = re.compile(
    r"\b(?:keep|keeping|get|getting|bring|bringing)\s+(?P<x>[\w' ,-]{3,80}?)\s+"
    r"(?:under (?:good )?control|in (?:a |the )?(?:healthy|normal|target) range)\b", re.IGNORECASE)
_LEVELS_OF = re.compile(r"^(?:(?:your|the|blood|serum|its|their)\s+)*(?:levels?|amounts?)\s+of\s+",
                        re.IGNORECASE)
_BARE_TREATMENT = re.compile(r"^(?:the )?(?:treatments?|therapy|therapies)$", re.IGNORECASE)
_PERSON_NEAR = re.compile(r"\b(?:doctors?|providers?|professionals?|team|nurses?|he|she|"
                          r"he/she|they|gps?|specialists?|surgeons?|physicians?|clinicians?|"
                          r"consultants?|we)\b", re.IGNORECASE)
_PEOPLE_TRIGGERS = ("more-common-in", "affects-people", "seen-in-people", "likely-in", "lower-in",
                    "hazard-for")
_RISKLIKE = (v.INCREASES_RISK_OF, v.ASSOCIATED_WITH, v.CAUSES, v.CONTRIBUTES_TO)
# Relations whose "<kinds of X> ... it, including A and B" makes A and B subjects each.
_EXAMPLES_LEFT = (*_RISKLIKE, v.PREVENTS, v.USED_FOR, v.EFFECTIVE_FOR)
# A class of remedies whose examples may follow the topic: "vaccines ..., including A".
_CARE_CLASS = re.compile(r"(?:[\w-]+\s+)?(?:vaccines|medicines|medications|drugs|antibiotics|"
                         r"antivirals|treatments|therapies)", re.I)
# What the topic does to a person: a sign, a harm, a part it reaches.
_OWN_HARMS = (v.HAS_SYMPTOM, v.HAS_COMPLICATION, v.AFFECTS)
_LOCATED = (p.SYMPTOM, p.CAUSE, p.COMPLICATION, None)
_HELPING = (p.TREATMENT, p.PREVENTION, None)
_CAUSES_IN_ITEM = re.compile(r"\b(?:due to|caused by|because of|resulting from|secondary to|"
                             r"from)\s+(.+)$", re.IGNORECASE)
_EXAMPLES_IN_ITEM = re.compile(
    r"\b(?:examples?(?: of [\w ]+?)? (?:include|are)|such as|including|like)\s+(.+)$",
    re.IGNORECASE)
# "Preventing infection with antibiotics": the means prevents the thing named.
_PREVENTING_WITH = re.compile(
    r"\bpreventing\s+(?P<obj>[\w'-]+(?: [\w'-]+){0,3}?)\s+(?:with|by using|using|through)\s+"
    r"(?P<subj>[\w'-]+(?: [\w'-]+){0,3}?)(?=\s+(?:and|or|is|are|can|may|will)\b|[,.;:]|$)",
    re.IGNORECASE)
# "... to improve quality of life": an outcome a measure serves, not what it acts on.
_OUTCOME = re.compile(r"^(?:(?:the|your|their|overall)\s+)?(?:quality of life|outcomes?|"
                      r"prognosis|survival|well-being|wellbeing|recovery|chances?)$", re.IGNORECASE)
_CLAIMED_EFFECT = re.compile(r"\s+(?:(?:can|may|will|would|does|do|really) )?(?:works?|helps?|"
                             r"is (?:effective|useful)|are (?:effective|useful)|improves?|"
                             r"prevents?|speeds?|shortens?|reduces?)\b.*$", re.IGNORECASE)
# What a test helps doctors do: "help doctors spot it", "help (to) diagnose the illness".
_HELPS_FIND = re.compile(r"\s*(?:(?:doctors|clinicians|us|them|your doctor|specialists) )?"
                         r"(?:to )?(?:spot|diagnose|detect|find|identify|confirm|recogni[sz]e|"
                         r"rule out|tell) (?P<x>it|this|the (?:illness|infection|disease|condition)"
                         r"|[\w' -]{2,40}?)(?=\s|[.,;]|$)", re.IGNORECASE)
# What "is indicated" without being a remedy or a test: "Caution is indicated".
_NO_REMEDY_INDICATED = re.compile(r"\b(?:caution|care|vigilance|attention|awareness|concern|"
                                  r"suspicion)$", re.IGNORECASE)
# Who is checked names no test: "You will be checked", "Patients are monitored".
_PEOPLE_CHECKED = re.compile(r"(?:you|he|she|they|we|it|this|patients?|people|children|your "
                             r"(?:child|baby)|everyone|anyone|"
                             # ("Brothers and sisters of someone with it should be tested")
                             r"(?:(?:close|other) )?(?:family members?|relatives|siblings|"
                             r"brothers(?: and sisters)?|sisters|parents|partners|contacts)"
                             r"(?: of [\w' -]+)?)?$", re.IGNORECASE)
# "..., with a second peak in women over 50": a further group where a rate peaks again.
_SECOND_PEAK = re.compile(r",?\s+(?:with|and) (?:a |another )?(?:second|further|smaller|later) "
                          r"peak (?:in|among|at)\s+", re.IGNORECASE)
# ", or as", " and as" between two looks a sign shows as.
_OR_AS = re.compile(r",?\s+(or|and)\s+as\s+", re.IGNORECASE)
# Relation phrases that lead a list of named things ("Symptoms include A, B and C").
# "Healthcare workers should wear gloves": a command said to a group of people.
_PEOPLE_SHOULD = re.compile(
    r"^\s*(?:people|those|anyone|everyone|patients|(?:health ?care )?workers|carers|staff|"
    r"(?:close )?contacts|travell?ers|parents|you|women|men|girls|boys|children|adults|"
    r"families)\b[\w' -]{0,50}?\s+(?:should|must|need to|"
    r"are advised to|are encouraged to)\s+(?P<not>not\s+)?(?P<rest>[a-z].*)$", re.IGNORECASE)


def _in_if_clause(text: str, at: int) -> bool:
    """Return whether ``at`` lies in a sentence's opening "If ..." clause: "If antibiotics
    are not given, X follows" denies nothing; it says what happens without them."""
    if text[:3].lower() not in ("if ", "unl"):
        return False
    comma = text.find(",")
    return _IF_OPENING.match(text) is not None and (comma < 0 or at <= comma)


_IF_OPENING = re.compile(r"\s*(?:if|unless)\s", re.IGNORECASE)
# Phrases that name care as care ("treated with X"): diagnosis said in another clause of
# the sentence does not make their remedies tests.
_NAMED_CARE_PHRASES = frozenset({"treated-with", "treatment-list", "is-treatment"})
_LIST_PHRASES = frozenset({"symptom-list", "complication-list", "treatment-list", "risk-list",
                           "test-list", "look-alike-list", "causes-include", "germs-include",
                           "tests-include", "includes"})
# The body's parts in general: "any organ", "other systems", "tissues".
_BODY_IN_GENERAL = re.compile(r"(?:(?:almost |nearly )?(?:any|every|other|many|several|most|"
                              r"multiple) )?"
                              r"(?:organs?|(?:body |organ )?systems?|tissues?|parts? of the body|"
                              r"body parts?)", re.IGNORECASE)
# People named by what they lack: "those lacking antibodies", "people without a spleen".
_LACKING_PEOPLE = re.compile(r"^(?:people|those|patients|persons|individuals|children|adults|"
                             r"anyone|someone)\s+(?:who\s+)?(?:lacking|lack|lacks|without|with no|"
                             r"(?:who )?(?:have|has) no)\s+"
                             r"(?:an?\s+|the\s+|any\s+|enough\s+)?(?P<x>[\w' -]{3,50})$",
                             re.IGNORECASE)
_NO_WORD = re.compile(r"\bno\b", re.IGNORECASE)
# What a germ does, named as a gerund after it: "releasing toxins", "getting into the blood".
_GERM_DOING = re.compile(r"(?:releasing|producing|making|getting|entering|spreading|"
                         r"multiplying|invading|attacking|growing)\b", re.IGNORECASE)
# Whose first signs a start names: "Symptoms often start with", "Her illness began with".
_SIGNS_OF_SOMEONE = re.compile(r"(?:(?:the|its|my|his|her|their|your|our) )?(?:(?:first|early|"
                               r"earliest|initial) )?(?:symptoms|signs|illness|infection)",
                               re.IGNORECASE)
# What "no evidence that X ..." may claim besides an effect: a cause, a part, a link.
_OTHER_CLAIM = re.compile(r"\s(?:(?:can|may|will|would|does|do) )?(?:plays?|causes?|is|are|"
                          r"triggers?|leads?|spreads?|runs?|has|have)\b", re.IGNORECASE)
# "attacks of X", "a bout of X", "cases of X": X itself.
_EPISODES_OF = re.compile(r"^(?:an? |the )?(?:attacks?|episodes?|cases?|bouts?|flare-?ups?|flares?|"
                          r"outbreaks?|forms?|signs?) of (?:the )?", re.IGNORECASE)
_LEAD_CONDITION = re.compile(r"^(?:if (?:it is |it's )?(?:left )?untreated|untreated|without "
                             r"treatment|left untreated|in (?:some|rare|many) cases|at this stage|"
                             r"later|eventually|over time|sometimes|"
                             # "In about 1 in 5 people, the condition lasts ...": a share first
                             r"in (?:about |around |roughly |up to |nearly |almost )?"
                             r"(?:\d[\d.,]*\s?%|\w+ (?:in|out of) \w+|(?:a|one) (?:third|"
                             r"quarter|half|fifth))"
                             r"(?: of)?(?: (?:people|patients|cases|children|adults))?)"
                             r"\s*,?\s*", re.IGNORECASE)
_GOOD_OUTCOME = re.compile(r"^(?:an? |the )?(?:quick|quicker|fast|faster|full|complete|better|"
                           r"good|speedy|earlier)?\s*(?:recovery|resolution|cure|outcomes?|"
                           r"prognosis|healing)(?: of (?:the |your |their )?(?:illness|condition|"
                           r"disease|infection|symptoms|it))?$", re.IGNORECASE)
# "X in the United States", "X among children": the topic with a place or group after it.
_WHERE_TAIL = re.compile(r"\s+(?:in|among|across|throughout|during|for)\s+(?:the\s+)?"
                         r"[\w' -]{2,40}$", re.IGNORECASE)
# Site text above a page's title (a helpline blurb, a cookie notice) is a few sentences.
_SITE_TEXT_SENTENCES = 5
# The verb that ends a clause's subject: "bacteria | get into a wound".
_RATE_OF = (r"(?:(?P<w>death|mortality|fatality|case[- ]fatality|survival|recovery|cure|"
            r"complication|recurrence|relapse)\s+)?")
_HIGHEST_LEFT = re.compile(r"\b(?:the )?" + _RATE_OF + r"(?:greatest|highest|increased|higher|"
                           r"greater) (?:risk|"
                           r"incidence|rates?|prevalence|frequency|numbers?)(?: of (?P<y>[\w' -]"
                           r"{2,60}?))?\s*$", re.IGNORECASE)
# "Kidney stones may form (because of X)": a thing that forms or develops, its verb after it.
_FORMS_LEFT = re.compile(r"^\s*(?P<x>[\w' -]{3,50}?)\s+(?:(?:may|can|might|could|often|usually|"
                         r"also|sometimes|then)\s+)*(?:forms?|develops?|occurs?|happens?|"
                         r"appears?|builds? up)\s*,?\s*$", re.I)
# An examination of the body, no test of samples: what it finds are signs.
# ("Examination may reveal X": an examination of the body, with no word for which)
_EXAMINATION = re.compile(r"(?:(?:a|the|careful|thorough|full)\s+)?(?:(?:physical|clinical|"
                          r"bedside|skin|eye|neurological)\s+)?(?:exam|examination)s?", re.I)
# "The incidence is highest in ...": the rate named first, how high it is in the trigger.
_RATE_LEFT = re.compile(r"\b(?:the )?" + _RATE_OF + r"(?:risk|incidence|rates?|prevalence|"
                        r"frequency|numbers?)"
                        r"(?: of (?P<y>[\w' -]{2,60}?))?\s*$", re.IGNORECASE)
# Words that name a micro-organism (a class or a genus-like stem), never a condition.
_ORGANISM = re.compile(r"\b(?:bacteri\w*|virus\w*|viral|fung\w*|\w*cocc\w*|bacill\w*|clostridi\w*|"
                       r"organisms?|germs?|microbes?|parasites?|yeasts?|strep|staph|vibrio\w*|"
                       r"pseudomonas|\w+ aureus|gram[- ](?:positive|negative))\b", re.IGNORECASE)
# "X should be avoided because it ...", "Avoid X, as they ...": the clause before the reason.
_BECAUSE_PRONOUN = re.compile(r"^(?P<main>.+?)\s*,?\s+(?:because|since|as)\s+(?:it|they)"
                              r"(?:\s+(?:can|may|might|could|will|would|also|often|all))*\s*$",
                              re.IGNORECASE)
# ("However, X should not be taken because it ...": a word about the whole sentence first)
_SENTENCE_LEAD = (r"(?:(?:however|but|also|so|therefore|instead|in addition|importantly|"
                  r"[a-z]+ly),?\s+)?")
_SUBJECT_BEFORE_MODAL = re.compile(r"^\W*" + _SENTENCE_LEAD + r"(?P<x>[\w' -]{2,60}?)\s+"
                                   r"(?:should|must|can|may|need to|needs to|are|is)\s+"
                                   r"(?:not\s+|never\s+)?(?:be\s+)?"
                                   r"(?:avoided|taken|used|given|stopped)\b", re.IGNORECASE)
_AVOID_X = re.compile(r"^\W*" + _SENTENCE_LEAD + r"(?:do not take|don't take|do not use|"
                      r"don't use|avoid|avoid taking|avoid using|never take|stop taking)\s+"
                      r"(?P<x>[\w' -]{2,60}?)$", re.IGNORECASE)
# A person as a clause's subject ("You'll need to be treated in hospital"): the
# treatment is for the condition the page is about.
# "In hospital, you may be given X": where or when, before the person given to.
_SETTING_FIRST = re.compile(r"^(?:(?:in|at) (?:the )?(?:hospital|first|home)|then|sometimes|"
                            r"usually|often|also|first)\b,?\s*", re.IGNORECASE)
_PERSON_SUBJECT = re.compile(r"^(?:you|you'll|you will|they|(?:(?:almost |nearly |virtually )?all "
                             r"|most |many |some |all )?(?:patients|"
                             r"people|children|adults|survivors|sufferers|babies|infants|newborns|"
                             r"toddlers|women|men)|your child|your baby|he|she|"
                             r"everyone|anyone|those affected)\b", re.IGNORECASE)
# "... with serious illness and an increased risk of stroke": a risk named after a member.
_AND_RISK_OF = re.compile(r",? and (?=(?:an? )?(?:increased|higher|greater|elevated|raised) "
                          r"risks? of\b)")
_RISK_OF_RIGHT = re.compile(r"^\s*(?:an? |the )?(?:significantly |greatly |slightly |much )?"
                            r"(?P<dir>increased|higher|greater|elevated|raised|reduced|lower|"
                            r"decreased|smaller) (?:risk|chance|likelihood|incidence|odds|rates?)"
                            # "associated with increased risk": of the topic, unsaid
                            r"(?: (?:of|for) (?:developing |getting |having )?(?P<y>.+)|"
                            r"\s*[.;]?$)"
                            # "associated with a lifelong risk of Y": a risk of a harm named
                            r"|^\s*(?:an? |the )?(?:(?:lifelong|life-long|lifetime|long-term|"
                            r"real|serious|significant|substantial|definite|known) )?risk of "
                            r"(?:developing |getting |having )?(?P<y2>.+)"
                            # "HLA alleles are associated with susceptibility": to the topic
                            r"|^\s*(?:(?:an? increased|increased|greater|higher) )?"
                            r"susceptibility\s*[.;]?$", re.I)
_LOWER_WORDS = ("reduced", "lower", "decreased", "smaller")
# A risk item's member: a short name, after its article ("a weak immune system").
_RISK_MEMBER_ARTICLE = re.compile(r"^(?:an?|the|some|any|other|certain)\s+", re.I)


def _risk_item_members(head_text: str, members: list[str],
                       found: list[Phrase]) -> list[Phrase]:
    """Return a risk item read as one phrase split into its members when each is short.

    "- diabetes, kidney failure or a weak immune system" under risk factors names three
    factors, each raising the risk on its own; read whole it gave one long label no
    source states.  A member longer than five words is a clause, so the item stays whole.
    """
    if not 2 <= len(members) <= 8:
        return found
    if not all(x.strip() and len(_RISK_MEMBER_ARTICLE.sub("", x.strip()).split()) <= 5
               for x in members):
        return found
    parts = phrases(head_text, split=True)
    return parts if len(parts) >= 2 else found


# "Risk factors for death", "the risk of death", "that predispose (people) to death":
# whose risk a risk list is.
_RISK_FOR = re.compile(r"\b(?:for|(?:risk|chance) of|predispose(?: \w+)? to|contribute to) "
                       r"([\w' -]+?)\s+"
                       r"(?:may |can |often |usually |also |typically )*"
                       r"(?:include|includes|are|is|involve|involves|consist)", re.I)
_WHO_CLAUSE = re.compile(r"\b(?:people|those|individuals|patients|persons|adults|children|women|"
                         r"men)\s+who\s+[a-z]+\b[\w' -]{0,40}$", re.IGNORECASE)
_LASTING = re.compile(r"\b(?:permanent|lasting|long-term|long-lasting|lifelong|scarring|scars?)\b",
                      re.IGNORECASE)
# A list item's head that only names a class of what comes after its colon.
_CLASS_HEAD = re.compile(r"[\w-]+ (?:problems?|issues?|changes?|difficult(?:y|ies))", re.I)
_FOLLOWING = re.compile(r"\bthe following\b", re.I)


def _bare_analyte(label: str) -> bool:
    """Return whether a name is only what a blood test measures ("urea", "bilirubin"): a
    test's, no sign (a level's direction makes it a finding: "raised urea")."""
    named = lab_test_name(label)
    return named != label and named.endswith(" test") and " " not in label.strip()
# A clause opened by "when" or "if" that runs to the words being read.
_WHEN_OPEN = re.compile(r"\b(?:when|if|unless|whenever)\b[^,;.]*$", re.I)
# The organ systems a case definition's criteria are listed by ("Renal:", "Blood:").
_SYSTEM_HEAD = re.compile(r"(?:blood|renal|hepatic|ha?ematologic(?:al)?|gastrointestinal|gi|"
                          r"muscular|musculoskeletal|neurologic(?:al)?|cns|central nervous system|"
                          r"respiratory|cardiovascular|mucous membranes?|mucosal|cutaneous|"
                          r"dermatologic(?:al)?)", re.I)
# A list of a few short names after an item's head ("fever, tachycardia, hypotension").
_SHORT_LIST = re.compile(r"[\w' -]{2,40}(?:(?:,\s*(?:and |or )?|\s+(?:and|or)\s+)[\w' -]{2,40})+"
                         r"[.;]?", re.I)
# An item's head that says when, not what ("later: blistering", "in severe cases: shock").
_WHEN_HEAD = re.compile(r"(?:early|earlier|late|later|initially|at first|first|then|"
                        r"eventually|subsequently|in (?:severe|advanced|late) (?:cases|disease|"
                        r"stages?)|early (?:signs|features|stages?)|late (?:signs|features|"
                        r"stages?))", re.I)
_BARE_AGE = re.compile(r"(?:increasing |advancing |rising )?age", re.I)
# Headings that name no topic area, only a kind of advice under the one before them.
# Words after a part in a heading of signs by organ: "Heart involvement", "Eye problems".
_ORGAN_HEADING_TAILS = frozenset({"involvement", "disease", "problems", "symptoms", "signs",
                                  "manifestations", "changes", "effects", "complications"})
_BARE_HEADING = re.compile(r"(?:do|don't|do not|dos|don'ts|dos and don'ts|do's and don'ts|"
                           r"tips|more tips|other tips|things to try|things to avoid|avoid|try)\.?",
                           re.I)
# People getting a thing, as a figure of how often says it ("20 % of children develop X").
_GETS = re.compile(r"\b(?:develop|develops|developed|get|gets|got|experience|experiences|"
                   r"suffer|suffers|(?:are|is) left with|go on to develop|go on to get)\b", re.I)
# A sign said to stay: what the topic leaves behind is a complication.
_LASTING_SIGN = re.compile(r"(?:permanent|lasting|long-term|long-lasting|lifelong|residual)\b",
                           re.I)
# "In a few cases, the weakness can be permanent": a sign that stays.
_STAYS = re.compile(r"^(?:[\w ,]{0,40},\s*)?(?:the |this |your )?(?P<x>[\w' -]{3,40}?) (?:can|may|"
                    r"might|could|will|is likely to) (?:be|become|remain|stay) (?P<l>permanent|"
                    r"lifelong|long-lasting|long-term)\b", re.I)
_POINTS_BACK = re.compile(r"(?:these|they|this|those|such signs|such symptoms)\s+(?:may |can |"
                          r"might |often )?(?:include|includes|are|can be|may be)\b", re.I)
_SIGNS_OF_OTHER = re.compile(r"\b(?:signs?|symptoms?|warning signs?)\s+of\s+(?:an?\s+)?"
                             r"(?P<of>[\w' -]{3,40}?)(?=\s+(?:or|and|in|around|on|that|which)\b|"
                             r"[.,;:]|$)", re.I)
_DEFINES = re.compile(r"\s*to (?:define|describe|refer to|mean|name|classify|measure|assess|"
                      r"grade|stage)\b", re.I)
_WHO_NOT_WHAT = re.compile(r"(?:adults?|child|children|patients?|people|persons?|women|men|"
                           r"(?:close |household )?contacts|"
                           r"babies|infants|teenagers|adolescents|pregnant women|"
                           # carers: "Your care team may include a surgeon and a dietitian"
                           r"(?:[\w-]+ )?(?:surgeons?|doctors?|nurses?|physicians?|gps?|"
                           r"consultants?|counsell?ors?|[a-z]+ists?|dietitians?|dieticians?|"
                           r"paediatricians?|pediatricians?|(?:care )?teams?))", re.I)
# (nor an infection: "Infection with X should be considered in ..." names a diagnosis)
_NOT_A_REMEDY = re.compile(r"\b(?:recognition|diagnosis|detection|awareness|identification)\b"
                           r"|^(?:an? )?(?:[\w-]+ )?infection(?: with\b|$)", re.I)
# Signs named by a class other than "symptoms": "Mouth changes may include A and B".
_SIGN_CLASS = re.compile(r"^\s*(?:the |other |common |typical |early |later )?(?:[\w-]+ )?"
                         r"(?:changes|findings|features|abnormalities)(?: of [\w' -]+?)? "
                         r"(?:may |can |often |usually |typically )?(?:include|includes|are"
                         # ("Clinical findings are a consequence of X": no list of them)
                         r"(?!\s+(?:an? |the )?(?:consequence|result|due|caused|secondary|"
                         r"thought|believed|not)\b))\s+(?P<x>[^.;]+)",
                         re.I)
# "Heart problems can include A and B", "Problems with the kidneys may include A" under
# complications: each member is a harm the topic brings.
_HARMS_OF_A_KIND = re.compile(r"^\s*(?:the |other |possible |long-term |serious |some )?"
                              r"(?:[\w-]+ )?"
                              r"(?:problems|complications|damage|effects|issues)(?: (?:with|of|"
                              r"in|affecting) (?:the |your )?[\w' -]{2,30}?)? (?:can |may |"
                              r"might |often |also |sometimes )*(?:include|includes)\s+"
                              r"(?P<x>[^.;:]+)", re.I)
_CHANGES_TO_MAKE = re.compile(r"^\s*(?:the |other |some |simple |small |healthy )?(?:lifestyle|"
                              r"diet|dietary|behaviou?r(?:al)?|treatment|medicines?|medication|"
                              r"care|home|work|policy|practice)\b", re.I)
_COMPLICATIONS_WORD = re.compile(r"(?:serious |severe |long-term |further |possible )?"
                                 r"complications?", re.I)
_TIMELY = re.compile(r"\b(?:early|earlier|within|in the first|promptly|quickly|soon|as soon as|"
                     r"in time|right away|straight away)\b", re.I)
_NO_MEANS = re.compile(r"(?:ways?|means|things?|steps?) (?:to|of|you can)\b|"
                       r"(?:started|began|became|was|were|had|has|have)\b", re.I)
# A list item naming another condition and saying how it works: "glaucoma, where ...".
_NAMED_THEN_WHERE = re.compile(r"^\s*(?:an? |the )?[\w' -]{2,40}?\s*(?:[–—-]|,)?\s*(?:where|"
                               r"in which)\b", re.I)
# "It can look like other illnesses, such as X": look-alikes named as such.
_OTHER_ILLNESSES = re.compile(r"\s*(?:many |several |a number of |some )?other (?:conditions|"
                              r"illnesses|diseases|infections|disorders)\b", re.I)
# "order blood tests to check for X": the purpose's "to" closes what is ordered.
_DANGLING_TO = re.compile(r"\s+(?:in order )?to\s*$", re.I)
# "<topic> is a disorder in which ...": the topic's own definition, read on.
_TOPIC_KIND_WHERE = re.compile(
    r"^\s*(?P<t>[\w' -]{1,40}?) (?:is|are) (?:an? |the )?(?:[\w-]+ ){0,3}?(?:disease|condition|"
    r"disorder|illness|syndrome|infection)s?,? (?:in which|where)\b", re.I)
_QUESTION = re.compile(r"\?\s*[\"')\]]?\s*$")
# What a treatment is aimed at, named as a goal: "aimed at improving nerve function".
_GOAL_LEAD = re.compile(r"(?:geared|aimed|directed|targeted)\b|(?:improving|reducing|preventing|"
                        r"decreasing|increasing|helping|relieving|restoring|easing)\b", re.I)
_THE_ILLNESS = re.compile(r"(?:the )?(?:infection|illness|disease|condition)", re.I)
# Its signs, said without naming them, and a span of time ("Symptoms start 3 days after ...").
_ITS_SIGNS = re.compile(r"(?:the |its )?(?:symptoms|signs(?: and symptoms)?)", re.I)
_SOME_TIME = re.compile(r"\b(?:hours?|days?|weeks?|months?)\b", re.I)
_IN_SOME_CASES = re.compile(r"\b(?:in (?:some|rare|a few|severe|many) (?:cases|people|patients)|"
                            r"sometimes|occasionally|rarely)\b", re.IGNORECASE)
# "About half of", "up to 25 % of", "5-10 % of": a share of what follows.
_SHARE_OF = (r"(?:about |around |nearly |almost |roughly |approximately |up to |over |"
             r"more than |fewer than |less than |at least |only )?(?:half|a third|a quarter|"
             r"two thirds|one in \w+|\d+(?:\.\d+)?(?: ?(?:-|–|to) ?\d+(?:\.\d+)?)? ?%) of "
             r"(?:all |the )?")
# "X causes 5-10 % of cases": the topic's cases, counted by a share (a bare "cases" is not).
_SHARE_OF_CASES = re.compile(rf"^\s*{_SHARE_OF}(?:cases|episodes)\s*$", re.IGNORECASE)
_CASES = re.compile(r"^(?:most |many |some |the majority of |nearly all |almost all |other |these |"
                    r"such |(?:a )?(?:small |large |growing )?(?:number|minority|handful|few) of |"
                    # "About half of cases are linked to X": a share of its cases
                    rf"{_SHARE_OF}|a few )?"
                    # "Sporadic cases", "non-seasonal cases": cases of it, said by a kind.
                    r"(?:(?:non-?)?[a-z]+(?:al|ic|ous|ed|ive|ent|ant|ary|ile|ar) |severe |mild |"
                    r"rare |recurrent )?(?:cases|episodes|outbreaks)$", re.IGNORECASE)
# The words that may stand before a list-leading germ noun ("the most common bacteria").
_GERM_LEAD = re.compile(r"\s*(?:(?:the|other|common|commonest|most|more|less|frequently|commonly|"
                        r"usual|main|typical|some|several|many|specific|known|possible|likely|"
                        r"different|such|these|causative|responsible|important|culprit|key|"
                        r"major|rare|rarer|uncommon)\s+)*", re.IGNORECASE)
# "skin infections after surgery": a risk that follows another; both raise the topic's risk.
_AFTER_ANOTHER = re.compile(r"^(?P<a>[\w' -]+?) (?:after|following) (?:(?:an?|the|recent|some) )?"
                            r"(?P<b>[\w' -]+)$", re.IGNORECASE)

_TIME_UNIT_END = re.compile(r"\b(?:hours?|days?|weeks?|months?|years?|time)$", re.IGNORECASE)


def _split_after(said: list[Phrase]) -> list[Phrase]:
    """Return the phrases with "A after B" read as A and B (each raises the risk)."""
    out = []
    for ph in said:
        two = _AFTER_ANOTHER.match(ph.label)
        if two is None or pc.is_generic(two.group("a")) or pc.is_generic(two.group("b")) \
                or _TIME_UNIT_END.search(two.group("a")):
            out.append(ph)
            continue
        out += [Phrase(two.group("a"), ph.level, ph.surface), Phrase(two.group("b"), None,
                                                                      ph.surface)]
    return out


# What "who get X have / are" got, and what after it names no state they were in.
_WHO_GOT = re.compile(r"who \w+ ([\w' -]+?),? (?:(?:also|often|usually|typically|commonly|"
                      r"already|frequently|mostly|generally) )*(?:have|has|had|are|were)\b", re.I)
_NOT_A_STATE = re.compile(r"\s*(?:(?:an? |the )?(?:\w+ )?(?:higher|greater|increased|lower|"
                          r"high|low|small|reduced) (?:risk|chance|likelihood)|(?:more|less|"
                          r"most|least) likely|\w+ed (?:with|by|for|in|at)\b|it\b|this\b|"
                          r"not\b|no\b|(?:usually |often )?(?:treated|hospitali[sz]ed|admitted|"
                          r"given|cured|diagnosed)\b)", re.I)
# The words around what people who get it already had: "in (the late stages of)", "on",
# "... and are on", "recently".
_STATE_LEAD = re.compile(r"^\s*(?:in|on|at) (?=\w)", re.I)
_STATE_JOIN = re.compile(r"\s+and (?:(?:also|often|usually) )?(?:are|were|have|has|had)"
                         r"(?: (?:been|had|taken|received|undergone|used))?(?: (?:on|in))?\s+"
                         r"|\s+(?:and|or) (?:receive|receives|undergo|undergoes|take|takes|use|"
                         r"uses)\s+", re.I)
_STATE_WHEN = re.compile(r"\s+(?:recently|in the past|beforehand|before that|already)\b", re.I)
# Where a qualifier of "cases" starts: "cases that ...", "cases of X", "cases in men".
_CASES_QUALIFIED = re.compile(r"\s+(?:that|which|where|of|in|among|not|linked|caused|due)\b",
                              re.IGNORECASE)
_GET_IT = re.compile(r"(?:get|gets|catch|catches|develop|develops|contract)\s", re.IGNORECASE)
# A sentence about the topic's symptoms that names them after "such as" or "including".
_SIGNS_SUCH_AS = re.compile(r"^\s*(?:the |its |their |(?P<of>[\w' -]{2,40}?) )?(?:early |first |"
                            r"main |common |typical )?(?:signs and symptoms|symptoms|signs)(?: of "
                            r"(?P<of2>[\w' -]{2,40}?))? (?![^,.;]*\b(?:include|includes|are)\b)"
                            # ("Symptoms start after you have had an injury, such as a cut": the
                            # examples are the injury's, said in a clause of its own)
                            r"(?![^,.;]*\b(?:after|before|when|if|once|since|because)\s)"
                            r"[^.;:]{3,120}?,? (?:such as|including)\s+(?P<list>.+)$", re.I)
# "The symptoms can be similar to those of other conditions, such as flu": the examples
# are the other conditions, no signs.
_OTHERS_SIGNS = re.compile(r"\b(?:similar to|the same as|like) (?:those|that) of\b|\bother "
                           r"(?:conditions|illnesses|infections|diseases|causes)\b", re.I)
_RUNS_IN_FAMILIES = re.compile(r"\b(?:tends? to |can |may |often |sometimes |does not |doesn't )?"
                               r"(?:runs?|clusters?) in (?:the |some |certain |a few )?"
                               r"famil(?:y|ies)\b"
                               # "it does tend to appear amongst certain families"
                               r"|\b(?:does |do )?(?:tends? to |can |may |often )?(?:appears?|"
                               r"occurs?|clusters?|is (?:seen|found)) (?:in|among|amongst|within) "
                               r"(?:certain |some |particular )?families\b", re.IGNORECASE)
_CLAUSE_LABEL = re.compile(r"^(?:it|this|they|you|we|he|she|there)\s+\w+", re.IGNORECASE)
# "diabetes and other long-term diseases": the last member is a class of its own.
_OTHER_CLASS = re.compile(r"^(?:and |or )?other\s+[\w -]{3,40}$", re.IGNORECASE)
# "hospital with antibiotics and surgery": the place a remedy is given in, then the remedies.
_PLACE_WITH = re.compile(r"^\s*(?:a |the |an )?(?:hospital|intensive care)(?: unit)?,? (?:with|"
                         r"using|by giving) ", re.IGNORECASE)
_CARE_PLACE = re.compile(r"\b(?:hospital|intensive care|unit|ward|clinic)\b", re.IGNORECASE)
# "Symptoms can range from none to mild (A, B) to severe (C)", "Signs vary from X to Y".
_SIGNS_RANGE = re.compile(r"^\s*(?:the |its |their )?(?:signs and |clinical )?(?:symptoms|signs|"
                          r"features)(?: of (?P<of>[\w' -]{2,40}?))?\s+(?:can |may |often |"
                          r"usually |typically )?(?P<verb>range|ranges|vary|varies|ranging)"
                          r"(?: widely| greatly| considerably)? from\b(?P<rest>.+)$", re.I)
_BRACKETED = re.compile(r"\(([^()]{3,200})\)")
_WHO_TO_WHO = re.compile(r"\s*(?:one )?(?:person|patient|people|case|child|individual)s? to "
                         r"(?:another|(?:person|patient|people|case|child|individual)s?)\b", re.I)
_FROM_TO = re.compile(r"\s+(?:to|through|and)\s+(?=(?:an? |the )?(?:mild|moderate|severe|"
                      r"serious|life-threatening|fatal|very|more|no|none)\b)", re.I)
# Words that say how grave, before a sign's name or alone.
_GRADE_LEAD = re.compile(r"^\s*(?:an? |the )?(?:(?:very |rather |quite )?(?:mild|moderate|"
                         r"severe|serious|life-threatening|subtle|no|none)\b,?\s*)+", re.I)
_GRADE_ONLY = re.compile(r"(?:none|nothing|no symptoms|symptoms|illness|disease|signs|cases?|"
                         r"forms?)", re.I)
# Organs failing or harmed: disorders, not signs ("kidney failure", "liver impairment").
_ORGAN_HARM = re.compile(r"\b(?:failure|impairment|insufficiency|dysfunction|gangrene|distress "
                         r"syndrome)\b|\b(?:heart|kidney|liver|lung|brain|nerve) (?:problems?|"
                         r"damage|disease)\b", re.IGNORECASE)
# What a condition "causes" that is named as a disease of its own ("neuropathy", "carditis",
# "kidney failure") is a complication, even in a section of signs.
_DISEASE_NAME = re.compile(r"(?:itis|pathy|pathies|osis|palsy|failure|block|aneurysms?|"
                           # clinical names of harms: blood levels out of range, a syndrome, a
                           # breakdown of muscle, stones, the eye's lens clouding
                           r"(?:a|ae)?emias?|syndrome|myolysis|h(?:a)?emolysis|stones?|cataracts?|"
                           r"glaucoma|"
                           r"coagulation|coagulopathy)$", re.I)
# A name given in brackets after a list's last member: "... a swollen tongue (often called
# strawberry tongue)".
# A name in quotes in brackets after what it names: 'a red tongue ("plum tongue")'.
_QUOTED_NAME = re.compile(r"\(\s*[\"\u201c'](?P<n>[A-Za-z][\w' -]{2,40}?)[\"\u201d']\s*\)")
_NAME_IN_BRACKETS = re.compile(r"\((?:often |also |sometimes )?(?:called|known as)\b", re.I)
# Harms a remedy is said to keep away.
_HARM_PREVENTED = re.compile(r"\b(?:damage|injury|injuries|scarring|scars?|loss|ulcers?|"
                             r"ulceration)\b", re.I)
# How bad or how long a harm is: "long-term damage" names no harm of its own.
_HOW_BAD = re.compile(r"\b(?:long-term|long term|lasting|permanent|further|serious|severe|more|"
                      r"any|possible|lifelong|irreversible)\b", re.I)
# Where a name's head ends: "tarnitis, with a stiff neck", "nerve palsy in the face".
_HEAD_PART = re.compile(r",| (?:in|on|of|with|at|around|affecting)\b", re.I)
_AND_MODAL_END = re.compile(r"\b(?:and|or|but)\s+(?:(?:may|might|can|will|could|should|then|"
                            r"also|often|usually|sometimes)\s+)*$", re.IGNORECASE)
_AND_END = re.compile(r"\s(?:and|then)\s*$", re.IGNORECASE)
# Words after a name that go on naming ("X and Y", "X of the skin"), no verb of the name's.
_NOT_ITS_VERB = frozenset({"and", "or", "but", "of", "in", "on", "at", "to", "with", "for",
                           "the", "a", "an", "is", "are"})
_CLAUSE_VERB = re.compile(r"\s+(?:can|may|might|could|will|would|is|are|was|were|has|have|had|"
                          r"gets?|got|enters?|entered|becomes?|became|spreads?|attacks?|reacts?|"
                          r"infects?|invades?|reaches|reach|travels?|produces?|releases?|makes?|"
                          r"starts?|begins?|grows?|multiply|multiplies|builds? up|stops?|fails?|"
                          r"accumulates?|collects?|clumps?|(?:is |are )?deposited|"
                          r"overreacts?|mistakenly|wrongly|does|do|doesn't|don't)\b", re.IGNORECASE)
# ("if you have had recent surgery", "if you've had X": what was had.)
_IF_YOU = re.compile(r"^(?:if|when|as)\s+(?:(?:you|they|people|someone|a person)\s+"
                     # ("if you recently had surgery": the adverb before the verb too)
                     r"(?:(?:recently|just|already|ever|also)\s+)?(?:have|has|had|"
                     r"are|is|were|take|use)|(?:you|they)'ve)\s+(?:(?:recently|just|already|ever|"
                     r"also)\s+)?(?:had\s+)?", re.IGNORECASE)
_NOT_ACTS = frozenset({"over", "under", "above", "below", "out", "up", "down", "back", "off",
                       "near", "past", "round", "about"})
# "if you smoke": a person's own act as the condition (a verb other than have/are/take).
_IF_YOU_DO = re.compile(r"^(?:if|when)\s+(?:you|they|people|someone|a person)\s+", re.I)
# "You may be", "you are" before "(more) at risk": the reader, so the factor follows "if".
_YOU_MAY_BE = re.compile(r"\s*(?:you|they|people|we)(?:\s+(?:may|might|can|could|will|would|"
                         r"also|then|often|usually|be))*\s*", re.I)
# "... if you have A or if you smoke": the second condition of the pair.
_OR_IF_YOU = re.compile(r"\s*,?\s*(?:or|and)\s+(?=(?:if|when)\s+(?:you|they)\b)", re.I)
_IF_YOU_LEAD = re.compile(r"\b(?:if|when) (?:you|they|he or she|your child)\s*:?\s*$", re.I)
# "It is more common in people who:" leads acts too ("- drink a lot": drinking a lot).
_WHO_LEAD = re.compile(r"\b(?:people|those|children|adults|women|men|patients|someone|anyone) "
                       r"who\s*:?\s*$", re.I)


def _as_gerund(label: str) -> str:
    """Return an act named by its verb as the act ("inject drugs" → "injecting drugs")."""
    first, _, rest = label.partition(" ")
    lemmas = all_lemmas(first.lower())
    if not rest or "VERB" not in lemmas or first.lower() not in lemmas["VERB"] or \
            first.lower() in _NOT_ACTS or pc.age_factor(label) != label:
        return label  # "over 60" is an age, "back pain" no act
    acting = inflection(first.lower(), "VBG")
    return f"{acting[0]} {rest}" if acting else label


_NOT_WORDS = re.compile(r"^(?:not|never|don't|do not|avoid)\s+", re.I)


def _avoided_act(label: str) -> str | None:
    """Return the act of avoiding what a denied item says to do ("not sharing razors",
    "sharing towels" from "do not share towels", "never reuse needles"), or None when the
    item names no act ("no vaccine")."""
    rest = _NOT_WORDS.sub("", label.strip(), count=1)
    first = rest.split(" ", 1)[0].lower()
    if not first.endswith("ing") and "ADJ" in all_lemmas(first):
        return None  # "hot tubs": a thing named, no verb ("hot" is no act here)
    if not first.endswith("ing"):
        rest = _as_gerund(rest)
        first = rest.split(" ", 1)[0].lower()
    if not first.endswith("ing") or "VERB" not in all_lemmas(first):
        return None
    return act_noun(f"avoiding {rest}")


# "- you have a wound" under "You may be at risk if:": what the reader has, not a clause.
_YOU_HAVE_ITEM = re.compile(r"^\s*(?:you|they|your child) (?:(?:recently|just|ever|previously|"
                            r"already|currently) )?(?:have|had|are|were|use|take)\b", re.I)
_ITEM_VERB = re.compile(r"^\s*(?:(?:you|they|your child|he|she|we) )?"  # "- you have a wound"
                        r"(?:(?:recently|just|ever|previously|already|currently) )?"
                        # "have had surgery": what was had ("had" alone would stay)
                        r"(?:(?:have|has|having) (?:recently |just |ever |previously |already )?"
                        r"had|are|is|be|being|have|has|had|having|take|taking|use|using)\s+"
                        r"(?:an? |the )?(?=\w)", re.I)
# "..., the same virus that" / "X, which also": the thing named before the comma.
_NAMED_BEFORE = re.compile(r"(?P<np>[\w' -]{2,80}?)\s*(?:\([^)]*\))?\s*[,\u2014\u2013]\s*"
                           r"(?:the same (?:\w+ )?|an? (?:\w+ )?)?(?:that|which)(?: also)?\s*$",
                           re.IGNORECASE)
# The words _NAMED_BEFORE's stretch ends in (see caseless.ends_without).
_NAMED_BEFORE_WORDS = ("that", "which", "also")
# A clause that ends in a relative pronoun and its auxiliaries: "... that has been".
# Relations whose left side names nothing of the claim: "G, which gets in through cuts"
# says cuts raise the risk whatever "which" stands for.
_ANY_SUBJECT_ROUTES = frozenset({"enters-through", "gets-into"})
_RELATIVE_END = re.compile(r"\b(?P<rel>that|which|who)(?: also)?(?: (?:has|have|had|is|are|was|"
                           r"were|can|may|might|could|often|usually))*(?: been)?\s*$", re.I)
# ", which affects 1 in 5 and can": a relative clause, then a second verb of its own.
_WHICH_THEN_AND = re.compile(r"(?<=, )(?P<rel>which)\s+[^,;()]{3,80}?\s+and(?: also)?(?: (?:can|"
                             r"may|might|could|often|usually|sometimes|will|then))*\s*$", re.I)
# Phrases whose subject, in "<name> is a <kind> that ...", is the name defined.
_DEFINED_THING_TRIGGERS = frozenset({"follows", "causes"})
# The kind a definition gives that makes the name a condition ("a kidney problem").
_CONDITION_KIND_END = re.compile(r"\b(?:problems?|conditions?|complications?|illness(?:es)?|"
                                 r"diseases?|disorders?|pain|infections?|swellings?|"
                                 r"inflammations?|syndromes?|reactions?|damage)\s*$", re.I)
_DEFINED_AS = re.compile(r"^([\w' -]{1,60}?)\s+(?:is|are)\s+(?:a|an|the)\s+[^,]*?(?:that|which)$",
                         re.IGNORECASE)
# The same with no article, when its kind is a condition's ("X is long-lasting nerve pain
# that ..."): the kind must then end the stretch (_CONDITION_KIND_END).
_DEFINED_PLAIN = re.compile(r"^([\w' -]{1,60}?)\s+(?:is|are)\s+(?!(?:a|an|the|not|also|often|"
                            r"usually|more|less|most|very|common|rare)\b)[\w' -]{3,50}?"
                            r"\s(?:that|which)$", re.IGNORECASE)
# "suggesting a significant role for host genes", "points to a part for the immune system".
_ROLE_FOR = re.compile(r"\b(?:suggest|indicat|point|support|implicat|impl)\w* (?:to )?"
                       r"(?:an? |the )?(?:(?:possible|significant|important|major|key|likely|"
                       r"potential|strong|causal) )?(?:role|part) (?:for|of) (?:the )?"
                       r"(?P<x>[^,.;()]{2,60})",
                       re.I)
# "... a role for X in (the) pathogenesis / in the disease": where X plays it, no part of X.
_ROLE_IN = re.compile(r"\s+in (?:the |its |this )?(?:pathogenesis|development|causation|onset|"
                      r"disease|condition|illness|infection|syndrome|it)\b.*$", re.I)
# A sentence about "it": "It can happen to anyone, ...".
_IT_SUBJECT = re.compile(r"\s*(?:it|this|they)\b", re.I)
# An age named with "with": "especially with increasing age" (people_factor keeps it whole).
_WITH_FACTOR = re.compile(r"\s*(?:increasing|advancing|older) age\b", re.I)
# A reporting frame before a clause: "Research suggests (that)", "Some experts believe
# that", "It's thought that", "Scientists have found that".
_SUGGESTING_THAT = re.compile(rf",?\s*\b{_SUGGESTING}(?: that)?\s+", re.I)
_REPORT_FRAME = re.compile(
    r"^\s*(?:(?:some|many|most|recent|other|new|several) )?(?:(?:research|studies|evidence|"
    r"experts|scientists|researchers|doctors|data|findings)(?: (?:has|have))?(?: also)? "
    r"(?:suggests?|suggested|shows?|shown|showed|thinks?|believes?|indicates?|indicated|found|"
    r"finds|proposes?|proposed|suspects?|suspected)(?: that)?"
    r"|it(?: is|'s| has been) (?:thought|believed|known|suspected|suggested|possible|likely) that"
    r"|there (?:is|'s) (?:some )?evidence that)\s+", re.I)
_REPORT_GATE = re.compile(r"\b(?:suggest|show|think|believe|indicat|found|find|propos|suspect|"
                          r"thought|known|possible|likely|evidence)", re.I)
# A clause saying some people are at more risk (of the topic, unless a harm is named).
_RISK_CLAUSE = re.compile(r"\b(?:more|most|especially|particularly) (?:likely to (?:get|develop|"
                          r"catch|have)|prone|susceptible|vulnerable)\b|\bat (?:a )?(?:higher|"
                          r"greater|increased|high) risk\b", re.I)
_HARM_WORDS = re.compile(r"complicat|death|\bdie|severe|serious|worse|hospital", re.I)
# Triggers that may open a sentence with the cause, the caused thing coming after.
_LEADING_CAUSES = frozenset({"caused-by", "due-to"})
# "... in children", "among travellers" after "reduces the risk": whose risk it is.
_WHOSE_RISK = re.compile(rf"\s*{p.WHOSE_RISK}", re.I)
# An outcome as what a thing is associated with: "a poor prognosis", "worse outcomes".
_OUTCOME_RIGHT = re.compile(r"\s*(?:an? |the )?(?:(?:much |significantly )?(?:poor|poorer|worse|"
                            r"bad|good|better|favou?rable|unfavou?rable|adverse) )(?:prognosis|"
                            r"outcomes?|survival|outlook)\s*[.;,]?\s*$", re.I)
# "a first-degree relative, such as a parent or sister, with it": the kin's examples.
_KIN_EXAMPLES = re.compile(r",\s*(?:such as|like|including|for example,?|e\.g\.,?)\s.*?,\s*"
                           r"(?=(?:with|who)\b)", re.I)
# "People with ..." before kin who had the topic: the people whose family it runs in.
_KIN_PEOPLE_LEAD = re.compile(r"^\s*(?:people|those|anyone|someone|children|adults|a person|"
                              r"individuals)\s+(?:with|who (?:have|has))\s+", re.I)
# A verb of a clause: words before "due to" that hold one are a sentence, no bare state.
_STATE_LINE_VERB = re.compile(r"\b(?:is|are|was|were|be|been|being|can|may|might|could|will|would|"
                              r"should|has|have|had|do|does|did|occurs?|develops?|happens?|appears?|"
                              r"gets?|makes?|who|which|that|it|this|they)\b", re.I)
# The subject of a clause: the words before its first verb.
_CLAUSE_HEAD = re.compile(r"((?:[\w'-]+ ){0,5}?)(?:is|are|was|were|can|may|might|could|will|"
                          r"often|usually|spreads?|causes?|leads?|affects?|starts?|develops?|"
                          r"gets?|becomes?|happens?|occurs?|progresses?)\b", re.I)
# What follows "X is the most common cause": a second cause, or another clause.
_CAUSE_THEN = re.compile(r"\s*,\s*(?:followed by\s+(?P<y>[^.;]+)|(?:but|although|though|while|"
                         r"whereas)\b)", re.I)
# "These infections", "most of these illnesses": cases of a kind, in the plural.
_THESE_KIND = re.compile(r"^(?:(?:most|many|some|all) of )?(?:(?:these|such) ([a-z]+?)(?:e?s)|"
                         # "this type of infection", "infections like this", "most infections"
                         r"this (?:type|kind|form) of ([a-z]+)|([a-z]+?)(?:e?s)? like (?:this|"
                         r"these|it)|(?:most|many|the majority of) ([a-z]+?)(?:e?s)|"
                         # "Heavy infections cause blood loss": the topic's worse cases
                         r"(?:heavy|severe|serious|untreated|advanced|long-standing) ([a-z]+?)"
                         r"(?:e?s))$", re.I)
# Whose germs "the bacteria responsible for X include" names: X.
_GERMS_FOR = re.compile(r"\b(?:for|in|associated with) (?:most cases of |cases of )?(.+?) "
                        r"(?:are|include)$", re.I)
# "X is a rare, life-threatening infection, usually": X defined by a kind of illness, before
# a reduced relative ("caused by ...") that says what brings X on.
_DEFINED_BY_KIND = re.compile(r"\s*([\w' -]{1,60}?)\s+(?:is|are)\s+(?:(?:a|an)\s+)?"
                              r"(?:[\w-]+(?:,|\s+but|\s+and|\s+or)?\s+){0,5}?(?:infections?|illness(?:es)?|diseases?|"
                              r"conditions?|disorders?|syndromes?|reactions?|inflammation),?\s*"
                              r"(?:(?:usually|often|mainly|mostly|typically|commonly|most often|"
                              r"generally|sometimes|always|most commonly|most)\s+)?$",
                              re.IGNORECASE)
# "A rapidly spreading infection of the skin and fat, often": a definition whose name is
# left out (the page's title gives it), up to a cause's "caused by".
_DEFINED_WITHOUT_NAME = re.compile(
    r"\s*(?:an?|one)\s+(?:[\w-]+,?\s+){0,4}?(?:infections?|illness|diseases?|conditions?|"
    r"disorders?|syndromes?|inflammation)\b(?:\s+(?:of|in|affecting|that affects)\s+"
    r"[^.;:,]{3,80}?)?,?\s*(?:(?:usually|often|mainly|mostly|typically|commonly|most often|"
    r"generally|sometimes|most commonly|most)\s+)?$", re.IGNORECASE)
# ("Not being able to stand up", "not able to swallow": a sign, named by what cannot be done)
_NEGATED_HEAD = re.compile(r"^(?:no|not|never|none|don't|do not)\b(?! (?:being )?able to\b)",
                           re.IGNORECASE)
# Seeking care, said among ways to prevent it: no means of prevention.
_SEEKING_CARE = re.compile(r"^(?:seeing|seeking|calling|contacting|asking|visiting|going to|"
                           r"talking to|speaking to)\b|^getting (?:\w+ )?(?:medical|"
                           r"urgent|emergency|immediate|prompt)? ?(?:help|care|advice|"
                           r"attention)\b", re.IGNORECASE)


# "Risk factors associated with a bad outcome include A", "Other factors related with less
# favourable outcomes are B": what foretells the outlook.
_OUTCOME_FACTORS = re.compile(
    r"\b(?:factors? (?:associated|related|linked|connected) (?:with|to) (?:an? |the )?"
    r"(?P<less>less |more )?(?P<o>poor|poorer|worse|bad|good|better|favou?rable|unfavou?rable|"
    r"adverse|negative|positive) (?:outcomes?|prognosis|outlook|recovery)"
    # "Poor prognostic factors include A", "Adverse prognostic features are A": the same.
    r"|(?P<o2>poor|adverse|negative|unfavou?rable|bad|good|favou?rable|positive|"
    r"better|worse) (?:prognostic|outcome) (?:factors?|indicators?|markers?|features?|signs?)"
    # "Risk factors for a bad outcome include A", "Indicators of poor prognosis include A".
    r"|(?:risk )?(?:factors?|indicators?|markers?|predictors?|signs?) (?:for|of) (?:an? |the )?"
    r"(?P<o3>poor|poorer|worse|bad|adverse|unfavou?rable|good|better|favou?rable) "
    r"(?:outcomes?|prognosis|outlook))"
    r"(?: (?:in|among|for) [\w ]{1,40}?)? (?:include|includes|are|is)\s+(?P<x>[^.;]+)", re.I)
_POOR_WORD = re.compile(r"poor|worse|bad|unfavou?rable|adverse|negative", re.I)
# How it is caught or spread, and what plays a part in it.
_ROUTE_HINT = re.compile(r"\b(?:catch|caught|get|gets|got|contracted|acquired|infected|"
                         r"spread|spreads|passed|transmitted|pass|passes|transmit|transmits|"
                         r"role|part)\b", re.I)
_ROUTE_WORDS = ("catch", "caught", "get", "got", "contracted", "acquired", "infected", "spread",
                "pass", "transmit", "role", "part")
# The topic as an object, then a comma: what follows says more of the subject, or how.
_IT_COMMA = r"^\s*(?:it|this|the (?:illness|infection|disease|condition))\s*,"
_IT_THEN_COMMA = re.compile(_IT_COMMA, re.I)
# "... can cause it, most often X": the class's usual member, said after the topic.
_EXAMPLE_AFTER_IT = re.compile(_IT_COMMA + r"\s*"
                               r"(?:most often|most commonly|usually|mainly|mostly|typically|"
                               r"especially|particularly|commonly)\s+"
                               # ("most often through a wound": how, no member)
                               r"(?!(?:through|after|via|by|in|from|when|if|during|with|"
                               r"within|before|as|because|due)\b)(?P<x>[^.;:]+)", re.I)
# Someone unnamed a contact is with, after the contact that spreads it ("an infected person"
# says whose contact, and stays).
_WITH_PERSON = re.compile(r"\s+with\s+(?:someone|somebody|anyone|others|other people|"
                          r"(?:people|a person) who)\b.*$", re.I)
_CAUGHT_FROM = re.compile(
    r"\b(?:can |may |could |might )?(?:catch|get|pick up|contract)\s+"
    r"(?P<who>it|this|[\w' -]{2,40}?)"
    r"\s+(?:from|through|by)\s+(?P<x>(?!(?:another|other|an infected|a sick|someone|people|"
    r"person)\b)[^.;]+)", re.I)
# "an infection you can get from contact with animal urine": what it is got from (the
# infection is the topic when the sentence defines it; the examples of animals are not ways).
_GOT_FROM_GAP = re.compile(
    r"(?P<who>)^\s*(?:it|this|[\w' -]{2,40}?) (?:is|are) (?:an?|the) (?:[\w-]+ ){0,3}?(?:infection|"
    r"illness|disease|condition) (?:that |which )?(?:you|people|humans|a person) (?:can |may |"
    r"might |could |usually |often )*(?:get|catch|pick up|contract) (?:from|through|by|via) "
    r"(?P<x>[^.;,]+)", re.I)
# "It's caught by breathing in spores", "People become infected after swimming in the sea".
_CAUGHT_BY = re.compile(
    r"^\s*(?P<who>it|this|[\w' -]{2,40}?)(?:'s| is| are| can be| may be| is usually| is often)?"
    r"\s+(?:usually |mainly |mostly |often |most often )?(?:caught|contracted|acquired|picked up"
    # "(an infection) passed to people from infected birds", "It spreads to humans from rats"
    r"|(?:passed|spread|spreads|transmitted|carried)(?: on)? to (?:people|humans|man|you))"
    r"\s+(?:by|from|through|via|when|after)\s+(?P<x>[^.;]+)", re.I)
_INFECTED_AFTER = re.compile(
    r"(?P<who>)\b(?:people|you|patients|children|humans|most people)\s+(?:usually |often |"
    r"mostly |can |may )*(?:become|get|are|were) infected (?:after|by|through|when|while|"
    r"from)\s+(?P<x>[^.;]+)", re.I)
# "The bacteria are passed on by close contact": the germs a page is about, spread so.
_ITS_GERMS = re.compile(r"(?:the|these|its) (?:germs?|bacteri(?:um|a)|virus(?:es)?|organisms?|"
                        r"microbes?|bugs?|spores)", re.I)
# ", for example by kissing or sharing a home": the ways named after a route.
_FOR_EXAMPLE_BY = re.compile(r",?\s+(?:for (?:example|instance)|e\.g\.|such as)[,:]?\s+(?:by\s+)?",
                             re.I)
_SPREAD_THROUGH = re.compile(
    r"^\s*(?P<who>it|this|[\w' -]{2,40}?)\s+(?:is |can be |may be |are )?(?:usually |mainly |"
    r"mostly |often |easily )?(?:spread|spreads|passed on|passed|transmitted)\s+(?:(?:easily|"
    r"quickly|readily|mainly|mostly|usually|often|most often) )?(?:to (?:humans|people|"
    # ("It spreads from person to person through coughs": the coughs)
    r"others) |(?:from )?person[- ]to[- ]person |between people |from one person to another )?"
    r"(?:through|by|via)\s+(?P<x>[^.;]+)", re.I)
# A figure's counted thing that is a lack: "no rash", "people with no obvious wound".
_LACKED = re.compile(r"^\s*(?:(?:people|patients|persons|individuals|those|cases|children|"
                     r"adults)\s+(?:with|who have|who had)\s+)?(?:no|without)\s", re.I)
# "Infected rats can spread the disease to people": the carrier named first raises the risk.
_SPREADS_IT = re.compile(
    r"^\s*(?P<x>(?!(?:it|this|that|they|which|infection|the infection|the rash|the pain)\b)"
    r"[\w' -]{2,60}?)\s+(?:can |may |could |might |also |usually |often |mainly |do not |does "
    r"not |cannot |can't |don't |doesn't )*(?:spread|spreads|pass on|passes on|transmit|transmits)"
    r"\s+(?P<who>it|this|the (?:disease|infection|illness|condition)|(?:the )?(?:bacteri(?:um|a)|"
    r"virus(?:es)?|germs?|parasites?))(?: (?:on )?to (?:humans|people|others|children))?"
    r"\s*(?:[.;,]|$)", re.I)
# Where in the body it spreads ("through the deep layers of the skin"): no way of catching it.
_BODY_SPREAD = re.compile(r"^(?:the |your |its |their )?(?:(?:deep|deeper|outer|inner|soft|"
                          r"surrounding|underlying|nearby|other|whole|entire) )*(?:layers?|"
                          r"tissues?|skin|body|bloodstream|fat|fascia|muscles?|organs?|lymph "
                          r"nodes|lymphatic system|nerves?|veins?|arteries|vessels)\b", re.I)
_PLAYS_A_ROLE = re.compile(
    r"^\s*(?P<x>[\w' ,/-]{2,80}?)\s+(?:may |might |can |could |also |both |all |each |are "
    r"thought to |is thought to |seem to |appear to "
    # ("Diet does not play a role": denied; the "not" was read as part of the subject)
    r"|(?:does|do|did|may|might|can|could|is thought to|are thought to) not |cannot |"
    r"(?:does|do|did|ca)n't )*(?:play|plays) (?:a |an |any )?(?:\w+ )?"
    # (not "play no role in the treatment": a remedy's part, read by "no-role")
    r"(?:role|part)\b(?! in (?:the )?(?:treatment|management|care)\b)(?P<who>)", re.I)
# "There is no evidence that X plays a role": a frame that denies what follows it.
_NO_EVIDENCE_THAT = re.compile(r"^\s*(?:there is|there's|there has been) (?:no|little|not "
                               r"enough|insufficient) (?:good |strong |clear |scientific |"
                               r"convincing )?evidence (?:that|to suggest that|to show that)\s+",
                               re.I)
_CLAUSE_WORD = re.compile(r"\b(?:that|which|who|causes?|caused|makes?|gives?)\b", re.I)
# A cheap first look for a gloss: ", which is", "), <sign>" or ", a condition".
_GLOSS_HINT = re.compile(r",\s*(?:which is|a condition)\b|\),\s*\w|,\s*(?:an? )?(?:[\w-]+ ){0,3}?"
                         r"(?:pain|itching|numbness|weakness|tingling|burning|rash|swelling)\b")
# A complication glossed by its sign: "X (abbr), which is severe pain ...", "X, pain that ...".
_GLOSS = re.compile(r"(?P<np>[\w' -]{2,80}?)\s*(?:\([^)]*\))?,\s*(?:which is |a condition "
                    r"(?:that causes|of) )?(?:an? )?(?!(?:and|or)\s)"
                    r"(?P<sign>(?:[\w-]+ ){0,3}?[\w-]+?)"
                    # (", and" after it: a list goes on, "weakness, pain, and tiredness")
                    r"(?=\s+(?:that|which|in|at|on|around|where|after|lasting|for)\b|[.;]|"
                    r",(?!\s*(?:and|or)\s)|$)",
                    re.I)
# What a test finds that points to the topic: the finding is how it is diagnosed.
_SUPPORTS_DIAGNOSIS = re.compile(
    r"^\s*(?P<x>[\w' ,/-]{3,80}?)\s+(?:may |can |will |often |usually |strongly )?(?:support|"
    r"suggest|point to|help (?:to )?(?:make|confirm))s? (?:the|a|this) diagnosis\b", re.I)
_RESULT_IS = re.compile(
    r"^\s*(?P<x>[\w' -]{3,50}?)\s+(?:is|are|(?:usually |often |may |can )?becomes?|turns?)\s+"
    r"(?:usually |often |typically |commonly |sometimes |frequently |always )?(?:positive|"
    r"abnormal|raised|elevated)\b", re.I)
_TESTS_THAT_RESULT = re.compile(
    r"^\s*(?P<t>[\w' -]{3,40}?) (?:that|which) (?:measure|show|detect|check|look for|find) "
    r"[\w' -]{2,40}?(?:,\s*(?:such as|like|including) (?P<x>[^,;]{2,80}),)?\s+(?:is|are)\s+"
    r"(?:usually |often |typically |commonly |sometimes |frequently |always )?(?:positive|"
    r"abnormal|raised|elevated|high)\b", re.I)
# The active "found-on": the finder's verb and the topic as its object.
_FINDS_IT = re.compile(r"\b(?:finds?|spots?|picks? up|detects?|discovers?|notices?) "
                       r"(?:it|this|them)\b", re.I)
# "Get vaccinated against flu", "Get a flu vaccine", "Get your child immunised": advice to
# be vaccinated names the vaccination (other "getting" acts, "getting help", name no means).
_GET_VACCINATED = re.compile(r"^getting (?:(?:your |a |the )?(?:child|children|baby|kids?) )?"
                             r"(?:vaccinated|immuni[sz]ed)(?: against (?P<x>[\w' -]{2,40}?))?$",
                             re.I)
_GET_A_VACCINE = re.compile(r"^getting (?:an? |the |your )?(?P<x>(?:[\w'-]+ ){0,3}?)(?:vaccines?|"
                            r"vaccinations?|jabs?|immuni[sz]ations?)$", re.I)


def _vaccination_named(act: str) -> str:
    """Return an advised act of being vaccinated as the vaccination it names, else the act."""
    m = _GET_VACCINATED.match(act)
    if m is not None:
        return f"{m['x']} vaccination" if m["x"] else "vaccination"
    m = _GET_A_VACCINE.match(act)
    return f"{m['x']}vaccine" if m is not None else act


# A modal before the sign verb: what some may be left with, read under complications.
_MAY_HAVE = re.compile(r"\b(?:may|can|might|could) (?:also |still |sometimes |later )?"
                       r"(?:have|experience|get|feel)$")
_SOME_HAVE = re.compile(r"\b(?:some|many|most|a few|a minority of) (?:people|patients|children|"
                        r"adults|survivors)? ?(?:still |also |later )?(?:have|experience|get)$")
# What "may have" names when it is a harm, not care or a test ("may have surgery"): trouble
# with something, or a lasting state.
_HARM_HAD = re.compile(r"\s+(?:(?:some|lasting|long-term|permanent|ongoing|persistent|chronic|"
                       r"serious) )*(?:problems?|difficult(?:y|ies)|trouble) (?:with|in)\b|"
                       # ("Some children have learning difficulties", "... hearing loss")
                       r"\s+(?:[\w-]+ ){1,2}(?:difficulties|disabilit(?:y|ies)|impairment|loss|"
                       r"damage|failure|problems)\b|"
                       # ("Some children have X afterwards": what stays after it)
                       r"\s+[^.;]{2,80}? (?:afterwards?|later on|after (?:recovering|recovery|"
                       r"the illness|the infection|it has gone|getting better))\s*[.;]?\s*$|"
                       r"\s+(?:lasting|long-term|permanent|ongoing|persistent|chronic) |"
                       # "Some people have muscle weakness that lasts for months"
                       r"\s+(?:[\w-]+ ){1,3}(?:that|which) (?:can |may |often |might )?(?:lasts?|"
                       r"persists?|stays?|remains?) (?:for (?:many |several |some )?(?:weeks|"
                       r"months|years)|a long time|long after)", re.I)
# "feel tired for months (afterwards)": a state that lasts past the illness.
_LASTING_AFTER = re.compile(r"\s+(?:very |extremely |really )?[\w-]+(?: and [\w-]+)? "
                            r"(?:for (?:many |several |some )?(?:weeks|months|years)|afterwards|"
                            r"for a long time|long after)\b", re.I)
# "If the eye is affected, ...", "When the heart is involved, ...": a lead naming where the
# illness reaches; what the clause after it says is still the illness's.
_IF_PART_LEAD = re.compile(r"\s*(?:if|when|once|where)\s[^,;]{1,80}?\b(?:is|are|becomes?|gets?)\s"
                           r"(?:also\s)?(?:affected|involved|infected|inflamed|damaged)\s*,", re.I)
# The verb after the remedy in "The benefit of X is / remains uncertain".
_DOUBT_VERB = re.compile(r"\s(?:is|are|remains?)\s", re.I)
# A sign and its quality: "The rash is not itchy", "the lumps are usually painless", "the
# rash does not itch" (read under a symptoms heading by states()).
_SIGN_QUALITY = re.compile(
    r"\b(?P<sign>rash|rashes|spots?|blisters?|lumps?|sores?|ulcers?|lesions?|bumps?|patches|"
    r"glands|lymph nodes|swelling)\s+(?:(?:is|are|may be|can be|tends? to be|tend to be)\s+"
    r"(?:usually |often |typically |generally |mostly )?(?P<not>not )?(?:usually |very )?"
    r"(?P<q>itchy|painful|tender|painless|sore)\b|(?:does|do)(?P<vnot> not|n't) (?:usually |"
    r"often |typically )?(?P<v>itch|hurt)\b)", re.I)
_QUALITY_WORDS = ("itch", "pain", "tender", "sore", "hurt")
_QUALITY_NAMES = {"itchy": "itchy", "itch": "itchy", "painful": "painful", "hurt": "painful",
                  "tender": "tender", "sore": "sore", "painless": "painless"}
# A test named before "to check for X" ("a skin biopsy ... to check for calcification"): X is
# what it finds, not a test of its own.
_NAMED_TEST = re.compile(r"\b(?:scans?|imaging|x-rays?|mri|ct|ultrasound|biops(?:y|ies)|cultures?|"
                         r"swabs?|samples?|ecg|ekg|echocardiogram|angiogram|puncture|endoscopy|"
                         r"exams?|examinations?)\b",
                         re.I)
# Tests named by what they sample ("Blood and urine tests can check your kidneys"): when what
# they check is an organ, the tests are these (an analyte checked is a test of its own).
_SAMPLE_TESTS = re.compile(r"\b(?:blood|urine|stool)(?: and (?:blood|urine|stool))? tests?\b", re.I)
# What a check looks for when it is a state of the body, not a thing measured: "check for
# inflammation of the eye", "check for kidney damage" (no "inflammation test").
_STATE_CHECKED = re.compile(r"\b(?:inflammation|infection|damage|swelling|bleeding|problems?|"
                            r"complications?|abnormalit(?:y|ies)|changes|spread)\b", re.I)
_CHECK_VERB = re.compile(r"\b(?:check(?:s|ed)?(?: for)?|measures?|measured)\b", re.I)
_EVIDENCE_OF = re.compile(r"^\s*(?:for\s+)?(?:any\s+|other\s+)?(?:evidence|signs?|markers?|levels?)"
                          r"\s+of\s+", re.I)
_WHETHER = re.compile(r"(?:whether|how|if|what|when)\b", re.I)
_SHOW_VERB = re.compile(r"\b(?:detect|identify|reveal|show|measure|check)s?\b", re.I)
# The body's defences, named as the page names them.
_DEFENCES = r"(?:body|immune system|immune cells?|defences|defenses)"
# "the immune system reacts to something in the environment, such as dust": what it meets.
_REACTS_TO = re.compile(rf"\b{_DEFENCES}\s+(?:over-?)?(?:reacts?|responds?)\s+(?:abnormally\s+|"
                        r"badly\s+|strongly\s+|too strongly\s+)?to\s+(?P<x>[^.;]+)", re.I)
# People near a case, as what is given is given to them ("Close contacts may be offered X").
_CONTACTS_GIVEN = re.compile(r"\b(?:(?:close|household|family|other|sexual) )?contacts(?: of "
                             r"(?:an? |the )?(?:case|patient|person|child|someone)s?"
                             # ("close contacts of a person with severe disease may be given")
                             r"(?: (?:with|who has|who had|who have) [\w' -]{1,40}?)?)?"
                             # ("People who have been in close contact with a case may be given")
                             r"\s*(?:should|may|can|will|might|must|are|is)?\s*$|"
                             r"\b(?:people|anyone|those|everyone|children|adults) who (?:have|has|"
                             r"had) (?:recently )?(?:been in (?:close |direct |household )?contact "
                             r"with (?:an? |the )?(?:case|patient|infected person|ill person|"
                             r"someone [\w' -]{1,40}?|people [\w' -]{1,40}?)|"
                             # ("People who have been exposed (to it) may be given X")
                             r"been exposed(?: to [\w' -]{1,40}?)?)"
                             r"\s*(?:should|may|can|will|might|must|are|is)?\s*$", re.I)
# Any word at all ("." after a verb names nothing given).
_WORD_CHAR = re.compile(r"\w")
# A care named with the contacts it is for: "Antibiotic treatment of household contacts".
_CARE_OF_CONTACTS = re.compile(r"^\s*(?P<care>[\w' -]{2,50}?)\s+(?:(?:of|for|to)\s+(?:all\s+|"
                               r"the\s+)?(?:(?:close|household|family|sexual)\s+)?contacts)\b"
                               r"[^,;]*$", re.I)
# "... when the immune system reacts": how it works, not a cause named "immune system".
_BODY_REACTS = re.compile(rf"\s*(?:the |your |a person's |the body's )?{_DEFENCES}\s+(?:\w+\s+)?"
                          r"(?:over-?)?(?:reacts?|responds?|attacks?|turns? on|mistakenly)\b",
                          re.I)
_IT_BEFORE = re.compile(r"\b(?:it|this|the (?:condition|disease|illness))\b", re.I)
# "It can affect the eyes, which ...", "The eyes can be affected, which ...": a part the topic
# harms, the clause before what that leads to.
_PART_HARMED = re.compile(
    r"^\s*(?:(?:it|this|the (?:illness|condition|disease))\s+(?:(?:can|may|might|often|also|"
    r"sometimes)\s+)*(?:affects?|damages?|involves?)\s+(?:the |your )?[\w ]{2,30}|(?:the |"
    r"your )?[\w ]{2,30}?\s+(?:(?:can|may|might|often|also|sometimes)\s+)*(?:be|are|is|become|"
    r"becomes|get|gets)\s+(?:affected|involved|damaged|inflamed))\s*,?\s*$", re.I)
# "Zorb enzyme levels may be raised": a measure found abnormal, whose test finds the topic.
_LEVELS_ABNORMAL = re.compile(r"^\s*(?:the |your |blood )?(?P<x>[\w -]{2,40}?) levels? (?:in the "
                              r"blood )?(?:(?:may|can|are|is|will|often|usually|sometimes|"
                              r"commonly|typically|generally|frequently) )*(?:be )?"
                              r"(?P<how>raised|high|elevated|increased|low|reduced|abnormal)\b",
                              re.I)
# "Serum zorbin may be raised", "Raised levels of zorbin in the blood are common": a
# measure found abnormal names its test as _LEVELS_ABNORMAL's "levels" do; tried in order.
_MEASURE_ABNORMAL = (
    _LEVELS_ABNORMAL,
    # ("Blood pressure may be low" is a sign: only a serum or plasma names a measure)
    re.compile(r"^\s*(?:the |your )?(?:serum|plasma) (?P<x>[\w -]{2,30}?) (?:levels? )?"
               r"(?:(?:may|can|are|is|will|often|usually|sometimes|commonly|also|typically|"
               r"generally|frequently) )*(?:be )?"
               r"(?P<how>raised|high|elevated|increased|low|reduced|abnormal)\b", re.I),
    # (a level or a serum named: "High blood pressure is common" is a sign, no measure)
    re.compile(r"^\s*(?:an? )?(?P<how>raised|high|elevated|increased|low|reduced|abnormal) "
               r"(?:levels? of |(?:serum|plasma) )(?P<x>[\w -]{2,30}?) (?:levels? )?"
               r"(?:in the blood )?(?:is|are|may be|can be) (?:(?:very|quite|also|often) )?"
               r"(?:common|seen|found|frequent|usual|typical)\b", re.I))
_MEASURE_WORDS = ("serum", "plasma")
# "Tissue samples should be sent for culture": the sample's culture.
_SENT_FOR = re.compile(r"^\s*(?:the |a |some )?(?P<x>[\w-]+) (?:samples?|specimens?|swabs?) "
                       r"(?:(?:should|may|can|will|are|is|must) )*(?:be )?sent (?:off )?(?:to the "
                       r"lab(?:oratory)? )?for (?P<test>culture|testing|analysis)\b", re.I)
# "referred to a specialist for more blood tests", "referred to hospital for injections":
# what the referral is for.
_REFERRED_FOR = re.compile(r"\breferred (?:on |urgently |quickly )?(?:to (?:an? |the |your )?"
                           r"[\w' -]{2,40}? )?for (?:an? |some |more |further |other )?"
                           r"(?P<x>[^.;]+)", re.I)
_MORE_OF = re.compile(r"^(?:more|further|other|extra|some)\s+", re.I)
# What a referral is for that names no test or care ("advice", "an assessment").
_REFERRAL_AIM = re.compile(r"(?:specialist |expert |further )?(?:advice|assessment|opinion|"
                           r"review|support|help|investigation|care|treatment)s?", re.I)
# "A physiotherapist can teach you exercises", "... show you how to stretch" before "to
# prevent X": what is taught does the preventing.
_TAUGHT = re.compile(r"^(?:an? |the |your )?[\w -]{2,30}? (?:can |may |will |could |might )?"
                     r"(?:teach|show)(?:es|s)? (?:you|them|people|patients|your child) "
                     r"(?:how to |some |simple |special )?(?P<np>.+)$", re.I)
# "Hand washing is (very) important", "Seeing a doctor early is vital" before "to prevent X".
_IS_KEY = re.compile(r"^(?P<np>.+?)\s+(?:is|are)\s+(?:very |really |especially |also |so |"
                     r"most |absolutely )?(?:important|vital|key|essential|crucial|critical)"
                     r"(?:\s+in order)?\s*$", re.I)
# A sentence that opens with a test and a verb of its own ("An MRI scan is more sensitive",
# "Swabs from the wound are sent to the lab"): what it says is of that test.
_TEST_LEAD_NAME = (r"(?:[\w-]+ ){0,3}?(?:tests?|scans?|"
              r"x-rays?|mri|ct|ultrasound|biops(?:y|ies)|cultures?|swabs?|ecg|ekg|eeg|"
              r"echocardiograms?|echocardiography|angiograms?|[a-z]+graphy|[a-z]+scopy|imaging|"
              # ("Histology shows ...", "Cultures of blood and tissue should be taken")
              r"serology|pcr|stains?|smears?|histology|histopathology|cytology|microscopy)")
_TEST_OPENS = re.compile(
    rf"^\s*(?:an? |the |your |some |further |other )?(?P<x>{_TEST_LEAD_NAME}(?: (?:from|of|with) "
    r"(?:the |a |an )?[\w-]+(?: and [\w-]+)?)?"
    # ("A blood test and a chest X-ray are usually enough": both)
    rf"(?: and (?:an? |the )?{_TEST_LEAD_NAME})?)\s+(?:\([^)]*\)\s+)?"
    r"(?:is|are|can|could|may|might|"
    r"will|should|gives?|shows?|involves?|helps?|looks?|uses?|confirms?|reveals?|finds?|"
    r"picks? up|records?|takes?|provides?|offers?|remains?|has|have)\b", re.I)
# The words a clause opens with, which no sign's name does ("if the sores become infected",
# "some think lasting tiredness is ...": a condition or an opinion, not a sign).
_CLAUSE_OPENER = re.compile(r"(?:if|when|whenever|while|although|though|because|since|unless|"
                            r"once|think|thinks|believe|believes|say|says|suggest|suggests)\b",
                            re.I)
# "It's very common to feel a tingling pain", "It is usual to have a headache": a sign.
_USUAL_TO_FEEL = re.compile(r"^\s*it(?:'s| is) (?P<no>not )?(?:very |quite |fairly |also |"
                            r"especially )?(?:common|usual|normal|typical) (?:for (?:people|you|"
                            r"patients|children|adults|some people|many people) )?to (?:feel|"
                            r"have|get|notice|experience|develop) (?P<x>[^.;]+)", re.I)
# Sores that crust or scab over, or scabs forming ("break open and crust over", "scabs form
# where the blisters were"): scabs, a sign of their own.
_SCABS_FORM = re.compile(r"\b(?:crust(?:s|ed)? over|scab(?:s|bed)? over|(?:form|forms|forming) "
                         r"(?:a |into )?(?:crusts?|scabs?)|(?:crusts?|scabs?) (?:form|forms|"
                         r"develop|develops|appear|appears)\b)", re.I)
# Names of tests and scans, for the thing that "shows" or "reveals" in a diagnosis section.
_TEST_WORD = re.compile(r"\b(?:tests?|scans?|imaging|x-rays?|mri|ct|ultrasound|biops(?:y|ies)|"
                        r"cultures?|swabs?|samples?|counts?|ecg|ekg|echocardiogram|"
                        r"echocardiography|angiogram|angiography|puncture|endoscopy|exam|"
                        r"examination|screening|assay|serology|pcr|stain(?:s|ing)?|lavage|"
                        r"aspirat(?:e|ion)|tomography|radiographs?|radiography|scintigraphy|"
                        r"studies|smears?|bronchoscopy|spirometry|electromyography)\b", re.I)
# Names of tests only (no "sample", "count" or "exam", which lists of signs also use): a
# list whose items mostly name them lists ways to find the illness.
# What a finding in a list of tests shows: ", showing kidney injury", ", which suggests X".
_FINDING_SHOWS = re.compile(r",?\s+(?:showing|suggesting|indicating|meaning|which (?:shows?|"
                            r"suggests?|indicates?|means?)|consistent with)\b.*$", re.I)
# "rule out other causes", "exclude other possible causes": causes a lead-in's tests rule out.
_RULING_OUT_CAUSES = re.compile(r"\b(?:rul(?:e|es|ed|ing) out|exclud(?:e|es|ed|ing))\s+(?:any\s+|"
                                r"other\s+|the\s+)*(?:possible\s+|likely\s+)?causes\b", re.I)
_TEST_NAME = re.compile(r"\b(?:tests?|scans?|imaging|x-rays?|mri|ct|ultrasound|biops(?:y|ies)|"
                        r"cultures?|swabs?|ecg|ekg|echocardiogram|echocardiography|angiogram|"
                        r"angiography|lumbar puncture|endoscopy|serology|pcr|"
                        # what a laboratory measures, named as the test ("full blood count:
                        # raised white cells", "creatine kinase", "urinalysis")
                        r"(?:full |complete )?blood counts?|fbc|cbc|urinalysis|radiographs?|"
                        r"bronchoscopy|spirometry|creatinine|creatine kinase|c-reactive protein|"
                        r"crp|esr|procalcitonin|lactate|electrolytes|(?:liver|kidney|renal|lung) "
                        r"function|blood gas(?:es)?|coagulation (?:screen|studies)|clotting "
                        r"screen|gram stain(?:ing)?|histology|microscopy)\b", re.I)
# A lead-in whose own words say its items find the illness out, though it names no test:
# "They may do some of these to check for it:", "These can show whether it has spread:",
# "Things used to find out if the bone is involved:".
_FINDING_OUT_LEAD = re.compile(
    r"\b(?:to|can|may|will|help(?:s)?(?: to)?) (?:check (?:for|if|whether)|look for (?:signs|"
    r"it|this|the (?:infection|illness|disease|condition|germs?))|find out (?:if|whether|what|"
    r"how)|confirm (?:it|this|the diagnosis|whether|if)|show (?:if|whether|how (?:far|much|"
    r"badly)))\b[^.:]*:\s*$", re.I)
# What a treatment keeps from a body part: "to stop the affected eye drying out".
# ", the nerve" left after a clause is cut from "... and optic nerve, the nerve that ...".
_APPOSITION_TAIL = re.compile(r",\s*(?:the|a|an)\s+[\w -]{1,30}$", re.I)
_PART_HARM = re.compile(
    r"^\s*(?:the |your |their |a )?(?:affected |injured )?(?P<part>[a-z]+) (?:from )?"
    r"(?P<state>drying out|getting dry|becoming dry|getting infected|becoming infected|"
    r"being damaged|getting damaged)\b", re.I)
_AND_BY = re.compile(r"\b(and|or),? by (?=(?:not )?[a-z]+ing\b)", re.I)


def _acts_by(text: str) -> str:
    """Return the gerund clause after "by" with each act a gerund of its own.

    "not smoking" is the act of avoiding smoking, and "..., and by washing your
    hands" one more act of the same list.
    """
    if " by " in text:
        text = _AND_BY.sub(r"\1 ", text)
    return _NOT_DOING.sub("avoiding ", text) if "not " in text.lower() else text


_BY_ACTS = re.compile(r"^\s*(?P<what>[\w' -]{0,40}?)\s*\bby\s+(?P<acts>(?:not\s+)?[a-z]+ing\b.+)$",
                      re.I)
# "It can often be prevented by keeping wounds clean", "... is avoided with a vaccine".
_PREVENTED_BY = re.compile(
    r"^\s*(?P<x>[\w' -]{1,60}?)\s+(?:can|may|could|is|are|will)\s+(?P<not>not\s+)?"
    r"(?:(?:often|usually|largely|mostly|sometimes|generally|mainly|be|safely|easily|"
    r"effectively|completely|successfully|also|partly|partially|(?:managed|treated|"
    r"controlled)\s+and)\s+)*(?:prevented|avoided|preventable|avoidable)"
    r"\s+(?:by|with|through|using)\s+(?P<acts>.+?)[.;]?\s*$", re.IGNORECASE)



@lru_cache(maxsize=65_536)
def _names_nothing(label: str) -> bool:
    """Return whether a claim's subject or object names nothing: "it often starts between
    ..." (a clause), "cannot use", "treat severe X" (a verb's words), "13 percent of men",
    "risk factors for X", "for those at higher risk".

    Memoised by the label: most of a page's claims share a name with another (a table's
    rows name the topic on every line).
    """
    return bool(_CLAUSE_LABEL.match(label) or _VERB_LED_NAME.match(label)
                or _NO_THING_NAMED.match(label))

@dataclass(frozen=True, slots=True)
class RawClaim:
    """A claim with labels as the page words them, before entity resolution."""

    subject: str
    predicate: str
    object: str | None
    start: int
    end: int
    anchor: str
    section: str | None
    measure: Measure | None = None
    negated: bool = False
    hedged: bool = False
    level: str | None = None
    setting: str | None = None
    rule: str = ""
    confidence: float = 0.7


# An animal that passes it on by biting ("carried to people by fleas"): its bite.
_VECTOR = re.compile(r"\b(?:spread|passed|transmitted|carried)(?: to (?:humans|people|you))? "
                     r"(?:by|through|via) (?:the |an? )?(?:bites? (?:of|from) )?(?:an? )?"
                     r"(?:infected |infectious )?(?P<animal>ticks?|mosquito(?:e?s)?|fleas?|lice|"
                     r"louse|sandfl(?:y|ies)|fl(?:y|ies)|bats?|mites?)\b", re.I)
# "the bacteria that cause X (Name)": the germ that causes the topic, named in brackets.
_GERM_WORD = r"(?:bacteri(?:um|a)|virus(?:es)?|germs?|fungus|fungi|parasites?)"
# ("the bacteria, viruses and fungi that cause X": each of them)
_GERM_THAT_CAUSES = re.compile(
    rf"\b(?:the |a )?(?P<germ>(?:{_GERM_WORD}\s*(?:,\s*(?:and |or )?|\s(?:and|or)\s+))*"
    rf"{_GERM_WORD})\s+"
    r"(?:that|which)\s+(?:causes?|triggers?)\s+(?P<x>[\w' -]{2,40}?)"
    r"(?:\s*\((?P<name>[A-Z][^()]{2,60})\)|(?=\s*[,.;]|$|\s+(?:by|in|through|when|if)\b))")
# Care that comes late named with what may follow: "when treatment is delayed, you risk X".
_DELAY_RISK = re.compile(
    r"\b(?:treatment is delayed|delayed treatment|(?:is |it's |it is )?not treated (?:early|"
    r"promptly|quickly|in time))\b[^.;]{0,40}?\brisks? (?:(?:that )?(?:you|they|people|your child)"
    r" (?:could|may|might|will|can) (?:develop|get|have)|"
    # ("If treatment is delayed, there is a risk of lasting harm")
    r"of (?:developing |getting |having )?)(?P<x>[^.;]+?)"
    # ("the risk of death rises": how the risk moves, no part of the harm)
    r"(?:\s+(?:rises|increases|goes up|grows|is (?:higher|increased|greater)))?(?=\s*[.;]|$)",
    re.I)
_BITE = re.compile(r"\b(?:transmitted|spread|passed on|passed|carried|caught|acquired|get it)"
                   r"(?: to (?:humans|people|you))?(?: \w+ly)? (?:through|via|by|from) (?:the |a )?"
                   r"bites? (?:of|from) (?:an? |the )?(?:infected |infectious )?(?:[\w-]+ )?"
                   # (not "the bite of an infected tick and causes ...": the tick)
                   r"(?P<x>(?!(?:and|or|which|that|who|in|on|at)\b)[\w-]+)", re.I)
# -- how it works (mechanism: topic involves process) ---------------------------------
# A changed state named by an adjective or verb, as the noun a reader files it under.
_STATE_NOUN = {"inflamed": "inflammation", "swollen": "swelling", "damaged": "damage",
               "blocked": "blockage", "narrowed": "narrowing", "narrow": "narrowing",
               "weakened": "weakening", "weaken": "weakening", "weak": "weakening",
               "thickened": "thickening", "thicken": "thickening", "scarred": "scarring",
               "hardened": "hardening", "harden": "hardening", "calcified": "calcification",
               "clogged": "clogging", "enlarged": "enlargement", "leaky": "leakage",
               # ("cause the meninges to inflame and swell": the verbs' states)
               "inflame": "inflammation", "swell": "swelling", "leak": "leakage"}
_STATE = "|".join(sorted(_STATE_NOUN, key=len, reverse=True))
# Which of two states a reader names the process by ("swollen or inflamed": inflammation).
_STATE_RANK = ("inflamed", "calcified", "blocked", "narrowed", "narrow", "damaged", "scarred",
               "thickened", "thicken", "hardened", "harden", "weakened", "weaken", "weak",
               "clogged", "enlarged", "leaky", "swollen", "inflame", "swell", "leak")
# "It causes the blood vessels to become inflamed", "makes the arteries narrow".
_CAUSES_STATE = re.compile(
    rf"\b(?:causes?|causing|caused|makes?|making)\s+(?:the |your |a |some )?(?:(?:section|part|"
    rf"layer|(?P<w>lining|wall))s? of (?:the |your )?)?(?P<n>(?:[\w-]+ ){{0,2}}?[\w-]+?)\s+"
    rf"(?:to\s+)?"
    rf"(?:become |get |turn |grow )?(?P<a>{_STATE})(?:\s+(?:and|or)\s+(?P<b>{_STATE}))?\b", re.I)
# "It damages the lining of the blood vessels": the state the verb puts a vessel's wall in
# ("it can damage the nerves" is a complication, read elsewhere).
_VERB_STATE = {"damag": "damaged", "inflam": "inflamed", "block": "blocked", "narrow": "narrowed",
               "weaken": "weakened", "thicken": "thickened", "harden": "hardened",
               "scar": "scarred", "clog": "clogged"}
_DAMAGES_PART = re.compile(
    r"\b(?P<v>damag|inflam|block|narrow|weaken|thicken|harden|scar|clog)(?:es|e|s|ing|ed)?\s+"
    r"(?:the |your |their |its )?(?:inner |thin |delicate )?(?P<w>lining|wall|layer)s? of "
    r"(?:the |your |their |its )?(?P<n>(?:[\w-]+ ){0,2}?(?:nerves?|vessels?|arteries|artery|"
    r"veins?|capillaries|membranes?))\b", re.I)
# What may act for the topic in a sentence about how it works: its agents and processes.
_TOPIC_AGENT = re.compile(r"^(?:the |this |these |its |an? )?(?:[\w-]+ )?(?:inflammation|"
                          r"infection|swelling|virus(?:es)?|bacteri(?:a|um)|germs?|toxins?|"
                          r"poisons?|immune system|immune cells|antibodies)\b", re.I)
# "The nerve that controls the face becomes swollen or inflamed."
_BECOMES_STATE = re.compile(
    rf"\b(?:the |your |a )(?P<n>(?:[\w-]+ ){{0,2}}?(?:nerves?|vessels?|arteries|artery|walls?|"
    rf"tissues?|linings?|glands?|joints?|membranes?))\b[^,.;:]{{0,60}}?\s(?:becomes?|gets?|"
    rf"turns?|is|are) (?:very |more |often |also )?(?P<a>{_STATE})(?:\s+(?:and|or)\s+"
    rf"(?P<b>{_STATE}))?\b", re.I)
# A virus that lies dormant and later wakes: latency and reactivation.
_BECOMES_A_STATE = re.compile(rf"\b(?:becomes?|became|gets?|got|is|are|turns?)\s+(?:\w+\s+)?"
                              rf"(?:{_STATE}|infected)\b", re.IGNORECASE)
_DORMANT = re.compile(r"\bvirus(?:es)?\b[^.;]{0,50}?\b(?:stays?|remains?|lies|lie|lives?|"
                      r"hides?|persists?|can remain|may remain|remain)\b[^.;]{0,20}?\b(?:dormant|"
                      r"inactive|latent|asleep)\b|\b(?:dormant|latent|inactive) (?:\w+ )?virus"
                      # ("The virus stays in the body ... and can wake up later")
                      r"|\bvirus(?:es)?\b (?:stays?|remains?|lives? on|hides?) in (?:the|your) "
                      r"(?:body|nerves?|nerve cells)\b(?=[^.;]{0,60}\b(?:wakes? up|reactivat|"
                      r"active again)\b)", re.I)
_FORMS_INSIDE = re.compile(
    r"(?:^|[,;]\s*|\bwhen\s+|\bwhere\s+)(?P<n>[A-Za-z](?:(?!\b(?:that|which|where|who|is|are|"
    r"was|were|causes?|caused|occurs?|happens?|arises?|when)\b)[\w ,()'-]){2,80}?)\s+(?:(?:can|"
    r"may|might|will|often|usually|then|start to|begin to)\s+)*(?:form|forms|develop|develops|"
    r"build up|builds up|grow|grows|collect|collects|gather|gathers|appear|appears)"
    r"\s+(?:in|inside|within|throughout)\s+(?:the\s+|your\s+|their\s+|many\s+|other\s+|"
    r"different\s+|several\s+|multiple\s+|various\s+|(?:almost |nearly )?any\s+)?(?:body|organs?|"
    r"tissues?|lungs?|lymph nodes?|skin|liver|heart|eyes?|kidneys?|brain|nerves?|blood vessels?|"
    r"joints?|bones?|muscles?)\b", re.I)
# The verbs every match of _FORMS_INSIDE holds (tests/test_gates.py checks it).
_FORMS_INSIDE_WORDS = ("form", "develop", "build up", "builds up", "grow", "collect", "gather",
                       "appear")
# A setting before what forms: "In this illness, ...", "For most people, ...".
_SETTING_LEAD = re.compile(r"^(?:in|for|among|with) [^,]{1,40},\s*", re.I)
_CAUSES_FORM = re.compile(r"\b(?:causes?|causing|makes?|leads?)\s+(?P<n>[^.;]{3,90}?),?\s+to "
                          r"(?:form|develop|build up|grow|appear|collect|gather|clump together)\b"
                          r"(?:\s+(?!in\b|inside\b|within\b|throughout\b|on\b|at\b|and\b|or\b|"
                          r"into\b)"
                          r"(?P<o>[\w' -]{3,40}?)(?=\s*[,.;)]|\s+(?:in|inside|within|throughout|"
                          r"that|which|called)\b|\s*$))?", re.I)
# "Granulomas are small clumps of immune cells": the clumps defined are how it works.
_CLUMPS_DEFINED = re.compile(r"^\s*(?P<n>[a-z][\w-]+) (?:are|is) (?:an? )?(?:small |tiny |little "
                            r"|microscopic )?(?:clumps?|clusters?|collections?|masses|lumps?) of "
                            r"(?:inflamed |inflammatory |immune |white blood |swollen )?(?:cells|"
                            r"tissue)\b", re.I)
# "Immune cells form small clumps called granulomas", "it causes patches of swollen tissue
# called granulomas": the named clumps are how it works.
_FORMS_CALLED = re.compile(r"\b(?:form|forms|create|creates|produce|produces|make|makes|cause|"
                           r"causes|causing|leads? to|leading to)\s+(?:into\s+)?"
                           r"(?:small |tiny |little )?(?:clumps|lumps|clusters|collections|masses|"
                           r"nodules|patches|areas)\b[^.;]{0,40}?\bcalled\s+(?P<n>[\w-]+)",
                           re.I)
# "Immune cells clump together to form nodules", "When cells clump together they form X".
_CLUMP_TOGETHER = re.compile(
    r"\bclump(?:s|ed|ing)? together,? (?:to form|and form|forming|(?:and )?(?:they|these|this) "
    r"(?:can |may )?forms?) (?:small |tiny |little )?(?!clumps\b|lumps\b|masses\b|groups\b)"
    r"(?P<n>[a-z][\w-]+)", re.I)
# ("The virus stays in the body and can wake up later", "... become active again")
_REACTIVATES = re.compile(r"\breactivat(?:es?|ed|ion|ing)\b|\b(?:wakes?|woke|waking) up\b|"
                          r"\b(?:becomes?|became|becoming) active again\b", re.I)
# Agents pages name in the same words as what brings the condition about: "the bacteria
# release toxins" names the toxin as a cause (the gold README files a toxin under
# `causes`), not a process the condition involves.
_AGENTS: tuple[tuple[str, tuple[str, ...], re.Pattern[str]], ...] = (
    ("toxin", ("toxin", "poison", "superantigen"), re.compile(
        r"\b(?:bacteria|bacterium|germs?|microbes?|organisms?|strains?)\b[^.;]{0,40}?\b(?:release|"
        r"produce|make|give off|secrete|releasing|producing|making)s?\b[^.;]{0,25}?\b(?:toxins?|"
        r"poisons?)\b"
        r"|\b(?:toxins?|poisons?) (?:that are )?(?:released|produced|made|given off) by\b"
        r"|\btoxins? "
        r"(?:from|of) (?:the )?(?:bacteria|bacterium|germs?|microbes?)\b|\bsuperantigens?\b"
        # "The toxins get into the bloodstream": the germ's toxins reaching the blood.
        r"|\b(?:toxins?|poisons?) (?:then |can |may |quickly )?(?:enters?|gets? into|spreads? "
        r"(?:in)?to|travels? (?:in|through)|(?:is |are )?(?:released|carried) into|circulates? "
        r"(?:in|through)) (?:the |your )?(?:bloodstream|blood)\b", re.I)),
)
# Processes pages of many conditions name in the same words, as a reader files them.  Each
# has the words it cannot match without (one of): a cheap first look, as these patterns
# are tried on every sentence outside signs and care.
_PROCESSES: tuple[tuple[str, tuple[str, ...], re.Pattern[str]], ...] = (
    ("abnormal immune response", ("immune",), re.compile(
        r"\b(?:over-?reaction|exaggerated (?:response|reaction)) of the immune system\b|"
        r"\b(?:immune over-?reaction|(?:abnormal|exaggerated|excessive|overactive) (?:immune|"
        r"t[- ]cell|autoimmune) (?:response|reaction))\b", re.I)),
    # "It happens when the body overreacts to an infection": the body is its defences.
    ("abnormal immune response", ("overreact", "over-react", "overdrive", "too strongly"),
     re.compile(r"\b(?:the |your |a person's )?body\b[^.;]{0,20}?\b(?:overreacts?|"
                r"over-reacts?|overreacting|goes into overdrive|(?:reacts?|responds?) too "
                r"strongly)\b", re.I)),
    ("cytokine release", ("cytokine",), re.compile(
        r"\b(?:release|flood|storm|surge|burst|rush|outpouring) of (?:[\w-]+ ){0,3}?cytokines\b"
        r"|\bcytokines? (?:storm|release)\b|\bcytokines?\b[^.;]{0,20}?\b(?:are |is )?(?:released|"
        r"poured out)\b"
        # "T cells release large amounts of cytokines"
        r"|\b(?:release|releases|released|releasing|pour out|pours out) (?:large |huge |vast |"
        r"massive |excessive )?(?:amounts |quantities |numbers )?(?:of )?(?:[\w-]+ ){0,2}?"
        r"cytokines\b"
        # "This floods the body with chemical messengers called cytokines".
        r"|\bflood(?:s|ed|ing)? (?:the |your )?(?:body|blood(?:stream)?) with (?:[\w-]+ ){0,4}?"
        r"cytokines\b", re.I)),
    ("immune activation", ("immune cells", "t cell", "t-cell", "white blood"), re.compile(
        r"\b(?:switch(?:es|ing)? on|activat(?:e|es|ing)|stimulat(?:e|es|ing)|turn(?:s|ing)? on) "
        r"(?:(?:large|huge|vast) numbers of |many |a large number of )?(?:the body's )?(?:immune "
        r"cells|t[- ]cells|white blood cells)\b", re.I)),
    ("tissue death", ("destroy", "break", "eat", "kill"), re.compile(
        r"\b(?:destroy|destroys|destroying|break(?:s)? down|breaking down|eat(?:s)? away|eating "
        r"away|kill(?:s)?|killing) (?:the )?(?:[\w'-]+,? ){0,3}?(?:tissues?|fat|fascia|flesh|"
        r"muscles?)\b", re.I)),
    ("abnormal immune response", ("immune", "defence", "defense", "antibod",
                                  "inflammatory response", "inflammatory reaction"), re.compile(
        r"\b(?:immune system|(?:the )?body's (?:own )?(?:defences|defenses|immune cells)|"
        r"immune cells|antibodies)\b[^.;]{0,40}?\b(?:attacks?|attacking|overreacts?|overreacting|"
        r"over-reacts?|(?:reacts?|responds?) (?:abnormally|too strongly|wrongly|in an abnormal "
        r"way)|"
        r"go(?:es)? into overdrive|mistakenly|wrongly)\b"
        # "an abnormal reaction of the immune system (to something in the air)".
        r"|\b(?:abnormal|exaggerated|excessive|overactive|faulty|unusual) (?:reaction|response)s? "
        r"(?:of|by|from) (?:the |your |the body's )?immune system\b"
        # "..., triggering a massive immune response".
        r"|\b(?:caus\w*|trigger\w*|set\w* off|provok\w*|lead\w* to|result\w* in) (?:an? )?"
        r"(?:massive|huge|overwhelming|strong|severe|extreme|exaggerated|abnormal|excessive|"
        r"uncontrolled) (?:immune|inflammatory) (?:response|reaction)\b", re.I)),
    ("tissue death", ("die", "dying", "destroyed", "death", "destruction", "necrosis"), re.compile(
        r"\b(?:tissues?|skin|cells|muscles?|flesh)\b[^.;,]{0,20}?\b(?:dies|die|dying|to die|"
        r"is destroyed|are destroyed)\b|\b(?:death|destruction|necrosis) of (?:the )?"
        # ("necrosis of the fascia and subcutaneous tissue")
        r"(?:surrounding |affected |underlying )?(?:tissues?|skin|cells|muscles?|flesh|fascia|"
        r"fat)\b"
        # "..., causing tissue death", "leads to necrosis of the skin".
        r"|\b(?:caus\w*|lead\w*|leads|led|result\w*|trigger\w*) (?:in )?(?:rapid |widespread |"
        r"extensive )?(?:(?:tissue|cell|skin|muscle) death|necrosis)\b"
        # "Tissue death can set in within hours".
        r"|\b(?:(?:tissue|cell|skin|muscle) death|necrosis) (?:can |may |will |then |quickly |"
        r"soon )*(?:occurs?|happens?|sets? in|follows?|develops?)\b", re.I)),
    ("inflammation", ("inflammat",), re.compile(
        r"\b(?:is|are) (?:an? |the )?(?:[\w-]+ ){0,2}?inflammatory (?:disease|condition|disorder|"
        r"illness)s?\b|\b(?:causes?|causing|involves?|involving|leads? to|leading to|results? "
        r"in|resulting in|triggers?|triggering) (?:widespread |chronic |ongoing )?inflammation\b"
        r"(?! (?:of|in)\b)"
        # "Inflammation can develop in the lungs, skin and eyes".
        r"|^\s*(?:the )?inflammation (?:can |may |often |also |usually )*(?:occurs?|develops?|"
        r"happens?|builds? up|starts?|affects?) (?:in |inside |within |throughout )?", re.I)),
    ("abnormal immune response", ("autoimmune", "immune-mediated"), re.compile(
        r"\b(?:is|are)(?: (?:thought|believed|considered|known) to be)? (?:an? |the )?"
        r"(?:[\w-]+ ){0,2}?(?:autoimmune|immune-mediated) (?:disease|condition|disorder|illness|"
        r"response|process)s?\b", re.I)),
    # "It is a vasculitis of medium-sized arteries", "the blood vessels become inflamed".
    ("vasculitis", ("vasculitis", "vessels", "arteries"), re.compile(
        r"\b(?:is|are)(?: (?:thought|believed|considered|known) to be)? (?:an? |the )?"
        r"(?:[\w-]+ ){0,2}?vasculitis\b|\binflammation of (?:the )?(?:walls of (?:the )?)?"
        r"(?:[\w-]+ ){0,2}?(?:blood vessels|arteries|vessels)\b|\b(?:the )?(?:[\w-]+ ){0,2}?"
        r"(?:blood vessels|arteries) (?:become|becomes|are|get|gets) (?:swollen and )?inflamed\b",
        re.I)),
    # ("..., leading to ischaemia": a lack of blood, as clinicians write it; a caused one only,
    # as "ischaemic stroke" or "limb ischaemia" named alone may be harms)
    ("reduced blood flow", ("blood flow", "blood supply", "ischemi", "ischaemi"), re.compile(
        r"\b(?:caus\w*|lead\w* to|leads to|led to|result\w* in|trigger\w*) (?:local |tissue |"
        r"widespread )?isch(?:a)?emia\b|"
        r"\b(?:reduc\w*|block\w*|cut\w* off|restrict\w*|limit\w*|stop\w*|lack of)"
        r" (?:the )?blood (?:flow|supply)\b|\bblood (?:flow|supply)\b[^.;]{0,20}?\b(?:is |are |"
        r"becomes? |gets? )?(?:reduced|blocked|cut off|restricted|limited|stopped)\b", re.I)),
    # "Blood clots form in the small vessels", "thrombus formation": clotting inside vessels.
    ("thrombosis", ("clot", "thromb"), re.compile(
        # ("toxins cause local vascular thrombosis": clotting in the vessels, as clinicians
        # name it; no "deep vein thrombosis", a harm of its own)
        r"\b(?:local |widespread )?(?:vascular|microvascular|small[- ]vessel|intravascular) "
        r"thrombos[ie]s\b|\bthrombosis of (?:the )?(?:small |tiny )?(?:blood )?(?:vessels|"
        r"capillaries)\b|"
        r"\b(?:blood )?clots? (?:can |may |often |then |also |start to |begin to )?(?:forms?|"
        r"develops?|builds? up)\b(?: (?:in|inside|within) (?:the |your )?(?:[\w-]+ ){0,2}?"
        r"(?:blood vessels?|vessels|arteries|veins|capillaries))?|\b(?:formation of "
        r"(?:small |tiny )?"
        r"(?:blood )?clots|thromb(?:us|i) formation|(?:blood )?clotting (?:in|inside|within) "
        r"(?:the |your )?(?:[\w-]+ ){0,2}?(?:blood vessels?|vessels|arteries|veins))\b"
        # "..., causing clots in the small vessels"
        r"|\b(?:caus\w*|lead\w* to|result\w* in|form\w*) (?:small |tiny )?(?:blood )?clots (?:in|"
        r"inside|within) (?:the |your )?(?:[\w-]+ ){0,2}?(?:blood vessels?|vessels|arteries|"
        r"veins|capillaries)\b"
        # "Small blood vessels become blocked by clots", "Clots block the small vessels"
        r"|\b(?:blocked|clogged|plugged) (?:up )?by (?:small |tiny )?(?:blood )?clots\b"
        r"|\b(?:blood )?clots (?:can |may |then |often )?(?:block|clog|plug)\b", re.I)),
    # "The blood vessels become leaky", "capillary leak": fluid lost from the vessels.
    ("capillary leak", ("leak",), re.compile(
        r"\bcapillary leak(?:age)?\b|\bleaky (?:blood )?(?:vessels|capillaries)\b|\b(?:blood "
        r"vessels|capillaries|vessels)\b[^.;]{0,20}?\b(?:become |get |to )?(?:leaky|leak(?:s|ing)? "
        r"(?:fluid|plasma))\b"
        # ("Blood vessels leak, causing low blood pressure")
        r"|\b(?:blood vessels|capillaries|small vessels) (?:can |may |then |start to |begin to )?"
        r"leak\b"
        # "Fluid leaks out of the blood vessels"
        r"|\b(?:fluid|plasma) (?:can |may |then |starts to |begins to )?(?:leaks?|seeps?|escapes?)"
        r" (?:out )?(?:of|from) (?:the )?(?:small |tiny )?(?:blood )?(?:vessels|capillaries)\b",
        re.I)),
    # "Calcium builds up in the small blood vessels", "a build-up of calcium in the arteries".
    ("vascular calcification", ("calcium", "calcification"), re.compile(
        r"\bcalcium(?: deposits?| salts?| crystals?)?\b[^.;]{0,30}?\b(?:builds? up|collects?|"
        r"amass(?:es)?|(?:is|are|gets?) deposited|forms?|accumulates?|settles?|lodges?)\b"
        r"[^.;]{0,30}?\b(?:blood vessels?|arteries|arterioles|vessel walls?|capillaries)\b|"
        r"\b(?:build-?up|deposits?|deposition|accumulation) of calcium\b[^.;]{0,40}?\b(?:blood "
        r"vessels?|arteries|arterioles|capillaries)\b|\bcalcifications? (?:in|of) (?:the )?"
        r"(?:[\w-]+ ){0,2}?(?:blood vessels?|arteries|arterioles)\b", re.I)),
)
# Processes that, under a complications heading, are what the condition leads to.
_COMPLICATION_UNDER_COMPLICATIONS = frozenset({"thrombosis"})
# Processes read only under a heading about causes: elsewhere "scarring" is mostly what
# the condition leaves behind (a complication), under "Causes" it is how it works.
_CAUSE_SECTION_PROCESSES: tuple[tuple[str, tuple[str, ...], re.Pattern[str]], ...] = (
    # "Thickening or scarring of tissue, also called fibrosis".
    ("fibrosis", ("thicken", "scarring", "stiffen", "fibrosis"), re.compile(
        r"\b(?:thickening|scarring|stiffening) (?:or|and) (?:thickening|scarring|stiffening) of "
        r"(?:the )?(?:[\w-]+ )?tissues?\b|\bscarring,? (?:\(|also called |called |known as )"
        r"fibrosis\b", re.I)),
)


def _stated(text: str, keys: tuple[str, ...], pattern: re.Pattern[str]) -> re.Match[str] | None:
    """Return where a sentence states what ``pattern`` names, not denied, or None (a sentence
    holding none of ``keys`` is not searched)."""
    found = None if caseless.lacks(text, keys) else pattern.search(text)
    return found if found is not None and not denied_before(text, found.start()) else None
_MECHANISM_WORDS = ("inflam", "swoll", "damag", "block", "narrow", "weak", "thick", "scar",
                    "superantigen", "overreact", "over-react", "overdrive", "too strongly",
                    "immune re", "cytokine",
                    "switch", "activat", "stimulat", "break down", "breaks down", "eat away",
                    "eats away", "kill",
                    "harden", "calcif", "clog", "enlarg", "leak", "dormant", "latent",
                    "inactive", "reactivat", "wake up", "wakes up", "active again", "toxin",
                    "immune system", "die", "dying",
                    "destr", "blood flow", "blood supply", "autoimmune", "immune-mediated",
                    "vasculitis", "vessels", "arteries",
                    " to form", " to develop", " to build up", " to grow", " to appear",
                    " to collect", " to gather", " to clump", " form", " build up",
                    " builds up", " develop in", " develops in", " grow in", "poison",
                    "defen", "antibod", "clot", "thromb", "fibrosis", "calci", "death",
                    "ischemi", "ischaemi", "necros",
                    "necros", "leak", "clumps of", "clusters of", "collections of",
                    "starv", "chemicals", "substances", "messengers", "granulomatous",
                    "granuloma", "spread", "moves", "travels", "tracks")


# A condition written before its clause's subject with no comma ("Without treatment it",
# "If left untreated this"): the subject after it is the one said.
_CONDITION_THEN_IT = re.compile(r"^(?:without|if|unless|when|untreated|left untreated)\b"
                                r"[^,;]*?\s(?=(?:it|this)$)", re.I)
# "The aneurysm can burst", "an abscess may rupture": a part or a swelling that bursts.
_BURSTS = re.compile(r"^\s*(?:the |an? |this |these |such an? )?(?P<x>aneurysms?|"
                     r"abscess(?:es)?|cysts?|spleen|appendix|(?:blood )?vessels?|arter(?:y|ies))"
                     r"\s+(?:(?:may|might|can|could|will|often|sometimes|then)\s+)*"
                     r"(?:burst|bursts|rupture|ruptures|split open|splits open)\b", re.I)
# A sign in the words that define the topic: "X is an acute febrile illness".
_DEFINING_SIGNS = {"febrile": "fever", "painful": "pain", "itchy": "itching"}
_DEFINING_WORDS = tuple(_DEFINING_SIGNS)
_DEFINED_WITH_SIGN = re.compile(
    r"^\s*(?P<t>[\w' -]{2,60}?) (?:is|are) (?:an? |usually an? |often an? )(?:[\w-]+,? ){0,3}?"
    rf"(?P<adj>{'|'.join(_DEFINING_WORDS)})(?:,? [\w-]+){{0,3}}? (?:illness|disease|condition|"
    r"infection|disorder|syndrome|rash)\b", re.I)
# "rarely fatal", "never life-threatening" inside _DEADLY's run of modifiers: denied.
_RARELY_FATAL = re.compile(r"\b(?:rarely|never)\s+(?:life[- ]threatening|fatal|deadly|lethal)\b",
                           re.I)
_DEADLY = re.compile(r"\b(?:is|are|can be|may be|could be|becomes?|(?P<no>isn't|is not|aren't|"
                     r"are not|is rarely|is never|is usually not|is not usually|cannot be|can't be"
                     r"))\s+(?:a |an )?(?:(?:very|potentially|sometimes|rarely|rare|serious|severe|"
                     r"but|and|uncommon|acute|often|always|extremely|usually|almost|nearly|"
                     r"invariably|frequently|commonly|uniformly|generally|painful|progressive|"
                     # ("a rare, painful and often fatal condition")
                     r"aggressive),?\s+)*(?:life[- ]"
                     r"threatening|fatal|deadly|lethal)\b"
                     # "<topic> can kill": the subject before is read as for "is fatal"
                     r"|\b(?:can|may|might|could|will|often)\s+(?:also\s+|quickly\s+|even\s+)?kill"
                     r"(?=\s*[.;!]|\s*$|\s+(?:you|people|patients|children|adults|within|in a)\b)"
                     r"|\b(?P<own>(?:it|this|which|that)\s+(?:can|may|might|could|will|often)\s+"
                     r"(?:also\s+|quickly\s+|even\s+)?kill\b"
                     r"|(?:people|patients|some|many|children|adults|those|one in \w+)\s+"
                     r"(?:can |may |might |could |will |often |sometimes |still )*die\s+(?:from|"
                     r"of|because of)\s+(?:it|this|the (?:condition|disease|illness|infection))\b"
                     # "About 1 in 5 people who get it die", "a third of patients with X die"
                     r"|(?:\d+ in \d+|one in \w+|\d+(?:\.\d+)?\s?%|(?:a |one )?(?:third|quarter|"
                     r"fifth|tenth|half)|some|many|most)\s+(?:of\s+)?(?:(?:the|those)\s+)?"
                     r"(?:people|patients|children|adults|cases|those)(?:\s+(?:who (?:get|have|"
                     r"develop|had|got) (?:it|this)|with (?P<whom>[\w' -]{2,40}?)|affected))?\s+"
                     r"(?:can |may |might |could |will |still |)die\b"
                     r"(?!\s+(?:from|of|because of)\b))", re.I)
# "The infection can spread quickly and can be fatal": the second verb's subject is the
# first one's.
_AND_SECOND_VERB = re.compile(r"^\s*(?P<s>(?:the |this |it\b)?[\w' -]{0,40}?)\s+(?:can|may|"
                              r"might|could|will|often|usually|is|are|spreads?|progress(?:es)?|"
                              r"develops?|gets?)\b[^,;:]{0,60}?\s+and\s+$", re.I)
# "The infection can quickly become ...": the modal and its adverbs are no part of the name.
_MODAL_TAIL = re.compile(r"\s+(?:can|may|might|could|will|often)(?:\s+(?:quickly|rapidly|"
                         r"also|even|sometimes|soon|then|eventually))*$", re.I)
_DEADLY_WORDS = ("life", "fatal", "deadly", "lethal", "kill", "die")
_SPREADS_TO_BLOOD = re.compile(r"\b(?:can |may |might |could |will |sometimes |then |quickly )*"
                               r"(?:spreads?|spreading|get|gets|gets? into|enters?|reach(?:es)?)"
                               r" (?:in)?to (?:the |your )?(?:blood|bloodstream|blood stream)\b",
                               re.I)
# Molecules a body or germ makes are how an illness works, never a sign or harm of it.
_MOLECULES = re.compile(r"(?:(?:a |the )?(?:massive |large |sudden |huge )?"
                        r"(?:flood|surge|release|lot|storm) of )?(?:[\w-]+ )?"
                        r"(?:cytokines?|chemicals?|enzymes?|toxins?|antibodies|proteins?|hormones?|"
                        r"superantigens?)", re.I)
_NEITHER_NOR = re.compile(r"^\s*neither (?P<a>[\w' -]{2,40}?) nor (?P<b>[\w' -]{2,40}?) "
                          r"(?:(?:has|have) been shown to |seems? to |appears? to )?(?P<v>helps?|"
                          r"works?|is effective|are effective|prevents?|improves?)\b", re.I)
_LASTING_PROBLEMS = re.compile(
    r"\b(?:(?:long[- ]term|lasting|permanent|ongoing|lifelong|persistent) (?:health )?(?:problems|"
    r"effects|complications|issues|difficulties|disabilities|consequences|sequelae|after-?effects)"
    r"(?: of (?P<of>[\w' -]{2,40}?))?"
    # "problems that last for months, such as X": lasting, said by a clause
    r"|(?:problems|effects|difficulties|issues) (?:that|which) (?:can |may |might |often )?"
    r"(?:last|persist|continue|linger)(?: for)?(?: [\w-]+){0,3}?)"
    r",? (?:such as|like|including|(?:(?:can|may|might|could|will|"
    r"often|also|sometimes) )*include|which (?:can |may )?include)\s+(?P<x>[^.;]+)", re.I)
_PART_REMOVED = re.compile(r"\b(?:need|needs|needed|have|has|had|require|requires)(?: to have)? "
                           r"(?:a |an |the |their |one |part of (?:a |an |the |their )?)?"
                           r"(?:limb|arm|leg|hand|foot|finger|toe|fingers|toes)s? "
                           r"(?:surgically )?(?:removed|amputated)\b", re.I)
# A genetic make-up named as what makes people prone ("in genetically susceptible people").
_GENETIC = re.compile(r"\bgenetically (?:susceptible|predisposed|prone|vulnerable)\b|\bgenetic "
                      r"(?:susceptibility|predisposition|tendency|vulnerability)\b", re.I)
_ABOUT_IT = re.compile(r"^\s*(?:it|this|the (?:condition|disease|illness|infection|disorder))\b",
                       re.I)
# Outcomes that are never signs of an illness, whatever section names them.
# The topic's own processes ("inflammation can cause damage"), not a harm that is an
# illness of its own ("infection can cause death").
# (Bare: "eye inflammation" is a harm of its own, which causes what it leads to.)
_TOPIC_PROCESS = re.compile(r"(?:the |this |its )?(?:inflammation|swelling|toxins?|"
                            r"immune system|immune cells|antibodies|granulomas?)"
                            # ("granulomas in the heart": the same process, in one place)
                            r"(?: (?:in|of|on|around) (?:the |your |their )?[a-z]+(?: [a-z]+)?)?",
                            re.I)
_MOST_OFTEN = re.compile(r"most|more|common|frequent|main|usual|often|typical|predominant|"
                         r"primar|chief|large", re.I)
_HELPS_DIAGNOSE = re.compile(r"\b(?:assists?|aids?|supports?|helps?)\b", re.I)
# A finding named as one ("raised levels support the diagnosis"); counts, cultures, scans
# and samples are _TEST_WORD's already.
_FINDING_WORD = re.compile(r"\b(?:levels?|results?|findings?)\b", re.I)
_IF_CLAUSE_FIRST = re.compile(r"\s*(?:if|when|once)\s[^,]{3,80},\s*", re.I)
_CONDITIONS_LEAD = re.compile(r"\b(?:if|when|whenever|in case)\s*:\s*$", re.I)
# A field that says what the topic is ("Definition:", "Overview:"), as a line's lead
# (_DEFINITION_LEAD) or opening a line of its own (_DEFINITION_FIELD).
_DEFINITION_WORDS = r"(?:definition|description|overview|what is it\??)"
_DEFINITION_LEAD = re.compile(rf"(?:^|\s){_DEFINITION_WORDS}\s*:\s*$", re.I)


def _clause_end(text: str, at: int) -> int:
    """Return where the clause after ``at`` ends: the next semicolon, else the text's end."""
    semicolon = text.find(";", at)
    return semicolon if semicolon >= 0 else len(text)


_BUT_RARE = re.compile(r",?\s+but\s+(?:it\s+|this\s+)?(?:is|are|remains?)\s+(?:\w+\s+)?"
                       r"(?:uncommon|rare|unusual)\b", re.I)
_DEFINITION_FIELD = re.compile(rf"\s*{_DEFINITION_WORDS}\s*:\s*", re.I)
_ONE_FORM = re.compile(r"(?:one|some|another|a|the (?:most )?(?:severe|serious|rarer|rare|acute|"
                       r"chronic|classic|classical|mild|milder|fulminant)) forms?"
                       # "The first phase begins with fever", "The suppurative stage is marked
                       # by X": a phase of the illness
                       r"|the (?:[a-z-]+ ){1,2}(?:phase|stage)", re.I)
_PART_LACKED = re.compile(r"\b(?:lack|absence|loss|removal|removed) of (?:an? |the |your |their )?$"
                          r"|\bwithout (?:an? |the |your |their )?$|\bno (?:working )?$", re.I)
_SIMILAR_SIGNS = re.compile(r"\s+(?:similar (?:symptoms|signs)|(?:symptoms|signs) similar to)\b",
                            re.I)
# Death, which pages (and readers) say a harm causes, not that it is one of the harm's own.
_DEATH = re.compile(r"(?:(?:sudden|early|premature|possible) )?(?:death|dying)", re.I)
_GRAVE_OUTCOME = re.compile(
    r"(?:(?:sudden|possible|eventual|early|premature|rapid) )?(?:death|dying|coma|amputation|"
    r"limb loss|gangrene|sepsis|septic shock|stroke|heart attack|cardiac arrest|blindness|"
    r"deafness|permanent disability|disability|multiple organ failure|organ failure|"
    r"(?:toxic |circulatory )?shock|(?:respiratory|kidney|renal|heart|liver) failure|paralysis)",
    re.I)
_LOOK_ALIKE_WORDS = ("similar", "alike", "the same", "apart", "distinguish", "differentiat",
                     "the difference",
                     "rule out", "ruled out", "excluded", "exclude ")
# "treated in hospital, often in intensive care": the second place is care of its own.
_THEN_INTENSIVE = re.compile(r"\s*(?:a |the |an )?hospital,?\s+(?:(?:often|usually|sometimes|"
                             r"possibly|perhaps|or|and|even)\s+)+in\s+(?:an? |the )?"
                             r"(?:intensive|critical) care\b", re.I)
# A concession that the illness strikes others as well: "although it can also occur in".
_ALSO_IN_CONCESSION = re.compile(r"\b(?:although|though|but|while|whereas)\b[^.;]*?\balso\b"
                                 r"[^.;]*$", re.I)
_MORE_SAID = re.compile(r"\b(?:more|most|higher|greater|increased|especially|particularly)\b",
                        re.I)
# "people who need treatment (respond well)": the need is said of the people, in a clause.
_WHO_NEED = re.compile(r"\b(?:people|patients|those|children|adults|anyone|someone)\s+who\s+"
                       r"(?:(?:may|might|will|also)\s+)?(?:need|require)s?\b", re.I)
# "... to detect kidney involvement": what a test is done for, a finding, no test.
_TO_DETECT = re.compile(r"to (?:detect|identify|reveal|show)", re.I)
# "the two types", "both forms": kinds the page counts, no other illness named.
_COUNTED_KINDS = re.compile(r"(?:the )?(?:two|three|both|these|those|all|different) (?:main )?"
                            r"(?:types?|forms?|kinds?|conditions?|illnesses|diseases)", re.I)
# A result after a test's name in a line of tests: "CRP raised", "cultures positive in 20 %".
_RESULT_AFTER_TEST = re.compile(r"(?<=\w)\s+(?:(?:is|are|may be|usually|often|typically)\s+)*"
                                r"(?:positive|negative|normal|abnormal|raised|elevated|high|low|"
                                r"increased|decreased|reduced)(?:\s+in\s+[^.;:]*)?\s*[.;]?$", re.I)
# A lone adjective of kind heading a clinician's line ("usually polymicrobial", "mostly
# viral"): what it says is named after the dash.
_LONE_KIND_WORD = re.compile(r"(?:(?:usually|often|mostly|mainly|typically|commonly) )?"
                             r"[a-z]+(?:al|ic|ous)", re.I)
# "in 15 % of patients", "in about a third of cases": a share of the people or cases.
_IN_A_SHARE = re.compile(r"\s+in\s+(?:(?:about|around|roughly|up to|over|nearly|some|almost|"
                         r"approximately|fewer than|less than|more than)\s+)?(?:\d|one |two |"
                         r"three |a (?:third|quarter|half|fifth|tenth)\b|half\b)", re.I)
# Look-alikes: "conditions that can look similar include A", "must be told apart from A".
_LOOK_ALIKES = re.compile(
    r"\b(?:other )?(?:conditions|illnesses|diseases|infections|problems|disorders)(?: that| "
    r"which)? (?:can |may |might |often )?(?:look|seem|appear|present|be) (?:very |quite )?"
    r"(?:similar|alike|the same)(?: to it| to this)? (?:include|includes|are)\s+(?P<x>[^.;]+)"
    r"|\b(?:must|should|needs? to|has to|have to|can) be (?:told apart|distinguished|"
    r"differentiated) from (?P<x2>[^.;]+)"
    # "tests to rule out other causes of your symptoms, such as flu": the causes named.
    r"|\b(?:rule out|exclude) (?:other |similar )?(?:(?:health |medical )?(?:conditions|problems)|"
    r"illnesses|diseases|infections|causes|disorders)"
    r"(?: [\w' ]{1,40}?)?,? (?:such as|like|including) (?P<x3>[^.;]+)"
    # "A and B need to be ruled out", "Other causes, such as A, must be excluded".
    r"|^\s*(?:(?:other )?(?:causes|conditions|illnesses|diseases|infections)[\w' ]{0,30}?,? "
    r"(?:such as|like|including|e\.g\.,?) )?(?P<x4>[\w' ,-]{2,80}?),? (?:need|needs|must|should|"
    r"has|have) (?:to )?be (?:ruled out|excluded)(?: first)?(?=\s*(?:[.;]|$))"
    # "Differentiating it from A can be difficult", "A can cause similar symptoms".
    r"|\b(?:differentiating|distinguishing|telling) (?:it|this|them)(?: apart)? from "
    r"(?P<x5>[\w' -]{2,50}?) (?:can|may|is|are|might)\b"
    r"|^\s*(?P<x6>[\w' -]{2,50}?) (?:can|may|might|often) (?:also )?(?:cause|give|produce) "
    r"(?:very |quite )?similar (?:symptoms|signs|features)\b"
    # "It can be hard to tell the difference between it and other causes of swollen glands,
    # such as X": the topic (dropped as a member) and what it is hard to tell from
    r"|\b(?:hard|difficult|tricky) to tell (?:the difference between|apart) (?P<x8>[^.;]+)"
    # "A, B and C may present similarly", "Gout can look similar": a sentence of its own
    r"|^\s*(?P<x7>[\w' ,-]{2,120}?) (?:(?:can|may|might|could|often|sometimes|also) )*"
    r"(?:present|look|appear|seem) (?:very |quite )?(?:similarly|similar|alike)"
    r"(?: to (?:it|this))?(?=\s*(?:[.;]|$))", re.I)
# What a remedy is needed to put right: "needed to correct lasting nerve problems".
_TO_CORRECT = re.compile(r"\s*(?:\w+ )?to (?:correct|repair|fix|reconstruct) (?P<x>[^.;:]+)", re.I)
# A remedy named as what people need: "need (several) operations", "need intensive care".
_REMEDY_NEEDED = re.compile(
    r"\s+(?:an? |the |some |several |more |further |repeated |urgent |emergency |immediate |"
    r"major |long-term |regular |reconstructive |corrective |plastic |additional |repeat )*"
    r"(?:surgery|surgical \w+|operations?|amputations?|"
    r"antibiotics?|antivirals?|transfusions?|skin grafts?|grafts?|intensive care|"
    r"hospital treatment|treatment in hospital|breathing machines?|ventilat\w+|"
    r"debridement|physiotherapy|rehabilitation|steroids?|corticosteroids?|oxygen|"
    r"(?:intravenous |iv )?fluids|blood thinners?|anticoagulants?|painkillers|pain relief|"
    r"(?:\w+ )?transplants?|medications?|medicines?|pacemakers?|feeding tubes?|tube feeding|"
    r"(?:\w+ )?procedures?)\b", re.I)
# Who needs it: "you", "most patients", "almost all of those affected", "about half of people
# with it".
_NEEDING_PEOPLE = re.compile(
    r"(?:(?:almost |nearly |about |around |roughly |over |up to )?(?:all|most|many|some|few|half|"
    r"a (?:third|quarter|few)|one in \w+|\d+ ?%|\d+ per ?cent)(?: of)? (?:the )?)?"
    r"(?:you|they|patients|people|children|adults|survivors|those(?: affected)?|your child)\b",
    re.I)
# A sign's own look, named by "its": "diagnosed by its appearance".
_OWN_LOOK = re.compile(r"(?:(?:its|their) )?(appearance|look|pattern|shape)", re.I)
# A remedy named by its use inside a noun phrase: "medicines (usually) used to reduce a fever".
# ("typicallyused", as a page may run words together, is one too.)
_USED_BEFORE = re.compile(r"(?:\b|ly)used(?: in order)?\s+$", re.I)
# "This is usually X; 50mg a day", "It is normally X." (a remedy named back; one name only).
_THIS_IS_REMEDY = re.compile(r"(?:this|it) is (?:usually |often |normally |typically |"
                             r"commonly |mostly |most often )?(?:a course of )?"
                             r"(?P<x>[a-z][\w-]+(?: [a-z][\w-]+)?)\s*(?:[;,.(]|$)", re.I)
# Care that pages say is provided: "psychological support", "pain relief", "fluids".
_CARE_PROVIDED = re.compile(r"\b(?:support|care|therap(?:y|ies)|treatments?|relief|counsell?ing|"
                            r"rehabilitation|physiotherapy|nutrition|fluids|oxygen|management)$",
                            re.I)
# "Rule out other causes with:" leads the means, not the look-alikes.
_MEANS_LEAD = re.compile(r"\b(?:with|using|by)\s*:?\s*$", re.I)
# A heading over the look-alikes: "Differentials", "Similar conditions", "Conditions that
# look similar", "Mimics", "Conditions to rule out".
_DIFFERENTIAL = re.compile(
    r"\bdifferentials?(?: diagnos\w*)?\b|\blook-?alikes?\b|\bmimics\b|"
    r"\bsimilar (?:conditions|illnesses|diseases)\b|\b(?:conditions|illnesses|diseases) "
    r"(?:that (?:look|seem|are) (?:similar|alike)|with similar (?:symptoms|signs|features)|"
    r"to (?:rule out|exclude))\b", re.I)
# A lead-in whose items look like the topic or must be ruled out: "Conditions with similar
# symptoms include:", "It can be mistaken for:", "Your doctor will rule out:".
_LOOK_ALIKE_LEAD = re.compile(
    r"\b(?:conditions|illnesses|diseases|infections|problems|disorders)(?: with| that (?:can |"
    r"may |might |also )?(?:cause|have|give|produce)) (?:similar|the same) (?:symptoms|signs|"
    r"features)|\b(?:look|looks|seem|seems|appear|appears) (?:very |quite )?(?:similar|alike)\b|"
    r"\bsimilar to (?:those|that) of\b|\b(?:mistaken|confused) (?:for|with)\b|"
    r"\brule out\b|\bruled out\b|\btold apart\b|\btell (?:it|them) apart\b|"
    r"\b(?:distinguish|differentiat)\w* (?:it |them )?from\b|\bdifferential diagnos\w*|"
    r"\bother causes of (?:these|similar|the same|your) (?:symptoms|signs)\b", re.I)
# "rule out conditions that mimic X (e.g., A, B)", "Illnesses that look like X include A":
# A and B look like X.
_MIMIC_THE_TOPIC = re.compile(
    r"\b(?:other )?(?:conditions|illnesses|diseases|disorders|infections|problems)\s+(?:that|"
    r"which)\s+(?:can |may |might |often |sometimes )?(?:mimic|resemble|look like|can look like)"
    r"\s+(?P<t>[\w' -]{2,50}?)\s*(?:\(\s*(?:e\.g\.,?|such as|including|like|for example,?)\s*"
    r"(?P<x>[^)]+)\)|,?\s+(?:such as|including|like|include|includes|are)\s+(?P<x2>[^.;()]+))",
    re.I)
# "X is the only way to make a firm diagnosis", "X is the most reliable way to identify it".
_WAY_TO_DIAGNOSE = re.compile(
    r"^\s*(?P<x>[\w' ,-]{3,60}?) (?:is|are|remains?) (?:the |a |one of the )?(?:only|best|main|"
    r"most reliable|most accurate|surest|definitive|gold standard|key) (?:ways?|means|methods?|"
    r"tests?) (?:to|of|for) (?:make |making |confirm |confirming |reach |reaching )?(?:a |the )?"
    r"(?:firm |definite |definitive |certain |final )?(?:diagnos\w*|identify\w*)", re.I)
# How people are said to be: "may be very irritable", "can feel dizzy", "in a lot of pain".
_FEELS = re.compile(r"(?:\b(?:(?:you|they|he|she|your child|children|people|patients|babies)\s+"
                    r"(?:(?:may|might|can|could|will|often|usually|also|still|sometimes|not|"
                    r"(?:are |is )?(?:likely|going) to|tends? to)\s+)*"
                    r"|(?:may|might|can|could|will|often|usually|also|still|sometimes)\s+"
                    r"(?:(?:may|might|can|could|will|often|usually|also|still|sometimes|not)\s+)*)"
                    r"(?:be|feel|feels|seem|seems|become|becomes|get|gets|look|looks|are|is)"
                    r")\s+"
                    r"(?:(?:not|usually|often|sometimes)\s+)*(?:very |extremely |really |quite |"
                    r"more |unusually |a bit |a little |generally )?(?P<adj>[a-z-]+)\b"
                    # ("It can be confused with X", "mistaken for X": a look-alike, no state)
                    r"(?!(?<=confused)\s+(?:with|for)\b)", re.I)
# "The skin may become red, swollen and hot to the touch": a body part in a state is a sign
# ("the joints may be painful" too: "be" after a modal).
_PART_STATE = re.compile(
    # ("the glands in your neck become swollen": the glands, where they are aside)
    r"\b(?:the |your |their |his |her )?(?P<part>(?:affected )?[a-z]+)"
    # "your eyes, lips and tongue turn red": three parts
    r"(?:\s*,\s*(?:the |your |their )?(?P<part3>[a-z]+)(?=,?\s+(?:and|or)\s))?"
    # "The palms and soles may be red": both parts
    r"(?:,?\s+(?:and|or)\s+(?:the |your |their )?(?P<part2>[a-z]+))?"
    # ("the area around the wound becomes hot": the area, by where it is)
    r"(?:\s+(?:in|on|of|around)\s+(?:the|"
    r"your|their|his|her)\s+(?P<place>[a-z]+))?\s+(?:(?:that|which)\s+)?"
    r"(?:(?:may|might|can|could|will|often|usually|also|then|quickly|soon)\s+)*"
    r"(?:become|becomes|turn|turns|get|"
    r"gets|look|looks|is|are|be|feel|feels|appear|appears)\s+(?:(?:often|usually|sometimes|"
    r"also|typically|frequently) )?(?:very |extremely |more |quite |"
    r"increasingly |bright |deep |dark |pale )?"
    r"(?P<adjs>[a-z-]+(?:(?:\s*,\s*(?:and |or )?|\s+(?:and|or)\s+)(?:very |"
    r"extremely )?[a-z-]+){0,4})", re.I)
_NODES_SWOLLEN = re.compile(r"(?:swollen|enlarged|large)\b", re.I)
# Clinical names of parts, as the sign names them ("the pharynx may be erythematous": a red
# throat).
_CLINICAL_PARTS = {"pharynx": "throat", "oropharynx": "throat", "conjunctiva": "eye",
                   "conjunctivae": "eye"}
# A sign named after "without", next to the one present: "red eyes without a discharge".
_WITHOUT_SIGN = re.compile(r"\bwithout (?:a |an |any )?(?P<x>[a-z -]{3,60}?)(?=\s*(?:[,.;:()]|$))",
                           re.I)
# How a body's working changes, said with a verb: "breathing can become difficult", "the
# heart may beat very fast", "the glands in the neck may swell".  Each gives the sign a
# reader would list; the part that swells or aches is named in the sign.
_AUX = r"(?:(?:may|might|can|could|will|often|usually|also|then|quickly|soon|sometimes)\s+)*"
_FUNCTION_SIGNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"\bbreathing\s+{_AUX}(?:become|becomes|get|gets|is|be)\s+(?:very |more )?"
                r"(?:difficult|hard|laboured|labored)\b", re.I), "difficulty breathing"),
    (re.compile(rf"\bbreathing\s+{_AUX}(?:become|becomes|get|gets|is|be)\s+(?:very |more )?"
                r"(?:fast|rapid|quick)\b", re.I), "rapid breathing"),
    (re.compile(rf"\bheart\s+{_AUX}(?:beat|beats|race|races|pound|pounds)\s+(?:very |too |much )?"
                r"(?:fast|quickly|rapidly|faster|quicker)\b|\bheart\s+{_AUX}(?:race|races)\b"
                # "Your heart rate may go up"
                rf"|\b(?:heart ?beat|heart rate|pulse)\s+{_AUX}(?:go up|goes up|rise|rises|"
                r"increase|increases|speed up|speeds up|become fast|becomes fast)\b", re.I),
     "rapid heartbeat"),
    # "Vision can become blurred", "your eyesight may be blurry"
    (re.compile(rf"\b(?:vision|eyesight|sight)\s+{_AUX}(?:become|becomes|get|gets|is|be|go|"
                r"goes)\s+(?:very |more |a bit |slightly )?(?:blurred|blurry|fuzzy|cloudy)\b",
                re.I), "blurred vision"),
    (re.compile(rf"\bheart\s+{_AUX}(?:beat|beats)\s+(?:very )?(?:irregularly|unevenly)\b", re.I),
     "irregular heartbeat"),
    (re.compile(rf"\bblood pressure\s+{_AUX}(?:drop|drops|fall|falls|go down|goes down|"
                r"become low|becomes low|be very low|is very low)\b", re.I), "low blood pressure"),
    (re.compile(rf"\btemperature\s+{_AUX}(?:rise|rises|go up|goes up|climb|climbs)\b", re.I),
     "fever"),
    (re.compile(rf"\b(?:heartbeat|heart rate|pulse)\s+{_AUX}(?:slow|slows|become slow|"
                r"becomes slow|drop|drops)\b", re.I), "slow heartbeat"),
    (re.compile(rf"\bface\s+{_AUX}(?:(?:appears?|seems?|starts?|begins?) to )?(?:droop|droops|"
                r"sag|sags)\b", re.I), "facial droop"),
    (re.compile(r"\bsmile\s+(?:is|becomes|may be|looks)\s+(?:one-sided|lopsided|uneven|"
                r"crooked)\b", re.I), "one-sided smile"),
    (re.compile(rf"\beyes?\s+{_AUX}(?:resists?|won't|will not|cannot|can't|does not|doesn't)\s+"
                r"(?:closing|close|shut|shutting)\b", re.I), "difficulty closing eye"),
    # "The wounds heal slowly", "sores that do not heal": wounds slow to heal.
    (re.compile(rf"\b(?:wounds?|sores?|ulcers?)\s+{_AUX}(?:heal|heals)\s+(?:very |only )?"
                r"(?:slowly|poorly|badly)\b|\b(?:wounds?|sores?|ulcers?) (?:that|which) "
                r"(?:do not|don't|will not|won't|fail to|never) heal\b", re.I),
     "slow-healing wounds"),
    # "The sores often smell bad", "a foul-smelling discharge".
    (re.compile(rf"\b(?:wounds?|sores?|ulcers?|discharge|area|skin)\s+{_AUX}(?:smells?|"
                r"gives? off a smell) (?:very )?(?:bad|foul|unpleasant|awful)\b|"
                r"\bfoul[- ]smelling (?:wounds?|sores?|ulcers?|discharge)\b", re.I), "foul smell"),
    # "Nerve pain can make it hard to sleep": sleep is what suffers.
    (re.compile(r"\b(?:makes?|making|made) it (?:very )?(?:hard|difficult|impossible) to "
                r"(?:sleep|get to sleep|fall asleep)\b", re.I), "difficulty sleeping"),
    # "The area is very sensitive to touch", "the skin feels tender to the touch".
    (re.compile(r"\b(?:is|are|feels?|becomes?|gets?|be) (?:very |extremely |often |also )?"
                r"(?:sensitive|tender) to (?:the )?(?:touch|pressure|being touched)\b", re.I),
     "sensitivity to touch"),
    (re.compile(r"\b(?:unable to|cannot|can't|not able to) (?:tolerate|bear|stand) (?:loud )?"
                r"(?:noises?|sounds?)\b", re.I), "sensitivity to loud noise"),
)
# Words one of which each pattern needs, to skip them all in most sentences.
_FUNCTION_WORDS = ("breathing", "heart", "blood pressure", "temperature", "pulse", "droop",
                   "sag", "smile", "clos", "shut", "noise", "sound", "sensitive to", "tender to",
                   "heal", "smell", "sleep", "vision", "eyesight", "sight")
# "the lymph nodes in the neck may swell", "it can make your joints ache".
# ("Skin on the fingers and toes may start to peel", "the lips may crack")
_PART_VERB = re.compile(r"\b(?:the |your |their |his |her )?(?P<part>lymph nodes|lymph glands|"
                        r"glands|[a-z]+)(?: (?:in|on|of) (?:the |your |their )?[a-z]+"
                        r"(?: and [a-z]+)?)?\s+" + _AUX +
                        r"(?:(?:start|starts|begin|begins) to\s+)?"
                        r"(?P<verb>swell|swells|ache|aches|throb|throbs|itch|itches|peel|peels|"
                        r"blister|blisters|crack|cracks)\b", re.I)
_PART_VERB_WORDS = ("swell", "ache", "throb", "itch", "peel", "blister", "crack")
# Parts said to change ("... lips and tongue turn bright red"): a clause, not a name.
_PARTS_CHANGE = re.compile(r"\s(?:(?:may|can|might|will|often|usually|also|then|quickly|soon)\s+)*"
                           r"(?:turns?|becomes?|goes|go|gets?)\s+(?:very |bright |deep |dark |"
                           r"pale |quite )?(?:red|pink|purple|blue|pale|white|yellow|grey|gray|"
                           r"black|swollen|puffy|dry|cracked|sore|stiff|numb)\b", re.I)
_PART_VERB_SIGNS = {"swell": "swollen {part}", "swells": "swollen {part}",
                    "ache": "{base} pain", "aches": "{base} pain",
                    "throb": "{base} pain", "throbs": "{base} pain",
                    "itch": "{base} itching", "itches": "{base} itching",
                    "peel": "peeling skin", "peels": "peeling skin",
                    "blister": "blisters", "blisters": "blisters",
                    "crack": "{base} cracking", "cracks": "{base} cracking"}
# Words for where a sign is that name no part ("the area may swell"), and the sign each
# verb then names on its own.
_SIGN_AREAS = frozenset({"area", "rash", "wound", "spot", "spots", "patch", "patches"})
_AREA_VERB_SIGNS = {"swell": "swelling", "swells": "swelling", "ache": "pain", "aches": "pain",
                    "throb": "pain", "throbs": "pain", "itch": "itching", "itches": "itching",
                    "peel": "peeling skin", "peels": "peeling skin",
                    "blister": "blisters", "blisters": "blisters",
                    "crack": "skin cracking", "cracks": "skin cracking"}
_PART_HUES = {"purple": "discolouration", "black": "discolouration", "blue": "discolouration",
              "grey": "discolouration", "gray": "discolouration", "dusky": "discolouration",
              "pale": "pallor", "hot": "warmth", "warm": "warmth", "tender": "tenderness",
              "itchy": "itching", "painful": "pain"}
# "A sudden high fever is common" (read under a symptoms heading).
_SAID_THINGS = r"^\s*(?:an? |the )?(?P<x>[\w' ,-]{3,80}?)\s+"  # "Fever, a rash and ..."
_COMMON_SIGN = re.compile(_SAID_THINGS + r"(?:(?:is|are)\s+(?:also |very |quite |fairly )?"
                          # ("Erythema nodosum is characteristic": a clinician's "typical")
                          r"(?:common|usual|typical|frequent|characteristic|pathognomonic)\b"
                          r"(?! (?:in|among|for|after|with|of)\b)"
                          # ("A and B are the most common complaints": signs, named as a class)
                          r"|(?:is|are)\s+(?:also )?(?:the |one of the |among the )(?:most |"
                          r"more )?(?:common|usual|typical|frequent|characteristic)\s+"
                          r"(?:presenting\s+)?(?:symptoms?|signs?|complaints?|features?|"
                          r"manifestations?)\b)", re.I)
# A sign that is the subject of a sentence about how it goes: "The rash spreads quickly".
_SIGN_SUBJECT = re.compile(r"^\s*(?:the |a |an |your |this |these )?(?P<x>[\w' -]{2,40}?)\s+"
                           r"(?:(?:can|may|might|will|often|usually|then|quickly|also|soon|"
                           r"sometimes|slowly|gradually)\s+)*(?:spreads?|grows?|worsens?|gets? "
                           r"worse|comes? and goes|lasts?|fades?|spreading|be|is|are|becomes?)\b",
                           re.I)
_ABSENT_AFTER = re.compile(r"\s+(?:usually |typically |often |generally )?(?:absent|not "
                           r"(?:present|expected|seen|a feature|typical))\b", re.I)
# "A sore throat is often the first sign", "Fever is one of the main symptoms".
_FIRST_SIGN = re.compile(_SAID_THINGS + r"(?:is|are)\s+(?:often |usually |sometimes |also |"
                         r"typically )?(?:the |an? |one of the )?(?:first|earliest|early|main|"
                         r"commonest|most common|usual|key|typical|classic|common|only) "
                         r"(?:signs?|symptoms?|features?)\b", re.I)
# "Crepitus may be palpable", "A rub may be heard", "X may be found on examination": a finding
# on examination (not where or in whom: "found in the blood", "seen worldwide").
_FOUND_SIGN = re.compile(_SAID_THINGS + r"(?:may|might|can|could|will|is|are)\s+(?:also |often |"
                         r"usually |sometimes )?(?:be )?(?:palpable|felt|heard|visible|noted|"
                         r"observed|seen|found)\b(?! (?:in|among|when|if|after|worldwide|"
                         r"throughout|everywhere|mainly|mostly|only)\b)", re.I)
# Words too vague to be a sign of their own ("early symptoms are common").
_WEAK_SIGN = re.compile(r"^(?:early |mild |later |first |other |these |such )?(?:symptoms?|signs?|"
                        r"features?|complications?|cases?)$", re.I)
_PAIN_WORSE = re.compile(r"^\s*(?:the )?pain (?:is |can be |may be |feels |seems |that is |that's |"
                         r"that (?:seems|feels|appears) |"
                         r"(?:may|can|might|will) (?:seem|feel) |"
                         r"which is )?(?:often |"
                         r"usually |typically )?(?:much |far |a lot )?(?:worse|more severe|"
                         r"greater|stronger) than\b|\bpain (?:that is )?out of proportion\b", re.I)
_IN_PAIN = re.compile(r"\b(?:be|are|is|still|remain|remains|and|or)\s+in (?:considerable |severe "
                      r"|a lot of |great |some |much )?pain\b", re.I)
_WHO_CLAUSE_BEFORE_VERB = re.compile(r"\b(?:who|that|whose)\b[^,;]*?(?=\s(?:may|might|will|"
                                     r"should|can|could|often|usually|are|is|need|needs)\b)",
                                     re.I)
_SIGNS_WORD = re.compile(r"(?:signs? (?:and|&) )?(?:symptoms?|signs?)\b", re.I)
_SECOND_VERB = re.compile(r",?\s+and (?:then )?to (?=[a-z]+\b)", re.I)
# People or cases named as what a remedy is for: "symptomatic patients", "severe cases".
_PEOPLE_OBJECT = re.compile(r"(?:(?:[\w-]+ ){0,2})(?:patients|people|persons|individuals|"
                            r"children|adults|infants|cases|sufferers|women|men|babies|"
                            # ("for adults and children of all ages", "for people over 8")
                            r"teenagers)(?: of (?:all|any) ages?| (?:aged|over|under|older than|"
                            r"younger than) \w+(?: (?:years?|months?|weeks?))?(?: old)?)?", re.I)
# "the (signs and) symptoms of A, B and C" in what a diagnosis is based on: A, B and C.
# ("signs of infection", "checked for signs of bacteria" name findings a test looks for, not
# the topic's symptoms: the word "symptoms" must be there.)
_SIGNS_OF = re.compile(r"\b(?:(?:typical|characteristic|classic) )?(?:signs and symptoms|symptoms "
                       # ("based on clinical criteria, including fever and rash": signs)
                       r"and signs|symptoms|(?:clinical |diagnostic )criteria,?)\s+(?:of|such as|"
                       r"like|including)\s+(?P<x>.+?)"
                       r"\s*[.;]?\s*$", re.I)
_SIGNS_WORDS = re.compile(r"(?:signs and symptoms|symptoms and signs|symptoms|signs)"
                          r"(?: of [\w' -]+)?", re.I)
# What a doctor reviews to diagnose, named as the review.
# A means of diagnosis said as the doctor's act of looking ("examine your skin").
_EXAMINE_ACT = re.compile(r"(?:examine|examining|look at|looking at|check|checking|feel|"
                          # "press on your tummy to see whether the pain gets worse"
                          r"feeling|listen to|listening to|press on|pressing on|"
                          r"(?:an? |the )?(?:physical )?"
                          r"examination of)\s+(?:your|the|their|his|her)\b", re.I)
_REVIEWED = (("symptom review", re.compile(r"\b(?:signs and )?symptoms\b", re.I)),
             ("medical history", re.compile(r"\b(?:medical |health |family )?history\b", re.I)))
_REVIEW_NAMES = frozenset(name for name, _ in _REVIEWED)
# An examination named by no part or test: the doctor's own ("history and examination").
# ("physical exam" is left as the page writes it: the resolver makes it one with these)
_BARE_EXAM = re.compile(r"(?:clinical )?(?:examination|exam)s?", re.I)
# A phrase that ends in the signs it reviews: "basis of a person's signs".
_SIGNS_NAMED_END = re.compile(r"\s(?:signs?|symptoms?)$", re.I)
# "Diagnosis is usually clinical", "diagnosed clinically": from the signs, with no test.
_CLINICAL_DIAGNOSIS = re.compile(
    r"\bclinical diagnosis\b|\bdiagnos(?:ed|is is|es are|is can be|is is made|e) (?!by |with )"
    r"(?:\w+ )?(?:clinically|clinical)\b(?! (?:exam|examination|tests?|assessment|signs?))|"
    r"\b(?:diagnosis|diagnoses) (?:(?:is|are|will|can|may|might|could|should|often|usually|"
    r"also|mostly|mainly|be) )*(?:\w+ )?made clinically\b", re.I)
_TISSUE = re.compile(r"^(?:skin|tissue|muscle|nerve|lung|liver|kidney|lymph node|bone marrow|"
                     r"bone|gland)$", re.I)
# "Doctors may take a tissue sample", "fluid may be drawn from a blister for testing".
_SAMPLE_TAKEN = re.compile(
    r"\b(?:take|takes|taking|took|taken|draw|draws|drawn|collect|collects|collected|remove|"
    r"removes|removed)\s+(?:a |an |some |small |tiny )*(?P<x>(?:[\w-]+ )?(?:samples?|swabs?|"
    r"biops(?:y|ies)|pieces?|bits?))(?: of (?:the |your |a |an )?(?P<of>[\w-]+(?: (?!(?:to|for|"
    r"from|and|or|in|with|at|on|under|by)\b)[\w-]+)?))?"
    # "take swabs from your throat, nose or vagina": one from each place
    # ("from the back of your throat": the throat)
    r"(?: from (?:the |your |a |an )?(?:(?:back|front|inside|surface|lining|side|top|base|roof) "
    r"of (?:the |your |their |a )?)?(?:(?:swollen|affected|infected|painful|inflamed) )?"
    r"(?P<afrom>[\w-]+(?:(?:,\s*|\s+(?:and|or)\s+|,\s*(?:and|or)"
    r"\s+)(?:the |your |a |an )?[\w-]+){0,4}))?|"
    # "A sample of blood or fluid from the wound may be tested": each is tested.
    r"\b(?:samples?|swabs?) of (?P<each>[\w-]+(?: or [\w-]+)?)(?: from [\w' -]{1,30}?)?\s+"
    r"(?:may|can|will|is|are|might)\s+(?:also |then )?be\s+(?:tested|checked|examined|sent)\b|"
    # ("Tissue samples are sent to the lab": as taken)
    r"\b(?P<y>(?:[\w-]+ )?(?:samples?|fluids?|swabs?))\s+(?:(?:may|can|will|might|should|must)"
    r"\s+(?:also |then )?be|is|are)\s+(?:also |then |usually |often )?"
    # ("drawn from a swollen joint": the joint, whatever state it is in)
    r"(?:taken|drawn|collected|removed|sent (?:off )?(?:to (?:a |the )?lab(?:oratory)?|for "
    r"(?:testing|analysis|tests)))(?: from (?:the |your |a |an )?(?:(?:swollen|affected|"
    r"infected|painful|inflamed) )?(?P<from>[\w-]+"
    # "taken from the nose, throat or wound": each place
    r"(?:(?:,\s*|\s+(?:and|or)\s+|,\s*(?:and|or)\s+)(?:the |your |a |an )?[\w-]+){0,4}))?", re.I)
# A sample named as a list's later member or after "of" ("Cultures of blood and wound fluid
# should be taken"): the list's head names the test.
_MEMBER_BEFORE = re.compile(r"(?:\band|\bor|\bof|,)\s+(?:[\w-]+\s+)?$", re.I)
_LETS_DOCTORS = re.compile(r"\b(?:lets?|allows?|enables?|helps?)\b", re.I)
# The same words right before a doctor's verb ("A lumbar puncture lets doctors check X",
# "allows the doctor to"): the verb is the test's, not a doctor's own examination.
_LETTING_DOCTORS = re.compile(r"\b(?:allows?|lets?|enables?)\s+(?:the |your |a )?(?:(?:doctors?|"
                              r"specialists?|surgeons?|medical team|care team)\s+(?:to\s+)?)?$",
                              re.I)
# A harm named in brackets after what it does: "(known as heart block)", or after the body
# part it strikes: "can affect the joints (joint arthritis)".
_NAMED_HARM = re.compile(
    r"(?:\b(?P<site>affects?|affecting|involves?|involving|reach(?:es)?|inflames?|damages?)\s+"
    r"(?:the |your |their |its )?[\w' -]{2,40}?\s*)?\((?:known as |called |a condition (?:known "
    r"as |called )|termed |named )?(?P<x>[A-Za-z][\w' -]{2,40}?)\)", re.I)
# "Some people lose a limb", "a few patients lose their sight": a lasting loss is a harm
# the illness leaves, named by the part lost.
# Sections where what a harm makes hard is the topic's sign or harm ("can make breathing
# difficult" under care is a treatment's burden; in an overview, "a condition that makes
# breathing hard" says what it is, and may be a sign or a harm).
_HARD_ACT_KINDS = {p.SYMPTOM: v.HAS_SYMPTOM, p.COMPLICATION: v.HAS_COMPLICATION}
_LOSES_PART = re.compile(
    r"\b(?:people|patients|children|adults|survivors|some|many|a few|others|you|they|he|she)"
    r"\b[\w' ]{0,20}?\s(?:may |might |can |could |will |often |sometimes |also |even |then )*"
    r"(?:lose|loses|lost) (?:(?:a|an|the|their|your|his|her|one|some|all|part of|use of|the use "
    r"of|one or more|both)\s+)*(?P<x>limbs?|arms?|legs?|hands?|feet|foot|fingers?|toes?|eyes?|"
    r"sight|vision|eyesight|hearing|teeth|tooth|(?:sense of )?(?:smell|taste))\b", re.I)
_PART_LOSS = {"sight": "vision", "eyesight": "vision", "feet": "foot", "teeth": "tooth",
              "sense of smell": "smell", "sense of taste": "taste"}
# "Attacks can be brought on by stress": bare episodes on a page about an illness are its own.
_BARE_EPISODES = re.compile(r"^\s*(?:the |an? |new |further |repeat |repeated )?(?:attacks?|"
                            r"episodes?|flare-?ups?|flares?)\s*$", re.I)
_THAN_TAIL = re.compile(r"\s+than\b.*$", re.I)
_IT_CLAUSE = re.compile(r",\s+(?:and\s+)?(?:(?:it|they|this)\s+(?:is|are|'s|can|may|will|was|were|"
                        r"has|have|spreads?)|there\s+(?:is|are|was|were|isn't|aren't)|"
                        r"there's)\b"
                        # "X, caused by a germ, spreads fast" / "..., can kill": the main
                        # clause's verb after the aside, no item of a list (items are names).
                        r"|,\s+(?:(?:quickly|rapidly|then|also|often) )?(?:can|may|might|could|"
                        r"will|would|must|spreads?|kills?|destroys?)\s"
                        # ("A milder illness caused by the same germ, without X, is called Y":
                        # the aside's main verb names the illness, no cause)
                        r"|,\s+(?:[^,;]{1,40},\s+)?(?:is|are|was|were) (?:also )?(?:called|"
                        r"known as|named|termed)\b", re.I)
# The spread a means prevents, of nothing named but the topic: "(help) prevent the spread".
_ITS_SPREAD = re.compile(r"(?:the |its |further )?spread(?: of (?:the )?(?:infection|illness|"
                         r"disease|condition|it))?", re.I)
_THESE = re.compile(r"^\s*(?:these|those|such|this)\s+", re.I)
# A name that opens with a modal or the verb "treat": the words of a clause, no thing.
_VERB_LED_NAME = re.compile(r"\s*(?:cannot|can't|can|could|may|might|must|should|will|would|"
                            r"treat|treats)\b", re.I)
# Names that name nothing: a share of people, the class "risk factors", a phrase that opens
# with a preposition.
_NO_THING_NAMED = re.compile(
    r"\s*(?:(?:about|around|nearly|almost|over|up to|as many as|more than)\s+)?\d[\d.,]*\s*"
    r"(?:%|percent\b|per cent\b|in \d|out of\b)"
    r"|\s*(?:several |many |some |other |the |these |certain )?(?:main |known )?(?:risk )?"
    r"factors?(?:\s+(?:for|of)\b.*)?$"
    # ("See a doctor the same day if ...": what to do, no sign)
    r"|\s*(?:see|call|contact|phone|ring|visit|go to)\s+(?:a |your |the )?(?:gp|doctor|nurse|"
    r"pharmacist|999|111|hospital|a&e|emergency)\b"
    # ("one of the commonest reasons children are admitted": why, no thing named)
    r"|(?:.*\s)?(?:common |commonest |main |usual |leading )?reasons?(?:\s+(?:why|that|children|"
    r"people|adults|patients))?\s*$"
    r"|\s*(?:for|to|with|by|from|at|on|among|amongst|under|into|inside|within|beneath|behind)\s"
    # "washing it", "brushing them": an act on a thing left unnamed
    r"|.*\s(?:it|them)\s*$", re.I)
# A care item's "for the pain", "for your symptoms": what the remedy is for, after its name.
_FOR_WHAT_TAIL = re.compile(
    r"\s+for (?:the |your |their |any )(?:[\w'-]+ ){0,2}[\w'-]+\s*[.;,]?\s*$"
    # ("paracetamol or ibuprofen for pain": a sign, with no article)
    r"|\s+for (?:pain|fever|itching|aches|discomfort|a (?:high )?temperature)\s*[.;,]?\s*$",
    re.I)
# "The majority of cases are caused by G": the topic's cases, counted by how many.
_MOST_CASES = re.compile(r"^\s*(?:the |a )?(?:(?:vast )?majority|most|many|nearly all|almost all)"
                         r"\s+(?:of\s+)?(?:the\s+|all\s+)?cases\s*$", re.I)
# "Serious cases can result in X": cases of the topic said by how grave they are, as a
# subject (a bare "cases" stays unread: "cases rose in 2020" is about counts).
_GRAVE_CASES = re.compile(r"^\s*(?:the )?(?:most |more |very |rare )?(?:serious|severe|untreated|"
                          r"complicated|advanced|grave|critical)\s+cases\s*$", re.I)
# "The cause of these symptoms is unknown": whose cause a sentence goes on to guess at.
_CAUSE_OF = re.compile(r"\b(?:causes?|etiology|aetiology|origins?|mechanisms?) of (?P<x>[\w' -]+?)"
                       r" (?:is|are|remains?)\b", re.I)
# "the production of toxins by bacteria": a process named by what it makes or moves.
_PROCESS_OF = re.compile(r"(?:^|(?<=,)|(?<=\band)|(?<=\bor))\s*(?:the |an? )?(?P<act>production|"
                         r"release|formation|activation|deposition|accumulation|destruction|"
                         r"breakdown) of (?:the )?(?P<x>[\w-]+)(?: by [\w' -]+?)?"
                         r"(?=\s*(?:,|\band\b|\bor\b|[.;]|$))", re.I)
# "a family history of the condition": had before it, so a risk factor.
_FAMILY_HISTORY = re.compile(r"^(?:a |an |the )?(?:strong |positive )?family history\b", re.I)
# "Early signs are similar to flu: ...": the words that say a list of signs follows.
_SIGNS_LEAD = re.compile(r"\b(?:signs?|symptoms?|features?)\b", re.I)
# "(similar to) the flu", "(like those of) a cold": signs like those of the commonest illnesses.
_FLU_LIKE = re.compile(r"\s*(?:those (?:of|seen with|caused by) )?(?:the |a |an )?(?:(?P<flu>flu|"
                       r"influenza)|(?:common )?cold)\b", re.I)
# "a normal chest X-ray", "a raised white cell count": a test and its result.
_TEST_RESULT = re.compile(r"\b(?:normal|abnormal|x-rays?|scans?|tests?|levels?|counts?|"
                          r"results?|readings?)\b", re.I)
# "identify patients at risk", "detect people with it": whom a test picks out.
_PEOPLE_FOUND = re.compile(r"^\s*(?:the |those |these )?(?:(?:high|higher|low|at)-risk |"
                           r"vulnerable |(?:very |severely |critically )?(?:ill|sick) )?"
                           r"(?:patients|people|children|adults|individuals|cases|those)\b", re.I)
# "very tired for months": how much before a feeling, how long after it.
_FEELING_EDGES = re.compile(r"^(?:very|extremely|really|so|quite|more|a bit|a little|rather)\s+|"
                            r"\s+(?:for|during|after|over|until|at|in)\b.*$", re.I)
# "... increases the risk by about 50 %", "... threefold": how much, no thing named.
_BY_AMOUNT = re.compile(r"^(?:by\s+(?:about |around |roughly |up to |nearly |almost |over |more "
                        r"than )?(?:\d|a (?:half|third|quarter)|half|two|three|four|five|ten)|"
                        r"(?:\d+|two|three|four|five|ten|several|many)(?:-| to )?(?:fold|times))",
                        re.I)
# ", although this has not been proven", "but this is uncertain": doubt cast back.
# (", although evidence is limited", "but its benefit is uncertain": of a remedy, too)
# ("..., although a causal link is unproven": the link the sentence drew)
_TRAILING_DOUBT = re.compile(r"[,;]\s*(?:although|though|but|however|yet)\s+(?:this|that|the link|"
                             r"(?:a |the |any )?(?:causal |direct |clear )?(?:link|relationship|"
                             r"association|connection|role)|causation|"
                             r"(?:the )?evidence(?: for (?:it|this|its use))?|(?:its|the|their) "
                             r"(?:benefit|effect|value|role|usefulness)s?)\s+(?:has not been|"
                             r"hasn't been|"
                             r"is not|isn't|is|are|remains|has yet to be|is yet to be)\s+(?:yet |"
                             r"fully |still |definitely |very |rather )?(?:proven|proved|confirmed|"
                             r"certain|uncertain|clear|unclear|established|unproven|debated|"
                             r"disputed|controversial|limited|weak|lacking|scarce|mixed|"
                             r"conflicting)\b", re.I)
_TRAILING_DOUBT_WORDS = ("this", "that", "evidence", "benefit", "effect", "value", "role",
                         "usefulness", "link", "relationship", "association", "connection",
                         "causation")
# "have had it before", "had the illness in the past": an earlier bout of it.
# (the whole of a member of "if you ...": "have had it before", what was had in ``x``)
_HAD_IT_BEFORE = re.compile(r"\b(?:have|has|had|having)\s+(?:already\s+)?had\s+"
                            r"(?P<x>[\w' -]{1,40}?)\s+(?:before|previously|in the past)\b", re.I)
# A sentence about the illness coming back: "Recurrence is more common in X", "have it again".
_RECURRENCE_SAID = re.compile(r"^\s*(?:(?:a )?recurrences?|relapses?|(?:repeat|recurrent|further) "
                              r"(?:episodes|attacks|bouts)|a second (?:episode|attack|bout))\b"
                              r"|\b(?:have|get|develop|catch) it again\b|\b(?:it )?(?:can |may )?"
                              r"(?:comes?|coming) back\b", re.I)
# Words without one of which _RECURRENCE_SAID cannot match (see caseless.lacks): every
# risk factor of the topic asks it of its sentence, and few sentences hold one.
_RECURRENCE_WORDS = ("recurrence", "relapse", "episode", "attack", "bout", "again", "back")
# A verb of change after an item's name: the line is a sentence about how it changes.
# ("The rash lasts two days", "The swelling goes down after a week" as a line: how long the
# sign stays is a figure's, the sign is the rash.)
_ITEM_VERB_TAIL = re.compile(r"\s+(?:rises|increases|worsens|improves|"
                             # "IV fluids help maintain blood pressure" as a line: the fluids
                             r"(?:(?:can|may|will|also|often)\s+)?helps?\s+(?:to\s+)?"
                             r"(?:maintain|support|keep|raise|boost|protect)|"
                             r"declines|doubles|(?:(?:usually|often|typically|can|may|will|"
                             r"then|slowly|gradually)\s+)?(?:lasts?|fades?|settles?|resolves?|"
                             r"heals?|disappears?|goes (?:down|away)|clears? up)"
                             r"(?=\s+(?:for|in|within|after|over|by|about|around|up to|a|an|one|"
                             r"two|three|a few|several|\d)\b|\s*$)|"
                             # "The rash starts in the armpits" as a line: where it starts
                             r"(?:(?:usually|often|typically|can|may|will|then|first|also)\s+)?"
                             r"(?:starts?|begins?|spreads?|appears?|develops?|moves?|comes? on)"
                             r"(?=\s+(?:in|on|at|from|to|over|across|around|after|within|later|"
                             r"next|soon|first|afterwards|suddenly|gradually|slowly|quickly)\b|"
                             r"\s*[.;]?\s*$))"
                             r"\b.*$", re.I)
# "... associated with the illness" after a factor: the illness the list is about.
_WITH_THE_ILLNESS = re.compile(r"\s+(?:associated|linked|that comes?) with (?:the |this |"
                               r"your )?[\w' -]{2,40}$", re.I)
# The burden of an illness said before "associated with": "(the) illness and death".
_BURDEN_END = re.compile(r"\b(?:morbidity|mortality|illness|death|deaths|disability)"
                         r"(?: and (?:morbidity|mortality|illness|death|deaths|disability))?\s+"
                         r"(?:(?!(?:is|are|was|were)\b)\w+\s+)?(?:associated|linked|related)\s+"
                         r"(?:with|to)\s*$"
                         # "most of the morbidity is associated with X" (a finite verb after
                         # death is a factor of death: "Death is associated with older age")
                         r"|\b(?:morbidity|illness|disability)\s+(?:is|are|was|were)\s+"
                         r"(?:\w+\s+)?(?:associated|linked|related)\s+(?:with|to)\s*$", re.I)
# "the development of X", "X development": X itself, as a harm named.
# A remedy after a comma: the next member of a list of care, no more of a purpose's object.
_COMMA_REMEDY = re.compile(r",\s+(?=(?:[\w-]+\s+){0,2}?(?:antibiotics|antivirals|antifungals|"
                           r"medicines|medications|drugs|fluids|oxygen|steroids|immunoglobulin|"
                           r"painkillers)\b)", re.I)
# "bacteria (such as X) infecting puncture wounds", "germs entering cuts": the germ, then
# where it gets in.
_GERM_ENTERING = re.compile(r"^\s*(?P<g>[^.;]*?\b(?:bacteri(?:a|um)|germs?|virus(?:es)?|"
                            r"fung(?:i|us)|organisms?|microbes?)\b[^.;]*?)\s+(?:infecting|"
                            r"entering|getting "
                            r"into|invading|that (?:infect|enter|get into|invade)|"
                            # ("happens when the bacteria get into scrapes and bites")
                            r"(?:can |may )?(?:gets? into|enters?|gets? in (?:through|via)|"
                            r"invades?))\s+(?P<x>[^.;]+)",
                            re.I)
# "... get into the body and release toxins": what the germ does next, no way in.
_GERM_DOES_NEXT = re.compile(r"\s+and\s+(?:then\s+)?(?:release|produce|make|multiply|spread|"
                             r"cause|start|begin|grow|damage|destroy)\w*\b.*$", re.I)
_CONTAMINATED_TAIL = re.compile(r"\s+(?:contaminated|soiled|dirtied|infected) (?:with|by)\b.*$",
                                re.I)
# "... and has a rapid onset of symptoms like A and B", "causes symptoms such as A".
_HAS_SIGNS_LIKE = re.compile(r"\b(?:has|have|causes?|produces?|brings?|with)\s+(?:an?\s+)?"
                             r"(?:[\w-]+\s+)?(?:onset\s+of\s+)?(?:symptoms|signs)\s+(?:such as|"
                             r"like)\s+"
                             r"(?P<x>[^.;]+)", re.I)
# "Many types of bacteria can cause it, but X is the most common (one)".
_BUT_COMMONEST = re.compile(
    r"^(?P<c>[^.;]*?\bcause\b[^.;]*?),?\s+but\s+(?P<y>[^,.;]{2,60}?)\s+(?:is|are)\s+(?:by far\s+)?"
    r"(?:the\s+)?(?:most\s+common|commonest|most\s+frequent|main|usual)(?:\s+(?:one|ones|cause|"
    r"causes|culprits?|types?|germs?|bacteri(?:um|a)))?\s*[.;]?\s*$", re.I)
_CAUSE_IT = re.compile(r"\bcause (?:it|this|the (?:infection|illness|disease|condition))\b", re.I)
# "It can develop when a cut becomes infected", "caused by sores getting infected", "It can
# occur after a wound becomes contaminated with the germ".
_BECOMES_INFECTED = re.compile(
    r"\b(?:develops?|developing|happens?|starts?|occurs?|begins?|caused|comes?|results?|"
    r"arises?)\b[^.;]{0,30}?\b(?:when|if|once|after|by|from)\s+(?P<x>[^.;:]{2,60}?)\s+"
    r"(?:becomes?|gets?|getting|got|became|being|is|are)\s+(?:infected|contaminated)\b", re.I)
_IT_OPENS = re.compile(r"\s*(?:it|this)\b", re.I)
_DEVELOPMENT = re.compile(r"^\s*(?:the )?development of\s+|\s+development(?=\s*[.;,]?\s*$)",
                          re.I)
# Deaths said as what is due to something: "Death is usually due to X", "Most deaths ...".
_DEATHS = re.compile(r"(?:most |many |all |the )?(?:deaths?|fatalities|dying)", re.I)
_MORTALITY_END = re.compile(r"\b(?:mortality|death|fatality|case fatality)(?: rates?)?\s*$", re.I)
# A verb phrase joined to the one before with its subject left out: "... but (is)".
_BARE_JOIN = re.compile(r"\s*(?:,\s*)?(?:but|and|yet)(?: (?:also|is|are|it is))?\s*", re.I)
# An outcome just before "is more likely in ...": who does better or worse, not who gets it.
# (Not a recurrence: "Recurrence is more common in X" names who has it again.)
_OUTCOME_SAID = re.compile(r"\b(?:recovery|restoration|death|survival|prognosis|outlook|"
                           r"outcomes?)\s*$", re.I)
# Members of a factor list said of the outlook ("older adults and (in) those with X").
_OUTLOOK_MEMBERS = re.compile(r",?\s+(?:and|or)\s+(?:in\s+|among\s+)?|,\s+(?=\w)", re.I)
# "(your) quality of life" after "affects": the harm is that it is lower.
_QUALITY_OF_LIFE = re.compile(r"^\s*(?:the |your |their |a person's |people's |patients' |"
                              r"someone's )?quality of life\b", re.I)
# "a biopsy showing granulomas", "a scan that shows gas": what the test found follows it.
_TEST_SHOWING = re.compile(r"\s+(?:showing|revealing|demonstrating|(?:that|which) (?:shows?|"
                           r"reveals?|demonstrates?))\b.*$", re.I)
# A body part of the people who have it: "The cornea of affected individuals (is at risk)".
_PART_OF_PATIENTS = re.compile(r"^\s*(?:the |their |your )?(?P<part>[a-z]+(?: [a-z]+)?) of "
                               r"(?:the )?(?:affected |these |such )?(?:individuals|patients|"
                               r"people|those affected|people affected|children|adults)"
                               r"(?: affected)?(?: (?:also|still|especially|particularly))?\s*$",
                               re.I)


def _names_a_part(name: str) -> bool:
    """Return whether a name is a body part: one the anatomy pattern or the lexicon knows,
    or one the lexicon's part adjectives name ("corneal": the cornea)."""
    return p.ANATOMY.fullmatch(name) is not None or name.lower() in _PART_NOUNS


# Parts named by an adjective of the lexicon ("corneal", "retinal", "renal").
_PART_NOUNS = BODY_PARTS | frozenset(
    noun for adj, noun in WORD_SYNONYMS.items()
    if adj.endswith(("eal", "nal", "ary", "iac")) and noun not in ("diet", "end"))  # dietary
# "clinical findings supported by imaging": a second means that backs the first.
_BACKED_BY = re.compile(r"\s+(?:supported|confirmed|backed up) by\s+", re.I)
# The topic coming back, said of "it": "it coming back", "it returning", "it recurring".
_IT_RETURNS = re.compile(r"^\s*(?:it|this|the (?:illness|condition|disease|infection))\s+"
                         r"(?:coming back|returning|recurring|happening again|flaring up)\s*[.;]?"
                         r"\s*$", re.I)
# A second clause joined by "and" with a subject of its own ("... and the condition is").
_AND_THE_CLAUSE = re.compile(r"\b(?:and|but|so)\s+(?=(?:the|this|it|its)\b)", re.I)
# "Patients are at risk of X", "Survivors remain at risk": the people who have it, no factor.
_BARE_PATIENTS = re.compile(r"^\s*(?:these |such |affected |most |many |some |all )?(?:patients|"
                            r"people|individuals|children|adults|survivors|sufferers|those "
                            r"affected|people affected)(?: with (?:it|this|the (?:condition|"
                            r"disease|illness|syndrome|infection)))?(?: (?:also|still))?\s*$",
                            re.I)
# "Involvement of the heart may cause arrhythmias", "Cardiac involvement can lead to X": the
# illness reaching a part, so what that brings is the illness's own harm.
_INVOLVEMENT = re.compile(r"^\s*(?:the )?(?:[\w-]+ ){0,2}involvement(?: of (?:the |their |your |"
                          r"his |her )?[\w -]{1,40})?\s*$", re.I)
# "cause body organs, such as the kidneys or lungs, to fail": what the things are made to do,
# as the harm's name ("organ failure"); the verbs a page uses so, and their nouns.
_MADE_TO = {"fail": "failure", "swell": "swelling", "narrow": "narrowing", "leak": "leakage",
            "bleed": "bleeding", "collapse": "collapse", "shut down": "failure",
            "stop working": "failure", "malfunction": "dysfunction", "tighten": "tightening",
            "weaken": "weakness"}
_THING_MADE_TO = re.compile(
    r"^\s*(?:(?:an?\s+)?(?:section|part|area|portion|segment)\s+of\s+)?"  # ("part of X")
    r"(?:the\s+|your\s+|their\s+)?(?:body\s+|body's\s+)?(?P<thing>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
    r"(?:\s*,\s*(?:such as|like|including|e\.g\.)\s+(?P<ex>[^,]{2,60}),)?"
    rf"\s+to\s+(?P<verb>{'|'.join(_MADE_TO)})\b(?P<rest>.*)$", re.I)


# "cause the infected person to become jaundiced, develop kidney failure, and bleed": what
# happens to the person is each harm.
_PERSON_MADE_TO = re.compile(r"^\s*(?:the |an? |some |many |most )?(?:infected |affected |sick |"
                             r"ill )?(?:person|people|patients?|individuals?|you|them|him|her|"
                             r"children|adults|sufferers)\s+to\s+(?P<acts>[^.;]+)(?P<rest>.*)$",
                             re.I)
_MADE_TO_JOIN = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", re.I)


def _person_made_to(right: str) -> str:
    """Return "jaundice, kidney failure or bleeding" for "the infected person to become
    jaundiced, develop kidney failure, and bleed"; other text as it is (an act not read as
    a harm leaves the whole text alone)."""
    m = _PERSON_MADE_TO.match(right) if " to " in right else None
    if m is None:
        return right
    names = []
    for act in _MADE_TO_JOIN.split(m["acts"].strip()):
        words = act.split()
        if not words:
            continue
        verb = words[0].lower()
        if verb in ("become", "get", "feel", "turn", "go") and len(words) == 2 and \
                words[1].lower() in FEELINGS:
            names.append(FEELINGS[words[1].lower()])  # "become jaundiced": jaundice
        elif verb in ("develop", "have", "get", "suffer", "experience") and len(words) > 1:
            names.append(" ".join(words[1:]))  # "develop kidney failure"
        elif len(words) == 1 and "VERB" in all_lemmas(verb) and inflection(verb, "VBG"):
            names.append(inflection(verb, "VBG")[0])  # "bleed": bleeding
        else:
            return right
    if not names:
        return right
    return ", ".join(names[:-1]) + (" or " if len(names) > 1 else "") + names[-1] + m["rest"]


# "the kidneys, liver and lungs to fail": a list of things, each made to.
_THINGS_MADE_TO = re.compile(
    r"^\s*(?:the\s+|your\s+|their\s+)?(?P<ex>(?:[a-z][\w-]*\s*,\s*(?:the\s+)?)+[a-z][\w-]*"
    r"\s*,?\s+(?:and|or)\s+(?:the\s+)?[a-z][\w-]*)"
    rf"\s+to\s+(?P<verb>{'|'.join(_MADE_TO)})\b(?P<rest>.*)$", re.I)


def _thing_made_to(right: str) -> str:
    """Return "organ failure, kidney failure or lung failure" for "body organs, such as the
    kidneys or lungs, to fail", "kidney failure, liver failure or lung failure" for "the
    kidneys, liver and lungs to fail"; other text as it is."""
    person = _person_made_to(right)
    if person != right:
        return person  # ("the person to bleed": a harm had, not a part made to bleed)
    m = _THING_MADE_TO.match(right) or _THINGS_MADE_TO.match(right)
    if m is None:
        return right
    noun = _MADE_TO[m["verb"].lower()]

    def harm(words: list[str]) -> str:  # "body organs" -> "organ failure"
        lemma = noun_lemmas(words[-1].lower())
        return " ".join([*words[:-1], lemma[0] if lemma else words[-1]]) + f" {noun}"

    examples = (re.sub(r"^(?:the|your|their)\s+", "", ex.strip(), flags=re.I).split()
                for ex in pc.split_list(m["ex"] or ""))
    thing = m.groupdict().get("thing")
    names = [*([harm(thing.split())] if thing else []), *(harm(words) for words in examples
                                                         if words)]
    return ", ".join(names[:-1]) + (" or " if len(names) > 1 else "") + names[-1] + m["rest"]


# Relation phrases "<topic> is / develops as a complication of X": X's complication.
_COMPLICATES = frozenset({"is-complication", "complication-as"})
# "following an attack of flu": the illness, not its attack.
_ATTACK_OF = re.compile(r"^(?:(?:following|after|of|in)\s+)?(?:an?\s+|the\s+)?(?:(?:bout|attack|"
                        r"episode|case|spell)s?\s+of\s+)?", re.I)
# A clause's first verb, where its subject ends ("Oestrogen makes the blood clot ...").
_FIRST_VERB = re.compile(r"\s+(?:can|may|might|could|will|would|is|are|was|were|has|have|had|"
                         r"makes?|made|causes?|caused|leads?|led|thickens?|slows?|damages?|"
                         r"affects?|weakens?|raises?|increases?|changes?|keeps?|stops?)\b", re.I)
_ILLNESS_WORD = re.compile(r"\b(?:infections?|disease|illness)\b", re.I)
_GRAVER_FORM = re.compile(r"^(?:(?:more|most|very|a|the) )*(?:severe|serious|complicated|"
                          r"invasive|fatal) ", re.I)
# (not "triggered by X or by breathing in Y": a second member, with the first's "by")
_BY_DOING = re.compile(r"(?<! or)(?<! and)\s+by\s+(?:[a-z]+ing)\b", re.I)
# "a more serious form of the illness": the form's grade, said of the illness.
_FORM_OF_IT = re.compile(r"\s+(?:form|type|case|version)s?\s+of\s+(?:the\s+)?(?:illness|infection|"
                         r"disease|condition|it)\s*$", re.I)
_BARE_ILLNESS = re.compile(r"(?:(?:more |most |very )?(?:severe|serious) )?(?:infection|"
                           r"disease|illness)", re.I)
_RATE_LEAD = re.compile(r"(?:the )?(?:incidence|rates?|prevalence)\b", re.I)
# "X is rare", "X is usually mild": a clause that says how X is, before "but" joins the next
# (whose verb has no subject of its own).
_SAID_HOW = re.compile(r"\s*(?P<s>[^,;]{3,60}?) (?:is|are) (?:[\w-]+ ){0,2}?[\w-]+\s*,?\s*",
                       re.I)
# What "the first treatment" may end in with nothing more said ("... offered.").
_ONLY_OFFERED = re.compile(rf"\s*{p.OFFERED}\s*[.;!]?\s*", re.I)
_MODAL_VERB_LEAD = re.compile(r"(?:can|may|might|could|will|would|also|often)\s+[a-z]+", re.I)
# A doctor's act before the test an item names ("do a CT scan", "arrange an MRI scan").
_DOCTOR_ACT = re.compile(r"^\s*(?:do|does|carry out|perform|arrange|order|request|recommend|"
                         r"suggest|organi[sz]e|book|send you for|refer you for)\s+(?:you )?"
                         r"(?:for )?(?:an? |the |some |any )?(?=\w)", re.I)
# "a CT scan of the affected area": where, no part of the test's name.
_OF_THE_AREA = re.compile(r"\s+(?:of|on) (?:the |your )?(?:affected )?(?:area|part|region|site)\b"
                          r"[^.;]*", re.I)
# "check your blood pressure": the measure checked, a test of it.
# ("- test your blood for signs of sepsis": what for is no part of the test's name)
_CHECK_YOUR = re.compile(r"^\s*(?:check|measure|test)\s+(?:your|the|their|his|her)\s+"
                         r"(?P<x>[a-z -]{3,40}?)(?:\s+(?:for|to)\s[^.;]*)?\s*[.;]?\s*$", re.I)
# Remedies named by their kind ("tablets", "antibiotics", "surgery"): what a list item of care
# names (see _CARE_ITEM and _REMEDY_NAME, which read the same words).
_REMEDY_KINDS = (r"medicines?|medications?|drugs?|tablets?|pills?|capsules?|creams?|lotions?|"
                 r"ointments?|gels?|drops|sprays?|painkillers?|pain relief|pain relievers?|"
                 r"antibiotics?|antivirals?|antifungals?|antihistamines?|steroids?|therapy|"
                 r"therapies|injections?|infusions?|surgery|surgeries|operations?|physiotherapy|"
                 r"transfusions?|dressings?")
# What an item of care names: a remedy, a procedure or a way of giving one.
_CARE_ITEM = re.compile(rf"\b(?:{_REMEDY_KINDS}|drips?|fluids|oxygen)\b", re.I)
_ALONGSIDE = re.compile(r"\s*(?:alongside|along with|together with|in addition to|as well as|"
                        r"combined with|in combination with)\s", re.I)
# A clause cut at ", as well as C,": the subject began before it.
_CONTINUED_SUBJECT = re.compile(r"^\s*,?\s*(?:as well as|along with|together with|plus)\s",
                                re.I)
# Relation phrases whose subject is a group of people at risk, and the pronoun a second
# clause names that group by ("..., and they are also at higher risk of X").
_GROUP_RISKS = frozenset({"at-risk", "more-affected", "gets-it-more", "risk-group"})
_THEY_AGAIN = re.compile(r"^(?:[^,;]*,)?\s*(?:and|but|so)?\s*(?:they|these people|those people)"
                         r"\s*(?:(?:are|also|often|usually|may|can|be)\s+)*$", re.I)
# What is left of a clause whose subject a conjunction dropped: "bacteria, but can (also)".
_ELIDED_SUBJECT = re.compile(r"^(?:[^,;]*,)?\s*(?:but|and|or)\s+(?:(?:can|may|might|could|will|"
                             r"is|are|also|sometimes|often|usually|occasionally|rarely|be)\s+)*$",
                             re.I)
_IN_GRAVE_CASES = re.compile(r"^\s*(?:in|with)\s+(?:the\s+)?(?:most\s+|very\s+|rare\s+)?(?:worst|"
                             r"serious|severe|untreated|advanced|extreme|critical)\s+cases\s*,",
                             re.I)
_FINITE_BE = re.compile(r"\s+(?:is|are|was|were|has been|have been)\s+", re.I)
_CLAUSE_JOIN = re.compile(r",\s*(?:and|but|while|whereas|so)\s+", re.I)
# A remedy and its aim opening the sentence ("Surgery to remove"), and a remedy named in an
# aside after the aim's object (", along with antibiotics,").
_AIM_FIRST = re.compile(r"^\s*(?P<x>[\w' -]{2,60}?) to (?:remove|treat|reduce|cut away|cut out|"
                        r"drain|kill|clean|control|stop|prevent|ease|relieve)\s*$", re.I)
_ALONG = r",\s*(?:along with|together with|combined with|as well as)\s"
_ALONG_ASIDE = re.compile(rf"{_ALONG}+(?P<y>[^,]+)", re.I)
# A verb in the words before such a joint: they are a clause, not the first members of a list.
_LIST_JOINT_VERB = re.compile(r"\b(?:is|are|was|were|be|been|can|may|might|could|will|would|"
                              r"should|must|has|have|had|remains?|works?|helps?|reduces?|"
                              r"improves?|[a-z]+ed)\b", re.I)
# Who a remedy is given to, when they are named by a harm: "in some children with X".
_IN_PEOPLE_WITH = re.compile(
    r"^\s*(?:in|to|for|among) (?:some |selected |a few |many |most |the |all |these |those )?"
    r"(?:patients|children|people|adults|infants|babies|those|cases|individuals)(?: who (?:have|"
    r"had|develop|developed|get|got)| with)\s+(?P<y>[^,.;]+)", re.I)
_IF_DEVELOPS = re.compile(
    r"^\s*(?:if|when|once) (?:you|your child|a child|a person|someone|they|patients?|people|"
    r"he|she|children)\s+(?:develops?|has|have|gets?|get)\s+(?:an? |any )?(?P<y>[^,.;]+),", re.I)
# "If kidney damage develops, a transfusion is needed": the harm is the clause's own subject.
_IF_HARM_ARISES = re.compile(
    r"^\s*(?:if|when|once|where) (?:an? |the |any )?(?P<y>[^,.;]{3,60}?) (?:also |then |later )?"
    r"(?:develops?|occurs?|happens?|sets? in|arises?|appears?|is present|are present),", re.I)
# "People who develop kidney damage may need a transfusion": who needs the remedy, named by a harm
# (only a harm: "people with severe symptoms need hospital care" still treat the illness).
_HARMED_PEOPLE_NEED = re.compile(
    r"^\s*(?:some |many |most |a few |these |those |the )?(?:patients|children|people|adults|"
    r"infants|babies|those|individuals)(?: who (?:have|had|develop|developed|get|got|go on to "
    r"develop)| with)\s+(?P<y>[^,.;]{3,60}?)\s+(?:may |might |will |often |usually |sometimes |"
    r"also |then |should |can |could )*(?:need|require|receive|be given|be treated|benefit)", re.I)
# "Kidney failure may need a transplant": a harm, the sentence's subject, needs the remedy.
_HARM_NEEDS = re.compile(
    r"^\s*(?:an? |the |any )?(?P<y>[^,.;]{3,60}?)\s+(?:may |might |will |often |usually |"
    r"sometimes |also |then |can |could )*(?:needs?|requires?)\b(?! to\b)", re.I)
_HARM_NAMED = re.compile(r"\b(?:loss|failure|damage|scarring|blindness|deafness|disability|"
                         r"gangrene|sepsis|abscess(?:es)?|aneurysms?|shock|complications?|"
                         r"problems?|abnormalit(?:y|ies)|ulcers?|wounds?|clots?|bleeding|"
                         r"infections?)$", re.I)


def _harm_needing(rx: re.Pattern[str], text: str) -> re.Match[str] | None:
    """Return ``rx``'s match at the start of ``text`` when the one who needs the remedy (its
    ``y``) is named by a harm ("people with kidney failure", "kidney failure"), else None:
    people with a sign ("severe symptoms") still need care for the illness itself."""
    m = rx.match(text)
    return m if m is not None and _HARM_NAMED.search(pc.clean_phrase(m.group("y"))) else None


# How a remedy is given, with no remedy named: "through a drip", "into a vein".
_ROUTE_ONLY = re.compile(r"(?:(?:directly|straight|slowly) )?(?:through|into|via|by|with|as|"
                         r"under) (?:an? |the )?(?:drip|vein|injection|mouth|tube|mask|needle|"
                         r"tablets?|skin)|intravenously|orally", re.I)
# A sentence that goes on about the remedy the one before named: "It is given ...", "They
# help ...", "These medicines can reduce ...", and says what it does for someone.
_REMEDY_ANAPHOR = re.compile(
    r"^\s*(?:it|they|this|these|this (?:treatment|medicine|medication|drug|therapy)|these "
    r"(?:treatments|medicines|medications|drugs|therapies))\s(?:can |may |might |will |also |"
    r"often |usually |should |could |then |both )*(?:(?:is|are|be) (?:usually |often |also |"
    r"sometimes )?(?:given|used|taken|prescribed|started)|helps?|reduces?|relieves?|eases?|"
    r"lowers?|controls?|stops?|blocks?|kills?|improves?|prevents?|shortens?|speeds? up|"
    r"fights?|works?|decreases?|cuts?|protects?)\b", re.I)


def _remedy_named_before(previous: list[RawClaim], text: str) -> str | None:
    """Return the one remedy the sentence before gave, when this sentence opens by pointing
    back to it ("Steroids are often given. They help to reduce swelling."), else None."""
    if not _REMEDY_ANAPHOR.match(text):
        return None
    remedies = {c.subject for c in previous if c.predicate in (v.USED_FOR, v.EFFECTIVE_FOR,
                                                                v.PREVENTS)
                and c.measure is None}
    others = {c.subject for c in previous if c.predicate not in (v.USED_FOR, v.EFFECTIVE_FOR,
                                                                 v.TARGETS, v.PREVENTS)
              and not (c.measure is not None and c.subject in remedies)}
    return next(iter(remedies)) if len(remedies) == 1 and not others else None


# A class named as the cause, with its members after the thing caused.
_KINDS_OF = re.compile(r"\b(?:types?|kinds?|sorts?|species|strains?|several|various|different|"
                       r"a number of|many)\b", re.I)
# ("Several kinds of germ can cause it, most often A": the commonest is one of them, too)
_THEN_EXAMPLES = re.compile(r",?\s*\b(?:including|such as|for example|e\.g\.|like)\s+(?P<x>.+)$|"
                            r",\s*(?:(?:but |and )?(?:most (?:often|commonly)|usually|typically|"
                            r"mainly|especially|particularly|notably)|(?:but |and )?(?:the )?most "
                            r"(?:common|frequent)(?: (?:one|type|kind|cause))? (?:is|being))"
                            r"\s+(?!(?:in|after|before|when|if|during|among|with|for|at|on|from|"
                            r"by|people|those|patients|children|adults)\b)(?P<y>.+)$", re.I)
# A wording's harm given as a list: "a risk of A and B", "of A, B or C".
_LISTED_HARMS = re.compile(r",|\s(?:and|or)\s")
# ("Unlike other rashes, it does not blister": a class told apart, no one look-alike)
_UNLIKE = re.compile(r"^\s*unlike (?:a |an |the )?(?!(?:other|most|many|some|all|typical|"
                     r"usual|ordinary)\b)(?P<x>[\w' -]{2,40}?),", re.I)


# A bare kind word ("fungi can cause the disease", cleaned to "disease") is the page's topic
# named back whatever kind the page calls it; a kind with a name ("heart disease") is not.
_BARE_KINDS = frozenset({"disease", "illness", "condition", "disorder"})


def _one_kind(phrase: str, key: str, kind_head: str | None) -> bool:
    """Return whether a phrase is the topic's kind word said alone ("the illness", "a chronic
    disease", the head of the page's definition); the plural names other illnesses
    ("chronic illnesses predispose to it")."""
    return (key in _BARE_KINDS or key == kind_head) and \
        phrase.rstrip(" .").lower().rsplit(" ", 1)[-1] == key.rsplit(" ", 1)[-1]


# The topic named back without its name ("they" and "these" may be its signs).
_TOPIC_ITSELF = re.compile(r"(?:it|this|the (?:illness|infection|disease|condition|syndrome|"
                           r"disorder))$", re.IGNORECASE)
# Where the first thing of a list ends.
_FIRST_ITEM = re.compile(r"\s+(?:and|or)\s+|[,.;:()]")
# What "things that cause X include" say they cause: the X.
_CAUSED_THING = re.compile(rf"\b{p.CAUSING_VERB} (.+?) (?:(?:can|may|might) )?includes?$",
                           re.IGNORECASE)


# "Types of pain felt by people with X include:", "Symptoms in children with X are:".
# "Signs of shock include:", "Symptoms of sepsis can include:": a harm's own signs.
_SIGNS_OF_HARM_LEAD = re.compile(
    r"\b(?:the )?(?:(?:warning|early|main|first) )?(?:symptoms?|signs?) (?:of|that (?:you|they|"
    r"someone) (?:have|has|may have|might have|are developing|is developing)) (?P<x>[\w' -]{2,40}?)"
    r" (?:include|includes|are|is|may include|can include|often include|to look out for|to "
    r"watch for)\s*:\s*$", re.I)
_PEOPLE_WITH_LEAD = re.compile(
    r"\b(?:symptoms?|signs?|types? of (?:pain|symptoms?)|problems?|pain|what)(?: \w+)? "
    r"(?:experienced |felt |reported |seen |found )?(?:by|in|among|of) (?:people|patients|"
    r"those|children|adults|someone|anyone|babies) (?:with|who have|who have had) "
    r"(?P<x>[\w' -]{2,60}?) (?:include|includes|are|is|may include|can include|often include)"
    r"\s*:\s*$", re.I)
_FIGURE_WORDS = re.compile(r"\d{2,}|\b(?:incidence|prevalence|population|each year|per year|"
                           r"a year|percent)\b|%", re.I)
_COMPLICATIONS = re.compile(r"\s*(?:the |any |serious |severe |further |other |possible |"
                            r"long-term )*(?P<organ>(?:heart|cardiac|eye|lung|kidney|brain|nerve|"
                            r"skin|liver|bone|joint) )?"
                            r"complications?\b(?! (?:of|from|with|in) (?!it\b|this\b))", re.I)


def complication_label(match: re.Match[str]) -> str:
    """Return "complication", or "<organ> complication" for "heart complications"."""
    organ = (match.group("organ") or "").strip().lower()
    return f"{'heart' if organ == 'cardiac' else organ} complication".strip()


# A place on the map ("Japan", "the upper Midwest", "northeastern states"): where cases
# are counted, which pages say with the same words as a risk factor.
_PLACE_ON_THE_MAP = re.compile(
    r"(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|upper|"
    r"lower|mid|north-?east(?:ern)?|north-?west(?:ern)?|south-?east(?:ern)?|south-?west(?:ern)?|"
    r"mid-?west(?:ern)?|mid-atlantic|pacific|atlantic|coastal)\s+)*"
    r"(?:america|europe|asia|africa|australia|oceania|scandinavia|japan|korea|china|taiwan|"
    r"india|canada|mexico|brazil|midwest|hemisphere|united states|united kingdom|"
    r"(?:states|countries|regions|provinces|counties|parts of the world)|north-?eastern|"
    r"north-?western|south-?eastern|south-?western|northern|southern|eastern|western)", re.I)


# Small outer parts a list of signs names only as where a sign shows ("dry, cracked lips",
# "swollen hands"): under a symptom heading they are no site of the illness.
_WHERE_A_SIGN_SHOWS = re.compile(r"(?:lips?|fingers?|toes?|hands?|ears?)", re.I)
# ... unless a preposition places them, alone or in a run ("redness of the eyes, lips").
_PLACED_IN_RUN = re.compile(r"\b(?:of|on|in|around|at|over|across|behind|inside|under|to|"
                            # "It affects the hands and feet": the verb places them
                            r"affects?|affecting|involves?|involving)\s+"
                            r"(?:(?:the|your|their|both)\s+)?(?:[\w-]+(?:,\s*|\s+(?:and|or)\s+)"
                            r"(?:(?:the|your|their)\s+)?){0,4}(?:[\w-]+\s+)?$", re.I)


def _rising_factor(said: str) -> str:
    """Return the factor a rising risk names: "people who use drugs" is drug use (a group's
    "who" clause would be cut away with the people left), "you get older" older age."""
    if _PEOPLE_LEAD.match(said):
        return pc.people_factor(said)
    if _PEOPLE_AGED.match(said):
        return pc.people_factor(pc.cut_clause(said))  # "people over 60": older age
    return p.factor_label(pc.cut_clause(said))


# "(people who) get it", "develop it": the pronoun as what people have.
_GETS_IT = re.compile(r"\b(?:get|gets|develop|develops|have|has|had|experience|experiences)"
                      r" it\b", re.I)
# A list with no subject of its own, which is the section's subject: "Symptoms include A
# and B", "Treatment may include X" under a heading naming a complication.
_SUBJECTLESS_LIST = re.compile(r"(?:the\s+)?(?:main\s+|common\s+|usual\s+|possible\s+)?"
                               r"(?:symptoms?|signs?|treatments?|treatment options|"
                               r"complications?|causes?|risk factors|tests?)\s+(?:\w+\s+)?"
                               r"(?:include|includes|are|is)\b", re.I)
# Sections where a "this" that is not the topic is a harm or a sign.
_HARM_TALK_KINDS = frozenset({p.COMPLICATION, p.SYMPTOM, p.TREATMENT, p.PROGNOSIS})
# What "prevent this" prevents is the sentence before's: "this (from happening)".
_THIS_HAPPENING = re.compile(r"\s*(?:this|that)(?: (?:from )?(?:happening|occurring|"
                             r"developing|getting worse))?\s*[.;]?\s*$", re.I)
# A group of people by their age: "people over 60", "adults aged 70 or more".
_PEOPLE_AGED = re.compile(r"^(?:in |among )?(?:people|persons|adults|children|patients|"
                          r"individuals|men|women)\s+(?:over|under|aged|older than|younger than|"
                          r"above|below)\b", re.I)
# A group of people first: "people who use drugs", "those with diabetes".
_PEOPLE_LEAD = re.compile(r"^(?:in |among )?(?:people|persons|adults|children|patients|those|"
                          r"individuals|men|women)\s+(?:who|with|that)\b", re.I)


def _people_factors(people: Sequence[Phrase]) -> list[Phrase]:
    """Return what each group of people has or is ("people with asthma" → asthma), the
    groups that name nothing left out."""
    # ("previously healthy young adults": health is no factor, their age is)
    people = [Phrase(_HEALTHY.sub("", ph.label), ph.level, _HEALTHY.sub("", ph.surface))
              if "healthy" in ph.surface.lower() else ph for ph in people]
    out = [Phrase(pc.age_span(ph.surface.strip(" .,;")) or _age_of_people(ph), ph.level,
                  ph.surface) for ph in people]
    # ("women aged 30 to 50": their sex as well as their ages; the span alone was kept)
    out = [*out, *(Phrase(pc.people_factor(groups[1]), ph.level, ph.surface)
                   for ph in out if ph.label.startswith("age ")
                   and (groups := pc.sex_and_age(ph.surface.strip(" .,;"))) is not None)]
    out = [Phrase(_GROUP_FACTOR_ARTICLE.sub("", ph.label), ph.level, ph.surface)
           if _PEOPLE_WORD.search(ph.surface) else ph for ph in out]
    if len(out) > 1 and {"male sex", "female sex"} <= {ph.label for ph in out}:
        # "men, women and children (of any age)": everyone, so no group is more at risk
        # ("children" is read as young age by then)
        out = [ph for ph in out if ph.label not in ("male sex", "female sex", "young age")
               and not _ANY_AGE.search(ph.surface) and not _BARE_GROUP.fullmatch(
                   ph.surface.strip(" .,;"))]
    return [ph for ph in out if ph.label and not pc.is_generic(ph.label)
            and not _ANY_AGE.search(ph.label)]


# "previously healthy", "otherwise healthy": how well a group was, no factor of the illness.
_HEALTHY = re.compile(r"\b(?:(?:previously|otherwise|perfectly|generally|fit and) )?healthy\s+",
                      re.I)
# A group named by its noun alone, beside both sexes: one part of everyone.
_BARE_GROUP = re.compile(r"(?:the )?(?:men|women|children|kids|adults|babies|infants|teenagers|"
                         r"adolescents|people)", re.I)
# "children of any age", "people of all ages": no age singled out.
_ANY_AGE = re.compile(r"\b(?:of|at) (?:any|all|every) ages?\b", re.I)


def _group_factor(said: str) -> str:
    """Return the factor a group of people is named by ("people who smoke": smoking; "older
    people": older age; "people with diabetes": diabetes), read from the group's own clause
    first (cleaning the words first cuts "who smoke" and leaves "people")."""
    said = said.strip()
    whole = pc.people_factor(said)
    return pc.age_factor(pc.clean_phrase(
        whole if whole != said else pc.people_factor(pc.clean_phrase(said))))


_TRAILING_MODALS = re.compile(r"(?:\s+(?:may|might|can|could|will|would|also|often|usually|"
                              r"generally|tend to|seem to|all|both))+\s*$", re.IGNORECASE)


# A lead-in listing what makes care or diagnosis hard, not its means.
_NOT_MEANS_LEAD = re.compile(r"\b(?:challenges?|difficult(?:y|ies)|limitations?|pitfalls?|"
                             r"obstacles?|barriers?|drawbacks?) (?:of|in|to|with|for)\b", re.I)
_ITS_COMPLICATIONS = re.compile(r"(?:the |any |serious |possible )?complications? (?:of|from|"
                                r"with|due to) (?P<of>.+)", re.I)
# What a sign is made of when "it causes X to develop": patches, scales, spots (no process).
_SIGN_FORMED = re.compile(r"\b(?:patch(?:es)?|plaques?|scales?|spots?|rash(?:es)?|blisters?|"
                          r"sores?|bumps?|lumps?|ulcers?)\b", re.I)
# The word that names a remedy a choice: what follows it says for whom.
_CHOICE_WORD = re.compile(r"\b(?:choice|option)\b", re.IGNORECASE)
# Cases of the topic by how bad or how many: "severe cases", "some people".
_CASES_OF_KIND = re.compile(r"(?:(?:the )?(?:most |very |more |less )?(?:severe|serious|mild|"
                            r"milder|moderate|advanced|early|late|rare|some|many|most|few|"
                            r"difficult|resistant|persistent|chronic|acute|complicated|"
                            r"life-threatening|extreme|worst|selected|uncomplicated|"
                            r"certain) )+(?:cases?|forms?|"
                            r"people|patients|illness|disease)", re.I)


def _bare_verb(word: str) -> bool:
    """Return whether a one-word member is a verb in its base form ("smoke", not "burns")."""
    if " " in word or not word.isalpha():
        return False
    return word.lower() in all_lemmas(word.lower()).get("VERB", ())


# A second group of people in a list of groups: "A or people with B", ", and those who C".
_OR_PEOPLE = re.compile(r",?\s+(?:or|and)\s+(?=(?:people|those|anyone|patients|individuals|"
                        r"children|adults|women|men)\s+(?:with|who)\b)", re.IGNORECASE)


def _described_sign(trig_text: str, left: str) -> str:
    """Return the sign a "described as" phrase is about: the one it names itself ("People
    describe the pain as ..."), else the words before it ("The pain is described as ...")."""
    named = _DESCRIBES_SIGN.search(trig_text)
    return named.group(1) if named else pc.clean_phrase(left_side(left))


def _who_factors(left: str) -> list[Phrase]:
    """Return what "those who smoke heavily" do, a factor for each clause ("who smoke or
    drink heavily", "who have A or B"); none unless every clause names one."""
    # ("People who work with animals may have a higher risk": the modal is the verb's)
    said = _TRAILING_MODALS.sub("", left.strip())
    who_do = _WHO_CLAUSE.search(said)
    if who_do is None:
        return []
    clauses = who_members(who_do.group(0))
    acts = [pc.people_factor(x) for x in clauses]
    if all(act and act != x and not pc.is_generic(act) for act, x in zip(acts, clauses,
                                                                       strict=True)):
        # "Children, the elderly and people who are obese": the groups listed before too
        head = said[:who_do.start()]
        lead = _LIST_JOINT_END.sub("", head)
        earlier = _people_factors(phrases(lead, people=True)) if lead != head else []
        return [*earlier, *(Phrase(act, None, who_do.group(0)) for act in acts)]
    return []


# The joint before a list's last member: "A, B and " (or "A, B, or ").
_LIST_JOINT_END = re.compile(r"(?:,\s*|\s+)(?:and|or)\s*$|,\s*$", re.IGNORECASE)


# "people with a weak immune system": what the group has, named without its article.
_GROUP_FACTOR_ARTICLE = re.compile(r"^(?:an?|the)\s+(?=\w)", re.I)


def _age_of_people(ph: Phrase) -> str:
    """Return the age a group is said to be of, read from its words as written ("children
    under the age of one": the cleaned label loses "of one"), else what the group has."""
    said = pc.people_factor(ph.surface.strip(" .,;"))
    return said if said in ("young age", "older age") else pc.people_factor(ph.label)


# A "who" clause of a group of people; two or more name as many factors.
_WHO_EACH = re.compile(r"\bwho\s", re.I)




# "- antibiotics (e.g. zorbacillin)": an item's class and its examples, each a member.
# (Not a place or a time: "(for example on the legs)" says where, it names no member.)
_EXAMPLES_IN_BRACKETS = re.compile(r"\((?:e\.g\.,?|eg\b|for example,?|such as|including|like)\s*"
                                   r"(?!(?:on|in|at|from|after|during|when|if|to|for|with|by)\b)",
                                   re.I)
# A word for how a pain feels, alone in a list of signs ("Pain, burning or tingling").
# ("aching" stays a sign of its own: pages list it beside aches.)
_FELT_PAIN = re.compile(r"(?:burning|stabbing|throbbing|shooting|searing|gnawing)", re.I)
# A phrase that starts with where something is, not what it is.
_PLACE_LEAD = re.compile(r"(?:most often |mostly |mainly |usually |often )?(?:on|in|at|around|"
                         r"under|over|behind|inside|along|across|near) (?:the|your|their|a|an|"
                         r"one|both)\b", re.I)
# Signs that can leave marks behind them ("the blisters ... may leave scarring").
_MARKS = re.compile(r"\b(?:rash|rashes|blisters?|scabs?|sores?|spots?|lesions?|ulcers?|wounds?|"
                    r"bumps?|pustules?|boils?|burns?)\b", re.I)
# "X should be given (within ...) to prevent Y": what is given is what prevents.
_GIVEN_TO = re.compile(r"^(?:[\w ,]*?,\s*)?(?P<np>[\w'() -]{2,60}?)\s+(?:should|must|can|may|will|"
                       r"needs? to|is|are)\s+(?:be\s+)?(?:given|started|begun|used|taken|"
                       r"prescribed|applied|worn|done|carried out)\b", re.I)
# "The risk of Y is reduced for children who receive X", "... is lowered by X".
_RISK_REDUCED = re.compile(
    r"\b(?:the )?(?:risk|chance|likelihood) of (?:developing |getting )?(?P<y>[\w' -]{2,50}?)"
    r" (?:is|are|can be|may be) (?:greatly |much |significantly )?(?:reduced|lowered|decreased|"
    r"cut)(?: by| with| in| for)(?: (?:people|children|patients|those|anyone|adults|babies)"
    r" who (?:receive|take|get|have|are given|are treated with))? (?P<x>[\w' ()-]{2,60}?)"
    r"(?=\s*(?:[,.;:]|$| to | and | or | if | when ))", re.I)
_RISK_REDUCED_WORDS = ("reduced", "lowered", "decreased", "cut")
# "complications stemming from X" (a participle after a noun), not "is due to X".
_POSTMODIFIER = re.compile(r"(?:resulting|arising|stemming) from\b", re.I)
# "A red rash appears and then turns into blisters" (the trigger reads only " and "):
# the sign that turns is the noun before its own verb and the joining word.
_SIGN_STAGE_JOIN = re.compile(r"\s+(?:first |usually |often |soon )?(?:appears?|develops?|"
                              r"forms?|starts?|begins?|spreads?|emerges?|comes? (?:up|out))"
                              # ("spots appear on the tummy and back, then turn into X")
                              r"(?:\s+(?:on|in|over|around|across)\s+[^,.;]{1,40}?)?"
                              r"(?:\s*,\s*(?:which|and(?: it| then)?|then)?|\s+(?:which|and(?: it|"
                              r" then)?|then))\s*$", re.I)
# "causes it to swell", "causes the body's cells to clump": a process, not an outcome.
# "cause the blood pressure to drop": a measure pushed out of its range names the harm.
_CAUSED_STATE = re.compile(r"\s*(?:the |your |a person's |their )?(?P<m>blood pressure|blood sugar|"
                           r"heart rate|body temperature)\s+to\s+(?P<v>drop|fall|plummet|go down|"
                           r"rise|climb|increase|go up|soar)\b", re.I)
# "the disease becomes chronic and causes ...": the disease is still the subject.
_BECOMES_AND = re.compile(r"\s+(?:becomes?|turns?|gets?|grows?) (?:chronic|severe|worse|"
                          r"serious|long-term|persistent|life-threatening) and\s*$", re.I)
_CAUSATIVE = re.compile(r"\s*(?:it|them|this|these|those|(?:the |your |a person's )?(?:body|"
                        r"immune system)(?:'s)?(?: [\w-]+){0,2}?|(?:the |your )?(?:[\w-]+ ){0,2}"
                        r"(?:cells?|tissues?|vessels?|arteries|walls?|organs|skin|flesh|muscles?|nerves?))"
                        r"\s+to\s+[a-z]+"
                        r"|\s*(?:[\w-]+ ){1,4}?to (?:form|develop|build up|grow|collect|gather|"
                        r"clump|appear|stick)\b", re.I)
# Objects that name no thing: a time ("years after the rash clears") or an action
# ("reducing inflammation", "improving nerve function").
_NOT_A_THING = re.compile(r"(?:around|about|up to|roughly|approximately) (?:\d|one|two|three|four|"
                          r"five|six|seven|eight|nine|ten|a few|several)\b|(?:areas?|places?|"
                          r"parts?) where\b|(?:die|dies|break|breaks)$|"
                          r"(?:even |many |several |a few |some )?(?:(?:\d+|one|two|three|four|"
                          r"five|six|seven|ten)(?: (?:to|or) (?:\d+|two|three|four|five|six|"
                          r"seven|ten))? )?(?:years?|months?|"
                          r"weeks?|days?|hours?) (?:after|later|before)\b|(?:within|in|after|over|"
                          r"by|for) (?:about |around |up to )?\d|(?:reducing|improving|"
                          r"preventing|increasing|decreasing|helping|keeping|making|avoiding|"
                          r"stopping|allowing|enabling)\b", re.I)
# Time and people phrases that a loose match takes for a subject ("for most people symptoms").
_NOT_A_SUBJECT = re.compile(r"(?:within|in|after|over|by|for) (?:about |around |up to )?\d|for "
                            r"(?:most|many|some|all) (?:people|patients|children)\b", re.I)
_COMPLICATION_OF = re.compile(r"^(?:serious |severe |rare |possible )?complications? (?:with|in|"
                              r"of|affecting|involving) (?:the |their |your |his |her )?"
                              # ("in the blood vessels": a part of two words)
                              r"((?:blood |lymph |nervous |spinal |heart )?[a-z]+)"
                              r"(?: (?:of|in|that|which|supplying)\b.*)?$", re.I)
_ILLNESS_HEAD = re.compile(r"\b(?:disease|syndrome|disorder|illness)s?$",
                           re.I)
# Subjects that are events or acts, not agents: "missed diagnosis causes ...".
_RELATED_LEFT = re.compile(r"\b([a-z]+)(?:-related)?\s*$", re.I)
_A_COMPLICATION = re.compile(r"\bcomplications?$", re.I)
# A stage or a severity said before the topic's name leaves it the topic.
_STAGE_LEAD = re.compile(r"(?:(?:mild|moderate)(?: to |-| or |/| and/or )(?:moderate|severe)|"
                         r"untreated|severe|late|late-stage|early|early-stage|acute|chronic|"
                         r"advanced|mild|moderate|recurrent|persistent|complicated|active|"
                         # "first-line therapy for symptomatic disease": the topic's own cases
                         r"symptomatic|asymptomatic|refractory|progressive|relapsing|extensive|"
                         r"organ-threatening|life-threatening|"
                         # "Simple grebble fits do not cause X": a form, still the topic's
                         r"simple|uncomplicated|typical)\s+",
                         re.I)
_NOT_AGENT = re.compile(r"(?:whilst|while|although|if|when|less|more|fewer|increased|decreased|"
                        r"early|late|missed|delayed|resolution|recognition|awareness|diagnosis)\b",
                        re.I)
# A delay or a shortfall in care named as what leads to harm ("delayed treatment may lead
# to", "inadequate treatment can result in"): a risk factor for that harm.
_DELAY = re.compile(r"^(?:a |the )?(?:(?P<late>delayed|late|missed|slow)(?:\s+(?:or|and)\s+"
                    r"(?:delayed|late|missed|slow))?\s+(?P<what>diagnosis|treatment|therapy|"
                    r"recognition|care)|(?P<poor>inadequate|incomplete|insufficient)\s+"
                    r"(?P<how>treatment|therapy)|(?P<lack>(?:lack|absence) of (?:early |prompt |"
                    r"timely )?(?:treatment|therapy|diagnosis))|(?P<delay>delays?) in "
                    r"(?P<of>diagnosis|treatment|therapy|care|diagnosing|treating))$", re.I)


def delay_label(m: re.Match[str]) -> str:
    """Name a delay in one way for every page: "late or missed diagnosis" → "delayed diagnosis"."""
    if m.group("late"):
        what = m.group("what").lower()
        return f"delayed {'diagnosis' if what == 'recognition' else what}"
    if m.group("delay"):  # "delays in treatment": the same delay
        what = m.group("of").lower()
        return f"delayed {'diagnosis' if what.startswith('diagnos') else 'treatment'}"
    if m.group("poor"):
        return f"{m.group('poor').lower()} {m.group('how').lower()}"
    return m.group("lack").lower()


_PREPOSITION_LEAD = re.compile(r"(?:in|on|at|of|for|from|to|by|with|either|right|left|few|a few|"
                               r"majority|most|many)\b", re.I)
# ", which is spread by X" closing a list item or an answer: a clause about the item.
_ITEM_RELATIVE_TAIL = re.compile(r",\s*(?:which|that|who)\s+(?:is|are|was|were|can|may|lives?|"
                                 r"spreads?|gets?)\b.*$"
                                 # "IV drug use, especially if needles are shared": when it
                                 # matters most, no further member
                                 r"|,\s*(?:especially|particularly)\s+(?:if|when)\b.*$",
                                 re.I | re.S)
# ", and a ...": a new clause's subject after a joint, named with its determiner.
_NEW_CLAUSE_SUBJECT = re.compile(r",\s+(?:and|but|while|whereas)\s+(?=(?:a|an|the|this|these|your|"
                                 r"some|most|many|another)\s)", re.I)
# The class a typed section's items belong to, said as a list's lead ("The most serious
# are X and Y" under complications: complications include X and Y).
_CLASS_OF_KIND = {p.SYMPTOM: "Symptoms", p.COMPLICATION: "Complications", p.RISK: "Risk factors",
                  p.TREATMENT: "Treatments", p.DIAGNOSIS: "Tests"}
_MOST_OF_KIND = r"(?:(?:two|three|four) )?(?:most|main|commonest)"
_RANKED_BY = (r"(?:common|serious|frequent|important|dangerous|severe|typical|usual|worrying|"
              r"significant|concerning|feared|worrisome)")
_MOST_ARE = re.compile(rf"^\s*(?:the )?{_MOST_OF_KIND}(?: {_RANKED_BY})?(?: ones?)? "
                       r"(?:are|is|include)\s+(?=\S)", re.I)
_ARE_THE_MOST = re.compile(r"^\s*(?P<list>[^.;:]{3,120}?) (?:are|is) (?:the |by far the )?"
                           rf"{_MOST_OF_KIND} {_RANKED_BY}(?: ones?)?\s*[.;!]?\s*$", re.I)


def most_are_class(text: str, lead: str) -> str:
    """Return "The most serious are X and Y" (or "X and Y are the most serious") as "<lead>
    include X and Y": under a typed heading the items are of its class, left unsaid."""
    m = _MOST_ARE.match(text)
    if m is not None:
        return f"{lead} include {text[m.end():]}"
    m = _ARE_THE_MOST.match(text)
    if m is not None and not re.match(r"\s*(?:it|this|they|these|those|that)\b", text, re.I):
        return f"{lead} include {m['list']}."
    return text


_CARE_WORDS = re.compile(r"\b(?:treatment|therapy|management|care)\b", re.I)
# "Some people", "a few patients": part of those who have it.
_SOME_WHO = re.compile(r"\s*(?:some|a few|few|a minority of|a small number of|not all|many)\b",
                       re.I)
# People named by another illness or state they have: "patients with kidney failure".
_OTHER_ILLNESS_PEOPLE = re.compile(r"\b(?:with|who have|who has|who had)\b", re.I)
# People counted or named as a group right after a verb: "most people", "8 out of 10
# patients", "nearly all children with it".
_CURED_PEOPLE = re.compile(r"\s*(?:(?:it|this) in )?(?:(?:about|around|nearly|almost|over|more "
                           r"than|up to|at least) )?(?:most|many|some|all|nearly all|almost all|"
                           r"the (?:vast )?majority of|half of|(?:\d+|one|two|three|four|five|six|"
                           r"seven|eight|nine) (?:out of|in) (?:\d+|ten)|\d+(?:\.\d+)? ?(?:%|per "
                           r"?cent)(?: of)?)(?: the)? (?:people|patients|children|adults|cases)\b",
                           re.I)
_PEOPLE_WORD = re.compile(r"\b(?:people|persons?|adults|children|patients|those|individuals|"
                          r"men|women|girls|boys|males|females|survivors|sufferers|travell?ers|"
                          r"tourists|babies|infants|newborns|toddlers|kids|teenagers|"
                          r"adolescents)\b", re.I)
# "more likely to be hospitalised / to die": the event as a noun.
_EVENT_VERB = re.compile(r"\s*(?:be )?(hospitali[sz]ed|admitted to (?:the )?hospital|die|dying|"
                         r"need intensive care|need to go to (?:the )?hospital|need (?:to stay "
                         r"in )?(?:the )?hospital(?: care| treatment)?)\b", re.I)
_EVENTS = {"hospitalized": "hospitalization", "hospitalised": "hospitalization",
           "admitted to hospital": "hospitalization", "admitted to the hospital":
           "hospitalization", "die": "death", "dying": "death",
           "need intensive care": "intensive care"}
# A list's lead naming what something causes: "Nerve pain can cause:".
# "It can occur as a complication of:", "It has been linked to:", "It may occur in people
# with:", "It often follows:": the items raise the risk of the subject (read only when the
# subject is the topic; "as a complication of" was read as a list of its complications).
_RISK_ITEMS_LEAD = re.compile(
    r"^(?P<subj>[\w' -]{1,60}?) (?:(?:can|may|might|will|often|usually|also|sometimes|"
    r"mostly|mainly|most often|commonly|typically|has been|have been|is|are|be|been|"
    r"strongly) )*(?:(?:occurs?|develops?|happens?|arises?|comes? on|starts?|begins?) "
    r"(?:as a (?:complication|result|consequence) of|(?:(?:mostly|mainly|more often|most "
    r"often|often|usually) )?in (?:people|those|patients|children|adults) (?:with|who "
    r"(?:have|had|are))|after)|(?:linked|associated|connected) (?:to|with)|follows?|"
    r"(?:brought on|set off) by)\s*:\s*$", re.I)
_CAUSES_LEAD = re.compile(r"(?:^|[,;] )(?P<subj>[\w' -]{1,60}?) (?:can |may |might |will |often |"
                          r"usually |also |sometimes )*(?:cause|causes|lead to|leads to|result in|"
                          r"results in|trigger|triggers)(?: either| one of| any of|"
                          r" one or more of)?(?: the following| these)?(?:(?: [\w-]+){0,3} "
                          r"(?:symptoms|problems|issues|complications|signs|effects|changes)"
                          r"(?:,? (?:which|that) (?:may|can|might|could) include|,? such as|"
                          r",? including| like)|"
                          r" things like| such as)?\s*:\s*$", re.I)
# Signs and harms: a body part alone is neither.
_SIGN_OR_HARM = frozenset({v.HAS_SYMPTOM, v.HAS_COMPLICATION})
# ", and scratching will spread it": a clause with its own subject and verb after a comma.
_AND_OWN_CLAUSE = re.compile(r",\s+(?:and|but|so)\s+(?=(?:[\w-]+\s+){1,2}(?:will|would|can|could|"
                             r"may|might|should|must|makes?|spreads?)\b)", re.I)
# An item that says what people do or get: "- Infants and toddlers may be fussy", "- At any
# age, children may get a fever and develop a sore throat".
_PEOPLE_DO_ITEM = re.compile(
    r"^\W*(?:(?:at any age|in (?:babies|children|adults)|sometimes|often),\s*)?(?:(?:most |many |"
    r"some |young |older |your )?(?:infants|toddlers|babies|children|kids|people|adults|patients|"
    r"your child|you|they)(?: and (?:infants|toddlers|babies|children|kids|adults|teenagers))?"
    r"(?: with [\w-]+)?)\s+(?:(?:may|can|might|will|often|usually|sometimes|also|then)\s+)*"
    r"(?:be|get|gets|have|has|develop|develops|feel|feels|are|is|become|becomes|lose|loses|"
    r"seem|seems|look|looks)\b", re.I)
# "should be checked daily": how often, nothing checked.
_HOW_OFTEN = re.compile(r"^(?:daily|weekly|monthly|yearly|hourly|regularly|often|frequently|"
                        r"again|closely|carefully|routinely|repeatedly|periodically|"
                        r"(?:every|each|twice|once|at least once) (?:a |an |per )?\w+)$", re.I)
_PART_LEAD = re.compile(r"^(?:(?:affecting|involving|in|of|on|to)\s+)?(?:the |your |their |his "
                        r"|her |its )?", re.I)
# "Resulting conditions can include:", "The resulting problems may be:": what a harm named
# before leads to (a sentence before it that "can cause" them named no cause of the topic).
_RESULTING_LEAD = re.compile(r"^(?:the |possible |these |such )?(?:resulting|ensuing|"
                             r"consequent|later|long-term) (?:conditions|problems|complications|"
                             r"effects|harms|health problems)\b[^.:]*:$", re.I)


def _how_a_part_is(item: str) -> bool:
    """Return whether an item is a word for how a part is ("red", "swollen", "watery")."""
    return len(item.split()) == 1 and (pc.is_modifier(item) or (
        item.lower().endswith(("en", "y")) and not item.lower().endswith(_NOUN_ENDS)))


_NOUN_ENDS = ("ity", "ogy", "psy", "phy", "tomy", "pathy")
_CHANGE_VERBS = ("become", "turn", "feel", "look", "go:", "goes", "get", "appear")
# A lead that names a part and how it changes, the items saying to what: "The affected skin
# may become:", "It causes an area of skin to suddenly become:" ("- red", "- hot": red skin).
_PART_CHANGES_LEAD = re.compile(
    # (the subject's form first: "It causes an area of skin to become:" names the skin)
    r"(?:\b(?P<subj>[\w' -]{1,60}?) (?:can |may |might |will |often |usually |also )*"
    r"(?:causes?|makes?) |^)(?:(?:the|your|their|an?|affected|area|areas|patch|patches|of|parts?|"
    r"some|one) )*(?P<part>[a-z][\w -]{1,30}?) (?:(?:can|may|might|will|often|usually|also|to|"
    r"suddenly|quickly|then|soon) )*(?:becomes?|turns?|feels?|looks?|goes|go|gets?|appears?)"
    r"\s*:\s*$", re.I)
# A lead's opening before its subject: "Without treatment(,) it can cause:", "In rare cases
# it can cause:" say it of the topic as "It can cause:" does.
_UNTREATED_OPENING = re.compile(r"^(?:without (?:prompt |early |quick )?treatment|if (?:it is "
                                r"|it's |left |not )?(?:not )?(?:treated|untreated)(?: (?:quickly|"
                                r"early|promptly))?|in (?:rare|some|severe) cases|rarely|"
                                r"occasionally),?\s+", re.I)
# What follows a lead's subject before its "cause": "the infection can spread and (cause:)",
# "the germs release poisons that (can cause:)".
_SUBJECT_VERB_TAIL = re.compile(r"\s+(?:(?:can|may|might|will|could|often|usually|then|quickly)\s"
                                r".*|(?:that|which))$", re.I)
# What is the topic's own in a lead-in: its germs, their toxins, its (severe) cases.
_OWN_AGENT = re.compile(r"(?:the |these |its |this |their )?(?:toxins?|poisons?|bacteri(?:a|um)|"
                        r"germs?|virus(?:es)?|infection)\b(?! (?:in|of|from|to) )|"
                        r"(?:[\w-]+ )?(?:release|make|produce)s? (?:toxins?|poisons?)$|"
                        r"(?:some |many |most |severe |serious |untreated |advanced |late )?"
                        r"cases$", re.I)
# What treatment does when a purpose names an outcome: "reduce the severity of symptoms"
# (it works), "reduce the risk of complications" (it prevents them).
# What is stopped that is the illness reaching people: "the spread", "them getting ill".
_SPREAD_OR_ILL = re.compile(r"^(?:the )?spread(?: of (?:the )?(?:infection|illness|disease|germs?|"
                            r"bacteria|virus))?$|^(?:them|you|people|others|him|her|anyone)?\s*"
                            r"(?:from )?(?:getting|becoming|falling) (?:ill|sick|infected)$", re.I)
# What a remedy eases that is the illness itself ("to shorten the illness"): it works on it.
_SEVERITY = re.compile(r"^(?:the |your )?(?:severity|duration|length|intensity)(?: of .*)?$|"
                       r"^(?:your |the )?symptoms$|^(?:the |this )?(?:(?:progression|spread|"
                       r"course) of (?:the )?)?(?:illness|infection|condition|disease)$", re.I)
_RISK_OF = re.compile(r"^(?:the |your )?(?:risk|chance|likelihood)s? of (?:developing |getting |"
                      r"having )?(?P<what>.+)$", re.I)
_LESS_RISK = re.compile(r"\b(?:less|lower|reduced|smaller) (?:risk|chance)(?: there is)? of "
                        r"(?:developing |getting )?(?P<what>[\w' -]{2,40}?)(?: developing)?"
                        r"(?=[.,;]|$)", re.I)
# Relation phrases that name their own subject.
_FIXED_SUBJECTS = {"early-treatment": "early treatment", "treated-in": "hospital treatment"}


def m_surface(left: str, right: str, subject: str) -> str:
    """Return the words a fixed-subject claim is anchored on (the subject, as written)."""
    text = f"{left} {right}"
    return subject if subject.lower() in text.lower() else text.strip()[:80]


# "[1]", "[12][13]": reference marks after a value.
_CITATION = re.compile(r"\[\d{1,3}\]")
# Reference marks after a lead-in's colon: "... include: (2)", "... include:[3]".
_IF_CLAUSE = re.compile(r"^\s*(?:if|when)\s+(?:there (?:is|are)|the (?:patient|person|child)"
                        r" (?:is|has|was|had)|you (?:are|have|were|had)|they (?:are|have))\s+(.+)$",
                        re.IGNORECASE)
_TRAILING_CITES = re.compile(r"(?<=:)\s*(?:[\[(]\d{1,3}(?:[,–-]\s*\d{1,3})*[\])]\s*)+$")


_VOTING_ITEMS = 12  # items of a list whose relation phrases vote on what it lists


# "... if it's diagnosed and treated promptly": a condition of the sentence's care, no test.
_IF_DIAGNOSED = re.compile(r"\b(?:if|when|once|until|unless)\s+(?:it(?:'s| is)|they(?:'re| are)|"
                           r"you(?:'re| are)|the (?:condition|illness|infection|disease) is)?\s*"
                           r"(?:\w+ )?diagnosed\b"
                           # "as soon as the diagnosis is suspected": when, no test
                           r"|\b(?:as soon as|once|when|before|after|until) (?:the |a )?"
                           r"diagnosis (?:is|has been|was) (?:suspected|made|confirmed|considered)"
                           # "for everyone diagnosed with it", "people newly diagnosed": who
                           r"\b|\b(?:everyone|anyone|people|patients|those|children|adults|"
                           r"person|someone)(?: who (?:is|are|was|were|have been|has been))?"
                           r"(?: newly| recently)? diagnosed\b"
                           # "within 12 hours of diagnosis", "at diagnosis": when, no test
                           r"|\b(?:within|after|before|since|following)\s+(?:[\w-]+\s+){0,3}?"
                           r"(?:of\s+)?(?:the\s+|a\s+)?diagnosis\b"
                           r"|\bat (?:the time of )?diagnosis\b")
# Where a second clause opens after the first: "Anyone can get it, but it is ...".
_BUT_CLAUSE = re.compile(r",\s+but\s+|;\s+(?:but\s+)?", re.IGNORECASE)
# A word right before "therapy is" that names which therapy: "Antiviral therapy is ...",
# "Light treatment is ..." (a bare "Treatment is ..." or "Usually, treatment is ..." is care).
_NAMED_THERAPY = re.compile(r"(?<![\w-])(?!(?:the|a|an|usual|usually|initial|first|current|"
                            r"often|typically|generally|and|or|but|so|your|their|its)\b)"
                            r"[A-Za-z][\w-]*\s+$", re.IGNORECASE)


# Wordings whose match names what an act of care is done to ("the dead tissue is cut away",
# "abscesses may need to be drained"): the act is named by the thing and this noun.
_ACT_NOUNS = ("removal", "drainage", "cleaning", "bite")
# A condition put first ("If you cannot close your eye, you will need X"): its denial is
# the condition's, not the care's.
_LEAD_IF_CLAUSE = re.compile(r"^\s*(?:if|when|unless|once|whenever)\b[^,;]*,\s*", re.I)
# A pronoun and its verb taken for the thing a figure is of: "It is (clear by six months)".
_IT_IS = re.compile(r"(?:it|this|that|there|they)\s+(?:is|are|was|were|has|have)", re.I)
# Limbs and their parts, named as what is removed: their removal is an amputation.
_LIMBS = re.compile(r"(?:(?:an?|the|one|their|your|affected|infected)\s+)?(?:arms?|legs?|limbs?|"
                    r"feet|foot|hands?|fingers?|toes?)(?:\s+(?:or|and)\s+(?:an?\s+)?(?:arms?|"
                    r"legs?|limbs?|feet|foot|hands?|fingers?|toes?))?", re.I)


def _in_front(name: str) -> str:
    """Return a name as it stands before an act's noun, its last word singular ("abscesses"
    drained: abscess drainage), as act_names.act_noun names an act of prevention."""
    *lead, last = name.split()
    if not lead and last.istitle():  # ("Wounds may need to be drained": capital as it leads)
        last = last.lower()
    return " ".join((*lead, label_key(last) or last if last.isalpha() and last.islower()
                     else last))


# "the risk of X and (of) developing Y": two harms whose risk rises.
_AND_DEVELOPING = re.compile(r"\s+and (?:of )?(?:developing|getting|having) ", re.I)
# "(can lead to) a serious complication called X": the complication named.
_COMPLICATION_CALLED = re.compile(r"^\s*(?:a |an |the )?(?:(?:rare|serious|painful|debilitating|"
                                  r"common|long-term|possible|potentially \w+|severe|further) )*"
                                  r"complications? (?:called|known as|named) (?P<x>[^.;]+)", re.I)
# "X — also known as Y — is an infection that ...", "X, also called Y, is ...": the other
# name set aside between dashes or commas.
_ALIAS_ASIDE = re.compile(r"\s*(?:[—–]|\s-|,)\s*(?:also |sometimes |commonly )?(?:known as|called|"
                          r"named|referred to as)\s[^—–,]{1,60}?\s*(?:[—–]|-\s|,)\s*", re.I)
# A part of the body said to be at risk: "(treatment is needed if) organs are at risk".
_ORGANS_AT_RISK = re.compile(r"\b(?:organs?|(?:the |your )?(?:eyes?|heart|lungs?|kidneys?|"
                             r"liver|brain|nerves?|sight|vision))\s*$", re.I)
# "(Other) causes of a rash include": what the causes are causes of, and whether they are
# other than the illness.
_CAUSES_OF = re.compile(r"\b(?:causes?|culprits?) of (?P<x>[\w' -]+?) (?:is|are|include|includes|"
                        r"can include|may include)\b", re.I)
_OTHER_CAUSES = re.compile(r"^\s*(?:the |some |many )?other (?:possible |common )?causes?\b", re.I)
# What a test finds, named as a class of germ or as the cause.
_FOUND_GERM = re.compile(rf"(?:{_GERM_WORD}|organisms?|microbes?|pathogens?|cause|infection)",
                         re.I)
# People named as whom care is for: "(used) for people with X", "in patients who ...".
_FOR_PEOPLE_WITH = re.compile(r"\s*(?:(?:for|in) )?(?:(?:some|many|most|all|other) )?(?:people|"
                              r"patients|those|children|adults|anyone|individuals) (?:with|who)\b",
                              re.I)
# Whom a relation holds for, after what it names: "(may trigger it) in some people".
# ("... it in people who are prone to it", "... it in people with eczema": whom, too)
_IN_SOME_PEOPLE = re.compile(r"\s+in (?:(?:some|certain|many|most|a few|susceptible|"
                             r"predisposed|genetically (?:susceptible|predisposed)) (?:people|"
                             r"patients|individuals|persons|cases|adults|children)\b|(?:people|"
                             r"patients|those|individuals|children|adults) (?:who|with|that)\b)"
                             r".*$", re.I)
# A fact box's field line read by its own relation phrase ("Prevention: hand washing").
_FIELD_LINE = re.compile("|".join(f"(?:{t.pattern.pattern})" for t in p.TRIGGERS
                                  if t.name.endswith("-field")), re.I)
# What "recommend" names under prevention, when it is a vaccine.
# The words that name a vaccine or a dose of one.
_VACCINE_WORD = r"(?:vaccines?|vaccinations?|immuni[sz]ations?|jabs?|boosters?)"
_VACCINE_NAMED = re.compile(rf"\s+(?:the |a |an )?(?:[\w-]+ ){{0,3}}?{_VACCINE_WORD}\b",
                            re.IGNORECASE)
# "Vaccination against it is not available", "No vaccine is available yet": none to give.
_VACCINE_OFFER = re.compile(
    r"^\s*(?:(?:an?|the)\s+)?(?:(?:preventive|preventative|effective|safe)\s+)?"
    r"(?:vaccines?|vaccination|immuni[sz]ation)(?:\s+(?:against|for)\s+"
    r"[\w' -]{2,40}?)?\s+(?:is|are)\s+(?P<no>not\s+|n't\s+)?(?:yet\s+|now\s+|currently\s+|"
    r"routinely\s+|also\s+|widely\s+)?(?:available|licensed|approved)\b|^\s*(?P<none>no)\s+"
    r"(?:vaccines?|vaccination)\s+(?:is|are)\s+(?:yet\s+|currently\s+)?(?:available|licensed|"
    r"approved)\b", re.I)
# "There is no cure or vaccine", "no specific prevention or cure": a second class denied.
_MORE_DENIED = re.compile(r"\s*,?\s*(?:or|nor)\s+(?:an?\s+|any\s+)?(?:(?:specific|effective|"
                          r"proven|known|licensed|approved)\s+)?(?P<noun>cure|vaccine|"
                          r"treatment|test)s?\b", re.I)


class DocumentRules:
    """Apply the rules to one document; :meth:`run` returns its raw claims."""

    def __init__(self, doc: Document, topic: str, aliases: tuple[str, ...] = ()) -> None:
        self.doc = doc
        self.topic = topic
        set_whole_names((topic, *aliases))  # "hand, foot and mouth disease" is no list
        # The tails untail() cuts ("... for <topic>"), each with how much it cuts: made once,
        # not four strings per name of every claim.
        self._tails = tuple((prep + topic.lower(), len(prep + topic))
                            for prep in (" for ", " of ", " in ", " with "))
        self._tail_ends = tuple(tail for tail, _ in self._tails)
        self.topic_key = label_key(topic)
        self.topic_keys = {self.topic_key, *(label_key(a) for a in aliases)} - {""}
        # A topic named in the plural ("grebble fits", when the page also writes "a
        # grebble fit"): a sentence's "They" is the topic.
        self._plural_topic = self.topic_key != topic.lower().strip() and re.search(
            rf"\b(?:a|an|one|each|the first) {re.escape(self.topic_key)}\b", doc.text,
            re.IGNORECASE) is not None
        # "grebble shock" for "grebble shock syndrome": the names the resolver joins to the
        # topic anyway, known here so that the rules read them as the topic's own sentences.
        self.topic_keys |= {short for k in tuple(self.topic_keys) for short in kind_free_names(k)}
        head = self.topic_key.split()[-1] if self.topic_key else ""
        # "The syndrome causes a rash": a kind word left on its own is the topic, and so is
        # the kind the page defines it as ("X is a rare infection ...": "risk of infection").
        defined = self._definition(doc)
        self.kind_head = head if head in KIND_WORDS else (
            defined.group("k").lower() if defined is not None else None)
        # "X is a bacterial infection of the skin": "skin infections" name X's own class.
        self.kind_words = frozenset(re.findall(r"[\w-]+", defined.group(0).lower())) \
            if defined is not None else frozenset()
        # "... a rare infection of the deep tissues, usually caused by X": the definition's
        # own words said again name the topic (the whole sentence: its sites may be long).
        self._defined_words = frozenset(re.findall(r"[\w-]+", defined.string.lower())) \
            if defined is not None else frozenset()
        # "the syndrome", "this disease": the topic's own head noun, pointed back to.
        self.head_alias = re.compile(rf"^(?:the|this) {re.escape(head)}$", re.IGNORECASE) \
            if len(head) > 3 else None
        self.topic_words = tuple(w for w in {topic.lower(), self.topic_key,
                                             *(a.lower() for a in aliases)} if w)
        # "How is grebble fever spread?" asks what "How is it spread?" asks: headings name
        # the topic where the heading words expect "it".
        names = sorted((w for w in self.topic_words if len(w) > 2), key=len, reverse=True)
        self._topic_in_heading = re.compile(
            r"\b(?:" + "|".join(re.escape(w) for w in names) + r")\b", re.IGNORECASE) \
            if names else None
        self._heading_types: dict[str, str | None] = {}  # see heading_type
        self._organ_headings: dict[str, bool] = {}  # see _organ_heading
        self.out: list[RawClaim] = []
        self.skipped: dict[str, int] = {}
        # The kind of claim each block's section announces, as the rules read it (run()).
        self.block_kinds: dict[int, str] = {}
        self.after_list: dict[int, str] = {}
        # A page titled "X symptoms" types its lists that no heading or lead-in types.
        titles = [doc.text[b.start:b.end] for b in doc.blocks[:3] if b.kind == HEADING]
        found = p.section_type(titles[0]) if titles else None
        self.page_type = found if found not in (p.SKIP, None) else None
        # "Stage 1", "High temperature" set after "Symptoms" as its siblings go on with it.
        self._sign_sections = sections_going_on_with_signs([s.title for s in doc.sections])
        self._last: list[str] = []  # subjects of the sentence's previous relation
        # The group of people the last sentence put at risk, and where that sentence ended:
        # "They are also at higher risk of X" in the sentence right after names it again.
        self._group_said: tuple[int, str] = (-1, "")
        self._sentence_text = ""  # the sentence whose relations are being read
        self._sentence_before = ""  # the sentence before it in its block
        self._it_remedy: str | None = None  # the remedy "It" names back in this sentence
        self._it_harm: str | None = None  # the harm "It" names back in this sentence
        self._harms_seen: tuple[int, frozenset[str]] = (0, frozenset())
        # The sentence opens with "it" standing for another condition the sentence
        # before named: none of its relations is the topic's.
        self._elsewhere = False
        # ... and the thing it stands for, when the sentence before named one: its figures
        # are that thing's.
        self._elsewhere_name: str | None = None
        # ... and the label of that thing when it is a condition (not a remedy or a test
        # defined): the sentence's relations of the topic are that condition's.
        self._elsewhere_label: str | None = None
        # The harms and signs the sentence before gave the topic ("This happens in 20 %").
        self._harms_before: set[str] = set()
        self.sign_lists: set[int] = set()  # list items in a list of mostly named signs
        self.test_lists: set[int] = set()  # list items in a list of mostly named tests
        self.remedy_lists: set[int] = set()  # ... and in a list of mostly named remedies
        self._runs: dict[int, int] = {}  # list item -> first item of its list (3 items or more)
        self._sign_runs: dict[int, bool] = {}  # first item -> its items mostly tell signs
        self._item_lead: int | None = None  # the last list item that ends with a colon
        self._is_topic: dict[str, bool] = {}
        # The topic's complications named so far: what one of them "causes" is its sign.
        self._complications: set[str] = set()
        # The topic's signs named so far: what one of them "causes" is a sign as well.
        self._sign_effect_signs: set[str] = set()

    # -- helpers -----------------------------------------------------------
    def _definition(self, doc: Document) -> re.Match[str] | None:
        """Return the page's definition of its topic ("X is a rare infection of ..."), if
        one of its first sentences gives one."""
        for sent in doc.sentences[:8]:
            text = doc.text[sent.start:sent.end]
            m = _DEFINED_KIND.match(text)
            if m is not None and label_key(m.group("t")) in self.topic_keys:
                return _DEFINED_KIND_SITE.match(text) or m
        return None

    def is_topic(self, phrase: str) -> bool:
        """Return whether a phrase names the topic (remembered per page: pages repeat them)."""
        found = self._is_topic.get(phrase)
        if found is None:
            found = self._is_topic[phrase] = self._names_topic(phrase)
        return found

    def _names_topic(self, phrase: str) -> bool:
        phrase = _WHERE_TAIL.sub("", _EPISODES_OF.sub("", phrase.strip()))
        stage = _STAGE_LEAD.match(phrase)
        if stage is not None and self._names_topic(phrase[stage.end():]):
            return True  # "Untreated X can cause Y", "Severe X may lead to Y": still X's
        key = label_key(phrase)
        if key in self.topic_keys or _one_kind(phrase, key, self.kind_head) or (
                self._restates_definition(phrase)) or (
                self.head_alias and self.head_alias.match(phrase.strip())):
            return True
        return bool(pc.TOPIC_ALIASES.match(phrase.strip()) or _BARE_EPISODES.match(phrase)
                    or _MOST_CASES.match(phrase) or _SHARE_OF_CASES.match(phrase)) or (
            key.startswith(self.topic_key + " ") and len(key.split()) <= 3
            and not key.endswith(("treatment", "therapy", "lesion", "ulcer", "vaccine",
                                  "vaccination", "test", "medicine", "virus", "bacterium",
                                  "complication", "symptom", "rash", "pain", "itching",
                                  "blisters", "scars", "scarring", "recurrence", "relapse"))
        )

    def _restates_definition(self, phrase: str) -> bool:
        """Return whether a phrase is the page's definition of its topic said again ("a rare
        infection of the deep tissues" after "X is a rare infection of the deep tissues").

        Only the defined kind with its site counts, every word from the defining
        sentence: "skin infections" or "an infection of the blood" are other illnesses.
        """
        if not self._defined_words:
            return False
        m = _KIND_AT_SITE.match(phrase.strip())
        return m is not None and m["k"].lower() == self.kind_head and \
            set(re.findall(r"[\w-]+", phrase.lower())) <= self._defined_words

    def names_topic_form(self, label: str) -> bool:
        """Return whether a label names a stage or form of the topic ("late grebble fever")."""
        key = label_key(label)
        return any(key.endswith(" " + k) for k in self.topic_keys if len(k) > 3)

    def points_elsewhere(self, sentence: str, before: str) -> bool:
        """Return whether a sentence's opening "it" stands for another condition named
        as the subject of the sentence before (see :mod:`.antecedents`)."""
        return points_back(sentence) and not self.mentions_topic(sentence) and \
            other_condition_before(before, self._about_topic, self._complications,
                                   self._sign_effect_signs)

    def elsewhere_name(self, sentence: str, before: str,
                       previous: list[RawClaim]) -> str | None:
        """Return what an opening "it" (or "this condition") stands for when it is not the
        topic: the subject of the sentence before, or the one complication it named."""
        if points_back(sentence):
            named = condition_before(before, self._about_topic, self._complications,
                                     self._sign_effect_signs)
            if named is not None:
                return named
        harms = {c.object for c in previous if c.predicate == v.HAS_COMPLICATION
                 and c.object is not None and self.is_topic(c.subject)}
        return harms.pop() if len(harms) == 1 else None

    def heading_condition(self, heading: str | None) -> str | None:
        """Return the condition a heading of its own names ("Zorb neuralgia" over a
        paragraph about that complication), or None: a typed heading ("Symptoms"), the
        topic, or a name the page gave the topic no complication by and that names no
        condition by its head."""
        if not heading or p.section_type(heading) is not None:
            return None
        label = self._condition_label(heading.strip(" :?"))
        if label is None or not (label_key(label) in self._complications
                                 or names_condition(label)):
            return None
        return label

    def _condition_label(self, name: str) -> str | None:
        """Return the label of a condition "it" stands for, or None when the name reads
        as no thing or as the topic."""
        named = phrases(name, split=False)
        if not named or self.is_topic(named[0].label) or pc.is_generic(named[0].label):
            return None
        return named[0].label

    def complication_named_back(self, sentence: str, before: str,
                                previous: list[RawClaim]) -> bool:
        """Return whether "This condition ..." stands for a complication that the sentence
        before named ("... can lead to a complication called X"): the nearest condition,
        not the topic."""
        return names_condition_back(sentence) and not self.mentions_topic(sentence) and (
            "complication" in before.lower() or any(
                c.predicate == v.HAS_COMPLICATION and self.is_topic(c.subject)
                for c in previous))

    def _about_topic(self, phrase: str) -> bool:
        return self.is_topic(phrase) or self.mentions_topic(phrase)

    def _topic_needs(self, before: str) -> bool:
        """Return whether the words before "needs" name the topic itself (or its cases),
        as a clinical page says what it takes: "It usually requires surgery"."""
        said = pc.clean_phrase(left_side(before))
        return bool(said) and (self.said_of_topic(said) or bool(_CASES.match(said)))

    def said_of_topic(self, said: str) -> bool:
        """Return whether a clause's subject is the topic: named, mentioned, "it" or nothing."""
        return (not said or self.is_topic(said) or self.mentions_topic(said)
                or bool(pc.TOPIC_ALIASES.match(said)) or bool(pc.ANAPHORA.match(said)))

    def _topic_as_it(self, text: str) -> str:
        """Return ``text`` with each of the topic's names written "it" (as pages refer to it
        once it is named: "a parent who had <topic>" reads as "a parent who had it")."""
        for w in sorted(self.topic_words, key=len, reverse=True):
            if w and w in text.lower():
                text = re.sub(r"(?<!\w)" + re.escape(w) + r"(?!\w)", "it", text, flags=re.I)
        return text

    def mentions_topic(self, text: str) -> bool:
        """Return whether a sentence names the topic (or one of its other names)."""
        low = text.lower()
        return any(w and w in low for w in self.topic_words)

    def sign_heading(self, block: Block) -> None:
        """Read a heading under "Symptoms" that names a sign ("Purple rash", then a line
        describing it) as that sign: the heading is the list item, its text the gloss."""
        title = self.doc.text[block.start:block.end].strip().rstrip(":")
        if not names_sign(title):
            return
        for ph in phrases(title):
            if not self.is_topic(ph.label) and not pc.is_generic(ph.label):
                self.emit(self.topic, v.HAS_SYMPTOM, ph.label, (block.start, block.end),
                          ph.surface, title, rule="heading:sign", confidence=0.75)

    def heading_type(self, title: str) -> str | None:
        """Return the claim type a heading announces, the topic's name read as "it".

        Kept per title: every block asks it of each heading above it.
        """
        if title not in self._heading_types:
            said = self._topic_in_heading.sub("it", title) if self._topic_in_heading else title
            self._heading_types[title] = p.section_type(said)
        return self._heading_types[title]

    def block_type(self, block_index: int) -> str | None:
        block = self.doc.blocks[block_index]
        path = self.doc.section_path(block)
        types = [self.heading_type(t) for t in reversed(path)]
        typed = [t for t in types if t is not None]
        sec_type = typed[0] if typed else None
        if block.section in self._sign_sections:
            sec_type = p.SYMPTOM
        if sec_type is None and path and (_BARE_HEADING.fullmatch(path[-1].strip())
                                          or self._organ_heading(path[-1])):
            # "Do" / "Don't" under "How to prevent"; "Lungs", "Skin" after "Symptoms"
            sec_type = self._type_before(block_index)
        if sec_type == p.TREATMENT and p.RISK in typed[1:]:
            sec_type = p.RISK  # "Treatments" under "Risk factors": treatments that raise it
        if sec_type == p.SKIP or block.kind != ITEM:
            return sec_type
        after = self.after_list.get(block_index)
        if after is not None:
            return after
        item_type = self._item_type(block_index, sec_type)
        if item_type is None:
            item_type = self._care_item_type(block)
        if item_type in (p.CAUSE, p.RISK) and block_index in self.sign_lists:
            return p.SYMPTOM  # "Causes" over a list of coughs and rashes lists signs
        if block_index in self.test_lists and (item_type in (None, p.SYMPTOM, p.COMPLICATION) or (
                item_type == p.CAUSE and block.lead is not None and _RULING_OUT_CAUSES.search(
                    self.doc.text[self.doc.blocks[block.lead].start:
                                  self.doc.blocks[block.lead].end]))):
            # ("Doctors will want to rule out other causes. They may use:" over an ECG and a
            # lumbar puncture: the causes are ruled out, the items are tests)
            # "A doctor may use:", "To see if the symptoms come from it, a doctor may do:"
            # over blood tests and scans: a list of the ways to find it, not of its signs.
            return p.DIAGNOSIS
        if item_type is None and block_index in self.remedy_lists:
            return p.TREATMENT  # "What to expect:" over tablets, creams and surgery
        return item_type

    def _care_item_type(self, block: Block) -> str | None:
        """Type one item of "In hospital you may have:" by what it names: a test is how the
        topic is found, a remedy how it is treated (such a list mixes the two)."""
        if block.lead is None:
            return None
        lead = self.doc.blocks[block.lead]
        last = self.doc.text[lead.start:lead.end].rsplit(". ", 1)[-1]
        if not (p.PERSON_MAY_HAVE.search(last) and _CARE_PLACE.search(last)):
            return None
        item = self.doc.text[block.start:block.end]
        if _TEST_WORD.search(item):
            return p.DIAGNOSIS
        return p.TREATMENT if _CARE_ITEM.search(item) else None

    def _part_changed(self, lead: str) -> str | None:
        """Return the part a lead-in says changes ("The affected skin may become:", "It
        causes an area of skin to become:"), when the topic's, else None."""
        if not lead.rstrip().endswith(":") or caseless.lacks(lead, _CHANGE_VERBS):
            return None
        m = _PART_CHANGES_LEAD.search(lead.strip())
        if m is None or not p.ANATOMY.fullmatch(m["part"]):
            return None
        subj = m["subj"]
        # ("It causes ...": the pronoun, which the phrase cleaner drops, is the topic)
        if subj is not None and not (self.mentions_topic(subj) or pc.TOPIC_ALIASES.match(
                pc.clean_phrase(subj)) or subj.strip().lower() in ("it", "this")
                or pc.clean_phrase(subj).lower() in ("it", "this")):
            return None  # "Dehydration can make the skin become:": another thing's
        return m["part"].lower()

    def _type_before(self, block_index: int) -> str | None:
        """Return the type of the nearest heading before a block that names a topic area.

        A page may set "Do" and "Don't" as headings of their own after "How to prevent
        it" and a paragraph; they go on with its subject.
        """
        for block in reversed(self.doc.blocks[:block_index]):
            line = self.doc.text[block.start:block.end].strip()
            if block.kind not in (HEADING, ITEM) and line and line[-1] not in ".!?:;," and \
                    len(line.split()) <= 12 and (found := self.heading_type(line)) is not None:
                # "Things you can do if you have X" above "Do", a line too long to be taken
                # for a heading: the lines under "Do" go on with its subject all the same
                return found if found != p.SKIP else None
            if block.kind != HEADING:
                continue
            title = line
            if not _BARE_HEADING.fullmatch(title) and not self._organ_heading(title):
                found = self.heading_type(title)
                return found if found != p.SKIP else None
        return None

    def _organ_heading(self, title: str) -> bool:
        """Return whether a heading of no type of its own names a part of the body ("Lungs",
        "Skin", "Heart involvement", "Eye problems", "Cardiac <topic>"): a part of the
        section before it (signs by organ, harms by organ), which it goes on with.

        Kept per title: every block under an untyped heading asks it, and so does each
        look back over the headings before a block.
        """
        found = self._organ_headings.get(title)
        if found is not None:
            return found
        words = title.strip(" :?.").lower().split()
        while len(words) > 1 and (words[-1] in _ORGAN_HEADING_TAILS or self.is_topic(words[-1])):
            words.pop()
        if len(words) > 1 and self.is_topic(" ".join(words[1:])):
            words = words[:1]  # "Cardiac grebble fever": the heart
        found = self._organ_headings[title] = self.heading_type(title) is None and \
            0 < len(words) <= 3 and names_a_part(" ".join(words))
        return found

    def _item_type(self, block_index: int, sec_type: str | None) -> str | None:
        """Return a list item's type from its lead-in line, else its section's."""
        block = self.doc.blocks[block_index]
        lead_index = block.lead
        if self._item_lead is not None and self._item_lead != block_index and (
                lead_index is None or self._item_lead > lead_index):
            lead_index = self._item_lead  # "- risk factors include:" leads the items after it
        if lead_index is None:
            return sec_type or self.page_type
        lead = self.doc.blocks[lead_index]
        lead_text = self.doc.text[lead.start:lead.end]
        last = lead_text.rsplit(". ", 1)[-1]
        if p.LOOK_ALIKE_LEAD.search(last) and not _TEST_WORD.search(last) and \
                not _MEANS_LEAD.search(last):
            # "It can be mistaken for:": what it looks like, not its signs ("Tests to rule out
            # other causes include:" and "Rule out other causes with:" lead the tests).
            return p.LOOK_ALIKE
        if _AIMS_LEAD.search(last):
            return None  # "Medicines will:", "Treatment aims to:": what care does, no remedies
        if sec_type in (p.TREATMENT, p.DIAGNOSIS, p.PREVENTION) and _CONDITIONS_LEAD.search(last):
            return None  # "You may need to go to hospital if:": when, no remedies or tests
        if _POOR_OUTCOME_LEAD.search(last):
            return p.PROGNOSIS  # "The risk of a poor outcome rises in cases involving:"
        if _EASE_SIGNS_LEAD.match(last):
            return p.TREATMENT  # "To ease symptoms:": what to do for them, not the signs
        if not lead_text.rstrip().endswith(":"):
            # "Any of these signs can turn up." just before a list
            # still says what the list is, when the section does not.
            return sec_type or p.section_type(lead_text) or self.page_type
        parts = lead_text.rsplit(". ", 2)
        last = parts[-1]
        if len(parts) > 1 and _POINTS_BACK.match(last):
            # "... are signs of infection around a wound. These include:": the sentence
            # before says what the items are, and they may be another thing's signs.
            named = _SIGNS_OF_OTHER.search(parts[-2])
            if named is not None and not (self.is_topic(pc.clean_phrase(named.group("of")))
                                          or self.mentions_topic(named.group("of"))):
                return p.ELSEWHERE
        if p.PERSON_MAY_HAVE.search(last) and not (p.section_type(last) or sec_type) and not (
                _CARE_PLACE.search(last)):
            return p.SYMPTOM  # "In the second phase, your child may develop:" (not "In
            # hospital you may have:", which lists the tests and care given there)
        if _FINDING_OUT_LEAD.search(last) and not p.section_type(last):
            return p.DIAGNOSIS  # "They may do these to check for it:", "These can show if:"
        if leads_tests(last) and not p.section_type(last):
            return p.DIAGNOSIS  # "Doctors look for the signs and may order tests:"
        risky = _RISK_ITEMS_LEAD.match(last.strip())
        if risky is not None:
            said = pc.clean_phrase(risky.group("subj"))
            if self.is_topic(said) or pc.TOPIC_ALIASES.match(said) or said.lower() in (
                    "it", "this"):
                return p.RISK
        changed = self._part_changed(last)
        if changed is not None:
            # "The affected skin may become:": each item is how the part shows it
            return p.COMPLICATION if sec_type == p.COMPLICATION else p.SYMPTOM
        effects = _CAUSES_LEAD.search(last)
        if effects is not None:
            # "It can cause:" lists what the topic does; "Nerve pain can cause:" what
            # something else does: neither lists causes of the topic.
            # ("Without treatment it can cause:" says it of the topic too; which items are
            # harms and which signs, each item tells, as under "It can cause:".)
            said = pc.clean_phrase(_SUBJECT_VERB_TAIL.sub("", _UNTREATED_OPENING.sub(
                "", effects.group("subj"), count=1)))
            if not (self.is_topic(said) or pc.TOPIC_ALIASES.match(said)
                    or said.lower() in ("it", "this") or _OWN_AGENT.match(said)):
                return p.ELSEWHERE
            # Under "Complications", what it can cause are complications.
            return p.COMPLICATION if sec_type == p.COMPLICATION else p.SYMPTOM
        if sec_type == p.PREVENTION and help_lead(last):
            return p.PREVENTION  # "Things you can do:" under "Preventing it"
        if p.raises_risk(lead_text) and p.section_type(lead_text) == p.RISK and \
                p.section_type(last) in (None, p.RISK):
            # "Certain medicines can raise the risk. Examples of these medicines include:":
            # the items raise the risk, whatever the heading names (not the last sentence:
            # "X raises the risk of death. Symptoms of X include:" lists X's signs).
            return p.RISK
        if _RESULTING_LEAD.match(last.strip()):
            return p.COMPLICATION  # "Resulting conditions can include:": what the harm leads to
        caused = _CAUSED_THING.search(last.rstrip(" :")) if "lead" in last or "bring" in last \
            else None
        if caused is not None and self.said_of_topic(pc.clean_phrase(caused.group(1))):
            return p.CAUSE  # "Conditions that can lead to it include:" (no cause word)
        # "Steroids can cause weak bones. Other options include:" under "Treatment": the
        # section says what the items are, not a word of the sentence before the lead.
        return p.section_type(last) or sec_type or p.section_type(lead_text)

    def emit(self, subject: str, predicate: str, obj: str | None, span: tuple[int, int],
             anchor: str, section: str | None, *, rule: str = "sentence",
             confidence: float = 0.7, **kw: object) -> None:
        """Record one raw claim, with the rule that found it and how clean the match was.

        Confidence starts from the rule's own and drops for long, clause-like
        names: a reviewer sees the shaky ones first, and conflicts use only
        the sure ones.
        """
        groups = pc.sex_and_age(subject) if predicate in _RISKLIKE else None
        age = (pc.age_span(groups[0]) or pc.people_factor(groups[0])) if groups else ""
        if groups and (age in ("older age", "young age") or age.startswith("age ")):
            # "Men over 50 are most at risk": at risk by their age and by their sex, each a
            # factor sources also name alone ("older adults", "men")
            for factor in (age, pc.people_factor(groups[1])):
                self.emit(factor, predicate, obj, span, anchor, section, rule=rule,
                          confidence=confidence, **kw)
            return
        if predicate == v.INCREASES_RISK_OF and obj is not None and self.is_topic(obj) and (
                self.is_topic(subject) or pc.ANAPHORA.fullmatch(subject.strip())) and \
                _HAD_IT_BEFORE.search(self.doc.text[span[0]:span[1]]):
            subject = "previous episode"  # "People who have had it before are more likely ..."
        if predicate == v.DIAGNOSED_BY and obj:
            # "a high level of antibodies in the blood", "cultures from the wound": the test
            obj = test_of_finding_or_sample(obj) or obj
        if obj is not None and label_key(subject) == label_key(obj):
            return
        if obj is not None and self.is_topic(subject) and self.is_topic(obj):
            return  # two names of the topic ("Lupus" and its full name): no relation
        if predicate in _SIGN_OR_HARM and obj is not None and p.ANATOMY.fullmatch(
                _PART_LEAD.sub("", obj)):
            return  # "complications, particularly affecting the heart": a part, no harm
        if predicate == v.RESEMBLES and obj is not None and self.is_topic(subject) and \
                self.mentions_topic(obj):
            return  # "it rules out the possibility of <topic>": no look-alike of its own
        if self._elsewhere and (self.is_topic(subject) or (obj is not None
                                                           and self.is_topic(obj))):
            # "Plonkitis is a complication ... It can be treated with X": plonkitis's
            # remedy, when the condition has a name of its own; else none of the topic's
            other = self._elsewhere_label
            if other is None:
                return
            if obj is not None and label_key(obj) == label_key(other):
                other = self.topic  # "Plonkitis is a common complication": the topic's
            subject = other if self.is_topic(subject) else subject
            obj = other if obj is not None and self.is_topic(obj) else obj
        if predicate in _RISKLIKE and subject.endswith(" avoidance"):
            subject = subject[:-len(" avoidance")]  # "Avoid X: these raise the risk": X does
        if predicate in _RISKLIKE and " " not in subject and subject.isalpha() and \
                subject.islower() and (state := people_state(subject)) is not None:
            subject = state  # "Being obese is a risk factor": obesity, as readers name it
        if predicate in _RISKLIKE and subject.lower() in pc.SEX_OF_ONE:
            subject = pc.SEX_OF_ONE[subject.lower()]  # "Being male is a risk factor": male sex
        if predicate == v.PREVENTS and obj is not None and _ITS_SPREAD.fullmatch(obj.strip()):
            obj = self.topic  # "hand washing helps prevent the spread": of the topic
        if obj is not None and obj[:4].lower() in ("comp", "the ", "any ", "seri") and (
                harms := _ITS_COMPLICATIONS.fullmatch(obj.strip())) is not None and (
                self.is_topic(harms["of"]) or pc.ANAPHORA.match(harms["of"])
                or pc.TOPIC_ALIASES.match(harms["of"])):
            obj = "complication"  # "the risk of complications from <topic>": its complications
        if predicate == v.PREVENTS:
            treated = early_care_of(subject)
            if treated is not None and not self.is_topic(treated):
                subject = f"early treatment of {treated}"  # "treating any infections early"
            subject = timely_name(subject) or subject  # "prompt diagnosis": early diagnosis
            if obj is not None and _ANOTHER_BOUT.fullmatch(obj):
                obj = self.topic  # "the best way to prevent another attack": the illness again
        if predicate in (v.PREVENTS, v.USED_FOR, v.EFFECTIVE_FOR) and obj is not None and \
                " from " in obj and self.is_topic(obj.split(" from ", 1)[0]):
            obj = self.topic  # "the risk of <topic> from insect stings": the topic's, of a cause
        if predicate in (v.USED_FOR, v.EFFECTIVE_FOR):
            # "treated by giving antibiotics and removing the plaster": the remedies
            subject = remedy_act(subject)
        if obj is not None and _OWNED_BY_PRONOUN.match(obj) and predicate in (
                v.EFFECTIVE_FOR, v.TARGETS, v.USED_FOR, v.PREVENTS):
            return  # "controls its levels": whose levels, the name does not say
        if _names_nothing(subject) or (obj is not None and _names_nothing(obj)):
            return  # a clause, a verb's words or a figure's group: no name (_names_nothing)
        if predicate in _RISKLIKE and obj is not None and _MORE_DEATHS.fullmatch(obj):
            obj = "death"  # "linked to a higher death rate": a risk of death
        if predicate in _RISKLIKE and _PLACE_ON_THE_MAP.fullmatch(subject):
            return  # "most common in the upper Midwest": where cases are, no risk factor
        if misread(subject, predicate, obj):
            return  # a clause, a count of kinds or a pronoun's thing for a name
        if fragment_name(subject, predicate, obj, self.is_topic):
            return  # "swelling in the", "Japan" as a harm, "a high risk of X": a scrap
        if kw.get("negated") and predicate in (v.HAS_SYMPTOM, v.HAS_COMPLICATION) and \
                only_some_lack(self.doc.text[span[0]:span[1]]):
            return  # "many people with it don't have X": not everyone, no denial of X
        if predicate == v.HAS_SYMPTOM and obj is not None and self.is_topic(subject) and \
                self.names_topic_form(obj):
            return  # "Secondary X may be caused by ...": a form of the topic is no sign of it
        if predicate in (v.HAS_COMPLICATION, v.HAS_SYMPTOM) and obj is not None and (
                "risk" in obj or "chance" in obj):
            obj = chance_dropped(obj)  # "a high risk of disability": the harm is disability
        if predicate in _OWN_HARMS and after_look_alike(self.doc.text[span[0]:span[1]],
                                                        anchor):
            return  # "it can be mistaken for a problem of the heart": another illness's
        if predicate in _RISKLIKE and rule.startswith("list:") and section \
                and care_seeking_heading(section):
            return  # under "When to see a GP", "- are pregnant" says when to call, no cause
        if predicate == v.USED_FOR and section and obj is not None and self.is_topic(obj) \
                and treats_complications(section):
            return  # under "Treating complications", the remedies are the complications'
        if predicate in (v.HAS_SYMPTOM, v.HAS_COMPLICATION) and germs_own_effect(
                self.doc.text[span[0]:span[1]], anchor):
            return  # "the same virus that causes chickenpox": the germ's, not the topic's
        if predicate == v.INCREASES_RISK_OF and lacked(self.doc.text[span[0]:span[1]], anchor):
            return  # "who never received the vaccine": what they lack is no risk factor
        if section and reaction_heading(section) and not self.mentions_topic(section) \
                and "reaction" not in self.topic.lower():
            # under "Allergic reaction": the reaction's signs and causes, not the topic's;
            # "Symptoms may include fever" there names the reaction's own signs.
            if predicate != v.HAS_SYMPTOM or subject != self.topic:
                return
            subject = section.strip().rstrip(":")
        if predicate in (v.HAS_SYMPTOM, v.HAS_COMPLICATION) and obj is not None and \
                _A_TEST.fullmatch(obj) and self.is_topic(subject):
            # "- a chest X-ray", "- blood tests" in a list read as harms: a test is never a
            # sign or a harm, whatever the heading
            predicate = v.DIAGNOSED_BY
        if predicate == v.USED_FOR and obj is not None and _A_TEST.fullmatch(subject) and \
                self.is_topic(obj):
            # nor care for it: "Children with it need aspirin and regular heart scans" under a
            # heading of care
            predicate, subject, obj = v.DIAGNOSED_BY, obj, subject
        if predicate == v.HAS_SYMPTOM and obj is not None and (
                _LASTING_SIGN.match(obj) or _GRAVE_OUTCOME.fullmatch(obj)):
            # "long-term weakness of the face": what it leaves; "death", "gangrene", "a
            # stroke": where it ends, never a sign, even in a list of symptoms.
            predicate = v.HAS_COMPLICATION
        if predicate == v.HAS_SYMPTOM and obj is not None and _FELT_PAIN.fullmatch(obj):
            obj = f"{obj} pain"  # "pain, burning, numbness": a burning is a kind of pain
        if predicate in (v.HAS_SYMPTOM, v.HAS_COMPLICATION) and obj is not None and \
                _FAMILY_HISTORY.match(obj) and self.is_topic(subject):
            # "Those affected often have a family history of it": what they had before it,
            # a risk factor, not a sign.
            self.emit("family history", v.INCREASES_RISK_OF, subject, span, anchor, section,
                      rule=rule, confidence=confidence, **kw)
            return
        if predicate in (v.HAS_SYMPTOM, v.HAS_COMPLICATION) and obj is not None and \
                _MOLECULES.fullmatch(obj):
            return  # "leads to a flood of chemicals called cytokines": how it works, no harm
        if predicate in (v.HAS_SYMPTOM, v.HAS_COMPLICATION) and obj is not None:
            bare = _ARTICLE.sub("", obj)
            if predicate == v.HAS_SYMPTOM and _lone_body_part(bare) \
                    and not p.ANATOMY.fullmatch(bare):
                # "... on the palms and soles": the soles are where it shows, a site.
                self.emit(subject, v.AFFECTS, bare.lower(), span, anchor, section,
                          rule=rule, confidence=confidence, **kw)
                return
            if _PLACE_LEAD.match(obj) or p.ANATOMY.fullmatch(bare) or (
                    _PART_OF_BODY.match(bare) and p.ANATOMY.fullmatch(
                        _ARTICLE.sub("", bare.split(" of ", 1)[1]))):
                return  # "the ankles", "on the palms", "the tips of fingers": where, not what
            obj = site_first(obj)
        if predicate == v.DIAGNOSED_BY and obj is not None:
            obj = lab_test_name(obj)  # "a sample of urine", "calcium": the test a reader names
            # "a biopsy showing granulomas confirms it": the test, not what it showed
            obj = _TEST_SHOWING.sub("", obj) or obj
        subject, obj = self.untail(subject), (self.untail(obj) if obj is not None else None)
        if predicate == v.INCREASES_RISK_OF and obj == self.topic and not caseless.lacks(
                said := self.doc.text[span[0]:span[1]], _RECURRENCE_WORDS) and \
                _RECURRENCE_SAID.search(said):
            # "Recurrence is more common in people with X", "... more likely to have it
            # again": X raises the risk of its coming back, not of the illness itself.
            obj = f"{self.topic} recurrence"
        longest = max(len(subject.split()), len(obj.split()) if obj else 0)
        if longest > 4:
            confidence -= 0.1 * (longest - 4)
        if not (self.is_topic(subject) or (obj is not None and self.is_topic(obj))):
            confidence -= 0.1  # between two other things: further from what the page is about
        if predicate == v.HAS_COMPLICATION and obj is not None and self.is_topic(subject):
            self._complications.add(label_key(obj))
        if predicate == v.HAS_SYMPTOM and obj is not None and self.is_topic(subject):
            self._sign_effect_signs.add(label_key(obj))
        if predicate == v.PREVENTS and obj is not None and _HARM_PREVENTED.search(obj) \
                and " " in _HOW_BAD.sub("", obj).strip() and not self.is_topic(obj) \
                and not self.is_topic(subject):
            # "tape the eye shut to avoid damage to its surface": a harm care keeps away is
            # one the illness can bring.
            self.emit(self.topic, v.HAS_COMPLICATION, obj, span, anchor, section,
                      rule="phrase:harm-prevented", confidence=0.5)
        anchor = pc.as_written(anchor, self.doc.text[span[0]:span[1]])
        self.out.append(RawClaim(subject, predicate, obj, span[0], span[1], anchor.strip(" .,;:"),
                                 section, rule=rule, confidence=round(max(confidence, 0.05), 2),
                                 **kw))  # type: ignore[arg-type]

    def untail(self, label: str) -> str:
        """Drop a trailing "for <topic>" ("pain medicines for gout" → "pain medicines")."""
        low = label.lower()
        if not low.endswith(self._tail_ends):  # most names end in no tail: one test
            return label
        for tail, cut in self._tails:
            if low.endswith(tail) and len(low) > cut:
                return label[:-cut]
        return label

    def signs_ranged(self, text: str, span: tuple[int, int], section: str | None) -> None:
        """"Symptoms range from none to mild (A, B and C) to severe (D or E)": each named
        sign is the topic's (a disease's name among them a harm), however grave; "none" and
        the grades themselves name nothing.  Read from the sentence as written: the brackets
        are what it names."""
        m = _SIGNS_RANGE.match(text)
        if m is None or (m["of"] and not self.mentions_topic(m["of"])) or \
                _WHO_TO_WHO.match(m["rest"]):
            return  # ("Symptoms vary from person to person": whose, no sign named)
        rest = m["rest"]
        named = [b.group(1) for b in _BRACKETED.finditer(rest)] or [
            _GRADE_LEAD.sub("", part) for part in _FROM_TO.split(_BRACKETED.sub("", rest))]
        for part in named:
            for ph in phrases(pc.cut_clause(part)):
                label = _GRADE_LEAD.sub("", ph.label)
                if not label or pc.is_generic(label) or self.is_topic(label) or \
                        _GRADE_ONLY.fullmatch(label):
                    continue
                said = v.HAS_COMPLICATION if _ORGAN_HARM.search(label) or _DISEASE_NAME.search(
                    _HEAD_PART.split(label)[0]) else v.HAS_SYMPTOM
                self.emit(self.topic, said, label, span, ph.surface, section,
                          hedged=is_hedged(text[:m.end("verb")]), rule="phrase:signs-range",
                          confidence=0.6)

    # -- list items --------------------------------------------------------
    def item(self, bi: int, kind: str | None, sentences: list[tuple[int, int]],
             skip: int = 0, answer: bool = False) -> str | None:
        """Read a list item under its type; return its head phrase (for "this"/"it").

        ``skip`` characters at the start are not part of the item: an answer's lead word
        ("Mostly older adults", "With antibiotics") under a question heading.  An
        ``answer`` that lists several things is always read as their list.
        """
        block = self.doc.blocks[bi]
        text = self.doc.text[block.start + skip:block.end]
        if _TRAILING_CITES.sub("", text).rstrip().endswith(":") and (
                len(text.split()) <= 8 or _FOLLOWING.search(text)):
            # "- clinical features:", "- involvement of three or more of the following:" lead
            # the items after them; they are none of them
            return None
        first_end = sentences[0][1] - block.start - skip if sentences else len(text)
        head_text = text[:first_end]
        head_text = pc.without_try(head_text)  # "- try to lose weight": losing it
        if kind in (p.RISK, p.CAUSE) and (_VERBLESS_PRESENT.match(head_text)
                                           or _HEALTHY_PEOPLE.match(head_text)):
            # "4.9 times greater risk" under "Asthma": how much, no factor; "Healthy children
            # occasionally get infected, but ...": those not at risk
            return None
        have_it = _HAVE_IT_AND.match(head_text) if kind == p.SYMPTOM else None
        if have_it is not None and self.mentions_topic(have_it.group("it")):
            return None  # "- you have <topic> and a weakened immune system": who, no sign
        listed = False
        dash = next((d for d in (" - ", " \u2013 ", " \u2014 ") if d in head_text[:80]), None)
        if dash is not None and ":" not in head_text[:80] and kind in (
                p.SYMPTOM, p.COMPLICATION, p.CAUSE):
            head, _, gloss = head_text.partition(dash)
            if kind == p.CAUSE and _LONE_KIND_WORD.fullmatch(head.strip()):
                # "- usually polymicrobial - mixed aerobic and anaerobic organisms": what the
                # adjective says is named after the dash
                head_text = gloss
            elif kind != p.CAUSE and _SHORT_LIST.fullmatch(gloss.strip()):
                head_text = f"{head}: {gloss}"  # "- systemic upset - fever, tachycardia"
            elif kind != p.CAUSE and len(head.split()) <= 4 and _GLOSS_CLAUSE.match(gloss):
                # "Dry eyes - your eyes may feel gritty or sore": the sign is the head; the
                # gloss is a sentence of its own, no more members ("sore" was one)
                head_text = head
        cases = _CASES_DASH_LEAD.match(head_text) if kind in (p.TREATMENT, p.PREVENTION) and \
            ":" in head_text[:40] else None
        if cases is not None:
            head_text = head_text[cases.end():]  # "Severe disease: IV fluids": the care
        if ":" in head_text[:80]:
            if _FIELD_LINE.match(head_text) or _RISK_LABEL.match(head_text):
                # "- Prevention: hand washing": a fact box's field, a sentence ("-
                # Associations: travel" under signs: what goes with it, no signs)
                return None
            head_text, gloss = head_text.split(":", 1)
            if gloss.strip() and (_SYSTEM_HEAD.fullmatch(head_text.strip()) or p.ANATOMY.fullmatch(
                    head_text.strip())):
                # "Kidney: raised creatinine", "Blood: platelets below 100,000": the organ
                # system a criterion is of heads it; the finding is the item
                organ = head_text.strip()
                head_text, listed = gloss, True
                if kind in (p.SYMPTOM, p.COMPLICATION) and p.ANATOMY.fullmatch(organ):
                    # ("Eyes: dryness, redness": eye dryness, the part's own state)
                    head_text = ", ".join(at_class_site(f"{organ.lower()} problems",
                                                        pc.split_list(gloss.strip(" .;"))))
            elif _CLASS_HEAD.fullmatch(head_text.strip()) and gloss.strip()[:1].islower():
                # "eye problems: dry eyes, more tears": the problems are what follows.
                head_text, listed = gloss, True
            elif kind in (p.SYMPTOM, p.COMPLICATION) and _SHORT_LIST.fullmatch(gloss.strip()) \
                    and not _GLOSS_CLAUSE.match(gloss):  # ("your eyes may feel gritty or sore")
                # "later: blistering and crepitus" (when, then what), "systemic upset: fever,
                # tachycardia": the signs listed after the head are signs too.
                head_text = gloss if _WHEN_HEAD.fullmatch(head_text.strip()) else \
                    f"{head_text}, {gloss.strip()}"
                listed = True
        if (answer or kind in (p.RISK, p.CAUSE)) and ", " in head_text:
            # "A germ called zorbus, which is spread by bites": the item is named before
            # the clause about it (read as a sentence on its own)
            head_text = _ITEM_RELATIVE_TAIL.sub("", head_text)
        if kind in (p.RISK, p.CAUSE) and not _YOU_HAVE_ITEM.match(head_text) \
                and _predicate_item(head_text):
            return None  # "- mostly affects older adults": a clause, read as a sentence
        when = _IF_CLAUSE_FIRST.match(head_text) if kind in (p.TREATMENT, p.PREVENTION) \
            else None
        if when is not None:
            # "If your arm or leg is affected, raising it may help": the care, after when
            head_text = head_text[when.end():]
        cases = _CASES_DASH_LEAD.match(head_text) if kind in (p.TREATMENT, p.PREVENTION) \
            else None
        if cases is not None:
            # "- severe cases - admission for IV zorbacillin": the care, after which cases
            head_text = head_text[cases.end():]
        if kind in (p.TREATMENT, p.PREVENTION) and (" e.g" in head_text or " i.e" in head_text):
            # "- treat any portal of entry e.g. an antifungal for X": the care, not its example
            head_text = pc.EXAMPLES_MARK.split(head_text, maxsplit=1)[0]
        if kind == p.TREATMENT and "admission" in head_text:
            head_text = _ADMISSION_FOR.sub("", head_text)  # "admission for IV X": the X
        head_end = len(head_text)  # where the item's gloss starts, in ``text``
        # "Loss of a limb, scarring and, in some cases, death": the aside splits no list.
        head_text = _LIST_ASIDE.sub(" ", head_text)
        # "Are pregnant", "Have a cold, such as flu" under "You're at risk if you:".
        said = head_text  # the item as written, for commands ("take care of ...")
        head_text = _ITEM_VERB.sub("", head_text)
        if kind == p.DIAGNOSIS:
            # "- do a CT scan of the area", "- check your blood pressure" under "Your doctor
            # may:": the test, not the doctor's act; "- raised creatinine, showing kidney
            # injury": what the finding shows is no test
            head_text = _OF_THE_AREA.sub("", _DOCTOR_ACT.sub("", _FINDING_SHOWS.sub("", head_text)))
            if DIRECTION.match(head_text) and _bare_analyte(DIRECTION.sub("", head_text).strip()):
                # "- raised creatinine" in a list of tests: the test that finds it
                head_text = DIRECTION.sub("", head_text)
            checked = _CHECK_YOUR.match(head_text)
            if checked is not None:
                # "- check your blood pressure and heart rate": a test of each, the members
                # read as every side is ("kidney and liver function": each a function)
                head_text = " and ".join(f"{ph.label} test" for ph in phrases(checked.group("x"))
                                         ) or f"{checked.group('x')} test"
        if kind == p.TREATMENT:
            head_text = remedy_item(head_text)  # "being given oxygen": the oxygen
            # "paracetamol or ibuprofen for the pain": what for is no part of the names
            head_text = _FOR_WHAT_TAIL.sub("", head_text)
        name = pc.called_name(text[:first_end + 200])
        if name is None and kind in (p.SYMPTOM, p.COMPLICATION) and block.kind == ITEM:
            # "finding it hard to swallow (dysphagia)", "wanting to eat ice or paper (pica)":
            # a described sign closed by its name in brackets is that named sign (in a
            # list; a sentence's bracket may gloss it instead).
            described = _DESCRIBED_THEN_NAMED.match(text[:first_end].strip())
            if described is not None:
                name = described["name"]
        quoted = _QUOTED_NAME.search(text[:first_end]) if name is None and "(" in text else None
        if "(" in head_text and (_EXAMPLES_IN_BRACKETS.search(head_text) or (
                kind == p.DIAGNOSIS and pc.TESTS_IN_PARENS.search(head_text))):
            # "X (e.g. Y)": "X, such as Y"; so "imaging (CT or MRI)" in a list of tests
            head_text = pc.prepare(head_text).strip(" ,")
        if kind == p.SYMPTOM and block.lead is not None and _VERB_ITEM.match(head_text):
            lead_block = self.doc.blocks[block.lead]
            can = _SIGN_CAN_LEAD.search(self.doc.text[lead_block.start:lead_block.end])
            if can is not None and p.SYMPTOM_HEAD.search(f" {can.group('sign')}"):
                # "The patches can: - look like cornflakes - get bigger - spread": what a
                # sign does or looks like names no sign of its own
                return None
        states = ADJ_SPLIT.split(head_text.strip(" .;"))
        if kind in (p.SYMPTOM, p.COMPLICATION) and block.lead is not None and \
                all(map(_how_a_part_is, states)):
            lead_block = self.doc.blocks[block.lead]
            part = self._part_changed(self.doc.text[lead_block.start:lead_block.end].rsplit(
                ". ", 1)[-1])
            if part is not None:
                # "- red" after "skin may become:"; "- painful or tender": each one
                head_text = " or ".join(f"{state} {part}" for state in states)
        if kind in (p.SYMPTOM, p.COMPLICATION) and ", " in head_text:
            # "- Can be itchy, and scratching will spread the infection": a clause of its own
            # after the sign, no second sign
            head_text = _AND_OWN_CLAUSE.split(head_text, maxsplit=1)[0]
        if kind in (p.SYMPTOM, p.COMPLICATION) and _PEOPLE_DO_ITEM.match(head_text):
            return None  # "- Children may get a fever": a sentence, read as one (no sign
            # named "children")
        if kind == p.SYMPTOM and _PARTS_CHANGE.search(head_text):
            return None  # "- your eyes, lips and tongue turn red": states the sentence reads
        if kind in (p.SYMPTOM, p.COMPLICATION) and "onset of" in head_text:
            head_text = _ONSET_OF_LEAD.sub("", head_text)  # "- abrupt onset of A and B": A, B
        if kind == p.DIAGNOSIS and _RESULT_AFTER_TEST.search(head_text):
            # "- CRP raised", "- blood cultures positive in 20 %": the test, not its result
            head_text = _RESULT_AFTER_TEST.sub("", head_text) or head_text
        if kind in (p.SYMPTOM, p.COMPLICATION) and _NOTICE_ITEM.match(head_text):
            head_text = _NOTICE_ITEM.sub("", head_text)  # "- notice painful red lumps": lumps
        if kind == p.SYMPTOM:
            head_text = pc.skin_area_states(head_text)  # "- a red, swollen patch of skin"
            if " " in head_text.strip():
                # "Coughing and shortness of breath start later." as a line: the signs
                head_text = _ITEM_VERB_TAIL.sub("", head_text) or head_text
        found = phrases(head_text, split=False)
        members = pc.split_list(pc.cut_purpose(pc.cut_clause(pc.strip_parens(head_text))))
        trimmed = [pc.cut_shared_tail(x) for x in members]
        if _GERUND_PLACE_LIST.match(head_text):
            members = trimmed = [head_text]  # "raising the arm on a pillow or chair": one act
        if (listed or (answer and len(members) > 1) or pc.examples(head_text) is not None
                or any(ph.level for ph in found)
                or (2 <= len(members) <= 8 and all(len(x.split()) <= 3 for x in members))
                or (2 <= len(members) <= 8 and pc.rich_in(members[0])
                    and all(len(x.split()) <= 3 for x in members[1:]))
                or (2 <= len(members) <= 4 and _OTHER_CLASS.match(members[-1].strip()))):
            found = phrases(head_text, split=True)
        elif (2 <= len(members) <= 8 and all(x and len(x.split()) <= 3 for x in trimmed)
              and (sum(len(x.split()) <= 2 for x in members) >= 2 or (
                  sum(len(x.split()) <= 2 for x in members) >= len(members) - 1
                  and not p.ANATOMY.search(members[-1].strip()[len(trimmed[-1]):])))):
            # "Pain, itching or tingling of the skin": the place is every member's.
            found = phrases(", ".join(trimmed), split=True)
        if kind in (p.RISK, p.CAUSE) and _PEOPLE_ITEM.match(head_text):
            # "- people who have recently had surgery", "- women who have just given
            # birth": what sets them apart (the item names people, as an "are at risk"
            # sentence's subject does; "women" alone is no factor of theirs)
            found = phrases(head_text, people=True) or found or [
                Phrase(pc.people_factor(head_text), None, head_text.strip())]
        groups = pc.split_list(head_text.strip(" .")) if kind in (p.RISK, p.CAUSE) and \
            " who " in head_text else []
        if 2 <= len(groups) <= 8 and any(_PEOPLE_ITEM.match(m) for m in groups[1:]) and all(
                _people_member(m) or len(m.split()) <= 4 for m in groups):
            # "Older adults and people who have had an episode before": each group by what
            # sets it apart (the members above lost the clause after "who", and the group)
            found = [ph for m in groups for ph in phrases(m, people=True)] or found
        if kind in (p.RISK, p.CAUSE) and len(found) == 1:
            found = _risk_item_members(head_text, members, found)
        shared = _signs_at_shared_site(members, trimmed) if len(found) == 1 else None
        if shared:
            # "pain and swelling in the joints": two signs, each at the joints.
            found = [ph for member in shared for ph in phrases(member, split=False)]
        if not found and 2 <= len(members) <= 8 and all(x and len(x.split()) <= 4
                                                        for x in trimmed):
            # Read whole, the item named nothing (too long a name): its members do.
            found = phrases(", ".join(trimmed), split=True)
        elif len(members) >= 2 and _PARTICIPLE_FIRST.match(members[0].strip()) and any(
                _PART_OF_BODY.match(x.strip()) for x in members[1:]):
            found = phrases(head_text, split=True)  # "a drooping eyelid or corner of the mouth"
        if not found and kind in (p.SYMPTOM, p.COMPLICATION) and 2 <= len(members) <= 4 and \
                any(_UNABLE_TO.match(x.strip()) for x in members[1:]):
            # "jaw cramping or being unable to open the mouth": the long member is a sign
            # said as what one cannot do; read by members, each names a sign
            found = [ph for ph in phrases(head_text, split=True) if len(ph.label.split()) <= 4]
        if not found and kind == p.SYMPTOM:
            found = [Phrase(state, None, text[:first_end].strip()) for state in item_states(text)]
        if not found and pc.cut_purpose(head_text) != head_text:
            # "Blood tests to look for signs of infection": read whole, the purpose made the
            # item a clause; the thing named is what comes before it.
            found = phrases(pc.cut_purpose(head_text), split=False)
        if name and len(found) >= 2 and _NAME_IN_BRACKETS.search(text) and \
                name.split()[-1].lower() == found[-1].label.split()[-1].lower():
            # "Cracked lips and a swollen tongue (often called strawberry tongue)": the
            # name is the last member's; the others keep theirs.
            found = [*found[:-1], Phrase(name, None, name)]
        elif name and not (" or " in name and len(found) == 1):
            # ("Erythrocyte sedimentation rate (also called ESR or sed rate)": two other names
            # of the thing named first, which stays its name)
            found = [Phrase(name, None, name)]
        elif quoted is not None and found:
            # 'a swollen, bumpy, red tongue ("plum tongue")': the quoted name is the sign the
            # words before it describe; the members with its head noun are that one sign.
            said_name = quoted.group("n").strip()
            head = said_name.split()[-1].lower()
            found = [*(ph for ph in found if ph.label.split()[-1].lower() != head),
                     Phrase(said_name, None, said_name)]
        if (not found or kind in (p.RISK, p.CAUSE)) and \
                pc.age_factor(head_text.strip(" .;,")) != head_text.strip(" .;,"):
            # "- being older than 60" under "Things that raise your risk include:".
            found = [Phrase(pc.age_factor(head_text.strip(" .;,")), None, head_text.strip())]
        spread = spread_over_sites(_APPOSITION_TAIL.sub("", pc.cut_clause(pc.strip_parens(
            head_text))))
        if spread:
            found = list(spread)
        if (kind == p.PREVENTION or (kind == p.TREATMENT and _GERUND_PLACE_LIST.match(said))) \
                and _GERUND.match(said):
            # "- covering wounds with a clean, dry bandage": one act, not "dry bandage".
            advice = gerund_acts(said)
        else:
            # ("Treat with X and Y": the remedies, no act of treating)
            advice = advice_acts(said) if kind in (p.PREVENTION, p.TREATMENT) and not (
                kind == p.TREATMENT and _TREAT_WITH.match(said)) else []
        if kind == p.TREATMENT and (advice or _REST_COMMAND.match(said)):
            # "- Rest and drink plenty of fluids": rest and fluids, the care each names as
            # the care of a gerund is named ("drinking plenty of fluids" was the remedy, and
            # "Rest" alone named none)
            advice = list(dict.fromkeys(
                [*(["rest"] if _REST_COMMAND.match(said) else []),
                 *(named for act in advice for named in (
                     [x for x in care_acts(act) if x in ("rest", "fluids")] or [act]))]))
        if advice:
            found = [Phrase(act, None, head_text.strip()) for act in advice]
        elif kind == p.TREATMENT and _ADMIT_COMMAND.match(said):
            # "- admit people with suspected meningitis": a stay in hospital, for those people
            found = [Phrase("hospital admission", None, head_text.strip())]
        elif kind == p.TREATMENT and (given := _PRESCRIBER_VERB.match(said)) is not None:
            # "- consider IVIG in severe cases", "- add clindamycin": a clinician's note of
            # what to give, the remedy after its verb ("consider IVIG" was a remedy's name)
            found = [ph for ph in phrases(pc.cut_clause(_IN_WHICH_CASES.sub("", given["x"])))
                     if not pc.is_generic(ph.label)]
        if kind in (p.SYMPTOM, p.COMPLICATION) and found:
            # "Kidney: urea or creatinine at least twice normal": what a test measures is
            # no sign (the test is read with the sentence)
            found = [ph for ph in found if not _bare_analyte(ph.label)]
        lead_text = ""
        lead = block.lead
        if self._item_lead is not None and self._item_lead != bi and (
                lead is None or self._item_lead > lead):
            lead = self._item_lead  # an item ending "include:" leads the items after it
        if lead is not None:
            lb = self.doc.blocks[lead]
            lead_text = _TRAILING_CITES.sub("", self.doc.text[lb.start:lb.end])
        last_lead = lead_text.rsplit(". ", 1)[-1]  # the lead-in's last sentence
        if lead_text.rstrip().endswith(":") and _DEFINITION_LEAD.search(lead_text):
            return None  # "definition:" then what the topic is: read as a sentence of it
        span = sentences[0] if sentences else (block.start, block.end)
        section = self.doc.section_title(block)
        outlook = p.PROGNOSIS_LEAD.search(last_lead) if lead_text else None
        condition = _IF_CLAUSE.match(head_text) if outlook is not None else None
        if outlook is not None and lead_text.rstrip().endswith(":") and (found or condition):
            target = p.prognosis_label(outlook.group("o") or outlook.group("o2"))
            if condition is not None:
                # "if the patient is aged over 60 years": what the clause says of them;
                # "if there is severe pain associated with the illness": the pain.
                said = _WITH_THE_ILLNESS.sub("", condition.group(1))
                found = [Phrase(p.factor_label(pc.people_factor(pc.clean_phrase(said))) or "",
                                None, head_text.strip())]
            for ph in found:
                label = pc.people_factor(ph.label)
                if re.match(r"\s*no\s", head_text, re.IGNORECASE) and label:
                    label = f"no {label}"  # "no recovery by three weeks" is the sign itself
                if label and not self.is_topic(label) and not pc.is_generic(label):
                    self.emit(label, v.ASSOCIATED_WITH, target, span, ph.surface, section,
                              rule="list:prognosis", confidence=0.75)
            return found[0].label
        whose = _PEOPLE_WITH_LEAD.search(last_lead) if lead_text else None
        if whose is not None and found:
            # "Pain felt by people with nerve damage includes:" lists nerve damage's
            # signs; with the topic named, they are the topic's.
            named = phrases(whose.group("x"), split=False)
            owner = named[0].label if named else ""
            if owner and not pc.is_generic(owner):
                owner = self.topic if self.is_topic(owner) else owner
                for ph in found:
                    if not self.is_topic(ph.label) and ph.label.lower() != owner.lower():
                        self.emit(owner, v.HAS_SYMPTOM, ph.label, span, ph.surface, section,
                                  rule="list:signs-of", confidence=0.75)
                return found[0].label
        owned = _SIGNS_OF_HARM_LEAD.search(last_lead) if lead_text and found else None
        owner = pc.clean_phrase(owned.group("x")) if owned is not None else ""
        if owner and not self.is_topic(owner) and not self.mentions_topic(owner) and (
                label_key(owner) in self._complications or _names_grave_harm(owner)):
            # "Signs of shock include:" lists the signs of that harm, not of the topic
            for ph in found:
                if not self.is_topic(ph.label) and ph.label.lower() != owner.lower():
                    self.emit(owner, v.HAS_SYMPTOM, ph.label, span, ph.surface, section,
                              rule="list:signs-of", confidence=0.75)
            return found[0].label
        alike = (_LOOK_ALIKE_LEAD.search(last_lead) if lead_text.rstrip().endswith(":")
                 and not _TEST_WORD.search(last_lead) and not _MEANS_LEAD.search(last_lead)
                 else _DIFFERENTIAL.search(section or ""))
        if alike is not None and found and not any(_TEST_WORD.search(ph.label) for ph in found):
            # "Conditions with similar symptoms include: - flu": what it looks like, not a
            # sign; "Tests to rule out other causes include:" lists tests (left to the rules).
            for ph in found:
                if not self.is_topic(ph.label) and not pc.is_generic(ph.label):
                    self.emit(self.topic, v.RESEMBLES, ph.label, span, ph.surface, section,
                              rule="list:look-alikes", confidence=0.7)
            return found[0].label
        effects = p.SIDE_EFFECTS.search(last_lead) if lead_text else None
        if effects is not None and not effects.group("list").strip() and found:
            self.side_effects(effects.group("x"), found, span, section)
            return found[0].label
        if kind not in p.ITEM_RELATIONS or not found:
            return found[0].label if found else None
        if lead_text and _NOT_MEANS_LEAD.search(last_lead):
            # "The main challenges of diagnosing it include:" lists difficulties, no tests
            return found[0].label
        if kind in (p.RISK, p.CAUSE) and (_IF_YOU_LEAD.search(last_lead)
                                           or _WHO_LEAD.search(last_lead)):
            # "You're more likely to get it if you: - inject drugs": injecting drugs.
            if _ITEM_VERB.match(said) is None:  # "- have an open cut": no act "opening"
                found = [Phrase(_as_gerund(ph.label), ph.level, ph.surface) for ph in found]
            found = self._item_acts(found, head_text, verbless=said.strip() == head_text.strip())
        if kind == p.CAUSE and _HOW_IT_WORKS_ITEM.match(said):
            # "- toxins act as superantigens, activating T cells": a step of how it comes
            # about, read as a sentence; the line is no name of a cause
            return found[0].label
        predicate, shape = p.ITEM_RELATIONS[kind]
        rule = f"list:{kind}"
        if kind not in (p.RISK, p.CAUSE, p.PREVENTION, p.TREATMENT):
            if _RISKS_NAMED_AS_SIGN.match(head_text.strip()):
                return found[0].label  # "- presence of risk factors": a heading of its own
            if _PAST_HISTORY_ITEM.match(head_text.strip()):
                # "- history of diabetes" among a reference page's diagnostic factors: what
                # the patient had before raises the risk; it is no sign
                predicate, shape, rule = v.INCREASES_RISK_OF, p.Shape.ITEM_TO_TOPIC, \
                    "list:history"
        surface = " ".join(ph.surface for ph in found)
        # The lead sentence only; "Possible signs include:", "It may lead to:" over signs or
        # complications list what the illness does, not a guess, as the gold states them.
        hedged = (is_hedged(last_lead or lead_text) or is_hedged(surface)) and kind not in (
            p.SYMPTOM, p.COMPLICATION)
        negated = bool(_NEGATED_HEAD.match(head_text.strip())) or (
            kind in (p.RISK, p.CAUSE) and bool(last_lead) and _NO_RISK_LEAD.search(last_lead)
            is not None)
        examples = _EXAMPLES_IN_ITEM.search(pc.prepare(text[head_end:]))
        if examples:
            found = found + [ph for ph in phrases(examples.group(1)) if ph not in found]
        origin = _CAUSES_IN_ITEM.search(pc.prepare(head_text)) if kind in (p.RISK, p.CAUSE) \
            else None
        if origin:
            # "Immunosuppression due to cancer or chemotherapy" under risk factors: what
            # brings on a risk factor raises the risk too.
            found = found + [ph for ph in phrases(pc.cut_clause(origin.group(1)))
                             if ph not in found and not self.is_topic(ph.label)]
        for ph in found:
            if self.is_topic(ph.label) or (kind in (p.PREVENTION, p.TREATMENT)
                                           and _NO_MEANS.match(ph.label)):
                continue  # "started increasing before ...": a sentence's tail, no means
            if kind == p.PREVENTION and _SEEKING_CARE.match(ph.label):
                continue  # "- see a doctor if a wound gets red": care sought, no prevention
            if kind == p.PREVENTION and negated and " " not in ph.label and \
                    p.SYMPTOM_HEAD.search(f" {ph.label}"):
                continue  # "- do not touch or scratch sores or blisters": what not to touch

            if len(ph.label.split()) >= 4 and (self.mentions_topic(ph.label) or (
                    _ILLNESS_WORD.search(ph.label))) and p.find_triggers(ph.label):
                continue  # "smoking predisposes to it" as a line: the sentence rules read it
            if kind == p.SYMPTOM and self.names_topic_form(ph.label):
                continue  # "- Early spread grebble fever: ...": a stage of it, not a sign
            if kind == p.TREATMENT and self.mentions_topic(ph.label) and not _CARE_NOUN.search(
                    ph.label):
                continue  # "- suspected acute X: ..." under a treatment algorithm: who, no care
            label = pc.age_factor(pc.clean_phrase(pc.people_factor(ph.label)) if
                                  _PEOPLE_MEMBER.match(ph.label) or _AGENT_NOUN.search(ph.label)
                                  else ph.label) \
                if kind in (p.RISK, p.CAUSE) else ph.label
            if " " in label:  # "The chance of lasting pain rises with age" as a line
                label = _ITEM_VERB_TAIL.sub("", label) or label
            if label != ph.label and pc.is_generic(label):
                continue  # "The risk increases with age" as a line: no thing named
            said_negated = negated
            if negated and kind == p.PREVENTION:
                avoided = _avoided_act(label)
                if avoided is not None:
                    # "- do not share towels", "- not smoking" under ways to prevent it: the
                    # act of avoiding them prevents it (no denial that sharing prevents it)
                    label, said_negated = avoided, False
            subj, obj = ((label, self.topic) if shape is p.Shape.ITEM_TO_TOPIC
                         else (self.topic, label))
            # An organ failing, or a disease of its own ("meningitis", "a nerve palsy"), is
            # a complication even in a list of signs.
            said = (v.HAS_COMPLICATION if predicate == v.HAS_SYMPTOM and (
                _ORGAN_HARM.search(label) or _DISEASE_NAME.search(_HEAD_PART.split(label)[0]))
                else predicate)
            self.emit(subj, said, obj, span, ph.surface, section, hedged=hedged,
                      negated=said_negated, level=ph.level, rule=rule, confidence=0.85)
        return found[0].label

    @staticmethod
    def _item_acts(found: list[Phrase], head: str, *, verbless: bool) -> list[Phrase]:
        """Name the acts and states of an item under "if you:" ("- smoke" is smoking, "- are
        obese" obesity, "- inject drugs or drink heavily" drinking too).  Only an item
        that opens with its own verb (``verbless``: no "have"/"are" was cut from it) is
        read as acts: "- have a burn" keeps its burn."""
        out = [Phrase((bare_act(ph.label) if verbless else None) or people_state(ph.label)
                      or ph.label,
                      ph.level, ph.surface) if " " not in ph.label else ph for ph in found]
        if not verbless:
            return out
        said_as = {ph.surface.strip().lower() for ph in out}
        # ("- wear your lenses overnight", read as "wear your lenses" with its time cut as
        # everywhere: one act, said once)
        return out + [Phrase(act, None, m.strip()) for m in pc.split_list(head)
                      if not any(m.strip().lower().startswith(x) for x in said_as if x)
                      and (act := bare_act(m.strip()))]

    def infobox(self, start: int, end: int, field: re.Match[str], section: str | None) -> None:
        """Read one infobox field: its members as relations, or its figures."""
        label = field["label"]
        begin = start + field.start("value")
        if label in p.INFOBOX_FIGURES:
            # With its label: "Deaths6,400" and "Duration2–4 weeks" say what the number is.
            self.sentence(start, end, section, None, None, False)
            return
        if label not in p.INFOBOX_FIELDS:
            return
        predicate, shape = p.INFOBOX_FIELDS[label]
        value = re.sub(r"^(?:based on|by)\s+", "", _CITATION.sub("", field["value"]), flags=re.I)
        found = phrases(value)
        if predicate == v.DIAGNOSED_BY:
            # "Based on symptoms": the symptoms (or history) a doctor reviews, named as that.
            found += [Phrase(name, None, member.strip()) for member in pc.split_list(value)
                      for name, rx in _REVIEWED if rx.fullmatch(member.strip())]
        for ph in found:
            if self.is_topic(ph.label) or pc.is_generic(ph.label):
                continue
            subj, obj = ((ph.label, self.topic) if shape is p.Shape.ITEM_TO_TOPIC
                         else (self.topic, ph.label))
            self.emit(subj, predicate, obj, (begin, end), ph.surface, section,
                      rule=f"infobox:{label.lower()}", confidence=0.8)

    # -- sentences ---------------------------------------------------------
    def sentence(self, start: int, end: int, section: str | None, kind: str | None,
                 antecedent: str | None, hedged_after: bool, before: str = "",
                 lead: str = "", aside: str | None = None) -> None:
        """Read one sentence (``aside``: instead, what an aside of it says of the topic, as
        a sentence of its own, its figures already read with the sentence)."""
        raw = self.doc.text[start:end] if aside is None else aside
        if not caseless.lacks(raw, _REFERENCE_WORDS) and _REFERENCE.search(
                _AUTHOR_YEAR.sub("", raw) if "(" in raw else raw):
            return
        # (The line before across blocks too: "He may prescribe antivirals." then, a paragraph
        # of its own, "They need to be given within 72 hours": the antivirals' start.)
        figures = with_kind_around(find_figures(raw, self.topic_words, before or lead), raw,
                                   before, section) if aside is None else []
        if not figures and aside is None and section and section[:3].lower() == "how":
            # "Usually 2 to 3 weeks." under "How long does it last?": the question's verb
            figures = answered_period(raw, section, lambda s: find_figures(s, self.topic_words))
        for fig in with_lead_group(figures, raw, lead):
            if fig.subject and _IT_IS.fullmatch(fig.subject.strip()):
                continue  # "It is clear by six months who ...": a clause's lead, no thing
            if not fig.subject and fig.measure.kind in ("age", "duration") and \
                    not caseless.lacks(raw, _DOSE_WORDS) and _VACCINE_DOSES.search(raw):
                continue  # "The vaccine is given at 11 to 12 years": the schedule's, no age
                # or course of the illness
            if fig.measure.kind == "duration" and ((
                    " to " in raw and _ASKED_TO_DO_FOR.search(raw, 0, fig.start))
                    or _TEST_WITHIN.search(raw, 0, fig.start)):
                # "You may be asked to walk for six minutes", "a hearing test within four
                # weeks of getting better": a test's time, no course of the illness
                continue
            subject = self.topic
            if fig.subject and (fig.subject in EVENT_NAMES or fig.as_written):
                subject = fig.subject  # "diagnosing it within 10 days": the diagnosis
            elif fig.subject and (other := another_illness(fig.subject)) is not None:
                subject = other  # "70 % have an underlying illness": people with another
            elif fig.subject:
                onset = fig.subject.endswith(" onset")  # "swelling of the hands onset"
                named = phrases(fig.subject.removesuffix(" onset") if onset else fig.subject,
                                split=False)
                graded = _STAGE_LEAD.match(fig.subject) if fig.measure.kind == "share" \
                    else None
                if graded is not None and self.is_topic(fig.subject[graded.end():]):
                    # "The chronic form develops in 10-30 %": the chronic form's share (a
                    # relation said of "chronic X" is X's; a share of the topic is no figure)
                    subject = f"{graded.group(0).strip().lower()} {self.topic}"
                elif named and not self.is_topic(named[0].label):
                    subject = f"{named[0].label} onset" if onset else named[0].label
                    if _LACKED.match(fig.subject) and not subject.startswith("no "):
                        subject = f"no {subject}"  # "15 % have no wound": those without one
                elif not named and (harms := _HARMS_AS_A_CLASS.fullmatch(fig.subject.strip())):
                    # "25 % develop complications": how often complications come, not the topic
                    subject = f"{harms['mod'] or ''}complication".lower()
            if subject.endswith(" acquired abroad") and self.is_topic(
                    subject.removesuffix(" acquired abroad")):
                # (the topic's cases caught abroad, under its own name whichever of its
                # names the figure reader took)
                subject = f"{self.topic} acquired abroad"
            if subject == self.topic and fig.measure.kind == "frequency" and \
                    self._harms_before and not self._elsewhere:
                harm = harm_happening(raw, self._harms_before)
                if harm is not None:
                    subject = harm  # "Some get kidney damage. This happens in 20 %."
            if subject == self.topic and fig.measure.unit == "proportion" and \
                    fig.measure.kind != "share" and before and not self._elsewhere:
                form = form_before(raw, before, self.names_topic_form)
                if form is not None:
                    subject = form.lower()  # "X is the severe form. It kills 40 %": X's
            if subject == self.topic and not fig.subject and lead and \
                    _VERBLESS_PRESENT.match(raw) and len(lead.split()) <= 5:
                # "diabetes mellitus" as a line, then "Present in up to 60 % of patients.":
                # how often the line's thing is found in people with the topic
                named = phrases(lead.strip(" .:"), split=False)
                if named and not self.is_topic(named[0].label):
                    subject = named[0].label
            if subject == self.topic and self._elsewhere_name is not None:
                # "Kidney damage is a complication. It affects 1 in 4": kidney damage's
                named = phrases(self._elsewhere_name, split=False)
                if named and not self.is_topic(named[0].label):
                    subject = named[0].label
                    fig = figure_of_antecedent(fig, label_key(subject) in self._complications
                                               or "complication" in before.lower())
            self.emit(subject, v.HAS_MEASURE, None, (start, end),
                      raw[fig.start:fig.end], section, measure=fig.measure,
                      setting=fig.setting, rule=f"figure:{fig.measure.kind}",
                      confidence=0.2 if fig.measure.kind == "unknown" else fig.confidence)
            if subject != self.topic and kind != p.CAUSE:
                # ("Mixed infections occur in 15 % of patients" under causes: how often each
                # cause is found, no harm the illness brings)
                self.how_often_had(subject, fig, raw, (start, end), section)
                self.how_often_present(subject, fig, raw, (start, end), section)
        text = name_by_purpose(pc.prepare(raw))  # "medicines to raise blood pressure"
        if ("said" in text or "says" in text) and (quoted := _SAID_BY.search(text)) is not None:
            text = text[:quoted.start()]  # '"X," said Dr Y, a consultant': what was said
        if text[:2] in ("I ", "My", "I'"):
            text = first_person(text)  # a patient's own story: "I was given antibiotics"
        if text[:3].lower() == "yes":
            text = _YES_LEAD.sub("", text)  # an answer's "Yes: avoid X": the command after it
            text = text[:1].upper() + text[1:]
        if kind in _CLASS_OF_KIND:
            lowered = text.lower()
            if "most " in lowered[:40] or "main " in lowered or "commonest" in lowered:
                text = most_are_class(text, _CLASS_OF_KIND[kind])  # "The most serious are X"
        if antecedent is None and aside is None and kind not in (p.RISK, p.SKIP):
            # a summary's "Treated with X."
            text = topic_in_front(text, self.topic, overview=kind is None)
        defined = _DEFINITION_FIELD.match(text) if text[:1] in "DdOoWw" else None
        if defined is not None or (lead and lead.rstrip().endswith(":")
                                   and _DEFINITION_LEAD.search(lead)
                                   and not self.mentions_topic(text[:60])):
            # "Definition: a skin infection, usually caused by G" (or the line after a
            # "definition:" lead): what the topic is
            text = f"{self.topic} is {text[defined.end():] if defined else text}"
        if text[:5].lower() in ("these", "such ") and before and self.mentions_topic(before) \
                and not self._elsewhere:
            text = topic_patients(text, self.topic)  # "X is rare. These patients ...": X's
        read_before = len(self.out)
        if antecedent and ":" in text[:80]:
            text = text.split(":", 1)[1]  # the head was read by item(); this is its gloss
        low = text.lower()  # the words looked for before the searches below
        signs_of = _SIGNS_OF_OTHER.search(text, 0, 60) if kind in _LOCATED and (
            "sign" in low[:60] or "symptom" in low[:60]) else None
        # ("Symptoms of dehydration include a dry mouth": another thing's sites)
        others_signs = signs_of is not None and not (
            self.mentions_topic(signs_of["of"]) or pc.ANAPHORA.match(signs_of["of"])
            or pc.TOPIC_ALIASES.match(signs_of["of"]))
        # ("Rarely, it affects the heart or brain" under the outlook: the parts it reaches)
        affects = _IT_AFFECTS.match(text) if kind not in _LOCATED and "affect" in low else None
        if (kind in _LOCATED and not others_signs) or affects is not None:
            for m in _located_sites(text, kind == p.SYMPTOM):
                if affects is not None and m.start() < affects.end():
                    continue
                if kind == p.SYMPTOM and _WHERE_A_SIGN_SHOWS.fullmatch(m.group(0)) and not \
                        _PLACED_IN_RUN.search(text, max(0, m.start() - 60), m.start()):
                    continue  # "dry, cracked lips": where a sign shows, no part it attacks
                if kind == p.SYMPTOM and digit_under_skin(text, m):
                    continue  # "peeling skin on the fingers": the skin is the site
                if part_in_compound(text, m):
                    continue  # "eye drops", "heart muscle": a remedy, or a part named whole
                if part_of_other_illness(text, m):
                    continue  # "people with kidney disease": another illness, no site of it
                if denied_before(text, m.start()):
                    continue  # "There is no discharge from the eyes": a sign denied, no site
                if _PART_LACKED.search(text, max(0, m.start() - 20), m.start()):
                    continue  # "lack of a spleen": a part missing, no site it reaches
                self.emit(self.topic, v.AFFECTS, site_name(text, m.start(), m.end()),
                          (start, end), m.group(0), section, rule="body-site", confidence=0.6)
        # "pulmonary involvement": the illness reaches the lungs; so it does in "It may
        # involve almost any organ, most often the lungs and lymph nodes"
        for organ, m in chain(involved_organs(text) if "involvement" in low else (),
                              listed_organs(text) if "organ" in low or "system" in low
                              or " of the body" in low or "site" in low or "affected" in low
                              or "involved" in low else ()):
            if not denied_before(text, m.start()):
                self.emit(self.topic, v.AFFECTS, organ, (start, end), m.group(0), section,
                          rule="body-site", confidence=0.6)
        self.no_remedy(text, (start, end), section)
        if "rais" in low or "lower" in low or "increas" in low or "reduc" in low:
            self.level_changed(text, (start, end), section, kind)
        if "prevent" in low or "avoid" in low:
            self.prevented_by(text, (start, end), section)
        if any(map(low.__contains__, _GROWN_WORDS)) and kind not in (
                p.TREATMENT, p.PREVENTION):
            self.germ_grown(text, (start, end), section)
        if kind == p.DIAGNOSIS:
            self.findings(text, (start, end), section)
            self.samples(text, (start, end), section)
            if any(map(low.__contains__, _FOUND_WORDS)):
                self.found_in_sample(text, (start, end), section)
        elif kind not in (p.TREATMENT, p.PREVENTION) and taken_for_testing(low):
            self.samples(text, (start, end), section)  # "fluid is drawn from a sore for testing"
        if kind in (p.DIAGNOSIS, p.LOOK_ALIKE, None) and any(map(low.__contains__,
                                                                 _LOOK_ALIKE_WORDS)):
            self.look_alikes(text, (start, end), section)
        if "mimic" in low or "like" in low or "resembl" in low:
            self.mimics_of_topic(text, (start, end), section)
        way = _WAY_TO_DIAGNOSE.match(text) if "diagnos" in low or "identif" in low else None
        if way is not None and not _SAMPLE_TAKEN.search(way.group("x")):
            # "Surgical exploration is the only way to make a firm diagnosis" (a sample taken
            # is read by samples()).
            for ph in phrases(way.group("x")):
                if not self.is_topic(ph.label) and not pc.is_generic(ph.label):
                    self.emit(self.topic, v.DIAGNOSED_BY, ph.label, (start, end), ph.surface,
                              section, rule="phrase:way-to-diagnose", confidence=0.65,
                              hedged=is_hedged(way.group(0)))
        if "clinical" in low:
            clinical = _CLINICAL_DIAGNOSIS.search(text)
            if clinical is not None:
                self.emit(self.topic, v.DIAGNOSED_BY, "clinical diagnosis", (start, end),
                          clinical.group(0), section, rule="phrase:clinical-diagnosis",
                          confidence=0.65, hedged=is_hedged(text[:clinical.end()]),
                          negated=denied_before(text, clinical.start()))
        if text[:5].lower() in ("this ", "it is", "it's ") and self.out:
            self.remedy_named_back(text, (start, end), section)
        if not caseless.lacks(text, _ROUTE_WORDS) and _ROUTE_HINT.search(text):
            self.route(text, (start, end), section)
        if "actor" in low or "prognostic" in low or "outcome " in low:
            self.outcome_factors(text, (start, end), section)
        if not caseless.lacks(text, _OUTLOOK_WORDS):
            self.outlook_reads(text, (start, end), section)
        if "ntroduc" in low or " use of " in low:
            self.care_introduced(text, (start, end), section)
        if "role" in low or " part " in low:
            self.role_suggested(text, (start, end), section, kind)
        if kind in _SIGN_TALK_KINDS and not caseless.lacks(low, CAUSED_STATE_WORDS):
            self.caused_states(text, (start, end), section)
        if antecedent is None and kind not in (p.TREATMENT, p.PREVENTION, p.DIAGNOSIS):
            self.worse_in_group(text, (start, end), section)
        if kind in (p.SYMPTOM, None) and antecedent is None:
            pace = onset_pace(text)  # "Symptoms come on suddenly": how fast it starts
            if pace is not None:
                self.emit(self.topic, v.HAS_SYMPTOM, pace[0], (start, end), pace[1], section,
                          rule="phrase:onset-pace", confidence=0.6,
                          negated=denied_before(text, len(pace[1])))
        if kind == p.SYMPTOM or (kind is None and _OWING_TO_TOPIC.match(text)
                                 and self.mentions_topic(text[:60])):
            # "As a result of X, your face feels stiff": how people are, said to come of it.
            self.states(text, (start, end), section)
        elif kind is None:
            self.signs_said_of(text, (start, end), section)
            # "Your heartbeat may slow", "one side of the face sags": signs anywhere
            self.function_signs(text, low, (start, end), section)
        # "Mouth changes may include cracked lips": signs, also under no typed heading;
        # "Lifestyle changes may include ..." there are things to do.
        sign_class = _SIGN_CLASS.search(text) if kind == p.SYMPTOM or (
            kind is None and not _CHANGES_TO_MAKE.match(text)) else None
        if sign_class is not None:
            hedged_class = is_hedged(sign_class.group(0))
            for ph in phrases(pc.cut_clause(sign_class.group("x"))):
                # "Mouth changes may include cracked lips and a red tongue": signs.
                if not self.is_topic(ph.label) and not pc.is_generic(ph.label):
                    self.emit(self.topic, v.HAS_SYMPTOM, ph.label, (start, end), ph.surface,
                              section, hedged=hedged_class, rule="phrase:sign-class",
                              confidence=0.65)
        harms = _HARMS_OF_A_KIND.match(text) if kind in (p.COMPLICATION, p.PROGNOSIS) \
            and "includ" in low else None
        if harms is not None:
            for ph in phrases(pc.cut_clause(harms.group("x"))):
                # "Heart problems can include heart failure and an irregular heartbeat".
                if not self.is_topic(ph.label) and not pc.is_generic(ph.label):
                    self.emit(self.topic, v.HAS_COMPLICATION, ph.label, (start, end),
                              ph.surface, section, hedged=is_hedged(text[:harms.start("x")]),
                              rule="phrase:harm-class", confidence=0.65)
        stays = _STAYS.match(text) if "perman" in low or "long" in low else None
        if stays is not None:
            what = pc.clean_phrase(stays.group("x"))
            if what and not self.is_topic(what) and not pc.is_generic(what) \
                    and not _PERSON_SUBJECT.search(what):
                self.emit(self.topic, v.HAS_COMPLICATION, f"{stays.group('l').lower()} {what}",
                          (start, end), stays.group(0), section, hedged=is_hedged(stays.group(0)),
                          rule="phrase:stays", confidence=0.65)
        if kind in (p.SYMPTOM, None) and not caseless.lacks(low, _VERB_SIGN_WORDS):
            self.verb_signs(text, (start, end), section)
        if "moist" in low or "lubricat" in low:
            self.kept_moist(text, (start, end), section)
        if not caseless.lacks(low, _EXPOSED_WORDS):
            self.part_left_exposed(text, (start, end), section)
        if not caseless.lacks(low, _HARMS_ORGAN_WORDS):
            self.harms_organ(text, (start, end), section)
            if kind == p.COMPLICATION:
                self.organs_fail(text, (start, end), section)
            if kind in (p.COMPLICATION, p.PROGNOSIS, None):
                self.organs_harmed(text, (start, end), section, kind)
        if kind == p.COMPLICATION:
            possible = _POSSIBLE_HARM.match(text)
            what = pc.clean_phrase(possible.group("x")) if possible is not None else ""
            if possible is not None and self.names_a_sign(what):
                # "Long-term lung damage is possible", under complications.
                self.emit(self.topic, v.HAS_COMPLICATION, what, (start, end), possible.group(0),
                          section, rule="phrase:possible-harm", confidence=0.6,
                          hedged=True, negated=bool(possible.group("no")))
        into = _GOES_INTO.search(text) if " into " in low else None
        if into is not None:
            # "Later, patients may go into shock": where the illness can take them.
            self.emit(self.topic, v.HAS_COMPLICATION, into.group("x").lower(), (start, end),
                      into.group(0), section, rule="phrase:goes-into", confidence=0.65,
                      hedged=is_hedged(text[:into.end()]),
                      negated=denied_before(text, into.start()))
        self.wordings(text, (start, end), section, kind, raw)
        if any(map(low.__contains__, GROUP_WORDS)):
            self.group_risk(text, (start, end), section)
        if "risk" in low or "danger" in low or "hazard" in low:
            self.harms_risked(text, (start, end), section)
            self.risks_carried(text, (start, end), section)
        if "infected" in low or "contaminated" in low:
            self.infected_openings(text, (start, end), section)
        if " but " in low and "cause" in low and "common" in low:
            self.commonest_cause(text, (start, end), section)
        course = _COURSE_WITH.match(text) if "course, with" in low else None
        if course is not None and (self.names_the_topic(course.group("t"))):
            # "It can have a severe course, with vomiting, fits and confusion": its signs then
            for ph in phrases(pc.cut_clause(course.group("x"))):
                if self.names_a_sign(ph.label):
                    self.emit(self.topic, v.HAS_SYMPTOM, ph.label, (start, end), ph.surface,
                              section, hedged=is_hedged(course.group(0)),
                              rule="phrase:course-with", confidence=0.6)
        if ("symptoms" in low or "signs" in low) and (" like " in low or "such as" in low):
            self.its_signs_like(text, (start, end), section)
        if "longer" in low or ("more than" in low and "if " in low):
            self.lasting_longer(text, (start, end), section)
        if ("range" in low or "vary" in low or "varies" in low) and " from " in low:
            self.signs_ranged(raw, (start, end), section)
        signs = _SIGNS_SUCH_AS.match(text) if "such as" in low or "includ" in low else None
        if signs is not None and _OTHERS_SIGNS.search(text, 0, signs.start("list")):
            signs = None  # "similar to those of other illnesses, such as flu": the others'
        if signs is not None and (not signs.group("of") or self.mentions_topic(signs.group("of"))
                                  or self.is_topic(pc.clean_phrase(signs.group("of")))):
            # "Its symptoms can come on fast and may look like flu, such as A, B and C".
            for ph in phrases(pc.cut_clause(signs.group("list"))):
                if not self.is_topic(ph.label):
                    self.emit(self.topic, v.HAS_SYMPTOM, ph.label, (start, end), ph.surface,
                              section, hedged=is_hedged(signs.group("list")),
                              rule="phrase:symptoms-such-as",
                              confidence=0.7)
        families = _RUNS_IN_FAMILIES.search(text) if "famil" in low else None
        if families is not None and (self.mentions_topic(text[:families.start()]) or re.match(
                r"^\s*(?:it|this|the condition|the disease|(?:some )?cases)\b", text,
                re.IGNORECASE)):
            # "It tends to run in families": a family history raises the risk.
            self.emit("family history", v.INCREASES_RISK_OF, self.topic, (start, end),
                      families.group(0), section, hedged=is_hedged(text),
                      # ("It is not inherited, but it can run in families": the "not" is the
                      # clause before the "but"; in "It does not run in families", its own)
                      negated=is_negated(text[clause_bounds(text, families.start())[0]:
                                              families.end()]), rule="phrase:families",
                      confidence=0.7)
        # (The gates look in the lower-cased text: "Risk rises with age" opens a sentence.)
        lower = _TO_LOWER_RISK.match(text) if "risk" in low or "chance" in low else None
        if lower is None and ("avoid" in low or "prevent" in low or "protect" in low):
            lower = TO_AVOID.match(text)  # "To avoid it, change plasters often"
        if lower is not None:
            act = advice_label(lower.group("act"))
            if act is not None:
                what = pc.clean_phrase(lower.group("x") or "")
                self.emit(act, v.PREVENTS, self.topic if not what or self.is_topic(what) or
                          pc.ANAPHORA.match(what) else what, (start, end), lower.group("act"),
                          section, rule="phrase:to-lower-risk", confidence=0.7,
                          negated=bool(_NEGATED_HEAD.match(lower.group("act").strip())))
        fewer = WHO_LESS_LIKELY.match(text) if "less likely" in low else None
        if fewer is not None:
            self.less_likely_who(fewer, text, (start, end), section)
        guard = PROTECT_BY.match(text) if "protect" in low or "safe" in low else None
        if guard is not None:
            self.protected_by(guard, text, (start, end), section)
        best = _BEST_WAY.match(text) if "way" in low or "mean" in low else None
        if best is None and ("protect" in low or "defen" in low or "prevention" in low):
            best = BEST_PROTECTION.search(text)  # "the best protection is to avoid bites"
        if best is not None:
            # "The best way to avoid it is to keep wounds clean": the act prevents it.
            what = pc.clean_phrase(best.group("y") or "")
            target = self.topic if not what or self.is_topic(what) or pc.ANAPHORA.match(
                what) or pc.TOPIC_ALIASES.match(what) else what
            acts = gerund_acts(best.group("act")) if best.group("by") else [
                ph.label for ph in phrases(pc.cut_clause(best.group(0)[best.start("noun"):]))
            ] if best.group("noun") is not None else advice_acts(
                re.sub(r"\b(?:and|or) to\s+", "and ", best.group("act")))
            for act in acts:
                self.emit(act, v.PREVENTS, target, (start, end), best.group("act"), section,
                          rule="phrase:best-way", confidence=0.7,
                          negated=bool(_NEGATED_HEAD.match(best.group("act").strip())))
        incurable = not_curable(text)
        if incurable is not None:
            said = pc.clean_phrase(left_side(text[:incurable]))
            if self.is_topic(said) or pc.TOPIC_ALIASES.match(said) or said.lower() in (
                    "it", "this"):
                # "Currently, the disease isn't curable": no treatment cures it.
                self.emit("curative treatment", v.EFFECTIVE_FOR, self.topic, (start, end),
                          text[incurable:].strip(" ."), section, negated=True,
                          rule="phrase:not-curable")
        chosen = first_choice(text) if kind in (p.TREATMENT, None) else None
        if chosen is not None:
            self.first_choice_used(chosen, text, kind, (start, end), section)
        guarded = guard_named(text) if best is None else None
        if guarded is not None:
            self.guard_prevents(guarded, text, (start, end), section)
        if "risk" in low or "chance" in low or "likel" in low or "odds" in low:
            self.risk_rises(text, (start, end), section)
        if text[:4].lower() in ("if y", "if t", "if a", "if s", "if p", "when"):
            self.if_you_have(text, (start, end), section)
        if " if " in text or " when " in text:
            self.risk_if(text, (start, end), section)
        if "toxin" in low or "poison" in low:
            self.read_toxin_makers(text, (start, end), section)
        if "between" in low:
            self.read_link_between(text, (start, end), section)
        elif " link" in low or "association with" in low or "connection with" in low:
            self.read_link_with(text, (start, end), section)
        if "especially" in low or "particularly" in low or "above all" in low:
            self.especially_at_risk(text, (start, end), section)
        if "risk" in low or "chance" in low or "likel" in low:
            for m in ([] if caseless.lacks(text, _RISK_REDUCED_WORDS) else
                      _RISK_REDUCED.finditer(text)):
                self.risk_reduced(m, text, (start, end), section)
        self.carriers_and_delays(text, raw, (start, end), section)
        bite = _BITE.search(text) if "bite" in low else None
        if bite is not None and (self.mentions_topic(text[:bite.start()]) or
                                 pc.TOPIC_ALIASES.match(left_side(text[:bite.start()]).strip()
                                                        .split(" ")[0] or "")):
            # "spread to people through the bite of an infected tick": tick bites.
            animal = _label_key(bite.group("x"))
            self.emit(f"{animal} bite", v.INCREASES_RISK_OF, self.topic, (start, end),
                      bite.group(0), section, rule="phrase:bite", confidence=0.7)
        if "blood" in low:
            spread = _SPREADS_TO_BLOOD.search(text)
            if spread is not None and (self.clause_subject(text[:spread.start()]) or
                                       pc.TOPIC_ALIASES.match(left_side(
                                           text[:spread.start()]).strip())):
                # "The infection can spread to the blood": a blood infection follows.
                self.emit(self.topic, v.HAS_COMPLICATION, "blood infection", (start, end),
                          spread.group(0), section, rule="phrase:spreads-to-blood",
                          confidence=0.65, hedged=is_hedged(text[:spread.end()]))
        neither = _NEITHER_NOR.match(text) if "neither" in low else None
        if neither is not None:
            # "Neither aspirin nor ibuprofen helps": both are denied.
            pred = v.PREVENTS if neither.group("v").lower().startswith("prevent") \
                else v.EFFECTIVE_FOR
            for what in (neither.group("a"), neither.group("b")):
                name = pc.clean_phrase(what)
                if name and not pc.is_generic(name) and not self.is_topic(name):
                    self.emit(name, pred, self.topic, (start, end), what, section,
                              rule="phrase:neither-nor", confidence=0.65, negated=True,
                              hedged=is_hedged(text))
        lasting = _LASTING_PROBLEMS.search(text) if ("such as" in low or "like" in low
                                                     or "includ" in low) else None
        if lasting is not None and lasting.group("of") and not (
                self.is_topic(pc.clean_phrase(lasting.group("of")))
                or pc.TOPIC_ALIASES.match(lasting.group("of"))):
            lasting = None  # "Long-term effects of steroids include X": another thing's
        if lasting is not None:
            # "Survivors may have long-term problems such as tiredness": lasting harms;
            # "The long-term effects of it can include X", too.
            for ph in phrases(pc.cut_clause(lasting.group("x"))):
                if not self.is_topic(ph.label) and not pc.is_generic(ph.label):
                    self.emit(self.topic, v.HAS_COMPLICATION, ph.label, (start, end),
                              ph.surface, section, rule="phrase:lasting-problems",
                              confidence=0.65, hedged=is_hedged(text[:lasting.start("x")]))
        removed = _PART_REMOVED.search(text) if "remov" in low else None
        if removed is not None and kind in (p.COMPLICATION, p.PROGNOSIS, None):
            # "some need a limb removed": an amputation the illness leads to.
            self.emit(self.topic, v.HAS_COMPLICATION, "amputation", (start, end),
                      removed.group(0), section, rule="phrase:part-removed", confidence=0.6,
                      hedged=is_hedged(text[:removed.end()]))
        genes = _GENETIC.search(text) if "genetic" in low else None
        if genes is not None and (kind in (p.CAUSE, p.RISK) or self.mentions_topic(text)
                                  or _ABOUT_IT.match(text)):
            # "... in genetically susceptible people": a genetic make-up raises the risk.
            self.emit("genetic susceptibility", v.INCREASES_RISK_OF, self.topic, (start, end),
                      genes.group(0), section, rule="phrase:genetic", confidence=0.6,
                      hedged=is_hedged(text), negated=denied_before(text, genes.start()))
        if "(" in raw:
            for bracket in _NAMED_HARM.finditer(raw):
                what = pc.clean_phrase(bracket.group("x"))
                words = raw[:raw.rfind("(", 0, bracket.end())].split()
                glosses_topic = any(self.is_topic(" ".join(words[-n:])) for n in range(1, 5))
                if what and not self.is_topic(what) and not glosses_topic \
                        and not self.mentions_topic(what) and len(pc.split_list(what)) == 1 \
                        and _DISEASE_NAME.search(what) and (
                        kind in (p.COMPLICATION, None) or bracket.group("site")):
                    # "can affect the joints (joint arthritis)", "the heartbeat may slow
                    # (known as heart block)": the harm named in brackets (one name: a list
                    # there gives examples, "severe (A or B)", read by the phrases)
                    self.emit(self.topic, v.HAS_COMPLICATION, what, (start, end),
                              bracket.group(0), section, rule="phrase:bracket-harm",
                              confidence=0.6, hedged=is_hedged(raw[:bracket.end()]),
                              negated=denied_before(raw, bracket.start()))
        if "(" in raw and kind in (p.SYMPTOM, p.COMPLICATION):
            for quoted in _QUOTED_NAME.finditer(raw):
                # "The tongue turns red and swollen ("strawberry tongue")": under signs, a
                # name in quotes in brackets is the sign the words before describe.
                sign_name = pc.clean_phrase(quoted.group("n"))
                if sign_name and " " in sign_name and not self.is_topic(sign_name) \
                        and not pc.is_generic(sign_name):
                    self.emit(self.topic, v.HAS_SYMPTOM if kind == p.SYMPTOM
                              else v.HAS_COMPLICATION, sign_name, (start, end), quoted.group(0),
                              section, rule="phrase:quoted-name", confidence=0.6,
                              hedged=is_hedged(raw[:quoted.start()]))
        if "los" in low:
            for lost in _LOSES_PART.finditer(text):
                part = lost.group("x").lower()
                part = _PART_LOSS.get(part, part.removesuffix("s"))
                self.emit(self.topic, v.HAS_COMPLICATION, f"{part} loss", (start, end),
                          lost.group(0), section, rule="phrase:loses-part", confidence=0.65,
                          hedged=is_hedged(text[:lost.end()]),
                          negated=is_negated(text[clause_bounds(text, lost.start())[0]:
                                                  lost.start("x")]))
        hard_as = _HARD_ACT_KINDS.get(kind) if kind is not None else None
        made_hard = acts_made_hard(text) if hard_as is not None else None
        if made_hard is not None and hard_as is not None:
            # "Scarring of the lungs can make breathing difficult": the harm, and the
            # difficulty it brings, each the topic's sign or harm as the section says
            said = pc.clean_phrase(made_hard.harm or "")
            for what in filter(None, (said if self.names_a_sign(said) else "",
                                      made_hard.difficulty)):
                self.emit(self.topic, hard_as, what, (start, end),
                          made_hard.words, section, rule="phrase:makes-hard", confidence=0.6,
                          hedged=is_hedged(made_hard.words),
                          negated=is_negated(made_hard.words))
        if any(map(low.__contains__, _MECHANISM_WORDS)):
            self.mechanism(text, (start, end), section, kind)
        if kind not in (p.TREATMENT, p.PREVENTION, p.DIAGNOSIS, p.SYMPTOM):
            for harm, harm_words in lasting_harms(text):
                # "A few people still have symptoms for years", "the swelling can burst".
                if not self.is_topic(harm):
                    self.emit(self.topic, v.HAS_COMPLICATION, harm, (start, end),
                              harm_words.group(0), section, rule="phrase:lasting-harm",
                              confidence=0.6, hedged=is_hedged(text[:harm_words.end()]))
        if kind not in (p.PREVENTION, p.DIAGNOSIS):
            # (under complications, "it can lead to inflammation of the heart" names a harm:
            # only what the illness is says how it works there, as under its signs)
            for process, works in how_it_works(text, signs=kind in (p.SYMPTOM, p.COMPLICATION),
                                               said_by_topic=self._said_by_topic, low=low,
                                               care=kind == p.TREATMENT):
                # "It is an inflammation of the airways", "the germs spread along the fat".
                self.emit(self.topic, v.INVOLVES, process, (start, end), works.group(0),
                          section, rule="phrase:how-it-works", confidence=0.55,
                          hedged=is_hedged(text[:works.end()]))
        if kind not in (p.TREATMENT, p.PREVENTION):
            for test, result in tests_named_by_results(text, low):
                # "creatinine at least twice normal", "blood cultures": the test that finds it.
                self.emit(self.topic, v.DIAGNOSED_BY, test, (start, end), result, section,
                          rule="phrase:result-names-test", confidence=0.6)
        deadly = None if caseless.lacks(text, _DEADLY_WORDS) else _DEADLY.search(text)
        if deadly is not None:
            # "It isn't life-threatening" / "it can be fatal": whether it can kill ("painful
            # but rarely fatal" denies it, as "is rarely fatal" does).
            no_death = bool(deadly.group("no") or _RARELY_FATAL.search(deadly.group(0)))
            near = _MODAL_TAIL.sub("", left_side(text[:deadly.start()]).strip())
            shared = _AND_SECOND_VERB.match(text[:deadly.start()])
            if shared is not None:  # "The infection spreads fast and can be fatal"
                near = shared.group("s").strip()
            near = _CONDITION_THEN_IT.sub("", near)  # "Without prompt treatment it is fatal"
            said = pc.clean_phrase(near)
            whom = deadly.group("whom")  # "1 in 5 people with heart disease die": its toll
            others = bool(whom) and not (self.is_topic(pc.clean_phrase(whom)) or whom.lower()
                                         in ("it", "this") or pc.TOPIC_ALIASES.match(whom))
            fatal_harm = fatal_relative(text[:deadly.start()]) if not deadly.group("own") else None
            if fatal_harm is not None and not self.is_topic(pc.clean_phrase(fatal_harm)):
                # "... severe infections that could be fatal": the infections kill.
                killer = pc.clean_phrase(fatal_harm)
                # "spreads to the heart or brain, which can be fatal": the spread kills, no
                # organ
                if killer and not pc.is_generic(killer) and not p.ANATOMY.fullmatch(killer):
                    self.emit(killer, v.CAUSES, "death", (start, end), deadly.group(0), section,
                              rule="phrase:deadly-harm", confidence=0.6, negated=no_death)
                others = True
            if not others and (deadly.group("own") or not said or self.is_topic(said)
                               or pc.TOPIC_ALIASES.match(said) or pc.TOPIC_ALIASES.match(near)
                               or said.lower() in ("it", "this")):
                self.emit(self.topic, v.HAS_COMPLICATION, "death", (start, end),
                          deadly.group(0), section, rule="phrase:deadly", confidence=0.7,
                          negated=no_death,
                          hedged=is_hedged(text[:deadly.end()]))
        defined = None if caseless.lacks(text, _DEFINING_WORDS) else _DEFINED_WITH_SIGN.match(text)
        if defined is not None and (self.is_topic(defined["t"]) or _IT_SAID.fullmatch(
                defined["t"].strip())):
            # "X is an acute febrile illness", "X is a rare, painful disease": the sign its
            # definition gives it
            self.emit(self.topic, v.HAS_SYMPTOM, _DEFINING_SIGNS[defined["adj"].lower()],
                      (start, end), defined.group(0), section, rule="phrase:defined-sign",
                      confidence=0.6)
        burst = _BURSTS.match(text) if "burst" in low or "ruptur" in low or "split" in low \
            else None
        if burst is not None and kind in (p.COMPLICATION, p.PROGNOSIS, None):
            # "The aneurysm can burst (rupture)": the rupture is a harm it brings
            what = (noun_lemmas(burst["x"].lower()) or (burst["x"].lower(),))[0]
            self.emit(self.topic, v.HAS_COMPLICATION, f"{what} rupture", (start, end),
                      burst.group(0), section, rule="phrase:bursts", confidence=0.6,
                      hedged=is_hedged(burst.group(0)), negated=is_negated(burst.group(0)))
        unlike = _UNLIKE.match(text)
        if unlike is not None:
            # "Unlike a stroke, the weakness comes on slowly": told apart from a look-alike.
            other = pc.clean_phrase(unlike.group("x"))
            if other and not self.is_topic(other) and not pc.is_generic(other) \
                    and self.mentions_topic(text) is False:
                self.emit(self.topic, v.RESEMBLES, other, (start, end), unlike.group(0),
                          section, rule="phrase:unlike", confidence=0.6)
        if "effect" in text:
            for m in p.SIDE_EFFECTS.finditer(text):
                if m.group("list").strip():
                    self.side_effects(m.group("x"), phrases(m.group("list")), (start, end),
                                      section)
        who_had = False
        if " who" in text:
            for m in p.WHO_HAD.finditer(text):
                who_had = True
                self.factor_raises_risk(m, text, (start, end), section, "phrase:who-had",
                                        negated_from=m.start())
        get = p.PEOPLE_GET.match(text) if not who_had and (" who " in low or " with " in low) \
            else None
        if get is not None:
            self.people_get(get, text, (start, end), section)
        if "risk factors" in low:
            self.risk_factor_management(text, (start, end), section, kind)
        if kind in (p.PREVENTION, p.TREATMENT):
            self.measures(text, (start, end), section, kind)
            if ": " in text:
                self.care_after_colon(text, (start, end), section, kind)
        if "reventing" in text:
            for m in _PREVENTING_WITH.finditer(text):
                subj, obj = pc.clean_phrase(m.group("subj")), pc.clean_phrase(m.group("obj"))
                if subj and obj and not pc.is_generic(subj) and not self.is_topic(subj):
                    self.emit(subj, v.PREVENTS, self.topic if self.is_topic(obj) else obj,
                              (start, end), m.group(0), section,
                              hedged=is_hedged(text[:m.start()]),
                              negated=denied_before(text, m.start()))
        if kind == p.PREVENTION and "control" in text:
            self.kept_under_control(text, (start, end), section)
        matches: list[tuple[re.Match[str], p.Trigger]] = []
        # A question asserts nothing: "What risk factors are linked with X?" names none.
        found = p.find_triggers(text, lambda m, trig: self.allowed(trig, m, text, kind)) \
            if not _QUESTION.search(text) else []
        for m, trig in found:
            if trig.name == "purpose" and not (
                (matches and matches[-1][1].name in _CHAIN)
                or m.group().lower().startswith(("to ", "in order", "help"))
                # ("Covering your mouth stops it from spreading", "Vaccination stops you
                # getting it": the topic kept away)
                or (m.group()[:4].lower() == "stop" and _KEPT_FROM.match(text[m.end():]))
                or (kind in (p.TREATMENT, p.PREVENTION)
                    and _MODAL_BEFORE.search(text, 0, m.start()))
                or (kind is None and (self._it_remedy or remedy_before(text[:m.start()])))
                # "Steroids reduce inflammation" under care: a remedy's kind names the doer
                or (kind == p.TREATMENT and remedy_before(text[:m.start()]))
            ):
                continue  # a bare "lower" or "control" is not a purpose
            if trig.name == "purpose" and matches and matches[-1][1].name == "responds-to" \
                    and _USED_BEFORE.search(text, 0, m.start()):
                continue  # "doesn't respond to medicines used to reduce a fever, such as X"
            matches.append((m, trig))
        self._last = [antecedent] if antecedent else []
        self._sentence_text = text
        prev_left = ""
        # "It is caused by X, although this has not been proven": the clause after doubts all
        # the sentence said before it.
        doubt = _TRAILING_DOUBT.search(text) if any(
            map(low.__contains__, _TRAILING_DOUBT_WORDS)) else None
        doubted_before = doubt.start() if doubt is not None else -1
        for i, (m, trig) in enumerate(matches):
            chained = i > 0 and matches[i - 1][1].name in _CHAIN_LEADS
            c_start, c_end = clause_bounds(text, m.start())
            if trig.shape in (p.Shape.RIGHT_TO_TOPIC, p.Shape.TOPIC_TO_RIGHT):
                c_end = clause_bounds(text.replace(";", ","), m.start())[1]
            if c_end < m.end():  # "Symptoms vary but often include X": the phrase spans a
                c_end = clause_bounds(text, m.end())[1]  # "but"; its clause runs on after it
            left_start = max(c_start, matches[i - 1][0].end() if i else 0)
            right_end = min(c_end, matches[i + 1][0].start() if i + 1 < len(matches) else c_end)
            if trig.name in _LIST_PHRASES and i + 1 < len(matches) and \
                    matches[i + 1][1].name == "purpose":
                # "Treatment may include X, medication to relieve spasms, and ventilation":
                # a member's purpose is part of the member; the list runs on after it
                right_end = c_end
            elif trig.predicate == v.PREVENTS and i + 1 < len(matches) and \
                    matches[i + 1][1].name == "complication-list" and \
                    not text[m.end():right_end].strip():
                # "X helps prevent complications such as heart damage": the list is what X
                # prevents (with nothing before the list's words, the topic was)
                right_end = c_end
            left = text[left_start:m.start()]
            if i and ", " in left and p.Side.LEFT in (trig.shape.subject, trig.shape.object):
                joints = list(_NEW_CLAUSE_SUBJECT.finditer(left))
                if joints:
                    # "A scan may show gas under the skin, and a sample of tissue can confirm
                    # it": the words after the last joint are the next clause's subject (the
                    # previous phrase's object was read as this one's too).
                    left = left[joints[-1].end():]
            if i and trig.shape.object is p.Side.LEFT and \
                    matches[i - 1][1].shape.object is p.Side.LEFT and _ELIDED_SUBJECT.match(left):
                # "It is usually caused by bacteria, but can also be brought on by viruses":
                # the second clause's subject is the first's.
                left = prev_left
            if i and matches[i - 1][1].name in _ASIDE_CAUSES and \
                    p.Side.LEFT in (trig.shape.subject, trig.shape.object) and \
                    prev_left.rstrip().endswith(",") and _ASIDE_END.fullmatch(left):
                # "A crackling feeling, caused by gas, may be present": the aside's cause
                # ends at its comma; the feeling is what may be present.
                left = prev_left.rstrip()[:-1] + " "
            if i and trig.predicate in _NAMED_BY_WHAT_IT_DOES and \
                    p.Side.LEFT in (trig.shape.subject, trig.shape.object) and \
                    _SHORT_OBJECT.fullmatch(left) and _THAT_END.search(
                        before := text[max(c_start, matches[i - 2][0].end() if i > 1 else 0):
                                       matches[i - 1][0].start()]):
                # "A urine test that detects the antigen is the most used test": the test is,
                # its relative clause says what it does (that clause was read as its own).
                left = _THAT_END.sub(" ", before)
            if i and trig.name == "given" and matches[i - 1][1].name in _CHAIN_LEADS and \
                    _AND_THEN.search(left):
                # "X reduces deaths and is given with the first dose": X is given (what it
                # reduces is no remedy)
                left = prev_left
            if i and trig.name in _GROUP_RISKS and matches[i - 1][1].name in _GROUP_RISKS \
                    and _THEY_AGAIN.match(left):
                # "Smokers are more likely to get it, and they are at higher risk of X": the
                # group the first clause named is the second's.
                left = prev_left
            elif not i and trig.name in _GROUP_RISKS and _THEY_AGAIN.match(left) and \
                    0 <= start - self._group_said[0] <= 2:
                left = self._group_said[1]  # "Smokers ... . They are also at risk of X."
            if trig.name in _GROUP_RISKS and left.strip() and not _THEY_AGAIN.match(left):
                self._group_said = (end, left)
            if trig.shape.subject is p.Side.LEFT and c_start > left_start - 1 and \
                    _CONTINUED_SUBJECT.match(left):
                # "Conditions such as A and B, as well as C, predispose to it": the subject
                # began before the commas that cut the clause.
                left = text[matches[i - 1][0].end() if i else 0:m.start()]
            if trig.name == "so-risk-rises" and not left.strip(" ,") and c_start > 0:
                # "X makes the blood clot, so your risk ... is higher": the clause before
                left = text[max(clause_bounds(text, c_start - 2)[0],
                                matches[i - 1][0].end() if i else 0):m.start()]
            if left_start == 0 and _REPORT_GATE.search(left):
                # "Researchers think that an infection triggers it": the frame is no part
                # of the subject, and its "that" opens no relative clause.
                left = _REPORT_FRAME.sub("", left)
            if i and matches[i - 1][1].name == "purpose" \
                    and trig.predicate in (v.USED_FOR, v.EFFECTIVE_FOR) \
                    and trig.shape.subject is p.Side.LEFT \
                    and matches[i - 1][0].group().lower().startswith("to ") \
                    and c_start <= matches[i - 1][0].start() \
                    and not re.search(r"[,;]|\band\b", text[matches[i - 1][0].end():m.start()]):
                # "Surgery to remove dead tissue is needed": the surgery is, not the tissue.
                left = text[max(c_start, matches[i - 2][0].end() if i > 1 else 0):
                            matches[i - 1][0].start()]
            then_and = _WHICH_THEN_AND.search(text, max(0, m.start() - 120), m.start()) \
                if trig.name == "causes" and not antecedent and "which" in low else None
            if then_and is not None:
                # "A complication is X, which affects 1 in 5 and can lead to Y": X leads to Y
                # (the clause between says something else of X, another relation's words too).
                since = max((e.end() for e, _ in matches[:i] if e.end() <= then_and.start()),
                            default=0)
                harm = harm_before_which(text[since:then_and.start("rel")], whole=since > 0)
                if harm:
                    left = harm
            rel = _RELATIVE_END.search(left)
            if rel is not None and not antecedent \
                    and trig.name != "left-with":  # "..., which may leave scarring": the topic's
                # "X is a rare but serious illness that has been linked to Y": the definition
                # may start before the clause ("but") that holds the relative pronoun.
                since = matches[i - 1][0].end() if i else 0  # no earlier relation's words
                before_rel = text[since:m.start() - len(left) + rel.start("rel")]
                defined = _DEFINED_AS.match(_ALIAS_ASIDE.sub(" ", before_rel).strip() + " "
                                            + rel.group("rel"))
                reach = max(0, m.start() - 120)
                # (Anchored at the end, but a search tries it from every place of the stretch.)
                appositive = None if caseless.ends_without(
                    text[reach:m.start()], _NAMED_BEFORE_WORDS) else \
                    _NAMED_BEFORE.search(text, reach, m.start())
                harm = harm_before_which(before_rel, whole=since > 0) if trig.name == "causes" and \
                    rel.group("rel").lower() == "which" else ""
                if not harm and trig.name == "causes" and rel.group("rel").lower() == "that" \
                        and i and matches[i - 1][1].name == "causes" and since > 0:
                    # "It can cause damage that may lead to blindness": the harm the first
                    # phrase named leads on to the next
                    harm = harm_before_which(before_rel.rstrip() + ",", whole=True)
                if defined is not None and self.is_topic(defined.group(1)):
                    left = defined.group(1)  # "X is an infection that causes Y": X does
                elif trig.name in _DEFINED_THING_TRIGGERS and \
                        _CONDITION_KIND_END.search(before_rel) and (defined := defined or (
                            _DEFINED_PLAIN.match(before_rel.strip() + " " + rel.group("rel"))
                        )) is not None:
                    # "Plonkitis is a kidney problem that can develop after X", "... is
                    # lasting nerve pain that follows X": plonkitis does (the kind defines
                    # it, and names no thing of its own)
                    left = defined.group(1)
                elif harm:
                    # "Harms include lung scarring, which may lead to X": the scarring does
                    left = harm
                elif appositive is not None and trig.shape.subject is p.Side.LEFT:
                    # "caused by a virus (V), the same virus that causes Y": V causes Y.
                    left = re.split(r"\s(?:by|is|are|was|were|of|from|with)\s",
                                    appositive.group("np"))[-1]
                elif i and trig.shape.subject is p.Side.LEFT and " also" in rel.group(0) \
                        and matches[i - 1][1].name in _LEADING_CAUSES:
                    # "caused by virus V (VV) that also causes Y": the cause named just
                    # before the "that" causes Y as well.
                    left = left[:rel.start()]
                elif trig.name in _ANY_SUBJECT_ROUTES:
                    left = ""  # "caused by germ G, which gets in through cuts": the way in
                elif trig.name == "mimics" and self.own_sign_before_which(text[:m.start()]):
                    # "a red rash, which is often mistaken for ringworm": the topic's sign is
                    left = named_before_which(text[:m.start()])
                elif self.topic_before_which(text[:m.start()]):
                    # "The illness, which is often mistaken for flu, ...": the topic is
                    left = named_before_which(text[:m.start()])
                elif trig.name == "progresses-to" and kind == p.SYMPTOM:
                    # "A rash appears, which turns into blisters": a sign turning into
                    # another, both the topic's (the sign is what the pronoun follows)
                    left = before_rel
                else:
                    continue  # "the virus that causes X": the subject is not this clause's
            if rel is None and trig.name in ("caused-by", "triggered-by"):
                # "X is a rare but serious infection, usually caused by G": X is, though a
                # "but" or a comma cut the clause after the class's first words.
                defined = _DEFINED_BY_KIND.match(text, matches[i - 1][0].end() if i else 0,
                                              m.start())
                if defined is not None and self.is_topic(defined.group(1)):
                    left = defined.group(1)
                elif i == 0 and kind is None and _DEFINED_WITHOUT_NAME.match(text, 0, m.start()):
                    # "An infection of the deep tissues, usually caused by G." opening an
                    # overview: a definition without the name, so of the topic (not of the
                    # tissues its "of" names).
                    left = "it"
            right = text[m.end():right_end] if right_end > m.end() else ""
            if i == 0 and trig.name in _LEADING_CAUSES and not left.strip() and not antecedent:
                # "Caused by germ G, X spreads fast", an item "- Due to germ G": what the
                # sentence goes on about, or with nothing after it, the page's topic.
                owner, upto = self._leading_cause_owner(text, m.end())
                if owner:
                    left, right = owner, text[m.end():m.end() + upto]
            if chained and trig.name in _CHAIN and m.start() - left_start < 60:
                left = ""  # "help prevent A, reduce B and ease C": the same subject does each
            prev_left = left
            scope = negation_start(text, c_start, m.start())
            # (A list's members are named things: "pain that seems worse than the wound
            # looks" hedges nothing the lead says of them, so a list's lead decides.)
            self.relation(trig, left, right, (start, end), section, kind, antecedent,
                          hedged=hedged_past_gravity(text, scope, m.end() if trig.name in
                                                     _LIST_PHRASES else c_end, m.start())
                          or hedged_after
                          or m.start() < doubted_before,
                          negated=negated_within(text, scope, m.start() if trig.name in
                                                 _OWN_WORDS_NOT_CUES else m.end())
                          and not _in_if_clause(text, m.end()),
                          diagnostic="diagnos" in low and "diagnos" in _IF_DIAGNOSED.sub(
                              "", low) and not (
                              # ("Diagnosis is made through tests, and it can be treated
                              # with antibiotics": the care's clause names no test)
                              trig.name in _NAMED_CARE_PHRASES
                              and "diagnos" not in text[left_start:right_end].lower()),
                          trig_text=m.group(0), trig_at=m.start())
        if self._complications and _GLOSS_HINT.search(text):
            self.glossed_signs(text, (start, end), section)
        if ", as " in text and len(self.out) > read_before:
            self.as_do_too(text, self.out[read_before:], (start, end), section)
        if kind == p.PREVENTION and antecedent is None and len(self.out) == read_before:
            told = _PEOPLE_SHOULD.match(text)
            if told is not None:
                # "Healthcare workers should wear gloves", "People who have had it should not
                # use X again": the command said to them
                text = ("Do not " if told["not"] else "") + told["rest"]
            text = _IT_HELPS_TO.sub("", text, count=1)  # "It also helps to avoid X": avoid X
            if_use = _IF_YOU_USE.match(text)
            # "If you use pads, change them often": the command, with "them" named.
            acts = advice_acts(re.sub(r"\b(?:them|it)\b", if_use.group("x"),
                                      if_use.group("rest"), count=1) if if_use else text)
            for act in acts:
                act = _vaccination_named(act)
                if act.startswith(("seeing", "seeking", "getting")) \
                        or re.search(r"\s(?:it|them|this|these|that)$", act):
                    continue
                # "Wash your hands often.", "Clean any cuts and cover them." under prevention,
                # and nothing else read from it: each act prevents the topic.
                # ("If you have had it before, do not use X": the command after the
                # condition says to avoid X, and avoiding X prevents it)
                if _NEGATED_HEAD.match(_LEADING_CONDITION.sub("", text.strip())):
                    act = _avoided_act(act) or act_noun(f"avoiding {act}")
                self.emit(act, v.PREVENTS, self.topic, (start, end), text[:60], section,
                          rule="phrase:advice", confidence=0.65)
        if kind == p.TREATMENT and antecedent is None and len(self.out) == read_before:
            self.remedy_advised(text, (start, end), section)
        if kind == p.SYMPTOM and antecedent is None and all(
                c.predicate == v.AFFECTS for c in self.out[read_before:]):
            self.signs_by_verb(text, (start, end), section)  # (the parts named are read)
        if kind == p.DIAGNOSIS and antecedent is None and not any(
                c.predicate == v.DIAGNOSED_BY for c in self.out[read_before:]):
            self.test_said_of(text, (start, end), section)
            if "level" in low or "sent" in low or any(map(low.__contains__, _MEASURE_WORDS)):
                self.levels_found(text, (start, end), section)
        if "react" in low and kind in (p.CAUSE, p.RISK, None):
            self.reacted_to(text, (start, end), section)
        if "referred" in low and len(self.out) == read_before:
            self.referred_for(text, (start, end), section)
        timely = timely_care(text) if kind not in (p.SYMPTOM, p.DIAGNOSIS) else None
        if timely is not None:
            self.timely_care_prevents(timely, read_before, (start, end), section)
        recovered = care_recovery(text) if kind not in (p.SYMPTOM, p.DIAGNOSIS) else None
        if recovered is not None and not self.is_topic(recovered.care):
            # "With prompt treatment, most people recover": the care works for the illness
            self.emit(recovered.care, v.EFFECTIVE_FOR, self.topic, (start, end), recovered.said,
                      section, hedged=is_hedged(recovered.said), rule="phrase:recover-with",
                      confidence=0.65)

    def reacted_to(self, text: str, span: tuple[int, int], section: str | None) -> None:
        """Read "It may be triggered when the immune system reacts to something, such as
        dust or germs": what the body reacts to plays a part in the topic (said of the topic:
        the sentence names it, or a pronoun for it, before the reaction)."""
        m = _REACTS_TO.search(text)
        if m is None or not (self.mentions_topic(text[:m.start()]) or _IT_BEFORE.search(
                text[:m.start()])):
            return
        for ph in phrases(pc.cut_clause(m.group("x"))):
            if not self.is_topic(ph.label) and not pc.is_generic(ph.label) \
                    and not examples_of_anything(ph.label):
                self.emit(ph.label, v.CONTRIBUTES_TO, self.topic, span, ph.surface, section,
                          hedged=is_hedged(text[:m.end()]), negated=denied_before(
                              text, m.start()), rule="phrase:reacted-to", confidence=0.6)

    def referred_for(self, text: str, span: tuple[int, int], section: str | None) -> None:
        """Read "You may be referred to a specialist for more blood tests" (a test: a way to
        find the topic) and "... referred to hospital for injections of antibiotics" (care:
        a remedy for it), when nothing else in the sentence was read."""
        m = _REFERRED_FOR.search(text)
        if m is None or is_negated(text[:m.start("x")]):
            return
        for ph in phrases(pc.cut_clause(m.group("x"))):
            label = _MORE_OF.sub("", ph.label)  # "advice and more blood tests"
            if self.is_topic(label) or pc.is_generic(label) or _REFERRAL_AIM.fullmatch(label):
                continue
            if _TEST_WORD.search(label):
                self.emit(self.topic, v.DIAGNOSED_BY, label, span, ph.surface, section,
                          hedged=is_hedged(text[:m.end()]), rule="phrase:referred-for",
                          confidence=0.6)
            elif _CARE_ITEM.search(label):
                self.emit(label, v.USED_FOR, self.topic, span, ph.surface, section,
                          hedged=is_hedged(text[:m.end()]), rule="phrase:referred-for",
                          confidence=0.6)

    def levels_found(self, text: str, span: tuple[int, int], section: str | None) -> None:
        """Read "Zorb enzyme levels may be raised" and "Tissue samples are sent for culture"
        under a diagnosis heading: the measure's test, the sample's culture, ways of finding
        the topic."""
        m = next((found for rx in _MEASURE_ABNORMAL if (found := rx.match(text))), None)
        if m is not None and not is_negated(text[:m.start("how")]):
            # ("Serum complement levels": the complement's test)
            what = re.sub(r"^(?:serum|plasma) ", "", pc.clean_phrase(m.group("x")), flags=re.I)
            if what and not self.is_topic(what) and not pc.is_generic(what):
                self.emit(self.topic, v.DIAGNOSED_BY, f"{what} test", span, m.group(0), section,
                          hedged=is_hedged(text), rule="phrase:levels-found", confidence=0.6)
        sent = _SENT_FOR.match(text)
        if sent is not None:
            what = pc.clean_phrase(sent.group("x"))
            if what and not self.is_topic(what):
                self.emit(self.topic, v.DIAGNOSED_BY, f"{what} {sent.group('test').lower()}",
                          span, sent.group(0), section, hedged=is_hedged(text),
                          rule="phrase:levels-found", confidence=0.6)

    def test_said_of(self, text: str, span: tuple[int, int], section: str | None) -> None:
        """Read a sentence under a diagnosis heading that opens with a test and says
        something of it ("An MRI scan is more sensitive", "Swabs from the wound are sent to
        the lab") as that test finding the topic, when nothing else there named a test.

        A denial anywhere in it ("X-rays should not delay surgery") leaves it unread: what
        is denied may be the test or something else.
        """
        m = _TEST_OPENS.match(text)
        if m is None or is_negated(text):
            return
        for ph in phrases(m.group("x")):
            if not self.is_topic(ph.label) and not pc.is_generic(ph.label):
                self.emit(self.topic, v.DIAGNOSED_BY, ph.label, span, ph.surface, section,
                          hedged=is_hedged(text), rule="phrase:test-said-of", confidence=0.55)

    def less_likely_who(self, m: re.Match[str], text: str, span: tuple[int, int],
                        section: str | None) -> None:
        """Read "People who have been vaccinated are less likely to get it" as vaccination
        preventing it, "Those who wash their hands ..." as washing hands doing so."""
        what = pc.clean_phrase(m.group("y"))
        target = self.topic if not what or self.is_topic(what) or pc.ANAPHORA.match(
            what) or pc.TOPIC_ALIASES.match(what) else what
        said = m.group("x")
        acts = [] if said is None else ["vaccination"] if vaccinated(said) else advice_acts(said)
        if not acts:
            # "People who smoke (smokers) are less likely to get it": what they do is
            # protective (filed as "X is protective" is), named as the group's factor
            factor = pc.people_factor(f"people who {said}" if said else m.group("doers"))
            # ("Farmers are less likely ...": a group that names no act of its own)
            acts = [factor] if factor and not pc.is_generic(factor) and len(
                factor.split()) <= 4 and factor.lower() != (m.group("doers") or "").lower() \
                else []
        for act in acts:
            self.emit(act, v.PREVENTS, target, span, said or m.group("doers"), section,
                      hedged=is_hedged(text), rule="phrase:less-likely-who", confidence=0.65)

    def protected_by(self, m: re.Match[str], text: str, span: tuple[int, int],
                     section: str | None) -> None:
        """Read "You can protect yourself by getting vaccinated": each act after "by"
        prevents the topic (or what it protects against, when named)."""
        what = pc.clean_phrase(m.group("x") or "")
        target = self.topic if not what or self.is_topic(what) or pc.ANAPHORA.match(
            what) or pc.TOPIC_ALIASES.match(what) else what
        for act in gerund_acts(_NOT_DOING.sub("avoiding ", m.group("act"))):
            self.emit(act, v.PREVENTS, target, span, m.group("act"), section,
                      hedged=is_hedged(text[:m.start("act")]),
                      negated=denied_before(text, m.start("act")),
                      rule="phrase:protect-by", confidence=0.7)

    def timely_care_prevents(self, timely: TimelyCare, read_before: int,
                             span: tuple[int, int], section: str | None) -> None:
        """Read "if not treated promptly, it can cause vision loss" as early treatment
        preventing vision loss: the harm named, else each harm the sentence gave the topic."""
        if timely.harm is None:
            harms = [c.object for c in self.out[read_before:] if c.object is not None
                     and c.predicate == v.HAS_COMPLICATION and not c.negated
                     and self.is_topic(c.subject)]
        if timely.harm is None and not harms:
            named = timely.harm_named_after()
            what = pc.clean_phrase(named) if named else ""
            harms = [what] if what and not pc.is_generic(what) and len(what.split()) <= 4 \
                and not self.is_topic(what) else []
        elif timely.harm is not None:
            what = pc.clean_phrase(timely.harm)
            harms = ["complication" if _COMPLICATIONS_WORD.fullmatch(what) else self.topic if (
                self.is_topic(what) or pc.ANAPHORA.match(what) or pc.TOPIC_ALIASES.match(what))
                else "" if pc.is_generic(what) or len(what.split()) > 4 else what]
        for harm in dict.fromkeys(h for h in harms if h):
            for act in timely.acts:
                self.emit(act, v.PREVENTS, harm, span, timely.surface, section,
                          rule="phrase:timely-care", confidence=0.6)

    def mechanism(self, text: str, span: tuple[int, int], section: str | None,
                  kind: str | None) -> None:
        """Read how the topic works: the states it puts tissues in, a virus lying dormant.

        "It causes the blood vessels to become inflamed" gives the topic
        involving blood vessel inflammation; "the nerve becomes swollen or
        inflamed" (on a page about the topic, outside its symptom lists)
        nerve inflammation; "the virus stays dormant ... can reactivate"
        viral latency and virus reactivation.
        """
        if _NAMED_THEN_WHERE.match(text) and not self.defines_topic_where(text):
            return  # "glaucoma, where pressure builds up in the eye": how that one works
        # The patterns below are case-insensitive passes over the whole sentence: read
        # through their lower-case twins and the words they need (see .caseless).
        # ("the pleura - two layers that line the chest wall - becomes inflamed": an aside
        # between dashes names no part that becomes so; blanked, its offsets kept)
        told = _DASH_ASIDE.sub(lambda a: " " * len(a.group()), text) if (
            " - " in text or "\u2014" in text or " \u2013 " in text) else text
        for pattern in (_CAUSES_STATE, _BECOMES_STATE):
            for m in caseless.finditer(pattern, told):
                before = text[clause_bounds(text, m.start())[0]:m.start()]
                if pattern is _CAUSES_STATE:
                    if not self._said_by_topic(before):
                        continue  # another thing's effect
                elif kind in (p.SYMPTOM, p.TREATMENT, p.PREVENTION, p.DIAGNOSIS):
                    continue  # "Your joints become swollen" under Symptoms is a sign
                states = [s.lower() for s in (m.group("a"), m.group("b")) if s]
                self._emit_state(m.group("n"), m.groupdict().get("w"),
                                 min(states, key=_STATE_RANK.index), m.group(0), span, section,
                                 negated=is_negated(before))
        if kind not in (p.SYMPTOM, p.TREATMENT, p.PREVENTION, p.DIAGNOSIS):
            for m in caseless.finditer(_DAMAGES_PART, text):
                before = text[clause_bounds(text, m.start())[0]:m.start()]
                if self._said_by_topic(before, agents=False):
                    # "The toxins damage the lining of the blood vessels".
                    self._emit_state(m.group("n"), m.group("w"), _VERB_STATE[m.group("v").lower()],
                                     m.group(0), span, section, negated=is_negated(before))
        inside = None if caseless.lacks(text, _FORMS_INSIDE_WORDS) else \
            _FORMS_INSIDE.search(text)  # (no twin: its [A-Za-z] reads case)
        if inside is not None and kind not in (p.TREATMENT, p.PREVENTION, p.DIAGNOSIS):
            named = inside.group("n")
            clauses = re.split(r"\s+and\s+", named)
            if len(clauses) > 1 and any(_CLAUSE_VERB.search(f" {c}") for c in clauses[:-1]):
                named = clauses[-1]  # "the immune system overreacts and clumps of cells form"
            named = _SETTING_LEAD.sub("", named)  # "In this illness, clumps of cells form"
            what = pc.called_name(named) or pc.clean_phrase(named)
            if what and " build" in inside.group(0).lower() and " " not in what and \
                    not what.lower().endswith("s"):
                what = f"{what} build-up"  # "Protein builds up in the liver": its build-up
            if what and not pc.is_generic(what) and not self.is_topic(what) \
                    and not p.SYMPTOM_HEAD.search(what) and not p.ANATOMY.fullmatch(what):
                # "Clumps of cells called granulomas build up in the lungs": how it works.
                self.emit(self.topic, v.INVOLVES, what, span, inside.group(0), section,
                          rule="phrase:mechanism", confidence=0.6)
        called = (_FORMS_CALLED.search(text) if "called" in text else None) or (
            _CLUMP_TOGETHER.search(text) if "clump" in text else None) or (
            _CLUMPS_DEFINED.match(text) if " of " in text else None)
        if called is not None and kind not in (p.TREATMENT, p.PREVENTION, p.DIAGNOSIS):
            what = pc.clean_phrase(called.group("n"))
            if what and not pc.is_generic(what) and not self.is_topic(what):
                self.emit(self.topic, v.INVOLVES, what, span, called.group(0), section,
                          rule="phrase:mechanism", confidence=0.6)
        form = caseless.search(_CAUSES_FORM, text)
        if form is not None and kind not in (p.SYMPTOM, p.TREATMENT, p.PREVENTION, p.DIAGNOSIS):
            said = pc.clean_phrase(left_side(text[clause_bounds(text, form.start())[0]:
                                                  form.start()]))
            what = (pc.clean_phrase(form.group("o")) if form.group("o") else
                    pc.called_name(form.group("n")) or pc.clean_phrase(form.group("n")))
            if text[form.end():form.end() + 6].lower() == " into ":
                what = ""  # "causes cells to form into clumps called X": the clumps, read above
            if (self.is_topic(said) or pc.TOPIC_ALIASES.match(said) or said.lower() in (
                    "it", "this", "")) and what and not pc.is_generic(what) \
                    and not _SIGN_FORMED.search(what):  # ("causing red patches to develop")
                # "It causes lumps of cells, called granulomas, to form in organs".
                self.emit(self.topic, v.INVOLVES, what, span, form.group(0), section,
                          rule="phrase:mechanism", confidence=0.6)
        dormant = caseless.search(_DORMANT, text)
        if dormant is not None:
            self.emit(self.topic, v.INVOLVES, "viral latency", span, dormant.group(0), section,
                      rule="phrase:mechanism", confidence=0.6)
        if kind not in (p.SYMPTOM, p.TREATMENT, p.PREVENTION, p.DIAGNOSIS):
            for process, keys, pattern in (*_PROCESSES, *(
                    _CAUSE_SECTION_PROCESSES if kind == p.CAUSE else ())):
                if kind == p.COMPLICATION and process in _COMPLICATION_UNDER_COMPLICATIONS:
                    continue  # "a clot can form in the weakened artery": a complication
                found = _stated(text, keys, pattern)
                if found is not None:
                    self.emit(self.topic, v.INVOLVES, process, span, found.group(0), section,
                              rule="phrase:mechanism", confidence=0.55,
                              hedged=is_hedged(text[:found.end()]))
            for process, found in more_processes(text):
                # "A massive activation of T cells", "blood flow to the skin is cut off".
                if not denied_before(text, found.start()):
                    self.emit(self.topic, v.INVOLVES, process, span, found.group(0), section,
                              rule="phrase:mechanism", confidence=0.55,
                              hedged=is_hedged(text[:found.end()]))
            for agent, keys, pattern in _AGENTS:
                found = _stated(text, keys, pattern)
                if found is not None:
                    self.emit(agent, v.CAUSES, self.topic, span, found.group(0), section,
                              rule="phrase:agent", confidence=0.55,
                              hedged=is_hedged(text[:found.end()]))
        react = caseless.search(_REACTIVATES, text)
        if react is not None and "virus" in text.lower():
            self.emit(self.topic, v.INVOLVES, "virus reactivation", span, react.group(0),
                      section, rule="phrase:mechanism", confidence=0.6)

    def _likened_is_topic(self, before: str) -> bool:
        """Whether the words before a likening ("looks like", "resembles") name the topic:
        "It can", "At first, it", "The early stages of the illness may"."""
        said = _LIKENED_WHEN.sub("", _LOOKS_LEAD.sub("", before)).strip()
        return self.is_topic(said) or _EARLY_STAGE.fullmatch(said) is not None

    def _said_by_topic(self, before: str, *, agents: bool = True) -> bool:
        """Return whether a clause's subject is the topic or one of its agents or processes.

        "It causes ...", "The toxins damage ...", "Inflammation in the vessels can cause
        ..." say how the topic works; "High pressure causes ..." is another thing's effect.
        """
        said = pc.clean_phrase(left_side(before))
        return bool(self.is_topic(said) or pc.TOPIC_ALIASES.match(said) or said.lower() in (
            "it", "this", "which", "that", "") or (agents and _TOPIC_AGENT.match(said)))

    def _emit_state(self, noun: str, wall: str | None, state: str, surface: str,
                    span: tuple[int, int], section: str | None, *, negated: bool) -> None:
        """Emit the topic involving a part put in a state ("artery wall weakening")."""
        noun = re.sub(r"^(?:the|your|a|their|its)\s+", "", noun.strip(), flags=re.I)
        if pc.is_generic(noun) or self.is_topic(noun):
            return
        part = f"{label_key(noun)} {wall.lower()}" if wall else label_key(noun)
        self.emit(self.topic, v.INVOLVES, f"{part} {_STATE_NOUN[state]}", span, surface,
                  section, rule="phrase:mechanism", confidence=0.6, negated=negated)
        if not wall and not negated and p.ANATOMY.fullmatch(noun) and not is_negated(surface):
            # "the facial nerve becomes inflamed": the nerve is a part it reaches, too.
            self.emit(self.topic, v.AFFECTS, noun, span, surface, section,
                      rule="phrase:part-state", confidence=0.6)

    def risk_reduced(self, m: re.Match[str], text: str, span: tuple[int, int],
                     section: str | None) -> None:
        """Read "the risk of Y is reduced (for people who receive) X" as X preventing Y."""
        doers = phrases(m.group("x"))
        what = pc.clean_phrase(m.group("y"))
        complications = _COMPLICATIONS.fullmatch(what)
        target = (self.topic if self.is_topic(what) or self.mentions_topic(what) else
                  complication_label(complications) if complications else what)
        if not target or (complications is None and pc.is_generic(target)):
            return
        for doer in doers:
            if not self.is_topic(doer.label):
                self.emit(doer.label, v.PREVENTS, target, span, m.group(0), section,
                          rule="phrase:risk-reduced", confidence=0.7,
                          hedged=is_hedged(text[:m.end()]),
                          negated=denied_before(text, m.start("x")))

    def _sign_said_before(self, before: str) -> bool:
        """Return whether the clause before a wording is said of a sign, not of the topic."""
        said = pc.clean_phrase(left_side(before))
        return bool(said) and not self.mentions_topic(said) and not pc.ANAPHORA.match(said) \
            and bool(p.SYMPTOM_HEAD.search(" " + said))

    def wordings(self, text: str, span: tuple[int, int], section: str | None,
                 kind: str | None = None, raw: str | None = None) -> None:
        """Read the fixed wordings of :data:`_WORDINGS`, mostly clinical pages' risk words.

        "Immunocompromised patients are particularly susceptible", "Cases have been
        reported after surgery", "Diabetes is the most common comorbidity",
        "Susceptibility is increased by liver disease", "Women are affected twice as
        often as men", "There is an association with recent flu".
        """
        low = text.lower()
        opened: set[int] = set()  # each hint looked for once
        for h in filter(low.__contains__, _WORDING_HINTS):  # the hints looked for in C
            opened.update(_WORDINGS_OF_HINT[h])
        for i in sorted(opened):
            wording, people, predicate = _WORDINGS[i]
            if wording.kinds and kind not in wording.kinds:
                continue
            m = wording.regex.search(raw if wording.raw and raw is not None else text)
            if m is None:
                continue
            if people and _OUTCOME_SAID.search(text, 0, m.start()):
                continue  # "A complete recovery is more likely in people with X": the outlook's
            if people and m.start() and self._sign_said_before(text[:m.start()]):
                continue  # "A rash is more likely in children": the sign's, not the topic's
            if predicate == v.USED_FOR and _harm_needing(_HARMED_PEOPLE_NEED, text):
                continue  # "People with kidney failure may need a transplant": the harm's remedy
            if predicate == v.USED_FOR and _WHO_NEED.search(text, 0, m.start() + 12):
                continue  # "Most people who need treatment respond well to it": who, not what
            if predicate == v.USED_FOR and kind == p.PREVENTION:
                predicate = v.PREVENTS  # "Proper wound care is essential", under prevention
            target = self.topic if wording.target in (None, "act", *_ACT_NOUNS) or (
                wording.target.startswith("=")) else wording.target
            named = m.groupdict().get("y") or m.groupdict().get("y2")
            targets: list[str] = []
            if named:
                named = re.split(r",?\s+(?:such as|like|including)\s", named)[0]
                what = pc.clean_phrase(named)
                if _COMPLICATIONS_WORD.fullmatch(what):
                    target = "complication"  # "serious complications": complications as a class
                elif not (self.is_topic(what) or pc.ANAPHORA.match(what)
                          or pc.TOPIC_ALIASES.match(what)):
                    # ("a lifelong risk of high blood pressure and kidney failure": each harm)
                    targets = [ph.label for ph in phrases(pc.cut_clause(named))
                               if not self.is_topic(ph.label)] \
                        if _LISTED_HARMS.search(named) else [what]
                    targets = [x for x in targets if not pc.is_generic(x) and len(x.split()) <= 4]
                    if not targets:
                        continue
                    target = targets[0]
            said = m.groupdict()
            named_x = said.get("x") or said.get("x2") or ""
            prev = None
            while prev != named_x:  # "Certain medicines can also make it more likely"
                prev, named_x = named_x, _TRAILING.sub("", named_x)
            # ("The sooner antibiotics are started, the better": the antibiotics, started soon)
            named_x = _HOW_SOON.sub("", named_x)
            if ", but " in named_x:
                # ("The exact cause is unknown, but genes seem to play a part": the genes)
                named_x = named_x.rsplit(", but ", 1)[1]
            if wording.target == "act":
                self.timely_act(named_x, target, m, span, section)
                continue
            if wording.target is not None and wording.target.startswith("="):
                # a fixed name: "be amputated" is amputation, whatever is amputated
                self.emit(wording.target[1:], predicate, target, span, m.group(0), section,
                          hedged=is_hedged(text[:m.end()]), rule="phrase:wording",
                          confidence=0.6)
                continue
            if wording.target in _ACT_NOUNS:
                what = pc.clean_phrase(named_x)
                if what and not pc.is_generic(what) and not self.is_topic(what):
                    # ("an arm or leg may need to be removed": an amputation)
                    act = "amputation" if wording.target == "removal" and _LIMBS.fullmatch(
                        what) else f"{_in_front(what)} {wording.target}"
                    self.emit(act, predicate, self.topic,
                              span, m.group(0), section, hedged=is_hedged(m.group(0)),
                              rule="phrase:wording", confidence=0.6)
                continue
            found = phrases(named_x if people else pc.cut_clause(named_x), people=people)
            factors = _people_factors(found) if people else [
                Phrase("older age" if pc.age_factor(re.sub(r"^being\s+", "", ph.surface.strip(
                    " ,."), flags=re.I)) == "older age" else ph.label, ph.level, ph.surface)
                for ph in found]
            # "Patients who do not respond to X may receive Y": the clause about the
            # patients denies nothing of Y.
            main = _WHO_CLAUSE_BEFORE_VERB.sub(" ", _LEAD_IF_CLAUSE.sub("", m.group(0)))
            # ("Children are most likely to be affected": who is affected most, no guess)
            main = _LIKELIEST_AFFECTED.sub(" ", main)
            hedged, negated = is_hedged(main), is_negated(main)
            for ph in factors:
                if self.is_topic(ph.label) or pc.is_generic(ph.label) or (
                        predicate == v.USED_FOR and (_NOT_A_REMEDY.search(ph.label)
                                                     or _WHO_NOT_WHAT.fullmatch(ph.label))):
                    continue
                if predicate == v.USED_FOR and kind == p.DIAGNOSIS and _TEST_WORD.search(
                        ph.label):
                    continue  # "Cultures should be taken before X": a test taken, no remedy
                for each in targets or [target]:
                    self.emit(ph.label, predicate, each, span, ph.surface, section,
                              hedged=hedged, negated=negated, rule="phrase:wording",
                              confidence=0.65)

    def group_risk(self, text: str, span: tuple[int, int], section: str | None) -> None:
        """Read "It affects men more often than women", "Complications are more common with
        increasing age": the group raises the risk of the topic, or of its complications."""
        for said in group_risks(text):
            about = pc.clean_phrase(said.about) if said.about else ""
            if _COMPLICATIONS_WORD.fullmatch(about):
                target = "complication"
            elif self.said_of_topic(about) or _CASES.match(about):
                target = self.topic
            else:
                continue  # "The rash is more common with age": not said of the topic
            self.emit(said.factor, v.INCREASES_RISK_OF, target, span, said.anchor, section,
                      hedged=is_hedged(said.anchor), rule="phrase:group-risk", confidence=0.65)

    def harms_risked(self, text: str, span: tuple[int, int], section: str | None) -> None:
        """Read "A and B are possible risks of this surgery", "The risks of X include A":
        what carries the risks (the surgery named just before) raises the risk of each."""
        said = risks_of(text)
        if said is None:
            return
        before = self.doc.text[max(0, span[0] - 400):span[0]]
        source = named_before(said.source, before) or pc.clean_phrase(said.source)
        if not source or self.is_topic(source) or pc.is_generic(source) or \
                pc.ANAPHORA.match(source) or self.mentions_topic(source):
            return  # "risks of the illness" are its complications, read elsewhere
        for ph in phrases(pc.cut_clause(said.harms)):
            if not self.is_topic(ph.label) and not pc.is_generic(ph.label):
                self.emit(source, v.INCREASES_RISK_OF, ph.label, span, ph.surface, section,
                          hedged=is_hedged(said.said), rule="phrase:risks-of",
                          confidence=0.6)

    def its_signs_like(self, text: str, span: tuple[int, int], section: str | None) -> None:
        """Read "It is linked to wounds and has a rapid onset of symptoms like A and B": the
        topic (the sentence's subject) has A and B (only a sentence opening with its signs
        was read so)."""
        m = _HAS_SIGNS_LIKE.search(text)
        if m is None or _OTHERS_SIGNS.search(text) or not (
                _IT_OPENS.match(text) or self.mentions_topic(text[:m.start()][:60])):
            return
        for ph in phrases(pc.cut_clause(m.group("x"))):
            if self.names_a_sign(ph.label):
                self.emit(self.topic, v.HAS_SYMPTOM, ph.label, span, ph.surface, section,
                          hedged=is_hedged(text[:m.end()]), rule="phrase:has-signs-like",
                          confidence=0.6)

    def commonest_cause(self, text: str, span: tuple[int, int], section: str | None) -> None:
        """Read "Many germs can cause it, but X is the most common": X causes the topic."""
        m = _BUT_COMMONEST.search(text)
        if m is None or not (self.mentions_topic(m.group("c")) or _CAUSE_IT.search(m.group("c"))):
            return
        for ph in phrases(m.group("y")):
            if not self.is_topic(ph.label) and not pc.is_generic(ph.label):
                self.emit(ph.label, v.CAUSES, self.topic, span, ph.surface, section,
                          hedged=is_hedged(m.group("c")), rule="phrase:commonest-cause",
                          confidence=0.6)

    def infected_openings(self, text: str, span: tuple[int, int], section: str | None) -> None:
        """Read "It can develop when a cut or a burn becomes infected" (or contaminated): the
        wound raises the risk of the topic (said of the topic, or "it", only)."""
        m = _BECOMES_INFECTED.search(text)
        if m is None or not (self.mentions_topic(text[:m.start()]) or pc.ANAPHORA.match(
                text[:m.start()].strip()) or _IT_OPENS.match(text)):
            return
        for ph in phrases(m.group("x")):
            if not self.is_topic(ph.label) and not pc.is_generic(ph.label):
                self.emit(ph.label, v.INCREASES_RISK_OF, self.topic, span, ph.surface, section,
                          hedged=is_hedged(m.group(0)), negated=is_negated(text[:m.start("x")]),
                          rule="phrase:becomes-infected", confidence=0.6)

    def risks_carried(self, text: str, span: tuple[int, int], section: str | None) -> None:
        """Read "patients with X ... because of their risk of A or B" and "the illness linked
        to X; with a lifelong risk of A": X carries each harm.  A harm (what illness is
        linked to, or a harm of the topic the page has named, by the last word of its name)
        goes on to them as its complications; anything else raises their risk."""
        said = carried_risks(text)
        if said is None:
            return
        carrier = _DEVELOPMENT.sub("", pc.clean_phrase(said.carrier)).strip()
        if not carrier or self.is_topic(carrier) or pc.is_generic(carrier) or \
                self.mentions_topic(carrier):
            return
        head = _label_key(carrier.rsplit(" ", 1)[-1])
        named = sorted(h for h in self._harms_named() if _label_key(h.rsplit(" ", 1)[-1]) == head)
        harm = said.harm or bool(named)
        if named and len(carrier.split()) == 2 and len(named[0].split()) > 1 and \
                carrier.split()[0].lower() not in named[0].split():
            # "giant aneurysms" after "heart artery aneurysm": the giant heart artery ones
            carrier = f"{carrier.split()[0]} {named[0]}"
        for ph in phrases(pc.cut_clause(said.harms)):
            if not self.is_topic(ph.label) and not pc.is_generic(ph.label):
                self.emit(carrier, v.HAS_COMPLICATION if harm else v.INCREASES_RISK_OF,
                          ph.label, span, ph.surface, section, hedged=is_hedged(said.anchor),
                          rule="phrase:risks-carried", confidence=0.6)

    def lasting_longer(self, text: str, span: tuple[int, int], section: str | None) -> None:
        """Read "The longer a mite stays attached, the higher the risk": the prolonged
        attachment raises the risk of the topic (or of the harm the sentence names)."""
        said = prolonged_factor(text)
        if said is None:
            return
        of = pc.clean_phrase(said.of) if said.of else ""
        if not of or self.said_of_topic(of) or _CASES.match(of):
            target = self.topic
        elif pc.is_generic(of) or len(of.split()) > 4:
            return
        else:
            target = of
        self.emit(said.factor, v.INCREASES_RISK_OF, target, span, said.anchor, section,
                  hedged=is_hedged(text), rule="phrase:lasting-longer", confidence=0.6)

    def timely_act(self, act: str, target: str, m: re.Match[str], span: tuple[int, int],
                   section: str | None) -> None:
        """Name a timely diagnosis or treatment as pages compare it: "early diagnosis"."""
        early = "early " if _TIMELY.search(act) else ""
        kind = "diagnosis" if not re.match(r"(?:finding and )?treating|starting", act, re.I) \
            else "treatment"
        treated = early_care_of(act) if early and kind == "treatment" else None
        if treated is not None and not self.is_topic(treated):
            kind = f"treatment of {treated}"  # "treating any infections early": of infections
        self.emit(f"{early}{kind}", v.PREVENTS, target, span, m.group(0), section,
                  hedged=is_hedged(m.group(0)), rule="phrase:wording", confidence=0.65)

    def outlook_reads(self, text: str, span: tuple[int, int], section: str | None) -> None:
        """Read "The prognosis is worse in older people", "Younger patients recover faster":
        the factor foretells the outlook (see :mod:`.prognosis_reads`)."""
        for f in outlook_factors(text):
            # "Older age and kidney involvement are associated with a worse outcome": each.
            for said in _OUTLOOK_MEMBERS.split(f.said):
                label = p.factor_label(_group_factor(said))
                if not label or self.is_topic(label) or pc.is_generic(label) \
                        or len(label.split()) > 5:
                    continue
                self.emit(label, v.INCREASES_RISK_OF if f.poor else v.ASSOCIATED_WITH,
                          f.target, span, said, section, hedged=is_hedged(text),
                          negated=denied_before(text, f.start), rule="phrase:outlook",
                          confidence=0.6)

    def worse_in_group(self, text: str, span: tuple[int, int], section: str | None) -> None:
        """Read "In people with X the rash may spread widely", "It is more severe in babies":
        X (the group's factor) raises the risk of a generalized sign or of severe illness
        (see :mod:`.worse_in_group`)."""
        found = worse_in_group(text)
        if found is None:
            alone = widened_sign(text)
            if alone is not None and not self.is_topic(alone[0]):
                # "The rash may become generalized": a generalized rash is a harm it brings
                self.emit(self.topic, v.HAS_COMPLICATION, f"generalized {alone[0]}", span,
                          alone[1], section, rule="phrase:sign-widens", confidence=0.6,
                          hedged=is_hedged(alone[1]), negated=is_negated(alone[1]))
            return
        factor = _group_factor(found.who)
        if not factor or pc.is_generic(factor) or self.is_topic(factor):
            return
        if found.sign is None:
            harm = f"severe {self.topic}"
        elif self.is_topic(found.sign):
            return
        else:
            harm = f"{'generalized' if found.widens else 'severe'} {found.sign}"
        self.emit(factor, v.INCREASES_RISK_OF, harm, span, found.said, section,
                  rule="phrase:worse-in-group", confidence=0.6,
                  hedged=is_hedged(found.said), negated=is_negated(found.said))
        if found.sign is not None and found.widens:
            # (in that group or not, the generalized sign is a harm the illness brings)
            self.emit(self.topic, v.HAS_COMPLICATION, harm, span, found.said, section,
                      rule="phrase:worse-in-group", confidence=0.6,
                      hedged=is_hedged(found.said), negated=is_negated(found.said))

    def care_introduced(self, text: str, span: tuple[int, int], section: str | None) -> None:
        """Read "Y fell following the introduction of X": X prevents Y and treats the topic
        (see :mod:`.care_introduced`)."""
        for found in introduced_care(text):
            remedy = pc.clean_phrase(found.remedy)
            harm = pc.clean_phrase(found.harm)
            if not remedy or pc.is_generic(remedy) or self.is_topic(remedy):
                continue
            hedged = is_hedged(found.anchor)
            if harm and not pc.is_generic(harm) and not self.is_topic(harm):
                self.emit(remedy, v.PREVENTS, harm, span, found.anchor, section,
                          hedged=hedged, rule="phrase:care-introduced", confidence=0.6)
            self.emit(remedy, v.USED_FOR, self.topic, span, found.anchor, section,
                      hedged=hedged, rule="phrase:care-introduced", confidence=0.6)

    def outcome_factors(self, text: str, span: tuple[int, int], section: str | None) -> None:
        """Read "Factors associated with a poor outcome include A and B": each foretells it."""
        m = _OUTCOME_FACTORS.search(text)
        if m is None:
            return
        poor = bool(_POOR_WORD.match(m.group("o") or m.group("o2") or m.group("o3"))) != bool(
            m.group("less"))
        target = "poor prognosis" if poor else "good prognosis"
        predicate = v.INCREASES_RISK_OF if poor else v.ASSOCIATED_WITH
        members = re.sub(r",?\s+as well as\s+", ", ", m.group("x"))
        for ph in phrases(members):
            label = pc.age_factor(ph.surface) if pc.age_factor(ph.surface) != ph.surface \
                else pc.age_factor(ph.label)
            if label and not self.is_topic(label) and not pc.is_generic(label):
                self.emit(label, predicate, target, span, ph.surface, section,
                          hedged=is_hedged(m.group(0)), rule="phrase:outcome-factors",
                          confidence=0.7)

    def route(self, text: str, span: tuple[int, int], section: str | None) -> None:
        """Read how the topic is caught and what plays a part in it.

        "You can catch X from dirty water", "It spreads through close contact": the
        source or the route raises the risk of it.  "A and B may play a role": each
        contributes to it (the sentence must be about the topic).
        """
        for rx, predicate in ((_CAUGHT_FROM, v.INCREASES_RISK_OF),
                              (_GOT_FROM_GAP, v.INCREASES_RISK_OF),
                              (_CAUGHT_BY, v.INCREASES_RISK_OF),
                              (_INFECTED_AFTER, v.INCREASES_RISK_OF),
                              (_SPREAD_THROUGH, v.INCREASES_RISK_OF),
                              (_SPREADS_IT, v.INCREASES_RISK_OF),
                              (_PLAYS_A_ROLE, v.CONTRIBUTES_TO)):
            m = rx.search(text)
            if m is None or (rx is _SPREAD_THROUGH and _BODY_SPREAD.match(m.group("x"))):
                continue
            who = pc.clean_phrase(m.group("who") or "")
            if rx is _SPREADS_IT:
                who = ""  # what is spread ("it", "the disease", "the germs") is the topic's
            if who and not (self.is_topic(who) or pc.ANAPHORA.match(who)
                            or pc.TOPIC_ALIASES.match(who)
                            or pc.TOPIC_ALIASES.match((m.group("who") or "").strip())
                            or (rx is _SPREAD_THROUGH and _ITS_GERMS.fullmatch(
                                (m.group("who") or "").strip()))):
                continue
            # A part played, said under a heading of causes or of no known kind ("Overview")
            # on a page about the topic, is a part in the topic; under treatment it is not.
            if rx is _PLAYS_A_ROLE and not (who or self.mentions_topic(text) or (
                    section and "cause" in section.lower()) or (
                    p.section_type(section or "") in (None, p.RISK, p.CAUSE))):
                continue
            said = text[m.end("x"):m.end()] if rx in (_PLAYS_A_ROLE, _SPREADS_IT) \
                else text[:m.start("x")]
            # "The cause is unknown, but genes may play a part": the last clause's subject.
            named = re.split(r"[,;]\s*(?:but|while|although|though|yet)\s+", m.group("x"))[-1]
            no_evidence = _NO_EVIDENCE_THAT.match(named) if rx is _PLAYS_A_ROLE else None
            if no_evidence is not None:
                named, said = named[no_evidence.end():], f"no {said}"
            named = _REPORT_FRAME.sub("", named)  # "Research suggests that genes play a part"
            # ("spread by the bite of a tick and causes fever": the verb after ends the way)
            named = _AND_NEXT_VERB.split(named, maxsplit=1)[0]
            # "X tends to run in families, suggesting that genetics plays a role": what the
            # last clause says plays it
            named = _SUGGESTING_THAT.split(named)[-1]
            named, *examples = _FOR_EXAMPLE_BY.split(named, maxsplit=1)
            if " with " in named:  # "close contact with someone who has it": the contact
                named = _WITH_PERSON.sub("", named)
            if examples:
                # "close contact with someone who has it, for example by kissing": the
                # contact, and each way named after it
                named = f"{named}, such as {examples[0]}"
            for ph in phrases(pc.cut_clause(named)):
                if re.match(r"\s*(?:not|no|never)\b", ph.surface, re.I):
                    continue  # "not exercising": the lack of something, not a thing named
                if not self.is_topic(ph.label) and not pc.is_generic(ph.label) \
                        and not _PERSON_SUBJECT.search(ph.label):
                    self.emit(ph.label, predicate, self.topic, span, ph.surface, section,
                              hedged=is_hedged(m.group(0)), negated=is_negated(said),
                              rule="phrase:route", confidence=0.65)

    def how_often_had(self, thing: str, fig: Figure, raw: str, span: tuple[int, int],
                      section: str | None) -> None:
        """Read "20 % of untreated children develop X" as X being one of the topic's harms.

        The figure says how often X comes with the topic; the claim that it does is
        what a reader lists as a sign (or, named as a disease or lasting, a complication).
        """
        m = fig.measure
        # ("75 % of people who develop it carry gene G": what they develop is the topic)
        said = re.search(rf"{_GETS.pattern}\s+(?:(?!(?:it|this|them)\b)[\w-]+\s+){{0,3}}?"
                         rf"{re.escape(thing.split()[0])}",
                         raw, re.I) or re.search(  # "Lung damage occurs in 1 in 20 people"
            rf"\b{re.escape(thing.split()[-1])}\s+(?:(?:may|can|also|only|usually|often)\s+)?"
            # ("Hearing loss affects 1 in 20 children who have had it": so it does)
            r"(?:occurs?|happens?|develops?|is seen|are seen|appears?|affects?)\s+(?:in\b|"
            r"(?:about |around |roughly |up to |nearly |almost |some )?(?:\d|one|two|three|a "
            r"(?:third|quarter|fifth|tenth)|half))", raw, re.I)
        if m.kind != "frequency" or pc.is_generic(thing) or said is None \
                or thing.startswith("no "):  # ("10 % have no fever": a lack, not a harm)
            return  # "1 % of people who get X are hospitalized": the figure's thing is not had
        if m.population and re.search(r"\bwith\b", m.population) \
                and not self.mentions_topic(m.population):
            return  # "10 % of people with diabetes get X": X is not this topic's
        # (A harm the page already named a complication stays one: "The main complication
        # is nerve pain." then "10 % will experience nerve pain")
        sign = p.SYMPTOM_HEAD.search(thing) and label_key(thing) not in self._complications \
            and not (_DISEASE_NAME.search(thing) or _ORGAN_HARM.search(thing)
                     or _LASTING.search(thing) or "left with" in said.group(0).lower())
        self.emit(self.topic, v.HAS_SYMPTOM if sign else v.HAS_COMPLICATION, thing, span,
                  raw[fig.start:fig.end], section, rule="figure:how-often-had", confidence=0.6)

    def how_often_present(self, thing: str, fig: Figure, raw: str, span: tuple[int, int],
                          section: str | None) -> None:
        """Read "Diabetes is present in 60 % of patients" as diabetes going with the topic.

        A state or an exposure that people with the topic are counted as having (an
        illness of its own, an operation, an injury, a habit) is what a reader lists as a
        risk factor; a sign counted the same way is read by :meth:`how_often_had`.
        """
        m = fig.measure
        if m.kind not in ("frequency", "share") or pc.is_generic(thing) or \
                self.is_topic(thing) or not _PRESENT_IN_PATIENTS.search(raw):
            return
        if not (_RISKY_STATE.search(thing) or (_DISEASE_NAME.search(thing) and not
                                               _ORGAN_HARM.search(thing))):
            return
        if _GETS.search(raw):
            return  # "20 % develop kidney failure": a harm it brings (how_often_had)
        self.emit(thing, v.ASSOCIATED_WITH, self.topic, span, raw[fig.start:fig.end], section,
                  rule="figure:factor-present", confidence=0.55)

    def carriers_and_delays(self, text: str, raw: str, span: tuple[int, int],
                            section: str | None) -> None:
        """Read an animal that carries the topic, the germ named as its cause, and a delay.

        "X is an illness carried to people by fleas": caught by a flea's bite.  "an animal
        carrying the bacteria that cause X (Yersinia grebblei)": that germ causes X (read
        from ``raw``, whose brackets are kept).  "Once treatment is delayed, there is a risk
        people may develop Y": delayed treatment raises the risk of Y.
        """
        vector = _VECTOR.search(text) if "by" in text or "through" in text else None
        if vector is not None and (self.mentions_topic(text[:vector.start()])
                                   or _TOPIC_FIRST.match(text)):
            lemmas = noun_lemmas(vector.group("animal").lower())
            carrier = lemmas[0] if lemmas else vector.group("animal").lower()
            self.emit(f"{carrier} bite", v.INCREASES_RISK_OF, self.topic, span,
                      vector.group(0), section, rule="phrase:bite", confidence=0.7)
        germ = _GERM_THAT_CAUSES.search(raw) if "cause" in raw else None
        if germ is not None and self.is_topic(pc.clean_phrase(germ.group("x"))):
            given = germ.group("name")
            causes = [pc.clean_phrase(given)] if given else [
                w.lower() for w in re.findall(_GERM_WORD, germ.group("germ"), re.I)]
            for cause in causes:
                if cause and not pc.is_generic(cause):
                    self.emit(cause, v.CAUSES, self.topic, span, germ.group(0), section,
                              rule="phrase:germ-that-causes", confidence=0.7)
        late = _DELAY_RISK.search(text) if "delay" in text.lower() or "not treated" in text \
            else None  # ("Delayed treatment raises the risk": a capital opens the sentence)
        if late is not None:
            for ph in phrases(pc.cut_clause(late.group("x"))):
                if not self.is_topic(ph.label) and not pc.is_generic(ph.label):
                    self.emit("delayed treatment", v.INCREASES_RISK_OF, ph.label, span,
                              late.group(0), section, rule="phrase:delay-risk", confidence=0.65)

    def glossed_signs(self, text: str, span: tuple[int, int], section: str | None) -> None:
        """Read the sign a complication's gloss names: "nerve scarring (NS), which is severe
        pain where the rash was" or "nerve scarring, pain that lasts": nerve scarring's sign."""
        for m in _GLOSS.finditer(text):
            named = label_key(pc.clean_phrase(re.split(r"\s(?:is|are|was|were|of|by|with|from)\s",
                                                       m.group("np"))[-1]))
            sign = pc.clean_phrase(m.group("sign"))
            if named in self._complications and sign and p.SYMPTOM_HEAD.search(sign) \
                    and not pc.is_generic(sign):
                owner = next(r.object for r in reversed(self.out)
                             if r.object is not None and label_key(r.object) == named)
                self.emit(owner, v.HAS_SYMPTOM, sign, span, m.group(0), section,
                          rule="phrase:gloss", confidence=0.65)

    def remedy_named_back(self, text: str, span: tuple[int, int], section: str | None) -> None:
        """Name the remedy a sentence points back to: "We will start you on a steroid. This is
        usually borvacillin, 50 mg a day": borvacillin is used for what the steroid is."""
        m = _THIS_IS_REMEDY.match(text)
        if m is None:
            return
        before = [c for c in self.out if c.end <= span[0]]
        last = before[-1] if before else None
        if last is None or last.predicate != v.USED_FOR or last.negated or \
                span[0] - last.end > 2 or last.object is None:
            return  # only a remedy named in the sentence just before
        for ph in phrases(m.group("x"), split=False)[:1]:
            if not self.is_topic(ph.label) and not pc.is_generic(ph.label) and \
                    label_key(ph.label) != label_key(last.subject):
                self.emit(ph.label, v.USED_FOR, last.object, span, ph.surface, section,
                          rule="phrase:named-back", confidence=0.6, hedged=last.hedged)

    def look_alikes(self, text: str, span: tuple[int, int], section: str | None) -> None:
        """Read what a page says looks like the topic, or must be told apart from it.

        "Other conditions that can look similar include A and B", "It must be told apart
        from A": the topic resembles A (and B).
        """
        m = _LOOK_ALIKES.search(text)
        named = next((x for x in m.group("x", "x2", "x3", "x4", "x5", "x6", "x7", "x8") if x),
                     "") \
            if m is not None else ""
        if m is None or re.match(r"\s*(?:other|many|several|various) (?:causes|conditions|"
                                 r"illnesses|diseases)\b", named, re.I):
            return  # "told apart from other causes of fever": no one thing named
        for ph in phrases(pc.cut_clause(named)):
            if not self.is_topic(ph.label) and not pc.is_generic(ph.label) and \
                    not _COUNTED_KINDS.fullmatch(ph.label):
                self.emit(self.topic, v.RESEMBLES, ph.label, span, ph.surface, section,
                          rule="phrase:look-alikes", confidence=0.65)

    def mimics_of_topic(self, text: str, span: tuple[int, int], section: str | None) -> None:
        """Read the named members of "conditions that mimic X (e.g. A, B)", "Conditions that
        look like X include A and B", where X is the topic: the topic resembles each."""
        for m in _MIMIC_THE_TOPIC.finditer(text):
            named = pc.clean_phrase(m.group("t"))
            if not (self.is_topic(named) or pc.TOPIC_ALIASES.match(named)):
                continue
            members = m.group("x") or m.group("x2") or ""
            for ph in phrases(pc.cut_clause(members)):
                if not self.is_topic(ph.label) and not pc.is_generic(ph.label):
                    self.emit(self.topic, v.RESEMBLES, ph.label, span, ph.surface, section,
                              rule="phrase:mimics-of-topic", confidence=0.65)

    def states(self, text: str, span: tuple[int, int], section: str | None) -> None:
        """Read how people are said to be or feel, under a symptoms heading, as signs.

        "Your child may be very irritable" gives irritability, "they may feel dizzy"
        dizziness, "still in considerable pain" pain.
        """
        for m in _FEELS.finditer(text):
            state = FEELINGS.get(m.group("adj").lower())
            end = m.end()
            while state:
                clause = clause_bounds(text, m.start())[0]
                self.emit(self.topic, v.HAS_SYMPTOM, state, span, text[m.start():end], section,
                          rule="phrase:state", confidence=0.6,
                          hedged=is_hedged(text[clause:end]),
                          negated=is_negated(text[clause:m.start("adj")]))
                more = _AND_STATE.match(text, end)  # "dizzy or faint": each a state
                state = FEELINGS.get(more.group("adj").lower()) if more is not None else None
                end = more.end() if more is not None else end
        for m in _PART_STATE.finditer(text):
            if m.group("part").lower() in ("nodes", "glands") and _NODES_SWOLLEN.match(
                    m.group("adjs")):
                # "The lymph nodes in the neck may be swollen": swollen lymph nodes (the
                # neck is where they are, no part that swells)
                self.sign_in_clause("swollen lymph nodes", m, text, span, section,
                                    m.start("adjs"))
                continue
            for part in filter(None, (m.group("part"), m.group("part3"), m.group("part2"))):
                part = part.lower()
                base = _CLINICAL_PARTS.get(part) or _site_word(part.split()[-1])
                if base not in BODY_PARTS and m.group("place") and (
                        part not in ("area", "affected area")
                        or _site_word(m.group("place").lower()) in BODY_PARTS):
                    # "patterns on the skin that look purple": the skin's hue, the part
                    # named last ("the area around the wound": the area)
                    part = m.group("place").lower()
                    base = _site_word(part)
                if part not in ("area", "affected area") and base not in BODY_PARTS:
                    continue
                where = "" if "area" in part else f"{base} "
                for adj in re.split(r"\s*,\s*(?:and |or )?|\s+(?:and|or)\s+", m.group("adjs")):
                    adj = re.sub(r"^(?:very|extremely)\s+", "", adj.strip().lower())
                    # "purple-pink", "blue-grey": a blend of hues is named by its first.
                    state = STATE_NOUNS.get(adj) or _PART_HUES.get(adj) or (
                        _PART_HUES.get(adj.split("-")[0]) if "-" in adj else None)
                    if state:
                        self.sign_in_clause(f"{where}{state}", m, text, span, section,
                                            m.start("adjs"))
        low = text.lower()
        for m in (_SIGN_QUALITY.finditer(text) if any(map(low.__contains__, _QUALITY_WORDS))
                  else ()):
            # "The rash is not itchy", "the lumps are usually painless", "it does not itch":
            # the sign with its quality, denied when the sentence says it is not so.
            quality = _QUALITY_NAMES[(m.group("q") or m.group("v")).lower()]
            sign = m.group("sign").lower()
            sign = (noun_lemmas(sign) or (sign,))[0] if sign.endswith("s") else sign
            self.emit(self.topic, v.HAS_SYMPTOM, f"{quality} {sign}", span, m.group(0), section,
                      rule="phrase:state", confidence=0.6, hedged=is_hedged(m.group(0)),
                      negated=bool(m.group("not") or m.group("vnot")))
        for m in (_WITHOUT_SIGN.finditer(text) if "without" in low else ()):
            # "red eyes without a thick discharge", "a rash, without blisters": denied signs,
            # at the body part just named ("eye discharge").
            before = pc.strip_parens(text[:m.start()]).split()
            site = _site_word(before[-1]) if before else ""
            for what in map(pc.clean_phrase, pc.split_list(m.group("x"))):
                if site in BODY_PARTS and " " in what:
                    what = f"{site} {what.split()[-1]}"
                if self.names_a_sign(what) and p.SYMPTOM_HEAD.search(what):
                    self.emit(self.topic, v.HAS_SYMPTOM, what, span, m.group(0), section,
                              rule="phrase:state", confidence=0.6, negated=True)
        self.function_signs(text, low, span, section)
        verbs = any(map(low.__contains__, _PART_VERB_WORDS))
        for m in (_PART_VERB.finditer(text) if verbs else ()):
            part = m.group("part").lower()
            verb = m.group("verb").lower()
            if part in _SIGN_AREAS:  # "The area may swell", "the rash may peel"
                self.sign_in_clause(_AREA_VERB_SIGNS[verb], m, text, span, section,
                                    m.start("verb"))
                continue
            base = _site_word(part.split()[-1])
            if " " not in part and base not in BODY_PARTS:
                continue
            sign = _PART_VERB_SIGNS[verb].format(part=part, base=base)
            self.sign_in_clause(sign, m, text, span, section, m.start("verb"))
        common = _COMMON_SIGN.match(text) or _FOUND_SIGN.match(text)
        if common is not None:
            # "Fever, a fast heartbeat and low blood pressure are frequent": each one.
            for what in _sign_names(common.group("x")):
                if self.names_a_sign(what):
                    self.emit(self.topic, v.HAS_SYMPTOM, what, span, common.group(0), section,
                              rule="phrase:state", confidence=0.6,
                              hedged=is_hedged(common.group(0)))
        self.signs_said_of(text, span, section)
        unwell = _UNWELL_WITH.match(text) if ", with " in text else None
        if unwell is not None:
            # "Patients may appear very unwell, with a rapid pulse and fast breathing".
            for ph in phrases(pc.cut_clause(unwell.group("x"))):
                if self.names_a_sign(ph.label):
                    self.emit(self.topic, v.HAS_SYMPTOM, ph.label, span, unwell.group(0),
                              section, rule="phrase:state", confidence=0.6,
                              hedged=is_hedged(unwell.group(0)))
        worse = _PAIN_WORSE.match(text)
        if worse is not None:
            # "Pain is much worse than the wound looks": pain out of proportion, severe pain.
            self.emit(self.topic, v.HAS_SYMPTOM, "severe pain", span, worse.group(0), section,
                      rule="phrase:state", confidence=0.6)
        usual = _USUAL_TO_FEEL.match(text) if "to " in low else None
        if usual is not None:
            # "It's very common to feel an ache or a sting": each thing felt
            for ph in phrases(pc.cut_clause(usual.group("x"))):
                if self.names_a_sign(ph.label):
                    # ("It is not common to have X": X is uncommon, not denied)
                    self.emit(self.topic, v.HAS_SYMPTOM, ph.label, span, ph.surface, section,
                              rule="phrase:state", confidence=0.6,
                              hedged=bool(usual.group("no")))
        for m in (_SCABS_FORM.finditer(text) if "crust" in low or "scab" in low else ()):
            # "The blisters break open and crust over": the scabs they leave are a sign
            self.emit(self.topic, v.HAS_SYMPTOM, "scab", span, m.group(0), section,
                      rule="phrase:state", confidence=0.6,
                      hedged=is_hedged(text[clause_bounds(text, m.start())[0]:m.end()]),
                      negated=denied_before(text, m.start()))
        for m in _IN_PAIN.finditer(text):
            self.emit(self.topic, v.HAS_SYMPTOM, "pain", span, m.group(0), section,
                      rule="phrase:state", confidence=0.6,
                      hedged=is_hedged(text[clause_bounds(text, m.start())[0]:m.end()]))

    def function_signs(self, text: str, low: str, span: tuple[int, int],
                       section: str | None) -> None:
        """Read a body function said to go wrong ("your heartbeat may slow", "half your face
        appears to droop") as the sign clinicians name it."""
        for rx, sign in (_FUNCTION_SIGNS if any(map(low.__contains__, _FUNCTION_WORDS)) else ()):
            for m in rx.finditer(text):
                # (denied before its words only: "an eye that won't close" is the sign)
                self.sign_in_clause(sign, m, text, span, section, m.start())

    def caused_states(self, text: str, span: tuple[int, int], section: str | None) -> None:
        """Read "It causes one side of the face to droop" as the topic's sign (face drooping),
        when the topic (or "it", "this") does the causing."""
        for sign, m in caused_part_states(text):
            if self._said_by_topic(text[:m.start()], agents=False):
                self.sign_in_clause(sign, m, text, span, section, m.start())

    def signs_said_of(self, text: str, span: tuple[int, int], section: str | None) -> None:
        """Read a sign a sentence is about: "The rash spreads quickly", "The pain can be
        severe", "A sore throat is often the first sign" (under symptoms or no heading)."""
        first = _FIRST_SIGN.match(text)
        said: set[str] = set()
        if first is not None:
            for what in _sign_names(first.group("x")):
                if self.names_a_sign(what):
                    said.add(what)
                    self.emit(self.topic, v.HAS_SYMPTOM, what, span, first.group(0), section,
                              rule="phrase:state", confidence=0.6,
                              hedged=is_hedged(first.group(0)))
        subject = _SIGN_SUBJECT.match(text)
        if subject is not None and _ABSENT_AFTER.match(text, subject.end()):
            subject = None  # "Fever is usually absent": denied (the "sign-absent" phrase)
        if subject is not None and p.SYMPTOM_HEAD.search(" " + subject.group("x")) and \
                not self.mentions_topic(subject.group("x")):
            # "Myalgia and vomiting are frequent": each sign, not the pair as one name ("The
            # best way to prevent <the topic> is ...": the topic's name held a sign's word)
            for what in _sign_names(subject.group("x")):
                if what not in said and self.names_a_sign(what):
                    self.emit(self.topic, v.HAS_SYMPTOM, what, span, subject.group(0), section,
                              rule="phrase:state", confidence=0.55,
                              hedged=is_hedged(subject.group(0)))

    def sign_in_clause(self, sign: str, m: re.Match[str], text: str, span: tuple[int, int],
                       section: str | None, denied_before: int) -> None:
        """Emit a sign a state phrase names, hedged by its clause up to the phrase's end and
        negated by the clause up to ``denied_before`` (the state's own words deny nothing)."""
        clause = clause_bounds(text, m.start())[0]
        self.emit(self.topic, v.HAS_SYMPTOM, sign, span, m.group(0), section,
                  rule="phrase:state", confidence=0.6, hedged=is_hedged(text[clause:m.end()]),
                  negated=is_negated(text[clause:denied_before]))

    def names_a_sign(self, what: str) -> bool:
        """Return whether a phrase said to be common, possible or found names a sign or harm
        of its own (not "it", a person, or "early symptoms")."""
        return bool(what) and not pc.is_generic(what) and not self.is_topic(what) \
            and not _PERSON_SUBJECT.search(what) and not _WEAK_SIGN.match(what) \
            and not _CLAUSE_OPENER.match(what)

    def harms_organ(self, text: str, span: tuple[int, int], section: str | None) -> None:
        """"It can damage the liver", "cause the kidneys to stop working": the organ's harm.

        Only the topic, its germ or its toxins doing it count ("Smoking can damage the
        lungs" on the same page says nothing of the topic).
        """
        for m in _HARMS_ORGAN.finditer(text):
            organ = (m.group("o") or m.group("o2")).lower()
            after = m.end()
            if m.group("o") and organ.split()[-1] in ("such", "including", "like"):
                organ = organ.split()[0]  # "damage organs such as ...": the list after
                after = m.start("o") + len(organ)
            if " " in organ and not p.ANATOMY.fullmatch(organ) \
                    and p.ANATOMY.fullmatch(organ.split()[0]):
                organ = organ.split()[0]  # "damage the joints over time": the joints
            if not (p.ANATOMY.fullmatch(organ) or organ in ("organs", "organ")):
                continue
            said = pc.clean_phrase(left_side(text[clause_bounds(text, m.start())[0]:m.start()]))
            if not (self.said_of_topic(said) or _AGENT.fullmatch(said)):
                continue
            harm = _ORGAN_HARM_NOUN[(m.group("v") or "fail").lower()]
            organs = [organ]
            named = _ORGANS_SUCH_AS.match(text, after) if organ in ("organs", "organ") \
                else None
            if named is not None:  # "damage organs such as the kidneys and liver": each one
                organs = [o.lower() for o in _ORGAN_ITEM.findall(", " + named.group("x"))
                          if p.ANATOMY.fullmatch(o)] or organs
            if m.group("o"):  # "damage the kidneys, liver and heart": each organ
                more = _MORE_ORGANS.match(text, m.end())
                if more is not None:
                    organs += [o.lower() for o in _ORGAN_ITEM.findall(more.group())
                               if p.ANATOMY.fullmatch(o)]
            many = harm == "failure" and organs == ["organs"] and _MANY_ORGANS.search(m.group(0))
            for one in organs:
                # ("cause multiple organs to fail": multiple organ failure, as one harm)
                self.emit(self.topic, v.HAS_COMPLICATION,
                          "multiple organ failure" if many else f"{_site_word(one)} {harm}", span,
                          m.group(0), section, rule="phrase:harms-organ", confidence=0.65,
                          hedged=is_hedged(text[:m.end()]),
                          negated=denied_before(text, m.start()))

    def organs_harmed(self, text: str, span: tuple[int, int], section: str | None,
                      kind: str | None) -> None:
        """"The lungs may become scarred", "the heart and kidneys can be damaged": an organ
        said to be harmed, as the sentence's subject, is a harm the topic brings (under
        complications, or said as possible anywhere else)."""
        m = _ORGAN_HARMED.match(text)
        if m is None or (kind is None and not m.group("modal")):
            return
        organs = [m.group("o"), *_ORGAN_ITEM.findall(m.group("more") or "")]
        if not all(p.ANATOMY.fullmatch(o) for o in organs):
            return
        harm = _HARMED_NOUN[m.group("v").lower()]
        for organ in organs:
            self.emit(self.topic, v.HAS_COMPLICATION, f"{_site_word(organ.lower())} {harm}",
                      span, m.group(0), section, rule="phrase:harms-organ", confidence=0.6,
                      hedged=is_hedged(m.group(0)), negated=is_negated(m.group(0)))

    def kept_moist(self, text: str, span: tuple[int, int], section: str | None) -> None:
        """Read care that keeps a part moist: "Eye drops help keep the eye moist", "Use an
        ointment to keep your lips moist" -- the care prevents that part being dry."""
        m = _KEPT_MOIST.search(text)
        if m is None or not p.ANATOMY.fullmatch(m["part"]):
            return
        harm = f"dry {m['part'].lower()}"  # ("dry eye", "dry lips", as written)
        for ph in self.side(m["x"], None):
            if not self.is_topic(ph.label) and not pc.is_generic(ph.label) and \
                    not _PERSON_SUBJECT.search(ph.label):
                self.emit(ph.label, v.PREVENTS, harm, span, m.group(0), section,
                          rule="phrase:kept-moist", confidence=0.6,
                          hedged=is_hedged(m.group(0)), negated=denied_before(text, m.start()))

    def verb_signs(self, text: str, span: tuple[int, int], section: str | None) -> None:
        """Read a sign said as what people do: "Some people lose weight without trying" is
        weight loss, "You may bruise easily" easy bruising (under signs, or no heading)."""
        for m in _VERB_SIGN.finditer(text):
            verb = m["v"].lower()
            sign = next(name for key, name in _VERB_SIGN_NAMES if verb.startswith(key))
            # ("may be irritable and off their food": the modal before "and" is its too)
            said = text[:m.end()] if m.group(0).split(None, 1)[0].lower() in ("and", "or") \
                else m.group(0)
            self.emit(self.topic, v.HAS_SYMPTOM, sign, span, m.group(0), section,
                      rule="phrase:verb-sign", confidence=0.6, hedged=is_hedged(said),
                      negated=denied_before(text, m.start("v")))

    def part_left_exposed(self, text: str, span: tuple[int, int], section: str | None) -> None:
        """"... and leave your eye vulnerable to infection": the part's infection is a harm
        the topic brings (the sentence is on its page; no other agent is named)."""
        for m in _LEFT_EXPOSED.finditer(text):
            part = m.group("o").lower()
            if not p.ANATOMY.fullmatch(part):
                continue
            head = text[:m.start()]
            if not (self.mentions_topic(head) or _REFERS_BACK.search(head)
                    or _AGENT.search(head)):
                continue  # "Smoking can leave the lungs prone to infection": smoking's doing
            harm = (noun_lemmas(m.group("y").lower()) or (m.group("y").lower(),))[0]
            self.emit(self.topic, v.HAS_COMPLICATION, f"{_site_word(part)} {harm}", span,
                      m.group(0), section, rule="phrase:left-exposed", confidence=0.6,
                      hedged=is_hedged(text[:m.end()]),
                      negated=denied_before(text, m.start()))

    def organs_fail(self, text: str, span: tuple[int, int], section: str | None) -> None:
        """"Organs such as the kidneys and liver may stop working", under complications:
        kidney failure and liver failure ("organs may shut down": organ failure)."""
        for m in _ORGANS_FAIL.finditer(text):
            named = _ORGAN_NAME.findall(m.group("list"))
            organs = [w for w in named if w.lower() not in ("organ", "organs")] or ["organ"]
            clause = clause_bounds(text, m.start())[0]
            for organ in organs:
                self.emit(self.topic, v.HAS_COMPLICATION, f"{_site_word(organ)} failure", span,
                          m.group(0),
                          section, rule="phrase:harms-organ", confidence=0.65,
                          hedged=is_hedged(text[clause:m.end()]),
                          negated=is_negated(text[clause:m.start("fail")]))

    def _sample_per_place(self, origins: list[str], taken: str, m: re.Match[str],
                          span: tuple[int, int], section: str | None) -> None:
        """Emit a sample (or swab) from each place named, the place as clinicians name it
        before the sample ("a swab from the nose": a nasal swab)."""
        for origin in origins:
            place = _label_key(pc.clean_phrase(origin))
            place = _SAMPLE_SITE_WORD.get(place, place)
            if place and not pc.is_generic(place):
                self.emit(self.topic, v.DIAGNOSED_BY, f"{place} {taken}", span, m.group(0),
                          section, rule="phrase:sample", confidence=0.6,
                          hedged=is_hedged(m.group(0)))

    def level_changed(self, text: str, span: tuple[int, int], section: str | None,
                      kind: str | None) -> None:
        """Read "It can raise calcium levels in the blood", "It can lower blood pressure" as a
        harm of the topic: the high (or low) level it brings (under signs, a sign)."""
        m = _LEVEL_CHANGED.search(text)
        if m is None:
            return
        said = m["x"] or m["x2"] or ""
        what = pc.clean_phrase(said)
        if not what or pc.is_generic(what) or self.is_topic(what) or _CHANCE_WORD.match(said):
            return  # ("it can increase the risk of X": a risk, read as such)
        way = "high" if m["way"][:3].lower() in ("rai", "inc") else "low"
        self.emit(self.topic, v.HAS_SYMPTOM if kind == p.SYMPTOM else v.HAS_COMPLICATION,
                  f"{way} {what}", span, m.group(0).strip(), section,
                  rule="phrase:level-changed", confidence=0.6,
                  hedged=is_hedged(m.group(0)), negated=is_negated(m.group(0)))

    def germ_grown(self, text: str, span: tuple[int, int], section: str | None) -> None:
        """Read "The germ can be grown from blood or wound samples": a culture of each
        place named (blood culture, wound culture) is how the topic is found."""
        for m in chain(_GERM_GROWN_FROM.finditer(text), _SENT_TO_GROW.finditer(text)):
            for each in pc.split_list(m["list"]):
                place = _label_key(pc.clean_phrase(_SAMPLE_WORD_END.sub("", each)))
                if _CULTURED_PLACE.fullmatch(place):
                    self.emit(self.topic, v.DIAGNOSED_BY,
                              f"{_SAMPLE_SITE_WORD.get(place, place)} culture", span, m.group(0),
                              section, rule="phrase:sample", confidence=0.6,
                              hedged=is_hedged(m.group(0)),
                              negated=denied_before(text, m.start("v")))

    def found_in_sample(self, text: str, span: tuple[int, int], section: str | None) -> None:
        """Read "The toxin can be detected in blood samples" as a test of that sample (a
        blood test); antibodies found are an antibody test, tissue and skin a biopsy."""
        for m in _FOUND_IN_SAMPLE.finditer(text):
            place = _label_key(m["place"])
            what = ("antibody test" if m["what"].lower().startswith("antibod") else
                    f"{place} biopsy" if _TISSUE.match(place) else
                    f"{_SAMPLE_SITE_WORD.get(place, place)} test")
            self.emit(self.topic, v.DIAGNOSED_BY, what, span, m.group(0), section,
                      rule="phrase:sample", confidence=0.6, hedged=is_hedged(m.group(0)),
                      negated=denied_before(text, m.start("what")))

    def samples(self, text: str, span: tuple[int, int], section: str | None) -> None:
        """Read a sample taken for testing, under a diagnosis heading, as a test.

        "A tissue sample may be taken" gives "tissue sample"; "fluid may be drawn from a
        blister" gives "blister fluid test"; "a sample of skin" gives "skin sample".
        """
        for m in _SAMPLE_TAKEN.finditer(text):
            if m.group("each"):
                for each in re.split(r"\s+or\s+", m.group("each")):
                    self.emit(self.topic, v.DIAGNOSED_BY, f"{_label_key(each)} test", span,
                              m.group(0), section, rule="phrase:sample", confidence=0.6,
                              hedged=is_hedged(m.group(0)))
                continue
            if m.group("x") and re.search(r"(?:piece|bit)s?$", m.group("x")):
                # "take a small piece of skin (to look at under a microscope)": a biopsy
                if m.group("of"):
                    self.emit(self.topic, v.DIAGNOSED_BY,
                              f"{pc.clean_phrase(m.group('of'))} biopsy", span, m.group(0),
                              section, rule="phrase:sample", confidence=0.6,
                              hedged=is_hedged(m.group(0)))
                continue
            if m.group("x") and m.group("afrom") and not m.group("of") and re.search(
                    r"(?:sample|swab)s?$", m.group("x"), re.I):
                if _LETS_DOCTORS.search(text, 0, m.start()):
                    continue  # "A bronchoscopy lets doctors take samples from X": its means
                named = _SAMPLE_SIZE.sub("", pc.clean_phrase(m.group("x"))).split()
                if len(named) < 2:
                    taken = _label_key(named[-1] if named else m.group("x").split()[-1])
                    self._sample_per_place(pc.split_list(m.group("afrom")), taken, m, span,
                                           section)
                    continue
                # "a small skin sample from the edge of a blister": the sample is named by
                # its tissue; the place after "from" only says where it is cut
            if m.group("x") and m.group("afrom") and not m.group("of"):
                what = _label_key(" ".join(named))
            elif m.group("x"):
                what = pc.clean_phrase(m.group("x"))
                if m.group("of") and not re.match(r"(?:it|this|them)$", m.group("of"), re.I):
                    what = f"{pc.clean_phrase(m.group('of'))} {what.split()[-1]}"
            else:
                if _MEMBER_BEFORE.search(text, 0, m.start("y")):
                    continue  # "Cultures of blood and wound fluid should be taken": a member
                taken = pc.clean_phrase(m.group("y"))
                origins = pc.split_list(m.group("from") or "")
                if len(origins) >= 2 and re.fullmatch(r"samples?|swabs?", taken, re.I):
                    # "Samples may be taken from the throat, nose or wound": one each
                    self._sample_per_place(origins, taken, m, span, section)
                    continue
                origin = pc.clean_phrase(m.group("from") or "")
                # "Fluids may be drawn from the blisters": a blister fluid test.
                what = f"{_label_key(origin)} {_label_key(taken)}".strip() if origin else taken
                what = what if re.search(r"samples?|swabs?$", what) else f"{what} test"
            tissue = re.match(r"^(?P<t>[\w ]+?) samples?$", what)
            if tissue is not None and _TISSUE.match(tissue.group("t")):
                what = f"{tissue.group('t')} biopsy"  # a sample of tissue is a biopsy
            if what and not pc.is_generic(what) and not re.fullmatch(r"samples?|swabs?", what):
                self.emit(self.topic, v.DIAGNOSED_BY, what, span, m.group(0), section,
                          rule="phrase:sample", confidence=0.6, hedged=is_hedged(m.group(0)))

    def findings(self, text: str, span: tuple[int, int], section: str | None) -> None:
        """Read a result that points to the topic: "Blood cultures are usually positive",
        "A raised white cell count supports the diagnosis" (in a diagnosis section)."""
        m = _SUPPORTS_DIAGNOSIS.match(text) or _RESULT_IS.match(text)
        named = m.group("x") if m is not None else None
        showing = _TEST_SHOWING.search(named) if named is not None else None
        if named is not None and showing is not None and _TEST_WORD.search(
                named, 0, showing.start()):
            # "A skin biopsy showing deposits in the vessel walls supports the diagnosis"
            named = named[:showing.start()]
        if (m is None or _CLAUSE_WORD.search(named or "")) and (
                " that " in text or " which " in text):
            # "Blood tests that measure inflammation, such as A and B, are usually raised":
            # the tests, and the members named
            m = _TESTS_THAT_RESULT.match(text)
            named = ", ".join(x for x in m.group("t", "x") if x) if m is not None else None
        if m is None or not named or _CLAUSE_WORD.search(named):
            return  # "substances cause changes that can help confirm it": no test named
        for ph in phrases(named):
            if not self.is_topic(ph.label) and not pc.is_generic(ph.label) \
                    and not _PERSON_SUBJECT.search(ph.label):
                self.emit(self.topic, v.DIAGNOSED_BY, ph.label, span, ph.surface, section,
                          hedged=is_hedged(m.group(0)), rule="phrase:finding", confidence=0.65)

    def prevented_by(self, text: str, span: tuple[int, int], section: str | None) -> None:
        """Read "X can be prevented by doing A and B" (or "with a vaccine"): A and B prevent X."""
        m = _PREVENTED_BY.search(text)
        if m is None:
            return
        named = pc.clean_phrase(m.group("x"))
        if not named or pc.ANAPHORA.match(named) or self.is_topic(named) or re.match(
                r"(?:most |many |some |all |these )?cases\b", named, re.IGNORECASE):
            what = self.topic
        elif pc.is_generic(named) or len(named.split()) > 4:
            return
        else:
            what = named
        acts = gerund_acts(m.group("acts"))
        means = acts or [ph.label for ph in phrases(pc.cut_clause(m.group("acts")))]
        for act in means:
            if act and not self.is_topic(act) and not pc.is_generic(act):
                self.emit(act, v.PREVENTS, what, span, m.group(0), section,
                          hedged=is_hedged(m.group(0)), negated=bool(m.group("not")),
                          rule="phrase:prevented-by", confidence=0.7)

    def no_remedy(self, text: str, span: tuple[int, int], section: str | None) -> None:
        """Record "there is no treatment that works" as a denial about treatment as a class,
        and each class a list denies with it ("There is no cure or vaccine")."""
        if "prevent" in text.lower():
            stop = p.NOT_PREVENTABLE.search(text)
            # (its own clause: "Since the cause is unknown, it cannot be prevented")
            own = clause_bounds(text, stop.start())[0] if stop else 0
            if stop and (self.mentions_topic(text[:stop.start()]) or re.match(
                    r"^\s*(?:it|this|they)\b", text[own:], re.IGNORECASE) or _MOST_CASES.match(
                    text[own:stop.start()].strip(" ,")) or "there" in
                    text[:stop.start()].lower() or pc.TOPIC_ALIASES.match(
                        text[own:stop.start()].strip(" ,"))):
                # ("The illness cannot be prevented": the page's own illness, named back)
                self.emit("preventive measure", v.PREVENTS, self.topic, span, stop.group(0),
                          section, negated=True, rule="not-preventable")
                more = _MORE_DENIED.match(text, stop.end())
                if more is not None:  # "There is no specific prevention or cure"
                    self._no_remedy_of(more.group("noun").lower(), "", more.group(0).strip(),
                                       span, section)
                return
        offered = _VACCINE_OFFER.search(text) if "vaccin" in text.lower() else None
        if offered is not None:  # "A vaccine is available", "... is not yet available"
            self.emit("vaccine", v.PREVENTS, self.topic, span, offered.group(0), section,
                      negated=bool(offered["no"] or offered["none"]), hedged=is_hedged(text))
            return
        m = None if caseless.lacks(text, ("there",)) else p.NO_REMEDY.search(text)
        if not m:
            said = None if caseless.lacks(text, ("cure",)) else p.NO_CURE_SAID.search(text)
            if said is None:
                return
            if said.group(0).lower().startswith("no "):  # "No treatment can cure it"
                cured = text[said.end():]
                of_topic = _IT_SUBJECT.match(cured) is not None or self.mentions_topic(cured)
            else:  # "It has no cure", "a lifelong condition with no cure"
                of_topic = _IT_SUBJECT.match(text) is not None or self.mentions_topic(
                    text[:said.start()])
            if of_topic:
                self.emit("curative treatment", v.EFFECTIVE_FOR, self.topic, span,
                          said.group(0), section, negated=True)
            return
        rest = m.group("rest")
        self._no_remedy_of(m.group("noun").lower(), rest.lower(), text[m.start():m.end("noun")],
                           span, section)
        more = _MORE_DENIED.match(rest)
        if more is not None:  # "There is no cure or vaccine": the vaccine is denied too
            self._no_remedy_of(more.group("noun").lower(), rest[more.end():].lower(),
                               more.group(0).strip(), span, section)

    def _no_remedy_of(self, noun: str, rest: str, anchor: str, span: tuple[int, int],
                      section: str | None) -> None:
        """Emit the denial one class of remedy (``noun``) stands for."""
        if noun.startswith("test"):
            # "There is no specific test for it": no single test tells it, a denial.
            self.emit(self.topic, v.DIAGNOSED_BY, "specific diagnostic test", span, anchor,
                      section, negated=True)
        elif noun.startswith("vaccin"):
            self.emit("vaccine", v.PREVENTS, self.topic, span, anchor, section, negated=True)
        elif noun.startswith(("way", "mean")):
            if "prevent" in rest:
                self.emit("preventive measure", v.PREVENTS, self.topic, span, anchor, section,
                          negated=True)
        elif noun.startswith("cure"):
            # "There is no cure": no treatment that cures it (a treatment can still help).
            self.emit("curative treatment", v.EFFECTIVE_FOR, self.topic, span, anchor,
                      section, negated=True)
        else:
            self.emit(f"{self.topic} treatment", v.EFFECTIVE_FOR, self.topic, span, anchor,
                      section, negated=True)

    def risk_rises(self, text: str, span: tuple[int, int], section: str | None) -> None:
        """Read "your risk of X increases as you get older / if you have Y", and "the older
        someone is, the more likely ... to get X"."""
        older = p.THE_OLDER_THE_LIKELIER.match(text) if text[:10].lower().startswith(
            ("the older", "the younge")) else None
        if older is not None:
            obj = pc.clean_phrase(pc.cut_clause(older.group("obj")))
            target = self.topic if not obj or self.is_topic(obj) or pc.ANAPHORA.match(obj) \
                else "complication" if _COMPLICATIONS_WORD.fullmatch(obj) else obj
            if target == "complication" or not pc.is_generic(target):  # (harms as a class)
                self.emit("older age" if older.group("dir").lower() == "older" else "young age",
                          v.INCREASES_RISK_OF, target, span, older.group(0), section,
                          hedged=is_hedged(text), negated=is_negated(text))
            return
        if caseless.lacks(text, p.RISK_RISES_WORDS):
            return
        bare = p.RISK_RISES_BARE.match(text)
        for m in [*p.RISK_RISES.finditer(text), *([bare] if bare else [])]:
            # ("the risk of nerve damage and developing lasting pain": each of the two)
            objs = [pc.clean_phrase(x) for x in _AND_DEVELOPING.split(m.group("obj"))]
            targets = [self.topic if not obj or self.is_topic(obj) else obj for obj in objs]
            # ("The chance of dying is higher in ...": death, as the other readers name it)
            targets = ["death" if _DEATHS.fullmatch(x) else x for x in targets
                       if x and not pc.is_generic(x)]
            if not targets:
                continue
            rest = re.sub(r"^(?:you|they|people|someone)\s+(?:have|has|had|are|is)\s+", "",
                          m.group("rest").strip(), flags=re.IGNORECASE)
            # Each member loses its own "if you have" before clauses are cut: in "as you
            # get older or if you have X", "have" would otherwise end the list.
            factors = [Phrase(_rising_factor(_IF_YOU.sub("", x.strip())), None, x)
                       for x in pc.split_list(rest)]
            c0 = clause_bounds(text, m.start())[0]
            for ph in factors:
                label = ph.label if ph.label == "older age" else pc.clean_phrase(ph.label)
                if not label or pc.is_generic(label) or self.is_topic(label):
                    continue
                for target in targets:
                    self.emit(label, v.INCREASES_RISK_OF, target, span, ph.surface, section,
                              hedged=is_hedged(text[c0:m.end()]),
                              negated=is_negated(text[c0:m.start("rest")]))

    def side_effects(self, cause: str, effects: Sequence[Phrase], span: tuple[int, int],
                     section: str | None) -> None:
        """Emit "<medicine> causes <effect>" for each side effect a page lists."""
        named = phrases(cause, split=False)
        if not named or self.is_topic(named[0].label) or pc.is_generic(named[0].label):
            return
        for ph in effects:
            if not self.is_topic(ph.label) and not pc.is_generic(ph.label):
                self.emit(named[0].label, v.CAUSES, ph.label, span, ph.surface, section,
                          rule="phrase:side-effects", confidence=0.75)

    def role_suggested(self, text: str, span: tuple[int, int], section: str | None,
                       kind: str | None) -> None:
        """Read "..., suggesting a role for host genes" as the genes contributing to the
        topic, hedged (said of a sentence about the topic, or under causes or no kind)."""
        m = _ROLE_FOR.search(text)
        if m is None or not (self.mentions_topic(text) or kind in (None, p.RISK, p.CAUSE)):
            return
        for ph in phrases(_ROLE_IN.sub("", pc.cut_clause(m.group("x")))):
            if not self.is_topic(ph.label) and not pc.is_generic(ph.label):
                self.emit(ph.label, v.CONTRIBUTES_TO, self.topic, span, ph.surface, section,
                          rule="phrase:role-suggested", confidence=0.6, hedged=True,
                          negated=denied_before(text, m.start()))

    def especially_at_risk(self, text: str, span: tuple[int, int], section: str | None) -> None:
        """Read "Anyone can get it, especially older adults and people with X" as older
        age and X raising the risk of it (of its complications if those are what occur)."""
        found = especially_who(text)
        if found is None:
            return
        main = text[:found.start]
        if not found.complications and not (self.mentions_topic(main) or _IT_SUBJECT.match(
                main) or re.search(r"\b(?:anyone|anybody|everyone)\b", main, re.I)):
            return  # "Ticks live in woods, especially in summer": not about the topic
        target = "complication" if found.complications else self.topic
        for member in pc.split_list(pc.cut_clause(found.who)):
            said = member.strip(" .")
            label = _GROUP_FACTOR_ARTICLE.sub("", pc.age_factor(p.factor_label(
                pc.people_factor(pc.clean_phrase(said) if _WITH_FACTOR.match(said) else said))))
            if label and not self.is_topic(label) and not pc.is_generic(label):
                self.emit(label, v.INCREASES_RISK_OF, target, span, said, section,
                          rule="phrase:especially", confidence=0.6,
                          hedged=is_hedged(text), negated=is_negated(main))

    def read_link_between(self, text: str, span: tuple[int, int], section: str | None) -> None:
        """Read "a link between X and A" (X the topic) as A associated with X."""
        found = link_between(text)
        if found is None:
            return
        a, b, at = found
        for mine, other in ((a, b), (b, a)):
            said = pc.clean_phrase(mine)
            if not (self.is_topic(said) or pc.TOPIC_ALIASES.match(said)):
                continue
            for ph in phrases(other):
                if not self.is_topic(ph.label) and not pc.is_generic(ph.label):
                    self.emit(ph.label, v.ASSOCIATED_WITH, self.topic, span, ph.surface,
                              section, rule="phrase:link-between", confidence=0.6,
                              hedged=is_hedged(text[:at + 1]), negated=denied_before(text, at))
            return

    def read_link_with(self, text: str, span: tuple[int, int], section: str | None) -> None:
        """Read "Some studies suggest a link with A" as A associated with the topic."""
        found = link_with(text)
        if found is None:
            return
        other, at = found
        # ("The link with X is not clear": the doubt comes after the link it is about)
        hedged = is_hedged(text[:at + 1]) or (at == 0 and is_hedged(text))
        for ph in phrases(other):
            if not self.is_topic(ph.label) and not pc.is_generic(ph.label):
                self.emit(ph.label, v.ASSOCIATED_WITH, self.topic, span, ph.surface, section,
                          rule="phrase:link-with", confidence=0.6,
                          hedged=hedged, negated=denied_before(text, at))

    def _harms_named(self) -> frozenset[str]:
        """Return the lower-case names of the topic's harms and signs claimed so far (the
        claims are looked at once each, as they come)."""
        seen, harms = self._harms_seen
        if seen < len(self.out):
            harms = harms | {c.object.lower() for c in self.out[seen:] if c.object
                             and c.predicate in (v.HAS_COMPLICATION, v.HAS_SYMPTOM)
                             and self.is_topic(c.subject)}
            self._harms_seen = (len(self.out), harms)
        return harms

    def first_choice_used(self, chosen: tuple[str, str], text: str, kind: str | None,
                          span: tuple[int, int], section: str | None) -> None:
        """Read "If you need treatment, X is usually the first choice" as X used for the
        topic (or for what "the first choice for Y" names); outside a treatment section
        only when the sentence speaks of treatment."""
        if kind is None and not re.search(r"\b(?:treat|medic|drug|therap)", text, re.I):
            return
        what = pc.clean_phrase(chosen[1])
        # ("an option in severe cases": which cases of the topic, no other target)
        target = self.topic if not what or self.is_topic(what) or self.mentions_topic(
            what) or _CASES_OF_KIND.fullmatch(what) else what
        # ("an option for people whose symptoms do not improve": the "not" is theirs)
        choice = _CHOICE_WORD.search(text)
        said = text[:choice.end()] if choice is not None else text
        for ph in phrases(chosen[0]):
            if not (self.is_topic(ph.label) or pc.is_generic(ph.label)
                    or pc.ANAPHORA.match(ph.label) or _WHO_NOT_WHAT.fullmatch(ph.label)):
                self.emit(ph.label, v.USED_FOR, target, span, ph.surface, section,
                          hedged=is_hedged(text), negated=is_negated(said),
                          rule="phrase:first-choice", confidence=0.65)

    def guard_prevents(self, guard: Guard, text: str, span: tuple[int, int],
                       section: str | None) -> None:
        """Read "The best protection against X is Y", "There is a vaccine that prevents X",
        "Adults should get the X vaccine" as the guard preventing X (see
        :func:`care_objects.guard_named`)."""
        what = pc.clean_phrase(guard.against)
        target = self.topic if not what or self.is_topic(what) or pc.ANAPHORA.match(
            what) or pc.TOPIC_ALIASES.match(what) else what
        if guard.needs_name and not self.mentions_topic(guard.guard):
            return
        words = guard.guard
        acts = advice_acts(words[3:]) if words.lower().startswith("to ") else [
            ph.label for ph in phrases(words)]
        for act in acts:
            if not self.is_topic(act) and not pc.is_generic(act):
                self.emit(act, v.PREVENTS, target, span, guard.guard, section,
                          rule="phrase:guard-named", confidence=0.7, negated=guard.denied,
                          hedged=is_hedged(text))

    def read_toxin_makers(self, text: str, span: tuple[int, int], section: str | None) -> None:
        """Read "Some bacteria make toxins that cause it" and "The toxins are made by A and
        B" as the makers causing the topic (see :mod:`toxin_makers`)."""
        found = toxin_makers(text)
        if found is None:
            return
        what = pc.clean_phrase(found.causes)
        if found.causes and not (self.is_topic(what) or self.mentions_topic(found.causes)
                                 or pc.TOPIC_ALIASES.match(what) or pc.ANAPHORA.match(what)):
            return  # the toxin causes something else: a sign, read by the other rules
        for ph in phrases(left_side(found.makers)):
            if not self.is_topic(ph.label) and not pc.is_generic(ph.label):
                self.emit(ph.label, v.CAUSES, self.topic, span, ph.surface, section,
                          rule="phrase:toxin-maker", confidence=0.6,
                          hedged=is_hedged(text), negated=is_negated(text))

    def risk_if(self, text: str, span: tuple[int, int], section: str | None) -> None:
        """Read "Y is more likely if you have X or are elderly" as X raising the risk of Y,
        "the risk is lower if you change pads often" as changing pads preventing it."""
        lower = _RISK_LOWER_IF.search(text)
        if lower is not None:
            obj = pc.clean_phrase(lower.group("obj") or lower.group("obj2") or "")
            target = self.topic if not obj or self.is_topic(obj) or self.mentions_topic(
                obj) or pc.ANAPHORA.match(obj) else obj
            for act in advice_acts(lower.group("x")) or gerund_acts(lower.group("x")):
                self.emit(act, v.PREVENTS, target, span, lower.group("x").strip(), section,
                          rule="phrase:risk-lower-if", hedged=is_hedged(text[:lower.end()]),
                          negated=denied_before(text, lower.start("x")))
        # "Anyone can get it, but it is more likely if you have X": the clause after "but"
        # opens as a sentence does.
        # ("It can affect anyone, but is more likely if ...": the subject shared, "it")
        clauses = [text, *(("it " if re.match(r"(?:is|are)\s", text[b.end():]) else "")
                           + text[b.end():] for b in _BUT_CLAUSE.finditer(text))]
        for pattern in p.RISK_IF:
            m = next((found for c in clauses if (found := pattern.search(c))), None)
            if m is None:
                continue
            clause = m.string
            obj = pc.clean_phrase(m.group("obj") or "")  # "your risk is higher if": none named
            target = self.topic if (not obj or self.is_topic(obj) or self.mentions_topic(
                obj) or _IT_ITSELF.fullmatch(obj) or _FALL_ILL.fullmatch(obj)) else obj
            if re.match(r"(?:the |serious |severe )?complications?\b", obj, re.I):
                target = "complication"  # "complications (of it) are more likely if ..."
            elif not target or pc.is_generic(target) or len(target.split()) > 5:
                continue
            if m.groupdict().get("kin"):
                # "Your risk is higher if a close relative has had it": the family's history
                if _IF_KIN_HAD.match(f"if {m.group('kin')}"):
                    self.emit("family history", v.INCREASES_RISK_OF, target, span,
                              m.group("kin").strip(), section, rule="phrase:risk-if",
                              hedged=is_hedged(clause[:m.end()]),
                              negated=is_negated(clause[:m.start("kin")]))
                continue
            # ("such as grassy, brushy or wooded areas": each takes the noun of the last)
            # ("a weakened immune system, for example from chemotherapy": the example)
            members = share_noun([pc.without_example_lead(x) for x in pc.split_list(m.group("x"))])
            # "if you smoke or drink heavily": bare acts are their doing (smoking, drinking),
            # when the list opens with one ("if you have a cut or burn": a burn, no act)
            acts = bool(members) and bare_act(members[0].strip()) is not None
            # ("if you have diabetes, are obese or smoke": after a member with a verb of its
            # own, a bare one-word verb is an act too)
            verb_led = len(members) >= 2 and any(p.CONDITION_VERB.match(x.strip())
                                                 for x in members[1:])
            for member in members:
                one = verb_led and _bare_verb(member.strip())
                # ("... contact with water or soil that has urine in it": a noun with its
                # clause, no act "soiling")
                doing = (acts or one) and not _NOUN_WITH_CLAUSE.match(member.strip())
                said = (bare_act(member.strip()) if doing else None) or p.CONDITION_VERB.sub(
                    "", clause_factor(member.strip()))
                # ("a weakened immune system from an illness such as diabetes": the state and
                # each example, as the phrase reader names them)
                # ("a condition that weakens your immune system": the weak immune system)
                # ("live in a rural area", "work on a farm": the place, named without "a")
                labels = [ph.label for ph in phrases(said)] if " such as " in said or (
                    "immun" in said and re.search(r" (?:from|that|which) ", said)) else [
                    _ARTICLE_LEAD.sub("", pc.people_factor(pc.clean_phrase(pc.cut_clause(
                        said))))]
                if _FAMILY_HAD_IT.fullmatch(member.strip()):
                    labels = ["family history"]  # "if someone in your family has had it"
                before = _HAD_IT_BEFORE.fullmatch(member.strip())
                if before is not None and (pc.ANAPHORA.fullmatch(before.group("x"))
                                           or self.is_topic(before.group("x"))):
                    labels = ["previous episode"]  # "... higher if you have had it before"
                for label in map(p.factor_label, labels):
                    if not label or pc.is_generic(label) or self.is_topic(label):
                        continue
                    self.emit(label, v.INCREASES_RISK_OF, target, span, member.strip(), section,
                              rule="phrase:risk-if", hedged=is_hedged(clause[:m.end()]),
                              negated=is_negated(clause[:m.start("x")]))

    def if_you_have(self, text: str, span: tuple[int, int], section: str | None) -> None:
        """Read "If you have X, you are more likely to get Y" as X raising the risk of Y."""
        m = p.IF_YOU_HAVE.match(text)
        if m is not None:
            self.factor_raises_risk(m, text, span, section, "sentence", negated_from=m.end("x"))

    def members_raise_risk(self, before: str, span: tuple[int, int],
                           section: str | None) -> None:
        """"Several things can raise your risk of getting it. These include A and B.": the
        sentence before names no one thing, so each member raises the risk of the topic (or
        of what that sentence names)."""
        m = _THESE_INCLUDE.match(self.doc.text, *span)
        if m is None:
            return
        of = _THINGS_RAISE_RISK.search(before)
        named = pc.clean_phrase(of.group("of") or of.group("of2") or "") if of is not None else ""
        target = self.topic if not named or self.is_topic(named) or self.mentions_topic(
            named) else named
        for ph in phrases(pc.cut_clause(m.group("list"))):
            lacked = _LACKING_PEOPLE.match(ph.surface.strip())
            label = f"lack of {lacked['x'].strip()}" if lacked is not None else p.factor_label(
                pc.people_factor(ph.label))
            if label and not self.is_topic(label) and not pc.is_generic(label):
                self.emit(label, v.INCREASES_RISK_OF, target, span, ph.surface, section,
                          hedged=is_hedged(before), rule="phrase:class-members",
                          confidence=0.6)

    def members_of_class(self, previous: list[RawClaim], span: tuple[int, int],
                         section: str | None) -> None:
        """"Some long-term conditions raise the risk. These include diabetes and gout.":
        each member does what the sentence before said of its class."""
        m = _THESE_INCLUDE.match(self.doc.text, *span)
        if m is None:
            return
        members = [ph.label for ph in phrases(pc.cut_clause(m.group("list")))
                   if not self.is_topic(ph.label)]
        classes = {(c.subject, c.predicate, c.object, c.negated, c.hedged) for c in previous
                   if c.measure is None and c.object is not None
                   and c.predicate in _CLASS_RELATIONS}
        for subj, pred, obj, negated, hedged in sorted(classes):
            class_is_subject = not self.is_topic(subj)
            for member in members:
                self.emit(member if class_is_subject else subj, pred,
                          obj if class_is_subject else member, span, member, section,
                          negated=negated, hedged=hedged, rule="phrase:class-members",
                          confidence=0.6)

    def signs_of_class_before(self, before: str, span: tuple[int, int],
                              section: str | None) -> None:
        """"Later signs can appear. These include A and B.": each member is the topic's sign
        (or complication, for a class of complications), when the class is the topic's."""
        found = class_listed_after(before, self.doc.text[span[0]:span[1]])
        if found is None:
            return
        pred, owner, listed = found
        if owner and not self.mentions_topic(owner):
            return  # "Signs of dehydration ... These include ...": another thing's signs
        for ph in phrases(pc.cut_clause(listed)):
            if not self.is_topic(ph.label):
                # (a cause is the member's of the topic; a sign or harm the topic's)
                subject, obj = (ph.label, self.topic) if pred == v.CAUSES else (
                    self.topic, ph.label)
                self.emit(subject, pred, obj, span, ph.surface, section,
                          rule="phrase:class-listed", confidence=0.6)

    def as_do_too(self, text: str, said: list[RawClaim], span: tuple[int, int],
                  section: str | None) -> None:
        """"Smoking raises the risk, as does heavy drinking", "People with X are at higher
        risk, as are those who smoke": the factor after "as does" does the same."""
        tail = _AS_DO_TOO.search(text[text.rfind(", as "):])
        risks = {(c.predicate, c.object, c.negated, c.hedged) for c in said
                 if c.predicate == v.INCREASES_RISK_OF and c.object is not None
                 and c.measure is None and not self.is_topic(c.subject)}
        if tail is None or len(risks) != 1:
            return  # only one thing said of one object can be said again
        pred, obj, negated, hedged = next(iter(risks))
        y = tail.group("y")
        factor = pc.people_factor(y) if _PEOPLE_WORD.search(y) else pc.clean_phrase(y)
        for member in _people_get_members(factor) if factor else []:
            if member and not self.is_topic(member) and not pc.is_generic(member):
                self.emit(member, pred, obj, span, y, section, negated=negated, hedged=hedged,
                          rule="phrase:as-do-too", confidence=0.6)

    def people_get(self, m: re.Match[str], text: str, span: tuple[int, int],
                   section: str | None) -> None:
        """"People who inject drugs can get it": injecting drugs raises the risk of it."""
        obj = m.group("obj").strip()
        said = pc.clean_phrase(_FORM_OF_IT.sub(" illness", obj))
        if not (self.is_topic(said) or pc.TOPIC_ALIASES.match(obj)
                or self.mentions_topic(obj) or (said and self._graver_topic(said))):
            # "People with X get Y" says nothing of the topic unless Y is it ("a severe
            # infection", "a more serious form of the illness": the topic, graver)
            return
        # "People who are obese or people with weak immune systems get it": each group
        groups = _OR_PEOPLE.split(m.group("who"))
        factors = [f for g in groups if (f := pc.people_factor(g.strip())) and f != g.strip()
                   and not pc.is_generic(f)]
        if not factors:
            return
        # "People with A, B or C get it": each of them raises the risk.
        for member in map(pc.clean_phrase, (x for f in factors for x in _people_get_members(f))):
            self.emit(member, v.INCREASES_RISK_OF, self.topic, span, m.group("who"), section,
                      rule="phrase:people-get", confidence=0.65,
                      hedged=is_hedged(text[:m.end()]), negated=denied_before(text, m.end()))

    def factor_raises_risk(self, m: re.Match[str], text: str, span: tuple[int, int],
                           section: str | None, rule: str, *, negated_from: int) -> None:
        """Emit "x raises the risk of obj" for a match with groups ``x`` and ``obj``.

        Shared by "If you have X, you are more likely to get Y" and "Anyone who
        has had X may develop Y"; negation is read from ``negated_from`` on.
        """
        obj = pc.clean_phrase(m.group("obj"))
        target = self.topic if (self.is_topic(obj) or self.mentions_topic(obj)) else obj
        if not target or pc.is_generic(target) or len(target.split()) > 5:
            return
        for ph in phrases(m.group("x")):
            if not self.is_topic(ph.label):
                self.emit(ph.label, v.INCREASES_RISK_OF, target, span, ph.surface, section,
                          rule=rule, hedged=is_hedged(text[m.end("x"):m.end()]),
                          negated=is_negated(text[negated_from:m.end()]))

    def risk_factor_management(self, text: str, span: tuple[int, int], section: str | None,
                               kind: str | None) -> None:
        """Read "to reduce your risk factors" as "risk factor management" used or preventing."""
        m = _RISK_FACTORS.search(text)
        if m is None:
            return
        if kind == p.PREVENTION or "prevent" in text.lower():
            predicate = v.PREVENTS
        elif kind == p.TREATMENT:
            predicate = v.USED_FOR
        else:
            return
        self.emit("risk factor management", predicate, self.topic, span, m.group(0), section,
                  hedged=is_hedged(text[clause_bounds(text, m.start())[0]:m.start()]),
                  negated=denied_before(text, m.start()))

    def measures(self, text: str, span: tuple[int, int], section: str | None,
                 kind: str | None) -> None:
        """Read measures worded as actions ("switch from X", "eat less X") as named measures.

        Under a prevention heading each prevents the topic; under a treatment
        heading each is used for it.
        """
        predicate = v.PREVENTS if kind == p.PREVENTION else v.USED_FOR
        for rx, template in p.MEASURES:
            for m in rx.finditer(text):
                for what in pc.split_list(m.group("x")):
                    what = pc.clean_phrase(what)
                    if not what or pc.is_generic(what) or self.is_topic(what):
                        continue
                    c_start = clause_bounds(text, m.start())[0]
                    self.emit(template.format(what), predicate, self.topic, span, m.group(0),
                              section, hedged=is_hedged(text[c_start:m.start()]),
                              negated=is_negated(text[c_start:m.start()]))

    def care_after_colon(self, text: str, span: tuple[int, int], section: str | None,
                         kind: str | None) -> None:
        """Read "Care aims to relieve symptoms: stopping smoking, inhalers and oxygen" under
        care (or prevention): each member after the colon is a measure (a lead that says
        what care does names none itself)."""
        m = _CARE_COLON_LIST.match(text)
        if m is None:
            return
        members = pc.split_list(pc.strip_parens(m.group("list")).rstrip(" ."))
        if len(members) < 2:
            return
        predicate = v.PREVENTS if kind == p.PREVENTION else v.USED_FOR
        for member in members:
            said = pc.cut_purpose(member.strip())
            acts = gerund_acts(said) if said[:1].islower() and said.split()[0].endswith(
                "ing") else []
            for label in acts or [ph.label for ph in phrases(said, split=False)]:
                if label and not self.is_topic(label) and not pc.is_generic(label):
                    self.emit(label, predicate, self.topic, span, member, section,
                              hedged=is_hedged(m.group("lead")),
                              rule="phrase:care-colon-list", confidence=0.6)

    def kept_under_control(self, text: str, span: tuple[int, int], section: str | None) -> None:
        """Read "keep your blood sugar under control", under a prevention heading, as a measure.

        "blood sugar control" then prevents the topic; in prose elsewhere,
        what a sentence says is prevented ("... to prevent X") is left to the
        relation phrases.
        """
        for m in _KEEP_CONTROL.finditer(text):
            what = _LEVELS_OF.sub("", pc.clean_phrase(m.group("x")).strip())
            what = re.sub(r"^(?:your|the|their|its)\s+", "", what, flags=re.IGNORECASE)
            if not what or len(what.split()) > MAX_WORDS - 1 or pc.is_generic(what):
                continue
            self.emit(f"{what} control", v.PREVENTS, self.topic, span, m.group(0), section,
                      hedged=is_hedged(text[:m.start()]),
                      negated=denied_before(text, m.start()))

    def allowed(self, trig: p.Trigger, m: re.Match[str], text: str, kind: str | None) -> bool:
        """Return whether a relation phrase counts here (some only in their own sections)."""
        if trig.name == "symptom-list" and kind in (p.COMPLICATION, p.PROGNOSIS) and \
                " problems" in m.group():
            return False  # "Eye problems can include glaucoma" among harms: harms (harm-class)
        if trig.name == "symptom-list" and kind != p.SYMPTOM and \
                m.group().lstrip()[:5].lower() in ("they ", "probl", "other", "furth", "addit"):
            # "They include A and B", "Problems may include A" name signs only under a
            # heading of signs
            return False
        if trig.name == "treatment-is" and not m.group()[:4].lower().startswith(
                ("the ", "a ", "an ")) and _NAMED_THERAPY.search(text, 0, m.start()):
            return False  # "Antiviral therapy is the main treatment": a therapy named, not care
        if trig.name == "to-treat" and kind in (p.RISK, p.CAUSE) and not self.mentions_topic(
                text[m.end():m.end() + 60]):
            return False  # "chemotherapy medicines to treat cancer" among risks: a risk's gloss
        if trig.name == "gets-it-more" and m.group("named") and not self.is_topic(
                pc.clean_phrase(m.group("named"))):
            return False  # "Men get heart disease more often": another illness's
        if trig.name in _PEOPLE_TRIGGERS and "but" in text and _BUT_RARE.search(
                text, m.end(), _clause_end(text, m.end())) and not _MOST_OFTEN.search(m.group()):
            # "It does occur in infants, but it is uncommon": no risk of theirs ("most
            # commonly seen in people on dialysis but rare" still names the group)
            return False
        if trig.name == "topic-involves" and (kind in _NOT_ITS_PROCESS or not (
                _IT_SAID.fullmatch(text[:m.start()].strip()) or self.is_topic(
                    pc.clean_phrase(text[:m.start()])))):
            # "Treatment involves X", "The test involves X": what care or a test is made of
            return False
        if trig.name == "cause-is" and kind != p.CAUSE and not re.search(
                r"caus|culprit|etiolog", m.group(), re.I):
            return False  # "The most common is X" names a cause only under causes
        if trig.name == "makes-vulnerable" and m.group("made") and not (
                self.is_topic(pc.clean_phrase(m.group("made")))
                or pc.TOPIC_ALIASES.match(m.group("made"))):
            return False  # "X makes recovery more likely": no risk of the topic
        if trig.name == "makes-vulnerable" and re.search(r"\b(?:what|whatever)\s*$",
                                                         text[:m.start()], re.I):
            return False  # "trying to find what makes some people prone": nothing named
        if trig.name == "causes" and (_NOUN_CAUSE.search(text[:m.start()])
                                      or text[m.end():m.end() + 3] == " of"):
            return False  # "the exact cause of" is a noun, not a relation
        if trig.name == "causes" and _SIMILAR_SIGNS.match(text, m.end()):
            return False  # "conditions that can result in symptoms similar to it": look-alikes
        if trig.name in ("works", "no-evidence") and kind not in (*_HELPING, p.PROGNOSIS):
            return False
        if trig.name in ("seen-in-people", "affects-people") and \
                _ALSO_IN_CONCESSION.search(text[:m.end()]) and \
                not _MORE_SAID.search(text, m.start(), _clause_end(text, m.end())):
            # "It mostly affects women, although it can also occur in men and children":
            # that it can strike others too names no group at higher risk
            return False
        if trig.name == "is-enough" and kind not in (p.TREATMENT, p.PROGNOSIS):
            return False  # "X is enough" says what care is given only under care
        if trig.name == "detects" and _TO_DETECT.match(m.group()) and not _TEST_WORD.search(
                text, m.end()):
            return False  # "Urine testing is done to detect kidney involvement": a finding
        if trig.name == "may-occur" and kind == p.CAUSE and _IN_A_SHARE.match(text, m.end()):
            return False  # "Mixed infections occur in 15 % of patients", under causes
        if trig.name == "to-treat" and re.search(r"\bhow(?: best| well)?\s*$", text[:m.start()],
                                                 re.I):
            return False  # "deciding how best to treat it" plans care; it names no remedy
        if trig.name == "works" and (_CONDITION_LEAD.match(
                text, clause_bounds(text, m.start())[0]) or _CONDITION_BEFORE.search(
                text, max(0, m.start() - 60), m.start())):
            # "If X does not work, Y is tried", "Y may be used if X does not work": no
            # verdict on X
            return False
        if trig.name == "may-help" and ((kind not in _HELPING and not (
                kind in (p.PROGNOSIS, None) and m.group().lower().startswith("improv")))
                or "diagnos" in text.lower() or (
                kind != p.PREVENTION and _GERUND.match(left_side(text[:m.start()]))
                and not (kind == p.TREATMENT and (care_acts(left_side(text[:m.start()]))
                                                  # "Chewing gum can help with a dry mouth"
                                                  or sign_eased(text[m.end():]))))):
            # under prevention, "Avoiding dust can help" names the act; under care,
            # "Resting can help" names the care (sides() reads both)
            return False
        if trig.name == "doctor-examines" and kind not in (p.DIAGNOSIS, None):
            return False
        if trig.name in ("doctor-examines", "detects") and _LETTING_DOCTORS.search(
                text, max(0, m.start() - 40), m.start()):
            return False  # ("A lumbar puncture lets doctors check X": the puncture is the test)
        if trig.name == "given" and m.group().lower().endswith("provided") and not \
                _CARE_PROVIDED.search(left_side(text[:m.start()])):
            return False  # "support should be provided", not "information is provided"
        if trig.name == "diagnose-from" and m.group().lower().startswith("confirm"):
            # "confirm it with a blood test", not "confirmed in 30 patients with ...".
            what = _CONFIRMED_WHAT.match(m.group())
            return what is not None and (bool(_CONFIRMED_THING.fullmatch(what.group(1)))
                                         or self.is_topic(what.group(1)))
        if trig.name == "marked-by" and text[max(0, m.start() - 2):m.start()] == ", " and \
                not any(self.is_topic(x.label) for x in self.clause_subject(text[:m.start()])) \
                and not _ONE_FORM.fullmatch(text[:m.start()].split(",", 1)[0].strip()):
            # ("The second stage, weeks later, is marked by X": a stage of the topic)
            return False  # "The rash, characterised by blisters, ...": the rash's look
        if trig.name == "given" and m.group().lower().endswith("indicated") and (
                kind not in (p.TREATMENT, p.DIAGNOSIS, None)
                or _NO_REMEDY_INDICATED.search(left_side(text[:m.start()]))):
            return False  # "Caution is indicated in older people": no remedy named
        if trig.name == "checked-passive" and (kind != p.DIAGNOSIS or _PEOPLE_CHECKED.match(
                left_side(text[:m.start()]).strip())):
            return False  # "You will be checked" names no test; elsewhere no test is meant
        if trig.name == "considered-alike" and kind != p.LOOK_ALIKE:
            return False  # "Surgery should be considered" elsewhere: care, read as such
        if trig.name == "is-treatment" and kind not in (p.TREATMENT, p.DIAGNOSIS) and \
                " step" in m.group().lower() and not _CARE_WORDS.search(m.group()):
            return False  # "Knowing the signs is the first step": a step of care only there
        if trig.name == "is-treatment" and kind not in (p.TREATMENT, p.DIAGNOSIS) and \
                m.group().lower().rstrip(" .;!").endswith("preferred"):
            return False  # "The term X is preferred": a choice of care only under care
        if trig.name == "arises-with" and kind not in (p.RISK, p.CAUSE) and re.search(
                r"\b(?:seen|found) (?:in|with)$|\barises? (?:in|with)$", m.group(), re.I):
            return False  # "It arises in the skin": a place, unless among risks or causes
        if trig.name == "reported-risk" and kind not in (p.RISK, p.CAUSE, p.COMPLICATION):
            return False  # "A and B have been reported" names risks only under their heading
            # (and harms under complications: _read_reported_harms)
        if trig.name == "symptom-list" and _LIKE_AFTER.match(text, m.end()):
            return False  # "early symptoms are like flu": a likeness, not a sign named flu
        if trig.name == "asked-about" and kind is None and any(
                rx.search(text, m.end()) for _, rx in _REVIEWED):
            return True  # "You will be asked about your symptoms", under no typed heading
        if trig.name in ("detects", "asked-about") and kind != p.DIAGNOSIS:
            return False
        if trig.name == "needs" and kind != p.TREATMENT and not (
                kind in (None, p.PROGNOSIS, p.COMPLICATION) and _REMEDY_NEEDED.match(text, m.end())
                and ((kind != p.COMPLICATION
                      and _NEEDING_PEOPLE.match(left_side(text[:m.start()]).strip()))
                     # "Kidney failure may need a transplant", "If you develop kidney
                     # failure, you may need dialysis", under the outlook or the
                     # complications: a harm's remedy
                     or _harm_needing(_HARM_NEEDS, text) is not None
                     or _harm_needing(_IF_DEVELOPS, text) is not None
                     or _harm_needing(_IF_HARM_ARISES, text) is not None
                     # "Severe grebble fever requires surgery": the illness named needs it
                     or self._topic_needs(text[:m.start()]))):
            # "you need to rest" elsewhere, "needs a test" in diagnosis; in general text
            # only people who need a remedy named as one ("Most patients need surgery").
            return False
        if trig.name == "risk-of" and _FURTHER_PROBLEMS.match(text, m.end()):
            return False  # "a risk of other problems, such as:": the list names them
        if trig.name in ("left-with", "risk-of"):
            # Only about people with the topic or the topic itself: "Smoking carries a
            # risk of X" says nothing of the topic's harms.
            # ("If the eye is affected, there is a risk of X": the clause after the lead)
            reach = _IF_PART_LEAD.match(text, 0, m.start())
            before = pc.clean_phrase(left_side(text[reach.end() if reach else 0:m.start()]))
            # "The blisters ... may leave scarring": what the topic's signs leave is its own.
            sign_leaves = "leave" in m.group().lower() and _MARKS.search(
                text, max(0, m.start() - 80), m.start()) is not None
            return (not before or before.lower().startswith(("there", "this", "it"))
                    or self.is_topic(before) or self.mentions_topic(before)
                    or bool(_PEOPLE_WORD.search(before)) or sign_leaves
                    or bool(_IF_UNTREATED.search(text, 0, m.start())))
        if trig.name in ("sign-called", "described-as"):
            said = _described_sign(m.group(), text[:m.start()])
            return bool(said) and not self.is_topic(said) and bool(
                p.SYMPTOM_HEAD.search(said.lower().split()[-1]))
        if trig.name == "found-on":
            # (the active "Doctors find it on X" names the topic in its own words)
            return _FINDS_IT.search(m.group()) is not None or self.topic_itself_before(text, m)
        if trig.name == "test-is" and "diagnos" not in m.group().lower() and \
                "standard" in m.group().lower():
            # "The gold standard is X": a test where tests are the subject; under care,
            # or naming no test, the standard of care
            named = text[m.end():m.end() + 60].lower()
            return kind == p.DIAGNOSIS or (kind != p.TREATMENT and (
                "diagnos" in text.lower() or _TEST_WORD.search(named) is not None
                or names_testing(named)))
        if trig.name == "confirms" and _HELPS_DIAGNOSE.search(m.group()):
            # "Blood tests may assist with the diagnosis" (a test does); "Friends can help
            # with making a diagnosis" names none
            said = pc.clean_phrase(left_side(text[:m.start()]))
            return bool(said) and (_TEST_WORD.search(said) is not None or names_testing(said)
                                   or _FINDING_WORD.search(said) is not None)
        if trig.name == "test-shows":
            # Only a test as the subject, and not under treatment ("a scan shows whether the
            # drug worked" there follows care, it does not find the topic); a semicolon
            # starts a clause of its own ("...; however, a scan can show it").
            said = pc.clean_phrase(left_side(text[:m.start()].rsplit(";", 1)[-1]))
            return kind != p.TREATMENT and bool(said) and (
                _TEST_WORD.search(said) is not None or names_testing(said.lower())) \
                and not self.is_topic(said)
        if trig.name == "patients-are" and m.group().rstrip().endswith("have"):
            # "Patients are often found to have a high fever": a sign, no factor
            after = pc.cut_clause(text[m.end():m.end() + 80])
            return not (p.SYMPTOM_HEAD.search(_FIRST_ITEM.split(after, maxsplit=1)[0])
                        or _NOT_A_STATE.match(after))
        if trig.name == "who-get-it-have":
            # Only those who get the topic, and what they already have or are: not a sign
            # ("have a rash"), a further risk ("have a higher risk of X") or care ("are
            # treated with").
            got = _WHO_GOT.match(m.group())
            after = pc.cut_clause(text[m.end():m.end() + 80])
            return got is not None and self.is_topic(pc.clean_phrase(got.group(1))) and not (
                p.SYMPTOM_HEAD.search(_FIRST_ITEM.split(after, maxsplit=1)[0])
                or _NOT_A_STATE.match(after) or is_negated(m.group()))
        if trig.name == "germs-include":
            # "Common pathogens include A": only words that describe the germs lead them
            # ("Drugs that kill these bacteria include A" names drugs).
            lead = re.split(r"[,;:.()]", text[:m.start()])[-1]
            return kind not in (p.TREATMENT, p.PREVENTION) and bool(_GERM_LEAD.fullmatch(lead))
        if trig.name == "causes-include":
            # "Germs that cause it include A": only when what they cause is the topic.
            mid = _CAUSED_THING.search(m.group())
            return mid is not None and self.said_of_topic(pc.clean_phrase(mid.group(1)))
        if trig.name in ("occurs-from", "likely-in", "lower-in", "to-do-with"):
            # Only the topic occurring: "a rash can develop from a scratch" is no risk of it,
            # and "They occur as a result of ..." may be its complications; under a causes
            # heading "Most cases occur from X" or "Infection occurs through X" is the topic's.
            before = pc.clean_phrase(left_side(text[:m.start()]))
            if not self.topic_itself_before(text, m) and not (trig.name == "occurs-from" and (
                    self.kind_of_topic(before) or (kind in _HAD_CAUSE_KINDS
                                                   and _ITS_CASES.fullmatch(before)))):
                return False
            # "It can occur with a fever" names a sign it comes with, not a risk.
            first = _FIRST_ITEM.split(text[m.end():], maxsplit=1)[0]
            return not (m.group().lower().endswith((" with", " alongside")) and (
                kind == p.SYMPTOM or p.SYMPTOM_HEAD.search(first) is not None))
        if trig.name == "sign-named":
            return kind in (p.SYMPTOM, p.COMPLICATION)  # (elsewhere the topic's own name)
        if trig.name == "followed-by":
            # "This is followed by A and B" under signs: the signs that come next (elsewhere
            # a phase or a treatment may be what follows)
            return kind == p.SYMPTOM
        if trig.name == "can-result":
            # "Vision loss can result" of the illness; under treatment, of the treatment
            return kind not in (p.TREATMENT, p.PREVENTION)
        if trig.name == "develops-if":
            return kind == p.COMPLICATION  # (elsewhere the clause may name another cause)
        if trig.name == "care-avoided":
            return kind in (p.TREATMENT, p.PREVENTION)  # (under prevention, as advice)
        if trig.name == "there-may-be":
            # "There may be scarring" under either; in general text only a harm.
            if m.group().lstrip()[:3].lower() == "on " and kind == p.DIAGNOSIS:
                return True  # "On examination there is X" under diagnosis: a sign found
            return kind in (p.SYMPTOM, p.COMPLICATION) or (kind in (None, p.PROGNOSIS) and any(
                _HARM_HEAD.search(x) or _LASTING.search(x) or p.SYMPTOM_HEAD.search(x.lower())
                for x in _FIRST_ITEM.split(pc.cut_clause(text[m.end():]))[:1]))
        if trig.name == "may-occur":
            # A sign named as one ("a rash will develop"), or in a symptoms section
            # anything said to possibly occur ("malaise may also occur"); never
            # "complications may develop" or "the rash occurs in a single band".
            said = pc.clean_phrase(left_side(pc.strip_size(text[:m.start()])))
            if not said or self.is_topic(said) or _PREPOSITION_LEAD.match(said) \
                    or self.kind_of_topic(said) or _OUTCOME_NO_SIGN.search(said):
                return False  # "Type 2 <topic> develops ...": a kind of it, no sign of it
            if self.is_topic(pc.clean_phrase(_FIRST_ITEM.split(text[m.end():], maxsplit=1)[0])):
                return False  # "People with X can develop <topic>": who gets it, no sign
            # ("Fever and confusion are sometimes present": possible, as "may occur" is)
            modal = bool(re.match(r"(?:may|can|might)\b|(?:is|are) \w+", m.group(), re.I))
            some_cases = bool(_IN_SOME_CASES.search(text[:m.start()]))
            # "In some cases, lasting nerve pain develops" under complications, too, and
            # "Peeling skin follows a week later" (a sign that comes later).
            # ("Painful mouth ulcers appear" under signs: a sign that comes, no modal needed)
            in_lists = kind in (p.SYMPTOM, p.COMPLICATION) and (
                modal or some_cases or _SPAN_LATER.match(text, m.end()) is not None or (
                    kind == p.SYMPTOM and m.group().lower().endswith(("appear", "appears"))
                    and not said.lower().endswith(("symptoms", "signs"))))
            # "Vision loss may occur", "Kidney failure can develop", "In some cases, gangrene
            # occurs": a harm said to be possible is the topic's complication (in general text
            # any harm, anywhere a grave one; see _lasting_sign_is_harm).
            harm = modal and kind in (None, p.PROGNOSIS) and _HARM_HEAD.search(said) is not None
            grave = (modal or some_cases) and _names_grave_harm(said)
            share = _IN_SHARE_OF_CASES.match(text, m.end()) is not None
            # ("Fever, a fast heartbeat and low blood pressure follow": a list of them, one
            # member named as a sign)
            listed = "," in said or " and " in said
            # ("Tender, red nodules appear on the shins" under signs: nodules, which inside
            # an organ are how it works, are signs where signs are listed)
            named_sign = p.SYMPTOM_HEAD.search(said) is not None or (
                kind == p.SYMPTOM and said.lower().endswith(("nodules", "nodule"))) or (
                # ("A dark scab, called an eschar, forms": a sign under the page's name)
                " called " in text[:m.start()] and p.SYMPTOM_HEAD.search(
                    text[:m.start()].split(" called ", 1)[0].rstrip(" ,")) is not None) or (
                # "the late stage follows, with shock": what comes with the phase
                # (_adjust_examples_after reads it)
                _PHASE_SAID.search(said) is not None and _PHASE_WITH.match(text, m.end())
                is not None) or (
                listed and any(p.SYMPTOM_HEAD.search(x) for x in pc.split_list(said)))
            return named_sign or harm or grave or share or (
                in_lists and not _COMPLICATIONS.match(said)) or bool(
                " " in said and p.SYMPTOM_HEAD.search(_SIGN_POSTMODIFIER.sub("", said)))
        if trig.name == "experience" and self.gets_topic_itself(text[m.end():]):
            return False  # "You're more likely to get <topic> if ...": who gets it, no sign
        if trig.name == "experience" and _FEEL_A_PART.search(m.group()) and \
                _FEEL_A_PART_AFTER.match(text, m.end()) and \
                re.search(r"\b(?:if|when)\b", text[:m.start()], re.I):
            return False  # "If you gently feel your child's neck, ...": an examination
        if trig.name == "experience":
            # Only people with the topic, or any people in a symptoms section: "people
            # who smoke have ..." elsewhere says nothing about the topic's signs.
            said = m.group().lower()
            if kind in _LEFT_BEHIND_KINDS and _SURVIVORS.search(said):
                return True  # "People who survive may have memory problems" (complications)
            if _UNTREATED_PEOPLE.search(said) and _UNTREATED_THEN.search(said):
                return True  # "People who are not treated may develop X": its harm
            if kind in _LEFT_BEHIND_KINDS and " with " not in said:
                # "Some patients develop lung scarring" under complications; "if you ... develop
                # X", "sufferers say they have ..." are no such statement.
                # ("Children may have growth problems", "Many feel tired for months after":
                # a modal or a lasting time says it is what follows the illness)
                # ("Some people have lasting weakness": a lasting state needs no modal)
                return (said.endswith(("develop", "suffer from")) or (
                    (_MAY_HAVE.search(said) is not None or _SOME_HAVE.search(said) is not None)
                    and _HARM_HAD.match(text, m.end()) is not None) or (
                        said.endswith("feel")
                        and _LASTING_AFTER.match(text, m.end()) is not None)) \
                    and " who " not in said \
                    and not re.search(r"\b(?:if|when|say|says|said)\b", text[:m.end()], re.I)
            if _SURVIVORS.search(said) or (_GO_ON_TO.search(said) and " who " not in said):
                # "People who survive may have kidney damage", "Some go on to develop X":
                # what it leaves
                return True
            # "People who have X often get Y" is "people with X".
            with_topic = (" who " in said and self.mentions_topic(said) and bool(
                _WHO_HAVE.search(said))) or bool(_PEOPLE_AFFECTED.search(said))
            if kind is None and said.endswith("develop") and " who " not in said and not \
                    re.search(r"\b(?:if|when)\b", text[:m.end()], re.I):
                # "Some people develop lung scarring" in general text: a harm it leaves
                # (a harm's name only: "some people develop a rash" may be anyone's).
                first = _FIRST_ITEM.split(pc.cut_clause(text[m.end():]), maxsplit=1)[0]
                developed = pc.clean_phrase(first)
                if _HARM_HEAD.search(developed) or _LASTING.search(developed) \
                        or _names_grave_harm(developed):
                    return True
            if kind is None and " who " not in said and _SHARE_OF_PATIENTS.search(
                    text, max(0, m.start() - 40), m.start()) and _opens_with_sign(
                        _FIRST_ITEM.split(pc.cut_clause(text[m.end():]), maxsplit=1)[0]):
                # "Up to 80% of patients have a rash": a share of the page's patients.
                return True
            if kind is None and _YOU_MAY_HAVE.fullmatch(said) and not re.search(
                    r"\b(?:if|when|after|before|risk|chance)\b", text[:m.end()], re.I) \
                    and not _FURTHER_PROBLEMS.match(text, m.end()) and _opens_with_sign(
                        _FIRST_ITEM.split(pc.cut_clause(text[m.end():]), maxsplit=1)[0]):
                # "You may also have a problem closing one eye": a named sign ("a risk you may
                # get more problems" is a harm, and the list after names it).
                return True
            if kind is None and _WHO_DO_SO.search(said) is not None and \
                    _SYMPTOMS_SAID.search(self._sentence_before) and _opens_with_sign(
                        _FIRST_ITEM.split(pc.cut_clause(text[m.end():]), maxsplit=1)[0]):
                # "Many people have no symptoms. Those who do usually notice a cough": the
                # people with signs, anywhere on the page
                return True
            subject = _AFFECTED_SUBJECT.match(text) if kind is None else None
            if subject is not None and m.start() <= subject.end() and " who " not in said \
                    and " with " not in said and _opens_with_sign(
                    _FIRST_ITEM.split(pc.cut_clause(text[m.end():]), maxsplit=1)[0]):
                # "Affected individuals may develop a fever", "Patients often have malaise":
                # the page's patients, and a sign named first
                return True
            return with_topic or (kind == p.SYMPTOM and (
                " who " not in said or _WHO_DO_SO.search(said) is not None)) or (
                " with " in said and (self.mentions_topic(said) or bool(re.search(
                    r"\bwith (?:it|this|the (?:condition|disease|illness|infection))\b", said))))
        if trig.name == "ruled-out" and kind not in (p.DIAGNOSIS, p.SYMPTOM, None):
            return False  # under care, "rule out" is a test's purpose, read with the test
        if trig.name == "mimics" and kind not in (p.DIAGNOSIS, p.LOOK_ALIKE) and not re.search(
                r"confus|mistak|similar|misdiagnos|apart|like th|distinguish|differentiat|shar|"
                r"overlap",
                m.group(), re.IGNORECASE
        ) and not _OTHER_ILLNESSES.match(text, m.end()) and not _MIMICS_TOPIC.match(
                text, m.end()) and not self._likened_is_topic(text[:m.start()]) and \
                not _SIGNS_SUBJECT.fullmatch(text[:m.start()]):
            # ("Early symptoms resemble flu, with ...": its signs likened to another illness)
            # "looks like" describes; "is mistaken for" tells apart, and so does "can look
            # like other conditions, such as X" or the illness itself looking like another
            return False
        if trig.name == "mimics" and "similar" in m.group().lower() and likens_a_sign(
                text[:m.start()], text[m.end():]):
            return False  # "a bump, similar to the bump of a bite": a sign likened, not it
        if trig.name == "given" and _NOT_FOR_SOME.match(text, m.end()) and _NOT_BEFORE.search(
                text, max(0, m.start() - 16), m.end()):
            return False  # "X must not be used in pregnancy": whom it is kept from, no denial
        if trig.name == "treatment-list" and kind not in (p.TREATMENT, p.PREVENTION) and \
                m.group().lstrip()[:7].lower() in ("options", "the opt", "main op", "other o",
                                                   "usual o"):
            return False  # "Options include X" names care only under a heading of care
        if trig.name == "purpose" and kind not in _HELPING:
            return False
        if trig.name == "includes" and kind == p.DIAGNOSIS and _TESTS_SUBJECT.match(text):
            return True  # "Tests aim to find a cause and may include X": tests (_read_tests_in)
        if trig.name == "includes" and (kind != p.TREATMENT or ("effect" in text and (
                p.SIDE_EFFECTS.search(text) or _EFFECTS_BEFORE.search(text, 0, m.start())))):
            # "side effects (of X) include Y" lists harms, not treatments (the remedy named
            # by the sentence before, or not at all)
            return False
        return trig.name != "prescribe" or kind == p.TREATMENT or (
            kind is None and bool(_PERSON_NEAR.search(text[:m.start()]))) or (
            # "Doctors recommend vaccination for everyone" under prevention: a vaccine
            kind == p.PREVENTION and _VACCINE_NAMED.match(text, m.end()) is not None) or (
            # "Guidelines recommend antibiotics": a remedy named as one, in general text.
            kind in (None, p.PROGNOSIS) and _REMEDY_NEEDED.match(text, m.end()) is not None) or (
            # "Offer an antibody test if there is no rash" under diagnosis: a test
            kind == p.DIAGNOSIS and _TEST_WORD.search(text, m.end()) is not None)

    def defines_topic_where(self, text: str) -> bool:
        """Return whether a sentence says what the topic is with "in which" or "where"
        ("It is a disorder in which the immune system attacks the nerves")."""
        kind = _TOPIC_KIND_WHERE.match(text)
        said = pc.clean_phrase(kind.group("t")) if kind is not None else ""
        return bool(said) and (self.is_topic(said) or bool(pc.TOPIC_ALIASES.match(said))
                               or said.lower() in ("it", "this"))

    def topic_asides(self, sentence: str) -> list[str]:
        """Return, as sentences, the relative asides a sentence says of the topic ("X, which
        is often mistaken for flu, can ..." gives "X is often mistaken for flu."), and the
        appositions that say what it is ("X, a rare illness of childhood, was ...")."""
        if "," not in sentence or not ("which" in sentence or "who" in sentence
                                       or sentence.lstrip()[:2].lower() in ("a ", "an")
                                       or ", a" in sentence):
            return []
        out = [f"{np} {said}." for np, said in pc.relative_asides(sentence)
               if self.names_the_topic(np)]
        tail = _WHICH_TAIL_CLAUSE.search(sentence) if ", which " in sentence else None
        last = sentence[:tail.start()].split()[-4:] if tail is not None else []
        if not out and tail is not None and any(
                self.is_topic(named) or pc.TOPIC_ALIASES.fullmatch(named)
                for k in range(len(last))
                if (named := " ".join(last[k:])).replace(" ", "").replace("-", "").isalpha()):
            # "Some are born prone to developing it, which may be triggered by X": the last
            # clause is said of the topic named just before it
            out.append(f"{self.topic} {tail.group('said')}.")
        return out

    def names_the_topic(self, np: str) -> bool:
        """Return whether a noun phrase is the topic, by name or as "the condition"."""
        return self.is_topic(pc.clean_phrase(np)) or pc.TOPIC_ALIASES.match(np.strip()) is not None

    def topic_before_which(self, before: str) -> bool:
        """Return whether a ", which" at the end of ``before`` takes back to the topic, by
        name or as "the condition" ("The illness, which ...")."""
        named = named_before_which(before)
        return bool(pc.clean_phrase(named)) and self.names_the_topic(named)

    def own_sign_before_which(self, before: str) -> bool:
        """Return whether a ", which" at the end of ``before`` takes back to the topic or a
        sign of it ("a red rash, which ..."), not to another thing ("the mite, which ...")."""
        named = pc.clean_phrase(named_before_which(before))
        return bool(named) and (self.is_topic(named) or p.SYMPTOM_HEAD.search(named) is not None)

    def gets_topic_itself(self, after: str) -> bool:
        """Return whether the words after "get", "have" name the topic itself ("get <topic>
        if you ...", "have it again"): who gets it, not what it brings."""
        after = after.lstrip().lower()
        return after.startswith(("it ", "it.", "it,", "this ")) or any(
            after.startswith(w) and not after[len(w):len(w) + 1].isalnum()
            for w in self.topic_words)

    def kind_of_topic(self, said: str) -> bool:
        """Return whether ``said`` names a kind of the topic: "type 2 <topic>", "early <topic>"
        (its last words are the topic, the words before them say which)."""
        words = said.split()
        return any(self.is_topic(" ".join(words[-n:])) for n in range(1, min(4, len(words)))
                   ) if len(words) > 1 else False

    def topic_itself_before(self, text: str, m: re.Match[str]) -> bool:
        """Return whether what comes before a relation phrase is the topic itself: named,
        "it", "this", "the illness", or nothing ("they" and "these" may be its signs)."""
        before = text[:m.start()]
        joined = list(_AND_THE_CLAUSE.finditer(before))
        if joined:  # "Many have no symptoms and the condition is found on an X-ray"
            before = before[joined[-1].end():]
        said = pc.clean_phrase(left_side(before))
        return not said or self.is_topic(said) or bool(_TOPIC_ITSELF.match(said))

    def _leading_cause_owner(self, text: str, after: int) -> tuple[str, int]:
        """Return what a sentence that opens with "Caused by G" or "Due to G" is about, and
        how far after ``after`` its cause runs: the topic when nothing follows the cause
        (a list item, a caption) or when the clause after a comma is about it; else
        nothing (the words after say whose it is).  The cause may be a list ("Due to A, B
        or C, most cases ..."): the first comma followed by a clause ends it."""
        rest = text[after:]
        if "," not in rest:
            return self.topic, len(rest)
        at = rest.find(",")
        while at >= 0:
            clause = rest[at + 1:].strip()
            said = _CLAUSE_HEAD.match(clause)
            head = pc.clean_phrase(said.group(1)) if said is not None else None
            if head is not None and (self.said_of_topic(head) or _CASES.match(head)):
                return self.topic, at  # "Due to G, most cases occur in ...": the topic's
            # "Because of a weak immune system, older adults are more likely to get it": the
            # reason for a risk of the topic raises it too (not a risk of a harm of it).
            risky = _RISK_CLAUSE.search(clause)
            if risky is not None and said is not None and not _HARM_WORDS.search(clause):
                return self.topic, at
            at = rest.find(",", at + 1)
        return "", 0

    def _these_of_kind(self, near: str) -> bool:
        """Return whether "(most of) these infections" names the topic's own cases: the
        page defines the topic as that kind ("X is a rare infection")."""
        these = _THESE_KIND.match(near.strip(" ,")) if self.kind_head else None
        return these is not None and next(g for g in these.groups() if g).lower() == \
            self.kind_head

    def side(self, text: str, antecedent: str | None) -> list[Phrase]:
        if "later" in text or "after" in text:
            text = _TIME_ASIDE_END.sub(" ", text)  # "The second stage, 10 days later, is"
        near = left_side(text)
        stripped = pc.clean_phrase(near.strip(" ,"))
        if _ROUTE_ONLY.fullmatch(stripped):
            stripped = ""  # "It is given through a drip to stop X": the route does nothing
        if _BARE_TREATMENT.match(near.strip(" ,")):
            return [Phrase(f"{self.topic} treatment", None, near.strip(" ,"))]
        if antecedent and antecedent == self._it_remedy and stripped.lower() == "it":
            return [Phrase(antecedent, None, stripped)]  # "X is given. It also lowers ..."
        if stripped.lower() in ("it", "they") and any(
                w in self._sentence_text for w in (" because ", " since ", " as ")):
            named = self._named_before_because(text)
            if named:
                return named  # "Aspirin should be avoided because it can raise the risk of X"
            if _COMMAND_NOT_TO.match(self._sentence_text):
                return []  # "Don't use this drug in pregnancy as it can cause X": the drug's
        if (" with " in text or " who " in text) and self.mentions_topic(text):
            kin = kin_factor(_KIN_EXAMPLES.sub(" ", _KIN_PEOPLE_LEAD.sub(
                "", self._topic_as_it(text.strip(" ,.")))))
            if kin is not None:  # "People with a relative who had <topic>": family history
                return [Phrase(kin, None, text.strip(" ,"))]
        if pc.TOPIC_ALIASES.match(stripped) or pc.TOPIC_ALIASES.match(near.strip(" ,")) or \
                _CASES.match(stripped) or _CASES.match(near.strip(" ,")) or \
                self._these_of_kind(near):
            return [Phrase(self.topic, None, stripped)]  # "Cases have been linked to X"
        if _ONE_FORM.fullmatch(near.strip(" ,")):
            return [Phrase(self.topic, None, near.strip(" ,"))]  # "The severe form causes X"
        if (_AND_END.search(text) or _AND_THEN_VERB.search(text)) and (
                self.clause_subject(text) or self.sentence_subject(text)):
            # "The infection can spread quickly and cause X": the first verb's subject.
            return [Phrase(self.topic, None, stripped)]
        if pc.ANAPHORA.match(stripped) or not stripped:
            if antecedent:
                return [Phrase(antecedent, None, stripped or antecedent)]
            if stripped.lower() in ("this", "it", "it's") and \
                    near.strip(" ,").lower() == stripped.lower():
                # A sentence opening "This can cause ...": a page about one condition
                # goes on about it.
                return [Phrase(self.topic, None, stripped)]
            return []
        return phrases(near)

    def _named_before_because(self, text: str) -> list[Phrase]:
        """Return what "it" or "they" after "because" / "since" / "as" stands for: the
        subject of the clause before ("Aspirin should be avoided because it ...") or what
        it tells you to avoid ("Avoid aspirin, as it ...")."""
        m = _BECAUSE_PRONOUN.match(text)
        if m is None or not re.search(r"[a-z]", m.group("main"), re.I):
            # the relation's left side starts inside the reason: the sentence has the rest
            at = self._sentence_text.find(text.strip())
            m = _BECAUSE_PRONOUN.match(self._sentence_text[:at] + text.strip()) if at > 0 \
                else None
        if m is None:
            return []
        main = m.group("main").strip(" ,")
        said = _SUBJECT_BEFORE_MODAL.match(main) or _AVOID_X.match(main)
        if said is None:
            return []
        return [ph for ph in phrases(said.group("x")) if not self.is_topic(ph.label)
                and not pc.is_generic(ph.label)]

    def sentence_subject(self, segment: str) -> list[Phrase]:
        """Return the topic when a verb after "and" has the sentence's own subject: in "Cases
        occur in men, and are linked to X" the segment read is only "in men, and"."""
        sentence = self._sentence_text
        at = sentence.find(segment) if segment.strip() else -1
        return self.clause_subject(sentence[:at]) if at > 0 else []

    def clause_subject(self, left: str) -> list[Phrase]:
        """Return the topic when a clause ("Untreated, X can spread ...") is about it."""
        body = _LEAD_CONDITION.sub("", left.strip(" ,"))
        first = re.split(r"\s+(?:can|may|might|could|will|is|are|was|were|has|have|often|"
                         r"usually|sometimes|spreads?|affects?)\b", body, maxsplit=1)[0]
        if self.is_topic(pc.clean_phrase(first)) or pc.TOPIC_ALIASES.match(first.strip()):
            return [Phrase(self.topic, None, first)]
        if " and" in first or " but" in first:
            # "X starts suddenly and can lead to Y": the name, then a verb of its own
            words = first.split()
            for k in range(1, min(5, len(words) - 1)):
                named = " ".join(words[:k])
                alias = pc.TOPIC_ALIASES.match(named)
                if "VERB" in all_lemmas(words[k].lower()) and words[k].islower() and \
                        words[k] not in _NOT_ITS_VERB and (
                            self.is_topic(pc.clean_phrase(named))
                            or (alias is not None and alias.end() == len(named))):
                    return [Phrase(self.topic, None, first)]
        # "Cases that follow surgery occur in men, and are linked to X": the cases are its own.
        if _CASES.match(pc.clean_phrase(_CASES_QUALIFIED.split(first, maxsplit=1)[0])):
            return [Phrase(self.topic, None, first)]
        return []

    def relation(self, trig: p.Trigger, left: str, right: str, span: tuple[int, int],
                 section: str | None, kind: str | None, antecedent: str | None, *,
                 hedged: bool, negated: bool, diagnostic: bool = False,
                 trig_text: str = "", trig_at: int = -1) -> None:
        """Read one relation phrase found in a sentence, with the words either side of it.

        The trigger's own steps (:data:`_STEPS`) run first: they may change the words or
        the predicate, read the whole match themselves, or drop it.  Then both sides are
        read as phrases, the trigger's side steps (:data:`_SIDE_STEPS`) pick which of them
        are subjects and objects, and every pair goes through the claim rules
        (:data:`_CLAIM_RULES`) before it is emitted.
        """
        if antecedent is None and (_ONLY_ADVERBS.fullmatch(left) or (
                not left.strip() and trig.shape is p.Shape.RIGHT_TO_LEFT and "," not in right)):
            # A list item "- usually caused by X", "- more common in men": no subject named,
            # so the page's topic, as an item's head would be ("Due to X, Y ...", a clause
            # put first, is the main clause's, not the topic's).
            left, antecedent = "", self.topic
        defined = _DEFINED_THAT.match(left) if left.endswith(("that ", "which ")) else None
        if defined is not None and self.is_topic(pc.clean_phrase(defined.group("t"))):
            # "X is a rare infection that may develop in people who have Y": the relative
            # clause says it of the topic the sentence defines
            left = f"{defined.group('t')} "
        r = _Reading(trig, _BECOMES_AND.sub(" ", left), right, trig.predicate, span, section,
                     kind, antecedent, hedged, negated, diagnostic, trig_text, trig_at)
        for step in _STEPS.get(trig.name, ()):
            if step(self, r):
                return
        s = self.sides(r)
        for sign in s.signs:
            self.emit(self.topic, v.HAS_SYMPTOM, sign, r.span, s.signs_said, r.section,
                      hedged=r.hedged, negated=False, rule="phrase:signs-reviewed",
                      confidence=0.6)
        for side_step in _SIDE_STEPS.get(trig.name, ()):
            side_step(self, r, s)
        if r.trig.shape.subject is p.Side.LEFT and s.subjects and s.subjects is s.lhs:
            self._last = [x.label for x in s.subjects if not self.is_topic(x.label)]
        for subj, obj, pred in product(s.subjects, s.objects, (r.predicate, *s.also)):
            s_top, o_top = self.is_topic(subj.label), self.is_topic(obj.label)
            c = _Pair(pred, self.topic if s_top else subj.label,
                      self.topic if o_top else obj.label, s_top, o_top,
                      subj.level if not s_top else None)
            for rule in _CLAIM_RULES:  # a loop, not all(<genexpr>): it runs per pair
                if not rule(self, r, c):
                    break
            else:
                self.emit(c.s, c.pred, c.o, span, subj.surface if not c.s_top
                          else obj.surface, section, hedged=r.hedged, negated=r.negated,
                          level=subj.level if not c.s_top else obj.level,
                          rule=f"phrase:{trig.name}", confidence=0.7)

    def sides(self, r: _Reading) -> _Sides:
        """Read the two sides of a relation phrase as phrases, and which are subject and object.

        Steps that hold for every trigger of a kind (by its predicate and shape) are here;
        a trigger's own are in :data:`_SIDE_STEPS`.
        """
        shape, left, right = r.trig.shape, r.left, _own_right(r.right)
        if r.trig.name == "is-treatment" and (right.lstrip().startswith((",", ";"))
                                              or _ONLY_OFFERED.fullmatch(right)):
            # "X is the usual treatment, and Y ...": the next clause is another's; "X is
            # the first treatment offered": no more said of it
            right = ""
        topic = [Phrase(self.topic, None, self.topic)]
        # ("It can cause sepsis, leading to organ failure": the sentence's subject leads on)
        lhs = ((self.clause_subject(left) or self.sentence_subject(left))
               if r.trig.name == "participle"
               else self.side(left, r.antecedent) if p.Side.LEFT in (shape.subject, shape.object)
               else topic)
        if not lhs and shape.subject is p.Side.LEFT and _MODAL_VERB_LEAD.match(left_side(left)):
            # "Using medicines such as steroids can weaken the immune system and make it more
            # likely": the subject is before the modal's verb phrase.
            before = left[:left.find(left_side(left))].strip(" ,")
            lhs = self.side(before, r.antecedent) if before else lhs
        if not lhs and shape.subject is p.Side.LEFT and _BARE_JOIN.fullmatch(left) and (
                said := _SAID_HOW.fullmatch(
                    self._sentence_text[:self._sentence_text.find(left)])):
            # "Heart involvement is rare but can cause X": the first clause's subject goes on.
            lhs = self.side(said.group("s"), r.antecedent)
        if not lhs and left_side(left).strip(" ,").lower() == "they" and (
                (r.trig.name in _PEOPLE_TRIGGERS and r.kind not in (p.SYMPTOM, p.COMPLICATION))
                or (self._plural_topic and left.strip(" ,").lower() == "they")):
            # "They are more common in people over 40", under "Who gets it?"; on a page
            # about "grebble fits", a sentence opening "They are linked to X"
            lhs = topic
        if not lhs and r.trig.name in _PEOPLE_TRIGGERS and _BARE_JOIN.fullmatch(left) and (
                self.mentions_topic(head := self._sentence_text[:self._sentence_text.find(left)])
                or _TOPIC_FIRST.match(head)):
            lhs = topic  # "The disease is seen worldwide but is more common in X": its subject
        if lhs and ("with" in left or "along" in left or "addition" in left or "as well" in left) \
                and shape.subject is p.Side.LEFT and _ALONGSIDE.match(left):
            lhs = []  # "X is given alongside Y to prevent it": X is, Y is its companion
        if shape.subject is p.Side.LEFT and lhs and all(
                _GRAVE_CASES.match(x.label) or _INVOLVEMENT.match(x.label) for x in lhs):
            lhs = topic  # "Serious cases can result in X": the topic's (as an object, kept)
        if r.trig.name == "participle" and _IN_GRAVE_CASES.match(left):
            # "In the worst cases, blood pressure drops, leading to shock": the grave cases'
            # outcome is the topic's, whatever the clause names on the way.
            lhs = topic
        if r.trig.name == "participle" and not lhs and (r.kind in _OWN_HARM_KINDS or (
                r.kind in _LASTING_HARM_KINDS and _LASTING_SIGN.match(right.lstrip()))):
            # "Weak muscles can tighten, causing stiffness" under a complications (or signs)
            # heading: what the clause ends in is the topic's own harm (or sign); under the
            # outlook or care only a harm that stays ("..., causing permanent X").
            lhs = topic
        if r.trig.name == "given" and _PERSON_SUBJECT.search(
                _SETTING_FIRST.sub("", left_side(left).strip())):
            # "You may be given oxygen to help with breathing": what is given comes after.
            lhs = [ph for ph in phrases(pc.cut_purpose(pc.cut_clause(right)))
                   if not self.is_topic(ph.label)]
        lacked = _LACKING_PEOPLE.match(left_side(left)) if \
            shape.subject is p.Side.LEFT and r.predicate in _RISKLIKE else None
        if lacked is not None:
            # "Those lacking antibodies to the toxin are at increased risk", "People without
            # a spleen are at higher risk": what they lack, named as its lack (and "people
            # with no spleen" deny nothing: the "no" is the lack)
            lhs = [Phrase(f"lack of {lacked['x'].strip()}", None, lacked.group(0))]
            if _NO_WORD.search(lacked.group(0)) and not _NO_WORD.search(
                    left[:left.find(lacked.group(0))] if lacked.group(0) in left else ""):
                r.negated = False
        if r.trig.name in _CHAINED_SUBJECT and not lhs and self._last:
            # "X may help prevent A, reduce B and ease C": X does each.
            lhs = [Phrase(label, None, label) for label in self._last]
        elif r.trig.name == "is-treatment" and self._last and _OBJECT_THEN_AND.fullmatch(left):
            # "Steroids reduce inflammation and are the main treatment": the steroids are
            # (what they reduce was the last verb's object)
            lhs = [Phrase(label, None, label) for label in self._last]
        if r.predicate in _RISKLIKE and " by " in right:
            right = _BY_DOING.split(right, maxsplit=1)[0]  # "... to it by reducing blood flow"
        if r.predicate == v.CAUSES and " to " in right:
            right = _thing_made_to(right)  # "cause organs, such as the kidneys, to fail"
        rhs = (phrases(right, people=r.trig.name in _PEOPLE_RIGHT)
               if p.Side.RIGHT in (shape.subject, shape.object) else topic)
        if p.Side.RIGHT in (shape.subject, shape.object) and _IT_RETURNS.match(right):
            # "lowers the risk of it coming back": the topic's return
            rhs = [Phrase(f"{self.topic} recurrence", None, right.strip())]
        if r.trig.name in _ACTS_RIGHT:
            # ("reduce your risk by not using X": avoiding X is the act)
            # ("by making it harder for germs to stick": how, no act)
            rhs = [Phrase(act, None, right.strip())
                   for act in gerund_acts(_acts_by(right))
                   if not pc.is_generic(act)]
        elif r.trig.name in _MAYBE_ACTS_RIGHT and ": " in right and _GERUND.match(
                right.split(": ", 1)[1]):
            # "Prevention relies on avoiding bites: wearing long clothing, using repellents":
            # the acts the colon lists, and the one they spell out
            before, after = right.split(": ", 1)
            rhs = [Phrase(act, None, right.strip())
                   for act in [*gerund_acts(before.strip()), *gerund_acts(after)]
                   if not pc.is_generic(act)] or rhs
        elif r.trig.name in _MAYBE_ACTS_RIGHT and _NOT_DOING.search(right):
            # "Ways to prevent it include not sharing razors": avoiding that is the act.
            rhs = phrases(_NOT_DOING.sub("avoiding ", right)) or rhs
        elif r.trig.name in _MAYBE_ACTS_RIGHT and not rhs and _GERUND.match(right):
            # "The risk can be reduced by changing pads often": the act each gerund names
            rhs = [Phrase(act, None, right.strip()) for act in gerund_acts(right)]
        near = left_side(left)
        acts = (gerund_acts(near) if shape.subject is p.Side.LEFT and (
            r.predicate == v.PREVENTS or r.kind == p.PREVENTION) and (
                _GERUND.match(near) or NOT_DOING_ACT.match(near)) else [])
        if not acts and r.predicate == v.PREVENTS and shape.subject is p.Side.LEFT:
            # "You may need to clean the sores daily to prevent ...": the commanded acts.
            acts = advice_acts(_TOLD_TO.sub("", near.strip()))
        if not acts and r.trig.name in ("may-help", "improves-outcome") \
                and r.kind != p.PREVENTION and _GERUND.match(near):
            # "Resting and drinking plenty of fluids can help": the care each gerund names
            acts = care_acts(near)
        if not acts and r.trig.name == "improves-outcome" and _GERUND.match(near):
            lhs = []  # "Removing dead or dying tissue improves survival": no act named cleanly
        if acts:
            # "Avoiding dust and mould can help", "Cleaning a cut with soap and water lowers
            # the risk": the act is one thing, not its objects one by one.
            lhs = [Phrase(act, None, near.strip()) for act in acts]
        signs = _SIGNS_OF.search(right) if r.predicate == v.DIAGNOSED_BY and \
            shape.object is p.Side.RIGHT else None
        reviewed: list[str] = []
        if signs is not None:
            # "based on an exam and the signs and symptoms of spasms, stiffness and pain": the
            # signs are reviewed (below) and are the topic's, no tests of their own.
            shown = {label_key(ph.label): ph.label for ph in phrases(signs["x"])
                     if not _SCORED.search(ph.label)}  # ("the Beighton score": a test)
            rhs = [ph for ph in rhs if label_key(ph.label) not in shown
                   and not _SIGNS_WORDS.fullmatch(ph.label)]
            reviewed = sorted(shown.values())
        if r.predicate == v.DIAGNOSED_BY and shape.object is p.Side.RIGHT:
            # "by examining a sample of tissue under a microscope": the sample names the test
            rhs = [q for ph in rhs for q in _sample_tested(ph)]
            # "ask about your symptoms and examine your skin": looking is an examination
            rhs = [Phrase("physical examination", None, ph.surface)
                   if _EXAMINE_ACT.match(ph.label) or _EXAMINE_ACT.match(ph.surface) else ph
                   for ph in rhs]
            # "based on your symptoms and history": the doctor reviews them, a means of its own
            # (the words alone are too generic to be entities).
            rhs = [*rhs, *(Phrase(name, None, m.group(0)) for name, rx in _REVIEWED
                           for m in [rx.search(pc.cut_clause(right))] if m is not None)]
            # ("from the history and examination": the bare words are the review and the
            # doctor's examination, named once each)
            rhs = [Phrase("physical examination", None, ph.surface)
                   if _BARE_EXAM.fullmatch(ph.label) else ph for ph in rhs
                   if ph.label in _REVIEW_NAMES
                   or not any(rx.fullmatch(ph.label) for _, rx in _REVIEWED)]
            if any(ph.label == "symptom review" for ph in rhs):
                # ("on the basis of a person's signs and symptoms": the review, no thing
                # named "basis of a person's signs")
                rhs = [ph for ph in rhs if not _SIGNS_NAMED_END.search(ph.label)]
        # "X are at higher risk, as are Y": nothing more after the relation (as_do_too reads Y)
        # ("may lower the chance of getting it, but ...": the comma ends it)
        bare = _AS_DO_TOO.sub("", right).strip(" .,;:)") if ", as " in right else \
            right.strip(" .,;:)")
        if " than " in bare:  # "more likely to develop them than someone without": them
            bare = _THAN_TAIL.sub("", bare)
        if " in " in bare:  # "may trigger it in some people": it
            bare = _IN_SOME_PEOPLE.sub("", bare)
        if rhs and r.predicate in _RISKLIKE and _BY_AMOUNT.match(bare):
            rhs = []  # "increases your risk several-fold": how much, nothing named
        if rhs and r.predicate in (v.USED_FOR, v.EFFECTIVE_FOR) and \
                shape.object is p.Side.RIGHT and _FOR_PEOPLE_WITH.match(right):
            # "used for people with severe infections or weak immune systems": who gets it;
            # the care is the topic's
            rhs = topic
        if not rhs and (r.trig.name in _EMPTY_RIGHT_IS_TOPIC or (
                # ("Avoiding sharp objects prevents most cases": the topic's cases)
                r.predicate in (*_RISKLIKE, v.USED_FOR, v.EFFECTIVE_FOR, v.PREVENTS)
                and (pc.TOPIC_ALIASES.match(bare) or _CASES.match(bare)
                     or _BY_AMOUNT.match(bare))) or (
                r.trig.name in _ANAPHORIC_RIGHT_IS_TOPIC and (
                    (not bare and r.trig.name not in _ONLY_ANAPHORA_IS_TOPIC)
                    or pc.TOPIC_ALIASES.match(bare) or pc.ANAPHORA.match(bare)))):
            rhs = topic  # "People with X are at increased risk.", "... raise the risk of it"
        complications = _COMPLICATIONS.match(_THESE.sub("", right)) if r.predicate in (
            v.INCREASES_RISK_OF, v.PREVENTS) else None
        if complications is not None and (not rhs or rhs is topic or rhs[0].label.lower(
                ).endswith(("complication", "complications"))):
            # ("prevent these complications": the complications, not the topic "these" was)
            # "Age increases the risk of complications": complications as a class.
            rhs = [Phrase(complication_label(complications), None, right.strip())]
        # ("Several vaccines are used to prevent it, including A and B": each one does)
        examples = (_THEN_EXAMPLES.search(right) if r.predicate in _EXAMPLES_LEFT
                    and shape.subject is p.Side.LEFT and (_KINDS_OF.search(left_side(left)) or (
                        r.predicate not in _RISKLIKE and lhs
                        and all(_CARE_CLASS.fullmatch(x.label) for x in lhs)))
                    else None)
        caused = right[:examples.start()].strip(" ,") if examples is not None else ""
        if examples is not None and (self.is_topic(caused) or pc.TOPIC_ALIASES.match(caused)):
            # "Several kinds of germ can cause it, including A and B": A and B each do.
            members = [ph for ph in phrases(pc.cut_clause(examples["x"] or examples["y"]))
                       if not self.is_topic(ph.label) and not pc.is_generic(ph.label)]
            if members:
                lhs, rhs = [*lhs, *members], topic
        named = {p.Side.LEFT: lhs, p.Side.RIGHT: rhs, p.Side.TOPIC: topic}
        subjects, objects = named[shape.subject], named[shape.object]
        if r.predicate in _RISKLIKE and shape.object is p.Side.RIGHT and objects:
            label = objects[0].label
            named_after = _AFTER_ANOTHER.match(label) if " after " in label or \
                " following " in label else None
            if named_after is not None and self.is_topic(named_after.group("a")):
                # "predispose patients to developing it after minor injuries": the topic, and
                # what it follows raises its risk as well ("cause the infection after A or
                # B": the members after the first are more of what it follows)
                subjects = [*subjects, *phrases(named_after.group("b")), *objects[1:]]
                objects = topic
        if r.predicate in _RISKLIKE and shape.object is not p.Side.TOPIC and any(
                self._graver_topic(x.label) for x in objects):
            # "X predisposes to (more severe) infection" on the topic's page, "to more severe
            # <topic>": the topic
            objects = [topic[0] if self._graver_topic(x.label) else x for x in objects]
        if r.predicate in _RISKLIKE and any(self.is_topic(x.label) for x in objects):
            subjects = _split_after(subjects)  # "infections after surgery raise its risk"
        elif r.predicate == v.ASSOCIATED_WITH and any(self.is_topic(x.label) for x in subjects):
            objects = _split_after(objects)  # "cases are linked to infections after surgery"
        if r.predicate in (v.USED_FOR, v.EFFECTIVE_FOR) and shape.object is p.Side.TOPIC:
            # "Surgery is needed in children with lung damage", "If your child develops X,
            # they may need Y": the remedy is for that harm, not the illness as a whole.
            objects = self.treated_harm(right) or objects
        if any(_WAY.match(x.label) for x in subjects):
            subjects = [x for x in subjects if not _WAY.match(x.label)]  # "the best ways"
        return _Sides(lhs, rhs, subjects, objects, topic, reviewed,
                      signs["x"].strip() if signs is not None else "")

    def _complicates(self, right: str) -> list[Phrase]:
        """Return what the topic complicates, named after "a complication of / following"."""
        text = _ATTACK_OF.sub("", pc.cut_clause(right).strip())
        return [ph for ph in phrases(text) if not self.is_topic(ph.label)
                and not pc.is_generic(ph.label)]

    def _side_complication_of(self, r: _Reading, s: _Sides) -> None:
        """"It is a complication of flu": flu leads to it, so flu raises its risk (the
        topic's causes are its risks; its complications are what it leads to)."""
        if not s.lhs or not all(self.is_topic(x.label) for x in s.lhs):
            return
        other = self._complicates(_own_right(r.right))
        if other:
            r.predicate = v.INCREASES_RISK_OF
            s.rhs = s.subjects = other
            s.objects = s.topic

    def _side_rate_of_topic(self, r: _Reading, s: _Sides) -> None:
        """"Incidence is higher among older adults": the topic's incidence, whose people the
        next step reads."""
        if not s.lhs and not r.left.strip() and _RATE_LEAD.match(r.trig_text):
            s.lhs = s.topic

    # -- a trigger's own steps before its sides are read (see _STEPS) -------
    def _read_feelings(self, r: _Reading) -> bool:
        """"can make you feel depressed, stressed or anxious": the states, as nouns."""
        topic = [Phrase(self.topic, None, self.topic)]
        # ("leave you feeling very tired for months": the state, without how much or how long)
        states = [FEELINGS.get(_FEELING_EDGES.sub("", w.strip(" .,;:!")).lower(), "")
                  for w in pc.split_list(pc.cut_clause(r.right))]
        living = re.match(r"\s*(?:living with|having|coping with|dealing with)\s+(.+?)\s*$",
                          left_side(r.left), re.I)
        owners = (topic if living and self.is_topic(pc.clean_phrase(living.group(1)))
                  else self.clause_subject(r.left)
                  or ([] if left_side(r.left).strip() else topic))
        # (Under a heading of signs, "low blood pressure, which can make you feel dizzy":
        # the feelings are signs too.)
        said = v.HAS_SYMPTOM if r.kind == p.SYMPTOM else v.HAS_COMPLICATION
        for state in (x for x in states if x):
            for subj in owners:
                self.emit(self.topic if self.is_topic(subj.label) else subj.label,
                          said, state, r.span, state, r.section, hedged=False,
                          negated=r.negated, rule="phrase:makes-feel", confidence=0.65)
        return True

    def _read_named_treatment(self, r: _Reading) -> bool:
        """The phrase names the treatment itself ("the sooner treatment starts ...", "treated
        in hospital"); the other side is what it treats."""
        fixed = _FIXED_SUBJECTS[r.trig.name]
        topic = [Phrase(self.topic, None, self.topic)]
        left, right = r.left, r.right
        where = re.match(r"\s*(?:a |the |an )?(intensive care|critical care|hospital)", right)
        # (critical care is intensive care, named the way the lexicon names its unit)
        treatment = fixed if r.trig.name != "treated-in" else (
            f"{where.group(1).replace('critical', 'intensive')} treatment" if where else fixed)
        objects = (topic if r.trig.name == "early-treatment" or not left.strip()
                   or _CARE_PLACE.search(left_side(left))
                   or _PERSON_SUBJECT.search(left_side(left))
                   or _BARE_TREATMENT.match(pc.clean_phrase(left_side(left)))  # "treatment needs"
                   or (_AND_MODAL_END.search(left)
                       and _PERSON_SUBJECT.search(self._sentence_text.strip()))
                   else self.side(left, r.antecedent))
        # (or "stay in hospital and have antibiotics", "... and be given fluids")
        with_what = (re.match(r"\s*(?:a |the |an )?(?:intensive care|hospital)(?: unit)?,? "
                              r"(?:with|using|by giving|(?:and|to) (?:have|get|receive|"
                              r"(?:be |are |is )?given|be treated with)) (?P<x>[^.;]+)", right)
                     if r.trig.name == "treated-in" else None)
        # "treated in hospital with antibiotic drops": the drops are a remedy too.
        given = [ph.label for ph in phrases(pc.cut_clause(with_what.group("x")))
                 if not self.is_topic(ph.label)] if with_what else []
        if r.trig.name == "treated-in" and _THEN_INTENSIVE.match(right):
            given.append("intensive care treatment")  # "in hospital, often in intensive care"
        for obj in objects:
            for remedy in (treatment, *given):
                self.emit(remedy, r.predicate, self.topic if self.is_topic(obj.label)
                          else obj.label, r.span, m_surface(left, right, remedy), r.section,
                          hedged=r.hedged, negated=r.negated, rule=f"phrase:{r.trig.name}",
                          confidence=0.7)
        less = (_LESS_RISK.search(self._sentence_text) if r.trig.name == "early-treatment"
                else None)
        if less is not None:
            # "... and there's less risk of complications": early treatment prevents them.
            what = pc.clean_phrase(less.group("what"))
            what = "complication" if re.match(r"complications?\b", what, re.I) else what
            if what == "complication" or (what and not pc.is_generic(what)):
                self.emit(treatment, v.PREVENTS, self.topic if self.is_topic(what) else what,
                          r.span, less.group(0), r.section, hedged=r.hedged,
                          rule=f"phrase:{r.trig.name}", confidence=0.7)
        return True

    def _read_checked(self, r: _Reading) -> bool:
        """"Providers check kidney and liver function", "tests to measure calcium": each
        thing checked is a test of it ("kidney function test", "calcium test")."""
        said_before = (self._sentence_text.split(r.trig_text, 1)[0] if r.trig_text
                       else r.left)
        if not _CHECK_VERB.search(r.trig_text) or _NAMED_TEST.search(said_before):
            return False
        what = _EVIDENCE_OF.sub("", r.right)
        such = pc.examples(what)
        if _HOW_OFTEN.match(what.strip(" .;,")):
            return True  # "should be checked daily": how often; the thing checked is before
        checked = [ph for ph in phrases(pc.cut_clause(such[1] if such else what))
                   if not _WHETHER.match(ph.label) and not self.is_topic(ph.label)
                   and not pc.is_generic(ph.label)]
        if checked and _SAMPLE_TESTS.search(said_before) and all(
                p.ANATOMY.fullmatch(ph.label) for ph in checked):
            return False  # "Blood and urine tests can check your kidneys": those tests
        for ph in checked:
            name = re.sub(r"\s+levels?$", "", ph.label, flags=re.I)
            test = name if _TEST_WORD.search(name) else f"{name} test"
            self.emit(self.topic, v.DIAGNOSED_BY, test, r.span, ph.surface, r.section,
                      hedged=r.hedged, negated=r.negated, rule="phrase:detects",
                      confidence=0.65)
        return bool(checked)

    def _read_shown_by(self, r: _Reading) -> bool:
        """"Imaging such as an MRI can show how far it has spread": the test is left."""
        if not _SHOW_VERB.search(r.trig_text):
            return False
        tests = [ph for ph in phrases(left_side(r.left)) if _TEST_WORD.search(ph.label)]
        for ph in tests:
            self.emit(self.topic, v.DIAGNOSED_BY, ph.label, r.span, ph.surface, r.section,
                      hedged=r.hedged, negated=r.negated, rule="phrase:detects",
                      confidence=0.7)
        return bool(tests)

    def _read_part_kept_from_harm(self, r: _Reading) -> bool:
        """"eye drops to stop the affected eye drying out": they prevent a dry eye."""
        harm = _PART_HARM.match(r.right) if re.search(r"\b(?:stop|prevent|keep)", r.trig_text,
                                                        re.I) else None
        if harm is None or not (p.ANATOMY.fullmatch(harm.group("part"))
                                or harm.group("part").lower() in ("wound", "cut", "burn",
                                                                  "organ", "organs")):
            return False
        part = _site_word(harm.group("part"))
        state = harm.group("state").lower()
        what = f"{part} infection" if "infect" in state else (
            f"dry {part}" if "dry" in state else f"{part} damage")
        for ph in self.side(r.left, r.antecedent):
            if not self.is_topic(ph.label) and not _PERSON_SUBJECT.search(ph.label):
                self.emit(ph.label, v.PREVENTS, what, r.span, m_surface(r.left, r.right, what),
                          r.section, hedged=r.hedged, negated=r.negated,
                          rule="phrase:prevents-harm", confidence=0.65)
        return True

    def _read_by_acts(self, r: _Reading) -> bool:
        """"You can lower your chance of getting X by washing your hands": the acts."""
        by_acts = _BY_ACTS.match(r.right)
        if by_acts is None:
            return False
        # ("... by not smoking": avoiding it is the act)
        acts = gerund_acts(_acts_by(by_acts.group("acts")))
        if not acts:
            return False
        what = pc.clean_phrase(by_acts.group("what"))
        target = self.topic if (not what or self.is_topic(what) or pc.ANAPHORA.match(what)
                                or pc.TOPIC_ALIASES.match(what)) else what
        for act in acts:
            if pc.is_generic(act):
                continue  # "... prevent it by making it harder for germs to stick": how
            self.emit(act, v.PREVENTS, target, r.span, m_surface(r.left, r.right, act),
                      r.section, hedged=r.hedged, negated=r.negated,
                      rule="phrase:lowers-risk-by", confidence=0.7)
        return True

    def _drop_definition(self, r: _Reading) -> bool:
        """"X is used to define / describe Y": a word's use, not a treatment's."""
        return bool(_DEFINES.match(r.right))

    def _drop_checked_object(self, r: _Reading) -> bool:
        """"Tests to check lung function may be done": what the tests check is given to no
        one; the test itself is read by "detects" ("lung function test")."""
        at = self._sentence_text.find(r.left) if r.left.strip() else -1
        return at > 0 and bool(_TO_CHECK_END.search(self._sentence_text, 0, at))

    def signs_by_verb(self, text: str, span: tuple[int, int], section: str | None) -> None:
        """Read "Some children vomit or foam at the mouth", "Their arms and legs begin to
        twitch" under signs: each sign said by its verb, named by its noun."""
        said = _SIGN_DOER.match(text, len(text) - len(text.lstrip()))
        if said is None:
            return
        for verb in _SIGN_VERB.finditer(text, said.end()):
            sign = _SIGN_OF_VERB[verb.group(0).lower()]
            self.emit(self.topic, v.HAS_SYMPTOM, sign, span, verb.group(0), section,
                      rule="phrase:sign-verb", confidence=0.6,
                      hedged=is_hedged(text[:verb.start()]),
                      negated=denied_before(text, verb.start()))

    def remedy_advised(self, text: str, span: tuple[int, int], section: str | None) -> None:
        """Read "Take paracetamol for pain and fever" under care: the remedy works on each
        sign named (on the topic, when it is named)."""
        took = _TAKE_FOR.match(text.strip())
        if took is None:
            return
        remedy = pc.clean_phrase(took["x"])
        if not remedy or pc.is_generic(remedy) or self.is_topic(remedy):
            return
        said = took["y"].strip(" .!")
        if pc.TOPIC_ALIASES.fullmatch(said) or self.is_topic(pc.clean_phrase(said)):
            self.emit(remedy, v.USED_FOR, self.topic, span, took["x"], section,
                      rule="phrase:remedy-advised", confidence=0.6)
            return
        named = phrases(pc.cut_clause(took["y"]))
        if took["how"].lower() == "for" and not all(
                p.SYMPTOM_HEAD.search(ph.label.lower()) for ph in named):
            return  # "Use a straw for drinks": what it is used with, no sign it eases
        for ph in named:
            if self.is_topic(ph.label):
                self.emit(remedy, v.USED_FOR, self.topic, span, took["x"], section,
                          rule="phrase:remedy-advised", confidence=0.6)
            elif not pc.is_generic(ph.label):
                self.emit(remedy, v.TARGETS, ph.label, span, ph.surface, section,
                          rule="phrase:remedy-advised", confidence=0.6)

    def _adjust_given_to_contacts(self, r: _Reading) -> bool:
        """"Antibiotics may be given to close contacts": given to people who do not have it,
        they prevent it (the sides are read as for any "given")."""
        if _TO_CONTACTS.match(r.right):
            r.predicate = v.PREVENTS
        elif _CONTACTS_GIVEN.search(r.left) and _WORD_CHAR.search(r.right):
            # "Household contacts should be given preventive antibiotics": what the contacts
            # are given keeps it from them
            r.predicate, r.left, r.right = v.PREVENTS, pc.cut_purpose(pc.cut_clause(r.right)), ""
        elif " contacts" in r.left.lower():
            care = _CARE_OF_CONTACTS.match(r.left)
            if care is not None:
                # "Antibiotic treatment of household contacts is recommended": the care,
                # given to people who do not have it, keeps it from them
                r.predicate, r.left = v.PREVENTS, care["care"]
        return False

    def _drop_unless_topic_complicated(self, r: _Reading) -> bool:
        """"It may be complicated by X" names its complication; "Evaluation is complicated by
        X" (or "Surgery can be complicated by X") is about something else."""
        near = pc.clean_phrase(left_side(r.left).strip(" ,"))
        return not (not near or self.is_topic(near) or pc.ANAPHORA.match(near)
                    or _GRAVE_CASES.match(near) or _INVOLVEMENT.match(near))

    def _drop_outcome_factors(self, r: _Reading) -> bool:
        """"factors associated with a poor outcome include ...": outcome_factors reads it;
        so does the outlook rule "X is associated with a poor prognosis" (no thing of its own
        is associated with the topic: it was read as "poor prognosis" linked to it)."""
        return bool(_OUTCOME_FACTORS.search(self._sentence_text)
                    or _OUTCOME_RIGHT.match(r.right))

    def _read_burden_of(self, r: _Reading) -> bool:
        """"The illness and death associated with heart aneurysm (development)": on the
        topic's page, what the burden comes with is a harm it brings."""
        if not _BURDEN_END.search(r.left + r.trig_text) or pc.TOPIC_ALIASES.fullmatch(
                left_side(r.left).strip(" ,")):
            return False  # ("The illness is linked to X": the topic named, no burden of it)
        named = _DEVELOPMENT.sub("", pc.cut_clause(r.right)).strip(" .;,")
        self._emit_harms_named(r, named, "phrase:associated")
        return True

    def _emit_harms_named(self, r: _Reading, named: str, rule: str) -> None:
        """Emit each thing ``named`` lists as a complication of the topic, hedged and denied
        as the phrase that names them is."""
        for ph in phrases(named):
            if not self.is_topic(ph.label) and not pc.is_generic(ph.label):
                self.emit(self.topic, v.HAS_COMPLICATION, ph.label, r.span, ph.surface,
                          r.section, hedged=r.hedged, negated=r.negated, rule=rule,
                          confidence=0.6)

    def _read_related_complications(self, r: _Reading) -> bool:
        """"The heart-related complications associated with X": X's heart complications."""
        if not re.match(r"\s*complications?\b", r.trig_text, re.I):
            return False
        kind_of = _RELATED_LEFT.search(r.left)
        if kind_of is not None and not kind_of.group(0).strip().endswith("-related") and \
                not p.ANATOMY.fullmatch(kind_of.group(1)):
            kind_of = None  # "the serious complications associated with X": no kind named
        if kind_of is not None and any(self.is_topic(ph.label) for ph in phrases(r.right)):
            what = f"{kind_of.group(1).lower()} complication"
            self.emit(self.topic, v.HAS_COMPLICATION, what, r.span, what, r.section,
                      hedged=r.hedged, negated=r.negated, rule="phrase:associated",
                      confidence=0.7)
        return True

    def _adjust_risk_of_right(self, r: _Reading) -> bool:
        """"X is associated with an increased risk of Y": X raises the risk of Y."""
        more = _RISK_OF_RIGHT.match(r.right)
        also = _AND_RISK_OF.search(r.right) if more is None and "risk" in r.right else None
        if also is not None and self.is_topic(pc.clean_phrase(r.left)):
            # "X is associated with A and an increased risk of Y": A, and Y's risk apart
            for ph in phrases(pc.cut_clause(r.right[:also.start()])):
                if not (pc.is_generic(ph.label) or self.is_topic(ph.label)):
                    self.emit(ph.label, r.predicate, self.topic, r.span, ph.surface, r.section,
                              hedged=r.hedged, negated=r.negated, rule="phrase:associated",
                              confidence=0.65)
            r.right = r.right[also.start():].lstrip(" ,").removeprefix("and ")
            more = _RISK_OF_RIGHT.match(r.right)
        if more is not None:
            r.predicate = (v.PREVENTS if (more.group("dir") or "").lower() in _LOWER_WORDS
                           else v.INCREASES_RISK_OF)
            r.right = more.group("y") or more.group("y2") or self.topic  # "... with increased
            # risk": its own
        return False

    def _drop_germs_of_other(self, r: _Reading) -> bool:
        """"The bacteria responsible for X include A": only when X is the topic (another
        illness's germs are read nowhere here)."""
        named = _GERMS_FOR.search(r.trig_text)
        if named is None:
            return False
        what = pc.clean_phrase(named.group(1))
        return not (self.is_topic(what) or self.mentions_topic(what) or pc.ANAPHORA.match(what)
                    or pc.TOPIC_ALIASES.match(what))

    def _read_risk_of_other(self, r: _Reading) -> bool:
        """"Risk factors for death include A and B": the risk of death, not of the topic."""
        named = _RISK_FOR.search(r.trig_text)
        target = pc.clean_phrase(named.group(1)) if named else ""
        from rapidfuzz import fuzz  # on first use: a run on a page or two may need none

        if not target or self.is_topic(target) or pc.ANAPHORA.match(target) \
                or pc.is_generic(target) or self.mentions_topic(target) \
                or fuzz.ratio(_label_key(target), _label_key(self.topic)) >= 80:
            return False
        for factor in phrases(pc.cut_clause(r.right)):
            if not self.is_topic(factor.label):
                self.emit(factor.label, v.INCREASES_RISK_OF, target, r.span, factor.surface,
                          r.section, hedged=r.hedged, negated=r.negated,
                          rule="phrase:risk-list", confidence=0.7)
        return True

    def _read_highest_in(self, r: _Reading) -> bool:
        """"The greatest risk of heart damage is in infants and older children"."""
        top = _HIGHEST_LEFT.search(r.left)
        if top is None and re.search(r"high|great", r.trig_text, re.IGNORECASE):
            top = _RATE_LEFT.search(r.left)
        if top is None:
            return True
        what = pc.clean_phrase(top.group("y") or "")
        end_of = (self.topic if not what or self.is_topic(what) or pc.ANAPHORA.match(what)
                  else what)
        rate_of = (top.group("w") or "").lower()
        if rate_of in ("survival", "recovery", "cure"):
            return True  # "Survival rates are highest in young adults": no risk raised
        if rate_of:  # "Death rates are highest among older adults": the risk of death
            end_of = (f"{self.topic} recurrence" if rate_of in ("recurrence", "relapse") else
                      "complication" if rate_of == "complication" else "death")
        for part in _SECOND_PEAK.split(r.right):
            # ("in adults aged 25 to 45, with a second peak in women over 50": two groups;
            # an age span is one group, not "aged 25")
            aged = pc.age_factor(pc.people_factor(part.strip(" .,;:")))
            groups = [Phrase(aged, None, part.strip())] if aged.startswith(
                ("age ", "older age", "young age")) else phrases(part, people=True)
            for group in groups:
                trait = pc.people_factor(group.label)
                if trait and not pc.is_generic(trait) and not self.is_topic(trait):
                    self.emit(trait, v.INCREASES_RISK_OF, end_of, r.span, group.surface,
                              r.section, hedged=r.hedged, negated=r.negated,
                              rule="phrase:highest-in", confidence=0.65)
        return True

    def _adjust_what_they_had(self, r: _Reading) -> bool:
        """"... are in the late stages of kidney failure and are on dialysis", "... have taken
        steroids recently": the states and things themselves, one per clause."""
        right = _STATE_JOIN.sub(", ", r.right)
        r.right = _STATE_LEAD.sub("", _STATE_WHEN.sub("", right))
        return False

    def _adjust_happens_when(self, r: _Reading) -> bool:
        """"It happens when bacteria get into a wound": the clause's own subject; "... occurs
        when the nerve becomes inflamed" says how it works and names no agent."""
        if not (self.clause_subject(r.left) or pc.ANAPHORA.match(left_side(r.left).strip())):
            return True
        if _BECOMES_A_STATE.search(r.right) or _BODY_REACTS.match(r.right):
            return True  # ("... when the immune system reacts to dust": how, not a cause)
        r.right = _CLAUSE_VERB.split(pc.there_is_dropped(r.right.strip()), maxsplit=1)[0]
        return False

    def _drop_unowned_start(self, r: _Reading) -> bool:
        """"The rash starts with small spots": not the topic's first signs ("Onset is sudden,
        with ...": its onset, so the topic's)."""
        said = left_side(r.left).strip()
        return not r.trig_text.lower().startswith("onset") and not self.clause_subject(r.left) \
            and not _SIGNS_OF_SOMEONE.fullmatch(said) and not _ONE_FORM.fullmatch(said)

    def _adjust_given_to_prevent(self, r: _Reading) -> bool:
        """"IVIG should be started within 10 days ... to prevent X": IVIG does; "Fluids are
        given through a drip to prevent X": the fluids, not the drip's phrase (the words left
        after "given" are only how, so the thing given before it is the subject)."""
        remedy = given_to_whom(r.left.strip()) if " to " in r.left or " for " in r.left \
            else None
        if remedy is not None:  # "Antibiotics given to close contacts can prevent ..."
            r.left = remedy
            return False
        if r.trig_text.lower().startswith("to "):
            given = _GIVEN_TO.match(r.left.strip())
            key = _IS_KEY.match(r.left.strip()) if given is None else None
            taught = _TAUGHT.match(r.left.strip()) if given is None and key is None else None
            if taught is not None:
                # "A physiotherapist can teach you exercises to help prevent X": the exercises
                r.left = taught.group("np")
                return False
            if key is not None:
                # "Hand washing is important to prevent X": the act does ("Diagnosing it
                # within 10 days is vital": early diagnosis)
                r.left = timely_name(key.group("np").lower()) or key.group("np")
                return False
            if given is not None:
                r.left = re.sub(r"^(?:the )?(?:treatment|therapy) (?:with|using) ", "",
                                given.group("np"), flags=re.I)
            elif _ONLY_HOW.match(r.left):
                r.left = ""
        return False

    def _left_thing(self, r: _Reading) -> str:
        """Return the thing a phrase's left side names, or "" when it names the topic, a
        pronoun or nothing of its own (the "is-common" and "sign-absent" phrases)."""
        said = pc.clean_phrase(left_side(r.left))
        if not said or self.is_topic(said) or pc.ANAPHORA.match(said) or pc.is_generic(said):
            return ""
        return said

    def _keep_common_under_signs(self, r: _Reading) -> bool:
        """"Scarring is uncommon": a sign under a heading of signs, a harm under one of
        harms; anywhere else ("Grebble fever is rare", "Ticks are common in woods") it is no
        claim of either.  A named thing only: not the topic, nor a pronoun."""
        said = self._left_thing(r)
        if r.kind == p.PROGNOSIS and said and (_HARM_HEAD.search(said) or _GRAVE_OUTCOME.fullmatch(
                said) or said.lower().endswith("rupture")):
            r.predicate = v.HAS_COMPLICATION  # "Kidney failure is rare" in an outlook's text
            return False
        # (a list is a few short names: "Low mood, such as depression and anxiety, is common")
        if r.kind not in (p.SYMPTOM, p.COMPLICATION) or not said or any(
                len(part.split()) > 5 for part in _LISTED_NAMES.split(said)):
            return True
        if r.kind == p.COMPLICATION:
            r.predicate = v.HAS_COMPLICATION
        return False

    def _keep_sign_denied(self, r: _Reading) -> bool:
        """"There is usually no itching": a denied sign, under a heading of signs only."""
        if r.kind != p.SYMPTOM:
            return True
        r.negated = True
        return False

    def _keep_absent_sign(self, r: _Reading) -> bool:
        """"Exudate is not present", "Blisters are absent": a denied sign, under a heading of
        signs or when the words name a sign; anywhere else ("A vaccine is not available")
        nothing.  The denial is the phrase's own ("absent" holds no "not")."""
        said = self._left_thing(r)
        if not said or not (r.kind == p.SYMPTOM or p.SYMPTOM_HEAD.search(said)):
            return True
        if _WHEN_OPEN.search(r.left):
            return True  # "confusion when fever and low blood pressure are absent": a condition
        r.negated = True
        return False

    def _read_flu_like(self, r: _Reading) -> bool:
        """"The early symptoms are similar to flu", "They are like those of a cold" (under a
        heading of signs): the signs are flu-like, a sign pages name so."""
        said = left_side(r.left).strip().lower()
        if not (_SIGNS_LEAD.search(said) or (r.kind == p.SYMPTOM and said in ("they", "these"))):
            return False
        like = _FLU_LIKE.match(r.right)
        if like is not None:
            name = "flu-like symptoms" if like.group("flu") else "cold-like symptoms"
            self.emit(self.topic, v.HAS_SYMPTOM, name, r.span, r.trig_text + like.group(0),
                      r.section, hedged=r.hedged, negated=r.negated, rule="phrase:flu-like",
                      confidence=0.65)
        return False

    def _read_state_from_causes(self, r: _Reading) -> bool:
        """"A weakened immune system due to HIV or chemotherapy" as an item under risks: the
        state raises the topic's risk, and so does each thing named as bringing it on (the
        line names no verb of its own, so nothing else was read)."""
        if r.kind not in (p.RISK, p.CAUSE) or r.antecedent is not None or r.negated:
            return False
        # ("Immunosuppression, whether due to A or B, ...": the state before "whether")
        head = re.sub(r"(?:,\s*|\s+)(?:whether|either|be it)$", "", r.left.strip(" ,"),
                      flags=re.I).strip(" ,")
        if _AGENT_THEN_VERB.match(r.right):
            return False  # "Inflammation caused by X can affect ...": a sentence with a verb
        if not head or _STATE_LINE_VERB.search(head) or _STATE_LINE_VERB.search(r.trig_text) \
                or self.mentions_topic(head) \
                or _DEATHS.fullmatch(pc.clean_phrase(head)) \
                or self._sentence_text.strip()[:len(head)].lower() != head.lower():
            return False
        states = [ph for ph in phrases(head, split=False) if not self.is_topic(ph.label)
                  and not pc.is_generic(ph.label)]
        causes = [ph for ph in phrases(pc.cut_clause(r.right)) if not self.is_topic(ph.label)
                  and not pc.is_generic(ph.label)]
        if len(states) != 1 or not (causes or _OTHER_ORIGINS.match(r.right)):
            return False
        # ("Chronic swelling resulting from other mechanisms also raises the risk": the
        # swelling, whatever brings it on)
        for ph in (*states, *causes):
            self.emit(ph.label, v.INCREASES_RISK_OF, self.topic, r.span, ph.surface, r.section,
                      hedged=r.hedged, rule="phrase:state-from", confidence=0.6)
        return False

    def _adjust_whose_risk(self, r: _Reading) -> bool:
        """"X reduces the risk in children": whose risk, not what of (the topic's)."""
        if _WHOSE_RISK.match(r.right):
            r.right = ""
        return False

    def _read_germ_entering(self, r: _Reading) -> bool:
        """"caused by bacteria infecting puncture wounds", "... entering wounds contaminated
        with soil": the germ causes it, and the wounds it gets in by raise its risk."""
        m = _GERM_ENTERING.match(r.right)
        if m is None or (r.trig.name == "happens-when" and not (
                self.clause_subject(r.left) or pc.ANAPHORA.match(left_side(r.left).strip()))):
            return False  # ("Decay happens when germs get into the enamel": another thing's)
        r.right = f" {m.group('g')}"
        where = _CONTAMINATED_TAIL.sub("", _GERM_DOES_NEXT.sub("", pc.cut_clause(m.group("x"))))
        for ph in phrases(where):
            if not self.is_topic(ph.label) and not pc.is_generic(ph.label):
                self.emit(ph.label, v.INCREASES_RISK_OF, self.topic, r.span, ph.surface,
                          r.section, hedged=r.hedged, negated=r.negated,
                          rule="phrase:germ-entering", confidence=0.6)
        return False

    def _read_death_due_to(self, r: _Reading) -> bool:
        """"Death is usually due to X", "Most deaths result from X or Y": on the topic's page
        each is a harm it brings (and it causes death, read on as usual)."""
        at = self._sentence_text.find(r.trig_text) if r.trig_text.strip() else -1
        if not (_DEATHS.fullmatch(pc.clean_phrase(left_side(r.left)).strip())
                or _MORTALITY_END.search(self._sentence_text, 0, at if at > 0 else 0)):
            return False  # ("Untreated, it has a high mortality rate due to X": X is its harm)
        self._emit_harms_named(r, pc.cut_clause(r.right), "phrase:death-due-to")
        r.left = " death "  # "Most deaths": the grave effect, named once
        return False

    def _read_signs_after_colon(self, r: _Reading) -> bool:
        """"Early signs are similar to flu: fever, aches and chills" (or ", with fever ..."):
        the list after the colon is the topic's signs; only what comes before it is the
        look-alike."""
        head, colon, members = r.right.partition(":")
        if not colon:  # "... similar to flu, with fever, chills and aches": the same
            head, colon, members = r.right.partition(", with ")
        if not colon:  # "... similar to those of flu, such as fever and aches": the same
            head, colon, members = r.right.partition(", such as ")
        if not colon or not _SIGNS_LEAD.search(r.left):
            return False
        if colon == ", such as " and _OTHER_ILLNESSES.search(head):
            # "... similar to those of many other conditions, such as A and B": the
            # conditions it looks like, named
            for ph in phrases(pc.cut_clause(members)):
                if not self.is_topic(ph.label) and not pc.is_generic(ph.label):
                    self.emit(self.topic, v.RESEMBLES, ph.label, r.span, ph.surface,
                              r.section, hedged=r.hedged, negated=r.negated,
                              rule="phrase:mimics", confidence=0.65)
            r.right = ""
            return False
        for ph in phrases(pc.cut_clause(members)):
            if not self.is_topic(ph.label) and not pc.is_generic(ph.label):
                self.emit(self.topic, v.HAS_SYMPTOM, ph.label, r.span, ph.surface, r.section,
                          hedged=r.hedged, negated=r.negated, rule="phrase:signs-listed",
                          confidence=0.65)
        r.right = head
        return False

    def _drop_normal_finding(self, r: _Reading) -> bool:
        """"A normal chest X-ray is a common finding": a test's result, no sign."""
        return "finding" in r.trig_text.lower() and bool(_TEST_RESULT.search(left_side(r.left)))

    def _read_exam_findings(self, r: _Reading) -> bool:
        """"Physical examination may reveal crepitus and skin blisters": what an examination
        of the body finds are the illness's signs (and the examination a means of diagnosis,
        read on as before)."""
        if not _EXAMINATION.fullmatch(pc.clean_phrase(left_side(r.left))):
            return False
        for ph in phrases(pc.cut_clause(r.right)):
            if not self.is_topic(ph.label) and not pc.is_generic(ph.label):
                self.emit(self.topic, v.HAS_SYMPTOM, ph.label, r.span, ph.surface, r.section,
                          hedged=r.hedged, negated=r.negated, rule="phrase:exam-finds",
                          confidence=0.65)
        return False

    def _adjust_benefit_in_doubt(self, r: _Reading) -> bool:
        """"The benefit of X remains unproven": the remedy is X, before the verb of doubt."""
        r.right = _DOUBT_VERB.split(r.right, maxsplit=1)[0]
        return False

    def _drop_found_thing(self, r: _Reading) -> bool:
        """"(samples are sent) to identify the germ", "(an ECG) to check the heart": what a
        test looks for or at is a germ or a part, no means of diagnosis."""
        what = pc.clean_phrase(pc.cut_clause(r.right))
        return bool(what) and (_FOUND_GERM.fullmatch(what) is not None
                               or p.ANATOMY.fullmatch(what) is not None
                               # "(an eye exam) to check for inflammation": a finding
                               # ("the doctor will check for fever": a sign looked for)
                               or (_CHECK_VERB.search(r.trig_text) is not None
                                   and (_STATE_CHECKED.search(what) is not None
                                        or p.SYMPTOM_HEAD.search(f" {what}") is not None)
                                   and _TEST_WORD.search(what) is None))

    def _adjust_test_finds_people(self, r: _Reading) -> bool:
        """"A blood score can help identify patients at risk": who it finds are people, so
        the test is what comes before the verb.  "(Chest X-ray:) may show patchy shadowing":
        what a test shows is a finding, never a test (dropped; "test-shows" reads the test)."""
        # ("it can show scarring that an X-ray would miss": the test after "that" is another)
        if re.match(r"\s*(?:shown to |can |may |to |help )?(?:show|reveal)s?\s*$", r.trig_text,
                    re.I) and not _TEST_WORD.search(pc.cut_clause(r.right)) \
                and not self.mentions_topic(r.right) \
                and not pc.ANAPHORA.match(r.right.strip(" .,;")):
            return True
        if _PEOPLE_FOUND.match(r.right) and re.match(r"\s*(?:shown to |can |may |to |help )?"
                                                     r"(?:detect|identify|reveal)", r.trig_text,
                                                     re.I):
            r.right = f" {left_side(r.left)}"
        return False

    def _adjust_quality_of_life(self, r: _Reading) -> bool:
        """"It can affect (your) quality of life": the harm named as pages compare it."""
        if _QUALITY_OF_LIFE.match(r.right):
            r.right = " reduced quality of life"  # (what else it affects is no harm's name)
        return False

    def _adjust_process_named(self, r: _Reading) -> bool:
        """"involves the production of toxins by bacteria": the process as pages name it
        ("toxin production"), each one of a list."""
        r.right = _PROCESS_OF.sub(lambda m: f" {_label_key(m['x'])} {m['act'].lower()}",
                                  r.right)
        return False

    def _adjust_proposed_is_hedged(self, r: _Reading) -> bool:
        """"Mechanisms have been proposed, including A": put forward, not shown.  Dropped
        when the sentence says whose cause it is and that is not the topic ("The cause of
        these symptoms is unknown, but ..."): the topic's is then not what is proposed."""
        whose = _CAUSE_OF.search(self._sentence_text)
        if whose is not None and not self.is_topic(pc.clean_phrase(whose.group("x"))):
            return True
        r.hedged = True
        return False

    def _adjust_care_place_first(self, r: _Reading) -> bool:
        """"It's treated in hospital with antibiotics and surgery to remove X": the remedies
        after the place do it (the place is read by "treated-in")."""
        r.left = _PLACE_WITH.sub("", r.left)
        return False

    def _adjust_this_prevented(self, r: _Reading) -> bool:
        """"Blood clots can form in the legs. Stockings help prevent this": the harm the
        sentence before named is prevented, not the topic; after a sentence that names
        neither the topic nor a harm of it ("Muscles can tighten. Exercises help prevent
        this"), what "this" is cannot be told under signs, harms or care, and no claim is
        made (under prevention, or no typed heading, it is the topic or its spread)."""
        before = self._sentence_before
        if not before or not _THIS_HAPPENING.match(r.right) or self.mentions_topic(before) \
                or points_back(before):
            return False  # "It spreads in schools. Washing hands prevents this": the topic
        harms = sorted(self._harms_before)
        if not harms:
            return r.kind in _HARM_TALK_KINDS
        r.right = f" {', '.join(harms)}"
        return False

    def _adjust_kept_from(self, r: _Reading) -> bool:
        """"to prevent germs from growing": an infection is prevented ("wound infection"
        when the act is on a wound, as with "keep cuts clean to prevent infection"); "to
        prevent them from getting ill": the topic is; "helps to stop germs": prevents."""
        if r.trig.name == "purpose" and not re.match(r"(?:helps? )?(?:to )?stop",
                                                    r.trig_text.strip(), re.I):
            return False  # "to reduce germs": what is reduced, not kept from happening
        # "to prevent or recover from complications": what is prevented comes after both verbs.
        r.right = re.sub(r"^\s*(?:or|and) (?:recover|get better|heal|treat|manage|deal)\w* "
                         r"(?:from |with )?", " ", r.right, flags=re.IGNORECASE)
        if _SPREAD_OF_GERMS.match(r.right):
            r.right = "it"  # "helps prevent the spread of the germs": of the topic's germs
            if r.trig.name == "purpose":
                # "Hand hygiene helps stop the spread of infection": it keeps the topic away.
                r.predicate, r.right = v.PREVENTS, f" {self.topic}"
        kept = _KEPT_FROM.match(r.right)
        if kept is not None and r.trig.name == "purpose":
            r.predicate = v.PREVENTS  # "Gloves help to stop germs getting into cuts"
        if kept is None and r.trig.name != "purpose" and re.match(
                r"\s*(?:an? |any )?(?:further |more |new |another |secondary )?infections?"
                r"\s*[.;,]?\s*$", r.right, re.I):
            kept = _KEPT_FROM.match("germs from growing")  # "... clean to prevent infection"
        if kept is not None:
            if kept.group("germs") is None:  # ("to stop them getting ill": the topic)
                r.right = f" {self.topic}" if r.trig.name == "purpose" else "it"
            else:
                r.right = "wound infection" if re.search(
                    rf"\b{_SKIN_BREAK}\b|\bdressings?\b", r.left, re.I) else "infection"
        return False

    def _read_progress_into_topic(self, r: _Reading) -> bool:
        """"A skin infection can progress to X", "Cellulitis may develop into X": what turns
        into the topic raises its risk (the phrase was read as the topic turning into itself,
        which gave nothing)."""
        into = phrases(pc.cut_clause(r.right))
        if not into or not self.is_topic(into[0].label):
            return False
        # ("A wound infection after surgery": both the infection and the surgery)
        for ph in _split_after(phrases(pc.cut_clause(left_side(r.left)))):
            if not self.is_topic(ph.label) and not pc.is_generic(ph.label) \
                    and not pc.ANAPHORA.match(ph.label):
                self.emit(ph.label, v.INCREASES_RISK_OF, self.topic, r.span, ph.surface,
                          r.section, hedged=r.hedged, negated=r.negated,
                          rule="phrase:progresses-into", confidence=0.6)
        return True

    def _adjust_sign_turns_into(self, r: _Reading) -> bool:
        """"The rash turns into blisters": what a sign becomes is a sign, not a harm."""
        said = pc.clean_phrase(left_side(r.left))
        if not (said and p.SYMPTOM_HEAD.search(said.lower().split()[-1])):
            sentence = self._sentence_text
            at = sentence.find(r.trig_text) if "turn" in r.trig_text.lower() else -1
            joined = _SIGN_STAGE_JOIN.search(sentence[:at]) if at > 0 else None
            said = pc.clean_phrase(left_side(sentence[:joined.start()])) if joined else ""
        if said and p.SYMPTOM_HEAD.search(said.lower().split()[-1]) and not self.is_topic(said):
            r.predicate = v.HAS_SYMPTOM
        return False

    def _adjust_postmodifier(self, r: _Reading) -> bool:
        """"complications stemming from X": the noun just before, not a list before it."""
        if _POSTMODIFIER.match(r.trig_text):
            r.left = re.split(r",\s*|\s+(?:and|or)\s+", r.left.strip(" ,"))[-1]
        return False

    def _adjust_what_forms(self, r: _Reading) -> bool:
        """"Kidney stones may form because of high calcium": what forms is what is caused
        (the clause's verb hid its subject, and the cause was read as the topic's)."""
        left = r.left
        if not left.strip():  # "may form" was read first, as a relation phrase of its own
            at = self._sentence_text.find(r.trig_text.strip())
            left = self._sentence_text[:at] if at > 0 else ""
        forms = _FORMS_LEFT.match(left)
        if forms is not None and not (self.is_topic(pc.clean_phrase(forms["x"]))
                                      or pc.ANAPHORA.match(forms["x"])):
            r.left = forms["x"]
        return False

    def _adjust_last_clause(self, r: _Reading) -> bool:
        """"... is supported by evidence, and X remains the best treatment": X alone (but "A,
        B, and C remain the mainstays of care" is one list: no verb before the joint)."""
        at = self._sentence_text.find(r.left) if r.left.strip() else -1
        aim = _AIM_FIRST.match(self._sentence_text[:at]) if at > 0 else None
        if aim is not None:
            # "Surgery to remove infected tissue, along with antibiotics, is the main
            # treatment": the left words are the aim's object; the remedy came before it.
            also = _ALONG_ASIDE.search(r.left)
            r.left = aim["x"] + (f" and {also['y']}" if also else "")
            return False
        parts = _CLAUSE_JOIN.split(r.left)
        if len(parts) > 1 and (not parts[0].strip() or _LIST_JOINT_VERB.search(
                r.left[:r.left.rfind(parts[-1])])):
            r.left = parts[-1]
        return False

    def _adjust_purpose_object(self, r: _Reading) -> bool:
        """"The use of X to reduce Y is supported by ...": what is reduced ends at the verb."""
        r.right = _FINITE_BE.split(r.right, maxsplit=1)[0]
        # "need surgery to remove the tissue, and antibiotics given ...": the purpose ends
        # where the verb's next object starts
        r.right = re.split(r",\s+and\s+", r.right, maxsplit=1)[0]
        # "surgery to remove dead tissue, antibiotics given by drip, ...": the next member
        r.right = _COMMA_REMEDY.split(r.right, maxsplit=1)[0]
        # "... to remove infected tissue, along with antibiotics,": another remedy, no target
        r.right = re.split(_ALONG, r.right, maxsplit=1)[0]
        # "surgery to remove dead tissue and intravenous antibiotics": the tissue alone, and
        # the antibiotics a remedy of the list the surgery is in
        another = pc.AND_ANOTHER_REMEDY.search(r.right)
        if another is not None:
            rest = r.right[another.start():]
            r.right = r.right[:another.start()]
            for ph in phrases(pc.cut_clause(re.sub(r"^,?\s+and\s+", "", rest))):
                if not self.is_topic(ph.label) and not pc.is_generic(ph.label):
                    self.emit(ph.label, v.USED_FOR, self.topic, r.span, ph.surface, r.section,
                              hedged=r.hedged, negated=r.negated, rule="phrase:purpose-and",
                              confidence=0.6)
        return False

    def _adjust_kept_away(self, r: _Reading) -> bool:
        """"X helps stop blood clots forming": X prevents the clots."""
        thing = kept_from(r.trig_text, r.right)
        if thing is not None and not self.is_topic(thing):
            r.predicate, r.right = v.PREVENTS, f" {thing}"
        elif thing is not None and _ITS_EVENTS.match(r.right[r.right.find(thing) + len(thing):]):
            # "Treating X quickly may stop <topic> (from) developing": X prevents the topic
            r.predicate, r.right = v.PREVENTS, f" {thing}"
        return False

    def _adjust_claimed_effect(self, r: _Reading) -> bool:
        """"no evidence that X helps": X is the subject, the claimed effect goes; "little
        evidence", "not enough evidence" deny it as "no evidence" does."""
        at = self._sentence_text.find(r.trig_text)
        claimed = self._sentence_text[at + len(r.trig_text):] if at >= 0 else r.right
        if "evidence" in r.trig_text.lower() and _OTHER_CLAIM.search(claimed) \
                and not _CLAIMED_EFFECT.search(claimed):
            return True  # "no evidence that genes play a part": no remedy's effect doubted
        r.right = _CLAIMED_EFFECT.sub("", r.right)
        if r.right.strip(" .").lower() in ("it", "they", "this"):
            tried = _TRIED_FIRST.match(self._sentence_text)
            if tried is not None:
                r.right = f" {tried.group('x')}"  # "X has been tried, but ... that it helps"
        r.negated = True
        return False

    def _adjust_dangling_to(self, r: _Reading) -> bool:
        """"may order blood tests to check for X": the tests, without the purpose's "to"."""
        r.right = _DANGLING_TO.sub("", r.right)
        return False

    def _adjust_only_way(self, r: _Reading) -> bool:
        """"Surgery is often the only way to confirm it": surgery, not "the only way"."""
        way = _ONLY_WAY.match(r.left)
        if way is not None and not _GERUND.match(way.group("x").strip()):
            r.left = way.group("x")  # an act ("taking a sample of skin ...") is no test's name
        return False

    def _read_caused_state(self, r: _Reading) -> bool:
        """"The infection can cause the blood pressure to drop": low blood pressure."""
        state = _CAUSED_STATE.match(r.right)
        if state is None or not (r.kind in (p.COMPLICATION, p.SYMPTOM)
                                 or not left_side(r.left).strip()
                                 or self.mentions_topic(r.left)
                                 or pc.TOPIC_ALIASES.match(left_side(r.left).strip())
                                 or _AGENT.fullmatch(pc.clean_phrase(left_side(r.left)))):
            return False
        measure, way = state.group("m").lower(), state.group("v").lower()
        up = way.startswith(("rise", "climb", "increase", "go up", "soar"))
        self.emit(self.topic, v.HAS_COMPLICATION,
                  f"{'high' if up else 'low'} {measure}" if "heart" not in measure else
                  ("rapid heartbeat" if up else "slow heartbeat"), r.span, state.group(0),
                  r.section, hedged=r.hedged, negated=r.negated, rule="phrase:caused-state",
                  confidence=0.65)
        return True

    def _adjust_shared_subject(self, r: _Reading) -> bool:
        """"It leads to sores, swollen joints, and may even cause kidney failure": the second
        verb shares the first one's subject, not the last thing the first one named."""
        if (" and " in r.left or " but " in r.left) and _AND_THEN_VERB.search(r.left):
            at = self._sentence_text.find(r.left + r.trig_text)
            m = _FIRST_CAUSAL_VERB.match(self._sentence_text[:at]) if at > 0 else None
            if m is not None and m.group("before").strip():
                r.left = m.group("before")
        return False

    def _adjust_infections_with(self, r: _Reading) -> bool:
        """"Infections with Zorbacter can follow injuries in fresh water": those are the
        topic's cases, so the germ causes it and what they follow raises its risk."""
        m = _INFECTIONS_WITH.match(left_side(r.left).strip(" ,"))
        if m is None:
            return False
        germ = pc.clean_phrase(m.group("g"))
        if not germ or self.is_topic(germ) or pc.is_generic(germ) or p.ANATOMY.fullmatch(germ):
            return False
        self.emit(germ, v.CAUSES, self.topic, r.span, m.group("g"), r.section,
                  hedged=r.hedged, negated=r.negated, rule="phrase:infections-with",
                  confidence=0.6)
        r.left = r.left[:r.left.rfind(m.group(0))] + "It "
        return False

    def _drop_complying(self, r: _Reading) -> bool:
        """"It is important to follow your doctor's advice", "follow-up visits": to follow
        is to keep to something, no onset after it."""
        return bool(_COMPLY_BEFORE.search(r.left) or _FOLLOW_UP.match(r.right)) and \
            r.trig_text.strip().lower().endswith(("follow", "follows"))

    def _drop_causative(self, r: _Reading) -> bool:
        """"causes the cells to clump", "causes patches of tissue called granulomas": how it
        works (read by :meth:`mechanism`), not what it leads to."""
        causative = _CAUSATIVE.match(r.right)
        named = pc.clean_phrase(r.right[:causative.end()].rsplit(" to ", 1)[0]) \
            if causative is not None else ""
        if named and not pc.ANAPHORA.match(named) and not pc.TOPIC_ALIASES.match(named) \
                and self.is_topic(named):
            return False  # "medicines can cause <topic> to develop" (named): they cause it
        return bool(causative) or bool(
            "called" in r.right and _FORMS_CALLED.match(f"{r.trig_text.strip()} {r.right.strip()}"))

    # -- a trigger's own steps once its sides are read (see _SIDE_STEPS) ----

    def _side_no_sites(self, r: _Reading, s: _Sides) -> None:
        """"It involves the lungs and skin": the parts it reaches are read as sites (by the
        body-site reader), not as processes of it."""
        s.objects = [ph for ph in s.objects if not p.ANATOMY.fullmatch(
            _SITE_ARTICLE.sub("", ph.label)) and not _lone_body_part(ph.label)]

    def _side_part_signs(self, r: _Reading, s: _Sides) -> None:
        """"Eye symptoms include redness, pain and blurred vision": a bare sign that needs a
        place (redness, pain) is at the part the class names ("eye redness", "eye pain");
        a sign with a name of its own keeps it."""
        part = _PART_CLASS.fullmatch(pc.clean_phrase(left_side(r.left)))
        site = _site_word(part["part"].lower()) if part is not None else ""
        if site not in BODY_PARTS:
            return
        s.objects = [Phrase(f"{site} {ph.label}", ph.level, ph.surface)
                     if ph.label.lower() in _BARE_SIGNS else ph for ph in s.objects]

    def _side_toxin_maker(self, r: _Reading, s: _Sides) -> None:
        """"It is caused by toxins made by certain bacteria": the toxin and its maker both
        cause it (the maker named on its own, as pages name it elsewhere)."""
        if r.predicate != v.CAUSES or not s.objects or not self.is_topic(s.objects[0].label):
            return
        out: list[Phrase] = []
        for ph in s.subjects:
            m = _TOXIN_MAKER.match(ph.label)
            if m is None:
                out.append(ph)
                continue
            out += [Phrase(m.group("x"), ph.level, ph.surface)]
            out += [x for x in phrases(m.group("y")) if not self.is_topic(x.label)]
        # "caused by bacteria getting into the blood and releasing toxins": the germ's own
        # doings after it are no second cause (the toxins are read as its agents)
        s.subjects = [_germ_infecting(ph) for i, ph in enumerate(out)
                      if not (i and _GERM_DOING.match(ph.label))]

    def _side_history_asked(self, r: _Reading, s: _Sides) -> None:
        """"The doctor will ask about recent injuries or surgery": what a doctor asks about,
        other than the symptoms, is the medical history taken, no test of its own."""
        asked = [ph for ph in s.objects if ph.label not in ("symptom review", "medical history",
                                                              "physical examination")]
        if asked and s.objects is not s.topic:
            kept = [ph for ph in s.objects if ph not in asked]
            s.objects = [*kept, *([] if any(ph.label == "medical history" for ph in kept)
                                  else [Phrase("medical history", None, asked[0].surface)])]

    def _side_causes_of_another(self, r: _Reading, s: _Sides) -> None:
        """"Other causes of a rash include A and B": look-alikes of the illness, no causes of
        it; "The main causes of kidney damage are A": A causes the thing named."""
        of = _CAUSES_OF.search(r.trig_text)
        if of is None:
            return
        named = pc.clean_phrase(of["x"])
        if not named or self.is_topic(named) or pc.ANAPHORA.match(named) or \
                pc.TOPIC_ALIASES.match(named) or self.names_topic_form(named):
            return
        if _OTHER_CAUSES.match(r.trig_text):
            r.predicate, s.subjects, s.objects = v.RESEMBLES, s.topic, s.subjects
        else:
            s.objects = [Phrase(named, None, of["x"])]

    def _side_named_complication(self, r: _Reading, s: _Sides) -> None:
        """"The rash can lead to a serious complication called X": X is the topic's
        complication, whatever sign the sentence says leads to it."""
        named = _COMPLICATION_CALLED.match(r.right)
        if named is None:
            return
        found = [ph for ph in phrases(pc.cut_clause(named["x"])) if not self.is_topic(ph.label)]
        if found:
            r.predicate, s.subjects, s.objects = v.HAS_COMPLICATION, s.topic, found

    def _side_class_example_after(self, r: _Reading, s: _Sides) -> None:
        """"Several types of bacteria can cause it, most often streptococci": the member named
        after the topic is the class's, and causes it too."""
        if "," not in r.right or not _IT_THEN_COMMA.match(r.right):
            return
        s.objects = s.topic  # "Germs cause it, most often through a wound": it is caused
        after = _EXAMPLE_AFTER_IT.match(r.right)
        if after is not None:
            s.subjects = [*s.subjects, *(ph for ph in phrases(pc.cut_clause(after["x"]))
                                         if not self.is_topic(ph.label)
                                         and not pc.is_generic(ph.label))]

    def _side_got_it(self, r: _Reading, s: _Sides) -> None:
        """"You can get it after giving birth": it follows the birth; "Most cases follow a
        minor injury": cases of the topic."""
        near = left_side(r.left).strip(" ,")
        if r.kind == p.SYMPTOM and _SOME_TIME.search(r.trig_text):
            # under signs, "Symptoms start a few days after you have had an injury" says when
            # the signs come, and no more
            s.subjects = []
        elif _GET_IT.match(r.trig_text) or _CASES.match(near) or _THE_ILLNESS.fullmatch(
                near) or (_ITS_SIGNS.fullmatch(near) and _SOME_TIME.search(r.trig_text)):
            # ("Symptoms begin 2 weeks after a chest infection": the illness does)
            s.objects = s.topic

    def _side_kinds_of_sign(self, r: _Reading, s: _Sides) -> None:
        """"The pain is described as burning or stabbing": burning pain, stabbing pain (a
        word alone names a kind of the sign; a phrase is a sign of its own)."""
        said = _described_sign(r.trig_text, r.left)
        head = said.lower().split()[-1] if said else ""
        kinds = [Phrase(f"{ph.label} {head}" if " " not in ph.label else ph.label,
                        ph.level, ph.surface) for ph in s.objects if ph.label]
        # ("sharp or aching": a bare adjective the phrase reader drops names a kind too)
        for word in pc.split_list(pc.cut_clause(r.right)):
            word = word.strip(" .,;").lower()
            if re.fullmatch(r"[a-z-]{3,20}", word) and not any(
                    k.label.lower().startswith(f"{word} ") for k in kinds):
                kinds.append(Phrase(f"{word} {head}", None, word))
        s.objects = kinds

    def _side_people_at_risk(self, r: _Reading, s: _Sides) -> None:
        """"People over 60 are more likely to ...": the factor is what those people have."""
        right = r.right.strip()
        if _ORGANS_AT_RISK.search(r.left) and not _PEOPLE_WORD.search(r.left):
            s.subjects = []  # "if organs are at risk": a part in danger, no risk factor
            return
        if _BARE_PATIENTS.match(r.left) and s.objects and s.objects is not s.topic and not any(
                self.is_topic(x.label) for x in s.objects):
            # "Patients are at risk of organ failure": those who have it, so the harm is its.
            s.subjects, r.predicate = s.topic, v.HAS_COMPLICATION
            return
        part = _PART_OF_PATIENTS.match(r.left)
        if part is not None and _names_a_part(part.group("part")) and s.objects and \
                s.objects is not s.topic:
            # "The cornea of affected people is at risk of drying": the part's harm is a harm
            # of the illness ("cornea drying"), no risk the cornea raises.
            s.objects = [Phrase(f"{part.group('part').lower()} {x.label}", x.level, x.surface)
                         for x in s.objects if len(x.label.split()) <= 2]
            s.subjects, r.predicate = s.topic, v.HAS_COMPLICATION
            return
        cond = _IF_YOU.match(right) or _IF_YOU_DO.match(right)
        if cond is not None and _YOU_MAY_BE.fullmatch(r.left):
            # "You (may be) more at risk if you have A or B": A and B are the factors; "or if
            # you smoke" adds an act of its own.
            s.subjects = [ph for piece in _OR_IF_YOU.split(right)
                          for ph in self._if_you_factors(piece)]
            s.subjects = [x for x in s.subjects if x.label and not pc.is_generic(x.label)]
            s.objects = s.topic
            return
        whole = self._group_before(r.left)
        if len(_WHO_EACH.findall(whole)) >= 2:
            # "adults who inject drugs, who have had surgery, or who have X": each clause
            # names its own factor (the last clause alone would hide the others).
            each = _people_factors(phrases(whole.strip(" ,"), people=True))
            if len(each) >= 2:
                s.subjects = each
                return
        if not _PEOPLE_WORD.search(r.left):
            # "Smokers are at higher risk": smoking; "Diabetics are ...": diabetes
            s.subjects = [Phrase(people_state(ph.label) or ph.label, ph.level, ph.surface)
                          for ph in s.subjects]
            return
        # ("women who are pregnant or postpartum": read as people, each state is a factor)
        s.subjects = _who_factors(r.left)
        if not s.subjects and pc.WHO_WENT_WITHOUT.search(r.left):
            # "People who have never had X are more at risk": what they lack is no factor
            # when it names none ("X" would be read as raising the risk it lowers).
            return
        s.subjects = s.subjects or (
            _people_factors(phrases(left_side(r.left), people=True)) if _WHO_EACH.search(
                r.left) or _AGE_OPEN_END.search(r.left) else []) or _people_factors(s.lhs)
        event = _EVENT_VERB.match(r.right)
        if event:
            said = event.group(1).lower()
            s.objects = [Phrase(_EVENTS.get(said, "hospitalization"), None, event.group(0))]

    def _graver_topic(self, label: str) -> bool:
        """Return whether a name is a bare illness word or a graver form of the topic ("more
        severe infection", "severe <topic>"), though not the topic's own name."""
        if self.is_topic(label):
            return False
        return bool(_BARE_ILLNESS.fullmatch(label)) or (
            _GRAVER_FORM.match(label) is not None and self.is_topic(_GRAVER_FORM.sub("", label)))

    def _side_injury_start(self, r: _Reading, s: _Sides) -> None:
        """"It usually starts with a minor injury such as a cut": an injury it starts from
        lets it in, so it raises the risk; what else it starts with is a first sign."""
        if not s.objects or s.objects is s.topic:
            return
        if all(_INJURY_NAME.search(x.label) for x in s.objects):
            s.subjects, s.objects, r.predicate = s.objects, s.topic, v.INCREASES_RISK_OF

    def _if_you_factors(self, condition: str) -> list[Phrase]:
        """Return the factors "if you have A or B" names, or the act "if you smoke" does."""
        kin = _IF_KIN_HAD.match(condition)
        if kin is not None:  # "if a close relative has had it": family history
            return [Phrase("family history", None, kin.group(0).strip())]
        have = _IF_YOU.match(condition)
        if have is not None:
            return [ph for ph in phrases(pc.cut_clause(condition[have.end():]))
                    if not self.is_topic(ph.label)]
        act = _IF_YOU_DO.sub("", condition).strip(" .,;")
        return [Phrase(pc.people_factor(f"people who {act}"), None, act)] if act else []

    def _group_before(self, left: str, leads: tuple[str, ...] = (", who", "who ")) -> str:
        """Return the words before a relation back to the clause's start when ``left`` was
        cut at a ", who" clause: "adults who A, who B, or who C are at risk" read whole."""
        if not left.lstrip().lower().startswith(leads):
            return left
        sentence = self._sentence_text
        at = sentence.find(left) if left.strip() else -1
        if at <= 0:
            return left
        start = max(sentence.rfind(";", 0, at), sentence.rfind(". ", 0, at)) + 1
        return sentence[start:at + len(left)]

    def _side_examination(self, r: _Reading, s: _Sides) -> None:
        """"A doctor will examine the skin": the means is a physical examination."""
        test = examined_with(r.right)  # "check your heart with a scan": the scan
        checked = _FUNCTIONS_CHECKED.match(r.right) if test is None and \
            r.trig_text.lower().rstrip().endswith("check") else None
        if checked is not None:
            # "The doctor will check your kidney and liver function": a test of each
            # ("kidney and liver functions": one test of each, as the singular reads)
            s.objects = [ph for ph in phrases(re.sub(r"\bfunctions\b", "function",
                                                     checked.group(0)))
                         if ph.label.endswith("function")]
            if s.objects:
                return
        level = _LEVEL_CHECKED.match(r.right) if test is None else None
        if level is not None:
            # "check the level of calcium in your urine": a urine calcium test
            fluid = level["in"] or level["in2"] or ""
            test = f"{fluid} {pc.clean_phrase(level['a'] or level['b'])} test".strip()
        fluid_checked = _FLUID_CHECKED.match(r.right) if test is None else None
        if fluid_checked is not None:
            # "Doctors check the blood for signs of infection": a blood test, no examination
            test = f"{label_key(fluid_checked['f'])} test"
        s.objects = [Phrase(test, None, test) if test else
                     Phrase("physical examination", None, r.trig_text.strip())]

    def _side_topic_occurs(self, r: _Reading, s: _Sides) -> None:
        """Only the topic occurring names a risk: "symptoms occur during the first week" no."""
        said = pc.clean_phrase(left_side(r.left))
        if not (self.said_of_topic(said) or _CASES.match(said)):
            s.subjects = []
            return
        period = season_period(r.right)
        if period is not None:  # "during summer or fall": one time of year, as one name
            s.subjects = [Phrase(period, None, period)]

    def _side_cause_where(self, r: _Reading, s: _Sides) -> None:
        """"Germ A is the main cause in the tropics": of the topic, in that place."""
        if re.match(r"\s*(?:in|among)\b", r.right, re.I):
            s.objects = s.topic
            return
        after = _CAUSE_THEN.match(r.right) if "," in r.right[:3] else None
        if after is not None:  # "X is the most common cause, followed by Y": both, of it
            s.objects = s.topic
            s.subjects = [*s.subjects, *(ph for ph in phrases(pc.cut_clause(after.group("y") or ""))
                                         if not self.is_topic(ph.label))]

    def _side_people_respond(self, r: _Reading, s: _Sides) -> None:
        """"Most patients respond well to steroids": people who have it respond, so the
        remedy works on the topic (people are no thing a remedy works on)."""
        if "poorly" in r.trig_text.lower():
            r.negated = True  # "respond poorly to X": X works badly on it
        said = left_side(r.left).strip(" ,")
        if not _PEOPLE_WORD.search(said):
            return
        had = _OTHER_ILLNESS_PEOPLE.search(said)
        if had is not None and not self.mentions_topic(said[had.end():]):
            s.subjects = []  # "Patients with kidney failure respond poorly": another group
            return
        if r.negated and _SOME_WHO.match(said):
            s.subjects = []  # "Some people do not respond to X": no verdict on X
            return
        s.lhs = s.objects = s.topic

    def _side_people_cured(self, r: _Reading, s: _Sides) -> None:
        """"Antibiotics cure most people", "cure 8 out of 10 patients": the people cured have
        the topic, so the remedy works on it (people are no thing it works on)."""
        if _CURED_PEOPLE.match(r.right):
            s.objects = s.topic

    def _side_only_people(self, r: _Reading, s: _Sides) -> None:
        """"Men are more often affected" names a risk; "the skin is most often affected" a site
        (read elsewhere), so only people on the left name anything here."""
        if not _PEOPLE_WORD.search(r.left):
            s.subjects = []

    def _side_parts_involved(self, r: _Reading, s: _Sides) -> None:
        """"The perineum and genitals can also be involved": parts it reaches, no germs."""
        if not s.subjects or s.subjects is s.topic:
            return
        parts = [x for x in s.subjects if p.ANATOMY.fullmatch(x.label)]
        if parts and len(parts) == len(s.subjects):
            s.subjects, s.objects, r.predicate = s.topic, parts, v.AFFECTS
        elif parts or any(_BODY_IN_GENERAL.fullmatch(x.label) for x in s.subjects):
            # "any organ may be involved": no germ, and no one part named ("It is a clinical
            # diagnosis, and multiple organ systems may be involved": nor the clause before)
            s.subjects = []

    def _side_sign_with_sign(self, r: _Reading, s: _Sides) -> None:
        """"Fever is high and is associated with irritability", under signs: a sign that
        comes with one of its signs (or with no subject named) is the topic's sign too."""
        if r.kind != p.SYMPTOM or not s.objects or s.objects is s.topic or not all(
                _plain_sign(o.label) for o in s.objects):
            return
        if not s.subjects or all(p.SYMPTOM_HEAD.search(x.label) for x in s.subjects):
            s.subjects = s.topic

    def _side_highest_rate(self, r: _Reading, s: _Sides) -> None:
        """"Children under 5 have the highest rate (50 per 100,000), followed by ...";
        "People who inject drugs have a higher risk": what they do."""
        if [x.label for x in s.lhs] == ["family history"]:
            s.subjects = s.lhs  # "People with a relative who had it have a higher risk"
        else:
            s.subjects = (_PEOPLE_WORD.search(r.left) and _who_factors(r.left)) or \
                _people_factors(s.lhs)
        if not re.search(r"\b(?:of|for|developing|getting)\s*$", r.trig_text, re.I):
            s.objects = s.topic

    def _side_risk_group(self, r: _Reading, s: _Sides) -> None:
        """The people named on the right are the group at risk: what they have is the factor."""
        s.subjects = _people_factors(s.rhs)

    def _side_how_it_harms(self, r: _Reading, s: _Sides) -> None:
        """Under a heading of how it works, "The germs infect the vessel walls, causing
        vasculitis": what the topic (or its germ) does on the way is how it works."""
        if s.lhs or r.kind is not None or not r.section or not _HOW_IT_WORKS_HEADING.search(
                r.section):
            return
        said = re.split(r"\s+(?:can|may|might|could|will|often|usually|then|also|[a-z]+s)\b",
                        r.left.strip(" ,"), maxsplit=1)[0]
        said = pc.clean_phrase(said)
        if said.lower() in ("it", "they") or self.is_topic(said) or _AGENT_LEAD.match(
                r.left):
            r.predicate = v.INVOLVES
            s.subjects, s.objects = s.topic, [x for x in s.rhs if not pc.is_generic(x.label)]

    def _side_treated_named(self, r: _Reading, s: _Sides) -> None:
        """"Doctors treat <name> with X": X is used for the thing named, the topic or not.
        ("... with antibiotics, and quick treatment is vital": a lone describing word left
        before the next clause's noun names no remedy.)"""
        s.subjects = [x for x in s.subjects if " " in x.label or not adjective(x.label)]
        m = _DOCTORS_TREAT.search(r.trig_text)
        if m is None:
            return
        what = pc.clean_phrase(m.group("what"))
        if what and not self.is_topic(what) and not pc.ANAPHORA.match(what):
            s.objects = [Phrase(what, None, m.group("what"))]

    def _side_people_affected(self, r: _Reading, s: _Sides) -> None:
        """"It is more common in people with X": X; "Most cases occur in ...": the topic's."""
        if any(_CASES.match(o.label) for o in s.lhs):
            s.lhs = s.topic
        sex = sex_on_right(r.right) if r.trig.name == "affects-people" else None
        if sex is not None:  # "affects women twice as often as men": one sex, or neither
            s.subjects = [Phrase(sex, None, sex)] if sex else []
            s.objects = s.lhs
            return
        compared = _MORE_THAN_TAIL.search(r.right)
        if compared is not None:  # "affects black women more often than white women"
            s.rhs = phrases(r.right[:compared.start()])
        s.subjects = _people_factors(s.rhs)
        s.objects = s.lhs

    def _side_control_achieved(self, r: _Reading, s: _Sides) -> None:
        """"Pain control is achieved with X": X targets pain."""
        control = _CONTROL.match(pc.clean_phrase(left_side(r.left))) if r.left else None
        if control:
            r.predicate = v.TARGETS
            s.objects = [Phrase(control.group(1), None, control.group(1))]

    def _side_corrects(self, r: _Reading, s: _Sides) -> None:
        """"Surgery may be needed to correct lasting nerve problems": what it corrects is what
        it is used for, not the topic."""
        fixes = _TO_CORRECT.match(r.right)
        named = [ph for ph in phrases(pc.cut_clause(fixes.group("x")))
                 if not self.is_topic(ph.label) and not pc.is_generic(ph.label)] if fixes else []
        if named and s.objects == s.topic:
            s.objects = named

    def _side_remedy_for(self, r: _Reading, s: _Sides) -> None:
        """"Doctors prescribe painkillers for it / for the pain": the remedy is the words
        before "for"; what it is for is the topic (named back or by its kind) or the harm
        named (a time or a group of people after "for" says when or whom, not what)."""
        m = _REMEDY_FOR.match(r.right.strip())
        if m is None:
            # "rest, plenty of fluids and paracetamol for the fever": the last care's target
            # is no part of its name
            s.subjects = [Phrase(pc.clean_phrase(cut["x"]), ph.level, ph.surface)
                          if (cut := _CARE_FOR_TAIL.match(ph.label)) is not None else ph
                          for ph in s.subjects]
            # ("Do not offer antibiotics after a tick bite": when, no part of the care)
            s.subjects = [Phrase(_WHEN_AFTER.sub("", ph.label), ph.level, ph.surface)
                          if " after " in ph.label or " following " in ph.label else ph
                          for ph in s.subjects]
            return
        remedies = [ph for ph in phrases(m.group("x")) if not pc.is_generic(ph.label)
                    and not self.is_topic(ph.label)]
        if not remedies:
            return
        s.subjects = remedies
        what = pc.clean_phrase(m.group("y"))
        harm = bool(what) and not (self.is_topic(what) or pc.ANAPHORA.match(what)
                                   or pc.TOPIC_ALIASES.match(what) or what.lower() in _KIND_OWNERS
                                   or _REMEDY_FOR_WHEN.match(m.group("y")) or pc.is_generic(what)
                                   or _PEOPLE_WORD.search(what))
        named = [ph for ph in phrases(m.group("y")) if not pc.is_generic(ph.label)] if harm \
            else []
        s.objects = named or s.topic

    def _side_prevents_too(self, r: _Reading, s: _Sides) -> None:
        """"The medicines used to prevent and treat it are X": X treats it and prevents it
        (the pair's own claim says the first; this one says the second)."""
        if "prevent" in r.trig_text.lower() and s.objects == s.topic:
            s.also = (v.PREVENTS,)

    def _side_backed_by(self, r: _Reading, s: _Sides) -> None:
        """"Diagnosis is based on clinical findings supported by imaging": each tells it."""
        out: list[Phrase] = []
        for ph in s.objects:
            parts = [pc.clean_phrase(x) for x in _BACKED_BY.split(ph.label)]
            out += [Phrase(x, ph.level, ph.surface) for x in parts if x] if len(parts) > 1 \
                else [ph]
        s.objects = out

    def _side_own_look(self, r: _Reading, s: _Sides) -> None:
        """"The rash can be diagnosed by its appearance": the rash's appearance tells it."""
        owner = pc.clean_phrase(left_side(r.left)) if r.left else ""
        if not owner or self.is_topic(owner) or pc.is_generic(owner) or \
                not p.SYMPTOM_HEAD.search(owner.lower().split()[-1]):
            return
        s.objects = [Phrase(f"{owner} {m.group(1).lower()}", ph.level, ph.surface)
                     if (m := _OWN_LOOK.fullmatch(ph.label))
                     and ph.surface.strip().lower().startswith(("its ", "their ")) else ph
                     for ph in s.objects]

    def _side_list_owner(self, r: _Reading, s: _Sides) -> None:
        """"Symptoms of <another thing> include ...": that thing has them, not the topic.

        A page on one condition lists the signs of its complications and of what
        may be mistaken for it; only lists of the topic itself (by any of its names, a
        form of it, or "the condition") are the topic's.
        """
        owner = _LIST_OWNER.search(r.trig_text)
        if owner is None:
            return
        said = pc.clean_phrase(owner.group("x"))
        if (self.said_of_topic(said) or pc.is_generic(said)
                or label_key(said).split()[-1:] == [self.kind_head]
                or label_key(said) in _KIND_OWNERS):
            return
        named = [ph for ph in phrases(said, split=False) if not pc.is_generic(ph.label)]
        if not named:
            return
        if r.trig.shape.subject is p.Side.TOPIC:
            s.subjects = named[:1]
        elif r.trig.shape.object is p.Side.TOPIC:
            s.objects = named[:1]

    def treated_harm(self, right: str) -> list[Phrase]:
        """Return the harm a remedy is given for, when the sentence names one, else []."""
        m = _IN_PEOPLE_WITH.match(right) or _IF_DEVELOPS.match(self._sentence_text)
        if m is None:
            # ("Kidney failure may need a transplant": the harm itself needs it)
            m = (_IF_HARM_ARISES.match(self._sentence_text)
                 or _harm_needing(_HARMED_PEOPLE_NEED, self._sentence_text)
                 or _harm_needing(_HARM_NEEDS, self._sentence_text))
        if m is None:
            return []
        return [ph for ph in phrases(pc.cut_clause(m.group("y")))
                if not self.is_topic(ph.label) and not pc.is_generic(ph.label)
                and not _PERSON_SUBJECT.search(ph.label)]

    # -- driver ------------------------------------------------------------
    def title_block(self) -> int:
        """Return the index of the heading that names the page, if site text comes before it.

        A helpline blurb or cookie notice above the page's own title heading is
        the site's, not the page's: blocks before that heading are not read.
        The heading must come early (in the first five blocks or the first
        third of the page), so a title repeated in a footer never hides the page,
        and what comes before it must be short (a few sentences): a page that
        joins two versions of its text repeats its title, and the first version
        is content.
        """
        doc = self.doc
        names = {label_key(t) for t in (doc.source.title or "", doc.title, self.topic)} - {""}
        for bi, block in enumerate(doc.blocks[: max(5, len(doc.blocks) // 3)]):
            if block.kind == HEADING and label_key(doc.text[block.start:block.end]) in names:
                before = [s for s in doc.sentences if s.block < bi]
                if any(self.mentions_topic(doc.text[s.start:s.end]) for s in before):
                    return 0  # text that names the topic is the page's own summary
                return bi if len(before) <= _SITE_TEXT_SENTENCES else 0
        return 0

    def list_kinds(self) -> dict[int, str]:
        """Return, per list item, the kind a sentence right after the list gives it.

        "These are symptoms of X." after a list makes its items symptoms of X;
        "These can be signs of <something else>" makes them about something
        else (:data:`.patterns.ELSEWHERE`): read as prose, never as the topic's.
        """
        doc = self.doc
        out: dict[int, str] = {}
        run: list[int] = []
        for bi, block in enumerate([*doc.blocks, None]):
            if block is not None and block.kind == ITEM:
                run.append(bi)
                continue
            signs = sum(bool(p.SYMPTOM_HEAD.search(doc.text[doc.blocks[i].start:min(
                doc.blocks[i].end, doc.blocks[i].start + 60)])) for i in run)
            if len(run) >= 3 and signs >= 0.6 * len(run):
                self.sign_lists.update(run)  # mostly named signs: a list of symptoms
            heads = [doc.text[doc.blocks[i].start:min(doc.blocks[i].end,
                                                      doc.blocks[i].start + 60)] for i in run]
            tests = sum(bool(_TEST_NAME.search(h) or names_sample(h)) for h in heads)
            if len(run) >= 2 and tests >= 0.6 * len(run):
                self.test_lists.update(run)  # mostly named tests and scans: ways to find it
            remedies = sum(bool(_REMEDY_NAME.search(h)) for h in heads)
            if len(run) >= 2 and remedies >= 0.6 * len(run):
                self.remedy_lists.update(run)  # mostly named remedies: ways to treat it
            if len(run) >= 3:
                for i in run:
                    self._runs[i] = run[0]  # read for its items' own words only when untyped
            if block is None:
                break
            if run and block.kind != HEADING:
                m = p.AFTER_LIST.match(doc.text[block.start:block.end])
                if m:
                    of = m.group("of")
                    kind = p.section_type(m.group("kind")) or p.ELSEWHERE
                    if of and not self.is_topic(pc.clean_phrase(of)):
                        kind = p.ELSEWHERE
                    for i in run:
                        out[i] = kind
            run = []
        return out

    def items_tell_signs(self, block_index: int) -> bool:
        """Return whether most items of a block's list carry a relation phrase of signs.

        "- A red ring, which may appear within a week", "- Painful knees, which often
        appear later on": no heading or lead-in says what the list is, but its items'
        own words say they tell the topic's signs, so each item's head is read as
        one (the sentences themselves are read as before, under no type).  The
        vote is taken only for a list no heading types, once per list.
        """
        first = self._runs.get(block_index)
        if first is None:
            return False
        found = self._sign_runs.get(first)
        if found is None:
            blocks = self.doc.blocks
            votes: dict[str, int] = {}
            size = 0
            # The first dozen items say what a list is: a table read as a list of
            # thousands of rows costs one look at a dozen, not a second pass over all.
            for i in range(first, min(len(blocks), first + _VOTING_ITEMS)):
                if blocks[i].kind != ITEM or self._runs.get(i) != first:
                    break
                size += 1
                said = self.doc.text[blocks[i].start:blocks[i].end]
                for family in {p.FAMILY_OF[t.predicate] for _, t in p.find_triggers(said)}:
                    votes[family] = votes.get(family, 0) + 1
            top = max(votes, key=lambda f: (votes[f], f)) if votes else None
            found = self._sign_runs[first] = top == "symptom" and 2 * votes[top] >= size
        return found

    def block_tells_signs(self, sents: list[tuple[int, int]]) -> bool:
        """Return whether most sentences of a paragraph no heading types say how the body
        looks or how people feel ("The skin becomes red and hot", "People feel very
        unwell"): a description of the topic's signs, read as one (at least two such)."""
        # The first dozen sentences say what a paragraph is (as a list's first dozen items
        # do): a wall of pasted text costs one look at a dozen, and the vote stops as soon
        # as it is decided.
        voting = sents[:_VOTING_ITEMS]
        needed = max(2, (len(voting) + 1) // 2)
        told = 0
        for i, (a, b) in enumerate(voting):
            told += _tells_sign(self.doc.text[a:b])
            if told >= needed:
                return True
            if told + len(voting) - i - 1 < needed:
                return False
        return False

    def skip(self, reason: str, n: int) -> None:
        """Count sentences not read, under the reason a report shows."""
        if n:
            self.skipped[reason] = self.skipped.get(reason, 0) + n

    def run(self) -> list[RawClaim]:
        doc = self.doc
        by_block: dict[int, list[tuple[int, int]]] = {}
        for sent in doc.sentences:
            by_block.setdefault(sent.block, []).append((sent.start, sent.end))
        first = self.title_block()
        self.after_list = self.list_kinds()
        for bi, block in enumerate(doc.blocks):
            if block.kind != ITEM or len(doc.text[block.start:block.end].split()) > 14:
                self._item_lead = None  # a paragraph, or a long item, ends what a lead-in led
            if block.kind == HEADING:
                if block.section in self._sign_sections and bi >= first:
                    self.sign_heading(block)
                continue
            sents = by_block.get(bi, [])
            if bi < first:
                self.skip("site text above the page title", len(sents))
                continue
            kind = self.block_type(bi)
            if kind is not None:
                self.block_kinds[bi] = kind
            if kind == p.SKIP:
                self.skip(f"site section {doc.section_title(block)!r}", len(sents))
                continue
            section = doc.section_title(block)
            field = p.INFOBOX_LINE.match(doc.text[block.start:block.end])
            if field is not None and block.kind == ITEM:
                self.infobox(block.start, block.end, field, section)
                continue
            asked = (kind in _NOUN_LINE_KINDS and block.kind != ITEM and bool(sents)
                     and (section or "").rstrip().endswith("?"))
            # A short answer under a question heading is the heading's list, also when more
            # sentences follow it: "How is it treated? With antibiotics and surgery. Many ..."
            lead = sents[:1]
            if asked and len(sents) > 1 and _BARE_YES_NO.match(doc.text[sents[0][0]:sents[0][1]]):
                lead = sents[1:2]  # "Yes. Clean any cuts ...": the answer after the yes
            begin = lead[0][0] if lead else block.start
            answer = (_ANSWER_LEAD.match(doc.text, begin, lead[0][1]) if asked and lead
                      else None)
            skip = (answer.end() if answer is not None else begin) - block.start
            end = lead[0][1] if lead else block.end
            # An untyped list whose items mostly say what the topic shows: its heads are signs.
            # A head glossed after a colon ("Early stage: ...") may name a stage, not a sign.
            item_kind = p.SYMPTOM if kind is None and block.kind == ITEM and ":" not in \
                doc.text[block.start:min(block.end, block.start + 80)] and \
                self.items_tell_signs(bi) else kind
            said_of_topic = block.kind == ITEM and kind not in (p.RISK, p.SKIP) and sents \
                and modal_item(doc.text[sents[0][0]:sents[0][1]])
            # ("- may follow minor trauma": a line said of the topic, read as a sentence)
            antecedent = None if said_of_topic else (
                self.item(bi, item_kind, sents, skip) if block.kind == ITEM or (
                kind in _NOUN_LINE_KINDS and len(sents) == 1 and _noun_line(
                    doc.text[block.start + skip:block.end])
                # ("Cases peak in late summer." says something: a sentence, no name alone)
                and not _said_sentence(doc.text[block.start + skip:block.end])
                # ("Symptoms depend on the organs affected." says how the signs go)
                and not _SIGNS_CLAUSE.match(doc.text, block.start + skip, block.end)
                # ("Two days after the bite, symptoms start.")
                and not _SIGNS_CLAUSE_AFTER.search(doc.text, block.start + skip, block.end)
                # ("The virus stays dormant." under causes says how it comes about, "The
                # blisters burst and crust over." under complications how they go; under
                # symptoms "The swelling goes down after a day" still names its sign)
                # ("Antibody tests become positive after a week." under diagnosis: a result)
                and not (kind in (p.RISK, p.CAUSE, p.COMPLICATION, p.DIAGNOSIS, p.TREATMENT,
                                  p.PREVENTION) and _subject_verb_line(
                    doc.text[block.start + skip:block.end]))) else None)
            if antecedent is None and block.kind != ITEM and kind in _GLOSSED_HEAD_KINDS and \
                    sents and _fragment_lead(doc.text[sents[0][0]:sents[0][1]], len(sents)) \
                    and (kind in (p.RISK, p.CAUSE) or not any(
                        ch.isdigit() for ch in doc.text[sents[0][0]:sents[0][1]])):
                # (a date, "February 3, 2020.", heads no sign)
                # "Weakened immune system. People with ..." under risk factors: a lead-in
                # name (bold on the page) glossed by the sentences after it, as an item is.
                antecedent = self.item(bi, kind, sents[:1], skip)
            if antecedent is None and block.kind != ITEM and kind in (p.RISK, p.CAUSE) and \
                    len(sents) == 1 and _GERUND_LINE.match(doc.text, sents[0][0], sents[0][1]) \
                    and not any(True for _ in p.find_triggers(doc.text[sents[0][0]:sents[0][1]])) \
                    and not _MODAL_CLAUSE.search(doc.text, sents[0][0], sents[0][1]):
                # "Having a wound that becomes infected." as a line of its own under risk
                # factors: a factor named as what people do or have, as a list item is.
                antecedent = self.item(bi, kind, sents, skip)
            if antecedent is None and block.kind != ITEM and kind == p.RISK and \
                    len(sents) == 1 and _PEOPLE_MEMBER.match(doc.text[sents[0][0]:sents[0][1]]) \
                    and (_listed_answer(doc.text[sents[0][0]:sents[0][1]]) or (
                        asked and _people_member(doc.text[sents[0][0]:sents[0][1]].rstrip(".")))):
                # "Older adults, people with X and anyone with Y." under a risk heading: the
                # groups at risk, listed in a line as an answer lists them (under "Who is at
                # risk?" one group alone answers too: "Men aged over 50.").
                antecedent = self.item(bi, kind, sents, skip, answer=True)
            answer_text = doc.text[block.start + skip:end]
            if ", " in answer_text:
                # "A germ called X, which is spread by bites.": named before the clause
                answer_text = _ITEM_RELATIVE_TAIL.sub(".", answer_text)
            if antecedent is None and asked and block.kind != ITEM and (
                    answer is not None or (_noun_line(answer_text)
                                           and not _said_sentence(answer_text))
                    or _listed_answer(answer_text)):
                antecedent = self.item(bi, kind, lead, skip, answer=True)
            previous: list[RawClaim] = []
            carried: tuple[str, str | None] | None = None  # "it" of the sentence before
            headed = self.heading_condition(section) if block.kind != ITEM else None
            if kind is None and block.kind != ITEM and len(sents) > 1 and \
                    self.block_tells_signs(sents):
                kind = p.SYMPTOM  # a paragraph of signs under no typed heading reads as one
            for j, (s, e) in enumerate(sents):
                nxt = sents[j + 1] if j + 1 < len(sents) else None
                after = nxt is not None and hedges_previous(doc.text[nxt[0]:nxt[1]])
                before = doc.text[sents[j - 1][0]:sents[j - 1][1]] if j else ""
                first_new = len(self.out)
                said = antecedent
                self._it_remedy = None
                if said is None and previous and kind in (p.TREATMENT, p.PREVENTION, None):
                    said = _remedy_named_before(previous, doc.text[s:e])
                    self._it_remedy = said if said and it_does_care(doc.text[s:e]) else None
                if said is None and previous and kind not in _NOT_CHAIN_KINDS:
                    said = step_pointed_back_to(previous, doc.text[s:e], before)  # "This leads to"
                self._it_harm = harm_named_back(doc.text[s:e], before, self._harms_named) \
                    if said is None and before and "treat" in doc.text[s:e] else None
                # The line before, also across blocks: a list line may name the group the
                # next line's figures are about (lead_groups).
                line_before = before or (
                    doc.text[by_block[bi - 1][-1][0]:by_block[bi - 1][-1][1]]
                    if bi and by_block.get(bi - 1) else "")
                self._elsewhere = bool(before) and (
                    self.points_elsewhere(doc.text[s:e], before)
                    or self.complication_named_back(doc.text[s:e], before, previous))
                self._elsewhere_name = self.elsewhere_name(doc.text[s:e], before, previous) \
                    if self._elsewhere else None
                self._elsewhere_label = self._condition_label(self._elsewhere_name) \
                    if self._elsewhere_name is not None and not defined_as_care(before) else None
                if not self._elsewhere and carried is not None and points_back(
                        doc.text[s:e]) and not self.mentions_topic(doc.text[s:e]):
                    # "X is a complication. It is more common in older people. It can be
                    # treated with Y": "it" goes on standing for X
                    self._elsewhere = True
                    self._elsewhere_name, self._elsewhere_label = carried
                if not self._elsewhere and headed is not None and (points_back(
                        doc.text[s:e]) or _GETS_IT.search(doc.text[s:e])
                        or _SUBJECTLESS_LIST.match(doc.text[s:e])) and \
                        not self.mentions_topic(doc.text[s:e]):
                    # "It can last for months", "About 1 in 5 people get it", "Symptoms
                    # include A" in a section headed by a complication's name
                    self._elsewhere = True
                    self._elsewhere_name = self._elsewhere_label = headed
                if not self._elsewhere and self._complications and \
                        not self.mentions_topic(doc.text[s:e]) and (own := complication_subject(
                            doc.text[s:e], self._about_topic, self._complications)) is not None:
                    # "Plonkitis affects the knees", "People with plonkitis have joint pain":
                    # what is said there of no other subject is the complication's
                    self._elsewhere_name, self._elsewhere_label = own, self._condition_label(own)
                    self._elsewhere = self._elsewhere_label is not None
                self._harms_before = {c.object for c in previous if c.object is not None and
                                      c.predicate in (v.HAS_COMPLICATION, v.HAS_SYMPTOM)
                                      and self.is_topic(c.subject)}
                self._sentence_before = before
                self.sentence(s, e, section, kind, said, after, before, line_before)
                for aside in self.topic_asides(doc.text[s:e]):
                    # "The illness, which is often mistaken for flu, can ...": the aside
                    # says something of the topic too (the relation rules drop asides).
                    self.sentence(s, e, section, kind, said, after, before, line_before,
                                  aside=aside)
                carried = (self._elsewhere_name, self._elsewhere_label) \
                    if self._elsewhere and self._elsewhere_name is not None else None
                self._elsewhere = False
                if previous and len(self.out) == first_new:
                    self.members_of_class(previous, (s, e), section)
                elif not previous and before and not any(
                        c.measure is None and c.predicate in _RISKLIKE
                        for c in self.out[first_new:]) and _THINGS_RAISE_RISK.search(before):
                    # (figures and a risk of its own the list names are no reading of it)
                    self.members_raise_risk(before, (s, e), section)
                if len(self.out) == first_new and before and kind in _CLASS_TALK_KINDS:
                    self.signs_of_class_before(before, (s, e), section)
                if len(self.out) == first_new and kind == p.RISK:
                    # "Some long-term conditions slow blood flow. These include A and B."
                    # under a heading of risk factors: each member is one
                    self.members_raise_risk(before, (s, e), section)
                previous = self.out[first_new:]
            if block.kind == ITEM and _TRAILING_CITES.sub(
                    "", doc.text[block.start:block.end]).rstrip().endswith(":"):
                self._item_lead = bi
        return self.out


# A remedy named by its kind, in a list item's first words: a list of these is one of care.
_REMEDY_NAME = re.compile(rf"\b(?:{_REMEDY_KINDS})\b", re.IGNORECASE)


def _tells_sign(text: str) -> bool:
    """Return whether a sentence says how a body part looks or how people feel, in the
    words :meth:`DocumentRules.states` reads as signs.

    Narrower than that reader on purpose: a part counts only when named right before its
    state, not through "one side of your face", so a page's opening line about a swollen
    nerve does not make its paragraph a description of signs (sharing the reader's part
    logic here turned such a paragraph on a tune page into signs and lost a right claim).
    """
    if any(FEELINGS.get(m.group("adj").lower()) for m in _FEELS.finditer(text)):
        return True
    for m, trig in p.find_triggers(text):
        if p.FAMILY_OF[trig.predicate] == "symptom" and trig.predicate == v.HAS_SYMPTOM and \
                any(p.SYMPTOM_HEAD.search(ph.label) for ph in phrases(pc.cut_clause(
                    text[m.end():]))):
            return True  # "People typically develop a headache and sore muscles"
    for m in _PART_STATE.finditer(text):
        part = m.group("part").lower()
        at_part = part in ("area", "affected area") or _site_word(part.split()[-1]) in BODY_PARTS
        if at_part and any(STATE_NOUNS.get(adj) or _PART_HUES.get(adj) for adj in re.split(
                r"\s*,\s*(?:and |or )?|\s+(?:and|or)\s+", m.group("adjs").lower())):
            return True
    return False


# Sections that talk of the topic's signs and harms: there "it causes the skin to become
# red" names a sign, and a class of signs or harms named in one sentence is listed in the next.
_SIGN_TALK_KINDS = (None, p.SYMPTOM, p.COMPLICATION, p.PROGNOSIS)
# ... and where a class of causes is named, then listed ("Some medicines can cause it. These
# include A and B.").
_CLASS_TALK_KINDS = (*_SIGN_TALK_KINDS, p.CAUSE, p.RISK)
# Sections where "This leads to" goes on about a sign or a care step, not a chain of causes.
_NOT_CHAIN_KINDS = (p.SYMPTOM, p.TREATMENT, p.PREVENTION, p.DIAGNOSIS)
# "These include A and B", "Examples include A": the members of the class just named.
_THESE_INCLUDE = re.compile(r"\s*(?:these|those|they|examples|such (?:\w+ )?(?:conditions|things|"
                            r"factors|medicines|drugs|germs|problems))\s+(?:may |can |often )?"
                            r"(?:include|includes|are)\s*:?\s+(?P<list>[^.;]+)", re.I)
# "Several things can raise your risk of getting it": a class of factors, named next.
_THINGS_RAISE_RISK = re.compile(
    r"\b(?:things|factors|conditions|activities|habits|circumstances|situations)\b[^.;]{0,40}?"
    r"\b(?:increase|increases|raise|raises|heighten|heightens|make|makes)\s+(?:your|the|a "
    r"person's|someone's|their)\s+(?:risk|chances?|likelihood)(?:\s+of\s+(?:getting|developing|"
    r"having)?\s*(?P<of>[\w' -]{2,40}?))?\s*(?:[.;,]|$)"
    # "Certain people are at even higher risk of getting it. Those include ...": who
    r"|\b(?:certain|some) (?:people|groups|individuals|patients)\b (?:are|may be) (?:at )?(?:an? )?"
    r"(?:even |much |far |particularly )?(?:higher|greater|increased|high|special) risk"
    r"(?:\s+(?:of|for)\s+(?:getting|developing|having)?\s*(?P<of2>[\w' -]{2,40}?))?"
    r"\s*(?:[.;,]|$)", re.I)
# Relations a class can have for its members to inherit.
_CLASS_RELATIONS = frozenset({v.INCREASES_RISK_OF, v.CAUSES, v.CONTRIBUTES_TO, v.HAS_COMPLICATION,
                              v.HAS_SYMPTOM, v.USED_FOR, v.PREVENTS, v.DIAGNOSED_BY})
_LIST_ASIDE = re.compile(r"(?<=\band),\s*(?:in (?:some|rare|a few|severe|extreme) cases|"
                         r"sometimes|rarely|occasionally|eventually),\s*", re.I)
_BARE_YES_NO = re.compile(r"\s*(?:yes|no)\W*$", re.I)
# The lead word of a short answer under a question heading: "Who gets it? Mostly older
# adults.", "How is it treated? With antibiotics and rest."
_ANSWER_LEAD = re.compile(r"\s*(?:(?:yes|no),?\s+)?(?:mostly|mainly|usually|often|most often|"
                          r"typically|generally|especially|chiefly|with|by|through|using)\s+",
                          re.I)
# "most likely to be affected" ranks who is affected; it hedges nothing.
_LIKELIEST_AFFECTED = re.compile(r"\b(?:most|more) likely to be affected\b", re.I)
# A line that opens with what people have or do ("Having a wound ...", "Using ...").
_GERUND_LINE = re.compile(r"\s*(?:having|being|using|taking|getting|undergoing|living with)\s"
                          r"(?:\S+\s){0,14}\S+\s*$", re.I)
# An injury that lets an infection in ("a minor injury such as a cut", "a scrape").
_INJURY_NAME = re.compile(r"\b(?:injur(?:y|ies)|cuts?|wounds?|scrapes?|grazes?|bites?|trauma|"
                          r"surgery|operations?|punctures?|splinters?|abrasions?|lacerations?)\b",
                          re.I)
# A clinician's item of care opening with the verb of giving: "- consider IVIG", "- start
# antibiotics early", "- offer painkillers".
_PRESCRIBER_VERB = re.compile(r"^\s*(?:consider|offer|add|start|begin|commence|give|"
                              r"administer|prescribe)\s+(?:(?:an?|the|some|early|empirical|"
                              r"empiric|prompt)\s+)?(?P<x>[^.;:]{2,80}?)(?:\s+(?:early|promptly|"
                              r"immediately|urgently|straight away|if (?:needed|required)))?"
                              # ("- give paracetamol or ibuprofen for pain": what for)
                              r"(?:\s+(?:for|to treat|to ease|to help with)\s+[\w' -]{2,40})?"
                              r"\s*[.;]?\s*$", re.I)
# "in severe streptococcal cases": which cases a remedy is for, no part of its name.
_IN_WHICH_CASES = re.compile(r"\s+(?:in|for) (?:(?:the )?(?:most )?[\w-]+ ){0,3}(?:cases|"
                             r"patients|disease|illness)\s*$", re.I)
# A line under causes that is a clause of how it comes about: "toxins act as superantigens",
# "the bacteria release a toxin into the blood".
_HOW_IT_WORKS_ITEM = re.compile(
    r"^\s*(?:the |some |these |its )?(?:[\w-]+ ){0,2}?(?:toxins?|bacteri(?:um|a)|germs?|"
    r"virus(?:es)?|cells?|antibod(?:y|ies)|proteins?|immune system|body|organisms?) (?:can |may |"
    r"then |also |often )?(?:act|acts|release|releases|produce|produces|make|makes|attack|"
    r"attacks|enter|enters|spread|spreads|damage|damages|bind|binds|activate|activates|trigger|"
    r"triggers|stimulate|stimulates|invade|invades|multiply|multiplies|block|blocks|"
    r"destroy|destroys)\b", re.I)
# "(check) the level of calcium in your urine", "your calcium levels": a test of the level.
_LEVEL_CHECKED = re.compile(
    r"\s*(?:the |your |their )?(?:levels? of (?:the )?(?P<a>[\w-]+(?: [\w-]+)?)(?: in (?:the |"
    r"your |their )?(?P<in>blood|urine|saliva|stools?))?|(?P<b>[\w-]+(?: [\w-]+)?) levels?"
    r"(?: in (?:the |your |their )?(?P<in2>blood|urine|saliva|stools?))?)(?=\s*(?:[.;,]|$)|"
    r"\s+(?:and|to|for|as|because|every)\b)", re.I)
# When a test is done, said just before a time: "a hearing test within (four weeks)".
_TEST_WITHIN = re.compile(r"\b(?:tests?|scans?|check(?:-up)?s?|reviews?|appointments?|"
                          r"screening|x-rays?)\s+(?:within|after|in|at)\s+(?:about\s+)?$", re.I)
# A test's instruction just before a time: "asked to walk for", "need to fast for".
# ("You may need to take X for 2 weeks": how long the remedy is kept up, a course's period)
_ASKED_TO_DO_FOR = re.compile(r"\b(?:asked|told|need|needs|have|has)\s+to\s+"
                              r"(?!(?:take|use|continue|keep taking|stay on|receive)\b)"
                              r"(?:[a-z]+\s+){1,3}?"
                              r"for\s+(?:about\s+|around\s+|up\s+to\s+|at\s+least\s+)?$",
                              re.I)
# The page's illness named by its class, in a sentence's subject.
_THE_ILLNESS_SAID = r"the (?:condition|illness|disease|infection|syndrome)"
# "It can raise calcium levels in the blood", "The illness may lower blood pressure".
_LEVEL_CHANGED = re.compile(
    # ("cut down on calcium, because the condition can raise ...": the reason's clause)
    # ("X should be avoided because it can increase ...": that "it" is X)
    rf"(?:^\s*(?:it|this|{_THE_ILLNESS_SAID})|,?\s+(?:because|as|since)\s+{_THE_ILLNESS_SAID})"
    r"\s+(?:can |may |often "
    r"|sometimes |also |might |could |will )*(?P<way>raise|raises|increase|increases|lower|"
    r"lowers|reduce|reduces|decrease|decreases)\s+(?:the |your |a person's )?(?:(?:level|"
    r"amount)s? of (?:the )?(?P<x>[a-z -]{2,30}?)|(?P<x2>[a-z -]{2,30}?)(?: levels?)?)"
    r"(?: in (?:the |your )?(?:blood|urine))?\s*(?:[.;,]|$)", re.I)
# "(Rarely,) it (can) affect(s) the heart or brain": the parts the topic reaches.
_IT_AFFECTS = re.compile(r"^\s*(?:(?:rarely|sometimes|occasionally|often|in rare cases|in some "
                         rf"cases|in some people),?\s+)?(?:it|this|{_THE_ILLNESS_SAID})\s+"
                         r"(?:can |may |might |also |sometimes |often |rarely |occasionally )*"
                         r"affects?\s+", re.I)
# "(it can increase) the risk of X": a risk, no level.
_CHANCE_WORD = re.compile(r"\s*(?:risks?|chances?|likelihood|odds|rates?|number|incidence)\b",
                          re.I)
# A clinician's command naming the remedies: "Treat with X and Y".
# A gloss that is a clause: "your eyes may feel gritty", "most people feel very tired".
_GLOSS_CLAUSE = re.compile(r"\s*(?:(?:your|their|the|most|some|many|you|people|it|they|this)\b"
                           r"[\w' ]{0,30}?\s(?:may|can|might|often|usually|feel|feels|find|finds|"
                           r"is|are|get|gets|become|becomes|have|has)\b)", re.I)
_TREAT_WITH = re.compile(r"^\s*(?:treat|manage)(?: (?:it|them|patients))? with\s", re.I)
_ADMIT_COMMAND = re.compile(r"^\s*(?:consider )?(?:admit|admitting|hospitali[sz]e)\b", re.I)
# "(damage organs) such as the kidneys, liver and heart": the organs named.
_ORGANS_SUCH_AS = re.compile(r",?\s+(?:such as|including|like)\s+(?P<x>[^.;]+)", re.I)
# A line that is only a noun phrase ("Chronic kidney failure.") under a typed heading is
# a member of that heading's list, bullet or no bullet.
_DETERMINERS = frozenset({"the", "a", "an", "your", "their", "its", "this", "these", "his", "her"})
_NOUN_LINE_KINDS = (p.RISK, p.CAUSE, p.COMPLICATION, p.SYMPTOM, p.TREATMENT, p.DIAGNOSIS,
                    p.LOOK_ALIKE)
_NOT_NOUN_LINE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|can|may|might|will|would|should|could|must|has|have|"
    r"had|do|does|did|don't|doesn't|causes?|caused|includes?|included|leads?|makes?|gets?|takes?|"
    r"you|your|we|our|it|its|this|these|they|their|there|here|please|call|see|ask|contact|"
    r"speak|talk|visit|read|find|click|share|go|results|arises|stems|comes|happens|occurs|"
    r"spreads|usually|often|sometimes|always|never|normally|generally|mostly|mainly|rarely|need|"
    r"needs|require|requires|involve|involves|improve|improves|works?|helps|feels|turns|"
    r"looks|becomes|seems|appears|develop|develops|developed|suffer|suffers|experience|"
    r"experiences|die|dies|describe|describes|report|reports|notice|notices|complain|"
    r"complains|shows|showed|shown|proved|proven|remains|reduced|reduces|lowers|lowered|"
    r"receive|receives|received|tends?|runs|clusters?(?= in\b)|seems|confers?|"
    # "Most cases come from X", "X accounts for most cases": a verb, no name alone
    r"come(?= from\b)|accounts?(?= for\b))\b"
    # "Doctors often use zorbacillin": one who treats, using something
    r"|\b(?:doctors?|surgeons?|clinicians?|specialists?|physicians?|hospitals?|nurses?) "
    r"(?:\w+ )?uses?\b"
    # "Doctors prescribe painkillers", "Steroid tablets reduce swelling": a verb after the
    # first word (not "to reduce", an item's purpose; not a command's first word)
    r"|(?<=\w )(?<!\bto )(?:prescribes?|prescribed|recommends?|offers?|gives?|reduce|"
    r"relieves?|eases?|treats?|prevents?|controls?|stops?|kills?|neutrali[sz]es?|"
    r"protects?)\b"
    r"|\d|[:?!]\s*$", re.IGNORECASE)


# --- how relation phrases are read: a trigger's own steps, then claim rules ----
def _own_right(right: str) -> str:
    """Return the words after a relation phrase that are its right side: not a second verb
    phrase ("more likely to get it and to get it badly"), not a new clause about "it"
    ("caused by a germ called G, it is contagious and ..."), not a clause after a semicolon
    ("Not everyone needs treatment; many people get better": no remedy named)."""
    if ";" in right:
        right = _SEMICOLON_CLAUSE.split(right, maxsplit=1)[0]
    if " include" in right:  # "Early signs are vague and include A": the list after it
        right = _SAID_THEN_INCLUDE.sub(" ", right, count=1)
    gloss = _GLOSSED_BY_RELATIVE.match(right) if "," in right else None
    if gloss is not None and not _AND_OR.search(right) and "NOUN" in all_lemmas(
            gloss["last"].lower()):
        right = gloss["a"]  # "nerve pain (NP), pain that stays for months": one harm, glossed
    return _IT_CLAUSE.split(_SECOND_VERB.split(right, maxsplit=1)[0], maxsplit=1)[0]


# A name, then a one-word noun with a relative clause of its own after a comma: it glosses
# the name ("nerve pain (NP), pain that stays"; a list of two joins them with "and" or "or";
# "large, deep ulcers that ..." ends its first part in no noun).
_GLOSSED_BY_RELATIVE = re.compile(r"^(?P<a>[^,;()]*?(?P<last>[\w-]+)(?:\s*\([^()]*\))?),\s*"
                                  r"(?:an? )?[\w-]+\s+(?:that|which)\s", re.I)
_AND_OR = re.compile(r"\b(?:and|or)\b", re.I)
# A lead naming a sign and what it can do ("The patches can:"), its items verb phrases.
_SIGN_CAN_LEAD = re.compile(r"(?:^|\.\s+)(?:the |your |these |its )?(?P<sign>[a-z][\w -]{2,30}?) "
                            r"(?:can|may|might|will|often|sometimes)(?: also)?\s*:\s*$", re.I)
# An item under "you may:" that opens with the verb of finding a sign ("- notice painful
# lumps", "- develop a rash"): the sign is what comes after it.
_NOTICE_ITEM = re.compile(r"^\s*(?:notice|experience|develop|suffer from|start to have|"
                          r"get(?! (?:better|worse|bigger|smaller|larger|well|over|rid)\b))\s+"
                          r"(?=(?:an? |some |the )?[a-z])", re.I)
_VERB_ITEM = re.compile(r"^\s*(?:look|get|spread|turn|become|burst|leave|feel|appear|grow|"
                        r"join|crust|weep|ooze|heal|last|come)\b", re.I)

# An item of a "get help if:" list that names the illness and something more the person has.
_HAVE_IT_AND = re.compile(r"^\s*(?:you|they|your child|the person|he|she)\s+(?:have|has|have "
                          r"got|'ve got)\s+(?P<it>[\w' -]{2,40}?)\s+and\s+", re.I)
# "(must not be used) in pregnancy / in children": a group a remedy is kept from.
_NOT_FOR_SOME = re.compile(r"\s+(?:in|during|for) (?:pregnancy|pregnant women|children|babies|"
                           r"infants|people with|those with|patients with)\b", re.I)
_NOT_BEFORE = re.compile(r"\b(?:not|never)\b|n't\b", re.I)
# The topic's agent opening a clause ("The bacteria infect ...", "Its toxins ...").
_AGENT_LEAD = re.compile(r"^\s*(?:the |these |its |this )?(?:toxins?|bacteri(?:a|um)|germs?|"
                         r"virus(?:es)?|infection|organisms?)\b", re.I)
# A heading over how the illness works ("Mechanism", "Pathophysiology", "How it develops").
_HOW_IT_WORKS_HEADING = re.compile(r"mechanism|pathophysiology|pathogenesis|how (?:it|the "
                                   r"(?:illness|disease|infection)) (?:works|develops|happens|"
                                   r"harms)", re.I)
# "(Early signs are) nonspecific and include A, B": a word on them, then their list.
_SAID_THEN_INCLUDE = re.compile(r"^\s*(?:(?:very|often|usually|quite|fairly) )?[a-z-]+ and "
                                r"(?:(?:may|can|often|usually|typically) )?(?:include|includes)"
                                r"\b:?\s*", re.I)
# A list's lead-in of care for the signs ("To ease symptoms:", "Things that help with the
# pain:"): the items are remedies, whatever sign word the lead names.
_EASE_SIGNS_LEAD = re.compile(r"^\s*(?:(?:things|ways) (?:that |which )?(?:can )?(?:help )?|"
                              r"how )?(?:to )?(?:ease|relieve|help(?: with)?|soothe|manage|"
                              r"control|treat)s? (?:the |your |their |any )?(?:symptoms|signs|"
                              r"pain|discomfort|itch(?:ing)?|fever)\s*:?\s*$"
                              # "Your symptoms can be eased with:", "Pain may be relieved by:"
                              r"|^\s*(?:the |your |their |any )?(?:symptoms|signs|pain|discomfort|"
                              r"itch(?:ing)?|fever) (?:can|may|might|will|should|are|is) (?:often |"
                              r"usually |also )?(?:be )?(?:eased|relieved|helped|soothed|managed|"
                              r"controlled|treated|reduced) (?:with|by|using|through)\s*:\s*$",
                              re.I)
# The thing "Doctors treat <it> with" names (see the "treated-with" phrase).
_DOCTORS_TREAT = re.compile(r"\b(?:treat|manage) (?P<what>[\w' -]{2,50}?) (?:with|using)$", re.I)
_ONSET_OF_LEAD = re.compile(r"^\s*(?:an? |the )?(?:sudden|abrupt|rapid|acute) onset of\s+",
                            re.I)
# "admission for IV zorbacillin" in a list of care: the care one is admitted for.
_ADMISSION_FOR = re.compile(r"^\s*(?:hospital\s+)?admission(?:\s+to\s+hospital)?\s+for\s+(?=\S)",
                            re.I)
# Which cases a note's item is for, before a dash ("severe cases - admission for X").
_CASES_DASH_LEAD = re.compile(r"^\s*(?:in\s+)?(?:(?:more|most|very)\s+)?(?:severe|serious|mild|"
                              r"milder|moderate|complicated|uncomplicated|recurrent|resistant|"
                              r"chronic|acute|early|late)\s+(?:cases?|disease|infections?)\s*"
                              r"(?:-|\u2013|\u2014|:)\s+", re.I)
# The signs as a sentence's whole subject ("Early symptoms (often) resemble ...").
_SIGNS_SUBJECT = re.compile(r"\s*(?:the |its |your |their )?(?:(?:early|first|initial|main|"
                            r"usual|typical|later) )?(?:signs|symptoms)"
                            r"(?: (?:of|in) [\w' -]{1,30})?"
                            r"(?: (?:often|usually|can|may|might|typically|sometimes))?\s*", re.I)
# An aside between two dashes ("X - a thin layer round the lungs - becomes ...").
_DASH_ASIDE = re.compile(r"\s(?:-|\u2013)\s[^-\u2013\u2014.;]{3,120}?\s(?:-|\u2013)\s|"
                         r"\u2014[^\u2014.;]{3,120}?\u2014")
# A name with a relative clause of what it does ("A urine test that detects X is ..."): the
# clause's pronoun, and what it does its verb to, short and with no comma.
_NAMED_BY_WHAT_IT_DOES = frozenset({v.DIAGNOSED_BY, v.USED_FOR, v.EFFECTIVE_FOR})
_THAT_END = re.compile(r"(?<=\w)\s+(?:that|which)\s*$", re.I)
_SHORT_OBJECT = re.compile(r"\s*[\w'-]+(?:\s+[\w'-]+){0,4}\s*")
# An aside naming a cause between commas ("X, caused by Y, may be present"), and what is
# left of it before the next phrase: the cause's words and a comma.
_ASIDE_CAUSES = frozenset({"caused-by", "triggered-by"})
_ASIDE_END = re.compile(r"[^,;()]{1,60},\s*")
# "... follows one to two weeks later": some time after the illness began.
_SPAN_LATER = re.compile(p.SPAN_LATER, re.I)
# Where one name of a list ends and the next begins ("A, such as B and C").
_LISTED_NAMES = re.compile(r",|\b(?:and|or|such as|including|like)\b", re.I)


# A semicolon before words that open a clause of their own (a list's next member would be
# a name): "...; many people get better", "...; it usually ...", "...; however ...".
_SEMICOLON_CLAUSE = re.compile(r";\s+(?=(?:many|most|some|others?|it|they|this|these|people|"
                               r"patients|you|but|however|otherwise|in|for)\b)", re.I)


@dataclass(slots=True)
class _Reading:
    """One relation phrase being read: its trigger, the words either side, what it says.

    Mutable on purpose: a trigger's steps narrow the words or change the predicate
    before the sides are read (see :data:`_STEPS`).
    """

    trig: p.Trigger
    left: str
    right: str
    predicate: str
    span: tuple[int, int]
    section: str | None
    kind: str | None
    antecedent: str | None
    hedged: bool
    negated: bool
    diagnostic: bool
    trig_text: str
    trig_at: int = -1  # where trig_text starts in the sentence (DocumentRules._sentence_text)


@dataclass(slots=True)
class _Sides:
    """The phrases either side of a relation phrase, and which are subjects and objects."""

    lhs: list[Phrase]
    rhs: list[Phrase]
    subjects: list[Phrase]
    objects: list[Phrase]
    topic: list[Phrase]
    # The signs a diagnosis rests on ("the signs and symptoms of A and B"): the topic's own,
    # claimed by :meth:`DocumentRules.relation`, and the words that name them.
    signs: list[str] = field(default_factory=list)
    signs_said: str = ""
    # What else every pair says, through the same claim rules ("used to prevent and treat").
    also: tuple[str, ...] = ()


@dataclass(slots=True)
class _Pair:
    """One subject-object pair on its way to a claim; the claim rules may change it."""

    pred: str
    s: str
    o: str
    s_top: bool
    o_top: bool
    level: str | None = None  # the subject's level ("lack of a spleen": deficiency)


_Step = Callable[[DocumentRules, _Reading], bool]


# Grave states an illness can go into, named by one word ("shock", "coma").
_ACUTE_HARM = re.compile(r"(?:(?:septic|toxic|circulatory) )?shock|coma|cardiac arrest|"
                         r"respiratory arrest", re.I)


def _plain_sign(label: str) -> bool:
    """Return whether a name is a sign and no harm ("irritability", not "kidney failure"):
    what an illness comes with under a heading of signs is then one of its signs."""
    return bool(p.SYMPTOM_HEAD.search(label)) and not _HARM_HEAD.search(label)


def _adjust_second_participle(rules: DocumentRules, r: _Reading) -> bool:
    """"X is a serious illness caused by A, most often linked to B": the second participle
    is said of X too, as the first was (its left words are the first one's object)."""
    said = rules._sentence_text.lstrip()
    if r.left.rstrip().endswith(",") and _BARE_PARTICIPLE.match(r.trig_text) and (
            any(w and said.lower().startswith(w) for w in rules.topic_words)
            or _TOPIC_FIRST.match(said)) and said.find(r.left.strip()) > 0:
        r.left = ""
        r.antecedent = rules.topic
    return False


# A participle with no verb of its own: "(most often) linked to", "associated with".
_BARE_PARTICIPLE = re.compile(r"\s*(?:(?:most |more |often |usually |commonly |also |"
                              r"strongly |closely |frequently )*)(?:linked|associated|"
                              r"connected|tied) (?:to|with)\b", re.I)


def _read_grave_associated(rules: DocumentRules, r: _Reading) -> bool:
    """"It can be associated with kidney failure and shock": grave harms the topic goes
    with are its complications, not what raises its risk."""
    near = left_side(r.left).strip()
    said = pc.clean_phrase(near)
    if not (rules.is_topic(said) or pc.TOPIC_ALIASES.match(near) or said.lower() in ("it",
                                                                                     "this")):
        return False
    harms = phrases(pc.cut_clause(r.right))
    if not harms or not all(_names_grave_harm(ph.label) or _HARM_HEAD.search(ph.label)
                            or _ACUTE_HARM.fullmatch(ph.label) for ph in harms):
        return False
    if r.kind == p.SYMPTOM and all(_plain_sign(ph.label) for ph in harms):
        return False  # "It is associated with irritability", under signs: a sign of it
    for ph in harms:
        rules.emit(rules.topic, v.HAS_COMPLICATION, ph.label, r.span, ph.surface, r.section,
                   hedged=r.hedged, negated=r.negated, rule="phrase:associated",
                   confidence=0.65)
    return True


# "..., with a lifelong risk of A, B and C": a risk the linked thing brings, after the link.
_WITH_RISK_TAIL = re.compile(r"[,;]\s*with (?:an? |the )?(?:(?:lifelong|life-long|lifetime|"
                             r"long-term|real|serious|significant|high|higher|increased|greater"
                             r") )?risk of (?:developing |getting )?(?P<y>[^.;]+)", re.I)


_AND_OWN_VERB = re.compile(r"\s+and\s+(?=(?:has|have|is|are|can|may|might|often|usually|"
                           r"typically|causes?|leads?|results?)\s)", re.I)
# "Cases caused by germ X are linked to ...": the words before the germ, read by "caused by".
_CASES_OF_GERM = re.compile(r"\b(?:cases|infections?)\s+(?:caused by|due to|with|from)\s*$", re.I)


# "X is a (rare type of) infection that ...": the topic defined, then a clause of its own.
_DEFINED_THAT = re.compile(r"^\s*(?P<t>[^,.;]{2,60}?) (?:is|are) (?:an?|the) [\w' -]{2,60}? "
                           r"(?:that|which) $", re.I)
# A sentence's last clause, opened by ", which" ("..., which may be triggered by X.").
_WHICH_TAIL_CLAUSE = re.compile(r",\s+which\s+(?P<said>(?:is|are|can|may|might|could|often|"
                                r"usually|has|have|was|were)\b[^,;]*?(?:,[^,;]*?)*)[.;]?\s*$",
                                re.I)
# "Inflammation caused by X can affect ...": a bare noun before "caused by", a verb after X.
_BARE_NOUN_LEFT = re.compile(r"^\s*(?:the |an? )?[\w-]+(?: [\w-]+)?\s*$", re.I)
_AGENT_THEN_VERB = re.compile(r"^\s*(?P<x>[^,.;]{2,60}?)\s+(?:can|may|might|could|will|would|is|"
                              r"are|was|were|often|usually|affects?|damages?|leads?)\b", re.I)


_ONSET_OF_IT = re.compile(r"^\s*(?:the )?(?:onset|development|start|beginning) of (?:the |this )?"
                          r"(?:disease|illness|condition|disorder|infection)\b|^\s*(?:its|the) "
                          r"(?:onset|development)\b", re.I)


def _adjust_onset_of_it(rules: DocumentRules, r: _Reading) -> bool:
    """"Hormones may contribute to the onset of the disease": to the topic's onset, the topic."""
    if _ONSET_OF_IT.match(r.right):
        r.right = f" {rules.topic}"
    return False


def _adjust_how_after_colon(rules: DocumentRules, r: _Reading) -> bool:
    """"X is the best way to lower the risk: clean all wounds and cover them": X keeps the
    topic away; what follows the colon says how, and names nothing prevented."""
    if r.right.lstrip().startswith(":"):
        r.right = f" {rules.topic}"
    return False


def _adjust_caused_by_before_verb(rules: DocumentRules, r: _Reading) -> bool:
    """"Inflammation caused by X can affect the joints and skin": what causes it is X alone,
    the verb after X is the sentence's own."""
    if _BARE_NOUN_LEFT.match(r.left) and (m := _AGENT_THEN_VERB.match(r.right)) is not None:
        r.right = f" {m.group('x')}"
    return False


def _adjust_cases_of_germ(rules: DocumentRules, r: _Reading) -> bool:
    """"Cases caused by X are linked to eating raw shellfish": the cases are the topic's (the
    germ is their cause, read by "caused by"), so what they are linked to is the topic's.
    "It is linked to A or B and has a rapid onset of signs like C": the link ends at the
    second verb (its examples are the signs')."""
    at = rules._sentence_text.find(r.left) if r.left.strip() else -1
    if at > 0 and _CASES_OF_GERM.search(rules._sentence_text, 0, at):
        r.left = rules.topic
    r.right = _AND_OWN_VERB.split(r.right, maxsplit=1)[0]
    return False


def _read_with_risk_tail(rules: DocumentRules, r: _Reading) -> bool:
    """"X is linked to lasting harm, with a lifelong risk of A and B": X raises the risk of
    A and of B (the topic's own such risks are its complications); the link is read on
    without the tail."""
    tail = _WITH_RISK_TAIL.search(r.right)
    if tail is None:
        return False
    r.right = r.right[:tail.start()]
    doers = [ph for ph in phrases(left_side(r.left)) if not pc.is_generic(ph.label)]
    for doer in doers:
        topic = rules.is_topic(doer.label)
        for harm in phrases(pc.cut_clause(tail.group("y"))):
            if rules.is_topic(harm.label) or pc.is_generic(harm.label):
                continue
            rules.emit(rules.topic if topic else doer.label,
                       v.HAS_COMPLICATION if topic else v.INCREASES_RISK_OF, harm.label, r.span,
                       harm.surface, r.section, hedged=r.hedged, negated=r.negated,
                       rule="phrase:associated", confidence=0.6)
    return False


def _adjust_part_harmed(rules: DocumentRules, r: _Reading) -> bool:
    """"The eyes can be affected, which may lead to loss of vision": what the topic's harm
    to a part leads to is the topic's own (the clause names no thing that causes it)."""
    if _PART_HARMED.match(r.left):
        r.left = rules.topic
    return False


def _adjust_signs_had(rules: DocumentRules, r: _Reading) -> bool:
    """"You may feel sick and have diarrhoea": each verb's sign is one more of the list; "...
    have mild symptoms and recover in 2 weeks": the recovery after "and" is no sign."""
    r.right = _AND_RECOVER.split(signs_had(r.trig_text, r.right), maxsplit=1)[0]
    return False


# "... and recover in 1-2 weeks", "... and get better within a week": an outcome after the signs.
_AND_RECOVER = re.compile(r",?\s+(?:and|then|but)\s+(?:(?:usually|often|mostly|then|quickly|"
                          r"fully)\s+)*(?:recover|recovers|get better|gets better|improve|"
                          r"improves|heal|heals|die|dies)\b", re.I)


def _drop_outcome_had(rules: DocumentRules, r: _Reading) -> bool:
    """"Most people with it have a full recovery with intensive care": an outcome, no sign
    (nor is the care after "with" one)."""
    return _RECOVERY_HAD.match(r.right) is not None


def _drop_condition_or_past(rules: DocumentRules, r: _Reading) -> bool:
    """"If you have diabetes, you may not feel pain": the condition's clause names no sign;
    nor does a past event, "after you have had an injury", "You may have had a recent
    operation" (what came before the illness)."""
    text = rules._sentence_text
    at = text.find(r.trig_text) if r.trig_text else -1
    if at >= 0 and _in_if_clause(text, at):
        return True
    return _HAD_BEFORE.search(r.trig_text) is not None or _HAD_AFTER.match(r.right) is not None


# "have had", "had": something in the past (a sign is had now).
_HAD_BEFORE = re.compile(r"\b(?:have|has|may have|might have|will have) (?:recently |just |"
                         r"already |ever )?had\b", re.I)
_HAD_AFTER = re.compile(r"\s*(?:recently |just |already |ever )?had\b", re.I)


def _drop_immune_clause(rules: DocumentRules, r: _Reading) -> bool:
    """"A disorder characterized by the immune system attacking its nerves", "... by
    granulomas": how it comes about (the mechanism rule reads it), no sign."""
    return _IMMUNE_CLAUSE.match(r.right) is not None


def _drop_spread_verb(rules: DocumentRules, r: _Reading) -> bool:
    """"Weakness may progress to involve the arms": where it spreads, no harm named."""
    return _SPREAD_VERB.match(r.right) is not None


def _drop_own_property(rules: DocumentRules, r: _Reading) -> bool:
    """"It can be a devastating disorder because of its sudden onset": why it is grave, its
    own trait, no cause of it."""
    return _ITS_OWN.match(r.right) is not None and _COPULA_CLASS.search(r.left) is not None


def _read_especially_if(rules: DocumentRules, r: _Reading) -> bool:
    """"Smokers are at increased risk, especially if they also drink heavily": the risk is
    the topic's (no object named), and the condition names a factor of its own."""
    especially = _ESPECIALLY_IF.match(r.right)
    if especially is None:
        return False
    for ph in rules._if_you_factors(r.right[especially.end():]):
        if ph.label and not pc.is_generic(ph.label):
            rules.emit(ph.label, v.INCREASES_RISK_OF, rules.topic, r.span, ph.surface, r.section,
                       hedged=r.hedged, negated=r.negated, rule="phrase:at-risk-if",
                       confidence=0.6)
    r.right = "."
    return False


# A place named with its article after the verb was cut ("live in a rural area").
_ARTICLE_LEAD = re.compile(r"^(?:a|an)\s+(?=\w)", re.IGNORECASE)
# "(if you) have a family history of it", "(if someone) in your family has had it": the
# topic in the family.
_FAMILY_HAD_IT = re.compile(r"(?:(?:have|has|had|with) )?(?:an? )?(?:strong )?family history of "
                            r"(?:it|this|the (?:condition|illness|disease|infection|disorder))|"
                            r"in (?:your|their|the) (?:close |immediate )?family (?:has|have|had)"
                            r"(?: had| also had)? (?:it|this|the (?:condition|illness|disease|"
                            r"infection|disorder))", re.I)
# "if a close relative has had it", "if your parent or sibling has it": kin with the topic.
_IF_KIN_HAD = re.compile(r"\s*if\s+(?:an?|your|one of your|any)\s+(?:close\s+|"
                         rf"first-degree\s+|blood\s+)?(?:{KIN_WORDS})(?:\s+(?:or|and)\s+"
                         rf"(?:an?\s+)?(?:{KIN_MORE_WORDS}))*\s+(?:has|have|had)"
                         r"(?:\s+(?:had|also had))?\s+"
                         r"(?:it|this|the (?:condition|illness|disease|infection|disorder))\b",
                         re.I)
_ESPECIALLY_IF = re.compile(r"\s*,\s*(?:especially|particularly)\s+(?=(?:if|when)\b)"
                            # "You are more likely to get it if a close relative has had it"
                            r"|\s*(?:(?:get|develop|catch)\s+)?(?:it|this|the (?:condition|illness|"
                            r"disease|infection))\s+(?=if\s+(?:an?|your|one of your|any)\s+"
                            rf"(?:close\s+|first-degree\s+|blood\s+)?(?:{KIN_WORDS}))", re.I)


def _adjust_purpose_list_goes_on(rules: DocumentRules, r: _Reading) -> bool:
    """"... include gloves to block contact, washing after contact, and ...": the purpose
    ends at the comma where the list of acts goes on (the acts after it are no objects of
    the purpose)."""
    if "," in r.right:
        r.right = _LIST_GOES_ON.split(r.right, maxsplit=1)[0]
    return False


_LIST_GOES_ON = re.compile(r",\s+(?:and\s+|or\s+)?(?!including\b)(?=[a-z]+ing\b)", re.I)


def _drop_a_signs_look(rules: DocumentRules, r: _Reading) -> bool:
    """"A rash appears. It looks like small, raised bumps": how a sign looks (or feels), no
    illness the topic is mistaken for."""
    said = left_side(r.left).strip().lower()
    return said in ("it", "this", "they", "these", "it often", "it usually") and \
        ("look" in r.trig_text.lower() or "feel" in r.trig_text.lower()) and \
        _A_LOOK.match(r.right) is not None


# What a sign looks or feels like: its marks and textures, no illness.
_A_LOOK = re.compile(r"\s*(?:an? |the )?(?:(?:small|tiny|large|raised|flat|red|pink|purple|dark|"
                     r"pale|rough|smooth|itchy|little|fine|blotchy|bumpy|scaly),? (?:and )?)*"
                     r"(?:bumps?|spots?|dots?|blotch(?:es)?|patch(?:es)?|blisters?|pimples?|"
                     r"sandpaper|sunburn|bruis(?:e|es|ing)|freckles?|lumps?|rings?|pinpricks?|"
                     r"goose ?bumps|a (?:bull's|target|bullseye))\b", re.I)


def _adjust_care_started(rules: DocumentRules, r: _Reading) -> bool:
    """"Doctors will start antibiotics straight away, then add X": the care is what comes
    before the first comma or word of when (the rest says when, or what comes next)."""
    r.right = _STARTED_TAIL.sub("", r.right)
    return False


_STARTED_TAIL = re.compile(r"(?:[,;]|\s+(?:then|before|after|until|while|when|if|as soon as|"
                           r"straight away|right away|immediately|at once|quickly|early|promptly)"
                           r"\b).*$", re.I)


def _emit_named(rules: DocumentRules, r: _Reading, named: Iterable[Phrase], predicate: str,
                rule: str, *, topic_first: bool = False, confidence: float = 0.6,
                hedged: bool | None = None) -> None:
    """Emit one claim for each named thing that is neither the topic nor generic: the thing
    to the topic, or the topic to the thing (``topic_first``), hedged and denied as the
    reading is unless ``hedged`` says otherwise.  (The steps that read more things from a
    relation's words, each once wrote this loop.)"""
    for ph in named:
        if rules.is_topic(ph.label) or pc.is_generic(ph.label):
            continue
        subject, obj = (rules.topic, ph.label) if topic_first else (ph.label, rules.topic)
        rules.emit(subject, predicate, obj, r.span, ph.surface, r.section, rule=rule,
                   confidence=confidence, hedged=r.hedged if hedged is None else hedged,
                   negated=r.negated)


def _read_topic_signals_other(rules: DocumentRules, r: _Reading) -> bool:
    """"It can be the first sign of X" (X another illness): the topic goes with X; it is
    no sign of itself."""
    said = pc.clean_phrase(left_side(r.left))
    # ("These can be signs of a stroke": the signs listed before, read as such)
    if not (said.lower() in ("it", "this") or pc.TOPIC_ALIASES.match(said)
            or rules.is_topic(said)):
        return True
    other = pc.cut_clause(_CONDITION_SUCH_AS.sub("", r.right))
    _emit_named(rules, r, phrases(other), v.ASSOCIATED_WITH, "phrase:signals-other")
    return True


# "the first sign of a condition that affects the nerves, such as X": the named example.
_CONDITION_SUCH_AS = re.compile(r"^\s*(?:an? |another |other )?(?:conditions?|diseases?|"
                                r"illness(?:es)?|disorders?)\b[^,]*,\s*(?:such as|like|"
                                r"including)\s+", re.I)


def _read_some_people_named(rules: DocumentRules, r: _Reading) -> bool:
    """"Some people are more likely to get it, such as those with diabetes": the people
    named after the comma raise its risk (the examples had been read as its harms, or as
    nothing when the verb phrase stopped short: "are more likely to, including ...")."""
    if "," not in r.right or _SOME_PEOPLE.fullmatch(left_side(r.left)) is None:
        return False
    named = _PEOPLE_NAMED.match(r.right)
    if named is None or not (not named["what"].strip() or rules.is_topic(named["what"])
                             or pc.ANAPHORA.fullmatch(named["what"].strip())):
        return False
    _emit_named(rules, r, phrases(pc.cut_clause(named["x"]), people=True),
                v.INCREASES_RISK_OF, "phrase:some-people-named")
    return True


# People named only as some of all ("some people", "certain groups of people", "others").
_SOME_PEOPLE = re.compile(r"\s*(?:but |and )?(?:some|certain|other|some other)\s+(?:people|"
                          r"groups?(?: of people)?|individuals|persons)\s*", re.I)
# "... get it, such as people with X": what the risk is of, then the people named.
_PEOPLE_NAMED = re.compile(r"\s*(?P<what>[\w' -]{0,40}?)\s*,\s*(?:such as|including|especially|"
                           r"particularly|like|for example|notably)\s+(?P<x>.+)$", re.I)


# Words for falling ill: "get sick", "become unwell", "are infected" (_ILL_WITH, _FALL_ILL).
_ILL_WORDS = r"(?:sick|ill|unwell|infected)"


def _drop_getting_ill(rules: DocumentRules, r: _Reading) -> bool:
    """"You can get sick with it if you ...": catching the illness (read by the risk-if
    phrases), no sign had."""
    return _ILL_WITH.match(r.right) is not None


_NOUN_WITH_CLAUSE = re.compile(r"^[a-z]+ (?:that|which) (?:has|have|is|are|was|were|contains?)\b",
                               re.I)
_HEALTHY_PEOPLE = re.compile(r"\s*[-•*]?\s*(?:otherwise )?healthy (?:people|children|adults|"
                             r"persons|individuals)\b", re.I)
_ILL_WITH = re.compile(rf"\s*{_ILL_WORDS} (?:with|from)\b", re.I)


def _drop_infected_how(rules: DocumentRules, r: _Reading) -> bool:
    """"at higher risk of being infected through contact with towels": of an infection,
    unnamed, by a route (the towels are no harm); read as nothing rather than a wrong one."""
    return _INFECTED_HOW.match(r.right) is not None


_INFECTED_HOW = re.compile(r"\s*(?:being|becoming|getting) infected\b(?! with\b)", re.I)
_OTHER_ORIGINS = re.compile(r"\s*(?:other|various|many|several|different) (?:mechanisms|"
                            r"causes|reasons|conditions|sources)\b", re.I)
def _adjust_toxin_effects(rules: DocumentRules, r: _Reading) -> bool:
    """"The toxin can cause painful muscle cramps and lockjaw": on the illness's page, what
    its toxin does is what the illness does (the toxin was no subject of its own signs)."""
    said = left_side(r.left).strip()
    if _THE_TOXIN.fullmatch(said):
        r.left = "it"
    return False


# The illness's own toxin, named as one already known ("the toxin", "its toxins"; "some
# toxins" are any).
_THE_TOXIN = re.compile(r"(?:the|this|its|their|these) (?:neuro)?(?:toxins?|poisons?)", re.I)
# "people 50 years or older": an age group the plain phrase reader drops as people.
_AGE_OPEN_END = re.compile(r"\b\d{1,3}(?: years?)?(?: old)? or (?:older|over|above)\b", re.I)
# "People can get sick when ...": on an illness's page, getting sick is getting it.
_FALL_ILL = re.compile(_ILL_WORDS, re.I)
_RECOVERY_HAD = re.compile(r"\s*(?:an? )?(?:full|complete|good|quick|slow|partial)?\s*"
                           r"recover(?:y|ies)\b", re.I)
_IMMUNE_CLAUSE = re.compile(r"\s*(?:the )?(?:body(?:'s)? )?immune system\b"
                            # "characterised by (non-caseating) granulomas": the clusters
                            # of immune cells it works by, read as its mechanism
                            r"|\s*(?:[\w-]+ ){0,2}?granulomas?\b", re.I)
_SPREAD_VERB = re.compile(r"\s*(?:involve|affect|include|spread to|reach)\b", re.I)
_ITS_OWN = re.compile(r"\s*(?:its|their)\s", re.I)
_COPULA_CLASS = re.compile(r"\b(?:is|are|can be|may be)\s+(?:an?|the)\s+[\w' -]*"
                           r"(?:disorder|disease|illness|condition|infection|syndrome)\s*$", re.I)


_OTHER_THINGS = re.compile(r"\s*(?:the |some )?(?:other|different|routine|childhood)\s", re.I)
_SideStep = Callable[[DocumentRules, _Reading, _Sides], None]
_D = DocumentRules


def _read_given_along_with(rules: DocumentRules, r: _Reading) -> bool:
    """"X may be given along with Y": Y is given for the topic, too."""
    with_what = given_along_with(r.right) if r.predicate == v.USED_FOR and r.kind in (
        p.TREATMENT, None) else None
    if with_what and _OTHER_THINGS.match(with_what):
        return False  # "given combined with other vaccines, such as A": for other illnesses
    if with_what:
        _emit_named(rules, r, phrases(pc.cut_clause(with_what)), v.USED_FOR,
                    "phrase:given-along-with", confidence=0.65)
    return False


# A vaccine's doses named in a sentence: its ages and intervals are the schedule's.
_DOSE_WORDS = ("vaccin", "booster", "dose", "jab", "immunis", "immuniz")
_VACCINE_DOSES = re.compile(rf"\b(?:{_VACCINE_WORD}|doses?|immuni[sz]ed|vaccinated)\b",
                            re.IGNORECASE)
# Signs said by a verb of the person or a part of the body: "They lose consciousness",
# "Some children vomit or foam at the mouth", "Their arms and legs begin to twitch".
_SIGN_OF_VERB = {"vomit": "vomiting", "faint": "fainting", "pass out": "fainting",
                 "lose consciousness": "loss of consciousness", "twitch": "twitching",
                 "jerk": "jerking", "shake": "shaking", "shiver": "shivering",
                 "sweat": "sweating", "wheeze": "wheezing", "drool": "drooling",
                 "foam at the mouth": "foaming at the mouth", "stiffen": "stiffness",
                 "become stiff": "stiffness", "becomes stiff": "stiffness",
                 "go floppy": "floppiness", "goes floppy": "floppiness"}
_SIGN_DOER = re.compile(r"(?:(?:some|many|most|a few) )?(?:they|you|he|she|people|patients|"
                        r"children|the child|your child|the person|babies|the baby|"
                        r"(?:their|your|the child's|the baby's|his|her) (?:arms|legs|arms and "
                        r"legs|body|muscles|limbs))\b", re.IGNORECASE)
_SIGN_VERB = re.compile(r"(?<=[\s])(?:" + "|".join(sorted(map(re.escape, _SIGN_OF_VERB),
                                                           key=len, reverse=True))
                        + r")\b(?! (?:them|it|this|the|a|an)\b)", re.IGNORECASE)
# "Take paracetamol for pain and fever", "Use calamine lotion to ease the itching": a remedy
# advised under care, and what it is for.
_TAKE_FOR = re.compile(r"^(?:you (?:can|could|may|might|should) |try to |it may help to )?"
                       r"(?:take|use|apply|try)\s+(?P<x>[\w' -]{2,40}?)\s+(?P<how>for|to (?:ease|"
                       r"relieve|bring down|reduce|treat|help with|soothe|lower|control|calm))"
                       r"\s+(?P<y>[^.;:]+)", re.IGNORECASE)
# "Side effects include ...": the harms of a remedy the sentence does not name.
_EFFECTS_BEFORE = re.compile(r"\b(?:side[- ]effects?|adverse effects?)(?: \w+)?\s*$",
                             re.IGNORECASE)
_VACCINE_GIVEN = re.compile(rf"\b{_VACCINE_WORD}\s*$", re.IGNORECASE)


def _adjust_act_then_when(rules: DocumentRules, r: _Reading) -> bool:
    """"Staying away from school until the sores heal stops it spreading", "Avoiding close
    contact while you are ill ...": the act before the clause of when is what prevents; the
    clause says for how long, and names no act of its own."""
    left = r.left
    if r.trig_at > 0 and _WHEN_WORD.match(left):
        left = rules._sentence_text[:r.trig_at]  # (the clause was cut off as the whole left)
    cut = _ACT_THEN_WHEN.match(left)
    if cut is not None:
        r.left = cut.group("act")
    return False


# An act said by a gerund, then a clause of when or how long.
_WHEN_WORD = re.compile(r"\s*(?:until|till|while|whilst|when|as long as|before|after)\b", re.I)
_ACT_THEN_WHEN = re.compile(r"^(?P<act>\s*(?:not |never )?[a-z]+ing\b[^,;()]*?)\s+(?:until|till|"
                            r"while|whilst|when|as long as|before|after)\b.*$", re.I | re.S)


def _drop_purpose_judged_after(rules: DocumentRules, r: _Reading) -> bool:
    """"Antibiotics to prevent X after a bite are not recommended": the purpose is part of
    the subject of a denied verdict ("not recommended"), read whole, with its denial, by the
    verdict's own phrase; read alone it would say the antibiotics prevent X."""
    if not r.trig_text.lower().startswith(("to ", "help")) or r.trig_at < 0:
        return False
    verdict = _VERDICT_AFTER.match(rules._sentence_text, r.trig_at + len(r.trig_text))
    return verdict is not None and verdict["no"] is not None


# The verdict that follows a purpose clause: "... are not routinely recommended".
_VERDICT_AFTER = re.compile(r"[^,;:.]*?\s(?:is|are)\s+(?P<no>not\s+|no longer\s+)?(?:usually\s+|"
                            r"routinely\s+|generally\s+|always\s+|often\s+)?(?:recommended|"
                            r"advised|given|used|prescribed|offered|needed)\b", re.I)


def _drop_advice_frame(rules: DocumentRules, r: _Reading) -> bool:
    """"Advise people to remove ticks promptly": the advice is the act after "to" (read
    as advice); the people advised are no remedy with a purpose."""
    return ADVICE_FRAME.fullmatch(r.left) is not None


def _adjust_reason_for_risk(rules: DocumentRules, r: _Reading) -> bool:
    """"Farmers are at highest risk because of their exposure to X": the exposure is why
    their risk is high, so it raises the risk (it was read as the cause itself)."""
    if r.trig_at > 0 and _RISK_BEFORE_REASON.search(rules._sentence_text, 0, r.trig_at):
        r.predicate = v.INCREASES_RISK_OF
    return False


# "... are at (the) highest risk (,)" right before "because of".
_RISK_BEFORE_REASON = re.compile(r"\b(?:at|of) (?:an? |the )?(?:\w+ )?risk\s*,?\s*$", re.I)


def _adjust_graver_form_with(rules: DocumentRules, r: _Reading) -> bool:
    """"... progresses to severe disease with bleeding and kidney failure": the graver form
    is the illness itself; the harms it comes with are what it progresses to ("severe
    disease with bleeding" was one name)."""
    graver = _GRAVER_WITH.match(r.right)
    if graver is not None:
        r.right = f" {graver['x']}"
    return False


# "severe disease with X", "a serious illness with X": the topic's graver form, then harms.
_GRAVER_WITH = re.compile(r"^\s*(?:an? )?(?:severe|serious|critical|life-threatening|grave) "
                          r"(?:disease|illness|infection|form|forms|cases?) (?:with|involving) "
                          r"(?P<x>.+)$", re.I)


def _adjust_topic_when(rules: DocumentRules, r: _Reading) -> bool:
    """"Antibiotics can prevent X after a tick bite": the words after the topic say when it
    is kept away; what is prevented is the topic itself."""
    if " after " in r.right or " following " in r.right:
        target = _WHEN_AFTER.sub("", r.right.rstrip(" .;,"))
        if target != r.right.rstrip(" .;,") and rules.is_topic(pc.clean_phrase(target)):
            r.right = f"{target} "
    return False


def _adjust_purpose_before_given(rules: DocumentRules, r: _Reading) -> bool:
    """"Antibiotics to prevent X after a bite are not recommended": the care is the words
    before "to"; "prevent" makes the claim one of prevention (its denial kept), and the
    time after the target ("after a bite") says when, so the target is the topic."""
    m = _PURPOSE_BEFORE.search(rules._sentence_text, 0, r.trig_at) if r.trig_at > 0 else None
    if m is None:
        return False
    target = _WHEN_AFTER.sub("", m["b"]).strip(" ,")
    if not (rules.is_topic(target) or pc.ANAPHORA.fullmatch(target)):
        return False
    r.left = _WHEN_AFTER.sub("", m["a"])  # "Taking antibiotics after a bite": the antibiotics
    if m["verb"].lower() != "treat":
        r.predicate = v.PREVENTS
    return False


# "A (taken) to prevent|stop|treat B": a care and its purpose, before a verdict on it.
_PURPOSE_BEFORE = re.compile(r"(?:^|(?<=[,;:]\s))(?P<a>[\w' -]{2,60}?)\s+(?:given\s+|"
                             r"taken\s+|used\s+)?(?:in order )?to\s+(?:help\s+)?"
                             r"(?P<verb>prevent|stop|avoid|treat)\s+"
                             r"(?P<b>[\w' -]{2,60}?)\s*$", re.I)
# When a target is: "after a tick bite", "following exposure".
_WHEN_AFTER = re.compile(r"\s+(?:after|following|before)\s+[\w' -]+$", re.I)


# "to reduce the dose of steroids", "to cut the need for X": another care's amount.
_DOSE_OF = re.compile(r"^\s*(?:the |your )?(?:dose|doses|dosage|amount|need|use|length of "
                      r"treatment|side effects?)\s+(?:of|for)\b", re.I)


def _drop_dose_of_other_care(rules: DocumentRules, r: _Reading) -> bool:
    """"Methotrexate can be used to reduce the dose of steroids": the care spares another
    one; it does not act on the steroids ("steroids" was read as what it targets)."""
    return _DOSE_OF.match(r.right) is not None


# "Some people find that X helps": what people report of a remedy, not a remedy "people".
_PEOPLE_FIND = re.compile(r"^\s*(?:some|many|most|a few|other)?\s*(?:people|patients|sufferers|"
                          r"parents|women|men)\s+(?:may\s+|also\s+|often\s+)?(?:find|say|report|"
                          r"feel|believe)s?\s+(?:that\s+)?", re.I)


def _adjust_people_find(rules: DocumentRules, r: _Reading) -> bool:
    """"Some people find that acupuncture helps": acupuncture, said to help by some, which
    is a hedged claim ("people find" was the remedy)."""
    found = _PEOPLE_FIND.match(r.left)
    if found is not None and _WORD_CHAR.search(r.left, found.end()):
        r.left, r.hedged = " " + r.left[found.end():], True
    return False


# A command to rest, alone or first ("Rest and drink plenty of fluids", "Get plenty of rest").
# ("rest and plenty of fluids", a list of care with no command, is read as a list)
_REST_COMMAND = re.compile(r"^\s*(?:-\s*)?(?:rest|get (?:plenty of |lots of |enough )?rest)"
                           r"(?=\s*[.;!]?\s*$|,?\s+and\s+(?:drink|take|keep|stay|avoid|use|eat|"
                           r"get|try)\b)", re.I)


# A sentence about having signs or not, before "Those who do ...".
_SYMPTOMS_SAID = re.compile(r"\b(?:symptoms|signs)\b", re.I)


# People named only by having had the illness before: "People who have had it before",
# "If you have had it before, you ...".
_HAD_IT_LEFT = re.compile(r"^\s*(?:(?:people|those|anyone|patients|children|adults)\s+who\s+"
                          r"(?:have|has|'ve)\s+(?:already\s+)?had\s+(?:it|this|this condition|"
                          r"the condition|the illness|the infection|the disease)\s+(?:before|"
                          r"previously|in the past)|you|they)\s*$", re.I)


def _adjust_had_it_before(rules: DocumentRules, r: _Reading) -> bool:
    """"People who have had it before are more likely to get it again", "If you have had it
    before, you are more likely to get it again": the people are those who had the topic,
    which :meth:`DocumentRules.emit` names a previous episode (a pronoun named nobody)."""
    if _HAD_IT_LEFT.match(r.left) and _HAD_IT_BEFORE.search(rules._sentence_text):
        r.left = f" {rules.topic} "
    return False


def _deny_care_avoided(rules: DocumentRules, r: _Reading) -> bool:
    """"Aspirin should be avoided" under care: the remedy is denied, as one that is
    contraindicated is.  "Hot tubs should be avoided" under prevention: keeping away from
    them is what prevents the illness, named as an act ("hot tub avoidance")."""
    if r.kind != p.PREVENTION:
        r.negated = True
        return False
    acts = avoidances(left_side(r.left).strip(" ,"))
    if not acts:
        return True  # (nothing named, or a clause: no act to name)
    r.predicate = v.PREVENTS
    r.left = " " + " and ".join(acts) + " "
    return False


# "Antibiotics are given as a precaution": given to keep the illness away, not to treat it.
_AS_PRECAUTION = re.compile(r"\s*,?\s*\b(?:as an? (?:precaution(?:ary measure)?|preventive measure|"
                            r"preventative measure|safeguard)|as prophylaxis|prophylactically)"
                            r"(?P<rest>[\s\S]*)$", re.I)


def _adjust_given_as_precaution(rules: DocumentRules, r: _Reading) -> bool:
    """"Close contacts may be offered antibiotics as a precaution": the care keeps the
    illness away, and "as a precaution" is not part of its name ("precaution" was read as
    the care).  A precaution against something named after it ("as a precaution against
    infection of the wound") keeps the verb's reading: that is another harm."""
    m = _AS_PRECAUTION.search(r.right)
    if m is not None and not _WORD_CHAR.search(m["rest"]):
        r.right = r.right[:m.start()] + m["rest"]
        if r.predicate == v.USED_FOR:
            r.predicate = v.PREVENTS
    return False


def _adjust_vaccine_given(rules: DocumentRules, r: _Reading) -> bool:
    """"The X vaccine is recommended for all children", "A booster is given at 16" under
    prevention: a vaccine given keeps the illness away, it does not treat it."""
    if r.predicate == v.USED_FOR and r.kind in (p.PREVENTION, None) \
            and _VACCINE_GIVEN.search(left_side(r.left)) is not None:
        r.predicate = v.PREVENTS
    return False


def _adjust_sign_eased(rules: DocumentRules, r: _Reading) -> bool:
    """"Paracetamol can help with the pain": what it works on is the sign named, or a
    complication the page named ("can help with plonkitis")."""
    sign = sign_eased(r.right) or acted_on(r.trig_text, r.right)
    if sign is None and rules._complications and (named := named_after(r.right)) and \
            label_key(pc.clean_phrase(named)) in rules._complications:
        sign = named
    if sign is not None and not rules.is_topic(sign) and not pc.is_generic(sign) \
            and not pc.ANAPHORA.match(sign):
        r.trig = replace(r.trig, shape=p.Shape.LEFT_TO_RIGHT)
        r.right = f" {sign}"
    return False


# "For severe pain, stronger painkillers may be given": the sign the care is for, first.
_FOR_SIGN_LEAD = re.compile(r"^\s*for (?P<x>(?:an? |the |any |more )?(?:severe |mild |ongoing |"
                            r"lasting |bad |persistent |extreme )?[\w' -]{2,40}?),\s+", re.I)


def _adjust_other_verb_denied(rules: DocumentRules, r: _Reading) -> bool:
    """"... if steroids do not work or cause side effects": the denial is the first verb's
    ("do not work"); what the steroids cause is said, in a condition."""
    if r.negated and _OTHER_VERB_DENIED.search(r.left):
        r.negated, r.hedged = False, True
    return False


# A denied verb, then "or" before the relation's own verb: "do not work or (cause)".
_OTHER_VERB_DENIED = re.compile(r"\b(?:do|does|did|can|will)(?: not|n't) [a-z]+(?: well)? (?:or|"
                                r"and) $", re.I)


def _drop_remedy_described(rules: DocumentRules, r: _Reading) -> bool:
    """Under risks or causes, "Steroids: these drugs treat swelling" says what a medicine
    that raises the risk is for; it is no care of the topic.  A command ("- treat pets with
    flea products") names no remedy before the verb: the advice readers read it."""
    return r.kind in (p.RISK, p.CAUSE) or not r.left.strip(" -•*")


# "Hyperbaric oxygen has been tried, but ...": the remedy a later "it" stands for.
_TRIED_FIRST = re.compile(r"^(?P<x>[\w' -]{3,60}?) (?:(?:has|have) (?:also |sometimes |often )?"
                          r"been (?:tried|used|given|suggested|proposed|studied)|(?:is|are) "
                          r"(?:sometimes|often|also|occasionally) (?:used|given|tried))\b", re.I)
# "Care aims to relieve symptoms and slow progression: A, B and C" (one colon, a lead that
# says what care does or that a list follows).
# ("Options include: A and B" is read by the include phrases.)
_CARE_COLON_LIST = re.compile(r"^(?!.*\binclud)(?P<lead>[^:]{3,100}?\b(?:aims?|help|helps|options?|"
                              r"following|involves?|consists?|measures|steps|things)\b[^:]{0,60}):"
                              r"\s+(?P<list>[^:]{3,})$", re.I)
_SAMPLE_SIZE = re.compile(r"^(?:(?:very )?(?:small|tiny|little|large|thin) )+", re.I)


def _read_under(kind: str, predicate: str, shape: p.Shape) -> _Step:
    """Return a step that reads a phrase as ``predicate``, in ``shape``, under a section
    of ``kind`` (and as its own trigger says elsewhere)."""
    def step(rules: DocumentRules, r: _Reading) -> bool:
        if r.kind == kind:
            r.predicate = predicate
            r.trig = replace(r.trig, shape=shape, predicate=predicate)
        return False
    return step


# Under diagnosis, "Tests aim to find a cause and may include A and B": the tests named find
# the topic (allowed only when the sentence's subject is tests).
_read_tests_in = _read_under(p.DIAGNOSIS, v.DIAGNOSED_BY, p.Shape.TOPIC_TO_RIGHT)
# Under complications, "A, B and C have been reported": harms of the topic.
_read_reported_harms = _read_under(p.COMPLICATION, v.HAS_COMPLICATION, p.Shape.TOPIC_TO_LEFT)


def _read_test_offered(rules: DocumentRules, r: _Reading) -> bool:
    """"Offer an antibody test if there is no rash" under diagnosis: the test finds the
    topic (it was dropped as no remedy)."""
    if r.kind == p.DIAGNOSIS and _TEST_WORD.search(r.right):
        return _read_tests_in(rules, r)
    return False


# A sentence about tests: "Tests aim to ...", "Investigations may include ...".
_TESTS_SUBJECT = re.compile(r"^\s*(?:the |other |further |some )?(?:tests?|investigations?|"
                            r"checks?)\b(?! (?:of|for|to rule out)\b)", re.I)


def _read_signs_alongside(rules: DocumentRules, r: _Reading) -> bool:
    """Under signs, "Fever and joint pains may precede or accompany the rash": signs that
    come with a sign are the topic's signs too (no illness "associated" with a rash)."""
    if r.kind != p.SYMPTOM or "accompan" not in r.trig_text.lower():
        return False
    with_what = pc.clean_phrase(r.right)
    if not (p.SYMPTOM_HEAD.search(with_what) or rules.is_topic(with_what)):
        return False
    said = _BEFORE_OR_WITH.sub("", r.left)
    _emit_named(rules, r, phrases(left_side(said)), v.HAS_SYMPTOM, "phrase:signs-alongside",
                topic_first=True)
    return True


# "... may precede or (accompany)": the first verb of the pair, left before the second.
_BEFORE_OR_WITH = re.compile(r"\s+(?:(?:may|can|might|often|usually|sometimes) )?(?:precede|"
                             r"follow|come before|come after)\s+or\s*$", re.I)


def _adjust_feelings_named(rules: DocumentRules, r: _Reading) -> bool:
    """"You may feel shivery, sick or generally unwell": each feeling by its sign's name
    (chills, nausea, malaise), as the state reader names them; "shivery" and "sick" were
    signs of their own beside those."""
    if not r.trig_text.lower().rstrip().endswith(("feel", "feels", "feeling")):
        # ("flu-like symptoms, such as a high temperature and feeling sick")
        if "feeling " in r.right:
            r.right = _FEELING_SAID.sub(lambda m: FEELINGS[m.group(1).lower()], r.right)
        return False
    named = _FEELING_WORD.sub(lambda m: FEELINGS[m.group(1).lower()], r.right)
    if named == r.right:
        return False
    named = _FEELING_BEFORE.sub("", named)  # ("feeling dizzy" as the steps before wrote it)
    if named.strip(" .;!").lower() in _FEELING_NAMES:
        return True  # "Some people feel dizzy": one feeling, the state reader's
    r.right = named
    return False


# A feeling word, with the degree said before it ("generally unwell"), longest first.
_FEELING_SAID_AS = (r"(?:(?:very|generally|really|quite|a bit|slightly|extremely) )?"
                    rf"({'|'.join(sorted(FEELINGS, key=len, reverse=True))})\b")
_FEELING_SAID = re.compile(rf"\bfeeling {_FEELING_SAID_AS}", re.I)
_FEELING_NAMES = frozenset(FEELINGS.values())
_FEELING_ALTERNATIVES = "|".join(sorted(map(re.escape, _FEELING_NAMES), key=len, reverse=True))
_FEELING_BEFORE = re.compile(rf"\bfeeling\s+(?=(?:{_FEELING_ALTERNATIVES})\b)", re.I)
_FEELING_WORD = re.compile(rf"\b{_FEELING_SAID_AS}", re.I)


_IT_HELPS_TO = re.compile(r"^\s*it (?:also |often |usually )?(?:helps|may help|can help) to\s+",
                          re.I)
# ", 10 to 21 days later, " between a subject and its verb: when, no part of either side.
_TIME_ASIDE_END = re.compile(r",\s*(?:about |around |some |usually |typically )?(?:\d+|a few|"
                             r"several|one|two|three)(?:\s*(?:to|-|–)\s*\d+)? (?:hours?|days?|"
                             r"weeks?|months?|years?) (?:later|afterwards|after (?:that|this|it))"
                             r"\s*,\s*$", re.I)
# "X can mimic it", "... mimic the early stage": the topic named after the verb.
_MIMICS_TOPIC = re.compile(r"\s+(?:it|this (?:condition|illness|disease|infection)|the "
                           r"(?:[a-z-]+ )?(?:stage|phase|condition|illness|disease|infection))"
                           r"\s*[.;,]", re.I)


# "At first, it looks like X", "In its early stages it resembles X": when it is so, before
# the topic (stripped); "The early stages (of the illness)": the topic early on.
_LIKENED_WHEN = re.compile(r"^\s*(?:at first|initially|early on|in (?:its|the) (?:very )?(?:early|"
                           r"first|initial) (?:stages?|phases?|days)),?\s+", re.I)
_EARLY_STAGE = re.compile(r"(?:the|its) (?:very )?(?:early|first|initial) (?:stages?|phases?)(?: "
                          r"of (?:it|the (?:illness|disease|condition|infection)))?", re.I)


def _adjust_early_stage_likened(rules: DocumentRules, r: _Reading) -> bool:
    """"The early stages can resemble flu", "At first, it looks like a bite": the topic
    early on is what is likened; the stage says when, and is no subject of its own."""
    said = left_side(r.left).strip()
    core = _LIKENED_WHEN.sub("", said)
    if said and (_EARLY_STAGE.fullmatch(core) or (core != said and core.lower() == "it")):
        at = r.left.rfind(said)
        r.left = f"{r.left[:at]}it{r.left[at + len(said):]}"
    return False


def _adjust_mimic_of_topic(rules: DocumentRules, r: _Reading) -> bool:
    """"A, B and C can mimic it (the early stage)": what is named first is what the topic
    resembles; the pointer after the verb is the topic itself."""
    said = pc.clean_phrase(r.right)
    if said and (said.lower() in ("it", "this", "them") or pc.TOPIC_ALIASES.match(said)
                 or rules.is_topic(said) or _ONE_FORM.fullmatch(f"the {said}")) and \
            left_side(r.left).strip():
        r.trig = replace(r.trig, shape=p.Shape.TOPIC_TO_LEFT)
        r.right = ""
    return False


def _keep_germ_killer(rules: DocumentRules, r: _Reading) -> bool:
    """"Albendazole kills the worms" is care of the illness; "The immune system usually
    kills the virus" and "Bleach kills the germs" (under prevention) are not: kept under a
    heading of care, or where a remedy's name or kind ends the words before the verb."""
    if _BODY_DEFENCE.search(r.left[-60:]):
        return True
    return not (r.kind == p.TREATMENT or (r.kind is None and remedy_before(r.left)))


_BODY_DEFENCE = re.compile(r"\b(?:immune|the body|your body|white (?:blood )?cells|"
                           r"antibod(?:y|ies))\b", re.I)


def _drop_care_not_bearable(rules: DocumentRules, r: _Reading) -> bool:
    """"X is used if steroids cannot be taken", "... when Y is not tolerated": the clause
    names the case for X; it denies nothing of the care it names."""
    return r.negated and _IF_CLAUSE_END.search(r.left) is not None


# The opening of a clause of condition, up to the care it names ("if steroids ").
_IF_CLAUSE_END = re.compile(r"\b(?:if|when|whenever|unless|where|once)\s+(?:[\w-]+\s+){1,4}$",
                            re.I)


def _adjust_care_for_sign_first(rules: DocumentRules, r: _Reading) -> bool:
    """"For severe pain, stronger painkillers may be prescribed": the care is for the pain
    (the clause put first named no target, so the topic was taken)."""
    lead = _FOR_SIGN_LEAD.match(r.left) if r.left[:5].lower().lstrip().startswith("for") \
        else None
    if lead is None or r.right.strip(" .;"):
        return False
    sign = pc.clean_phrase(lead.group("x"))
    if sign and not rules.is_topic(sign) and not pc.is_generic(sign) and not \
            _PEOPLE_WORD.search(sign) and (p.SYMPTOM_HEAD.search(sign) or
                                           _HARM_HEAD.search(sign)):
        r.left = r.left[lead.end():]
        r.right = f" for {lead.group('x')}"
    return False


def _read_sign_preceded_by_sign(rules: DocumentRules, r: _Reading) -> bool:
    """"The rash is often preceded by pain": a sign coming first is a sign too, no risk
    factor of the later one (a germ or an illness that precedes it still is)."""
    if "preced" not in r.trig_text.lower():
        return False
    before = [ph for ph in phrases(pc.cut_clause(r.right))
              if p.SYMPTOM_HEAD.search(f" {ph.label}") and not rules.is_topic(ph.label)]
    later = pc.clean_phrase(left_side(r.left))
    if not before or not (p.SYMPTOM_HEAD.search(f" {later}") or rules.is_topic(later)):
        return False
    for ph in before:
        rules.emit(rules.topic, v.HAS_SYMPTOM, ph.label, r.span, ph.surface, r.section,
                   hedged=r.hedged, negated=r.negated, rule="phrase:comes-before",
                   confidence=0.6)
    return True


def _read_helps_find(rules: DocumentRules, r: _Reading) -> bool:
    """"A new blood test could help doctors spot it earlier": a way to find it, not a remedy
    that works on it."""
    found = _HELPS_FIND.match(r.right)
    if found is None or not (rules.is_topic(pc.clean_phrase(found.group("x")))
                             or pc.ANAPHORA.match(found.group("x").strip())):
        return False
    _emit_named(rules, r, phrases(pc.cut_clause(left_side(r.left))), v.DIAGNOSED_BY,
                "phrase:helps-find", topic_first=True, hedged=True)
    return True


def _adjust_look_alike_list(rules: DocumentRules, r: _Reading) -> bool:
    """"Other conditions that cause similar symptoms include X": X looks like the topic."""
    text = rules._sentence_text
    at = text.find(r.trig_text)
    if at > 0 and lists_look_alikes(text[:at]):
        r.predicate = v.RESEMBLES
    return False


def _adjust_clause_subject(rules: DocumentRules, r: _Reading) -> bool:
    """"Oestrogen makes the blood clot more easily, so your risk ... is higher": the
    clause's own subject, up to its first verb."""
    r.left = _FIRST_VERB.split(left_side(r.left).strip(), maxsplit=1)[0]
    return False


# ", such as farming and firefighting." after "Some jobs raise the risk": the subject's
# examples, said after the phrase; nothing else follows, so the risk is the topic's.
_EXAMPLES_AFTER = re.compile(r"^\s*,\s*(?P<kw>such as|for example|for instance|including|like|"
                             r"e\.g\.)\s+(?P<x>[^;:]+?)[\s.]*$", re.I)


def _adjust_own_clause_after(rules: DocumentRules, r: _Reading) -> bool:
    """"It can leave a scar on the eye, and a transplant may be needed": the clause after
    ", and" has its own subject and verb; what it names is no harm left."""
    if ", " not in r.right:
        return False
    text = rules._sentence_text  # (the right side may be cut before the clause's verb)
    at = text.find(r.right.strip())
    own = _OWN_CLAUSE_AFTER.search(text, at) if at >= 0 else None
    if own is not None and own.start() < at + len(r.right.strip()):
        r.right = text[at:own.start()]
    return False


_OWN_CLAUSE_AFTER = re.compile(r",\s+(?:and|but)\s+(?:an?\s+|the\s+|your\s+|some\s+|this\s+)?"
                               r"(?!(?:that|which|who)\b)[\w-]+(?:\s+(?!(?:that|which|who)\b)"
                               r"[\w-]+){0,3}?\s+(?:may|might|can|could|will|must|"
                               r"should|is|are|was|were|has|have)\b", re.I)


def _adjust_people_go_on_to(rules: DocumentRules, r: _Reading) -> bool:
    """"Children who get it sometimes go on to develop a movement disorder": what the people
    develop is what occurs (the people, before the verb, are who)."""
    if r.right.strip() and _GO_ON_TO_LEFT.search(r.left) and _PEOPLE_WORD.search(r.left):
        r.left = f" {pc.cut_clause(r.right)} "
        r.right = ""
    return False


_GO_ON_TO_LEFT = re.compile(r"\b(?:go|goes|went) on to\s*$", re.I)


def _adjust_which_aside(rules: DocumentRules, r: _Reading) -> bool:
    """"Kidney involvement, which shows as blood in the urine, occurs in 40 %": the left side
    was cut at the aside's own verb; what occurs is the thing before the aside."""
    if r.left.lstrip().lower().startswith((", which", "which ")):
        r.left = rules._group_before(r.left, (", which", "which "))
    return False


def _adjust_part_develops(rules: DocumentRules, r: _Reading) -> bool:
    """"Your skin may develop raised purple patches": a body part develops the sign, which
    is what occurs (the part itself, the subject, is only where)."""
    part = _YOUR_PART.fullmatch(r.left.strip()) if r.right.strip() else None
    if part is None or not p.ANATOMY.fullmatch(part["x"].lower()) or not _DEVELOPS.search(
            r.trig_text):
        return False
    r.left = f" {pc.cut_clause(r.right)} "
    r.right = ""
    return False


_YOUR_PART = re.compile(r"(?:your|the|their|a person's|the child's|his|her)\s+"
                        r"(?P<x>[a-z]+(?: [a-z]+)?)", re.I)
_DEVELOPS = re.compile(r"\bdevelops?\s*$", re.I)


def _adjust_examples_after(rules: DocumentRules, r: _Reading) -> bool:
    """Read "X raises the risk, such as A and B" as "X such as A and B raises the risk", and
    "Heart problems may develop, including A and B" as "Heart problems such as A and B may
    develop": the examples after the verb are the subject's (the sides read "X such as A"
    as X, A and B, a bare state taking X's part: "skin changes, such as redness")."""
    after = _EXAMPLES_AFTER.match(r.right) if "," in r.right[:3] else None
    if after is not None:
        r.left = f"{r.left.rstrip()} such as {after['x']} "
        r.right = ""
        return False
    if not _PHASE_SAID.search(r.left):
        return False
    text = rules._sentence_text
    at = text.find(r.trig_text) if r.trig_text else -1
    phase = _PHASE_WITH.match(text, at + len(r.trig_text)) if at >= 0 else None
    if phase is None:
        return True  # "A second phase may follow": a phase, no sign of its own
    # "a second phase occurs in some patients, with meningitis and kidney involvement":
    # the phase is no sign; what comes with it is
    r.left = f" {phase['x']} "
    r.right = ""
    return False


_PHASE_SAID = re.compile(r"\b(?:phase|stage)s?\s*$", re.I)
_PHASE_WITH = re.compile(r"[^,;]*,\s*(?:with|causing|marked by|bringing)\s+(?P<x>[^;.]+)", re.I)


# "antibiotics to treat the infection as well as medicines and rest to ...": what is treated
# ends where the next remedy joins the list.
_NEXT_REMEDY_JOINS = re.compile(r"\s+(?:as well as|along with|together with|alongside)\s", re.I)


def _adjust_next_care_member(rules: DocumentRules, r: _Reading) -> bool:
    """"fluids to prevent dehydration and organ damage, and medicines to raise blood
    pressure": what the fluids prevent ends where the list's next remedy starts."""
    if "," not in r.right:
        return False
    cut = _NEXT_CARE_MEMBER.search(r.right)
    if cut is None:
        return False
    rest, r.right = r.right[cut.start() + 1:], r.right[:cut.start()]
    if r.kind == p.TREATMENT:
        # (the list of care goes on: "..., and medicines to raise blood pressure")
        for ph in phrases(pc.cut_clause(rest)):
            if _REMEDY_NAME.search(ph.label) and not rules.is_topic(ph.label):
                rules.emit(ph.label, v.USED_FOR, rules.topic, r.span, ph.surface, r.section,
                           rule="phrase:care-list-goes-on", confidence=0.6, hedged=r.hedged)
    return False


# ", and medicines to ...": the next member of a list of care.
_NEXT_CARE_MEMBER = re.compile(rf",\s*(?:and |or |plus )?(?:[\w-]+ ){{0,3}}(?:{_REMEDY_KINDS}|"
                               r"fluids|oxygen)\b", re.I)


def _adjust_treated_object(rules: DocumentRules, r: _Reading) -> bool:
    """End what a remedy treats where another remedy joins ("... as well as rest")."""
    if " as " in r.right or " along" in r.right or " together" in r.right:
        r.right = _NEXT_REMEDY_JOINS.split(r.right, maxsplit=1)[0]
    return False


def _adjust_examples_or_verb_after(rules: DocumentRules, r: _Reading) -> bool:
    """:func:`_adjust_examples_after`, and "X may increase the risk or mask early signs":
    the topic's risk, then X's other verb."""
    _adjust_examples_after(rules, r)
    if _OTHER_VERB_AFTER.match(r.right):
        r.right = ""
    return False


# "... or mask early signs", "and delay the diagnosis": a second verb of the subject's.
_OTHER_VERB_AFTER = re.compile(p.OTHER_VERB_AFTER, re.I)


def _adjust_receiver(rules: DocumentRules, r: _Reading) -> bool:
    """"Your doctor may give you steroid tablets": the remedy, not the person given to;
    "Doctors recommend vaccination for everyone" under prevention: it prevents."""
    r.right = drop_receiver(r.trig_text, r.right)
    if r.kind == p.PREVENTION:
        r.predicate = v.PREVENTS
    return False


# A trigger's own steps before its sides are read, in order.  A step returns True when it
# has read the whole match itself or drops it; False lets the reading go on.
# Words that end a test's purpose just before what it checks ("tests to check ").
_TO_CHECK_END = re.compile(r"\b(?:tests?|scans?|samples?|x-rays?)\s+to\s+(?:check|see|measure|"
                           r"assess|monitor|look at|rule out|exclude)(?:\s+for)?\s*$", re.I)
def _adjust_or_as(rules: DocumentRules, r: _Reading) -> bool:
    """"can show as red bumps or as raised patches": the second "as" starts no name."""
    r.right = _OR_AS.sub(r" \1 ", r.right)
    return False


_STEPS: dict[str, tuple[_Step, ...]] = {
    "presents-with": (_adjust_or_as,),
    "complicated-by": (_D._drop_unless_topic_complicated,),
    "is-common": (_D._keep_common_under_signs,),
    "sign-absent": (_D._keep_absent_sign,),
    "no-sign": (_D._keep_sign_denied,),
    "proposed-causes": (_D._adjust_proposed_is_hedged,),
    "mechanism-involves": (_D._adjust_process_named,),
    "topic-involves": (_D._adjust_process_named,),
    "life-quality": (_D._adjust_quality_of_life,),
    "makes-feel": (_D._read_feelings,),
    "so-risk-rises": (_adjust_clause_subject,),
    "experience": (_drop_getting_ill, _drop_outcome_had, _drop_condition_or_past,
                   _adjust_signs_had, _adjust_feelings_named),
    "at-risk": (_adjust_had_it_before, _drop_infected_how, _read_especially_if,
                _read_some_people_named),
    "carers-start": (_adjust_care_started,),
    "marked-by": (_drop_immune_clause,),
    "prescribe": (_adjust_receiver, _read_test_offered),
    "care-avoided": (_deny_care_avoided,),
    "raises-risk": (_adjust_examples_or_verb_after, _D._adjust_whose_risk),
    "may-occur": (_adjust_which_aside, _adjust_part_develops, _adjust_people_go_on_to,
                  _adjust_examples_after),
    "left-with": (_adjust_own_clause_after,),
    "symptom-list": (_adjust_look_alike_list,),
    "early-treatment": (_D._read_named_treatment,),
    "treated-in": (_D._read_named_treatment,),
    "to-treat": (_adjust_treated_object,),
    "purpose": (_adjust_act_then_when, _drop_purpose_judged_after, _drop_advice_frame,
                _drop_dose_of_other_care,
                _adjust_purpose_list_goes_on,
                _D._adjust_care_place_first, _D._read_part_kept_from_harm, _D._adjust_kept_from,
                _D._adjust_purpose_object, _D._adjust_kept_away),
    "lowers-risk": (_D._adjust_whose_risk, _D._read_by_acts, _D._adjust_given_to_prevent,
                    _D._adjust_kept_from),
    "prevents": (_D._adjust_this_prevented, _adjust_act_then_when, _drop_purpose_judged_after,
                 _adjust_topic_when,
                 _adjust_next_care_member,
                 _D._read_by_acts, _D._adjust_given_to_prevent, _D._adjust_kept_from),
    "given": (_D._drop_definition, _D._drop_checked_object, _adjust_given_as_precaution,
              _D._adjust_given_to_contacts,
              _read_given_along_with, _drop_care_not_bearable, _adjust_care_for_sign_first,
              _adjust_purpose_before_given, _adjust_sign_eased, _adjust_vaccine_given),
    "may-help": (_adjust_people_find, _read_helps_find, _adjust_sign_eased),
    "remedy-treats": (_drop_remedy_described,),
    "remedy-kills": (_keep_germ_killer,),
    "reported-risk": (_read_reported_harms,),
    "arises-with": (_read_signs_alongside,),
    "includes": (_read_tests_in,),
    "associated": (_adjust_cases_of_germ, _adjust_second_participle, _D._drop_outcome_factors,
                   _D._read_burden_of,
                   _D._read_related_complications,
                   _read_grave_associated, _read_with_risk_tail, _D._adjust_risk_of_right),
    "risk-list": (_D._read_risk_of_other,),
    "germs-involved": (_D._drop_germs_of_other,),
    "germs-include": (_D._drop_germs_of_other,),
    "highest-in": (_D._read_highest_in,),
    "happens-when": (_D._read_germ_entering, _D._adjust_happens_when),
    "who-get-it-have": (_D._adjust_what_they_had,),
    "progresses-to": (_drop_spread_verb, _adjust_graver_form_with, _D._read_progress_into_topic,
                      _D._adjust_sign_turns_into),
    "starts-with": (_D._drop_unowned_start,),
    "signals-other": (_read_topic_signals_other,),
    "due-to": (_adjust_reason_for_risk, _drop_own_property, _D._adjust_postmodifier,
               _D._adjust_what_forms,
               _D._read_death_due_to, _D._read_state_from_causes),
    "contributes-to": (_adjust_onset_of_it,),
    "way-to-prevent": (_adjust_how_after_colon,),
    "caused-by": (_D._read_death_due_to, _D._read_state_from_causes, _D._read_germ_entering,
                  _adjust_caused_by_before_verb),
    "is-treatment": (_D._adjust_last_clause,),
    "no-evidence": (_D._adjust_claimed_effect,),
    "causes": (_adjust_other_verb_denied, _adjust_toxin_effects, _D._read_caused_state,
               _D._drop_causative,
               _D._adjust_shared_subject, _adjust_part_harmed),
    "follows": (_D._drop_complying, _D._adjust_infections_with),
    "confirms": (_D._adjust_only_way,),
    "test-shows": (_D._read_exam_findings,),
    "benefit-unclear": (_D._adjust_benefit_in_doubt,),
    "detects": (_D._drop_found_thing, _D._adjust_test_finds_people, _D._adjust_only_way,
                _D._read_checked, _D._read_shown_by, _D._adjust_dangling_to),
    "mimics": (_adjust_early_stage_likened, _adjust_mimic_of_topic, _drop_a_signs_look,
               _D._read_flu_like, _D._read_signs_after_colon, adjust_mistaken_for),
    "triggered-by": (_read_sign_preceded_by_sign,),
    "common-findings": (_D._drop_normal_finding,),
}
# A trigger's own steps once both sides are read: who the subjects and objects are.
# "toxins made by certain bacteria": the toxin and what makes it.
# "caused by an infection with (several types of) bacteria": the germ is what causes it.
_INFECTION_WITH = re.compile(r"^(?:an? )?infection (?:with|by) (?:(?:several|many|different|"
                             r"various|certain|some|one or more) (?:types?|kinds?|species|"
                             r"strains?) of )?(?P<x>.+)$", re.I)
_GERM_PLURALS = ("cocci", "bacilli", "bacteria", "viruses", "fungi", "germs", "microbes")


def _germ_infecting(ph: Phrase) -> Phrase:
    """Return the germ an "infection with X" names, else the phrase as it is."""
    m = _INFECTION_WITH.match(ph.label)
    germ = pc.clean_phrase(m.group("x")) if m is not None else ""
    if germ and (names_a_germ(label_key(germ)) or germ.lower().endswith(_GERM_PLURALS)):
        return Phrase(germ, ph.level, ph.surface)
    return ph


_TOXIN_MAKER = re.compile(r"^(?P<x>(?:[\w-]+ )?(?:toxins?|poisons?))\s+(?:produced|made|released|"
                          r"secreted|given off)\s+by\s+(?:some |certain |a few )?(?P<y>.+)$", re.I)
# "X leads to A, B, and may even cause C": the second verb's words before it, and the
# first verb with what comes before it.
_AND_THEN_VERB = re.compile(r"^[^.;:]*?,?\s+(?:and|but)(?:\s+(?:may|can|could|might|will|would|"
                            r"often|sometimes|even|also|then|later|eventually|has|have|had|"
                            r"is|are|was|were|been|be|quickly|rapidly|soon|sometimes|"
                            r"occasionally|rarely|usually))*\s*$", re.I)
_FIRST_CAUSAL_VERB = re.compile(r"^(?P<before>.*?)\b(?:(?:may|can|could|might|will|often) )?"
                                r"(?:leads? to|led to|results? in|resulted in|causes?|caused)"
                                r"\s*$", re.I)
# "follow" as keeping to something: after "important to", "should", ..., or as "follow-up".
_COMPLY_BEFORE = re.compile(r"\b(?:(?:important|essential|vital|sure|need|needs|have|has|try|"
                            r"remember) to|should|must|always|please|carefully)\s*$", re.I)
_FOLLOW_UP = re.compile(r"\s*(?:-\s*up|up\b)", re.I)
_SIDE_STEPS: dict[str, tuple[_SideStep, ...]] = {
    "treated-with": (_D._side_treated_named,),
    "participle": (_D._side_how_it_harms,),
    "topic-involves": (_D._side_no_sites,),
    "starts-with": (_D._side_injury_start,),
    **dict.fromkeys(("caused-by", "due-to", "happens-when"), (_D._side_toxin_maker,)),
    "cause-is": (_D._side_toxin_maker, _D._side_causes_of_another),
    "causes": (_D._side_toxin_maker, _D._side_class_example_after, _D._side_named_complication),
    "follows": (_D._side_got_it,),
    "associated": (_D._side_sign_with_sign,),
    "germ-responsible": (_D._side_parts_involved,),
    "asked-about": (_D._side_history_asked,),
    "described-as": (_D._side_kinds_of_sign,),
    "at-risk": (_D._side_people_at_risk,),
    "gets-it-more": (_D._side_people_at_risk,),
    "more-affected": (_D._side_people_at_risk, _D._side_only_people),
    "cause-of": (_D._side_cause_where,),
    "occurs-during": (_D._side_topic_occurs,),
    "responds-to": (_D._side_people_respond,),
    "can-control": (_D._side_people_cured,),
    "arises-with": (_D._side_topic_occurs,),
    "doctor-examines": (_D._side_examination,),
    "have-highest": (_D._side_highest_rate,),
    "have-lower": (_D._side_highest_rate,),
    "risk-group": (_D._side_risk_group,),
    "at-risk-field": (_D._side_risk_group,),
    **dict.fromkeys(_PEOPLE_TRIGGERS, (_D._side_people_affected,)),
    "more-common-in": (_D._side_rate_of_topic, _D._side_people_affected),
    **dict.fromkeys(_COMPLICATES, (_D._side_complication_of,)),
    "achieved-with": (_D._side_control_achieved,),
    **dict.fromkeys(("diagnosed-by", "diagnose-from"), (_D._side_own_look,
                                                         _D._side_backed_by)),
    # ("It is based on clinical findings supported by biopsy": both tell it)
    "detects": (_D._side_backed_by,),
    "given": (_D._side_corrects,),
    "prescribe": (_D._side_remedy_for,),
    "remedies-used-are": (_D._side_prevents_too,),
    **dict.fromkeys(("complication-list", "treatment-list"), (_D._side_list_owner,)),
    "symptom-list": (_D._side_list_owner, _D._side_part_signs),
}
# Words before a relation phrase that name nothing: "- usually caused by X", "- often
# follows a cut" (a list item whose subject is its section's topic).
_ONLY_ADVERBS = re.compile(r"\s*[-•*]?\s*(?:(?:usually|often|mostly|mainly|commonly|typically|"
                           r"generally|frequently|sometimes|occasionally|rarely|also|most "
                           r"often|most commonly|more|most|classically|characteristically)\s*)+"
                           r"[,:]?\s*", re.I)
# "prescribe X for Y": the remedy, and what (or how long, or whom) it is for.
_REMEDY_FOR = re.compile(r"^(?P<x>[\w' -]{2,60}?)\s+for\s+(?P<y>[^,;:.()]{1,50}?)\s*[.!]?$",
                         re.I)
# A care named with what it is for: "paracetamol for the fever", "cream for the itch".
_CARE_FOR_TAIL = re.compile(r"^(?P<x>[\w' -]{2,40}?)\s+for\s+(?:the\s+|a\s+|an\s+|any\s+|your\s+)?"
                            r"(?:[\w-]+\s+)?(?:fever|pain|itch|itching|swelling|headache|"
                            r"aches?|cough|nausea|sickness|symptoms?|rash|discomfort)$", re.I)
_REMEDY_FOR_WHEN = re.compile(r"(?:at least |up to |about |around |a |an |one |two |three |"
                              r"several |a few |some |\d+ )*(?:days?|weeks?|months?|years?|"
                              r"hours?|life|longer|a while|some time)\b|(?:the )?(?:first|"
                              r"next|rest)\b", re.I)
# "Symptoms of X include", "the main sign of X is", "treatments for X include": whose list.
_LIST_OWNER = re.compile(r"\b(?:of|for) (?P<x>[\w' -]+?)(?: (?:may |can |often |usually |"
                         r"commonly |also |typically )*(?:include|includes|are|is|involves?|"
                         r"consists? of)\b|:|$)", re.I)
# Words that name the topic's own kind of illness when a list is "of" them ("symptoms of
# infection" on a page about one).
_KIND_OWNERS = frozenset({"infection", "the infection", "illness", "disease", "condition",
                          "syndrome", "disorder", "this", "it"})
# Triggers whose subject, when the left side names nothing, is the one before it ("X may
# help prevent A, reduce B and ease C"); whose right side names people; whose right side
# is a list of acts; and whose empty (or anaphoric) right side is the topic.
_CHAINED_SUBJECT = frozenset({*_PREVENTING, "purpose"})
# The last verb's object, then "and" before the next verb: "(reduce) inflammation and".
_OBJECT_THEN_AND = re.compile(r"\s*[\w' -]{1,60}?\s+and\s*", re.I)
_PEOPLE_RIGHT = frozenset({*_PEOPLE_TRIGGERS, "risk-group", "at-risk-field"})
_ACTS_RIGHT = frozenset({"lowers-risk-by", "prevents-by"})
_MAYBE_ACTS_RIGHT = frozenset({"prevention-by", "ways-to-prevent", "risk-lowered-by"})  # "not X"
# A sample tested, named by the act ("examining a sample of tissue under a microscope",
# "testing a blood sample"): the sample is the means.
_TESTING_SAMPLE = re.compile(r"^\s*(?:(?P<verb>examining|testing|analy[sz]ing|looking at|"
                             r"checking|taking|removing)\s+)?"
                             r"(?P<x>(?:an? |the |your )?(?:small |tiny )?(?:[\w-]+ ){0,2}?"
                             r"(?:samples?|specimens?|swabs?)(?: of (?:your |the )?[\w-]+"
                             r"(?: [\w-]+)?)?)"
                             # ("from an affected organ": where it is cut)
                             r"(?:\s+from (?:an? |the |your )?[\w' -]{2,40}?)?(?:\s+(?:under|"
                             r"with|through) (?:an? |the )?microscope|\s+in (?:a|the) "
                             r"lab(?:oratory)?)?\s*$", re.I)


def _sample_tested(ph: Phrase) -> list[Phrase]:
    """Return the sample a means worded as testing it names, else the means itself."""
    m = _TESTING_SAMPLE.match(ph.label)
    if m is None or not (m["verb"] or " of " in m["x"]):
        return [ph]  # ("swab from the throat": named with its place, as pages name it)
    return phrases(m["x"])


_NOT_DOING = re.compile(r"\bnot (?=[a-z]+ing\b)", re.I)
# A command's leading condition ("If you have had it before, ").
_LEADING_CONDITION = re.compile(r"^(?:if|when|once|unless|while|after|before)\b[^,]{1,80},\s*",
                                re.I)
# A sentence that starts by naming the topic back: "It is caused by germs that ...".
_TOPIC_FIRST = re.compile(r"\s*(?:it|(?:this|the) (?:illness|infection|disease|condition))\s"
                          r"(?:is|can be|may be|was)\b", re.I)
# Triggers whose own words may hold a cue that is not about the claim ("Tests to rule out
# other causes include X" does not deny that X is a test).
# "... can rule out X"; "check it is not X" (a look-alike, not denied).
_OWN_WORDS_NOT_CUES = frozenset({"tests-include", "test-shows", "ruled-out"})
_LIKE_AFTER = re.compile(r"\s*(?:often |usually |very |much |just )?(?:like|similar to|the same as|"
                         r"mistaken for)\b", re.I)
# What "confirm ... with a test" confirms when it is the topic: the fixed words for it.
_CONFIRMED_THING = re.compile(r"it|this|the (?:condition|illness|infection|disease|diagnosis)",
                              re.I)
_CONFIRMED_WHAT = re.compile(r"confirm\w* (.+?) (?:based|by|from|using|with|through|on)\b", re.I)
_CONDITION_LEAD = re.compile(r"\s*(?:if|when|unless|in case|where)\b", re.I)
_CONDITION_BEFORE = re.compile(r"\b(?:if|when|unless|in case)\s+(?:[\w'-]+\s+){0,4}$", re.I)
# ", as are those who smoke", ", as does heavy drinking": the same said of a further factor.
_AS_DO_TOO = re.compile(r"^\s*,\s*as (?:are|is|do|does|can|may|might|will|were|was)\s+"
                        r"(?:also\s+)?(?P<y>[^.;:()]{2,80}?)\s*(?:[.;]\s*)?$", re.I)
_EMPTY_RIGHT_IS_TOPIC = frozenset({"is-risk-factor", "is-treatment", "cause-of", "implicated"})
_ANAPHORIC_RIGHT_IS_TOPIC = frozenset({"at-risk", "raises-risk", "lowers-risk", "way-to-prevent",
                                       "prevents", "predisposes", "causes"})
# ... but "X can cause:" leads a list of what X causes: only "it" names the topic there.
_ONLY_ANAPHORA_IS_TOPIC = frozenset({"causes"})
_LASTING_WHEN = frozenset({"may-occur", "there-may-be", "experience"})
# How long a sign lasts, said in the sentence before it is named: a harm left behind.
_LASTING_SPAN = re.compile(r"\b(?:months|years|long[- ]term|long-lasting|permanent|lasting|"
                           r"lifelong)\b", re.I)
# Headings under which "some people develop X" tells what the topic leaves them with.
_LEFT_BEHIND_KINDS = (p.COMPLICATION, p.PROGNOSIS)
# Headings under which "most cases" or "infection" with nothing more are the topic's own.
_HAD_CAUSE_KINDS = (p.CAUSE, p.RISK)
# A command not to use or do a thing ("Don't use this drug ...", "Never take ...").
_COMMAND_NOT_TO = re.compile(r"^\s*(?:don['\u2019]t|do not|never|avoid|stop)\b", re.I)
_ITS_CASES = re.compile(r"(?:(?:most|many|some|these|the) )?(?:cases?|infections?|"
                        # ("Transmission occurs through X" under causes: how it is caught)
                        r"transmission|spread)", re.I)
# "This is more likely if you have X": with nothing else named, the topic itself.
_IT_ITSELF = re.compile(r"(?:it|this)", re.I)
# "Most have no symptoms. Those who do usually get X": the people with signs, said back.
_WHO_DO_SO = re.compile(r"^(?:those|people|patients|children|adults) who (?:do|does)\b(?! not\b)",
                        re.I)
# People who lived through it: what they have is what it left them with.
_SURVIVORS = re.compile(r"\bsurvivors?\b|\bwho (?:survive|survived|recover|recovered)\b", re.I)
# What follows a sign's head to describe it: "blisters filled with dark fluid", "spots on
# the chest" (the head says whether it is a sign).
_SIGN_POSTMODIFIER = re.compile(r"\s+(?:filled with|full of|containing|with|on|over|around|"
                                r"across|under|behind|in)\s.*$", re.I)
# Counted among people with the topic: "present in", "seen in", "found in", "N % of patients
# have", "N % had".
_PRESENT_IN_PATIENTS = re.compile(
    r"\b(?:(?:is|are|was|were) (?:present|seen|found|reported|noted|documented) in|"
    r"(?:patients|people|cases|children|adults|those affected)\s*(?:\([^)]*\)\s*)?"
    r"(?:have|has|had)\b|underlying|comorbidit)", re.I)
# States and exposures people with an illness are counted as having before it.
_RISKY_STATE = re.compile(
    r"\b(?:diabetes|obesity|cancer|malignancy|hiv|aids|cirrhosis|alcohol\w*|drug use|"
    r"injecting|injection drug|surgery|operation|injur(?:y|ies)|trauma|wounds?|burns?|"
    r"smoking|immunosuppress\w*|steroids?|chemotherapy|transplant\w*|"
    r"(?:kidney|liver|heart|vascular|lung) disease|malnutrition|childbirth|history of)\b",
    re.I)
# What the topic itself would do, kept from happening: "stop it developing".
_ITS_EVENTS = re.compile(r"\s+(?:from\s+)?(?:developing|happening|occurring|starting|coming "
                         r"back|returning|recurring)\b", re.I)
# (The verb they go on to: "... who did not get treatment" ends the clause, naming no harm.)
_UNTREATED_THEN = re.compile(r"\b(?:may|can|might|will|often|usually|also|sometimes|go on to) "
                             r"(?:develop|get|have|experience|suffer from)$", re.I)
# People named by the care they went without: "people who are not treated", "children who
# do not get early treatment" have the topic, and what they develop is what it leaves.
_UNTREATED_PEOPLE = re.compile(
    r"\b(?:people|patients|children|adults|those|individuals|persons|someone|anyone)\s+who\s+"
    r"(?:(?:are|were|have|has|had|is|was)\s+not\s+(?:been\s+)?(?:treated|diagnosed)|"
    r"(?:do|does|did)\s+not\s+(?:get|receive|have|take)|(?:don't|doesn't|didn't)\s+"
    r"(?:get|receive|have|take)|(?:go|goes|went)\s+(?:untreated|undiagnosed))\b", re.I)
# A sentence opening "If left untreated," or "Without treatment,": what follows it leads to.
_UNTREATED_LEAD = re.compile(r"^\W*(?:but |and )?(?:if (?:it is |it's |it goes |this is )?"
                             r"(?:(?:left |not )(?:untreated|treated)|untreated)|untreated|"
                             r"without (?:prompt |"
                             r"proper |any )?treatment|left untreated)\s*,", re.I)
# "If it's not treated (or care is late), there's a risk ...": still the topic's harm.
_IF_UNTREATED = re.compile(r"^\W*(?:but |and )?(?:if|when) (?:it|this|the (?:illness|infection|"
                           r"condition|disease))(?: is|'s)? (?:(?:not|left) (?:treated|"
                           r"untreated)|untreated)\b(?:(?! you | smoke)[^,;]){0,40},", re.I)
# Harms named only as more of them: the list after names them.
_FURTHER_PROBLEMS = re.compile(r"\s*(?:further|other|more|some) (?:problems|issues)\b", re.I)
# People who later come to have something: "some go on to develop lasting pain".
# "People affected", "those who are affected", "people who get it": people with the topic.
# The page's own patients as a sentence's whole subject: "Affected individuals", "Patients",
# "Most patients".
_AFFECTED_SUBJECT = re.compile(
    r"^\s*(?:(?:most|many|some|all|the) )?(?:affected (?:people|patients|individuals|persons|"
    r"children|adults)|patients|sufferers)\b", re.I)
_PEOPLE_AFFECTED = re.compile(
    r"\b(?:people|patients|children|adults|those|individuals|persons|many|most|some)\s+(?:(?:who "
    r"(?:are|were|have been|get|got|have|had|develop|catch) )?affected|who (?:get|got|have|had|"
    r"develop|developed|catch|caught) (?:it|this))\b|\baffected (?:people|patients|children|"
    r"adults|individuals|persons)\b", re.I)
_GO_ON_TO = re.compile(r"\bgo(?:es)? on to (?:develop|have|get|suffer from)$", re.I)
# Heads of harms a page may call possible ("vision loss may occur").
_HARM_HEAD = re.compile(r"\b(?:loss|failure|damage|scarring|blindness|deafness|disability|"
                        r"gangrene|sepsis|abscess(?:es)?|aneurysms?|amputation|death|shock|"
                        r"fibrosis|necrosis|stroke|paralysis|thrombosis|arrhythmias?)$", re.I)
# "patients may go into shock", "slip into a coma".
_GOES_INTO = re.compile(r"\b(?:go|goes|going|went|slip|slips|slipped|fall|falls|fell) into "
                        r"(?:a |an )?(?P<x>(?:septic |toxic )?shock|coma|cardiac arrest|"
                        r"respiratory failure|kidney failure|organ failure)\b", re.I)
# "It can damage the liver", "can cause the kidneys to stop working": an organ harmed.
# Words by which a clause points back to what the page is about ("which", "it", "this").
_REFERS_BACK = re.compile(r"\b(?:which|that|it|this|they|these)\b", re.I)
# A part of the body left open to a harm: "leave the eye vulnerable to infection".
_EXPOSED_WORDS = ("vulnerable", "prone", "open to", "susceptible", "exposed to")
_LEFT_EXPOSED = re.compile(
    r"\b(?:leaves?|leaving|left|makes?|making|made)\s+(?:the |your |their |a person's |his |"
    r"her )?(?P<o>[a-z]+)\s+(?:more |very |particularly |especially )?(?:vulnerable|prone|open|"
    r"susceptible|exposed)\s+to\s+(?:an? |further |other )?(?P<y>infections?|ulcers?|injury|"
    r"injuries|damage|sores?)\b", re.I)
_HARMS_ORGAN_WORDS = ("damage", "harm", "injure", "scar", "inflame", "stop working", "fail",
                      "shut down", "stop functioning")
_HARMS_ORGAN = re.compile(
    r"\b(?:can|may|might|could|will|often|sometimes|also|then|quickly)\s+(?:also\s+)?"
    r"(?:(?P<v>damage|harm|injure|scar|inflame)\s+(?:the |your |a person's |their |other |"
    r"several |many |vital )?(?P<o>[a-z]+(?: (?!and\b|or\b)[a-z]+)?)|"
    r"cause\s+(?:the |your |their |other |"
    r"several |many |vital |multiple |different |major )?(?P<o2>[a-z]+(?: [a-z]+)?)\s+to\s+"
    r"(?:stop working|fail|shut down|"
    r"stop functioning))\b", re.I)
_MANY_ORGANS = re.compile(r"\bmultiple organs\b", re.I)  # ("several organs": organ failure)
# More organs after the first one harmed: ", liver and heart", " or the lungs".
_MORE_ORGANS = re.compile(r"(?:(?:,\s*|,?\s+(?:and|or)\s+)(?:the |your |their )?[a-z]+)+", re.I)
_ORGAN_ITEM = re.compile(r"(?:,\s*|,?\s+(?:and|or)\s+)(?:the |your |their )?([a-z]+)", re.I)
_POSSIBLE_HARM = re.compile(r"^\s*(?:an? |the )?(?P<x>[\w' -]{3,50}?)\s+(?:is|are)\s+"
                            r"(?P<no>not )?(?:also |always |sometimes |very )?(?:possible|a "
                            r"possibility|a (?:rare |possible |known |serious )?risk)\s*[.;]?\s*$",
                            re.I)
_ORGANS = r"(?:kidneys?|liver|heart|lungs?|brain|organs?)"  # organs said to fail
_ORGAN_NAME = re.compile(rf"\b{_ORGANS}\b", re.I)
_ORGANS_FAIL = re.compile(
    r"\b(?P<list>(?:(?:the |your |vital |several |other )?organs?,? (?:such as|like|including) )?"
    rf"(?:the |your |vital |several )?{_ORGANS}(?:(?:,| and| or) (?:the |your )?{_ORGANS})*)\s+"
    r"(?:(?:can|may|might|could|will|often|sometimes|also|then|quickly|start to|begin to)\s+)*"
    r"(?P<fail>stop working|fail|shut down|stop functioning)\b", re.I)
_ORGAN_HARM_NOUN = {"damage": "damage", "harm": "damage", "injure": "damage", "scar": "scarring",
                    "inflame": "inflammation", "fail": "failure"}
_HARMED_NOUN = {"damaged": "damage", "scarred": "scarring", "injured": "damage",
                "harmed": "damage", "inflamed": "inflammation"}
# "In some people, the lungs may become scarred": the organs harmed, the subject of the
# sentence (after a leading clause at most).
_ORGAN_HARMED = re.compile(
    r"^\s*(?:(?:in|over|with|without|for|after)\b[^,]{1,60},\s*"
    # ("In a small number of people the lungs become scarred": whom, with no comma)
    r"|(?:in|among) (?:a (?:small |large )?(?:number|minority|proportion) of (?:people|patients|"
    r"cases)|(?:some|a few|many|most) (?:people|patients|cases)|rare cases)\s+)?"
    r"(?:the |your |their )?(?P<o>[a-z]+)"
    r"(?P<more>(?:(?:,\s*|,?\s+(?:and|or)\s+)(?:the |your |their )?[a-z]+)*)\s+"
    r"(?:(?P<modal>can|may|might|could|will)\s+)?(?:(?:also|often|sometimes|then|eventually|"
    r"quickly)\s+)?(?:become|becomes|be|get|gets|are|is)\s+(?:permanently |badly |severely |"
    r"seriously |also )?(?P<v>damaged|scarred|injured|harmed|inflamed)\b", re.I)
# "X is often the only way to": X is the means.
_ONLY_WAY = re.compile(r"(?P<x>.+?)\s+(?:is|are)\s+(?:often |usually |sometimes |generally )?"
                       r"(?:the |a )?(?:only|best|main|surest|most reliable|definitive|usual) "
                       r"(?:way|means|method|test)s?(?:\s+(?:to|of|for))?\s*$", re.I)
# "X is a rare bacterial infection of ...": the kind of illness a page defines its topic as.
_DEFINED_KIND = re.compile(r"\s*(?P<t>[\w'\u00c0-\u024f-]+(?: [\w'\u00c0-\u024f-]+){0,4}?)"
                           r"(?: \([^)]{1,40}\))?,? (?:(?:also |sometimes )?(?:called|known as) "
                           r"[^,.;]{1,40}, )?(?:is|are) (?:an? |the )?"
                           # "a rare, serious bacterial infection": listed adjectives, too.
                           r"(?:[\w-]+,? (?:(?:and|but|or) )?){0,5}?"
                           r"(?P<k>infection|illness|disease|disorder|syndrome)\b", re.I)
# A kind of illness at a site, as a definition names it ("a rare infection of the skin").
_KIND_AT_SITE = re.compile(r"(?:an? |the )?(?:[\w-]+,? ){0,4}?"
                           r"(?P<k>infection|illness|disease|disorder|syndrome) "
                           r"(?:of|in|affecting) \S", re.I)
# The definition with the sites it names ("... infection of the skin and soft tissue").
_SITE_ITEM = r"[\w-]+(?: (?!and\b|or\b)[\w-]+)?"
_DEFINED_KIND_SITE = re.compile(_DEFINED_KIND.pattern + r"(?: (?:of|in|affecting) (?:the )?"
                                rf"{_SITE_ITEM}(?:(?:,| and| or) (?:the )?{_SITE_ITEM}){{0,4}})?",
                                re.I)
# The topic's agents: what they do to the body, the topic does.
_AGENT = re.compile(r"(?:the |these |its |this )?(?:toxins?|poisons?|bacteri(?:a|um)|germs?|"
                    r"virus(?:es)?|infection)"
                    # "Toxins released by the germs": the agent, said with its maker
                    r"(?: (?:released|made|produced|given off) (?:by (?:the |these )?"
                    r"(?:bacteri(?:a|um)|germs?|virus(?:es)?)|into the (?:blood|bloodstream|"
                    r"body)))?", re.I)
# "people who have (had) it": the people the topic's statements are about.
_WHO_HAVE = re.compile(r"\bwho (?:have |has |had |get |develop )+")


# Claim rules: each looks at one subject-object pair of a relation phrase, may change it,
# and returns False to drop it.  They run in this order (see _CLAIM_RULES below).
def _good_outcome_works(rules: DocumentRules, r: _Reading, c: _Pair) -> bool:
    """"Early treatment leads to a quick recovery": it works."""
    if c.pred == v.CAUSES and not c.s_top and _OUTCOME.match(c.o) is None and \
            _GOOD_OUTCOME.match(c.o) and not _NOT_A_REMEDY.search(c.s):
        c.pred, c.o, c.o_top = v.EFFECTIVE_FOR, rules.topic, True
    return True


def _people_get_members(factor: str) -> list[str]:
    """Return the factors of "people with A, B or C get it", one each; a factor that is
    no list ("people with heart failure") stays whole."""
    if "," not in factor and not re.search(r"\b(?:and|or)\b", factor):
        return [factor]
    members = [pc.clean_phrase(x) for x in pc.split_list(factor)]
    # ("people who are obese or diabetic": each state its own factor, obesity and diabetes)
    members = [pc.people_factor(f"people who are {x}") if x and pc.is_generic(x) else x
               for x in members]
    members = [x for x in members if x and not pc.is_generic(x) and not x.startswith("people ")]
    return members if len(members) > 1 else [factor]


# "As a result of X, ...", "Because of X, ...", "With X, ...": a clause said to come of X.
_OWING_TO_TOPIC = re.compile(r"\s*(?:as a (?:result|consequence) of|because of|due to|with|"
                             r"in people with|when you have|if you have)\s", re.IGNORECASE)
# A share of the page's patients before what they have: "Up to 80% of patients have".
_SHARE_OF_PATIENTS = re.compile(
    r"(?:\d+(?:\.\d+)?\s*(?:%|per ?cent)|(?:one|1) in (?:\d+|two|three|four|five|ten)|"
    r"(?:the )?(?:majority|minority)|half|a third|a quarter|two thirds)\s+of\s+(?:the\s+|all\s+|"
    r"these\s+)?(?:infected\s+|untreated\s+|affected\s+)?$", re.I)
# "... occurs in about 5% of cases", "... develops in most patients": counted among its cases.
# "Spontaneous remission occurs in many patients": how it ends, no sign of it.
_OUTCOME_NO_SIGN = re.compile(r"\b(?:remission|recovery|resolution|improvement|relapse|"
                              r"recurrence|cure)s?$", re.I)
_IN_SHARE_OF_CASES = re.compile(
    r"\s+in\s+(?:about |around |up to |over |nearly |almost |approximately |roughly |fewer than "
    r"|less than |more than )?(?:\d+(?:\.\d+)?\s*(?:%|per ?cent) of|(?:most|many|some|a few|a "
    r"minority of|the majority of|half of))\s+(?:the\s+|all\s+)?(?:cases|patients|people|"
    # ("develops in a minority", "in a small proportion": the share said alone)
    r"children|adults)\b|\s+in\s+(?:a (?:small |large )?(?:minority|proportion|number)|a few|"
    r"some|most|many)(?=\s*[.;,]|\s*$| of (?:cases|patients|people)\b)", re.I)
# "You may also have", "your child might get": the reader told what they may have.
_YOU_MAY_HAVE = re.compile(r"(?:you|your (?:child|baby)) (?:may|might|can|could|will) (?:also |"
                           r"often |sometimes |usually )?(?:have|get|notice|feel)", re.IGNORECASE)


def _opens_with_sign(item: str) -> bool:
    """Return whether a phrase's first few words end in a sign's name ("a problem closing
    one eye", "a burning pain in the arm", "tingling")."""
    words = item.lower().split()
    return any(p.SYMPTOM_HEAD.search(" ".join(words[:n])) for n in range(1, min(5, len(words)) + 1))


# "If you feel your child's neck": feeling a body part with the hand, not a sensation.
_FEEL_A_PART = re.compile(r"\bfeel$", re.IGNORECASE)
_FEEL_A_PART_AFTER = re.compile(r"\s+(?:your|their|his|her|the|a)\b", re.IGNORECASE)


def _names_grave_harm(said: str) -> bool:
    """Return whether a list names a grave harm, an organ's harm or a disease of its own
    ("shock and kidney failure", "gangrene", "nerve neuralgia", "vision loss")."""
    return any(_GRAVE_OUTCOME.fullmatch(x) or _ORGAN_HARM.search(x)
               or _DISEASE_NAME.search(x) or _SENSE_LOSS.fullmatch(x)
               for x in map(pc.clean_phrase, pc.split_list(said)))


# Sections whose every ", causing X" names the topic's own harm or sign, whatever the
# clause's subject (a body part, a process): the heading says whose it is.
_OWN_HARM_KINDS = frozenset({p.COMPLICATION, p.SYMPTOM})
# Sections where ", causing X" names the topic's harm only when X stays ("permanent X"):
# the outlook, and care that keeps it from happening (in general text the clause's subject
# may be anything's).
_LASTING_HARM_KINDS = frozenset({p.PROGNOSIS, p.TREATMENT})


# A sense lost: a harm that stays, never a passing sign.
_SENSE_LOSS = re.compile(r"(?:(?:partial|permanent|some) )?(?:(?:vision|sight|hearing) loss|"
                         r"loss of (?:vision|sight|hearing))", re.I)


def _develops_under_outlook(r: _Reading, c: _Pair) -> bool:
    """"Some people develop kidney damage" under an outlook heading: a harm it leaves (what
    people merely have, or a sign named as one, stays what it was)."""
    return r.kind == p.PROGNOSIS and r.trig_text.lower().endswith(("develop", "suffer from")) \
        and not p.SYMPTOM_HEAD.search(c.o)


def _lasting_sign_is_harm(rules: DocumentRules, r: _Reading, c: _Pair) -> bool:
    """"In some cases, lasting nerve pain develops": a harm it leaves, not a sign."""
    if c.pred == v.HAS_SYMPTOM and r.trig.name in _LASTING_WHEN and (
            r.kind == p.COMPLICATION or _LASTING.search(c.o) or (
                r.trig.name == "experience" and (_develops_under_outlook(r, c) or _SURVIVORS.search(
                    r.trig_text) or (
                    _GO_ON_TO.search(r.trig_text) and r.kind != p.SYMPTOM))) or (
                r.trig.name == "may-occur" and _HARM_HEAD.search(c.o)
                and not p.SYMPTOM_HEAD.search(c.o))):
        c.pred = v.HAS_COMPLICATION
    elif c.pred == v.HAS_SYMPTOM and r.trig.name == "sign-named" and (
            r.kind == p.COMPLICATION or _LASTING_SPAN.search(rules._sentence_before)
            or _names_grave_harm(c.o)):
        # "Pain can last for years. This is known as X", or a name under complications: a
        # harm it leaves
        c.pred = v.HAS_COMPLICATION
    elif c.pred == v.HAS_SYMPTOM and r.trig.name == "may-occur" and r.kind != p.SYMPTOM \
            and _names_grave_harm(pc.clean_phrase(left_side(r.left))):
        # "Shock and kidney failure may develop": harms, not signs, named with a grave one.
        c.pred = v.HAS_COMPLICATION
    elif c.pred == v.HAS_SYMPTOM and r.trig.name == "experience" and \
            _UNTREATED_LEAD.match(rules._sentence_text):
        # "If left untreated, one in 10 people with it will develop X": what it leads to.
        c.pred = v.HAS_COMPLICATION
    elif c.pred == v.HAS_SYMPTOM and r.trig.name == "experience" and r.kind != p.SYMPTOM \
            and r.trig_text.lower().endswith("develop") and _names_grave_harm(c.o):
        # "Some people affected develop kidney failure": a grave harm it leads to.
        c.pred = v.HAS_COMPLICATION
    return True


# A bad outcome as a name: "a poor prognosis", "worse outcomes", "higher mortality", "death".
_BAD_OUTCOME = re.compile(r"^(?:an? |the )?(?:(?:poor|poorer|worse|bad|adverse|unfavou?rable|"
                          r"negative) (?:outcomes?|prognosis|outlook|recovery)|(?:higher |"
                          r"increased |high )?(?:mortality|death rates?|risk of death)|"
                          r"deaths?|dying)$", re.I)


def _outcome_comes_of_its_factor(rules: DocumentRules, r: _Reading, c: _Pair) -> bool:
    """"A poor prognosis is associated with age over 60", "Death is linked to delays": the
    factor is what goes with the bad outcome, named first as the factor lists name it."""
    if c.pred == v.ASSOCIATED_WITH and not (c.s_top or c.o_top) and _BAD_OUTCOME.match(
            c.s) and not _BAD_OUTCOME.match(c.o):
        c.s, c.o = c.o, c.s
    return True


# "a sore throat", "sore eyes": a part that hurts, what the illness causes as a sign.
_SORE_PART = re.compile(r"sore [a-z]+$", re.I)


def _topic_side_decides(rules: DocumentRules, r: _Reading, c: _Pair) -> bool:
    """Which side the topic is on decides the relation: what it causes is a sign or a harm;
    what raises its risk comes first; a remedy never has the topic as its subject."""
    if c.pred == v.CAUSES and c.s_top:
        # ("loss of vision" is vision loss, a harm, whatever sign words it holds)
        c.pred = (v.HAS_SYMPTOM if (r.kind == p.SYMPTOM or _SORE_PART.match(c.o) or (
            p.SYMPTOM_HEAD.search(c.o) and not (
                r.kind == p.COMPLICATION and _HARM_HEAD.search(inverted(c.o)))))
                  and not _DISEASE_NAME.search(c.o) else v.HAS_COMPLICATION)
    elif c.pred == v.INCREASES_RISK_OF and c.s_top and not c.o_top:
        c.pred = v.HAS_COMPLICATION  # "It raises the risk of a stroke": a harm it can bring
    elif c.pred == v.ASSOCIATED_WITH and c.s_top and not c.o_top and (
            _HARM_HEAD.search(c.o) or _GRAVE_OUTCOME.fullmatch(c.o)):
        c.pred = v.HAS_COMPLICATION  # "In untreated patients it is associated with death"
    elif c.pred == v.ASSOCIATED_WITH and c.s_top and not c.o_top and r.kind == p.SYMPTOM \
            and p.SYMPTOM_HEAD.search(c.o):
        c.pred = v.HAS_SYMPTOM  # "The illness is associated with irritability", under signs
    elif c.pred == v.ASSOCIATED_WITH and c.s_top and not c.o_top:
        c.s, c.o = c.o, c.s
    elif c.pred == v.ASSOCIATED_WITH and c.o_top and _A_COMPLICATION.search(c.s):
        # "The heart complications associated with X are serious": X's own.
        c.pred, c.s, c.o, c.s_top, c.o_top = v.HAS_COMPLICATION, rules.topic, c.s, True, False
    elif c.pred in (v.USED_FOR, v.EFFECTIVE_FOR, v.PREVENTS) and c.s_top:
        return False
    return True


def _help_under_prevention_prevents(rules: DocumentRules, r: _Reading, c: _Pair) -> bool:
    """"Avoiding dust can help", under a prevention heading: it prevents the topic."""
    if c.pred == v.EFFECTIVE_FOR and c.o_top and r.kind == p.PREVENTION and \
            r.trig.name == "may-help":
        c.pred = v.PREVENTS
    return True


def _control_item_targets(rules: DocumentRules, r: _Reading, c: _Pair) -> bool:
    """Under "Pain management:", a prescribed drug targets the pain."""
    item_control = _CONTROL.match(r.antecedent or "")
    if c.pred == v.USED_FOR and c.o_top and item_control and r.trig.name != "includes":
        c.pred, c.o, c.o_top = v.TARGETS, item_control.group(1), False
    return True


def _purpose_says_what_it_does(rules: DocumentRules, r: _Reading, c: _Pair) -> bool:
    """What a remedy is for: stopping the spread prevents the topic, easing the illness
    works on it, lowering the risk of Y prevents Y."""
    if c.pred != v.TARGETS or r.trig.name != "purpose" or c.s_top:
        return True
    risk = _RISK_OF.match(c.o)
    if _SPREAD_OR_ILL.match(c.o):
        c.pred, c.o, c.o_top = v.PREVENTS, rules.topic, True
    elif c.o_top or _SEVERITY.match(c.o):
        # "help shorten an attack of X", "ease the illness": it works on X; under
        # prevention, "may reduce flare-ups" keeps them away.
        c.pred = v.PREVENTS if r.kind == p.PREVENTION else v.EFFECTIVE_FOR
        c.o, c.o_top = rules.topic, True
    elif risk is not None:
        what = pc.clean_phrase(risk.group("what"))
        c.o_top = rules.is_topic(what) or rules.mentions_topic(what)
        c.pred, c.o = v.PREVENTS, rules.topic if c.o_top else (
            "complication" if re.match(r"complications?\b", what, re.I) else what)
    return True


def _care_object_named(rules: DocumentRules, r: _Reading, c: _Pair) -> bool:
    """"prevent the spread of the virus" keeps the illness away, "the treatment of choice
    for Y" treats Y: the spread and the choice are no things of their own."""
    if c.o_top or c.pred not in (v.PREVENTS, v.TARGETS, v.USED_FOR, v.EFFECTIVE_FOR):
        return True
    spread = spread_of(c.o) if c.pred in (v.PREVENTS, v.TARGETS) else None
    if spread is not None:
        what, own = spread
        c.pred, c.o_top = v.PREVENTS, own or rules.is_topic(what) or rules.mentions_topic(what)
        c.o = rules.topic if c.o_top else what
        return True
    chosen = chosen_for(c.o) if c.pred in (v.USED_FOR, v.EFFECTIVE_FOR) else None
    if chosen is not None:
        c.o_top = not chosen or rules.is_topic(chosen) or rules.mentions_topic(chosen)
        c.o = rules.topic if c.o_top else chosen
    return True


def _helped_to_mend_is_worked_on(rules: DocumentRules, r: _Reading, c: _Pair) -> bool:
    """"Zorbulin may help your rash to improve": it works on the rash, a sign, not only on
    the illness as a whole (the symptoms or the illness itself stay the topic)."""
    if r.trig.name != "may-help" or c.pred != v.EFFECTIVE_FOR or not c.o_top:
        return True
    mended = helped_to_mend(rules._sentence_text)
    what = pc.clean_phrase(mended or "")
    if what and what.lower() == pc.clean_phrase(r.right).lower() and not (
            rules.is_topic(what) or rules.mentions_topic(what) or _SEVERITY.match(what)
            or pc.TOPIC_ALIASES.match(what)):
        c.o, c.o_top = what, False
    return True


def _effective_at_preventing_prevents(rules: DocumentRules, r: _Reading, c: _Pair) -> bool:
    """"The vaccine is very effective at preventing X": it prevents X."""
    if c.pred != v.EFFECTIVE_FOR or r.trig.name != "works" or not prevents_by_verdict(
            r.trig_text):
        return True
    what = pc.clean_phrase(r.right)
    c.pred = v.PREVENTS
    if what and not (rules.is_topic(what) or rules.mentions_topic(what)
                     or pc.TOPIC_ALIASES.match(what) or pc.ANAPHORA.match(what)):
        c.o, c.o_top = what, False
    return True


def _given_to_contacts_prevents_cases(rules: DocumentRules, r: _Reading, c: _Pair) -> bool:
    """"Giving zorbulin to close contacts can prevent further cases": zorbulin prevents the
    illness."""
    if c.pred != v.PREVENTS or c.s_top:
        return True
    remedy = given_to_whom(c.s)
    if remedy is not None:
        c.s = remedy
    if not c.o_top and more_cases(c.o):
        c.o, c.o_top = rules.topic, True
    return True


# "prophylactic antibiotics", "prophylaxis with X", "preventive treatment with X": given to
# prevent it.
_PROPHYLAXIS = re.compile(r"^(?:(?:prophylactic|preventive|preventative) (?P<x>.+)|"
                          r"(?:prophylaxis|preventive treatment|preventative treatment) "
                          r"(?:with|using) (?P<y>.+))$", re.I)


def _prophylaxis_prevents(rules: DocumentRules, r: _Reading, c: _Pair) -> bool:
    """"Close contacts should receive prophylactic antibiotics", "prophylaxis with X is
    recommended": the remedy is given to prevent the illness.  Denied ("prophylactic X is
    not recommended") it stays a use advised against: the page does not say X fails."""
    if c.pred not in (v.USED_FOR, v.EFFECTIVE_FOR) or c.s_top or not c.o_top or r.negated:
        return True
    low = c.s.lower()
    given = _PROPHYLAXIS.match(c.s) if "prophyla" in low or "prevent" in low else None
    if given is not None:
        c.s, c.pred = (given["x"] or given["y"]).strip(), v.PREVENTS
    return True


_PASSIVE_TREATED = re.compile(r"^(?:is|are|can|may|might|will|could|need|needs|'s|\u2019s)\b",
                              re.I)


# Another illness named by its kind ("Compartment syndrome is treated with X"): the remedy is
# that illness's, whether or not the page named it a harm before.
_OTHER_ILLNESS = re.compile(r"(?:[\w'-]+ ){1,3}(?:syndrome|failure|disease|infection|injury)",
                            re.IGNORECASE)


def _treated_harm_is_the_object(rules: DocumentRules, r: _Reading, c: _Pair) -> bool:
    """"Nerve pain can be treated with painkillers", or "It can be treated with painkillers"
    after a sentence opening with nerve pain: a harm of the topic the page has named is
    what the remedy is for, not the topic as a whole."""
    if r.trig.name != "treated-with" or c.pred != v.USED_FOR or not c.o_top \
            or not _PASSIVE_TREATED.match(r.trig_text.strip()):
        return True
    said = pc.clean_phrase(left_side(r.left)).lower()
    harm = rules._it_harm if said == "it" else said if said in rules._harms_named() or (
        _OTHER_ILLNESS.fullmatch(said) and not pc.TOPIC_ALIASES.match(said)) else None
    if harm and not rules.is_topic(harm):
        c.o, c.o_top = harm, False
    return True


# Purpose verbs that build up something good ("to restore blood flow", "to promote
# healing"): what they name is no harm a remedy acts on.
_BUILDS_UP = re.compile(r"\b(?:improv|restor|promot)", re.I)


def _builds_up_no_target(rules: DocumentRules, r: _Reading, c: _Pair) -> bool:
    """"Oxygen given to restore blood flow": blood flow is no harm the remedy targets."""
    return not (c.pred == v.TARGETS and r.trig.name == "purpose"
                and _BUILDS_UP.search(r.trig_text) is not None)


def _targets_a_thing(rules: DocumentRules, r: _Reading, c: _Pair) -> bool:
    """A remedy targets a thing, not the topic, an outcome or an act."""
    return not (c.pred == v.TARGETS and (
        c.o_top or c.s_top or _OUTCOME.match(c.o)
        or re.match(r"(?:helping|making|keeping|affected)\b", c.o, re.I)))


def _used_in_diagnosis_is_test(rules: DocumentRules, r: _Reading, c: _Pair) -> bool:
    """"Tests may be ordered": in a diagnosis section, a test used."""
    if c.pred == v.USED_FOR and (r.kind == p.DIAGNOSIS or r.diagnostic) and c.o_top:
        c.pred, c.s, c.o, c.s_top, c.o_top = v.DIAGNOSED_BY, c.o, c.s, True, False
    return True


def _remedy_for_people_is_for_the_topic(rules: DocumentRules, r: _Reading, c: _Pair) -> bool:
    """"the first-line therapy for symptomatic patients", "in severe cases": the people or
    cases are the topic's."""
    if c.pred in (v.USED_FOR, v.EFFECTIVE_FOR) and not c.o_top and (
            _PEOPLE_OBJECT.fullmatch(c.o) or _GRADE_OF_DISEASE.fullmatch(c.o)):
        # ("used for resistant disease": the topic, in its hard form)
        c.o, c.o_top = rules.topic, True
    return True


# The illness named by a grade or course alone: "resistant disease", "severe cases".
_GRADE_OF_DISEASE = re.compile(r"(?:(?:very|more|most|highly) )?(?:severe|resistant|refractory|"
                               r"mild|moderate|advanced|active|aggressive|difficult|complicated|"
                               # ("used for the genetic form": the topic, in that form)
                               r"treatment-resistant|relapsing|persistent|genetic|inherited|"
                               r"familial|hereditary|atypical|acquired) (?:disease|illness|"
                               # ("for people with more severe symptoms": the topic's)
                               r"cases?|forms?|symptoms|infections?)", re.I)


def _kind_class_is_topic(rules: DocumentRules, r: _Reading, c: _Pair) -> bool:
    """"Diabetes predisposes to skin infections", on a page that defines the topic as an
    infection: the class it belongs to, as what a risk raises, is the topic."""
    if r.trig.name in CLASS_OBJECT_TRIGGERS and not (c.o_top or c.s_top) and rules.kind_head \
            and names_kind_class(c.o, rules.kind_head, rules.kind_words):
        c.o, c.o_top = rules.topic, True
    return True




def _a_germ_brings_on_is_a_cause(rules: DocumentRules, r: _Reading, c: _Pair) -> bool:
    """"It can also be brought on by viruses", "triggered by bacteria": a germ that brings
    the topic on causes it (a germ is no risk factor a person has)."""
    if c.pred == v.INCREASES_RISK_OF and c.o_top and r.trig.name in _BRINGS_ON and \
            _A_GERM.fullmatch(c.s):
        c.pred = v.CAUSES
    return True


_BRINGS_ON = frozenset({"triggered-by"})


def _an_injury_had_is_no_sign(rules: DocumentRules, r: _Reading, c: _Pair) -> bool:
    """"Get help if you have a wound and feel unwell": the wound is where it may start, no
    sign of it (a sign of its own says more: "a wound that will not heal")."""
    return not (c.pred == v.HAS_SYMPTOM and r.trig.name == "experience"
                and _BARE_INJURY.fullmatch(c.o) and _IF_WORD.search(r.left))


_BARE_INJURY = re.compile(r"(?:an? |the |any )?(?:(?:small|minor|recent|new|open) )?(?:wound|"
                          r"cut|graze|scrape|injury|burn|bite|scratch)(?:e?s)?", re.I)
_IF_WORD = re.compile(r"\b(?:if|when)\b", re.I)


def _its_process_is_no_harm(rules: DocumentRules, r: _Reading, c: _Pair) -> bool:
    """"The toxins trigger a massive immune response", "This leads to a cytokine storm": the
    response is how the illness works (read as such by the mechanism reader), no harm."""
    return not (c.s_top and c.pred == v.CAUSES and _PROCESS_OBJECT.fullmatch(c.o))


# The body's own response named as a process: "a massive immune response", "cytokine storm".
_PROCESS_OBJECT = re.compile(r"(?:(?:an?|the)\s+)?(?:(?:massive|excessive|exaggerated|abnormal|"
                             r"overwhelming|strong|severe|huge|overactive|widespread)\s+)*"
                             r"(?:immune (?:response|reaction|activation)|cytokine (?:storm|"
                             r"release)|inflammatory (?:response|reaction))", re.I)
# A germ named by its class alone: "viruses", "other germs", "certain bacteria".
_A_GERM = re.compile(r"(?:(?:other|some|certain|many|different|several|a|an|the)\s+)*"
                     rf"(?:[a-z-]+\s+)?{_GERM_WORD}", re.I)


def _topic_form_is_topic(rules: DocumentRules, r: _Reading, c: _Pair) -> bool:
    """"Type II grebble fever is caused by G", "type 1 is caused by G": a type or form of
    the topic is the topic as what a cause or a risk brings on (the form is who it counts)."""
    if c.pred in _RISKLIKE and not (c.o_top or c.s_top) and (
            _BARE_TYPE.fullmatch(c.o) or _form_of_topic(rules, c.o) or _typed_kind(rules, c.o)):
        c.o, c.o_top = rules.topic, True
    elif c.pred in (v.HAS_SYMPTOM, v.HAS_COMPLICATION) and c.s_top and (
            _BARE_TYPE.fullmatch(c.o) or _typed_kind(rules, c.o) or (
                (typed := _BARE_TYPE_OF.fullmatch(c.o)) is not None
                and typed["kind"].lower() in _OWN_KIND_WORDS)):
        return False  # "Type 1 infection occurs in 75 % of patients": a form, no sign of it
    elif c.pred == v.CAUSES and not (c.o_top or c.s_top) and _ONE_FORM.fullmatch(c.s):
        # "One form of the disease also causes blood poisoning": the topic, in one form
        c.s, c.s_top = rules.topic, True
    elif c.pred == v.CAUSES and not (c.o_top or c.s_top) and _form_of_topic(rules, c.s) \
            and not _DEATH.fullmatch(c.o):
        # "Untreated lung X can lead to scarring": what a form of it leads to is the form's
        # harm
        c.pred = v.HAS_COMPLICATION
    return True


def _typed_kind(rules: DocumentRules, label: str) -> bool:
    """Return whether a label is a numbered type of the topic's kind ("type 1 infection" on a
    page that defines the topic as an infection)."""
    m = _BARE_TYPE_OF.fullmatch(label)
    return m is not None and bool(rules.kind_head) and label_key(m["kind"]) == rules.kind_head


def _form_of_topic(rules: DocumentRules, label: str) -> bool:
    """Return whether a label is one word of kind before the topic's name ("type II X",
    "menstrual X"), not a phrase that ends in it ("lesions in X", "an increase in X")."""
    if not rules.names_topic_form(label):
        return False
    key = label_key(label)
    return any(key.endswith(" " + k) and _FORM_WORD.fullmatch(key[:-len(k) - 1])
               for k in rules.topic_keys if len(k) > 3)


# A type named by its number or letter alone: "type II", "type 1".
_BARE_TYPE = re.compile(r"(?:the )?types? (?:[ivx]{1,4}|\d|[a-d])", re.I)
# The words a page names the illness's own kinds with ("type 2 disease").
_OWN_KIND_WORDS = frozenset({"infection", "disease", "illness", "form", "syndrome", "disorder"})
_BARE_TYPE_OF = re.compile(r"(?:the )?types? (?:[ivx]{1,4}|\d|[a-d]) (?P<kind>[a-z]+)", re.I)
# The word of kind before a form's name: a type, or an adjective of kind or course.
_FORM_WORD = re.compile(r"types? (?:[ivx]{1,4}|\d|[a-d])|(?:non-?)?[a-z]+(?:al|ic|ous|ive|ent|"
                        r"ant|ary|ar)|early|late|severe|mild|acute|chronic|recurrent|"
                        # ("lung X", "skin X": the form in one organ)
                        r"(?:untreated )?(?:lung|skin|heart|eye|kidney|liver|brain|nerve|joint|"
                        r"bone)s?", re.I)


def _people_of_the_topic(rules: DocumentRules, r: _Reading, c: _Pair) -> bool:
    """"It is more common in people with X" says who gets the topic, nothing else; but
    "heart damage may develop in children under one" says who gets a grave harm."""
    return r.trig.name not in _PEOPLE_TRIGGERS or c.o_top or bool(
        _HARM_HEAD.search(c.o) or _names_grave_harm(c.o))


def _site_off_between_others(rules: DocumentRules, r: _Reading, c: _Pair) -> bool:
    """"A causes blood clots in the arteries": between two other things, the step without
    the body site it happens in (else too long a name to keep); a bare site ("A leads to
    a lack of air in the gut and skin": skin) is where, not what is caused."""
    if not (c.s_top or c.o_top) and c.pred in _RISKLIKE:
        c.s, c.o = site_left_off(c.s), site_left_off(c.o)
        return not p.ANATOMY.fullmatch(c.o)
    return True


def _short_names_between_others(rules: DocumentRules, r: _Reading, c: _Pair) -> bool:
    """Between two other things: only short, name-like phrases ("scarring of the lungs" is
    two words of name)."""
    return (c.s_top or c.o_top or c.pred not in _RISKLIKE
            or max(_name_words(c.s), _name_words(c.o)) <= 3)


# People who look ill, then the signs they show: "Patients may appear very unwell, with X".
# "It can have a severe course, with vomiting, fits and confusion": the signs of that course.
_COURSE_WITH = re.compile(r"^\s*(?P<t>it|this|the (?:illness|disease|infection|condition)|"
                          r"[\w' -]{2,40}?)"
                          r"\s+(?:(?:can|may|often|usually|sometimes)\s+)?(?:have|has|take|takes|"
                          r"run|runs)\s+an?\s+(?:severe|serious|mild|toxic|rapid|fulminant|"
                          r"aggressive)[\w ()-]{0,20}?\s+course,\s*with\s+(?P<x>.+)$", re.I)
_UNWELL_WITH = re.compile(r"^\s*(?:most |many |some )?(?:patients|people|they|children|adults|the "
                          r"(?:patient|child|person))\s+(?:(?:may|can|often|usually|typically|"
                          r"will)\s+)*(?:appear|look|seem|be|are|is|become|feel)\s+(?:very |"
                          r"severely |acutely |extremely |quite |rapidly )?(?:unwell|ill|sick|"
                          r"toxic)(?:-appearing)?,\s*with\s+(?P<x>.+)$", re.I)


def _sign_names(text: str) -> list[str]:
    """Return the signs a subject lists, one per body site when a sign is named at several
    ("Pain in the neck, back or legs is common": neck, back and leg pain)."""
    listed = pc.examples(text)  # "Constitutional symptoms such as A and B": A and B
    if listed is not None and _SIGNS_AS_CLASS.fullmatch(listed[0].strip()):
        text = listed[1]
    spread = spread_over_sites(text)
    return [ph.label for ph in spread] if spread else list(map(pc.clean_phrase,
                                                               pc.split_list(text)))


def _name_words(text: str) -> int:
    """Return how many words a phrase has, not counting an "of the" or "in a" that joins a
    part ("infection in a wound" is two words of name); a wording the lexicon knows counts
    as its group's first name ("a sharp drop in blood pressure" is low blood pressure)."""
    said = text.strip()
    group = lexicon_group(_label_key(_HOW_FAST.sub("", said))) if " " in said else None
    if group is not None:
        return len(group[0].split())
    return len(_OF_PART.sub(" ", text).split())


# A class of signs named by a body part: "Eye symptoms", "skin problems", "joint signs".
# (The class word may be the relation phrase's own: "Eye [symptoms include]".)
_PART_CLASS = re.compile(r"(?:the |your )?(?P<part>[a-z]+)(?: (?:symptoms|signs|problems|"
                         r"complaints|features|changes))?", re.I)
# Signs that need a place to name one thing: "redness" of what.
_BARE_SIGNS = frozenset({"redness", "pain", "swelling", "itching", "itchiness", "dryness",
                         "irritation", "discharge", "tenderness", "soreness", "stiffness",
                         "numbness", "burning", "bleeding", "inflammation", "sensitivity"})
_SITE_ARTICLE = re.compile(r"^(?:the|your|their|its|both|one|an?)\s+", re.I)
# The illness named back as the subject of "involves": "It", "This disease", "The condition".
_IT_SAID = re.compile(r"(?:it|this|(?:the|this) (?:disease|condition|illness|infection|"
                      r"syndrome|disorder))", re.I)
# Sections whose "involves" tells what care, tests or prevention are made of.
_NOT_ITS_PROCESS = (p.TREATMENT, p.DIAGNOSIS, p.PREVENTION)
# How fast or how far a change goes, before the change: "a sharp drop in blood pressure".
_HOW_FAST = re.compile(r"^(?:an? |the )?(?:sharp|steep|sudden|rapid|marked|significant|"
                       r"dramatic|severe) (?=(?:drop|fall|rise|increase|decrease)\b)", re.I)


# The class a list of signs opens with: "Constitutional symptoms such as A and B" lists A, B.
_SIGNS_AS_CLASS = re.compile(r"(?:[\w-]+\s+){0,2}(?:symptoms|signs|features|complaints)", re.I)
# ("the body's response to the toxins": a response and what it answers, one name)
_OF_PART = re.compile(r"\s+of\s+(?:the\s+|your\s+|their\s+)?|\s+in\s+an?\s+|"
                      r"(?<=response)\s+to\s+(?:the\s+|these\s+|its\s+)?|"
                      r"(?<=reaction)\s+to\s+(?:the\s+|these\s+|its\s+)?", re.I)


def _no_figure_sign(rules: DocumentRules, r: _Reading, c: _Pair) -> bool:
    """"with an incidence of 0.4 per 100,000" is a figure, not a sign; "Histology is
    characterised by X": what a test finds, no sign of the test."""
    return not (c.pred == v.HAS_SYMPTOM and (_FIGURE_WORDS.search(c.o) or (
        not c.s_top and (_TEST_WORD.fullmatch(c.s) or _FINDING_OF_TESTS.fullmatch(c.s)))))


_FINDING_OF_TESTS = re.compile(r"(?:the )?(?:histology|histopathology|pathology|microscopy|"
                               r"cytology)", re.I)


def _no_other_illness_had(rules: DocumentRules, r: _Reading, c: _Pair) -> bool:
    """"Most people with it have a long-term illness": an illness they have besides it, no
    sign or harm of it."""
    return not (c.pred in (v.HAS_SYMPTOM, v.HAS_COMPLICATION) and c.s_top
                and another_illness(c.o) is not None)


def _no_sign_of_health(rules: DocumentRules, r: _Reading, c: _Pair) -> bool:
    """"Most women with it have normal pregnancies", "people go on to lead full lives": a
    healthy state people keep is no sign or harm of the topic."""
    return not (c.pred in (v.HAS_SYMPTOM, v.HAS_COMPLICATION) and _HEALTHY_STATE.match(c.o))


# A state of health, named by how well it goes ("normal pregnancies", "a full life").
_HEALTHY_STATE = re.compile(r"(?:an? )?(?:normal|healthy|full|active|uneventful|successful|"
                            r"good quality of)\s+(?:pregnanc|li(?:fe|ves|ving)|babies|baby|"
                            r"deliver|births?|recover|outcome|health|activit)", re.I)


def _no_site_association(rules: DocumentRules, r: _Reading, c: _Pair) -> bool:
    """"complications ... are mainly related to the heart": a site, not an association;
    "It occurs most often in the knees, with the hips the next most common site": where
    it shows (read as a body site), no factor raising its risk."""
    if c.pred == v.INCREASES_RISK_OF and c.o_top and c.level is None:
        # ("lack of a spleen": a part's absence is a factor)
        part = p.ANATOMY.match(c.s)
        return part is None or (part.end() < len(c.s) and _SITE_TAIL.match(c.s, part.end())
                                is None)
    return not (c.pred == v.ASSOCIATED_WITH and p.ANATOMY.fullmatch(c.s))


# A reference page's diagnostic factors that are no signs: "history of X" (a factor),
# "presence of risk factors" and "risk of infection with X" (what raises the risk, in
# general or of another thing).
_PAST_HISTORY_ITEM = re.compile(r"(?:an? )?(?:personal |past |previous |prior |recent )?"
                                r"history of\s", re.IGNORECASE)
_RISKS_NAMED_AS_SIGN = re.compile(r"(?:the )?(?:presence of (?:\w+ )?(?:risk|predisposing) "
                                  r"factors?|(?:increased |high )?risk of\s.*)$", re.IGNORECASE)
_SITE_TAIL = re.compile(r"\s+(?:[\w-]+\s+){0,4}(?:sites?|locations?|places?|areas?)\b")


def _bare_age_is_older_age(rules: DocumentRules, r: _Reading, c: _Pair) -> bool:
    """"Age increases the risk of X": growing older does; "Age over 50 is a risk factor":
    older age, as a list item of the same words is read."""
    if c.pred == v.INCREASES_RISK_OF and _BARE_AGE.fullmatch(c.s):
        c.s = "older age"
    elif c.pred in _RISKLIKE and c.o_top and not c.s_top:
        c.s = pc.age_factor(c.s)
    return True


def _remedy_is_no_person(rules: DocumentRules, r: _Reading, c: _Pair) -> bool:
    """"recommends regimes for adults and children": people, no remedy; "need long-term
    treatment with X": "long-term" alone names none either.  A remedy used "to repair the
    skin" is care of the illness, not of the skin."""
    if c.pred == v.USED_FOR and not c.o_top and p.ANATOMY.fullmatch(_ARTICLE.sub("", c.o)):
        c.o, c.o_top = rules.topic, True
    return not (c.pred in (v.USED_FOR, v.TARGETS, v.EFFECTIVE_FOR, v.PREVENTS) and not c.s_top
                and (_WHO_NOT_WHAT.fullmatch(c.s) or _HOW_LONG_ALONE.fullmatch(c.s)
                     or _CARER_CLAUSE.match(c.s) or _NO_CARE_GIVEN.match(c.s)))


# Carers named as a group: "a team of specialists", "a panel of experts".
_TEAM_OF = re.compile(r"(?:an? |the )?(?:[\w-]+ )?(?:team|panel|group|board) of (?:[\w-]+ )?"
                      r"(?:specialists|experts|doctors|clinicians|professionals|consultants)|"
                      + _WHO_NOT_WHAT.pattern, re.I)


# "Failure to treat it", "three to six weeks of treatment", "further research": no remedy.
_NO_CARE_GIVEN = re.compile(r"(?:failure|delay|inability|refusal)$|(?:[\w-]+ ){1,4}of "
                            r"(?:treatment|therapy|care)$|(?:further |more )?research$", re.I)


# "... more frequently than white women": the group compared with, after the group named.
_MORE_THAN_TAIL = re.compile(r"\s+(?:(?:much|far) )?more (?:often|frequently|commonly)\s+than\b",
                             re.I)
# A lead whose items say what care does: "Medicines will:", "Treatment aims to:", "The goals
# of treatment are to:".
_AIMS_LEAD = re.compile(r"(?:^|\.\s+)(?:the |your |these )?(?:medicines?|medications?|drugs?|"
                        r"treatments?|therapy|therapies|care) (?:will|can|may|aims? to|help(?:s)?"
                        r"(?: to)?)\s*:\s*$|\bgoals? of (?:treatment|care|therapy) (?:is|are)"
                        r"(?: to)?\s*:\s*$", re.I)
# A lead about what worsens the outlook, not what brings the illness on.
_POOR_OUTCOME_LEAD = re.compile(r"\b(?:risk|chance|likelihood) (?:for|of) (?:a )?(?:poor|poorer|"
                                r"worse|bad|unfavou?rable) (?:outcome|prognosis|outlook)", re.I)
# A gloss that opens with how often its line's thing is found: "Present in 60 % of patients".
_VERBLESS_PRESENT = re.compile(r"\s*(?:(?:present|found|seen|noted|reported|identified|detected|"
                               r"occurs?)\s+in\b|"
                               # ("Asthma" as a line, then "4.9 times greater risk": its risk)
                               r"(?:about |around |up to )?\d+(?:\.\d+)?\s*(?:times|-fold)\s+"
                               r"(?:greater|higher|increased|more)\b)", re.I)
# A lead that denies the risk of what it lists: "You are not at greater risk than others if
# you have:", "These do not raise the risk:".
_NO_RISK_LEAD = re.compile(r"\b(?:(?:are|is)(?: not|n't)|(?:do|does)(?: not|n't) "
                           r"(?:put you|place you)) at (?:any )?(?:greater|higher|increased|"
                           r"more|extra) risk\b|\b(?:do|does)(?: not|n't) (?:increase|raise) "
                           r"(?:the|your) risk\b", re.I)


# The modal and adverbs between a subject and "look like": "X can often look like".
_LOOKS_LEAD = re.compile(r"(?:\s+(?:can|may|might|could|will|often|sometimes|at first|"
                         r"initially|early on|also))+\s*$", re.I)


# "Surgeons cut away dead tissue (to stop ...)": a clause whose subject is the carer; the
# act itself is read by the care wordings, the clause is no remedy's name.
_CARER_CLAUSE = re.compile(r"(?:the |a |your )?(?:surgeons?|doctors?|nurses?|physicians?)\s+"
                           r"(?!(?:and|or|of|with)\b)[a-z]+\s+\w", re.I)


# How long care lasts, left alone as a name: "long-term" in "need long-term treatment with".
_HOW_LONG_ALONE = re.compile(r"(?:long|short|medium)[- ]term|lifelong|ongoing|regular", re.I)


def _exam_done_is_test(rules: DocumentRules, r: _Reading, c: _Pair) -> bool:
    """"A physical exam will be done": a test is how it is diagnosed."""
    if c.pred == v.USED_FOR and c.o_top and not c.s_top and _TEST_WORD.search(c.s) \
            and not re.search(r"\b(?:treat|therap|surgery|medic)", c.s, re.I):
        c.pred, c.s, c.o, c.s_top, c.o_top = v.DIAGNOSED_BY, rules.topic, c.s, True, False
    return True


def _class_before_its_examples(rules: DocumentRules, r: _Reading, c: _Pair) -> bool:
    """"It can cause serious problems such as kidney failure": the failure is named; the
    class before it is none ("These include ..." after a bare class still reads it)."""
    return not (_HARM_CLASS.fullmatch(c.o) and pc.examples(r.right) is not None)


_HARM_CLASS = re.compile(r"(?:serious|severe|other|major|further|dangerous|life-threatening|"
                         r"long-term) (?:health )?(?:problems?|issues?)", re.I)


def _carers_are_no_test(rules: DocumentRules, r: _Reading, c: _Pair) -> bool:
    """"A diagnosis is made by a team of specialists", "diagnosed by a doctor": who
    diagnoses it, no means of diagnosis."""
    return not (c.pred == v.DIAGNOSED_BY and c.s_top and _TEAM_OF.fullmatch(c.o))


def _a_remedy_needed_is_care(rules: DocumentRules, r: _Reading, c: _Pair) -> bool:
    """"These children need aspirin and regular scans": the scans are tests, the aspirin is
    care the illness is given (a list after "need" may mix both)."""
    if c.pred == v.DIAGNOSED_BY and c.s_top and r.trig.name == "has-test" and (
            pc.names_a_drug(c.o) or _CARE_ITEM.search(c.o)):
        c.pred, c.s, c.o, c.s_top, c.o_top = v.USED_FOR, c.o, c.s, False, True
    return True



def _a_place_is_no_test(rules: DocumentRules, r: _Reading, c: _Pair) -> bool:
    """"Samples may be taken from the throat or wound to look for germs": the places the
    samples come from are no tests (the samples are, read by DocumentRules.samples)."""
    return not (c.pred == v.DIAGNOSED_BY and c.s_top and r.trig.name in _SAMPLE_TRIGGERS
                and (p.ANATOMY.fullmatch(c.o) is not None or _PLACE_NOT_TEST.fullmatch(c.o)))


# Phrases whose objects may list the places a sample comes from: "test-shows", and "A swab
# from the vagina, throat or nose may be tested".
_SAMPLE_TRIGGERS = frozenset({"test-shows", "checked-passive"})


# "The bacteria can be grown from blood or wound samples", "the germ is usually isolated
# from pus": the germ (or "it"), a verb of the laboratory, and where the sample came from.
_GERM_GROWN_FROM = re.compile(
    r"\b(?:the\s+)?(?:germs?|bacteri(?:a|um)|organisms?|virus(?:es)?|fung(?:us|i)|"
    r"(?:causative\s+)?(?:agent|pathogen)s?|it|they)\s+(?:can(?:not)?|can't|may|might|could|is|are|"
    r"was|were)\s+"
    r"(?:(?:usually|often|sometimes|also|only|rarely|commonly|not|easily)\s+)*(?:be\s+)?"
    r"(?P<v>grown|cultured|isolated|recovered)\s+(?:from|in)\s+(?:an?\s+|the\s+)?"
    r"(?:samples?\s+of\s+|specimens?\s+of\s+)?(?P<list>[^.;:()]{2,80}?)"
    r"(?=\s*(?:[.;:(]|$)|\s+(?:in|of|from|taken|when|if|after|within|which|but)\b)",
    re.IGNORECASE)
# "A sample of blood or tissue is sent to the laboratory to grow the bacteria".
_SENT_TO_GROW = re.compile(
    r"\b(?:samples?|specimens?|swabs?) (?:of|from) (?:the |your )?(?P<list>[^.;:()]{2,80}?) "
    r"(?:is|are|may be|can be|will be|might be) (?:usually |often |then |also )?(?:sent|taken|"
    r"tested|checked)\b[^.;]{0,40}? to (?P<v>grow|culture|look for|find|identify) (?:the |any )?"
    r"(?:germs?|bacteri(?:a|um)|organisms?|virus(?:es)?|fung(?:us|i))\b", re.IGNORECASE)
_GROWN_WORDS = ("grown", "cultured", "isolated", "recovered from", "to grow", "to culture")
# "The toxin can be detected in blood samples", "antibodies can be found in the blood": a
# test of that sample finds the topic (read under a diagnosis heading only: elsewhere "the
# germ is found in saliva" says how it spreads).
_FOUND_IN_SAMPLE = re.compile(
    r"\b(?:the\s+)?(?P<what>germs?|bacteri(?:a|um)|organisms?|virus(?:es)?|fung(?:us|i)|"
    r"toxins?|antibod(?:y|ies)|antigens?|(?:genetic\s+material|DNA|RNA)(?:\s+of\s+[\w-]+)?|"
    r"it|they)\s+(?:can|may|might|could|will|is|are)\s+"
    r"(?:(?:usually|often|sometimes|also|only|commonly|easily)\s+)*(?:be\s+)?"
    r"(?:detected|found|identified|seen|measured)\s+in\s+(?:an?\s+|the\s+|your\s+)?"
    r"(?:samples?\s+of\s+(?:the\s+|your\s+)?|specimens?\s+of\s+)?"
    r"(?P<place>blood|urine|stool|sputum|pus|tissue|skin|saliva|spinal fluid|cerebrospinal fluid|"
    r"CSF|joint fluid|blister fluid)(?:\s+(?:samples?|specimens?|tests?))?\b", re.IGNORECASE)
# A body fluid a doctor checks is tested, not examined: "check the blood for X".
_FLUID_CHECKED = re.compile(r"\s*(?:the|your|their|his|her)\s+(?P<f>blood|urine|stool|"
                            r"spinal fluid|saliva)\b(?!\s+(?:vessels?|pressure|supply|flow))",
                            re.IGNORECASE)
# A note's line of what goes with the illness, whatever heading it sits under.
_RISK_LABEL = re.compile(r"^\s*(?:associations?|associated with|(?:main |known )?risk factors?|"
                         r"predisposing factors?|triggers?)\s*:", re.IGNORECASE)
# An answer's opening "Yes" ("Yes: avoid swimming in lakes", "Yes, by washing hands").
_YES_LEAD = re.compile(r"^\s*yes\s*[,:;.!\u2013\u2014-]\s*(?:by\s+(?=\w+ing\b))?", re.IGNORECASE)
# A scale a doctor scores, among the criteria a diagnosis reviews: a test, no sign.
_SCORED = re.compile(r"\b(?:score|scale|index|criteria|questionnaire)$", re.IGNORECASE)
# Who said a quotation, after it: '"Most recover with X," said Dr Y, a consultant at Z'.
_SAID_BY = re.compile(r"[,.]?\s*[\"\u201d\u2019']\s*,?\s*(?:said|says|explained|added)\s+"
                      r"[^\"\u201c]*$", re.IGNORECASE)
# A second verb of the sentence's subject after "and": "..., and causes fever"; or the next
# step of one act ("by touching infected surfaces and then your face": no way of its own).
_AND_NEXT_VERB = re.compile(r",?\s+and\s+(?:(?:can|may|might|usually|often|also|then)\s+)*"
                            r"(?:causes?|leads?|results?|brings?|triggers?|produces?|makes?|"
                            r"is|are|was|were|has|have|affects?|spreads?)\b"
                            r"|,?\s+and\s+then\b", re.IGNORECASE)
_FOUND_WORDS = ("detected in", "found in", "identified in", "seen in", "measured in")
_SAMPLE_WORD_END = re.compile(r"\s+(?:samples?|specimens?|fluid|swabs?)$", re.IGNORECASE)
# Where a germ is grown from, as a culture is named ("blood culture", "wound culture").
_CULTURED_PLACE = re.compile(r"blood|urine|stool|sputum|pus|wound|tissue|throat|skin|joint fluid|"
                             r"spinal fluid|cerebrospinal fluid|csf|blister|swab|nose|vagina|"
                             r"cervix|eye|ear", re.IGNORECASE)


# Care that keeps a part moist, and the part: "Eye drops help keep the eye moist", "Use an
# ointment to keep your lips moist" (the care is what is used, or what keeps it so).
_KEPT_MOIST = re.compile(
    r"(?:\b(?:use|using|apply|applying|put in|putting in)\s+|^)(?P<x>[\w' -]{3,50}?)\s+"
    r"(?:(?:can|may|might|will|should|also|often)\s+)*(?:(?:help|helps)\s+)?(?:to\s+)?"
    r"(?:keeps?|keeping)\s+(?:the |your |their |his |her |affected |the affected )*"
    r"(?P<part>[a-z]+)\s+(?:moist|lubricated|wet|from drying out)\b", re.IGNORECASE)
# A sign said as what people do ("Some people lose weight", "you may bruise easily"): who,
# a modal or two, and the doing, named as the sign it is.
_VERB_SIGN_NAMES = (("lose weight", "weight loss"), ("lost weight", "weight loss"),
                    ("losing weight", "weight loss"), ("lose their appetite", "loss of appetite"),
                    ("lose your appetite", "loss of appetite"),
                    ("bruise", "easy bruising"), ("sweat", "night sweats"),
                    ("feed", "poor feeding"), ("off", "loss of appetite"),
                    ("be off", "loss of appetite"), ("are off", "loss of appetite"),
                    ("go off", "loss of appetite"))
_VERB_SIGN = re.compile(
    r"(?:\b(?:people|patients|children|child|adults|babies|baby|infants|you|they|some|many|"
    r"most|few|others|he|she)\s+"
    r"(?:(?:may|might|can|could|will|often|also|usually|sometimes|tend to|start to|begin to)\s+)*"
    r"|\b(?:and|or)\s+)"
    r"(?P<v>lose weight|lost weight|losing weight|lose (?:their|your) appetite|"
    r"bruise (?:easily|more easily)|sweat (?:a lot )?at night|"
    # ("Babies may feed poorly", "Children may be off their food")
    r"feed (?:poorly|badly)|(?:(?:be|are|go) )?off (?:their|your|his|her) food)\b",
    re.IGNORECASE)
_VERB_SIGN_WORDS = ("lose", "lost", "losing", "bruise", "sweat", "feed", "food")


# Places a sample is taken from that name no body part.
_PLACE_NOT_TEST = re.compile(r"(?:the |a )?(?:wounds?|sores?|blisters?|ulcers?|cuts?|"
                             r"vagina|nose|throat|rectum)", re.I)


def _means_named(rules: DocumentRules, r: _Reading, c: _Pair) -> bool:
    """"there are ways to speed recovery", "Treatment is aimed at improving X", "Treatment
    is given in hospital": no means named."""
    if c.pred in (v.PREVENTS, v.USED_FOR, v.EFFECTIVE_FOR) and not c.s_top and \
            _NO_MEANS.match(c.s):
        return False
    if c.pred == v.USED_FOR and not c.s_top and _GOAL_LEAD.match(c.s):
        return False
    if _NOT_A_THING.match(c.o) or _NOT_A_SUBJECT.match(c.s):
        return False  # "years after the rash clears", "reducing inflammation"
    return not (c.pred == v.USED_FOR and c.o_top and c.s == f"{rules.topic} treatment")


def _sign_or_harm_named(rules: DocumentRules, r: _Reading, c: _Pair) -> bool:
    """"complications with their heart" is a heart complication; "a tick-borne disease" is
    what it is, not a sign."""
    if c.pred in (v.HAS_SYMPTOM, v.HAS_COMPLICATION) and c.s_top and not c.o_top:
        harm = _COMPLICATION_OF.match(c.o)
        if harm is not None:
            # ("complications in the lungs": a lung complication)
            c.pred, c.o = v.HAS_COMPLICATION, f"{_in_front(harm.group(1))} complication"
        elif c.pred == v.HAS_SYMPTOM and _ILLNESS_HEAD.search(c.o):
            return False
    return True


# Signs named by a class word with only words of degree, order or kind before it
# ("more serious symptoms", "any other visible signs"): no sign in particular.  ("serious
# problems" stays: "These include A and B" after it names its members.)
_VAGUE_SIGNS = re.compile(
    r"(?:(?:any|other|more|less|further|new|serious|severe|mild|visible|obvious|early|"
    r"earlier|late|later|worse|major|minor|main|additional|significant|general|various|"
    r"different|possible|such|these|those|the|your|its|their)\s+)+"
    r"(?:symptoms?|signs?|effects?)", re.I)


def _a_sign_in_particular(rules: DocumentRules, r: _Reading, c: _Pair) -> bool:
    """"More serious symptoms may develop later": a class of signs, no sign named."""
    return not (c.pred in (v.HAS_SYMPTOM, v.HAS_COMPLICATION) and not c.o_top
                and _VAGUE_SIGNS.fullmatch(c.o) is not None)


def _no_clause_about_the_topic_as_factor(rules: DocumentRules, r: _Reading, c: _Pair) -> bool:
    """"X occurs mainly in the north, and travellers there may be at risk": a clause that
    names the topic is no factor of it."""
    return not (c.pred in _RISKLIKE and c.o_top and not c.s_top and rules.mentions_topic(c.s)
                and _FINITE_VERB.search(c.s) is not None)


_FINITE_VERB = re.compile(r"\b(?:occurs?|is|are|was|were|has|develops?|happens?|can|may|"
                          r"affects?|spreads?)\b", re.I)


# A layer of the body named by its kind ("the subcutaneous tissue", "the deeper layers"):
# a place, no agent ("scar tissue", a growth, can be one).
_BODY_LAYER = re.compile(r"(?:the |your )?(?!scar)(?:[\w-]+ ){0,2}(?:tissues?|layers?|linings?|"
                         r"membranes?)", re.I)


def _a_signs_effect_is_a_sign(rules: DocumentRules, r: _Reading, c: _Pair) -> bool:
    """"Heart trouble, such as skipped beats, which can cause fainting": what a sign the
    page already gives the topic brings on is one more sign of the topic's own."""
    if c.pred == v.CAUSES and not c.s_top and not c.o_top \
            and (label_key(c.s) in rules._sign_effect_signs or (
                r.kind == p.SYMPTOM and label_key(c.s) in rules._complications)) \
            and not p.ANATOMY.fullmatch(c.o) \
            and label_key(c.o) not in rules._complications \
            and "complication" not in r.right.lower() \
            and not _infects_open_sign(c):  # "lead to a complication called X": a harm
        c.pred, c.s, c.s_top = v.HAS_SYMPTOM, rules.topic, True
    return True


def _what_causes_what(rules: DocumentRules, r: _Reading, c: _Pair) -> bool:
    """Causes between other things: a delay raises a risk, a complication's own sign, no
    body part or sign as an agent, one germ never causing another."""
    if c.pred != v.CAUSES or c.s_top:
        return True
    if _SIGNS_WORD.match(c.s):
        return False  # "Symptoms & causes", "Symptoms: it may cause": a heading, no agent
    delay = _DELAY.match(c.s)
    if delay is not None:
        # "Late or missed diagnosis may result in lasting pain": the delay raises the risk
        # of what follows; it is no agent of it.
        c.pred, c.s = v.INCREASES_RISK_OF, delay_label(delay)
        return True
    if label_key(c.s) in rules._complications and p.SYMPTOM_HEAD.search(c.o):
        c.pred = v.HAS_SYMPTOM  # "PHN, which causes pain for months": PHN's sign
        return True
    if label_key(c.s) in rules._complications and not _DEATH.fullmatch(c.o) and (
            _HARM_HEAD.search(c.o) or _names_grave_harm(c.o)):
        # "It can cause damage that may lead to blindness": a harm of the topic's own harm
        c.pred = v.HAS_COMPLICATION
        return True
    if p.ANATOMY.fullmatch(_ARTICLE.sub("", c.s)) or _BODY_LAYER.fullmatch(c.s):
        return False  # "calcification of the dermis, which results in X": no body part
    opened = _infects_open_sign(c)
    if opened is not None:
        # "The sores can lead to serious infections": the germs get in through the sore,
        # a harm of that sign (named by what it infects), not a sign's mere effect
        # ("Painful ulcers form, which can lead to ...": the ulcers, not their forming)
        c.pred, c.o = v.HAS_COMPLICATION, infection_of(opened.group(0))
        c.s = c.s[:opened.end()]
        return True
    if not c.o_top and (p.SYMPTOM_HEAD.search(c.s) or _NOT_AGENT.match(c.s)):
        return False  # "severe pain causes poor sleep": a sign's effect, not a cause
    if not c.o_top and _ORGANISM.search(c.s) and _ORGANISM.search(c.o):
        # "caused by group B germs or by X": both are named as causes of the page's topic.
        c.o, c.o_top = rules.topic, True
    return True


# Signs that open the skin, and an infection named by no more than how grave or what germ.
_OPEN_SKIN = re.compile(rf"\b(?:{_WOUND_SIGNS}|ulcerations?|{_SKIN_OPENINGS}|breaks? in the skin)"
                        r"(?= (?:form|forms|develop|develops|appear|appears)$|$)", re.I)
_WOUND_SIGN = re.compile(rf"(?:{_WOUND_SIGNS})", re.I)
_AN_INFECTION = re.compile(r"(?:(?:serious|severe|secondary|bacterial|dangerous|deadly|further|"
                           r"other|life-threatening|an?) )*infections?", re.I)


def _infects_open_sign(c: _Pair) -> re.Match[str] | None:
    """Return the open sign a pair says leads to an infection ("The sores can lead to
    serious infections"), else None."""
    opened = _OPEN_SKIN.search(c.s) if c.pred == v.CAUSES and not c.o_top else None
    return opened if opened is not None and _AN_INFECTION.fullmatch(c.o) else None


def infection_of(sign: str) -> str:
    """Return the name of an infection of a sign that opens the skin: a wound's for sores,
    ulcers and cuts, the skin's for blisters, lesions, cracks and scratches."""
    return "wound infection" if _WOUND_SIGN.match(sign) else "skin infection"


# What a doctor checks when it is an organ's working: "your kidney and liver function".
_FUNCTIONS_CHECKED = re.compile(r"\s*(?:your |the |their |his |her )?(?:[a-z]+(?:,| and| or)? )"
                                r"{1,5}functions?\b", re.I)


def _own_process_harm_is_topics(rules: DocumentRules, r: _Reading, c: _Pair) -> bool:
    """Under complications, "Inflammation can cause damage that may lead to blindness",
    "Granulomas in the heart can cause rhythm problems": what the topic's own process
    brings on (wherever it is) is the topic's harm."""
    if c.pred == v.CAUSES and r.kind == p.COMPLICATION and not c.s_top and not c.o_top \
            and _TOPIC_PROCESS.fullmatch(c.s):
        # ("... can make a part of the vessel wall weaken": a step on the way to the harm,
        # what happens in the illness)
        c.s, c.s_top = rules.topic, True
        c.pred = v.INVOLVES if _PART_MADE_TO.search(r.right) else v.HAS_COMPLICATION
        if c.pred == v.INVOLVES and c.o.endswith(" weakness"):
            c.o = c.o.removesuffix("weakness") + "weakening"  # a process, named as one
    return True


# A part made to change ("the vessel wall to weaken"): a step of the illness's process.
_PART_MADE_TO = re.compile(r"\bto (?:weaken|narrow|swell|tighten|thicken|stiffen|bulge|"
                           r"balloon)\b", re.I)


# Phrases that explain where some other thing comes from ("Y is due to X", "Y results
# from X"): between two other things they say what brings on that thing, which a page
# names while describing it, not a cause of the topic's own.
_EXPLAINS_ANOTHER = frozenset({"due-to"})


def _only_grave_effects_of_others(rules: DocumentRules, r: _Reading, c: _Pair) -> bool:
    """"Death is due to heart failure" stays; "drooling because of trouble closing the mouth"
    (neither side the topic, the effect no grave outcome) names no cause of the topic."""
    return (r.trig.name not in _EXPLAINS_ANOTHER or c.s_top or c.o_top
            or _GRAVE_OUTCOME.fullmatch(c.o) is not None or _TURN_OF_THE_ILLNESS.fullmatch(c.o)
            is not None
            # under complications, "Cataracts can result from eye inflammation": a harm
            or (r.kind == p.COMPLICATION and _names_grave_harm(c.o)))


# "People describe the pain as ...": the sign the describing names.
_DESCRIBES_SIGN = re.compile(r"\bdescribe[sd]? (?:the|their|this|its|that) ([\w -]+?) as\b",
                             re.I)
# "Infections with X" as a clause's subject: the topic's cases caused by germ X.
_INFECTIONS_WITH = re.compile(r"^(?:most |many |some |these )?(?:infections?|cases) (?:with|"
                              r"caused by|due to) (?:the )?(?P<g>[A-Za-z][\w. -]{2,40}?)"
                              r"(?: bacteria| bacterium| germs?)?$", re.I)
# A turn the illness itself takes ("relapse is due to a fresh infection"): its cause is one
# of the topic's course.
# ("the lasting symptoms may be the result of nerve damage": the course's tail is one too)
_TURN_OF_THE_ILLNESS = re.compile(r"(?:(?:a|an|the|early|late|later)\s+)?(?:relapses?|"
                                  r"recurrences?|flare-?ups?|complications?|attacks?|"
                                  r"(?:lasting|persistent|ongoing|long-term|long-lasting|"
                                  r"chronic|continuing|lingering) symptoms)", re.I)


# A germ's class word set before its name, with a comma ("the bacteria, Quentella
# vorlaxii,"): the name that follows is the cause; the class word only introduces it.
_CLASS_BEFORE_NAME = re.compile(
    r"\b(?:the |a |an )?(?P<w>bacteri(?:um|a)|virus(?:es)?|germs?|spiroch(?:a)?etes?|fung(?:us|i)|"
    r"parasites?|microbes?|organisms?)\s*,\s+(?:the |a |an )?[A-Z]")


def _no_class_word_before_a_germ_name(rules: DocumentRules, r: _Reading, c: _Pair) -> bool:
    """"caused by the bacteria, Quentella vorlaxii": the named germ causes it, the class
    word beside it names nothing more."""
    if c.pred != v.CAUSES or c.s_top or "," not in r.left + r.right:
        return True
    bare = _ARTICLE.sub("", c.s).lower()
    return not any(m["w"].lower() == bare for side in (r.left, r.right)
                   for m in _CLASS_BEFORE_NAME.finditer(side))


_ITS_LOOK = re.compile(r"(?:its|their) (appearance|look|pattern|shape)", re.I)


def _its_look_is_the_things(rules: DocumentRules, r: _Reading, c: _Pair) -> bool:
    """"The rash can be diagnosed by its appearance": the rash's appearance is the test."""
    look = _ITS_LOOK.fullmatch(c.o) if c.pred == v.DIAGNOSED_BY else None
    if look is not None:
        owner = pc.clean_phrase(left_side(r.left))
        named = owner and not rules.is_topic(owner) and not pc.ANAPHORA.match(owner) \
            and not pc.is_generic(owner)
        c.o = f"{owner.lower()} {look.group(1).lower()}" if named else look.group(1).lower()
    return True


_ClaimRule = Callable[[DocumentRules, _Reading, _Pair], bool]
_CLAIM_RULES: tuple[_ClaimRule, ...] = (
    _a_germ_brings_on_is_a_cause, _its_process_is_no_harm, _an_injury_had_is_no_sign,
    _kind_class_is_topic,
    _topic_form_is_topic,
    _good_outcome_works, _lasting_sign_is_harm,
    _topic_side_decides, _outcome_comes_of_its_factor, _its_look_is_the_things,
    _help_under_prevention_prevents, _control_item_targets, _care_object_named,
    _helped_to_mend_is_worked_on, _effective_at_preventing_prevents,
    _given_to_contacts_prevents_cases, _prophylaxis_prevents,
    _treated_harm_is_the_object,
    _purpose_says_what_it_does,
    _builds_up_no_target, _targets_a_thing, _remedy_for_people_is_for_the_topic,
    _used_in_diagnosis_is_test, _people_of_the_topic,
    _own_process_harm_is_topics, _site_off_between_others, _short_names_between_others,
    _no_figure_sign, _no_sign_of_health, _no_other_illness_had,
    _no_site_association, _bare_age_is_older_age,
    _remedy_is_no_person, _carers_are_no_test, _exam_done_is_test, _a_place_is_no_test,
    _a_remedy_needed_is_care,
    _class_before_its_examples, _means_named,
    _sign_or_harm_named,
    _a_signs_effect_is_a_sign, _what_causes_what, _only_grave_effects_of_others,
    _a_sign_in_particular,
    _no_class_word_before_a_germ_name, _no_clause_about_the_topic_as_factor,
)


_NOUN_MODIFIER_PHRASES = frozenset({"due-to", "caused-by", "triggered-by", "associated",
                                    "linked-alone"})


# A modal and its verb, not in a relative clause: "Using X might hide the signs" says
# something; "- medicines that may weaken the immune system" names a thing.
_MODAL_CLAUSE = re.compile(r"(?<!\bthat )(?<!\bwhich )(?<!\bwho )\b(?:can|may|might|could|"
                           r"will|would|should|must)\s+(?:also\s+|not\s+|even\s+)?[a-z]{3,}\b",
                           re.I)


# A line whose subject is the signs themselves, then a verb: "Symptoms vary from person to
# person.", "The signs depend on the organs affected."
_SIGNS_CLAUSE = re.compile(r"\s*(?:the |these |its |early |other )?(?:signs?|symptoms?)"
                           r"(?: and "
                           r"(?:signs?|symptoms?))? (?:can |may |often |usually |will )*(?:vary|"
                           r"varies|depend|depends|differ|differs|range|ranges|change|changes|"
                           r"come|comes|start|starts|develop|develops|appear|appears|tend|tends|"
                           r"are|is|get|gets|last|lasts|go|goes)\b", re.I)
_SIGNS_CLAUSE_AFTER = re.compile("," + _SIGNS_CLAUSE.pattern, re.I)


def _said_sentence(line: str) -> bool:
    """Return whether a line that reads as a name is a sentence saying something: it ends
    with a full stop and holds a relation phrase ("Most cases follow minor injuries.").

    >>> _said_sentence("Most cases follow minor injuries."), _said_sentence("Minor injuries")
    (True, False)
    """
    # ("Poor circulation due to smoking." is a name and what brings it on: a phrase that
    # hangs on a noun says nothing of its own)
    # ("I felt exhausted all the time.": a patient's own sentence, with its own verb)
    return line.rstrip().endswith(".") and (opens_in_first_person(line) or any(
        t.name not in _NOUN_MODIFIER_PHRASES for _, t in p.find_triggers(line)))


# Sections whose paragraphs may open on a name glossed by the sentences after it ("Diet.
# Eating ...", "Intense joint pain. It usually ...", "Kidney stones. Crystals ..."): the name
# is one of the section's items.
_GLOSSED_HEAD_KINDS = frozenset({p.RISK, p.CAUSE, p.SYMPTOM, p.COMPLICATION})


def _fragment_lead(first: str, count: int) -> bool:
    """Return whether a paragraph opens with a name glossed after it: "Tampon use. Using
    ..." (a name, then more sentences) or "Tampon use: using ..." (a name, then a colon).

    >>> _fragment_lead("Weakened immune system.", 2), _fragment_lead("Weakened immune system.", 1)
    (True, False)
    >>> _fragment_lead("Chronic illness: people with diabetes are at risk.", 1)
    True
    """
    head, colon, _ = first.partition(":")
    if colon and len(head) <= 60:
        return len(head.split()) <= 6 and _noun_line(head.strip())
    # ("Most cases follow minor trauma." says something: a relation phrase, no name alone)
    # ("Several long-term conditions restrict blood flow." has a verb only a verb can be)
    return count >= 2 and len(first.split()) <= 6 and _noun_line(first.strip().rstrip(".")) \
        and not any(_only_a_verb(w) for w in first.split()[1:]) \
        and not any(True for _ in p.find_triggers(first))


# A word of care in an item that also names the illness ("X vaccine", "X treatment").
# A sign said as what one cannot do ("being unable to open the mouth", "not able to walk").
_UNABLE_TO = re.compile(r"(?:being |feeling )?(?:unable|not able) to\b|(?:an )?inability to\b",
                        re.I)
_CARE_NOUN = re.compile(r"\b(?:vaccin\w*|therap\w*|treatments?|medicines?|medications?|drugs?|"
                        r"surgery|injections?|tablets?|creams?|immunoglobulin|immune globulins?|"
                        r"antitoxins?|antibod\w*)\b",
                        re.IGNORECASE)
# A list item that opens with who it is about: "people who have had surgery", "women who".
_PEOPLE_ITEM = re.compile(rf"^[\s•*-]*(?:{pc.PEOPLE_WORDS}|babies|infants|anyone|someone)\s+"
                          r"(?:who|that|with|on|in|having|taking|using|receiving)\b",
                          re.IGNORECASE)


def _predicate_item(text: str) -> bool:
    """Return whether a list item is a clause with no subject ("mostly affects older adults",
    "often triggered by a cut"): a relation phrase opens it, after adverbs at most.

    >>> _predicate_item("often triggered by a cut")
    True
    >>> _predicate_item("a cut that becomes infected")
    False
    """
    if _PEOPLE_ITEM.match(text):
        return False  # "people who have had surgery": who, named (their "have" is no relation)
    lead = _ONLY_ADVERBS.match(text)
    start = lead.end() if lead is not None else len(text) - len(text.lstrip(" -•*"))
    found = p.find_triggers(text)
    return bool(found) and found[0][0].start() <= start


def _noun_line(text: str) -> bool:
    """Return whether a line is a bare noun phrase of a few words (no verb, no figure).

    A word that can be a verb followed by a determiner ("things raise the risk") is
    taken for a verb.
    """
    words = text.split()
    if not 1 <= len(words) <= 8 or _NOT_NOUN_LINE.search(text) or text.rstrip().endswith(
            ("\u2026", "...")):  # (a line that trails off, or was cut short, says more)
        return False
    return not any(nxt.lower() in _DETERMINERS and "VERB" in all_lemmas(w.lower())
                   and w.lower() not in _NAMING for w, nxt in pairwise(words[1:]))


# What goes on after a verb with no determiner before its subject ("Calcium builds up in",
# "Blood vessels become inflamed"): a particle, an article, an adverb or a participle.
_CLAUSE_GOES_ON = re.compile(r"[a-z]+ed|swollen|up|down|out|off|the|a|an|more|less|too|very|"
                             r"fast|quickly|slowly|positive|negative|abnormal|normal|worse|"
                             r"better")


def _subject_verb_line(text: str) -> bool:
    """Return whether a line opens as a clause: a noun, then a verb that agrees with it
    ("The virus stays dormant", "The bacteria produce toxins", "Calcium builds up in").

    Such a line says something; it names no item ("The use of tampons" names one).  With
    no determiner in front, the verb must go on as a clause does (a particle, a
    preposition, a participle), as "Joint pains" alone may be an item.

    >>> _subject_verb_line("The toxins spread fast."), _subject_verb_line("The use of tampons.")
    (True, False)
    """
    words = [w.strip(".,;:").lower() for w in text.split()[:5]]
    det = bool(words) and words[0] in _DETERMINERS
    if det:
        words = words[1:]
    if len(words) < (2 if det else 3):
        return False
    pairs = [(0, 1)] + ([(1, 2)] if len(words) > 2 and (words[0].endswith("'s") or {
        "ADJ", "NOUN"} & set(all_lemmas(words[0]))) else [])  # ("the body's defences")
    for n, vb in pairs:
        noun, verb = words[n], words[vb]
        nouns = all_lemmas(noun).get("NOUN", ())
        verb_lemmas = all_lemmas(verb)
        verbs = verb_lemmas.get("VERB", ())
        if not nouns or not verbs or verb.endswith(("ing", "ed")):
            continue
        nxt = words[vb + 1] if vb + 1 < len(words) else ""
        if not det and not (_CLAUSE_GOES_ON.fullmatch(nxt) or (
                nxt in ("in", "on", "into") and verb in verb_lemmas.get("NOUN", ()))):
            continue  # ("Joint pains in the knees": a plural noun before "in" names a sign)
        plural = nouns[0] != noun  # ("bacteria": its first lemma is "bacterium")
        if (verb in verbs) == plural and (plural or verb.endswith("s")):
            return True  # "the toxins spread", "the nerve swells"
    return False


def _only_a_verb(word: str) -> bool:
    """Return whether a word can only be a finite verb ("restrict", "occurs"; not "cause",
    which is a noun too, nor a participle, which may describe a noun: "weakened")."""
    low = word.lower().strip(".,;:")
    if not low.isalpha() or low.endswith(("ed", "ing", "en")):
        return False
    lemmas = all_lemmas(low)
    return set(lemmas) == {"VERB"}


_NAMING = frozenset({"called", "named", "known"})  # "a germ called the moss virus"


def _listed_answer(text: str) -> bool:
    """Return whether an answer is a list of short names ("Loss of a limb, scarring and death").

    >>> _listed_answer("Loss of a limb, scarring and, in some cases, death.")
    True
    >>> _listed_answer("The nurse plans treatment that lowers any risk factors.")
    False
    """
    members = pc.split_list(_LIST_ASIDE.sub(" ", text).strip(" ."))
    return 2 <= len(members) <= 8 and all(
        (1 <= len(m.split()) <= 4 and _noun_line(m)) or _people_member(m) for m in members)


def _people_member(text: str) -> bool:
    """Return whether a list member names a group of people by what sets it apart ("people
    over 65", "people who have had an episode before"): an age and a "who have (had)" are
    part of the group's name, no figure or clause of the list's."""
    return _PEOPLE_MEMBER.match(text) is not None and len(text.split()) <= 8 and _noun_line(
        _WHO_HAVE_HAD.sub(" ", _AGE_OVER.sub("", text)))


# "people over 65", "anyone with a weak immune system": who is named, with what sets
# them apart (an age is no figure of the list's).
_PEOPLE_MEMBER = re.compile(r"^\s*(?:(?:older|younger|elderly|young) )?(?:people|those|anyone|"
                            r"adults|children|women|men|babies|infants|toddlers|patients|"
                            r"someone)\b", re.I)
_AGE_OVER = re.compile(r"\b(?:over|under|above|below|aged) \d{1,3}\b", re.I)
_WHO_HAVE_HAD = re.compile(r"\bwho (?:have|has|had)(?: (?:had|been|recently had))?\b", re.I)
# "heavy drinkers", "smokers": people named by what they do, the doing the factor.
_AGENT_NOUN = re.compile(r"^(?:[\w-]+ )?(?:smokers|drinkers|drug users|users|misusers|abusers)$",
                         re.I)


@dataclass(frozen=True, slots=True)
class PageClaims:
    """One page's raw claims, the topic names it used, and what it did not read."""

    claims: list[RawClaim]
    topic: str
    aliases: tuple[str, ...]
    skipped: tuple[tuple[str, int], ...]
    # The kind the page defines its topic as ("infection"), and its definition's words.
    kind: tuple[str | None, frozenset[str]] = (None, frozenset())
    # The kind of claim each block's section announces (None: no kind, or not read), one per
    # block of the document, as the rules read it: what pages read together (.echoes) take a
    # heading to say.
    block_kinds: tuple[str | None, ...] = ()


def extract_page(doc: Document, topic: str) -> PageClaims:
    """Return the raw claims of one document about ``topic`` and what was skipped.

    ``topic`` may carry other names in brackets ("Shingles (herpes zoster)");
    the page's own "also known as" names and abbreviations are added.
    """
    from .topic import page_topic_names

    label, aliases = page_topic_names(doc, topic)
    rules = DocumentRules(doc, label, aliases)
    claims = rules.run()
    defined = rules.kind_head if rules.kind_words else None  # a definition, not the name
    return PageClaims(claims, label, aliases, tuple(sorted(rules.skipped.items())),
                      (defined, rules.kind_words),
                      tuple(map(rules.block_kinds.get, range(len(doc.blocks)))))


def extract_raw(doc: Document, topic: str) -> list[RawClaim]:
    """Return the raw claims of one document about ``topic``."""
    return extract_page(doc, topic).claims
