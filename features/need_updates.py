"""Sentences of a case text that update the needs read in other sentences.

A caseworker's field grows by entries: "Skånehensyn pr. 01.09: max 20 timer/uge, rolige
omgivelser. Opdateret 12.01: Timebegrænsningen er ophævet." The sentence reader reads each
sentence on its own; this module reads what one sentence says about the needs of the others:

* a named need said to be over ("Timebegrænsningen er ophævet", "Hensynet om fleksible pauser
  er fjernet efter kontrol", "Alle tidligere skånehensyn (stående arbejde) bortfalder");
* a past need followed by a statement that there are no needs now ("I 2021 måtte han ikke
  løfte over 10 kg. Der er ingen aktuelle skånehensyn.");
* a past need set against what holds today ("Dengang kunne han slet ikke løfte. I dag må han
  løfte op til 15 kg." → 15 kg);
* a wish the text says is no need ("Foretrækker rolige omgivelser, men det er ikke et krav";
  "Borger spurgte, om hun kan sidde ned. Det er ikke et krav, bare et ønske.").

Dropping a need is the dangerous direction, and two independent adversarial reviews showed
that wording can always be found that a rule of this kind misreads (a replacement figure, a
reinstatement, a date to come, another person, a question). So a dropped need is **never
silent**: every sentence read as an update gives a warning (:data:`READ_AS_OVER`) that quotes it,
the citizen's needs count as unclear until a caseworker has reviewed them, and matching treats
the citizen's seats as unverified meanwhile (batch allocation leaves them out). The rules are
narrow besides, so that the warning is seldom wrong: only plain statements update, and any word
that may keep the need (a negation, a condition, a date still to come, a part, a doubt, a trial,
a question, another person, a later reinstatement) leaves every need as read.

The module works on plain strings and code sets and imports only the text plumbing of
:mod:`features.text`; the reader
supplies a function that reads the codes of a span of text (the need a subject names:
"Hensynet om ingen kundekontakt").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Final

from features.text import MONTHS

#: The start of the warning a sentence read as an update gives.
READ_AS_OVER: Final = "needs read as no longer holding, check"
#: People other than the citizen whose needs a text may tell of: colleagues, trainees,
#: relatives ("anden"/"andre": another one).
_OTHERS: Final = (
    r"kolleg\w*|mentor\w*|praktikant\w*|medarbejder\w*|mand(?:en)?|kone\w*|hustru\w*|"
    r"søster\w*|bror\w*|mor|far|datter\w*|søn\w*|ægtefælle\w*|kæreste\w*|anden|andre"
)

# --- a need said to be over -------------------------------------------------------------------

#: Verbs that say a need is over. The perfect and the past tense state a fact; the present
#: tense ("bortfalder", "ophæves") may announce what is still to come ("ophæves 1. marts"), so
#: it counts only with nothing after it. "Ikke (længere) relevant" is left out: a need not
#: relevant to one job still holds for the others.
_DONE_VERB: Final = (
    r"(?:(?:er|blev|er blevet)(?: (?:nu|helt|derfor|hermed|således|dermed))* "
    r"(?:ophævet|fjernet|bortfaldet|frafaldet|annulleret|udfaset|ophørt|udgået)|"
    r"bortfaldt|ophørte|udløb|udgik|"
    r"(?:er|gælder)(?: (?:nu|derfor|hermed|således|dermed))* ikke (?:længere |mere )?"
    r"(?:aktuel\w*|nødvendig\w*|gældende)|gælder (?:nu )?ikke (?:længere|mere))"
)
_PRESENT_VERB: Final = r"(?:bortfalder|ophæves|udgår|ophører|frafaldes|annulleres)"
_LIFT_RE: Final = re.compile(
    rf"^(?:(?P<label>[^:]{{1,40}}):\s+)?(?P<subject>\S.*?)\s+(?:(?P<done>{_DONE_VERB})|{_PRESENT_VERB})(?P<tail>\W.*|)$",
    re.DOTALL,
)
#: A doctor has lifted a need: "Lægen har ophævet timebegrænsningen." Only a doctor or a
#: therapist lifts a need: an employer or a consultant removing one is no evidence it is over.
_AGENT_LIFT_RE: Final = re.compile(
    r"^(?:(?P<label>[^:]{1,40}):\s+)?(?P<agent>(?:egen |den |hendes |hans |borgers )?(?:læge\w*|speciallæge\w*|ortopæd\w*|"
    r"neurolog\w*|psykiater\w*|psykolog\w*|fysioterapeut\w*|ergoterapeut\w*|hudlæge\w*|"
    r"arbejdsmediciner\w*|rehabiliteringsteam\w*))\s+(?:har|havde)(?: (?:nu|derfor|hermed))* "
    r"(?:fjernet|ophævet|annulleret|frafaldet)\s+(?P<subject>\S.*?)(?P<tail>\s+(?:efter|ved)\s.*|)"
    r"[\s.!]*$",
    re.DOTALL,
)
#: The only heading a lifting sentence may have: a date, or "Opdateret"/"Status" and a date.
_ENTRY_LABEL_RE: Final = re.compile(
    r"^(?:(?:opdateret|opdatering|status|notat|journalnotat|journal|update)\s*(?:d\.?\s*|den\s+)?)?"
    r"[\d./\- ]*\d[\d./\- ]*$|^(?:opdateret|opdatering|ny lægeerklæring modtaget)$"
)
#: What may follow the verb: the occasion of the lifting, a medical one ("efter kontrol på
#: Arbejdsmedicinsk Klinik 03.02", "ved opfølgningen 12/4", "efter fysioterapeutens vurdering").
_OCCASION_RE: Final = re.compile(
    r"^\s*(?:(?:efter|ved|på) (?:den |det |en |et |seneste |sidste |ny |nye )?(?:[\wæøå]+s )?"
    r"(?:\w+ )?(?:kontrol\w*|opfølgning\w*|vurdering\w*|undersøgelse\w*|lægeerklæring\w*|"
    r"lægeattest\w*|attest\w*|konsultation\w*|genoptræning\w*)(?: (?:på|hos|i|fra|d\.?|den) "
    r"[^,;:]{1,40}| [\d./\-]+)?)?[\s.!]*$"
)
#: ... unless it is still to come or not a medical one: "ved næste opfølgning", "efter
#: vurdering fra mentoren".
_NOT_THE_OCCASION_RE: Final = re.compile(
    r"\b(?:næste|kommende|planlagt\w*|først\w*|senere|snarest|om|mentor\w*|kolleg\w*|leder\w*|"
    r"chef\w*|arbejdsgiver\w*|virksomhed\w*|borger\w*|praktik\w*|skole\w*)\b"
)
#: Words that may open a subject before the need is named ("Den aftalte løftebegrænsning"). Not
#: "hans"/"hendes" ("Hans timebegrænsning er ophævet" may be a colleague's), not "tidligere"
#: (the earlier limit is lifted, and the text may state the new one).
_OPENERS: Final = r"(?:(?:den|det|de|borgers|borgerens|aftalte|omtalte|nævnte|alle)\s+)*"
#: A need named by a compound noun ("Timebegrænsningen", "transportbegrænsningen") or by a
#: fixed phrase ("Nedsat tid"). Not "løftekravet" or "timekravet": a seat's demand removed may
#: be the need met, not lifted. A qualifier after the name ("(15 t/uge)", "(venstre hånd)") may
#: say which of several the writer meant: it lifts nothing.
_NAMED_RE: Final = re.compile(
    rf"^{_OPENERS}(?:(?P<prefix>løfte|time|arbejdstids|kørsels|køre|transport|støj|pause|kulde)"
    r"(?:begrænsning|restriktion|forbud|hensyn|grænse|loft)\w*|"
    r"(?P<hours>(?:nedsat|reduceret)(?:te)? (?:tid|timetal|arbejdstid)))$"
)
_PREFIX_CODES: Final[Mapping[str, str]] = {
    "løfte": "max_lift_kg",
    "time": "max_hours_per_week",
    "arbejdstids": "max_hours_per_week",
    "kørsels": "no_driving",
    "køre": "no_driving",
    "transport": "max_travel_minutes",
    "støj": "quiet_environment",
    "pause": "flexible_breaks",
    "kulde": "no_cold_environment",
}
#: A need named by what it is about: "Hensynet om fleksible pauser", "De skånehensyn, der blev
#: aftalt under sygeforløbet (ingen nattevagter og max 20 timer)". All needs with none named
#: ("Alle skånehensyn er ophævet") lift nothing: which the writer meant cannot be told.
_ABOUT_RE: Final = re.compile(
    rf"^{_OPENERS}(?:(?:tidligere|tidl\.?|hidtidige)\s+)?(?:skånehensyn\w*|hensyn\w*|begrænsning\w*|restriktion\w*|forbud\w*|"
    r"skåneforhold\w*)\s+(?:om|vedr\.?|vedrørende|mod|på|ift\.?|\(|, der|, som)(?P<what>.+)$",
    re.DOTALL,
)
#: Words that keep a need: a negation, a condition, a time still to come or a limited time, a
#: part, an exception, a replacement, a doubt, a request, a trial, another person, a reference.
_BLOCKERS_RE: Final = re.compile(
    r"\b(?:ikke|ingen|endnu|først|hvis|når|såfremt|forudsat|undtagen|bortset|dog|men|kun|"
    r"delvis\w*|midlertidig\w*|stadig\w*|fortsat|igen|indtil|fra|pr|per|fremover|senere|næste|"
    r"kommende|sigt|virkning|udgang\w*|gradvis\w*|efterhånden|prøve\w*|forsøg\w*|periode\w*|"
    r"halvår\w*|sæson\w*|sommer\w*|vinter\w*|måske|muligvis|formentlig|formodentlig|"
    r"sandsynligvis|evt|eventuel\w*|tror|mener|ifølge|iflg|angiveligt|påstå\w*|forventes|"
    r"forventeligt|planlagt|planen|ønske\w*|forslag\w*|anmod\w*|ansøg\w*|spørgsmål\w*|"
    r"mulighed\w*|andres|arbejdsgiver\w*|"
    r"virksomhed\w*|øvrige|andet|også|desuden|samt|og|eller|erstat\w*|afløs\w*|skærp\w*|ny|"
    r"nye|nyt|sat|ændret|hævet|sænket|nedsat|for|til|med|hans|hendes|fejl\w*|venstre|højre|"
    rf"tidligere|tidl|hidtidige|gamle|oprindelig\w*|{_OTHERS})\b|[?;]|\d"
)
#: Inside parentheses, or the words a need itself is named with ("Hensynet om ingen
#: kundekontakt", "(ingen nattevagter og max 20 timer)"), these words are the need's own.
_NEED_WORDING_RE: Final = re.compile(r"\([^()]*\)|\b(?:ikke|ingen|kun|max|maks|højst|og)\b|\d")

# --- what keeps every need of a text --------------------------------------------------------

#: A sentence that keeps lifted needs: reinstated, extended, made permanent, upheld, lifted by
#: mistake, disputed, not confirmed, withdrawn, or about someone else.
_KEPT_RE: Final = re.compile(
    r"\b(?:genindf\w*|genindsæt\w*|genoptag\w*|forlæng\w*|videreført\w*|viderefør\w*|"
    r"permanent\w*|varig\w*|fasthold\w*|opretholde\w*|bibehold\w*|står ved magt|fejl\w*|"
    r"rettelse\w*|korrektion\w*|forkert\w*|uenig\w*|enig|tilbagefald\w*|faldet tilbage|"
    r"tilbage igen|trukket tilbage|tilbagekald\w*|omgjort\w*|omgør\w*|misforståelse\w*|"
    r"ændret mening|i kraft igen|indført igen|stadig\w*|fortsat|gælder|gældende|uændret|"
    r"samme timetal|bekræft\w*|afvent\w*|ovenstående|ovennævnte|påstå\w*|stadig brug)\b|"
    r"\bnej\b|\bannuller\w* (?:\w+ )?ophævelse\w*"
)
#: ... unless it speaks of the other needs: "De øvrige hensyn gælder fortsat".
_THE_OTHERS_RE: Final = re.compile(r"\b(?:øvrige|andre|resten|resterende)\b")
#: A date or a year in a sentence, for the order of dated entries: "12.05", "1/9-2027",
#: "2025-03-01", "01-03-2025", "12/2025", "marts 2025", "12. maj", "2023".
_DATE_RE: Final = re.compile(
    r"\b(?:(?P<iy>(?:19|20)\d\d)-(?P<im>\d{1,2})-(?P<id>\d{1,2})|"
    r"(?P<d>\d{1,2})[./-](?P<m>\d{1,2})(?:[./-](?P<y>\d{2}(?:\d{2})?))?|"
    r"(?P<my_m>\d{1,2})/(?P<my_y>(?:19|20)\d\d)|"
    rf"(?:(?P<wd>\d{{1,2}})\.? )?(?P<mon>{'|'.join(MONTHS)})(?: (?P<wy>(?:19|20)\d\d))?|"
    r"(?P<year>(?:19|20)\d\d))\b"
)
#: People whose needs may be meant: a sentence that names one before a lifting keeps it open
#: whose need is lifted ("Kollega Per havde max 20 timer. Timebegrænsningen er ophævet.").
_OTHER_PEOPLE_RE: Final = re.compile(rf"\b(?:{_OTHERS})\b")

# --- past needs -------------------------------------------------------------------------------

#: Explicit words of a time gone by: "Dengang (2019) ...", "Under sygdomsforløbet i 2020 ...",
#: "I sin forrige praktik ...", "Tidligere max 5 kg". A bare past tense is not enough ("Lægen
#: anbefalede i går max 10 kg" holds now), nor "tidligere" before anything but a limit ("tidl.
#: diskusprolaps" names a cause; "jf. tidligere lægeerklæring" a document that still holds).
_PAST_RE: Final = re.compile(
    r"\b(?:dengang|daværende|forrige|i starten|i begyndelsen|i opstarten|sidste år|i fjor|"
    r"for \w+ år siden|i (?:19|20)\d\d|under (?:\w+ )?(?:sygdomsforløbet|sygeforløbet|"
    r"sygemeldingen)|tidl(?:igere)?\.? (?:max|maks|højst|kun|skånet|skånehensyn|skåne|"
    r"begrænset|grænse))\b"
)
#: Words that a need still holds, or holds now.
STILL_WORDS: Final = (
    r"stadig\w*|fortsat|fortsætter|fremdeles|uændret|gælder|gældende|varig\w*|permanent\w*|nu|"
    r"i dag"
)
#: Words that a sentence about the past still holds, or holds now.
_STILL_RE: Final = re.compile(
    rf"\b(?:{STILL_WORDS}|aktuelt|fremover|herefter|altid|siden|skal|må|bør|kan|har|er|tåler)\b"
)
#: Words that say what follows holds now: "I dag må han løfte op til 15 kg".
_NOW_RE: Final = re.compile(r"\b(?:i dag|nu|aktuelt|fremover|herefter|fra nu af)\b")
#: What keeps a present sentence from replacing a past one: a need added, not replaced ("nu
#: også"), a condition, a hope, a question, a trial, another person, another body part named.
_NOT_A_REPLACEMENT_RE: Final = re.compile(
    r"\b(?:også|desuden|tillige|derudover|ud over|udover|yderligere|hvis|når|håbe\w*|ville|"
    r"skulle|kunne|gerne|prøve\w*|forsøg\w*|uger?|ryg\w*|knæ\w*|skulder\w*|arm\w*|hånd\w*|"
    rf"hofte\w*|ben\w*|nakke\w*|fod|fødder|{_OTHERS})\b|[?]"
)

# --- no needs now -----------------------------------------------------------------------------

#: A statement that there are no needs now: "Der er ingen aktuelle skånehensyn", "Borger er
#: herefter uden skånebehov". A recovery from a condition ("erklæret rask", "Eksemen er væk")
#: is not one: the text's other needs may have other causes.
_NO_NEEDS_NOW_RE: Final = re.compile(
    r"^(?:der er |borger(?:en)? har |hun har |han har )?ingen (?:aktuelle|nuværende) "
    r"(?:skånehensyn|skånebehov|begrænsninger|restriktioner|hensyn)\W*$|"
    r"^(?:borger(?:en)?|hun|han) (?:er|kan arbejde) (?:herefter |nu |i dag )?uden "
    r"(?:skånehensyn|skånebehov|begrænsninger|restriktioner)\W*$"
)
#: "Det er ikke længere nødvendigt", which answers only the sentence just before it.
_NOT_NEEDED_NOW_RE: Final = re.compile(
    r"^(?:\S+ ){0,5}?(?:er )?det (?:nu )?ikke længere (?:nødvendigt|aktuelt)"
    r"(?:,? og (?:hun|han) kan [^,;]+)?\W*$"
)

# --- wishes -----------------------------------------------------------------------------------

#: What a sentence ends with to say the wish in it is no need: "..., men det er ikke et krav",
#: "..., men det er et ønske og ikke et skånehensyn".
_NOT_REQUIRED_RE: Final = re.compile(
    r",?\s*(?:men )?(?:at )?(?:det|dette|hvilket)(?: (?:er|dog|blot|bare|kun|mere|altså))+ "
    r"(?:ikke (?:et |noget )?(?:\w+ )?(?:krav|skånehensyn|hensyn|behov)(?:(?:,| men| og)? "
    r"(?:blot |bare |kun |mere )?(?:et|en) (?:ønske|præference))?|(?:blot |bare |kun |mere )?"
    r"(?:et|en) (?:ønske|præference)(?:,? (?:og|men) ikke (?:et |noget )?(?:\w+ )?(?:krav|"
    r"skånehensyn|hensyn|behov))?)\W*$"
)
#: A wish or a preference: "foretrækker", "vil helst", "ønsker".
_WISH_RE: Final = re.compile(
    r"\b(?:ønsker|ønskede|foretræk\w*|vil (?:\w+ )?(?:gerne|helst)|kunne tænke sig|"
    r"ville (?:\w+ )?(?:gerne|helst)|ville være (?:rart|godt|fint|dejligt))\b"
)
#: A sentence that is a wish or a request from its start: "Borger spurgte, om hun kan ...".
_WISH_SENTENCE_RE: Final = re.compile(
    r"^(?:(?:borger(?:en)?|hun|han)\s+(?:\w+\s+)?)?(?:spurgte|spørger|ønsker|ønskede|"
    r"foretrækker|vil (?:\w+ )?(?:gerne|helst)|ville (?:\w+ )?(?:gerne|helst)|"
    r"kunne tænke sig)\b"
)
#: What makes a wish more than a wish: a rule, a capacity, a reason, a condition, a
#: professional ("har astma og tåler ikke kemikalier", "kan max løfte 5 kg").
_MORE_THAN_A_WISH_RE: Final = re.compile(
    r"\b(?:må|skal|bør|kan(?! få)|kunne|tåle\w*|klare\w*|pga|grundet|på grund af|efter|da|fordi|"
    r"læge\w*|psykolog\w*|psykiater\w*|fysioterapeut\w*|ergoterapeut\w*|speciallæge\w*|"
    r"anbefal\w*|diagnose\w*|epilep\w*|anfald\w*|medicin\w*|astma\w*|allergi\w*|eksem\w*|"
    r"gigt\w*|smerte\w*|ondt|angst\w*|panik\w*|hjerte\w*|blodprop\w*|hjernerystelse\w*|"
    r"frost\w*|svær\w*)\b"
)

# --- what narrows a statement ------------------------------------------------------------------

#: What makes a "no needs" statement partial, doubtful, reported or someone else's.
_PARTIAL_RE: Final = re.compile(
    r"\b(?:men|dog|undtagen|bortset|stadig|fortsat|andre|øvrige|yderligere|ellers|derudover|"
    r"udover|ud over|fysisk\w*|psykisk\w*|kognitiv\w*|somatisk\w*|måske|muligvis|forventes|håber|"
    r"hvis|når|om|delvis\w*|endnu|ikke (?:helt|fuldt)|næsten|snart|vedr|vedrørende|angående|"
    r"angår|mht|ift|i forhold til|relation|karakter|art|område\w*|mener|siger|oplyser|påstår|"
    r"ifølge|bliver|afklar\w*|afvent\w*|bekræft\w*|psykiater\w*|psykolog\w*|fysioterapeut\w*|"
    r"ergoterapeut\w*|hudlæge\w*|ortopæd\w*|neurolog\w*|audiolog\w*|øjenlæge\w*|"
    rf"speciallæge\w*|reumatolog\w*|kiropraktor\w*|{_OTHERS})\b|[?]"
)


@dataclass(frozen=True)
class Sentence:
    """One sentence of a text and what the reader read in it."""

    start: int  # offsets of the sentence in the text
    end: int
    text: str
    codes: frozenset[str]  # codes of the needs read in it
    label: str = ""  # the heading it stands under or after ("Opdateret 12.01")
    question: bool = False  # it ends with "?"


@dataclass(frozen=True)
class Updates:
    """What the sentences of a text say about each other's needs."""

    #: per sentence, the codes of its needs that are no longer needs
    dropped: tuple[frozenset[str], ...]
    #: per sentence, the warning it gives as an update (``None``: it updates nothing)
    warnings: tuple[str | None, ...]


def read_updates(
    sentences: Sequence[Sentence], read_codes: Callable[[int, int], frozenset[str]]
) -> Updates:
    """Which needs of which sentences the other sentences say are over.

    ``read_codes(start, end)`` reads the codes of a span of the text on its own (the need a
    subject names). Linear in the number of sentences.
    """
    n = len(sentences)
    lowers = [s.text.lower() for s in sentences]
    dropped: list[set[str]] = [set() for _ in range(n)]
    updating = [False] * n
    kept = any(_KEPT_RE.search(t) and not _THE_OTHERS_RE.search(t) for t in lowers)
    past = [_is_past(t) for t in lowers]
    seen: dict[str, list[int]] = {}  # code -> sentences so far that state it, not yet dropped
    past_open: list[int] = []  # past sentences with needs, not yet dropped
    latest_dated: tuple[int, int, int] | None = None  # the latest date of a sentence with needs
    others_named = False  # a sentence so far names another person
    for i, s in enumerate(sentences):
        lower = lowers[i]
        if not s.question and not kept and not others_named:
            codes = _lifted(s, lower, seen.keys(), read_codes)
            if codes is not None and not _dated_before(s, lower, latest_dated):
                for code in codes:
                    held = [k for k in seen.get(code, []) if _NOW_RE.search(lowers[k])]
                    for k in seen.pop(code, []):
                        if k not in held:
                            dropped[k].add(code)
                            updating[i] = True
                    if held:
                        seen[code] = held
                if codes & s.codes:
                    dropped[i] |= codes & s.codes
                    updating[i] = True
        if not (s.question or s.codes or _PARTIAL_RE.search(lower)):
            if _NO_NEEDS_NOW_RE.search(lower) and past_open:
                for k in past_open:
                    dropped[k] |= sentences[k].codes
                updating[i] = True
                past_open = []
            elif i and past[i - 1] and sentences[i - 1].codes and _NOT_NEEDED_NOW_RE.search(lower):
                dropped[i - 1] |= sentences[i - 1].codes
                updating[i] = True
        if s.codes and not s.question:
            wished = _wished(s, lower, read_codes) & s.codes
            if wished:
                dropped[i] |= wished
                updating[i] = True
        for code in s.codes - dropped[i]:
            seen.setdefault(code, []).append(i)
        if s.codes and past[i]:
            past_open.append(i)
        if s.codes:
            dates = _dates(s.label + " " + lower)
            if dates:
                latest_dated = max([*dates, *([latest_dated] if latest_dated else [])])
        others_named = others_named or bool(_OTHER_PEOPLE_RE.search(lower))
    # "Borger spurgte, om hun kan sidde ned. Det er ikke et krav, bare et ønske."
    for i in range(1, n):
        previous = sentences[i - 1]
        if (
            previous.codes
            and not sentences[i].question
            and _NOT_REQUIRED_RE.fullmatch(lowers[i])
            and _only_a_wish(lowers[i - 1])
        ):
            dropped[i - 1] |= previous.codes
            updating[i] = True
    # a past need set against what holds now: "Dengang ... I dag må han løfte op til 15 kg"
    now: set[str] = set()
    for i, s in enumerate(sentences):
        if (
            _NOW_RE.search(lowers[i])
            and not (past[i] or s.question)
            and not _NOT_A_REPLACEMENT_RE.search(lowers[i])
        ):
            now |= s.codes
    for k, s in enumerate(sentences):
        if past[k] and s.codes & now:
            dropped[k] |= s.codes & now
            updating[k] = True
    warnings = tuple(
        f"{READ_AS_OVER}: '{s.text}'" if updating[i] else None for i, s in enumerate(sentences)
    )
    return Updates(tuple(frozenset(d) for d in dropped), warnings)


def _is_past(lower: str) -> bool:
    """Whether a sentence tells only of the past: a word of a time gone by and no word that it
    still holds or holds now ("Dengang kunne han slet ikke løfte", not "Han kunne dengang ikke
    løfte, og det gælder stadig")."""
    return bool(_PAST_RE.search(lower)) and not _STILL_RE.search(lower)


def _only_a_wish(lower: str) -> bool:
    """Whether a sentence is a wish or a request and nothing more."""
    return bool(_WISH_SENTENCE_RE.match(lower)) and not _MORE_THAN_A_WISH_RE.search(lower)


def _wished(
    s: Sentence, lower: str, read_codes: Callable[[int, int], frozenset[str]]
) -> frozenset[str]:
    """The codes of a wish the sentence itself says is no need ("Foretrækker rolige
    omgivelser, men det er ikke et krav"): those read from the wish on, and not before it ("Må
    ikke løfte over 10 kg og vil gerne have rolige omgivelser, men det er ikke et krav" keeps
    the lifting limit)."""
    end = _NOT_REQUIRED_RE.search(lower)
    wish = _WISH_RE.search(lower, 0, end.start()) if end else None
    if end is None or wish is None or end.start() <= wish.start():
        return frozenset()
    if _MORE_THAN_A_WISH_RE.search(lower, wish.start(), end.start()):
        return frozenset()
    if _OTHER_PEOPLE_RE.search(lower, wish.start(), end.start()):
        return frozenset()
    codes = read_codes(s.start + wish.start(), s.start + end.start())
    before = read_codes(s.start, s.start + wish.start()) if wish.start() else frozenset()
    return codes - before


def _dates(text: str) -> list[tuple[int, int, int]]:
    """(year or 0, month or 0, day or 0) of every date and year in a text."""
    out = []
    for m in _DATE_RE.finditer(text):
        g = m.groupdict()
        if g["iy"]:
            out.append((int(g["iy"]), int(g["im"]), int(g["id"])))
        elif g["d"]:
            y = g["y"] or ""
            out.append(
                ((int(y) + (2000 if len(y) == 2 else 0)) if y else 0, int(g["m"]), int(g["d"]))
            )
        elif g["my_m"]:
            out.append((int(g["my_y"]), int(g["my_m"]), 0))
        elif g["mon"]:
            out.append((int(g["wy"] or 0), MONTHS.index(g["mon"]) + 1, int(g["wd"] or 0)))
        else:
            out.append((int(g["year"]), 0, 0))
    return out


def _dated_before(s: Sentence, lower: str, latest: tuple[int, int, int] | None) -> bool:
    """Whether a sentence with needs before the lifting may be dated after it (a journal
    written newest first): then which entry is the latest cannot be told from the order. A
    lifting without a date after dated needs cannot be placed either."""
    if latest is None:
        return False
    own = _dates(s.label + " " + lower)
    if not own:
        return True
    return _later(latest, max(own))


def _later(d: tuple[int, int, int], than: tuple[int, int, int]) -> bool:
    """Whether date ``d`` may fall after ``than``. With both years the years decide first; a
    year alone against a full date compares the years; without years the nearer reading across
    a new year decides (01.09 before 12.01, 12.05 after 01.02)."""
    if d[0] and than[0]:
        if d[0] != than[0] or not (d[1] and than[1]):
            return d[0] > than[0] or (d[0] == than[0] and not (d[1] and than[1]))
        return d > than
    if not (d[1] and than[1]):
        return True  # a year against a day of no year: cannot be placed
    forward = ((d[1] - than[1]) * 31 + d[2] - than[2]) % 372  # days from ``than`` on to ``d``
    return 0 < forward < 186


def _lifted(
    s: Sentence,
    lower: str,
    seen: AbstractSet[str],
    read_codes: Callable[[int, int], frozenset[str]],
) -> frozenset[str] | None:
    """The codes of the needs a sentence says are over, or ``None``."""
    m = _LIFT_RE.match(lower) or _AGENT_LIFT_RE.match(lower)
    if m is None:
        return None
    for label in (s.label, m.group("label") or ""):
        if label and not _ENTRY_LABEL_RE.match(label.lower().strip()):
            return None  # "Forslag til næste møde:", "SMS fra borger:", "Hvis lægen godkender:"
    tail = m.group("tail")
    if not _OCCASION_RE.match(tail) or _NOT_THE_OCCASION_RE.search(tail):
        return None
    if m.re is _LIFT_RE and not m.group("done") and tail.strip(" .!"):
        return None  # "Timebegrænsningen ophæves 1. marts"
    subject = m.group("subject")
    named = _NAMED_RE.match(subject)
    about = _ABOUT_RE.match(subject)
    if named:
        prefix = named.group("prefix")
        codes = frozenset({_PREFIX_CODES[prefix] if prefix else "max_hours_per_week"})
    elif about and not _BLOCKERS_RE.search(_NEED_WORDING_RE.sub(" ", about.group("what"))):
        lo = s.start + m.start("subject")
        codes = read_codes(lo, lo + len(subject))
    else:
        return None
    if not codes or not s.codes <= codes or not codes & (seen | s.codes):
        return None  # it names no need read, or it states one of another kind too
    return codes
