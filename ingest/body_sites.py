"""Body sites a sentence places the topic at, and which words name a site at all.

"It can affect the heart, liver and kidneys": three sites, the first placed by the verb and
the others by the list.  A body part after "people with" (another illness) or inside a
compound that names a remedy is no site; the readers that decide that are in
:mod:`claimgraph.ingest.rules`, the site finding itself is here.
"""

from __future__ import annotations

from claimgraph.ingest import re_cache as re

from . import caseless, patterns as p
from .lexicon import BODY_PARTS
from .side_phrases import sign_at_sites as _sign_at_sites, site_word as _site_word

# Body parts named one after another ("the heart, liver and kidneys") share what
# placed the first: "affects the heart, liver and kidneys" places all three.
# ("the legs, followed by the arms and the groin": a ranked run of sites, one run)
_SITE_GAP = re.compile(r"^(?:\s*,\s*(?:and\s+|or\s+|followed by\s+|then\s+)?|\s+(?:and|or)\s+)"
                       r"(?:(?:the|your|their|its)\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
# "can affect almost any organ, including the ...", "organs that may be involved include the".
_SITES_LEAD = re.compile(
    r"(?:\b(?:affect|involv|attack|damag|reach|spread)\w*\s+(?:almost |nearly |virtually )?"
    r"(?:any|many|several|multiple|other|different|most|various)\s+(?:organs?|parts? of the body|"
    r"body parts|tissues?|(?:body )?systems?)(?:\s+(?:of|in) the body)?,?|\b(?:organs?|parts? of "
    r"(?:the|your) body|body parts|areas?|tissues?)(?: of (?:the|your) body)?\s+(?:that\s+)?"
    r"(?:(?:can|may|might|could|are|is|commonly|often|most often|also)\s+)*(?:be\s+)?"
    r"(?:affected|involved)(?:\s+include|\s+are)?)"
    r"\s*,?\s*(?:including|such as|especially|particularly|like|mainly|mostly|include|are)?\s*"
    r"(?:the\s+|your\s+|their\s+)?$", re.IGNORECASE)
# "the skin and eyes may also be involved": the sites come before the verb.
_BE_AFFECTED = re.compile(r"^\s*(?:\([^)]*\)\s*)?(?:(?:can|may|might|could|will|often|also|"
                          r"sometimes|commonly|usually|is|are)\s+)*(?:(?:be\s+|become\s+|"
                          r"becomes\s+)?(?:affected|involved|attacked)\b|the (?:most |more )?"
                          r"(?:common|usual|main|typical|frequent)(?:ly affected)? (?:areas?|"
                          r"sites?|places?|parts?)\b)", re.IGNORECASE)
# "muscle pain", "joint stiffness": a sign named by its site; the page says nothing of the
# site itself.
_SIGN_AFTER_SITE = re.compile(r"\s+(?:pain|pains|ache|aches|aching|stiffness|swelling|"
                              r"tenderness|soreness|cramps?|weakness)\b", re.I)
# "a bull's-eye pattern" names no eye.
# ("bull's eye"; "nerve roots near the spine": where the site lies, no site itself)
_NOT_A_SITE_BEFORE = re.compile(r"\bbull'?s?[- ]?$|\b(?:near|next to|close to|beside) "
                                r"(?:the |your )?$"
                                # "a recent injury to one or both kidneys": an event before it
                                r"|\b(?:injury|injuries|trauma|surgery|operation) (?:to|on) "
                                r"(?:the |your |their |one or both |both )?(?:left |right )?$",
                                re.I)
# "the zorb artery, the big vessel of the thigh", "the zorb nerve, the nerve that links the
# eye with the brain": parts inside an apposition that defines another part name where that
# part lies, no site of the illness.
_DEFINITION_BEFORE = re.compile(
    r",\s+(?:the|a|an)\s+(?:(?:main|largest|large|small|major|big|long|thin|tiny|only)\s+)?"
    r"(?:[\w-]+\s+)?(?:nerve|blood vessel|vessel|artery|vein|gland|organ|muscle|bone|tube|duct)"
    r"s?\s+(?:that|which|in|of|at|near|behind|under|inside|between|from|running|supplying|"
    r"carrying)\b[^,;.()]{0,60}$", re.IGNORECASE)
# "The germs live harmlessly on the skin", "many people carry it in their nose": where a
# germ lives without harm, no site of the illness.
_HABITAT_BEFORE = re.compile(r"\b(?:lives?|living|found|present|carried|carry|carries|"
                             r"carrying)\s+(?:\w+\s+){0,2}?(?:harmlessly\s+|normally\s+|"
                             r"naturally\s+|usually\s+)?(?:on|in|inside)\s+(?:the\s+|their\s+|"
                             r"your\s+|our\s+)?(?:[\w-]+\s+){0,3}?"
                             # "live on the skin and in the nose": a second place of the habitat
                             r"(?:(?:and|or)\s+(?:on|in|inside)\s+(?:the\s+|their\s+|your\s+|"
                             r"our\s+)?(?:[\w-]+\s+){0,2}?)?$", re.IGNORECASE)
# A germ's home named before a part: "bacteria that normally live on the".
_GERM_HABITAT = re.compile(r"\b(?:germs?|bacteri(?:um|a)|virus(?:es)?|fung(?:us|i)|microbes?|"
                           r"organisms?)(?: that| which)? (?:\w+ )?(?:lives?|living|found|"
                           r"present) (?:\w+ )?(?:on|in|inside) (?:the |their |your |our )?"
                           r"(?:[\w-]+ ){0,2}$", re.IGNORECASE)
_HARMLESS = re.compile(r"\b(?:harmless(?:ly)?|healthy (?:\w+ )?(?:people|adults|persons|"
                       r"children|individuals)|without "
                       r"(?:getting ill|getting sick|causing (?:any )?(?:harm|problems|illness|"
                       r"symptoms))|carriers?|carry|carries|carried)\b", re.IGNORECASE)
# "The skin may look normal", "the joints are not affected": a part said to be well.
_LOOKS_NORMAL = re.compile(r"\b(?:look|looks|appear|appears|seem|seems|feel|feels|is|are|be|"
                           r"remain|remains|stay|stays) (?:completely |quite |entirely |perfectly "
                           r"|often |usually )?(?:normal|healthy|unaffected|unchanged|undamaged)\b",
                           re.IGNORECASE)
# "It is often due to an infection that starts in the lungs", "caused by an infection of the
# bladder": the part is where the causing infection lies, no site of the illness itself.
_CAUSING_INFECTION_BEFORE = re.compile(
    r"\b(?:caused by|due to|results? from|resulting from|after|follow(?:s|ed|ing)?|triggered by|"
    r"brought on by|secondary to|comes? from)\s+(?:an?\s+|the\s+|another\s+)?(?:[\w-]+\s+)?"
    r"(?:infection|abscess)\s+(?:(?:that|which)\s+(?:\w+\s+)?(?:starts?|began|begins?|"
    r"started|is|was|lies)\s+(?:in|on)|of|in|on)\s+(?:the\s+|your\s+|their\s+|a\s+)?"
    r"(?:[\w-]+\s+)?$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;]|\b(?:but|while|whereas|although)\b", re.IGNORECASE)
# "small glands in the neck called the parathyroids": the part places the thing named.
_CALLED_AFTER = re.compile(r"\s+(?:called|known as|named)\b", re.IGNORECASE)
# "lies in nerve tissue near the spinal cord": a part named as a landmark, no site.
_LANDMARK_BEFORE = re.compile(r"\b(?:near|next to|close to|beside)\s+(?:(?:the|your|their)\s+)?"
                              r"(?:[\w-]+\s+)?$", re.I)
# One word of every body site p.ANATOMY can match (its last word, or "nervous", "lymph",
# "cord"): each word of a match stands between non-word characters, so on ASCII text a
# sentence with none of these words has no match and skips the scan (~10 us a sentence).
# tests/test_speed_gates.py checks the list against the pattern's every reading.
SITE_WORDS = frozenset({
    "body", "face", "head", "chest", "extremities", "limb", "limbs", "vessels", "arterioles",
    "capillaries", "tissue", "tissues", "dermis", "skin", "fascia", "abdomen", "belly",
    "tummy", "stomach", "trunk", "torso", "neck", "scalp", "thigh", "thighs", "buttock",
    "buttocks", "breast", "breasts", "genitalia", "genitals", "perineum", "scrotum", "groin",
    "leg", "legs", "arm", "arms",
    "hand", "hands", "feet", "foot", "finger", "fingers", "toe", "toes", "joint", "joints",
    "eye", "eyes", "eyelid", "eyelids", "artery", "arteries", "vein", "veins", "lung",
    "lungs", "brain", "heart", "liver", "kidney", "kidneys", "intestine", "intestines",
    "bowel", "muscle", "muscles", "bone", "bones", "nerve", "nerves", "mouth", "throat",
    "knee", "knees", "elbow", "elbows", "ankle", "ankles", "wrist", "wrists", "shoulder",
    "shoulders", "hip", "hips", "ear", "ears", "nose", "lip", "lips", "tongue", "cord",
    "nervous", "node", "nodes", "gland", "glands", "spleen", "bladder", "palm", "palms",
    "sole", "soles", "forearm", "forearms", "calf", "calves", "heel", "heels", "shin", "shins",
    "nails", "fingernails", "toenails", "membranes", "conjunctiva", "conjunctivae", "cornea",
    "retina", "gums", "jaw", "cheek", "cheeks", "forehead", "pancreas", "gut", "colon",
    "oesophagus", "esophagus", "uterus", "womb", "vagina", "ovaries", "prostate", "testicle",
    "testicles", "spine", "skull", "pelvis", "sinuses", "airway", "airways", "bronchi",
    "pleura", "pericardium", "meninges", "thyroid", "marrow", "tonsils", "fingertips", "urethra",
    "vulva", "penis", "anus", "rectum", "larynx", "trachea", "windpipe", "ribs", "parotid",
    "lacrimal", "eyebrow", "eyebrows", "dermatome", "dermatomes", "ganglion", "ganglia", "root",
    "roots", "back"})
_LETTER_RUN = re.compile(r"[a-z]+")


def may_name_site(text: str) -> bool:
    """Return False only when p.ANATOMY cannot match ``text`` (ASCII, no site word)."""
    return not text.isascii() or not SITE_WORDS.isdisjoint(
        _LETTER_RUN.findall(text.lower()))


def located_sites(text: str, in_symptoms: bool) -> list[re.Match[str]]:
    """Return the body parts a sentence says the condition reaches.

    Under a symptom heading every body part named is a site.  Elsewhere a part
    counts when the words before place it ("a rash on the chest", "affects the
    nerve"), when a lead-in names organs as a class ("can affect almost any
    organ, including the"), or when a passive verb follows ("the eyes may be
    involved"); and a run of parts joined by commas and "and" shares the verdict
    of its members, so a list is read whole.
    """
    if not may_name_site(text):
        return []
    found = [m for m in caseless.finditer(p.ANATOMY, text)
             if not _NOT_A_SITE_BEFORE.search(text, max(0, m.start() - 32), m.start())
             and not _SIGN_AFTER_SITE.match(text, m.end())]
    # (A part inside a definition still joins its neighbours into one run: "such as the zorb
    # artery, the big vessel of the arm, or the leg artery" reads the list on.)
    normal = _LOOKS_NORMAL.search(text)
    harmless = _HARMLESS.search(text) is not None
    defining = {m.start() for m in found if _CALLED_AFTER.match(text, m.end())
                or _DEFINITION_BEFORE.search(text, max(0, m.start() - 120), m.start())
                or (harmless and _HABITAT_BEFORE.search(text, max(0, m.start() - 60),
                                                         m.start()))
                # "Germs that live on the skin can get into a wound": where germs live
                or _GERM_HABITAT.search(text, max(0, m.start() - 70), m.start())
                # "due to an infection that starts in the lungs": the cause's site
                or _CAUSING_INFECTION_BEFORE.search(text, max(0, m.start() - 90), m.start())
                # "The skin around the wound may look normal": the part said to be well
                or (normal is not None and m.start() < normal.start()
                    and not _CLAUSE_BREAK.search(text, m.end(), normal.start()))}
    if in_symptoms or not found:
        return [m for m in found if m.start() not in defining]
    runs: list[list[re.Match[str]]] = []
    for m in found:
        if runs and _SITE_GAP.match(text[runs[-1][-1].end():m.start()]):
            runs[-1].append(m)
        else:
            runs.append([m])
    out: list[re.Match[str]] = []
    for run in runs:
        first = run[0]
        placed = any(p.LOCATED_BEFORE.search(text[max(0, m.start() - 40):m.start()])
                     and not _LANDMARK_BEFORE.search(text, max(0, run[0].start() - 30),
                                                     run[0].start())
                     for m in run) or bool(
            _SITES_LEAD.search(text[max(0, first.start() - 90):first.start()])) or bool(
            _BE_AFFECTED.match(text[run[-1].end():run[-1].end() + 40]))
        if placed:
            out.extend(m for m in run if m.start() not in defining)
    return out


def lone_body_part(name: str) -> bool:
    """Return whether a name is one body-part word the site pattern does not list ("soles",
    "cheeks"): read as a sign, it is where the sign shows."""
    return " " not in name and name.isalpha() and _site_word(name) in BODY_PARTS


_ONE_SIDE_OF_BODY = re.compile(r"(?:(?:one|either|one or the other) )?sides? of "
                               r"(?:the |your |their )?body", re.I)


def site_first(label: str) -> str:
    """Return a sign named with its body site first, as clinicians name it.

    >>> site_first("pain in the joints"), site_first("swelling of the hands")
    ('joint pain', 'hand swelling')
    >>> site_first("loss of appetite"), site_first("blotchy rash on the chest")
    ('loss of appetite', 'blotchy chest rash')
    >>> site_first("enlarged lymph nodes in the chest")
    'enlarged chest lymph nodes'
    """
    found = _sign_at_sites(label)
    if found is not None and len(found[1]) == 1 and _ONE_SIDE_OF_BODY.fullmatch(found[1][0]):
        return found[0]  # "blisters on one side of the body": blisters (the side, a site)
    if found is None or len(found[1]) != 1 or _site_word(found[1][0]) == "body":
        return label  # "a rash all over the body": the body names no part of it
    words = found[0].split()
    if len(words) > 1 and p.ANATOMY.fullmatch(words[0]) and _site_word(words[0]) != \
            _site_word(found[1][0]):
        return found[0]  # "skin peeling on the hands": the sign names its own part first
    # "enlarged lymph nodes in the chest": the site goes before a part of two words
    cut = -2 if len(words) > 2 and p.ANATOMY.fullmatch(" ".join(words[-2:])) else -1
    lead, head = words[:cut], words[cut:]  # "painful inflammation of nerves": painful nerve ...
    return " ".join([*lead, _site_word(found[1][0]), *head])
