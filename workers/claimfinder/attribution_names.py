"""What may be a claimant: a person's or an organisation's name, cleaned of titles and openers.

Hand-written word lists rather than a tagger: no French/English NLP model ships with the
project, and these few hundred words cover the news prose the attributions are measured on.
"""

from __future__ import annotations

import re
import unicodedata
import zoneinfo
from functools import cache

from babel import Locale

# One word of a name: capitalized, or an acronym, possibly elided ("l'AFP" gives "AFP").
NAME_WORD = r"(?:[A-ZÀ-ÖØ-Þ][\w&.’'-]*|\d+[A-Za-z]\w*)"
# Small words inside names: "Banque de France", "Bank of America", "Goldman Sachs & Co".
_GLUE = r"(?:de|des|du|d['’]|of|the|for|and|et|&|la|le|l['’])"
# An institution named by its lower-case head noun: "ministère de l'Industrie".
_HEAD = (
    r"(?:(?:ministère|agence|institut|office|cabinet|commission|fédération|syndicat|université|"
    r"ministry|department)\s+(?:de\s+la\s+|de\s+l['’]|des\s+|du\s+|de\s+|d['’]|of\s+(?:the\s+)?)?)"
)
# A French institution named by a capitalized head noun and lower-case words: "Observatoire
# régional de santé des Pays-de-Brenne", "Institut de la statistique du Québec".
_INSTITUTION = (
    r"(?:Observatoire|Agence|Institut|Fédération|Chambre|Conseil|Office|Syndicat|Bureau|"
    r"Autorité|Haute\s+Autorité|Direction|Caisse|Banque|Commission|Cour|Tribunal|Ministère|"
    r"Union|Association|Comité|Centre|Confédération|Collectif|Fondation|Haut\s+Conseil|"
    r"Secrétariat|Service|Parquet|Préfecture|Académie|Université|Organisation|Fonds|Société)"
)
ADJECTIVE = (
    r"[a-zà-öø-ÿ-]+(?:al|ale|aux|ales|ien|ienne|iens|iennes|ique|iques|aire|aires|el|elle|els|"
    r"elles|ais|aise|ain|aine|ains|aines|ieur|ieure|if|ive|ifs|ives|ier|ière|éen|éenne|éens|"
    r"éennes|and|ande|ands|andes|eux|euse|ois|oise|ic|ics)(?![\w-])"
)
_GLUE_FR = r"(?:de\s+la|de\s+l['’]|d['’]|de|des|du)"
_EXTENSION = rf"(?:\s+{ADJECTIVE}|\s+{_GLUE_FR}\s*(?:{NAME_WORD}|[a-zà-öø-ÿ][\w-]*))"
_LOWER_EXTENSION = rf"(?:\s+{ADJECTIVE}|\s+{_GLUE_FR}\s*[a-zà-öø-ÿ][\w-]*)"
# Used only when a lower-case word follows the head ("Bureau of Labor Statistics" is a plain
# run of capitalized words).
_INSTITUTION_NAME = (
    rf"{_INSTITUTION}(?:\s+{NAME_WORD})*{_EXTENSION}*?{_LOWER_EXTENSION}{_EXTENSION}*"
    rf"(?:\s+\([A-Z]{{2,}}\))?"
)
# "Santé publique France": an adjective inside a name.
_PLAIN_NAME = rf"{_HEAD}?{NAME_WORD}(?:\s+(?:{_GLUE}\s*|{ADJECTIVE}\s+)?{NAME_WORD}){{0,6}}"
# A person's French title with its portfolio, then maybe the name: "ministre de l'Économie et
# des Finances Bruno Le Maire", "ministre des Affaires étrangères", "présidente de la Région".
_PERSON_TITLE = (
    r"(?:ministre|présidente?|secrétaire|directeur|directrice|porte-parole|patronne|patron|"
    r"commissaire|gouverneur|maire|préfète|préfet|procureure|procureur)"
    r"(?:\s+(?:délégué|déléguée|général|générale|adjoint|adjointe|d['’]État))?"
)
_PORTFOLIO = (
    rf"{NAME_WORD}(?:\s+{ADJECTIVE})*(?:\s+(?:et|and)\s+(?:des\s+|du\s+|de\s+la\s+|"
    rf"de\s+l['’])?{NAME_WORD}(?:\s+{ADJECTIVE})*)*"
)
_TITLED = (
    rf"{_PERSON_TITLE}\s+(?:de\s+la\s+|de\s+l['’]|des\s+|du\s+|de\s+|d['’])"
    rf"(?P<portfolio>{_PORTFOLIO})"
)
_TITLED_START = re.compile(rf"^{_TITLED}")
_TITLED_NAME = rf"{_TITLED.replace('(?P<portfolio>', '(?:')}(?:\s+{_PLAIN_NAME})?"
NAME = rf"(?<![\w-])(?:{_TITLED_NAME}|(?:[lLdD]['’])?{_INSTITUTION_NAME}(?![\w-])|{_PLAIN_NAME})"


def _wordlist(words: str) -> frozenset[str]:
    return frozenset(re.findall(r"\S+", words))


# Capitalized words that are not names when they start a run: pronouns, determiners, months.
_NOT_NAMES = _wordlist(
    """le la les l un une des du de ce cet cette ces il elle ils elles on nous vous je
    the a an it he she they we you this that these those there here his her its their our
    mais et or ou donc car puis alors ainsi enfin selon d'après according but and so yet
    lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin
    juillet août septembre octobre novembre décembre monday tuesday wednesday thursday friday
    saturday sunday january february march april may june july august september october
    november december en dans pour sur avec par in on at for with by from as hier demain
    aujourd'hui aujourd’hui yesterday today tomorrow à au aux vers dès depuis après avant
    jusqu'à jusqu’à entre durant pendant lors until after before since during around"""
)
# Times, dates and numbers are never names: "À 22h00, … a indiqué la préfecture" (a time
# opening the sentence), "Le 14 juillet", "At 3pm", "1er", "2024".
_NUMBERISH = re.compile(
    r"\d+(?:[hH]\d{0,2}|:\d{2}|[aApP]\.?[mM]\.?|e|er|ère|ème|th|st|nd|rd|%)?|\d+[.,]\d+"
)
# Titles dropped before a name: "Mtre Christian Bergot", "President Trump", "CEO Sam Altman".
_TITLES = _wordlist(
    """m m. mm. mme mme. mmes mlle me me. mtre maître dr dr. pr pr. prof prof. mr mr. mrs mrs.
    préfet préfète procureur procureure commissaire madame monsieur mademoiselle ms ms. sir
    lord dame président présidente
    president ministre minister premier prime
    chancellor chancelier secretary sen. rep. gov. gen. docteur professeur
    ceo pdg dg chairman chairwoman chair chief juge judge senator sénateur sénatrice député
    governor spokesman spokeswoman spokesperson vice director
    députée mayor maire pope pape king roi queen reine prince princess"""
)
# Capitalized common nouns that open English sentences ("Analysts said"): not names.
_COMMON_OPENERS = _wordlist(
    """analysts officials experts economists researchers scientists critics authorities
    investors residents doctors observers sources insiders executives lawmakers officers
    witnesses organizers organisers voters users customers employees workers police
    analystes responsables experts économistes chercheurs scientifiques critiques autorités
    investisseurs habitants médecins observateurs sources proches dirigeants élus syndicats
    salariés témoins enquêteurs prosecutors investigators lawyers parents teachers students
    protesters activists traders bankers diplomats diplomates manifestants avocats procureurs
    some many others both all most few several none certains beaucoup tous plusieurs"""
)
# Alone, these name no one in particular: "le président dudit Club", "the Ministry said".
_GENERIC = _wordlist(
    """club groupe group company firm société entreprise ministry ministère government
    gouvernement agency agence department département office bureau council conseil service
    state état city ville région region county court cour tribunal parquet police army armée
    secretary-general organisation organization institution"""
)
# Nationalities as nouns: "Le Belge aurait déclaré que" names no one the reader can search.
_NATIONALS = _wordlist(
    """belge belges français française françaises américain américaine américains allemand
    allemande allemands britannique britanniques anglais chinois chinoise russe russes italien
    italienne espagnol espagnole suisse suisses canadien canadienne japonais ukrainien
    ukrainienne israélien israélienne palestinien iranien turc turque grec grecque portugais
    néerlandais polonais marocain marocaine algérien algérienne tunisien tunisienne sénégalais
    ivoirien québécois européen européens africain american americans briton britons chinese
    russian russians german germans frenchman frenchwoman italian spaniard canadian japanese
    ukrainian ukrainians israeli israelis palestinian palestinians iranian turk greek dutchman
    belgian australian brazilian indian mexican"""
)
# "Contacté, …", "Interrogée par…", "Finalement": French participles and adverbs open
# sentences; English ones are listed ("Boeing", "Fred" end like participles).
_OPENER = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:é|ée|és|ées|ment)")
_EN_OPENERS = _wordlist(
    """asked contacted reached speaking pressed interviewed questioned meanwhile however
    separately additionally finally earlier later instead overall still yet also"""
)
# "Chinese officials", "U.S. officials": a nationality before a common noun is not a source.
_DEMONYM = re.compile(
    r"(?:[A-Z][a-z]+(?:an|ese|ish|ian|i)|French|Dutch|Swiss|Greek|Thai|Western|Eastern|"
    r"Federal|Democratic|Republican|U\.?S\.?|UK|EU)"
)
# Words that make a name an organisation or a publication rather than a person.
_ORGANISATION_WORDS = _wordlist(
    """agence agency associated press presse journal times post news tribune herald gazette
    monde figaro libération echos express parisien observateur point télégramme dépêche
    reuters bloomberg afp ap ats ansa dpa xinhua insee eurostat ocde oecd fmi imf onu un who
    oms unicef bce ecb fed banque bank research institut institute université university
    ministère ministry gouvernement government commission conseil council office bureau
    agency autorité authority cour court assemblée sénat senate congress parliament
    parlement fondation foundation association fédération federation union syndicat
    group groupe holding capital partners fund fonds investments corp corporation company
    inc ltd llc sa sas plc ag gmbh co société compagnie cabinet consulting laboratoire
    observatoire centre center lab labs service services department département mairie
    ville région state états tv radio télévision france info inter channel network
    hospital hôpital school école police armée army"""
)
_PUBLICATIONS = _wordlist(
    """monde figaro parisien echos croix tribune point express libération humanité dauphiné
    progrès télégramme provence temps soir devoir presse times guardian economist independent
    telegraph post journal herald gazette observer"""
)
# Common first names: "Larry Ellison" is a person, "Goldman Sachs" a firm. A name missing here
# is taken for an organisation, which only costs a search hint that a person would not need.
_FIRST_NAMES = _wordlist(
    """adam alain alexandre alexis alice andré andrew angela anne antoine antony arnaud barack
    bart bernard bill brad bruno carlos caroline catherine charles christian christine
    christophe claire clay dana daniel david donald édouard elisabeth élisabeth elizabeth elon
    emmanuel éric eric emma françois francois frédéric gabriel george georges gérald gilles
    greg guillaume hans hélène henri henrik isabelle jack jacques james jane jean jeff jennifer
    jensen jérôme jim joe john jordan josé joseph julien justin kamala karine keir larry
    laurent léa louis luc lucas lucie manuel marc marie marine mark martin masayoshi mathieu
    matthieu michael michel mike muriel nathalie nicolas olaf olivier pascal patrick paul
    peter philippe pierre priya rachel raj richard robert rishi roland sam samuel sandrine
    sarah satya sébastien sophie stéphane steve sundar thomas thierry tim ursula valérie
    vincent xavier yann yves"""
)


def _words(name: str) -> list[str]:
    return re.findall(r"[\w&’'-]+", name)


def _is_opener(word: str) -> bool:
    return bool(_OPENER.fullmatch(word)) or word.lower() in _EN_OPENERS


def _is_first_name(word: str) -> bool:
    return word.lower().split("-")[0] in _FIRST_NAMES


def to_claimant(raw: str, *, sentence_initial: bool, after: str = "", lead: bool = False) -> str:
    """`raw` (a run of capitalized words) reduced to a claimant's name, or "" when it is none.

    Openers ("Mais", "Le"), elision ("l'AFP") and titles ("Mtre", "President") go; in a run
    that carries a first name after other words ("Économie Bruno Le Maire", "OpenAI CEO Sam
    Altman") the name starts at the first name; a possessive keeps only a person after it.
    """
    titled = _TITLED_START.match(raw.strip())
    if titled:
        # The name after the title, else the title itself ("ministre de l'Intérieur").
        rest = raw.strip()[titled.end() :].strip()
        if re.search(r"\s(?:de|des|du|d['’]|of|the|la|l['’])", f" {rest}") and not (
            _is_first_name(rest.split()[0])
        ):
            return raw.strip()  # "président de l'Africa Sports d'Abidjan": all one portfolio
        name = to_claimant(rest, sentence_initial=False, after=after) if rest[:1].isupper() else ""
        return name or titled.group(0)
    words = raw.strip().split()
    # "Le Monde", "Les Echos", "The Times": a publication keeps its capitalized article.
    keep = bool(
        len(words) > 1
        and words[0] in {"Le", "La", "Les", "The"}
        and any(w.lower().strip(".,") in _PUBLICATIONS for w in words[1:])
    )
    while (
        not keep
        and words
        and (
            words[0].lower().strip("'’") in _NOT_NAMES
            or _NUMBERISH.fullmatch(words[0].strip(".,"))
            or (sentence_initial and len(words) > 1 and _is_opener(words[0]))
        )
    ):
        words.pop(0)
        sentence_initial = False
    if words:
        # "l'AFP", and "M.Lallement" typed without its space.
        words[0] = re.sub(r"^(?:[lLdD]['’]|(?:M|Mme|Mr|Mrs|Ms|Dr|Pr)\.(?=[A-Z]))", "", words[0])
    possessive = False
    for i, word in enumerate(words):
        if re.search(r"['’]s$", word):
            words, possessive = words[i + 1 :], True
            break
    if possessive and not (words and _is_first_name(words[0])):
        return ""
    titled = False
    while words and words[0].lower() in _TITLES:
        words.pop(0)
        sentence_initial, titled = False, True
    if titled and words and re.fullmatch(_GLUE, words[0], re.IGNORECASE):
        # "Préfet de Région Paca": a portfolio, not a name, unless a person's name follows.
        person = [i for i, w in enumerate(words) if _is_first_name(w)]
        words = words[person[0] :] if person else []
    # "Health Secretary Wes Streeting", "Fed Chair Jerome Powell": the name follows the title.
    inner = [i for i, w in enumerate(words[:-1]) if w.lower() in _TITLES]
    if inner:
        words = words[inner[-1] + 1 :]
    while not keep and words and re.fullmatch(_GLUE, words[0], re.IGNORECASE):
        words.pop(0)
    for i in range(1, len(words)):
        previous = words[i - 1]
        if (
            _is_first_name(words[i])
            and not _is_first_name(previous)
            and not re.fullmatch(_GLUE, previous, re.IGNORECASE)
        ):
            words = words[i:]
            break
    while words and re.fullmatch(_GLUE, words[-1], re.IGNORECASE):
        words.pop()
    name = " ".join(words).strip(" .,-’'")
    if not re.search(r"[A-ZÀ-ÖØ-Þ]", name):
        return ""
    if len(words) == 1:
        word = words[0]
        if word.lower() in _COMMON_OPENERS | _TITLES | _GENERIC | _NATIONALS:
            return ""
        if sentence_initial and _is_opener(word):
            return ""
    if re.match(r"\s*['’]s\b", after):
        return ""
    if re.search(
        r"-(?:based|run|led|backed|owned|funded|controlled|listed|born|affiliated)$", name
    ):
        return ""  # "the Hamas-run health ministry", "a Paris-based think tank"
    if lead and re.match(r"\s+[a-zà-öø-ÿ]", after) and _DEMONYM.fullmatch(name):
        return ""
    return name


_PERSON_TITLE_START = re.compile(rf"{_PERSON_TITLE}\b")


def is_office(name: str) -> bool:
    """A person's title with no name ("préfet du Morbihan", "présidente de l'Assemblée
    nationale"): its holder is not named, so it is no claimant; an institution's name
    ("ministère de l'Industrie", "préfecture de l'Ardèche") is one."""
    return bool(_PERSON_TITLE_START.match(name))


# Capitals the time-zone database does not name (it names a zone after its largest city).
_CAPITALS = _wordlist(
    """washington pékin pekin beijing ottawa canberra berne bern ankara abuja brasilia
    islamabad pretoria rabat wellington"""
)
# Groupings Babel lists among territories that are parties, not places ("Union européenne").
_NOT_PLACES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"})


@cache
def _places() -> frozenset[str]:
    """Country and city names, French and English: the countries from Babel's territories,
    the cities from the time-zone database (stdlib `zoneinfo`, "Europe/Paris") and Babel's
    French names for them ("Moscou", "Londres"). Libraries rather than a hand-written
    gazetteer; only the few capitals no zone is named after are listed above."""
    names = set(_CAPITALS)
    for language in ("fr", "en"):
        locale = Locale.parse(language)
        names.update(
            _fold(name)
            for code, name in locale.territories.items()
            if len(code) == 2 and code not in _NOT_PLACES
        )
        names.update(_fold(zone["city"]) for zone in locale.time_zones.values() if "city" in zone)
    for key in zoneinfo.available_timezones():
        parts = key.split("/")
        if len(parts) == 2 and parts[0] != "Etc":
            names.add(_fold(parts[1].replace("_", " ")))
    return frozenset(names)


def is_place(name: str) -> bool:
    """A country or a city named alone ("Washington", "Moscou", "Russie"): places are never
    claimants, even when news copy makes a capital speak for its government."""
    return _fold(name) in _places()


def is_title(words: str) -> bool:
    """Whether `words` are only titles ("Premier", "Président"), which a name may follow."""
    return all(w.lower() in _TITLES for w in words.split())


def is_person(name: str) -> bool:
    """A name that starts with a common first name ("Elon Musk", "Jean-Luc Mélenchon")."""
    words = _words(name)
    return len(words) >= 2 and _is_first_name(words[0])


def is_organisation(name: str) -> bool:
    """An organisation or publication (worth searching for a document), not a person.

    Acronyms (AFP, INSEE), names with an organisation word (Goldman Sachs Research, Wall Street
    Journal, Banque de France) and one-word names (Microsoft, SoftBank) count; "Firstname
    Lastname" does not.
    """
    words = _words(name)
    if not words:
        return False
    if any(w.lower() in _ORGANISATION_WORDS for w in words):
        return True
    if any(len(w) >= 2 and w.isupper() for w in words):
        return True
    return len(words) == 1 or words[0].lower() not in _FIRST_NAMES


def _fold(text: str) -> str:
    """Case, accents and punctuation gone; an elided article too ("L'Equipe" is "Equipe")."""
    text = re.sub(r"(?<!\w)[lLdD]['’]\s*(?=\w)", "", text)
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join(re.findall(r"\w+", "".join(c for c in decomposed if c.isalnum() or c == " ")))


def same_party(a: str, b: str) -> bool:
    """Whether two names designate the same party: one's words contain the other's."""
    left, right = _fold(a), _fold(b)
    if not left or not right:
        return False
    return f" {left} " in f" {right} " or f" {right} " in f" {left} "
