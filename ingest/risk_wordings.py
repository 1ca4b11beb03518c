"""Clinical wordings of risk, each a cheap hint word and the pattern it opens.

Pages say risk in set phrases ("Immunocompromised patients are particularly susceptible",
"Women are affected twice as often as men", "X is a recognised precipitant"). Each entry
names the group or thing at risk and what it raises; the sentence reader in
:mod:`claimgraph.ingest.rules` looks up only the wordings whose hint the sentence holds
(:data:`WORDINGS_OF_HINT`), not the whole table.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimgraph.graph import vocab as v
from claimgraph.ingest import re_cache as re

from . import patterns as p
from .figure_base import PERIOD_AHEAD


@dataclass(frozen=True, slots=True)
class Wording:
    """One clinical risk wording: a cheap word to look for first, then the pattern."""

    hint: str | tuple[str, ...]  # any of these (lower case) must be in the sentence
    regex: re.Pattern[str]
    target: str | None = None  # what the factors raise the risk of, when not the topic
    kinds: tuple[str | None, ...] = ()  # the section kinds it is read in (None: untyped)
    # Read in the sentence as written, brackets and all (the rules' prepared text writes
    # "(such as A, B)" as ", such as A, B," where a bracket's end can no longer be seen).
    raw: bool = False


# "The germ X is to blame": the germ's own name (its class word before it names no more).
_GERM_CLASS = (r"(?:the (?:germs?|bacteri(?:um|a)|virus(?:es)?|organisms?|microbes?|"
               r"fung(?:us|i)) )?")
# A group of people a sentence opens with ("Women who use X account for most cases").
_GROUP_NOUN = (r"(?:women|men|people|patients|children|adults|girls|boys|infants|individuals|"
               r"those)")
# What people get better "with" that is when, no care ("with age", "with the passing of
# time": patterns.NO_CARE).
_WITH_NO_CARE = rf"(?!{p.NO_CARE}\b)"
# Not a group of people: what accounts for cases or is responsible for them is a thing.
_NO_PEOPLE_LEAD = rf"(?!(?:[\w-]+ ){{0,2}}{_GROUP_NOUN}\b)"
_PEOPLE_X = (r"(?P<x>(?:[\w-]+ ){0,3}(?:patients|people|individuals|persons|adults|children|"
             r"women|men|infants|users|smokers|drinkers)(?: (?:with|who|on|taking|receiving) "
             r"[^,.;]{2,60}?| of [\w -]{2,30}? (?:descent|origin|ancestry|heritage|background))?)")
# Signs that open the skin, in two kinds: an infection of the first is a wound infection,
# of the second a skin infection (rules.infection_of names it the same way).
WOUND_SIGNS = r"sores?|ulcers?|wounds?|cuts?"
SKIN_OPENINGS = r"blisters?|lesions?|cracks?|scratch(?:es)?"
# The words before an open sign that becomes infected, and the hedges and adverbs before
# "become infected".
# ("If an ulcer becomes infected, ...": a condition, said of no sign)
_OPEN_SIGN = (r"(?!(?:if|when|once|unless|should)\b)"
              r"(?:the |these |those |your |any |such |some |an? )*")
_MAY = r"(?:can |may |might |could |often |sometimes |also |then |easily |later |will )*"


# How sure a page is that a thing has a part in the illness: "may", "is thought to".
_SAID_TO = (r"(?:(?:may|might|can|could|also|often|likely|probably|are thought to|is thought "
            r"to|are believed to|is believed to|seem to|seems to|appear to|appears to|are known "
            r"to|is known to) )+")


def _doctors_act(verb: str) -> re.Pattern[str]:
    """Return the wording "Doctors may need to <verb> the X": what the act is done to is x."""
    return re.compile(
        r"^\s*(?:the |a |your )?(?:doctors?|surgeons?|they|the (?:surgical |medical |care )?team)"
        r"\s(?:may |might |will |can |could |usually |often |also |then |sometimes |first )*"
        rf"(?:need to |have to |try to )?{verb} (?:the |any |all |some of the |as much of the )?"
        # ("drain the pus with a needle": the tool is no part of what is drained)
        r"(?P<x>[\w' -]{3,40}?)(?=\s*[.,;]|\s+(?:to|so|and|if|in|from|as|because|that|which|"
        r"with|using|through|via)\b|"
        r"\s*$)", re.I)


WORDINGS: tuple[tuple[Wording, bool, str], ...] = (
    # "Immunocompromised patients are particularly susceptible (to X)".
    (Wording("suscept", re.compile(
        rf"^\s*{_PEOPLE_X} (?:are|is) (?:particularly |especially |more |most |highly |at "
        r"greater risk and )*(?:susceptible|vulnerable|prone)\b(?: to (?P<y>[\w' -]{2,40}))?",
        re.I)), True, v.INCREASES_RISK_OF),
    # "Women are affected twice as often as men", "... more often than ...".
    (Wording("affected", re.compile(
        # ("It is rare, and men are affected more often": a clause after "and" too)
        rf"(?:^\s*|,\s*(?:and|but|while|although)\s+){_PEOPLE_X} are affected (?:about |"
        r"roughly |nearly )?(?:(?:slightly |much |far |"
        r"somewhat |a little |considerably )?more (?:often|frequently|commonly)|"
        r"(?:twice|two|three|four|\d+) (?:times )?as (?:often|frequently|commonly)|"
        r"most (?:often|frequently|commonly))\b", re.I)), True, v.INCREASES_RISK_OF),
    # "Black, Latino and Asian people tend to be diagnosed more often than white people".
    (Wording("diagnosed", re.compile(
        r"^\s*(?P<x>[\w' ,-]{2,80}? (?:people|individuals|patients|women|men|children|adults))"
        r" (?:are|tend to be|are likely to be) (?:diagnosed|affected) (?:much |far )?(?:more "
        r"(?:often|frequently|commonly)|at (?:a )?higher rates?)\b", re.I)), True,
     v.INCREASES_RISK_OF),
    # "The most commonly used antibiotic is penicillin": the remedy most used for it.
    (Wording("used", re.compile(
        r"^\s*the (?:most )?(?:commonly|frequently|widely|often|usually) used (?:[\w-]+ )?"
        r"(?:antibiotics?|antivirals?|medicines?|medications?|drugs?|treatments?|therap(?:y|ies)"
        r"|creams?|tablets?) (?:is|are) (?P<x>[^.;]+)", re.I)), False, v.USED_FOR),
    # "Methotrexate is an alternative for patients who cannot take steroids": a remedy too.
    (Wording("alternative", re.compile(
        r"^\s*(?P<x>(?!(?:this|that|it|there|surgery is not)\b)[\w' -]{2,40}?) (?:is|are|may be|"
        r"can be|remains?) (?:an? |the )?(?:good |useful |effective |possible |reasonable |"
        r"second-line |oral )?alternatives?(?: (?:treatment|option|therapy|medicine|drug)s?)?"
        r"(?=\s*(?:$|[.;,]|for\b|when\b|if\b|in\b|to\b))", re.I)), False, v.USED_FOR),
    # "Two types of bacteria cause it: A and B": the germs named after the colon.
    (Wording(("types of", "kinds of", "species of", "strains of"), re.compile(
        r"^\s*(?:the\s+)?(?:two|three|four|several|many|a few|some|certain|different|main)\s+"
        r"(?:types|kinds|species|strains|groups)\s+of\s+(?:bacteria|germs|viruses|fungi|"
        r"organisms|microbes)\s+(?:can\s+|may\s+|commonly\s+|usually\s+|mainly\s+)?cause\s+"
        r"(?P<y>[\w' -]{2,40}?)\s*:\s*(?P<x>[^.;]+)", re.I)), False, v.CAUSES),
    # "Cases have been reported after minor trauma, surgery and childbirth".
    (Wording("reported", re.compile(
        r"^\s*(?:most |many |some )?cases (?:have been|are|were) (?:\w+ )?reported (?:after|"
        r"following|in association with|with) (?P<x>[^.;]+)", re.I)), False,
     v.INCREASES_RISK_OF),
    # "Comorbidities such as diabetes are present in most patients".
    (Wording("such as", re.compile(
        r"\b(?:comorbidit(?:y|ies)|co-morbidit(?:y|ies)|underlying (?:conditions?|diseases?|"
        r"illness(?:es)?)|predisposing (?:conditions?|factors?|events?)|precipitating "
        r"(?:factors?|events?|causes?)) (?:such as|like|including) "
        # ("Comorbidities such as A and B increase mortality": what raises the death rate,
        # read by its own wording, not the illness's risk)
        r"(?![^.;]*\b(?:increases?|raises?|worsens?|doubles?) (?:the )?(?:mortality|death rate|"
        r"risk of death|case fatality)\b)(?P<x>[^.;]+?)"
        r"(?:\s+(?:are|is|were|was|may|can)\b|[.;]|$)", re.I)), False, v.INCREASES_RISK_OF),
    # "dealing with modifiable risk factors (such as obesity or heavy drinking)": the
    # factors named by example, wherever the sentence goes on about them.
    (Wording("risk factor", re.compile(
        r"\brisk factors(?: for (?P<y>[\w' -]{2,40}?))?\s*(?:\(|,)?\s*(?:such as|like|including|"
        r"for example|for instance|e\.g\.)[,:]?\s+(?P<x>[^.;()\[\]]+?)(?:\s*[)\[]|,?\s+(?:are|is|"
        r"were|was|may|can|should|must|will)\b|\s*[.;]|$)", re.I), raw=True),
     False, v.INCREASES_RISK_OF),
    # "A cut or open sore can make it easier to catch": what eases catching it.
    (Wording("easier to", re.compile(
        r"^\s*(?P<x>[\w' ,-]{2,80}?) (?:can |may |might |could |also |often )*makes? "
        r"(?:it |you |people |a person |someone )?easier (?:for (?:you|people|germs|bacteria|the "
        r"(?:germs|bacteria|virus)) )?to (?:catch|get|contract|develop|pick up)"
        r"(?: (?:it|this|the (?:disease|infection|illness|condition)))?\b", re.I)),
     False, v.INCREASES_RISK_OF),
    # "Poor hygiene, as well as a poor diet, could also be a contributing factor".
    (Wording("contributing factor", re.compile(
        r"^\s*(?P<x>[\w' ,-]{2,100}?),? (?:is|are|(?:could|may|might|can)(?: also)? be)"
        r"(?: also)? (?:an? |one )?(?:(?:important|major|possible|other|key) )?contributing "
        r"factors?(?: (?:for|to|in) (?P<y>[\w' -]{2,40}?))?\s*(?=[.;]|$)", re.I)),
     False, v.INCREASES_RISK_OF),
    # "Common precipitating events include insect bites and injections".
    (Wording("precipitat", re.compile(
        r"\bprecipitating (?:factors?|events?|causes?) (?:include|includes|are|is)\s+"
        r"(?P<x>[^.;]+)", re.I)), False, v.INCREASES_RISK_OF),
    # "Diabetes is the most common comorbidity / predisposing factor".
    (Wording(("comorbid", "co-morbid", "underlying", "predisposing", "risk factor"), re.compile(
        r"^\s*(?P<x>[\w' ,-]{2,60}?) (?:is|are) (?:the (?:most common|commonest|main|leading|most "
        r"frequent)|(?:also )?(?:common|frequent|usual|typical)) (?:comorbidit(?:y|ies)|underlying "
        # ("Alcoholism and malnutrition are common comorbidities")
        r"(?:conditions?|diseases?)|predisposing (?:conditions?|factors?)|risk factors?)\b", re.I)),
     False, v.INCREASES_RISK_OF),
    # "Susceptibility is increased by chronic liver disease".
    (Wording("increased by", re.compile(
        r"\b(?:susceptibility|the risk|risk|the likelihood|likelihood)"
        r"(?: of (?P<y>[\w' -]{2,40}?))? (?:is|are) (?:also |further |greatly |markedly )?"
        r"increased by (?P<x>[^.;]+)", re.I)),
     False, v.INCREASES_RISK_OF),
    # "Almost all deaths are in older adults or people with weak immune systems".
    (Wording("deaths", re.compile(
        r"\b(?:most|almost all|nearly all|the majority of|many)(?: of the)? "
        r"(?:[\w'-]+ ){0,3}deaths "
        r"(?:are|occur|happen) (?:in|among) (?P<x>[^.;]+)", re.I), "death"), True,
     v.ASSOCIATED_WITH),
    # "Some people get mood changes after taking steroids": a side effect of the medicine.
    (Wording("after taking", re.compile(
        r"\b(?:experience|get|have|develop|notice|report)s? (?P<y>[\w' ,-]{3,60}?),? "
        r"(?:shortly |soon )?after taking (?P<x>[\w' -]{3,40}?)(?: for\b|[.;,]|$)", re.I)),
     False, v.CAUSES),
    # "Most people get better with rest": what they recover with works.
    (Wording(" with ", re.compile(
        # (not "tiredness that does not improve with rest": no better with it)
        # ("It usually clears up with antibiotics", "Most cases settle with rest")
        rf"{p.NOT_JUST_BEFORE}\b(?:(?:get|gets|getting) better|clears? up|settles?|resolves?) "
        r"(?:on their own |quickly |within "
        rf"[\w ]{{2,20}} )?with {_WITH_NO_CARE}"
        rf"(?P<x>[\w' -]{{3,40}}?)(?: alone| only)?\s*(?:[.;,]|$)|{p.NOT_JUST_BEFORE}\b(?:recover|"
        r"recovers|improve|"
        # ("improves with age", "with time": when, no remedy)
        rf"improves) (?:fully |quickly |completely )?with {_WITH_NO_CARE}"
        r"(?P<x2>[\w' -]{3,40}?)(?: alone| only)?\s*(?:[.;,]|$)", re.I)), False,
     v.EFFECTIVE_FOR),
    # "It is more likely in people who have had surgery".
    (Wording("in ", re.compile(
        r"\b(?:is|are|'s) (?:much |far |also )?more (?:likely|common|frequent) (?:in|among) "
        rf"{_PEOPLE_X}(?=\s*[,.;]|\s*$)", re.I)), True, v.INCREASES_RISK_OF),
    # "Risk is higher in those with X", "The risk is higher for people who have given birth",
    # "Incidence is higher in women", "The risk increases in men over 50".
    (Wording(("risk", "incidence", "prevalence", "rate"), re.compile(
        # ("The incidence of X is higher in women": X's, or another thing's named there)
        # ("The risk increases in men over 50", "rises among")
        r"\b(?:risk|incidence|prevalence|rate)s?(?: of (?P<y>[\w' -]{2,40}?))? (?:(?:is|are) "
        r"(?:much |also |even |slightly |"
        r"significantly |considerably )?(?:higher|greater|increased)|increases|rises|goes up) "
        r"(?:in|among|for) "
        r"(?P<x2>(?:those|people|patients|anyone|children|adults|women|men|girls|boys|"
        r"infants|babies)\b[^.;]*)", re.I)),
     True, v.INCREASES_RISK_OF),
    # "(The) risk is higher after a viral infection": the event it follows raises it.
    (Wording(("risk", "chance"), re.compile(
        r"^\s*(?:the |your )?(?:risk|chances?)(?: of (?:getting |developing )?"
        r"(?P<y>[\w' -]{2,40}?))? (?:is|are|may be|can be) (?:much |also |even |slightly )?"
        r"(?:higher|greater|increased)"
        r" (?:after|following|during|with) (?P<x>(?!(?:age|ages)\b)[^.;]+)", re.I)),
     False, v.INCREASES_RISK_OF),
    # "The most common organism is X", "X is the most frequently isolated organism".
    (Wording(("organism", "pathogen", "germ", "bacteri"), re.compile(
        r"^\s*the (?:most common|commonest|main|usual|most frequent|leading|predominant|most "
        r"frequently isolated|most commonly isolated) (?:causative )?(?:organism|pathogen|germ|"
        r"bacterium|bacteria)s? (?:is|are) (?P<x>[^.;]+?)(?=\s+but\b|\s*[.;]|$)"
        r"|^\s*(?P<x2>[\w' .-]{2,60}?) (?:is|are) "
        r"the (?:most common(?:ly isolated)?|most frequently isolated|commonest|main|predominant|"
        r"leading|usual) (?:causative )?(?:organism|pathogen|germ|bacterium|bacteria)s?\b", re.I)),
     False, v.CAUSES),
    # "A and B are most often implicated as the causative agents of X": what causes it.
    (Wording("implicated", re.compile(
        rf"^\s*{_NO_PEOPLE_LEAD}(?P<x>[\w' ,.-]{{2,80}}?) (?:is|are|has been|have been) "
        r"(?:(?:most|often|commonly|frequently|usually|mainly|typically) )*implicated as "
        r"(?:the |an? )?(?:(?:main|usual|common|most common|commonest|chief) )?(?:causative |"
        r"causal )?(?:agents?|organisms?|pathogens?|germs?|causes?)\b"
        r"(?: of (?P<y>[\w' -]{2,40}?))?\s*(?=[.;,]|$)", re.I)), False, v.CAUSES),
    # "X accounts for most cases", "X is responsible for the majority of infections".
    (Wording(("account", "responsible"), re.compile(
        rf"^\s*{_NO_PEOPLE_LEAD}"  # people who account for cases: below
        r"(?P<x>[\w' .-]{2,60}?) (?:accounts? for|is responsible for|are responsible for) "
        r"(?:most|the majority of|many|nearly all|almost all|(?:about |around )?half of) "
        r"(?:the )?(?:cases|infections)\b"
        # "X is responsible for around 50 % of cases" (a share "accounted for" may be a
        # subtype's: not read)
        r"|^\s*(?P<x2>[\w' .-]{2,60}?) (?:is|are) responsible for (?:about |around |roughly |"
        r"nearly |over |more than |up to )?\d{1,3}(?:\.\d)?(?:\s?(?:-|–|to)\s?\d{1,3})?\s?% "
        r"of (?:all )?(?:the )?(?:cases|infections)\b", re.I)), False, v.CAUSES),
    # "Zorb bacteria are responsible for grebble fever": what causes it (or the harm named).
    (Wording("responsible for", re.compile(
        rf"^\s*{_NO_PEOPLE_LEAD}(?!(?:[\w-]+ ){{0,2}}(?:doctors?|nurses?)\b)"
        r"(?P<x>[\w' .-]{2,60}?) (?:is|are) "
        r"(?:thought to be |believed to be |probably |mainly |usually |often |most often )?"
        r"(?:the (?:germs? |bacteri(?:um|a) |virus(?:es)? |organisms? )?)?responsible for "
        r"(?:causing )?(?!\w+ing\b)(?P<y>[\w' -]{2,40}?)\s*(?=[.;]|$)", re.I)), False, v.CAUSES),
    # "Women who use tampons account for about half of cases": what the group has or does
    # raises the risk (the women cause nothing).
    (Wording("account", re.compile(
        rf"^\s*(?P<x>(?:[\w-]+ ){{0,2}}{_GROUP_NOUN}\b[^.;]{{0,80}}?) (?:make up|accounts? for) "
        r"(?:most|the majority|many|nearly all|almost all|(?:about |around |roughly |nearly |"
        r"over |more than )?(?:half|a third|a quarter|two-thirds|\d{1,3}(?:\.\d)?\s?%)) "
        r"(?:of )?(?:the )?(?:cases|infections|patients)\b", re.I)), True, v.INCREASES_RISK_OF),
    # "It is seen in association with recent surgery".
    (Wording("association", re.compile(
        r"\b(?:is|are|has been|have been|was|were) (?:often |commonly |also |usually )?(?:seen|"
        r"found|reported|described|observed) in association with (?P<x>[^.;]+)", re.I)),
     False, v.ASSOCIATED_WITH),
    # "Diabetes and kidney disease increase susceptibility (to it)".
    (Wording("susceptib", re.compile(
        r"^\s*(?:both )?(?P<x>[^.;]{3,80}?) (?:can |may |also )?(?:increases?|raises?|heightens?)"
        r" (?:the |a person's |your |their )?susceptibility\b", re.I)), False,
     v.INCREASES_RISK_OF),
    # "Entry is usually through a break in the skin": the way in raises the risk.
    (Wording("entry", re.compile(
        r"^\s*(?:the )?(?:(?:point|portal|site|route) of )?entry(?: into the body)? (?:is|are) "
        r"(?:usually |often |most often |typically |commonly |mainly )?(?:through|via|by way of) "
        r"(?P<x>[^.;]+)", re.I)), False, v.INCREASES_RISK_OF),
    # "Most cases happen in people with a weakened immune system".
    (Wording("cases", re.compile(
        r"\b(?:most|many|the majority of) cases (?:happen|occur|are seen|are found) (?:in|among) "
        rf"{_PEOPLE_X}(?=\s*[,.;]|\s*$)", re.I)), True, v.INCREASES_RISK_OF),
    # "Some people have a higher risk, including those who inject drugs and people with X".
    (Wording("risk", re.compile(
        r"\b(?:some|certain) (?:people|groups|patients) (?:have|are at) (?:an? )?(?:higher|"
        r"increased|greater) risk(?: of [\w' -]{2,40}?)?,? (?:including|such as|like|for "
        r"example) (?P<x>[^.;]+)", re.I)), True, v.INCREASES_RISK_OF),
    # "A weak immune system is present in up to 40% of cases" under risk or causes (under
    # signs the same words name a sign).
    (Wording(("of cases", "of patients", "affected"), re.compile(
        r"^\s*(?P<x>[^.;]{3,80}?) (?:is|are|was|were|has been|have been) (?:also )?(?:present|"
        r"found|seen|reported) in (?:up to |about |around |over |more than |nearly |almost |"
        r"approximately |roughly )?(?:\d{1,3}(?:\.\d)?\s?%|half|a third|a quarter|two-thirds|"
        r"most|many|the majority) (?:of )?(?:the )?(?:cases|patients|people affected|those "
        r"affected)\b", re.I), kinds=(p.RISK, p.CAUSE)), False, v.INCREASES_RISK_OF),
    # "Up to 40% of patients have a weak immune system" under risk or causes.
    (Wording(("of cases", "of patients", "affected"), re.compile(
        r"^\s*(?:in )?(?:up to |about |around |over |more than |nearly |almost |approximately |"
        r"roughly )?(?:\d{1,3}(?:\.\d)?\s?%|half|a third|a quarter|two-thirds|most|many|the "
        r"majority) of (?:the )?(?:patients|cases|people affected|those affected|adults "
        r"affected)(?: (?:also|already))? (?:have|had|has|involve|involved|(?:are|were)"
        # ("About half of cases are linked to X": a link read by its own trigger)
        r"(?! (?:\w+ly )?\w+(?:ed|en|wn) (?:to|by|with|in|after|among|from|during)\b)) "
        # ("30 % of cases have no obvious cause", "20 % have no wound": a lack, no factor
        # named or denied)
        r"(?!no\b)"
        r"(?:an? )?(?:underlying )?(?P<x>[^.;]{3,80})", re.I), kinds=(p.RISK, p.CAUSE)), False,
     v.INCREASES_RISK_OF),
    # "Delayed therapy increases mortality", "Shock doubles the death rate": what raises the
    # risk of dying (a delay, a harm), named with death as what it raises.
    (Wording(("mortality", "death rate", "risk of death", "risk of dying"), re.compile(
        r"^\s*(?P<x>(?!(?:it|this|that|they|these|the (?:disease|illness|condition|infection))\b)"
        r"[\w' ,-]{3,80}?) (?:can |may |might |also |greatly |significantly |markedly |further |"
        r"sharply )*(?:increases?|raises?|doubles?|triples?|worsens?) (?:the )?(?:overall )?"
        r"(?:mortality|death rate|risk of death|risk of dying)\b", re.I), "death"), False,
     v.INCREASES_RISK_OF),
    # "The death rate is high due to delays in diagnosis": what keeps it high raises it.
    (Wording(("mortality", "death rate"), re.compile(
        r"^\s*(?:the )?(?:overall )?(?:mortality|death rate)(?: rate)? (?:is|remains|was|stays) "
        r"(?:still |very |relatively |quite )?(?:high|higher|elevated)(?:,)? (?:mainly |largely |"
        r"mostly |partly )?(?:due to|because of|owing to|as a result of) (?P<x>[^.;]+)", re.I),
        "death"), False, v.INCREASES_RISK_OF),
    # "Injecting drugs carries a high risk": what carries it raises it.
    # ("Kidney scarring carries a lifelong risk of X", "brings a real risk of X": a risk of
    # a harm named, whatever its size)
    (Wording(("carries a", "carry a", "carries the", "carry the", "brings a", "bring a",
              "poses a", "pose a"), re.compile(
        r"^\s*(?P<x>[^.;]{3,80}?) (?:also |may |can |still )?(?:carr(?:y|ies)|brings?|poses?) "
        r"(?:an? |the )?(?:(?:very |much )?(?:high|higher|increased|greater|significant|particular|"
        r"special) risk\b(?: of (?P<y>[\w' -]{2,40}(?:,\s*[\w' -]{2,40}){0,6}))?|"
        r"(?:(?:small|slight|lifelong|life-long|"
        r"lifetime|long-term|real|serious|definite|known) )*risk of (?P<y2>[\w' -]{2,40}"
        r"(?:,\s*[\w' -]{2,40}){0,6}))",
        re.I)), False, v.INCREASES_RISK_OF),
    # "Heavy drinking and damp housing are common among those affected" under risk or causes.
    (Wording(("common among", "common in", "frequent among", "frequent in"), re.compile(
        r"^\s*(?P<x>[^.;]{3,80}?) (?:is|are) (?:very |also |particularly |especially )?"
        r"(?:common|frequent) (?:among|in) (?:those (?:affected|who get it)|affected (?:people|"
        r"patients)|(?:the )?patients|people who (?:get|develop) it)(?=\s*[,.;]|\s*$)", re.I),
        kinds=(p.RISK, p.CAUSE)), False, v.INCREASES_RISK_OF),
    # "X and Y make it harder for the body to fight off the germ": each raises the risk.
    (Wording(("harder for", "more difficult for"), re.compile(
        r"^\s*(?P<x>[^.;]{3,100}?) (?:can |may |also |all |both |often )*(?:make|makes) it "
        r"(?:much |even )?(?:harder|more difficult) for (?:the|your|a person's|their) (?:body|"
        r"immune system) to (?:fight|fight off|resist|clear|control)\b", re.I)), False,
     v.INCREASES_RISK_OF),
    # "Being over 50 makes it more likely".
    (Wording("more likely", re.compile(
        r"^\s*(?P<x>[\w' -]{3,50}?) (?:can |may |also )?makes? (?:it|you|people|someone|"
        # (not "Early treatment makes recovery more likely": a good outcome, no risk)
        r"(?!(?:a |an )?(?:full |complete |good |quick |quicker |faster |fast )?(?:recovery|"
        r"survival|healing|success|cure|improvement|response|remission)\b)"
        # ("makes heart damage more likely": the risk of the harm it names)
        r"(?P<y>[\w' -]{2,30}?)) (?:much |even |slightly |somewhat |a little |a bit |"
        r"a lot |far )?more likely\b", re.I)), False,
     v.INCREASES_RISK_OF),
    # "It can happen as a complication of chickenpox".
    (Wording("complication of", re.compile(
        r"\b(?:happen|happens|occur|occurs|develop|develops|arise|arises|come|comes) as an? "
        r"(?:rare |serious |possible |uncommon )?complication of (?P<x>[^.;]+)", re.I)), False,
     v.INCREASES_RISK_OF),
    # "Some guidelines advocate short courses of X": what they recommend is used for it.
    (Wording("advocat", re.compile(
        r"\b(?:guidelines?|protocols?|doctors?|experts?|clinicians?|specialists?|authorities)"
        r" (?:may |also |often |now |still )?advocates? (?:the use of |using )?(?P<x>[^.;]+)",
        re.I)), False, v.USED_FOR),
    # "Many patients report benefit from longer courses": what they benefit from works.
    (Wording("benefit from", re.compile(
        r"\breport(?:s|ed)? (?:a |some |real )?benefits? from (?P<x>[^.;]+)", re.I)), False,
     v.EFFECTIVE_FOR),
    # "Finding it in the first week is vital to avoid lasting harm": early diagnosis does.
    (Wording("prevent", re.compile(
        r"^\s*(?P<x>(?:finding and )?(?:diagnosing|detecting|recognising|recognizing|finding|"
        r"treating|starting treatment)\b[^,;]{0,80}?) (?:is|are) (?:\w+ )?(?:key|crucial|vital|"
        r"essential|important) (?:to|in|for) (?:help(?:ing)? )?(?:prevent|preventing|avoid|"
        r"avoiding) (?P<y>[^.;]+)", re.I), "act"), False, v.PREVENTS),
    # "Immunoglobulin may be considered in severe cases", "X is added", "Empirical
    # broad-spectrum antibiotic therapy must be started" (a clinical name runs long).
    (Wording("", re.compile(
        # ("In severe cases, a transplant may be considered": when, before the care)
        r"^\s*(?:(?:in|for|if|when|where|once|occasionally|sometimes|rarely)\b[^,;.]{0,50},\s*)?"
        r"(?P<x>[\w' -]{3,60}?) (?:may|can|should|must|might|will|is|are) (?:also |"
        r"sometimes |then |often )?(?:be )?(?:considered|added|started|continued|tried)\b",
        re.I)), False,
     v.USED_FOR),
    # "Close contacts should receive antibiotic prophylaxis", "Antibiotic prophylaxis is
    # recommended for contacts": what is given as prophylaxis prevents it.
    (Wording("prophyla", re.compile(
        r"\b(?:receive|be given|be offered|get|given|offered)\s+(?:a\s+|an\s+)?"
        r"(?P<x>[\w-]+(?:\s+[\w-]+)?)\s+prophylaxis\b|^\s*(?P<x2>[\w-]+(?:\s+[\w-]+)?)\s+"
        r"prophylaxis\s+(?:is|should be|may be|can be|will be)\s+(?:\w+\s+)?(?:given|offered|"
        r"recommended|advised)\b", re.I)), False, v.PREVENTS),
    # "Early surgical exploration is essential", "The mainstay of treatment is surgery".
    # ("Urgent surgical exploration is mandatory": a clinical word for what must be given;
    # "is indicated" has its own reader, which knows "Caution is indicated" names no remedy)
    # ("Safe water and sanitation are critical to control its spread": as essential)
    (Wording(("essential", "mandatory", "critical", "crucial"), re.compile(
        r"^\s*(?P<x>[\w' -]{3,50}?(?:,\s*(?:such as|like|including|for example|e\.g\.)\s+"
        r"[\w' -]{3,50}?,)?) (?:is|are) (?:absolutely |also |usually |always )?(?:essential|"
        r"mandatory|critical|crucial)\b", re.I)),
     False, v.USED_FOR),
    # "Some people need a skin graft", under a treatment heading: what they need treats it.
    # ("People who need treatment take steroid tablets": what they take, not "treatment take")
    # ("You may be put on a breathing machine", "Patients are often started on steroids")
    (Wording(("need", "requir", "receiv", "get", "given", "offered", "put on", "started on",
              "placed on"), re.compile(
        # ("In hospital, you may need ...", "If it is severe, patients need ...")
        r"^\s*(?:(?:in|at|during|after|once|if|when|for) [\w' -]{1,40},\s*)?"
        r"(?:some |many |most |a few |these |such |all )?(?:people|patients|children|adults|you|"
        r"they|those|your child)\b[\w' ]{0,40}?\s(?:may |might |will |often |usually |"
        r"sometimes |also |then |should |can )*"
        r"(?:(?:be|are|is|get|gets) (?:usually |often |then |quickly |also |sometimes )?"
        r"(?:put|started|placed) on|"
        r"need|needs|require|requires|receive|receives|get|gets|be given|be offered|"
        r"(?:(?<=need treatment )|(?<=need treatment usually )|(?<=need treatment often ))"
        r"(?:take|use)) "
        r"(?:to have |to take |to use )?(?:more than one |one or more |two or more |several |"
        r"multiple |repeated |a |an |some |further |"
        r"more |extra )?(?!to\b)(?![\w' -]*\b(?:take|takes|use|uses)\b)"
        # (not "need a biopsy to confirm the diagnosis": a test, read as one elsewhere)
        r"(?![\w' -]{0,40}?\bto (?:confirm|diagnose|check|test|find out|rule out|see|look)\b)"
        # ("an immunosuppressant such as X": the class and its example)
        # ("eye drops up to 6 times a day": "up to" how often, cut from the name later)
        r"(?P<x>[\w' -]{3,40}?(?:,? (?:such as|including) [\w' -]{3,40}?)?)(?=\s+(?:after|if|"
        r"when|(?<!\bup )to|for|because|while|until|in|at|so)\b|\s*[.,;]|\s*$)",
        re.I), kinds=(p.TREATMENT,)), False, v.USED_FOR),
    # "Most people have surgery", "You may also have a blood transfusion": a remedy people
    # have or undergo (only a remedy's own name: "people have a fever" is a sign).
    (Wording(("have", "undergo", "had ", "get", "receiv"), re.compile(
        r"^\s*(?:(?:some |many |most |a few |these |such )?(?:people|patients|children|adults|"
        r"you|they|your child)|everyone|anyone)(?:'ll)?"
        # ("People with it should have surgery": the people named by the topic)
        r"(?:\s(?:with|who have|diagnosed with) [\w' -]{1,40}?(?=\s(?:may|might|will|should|"
        r"must|need|have|has|undergo|get|receive)\b))?"
        r"\s(?:may |might |will |often |usually |sometimes |also |then |"
        r"should |must |can |could |need to |have to |may need to |will need to )*"
        r"(?:have|has|had|undergo|undergoes|underwent|get|gets|receive|receives) (?:an? |some |"
        r"further |more |urgent |"
        r"emergency |several |repeated )?(?P<x>(?:[\w-]+ ){0,2}?(?:surgery|operations?|"
        r"transfusions?|(?:skin )?grafts?|amputations?|debridement|injections?|drips?|"
        r"antibiotics|antivirals|steroids|physiotherapy|rehabilitation|intensive care|fluids|"
        r"oxygen|painkillers|ventilation|breathing machines?))(?![\w-])", re.I)), False,
     v.USED_FOR),
    # "Surgeons perform an operation", "Doctors may use strong antibiotics": what carers do
    # or use, when it is a remedy's own name ("doctors use a scan" finds, it does not treat).
    (Wording(("perform", "use", "carr", " do"), re.compile(
        r"^\s*(?:the |your |a )?(?:doctors?|surgeons?|specialists?|nurses?|teams?|clinicians?|"
        r"(?:health ?care )?providers?|they)\s(?:may |might |will |often |usually |sometimes |also "
        r"|then |should |can |could |need to |have to |may need to |will need to |first )*"
        r"(?:perform|performs|use|uses|carry out|carries out|do|does) (?:an? |some |further |more "
        r"|urgent |emergency |several |repeated )?(?P<x>(?:[\w-]+ ){0,2}?(?:surgery|operations?|"
        r"transfusions?|(?:skin )?grafts?|amputations?|debridement|injections?|drips?|"
        r"antibiotics|antivirals|steroids|fluids|oxygen|painkillers|ventilation|"
        r"breathing machines?))(?![\w-])", re.I)), False, v.USED_FOR),
    # "Treatment usually starts with antibiotics": the first remedy given.
    (Wording(("start", "begin"), re.compile(
        r"^\s*(?:the )?(?:treatment|therapy|management)\s(?:usually |often |typically |will |"
        r"should |may |can |normally |generally )*(?:starts?|begins?) (?:with|by giving|by using) "
        r"(?P<x>[^.;]+)", re.I)), False, v.USED_FOR),
    # "Supportive care is very important", under a treatment heading: a remedy that matters.
    (Wording(("important", "vital", "crucial", "key"), re.compile(
        r"^\s*(?P<x>[\w' -]{3,40}?) (?:is|are) (?:also |very |especially |particularly )?"
        r"(?:important|vital|crucial|key)\s*(?:[.,;]|$)", re.I), kinds=(p.TREATMENT,)), False,
     v.USED_FOR),
    # "The dead tissue is cut away": the act that takes it out is its removal.
    (Wording(("cut away", "cut out", "cut off", "taken out", "scraped away", "trimmed away"),
              re.compile(
        # (Not a supply or a flow "cut off": that is how the illness harms, no act of care.)
        r"^\s*(?:any |the |a |all )?(?P<x>(?![\w' -]*\b(?:supply|flow)\b)[\w' -]{3,40}?) "
        r"(?:is|are|will be|may be|must be|"
        r"should be|can be|has to be|have to be|needs to be|need to be) (?:usually |often |"
        r"quickly |promptly |surgically |then |carefully )?(?:cut away|cut out|cut off|taken out|"
        r"scraped away|trimmed away)\b", re.I), "removal"), False, v.USED_FOR),
    # "Any foreign body should be removed": its removal treats it.
    (Wording("removed", re.compile(
        r"^\s*(?:any |the |a )?(?P<x>[\w' -]{3,40}?)(?:,[^,]{0,40},)? (?:should|must|will|may "
        r"need to|needs to|has to) be (?:promptly |quickly |surgically )?removed\b", re.I),
        "removal"), False, v.USED_FOR),
    # "Doctors may need to remove the infected plaster": its removal treats it.
    (Wording(("remove", "cut away", "cut out", "take out"), _doctors_act(
        r"(?:remove|cut away|cut out|take out)"), "removal"), False, v.USED_FOR),
    # "Doctors will drain any abscesses", "Pus may need to be drained": draining treats it.
    (Wording("drain", _doctors_act("drain"), "drainage"), False, v.USED_FOR),
    (Wording("drained", re.compile(
        r"^\s*(?:any |the |a )?(?P<x>[\w' -]{3,40}?) (?:is|are|will be|may be|must be|should be|"
        r"can be|may need to be|might need to be|needs to be|need to be|has to be|have to be) "
        r"(?:usually |often |quickly |promptly |surgically |then )?(?:cleaned(?: out)? and )?"
        r"drained\b", re.I), "drainage"), False, v.USED_FOR),
    # "The wound may need to be cleaned (and drained)", under treatment: cleaning treats it
    # (under prevention a cut cleaned at once keeps it away, which the advice rules read).
    (Wording("cleaned", re.compile(
        r"^\s*(?:any |the |a |all )?(?P<x>[\w' -]{3,40}?) (?:is|are|will be|may be|must be|"
        r"should be|can be|may need to be|might need to be|needs to be|need to be|has to be|"
        r"have to be) (?:usually |often |quickly |promptly |surgically |then |carefully )?"
        r"(?:cleaned|washed out)(?: out)?\b", re.I), "cleaning", kinds=(p.TREATMENT,)), False,
     v.USED_FOR),
    # "Treatment is mainly supportive", "Management remains supportive": supportive care.
    (Wording("supportive", re.compile(
        r"^\s*(?:the )?(?:treatment|management|therapy|care)(?: of [\w' -]{2,40}?)? (?:is|are|"
        r"remains) (?:mainly |primarily |largely |mostly |usually |generally |often |purely |"
        r"entirely )?supportive\b(?! (?:of|to)\b)", re.I), "=supportive care"), False,
     v.USED_FOR),
    # "In severe cases, a limb may need to be amputated": amputation treats it.
    (Wording("amputat", re.compile(
        r"\b(?:may|might|will|can|could|sometimes|often|occasionally)? ?(?:need to |have to )?"
        r"be amputated\b"
        # "Some people need a limb amputated", "may need an arm or leg amputated".
        r"|\bneeds? (?:to have )?(?:a |an |their |the |one )?(?:[\w-]+ ){0,3}?amputated\b",
        re.I), "=amputation"), False, v.USED_FOR),
    # "Heavy drinking is also a risk", "Obesity is a major risk" under risk or causes: named
    # as a risk, with no "factor" after it (the bare noun the "is-risk-factor" trigger wants).
    (Wording("risk", re.compile(
        r"^\s*(?P<x>[^.;]{3,80}?) (?:is|are) (?:also |another |an? |the )*(?:(?:major|big|key|"
        r"known|common|significant|important|further|additional|possible|main|serious) )?"
        r"risks?\s*(?:[.;]|$)", re.I), kinds=(p.RISK, p.CAUSE)), False, v.INCREASES_RISK_OF),
    # "Smoking appears to be a factor", "Stress may be a contributing factor" under risk or
    # causes: a part in it, hedged by its own words.
    (Wording("factor", re.compile(
        r"^\s*(?P<x>[^.;]{3,80}?) (?:is|are|may be|might be|could be|can be|appears? to be|"
        r"seems? to be|is thought to be|are thought to be|is believed to be|are believed to be|"
        r"is also|are also) (?:also )?(?:an? |one )?(?:(?:contributing|possible|likely|major|key|"
        r"important|significant|additional|further|causal|another) )*factors?\s*(?:[.;]|$)", re.I),
        kinds=(p.RISK, p.CAUSE)), False, v.CONTRIBUTES_TO),
    # "Certain medicines, such as X, are thought to contribute": a part in it, no object said.
    (Wording("contribut", re.compile(
        rf"^\s*(?P<x>[^.;]{{3,80}}?) {_SAID_TO}contribute\s*(?:[.;]|$)", re.I)), False,
     v.CONTRIBUTES_TO),
    # "Genetic factors likely play a role" under risks or causes (under care, "A good diet
    # may also play a part" is about getting better).
    (Wording(("play a", "play some"), re.compile(
        # ("Being overweight and not exercising play a role": a lack in the list, read
        # elsewhere)
        rf"^\s*(?P<x>(?![^.;]*\b(?:not|no|never|lack)\b)[^.;]{{3,80}}?) {_SAID_TO}play "
        r"(?:a|some) (?:part|role)\s*(?:[.;]|$)",
        re.I), kinds=(p.RISK, p.CAUSE)), False, v.CONTRIBUTES_TO),
    # "Several factors may contribute, including X and Y", "A number of things may play a
    # part, such as X": each example has a part in it.
    (Wording(("contribut", "play a", "involved"), re.compile(
        r"^\s*(?:several|many|a number of|various|different|multiple|some|a few|a mix of|"
        r"a combination of) (?:different )?(?:factors|things|causes|mechanisms|processes|"
        r"elements) (?:(?:may|might|can|could|also|often|probably|likely|are thought to|are "
        r"believed to|seem to|appear to|are known to) )*(?:contribute|play a (?:part|role)|"
        r"be involved|are involved)(?: to (?:it|this|the (?:illness|condition|disease|problem)))?"
        r",\s*(?:including|such as|like|for example|among them) (?P<x>[^.;]{3,160})", re.I)),
     False, v.CONTRIBUTES_TO),
    # "The germ X is usually to blame": what is blamed causes it.
    (Wording("to blame", re.compile(
        # (or after "The cause is unknown, although": the clause that guesses)
        r"^\s*(?:[^.;]{3,80}?,\s*(?:although|though|but|however,?)\s+)?"
        rf"{_GERM_CLASS}(?P<x>[^.;,]{{3,80}}?) (?:is|are|may be|might be|could be|can be) "
        r"(?:usually |often |mostly |"
        r"most often |sometimes |also |commonly |typically |generally |mainly )?to blame\b"
        r"(?! for (?!(?:most |many |the majority of |nearly all |almost all )?"
        r"(?:cases|infections|it|this)\b))", re.I)),
     False, v.CAUSES),
    # "X is the most common culprit", "X is the usual cause": what is the cause causes it.
    # ("X is the single most common organism": a germ that is the usual one is the cause)
    (Wording(("culprit", "cause", "organism", "germ", "bacteri", "pathogen", "microbe"),
             re.compile(
        rf"^\s*{_GERM_CLASS}(?P<x>[^.;]{{3,80}}?) (?:is|are) (?:also |usually |often )?"
        r"(?:the |an? |one )?(?:(?:(?:most common|commonest|main|usual|leading|major|likely|"
        r"known|common|frequent|possible|other|another) )+(?:culprits?|causes?)|(?:(?:single|"
        r"most common|commonest|main|usual|leading|predominant) )+(?:organisms?|germs?|"
        r"bacteri(?:um|a)|pathogens?|microbes?))\s*(?:[.;]|$)", re.I)),
     False, v.CAUSES),
    # "A minor cut is often the portal of entry", "Skin wounds are the usual way in": the
    # way the germ gets in raises the risk, as "gets in through a cut" does.
    (Wording(("portal", "entry", "way in", "ways in"), re.compile(
        r"^\s*(?P<x>[^.;]{3,100}?) (?:is|are) (?:often |usually |commonly |typically |mostly |"
        r"also )?(?:the |an? )?(?:(?:most )?(?:common|usual|main|likely|typical|frequent) )?"
        r"(?:portals? of entry|entry (?:points?|sites?|routes?)|points? of entry|routes? of "
        r"entry|ways? in)\b(?! (?:for|of) (?!(?:the |these )?(?:germs?|bacteri(?:um|a)|"
        r"virus(?:es)?|infection|organisms?)\b))", re.I)), False, v.INCREASES_RISK_OF),
    # "A and B are the two germs behind most cases": what is behind the cases causes them.
    (Wording("behind", re.compile(
        rf"^\s*{_GERM_CLASS}(?P<x>[^.;]{{3,80}}?) (?:is|are) (?:usually |often |mostly |also )?"
        r"(?:the |an? )?(?:\w+ ){0,2}(?:germs?|bacteri(?:um|a)|virus(?:es)?|organisms?|microbes?|"
        r"pathogens?|culprits?|causes?) behind (?:most |many |the majority of |nearly all |"
        r"almost all )?(?:cases|infections|it|this)\b", re.I)), False, v.CAUSES),
    # "Older adults and people with long-term illnesses face the greatest risk".
    (Wording(("face", "run "), re.compile(
        r"^\s*(?P<x>[^.;]{3,100}?) (?:also |may |can |often |usually )?(?:face|faces|run|runs) "
        r"(?:an? |the )?(?:(?:much |far |even |slightly )?(?:higher|greater|increased|highest|"
        r"greatest|high|particular|special)) risk(?: (?:of|for) (?:developing |getting )?(?:it|"
        r"this|the (?:illness|disease|condition|infection)))?\s*(?:[.;]|$)", re.I)), True,
     v.INCREASES_RISK_OF),
    # "Cases have also occurred in people with skin infections", "It has been seen in people
    # who inject drugs": what the people have or do raises the risk.
    (Wording(("occurred", "been seen", "been reported", "been described", "been found",
              "been diagnosed"), re.compile(
        r"^\s*(?:cases|it|this|the (?:illness|disease|condition|infection)) (?:has|have) "
        r"(?:also |even |occasionally |rarely |sometimes )?(?:occurred|been seen|been reported|"
        r"been described|been found|been diagnosed) (?:in|among) (?P<x>(?:[\w-]+ ){0,3}(?:people|"
        r"patients|individuals|persons|adults|children|women|men|infants) (?:with|who) [^.;]+)",
        re.I)), True, v.INCREASES_RISK_OF),
    # "Most cases involve women using tampons" under risk or causes: who or what the cases
    # involve raises the risk.
    (Wording("involve", re.compile(
        r"^\s*(?:most|many|the majority of|nearly all|almost all|some) (?:of the )?cases "
        r"(?:involve|involved) (?P<x>[^.;]+)", re.I), kinds=(p.RISK, p.CAUSE)), True,
     v.INCREASES_RISK_OF),
    # "Infection is more likely after surgery": what it follows raises its risk.
    (Wording("likely after", re.compile(
        r"^\s*(?:it|this|infection|the (?:infection|illness|disease|condition)) (?:is|are) "
        r"(?:much |far |also )?more likely (?:after|following) (?P<x>[^.;]+)", re.I)), False,
     v.INCREASES_RISK_OF),
    # "Contaminated water is a common source" under risk or causes: where it comes from.
    (Wording("source", re.compile(
        r"^\s*(?P<x>[^.;]{3,80}?) (?:is|are) (?:also )?(?:an? |the )?(?:(?:common|frequent|"
        r"usual|possible|likely|main|major|known|important|rare|occasional|other) )*sources?(?: "
        r"of (?:infection|the (?:germs?|bacteria|infection|virus)|it))?\s*(?:[.;]|$)", re.I),
        kinds=(p.RISK, p.CAUSE)), False, v.INCREASES_RISK_OF),
    # "Children under 5 are most likely to be affected": the group at most risk.
    (Wording("likely to be affected", re.compile(
        r"^\s*(?P<x>[^.;]{3,80}?) (?:are|is) (?:the )?(?:most|more) likely to be affected\b",
        re.I)), True, v.INCREASES_RISK_OF),
    # "The germs get in when infected ticks bite", "... when bitten by a tick": the bite
    # raises the risk.
    (Wording(("bite", "bitten"), re.compile(
        r"\bwhen (?:an? |the |some |certain )?(?:infected |certain |carrier )?"
        r"(?P<x>(?!it\b|they\b|you\b|someone\b|people\b)[a-z][\w-]{2,20}) bites?\b"
        r"|\bwhen (?:you are |you're |people are |someone is |a person is )?bitten by "
        r"(?:an? |the |some )?(?:infected )?(?P<x2>[a-z][\w-]{2,20})\b", re.I), "bite"),
     False, v.INCREASES_RISK_OF),
    # "Weakened immune system. This includes people with cancer or diabetes." under risk
    # factors: what the people the lead covers have raises the risk too.
    (Wording(("includes", "include", "covers"), re.compile(
        r"^\s*(?:this|these|that|it|they) (?:also )?(?:includes?|can include|may include|"
        r"covers?) (?P<x>(?:people|those|anyone|patients|children|adults|women|men|someone) "
        r"(?:with|who)\b[^.;]+)", re.I), kinds=(p.RISK, p.CAUSE)), True, v.INCREASES_RISK_OF),
    # "Cuts and scrapes give germs a way in", "Open wounds allow germs to enter": the way in
    # raises the risk.
    (Wording(("way in", "entry", "enter", "get in", "into the body"), re.compile(
        r"^\s*(?P<x>[^.;]{3,80}?) (?:can |may |also |often |all )*(?:give|gives|provide|"
        r"provides|offer|offers|allow|allows|let|lets|open|opens) (?:up )?(?:the |a |an )?"
        r"(?:germs?|bacteria|viruses?|infections?|microbes?|organisms?)? ?(?:a way in|an? "
        r"(?:entry point|point of entry|route in|way into the body|entry into the body)|(?:to )?"
        r"(?:enter|get in|get into the body))\b", re.I)), False, v.INCREASES_RISK_OF),
    # "It usually develops between the ages of 20 and 40": that age span raises the risk.
    (Wording("between", re.compile(
        r"^\s*(?:it|this|the (?:illness|disease|condition|infection))\s+(?:\w+ )?(?:develops?|"
        r"starts?|begins?|occurs?|appears?|(?:is|are) (?:usually |most often |mostly |"
        r"typically )?(?:diagnosed|seen)|(?:is|are) (?:most )?common)\s+(?:\w+ )?(?P<x>between "
        r"(?:the )?ages? (?:of )?\d{1,3} and \d{1,3})", re.I)), True, v.INCREASES_RISK_OF),
    # "Some people take a medicine called X for joint pain and tiredness": X is used for each
    # sign named ("for it", or none named: for the illness).
    (Wording("take", re.compile(
        r"^\s*(?:(?:some|many|most|a few|other)\s+)?(?:people|patients|you|they)\s+(?:(?:may|"
        r"can|might|often|also|usually|will|sometimes)\s+)*(?:need to\s+|have to\s+)?take\s+"
        r"(?!(?:an?\s+|the\s+|some\s+)?(?:it|this|them|break|time|care|part|steps?|days?|"
        r"weeks?|longer|place)\b)"
        r"(?:an?\s+|the\s+|some\s+)?(?:(?:medicines?|medications?|drugs?|tablets?)\s+(?:called|"
        r"such as|like)\s+)?(?P<x>[\w -]{3,40}?)"
        # ("for up to 2 weeks": how long it is taken, no sign it is taken for)
        r"(?:\s+for\s+(?!" + PERIOD_AHEAD + r")(?P<y>[\w' ,-]{3,60}?))?\s*(?:[.;]|$)", re.I),
        kinds=(p.TREATMENT,)), False, v.USED_FOR),
    # "Digging, farming and building work can release the spores into the air": what sets
    # the germs loose raises the risk of breathing them in.
    (Wording(("release", "stir up", "stirs up", "kick up", "kicks up", "throw up",
              "throws up"), re.compile(
        r"^\s*(?P<x>[^.;]{3,80}?) (?:can |may |often |also |all )*(?:release|releases|stir up|"
        r"stirs up|kick up|kicks up|throw up|throws up) (?:the |these |any )?(?:fungal |"
        r"infected |contaminated )?(?:spores|germs|bacteria|virus(?:es)?|particles|dust)\b",
        re.I), kinds=(p.RISK, p.CAUSE)), False, v.INCREASES_RISK_OF),
    # "Smoking appears to be protective", "Breastfeeding may be protective against it": it
    # lowers the risk (said so of one factor, however it surprises).
    (Wording("protective", re.compile(
        r"^\s*(?P<x>(?!(?:it|this|that|there|they)\b)[\w' -]{3,60}?) (?:is|are|appears? to be|"
        r"seems? to be|may be|might be|can be|could be|is thought to be|has been (?:found|shown) "
        r"to be) (?:also |partly |partially |somewhat |strongly )?protective(?: against (?P<y>"
        r"[\w' -]{2,40}))?\s*(?:[.;,]|$)", re.I)), False, v.PREVENTS),
    # "The sores can become infected", "Ulcers often get infected": germs get in through
    # the open sign, a wound infection of it (blisters and lesions: a skin infection).
    (Wording("infected", re.compile(
        rf"^\s*{_OPEN_SIGN}(?P<x>(?:[\w-]+ ){{0,2}}?(?:{WOUND_SIGNS})) "
        rf"{_MAY}(?:become|becomes|get|gets) infected\b", re.I), "wound infection"), False,
     v.HAS_COMPLICATION),
    (Wording("infected", re.compile(
        rf"^\s*{_OPEN_SIGN}(?P<x>(?:[\w-]+ ){{0,2}}?(?:{SKIN_OPENINGS}|spots?|rash(?:es)?)) "
        rf"{_MAY}(?:become|becomes|get|gets) infected\b", re.I),
        "skin infection"), False, v.HAS_COMPLICATION),
    # "Some studies link it to dust at work", "Research has linked some cases to a virus":
    # what it is linked to goes with it (the link says nothing of which way).
    (Wording(("link", "tied it", "tie it", "ties it"), re.compile(
        r"^\s*(?:(?:some|several|many|other|recent|small|large|a few|a number of) )?"
        r"(?:studies|research|researchers|scientists|doctors|experts|reports|evidence|data|"
        r"surveys) (?:has |have )?(?:also |now |sometimes |often |tentatively |strongly )?"
        r"(?:linked|links?|tied|ties?|connected|connects?) (?:(?:some|many|most|a few) "
        r"(?:of the )?cases(?: of it)?|(?P<y>it|this|them|the (?:illness|disease|condition|"
        r"infection|syndrome|disorder)|[\w' -]{3,40}?)) (?:to|with) (?P<x>[^.;]{3,120})", re.I)),
     False, v.ASSOCIATED_WITH),
    # "Wounds should be kept clean and covered until they heal": wound care keeps it away
    # (under care it is the wound's care, read by the care rules).
    (Wording(("should be kept", "must be kept", "should be cleaned", "should be covered"),
             re.compile(
        r"^\s*(?:any |all |your |open )?(?:cuts|wounds|grazes|sores|scratches|burns|breaks in "
        r"the skin|skin injuries)(?:,? (?:and|or) (?:any |other )?[\w ]{2,30}?)? (?:should|must) "
        r"(?:always |also )?be (?:kept |promptly |properly |thoroughly )?(?:clean(?:ed)?|covered|"
        r"washed)\b", re.I), "=wound care", kinds=(p.PREVENTION, p.RISK, p.CAUSE, None)),
     False, v.PREVENTS),
    # "There is an association with recent varicella infection".
    (Wording("association with", re.compile(
        r"^\s*there (?:is|are|has been) (?:an? |some )?(?:strong |known |reported |clear )?"
        r"associations? with (?P<x>[^.;]+)", re.I)), False, v.ASSOCIATED_WITH),
)
# Each wording's hint words, and all of them once: a sentence is searched for each hint once.
_HINTS_OF: tuple[frozenset[str], ...] = tuple(
    frozenset((w.hint,) if isinstance(w.hint, str) else w.hint) for w, _, _ in WORDINGS)
WORDING_HINTS: tuple[str, ...] = tuple(sorted(frozenset().union(*_HINTS_OF)))
# Which wordings each hint opens, so a sentence visits only the wordings it has a hint of
# (in the table's order), not the whole table.
WORDINGS_OF_HINT: dict[str, tuple[int, ...]] = {
    h: tuple(i for i, hints in enumerate(_HINTS_OF) if h in hints) for h in WORDING_HINTS}
