"""Subjective statements (feelings, wishes, appeals, praise) and plain reported facts, FR and EN."""

from __future__ import annotations

from workers.claimfinder.cues import _any

# A feeling or an attitude the speaker declares: nobody can check "I'm extremely honoured" or
# "Il se dit très serein"; it is how the speaker feels about the facts, not a fact. Adjectives
# and verbs of emotion, a closed enough class in both languages.
FEELING = _any(
    r"(?:extremely |very |deeply |so |truly )?(?:honou?red|humbled|delighted|thrilled|"
    r"excited|proud|pleased|saddened|horrified|heartbroken|devastated|grateful|thankful|"
    r"disheartening|heartbreaking|troubling|shocked|dismayed|disappointed)",
    r"looking forward",
    r"(?:thoughts|prayers) (?:and|&) (?:prayers|support|thoughts)",
    r"my (?:shock|sadness|condolences)",
    r"(?:très |si |profondément )?(?:honorée?s?|ravie?s?|fière?s?|heureu(?:x|se|ses)|"
    r"attristée?s?|bouleversée?s?|choquée?s?|sereine?s?|satisfaite?s?|confiante?s?|"
    r"reconnaissante?s?|déçue?s?|enthousiastes?|émue?s?)",
    r"(?:i am|i'm|i’m|we are|we're|we’re|je suis|nous sommes) (?:\w+ )?confident",
)
# A wish, a thanks, a congratulation or an appeal to do something: what the speaker wants,
# not what happened ("call on citizens to follow safety rules", "appelle au respect des
# mesures", "Il est demandé aux automobilistes d'éviter le secteur", "we want to thank").
APPEAL = _any(
    r"(?:calls?|called|calling) (?:on|upon)",
    r"urg(?:e|es|ed|ing) (?:the|all|people|residents|citizens|everyone|the public)",
    r"(?:want|wish|would like) to (?:thank|congratulate|express)",
    r"(?:thank|thanks|congratulate)s? (?:you|all|the|our|everyone)",
    r"i hope",
    r"we hope",
    r"let['’]s",
    r"appell?(?:e|ent|ons|ait) (?:à|au|aux|les|la|le)",
    r"exhort(?:e|ent|é|ait) (?:à|au|aux|les|la|le)",
    r"(?:il est|sont|est) (?:demandé|recommandé|conseillé) (?:aux?|de|d['’])",
    r"j['’]espère",
    r"nous (?:espérons|souhaitons|voulons)",
    r"je (?:souhaite|voudrais|veux) (?:\w+ )?(?:féliciter|remercier|saluer|dire)",
    r"(?:félicit|remerci)(?:e|ent|er|é|és|ée)",
    r"souhait(?:e|ant|ent) (?:«\s*)?bon",
    r"(?:be|soyons|soyez) patients?",
)
# Praise or blame in the speaker's words: "a tremendous and rich history", "big, beautiful
# buildings", "une performance admirable", "des barbares". Adjectives of degree only: words
# that also state a fact ("historique", "record") are records (outcomes.RECORD), not praise.
EVALUATION = _any(
    r"tremendous",
    r"iconic",
    r"beautiful",
    r"incredible",
    r"wonderful",
    r"fantastic",
    r"amazing",
    r"remarkable",
    r"extraordinary",
    r"senseless",
    r"outstanding",
    r"exceptional",
    r"unacceptable",
    r"shameful",
    r"disgraceful",
    r"golden age",
    r"admirables?",
    r"formidables?",
    r"magnifiques?",
    r"remarquables?",
    r"extraordinaires?",
    r"exceptionnel(?:le)?s?",
    r"inacceptables?",
    r"scandaleu(?:x|se|ses)",
    r"honteu(?:x|se|ses)",
    r"barbares?",
)


def subjective(text: str) -> list[str]:
    """Which of feeling, appeal and evaluation the statement expresses (empty: none)."""
    return [
        name
        for name, pattern in (("feeling", FEELING), ("appeal", APPEAL), ("evaluation", EVALUATION))
        if pattern.search(text)
    ]
