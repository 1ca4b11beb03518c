"""Find the figures a sentence states: value, bound, horizon, measure and population.

quantulum3 finds "50 percent" but not "5 out of 10", "35 of every 10,000",
"one in 600" or "twice as likely", which is how patient pages give most of
their figures, and it knows nothing of horizons or populations; so the
forms are precompiled regexes here.  Proportions come out in [0, 1], ages in
years, horizons as ISO 8601 durations in months or smaller
(P6M, P12M, P2W), so equal periods compare equal as text.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

from claimgraph.graph.model import Bound, Measure
from claimgraph.ingest import re_cache as re

from . import caseless
from .age_outlook import outlook_of_age
from .cues import clause_bounds
from .figure_base import (
    NUMBER_WORDS as _NUMBER_WORDS,
    NUMW as _NUMW,
    PCT as _PCT,
    SHORT as _SHORT,
    Figure,
    first as _first,
    matches as _matches,
    parse_number,
    says as _says,
)
from .figure_context import (
    NO_TREATMENT as _NO_TREATMENT,
    NOT_A_THING as _NOT_A_THING,
    PEOPLE as _PEOPLE,
    POP_NOUN as _POP_NOUN,
    POP_NOUNS as _POP_NOUNS,
    UNTREATED as _UNTREATED,
)
from .lexicon import BODY_PARTS, GERM_ENDINGS, SIGNS_TOGETHER
from .normalize import label_key
from .past_events import event_before_age
from .periods import (
    BETWEEN_AND as _BETWEEN_AND,
    EVENTS as _EVENTS,
    NOT_ONSET_THING as _NOT_ONSET_THING,
    PEOPLE_WHO_GET,
    PERIOD_AGAIN as _PERIOD_AGAIN,
    PROPORTION_IN as _PROPORTION_IN,
    dosed as _dosed,
    duration as _duration,
    has_number as _has_number,
    sign_people_get,
)
from .regained import returned
from .sided import side_of_return
from .unnoticed import cause_unfound, unnoticed_thing
from .wordtrie import trie

_I = re.IGNORECASE

# What a rate is counted per: a number, "100 000" (thousands set apart by a space), "a million".
# ("100.000": thousands set apart by a dot, as some pages write them)
_BASE = (rf"(?:10\s*\^\s*[3-7](?!\d)|10[\u00b3\u2074-\u2077]|"  # ("per 10^5": a power of ten)
         rf"\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+(?!\d|[,.]\d)|"
         rf"\d{{1,3}}(?:\.\d{{3}})+(?![\d,.]\d|\d)|(?:(?:a|one|\d{{1,3}}(?:\.\d)?)\s+)?million\b|"
         rf"{_NUMW})")
# A count's thousands set apart by a space: "10 000 cases" (one number, as a rate's base is).
_SPACED = r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d]|[,.]\d)"
# People named by their country: "200,000 Americans" counts people in the US.
_NATIONAL = {"americans": "US", "britons": "UK", "canadians": "Canada",
             "australians": "Australia", "europeans": "Europe"}
_NATIONALS = "|".join(_NATIONAL)
# "5,000 US children", "200 British adults": the country the people counted live in.
_LANDS = {"us": "US", "u.s.": "US", "american": "US", "uk": "UK", "u.k.": "UK", "british": "UK",
          "canadian": "Canada", "australian": "Australia", "european": "Europe"}
# Ages: "under the age of five", "age greater than 60", "aged over 60".
_AGE_NUM = (r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            r"thirteen|fourteen|sixteen|seventeen|eighteen|nineteen|"
            r"fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)")
# A decade of life written "20s", "20's" or "twenties" (see _decade).
_DECADES = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
            "seventies": 70, "eighties": 80, "nineties": 90}
_DECADE = rf"(?:[1-9]0'?s|{'|'.join(_DECADES)})"
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
             "seventh": 7, "eighth": 8, "ninth": 9}
_AGE_CMP = (r"(?:over|under|above|below|greater than|more than|less than|older than|"
            r"younger than|>|<|≥|≤)")
# "people over 60": an age threshold right after the people it is about (looked at
# once a threshold is found: a look-behind for each word at every place cost more).
# ("... if you're over 65", "you are under 5": the reader is the group)
_AGE_GROUP_BEFORE = re.compile(
    r"\b(?:people|adults|patients|those|anyone|children|kids|women|men|girls|boys|babies|"
    r"infants|teenagers|teens|adolescents|females|males|you're|you are|you’re|being) $",
    re.IGNORECASE)
# "Most people who get it are under 30": the people are the clause's subject, the age after
# its verb.
_PEOPLE_ARE = re.compile(
    r"\b(?:people|adults|patients|children|women|men|cases)\b[^,.;:()]{0,40}\b(?:are|were) "
    r"(?:(?:usually|mostly|often|typically|generally|commonly) )?$", re.IGNORECASE)
# ("70 % of patients are over 50" is that age group's share: no age figure of its own.)
_SHARE_OF_THEM = re.compile(r"%|\bper ?cent\b|\b(?:half|thirds?|quarters?)\b|"
                            r"\d\s+(?:in|out of)\s+\d", re.IGNORECASE)
# ("from 20 % up to 30 %", "from 20 % to as high as 80 %")
_RANGE_SEP = r"\s*(?:(?:up )?to(?: as (?:high|much|many) as)?|-|–|—|and|or)\s*"
# Where a figure's number may start: a word's start, or digits glued to a lower-case word by a
# page that lost its spaces ("more than24 hours", "Frequency33%"; not "B12", not "H1").
_LEAD = r"(?:\b|(?<=(?-i:[a-z]))(?=\d))"
# The number of a kind, stage or grade is part of its name: "type 2", "stage 3".
_KIND_NUMBER_BEFORE = (r"(?<!type )(?<!stage )(?<!grade )(?<!class )(?<!group )(?<!phase )"
                       r"(?<!types )(?<!stages )(?<!grades )")
_SEXES = r"(?:men|women|males|females|boys|girls)"
# Each sex word, adjectives and singulars too ("male-to-female"), as the group it names.
_SEX = {"male": "men", "males": "men", "men": "men", "man": "men", "boys": "men", "boy": "men",
        "female": "women", "females": "women", "women": "women", "woman": "women",
        "girls": "women", "girl": "women"}
_SEX_WORD = r"(?:male|female|men|women|man|woman|boy|girl)s?"
# ("M:F", "F:M 3:1": the sexes by their letters, only in a ratio's name)
_SEX_LETTER = {"m": "men", "f": "women"}
# Who a rate counts, named after its base ("1 of 3 patients", "2 in 5 cases").
_COUNTED = (r"people|patients|persons|cases|children|adults|infants|babies|women|men|"
            r"individuals")
_FRAC = (r"(?:half|a third|one[- ]third|two[- ]thirds|a quarter|one[- ]quarter|three[- ]quarters|"
         r"a tenth|one[- ]tenth|a fifth|one[- ]fifth|two[- ]fifths|three[- ]fifths|four[- ]fifths|"
         r"a sixth|one[- ]sixth|(?:three|seven|nine)[- ]tenths|an eighth|one[- ]eighth)")

# Kinds of a germ, and the words that may stand before them ("four main species of").
_GERM_KINDS = r"species|strains|types|subtypes|serotypes|genotypes|kinds|groups"
_KIND_MODS = (r"(?:(?:main|major|known|different|distinct|related|closely related|separate|"
              r"common)\s+)*")
# A list of kinds after a colon: a sentence of no number may still count them.
_LISTED_KINDS_HINTS = ("stages:", "phases:", "types:", "forms:", "kinds:", "stages :")
# An age spelt out ("between five and fifteen years old"): a number word of one word below a
# hundred.
_AGE_WORD = "(?:" + "|".join(sorted((w for w in _NUMBER_WORDS if " " not in w and w not in (
    "hundred", "thousand")), key=lambda w: (-len(w), w))) + ")"
# Who an age span is said of ("adults between 20 and 40"; see the "age_span" form).
_AGE_SPAN_WHO = (r"people|adults|children|kids|infants|babies|teenagers|teens|adolescents|"
                 r"women|men|girls|boys")

# A relative risk by its name: "an odds ratio of 2.5", "(OR 2.5)", "HR = 1.8" (the short
# names in capitals only, and only in a bracket or before a sign: "or" is a word).
_RATIO_NAME = (r"(?:(?:adjusted|crude|overall|pooled|estimated)\s+)?(?:(?:incidence\s+)?rate "
               r"ratio|relative risk|risk ratio|odds ratio|hazard ratio)"
               r"(?:\s*\((?-i:a?(?:RR|OR|HR|IRR))\))?"
               # ("the odds ratio for death was 2.5": what the ratio is of, before its value)
               r"(?:\s+(?:for|of)\s+(?:[\w-]+\s+){1,3}?(?=(?:was|is|were|of|=)\b))?")
_RATIO_SHORT = r"(?-i:a?(?:RR|OR|HR|IRR))"
_FORMS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("risk_ratio", re.compile(
        rf"(?:\b{_RATIO_NAME}|(?<=\(){_RATIO_SHORT}\b|\b{_RATIO_SHORT}(?=\s*[=:]))\s*"
        r"(?:(?:of|was|is|were|at|=|:|,)\s*)?(?:(?:about|around|approximately|nearly|roughly|"
        r"almost)\s+|~\s*)?(?P<a>\d{1,3}(?:\.\d+)?)\b"
        r"(?![.,]?\d|\s*(?:%|percent\b|per cent\b))", _I)),
    ("pct_range", re.compile(rf"{_LEAD}(?P<a>{_NUMW})(?:{_PCT})?{_RANGE_SEP}(?P<b>{_NUMW}){_PCT}",
                             _I)),
    ("pct", re.compile(rf"{_LEAD}(?P<a>{_NUMW}){_PCT}", _I)),
    # "1 in 5 to 2 in 5", "between 1 in 10 and 1 in 4": a range of two ratios.
    ("ratio_range", re.compile(
        # ("1 per 100,000 to 40 per 100,000" likewise)
        rf"{_LEAD}(?P<a>{_NUMW}) (?:in|per) (?:every )?(?P<n>{_BASE})"
        rf"(?:\s+(?:people|cases|patients))?"
        rf"{_RANGE_SEP}(?P<b>{_NUMW}) (?:in|per) (?:every )?(?P<m>{_BASE})\b(?![,.]?\d)", _I)),
    # "1 in every 3,000 to 4,000 people": one part of a whole given as a range.
    ("ratio_base_range", re.compile(
        rf"{_LEAD}(?P<a>{_NUMW}) in (?:every )?(?P<n>{_BASE}){_RANGE_SEP}(?P<m>{_BASE})\b"
        rf"(?![,.]?\d|\s*(?:%|percent\b|per cent\b))", _I)),
    # "Incidence per 100,000: 3.5", "Incidence (per 100,000 per year): 2 to 4": a rate whose
    # base is in its label (a table's column, a fact box's line), its number after the colon.
    ("rate_label", re.compile(
        r"\b(?P<label>incidence|prevalence|mortality|death rate|case[- ]fatality)(?:\s+rate)?"
        rf"\s*\(?\s*(?:per|/)\s*(?P<n>{_BASE})(?:\s+(?:population|people|persons|"
        r"inhabitants|(?:live\s+)?births|(?:hospital\s+)?admissions|patients|cases))?(?P<py>\s*(?:per\s+year|a\s+year|/\s*year|annually|each\s+year|"
        r"per\s+annum)|[\s-]*person[\s-]years)?\s*\)?\s*"
        # ("The incidence per 100,000 is between 1 and 5": said in a sentence, not a label's)
        r"(?:[:=–]|(?P<said>is|was|has been|ranges)\s+(?:(?:estimated|reported|thought)\s+"
        r"(?:at|to be|as)\s+)?(?:from\s+)?(?P<between>between\s+)?)\s*"
        rf"(?P<about>about\s+|around\s+|approximately\s+|~\s*)?(?P<a>{_NUMW})"
        rf"(?:\s*(?:to|-|–|(?(between)and))\s*(?P<b>{_NUMW}))?"
        r"(?!\d|[.,]\d|\s*(?:%|percent\b|per cent\b))", _I)),
    # "1:1,000 to 1:5,000", "1/1000-1/5000": a range of two rates written with a sign.
    ("ratio_sign_range", re.compile(
        r"(?<![\d.,:/])(?P<a>\d{1,3}(?:\.\d+)?)\s*[:/]\s*(?P<n>\d{1,3}(?:,\d{3})+|\d{3,7})"
        r"\s*(?:to|-|–|—|and)\s*(?P<b>\d{1,3}(?:\.\d+)?)\s*[:/]\s*"
        r"(?P<m>\d{1,3}(?:,\d{3})+|\d{3,7})\b(?![,.:/]?\d)", _I)),
    # "Of every 20 people who get it, 2 or 3 die": the whole named first, then the part.
    ("every_then", re.compile(
        rf"\b(?:out of|of|for) every (?P<n>{_NUMW})\b(?![,.]\d)[^,.;:]{{0,80}},\s*"
        rf"(?:about |around |roughly |only |just )?(?P<a>{_NUMW})"
        rf"(?:\s*(?:or|to|-|–)\s*(?P<b>{_NUMW}))?\b"
        rf"(?!\s*(?:%|percent|per cent|in|out of|per)\b)", _I)),
    # "Of the 120 people treated, 30 died", "Out of 200 patients, 40 needed an amputation": a
    # case series, its whole counted first (people named), then the part.
    # (Tried at numbers only: the "of" before the whole is looked at by _figure.)
    ("series_then", re.compile(
        rf"{_LEAD}(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+(?![.,]\d)|(?=[a-z])(?!a\b|an\b){_NUMW})\s+"
        rf"(?:[\w-]+\s+){{0,2}}?(?:people|patients|persons|cases|children|adults|women|men|"
        rf"babies|infants)\b[^,.;:()]{{0,60}},\s*"
        rf"(?:about |around |roughly |only |just |some )?(?P<a>{_NUMW})"
        rf"(?:\s*(?:or|to|-|–)\s*(?P<b>{_NUMW}))?\b"
        rf"(?!\s*(?:%|percent|per cent|in|out of|per|years?|months?|weeks?|days?|hours?)\b|[.,]\d)",
        _I)),
    ("per_range", re.compile(
        rf"{_LEAD}(?P<a>{_NUMW}){_RANGE_SEP}(?P<b>{_NUMW})"
        # ("1 to 5 new cases a year for each 100,000 people", "in a population of 100,000")
        # ("1 to 5 cases of invasive zorbacillus skin infection per 100,000": a long name)
        # (no number between, nor a verb: "women aged 15 to 44 is about 3 per 100,000" is
        # one rate of women of those ages)
        rf"(?:\s+(?:(?:new\s+|reported\s+)?cases?\s+of\s+(?:[\w'-]+\s+){{1,8}}?|"
        rf"(?:(?!\d|(?:is|are|was|were|about|around)\b)[\w-]+\s+){{0,5}}?)(?:per|in every|"
        rf"out of|of every|for every|for each|"
        rf"in each|in a population of|in)\s+"
        # ("10-15/100,000", "0.3-15 cases/100,000": over a slash)
        rf"|(?:\s+(?:new\s+)?cases?)?\s*/\s*(?=\d{{1,3}}[, \u00a0]\d{{3}}|\d{{3}}))"
        rf"(?P<n>{_BASE})\b(?![,.]?\d)", _I)),
    ("ratio", re.compile(
        rf"{_LEAD}(?P<a>{_NUMW})(?:"
        # "1 of 3 patients": a bare "of" between the two numbers, the people counted after
        rf"\s+of\s+(?={_NUMW}\s+(?:[\w-]+\s+)?(?:{_COUNTED})\b)|"
        rf"(?:\s+|-(?=in-)|(?=in\s+\d))"  # "affect5in 100,000": a lost space; "one-in-four"
        rf"(?:(?:cases?|people|persons?|patients?|adults?|children)\s+)?"
        # ("vomiting three times in 24 hours": how often an act comes, no share)
        rf"(?!(?:hours?|days?|weeks?|months?|years?|times)\b)"
        rf"(?:(?!\d)\w+\s+){{0,2}}?(?:out of|of every|in every|for every|for each|in each|"
        rf"in a population of|per|in)(?:\s+|-))"
        rf"(?P<n>{_BASE})\b(?![,.]?\d)", _I)),
    # "1:1,000", "1/100,000", "3.8/100 000": a rate written with a sign (a base of 100 or more,
    # so never a time, a score or a small fraction, which "fraction" reads).
    ("ratio_sign", re.compile(
        # ("4 cases/100,000": the cases named before the slash)
        r"(?<![\d.,:/])(?P<a>\d{1,3}(?:\.\d+)?)\s*(?:(?:new\s+)?cases?\s*(?=/))?[:/]\s*"
        r"(?P<n>\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,]|\.\d)|\d{3,7})\b"
        r"(?![,.:/]?\d)", _I)),
    ("fraction", re.compile(
        # "between a quarter and a third", "a third to a half": a range of two fractions
        # ("between 1/3 and 1/2" likewise)
        rf"(?:(?:\bbetween\s+)?(?:\b(?P<f0>{_FRAC})|(?<![\d/.])(?P<p0>\d)/(?P<q0>\d{{1,2}}))"
        rf"\s+(?:to|and|or)\s+(?:(?:a|one)[\s-]+(?=half))?)?"
        rf"(?:\b(?P<f>{_FRAC})\b"
        r"|(?<![\d/.])(?P<p>\d)/(?P<q>\d{1,2})(?![\d/])"  # "2/3 of cases"
        # ("in 45/50 patients": a case series' count, the people right after it)
        r"|(?<![\d/.])(?P<p2>\d{1,2})/(?P<q2>\d{1,2})(?![\d/])(?= (?:[\w-]+ )?(?:patients|cases|"
        r"people|children|adults)\b))"
        r"(?= of\b| (?:the|all) (?:[\w-]+ ){0,2}?(?:cases|people|patients|children|adults|women|"
        r"men|infections)\b| (?:[\w-]+ )?(?:patients|cases|people|children|adults)\b"
        r"| (?:will|would|may|might|can|could|are|were|have|had|die|recover|go|"
        r"get|develop|need|make|do|experience)\b"
        # "almost half who have had it get it again": the people after the fraction
        r"| who (?:have|has|had|get|got|develop|developed|are|were)\b"
        # "most (about two-thirds) recover", "death occurs in a third.": a fraction said alone
        r"|\s*\)|\s*(?:[.;,](?:\s|$)|$))", _I)),
    ("times", re.compile(
        # "two to three times", "2- to 3-fold": a range
        rf"\b(?:(?P<a0>{_NUMW})(?:-(?=\s))?\s*(?:to|-|–|or)\s*)?"
        # ("4x more likely", "3× higher": times written as a sign)
        rf"(?P<t>twice|(?P<a>{_NUMW})(?:\s+times|-?fold|\s?[x×](?=\s)))\s+(?:as\s+\w+|more\s+\w+|higher|"
        r"commoner|likelier|"
        # ("rates in women are twice those in men": the rate compared with another group's)
        rf"greater|the risk|increased|elevated|raised|increase|(?:those|that)\s+(?:in|of|among|"
        rf"for)\b)", _I)),
    # "adults between 20 and 40", "children between 6 months and 5 years", "children 6 months
    # to 5 years old": people named with the ages they are, no "aged" said.
    ("age_span", re.compile(
        # ("children between five and fifteen years old": the ages spelt out, a unit said)
        # ("young adults (20-40 yrs)": the ages in a bracket, a note's unit)
        rf"\b(?:{_AGE_SPAN_WHO})\s+(?:\(\s*)?(?:between\s+)?(?P<a>\d{{1,2}}|{_AGE_WORD})"
        rf"(?:\s*(?P<ua>months?|years?))?"
        rf"\s*(?:and|to|-|–)\s*(?P<b>\d{{1,3}}|{_AGE_WORD}(?=\s+(?:months?|years?)))"
        rf"\s*(?P<ub>months?|years?|yrs?(?=\s*\)))?(?:\s+(?:old|of age))?"
        rf"(?!\s*(?:%|percent\b|per cent\b|[.,]\d|in\s+\d|out of|per\b|hours?\b|days?\b|"
        rf"weeks?\b|times\b|people\b|cases\b))\b", _I)),
    # "It usually starts between 20 and 40", "most are diagnosed between 30 and 50": the ages
    # at which the illness begins, said with no unit.
    ("onset_span", re.compile(
        r"\b(?:starts?|begins?|develops?|appears?|peaks?|occurs?|presents?|(?:is|are)\s+"
        r"(?:usually\s+|most often\s+|first\s+|typically\s+|mostly\s+|commonly\s+)?"
        # ("women are usually affected between 40 and 60", "most patients are between")
        r"(?:diagnosed|affected|seen)|(?:is|are)\s+most\s+common|"
        # ("Onset is usually between 20 and 40 years", "the age of onset is between")
        r"\bonset\s+is|"
        # ("most people with it are between 25 and 45 when diagnosed")
        r"(?:patients|people|cases|sufferers)(?:\s+(?:with|who have)\s+[\w' -]{1,40}?)?"
        r"\s+(?:are|were))\s+"
        r"(?:(?:usually|mostly|most often|typically|often|commonly|generally)\s+)?"
        r"between\s+(?P<a>\d{1,2})\s+and\s+(?P<b>\d{1,3})\b"
        # ("... affected between 40 and 60 years": years said, not of a later event)
        r"(?:\s+years?(?:\s+(?:old|of age))?\b(?!\s+(?:after|later|from|since|ago|before|of)\b))?"
        r"(?!\s*(?:%|percent\b|per cent\b|[.,]\d|months?\b|years?\b|weeks?\b|days?\b|hours?\b|"
        r"minutes?\b|times\b|people\b|cases\b|per\b|in\s+\d|out of\b|mg\b|ml\b|kg\b|cm\b|"
        r"mm\b|°|degrees?\b))"
        # "It rarely starts before 15 or after 60": the ages it mostly starts between
        r"|\b(?:rarely|seldom|uncommonly)\s+(?:starts?|begins?|develops?|occurs?|appears?)\s+"
        r"(?:before|under)\s+(?:the\s+age\s+of\s+)?(?P<a2>\d{1,2})\s+or\s+(?:after|over)\s+"
        r"(?P<b2>\d{1,3})\b(?!\s*(?:%|months?\b|weeks?\b|days?\b|hours?\b))", _I)),
    # "Smoking doubles the risk", "raises the risk of it threefold", "increases the odds 10
    # times": a relative risk said with a verb (the "times" form wants the comparison after).
    ("risk_verb", re.compile(
        r"\b(?:(?P<v>doubl(?:es|ed|ing|e)|tripl(?:es|ed|ing|e)|quadrupl(?:es|ed|ing|e)|"
        r"halv(?:es|ed|ing|e))\s+(?:the\s+|your\s+|their\s+|his\s+|her\s+|its\s+|"
        # ("a day's delay doubles mortality": the risk of death)
        r"a\s+person's\s+)?(?:risk|chance|odds|likelihood|mortality|(?:death|fatality) rate)\b"
        r"|(?:increases?|increased|raises?|raised|multiplies|multiplied|boosts?)\s+(?:the\s+|"
        r"your\s+|their\s+|a\s+person's\s+)?(?:risk|chance|odds|likelihood)(?:\s+of\s+"
        r"[\w' -]{1,40}?)?\s+(?:by\s+)?(?:about\s+|around\s+|up to\s+|roughly\s+|nearly\s+|"
        r"more than\s+|over\s+|at least\s+|almost\s+)?"
        rf"(?P<a>{_NUMW})(?:\s+times|-?fold)\b(?!\s+(?:as|more|higher|greater)\b)"
        # "raised the likelihood of a flare-up by 36 %": a relative rise (or fall) in percent
        r"|(?:(?P<up>increases?|increased|raises?|raised|boosts?|boosted)|(?P<down>reduces?|"
        r"reduced|lowers?|lowered|cuts?|decreases?|decreased))\s+(?:the\s+|your\s+|their\s+|"
        r"a\s+person's\s+)?(?:risk|chance|odds|likelihood|mortality|"
        # ("every hour of delay increases mortality by 8 %": a relative rise of the death rate)
        r"(?:death|mortality|fatality) rate)(?:\s+of\s+[\w' -]{1,40}?)?\s+by\s+"
        r"(?:about\s+|around\s+|up to\s+|roughly\s+|nearly\s+|more than\s+|over\s+|"
        r"at least\s+|almost\s+|approximately\s+)?(?P<pc>\d+(?:\.\d+)?)\s*(?:%|percent\b|"
        r"per cent\b)"
        # "the risk for X is reduced by approximately 80 %": the same, said passively
        r"|(?:risk|chance|odds|likelihood)(?:\s+(?:of|for)\s+[\w' -]{1,40}?)?\s+(?:is|was|are|"
        r"were|can be|may be|will be)\s+(?:(?P<up2>increased|raised)|reduced|lowered|cut|"
        r"decreased)\s+by\s+(?:about\s+|around\s+|up to\s+|roughly\s+|nearly\s+|more than\s+|"
        r"over\s+|at least\s+|almost\s+|approximately\s+)?(?P<pc2>\d+(?:\.\d+)?)\s*"
        r"(?:%|percent\b|per cent\b)"
        # "the risk of death is doubled in people with X": the verb said passively
        r"|(?:risk|chance|odds|likelihood)(?:\s+(?:of|for)\s+[\w' -]{1,40}?)?\s+(?:is|was|are|"
        r"were|can be|may be|will be)\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+)?"
        r"(?P<v2>doubled|tripled|quadrupled|halved)\b"
        # "the risk (of X) increases five-fold", "the odds were raised 3 times": the risk
        # itself as the verb's subject
        r"|(?:risk|chance|odds|likelihood)(?:\s+(?:of|for)\s+[\w' -]{1,40}?)?\s+(?:(?:is|was|"
        r"are|were|can be|may be|will be)\s+)?(?:increases?|increased|rises?|rose|risen|"
        r"raised|multiplied|goes up|went up)\s+(?:by\s+)?(?:about\s+|around\s+|up to\s+|"
        r"roughly\s+|nearly\s+|more than\s+|over\s+|at least\s+|almost\s+|"
        rf"approximately\s+)?(?P<a2>{_NUMW})(?:\s+times|-?fold)\b)", _I)),
    ("age_range", re.compile(
        # (no number between: "median age 40 years (range 18-80)" is a median, then a range)
        rf"\bage[sd]?\b[^.;\d]{{0,30}}?\b(?P<a>\d{{1,3}}){_RANGE_SEP}(?P<b>\d{{1,3}})\b"
        rf"(?:\s*(?P<months>months?)\b)?"
        rf"|\b(?P<c>\d{{1,3}}){_RANGE_SEP}(?P<d>\d{{1,3}})\s+years? (?:of age|old)"
        # ("Usual onset 20-40 years", "Onset: usually 20 to 40": a field of the ages it starts at)
        rf"|^\W*(?:usual\s+|typical\s+)?onset\s*:?\s*(?:(?:usually|typically|mostly|often)\s+)?"
        rf"(?:age[sd]?\s+)?(?P<e>\d{{1,3}}){_RANGE_SEP}(?P<f>\d{{1,3}})"
        rf"(?:\s*years?\b(?:\s+(?:of age|old))?)?(?!\s*(?:months?|weeks?|days?|hours?)\b|[\d.,])",
        _I)),
    # "people in their 20s and 30s", "in their forties": ages by decade, a range of years.
    ("decade_age", re.compile(
        # ("in their 20s, 30s and 40s": a list of decades, the first to the last)
        rf"\bin (?:their|his|her|your|the) (?P<a>{_DECADE})(?:(?:\s*,\s*{_DECADE})*\s*,?"
        rf"\s*(?:and|or|to|-|–)\s*"
        rf"(?:(?:their|his|her|your|the)\s+)?(?P<b>{_DECADE}))?(?![\w'])", _I)),
    # "in the third and fourth decades of life": ages by ordinal decade (20 to 39); "of
    # life" unsaid after "in the" ("it peaks in the fifth decade"), unless another "of"
    # says whose decade it is ("the first decade of treatment").
    ("decade_ordinal", re.compile(
        rf"\b(?P<a>{'|'.join(_ORDINALS)})(?:\s*(?:and|or|to|-|–)\s*(?:the\s+)?"
        rf"(?P<b>{'|'.join(_ORDINALS)}))?\s+decades?\s+of\s+(?:life|age)\b"
        rf"|\b(?:in|during)\s+(?:the|their|his|her|your)\s+(?P<c>{'|'.join(_ORDINALS)})"
        rf"(?:\s*(?:and|or|to|-|–)\s*(?:the\s+)?(?P<d>{'|'.join(_ORDINALS)}))?"
        rf"\s+decades?\b(?!\s+(?:of|after|since|before|ago)\b)", _I)),
    ("age_of_group", re.compile(
        # ("the under-5s", "the over-65s": people named by the age they are past or short of)
        r"\b(?P<by_age>over|under)[- ]?(?P<h>\d{1,2})s\b(?!\s*(?:and|or|to|-|–)\s*\d)|"
        rf"\b(?:over|under|older than|younger than) (?P<e>{_AGE_NUM})\b"
        r"(?![.,]?\d|[- ](?:hundred|thousand|million|one|two|three|four|five|six|seven|eight|"
        r"nine)\b|\s*(?:%|percent|per cent|in \d|out of|per\b|[mck]g\b|[cm]m\b|ml\b|"
        r"hours?|days?|weeks?|months?|times))", _I)),
    ("age", re.compile(
        rf"\b(?:over|under|above|below|older than|younger than)?\s*(?:the\s+)?age\s+(?:of\s+)?"
        rf"(?:{_AGE_CMP}\s*)?(?P<a>{_AGE_NUM})\b(?!\s*(?:%|percent|per cent))"
        rf"|\baged\s+(?:{_AGE_CMP}\s*)?(?P<b>\d{{1,3}})\b"
        rf"|\b(?P<c>{_AGE_NUM})\s+years? (?:of age|old)(?P<older> (?:and|or) (?:older|over))?"
        rf"|\b(?P<d>\d{{1,3}})(?:\s+years?)?(?P<older2> (?:and|or) older)\b"
        # "before 18 months of age": an infant's age, in years (1.5)
        rf"|\b(?P<f>\d{{1,2}})\s+months?\s+(?:of age|old)\b"
        # "the median age at diagnosis is 45 years", "a mean age of onset of 38"
        rf"|\b(?P<typical>median|mean|average|typical|usual)\s+age(?:\s+(?:(?:at|of)\s+"
        # ("with the average age about 35", "the mean age is 40")
        rf"(?:[\w-]+\s+){{1,4}}?(?:is|was|of|being)\s+|(?:is|was|of|being)\s+|"
        rf"(?=(?:about|around|approximately)\s)|"
        # ("Median age at diagnosis: 45 years", "Mean age: 40": a label and its value)
        rf"(?:at|of)\s+(?:[\w-]+\s+){{0,3}}?[\w-]+\s*:\s*)|\s*:\s*)(?:about\s+|around\s+|"
        rf"approximately\s+)?(?P<g>\d{{1,3}})\b(?!\s*(?:%|percent|per cent|months?\b))", _I)),
    # "About 200 people a year get it, and 20 of them die": a part of a count said before;
    # the figure is the part's words only, so the count is read as well.
    ("part_of_whole", re.compile(
        rf"\b(?P<n>{_NUMW})(?:\s+(?:new|more|reported))?\s+(?:people|cases|patients|children|"
        rf"adults)\b[^.;:]{{0,80}}?(?:,\s*|\s)(?:(?P<whom>of whom|of these|of them)\s+|and\s+)?"
        rf"(?:about |around |roughly |only |just |some )?(?P<a>{_NUMW})(?:\s*(?:or|to|-|–)\s*"
        rf"(?P<b>{_NUMW}))?(?(whom)|\s+of (?:them|these|those))\s+(?:will |would |may |could |"
        rf"go on to |eventually )?(?:die|dies|recover|survive|relapse)\b", _I)),
    # How many stages or kinds it has: "there are three stages of infection".
    ("kinds", re.compile(
        rf"\b(?:are|has|have|in|into)\s+(?P<a>{_NUMW})\s+(?:main\s+|distinct\s+|different\s+|"
        rf"separate\s+)?(?P<what>stages|phases|types|forms|kinds)\b"
        rf"(?:\s+of\s+(?:the\s+)?(?P<of>[\w' -]{{2,40}}?))?(?=\s*(?:[,.;:()]|$)|\s+(?:and|that|"
        rf"which|over|in|with|are|is|can|may)\b)", _I)),
    # "Most patients need 2 to 3 operations", "an average of 4 debridements": how many
    # procedures (or courses of care) a patient goes through.
    ("procedures", re.compile(
        r"\b(?:need|needs|needed|require|requires|required|undergo|undergoes|underwent|have|has|"
        r"had|receive|receives|received)\s+(?P<about>(?:an average of|on average|a mean of|"
        r"a median of|about|around|roughly|approximately|up to|at least|more than|several|"
        r"multiple)\s+)?"
        rf"(?P<a>{_NUMW})(?:\s*(?:to|-|–|or)\s*(?P<b>{_NUMW}))?(?P<more>\s+or\s+more)?"
        rf"\s+(?:(?:more|further|separate|"
        r"surgical|repeat)\s+)?(?P<what>operations|surgeries|procedures|debridements|"
        r"amputations|transfusions|courses|admissions|sessions)\b", _I)),
    # "It is caused by four main species of bacteria", "3 types of virus can cause it": how
    # many kinds of a germ cause the topic.
    ("causing_kinds", re.compile(
        rf"\b(?:(?:caused|brought on|triggered) by|due to)\s+(?:about\s+|around\s+|at least\s+|"
        rf"more than\s+|over\s+|one of\s+)?(?P<a>{_NUMW})\s+{_KIND_MODS}(?P<what>{_GERM_KINDS})"
        rf"\s+of\s+(?:the\s+)?(?P<of>[\w' -]{{2,40}}?)(?=\s*(?:[,.;:()]|$)|\s+(?:and|that|which|"
        rf"in|from|called|such|known)\b)"
        rf"|\b(?:about\s+|around\s+|at least\s+|more than\s+|over\s+)?(?P<a2>{_NUMW})\s+"
        rf"{_KIND_MODS}(?P<what2>{_GERM_KINDS})\s+of\s+(?:the\s+)?(?P<of2>[\w' -]{{2,40}}?)\s+"
        rf"(?:can |may |are known to |commonly |usually |mainly )*cause\s+(?:it|this|"
        rf"the (?:disease|illness|infection|condition))\b", _I)),
    # "It has several different stages: first stage (...), second stage (...) and third stage
    # (...)": as many stages as the list after the colon names.
    ("kinds_listed", re.compile(
        r"\b(?:has|have|are|in|into|with)\s+(?:(?:several|different|distinct|main|separate|"
        r"a few|a number of)\s+)+(?P<what>stages|phases|types|forms|kinds)"
        r"(?:\s+of\s+(?:the\s+)?(?P<of>[\w' -]{2,40}?))?\s*:\s*(?P<list>[^.;:]{3,300})", _I)),
    # How often a medicine is taken: "twice a day", "up to 6 times a day".
    ("dose_rate", re.compile(
        rf"\b(?P<t>once|twice|thrice|(?P<a>{_NUMW})\s+times)\s+(?:a|per|each|every)\s+day\b", _I)),
    # "Men and women are equally affected": a relative risk of about 1.
    ("equally", re.compile(
        rf"\b(?P<g1>{_SEXES})\s+and\s+(?P<g2>{_SEXES})\s+(?:are\s+|were\s+|being\s+)?(?:about\s+)?"
        rf"(?:equally|similarly)\s+(?:affected|likely to (?:get|develop|have) it|at risk|common)\b"
        rf"|\baffects?\s+(?P<g3>{_SEXES})\s+and\s+(?P<g4>{_SEXES})\s+(?:about\s+)?"
        rf"(?:equally|alike|in equal numbers)\b"
        # "It affects both sexes equally", "both sexes are equally affected"
        rf"|\b(?P<both>affects?\s+both\s+(?:sexes|genders)\s+(?:about\s+)?(?:equally|alike|"
        rf"in equal numbers)|both\s+(?:sexes|genders)\s+are\s+(?:about\s+)?(?:equally|"
        rf"similarly)\s+affected)\b", _I)),
    # How much of a medicine one dose is: "50mg once a day", "take 2 g".
    ("dose", re.compile(r"\b(?P<a>\d+(?:\.\d+)?)\s*(?P<u>mg|milligrams?|mcg|micrograms?|g|grams?|"
                        r"ml|millilitres?|milliliters?)\b(?!\s*(?:/|per)\s*(?:kg|m2|day))", _I)),
    # "Thousands of people get it every year", "tens of thousands of cases": a count said as
    # an order of magnitude, at least that many.
    ("magnitude", re.compile(
        r"\b(?P<q>(?:(?:many|several)\s+)?(?:tens|hundreds)\s+of\s+thousands|"
        r"(?:(?:many|several)\s+)?(?:hundreds|thousands|millions)|"
        r"(?:several|a few)\s+(?:hundred|thousand|million))\s+(?:of\s+)?(?:new\s+)?"
        r"(?P<what>people|cases|children|adults|deaths|patients|infections|babies|women|men|"
        r"lives)\b(?!\s+(?:of\s+(?:years|pounds|dollars)))", _I)),
    # How many: "about 1 million people a year", "2,000 to 3,000 cases", "fewer than 100 die".
    ("count", re.compile(
        # ("Type 2 patients", "stage 3 cases": a kind's number, no count of them)
        rf"{_LEAD}{_KIND_NUMBER_BEFORE}(?P<a>{_SPACED}|{_NUMW})(?:\s*(?:to|-|–|—)\s*(?P<b>{_SPACED}|{_NUMW}))?"
        rf"(?:\s+(?P<mult>million|"
        rf"thousand|billion))?\s+(?:of\s+(?:these|those|the)\s+)?"
        rf"(?:(?:new|more|estimated)\s+)?"
        rf"(?:(?P<land>US|U\.S\.|UK|U\.K\.|American|British|Canadian|Australian|European)\s+)?"
        rf"(?P<counted>(?:(?:laboratory[- ]|serologically\s+|lab[- ])?confirmed|reported|recorded|"
        rf"diagnosed)\s+)?"
        # ("390 million grebble infections": one word naming what the cases are of)
        rf"(?:(?P<mod>[A-Za-z][\w'-]+)\s+(?=(?:cases|infections)\b))?"
        rf"(?P<what>people|cases|children|adults|deaths|patients|infections|babies|women|men|"
        rf"individuals|hospitali[sz]ations|(?:hospital\s+)?admissions|epidemics|outbreaks|"
        rf"lives\s+(?:lost|claimed)|"
        # (not a ratio's part, "5 people in 1,000"; "700 cases in 2019" is a count)
        rf"die|{_NATIONALS})\b(?!\s+(?:in|out of|per|of every|in every)\s+"
        rf"(?!(?:19|20)\d\d\b(?![,.]?\d)){_NUMW})"
        rf"(?!\s*/\s*\d)", _I)),  # ("4 cases/100,000" is a rate)
    # "The number of people with lasting symptoms may be as high as 2 million": a count
    # whose words come before it.
    ("number_of", re.compile(
        rf"\b(?:the\s+)?(?:estimated\s+|total\s+|annual\s+|yearly\s+|cumulative\s+)*"
        rf"number of (?P<who>[\w' -]{{2,80}}?)\s+(?:is|was|are|were|may be|might be|could be|"
        rf"has reached|reached|stands at|is estimated at|is estimated to be|is thought to be|"
        rf"rose to|fell to|has risen to|has fallen to|"
        # "The number of cases per year ranges from 750 to 2,800"
        rf"ranges? from|varies from|is between|was between)\s+(?:about |around |approximately |"
        rf"roughly |nearly |over |more than |as high as |as many as |up to |an estimated |"
        rf"fewer than |less than |under )?(?P<a>{_NUMW})(?:\s+(?P<mult>million|thousand|billion))?"
        rf"(?:\s*(?:to|and|-|\u2013)\s*(?P<b>{_NUMW})(?:\s+(?P<mult2>million|thousand|"
        rf"billion))?)?"
        rf"\b(?!\s*(?:%|percent|per cent|in \d(?!\d{{3}}\b)|per\b|out of))", _I)),
    # An encyclopedia infobox's "Deaths" or "Frequency" field given as a number of people
    # ("Deaths6,400 (2015)", "Frequency1.9 million"): how many die, or have it, worldwide.
    ("count_field", re.compile(
        rf"^\W*(?P<label>Deaths|Frequency)\s*(?P<about>~|≈|about\s+|around\s+|approximately\s+)?"
        rf"(?P<a>{_NUMW})(?:\s*(?:to|-|–)\s*(?P<b>{_NUMW}))?"
        rf"(?:\s+(?P<mult>million|thousand|billion))?"
        rf"(?![\d.,]|\s*(?:%|percent\b|per cent\b|in\s+\d|out of|of\s+\d))", _I)),
    # "Deaths: about 100 a year", "Annual cases: 300 to 400": a count under its label.
    ("label_count", re.compile(
        r"^\W*(?:(?:annual|yearly|new|reported|estimated|total|confirmed)\s+)*(?P<label>cases|"
        r"deaths)(?:\s+(?:per|a|each)\s+year)?\s*:\s*(?P<about>about\s+|around\s+|roughly\s+|"
        r"approximately\s+|an estimated\s+|nearly\s+|~)?"
        rf"(?P<a>{_NUMW})(?:\s*(?:to|-|–)\s*(?P<b>{_NUMW}))?(?:\s+(?P<mult>million|thousand|"
        rf"billion))?\b(?![.,]?\d|\s*(?:%|percent\b|per cent\b|in\s+\d|per\s+\d|out of|of\s+\d))",
        _I)),
    # How long something lasts: "2 to 4 weeks", "within 72 hours" (kept only where the
    # clause says something lasts, heals or takes that long; see _DURATION_VERB).
    ("duration", re.compile(
        rf"{_LEAD}(?P<a>{_NUMW}|(?<=up to )an?|(?<=within )an?|(?<=for )an?|(?<=about )an?"
        # ("clears after a week or two", "lasts a day")
        rf"|(?<=after )an?(?= \w+ or two\b)|(?<=lasts )an?|(?<=takes )an?"
        # ("A day or two before the rash, ...": opening the sentence)
        rf"|(?<![\w ])an?(?= \w+ or two\b)"
        # ("lasts more than a year", "less than a week", "for at least a year")
        rf"|(?<=than )an?|(?<=least )an?)"
        # ("3 days to 2 weeks": each end with its own unit, read in the first one's)
        rf"(?:(?:\s*(?P<u0>minutes?|hours?|days?|weeks?|months?)(?=\s*(?:to|-|–|—)\s*\d))?"
        rf"\s*(?:to|-|–|—|or)\s*(?P<b>{_NUMW}))?[\s-]*"
        # ("24-48 hrs", "1-2 wks": a unit written short)
        # ("7-10 d", "6 to 8 mo": a day or a month written as its symbol)
        rf"(?P<u>minutes?|mins?|hours?|days?|weeks?|months?|years?|hrs?|wks?|mos?|yrs?|"
        rf"(?<=[\d ])h|(?<=\d )d|(?<=\d)d)\b"
        rf"(?![- ]old|\s+of age)", _I)),
    # "The male-to-female ratio is 3:1", "a ratio of women to men of 2:1": how many times
    # likelier one sex is (tried last: a figure another form read stays that form's).
    ("sex_ratio", re.compile(
        # ("the male:female ratio", "a male/female ratio")
        rf"\b(?:(?P<a>{_SEX_WORD}|(?-i:M|F))(?:[- ]to[- ]|\s*[:/]\s*)(?P<b>{_SEX_WORD}|(?-i:M|F))"
        # ("M:F ratio", "(F:M 3:1)", "Sex ratio (M:F) 1.5:1")
        r"(?:\s+ratio|(?<=[MF])(?=\)?\s*(?:ratio\b|is\b|of\b|=|about\b|approximately\b|"
        r"around\b|roughly\b|\d)))|ratio\s+of\s+"
        # ("Male to female ratio: 1:2": a table's label and its value)
        rf"(?P<a2>{_SEX_WORD})\s+to\s+(?P<b2>{_SEX_WORD}))\b(?:\s*:)?[^.;:\d]{{0,30}}?"
        # ("the female to male ratio is about 2 to 1": the ratio in words)
        # ("2–3:1": a range of ratios)
        r"(?P<x>\d+(?:\.\d+)?)(?:\s*[-–]\s*(?P<xh>\d+(?:\.\d+)?))?\s*(?::|\bto\b)\s*"
        r"(?P<y>\d+(?:\.\d+)?)"
        # "It affects women more than men (3:1)": the ratio in brackets after the comparison
        rf"|\b(?P<a8>{_SEX_WORD})\b[^.;:()\d]{{0,40}}?\bmore\b[^.;:()\d]{{0,25}}?\bthan\s+"
        rf"(?:in\s+)?(?P<b8>{_SEX_WORD})\s*\(\s*(?:ratio\s*|about\s+|approximately\s+)?"
        r"(?P<x8>\d+(?:\.\d+)?)\s*:\s*(?P<y8>\d+(?:\.\d+)?)\s*\)"
        # "more common in women, with a ratio of 2:1": the likelier sex before the ratio
        r"|\bmore\s+(?:common|likely|frequent|often)\w*\s+(?:in|among)\s+(?P<lead4>"
        rf"{_SEX_WORD})\b[^.;:\d]{{0,40}}?\bratio\b[^.;:\d]{{0,15}}?"
        r"(?<![\d.:])(?P<x4>\d+(?:\.\d+)?)\s*(?::|\bto\b)\s*(?P<y4>\d+(?:\.\d+)?)"
        # "women are affected more often than men (ratio 1.3:1)"
        rf"|\b(?P<lead6>{_SEX_WORD})\s+are\s+affected\s+(?:slightly |much |far |somewhat )?more\s+"
        r"(?:often|commonly|frequently)\b[^.;:\d]{0,40}?\bratio\b[^.;:\d]{0,15}?"
        r"(?<![\d.:])(?P<x6>\d+(?:\.\d+)?)\s*(?::|\bto\b)\s*(?P<y6>\d+(?:\.\d+)?)"
        # "it affects males more than females, at a ratio of 2:1"
        rf"|\baffects?\s+(?P<lead7>{_SEX_WORD})\s+more\s+(?:often\s+|commonly\s+)?than\b"
        r"[^.;:\d]{0,40}?\bratio\b[^.;:\d]{0,15}?"
        r"(?<![\d.:])(?P<x7>\d+(?:\.\d+)?)\s*(?::|\bto\b)\s*(?P<y7>\d+(?:\.\d+)?)"
        # "women outnumber men 3 to 1"
        rf"|\b(?P<a5>{_SEX_WORD})\s+outnumbers?\s+(?P<b5>{_SEX_WORD})\s+(?:by\s+)?"
        r"(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?(?P<x5>\d+(?:\.\d+)?)\s*"
        r"(?::|\bto\b)\s*(?P<y5>\d+(?:\.\d+)?)"
        # "a 3:1 female predominance": the likelier sex after the ratio
        r"|(?<![\d.:])(?P<x2>\d+(?:\.\d+)?)\s*:\s*(?P<y2>\d+(?:\.\d+)?)\s+"
        r"(?P<lead>male|female)\s+(?:predominance|preponderance)\b"
        # "a male predominance of about 1.5:1"
        r"|\b(?P<lead2>male|female)\s+(?:predominance|preponderance)\b[^.;:\d]{0,20}?"
        r"(?<![\d.:])(?P<x3>\d+(?:\.\d+)?)\s*(?::|\bto\b)\s*(?P<y3>\d+(?:\.\d+)?)", _I)),
)
# Words without one of which a form cannot match (in the lower-cased sentence):
# a cheap look that spares each sentence the forms it has no word for.
_FORM_HINTS: dict[str, tuple[str, ...]] = {
    "risk_ratio": ("ratio", "relative risk", "(or", "(aor", "(rr", "(arr", "(hr", "(ahr",
                   "(irr", "or =", "or=", "or:", "rr =", "rr=", "rr:", "hr =", "hr=", "hr:"),
    "pct_range": ("%", "percent", "per cent"), "pct": ("%", "percent", "per cent"),
    "per_range": ("per", "out of", "every", " in ", "/", "each"),
    "ratio_range": (" in ", " per "), "ratio_base_range": (" in ",), "every_then": ("every",),
    "series_then": (", ",),
    "part_of_whole": ("of them", "of whom", "of these", "of those"),
    "dose_rate": (" day",), "equally": ("equally", "similarly", "alike", "equal numbers"),
    "sex_ratio": ("ratio", "predomin", "preponder", "outnumber", "m:f", "f:m", "m/f", "f/m",
                  "than"),
    "dose": ("mg", "milligram", "mcg", "microgram", "g", "ml", "millil"),
    "kinds": ("stage", "phase", "type", "form", "kind"),
    "procedures": ("operations", "surgeries", "procedures", "debridements", "amputations",
                   "transfusions", "courses", "admissions", "sessions"),
    "kinds_listed": _LISTED_KINDS_HINTS,
    "causing_kinds": ("caus", "due to", "brought on", "trigger"),
    "ratio": ("out of", "every", "per", "in", " of ", "each"),
    "fraction": ("half", "third", "quarter", "tenth", "fifth", "sixth", "eighth", "/"),
    "ratio_sign": (":", "/"), "ratio_sign_range": (":", "/"),
    "rate_label": ("incidence", "prevalence", "mortality", "death rate", "fatality"),
    "times": ("twice", "times", "fold", "x ", "×"),
    "decade_age": ("their", "his", "her", "your", "the"),
    "age_range": ("age", "year", "onset"), "decade_ordinal": ("decade",),
    "onset_span": ("between", "rarely", "seldom", "uncommonly"),
    "risk_verb": ("doubl", "tripl", "quadrupl", "halv", "times", "fold", " by "),
    "age_span": ("people", "adults", "children", "kids", "infants", "babies", "teen", "adolesc",
                 "women", "men", "girls", "boys"),
    "age": ("age", "year", "older", "over", "under", "month"),
    "age_of_group": ("over", "under", "older", "younger"),
    "count": ("people", "case", "children", "adult", "death", "patient", "infection", "bab",
              "men", "die", "epidemics", "outbreaks", "individual", "hospitali", "admission",
              "lives",
              *_NATIONAL),
    # ("24 h", "48h": an hour written as its symbol)
    "duration": ("minute", "min", "hour", "day", "week", "month", "year", "hr", "wk", "mos", "yr",
                 " h ", " h.", " h,", " h)", " h;", "0h", "1h", "2h", "3h", "4h", "5h", "6h", "7h",
                 "8h", "9h", " d ", " d.", " d,", " d)", " d;", " mo ", " mo.", " mo,", " mo)"),
    "count_field": ("deaths", "frequency"),
    "label_count": ("cases", "deaths"),
    "number_of": ("number of",),
    "magnitude": ("hundred", "thousand", "million"),
}
# The parts of a figure's first word: a written number needs a "%" or "per cent" after it;
# a fraction word stands alone.
_WRITTEN_PCT = rf"\b{_NUMW}{_PCT}"
_FRACTION_WORD = r"\b(?:half|thirds?|quarters?|tenths?|fifths?|sixth|eighth)\b"
# A number that may be a figure of its own (digits, or a written one with "%").
# (not a digit inside a name: "HLA-B27", "CYP2C19" hold no figure)
_NOT_IN_NAME = r"(?<![A-Za-z])(?<![A-Za-z]\d)(?<![A-Za-z]\d\d)"
_ANY_FIGURE = re.compile(rf"{_NOT_IN_NAME}\d|{_WRITTEN_PCT}|{_FRACTION_WORD}", _I)
# The same without its written numbers: a text with no "%" or "per" gets the same matches
# from it, without trying some forty number words at every word (most of the cost of a short
# sentence's scan).
_ANY_FIGURE_NO_PCT = re.compile(rf"{_NOT_IN_NAME}\d|{_FRACTION_WORD}", _I)
_PCT_HINTS = ("%", "per")
_FRACTIONS = {"half": 0.5, "a third": 1 / 3, "one third": 1 / 3, "two thirds": 2 / 3,
              "a quarter": 0.25, "one quarter": 0.25, "three quarters": 0.75,
              "a tenth": 0.1, "one tenth": 0.1, "a fifth": 0.2, "one fifth": 0.2,
              "two fifths": 0.4, "three fifths": 0.6, "four fifths": 0.8,
              "a sixth": 1 / 6, "one sixth": 1 / 6, "three tenths": 0.3, "seven tenths": 0.7,
              "nine tenths": 0.9, "an eighth": 0.125, "one eighth": 0.125}

_APPROX = re.compile(r"(?:about|around|approximately|approx\.?|\bca\.|circa|roughly|nearly|"
                     r"almost|some|"
                     r"an estimated|(?:estimated|thought|believed)(?: at| to be| to affect|"
                     r" to number| that)?|estimates? that|"
                     # ("the estimated incidence is 5 per 100,000": an estimate's figure)
                     r"estimated (?:[\w-]+ )?(?:incidence|prevalence|mortality|number|rate|"
                     r"frequency|risk)(?: rate)? (?:is|was|of|at)|"
                     r"close to|~|≈|(?:average|averages?|mean|median)(?: of)?|typically|put at|"
                     r"in the region of|(?:in|on) the order of|approach(?:es|ing)?|nears?|"
                     r"nearing)\s*$", _I)
_UPPER = re.compile(r"(?:up to|at most|no more than|not more than|not exceeding|not over|"
                    r"fewer than|less than|lower than|under|"
                    r"as many as|as much as|as high as|below|(?:can|may|could) reach|<|≤)\s*$",
                    _I)
_LOWER = re.compile(r"(?:at least|more than|over|greater than|higher than|above|no fewer than|"
                    r"as low as|as few as|as little as|"
                    r"exceeds?|exceeded|exceeding|in excess of|upwards of|>|≥)\s*$", _I)
_OR_MORE = re.compile(r"^\s*(?:%|percent|per cent)?\s*(?:or more|and over|and older|or older|"
                      r"or (?:higher|greater|above)|and above)", _I)
_OR_LESS = re.compile(r"^\s*(?:%|percent|per cent)?\s*(?:or (?:less|fewer|lower|under|below|"
                      r"younger)|and (?:under|below|younger))\b", _I)
# Words every match of _APPROX, _UPPER and _LOWER holds one of (see caseless.lacks).
_APPROX_WORDS = ("about", "around", "approx", "ca.", "circa", "roughly", "nearly", "almost", "some",
                 "estimate", "≈",
                 "thought", "believed", "close to", "~", "average", "mean", "median", "typically",
                 "put at", "in the region of", "order of", "approach", "near")
_UPPER_WORDS = ("up to", "at most", "no more than", "not more than", "not exceeding", "not over",
                "fewer than", "less than", "lower than",
                "under", "as many as", "as much as", "as high as", "below", "reach", "<")
_LOWER_WORDS = ("at least", "more than", "over", "greater than", "higher than", "above",
                "no fewer than",
                "as low as", "as few as", "as little as", "exceed", "in excess of", "upwards of",
                ">")

_UNIT_ISO = {"year": "Y", "month": "M", "week": "W", "day": "D"}
_UNIT_SHORT = {"yr": "year", "wk": "week"}  # a unit written short
_HORIZON = re.compile(
    rf"\b(?P<n>{_NUMW}|a|an)[- ](?P<u>year|month|week|day|yr|wk)s?\b(?=[- ](?:surviv|mortal|death|"
    rf"risk|rate|incidence|recurr|relapse|recover|outcome|follow))"
    rf"|\b(?:within|after|over|in|for|than|beyond|by|past|through|at|surviv\w*)\s+"
    rf"(?:the\s+(?:first\s+)?)?"
    rf"(?P<n2>{_NUMW}|a|an)?\s*(?P<u2>year|month|week|day|yr|wk)s?\b"
    # ("per 100,000/yr": a rate per year, written short)
    rf"|(?:\b(?:per|each|every|a)\s+|(?<=\d)/\s*)(?P<u3>year|month|week|day|yr)\b|"
    rf"\b(?P<u4>annual(?:ly)?|yearly|"
    rf"per annum)\b"
    # ("10 years after diagnosis", "Ten years after diagnosis")
    rf"|\b(?P<n5>\d+|{_NUMW})(?:\s*(?:-|–|to)\s*\d+)?\s+(?P<u5>year|month|week|day)s?\s+(?:after|later|"
    rf"following|of follow-up)\b"
    # "over a 10-year period": the period named as one
    rf"|\b(?:over|during|within|in)\s+(?:an?|the|one)\s+(?P<n6>{_NUMW})[- ]"
    rf"(?P<u6>year|month|week|day)\s+(?:period|span|follow-up)\b",
    _I)

# What a figure measures, read from the words of its own phrase.  Strong words
# name the quantity outright ("die", "survival", "incidence"); weak ones only
# suggest it ("develop", "have", "common").  A strong word close by beats a
# weak word closer still: in "2 % of people who develop it die" the figure
# counts deaths.
_STRONG, _WEAK = 0, 1
_KINDS: tuple[tuple[str, int, re.Pattern[str]], ...] = (
    ("mortality", _STRONG, re.compile(r"\b(?:(?:don't|do not|doesn't|does not|won't|will not|"
                                      r"not|n't|fail to)\s+survive)\b", _I)),
    ("mortality", _STRONG, re.compile(r"\b(?:die|dies|died|death|deaths|dying|kills?|killed|"
                                      r"killing|mortality|fatal|(?-i:CFR)|"
                                      r"fatality|lethal|lethality|deadly|case[- ]fatality|"
                                      # ("20 % succumb", "1 in 5 lose their lives")
                                      r"succumb\w*|pass(?:es|ed)? away|"
                                      r"los(?:e|es|t|ing) (?:their|his|her) li(?:fe|ves)|"
                                      # ("it claims the lives of 1 in 10")
                                      r"claim(?:s|ed|ing)? the lives)\b", _I)),
    # ("survivors" and "those who survive" are people, not a survival: the figure is
    # something else among them, "of those who survive, 30 % have lasting weakness")
    ("survival", _STRONG, re.compile(r"\b(?<!who )(?<!that )(?<!who have )(?<!who had )"
                                     r"(?:surviv(?!ors?\b)\w*|alive|live (?:for|beyond|longer))"
                                     r"\b", _I)),
    # ("people who recover" are people: "1 in 3 people who recover have lasting pain")
    ("recovery", _STRONG, re.compile(r"\b(?<!who )(?<!that )(?<!who have )(?<!who had )"
                                     r"(?:recover\w*|remission|heal(?:ed|s)?|cured?|"
                                     r"resolves?|resolved|resolution|go(?:es)? away|"
                                     r"(?:get|gets|got|getting) better|clears? up|cleared up|"
                                     # ("it clears within 3 years in two-thirds")
                                     # (not "no clear cause": an adjective)
                                     r"(?<!no )(?<!a )(?<!any )"
                                     r"(?:clears?|cleared|disappears?|disappeared)"
                                     r"(?!\s+(?:up|the|your|their|its|a|an|from|causes?|reasons?|"
                                     r"links?|evidence|signs?|picture|diagnosis|trigger|source|"
                                     r"explanation|pattern)\b)|"
                                     # ("by 6 months, 80 % of patients are better")
                                     r"(?:are|is|feel|feels) (?:much |completely )?better"
                                     # (not "the odds are better in children": a comparison)
                                     r"(?!\s+(?:in|for|among|than|with|at|if|when)\b)|"
                                     # ("85 % start to improve within 3 weeks")
                                     r"(?:start|begin|started|began) to improve|"
                                     # ("85 % improve with treatment", "70 % regain full
                                     # function", "80 % return to normal")
                                     # (not "survival has improved to 80 %": a rate's change)
                                     r"improve[sd]?(?!\s+(?:to|from|by|over)\b)|improvement|"
                                     # ("the illness settles within 2 years in two-thirds")
                                     r"settle[sd]?(?:\s+down)?(?=\s+(?:within|after|without|"
                                     r"on its own|by itself)\b)|"
                                     r"regain\w*|"
                                     r"return(?:s|ed)? to (?:normal|full)|"
                                     r"full(?:y)? recover\w*)\b", _I)),
    ("relapse", _STRONG, re.compile(r"\b(?:relapse\w*|recur\w*|comes? back|come back|"
                                    # ("1 in 3 have a flare within 5 years", "flare-ups")
                                    r"flares?|flare-ups?|flared(?: up)?|"
                                    r"second time|again|"
                                    # ("1 in 20 get it more than once"; not "need surgery
                                    # more than once")
                                    r"(?:get|gets|got|have|has|had|catch|catches|caught|"
                                    r"develop|develops|developed)\s+(?:[\w'-]+\s+){0,2}?"
                                    r"more than once|more than one (?:episode|attack|bout)s?|"
                                    # ("returns in 5 %"; not "returns to work", "return of")
                                    r"(?:returns?|returned|reappears?|reappeared)"
                                    r"(?!\s+(?:to|of|home)\b))\b", _I)),
    # ("for more than a year", "after a year": how long, not how many a year)
    ("incidence", _STRONG, re.compile(r"\b(?:incidence|new cases?|cases? (?:a|per|each|every) "
                                      r"year|(?<!for )(?<!than )(?<!after )(?<!within )"
                                      r"(?<!over )(?<!least )a year(?! (?:later|after|on|"
                                      r"earlier|before|ago)\b)|per year|each year|"
                                      r"every year|yearly|annual\w*|per annum|per yr|"
                                      r"(?<=\d)/(?:year|yr))\b", _I)),
    # ("3 in 1,000 babies are born with it": how many have it from birth)
    ("prevalence", _STRONG, re.compile(r"\b(?:prevalence|living with|live with|born with|"
                                       # ("there are 10 cases per 100,000": how many have it)
                                       r"there (?:are|were)(?= [^.;:]{0,30}\bcases? (?:per|in) )"
                                       r"(?![^.;]*\b(?:years?|annual\w*|yearly|a year)\b))"
                                       r"\b", _I)),
    # (A verb right after "who" says who is counted, not what: "the rate of death among
    # people who develop shock".)
    ("incidence", _WEAK, re.compile(r"\b(?<!who )(?<!that )(?:diagnosed|develops?|developing|"
                                    r"get|gets|getting|catch|catches)\b", _I)),
    ("frequency", _WEAK, re.compile(r"\b(?<!who )(?<!that )(?:happens? to|occurs? in|affects?|"
                                    r"affected|common|have|has|had|experienc\w*|show|shows|"
                                    r"present with|complicat\w*)\b", _I)),
)
# Words one of which each match of the _KINDS pattern of the same rank holds: a kind whose
# words are all missing from a sentence is not searched for.
_KIND_HINTS: tuple[tuple[str, ...], ...] = (
    ("surviv",),
    ("die", "death", "dying", "kill", "mortal", "fatal", "lethal", "deadly", "succumb", "cfr",
     "away", "lose their", "loses their", "lost their", "losing their", "lose his", "lose her",
     "loses his", "loses her", "lost his", "lost her", "losing his", "losing her", "the lives"),
    ("surviv", "alive", "live "),
    ("recover", "remission", "heal", "cure", "resol", "away", "better", "clear", "improve",
     "disappear", "regain", "return", "settle"),
    ("relapse", "recur", "back", "second time", "again", "return", "reappear", "flare",
     "more than on"),
    ("incidence", "new case", "year", "annual", "annum", "yr"),
    ("prevalence", "living with", "live with", "born with", "there are", "there were"),
    ("diagnosed", "develop", "get", "catch"),
    # ("experienc": "experiencing" holds no "experience")
    ("happen", "occur", "affect", "common", "have", "has", "had", "experienc", "show",
     "present with", "complicat"),
)
# A weak word is worth this many characters of distance against a strong one.
_WEAK_PENALTY = 40
# "Type 2 accounts for 85 % of cases": the share of one subtype among all cases.
# The words that may stand between a figure's verb and its number ("account for less than").
# ("in ~5 %", "in < 10 %": a bound written as a sign)
_SAID_SO = (r"(?:(?:about|around|approximately|roughly|nearly|almost|some|just|only|up to|over|"
            r"between|"
            r"under|more than|less than|fewer than|at least|as many as|an estimated) |"
            r"(?:~|≈|<|>|≤|≥)\s*)")
# ("Mixed infections (type I) account for 70 %", "Type II, caused by X, makes up 20 %": a
# gloss in brackets or between commas after the thing named)
_SHARE_BEFORE = re.compile(r"\b(?P<subject>[\w'-]+(?:\s+[\w'-]+){0,5}?)"
                           r"(?:\s*\([^()]{1,40}\)|,\s+[^,;:()]{3,50},)?\s+(?:(?:may|can|could|"
                           r"might|now|still|alone|together|probably|currently|presently|today|"
                           # ("X is thought to cause 1 in 10 cases": X's share, hedged)
                           r"(?:is|are|was|were) (?:thought|believed|known|estimated|said) to)"
                           r"\s+)*(?:(?:accounts?|account"
                           r"ed) for|represents?|represented|(?:is|are|was|were) responsible "
                           # "X is the cause in 50 % of cases"
                           r"for|(?:is|are|was|were) the (?:\w+ )?(?:cause|source)s? (?:in|of)|"
                           r"comprises?|comprised|constitutes?|constituted|(?P<cause>causes?|caused|"
                           r"(?:is|are|was|were) (?:linked|related|attributed|tied) to|"
                           r"(?:is|are|was|were) (?:associated|linked) with|underlies|underlie))"
                           rf"\s+{_SAID_SO}?$"
                           r"|\b(?P<subject2>[\w'-]+(?:\s+[\w'-]+){0,5}?)"
                           r"(?:\s*\([^()]{1,40}\)|,\s+[^,;:()]{3,50},)?\s+"
                           # ("X now make up more than half")
                           r"(?:(?:now|still|together|alone|probably|currently|presently|"
                           r"today)\s+)*(?:makes?|made|"
                           rf"make) up\s+{_SAID_SO}?$", _I)
_SHARE_AFTER = re.compile(r"^\s*(?:%|percent|per cent)?\s*(?:of\s+|(?=the\b|all\b|cases\b))"
                          r"(?:all\s+)?"
                          r"(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:cases|diagnoses|infections|episodes|"
                          r"patients)\b", _I)
# Adjectives that say what cases are like, not which form they are ("fatal", "typical",
# "unusual"): a negative look before a form's adjective (_CASES_ARE, _IS_FORM_IN).
_NOT_A_FORM_WORD = (r"(?!(?:fatal|lethal|typical|atypical|usual|unusual|clinical|subclinical|"
                    r"normal|abnormal|medical|similar|familial|rare|common|positive|negative|"
                    r"serious|infectious|contagious|dangerous|various|previous|obvious|"
                    r"responsive|effective|active|inactive|sporadic|symptomatic|asymptomatic|"
                    r"diagnostic|specific)\b)")
# "Before antibiotics were available, ...": a figure of the time before the care came.
_BEFORE_CARE = re.compile(r"\W*before\s+(?:the\s+)?(?P<x>[\w-]+(?:\s+[\w-]+){0,3}?)\s+"
                          r"(?:was|were|became)\s+(?:widely\s+)?(?:available|introduced|"
                          r"discovered|developed|used|in use)\b", _I)
# "The classic triad of A, B and C is seen in ...": the signs together, what is counted.
_SIGNS_TOGETHER = re.compile(rf"\b(?P<x>{SIGNS_TOGETHER})\s+of\b[^.;:()]*$", _I)
# "X accounts for 40 % of cases, and Y for a further 30 %": the second share's verb is the
# first's.
_SHARE_GAPPED = re.compile(rf"\b(?:accounts?|accounted) for\b[^.;]*?,?\s+(?:and|while|whereas)\s+"
                           rf"(?P<subject>[\w'-]+(?:\s+[\w'-]+){{0,3}}?)\s+for\s+"
                           rf"(?:a\s+further\s+|another\s+|the\s+remaining\s+)?{_SAID_SO}?", _I)
# "Half of all cases are linked to X": the share of cases that X accounts for.
_CASES_ARE = re.compile(
    r"^\s*(?:%|percent|per cent)?\s*(?:of\s+|(?=the\b|all\b|cases\b))(?:all\s+)?(?:the\s+)?"
    r"(?:reported\s+)?(?:cases|infections|diagnoses|episodes)(?:\s+of\s+[\w' -]{1,40}?)?"
    r"\s+(?:(?:are|were|is)\s+(?:(?:now|currently|still|also|mostly|mainly|usually|often|"
    r"thought to be|believed to be)\s+)*"
    r"(?:caused by|due to|linked to|associated with|related to|the result of|secondary to|"
    r"triggered by|attributed to|attributable to)"
    # ("15 % of cases result from X", "stem from X": what causes them)
    r"|(?:result|resulted|stem|stemmed|arise|arose|originate|originated)\s+from"
    # ("most cases (80 %) happen after surgery": the cases that follow it)
    r"|(?:occur|occurred|happen|happened|develop|developed|arise|arose|start|started|begin|"
    r"began)\s+(?:after|following)"
    # ("70 % of cases follow a minor injury")
    r"|(?:follow|followed|come after|came after)"
    # ("70 % of cases are the dry form": that form's share of them)
    r"|(?:are|is|were|was)(?:\s+of)?(?=\s+(?:an?\s+|the\s+)?[\w'-]+(?: [\w'-]+)?\s+"
    r"(?:form|type|variant|kind)\s*(?:[,.;:(]|$))"
    # ("most cases (70 %) are type 1": that numbered kind's share)
    r"|(?:are|is|were|was)(?:\s+of)?(?=\s+(?:type|group|class)\s+(?:[IVX]{1,4}|\d{1,2}|"
    r"(?-i:[A-D]))\s*(?:[,.;:(]|$))"
    # ("80 % of cases are mild": the mild form's share of them)
    r"|(?:are|is|were|was)(?:\s+(?:usually|generally|relatively|fairly|quite|only|now|"
    r"currently|still))?"
    r"(?=\s+(?P<grade>mild|moderate|severe|serious|critical|chronic|acute|"
    r"life-threatening|mixed|"
    # ("55 % of cases are menstrual", "70 % are polymicrobial": a form named by its adjective;
    # not "fatal", "typical", "unusual": what the cases are like, no form of them)
    + _NOT_A_FORM_WORD +
    r"[a-z][\w-]*(?:al|ic|ous|ive))\s*(?:[,.;:(]|$|\band\b|\bor\b)))\s+"
    r"(?:an?\s+|the\s+)?(?P<x>[\w'-]+(?: [\w'-]+){0,4}?)"
    r"(?=\s*(?:[,.;:(]|$|\band\b|\bor\b|\bwhich\b))"
    # ("15 % of cases are caught abroad", "... occur while people are abroad": the share of
    # cases caught in another country)
    r"|^\s*(?:%|percent|per cent)?\s*of\s+(?:all\s+)?(?:the\s+)?(?:reported\s+)?cases\s+"
    r"(?:(?:are|were)\s+(?:caught|acquired|picked up|contracted)\s+(?:abroad|overseas)|"
    r"(?:occur|occurred|happen|happened)\s+(?:while|when)\s+(?:people|patients|they)\s+"
    r"(?:are|were)\s+(?:abroad|overseas|travelling abroad|traveling abroad))\b"
    r"(?P<abroad>)", _I)
# ("even with the best treatment", "despite modern treatment")
_TREATED = re.compile(r"\b(?:of )?those (?:who are |who were |)treated\b|\b(?:with|despite|"
                      r"even with) (?:the |their )?(?:best |right |modern |current |"
                      r"prompt |early |proper |appropriate |optimal |aggressive )?"
                      r"(?:treatment|therapy)\b"
                      # ("if treatment starts early, survival is 90 %")
                      r"|\b(?:if|when|once)\s+(?:the\s+)?(?:treatment|therapy)\s+(?:is\s+)?"
                      r"(?:starts?|started|begins?|begun|given)\b"
                      # "If treated early, 90 % recover"
                      r"|\b(?:if|when|once)\s+(?:it(?:'s| is)\s+|they(?:'re| are)\s+)?"
                      r"(?:diagnosed and\s+)?treated\b", _I)
# "If treated early, 90 % recover": a condition opening the sentence, its own clause.
_TREATED_LEAD = re.compile(r"\W*(?:if|when|once)\s+(?:(?:it(?:'s| is)\s+|they(?:'re| are)\s+)?"
                           r"(?:diagnosed and\s+)?treated|(?:the\s+)?(?:treatment|therapy)\s+"
                           r"(?:is\s+)?(?:starts?|started|begins?|begun|given))\b[^,;:]{0,30},", _I)
# Words every match of the three patterns above holds one of (see caseless.lacks).
_TREATMENT_WORDS = ("treat", "therap", "itself", "themselves", "own", "spontaneous")
# "With early surgery, ...", "without antibiotics": who a figure counts, by the care given.
_CARE_WORDS = ("surgery", "surgical", "antibiotic", "intensive care", "amputation")
_CARE = (r"(?P<care>(?:with|without)\s+(?:(?:early|prompt|immediate|urgent|timely|aggressive|"
         r"delayed|late|emergency)\s+)?(?:surgery|surgical (?:treatment|removal|debridement)|"
         r"antibiotic (?:treatment|therapy)|antibiotics?|intensive care|amputation))\b")
_WITH_CARE = re.compile(r"\b" + _CARE, _I)
_CARE_LEAD = re.compile(r"\W*(?:even\s+|but\s+)?" + _CARE + r"\s*,", _I)  # opening the sentence
# "in people who do not have surgery": those given no such care, named as "without surgery".
_NO_CARE = re.compile(r"\b(?:do|does|did)(?: not|n't|n’t)\s+(?:receive|get|have|undergo)\s+"
                      r"(?:any\s+|an?\s+)?(?:(?:early|prompt|immediate|urgent|timely)\s+)?"
                      r"(?P<what>surgery|antibiotics?|intensive care|amputation)\b", _I)
# Where most cases are, said as an aside after a figure: no group the figure is about.
_CASES_FOUND_BEFORE = re.compile(r"\bcases\s+(?:occurring|found|seen|reported|being found|"
                                 r"are found|are seen|occur)\s*$", _I)
# "In developing countries, mortality is 40 %": a group of countries the figure is about.
_LANDS_GROUP = re.compile(
    r"\b(?:in|among|across)\s+(?:the\s+)?(?P<x>(?:developing|developed|low-income|high-income|"
    r"middle-income|low- and middle-income|rich|richer|poor|poorer|western|industriali[sz]ed|"
    r"tropical|"
    # ("in Scandinavian countries", "among Nordic nations": named by a capitalised word)
    r"(?-i:(?!(?:Most|Many|Some|All|Other|These|Those|Both|Several|Few|Such|The)\b)[A-Z][a-z]{2,}))"
    r"\s+(?:countries|nations|regions))\b", _I)
# A people named by origin ("African Americans", "Scandinavians", "white Americans",
# "Japanese"): capitalised, so read case-sensitively whatever the pattern around it.
_PEOPLES = (r"(?-i:(?:(?:[A-Z][\w-]+|[Ww]hite|[Bb]lack|[Nn]ative)\s+)?(?:[A-Z][a-z]{2,}(?:ans|ese|"
            r"ics|inos|inas)|[Ww]hites|[Bb]lacks))")
_PEOPLES_HINTS = ("ans ", "ese ", "ics ", "ites", "acks", "inos", "inas", "ans,", "ans.")
_PEOPLES_GROUP = re.compile(rf"\b(?:in|among|for)\s+(?:the\s+)?(?P<who>{_PEOPLES})\b", _I)
_POPULATION = re.compile(
    # (", with the mean age 35" after a comma adds a fact, it names no group)
    # ("older people with X", "the elderly with X": the adjective is part of who they are)
    rf"\b(?:the\s+)?(?P<noun>(?:(?:older|younger|elderly|young|pregnant)\s+)?{_POP_NOUN}|"
    rf"elderly)\b(?:,\s*(?!with\b)|\s*)"
    rf"(?P<rest>(?:who(?:'re| are| have| had| were)?|with|on|"
    rf"having|receiving|undergoing|getting|aged|over|under|in|living|hospitali[sz]ed|admitted|"
    rf"treated|diagnosed|after|following)\b(?!\s+\d)[^,.;:()]*)", _I)
_POP_STOP = re.compile(r"\s+(?:die|dies|don't|do not|will|won't|are|is|have|has|develop\w*|"
                       r"may|might|can|could|would|should|eventually|experience\w*|shows?|"
                       r"get|gets|survive\w*|recover\w*|live|lives|per|each|every|within|"
                       r"after|in the|who|need|needs|require|requires|undergo|undergoes|"
                       # (the sentence's own verb after its group: "... treated early make a
                       # full recovery", "people with X make up 40 %")
                       r"make|makes|made|go|goes|went|become|becomes|remain|remains|stay|"
                       r"stays|lose|loses|return|returns|carry|carries|carried|"
                       # ("in people with X the death rate rises to 50 %": the rate's own clause)
                       r"rises?|rose|falls?|fell|drops?|dropped|reach\w*|increas\w*|"
                       # ("1 in 5,000 people at any one time": when, not who)
                       r"at any (?:one |given )?time|ends? up|ended up|"
                       r"the\s+(?:[\w-]+\s+)?(?:rates?|risk|chance|mortality|survival|outlook|"
                       r"prognosis|prevalence|incidence|proportion|percentage))\b.*$",
                       _I)
# The country a figure is about: "in the UK", or a bare abbreviation ("US surveillance").
_SETTING = re.compile(r"(?:\b[Ii]n (?:the )?|(?<![\w.])(?=(?:U\.S\.|U\.K\.|USA|UK|US)(?![\w])))"
                      r"(U\.S\.|U\.K\.|USA|UK|US|EU|United States|"
                      # ("in Northern Europe", "in Scandinavia": a region, before its continent)
                      # ("in northern Europe": the region's word may be written small)
                      r"(?:[Nn]orthern|[Ss]outhern|[Ee]astern|[Ww]estern|[Cc]entral) Europe|"
                      r"Scandinavia|"
                      r"(?:South|East|Southeast|South-East|Central) Asia|Sub-Saharan Africa|"
                      r"(?:West|East|North|South|Southern) Africa|the Middle East|Middle East|"
                      r"Latin America|the Caribbean|"
                      # ("in England and Wales": the two nations counted together)
                      r"England and Wales|"
                      r"United Kingdom|Europe|England|Scotland|Wales|Northern Ireland|Ireland|"
                      r"Canada|Australia|New Zealand|India|Japan|China|Korea|North America|"
                      r"South America|Africa|Asia|France|Germany|Italy|Spain|Sweden|Norway|"
                      r"Denmark|Finland|the Netherlands|Netherlands|Brazil|Mexico|Taiwan|"
                      r"Singapore|Hong Kong|South Korea)"
                      r"(?![\w])")
# Every match of _SETTING names one of these, as written ("USA" holds "US"): a sentence
# holding none names no setting, and most hold none.
_SETTING_NAMES = ("U.S.", "U.K.", "US", "UK", "EU", "United", "Europe", "England", "Scotland",
                  "Wales", "Ireland", "Canada", "Australia", "Zealand", "India", "Japan", "China",
                  "Korea", "America", "Africa", "Asia", "France", "Germany", "Italy", "Spain",
                  "Sweden", "Norway", "Denmark", "Finland", "Netherlands", "Brazil", "Mexico",
                  "Taiwan", "Singapore", "Hong Kong", "Scandinavia", "Middle East", "Caribbean")


# "Worldwide, it affects 1 in 10,000", "globally about 2,000 die": the whole world is the
# setting, named however the page says it.
_WORLDWIDE = re.compile(r"\b(?:world-?wide|globally|(?:around|across|throughout) the (?:world|"
                        r"globe))\b", _I)
_WORLD_WORDS = ("world", "global")


def _world(sentence: str) -> str | None:
    """Return "worldwide" when the sentence says its figures are the whole world's."""
    if caseless.lacks(sentence, _WORLD_WORDS):
        return None
    return "worldwide" if _WORLDWIDE.search(sentence) else None


# Signs a topic's name may hold as one of its words ("fever" in "gloop fever"): said alone
# they are the sign, not the topic's name shortened (as "zoster" is for "herpes zoster").
_SIGNS_IN_NAMES = frozenset({"fever", "shock", "rash", "pain", "cough", "swelling",
                             "weakness", "paralysis", "jaundice", "bleeding"})


def _names_topic(text: str, topic_words: tuple[str, ...]) -> bool:
    """Return whether ``text`` names the topic: holds one of its names, or is one shortened
    (a part of a name), unless that part is a sign the name holds.

    >>> _names_topic("fever", ("gloop fever",)), _names_topic("gloop", ("gloop fever",))
    (False, True)
    """
    low = text.lower()
    if _KIN_WITH_IT.match(low):
        return False  # "a family history of <topic>", "a relative with <topic>": kin's
    return any(w and (w in low or (low in w and low.strip() not in _SIGNS_IN_NAMES))
               for w in topic_words)


# A phrase naming the topic as what kin have (had): "a family history of <topic>".
_KIN_WITH_IT = re.compile(r"\W*(?:an? |the )?(?:(?:family )?history|(?:close |first-degree )?"
                          r"(?:relatives?|family members?|siblings?|parents?))\s+(?:of|with)\b")


@lru_cache(maxsize=256)
def _names_setting(sentence: str) -> bool:
    """Return whether the sentence may name a setting (a cheap look before _SETTING)."""
    return any(map(sentence.__contains__, _SETTING_NAMES))


@lru_cache(maxsize=1024)
def _is_year(text: str) -> bool:
    """Return whether a number as written is a calendar year ("2019", not "2,019")."""
    return bool(re.fullmatch(r"(?:19|20)\d\d", text.strip()))


def _bound(sentence: str, start: int, end: int) -> Bound:
    before = sentence[max(0, start - 30):start]
    if (not caseless.lacks(before, _UPPER_WORDS) and _UPPER.search(before)) or \
            _OR_LESS.match(sentence[end:end + 24]):
        return Bound.UPPER  # "up to 10 %", "10 % or less"
    if (not caseless.lacks(before, _LOWER_WORDS) and _LOWER.search(before)) \
            or _OR_MORE.match(sentence[end:end + 20]):
        return Bound.LOWER
    if not caseless.lacks(before, _APPROX_WORDS) and _APPROX.search(before):
        return Bound.APPROX
    return Bound.EXACT


_ASIDE = re.compile(r",\s+(?:with|and|especially|mostly|particularly|mainly|usually)\b", _I)


def _own_bounds(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Return where the figure's clause starts and ends, cut at a trailing aside.

    The aside is one such as ", with the highest risk ...".
    """
    lo, hi = clause_bounds(sentence, start)
    hi = max(hi, end)
    aside = _ASIDE.search(sentence, end, hi)
    return lo, aside.start() if aside else hi


_MAX_HORIZON = 1000  # units (years, months, ...) beyond which a period is not a horizon


# "younger than 5 years", "aged 2 years", "5 years old", "the first 6 months of life": an age,
# not a period.
_AGE_BEFORE = re.compile(r"(?:younger|older|aged|age)\s*(?:than\s*)?$", _I)
_AGE_AFTER = re.compile(r"\s*(?:old|of age|of (?:life|their lives))\b", _I)
_CALENDAR_YEAR = re.compile(r"\s+(?:of\s+)?\d{4}\b")


# every _HORIZON match has one ("yr", "wk": "survival at 5 yr")
_PERIOD_WORDS = ("year", "month", "week", "day", "annual", "yr", "wk", "annum")
# every _A_PERIOD match has one: a period's number is no figure of its own ("in the first
# 48 hours")
_TIMED_WORDS = (*_PERIOD_WORDS, "hour", "minute")


def _periods(sentence: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """Yield the periods named in ``sentence[lo:hi]`` in order, found lazily.

    A long sentence's periods are found once and reused; a stretch starting
    inside one of them (which may hide another) is searched afresh, and a
    search stops at the first period its caller takes.  A sentence naming no
    unit of time has none (looked at once per sentence, as a word).
    """
    if not _says(sentence, _PERIOD_WORDS):
        return
    if len(sentence) > _SHORT:
        starts, found = _matches(_HORIZON, sentence)
        i = bisect_left(starts, lo)
        if not (i and found[i - 1].end() > lo):
            for h in found[i:]:
                if h.start() >= hi:
                    return
                yield h
            return
    yield from _HORIZON.finditer(sentence, lo, hi)


_BEFORE_EVENT = re.compile(r"\s+(?:before|earlier)\b", _I)


def _is_period(sentence: str, h: re.Match[str], lo: int, hi: int) -> bool:
    """Return whether a period match is one (not an age, nor a date such as "May 2019")."""
    if h.end() > hi or (h.group("u3") and _BEFORE_EVENT.match(sentence, h.end())):
        return False  # beyond the phrase, or "a day before the rash" (a time, not "per day")
    if h.group("n2") and _AGE_BEFORE.search(sentence, max(lo, h.start("n2") - 20),
                                            h.start("n2")):
        return False
    if h.group("u2") and not h.group("n2") and sentence[h.end("u2"):h.end("u2") + 1] in "sS" \
            and h.end("u2") < len(sentence):
        return False  # "within weeks", "for years": no number, no period a reader can use
    return not (_AGE_AFTER.match(sentence, h.end(), hi)
                or _CALENDAR_YEAR.match(sentence, h.end(), hi))


_CLAUSE_BREAK = re.compile(r"[,;]\s*(?:and|but|while|whereas)?\s", _I)


def _others_period(sentence: str, h: re.Match[str], lo: int, span: tuple[int, int]) -> bool:
    """Return whether a period is another figure's: one before the figure with a figure
    before it in the phrase, or one after it with another figure first."""
    figures = _kind_words(sentence)[2]
    if h.end() <= span[0]:
        if not _figure_between(figures, lo, h.start()):
            return False
        # "Mortality is 20 %, and one-year mortality is 30 %": a period after a clause break
        # with no figure between it and this one leads this figure's own phrase
        i = bisect_left(figures, h.start())
        gap = sentence[figures[i - 1]:h.start()] if i else ""
        return _figure_between(figures, h.end(), span[0]) or not _CLAUSE_BREAK.search(gap)
    end = span[1]
    between = sentence[end:h.start()]
    if between.lstrip().startswith("(") and ")" in between:
        end += between.index(")")  # "1 in 3 (33 %) within a year": the same figure again
    return h.start() >= span[1] and _figure_between(figures, end, h.start())


# "X is two-sided in 10-30 % of cases and settles within a week": the period after "and" is
# the second verb's, no horizon of the figure.
_SECOND_PREDICATE = re.compile(r"\s+and\s+(?:usually\s+|often\s+|then\s+|generally\s+)?"
                               r"[a-z]+(?<!ha)s(?:\s+(?:up|down|away|off))?\s+"
                               r"(?=(?:within|after|over|in|by|for)\s)", _I)


def _horizon(sentence: str, lo: int, hi: int,
             span: tuple[int, int] | None = None) -> str | None:
    """Return the period (ISO 8601) named in ``sentence[lo:hi]``, the figure's own phrase.

    With the figure's ``span``, a period another figure stands nearer is that one's: in
    "60 % recover within 2 years, and 30 % within 5 years" the 30 % is of 5 years.
    """
    m = next((h for h in _periods(sentence, lo, hi) if _is_period(sentence, h, lo, hi)
              and (span is None or not _others_period(sentence, h, lo, span))), None)
    if not m:
        return None
    number = parse_number(m.group("n") or m.group("n2") or m.group("n5") or m.group("n6") or "1")
    if not math.isfinite(number) or not 0 < number <= _MAX_HORIZON:
        return None  # "within 999...9 years" names no period a reader could use
    n = int(number)
    unit = (m.group("u") or m.group("u2") or m.group("u3") or m.group("u5") or m.group("u6")
            or "year").lower()
    unit = _UNIT_SHORT.get(unit, unit)
    if unit == "year":  # months, as the claim files write them (P12M), so P1Y == P12M
        return f"P{12 * n}M"
    return f"P{n}{_UNIT_ISO[unit]}"


_STRONG_NEAR = re.compile(r"\b(?:incidence|prevalence|new cases?|per year|a year|each year|"
                          r"annual\w*|per annum|per yr|(?<=\d)/(?:year|yr))\b", _I)
_STRONG_NEAR_WORDS = ("incidence", "prevalence", "new case", "year", "annual", "annum", "yr")
# Ages are left out: "over 50" may be a threshold, a peak or most cases' age,
# which a rule cannot tell apart, so age figures never raise a conflict.
_KIND_WINDOW = 150
_NAMED_OUTRIGHT = frozenset({"mortality", "survival", "recovery", "relapse", "share",
                             "relative_risk"})


@lru_cache(maxsize=256)
def _kind_words(sentence: str) -> tuple[tuple[int, ...], tuple[tuple[int, int, int, str, int], ...],
                                        tuple[int, ...]]:
    """Return every kind word of ``sentence`` and where its figures start.

    Found once per sentence and looked up per figure: a run-on sentence with
    a figure every few words would otherwise be scanned once per figure by
    every kind pattern.  Returns the words' starts (sorted), the words as
    ``(start, end, rank, kind, tier)``, and the figures' starts (sorted).
    """
    says = sentence.lower().__contains__  # each kind's hints looked for in one lowering
    words = sorted((m.start(), m.end(), rank, kind, tier)
                   for rank, (kind, tier, pattern) in enumerate(_KINDS)
                   if any(map(says, _KIND_HINTS[rank]))
                   for m in caseless.finditer(pattern, sentence))
    aged = _says(sentence, _AGE_WORDS)  # a cheap look before a search at every digit
    timed = _says(sentence, _TIMED_WORDS)
    any_figure = _ANY_FIGURE if _says(sentence, _PCT_HINTS) else _ANY_FIGURE_NO_PCT
    figures = tuple(m.start() for m in caseless.finditer(any_figure, sentence)
                    if not (aged and _AGE_OF_PEOPLE.search(sentence, max(0, m.start() - 40),
                                                           m.start()))
                    and not (timed and _A_PERIOD.match(sentence, m.start())))
    return tuple(w[0] for w in words), tuple(words), figures


# "10 % of adults over 65 die": the 65 says who; the "die" is still the 10 %'s.
# "Mortality at 30 days is 25 %", "the 10-year survival is 80 %": a period is no figure that
# takes the word before it.
# ("2 to 5 years" is one period: its "2" is no figure either.)
_A_PERIOD = re.compile(r"[\d.,]*(?:\s*(?:to|-|–)\s*[\d.,]+)?[- ]?(?:years?|months?|weeks?|days?|"
                       r"hours?|minutes?|yrs?|wks?)\b", _I)
_AGE_OF_PEOPLE = re.compile(rf"\b{_POP_NOUN}\s+(?:(?:aged\s+)?(?:over|under|older than|"
                            rf"younger than|above|below)\s+\d*"
                            # "people aged 50 to 69", "patients aged between 20 and 40"
                            rf"|aged\s+(?:between\s+)?(?:\d{{1,3}}\s*(?:to|-|–|and)\s*)?\d*)$",
                            _I)
_AGE_WORDS = ("over", "under", "older", "younger", "above", "below", "aged")


def _figure_between(figures: tuple[int, ...], lo: int, hi: int) -> bool:
    """Return whether a figure starts in ``[lo, hi)``."""
    i = bisect_left(figures, lo)
    return i < len(figures) and figures[i] < hi


# A figure's own words, to tell where it ends: "75 %", "10,000", "a tenth" (a year is none).
_DIGITS_TOKEN = r"(?<![\d.,])(?!(?:19|20)\d\d\b)\d[\d,.]*(?:\s*(?:%|percent\b|per cent\b))?"
_FIGURE_TOKEN = re.compile(rf"{_DIGITS_TOKEN}|{_WRITTEN_PCT}|{_FRACTION_WORD}", _I)
# ... and without its written numbers, for a text with no "%" or "per" (see _ANY_FIGURE_NO_PCT).
_FIGURE_TOKEN_NO_PCT = re.compile(rf"{_DIGITS_TOKEN}|{_FRACTION_WORD}", _I)


@lru_cache(maxsize=256)
def _figure_ends(sentence: str) -> tuple[int, ...]:
    """Return where each figure-like token of ``sentence`` ends (sorted); periods are none."""
    timed = _says(sentence, _TIMED_WORDS)
    aged = _says(sentence, _AGE_WORDS)
    token = _FIGURE_TOKEN if _says(sentence, _PCT_HINTS) else _FIGURE_TOKEN_NO_PCT
    # ("People over 60 have a death rate of 40 %": the 60 says who, it takes no kind word)
    return tuple(m.end() for m in caseless.finditer(token, sentence)
                 if not (timed and _A_PERIOD.match(sentence, m.start()))
                 and not (aged and _AGE_OF_PEOPLE.search(sentence, max(0, m.start() - 40),
                                                         m.start())))


def _nearer_before(sentence: str, w_start: int, dist: int) -> bool:
    """Return whether a word ``dist`` before a figure is nearer the figure before it.

    In "75 % recover and a tenth keep some weakness", "recover" is the 75 %'s; in
    "For people over 65, the death rate is 20 %" a comma parts "death rate" from the 65.
    """
    ends = _figure_ends(sentence)
    i = bisect_right(ends, w_start)
    # (A figure's token may end on the comma itself: "65,".)
    return i > 0 and w_start - ends[i - 1] < dist and \
        "," not in sentence[max(0, ends[i - 1] - 1):w_start]


# "15 % (45/300)": the counts a share was worked from, in brackets right after it.
_COUNTS_AFTER = re.compile(r"\s*(?:%|percent\b|per cent\b)?\s*\(\s*(?:n\s*=\s*)?\d[\d,]*"
                           r"(?:\s*(?:/|of|out of)\s*\d[\d,]*)?\s*\)", _I)
# "12 (24 %)": a count, then the share it is, in brackets; the words before the count are
# the share's.
_COUNT_BRACKET = re.compile(r"(?<![\w.,/])\d[\d,]*(?:/\d[\d,]*)?(?:\s+(?:[a-z-]+\s+)?(?:patients|"
                            r"people|cases|children|adults))?\s*\(\s*$")
# "children in whom ...": a group's name ends where a relative clause about it starts.
_WHOM = re.compile(r",?\s+(?:in|among|of|for)\s+(?:whom|which)\b", _I)
# ", in whom", ", who": a relative clause after a figure says something of its group.
_RELATIVE_BETWEEN = re.compile(r",\s*(?:(?:in|among|of|for)\s+(?:whom|which)|who|whose)\b", _I)
# ", and", ", while": a join that opens a figure's own clause after another figure's.
_JOINED_AFTER = re.compile(r"[^.;]*?,\s*(?:and|but|while|whereas)\s", _I)


def _joined_after_figure(sentence: str, w_start: int, w_end: int, start: int) -> bool:
    """Return whether a word before a figure belongs to the figure before it, a comma and a
    join between: in "5 % of patients die, and 30 % have kidney damage" the "die" is the
    5 %'s, the 30 % counts the damage."""
    ends = _figure_ends(sentence)
    i = bisect_right(ends, w_start)
    return i > 0 and w_start - ends[i - 1] < _KIND_WINDOW and \
        _JOINED_AFTER.match(sentence, w_end, start) is not None


def _leads_next_figure(sentence: str, w_end: int, at: int) -> bool:
    """Return whether a kind word after a figure, nearer the next figure (at ``at``), leads
    that one instead: no comma between them ("5 % of patients and is fatal in half")."""
    gap = sentence[w_end:at]
    return "," not in gap and ";" not in gap and "(" not in gap


# "Recurrence rate: 10 %": a label's colon between a kind word and its figure (lines of
# "Label: value" joined into one, each label its own figure's).
_LABEL_GAP = re.compile(r"[\w' -]{0,20}:\s*(?:about\s+|around\s+|approximately\s+|up to\s+|"
                        r"~\s*)?", _I)


def _kind(sentence: str, start: int, end: int) -> str | None:
    """Return what the figure at ``start:end`` measures, from its own phrase.

    Only the clause holding the figure is read, and words past another
    figure belong to that one: "3 % die and 40 % recover" gives mortality,
    then recovery.
    """
    if start and sentence.find("(", start - 3 if start > 3 else 0, start) != -1:
        counted = _COUNT_BRACKET.search(sentence, max(0, start - 40), start)
        if counted is not None:
            start = counted.start()  # "Death occurred in 12 (24 %)": the count's words
    lo, hi = clause_bounds(sentence, start)
    # Words further than this from the figure are another phrase's, and the cap
    # keeps long figure-dense text linear.
    lo, hi = max(lo, start - _KIND_WINDOW), min(max(hi, end), end + _KIND_WINDOW)
    if " and " in sentence[end:hi]:  # "... of cases and resolves within a week": not its kind
        second = _SECOND_PREDICATE.search(sentence, end, hi)
        hi = second.start() if second is not None else hi
    starts, words, figures = _kind_words(sentence)
    best: tuple[int, int, str, int] | None = None
    after_fig: int | None = None
    for w_start, w_end, rank, kind, tier in words[bisect_left(starts, lo):bisect_left(starts, hi)]:
        if w_end > hi:
            continue
        if w_start >= end:
            dist = w_start - end
            if _figure_between(figures, end, w_start) and not (
                    sentence.find("(", end, end + 4) != -1
                    and (counts := _COUNTS_AFTER.match(sentence, end)) is not None
                    and not _figure_between(figures, counts.end(), w_start)):
                continue  # another figure stands between: the word is that one's
                # (not the counts in brackets right after it: "15 % (45/300) of patients died")
            if sentence.find(",", end, w_start) != -1 and \
                    _RELATIVE_BETWEEN.search(sentence, end, w_start):
                continue  # "40 % of cases are in children, in whom mortality is ...": theirs
            if after_fig is None:  # (the first figure after this one: none stands between)
                i = bisect_left(figures, end)
                after_fig = figures[i] if i < len(figures) else -1
            if 0 <= after_fig - w_end <= 12 and after_fig - w_end < dist and \
                    _leads_next_figure(sentence, w_end, after_fig):
                continue  # "develops in 5 % and is fatal in half of them": the half's word
            if 0 <= after_fig - w_end <= 30 and _LABEL_GAP.fullmatch(sentence, w_end, after_fig):
                continue  # "Amputation rate: 15 % Recurrence rate: 10 %": the next one's label
            if tier == _WEAK and _CONDITION_AFTER.search(sentence, end, w_start):
                continue  # "up to 50 % when shock develops": the condition's verb, not the kind
        else:
            dist = start - w_end
            if dist < 0:
                dist = 0
            elif _figure_between(figures, w_end, start) or \
                    (_nearer_before(sentence, w_start, dist)
                     and not _LABEL_GAP.fullmatch(sentence, w_end, start)) or \
                    (tier == _STRONG and "," in sentence[w_end:start]
                     and _joined_after_figure(sentence, w_start, w_end, start)):
                continue
        cand = (dist + (_WEAK_PENALTY if tier == _WEAK else 0), rank, kind, w_start)
        if best is None or cand < best:
            best = cand
    if best is not None and _DENIED.search(sentence, max(0, best[3] - 16), best[3]):
        return None  # "1 in 3 won't develop it", "20 % do not recover": not the quantity named
    if best is None and "which" in sentence[max(0, start - 24):start]:
        which = _WHICH_WAS.search(sentence, max(0, start - 24), start)
        if which is not None and which.start() > 0:
            # "had the highest mortality rate, which was 37.7 %": the rate named before
            return _kind(sentence, which.start() - 1, which.start())
    return best[2] if best else None


# ", which was 37.7 %": the figure of the thing named before the comma.
_WHICH_WAS = re.compile(r",\s*which\s+(?:(?:was|were)\s+(?:once|previously|formerly|then|"
                        r"at one time)\s+|(?:once|previously|formerly)\s+(?:stood at|reached)\s+|"
                        r"(?:was|is|were|are|stood at|reached)\s+)(?:about |around |"
                        r"approximately |nearly |almost |just over |just under )?$", _I)
# A condition after a figure ("... 50 % when shock develops"): its verbs say when, not what.
_CONDITION_AFTER = re.compile(r"\b(?:when|whenever|if|once|unless)\b", _I)
# The condition right after a figure is who it counts: "50 % when shock develops".
_CONDITION_NEXT = re.compile(r"\s*(?:%|percent\b|per cent\b)?\s*(?:of\s+(?:all\s+)?(?:cases|"
                             r"patients|people)\s+)?(?P<c>(?:when|whenever|if|once)\s+"
                             r"[^,;.()]{3,60}?)\s*(?=[,;.()]|$)", _I)
_CONDITION_WORDS = ("when", "if ", "once")
# "When shock develops, ...", "If the germ spreads to the blood, ...": a condition opening the
# sentence, the figure's group.
_CONDITION_LEAD = re.compile(r"\W*(?P<c>(?:when|whenever|if|once)\s+[^,;.()]{3,60}?)\s*,", _I)
# A condition on the illness itself, its treatment, or the reader: no group of its own.
_CONDITION_ON_IT = re.compile(r"\b(?:it|it's|this|you|you're|your|they|they're|treat\w*|"
                              r"untreated|diagnos\w*|therapy|the (?:condition|disease|illness))\b",
                              _I)
# A negation right before a figure's word: the share is of those it does not happen to.
# ("people who are not treated die": the "not" is the treatment's, the death is said.)
_DENIED = re.compile(r"(?:n't|n’t|\bnot|\bnever|\bno longer|\bfail to)\s+(?:(?!\w+ed\s)\w+\s+)?$",
                     _I)


def normalise_population(noun: str, rest: str) -> str:
    """Return a short canonical population ("people who are on dialysis" → "people on dialysis")."""
    rest = re.sub(r"^who(?:'re| are| were)\s+", "", rest.strip(), flags=_I)
    rest = re.sub(r"^who(?: have had| has had| have| has| had| get| gets| got| develop| develops|"
                  r" developed| catch| catches| caught| are diagnosed with| were diagnosed "
                  r"with)\s+", "with ", rest, flags=_I)
    rest = re.sub(r"^(?:having|receiving|undergoing|getting)\s+", "on ", rest, flags=_I)
    # "those who develop shock": the relative clause's own verb says who they are; only a
    # verb after it ("people who get it develop X") is the sentence's, where the group ends.
    own = _OWN_VERB.match(rest)
    head, rest = (own.group(0), rest[own.end():]) if own else ("", rest)
    rest = (head + _POP_STOP.sub("", rest)).strip()
    # ("people with it never get the rash", "people who have not had surgery": the denial
    # is the counted thing's, not part of who the people are)
    rest = re.sub(r"(?:^|\s+)(?:never|not|no)$", "", rest, flags=_I)
    rest = re.sub(r"^with$", "", rest, flags=_I)
    return f"{noun.lower()} {rest}".strip()


_OWN_VERB = re.compile(r"who\s+(?!(?:are|is|was|were|have|has|had|will|may|might|can|could|"
                       r"would|should|do|does|did|don't|not)\b)[a-z]+(?=\s+\w)", _I)


# (Only the nouns for anyone: "adults with <topic>" are a subgroup of those with it.)
_WITH_WHAT = re.compile(r"(?:people|patients|persons|individuals|those|cases|everyone|anyone) "
                        r"with (?:the )?(?P<what>.+)")


def _with_the_topic(population: str, topic_words: tuple[str, ...]) -> bool:
    """Return whether a group is just everyone with the topic: "people with <topic>"."""
    m = _WITH_WHAT.fullmatch(population.lower())
    return m is not None and m["what"] in topic_words


# ("4 % in the healthy control group": a study's comparison group is a subgroup too.)
# (Up to three words, or two groups joined by "and": "among Inuit and Sami children".)
_SUBGROUP = re.compile(rf"\b(?:in|among|for)\s+(?:the\s+)?(?P<adj>(?:[\w-]+\s+){{1,3}}?"
                       rf"(?:and\s+(?:[\w-]+\s+){{1,2}}?)?)"
                       rf"(?P<noun>{_POP_NOUN}|controls|control group|comparison group)\b", _I)
# Words every match of _SUBGROUP holds one of: its nouns.
_SUBGROUP_WORDS = (*_POP_NOUNS, "controls", "control group", "comparison group")
_NOT_ADJECTIVE = re.compile(rf"^(?:all|most|many|some|these|those|such|other|the|of|who|that|"
                            rf"every|each|a|an|\d\S*|{_NUMW})\b", _I)
# "people who develop it": everyone with the topic, so the overall figure.
_WHO_HAVE_IT = re.compile(r"^\w+ (?:who|that) (?:develop|develops|get|gets|have|has|catch|"
                          r"catches|are diagnosed with)(?: it| this| the (?:condition|disease|"
                          r"illness|infection|syndrome))?$|\b(?:who|that|with)$"
                          r"|^\w+ (?:who are |who were )?(?:diagnosed with|with|affected by|"
                          r"living with) (?:it|this(?: condition| disease| illness)?|the "
                          r"(?:condition|disease|illness|infection|syndrome))$", _I)


# "10 % of people with it go on to develop nerve pain": the figure is about the nerve pain.
_GETS_VERBS = (r"get|gets|develop|develops|have|has|experience|experiences|suffer from|"
               r"suffers from|suffer|suffers|suffered|are left with|is left with|end up with|"
               r"need|needs|require|"
               r"requires|undergo|undergoes|show|shows|showed|"
               # (a case series' past: "40 needed an amputation", "12 had a rash")
               r"needed|required|underwent|developed|experienced|had|"
               # "half go into shock", "10 % progress to lasting weakness"
               r"go into|goes into|went into|progress to|progresses to|progressed to|"
               # "90 % of patients present with lung involvement"
               r"present with|presents with|presented with|have had|has had|"
               # "30 % of people carry the germ", "a third report tiredness"
               r"carry|carries|report|reports|reported|complain of|complains of|"
               r"complained of|"
               # "5 % of cases lead to blindness", "a third notice tiredness"
               r"lead to|leads to|led to|result in|results in|resulted in|notice|notices|"
               r"noticed")
_GETS_OBJECT = (r"\s+(?:to (?:have|be given|take|undergo|be put on|be placed on|go on) )?"
                # ("won't develop this rash": a thing named again, not the illness itself)
                r"(?:either |both )?"  # ("end up with either stiffness or twitching")
                r"(?:at least one |one or more )?"  # ("have at least one long-term illness")
                r"(?:an? |the |some |(?:this|that|these|those) (?!(?:condition|disease|illness|"
                r"infection|syndrome|problem|virus|bacteri\w*|germ|one)s?\b)(?=[a-z]))?"
                r"(?!(?:it|this|that|them|they|one|symptoms?|had|been|got|better|worse|already|"
                r"well|in|on|at|by|during|while|among|from)\b)"
                r"(?P<obj>[\w'-]+(?:\s+[\w'-]+){0,4}?)"
                r"(?=\s*(?:[,.;:()]|$)|\s+(?:within|after|in|by|and|or|which|that|who|for|"
                r"at|as|when|if|because|over|during|will|may|can|on|before|such as|like|"
                r"including)\b"
                # ("need a ventilator to help them breathe": what it is for, no part of it)
                r"|\s+to\s+(?:help|treat|support|keep|control|remove|stop|prevent|ease|"
                r"relieve)\b"
                # "people who get <topic> develop X": the people's own verb ends their clause
                rf"|\s+(?:go on to |went on to )?(?:{_GETS_VERBS})\b)")
# (Not right after "who": "people who have had X get <topic>" is who they are.)
# (Nor after "are": "10 new cases are reported every year" is a passive, no thing got.)
_GETS = re.compile(rf"\b(?<!\bwho )(?<!\bthat )(?<!\bare )(?<!\bis )(?<!\bwere )(?<!\bwas )"
                   rf"(?:will |may |can |later |go on to |went on to |)"
                   rf"(?:{_GETS_VERBS})"
                   rf"{_GETS_OBJECT}", _I)
# "..., with 20 % of patients developing X": after "with" only (elsewhere "people having
# surgery" is who is counted).
_GETS_ING = re.compile(rf"\b(?:{_GETS_VERBS}|developing|having|experiencing|needing|"
                       rf"requiring|getting|undergoing|suffering from|left with){_GETS_OBJECT}",
                       _I)


def _next_figure(sentence: str, end: int) -> int:
    """Return where the next figure after ``end`` starts (the sentence's end if none).

    What follows another figure is that one's: in "80 % recover and a tenth keep
    some weakness" the weakness is not the 80 %'s.
    """
    figures = _kind_words(sentence)[2]
    i = bisect_left(figures, end)
    return figures[i] if i < len(figures) else len(sentence)


# What a figure's people go through, named by the event: "are hospitalised" -> hospitalization.
# "are admitted to hospital", "go into hospital": what a count or a share of people did.
# (not "people who are admitted to hospital": who the figure counts, a population)
_HOSPITALISED = re.compile(
    r"(?<!\bwho )(?<!\bthat )\b(?:are|is|were|was|get|gets|need to be|needs to be) "
    r"(?:hospitali[sz]ed|admitted to "
    r"(?:a |the )?hospital)\b|\b(?:go|goes|went|need to go|needs to go) (?:in)?to (?:the |a )?"
    r"hospital\b"
    # ("1 in 3 need to be treated in hospital", "need hospital care", "end up in hospital")
    r"|\b(?:end|ends|ended) up in (?:a |the )?hospital\b"
    r"|\b(?:need|needs|needed|require|requires|required) (?:to be )?(?:treated|cared for|"
    r"looked after|seen) in (?:a |the )?hospital\b|\b(?:need|needs|needed|require|requires|"
    r"required) (?:hospital (?:care|treatment)|a hospital stay)\b", _I)
_EVENTS_AFTER: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("hospitalization", _HOSPITALISED),
    # ("75 % of infections are asymptomatic", "a third feel no symptoms": one quantity)
    ("no symptoms", re.compile(
        r"\b(?:are|is|were|was|remain|remains|stay|stays)\s+(?:completely\s+|entirely\s+)?"
        r"(?:asymptomatic|symptom-?free|without (?:any )?symptoms)\b|\b(?:have|has|had|show|"
        r"shows|feel|feels|develop|develops|get|gets|experience|experiences)\s+no\s+"
        r"(?:symptoms|signs)\b", _I)),
    # ("a fifth of survivors have a leg amputated", "1 in 5 lose a limb": an amputation)
    ("amputation", re.compile(
        r"\b(?:need|needs|needed|require|requires|required|have|has|had|undergo|undergoes|"
        r"underwent)\s+(?:an?\s+|the\s+|their\s+|one\s+)?(?:limbs?|legs?|arms?|foot|feet|hands?|"
        r"fingers?|toes?)\s+(?:amputated|removed|cut off)\b|\b(?:lose|loses|lost)\s+"
        r"(?:an?\s+|their\s+|one\s+)?(?:limbs?|legs?|arms?|foot|feet|hands?)\b", _I)),
    # ("10 % have symptoms for longer", "... still have symptoms after a year": symptoms that
    # last, not the illness itself)
    ("persistent symptoms", re.compile(
        r"\b(?:have|has|had|get|gets|experience|experiences)\s+(?:ongoing\s+|lasting\s+|"
        r"long-term\s+|persistent\s+)?symptoms\s+(?:for\s+(?:longer|more than|over|months|"
        r"years|a long time)|that\s+last|lasting|which\s+last)\b"
        r"|\bstill\s+(?:have|has|had)\s+symptoms\b", _I)),
    ("hospital readmission", re.compile(
        r"\b(?:are|is|were|was|get|gets|need to be|needs to be) readmitted\b", _I)),
    ("intensive care admission", re.compile(
        r"\b(?:are|is|were|was|get|gets|need to be|needs to be) (?:admitted|taken|transferred) "
        r"to (?:an? |the )?(?:intensive care|ICU|critical care)\b"
        # ("need a stay in intensive care", "need treatment in an ICU")
        r"|\b(?:need|needs|needed|require|requires|required) (?:a )?(?:stay|admission|"
        r"treatment|care) in (?:an? |the )?(?:intensive care|ICU|critical care)\b"
        # ("1 in 5 end up in intensive care")
        r"|\b(?:end|ends|ended) up in (?:an? |the )?(?:intensive care|ICU|critical care)\b"
        # ("half need to be treated in intensive care")
        r"|\b(?:need|needs|needed|require|requires|required) to be (?:treated|cared for|"
        r"looked after) in (?:an? |the )?(?:intensive care|ICU|critical care)\b", _I)),
)


# "... are able to walk independently": an ability the figure's people have (or lack).
_ABLE_TO = re.compile(r"\s*(?:%|percent|per cent)?\s*(?:of\s+(?:all\s+)?(?:the\s+)?[\w-]+\s+)?"
                      r"(?:are|is|were|was|will be|become|remain)\s+(?:still\s+|not\s+)?"
                      r"(?P<able>able|unable)\s+to\s+(?P<act>[a-z]+(?:\s+(?!within\b|by\b|"
                      r"after\b|in\b|at\b|for\b|with\b|without\b)[a-z]+){0,2})", _I)
# "... are disabled", "remain paralysed": the state they are left in.
_STATE_NOUN = {"disabled": "disability", "paralysed": "paralysis", "paralyzed": "paralysis",
               "blind": "blindness", "deaf": "deafness", "bedridden": "being bedridden",
               "dependent": "dependence"}
_LEFT_IN_STATE = re.compile(r"\s*(?:%|percent|per cent)?\s*(?:of\s+(?:all\s+)?(?:the\s+)?"
                            r"[\w-]+\s+)?(?:are|is|were|was|become|became|remain|remained|are "
                            rf"left|were left)\s+(?:\w+ly\s+)?(?P<state>{'|'.join(_STATE_NOUN)})"
                            r"\b", _I)
# "Studies found that ...": the report, not the thing that occurs.
# ("Estimates suggest the illness affects ...": "that" may be left out after a verb of saying)
_REPORTED = re.compile(r"\b(?:found|find|shown|show|shows|showed|estimated|estimate|suggest|"
                       r"suggests|suggested|reported|report|known|thought)\s+that\s+|"
                       r"\b(?:estimates|studies|data|figures|surveys|research|experts)\s+"
                       r"(?:suggest|show|indicate|estimate)s?\s+", _I)


def _gets_topic(after: str, topic_words: tuple[str, ...]) -> bool:
    """Return whether the figure's people go on to get the topic itself (named, not "it")."""
    window = re.split(r"[,.;:]", after[:120], maxsplit=1)[0]
    return any(any(w and w in m["obj"].lower() for w in topic_words)
               for m in _GETS.finditer(window))


# "a heart problem called heart block": the name a thing is given after its description.
_CALLED = re.compile(r"\b(?:called|known as)\s+(?:an?\s+|the\s+)?(?P<x>[\w'-]+(?:\s+[\w'-]+){0,3}?)"
                     r"(?=\s*(?:[,.;:()]|$))", _I)


@lru_cache(maxsize=1024)
def _what_follows(after: str, topic_words: tuple[str, ...], ing: bool = False) -> str | None:
    """Return what a figure's people go on to get ("... who get it develop nerve pain").

    Memoised: a table's rows end their figures in the same words.

    The first thing named that is not the topic wins, so a relative clause
    about the topic ("people who get it") is passed over.  ``ing``: the figure
    follows ", with", so "developing X" is what its people get.
    """
    window = re.split(r"[,.;:]", after[:120], maxsplit=1)[0]
    for name, pattern in _EVENTS_AFTER:
        if pattern.search(window):
            return name
    sign = _SIGNS_OF_PART.search(window) if _says(window, ("symptom", "sign")) else None
    if sign is not None and sign["part"]:
        # "a third have symptoms in the skin": the skin's ("symptoms" alone are the topic's
        # own, no other thing to count)
        return f"{sign['part'].lower()} symptoms"
    able = _ABLE_TO.match(window)
    if able is not None:  # "80 % are able to walk independently by 6 months": that ability
        return re.sub(r"\s+", " ", f"{able['able'].lower()} to {able['act']}")
    state = _LEFT_IN_STATE.match(window)
    if state is not None:  # "30 % are disabled": how many are left so
        return _STATE_NOUN[state["state"].lower()]
    called = _CALLED.search(window) if "called" in window or "known as" in window else None
    if called is not None and (_GETS_ING if ing else _GETS).search(window, 0,
                                                                   called.start()):
        return called["x"]  # "develop a serious heart problem called heart block": its name
    for m in (_GETS_ING if ing else _GETS).finditer(window):
        if m.group(0)[:3].lower() == "had" and window[max(0, m.start() - 5):m.start()].lower() \
                .endswith(("have ", "has ")):
            continue  # "people who have had X": who is counted, not what they go on to get
        obj = m["obj"].lower()
        # ("70 % have an underlying illness": another illness, not the topic again)
        if not _names_topic(obj, topic_words) or _ANOTHER_ILLNESS.fullmatch(obj):
            if _DENIED.search(window, max(0, m.start() - 16), m.start()):
                # "1 in 3 won't develop the rash": the share is of those with no rash;
                # "1 in 5 never notice the rash": of those whose rash goes unseen
                return f"unnoticed {m['obj']}" if "notic" in m.group(0).lower() \
                    else f"no {m['obj']}"
            back = _GOT_BACK.fullmatch(m["obj"])
            if back is not None:  # "half get their sense of smell back": its return
                return f"return of {back['x']}"
            more = _OR_MORE_WORDS.match(window, m.end())
            if more is not None and " " not in m["obj"] and " " in more["rest"]:
                # "a weakened or suppressed immune system": the first word shares the
                # last member's head.
                return f"{m['obj']} {more['rest'].split(' ', 1)[1]}"
            return m["obj"]
    # "... who go untreated, because it was missed, go on to develop X": "go on to" is the
    # people's own verb however many commas their description takes.
    for m in _GETS.finditer(after, len(window), 240):
        if _GO_ON.match(m.group(0)) and not any(w and (w in m["obj"].lower() or
                                                       m["obj"].lower() in w)
                                                for w in topic_words):
            return m["obj"]
    return None


_GO_ON = re.compile(r"(?:go|goes|went) on to\b", _I)
# An illness besides the topic, named by how it stands to it: "an underlying illness".
_ANOTHER_ILLNESS = re.compile(r"(?P<lasting>long-term |longstanding |long-standing |chronic )?"
                              r"(?P<other>(?:underlying|pre-existing|existing|other|another|"
                              r"serious|second) )?"
                              # (a word that says what sort of illness, never which organ's:
                              # "chronic kidney disease" is its own name)
                              r"(?:(?:medical|health|physical|mental|underlying|long-term|"
                              r"chronic|serious) )?(?:illness|condition|disease|health "
                              r"(?:problem|condition))(?:es|s)?", _I)


def another_illness(name: str) -> str | None:
    """Return the name of an illness a figure counts besides the topic, or None.

    "70 % have an underlying illness" counts people with some other illness; read as a
    name, "underlying illness" is only "illness", the topic's own word.

    >>> another_illness("at least one long-term illness"), another_illness("another illness")
    ('long-term illness', 'underlying illness')
    >>> another_illness("fever") is None, another_illness("chronic kidney disease") is None
    (True, True)
    """
    m = _ANOTHER_ILLNESS.search(name)
    if m is None or (m.start() > 0 and name[:m.start()].strip().lower() not in (
            "at least one", "one or more", "an", "a")):
        return None
    if not (m["lasting"] or m["other"]):
        return None  # ("a skin condition": a thing of its own, named so)
    return "long-term illness" if m["lasting"] else "underlying illness"
_GOT_BACK = re.compile(r"(?:(?:their|your|his|her|the)\s+)?(?P<x>.+?)\s+back", _I)
# "have symptoms in the skin", "get signs affecting the eyes": signs of one part of the body.
_SIGNS_OF_PART = re.compile(
    rf"^\W*(?:[\w-]+\s+){{0,4}}?(?:{_GETS_VERBS})\s+(?:\w+\s+)?"
    r"(?:symptoms|signs)\b(?:\s+(?:in|of|affecting|from)\s+(?:the|their|your|its)\s+"
    r"(?!(?:condition|disease|illness|infection|syndrome|body)\b)(?P<part>[\w-]+))?", _I)
# (not "seizures or other problems with the brain": a class of other things, no shared head)
_OR_MORE_WORDS = re.compile(r"\s+(?:or|and)\s+(?!(?:other|another|any)\b)"
                            r"(?P<rest>[\w'-]+(?:\s+[\w'-]+){1,4})\s*$")


# "1 in 4 people get it at some point in their life": a lifetime share, not a yearly rate.
_LIFETIME = re.compile(r"\b(?:in|during|over|across|throughout) (?:their|a|your|his|her|the) "
                       r"(?:life|lives|lifetimes?)\b|\bat some (?:point|time|stage)(?: in "
                       r"(?:their|your|his|her) li(?:fe|ves))?\b|\blifetime\b", _I)
LIFETIME = "over a lifetime"
_LIFETIME_WORDS = ("life", "lives", "at some")  # one is in every match (see caseless.lacks)


def _population(sentence: str, start: int, end: int,
                topic_words: tuple[str, ...]) -> str | None:
    """Return the subgroup a figure is about, read within the figure's own clause."""
    lo, hi = clause_bounds(sentence, start)
    hi = max(hi, end)
    who = _population_in(sentence, end, lo, hi, topic_words, start)
    if who and " " in who and not _RELATIVE_IN_GROUP.search(who):
        # "29 % of people had recurrent episodes": the group ends where its verb starts
        cut = _GROUP_VERB.split(who, maxsplit=1)[0].strip()
        who = None if not cut or cut.lower() in _BARE_GROUPS else cut
    if not caseless.lacks(sentence, _LIFETIME_WORDS) and _first(_LIFETIME, sentence, lo, hi):
        return f"{who or 'people'} {LIFETIME}"
    return who


# ("adults who have had chickenpox": the verb of the group's own clause)
_RELATIVE_IN_GROUP = re.compile(r"\b(?:who|that|which|whose)\b|'(?:ve|re|s)\b", _I)
_GROUP_VERB = re.compile(r"\s(?:had|have|has|were|was|are|is|will|would|can|could|may|might|"
                         r"develop|develops|developed|get|gets|got|need|needs|needed|die|died|"
                         r"suffer|suffered|lose|lost|recover|recovered)\b", _I)
_BARE_GROUPS = frozenset({"people", "patients", "persons", "individuals", "cases", "those",
                          "them", "everyone", "all"})
# "5 % of invasive bog-worm infections": the figure is a share among that group.
_OF_GROUP = re.compile(r"\s*(?:%|percent|per cent)?\s*of\s+(?:all\s+)?(?:the\s+)?"
                       r"(?P<mods>(?:[\w-]+\s+){1,5}?)(?P<noun>cases|infections|episodes|"
                       r"admissions)\b", _I)
_NOT_A_GROUP = re.compile(r"(?:reported|new|confirmed|diagnosed|these|such|its|their|"
                          r"those|all|other|\d\S*)$", _I)


def _of_group(sentence: str, end: int, topic_words: tuple[str, ...]) -> str | None:
    """Return the group a figure is a share of, when named by its kind of cases.

    Cases named by the topic ("10 % of zoster episodes", one of its names
    shortened) are everyone's, no subgroup.
    """
    m = _OF_GROUP.match(sentence, end)
    mods = m["mods"].strip().lower() if m else ""
    if m is None or _NOT_A_GROUP.match(mods) or any(
            w and (mods in w or w in mods) for w in topic_words):
        return None
    return f"{m['mods'].strip().lower()} {m['noun'].lower()}"


# ("of children", "of adults" and "of patients" alone are often everyone the page is about.)
_OF_PEOPLE = re.compile(
    r"\s*(?:%|percent\b|per cent\b)?\s*of\s+(?:all\s+)?(?:the\s+)?"
    r"(?P<g>(?:(?!(?:all|the|these|those|such|them|people|patients|with|who)\b)[\w-]+\s+){1,2}?"
    r"(?:people|patients|children|kids|adults|women|men|girls|boys|babies|infants)"
    r"|(?:(?!(?:all|the|these|those|such|them|people|patients|with|who)\b)[\w-]+\s+){0,2}?"
    r"(?:women|men|girls|boys|babies|infants|newborns|teenagers|adolescents|survivors|smokers|"
    r"users|workers|travell?ers|athletes|recipients|carriers|residents))"
    r"\b(?!\s+(?:with|who|in|aged|over|under|of)\b)", _I)
# "one in five people over 50": the people of an age a figure is about.
# ("children younger than 5" after a rate is left as the rate's "children".)
_PEOPLE_AGED = re.compile(rf"\b(?:{_POP_NOUN})\s+(?:(?:aged\s+)?(?:over|under|above|below)\s+"
                          rf"\d{{1,3}}|aged\s+(?:between\s+)?\d{{1,3}}(?:\s*(?:to|-|–|and)\s*"
                          rf"\d{{1,3}}|\s+(?:and|or)\s+(?:over|older|above|under|younger))?)"
                          # ("babies under 6 months old": the unit, when it is not years)
                          rf"(?:\s+(?:months?|weeks?)(?:\s+old)?)?"
                          rf"\b(?![.,]?\d|\s*(?:%|percent|per cent))", _I)
# "In children, the death rate is below 5 %": a group named by one word ("people" and
# "patients" are everyone; "in adults" sets them apart from children as "in children" does).
_BARE_WHO = (r"(?P<who>children|kids|infants|babies|newborns|toddlers|women|men|girls|boys|adults|"
             r"teenagers|adolescents|the elderly|pregnant women|older people|elderly people|"
             r"older adults)\b(?!\s+(?:with|who|of|aged|over|under)\b)")
# "Among women aged 15 to 44, ...": a group named by its ages, leading the sentence.
_AGED_LEAD = re.compile(rf"\W*(?:in|among|for)\s+(?:the\s+)?(?P<who>(?:[\w-]+\s+)?{_POP_NOUN}\s+"
                        r"aged\s+\d{1,3}(?:\s*(?:to|-|–|and)\s*\d{1,3})?(?:\s+years?)?"
                        r"(?:\s+(?:and|or)\s+(?:over|older|under|younger))?)\s*,", _I)
_BARE_GROUP = re.compile(rf"\b(?:in|among)\s+(?:the\s+)?{_BARE_WHO}", _I)
# (Or with no comma before the rate it leads: "In children the death rate is 5 %".)
_BARE_LEAD = re.compile(rf"\W*(?:in|among)\s+(?:the\s+)?{_BARE_WHO}\s*(?:,|(?=the\s+(?:[\w-]+\s+)?"
                        r"(?:rates?|risk|mortality|survival|prevalence|incidence)\s+(?:is|was)\b))",
                        _I)
# "Mortality in the elderly is 30 %": the group named right after the rate's own word.
_RATE_IN_GROUP = re.compile(
    r"\b(?:mortality|death rates?|fatality rates?|case fatality|survival|survival rates?|incidence|"
    r"prevalence|recovery rates?|relapse rates?|recurrence rates?|"
    # ("the rate of death is much higher in babies, at 40 %")
    r"(?:rates?|risk|odds|chances?) of (?:death|dying|survival|surviving|recovery|recovering|"
    r"relapse|recurrence))\s+"
    r"(?:(?:rates?|is|was|are|were|much|far|even|slightly|considerably|better|worse|"
    rf"higher|lower|highest|lowest|rises|falls)\s+)*(?:in|among)\s+(?:the\s+)?{_BARE_WHO}", _I)
# One is in every match of _RATE_IN_GROUP (see caseless.lacks): a figure whose sentence holds
# none skips its search, and finding the figure before it.
_RATE_IN_GROUP_WORDS = ("mortality", "death rate", "fatality", "survival", "incidence",
                        "prevalence", "recovery rate", "relapse rate", "recurrence rate",
                        "of death", "of dying", "of recovery", "of relapse", "of recurrence",
                        "of surviv", "of recovering")
_KIN_WORDS = ("origin", "descent", "ancestry", "heritage", "background")


# "children of Japanese ancestry", "people of South Asian origin": a group by descent.
_ANCESTRY = re.compile(rf"\b(?P<noun>{_POP_NOUN}) of (?P<what>(?:[\w/-]+ ){{1,4}}?)"
                       rf"(?P<kin>origin|descent|ancestry|heritage|background)\b", _I)


# "Of those who survive, 30 % ...", "25 % of people who survived need ...": the survivors.
_WHO_SURVIVE = re.compile(rf"\b{_POP_NOUN}\s+(?:who|that)\s+(?:have\s+|had\s+)?"
                          rf"(?:survive|survived)\b", _I)


# Survivors named right after a figure: "1 in 7 survivors", "10 % of the survivors".
_SURVIVORS_NEXT = re.compile(r"\s*(?:%|percent\b|per cent\b)?\s*(?:of\s+(?:the\s+|all\s+|"
                             r"those\s+)?)?survivors\b", _I)


def _after_previous(sentence: str, start: int) -> int:
    """Return where the figure before the one at ``start`` ends (0 if none)."""
    ends = _figure_ends(sentence)
    i = bisect_right(ends, start)
    return ends[i - 1] if i > 0 else 0


def _survivors(sentence: str, start: int, end: int, hi: int) -> bool:
    """Return whether the figure at ``start:end`` counts survivors ("of those who survive").

    Looked for from the figure before this one's end (a lead "Of those who
    survive," is this figure's; "30 % die; of those who survive, ..." is not
    the 30 %'s) to the end of the figure's clause.
    """
    if not _says(sentence, ("surviv",)):
        return False
    if _SURVIVORS_NEXT.match(sentence, end):
        return True  # "one in seven survivors", "10 % of survivors"
    lo = _after_previous(sentence, start)
    who = _first(_WHO_SURVIVE, sentence, lo, min(hi, _next_figure(sentence, end)))
    # ("25 % die, and those who survive have ...": the survivors are the next clause's)
    return who is not None and not (who.start() >= end and _first(
        _NEXT_CLAUSE, sentence, end, who.start()) is not None)


# Where a sentence's next clause starts: ", and those who survive ...".
_NEXT_CLAUSE = re.compile(r"[,;]\s+(?:and|but|while|whereas|although|though)\b|;", _I)


# "30-70 % in the streptococcal form", "for the milder type", "in severe cases": a subtype
# or a stage of the condition is who the figure counts, a subgroup like any other.
_FORM_WORDS = ("form", "type", "variant", "case", "disease", "stage", "illness", "infection")
_FORM_GROUP = re.compile(
    r"\b(?:in|for|among|with|of)\s+(?:the\s+|its\s+|this\s+|a\s+)?"
    r"(?P<x>(?:(?!(?:the|a|an|this|that|these|all|most|many|some|other|such|its|their|"
    r"reported|new|confirmed|diagnosed|rare|a few|few)\b)[\w-]+\s+){1,2}?)"
    r"(?P<noun>forms?|types?|variants?|subtypes?|cases|disease|stages?|illness|infections?)\b",
    _I)
# The stage or severity words a group of cases is named by ("severe cases", "late disease").
_GRADE = re.compile(r"(?:severe|serious|mild|milder|moderate|complicated|uncomplicated|advanced|"
                    r"late|early|chronic|acute|invasive|localised|localized|disseminated|"
                    r"untreated|treated|fulminant|recurrent)$", _I)


# A stage or grade named by its number: "in stage III", "for grade 2 disease", "Stage I:".
_STAGE = r"(?P<x>(?:stage|grade|class|phase)\s+(?:[IVX]{1,4}|[1-9])[a-c]?)\b"
_STAGE_GROUP = re.compile(rf"\b(?:in|for|among|with|of)\s+(?:(?:people|patients|those)\s+with\s+)?"
                          rf"(?:the\s+)?{_STAGE}", _I)
_STAGE_LEAD = re.compile(rf"\W*{_STAGE}\s*(?::|[-–—])", _I)
_STAGE_WORDS = ("stage", "grade", "class", "phase")
# "in the case of blood poisoning", "in cases of shock": the cases the figure is among.
_IN_CASES_OF = re.compile(r"\b(?:in|among|for)\s+(?:the\s+)?cases?\s+of\s+(?:an?\s+|the\s+)?"
                          r"(?P<x>(?!(?:it|this|these|them)\b)[\w'-]+(?:\s+[\w'-]+){0,3}?)"
                          r"(?=\s*(?:[,.;:()]|$)|\s+(?:and|or|but|while|who|which|than)\b)", _I)


def _form_group(sentence: str, lo: int, hi: int,
                topic_words: tuple[str, ...]) -> re.Match[str] | None:
    """Return where the figure's clause names a subtype or stage as its group, if it does.

    A word before "form", "type", "variant" or "subtype" names a subtype
    ("the streptococcal form"); before "cases", "disease", "stage", "illness"
    or "infection" only a stage or severity word does ("severe cases", "late
    disease"), as "reported cases" or "skin infection" are no subgroup.
    """
    for m in _FORM_GROUP.finditer(sentence, lo, hi):
        x = re.sub(r"\s+", " ", m["x"]).strip().lower()
        noun = m["noun"].lower()
        kind_noun = noun.rstrip("s") in ("form", "type", "variant", "subtype")
        if _names_topic(x, topic_words) or re.fullmatch(r"[\d.,]+", x):
            continue
        if kind_noun or _GRADE.search(x) or _NUMBERED_KIND.fullmatch(x):
            return m  # ("in type 2 disease": the kind named by its number, too)
    return None


# A word before the topic's name that makes it a form of the topic: "streptococcal",
# "early disseminated", "recurrent", "untreated" (adjectives by their ending, or a grade).
_FORM_ADJ = re.compile(r"(?:[\w-]*(?:al|ic|ac|ar|ous|ive|ent|ant|ary|ile|ed)|severe|mild|early|"
                       r"late|"
                       r"chronic|acute|recurrent|fulminant|juvenile|adult|childhood|infant|"
                       # ("zorbacillus <topic>", "strep <topic>": the form a germ causes)
                       r"staph|strep|[\w-]*(?:coccus|cocci|bacillus|bacter|monas|virus))", _I)
_NOT_FORM_ADJ = re.compile(r"(?:diagnosed|confirmed|reported|suspected|called|named|caused|"
                           r"developed|had|acquired|described|defined|known|related|affected|"
                           r"associated|involved|untreated|treated|typical|general|usual|"
                           r"actual|potential|clinical|medical|special|overall|total|several|"
                           r"different|significant|frequent|recent|current|patient|parent|"
                           r"like|need|used|based|"
                           # ("90 % survive <topic>": a verb, no form of it)
                           r"survive|receive|give|live|arrive|involve|"
                           # ("one in five severe X patients": the ratio's base, no form)
                           r"one|two|three|four|five|six|seven|eight|nine|ten|every|each)", _I)
_TOPIC_LEAD = re.compile(r"\W*(?:in|for|among|with)\s+[^,;:]{3,60},", _I)
# A lead naming the form of the topic by its cause: "For the type caused by germ G,".
_FORM_CAUSED_LEAD = re.compile(r"\W*(?:in|for|among|with)\s+(?:the\s+)?(?:types?|forms?|kinds?|"
                               r"cases?)\s+(?:caused by|due to)\s+(?:the\s+)?(?:germ\s+|"
                               r"bacterium\s+|bacteria\s+)?(?P<x>[\w -]{3,40}?)\s*,", _I)
_PUNCT_SPLIT = re.compile(r"[,;:()]")


def _topic_form(text: str, lo: int, hi: int, topic_words: tuple[str, ...]) -> str | None:
    """Return "<modifier> <topic>" when ``text[lo:hi]`` names a form of the topic.

    "Mortality is 30-70 % in streptococcal <topic>": the figure is the
    streptococcal form's, a subgroup, not everyone's.  Only adjective-like
    words count as a modifier, so "people get <topic>" names no form.
    """
    low = text.lower()
    for w in topic_words:
        if not w:
            continue
        i = low.find(w, lo, hi)
        while i >= 0:
            named = _form_named(low[max(lo, i - 40):i], w, topic_words)
            if named is not None and (i + len(w) >= len(low) or not low[i + len(w)].isalnum()):
                return named
            i = low.find(w, i + 1, hi)
    return None


# A form named by its number or letter right before the topic's name (lower case: the
# text was lowered): "type ii", "type 1", "group a".
_NUMBERED_FORM = re.compile(
    r"\b(?P<n>(?:type|group|class|subtype)\s+(?:i{1,3}|iv|[1-4]|[a-d]))\s+$")


@lru_cache(maxsize=4096)
def _form_named(before: str, w: str, topic_words: tuple[str, ...]) -> str | None:
    """Return "<modifier> <w>" when the words ``before`` the topic's name ``w`` make it a
    form of the topic, else None.

    Memoised: a run-on sentence's figures read overlapping stretches, each
    passing the same names.
    """
    numbered = _NUMBERED_FORM.search(before)
    if numbered is not None:  # "type II <topic>", "group A <topic>": a numbered form
        return f"{numbered['n']} {w}"
    # (Only words right before the name: "Each year, <topic>" names no form.)
    mods = re.findall(r"[\w-]+", _PUNCT_SPLIT.split(before)[-1])[-2:]
    keep: list[str] = []
    for word in reversed(mods):
        if _FORM_ADJ.fullmatch(word) and not _NOT_FORM_ADJ.fullmatch(word):
            keep.insert(0, word)
        else:
            break
    named = f"{' '.join(keep)} {w}"
    if keep and not any(t == named or t.endswith(f" {named}") for t in topic_words):
        # ("bacterial <x>" is no form of the topic when the topic is "bacterial <x>")
        return named
    return None


def _is_topic_form(name: str, topic_words: tuple[str, ...]) -> bool:
    """Return whether ``name`` is just a form of the topic: "pulmonary <topic>"."""
    bare = re.sub(r"^(?:the|an?)\s+", "", name.strip().lower())
    return _topic_form(bare, 0, len(bare), topic_words) == bare


_GROUP_OF_PREVIOUS = re.compile(r"\s*(?:%|percent|per cent)?\s*(?:in|among|of|for)?\s*"
                                r"(?:the\s+|all\s+)?", _I)
# What is left of a group cut before the next figure: "with shock and" is "with shock".
_DANGLING_JOIN = re.compile(r"(?:\s+(?:and|or|but|while|whereas|vs\.?|versus|compared with|"
                            r"in|among|of|to))+\s*$", _I)


def _group_near(search: Callable[[int, int], re.Match[str] | None], sentence: str, start: int,
                end: int, lo: int, hi: int) -> re.Match[str] | None:
    """Return the group a figure names: after it (before the next figure), else before it.

    "Mortality is 10 % among infants and 30 % among the elderly": each figure's
    group follows it, so the group before the 30 % is the 10 %'s, and a group
    right after the figure before is that figure's.  A group that holds the
    figure's own words ("in about two-thirds of people") is none.
    """
    after = search(end, min(hi, _next_figure(sentence, end)))
    if after is not None:
        return after
    m = search(lo, start)
    previous = _after_previous(sentence, start)
    if m is not None and previous > lo and m.start() >= previous and \
            _GROUP_OF_PREVIOUS.fullmatch(sentence, previous, m.start()):
        return None
    return m


# "50 % in those not treated", "of people who are not treated": the untreated, said right
# after the figure (a group before it may be another figure's: "in treated patients").
_NOT_TREATED_NEXT = re.compile(r"\s*(?:%|percent\b|per cent\b)?\s*(?:in|among|of|for)\s+"
                               r"(?:the\s+)?(?:those|people|patients|cases|children|adults)\s+"
                               r"(?:who\s+(?:are|were)\s+|that\s+(?:are|were)\s+)?"
                               r"not\s+(?:treated|given treatment)\b", _I)


# Care given late, who a figure counts: "if surgery is delayed", "with delayed treatment",
# "a delay in diagnosis".
_CARE_NOUN = r"(?:surgery|treatment|diagnosis|therapy|antibiotics)"
_DELAYED_CARE = re.compile(rf"\b(?:if|when|where|once)\s+(?:the\s+)?(?P<x>{_CARE_NOUN})\s+"
                           rf"(?:is|are)\s+delayed\b|\b(?:with|after)\s+(?:a\s+)?(?:delayed\s+"
                           rf"(?P<y>{_CARE_NOUN})|delay\s+in\s+(?P<z>{_CARE_NOUN}))\b"
                           # ("Delays in surgery raise the death rate to 70 %")
                           rf"|^\W*(?:any\s+)?delays?\s+in\s+(?:the\s+)?(?P<w>{_CARE_NOUN})\b",
                           _I)


def _treatment_group(sentence: str, lo: int, hi: int, own: tuple[int, int]) -> str | None:
    """Return "untreated", "without treatment" or "treated" as the sentence says of a
    figure in the clause ``sentence[lo:hi]`` (``own``: between the figures either side).

    The untreated are named anywhere in the sentence ("Without treatment, it kills
    1 in 3": the lead is a clause of its own), unless the figure's own clause (or its
    own stretch between figures) says its people were treated and the untreated are
    another's ("15 % die despite treatment; without treatment, nearly all die", "20 %
    even with treatment, and 80 % without").
    """
    untreated = _first(_UNTREATED, sentence, 0, len(sentence))
    none = _first(_NO_TREATMENT, sentence, 0, len(sentence)) if untreated is None else None
    if none is not None and not own[0] <= none.start() < own[1] and \
            not none.group(0).lower().startswith(("without", "with no")):
        # ("Spontaneous remission occurs in 60 %, while it becomes chronic in 30 %": how the
        # remission comes, not a group the other clause's figure is of)
        none = None
    other = untreated or none
    treated = _first(_TREATED, sentence, lo, hi)
    if other is not None and treated is not None:
        for a, b in ((lo, hi), own):
            if a <= treated.start() < b and not a <= other.start() < b:
                return "treated"
    if other is not None:
        return "untreated" if untreated is not None else "without treatment"
    return "treated" if treated is not None or _TREATED_LEAD.match(sentence) else None


# "people aged over 70", "patients aged ≥65 years": an age naming the group is no other figure.
# ("people with stage 4 disease": a stage's number names the group too)
_GROUP_AGE = re.compile(rf"(?:\baged|{_AGE_CMP}|\b(?:stage|grade|class|type|phase))\s*"
                        rf"(?:{_AGE_CMP}\s*)?$", _I)


def _figure_in_group(rest: str) -> re.Match[str] | None:
    """Return the first figure in the words after a group's noun, its ages left out.

    "in those with shock and 5 % in others": the group ends before the 5 %; "for
    people aged over 70" keeps its 70, which says who they are (cut there, the
    group was "people aged over").
    """
    for m in _FIGURE_TOKEN.finditer(rest):
        if "%" in m.group(0) or "per" in m.group(0).lower() or \
                _GROUP_AGE.search(rest, 0, m.start()) is None:
            return m
    return None


def _population_in(sentence: str, end: int, lo: int, hi: int,
                   topic_words: tuple[str, ...], start: int | None = None) -> str | None:
    """Return the subgroup named in the figure's own clause, ``sentence[lo:hi]``."""
    pop = None
    start = end if start is None else start
    if _survivors(sentence, start, end, hi):
        return "survivors"
    if _says(sentence, (" not ",)) and _NOT_TREATED_NEXT.match(sentence, end):
        return "untreated"  # "..., compared with 50 % in those not treated"
    kin = _first(_ANCESTRY, sentence, lo, hi) if _says(sentence, _KIN_WORDS) else None
    if kin is not None:
        return f"{kin['noun']} of {kin['what']}{kin['kin']}".lower()
    # (Before the figure, but not the group said right after the figure before it: "30 % in
    # those with shock and 5 % in others" gives the 5 % no group of the 30 %'s.)
    m = _first(_POPULATION, sentence, end, hi)
    if m is not None and (m.start() > _next_figure(sentence, end) or _first(
            _NEXT_CLAUSE, sentence, end, m.start()) is not None):
        # ("25 %, and those who survive ...": the group is the next clause's)
        # "20 %, compared with 50 % in those with shock": the group is the 50 %'s
        m = _first(_POPULATION, sentence, lo, start)
    elif m is None:
        m = _first(_POPULATION, sentence, lo, hi)
        before = _after_previous(sentence, m.start()) if m is not None else 0
        if m is not None and before > lo and m.start() < start and \
                _GROUP_OF_PREVIOUS.fullmatch(sentence, before, m.start()):
            m = None  # right after the figure before: that figure's group
    if m and len(m.group("rest").split()) <= 12:
        rest = m.group("rest")
        other = _figure_in_group(rest)  # "in those with shock and 5 % in others": no further
        if other is not None:
            rest = _DANGLING_JOIN.sub("", rest[:other.start()])
        pop = normalise_population(m.group("noun"), rest)
    aged = _first(_PEOPLE_AGED, sentence, lo, min(hi, _next_figure(sentence, end))) \
        if pop is None and _says(sentence, _AGE_WORDS) else None
    if aged is not None:
        pop = re.sub(r"\s+", " ", aged.group(0).lower())
        if aged.start() >= end:
            # ("12 % of men aged 70 to 79": "men aged 70-79", as _aged_groups writes a band
            # after its figure)
            pop = _BAND.sub(r"\1-\2", pop)
    if (pop is None or len(pop.split()) < 2) and _says(sentence, _SUBGROUP_WORDS):
        # Not past the next figure: "12 % of ... compared with 3 % in controls" (the 3 %'s).
        g = _group_near(lambda a, b: _first(_SUBGROUP, sentence, a, b), sentence, start, end,
                        lo, hi)
        if g and not _NOT_ADJECTIVE.match(g.group("adj")):
            pop = f"{g.group('adj').strip().lower()} {g.group('noun').lower()}"
    if pop is None and _says(sentence, _PEOPLES_HINTS):  # "among African Americans"
        # (Searched as written, not in the lower-cased twin: the capital says it is a people.)
        people = _group_near(lambda a, b: _PEOPLES_GROUP.search(sentence, a, b), sentence,
                             start, end, _after_previous(sentence, start), hi)
        if people is not None:  # (one word is enough: "Scandinavians" is a group)
            return re.sub(r"\s+", " ", people["who"].lower())
    if pop is None and _says(sentence, _FORM_WORDS):
        form = _group_near(lambda a, b: _form_group(sentence, a, b, topic_words), sentence,
                           start, end, lo, hi)
        if form is not None:
            pop = " ".join((*form["x"].lower().split(), form["noun"].lower()))
    if pop is None and _says(sentence, _STAGE_WORDS):
        # "in stage III, 10-20 % resolve", "40-70 % for stage II", "Stage I: 60-90 %"
        stage = _group_near(lambda a, b: _first(_STAGE_GROUP, sentence, a, b), sentence,
                            start, end, lo, hi) or _STAGE_LEAD.match(sentence)
        if stage is not None:
            pop = re.sub(r"\s+", " ", stage["x"].lower())
    if pop is None and _says(sentence, ("case of", "cases of")):
        # "up to 40 % in the case of blood poisoning": the cases with that, a subgroup
        of_cases = _group_near(lambda a, b: _first(_IN_CASES_OF, sentence, a, b), sentence,
                               start, end, lo, hi)
        if of_cases is not None and not any(w and w in of_cases["x"].lower()
                                            for w in topic_words):
            pop = " ".join([*of_cases["x"].lower().split(), "cases"])
    if pop is None and topic_words:  # (none given: a figure about another thing)
        pop = _of_group(sentence, end, topic_words)
    if pop is None and topic_words:  # "In streptococcal <topic>, mortality is 50 %"
        pop = _topic_form(sentence, lo, min(hi, _next_figure(sentence, end)), topic_words)
        led = _BARE_LEAD.match(sentence) if pop is not None else None
        if led is not None and led.end() <= start:
            # "In children, acute <topic> affects 8 in 100,000": the children's figure (the
            # form is what they have)
            pop = led["who"].lower()
        if pop is None and lo > 0:  # (a lead phrase before the clause: "In late <topic>, ...")
            lead = _TOPIC_LEAD.match(sentence)
            pop = _topic_form(sentence, 0, lead.end(), topic_words) if lead else None
        caused = _FORM_CAUSED_LEAD.match(sentence) if pop is None and _says(
            sentence, ("caused by", "due to")) else None
        if caused is not None and caused.end() <= start:
            # "For the type caused by germ G, the death rate is 3 %": the form G causes
            pop = f"{caused['x'].strip().lower()} {topic_words[0]}"
    if pop is not None and topic_words and " with " in pop:
        pop = _without_topic(pop, topic_words)
    if pop is not None:
        low = pop.lower()
        if (len(pop.split()) < 2 or (any(w and w in low for w in topic_words)
                                     and _topic_form(low, 0, len(low), topic_words) is None)
                or _WHO_HAVE_IT.search(low)):
            pop = None  # "people with <the topic>" is the overall figure, not a subgroup
    era = _BEFORE_CARE.match(sentence) if pop is None and sentence[:12].lower().lstrip(
        " -•*").startswith("before ") else None
    if era is not None and era.end() <= start:
        # "Before antibiotics were available, up to a third died": those of that time
        return f"before {era['x'].lower()}"
    if pop is None and _says(sentence, ("delay",)):
        late = _first(_DELAYED_CARE, sentence, 0, len(sentence))
        if late is not None:  # "If surgery is delayed, mortality rises to 70 %"
            return f"delayed {(late['x'] or late['y'] or late['z'] or late['w']).lower()}"
    if pop is None and not caseless.lacks(sentence, _TREATMENT_WORDS):
        care_group = _treatment_group(sentence, lo, hi, (
            max(lo, _after_previous(sentence, start)), min(hi, _next_figure(sentence, end))))
        if care_group is not None:
            return care_group
    care = (_first(_WITH_CARE, sentence, lo, hi) or _CARE_LEAD.match(sentence)) \
        if pop is None and _says(sentence, _CARE_WORDS) else None
    if care is not None:  # "with early surgery, mortality falls to 10 %": those so treated
        return re.sub(r"\s+", " ", care["care"].lower())
    no_care = _first(_NO_CARE, sentence, lo, hi) if pop is None and _says(
        sentence, _CARE_WORDS) else None
    if no_care is not None:  # "in those who do not have surgery, nearly all die"
        return f"without {no_care['what'].lower()}"
    lands = _first(_LANDS_GROUP, sentence, lo, hi) if pop is None and _says(
        sentence, ("countries", "nations", "regions")) else None
    if lands is not None and _CASES_FOUND_BEFORE.search(sentence, max(0, lands.start() - 40),
                                                        lands.start()):
        lands = None  # "19 per 100,000, with most cases occurring in developing countries"
    if lands is not None:  # "in developing countries": a group of places, not one country
        return re.sub(r"\s+", " ", lands["x"].lower())
    of = _OF_PEOPLE.match(sentence, end) if pop is None else None
    if of is not None:  # "12 % of pregnant women", "10 % of hospitalised patients": a group
        group = re.sub(r"\s+", " ", of["g"].lower())
        if not any(w and w in group for w in topic_words):
            return group
    if pop is None and _says(sentence, ("aged",)):
        aged_lead = _AGED_LEAD.match(sentence)
        if aged_lead is not None and aged_lead.end() <= start:
            # "Among women aged 15 to 44, the incidence is 3 per 100,000": those women
            return re.sub(r"\s+", " ", aged_lead["who"].lower())
    if pop is None:  # "In children, ..." opening the clause, or "... 5 % in children"
        bare = _BARE_LEAD.match(sentence, lo) or _first(
            _BARE_GROUP, sentence, end, min(hi, _next_figure(sentence, end))) or (None if (
                caseless.lacks(sentence, _RATE_IN_GROUP_WORDS)) else _first(
            _RATE_IN_GROUP, sentence, max(lo, _after_previous(sentence, start)), start))
        pop = bare["who"].lower() if bare is not None else None
    if pop is not None and _says(sentence, _HIGHER_WORDS):
        higher = _first(_HIGHER_IN, sentence, end, len(sentence))
        if higher is not None and pop in higher["who"].lower():
            return None  # "10-20 %, and higher in older people": theirs is another figure
    return pop


def _without_topic(pop: str, topic_words: tuple[str, ...]) -> str:
    """Return a group with "with <the topic>" cut when the rest still names a group.

    "people admitted to hospital with <topic>" are the hospital's patients; "people with
    <topic>" alone is everyone (left for the caller to drop).
    """
    for w in topic_words:
        cut = re.sub(rf"\s+with\s+(?:the\s+)?{re.escape(w)}\b", "", pop, flags=_I).strip()
        if w and cut != pop.strip() and cut and not _EVERYONE.fullmatch(cut):
            return cut  # ("children with <topic>": the children)
    return pop


# A group a figure is compared with after it: "Mortality is 10-20 %, and higher in older
# people", "(sometimes higher in the elderly)".
_HIGHER_IN = re.compile(r"\b(?:higher|lower|greater|worse|better|more common|less common|"
                        r"highest|lowest)\s+(?:still\s+)?(?:in|among|for)\s+"
                        r"(?P<who>[^,.;:()]{2,40})", _I)
_HIGHER_WORDS = ("higher", "lower", "greater", "worse", "better", "common", "highest", "lowest")


# ("black people", "older adults": a group named by a word before its noun.)
_GROUP_ADJ = r"(?:(?:black|white|older|younger|elderly|young|pregnant|obese)\s+)?"
# ("African American men", "Caucasian women": a people's name before the noun.)
_NAMED_PEOPLE = (rf"(?-i:(?!(?:The|A|An|These|Those|This|That|Most|Many|Some|All|Both|Such|"
                 rf"Other|Few|In|Among|For|Of|And|But|Only|Even)\b)[A-Z][a-z]+"
                 rf"(?:\s+[A-Z][a-z]+)?)\s+{_POP_NOUN}")
_GROUP = re.compile(rf"\b(?:{_NAMED_PEOPLE}|{_PEOPLES}|{_GROUP_ADJ}{_POP_NOUN})\b", _I)
def _sex_ratio(m: re.Match[str], sentence: str) -> Figure | None:
    """Return "the male-to-female ratio is 3:1" as how many times likelier men are.

    >>> [(f.measure.value, f.measure.population) for f in find_figures(
    ...     "The male-to-female ratio is about 3:1.")]
    [(3.0, 'men vs women')]
    """
    lead = m["lead"] or m["lead2"] or m["lead4"] or m["lead6"] or m["lead7"]
    if lead:
        # "a 2:1 female predominance": women twice as likely as men
        a = _SEX[lead.lower()]
        b = "men" if a == "women" else "women"
        first = next(g for g in ("x2", "x3", "x4", "x6", "x7") if m[g])
        x, y = float(m[first]), float(m[first.replace("x", "y")])
        measure = Measure(kind="relative_risk", value=round(x / y, 9) if y > 0 else math.inf,
                          unit="ratio", bound=_bound(sentence, m.start(first), m.end()),
                          population=f"{a} vs {b}")
        return Figure(measure, m.start(), m.end()) if x > 0 and y > 0 else None
    a_word = (m["a"] or m["a2"] or m["a5"] or m["a8"]).lower()
    b_word = (m["b"] or m["b2"] or m["b5"] or m["b8"]).lower()
    a, b = _SEX.get(a_word) or _SEX_LETTER[a_word], _SEX.get(b_word) or _SEX_LETTER[b_word]
    x, y = float(m["x"] or m["x5"] or m["x8"]), float(m["y"] or m["y5"] or m["y8"])
    if a == b or not (x > 0 and y > 0):
        return None
    at = next(g for g in ("x", "x5", "x8") if m[g])
    high = float(m["xh"]) if m["xh"] else None
    if high is not None and high > x:  # "2–3:1"
        measure = Measure(kind="relative_risk", low=round(x / y, 9), high=round(high / y, 9),
                          unit="ratio", bound=Bound.RANGE, population=f"{a} vs {b}")
    else:
        measure = Measure(kind="relative_risk", value=round(x / y, 9), unit="ratio",
                          bound=_bound(sentence, m.start(at), m.end()), population=f"{a} vs {b}")
    return Figure(measure, m.start(), m.end())


# ("... twice those in men": the other group after "those")
_VERSUS = re.compile(rf"\b(?:as|than|(?:those|that)(?=\s+(?:in|among|for|of)\b))\s+"
                     rf"(?:in\s+|among\s+|for\s+|of\s+)?(?:the\s+)?"
                     rf"({_NAMED_PEOPLE}|{_PEOPLES}|{_GROUP_ADJ}{_POP_NOUN})\b", _I)


def _comparison(sentence: str, context: str) -> str | None:
    """Return "women vs men" for a relative figure, taking "they" from the sentence before."""
    versus = _VERSUS.search(sentence)
    if not versus:
        return None
    other = versus.group(1).lower()
    for text in (sentence[:versus.start()], context):
        # (the group nearest the comparison: "In children, ..., and boys are affected twice
        # as often as girls" sets boys against girls)
        for g in reversed(list(_GROUP.finditer(text))):
            group = g.group(0).lower()
            if group != other and group not in ("people", "those", "cases", "individuals"):
                return f"{group} vs {other}"
    return None


# The group a relative figure is said of, with no other group named to compare it with:
# "three times higher among <people>", "4.5 times higher in men" (after the figure), or
# "Smokers are 3 times more likely", "People with diabetes have a 2-fold risk" (before it).
# ("people of African descent": a group named by its forebears)
_RISK_WHO = (rf"(?P<who>{_NAMED_PEOPLE}|{_PEOPLES}|{_GROUP_ADJ}{_POP_NOUN}"
             r"(?:\s+with\s+(?:an?\s+)?[\w'-]+(?:\s+[\w'-]+){0,2}?|\s+of\s+(?:[\w/-]+\s+){1,3}?"
             r"(?:origin|descent|ancestry|heritage)"
             # ("10 times higher for people who sleep in their lenses": who they are by a habit)
             r"|\s+who\s+(?!(?:are|is|were|was|have|has|had)\b)[\w'-]+(?:\s+[\w'-]+){0,4}?)?)")
_RISK_IN_GROUP = re.compile(rf"[^.;:()]{{0,40}}?\b(?:in|among|for)\s+(?:the\s+)?{_RISK_WHO}"
                            r"(?=\s*(?:[,.;:()]|$)|\s+(?:who|and|but|compared|than)\b)", _I)
_RISK_GROUP_LEAD = re.compile(rf"\W*(?:the\s+)?{_RISK_WHO}\s+(?:are|were|have|had)\s+"
                              r"(?:(?:about|around|roughly|nearly|almost|at least|up to|over|"
                              r"more than|an?)\s+)*$", _I)


def _risk_group(sentence: str, s: int, e: int) -> str | None:
    """Return the group a relative figure is about when it names no other to compare with."""
    lo, hi = clause_bounds(sentence, s)
    after = _RISK_IN_GROUP.match(sentence, e, max(hi, e))
    lead = _RISK_GROUP_LEAD.fullmatch(sentence, lo, s) if after is None else None
    found = after or lead
    if found is None or found["who"].lower() in ("people", "patients", "those", "cases"):
        return None
    return re.sub(r"\s+", " ", found["who"].lower())


# "Vaccines cut the risk by 50 %": a relative risk of 1 - 0.5, for what the clause names first.
_RISK_CUT = re.compile(r"(?:^|[,;:] )(?:the |an? )?(?P<subject>[\w'-]+(?: [\w'-]+){0,4}?) "
                       r"(?:can |may |will |could |also )?(?:reduces?|cuts?|lowers?|decreases?)"
                       r" (?:the |your |a person's )?(?:risk|chance|likelihood)(?: of [\w' -]+?)?"
                       r" by (?:about |around |up to |roughly |approximately |nearly |over |"
                       r"more than )?$", _I)
# "Smoking raises the risk of it by 50 %": a relative risk of 1.5.
_RISK_RAISE = re.compile(r"(?:^|[,;:] )(?:the |an? )?(?P<subject>[\w'-]+(?: [\w'-]+){0,4}?) "
                         r"(?:can |may |will |could |also )?(?:increases?|raises?|boosts?)"
                         r" (?:the |your |a person's )?(?:risk|chance|likelihood|odds)"
                         r"(?: of [\w' -]+?)? by (?:about |around |up to |roughly |"
                         r"approximately |nearly |over |more than |as much as )?$", _I)
_RISK_RAISE_WORDS = ("increas", "raise", "boost")


# The events a period may time, by the names given them here: each is a thing of its own,
# whatever a phrase filter makes of a bare "diagnosis".
EVENT_NAMES = frozenset(name for name, _ in _EVENTS)


# "Eye involvement occurs in 10 % of cases": the figure is how often the thing named
# before it happens.
_OCCURS_BEFORE = re.compile(r"(?:^|[,;:] |\b(?:and|but|that) )(?:the |an? )?"
                            # ("X is uncommon, and affects 1 in 10,000": no "and" is a thing)
                            r"(?!(?:and|but|or|yet|so|then|where|when)\b)"
                            # ("X (shown by pain and vomiting) occurs in 5 %": the gloss is X's;
                            # "X, a rare complication, is thought to affect ...": X's too)
                            # ("X, jerky movements that cannot be stopped, develops in 10 %")
                            # ("X, most often deafness, occurs in 25 %": examples of X)
                            r"(?P<x>[\w'-]+(?: [\w'-]+){0,4}?)(?: \([^()]{1,80}\),?|, (?:an?|the) "
                            r"[^,;:()]{2,50},|, [^,;:()]{2,40}? (?:that|which) [^,;:()]{2,40},|"
                            # ("X, which shows as blood in the urine, occurs in 40 %")
                            r", (?:which|that) [^,;:()]{2,60},|"
                            r", (?:most often|most commonly|usually|mainly|especially|such as|"
                            r"including|for example|like) [^,;:()]{2,40},)? "
                            r"(?:(?:can|may|might|will|could|also|usually|often|only|"
                            # "X is thought to affect 3 in 100,000"
                            r"(?:is|are|was|were) (?:estimated|thought|believed|said|known|"
                            r"reported|expected|likely) to|"
                            # "a fever is common and occurs in 20 %", "fevers are common,
                            # affecting 20 %"
                            r"(?:is|are) (?:very |quite |fairly )?(?:common|uncommon|rare|"
                            r"frequent)(?: and|,))"
                            r" )*"
                            r"(?:(?:occur(?:s|red)?|happen(?:s|ed)?|"
                            r"develop(?:s|ed)?|appear(?:s|ed)?|affect(?:s|ed)?|"
                            # ("kidney stones form in 10 %", "a clot arises in 5 %")
                            r"form(?:s|ed)?|arise[sd]?|arose|emerge[sd]?|"
                            # ("lasting weakness remains in up to 30 %": how many keep it)
                            r"remain(?:s|ed)?|persist(?:s|ed)?|linger(?:s|ed)?|"
                            # "The lungs are affected in 90 %", "a fever is present in 80 %"
                            r"(?:(?:is|are|was|were|be|been) )(?:(?:clinically )?(?:evident|"
                            r"apparent|recogni[sz]ed)|seen|found|"
                            r"(?P<inv>affected|involved)|present|observed|noted|reported|"
                            # "surgery is needed in 70 %", "cultures are positive in 60 %"
                            r"detected|needed|required|necessary|performed|"
                            # ("the germ was isolated in 40 %")
                            r"isolated|identified|cultured|grown|"
                            r"(?P<res>positive|negative|abnormal|normal|raised|elevated)|"
                            # ("fever is absent in 40 %": no fever)
                            r"(?P<nil>absent|missing|lacking))"
                            # "arthritis is a major manifestation (of X) in 92 %", "fever is
                            # the first sign in 80 %"
                            r"|(?:is|are|was|were) (?:an? |the )?(?:(?:major|common|main|usual|"
                            r"typical|first|key|frequent|presenting|classic|early|initial|"
                            r"leading|most common) )*(?:manifestation|feature|sign|symptom|"
                            # ("blood poisoning is a complication in 10 %")
                            r"finding|complaint|complication|outcome|cause)s?"
                            r"(?: of [\w' -]{1,40}?)?) "
                            # ("shock is present at diagnosis in 50 %", "pain is reported
                            # by 70 %")
                            r"(?:(?:at|on) (?:diagnosis|presentation|admission|onset) )?"
                            r"(?:in|among|by) "
                            # "Eye problems affect 25 % of people": the people are its object
                            r"|affect(?:s|ed|ing)? )"
                            # ("a rash is seen in most patients (90 %)": the share in brackets)
                            r"(?:(?:most|many|some|nearly all|almost all|the majority of)\s+"
                            r"(?:patients|people|cases|children|adults)\s*\(\s*)?"
                            rf"{_SAID_SO}?$", _I)
# "It is associated with diabetes in up to 50 % of cases": how often the diabetes comes with it.
_IT_WITH_X_IN = re.compile(r"\b(?:it|this|the (?:condition|disease|illness|infection|syndrome))\s+"
                           r"(?:is|was)\s+(?:often\s+|commonly\s+|also\s+|frequently\s+)?"
                           r"(?:associated|linked)\s+with\s+(?:an?\s+|the\s+)?"
                           r"(?P<x>[\w'-]+(?: [\w'-]+){0,3}?)\s+in\s+"
                           rf"{_SAID_SO}?$", _I)
# "The risk of lasting pain in people with it is 10-18 %": how often the lasting pain comes.
_RISK_OF = re.compile(
    r"\b(?:risk|chance|likelihood|odds)\s+(?:of|for)\s+(?:developing\s+|getting\s+|having\s+)?"
    r"(?:an?\s+|the\s+)?(?P<x>[\w'-]+(?: [\w'-]+){0,4}?)"
    # ("the risk of death is in the range of 50-70 %": no group named "the range")
    r"(?:\s+(?:in|among|for)\s+(?!the (?:range|region|order)\b)[^,.;:]{1,50}?)?"
    r"\s+(?:(?:is|was|are|were)(?: in the (?:range|region|order) of)?|of|stands at|reaches)\s+"
    r"(?:about |around |approximately |roughly |"
    r"up to |over |under |less than |more than |nearly |almost |some |as high as |between )?$",
    _I)
# "The risk of heart damage falls to 5 %", "treatment lowers the risk of X to about 5 %":
# how often X comes, said as the risk moving to the figure.
_RISK_TO = re.compile(
    r"\b(?:risk|chance|likelihood|odds)\s+(?:of|for)\s+(?:developing\s+|getting\s+|having\s+)?"
    r"(?:an?\s+|the\s+)?(?P<x>[\w'-]+(?: [\w'-]+){0,4}?)\s+(?:(?:falls?|fell|drops?|dropped|"
    r"rises?|rose|goes (?:up|down)|went (?:up|down)|increases?|increased|decreases?|decreased|"
    r"is (?:reduced|cut|lowered|raised)|(?:has|have) (?:fallen|dropped|risen|increased|"
    r"decreased)|)\s*)(?:from\s+[^,;:]{1,25}?\s+)?to\s+(?:about |around |approximately |roughly |"
    r"under |less than |below |just |nearly |almost |over |more than )?$", _I)
_PCT_MORE_RISK = re.compile(r"\s*(?:%|percent\b|per cent\b)?\s*(?P<d>higher|greater|increased|"
                            r"raised|elevated|lower|reduced|decreased|smaller)\s+(?:risk|chance|"
                            r"likelihood|odds)\b", _I)
# "It often causes hearing loss, affecting 1 in 10 patients", "heart damage is the main
# complication, developing in 25 %": a participle after a comma says how often the thing
# named before the comma comes.
_PARTICIPLE_LEAD = re.compile(
    r"(?P<head>[^,;:()]{2,120}),\s*(?:affecting|seen in|occurring in|developing in|found in|"
    rf"present in|reported in|happening in|appearing in)\s+{_SAID_SO}?$", _I)
_PARTICIPLE_WORDS = ("affecting", "seen in", "occurring in", "developing in", "found in",
                     "present in", "reported in", "happening in", "appearing in")
_LINK_VERB = re.compile(r"\s(?:is|are|was|were|causes?|caused|includes?|included|"
                        r"leads? to|led to|results? in)\s", _I)
_GENERIC_HARM = re.compile(r"(?:(?:the|a|an|its|one)\s+)?(?:(?:main|most common|commonest|common|"
                           r"serious|rare|usual|major|important|frequent|first|typical)\s+)*"
                           r"(?:complications?|problems?|symptoms?|signs?|features?|effects?|"
                           # ("Diabetes is the most common risk factor, present in 40 %")
                           r"findings?|risk factors?|underlying causes?|causes?)", _I)


# A stretch before a comma that is no noun phrase: "In adults, seen in 20 %", "However, ...".
_NOT_NP_LEAD = re.compile(r"(?:in|among|for|with|of|at|on|by|from|to|however|but|and|or|"
                          r"although|though|while|whereas|when|if|as|overall|rarely|often|"
                          r"usually|sometimes|occasionally|typically)\b", _I)


# "X is uncommon, occurring in 5 %": how common X is, said before the participle.
# ("X is the most common, found in 60 %": how common, said as a rank)
_HOW_COMMON_ADJ = re.compile(r"(?:(?:very|quite|fairly|relatively|rather)\s+|(?:the\s+)?(?:most|"
                             r"least)\s+)?(?:common|uncommon|rare|frequent|infrequent|unusual)|"
                             r"(?:the\s+)?(?:commonest|rarest)", _I)


def _named_before_comma(sentence: str, s: int, topic_words: tuple[str, ...]) -> str | None:
    """Return the thing a participle after a comma gives the figure of, if one is named."""
    m = _before(_PARTICIPLE_LEAD, _PARTICIPLE_WORDS, sentence, s, 180)
    if m is None:
        return None
    head = f" {m['head'].strip()} "
    verbs = list(_LINK_VERB.finditer(head))
    if not verbs:
        # "Skin changes, seen in 25 % of people, include bumps": the noun phrase itself
        x = _bare_np(m["head"].strip())
        return x if x and len(x.split()) <= 4 and not _NOT_NP_LEAD.match(x) and \
            not _NOT_A_THING.match(x) and not _GENERIC_HARM.fullmatch(x) and \
            not _names_topic(x.lower(), topic_words) else None
    verb = verbs[-1]  # the last verb before the comma
    before, after = (_bare_np(x) for x in (head[:verb.start()], head[verb.end():]))
    if verb.group(0).strip().lower() in ("is", "are", "was", "were"):
        # "a common complication is X", "X is the main complication": the one not generic
        if _GENERIC_HARM.fullmatch(before) and not _GENERIC_HARM.fullmatch(after):
            x = after
        elif (_GENERIC_HARM.fullmatch(after) or _HOW_COMMON_ADJ.fullmatch(after)) and \
                not _GENERIC_HARM.fullmatch(before):
            x = before  # ("Nerve damage is uncommon, occurring in under 5 %")
        else:
            return None
    else:
        x = after  # "it often causes hearing loss, affecting ...": what it causes
    if not x or len(x.split()) > 5 or _NOT_A_THING.match(x) or _GENERIC_HARM.fullmatch(x) or \
            _names_topic(x.lower(), topic_words) or _TOPIC_NOUN.fullmatch(x):
        return None
    return x


# "the condition", "this illness": the topic named by a common noun, not a thing of its own
# ("The condition is rare, affecting 1 in 100,000 people" is how common the topic is).
_TOPIC_NOUN = re.compile(r"(?:(?:the|this|that)\s+)?(?:condition|disease|illness|infection|"
                         r"syndrome|disorder)", _I)


# "Kidney failure is a serious complication (10 % of cases)", "Heart problems affect a few
# patients (about 5 %)", "Skin peeling occurs in most patients, about 80 %", "- Hearing loss,
# in about 1 in 20 patients": a sign or harm named before the figure's bracket or comma.
_HARM_LEAD = re.compile(
    rf"(?P<head>[^,;:()]{{2,120}}?)\s*(?P<gap>\(\s*(?:(?:seen |present |found )?in\s+|"
    rf"affecting\s+)?|,\s*(?:(?:seen |present |found )?in\s+)?){_SAID_SO}?$", _I)
_SOME_HAVE_IT = re.compile(
    r"\W*(?:the\s+|an?\s+)?(?P<x>[\w' -]{2,40}?)\s+(?:(?:is|are)\s+(?:seen|found|present)\s+in|"
    r"affects?|occurs?\s+in|develops?\s+in|happens?\s+(?:in|to))\s+(?:only\s+)?"
    r"(?:a minority of|a small number of|a few|some|many|most|the majority of|nearly all|"
    r"almost all)\s+(?:of\s+)?(?:the\s+)?(?:patients|people|cases|children|adults)", _I)
_FIGURE_ALONE_AFTER = re.compile(r"\s*(?:%|percent\b|per cent\b)?\s*(?:(?:of\s+)?(?:all\s+)?"
                                 r"(?:the\s+)?(?:cases|patients|people|children|adults)\s*)?"
                                 # ("fever, in 90 % of people, and a rash, in 80 %": an aside)
                                 r"(?:\)|[.;,]|$)", _I)


# "Signs include fever": the list's first item comes after its verb.
_INCLUDES = re.compile(r"\s(?:includes?|included|including|such as)\s+", _I)


def _harm_before(sentence: str, s: int, e: int, topic_words: tuple[str, ...]) -> str | None:
    """Return the sign or harm a figure alone in brackets (or after a comma) gives the
    frequency of, named before it as the topic's complication or as affecting some
    patients; None for a subtype's share ("Type 2 is rarer (10 % of cases)")."""
    if _FIGURE_ALONE_AFTER.match(sentence, e) is None:
        return None
    lead = _HARM_LEAD.search(sentence, max(0, s - 140), s)
    if lead is None:
        return None
    head = lead["head"].strip()
    some = _SOME_HAVE_IT.fullmatch(head)
    x: str | None = None
    if some is not None:
        x = _bare_np(some["x"])
    elif lead["gap"].startswith(","):
        listed = _INCLUDES.search(head)
        if lead["gap"].rstrip().endswith("in") and not _LINK_VERB.search(f" {head} "):
            # "- Hearing loss, in about 1 in 20 patients"; "..., and a rash, in about 80 %"
            x = _bare_np(_JOIN_LEAD.sub("", head.lstrip(" -•*\t")))
        elif lead["gap"].rstrip().endswith("in") and listed is not None:
            x = _bare_np(head[listed.end():])  # "Signs include fever, in about 90 %"
    else:
        verbs = list(_LINK_VERB.finditer(f" {head} "))
        if verbs and verbs[-1].group(0).strip().lower() in ("is", "are", "was", "were"):
            before, after = (_bare_np(y) for y in (f" {head} "[:verbs[-1].start()],
                                                    f" {head} "[verbs[-1].end():]))
            if _GENERIC_HARM.fullmatch(after) and not _GENERIC_HARM.fullmatch(before):
                x = before  # "Kidney failure is a serious complication (10 %)"
    if not x or len(x.split()) > 4 or _NOT_A_THING.match(x) or _NOT_NP_LEAD.match(x) or \
            _GENERIC_HARM.fullmatch(x) or _names_topic(x.lower(), topic_words):
        return None
    return x


# "... is a rash.": what a generic head ("the first sign is") names after its verb.
_THING_AFTER_LINK = re.compile(r"\s+(?:usually\s+|often\s+)?"
                               r"(?:an?\s+|the\s+)?(?P<x>[\w'-]+(?: [\w'-]+){0,3}?)"
                               r"\s*(?:[,.;:()]|$)", _I)


_ENDS_IN_LINK = re.compile(r"\b(?:is|are|was|were)$", _I)


def _named_after_link(rest: str) -> str | None:
    """Return the thing named right after a link verb that ends a generic head's clause."""
    m = _THING_AFTER_LINK.match(rest)
    if m is None or _NOT_A_THING.match(m["x"]) or _CAUSE_UNSAID.fullmatch(m["x"]) or \
            _STATE_SAID.fullmatch(m["x"]) or _HOW_COMMON_ADJ.fullmatch(m["x"]):
        return None  # ("the cause is unknown", "the first sign is common": no thing named)
    return m["x"]


def _bare_np(text: str) -> str:
    """Return a noun phrase without its leading article or adverbs."""
    return re.sub(r"^(?:(?:the|an?|its|their|often|also|usually|sometimes|can|may)\s+)+", "",
                  text.strip(), flags=_I).strip()


# A figure's own risk of a thing named after it: "a 25 % risk of heart damage".
_RISK_AFTER = re.compile(
    r"\s*(?:%|percent\b|per cent\b)?\s*(?:lifetime\s+|overall\s+|higher\s+|increased\s+)?"
    r"(?:risk|chance|likelihood|probability)\s+(?:of|for)\s+(?:developing\s+|getting\s+|"
    r"having\s+)?(?:an?\s+|the\s+)?(?P<x>[\w'-]+(?: [\w'-]+){0,3}?)"
    r"(?=\s*(?:[,.;:()]|$)|\s+(?:in|among|for|if|when|with|without|after|within|by|over|"
    r"during|and|or|unless)\b)", _I)
_RISK_AFTER_WORDS = ("risk", "chance", "likelihood", "probability")
# "X cut the frequency of bulges to under 3 %": how often the bulges come (among those given X).
_RATE_OF = re.compile(
    r"\b(?:frequency|incidence|rates?|proportion|share)\s+of\s+(?:an?\s+|the\s+)?"
    r"(?!(?:up|about|around|approximately|roughly|nearly|almost|over|under|less|more|between|"
    r"just|some)\b)(?P<x>[\w'-]+(?: [\w'-]+){0,4}?)\s+(?:(?:has |have )?(?:fallen|dropped|fell|"
    r"declined|gone down|went down|decreased)\s+)?(?:to|is|was|of|stands at)\s+(?:about |around |"
    r"approximately |roughly |up to |under |less than |below |fewer than |nearly |almost |"
    r"just )?$", _I)
_RATE_WORDS = ("frequency", "incidence", "rate", "proportion", "share")
# "The amputation rate is 20 %": how often the thing the rate is named by happens.
_NAMED_RATE = re.compile(
    r"(?:^|[,;:]\s*|\b(?:the|an?|its|their|overall)\s+)(?!(?:the|an?|its|their)\b)"
    r"(?P<x>[\w'-]+(?: [\w'-]+)?) rates?(?:\s*:\s*| "
    r"(?:(?:is|was|are|were|of|stands at|reaches|reached|ranges? from|varies from|has been|"
    r"have been)\s+)?)(?:reported (?:as|at|to be)\s+)?"
    rf"{_SAID_SO}?$", _I)
# Rates whose name is a quantity, or no thing that happens to a share of people.
_NOT_NAMED_RATE = re.compile(
    r"(?:.*\s)?(?:mortality|death|fatality|survival|recovery|relapse|recurrence|incidence|"
    r"prevalence|infection|attack|response|success|cure|remission|birth|heart|pulse|breathing|"
    r"respiratory|growth|sedimentation|error|detection|positivity|carriage|transmission|case|"
    r"occurrence|annual|yearly|high|low|higher|lower|baseline|same|crude|false|true|this|that|"
    r"these|overall|average|mean|median|such|"
    # ("studies report rates of 10 %": a verb before the rate, no name of it)
    r"reports?|reported|shows?|showed|suggests?|suggested|gives?|quotes?|quoted|cites?|"
    r"estimates?|have|has|had|with)", _I)


# "the mortality rate of X is": the rate of an outcome (its kind) within X, not X's rate.
_OUTCOME_BEFORE_RATE = re.compile(r"\b(?:mortality|death|fatality|survival|recovery|cure|"
                                  r"remission|relapse|recurrence)\s+$", _I)
# "patients with ...", "children who ...": the people the rate is counted among.
_PEOPLE_LEAD = re.compile(rf"(?:the\s+|those\s+)?(?:{_POP_NOUN})\b", _I)


def _outcome_rate(found: re.Match[str]) -> bool:
    """Return whether a "rate of X" match is named by an outcome ("the death rate of X")."""
    return found.re is _RATE_OF and bool(_OUTCOME_BEFORE_RATE.search(
        found.string, max(0, found.start() - 20), found.start()))


def _named_rate(sentence: str, s: int) -> re.Match[str] | None:
    """Return the rate named by a thing right before the figure ("the amputation rate is")."""
    m = _before(_NAMED_RATE, (" rate",), sentence, s, 80)
    return None if m is None or _NOT_NAMED_RATE.fullmatch(m["x"]) else m
_GIVEN = re.compile(
    r"(?:^|[,;:]\s*)(?:\w+ly,\s*)?(?:(?:a|an|the)\s+)?"
    r"(?:(?:course|regimen|combination|dose) of\s+)?"
    r"(?P<x>[\w'-]+(?: [\w'-]+){0,5}?)\s+(?:reduces?|reduced|lowers?|lowered|cuts?|decreases?|"
    r"decreased|brings? down|brought down)\s+the\s+(?:frequency|incidence|rates?|risk|number)\b"
    r"|\b(?:following|after|since)\s+(?:the\s+)?(?:introduction|use|arrival) of\s+"
    r"(?P<y>[\w'-]+(?: [\w'-]+){0,5}?)(?=\s*(?:[,.;:(]|$))", _I)


def _given(sentence: str, start: int) -> str | None:
    """Return "treated with X" for a rate X brought down ("X cut the rate of Y to 3 %")."""
    m = _first(_GIVEN, sentence, 0, len(sentence))
    if m is None:
        return None
    what = (m["x"] or m["y"]).strip()
    return None if _NOT_A_THING.match(what) else f"treated with {what}"
# "In 70 % of cases, a burning pain comes first": the thing the rest of the clause names.
# ("in 9 out of 10 cases the rash fades": the whole's "of" is the ratio's own; the comma
# may be left out when no "there" or "it" opens the rest.)
_IN_CASES_THEN = re.compile(r"^\s*(?:%|percent|per cent)?\s*(?:of\s+)?(?:all\s+)?(?:the\s+)?"
                            r"(?:[\w'-]+\s+){0,3}?(?:cases|patients|people|time)"
                            r"(?:\s+(?:in|among)\s+[\w' -]{1,30}?)?"
                            # ("in 50-60 % of cases of the illness, joint swelling occurs")
                            r"(?:\s+of\s+[\w' -]{1,30}?(?=\s*,))?"
                            r"(?:\s*(?P<comma>,)\s*|\s+(?!(?:there|it|this|they|that|is|are|was|were|"
                            r"in|of|with|who|which|and|or)\b))(?:the |an? )?"
                            r"(?P<x>(?:no )?[\w'-]+(?: [\w'-]+){0,3}?)"
                            r"(?:\s+(?:and/or|and|or)\s+[\w'-]+(?: [\w'-]+){0,2}?)? "
                            r"(?:is|are|occurs?|happens?|"
                            r"develops?|appears?|comes?|precedes?|starts?|begins?|can|may|will|"
                            r"goes|go|gets?|becomes?|spreads?|causes?|leads?|has|have|shows?|"
                            r"involves?|affects?|persists?|remains?|recurs?|"
                            r"returns?|were|was|must|might|could|should)\b"
                            # ("in 1 in 3 cases, the skin is affected": skin involvement)
                            r"(?:\s+(?:also\s+)?(?P<inv>affected|involved)\b)?",
                            _I)


_YEAR = re.compile(r"\b(?:19[5-9]\d|20[0-4]\d)\b(?!\s*(?:%|percent|per cent|people|cases))")
_YEAR_WORDS = ("19", "20")  # (a year's first two digits are ASCII: no case, no other script)
# The word an incidence is named by outright (not a verb such as "develop").
_INCIDENCE_NAMED = re.compile(r"\b(?:incidence|rates?)\b", _I)
_RATE_WORD = re.compile(r"\b(?:rates?|incidence|yearly|annual\w*|per year|a year|each year|"
                        r"every year)\b", _I)
# ("... under 15 or over the age of 60" names a second threshold, not "15 or over".)
_AGE_AND_OLDER = re.compile(r"\s*(?:years?(?: of age| old)?\s*)?(?:and|or) (?:older|over|above|"
                            r"more)\b(?!\s+(?:the age|age|\d))", _I)
_AGE_AND_YOUNGER = re.compile(r"\s*(?:years?(?: of age| old)?\s*)?(?:and|or) (?:younger|under|"
                              r"below|less)\b(?!\s+(?:the age|age|\d))", _I)


# "women under the age of 25", "African American women ages 20-40": the group an age is
# about, named just before it.  Everyone ("people", "adults", "patients") is no group.
_AGE_WHO = re.compile(r"(?P<who>(?:(?:[A-Z][\w-]*|(?i:young|older|elderly|pregnant))\s+){0,2}"
                      r"(?i:children|kids|women|men|girls|boys|babies|infants|toddlers|teenagers|"
                      r"teens|adolescents|females|males))\s*,?\s*(?:(?i:who are|mostly|mainly|"
                      r"usually)\s+)?$")


# "It rarely affects people under 15": the ages it does affect are 15 and over.
_RARELY = re.compile(r"\b(?:rarely|seldom)\b|\b(?:rare|uncommon|unusual)\s+(?:in|among|for|"
                     r"before|under|below|over|above|after)\b", _I)
_MAINLY = re.compile(r"\b(?:mainly|mostly|usually|often|commonly|typically|chiefly|largely)\b", _I)


def _rarely(sentence: str, start: int, bound: Bound) -> Bound:
    """Return an age threshold's bound turned round when the clause calls those ages rare.

    "Rarely seen in people under 40" says the cases are 40 and over; a figure
    between the word and the age ("rare in 2 % of those under 40") keeps its own.
    """
    if bound not in (Bound.UPPER, Bound.LOWER):
        return bound
    lo = clause_bounds(sentence, start)[0]
    rare = max(_RARELY.finditer(sentence, lo, start), key=lambda r: r.start(), default=None)
    if rare is None or _PROPORTION_IN.search(sentence, rare.end(), start) \
            or _MAINLY.search(sentence, rare.end(), start):
        return bound
    return Bound.LOWER if bound is Bound.UPPER else Bound.UPPER


# "Nerve pain occurs rarely among people under 40": the ages are the nerve pain's.
_AGE_OF_THING = re.compile(
    r"^\W*(?:the |an? )?(?P<x>[\w'-]+(?: [\w'-]+){0,3}?) (?:(?:usually|mostly|mainly|rarely|"
    r"seldom|often|typically|generally|commonly|most often|can|may|tends? to) )*"
    # ("eye problems usually begin after age 50", "the lung form mostly affects people in
    # their 30s", "skin lumps are more common in women over 40", "complications are more
    # likely after 70")
    r"(?:occurs?|happens?|develops?|appears?|begins?|starts?|affects?|strikes?|"
    r"(?:is|are) (?:(?:rarely|seldom|mostly|mainly|usually|often|more|most|less|much more|far "
    r"more) )?(?:seen|found|rare|uncommon|common|likely|frequent))\b", _I)
_NOT_A_CASE = re.compile(r"(?:(?:most |many |some |all |the )?(?:it|this|they|symptoms?|"
                         r"people|patients|children|adults|women|men|girls|boys|babies|"
                         r"infants|persons|individuals|those|you)$|.*\bcases?$|"
                         r"(?:most|majority)\b|"
                         r"(?:the )?(?:peak |highest |mean |median |average |usual )?(?:incidence|"
                         r"onset|diagnosis|age(?: at (?:onset|diagnosis))?)$)", _I)


def _aged(sentence: str, start: int, topic_words: tuple[str, ...]) -> str | None:
    """Return what an age figure is about when the clause names a thing other than the topic."""
    lo = clause_bounds(sentence, start)[0]
    m = _AGE_OF_THING.match(sentence[lo:start])
    if m is None or _NOT_A_CASE.match(m["x"]):
        return None
    x = m["x"].lower()
    # ("the lung form mostly affects people in their 30s": the lung form of the topic)
    return None if _names_topic(x, topic_words) else _form_of_topic(m["x"], topic_words)


def _age_group(sentence: str, start: int) -> str | None:
    """Return the group an age figure at ``start`` is about ("women"), if one is named."""
    m = _AGE_WHO.search(sentence, max(0, start - 50), start)
    return m["who"].lower() if m else None


# ("results in 11 million deaths": a verb's "in", no part before it; a count after all)
_BASE_BEFORE = re.compile(rf"(?:\b|(?<=\d)){_NUMW}\s*(?:people\s+|persons?\s+)?(?:in|per|out of|"
                          rf"of every|in every|for every)\s+$", _I)
_MULTIPLIER = {"million": 1e6, "thousand": 1e3, "billion": 1e9}
# "14,000 cases of invasive bog-worm disease": what the cases are of.
_CASES_OF = re.compile(r"\s+of\s+(?:the\s+)?(?P<x>[\w'-]+(?:\s+[\w'-]+){0,5}?)(?=\s*(?:[,.;:()]|$)|"
                       r"\s+(?:were|are|was|is|in|per|each|a year|every|reported|occur\w*|have|"
                       r"had|between|during|from|and|develop\w*|happen\w*|aris\w*|appear\w*|"
                       r"result\w*|yearly|annually|worldwide|globally)\b)", _I)
# "3 outbreaks of X occurred": what broke out.
_OUTBREAKS_OF = re.compile(r"\s+of\s+(?:the\s+)?(?P<x>[\w'-]+(?:\s+[\w'-]+){0,4}?)"
                           r"(?=\s*(?:[,.;:()]|$)|\s+(?:were|are|was|is|in|have|has|had|happened|occurred|occur|broke|"
                           r"hit|struck|since|between|during|from|and|each|every|a year)\b)", _I)
# "44 cases reported in 2019", "300,000 cases from 1970 to 2012": the period counted.
_YEAR_SPAN = re.compile(r"\b(?:from|between)\s+(?P<a>(?:19|20)\d\d)\s*(?:to|and|-|–)\s*"
                        r"(?P<b>(?:19|20)\d\d)\b|\b(?P<c>(?:19|20)\d\d)\s*(?:-|–|to)\s*"
                        r"(?P<d>(?:19|20)\d\d)\b|\b(?:in|during)\s+(?P<y>(?:19|20)\d\d)\b(?!\s*"
                        r"(?:-|–|to)\s*\d)", _I)


# A figure of its own between a figure and a year: "12 per 100,000 in 2009, 11 per ...".
_RATE_TOKEN = re.compile(r"\d[\d,.]*\s*(?:%|percent\b|per cent\b|(?:per|in) (?:every )?\d)", _I)


def _nearest_year(sentence: str, lo: int, hi: int, s: int, e: int) -> re.Match[str] | None:
    """Return the calendar year of the figure at ``s:e`` within ``sentence[lo:hi]``.

    Pages put a figure's year after it ("150 per 100,000 children in 1995", "12 per
    100,000 in 2009, 9 in 1997") or before it ("in 2010 it was 5 %"): the first year
    after the figure, in its clause and before any other figure, else the nearest year
    before it.  A clause naming three outbreak years and then "a rate of 150 per 100,000
    children in 1995" gives 1995, not the first year it names.
    """
    _, found = _matches(_YEAR, sentence)
    inside = [m for m in found if lo <= m.start() and m.end() <= hi]
    after = next((m for m in inside if m.start() >= e), None)
    if after is not None and not any(c in sentence[e:after.start()] for c in ",;:") and \
            not _RATE_TOKEN.search(sentence, e, after.start()):
        return after
    before = [m for m in inside if m.end() <= s]
    if before:
        return before[-1]
    if after is not None and _RATE_TOKEN.search(sentence, e, after.start()):
        return None  # "0.5 per 100,000, down from 6 per 100,000 in 1980": the 6's year
    return inside[0] if inside else None


# "It kills (about) 1,000 people": a count of deaths said with the verb before it.
_KILLS_BEFORE = re.compile(rf"\b(?:kills?|killed|killing|claims?|claimed)\s+{_SAID_SO}?$", _I)


def _count(m: re.Match[str], sentence: str, bound: Bound, context: str = "") -> Figure | None:
    """Return how many a count figure says, with what it counts and over which period.

    Counts depend on the country and year a page speaks of.  A count per year
    in a named country ("about 100 cases a year in the US") is sure enough to
    compare with another such count; one over named years ("in 2019"), or
    with no country, is shown and never compared.
    """
    s, e = m.start(), m.end()
    if _BASE_BEFORE.search(sentence, max(0, s - 40), s):
        return None  # "5 in 100,000 people": the base of a ratio, not a count
    mult = _MULTIPLIER.get((m["mult"] or "").lower(), 1)
    a = parse_number(m["a"]) * mult
    if not math.isfinite(a) or a < 2 or (mult == 1 and _is_year(m["a"]) and not m["b"]):
        return None  # "1 person", or a year ("2,000 people" is a count)
    value = low = high = None
    between = _BETWEEN_AND.search(sentence, max(0, s - 40), s) if not m["b"] else None
    if m["b"]:
        low, high, bound = a, parse_number(m["b"]) * mult, Bound.RANGE
    elif between is not None and parse_number(between["x"]) * mult < a:
        # "between 10,000 and 20,000 people": a range whose first number stands alone
        low, high, bound = parse_number(between["x"]) * mult, a, Bound.RANGE
        s = between.start("x")
    else:
        value = a
    what = m["what"].lower()
    subject = None
    if what in ("deaths", "die") or what.startswith("lives") or (
            # ("40 000 cases and 1200 deaths": the cases are no deaths)
            what not in ("cases", "infections") and re.search(
                r"\b(?:die|died|deaths?)\b", sentence[e:e + 30], _I)) or _KILLS_BEFORE.search(
            sentence, max(0, s - 40), s):
        subject = "death"  # ("it kills about 1,000 people a year": the deaths it causes)
    elif what.startswith(("hospital", "admission")) or _HOSPITALISED.match(
            _A_YEAR_LEAD.sub("", sentence[e:e + 60].lstrip())) is not None:
        # ("2 million of them are admitted ...", "300 people a year are admitted to hospital")
        subject = "hospital admission"
    elif what in ("cases", "infections") and (of := _CASES_OF.match(sentence, e)) is not None:
        subject = of["x"]
    elif what in _COUNTED_PEOPLE and (care := _PEOPLE_NEED.match(
            _A_YEAR_LEAD.sub("", sentence[e:e + 80].lstrip()))) is not None:
        subject = care["x"]  # ("100 children need surgery for it each year": the surgery)
    elif what in ("epidemics", "outbreaks"):
        # "3 outbreaks of X occurred": a count of outbreaks, not of people ("of X" when said)
        of = _OUTBREAKS_OF.match(sentence, e)
        subject = f"{what} of {of['x']}" if of is not None else what
    lo, hi = _own_bounds(sentence, s, e)
    yearly = _horizon(sentence, lo, hi)
    # (Outbreaks named by their years are that many in all, not a count per year.)
    horizon = yearly or (_years_counted(sentence, lo, hi) if subject is None or
                         not subject.startswith(("epidemics", "outbreaks")) else None)
    setting = (_first(_SETTING, sentence, 0, len(sentence)) if _names_setting(sentence)
               else _country_before(sentence, context))
    where = _NATIONAL.get(what) or _LANDS.get((m["land"] or "").lower()) or (
        setting.group(1) if setting else _world(sentence))
    # "1,000 confirmed cases" counts what was recorded, a part of all cases: its own group.
    counted = f"{m['counted'].strip().lower()} {what}" if m["counted"] else (
        what if what in _COUNTED_GROUPS else None)  # ("50 children are diagnosed": children)
    measure = Measure("count", value=value, low=low, high=high, bound=bound, unit="count",
                      horizon=horizon, population=counted)
    per_year = yearly == "P12M" and where is not None
    return Figure(measure, s, e, where, subject, 0.7 if per_year else 0.45,
                  as_written=what in ("epidemics", "outbreaks"))


_LABEL_KIND = {"incidence": "incidence", "prevalence": "prevalence", "mortality": "mortality",
               "death rate": "mortality", "case fatality": "mortality",
               "case-fatality": "mortality"}


def _rate_label(m: re.Match[str]) -> Figure | None:
    """Return "Incidence per 100,000: 3.5" as a rate of 3.5 in 100,000 (an incidence over a
    year, as an incidence per head is read unless the page says otherwise)."""
    n = _base_number(m["n"])
    if n < 100:
        return None
    kind = _LABEL_KIND[re.sub(r"\s+", " ", m["label"].lower())]
    a = parse_number(m["a"]) / n
    b = parse_number(m["b"]) / n if m["b"] else None
    if b is not None and b <= a:
        return None
    measure = Measure(kind, value=None if b is not None else float(f"{a:.9g}"),
                      low=float(f"{a:.9g}") if b is not None else None,
                      high=float(f"{b:.9g}") if b is not None else None,
                      bound=Bound.RANGE if b is not None else (
                          Bound.APPROX if m["about"] else Bound.EXACT),
                      horizon="P12M" if kind == "incidence" or m["py"] else None)
    return Figure(measure, m.start(), m.end(), None, None, 0.7)


# Words without one of which no sentence says a number as an order of magnitude.
_MAGNITUDE_HINTS = ("hundreds", "thousands", "millions")
# The order of magnitude a word names: "thousands of people" are at least a thousand.
_MAGNITUDES = {"hundred": 100.0, "thousand": 1e3, "million": 1e6, "tens": 1e4,
               "hundreds of thousands": 1e5}


def _magnitude(m: re.Match[str], sentence: str, context: str = "") -> Figure | None:
    """Return "thousands of people a year" as a count of at least 1,000 (per year).

    Shown, never in a conflict: an order of magnitude is no number to compare.
    """
    q = re.sub(r"\s+", " ", m["q"].lower())
    if "hundreds of thousands" in q:
        value = _MAGNITUDES["hundreds of thousands"]
    elif q.startswith(("tens", "many tens", "several tens")):
        value = _MAGNITUDES["tens"]
    else:
        value = next(v for w, v in _MAGNITUDES.items() if w in q)
    what = m["what"].lower()
    s, e = m.start(), m.end()
    subject = "death" if what in ("deaths", "lives") or re.search(
        r"\b(?:die|died|deaths?)\b", sentence[e:e + 30], _I) or _KILLS_BEFORE.search(
        sentence, max(0, s - 40), s) else None
    lo, hi = _own_bounds(sentence, s, e)
    setting = (_first(_SETTING, sentence, 0, len(sentence)) if _names_setting(sentence)
               else _country_before(sentence, context))
    measure = Measure("count", value=value, bound=Bound.LOWER, unit="count",
                      horizon=_horizon(sentence, lo, hi),
                      population=what if what in _COUNTED_GROUPS else None)
    return Figure(measure, s, e, setting.group(1) if setting else _world(sentence), subject,
                  0.45)


_A_YEAR_LEAD = re.compile(r"^(?:(?:a|each|every|per)\s+year|annually|yearly)\s+", _I)
# People a count is of, and the care they are said to need: what the count counts.
_COUNTED_PEOPLE = frozenset({"people", "patients", "persons", "children", "adults", "babies",
                             "women", "men"})
_PEOPLE_NEED = re.compile(r"(?:(?:will|may|go on to|later|each year|every year|a year)\s+)*"
                          r"(?:need|needs|needed|require|required|undergo|underwent|receive|"
                          r"received)\s+(?:an?\s+|the\s+)?"
                          r"(?P<x>(?!it\b|this\b|them\b|treatment\b|care\b|help\b|to\b)"
                          r"[A-Za-z][\w'-]*(?:\s(?!for\b|because\b|after\b|in\b|each\b|"
                          r"every\b|a\b|and\b|or\b)[\w'-]+){0,2})", _I)
# People a count names by a group of their own, who the count is of.
_COUNTED_GROUPS = frozenset({"children", "adults", "babies", "women", "men"})


def _number_of(m: re.Match[str], sentence: str, topic_words: tuple[str, ...]) -> Figure | None:
    """Return "the number of X is (as high as) N": a count of X, shown, never compared.

    The people counted by their country ("Americans") give the setting;
    what they have, when it is not the topic, is the figure's subject.
    """
    s, e = m.start("a"), m.end()
    mult = _MULTIPLIER.get((m["mult"] or "").lower(), 1)
    value = parse_number(m["a"]) * mult
    if not math.isfinite(value) or value < 2 or (mult == 1 and _is_year(m["a"])):
        return None
    who = m["who"].strip()
    land = next((_NATIONAL[w.lower()] for w in re.findall(r"[A-Za-z]+", who)
                 if w.lower() in _NATIONAL), None)
    has = re.search(r"\b(?:with|struggling with|living with|who have|having|affected by)\s+"
                    r"(?P<x>[\w' -]{2,60}?)(?:\s+(?:relating to|related to|due to|from|caused by|"
                    r"linked to|after)\b.*)?$", who, _I)
    what = has["x"].strip() if has is not None else None
    if what is not None and any(w and w in what.lower() for w in topic_words):
        what = None
    lo, hi = _own_bounds(sentence, s, e)
    if land is None:
        place = _first(_SETTING, sentence, 0, len(sentence))
        land = place.group(1) if place is not None else None
    if m["b"]:  # "ranges from 750 to 2,800": both ends
        mult2 = _MULTIPLIER.get((m["mult2"] or m["mult"] or "").lower(), 1)
        high = parse_number(m["b"]) * mult2
        if math.isfinite(high) and high > value:
            measure = Measure("count", low=value, high=high, bound=Bound.RANGE, unit="count",
                              horizon=_horizon(sentence, lo, hi))
            return Figure(measure, s, e, land, what, 0.45)
    measure = Measure("count", value=value, bound=_bound(sentence, s, e), unit="count",
                      horizon=_horizon(sentence, lo, hi))
    return Figure(measure, s, e, land, what, 0.45)


def _count_field(m: re.Match[str], sentence: str) -> Figure | None:
    """Return an infobox's deaths (or people with it): a count, shown and never compared.

    The field gives no year span to compare by, and its number often counts
    more than the topic ("with a related illness"), so it is a candidate to
    read, not a side of a conflict.  Worldwide unless it names a country
    ("Deaths ~1,000 per year (US)"); "per year" is its period.
    """
    mult = _MULTIPLIER.get((m["mult"] or "").lower(), 1)
    a = parse_number(m["a"]) * mult
    b = parse_number(m["b"]) * mult if m["b"] else None
    if not math.isfinite(a) or (b is not None and not math.isfinite(b)):
        return None
    if m["label"].lower() == "frequency" and b is None and mult == 1 and a < 1000:
        return None  # "Frequency 5 ..." with no base is no count of people
    bound = Bound.APPROX if m["about"] else Bound.EXACT
    horizon = _horizon(sentence, m.end(), len(sentence))
    measure = (Measure("count", low=a, high=b, bound=Bound.RANGE, unit="count", horizon=horizon)
               if b is not None
               else Measure("count", value=a, bound=bound, unit="count", horizon=horizon))
    where = _first(_SETTING, sentence, 0, len(sentence)) if _names_setting(sentence) else None
    subject = "death" if m["label"].lower() == "deaths" else None
    return Figure(measure, m.start("a"), m.end(), where.group(1) if where else "worldwide",
                  subject, 0.45)


def _procedures(m: re.Match[str], sentence: str) -> Figure | None:
    """Return how many procedures a patient goes through ("need 2 to 3 operations"), as a
    count of that procedure."""
    a = parse_number(m["a"])
    b = parse_number(m["b"]) if m["b"] else None
    if not 1 <= a <= 100 or (b is not None and not a < b <= 100):
        return None
    what = m["what"].lower()
    if b is not None:
        measure = Measure("count", low=a, high=b, bound=Bound.RANGE, unit=what)
    else:
        about = (m["about"] or "").strip().lower()
        bound = (Bound.UPPER if about == "up to" else
                 Bound.LOWER if about in ("at least", "more than") or m["more"] else
                 Bound.APPROX if about else Bound.EXACT)
        measure = Measure("count", value=a, bound=bound, unit=what)
    return Figure(measure, m.start("a"), m.end(), None, what, 0.45)


def _label_count(m: re.Match[str], sentence: str) -> Figure | None:
    """Return "Deaths: about 100 a year" as a count of deaths (of cases: of the topic)."""
    mult = _MULTIPLIER.get((m["mult"] or "").lower(), 1)
    a = parse_number(m["a"]) * mult
    b = parse_number(m["b"]) * mult if m["b"] else None
    if not math.isfinite(a) or (b is not None and not math.isfinite(b)) or \
            _is_year(m["a"]) or (b is not None and b <= a):
        return None
    horizon = _horizon(sentence, 0, len(sentence))
    measure = (Measure("count", low=a, high=b, bound=Bound.RANGE, unit="count", horizon=horizon)
               if b is not None else
               Measure("count", value=a, bound=Bound.APPROX if m["about"] else
                       _bound(sentence, m.start("a"), m.end()), unit="count", horizon=horizon))
    where = _first(_SETTING, sentence, 0, len(sentence)) if _names_setting(sentence) else None
    subject = "death" if m["label"].lower() == "deaths" else None
    return Figure(measure, m.start("a"), m.end(), where.group(1) if where else None, subject,
                  0.45)


# An infobox's "Frequency" field: how common the topic is.
_FREQUENCY_FIELD = re.compile(r"^\W*Frequency\b", _I)
# An encyclopedia infobox line, label and value run together ("PrognosisMortality ~25 %",
# "Usual onset20–50 years old"): read with a space put back between them.
_GLUED_FIELD = re.compile(r"^\W*(?:Frequency|Deaths|Prognosis|Usual onset|Duration)"
                          r"(?=[A-Z0-9~≈<>≤≥(])")


_TIMES = {"once": 1.0, "twice": 2.0, "thrice": 3.0}


def _dose_rate(m: re.Match[str], sentence: str, bound: Bound,
               topic_words: tuple[str, ...]) -> Figure:
    """Return how many doses a day a medicine is taken, and of which medicine.

    Sure (0.7) when the medicine is named: two pages giving different doses a
    day for one medicine disagree.
    """
    times = _TIMES.get(m["t"].lower()) or parse_number(m["a"])
    who = _DOSED_WHO.match(sentence, 0, m.start())
    # ("People with <topic> take X twice a day": everyone with it, no group)
    population = who["who"].lower() if who is not None and not _with_the_topic(
        who["who"], topic_words) else None
    measure = Measure("count", value=times, bound=bound, unit="doses per day",
                      population=population)
    medicine = _dosed(sentence, m.start(), m.end())
    return Figure(measure, m.start(), m.end(), None, medicine, 0.7 if medicine else 0.45)


# "People who cannot close their eye may need drops 6 times a day": the dose of those people.
_DOSED_WHO = re.compile(
    rf"^\W*(?:some |most |many )?(?P<who>{_POP_NOUN} (?:who|with) (?:(?!(?:advised|told|"
    rf"asked|recommended|encouraged)\b)[^,;]){{3,60}}?)\s+"
    r"(?:may |might |will |should |can |must |often |usually |also )*"
    r"(?:need|needs|use|take|be given|are given|get)\b", _I)


def _equally(m: re.Match[str]) -> Figure:
    """Return "men and women are equally affected" as a relative risk of about 1.

    The topic's, as "women are twice as likely as men" is: the groups compared
    are the population.
    """
    first, second = ("men", "women") if m["both"] else (
        (m["g1"] or m["g3"]).lower(), (m["g2"] or m["g4"]).lower())
    measure = Measure("relative_risk", value=1.0, bound=Bound.APPROX, unit="ratio",
                      population=f"{first} vs {second}")
    return Figure(measure, m.start(), m.end(), None, None, 0.7)


_DOSE_OF = re.compile(r"\s+of\s+(?P<x>[A-Za-z][\w-]*)\b(?!\s+(?:it|them|this)\b)")
_DOSE_UNITS = {"mg": "mg", "milligram": "mg", "mcg": "mcg", "microgram": "mcg", "g": "g",
               "gram": "g", "ml": "ml", "millilitre": "ml", "milliliter": "ml"}


def _dose(m: re.Match[str], sentence: str, bound: Bound) -> Figure | None:
    """Return how much of a medicine one dose is ("prednisolone; 50mg once a day").

    Shown, never compared: a dose hangs on weight, age and the form given.
    """
    value = parse_number(m["a"])
    of = _DOSE_OF.match(sentence, m.end())
    medicine = of["x"] if of is not None else _dosed(sentence, m.start(), m.end())
    if not math.isfinite(value) or value <= 0 or medicine is None:
        return None  # "it weighs 3 g": no medicine, no dose
    unit = _DOSE_UNITS[m["u"].lower().rstrip("s")]
    measure = Measure("count", value=value, bound=bound, unit=f"{unit} per dose")
    return Figure(measure, m.start(), m.end(), None, medicine, 0.45)


# What "three stages of X" is about when X is the topic by another word.
_GENERIC_OF = re.compile(r"(?:infection|illness|disease|condition|syndrome)", _I)


def _kinds(m: re.Match[str], topic_words: tuple[str, ...]) -> Figure | None:
    """Return how many stages / types the topic has ("three stages of infection")."""
    n = parse_number(m["a"])
    if not 2 <= n <= 12:
        return None
    of = (m["of"] or "").strip().lower()
    about_topic = not of or _GENERIC_OF.fullmatch(of) or any(w and w in of for w in topic_words)
    if not about_topic or not topic_words:
        return None  # "three types of medicine": not the topic's own kinds
    name = max(topic_words, key=lambda w: (len(w), w))
    measure = Measure("count", value=n, bound=Bound.EXACT, unit="count")
    return Figure(measure, m.start("a"), m.end(), None, f"{m['what'].lower()} of {name}", 0.45)


_MONTHS_AFTER = re.compile(r"\s*months?\b", _I)
# A change said in percent: "has fallen by more than 99 %", "cases rose by 30 %" (no share).
_CHANGED_BY = re.compile(r"\b(?:decreased|declined|dropped|fallen|fell|reduced|risen|rose|"
                         r"increased|grown|grew|gone (?:up|down)|went (?:up|down)|climbed|"
                         r"doubled|halved)\s+by\s+(?:more than |over |about |around |almost |"
                         r"nearly |roughly |some |at least |up to )?$", _I)
# Before a percent that changes a risk: "raised the likelihood of a flare-up by".
_RISK_CHANGED_BY = re.compile(
    r"(?:\b(?:increases?|increased|raises?|raised|boosts?|boosted|reduces?|reduced|lowers?|"
    r"lowered|cuts?|decreases?|decreased)\s+(?:the\s+|your\s+|their\s+|a\s+person's\s+)?"
    r"(?:risk|chance|odds|likelihood|mortality|(?:death|mortality|fatality) rate)"
    r"(?:\s+of\s+[\w' -]{1,40}?)?"
    # "the risk for X is reduced by 80 %": the same change, said passively
    r"|\b(?:risk|chance|odds|likelihood)(?:\s+(?:of|for)\s+[\w' -]{1,40}?)?\s+(?:is|was|are|"
    r"were|can be|may be|will be)\s+(?:reduced|lowered|cut|decreased|increased|raised))"
    r"\s+by\s+(?:about\s+|around\s+|up to\s+|roughly\s+|nearly\s+|more than\s+|over\s+|"
    r"at least\s+|almost\s+|approximately\s+)?$", _I)
_RISK_VERB_VALUE = {"doubl": 2.0, "tripl": 3.0, "quadrupl": 4.0, "halv": 0.5}
_RISK_VERB_HINTS = tuple(_RISK_VERB_VALUE)  # (a sentence of no number may still say one)
# A clause's subject, up to its verb: after the clause's start, a comma, "that", "and".
_SUBJECT_BEFORE_VERB = (r"(?:^|[,;:] |\b(?:that|which|and|but) )(?:the |an? )?"
                        r"(?P<x>[\w'-]+(?: [\w'-]+){0,4}?) ")
# What doubles the risk: the clause's subject, right before the verb.
_RISK_VERB_SUBJECT = re.compile(
    _SUBJECT_BEFORE_VERB +
    # ("Delaying surgery by more than 24 hours doubles the risk": how long, no part of it)
    r"(?:(?:by|for) (?:more than |over |at least |just |only )?[\w-]+ (?:hours?|days?|weeks?|"
    r"months?|years?) )?"
    r"(?:(?:can|may|might|will|could|also|roughly|about|more than|nearly|almost|at least|"
    r"is thought to|is known to|appears to|seems to) )*$", _I)


# After "the risk rises five-fold": "in people who smoke", the group whose risk it is.
_RISK_RAISED_IN = re.compile(r"\s+(?:in|among|for)\s+(?:the\s+)?(?P<x>[^,.;:()]{2,50}?)"
                             r"(?=\s*(?:[,.;:()]|$)|\s+(?:than|compared|versus|vs)\b)", _I)


# Who holds a named ratio: "smoking carries a relative risk of 3", "smokers had an odds ratio".
_RATIO_HOLDER = re.compile(
    _SUBJECT_BEFORE_VERB +
    r"(?:(?:was|were|is|are) (?:associated|linked) with|carries|carried|carry|has|had|have|"
    r"gives|gave|showed|shows|confers|conferred) (?:an? |the )?(?:[\w-]+ )?$", _I)


def _risk_ratio(m: re.Match[str], sentence: str, context: str) -> Figure | None:
    """Return "an odds ratio of 2.5 for smokers" as a relative risk of 2.5, about smokers.

    A named ratio is a relative risk whatever its name (odds, hazard, rate): pages give
    all of them for "how much more likely".  Shown, never in a conflict: odds and hazards
    are not risks, and the comparison is seldom said.
    """
    value = float(m["a"])
    if not 0 < value <= 1000:
        return None
    for_whom = _RISK_RAISED_IN.match(sentence, m.end())
    holder = _RATIO_HOLDER.search(sentence, clause_bounds(sentence, m.start())[0], m.start())
    subject = for_whom["x"] if for_whom is not None else (
        holder["x"] if holder is not None and not _NOT_A_THING.match(holder["x"]) else None)
    measure = Measure("relative_risk", value=value, bound=_bound(sentence, m.start("a"), m.end()),
                      unit="ratio", population=_comparison(sentence, context))
    return Figure(measure, m.start(), m.end(), None, subject, 0.45)


def _risk_verb(m: re.Match[str], sentence: str) -> Figure | None:
    """Return "smoking doubles the risk" as a relative risk of 2, about the thing that does.

    Shown, never in a conflict: what the risk is compared against is left unsaid.
    """
    verb = (m["v"] or m["v2"] or "").lower()
    value: float | None
    if m["pc"] or m["pc2"]:  # "by 36 %": 1.36 times the risk; "cut by 40 %": 0.6 times
        change = parse_number(m["pc"] or m["pc2"]) / 100
        value = round(1 + change if m["up"] or m["up2"] else 1 - change, 9)
    else:
        value = next((x for stem, x in _RISK_VERB_VALUE.items() if verb.startswith(stem)),
                     None) if verb else parse_number(m["a"] or m["a2"])
    if value is None:
        return None
    lead = m.start()
    if not math.isfinite(value) or not 0 < value <= 1000:
        return None
    lo = clause_bounds(sentence, lead)[0]
    who = _RISK_VERB_SUBJECT.search(sentence, lo, lead) if not (m["a2"] or m["v2"]) else None
    subject = None
    if m["a2"] or m["v2"]:  # "the risk rises five-fold in smokers": the group it is raised in
        group = _RISK_RAISED_IN.match(sentence, m.end())
        subject = group["x"] if group is not None else None
    if who is not None and not _NOT_A_THING.match(who["x"]):
        subject = re.sub(r"^(?:having|being|getting|taking) (?:an? )?", "", who["x"], flags=_I)
    at = m.start("pc") if m["pc"] else m.start("pc2") if m["pc2"] else m.start()
    # ("by about 40 %": the bound is the 40's)
    measure = Measure("relative_risk", value=value, bound=_bound(sentence, at, m.end()),
                      unit="ratio")
    return Figure(measure, m.start(), m.end(), None, subject, 0.45)


_ALONE_AFTER = re.compile(r"\s*(?:[.;,](?:\s|$)|$)")
# "Mortality is around one-third.": a rate named before a fraction said alone is its whole.
_RATE_IS_BEFORE = re.compile(
    r"\b(?:mortality|death rate|fatality rate|case[- ]fatality(?: rate)?|survival(?: rate)?|"
    r"recovery rate|relapse rate|recurrence rate)\s+(?:rate\s+)?(?:is|was|of|reaches|"
    rf"approaches|stands at)\s+{_SAID_SO}?$", _I)
_IN_BEFORE = re.compile(rf"\b(?:in|among)\s+{_SAID_SO}?$", _I)


# "Symptoms usually start 3 to 30 days after the bite": how long until the illness shows, its
# onset (not how long it lasts).  The verb comes before the period, the event after it.
_ONSET_VERB = re.compile(r"\b(?:appear(?:s|ed)?|develop(?:s|ed)?|start(?:s|ed)?|begin(?:s)?|began|"
                         # ("Most people get a rash 2 to 10 days after": what they get shows)
                         r"(?<=\bpeople )get|(?<=\bpatients )get|(?<=\bchildren )get|"
                         r"forms?|formed|"
                         r"happen(?:s|ed)?|occur(?:s|red)?|show(?:s)? up|showed up|come(?:s)? on|"
                         r"came on|emerge(?:s|d)?|set(?:s)? in|"
                         # ("it usually presents 24 hours after", "signs become apparent ...")
                         r"present(?:s|ed)?|manifest(?:s|ed)?|"
                         r"(?:become|becomes|became) (?:apparent|evident|noticeable|visible))\b",
                         _I)
_AFTER_EVENT = re.compile(r"\s+(?:after|later|following|of|from)\b(?!\s+(?:age|life)\b)", _I)


def _form_lasting(fig: Figure | None, topic_words: tuple[str, ...]) -> Figure | None:
    """Return a period of a form of the topic named as that form ("the chronic form lasts
    more than 2 years", "severe cases can last 3 months": chronic / severe <topic>), as a
    share of cases of that form is."""
    if fig is None or fig.subject is None or not _A_FORM.fullmatch(fig.subject):
        return fig
    return replace(fig, subject=_form_of_topic(fig.subject, topic_words))


_A_FORM = re.compile(r"(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+forms?|(?:the\s+)?(?!(?:most|many|some|"
                     r"all|these|those|such|few|other|new|reported|confirmed|rare|the)\b)"
                     r"[\w-]+\s+cases", _I)


def _returned(fig: Figure | None, sentence: str, topic_words: tuple[str, ...]) -> Figure | None:
    """Return a period that is the time until a strength or a sense comes back, so named.

    "Taste comes back within 2 weeks", "energy takes 8 weeks to return to normal": what the
    period reader took for a relapse, the illness's own length or the thing itself is
    the time to that return ("return of taste").
    """
    if fig is None or fig.measure.kind != "duration":
        return fig
    what = returned(sentence, clause_bounds(sentence, fig.start)[0], fig.start, fig.end,
                    topic_words)
    if what is None or (fig.subject is not None and fig.subject not in EVENT_NAMES and
                        fig.subject.lower() not in what.lower()):
        return fig  # ("the rash fades before appetite returns": the rash's own length)
    return replace(fig, subject=what, as_written=True)


def _topic_onset(fig: Figure | None, sentence: str,
                 topic_words: tuple[str, ...]) -> Figure | None:
    """Return a period of the topic itself that times its onset as "<topic> onset".

    Only a period of no thing of its own (the topic's) is renamed; "the rash appears within
    3 days" is the rash's onset ("rash onset", as the period reader names "appears 3 days
    after").
    """
    if fig is None or not topic_words or (fig.subject is not None and not _ITS_SIGNS.fullmatch(
            fig.subject)):
        return fig
    within = False
    if not _AFTER_EVENT.match(sentence, fig.end):
        # "Symptoms appear within 24 hours": the onset too, the event left unsaid (for the
        # topic's own signs; "shock develops within 48 hours" is the shock's)
        within = _WITHIN_BEFORE.search(sentence, max(0, fig.start - 25), fig.start) is not None
        if not within:
            return fig
    lo = clause_bounds(sentence, fig.start)[0]
    verbs = list(_ONSET_VERB.finditer(sentence, lo, fig.start))
    if not verbs and not within:
        # "One to two weeks after it starts, the skin on the hands may peel": the time first,
        # then what shows
        then = _THEN_SHOWS.match(sentence, fig.end)
        if then is not None and not sentence[lo:fig.start].strip(" ,(").replace(
                "About", "").replace("about", "").strip():
            verb = then["v"].lower()
            x = re.sub(r"\s+(?:on|in|of|around|over)\s.*$", "", then["x"], flags=_I)
            if _ITS_SIGNS.fullmatch(x):  # "Two days after the bite, symptoms start"
                return replace(fig, subject=f"{max(topic_words, key=lambda w: (len(w), w))} "
                               "onset", as_written=True) if topic_words else fig
            if not any(w and w in x.lower() for w in topic_words):
                shows = f"{x} {_STATE_VERB_NOUN[verb]}" if verb in _STATE_VERB_NOUN else x
                return replace(fig, subject=f"{shows.lower()} onset")
    if not verbs and _ONSET_LABEL.match(sentence, 0, fig.start):  # "Onset: 3 days after ..."
        return replace(fig, subject=f"{max(topic_words, key=lambda w: (len(w), w))} onset",
                       as_written=True)
    if not verbs or _DURATION_VERB_ONLY.search(sentence, verbs[-1].end(), fig.start):
        return fig
    thing = _ONSET_THING.search(sentence, lo, verbs[-1].start())
    x = re.sub(r"^(?:the|an?|your|its|their) ", "", thing["x"], flags=_I) if thing else ""
    if PEOPLE_WHO_GET.search(sentence, lo, verbs[-1].start()):
        # "Many people develop a red rash on the leg 5 to 20 days after the bite": the rash
        # the people get is what shows then ("develop symptoms": the topic's onset)
        got = sign_people_get(sentence, verbs[-1].end(), fig.end)
        if got is None:
            return fig
        x = "" if _ITS_SIGNS.fullmatch(got) else got
    if x and not _ITS_SIGNS.fullmatch(x) and not _NOT_A_THING.match(x) and not any(
            w and w in x.lower() for w in topic_words):
        # "the rash appears within 3 days of": the rash's ("weakness on one side that
        # develops within 3 days": the words before "that" are no thing of their own)
        if within and _RELATIVE_END.search(x):
            return fig
        # ("treatment usually starts within 2 days": its start, as "should start" is)
        # ("the rash appears 3 days after the bite": the rash's onset, not how long it lasts,
        # which a page may give too and is no figure to compare with this one)
        return replace(fig, subject=f"start of {x.lower()}" if _CARE_STARTS.fullmatch(x)
                       else x if _NOT_ONSET_THING.search(x) else f"{x} onset")
    if within and not (x and _ITS_SIGNS.fullmatch(x)):
        return fig  # ("It develops within 2 weeks": no sign said to show)
    name = max(topic_words, key=lambda w: (len(w), w))
    return replace(fig, subject=f"{name} onset", as_written=True)


_RELATIVE_END = re.compile(r"\b(?:that|which|who)$", _I)
# After a time said first: "(2 weeks after it starts), the skin on the hands may peel".
_THEN_SHOWS = re.compile(r"\s+(?:after|following)\s[^,;.]{2,60},\s+(?:(?:the|your|a|an)\s+)?"
                         r"(?P<x>[\w'-]+(?:\s+[\w'-]+){0,5}?)\s+(?:(?:may|can|will|often|"
                         r"usually|then|typically|might)\s+)*(?P<v>peels?|swells?|blisters?|"
                         r"appears?|develops?|starts?|begins?|forms?|comes? on)\b", _I)
# A state verb said of a part, as the sign's noun: "the skin peels" is skin peeling.
_STATE_VERB_NOUN = {"peel": "peeling", "peels": "peeling", "swell": "swelling",
                    "swells": "swelling", "blister": "blistering", "blisters": "blistering"}
_CARE_STARTS = re.compile(r"(?:[\w-]+\s)?(?:treatment|therapy|medicines?|medication|antibiotics|"
                          r"antivirals?|steroids?|surgery)", _I)
_WITHIN_BEFORE = re.compile(r"\bwithin\s+(?:(?:about|around|roughly|the first|a few)\s+)?$", _I)
_ONSET_LABEL = re.compile(r"\W*(?:usual |typical )?onset\s*:\s*(?:usually |typically |about |"
                          r"around |within |from )?$", _I)
# The topic's own signs, or the topic said again: "early symptoms", "it", "the illness".
_ITS_SIGNS = re.compile(r"(?:(?:the|its|their|these|early|earlier|first|initial|later|late|"
                        r"main|other|most|all|any|new)\s+)*(?:symptoms?|signs?|"
                        r"signs and symptoms|symptoms and signs|it|they|this|"
                        r"(?:the )?(?:illness|infection|disease|condition))(?:\s+of\s+.*)?", _I)
# The thing right before an onset verb: "the rash (usually) appears".
# ("Peeling of the palms and soles occurs ...": the peeling, named with what it is of)
_ONSET_THING = re.compile(r"(?P<x>(?:[\w'-]+ of (?:the |your )?)?[\w'-]+(?: [\w'-]+){0,3}?) "
                          r"(?:(?:usually|often|typically|"
                          r"generally|normally|sometimes|mostly|first|can|may|will|might|could|"
                          r"tends? to) )*$", _I)


# ("symptoms start and last for 3 days": a verb of lasting nearer the period is its own)
_DURATION_VERB_ONLY = re.compile(r"\b(?:lasts?|lasting|lasted|persists?|continues?)\b", _I)


def _causing_kinds(m: re.Match[str], sentence: str,
                   topic_words: tuple[str, ...]) -> Figure | None:
    """Return how many kinds of a germ cause the topic: "<germ> species causing <topic>"."""
    n = parse_number(m["a"] or m["a2"])
    germ = re.sub(r"\s+", " ", (m["of"] or m["of2"]).strip())
    if not 2 <= n <= 1000 or not topic_words or _NOT_A_THING.match(germ) or any(
            w and w in germ.lower() for w in topic_words):
        return None
    name = max(topic_words, key=lambda w: (len(w), w))
    what = (m["what"] or m["what2"]).lower()
    start = m.start("a") if m["a"] else m.start("a2")
    measure = Measure("count", value=n, bound=_bound(sentence, start, m.end()), unit="count")
    return Figure(measure, start, m.end(), None, f"{germ} {what} causing {name}", 0.35,
                  as_written=True)


_LIST_LINKS = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", _I)


def _kinds_listed(m: re.Match[str], topic_words: tuple[str, ...]) -> Figure | None:
    """Return how many stages / types the list after "several stages:" names."""
    items = [x for x in _LIST_LINKS.split(re.sub(r"\([^()]*\)", "", m["list"])) if x.strip()]
    if not 2 <= len(items) <= 8 or any(len(x.split()) > 6 for x in items):
        return None
    of = (m["of"] or "").strip().lower()
    if of and not _GENERIC_OF.fullmatch(of) and not any(w and w in of for w in topic_words):
        return None  # "several types of medicine: ...": not the topic's own kinds
    if not topic_words:
        return None
    name = max(topic_words, key=lambda w: (len(w), w))
    measure = Measure("count", value=float(len(items)), bound=Bound.EXACT, unit="count")
    return Figure(measure, m.start(), m.end("what"), None, f"{m['what'].lower()} of {name}",
                  0.35)


def _years_counted(sentence: str, lo: int, hi: int) -> str | None:
    """Return the period a count covers when it names its years ("in 2019": P12M)."""
    span = _first(_YEAR_SPAN, sentence, lo, hi)
    if span is None:
        return None
    if span["y"]:
        return "P12M"
    first, last = int(span["a"] or span["c"]), int(span["b"] or span["d"])
    return f"P{12 * (last - first)}M" if last > first else None


# A "thing" named by a figure that is itself an outcome the figure measures.
_OUTCOME_KIND = {"remission": "recovery", "recovery": "recovery", "resolution": "recovery",
                 "death": "mortality", "dying": "mortality", "mortality": "mortality",
                 "fatality": "mortality", "fatal outcome": "mortality", "relapse": "relapse",
                 "recurrence": "relapse", "flare-up": "relapse", "flare": "relapse",
                 "survival": "survival", "improvement": "recovery",
                 # ("recurrent episodes occur in 30 %": the illness coming back)
                 "recurrent episode": "relapse", "recurrent attack": "relapse",
                 "repeat episode": "relapse", "repeat attack": "relapse",
                 "further episode": "relapse", "second episode": "relapse",
                 "second attack": "relapse", "recurrent disease": "relapse",
                 # ("the chance of surviving is 70 %", "a repeat infection happens in 30 %")
                 "surviving": "survival", "recovering": "recovery", "relapsing": "relapse",
                 "repeat infection": "relapse", "recurrent infection": "relapse",
                 "reinfection": "relapse", "recurring": "relapse"}
_IT_AGAIN = re.compile(r"(?:it|this|they|the (?:condition|disease|illness|infection|symptoms?))\s+"
                       r"(?:(?P<back>coming back|returning|recurring|happening again|again)|"
                       r"clearing up|going away|getting better)"
                       # "50 % have a second attack within a year": it comes back
                       r"|(?P<again>(?:an?\s+)?(?:second|further|repeat|new|another)\s+(?:attack|"
                       r"episode|flare(?:-up)?|bout)s?|another one)", _I)
_OUTCOME = re.compile(rf"(?:(?:complete|full|partial|spontaneous|clinical|long-term|a)\s+)?"
                      rf"(?P<w>{'|'.join(_OUTCOME_KIND)})(?:\s+(?:fully|completely))?", _I)
# A kind named by a letter or number: "type B", "type 2", "group C" ("type A" is left to the
# phrase reader, which takes its "A" for an article and keeps no name at all).
_NUMBERED_KIND = re.compile(r"(?:type|group|class|subtype|serotype)\s+(?:(?-i:[B-Z])|[IVX]{1,4}|"
                            r"\d{1,2})", _I)
_WHO_DO = re.compile(r"(?:people|patients|persons|those)\s+who\s+(?!(?:have|has|had|are|is|were|"
                     r"was)\b)", _I)
# "the proportion of people who die", "the share of patients who recover": an outcome said
# of the people it counts.
_WHO_OUTCOME = re.compile(r"(?:the\s+)?(?:people|patients|persons|those|cases|children|adults|"
                          r"individuals)\s+(?:who|that)\s+(?:\w+\s+)?(?P<v>die|dies|died|"
                          r"survive[sd]?|recover(?:s|ed)?|relapse[sd]?)", _I)
_WHO_OUTCOME_KIND = {"die": "mortality", "dies": "mortality", "died": "mortality",
                     "surv": "survival", "reco": "recovery", "rela": "relapse"}
_WHO_HAVE_X = re.compile(r"(?:the\s+)?(?:people|patients|persons|those|children|adults|"
                         r"individuals)\s+(?:who|that)\s+(?:have|has|get|gets|develop|develops|"
                         r"need|needs)\s+(?:an?\s+|the\s+)?(?P<x>[\w'-]+(?: [\w'-]+){0,3})", _I)
# An outcome and when it comes: "relapse after stopping steroids", "death within a month".
_OUTCOME_WHEN = re.compile(rf"(?P<o>(?:(?:complete|full|partial|spontaneous)\s+)?"
                           rf"(?:{'|'.join(_OUTCOME_KIND)})s?)\s+(?P<when>(?:after|following)\s+"
                           rf"[\w' -]{{2,40}})", _I)
# "Death within 48 hours occurs in half": an outcome within a period (read as the horizon).
_OUTCOME_WITHIN = re.compile(rf"(?P<o>(?:(?:complete|full|partial|spontaneous)\s+)?"
                             rf"(?:{'|'.join(_OUTCOME_KIND)})s?)\s+within\s+(?:the\s+first\s+)?"
                             r"(?:[\w-]+\s+){0,2}(?:hours?|days?|weeks?|months?|years?)", _I)
_HOURS = re.compile(rf"\b(?P<n>{_NUMW})\s+hours?\b", _I)


def _within_horizon(text: str) -> str | None:
    """Return the period of "death within 48 hours" (hours in whole days, as P2D)."""
    hours = _HOURS.search(text)
    if hours is None:
        return _horizon(text, 0, len(text))
    n = parse_number(hours["n"])
    return f"P{int(n // 24)}D" if math.isfinite(n) and n >= 24 and n % 24 == 0 else None


# "Childhood cases account for 55 %": the cases of one form of the topic.
_FORM_CASES = re.compile(r"(?:the\s+)?(?P<mod>[\w-]+(?:\s+[\w-]+)?)\s+(?:cases|forms?|episodes)",
                         _I)


def _form_of_topic(subject: str | None, topic_words: tuple[str, ...]) -> str | None:
    """Return "<modifier> <topic>" for a share subject written "<modifier> cases"."""
    if subject == "cases acquired abroad" and topic_words:
        return f"{max(topic_words, key=lambda w: (len(w), w))} acquired abroad"
    m = _FORM_CASES.fullmatch(subject.strip()) if subject and topic_words else None
    if m is None:
        return subject
    return f"{m['mod']} {max(topic_words, key=lambda w: (len(w), w))}"


# "Type 2 is rarer and is seen in 20-30 % of cases", "Type 1 infection occurs in 75 % of
# patients": a numbered kind of the illness said to be found in a share of its cases is that
# kind's share (as "Type 2 accounts for 25 %"), not how often some sign comes.
# A kind of the illness named by its number or letter: "type 2", "type II", "group C".
_KIND_BY_NUMBER = r"(?:type|group|class|subtype)\s+(?:(?-i:[A-Z])|[IVX]{1,4}|\d{1,2})"
_NUMBERED_SEEN_IN = re.compile(
    r"(?:^|[,;]\s+(?:while|whereas|and|but)\s+|\b(?:while|whereas)\s+)\W*"
    rf"(?P<x>{_KIND_BY_NUMBER}\b)"
    r"(?P<rest>(?:\s+(?!(?:is|are|was|were|occurs?|develops?|arises?)\b)[\w'-]+){0,3}?)"
    r"(?:\s*\([^()]{1,40}\))?"
    r"(?:\s+(?:is|are|was|were)\s+(?:the\s+)?(?:(?:most|more|less|least|far|much)\s+)?"
    r"(?:common|rare|rarer|frequent|usual|typical)(?:\s+(?:form|type|kind|variant))?"
    r"(?:\s+and|,))?"
    r"\s+(?:(?:is|are|was|were)\s+)?(?:(?:also|only|usually|typically|mostly|mainly|"
    r"generally)\s+)?(?:seen|found|present|diagnosed|reported|observed|occurs?|occurring|"
    r"develops?|arises?)\s+in\s+"
    rf"{_SAID_SO}?$", _I)
_NUMBERED_SEEN_WORDS = ("seen", "found", "present", "diagnosed", "reported", "observed", "occur",
                        "develop", "arise")
# Words after a numbered kind that still name the illness's own kind ("type 2 disease").
_KIND_NOUNS = frozenset({"form", "disease", "infection", "illness", "syndrome", "cases", "case"})


def _numbered_seen_in(sentence: str, s: int, topic_words: tuple[str, ...]) -> str | None:
    """Return the numbered kind whose share of cases the figure at ``s`` is, if the clause
    before it says that kind is found in it ("Type 2 is seen in 20 % of cases").

    Words after the number must name the illness itself ("type 2 disease", "type 2
    <topic>"): "Type 2 diabetes is found in 20 % of patients" is another illness they have.
    """
    if not any(w in sentence[max(0, s - 120):s].lower() for w in _NUMBERED_SEEN_WORDS):
        return None
    m = _NUMBERED_SEEN_IN.search(sentence, 0, s)
    if m is None or s - m.start() > 160:
        return None
    rest = m["rest"].strip().lower()
    if rest and rest not in _KIND_NOUNS and not (
            _names_topic(rest, topic_words) and any(w and w in rest for w in topic_words)):
        return None
    return m["x"] + (f" {rest}" if rest and rest not in _KIND_NOUNS else "")


# "0.5 per 100,000 women": the people a rate is counted among (adults are everyone a rate
# for adults is about: no subgroup).
_DENOMINATOR = re.compile(r"\s+(?:(?:in|among)\s+)?(?P<who>(?:(?!(?:in|among|of|for|with|from|"
                          r"at|to|and|or|the|are|were|is|was|be|have|had)\b)[\w-]+\s+){0,2}?"
                          r"(?:women|men|children|girls|boys|"
                          r"infants|babies|live births|births|females|males|teenagers|"
                          r"adolescents))\b", _I)


def _denominator(sentence: str, end: int) -> str | None:
    """Return the people a "1 in N" or "per N" figure counts among, unless it is everyone."""
    m = _DENOMINATOR.match(sentence, end)
    return m["who"].lower() if m else None


# Words without one of which the pattern before them cannot match: a look for a
# word is far cheaper than a search that backtracks over a phrase at every place.
_SHARE_WORDS = ("account", "represent", "responsible", "compris", "constitut", "caus", "make",
                "link", "relat", "attribut", "tied", "associat", "underlie",
                "made")
_SHARE_AROUND_HINTS = (", ", "(")
_RISK_CUT_WORDS = ("reduc", "cut", "lower", "decreas")
_OCCURS_WORDS = ("occur", "happen", "seen", "develop", "appear", "found", "affect", "present",
                 "form", "arise", "arose", "emerge", "isolated", "identified", "cultured",
                 "grown", "remain", "persist", "linger",
                 "evident", "apparent", "recogni",
                 "involved", "observed", "noted", "reported", "detected", "needed", "required",
                 "necessary", "performed", "positive", "negative", "normal", "raised", "elevated",
                 "absent", "missing", "lacking",
                 "manifestation", "feature", "sign", "symptom", "finding", "complaint",
                 "complication", "outcome", "cause")


def _before(pattern: re.Pattern[str], words: tuple[str, ...], sentence: str, start: int,
            width: int) -> re.Match[str] | None:
    """Return ``pattern`` searched in the ``width`` characters before ``start``.

    The search is skipped when none of ``words`` is there to match.
    """
    lo = max(0, start - width)
    if lo and sentence[lo - 1].isalnum() and sentence[lo].isalnum():
        # (a window that opens inside a word would read its tail as a word: "dney")
        lo = sentence.find(" ", lo, start) + 1 or start
    window = sentence[lo:start]
    if window.isascii():  # a substring test, cheaper than the hint's regex pass
        if not any(map(window.lower().__contains__, words)):
            return None
    elif not _hint(words).search(window):
        return None
    return pattern.search(window)


@lru_cache(maxsize=32)
def _hint(words: tuple[str, ...]) -> re.Pattern[str]:
    """Return one search for any of ``words`` (lower case), in any case: one look, not many."""
    return re.compile("|".join(map(re.escape, words)), _I)


_OF_AFTER = re.compile(r"\s*(?:%|percent|per cent)?\s*(?:of\b|the\b|all\b)", _I)
# "1 in 10 cases are linked to X": a ratio's base followed by the cases it counts.
_CASES_NEXT = re.compile(r"\s+(?=(?:cases|infections|episodes|diagnoses)\b)", _I)


_JOIN_LEAD = re.compile(r"^(?:while|whereas|and|but|with|although|though)\s+", _I)
# "..., while the lung form makes up 5 %": a share verb says the whole is all cases, unsaid.
_SHARE_VERB_BEFORE = re.compile(rf"\b(?:makes?|made|making) up\s+{_SAID_SO}?$|"
                                rf"\b(?:accounts?|accounted|accounting) for\s+{_SAID_SO}?$", _I)


_IS_SO_AND = re.compile(r"(?P<x>.+?)\s+(?:is|are|was|were)\s+[\w -]+?\s+and", _I)
_KIND_OF_FORM = re.compile(r"\s+(?:type|variant|kind)$", _I)


def _share(sentence: str, s: int, e: int, kind: str | None) -> tuple[str | None, str | None]:
    """Return ("share", what) when the figure is the share one thing has of another.

    "Type 2 accounts for 85 % of cases / of all diagnoses", "half of all cases
    are linked to X".  "Causes" makes a share only of cases: "smoking causes
    30 % of cases", not "... causes 30 % of people to cough".
    """
    after = sentence[e:e + 40]
    share = _before(_SHARE_BEFORE, _SHARE_WORDS, sentence, s, 80)
    if share is not None and (share["cause"] is None or _SHARE_AFTER.match(after)):
        # ("..., while the lung form makes up 5 %": the joining word is no part of it; "Type
        # I is polymicrobial and makes up 70 %": the clause's subject, before its first verb)
        said = _JOIN_LEAD.sub("", share["subject"] or share["subject2"])
        first = _IS_SO_AND.fullmatch(said) if said.endswith(" and") else None
        return "share", first["x"] if first is not None else said
    cases_are = _CASES_ARE.match(sentence[e:e + 120]) if _SHARE_AFTER.match(after) else None
    if cases_are is not None:
        if cases_are["abroad"] is not None:
            return "share", "cases acquired abroad"
        if cases_are["grade"] is not None:
            return "share", f"{cases_are['grade'].lower()} form"  # "80 % of cases are mild"
        # ("70 % of cases are the wet type": the wet form)
        return "share", _KIND_OF_FORM.sub(" form", cases_are["x"])
    cause_is = _CASES_CAUSE_IS.match(sentence, e) if "cause" in after.lower() else None
    if cause_is is not None and _CAUSE_UNSAID.fullmatch(cause_is["x"]):
        return "share", "unknown cause"  # "in 30 % of cases, the cause is not known"
    if cause_is is not None and not _NOT_A_THING.match(cause_is["x"]):
        return "share", cause_is["x"]
    caused = _CASES_CAUSED_BY.match(sentence, e) if "," in after else None
    if caused is not None and not _NOT_A_THING.match(caused["x"]):
        return "share", caused["x"]  # "in 70 % of cases, the infection is caused by X"
    again = _SHARE_AGAIN.match(sentence, e) if " by " in after or " to " in after else None
    if again is not None and not _NOT_A_THING.match(again["x"]) and \
            _CASES_ARE_BEFORE.search(sentence, 0, s):
        return "share", again["x"]
    return kind, None


# "50 % of cases are caused by A, 25 % by B and 25 % by C": the later shares say the verb
# once, with the first.
_CASES_ARE_BEFORE = re.compile(r"\b(?:cases|infections|diagnoses|episodes)\s+(?:are|were)\s+"
                               r"(?:caused by|due to|linked to|related to|the result of)\s", _I)
_SHARE_AGAIN = re.compile(r"\s*(?:%|percent\b|per cent\b)?\s*(?:\(\d+/\d+\)\s*)?(?:by|to|due to)\s+"
                          r"(?:an?\s+|the\s+)?(?P<x>[\w'-]+(?: [\w'-]+){0,4}?)"
                          r"(?=\s*(?:[,.;:(]|$|\band\b|\bor\b))", _I)


# "It's thought to", "this is estimated to": a hedge ending a phrase read as a thing.
_HEDGED_TO = re.compile(r"(?:'s|’s|\s+(?:is|are|was|were))\s+(?:thought|estimated|believed|"
                        r"said|known|reported|likely)\s+to$", _I)
# "the cause is not known", "... is unclear": no cause named.
_CAUSE_UNSAID = re.compile(r"(?:not|never)\s+(?:known|found|clear|identified)|unknown|unclear|"
                           r"uncertain", _I)
# "In about 60 % of cases, the cause is a single germ": the germ's share of cases.
_CASES_CAUSE_IS = re.compile(r"\s*(?:%|percent\b|per cent\b)?\s*of\s+(?:all\s+)?(?:the\s+)?"
                             r"cases\s*,\s*the\s+(?:main\s+|usual\s+)?cause\s+"
                             # ("the cause for X is unknown": of the illness itself)
                             r"(?:(?:of|for)\s+[\w'-]+(?:\s+[\w'-]+){0,3}?\s+)?(?:is|was)\s+"
                             r"(?:an?\s+|the\s+)?(?P<x>[\w'-]+(?: [\w'-]+){0,4}?)"
                             r"(?=\s*(?:[,.;:(]|$|\band\b|\bor\b|\bwhich\b))", _I)


# "The infection is polymicrobial in 70 % of cases", "It is mild in 80 %": a form of the
# illness, named by its adjective, and its share of the cases (not how often "it" happens).
_IS_FORM_IN = re.compile(
    r"(?:^|[,;]\s*)\W*(?P<t>[\w' -]{2,40}?)\s+(?:is|was)\s+(?:(?:usually|often|mostly|"
    r"generally|typically|only)\s+)?(?P<adj>mild|moderate|severe|chronic|acute|"
    + _NOT_A_FORM_WORD + r"[a-z][\w-]*(?:al|ic|ous))\s+in\s+"
    rf"{_SAID_SO}?$", _I)
# What "it" may be called in such a sentence, besides the topic's names.
_IT_WORDS = re.compile(r"(?:it|this|the (?:infection|illness|condition|disease|syndrome))$", _I)


def _form_in_cases(sentence: str, s: int, topic_words: tuple[str, ...]) -> str | None:
    """Return "<adjective> form" when the clause before a share of cases says the topic is
    that adjective in them ("It is mild in 80 % of cases"), else None."""
    m = _IS_FORM_IN.search(sentence, max(0, s - 90), s)
    if m is None:
        return None
    who = m["t"].strip()
    if not (_IT_WORDS.fullmatch(who) or _names_topic(who.lower(), topic_words)):
        return None  # "The rash is itchy in 90 % of cases": the rash's, not a form's
    return f"{m['adj'].lower()} form"


# "In 70 % of cases, the infection is caused by X": X's share of the cases.
# ("in 1 in 4 cases, the infection starts after surgery", "in 60 % of cases, the germs enter
# through a cut": what comes first, or the way in, is the cause whose share it is)
_CASES_CAUSED_BY = re.compile(r"\s*(?:%|percent\b|per cent\b)?\s*(?:of\s+)?(?:all\s+)?(?:the\s+)?"
                              r"cases\s*,\s*(?:(?:the\s+|this\s+)?(?:[\w'-]+\s+){0,3}?(?:is|are|was|"
                              r"were)\s+(?:(?:usually|mainly|mostly|often|typically)\s+)?"
                              r"(?:caused by|due to|the result of|triggered by)|"
                              r"(?:it|this|the (?:infection|illness|condition|disease|syndrome)|"
                              r"(?:the )?(?:germs?|bacteri(?:a|um)|virus(?:es)?))\s+"
                              r"(?:(?:usually|mainly|mostly|often|typically)\s+)?(?:(?:starts?|"
                              r"started|begins?|began|develops?|developed|comes?|came) "
                              r"(?:after|following)|follow(?:s|ed)?|(?:enters?|entered|gets? in|"
                              r"got in) (?:the body )?(?:through|via)))\s+"
                              r"(?:an?\s+|the\s+)?(?P<x>[\w'-]+(?: [\w'-]+){0,4}?)"
                              r"(?=\s*(?:[,.;:(]|$|\band\b|\bor\b|\bwhich\b))", _I)


# "X is the most common form, accounting for 70 % of cases", "type 1, which makes up 70 %":
# a share verb after a comma is said of the clause before it.
_SHARE_AFTER_COMMA = re.compile(
    r",\s*(?P<which>(?:which|that)\s+(?:(?:now|still|alone|together|probably|usually)\s+)?)?"
    r"(?:accounting for|making up|representing|comprising|constituting|causing|"
    r"accounts? for|accounted for|makes? up|made up|represents?|represented|comprises?|"
    # ("X is the main cause, responsible for 70 %")
    r"constitutes?|causes?|caused|(?:(?:is|are|was|were|being)\s+)?responsible for)\s+"
    rf"{_SAID_SO}?$", _I)
# "Type 2 is less common (10-20 % of cases)", "X accounts for most cases (70 %)": a share in
# brackets after what it is the share of.
_BRACKET_OPEN = re.compile(rf"\(\s*{_SAID_SO}?$", _I)
_BRACKET_SHARE_CLOSE = re.compile(r"\s*(?:%|percent\b|per cent\b)?\s*(?:of\s+(?:all\s+)?(?:the\s+)?"
                                  r"(?P<of>cases|diagnoses|infections|patients))?\s*\)", _I)
_MOST_CASES = re.compile(r"(?:^|\s+)\W*(?:most|the majority of|many|a minority of|some|few)"
                         r"\s+(?:of\s+)?(?:the\s+|all\s+)?(?:cases|diagnoses|infections)\s*$", _I)
# "Most patients (70 %) are women": the people a bracketed share is of, then their group.
_MOST_PEOPLE = re.compile(r"(?:^|\s+)\W*(?:most|the majority of|many)\s+(?:of\s+)?(?:the\s+)?"
                          r"(?:patients|people|those affected|persons|individuals)\s*$", _I)
_ARE_GROUP = re.compile(r"\s*(?:are|were)\s+(?:mainly\s+|mostly\s+|usually\s+)?"
                        r"(?P<g>women|men|females?|males?|girls|boys|children|adults)\b", _I)
_ARE_AGED = re.compile(r"\s*(?:are|were)\s+(?:usually\s+|mostly\s+)?(?:aged\s+)?(?:(?:between\s+)?"
                       r"(?P<lo>\d{1,3})\s*(?:and|to|-|–)\s*(?P<hi>\d{1,3})|(?P<cmp>over|under|"
                       r"above|below|older than|younger than)\s+(?P<n>\d{1,3}))(?![.,]?\d|\s*%)",
                       _I)
_MAIN_FORM_IS = re.compile(
    r"^\W*(?:the\s+)?(?:most\s+common|commonest|main|leading|usual)\s+(?:form|type|kind|cause|"
    r"variety)\s+(?:of\s+[\w' -]+?\s+)?(?:is|are|was|were)\s+(?:the\s+|an?\s+)?"
    r"(?P<x>[\w'-]+(?:\s[\w'-]+){0,4}?)\s*$", _I)
_CLAUSE_SUBJECT = re.compile(
    r"^\W*(?:(?:the|an?)\s+)?(?P<x>[\w'-]+(?:\s[\w'-]+){0,4}?)\s+(?:is|are|was|were|remains?|"
    r"(?:has|have) been)\b", _I)
_COMMON_WORDS = re.compile(
    r"\s(?:is|are|was|were)\s+(?:(?:the|by far the)\s+)?(?:(?:most|more|less|least|very|fairly|"
    r"quite|much|far)\s+)?(?:common|rare|frequent|usual|typical|prevalent)\w*"
    r"(?:\s+(?:form|type|kind|cause|one))?\s*$", _I)
# "It is slightly more common in men (55 % of cases)": the group whose share is in brackets.
_COMMONER_IN = re.compile(r"\b(?:more|less)\s+(?:common|frequent|often affected|affected)\s+"
                          r"(?:in|among)\s+(?:the\s+)?(?P<who>(?:[\w-]+\s+)?(?:men|women|males|"
                          r"females|boys|girls|children|adults|people|patients))\s*$", _I)
_LAST_NP = re.compile(r"(?:^|\s(?:is|are|was|were|includes?|called|named)\s|[,;:]\s*)"
                      r"(?:(?:the|an?)\s+)?(?P<x>[\w'-]+(?:\s[\w'-]+){0,4}?)\s*$", _I)
_NO_SHARE_SUBJECT = re.compile(r"(?:it|this|they|these|that|which|most|cases?|people|patients|"
                               r"one|others?)$", _I)


def _clause_thing(text: str, last: bool) -> str | None:
    """Return what a clause is about: "the most common form is X" gives X; else its subject
    (``last`` False) or the noun phrase it ends on (``last`` True)."""
    m = _MAIN_FORM_IS.match(text) or (
        _LAST_NP.search(text) if last else _CLAUSE_SUBJECT.match(text))
    x = m["x"].strip() if m is not None else None
    return None if not x or _NO_SHARE_SUBJECT.match(x) else x


# "Signs include fever (90 %), a rash (in 80 % of patients) and shock (70 %)": a list item
# with the share of people it comes in, in brackets after it.
_ITEM_BEFORE_BRACKET = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|or|include|includes|included|including|are|were|is|was|such as|"
    r"with)\s+)\W*(?:the |an? )?(?P<x>[\w'-]+(?: [\w'-]+){0,4}?)\s*\(\s*"
    # ("X (seen in 25 % of cases) is ...": the bracket says where the share is found)
    r"(?:(?:seen |found |present |occurring |reported |noted |observed )?in\s+)?"
    rf"{_SAID_SO}?$", _I)
_BRACKET_PEOPLE_CLOSE = re.compile(r"\s*(?:%|percent\b|per cent\b)?\s*(?:of\s+(?:all\s+)?"
                                   r"(?:the\s+)?(?:patients|people|children|adults|cases)\s*|"
                                   # ("a rare complication (1 in 1,000 cases)")
                                   r"\s*(?:cases|patients|people)\s*)?\)", _I)
_NOT_AN_ITEM = re.compile(r"(?:.*\b(?:cases?|rates?|risk|chance|incidence|prevalence|mortality|"
                          # ("Frequency: 1 in 10,000": a field's label, no thing)
                          r"frequency|occurrence|deaths?|survival|prognosis|outlook|"
                          # ("nearly all patients (95 %) have X": who, not what)
                          r"patients|people|persons|individuals|children|adults|"
                          r"proportion|share|percentage|number|most|many|some|few|forms?|types?|"
                          # ("a minority (10-20 %) develop X", "almost everyone (90 %) has X":
                          # how many, not what)
                          r"minority|majority|handful|fraction|everyone|everybody|all|"
                          r"kinds?|causes?|variants?|ones?)|(?:most|more|less|least)\b.*"
                          # ("higher in Northern Europe (5 per 100,000)": where, not what)
                          r"|(?:higher|lower|highest|lowest|commoner|rarer|in|among)\b.*)$", _I)
_ITEM_LEAD = re.compile(r"\b(?:include[sd]?|including|are|is|were|was|and|or|with|such as)\s+",
                        _I)


# "complications such as X": a generic head before the thing itself.
_SUCH_AS = re.compile(r"(?P<g>.+?)\s+(?:such as|including|like|e\.g\.,?)\s+(?=\S)", _I)
# What a thing is said to be, not a thing: "(almost always) present", "common", "seen".
_STATE_SAID = re.compile(r"(?:(?:almost|nearly|usually|often|always|typically|commonly|"
                         r"frequently|generally|very|quite|also|most|more)\s+)*"
                         r"(?:present|common|seen|found|noted|observed|reported|positive|"
                         r"abnormal|raised|elevated|absent|frequent|rare|uncommon|affected|"
                         r"involved|universal|"
                         # ("X is a rare complication (1 in 1,000)": what X is, not a thing)
                         r"(?:an? |the )?(?:(?:rare|common|uncommon|frequent|serious|major|"
                         r"usual|typical|classic|early|late|main|dreaded|recogni[sz]ed)\s+)+"
                         r"(?:complication|finding|feature|sign|symptom|manifestation|"
                         r"presentation|outcome|sequel(?:a|ae))s?)", _I)


# The thing a clause says is "common" or "a rare complication": "Brain swelling is ...".
_SAID_OF = re.compile(r"(?:^|[,;:]\s*)\W*(?:the |an? )?(?P<x>[\w'-]+(?: [\w'-]+){0,4}?)\s+"
                      r"(?:is|are|was|were)\s+(?:an?\s+|the\s+)?$", _I)


def _bracketed_item(sentence: str, s: int, e: int, topic_words: tuple[str, ...]) -> str | None:
    """Return the list item a bracketed share follows ("fever (90 %)"), if it is a thing."""
    if _BRACKET_PEOPLE_CLOSE.match(sentence, e) is None:
        return None
    m = _ITEM_BEFORE_BRACKET.search(sentence, max(0, s - 80), s)
    if m is None:
        return None
    # (the item alone: "signs include fever (90 %)" is fever)
    parts = _ITEM_LEAD.split(m["x"].strip())
    x = parts[-1].strip()
    if len(parts) > 1 and _STATE_SAID.fullmatch(x):
        x = parts[-2].strip()  # "fever is almost always present (> 90 %)": the fever
    elif _STATE_SAID.fullmatch(x):
        # "brain swelling is a rare complication (1 in 1,000)": the thing the clause is about
        said_of = _SAID_OF.search(sentence, max(0, m.start() - 60), m.start("x"))
        x = said_of["x"] if said_of is not None else ""
    low = x.lower()
    if not x or _NOT_A_THING.match(x) or _NOT_AN_ITEM.match(x) or \
            _GENERIC_AGENT.fullmatch(low) or re.search(r"\d", x) or \
            _names_topic(low, topic_words):
        return None
    return x


# A list line that is a thing and its share alone: "Skin: 25 %", "Eyes - about 20 %".
_ITEM_LINE_MARKS = (":", " - ", " – ", " — ", "\t", " | ")
# ("Skin rash<TAB>60 %", "Chronic disease | 20 %": a table's row, its cells set apart; its
# tab may come as a space: "Skin rash 60 %", a line of a few words and a share, nothing else)
_ROW_NAME_MAX = 40
_ROW_LINE = re.compile(rf"^(?!.*\b(?:is|are|was|were|be|been|has|have|had|it|this|that|they|"
                       rf"there|of|in|to|by|with|for|at|on|from|went|rose|fell|reached|about "
                       rf"the)\b)\W*[A-Za-z][\w'-]*(?: [A-Za-z][\w'-]*){{0,3}}\s+{_SAID_SO}?$", _I)
_ITEM_LINE = re.compile(r"^\W*(?P<x>[A-Za-z][\w' -]{1,40}?)\s*(?::|\s[-–—]|\t|\s\||"
                        r"(?<=[A-Za-z])\s(?=\S*$|(?:about|around|approximately|roughly|nearly|"
                        r"almost|some|just|only|up to|over|under|more than|less than|fewer than|"
                        r"at least|as many as|an estimated) \S*$))\s*"
                        # ("Blood cultures: positive in 60 %": how often the result is found)
                        r"(?:(?<=:)\s*(?P<res>positive|negative|abnormal|raised|elevated|present|"
                        r"seen|found|detected)\s+in\s+)?"
                        rf"{_SAID_SO}?$", _I)
_ITEM_LINE_END = re.compile(r"\s*(?:%|percent\b|per cent\b)?\s*(?:of\s+(?:all\s+)?(?:the\s+)?"
                            r"(?:patients|people|cases)\s*)?[\W]*$", _I)


# One item of a run set apart by semicolons: "Signs and how often: fever 90 %; rash 60 %".
_SEGMENT_ITEM = re.compile(rf"(?:[;:]\s*|^\W*)(?!.*\b(?:is|are|was|were|has|have|had|it|this|"
                           rf"they|of|in|to|by|with|for|at|on)\b)(?P<x>[A-Za-z][\w'-]*"
                           rf"(?: [A-Za-z][\w'-]*){{0,3}})\s+{_SAID_SO}?$", _I)
_SEGMENT_END = re.compile(r"\s*(?:%|percent\b|per cent\b)?\s*(?:;|\.?\s*$)", _I)


def _item_line(sentence: str, s: int, e: int, topic_words: tuple[str, ...]) -> str | None:
    """Return the thing a list line gives the share of ("Skin: 25 %"), if the line is that,
    or one item of a run of them ("fever 90 %; rash 60 %; diarrhoea 40 %")."""
    m = _ITEM_LINE.match(sentence[:s])
    if m is None or _ITEM_LINE_END.fullmatch(sentence, e) is None:
        m = _SEGMENT_ITEM.search(sentence, max(0, s - 50), s) if _SEGMENT_END.match(
            sentence, e) else None
        if m is None:
            return None
    # ("Need for intensive care: 50 %": the care needed)
    x = _NEED_FOR.sub("", m["x"].strip())
    low = x.lower()
    if not x or _NOT_A_THING.match(x) or _NOT_AN_ITEM.match(x) or _names_topic(low, topic_words):
        return None
    res = (m.groupdict().get("res") or "").lower()
    return f"{res} {x}" if res in ("positive", "negative", "abnormal", "raised", "elevated") \
        else x


_NEED_FOR = re.compile(r"^(?:the\s+)?(?:need|needs|requirement)\s+for\s+(?:an?\s+)?", _I)


def _share_around(sentence: str, s: int, e: int) -> str | None:
    """Return what a share is of when the share verb follows a comma or the figure is in
    brackets after it ("X, accounting for 70 %", "X is less common (10 % of cases)")."""
    lo = max(sentence.rfind(ch, 0, s) for ch in ".;:") + 1
    after = _SHARE_AFTER_COMMA.search(sentence, lo, s)
    if after is not None:
        return _clause_thing(sentence[lo:after.start()], bool(after["which"]))
    bracket = _BRACKET_OPEN.search(sentence, max(lo, s - 30), s)
    if bracket is None:
        return None
    close = _BRACKET_SHARE_CLOSE.match(sentence, e)
    if close is None or (close["of"] or "cases").lower() == "patients":
        return None
    head = sentence[lo:bracket.start()]
    if _MOST_PEOPLE.search(head):  # "Most patients (70 %) are women": the women's share
        are = _ARE_GROUP.match(sentence, close.end())
        if are is not None:
            return _SEX.get(are["g"].lower(), are["g"].lower())
        aged = _ARE_AGED.match(sentence, close.end())
        if aged is not None:  # "Most patients (70 %) are between 20 and 40": that age group
            if aged["lo"]:
                return f"age {aged['lo']} to {aged['hi']} years"
            side = "under" if aged["cmp"].lower() in ("under", "below", "younger than") \
                else "over"
            return f"age {side} {aged['n']} years"
    most = _MOST_CASES.search(head)
    if most is not None:  # "X accounts for most cases (70 %)"
        share = _SHARE_BEFORE.search(head[:most.start()] + " ")
        if share is not None:
            return share["subject"] or share["subject2"]
        # "Most cases (70 %) are caused by X", "... (80 %) are in children under 10"
        caused = _CASES_ARE.match(" cases" + sentence[close.end():close.end() + 120])
        if caused is not None and caused["grade"] is not None:
            return f"{caused['grade'].lower()} form"  # "Most cases (80 %) are mild"
        return caused["x"] if caused is not None else _cases_group(
            " of cases" + sentence[close.end():close.end() + 120], 0)
    group = _COMMONER_IN.search(head)
    if group is not None:
        return group["who"]  # "slightly more common in men (55 % of cases)": the men's share
    if not close["of"]:
        return None  # "(70 %)" after a thing names no share
    if _COMMON_WORDS.search(head):
        return _clause_thing(head, False)  # "Type 2 is less common (10 % of cases)"
    return _clause_thing(head, True)  # "type 2 (10 % of cases)"


# "X accounts for three quarters of all sudden rashes": the whole a share is of.
_WHOLE_OF = re.compile(r"\s*(?:%|percent\b|per cent\b)?\s*of\s+(?:all\s+)?(?:the\s+)?"
                       r"(?P<g>[\w'-]+(?: [\w'-]+){0,3}?)(?=\s*(?:[,.;:()]|$)|\s+(?:with|in|and|"
                       r"among|worldwide|who|that|which|seen|reported|diagnosed)\b)", _I)
_ANY_WHOLE = re.compile(r"(?:[\w'-]+ )*?(?:cases?|diagnoses|infections?|episodes?|patients|people|"
                        r"those|them|these|it|adults|children|persons|individuals)", _I)


def _whole_of(sentence: str, e: int, topic_words: tuple[str, ...]) -> str | None:
    """Return what a share is a share of, when that is a kind of thing ("sudden rashes").

    Cases or people of the topic are everyone's, no group.
    """
    m = _WHOLE_OF.match(sentence, e)
    # "of cases are associated with X": the whole is the cases, its verb is no part of it
    # ("of cases occur after surgery": the cases again, the verb theirs)
    g = re.split(r"\s+(?:are|is|was|were|have|has|can|may|follow|followed|occur\w*|happen\w*|"
                 r"arise|arose|start|started|begin|began)\b", m["g"], maxsplit=1)[0] \
        if m is not None else ""
    if not g or _ANY_WHOLE.fullmatch(g):
        return None
    g = g.lower()
    return None if _names_topic(g, topic_words) else g


# "80 % of cases occur before the age of 5", "half of confirmed cases are diagnosed in the
# south": the share of cases in a place or an age, not how often the topic comes.
_CASES_WHERE = re.compile(
    r"\s*(?:%|percent\b|per cent\b)?\s*of\s+(?:all\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:cases|diagnoses|infections)\s+(?:are\s+|were\s+)?(?:occur\w*|happen\w*|diagnosed|seen|"
    r"reported|found|acquired|caught|picked up)\s+(?:in|before|after|while|among|during|abroad|"
    r"outside|at|between)\b", _I)
_CASES_WHERE_NAMED = re.compile(
    r"\s*(?:%|percent\b|per cent\b)?\s*of\s+(?:all\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?P<noun>cases|diagnoses|infections)\s+(?:are\s+|were\s+)?(?P<v>occur\w*|happen\w*|"
    r"diagnosed|seen|reported|found|acquired|caught|picked up)\s+"
    r"(?P<rest>(?:in|before|after|while|among|during|abroad|outside|at|between)\b"
    r"[^,.;:()]{0,60}?)(?=\s*(?:[,.;:()]|$|\s(?:and|but|while|whereas|although|with|where|"
    r"which)\s(?!(?:[A-Z][\w-]*\s+)*(?:[A-Z][\w-]*|of\b))))", _I)
_IN_PEOPLE = re.compile(rf"(?:in|among)\s+(?:all\s+)?(?:the\s+)?(?:[\w-]+\s+)?{_POP_NOUN}\b", _I)
_PARTICIPLE = {"occur": "occurring", "occurs": "occurring", "occurred": "occurring",
               "happen": "happening", "happens": "happening", "happened": "happening"}


def _cases_where(sentence: str, e: int) -> str | None:
    """Return "cases diagnosed in the north" for "40 % of cases are diagnosed in the north".

    Only where or when the cases are found names them: "cases occur in children"
    is the children's share, read by :func:`_cases_group` before this.
    """
    m = _CASES_WHERE_NAMED.match(sentence, e)
    if m is None or _FIGURE_TOKEN.search(m["rest"]) or _IN_PEOPLE.match(m["rest"]):
        return None  # (cases "in people", "in young adults": a group's share, or none)
    verb = _PARTICIPLE.get(m["v"].lower(), m["v"].lower())
    rest = re.sub(r"\s+", " ", m["rest"]).strip()
    return f"{m['noun'].lower()} {verb} {rest}" if len(rest.split()) > 1 else None


# "80 % of cases occur before the age of 5", "half of all cases are in women", "60 % of
# patients are women": the share of all cases one group of people (or of ages) has.
_CASES_WORDS = ("case", "patient", "diagnos", "affected", " with ", " who ")
_CASES_GROUP = re.compile(
    # ("3 in 4 people with it are women": a ratio's whole needs no "of")
    rf"\s*(?:%|percent\b|per cent\b)?\s*(?:of\s+)?(?:all\s+)?(?:the\s+)?"
    rf"(?:reported\s+|diagnosed\s+|new\s+)?(?:cases|patients|diagnoses|(?:people|those) affected|"
    # "60 % of people with <the topic> are women": everyone with it, so all its cases
    rf"(?:people|patients|persons|those|children|adults)\s+(?:with|who have|who had|"
    rf"diagnosed with)\s+(?P<had>[\w'-]+(?:\s+[\w'-]+){{0,3}}?)"
    # ("over half of those who get it are under 18": everyone who gets it)
    rf"|(?:people|patients|persons|those|children|adults)\s+who\s+(?:get|have|develop|catch|"
    rf"had|got|developed|caught)\s+(?:it|this|the (?:condition|disease|illness|infection)))\s+"
    # ("1 in 3 cases occurs in children": the verb agrees with "1")
    rf"(?:(?:occurs?|are seen|are found|are diagnosed|happens?|affect|involve)\s+)?"
    rf"(?:are\s+|were\s+)?"
    # ("in people under 30": the ages are the group, as "before the age of 30" is)
    rf"(?:(?:in|among)\s+(?:people|patients|persons|those)\s+(?:aged\s+)?"
    rf"(?P<cmp2>under|over|below|above|younger than|older than)\s+(?P<n2>\d{{1,3}})"
    rf"(?:\s+years?(?:\s+old|\s+of\s+age)?)?(?![.,]?\d)"
    # ("90 % of cases happen in people aged 20 to 40": the ages are the group)
    rf"|(?:in|among)\s+(?:people|patients|persons|those|adults)\s+aged\s+(?P<lo4>\d{{1,3}})"
    rf"\s*(?:to|-|–|and)\s*(?P<hi4>\d{{1,3}})(?:\s+years?(?:\s+old|\s+of\s+age)?)?(?![.,]?\d)"
    # ("70 % of cases occur between 25 and 45 years of age")
    rf"|between\s+(?:the\s+ages?\s+of\s+)?(?P<lo5>\d{{1,3}})\s*(?:and|to|-|–)\s*"
    rf"(?P<hi5>\d{{1,3}})(?:\s+years?(?:\s+old|\s+of\s+age)?|(?<=\d)(?=\s*[,.;]|$))(?![.,]?\d)"
    rf"|(?:in|among)\s+(?:the\s+)?(?P<who>(?:[\w-]+\s+){{0,2}}?(?!(?:people|patients|"
    rf"those|cases)\b){_POP_NOUN}(?:\s+(?:under|over|aged|younger than|older than)\s+\d{{1,3}})?)"
    rf"|(?P<cmp>before|under|after|over|below|above)\s+(?:the\s+)?age\s+(?:of\s+)?"
    rf"(?P<n>\d{{1,3}})"
    # "70 % of patients are over 50"
    rf"|(?:aged\s+)?(?P<cmp3>over|under|above|below|older than|younger than)\s+"
    rf"(?P<n3>\d{{1,3}})(?:\s+years?(?:\s+old|\s+of\s+age)?)?(?![.,]?\d|\s*%)"
    # "30 % of cases are in people who inject drugs": a group named by what they do or have
    # ("half of cases happen in women who are pregnant": any group so named)
    rf"|(?:in|among)\s+(?P<who3>(?:people|patients|persons|those|{_POP_NOUN})\s+(?:who|with)\s+"
    rf"[\w' -]{{3,50}}?)(?=\s*(?:[,.;:()]|$))"
    rf"|(?P<who2>(?:(?!(?:in|of|the|a|an|not|caused|due|linked|more|less|than|are|were|is|"
    rf"was)\b)[\w-]+\s+){{0,2}}?"
    rf"(?!(?:people|patients|those|cases)\b){_POP_NOUN})"
    # "60 % of patients were male": the men's share
    rf"|(?P<sex>male|female)(?=\s*(?:[,.;:()]|$)))\b(?!\s+(?:with|who|of)\b)", _I)


def _cases_group(sentence: str, e: int, topic_words: tuple[str, ...] = ()) -> str | None:
    """Return the group of people (or ages) whose share of all cases a figure gives."""
    m = _CASES_GROUP.match(sentence, e)
    if m is None:
        return None
    had = (m["had"] or "").lower()
    if had and not (_GENERIC_IT.fullmatch(had) or any(w and w in had for w in topic_words)):
        return None  # "60 % of people with diabetes are women": not the topic's cases
    if m["lo4"] or m["lo5"]:
        return f"age {m['lo4'] or m['lo5']} to {m['hi4'] or m['hi5']} years"
    if m["n"] or m["n2"] or m["n3"]:
        cmp = (m["cmp"] or m["cmp2"] or m["cmp3"]).lower()
        side = "under" if cmp in ("before", "under", "below", "younger than") else "over"
        return f"age {side} {m['n'] or m['n2'] or m['n3']} years"
    if m["sex"]:
        return _SEX[m["sex"].lower()]
    who = re.sub(r"\s+", " ", (m["who"] or m["who2"] or m["who3"]).strip().lower())
    # ("in people who have diabetes": those with diabetes, named as the phrase reader reads)
    return re.sub(r"^(people|patients|persons|those) who (?:have|has|had) ", r"\1 with ", who)


# "80 % of deaths occur in people over 65", "most deaths (80 %) are in children": a group's
# share of all deaths, no death rate among the group.
_OF_DEATHS = re.compile(r"\s*(?:%|percent\b|per cent\b)?\s*of\s+(?:all\s+)?(?:the\s+|these\s+)?"
                        r"(?:reported\s+)?deaths\b", _I)
_DEATHS_BRACKET = re.compile(r"\b(?:most|the majority of|many|nearly all|almost all)\s+(?:of\s+)?"
                             r"(?:the\s+)?deaths\s*\(\s*(?:about\s+|around\s+|approximately\s+|"
                             r"nearly\s+|over\s+|some\s+|roughly\s+|more than\s+)?$", _I)


# "60 % of deaths are due to heart problems", "heart problems cause 60 % of deaths", "...
# account for most deaths (about 60 %)": a cause's share of all deaths.
_DEATHS_DUE_TO = re.compile(r"\s+(?:are|were|is|was)\s+(?:(?:mostly|usually|mainly)\s+)?"
                            r"(?:due to|caused by|the result of|attributed to|from|linked to)\s+"
                            r"(?:an?\s+|the\s+)?(?P<x>[\w'-]+(?:\s+[\w'-]+){0,3}?)"
                            r"(?=\s*(?:[,.;:()]|$|\band\b))", _I)
_CAUSES_DEATHS_BEFORE = re.compile(
    r"(?:^|[,;:]\s*)\W*(?:the\s+|an?\s+)?(?P<x>[\w'-]+(?:\s+[\w'-]+){0,3}?)\s+(?:(?:can|may|"
    r"usually|mostly)\s+)?(?:causes?|caused|accounts?\s+for|accounted\s+for|(?:is|are)\s+"
    r"responsible\s+for|leads?\s+to)\s+(?P<most>(?:most|the majority of|many)\s+(?:of\s+)?"
    rf"(?:the\s+)?deaths\s*\(\s*)?{_SAID_SO}?$", _I)


def _death_cause(sentence: str, s: int, e: int, topic_words: tuple[str, ...]) -> str | None:
    """Return the cause whose share of all deaths a figure gives ("" when it is the topic
    itself: "it causes 5 % of deaths in children"), or None."""
    of = _OF_DEATHS.match(sentence, e)
    if of is not None:
        due = _DEATHS_DUE_TO.match(sentence, of.end())
        if due is not None:
            x = due["x"]
        else:
            cause = _CAUSES_DEATHS_BEFORE.search(sentence, max(0, s - 100), s)
            x = cause["x"] if cause is not None and not cause["most"] else None
    else:
        cause = _CAUSES_DEATHS_BEFORE.search(sentence, max(0, s - 100), s)
        x = cause["x"] if cause is not None and cause["most"] and \
            sentence.find(")", e, e + 6) != -1 else None
    if x is None or _NOT_A_THING.match(x):
        return None
    return "" if _names_topic(x.lower(), topic_words) or _GENERIC_IT.fullmatch(x.strip()) \
        else _bare_np(x)


# "... of deaths occur within 48 hours": when most of the deaths come.
_DEATHS_WITHIN = re.compile(r"\s+(?:occur|occurred|happen|happened|come|came|are|were)\s+within\s+"
                            r"(?:the\s+first\s+)?(?P<p>(?:\d{1,3}|a|one|two|three)\s+"
                            r"(?:hours?|days?|weeks?|months?)|(?:an?\s+)?(?:hour|day|week|month))\b",
                            _I)


def _deaths_group(sentence: str, s: int, e: int, topic_words: tuple[str, ...]) -> str | None:
    """Return the group whose share of all deaths a figure gives, read as a share of cases is
    (see :func:`_cases_group`), or None."""
    m = _OF_DEATHS.match(sentence, e)
    if m is not None:
        soon = _DEATHS_WITHIN.match(sentence, m.end())
        if soon is not None:  # "70 % of deaths occur within 48 hours": the early deaths' share
            return "death within " + " ".join(soon["p"].lower().split())
        return _cases_group(" of cases" + sentence[m.end():m.end() + 120], 0, topic_words)
    if _DEATHS_BRACKET.search(sentence, max(0, s - 40), s):
        close = sentence.find(")", e, e + 6)
        if close != -1:
            return _cases_group(" of cases" + sentence[close + 1:close + 121], 0, topic_words)
    return None


# "Half of all sores heal within a month": the outcome of the sores, not of the topic.
_OUTCOMES = frozenset({"recovery", "relapse", "mortality", "survival"})
_OF_THINGS = re.compile(r"\s*(?:%|percent\b|per cent\b)?\s*of\s+(?:all\s+)?(?:the\s+|these\s+)?"
                        r"(?P<x>[\w'-]+(?: [\w'-]+){0,3}?)\s+(?:(?:will|would|may|can|usually|"
                        r"eventually|do|does) )?(?:resolve|heal|clear|disappear|regress|shrink|"
                        r"go away|recur|come back|return|survive|die|are fatal|recover)\b", _I)


# "Borlund syndrome, a mild form of it, resolves in 90 % of cases": the outcome of the thing
# the sentence opens with, when that is not the topic.
_OUTCOME_BEFORE = re.compile(
    r"^\W*(?:the |an? )?(?P<x>[\w'-]+(?: [\w'-]+){0,3}?)(?:\s*\([^()]{1,40}\))?"
    r"(?:\s*,[^,;:]{1,60},)?\s+(?:(?:usually|often|typically|generally|can|may|will|also|"
    r"eventually|spontaneously) )*(?:resolves?|resolved|clears? up|cleared up|goes away|"
    r"clears|cleared|disappears?|disappeared|fades?|"
    r"heals?|healed|recurs?|recurred|comes back|(?:is|are|was|were) fatal|kills|killed)"
    r"(?: (?:on its own|by itself|without treatment|spontaneously))?\s+in\s+"
    rf"{_SAID_SO}?$", _I)
_OUTCOME_VERB_WORDS = ("resol", "clear", "away", "heal", "recur", "back", "fatal", "kill")
_GENERIC_CASES = re.compile(r"(?:(?:most|many|some|all|the) )?(?:cases?|infections?|episodes?)$",
                            _I)


def _outcome_named_before(sentence: str, s: int, topic_words: tuple[str, ...]) -> str | None:
    """Return the thing that opens the sentence and resolves, recurs or kills in the share."""
    m = _OUTCOME_BEFORE.search(sentence, 0, s) if s <= 160 else None
    if m is None:
        return None
    x = m["x"].strip()
    low = x.lower()
    if _NOT_A_THING.match(x) or _GENERIC_AGENT.fullmatch(low) or _GENERIC_CASES.fullmatch(low) or \
            _names_topic(low, topic_words):
        return None
    return x


def _outcome_of(sentence: str, e: int, topic_words: tuple[str, ...]) -> str | None:
    """Return the things an outcome figure is of ("of all aneurysms resolve"): not people."""
    m = _OF_THINGS.match(sentence, e)
    if m is None or _PEOPLE.search(m["x"]) or _NOT_A_THING.match(m["x"]):
        return None
    x = m["x"].lower()
    # ("the lung form mostly affects people in their 30s": the lung form of the topic)
    return None if _names_topic(x, topic_words) else _form_of_topic(m["x"], topic_words)


def _per_thousands(form: str, m: re.Match[str]) -> bool:
    """Return whether a figure is counted per thousand people or more ("1 in 10,000").

    A share of everyone written so, with no period and nothing it is a share
    of, says how many have the condition: nobody counts how often a sign
    comes per 10,000 people with it.
    """
    return form in ("ratio", "per_range", "ratio_range", "ratio_base_range", "ratio_sign",
                    "ratio_sign_range") and _base_number(m["n"]) >= 1000


# Forms whose every match starts with a number: they are tried only where one starts,
# which is the same as a search (no match can start elsewhere) at a fraction of the
# cost of trying every alternative of a number at every character.
_NUMBER_LED = frozenset({"pct_range", "pct", "ratio_range", "ratio_base_range", "per_range",
                         "series_then", "ratio_sign_range",
                         "ratio", "part_of_whole",
                         "count", "dose", "ratio_sign"})
# Where one of _NUMW's numbers starts: a lookahead only asks whether one does, so a digit
# stands for the numerals and the words go as a trie (see .wordtrie): the same places as
# (?={_NUMW}), without trying some thirty words one by one at every word.
_NUMBER_START = re.compile(rf"{_LEAD}(?=\d|{trie(list(_NUMBER_WORDS))})", _I)


# Forms that start with a number or one of a few words: "twice as likely", "within a week".
_WORD_LED = {"times": re.compile(r"\btwice\b", _I), "duration": re.compile(r"\ban?\b", _I)}


def _led_starts(form: str, sentence: str, numbers: tuple[int, ...]) -> tuple[int, ...]:
    """Return where a word-led form may start: its numbers and its leading words."""
    words = [m.start() for m in _WORD_LED[form].finditer(sentence)]
    return tuple(sorted({*numbers, *words})) if words else numbers


def _number_starts(sentence: str) -> tuple[int, ...]:
    """Return every place a number starts, inner ones too ("000" of "10,000")."""
    return tuple(map(re.Match.start, _NUMBER_START.finditer(sentence)))


def _matches_at(pattern: re.Pattern[str], sentence: str,
                starts: tuple[int, ...]) -> Iterator[re.Match[str]]:
    """Yield what ``pattern.finditer(sentence)`` yields, trying only at ``starts``."""
    after = 0
    for at in starts:
        if at < after:
            continue
        m = pattern.match(sentence, at)
        if m is not None:
            yield m
            after = max(m.end(), at + 1)


def find_figures(sentence: str, topic_words: tuple[str, ...] = (),
                 context: str = "") -> list[Figure]:
    """Return the figures in one sentence, each with kind, bound, horizon and population.

    Args:
        sentence: one sentence of normalised text.
        topic_words: lower-case names of the topic; "people with <topic>" is
            the whole population, so it is not recorded as a subgroup.
        context: the sentence before, for "They are twice as likely ... as men".

    >>> [f.measure.value for f in find_figures("About 3 out of 10 patients recover in a month.")]
    [0.3]
    """
    found = _figures_of(sentence, topic_words, context)
    _RECENT[(sentence, topic_words)] = found
    if len(_RECENT) > 8:
        del _RECENT[next(iter(_RECENT))]
    return list(found)


# A reference mark glued to the words: "20 %[3]", "people.[12][13]", "[a]", "[note 2]".
_CITATION_MARK = re.compile(r"\[(?:\d{1,3}(?:\s*[,–-]\s*\d{1,3})*|[a-z]|note \d{1,2}|"
                            r"citation needed)\]", _I)


# A citation by author and year, "(Smith et al., 2010; Jones 2012)": no year the figure is of.
_AUTHOR_YEAR = re.compile(r"\s*\((?:\s*(?:see |e\.g\.,? )?(?-i:[A-Z])[\w'-]+(?: et al\.?| and "
                          r"(?-i:[A-Z])[\w'-]+| & (?-i:[A-Z])[\w'-]+)?,? (?:19|20)\d\d[a-z]?"
                          r"\s*;?)+\)")


# The digits of a footnote's number glued to the sentence's end (see _glued_note_at_end).
_GLUED_NOTE = re.compile(r"\d{1,2}\s*$")


def _glued_note_at_end(sentence: str) -> bool:
    """Return whether a footnote's number is glued to the sentence's last word: "for 2-7
    days2", "cases.1" (one or two digits after three lower-case letters, a full stop or a
    bracket).  Read from the end only: a table row ends in a number on every line."""
    text = sentence.rstrip()
    at = len(text)
    while at and text[at - 1].isdigit():
        at -= 1
    before = text[max(0, at - 3):at]
    # (A full stop after a digit is a decimal point: "Rate: 3.5" ends in no note.)
    return 1 <= len(text) - at <= 2 and (
        (len(before) == 3 and before.isalpha() and before.islower()) or before[-1:] == ")"
        or (before[-1:] == "." and not before[-2:-1].isdigit()))
# "3 to 21 days (average 8 days) after exposure": the typical value in brackets stands
# between the span and what it is counted from; the span is read without it (elsewhere the
# bracket is a figure of its own: "lasts 7 to 15 days (mean 12 days)").
_TYPICAL_ASIDE = re.compile(r"\s*\((?:on )?(?:an? )?(?:average|mean|median)(?: of| is| =|:)?\s*"
                            r"(?:about |around |approximately )?\d[\d.]*\s*(?:to|-|–)?\s*\d*\s*"
                            r"(?:days?|weeks?|months?|years?|hours?)?\s*\)"
                            r"(?=\s*(?:after|before|from|following|since|of)\b)", re.I)
# A figure's confidence interval in brackets: "(95% CI, 16% to 19%)", "[95% CI 1.2-3.4]".
# (Or after a comma inside the figure's own bracket: "(OR 2.1, 95% CI 1.4-3.0)".)
_INTERVAL = re.compile(r"\s*[(\[]\s*(?:\d{2}(?:\.\d)?\s*%\s*)?(?:CI|confidence interval)\b"
                       r"[^()\[\]]*[)\]]|[,;]\s*\d{2}(?:\.\d)?\s*%\s*(?:CI|confidence interval)\b"
                       r"[^()\[\]]*(?=[)\]])", _I)


# A decimal written with a comma or a raised dot: "2,5 %", "0,5 per 100 000", "3\u00b75 %".
# (The comma only before a percent or a rate's "per", with one or two digits after it:
# "10,000" keeps its three.)
_DECIMAL_MARK = re.compile(r"(?<![\d.,\u00b7])\d{1,3}(?:,\d{1,2}(?=\s*(?:%|percent\b|per\b)|"
                           r"\s*(?:to|and|-|–)\s*\d{1,3},\d{1,2}(?![\d,]))|\u00b7\d+)"
                           r"(?![\d,\u00b7])", _I)


# Marks some pages write numbers with, and the plain ones they stand for (thin, figure and
# punctuation spaces group thousands as a no-break space does).
_PLAIN_MARKS = str.maketrans({"\u2009": "\u00a0", "\u2007": "\u00a0", "\u2008": "\u00a0",
                              "\u2212": "-", "\u2010": "-", "\u2011": "-", "\u2012": "-",
                              "\u2015": "-", "\ufe63": "-", "\uff0d": "-", "\uff05": "%"})
_PER_CENT = re.compile(r"per-cent", _I)
_ODD_MARKS = ("\u2009", "\u2007", "\u2008", "\u2212", "\u2010", "\u2011", "\u2012", "\u2015",
              "\ufe63", "\uff0d", "\uff05")
# Every form's hint words, each once, and each form with its own as a set: a sentence is
# asked about each word once, not once for every form that names it (see _figures_of).
_HINT_WORDS: tuple[str, ...] = tuple(sorted({w for words in _FORM_HINTS.values() for w in words}))
_HINTED_FORMS: tuple[tuple[str, re.Pattern[str], frozenset[str]], ...] = tuple(
    (form, pattern, frozenset(_FORM_HINTS[form])) for form, pattern in _FORMS)


# The figures of the last few sentences read: "the sentence before" is read again only when
# it was not just read (see _rates_as_before).
_RECENT: dict[tuple[str, tuple[str, ...]], tuple[Figure, ...]] = {}


def _figures_of(sentence: str, topic_words: tuple[str, ...], context: str) -> tuple[Figure, ...]:
    """Return :func:`find_figures`'s answer as a tuple (the work, without the memory)."""
    glued = _GLUED_FIELD.match(sentence)
    if glued is not None:  # read "Label value", and give the spans back in the line as written
        cut = glued.end()
        return tuple(replace(f, start=f.start - (f.start > cut), end=f.end - (f.end > cut))
                     for f in _figures_of(f"{sentence[:cut]} {sentence[cut:]}", topic_words,
                                          context))
    asides = [pattern for pattern, hint in ((_CITATION_MARK, "["), (_INTERVAL, "CI"),
                                             (_INTERVAL, "onfidence"), (_AUTHOR_YEAR, "("),
                                             (_TYPICAL_ASIDE, "(a"), (_TYPICAL_ASIDE, "(me"))
              if hint in sentence and pattern.search(sentence)]
    if sentence[-1:].isdigit() and _glued_note_at_end(sentence):
        asides.append(_GLUED_NOTE)  # "lasts for 2-7 days2": a note's number glued to the end
    if asides:
        # Read "20 %[3] of patients die" without its reference marks, and "18 % (95 % CI,
        # 16 % to 19 %)" without its interval (no figure of its own, and "95 %" is no
        # share), and give the spans back in the line as written.
        marks = bytearray(len(sentence))
        for pattern in asides:
            for c in pattern.finditer(sentence):
                marks[c.start():c.end()] = b"\x01" * (c.end() - c.start())
        kept = [i for i in range(len(sentence)) if not marks[i]]
        clean = "".join(sentence[i] for i in kept)
        kept.append(len(sentence))
        return tuple(replace(f, start=kept[f.start], end=kept[f.end - 1] + 1 if f.end else 0)
                     for f in _figures_of(clean, topic_words, context))
    if "er-cent" in sentence:
        sentence = _PER_CENT.sub("per cent", sentence)  # "25 per-cent": one character for one
    if not sentence.isascii() and any(map(sentence.__contains__, _ODD_MARKS)):
        # "100\u2009000", "10\u221220 %", "20\uff05": a thin space, a minus sign, a wide
        # percent, read as the space, dash and percent they stand for (one character for
        # one, so spans stay).
        sentence = sentence.translate(_PLAIN_MARKS)
    if not _has_number(sentence) and not _says(
            sentence, _FORM_HINTS["equally"]) and not _says(sentence, _RISK_VERB_HINTS) \
            and not _says(sentence, _LISTED_KINDS_HINTS) and not _says(sentence, _MAGNITUDE_HINTS):
        return ()
    if "\u00b7" in sentence or ("," in sentence and _says(sentence, ("%", "per"))):
        # Read "2,5 %" and "3\u00b75 %" as 2.5 %: one character for one, so spans stay.
        sentence = _DECIMAL_MARK.sub(lambda d: d.group(0).replace(",", ".").replace(
            "\u00b7", "."), sentence)
    figures: list[Figure] = []
    taken = bytearray(len(sentence))  # 1 where a figure's words are: forms never overlap
    low = sentence.lower()
    starts: tuple[int, ...] | None = None
    said = set(filter(low.__contains__, _HINT_WORDS))  # each word looked for once, in C
    for form, pattern, hints in _HINTED_FORMS:
        if hints.isdisjoint(said):
            continue
        if form in _NUMBER_LED:
            starts = _number_starts(sentence) if starts is None else starts
            found = _matches_at(pattern, sentence, starts)
        elif form in _WORD_LED:
            starts = _number_starts(sentence) if starts is None else starts
            found = _matches_at(pattern, sentence, _led_starts(form, sentence, starts))
        else:
            found = pattern.finditer(sentence)
        for m in found:
            if 1 in taken[m.start():m.end()]:
                continue
            fig = _figure(form, m, sentence, topic_words, context)
            if fig is not None:
                figures.append(fig)
                taken[fig.start:fig.end] = b"\x01" * (fig.end - fig.start)
    ordered = sorted(figures, key=lambda f: f.start)
    if ordered and _says(sentence, (",",)):
        ordered = _listed(ordered, sentence)
    if ordered and _says(sentence, ("respectively",)):
        ordered = _respectively(ordered, sentence)
    if ordered and _says(sentence, (" from ",)):
        ordered = _trend(ordered, sentence)
    ordered = _coordinated(_restated(ordered, sentence), sentence)
    if len(ordered) > 1 and _says(sentence, (" and ",)):
        ordered = _paired_groups(ordered, sentence)
    if len(ordered) > 1 and _says(sentence, ("it is ", "this is ", "it was ", "it lasts ")):
        ordered = _period_again(ordered, sentence)
    if len(ordered) > 1 and _says(sentence, (" in ",)):
        ordered = _gapped(ordered, sentence)
    if context and any(f.measure.kind == "unknown" and _RATE_PER_HEAD.search(
            sentence, f.start, f.end + 40) for f in ordered):
        ordered = _rates_as_before(ordered, sentence, context, topic_words)
    if context and _says(sentence, ("this ", "that ")) and any(
            f.measure.kind == "unknown" for f in ordered):
        ordered = _this_figure(ordered, sentence, context, topic_words)
    if context and _says(sentence, _BARE_RATE_WORDS) and any(
            f.measure.kind == "unknown" for f in ordered):
        ordered = _rate_said_before(ordered, sentence, context)
    if len(ordered) > 1 and _says(sentence, ("with",)):
        ordered = _without(ordered, sentence)
    if len(ordered) == 2 and "(" in sentence:
        ordered = _sexes_in_brackets(ordered, sentence)
    if ordered and "(" in sentence:
        ordered = _bracketed_groups(_bracketed_rates(ordered, sentence), sentence)
    if ordered and ":" in sentence:
        ordered = _labelled_groups(ordered, sentence)
    if len(ordered) > 1 and _says(sentence, (" of ", " in ", " among ")):
        ordered = _aged_groups(ordered, sentence)
    if len(ordered) > 1 and _says(sentence, ("aged", "age ", "under ", "over ")):
        ordered = _ages_of_groups(ordered, sentence)
    return tuple(_age_spans(ordered, sentence))


_NUMBERS = re.compile(r"\d+")
_BAND = re.compile(r"(\d)\s*(?:to|-|–)\s*(\d)")
_AGE_SAID = ("aged", "age", "over", "under", "older", "younger", "above", "below")


def _ages_of_groups(figures: list[Figure], sentence: str) -> list[Figure]:
    """Return the figures without an age that another figure's population already holds.

    "The death rate in people aged 50 to 69 is 5 %": the 50 and 69 say who the rate is
    of (its population, "people aged 50 to 69"); read again as the topic's own age they
    gave a second figure, an age range of the illness.
    """
    # The numbers of each other figure's population that names people by their age.
    groups = [set(_NUMBERS.findall(pop)) for g in figures
              if g.measure.kind != "age" and (pop := (g.measure.population or "").lower())
              and any(w in pop for w in _AGE_SAID)]
    if not groups:
        return figures
    out: list[Figure] = []
    for fig in figures:
        # (A bound alone, "people over 60", keeps its age figure beside the group, as the
        # pages' own age claims are read; a range names a band of people only.)
        nums = _NUMBERS.findall(sentence[fig.start:fig.end]) if fig.measure.kind == "age" \
            and fig.subject is None and fig.measure.bound is Bound.RANGE else []
        if nums and any(set(nums) <= numbers for numbers in groups):
            continue
        out.append(fig)
    return out


# "3 % of men under the age of 50", "120 per 100,000 in children under 5": the age says
# who the figure is of (see _aged_groups).
_OF_AGED = re.compile(rf"\s*(?:%|percent\b|per cent\b)?\s*"
                      rf"(?:(?:are|were|occur|occurs|occurred)\s+)?"
                      rf"(?:of|in|among)\s+(?:all\s+)?(?:the\s+)?"
                      rf"(?P<noun>(?:[\w-]+\s+)?{_POP_NOUN})\s+(?:who\s+are\s+)?(?:aged|"
                      rf"under|over|above|below|younger than|older than|between)\b", _I)


def _aged_groups(figures: list[Figure], sentence: str) -> list[Figure]:
    """Return the figures, an age that names who a share is of folded into its population.

    "Less than 3 % of men under the age of 50 ... have had it": the 50 is no age
    of the topic's, it says which men; the share's population is "men under 50".
    """
    out: list[Figure] = []
    for fig in figures:
        prev = out[-1] if out else None
        if prev is not None and fig.measure.kind == "age" and any(
                who and sentence[fig.start:fig.end].lower() in who.lower()
                for who in (prev.subject, prev.measure.population)):
            continue  # "5 % of cases occur in children under 2": the age names the group
        m = _OF_AGED.match(sentence, prev.end) if prev is not None else None
        if prev is not None and m is not None and fig.measure.kind == "age" and \
                prev.measure.kind not in ("age", "duration", "count") and \
                m.end() <= fig.end and (prev.measure.population or "").startswith(
                    (prev.measure.population and m["noun"].lower()) or ""):
            if prev.measure.population not in (None, m["noun"].lower()):
                continue  # "20 % of people over 65": the group is read already; no age
            age = fig.measure
            said = {Bound.UPPER: f"under {_num(age.value)}", Bound.LOWER: f"over {_num(age.value)}",
                    Bound.RANGE: f"aged {_num(age.low)}-{_num(age.high)}"}.get(
                age.bound, f"aged {_num(age.value)}")
            who = f"{m['noun'].lower()} {said}"
            out[-1] = replace(prev, measure=replace(prev.measure, population=who))
            continue  # the age is the group's, no figure of its own
        out.append(fig)
    return out


def _num(x: float | None) -> str:
    """Return a number as a person writes it: 50, not 50.0."""
    return "?" if x is None else f"{x:g}"


# "Group A has the highest rate (50 per 100,000), followed by group B (30) and C (20)": bare
# numbers in brackets after a bracketed rate per head are rates on the same base.
_BARE_BRACKET = re.compile(r"\(\s*(?P<n>\d+(?:\.\d+)?)\s*\)")
_GROUP_SPLIT = re.compile(r",|\)|\band\b|\bfollowed by\b|\bcompared (?:with|to)\b|\bthan\b|"
                          r"\bvs\.?|\bversus\b|\bwhile\b|\bwhereas\b", _I)
_GROUP_LEAD = re.compile(r"^(?:(?:by|in|among|for|with|the|those|of)\s+)+", _I)
_RATE_NOUN = re.compile(rf"\b{_POP_NOUN}\b", _I)


# "lower in children (5 %) than in adults (30-60 %)": a group named right before a figure's
# own bracket.
# ("higher in women (12 per 100,000) than men (8 per 100,000)": the second group after "than")
_GROUP_BEFORE_BRACKET = re.compile(
    rf"\b(?:in|among|for|than(?:\s+in)?|versus|vs\.?)\s+(?:the\s+)?"
    rf"(?P<g>(?:(?!\d)[\w-]+\s+){{0,2}}?{_POP_NOUN})\s*\(\s*"
    rf"(?:about\s+|around\s+|approximately\s+|roughly\s+|up to\s+|over\s+|under\s+|"
    rf"nearly\s+|~\s*)?$", _I)


# "In children: 5 %", "Among adults: 20 %": a group as a label, its figure after the colon
# (lines of a page joined into one: "Overall: 25 % In children: 5 % In older adults: 40 %").
_GROUP_LABEL = (rf"\b(?:in|among|for)\s+(?:the\s+)?(?P<g>(?:[\w-]+\s+){{0,2}}?{_POP_NOUN}"
                rf"(?:\s+(?:aged\s+)?(?:over|under)\s+\d{{1,3}})?)\s*:\s*")
_GROUP_LABEL_BEFORE = re.compile(rf"{_GROUP_LABEL}{_SAID_SO}?$", _I)
_GROUP_LABEL_AFTER = re.compile(rf"\s*(?:%|percent\b|per cent\b)?\s*[.;,]?\s*{_GROUP_LABEL}",
                                _I)


def _labelled_groups(figures: list[Figure], sentence: str) -> list[Figure]:
    """Return the figures, each under a group label ("In children: 5 %") counted among that
    group, and none taking the label of the figure after it as its own."""
    out = []
    for fig in figures:
        n = fig.measure
        label = _GROUP_LABEL_BEFORE.search(sentence, max(0, fig.start - 60), fig.start)
        after = _GROUP_LABEL_AFTER.match(sentence, fig.end)
        if label is not None and fig.subject is None and n.kind != "share":
            fig = replace(fig, measure=replace(n, population=re.sub(r"\s+", " ",
                                                                    label["g"].lower())))
        elif after is not None and n.population is not None and \
                n.population.lower() == re.sub(r"\s+", " ", after["g"].lower()):
            fig = replace(fig, measure=replace(n, population=None))
        out.append(fig)
    return out


def _bracketed_groups(figures: list[Figure], sentence: str) -> list[Figure]:
    """Return the figures, one alone in brackets right after a group ("in children (5 %)")
    counted among that group, whatever group the sentence names after it."""
    out = []
    for fig in figures:
        n = fig.measure
        if n.unit == "proportion" and n.kind != "share" and fig.subject is None and \
                "(" in sentence[max(0, fig.start - 16):fig.start] and \
                _CLOSE_AFTER.match(sentence, fig.end):
            group = _GROUP_BEFORE_BRACKET.search(sentence, max(0, fig.start - 60), fig.start)
            if group is not None and not _EVERYONE.fullmatch(group["g"]):
                fig = replace(fig, measure=replace(n, population=re.sub(
                    r"\s+", " ", group["g"].lower())))
        elif n.unit == "proportion" and n.kind in _OUTCOMES and fig.subject is None and \
                n.population is None and (after := _GROUP_IN_BRACKET_AFTER.match(
                    sentence, fig.end)) is not None and not _EVERYONE.fullmatch(after["g"]):
            fig = replace(fig, measure=replace(n, population=re.sub(
                r"\s+", " ", after["g"].lower())))
        elif n.unit == "proportion" and n.kind in _OUTCOMES and fig.subject is None and \
                n.population is None and (form := _FORM_IN_BRACKET_AFTER.match(
                    sentence, fig.end)) is not None:
            # "~50 % (streptococcal), ~5 % (staphylococcal)": the cases of that form
            fig = replace(fig, measure=replace(n, population=re.sub(
                r"\s+", " ", f"{form['f'].lower()} cases")))
        out.append(fig)
    return out


# "Deaths: about 30 % (type A), 5 % (other types)", "fatal in 10 % (in adults)": the group an
# outcome's rate is of, named alone in brackets right after it.
_GROUP_IN_BRACKET_AFTER = re.compile(
    rf"\s*(?:%|percent\b|per cent\b)?\s*\(\s*(?:in\s+|among\s+|for\s+)?(?:the\s+)?"
    rf"(?P<g>(?:(?!\d)[\w-]+\s+){{0,3}}?(?:types?|forms?|cases|strains?|{_POP_NOUN}))\s*\)", _I)


# "~50 % (streptococcal)", "5 % (type 1)": a form of the illness named alone in brackets
# after an outcome's rate (an adjective of a form, or a type's number).
_FORM_IN_BRACKET_AFTER = re.compile(
    r"\s*(?:%|percent\b|per cent\b)?\s*\(\s*(?P<f>(?:type|group|stage|grade) (?:[0-9]+|[ivx]+|"
    r"[a-d])|(?!(?:typical|usual|annual|general|global|total|clinical|national|international|"
    r"historical|official|actual|initial|individual|cumulative|relative|absolute|"
    r"approximate|estimated)\b)[a-z-]{4,}(?:al|ic|ous|ar|ary|ive|oid))\s*\)", _I)
_CLOSE_AFTER = re.compile(r"\s*(?:%|percent\b|per cent\b)?\s*\)")


def _bracketed_rates(figures: list[Figure], sentence: str) -> list[Figure]:
    """Return the figures with bare bracketed numbers after a bracketed rate read as rates.

    "Northern women have the highest rate (40 per 100,000), then southern women (12)": the
    12 is per 100,000 too, for its own group, named right before its bracket.
    """
    out = list(figures)
    for fig in figures:
        n = fig.measure
        if n.unit != "proportion" or n.value is None or n.value >= 0.01 or \
                n.kind not in ("incidence", "prevalence", "unknown") or \
                "(" not in sentence[max(0, fig.start - 2):fig.start]:
            continue
        own = _LIST_ITEM.match(sentence, fig.start)
        base = parse_number(own.group(0)) if own is not None else 0.0
        if base <= 0:
            continue
        stop = min((i for i in (sentence.find(";", fig.end), sentence.find(". ", fig.end))
                    if i >= 0), default=len(sentence))
        noun = _RATE_NOUN.search(n.population or "")
        last = fig.end
        for b in _BARE_BRACKET.finditer(sentence, fig.end, stop):
            x = parse_number(b["n"])
            if _is_year(b["n"]) or not base / 50 <= x <= base * 20 or any(
                    f.start <= b.start("n") < f.end for f in out):
                continue
            words = _GROUP_LEAD.sub("", _GROUP_SPLIT.split(sentence[last:b.start()])[-1].strip())
            last = b.end()
            named = _RATE_NOUN.search(words) or noun
            what = _RATE_NOUN.sub("", words).replace(" of ", " ").strip()
            if not what:
                continue
            who = f"{what} {named.group(0).lower()}" if named is not None else what
            out.append(replace(fig, measure=replace(n, value=float(f"{x * n.value / base:.9g}"),
                                                    population=who.lower()),
                               start=b.start("n"), end=b.end("n"),
                               confidence=min(fig.confidence, 0.45)))
    return sorted(out, key=lambda f: f.start) if len(out) > len(figures) else figures


# "14.2, 8.3 and 6.7 in 100,000", "10, 20 or 30 %": numbers listed before the last one,
# which alone carries the base or the sign; each is a figure of its own, read as the last.
_LIST_BEFORE = re.compile(rf"(?<![\w.,])(?P<items>(?:{_NUMW}\s*,\s*)+(?:{_NUMW}\s*,?\s*)?)"
                          rf"(?:and|or)\s+$", _I)
_LIST_ITEM = re.compile(rf"{_NUMW}", _I)
# A range's "and" that is really a list's last link: "10, 20 and 30 %".
_LISTED_BEFORE = re.compile(rf"{_NUMW}(?:{_PCT})?\s*,\s*$", _I)  # ("20 %, 25 % and 30 %")


# "... 16, 11 and 9 in 100,000 for black, Hispanic and white children, respectively":
# one group for each figure listed, in order.
_RESPECTIVELY = re.compile(
    rf"\b(?:for|in|among)\s+(?:the\s+)?(?:(?P<list>[\w/-]+(?:\s*,\s*[\w/-]+)*\s*,?\s*(?:and|or)"
    # ("in black and white Americans, respectively": a people's name as the noun)
    rf"\s+[\w/-]+)\s+(?P<noun>{_POP_NOUN}|(?-i:[A-Z][a-z]+(?:ans|ese)))|"
    rf"(?P<nouns>{_POP_NOUN}(?:\s*,\s*{_POP_NOUN})*\s*,?\s*"
    rf"(?:and|or)\s+{_POP_NOUN}))\b[^;:]{{0,40}}?,?\s*respectively\b", _I)


def _respectively(figures: list[Figure], sentence: str) -> list[Figure]:
    """Return the figures with each given its own group when the page says "respectively".

    Only as many figures as groups, one after another before the groups, are
    read so; a sentence whose counts do not agree is left as it was.
    """
    m = _RESPECTIVELY.search(sentence)
    if m is None:
        return figures
    groups = [g.strip().lower() for g in re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+",
                                                   m["list"] or m["nouns"]) if g.strip()]
    if len(groups) == 2:
        figures = _unranged(figures, sentence, m.start())
    before = [i for i, f in enumerate(figures) if f.end <= m.start()]
    if len(before) < len(groups) or len(groups) < 2:
        return figures
    chosen = before[-len(groups):]
    kinds = {figures[i].measure.kind for i in chosen} - {"unknown"}
    if len(kinds) != 1:
        return figures
    # ("20 % and 10 % in ...": the second, of no word of its own, is of the first's kind)
    (kind,) = kinds
    out = [replace(f, measure=replace(f.measure, kind=kind))
           if i in chosen and f.measure.kind == "unknown" else f for i, f in enumerate(figures)]
    noun = (m["noun"] or "").lower()
    said = set(re.findall(r"[\w/-]+", m.group(0).lower()))
    for i, group in zip(chosen, groups, strict=True):
        n = out[i].measure
        who = f"{group} {noun}".strip()
        if n.population and set(re.findall(r"[\w/-]+", n.population.lower())) <= said:
            pass  # "younger and older adults": the groups together, now told apart
        elif n.population and n.population.startswith("people "):
            who += n.population[len("people"):]  # "people in 1997-2000": the years stay
        elif n.population:
            who = f"{who}, {n.population}"
        out[i] = replace(out[i], measure=replace(n, population=who))
    return out


# "The death rate has fallen from 40 % to 20 %": then and now, not a range.
# ("Treatment cuts the death rate from 50 % to 10 %": the verb's object before "from")
_TREND_BEFORE = re.compile(r"\b(?:fallen|fell|dropped|declined|decreased|gone down|went down|"
                           r"reduced|improved|risen|rose|increased|gone up|went up|grown|grew|"
                           r"climbed|changed|(?:cuts?|reduces?|lowers?|lowered|brings? down|"
                           r"brought down)(?:\s+the\s+[\w-]+(?:\s+[\w-]+)?)?)\s+"
                           r"(?:\w+\s+)?from\s+(?:about\s+|around\s+)?$", _I)


def _trend(figures: list[Figure], sentence: str) -> list[Figure]:
    """Return the figures with "fallen from 40 % to 20 %" read as then (40 %) and now (20 %).

    The earlier figure is the page's past, kept with the population "earlier"
    so it is never compared with a figure for today; the later one is today's.
    """
    out: list[Figure] = []
    for fig in figures:
        n = fig.measure
        nums = list(_LIST_ITEM.finditer(sentence, fig.start, fig.end))[:2]
        if n.bound is Bound.RANGE and n.low and len(nums) == 2 and \
                _TREND_BEFORE.search(sentence, max(0, fig.start - 40), fig.start):
            a, b = (parse_number(x.group(0)) for x in nums)
            scale = n.low / min(a, b) if min(a, b) > 0 else 0.0
            if scale > 0:
                was = n.population or ""
                # Each its own bound ("from around 70 % to 20 %"), the first's words not
                # the second's.
                cut = nums[0].end()
                out.append(replace(fig, measure=replace(
                    n, value=float(f"{a * scale:.9g}"), low=None, high=None,
                    bound=_bound(sentence, nums[0].start(), cut),
                    population=f"{was} earlier".strip()), start=nums[0].start(),
                    end=nums[0].end()))
                out.append(replace(fig, measure=replace(
                    n, value=float(f"{b * scale:.9g}"), low=None, high=None,
                    bound=_bound(sentence[cut:], nums[1].start() - cut, nums[1].end() - cut)),
                    start=nums[1].start(), end=fig.end))
                continue
        out.append(fig)
    return _trend_pairs(out, sentence)


# The words between a trend's two figures when each was read on its own: "from 50 % to about
# 10 %" (a bound word keeps the second out of one range).
_TREND_TO = re.compile(r"(?:\s+in (?:the )?(?:(?:early |late |mid-)?(?:19|20)\d\ds?|past))?"
                       r"\s*(?:,\s*)?to(?:\s+(?:about|around|roughly|approximately|nearly|almost|"
                       r"just (?:over|under)|under|over|(?:less|more|fewer) than|below|above))?"
                       r"\s*$", _I)


def _trend_pairs(figures: list[Figure], sentence: str) -> list[Figure]:
    """Return the figures with "fallen from 50 % to about 10 %", read as two figures, as one
    trend: the later figure is the same quantity as the earlier (its own words, often a
    time span, say nothing of what it measures), and the earlier is the page's past."""
    out = list(figures)
    for i in range(len(out) - 1):
        was, now = out[i], out[i + 1]
        if was.end > now.start or not _TREND_TO.match(sentence[was.end:now.start]) or \
                not _TREND_BEFORE.search(sentence, max(0, was.start - 40), was.start) or \
                was.measure.unit != now.measure.unit or was.measure.kind == "unknown":
            continue
        out[i] = replace(was, measure=replace(was.measure, population=(
            f"{was.measure.population or ''} earlier".strip())))
        out[i + 1] = replace(now, measure=replace(now.measure, kind=was.measure.kind,
                                                  horizon=was.measure.horizon),
                             subject=was.subject)
    return out


def _unranged(figures: list[Figure], sentence: str, before: int) -> list[Figure]:
    """Return the figures with "10 % and 20 %" (two figures, said "respectively") split in two.

    A range joined by "and" with no "between" before it, and followed by two
    groups "respectively", is two figures in the page's order.
    """
    out: list[Figure] = []
    for fig in figures:
        n = fig.measure
        nums = list(_LIST_ITEM.finditer(sentence, fig.start, fig.end))[:2]  # (not "in 100,000")
        if fig.end <= before and n.bound is Bound.RANGE and n.low and len(nums) == 2 \
                and re.search(r"\band\b", sentence[nums[0].end():nums[1].start()], _I) \
                and not re.search(r"\bbetween\s*$", sentence[max(0, fig.start - 12):fig.start],
                                  _I):
            a, b = (parse_number(x.group(0)) for x in nums)
            scale = n.low / min(a, b) if min(a, b) > 0 else 0.0
            if scale > 0:
                bound = _bound(sentence, fig.start, nums[0].end())
                out.extend(replace(fig, measure=replace(
                    n, value=float(f"{x.group(0) and parse_number(x.group(0)) * scale:.9g}"),
                    low=None, high=None, bound=bound), start=x.start(), end=x.end())
                    for x in nums)
                continue
        out.append(fig)
    return out


def _listed(figures: list[Figure], sentence: str) -> list[Figure]:
    """Return the figures with the numbers listed before a proportion read as that one.

    A page gives a rate for three groups as "14.2, 8.3 and 6.7 in 100,000":
    only the last number has its base, yet each is a rate; read alone, the
    first two would be lost, or "11.1 and 9.1" taken for a range.
    """
    out: list[Figure] = []
    for fig in figures:
        n = fig.measure
        own = _LIST_ITEM.match(sentence, fig.start)
        # (A list ends "..., and" right before the figure: looked at before the search.)
        lead = _LIST_BEFORE.search(sentence, max(0, fig.start - 80), fig.start) if sentence[
            max(0, fig.start - 5):fig.start].rstrip().endswith(("and", "or")) else None
        if n.unit == "proportion" and n.value is not None and own is not None \
                and lead is not None:
            items = list(_LIST_ITEM.finditer(sentence, lead.start("items"), lead.end("items")))
            base = parse_number(own.group(0))
            # "people aged 20 to 40, and 15 %": a number another figure holds lists nothing
            held = any(o is not fig and o.start < i.end() and i.start() < o.end
                       for o in figures for i in items)
            if base > 0 and not held and not any(_is_year(i.group(0)) for i in (*items, own)):
                scale = n.value / base
                out.extend(replace(fig, measure=replace(n, value=float(
                    f"{parse_number(i.group(0)) * scale:.9g}")), start=i.start(), end=i.end())
                    for i in items)
        out.append(fig)
    return out


_EITHER = re.compile(r"\s*,?\s*(?:or|and)\s*$", _I)


def _age_spans(figures: list[Figure], sentence: str) -> list[Figure]:
    """Return the figures, a lowest age joined to a highest one made one range.

    "Rarely seen under 15 or over 60" gives 15 and over, then 60 and under:
    the ages it is seen at are 15 to 60.
    """
    out: list[Figure] = []
    for fig in figures:
        prev = out[-1] if out else None
        a, b = (prev.measure, fig.measure) if prev is not None else (None, None)
        if prev is not None and a is not None and b is not None and a.kind == b.kind == "age" \
                and a.bound is Bound.LOWER and b.bound is Bound.UPPER \
                and a.value is not None and b.value is not None and a.value < b.value \
                and _EITHER.match(sentence[prev.end:fig.start]):
            span = replace(a, value=None, low=a.value, high=b.value, bound=Bound.RANGE)
            out[-1] = replace(prev, measure=span, end=fig.end, subject=prev.subject or fig.subject)
            continue
        out.append(fig)
    return out


# "The rate is 3 % in Japan, and it is about 1 % elsewhere": the second figure is the
# same quantity as the first, said again for another group.
# ("10 %, rising to 30 % in the elderly": the same quantity again, higher in another group.)
_AND_AGAIN = re.compile(r"[^.;:]{0,60}?\b(?:and|while|whereas|but|compared with|versus|vs\.?|than|"
                        r"(?:rising|increasing|climbing|falling|dropping|going up|going down|"
                        r"reaching) to|reaching|"
                        # ("6 % to 76 %, with an average of 25 %": the same quantity's mean)
                        r"with an? (?:overall |pooled )?(?:average|mean|median)|averaging)\b"
                        r"[^.;:]{0,40}$", _I)
# "from 5 % in young adults to 50 % in older people": one quantity, from one group to another.
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|roughly\s+|under\s+|less than\s+)?$",
                          _I)
_TO_AGAIN = re.compile(r"[^.;:]{0,60}?\bto\s+(?:about\s+|around\s+|roughly\s+|over\s+|"
                       r"more than\s+|nearly\s+|almost\s+|under\s+|below\s+|less than\s+|"
                       r"fewer than\s+)?$", _I)
# "1 in 5 (20 %)", "25 % (range 20-30 %)": the same quantity again, in brackets.
_SAME_IN_BRACKETS = re.compile(r"\s*\(\s*(?:(?:range|ranging|from|between|or|i\.e\.|that is|"
                               r"about|around|approximately)\b[\s:,]*)*$", _I)
# "20 %, 25 % and 30 %", "~10 % (one kind), ~50 % (another)": one list of one quantity
# ("about 30 % (one kind), about 5 % (another)": a bound in words as well as in signs)
_LIST_COMMA = re.compile(rf"\s*(?:\([^()]{{1,40}}\)\s*)?,\s*(?:[~≈]\s*|{_SAID_SO})?")
# "60-90 % for stage I, 40-70 % for stage II": one quantity, listed group by group.
# ("mortality <1 % with treatment; up to 20 % untreated": a semicolon lists them too, and a
# bound word may open the next)
_GROUP_LIST_COMMA = re.compile(r"\s*(?:%|percent\b|per cent\b)?\s*(?:for|in|among|with|"
                               r"of)\s+[^,;.:()\d]{1,40}?\s*[,;]\s*(?:and\s+|but\s+)?[~≈<>]?\s*"
                               r"(?:(?:up to|about|around|nearly|almost|over|under|less than|"
                               r"more than|as many as|as high as)\s+)?", _I)
_INHERITED = frozenset({"mortality", "survival", "recovery", "relapse", "frequency",
                        "incidence", "prevalence"})


# "An estimated 1 million people get it each year in this country": the country the
# sentence before named.
_THIS_COUNTRY = re.compile(r"\b(?:in|across|throughout|of) (?:this|our) (?:country|nation)\b", _I)
_VACCINE = re.compile(r"\bvaccin", _I)


def _country_before(sentence: str, context: str) -> re.Match[str] | None:
    """Return the country "this country" means: the one the sentence before names, if any."""
    if not context or not _says(sentence, ("this country", "our country", "this nation",
                                           "our nation")):
        return None
    if not _THIS_COUNTRY.search(sentence) or not _names_setting(context):
        return None
    return _first(_SETTING, context, 0, len(context))


def _nearest_setting(sentence: str, s: int, e: int) -> re.Match[str] | None:
    """Return the country named nearest the figure, none of the sentence's other figures between.

    "3 % in Japan, and about 1 % in North America" gives each figure its own;
    a sentence naming one country gives it to all its figures.
    """
    if not _names_setting(sentence):
        return None
    found = _matches(_SETTING, sentence)[1]  # found once per sentence
    if len(found) < 2:
        return found[0] if found else None
    figures = _kind_words(sentence)[2]

    def apart(m: re.Match[str]) -> tuple[bool, int]:
        lo, hi = (m.end(), s) if m.end() <= s else (e, m.start())
        between = any(lo <= f < hi and not (s <= f < e) for f in figures)
        return between, max(0, lo - hi) if lo > hi else hi - lo

    return min(found, key=apart)


# "70 % die; with treatment this falls to 20 %": the quantity just given, said again.
_THIS_AGAIN = re.compile(r"[^.]{0,60}?\b(?:this|that|it|the (?:rate|figure|number|risk))\s+"
                         r"(?:(?:can|may|then)\s+)?(?:falls?|drops?|rises?|increases?|decreases?|"
                         r"goes (?:up|down)|climbs?|is (?:reduced|lowered|cut))\s+(?:to\s+)?"
                         r"(?:about\s+|around\s+|roughly\s+|under\s+|below\s+|less than\s+|"
                         r"over\s+|more than\s+|nearly\s+|almost\s+)?$", _I)


# What may follow a figure that only goes on with a list of one quantity: its group, then
# the clause's end ("..., and up to 70 % of streaming cases.", "... to around 20 % today",
# "5 % and 50 %, respectively").
_LIST_TAIL = re.compile(r"\s*(?:%|percent\b|per cent\b)?\s*(?:(?:of|in|among|for|with)\s+"
                        r"[^,;.:()\d]{1,40}?)?\s*(?:,?\s*respectively|\s+(?:today|now|currently|"
                        r"at present|in recent years|these days))?\s*(?:[.;,)]|$)", _I)
# Kinds a figure gets from a weak word or from the verb of a clause it does not own ("have
# mortality rates of 5 % and 50 %": the "have" gave the 50 % a guessed prevalence).
_GUESSED_KINDS = frozenset({"unknown", "prevalence", "frequency"})


def _goes_on_with(prev: Figure, fig: Figure, sentence: str) -> bool:
    """Return whether ``fig`` only goes on with the list ``prev`` opened: a guessed kind, no
    subject of its own, nothing after it but its group ("fatal in 5 % of mild cases and up
    to 70 % of streaming cases": the 70 % is a death rate too)."""
    return fig.measure.kind == "unknown" or (
        fig.measure.kind in _GUESSED_KINDS and fig.subject is None and fig.confidence < 0.8
        and prev.measure.kind in _OUTCOMES and prev.confidence >= 0.8
        and _clause_ends_soon(sentence, fig.end)
        and _LIST_TAIL.match(sentence, fig.end) is not None)


def _clause_ends_soon(sentence: str, at: int) -> bool:
    """Return whether the clause ends within a list tail's reach of ``at`` (a cheap look
    before _LIST_TAIL, which can match nowhere else)."""
    tail = sentence[at:at + 64]
    return len(tail) < 64 or "." in tail or ";" in tail or "," in tail or ")" in tail


# "The death rate, which was once 50 %, is now below 20 %": the same quantity today.
_NOW_AGAIN = re.compile(r"\s*(?:%|percent\b|per cent\b)?\s*,?\s*(?:but\s+|and\s+)?(?:it\s+)?"
                        r"(?:is|are|has|have|stands)?\s*(?:now|today|currently|since)\s+"
                        r"(?:(?:fallen|dropped|risen|gone down|gone up|down|up|at)\s+(?:to\s+)?)?"
                        r"(?:about\s+|around\s+|roughly\s+|under\s+|below\s+|less than\s+|"
                        r"over\s+|more than\s+|nearly\s+|almost\s+)?$", _I)


def _coordinated(figures: list[Figure], sentence: str) -> list[Figure]:
    """Return the figures, one of unknown (or guessed) kind joined to a known one taking its
    kind.

    Only the kind and the subject are taken; the figure keeps its own
    population and setting, and stays as sure as the one it follows.
    """
    out: list[Figure] = []
    for fig in figures:
        prev = out[-1] if out else None
        if prev is not None and _goes_on_with(prev, fig, sentence) \
                and prev.measure.kind in _INHERITED and prev.measure.unit == fig.measure.unit \
                and (_AND_AGAIN.fullmatch(sentence, prev.end, fig.start)
                     or (_TO_AGAIN.fullmatch(sentence, prev.end, fig.start)
                         and _FROM_BEFORE.search(sentence, max(0, prev.start - 30), prev.start))
                     or _SAME_IN_BRACKETS.fullmatch(sentence, prev.end, fig.start)
                     or _THIS_AGAIN.fullmatch(sentence, prev.end, fig.start)
                     or _NOW_AGAIN.fullmatch(sentence, prev.end, fig.start)
                     or _LIST_COMMA.fullmatch(sentence, prev.end, fig.start)
                     or _GROUP_LIST_COMMA.fullmatch(sentence, prev.end, fig.start)):
            fig = replace(fig, measure=replace(fig.measure, kind=prev.measure.kind),
                          subject=fig.subject or prev.subject,
                          confidence=min(prev.confidence, 0.7))
        out.append(fig)
    return out


# "Death occurs in 5 % of children and 20 % of adults", "the death rate is 5 % in children
# and 20 % in adults": two groups set side by side, each figure its own group's, the second
# read as the first.
# ("30 % in those over 70 and 5 % in younger adults": an age may say who the group is)
_PAIR_GROUP = (rf"(?:the\s+)?(?P<g>(?:(?:older|younger|young|elderly|pregnant|black|white|"
               rf"male|female|untreated|treated|hospitali[sz]ed|healthy|adult)\s+)?"
               rf"(?:{_POP_NOUN})(?:\s+(?:aged\s+)?(?:over|under|older than|younger than)\s+"
               rf"\d{{1,3}})?)\b")
_PAIR_FIRST = re.compile(rf"\s*(?:%|percent\b|per cent\b)?\s*(?:of|in|among|for)\s+{_PAIR_GROUP}"
                         rf"\s*,?\s*(?:and|but|while|whereas|compared with|compared to|versus|"
                         rf"vs\.?)\s+(?:(?:in|among)\s+)?{_SAID_SO}?$", _I)
_PAIR_SECOND = re.compile(rf"\s*(?:%|percent\b|per cent\b)?\s*(?:of|in|among|for)\s+"
                          rf"{_PAIR_GROUP}"
                          rf"(?!\s+(?:with|who|aged|over|under|of)\b)", _I)
# "The death rates in children and adults are 5 % and 20 %, respectively": the groups named
# first, the figures after them in the same order.
_RESPECTIVE_AFTER = re.compile(r"\s*(?:%|percent\b|per cent\b)?\s*,?\s*respectively\b", _I)


def _paired_groups(figures: list[Figure], sentence: str) -> list[Figure]:
    """Return the figures, each of two set side by side given its own group.

    Only two groups of people, different, each named right after its figure, are
    read so; the second figure takes the first one's kind when its own was a guess.
    """
    out = list(figures)
    # (shares only: "those over 70" between two shares is an age figure of its own)
    shares = [i for i, f in enumerate(out) if f.measure.unit == "proportion"]
    for h, i in pairwise(shares):
        prev, fig = out[h], out[i]
        first = _PAIR_FIRST.match(sentence, prev.end, fig.start)
        if first is not None and first.end() == fig.start:
            second = _PAIR_SECOND.match(sentence, fig.end)
            if second is None:
                continue
            g1, g2 = first["g"].lower(), second["g"].lower()
            if g1 == g2 or _EVERYONE.fullmatch(g1) or _EVERYONE.fullmatch(g2):
                continue
            kind, kind_before = fig.measure.kind, prev.measure.kind
            if prev.measure.kind in _INHERITED and kind in ("unknown", "prevalence", "frequency",
                                                          "incidence") and kind != \
                    prev.measure.kind and fig.subject is None:
                kind = prev.measure.kind
            elif kind_before == "unknown" and kind in _INHERITED and prev.subject is None:
                kind_before = kind  # "10 % of women and 5 % of men get it": one verb for both
            out[h] = replace(prev, measure=replace(
                prev.measure, kind=kind_before, population=_own_group(prev.measure, g1)),
                confidence=prev.confidence if kind_before == prev.measure.kind else
                min(fig.confidence, 0.45))
            # (the first one's group, read for the second too, is the first one's)
            own = fig.measure.population
            out[i] = replace(fig, measure=replace(fig.measure, kind=kind, population=(
                g2 if own and own.lower() == g1 else _own_group(fig.measure, g2))),
                             subject=fig.subject or prev.subject,
                             confidence=fig.confidence if kind == fig.measure.kind else
                             min(prev.confidence, 0.7))
            continue
        both = prev.measure.population
        if both and both == fig.measure.population and " and " in both and \
                _RESPECTIVE_AFTER.match(sentence, fig.end) and \
                re.fullmatch(r"\s*(?:%|percent|per cent)?\s*(?:,\s*)?and\s+",
                             sentence[prev.end:fig.start], _I):
            g1, g2 = (x.strip() for x in both.split(" and ", 1))
            if g1 and g2 and " " not in g1:  # "children and adults": each its own
                noun = g2.split()[-1] if len(g2.split()) > 1 and g1 in _ADJ_ONLY else ""
                out[h] = replace(prev, measure=replace(prev.measure,
                                                       population=f"{g1} {noun}".strip()))
                out[i] = replace(fig, measure=replace(fig.measure, population=g2))
    return out


_ADJ_ONLY = frozenset({"older", "younger", "young", "elderly", "black", "white", "male", "female"})
_EVERYONE_LIFELONG = f"people {LIFETIME}"


def _own_group(measure: Measure, group: str) -> str:
    """Return the population of a figure set beside another's: its own, else ``group``
    ("the lifetime risk is 2 % for women and 1 % for men": the women's over a lifetime)."""
    own = measure.population
    if own is None:
        return group
    return f"{group} {LIFETIME}" if own.lower() == _EVERYONE_LIFELONG else own


# "The lungs are involved in 90 %, the skin in 25 % and the eyes in 20 %": each later share
# is of the thing named before its own "in", and is read as the first one is.
_GAPPED = re.compile(
    r"\s*(?:%|percent\b|per cent\b)?\s*(?:of\s+(?:all\s+)?(?:the\s+)?(?:cases|patients|people)"
    r"(?:\s+with\s+[\w' -]{1,30}?)?\s*)?(?:,\s*(?:and\s+|while\s+)?|\s+and\s+|;\s*)"
    r"(?:the\s+|their\s+|its\s+)?(?P<y>[A-Za-z][\w'-]*(?: [\w'-]+){0,2}?)\s+(?:in|among)\s+"
    r"(?:about |around |approximately |roughly |up to |over |more than |less than |nearly |"
    r"almost |some |only )?", _I)
_GAPPED_KINDS = frozenset({"unknown", "prevalence", "frequency"})


def _gapped(figures: list[Figure], sentence: str) -> list[Figure]:
    """Return the figures, each of a gapped list taking the first one's reading.

    After "the lungs are involved in 90 %", ", the skin in 25 %" is skin
    involvement; after "stage I resolves in 60-90 %", ", stage II in 40-70 %" is
    the recovery among stage II.  Only a figure with no subject of its own and a
    weak or unknown kind is read again.
    """
    out: list[Figure] = []
    for fig in figures:
        prev = out[-1] if out else None
        gap = _GAPPED.fullmatch(sentence, prev.end, fig.start) if (
            prev is not None and fig.subject is None and fig.measure.kind in _GAPPED_KINDS
            and fig.measure.unit == prev.measure.unit == "proportion"
            and (prev.subject is not None or prev.measure.kind in _OUTCOMES)) else None
        if prev is not None and gap is not None and not _NOT_A_THING.match(gap["y"]) and \
                not _NOT_AN_ITEM.match(gap["y"]):
            y = gap["y"].strip()
            if prev.subject is not None and prev.measure.kind == "frequency":
                involved = prev.subject.endswith(" involvement")
                fig = replace(fig, measure=replace(fig.measure, kind="frequency"),
                              subject=f"{y} involvement" if involved else y,
                              confidence=min(prev.confidence, 0.7))
            elif prev.measure.kind in _OUTCOMES:
                fig = replace(fig, measure=replace(fig.measure, kind=prev.measure.kind,
                                                   population=y.lower()),
                              confidence=min(prev.confidence, 0.7))
        out.append(fig)
    return out


# "... 4.3 in 100,000. The figures for X are higher, at 32.5 in 100,000": a rate per head
# with no word for its kind is of the kind of the rates in the sentence before.
_RATE_PER_HEAD = re.compile(rf"\b(?:in|per|out of)\s+(?:every\s+)?{_BASE}", _I)
_RATE_KINDS = frozenset({"incidence", "prevalence"})


def _figures_before(context: str, topic_words: tuple[str, ...]) -> Sequence[Figure]:
    """Return the figures of the sentence before: from memory when it was just read."""
    read = _RECENT.get((context, topic_words))
    return read if read is not None else find_figures(context, topic_words)


def _rates_as_before(figures: list[Figure], sentence: str, context: str,
                     topic_words: tuple[str, ...]) -> list[Figure]:
    """Return the figures, a rate per head of unknown kind taking the one kind (and period)
    of the rates per head the sentence before gives, if it gives rates of one kind only."""
    before = {(f.measure.kind, f.measure.horizon) for f in _figures_before(context, topic_words)
              if f.measure.kind in _RATE_KINDS and (f.measure.point() or 1) < 0.01}
    if len(before) != 1:
        return figures
    ((kind, horizon),) = before
    return [replace(f, measure=replace(f.measure, kind=kind, horizon=f.measure.horizon or horizon),
                    confidence=0.45)
            if f.measure.kind == "unknown" and (f.measure.point() or 1) < 0.01
            and _RATE_PER_HEAD.search(sentence, f.start, f.end + 40) else f
            for f in figures]


# "this figure is 15 in 100", "that rate has fallen to 5 %": the quantity the sentence before
# gave, named again.
_THIS_FIGURE = re.compile(r"\b(?:this|that)\s+(?:figure|number|rate|proportion|percentage|"
                          r"share|risk)\b[^,;:.]{0,40}$", _I)


def _this_figure(figures: list[Figure], sentence: str, context: str,
                 topic_words: tuple[str, ...]) -> list[Figure]:
    """Return the figures, one of unknown kind said of "this figure" taking the kind (and
    subject) of the figure the sentence before gives, when it gives figures of one kind only.

    "Before antibiotics, 70 in 100 died. Today this figure is 15 in 100": a death rate
    too, kept less sure (0.45) as the kind was read from another sentence.
    """
    before = {(f.measure.kind, f.subject) for f in _figures_before(context, topic_words)
              if f.measure.kind not in ("unknown", "count", "age", "duration")}
    if len(before) != 1:
        return figures
    ((kind, subject),) = before
    return [replace(f, measure=replace(f.measure, kind=kind), subject=f.subject or subject,
                    confidence=0.45)
            if f.measure.kind == "unknown" and _THIS_FIGURE.search(sentence, 0, f.start) else f
            for f in figures]


# "Studies report rates of 10-50 %", "estimates of about 20 %": a bare rate, its kind unsaid.
_BARE_RATE_BEFORE = re.compile(r"\b(?:rates?|figures?|estimates?)\s+(?:(?:of|at|around|between|"
                               r"from|ranging from|as high as)\s+)?" + _SAID_SO + r"?$", _I)
_BARE_RATE_WORDS = ("rate", "figure", "estimate")


def _rate_said_before(figures: list[Figure], sentence: str, context: str) -> list[Figure]:
    """Return the figures, one of unknown kind given as bare "rates of" taking the one
    outcome the sentence before names.

    "The death rate varies widely. Studies report rates of 10 % to 50 %": death rates, kept
    less sure (0.45) as the kind was read from another sentence.
    """
    kinds = {kind for _, _, _, kind, tier in _kind_words(context)[1]
             if tier == _STRONG and kind in _OUTCOMES}
    if len(kinds) != 1:
        return figures
    (kind,) = kinds
    return [replace(f, measure=replace(f.measure, kind=kind), confidence=0.45)
            if f.measure.kind == "unknown" and f.measure.unit == "proportion"
            and _BARE_RATE_BEFORE.search(sentence, max(0, f.start - 40), f.start) else f
            for f in figures]


# "Men are affected more often than women (55 % vs 45 %)": each sex's share of cases, in the
# order the sexes were named.
_TWO_SEXES = re.compile(rf"\b(?P<a>{_SEX_WORD})\b[^.;:()]{{0,60}}?\b(?:than|and|or)\s+(?:in\s+)?"
                        rf"(?P<b>{_SEX_WORD})\s*\(\s*$", _I)
_VS = re.compile(r"\s*(?:%|percent\b|per cent\b)?\s*(?:vs\.?|versus|v\.?|and|to|compared with)\s*$",
                 _I)


def _sexes_in_brackets(figures: list[Figure], sentence: str) -> list[Figure]:
    """Return two shares in one bracket after two sexes named ("men ... than women (55 % vs
    45 %)") as each sex's share of cases; else the figures as they were."""
    a, b = figures
    if a.measure.unit != "proportion" or b.measure.unit != "proportion" or \
            _VS.fullmatch(sentence, a.end, b.start) is None or \
            not re.match(r"\s*(?:%|percent\b|per cent\b)?\s*\)", sentence[b.end:]):
        return figures
    sexes = _TWO_SEXES.search(sentence, 0, a.start)
    if sexes is None or _SEX[sexes["a"].lower()] == _SEX[sexes["b"].lower()]:
        return figures
    pairs = ((a, _SEX[sexes["a"].lower()]), (b, _SEX[sexes["b"].lower()]))
    if not {a.measure.kind, b.measure.kind} <= _GAPPED_KINDS | {"frequency", "incidence"}:
        # "Mortality is higher in men than in women (30 % vs 20 %)": each sex's death rate
        return [replace(f, measure=replace(f.measure, population=sex)) for f, sex in pairs]
    return [replace(f, subject=sex, measure=replace(f.measure, kind="share", population=None),
                    confidence=0.7) for f, sex in pairs]


# "... with treatment and up to 100 % without": the care named for the figure before, left out.
# ("20 % (with early surgery) to 80 % (without it)": in brackets, the care named again as "it")
_WITHOUT_AFTER = re.compile(r"\s*(?:%|percent\b|per cent\b)?\s*\(?\s*(?:of\s+(?:all\s+)?"
                            r"(?:cases|patients|people)\s+)?without(?:\s+(?:it|them|this|that))?\b"
                            r"(?=\s*(?:[,.;:)]|$|and\b|but\b|or\b))", _I)
# "... without treatment and 2 % with it": the care the figure before went without.
_WITH_AFTER = re.compile(r"\s*with\s+(?:it|them|that|this|treatment|care)"
                         r"(?=\s*(?:[,.;:)]|$|and\b|but\b|or\b))", _I)
_CARE_LEFT_OUT = {"treated": "without treatment"}
_CARE_GIVEN = {"without treatment": "treated", "untreated": "treated"}


def _without(figures: list[Figure], sentence: str) -> list[Figure]:
    """Return the figures, one followed by a bare "without" (or "with it") taking the care
    of the one before, left out (or given): in "10 % with treatment and 100 % without" the
    100 % is without treatment."""
    out: list[Figure] = []
    for fig in figures:
        prev = out[-1] if out else None
        care = prev.measure.population if prev is not None else None
        who = None
        if care and _WITHOUT_AFTER.match(sentence, fig.end):
            who = _CARE_LEFT_OUT.get(care) or (
                f"without {care[5:]}" if care.startswith("with ") else None)
        elif care and _WITH_AFTER.match(sentence, fig.end):
            who = _CARE_GIVEN.get(care) or (
                f"with {care[8:]}" if care.startswith("without ") else None)
        if who is not None:
            fig = replace(fig, measure=replace(fig.measure, population=who))
        out.append(fig)
    return out


# "within 3 days (72 hours)": the same figure again in other units.
_OPEN_BRACKET = re.compile(r"\s*\($")


# "Of the 120 people treated, 30 died": the words that make a number a case series' whole.
_SERIES_LEAD = re.compile(r"\b(?:out of|of|among)\s+(?:the\s+|these\s+|those\s+|all\s+)?$", _I)


def _own_span(form: str, m: re.Match[str]) -> tuple[int, int]:
    """Return where a figure's own words are: the match, or the part of a count."""
    if form == "part_of_whole":
        return m.start("a"), m.end("b") if m["b"] else m.end("a")
    if form in ("age_span", "onset_span"):  # (the people, or the verb, are no part of it)
        return m.start("a" if m["a"] else "a2"), m.end()
    if form == "decade_ordinal" and m["c"]:  # ("in the" is no part of "fifth decade")
        return m.start("c"), m.end()
    return m.start(), m.end()


def _restated(figures: list[Figure], sentence: str) -> list[Figure]:
    """Return the figures, one in brackets right after another taking that one's bound.

    "Start within 3 days (72 hours)" says "within" once for both; "(mean 12 days)"
    after a period is of the same thing.
    """
    out: list[Figure] = []
    for fig in figures:
        prev = out[-1] if out else None
        if prev is not None and _counts_behind(prev, fig, sentence):
            continue  # "22 % (152/692) of patients": the counts the share was worked from
        if prev is not None and _same_share_again(prev, fig, sentence):
            # "Nearly 1 in 4 (24 %) people die": one share said twice, the kind word past
            # the bracket being the first's as much as the second's
            known = prev if prev.measure.kind != "unknown" else fig
            out[-1], fig = (replace(f, subject=f.subject or known.subject,
                                    confidence=max(f.confidence, known.confidence),
                                    measure=replace(f.measure, kind=known.measure.kind,
                                                    population=f.measure.population
                                                    or known.measure.population,
                                                    horizon=f.measure.horizon
                                                    or known.measure.horizon))
                            for f in (prev, fig))
        if prev is not None and prev.measure.kind == fig.measure.kind \
                and _BRACKET_AFTER.match(sentence, prev.end, fig.start):
            # "lasts 7 to 15 days (mean 12 days)": the mean is of the same thing
            fig = replace(fig, subject=fig.subject or prev.subject)
            if prev.measure.bound is not fig.measure.bound and \
                    _OPEN_BRACKET.match(sentence, prev.end, fig.start):
                fig = replace(fig, measure=replace(fig.measure, bound=prev.measure.bound))
        out.append(fig)
    return out


def _same_share_again(prev: Figure, fig: Figure, sentence: str) -> bool:
    """Return whether ``fig`` restates ``prev`` in brackets, one of them of no known kind.

    "1 in 4 (24 %)", "most (about two-thirds)": two shares within a fifth of each other,
    the second right after the first in a bracket, are one figure written two ways.
    """
    a, b = prev.measure, fig.measure
    if a.unit != "proportion" or b.unit != "proportion" or \
            (a.kind == "unknown") == (b.kind == "unknown"):
        return False
    x, y = a.point(), b.point()
    return x is not None and y is not None and abs(x - y) <= 0.2 * max(x, y) and \
        _BRACKET_AFTER.match(sentence, prev.end, fig.start) is not None


def _counts_behind(prev: Figure, fig: Figure, sentence: str) -> bool:
    """Return whether ``fig`` is the raw "a/b" a share just before it was worked from."""
    a, b = prev.measure, fig.measure
    if a.unit != "proportion" or b.unit != "proportion" or a.value is None or b.value is None:
        return False
    return bool(_SLASH_COUNTS.fullmatch(sentence, fig.start, fig.end)) and \
        bool(_COUNTS_GAP.fullmatch(sentence, prev.end, fig.start)) and \
        abs(a.value - b.value) <= max(0.01, 0.03 * a.value)


# "(143/692)", "322/692": counts written as a fraction; what may stand between them and
# the share before ("cases (", "; ", "% (").
_SLASH_COUNTS = re.compile(r"\d[\d,]*\s*/\s*\d[\d,]*")
_COUNTS_GAP = re.compile(r"[^\d()]{0,20}?[(;,]\s*")
_BRACKET_AFTER = re.compile(r"\s*\((?:\s*(?:mean|median|average|on average|about|around|"
                            r"typically|usually|or|i\.e\.|that is)\b)?[\s,:]*$", _I)


def _period_again(figures: list[Figure], sentence: str) -> list[Figure]:
    """Give a period said again ("..., but most often it is 5 to 8 days") what the period
    before it was of."""
    out = list(figures)
    for i in range(1, len(out)):
        fig, prev = out[i], out[i - 1]
        if fig.measure.kind == prev.measure.kind == "duration" and fig.subject is None and \
                _PERIOD_AGAIN.search(sentence, max(0, fig.start - 40), fig.start):
            out[i] = replace(fig, subject=prev.subject)
    return out


_WITH_LEAD = re.compile(rf",\s*with\s+{_SAID_SO}?$", _I)


_AND_ALONE = re.compile(r"\band\b", _I)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:about\s+|around\s+|approximately\s+|roughly\s+)?$",
                             _I)


# "It has two peaks of onset, at 25 to 35 years and at 45 to 65": the ages it peaks at.
_PEAK_AT = re.compile(r"\bpeak(?:s|ed|ing)?\b[^.;:]{0,60}?\b(?:at|between|in|around|from|"
                      r"(?:and|or)(?:\s+at)?)\s+"
                      r"(?:the\s+)?(?:ages?\s+(?:of\s+)?)?(?:about\s+|around\s+|"
                      r"approximately\s+)?$"
                      # ("Peak incidence 20-40 yrs", "Peak onset: 20-40 years": a note's peak)
                      r"|\bpeak\s+(?:incidence|onset|age|prevalence)(?:\s+of\s+onset)?"
                      r"\s*(?::|-|–|is|was)?\s*(?:about\s+|around\s+|approximately\s+)?$", _I)


def _peak_age(fig: Figure | None, sentence: str) -> Figure | None:
    """Return a period in years that a peak is at as the age it peaks at.

    "peaking at 48 to 72 hours" is how long until the peak; "peaks at 25 to 35 years" is
    an age (a page writes ages in years as it writes periods).
    """
    if fig is None or fig.measure.unit != "years" or "peak" not in sentence.lower() or \
            _PEAK_AT.search(sentence, max(0, fig.start - 80), fig.start) is None:
        return fig
    return replace(fig, subject=None, measure=replace(fig.measure, kind="age"))


# "In most cases (80 %), it resolves": a share in brackets after the cases it counts, the
# clause after the comma saying what happens in them.
_MOST_CASES_BRACKET = re.compile(r"\b(?:in\s+)?(?:most|the majority of|a majority of|many|some|"
                                 r"a minority of)\s+(?:of\s+)?(?:the\s+)?(?:cases|patients|"
                                 rf"people)\s*\(\s*{_SAID_SO}?$", _I)
_BRACKET_THEN = re.compile(r"\s*(?:%|percent|per cent)?\s*\)\s*,\s*", _I)


def _kind_after_bracket(sentence: str, s: int, e: int) -> str | None:
    """Return the kind the clause after "in most cases (80 %)," names, if it names one."""
    if _MOST_CASES_BRACKET.search(sentence, max(0, s - 40), s) is None:
        return None
    then = _BRACKET_THEN.match(sentence, e)
    return _kind(sentence, then.end(), then.end()) if then is not None else None


# "100.000": a base's thousands set apart by dots (no base is a decimal with three places)
_DOTTED_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")


def _base_number(text: str) -> float:
    """Return the value of a rate's base or part: "100.000" is a hundred thousand."""
    if "." in text and _DOTTED_THOUSANDS.fullmatch(text.strip()):
        return parse_number(text.replace(".", ""))
    power = _POWER_OF_TEN.fullmatch(text.strip())
    if power is not None:  # "10^5", "10⁵"
        return 10.0 ** int(power["e"].translate(_SUPERSCRIPTS))
    return parse_number(text)


_POWER_OF_TEN = re.compile(r"10\s*\^?\s*(?P<e>[3-7\u00b3\u2074-\u2077])")
_SUPERSCRIPTS = str.maketrans("\u00b3\u2074\u2075\u2076\u2077", "34567")


def _decade(word: str) -> float:
    """Return the first year of a decade of life: "30s", "30's" and "thirties" are 30."""
    return float(_DECADES.get(word.lower()) or word.rstrip("sS").rstrip("'"))


def _figure(form: str, m: re.Match[str], sentence: str,
            topic_words: tuple[str, ...], context: str = "") -> Figure | None:
    s, e = _own_span(form, m)
    value = low = high = None
    bound = _bound(sentence, s, e)
    unit = "proportion"
    kind = _kind(sentence, s, e)
    if kind is None and "(" in sentence[max(0, s - 30):s]:
        kind = _kind_after_bracket(sentence, s, e)
    with_lead = _WITH_LEAD.search(sentence, max(0, s - 40), s) if kind is not None else None
    if with_lead is not None:
        # "Most recover, with 20 % of patients developing X": the figure's phrase starts at
        # "with"; a kind word before it is the other clause's.
        at = with_lead.start()
        kind = _kind(sentence[at:], s - at, e - at)
    if kind in ("mortality", "survival") and _SURVIVORS_NEXT.match(sentence, e):
        kind = None  # "one of every seven survivors suffers from X": they lived; X is what
    if form in ("pct_range", "per_range") and _LISTED_BEFORE.search(sentence, max(0, s - 30), s) \
            and re.search(r"\b(?:and|or)\b", sentence[m.end("a"):m.start("b")], _I):
        return None  # "10, 20 and 30 %": a list's last two, each read alone (see _listed)
    if form == "pct" and _says(sentence, (" by ",)) and _RISK_CHANGED_BY.search(
            sentence, max(0, s - 90), s):
        return None  # "raised the risk of X by 36 %": a relative rise, read as risk_verb
    if form in ("pct", "pct_range") and _says(sentence, (" by ",)) and _CHANGED_BY.search(
            sentence, max(0, s - 40), s):
        return None  # "cases have fallen by 99 %": a change over time, no share of anyone
    if form == "pct_range" and _AND_ALONE.search(sentence, m.end("a"), m.start("b")) and \
            not _BETWEEN_BEFORE.search(sentence, max(0, s - 25), s):
        return None  # "5 % and 20 % in adults": two figures; "between 5 % and 20 %" is a range
    if form == "pct_range":
        low, high = parse_number(m["a"]) / 100, parse_number(m["b"]) / 100
        bound = Bound.RANGE
    elif form == "pct":
        value = parse_number(m["a"]) / 100
    elif form in ("per_range", "every_then", "part_of_whole", "series_then"):
        if form == "series_then" and _SERIES_LEAD.search(sentence, max(0, s - 24), s) is None:
            return None  # "120 people were treated, 30 died": no whole named as "of the 120"
        n = _base_number(m["n"])
        if form in ("every_then", "series_then"):
            bound = _bound(sentence, m.start("a"), m.end("a"))  # ", about 15 will die"
        if any(_is_year(m[g]) for g in ("n", "a", "b") if m[g]) or n < 2:
            return None  # "20 to 30 cases in 2019", "from 1997 to 2000": years, not a share
        low = parse_number(m["a"]) / n
        high = parse_number(m["b"]) / n if m["b"] else None
        if high is None:
            value, low = low, None
        else:
            bound = Bound.RANGE
    elif form in ("ratio_range", "ratio_sign_range"):
        n, n2 = _base_number(m["n"]), _base_number(m["m"])
        if form == "ratio_sign_range" and (n < 100 or n2 < 100):
            return None  # ("1/2-3/4": no rates per head)
        if n < 2 or n2 < 2:
            return None
        low, high = parse_number(m["a"]) / n, parse_number(m["b"]) / n2
        bound = Bound.RANGE
    elif form == "ratio_base_range":
        n, n2 = _base_number(m["n"]), _base_number(m["m"])
        if n < 2 or n2 <= n or any(_is_year(x) for x in (m["n"], m["m"])):
            return None  # ("1 in 10 to 5" is no range of wholes)
        low, high = parse_number(m["a"]) / n2, parse_number(m["a"]) / n
        bound = Bound.RANGE
    elif form in ("ratio", "ratio_sign"):
        n = _base_number(m["n"])
        a = parse_number(m["a"])
        if n < 2 or a > n or (a == n) or _is_year(m["n"]) or (form == "ratio_sign" and n < 100):
            return None
        value = a / n
    elif form == "fraction":
        p, q = (m["p"] or m["p2"]), (m["q"] or m["q2"])
        if m["f"] is None and not 0 < int(p) < int(q):
            return None  # "5/3" is no share
        if _ALONE_AFTER.match(sentence, m.end()) and (
                m["f"] is None or not (_IN_BEFORE.search(sentence, max(0, s - 30), s)
                                       or _RATE_IS_BEFORE.search(sentence, max(0, s - 50), s))):
            return None  # "a third." alone is a share only as "in a third", of the cases
        value = (int(p) / int(q) if m["f"] is None
                 else _FRACTIONS[re.sub(r"[- ]", " ", m["f"].lower())])
        if m["f0"] and m["f"]:
            low, high = _FRACTIONS[re.sub(r"[- ]", " ", m["f0"].lower())], value
            value, bound = None, Bound.RANGE
        elif m["p0"] and m["p"] and 0 < int(m["p0"]) < int(m["q0"]):
            low, high = int(m["p0"]) / int(m["q0"]), value
            value, bound = None, Bound.RANGE
    elif form == "times":
        kind, unit = "relative_risk", "ratio"
        value = 2.0 if m["t"].lower() == "twice" else parse_number(m["a"])
        if m["a0"] and parse_number(m["a0"]) < value:
            low, high, value, bound = parse_number(m["a0"]), value, None, Bound.RANGE
    elif form == "decade_age":
        kind, unit, bound = "age", "years", Bound.RANGE
        low = _decade(m["a"])
        high = _decade(m["b"] or m["a"]) + 9  # "in their 30s": 30 to 39
    elif form == "decade_ordinal":
        kind, unit, bound = "age", "years", Bound.RANGE
        said = m["a"] or m["c"]
        first, last = _ORDINALS[said.lower()], _ORDINALS[(m["b"] or m["d"] or said).lower()]
        low, high = 10.0 * (first - 1), 10.0 * max(first, last) - 1  # the third: 20 to 29
    elif form == "risk_verb":
        return _risk_verb(m, sentence)
    elif form == "risk_ratio":
        return _risk_ratio(m, sentence, context)
    elif form == "age_span":
        kind, unit, bound = "age", "years", Bound.RANGE
        youngest = parse_number(m["a"]) / (12.0 if (m["ua"] or "").lower().startswith("month")
                                            else 1.0)
        oldest = parse_number(m["b"]) / (12.0 if (m["ub"] or "").lower().startswith("month")
                                         else 1.0)
        if not (m["ua"] or m["ub"]) and (parse_number(m["a"]) < 10 or
                                          "between" not in m.group(0).lower()):
            return None  # bare "adults 2 to 3" is no age; "adults between 20 and 40" is
        if not 0 < youngest < oldest <= 120:
            return None
        low, high = youngest, oldest
    elif form == "onset_span":
        kind, unit, bound = "age", "years", Bound.RANGE
        low, high = float(m["a"] or m["a2"]), float(m["b"] or m["b2"])
        if not (0 < low < high <= 110 and high >= 12):
            return None  # "starts between 2 and 5" may be days: no age said
    elif form == "age_range":
        kind, unit, bound = "age", "years", Bound.RANGE
        per_year = 12.0 if m["months"] else 1.0  # "between the ages of 13-24 months"
        low, high = (float(m["a"] or m["c"] or m["e"]) / per_year,
                     float(m["b"] or m["d"] or m["f"]) / per_year)
    elif form == "count":
        return _count(m, sentence, bound, context)
    elif form == "magnitude":
        return _magnitude(m, sentence, context)
    elif form == "rate_label":
        return _rate_label(m)
    elif form == "count_field":
        return _count_field(m, sentence)
    elif form == "procedures":
        return _procedures(m, sentence)
    elif form == "label_count":
        return _label_count(m, sentence)
    elif form == "number_of":
        return _number_of(m, sentence, topic_words)
    elif form == "dose_rate":
        return _dose_rate(m, sentence, bound, topic_words)
    elif form == "dose":
        return _dose(m, sentence, bound)
    elif form == "equally":
        return _equally(m)
    elif form == "sex_ratio":
        return _sex_ratio(m, sentence)
    elif form == "kinds":
        return _kinds(m, topic_words)
    elif form == "kinds_listed":
        return _kinds_listed(m, topic_words)
    elif form == "causing_kinds":
        return _causing_kinds(m, sentence, topic_words)
    elif form == "duration":
        return _peak_age(_topic_onset(_form_lasting(_returned(
            _duration(m, sentence, s, e, bound, context), sentence, topic_words), topic_words),
            sentence, topic_words), sentence)
    elif form in ("age", "age_of_group"):
        if form == "age_of_group" and not m["by_age"] and \
                not _AGE_GROUP_BEFORE.search(sentence, max(0, s - 15), s) \
                and not (_PEOPLE_ARE.search(sentence, max(0, s - 60), s)
                         and not _SHARE_OF_THEM.search(sentence, max(0, s - 60), s)):
            return None  # "over 40" of something other than people
        kind, unit = "age", "years"
        groups = m.groupdict()
        value = (parse_number(groups["f"]) / 12 if groups.get("f")
                 else parse_number(next(groups[g] for g in "abcdegh" if groups.get(g))))
        if not groups.get("f") and _MONTHS_AFTER.match(sentence, e):
            value /= 12  # "by the age of 18 months", "aged 6 months": a baby's age, in years
        lead = sentence[max(0, s - 15):e].lower()  # not past the figure: the next one's words
        tail = sentence[e:e + 30]
        older = groups.get("older") or groups.get("older2")
        if older or re.search(r"over|above|older|after|greater|more than|[>≥]", lead) or \
                _AGE_AND_OLDER.match(tail):
            bound = Bound.LOWER
        elif re.search(r"under|below|younger|before|less than|[<≤]", lead) or \
                _AGE_AND_YOUNGER.match(tail):
            bound = Bound.UPPER
        if groups.get("typical") and bound is Bound.EXACT:
            bound = Bound.APPROX  # a mean or median age, as "a mean of 45" is read
        bound = _rarely(sentence, s, bound)
    subject = _aged(sentence, s, topic_words) if kind == "age" else None
    if kind == "age" and subject is None:
        subject = outlook_of_age(sentence)  # "being over 60 is linked to a poorer outlook"
    if kind == "age" and subject is None and bound is Bound.UPPER and value is not None:
        subject = event_before_age(sentence, s, value, topic_words)  # "measles before age 1"
    cut = _before(_RISK_CUT, _RISK_CUT_WORDS, sentence, s, 120) if unit == "proportion" else None
    if cut is not None and all(x is None or 0 <= x <= 1 for x in (value, low, high)):
        kind, unit = "relative_risk", "ratio"
        value, low, high = (None if x is None else 1 - x for x in (value, high, low))
        if bound in (Bound.UPPER, Bound.LOWER):
            bound = Bound.LOWER if bound is Bound.UPPER else Bound.UPPER
        subject = cut["subject"]
    raised = _before(_RISK_RAISE, _RISK_RAISE_WORDS, sentence, s, 120) \
        if unit == "proportion" and cut is None and form in ("pct", "pct_range") else None
    if raised is not None and not _NOT_A_THING.match(raised["subject"]):
        kind, unit, subject = "relative_risk", "ratio", raised["subject"]
        value, low, high = (None if x is None else 1 + x for x in (value, low, high))
    more = _PCT_MORE_RISK.match(sentence, e) if unit == "proportion" and cut is None and \
        raised is None and form in ("pct", "pct_range") else None
    if more is not None:  # "a 30 % higher risk": a relative risk of 1.3, not a share
        sign = -1 if more["d"].lower() in ("lower", "reduced", "decreased", "smaller") else 1
        kind, unit = "relative_risk", "ratio"
        value, low, high = (None if x is None else 1 + sign * x for x in (value, low, high))
        if sign < 0 and low is not None and high is not None:
            low, high = high, low
    near = s - 30 if s > 30 else 0
    harm = _harm_before(sentence, s, e, topic_words) if unit == "proportion" and kind not in (
        _NAMED_OUTRIGHT - {"share"}) and (sentence.find("(", near, s) != -1
                                          or sentence.find(",", near, s) != -1) else None
    around = _share_around(sentence, s, e) if harm is None and unit == "proportion" and \
        kind not in (_NAMED_OUTRIGHT - {"share"}) and _says(sentence, _SHARE_AROUND_HINTS) \
        else None
    if harm is not None:
        kind, subject, named_by_follow = "frequency", harm, True
    elif around is not None:
        kind, subject = "share", _form_of_topic(around, topic_words)
    elif unit == "proportion" and _says(sentence, ("account",)) and (
            gap := _SHARE_GAPPED.search(sentence, 0, s)) is not None and \
            gap.end() == s and _NOT_A_THING.match(gap["subject"]) is None:
        # "X accounts for 40 % of cases, and Y for a further 30 %": Y's share, its verb said once
        kind, subject = "share", _form_of_topic(gap["subject"], topic_words)
    elif unit == "proportion" and (_OF_AFTER.match(sentence, e) or _CASES_NEXT.match(sentence, e)
                                   or _SHARE_AGAIN.match(sentence, e)
                                   or _SHARE_VERB_BEFORE.search(sentence, max(0, s - 40), s)):
        kind, subject = _share(sentence, s, e, kind)
        if subject is not None and subject.strip().lower() in ("who", "which", "that"):
            subject = _relative_head(sentence, s)  # "in women, who account for 60 %"
        elif subject is not None and subject.strip().lower() in ("it", "this"):
            subject = None  # "It accounts for 15 % of all skin infections": the topic's share
        if subject is None and (kind is None or kind in _SUBTYPE_KINDS) and \
                _SHARE_AFTER.match(sentence[e:e + 40]):
            numbered = _numbered_seen_in(sentence, s, topic_words)
            if numbered is not None:  # "Type 2 is seen in 20 % of cases": type 2's share
                kind, subject = "share", numbered
        subject = _form_of_topic(subject, topic_words)
        if subject is None and kind in _OUTCOMES:
            subject = _outcome_of(sentence, e, topic_words)
    if subject is None and unit == "proportion" and kind not in _NAMED_OUTRIGHT and \
            _says(sentence, _FOLLOWS_WORDS):
        follows = _follows(sentence, s, e, topic_words)
        if follows is not None:  # "It follows a minor injury in 50 % of cases": the injury's
            kind, subject = "share", follows
    if subject is None and unit == "proportion" and kind in (None, "frequency", "unknown") and \
            _says(sentence, (" is ", " was ")) and _OF_CASES.match(sentence, e):
        named_form = _form_in_cases(sentence, s, topic_words)
        if named_form is not None:  # "It is mild in 80 % of cases": the mild form's share
            kind, subject = "share", named_form
    if subject is None and unit == "proportion" and kind in _OUTCOMES and \
            _says(sentence, _OUTCOME_VERB_WORDS):
        subject = _outcome_named_before(sentence, s, topic_words)
    named_by_follow = group_share = where_named = of_deaths = False
    outcome_group: str | None = None  # "relapse after stopping steroids": after stopping them
    outcome_within: str | None = None  # "death within 48 hours": the outcome's own period
    rate_form: str | None = None  # "the death rate of <X>": X, the figure's subject as written
    if subject is None and unit == "proportion" and form != "times" and \
            kind not in _NAMED_OUTRIGHT and "(" in sentence[max(0, s - 16):s]:
        item = _bracketed_item(sentence, s, e, topic_words)
        if item is not None:  # "Signs include fever (90 %), rash (80 %)": how often each
            subject, kind, named_by_follow = item, "frequency", True
    if subject is None and kind is None and unit == "proportion" and form != "times" and (
            any(map(sentence[max(0, s - 24):s].__contains__, _ITEM_LINE_MARKS))
            or (s <= _ROW_NAME_MAX and _ROW_LINE.match(sentence, 0, s) is not None)
            or ";" in sentence[max(0, s - 50):e + 4]):
        item = _item_line(sentence, s, e, topic_words)
        if item is not None:  # a line "Skin: 25 %" in a list: how often the skin is
            subject, kind, named_by_follow = item, "frequency", True
    if subject is None and unit == "proportion" and form != "times":
        # (a wider look when an aside in commas comes between the thing and its verb)
        occurs = _before(_OCCURS_BEFORE, _OCCURS_WORDS, sentence, s,
                         130 if ", which " in sentence[max(0, s - 130):s] else 80)
        then = _IN_CASES_THEN.match(sentence[e:e + 120]) if re.search(
            # ("in more than 90 % of cases the ...", "But in 2 % of cases the ...")
            rf"(?:^|[,;:]\s*|(?i:^(?:but|and|however|yet|so|also|overall|still),?\s+))in\s+"
            rf"{_SAID_SO}?$",
            sentence[max(0, s - 30):s], _I) or re.match(
            r"\s*(?:%|percent|per cent)?\s*of the time\s*,", sentence[e:e + 30], _I) else None
        if then is not None and not then["comma"] and kind is not None and not then["inv"]:
            then = None  # "in 70 % of people the swelling resolves": the kind word's own
        found = occurs or then or _before(_IT_WITH_X_IN, ("associated", "linked"), sentence, s,
                                          120) or _before(
            _RISK_OF, ("risk", "chance", "likelihood", "odds"), sentence, s, 120) or _before(
            _RISK_TO, ("risk", "chance", "likelihood", "odds"), sentence, s, 120)
        if found is None and not _per_thousands(form, m):
            found = _before(_RATE_OF, _RATE_WORDS, sentence, s, 120)
        if found is None and kind in (None, "frequency"):
            found = _named_rate(sentence, s)
        named = found["x"] if found is not None else None
        triad = _SIGNS_TOGETHER.search(sentence, max(0, s - 120), s) if found is occurs and \
            named is not None and "ad of" in sentence else None
        if triad is not None:  # "The classic triad of A, B and C is seen in 10 %": the triad
            named = triad["x"]
        if named is not None and "to" in named:
            # ("It's thought to affect 1 in 5,000": the hedge no part of what is named)
            named = _HEDGED_TO.sub("", named) or named
        if found is not None and found is then and named is not None and \
                _GENERIC_HARM.fullmatch(named.strip()) and _ENDS_IN_LINK.search(then.group(0)):
            # "in 70 % of cases, the first sign is a rash": the rash, not "first sign"
            named = _named_after_link(sentence[e + then.end():]) or named
        if named is not None and found is not None and kind in _OUTCOMES and \
                _outcome_rate(found):
            # "The death rate of the severe form is 30 %": that form's mortality, not how
            # often the form comes; "... of patients on dialysis" is theirs (a population).
            named = None if _PEOPLE_LEAD.match(found["x"]) else found["x"]
            if named is not None and (not _names_topic(named.lower(), topic_words)
                    or _is_topic_form(named, topic_words)):
                rate_form = re.sub(r"^(?:the|an?)\s+", "", named, flags=_I)
                subject = _form_of_topic(rate_form, topic_words)
            named = found = None
        if (named is None or found is then) and _says(sentence, _CAUSE_WORDS):
            named = _caused(sentence, s, e, topic_words) or named
        if named is not None and found is not None and found.groupdict().get("inv") and \
                _PEOPLE_ONLY.fullmatch(named.strip()) and _OF_CASES.match(sentence, e):
            # "Women are affected in 60 % of cases": the women's share of all cases
            kind, subject, group_share = "share", _SEX.get(named.strip().lower(),
                                                          named.strip().lower()), True
            named = found = None
        if named is not None and found is not None and found.groupdict().get("inv") and \
                "involved" in found.group(0).lower() and not _names_part(named) and \
                _OF_CASES.match(sentence, e):
            # "Zorb pads were involved in over 90 % of cases": the pads' share of cases (a
            # thing that brings cases about, not a part the illness reaches)
            kind, subject, group_share = "share", named.strip().lower(), True
            named = found = None
        if named is not None and found is not None and found.groupdict().get("inv"):
            named = f"{named} involvement"  # "the lungs are affected in 90 %": lung involvement
        elif named is not None and found is not None and found.groupdict().get("nil"):
            named = f"no {named.lower()}"
        elif named is not None and found is not None and found.groupdict().get("res"):
            named = f"{found['res'].lower()} {named}"  # "cultures are positive": positive ones
        if named is not None and " " in named:
            # "studies found that X occurs in" (the article after it no part of X)
            named = re.sub(r"^(?:the|an?)\s+", "", _REPORTED.split(named)[-1], flags=_I)
        if named is not None and named.lower() in ("which", "that", "who"):
            # "X is eye involvement, which occurs in 10 %": the thing before the comma.
            head = re.search(r"([^,;:]{2,80}),\s*(?:which|that|who)\s+[\w' ]*$",
                             sentence[max(0, s - 120):s])
            named = None
            if head is not None:
                named = re.split(r"\s(?:is|are|was|were|includes?)\s", head.group(1))[-1]
                named = re.sub(r"^(?:the|an?)\s+", "", named.strip(), flags=_I) or None
        did = _WHO_OUTCOME.fullmatch(named.strip()) if named and " who " in named else None
        if did is not None:
            # "The proportion of people who die is 10 %": the people's outcome is the kind.
            kind, named = _WHO_OUTCOME_KIND[did["v"].lower()[:4]], None
        had = _WHO_HAVE_X.fullmatch(named.strip()) if named and " who " in named else None
        if had is not None and not any(w and w in had["x"].lower() for w in topic_words):
            named = had["x"]  # "the share of people who have pain": the pain
        outcome = _OUTCOME.fullmatch(named.strip().lower().rstrip("s")) if named else None
        timed = _OUTCOME_WHEN.fullmatch(named.strip()) if named and outcome is None else None
        soon = _OUTCOME_WITHIN.fullmatch(named.strip()) if named and outcome is None and \
            timed is None else None
        if soon is not None:
            # "Death within 48 hours occurs in half": the outcome, its period the horizon
            outcome = _OUTCOME.fullmatch(soon["o"].lower().rstrip("s"))
            outcome_within = soon.group(0)
        if timed is not None:
            # "Relapse after stopping steroids occurs in 20-75 %": a relapse, among those
            # who stopped them
            outcome, outcome_group = _OUTCOME.fullmatch(timed["o"].lower().rstrip("s")), \
                re.sub(r"\s+", " ", timed["when"].lower())
        if outcome is not None:
            # "Deaths occur in 5 to 10 %": the outcome is the figure's kind, not a subject.
            kind = _OUTCOME_KIND[outcome.group("w")] if kind in (None, "frequency", "unknown") \
                else kind
            named = None
        # "In 20 % of patients, the illness goes into remission": the illness is the topic.
        if named and not _NOT_A_THING.match(named) and not _GENERIC_OF.fullmatch(named) \
                and (not _names_topic(named, topic_words)
                     or _is_topic_form(named, topic_words)):
            # ("Cardiac <topic> occurs in 5 %": how often that form comes, its own subject.)
            subject, kind, named_by_follow = named, "frequency", True
        elif named and kind is None and found is occurs and (_GENERIC_IT.fullmatch(
                named.strip()) or any(w and w in named.lower() for w in topic_words)):
            kind = "frequency"  # "It is seen in 20 % of people with X": how often, among them
    had = _HAVE_HAD.match(sentence, e, _next_figure(sentence, e)) \
        if subject is None and unit == "proportion" and _says(sentence, ("had ",)) else None
    if had is not None and not _NOT_A_THING.match(had["x"]) and \
            not _names_topic(had["x"], topic_words):
        # "90 % of adults have had grebble pox": how many ever had that other illness.
        subject, kind, named_by_follow = had["x"], "prevalence", True
    elif had is not None and kind in (None, "unknown", "frequency", "incidence") and (
            _GENERIC_IT.fullmatch(had["x"].strip()) or any(
                w and w in had["x"].lower() for w in topic_words)):
        kind = "prevalence"  # "9 in 10 adults have already had it": how many ever had it
        so_common = _before(_SO_COMMON, (" so ",), sentence, s, 160) \
            if _GENERIC_IT.fullmatch(had["x"].strip()) else None
        if so_common is not None and not _NOT_A_THING.match(so_common["x"]) and not any(
                w and w in so_common["x"].lower() for w in topic_words):
            # "X is so common that 8 in 10 grown-ups have had it": "it" is X.
            subject, named_by_follow = so_common["x"], True
    if subject is None and unit == "proportion" and form != "times" and kind in (
            None, "unknown", "frequency", "incidence", "prevalence") and _says(
            sentence, _RISK_AFTER_WORDS):
        risk = _RISK_AFTER.match(sentence, e)
        x = risk["x"].strip() if risk is not None else ""
        if x and not _NOT_A_THING.match(x) and not _names_topic(x.lower(), topic_words):
            # "a 25 % risk of heart damage", "a 1 in 3 chance of it coming back"
            subject, kind, named_by_follow = x, "frequency", True
    if subject is None and unit == "proportion" and form != "times" and kind in (
            None, "unknown", "frequency", "incidence", "prevalence"):
        thing = _named_before_comma(sentence, s, topic_words)
        if thing is not None:  # "... causes hearing loss, affecting 1 in 10 patients"
            subject, kind, named_by_follow = thing, "frequency", True
    if subject is None and unit == "proportion" and form != "times" and \
            kind not in _NAMED_OUTRIGHT:
        # (Not after a strong word: "the death rate is 10 % in women who have just given
        # birth" is a death rate among them, not a share who give birth.)
        subject = _what_follows(sentence[e:_next_figure(sentence, e)], topic_words,
                                with_lead is not None)
        if subject is not None and kind in (None, "incidence", "prevalence", "frequency"):
            kind, named_by_follow = "frequency", True
    if subject is None and unit == "proportion" and kind in (None, "unknown", "frequency") \
            and _says(sentence, _REACH_WORDS):
        reached = _involvement(sentence, s, e, topic_words)
        if reached is not None:
            subject, kind, named_by_follow = reached, "frequency", True
    if subject is None and unit == "proportion" and kind in (None, "unknown", "frequency") \
            and _says(sentence, _BECOMES_WORDS):
        became = _becomes(sentence, s, topic_words) or _cases_become(sentence, e)
        if became is not None:  # "it becomes chronic in 10-30 %": how often the chronic form
            subject, kind, named_by_follow = became, "frequency", True
    if subject is not None and (again := _IT_AGAIN.fullmatch(subject.strip())) is not None:
        # "The chance of it coming back is 30 %": the topic's own relapse (or recovery).
        kind = "relapse" if again["back"] or again["again"] else "recovery"
        subject, named_by_follow = None, False
    if subject is not None and kind != "age" and \
            (outcome := _OUTCOME.fullmatch(subject.strip())) is not None:
        # "Remission occurs in over half": the figure measures the remission itself (an age
        # stays the age: "most deaths are in people over 65" is the age of those who die).
        kind, subject, named_by_follow = _OUTCOME_KIND[outcome["w"].lower()], None, False
    own_lo, own_hi = _own_bounds(sentence, s, e)  # kind, horizon and year all look here
    if form == "part_of_whole":
        own_lo = s  # "200 people a year ..., and 20 of them die": the year is the count's
    if kind in (None, "unknown", "frequency") and _per_thousands(form, m) and \
            _first(_RATE_WORD, sentence, own_lo, own_hi):
        kind = "incidence"  # "a yearly rate of 20 per 100,000"
    if subject is None and unit == "proportion" and kind in (
            None, "incidence", "prevalence", "frequency") and _says(sentence, _CASES_WORDS):
        group = _cases_group(sentence, e, topic_words)
        if group is not None:  # "80 % of cases are in children": the children's share
            kind, subject, group_share = "share", group, True
            # ("30 % of cases are in people who inject drugs": a description, kept as written)
            where_named = _WHO_DO.match(group) is not None
    if subject is None and unit == "proportion" and kind == "mortality" and \
            _says(sentence, ("deaths",)):
        cause = _death_cause(sentence, s, e, topic_words)
        group = cause if cause is not None else _deaths_group(sentence, s, e, topic_words)
        if group is not None:  # "80 % of deaths are in people over 65": their share of deaths
            # ("it causes 5 % of deaths in children": the topic's own share, "" for it)
            kind, subject, group_share, of_deaths = "share", group or None, True, True
    if subject is None and kind in (None, "incidence", "prevalence", "frequency") and \
            unit == "proportion" and _CASES_WHERE.match(sentence, e):
        # "50 % of cases are diagnosed in the south": where cases are, not a rate; the share
        # of all cases those cases are, named by where or when they are found.
        subject = _cases_where(sentence, e)
        kind = "share" if subject is not None else None
        where_named = subject is not None
    guessed = kind is None and unit == "proportion" and _among_cases(sentence, s, e)
    if kind is None:
        if unit != "proportion":
            return None
        # "... in 20 % of cases", "10 % of the time": how often (a guess, never compared);
        # else kept for review as unknown, never compared
        kind = "frequency" if guessed else "unknown"
    if kind != "relative_risk" and unit == "proportion" and any(
        v is not None and not 0 <= v <= 1 for v in (value, low, high)
    ):
        return None
    second = _SECOND_PREDICATE.search(sentence, e, own_hi) if " and " in sentence[e:own_hi] \
        else None
    horizon = _horizon(sentence, own_lo, second.start() if second else own_hi, (s, e)) \
        if unit != "years" else None
    if horizon is None and outcome_within is not None:
        horizon = _within_horizon(outcome_within)
    population = outcome_group or (_population(sentence, s, e, topic_words) if unit != "years"
                  else _age_group(sentence, s))
    if population is None and kind in _OUTCOMES and _says(sentence, _GROUP_HAS_WORDS):
        population = _group_has(sentence, s, topic_words)
    if population is None and kind in _OUTCOMES and _says(sentence, (" likely ",)):
        population = _likelier_group(sentence, s)
    if population is None and form in ("ratio", "per_range", "ratio_range", "ratio_base_range",
                                       "ratio_sign_range",
                                       "every_then", "series_then", "ratio_sign"):
        population = _denominator(sentence, e)
    if population is not None and population.endswith(LIFETIME) and kind in (
            "incidence", "prevalence", "unknown"):
        kind, horizon = "frequency", None  # the share who ever get it
    if kind == "incidence" and horizon is None and unit == "proportion" and \
            not _per_thousands(form, m) and (caseless.lacks(sentence, _STRONG_NEAR_WORDS) or _first(
                _STRONG_NEAR, sentence, own_lo, own_hi) is None):
        # "It develops in 2 % of people after a burn": in whom it happens, over no period
        # (an incidence counts new cases over one), so how often, among them
        kind = "frequency"
    if subject is not None and population is None and unit != "years":
        # About something else: "people with <the topic>" is then its population.
        population = _population(sentence, s, e, ()) or _given(sentence, s)
        if population is not None and _with_the_topic(population, topic_words):
            population = None  # "10 % of people who get <topic> go on to X": everyone with it
    if subject is not None and population is not None and \
            population.lower() == re.sub(r"^(?:the|an?)\s+", "", subject.strip().lower()):
        # "Cardiac <topic> occurs in 5 %", "people with X make up 40 % of cases": the
        # group is the subject, not who it is counted among.
        population = None
    if rate_form is not None and population is not None and \
            population.lower() == rate_form.lower():
        population = None  # the form is the subject, not who it is counted among
    if kind == "share":  # "of all sudden rashes, with most in young adults": the rashes
        population = _whole_of(sentence, e, topic_words) or population
    if group_share:
        # the group is the subject; the whole is all cases (or all deaths)
        population = "deaths" if of_deaths else None
    if kind == "relative_risk":
        population = _comparison(sentence, context) or _risk_group(sentence, s, e)
        if population is None and cut is not None and _VACCINE.search(cut["subject"]):
            population = "vaccinated vs unvaccinated"  # what a vaccine's cut compares
    setting = _nearest_setting(sentence, s, e) or _country_before(sentence, context)
    year = _nearest_year(sentence, own_lo, own_hi, s, e) \
        if unit != "years" and _says(sentence, _YEAR_WORDS) else None
    if year is not None and kind != "relative_risk" and (
            population is None or year.group(0) not in population):
        # A figure for a named year says so: the reader sees "in 2003" beside the figure
        # (graph.measures compares figures across years; one sentence's trend never
        # conflicts with itself).
        span = _first(_YEAR_SPAN, sentence, own_lo, own_hi)
        when = (f"{span['a'] or span['c']}-{span['b'] or span['d']}"
                if span is not None and not span["y"] else year.group(0))
        population = f"{population or 'people'} in {when}"
        if horizon is None and kind == "incidence" and _per_thousands(form, m) and \
                (span is None or span["y"]):
            horizon = "P12M"  # "the incidence in 2012 was 26 per 10,000": that year's
    if horizon is None and kind == "incidence" and _per_thousands(form, m) and \
            _first(_INCIDENCE_NAMED, sentence, own_lo, own_hi):
        # "An incidence of 4 per 100,000 children": an incidence per head is a yearly one
        # unless the page says otherwise, as epidemiology states rates (and readers take them).
        horizon = "P12M"
    if setting and population:
        # The country is the claim's setting; the population says who, not where.
        population = re.sub(rf"\s*\b(?:in|of) (?:the )?{re.escape(setting.group(1))}(?!\w)", "",
                            population)
        population = _THIS_COUNTRY.sub("", population).strip() or None
    if population is not None:
        if "whom" in population or "which" in population:
            # ("in children, in whom mortality is lower": the children)
            population = _WHOM.split(population, 1)[0]
        population = _DANGLING.sub("", population).strip() or None
        if population is not None and _EVERYONE.fullmatch(population):
            population = None  # "people" with nothing said about them: everyone
    if population is None and unit != "years" and _says(sentence, _CONDITION_WORDS):
        # (not an age: "between 25 and 45 when they are diagnosed" is when, not who)
        condition = _CONDITION_NEXT.match(sentence, e)
        if condition is None and kind in _OUTCOMES:
            # "When shock develops, mortality rises to 50 %": the condition leads the sentence
            condition = _CONDITION_LEAD.match(sentence)
            if condition is not None and (condition.end() > s or _CONDITION_ON_IT.search(
                    condition["c"]) or _names_topic(condition["c"], topic_words)):
                condition = None  # ("If you have it, ...": everyone with it, no group)
        if condition is not None:  # "... and up to 50 % when shock develops": in those cases
            said = re.sub(r"\s+", " ", condition["c"].strip())
            population = said[:1].lower() + said[1:]  # ("When ..." opening the sentence)
    if kind == "frequency" and subject is not None and _germ_named(subject) and \
            _OF_CASES.match(sentence, e):
        # "Zorbacilli are found in 60 % of cases": the cases that germ causes, its share of
        # them (a sign "found in 60 % of cases" stays how often patients show it)
        kind = "share"
    held = (kind in ("frequency", "unknown") and subject is None
            and horizon is None and unit == "proportion"
            and _OF_CASES.match(sentence, e) is None  # "10 % of its cases": a share of cases
            # ("most cases (80 %) occur in summer", "affects the legs (2 in 3 cases)": cases)
            and _CASES_NEXT.match(sentence, e) is None
            and _CASES_BRACKET_BEFORE.search(sentence, max(0, s - 40), s) is None
            and (_first(_HAVE_IT, sentence, own_lo, own_hi) is not None
                 or ((kind == "frequency" or _FREQUENCY_FIELD.match(sentence))
                     and _per_thousands(form, m))
                 # ("Frequency  0.5% of adults": the field says how common it is)
                 or (kind == "unknown" and _FREQUENCY_FIELD.match(sentence) is not None))
            and (population is None or _DEMOGRAPHIC.fullmatch(population) is not None
                 # ("1 to 3 per 100,000 women who menstruate": a group of people, per head)
                 or (_per_thousands(form, m) and _PEOPLE_GROUP.fullmatch(population) is not None)))
    if held:
        kind = "prevalence"  # "about 1 in 5,000 people (in the UK) have it": how many have it
    if kind == "prevalence" and horizon is not None and _per_thousands(form, m) and \
            (horizon_months(horizon) or 13) <= 12:
        # "Each year there are 3 cases per 100,000 people": cases per head over a year are new
        # ones, an incidence (how many have it now has no period)
        kind = "incidence"
    if any(x is not None and not math.isfinite(x) for x in (value, low, high)):
        return None  # a 400-digit number is no figure
    if low is not None and high is not None and low > high:
        low, high = high, low  # "between 50 % and 20 %"
    # Nine significant digits, as claim files write them, so a claim keeps its key
    # through review ("1 in 600" stays 0.00166666667, not 0.001667).
    value, low, high = (None if x is None else float(f"{x:.9g}") for x in (value, low, high))
    measure = Measure(kind, value=value, low=low, high=high, bound=bound, unit=unit,
                      horizon=horizon, population=population)
    # Sure when a strong word names the quantity in the figure's own phrase.
    # A weak word alone ("have", "develop") is a guess: shown, never in a conflict.
    strong = kind != "age" and not caseless.lacks(sentence, _STRONG_NEAR_WORDS) \
        and _first(_STRONG_NEAR, sentence, 0, len(sentence)) is not None
    # "1 in 3 people get it in their lifetime": the phrase says what is counted.
    lifetime = (kind == "frequency" and subject is None and population is not None
                and population.endswith(LIFETIME))
    # "1 in 4 people who once had marsh pox later get <the topic>": a named group gets the topic.
    group_gets_it = (kind in ("frequency", "incidence") and subject is None
                     and population is not None and horizon is None
                     and _gets_topic(sentence[e:_next_figure(sentence, e)], topic_words))
    if group_gets_it:
        kind = "frequency"
        measure = replace(measure, kind=kind)
    confidence = 0.8 if kind in _NAMED_OUTRIGHT or strong else (
        0.7 if named_by_follow or held or lifetime or group_gets_it else 0.45)
    if guessed and kind == "frequency":
        confidence = min(confidence, 0.45)  # no word named what is counted: never compared
    if (form == "fraction" and _ALONE_AFTER.match(sentence, m.end())
            and not _RATE_IS_BEFORE.search(sentence, max(0, s - 50), s)) or more is not None:
        # "in a third." names no whole; "a 30 % higher risk" no group it is compared with:
        # shown, never in a conflict
        confidence = min(confidence, 0.45)
    if subject is not None and subject[:3].lower() == "in " and (
            place := _SETTING.match(subject)) is not None:
        # "In the US X is estimated to affect 5 in 100,000": the country is the setting
        subject = subject[place.end():].strip(" ,") or None
    if subject is not None and " " in subject and (
            such := _SUCH_AS.match(subject)) is not None and _GENERIC_HARM.fullmatch(such["g"]):
        subject = subject[such.end():]  # "complications such as X occur in 10 %": X
    if subject is not None and "-related" in subject:
        subject = _RELATED.sub("", subject)  # "heart-related problems" are heart problems
    if kind == "share" and subject and measure.population and \
            measure.population.lower() in subject.lower():
        measure = replace(measure, population=None)  # "(80 %) are in children under 10"
    if unit == "proportion" and kind in _SUBTYPE_KINDS and topic_words:
        subtype = _subtype(sentence, e, subject, topic_words)
        if subtype is not None:
            # ("2 in 100,000 children get the severe form each year": a rate of that form
            # among people, no share of cases)
            subject, measure = subtype, replace(
                measure, kind="incidence" if kind == "incidence" and measure.horizon else "share")
            if measure.population is not None and subtype in measure.population.lower():
                measure = replace(measure, population=None)
    unseen = unnoticed_thing(sentence, topic_words) if unit == "proportion" and kind in (
        None, "frequency") else None
    sided = side_of_return(sentence, s, e) if unit == "proportion" and kind in (
        None, "frequency", "relapse") else None
    if sided is not None:
        # "30 % of relapses occur on the same side", "10 % have the palsy again on the same
        # side": those relapses, whatever sign they bring back
        subject, kind = sided
        measure = replace(measure, kind=kind)
    # ("in 1 in 5 cases the cause is unknown": "cause" read as the thing that comes)
    if (not subject or subject.lower().startswith("no ") or subject.lower() == "cause") and \
            unit == "proportion" and kind in (None, "frequency") and cause_unfound(sentence):
        # "in 1 in 5 cases no cause is found": the share of cases of unknown cause
        subject, kind, measure = "unknown cause", "share", replace(measure, kind="share")
    if unseen is not None and (not subject or f"unnoticed {subject.lower()} ".startswith(
            f"{unseen} ")):
        # "in 20 % of cases the rash goes unnoticed": of those who miss it, not of all with it
        subject, kind, measure = unseen, "frequency", replace(measure, kind="frequency")
    if unit == "proportion" and measure.kind in _SUBTYPE_KINDS:
        kind_of = (_NUMBERED_KIND_OF.fullmatch(subject.strip())
                   or _NUMBERED_KIND_LABEL.match(subject)) if subject is not None else (
            _NUMBERED_KIND_LABEL.match(sentence) if s < 80 else None)
        if kind_of is not None:
            # "Type II occurs in up to 30 %", "Type I (70-80 %): mixed germs", "Type I:
            # polymicrobial, 70-80 % of cases": the numbered kind's share of the cases
            subject, measure = kind_of["k"], replace(measure, kind="share")
    if subject is not None and (subject in ("no symptoms", "unknown cause")
                                or _NUMBERED_KIND.fullmatch(subject)
                                or subject.endswith(" acquired abroad")):
        # ("Type A accounts for 80 %", "half have no symptoms", "<topic> acquired abroad":
        # names the phrase reader keeps nothing of, or only the illness, so the figure fell
        # to the illness itself)
        where_named = True
    return Figure(measure, s, e, setting.group(1) if setting else _world(sentence), subject,
                  confidence, as_written=where_named)


# A numbered kind of the illness, alone or with a word for the illness ("type II infection").
_NUMBERED_KIND_OF = re.compile(rf"(?P<k>{_KIND_BY_NUMBER})"
                               r"(?:\s+(?:infections?|disease|illness|form|cases?))?", _I)
# ... as a line's label: "Type I: polymicrobial, 70-80 %", "- Type II - one germ (20 %)".
_NUMBERED_KIND_LABEL = re.compile(rf"^\W*(?P<k>{_KIND_BY_NUMBER})\s*(?::|[-–—]\s|\()", _I)


# A subtype's share of all cases is read from a figure first taken as how often a thing
# happens: "3 in 4 have a mild form of the condition", "in 30 % of cases it is severe".
_SUBTYPE_KINDS = frozenset({"frequency", "prevalence", "unknown", "incidence"})
_FORM_OF = re.compile(r"(?:an? |the )?(?P<adj>[\w-]+(?: [\w-]+)?) (?:form|type|variant|subtype|"
                      r"course)(?: of (?:the )?(?P<of>[\w' -]+))?", _I)
_OF_ITSELF = ("condition", "disease", "illness", "infection", "syndrome", "disorder", "it")
_COMES_ON = re.compile(r"\b(?:develops?|occurs?|progress(?:es)?|happens?|follows?|ensues?)\b",
                       _I)
# The topic named by its grade and a word for itself: "chronic disease", "severe illness".
_GRADE_OF_ITSELF = re.compile(r"(?:an? |the )?(?P<adj>severe|mild|moderate|chronic|critical|"
                              r"serious|progressive|persistent|advanced) "
                              rf"(?:{'|'.join(w for w in _OF_ITSELF if w != 'it')})", _I)
_CASES_ARE_SO = re.compile(r"\s*(?:%|percent\b|per cent\b)?\s*of\s+(?:all\s+)?(?:the\s+)?"
                           # ("for the remaining 20 % of people, the condition is more serious")
                           r"(?:cases|people|patients)\s*,\s*"
                           r"(?:it|this|the (?:condition|disease|illness|infection)|"
                           r"(?P<t>[\w' -]{2,40}?))\s+(?:is|becomes|turns)\s+(?:more\s+|very\s+)?"
                           r"(?P<adj>severe|mild|moderate|critical|chronic|serious)\b", _I)
_DEVELOP_FORM = re.compile(r"\s*(?:%|percent\b|per cent\b)?[\w' -]{0,60}?\b(?:will |may |can |go "
                           r"on to )?(?:develops?|gets?|have|has|leads? to|progress(?:es)? to|"
                           # ("lead to a very serious illness called severe X")
                           r"turns? into)\s+(?:an? [\w -]{0,40}?\bcalled\s+)?"
                           # ("develop chronic progressive disease": the chronic form)
                           r"(?P<adj>severe|mild|chronic|critical)(?: (?:and )?(?:progressive|"
                           r"persistent|active|relapsing))? (?P<t>[\w' -]{2,40}?)"
                           r"(?=\s*(?:[,.;:()]|$)|\s+(?:after|when|once|and|in|within)\b)", _I)
# A subtype is named by its grade as readers name it: "serious" cases are the severe form.
_GRADE_NAMES = {"serious": "severe"}


def _subtype(sentence: str, e: int, subject: str | None,
             topic_words: tuple[str, ...]) -> str | None:
    """Return the subtype of the topic a figure is the share of, named "<kind> <topic>", if
    its subject or the words after it name one ("a mild form of the condition", "develop
    severe X")."""
    topic = topic_words[0]

    def of_topic(words: str | None) -> bool:
        low = (words or "it").strip().lower()
        return low in _OF_ITSELF or any(w and low == w for w in topic_words)

    def form_named(form: re.Match[str] | None) -> str | None:
        """"<adj> form of the condition": the topic's <adj> form."""
        return f"{form['adj'].lower()} {topic}" if form is not None and of_topic(
            form["of"]) and not _NOT_A_THING.match(form["adj"]) else None
    itself = _GRADE_OF_ITSELF.fullmatch(subject.strip()) if subject is not None else None
    if itself is not None and _COMES_ON.search(sentence):
        # "Chronic disease develops in 10-30 %": the chronic form ("chronic disease is
        # present in 40 %" may be any long illness the patients have)
        grade = itself["adj"].lower()
        return f"{_GRADE_NAMES.get(grade, grade)} {topic}"
    form = _FORM_OF.fullmatch(subject.strip()) if subject is not None else None
    if form is not None and (form["of"] or not form.group(0).endswith("course")):
        named = form_named(form)  # ("become chronic" alone: carriers, too)
        if named is not None:
            return named
    if subject is None and _says(sentence, (" cases,", " people,", " patients,")):
        cases = _CASES_ARE_SO.match(sentence, e)
        if cases is not None and of_topic(cases["t"]):
            grade = cases["adj"].lower()
            return f"{_GRADE_NAMES.get(grade, grade)} {topic}"
    if _says(sentence, ("develop", "get", "have", "has ", "lead", "progress", "turn")):
        end = _next_figure(sentence, e)
        develop = _DEVELOP_FORM.match(sentence, e, end)
        if develop is not None and of_topic(develop["t"]):
            return f"{develop['adj'].lower()} {topic}"
        has = _HAS_FORM.match(sentence, e, end) if subject is None else None
        named = form_named(_FORM_OF.fullmatch(has["f"]) if has is not None else None)
        if named is not None:
            return named
    if subject is None and _says(sentence, ("diagnosed with", " are ")):
        form_said = _NAMED_FORM.match(sentence, e, _next_figure(sentence, e))
        words = form_said["p"].split() if form_said is not None else []
        for n in (1, 2):  # "severe X", "primary progressive X": the form's words, then X
            if len(words) > n and of_topic(" ".join(words[n:])) and \
                    not _NOT_A_THING.match(" ".join(words[:n])):
                grade = " ".join(words[:n]).lower()
                return f"{_GRADE_NAMES.get(grade, grade)} {topic}"
    return None


# "10-15 % of people are diagnosed with primary progressive X", "5 % are severe X": a form
# of the topic, named with its own words before the topic's name.
_NAMED_FORM = re.compile(r"\s*(?:%|percent\b|per cent\b)?(?:\s+of\s+(?:all\s+)?(?:people|patients|"
                         r"cases|those affected))?\s+(?:are|were)\s+(?:(?:first\s+|initially\s+)?"
                         r"diagnosed with\s+)?(?:an?\s+|the\s+)?"
                         r"(?P<p>[a-z][\w' -]{2,60}?)"
                         r"(?=\s*(?:[,.;:()]|$)|\s+(?:and|where|which|when|in)\b)", _I)


# "7 in 10 people with X will have the relapsing type of X": the form they have.
_HAS_FORM = re.compile(r"[^,.;:]{0,60}?\b(?:will |may |can |go on to )?(?:develop|get|have|"
                       r"has)s?\s+(?P<f>(?:an? |the )?[\w-]+(?: [\w-]+)? (?:form|type|variant|"
                       r"subtype|course)(?: of (?:the )?[\w' -]{2,40}?)?)(?=\s*(?:[,.;:()]|$)|"
                       r"\s+(?:and|which|with|where)\b)", _I)


_RELATED = re.compile(r"-related\b", _I)
# "It is more common in women, who account for 60 % of cases": the group before ", who".
_RELATIVE_HEAD = re.compile(r"(?:\b(?:in|among|for)\s+(?:the\s+)?|^\W*(?:the\s+)?)"
                            r"(?P<x>[\w'-]+(?:\s+[\w'-]+){0,2}?)\s*,\s*(?:who|which|that)\s+"
                            r"[\w' ]*$", _I)


def _relative_head(sentence: str, s: int) -> str | None:
    """Return what a relative pronoun before the figure stands for, if a clause names it."""
    m = _RELATIVE_HEAD.search(sentence, max(0, s - 120), s)
    x = m["x"].strip() if m is not None else ""
    return x if x and not _NOT_A_THING.match(x) else None
# "Streptococcal cases have a mortality of 30-70 %": the group the clause opens on.
_GROUP_HAS = re.compile(
    r"(?:^|[,;:]\s*)\W*(?:the\s+)?(?P<g>(?:[\w-]+\s+){1,3}?(?:cases|patients|people|children|"
    r"adults|infants|babies|women|men|forms?|types?|variants?|subtypes?))\s+"
    # ("the streptococcal form is associated with a mortality of 30 %")
    r"(?:have|has|had|show|showed|carry|carries|(?:is|are|was|were) associated with)\s+"
    r"(?:an?\s+|the\s+)?"
    r"(?:(?:overall|reported|estimated|high|higher|low|lower|much higher|much lower)\s+)?"
    r"(?:mortality|death|fatality|case[- ]fatality|survival|recovery|relapse|recurrence|"
    # ("Pregnant women have a higher risk of death, about 10 %")
    r"(?:risk|chance|likelihood) of (?:death|dying|relapse|recurrence))"
    rf"(?:\s+rates?)?(?:\s+(?:of\s+)?(?:(?:is|was)\s+)?|\s*,\s*){_SAID_SO}?$", _I)


_GROUP_HAS_WORDS = (" have ", " has ", " had ", " show", " carr", " associated ")


# "Older people are more likely to die, with a death rate of 40 %": the group the clause
# opens on, its outcome's rate given after a comma.
_LIKELIER_GROUP = re.compile(rf"^\W*(?:the\s+)?(?P<g>(?:[\w-]+\s+){{0,2}}?{_POP_NOUN})\s+"
                             r"(?:are|were)\s+(?:much\s+|far\s+)?(?:more|less)\s+likely\s+to\s+"
                             r"(?:die|survive|recover|relapse)\b[^.;:]{0,60}$", _I)


def _likelier_group(sentence: str, s: int) -> str | None:
    """Return the group a clause says is likelier to die (or recover) before its figure."""
    m = _LIKELIER_GROUP.match(sentence, 0, s)
    if m is None or _EVERYONE.fullmatch(m["g"]) or _NOT_ADJECTIVE.match(m["g"]):
        return None
    return re.sub(r"\s+", " ", m["g"].strip().lower())


def _group_has(sentence: str, s: int, topic_words: tuple[str, ...]) -> str | None:
    """Return the group whose outcome rate a figure gives, named as the clause's subject."""
    m = _before(_GROUP_HAS, _GROUP_HAS_WORDS, sentence, s, 120)
    if m is None or _NOT_ADJECTIVE.match(m["g"]):
        return None
    group = re.sub(r"\s+", " ", m["g"].strip().lower())
    return None if any(w and w in group for w in topic_words) else group
# "X is so common among toddlers that 8 in 10 grown-ups have had it": what "it" is.
_SO_COMMON = re.compile(r"(?:^|[,;:]\s*)(?:the |an? )?(?P<x>[\w'-]+(?: [\w'-]+){0,3}?) "
                        r"(?:is|are|was|were) so (?:common|widespread|frequent)\b[^.;:]{0,60}? "
                        r"that\s+[^.;:]*$", _I)
# "Around 90 % of adults in the UK have had X": the share who ever had X (its prevalence).
_HAVE_HAD = re.compile(
    r"\s*(?:%|percent\b|per cent\b)?\s*(?:(?:of\s+)?(?:all\s+)?(?:the\s+)?"
    r"(?:[\w'-]+\s+){0,2}?(?:people|adults|children|persons|individuals|the population)"
    r"(?:\s+(?:in|of)\s+(?:the\s+)?[\w.'-]+(?:\s+[A-Z][\w'-]+)?)?\s+)?"
    r"(?:have|has)\s+(?:already\s+|previously\s+|ever\s+)?had\s+(?:an?\s+|the\s+)?"
    r"(?P<x>[\w'-]+(?:\s+[\w'-]+){0,3}?)(?=\s*(?:[,.;:()]|$)|\s+(?:and|or|in|by|before|at|"
    r"as|when|so)\b)", _I)
# "In 5 % of cases, it causes heart failure", "it leads to kidney damage in 10 %": how often
# the topic brings on the thing it causes.
_CAUSE_WORDS = ("cause", "lead", "result", "progress")
_CAUSE_VERB = (r"(?:(?:can|may|might|will|also|sometimes|then|eventually|later) )*"
               r"(?:causes?|leads? to|results? in|progress(?:es)? to) (?:an? |the )?"
               r"(?P<x>[\w'-]+(?: [\w'-]+){0,3}?)")
_AGENT_X = r"(?:the |an? )?(?P<agent>[\w'-]+(?: [\w'-]+){0,3}?) "
_CAUSES_AFTER = re.compile(
    r"\s*(?:%|percent|per cent)?\s*of\s+(?:all\s+)?(?:the\s+)?(?:[\w'-]+\s+){0,3}?"
    r"(?:cases|patients|people|children|adults)\s*,\s*" + _AGENT_X + _CAUSE_VERB
    + r"(?=\s*(?:[,.;:()]|$)|\s+(?:and|or|which|that|in|within|after)\b)", _I)
_CAUSES_BEFORE = re.compile(
    r"(?:^|[,;:] |\b(?:and|but) )" + _AGENT_X + _CAUSE_VERB
    # ("causes lasting harm, such as deafness, in 1 in 7": the examples are an aside)
    + r"(?:,?\s+(?:such as|including|like)\s+[^,;:()]{1,60}?,?)?"
    + rf" in {_SAID_SO}?$", _I)


def _caused(sentence: str, s: int, e: int, topic_words: tuple[str, ...]) -> str | None:
    """Return what the topic causes in the figure's share ("In 5 % of cases it causes X").

    Only the topic (or "it", "the infection") causing a thing counts: "in 5 %,
    smoking causes X" is no figure of the topic's.
    """
    m = _CAUSES_AFTER.match(sentence, e) or _CAUSES_BEFORE.search(sentence, max(0, s - 120), s)
    return _what_the_topic_did(m, topic_words)


def _what_the_topic_did(m: re.Match[str] | None, topic_words: tuple[str, ...]) -> str | None:
    """Return the thing a matched clause names (group ``x``) when its doer (group
    ``agent``) is the topic, "it" or "the infection"; None for another doer or no thing."""
    if m is None:
        return None
    agent = re.sub(r"^(?:the|an?) ", "", m["agent"].strip().lower())
    if not (_GENERIC_AGENT.fullmatch(agent) or any(w and w in agent for w in topic_words)):
        return None
    x = m["x"].strip()
    return None if _NOT_A_THING.match(x) else x
# "The infection follows a minor injury in about 50 % of cases": the cases that come after
# the injury, its share of all of them.
_FOLLOWS_BEFORE = re.compile(
    r"(?:^|[,;:] |\b(?:and|but) )" + _AGENT_X + r"(?:(?:usually|often|typically|commonly|"
    r"mostly|can|may)\s+)*(?:follows?|followed|(?:develops?|occurs?|arises?|starts?|comes?|"
    r"appears?) (?:after|following))\s+(?:an? |the )?(?P<x>[\w'-]+(?: [\w'-]+){0,4}?)"
    rf"\s+in\s+{_SAID_SO}?$", _I)
# "The infection is caused by a single germ in about 30 % of cases": that cause's share.
_CAUSED_BY_BEFORE = re.compile(
    r"(?:^|[,;:] |\b(?:and|but) )" + _AGENT_X + r"(?:is|are|was|were)\s+(?:(?:usually|often|"
    r"mostly|typically|commonly)\s+)?(?:caused by|due to|triggered by|brought on by|the "
    r"result of)\s+(?:an? |the )?(?P<x>[\w'-]+(?: [\w'-]+){0,4}?)"
    rf"\s+in\s+{_SAID_SO}?$", _I)
_FOLLOWS_WORDS = ("follow", "after", "caused by", "due to", "triggered by", "brought on by",
                  "result of")


def _follows(sentence: str, s: int, e: int, topic_words: tuple[str, ...]) -> str | None:
    """Return what the topic follows in the figure's share of cases ("It follows surgery in
    20 %"), when the topic (or "it") is what follows; or what causes it in that share of
    its cases ("it is caused by a single germ in 30 % of cases")."""
    m = _FOLLOWS_BEFORE.search(sentence, max(0, s - 120), s)
    if m is None and _OF_CASES.match(sentence, e):
        return _what_the_topic_did(_CAUSED_BY_BEFORE.search(sentence, max(0, s - 120), s),
                                   topic_words)
    return _what_the_topic_did(m, topic_words)


# "The illness becomes chronic in 10-30 % of people": the share in whom it takes that form.
_BECOMES = re.compile(
    r"(?:^|[,;:]\s*)\W*(?:(?:the|an?|this|your)\s+)?(?P<x>[\w'-]+(?:\s[\w'-]+){0,3}?)\s+"
    r"(?:(?:may|can|will|could|usually|often|sometimes|later|then|eventually)\s+)*"
    r"(?:becomes?|turns?|goes|became|turned|progress(?:es)? to be|is|are|remains?|stays?)\s+"
    r"(?P<adj>chronic|severe|progressive|"
    r"serious|life-threatening|persistent|long-term|long-lasting|permanent|recurrent|infected|"
    r"widespread|generali[sz]ed)\s+(?:in|among|for)\s+"
    rf"{_SAID_SO}?$", _I)
_AND_BECOMES = re.compile(
    r"\band\s+(?:(?:may|can|will|could|usually|often|sometimes|later|then|eventually)\s+)*"
    r"(?:becomes?|turns?|became|turned)\s+(?P<adj>chronic|severe|serious|persistent|long-term|"
    r"long-lasting|permanent|recurrent|progressive)\s+(?:in|among|for)\s+"
    rf"{_SAID_SO}?$", _I)
_BECOMES_WORDS = ("become", "becomes", "became", "turn", "goes", "progress", "is ", "are ",
                  "remain", "stay", "last", "persist")
_GENERIC_IT = re.compile(r"(?:it|this|they|(?:[\w-]+\s+)?(?:illness|disease|condition|infection|"
                         r"syndrome))$", _I)


def _becomes(sentence: str, s: int, topic_words: tuple[str, ...]) -> str | None:
    """Return the form a thing takes in the figure's share: "the rash becomes infected" is
    an infected rash; the topic (or "it") becoming chronic takes a chronic course (named so,
    not "chronic <topic>", which is the topic's own name with a word in front)."""
    m = _before(_BECOMES, _BECOMES_WORDS, sentence, s, 120)
    if m is None:
        # "It resolves in 60 % and becomes chronic in 20 %": the clause's own subject unsaid
        also = _before(_AND_BECOMES, ("become", "turn"), sentence, s, 80)
        return f"{also['adj'].lower()} course" if also is not None else None
    # ("..., while the disease becomes chronic in 30 %": the join and article no part of it)
    x = re.sub(r"^(?:the|an?|this|its|their)\s+", "", _JOIN_LEAD.sub("", m["x"].strip()),
               flags=_I)
    low = x.lower()
    if _GENERIC_IT.fullmatch(low) or _names_topic(low, topic_words):
        x = "course"
    return f"{m['adj'].lower()} {x}"


# "10-30 % of cases become chronic": the share whose illness takes that course.
_CASES_BECOME = re.compile(
    # ("in 1 in 5 people, ...": a ratio's people, no "of")
    r"(?:\s*(?:%|percent\b|per cent\b)?\s*of\s+(?:all\s+)?(?:the\s+|these\s+|those\s+)?"
    r"(?:[\w'-]+\s+){0,2}?|\s+)(?:cases|patients|people|infections)\s*,?\s+"
    # ("in a third of patients the illness becomes chronic": the topic said again)
    r"(?:(?:(?:the|this|their)\s+(?:illness|disease|condition|infection)\s+|it\s+)?"
    r"(?:(?:may|can|will|could|"
    r"usually|often|later|then|eventually|go on to|goes on to)\s+)*(?:becomes?|turns?|"
    r"progress(?:es)? to become)"
    # ("in 10-30 % of people, the disease is chronic": the topic said again, then its state)
    r"|(?:(?:the|this|their)\s+(?:illness|disease|condition|infection)|it)\s+"
    r"(?:is|remains|stays)(?:\s+(?:usually|often))?)"
    r"\s+(?P<adj>chronic|persistent|long-term|long-lasting|permanent|"
    r"recurrent|severe|life-threatening)\b"
    # ("in 1 in 5 people, the condition lasts a long time": a chronic course, in other words)
    r"|(?:\s*(?:%|percent\b|per cent\b)?\s*of\s+(?:all\s+)?(?:the\s+)?|\s+)(?:cases|"
    r"patients|people)\s*,?\s+(?:(?:the|this|their)\s+(?:illness|disease|condition|"
    r"infection)|it)\s+(?:(?:may|can|will|usually|often)\s+)*(?P<lasting>lasts?\s+(?:a\s+long"
    r"\s+time|for\s+(?:many\s+|several\s+)?years)|goes\s+on\s+for\s+(?:many\s+|several\s+)?"
    r"years|persists?\s+for\s+(?:many\s+|several\s+)?years)\b", _I)


def _cases_become(sentence: str, e: int) -> str | None:
    """Return "chronic course" for "10-30 % of cases become chronic" (as :func:`_becomes`),
    and for "in 1 in 5 people, the illness lasts a long time"."""
    m = _CASES_BECOME.match(sentence, e)
    if m is None:
        return None
    return "chronic course" if m["lasting"] else f"{m['adj'].lower()} course"


# "In 20 % of cases, the infection attacks the nerves", "it spreads to the joints in 10 %",
# "if it reaches the heart, as it does in 5 % of cases": how often the condition involves
# a part of the body, named by the part ("nerves involvement", read as "nerve involvement").
_REACH_WORDS = ("affect", "attack", "involv", "spread", "reach", "invad", "damag")
_REACH_VERB = (r"(?:(?:can|may|might|will|also|then|sometimes|eventually|later|often|most|"
               r"usually|commonly|typically|mainly|mostly) )*"
               r"(?P<v>affects?|attacks?|involves?|spreads? to|reach(?:es)?|invades?|damages?)"
               r" (?:the |your |a |an |their )?(?P<x>[\w'-]+(?: [\w'-]+){0,2}?)")
_AGENT = r"(?P<agent>[\w'-]+(?: [\w'-]+){0,2}?) "
_REACHES_AFTER = re.compile(
    r"\s*(?:%|percent|per cent)?\s*of\s+(?:all\s+)?(?:the\s+)?(?:[\w'-]+\s+){0,2}?"
    r"(?:cases|patients|people|children|adults)\s*,\s*(?:the |an? )?" + _AGENT + _REACH_VERB
    + r"(?=\s*(?:[,.;:()]|$)|\s+(?:and|or|in|which|causing|leading|where)\b)", _I)
_REACHES_BEFORE = re.compile(
    r"(?:\b(?:if|when|and|but) |[,;:] |^)(?:the |an? )?" + _AGENT + _REACH_VERB
    + r"(?:(?:\s*,\s*as (?:it|they) (?:does|do|did))? in (?:about |around |approximately |"
    r"roughly |up to |nearly |over |more than |almost )?"
    # ("it most often affects the legs (about 2 in 3 cases)": the share in brackets)
    rf"|\s*\(\s*{_SAID_SO}?)$", _I)
_CASES_REACH = re.compile(
    r"\s*(?:%|percent|per cent)?\s*of\s+(?:all\s+)?(?:the\s+)?(?:[\w'-]+\s+){0,2}?cases\s+"
    + _REACH_VERB + r"(?=\s*(?:[,.;:()]|$)|\s+(?:and|or|in|which|causing|leading|where)\b)", _I)
# "Most cases (90 %) involve the lungs": the share in a bracket after the cases it counts.
_CASES_BRACKET_BEFORE = re.compile(rf"\b(?:cases|infections)\s*\(\s*{_SAID_SO}?$", _I)
_BRACKET_REACH = re.compile(
    r"\s*(?:%|percent|per cent)?\s*\)\s*" + _REACH_VERB
    + r"(?=\s*(?:[,.;:()]|$)|\s+(?:and|or|in|which|causing|leading|where)\b)", _I)
_GENERIC_AGENT = re.compile(r"(?:it|they|this|(?:the |this )?(?:infection|disease|condition|"
                            r"illness|syndrome|bacteria|bacterium|virus))", _I)


def _names_part(named: str) -> bool:
    """Return whether a name ends in a part of the body ("the lungs", "skin", "lymph nodes")."""
    last = named.strip().lower().rsplit(" ", 1)[-1]
    return last in BODY_PARTS or last.removesuffix("s") in BODY_PARTS or bool(
        _PART_WORDS.search(named))


def _involvement(sentence: str, s: int, e: int, topic_words: tuple[str, ...]) -> str | None:
    """Return "X involvement" when the figure says how often the topic reaches a part X.

    Only the topic (or "it", "the infection") reaching a part counts: "smoking
    damages the lungs in 20 %" is no involvement of the topic's.
    """
    cases = _CASES_REACH.match(sentence, e) or (
        _BRACKET_REACH.match(sentence, e)
        if _CASES_BRACKET_BEFORE.search(sentence, max(0, s - 40), s) else None)
    if cases is not None:  # "70 % of cases involve the legs": the cases are the topic's
        x = cases["x"].strip()
        return None if _NOT_A_THING.match(x) or _PEOPLE_ONLY.fullmatch(x) else _involved(x)
    m = _REACHES_AFTER.match(sentence, e) or _REACHES_BEFORE.search(
        sentence, max(0, s - 120), s)
    if m is None:
        return None
    agent = re.sub(r"^(?:the|an?) ", "", m["agent"].strip().lower())
    if not (_GENERIC_AGENT.fullmatch(m["agent"].strip()) or _GENERIC_AGENT.fullmatch(agent)
            or any(w and w in agent for w in topic_words)):
        return None
    x = m["x"].strip()
    return None if _NOT_A_THING.match(x) or _PEOPLE_ONLY.fullmatch(x) else _involved(x)


# A group of people, no part of the body: "women are affected in 60 % of cases" is no
# involvement.
_PEOPLE_ONLY = re.compile(rf"(?:the\s+)?(?:(?:young|older|elderly|black|white)\s+)?{_POP_NOUN}", _I)


def _involved(part: str) -> str:
    """Return the name of the topic's reaching a part: "legs involvement"; both sides (of the
    body, the face) reached is "bilateral involvement", not "sides involvement"."""
    return "bilateral involvement" if _BOTH_SIDES.fullmatch(part) else f"{part} involvement"


_BOTH_SIDES = re.compile(r"(?:both\s+)?sides(?:\s+of\s+(?:the\s+)?[\w-]+)?", _I)


# A population cut down to a dangling word once its country went ("people in").
# ("cases in a population" of 100,000: the base's own words, no group)
_DANGLING = re.compile(r"(?:\s+(?:in|of|with|among|across|from|the)|\s+in\s+an?\s+population)+$",
                       _I)
# ("cases" and "patients" alone, once "in Japan" went to the setting, are everyone too)
# ("nearly all cases", "the majority of patients": how many, said in words, of everyone)
# ("affected people", "patients affected": those who have it, everyone a page is about)
_EVERYONE = re.compile(r"(?:(?:nearly|almost|virtually|practically) )?"
                       r"(?:all |most |the majority of |a majority of |majority of )?(?:the )?"
                       r"(?:affected )?(?:people|persons|individuals|everyone|the population|"
                       r"the general population|cases|patients|sufferers)(?: affected)?", _I)
# Parts of the body that BODY_PARTS (one word each) does not hold.
_PART_WORDS = re.compile(r"\b(?:organs?|nodes?|glands?|system|tissues?|vessels?|nerves?|"
                         r"lungs?|heart|kidneys?|liver|brain|eyes?|joints?|bones?|muscles?)\b",
                         _I)
_OF_CASES = re.compile(r"\s*(?:%|percent|per cent)?\s*of\s+(?:all\s+)?(?:the\s+|its\s+|their\s+)?"
                       r"(?:[\w-]+\s+){0,2}?(?:cases|episodes|patients|infections)\b", _I)
# "10 % of the time": how often, the whole being every time it happens.
_OF_THE_TIME = re.compile(r"\s*(?:%|percent|per cent)?\s*of the time\b", _I)


def _among_cases(sentence: str, s: int, e: int) -> bool:
    """Return whether a figure no word names is a share of cases, people or times.

    "Spots spread past the first patch in 20 % of cases" names no kind, yet says how
    often something happens among those who have the illness: a frequency, where a
    bare "36 %" with no whole is no known quantity at all.
    """
    return (_OF_CASES.match(sentence, e) is not None
            or _OF_THE_TIME.match(sentence, e) is not None
            or (_OF_PEOPLE_AFTER.match(sentence, e) is not None
                and _IN_BEFORE.search(sentence, max(0, s - 40), s) is not None))


# "(in) 20 % of people": a share of a group of people.
_OF_PEOPLE_AFTER = re.compile(rf"\s*(?:%|percent|per cent)?\s*of\s+(?:all\s+)?(?:the\s+)?"
                              rf"(?:[\w-]+\s+)?{_POP_NOUN}\b", _I)


# People named only by who they are, not by an illness or an exposure: "it affects 3 in 10
# women over 50" is how many of them have it (a prevalence); "1 in 10 people who had X get
# it" stays how often it comes after X.
_AGED_SUFFIX = (r"(?:\s+(?:aged\s+)?(?:over|under|above|below)\s+\d{1,3}|"
                r"\s+aged\s+\d{1,3}\s*(?:to|-|–)\s*\d{1,3})")
# Endings of germs' names, plurals the singulariser leaves alone too ("zorbacilli").
_GERM_NAME_ENDINGS = (*GERM_ENDINGS, "cocci", "bacilli")


def _germ_named(subject: str) -> bool:
    """Return whether a figure's subject names a germ by its own name ("zorbacilli", a
    binomial "zorbacillus aureus"): a word with a germ's ending on a name of its own.

    Not "the germ" or "the virus": the germ a test finds, whichever it is, is no share of
    the cases one germ causes.

    >>> _germ_named("Zorbacilli"), _germ_named("zorbacillus aureus"), _germ_named("the virus")
    (True, True, False)
    """
    return any(w in ("strep", "staph") or (w.endswith(_GERM_NAME_ENDINGS) and not any(
        w == end or len(w) <= len(end) + 2 for end in _GERM_NAME_ENDINGS if w.endswith(end)))
        for w in label_key(subject).split())  # ("strep", "staph": germs' short names)


_DEMOGRAPHIC = re.compile(rf"(?:(?:young|older|elderly|black|white)\s+)?(?:adults|children|women|"
                          rf"men|girls|boys|babies|infants){_AGED_SUFFIX}?|"
                          rf"(?:people|persons){_AGED_SUFFIX}", _I)
# A group of people with what sets them apart: "women who menstruate", "people with diabetes".
_PEOPLE_GROUP = re.compile(r"(?:[\w-]+\s+){0,2}(?:people|persons|adults|children|women|men|girls|"
                           r"boys|babies|infants)\s+(?:who|with|aged|over|under)\b.*", _I)
# A share of everyone that has the condition now (not that gets it, dies or recovers).
_HAVE_IT = re.compile(r"\b(?:have|has|having|have had|are living with|live with|living with|"
                      r"are affected by|is affected|affects|affected|affecting|common|uncommon|"
                      r"rare|occurs? in|occurring in|seen in|found in|happens? to|present in)\b",
                      _I)


def horizon_months(iso: str | None) -> float | None:
    """Return an ISO 8601 duration in months, to compare P1Y with P12M.

    >>> horizon_months("P1Y"), horizon_months("P6M"), horizon_months(None)
    (12.0, 6.0, None)
    """
    if not iso:
        return None
    m = re.fullmatch(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?", iso)
    if not m:
        return None
    y, mo, w, d = (float(g) if g else 0.0 for g in m.groups())
    return y * 12 + mo + w * 12 / 52 + d * 12 / 365
