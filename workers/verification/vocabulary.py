"""Word tables for the shared French/English token space: lemma groups, weak words, stopwords."""

GROUPS = {
    "invest": "investir investit investira investiront investirait investi investissent "
    "investissement investissements injecter injectera injecteront injecte injection "
    "investment investments invested investing invests deploy deploying deployed "
    "deployer put puts",
    "billion": "milliard milliards",
    "job": "emploi emplois poste postes jobs job",
    "worker": "salarie salaries employe employes travailleur travailleurs workers worker "
    "employees employee staff",
    "chip": "puce puces processeur processeurs processor processors chips chip semi-conducteur "
    "semi-conducteurs semiconductor semiconductors",
    "chair": "president presidente presidera chairman chair chairs chairwoman presider presidence",
    "demand": "consommation consumption demande demand",
    "power": "electrique electricite electricity electric energie energy power",
    "build": "construction construire construira construiront construit batir build builds "
    "building built erect",
    "start": "demarre demarrer demarrera demarrage commence commencer commencera debut "
    "start starts started begin begins began lancer lance lancement launch launched "
    "launches",
    "announce": "annonce annoncer annonces annoncee annonca announce announced announcement "
    "announcements unveil unveiled devoile",
    "partner": "partenaire partenaires partenariat partner partners partnership",
    "technology": "technologique technologiques technologie technologies technique techniques "
    "technology technical tech",
    "fund": "fonds fund funds",
    "equity": "capital equity actionnaire actionnaires shareholder shareholders stake",
    "join": "participe participer participera rejoint rejoindre joins join joined aux cotes",
    "responsibility": "responsabilite responsabilites responsibility responsibilities "
    "responsible responsable",
    "financial": "financiere financier financieres financial",
    "operational": "operationnelle operationnel operational operations",
    "deliver": "livrer livrera livraison deliver delivers delivered ready",
    "spend": "depenser depensera depenses depense spend spending spent",
    "pledge": "promis promettre promet promettent engage engagement pledge pledged promise "
    "promised commit committed commitment",
    "create": "creer creera creeront creation cree create created creating creates",
    "unemployment": "chomage unemployment jobless",
    "sale": "ventes vente sales sale",
    "export": "exportations exportation exports export",
    "import": "importations importation imports import",
    "debt": "dette dettes debt",
    "gdp": "pib gdp",
    "city": "ville city town",
    "people": "habitants habitant inhabitants inhabitant population residents personnes "
    "personne people spectateurs spectators attendees visiteurs visiteur visitors "
    "visitor manifestants protesters",
    "museum": "musee museum",
    "passenger": "passagers passenger passengers",
    "carry": "transporte transporter carried carry carries",
    "government": "gouvernement government",
    "release": "debloque debloquer alloue allouer released release allocated allocate",
    "school": "ecoles ecole school schools",
    "hospital": "hopitaux hopital hospital hospitals",
    "factory": "usine usines factory factories plant plants",
    "employ": "emploiera emploie employer employ employs employed embaucher embauche hire "
    "hires hiring recruter",
    "company": "groupe entreprise entreprises societe firm firms company companies",
    "cut": "supprime supprimer suppression suppressions cut cuts layoffs licenciements",
    "attend": "attire attirer assiste assister attended attend attending",
    "seat": "places place seats seat capacity capacite accueillir",
    "ticket": "ticket tickets billet billets",
    "cost": "prix price cout couter coutera coute costs cost",
    "km": "kilometres kilometre kilometers kilometer km",
    "length": "mesurera mesure long longueur length",
    "revenue": "revenue revenues turnover",
    "profit": "benefice benefices profit profits earnings netincome",
    "fiscal": "exercice fiscal",
    "protest": "manifeste manifester manifestation manifestations protest protests marched "
    "march rally",
    "injured": "blesses blessees blesse injured wounded",
    "household": "menages menage households household",
    "affected": "concernes concernees concerne affected",
    "vaccine": "vaccin vaccins vaccine vaccines",
    "efficacy": "efficacite efficace efficacy effective",
    "emission": "emissions emission",
    "fall": "baisse baisser baisses fell fall falls drop drops dropped decline declined "
    "recul reculer recule diminution reduction tombe tomber chute chuté decrease decreased "
    "decreasing decreases declines declining dips dipped falling plunged plunge plunges "
    "plummeted plummet tumbled slumped sank shrank shrunk lowered reduced plonge degringole "
    "effondre baisse diminue diminuer lower inferieur inferieure inferieurs reculé "
    "diminuera diminuent perdu lost loses fallen",
    "rise": "hausse hausses rise rose risen increase increased grow growth progresse "
    "progression augmentation augmente augmenter croissance croitre croitra increases "
    "increasing rising rises grew "
    "grown grows soared soar soars surged surge jumped jump climbed climb envole envolee "
    "bondi bondit grimpe grimper flambe higher superieur superieure superieurs multiplie "
    "multiplication augmentera augmentent gagne gained gains",
    "hour": "heure heures hour hours",
    "tax": "impot impots tax taxes",
    "save": "economiser economie save saves saving savings",
    "loss": "pertes perte losses loss",
    "deal": "accord deal agreement",
    "own": "propre own detient detenir owns owned",
    "vote": "voix votes voters vote electeurs",
    "support": "soutien soutenu recueilli backed back supports",
    "engineer": "ingenieurs ingenieur engineers engineer",
    "tree": "arbres arbre trees tree",
    "plant": "plante planter planted",
    "car": "voitures voiture vehicules vehicule cars car vehicles vehicle",
    "produce": "produit produire production produced produce",
    "ai": "ia ai",
    "infrastructure": "infrastructures infrastructure",
    "new": "nouveau nouvelle nouveaux nouvelles new",
    "first": "premier premiere first",
    "initial": "initial initiale initiales initially initialement",
    "project": "projet projets project projects",
    "expect": "prevoit prevoir prevu prevue devrait devraient expects expected expect "
    "forecast forecasts estime estimates estimate intends intend aims plans plan "
    "projette",
    "reach": "atteint atteindre atteindra atteignent reached reach reaches totals total "
    "eleve stood stands",
    "say": "selon said says affirme declare according",
    "line": "ligne lignes line lines",
    "metro": "metro subway underground",
    "region": "region regions regional regionale",
    "ministry": "ministere ministry",
    "deficit": "deficit deficits",
    "public": "public publique publics publiques",
    "inflation": "inflation",
    "price": "tarif tarifs",
    "team": "equipe equipes team teams",
    "design": "concevoir conception design designed designs designer designers",
    "budget": "budget budgets",
    "borrow": "emprunte emprunter borrowed borrow",
    "worth": "vaut valeur worth valued value dote dotee",
    "valuation": "valorisation valuation",
    "minimumwage": "minimumwage",
    "work": "travaux travail chantier chantiers works work",
    "country": "pays country countries nation nations",
    "stadium": "stade stades stadium stadiums arena",
    "founder": "fondateur fondateurs fondatrice fondatrices founding founder founders fonde "
    "founded",
    "year": "an ans annee annees year years yearly annual annuel annuelle",
    "share": "represente representera representer represent represents account accounts part "
    "parts share",
    # Common news vocabulary, French and English: no small offline bilingual word list is
    # packaged on PyPI (translation packages download models at run time), so the shared
    # space is written here; cognates outside it are caught by analysis._cognate.
    "asylum": "asile asylum",
    "applicant": "demandeur demandeurs demandeuse applicant applicants seeker seekers",
    "benefit": "allocation allocations aide aides prestation prestations benefit benefits "
    "allowance allowances",
    "wage": "salaire salaires paie paycheck paychecks wage wages pay remuneration",
    "weekly": "hebdomadaire hebdomadaires weekly",
    "monthly": "mensuel mensuelle mensuels monthly",
    "family": "famille familles family families foyer foyers",
    "child": "enfant enfants child children kids",
    "death": "mort morts deces death deaths died dead tues killed",
    "case": "cas case cases",
    "medal": "medaille medailles medal medals",
    "title": "titre titres title titles gold",
    "refugee": "refugie refugies refugee refugees",
    "rate": "taux rate rates",
    "world": "monde mondial mondiale mondiaux world global worldwide",
    "european": "europeen europeenne europeens europe european",
    "minister": "ministre ministres minister ministers secretary",
    "market": "marche marches market markets",
    "stock": "action actions bourse stock stocks shares",
    "investor": "investisseur investisseurs investor investors",
    "result": "resultat resultats result results",
    "quarter": "trimestre trimestres quarter quarters",
    "week": "semaine semaines week weeks",
    "day": "jour jours journee day days",
    "record": "record records",
    "health": "sante health",
    "disease": "maladie maladies disease diseases illness",
    "measles": "rougeole measles",
    "temperature": "temperature temperatures",
    "warming": "rechauffement warming",
    "climate": "climat climatique climate",
    "carbon": "carbone carbon",
    "oil": "petrole oil brut crude",
    "gas": "gaz gas",
    "law": "loi lois law laws bill bills",
    "rule": "regle regles rule rules reglement regulation",
    "ban": "interdire interdit interdira interdiction ban bans banned",
    "drive": "conduire conduite drive driving",
    "night": "nuit nuits night nights",
    "pensioner": "retraite retraites pensioner pensioners retiree retirees",
    "pension": "pension pensions",
    "income": "revenu revenus income incomes",
    "wealth": "richesse richesses fortune wealth",
    "rich": "riche riches rich wealthy",
    "poverty": "pauvrete poverty pauvre pauvres poor",
    "police": "police policier policiers officer officers",
    "military": "militaire militaires armee military army",
    "war": "guerre war",
    "election": "election elections scrutin",
    "poll": "sondage sondages poll polls",
    "donation": "don dons donation donations donne donated donate",
    "watchlist": "surveillance watch",
    "terrorist": "terroriste terroristes antiterroriste terrorist terrorism",
    "american": "americain americaine americains americaines american americans",
    "british": "britannique britanniques british uk",
    "french": "francais francaise francaises french",
    "consumption": "consomme consommer consumed consume consumes",
    "cloud": "cloud nuage",
    "network": "reseau reseaux grid network networks",
    "connection": "raccordement raccordements connection connections interconnection",
    "wait": "attente attendre attendent wait waits waiting",
    "photo": "photo photos photograph image images",
    "video": "video videos",
    "post": "publication publications post posts",
    # The verbs and nouns fact-checks restate claims with ("a video shows", "threatened to").
    "show": "montre montrent montrant montrer montrait show shows showing showed shown",
    "threaten": "menace menaces menacer menacent menacait threaten threatens threatened "
    "threatening threat threats",
    "send": "envoye envoyes envoyee envoyer envoie envoient sent send sends sending",
    "troop": "soldat soldats troupe troupes troop troops soldier soldiers",
    "cure": "guerit guerir guerison cure cures cured",
    "urge": "appele appelle appellent exhorte urged urge urges called",
    "surrender": "capituler capitule capitulation surrender surrendered",
    "arrest": "arrestation arrestations arrete arretes interpelle arrest arrests arrested",
    "1": "one",
    "2": "two deux",
    "3": "three trois",
    "4": "four quatre",
    "5": "five cinq",
    "6": "six",
    "7": "seven sept",
    "8": "eight huit",
    "9": "nine neuf",
    "10": "ten dix",
}
LEXICON: dict[str, str] = {word: lemma for lemma, words in GROUPS.items() for word in words.split()}

# Low-information words: they count for little when judging whether two texts talk
# about the same thing (every figure "reaches", "falls", is "expected").
WEAK = {
    "expect",
    "reach",
    "say",
    "fall",
    "rise",
    "new",
    "first",
    "will",
    "would",
    "could",
    "total",
    "make",
    "take",
    "year",
    "ans",
    "an",
    "annee",
    "annees",
    "worth",
    "plan",
    "own",
    "support",
    "next",
    "prochaine",
    "prochaines",
    "four",
    "quatre",
    "last",
    "dernier",
}

STOPWORDS = frozenset(
    str.split(
        "a an the of to in on at for by with from and or but as is are was were be been being it "
        "its this that these those which who whom will would could should can may might has have "
        "had do does did not no nor than then so such their there they them he she his her we our "
        "you your i me my about over into out up down also just only more most some any each per "
        "le la les l un une des du de d et ou mais que qu qui quoi dont ce cet cette ces se sa "
        "son ses leur leurs en au aux par pour sur dans avec sans sous entre vers chez ne pas "
        "plus moins tres est sont etait etaient sera seront ete etre avoir ont avait il elle ils "
        "elles nous vous y s c j n m t lors afin ainsi aussi deja tout tous toute toutes autre "
        "autres meme after apres avant before since depuis while tandis alors cela ceci lui eux "
        "tant ici"
    )
)


# News events read only by the same-fact reading (restatement.py): the claim and its source
# often sit on two sides of the language line ("séisme" / "earthquake", "évacuée" /
# "evacuated"). Kept out of LEXICON: there they made more passages look like the claim's
# measure to the figure paths, which then refuted true claims by other figures of the page
# (pooled real-text sets: 10 more wrong refutations). A word LEXICON already maps keeps its
# lemma: listed here under another group it would rename that whole group.
EVENT_GROUPS = {
    "death": "mort morts morte mortes deces decede decedes death deaths died dead tue tues tuee "
    "tuees killed kill kills killing fatalities perished",
    "earthquake": "seisme seismes tremblement earthquake earthquakes quake quakes secousse "
    "secousses tremor tremors",
    "fire": "incendie incendies feu feux wildfire wildfires fire fires blaze blazes",
    "heatwave": "canicule canicules heatwave heatwaves",
    "heat": "chaleur heat",
    "evacuate": "evacue evacuee evacuees evacues evacuer evacuation evacuations evacuated "
    "evacuate evacuating",
    "publish": "publie publiee publies publiees publier published publishes publish",
    "birth": "naissance naissances birth births",
    "list": "liste listes list lists",
    "cross": "traverse traverser traversee traversees crossed cross crossing crossings",
    "beat": "battu battue battus battre bat beat beaten defeated defeat vaincu",
    "moon": "lune moon lunar lunaire",
    "second": "deuxieme second seconde",
    "third": "troisieme third",
    "earn": "rapporte rapporter rapportait rapporterait earned grossed generated",
    "join": "participe participer participera rejoint rejoindre joins join joined joint jointe "
    "jointes joints",
    "hospital": "hopital hopitaux hospital hospitals",
    "arrest": "arrete arretee arretes interpelle interpelles arrested arrest arrests detained",
    "elect": "elu elue elus elected elect",
    "win": "remporte remporter remportent victoire won win wins victory",
    "sign": "signe signee signer signature signed sign signs",
    "approve": "approuve approuvee approuver approval approved approve autorise authorised "
    "authorized",
    "postpone": "reporte reportee report reporter postponed postpone delayed delay",
    "record": "record records historique historic historical",
    "low": "bas basse low lowest",
    "number": "nombre nombres number numbers",
    "unemployment": "chomeur chomeurs chomage unemployed unemployment jobless",
    "wait": "attente attendre attendent attendaient attendait wait waits waiting waited",
    "build": "batiment batiments immeuble immeubles",
    "depth": "profondeur depth deep",
    "storm": "tempete tempetes storm storms",
    "municipality": "commune communes municipality municipalities",
    "housing": "logement logements housing home homes dwelling dwellings",
    "boat": "embarcation embarcations bateau bateaux boat boats",
    "treatment": "traitement traitements treatment treatments",
    "registered": "inscrit inscrits inscrite inscrites registered",
    "protest": "defile defiler defilent manifeste manifestent manifestation manifestations "
    "marched march protest protests",
    "sell": "vendu vendus vendue vendues vend vendent vendre sold sell sells",
    "loan": "pret prets loan loans",
    "provide": "fourni fournir fournit provided provide provides providing",
}
