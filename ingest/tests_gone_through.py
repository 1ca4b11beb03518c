"""Tests people are said to have: "you may have a blood test", "your child will need a scan".

A page on how an illness is found mostly says what the reader will go through: "you
might have an MRI scan", "most children will have an ECG and a heart scan", "you'll be
sent for an X-ray".  The person comes first, then "have", "need", "get", "undergo" or
"be sent for", then a test's name.  The phrase is looked for only where a test's name
follows within a few words, so "you may have a fever" or "you need rest" never match.
"""

from __future__ import annotations

# Who has the test, how sure, the verb, and (looked ahead) a test's name close after.
HAS_TEST = (
    r"(?:\b(?:you|they|your (?:child|baby)|patients|people|children|adults|he|she|"
    r"(?:most|some|many|all) (?:people|patients|children)|everyone|anyone)"
    # "People with it should have an eye exam": the people named by the topic
    r"(?: (?:with|who have|who has|diagnosed with) [\w' -]{1,40}?(?= (?:will|may|might|can|"
    r"could|should|must|usually|often|also|need|have|get|undergo)\b))?"
    r"(?:'ll| will| may| might| can| could| should| must| usually| often| also| probably| then| "
    r"first| normally| sometimes)* (?:have|need|get|undergo|be (?:offered|sent for|"
    r"referred for|asked to have))\b"
    # "Your doctor may refer you for a breathing test": the test you are sent for
    r"|\b(?:doctor|gp|specialist|nurse)s?(?:'ll| will| may| might| can| could| should| usually|"
    r" often| also| probably| then| first)* (?:refer|send) (?:you|them|your child|patients)"
    r" (?:for|to have)\b)"
    r"(?= (?:an? |the |some |several |more |further |other |regular |routine |a few |one or "
    r"more |special )*(?:[\w-]+ (?:and |or )?){0,3}?(?:tests?|scans?|x-rays?|mri|ct|"
    r"ultrasound|biops(?:y|ies)|echocardiograms?|ecgs?|ekgs?|swabs?|lumbar puncture|"
    r"angiograms?|blood count|(?:eye |physical |skin |hearing )?exam(?:ination)?s?|"
    # ("you may need a bronchoscopy": a look inside by its own name)
    r"[a-z]{3,}oscop(?:y|ies))\b)")
