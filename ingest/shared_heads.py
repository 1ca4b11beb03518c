"""Words the members of a list share: the noun after lone adjectives, the head before
bare complements, the part a class of states names.

Pages write lists that leave words out: "red, dry, cracked lips" (each adjective is of the
lips), "loss of appetite and weight" (loss of weight), "a CT or MRI scan" (a CT scan),
"eye irritation, such as dryness" (eye dryness).  Read one by one, the members name
nothing; these helpers give each member the words the list shares, before
:func:`claimgraph.ingest.rules.phrases` names them.
"""

from __future__ import annotations

from collections.abc import Callable

from claimgraph.ingest import re_cache as re

from . import patterns as p, phrases as pc
from .lexicon import BODY_PARTS, STATE_NOUNS, synonym_groups
from .normalize import all_lemmas, label_key as _label_key, noun_lemmas

# States of a pair of body parts named together ("swollen and red hands and feet"): pages
# and readers name the pair as one sign.
SIGNS_OF_A_PAIR = re.compile(
    r"(?:an? |the )?(?P<adjs>[a-z-]+(?:(?:,\s*|\s+(?:and|or)\s+|,\s*(?:and|or)\s+)[a-z-]+)*)\s+"
    r"(?P<pair>(?:hands and feet|feet and hands|arms and legs|legs and arms|palms and soles|"
    r"fingers and toes|eyes and lips|lips and tongue|mouth and throat|ankles and feet))", re.I)
ADJ_SPLIT = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", re.I)


def adjective(word: str) -> bool:
    """Return whether a word can describe a thing ("itchy", "swollen", "red", "cracked")."""
    return pc.is_modifier(word) or "ADJ" in all_lemmas(word.lower())


# Endings of describing words the dictionary lacks ("brushy", "scrubby"), and the endings
# of nouns that share the last letter ("radiography", "endoscopy", "therapy", "surgery").
_ADJECTIVE_ENDINGS = ("y", "ish", "ous", "ful", "ic", "ed")
_NOUN_ENDINGS = ("graphy", "scopy", "therapy", "logy", "tomy", "pathy", "plasty", "trophy",
                 "ity", "ery", "ory", "ary", "acy", "ency", "ancy", "emy", "omy", "phy", "sy")


def _describes(word: str, compound: bool = True) -> bool:
    """Return whether a lone list member can describe the next member's noun: an adjective,
    or a word the dictionary lacks with an adjective's ending ("grassy, brushy or wooded
    areas": brushy areas)."""
    low = word.lower()
    if _COMPOUND_ADJECTIVE.fullmatch(low):
        # "long-lasting or recurrent arthritis": long-lasting arthritis (as the next member's
        # first word, not: "severe and long-lasting symptoms" name one thing)
        return compound
    return adjective(word) or (low.isalpha() and low.endswith(_ADJECTIVE_ENDINGS)
                               and not low.endswith(_NOUN_ENDINGS) and not all_lemmas(low))


# Hyphened describing words ("long-lasting", "long-term", "low-grade", "flu-like").
_COMPOUND_ADJECTIVE = re.compile(r"[a-z]+-(?:lasting|term|standing|like|grade|onset|acting|"
                                 r"threatening|limiting)|(?:well|ill|poorly)-[a-z]+")


PARTICIPLE_FIRST = re.compile(r"^(?:an? |the )?(?P<adj>[a-z]+(?:ing|ed|en)) [a-z]+$", re.I)
# The head of a compound whose -ing word is a noun ("hearing loss", "bleeding problems").
_COMPOUND_HEAD = re.compile(r"\s(?:loss|damage|failure|problems?|impairment|disorders?|tests?)$",
                            re.I)
PART_OF_BODY = re.compile(r"^(?:corners?|sides?|edges?|parts?|half|tips?|backs?|palms?|soles?)"
                          r" of\b", re.I)


def share_participle(parts: list[str]) -> list[str]:
    """Give a participle to the body parts after it: "a drooping eyelid or corner of the mouth".

    Only a member naming a part of the body ("corner of the mouth", "lips") takes it,
    so "a swollen ankle or a fever" keeps its fever.
    """
    first = PARTICIPLE_FIRST.match(parts[0].strip())
    if first is None or _COMPOUND_HEAD.search(parts[0].strip()):
        return parts  # ("hearing loss or loss of an arm or leg": "hearing" names a sense)
    out = [parts[0]]
    for part in parts[1:]:
        bare = part.strip(" .;:")
        if PART_OF_BODY.match(bare) or p.ANATOMY.fullmatch(bare):
            out.append(f"{first.group('adj')} {bare}")
        else:
            out.append(part)
    return out


_PATCH_OF = re.compile(r"^(?:an?\s+)?(?:patch|patches|area|areas|spot|spots) of\s+", re.I)


def share_noun(parts: list[str]) -> list[str]:
    """Give lone adjectives the noun of the member after them: "red, dry, cracked lips".

    Commas between adjectives split the list before the noun; read apart, "red"
    and "dry" say nothing.  The member after must start with an adjective of its
    own ("cracked lips"), so "fever, red eyes" keeps "fever".
    """
    out = list(parts)
    for i in range(len(parts) - 2, -1, -1):
        word = parts[i].strip()
        after_words = pc.cut_clause(out[i + 1]).strip(" .;:").split()
        part = re.sub(r"^(?:certain|some|other|many|most|the|any)\s+", "", word, flags=re.I)
        had = _HAVING_LEAD.match(part)  # "people with heart or lung disease"
        part = part[had.end():] if had else part
        organ = re.sub(r"^an?\s+", "", part, flags=re.I)  # ("a skin or muscle biopsy")
        if organ and len(organ.split()) <= 2 and len(after_words) > 1 and \
                _CLASS_HEADS.fullmatch(after_words[-1]) and (
                    p.ANATOMY.fullmatch(organ) or (
                        _LASTING_LEAD.fullmatch(organ.split()[0]) and
                        p.ANATOMY.fullmatch(organ.split()[-1]))):
            # "stomach or intestinal diseases": stomach diseases, not the stomach;
            # "chronic kidney or liver disease": chronic kidney disease
            out[i] = f"{word if had else organ} {after_words[-1]}"
            continue
        origin = _OF_ORIGIN.fullmatch(word)
        if origin and 2 <= len(after_words) <= 3 and _ORIGIN_HEADS.fullmatch(after_words[-1]):
            # "people of Tarnish or Veldish descent": people of Tarnish descent, and so on
            out[i] = f"{word} {after_words[-1]}"
            continue
        jab = _GETTING_LEAD.sub("", part)  # ("having the flu and pneumonia vaccines")
        if " " not in jab and jab.isalpha() and len(after_words) == 2 and \
                _VACCINE_HEADS.fullmatch(after_words[1]) and not _describes(jab):
            # "the flu and pneumonia vaccines": a flu vaccine, a pneumonia vaccine
            out[i] = f"{jab} {_label_key(after_words[1]) or after_words[1]}"
            out[i + 1] = f"{after_words[0]} {_label_key(after_words[1]) or after_words[1]}"
            continue
        if _ABBREVIATED.fullmatch(part) and len(after_words) == 2 and \
                _ABBREVIATED.fullmatch(after_words[0]) and _SCAN_HEADS.fullmatch(after_words[1]):
            out[i] = f"{part} {after_words[1]}"  # "a CT or MRI scan": a CT scan, an MRI scan
            continue
        bare = _ARTICLE.sub("", word)  # "a red, sore eye": red, as "sore" is, of the eye
        # ("a patch of red, swollen skin": red skin, the patch only where it is)
        bare = _PATCH_OF.sub("", bare)
        if bare != word and len(out[i + 1].strip(" .;:").split()) != 2:
            continue  # (only a lone adjective and noun after it: "a chronic, often ...")
        word = bare
        if " " in word or not word or not _describes(word) or \
                _label_key(word) in synonym_groups():
            continue  # (a name the lexicon knows is a thing: "rash, high temperature")
        after = out[i + 1].strip(" .;:").split()
        if len(after) > 1 and _describes(after[0], compound=False):
            # Only the next member's own first adjective gives way: "combined and extended
            # antibiotic courses" are combined antibiotic courses.
            out[i] = f"{word} {' '.join(after[1:])}"
    for i in range(1, len(out)):
        # "decreased salivary flow or taste": the taste is decreased too.
        lead = _STATE_LEAD.match(out[i - 1].strip())
        faculty = _FACULTY_WORD.match(out[i].strip(" .;:")) if lead is not None else None
        if lead is not None and faculty is not None:  # ("taste on the side of X": the taste)
            out[i] = f"{lead.group(0)}{faculty.group(0)}"
        # "early recognition and treatment": the treatment is early too.
        timely = _TIMELY_LEAD.match(out[i - 1].strip())
        if timely is not None and _CARE_WORD.fullmatch(out[i].strip(" .;:")):
            out[i] = f"{timely.group(0)}{out[i].strip(' .;:')}"
    return out


_ARTICLE = re.compile(r"^(?:an?|the)\s+(?=\S+$)", re.I)


# How soon care comes, said once before two acts of care.
_TIMELY_LEAD = re.compile(r"(?:early|earlier|prompt|timely|rapid|quick|immediate|urgent) ", re.I)
_CARE_WORD = re.compile(r"treatment|diagnosis|care|recognition|detection|management|surgery",
                        re.I)


# A state said once before two things a body does ("reduced salivary flow or taste").
_STATE_LEAD = re.compile(r"(?:reduced|decreased|increased|impaired|altered|diminished|poor|"
                         r"loss of|lost) ", re.I)
_FACULTY_WORD = re.compile(r"(?:taste|smell|appetite|hearing|vision|sensation|salivation|"
                           r"sweating|tear production|tearing|urine output|concentration|memory|"
                           r"balance|coordination)(?=$| (?:on|in|of|at)\b)", re.I)


_ABBREVIATED = re.compile(r"[A-Z]{2,5}")
# A group of people named by what they have, before the thing: "people with".
_HAVING_LEAD = re.compile(r"(?:people|patients|those|anyone|children|adults|individuals)"
                          r" (?:with|who have|who has|who had) (?:a |an )?", re.I)
# "people of African (or ...)": a group named by where their families come from.
_OF_ORIGIN = re.compile(r"(?:(?i:people|those|patients|individuals|persons|children|adults|"
                        r"infants|women|men) )?of [A-Z][a-z]+")
_ORIGIN_HEADS = re.compile(r"descent|origin|ancestry|heritage|background", re.I)
# How long or how bad a disease of a part is, said once before two parts.
_LASTING_LEAD = re.compile(r"chronic|acute|severe|advanced|end-stage|long-term", re.I)
_SCAN_HEADS = re.compile(r"scans?|tests?|imaging|studies|study", re.I)
_VACCINE_HEADS = re.compile(r"vaccines?|vaccinations?|jabs?|shots?|boosters?", re.I)
_GETTING_LEAD = re.compile(r"^(?:having|getting|receiving|taking)\s+(?:the\s+|an?\s+)?", re.I)


# A description of three words or more (or opening with a verb's -ing), then the sign's own
# name in brackets, and nothing after: "hearing noises inside your head (tinnitus)".
DESCRIBED_THEN_NAMED = re.compile(
    r"^(?=(?:[^\s()]+\s+){2}[^()]|[a-z]+ing\b)[^()]{6,120}?\s*\("
    # "(late sign)", "(early)", "(in children)": when or how often, no name
    r"(?!(?:an? |the )?(?:early|late|later|first|rare|rarely|uncommon|common|usual|usually|"
    r"typical|occasional|occasionally|classic|characteristic|main|key|severe|mild|often|"
    r"sometimes|mostly|variable|in|see|eg|on|at|around|near|over|under|behind|from|after|"
    r"during|with|within|for|to|e\.g|for example|such as|including|like|especially|mainly)\b)"
    r"(?P<name>[a-z][a-z -]{2,30}?)\)\s*[.;,]?$",
    re.I)
# Heads a body part before "or <adjective> <head>" shares: "stomach or intestinal diseases".
# ("a skin or muscle biopsy": a skin biopsy and a muscle biopsy)
_CLASS_HEADS = re.compile(r"(?:diseases?|disorders?|problems?|conditions?|infections?|cancers?|"
                          r"surgery|surgeries|operations?|injur(?:y|ies)|damage|biops(?:y|ies)|"
                          r"scans?|x-rays?|ultrasounds?|"
                          # ("skin and nail changes", "hand and foot swelling": each part's)
                          r"changes|swelling|inflammation|involvement|lesions?|ulcers?|"
                          r"redness|stiffness|weakness)", re.I)
# The state nouns a bare example may be ("eye irritation, such as dryness"): each is the
# state of the part the class names.
_BARE_STATES = frozenset(STATE_NOUNS.values())


def at_class_site(head: str, members: list[str]) -> list[str]:
    """Give bare state examples the body part of their class: "eye irritation, such as
    dryness or more tears" names eye dryness (and more tears, as written).

    Only a class whose first word is a body part ("eye problems", "skin changes")
    and only one-word states (dryness, redness, swelling) take it.
    """
    words = head.strip().lower().split()
    if len(words) != 2:
        return members
    part = noun_lemmas(words[0])
    site = part[0] if part else words[0]
    if site not in BODY_PARTS:
        return members
    return [f"{site} {m.strip()}" if m.strip().lower() in _BARE_STATES else m for m in members]


# A quantifier before a bare member ("certain chemicals"): which of them, no part of its name.
_SOME_OF = re.compile(r"^(?:certain|some|other|various|many|several)\s+(?=[a-z]+$)", re.I)
# A sign named by a head that needs what follows it: "loss of appetite", "sensitivity to
# light", "changes in mood", "difficulty eating" (the head, then its complement).
_COMPLEMENT_HEAD = re.compile(r"^\s*(?:an? )?(?P<h>(?:(?:loss|lack|shortness|inability) of|"
                              r"(?:sensitivity|exposure) to|changes? in|"
                              # ("contact with animals or soil", "eating raw meat or fish":
                              # an act on each thing listed)
                              r"(?:(?:close|direct) )?contact with|"
                              r"(?P<act>eating|drinking|handling|touching|inhaling|"
                              r"(?:working|living|playing|swimming) (?:with|near|in))|"
                              r"(?:difficulty|difficulties|trouble|problems?) with|"
                              r"(?:difficulty|difficulties|trouble|problems?)"
                              r"(?= [a-z]+ing\b)) )[a-z]", re.I)


def _is_sign_name(name: str) -> bool:
    """Return whether a bare name is a sign of its own (the lexicon's or a sign word)."""
    return _label_key(name) in synonym_groups() or bool(p.SYMPTOM_HEAD.search(" " + name))


def share_complement_head(parts: list[str]) -> list[str]:
    """Give bare members after "loss of X" its head: "loss of appetite and weight".

    Read apart, "weight" or "drinking" ("difficulty eating and drinking") names no
    sign; a member that is a sign of its own ("shortness of breath and wheezing")
    keeps its own name.  After a gerund head ("difficulty eating") only another
    gerund takes it.
    """
    head = _COMPLEMENT_HEAD.match(parts[0])
    if head is None:
        return _share_of_head(parts)
    gerund = not head.group("act") and not head.group("h").rstrip().endswith(
        ("of", "to", "in", "with"))
    out = [parts[0]]
    for part in parts[1:]:
        # ("exposure to dust or certain chemicals": the chemicals, whichever they are)
        bare = _SOME_OF.sub("", part.strip(" .;:"))
        # ("loss of limbs, deafness ...": a state's own noun names it whole)
        if (" " in bare or not bare.isalpha() or _is_sign_name(bare)
                or bare.lower().endswith("ness")
                or (gerund and not bare.lower().endswith("ing"))):
            out.append(part)
        else:
            out.append(f"{head.group('h')}{bare}")
    return out


# A test named by what it samples or looks at: "a biopsy of the skin or lymph node",
# "cultures of blood and wound fluid", "an X-ray of the chest and hips".
_TEST_OF = re.compile(r"^\s*(?:an? |the )?(?P<h>(?:biops(?:y|ies)|cultures?|swabs?|x-rays?|scans?|"
                      # ("a swab from the throat or the wound": a wound swab too)
                      r"samples?|smears?) (?:of|from|taken from) (?:the |a |your )?)[a-z]", re.I)
_OWN_TEST_WORD = re.compile(r"\b(?:tests?|biops(?:y|ies)|cultures?|swabs?|x-rays?|scans?|"
                            r"samples?|imaging|counts?|levels?)\b", re.I)


def _takes_test(bare: str) -> bool:
    """A member that takes "a biopsy of": short, and naming no test of its own ("a biopsy of
    the skin and a chest X-ray" keeps its X-ray)."""
    return bool(bare) and len(bare.split()) <= 3 and not _OWN_TEST_WORD.search(bare) and \
        bare.replace(" ", "").replace("-", "").isalpha()


def _takes_harm(bare: str) -> bool:
    """A member that takes "infections of": a body part, named alone."""
    return bool(bare) and p.ANATOMY.fullmatch(bare) is not None


# A harm named by the parts it reaches: "infections of the skin, lungs or bones", "cancer of
# the skin or breast", "inflammation of the eyes and joints".
_HARM_OF = re.compile(r"^\s*(?:an? |the )?(?P<h>(?:infections?|inflammation|cancers?|damage|"
                      r"injur(?:y|ies)|abscess(?:es)?|disease|diseases) of (?:the |a |your )?)"
                      r"[a-z]", re.I)
# A vaccine named by the illnesses it guards against: "vaccination against flu and
# chickenpox", "vaccines for measles, mumps and rubella" (read apart, "chickenpox" would be
# named as what prevents the topic).
_VACCINE_AGAINST = re.compile(r"^\s*(?:an? |the )?(?P<h>(?:vaccin(?:es?|ations?)|immuni[sz]ations?|"
                              r"jabs?) (?:against|for) (?:the )?)[a-z]", re.I)
_OWN_VACCINE_WORD = re.compile(r"\b(?:vaccin\w*|immuni[sz]\w*|jabs?|shots?)\b", re.I)


def _takes_vaccine(bare: str) -> bool:
    """A member that takes "vaccination against": a short name with no vaccine of its own."""
    return bool(bare) and len(bare.split()) <= 3 and not _OWN_VACCINE_WORD.search(bare) and \
        bare.replace(" ", "").replace("-", "").isalpha()


# What is "of" several parts, and which members take it: a test by what it samples or
# looks at, a harm by the parts it reaches, a vaccine by the illnesses it guards against.
_OF_PARTS: tuple[tuple[re.Pattern[str], Callable[[str], bool]], ...] = (
    (_TEST_OF, _takes_test), (_HARM_OF, _takes_harm), (_VACCINE_AGAINST, _takes_vaccine))


def _share_of_head(parts: list[str]) -> list[str]:
    """Give the parts after "a biopsy of X" or "infections of X" the head: "a biopsy of the
    skin or lymph node" names a lymph node biopsy too, "infections of the skin, lungs or
    bones" lung and bone infections (read apart, "lymph node" and "lungs" name parts)."""
    for pattern, takes in _OF_PARTS:
        head = pattern.match(parts[0])
        if head is None:
            continue
        out = [parts[0]]
        for part in parts[1:]:
            bare = re.sub(r"^(?:the|a|an|your)\s+", "", part.strip(" .;:"), flags=re.I)
            out.append(f"{head.group('h')}{bare}" if takes(bare) else part)
        return out
    return parts
