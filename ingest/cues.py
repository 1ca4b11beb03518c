"""Negation and hedge cues, with a clause-sized scope, as precompiled regexes.

Why our own lists and not medspacy's ConText: ConText's default rules are
written for clinical notes ("denies", "no evidence of", "rule out") and miss
how patient pages hedge ("seem to play roles", "the link isn't clear",
"efficacy remains unproven", "isn't always necessary"); adding those means
writing the same lists anyway, and ConText needs spaCy, a tokenizer pass per
sentence and ~150 MB of dependencies that put the 170 KB/s budget out of
reach.  The scope rule is ConText's: a cue governs its own clause, and
clauses end at ";", "but", "however", "although", "whereas", "while" and a
comma after a leading subordinate clause.  tests/test_extract.py checks
every cue family on sentences we wrote.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache

from claimgraph.ingest import re_cache as re

from .caseless import lacks, pick, twins

# Negation: the source denies the relation.
# "Not smoking lowers the risk", "by not sharing towels": "not" before a gerund names an act
# of abstaining, no denial; after a form of "be" ("it is not working") it denies.  (Words
# that end in "ing" and are no gerund keep their denial: "does not bring relief".)
_GERUND = r"(?!(?:bring|during|thing|sting|string|spring|swing|cling|ring|sing|wing)\b)\w{2,}ing\b"
# ("a rash that does not fade may appear": a relative clause's "not" is said of its own
# noun, and denies nothing of the sentence's claim, for "that" and "which" as for "who")
_RELATIVES = ("who", "that", "which")
_NOT_WHO = "".join(f"(?<!{rel} {aux} )" for rel in _RELATIVES
                   for aux in ("do", "does", "did", "have", "has", "had", "are", "is", "were",
                               "was", "can", "could"))
# (a contracted or fused denial right after the relative word: "that doesn't", "who cannot")
_NOT_RIGHT_AFTER = "".join(f"(?<!{rel} )" for rel in _RELATIVES)
_NEGATION = re.compile(
    # ("more often than not", "whether or not", "not only": no denial)
    # ("People who do not respond may be given X": a relative clause's "not" tells who,
    # it denies nothing the sentence claims.)
    # ("people with no spleen", "those who have no immunity": who, by what they lack)
    r"\b(?:(?<!with )(?<!who have )(?<!who has )no|(?<!than )(?<!whether or )" + _NOT_WHO +
    # ("X, if not treated, can lead to Y": an aside of untreated care denies nothing)
    r"not(?! only\b)(?!\s+" + _GERUND + r")(?!\s+(?:treated|caught|diagnosed)(?:\s+(?:early|"
    r"promptly|quickly|in time|right away))?\s*,)|(?:" + "|".join(
        f"(?<=\\b{be} )" for be in ("is", "are", "was", "were", "be", "been", "am")) +
    r")" + _NOT_WHO + r"not(?=\s+" + _GERUND + r")|(?<!who )never|none|neither|nor|" +
    _NOT_RIGHT_AFTER + r"cannot|" + _NOT_RIGHT_AFTER +
    r"(?:is|are|was|were|do|does|did|has|have|had|can|could|would|should|will|wo|ca)"
    r"n't|" + _NOT_RIGHT_AFTER + r"(?:isn't|aren't|doesn't|don't|didn't|hasn't|haven't|"
    r"won't|can't)|"
    r"fails? to|failed to|rule[sd]? out|ruled out|lack of evidence|no evidence|"
    # ("NSAIDs are contraindicated": a remedy that must not be given)
    r"contraindicated|"
    # "There is little evidence that X causes it": as good as none
    r"(?:little|insufficient|scant) (?:good |clear |convincing |scientific )?evidence|"
    # "Steroids have shown little benefit": as good as none (the word first, so the looks
    # back run only where it is)
    r"little(?:(?<=\bshown little)|(?<=\bshowed little)|(?<=\boffers little)|"
    r"(?<=\boffer little)|(?<=\bhas little)|(?<=\bhave little)) (?:or no |proven |real |"
    r"clear |additional )?(?:benefit|effect))\b",
    re.IGNORECASE,
)
# Negations that only weaken a claim ("isn't clear", "not well understood",
# "not always") are hedges, not denials; they are removed before the
# negation test and counted as hedges instead.
_WEAK_NEGATION = re.compile(
    r"\b(?:(?:is|are|was|were|remains?)\s*(?:not|n't)\s+(?:yet\s+)?(?:clear|known|certain|"
    r"well[- ]understood|fully understood|understood|proven|established|always)"
    r"|(?:isn't|aren't|wasn't|doesn't|don't)\s+(?:yet\s+)?(?:clear|known|certain|always|"
    r"fully understand|know)"
    r"|not\s+(?:yet\s+)?(?:clear|known|certain|always|necessarily|well[- ]understood|"
    # ("no longer recommended": care denied now, a denial, not a hedge)
    r"fully understood|proven)|no clear|not as common|not all|not every|"
    r"no longer(?!\s+(?:recommended|advised|used|given|prescribed|offered)\b))\b",
    re.IGNORECASE,
)
# Hedges: the source states the relation as possible, likely or unproven.
_HEDGE = re.compile(
    # ("as soon as possible", "where possible": how soon or how far, no doubt of the claim)
    r"\b(?:may|might|could|(?<!as soon as )(?<!as early as )(?<!as quickly as )"
    r"(?<!as much as )(?<!where )(?<!if )(?<!whenever )(?<!wherever )possibl[ey]|"
    r"possibility|probabl[ey]|(?<!more )(?<!less )(?<!as )"
    r"likely|unlikely|perhaps|"
    r"potential(?:ly)?|thought to|believed to|suspected|suggests?|suggested|seems?|"
    r"(?:has|have) (?:all |both |also )?been (?:proposed|postulated|hypothesi[sz]ed)|"
    r"(?:it's|it is|it was|is|are) (?:thought|believed)|"
    # ("a response to an unknown trigger": the trigger is unknown, not the response's part)
    # ("a scan is used when the diagnosis is unclear": when it is used, no doubt of the use)
    r"appears? to|seem to|(?<!diagnosis is )(?<!diagnosis is still )unclear|"
    r"unknown(?! (?:triggers?|antigens?|agents?|substances?|"
    r"stimul(?:us|i)|germs?|origins?)\b)|uncertain|unproven|not proven|controversial|"
    r"(?:is |are |remains? )(?:debated|disputed)|"
    r"(?:some|limited|weak) evidence|considered to be|"
    # "Experts think it happens when ...", "Doctors believe it is caused by X": a view held
    r"(?:experts?|doctors?|scientists?|researchers?|specialists?|some people|many people|"
    r"people|they|we) (?:now |generally |often |also |mostly |largely )?(?:think|believe|"
    r"suspect|speculate|theori[sz]e|hypothesi[sz]e|assume)|"
    # "A study is investigating whether drug X can improve outcomes": not yet known
    r"(?:investigat\w*|test(?:s|ed|ing)?|stud(?:y|ies|ied|ying)|look(?:s|ed|ing)? (?:at|into)|"
    r"explor\w*|examin\w*|to see|to find out) whether)\b",
    re.IGNORECASE,
)
# Words without one of which a cue of each kind cannot match (see caseless.lacks): a
# sentence with none of them is spared that pass (tests/test_gates.py checks them).
_NEGATION_WORDS = ("no", "never", "neither", "n't", "fail", "rule", "lack of", "little ",
                   "insufficient", "scant", "contraindicated")
_WEAK_NEGATION_WORDS = ("no", "n't")
_HEDGE_WORDS = ("may", "might", "could", "possib", "probab", "likely", "perhaps", "potential",
                "thought", "believe", "suspect", "suggest", "seem", "appear", "unclear",
                "unknown", "uncertain", "proven", "evidence", "considered", "think",
                "speculate", "theori", "hypothes", "assume", "whether", "proposed", "postulat",
                "controvers", "debated", "disputed")
# A following sentence that casts doubt back on the one before it.
_BACKWARD_HEDGE = re.compile(
    r"^(?:but|however|yet)?,?\s*(?:the|this|that)\s+(?:link|connection|association|"
    r"relationship|evidence)\s+(?:is|isn't|is not|remains?)\s*(?:n't|not)?\s*"
    r"(?:clear|unclear|uncertain|unproven|weak|limited|not clear|not proven)",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(
    r";|\s(?:but|however|although|though|whereas|while|yet|except|because(?! of))\b"
    # ("should not be taken since they raise the risk of X": the reason is a clause of its own)
    r"|\ssince(?=\s+(?:it|they|this|these|there|you|we)\b)"
    r"|,\s*(?:which|who)\b|,?\s+and (?=(?:you|they|he|she|we|people|patients)\s+(?:are|is|"
    r"were|will|may|might|can|could|should|feel|have|get)\b)"
    r"|,\s*(?:as|because|since|so)\b"
    # ("more common in women, probably because of hormones": the guess is about the reason)
    r"|,\s*(?:possibly|probably|perhaps|likely|maybe|presumably)(?=\s+(?:because|due to|"
    r"owing to|as a result|since)\b)",
    re.IGNORECASE,
)
# A second predicate of one subject: in "The signs are not specific and can look like
# flu" the "not" stays with "specific".
_COORDINATED = re.compile(r"\s(?:and|or)\s(?=(?:can|may|might|could|will|is|are|has|have|"
                          r"often|usually|sometimes)\b)"
                          # "no symptoms and the condition is found ...": a clause of its own
                          r"|\s(?:and|but)\s(?=(?:the|this|it|its)\s(?:[\w-]+\s){0,2}?(?:is|are|"
                          r"was|were|can|may|might|will|has|have)\b)"
                          # "will not help if it is caused by a virus": the condition after
                          # the denial is a clause of its own
                          r"|\s(?:if|unless|when)\s(?=(?:it|they|this|these|the|you|your|a|an)\s)",
                          re.IGNORECASE)


# Every cue pattern above is case-insensitive; on ASCII text its twin reads the
# lower-cased text instead, about three times faster (see .caseless).
_COORDINATION = (_COORDINATED,)
_COORDINATION_TWIN = twins(*_COORDINATION)


def negation_start(sentence: str, start: int, pos: int) -> int:
    """Return where the negation scope of a phrase at ``pos`` begins (``start`` at most).

    A negation cue reaches to its clause's end, and a coordinated second
    predicate ("... and can ...") starts a scope of its own.
    """
    last = start
    subject, (coordinated,) = pick(sentence, _COORDINATION, _COORDINATION_TWIN)
    for m in coordinated.finditer(subject, start, min(len(sentence), pos + 20)):
        if m.end() <= pos:
            last = m.end()
    return last
# A leading conditional ends at its comma, and its words govern nothing after it:
# in "Without treatment, it can lead to X" the "without" denies nothing ("But if it is not
# treated, ..." neither: a joining word may come first).
# "if (it is) (left) untreated", "(when) left untreated": a lead of untreated care.
_LEFT_UNTREATED = (r"if (?:it is |it's )?(?:left )?(?:untreated|not treated)|"
                   r"(?:when |if )?left untreated")
_LEADING_SUBORDINATE = re.compile(
    # "Without treatment X can lead to Y", "If left untreated the rash can spread": a
    # lead of untreated care may go without its comma; it then ends at its own words,
    # when a modal or a verb of harm follows before any comma (else the clause below).
    r"^(?:(?:but|and|so|yet)\s+)?(?:without (?:(?:prompt|early|proper|timely|appropriate|"
    rf"any|medical) )?treatment|{_LEFT_UNTREATED})"
    r"(?=\s+[^,]{1,60}?\b(?:can|may|will|could|might|often|usually|leads?|causes?)\b)|"
    r"^(?:(?:but|and|so|yet)\s+)?(?:while|whilst|although|though|whereas|even though|if|when|"
    r"since|because|"
    rf"unless|without|{_LEFT_UNTREATED}|"
    # a bare "untreated" leads only when a comma closes it ("Untreated, it can ..."):
    # "Untreated X can cause A, B and C" is the sentence's own subject, not a lead
    r"untreated(?=\s*,)|in (?:some|rare|most|many) cases|for (?:some|most|many) people|"
    # a leading purpose: "To rule out other causes, doctors order X" (the test is done:
    # its "rule out" denies the other causes, not the test)
    r"to (?:rule|check|confirm|exclude|look|find|see|test|make sure))\b"
    # ("If steroids do not work, or you cannot take them, X is used": a second condition
    # joined to the first with its own comma)
    r"[^,]{0,200},(?:\s*(?:or|and)\s+(?:if\s+|when\s+|unless\s+)?(?:you|they|it|the|"
    r"your|these|this|those|a|an)\b[^,]{1,80},)?",
    re.IGNORECASE,
)


_CLAUSES = (_LEADING_SUBORDINATE, _CLAUSE_END)
_CLAUSE_TWINS = twins(*_CLAUSES)


@lru_cache(maxsize=4096)
def _breaks(sentence: str) -> tuple[int | None, tuple[int, ...]]:
    """Return where a leading subordinate clause ends and where every clause break is.

    Found once per sentence: a sentence with many figures asks for its
    clauses many times.
    """
    subject, (leading, clause_end) = pick(sentence, _CLAUSES, _CLAUSE_TWINS)
    m = leading.match(subject)
    return (m.end() if m else None), tuple(map(re.Match.start, clause_end.finditer(subject)))


# How far a clause reaches either side of a position.  Real clauses are far
# shorter; run-on text (a table flattened into one line, a list without full
# stops) would otherwise make every cue and figure read a whole 1,000-character
# sentence, and extraction quadratic in the sentence length.
CLAUSE_REACH = 300


def clause_bounds(sentence: str, pos: int) -> tuple[int, int]:
    """Return the (start, end) of the clause of ``sentence`` that holds ``pos``.

    At most ``CLAUSE_REACH`` characters either side of ``pos``.
    """
    start, end = 0, len(sentence)
    lead, breaks = _breaks(sentence)
    if lead is not None and pos >= lead:
        start = lead
    elif lead is not None:
        end = lead - 1
    i = bisect_right(breaks, pos)
    if i and breaks[i - 1] > start:
        start = breaks[i - 1]
    if i < len(breaks) and breaks[i] < end:
        end = breaks[i]
    low, high = pos - CLAUSE_REACH, pos + CLAUSE_REACH
    if start < low:  # the reach ends at a list's comma (or a space), never inside a word
        cut = sentence.find(",", low, pos)
        start = cut + 1 if cut >= 0 else max(sentence.find(" ", low, pos) + 1, low)
    if end > high:
        cut = sentence.rfind(",", pos, high)
        end = cut if cut > pos else (sentence.rfind(" ", pos, high) if " " in sentence[
            pos:high] else high)
    return start, end


def is_negated(text: str) -> bool:
    """Return whether ``text`` (a clause or the words before a claim) denies it.

    >>> is_negated("There is no treatment shown to work")
    True
    >>> is_negated("The cause isn't clear")
    False
    """
    subject, (negation, weak, _, _) = pick(text, _CUES, _CUE_TWINS)
    return bool(negation.search(weak.sub(" ", subject)))


# "Symptoms may include:" lists what is usual, it does not doubt it.
# "You may notice:" or "You might have:" before a list lists what is usual too.
_LISTING = re.compile(r"\b(?:may|might|can|could) (?:also )?(?:include|be linked to|notice|have|"
                      r"be present|occur|appear|get|experience|feel|see|develop|find|need|"
                      r"require|be (?:given|offered|prescribed|used|recommended|needed|"
                      r"required|treated|advised))\b", re.I)


# The four cue patterns, and their twins for lower-cased ASCII text.
_CUES = (_NEGATION, _WEAK_NEGATION, _HEDGE, _LISTING)
_CUE_TWINS = twins(*_CUES)


def is_hedged(text: str) -> bool:
    """Return whether ``text`` states a claim as possible, likely or unproven.

    >>> is_hedged("Warfarin may raise the risk")
    True
    >>> is_hedged("Warfarin raises the risk")
    False
    """
    subject, (_, weak, hedge, listing) = pick(text, _CUES, _CUE_TWINS)
    subject = listing.sub(" ", subject)
    return bool(hedge.search(subject) or weak.search(subject))


def _blank(pattern: re.Pattern[str], text: str) -> str:
    """Return ``text`` with ``pattern``'s matches turned to spaces (positions kept)."""
    return pattern.sub(lambda m: " " * len(m.group()), text)


@lru_cache(maxsize=256)
def _cue_spans(text: str) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    """Return the (start, end) of every negation cue and every hedge cue in ``text``.

    Found once per sentence: a sentence with many relations asks about the
    cues of many of its stretches, and reading each stretch again made
    run-on text quadratic.  Cues are read as :func:`is_negated` and
    :func:`is_hedged` read them: weak negations are hedges, not denials,
    and listing phrases ("may include") are no hedge.
    """
    subject, (negation, weak, hedge, listing) = pick(text, _CUES, _CUE_TWINS)
    # (Blanking turns letters to spaces: it never makes a gate word the text lacks.)
    weakened = not lacks(text, _WEAK_NEGATION_WORDS)
    negations = () if lacks(text, _NEGATION_WORDS) else tuple(
        (m.start(), m.end()) for m in negation.finditer(
            _blank(weak, subject) if weakened else subject))
    hedged = not lacks(text, _HEDGE_WORDS)
    if not (hedged or weakened):
        return negations, ()
    unlisted = _blank(listing, subject)
    hedges = sorted((m.start(), m.end()) for pattern, may in ((hedge, hedged), (weak, weakened))
                    if may for m in pattern.finditer(unlisted))
    return negations, tuple(hedges)


def _any_within(spans: tuple[tuple[int, int], ...], lo: int, hi: int) -> bool:
    """Return whether one of the sorted ``spans`` lies wholly inside ``[lo, hi)``."""
    i = bisect_left(spans, (lo, -1))
    while i < len(spans) and spans[i][0] < hi:
        if spans[i][1] <= hi:
            return True
        i += 1
    return False


def denied_before(text: str, pos: int) -> bool:
    """Return whether the words of ``pos``'s clause before it deny what is at ``pos``.

    A cue reaches to its clause's end: in "It is not contagious, but genes play a part"
    the "not" denies nothing after the "but", while "There is no evidence that genes
    play a part" keeps its cue (a "that" clause is the same clause).

    >>> denied_before("It is not contagious, but genes play a part", 26)
    False
    >>> denied_before("There is no evidence that genes play a part", 26)
    True
    """
    return is_negated(text[clause_bounds(text, pos)[0]:pos])


def negated_within(text: str, lo: int, hi: int) -> bool:
    """Return ``is_negated(text[lo:hi])``, from cues found once per ``text``.

    >>> negated_within("It helps; it does not cure the rash", 9, 35)
    True
    >>> negated_within("It helps; it does not cure the rash", 0, 8)
    False
    """
    return _any_within(_cue_spans(text)[0], lo, hi)


def hedged_within(text: str, lo: int, hi: int) -> bool:
    """Return ``is_hedged(text[lo:hi])``, from cues found once per ``text``.

    >>> hedged_within("Rest helps and may speed recovery", 10, 33)
    True
    >>> hedged_within("Rest helps and may speed recovery", 0, 10)
    False
    """
    return _any_within(_cue_spans(text)[1], lo, hi)


# "a potentially fatal disease": how grave a thing named is, no doubt of what is said of it.
_GRAVITY = re.compile(r"\b(?:potentially|possibly)\s+(?:life[- ]threatening|fatal|deadly|"
                      r"lethal|serious|dangerous|severe|disabling|devastating)\b", re.IGNORECASE)


def hedged_past_gravity(text: str, lo: int, hi: int, trigger_at: int) -> bool:
    """Return :func:`hedged_within`, not counting a gravity word before the relation's own
    words: in "a potentially fatal disease caused by G", G is said plainly to cause it.

    >>> hedged_past_gravity("It is a potentially fatal disease caused by G", 0, 45, 33)
    False
    >>> hedged_past_gravity("It is a potentially fatal disease probably caused by G", 0, 54, 43)
    True
    """
    if not hedged_within(text, lo, hi):
        return False
    if lacks(text, ("potentially", "possibly")):
        return True
    graves = [(m.start(), m.end()) for m in _GRAVITY.finditer(text, lo, trigger_at)]
    if not graves:
        return True
    return any(lo <= a and b <= hi and not any(ga <= a < gb for ga, gb in graves)
               for a, b in _cue_spans(text)[1])


def hedges_previous(sentence: str) -> bool:
    """Return whether a sentence casts doubt on the one before ("But the link isn't clear")."""
    return bool(_BACKWARD_HEDGE.match(sentence.strip()))


# The cue patterns, public for the outputs that mark cue words in a quote
# (exports/evidence_marks.py): one list of cue words for the rules and the marks.
NEGATION_CUES: re.Pattern[str] = _NEGATION
WEAK_NEGATION_CUES: re.Pattern[str] = _WEAK_NEGATION
HEDGE_CUES: re.Pattern[str] = _HEDGE
LISTING_CUES: re.Pattern[str] = _LISTING
