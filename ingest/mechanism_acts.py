"""More wordings of how a condition works, for processes ``rules._PROCESSES`` names.

"A massive activation of T cells" and "the toxins overstimulate the immune system"
say what "the toxins switch on immune cells" says; "blood flow to the affected
tissue is cut off" what "it cuts off the blood supply" says.  Each wording waits
behind the words it cannot match without, as it is tried on every sentence
outside signs and care.
"""

from __future__ import annotations

from collections.abc import Iterator

from claimgraph.ingest import re_cache as re

from . import caseless

# Processes in other words than rules._PROCESSES has for them: (name, first-look words,
# pattern).  "A massive activation of T cells", "the toxins overstimulate the immune system".
_MORE_PROCESSES: tuple[tuple[str, tuple[str, ...], re.Pattern[str]], ...] = (
    ("immune activation", ("activation", "stimulat"), re.compile(
        r"\bactivation of (?:(?:large|huge|vast) numbers of |many |the body's |(?:up to |about |"
        r"around |as many as )?\d+(?:\.\d+)?\s?%\s+of (?:all )?(?:the )?)?(?:immune cells|"
        r"t[- ]cells|white blood cells|the immune system)\b|\bt[- ]cells? activation\b"
        r"|\bover-?stimulat\w* (?:of )?(?:the (?:body's )?|your )?immune (?:system|cells)\b",
        re.IGNORECASE)),
    # "Blood flow to the affected tissue is cut off".
    ("reduced blood flow", ("blood flow", "blood supply"), re.compile(
        r"\bblood (?:flow|supply) (?:to|in|through|into) [^.;,]{1,40}?\s(?:is|are|becomes?|gets?|"
        r"can be|may be) (?:then |quickly |also )?(?:reduced|blocked|cut off|restricted|stopped|"
        r"interrupted|lost)\b", re.IGNORECASE)),
    # "Blood vessels become blocked, so the tissue is starved of oxygen", "starving the
    # tissue of blood": the tissue's supply is what is lost.
    ("reduced blood flow", ("starv", "blocked"), re.compile(
        r"\b(?:is|are|becomes?|gets?) starved of (?:oxygen|blood)\b|\bstarv\w* (?:the )?"
        r"(?:[\w-]+ ){0,2}?(?:tissues?|skin|cells|muscles?) of (?:oxygen|blood)\b"
        r"|\b(?:small )?(?:blood )?vessels (?:can |may |then |also )?(?:become|are|get) "
        r"(?:blocked|clogged)\b(?! by)", re.IGNORECASE)),
    # "It causes the blood vessels to clot", "There is thrombosis of the small vessels".
    ("thrombosis", ("clot", "thromb"), re.compile(
        r"\b(?:blood )?vessels (?:to )?clot\b|"
        # "Clots in small vessels lead to tissue death", "clots form in the vessels"
        r"\b(?:blood )?clots (?:form |forming |develop )?(?:in|within|inside) (?:the )?"
        r"(?:small |tiny |[\w-]+ )?(?:blood )?(?:vessels|arteries|arterioles|veins|capillaries)\b|"
        r"\b(?:there is |widespread |extensive )?"
        r"thrombosis (?:of|in|within) (?:the )?(?:[\w-]+ ){0,2}?(?:blood vessels?|vessels|"
        r"arteries|arterioles|veins|capillaries)\b", re.IGNORECASE)),
    # "Tissue destruction is mediated by enzymes", "necrosis of the fat occurs".
    ("tissue death", ("destruction", "necros"), re.compile(
        r"\b(?:tissue|cell|skin|muscle|fat) (?:destruction|necrosis) (?:is|are|may be|can be) "
        r"(?:caused|mediated|driven|produced)\b|\b(?:[\w-]+ )?necrosis of (?:the )?"
        r"(?:[\w-]+ ){0,2}?(?:tissues?|fat|fascia|skin|muscles?) (?:can |may |then |quickly )*"
        r"(?:occurs?|develops?|follows?|sets? in|ensues?)\b", re.IGNORECASE)),
    # "The body releases large amounts of inflammatory chemicals": cytokines by another name.
    ("cytokine release", ("chemicals", "substances", "messengers"), re.compile(
        r"\b(?:releases?|releasing|release of|flood of|surge of|floods? (?:the body|the blood) "
        r"with) (?:large amounts of |a large amount of |huge amounts of |lots of |many |"
        r"excessive )?(?:inflammatory|immune) (?:chemicals|substances|messengers|proteins)\b",
        re.IGNORECASE)),
    # "The infection spreads quickly along the layers of tissue": how far and how fast.
    ("spread of infection", ("spread", "moves", "travels", "tracks"), re.compile(
        r"\b(?:bacteria|germs?|infection|it)\s+(?:can |may |then |often |also )?(?:spreads?|"
        r"moves?|travels?|tracks?)\s+"
        r"(?:very )?(?:quickly |rapidly |fast |easily )?(?:through|along|into|across|within) "
        r"(?:the )?(?:[\w-]+ ){0,3}?(?:tissues?|fascia|layers?|planes?|flesh|muscles?|"
        r"bloodstream|blood)\b", re.IGNORECASE)),
    # "Granulomas form in the lungs": clusters of immune cells, however the page puts it.
    ("granulomas", ("granuloma", "of immune cells", "of inflamed cells", "of inflammatory cells"),
     re.compile(
        r"\bgranulomas?\b[^.;]{0,30}?\b(?:can |may |often |then |also )?(?:forms?|develops?|"
        r"builds? up|appears?|grows?)\b|\bformation of granulomas\b|\bgranuloma formation\b"
        # "clumps of immune cells form in organs": the clumps the page leaves unnamed
        # "It is characterised by (non-caseating) granulomas"
        r"|\b(?:characteri[sz]ed|marked|defined) by (?:the )?(?:[\w-]+ ){0,2}?granulomas\b"
        r"|\b(?:clumps|clusters|collections|lumps|nodules) of (?:inflamed |inflammatory |immune |"
        r"white blood )?cells (?:can |may |then |also )?(?:form|develop|build up|collect|gather|"
        r"grow)\b",
        re.IGNORECASE)),
    # "X is a granulomatous disease": clusters of immune cells are how it works.
    ("granulomas", ("granulomatous",), re.compile(
        r"\b(?:is|are)(?: (?:thought|believed|considered|known) to be)? (?:an? |the )?"
        r"(?:[\w-]+ ){0,2}?granulomatous (?:disease|condition|disorder|illness|inflammation|"
        r"process)\b", re.IGNORECASE)),
)


def more_processes(text: str) -> Iterator[tuple[str, re.Match[str]]]:
    """Yield (process, match) for the wordings of :data:`_MORE_PROCESSES` a sentence holds.

    >>> [name for name, _ in more_processes("This causes a massive activation of T cells.")]
    ['immune activation']
    """
    for name, keys, pattern in _MORE_PROCESSES:
        found = None if caseless.lacks(text, keys) else pattern.search(text)
        if found is not None:
            yield name, found
