"""Everyday and clinical names of common signs, symptoms and states, one group per thing.

Pages for patients say "tiredness" where clinical pages say "fatigue"; a
comparison that keeps them apart reports a gap that is not there.  This is
a small hand-made list of general equivalents (no condition-specific
terms), the first name of each group being the label shown.  It only joins
names that pages of one run actually use: a vocabulary, an abbreviation a
page defines or the topic's own names always win.
"""

from __future__ import annotations

from functools import lru_cache

from .normalize import label_key

SYNONYMS: tuple[tuple[str, ...], ...] = (
    # Signs and symptoms.
    ("fatigue", "tiredness", "extreme tiredness", "exhaustion", "lack of energy", "feeling tired",
     "feeling very tired", "feeling exhausted", "feeling tired or exhausted"),
    ("fever", "high temperature", "pyrexia", "raised temperature"),
    ("itching", "itchiness", "pruritus", "itchy skin"),
    ("vomiting", "being sick", "emesis"),
    ("nausea", "feeling sick", "queasiness"),
    ("shortness of breath", "breathlessness", "dyspnoea", "dyspnea",
     "difficulty breathing", "trouble breathing", "breathing difficulties"),
    ("muscle pain", "muscle aches", "muscle ache", "myalgia", "aching muscles", "sore muscles"),
    ("joint pain", "joint aches", "arthralgia", "aching joints", "sore joints"),
    ("swollen lymph nodes", "swollen glands", "lymphadenopathy", "swollen lymph glands",
     "enlarged lymph nodes", "cervical adenopathy", "cervical lymphadenopathy",
     "swollen glands in the neck", "swollen neck glands"),
    ("malaise", "feeling generally unwell", "feeling unwell", "general feeling of illness",
     "feeling of being generally unwell", "feeling of being unwell", "general malaise"),
    ("stiff neck", "neck stiffness"),
    ("photophobia", "sensitivity to light", "light sensitivity"),
    ("drooling", "dribbling"),
    ("fainting", "syncope", "passing out", "blackouts"),
    ("dizziness", "light-headedness", "lightheadedness", "feeling faint"),
    ("redness", "erythema"),
    ("swelling", "oedema", "edema"),
    ("loss of appetite", "poor appetite", "reduced appetite"),
    ("difficulty sleeping", "insomnia", "trouble sleeping", "sleep problems"),
    ("tingling", "pins and needles", "paraesthesia", "paresthesia"),
    ("rapid heartbeat", "fast heartbeat", "fast heart rate", "tachycardia", "racing heart"),
    ("palpitations", "heart palpitations", "skipped heartbeats"),
    ("low blood pressure", "hypotension"),
    ("high blood pressure", "hypertension"),
    ("sweating", "diaphoresis", "excessive sweating"),
    ("night sweats", "sweating at night"),
    ("nosebleed", "nosebleeds", "epistaxis"),
    ("blood in urine", "haematuria", "hematuria"),
    ("difficulty swallowing", "dysphagia", "trouble swallowing"),
    ("headache", "head pain", "cephalalgia"),
    ("vision loss", "loss of vision", "sight loss", "visual loss", "decreased vision"),
    ("hearing loss", "loss of hearing", "hearing problems", "hearing problem",
     "impaired hearing"),
    ("confusion", "disorientation"),
    ("cough", "coughing"),
    ("diarrhoea", "diarrhea", "loose stools"),
    ("weight loss", "losing weight", "unexplained weight loss"),
    ("chills", "shivering", "rigors"),
    ("sore throat", "throat pain"),
    ("red eyes", "bloodshot eyes"),
    ("peeling skin", "skin peeling", "desquamation"),
    ("low mood", "depressed mood"),
    ("severe pain", "extreme pain", "intense pain", "serious pain"),
    ("ulcer", "ulceration", "open sore", "skin ulcer", "ulcers"),
    ("lump", "nodule", "lump under the skin", "skin lump"),
    ("blood infection", "sepsis", "bloodstream infection", "septicaemia", "septicemia"),
    ("cancer", "malignancy"),
    ("influenza", "flu"),
    ("heart attack", "myocardial infarction", "acute myocardial infarction", "acute MI"),
    ("obesity", "being overweight", "overweight", "obese", "excess weight"),
    # Parts of the body.
    ("abdomen", "belly", "tummy", "stomach area"),
    ("torso", "trunk", "upper body"),
    ("leg", "lower limb", "lower extremity"),
    ("arm", "upper limb", "upper extremity"),
    ("genitals", "genitalia", "external genitalia", "genital area"),
    ("fat tissue", "adipose tissue", "fatty tissue"),
    ("small blood vessel", "small artery", "arteriole"),
    # Tests.
    ("physical examination", "physical exam", "clinical examination", "examination"),
    ("laboratory test", "lab test", "lab testing", "laboratory testing"),
    ("imaging", "imaging test", "imaging study", "diagnostic imaging", "imaging scan"),
    ("biopsy", "tissue sample", "tissue biopsy"),
    # Who is at risk.
    ("female sex", "being female", "women", "females"),
    ("male sex", "being male", "men", "males"),
    ("clinical trial", "research study"),
    # States that raise risk.
    ("weakened immune system", "weak immune system", "suppressed immune system",
     "compromised immune system", "poor immune function", "lowered immunity",
     "immunosuppression", "immunocompromised", "immunodeficiency", "reduced immunity"),
    ("older age", "old age", "increasing age", "advanced age", "advancing age", "elderly",
     "being older", "ageing", "aging"),
    ("smoking", "tobacco use", "cigarette smoking"),
    ("pregnancy", "being pregnant", "pregnant", "pregnant women"),
    # Kinds of treatment.
    ("steroid", "corticosteroid", "steroid medicine", "oral corticosteroid", "oral steroid",
     "steroid tablets"),
    ("painkiller", "painkillers", "pain relief", "pain medication", "pain medicine",
     "painkilling medicine", "analgesic", "analgesics", "pain reliever", "pain relievers"),
    ("antibiotic", "antibiotics", "antibiotic treatment", "antibiotic medicine"),
    ("antiviral medicine", "antiviral", "antivirals", "antiviral drug", "antiviral medication",
     "antiviral treatment", "medicine against viruses", "medicines against viruses"),
    ("fever reducer", "antipyretic", "antipyretics"),
    ("surgery", "surgical treatment", "operation"),
    ("physiotherapy", "physical therapy"),
    ("blood test", "blood tests"),
)


# Words that name one thing in a clinical and an everyday register; two names that
# differ only by these ("end-stage renal disease", "end-stage kidney disease") are one.
WORD_SYNONYMS: dict[str, str] = {
    "renal": "kidney", "hepatic": "liver", "cardiac": "heart", "pulmonary": "lung",
    "cutaneous": "skin", "dermal": "skin", "ocular": "eye", "gastric": "stomach",
    "cerebral": "brain", "lab": "laboratory", "exam": "examination", "disorder": "disease",
    "illness": "disease", "tummy": "abdomen", "belly": "abdomen", "test": "test",
    "testing": "test", "scan": "scan",
}


# How people say they feel, as the state a page means ("feel depressed" is depression).
FEELINGS: dict[str, str] = {
    "depressed": "depression", "low": "low mood", "down": "low mood", "anxious": "anxiety",
    "worried": "anxiety", "stressed": "stress", "tired": "tiredness", "exhausted": "exhaustion",
    "isolated": "social isolation", "lonely": "loneliness", "embarrassed": "embarrassment",
    "self-conscious": "self-consciousness", "irritable": "irritability",
    "frustrated": "frustration", "angry": "anger", "sad": "sadness", "upset": "distress",
    "unwell": "malaise", "sick": "nausea", "dizzy": "dizziness", "weak": "weakness",
    "confused": "confusion", "restless": "restlessness",
}


@lru_cache(maxsize=1)
def synonym_groups() -> dict[str, tuple[str, ...]]:
    """Return, per normalised name, the normalised names of its group in preference order."""
    out: dict[str, tuple[str, ...]] = {}
    for group in SYNONYMS:
        keys = tuple(dict.fromkeys(label_key(x) for x in group))
        for k in keys:
            out.setdefault(k, keys)
    return out
