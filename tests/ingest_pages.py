"""Small health pages written for these tests, about conditions other than the seeds'.

The wording is ours; it imitates how patient pages are laid out (menus,
advert lines, headings without markup, bullets as "•", "-" or numbers).
"""

GOUT_TXT = """Gout - Symptoms and treatment
Home
Conditions

Gout is a common form of inflammatory arthritis. It causes sudden attacks of joint pain.

Advertisement

Symptoms
Symptoms of gout may include:
• Intense joint pain
• Redness and swelling around the big toe
• Warmth in the affected joint

Risk factors
Things that raise your risk include:
- Obesity: extra weight makes the body produce more uric acid.
- Eating a lot of red meat
- Diuretics, such as hydrochlorothiazide and furosemide
- Too much alcohol

Treatment
Gout is treated with colchicine and anti-inflammatory painkillers. Ice packs may help.
There is no cure that works for everyone.

Outlook
About 6 out of 10 people have a second attack within a year.
In the U.S., gout affects about 4 of every 100 adults.
"""

ASTHMA_MD = """# Asthma

Asthma is a long-term condition of the airways that makes breathing hard.

## Signs and symptoms

Common symptoms include:

- Wheezing
- Shortness of breath
- A tight chest

## Treatment

Asthma is usually treated with **inhalers**. Regular exercise may help some people.
"""

BRINDLE_HTML = """<html><head><title>Brindle rash | Health Library</title>
<script>var tracking = 1;</script></head><body>
<nav><a href="/">Home</a> <a href="/a-z">A to Z</a></nav>
<article><h1>Brindle rash</h1>
<p>Brindle rash is a painful rash caused by the same virus that causes chickenpox. It mostly
affects older adults and people with weak immune systems.</p>
<h2>Risk factors</h2>
<p>You are more likely to get brindle rash if you have:</p>
<ul><li>Older age</li><li>Cancer treatment: chemotherapy weakens the immune system.</li></ul>
<h2>Prevention</h2>
<p>A vaccine can prevent brindle rash in most adults.</p>
</article>
<div class="ad">Advertisement</div>
<footer>Copyright Health Library. Privacy policy. Terms of use.</footer>
</body></html>
"""
