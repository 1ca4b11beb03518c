"""Everyday and clinical names of common signs, symptoms and states, one group per thing.

Pages for patients say "tiredness" where clinical pages say "fatigue"; a
comparison that keeps them apart reports a gap that is not there.  This is
a small hand-made list of general equivalents (no condition-specific
terms), the first name of each group being the label shown.  It only joins
names that pages of one run actually use: a vocabulary, an abbreviation a
page defines or the topic's own names always win.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import lru_cache

from claimgraph.ingest import re_cache as re

from .normalize import all_lemmas, label_key
from .part_state_forms import part_state_words

SYNONYMS: tuple[tuple[str, ...], ...] = (
    # Signs and symptoms.
    ("fatigue", "tiredness", "extreme tiredness", "exhaustion", "lack of energy", "feeling tired",
     "feeling very tired", "feeling exhausted", "feeling tired or exhausted",
     "feeling tired all the time", "feel tired", "feel tired all the time"),
    ("fever", "high temperature", "pyrexia", "raised temperature", "feverishness",
     "feeling feverish", "high body temperature", "elevated temperature"),
    ("itching", "itchiness", "pruritus", "itchy skin"),
    ("vomiting", "being sick", "emesis", "throwing up"),
    ("nausea", "feeling sick", "queasiness", "feeling queasy", "feeling nauseous",
     "feeling nauseated"),
    ("shortness of breath", "breathlessness", "dyspnoea", "dyspnea",
     "difficulty breathing", "trouble breathing", "breathing difficulties",
     "feel short of breath", "feeling short of breath", "short of breath", "being short of breath",
     "difficulty in breathing"),
    ("muscle pain", "muscle aches", "muscle ache", "myalgia", "aching muscles", "sore muscles",
     "body aches", "body ache", "aching body", "muscle soreness", "muscle pains", "achy muscles",
     "body pain", "body pains", "musculoskeletal pain", "aches and pains"),
    ("joint pain", "joint aches", "arthralgia", "aching joints", "sore joints", "joint ache",
     "joint soreness"),
    ("swollen lymph nodes", "swollen glands", "lymphadenopathy", "swollen lymph glands",
     "enlarged lymph nodes", "cervical adenopathy", "cervical lymphadenopathy",
     "swollen glands in the neck", "swollen neck glands"),
    ("malaise", "feeling generally unwell", "feeling unwell", "general feeling of illness",
     "feeling of being generally unwell", "feeling of being unwell", "general malaise"),
    ("stiff neck", "neck stiffness"),
    ("photophobia", "sensitivity to light", "light sensitivity"),
    ("drooling", "dribbling"),
    ("fainting", "syncope", "passing out", "blackouts", "fainting spells"),
    ("dizziness", "light-headedness", "lightheadedness", "feeling faint", "feeling dizzy",
     "feeling lightheaded"),
    ("redness", "erythema", "skin redness", "red skin", "reddened skin", "erythroderma"),
    # Gas in the tissues felt under the fingers.
    ("crepitus", "crackling under the skin", "crackling sensation", "crackling skin",
     "crackling feeling under the skin"),
    ("swelling", "oedema", "edema"),
    ("loss of appetite", "poor appetite", "reduced appetite"),
    ("difficulty sleeping", "insomnia", "trouble sleeping", "sleep problems"),
    # Wounds slow to close, whatever the page calls the wound.
    ("slow-healing wounds", "non-healing wounds", "non-healing wound", "non-healing ulcer",
     "non-healing ulcers", "slow-healing ulcers", "non-healing sores", "slow-healing sores",
     "wounds that do not heal", "ulcers that do not heal", "sores that do not heal"),
    ("tingling", "pins and needles", "paraesthesia", "paresthesia"),
    ("rapid heartbeat", "fast heartbeat", "fast heart rate", "tachycardia", "racing heart",
     "racing pulse", "rapid pulse", "fast pulse", "rapid heart rate", "increased heart rate"),
    ("palpitations", "heart palpitations", "skipped heartbeats"),
    ("low blood pressure", "hypotension", "drop in blood pressure", "fall in blood pressure",
     "sudden drop in blood pressure", "blood pressure drop", "low BP"),
    ("high blood pressure", "hypertension", "high BP"),
    ("sweating", "diaphoresis", "excessive sweating"),
    ("night sweats", "sweating at night"),
    ("nosebleed", "nosebleeds", "epistaxis"),
    ("blood in urine", "haematuria", "hematuria"),
    ("difficulty swallowing", "dysphagia", "trouble swallowing"),
    ("headache", "head pain", "cephalalgia"),
    ("vision problems", "eyesight problems", "sight problems", "visual problems",
     "problems with vision", "visual disturbances", "visual disturbance"),
    ("vision loss", "loss of vision", "sight loss", "visual loss", "decreased vision"),
    ("hearing loss", "loss of hearing", "hearing problems", "hearing problem",
     "impaired hearing"),
    ("confusion", "disorientation", "mental confusion", "feeling confused", "altered mental state",
     "altered mental status"),
    ("cough", "coughing"),
    ("diarrhoea", "diarrhea", "loose stools", "watery stools", "runny stools"),
    ("weight loss", "losing weight", "unexplained weight loss"),
    ("chills", "shivering", "rigors", "shivers", "shaking chills"),
    ("sore throat", "throat pain", "painful throat", "pharyngitis"),
    ("red eyes", "bloodshot eyes", "eye redness", "red eye", "conjunctival redness",
     "conjunctival injection"),
    ("peeling skin", "skin peeling", "desquamation", "skin shedding", "flaking skin",
     "skin flaking"),
    ("low mood", "depressed mood"),
    ("severe pain", "extreme pain", "intense pain", "serious pain"),
    ("ulcer", "ulceration", "open sore", "skin ulcer", "ulcers"),
    ("lump", "nodule", "lump under the skin", "skin lump"),
    ("blood infection", "sepsis", "bloodstream infection", "septicaemia", "septicemia",
     "blood poisoning"),
    ("cancer", "malignancy", "neoplasm", "malignant neoplasm"),
    ("bleeding", "haemorrhage", "hemorrhage"),
    ("blood clot", "thrombosis", "thrombus"),
    ("blister", "bulla", "vesicle"),  # (a vesicle is a small blister)
    ("scab", "crust", "crusting", "scabbing"),
    ("seizure", "fit", "convulsion"),
    ("ischaemia", "ischemia", "reduced blood flow", "poor blood flow", "lack of blood supply",
     "poor blood supply", "restricted blood flow", "blocked blood flow", "loss of blood supply"),
    ("hypoxia", "lack of oxygen", "oxygen deprivation", "low oxygen"),
    ("tenderness", "sensitivity to touch", "sensitive to touch"),
    ("arrhythmia", "irregular heartbeat", "abnormal heart rhythm", "irregular heart rhythm",
     "abnormal heartbeat", "heart rhythm problems"),
    ("death", "fatal outcome", "dying", "fatality", "a fatality"),
    ("multiple organ failure", "multi-organ failure", "multiorgan failure",
     "multiple organ dysfunction", "multi-organ dysfunction", "multiple organ dysfunction "
     "syndrome", "failure of several organs", "failure of multiple organs",
     "multiple organ damage"),
    ("heart complication", "cardiac complication", "heart damage", "cardiac damage",
     "heart-related complication"),
    ("diabetes", "diabetes mellitus", "diabetic", "diabetics", "diabetic people"),
    ("lupus", "systemic lupus erythematosus", "SLE"),
    ("injury", "trauma", "physical trauma", "physical injury"),
    ("scarring", "scars", "scar tissue", "scar"),
    ("skin wound", "open wound", "break in the skin", "broken skin", "wound in the skin"),
    ("rash", "skin rash", "skin eruption", "exanthem", "exanthema"),
    ("influenza", "flu"),
    ("heart attack", "myocardial infarction", "acute myocardial infarction", "acute MI"),
    ("obesity", "being overweight", "overweight", "obese", "excess weight", "obese people"),
    ("necrosis", "tissue necrosis", "tissue death", "dead tissue", "necrotic tissue"),
    ("calcification", "calcium deposits", "calcium buildup", "calcium build-up"),
    ("rapid breathing", "fast breathing", "tachypnoea", "tachypnea", "breathing fast"),
    ("loss of consciousness", "unconsciousness", "losing consciousness"),
    ("weakness", "feeling weak", "asthenia", "lack of strength"),
    ("abdominal pain", "stomach pain", "tummy pain", "belly pain", "stomach ache",
     "stomachache", "tummy ache", "bellyache"),
    ("abdominal cramps", "stomach cramps", "tummy cramps"),
    ("abdominal swelling", "swollen abdomen", "swollen belly", "swollen tummy",
     "abdominal distension", "abdominal distention", "distended abdomen"),
    ("hair loss", "alopecia", "losing hair"),
    ("runny nose", "rhinorrhoea", "rhinorrhea", "nasal discharge"),
    ("blocked nose", "stuffy nose", "nasal congestion", "stuffed up nose"),
    ("blood in stool", "blood in the stool", "bloody stools", "bloody stool",
     "haematochezia", "hematochezia", "blood in poo"),
    ("coughing up blood", "haemoptysis", "hemoptysis"),
    ("jaundice", "yellowing of the skin", "yellow skin", "yellowing skin", "icterus",
     "yellowing of the skin and eyes", "yellow skin and eyes"),
    ("bruising", "bruises", "ecchymosis", "ecchymoses"),
    ("pale skin", "pallor", "paleness"),
    ("bluish skin", "blue skin", "cyanosis", "blue discoloration of the skin",
     "blue discolouration of the skin"),
    ("clammy skin", "clamminess", "cold clammy skin"),
    ("drowsiness", "sleepiness", "somnolence", "feeling sleepy"),
    ("memory problems", "memory loss", "forgetfulness", "trouble with memory",
     "difficulty remembering", "poor memory"),
    ("difficulty concentrating", "concentration problems", "trouble concentrating",
     "poor concentration", "trouble with concentration", "problems concentrating"),
    ("difficulty speaking", "speech difficulty", "speech difficulties", "problems speaking",
     "trouble speaking", "speech problems", "difficulty talking"),
    ("slurred speech", "dysarthria"),
    ("double vision", "diplopia"),
    ("blurred vision", "blurry vision"),
    ("ringing in the ears", "tinnitus"),
    ("sensitivity to sound", "hyperacusis", "sound sensitivity", "sensitivity to noise",
     "noise sensitivity"),
    ("dry eyes", "dry eye", "eye dryness"),
    ("watery eyes", "excessive tearing", "teary eyes", "tearing eyes", "more tears",
     "excess tearing", "increased tearing", "excess tears"),
    ("loss of taste", "taste loss", "ageusia"),
    ("altered taste", "change in taste", "taste changes", "dysgeusia"),
    ("excessive thirst", "extreme thirst", "polydipsia"),
    ("frequent urination", "urinating often", "polyuria", "passing urine often"),
    ("reduced urine output", "decreased urination", "passing less urine", "oliguria",
     "low urine output", "peeing less"),
    ("weight gain", "gaining weight"),
    ("mouth ulcer", "mouth sore", "oral ulcer"),
    ("cracked lips", "chapped lips", "fissured lips"),
    ("shock", "circulatory shock", "circulatory collapse"),
    ("organ dysfunction", "organ impairment"),
    ("acute kidney injury", "acute kidney failure", "acute renal failure",
     "acute renal injury"),
    ("end-stage kidney disease", "end-stage renal disease", "ESRD", "ESKD",
     "end-stage kidney failure", "end-stage renal failure", "final stage of kidney failure",
     "final stages of kidney failure", "last stage of kidney disease", "stage 5 kidney disease"),
    ("stroke", "cerebrovascular accident", "CVA", "brain attack"),
    ("muscle weakness", "weak muscles", "muscular weakness", "weakness of the muscles"),
    ("numbness", "loss of sensation", "loss of feeling", "reduced sensation", "lack of feeling"),
    ("kidney damage", "kidney impairment", "renal impairment", "damage to the kidneys",
     "kidney problems"),
    ("pulmonary fibrosis", "lung fibrosis", "lung scarring", "scarring of the lungs",
     "scarring in the lungs", "fibrosis of the lungs", "scarred lungs"),
    ("thrombocytopenia", "low platelet count", "low platelets", "low blood platelets",
     "low blood platelet count"),
    ("anaemia", "anemia", "low red blood cell count", "low haemoglobin", "low hemoglobin"),
    ("acute respiratory distress syndrome", "ARDS"),
    ("disseminated intravascular coagulation", "DIC"),
    ("kidney stones", "kidney stone", "nephrolithiasis", "renal stones", "renal calculi"),
    ("arthritis", "joint inflammation", "inflamed joints", "inflammation of the joints"),
    ("eye inflammation", "inflammation of the eye", "inflamed eyes", "ocular inflammation"),
    ("liver inflammation", "hepatitis", "inflammation of the liver"),
    ("heart muscle inflammation", "myocarditis", "inflammation of the heart muscle"),
    ("heart block", "atrioventricular block", "AV block"),
    # Parts of the body.
    ("abdomen", "belly", "tummy", "stomach area"),
    ("torso", "trunk", "upper body"),
    ("leg", "lower limb", "lower extremity"),
    ("arm", "upper limb", "upper extremity"),
    ("genitals", "genitalia", "external genitalia", "genital area"),
    ("fat tissue", "adipose tissue", "fatty tissue", "subcutaneous fat", "fat under the skin",
     "fat beneath the skin", "subcutaneous adipose tissue"),
    ("intestine", "bowel", "gut"),
    ("small blood vessel", "small artery", "arteriole", "tiny blood vessel"),
    ("soft tissue", "flesh", "soft tissues"),
    ("limbs", "extremities", "arms and legs"),
    ("windpipe", "trachea"),
    ("voice box", "larynx"),
    ("gullet", "oesophagus", "esophagus", "food pipe"),
    ("collarbone", "clavicle"),
    ("breastbone", "sternum"),
    ("kneecap", "patella"),
    ("thigh bone", "femur"),
    ("backbone", "spine", "spinal column"),
    ("womb", "uterus"),
    ("eardrum", "tympanic membrane"),
    ("armpit", "axilla"),
    ("buttocks", "gluteal region"),
    # Tests.
    ("physical examination", "physical exam", "clinical examination", "examination"),
    ("laboratory test", "lab test", "lab testing", "laboratory testing"),
    ("imaging", "imaging test", "imaging study", "diagnostic imaging", "imaging scan"),
    ("biopsy", "tissue sample", "tissue biopsy", "piece of tissue", "small piece of tissue",
     "sample of tissue", "tissue samples", "small sample of tissue", "small tissue sample",
     "small piece of skin", "sample of skin"),
    ("debridement", "surgical debridement", "removal of dead tissue", "removing dead tissue",
     "removal of necrotic tissue", "surgical removal of dead tissue",
     "surgery to remove dead tissue"),
    ("amputation", "limb amputation", "removal of a limb", "limb removal", "loss of a limb",
     "limb loss"),
    ("CT scan", "computed tomography", "computerised tomography", "computerized tomography",
     "CAT scan", "CT", "computed tomography scan", "computerised tomography scan",
     "computerized tomography scan", "CT imaging"),
    ("MRI scan", "MRI", "magnetic resonance imaging"),
    ("ultrasound", "ultrasound scan", "sonography", "ultrasonography"),
    ("ECG", "electrocardiogram", "EKG", "electrocardiography"),
    ("echocardiogram", "echocardiography", "heart ultrasound", "cardiac ultrasound"),
    ("urine test", "urinalysis", "urine sample test"),
    ("early diagnosis", "early detection", "early recognition"),
    ("late diagnosis", "delayed diagnosis", "delay in diagnosis", "delays in diagnosis",
     "diagnostic delay", "delay in diagnosing"),
    ("delayed surgery", "late surgery", "delay in surgery", "delays in surgery",
     "surgical delay", "delayed operation"),
    ("delayed treatment", "late treatment", "delay in treatment", "delays in treatment",
     "treatment delay", "delay in treating", "delayed care"),
    ("hospitalisation", "hospital admission", "admission to hospital", "hospital stay",
     "hospitalization", "stay in hospital", "staying in hospital", "being admitted to hospital",
     "a stay in hospital"),
    ("lumbar puncture", "spinal tap"),
    ("keyhole surgery", "laparoscopy", "laparoscopic surgery"),
    ("EEG", "electroencephalogram", "electroencephalography"),
    ("X-ray", "radiograph", "plain X-ray"),
    # Who is at risk.
    ("female sex", "being female", "women", "females", "female"),
    ("male sex", "being male", "men", "males", "male"),
    ("white people", "whites", "caucasians", "caucasian people", "white ethnicity"),
    ("black people", "black ethnicity", "black ancestry"),
    ("clinical trial", "research study"),
    # States that raise risk.
    ("weakened immune system", "weak immune system", "suppressed immune system",
     "compromised immune system", "poor immune function", "lowered immunity",
     "immunosuppression", "immunocompromised", "immunodeficiency", "reduced immunity",
     "immunosuppressed"),
    ("older age", "old age", "increasing age", "advanced age", "advancing age", "elderly",
     "being older", "ageing", "aging", "older adults", "older people", "older patients",
     "the elderly", "elderly people"),
    ("smoking", "tobacco use", "cigarette smoking"),
    ("injecting drugs", "intravenous drug use", "injection drug use", "injecting drug use",
     "injected drug use", "drug injection"),
    ("heavy drinking", "alcohol misuse", "alcohol abuse", "excessive alcohol use",
     "alcohol use disorder", "alcoholism", "heavy alcohol use", "drinking too much alcohol"),
    ("pregnancy", "being pregnant", "pregnant", "pregnant women"),
    ("menstruation", "menstrual period", "menstruating", "having a period",
     "having your period"),
    ("childbirth", "giving birth", "given birth", "having a baby", "had a baby"),
    # Kinds of treatment.
    ("steroid", "corticosteroid", "steroid medicine", "oral corticosteroid", "oral steroid",
     "steroid tablets"),
    ("painkiller", "painkillers", "pain relief", "pain medication", "pain medicine",
     "painkilling medicine", "analgesic", "analgesics", "pain reliever", "pain relievers"),
    ("antibiotic", "antibiotics", "antibiotic treatment", "antibiotic medicine"),
    ("NSAIDs", "non-steroidal anti-inflammatory drugs", "nonsteroidal anti-inflammatory drugs",
     "NSAID", "non-steroidal anti-inflammatory drug", "anti-inflammatory painkillers"),
    ("antiviral medicine", "antiviral", "antivirals", "antiviral drug", "antiviral medication",
     "antiviral treatment", "medicine against viruses", "medicines against viruses"),
    ("fever reducer", "antipyretic", "antipyretics"),
    ("surgery", "surgical treatment", "operation"),
    ("intensive care", "intensive care unit", "ICU", "critical care", "intensive care treatment"),
    ("intravenous immunoglobulin", "IVIG", "immunoglobulin", "immune globulin",
     "immunoglobulin therapy", "IVIG therapy"),
    ("hyperbaric oxygen therapy", "hyperbaric oxygen", "HBOT", "hyperbaric oxygen treatment",
     "hyperbaric therapy"),
    ("skin graft", "skin grafting", "skin grafts"),
    ("intravenous fluids", "IV fluids", "fluids through a drip", "fluid replacement",
     "fluid resuscitation", "intravenous fluid therapy"),
    ("vasopressors", "vasopressor", "pressors", "vasopressor support", "vasopressor therapy"),
    ("chest X-ray", "chest radiograph", "chest x-ray", "CXR", "chest film"),
    ("surgical exploration", "exploratory surgery"),
    ("physiotherapy", "physical therapy"),
    ("pain management", "pain control"),
    ("blood test", "blood tests"),
    ("mechanical ventilation", "ventilator", "breathing machine", "ventilator support"),
    ("blood thinner", "anticoagulant", "blood-thinning medicine", "blood thinning medication",
     "blood thinners", "anticoagulants"),
    ("water pill", "diuretic", "water tablets", "diuretics"),
    ("vaccination", "immunisation", "immunization", "jab"),
    ("supportive care", "supportive treatment", "supportive therapy"),
    ("oxygen therapy", "supplemental oxygen", "oxygen treatment", "extra oxygen"),
    ("blood transfusion", "transfusion"),
    # Substances measured in the blood.
    ("phosphate", "phosphorus"),
    # Germs known by a common name as well as their species name (the species' short
    # forms, "S. pyogenes", join it by the binomial rule). Not "GAS": "gas" in tissue.
    ("Streptococcus pyogenes", "group A streptococcus", "group A strep",
     "group A streptococcal bacteria", "group A beta-haemolytic streptococcus",
     "group A beta-hemolytic streptococcus"),
    ("Streptococcus agalactiae", "group B streptococcus", "group B strep"),
    ("Streptococcus pneumoniae", "pneumococcus", "pneumococcal bacteria"),
    ("Neisseria meningitidis", "meningococcus", "meningococcal bacteria"),
    ("MRSA", "methicillin-resistant Staphylococcus aureus",
     "meticillin-resistant Staphylococcus aureus"),
    # How an illness works, as pages name the same process in other words.
    ("abnormal immune response", "immune overreaction", "overreaction of the immune system",
     "immune system overreaction", "overactive immune response", "exaggerated immune response",
     "abnormal immune reaction"),
    ("immune activation", "immune system activation", "activation of the immune system",
     "t-cell activation", "t cell activation"),
    ("cytokine release", "release of cytokines", "cytokine storm"),
    ("granulomas", "granuloma formation", "formation of granulomas"),
    ("tissue damage", "tissue destruction", "destruction of tissue"),
    ("pulmonary hypertension", "high blood pressure in the lungs",
     "raised blood pressure in the lungs", "high pressure in the lung arteries"),
    # (not the one word "immunosuppressant": its stem is the state "immunosuppressed" too)
    ("immunosuppressive medicine", "immunosuppressive drugs", "immunosuppressant medicines",
     "immunosuppressant drugs", "immune-suppressing medicines"),
    ("lung function tests", "breathing tests", "pulmonary function tests", "lung function test"),
)


# Words that name one thing in a clinical and an everyday register; two names that
# differ only by these ("end-stage renal disease", "end-stage kidney disease") are one.
WORD_SYNONYMS: dict[str, str] = {
    "renal": "kidney", "hepatic": "liver", "cardiac": "heart", "pulmonary": "lung",
    "cutaneous": "skin", "dermal": "skin", "ocular": "eye", "gastric": "stomach",
    "cerebral": "brain", "lab": "laboratory", "exam": "examination", "disorder": "disease",
    "illness": "disease", "tummy": "abdomen", "belly": "abdomen", "test": "test",
    "testing": "test", "scan": "scan", "neural": "nerve", "neuronal": "nerve",
    "facial": "face", "oral": "mouth", "nasal": "nose", "abdominal": "abdomen",
    "muscular": "muscle", "arterial": "artery", "venous": "vein", "vascular": "blood vessel",
    "ophthalmic": "eye", "dental": "tooth", "thoracic": "chest", "palsy": "paralysis",
    "medication": "medicine", "multi": "multiple", "glucose": "sugar", "fibrosis": "scarring",
    "radiograph": "x ray", "radiography": "x ray", "iv": "intravenous", "aluminium": "aluminum",
    "dietary": "diet", "problem": "disease", "issue": "disease", "trouble": "disease",
    "difficulty": "disease", "challenge": "disease",
    "outside": "outdoor", "complaint": "symptom", "susceptibility": "predisposition",
    # "antiviral therapy" is "antiviral treatment", "light therapy" "light treatment".
    "therapy": "treatment",
    # A health "condition" or "disturbance" is the ill state the other words name ("heart
    # condition", "sleep disturbance"); "sequelae" are the complications left behind.
    "condition": "disease", "disturbance": "disease", "sequela": "complication",
    # Adjectives of a part or a sense, as the noun ("visual loss" is vision loss).
    "visual": "vision", "corneal": "cornea", "retinal": "retina", "spinal": "spine",
    "intestinal": "intestine", "articular": "joint", "pharyngeal": "throat",
    # Words for the same amount or change: a "full" recovery is a complete one, "bad"
    # outcomes are poor ones, "decreased" or "limited" mobility is reduced mobility,
    # "lifestyle modification" a lifestyle change, an Asian "origin" an Asian ancestry.
    # (Keys hold "reduced" and "limited" as "reduce" and "limit".)
    "full": "complete", "bad": "poor", "decreased": "reduce", "diminished": "reduce",
    "lowered": "reduce", "limit": "reduce", "modification": "change",
    "origin": "ancestry", "heritage": "ancestry", "descent": "ancestry",
    # A stage "earlier" or "final" in a course is an early or end stage.
    "earlier": "early", "later": "late", "final": "end",
    # A medicine that blocks a thing inhibits it; "immunosuppressive" drugs are
    # immunosuppressants (the word's stem, as the spelling rules cut it).
    "blocker": "inhibitor", "antagonist": "inhibitor", "smoker": "smoking",
    "drinker": "drinking", "immunosuppressive": "immunosuppress",
    "immunosuppressant": "immunosuppress",
    # A rash all over is "widespread", "diffuse" or "generalized" alike.
    # (Keys hold "generalized" as "generalize".)
    "diffuse": "widespread", "generalize": "widespread", "generalise": "widespread",
    # Clinical words for a part's look: "erythematous" skin is red, "edematous" feet swollen.
    "erythematous": "red", "edematous": "swollen", "oedematous": "swollen",
}


# The ending of an illness's name ("meningitis", "fibrosis", "neuropathy", "anaemia"): a
# bracket after a body part with such a name names what befalls the part, not the part.
ILLNESS_WORD = re.compile(r"(?:itis|osis|pathy|algia|a?emia|oma)$", re.I)


# How people say they feel, as the state a page means ("feel depressed" is depression).
FEELINGS: dict[str, str] = {
    "depressed": "depression", "low": "low mood", "down": "low mood", "anxious": "anxiety",
    "worried": "anxiety", "stressed": "stress", "tired": "tiredness", "exhausted": "exhaustion",
    "isolated": "social isolation", "lonely": "loneliness", "embarrassed": "embarrassment",
    "self-conscious": "self-consciousness", "irritable": "irritability",
    "frustrated": "frustration", "angry": "anger", "sad": "sadness", "upset": "distress",
    "unwell": "malaise", "sick": "nausea", "dizzy": "dizziness", "weak": "weakness",
    "confused": "confusion", "restless": "restlessness", "sleepy": "sleepiness",
    "drowsy": "drowsiness", "faint": "faintness", "lightheaded": "lightheadedness",
    "light-headed": "lightheadedness", "breathless": "breathlessness", "thirsty": "thirst",
    "agitated": "agitation", "disoriented": "disorientation", "nauseous": "nausea",
    "itchy": "itching", "feverish": "fever", "shaky": "shakiness",
    # (a child "grumpy", "cranky" or "fussy", as a parent says it: irritable)
    "grumpy": "irritability", "cranky": "irritability", "fussy": "irritability",
    "grizzly": "irritability",
    # Clinical words for how patients are ("most patients are febrile and hypotensive").
    "febrile": "fever", "hypotensive": "low blood pressure", "tachycardic": "rapid heartbeat",
    "tachypnoeic": "rapid breathing", "tachypneic": "rapid breathing", "hypoxic": "hypoxia",
    "jaundiced": "jaundice", "lethargic": "lethargy", "dehydrated": "dehydration",
    "diaphoretic": "sweating", "delirious": "delirium", "cyanotic": "cyanosis",
    # More of how people say they are ("feel achy and shivery", "look pale and clammy").
    "achy": "aches", "shivery": "chills", "sweaty": "sweating", "clammy": "clammy skin",
    "numb": "numbness", "stiff": "stiffness", "bloated": "bloating", "pale": "pallor",
    "flushed": "flushing", "fatigued": "fatigue", "forgetful": "forgetfulness",
    "unresponsive": "unresponsiveness",
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


@lru_cache(maxsize=1)
def _group_wordings() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Return each lexicon group's normalised names mapped to its names as written."""
    return {tuple(dict.fromkeys(label_key(x) for x in group)): group for group in SYNONYMS}


def lexicon_names(keys: Iterable[str]) -> set[str]:
    """Return the names the lexicon gives the things ``keys`` name, as the lexicon writes them.

    The resolver joins a page's "problems speaking" with another page's
    "difficulty speaking" by the lexicon; a reader who looks the thing up as
    "speech difficulty" finds it too when the entity lists the group's names.

    >>> sorted(lexicon_names(["being sick"]))
    ['being sick', 'emesis', 'throwing up', 'vomiting']
    """
    wordings = _group_wordings()
    out: set[str] = set()
    for key in keys:
        group = lexicon_group(key)
        if group:
            out.update(wordings.get(group, ()))
    return out


@lru_cache(maxsize=65_536)  # the resolver asks for each name's group twice (pairs, synonyms)
def lexicon_group(key: str) -> tuple[str, ...] | None:
    """Return the lexicon group of a normalised name, by its words' register, or None.

    Words in front that only say how much or point ("dangerously low blood
    pressure", "your high temperature") leave the name the group holds.

    >>> lexicon_group("dangerously raised temperature")[0]
    'fever'
    """
    group = synonym_groups().get(key) or synonym_groups_by_form().get(register_words(key))
    if group is None and " " in key and key.split(" ", 1)[0] in _INTENSIFIERS:
        words = key.split()
        while len(words) > 1 and words[0] in _INTENSIFIERS:
            words.pop(0)
        group = synonym_groups_by_form().get(register_words(" ".join(words)))
    return group


@lru_cache(maxsize=65_536)  # every name again by lexicon_group, once already by the resolver
def register_words(key: str) -> str:
    """Return a normalised name with each word in its one register ("antiviral therapy" ->
    "antiviral treatment", "renal failure" -> "kidney failure"): a cheap cousin of
    :func:`name_form` (no reordering), fast enough to index the whole lexicon each run."""
    return " ".join(map(_word_synonym, key.split()))


@lru_cache(maxsize=1)
def synonym_groups_by_form() -> dict[str, tuple[str, ...]]:
    """Return :func:`synonym_groups` looked up by :func:`register_words`, so a name the
    lexicon holds in another wording ("antiviral therapy" for "antiviral treatment") finds its
    group.  (Indexed by word register, not :func:`name_form`: working out the forms of the
    lexicon's ~2,000 names cost ~0.03 s of every run's start-up.)"""
    out: dict[str, tuple[str, ...]] = {}
    for keys in synonym_groups().values():
        for k in keys:
            out.setdefault(register_words(k), keys)
    return out


@lru_cache(maxsize=1)
def _one_word_synonyms() -> dict[str, str]:
    """Return the lexicon's one-word names by the group's first name, when that is one word.

    "phosphorus restriction" is "phosphate restriction" and "brain haemorrhage"
    "brain bleeding": a name's words have the other names its whole has.
    """
    out: dict[str, str] = {}
    for first, *others in synonym_groups().values():
        if " " not in first:
            for other in others:
                if " " not in other:
                    out.setdefault(other, first)
    return out


# The part an "-itis" word is the inflammation of, by the word's Greek or Latin root:
# "hepat-" names the liver, "vascul-" the blood vessels.
_INFLAMED_PARTS = {
    "encephal": "brain", "mening": "meninges", "hepat": "liver", "nephr": "kidney",
    "arthr": "joint", "dermat": "skin", "gastr": "stomach", "col": "colon", "card": "heart",
    "myocard": "heart muscle", "pericard": "pericardium", "neur": "nerve",
    "vascul": "blood vessel", "arter": "artery", "phleb": "vein", "conjunctiv": "conjunctiva",
    "kerat": "cornea", "uve": "uvea", "retin": "retina", "ir": "iris", "scler": "sclera",
    "blephar": "eyelid", "pancreat": "pancreas", "append": "appendix", "tonsill": "tonsil",
    "laryng": "larynx", "pharyng": "throat", "pneumon": "lung", "cyst": "bladder",
    "myos": "muscle", "oste": "bone", "tendin": "tendon", "tendon": "tendon",
    "lymphaden": "lymph node", "mast": "breast", "thyroid": "thyroid", "prostat": "prostate",
    "esophag": "esophagus", "oesophag": "esophagus", "enter": "intestine", "stomat": "mouth",
    "gloss": "tongue", "rhin": "nose", "ot": "ear", "sinus": "sinus",
}


@lru_cache(maxsize=1)
def _inflamed_part_keys() -> dict[str, str]:
    """Return :data:`_INFLAMED_PARTS` with each part as a key writes it ("meninges")."""
    return {root: label_key(part) for root, part in _INFLAMED_PARTS.items()}


def _inflammation_of(word: str) -> str | None:
    """Return an "-itis" word as the inflammation of its part, as a page glosses it.

    >>> _inflammation_of("encephal" + "itis"), _inflammation_of("vorbitis")
    ('brain inflammation', None)
    """
    if not word.endswith("itis"):
        return None
    part = _inflamed_part_keys().get(word[:-4])
    if part is None:
        return None
    return " ".join([*(_register_word(w) for w in part.split()), "inflammation"])


def _word_synonym(word: str) -> str:
    """Return one word as the clinical-register word, or the lexicon's first name, for it.

    An "-itis" word is the inflammation of its part: "brain inflammation",
    "inflammation of the brain" and the "-itis" word of the brain's root name one thing.
    """
    mapped = _register_word(word)
    return mapped if mapped != word else _inflammation_of(word) or word


def _register_word(word: str) -> str:
    """Return one word in its one register (the table's word, or the lexicon's first name)."""
    mapped = WORD_SYNONYMS.get(word)
    return mapped if mapped is not None else _one_word_synonyms().get(word, word)


# "pain in the chest" is "chest pain" and "bleeding from the gums" "gum bleeding": a noun
# (or two) of, in, on, to, with or from another noun phrase that holds no further preposition.
_INVERTED = re.compile(
    r"(?P<a>[a-z]+(?: [a-z]+)?) (?:of|in|on|to|with|affecting|from) "
    r"(?:the |their |your |his |her |its |a |an )?(?P<b>[a-z]+(?: [a-z]+){0,2})")
_LINKS = frozenset({"of", "in", "on", "to", "with", "affecting", "from", "for", "at", "by",
                    "under", "over", "after", "before", "than", "during", "without", "the"})
# "heart-related complication" is a heart complication, "drug-induced rash" a drug rash.
_RELATED = re.compile(r"(?<=[a-z]) (?:related?|induced?)\b")
# "multiorgan" and "multi-organ" are "multiple organ".
_MULTI = re.compile(r"\bmulti(?!ple)(?=[a-z]{3})")


def inverted(key: str) -> str:
    """Return a normalised name with "A of B" turned round to "B A"; other names as they are.

    >>> inverted("pain in the chest"), inverted("loss of vision"), inverted("chest pain")
    ('chest pain', 'vision loss', 'chest pain')
    >>> inverted("weakness in the muscle of the face")
    'weakness in the muscle of the face'
    """
    if " " not in key:
        return key
    m = _INVERTED.fullmatch(key)
    if m is None or _LINKS.intersection(m["a"].split() + m["b"].split()):
        return key
    return f"{m['b']} {m['a']}"


def _inverted_after_modifier(key: str) -> str:
    """Return :func:`inverted` of a name, a describing word in front kept in front.

    "severe swelling of the leg" is "severe leg swelling", as "swelling of
    the leg" is "leg swelling"; a noun in front ("muscle weakness of the
    face") turns with the rest.

    >>> _inverted_after_modifier("severe swelling of the leg")
    'severe leg swelling'
    >>> _inverted_after_modifier("muscle weakness of the face")
    'face muscle weakness'
    """
    first, _, rest = key.partition(" ")
    if " " in rest and (first in CONTRASTIVE or _only_adjective(first)):
        turned = inverted(rest)
        if turned != rest:
            return f"{first} {turned}"
    return inverted(key)


@lru_cache(maxsize=20_000)  # asked for the first word of every name
def _only_adjective(word: str) -> bool:
    """Return whether a word is an adjective and no noun ("severe", not "muscle")."""
    lemmas = all_lemmas(word)
    return "ADJ" in lemmas and "NOUN" not in lemmas


@lru_cache(maxsize=100_000)
def name_form(key: str) -> str:
    """Return what two wordings of one name share: word order, register and spacing aside.

    "inflammation of the blood vessels", "vascular inflammation" and "blood
    vessel inflammation" share a form; so do "multi-organ failure" and
    "multiorgan failure", "facial palsy" and "paralysis of the face".  The
    caller still keeps apart names that differ in a number or an opposite prefix.

    >>> name_form("inflammation of the blood vessel") == name_form("vascular inflammation")
    True
    >>> name_form("multi organ failure") == name_form("multiorgan failure")
    True
    >>> name_form("heart related complication") == name_form("cardiac complication")
    True
    """
    words = _for_what(_phrase_words(_HISTORY_OF.sub("", _LASTING.sub("chronic", key)))).split()
    while len(words) > 1 and words[0] in _INTENSIFIERS:
        words.pop(0)  # "extremely red eyes" are red eyes
    key = level_form(" ".join(words))
    if "like" in key or "resembl" in key or "similar" in key:
        key = _LOOKS_LIKE.sub(r"\g<x> like \g<y>", key)
    nested = _PART_OF_PART.fullmatch(key) if " of " in key else None
    if nested is not None and _names_a_part(nested["p1"]) and _names_a_part(nested["p2"]):
        # "weakness in the muscles of the face" is weakness of the facial muscles
        key = f"{nested['s']} of the {nested['p2']} {nested['p1']}"
    words = _RELATED.sub("", _MULTI.sub("multiple ", _inverted_after_modifier(key))).split()
    if len(words) > 1 and words[-1] == "level":
        words.pop()  # "phosphate level" is phosphate
    if len(words) > 1 and words[0] in ("using", "taking"):
        words = [*words[1:], "use"]  # "using inhalers" and "inhaler use"
    elif len(words) > 1 and words[0].endswith("ing") and len(words[0]) > 5:
        # "removing the splinter" is "splinter removal", "bleeding gums" "gum bleeding"
        rest = words[1:]
        while len(rest) > 1 and rest[0] in _INTENSIFIERS:
            rest.pop(0)
        words = [*rest, words[0]]
    if len(words) > 2 and all(w in STATE_NOUNS for w in words[:-1]):
        words = [*sorted(words[:-1]), words[-1]]  # "red, painful eyes" are painful red eyes
    if len(words) in (2, 3) and words[0] in _PART_STATES and _names_a_part(" ".join(words[1:])):
        # "swollen hands" are hand swelling, "weak leg muscles" leg muscle weakness
        words = [*words[1:], _PART_STATES[words[0]]]
    elif len(words) == 2 and words[0] == "infected":
        words = [words[1], "infection"]  # an "infected wound" is a wound infection
    words = part_state_words(words, _names_a_part)  # "scarred lungs" are lung scarring
    words = _anti_as_inhibitor(_stage_last(_without_health(words)))
    if len(words) > 1 and words[-1] in _PEOPLE:
        words.pop()  # "White people" are Whites, "people with a weak heart" a weak heart
    if len(words) >= 2 and words[0] == "skin" and words[1] in _SKIN_SIGNS:
        words.pop(0)  # a rash is on the skin, "skin pigmentation changes" pigmentation changes
    words = [str(_ROMAN_VALUES[w]) if w in _ROMAN_VALUES and i and w != "x" else w
             for i, w in enumerate(words)]  # "type ii" is "type 2" (an X-ray's X stays)
    return "".join(_spelling(part) for w in words if w not in _SAMPLE_WORDS
                   for part in _word_synonym(w).split())


# A state of a part of a part: "paralysis of the muscle of the face".
_PART_OF_PART = re.compile(r"(?P<s>[a-z]+(?: [a-z]+)?) (?:of|in|on|affecting) (?:the |your )?"
                           r"(?P<p1>[a-z]+) of (?:the |your )?(?P<p2>[a-z]+)")
# A history of a thing, as a risk, is the thing: "a history of smoking" is smoking (the
# history a doctor takes, "medical history", has no "of").
_HISTORY_OF = re.compile(r"^(?:a )?(?:personal |past |previous |prior )?history of (?=[a-z])")
# The people a name is of: "people with X" and "X individuals" are read as X.
_PEOPLE = frozenset({"people", "person", "individual", "patient"})
# Phrases that say in other words what one clinical word says: a lump "under the skin"
# is a subcutaneous lump, weakness on "one side" unilateral weakness.
_PHRASE_WORDS = (
    (re.compile(r"^(?P<a>[a-z]+(?: [a-z]+)?) (?:under|beneath|below) (?:the |your )?skin$"),
     r"subcutaneous \g<a>"),
    (re.compile(r"\bone sided\b"), "unilateral"),
    (re.compile(r"\b(?:two|both) sided\b"), "bilateral"),
)


def _phrase_words(key: str) -> str:
    """Return a key with :data:`_PHRASE_WORDS`' phrases as their one word.

    >>> _phrase_words("lump under the skin"), _phrase_words("one sided weakness")
    ('subcutaneous lump', 'unilateral weakness')
    """
    if " skin" not in key and " sided" not in key:
        return key
    for pattern, words in _PHRASE_WORDS:
        key = pattern.sub(words, key)
    return key


# Care or a test "for" a thing, named the other way round: "treatment for X" is X treatment.
_FOR_WHAT = re.compile(
    r"(?:(?P<mod>[a-z]+) )?(?P<care>treatment|therapy|test|testing|screening|vaccine|medicine|"
    r"medication|drug|surgery|cream|check) for (?:the |your |their |a |an )?"
    r"(?P<what>[a-z]+(?: [a-z]+){0,2})")


def _for_what(key: str) -> str:
    """Return "<care> for <thing>" as "<thing> <care>", a describing word kept in front.

    >>> _for_what("treatment for plimsy"), _for_what("specific treatment for plimsy")
    ('plimsy treatment', 'specific plimsy treatment')
    >>> _for_what("looking for plimsy")
    'looking for plimsy'
    """
    if " for " not in key:
        return key
    m = _FOR_WHAT.fullmatch(key)
    if m is None or (m["mod"] and "ADJ" not in all_lemmas(m["mod"])):
        return key
    return " ".join(w for w in (m["mod"], m["what"], m["care"]) if w)


def _without_health(words: list[str]) -> list[str]:
    """Return words without a "health" that only says an ill state is one of health.

    A "chronic health condition" is a chronic illness, a "health problem" a disease.

    >>> _without_health(["chronic", "health", "condition"]), _without_health(["health", "care"])
    (['chronic', 'condition'], ['health', 'care'])
    """
    for i, word in enumerate(words[:-1]):
        if word == "health" and _word_synonym(words[i + 1]) == "disease":
            return [*words[:i], *words[i + 1:]]
    return words


def _stage_last(words: list[str]) -> list[str]:
    """Return "<when> stage <thing>" with the stage word last, as "the <when> stages of a
    <thing>" has it once turned round ("early stage kidney disease", "earlier stages of kidney
    disease"); a stage's number keeps its place.

    >>> _stage_last(["early", "stage", "kidney", "disease"])
    ['early', 'kidney', 'disease', 'stage']
    >>> _stage_last(["stage", "2", "kidney", "disease"])
    ['stage', '2', 'kidney', 'disease']
    """
    if len(words) > 2 and words[1] == "stage" and (words[0] == "end" or _only_adjective(words[0])):
        return [words[0], *words[2:], "stage"]
    return words


# What a medicine "against" a thing is called once the medicine word goes: "anti-TNF
# drugs" are TNF inhibitors, as "histamine blockers" are.
_MEDICINE_WORDS = frozenset({"drug", "medicine", "medication", "agent", "therapy", "treatment"})


def _anti_as_inhibitor(words: list[str]) -> list[str]:
    """Return "anti <thing> [drug]" as "<thing> inhibitor"; other words as they are.

    An antibody against a thing ("anti <thing> antibody") is no medicine, and stays.

    >>> _anti_as_inhibitor(["anti", "vorb", "drug"]), _anti_as_inhibitor(["anti", "vorb"])
    (['vorb', 'inhibitor'], ['vorb', 'inhibitor'])
    >>> _anti_as_inhibitor(["anti", "vorb", "antibody"])
    ['anti', 'vorb', 'antibody']
    """
    if len(words) < 2 or words[0] != "anti":
        return words
    rest = words[1:-1] if words[-1] in _MEDICINE_WORDS else words[1:]
    if not rest or len(rest) > 2 or rest[-1] in ("antibody", "body"):
        return words
    return [*rest, "inhibitor"]


def names_a_part(text: str) -> bool:
    """Return whether words name a part of the body (see :func:`_names_a_part`).

    >>> names_a_part("lungs"), names_a_part("cardiac"), names_a_part("fever")
    (True, True, False)
    """
    return _names_a_part(text)


def _names_a_part(text: str) -> bool:
    """Return whether words name a part of the body ("lymph node", "heart", "cardiac").

    Each word is read in its one register first, as :func:`name_form` writes it,
    so "cardiac" is the heart whichever way a page writes it.
    """
    from .patterns import ANATOMY  # the rules' pattern, loaded with them

    text = " ".join(_word_synonym(w) for w in text.split())
    # (ANATOMY knows some parts in the plural only: "blood vessels"; keys are singular.)
    return text.rsplit(" ", 1)[-1] in BODY_PARTS or ANATOMY.fullmatch(text) is not None \
        or ANATOMY.fullmatch(text + "s") is not None


def inverted_keeping_modifier(key: str) -> str:
    """Return :func:`inverted` of a name with a describing word in front kept in front.

    >>> inverted_keeping_modifier("total numbness of the hand")
    'total hand numbness'
    """
    return _inverted_after_modifier(key)


@lru_cache(maxsize=100_000)
def head_forms(key: str) -> tuple[str, ...]:
    """Return the :func:`name_form` of a name and of each head left as front words go.

    Word order is turned first, so "total paralysis of the face" has the head
    "face paralysis" as "total face paralysis" has: a name with modifiers in
    front is a kind of its head, whichever way it is written.

    >>> head_forms("total paralysis of the face")[1] == name_form("facial paralysis")
    True
    """
    words = _inverted_after_modifier(key).split()
    return tuple(name_form(" ".join(words[i:])) for i in range(len(words)))


# Words for what lasts, as the clinical word: "long-lasting", "long-term" and "persistent"
# symptoms are chronic symptoms (a modifier before a noun; keys are hyphen-free).
_LASTING = re.compile(r"\b(?:long (?:lasting|term|standing)|longstanding|persistent|lingering)"
                      r"\b(?= [a-z])")


# A body part in a state, as the state's noun: "swollen hands" and "hand swelling" are one.
# Only parts of the body: a "dry cough" is no cough's dryness.
STATE_NOUNS = {"swollen": "swelling", "red": "redness", "dry": "dryness",
               "inflamed": "inflammation", "painful": "pain", "itchy": "itching",
               "numb": "numbness", "tender": "tenderness", "stiff": "stiffness",
               "weak": "weakness", "sore": "soreness", "aching": "ache", "achy": "ache",
               # the clinical words for the same states
               "erythematous": "redness", "hyperaemic": "redness", "hyperemic": "redness",
               "oedematous": "swelling", "edematous": "swelling",
               # ("fingers and toes may become gangrenous": gangrene of them)
               "gangrenous": "gangrene", "necrotic": "necrosis", "blistered": "blistering",
               "ulcerated": "ulceration",
               # ("the skin may feel hard and tight": skin hardening and tightness)
               "hard": "hardening", "hardened": "hardening", "tight": "tightness",
               # ("the spleen may become enlarged": its enlargement)
               "enlarged": "enlargement",
               # ("nails may become pitted or discoloured": nail pitting, discolouration)
               "pitted": "pitting", "discoloured": "discolouration",
               "discolored": "discoloration", "thickened": "thickening",
               # ("the skin may be fragile and stretchy", "scaly or cracked", "cold")
               "fragile": "fragility", "stretchy": "laxity", "scaly": "scaling",
               "flaky": "flaking", "cracked": "cracking", "cold": "coldness"}
BODY_PARTS = frozenset({"hand", "foot", "eye", "lip", "tongue", "skin", "joint", "neck",
                        "throat", "face", "leg", "arm", "gland", "nerve", "muscle", "finger",
                        "toe", "ankle", "knee", "mouth", "gum", "ear", "nose", "chest", "back",
                        "abdomen", "stomach", "limb", "wrist", "elbow", "shoulder", "hip",
                        "eyelid", "cheek", "jaw", "scalp", "palm", "sole", "spleen", "liver",
                        "nail"})
# The same for the resolver's word forms only, with states a sign rule has no use for
# ("damaged nerves", keyed "damage nerve", are nerve damage).
_PART_STATES = {**STATE_NOUNS, "damage": "damage", "injure": "injury", "weaken": "weakness",
                "erythematous": "redness", "edematous": "swelling", "oedematous": "swelling"}
# "a rash that looks like sunburn" is a sunburn-like rash.
_LOOKS_LIKE = re.compile(
    r"^(?P<y>[a-z]+(?: [a-z]+)?) (?:that (?:look|looks) like|looking like|resembling|"
    r"resemble|similar to)(?: an?)? (?P<x>[a-z]+)$")
# Words that only say how much ("very high fever", "dangerously low blood pressure").
_INTENSIFIERS = frozenset({"very", "extremely", "dangerously", "unusually", "abnormally",
                           "really", "particularly", "exceptionally",
                           # and words that only point or hedge: "plus an ointment", "its rash"
                           "a", "an", "the", "some", "any", "certain", "its", "their", "your",
                           "his", "her", "our", "plus", "either", "only", "also", "especially",
                           "mainly", "mostly", "usually", "often", "sometimes",
                           # and a participle left from the clause that named a site:
                           # "[affecting] one side of the body" is that side
                           "affecting", "involving"})
# Signs that only ever show on the skin: "skin rash" is a rash.
_SKIN_SIGNS = frozenset({"rash", "blister", "peeling", "redness", "lesion", "sore", "ulcer",
                         "lump", "nodule", "spot", "patch", "discoloration", "discolouration",
                         "pigmentation"})
# "serum albumin" is albumin: where a substance was measured is no part of its name.
_SAMPLE_WORDS = frozenset({"serum", "plasma"})
# British and American spellings, and a noun made from a verb ("transplantation",
# "grafting") beside the verb's own noun; each pair goes to one spelling.
_SPELLINGS = (
    (re.compile(r"(?<=[b-df-hj-np-tv-z])ae(?=[b-df-hj-np-tv-z])"), "e"),  # haem, anaemia
    (re.compile(r"^oe(?=[b-df-hj-np-tv-z])|(?<=rrh)oe|(?<=^c)oe|(?<=^f)oe"), "e"),  # oedema
    (re.compile(r"(?<=[a-z]{2})our$"), "or"),  # colour, odour, tumour
    (re.compile(r"(?<=[a-z]{2})is(?=e$|ed$|es$|ing$|ation$)"), "iz"),  # immunisation
    (re.compile(r"(?<=[a-z]{2})ys(?=e$|ed$|ing$)"), "yz"),  # analyse
    (re.compile(r"(?<=[a-z]{2}en)ce$"), "se"),  # defence, licence
    (re.compile(r"(?<=g)eing$"), "ing"),  # ageing
    (re.compile(r"(?<=[a-z]{3})mme$"), "m"),  # programme
    (re.compile(r"(?<=[a-z]{2}og)ue$"), ""),  # analogue, catalogue
    (re.compile(r"oeu"), "eu"),  # manoeuvre
    (re.compile(r"(?<=[btv])re$"), "er"),  # centre, fibre, manoeuvre
    (re.compile(r"sulph"), "sulf"),
    (re.compile(r"cocc(?:al|i)$"), "coccus"),  # streptococcal, staphylococci
    (re.compile(r"(?<=[a-z]e)ll(?=ing$|ed$|or$)"), "l"),  # counselling, travelled
    (re.compile(r"(?<=[a-z]{5})ation$"), ""),  # transplantation, supplementation
    (re.compile(r"(?<=[a-z]{3}[vw])al$"), ""),  # removal, withdrawal (as removing)
    (re.compile(r"(?<=[a-z]{3})([b-df-hj-kmnp-rtv-z])\1ing$"), r"\1"),  # scarring, clotting
    (re.compile(r"(?<=[a-z]{4})ing$"), ""),  # grafting
    (re.compile(r"(?<=[a-z]{3}[b-df-hj-np-tv-z])e$"), ""),  # change, as changing
)


@lru_cache(maxsize=50_000)
@lru_cache(maxsize=65_536)  # asked for every word of every name; words repeat
def _spelling(word: str) -> str:
    """Return one spelling for a word's British and American forms and its -ation noun.

    >>> [_spelling(w) for w in ("haemorrhage", "oedema", "colour", "immunisation", "skin")]
    ['hemorrhag', 'edema', 'color', 'immuniz', 'skin']
    >>> [_spelling(a) == _spelling(b) for a, b in (("defence", "defense"), ("ageing", "aging"),
    ...     ("programme", "program"), ("analogue", "analog"), ("manoeuvre", "maneuver"))]
    [True, True, True, True, True]
    >>> _spelling("changing") == _spelling("change")
    True
    >>> _spelling("transplantation") == _spelling("transplant")
    True
    """
    if word.isdigit():
        return word  # every pattern needs a letter; a table's row numbers are all new words
    for pattern, replacement in _SPELLINGS:
        word = pattern.sub(replacement, word)
    return word


def spelling_key(name: str) -> str:
    """Return a name with every word in :func:`_spelling`'s one spelling (word order kept).

    >>> spelling_key("Grebbilising fever") == spelling_key("grebbilizing fever")
    True
    """
    return " ".join(_spelling(w) for w in label_key(name).split())


# "high levels of calcium in the blood", "raised blood calcium", "high calcium level".
_LEVEL = re.compile(
    r"(?P<way>high|low|raised|elevated) (?:blood |serum )?(?:level of )?(?P<what>[a-z ]+?)"
    r"(?: level)?(?: in (?:the |your )?blood)?")
# "hypercalcaemia", "hypokalemia": a substance's level in the blood, by its Greek root.
_EMIA = re.compile(r"(?P<way>hyper|hypo)(?P<root>[a-z]+?)a?emia")
_ROOTS = {"calc": "calcium", "kal": "potassium", "natr": "sodium", "phosphat": "phosphate",
          "magnes": "magnesium", "glyc": "sugar", "album": "albumin", "albumin": "albumin",
          "uric": "uric acid", "lipid": "lipid", "cholesterol": "cholesterol"}
# Too little of a substance: "vitamin D deficiency", "lack of iron" are a low level of it.
_DEFICIENCY = re.compile(r"(?P<a>[a-z0-9]+(?: [a-z0-9]+){0,2}) deficiency|"
                         r"(?:deficiency|lack|shortage) of (?P<b>[a-z0-9]+(?: [a-z0-9]+){0,2})")
_LEVEL_STARTS = ("high", "low", "raised", "elevated", "hyper", "hypo")
_WAYS = {"high": "high", "raised": "high", "elevated": "high", "hyper": "high", "low": "low",
         "hypo": "low"}


def level_form(key: str) -> str:
    """Return a name for a high or low level in the blood as "high <substance>" or "low ...".

    >>> level_form("hypercalcaemia"), level_form("raised blood calcium")
    ('high calcium', 'high calcium')
    >>> level_form("high level of calcium in the blood"), level_form("hypokalemia")
    ('high calcium', 'low potassium')
    >>> level_form("high fever")
    'high fever'
    >>> level_form("vorbin deficiency"), level_form("lack of vorbin")
    ('low vorbin', 'low vorbin')
    """
    if "deficien" in key or key.startswith(("lack of ", "shortage of ")):
        m = _DEFICIENCY.fullmatch(key)
        return key if m is None else f"low {m['a'] or m['b']}"
    if not key.startswith(_LEVEL_STARTS):
        return key
    m = _EMIA.fullmatch(key)
    if m is not None and m["root"] in _ROOTS:
        return f"{_WAYS[m['way']]} {_ROOTS[m['root']]}"
    m = _LEVEL.fullmatch(key)
    if m is not None:
        return f"{_WAYS[m['way']]} {m['what']}"
    return key


# What an infection is an infection with: "HIV infection" is HIV when HIV names a virus.
GERM_WORDS = frozenset({"virus", "bacterium", "fungus", "parasite", "germ", "microbe",
                        "pathogen", "yeast", "mould", "mold", "spirochete", "spirochaete",
                        "organism", "microorganism"})
GERM_ENDINGS = ("virus", "coccus", "bacillus", "bacter", "myces")
# Signs seen together, by their clinical name: "the classic triad", "a tetrad" (a regex: the
# relation rule and the figure reader name them alike).
SIGNS_TOGETHER = (r"(?:(?:classic|typical|characteristic|clinical|diagnostic) )?"
                  r"(?:triad|tetrad|pentad)")


def names_a_germ(key: str) -> bool:
    """Return whether a normalised name ends in a word for a germ ("... virus", "...coccus").

    >>> names_a_germ("human immunodeficiency virus"), names_a_germ("skin")
    (True, False)
    """
    last = key.rsplit(" ", 1)[-1]
    return last in GERM_WORDS or last.endswith(GERM_ENDINGS)


def clipped_pairs(keys: Iterable[str]) -> Iterator[tuple[str, str]]:
    """Yield (clipped, full) for names one word of which is cut short ("strep", "chemo").

    The cut word is four letters or more and at least three shorter than the
    full one, and the other words are the same ("group a strep", "group a
    streptococcus").  A name of one word is cut only when the cut is no word
    of its own or the full word names a germ: "chemo" is chemotherapy and
    "staph" staphylococcus, but "head" is no headache.  A genus cut to its
    first letter ("E. coli") is the one genus of that letter named with the
    same species, when the species is no English word ("B cell" is no
    blood cell).

    >>> sorted(clipped_pairs(["chemo", "chemotherapy", "head", "headache"]))
    [('chemo', 'chemotherapy')]
    >>> sorted(clipped_pairs(["staph infection", "staphylococcal infection", "hand wash"]))
    [('staph infection', 'staphylococcal infection')]
    >>> sorted(clipped_pairs(["e coli", "escherichia coli", "b cell", "blood cell", "staph",
    ...                       "staphylococcus"]))
    [('e coli', 'escherichia coli'), ('staph', 'staphylococcus')]
    """
    slots: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for key in keys:
        words = key.split()
        for i, w in enumerate(words):
            slots[" ".join([*words[:i], "*", *words[i + 1:]])].append((w, key))
    for slot, members in slots.items():
        if len(members) < 2:
            continue
        alone = slot == "*"
        members.sort()  # the words a cut word starts follow it: found by bisection
        for n, (short, key) in enumerate(members):
            if len(short) == 1 and _BINOMIAL.fullmatch(slot) and not all_lemmas(slot[2:]):
                # "s aureus" is the one "s... aureus" named: a genus cut to its letter.
                full = [other for long, other in members if len(long) >= 4 and long[0] == short]
                if len(full) == 1:
                    yield key, full[0]
                continue
            if len(short) < 4 or not short.isalpha() or short in _PREFIX_WORDS:
                continue
            for long, other in members[n + 1:]:
                if not long.startswith(short):
                    break
                if len(long) >= len(short) + 3 and not (
                        alone and all_lemmas(short) and not names_a_germ(long)):
                    yield key, other


_BINOMIAL = re.compile(r"\* [a-z]{4,}")
# Prefixes a hyphen left as words: "post infection" is no cut "postoperative infection".
_PREFIX_WORDS = frozenset({"post", "anti", "over", "under", "para", "peri", "semi", "self",
                           "auto", "poly", "mono", "trans", "inter", "intra", "extra",
                           "super", "ultra", "micro", "macro", "hyper", "hypo", "multi", "pseudo",
                           "neuro", "cardio", "photo", "thermo"})


# Modifiers that set one kind of a thing against another ("acute" / "chronic",
# "oral" / "intravenous", "full" / "partial"): a name with one is never the bare name.
CONTRASTIVE = frozenset({
    "left", "right", "upper", "lower", "inner", "outer", "internal", "external", "acute",
    "chronic", "mild", "moderate", "severe", "slight", "bad", "good", "serious", "minor",
    "major", "partial", "complete", "incomplete", "full", "early", "late", "primary",
    "secondary", "high", "low", "small", "large", "big", "deep", "superficial", "benign",
    "malignant", "bilateral", "unilateral", "recurrent", "persistent", "transient",
    "temporary", "permanent", "long", "short", "new", "old", "young", "first", "second",
    "last", "congenital", "acquired", "inherited", "hereditary", "genetic", "central",
    "peripheral", "local", "localized", "localised", "generalized", "generalised", "systemic",
    "total", "normal", "abnormal", "positive", "negative", "active", "latent", "viral",
    "bacterial", "fungal", "male", "female", "adult", "childhood", "oral", "intravenous",
    "topical", "rare", "common", "sudden", "gradual", "increased", "decreased", "reduced",
    "raised", "elevated", "other", "different", "specific", "general", "non", "more", "less",
    "most", "many", "few", "several", "hot", "cold", "fast", "slow", "current", "previous",
    "recent", "prior", "past", "future", "initial", "final", "single", "multiple", "multi",
    "intense", "extreme", "excessive", "heavy", "light", "worse", "worst", "better"})
# Heads too general to stand for one kind ("eye complication" is not all complications).
GENERIC_HEADS = frozenset({
    "complication", "problem", "disease", "condition", "symptom", "sign", "damage",
    "infection", "failure", "pain", "death", "injury", "change", "issue", "disorder",
    "illness", "treatment", "therapy", "test", "medicine", "drug", "area", "part", "side",
    "level", "risk", "factor", "effect", "time", "case", "deposit", "system", "rate",
    "pressure", "function", "cell", "tissue", "type", "form", "stage", "care", "use",
    "history", "loss", "reaction", "response", "result", "outcome", "recovery", "cancer",
    "tumor", "tumour", "bleeding", "attack"})


def _describes(words: list[str]) -> bool:
    """Return whether a modifier says what kind without setting it against another kind.

    "surgical", "lubricating", "painful", a body site ("skin") and "high"
    before a sign ("a high fever") do; "acute", "oral", a number or a noun
    of its own ("blood" in "blood pressure") do not.
    """
    from .patterns import ANATOMY  # the rules' pattern, loaded with them

    if " ".join(words) in ("skin",) or ANATOMY.fullmatch(" ".join(words)):
        return True
    if len(words) == 2 and words[1] == "like" and words[0].isalpha():
        return True  # "sunburn-like", "blister-like" (hyphen gone in the key): how it looks
    for w in words:
        if (w in CONTRASTIVE and w not in _GRADING) or not w.isalpha():
            return False
        if w in _ACT_GERUNDS:
            return False  # "leaving zorb pads in" is an act on the pads, no kind of them
        lemmas = all_lemmas(w)
        if "ADJ" not in lemmas and not ("VERB" in lemmas and w.endswith(("ing", "ed"))):
            return False
    return True


# Gerunds that name an act done to a thing ("leaving pads in", "using creams", "sharing
# towels"), not what kind of thing it is ("lubricating drops", "burning pain").
_ACT_GERUNDS = frozenset({
    "leaving", "using", "changing", "taking", "wearing", "removing", "inserting", "avoiding",
    "keeping", "washing", "cleaning", "stopping", "starting", "having", "getting", "giving",
    "making", "putting", "applying", "sharing", "handling", "eating", "drinking", "touching",
    "scratching", "picking", "squeezing", "covering", "visiting", "storing", "buying",
    "injecting", "smoking", "checking", "treating", "receiving", "replacing"})


# A contrastive word that, before a sign, says how strong it is ("a high fever", "a high
# temperature"), not which kind; before a measured quantity it names a finding of its own
# ("high blood pressure"), kept apart by _MEASURED.
_GRADING = frozenset({"high"})
_MEASURED = re.compile(r"(?:pressure|levels?|counts?|rates?|doses?|risks?|numbers?|sugar|"
                       r"concentrations?|output|cholesterol|values?|readings?)$")
# Words that grade a thing without naming a kind of it.
_DEGREE_WORDS = frozenset({"severe", "serious", "mild", "moderate", "slight", "marked",
                           "significant", "extreme"})

# Sizes that set a class of a thing apart ("giant aneurysms" are a class clinicians name).
_SIZE_WORDS = frozenset({"giant", "large", "small", "huge", "big", "tiny", "massive"})


def sole_kind_pairs(keys: Iterable[str], *, one_word: bool = False,
                    ) -> Iterator[tuple[str, str]]:
    """Yield (kind, bare) when the names hold one kind of a thing besides the thing itself.

    Pages that speak of "lubricating eye drops" and of "eye drops", and of no
    other eye drops, mean one thing by both.  A one-word name ("tape",
    "biopsy") is wider: it is yielded only with ``one_word``, for a caller
    that joins it only across pages (tried on every pair: "skin biopsy" /
    "biopsy" and "coronary artery aneurysm" / "aneurysm" joined, and one
    held-out page's two claims became one).  "oral eye drops" would stay
    apart (a route sets kinds apart), and so would both of "dry eye drops"
    and "lubricating eye drops".

    >>> names = ["lubricating eye drop", "eye drop", "surgical tape", "tape", "skin biopsy",
    ...          "biopsy", "kidney biopsy"]
    >>> sorted(sole_kind_pairs(names)), sorted(sole_kind_pairs(names, one_word=True))
    ([('lubricating eye drop', 'eye drop')], [('surgical tape', 'tape')])
    >>> list(sole_kind_pairs(["oral eye drop", "eye drop", "high blood count", "blood count"]))
    []
    """
    from .patterns import ANATOMY  # the rules' pattern, loaded with them

    present = set(keys)
    # A head the pages name by another name of the lexicon's ("painful lump" beside
    # "lump under the skin") is that name's kind.
    named = {other: key for key in sorted(present) for other in synonym_groups().get(key, ())
             if other not in present}
    kinds: dict[str, list[tuple[str, list[str], str]]] = defaultdict(list)
    for key in present:
        words = key.split()
        for n in (1, 2):
            head = " ".join(words[n:])
            if all(w in _DEGREE_WORDS for w in words[:n]):
                continue  # "severe nerve inflammation" says how bad, not which kind
            if len(words) > n and (head in present or head in named):
                kinds[named.get(head, head)].append((key, words[:n], head))
    for target, found in sorted(kinds.items()):
        if len(found) != 1:
            continue
        key, modifier, head = found[0]
        if _GRADING.intersection(modifier) and (_MEASURED.search(head)
                                                or _MEASURED.search(target)):
            continue  # "high blood pressure" is a finding, "blood pressure" what is measured
        if len(head) < 4 or head.rsplit(" ", 1)[-1] in GENERIC_HEADS \
                or ANATOMY.fullmatch(head) or (" " not in head) != one_word:
            continue
        if _describes(modifier) and not _SIZE_WORDS.intersection(modifier):
            yield key, target


# Words that say what kind of illness a name is and are often left out or swapped.
KIND_WORDS = ("syndrome", "disease", "disorder", "illness", "infection")


def kind_free_names(key: str) -> tuple[str, ...]:
    """Return the names a topic goes by without or with another kind word.

    Pages shorten "grebble shock syndrome" to "grebble shock" and write
    "tarn disease" as "tarn syndrome".  The name left must be two words or a
    word of no dictionary ("tarn"), so "heart disease" never becomes "heart".

    >>> kind_free_names("grebble shock syndrome")[:3]
    ('grebble shock', 'grebble shock disease', 'grebble shock disorder')
    >>> kind_free_names("heart disease"), kind_free_names("gout")
    ((), ())
    """
    words = key.split()
    if len(words) < 2 or words[-1] not in KIND_WORDS:
        return ()
    rest = words[:-1]
    if len(rest) == 1 and (len(rest[0]) < 4 or all_lemmas(rest[0])):
        return ()
    short = " ".join(rest)
    return (short, *(f"{short} {w}" for w in KIND_WORDS if w != words[-1]))


_ROMAN_VALUES = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8,
                 "ix": 9, "x": 10}


def numbers(key: str) -> list[str]:
    """Return the numbers in a key, roman numerals as digits: "type ii" and "type 2" agree.

    A roman numeral follows the word it numbers; the first word of a longer
    name is a route ("IV fluids" are intravenous), and an X-ray is no tenth ray.

    >>> numbers("stage iv kidney disease"), numbers("iv fluid"), numbers("chest x ray")
    (['4'], [], [])
    >>> numbers("vitamin b12"), numbers("type 2 diabetes")
    (['12'], ['2'])
    """
    words = f" {key} ".replace(" x ray ", " xray ").split()
    out: list[str] = []
    for i, w in enumerate(words):
        if w in _ROMAN_VALUES and (i or len(words) == 1):
            out.append(str(_ROMAN_VALUES[w]))
        else:
            out.extend(re.findall(r"\d+", w))
    return out
