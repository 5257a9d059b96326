"""Find check-worthy claims in an article: sentences (or clauses) that state checkable facts."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from workers.claimfinder import cues, facts, quotes, scoring, verbs
from workers.claimfinder.claimants import find_claimant
from workers.claimfinder.language import detect_language
from workers.verification import extract_quantities, split_passages

SUPPORTED_LANGUAGES = frozenset({"fr", "en"})
# Check-worthiness from which a statement is proposed: chosen on all the real articles
# (data/extraction/real and holdout … holdout9, 747 claims) as the threshold with the most
# recall at a precision of 0.83 or more (`evaluate_extraction --pool --sweep`): 0.2 finds 0.95
# of the claims with 0.84 of the proposals right. Chosen on any two of the three groups of
# sets, it is 0.2 (0.15 once) and keeps the third above recall 0.9 and precision 0.8
# (docs/benchmarks.md).
MIN_SCORE = 0.2
# What the newsroom's own first person takes off a statement's score: as much as a figure adds.
NEWSROOM_PENALTY = 0.4
# What a sentence gains from going on about the claim just before it (see `ANAPHORA`).
CONTINUATION = 0.2
# A sentence that refers back ("Il dit non aux trois autres objets", "Ces emplois vacants se
# trouvent …", "La Suisse romande l'a soutenue"): a pronoun or a demonstrative subject, or an
# object pronoun before the verb.
ANAPHORA = re.compile(
    r"^\W*(?:(?:il|ils|elle|elles|ce|cet|cette|ces|celle|celui|ceux|it|they|this|these|those)\b"
    r"|.{0,80}?\b(?:l['’](?:a|ont|avait|avaient)|les\s+(?:a|ont))\b)",
    re.IGNORECASE,
)
# Work is linear in the text; past this size an article is a dump, not an article.
MAX_CHARS = 6_000_000

_ATTRIBUTION_LINE = re.compile(r"^\s*[–—-]\s*(?P<who>\S.{2,150})$")
# "— Sam Altman, OpenAI CEO" names a speaker; "- Le peuple a accepté la loi. En revanche, …" is a
# bullet of the article's own text. A signature is one short phrase that starts with a name.
SIGNATURE_WORDS = 12
_SENTENCE_INSIDE = re.compile(r"[.!?]\s+[A-ZÀ-Ý]")
# A bullet mark before a quote is not part of it.
_LEADING_MARKS = re.compile(r"^[\s,;–—•]*(?:-\s+)?")
_CLAUSE_BREAK = re.compile(
    r",\s+(?=avec |tandis qu|alors qu|while |whereas |and |et (?!non )|which |but |mais |"
    r"précisant |ajoutant |soulignant )|;\s+|\s+(?=avant qu['’e])"
    r"|\s+[–—]\s+"
    # "a dit … et jugé qu'il n'y avait aucune raison …": a second participle sharing the
    # auxiliary, with its own "que" clause, is a second statement.
    r"|\s+(?=et\s+(?:\w+ment\s+)?[a-zà-ÿ]{3,}é\s+(?:que\b|qu['’]))"
)
_DASH = re.compile(r"\s+[–—]\s+")
# "Helloworld.Ayant aligné …": scraped copy often loses the space after a full stop, and the
# passage splitter then reads two sentences as one.
# An acronym may end the first one ("… du réseau RTE.Contacté par l'AFP"), and the next may open
# on a short word or an elision ("RTE.La remise", "reprises.L'Autorité").
_GLUED = re.compile(r"(?<=[A-Za-zÀ-ÿ0-9)]{2}[.!?])(?=[A-ZÀ-Ý](?:[a-zà-ÿ]+\s|['’]\w))")
# A full stop lost altogether (see `_lost_stops`).
_LOST_STOP = re.compile(
    r"(?<=[a-zà-ÿ]{3}) (?P<next>(?:Ce|Cet|Cette|Ces|Il|Ils|Elle|Elles) (?=[a-zà-ÿ]))"
)
# "While Stargate has yet to invest beyond Texas, its expansion plans are taking shape": the
# comma that closes a fronted subordinate clause may separate two checkable facts.
_FRONTED = re.compile(
    r"^\s*(?:while|although|whereas|alors que|tandis que|bien que|si)\b[^,]{10,200}?(,\s+)", re.I
)
_LOWER_WORD = re.compile(r"\b[a-zà-ÿ]{2,}\b")
_QUOTE_OPENING = ("«", '"', "“")
_SENTENCE_END = (".", "!", "?", "»", '"', "”", ":", "…")
# A first line this long without a full stop is a dek, not a headline.
HEADLINE_WORDS = 22
# "…, a-t-il dit", "précise-t-elle", "D'après lui, …": a pronoun speaks for the paragraph's source.
_INVERTED_PRONOUN = re.compile(
    r"\w-(?:t-)?(?:il|elle|ils|elles)\b|\b(?:selon|d['’]après)\s+(?:lui|elle|eux|elles)\b", re.I
)
# "Il a ajouté que …", "He added that …": the speaker is whoever spoke last in the paragraph.
_PRONOUN_SPEAKS = re.compile(r"^\s*(?:il|elle|ils|elles|he|she|they)\s+(?:\w+\s+){0,2}?", re.I)


class UnsupportedLanguage(ValueError):
    """The article is in a language the finder does not read."""


@dataclass(frozen=True)
class Candidate:
    quote: str
    start: int
    end: int
    kind: str
    claimant: str
    score: float
    hedged: bool
    quantities: list[dict] = field(default_factory=list)
    signals: list[str] = field(default_factory=list)
    # For a `quote` claim: the words the claimant is quoted as saying (what they asserted).
    statement: str = ""


def _title_end(text: str) -> int:
    """Where the headline ends: the first line when it reads as a headline, else 0.

    Only the headline is skipped (it restates the lede, and an editor checks the body): a first
    line without a final full stop and shorter than a dek. The dek under it, usually a sentence
    or two of 25 words or more, and the subheadings are read like body text.
    """
    first = text.lstrip()
    line = first.split("\n", 1)[0].strip()
    if "\n" not in first or line.endswith(_SENTENCE_END) or len(line.split()) >= HEADLINE_WORDS:
        return 0
    return len(text) - len(first) + len(line)


def _clauses(
    text: str, start: int, end: int, rate: Callable[[int, int], float], min_score: float
) -> list[tuple[int, int]]:
    """Split a sentence into clauses when two or more of them are check-worthy on their own.

    "Children under 5 accounted for 40% of cases, and more than half required hospitalization"
    states two facts an editor checks apart; a sentence with one checkable clause stays whole.
    """
    sentence = text[start:end]
    cuts = [cut.span() for cut in _CLAUSE_BREAK.finditer(sentence)]
    # Two dashes enclose an aside ("trois entreprises — SoftBank, OpenAI et Oracle — allaient
    # investir …"): the clause runs through it.
    dashes = [cut.span() for cut in _DASH.finditer(sentence)]
    if len(dashes) == 2:
        inside = range(dashes[0][0], dashes[1][1])
        cuts = [cut for cut in cuts if cut[0] not in inside]
    fronted = _FRONTED.match(sentence)
    if fronted and fronted.span(1) not in cuts:
        cuts = sorted([*cuts, fronted.span(1)])
    if not cuts:
        return [(start, end)]
    bounds, last = [], 0
    for cut_start, cut_end in cuts:
        bounds.append((last, cut_start))
        last = cut_end
    bounds.append((last, len(sentence)))
    parts = [(start + s, start + e) for s, e in bounds if sentence[s:e].strip()]
    # A list of names cut at ", and" ("…, SoftBank CEO Masayoshi Son, and Oracle Chairman …")
    # is not two clauses: each clause says something in words of its own.
    if any(len(_LOWER_WORD.findall(text[s:e])) < 3 for s, e in parts):
        return [(start, end)]
    # "… seront construits à Lordstown, et à Milam County, au Texas": a part without a verb of
    # its own is a list inside one fact.
    if not all(verbs.has_verb(text[s:e]) for s, e in parts):
        return [(start, end)]
    if any(verbs.lacks_subject(text[s:e]) for s, e in parts[1:]):
        return [(start, end)]
    if sum(1 for s, e in parts if rate(s, e) >= min_score) < 2:
        return [(start, end)]
    return parts


# "Zouérate : 1", "Nouakchott-Ouest : 12": a tally line, a name and its count.
_TALLY = re.compile(r"^[A-ZÀ-Ý][\w'’ -]{1,40}?\s?:\s?\d[\d\s.,]*$")


def _too_short(quote: str, quantities: list[dict]) -> bool:
    """Under four words is a fragment, unless it carries an amount ("4% des hospitalisations")
    or is a tally line ("Zouérate : 1")."""
    words = len(quote.split())
    if words >= 4 or (quantities and _TALLY.match(quote)):
        return False
    return words < 3 or not any(q["unit"] in {"currency", "percent"} for q in quantities)


def _lost_stops(text: str) -> list[int]:
    """Where a sentence starts although the full stop before it was lost in the copy
    ("… de l'Assemblée nationale Ce mécanisme a été …"): a pronoun or demonstrative that opens
    French sentences, capitalized after a lower-case word. Unlike "Le", "La", "Les", these
    rarely begin a name ("Le Monde", "La Haye")."""
    return [m.start("next") for m in _LOST_STOP.finditer(text)]


def _passages(text: str) -> list[tuple[int, int]]:
    """The engine's sentences, cut first where a full stop lost its following space.

    The cut comes first: the engine caps a passage's length, and a run of glued sentences
    read as one would be cut mid-sentence ("… son feu" / "vert au redémarrage").
    """
    cuts = sorted({*(m.start() for m in _GLUED.finditer(text)), *_lost_stops(text)})
    bounds = [0, *cuts, len(text)]
    found = []
    for start, end in itertools.pairwise(bounds):
        found.extend((start + s, start + e) for s, e in split_passages(text[start:end]))
    return found


def _span(
    text: str, s_start: int, start: int, end: int, sentence_quantities: list[dict]
) -> tuple[str, int, int, list[dict]]:
    """A clause's trimmed quote, offsets, and the sentence's figures that fall inside it."""
    raw = text[start:end]
    start += _LEADING_MARKS.match(raw).end()
    quote = text[start:end].rstrip(" ,;–—")
    end = start + len(quote)
    quantities = []
    for q in sentence_quantities:
        if start <= s_start + q["start"] and s_start + q["end"] <= end:
            offset = s_start - start
            quantities.append({**q, "start": q["start"] + offset, "end": q["end"] + offset})
    return quote, start, end, quantities


class _Reader:
    """Figures, scores and kinds, computed once per distinct sentence or clause.

    A dump that repeats one paragraph 40,000 times then costs one reading of the paragraph;
    an ordinary article, where sentences do not repeat, costs the same as without it.
    """

    def __init__(self, language: str, known: frozenset[str]) -> None:
        self.language, self.known = language, known
        self._quantities: dict[str, list[dict]] = {}
        self._rates: dict[tuple, tuple[float, list[str], str]] = {}

    def quantities(self, sentence: str) -> list[dict]:
        if sentence not in self._quantities:
            found = extract_quantities(sentence, self.language)
            self._quantities[sentence] = [q.to_dict() for q in found]
        return self._quantities[sentence]

    def rate(self, quote: str, quantities: list[dict], quoted: bool) -> tuple[float, list, str]:
        key = (quote, quoted, tuple((q["start"], q["unit"], q.get("value")) for q in quantities))
        if key not in self._rates:
            names = scoring.entities(quote, self.known)
            score, signals = scoring.score(quote, quantities, names, quoted=quoted)
            kind = scoring.kind(quote, quantities, quoted=quoted)
            self._rates[key] = (score, signals, kind)
        return self._rates[key]


def _signature(line: str) -> re.Match | None:
    """The dash line that names who said the paragraph above it, else None (a bullet)."""
    match = _ATTRIBUTION_LINE.match(line)
    if match is None:
        return None
    who = match.group("who")
    if not who[0].isupper() or len(who.split()) > SIGNATURE_WORDS or _SENTENCE_INSIDE.search(who):
        return None
    return match


def _in_list(lines: list[str], index: int) -> bool:
    """A dash line next to another dash line is an item of a bulleted list, not a signature
    ("- Seats that don't lock in place (2.32 million)" / "- Windshield wiper motor …")."""
    neighbours = [lines[i] for i in (index - 1, index + 1) if 0 <= i < len(lines)]
    return any(_ATTRIBUTION_LINE.match(line) for line in neighbours)


def _list_lines(text: str) -> set[int]:
    """Start offsets of the lines that are items of a bulleted list (see `_in_list`)."""
    lines = text.split("\n")
    starts, offset = set(), 0
    for index, line in enumerate(lines):
        if _ATTRIBUTION_LINE.match(line) and _in_list(lines, index):
            starts.add(offset)
        offset += len(line) + 1
    return starts


def _whole_line(text: str, start: int, end: int) -> bool:
    before = text.rfind("\n", 0, start) + 1
    after = text.find("\n", end)
    after = len(text) if after < 0 else after
    return not text[before:start].strip() and not text[end:after].strip()


def _attribution_lines(text: str) -> dict[int, str]:
    """Map each paragraph's end offset to the claimant named on the line that follows it."""
    found: dict[int, str] = {}
    offset = 0
    previous_end = None
    items = _list_lines(text)
    for line in text.splitlines(keepends=True):
        match = None if offset in items else _signature(line.rstrip("\n"))
        if match and previous_end is not None:
            found[previous_end] = match.group("who").strip()
        if line.strip():
            previous_end = offset + len(line.rstrip("\n"))
        offset += len(line)
    return found


def find_claims(
    text: str, *, language: str | None = None, min_score: float = MIN_SCORE
) -> list[Candidate]:
    """Check-worthy candidates in reading order, each with its exact quote and offsets."""
    if not text or not text.strip():
        return []
    text = text[:MAX_CHARS]
    language = language or detect_language(text)
    if language not in SUPPORTED_LANGUAGES:
        raise UnsupportedLanguage(
            f"This article looks like it is in {language or 'an unknown language'}; claims are "
            "found in French and English only, so none were proposed."
        )
    claimants_by_paragraph = _attribution_lines(text)
    paragraph_ends = sorted(claimants_by_paragraph)
    title_end = _title_end(text)
    list_items = _list_lines(text)
    reader = _Reader(language, scoring.known_names(text))
    candidates: list[Candidate] = []
    # Who spoke last in this paragraph: '"It will bring 1,500 jobs."' after '"…," Shah said.'
    speaker, previous_end = "", 0
    # Who the last attributed sentence outside quotation marks named ("X a indiqué que …").
    source = ""
    # The sentence before, in the same paragraph, was proposed: "Le peuple a accepté la loi.
    # … La Suisse romande et le Tessin l'ont cependant soutenue." goes on stating the result.
    follows_claim = False
    # A quotation opened in an earlier sentence and not closed yet, and who is speaking it.
    open_quote, quote_speaker = False, ""
    for s_start, s_end in _passages(text):
        sentence = text[s_start:s_end]
        if "\n" in text[previous_end:s_start]:
            speaker, open_quote, quote_speaker, source = "", False, "", ""
            follows_claim = False
        previous_end = s_end
        if s_end <= title_end or sentence.rstrip().endswith("?"):
            continue
        line_start = text.rfind("\n", 0, s_start) + 1
        if (
            _signature(sentence)
            and _whole_line(text, s_start, s_end)
            and line_start not in list_items
        ):
            continue
        # Bisect, not a scan: a dump with thousands of attribution lines stays linear.
        at = bisect.bisect_left(paragraph_ends, s_end)
        para_end = paragraph_ends[at] if at < len(paragraph_ends) else None
        default_claimant = ""
        if para_end is not None and "\n" not in text[s_end:para_end]:
            default_claimant = claimants_by_paragraph[para_end]
        in_quote = open_quote
        quotation = quotes.find_quotation(sentence, open_quote=open_quote)
        quoted_by = ""
        if quotation is not None:
            quoted_by = quotes.speaker(sentence, quotation)
            if not quoted_by and (open_quote or sentence.lstrip().startswith(_QUOTE_OPENING)):
                quoted_by = quote_speaker or speaker
            quoted_by = quoted_by or default_claimant
        if quotes.opens_quote(sentence):
            open_quote, quote_speaker = True, quoted_by
        elif open_quote and ("»" in sentence or "”" in sentence):
            open_quote = False
        quoted = any(mark in sentence for mark in _QUOTE_OPENING)
        # Looked for only where it can matter: most sentences of a long dump are neither quoted
        # nor check-worthy.
        sentence_claimant = find_claimant(sentence)[0] if quoted else None
        if quoted and not sentence_claimant and sentence.lstrip().startswith(_QUOTE_OPENING):
            default_claimant = speaker or default_claimant
        if quoted_by:
            speaker = quoted_by
        elif quoted and sentence_claimant:
            speaker = sentence_claimant
        # Figures are read on the whole sentence, so a clause inherits its currency ("100
        # milliards de dollars …, avec … 500 milliards" is 500 billion dollars too).
        sentence_quantities = reader.quantities(sentence)

        def rate(start: int, end: int, s_start: int = s_start, found: list = sentence_quantities):
            quote, _, _, quantities = _span(text, s_start, start, end, found)
            if _too_short(quote, quantities):
                return 0.0
            return reader.rate(quote, quantities, False)[0]

        is_quote = bool(quotation and quoted_by)
        spans = [(s_start, s_end)] if is_quote else _clauses(text, s_start, s_end, rate, min_score)
        proposed_before, follows_claim = follows_claim, False
        for start, end in spans:
            quote, start, end, quantities = _span(text, s_start, start, end, sentence_quantities)
            if _too_short(quote, quantities):
                continue
            score, signals, kind = reader.rate(quote, quantities, is_quote)
            # "décortique notre expert politique": first person in no one's quoted words is the
            # newsroom speaking, its analysis rather than a fact.
            if not (is_quote or in_quote or default_claimant) and scoring.newsroom_voice(quote):
                score, signals = round(score - NEWSROOM_PENALTY, 3), [*signals, "newsroom_voice"]
            if (
                proposed_before
                and not (is_quote or in_quote)
                and len(spans) == 1
                and ANAPHORA.match(quote)
                and verbs.has_verb(quote)
                and not {"opinion", "commentary", "evaluative", "newsroom_voice", "rhetoric"}
                & set(signals)
                and not any(signal.startswith("subjective") for signal in signals)
            ):
                score = round(min(1.0, score + CONTINUATION), 3)
                signals = [*signals, "continues"]
            if score < min_score:
                continue
            if is_quote:
                claimant, who_signals = quoted_by, ["attribution:quote"]
            else:
                if sentence_claimant is None:
                    sentence_claimant = find_claimant(sentence)[0]
                # A clause keeps the source its sentence names ("Selon X, a …, et b …").
                claimant, who_signals = find_claimant(quote, sentence_claimant or default_claimant)
                said = (
                    _PRONOUN_SPEAKS.match(quote) and facts.SPEECH.search(quote[:60])
                ) or _INVERTED_PRONOUN.search(quote)
                if not claimant and (speaker or source) and said:
                    claimant = speaker or source
                    who_signals = [*who_signals, "attribution:pronoun"]
            follows_claim = True
            # "Le ministre X a indiqué dimanche qu'il … . « D'ici à trois semaines, … », a-t-il
            # dit.": a source named outside quotation marks goes on speaking in the paragraph.
            if not is_quote and claimant and "attribution:speech" in who_signals:
                source = claimant
            candidates.append(
                Candidate(
                    quote=quote,
                    start=start,
                    end=end,
                    kind=kind,
                    claimant=claimant,
                    score=round(score, 3),
                    hedged=bool(cues.HEDGE.search(quote)),
                    quantities=quantities,
                    signals=[*signals, *who_signals],
                    statement=quotation.statement if is_quote and quotation else "",
                )
            )
    return candidates
