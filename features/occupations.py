"""Danish job titles and task phrases → task areas and ESCO/ISCO occupations.

Citizens, caseworkers and companies describe work in Danish free text: "Kassemedarbejder i Netto",
"opfyldning af varer", "rengøringsjob på skole", "SOSU-hjælper". This module finds the terms of a
hand-written lexicon (``data/occupations/lexicon.csv``, see its ``SOURCE.md``) in such text and
turns them into

* :func:`task_area_scores` — which of the task areas (``features.vocabulary.TASK_AREAS``) the
  text speaks of, each scored 0..1;
* :func:`suggestion_area_scores`, :func:`suggestion_task_areas` and
  :func:`suggestion_rank_weights` — the task areas of a citizen's task suggestions
  (*opgaveforslag*), read as caseworkers write them: the head of the phrase (the activity,
  "Pakkeri", "Kørsel") decides, its modifiers ("i produktion", "med pakker") only choose among
  the head's own areas, coordinated activities ("Kantine og køkken") count each, and an
  activity the suggestion excludes ("Ikke rengøring", "Rengøring - nej") counts not at all;
* :func:`match_occupations` — the occupations named, with an ESCO occupation code (or an ISCO-08
  unit group where ESCO has no concept general enough for the Danish term).

Matching is built for how Danish is written, not for one template: case and the ASCII spellings
of æ/ø/å (ae/oe/aa) are folded away; definite and plural endings (-en/-et/-er/-erne/-e/-ene/-s)
are accepted; a term may be part of a compound ("lagermedarbejderjob", "fabriksrengøring") when
the lexicon allows it (a modifier needs three letters or more, so "klager" is not "lager"); in a
compound the last term (the head) counts most ("lagerchauffør" is transport); and words the
lexicon does not know get a one-edit typo match against the longer terms ("rengørinsassistent",
"gartnre"); a generic compound head ("-opgaver", "-arbejde", "-funktion") leaves the area to the
part before it ("pakkeopgaver", "kassefunktion"); and a worker word cut short at the end of a
title ("Kontorass.", "Lagerarb.", "SFO-medhj.") is read written out. Every per-word decision is
cached, so text that repeats the usual vocabulary costs a dictionary look-up per word.

The lexicon also holds the English job titles that Danish CVs use ("Cashier at Tesco", "Order
picker", "Kitchen porter"); an English word that is also a Danish word ("chef" = boss, "driver" =
runs) only counts inside a phrase ("head chef", "truck driver").
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Final, NamedTuple

from features.vocabulary import TASK_AREAS

__all__ = [
    "ABBREVIATED_HEADS",
    "Hit",
    "LexiconEntry",
    "OccupationHit",
    "area_scores_of_hits",
    "esco_concepts",
    "fold",
    "hits_in_tokens",
    "is_light",
    "lexicon",
    "match_occupations",
    "occupations_of_hits",
    "suggestion_area_scores",
    "suggestion_excluded_areas",
    "suggestion_task_areas",
    "task_area_scores",
    "text_hits",
    "tokenize",
]

#: Letters folded so that "Rengøring", "RENGOERING" and "rengøring" meet (lexicon and text alike).
_FOLD_TABLE: Final = str.maketrans(
    {
        "æ": "ae",
        "ø": "oe",
        "å": "aa",
        "ä": "ae",
        "ö": "oe",
        "ü": "u",
        "é": "e",
        "è": "e",
        "ê": "e",
        "á": "a",
        "à": "a",
        "ó": "o",
        "í": "i",
        "’": "'",
    }
)

#: Inflection endings a Danish noun (or a task verb) takes after its base form: definite
#: (-en/-et), plural (-e/-er), definite plural (-ene/-erne), genitive (-s), verb forms (-ede/-te).
INFLECTIONS: Final[frozenset[str]] = frozenset(
    {
        "",
        "e",
        "en",
        "et",
        "er",
        "ere",
        "erne",
        "ene",
        "es",
        "s",
        "ens",
        "ets",
        "ernes",
        "enes",
        "ne",
        "nes",
        "n",
        "r",
        "rne",
        "rnes",
        "t",
        "de",
        "ede",
        "te",
    }
)
_INFLECTIONS_LONGEST_FIRST: Final = tuple(
    sorted((e for e in INFLECTIONS if e), key=len, reverse=True)
)

#: A compound modifier before a term is at least this long ("centrallager", not "klager").
_MIN_MODIFIER: Final = 3
#: Confidence of a whole-word match, of a term inside a compound, and of a one-edit typo match.
_CONF_WORD: Final = 1.0
_CONF_COMPOUND: Final = 0.9
_CONF_TYPO: Final = 0.8
#: In a Danish compound the last part is the head; earlier parts only modify it.
_MODIFIER_FACTOR: Final = 0.6
#: A workplace word ("Netto", "plejehjem") says less about the occupation than about the area.
_PLACE_OCCUPATION_FACTOR: Final = 0.8
#: Share of an entry's signal that goes to its secondary area.
_AREA2_FACTOR: Final = 0.5
#: Any one-edit typo is matched only for lexicon terms at least this long (short words have
#: too many real one-edit neighbours: "taler"/"maler", "pasning"/"pakning"); terms of
#: ``_MIN_TYPO_SHORT`` letters or more match only swapped neighbours ("gartnre") and doubled or
#: undoubled letters ("chaufør", "kassedamme").
_MIN_TYPO_TERM: Final = 8
_MIN_TYPO_SHORT: Final = 6
#: A lexicon term covering less than this share of a long word leaves room for a typo match of
#: the whole word ("køkkenmedhjælpre" is not just "køkken").
_MIN_COVERAGE: Final = 0.6
#: Real Danish words one edit away from a lexicon term; never "corrected".
_NOT_TYPOS: Final[frozenset[str]] = frozenset(
    {"opdeling", "opdelingen", "afdeling", "pasningen", "gardiner", "gardinerne"}
)
#: Worker words that CVs cut short at the end of a title ("Kontorass.", "Lagerarb.",
#: "vaskerimedarb.", "SFO-medhj."): such a word is read as the title written out. The longer
#: abbreviation comes first ("medarb" before "arb").
ABBREVIATED_HEADS: Final[tuple[tuple[str, str], ...]] = (
    ("medarb", "medarbejder"),
    ("medhj", "medhjaelper"),
    ("arb", "arbejder"),
    ("ass", "assistent"),
)
#: A term followed by one of these words is a verb in another sense ("tjener penge" = earns).
_CANCELLED_BY_NEXT: Final[dict[str, frozenset[str]]] = {
    "tjener": frozenset({"penge", "godt", "nok", "mindre", "mere", "til", "ikke"}),
    "plejer": frozenset({"at", "jeg", "han", "hun", "vi", "de", "ikke"}),  # "plejer at" = usually
    "plejede": frozenset({"at", "jeg", "han", "hun", "vi", "de", "ikke"}),
}
#: Heads of Danish work compounds that say only "work/tasks/job" and leave the area to the
#: word before them ("pakke|opgaver", "kasse|funktion", "bud|job"); exact and tail terms,
#: which otherwise take only inflection endings, may stand before them.
_GENERIC_HEADS: Final[frozenset[str]] = frozenset(
    {
        "opgave",
        "arbejde",
        "arbejd",
        "job",
        "funktion",
        "tjans",
        "hjaelp",
        "medhjaelp",
        "medarbejd",
        "omraade",
        "afdeling",
    }
)
#: Weight of a task suggestion by its position in the citizen's list (the last value holds for
#: any later one). Caseworkers write the citizen's own first wish first and must reach at
#: least three suggestions, so the later ones are often the nearest acceptable alternatives.
_SUGGESTION_RANK_WEIGHTS: Final[tuple[float, ...]] = (1.0, 0.9, 0.8, 0.7, 0.6)
#: An area scoring at least this share of a suggestion's strongest area is named by it too.
_SUGGESTION_TIE: Final = 0.8

# How a task suggestion is read. Caseworkers write a head (the activity or job: "Pakkeri",
# "Kørsel", "Rengøring", "Medhjælper") followed by prepositional modifiers that say where or
# with what ("i produktion", "med pakker", "på plejehjem"), and sometimes coordinate two
# activities ("Kantine og køkken", "Lager/pakning"). The head decides the area; a modifier only
# chooses among the areas the head already allows (its primary and secondary area), or decides
# when the head names no area ("Arbejde på tankstation") or only a light one ("Pleje af grønne
# områder", "Oprydning i kantine").

_TOKEN_RE: Final = re.compile(r"[^\W_]+(?:-[^\W_]+)*")

#: Words that end the head and open a modifier.
_PREPOSITIONS: Final[frozenset[str]] = frozenset(
    {
        "af",
        "med",
        "m",
        "i",
        "paa",
        "for",
        "hos",
        "til",
        "ved",
        "omkring",
        "indenfor",
        "inden",
        "under",
        "fra",
        "blandt",
        "efter",
        "om",
        "mod",
        "over",
        "uden",
        "udenfor",
        "rundt",
    }
)
#: Coordinators that offer an alternative ("Lager, evt. i butik").
_ALTERNATIVES: Final[frozenset[str]] = frozenset({"eller", "el", "evt", "eventuelt", "alternativt"})
#: Words that join two activities ("Rengøring og opvask", "Lager evt. kørsel").
_COORDINATORS: Final[frozenset[str]] = frozenset(
    {"og", "eller", "samt", "el", "evt", "eventuelt", "alternativt", "herunder", "fx", "ogsaa"}
)
#: Marks on their own that separate activities ("Lager/pakning", "Kantine - opvask"), and
#: the ends of sentences and lines ("Ingen rengøring. Lager eller butik"), not the full stop
#: of a common abbreviation or a single letter ("Tidl. kok", "evt. lager", "Nykøbing F.").
_SEPARATOR: Final = (
    r"[,;/&+():|\n]|(?<!\S)[-–—](?!\S)|"
    + "".join(
        rf"(?<!\b{a})" for a in ("tidl", "evt", "fx", "ca", "pga", "mht", "inkl", "bl", r"\w")
    )
    + r"[.!?]+(?=\s|$)"
)
_SEPARATOR_RE: Final = re.compile(_SEPARATOR)
_SUGGESTION_TOKEN_RE: Final = re.compile(_TOKEN_RE.pattern + "|" + _SEPARATOR)
#: Task areas that their workplace defines, and the trades they take over there: kitchen work,
#: serving and the till in a canteen are canteen work ("Opvask i kantinen", "Kasse i kantine",
#: "Smøre sandwich i kantine").
_PLACE_DEFINED_AREAS: Final[dict[str, frozenset[str]]] = {
    "canteen": frozenset({"kitchen", "waiter", "shop"}),
}
#: Words that exclude the activity after them in a task suggestion ("Ikke rengøring", "Alt
#: undtagen køkken", "Hverken køkken eller kantine", "Anything but not cleaning", and "end"
#: after "andet": "Alt andet end rengøring"); "nej" also excludes the activity before it
#: ("Chauffør nej, lager ja").
_NEGATORS: Final[frozenset[str]] = frozenset(
    {"ikke", "ikk", "ej", "ingen", "intet", "aldrig", "undtagen", "undtaget", "bortset", "hverken"}
    | {"nej", "uden", "undgaa", "undgaaes", "fravaelger", "fravaelge", "fraraader", "fravalgt"}
    | {"udelukket", "uoensket", "faerdig", "not", "no", "never", "except"}
    # "Borger afviser rengøring", "Frabeder sig pleje", "Afslår servering", "Udelukker lager",
    # "Vil væk fra rengøring"
    | {"afviser", "afviste", "afslaar", "afslog", "frabeder", "udelukker", "vaek"}
)
#: Words that rule out the activity before them ("Opvask er udelukket", "Rengøring uønsket").
_EXCLUDED_AFTER: Final[frozenset[str]] = frozenset(
    {"uoensket", "fravalgt", "udelukket", "fraraadet", "fraraades", "frabedes", "afvist"}
)
#: Words after "ikke" that rule out what went before ("Rengøring ikke ønsket / muligt", "Lager
#: er ikke aktuelt"), and pairs of them ("er ikke en mulighed", "er ikke noget for ham").
_RULED_OUT: Final[frozenset[str]] = frozenset(
    {"oensket", "muligt", "mulig", "aktuelt", "aktuel", "relevant", "egnet"}
)
_RULED_OUT_PAIRS: Final[frozenset[tuple[str, str]]] = frozenset(
    {("en", "mulighed"), ("noget", "for"), ("et", "alternativ")}
)
#: Words that make their part of a suggestion tell the past ("tidligere tømrer", "var i
#: praktik i en kantine"), and participles that do so after "har" ("har været kassedame",
#: "har kørt taxa i mange år").
_PAST_WORDS: Final[frozenset[str]] = frozenset(
    {"tidligere", "tidl", "var", "forhenvaerende", "fhv", "stoppede", "sluttede", "erfaring"}
    | {"previously", "was", "used"}
)
#: Words that show a suggestion turns away from what it tells of the past ("... men orker
#: ikke kunderne mere", "Offshore er slut", and "vil ikke", "ønsker ikke"); without one, a
#: suggestion whose only task is in its past wishes that task again ("Har været i praktik i
#: kantinen og vil gerne forlænge").
_TURNED_AWAY: Final[frozenset[str]] = frozenset({"slut", "faerdig", "orker"})
#: Words where a suggestion turns from the past to the wish ("Hun har arbejdet som
#: sygeplejerske og vil gerne tilbage til omsorgsarbejde", "... ønsker nu lagerarbejde").
_WISH_TURNS: Final[frozenset[str]] = frozenset(
    {"men", "vil", "gerne", "hellere", "nu", "oensker", "but", "wants", "would"}
)
_PAST_PARTICIPLES: Final[frozenset[str]] = frozenset(
    {"vaeret", "arbejdet", "koert", "haft", "worked", "been"}
)
#: Endings of a workplace word in the genitive ("Plejehjemmets", "Børnehavens").
_GENITIVE_ENDINGS: Final = ("ets", "ens", "ernes", "enes")
#: Words that make a following "end"/"than" exclude ("Alt andet end rengøring").
_OTHER: Final[frozenset[str]] = frozenset({"andet", "andre", "other", "anything"})
#: Words right after an excluded activity that restrict it to a time, a place, a kind or an
#: amount: "Ikke lager om natten", "Ikke pleje på fuld tid", "Ikke rengøring i private hjem",
#: "Ikke butik som det eneste", "Ikke rengøring alene" turn down that, not the area (a reason
#: does not: "Ikke rengøring pga. allergi", "Ikke lager igen").
_QUALIFIERS: Final[frozenset[str]] = frozenset(
    {"om", "i", "paa", "foer", "efter", "med", "uden", "over", "under", "som", "hele", "alene"}
    | {"af", "hos", "ved", "inden", "indenfor", "udenfor", "mellem", "fra", "til", "hver"}
    | {"fuldtid", "deltid", "in", "at", "on", "during", "before", "after", "alone", "full"}
)
#: Words after a negator that make it no exclusion ("ikke kun rengøring", "uden for byen").
_NEGATION_CANCELLED_BY: Final[frozenset[str]] = frozenset(
    {"kun", "bare", "blot", "noedvendigvis", "for", "only", "just", "necessarily"}
)
#: Words that may stand between a negator and the excluded activity ("ikke noget med kunder",
#: "ønsker ikke at arbejde i køkken", "under ingen omstændigheder rengøring"). Any other word
#: there (an adjective: "ikke tungt lagerarbejde", "ikke stressende kontorarbejde") takes the
#: negation, and the activity after it stays a wish.
_NEGATION_FILLERS: Final[frozenset[str]] = frozenset(
    {"noget", "med", "i", "paa", "som", "til", "at", "af", "hos", "mere", "igen", "tilbage"}
    | {"skal", "vil", "kan", "maa", "gerne", "vaere", "arbejde", "arbejd", "arbejder", "job"}
    | {"fra", "det", "den", "de", "en", "et", "omstaendigheder", "lyst", "tak", "any", "in"}
    | {"with", "work", "a", "the", "as", "mod", "laengere", "ud", "ind", "for", "ved"}
    | {"taale", "klare", "holde", "staa", "lide", "motiveret", "interesseret", "interesse"}
    | {"egnet", "kontakt", "har", "hun", "han", "borger", "borgeren", "mulighed", "vende", "sig"}
)
#: Words that end an exclusion: what follows is wished for ("Ikke køkken, men gerne kantine").
_NEGATION_ENDS: Final[frozenset[str]] = frozenset(
    {"men", "hellere", "gerne", "snarere", "derimod", "ja", "istedet", "stedet", "but", "rather"}
)
#: Activity words that take their area from their object: "pleje af grønne områder" is
#: gardening, "oprydning i kantine" canteen work, "sortering af post" office work.
_LIGHT_HEADS: Final[frozenset[str]] = frozenset(
    {"pleje", "vedligehold", "oprydning", "opstilling", "sortering", "sortere"}
)
#: A head term weaker than this names no area on its own either ("affald", "hotel").
_LIGHT_HEAD_WEIGHT: Final = 0.6
#: Share of a light head's own signal kept when its object names an area (a tie-breaker).
_LIGHT_HEAD_FACTOR: Final = 0.3
#: Share of its own score a head area keeps when a modifier chose another of the head's areas
#: (below ``_SUGGESTION_TIE``: the suggestion then names the chosen area only).
_UNCHOSEN_FACTOR: Final = 0.5
#: The people a task is done with or for, a few everyday things it handles and a few places of
#: leisure, by folded stem: in a suggestion "Aktiviteter med ældre" is care, "Modtagelse af
#: gæster" service and "Noget med mad" kitchen work. Only read in task suggestions, where such
#: a word names the work; in a CV ("har to børn", "laver mad til familien", "frivillig i
#: fodboldklubben") it would not.
_CLIENT_GROUPS: Final[dict[str, str]] = {
    "aeldre": "care",
    "beboer": "care",
    "patient": "care",
    "dement": "care",
    "handicappede": "care",
    "pensionist": "care",
    "boern": "childcare",
    "barn": "childcare",
    "smaaboern": "childcare",
    "skoleboern": "childcare",
    "elev": "childcare",
    "gaest": "service",
    "besoegende": "service",
    "turist": "service",
    "kunde": "shop",
    "dyr": "other",
    "husdyr": "other",
    "hest": "other",
    "hund": "other",
    "children": "childcare",
    "child": "childcare",
    "kids": "childcare",
    "elderly": "care",
    "mad": "kitchen",
    "computer": "office",
    # sports clubs: a wish for sports work, while in a CV they are mostly a pastime
    "idraetsforening": "other",
    "fodboldklub": "other",
    "fodboldklubb": "other",
    "sportsklub": "other",
    "sportsklubb": "other",
    "fitnesscenter": "other",
    "fitnesscentr": "other",
}
#: Score of a client-group word (like a workplace word: it says where, not what).
_CLIENT_WEIGHT: Final = 0.6

_KINDS: Final = frozenset({"title", "task", "place", "skill", "area"})
#: Words around a task area's own name that make it the citizen's commute, not a wish
#: ("offentlig transport", "pga. transport", "transport til og fra").
_COMMUTE_BEFORE: Final = frozenset(
    {"offentlig", "offentligt", "egen", "eget", "kollektiv", "kollektivt", "pga", "grundet",
     "uden", "daarlig", "lang", "langt", "kort", "end", "min", "minutter", "minutters", "times",
     "timers"}
)  # fmt: skip
_COMMUTE_AFTER: Final = frozenset({"til", "fra", "hjem", "hjemmefra"})
_MODES: Final = frozenset({"part", "tail", "exact", "phrase"})


def fold(text: str) -> str:
    """Lower-case ``text`` and fold æ/ø/å and accents to ASCII (ae/oe/aa).

    >>> fold("Rengøringsassistent på Café Ærø")
    'rengoeringsassistent paa cafe aeroe'
    """
    low = text.lower()
    if low.isascii():
        return low
    low = low.replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
    return low if low.isascii() else low.translate(_FOLD_TABLE)


def tokenize(folded: str) -> list[str]:
    """Words of already folded text; hyphens inside a word are dropped ("sosu-hjaelper").

    >>> tokenize("sosu-hjaelper, 7-eleven og b-koerekort")
    ['sosuhjaelper', '7eleven', 'og', 'bkoerekort']
    """
    return [t.replace("-", "") for t in _TOKEN_RE.findall(folded)]


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    """One row of ``lexicon.csv`` (see ``data/occupations/SOURCE.md`` for the columns)."""

    index: int
    term: str
    match: str
    area: str
    area2: str
    weight: float
    kind: str
    title: str
    code: str
    #: ``term`` folded (and for phrases: its folded words).
    key: str


class Hit(NamedTuple):
    """One lexicon term found in a text (a named tuple: many are made per CV).

    ``score`` is the entry's weight times the match confidence; ``position`` the index of the
    (first) word in the token list of the text.
    """

    entry: LexiconEntry
    score: float
    position: int


@dataclass(frozen=True)
class OccupationHit:
    """An occupation named in a text.

    Parameters
    ----------
    code
        ESCO occupation code (e.g. ``"9333.8"``) or ISCO-08 unit group (e.g. ``"8189"``).
    label
        The Danish job title of the lexicon entry that matched, in its base form
        (e.g. ``"lagermedarbejder"``; for a task phrase like "opfyldning af varer" the title of
        who does that work, ``"vareopfylder"``).
    score
        0..1, how sure and how prominent the mention is.
    task_area
        One of ``features.vocabulary.TASK_AREAS``.
    """

    code: str
    label: str
    score: float
    task_area: str


# --- lexicon ---------------------------------------------------------------------------------


@cache
def lexicon() -> tuple[LexiconEntry, ...]:
    """The lexicon, loaded and validated once."""
    text = (
        resources.files("features")
        .joinpath("data/occupations/lexicon.csv")
        .read_text(encoding="utf-8")
    )
    entries: list[LexiconEntry] = []
    for i, row in enumerate(csv.DictReader(text.splitlines())):
        term = row["term"].strip()
        entry = LexiconEntry(
            index=i,
            term=term,
            match=row["match"].strip(),
            area=row["area"].strip(),
            area2=row["area2"].strip(),
            weight=float(row["weight"]),
            kind=row["kind"].strip(),
            title=row["title"].strip(),
            code=row["code"].strip(),
            key=" ".join(tokenize(fold(term))),
        )
        _validate(entry)
        entries.append(entry)
    return tuple(entries)


def _validate(entry: LexiconEntry) -> None:
    where = f"lexicon.csv row {entry.index + 2} ({entry.term!r})"
    if entry.area not in TASK_AREAS or (entry.area2 and entry.area2 not in TASK_AREAS):
        raise ValueError(f"{where}: unknown task area")
    if entry.match not in _MODES or entry.kind not in _KINDS:
        raise ValueError(f"{where}: unknown match mode or kind")
    if not 0.0 < entry.weight <= 1.0 or not entry.code or not entry.title:
        raise ValueError(f"{where}: weight must be in (0, 1]; code and title are required")
    if (" " in entry.key) != (entry.match == "phrase"):
        raise ValueError(f"{where}: phrases (and only phrases) have several words")


@cache
def esco_concepts() -> dict[str, dict[str, str]]:
    """The ESCO occupations / ISCO groups the lexicon maps to, by code (``esco_concepts.csv``)."""
    text = (
        resources.files("features")
        .joinpath("data/occupations/esco_concepts.csv")
        .read_text(encoding="utf-8")
    )
    return {row["code"]: dict(row) for row in csv.DictReader(text.splitlines())}


@dataclass(frozen=True)
class _Index:
    """Look-up structures built once from the lexicon."""

    #: folded single-word term → entries with that key
    words: dict[str, tuple[LexiconEntry, ...]]
    min_len: int
    max_len: int
    #: one-deletion variants of the longer single-word terms → their keys (typo matching)
    deletes: dict[str, frozenset[str]]
    #: folded first word form of a phrase → (entry, accepted forms of each following word)
    phrases: dict[str, tuple[tuple[LexiconEntry, tuple[frozenset[str], ...]], ...]]


def _forms(word: str) -> frozenset[str]:
    """A word with every inflection ending (for phrase words)."""
    return frozenset(word + e for e in INFLECTIONS)


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


@cache
def _index() -> _Index:
    words: dict[str, list[LexiconEntry]] = {}
    phrases: dict[str, list[tuple[LexiconEntry, tuple[frozenset[str], ...]]]] = {}
    deletes: dict[str, set[str]] = {}
    for entry in lexicon():
        if entry.match == "phrase":
            first, *rest = entry.key.split(" ")
            tail = tuple(_forms(w) for w in rest)
            for form in _forms(first):
                phrases.setdefault(form, []).append((entry, tail))
            continue
        words.setdefault(entry.key, []).append(entry)
        if len(entry.key) >= _MIN_TYPO_SHORT:
            for variant in _deletions(entry.key) | {entry.key}:
                deletes.setdefault(variant, set()).add(entry.key)
    lengths = [len(k) for k in words]
    return _Index(
        words={k: tuple(v) for k, v in words.items()},
        min_len=min(lengths),
        max_len=max(lengths),
        deletes={k: frozenset(v) for k, v in deletes.items()},
        phrases={k: tuple(v) for k, v in phrases.items()},
    )


# --- matching one word -----------------------------------------------------------------------


def _endings_ok(entry: LexiconEntry, rest: str) -> bool:
    """Whether ``rest`` after the term is an inflection ending (allowing a doubled final
    consonant: "kok" → "kokken", "bud" → "buddet")."""
    if rest in INFLECTIONS:
        return True
    last = entry.key[-1]
    return last not in "aeiouy" and rest[:1] == last and rest[1:] in INFLECTIONS


def _generic_head_follows(rest: str) -> bool:
    """Whether ``rest`` (what follows a term inside a word) is a generic compound head such as
    "-opgaver", "-arbejde" or "-funktion", optionally after a linking -s-/-e-: the term before it
    is then what the compound is about ("pakkeopgaver", "kassefunktion", "salgsjob")."""
    for link in ("", "s", "e"):
        if not rest.startswith(link):
            continue
        tail = rest[len(link) :]
        for ending in _INFLECTIONS_LONGEST_FIRST + ("",):
            if tail.endswith(ending) and tail[: len(tail) - len(ending)] in _GENERIC_HEADS:
                return True
    return False


def _entry_allows(entry: LexiconEntry, start: int, rest: str) -> bool:
    if entry.match == "exact":
        return start == 0 and (_endings_ok(entry, rest) or _generic_head_follows(rest))
    if start != 0 and start < _MIN_MODIFIER:
        return False
    if entry.match == "tail":
        # Only a word-initial tail term may take a generic head: inside a longer word the
        # split is too often wrong ("kirkegårds|medhjælper" is not "smed" + "hjælper").
        return _endings_ok(entry, rest) or (start == 0 and _generic_head_follows(rest))
    return True  # "part": any compound tail or ending


def _osa_distance_at_most_one(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by at most one edit (insert, delete, substitute or swap
    of two neighbouring letters)."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    i = 0
    while i < min(la, lb) and a[i] == b[i]:
        i += 1
    if la == lb:
        if a[i + 1 :] == b[i + 1 :]:
            return True
        return a[i : i + 2] == b[i : i + 2][::-1] and a[i + 2 :] == b[i + 2 :]
    if la > lb:
        return a[i + 1 :] == b[i:]
    return a[i:] == b[i + 1 :]


def _doubling_or_swap(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by two swapped neighbours or by one doubled letter."""
    la, lb = len(a), len(b)
    if la == lb:
        i = next((k for k in range(la) if a[k] != b[k]), la)
        return i < la - 1 and a[i : i + 2] == b[i : i + 2][::-1] and a[i + 2 :] == b[i + 2 :]
    longer, shorter = (a, b) if la > lb else (b, a)
    if len(longer) != len(shorter) + 1:
        return False
    i = next((k for k in range(len(shorter)) if longer[k] != shorter[k]), len(shorter))
    return longer[i + 1 :] == shorter[i:] and i > 0 and longer[i] == longer[i - 1]


def _typo_ok(stem: str, key: str) -> bool:
    if stem[0] != key[0]:
        return False
    if len(key) >= _MIN_TYPO_TERM:
        return _osa_distance_at_most_one(stem, key)
    return stem == key or _doubling_or_swap(stem, key)


def _typo_match(word: str) -> tuple[tuple[LexiconEntry, float], ...]:
    """Best one-edit match of ``word`` (or of ``word`` without an inflection ending) against the
    longer lexicon terms; the first letter must agree (typos rarely hit it, and it keeps
    "partner" away from "gartner")."""
    idx = _index()
    stems = [word]
    for ending in _INFLECTIONS_LONGEST_FIRST:
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_TYPO_SHORT - 1:
            stems.append(word[: -len(ending)])
    best: LexiconEntry | None = None
    for stem in stems:
        for variant in _deletions(stem) | {stem}:
            for key in idx.deletes.get(variant, ()):
                if not _typo_ok(stem, key):
                    continue
                for entry in idx.words[key]:
                    if best is None or (entry.weight, len(entry.key)) > (
                        best.weight,
                        len(best.key),
                    ):
                        best = entry
        if best is not None:
            break
    return ((best, _CONF_TYPO),) if best is not None else ()


@lru_cache(maxsize=65536)
def _word_hits(word: str) -> tuple[tuple[LexiconEntry, float], ...]:
    """Lexicon entries in one folded word, with match confidence, in reading order.

    The longest term wins at each start position; overlapping shorter terms are dropped; in a
    compound with several terms the last one (the head) keeps full confidence.
    """
    for short, full in ABBREVIATED_HEADS:
        if word.endswith(short):
            if len(word) - len(short) >= _MIN_MODIFIER:
                expanded = _word_hits(word[: -len(short)] + full)
                if expanded:
                    return expanded
            break
    idx = _index()
    n = len(word)
    if n < idx.min_len:
        return ()
    spans: list[tuple[int, int, tuple[LexiconEntry, ...]]] = []
    for start in range(n - idx.min_len + 1):
        for end in range(min(n, start + idx.max_len), start + idx.min_len - 1, -1):
            entries = idx.words.get(word[start:end])
            if not entries:
                continue
            ok = tuple(e for e in entries if _entry_allows(e, start, word[end:]))
            if ok:
                spans.append((start, end, ok))
                break
    if not spans:
        if n < _MIN_TYPO_SHORT - 1 or word in _NOT_TYPOS:
            return ()
        return _typo_match(word)
    longest = max(end - start for start, end, _ in spans)
    if longest < _MIN_COVERAGE * n and word not in _NOT_TYPOS:
        typo = _typo_match(word)
        if typo and len(typo[0][0].key) > longest:
            return typo
    chosen: list[tuple[int, int, tuple[LexiconEntry, ...]]] = []
    for span in sorted(spans, key=lambda s: (s[0] - s[1], s[0])):
        if all(span[1] <= c[0] or span[0] >= c[1] for c in chosen):
            chosen.append(span)
    chosen.sort()
    out: list[tuple[LexiconEntry, float]] = []
    for k, (start, end, entries) in enumerate(chosen):
        whole = start == 0 and word[end:] in INFLECTIONS
        conf = _CONF_WORD if whole else _CONF_COMPOUND
        if k < len(chosen) - 1:
            conf *= _MODIFIER_FACTOR
        out.extend((e, conf) for e in entries)
    return tuple(out)


# --- matching a text -------------------------------------------------------------------------


def hits_in_tokens(tokens: Sequence[str], offset: int = 0, area_names: bool = False) -> list[Hit]:
    """Lexicon hits in a list of folded tokens, in reading order. At each word the longest
    phrase starting there wins, and the words it covers are not matched again. ``offset`` is
    added to every position. A task area's own name (kind ``area``: "Transport") counts only
    with ``area_names``, for task suggestions: in a CV or a note it is mostly the commute ("har
    egen transport")."""
    phrases = _index().phrases
    hits: list[Hit] = []
    n = len(tokens)
    skip_to = 0
    for i, tok in enumerate(tokens):
        if i < skip_to:
            continue
        candidates = phrases.get(tok)
        if candidates:
            best: tuple[int, LexiconEntry] | None = None
            for entry, tail in candidates:
                end = i + 1 + len(tail)
                if (
                    (best is None or end > best[0])
                    and end <= n
                    and all(tokens[i + 1 + j] in forms for j, forms in enumerate(tail))
                ):
                    best = (end, entry)
            if best is not None:
                hits.append(Hit(best[1], best[1].weight * _CONF_WORD, offset + i))
                skip_to = best[0]
                continue
        found = _word_hits(tok)
        if not found:
            continue
        cancel = _CANCELLED_BY_NEXT.get(tok)
        if cancel and i + 1 < n and tokens[i + 1] in cancel:
            continue
        for entry, conf in found:
            if entry.kind == "area" and (
                not area_names
                or (i > 0 and tokens[i - 1] in _COMMUTE_BEFORE)
                or (i + 1 < n and tokens[i + 1] in _COMMUTE_AFTER)
            ):
                continue
            hits.append(Hit(entry, entry.weight * conf, offset + i))
    return hits


def text_hits(text: str) -> list[Hit]:
    """All lexicon hits in ``text`` (any case, æøå or ASCII spelling)."""
    return hits_in_tokens(tokenize(fold(text)))


def area_scores_of_hits(hits: Iterable[Hit]) -> dict[str, float]:
    """Combine hits into one 0..1 score per task area (noisy-or: each mention adds evidence,
    none alone exceeds its own score); secondary areas get half the signal."""
    miss: dict[str, float] = {}
    for hit in hits:
        miss[hit.entry.area] = miss.get(hit.entry.area, 1.0) * (1.0 - hit.score)
        if hit.entry.area2:
            area2 = hit.entry.area2
            miss[area2] = miss.get(area2, 1.0) * (1.0 - _AREA2_FACTOR * hit.score)
    scores = {a: round(1.0 - m, 4) for a, m in miss.items() if m < 1.0}
    return dict(sorted(scores.items(), key=lambda kv: -kv[1]))


@lru_cache(maxsize=8192)
def _task_area_scores_cached(text: str) -> tuple[tuple[str, float], ...]:
    return tuple(area_scores_of_hits(text_hits(text)).items())


def task_area_scores(text: str) -> dict[str, float]:
    """Task areas the text speaks of, each scored 0..1 (empty when none), strongest first.

    >>> task_area_scores("Lagermedarbejder hos PostNord")["warehouse"]
    1.0
    >>> task_area_scores("Jeg kan godt lide at læse")
    {}
    """
    if not text:
        return {}
    return dict(_task_area_scores_cached(text))


class _Conjunct:
    """One activity of a task suggestion: its head and its modifiers, as hits and client-group
    scores."""

    __slots__ = ("head", "head_clients", "mods", "mod_clients", "genitive")

    def __init__(self) -> None:
        #: The head is a workplace in the genitive ("Plejehjemmets køkken").
        self.genitive = False
        self.head: list[Hit] = []
        self.head_clients: dict[str, float] = {}
        self.mods: list[Hit] = []
        self.mod_clients: dict[str, float] = {}

    def has_head(self) -> bool:
        return bool(self.head or self.head_clients)


def _client_area(word: str) -> str | None:
    """The area of a client-group word ("ældre", "gæsterne", "børn"), if it is one."""
    for ending in ("", *_INFLECTIONS_LONGEST_FIRST):
        if word.endswith(ending):
            area = _CLIENT_GROUPS.get(word[: len(word) - len(ending)])
            if area is not None:
                return area
    return None


def _noisy_or(hits: list[Hit], clients: Mapping[str, float]) -> dict[str, float]:
    scores = area_scores_of_hits(hits)
    for area, score in clients.items():
        scores[area] = 1.0 - (1.0 - scores.get(area, 0.0)) * (1.0 - score)
    return scores


def is_light(hits: Sequence[Hit]) -> bool:
    """Whether the hits name only activities whose area comes from their object or place
    ("pleje af ...", "sortering", "oprydning"): light task words and weak terms.

    >>> is_light(text_hits("sortering")), is_light(text_hits("lagerarbejde"))
    (True, False)
    """
    return all(h.entry.key in _LIGHT_HEADS or h.entry.weight < _LIGHT_HEAD_WEIGHT for h in hits)


def _conjunct_scores(conj: _Conjunct) -> dict[str, float]:
    """Area scores of one activity, its strongest area scaled to 1."""
    head = _noisy_or(conj.head, conj.head_clients)
    mods = _noisy_or(conj.mods, conj.mod_clients)
    # A firm named first says where, the task after it what ("Lidl lager"), and so does a
    # workplace in the genitive ("Plejehjemmets køkken"); a workplace that names its trade
    # keeps it ("Kantinen på en produktionsvirksomhed"), and a firm's place is no task ("ISS
    # på sygehus").
    places = all(h.entry.kind == "place" for h in conj.head)
    firm = all(h.entry.weight <= _LIGHT_HEAD_WEIGHT for h in conj.head)
    tasks = any(h.entry.kind in ("task", "title") and not is_light([h]) for h in conj.mods)
    place_head = places and ((firm and tasks) or (conj.genitive and bool(conj.mods)))
    if mods and not conj.head_clients and (place_head or is_light(conj.head)):
        scores = {a: m + _LIGHT_HEAD_FACTOR * head.get(a, 0.0) for a, m in mods.items()}
    else:
        # The modifier only chooses among the areas the head allows: "Pakkeri i produktion" is
        # production (pakkeri is warehouse or production), "Kørsel med pakker" stays transport.
        # A job title names one job, so it keeps its own area ("Portør på sygehus").
        scores = dict(head)
        titled = any(h.entry.kind == "title" for h in conj.head)
        allowed = [] if titled else [a for a in head if a in mods]
        if allowed:
            chosen = max(allowed, key=lambda a: (mods[a], head[a]))
            top_head = max(head.values())
            scores = {a: _UNCHOSEN_FACTOR * h / top_head for a, h in head.items()}
            scores[chosen] = 1.0
    top = max(scores.values(), default=0.0)
    if top <= 0:
        return {}
    scores = {a: v / top for a, v in scores.items()}
    place_areas = {h.entry.area for h in (*conj.head, *conj.mods) if h.entry.kind == "place"}
    for area, trades in _PLACE_DEFINED_AREAS.items():
        if area in place_areas and max(scores, key=scores.__getitem__) in trades:
            scores = {a: _UNCHOSEN_FACTOR * v for a, v in scores.items()}
            scores[area] = 1.0
    return scores


class _Suggestion(NamedTuple):
    """A folded task suggestion as words, with the separating marks before each word ("" when
    none), the lexicon hits by position, the positions inside a phrase hit, and the positions
    of the activities it excludes, of those it tells as past and of those it turns down only
    under a condition ("Ikke lager om natten": no wish, and no area turned down either)."""

    words: list[str]
    marks_before: list[str]
    by_position: dict[int, list[Hit]]
    covered: set[int]
    excluded: set[int]
    past: set[int]
    conditional: set[int]

    def named(self) -> list[int]:
        """Positions of the words that name a task area (a lexicon hit or a client group)."""
        return [
            i
            for i in range(len(self.words))
            if self.by_position.get(i) or _client_area(self.words[i])
        ]


@lru_cache(maxsize=8192)
def _suggestion_words(folded: str) -> _Suggestion:
    """A folded suggestion read once (for its areas, what it excludes and what is past);
    callers must not change what it returns."""
    words: list[str] = []
    marks_before: list[str] = []
    marks = ""
    for tok in _SUGGESTION_TOKEN_RE.findall(folded):
        if _SEPARATOR_RE.fullmatch(tok):
            marks += tok
            continue
        words.append(tok.replace("-", ""))
        marks_before.append(marks)
        marks = ""
    by_position: dict[int, list[Hit]] = {}
    covered: set[int] = set()
    for hit in hits_in_tokens(words, area_names=True):
        by_position.setdefault(hit.position, []).append(hit)
        if hit.entry.match == "phrase":
            covered.update(range(hit.position + 1, hit.position + hit.entry.key.count(" ") + 1))
    excluded, conditional = _excluded_positions(words, marks_before, by_position)
    past = _past_positions(words, marks_before)
    return _Suggestion(words, marks_before, by_position, covered, excluded, past, conditional)


def _read_suggestion(folded: str) -> list[_Conjunct]:
    """Split a folded task suggestion into its activities (conjuncts), each with its head and
    modifiers (see the comment above ``_PREPOSITIONS``)."""
    read = _suggestion_words(folded)
    words, marks_before, by_position, covered, excluded, past, conditional = read
    excluded = excluded | conditional
    wished = [i for i in read.named() if i not in past and i not in excluded]
    turned_away = _TURNED_AWAY & set(words) or any(
        a in ("vil", "oensker") and b == "ikke" for a, b in zip(words, words[1:], strict=False)
    )
    if wished or excluded or turned_away:
        excluded = excluded | past
    separated_before = [bool(m) for m in marks_before]
    conjuncts = [_Conjunct()]
    in_head = True
    # True inside the modifier whose words became the head because the head word named no
    # area ("Hjælp i køkkenet på plejecenter": køkken is the activity, plejecenter the place).
    promoted = False
    pending = alternative = negated_part = False
    for i, word in enumerate(words):
        if any(c in marks_before[i] for c in ".!?\n"):
            # a sentence is an activity of its own: "Lager. Hun vil gerne i køkken" does not
            # read the kitchen as the warehouse's place
            if conjuncts[-1].has_head():
                conjuncts.append(_Conjunct())
            in_head, promoted = True, False
        if i in covered:
            continue
        pending = pending or separated_before[i]
        if i in excluded:
            continue
        hits = by_position.get(i, [])
        if not hits:
            if word in _COORDINATORS:
                pending = True
                alternative = word in _ALTERNATIVES
                continue
            if word in _PREPOSITIONS:
                # "Lager, evt. i butik": a place offered as an alternative to an activity that
                # has none of its own is another activity (after "og" it is the same
                # activity's second place: "Rengøring på kontor og i kantine")
                in_head = promoted = alternative and pending and not conjuncts[-1].mods
                continue
        if marks_before[i]:
            negated_part = False
        negated_part = negated_part or word in _NEGATORS
        # the people or things of a part that says no are its reason, no wish: "Ikke køkken –
        # vil ikke lugte af mad"
        client = None if hits or negated_part else _client_area(word)
        if not hits and client is None:
            continue
        if pending:
            # After "og" or a separator a new activity starts, unless the words coordinated
            # are the objects or places of a modifier ("Rengøring af kontor og kantine").
            if in_head or promoted or any(h.entry.kind in ("title", "task") for h in hits):
                if conjuncts[-1].has_head():
                    conjuncts.append(_Conjunct())
                in_head = True
            pending = False
        conj = conjuncts[-1]
        if not conj.has_head():
            promoted = not in_head
            conj.head.extend(hits)
            conj.genitive = word.endswith(_GENITIVE_ENDINGS)
            if client is not None:
                conj.head_clients[client] = _CLIENT_WEIGHT
        else:
            # After the head, a word without a preposition is an apposition ("Opvask kantine").
            conj.mods.extend(hits)
            if client is not None:
                conj.mod_clients[client] = _CLIENT_WEIGHT
    return conjuncts


def _excluded_positions(
    words: Sequence[str], marks_before: Sequence[str], by_position: Mapping[int, list[Hit]]
) -> tuple[set[int], set[int]]:
    """Positions of the activity words a task suggestion excludes (they name no wish), and of
    those it excludes only under a condition right after them ("Ikke lager om natten", "Ikke
    rengøring i private hjem"): no wish, but no area turned down either.

    An exclusion before its activities ("Ikke rengøring", "Lager, men ikke truck", "Borger
    fravælger rengøring") runs over the activities joined to it ("hverken køkken eller
    kantine", "ikke køkken/rengøring") to the next separator or a word that turns to what is
    wished ("men", "gerne"); a heading ("Fravalgt: køkken, kantine") runs to the end of its
    sentence. Before its first activity only small words may come ("ikke noget med kunder");
    any other word takes the negation itself ("ikke tungt lagerarbejde" still wishes warehouse
    work). An exclusion after its activities ("Chauffør nej", "Rengøring - nej", "Rengøring er
    ikke en mulighed", "Opvask er udelukket") takes those of its part.
    """

    def names_area(i: int) -> bool:
        return bool(by_position.get(i)) or _client_area(words[i]) is not None

    def areas_of(i: int) -> set[str]:
        client = _client_area(words[i])
        return {h.entry.area for h in by_position.get(i, ())} | ({client} if client else set())

    def sentence_end(i: int) -> bool:
        return any(c in marks_before[i] for c in ".!?\n")

    n = len(words)
    out: set[int] = set()
    conditional: set[int] = set()
    part, previous = 0, (0, 0)  # first word of the current part; the part before it
    for i, word in enumerate(words):
        if marks_before[i]:
            part, previous = i, (part, i)
        if names_area(i):
            continue
        ends_part = i + 1 == n or bool(marks_before[i + 1]) or words[i + 1] == "tak"
        before = [j for j in range(part, i) if names_area(j)]
        before_part = [j for j in range(*previous) if names_area(j)]
        if word == "nej" and ends_part and _word_at(words, i + 2) != "til":
            # "Chauffør nej", "Rengøring - nej", "Køkken: nej" (not "Nej tak til pleje")
            out.update(before or before_part)
            continue
        if (
            word == "aldrig"
            and _word_at(words, i + 1) in ("igen", "mere")
            and (i + 2 == n or marks_before[i + 2])
        ):  # "Rengøring? Aldrig igen."
            out.update(before or before_part)
            continue
        if _excludes_what_went_before(words, marks_before, i) and (
            before or (i <= part + 2 and before_part)  # "Rengøring, vil ikke igen"
        ):
            out.update(before or before_part)
            continue
        other_than = (
            word in ("end", "than", "but")
            and i > 0
            and words[i - 1] in _OTHER
            and not {"ikke", "intet"} & set(words[part : i - 1])  # "ikke ... andet end" = only
        )
        if not (word in _NEGATORS or other_than):
            continue
        j = i + 1
        if j < n and words[j] in _NEGATION_CANCELLED_BY:
            continue
        heading = j < n and ":" in marks_before[j]
        seen_area = False
        run: list[int] = []
        qualified = False  # a word right after the last activity restricts it
        while j < n and words[j] not in _NEGATION_ENDS:
            marks = marks_before[j]
            if marks and not (
                (heading and not sentence_end(j))
                or (seen_area and marks.strip() == "/")
                or (seen_area and marks.strip() == "," and _ends_in_or(words, marks_before, j))
            ):
                break
            if names_area(j):
                if qualified and not areas_of(j) & {a for k in run for a in areas_of(k)}:
                    conditional.add(j)  # the condition's object: "med skiftende vagter"
                else:  # the same area again is no condition: "børn i SFO"
                    run.append(j)
                    qualified = False
                seen_area = True
            elif not seen_area and words[j] not in _NEGATION_FILLERS | _COORDINATORS:
                break
            elif seen_area and run[-1] == j - 1 and words[j] in _QUALIFIERS:
                qualified = True
            j += 1
        (conditional if qualified else out).update(run)
    return out - conditional, conditional


def _ends_in_or(words: Sequence[str], marks_before: Sequence[str], start: int) -> bool:
    """Whether the comma list that goes on at ``start`` ends its part in "eller": "ikke lager,
    pedel eller butik" excludes all three. "Og" leaves it open ("Ikke rengøring, lager og
    butik" may wish the last two), and so does a word after the list ("..., lager eller butik
    er fint")."""
    said_or = False
    for j in range(start, len(words)):
        marks = marks_before[j].strip()
        if j > start and marks and marks != ",":
            return said_or
        if words[j] in ("eller", "el", "or", "nor"):
            said_or = True
        elif said_or and words[j] in _NEGATION_FILLERS - {"tak"} | {"er", "ok", "fint"}:
            return False
    return said_or


def _past_positions(words: Sequence[str], marks_before: Sequence[str]) -> set[int]:
    """Positions of the words of a part that tells the citizen's past ("Hun har været
    kassedame i Føtex i 15 år", "(var i praktik i en kantine i 2022)", "tidligere tømrer"):
    background, not a wish."""
    out: set[int] = set()
    start = 0
    heading = False  # inside the list after a heading of the past ("Erfaring: lager, butik")
    for end in range(1, len(words) + 1):
        # a part ends at a separator or where it turns to the wish ("..., og vil gerne ...")
        if end < len(words) and not marks_before[end] and words[end] not in _WISH_TURNS:
            continue
        part = words[start:end]
        if heading and any(c in marks_before[start] for c in ".!?\n"):
            heading = False
        past = any(w in _PAST_WORDS for w in part) or any(
            w == "har" and _PAST_PARTICIPLES & set(part[k + 1 : k + 3]) for k, w in enumerate(part)
        )
        if past or heading:
            out.update(range(start, end))
        heading = heading or (past and end < len(words) and ":" in marks_before[end])
        start = end
    return out


def _word_at(words: Sequence[str], i: int) -> str:
    return words[i] if 0 <= i < len(words) else ""


def _excludes_what_went_before(words: Sequence[str], marks_before: Sequence[str], i: int) -> bool:
    """Whether word ``i`` rules out the activities before it in its part ("Opvask er
    udelukket", "Rengøring uønsket", "Lager er ikke aktuelt", "Køkken er ikke noget for ham",
    "Køkken kommer ikke på tale", "... vil ikke mere"), not a manner of them or a worry about
    them ("Lager er ikke for tungt", "Rengøring er ikke noget problem")."""
    if words[i] in _EXCLUDED_AFTER:
        return True
    if words[i] not in ("ikke", "ikk"):
        return False
    after: list[str] = []  # up to two words after it in its part
    for k in range(i + 1, min(i + 3, len(words))):
        if marks_before[k]:
            break
        after.append(words[k])
    first = after[0] if after else ""
    verb = words[i - 1] if i > 0 else ""
    if verb in ("vil", "oensker", "det"):  # "..., vil ikke mere", "- ønsker det ikke"
        return first in ("", "mere", "igen", "tilbage") or tuple(after) == ("at", "vende")
    if len(after) == 1 and first in ("igen", "mere"):  # "Lager - ikke igen"
        return True
    if verb == "kommer":
        return first in ("", "paa")
    return first in _RULED_OUT or tuple(after) in _RULED_OUT_PAIRS


@lru_cache(maxsize=8192)
def _suggestion_scores_cached(suggestion: str) -> tuple[tuple[str, float], ...]:
    out: dict[str, float] = {}
    for conj in _read_suggestion(fold(suggestion)):
        for area, score in _conjunct_scores(conj).items():
            out[area] = max(out.get(area, 0.0), score)
    return tuple(sorted(((a, round(v, 4)) for a, v in out.items()), key=lambda kv: -kv[1]))


def suggestion_area_scores(suggestion: str) -> dict[str, float]:
    """Task areas one task suggestion names, its strongest area scored 1.0, strongest first.

    Unlike :func:`task_area_scores`, which weighs every term of a text alike, this reads the
    suggestion as Danish caseworkers write it: the head (the activity) decides, a modifier
    ("i produktion", "med pakker") only chooses among the areas the head allows or decides when
    the head names no area; activities joined by "og", "/" or "," count each in full; and the
    people the work is for ("med ældre", "af gæster") name an area.

    >>> suggestion_area_scores("Kørsel med pakker")
    {'transport': 1.0}
    >>> list(suggestion_area_scores("Kantine og køkken"))
    ['canteen', 'kitchen']
    """
    if not suggestion:
        return {}
    return dict(_suggestion_scores_cached(suggestion))


def _ranked_suggestion_scores(
    suggestions: Sequence[str],
) -> list[tuple[float, dict[str, float]]]:
    """(Rank weight, area scores) of each task suggestion that names an area. The rank is the
    position among the non-empty suggestions: one this module cannot read still stood ahead of
    the later ones in the citizen's list. A suggestion that only tells the past ("Tidligere
    rengøringsassistent") is background beside others that wish something."""
    read: list[tuple[float, dict[str, float], bool]] = []
    last = len(_SUGGESTION_RANK_WEIGHTS) - 1
    for rank, suggestion in enumerate(s for s in suggestions if s and s.strip()):
        scores = suggestion_area_scores(suggestion)
        if scores:
            read.append(
                (_SUGGESTION_RANK_WEIGHTS[min(rank, last)], scores, _tells_only_past(suggestion))
            )
    wishes = any(not past for _, _, past in read)
    return [(weight, scores) for weight, scores, past in read if not (past and wishes)]


@lru_cache(maxsize=8192)
def _tells_only_past(suggestion: str) -> bool:
    """Whether every activity a suggestion names is in a part that tells the past, and it
    wishes nothing of it ("Har været i praktik i kantinen og vil gerne forlænge" does)."""
    read = _suggestion_words(fold(suggestion))
    if _WISH_TURNS & set(read.words):
        return False
    named = read.named()
    return bool(named) and all(i in read.past for i in named)


@lru_cache(maxsize=8192)
def _excluded_areas_cached(suggestion: str) -> frozenset[str]:
    read = _suggestion_words(fold(suggestion))
    areas = {h.entry.area for i in read.excluded for h in read.by_position.get(i, ())}
    areas.update(a for i in read.excluded if (a := _client_area(read.words[i])) is not None)
    return frozenset(areas)


def suggestion_excluded_areas(suggestions: Sequence[str]) -> set[str]:
    """Task areas a citizen's task suggestions exclude ("Ikke rengøring", "Køkken: nej") and
    none of them wishes: what a consultant should hear before proposing such a seat.

    >>> sorted(suggestion_excluded_areas(["Lager", "Ikke rengøring", "Kantine - nej"]))
    ['canteen', 'cleaning']
    """
    excluded: set[str] = set()
    for suggestion in suggestions:
        if suggestion and suggestion.strip():
            excluded |= _excluded_areas_cached(suggestion)
    return excluded - set(suggestion_rank_weights(suggestions))


def suggestion_task_areas(suggestions: Sequence[str]) -> dict[str, float]:
    """Interest weight per task area from a citizen's task suggestions (*opgaveforslag*).

    Each suggestion that names a task area contributes to it (see
    :func:`suggestion_area_scores`: its strongest area counts fully, so a short "Pedel" and a
    wordy "Pasning af grønne områder" weigh the same); earlier suggestions weigh more
    (1.0, 0.9, 0.8, 0.7, then 0.6), since caseworkers list the citizen's first wish first. The
    weights sum to 1; only areas that a suggestion names get a weight.

    >>> w = suggestion_task_areas(["Opfyldning af varer", "Kantinearbejde"])
    >>> max(w, key=w.get), round(sum(w.values()), 6)
    ('shop', 1.0)
    """
    totals: dict[str, float] = {}
    for factor, scores in _ranked_suggestion_scores(suggestions):
        for area, score in scores.items():
            totals[area] = totals.get(area, 0.0) + factor * score
    total = sum(totals.values())
    if total <= 0:
        return {}
    out = {a: round(v / total, 4) for a, v in totals.items()}
    return dict(sorted(out.items(), key=lambda kv: -kv[1]))


def suggestion_rank_weights(suggestions: Sequence[str]) -> dict[str, float]:
    """How early each task area comes among a citizen's task suggestions, as a weight 0..1.

    The first suggestion's area weighs 1.0, the next ones less (0.9, 0.8, 0.7, then 0.6, by
    position in the list, unreadable suggestions included); an area named by
    several suggestions keeps its best rank. Unlike :func:`suggestion_task_areas` the weights are
    not shared out, so a citizen's first wish weighs the same whether they gave three
    suggestions or five. A suggestion names its strongest area and any area scoring nearly as
    high (two activities, e.g. "Kantine og køkken"); see :func:`suggestion_area_scores`.

    >>> suggestion_rank_weights(["Opfyldning af varer", "Kantinearbejde"])
    {'shop': 1.0, 'canteen': 0.9}
    """
    out: dict[str, float] = {}
    for weight, scores in _ranked_suggestion_scores(suggestions):
        for area, score in scores.items():
            if score >= _SUGGESTION_TIE:
                out[area] = max(out.get(area, 0.0), weight)
    return dict(sorted(out.items(), key=lambda kv: -kv[1]))


def occupations_of_hits(
    hits: Iterable[Hit], top: int | None = None, tiebreak: Mapping[str, float] | None = None
) -> list[OccupationHit]:
    """Group hits (in reading order) by occupation code, best first.

    Skill words (licences, "Excel") never name an occupation; a workplace word names one less
    surely than a title. Repeated mentions raise the score (noisy-or); the label is the title of
    the strongest mention. Equal scores are ordered by ``tiebreak`` (higher first, e.g. years of
    experience per code), then by first mention.
    """
    miss: dict[str, float] = {}
    best: dict[str, Hit] = {}
    first: dict[str, int] = {}
    for k, hit in enumerate(hits):
        entry = hit.entry
        if entry.kind == "skill":
            continue
        code = entry.code
        score = hit.score * (_PLACE_OCCUPATION_FACTOR if entry.kind == "place" else 1.0)
        miss[code] = miss.get(code, 1.0) * (1.0 - score)
        if code not in best:
            first[code] = k
            best[code] = hit
        elif hit.score > best[code].score:
            best[code] = hit
    extra = tiebreak or {}
    ranked = sorted(miss, key=lambda c: (round(miss[c], 4), -extra.get(c, 0.0), first[c]))
    if top is not None:
        ranked = ranked[: max(top, 0)]
    return [
        OccupationHit(
            code=c,
            label=best[c].entry.title,
            score=round(1.0 - miss[c], 4),
            task_area=best[c].entry.area,
        )
        for c in ranked
    ]


def match_occupations(text: str, top: int = 3) -> list[OccupationHit]:
    """The occupations ``text`` names, best first, at most ``top``.

    >>> [(o.code, o.label, o.task_area) for o in match_occupations("Truckfører på et lager")][:1]
    [('8344.1', 'truckfører', 'warehouse')]
    """
    if not text:
        return []
    return occupations_of_hits(text_hits(text), top)
