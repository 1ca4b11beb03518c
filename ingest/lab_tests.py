"""Name a test the way a reader files it, from the words a page uses for it.

Pages name a test by what is taken ("a sample of urine"), by what is measured
("calcium, phosphorus and urea nitrogen", "kidney function") or by the doctor's
act ("order an X-ray of the chest"); a reader files each as the test itself:
"urine test", "calcium test", "kidney function test", "chest X-ray".  Used on the
object of every ``diagnosed_by`` claim, so whichever rule found the test, the
name comes out the same.
"""

from __future__ import annotations

from functools import lru_cache

from claimgraph.ingest import re_cache as re

from .normalize import label_key
from .patterns import ANATOMY
from .phrases import clean_phrase
from .side_phrases import site_word

# The doctor's act before the test: "order an X-ray", "do blood tests", "taking a swab".
_ACT_FIRST = re.compile(
    r"^(?:(?:to|may|might|will|can|also|then|often|usually)\s+)*(?:do|does|doing|order|orders|"
    r"ordering|take|takes|taking|perform|performs|performing|carry out|carries out|carrying "
    r"out|run|runs|running|arrange|arranges|arranging|request|requests|requesting|recommend|"
    r"recommends|recommending)\s+(?:an?\s+|the\s+|some\s+|several\s+|other\s+|more\s+|further"
    r"\s+)?(?=\S)", re.IGNORECASE)
_RESULT_OF_TEST = re.compile(r"^(?:an?\s+|the\s+)?(?:positive|negative|abnormal|normal)\s+"
                             r"(?P<t>.+?\btest)\s+results?$", re.IGNORECASE)
# What a sample is taken of, filed as that fluid's test: "a sample of urine", "blood samples".
_FLUIDS = r"blood|urine|pee|stool|poo|spit|saliva|sputum|phlegm|mucus"
# ("tests on a sample of blood", "tests on blood samples": the fluid's test too)
_SAMPLE_OF = re.compile(rf"^(?:an?\s+|the\s+)?(?:small\s+)?(?:samples?|specimens?|tests?)\s+"
                        rf"(?:of|on)\s+(?:an?\s+|the\s+|your\s+)?(?:(?:samples?|specimens?)\s+"
                        rf"of\s+)?(?:your\s+|the\s+)?(?P<f>{_FLUIDS})(?:\s+(?:samples?|"
                        rf"specimens?))?$", re.IGNORECASE)
_TISSUE_SAMPLE_OF = re.compile(r"^(?:an?\s+|the\s+)?(?:small\s+)?(?:samples?|specimens?|"
                               r"pieces?|bits?)\s+of\s+(?:the\s+|affected\s+|infected\s+)*"
                               r"(?P<t>tissue|skin|bone marrow|lymph node|muscle)$", re.IGNORECASE)
_PART_TISSUE_SAMPLE = re.compile(r"^(?:an?\s+|the\s+)?(?:small\s+)?(?:samples?|specimens?|pieces?|"
                                 r"bits?)\s+of\s+(?:(?:the\s+)?(?P<p>[a-z]+)\s+tissue|tissue\s+"
                                 r"(?:from|taken from)\s+(?:the\s+|your\s+)?(?P<q>[a-z]+))$",
                                 re.IGNORECASE)
_FLUID_SAMPLE = re.compile(rf"^(?:an?\s+|the\s+)?(?P<f>{_FLUIDS})\s+(?:samples?|specimens?)$",
                           re.IGNORECASE)
# A fluid named alone where a test is meant ("Your urine may be tested"): its test.
_FLUID_ALONE = re.compile(rf"^(?:your\s+|the\s+)?(?P<f>{_FLUIDS})$", re.IGNORECASE)
# Everyday words for a fluid's test: "pee tests" are urine tests.
_PLAIN_FLUID_TEST = re.compile(r"^(?:an?\s+|the\s+)?(?P<f>pee|poo)\s+tests?$", re.IGNORECASE)
# An image of a part, filed with the part first: "an X-ray of the chest" is a chest X-ray.
_IMAGE_OF = re.compile(r"^(?:an?\s+|the\s+)?(?P<i>x-rays?|scans?|ct scans?|mri scans?|mri|ct|"
                       r"ultrasound(?: scans?)?)\s+of\s+(?:the\s+|your\s+)?(?P<p>[a-z]+)$",
                       re.IGNORECASE)
# "the levels of sodium (test)": the substance's test.
_LEVELS_OF = re.compile(r"^(?:the\s+)?(?:levels?|amounts?)\s+of\s+(?:your\s+|the\s+)?(?=\S)",
                        re.IGNORECASE)
# "vitamin Z levels", "the zorbase level": the substance's test, named by what it measures.
_LEVELS_AFTER = re.compile(r"(?:your\s+|the\s+)?(?P<a>[\w-]+(?:\s+[\w-]+){0,2}?)\s+levels?",
                           re.IGNORECASE)
# What blood or urine tests measure: named alone in a test's place, it stands for its test.
_ANALYTE = re.compile(
    r"^(?:your\s+|the\s+)?(?P<a>(?:blood\s+)?(?:"
    r"calcium|phosphate|phosphorus|potassium|sodium|magnesium|glucose|sugar|creatinine|urea|"
    r"(?:blood\s+)?urea\s+nitrogen|bun|albumin|bilirubin|electrolytes|(?:[\w-]+\s+)?hormones?|"
    r"(?:(?:liver|muscle|heart|cardiac)\s+)?enzymes|c-reactive\s+protein|crp|esr|creatine\s+kinase|lactate|procalcitonin|"
    r"(?:kidney|liver|thyroid|lung|heart)"
    r"\s+functions?))(?:\s+levels?)?(?:\s+in\s+(?:the\s+|your\s+)?(?:blood|urine))?$",
    re.IGNORECASE)
# A level's direction before what is measured: "raised creatinine", "a low sodium".
DIRECTION = re.compile(r"^(?:an?\s+)?(?:raised|elevated|high|higher|low|lower|abnormal|increased|"
                        r"decreased|reduced|rising|falling)\s+", re.IGNORECASE)
# A cheap first look: words without which none of the patterns above can match.
_HINTS = ("sample", "level", "amount", "specimen", "test", " of ", "do", "order", "take",
          "taking", "perform", "carr", "run", "arrang", "request", "recommend", "calcium",
          "phosph", "potassium",
          "sodium", "magnesium", "glucose", "sugar", "creatin", "urea", "bun", "albumin",
          "lactate", "procalcitonin",
          "bilirubin", "electrolyte", "hormone", "enzyme", "protein", "crp", "esr", "function",
          "urine", "stool", "saliva", "sputum", "phlegm", "mucus", "blood", "pee", "poo", "spit")


# An operation named alone as a way of finding the illness: surgery, as pages name it.
_SURGERY_ALONE = re.compile(r"(?:an? |the )?operation", re.IGNORECASE)
# Where and when a sample was taken: "tissue samples taken at operation" are tissue samples.
_TAKEN_TAIL = re.compile(r"\s+(?:taken|obtained|collected|removed|sent)\s+(?:at|during|from|in|"
                         r"for)\s.*$", re.IGNORECASE)
# A germ grown from a sample: "isolation of the germ from a wound swab" is the swab's test.
_GROWN_FROM = re.compile(r"^(?:the\s+)?(?:isolation|growth|recovery|detection|identification)\s+of"
                         r"\s+.{2,60}?\s+from\s+(?:an?\s+|the\s+)?(?P<s>[\w -]{3,40})$",
                         re.IGNORECASE)


# A result written after the test in notes ("blood cultures positive", "CRP raised").
_RESULT_WORDS = ("positive", "negative", "normal", "abnormal", "raised", "elevated")
_TRAILING_RESULT = re.compile(r"(?<=\w)\s+(?:positive|negative|normal|abnormal|raised|elevated)$",
                              re.IGNORECASE)
# "growing the bacteria from a sample of sputum": that fluid's culture.
_GROWING_FROM = re.compile(rf"^(?:growing|culturing)\s+(?:the\s+)?.{{2,40}}?\s+from\s+(?:an?\s+|"
                           rf"the\s+)?(?:(?:samples?|specimens?)\s+of\s+)?(?:your\s+|the\s+)?"
                           rf"(?P<f>{_FLUIDS}|pus|tissue)(?:\s+(?:samples?|specimens?))?$",
                           re.IGNORECASE)


# The adjective a sample's site takes before it ("a swab from the nose": a nasal swab).
SAMPLE_SITE_WORD = {"nose": "nasal", "vagina": "vaginal", "cervix": "cervical",
                    "rectum": "rectal", "mouth": "oral"}
# A finding named as a level: "a high level of antibodies in the blood".
_LEVEL_OF = re.compile(r"^\s*(?:an?\s+|the\s+)?(?:very\s+)?(?:high|higher|raised|elevated|"
                       r"increased|low|lower|reduced|decreased|abnormal)\s+(?:levels?|amounts?|"
                       r"numbers?)\s+of\s+"
                       r"(?P<x>[\w-]+(?:\s+[\w-]+)?)(?:\s+in\s+(?:the|your)\s+(?:blood|urine|"
                       r"serum))?\s*$", re.I)
# A test named by the place its sample comes from: "cultures from the wound".
_TAKEN_FROM = re.compile(r"(?P<what>culture|swab)s?\s+(?:from|of)\s+(?:the\s+|your\s+|an?\s+)?"
                         r"(?P<place>[a-z-]+(?: fluid)?)", re.IGNORECASE)


def test_of_finding_or_sample(label: str) -> str | None:
    """Return the test a means of diagnosis names by its finding's level or its sample's
    place, else None.

    Read before the rules' checks on a means (as the name they check), where
    :func:`lab_test_name` names the rest after them.

    >>> test_of_finding_or_sample("a high level of antibodies in the blood")
    'antibody test'
    >>> test_of_finding_or_sample("cultures from the wound"), test_of_finding_or_sample("biopsy")
    ('wound culture', None)
    """
    if " level" in label or " amount" in label or " number" in label:
        level = _LEVEL_OF.match(label)
        if level is not None:
            return f"{label_key(clean_phrase(level['x']))} test"
    if " from " in label or " of " in label:
        taken = _TAKEN_FROM.fullmatch(label)
        if taken is not None:
            place = label_key(taken["place"])
            return f"{SAMPLE_SITE_WORD.get(place, place)} {taken['what'].lower()}"
    return None


@lru_cache(maxsize=65536)
def lab_test_name(label: str) -> str:
    """Return ``label`` as a reader names the test it stands for (else ``label`` itself).

    >>> [lab_test_name(x) for x in ("samples of blood", "x-ray of the chest", "calcium",
    ...                             "order a urine sample", "kidney function")]
    ['blood test', 'chest x-ray', 'calcium test', 'urine test', 'kidney function test']
    >>> lab_test_name("your urine"), lab_test_name("operation")
    ('urine test', 'surgery')
    >>> lab_test_name("isolation of the germ from a wound swab")
    'wound swab'
    >>> lab_test_name("tissue samples taken at operation")
    'tissue samples'
    >>> lab_test_name("growing the germ from a sample of sputum")
    'sputum culture'
    >>> lab_test_name("blood cultures positive")
    'blood cultures'

    """
    lead = _QUALIFIED.match(label.strip())
    inner = _MEASURED.fullmatch(label.strip(), lead.start("m")) if lead is not None else None
    if inner is not None:
        return _measured_name(inner)  # ("Bloods: raised urea, low potassium": the tests)
    if label.lower().endswith(_RESULT_WORDS):  # "blood cultures positive": the cultures
        label = _TRAILING_RESULT.sub("", label) or label
    low = label.lower()
    if _SURGERY_ALONE.fullmatch(low.strip()):
        return "surgery"  # "confirmed at operation": the surgery shows it
    if " from " in low and (grown := _GROWN_FROM.match(label.strip())) is not None:
        return grown.group("s")  # ("isolation of the germ from a wound swab": the swab)
    if " from " in low and (grown := _GROWING_FROM.match(label.strip())) is not None:
        return f"{grown.group('f').lower()} culture"
    if " taken " in low or " obtained " in low or " collected " in low:
        label = _TAKEN_TAIL.sub("", label)
        low = label.lower()
    if not any(map(low.__contains__, _HINTS)):
        return label
    # ("a positive antibody test result": the test, whatever it showed)
    label = _RESULT_OF_TEST.sub(r"\g<t>", label) if "result" in low else label
    acted = _LEVELS_OF.sub("", _ACT_FIRST.sub("", label, count=1), count=1)
    said = acted if acted.strip() else label
    m = _SAMPLE_OF.match(said) or _FLUID_SAMPLE.match(said) or _PLAIN_FLUID_TEST.match(said) \
        or _FLUID_ALONE.match(said)
    if m is not None:
        fluid = m.group("f").lower()
        return "urine test" if fluid == "pee" else "stool test" if fluid == "poo" else \
            f"{fluid} test"
    m = _TISSUE_SAMPLE_OF.match(said)
    if m is not None:  # "a sample of tissue (from the lung)": a tissue sample, a biopsy
        return f"{m.group('t').lower()} sample"
    m = _PART_TISSUE_SAMPLE.match(said)
    if m is not None and ANATOMY.fullmatch(part := m.group("p") or m.group("q")):
        # "a small sample of lung tissue", "a sample of tissue from the lung": a lung biopsy
        return f"{site_word(part)} biopsy"
    m = _IMAGE_OF.match(said)
    if m is not None:
        return f"{m.group('p')} {m.group('i')}"
    # ("raised muscle enzymes in the blood": the enzymes' test, whatever it found; "a high
    # CRP" alone stays the finding it names)
    m = _ANALYTE.match(DIRECTION.sub("", said, count=1) if " in the " in said else said)
    if m is not None:
        if re.fullmatch(r"(?:blood\s+)?urea\s+nitrogen|bun", m.group("a"), re.IGNORECASE):
            return "blood urea nitrogen test"  # one name, as results name it (see below)
        return f"{re.sub(r'functions$', 'function', m.group('a'))} test"
    m = _LEVELS_AFTER.fullmatch(said.strip()) if "level" in low else None
    if m is not None:  # "Blood tests measure vitamin Z levels": the vitamin Z test
        return f"{m.group('a')} test"
    return said


# A lead-in that orders tests or reports their results, whatever else it names: "Doctors
# look for the signs and may order tests:", "Lab findings may include:".
_TESTS_LEAD = re.compile(
    r"\b(?:order|do|run|carry out|arrange|request|perform|use|need|have)(?:s|ing)? (?:some |"
    r"several |other |more |further |a few |these |the following |a number of )?(?:(?:blood|"
    r"lab|laboratory|urine|imaging) )?(?:tests?|scans?|investigations)\b"
    r"|\b(?:tests?|scans?|investigations) (?:to|that|which|can|may) (?:also )?(?:check|look|"
    r"find|see|show|rule|confirm|measure)"
    r"|\b(?:lab|laboratory|test|blood test|blood|imaging) (?:findings|results)\b", re.IGNORECASE)


def leads_tests(lead: str) -> bool:
    """Return whether a list's lead-in says its items are tests or their results.

    >>> leads_tests("Doctors check the signs and may order tests:"), leads_tests("Signs:")
    (True, False)
    """
    low = lead.lower()
    if "test" not in low and "scan" not in low and "investigation" not in low \
            and "finding" not in low and "result" not in low:
        return False
    return _TESTS_LEAD.search(lead) is not None


# Non-ASCII letters that match an ASCII one without case ("ſ" matches "s"): folded to it, a
# first look on the lower-cased text misses no sentence a case-blind pattern would match.
_TO_ASCII = str.maketrans({"ſ": "s", "\u212a": "k", "ı": "i", "\u0130": "i"})


def folded(text: str, low: str | None = None) -> str:
    """Return ``text`` lower-cased (``low`` if given) with :data:`_TO_ASCII` applied.

    >>> folded("A ſerology"), folded("Immune", "immune")
    ('a serology', 'immune')
    """
    low = text.lower() if low is None else low
    return low if text.isascii() else low.translate(_TO_ASCII)


# --- results that name their test -------------------------------------------------------
# Substances and cells a blood test measures, as a reader names the test of each.
_MEASURED = re.compile(
    r"\b(?:(?P<bun>blood urea nitrogen|urea nitrogen|bun)|(?P<cells>platelets?|white (?:blood )?"
    r"cells?|red (?:blood )?cells?)(?: counts?)?|(?P<x>creatinine|creatine (?:phospho)?kinase|"
    r"urea|bilirubin|(?:alanine|aspartate|asparate) aminotransferase|liver enzymes?|"
    r"transaminases?|c-reactive protein|crp|esr|sedimentation rate|sodium|potassium|glucose|"
    r"albumin|ha?emoglobin|lactate|troponin|calcium|phosphate|magnesium|ferritin))\b",
    re.IGNORECASE)
# A level stated against a bound: "at least twice the upper limit", "less than 100".
_BOUND = re.compile(r"\b(?:(?:is |are |was |were |levels? )?(?:at least|greater than|more than|"
                    r"less than|lower than|higher than|above|below|over|under|exceeding)|"
                    r"[<>≤≥]=?)\s*(?:twice|two|three|double|\d)", re.IGNORECASE)
# Where germs are grown from a sample: "blood or spinal fluid cultures".
_SITE = (r"(?:blood|urine|throat|wound|tissue|skin|sputum|stool|(?:cerebro)?spinal fluid|csf|"
         r"joint fluid)")
_CULTURES = re.compile(rf"\b(?P<s>{_SITE}(?:(?:,| or| and|, or|, and) {_SITE})*) cultures?\b",
                       re.IGNORECASE)
_SEROLOGY = re.compile(r"\bserolog(?:y|ies|ical(?:ly)?|ic(?:ally)?)\b", re.IGNORECASE)
_GRAM_STAIN = re.compile(r"\bgram[- ]stain(?:ing|s|ed)?\b", re.IGNORECASE)
# First looks: a bound and a measured thing must both be named before _BOUND is run.
_BOUND_HINTS = ("than", "least", "twice", "above", "below", "over", "under", "exceed", "<", ">",
                "≤", "≥")
_MEASURED_HINTS = ("urea", "bun", "platelet", "cell", "creatin", "bilirubin", "aminotransferase",
                   "enzyme", "transaminase", "protein", "crp", "esr", "sedimentation", "sodium",
                   "potassium", "glucose", "albumin", "globin", "lactate", "troponin", "calcium",
                   "phosphate", "magnesium", "ferritin")


# A level named by its direction only: "a high white cell count", "raised CRP".
_QUALIFIED = re.compile(r"\b(?:high|higher|raised|elevated|increased|low|lower|reduced|decreased|"
                        r"abnormal|rising|falling) (?:levels? of |blood )?(?P<m>\w)",
                        re.IGNORECASE)
_QUALIFIED_HINTS = ("high", "raised", "elevated", "increased", "low", "reduced", "decreased",
                    "abnormal", "rising", "falling")
# Words saying a level is a finding: what tests show, what a level suggests, what patients
# often have ("A raised creatine kinase suggests muscle damage", "Patients often have a low
# sodium"), what is common among them ("An elevated ESR is common"), not what puts people
# at risk.
_SHOWN_HINTS = ("show", "reveal", "find", "found", "test", "detect", "confirm", "suggest",
                "indicat", "often have", "usually have", "may have", "typically have",
                "frequently have", "commonly have", "is common", "are common", "is usual",
                "are usual", "is typical", "are typical", "is often seen", "are often seen")


def _measured_name(m: re.Match[str]) -> str:
    """Name the test of one measured thing ("platelets": platelet count)."""
    if m.group("bun"):
        return "blood urea nitrogen test"
    if m.group("cells"):
        cells = re.sub(r"s$", "", m.group("cells").lower())
        return f"{cells} count"
    return f"{m.group('x').lower()} test"


def tests_named_by_results(text: str, low: str | None = None) -> list[tuple[str, str]]:
    """Return (test, words) for each test a sentence names by its result.

    "Creatinine at least twice the upper limit" names a creatinine test, "platelets
    below 100,000" a platelet count, "negative blood or spinal fluid cultures" a blood
    culture and a spinal fluid culture, "serology" a serological test.

    >>> [t for t, _ in tests_named_by_results("Urea or creatinine at least twice normal.")]
    ['urea test', 'creatinine test']
    >>> [t for t, _ in tests_named_by_results("Blood or urine cultures grew nothing.")]
    ['blood cultures', 'urine cultures']
    >>> [t for t, _ in tests_named_by_results("An elevated ESR is common.")]
    ['esr test']
    """
    low = folded(text, low)
    cultured, serology, gram = "cultur" in low, "serolog" in low, "gram" in low
    bounded = False
    for hint in _BOUND_HINTS:  # loops that stop at the first hit: cheaper than any(map())
        if hint in low:
            for what in _MEASURED_HINTS:
                if what in low:
                    bounded = True
                    break
            break
    # "Tests may show a high white cell count and a raised CRP": a level named by its
    # direction, in a sentence about what tests show
    qualified = any(w in low for w in _QUALIFIED_HINTS) and any(
        w in low for w in _SHOWN_HINTS) and any(w in low for w in _MEASURED_HINTS)
    if not (cultured or serology or bounded or qualified or gram):
        return []
    out: list[tuple[str, str]] = []
    for m in _QUALIFIED.finditer(text) if qualified else ():
        inner = _MEASURED.match(text, m.start("m"))
        if inner is not None:
            out.append((_measured_name(inner), m.group(0)))
    for bound in _BOUND.finditer(text) if bounded else ():
        start = max(text.rfind(c, 0, bound.start()) for c in ":;(.")
        segment = text[start + 1:bound.start()]
        if len(segment) > 120:
            continue  # the bound is too far from any substance to be its level
        out.extend((_measured_name(m), m.group(0)) for m in _MEASURED.finditer(segment))
    for m in _CULTURES.finditer(text) if cultured else ():
        said = "cultures" if m.group(0).lower().endswith("s") else "culture"  # as written
        for site in re.split(r",? (?:or|and) |, ", m.group("s")):
            out.append((f"{site.lower()} {said}", m.group(0)))
    sero = _SEROLOGY.search(text) if serology else None
    if sero is not None:
        out.append(("serological test", sero.group(0)))
    stain = _GRAM_STAIN.search(text) if gram else None
    if stain is not None:  # "Gram staining of tissue shows many bacteria"
        out.append(("gram stain", stain.group(0)))
    return list(dict.fromkeys(out))


# A sample taken for testing, named at an item's head: "blood samples", "a sample of urine".
_SAMPLE_HEAD = re.compile(rf"\b(?:(?:{_FLUIDS}|tissue|skin|fluid) (?:samples?|specimens?)|"
                          rf"(?:samples?|specimens?) of (?:your |the )?(?:{_FLUIDS}|tissue|skin|"
                          rf"fluid))\b", re.IGNORECASE)


def names_sample(head: str) -> bool:
    """Return whether a list item's head names a sample taken for testing.

    >>> names_sample("blood samples, to check the kidneys"), names_sample("a red rash")
    (True, False)
    """
    return ("sample" in head or "specimen" in head or "Sample" in head) \
        and _SAMPLE_HEAD.search(head) is not None


# Tests named by the act or the method, which the test-name words leave out:
# "electrophysiological testing", "ultrasonography", "endoscopy".
_TEST_METHOD = re.compile(r"\b(?:testing|[a-z]+graphy|[a-z]+scopy)\b", re.IGNORECASE)


def names_testing(said: str) -> bool:
    """Return whether a subject names a test by its act or method.

    >>> names_testing("nerve testing"), names_testing("ultrasonography"), names_testing("rest")
    (True, True, False)
    """
    return ("test" in said or "graph" in said or "scop" in said) \
        and _TEST_METHOD.search(said) is not None


# A sample said to be for testing, whatever the heading: "drawn from a blister for testing".
_FOR_TESTING = re.compile(r"\b(?:for (?:lab(?:oratory)? )?(?:testing|tests?|analysis)|to (?:be )?"
                          r"test(?:ed)?\b|sent (?:off )?to (?:a |the )?lab|be tested\b|under a "
                          r"microscope)", re.IGNORECASE)


def taken_for_testing(low: str) -> bool:
    """Return whether a (lower-cased) sentence says something is taken for testing.

    >>> taken_for_testing("fluid may be drawn from a sore for testing"), taken_for_testing("rest")
    (True, False)
    """
    return ("test" in low or "analys" in low or " lab" in low or "microscop" in low) \
        and _FOR_TESTING.search(low) is not None
