"""Text similarity between a citizen's task suggestions/CV and a seat's title/description.

Citizens and seats are embedded in separate calls (often in separate processes, months apart),
so an :class:`Embedder` is *stateless*: it is fully defined by its parameters and a built-in
vocabulary, and needs no fitting on any dataset. Each text becomes one L2-normalised ``float32``
row; the cosine similarity of two texts is the dot product of their rows, so the pair features
can compare millions of pairs with one vectorised gather-and-dot.

Three channels, combined per approach (see :data:`APPROACHES`):

``char``
    Character n-grams (3-5, within word boundaries) of the content words, hashed with signed
    MurmurHash3 straight into the output dimensions (a fixed sparse random projection). Robust
    to inflection ("rengøring"/"rengøre"), compounds ("lagermedhjælper"/"lager") and typos.
``word``
    Light Danish stemming ("sorteringen" → "sorter") plus compound splitting against a small
    vocabulary of work-domain stems ("varemodtagelse" → "vare" + "modtag"), hashed.
``concept``
    A built-in Danish work-domain lexicon mapping stems, compounds, chain names and a few
    phrases ("gøre rent", "vaske op", "slå græs") to concepts, and each concept to the task
    areas it belongs to. This is what bridges synonyms that share no letters
    ("kassedame"/"ekspedient", "opvask"/"køkken", "chauffør"/"kørsel").

All channels share one Danish normalisation (:func:`normalise`): Unicode NFKC, lower case,
æ/ø/å folded to ae/oe/aa so that texts from systems without Danish letters compare equal, digits
dropped, and *negated clauses* ("ønsker ikke rengøring", "ingen kundekontakt") dropped, because
a wish *not* to do something must not count as similarity. Stop words are dropped and generic
work words ("medarbejder", "arbejde", "opgaver") down-weighted, which is the stateless stand-in
for inverse document frequency.

The default approach (``char+concept``, 256 dims) was chosen by measurement on 300 hand-labelled
Danish pairs in ``tests/features/data/similarity_pairs.jsonl`` (``python -m
benchmarks.similarity_quality --split holdout``; the 97 holdout pairs were written before the
lexicon was tuned on the 203 dev pairs):

============  ========  =====  =====  ========
approach      spearman  auc    mrr    pool_mrr
============  ========  =====  =====  ========
char          0.635     0.917  0.933  0.872
word          0.518     0.822  0.900  0.772
concept       0.834     0.981  0.922  0.880
char+concept  0.853     0.988  1.000  1.000
word+concept  0.829     0.981  1.000  1.000
============  ========  =====  =====  ========

Character n-grams alone confuse shared letters with shared work ("kontor" in "rengøring af
kontorer"); the concept lexicon alone is blind to words it lacks; together each covers the
other's gap. Throughput is ~20,000 short texts/s and ~5,000 CV-length texts/s on one core.

Examples
--------
>>> emb = default_embedder()
>>> v = emb.transform(["Rengøring og opvask", "Gøre rent, vaske op", ""])
>>> v.shape == (3, emb.dim) and v.dtype == np.float32
True
>>> bool(v[0] @ v[1] > 0.5), float(v[2] @ v[2])
(True, 0.0)
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Final

import numpy as np
import scipy.sparse as sp
from numpy.typing import NDArray
from sklearn.feature_extraction import FeatureHasher
from sklearn.feature_extraction.text import HashingVectorizer

from features.vocabulary import TASK_AREAS

FloatMatrix = NDArray[np.float32]

# --------------------------------------------------------------------------------------------
# Danish normalisation
# --------------------------------------------------------------------------------------------

_FOLD: Final[dict[str, str]] = {
    "æ": "ae",
    "ø": "oe",
    "å": "aa",
    "ä": "ae",
    "ö": "oe",
    "é": "e",
    "è": "e",
    "ü": "u",
}
_FOLD_TABLE: Final = str.maketrans(_FOLD)
#: Clause boundaries: punctuation, line breaks and the contrastive "men" ("ikke lager, men
#: kontor") end the reach of a negation. A slash does not: "ikke rengøring/køkken" negates both.
_CLAUSE_SPLIT: Final = re.compile(r"[.;:!?,()\[\]\n\r\t•·–—]+|\s-\s|\bmen\b")
_TOKEN: Final = re.compile(r"[a-z]+")


def fold(text: str) -> str:
    """Lower-case ``text`` and fold Danish letters to ASCII digraphs (``"Køkken"`` → ``"koekken"``).

    Folding (rather than stripping) keeps the letters' information while letting text typed
    without æ/ø/å ("rengoering", "haandvaerker") meet text typed with them.
    """
    folded = unicodedata.normalize("NFKC", text).lower()
    if folded.isascii():
        return folded
    return folded.translate(_FOLD_TABLE)


#: Negation cues. Everything after a cue up to the end of its clause is dropped.
NEGATION_CUES: Final[frozenset[str]] = frozenset(
    fold(w)
    for w in (
        "ikke",
        "ingen",
        "intet",
        "aldrig",
        "uden",
        "undgå",
        "undgås",
        "undgår",
        "fravalgt",
        "fravælger",
        "ej",
    )
)


def clauses(text: str) -> list[list[str]]:
    """Split ``text`` into clauses of normalised tokens, with negated parts removed.

    Digits vanish here (tokens are letter runs only), so years and ages in a CV do not make two
    texts similar.

    >>> clauses("Ønsker ikke rengøring. Kantine og opvask 2001-2009, men ikke kasse")
    [['oensker'], ['kantine', 'og', 'opvask']]
    """
    out: list[list[str]] = []
    for part in _CLAUSE_SPLIT.split(fold(text)):
        tokens = _TOKEN.findall(part)
        if not NEGATION_CUES.isdisjoint(tokens):
            tokens = tokens[: min(tokens.index(cue) for cue in NEGATION_CUES if cue in tokens)]
        if tokens:
            out.append(tokens)
    return out


def normalise(text: str) -> str:
    """The text the channels see: folded, digits and negated clauses dropped, one space apart.

    >>> normalise("Lagerarbejde (ikke truck). Kørte for PostNord 2015!")
    'lagerarbejde koerte for postnord'
    """
    return " ".join(tok for clause in clauses(text) for tok in clause)


def _words(text: str) -> list[str]:
    """Whitespace-separated words of a literal word list (keeps long lists readable)."""
    return text.split()


def _folded(words: Iterable[str]) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


#: Words with no content for matching (weight 0).
STOP_WORDS: Final[frozenset[str]] = _folded(
    _words(
        """
        og i af at til på med for som er var en et den det de der har havde have kan kunne vil
        ville skal skulle må gerne også samt eller ved om fra under over efter før hvor hvis
        når så meget godt god gode lidt mere mest alle andre anden andet nogle noget kun bl fx
        f eks evt mv osv etc ca år års måned måneder mdr uge uger ugen timer time t dag dage
        periode perioden siden jeg mig min mit mine han hun ham hende hans hendes sin sit sine
        hun vedkommende borger borgeren borgers denne dette disse sig selv ind ud op ned inden
        indtil nu tidligere senest cirka ønsker ønske ønsket interesse interesseret
        interesseres kunne lide lyst motiveret motivation trives trivedes pga grund pr samme
        blandt andet mellem mod igennem gennem hos både enten hver hele helt rigtig rigtigt
        særligt især evne evner fast faste men dog
        """
    )
)

#: Generic work words: they say "a job" but not which job; down-weighted to
#: :data:`GENERIC_WEIGHT`. Also used as compound heads ("lager|medhjælper").
GENERIC_WORDS: Final[frozenset[str]] = _folded(
    _words(
        """
        arbejde arbejder arbejdet arbejdsopgaver opgave opgaver opgaverne job jobbet jobs
        stilling stillingen medarbejder medarbejdere medhjælper medhjælpere hjælper hjælpere
        assistent assistenter ansat ansættelse ansættelser erfaring erfaringer praktik
        praktikken virksomhedspraktik løntilskud fleksjob uddannet uddannelse kursus kurser
        forskellige diverse generelt almindelige almindeligt funktion funktioner ansvar
        ansvarlig kollega kolleger kolleger team hjælp hjælpe hjælpes elev lærling afdeling
        afdelingen område området områder firma firmaet virksomhed virksomheden sted stedet
        arbejdsplads arbejdspladsen mulighed muligheder let lette lettere tunge tungt løft
        løfte timers dagvagt dagtimer
        """
    )
)
GENERIC_WEIGHT: Final[float] = 0.3

#: Generic heads split off compounds so that "lagermedhjælper" is mostly "lager".
_GENERIC_HEADS: Final[tuple[str, ...]] = tuple(
    sorted(
        _folded(
            _words(
                """
                medarbejder medarbejdere medhjælper medhjælpere hjælper assistent assistenter
                arbejde arbejder arbejdet opgaver ansvarlig
                """
            )
        ),
        key=len,
        reverse=True,
    )
)


def token_weight(token: str) -> float:
    """Weight of a token in the hashed channels: 0 for stop words, low for generic work words."""
    if token in STOP_WORDS or len(token) < 2:
        return 0.0
    if token in GENERIC_WORDS:
        return GENERIC_WEIGHT
    return 1.0


@functools.lru_cache(maxsize=200_000)
def split_generic_head(token: str) -> tuple[tuple[str, float], ...]:
    """Split a compound with a generic head into weighted parts.

    >>> split_generic_head("lagermedhjaelper")
    (('lager', 1.0), ('medhjaelper', 0.3))
    >>> split_generic_head("rengoeringsassistent")
    (('rengoering', 1.0), ('assistent', 0.3))
    """
    for head in _GENERIC_HEADS:
        if token.endswith(head) and len(token) - len(head) >= 3:
            modifier = token[: -len(head)]
            # Danish linking -s- ("rengørings|assistent") belongs to neither part.
            if modifier.endswith("s") and len(modifier) > 4:
                modifier = modifier[:-1]
            return ((modifier, token_weight(modifier)), (head, GENERIC_WEIGHT))
    return ((token, token_weight(token)),)


def weighted_terms(text: str) -> dict[str, float]:
    """Content terms of ``text`` with sublinear term-frequency weights ``w · (1 + ln count)``.

    >>> {t: round(w, 2) for t, w in weighted_terms("Lagermedhjælper. Lager og pakning").items()}
    {'lager': 1.69, 'medhjaelper': 0.3, 'pakning': 1.0}
    """
    return _terms_of(clauses(text))


def _terms_of(text_clauses: Sequence[Sequence[str]]) -> dict[str, float]:
    counts: Counter[str] = Counter()
    weights: dict[str, float] = {}
    for clause in text_clauses:
        for token in clause:
            for part, w in split_generic_head(token):
                if w > 0:
                    counts[part] += 1
                    weights[part] = w
    return {t: weights[t] * (1.0 + math.log(c)) for t, c in counts.items()}


# --------------------------------------------------------------------------------------------
# Light Danish stemming and compound splitting (the "word" channel)
# --------------------------------------------------------------------------------------------

_SUFFIXES: Final[tuple[str, ...]] = tuple(
    sorted(
        _words(
            """
            hedens heden heder heds hed ingerne ingens ingen inger ing ningerne ningens ningen
            ninger ning elserne elsen elser else eriet erier eri ernes erne enes ende ene ede
            ens ers ets er en et es e s
            """
        ),
        key=len,
        reverse=True,
    )
)
_VOWELS: Final[frozenset[str]] = frozenset("aeiouy")


@functools.lru_cache(maxsize=200_000)
def stem(token: str) -> str:
    """A light Danish stem: strip one inflectional/derivational suffix, undouble the last consonant.

    Deliberately aggressive on "-ing"/"-ning"/"-eri" so that the noun and the verb of a task
    meet ("sortering"/"sortere" → "sorter", "pakning"/"pakke"/"pakkeri" → "pak").

    >>> [stem(w) for w in ("sorteringen", "sortere", "pakkeri", "pakke", "rengoering", "rengoere")]
    ['sorter', 'sorter', 'pak', 'pak', 'rengoer', 'rengoer']
    """
    word = token
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            rest = word[: -len(suffix)]
            if suffix == "s" and rest[-1] in _VOWELS:
                continue
            word = rest
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in _VOWELS:
        word = word[:-1]
    return word


# --------------------------------------------------------------------------------------------
# The work-domain concept lexicon (the "concept" channel)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Concept:
    """One work-domain concept of the built-in lexicon.

    Parameters
    ----------
    areas
        Task areas (``TASK_AREAS``) the concept belongs to; two texts with different concepts
        of the same area are still somewhat similar through them.
    terms
        Danish surface forms, whitespace separated. ``stem`` matches a token that starts with
        it; ``*stem`` also matches inside a compound ("skole|køkken"); ``^stem`` never does;
        ``=word`` matches only the whole token; ``-stem`` excludes tokens starting with it
        ("vare" but not "varetage") and ``-word=`` the whole token only. Stems of 6+ letters
        match inside compounds unless marked ``^``.
    phrases
        Regular expressions over the normalised (folded) text for multi-word expressions
        ("gøre rent", "vaske op").
    weight
        Relative weight; licences and company names weigh less than stated tasks.
    """

    areas: tuple[str, ...]
    terms: str
    phrases: tuple[str, ...] = ()
    weight: float = 1.0


#: The lexicon. Written from how Danish job ads, CVs and job-centre case notes name work,
#: not from any one dataset.
CONCEPTS: Final[dict[str, Concept]] = {
    # --- shop / retail ---
    "shelf_filling": Concept(
        ("shop", "warehouse"),
        "opfyld *opfyldning *opfylder hylde *hylder *hyldeopfyldning fyldning reol *reoler "
        "*koeledisk *frostdisk",
        (r"\bfyld\w*( \w+){0,3} op\b", r"\bvarer\w* paa plads\b", r"\bsaette\w* varer\b"),
    ),
    "goods": Concept(
        ("shop", "warehouse"),
        "vare *varer *varemodtag *varebestilling *varehus *dagligvare -varetag -varig -varm "
        "sortiment",
        weight=0.7,
    ),
    "cashier": Concept(
        ("shop",),
        "kasse *kassemedarbejder *kassedame *kasseassistent *kasseekspedient =kassen "
        "*selvbetjening =kasserer -kassere -kasserede betal",
    ),
    "shop_floor": Concept(
        ("shop",),
        "*butik *butikken *butiks *detail supermarked *supermarked ekspedient *ekspedient "
        "*kassedame *kassemedarbejder *kasseassistent *kasseekspedient "
        "ekspeder salg *salgs *salget sælg =saelger =kiosk kiosk tankstation *tankstation "
        "*discount *byggemarked *isenkram",
    ),
    "price_label": Concept(
        ("shop",),
        "prismærk *prismaerk *prisskilt skilt *etiket *etiketter *skiltning mærkning *maerkning",
    ),
    "retail_chain": Concept(
        ("shop",),
        "=netto =føtex =fotex =rema =brugsen =superbrugsen =dagli =kvickly =bilka =fakta =lidl "
        "=aldi =meny =spar =lovbjerg =coop =salling =matas =normal =jysk =elgiganten =power "
        "=harald =nyborg =silvan =bauhaus =xl =jem =fix =søstrene =grene =tiger =hm =zara "
        "=bahne =imerco =rosengaarden *superbrugsen",
        weight=0.5,
    ),
    "bakery_deli": Concept(
        ("shop", "kitchen"),
        "bager *bageri *bagerafdeling slagter *slagter *delikatesse deli *frugt *grønt *groent",
        weight=0.8,
    ),
    # --- warehouse / logistics ---
    "warehouse": Concept(
        ("warehouse",),
        "lager *lager *lagre lagerist *lagerarbejd *lagerist logistik *logistik "
        "*distributionscenter *centrallager terminal *terminal",
    ),
    "picking": Concept(
        ("warehouse",),
        "pluk *pluk *plukke *plukning *ordrepluk ordre *ordre *forsendelse *vareudlevering "
        "*udlevering *ekspedition *ekspeditionen",
        weight=0.9,
    ),
    "goods_in": Concept(
        ("warehouse", "shop"),
        "*varemodtag modtag *modtagelse *aflæs *aflaes *paalæs *paalaes *indlevering "
        "*optælling *optaelling *lageroptaelling *status",
        (r"\btag\w* imod varer\b", r"\blosse\w*\b"),
        weight=0.8,
    ),
    "packing": Concept(
        ("warehouse", "production"),
        "pak *pakke *pakker *pakket *pakning *pakkeri *indpak *ompak *emballer *emballage "
        "-pakistan",
    ),
    "sorting": Concept(
        ("warehouse", "cleaning"),
        "sorter *sorter *sortering *sorterer *returvare *retur *returflask *pant",
    ),
    "forklift": Concept(
        ("warehouse", "transport"),
        "truck *truck *gaffeltruck *truckcertifikat *truckkoerekort *palleloefter "
        "*stabler *reachtruck palle *palle *paller",
    ),
    # --- kitchen / canteen / waiter ---
    "kitchen": Concept(
        ("kitchen", "canteen"),
        "koekken *koekken *koekkenet *storkoekken *produktionskoekken kok *kokke =kokken "
        "*kokkeelev *koekkenmedhjaelper *koekkenassistent *ernaering *ernaerings *gastronom "
        "*catering *smoerrebroed",
    ),
    "cooking": Concept(
        ("kitchen", "canteen"),
        "madlavning *madlavning mad *madpakke *maden -madras tilbered *tilberedning anret "
        "*anretning *anretter skrael *skraelle *skraelning snitte *snitning *salat *salater "
        "grill *grill bag *bagning *bagvaerk *kage *kager *broed *frokost *morgenmad "
        "*aftensmad *middagsmad *suppe *sovs *koed *groentsag *opskrift",
        (r"\blave\w* mad\b", r"\blavede mad\b", r"\bsmoer\w* (mad|brød|broed)\b"),
    ),
    "dishwashing": Concept(
        ("kitchen", "canteen", "cleaning"),
        "opvask *opvask *opvasker *opvaskemaskine *opvaskeren *opvasken *grydevask *servicevask",
        (r"\bvask\w* op\b", r"\bvaske\w* service\b"),
    ),
    "canteen": Concept(
        ("canteen", "kitchen"),
        "kantine *kantine *kantinen *frokostordning *buffet *personalekantine *kaffe "
        "*cafeteria *cafe *cafeen *kiosk",
    ),
    "food_hygiene": Concept(
        ("kitchen", "canteen"),
        "*hygiejnebevis *foedevarehygiejne *hygiejnekursus *egenkontrol",
        weight=0.6,
    ),
    "serving": Concept(
        ("waiter", "canteen"),
        "tjener *tjener *servering *servere *serverer *serveret servitrice *servitrice "
        "opvarter *opvartning *bartender =bar *baren *barmedarbejder afrydning *afrydning "
        "*restaurant *restauranten *bespisning gaester *gaester *gaesterne",
        (r"\bdaekke\w* bord\w*\b", r"\bdaekke\w* op\b", r"\brydde\w* af\b", r"\bdaekning\b"),
    ),
    "hotel": Concept(
        ("service", "cleaning", "waiter"),
        "hotel *hotel *hotellet *hotelvaerelse *vaerelse *vaerelser *housekeeping "
        "*stuepige *reception *receptionist *konference *kro =kroen *vandrerhjem *camping",
        weight=0.9,
    ),
    # --- cleaning / laundry ---
    "cleaning": Concept(
        ("cleaning",),
        "rengoer *rengoer *rengoering *rengoeringen *rengoeringsassistent rengjort renhold "
        "*renholdelse *rengoert *puds *vinduespuds *vinduespudser stoevsug *stoevsug "
        "*stoevsugning gulv *gulvvask *gulve moppe *moppe *aftoer *aftoerring "
        "*toiletter *toilet *sanitet *desinfic *afkalk *oprydning *ryddelig *servicemedarbejder",
        (
            r"\bg(oe|jo)r\w* rent\b",
            r"\bgjorde rent\b",
            r"\brydde\w* op\b",
            r"\btoer\w* stoev\b",
            r"\bvask\w* gulv\w*\b",
        ),
    ),
    "laundry": Concept(
        ("cleaning", "service"),
        "vaskeri *vaskeri *toejvask *linned *linnedrum *strygning *stryge *sammenlaegning "
        "*rulning *tekstilservice *handklaeder",
        (r"\blaeg\w* toej\w* sammen\b", r"\bvask\w* toej\w*\b"),
    ),
    "waste": Concept(
        ("cleaning", "janitor"),
        "affald *affald *skrald *skraldespand *renovation *genbrugsplads *containerplads "
        "*affaldssortering *tomme",
        weight=0.8,
    ),
    # --- janitor / maintenance ---
    "janitor": Concept(
        ("janitor", "maintenance"),
        "pedel *pedel *pedellen *vicevaert *vicevaerten *ejendomsservice *ejendomsfunktionaer "
        "*ejendom *gaardmand *gaardmaend *altmuligmand *handyman *teknisk *servicetekniker "
        "*driftsmedarbejder *drift *viceinspektoer =halmand *halinspektoer *inspektoer",
    ),
    "repair": Concept(
        ("maintenance", "janitor"),
        "vedligehold *vedligehold *vedligeholdelse reparation *reparation *reparere "
        "*reparerer *repareret *istandsaet *istandsaettelse *montering *monter *montoer "
        "*udskift *fejlfind *vaerktoej",
        weight=0.9,
    ),
    "crafts": Concept(
        ("maintenance",),
        "maler *maler *maling =male tomrer *toemrer *snedker *murer smed *klejnsmed *grovsmed "
        "*elektriker *vvs *blikkenslager *haandvaerk *haandvaerker *haandvaerksmaessig "
        "*tagdaek *flise *fliser *gulvlaegger",
    ),
    "vehicles": Concept(
        ("maintenance", "transport"),
        "mekaniker *mekaniker *autoværksted *autovaerksted *bilmekaniker *cykelmekaniker "
        "*cykelvaerksted *cykel *cykler daek -daekk *daekskift *bilvask *vaskehal *autolakering "
        "*vaerksted *vaerkstedet",
        weight=0.9,
    ),
    # --- gardening / outdoor ---
    "gardening": Concept(
        ("gardening",),
        "gartner *gartner *gartneri *anlaegsgartner have -have= -havet= *havearbejde "
        "*haveservice *haveanlaeg *haveejer *haverne *grønne *groenne *beplantning "
        "*plantning plante *planter *plantage *ukrudt luge *lugning *hæk *haek *haekklip "
        "*blomst *blomster *drivhus *planteskole *kirkegaard *kirkegaarde *parkarbejd "
        "=park =parker =parken *parkafdeling *skov *skovarbejd *naturpleje *bed =bede *bedene "
        "*grus *fejning *blade *loev -parkering",
        (r"\bgroenne omraad\w*\b", r"\brive\w* (blade|loev)\b"),
    ),
    "lawn": Concept(
        ("gardening",),
        "graes *graes *graesslaan *graesplaene *plaene *plaener *plaeneklipper *traktor "
        "*havetraktor *buskrydder",
        (r"\bslaa\w* graes\w*\b", r"\bslog graes\w*\b", r"\bklippe\w* (graes|haek|plaene)\w*\b"),
    ),
    "snow_outdoor": Concept(
        ("gardening", "janitor"),
        "snerydning *snerydning *snekast *saltning *udendoers *udearbejde *udendoersarbejde "
        "*udeomraade *udearealer *friluft",
        (r"\bude\b",),
        weight=0.7,
    ),
    "animals": Concept(
        ("other", "gardening"),
        "dyr *dyr *dyrepasser *dyrepasning *stald *staldarbejde *heste *hest *landbrug "
        "*landmand *koeer *grise *svin *fjerkrae *kennel *hunde *zoo *dyrehandel *foder "
        "*fodring *malkning *ride *rideskole *ridehjem *ridning *ridecenter",
    ),
    # --- transport / post ---
    "driving": Concept(
        ("transport",),
        "chauffoer *chauffoer *chauffoerer kørsel koersel *koersel *udkoersel *budkoersel "
        "-koerestol koere *koerer *koerte =koere *vognmand *fragt *flytte *flytning *flyttefirma *flyttemand "
        "*taxa *bus *buschauffoer *lastbil *varebil *budbil *kurer *kurér *udbringning "
        "*levering *leverer *leveringer *distribution *rute *ruter *transport *transportere",
        (r"\bbring\w* ud\b", r"\bkoer\w* ud\b", r"\bkoer\w* varer\b", r"\bkoer\w* bil\b"),
    ),
    "post": Concept(
        ("transport", "office", "warehouse"),
        "post *post *postbud *postomdel *postsorter *postrum *postnord *omdel *omdeler "
        "*omdeling *avis *aviser *avisbud *reklame *reklamer *breve *pakkepost *pakkeshop "
        "-posti -poste",
    ),
    "driving_licence": Concept(
        ("transport",),
        "*koerekort =kørekort =koerekort",
        weight=0.4,
    ),
    # --- care / health ---
    "care": Concept(
        ("care",),
        "pleje *pleje *plejehjem *plejecenter *plejebolig *hjemmepleje *aeldrepleje "
        "*plejepersonale *sosu *sundhedshjaelper *sundhedsassistent *hjemmehjaelp "
        "*hjemmehjaelper *omsorg *omsorgs *personlig *bosted *botilbud *beboer *beboere "
        "*demens *handicap *handicappede *aflastning *hospital *sygehus *patient *patienter "
        "*portoer *sygeplejer *ergoterapi *fysioterapi *klinik -plejer -dagpleje",
    ),
    "elderly": Concept(
        ("care",),
        "aeldre *aeldre *aeldrecenter *aeldreomraadet *aeldreboliger *pensionist "
        "*pensionister *seniorer *senior *besoegsven *plejehjemsbeboere",
    ),
    "activities": Concept(
        ("care", "childcare"),
        "aktivitet *aktivitetsmedarbejder *aktivitetscenter *aktiviteter *dagcenter "
        "*vaerested *hygge *samvaer *gaatur *gaature *selskab *underhold",
        (r"\bgaa\w* tur\w*\b", r"\bdrikke kaffe\b", r"\bspille spil\b"),
        weight=0.7,
    ),
    # --- childcare / school ---
    "children": Concept(
        ("childcare",),
        "-beboer boern *boern *boernene *boernehave *boernehus *boerneinstitution *barn *barnet "
        "*vuggestue *dagpleje *dagplejer sfo *fritidshjem *fritidsklub *klub *ungdomsklub "
        "*legeplads leg *udeleg =lege *lektie *bleskift *smaaboern =unge ^elever *skoleelever *skolebørn "
        "*skoleboern *institution *institutioner *paedagog *paedagogmedhjaelper "
        "*paedagogisk *paedagogiske *barnepige *babysit",
        (r"\bpasse\w* boern\w*\b", r"\blege\w* med\b"),
    ),
    "school": Concept(
        ("childcare", "janitor"),
        "-rideskole -koereskole skole *skole *skolen *folkeskole *skoleassistent *undervisning *lektiehjaelp "
        "*gymnasie *efterskole",
        weight=0.8,
    ),
    # --- office ---
    "office": Concept(
        ("office",),
        "kontor *kontor *kontoret *kontorassistent *kontorarbejde *kontorelev *administration "
        "*administrativ *administrative *sekretaer *sekretariat *regnskab *bogfoering "
        "*bogholder *bogholderi *faktura *fakturering *journal *journalisering *arkiv "
        "*arkivering *scanning *scanne *kopi *kopiering *indtast *indtastning *tast "
        "*registrering *registrere *data *dokument *dokumenter *sagsbehandl *borgerservice",
    ),
    "library": Concept(
        ("office", "service"),
        "bibliotek *bibliotek *biblioteket *biblioteks =bog =boeger *boegerne *udlaan *laanere "
        "*materialer *arkiv",
    ),
    "computer": Concept(
        ("office",),
        "computer *computer =pc *edb =it *itsupport *excel =word =outlook *office *mail "
        "*mails *email *hjemmeside *webshop *digital *skaerm",
        weight=0.8,
    ),
    "phone_reception": Concept(
        ("office", "service"),
        "telefon *telefon *telefonpasning *omstilling *reception *receptionen "
        "*receptionist *skranke *kundeservice *callcenter *henvendelser *information *info",
        weight=0.9,
    ),
    # --- customer service (generic) ---
    "customers": Concept(
        ("shop", "service", "waiter"),
        "kunde *kunde *kunder *kunderne *kundebetjening *kundekontakt *kundeservice "
        "*betjen *betjening *betjene *vejledning *vejlede",
        weight=0.6,
    ),
    "service_generic": Concept(
        ("service",),
        "=service *servicemedarbejder *serviceassistent *serviceafdeling *servicefag "
        "*servicejob *serviceopgaver",
        weight=0.6,
    ),
    # --- production ---
    "production": Concept(
        ("production",),
        "produktion *produktion *produktionen *produktionsmedarbejder *fabrik *fabrikken "
        "*fabriksarbejde *fabriksarbejder *samleband *samlebaand *montage *montagearbejde "
        "=samle =samler =samlede *samleband =samling *operatoer *maskinoperatoer *maskinpasser "
        "*maskinarbejde *montoer *montering "
        "*industri *industrien *kvalitetskontrol *kontrol *slagteri *mejeri *bryggeri "
        "*tekstil *syning =sy *systue *smedje *svejs *svejsning *cnc *plast *metal "
        "*emballering *produktionslinje *tapning =trae *traevaerksted *traeindustri "
        "*snedkeri *beskyttet *vaerkstedsarbejde -kontrolle",
    ),
    "recycling_shop": Concept(
        ("shop", "production"),
        "genbrug *genbrug *genbrugsbutik *genbrugsbutikken *genbrugsforretning "
        "*loppemarked *second *reparationscafe *upcycl",
        weight=0.8,
    ),
    # --- leisure facilities (janitor/service) ---
    "sports_facility": Concept(
        ("janitor", "service"),
        "idraet *idraet *idraetshal *idraetsanlaeg *sportshal =hallen *svoemmehal "
        "*svoemmehallen *fitness *fitnesscenter *stadion *boldbane *boldbaner sport -sportsvogn",
        weight=0.8,
    ),
}

_AREA_INDEX: Final[dict[str, int]] = {a: i for i, a in enumerate(TASK_AREAS)}
CONCEPT_IDS: Final[tuple[str, ...]] = tuple(CONCEPTS)
_CONCEPT_INDEX: Final[dict[str, int]] = {c: i for i, c in enumerate(CONCEPT_IDS)}
#: Weight of the task-area dimensions relative to the concept dimensions inside the concept
#: block: same-area different-concept pairs ("opvask"/"madlavning") land at "somewhat".
AREA_LINK_WEIGHT: Final[float] = 0.8
#: Stems of at least this many letters match inside compounds without a ``*`` marker.
_INNER_MIN_LEN: Final[int] = 6


@dataclass(frozen=True)
class _Lexicon:
    """The concept lexicon compiled for fast per-token lookup."""

    prefix: dict[str, tuple[int, ...]]
    exact: dict[str, tuple[int, ...]]
    inner: re.Pattern[str]
    inner_map: dict[str, tuple[int, ...]]
    exclude: tuple[tuple[str, int], ...]
    exclude_exact: dict[str, frozenset[int]]
    phrase: re.Pattern[str] | None
    phrase_concept: dict[str, int]
    max_prefix: int


def _add(table: dict[str, tuple[int, ...]], key: str, cid: int) -> None:
    if cid not in table.get(key, ()):
        table[key] = (*table.get(key, ()), cid)


@functools.cache
def _lexicon() -> _Lexicon:
    """Compile :data:`CONCEPTS` once per process."""
    prefix: dict[str, tuple[int, ...]] = {}
    exact: dict[str, tuple[int, ...]] = {}
    inner_map: dict[str, tuple[int, ...]] = {}
    exclude: list[tuple[str, int]] = []
    exclude_exact: dict[str, set[int]] = {}
    phrases: list[str] = []
    phrase_concept: dict[str, int] = {}
    for cid, (name, concept) in enumerate(CONCEPTS.items()):
        if not set(concept.areas) <= set(TASK_AREAS):
            raise ValueError(f"concept {name} names an unknown task area")
        for raw in concept.terms.split():
            term = fold(raw)
            if term.startswith("-") and term.endswith("="):
                exclude_exact.setdefault(term[1:-1], set()).add(cid)
            elif term.startswith("-"):
                exclude.append((term[1:], cid))
            elif term.startswith("="):
                _add(exact, term[1:], cid)
            elif term.startswith("^"):
                _add(prefix, term[1:], cid)
            elif term.startswith("*"):
                _add(prefix, term[1:], cid)
                _add(inner_map, term[1:], cid)
            else:
                _add(prefix, term, cid)
                if len(term) >= _INNER_MIN_LEN:
                    _add(inner_map, term, cid)
        for pattern in concept.phrases:
            group = f"p{len(phrases)}"
            re.compile(pattern)  # fail early, naming the bad pattern
            phrases.append(f"(?P<{group}>{pattern})")
            phrase_concept[group] = cid
    alternatives = sorted(inner_map, key=len, reverse=True)
    inner = re.compile("|".join(re.escape(a) for a in alternatives))
    return _Lexicon(
        prefix=prefix,
        exact=exact,
        inner=inner,
        inner_map=inner_map,
        exclude=tuple(exclude),
        exclude_exact={k: frozenset(v) for k, v in exclude_exact.items()},
        # One zero-width scan finds every phrase start in a clause in a single pass.
        phrase=re.compile("(?=" + "|".join(phrases) + ")") if phrases else None,
        phrase_concept=phrase_concept,
        max_prefix=max(len(k) for k in prefix),
    )


@functools.lru_cache(maxsize=200_000)
def token_concepts(token: str) -> tuple[int, ...]:
    """Concept indices (into :data:`CONCEPT_IDS`) that one normalised token evidences.

    >>> [CONCEPT_IDS[i] for i in token_concepts("kantinemedhjaelper")]
    ['canteen']
    >>> token_concepts("varetager"), token_concepts("have")
    ((), ())
    """
    lex = _lexicon()
    found: set[int] = set(lex.exact.get(token, ()))
    for k in range(2, min(len(token), lex.max_prefix) + 1):
        found.update(lex.prefix.get(token[:k], ()))
    # Scan every start position so overlapping compound parts are all found.
    for start in range(1, len(token) - 2):
        m = lex.inner.match(token, start)
        if m:
            found.update(lex.inner_map[m.group(0)])
    for stem_, cid in lex.exclude:
        if token.startswith(stem_):
            found.discard(cid)
    found -= lex.exclude_exact.get(token, frozenset())
    return tuple(sorted(found))


def concept_counts(text: str) -> Counter[int]:
    """How often each concept is evidenced in ``text`` (tokens and phrases, negation-aware)."""
    return _concepts_of(clauses(text))


def _concepts_of(text_clauses: Sequence[Sequence[str]]) -> Counter[int]:
    counts: Counter[int] = Counter()
    for clause in text_clauses:
        counts.update(_clause_concepts(tuple(clause)))
    return counts


@functools.lru_cache(maxsize=100_000)
def _clause_concepts(clause: tuple[str, ...]) -> Counter[int]:
    """Concepts of one clause; cached because task suggestions and seat titles recur verbatim."""
    counts: Counter[int] = Counter()
    for token in clause:
        counts.update(token_concepts(token))
    lex = _lexicon()
    if lex.phrase is not None:
        for m in lex.phrase.finditer(" ".join(clause)):
            for group, value in m.groupdict().items():
                if value is not None:
                    counts[lex.phrase_concept[group]] += 1
    return counts


def explain_concepts(text: str) -> list[str]:
    """Names of the concepts found in ``text``, most frequent first (for explanations/tests)."""
    return [CONCEPT_IDS[c] for c, _ in concept_counts(text).most_common()]


# --------------------------------------------------------------------------------------------
# The embedder
# --------------------------------------------------------------------------------------------

N_CONCEPT_DIMS: Final[int] = len(CONCEPT_IDS) + len(TASK_AREAS)


@functools.cache
def _concept_rows() -> FloatMatrix:
    """``(len(CONCEPT_IDS), N_CONCEPT_DIMS)``: each concept's own dimension (its weight) plus
    :data:`AREA_LINK_WEIGHT` times its weight spread over its task areas."""
    m = np.zeros((len(CONCEPT_IDS), N_CONCEPT_DIMS), dtype=np.float32)
    for cid, name in enumerate(CONCEPT_IDS):
        concept = CONCEPTS[name]
        m[cid, cid] = concept.weight
        share = AREA_LINK_WEIGHT * concept.weight / math.sqrt(len(concept.areas))
        for area in concept.areas:
            m[cid, len(CONCEPT_IDS) + _AREA_INDEX[area]] = share
    m.setflags(write=False)
    return m


def _l2_rows(m: FloatMatrix) -> FloatMatrix:
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    np.divide(m, norms, out=m, where=norms > 0)
    return m


@dataclass(frozen=True)
class Embedder:
    """Stateless Danish text embedder: text → L2-normalised ``float32`` row of length ``dim``.

    The row is the concatenation of a concept block (``N_CONCEPT_DIMS`` dims, exact) and a
    hashed block (the rest), each normalised and scaled by the square root of its channel
    weight, so that the cosine of two rows is (up to hashing noise) the weighted mean of the
    channel cosines.

    Parameters
    ----------
    char_weight, word_weight, concept_weight
        Channel weights; a channel with weight 0 is not computed.
    dim
        Output dimension. Must exceed ``N_CONCEPT_DIMS`` when the concept channel is used
        together with a hashed one.
    name
        Label used by the benchmark.
    """

    char_weight: float = 1.0
    word_weight: float = 0.0
    concept_weight: float = 0.0
    dim: int = 256
    name: str = "custom"

    def __post_init__(self) -> None:
        if min(self.char_weight, self.word_weight, self.concept_weight) < 0:
            raise ValueError("channel weights must be non-negative")
        if self.char_weight + self.word_weight + self.concept_weight <= 0:
            raise ValueError("at least one channel needs a positive weight")
        if self.dim < self._concept_dims + (1 if self._hashed_dims_needed else 0):
            raise ValueError(f"dim {self.dim} too small for the concept block")

    @property
    def _hashed_dims_needed(self) -> bool:
        return self.char_weight > 0 or self.word_weight > 0

    @property
    def _concept_dims(self) -> int:
        return N_CONCEPT_DIMS if self.concept_weight > 0 else 0

    def transform(self, texts: Sequence[str]) -> FloatMatrix:
        """Embed ``texts``: shape ``(len(texts), dim)``, ``float32``, unit rows (zero if empty).

        Deterministic: the same text gives the same row in any call, batch or process.
        """
        n = len(texts)
        out = np.zeros((n, self.dim), dtype=np.float32)
        if n == 0:
            return out
        parsed = [clauses(t) for t in texts]
        c = self._concept_dims
        if self.concept_weight > 0:
            block = _l2_rows(self._concept_block(parsed))
            out[:, :c] = math.sqrt(self.concept_weight) * block
        hashed = out[:, c:]
        if self.char_weight > 0 or self.word_weight > 0:
            terms = [_terms_of(p) for p in parsed]
            if self.char_weight > 0:
                block = _l2_rows(self._char_block(terms, self.dim - c))
                hashed += math.sqrt(self.char_weight) * block
            if self.word_weight > 0:
                block = _l2_rows(self._word_block(terms, self.dim - c))
                hashed += math.sqrt(self.word_weight) * block
        return _l2_rows(out)

    @staticmethod
    def _concept_block(parsed: Sequence[Sequence[Sequence[str]]]) -> FloatMatrix:
        """Concept counts (sublinear, weighted) times each concept's concept-and-area row."""
        rows: list[int] = []
        cols: list[int] = []
        vals: list[float] = []
        for i, text_clauses in enumerate(parsed):
            for cid, count in _concepts_of(text_clauses).items():
                rows.append(i)
                cols.append(cid)
                vals.append(1.0 + math.log(count))
        counts = sp.csr_matrix((vals, (rows, cols)), shape=(len(parsed), len(CONCEPT_IDS)))
        return np.asarray(counts @ _concept_rows(), dtype=np.float32)

    @staticmethod
    def _char_block(terms: Sequence[Mapping[str, float]], dim: int) -> FloatMatrix:
        """Character 3-5-grams per term (unit vector per term), weighted by the term weights."""
        vocab: dict[str, int] = {}
        rows: list[int] = []
        cols: list[int] = []
        vals: list[float] = []
        for i, tw in enumerate(terms):
            for term, w in tw.items():
                rows.append(i)
                cols.append(vocab.setdefault(term, len(vocab)))
                vals.append(w)
        if not vocab:
            return np.zeros((len(terms), dim), dtype=np.float32)
        term_vectors = _char_hasher(dim).transform(list(vocab))
        weights = sp.csr_matrix((vals, (rows, cols)), shape=(len(terms), len(vocab)))
        return np.asarray((weights @ term_vectors).toarray(), dtype=np.float32)

    @staticmethod
    def _word_block(terms: Sequence[Mapping[str, float]], dim: int) -> FloatMatrix:
        """Stems and compound parts of the terms, feature-hashed."""
        features = [_word_features(tw) for tw in terms]
        matrix = _word_hasher(dim).transform(features)
        return np.asarray(matrix.toarray(), dtype=np.float32)


@functools.cache
def _char_hasher(dim: int) -> HashingVectorizer:
    """Signed MurmurHash3 of char_wb 3-5-grams straight into ``dim`` buckets, unit rows."""
    return HashingVectorizer(
        analyzer="char_wb",
        ngram_range=(3, 5),
        n_features=dim,
        alternate_sign=True,
        norm="l2",
        lowercase=False,
        dtype=np.float32,
    )


@functools.cache
def _word_hasher(dim: int) -> FeatureHasher:
    return FeatureHasher(n_features=dim, input_type="dict", alternate_sign=True, dtype=np.float32)


@functools.cache
def _domain_words() -> tuple[str, ...]:
    """Work-domain surface words (lexicon terms and generic work words), longest first.

    They are the possible parts when the word channel splits a compound.
    """
    words: set[str] = set()
    for concept in CONCEPTS.values():
        for raw in concept.terms.split():
            term = fold(raw).strip("*=^")
            if not raw.startswith("-") and len(term) >= 3:
                words.add(term)
    words.update(w for w in GENERIC_WORDS if len(w) >= 4)
    return tuple(sorted(words, key=len, reverse=True))


@functools.lru_cache(maxsize=200_000)
def compound_parts(token: str) -> tuple[str, ...]:
    """Stem of ``token`` plus, when it splits into two known domain words, the stems of its parts.

    >>> compound_parts("varemodtagelse")
    ('varemodtag', 'var', 'modtag')
    >>> compound_parts("rengoeringsassistent")
    ('rengoeringsassistent', 'rengoer', 'assistent')
    """
    parts: list[str] = [stem(token)]
    words = _domain_words()
    for head in words:
        if not token.startswith(head) or len(token) - len(head) < 3:
            continue
        rest = token[len(head) :]
        # Danish linking letters: "rengøring|s|assistent", "skole|køkken".
        candidates = [rest]
        if rest[0] in "se" and len(rest) > 3:
            candidates.append(rest[1:])
        for cand in candidates:
            if any(cand.startswith(w) for w in words):
                return tuple(dict.fromkeys([*parts, stem(head), stem(cand)]))
    return tuple(parts)


def _word_features(tw: Mapping[str, float]) -> dict[str, float]:
    feats: dict[str, float] = {}
    for term, w in tw.items():
        for part in compound_parts(term):
            feats[part] = feats.get(part, 0.0) + w
    return feats


#: The approaches the benchmark compares, by name. Each builds a fresh :class:`Embedder`.
APPROACHES: Final[dict[str, Callable[[], Embedder]]] = {
    "char": lambda: Embedder(char_weight=1.0, name="char"),
    "word": lambda: Embedder(char_weight=0.0, word_weight=1.0, name="word"),
    "concept": lambda: Embedder(char_weight=0.0, concept_weight=1.0, name="concept"),
    "char+concept": lambda: Embedder(char_weight=0.5, concept_weight=0.5, name="char+concept"),
    "word+concept": lambda: Embedder(
        char_weight=0.0, word_weight=0.5, concept_weight=0.5, name="word+concept"
    ),
}
DEFAULT_APPROACH: Final[str] = "char+concept"


@functools.cache
def default_embedder() -> Embedder:
    """The embedder used by the matcher (the best approach by measurement); cached."""
    return APPROACHES[DEFAULT_APPROACH]()


def clear_caches() -> None:
    """Empty the per-token caches (for cold-start speed measurements; results never change)."""
    for cached in (split_generic_head, stem, token_concepts, compound_parts, _clause_concepts):
        cached.cache_clear()
