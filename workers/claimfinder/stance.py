"""Subjective statements (feelings, wishes, appeals, praise) and plain reported facts, FR and EN."""

from __future__ import annotations

import re

from workers.claimfinder.cues import any_word
from workers.claimfinder.verbs import DONE

# A feeling or an attitude the speaker declares: nobody can check "I'm extremely honoured" or
# "Il se dit très serein"; it is how the speaker feels about the facts, not a fact. Adjectives
# and verbs of emotion, a closed enough class in both languages.
FEELING = any_word(
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
APPEAL = any_word(
    r"(?:calls?|called|calling) (?:on|upon)",
    r"urg(?:e|es|ed|ing) (?:the|all|people|residents|citizens|everyone|the public)",
    r"(?:want|wish|would like) to (?:thank|congratulate|express)",
    r"(?:thank|thanks|congratulate)s? (?:you|all|the|our|everyone)",
    r"i hope",
    r"we hope",
    r"let['’]s",
    # "Le syndicat appelle à la grève jeudi" is news (a strike called), not a plea.
    r"appell?(?:e|ent|ons|ait) (?:à|au|aux|les|la|le)"
    r"(?!\s+(?:la |le |l['’])?(?:grève|manifest|boycott|mobilis))",
    r"exhort(?:e|ent|é|ait) (?:à|au|aux|les|la|le)",
    r"(?:il est|sont|est) (?:demandé|recommandé|conseillé) (?:aux?|de|d['’])",
    r"j['’]espère",
    r"nous (?:espérons|souhaitons|voulons)",
    r"je (?:souhaite|voudrais|veux) (?:\w+ )?(?:féliciter|remercier|saluer|dire)",
    # "L'entraîneur a été remercié" is a dismissal, a fact.
    r"(?<!été )(?:félicit|remerci)(?:e|ent|er|é|és|ée)",
    r"souhait(?:e|ant|ent) (?:«\s*)?bon",
    r"(?:be|soyons|soyez) patients?",
)
# Praise or blame in the speaker's words: "a tremendous and rich history", "big, beautiful
# buildings", "une performance admirable", "des barbares". Adjectives of degree only: words
# that also state a fact ("historique", "record") are records (outcomes.RECORD), not praise,
# and words that also name things are left out ("séance exceptionnelle", "assemblée générale
# extraordinaire", "légitime défense").
EVALUATION = any_word(
    r"tremendous",
    r"iconic",
    r"beautiful",
    r"incredible",
    r"wonderful",
    r"fantastic",
    r"amazing",
    r"remarkable",
    r"senseless",
    r"outstanding",
    r"unacceptable",
    r"shameful",
    r"disgraceful",
    r"golden age",
    r"admirables?",
    r"formidables?",
    r"magnifiques?",
    r"remarquables?",
    r"inacceptables?",
    r"scandaleu(?:x|se|ses)",
    r"honteu(?:x|se|ses)",
    r"barbares?",
    r"(?:il)?légitimes?(?! défense)",
    r"(?:il)?legitimate",
    r"the right (?:skills|person|man|woman|choice|leader|experience)",
    r"(?:la|le) (?:bonne personne|bon choix)",
    r"agréables?",
    r"pleasant",
    r"(?:bon|mauvais) signe",
    r"(?:a )?(?:good|bad) sign",
    # Certainty professed is a stance too: "Il n'y a aucun doute sur la suite à donner",
    # "Frankly, the state has waited long enough".
    r"aucun doute",
    r"no doubt",
    r"frankly",
    r"honestly",
    r"franchement",
    r"honnêtement",
)


def subjective(text: str) -> list[str]:
    """Which of feeling, appeal and evaluation the statement expresses (empty: none)."""
    return [
        name
        for name, pattern in (("feeling", FEELING), ("appeal", APPEAL), ("evaluation", EVALUATION))
        if pattern.search(text)
    ]


# A verb in a past tense that tells what happened or how things stood: English simple past
# (regular "-ed", the common irregular ones) and French imperfect and past historic, 3rd
# person. The compound past is `verbs.DONE`. Verbs of saying are left out: in "…, Maddrey
# reaffirmed" the saying is the frame, not the fact.
_SPEECH_PAST = (
    r"(?:said|added|stated|noted|reaffirmed|explained|confirmed|reported|remarked|insisted|"
    r"claimed|argued|warned|estimated|told|asked|urged|called|described|reiterated)"
)
PAST = re.compile(
    rf"(?<![\w'’-])(?!{_SPEECH_PAST}(?![\w'’-]))(?:[a-z]{{3,}}ed"
    r"|was|were|had|took|made|broke|fought|caught|went|came|left|fell|hit|won|lost|struck|"
    r"began|ran|led|paid|sold|bought|built|brought|rose|grew|held|met|kept|spent|sent|gave|"
    r"got|found|became|saw|drew|shot|stole|burned|burnt|flew|drove|threw|wrote)(?![\w'’-])"
    # French imperfect, not the conditional ("-rait": "se chargerait", "pourrait") nor the
    # modal or impersonal verbs that frame a statement ("semblait", "fallait", "pouvait").
    r"|(?<![\w'’-])(?!(?:semblai|fallai|pouvai|devai|voulai|paraissai)t)"
    r"[a-zà-ÿ]{2,}(?<!r)(?:ait|aient)(?![\w'’-])"
    r"|(?<![\w'’-])[a-zà-ÿ]{3,}(?:èrent|irent)(?![\w'’-])"
)
# What makes a statement less than a plain fact: a modal, a conditional, a future or a guess
# ("could cause", "must cross", "will do its job", "se chargerait", "Il semble que").
MODAL = re.compile(
    r"(?<![\w'’-])(?:could|would|should|might|must|(?-i:may)|will|shall|likely|seems?|seemed|"
    r"appears? to|va|vont|"
    r"pourrait|pourraient|devrait|devraient|doit|doivent|peut|peuvent|semble|semblent|"
    r"serait|seraient|aurait|auraient|[a-zà-ÿ]{3,}rait|[a-zà-ÿ]{3,}raient)(?![\w'’-])",
    re.IGNORECASE,
)
# A clause cut from its sentence that opens on a conjunction or a relative word ("and Lexus
# models because of …", "which is under the control of Russia", "tandis qu'OpenAI se
# chargerait …"): it leans on the sentence it came from.
_OPENING = re.compile(r"^[\s«\"“(‐–—-]*(?P<first>\S)")


# People named by what they are in the story, who anchor a fact as a name does ("Protesters
# broke a window", "Un des pompiers est brûlé", "The injured person was evacuated").
PEOPLE = any_word(
    r"police(?:men|man|women|woman)?",
    r"policiers?",
    r"gendarmes?",
    r"pompiers?",
    r"firefighters?",
    r"officers?",
    r"officials?",
    r"authorities",
    r"autorités",
    r"protesters?",
    r"manifestants?",
    r"victims?",
    r"victimes?",
    r"patients?",
    r"residents?",
    r"habitants?",
    r"soldiers?",
    r"soldats?",
    r"suspects?",
    r"witness(?:es)?",
    r"témoins?",
    r"employees?",
    r"salariés?",
    r"workers?",
    r"students?",
    r"élèves",
    r"lycéens",
    r"children",
    r"enfants",
    r"passengers?",
    r"passagers?",
    r"drivers?",
    r"conducteurs?",
    r"chauffeurs?",
    r"experts?",
    r"secouristes",
    r"rescuers?",
    r"doctors?",
    r"médecins?",
    r"investigators?",
    r"enquêteurs?",
    r"(?:the )?injured",
    r"blessés?",
)


def past_statement(text: str) -> bool:
    """A past tense that is not a verb of saying (simple, imperfect or compound: `verbs.DONE`),
    and no modal or conditional to soften it."""
    return bool(PAST.search(text) or DONE.search(text)) and not MODAL.search(text)


def fragment(text: str) -> bool:
    """The statement opens lower case: the tail of a sentence, cut at a conjunction or a
    relative word, or a scrap of scraped copy."""
    opening = _OPENING.match(text)
    return bool(opening) and opening.group("first").islower()


# Negation: "The police have not publicly commented", "n'a pas mené d'intervention": what did
# not happen is rarely the fact an editor checks.
NEGATION = re.compile(r"(?<![\w'’-])(?:not|never|n['’]t|pas|jamais|aucun\w*)(?![\w'’-])", re.I)
# First-person rhetoric: what the speaker will do, wants, must or can ("we will build upon it",
# "We'll come to solve the issues", "nous allons continuer le dialogue", "Nous avons demandé
# que …"): an intention or a plea, not a fact.
RHETORIC = re.compile(
    r"(?<![\w'’-])(?:(?i:we|nous|on|je|j['’])|I)\s+(?:(?i:\w+)\s+)?"
    r"(?i:will|shall|must|need|want|await|hope|can|cannot|can['’]t|are going to|am going to|"
    r"allons|voulons|devons|pouvons|souhaitons|demandons|avons demandé|vais|veux|dois|peux|"
    r"va|doit|peut|ne peut)(?![\w'’-])"
    r"|(?<![\w'’-])(?i:we['’]ll|I['’]ll)(?![\w'’-])"
)


def plain_fact(text: str) -> bool:
    """A past or compound-past statement, neither softened by a modal nor negated."""
    return past_statement(text) and not NEGATION.search(text)


# What is not known yet, said as such ("The specific circumstances … remain unclear", "Le
# nombre exact de personnes blessées n'est pas non plus clair", "on ne sait pas encore"): no
# fact to check until it is known.
UNKNOWN = re.compile(
    r"(?<![\w'’-])(?:(?:remains?|remained|is|are|was|were|still) (?:still )?unclear|"
    r"(?:is|are|was|were) (?:not|n['’]t) (?:yet )?(?:clear|known)|unknown|"
    r"(?:n['’]est|ne sont|n['’]était|n['’]étaient) pas (?:encore |non plus |toujours )*"
    r"(?:clair|claire|clairs|claires)|on ne sait pas|reste(?:nt)? (?:flou|inconnu)e?s?)"
    r"(?![\w'’-])",
    re.IGNORECASE,
)


# A source that says nothing ("Harbor Lane declined to comment", "Voltéra n'a ni confirmé ni
# démenti cette information"): there is no statement to check, only its absence.
NO_COMMENT = re.compile(
    r"(?<![\w'’-])(?:(?:declined|refused) to (?:comment|respond|confirm|say)|"
    r"did not (?:respond|reply)|could not be reached|no comment|would (?:not )?confirm|"
    r"ni confirmé ni démenti|n['’]a pas (?:souhaité|voulu|pu) (?:répondre|commenter|réagir|"
    r"confirmer)|(?:a|ont) refusé de (?:commenter|répondre|confirmer)|"
    r"n['’]ont pas (?:souhaité|voulu|pu) (?:répondre|commenter|réagir|confirmer))"
    r"(?![\w'’-])",
    re.IGNORECASE,
)
# A guess in the writer's or the speaker's words ("Investors seem to love …", "Il semble
# qu'OpenAI …"): an impression, not a fact stated.
GUESS = re.compile(
    r"(?<![\w'’-])(?:seems? to|seemed to|it seems|apparently|il semble|semble-t-il|"
    r"apparemment|semblent|semble)(?![\w'’-])",
    re.IGNORECASE,
)
