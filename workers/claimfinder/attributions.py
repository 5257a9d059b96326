"""Who a sentence says its information comes from, and the sentence and paragraph around a span.

"selon X", "d'après X", "de source X", "X a annoncé / indiqué / estimé / affirmé que",
"…, a indiqué X", "« … », a-t-il déclaré" (when the sentence names one party), "according to X",
"X said", "…, said X". Kept apart from the finder's own claimant rules (claimants.py): this
module serves source tracking (which link an attribution carries, which organisation to search
for) and is measured on its own (`evaluate_attributions`). It prefers naming no one to naming
the wrong party: two parties in one sentence, a name that is a complement ("at the WHO's
office") or a capitalized participle ("Contacté, …") give nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from workers.claimfinder.attribution_names import (
    is_office,
    is_organisation,
    is_person,
    is_place,
    is_title,
    same_party,
    to_claimant,
)
from workers.claimfinder.attribution_patterns import (
    APPOSED,
    COMPLEMENT,
    FOR_PERSON,
    LEADS,
    LOCATIVE,
    NAME_AT_END,
    NAME_AT_START,
    NAME_RUN,
    NAME_THEN_PEOPLE,
    OPENING,
    PRONOUN,
    QUOTED,
    RELATIVE,
    ROLE_THEN_NAME,
    SUBJECT_VERB,
    TOLD,
    VERB_SUBJECT,
)
from workers.claimfinder.attribution_sentences import paragraph_span, sentence_span, sentence_spans

__all__ = [
    "Attribution",
    "attributed_to",
    "attribution_for",
    "find_attributions",
    "is_organisation",
    "paragraph_span",
    "same_party",
    "sentence_span",
]


@dataclass(frozen=True)
class Attribution:
    """A name a sentence credits with its information, with its span in the text."""

    name: str
    start: int
    end: int
    # "lead" (selon), "subject" (X a indiqué), "inverted" (…, a dit X), "pronoun", "carried"
    # (a quotation's speaker named in the next or previous sentence)
    cue: str
    # The speech verb's span ("a indiqué", ", said"), when the cue has one: what the party
    # says lies after it ("subject") or before it ("inverted"), never in the name's own phrase.
    verb: tuple[int, int] | None = None


def _make(
    text: str, raw_start: int, raw: str, cue: str, *, lead: bool = False
) -> Attribution | None:
    """The attribution for the name text[raw_start:…] reads as `raw`, if it is a claimant."""
    after = text[raw_start + len(raw) : raw_start + len(raw) + 30]
    initial = not text[:raw_start].strip(" \t-–—«“\"'")
    name = to_claimant(raw, sentence_initial=initial, after=after, lead=lead)
    offset = raw.find(name) if name else -1
    if offset < 0:
        return None
    start = raw_start + offset
    body = _PLACE_BODY.match(after)
    if body and raw.endswith(name):
        # "local Amsterdam police": a place's body speaks, not the place.
        name = text[start : raw_start + len(raw) + body.end()]
    return Attribution(name=name, start=start, end=start + len(name), cue=cue)


_PLACE_BODY = re.compile(
    r"\s+(?:police|authorities|officials|prosecutors|government|fire\s+department|"
    r"city\s+council|city\s+hall)\b"
)


def _is_role(attribution: Attribution) -> bool:
    """A title standing for its holder ("ministre de l'Économie"), not a name."""
    return attribution.name[:1].islower()


def _quoted(sentence: str, attribution: Attribution) -> bool:
    """Whether the name stands inside a quotation ("« …, Meyronnes, Faucon », a indiqué la
    préfecture"): a word someone says, not who says it."""
    return any(m.start() < attribution.start < m.end() for m in QUOTED.finditer(sentence))


def _leads(sentence: str) -> list[Attribution]:
    found = []
    opinion = FOR_PERSON.match(sentence)
    if opinion:
        made = _make(sentence, opinion.start("name"), opinion.group("name"), "lead")
        if made and is_person(made.name):
            found.append(made)
    for match in LEADS.finditer(sentence):
        phrase = match.group("phrase")
        cut = RELATIVE.search(phrase)
        phrase = phrase[: cut.start()] if cut else phrase
        # "Selon le directeur général du groupe, Marc Delaunay, …": the role, then the name.
        role = ROLE_THEN_NAME.match(sentence, match.start("phrase"))
        if role:
            made = _make(sentence, role.start("name"), role.group("name"), "lead")
            if made:
                found.append(made)
                continue
        for run in NAME_RUN.finditer(phrase):
            if LOCATIVE.search(phrase[: run.start()]):
                continue
            made = _make(
                sentence, match.start("phrase") + run.start(), run.group(0), "lead", lead=True
            )
            if made:
                found.append(made)
                break
            if not is_title(run.group(0)):
                break  # the first real name is unusable: guess no further
    return found


def _subject_before(sentence: str, verb_start: int) -> Attribution | None:
    """The name just before a speech verb, past an apposition ("X, le patron de Y, a dit")."""
    prefix = sentence[:verb_start].rstrip()
    apposition = None
    if prefix.endswith(","):
        opening = prefix.rfind(",", 0, len(prefix) - 1)
        if opening >= 0 and len(prefix) - opening <= 90:
            apposition = (opening + 1, len(prefix) - 1)
            prefix = prefix[:opening].rstrip()
    base = None
    match = NAME_AT_END.search(prefix)
    if match and not COMPLEMENT.search(prefix[: match.start()]):
        base = _make(sentence, match.start(), match.group(0).rstrip(), "subject")
    if base and not (apposition and _is_role(base)):
        return base
    if not apposition:
        # "Oracle executives said": the organisation whose people speak.
        people = NAME_THEN_PEOPLE.search(prefix)
        if people and not COMPLEMENT.search(prefix[: people.start()]):
            return _make(sentence, people.start("name"), people.group("name"), "subject", lead=True)
        return None
    # "Contacté, Mtre Christian Bergot, l'avocat…, a précisé", "Le président de la
    # République, Emmanuel Macron, a estimé": the opener is no name, or a title, and the
    # apposition starts with the name.
    head = NAME_AT_START.match(sentence[apposition[0] : apposition[1]])
    named = head and _make(
        sentence, apposition[0] + head.start("name"), head.group("name"), "subject"
    )
    return named or base


def _pronoun(sentence: str) -> list[Attribution]:
    """A pronoun's speaker: the party that opens the sentence ("Pour Jean Vidal, « … »,
    a-t-il affirmé"), when the sentence names no other party outside its quotations."""
    if not PRONOUN.search(sentence):
        return []
    outside = QUOTED.sub(lambda m: " " * len(m.group(0)), sentence)
    names = []
    for run in NAME_RUN.finditer(outside):
        if COMPLEMENT.search(outside[: run.start()]):
            continue
        made = _make(sentence, run.start(), run.group(0), "pronoun")
        if made:
            names.append(made)
    opening = OPENING.match(outside)
    if not names or not opening or names[0].start > opening.end() + 2:
        return []  # "Après avoir vu Emmanuel Macron, « … », a-t-elle dit": not the speaker
    if names[0].start == opening.end() and " " not in names[0].name and opening.end() < 3:
        return []  # "Tepid shipments are likely …, he said": a capitalized first word
    if all(same_party(n.name, names[0].name) for n in names):
        return [names[0]]
    return []


def _in_sentence(sentence: str) -> list[Attribution]:
    found = _leads(sentence)
    for match in SUBJECT_VERB.finditer(sentence):
        made = _subject_before(sentence, match.start())
        if made and not _quoted(sentence, made):
            found.append(replace(made, verb=match.span()))
    for match in VERB_SUBJECT.finditer(sentence):
        made = _make(sentence, match.start("name"), match.group("name"), "inverted")
        # "…, explique le Préfet de Région Paca, Stéphane Bouillon": the name after the title.
        # "…, a prévenu le ministre des Comptes publics, Laurent Saint-Martin": the name
        # after a title beats the title.
        then = None if made and not _is_role(made) else APPOSED.match(sentence, match.end("name"))
        named = then and _make(sentence, then.start("name"), then.group("name"), "inverted")
        made = named or made
        if made and not _quoted(sentence, made):
            found.append(replace(made, verb=(match.start(), match.start("name"))))
    if not found:
        for match in TOLD.finditer(sentence):
            made = _make(sentence, match.start("name"), match.group("name"), "lead")
            if (
                made
                and is_organisation(made.name)
                and not NAME_AT_END.search(sentence[: match.start()].rstrip())
            ):
                found.append(replace(made, verb=match.span()))
    if not found:
        found = _pronoun(sentence)
    return found


def _shifted(item: Attribution, offset: int) -> Attribution:
    """The attribution with its spans moved by `offset` (from a sentence into its text)."""
    verb = item.verb and (item.verb[0] + offset, item.verb[1] + offset)
    return replace(item, start=item.start + offset, end=item.end + offset, verb=verb)


def find_attributions(text: str) -> list[Attribution]:
    """Every attribution of `text` (a sentence or a paragraph), in text order.

    Each is read inside its own sentence, so an attribution never reaches across a full stop.
    """
    found: list[Attribution] = []
    for start, end in sentence_spans(text):
        # A title whose holder the sentence does not name names no one; a place is no one.
        items = [
            item
            for item in _in_sentence(text[start:end])
            if not (is_office(item.name) or is_place(item.name))
        ]
        found.extend(_shifted(item, start) for item in items)
    unique: dict[tuple[int, int], Attribution] = {}
    for item in found:
        unique.setdefault((item.start, item.end), item)
    return sorted(unique.values(), key=lambda a: a.start)


_PRIORITY = {"lead": 0, "inverted": 1, "subject": 2, "pronoun": 3, "carried": 4}


def _one_party(found: list[Attribution]) -> Attribution | None:
    """The attribution when all name the same party; two parties (nested speech) give none."""
    if not found:
        return None
    best = min(found, key=lambda a: (_PRIORITY[a.cue], a.start))
    if all(same_party(a.name, best.name) for a in found):
        # The longest spelling names the party best ("Goldman Sachs Research" over "Goldman").
        return max((a for a in found if a.cue == best.cue), key=lambda a: len(a.name))
    return None


def attributed_to(sentence: str) -> Attribution | None:
    """The one party a sentence credits ("selon X", "…, a dit X", "X a dit que"), else None."""
    return _one_party(find_attributions(sentence))


_ARTICLE = re.compile(r"\W*(?:(?:[lLdD]['’]|the|le|la|les|un|une|a|an)\s*)?", re.IGNORECASE)


def _names_only(sentence: str, attribution: Attribution, q_start: int, q_end: int) -> bool:
    """Whether the quote is the speaker's own phrase and none of what it says: it opens with
    the name and stops before the verb ("Darrell Steinberg, the mayor of Sacramento," said
    …), or starts at the verb and holds the name (", a déclaré hier Boubekeur Benbouzid,
    ministre de l'Education" after the quotation)."""
    if not attribution.verb or not q_start <= attribution.start < q_end:
        return False
    if attribution.cue == "subject":
        return q_end <= attribution.verb[1] and bool(
            _ARTICLE.fullmatch(sentence[q_start : attribution.start])
        )
    return attribution.cue == "inverted" and q_start >= attribution.verb[0]


def _covers(sentence: str, attribution: Attribution, q_start: int, q_end: int) -> bool:
    """Whether an attribution of the sentence speaks for the clause sentence[q_start:q_end].

    One inside the clause or before it does ("Selon X, A, et B"; "X a dit que A, précisant
    B"). One after it does only when nothing but a short link stands between ("A, two people
    told the Ledger"), not across another clause ("A, a price …, according to X") or a
    relative one ("A, which insiders told the FT would …"). A quote that holds none of what
    the party says (only its name or apposition: "Darrell Steinberg, the mayor of
    Sacramento,") is not credited to it.
    """
    if _names_only(sentence, attribution, q_start, q_end) or _narration_after(
        sentence, attribution, q_start
    ):
        return False
    if q_start <= attribution.start < q_end:
        return True
    if attribution.start < q_start:
        if _closed_before(sentence, attribution, q_start):
            return False
        # A quote that starts with a capital after no punctuation starts a sentence whose
        # full stop the text lost ("… de l'Assemblée nationale Ce mécanisme a été …").
        before = sentence[:q_start].rstrip()
        return not (sentence[q_start : q_start + 1].isupper() and before[-1:].isalnum())
    gap = sentence[q_end : attribution.start]
    if attribution.cue == "subject" and not (
        _CLAUSE_END.search(sentence[:q_end]) or _CLAUSE_END.match(gap)
    ):
        return False  # "Shares rose 3% after CEO Jensen Huang said …": not what he said
    return len(gap) <= 60 and not RELATIVE.search(gap)


_LEAD_WORD = re.compile(r"\b(?:selon|d['’]après|according\s+to)\b", re.IGNORECASE)


def _closed_before(sentence: str, attribution: Attribution, q_start: int) -> bool:
    """Whether the attribution's clause closes before the quote, so it does not speak for it.

    A lead that ends a clause ("Les prix ont baissé selon l'Insee, alors que Bercy …") speaks
    for what comes before it, not for the clauses after; one that opens the sentence ("Selon
    X, A, et B", "En 2023, selon X, …") does. A speaker inside a relative clause ("Apple,
    dont le PDG Tim Cook a annoncé que …, a vu son action grimper") does not speak for the
    main clause after it.
    """
    comma = sentence.find(",", attribution.end, q_start)
    if comma < 0:
        return False
    if attribution.cue == "lead":
        leads = list(_LEAD_WORD.finditer(sentence, 0, attribution.start))
        opening = sentence[: leads[-1].start()] if leads else ""
        return len(opening.split()) > 4
    if attribution.cue == "subject":
        clause_start = sentence.rfind(",", 0, attribution.start) + 1
        return bool(RELATIVE.search(sentence[clause_start : attribution.start]))
    return False


# A quote ends its clause before a speaker named after it: "A," X said; « A », a dit X.
_CLAUSE_END = re.compile(r"\s*[,»”\"]\s*$|^\s*[,»”\"]")
_INTRODUCED = re.compile(r"\s*(?:that\b|que\b|qu['’]|:|[«“\"])")


def _narration_after(sentence: str, attribution: Attribution, q_start: int) -> bool:
    """Whether the quote is narration after a speaker whose words came before: in "“We will
    rebuild,” Zelensky said after visiting Kharkiv, where 12 people died", the last clause
    is not Zelensky's."""
    if attribution.cue != "subject" or not attribution.verb or q_start < attribution.verb[1]:
        return False
    return bool(QUOTED.search(sentence[: attribution.start])) and not _INTRODUCED.match(
        sentence[attribution.verb[1] : q_start]
    )


def attribution_for(text: str, start: int, end: int) -> Attribution | None:
    """The party credited for text[start:end], read in its sentence (spans are in `text`).

    A sentence that only quotes someone takes the speaker of its quotation: named after the
    closing quote a sentence or two later ("« A. B », a dit X" for A), or named for the
    quotation the sentence before ("« A », a dit X. « B »" for B).
    """
    s_start, s_end = sentence_span(text, start, end)
    sentence = text[s_start:s_end]
    q_start, q_end = max(0, start - s_start), end - s_start
    found = [a for a in find_attributions(sentence) if _covers(sentence, a, q_start, q_end)]
    lead = _OPENING_LEAD.match(sentence)
    if lead and q_end > lead.end() and not any(a.cue == "lead" for a in found):
        # "Selon le procureur de Paris, Salah Abdeslam avait affirmé …": the claim is the
        # lead's, a title whose holder is not named ("according to the prosecutor" alike), so
        # no one; a name after it is inside the lead's statement (who it is about, or who is
        # quoted in it), not its speaker.
        found = []
    if not found and sentence.lstrip()[:1] in _OPENING_QUOTES:
        found = _quotation_speaker(text, s_start, s_end)
    best = _one_party(found)
    if best is None or (best.cue != "carried" and _unnamed_speaker(sentence)):
        return None
    if best.cue == "carried":
        return best  # its span is already in `text`
    return _shifted(best, s_start)


# A lead before the quote's clause, maybe after a short phrase: "Selon X, …", "En 2023,
# d'après X, …", "According to X, …".
_OPENING_LEAD = re.compile(
    r"\s*(?:[^,]{0,30},\s*)?(?:selon|d['’]après|according\s+to)\s+[^,]{1,80},", re.IGNORECASE
)


def _unnamed_speaker(sentence: str) -> bool:
    """Whether a speech verb of the sentence has a speaker that is no name ("Officials in
    Texas said 12 people had died, the Associated Press reported"; "Selon l'AFP, des
    responsables ont indiqué que …"): the named party may only relay the unnamed one, and
    which of the two the claim is credited to is not known, so no one is named."""
    verbs = [a.verb for a in find_attributions(sentence) if a.verb]
    for match in SUBJECT_VERB.finditer(sentence):
        if any(match.start() < end and start < match.end() for start, end in verbs):
            continue
        if not _PLAIN_SPEECH.match(match.group(0)):
            continue  # "dans une note.", "ce chiffre": a present tense that may be a noun
        if not _quoted_at(sentence, match.start()):
            return True
    return False


# Forms of speech no noun shares: French auxiliary + participle, English past tense.
_PLAIN_SPEECH = re.compile(
    r"(?:a|ont|avait|avaient|aurait|auraient)\s|(?:has\s+|had\s+|have\s+)?"
    r"(?:said|told|wrote|found|forecast|\w+ed)\b"
)


def _quoted_at(sentence: str, at: int) -> bool:
    return any(m.start() < at < m.end() for m in QUOTED.finditer(sentence))


_OPENING_QUOTES = '«“"'
_SPEAKER_CUES = ("inverted", "subject", "pronoun")


def _quotation_speaker(text: str, s_start: int, s_end: int) -> list[Attribution]:
    """The speaker of the quotation a sentence opens or goes on with, in its paragraph."""
    p_start, p_end = paragraph_span(text, s_start, s_end)
    sentences = [(p_start + a, p_start + b) for a, b in sentence_spans(text[p_start:p_end])]
    here = next((i for i, (a, b) in enumerate(sentences) if a <= s_start < b), None)
    if here is None:
        return []
    quoted = QUOTED.fullmatch(text[s_start:s_end].strip().rstrip("."))
    if quoted and here > 0:
        # "« A », a dit X. « B »": B goes on with X's quotation.
        a, b = sentences[here - 1]
        before = [f for f in find_attributions(text[a:b]) if f.cue in _SPEAKER_CUES]
        if before and QUOTED.search(text[a:b]):
            return [Attribution(f.name, a + f.start, a + f.end, "carried") for f in before]
        return []
    if quoted:
        return []
    # "« A. B », a dit X": the quotation A opens closes later, with its speaker after it.
    for a, b in sentences[here + 1 : here + 3]:
        closing = re.search(r"[»”\"]", text[a:b])
        if closing:
            after = [
                f
                for f in find_attributions(text[a:b])
                if f.cue in _SPEAKER_CUES and f.start > closing.start()
            ]
            return [Attribution(f.name, a + f.start, a + f.end, "carried") for f in after]
    return []
