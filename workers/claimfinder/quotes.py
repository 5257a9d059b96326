"""Direct quotations: what a person is quoted as saying, apart from scare quotes and titles.

'Elon Musk a réagi sur X : « En fait, ils n'ont pas l'argent »' is two claims in one: that Musk
said it, and what he asserted. The finder proposes it as a `quote` claim with its claimant and
the quoted statement; '« crise » sécheresse' or 'des "centaines de milliers" de postes' are
only words in quotation marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workers.claimfinder import facts
from workers.claimfinder.claimants import NOT_NAMES, find_claimant

# Guillemets, curly and straight double quotes. A straight quote opens and closes alike, so
# its pairs are read left to right.
_QUOTED = re.compile(
    r"«\s*(?P<a>[^«»]*?)\s*(?:»|$)|“(?P<b>[^“”]*?)(?:”|$)|\"(?P<c>[^\"]*?)(?:\"|$)"
)
# Fewer words than this in quotation marks is a term, a title or a scare quote...
MIN_WORDS = 3
# ...unless the sentence frames it as speech; at this many words it is a statement anyway.
STATEMENT_WORDS = 7
_NAME = re.compile(r"[A-ZÀ-Ý][\w'’-]+(?:\s+(?:de |d['’]|von |van |del )?[A-ZÀ-Ý][\w'’-]+)*")


_COMMON_SPEAKER = re.compile(
    r"^[\s»\"”,]*(?:(?:the|le|la|les|l['’])\s*)?(?!(?:he|she|they|it|we|il|elle|ils|elles|on|nous)\b)(?P<who>[a-zà-ÿ][\w'’-]*(?:\s+[a-zà-ÿ][\w'’-]*){0,3})\s*$"
)
_REPORTED = re.compile(r"(?:\bque|\bqu['’]|\bthat)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Quotation:
    statement: str
    start: int
    end: int
    framed: bool


def _framed(sentence: str, start: int, end: int) -> bool:
    """Speech framing: the quote opens the sentence or follows a colon, or a speech verb follows."""
    before = sentence[:start].rstrip(' «“"')
    if not before or before.endswith(":"):
        return True
    # "Santé publique France constate « une forte augmentation … »": the quotation is the
    # object of a verb of saying.
    tail = before[-40:]
    if any(verb.end() == len(tail) for verb in facts.SPEECH.finditer(tail)):
        return True
    after = sentence[end:]
    comma = re.match(r"^[\s»\"”]*,", after) or sentence[:end].rstrip(' »"”').endswith(",")
    return bool(comma) and bool(facts.SPEECH.search(after[:60]))


def find_quotation(sentence: str, *, open_quote: bool = False) -> Quotation | None:
    """The longest quoted statement in a sentence; `open_quote`: the sentence goes on a quote
    opened in an earlier sentence (« … first sentence. Second sentence … »)."""
    if open_quote:
        close = min((i for i in (sentence.find("»"), sentence.find("”")) if i >= 0), default=-1)
        end = close if close >= 0 else len(sentence)
        statement = sentence[:end].strip(' «»“”"')
        if len(statement.split()) >= MIN_WORDS:
            return Quotation(statement, 0, end, True)
    best: Quotation | None = None
    for match in _QUOTED.finditer(sentence):
        group = next(name for name in "abc" if match.group(name) is not None)
        statement = match.group(group).strip()
        words = len(statement.split())
        if words < MIN_WORDS:
            continue
        framed = _framed(sentence, match.start(), match.end())
        # Unframed, only a whole clause reported after "que" / "that" is the speaker's statement;
        # a fragment inside the writer's sentence ('allait créer «plus de 100 000 emplois»') is
        # the writer's claim, quoting words.
        clause = _REPORTED.search(sentence[: match.start()])
        if not framed and (words < STATEMENT_WORDS or not clause):
            continue
        if best is None or len(statement) > len(best.statement):
            best = Quotation(statement, match.start(group), match.end(group), framed)
    return best


def opens_quote(sentence: str) -> bool:
    """A guillemet (or curly quote) opened and not closed: the quotation goes on."""
    return sentence.count("«") > sentence.count("»") or sentence.count("“") > sentence.count("”")


def speaker(sentence: str, quotation: Quotation) -> str:
    """Who the sentence says is speaking, outside the quoted words; "" when it does not say."""
    outside = sentence[: quotation.start] + " " + sentence[quotation.end :]
    who, _ = find_claimant(outside)
    if who:
        return who
    after = sentence[quotation.end :]
    verb = facts.SPEECH.search(after[:80])
    comma = re.match(r"^[\s»\"”]*,", after) or quotation.statement.endswith(",")
    if verb and comma:
        # '"Wrong, as you surely know," Altman replied' / '« … », lance Elon Musk'.
        # '"…," police said in a Dutch language tweet': a speaker before the verb comes first,
        # named or by a common noun ('"…," the central bank said'); else a name after it.
        noun = _COMMON_SPEAKER.match(after[: verb.start()])
        for part in (after[: verb.start()], "", after[verb.end() : verb.end() + 60]):
            if noun and not part:
                return noun.group("who")
            for match in _NAME.finditer(part):
                name = match.group(0)
                if name.split()[0] not in NOT_NAMES:
                    return name
    before = sentence[: quotation.start].rstrip(' «“"')
    if before.endswith(":"):
        # "Elon Musk a réagi sur X : « … »": the subject of the sentence speaks; a title is not
        # the name ("Patron d'OpenAI, Sam Altman n'est pas resté sans réagir : « … »").
        for match in _NAME.finditer(before):
            name = match.group(0)
            if name.split()[0] not in NOT_NAMES and not facts.TITLE.match(name):
                return name
    return ""
