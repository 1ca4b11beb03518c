"""Read the harms a page says a condition carries: "children with X ... their risk of A".

Clinical references state what a complication goes on to bring as a risk its
bearers carry, not as a verb of cause: "The outlook of patients with large cysts is
a worry because of their associated risk of bleeding or clotting", or, after the
burden a thing brings, "the illness and death linked to cyst growth; with a lifelong
risk of rupture and stroke".  The thing carried (the cysts, the cyst growth) raises
the risk of each harm.  This module returns the words as said; the rules name the
carrier and record the claims.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimgraph.ingest import re_cache as re

_RISK_WORDS = (r"(?:an? |the )?(?:(?:associated|increased|higher|high|greater|lifelong|"
               r"life-long|lifetime|long-term|serious|significant) )*risks? of "
               r"(?:developing |getting )?(?P<y>[^.;]+)")
# "patients with X ... because of their (associated) risk of A or B".
_THEIR_RISK = re.compile(
    r"\b(?:people|patients|children|adults|infants|babies|women|men|those) with "
    r"(?P<x>[^,;.()]{3,60}?) (?=(?:is|are|was|were|remains?|has|have|can|may|might|poses?|"
    r"carr(?:y|ies)|need|needs)\b)[^.;]{0,80}? (?:due to|because of|owing to|given) their "
    + _RISK_WORDS, re.I)
# "the illness and death linked to X; with a lifelong risk of A, B and C".
_BURDEN_TAIL = re.compile(
    r"\b(?:harm|morbidity|mortality|deaths?|illness|disability) (?:associated with|linked "
    r"(?:to|with)|that comes? with|from) (?P<x>[^;,.()]{3,80}?)\s*[;,]\s*with " + _RISK_WORDS,
    re.I)


@dataclass(frozen=True, slots=True)
class CarriedRisk:
    """Harms one condition is said to carry the risk of."""

    carrier: str  # as written: "large cysts", "cyst growth"
    harms: str  # "bleeding or clotting", as written
    anchor: str
    harm: bool  # the carrier is said to bring illness or death: a harm itself


def carried_risks(text: str) -> CarriedRisk | None:
    """Return the harms a sentence says a condition carries the risk of, or None.

    >>> r = carried_risks("Patients with big cysts are a worry because of their "
    ...                   "associated risk of bleeding or clotting.")
    >>> (r.carrier, r.harms)
    ('big cysts', 'bleeding or clotting')
    >>> carried_risks("The harm linked to cyst growth; with a lifelong risk of rupture.").carrier
    'cyst growth'
    >>> carried_risks("Patients with big cysts have a risk of bleeding.") is None
    True
    """
    m = _THEIR_RISK.search(text)
    burden = _BURDEN_TAIL.search(text) if m is None else None
    found = m or burden
    if found is None:
        return None
    return CarriedRisk(found.group("x").strip(), found.group("y").strip(), found.group(0),
                       burden is not None)
