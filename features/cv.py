"""A citizen's Danish CV text → licences, experience per task area, education, languages, jobs.

The CV is written by the citizen together with a caseworker, in every style: telegraphic lines
("2001-2009: Kassemedarbejder, Netto"), prose ("Fra 2010 til 2012 var jeg ansat som
lagermedarbejder hos PostNord"), headed sections ("Uddannelse:", "Sprog:"), with typos and ASCII
spellings. :func:`parse_cv` reads it into a :class:`CvProfile`:

* **licences** — only what the text evidences, because a seat's required licences are a hard
  rule. "kørekort" with no category is the ordinary car licence (B); a truck licence (C, "stort
  kørekort") implies B, since Danish law requires B before C; a bus licence (D) implies B too.
  Negations ("har ikke kørekort", "mistet kørekortet", "kørekort frakendt", "er ved at tage
  kørekort", "truckcertifikat (udløbet)", "Truckcertifikat: har aldrig haft") give no licence,
  nor does a licence the sentence says is not valid ("har irakisk kørekort, som ikke er gyldigt
  i Danmark"); a licence lost counts again only when the text says it was regained
  ("generhvervet 2021", "har fået det igen"), not when it is hoped for or denied ("forventer at
  generhverve det", "har ikke generhvervet det"), and a withdrawal later in the sentence
  counts ("Har kørekort, men det er frakendt til 2027"). Only what is held *now* counts: not
  someone else's ("Min mand har kørekort"), one held in the past ("Kørekort: har haft",
  "havde truckcertifikat"), one in doubt or planned ("ja, men usikkert om det stadig er
  gyldigt", "sagen er ikke afgjort", "Hygiejnekursus er planlagt"), one whose validity ended
  before the reference year ("gyldigt til 2025", "udløb i 2024"), an unticked box
  ("Truckcertifikat [ ]"), a tractor's or moped's "ja", or a light truck licence C1 (B only).
  A forklift certificate may be named by its categories ("Truck A+B"), and slips of the word
  are read ("kørekot B", "korekort", "køre kort: B", "forste hjælp"). A licence withdrawn later
  in the text withdraws the one named before it ("chauffør på C-kørekort. Kørekortet blev
  frakendt i 2025"; "Mit C kørekort er udløbet" only C); one to come back, "hverken ... eller",
  a course not passed or only granted, a validity that ends in the reference year or a
  renewal rule past due ("05.09.2021, fornyes hvert 2. år"), a "?" for an answer, "kørekort
  til computeren" and "førstehjælpskassen" are none, nor is one that "kan tidligst
  generhverves", a course one is interested in, one not renewed, or one taken "dengang". In a
  form only the ticked answer counts ("Kørekort: [ ] B  [x] C", "ja / ~~nej~~", "Hygiejnebevis
  ✘", "Har du truckcertifikat? Ja", a table's row ticked under "Har ikke" or "Nej", an item
  after an unticked box, "☐ Truckcertifikat"); a field's
  note of its options ("Kørekort (B/C/CE/D):") and
  a blank answer ("______") are none. What a job or an advert asks
  for ("Jobbet kræver kørekort B"), what someone else holds or says the citizen holds
  ("Kæresten har ...", "siger hans bror"), a plan's line, a table row past its expiry column,
  and what a later correction takes back ("Rettelse: truckcertifikatet tilhører borgerens
  bror") are none either. These rules were written for the sentences they were found in, and
  each new blind set found others: a licence read only from sentences that tell more than the
  licence (time, doubt, plans, templates, other people, negation), from a sentence after it
  that refers back with such words ("Kørekort B. Det har jeg ikke længere"), from under a
  heading that says so ("Mangler:", "Kompetencer der skal opnås:"), or from a text that says
  elsewhere that a licence was noted wrongly, is someone else's, is still to be exchanged or
  that all but one expired, is also listed in ``licences_unclear``; so is a licence that one
  mention claims and another denies, a driving licence from abroad ("syrisk kørekort",
  "kørekort fra Ukraine") not said to be exchanged, a first aid course dated longer ago
  than its two years of validity, and one whose status lines under it or whose footnote say
  more ("Kørekort: B\nStatus: frakendt", "Kørekort B*" ... "*frakendt til 2027"); a line
  broken inside a sentence is read joined ("Borgeren har ikke\nkørekort"), which the hard rules treat as unverified rather than as evidence. Having no car is not lacking a licence
  ("Kørekort: B (har ingen bil)"), and a compound names a first aid course too
  ("børneførstehjælpsbevis"). A category without the word ("Lastbilchauffør, kat. C+E")
  counts too, except a forklift certificate's ("truckcert. kat. B").
  English wording reads like the Danish, negations included ("Driving licence: B", "First aid
  course 2019"; "Driving licence: None", "no driving licence" give none).
* **experience_years** — per task area: each job line or clause is mapped to task areas through
  the occupation lexicon (``features.occupations``) and to a duration: year ranges ("2001-2009"
  = 8 years), open ranges to ``reference_year`` ("2015-nu", "2015 - d.d.", "siden 2018", "fra
  2019", "since 2020", "2018 – to date", "Kok (2015 - )", "2017 og frem"), a start and an end
  kept apart by the layout or told in words ("Start: 2014" / "Slut: 2017", a table row's
  "2004<tab>2011" cells, "mellem 2006 og 2014", "startede ... i 2008 og sluttede i 2011",
  "Uddannet kok i 2003 og har siden arbejdet som kok"), month ranges ("03/2019-08/2020", "08/15-06/19", "marts 2019 - august
  2020", "aug.-okt. 2022", counted inclusive; a day before the month is read past:
  "01.03.2017-31.12.2018" is 22 months), two years with a slash ("2018/2019", "2018/19": one
  year), seasons as points in the year ("fra sommeren 2018 til sommeren 2020" = 2 years),
  spans ("i 3 år", "ca. et halvt år", "et par år", "6 mdr.", "9 mnd", "13 ugers praktik", "2
  yrs", "6 months"), summer jobs (0.2 year a summer: "3 somre", the years of
  "sommerjob 2015-2017", of "i sommerferierne 2015, 2016 og 2017" or of "summers of 2009, 2010 and
  2011", and one summer named as a job's only time, "Servering på Café Havnen, sommeren
  2018"). A job named without any time counts half a year (the job is real, its length
  unknown), as does a job with a single year. An age ("jeg er 41 år", "Alder: 44 år", and a
  number of years after a name: "Sofie, 27 år", "Borger (Fatima, 44 år, Esbjerg)") is no
  duration, nor is the year a certificate was issued ("Hygiejnebevis fra 1999"), and a
  duration that restates the clause's range ("fra 1988 til 2004 (16 år)") or the sum of its
  ranges ("13 års erfaring som tjener: ca. 1995-2005 på ... og 2005-2008 som bartender ...")
  counts once; a clause with a time of its own that names no job but says it was work tells more
  time in the job before it in its sentence ("i løntilskud som lagermedarbejder i 6 mdr. i 2021 og
  blev derefter ansat på ordinære vilkår samme sted 2022-2024" is 2.5 years). Wishes ("vil gerne
  arbejde som gartner", and a job sought: "Søger job med rengøring", "Jeg søger arbejde inden for
  lager", and what would be best after it: "..., gerne i en vuggestue"), a trial still to
  come ("Plan: Virksomhedspraktik hos byggemarked, 4 uger", "Borger starter i praktik hos Netto
  mandag"), hobbies, negations ("ingen erfaring med lager"), education and courses give no years
  ("Udlært anlægsgartner 2014" is an education, not a job; a wish joined to a job by "og" takes
  nothing from it), and neither do the durations of schooling, courses, sick leave or a stay abroad
  (in English CVs too: "On sick leave since 2020"), nor a stay, a marriage, a membership or a
  pension ("Har været i Danmark siden 1999", "Gift siden 1995", "Medlem af 3F siden 1998"),
  nor someone else's job ("Min kone har arbejdet som ...", a reference's): such a statement
  keeps the time of its own
  sentence ("Skolegang i Bosnien, 9 år. Kantinemedhjælper (Coor), 2019–2020" is one year in a
  canteen), and what it included is part of it ("PGU 2009, herunder 6 mdr. praktik i vuggestue": a
  praktik inside an education gives no years, nor does one that the clause dropping the education
  names: "startede på uddannelsen til pædagogisk assistent, men stoppede efter første praktik i en
  børnehave"), while the next sentence's job with a time of its own is work again ("Via
  jobcentret ... virksomhedspraktik i 2 måneder"). A driving offence ("mistede kørekortet efter spirituskørsel") is no driving work.
  "Fritid" is a hobby only as leisure itself ("i min fritid"): a "fritidsjob" is a job, a
  "fritidsklub" a workplace. So are the years a job included ("Lagerarbejder 2010-2020, herunder 3
  år som truckfører" is 10 years), and a total over several kinds of work is shared ("på lager og i
  rengøring, i alt 10 år" is 5 each). A job title with an education note in parentheses is a job
  when its sentence gives the job's time in a later clause ("Frisør (udlært 2005), Salon Saxe,
  2005-2012") or right after a dated note ("Tømrer (svendebrev 1999) 2000-2010"). A line with a time
  of its own after a job that has its time is another job, also when its time
  stands at the line's end or the job before is named only by its workplace ("Skolekantine,
  Hjallerup Skole, 2018-2020 / Rengøring, 2020-2021"); so is a clause that tells the next job
  with its own time ("på McDonald's i 2 år (køkken) og så har jeg været på lageret
  2019-2020"), and a line with a range and a workplace after a job with only a year ("2015
  Tankpasser / 2012-2014 Solhøj Gartneri"). A sentence that lists the duties of the dated job
  title before it is part of that job, when it opens with a duties label ("Serviceassistent,
  Køge Sygehus. Opgaver: rengøring på sengeafsnit, udbringning af linned.") or names only
  tasks of the title's area ("Lagermand, 2015-2019. Modtagelse af varer, pakning af ordrer.").
  A job title inside an employer's name ("Murer, Rødovre Tømrer & Snedker",
  "Mekaniker, Malerfirmaet Vejle", a shop named after its trade and owner: "Smørrebrødsjomfru,
  Slagter Munch") or a school's ("Produktionsskolen") is no job of its own; a workplace or task
  with a worker word ("kirkegårdsmedhjælper", "hotelmedarbejder", "garderobemedarbejder",
  "lagervikar") is a job title in its area, and a job described only by a light task word at a
  workplace that says more ("sortere" at a "genbrugsstation") is work in the workplace's area
  (recycling work). A few titles are everyday words too, and count as titles only where a
  title stands (opening the clause, after "som" or "var"): "vagt" is also a shift ("tog ekstra
  vagter"), "lærer" also learns ("lærer hurtigt"), "pakker" also parcels or packs ("kørte med
  pakker", "pakker ud").
  One job credits one area: a job title names the job, and its years go to the title's area.
  A task word that says where or on what the job was done ("Chauffør på lager",
  "Rengøringsassistent i produktionen", "Rengøring af produktionshallen") is a workplace, and
  the tasks listed under a title are its duties ("Pedel, gjorde rent og slog græs",
  "Ejendomsfunktionær (trapper, affaldsøer, små reparationer)": commas inside parentheses
  split no clause); neither adds an area. Two jobs named side by side for one period ("Lager
  og chauffør", "Kok og tjener", "Chauffør/lagerarbejde") are both credited, as are the tasks
  of a job named without a title ("Rengøring og opvask på plejehjem"; a workplace named beside a
  task is the work done there: "Rengøring og køkken" is cleaning and kitchen work, and a
  workplace joined to a title by "og" is a second job there: "har arbejdet som
  rengøringsassistent og i Netto" is cleaning and shop work). A
  workplace that names a kind of work chooses between the areas a job word shares with it:
  packing is production work at a factory and warehouse work on a "lager" ("Pakke kylling på
  fabrik"), and a kitchen task in a canteen is canteen work ("smurte sandwich" in the staff
  canteen). A weak workplace that only says where a stronger one was adds no area ("i kantinen
  på Regionshospitalet" is canteen work, "industrivaskeriet" a laundry's).
  A summary of experience without a date ("Har 10 års erfaring fra rengøring", "Jeg har i
  mange år arbejdet med mad", "Erfaren kontormedarbejder", anything undated under "Profil:")
  sums up the jobs: an area gets the larger of its jobs' years and the summary's, not the sum,
  where the jobs that name the area second count as summed up too (a canteen job is work with
  food); a summary of an area no job covers still counts. So does an undated remark on work in
  a licence's line ("Truckcertifikat: nej – har kørt truck på lageret").
* **education_areas** — task areas in which a completed vocational education or course is
  named ("Udlært anlægsgartner", "AMU-kurser i rengøringsteknik", "svendebrev som tømrer").
* **education_level** — 0 none/unknown, 1 primary school, 2 upper secondary or vocational, 3 short
  or medium-cycle higher, 4 long-cycle higher; the highest completed level. An education the text
  says was not finished counts one level lower, also when a later clause says so ("Har gået 2 år
  på gymnasiet, men stoppede", "..., men fik ikke eksamen"). A school or university named as a
  job's workplace ("Rengøringsassistent på Viborg Gymnasium", "Kantinemedarbejder, Københavns
  Universitet, 2015-2020") or in a job title ("efterskolelærer") is no schooling; one attended
  ("Gik på Viborg Gymnasium", "Student fra Viborg Gymnasium") is.
* **languages** — Danish names of the languages the citizen speaks, in order of appearance.
* **occupations** — the occupations the CV names (not its wishes or hobbies), best first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from typing import Final

from features.occupations import (
    ABBREVIATED_HEADS,
    Hit,
    LexiconEntry,
    OccupationHit,
    fold,
    hits_in_tokens,
    is_light,
    occupations_of_hits,
    tokenize,
)

__all__ = [
    "CvProfile",
    "education_level",
    "extract_languages",
    "extract_licences",
    "parse_cv",
]


@dataclass(frozen=True)
class CvProfile:
    """What the CV says, in structured form.

    Parameters
    ----------
    licences
        Subset of ``features.vocabulary.LICENCES``: ``"B"``, ``"C"``, ``"forklift"``,
        ``"hygiene"``, ``"first_aid"``.
    experience_years
        Task area → years of work experience.
    education_level
        0 none/unknown, 1 primary school (folkeskole), 2 upper secondary or vocational, 3 short or
        medium-cycle higher (erhvervsakademi, professionsbachelor), 4 long-cycle higher (kandidat,
        master).
    languages
        Danish language names, e.g. ``("dansk", "engelsk", "arabisk")``.
    occupations
        Occupations the CV names, best first.
    education_areas
        Task areas (``features.vocabulary.TASK_AREAS``) in which the CV evidences a completed
        vocational education or course ("Udlært anlægsgartner" → ``"gardening"``, "AMU-kurser i
        rengøringsteknik" → ``"cleaning"``). General school and degrees naming no task area
        give none. An education gives no ``experience_years``.
    licences_unclear
        The ``licences`` read only from sentences that also speak of time, doubt, other people
        or negation ("Har kørekort, men det er frakendt til 2027"-like prose): the reader's
        rules for such sentences were found wanting on text they were not written for (three
        blind sets), so the hard rules treat these licences as unverified, not as evidence.
    """

    licences: frozenset[str] = frozenset()
    experience_years: dict[str, float] = field(default_factory=dict)
    education_level: int = 0
    languages: tuple[str, ...] = ()
    occupations: tuple[OccupationHit, ...] = ()
    education_areas: frozenset[str] = frozenset()
    licences_unclear: frozenset[str] = frozenset()


#: How many occupations a profile keeps.
MAX_OCCUPATIONS: Final = 5
#: Years credited to a job named without any time, or with a single year.
UNKNOWN_DURATION_YEARS: Final = 0.5
#: Years credited per summer of a summer job (about ten weeks).
SUMMER_YEARS: Final = 0.2
#: Longest plausible single period, years (longer spans are misreads, e.g. a birth year).
MAX_PERIOD_YEARS: Final = 50.0

# --- text layout -----------------------------------------------------------------------------

#: Words that end with a full stop without ending the sentence.
_ABBREVIATIONS: Final[frozenset[str]] = frozenset(
    [
        "ca",
        "d",
        "dd",
        "bl",
        "f",
        "eks",
        "feks",
        "alm",
        "kat",
        "mdr",
        "md",
        "nr",
        "evt",
        "inkl",
        "ang",
        "pt",
        "p",
        "t",
        "stk",
        "osv",
        "mm",
        "m",
        "mv",
        "dvs",
        "hhv",
        "cand",
        "merc",
        "mag",
        "jur",
        "oecon",
        "polit",
        "scient",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "okt",
        "nov",
        "dec",
        "ph",
        "hr",
        "fr",
        "pga",
        "vedr",
        "ift",
        "mht",
        "udd",
        "kl",
        "tlf",
        "ml",
        "cert",
        "mnd",
    ]
)
#: A title cut short ("Slagteriarb. (udbening)", "Kontorass. i løntilskud") does not end its
#: sentence either.
_ABBREVIATED_TITLE_ENDINGS: Final = tuple(short for short, _ in ABBREVIATED_HEADS)
#: Abbreviations that often end a sentence: before a capital they do ("i 6 mdr. I Somalia").
_FINAL_ABBREVIATIONS: Final = frozenset({"mdr", "md", "mnd", "osv", "mm", "mv", "stk"})
_SENTENCE_END_RE: Final = re.compile(r"([.!?])\s+(?=[A-ZÆØÅ0-9\"(])")
#: A line break inside a sentence of prose wrapped by hand: the line before ends in a word or a
#: comma and the next goes on with a small word ("... receptionist i et advokatfirma\ni to et
#: halvt år").
_WRAPPED_LINE_RE: Final = re.compile(
    r"(?<=[a-zæøå0-9,])[ \t]*\r?\n[ \t]*"
    r"(?=(?:i|og|som|med|hos|for|på|til|men|hvor|der|fra|efter|indtil|samt|hvilket|da)\s)"
)
#: An indented line right under a dated line is that job's duties ("2015-18  Servicemedarbejder,
#: Boligselskabet\n         Trappevask, affaldshåndtering, græsslåning").
_INDENTED_DUTIES_RE: Final = re.compile(
    r"(?m)^(?P<job>[^\n]*\b(?:19|20)\d\d\b[^\n]*)\n[ \t]{2,}(?=[^\W\d_])"
)
#: A line that ends in the middle of a range: the range goes on on the next line.
_OPEN_RANGE_LINE_RE: Final = re.compile(
    r"(?<=\b(?:19|20)\d\d)(?P<dash>\s*(?:til|-|–)\s*)\r?\n[ \t]*(?=(?:19|20)\d\d\b)"
)
#: A word hyphenated at the end of a line.
_HYPHENATED_LINE_RE: Final = re.compile(r"(?<=[a-zæøå]{2})-[ \t]*\r?\n[ \t]*(?=[a-zæøå]{2})")
#: A line this long or longer was wrapped by hand if the next goes on with a small word (a
#: shorter one is a line of its own: "har været ledig siden 2018\ni år havde jeg nyttejob").
_WRAPPED_LINE_LENGTH: Final = 60


def _joined_if_wrapped(m: re.Match[str]) -> str:
    text = m.string
    line_start = text.rfind("\n", 0, m.start()) + 1
    return " " if m.start() - line_start >= _WRAPPED_LINE_LENGTH else m.group()


_LINE_SPLIT_RE: Final = re.compile(
    r"\s*(?:\r?\n|\r|•|·|▪|►|\u2023)\s*|"
    # a dash before a capital parts items, but not a range's ("Januar 2016 - December 2019",
    # "2012 - Nuværende")
    r"\s+-\s+(?=[A-ZÆØÅ])(?!(?i:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec|nu\b|"
    r"nuværende|present|today|now\b|d\.\s?d))"
)
_UNIT_SPLIT_RE: Final = re.compile(
    r"\s*(?:;|,(?!\d)|\bmen\b|\bderefter\b|\bog derefter\b|"
    # "er uddannet elektriker og arbejdede som ...": the education and the job apart; so
    # are two jobs told one after the other ("... i 2 år og så har jeg været i Bilka")
    r"\bog\s+(?=(?:(?:jeg|han|hun|borgeren?)\s+)?(?:har\s+)?(?:siden\s+\d{4}\s+)?(?:arbejdede|"
    r"arbejdet|koert|vaeret\s+ansat|var\s+ansat|blev\s+ansat|fik\s+job|erfaring)\b)|"
    # ... and a job and a time out of work: "2 års erfaring fra rengøring og har været ledig i 4 år"
    r"\bog\s+(?=(?:har\s+)?(?:vaeret|er|var)\s+(?:\w+\s+)?(?:ledig|sygemeldt|arbejdsloes|"
    r"hjemmegaaende|paa\s+(?:kontanthjaelp|(?:foertids|folke)?pension|barsel))\b)|"
    r"\band\s+(?=(?:have\s+|has\s+)?worked\b)|"
    # two jobs, each with its length: "5 år som tjener og 2 år i kantine"
    r"(?:\bog|:)\s+(?=(?:ca\.?\s+)?\d+(?:[,.]\d+)?\s+(?:aars?|maaneder|mdr|mnd|uger)\.?\s+"
    r"(?:erfaring\s+)?(?:som|i|hos|paa|fra|med)\b)|"
    # a job with its time, then the next one: "ekspedient (2005-2012) og som opvasker"
    r"(?<=\d\))\s*og\s+(?=som\b)|(?<=\d)\s+og\s+(?=som\b)|"
    r"\bog\s+(?:saa|senere|bagefter|efterfoelgende)\s+(?=(?:har|var|blev)\s+(?:jeg\s+|han\s+|"
    r"hun\s+|borgeren?\s+)?(?:vaeret|arbejdet|arbejdede|ansat)\b)|"
    # "arbejdede som kok og søger nu job som tjener": the job and the wish apart
    r"\bog\s+(?=(?:nu\s+|derfor\s+|helst\s+)?(?:soeger|vil\s+(?:rigtig\s+|meget\s+)?gerne|"
    r"gerne\s+vil|oensker|droemmer|haaber)\b))\s*"
)
_TOKEN_RE: Final = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_WORD_BEFORE_RE: Final = re.compile(r"([^\W\d_]+)$")

_HEADINGS: Final[dict[str, str]] = {
    **dict.fromkeys(
        [
            "uddannelse",
            "uddannelser",
            "skolegang",
            "kurser",
            "kursus",
            "certifikater",
            "efteruddannelse",
            # English CVs: "Education:", "Courses:"
            "education",
            "courses",
            "training",
        ],
        "education",
    ),
    **dict.fromkeys(
        [
            "erhvervserfaring",
            "arbejdserfaring",
            "erfaring",
            "joberfaring",
            "beskaeftigelse",
            "ansaettelser",
            "job",
            "jobs",
            "praktik",
            "praktikker",
            "erhverv",
            "arbejde",
            # English CVs: "Experience:", "WORK EXPERIENCE", "Employment history"
            "experience",
            "employment",
        ],
        "experience",
    ),
    **dict.fromkeys(["sprog", "sprogkundskaber", "languages"], "languages"),
    **dict.fromkeys(["profil", "profile", "resume", "sammenfatning", "summary"], "profile"),
    **dict.fromkeys(
        ["fritidsinteresser", "fritid", "interesser", "hobby", "hobbyer", "interests", "hobbies"],
        "interests",
    ),
    **dict.fromkeys(["jobønsker", "joboensker", "oensker", "jobmaal", "maal", "soeger"], "wishes"),
    # a plan's lines are still to come unless they tell work done ("Jobplan:\n- Praktik på
    # lager"); a plan on the heading's own line is read by its clause (:data:`_PLAN_RE`)
    **dict.fromkeys(["jobplan", "handleplan", "indsatsplan", "plan", "planer"], "plan"),
    **dict.fromkeys(
        [
            "kompetencer",
            "koerekort",
            "andet",
            "oevrigt",
            "personlige",
            "faglige",
            "kvalifikationer",
            "certifikat",
            "skills",
        ],
        "other",
    ),
}


def _bilingual_heading(line: str) -> str | None:
    """The section of a heading given in two languages ("work experience / erhvervserfaring",
    "koerekort / driving licence"), if either names one."""
    if "/" not in line or any(c.isdigit() for c in line):
        return None
    parts = [part.strip(" :") for part in line.split("/")]
    if len(parts) != 2 or not all(0 < len(part.split()) <= 3 for part in parts):
        return None
    for part in parts:
        hm = _HEADING_RE.match(part)
        if hm and hm.group(1) in _HEADINGS and not (hm.group(2) or "").strip():
            return _HEADINGS[hm.group(1)]
        if part in _HEADING_PHRASES:
            return _HEADING_PHRASES[part]
    return None


#: Headings of several words, with or without a colon.
_HEADING_PHRASES: Final[dict[str, str]] = {
    **dict.fromkeys(
        ["om mig", "kort om mig", "lidt om mig", "about me", "personlig profil"], "profile"
    ),
}
#: A line that is only a heading: up to four words and a colon.
_BARE_HEADING_RE: Final = re.compile(r"\s*([a-z]+(?:\s+[a-z]+){0,3})\s*:\s*")
_HEADING_RE: Final = re.compile(
    r"^\s*(?:tidligere\s+|personlige\s+|faglige\s+|(?:work|professional|relevant)\s+)?"
    r"([a-z]+)(?:\s+history)?\s*(?::\s*(.*)|$)",
    re.S,
)

# --- unit context ----------------------------------------------------------------------------

#: Words of a wish. A job sought is one too ("Søger job med rengøring", "Jeg søger arbejde
#: inden for lager", "Er jobsøgende", "Søgte job som pædagogmedhjælper"); "søge" only with the
#: work it seeks ("vil søge job som chauffør"), since it also searches ("søge på nettet").
_WISH_RE: Final = re.compile(
    r"\b(?:oensker|oenske|oensket|oenskejob|vil\s+(?:rigtig\s+|meget\s+)?gerne|gerne\s+vil|"
    r"kunne\s+(?:godt\s+)?taenke|droemmer|droem\w*|haaber|interesse\s+for|interesseret\s+i|"
    r"motiveret\s+for|jobmaal|maalet|vil\s+arbejde|vil\s+proeve|kunne\s+lide\s+at\s+arbejde|"
    r"soeger|soegte|soegt|(?:job|arbejds)soegende|"
    r"soege\s+(?:\w+\s+)?(?:\w*job\w*|arbejde|stilling\w*|ansaettelse|praktik\w*))\b|"
    # a clause that goes on with what would be best: "..., gerne i en vuggestue"
    r"^\s*(?:gerne|helst)\b"
)
#: Words that tell work done or going on: a clause with them is no plan.
_WORK_DONE: Final = (
    r"\b(?:tidligere|siden\s+\d|har\s+(?:\w+\s+){0,2}?(?:vaeret|arbejdet)|ansat\s+siden|"
    r"fortsaett\w*|fortsat|har\s+gjort|nuvaerende|gennemfoert\w*|stadig|i\s+gang\s+med|"
    r"\d{4}\s*[-–]\s*\d{2,4}|i\s+\d+\s+aar)\b"
)
_WORK_DONE_RE: Final = re.compile(_WORK_DONE)
#: A trial or job still to come: no experience either ("Plan: Virksomhedspraktik hos
#: byggemarked, 4 uger", "Borger starter i virksomhedspraktik hos Netto mandag", "Forventet
#: opstart 1. april", "Har fået tilbudt job som chauffør fra 1. maj", "Will start a work
#: placement"). Read over the whole clause, and not in one that also tells work done or going
#: on ("Plan: fortsætte i nuværende job som pedel (siden 2020)", "Lager 2015-2019, aftalt ...").
_PLAN_RE: Final = re.compile(
    rf"^(?!.*{_WORK_DONE})"
    r".*?\b(?:plan(?=\s*:)|handleplan|jobplan|planen\s+er|planlagt(?=\s*:)|er\s+planlagt|"
    r"planlagt\s+(?:\w+\s+)?(?:praktik|opstart|start|forloeb|loentilskud)|"
    r"naeste\s+skridt(?=\s*(?::|er\b))|fremadrettet|kommende\s*(?::|praktik|indsats|job)|"
    r"forventet\s+(?:op)?start|forventes\s+(?:at\s+)?(?:starte|begynde)|opstart\w*|afventer|"
    r"venter\s+paa\s+at|paabegynd(?:er|es)|ikke\s+paabegyndt|endnu\s+ikke|aftalt|aftaler|"
    r"aftale\s*:|besluttet|bevilge\w*|visiteret|tilbudt|tilbud\s*:|ansoegt|udskudt|"
    r"skal\s+(?:\w+\s+){0,2}?(?:starte|begynde|i\s+(?:virksomheds)?praktik|i\s+loentilskud|"
    r"i\s+job|afproeves|ansaettes|arbejde|findes|etableres)|"
    r"planlaegger\s+(?:\w+\s+)?(?:praktik|opstart|forloeb|loentilskud)|"
    r"til\s+at\s+(?:starte|begynde)|arbejdes\s+paa\s+at|etablere\s+(?:\w+\s+)?praktik|"
    r"starter\s+(?:\w+\s+){0,3}?(?:mandag|tirsdag|onsdag|torsdag|fredag|\d|som|op|"
    r"(?:i|paa)\s+(?:virksomheds)?praktik\w*|i\s+loentilskud|i\s+job)|"
    r"bliver\s+ansat|har\s+faaet\s+(?:\w+\s+){0,2}?(?:job|tilbudt)|"
    r"fra\s+naeste\s+(?:uge|maaned)|will\s+(?:start|begin)|next\s+step)\b"
)
_NEGATED_WORK_RE: Final = re.compile(
    r"\b(?:ingen|ikke|uden)\s+(?:\w+\s+)?(?:erfaring|joberfaring|arbejdserfaring)\b|"
    r"\b(?:aldrig|ikke)\s+(?:\w+\s+)?(?:arbejdet|vaeret\s+ansat|haft\s+job)\b"
)
#: Words of a hobby. "Fritid" only as leisure itself ("i min fritid", "fritidsinteresser",
#: "fritidsaktiviteter"): a "fritidsklub", "fritidshjem" or "fritidsordning" is a workplace and
#: a "fritidsjob" a job (a youth's job after school).
_HOBBY_RE: Final = re.compile(
    r"\b(?:fritid(?:en)?|fritids(?:interesse|aktivitet|beskaeftigelse|syssel)\w*|hobby\w*|"
    r"interesser|kan\s+(?:godt\s+)?lide|elsker\s+at|i\s+weekenden\s+kan)\b"
)
#: Someone else's job: "Min kone har arbejdet som ...", "Reference: Lone Hansen, afdelingsleder".
_OTHER_PERSON_RE: Final = re.compile(
    r"\b(?<!\bjeg og )(?<!\band )(?<!\bmed )(?<!\bhos )(?<!\bfor )(?<!\bwith )"
    r"(?:(?:min|mit|hans|hendes|my|his|her)\s+(?:kone|mand|hustru|"
    r"aegtefaelle|samlever|kaereste|soen|datter|far|mor|bror|soester|wife|husband|partner|son|"
    r"daughter|father|mother|brother|sister)(?!\s+(?:og|and)\s+(?:jeg|mig|i|me)\b)|"
    r"reference\w*)\b"
)
_NON_WORK_RE: Final = re.compile(
    r"\b(?:sygemeldt|sygemelding|syg|ledig|ledighed|arbejdsloes\w*|kontanthjaelp|"
    r"sygedagpenge|barsel\w*|orlov|boet|bor|boede|flyttede|kom\s+til\s+danmark|gammel|gml|"
    r"(?:foertids|folke|alders|senior|invalide)?pension\w*|ressourceforloeb|jobafklaring\w*|"
    r"hjemmegaaende|faengsel|misbrug|(?:ude\s+af|uden\s+for|udenfor|vaek\s+fra)\s+arbejdsmarkedet|"
    # a stay, a marriage, a membership, a citizenship: "Har været i Danmark siden 1999",
    # "Gift siden 1995", "Medlem af 3F siden 1998"
    r"(?:vaeret|levet|lived|been)\s+i[nt]?\s+(?:danmark|denmark)|i\s+danmark\s+(?:siden|i)|"
    r"gift|married|medlem\w*|member|statsborger\w*|citizen\w*|"
    r"behandling|indlagt|ophold|opholdet|opholdt|udlandsophold|flygtede|flygtet|flugt|"
    # the same in English CVs: "On sick leave since 2020", "Unemployed since 2019"
    r"sick|unemploy\w*|maternity|paternity|parental|retired|"
    r"(?:came|moved)\s+to\s+denmark|arrived\s+in\s+denmark)\b"
)
#: An education named only as the time after it: "efter endt uddannelse", "efter uddannelsen".
_AFTER_EDUCATION_RE: Final = re.compile(
    r"\b(?:efter|after)\s+(?:(?:endt|afsluttet|afsluttede|faerdig|min|sin|hans|hendes|my|her|his)"
    r"\s+)?(?:uddannelse\w*|education|training)\b"
)
#: Heads that make a job title of a school word ("efterskolelærer", "gymnasielærer",
#: "skolesekretær"): a lookahead after the school word, so that such a title is no schooling.
_NOT_SCHOOL_JOB: Final = (
    r"(?![es]?(?:laerer|paedagog|betjent|sekretaer|assistent|\w*hjaelper|medarbejder|ansat|leder|"
    r"inspektoer|vikar|koek|pedel|kantine))"
)
_EDUCATION_CONTEXT_RE: Final = re.compile(
    r"\b(?:uddannet|udlaert|uddannelse\w*|udd|eksamen|faerdiguddannet|svendebrev|svendeproeve|"
    rf"kursus|kurser|kursusbevis|certifikat|bevis|student|gymnasi{_NOT_SCHOOL_JOB}\w*|hf|"
    rf"folkeskole{_NOT_SCHOOL_JOB}\w*|efterskole|skolegang|afgangsproeve|klasse|"
    rf"grundskole{_NOT_SCHOOL_JOB}\w*|sprogskole{_NOT_SCHOOL_JOB}\w*|studerede|"
    r"studier|gik\s+(?:i|paa)\s+(?:\w+)?skole\w*|eud|eux|pau|grundforloeb\w*|hovedforloeb\w*)\b|"
    r"\w+(?:kursus|uddannelsen?)\b"
)
#: An educational institution by name ("Viborg Gymnasium", "Katedralskolen", "Københavns
#: Universitet", "Tørring Gymnasium & HF"): schooling where it was attended, a workplace where a
#: job was done there. Only the name's school word is matched; the town before it says nothing.
_INSTITUTION_RE: Final = re.compile(
    r"\b\w*(?:gymnasi(?:um|et|er|erne|ets)?|skole(?:n|r|rne|ns)?|universitet(?:et|er|s)?|"
    r"seminari(?:um|et)|akademi(?:et)?|vuc)\b(?:\s*(?:&|og)\s*(?:hf|hhx|htx|stx)\b)?"
)
#: A quick test for :data:`_INSTITUTION_RE`: most clauses name no school.
_INSTITUTION_HINT_RE: Final = re.compile(r"skole|gymnasi|universitet|seminari|akademi|vuc")
#: Words of having attended a school ("Elev på ...", "Gik på ...", "har gået på ...").
_PUPIL_RE: Final = re.compile(r"\b(?:elev\w*|gik|gaaet|gaar|laeste|laest|afgang\w*)\b")
#: Words that a clause reports work (stricter than the experience flag: "var på Viborg
#: Gymnasium" may be a pupil's).
_WORK_WORD_RE: Final = re.compile(
    r"\b(?:arbejde[dt]?|arbejder|ansat|ansaettelse|\w*job\w*|stilling|vikar\w*|\w*praktik|"
    r"loentilskud|frivillig\w*)\b"
)
_APPRENTICE_RE: Final = re.compile(r"(?:elev|laerling|praktikant)(?:en|er|erne)?\b")
_EXPERIENCE_MARK_RE: Final = re.compile(
    r"\b(?:arbejdet|arbejdede|arbejder|ansat|ansaettelse|\w*job|\w*jobbet|stilling|erfaring|"
    r"praktik|virksomhedspraktik|vikar\w*|loentilskud|fleksjob|frivillig\w*|har\s+vaeret|"
    r"var|deltid|fuldtid|timer|hjalp|hjulpet|passede|koerte|lavede|tog\s+mig\s+af)\b"
)
#: Words of a statement that sums up experience instead of naming a job: "10 års erfaring
#: fra rengøring", "erfaren kontormedarbejder", "i mange år", "i over 20 år", "i alt",
#: "hele sit arbejdsliv", "12 years of experience". Not a label before a colon
#: ("Arbejdserfaring fra Syrien: kok i 10 år" names a job).
_SUMMARY_RE: Final = re.compile(
    r"(?:erfaring|experience)(?![^:]*:)|erfaren|(?:mange|flere|adskillige)s?\s+aar|tilsammen|"
    r"(?:i|gennem)\s+(?:alt\b|(?:over|mere\s+end|naesten|snart)\s+\d)|"
    r"hele\s+(?:mit|sit|dit|hendes|hans)\s+(?:arbejds)?liv|many\s+years"
)
_COURSE_RE: Final = re.compile(r"\b(?:\w*kursus|\w*kurser|amu\w*|kursusbevis\w*)\b")
_SUMMER_COUNT_RE: Final = re.compile(
    r"\b(\d+|to|tre|fire|fem|seks)\s+(?:somre|sommre|somrer|sommerferier|feriesomre)\b"
)
#: Words of a summer job. One summer named as a job's only time ("Servering på Café Havnen,
#: sommeren 2018", "summer 2019") is a summer job too, but not a season that starts, ends or
#: bounds a period ("fra sommeren 2018 til sommeren 2020", "siden sommeren 2023").
_SUMMER_RE: Final = re.compile(
    r"\b(?:sommerferiejob\w*|sommerjob\w*|feriejob\w*|ferieafloes\w*|sommerferie\w*|"
    r"somre|sommre|somrene|summers|summer\s+jobs?|(?:en|een|one|a)\s+(?:sommer|summer)|"
    r"sommerafloes\w*|hver\s+sommer|om\s+sommeren|every\s+summer|"
    r"(?<!fra\s)(?<!til\s)(?<!siden\s)(?<!efter\s)(?<!since\s)(?<!from\s)(?<!after\s)"
    r"(?:sommeren|summer)\s+(?:of\s+)?(?:19|20)\d\d(?!\s*(?:[-–—]|til\b|to\b|\d)))\b"
)

# --- periods ---------------------------------------------------------------------------------

_MONTHS: Final[dict[str, int]] = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "maj": 5,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "okt": 10,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH_PAT: Final = (
    r"(?:jan(?:uar|uary)?|feb(?:ruar|ruary)?|mar(?:ts|ch)?|apr(?:il)?|maj|may|jun(?:i|e)?|"
    r"jul(?:i|y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|"
    r"dec(?:ember)?)\.?"
)
_YEAR_PAT: Final = r"(?:19[4-9]\d|20[0-4]\d)"
#: A season before a year is read as a month: "fra sommeren 2018 til sommeren 2020" is two
#: years, "siden sommeren 2023" runs from July 2023.
_SEASONS: Final[dict[str, int]] = {
    "foraar": 4,
    "spring": 4,
    "sommer": 7,
    "summer": 7,
    "efteraar": 10,
    "autumn": 10,
    "vinter": 1,
    "winter": 1,
}
_SEASON_PAT: Final = (
    r"(?:foraar(?:et)?|sommer(?:en)?|efteraar(?:et)?|vinter(?:en)?|spring|summer|autumn|winter)"
)


def _date_pat(p: str) -> str:
    """A year, with a month name, a season or a month number before it; a month number may
    have its day before it ("01.03.2017", "31/12-2018": the day is not counted)."""
    return (
        rf"(?:(?P<{p}mn>{_MONTH_PAT})\s*|(?:(?:0?[1-9]|[12]\d|3[01])[./-])?"
        rf"(?P<{p}mm>0?[1-9]|1[0-2])\s*[./-]\s*|(?P<{p}sn>{_SEASON_PAT})\s+)?(?P<{p}y>{_YEAR_PAT})"
    )


_NOW_PAT: Final = (
    r"(?:nu|d\.\s?d\.?|dd|dags\s+dato|i\s+dag|idag|present|nuvaerende|now|p\.\s?t\.?|pt|"
    r"fortsat|stadig|today|current|currently|ongoing|to\s+date|\(?igangvaerende\)?|"
    r"\.{2,}|\?|"
    # an end left blank before the bracket or cell closes: "Kok (2015 - )", "| 2011 - |"
    r"[)|])"
)
_DASH_PAT: Final = r"\s*(?:-{1,2}|–|—|til|to|→|>)\s*"
#: Two dates in a table's "Fra" and "Til" columns, only spaces or a tab between them.
_COLUMN_GAP_PAT: Final = r"(?:\s{2,}|\t|\s(?=(?:\d{1,2}/)?(?:19|20)\d\d\b))"
#: "2018/2019" and "2018/19" are year ranges too (one year), written with a slash between.
_YEAR_SLASH_PAT: Final = r"/(?=(?:19|20)?\d\d(?![\d/]))"
_RANGE_RE: Final = re.compile(
    rf"(?<![\d/.-])(?:fra\s+)?{_date_pat('a')}(?:{_DASH_PAT}|{_YEAR_SLASH_PAT}|{_COLUMN_GAP_PAT}(?=\S*\s*(?:19|20)\d\d))"
    rf"(?:{_date_pat('b')}|(?P<yy>\d\d)(?!\d)|(?P<now>{_NOW_PAT})(?!\w))"
)
_SINCE_RE: Final = re.compile(
    rf"\b(?:siden|fra|startede|begyndte|since|from)\s+(?:i\s+)?{_date_pat('s')}\b"
)
#: Months of one year: "aug.-okt. 2022" (three months), "maj til august 2019".
_MONTH_RANGE_RE: Final = re.compile(
    rf"\b(?P<m1>{_MONTH_PAT}){_DASH_PAT}(?P<m2>{_MONTH_PAT})\s*(?P<y>{_YEAR_PAT})(?!\d)"
)
#: Month/two-digit-year ranges: "08/15 - 06/19".
_SHORT_RANGE_RE: Final = re.compile(
    r"(?<![\d/.])(?P<am>0?[1-9]|1[0-2])/(?P<ay>\d\d)\s*(?:-{1,2}|–|—|til)\s*"
    r"(?P<bm>0?[1-9]|1[0-2])/(?P<by>\d\d)(?![\d/])"
)
_YEAR_RE: Final = re.compile(rf"(?<![\d/.-]){_YEAR_PAT}(?![\d])")
_ANY_YEAR_RE: Final = re.compile(_YEAR_PAT)
_RANGE_HINT_RE: Final = re.compile(
    r"[-–—→>/]|\btil\b|\bto\b|\d(?:\s{2,}|\t)|(?:19|20)\d\d\s(?:19|20)\d\d"
)
#: Words of a duration's unit, Danish and English ("6 mdr.", "9 mnd", "2 yrs", "3 months").
_TIME_UNIT_PAT: Final = (
    r"aars?|m(?:dr?|ndr?|aaned\w*|onths?|ths?)|uge\w*|y(?:ears?|rs?)|w(?:eeks?|ks?)"
)
_TIME_UNIT_RE: Final = re.compile(rf"\b(?:{_TIME_UNIT_PAT})\b")
_NUMBER_WORDS: Final[dict[str, float]] = {
    "et": 1,
    "en": 1,
    "to": 2,
    "tre": 3,
    "fire": 4,
    "fem": 5,
    "seks": 6,
    "syv": 7,
    "otte": 8,
    "ni": 9,
    "ti": 10,
    "elleve": 11,
    "tolv": 12,
    "tretten": 13,
    "fjorten": 14,
    "femten": 15,
    "seksten": 16,
    "sytten": 17,
    "atten": 18,
    "nitten": 19,
    "tyve": 20,
    "halvandet": 1.5,
    "par": 2,
    "nogle": 2,
    "flere": 3,
    "mange": 5,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
}
#: A clause that is only a grown-up's number of years: after a clause with no job in its
#: sentence ("Sofie, 27 år", "Hej, jeg er Sofie, 27 år"), an age.
_AGE_CLAUSE_RE: Final = re.compile(r"\s*(?:ca\.?\s*)?[1-9]\d\s*aar\s*\.?\s*$")
#: Words of a clause that names the person the CV is about.
_PERSON_RE: Final = re.compile(r"\b(?:jeg|han|hun|borger\w*|navn|hedder|kvinde|mand|er)\b")
#: A number of years after "var"/"er" or an age field is an age: "da jeg var 16 år", "jeg er
#: 41 år", "Alder: 44 år".
_AGE_BEFORE_RE: Final = re.compile(
    r"\b(?:var|er|blev|bliver|fylder|fyldte)\s+$|\b(?:alder|age|aged)\s*:?\s*$|"
    # a person of so many years: "Borger, kvinde 50 år", "en mand på 45 år"
    r"\b(?:mand|kvinde|dame|herre|fyr|pige|dreng|borger\w*|man|woman)\s+(?:paa\s+|of\s+)?$"
)
#: A licence or certificate right before "fra"/"siden" and a year: the year it was issued.
_ISSUED_BEFORE_RE: Final = re.compile(
    r"(?:bevis|certifikat|kort|kursus|licens|licence|certificate)\w*"
    r"(?:\s*:?\s*(?:ja|yes|taget|erhvervet)?\s*,?)?\s*$"
)
#: A grown-up's number of years as an item of a list in brackets or commas: "(Fatima, 44 år,
#: Esbjerg)"; group 1 is the item before it.
_AGE_ITEM_RE: Final = re.compile(r"(?:^|[(,])\s*([^\W\d]+(?:\s+[^\W\d]+){0,3})\s*,\s*$")
_NUM_PAT: Final = (
    r"(?P<num>\d+(?:[,.]\d+)?|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
    r"(?P<half>\s*½|\s+1/2|\s+(?:og\s+)?(?:et|en)\s+halv[t]?)?"
)
_DURATION_RE: Final = re.compile(
    rf"(?<![\w,.])(?:(?P<halfonly>(?:et|en|ca\.?)\s+halv[t]?)|½|{_NUM_PAT})\s*"
    r"(?P<unit>aars|aar|mdr|md|mndr|mnd|maaneder|maaneders|maaned|maaneds|uger|ugers|uge|"
    r"years|year|yrs|yr|months|month|mths|mth|weeks|week|wks|wk)\b"
    r"(?!\s+(?:gammel|gml|old))"
)


@dataclass(frozen=True, slots=True)
class _Period:
    years: float
    count: int  # calendar years touched (summer jobs) or the number in "3 somre"
    position: int  # character offset in the unit
    #: Tied to the calendar (a range, "siden 2018", a single year), not only a length ("3 år").
    dated: bool = True
    #: Where a range ("range") or a start only ("since") lies, in years: "fra 1990 til 2012";
    #: a length is "length", or "vague" when only roughly told ("i mange år").
    span: tuple[float, float] | None = None
    kind: str = ""


def _month(name: str | None, number: str | None, season: str | None = None) -> int | None:
    if name:
        return _MONTHS.get(name[:3])
    if number:
        return int(number)
    if season:
        return next(month for name, month in _SEASONS.items() if season.startswith(name))
    return None


def _end_month(name: str | None, number: str | None, season: str | None) -> int | None:
    """The month a period ends in, as :func:`_span_years` counts it (inclusive). A season is a
    point in the year, not a month worked: "til sommeren 2020" ends as July starts."""
    month = _month(name, number, season)
    return month - 1 if season and month is not None else month


def _two_digit_year(yy: int, reference_year: int) -> int:
    """The year of "08/15": the latest year ending in ``yy`` not after ``reference_year``."""
    year = reference_year // 100 * 100 + yy
    return year - 100 if year > reference_year else year


def _span_years(
    sy: int, sm: int | None, ey: float, em: int | None, *, open_end: bool
) -> float | None:
    """Years from start (year, month) to end (year, month); month ranges count both end
    months ("03/2019-08/2020" is 18 months), open ends run to the middle of the reference year,
    year-only ranges are the difference ("2001-2009" is 8 years; "2019-2019" half a year)."""
    if sm is not None and open_end:
        years = ey + 0.5 - (sy + (sm - 1) / 12.0)
    elif sm is not None and em is not None:
        years = ey + em / 12.0 - (sy + (sm - 1) / 12.0)
    else:
        years = ey - sy
        if years == 0:
            years = UNKNOWN_DURATION_YEARS
    if years <= 0 or years > MAX_PERIOD_YEARS:
        return None
    return years


def _is_age_item(unit: str, m: re.Match[str]) -> bool:
    """Whether the number of years ``m`` is an age among a list's items: between commas or
    brackets, 18-80 whole years, after an item that names no job ("Fatima, 44 år, Esbjerg"),
    not "Tjener, 20 år")."""
    raw = m["num"]
    if not (raw and raw.isdigit() and 18 <= int(raw) <= 80 and m["unit"] == "aar"):
        return False
    if not re.match(r"\s*(?:[,)]|$)", unit[m.end() :]):
        return False
    item = _AGE_ITEM_RE.search(unit, max(0, m.start() - 60), m.start())
    return item is not None and not hits_in_tokens(_TOKEN_RE.findall(item.group(1)))


#: Number words that tell an amount only roughly ("i mange år").
_VAGUE_AMOUNTS: Final = frozenset({"mange", "flere", "adskillige", "nogle"})


def _periods(unit: str, reference_year: int) -> list[_Period]:
    """Durations named in one folded text unit, with where they are."""
    out: list[_Period] = []
    taken: list[tuple[int, int]] = []
    spans: list[tuple[float, float]] = []  # the ranges' start and end, in years
    started: list[_Period] = []  # open periods from a start only ("fra 2010"), no end told
    first_year = _ANY_YEAR_RE.search(unit)
    has_year = first_year is not None
    # A range or "siden ..." starts at most a month or season name and "fra" before its first
    # year; a range of months within one year ("aug.-okt. 2022") at most two month names.
    scan_from = max(0, first_year.start() - 20) if first_year else 0
    has_range = has_year and _RANGE_HINT_RE.search(unit, scan_from) is not None
    for m in _RANGE_RE.finditer(unit, scan_from) if has_range else ():
        sy = int(m["ay"])
        sm = _month(m["amn"], m["amm"], m["asn"])
        if m["now"]:
            ey: float = reference_year
            em = None
            open_end = True
        elif m["yy"]:
            ey = sy // 100 * 100 + int(m["yy"])
            if ey < sy:
                ey += 100
            em = None
            open_end = False
        else:
            ey = int(m["by"])
            em = _end_month(m["bmn"], m["bmm"], m["bsn"])
            open_end = False
        years = _span_years(sy, sm, ey, em, open_end=open_end)
        taken.append(m.span())
        span = (sy + ((sm or 1) - 1) / 12, ey + (em or 12) / 12)
        if years is not None and not any(
            a <= span[0] and span[1] <= b for a, b in spans
        ):  # a part of a range named beside it is in it: "1999–2008 (elevtiden 1999–2002)"
            out.append(_Period(years, int(ey) - sy + 1, m.start(), span=span, kind="range"))
        spans.append(span)
    # Only a unit without a full range can hold a range of months within one year.
    for m in (
        _MONTH_RANGE_RE.finditer(unit, max(0, scan_from - 12)) if has_range and not taken else ()
    ):
        first, last = _MONTHS.get(m["m1"][:3]), _MONTHS.get(m["m2"][:3])
        if first is None or last is None:
            continue
        taken.append(m.span())
        out.append(_Period(((last - first) % 12 + 1) / 12.0, 1, m.start()))
    if "/" in unit:
        for m in _SHORT_RANGE_RE.finditer(unit):
            if any(a <= m.start() < b for a, b in taken):
                continue
            sy, ey = (_two_digit_year(int(m[k]), reference_year) for k in ("ay", "by"))
            years = _span_years(sy, int(m["am"]), ey, int(m["bm"]), open_end=False)
            if years is not None:
                taken.append(m.span())
                out.append(_Period(years, ey - sy + 1, m.start()))
    has_since = has_year and (
        "siden" in unit
        or "fra" in unit
        or "startede" in unit
        or "begyndte" in unit
        or "since" in unit
        or "from" in unit
    )
    for m in _SINCE_RE.finditer(unit, max(0, scan_from - 8)) if has_since else ():
        if any(a <= m.start("sy") < b for a, b in taken):
            continue
        if _ISSUED_BEFORE_RE.search(unit, max(0, m.start() - 30), m.start()):
            continue  # "Hygiejnebevis fra 1999", "kørekort siden 2010": when it was issued
        sy = int(m["sy"])
        sm = _month(m["smn"], m["smm"], m["ssn"])
        years = _span_years(sy, sm, reference_year, None, open_end=True)
        taken.append(m.span())
        if years is not None:
            start = sy + ((sm or 1) - 1) / 12
            out.append(
                _Period(
                    years, reference_year - sy + 1, m.start(), span=(start, start), kind="since"
                )
            )
            if m.group(0).startswith(("fra", "startede", "begyndte", "from")):
                started.append(out[-1])
    has_unit = _TIME_UNIT_RE.search(unit) is not None
    for m in _DURATION_RE.finditer(unit) if has_unit else ():
        if any(a <= m.start() < b for a, b in taken):
            continue
        if m["halfonly"] or m.group(0).startswith("½"):
            amount = 0.5
        else:
            raw = m["num"]
            amount = float(raw.replace(",", ".")) if raw[0].isdigit() else _NUMBER_WORDS.get(raw, 1)
            if m["half"]:
                amount += 0.5
        unit_word = m["unit"]
        if unit_word.startswith(("aa", "y")):
            years = amount
        elif unit_word.startswith(("u", "w")):
            years = amount / 52.0
        else:
            years = amount / 12.0
        if _AGE_BEFORE_RE.search(unit, max(0, m.start() - 16), m.start()) or _is_age_item(unit, m):
            continue  # "da jeg var 16 år", "jeg er 41 år", "Alder: 44 år", "(Fatima, 44 år)"
        ranges = [p.years for p in out if p.dated and p.years > 0]
        if ranges and m["num"] in _VAGUE_AMOUNTS:
            continue  # "i mange år (1990-2005)": the range tells how many
        if any(p.years > 0 and abs(p.years - years) <= 0.5 for p in out) or (
            len(ranges) >= 2 and abs(sum(ranges) - years) <= 0.5
        ):
            # "fra 1988 til 2004 (16 år)": the range restated; "13 års erfaring som tjener:
            # 1995-2005 ... og 2005-2008": the ranges summed up
            continue
        if 0 < years <= MAX_PERIOD_YEARS:
            taken.append(m.span())
            kind = "vague" if m["num"] in _VAGUE_AMOUNTS else "length"
            out.append(_Period(years, max(1, round(amount)), m.start(), dated=False, kind=kind))
            # "i 5 år fra 2010": the length ends what "fra" began, not today
            out = [p for p in out if not any(p is q for q in started)]
    for m in _YEAR_RE.finditer(unit, scan_from) if has_year else ():
        if any(a <= m.start() < b for a, b in taken):
            continue
        if unit[max(0, m.start() - 7) : m.start()].rstrip().endswith(("foedt", "f.")):
            continue
        out.append(_Period(-1.0, 1, m.start()))  # a single year: length unknown
    return out


# --- licences --------------------------------------------------------------------------------

#: Licence mentions. Each pattern starts with a literal so the scan is fast; the word around a
#: "kørekort" mention ("B-kørekort", "lastbilkørekortet") is recovered afterwards.
_LICENCE_PATTERNS: Final[tuple[tuple[str, str, re.Pattern[str]], ...]] = (
    ("drive", "koerekort", re.compile(r"koerekort\w*")),
    (
        "forklift",
        "tru",
        re.compile(
            r"tru(?:c|)k\s*-?\s*(?:foerer)?\s*-?\s*(?:med\s+)?"
            r"(?:certifikat|cert|kort|koerekort|bevis|uddannelse|kursus)\w*(?:\.(?=\s*:))?"
        ),
    ),
    (
        "forklift",
        "certifikat",
        re.compile(r"certifikat\w*\s+(?:til|i)\s+(?:at\s+koere\s+)?(?:gaffel)?truck\w*"),
    ),
    # a forklift certificate named by its categories: "Truck A", "truck A+B", "Gaffeltruck B"
    (
        "forklift",
        "truck",
        re.compile(r"truck\s*\(?\s*(?:kat(?:egori)?\.?\s*)?(?:a|b)(?:\s*(?:\+|/|&|og)\s*b)?\b"),
    ),
    (
        "hygiene",
        "hyg",
        re.compile(r"hyg\w{2,5}\s*-?\s*(?:be?vis|kurs\w*|certifikat|uddannelse)\w*"),
    ),
    ("hygiene", "hygiejne", re.compile(r"(?:foedevare|levnedsmiddel)\s*-?\s*hygiejne\w*")),
    (
        "hygiene",
        "hygiejne",
        re.compile(r"(?:kursus|bevis|certifikat)\s+i\s+(?:foedevare)?hygiejne"),
    ),
    ("first_aid", "hjaelp", re.compile(r"foe?rste\s*-?\s*hjaelp\w*")),
    ("first_aid", "hjelp", re.compile(r"foe?rste\s*-?\s*hjelp\w*")),
    ("first_aid", "hjertestarter", re.compile(r"hjertestarter\w*kursus")),
    # A licence category without the word "kørekort": "Lastbilchauffør, kat. C+E".
    ("category", "kat", re.compile(r"\bkat(?:egori)?\b\.?")),
    ("category", "category", re.compile(r"\bcategory\b")),
    # ... or under a heading for licences: "Licences: C+E, forklift"
    ("category", "licen", re.compile(r"\blicen[cs]e[rs]?\s*:")),
)
_WORD_START_RE: Final = re.compile(r"[\w/-]*\Z")
#: "kørekort:" or "kørekort og certifikater:" used as a label.
_LICENCE_LABEL_RE: Final = re.compile(r"(?:\s*(?:og|/|&|\+)\s*[a-z]+)?\s*:")
#: A country's adjective before a licence's categories ("polsk", "ukrainske", "dansk").
_COUNTRY_WORD_RE: Final = re.compile(
    r"\s*(?!almindelig|fysisk|elektronisk|midlertidig)[a-z]{3,}ske?\s+(?=[a-e]\b|[a-e][1e]e?\b)"
)
_GENERIC_LICENCE_PREFIXES: Final = frozenset({"eu", "dansk", "danskt", "gyldigt", "nyt"})
_YES_RE: Final = re.compile(r"\s*(?:(?:ja|har|yes)\b|✓|✔|☒|\[\s*x\s*\])")
#: What a "ja" may go on to name that is no car licence: "Kørekort: ja (traktor)".
_NOT_CAR_RE: Final = re.compile(
    r"[^.;\n]{0,12}?\b(?:traktor\w*|knallert\w*|moped\w*|motorcykel\w*|am|a1)\b"
)
_CATEGORY_LIST_RE: Final = re.compile(
    r"\s*(?:[:(\-]\s*|til\s+|kategori(?:er|en)?\s*:?\s*|kat\.?\s*|categor(?:y|ies)\s*:?\s*|"
    r"klasse\s+|licen[cs]e[rs]?\s*:\s*)*"
    r"((?:(?:a[12]|[a-e][1e]?e?|am|t|bil|personbil|alm\w*|lastbil|bus|knallert|motorcykel|traktor|"
    r"trailer|stor\w*)\b(?:\.(?!\s+\S))?\s*(?:,|/|\+|&|og|samt|and)?\s*)+)"
)
_CATEGORY_PREFIX_RE: Final = re.compile(
    r"((?:\b(?:[a-e][1e]?e?)\s*-?\s*(?:,|/|\+|&|og|and)?\s*)+)-?\s*$"
)
#: Words that a licence is not (yet) held, before and after the mention; the English ones
#: for English CVs ("no driving licence", "Driving licence: None", "... (expired)").
_LICENCE_NEGATION_BEFORE_RE: Final = re.compile(
    r"\b(?:ikke|intet|ingen|uden|mangler|mistet|mistede|miste|aldrig|frakendt|frataget|"
    r"tager|ved\s+at\s+tage|i\s+gang\s+med|igang\s+med|skal\s+tage|skal\s+have|venter\s+paa|"
    r"oensker|oensket|vil\s+gerne|gerne\s+vil|droemmer|haaber|tilmeldt|spare\w*\s+op|"
    r"ubetinget|betinget|ej|no|not|without|lost|never|har\s+haft|havde|had|hverken|"
    r"inddraget|beslaglagt|konfiskeret|bevilget|tror|formoder|plan|planen|"
    # one to regain or to take: "Kan tidligst generhverve kørekortet i 2027", "interesseret i
    # et truckkursus"
    r"generhverve|generhvervelse\w*|tidligst|interesse\w*|"
    # what a job or an advert asks for: "Jobbet kræver kørekort B"
    r"kraever|kraevede|kraeves|krav\w*|fordel|efterspoerg\w*|requirement\w*|requires?|required|"
    # a licence to come: "Når hun får kørekortet tilbage i marts"
    r"naar\s+(?:\w+\s+)?(?:faar|bestaar|har\s+taget)|"
    # someone else's: "Min mand har kørekort", "Hans kone har hygiejnebevis"
    r"(?:min|mit|hans|hendes|deres|my|his|her)\s+(?:mand|kone|hustru|aegtefaelle|samlever|"
    r"kaereste|soen|datter|far|mor|foraeldre|bror|soester|kollega|husband|wife|son|daughter)|"
    r"(?:kaeresten|kollegaen|kollegerne|broderen|soesteren|manden|konen|hustruen|faderen|"
    r"moderen|soennen|datteren|aegtefaellen|samleveren)\s+(?:der\s+|som\s+)?har)\b"
    r"[^.;:\n]*$"
)
_LICENCE_NEGATION_AFTER_RE: Final = re.compile(
    r"^[^.;\n]{0,30}?\b(?:nej|ikke|ingen|aldrig|frakendt|frataget|inddraget|mistet|udloebet|"
    r"afleveret|"
    r"udloeb|har\s+haft|havde|under\s+uddannelse|"
    r"ugyldig\w*|ej|under\s+erhvervelse|paa\s+vej|i\s+gang|frakendelse|"
    r"none|not|never|expired|revoked|suspended|invalid)\b"
)
#: A box left unticked right after the licence ("Truckcertifikat [ ]", "Hygiejnebevis ☐").
_UNTICKED_RE: Final = re.compile(r"(?:[ \t]*[a-e][1e]?e?\b)?\s*:?\s*(?:\[[\s_]*\]|[☐□❏]|\(\s*\))")
#: A form's field left blank or answered by nothing ("Truckcertifikat: ______", "Kørekort B:
#: 0", "Truck: -", "N/A", a JSON ``false``, "Truck ___", a table's "Hygiejnebevis<TAB>–").
_BLANK_ANSWER_RE: Final = re.compile(
    r"(?:[ \t_-]*[a-e][1e]?e?\b)?\"?\s*(?::\s*(?:_{2,}|\.{3,}[ \t]*(?:$|\n)|"
    r"(?:0|-|—|–|n/a|false|null)[ \t]*(?:$|[,}\n]))|[ \t]*_{2,}|"
    # a table's cell: "Hygiejnebevis<TAB>–"
    r"(?:\t|[ ]{2,})[ \t]*(?:-|—|–|n/a|nej|0)[ \t]*(?:$|\n))",
    re.MULTILINE,
)
#: Doubt or a plan later in the licence's sentence: held now is not shown ("ja, men usikkert om
#: det stadig er gyldigt", "ikke undersøgt, om det gælder her", "sagen er ikke afgjort",
#: "er planlagt i uge 6", "currently taking the course").
_LICENCE_DOUBT_RE: Final = re.compile(
    r"\b(?:usikker\w*|uvist|uafklaret|ikke\s+(?:undersoegt|afklaret|afgjort|bekraeftet)|"
    r"ved\s+ikke\s+om|kan\s+ikke\s+huske|spoerg\w*|tjek\w*|maaske|muligvis|planlagt|"
    r"tilmeldt|bestilt|booket|skal\s+(?:tage|have|fornyes)|unsure|uncertain|planned|booked|"
    r"enrolled|currently\s+taking|taking\s+the|in\s+progress|ikke\s+bestaaet|dumpet|"
    r"faldt\s+igennem|failed|kan\s+ikke\s+(?:fremvise|dokumentere|finde)|ikke\s+dokumenteret|"
    r"mange\s+aar\s+gammel\w*|bevilget|starter|begynder|under\s+uddannelse|"
    r"tager\s+(?:hun|han|jeg|borger\w*)|afklares|vides\s+ikke|ved\s+(?:det\s+)?ikke|"
    r"endnu\s+ikke|aldrig|expired|udloebet|tilhoerer|kraever|kraevede|fordel|krav|"
    r"fejlagtig\w*|afslaaet|afvist|afslag|dengang|ikke\s+fornyet|bestod\s+ikke|paabegyndt|"
    r"udeblev|ikke\s+gennemfoert|infektion\w*|haandhygiejne|plejesektor\w*|neither)\b|"
    r"(?:^|:)\s*\?|[✘✗❌]"
)
#: A validity in years from a date ("05.09.2021, fornyes hvert 2. år", "gyldigt i 3 år").
_RENEWAL_RE: Final = re.compile(
    r"\b(?:fornyes|genopfriskes|skal\s+fornyes)\s+(?:hvert|hver)\s+(\d+)\.?\s+aar\b|"
    r"\bgyldig\w*\s+i\s+(\d+)\s+aar\b"
)
#: The end of a validity ("gyldigt til 2025", "udløb i 2024", "valid until 2025"); the year is
#: group 1. One that ends by the reference year is no licence.
_VALID_UNTIL_RE: Final = re.compile(
    r"\b(?:gyldig\w*\s+(?:til|indtil|t\.o\.m\.?)|udloeb\w*|expire[sd]?|valid\s+(?:until|till|to))"
    r"\s+(?:i\s+|in\s+)?(?:\d{1,2}[./-]\d{1,2}[./-]|\d{1,2}[./-]|[a-z]{3,9}\.?\s+)?"
    r"((?:19|20)\d\d)\b"
)
#: Having no car is not lacking a licence: "Kørekort: B (har ingen bil)", "uden egen bil",
#: "no car". Taken out of the text after a mention before the negation words are sought (not
#: before it: "har ingen bil eller kørekort" denies both).
_NO_CAR_RE: Final = re.compile(
    r"\b(?:ingen|uden|har\s+ikke|ikke\s+(?:egen|nogen|en)|no|without(?:\s+a)?)\s+"
    r"(?:(?:egen|nogen|en|own)\s+)?(?:bil|car)\b"
)
#: A licence the rest of its sentence says is not valid here: a foreign licence "som ikke er
#: gyldigt i Danmark", "gælder ikke i Danmark", "ikke omskrevet", "not valid in Denmark".
_LICENCE_INVALID_RE: Final = re.compile(
    r"\b(?:(?:ikke|ej|not)\s+(?:\w+\s+){0,2}?(?:gyldig\w*|godkendt|anerkendt|omskrevet|"
    r"ombyttet|valid|gaelder)|ugyldig\w*|gaelder\s+ikke|invalid)\b"
)
#: A licence withdrawn, said later in its sentence with no object of its own ("..., men det
#: er frakendt til 2027", "men inddraget i 2024"; not "mistet jobbet"); when unsure whose
#: withdrawal it is, no licence is the cautious reading.
_LICENCE_WITHDRAWN_RE: Final = re.compile(
    r"\b(?:frakendt|frataget|inddraget|mistet|udloeb(?:et)?|beslaglagt|afleveret|revoked|suspended|"
    r"expired|surrendered)"
    r"(?=\s*(?:$|[,;:()\-–]|\d|\b(?:i|til|pga|efter|fra|for|af|siden|indtil|midlertidigt|"
    r"betinget|ubetinget|og|men|until|in|since|for|and)\b))"
)
#: Another licence named later in the sentence: the validity words after it are its own.
_OTHER_LICENCE_RE: Final = re.compile(
    r"certifikat|certificate|bevis|kursus|course|truck|hygiejne|hjaelp|\badr\b"
)
#: A licence lost and then held again ("..., men har fået det igen", "generhvervet 2021"); not
#: one hoped for ("forventer at generhverve det") or denied ("har ikke generhvervet det").
_LICENCE_RESTORED_RE: Final = re.compile(
    r"\b(?:faaet\s+(?:det|den|kortet|koerekortet)\s+(?:igen|tilbage)|generhvervet|"
    r"generhvervede|har\s+det\s+igen|igen\s+siden)\b"
)
#: Words before a restoration, in its clause, that deny it or put it in the future.
_RESTORATION_DENIED_RE: Final = re.compile(
    r"\b(?:ikke|aldrig|endnu|forvent\w*|haaber|skal|vil|venter|regner|planlaeg\w*|not|never)\b"
)


def _categories(words: str) -> set[str]:
    found: set[str] = set()
    tokens = re.findall(r"[a-z0-9]+", words)
    for i, word in enumerate(tokens):
        if word in {"b", "be", "bil", "personbil", "trailer", "taxi", "taxa", "erhvervs"} or (
            word.startswith("alm")
        ):
            found.add("B")
        elif word.startswith("stor") and tokens[i + 1 : i + 2] == ["knallert"]:
            found.add("none")  # "stor knallert": a moped
        elif word == "lastbil" and {"c1", "c1e"} & set(tokens):
            continue  # "C1 (lastbil op til 7.500 kg)": the light lorry named
        elif word in {"c", "ce", "lastbil"} or word.startswith("stor"):
            found.update({"C", "B"})
        elif word in {"c1", "c1e"}:
            found.add("B")  # a light truck (up to 7.5 t) is no category C
        elif word in {"d", "d1", "de", "d1e", "bus"}:
            found.add("B")
        elif word in {"a", "a1", "a2", "am", "t", "knallert", "motorcykel", "traktor"}:
            found.add("none")
    return found


#: What a "kørekort" named after it may be for besides driving ("kørekort til computeren").
_COMPUTER_LICENCE_RE: Final = re.compile(
    r"[^.;\n]{0,12}?\b(?:til|i)\s+(?:computer\w*|pc\w*|it\b|edb\w*|data\w*|knallert\w*|"
    r"traktor\w*|motorcykel\w*|scooter\w*|baad\w*|drone\w*)"
)


def _drive_categories(low: str, start: int, end: int) -> set[str]:
    """Licence categories of the "kørekort" mention ``low[start:end]`` (``start`` at the
    beginning of the whole word, e.g. of "b-koerekort")."""
    word = low[start:end]
    if _COMPUTER_LICENCE_RE.match(low, end):
        return set()  # "kørekort til computeren": a computer course
    prefix = word[: word.index("koerekort")].strip("-/ \n")
    cats = _categories(prefix.replace("-", " ").replace("/", " ")) if prefix else set()
    if prefix and not cats and prefix not in _GENERIC_LICENCE_PREFIXES:
        return set()  # "truckkørekort", "traktorkørekort": some other licence
    before = low[max(0, start - 25) : start]
    pm = _CATEGORY_PREFIX_RE.search(before)
    if pm:
        cats |= _categories(pm.group(1))
    if re.search(r"\bstor\w*\s*$", before):
        cats |= {"C", "B"}
    if re.search(r"\balm\w*\.?\s*$", before):
        cats.add("B")
    label = _LICENCE_LABEL_RE.match(low, end, end + 40)
    if label:
        # "Kørekort og certifikater: Truckcertifikat" is a heading, not a licence: only what
        # follows the colon counts ("Kørekort: B, C", "Kørekort: ja").
        answer = label.end()
        if country := _COUNTRY_WORD_RE.match(low, answer):
            answer = country.end()  # "Kørekort: polsk B" (foreign, so left to confirm)
        am = _CATEGORY_LIST_RE.match(low, answer, answer + 40)
        if am:
            cats |= _categories(am.group(1))
        elif (
            not cats
            and (yes := _YES_RE.match(low, label.end(), label.end() + 10))
            and not _NOT_CAR_RE.match(low, yes.end())
        ):
            cats.add("B")
        cats.discard("none")
        return cats
    am = _CATEGORY_LIST_RE.match(low, end, end + 40)
    if am:
        # (with the prefix: "C1-kørekort (lastbil op til 7.500 kg)" names a light lorry)
        cats |= _categories(prefix + " " + am.group(1))
    if not cats:
        # "kørekort" alone: in Danish CVs the ordinary car licence, category B.
        cats.add("B")
    cats.discard("none")
    return cats


#: Certificates with categories of their own, which are no driving licence's.
_NOT_DRIVING_CATEGORY_RE: Final = re.compile(r"truck|kran|crane|lift")


def _bare_categories(low: str, start: int) -> set[str]:
    """Driving licence categories named after "kat."/"kategori" without the word "kørekort"
    ("kat. C+E"), unless the clause is about a forklift or crane certificate ("truckcertifikat
    kat. B", "Kran (kat. D)"), whose categories are no driving licence."""
    clause_start = max(low.rfind(sep, 0, start) for sep in (".", ";", "\n", ","))
    if _NOT_DRIVING_CATEGORY_RE.search(low, max(clause_start + 1, start - 40), start):
        return set()
    listed = _CATEGORY_LIST_RE.match(low, start, start + 50)
    if listed is None:
        return set()
    return _categories(listed.group(1)) - {"none"}


#: The end of a sentence in folded CV text: a line break, or a full stop that does not close
#: an abbreviation ("pga.", "bl.a.", "kat.", "ca.").
_SENTENCE_STOP_RE: Final = re.compile(
    r"\n|(?<!\bpga)(?<!\bbla)(?<!\bb\.a)(?<!\bkat)(?<!\bca)(?<!\bevt)(?<!\bjf)(?<!\bmht)(?<!\bobs)"
    r"(?<!\binkl)(?<!\biflg)(?<!\bnr)(?<!\bf\.eks)(?<!\beks)\.(?!\d)"
)


#: A table's column for when a licence ends ("Kursus | År | Udløber", "| Gyldig til").
_EXPIRY_HEADER_RE: Final = re.compile(r"udloeb\w*|gyldig\w*|expir\w*|valid\w*")
#: What a relative or another person says the citizen holds ("siger hans bror").
_HEARSAY_RE: Final = re.compile(
    r"\b(?:siger|mener|ifoelge)\s+(?:hans|hendes|borgerens|deres)\s+\w+"
)
#: A line that states a plan ("Plan: hygiejnekursus i uge 4 2027").
_PLAN_LINE_RE: Final = re.compile(
    r"\s*[-*•]?\s*(?:plan\w*|aftale\w*|naeste\s+skridt|mangler|savner|har\s+ikke)\s*:"
)
#: A sentence that says what was noted was wrong ("Der stod fejlagtigt, at borger har ...").
_NOTED_WRONGLY_RE: Final = re.compile(r"\bfejlagtig\w*|\bved\s+en\s+fejl\b|\bder\s+stod\b")


def _table_expiry(low: str, line_start: int, line: str) -> int | None:
    """The year in the expiry column of a table row ("Førstehjælp | 2022 | 2024" under
    "Kursus | År | Udløber"), or None when the line is no such row or the cell holds no year."""
    if "|" not in line:
        return None
    for header in reversed(low[:line_start].splitlines()):
        if "|" not in header:
            continue
        cells = [c.strip() for c in header.split("|")]
        column = next((k for k, c in enumerate(cells) if _EXPIRY_HEADER_RE.match(c)), None)
        if column is None:
            continue
        row = line.split("|")
        if column >= len(row):
            return None
        year = re.search(r"\b(?:19|20)\d\d\b", row[column])
        return int(year.group()) if year else None
    return None


#: A sentence that opens with a verb, so goes on about the subject before it.
_CONTINUATION_RE: Final = re.compile(r"\s*(?:er|kan|blev|var|skal|maa|gaelder|bliver)\b")


def _sentence_start(low: str, at: int) -> int:
    """Where the sentence holding position ``at`` of folded CV text begins."""
    return max(low.rfind(sep, 0, at) for sep in (".", "\n", ";")) + 1


def _negated(low: str, start: int, end: int, reference_year: int) -> bool:
    """Whether the licence mention at ``low[start:end]`` is negated or not (yet) held: denied,
    lost, withdrawn, expired before ``reference_year``, someone else's, in doubt or planned."""
    clause_start = max(
        low.rfind(sep, 0, start) for sep in (".", ";", "\n", ",", " men ", " og ikke")
    )
    before = low[max(clause_start + 1, start - 45) : start]
    after = _NO_CAR_RE.sub(" ", low[end : end + 40])
    tail_cut = re.search(r"[,;.\n]|\bmen\b|\bbut\b", after)
    after_clause = after[: tail_cut.start()] if tail_cut else after
    stop = _SENTENCE_STOP_RE.search(low, end)
    rest = low[end : stop.start() if stop else len(low)]
    if stop and _CONTINUATION_RE.match(low, stop.end()):
        # "Ukrainsk kørekort kategori B. Er endnu ikke ombyttet": a next sentence without a
        # subject of its own goes on about the licence
        more = _SENTENCE_STOP_RE.search(low, stop.end())
        rest += " " + low[stop.end() : more.start() if more else len(low)]
    other = _OTHER_LICENCE_RE.search(rest)
    own_rest = rest[: other.start()] if other else rest
    expired = _VALID_UNTIL_RE.search(own_rest)
    line_start = low.rfind("\n", 0, start) + 1
    line_end = low.find("\n", end)
    line = low[line_start : line_end if line_end >= 0 else len(low)]
    renewal = _RENEWAL_RE.search(line)
    until = _table_expiry(low, line_start, line)
    years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", line)]
    negated = bool(
        _LICENCE_NEGATION_BEFORE_RE.search(before)
        or _LICENCE_NEGATION_AFTER_RE.search(after_clause)
        or re.match(r"^\s*[:(\-]?\s*(?:nej|ingen|ej|no|none)\b", after)
        or re.match(r"^\s*\(\s*(?:udloebet|frakendt|ugyldig|expired)", after)
        or _LICENCE_INVALID_RE.search(own_rest)
        # "Har kørekort, men det er frakendt til 2027": withdrawn later in the sentence
        or _LICENCE_WITHDRAWN_RE.search(own_rest)
        or _UNTICKED_RE.match(low, end)
        or _BLANK_ANSWER_RE.match(low, end)
        or _LICENCE_DOUBT_RE.search(own_rest)
        # a validity that ends in the reference year may have ended: cautiously, none
        or (expired is not None and int(expired.group(1)) <= reference_year)
        or (
            renewal is not None
            and bool(years)
            and max(years) + int(renewal.group(1) or renewal.group(2)) <= reference_year
        )
        or (until is not None and until <= reference_year)
        # "Plan: hygiejnekursus i uge 4", "Mangler: kørekort": a plan's or a lack's line
        or _PLAN_LINE_RE.match(line) is not None
        or _NOTED_WRONGLY_RE.search(low, _sentence_start(low, start), start) is not None
        # "..., siger hans bror": hearsay about every licence of the sentence
        or _HEARSAY_RE.search(rest) is not None
    )
    if negated:
        for m in _LICENCE_RESTORED_RE.finditer(rest):
            clause = re.split(r"[,;]|\bmen\b|\bbut\b", rest[: m.start()])[-1]
            if not _RESTORATION_DENIED_RE.search(clause):
                return False
    return negated


def extract_licences(text: str | None, reference_year: int | None = None) -> frozenset[str]:
    """Licences the CV evidences (subset of ``features.vocabulary.LICENCES``); a validity that
    ends by ``reference_year`` (default: this year) is no licence.

    >>> sorted(extract_licences("Har kørekort B og truckcertifikat."))
    ['B', 'forklift']
    >>> sorted(extract_licences("Stort kørekort (C/CE)."))
    ['B', 'C']
    >>> sorted(extract_licences("Har ikke kørekort. Hygiejnebevis fra 2019."))
    ['hygiene']
    """
    if not text:
        return frozenset()
    return _licences_folded(fold(_unwrapped(text)), reference_year or date.today().year)[0]


#: A line broken inside a sentence: a small letter or a comma before the break, a small letter
#: after it ("Borgeren har ikke\nkørekort", as scans, e-mails and PDFs break lines); a form's
#: field on either line ("Kørekort: b\ntruck: ja") is no sentence.
_SOFT_WRAP_RE: Final = re.compile(
    r"^([^\n:]*[a-zæøå,])[ \t]*\n[ \t]*(?=[a-zæøå][^\n:]*$)", re.MULTILINE
)


def _unwrapped(text: str) -> str:
    """``text`` with lines broken inside a sentence joined, so a licence's sentence is read
    whole (its negation or plan may stand on the line before)."""
    return _SOFT_WRAP_RE.sub(r"\1 ", text) if "\n" in text else text


#: English licence wording, read as its Danish equivalent (with the same negation care:
#: "Driving licence: None", "no driving licence"): "Driving licence: B", "driver's license",
#: "First aid course 2019", "forklift licence", "food hygiene certificate".
_ENGLISH_LICENCES: Final[tuple[tuple[re.Pattern[str], str], ...]] = tuple(
    (re.compile(pattern), danish)
    for pattern, danish in (
        (r"\bdriv(?:ing|er'?s?)\s*-?\s*licen[cs]e[sd]?\b", "koerekort"),
        (r"\bfirst\s*-?\s*aid\b", "foerstehjaelp"),
        (r"\bforklift\s*-?\s*(?:truck\s+)?(?:licen[cs]e|certificate)[sd]?\b", "truckcertifikat"),
        (r"\b(?:food\s+)?hygiene\s+(?:certificate|course)s?\b", "hygiejnebevis"),
    )
)
#: A quick test for :data:`_ENGLISH_LICENCES`.
_ENGLISH_LICENCE_HINT_RE: Final = re.compile(r"licen[cs]e|aid\b|certificate|hygiene")


#: Licences whose word may end a compound: "gaffeltruckcertifikat", "børneførstehjælpsbevis"
#: (a first aid course for children's carers is a first aid course).
_COMPOUND_LICENCES: Final = frozenset({"forklift", "first_aid"})


#: A first aid kit or box is no first aid course ("førstehjælpskassen").
_FIRST_AID_KIT_RE: Final = re.compile(
    r"foe?rste\s*-?\s*hj(?:ae|e)lps(?:kasse|kuffert|taske|udstyr)"
)
#: Slips for "kørekort" read as it: "kørekot B", "køre kort: B" (not "køre kortere ture").
_KOEREKORT_SLIP_RE: Final = re.compile(
    r"\bkoerekot\b|\bkorekort\b|\bkoerrekort\w*|\bkoere\s+kort(?=\s*(?::|\(|[a-e]\b))"
)


#: A form's answer boxes before a short answer ("Kørekort: [ ] B  [x] C", "[x] Ja  [ ] Nej"),
#: and struck-out answers ("ja / ~~nej~~"): an unticked or struck answer is blanked, a tick
#: leaves its answer.
_UNTICKED_ANSWER_RE: Final = re.compile(
    r"(?:\[\s*\]|☐)\s*(?:[a-e][1e]?e?|ja|nej|yes|no)\b|~~[^~\n]*~~"
)
_TICK_BEFORE_ANSWER_RE: Final = re.compile(
    r"(?:\[\s*x\s*\]|☒|☑)(?=\s*(?:[a-e][1e]?e?|ja|nej|yes|no)\b)"
)
#: A box after the answer it ticks ("Truckcertifikat: Ja [ ] Nej [X]", "Ja: ☐ Nej: ☑").
_ANSWER_THEN_BOX_RE: Final = re.compile(
    r"\b(?P<answer>ja|nej|yes|no)\s*:?\s*(?:\[\s*(?P<tick>x)?\s*\]|(?P<mark>[☒☑])|[☐□❏])"
)
#: A category followed by an empty slot to tick or fill in ("Kørekort: B __ C __").
_BLANK_CATEGORY_RE: Final = re.compile(r"\b[a-e][1e]?e?[ \t]*_{2,}")


def _boxes_after_answers_read(low: str) -> str:
    """``low`` with each line whose boxes follow their answers read: an unticked answer and
    its box blanked, a ticked answer kept and its box blanked. A line whose first answer has
    its box before it ("[x] Ja  [ ] Nej") is left to :data:`_UNTICKED_ANSWER_RE`."""
    lines = low.split("\n")
    for i, line in enumerate(lines):
        first = _ANSWER_THEN_BOX_RE.search(line)
        if first is None:
            continue
        if re.search(r"(?:\[\s*x?\s*\]|[☐□❏☒☑])\s*$", line[: first.start()]):
            continue  # the box stands before the answer
        lines[i] = _ANSWER_THEN_BOX_RE.sub(_answer_if_ticked, line)
    return "\n".join(lines)


def _answer_if_ticked(m: re.Match[str]) -> str:
    """An answer and its box: the answer alone when ticked, nothing when not."""
    kept = m["answer"] if m["tick"] or m["mark"] else ""
    return kept.ljust(len(m.group()))


#: An unticked box that opens a line or a cell, and the item after it up to the next box:
#: "☐ Truckcertifikat", "[ ] Kørekort C/CE", "☐ Kørekort  ☑ Ingen kørekort". (A box after its
#: item is its answer: :data:`_UNTICKED_RE`.)
_UNTICKED_ITEM_RE: Final = re.compile(
    r"(?:^|(?<=\t)|(?<=  ))[ \t]*(?:[-•*][ \t]*)?(?:\[\s*\]|☐|\(\s*\))(?=[ \t]*[^\s])"
    r"(?:(?!\[\s*x?\s*\]|[☐☒☑]|\(\s*x?\s*\))[^\n])*",
    re.MULTILINE,
)


#: A field's note in brackets listing its options ("Kørekort (B/C/CE/D):", "Truckcertifikat
#: (ja/nej):", "Certifikater (truck/hygiejne/førstehjælp):").
_OPTIONS_NOTE_RE: Final = re.compile(r"\([^()\n]{0,40}/[^()\n]{0,40}\)(?=\s*:)")
#: A question's mark before its answer on the same line.
_ANSWERED_QUESTION_RE: Final = re.compile(r"\?(?=[ \t]*(?:ja|nej|yes|no)\b)")


#: Words that make a licence's sentence more than a plain statement: time, doubt, other people,
#: negation, requirements, corrections. A licence read only from such sentences is unclear.
_UNCLEAR_CONTEXT_RE: Final = re.compile(
    r"\b(?:ikke|ingen|intet|aldrig|nej|no|not|never|men|dog|kun|tidligere|havde|haft|hvis|naar|"
    r"indtil|endnu|snart|forvent\w*|skal|vil|siger|sagde|tror|mener|maaske|muligvis|krav\w*|"
    r"kraev\w*|fordel|bror|broderen|soester\w*|mand|manden|kone|konen|kaereste\w*|kollega\w*|"
    r"far|mor|soen|datter|frakend\w*|inddrag\w*|beslaglag\w*|udloeb\w*|fornye\w*|bevilget|"
    r"plan\w*|teori\w*|koereproeve\w*|koeretime\w*|mistet|mistede|tabt|rettelse|korrektion|"
    r"uklar\w*|usikker\w*|afklar\w*|spoerg\w*|spurgt\w*|tjek\w*|expired|lost|until|hverken|"
    r"eller|but|gammel\w*|gamle|"
    # negation misspelt or in a neighbour's language: "Jeg har ikk kørekort", "inte"
    r"ikk|ik|ike|inte|ej|"
    # other people than the citizen: staff, the workplace's people, friends and wider family
    r"sagsbehandler\w*|jobkonsulent\w*|konsulent\w*|mentor\w*|vejleder\w*|kontaktperson\w*|"
    r"praktikvaert\w*|underviser\w*|instruktoer\w*|\w*chef\w*|\w*leder\w*|\w*ansvarlig\w*|"
    r"medarbejder\w*|ansatte|personale\w*|makker\w*|chauffoeren|ven|vennen|venner|veninde\w*|"
    r"nabo\w*|onkel|tante|svoger|svigerinde|svigerfar|svigermor|fætter|faetter|kusine|"
    r"aegtefaelle\w*|partner\w*|hustru\w*|gift|staff|colleague\w*|friend\w*|"
    # requirements: "Stillingen forudsætter truckcertifikat", "hygiejnebevis er påkrævet"
    r"forudsaet\w*|paakraev\w*|betingelse\w*|noedvendig\w*|obligatorisk\w*|anbefal\w*|"
    r"stillingen|jobbet|jobannonce\w*|praktikstedet\w*)\b|"
    r"[?✘✗❌~]"
)


#: Words of plans, goals, templates, quotes, corrections and records that make a licence's
#: context more than a plain statement, besides :data:`_UNCLEAR_CONTEXT_RE`'s: "Mål: kørekort
#: B", "Starter på truckcertifikat", "Skriv dine certifikater her (fx ...)", "[SLETTET]".
_PLAN_CONTEXT_RE: Final = re.compile(
    r"\b(?:maal|delmaal|starter|startet|begynder|begyndt|i\s+gang|igang|plads|afventer|naesten|"
    r"gyldig\w*|udstedes|dato|"
    r"genopfrisk\w*|citat|jobopslag|opslag|spurgte|ville|kunne|deponeret|politi\w*|"
    r"koerselsforbud|undtagen|reference|skabelon|eksempel|fx|skriv|slettet|overstreget|"
    r"lapsed|scheduled|false|mangler|fejl|forkert\w*|register\w*|tilhoerer|anden\s+person|"
    r"ikek|ikkke|opkvalificering|opnaas|oenske\w*|uddannelsesplan|jobplan|goal|out\s+of\s+date|"
    r"requirement\w*|required|neither|sidst|gerne|evt|tage|"
    # not held yet or given up: pending, waiting, applied for, put off, dropped, a dream
    r"venter|venteliste\w*|afvent\w*|soegt|ansoeg\w*|bevilling\w*|sendt|udskudt|udsat|"
    r"afbrudt|droppe\w*|stoppede|laerekoersel|paa\s+sigt|naeste\s+skridt|droem\w*|"
    r"tvivl\w*|motiver\w*|positiv\w*|droeftet|mulighed\w*|tilbyder|indgaar|faar|sigter|"
    r"hen\s+mod|generhverv\w*|ukendt|koerekortloes|pending|waiting|disqualified|hope|will|"
    r"currently|booked|foreslaa\w*|forslag\w*|suggest\w*|bedt|beder|asked|"
    # a form's instructions: "(sæt kryds)", "B / C / CE / D (understreg)"
    r"saet\s+(?:x|kryds)|kryds\s+af|understreg\w*|marker\w*|tick|underline)"
    r"\b|[<>]|\bn/a\b"
)
#: A sentence of a licence that says one was wrongly noted, is someone else's, is not valid by
#: a record, or that all of them (but some) have expired.
_LICENCE_NOUNS: Final = r"koerekort|foererret|certifikat|bevis|licens|licence|truck|hygiejne|hjaelp"
_RETRACTED_RE: Final = re.compile(
    rf"(?:{_LICENCE_NOUNS}|\bcv)"
    r"[^.\n]{0,80}?\b(?:forkert\w*|fejl\w*|aldrig|tilhoerer|ikke\s+rigtig\w*|passer\s+ikke|"
    r"ingen\s+gyldig\w*|ikke\s+(?:laengere\s+)?gyldig\w*|frakend\w*|inddrag\w*|beslaglag\w*|"
    r"annuller\w*|taget\s+fra)\b|"
    r"\b(?:forkert\w*|fejl\w*|aldrig|tilhoerer|register\w*|opslag|ingen\s+gyldig\w*)\b"
    rf"[^.\n]{{0,80}}?(?:{_LICENCE_NOUNS})|"
    # a licence still to be exchanged for a Danish one: "ikke ombyttet", "skal omskrives",
    # "I have not changed it to a Danish one yet"
    r"\b(?:ikke|endnu|not|never|yet|skal|mangler|afventer|needs?|must|has\s+to|have\s+to)\s+"
    r"(?:\w+\s+){0,3}?(?:ombyt\w*|omskriv\w*|omskrevet|exchang\w*|convert\w*|changed?)\b|"
    # "Alle certifikater undtagen hygiejnebevis er udløbet", "begge kurser er forældede"
    r"\b(?:alle|samtlige|begge|resten|all)\b[^.\n]{0,60}?"
    r"\b(?:udloeb\w*|ugyldig\w*|ikke\s+(?:laengere\s+)?gyldig\w*|foraeld\w*|expired)\b"
)
#: Any licence's word, to tell where the lines about one licence end.
_LICENCE_WORD_RE: Final = re.compile(rf"{_LICENCE_NOUNS}|\bkat\b|\bkategori")
#: Words that open a licence's status: a field's label or a note's marker.
_STATUS_WORDS: Final = (
    r"status|note|nb|obs|bemaerk\w*|kommentar\w*|gyldig\w*|udloeb\w*|frakend\w*|inddrag\w*|"
    r"annuller\w*|aktiv\w*|resultat|bestaaet|gennemfoert|afbrudt|fremmoede|startdato|type|"
    r"udstedt|dato|valid\w*|expir\w*|remark|comment"
)
#: A sentence that refers back to the one before it ("Det har jeg ikke længere", "Nej, det
#: var et andet kursus", "C-kørekortet er ikke fornyet siden 2019").
_REFERS_BACK_RE: Final = re.compile(
    r"\s*(?:det|den|dette|denne|disse|de|nej|men|[\w-]{0,24}?(?:kortet|beviset|certifikatet|"
    r"kurset)|skal|blev|har\s+(?:jeg|han|hun)|it|this|that|(?:ingen|intet|alle)\s+af|begge|"
    # a status said after it: "Kørekort B. NB: frakendt.", "Kørekort: B. Status: Udløbet."
    f"{_STATUS_WORDS})\\b"
)
#: Lines under a licence that tell its status ("Status: frakendt", "Gyldig til: 2021",
#: "Gennemført: Nej", "Udløbet"): a label of status, or a line of a few words.
_STATUS_LINE_RE: Final = re.compile(
    rf"[ \t]*(?:[*¹²³†][ \t]*)?(?:(?:{_STATUS_WORDS})\b[^\n]*|(?:[^\s:]+[ \t]*){{1,4}})$"
)


def _plain(low: str, start: int, end: int) -> bool:
    """Whether the licence mention ``low[start:end]`` is stated plainly: no word of
    :data:`_UNCLEAR_CONTEXT_RE` or :data:`_PLAN_CONTEXT_RE` in its sentence besides the mention
    itself, in the sentence after it when that one goes on about it (on the same line, or on
    the next, when it refers back: "Kørekort B. Det har jeg ikke længere"), nor in the heading
    its line stands under ("Mangler:", "Kompetencer der skal opnås:")."""
    stop = _SENTENCE_STOP_RE.search(low, end)
    b = stop.start() if stop else len(low)
    head = low[low.rfind("\n", 0, start) + 1 : start]
    label = head[: head.find(":") + 1]  # a field's label: "Borgers ønsker: ...; gerne ..."
    if "." in label:
        label = ""
    if _unclear(label + " " + low[_sentence_start(low, start) : start] + " " + low[end:b]):
        return False
    if stop is not None:
        following = _next_sentence(low, stop.end())
        if _REFERS_BACK_RE.match(following) and _unclear(following):
            return False
    if any(_unclear(line) for line in _status_lines(low, start, end)):
        return False
    heading = _heading_above(low, start)
    return heading is None or not _unclear(heading)


def _next_sentence(low: str, at: int) -> str:
    """The first sentence from ``at`` on that holds more than white space."""
    while at < len(low):
        more = _SENTENCE_STOP_RE.search(low, at)
        sentence = low[at : more.start() if more else len(low)]
        if sentence.strip() or more is None:
            return sentence
        at = more.end()
    return ""


def _status_lines(low: str, start: int, end: int) -> list[str]:
    """Lines that tell the status of the licence mentioned at ``low[start:end]``: the status
    lines under its line in its block, up to another licence ("Kørekort: B\nStatus:
    frakendt"), and a footnote its marker points to ("Kørekort B*" ... "*frakendt til 2027")."""
    out: list[str] = []
    line_end = low.find("\n", end)
    for line in low[line_end + 1 :].split("\n")[:4] if line_end >= 0 else []:
        if not line.strip() or _LICENCE_WORD_RE.search(line) or not _STATUS_LINE_RE.match(line):
            break
        out.append(line)
    marker = re.match(r"[ \t]*[a-e]?[ \t]*([*¹²³†])", low[end : end + 4])
    if marker is not None:
        out += re.findall(rf"(?m)^[ \t]*{re.escape(marker.group(1))}[^\n]*", low[end:])
    return out


#: A driving licence issued abroad, whose validity here depends on where ("syrisk kørekort",
#: "kørekort fra Ukraine", "a driving licence from Iraq", "udenlandsk kørekort"): a Danish CV's
#: "kørekort" is a Danish one, so such a licence is left to confirm.
_FOREIGN_LICENCE_RE: Final = re.compile(
    r"\b(?!dansk|danish|almindelig|fysisk|elektronisk)[a-z]{3,}(?:sk|ish)e?\s+(?:\w+\s+)?koerekort|"
    r"koerekort\w*\s+(?:(?:kat\w*\.?|kategori|\(?[a-e][1e]?e?\)?,?|og|and|\+)\s+){0,5}?(?:fra|from)\s+"
    r"(?!\d|danmark|denmark|dengang|ung\w*|jeg|han|hun|da\b|foer|min|sin|hans|hendes|barn\w*|"
    r"the\s+age|hvor|som|militaer\w*|forsvar\w*)[a-z]{3,}|"
    r"\budenlandsk\w*|\bforeign\b|\bhjemland\w*|\bhome\s+country\b|"
    # the country after it: "Kørekort B – tyrkisk", "Kørekort B: udstedt i Eritrea",
    # "Kørekort ukrainsk (kategori B)"
    r"koerekort\w*\s+(?:[a-e][1e]?e?\s*)?[-–:,]\s*(?!dansk)[a-z]{3,}sk\b|"
    r"koerekort\w*\s*:?\s+(?!dansk|almindelig|fysisk|elektronisk)[a-z]{3,}ske?\b|"
    # in brackets: "Kørekort (polsk): B", "Kørekort B (rumænsk)"
    r"koerekort\w*\s+(?:[a-e][1e]?e?\s*)?\(\s*(?!dansk|almindelig|fysisk|elektronisk)[a-z]{3,}ske?\b|"
    r"\b(?:udstedt|issued)\s+(?:i|in)\s+(?!danmark|denmark|\d)[a-z]{3,}"
)
#: A foreign licence exchanged for a Danish one ("ombyttet til dansk kørekort i 2024").
_EXCHANGED_RE: Final = re.compile(
    r"(?<!ikke )(?<!not )\b(?:ombyttet|omskrevet|byttet|converted|exchanged)\b"
)


def _unclear(text: str) -> bool:
    return bool(_UNCLEAR_CONTEXT_RE.search(text) or _PLAN_CONTEXT_RE.search(text))


def _heading_above(low: str, at: int) -> str | None:
    """The heading line (ending in ":", or a block's short first line) that the line of ``at``
    stands under, within its block of lines, if any; a line with a label of its own ("Kørekort
    og certifikater: ...") stands under none."""
    line_start = low.rfind("\n", 0, at) + 1
    if ":" in low[line_start:at]:
        return None
    above = low[:line_start].split("\n")[-9:-1]
    for i, line in reversed(list(enumerate(above))):
        stripped = line.strip()
        if not stripped:
            return None
        first_of_block = i == 0 or not above[i - 1].strip()
        # a heading ends in ":", or is a block's short first line ("Praktikstedets krav")
        short_title = len(stripped.split()) <= 4 and not re.search(r"\t|\||  ", stripped)
        if stripped.endswith(":") or (first_of_block and short_title):
            return stripped
    return None


#: The heading row of a table with a yes and a no column ("Bevis   Har   Har ikke",
#: "| Certifikat | Ja | Nej |", "Certifikat   Har   Har ikke   Årstal", "Kategori | Har |
#: Ønsker").
_YES_NO_HEADING_RE: Final = re.compile(
    r"^(?P<row>.*?(?:\t|\||[ ]{2,})[ \t|]*(?P<yes>har|ja|yes)[ \t|]*(?:\t|\||[ ]{2,})[ \t|]*"
    r"(?P<no>har\s+ikke|nej|no|oensker|mangler|wants?)\b"
    r"(?:(?:\t|\||[ ]{2,})[ \t|]*(?P<more>\S[^\n]*?))?[ \t|]*)$",
    re.MULTILINE,
)
#: A cell's tick.
_CELL_TICK_RE: Final = re.compile(r"(?<!\w)(?:x|✓|✔|☒)(?!\w)")


def _ticked_no_rows_blanked(low: str) -> str:
    """``low`` with the rows of a yes/no table ticked in the no column blanked out ("Kørekort C"
    under "Har ikke" is no licence); cells are read by their place under the heading, split by
    tabs or "|" when the rows have them, by their column otherwise."""
    heading = _YES_NO_HEADING_RE.search(low)
    if heading is None:
        return low
    head = heading["row"]
    cells = "|" if "|" in head else "\t" if "\t" in head else None
    if cells:
        names = [c.strip() for c in head.split(cells)]
        no_index = max(
            i
            for i, c in enumerate(names)
            if re.fullmatch(r"har\s+ikke|nej|no|oensker|mangler|wants?", c)
        )
    no_col = heading.start("no") - heading.start("row")
    # a column after the no column ("Årstal") ends it
    next_col = heading.start("more") - heading.start("row") if heading["more"] else len(low)
    out = list(low)
    at = heading.end() + 1
    for row in low[at:].split("\n"):
        if not row.strip():
            break
        tick = _CELL_TICK_RE.search(row)
        if tick is None and (not cells or cells in row):
            out[at : at + len(row)] = " " * len(row)  # ticked in neither column: not held
        elif tick is not None:
            if cells:
                ticked = [
                    i for i, c in enumerate(row.split(cells)) if _CELL_TICK_RE.fullmatch(c.strip())
                ]
                in_no = ticked == [no_index]
            else:
                in_no = no_col - 1 <= tick.start() < next_col - 1
            if in_no:
                out[at : at + len(row)] = " " * len(row)
        at += len(row) + 1
    return "".join(out)


#: How long a first aid certificate stays valid, in years (the Danish first aid council's
#: recommendation): a course dated longer ago, with no validity stated, is left to confirm.
FIRST_AID_VALID_YEARS: Final = 2


def _dated_before(low: str, start: int, end: int, year: int) -> bool:
    """Whether the clause of the mention ``low[start:end]`` is dated, and its latest year is
    before ``year`` ("Førstehjælp (2018), Hygiejnekursus (2024)", "2014 Førstehjælp 12 timer")."""
    line_start = low.rfind("\n", 0, start) + 1
    before = re.split(r"[,;:]|\.(?!\d)", low[line_start:start])[-1]
    # (a year after a note in brackets and a comma is still the mention's: "Førstehjælp
    # (grundkursus), 2019")
    after = re.split(r"[;\n]|,(?!\s*(?:19|20)\d\d\b)|\.(?!\d)", low[end : end + 40])[0]
    years = [int(y) for y in _YEAR_RE.findall(before + " " + after)]
    return bool(years) and max(years) < year


@lru_cache(maxsize=16384)
def _licences_folded(low: str, reference_year: int) -> tuple[frozenset[str], frozenset[str]]:
    """The licences held (see :func:`extract_licences`), and those of them read only from
    sentences that are not plain statements (:attr:`CvProfile.licences_unclear`)."""
    if "koere" in low or "korekort" in low or "koerr" in low:
        low = _KOEREKORT_SLIP_RE.sub("koerekort", low)
    if "(" in low:  # a field's note of its options is no answer: "Kørekort (B/C/CE/D): ____"
        low = _OPTIONS_NOTE_RE.sub(lambda m: " " * len(m.group()), low)
    if "har" in low or "ja" in low or "yes" in low:
        low = _ticked_no_rows_blanked(low)
    if "...." in low:  # a dot leader is a field's colon: "Kørekort B ........ Nej"
        low = re.sub(r"\.{4,}", lambda m: ":" + " " * (len(m.group()) - 1), low)
    if "__" in low:
        low = _BLANK_CATEGORY_RE.sub(lambda m: " " * len(m.group()), low)
    if any(box in low for box in ("[", "~~", "☐", "☒", "☑", "□", "❏", "( )")):
        low = _boxes_after_answers_read(low)
        low = _UNTICKED_ITEM_RE.sub(lambda m: " " * len(m.group()), low)
        low = _UNTICKED_ANSWER_RE.sub(lambda m: " " * len(m.group()), low)
        low = _TICK_BEFORE_ANSWER_RE.sub(lambda m: " " * len(m.group()), low)
    if "?" in low:  # a form's question answered on its line: "Har du truckcertifikat? Ja"
        low = _ANSWERED_QUESTION_RE.sub(":", low)
    if _ENGLISH_LICENCE_HINT_RE.search(low):
        for pattern, danish in _ENGLISH_LICENCES:
            low = pattern.sub(danish, low)
    #: (position, licences) of each mention read as held, and of what a later mention
    #: withdrew or a correction took back
    held: list[tuple[int, set[str], bool]] = []
    withdrawn: list[tuple[int, set[str]]] = [
        (m.start(), _corrected(low, m)) for m in _CORRECTION_RE.finditer(low)
    ]
    denied: set[str] = set()  # licences a mention says are not held
    for kind, literal, pattern in _LICENCE_PATTERNS:
        if literal not in low:
            continue
        for m in pattern.finditer(low):
            start = m.start()
            if kind == "drive":
                ws = _WORD_START_RE.search(low, max(0, start - 20), start)
                if ws:
                    start = ws.start()
            elif start > 0 and low[start - 1].isalpha() and kind not in _COMPOUND_LICENCES:
                continue  # inside another word
            if kind == "first_aid" and _FIRST_AID_KIT_RE.match(low, start):
                continue  # "førstehjælpskassen": a box, no course
            if _negated(low, start, m.end(), reference_year):
                if kind == "drive" and _LICENCE_WITHDRAWN_RE.search(low, m.end(), m.end() + 40):
                    # "Mit C kørekort er udløbet" withdraws C only; "Kørekortet blev
                    # frakendt" every category
                    cats = _drive_categories(low, start, m.end())
                    withdrawn.append((start, {"C"} if "C" in cats else {"B", "C"}))
                elif kind in ("drive", "category"):
                    cats = (
                        _drive_categories(low, start, m.end())
                        if kind == "drive"
                        else _bare_categories(low, start)
                    )
                    denied |= {"C"} if "C" in cats else cats  # no lorry licence is still a car's
                else:
                    denied.add(kind)
                continue
            plain = _plain(low, start, m.end())
            if kind in ("drive", "category") and plain:
                stop = _SENTENCE_STOP_RE.search(low, m.end())
                sentence = low[_sentence_start(low, start) : stop.start() if stop else len(low)]
                plain = not _FOREIGN_LICENCE_RE.search(sentence) or bool(
                    _EXCHANGED_RE.search(sentence)
                )
            if kind == "first_aid" and plain:
                plain = not _dated_before(
                    low, start, m.end(), reference_year - FIRST_AID_VALID_YEARS
                )
            if kind == "drive":
                held.append((start, _drive_categories(low, start, m.end()), plain))
            elif kind == "category":
                held.append((start, _bare_categories(low, start), plain))
            else:
                held.append((start, {kind}, plain))
    # "... som chauffør på C-kørekort. Kørekortet blev frakendt i 2025": a licence withdrawn is
    # the one named before it too, and so is one a correction takes back
    found: set[str] = set()
    plainly: set[str] = set()
    # a text that somewhere says a licence was wrongly noted, is not valid or was lost
    # ("Opslag i Kørekortregistret: ingen gyldig førerret") leaves every licence to confirm
    retracted = bool(held) and _RETRACTED_RE.search(low) is not None
    for at, licences, plain in held:
        kept = licences - {c for w_at, w_cats in withdrawn if w_at > at for c in w_cats}
        found |= kept
        if plain and not retracted:
            plainly |= kept
    # said to be held in one place and not in another ("Borger oplyser at have
    # truckcertifikat. Tilføjet: ... Har IKKE truckcertifikat"): left to confirm
    return frozenset(found), frozenset(found - (plainly - denied))


#: A correction of what was noted before ("Rettelse: truckcertifikatet tilhører borgerens
#: bror", "Korrektion: borger har C1 (ikke C) samt B").
_CORRECTION_RE: Final = re.compile(
    r"\b(?:rettelse|korrektion|berigtigelse|korrigeret|rettet(?!\s+mod\b))\b[^\n]*"
)


def _corrected(low: str, m: re.Match[str]) -> set[str]:
    """The licences a correction's line speaks of, which the mentions before it no longer
    show: the kinds it names, and the driving licences when it names any category."""
    line = m.group()
    kinds = {kind for kind, literal, pattern in _LICENCE_PATTERNS if pattern.search(line)}
    out = {k for k in kinds if k in ("forklift", "hygiene", "first_aid")}
    if kinds & {"drive", "category"} or re.search(r"\b(?:b|c|ce|c1|d)\b", line):
        out |= {"B", "C"}
    return out


# --- languages -------------------------------------------------------------------------------

_LANGUAGES: Final[dict[str, str]] = {
    "dansk": "dansk",
    "engelsk": "engelsk",
    "tysk": "tysk",
    "fransk": "fransk",
    "spansk": "spansk",
    "italiensk": "italiensk",
    "portugisisk": "portugisisk",
    "arabisk": "arabisk",
    "tyrkisk": "tyrkisk",
    "kurdisk": "kurdisk",
    "sorani": "kurdisk",
    "kurmanji": "kurdisk",
    "persisk": "persisk",
    "farsi": "persisk",
    "dari": "dari",
    "pashto": "pashto",
    "pashtu": "pashto",
    "urdu": "urdu",
    "hindi": "hindi",
    "punjabi": "punjabi",
    "bengali": "bengali",
    "somali": "somali",
    "somalisk": "somali",
    "tigrinya": "tigrinya",
    "tigrinja": "tigrinya",
    "amharisk": "amharisk",
    "oromo": "oromo",
    "polsk": "polsk",
    "rumaensk": "rumænsk",
    "bulgarsk": "bulgarsk",
    "litauisk": "litauisk",
    "lettisk": "lettisk",
    "estisk": "estisk",
    "russisk": "russisk",
    "ukrainsk": "ukrainsk",
    "serbisk": "serbisk",
    "kroatisk": "kroatisk",
    "bosnisk": "bosnisk",
    "serbokroatisk": "serbokroatisk",
    "albansk": "albansk",
    "graesk": "græsk",
    "makedonsk": "makedonsk",
    "slovensk": "slovensk",
    "ungarsk": "ungarsk",
    "tjekkisk": "tjekkisk",
    "slovakisk": "slovakisk",
    "finsk": "finsk",
    "norsk": "norsk",
    "svensk": "svensk",
    "islandsk": "islandsk",
    "faeroesk": "færøsk",
    "groenlandsk": "grønlandsk",
    "hollandsk": "hollandsk",
    "nederlandsk": "hollandsk",
    "vietnamesisk": "vietnamesisk",
    "thai": "thai",
    "thailandsk": "thai",
    "kinesisk": "kinesisk",
    "mandarin": "kinesisk",
    "kantonesisk": "kantonesisk",
    "japansk": "japansk",
    "koreansk": "koreansk",
    "tagalog": "tagalog",
    "filippinsk": "tagalog",
    "tamilsk": "tamilsk",
    "nepalesisk": "nepalesisk",
    "hebraisk": "hebraisk",
    "berbisk": "berbisk",
    "swahili": "swahili",
    "armensk": "armensk",
    "georgisk": "georgisk",
    "usbekisk": "usbekisk",
    "tegnsprog": "tegnsprog",
}
_LANGUAGE_SUFFIXES: Final = (
    "kundskaber",
    "kundskab",
    "sproget",
    "sprog",
    "uddannelse",
    "undervisning",
    "kursus",
    "proeve",
    "eksamen",
)
_LANGUAGE_CONTEXT_RE: Final = re.compile(
    r"\b(?:sprog\w*|taler|tale|talt|snakker|modersmaal|forstaar|forstaaelse|laeser|skriver|"
    r"skriftlig\w*|mundtlig\w*|flydende|begraenset|gebrokkent|basal\w*|grundlaeggende|lidt|"
    r"godt|rimelig\w*|perfekt|niveau|kan|proeve|kundskaber|tosproget|og)\b"
)
_NOT_A_LANGUAGE_NEXT: Final[frozenset[str]] = frozenset(
    [
        "statsborger",
        "statsborgerskab",
        "pas",
        "koerekort",
        "mad",
        "koekken",
        "restaurant",
        "firma",
        "virksomhed",
        "oprindelse",
        "baggrund",
        "kultur",
        "familie",
        "kone",
        "mand",
        "kaereste",
        "kolleger",
        "kollegaer",
        "butik",
        "uddannelse",
        "skole",
        "arbejdsplads",
        "bil",
        "nummerplade",
        "cpr",
    ]
)
_DANISH_TEST_RE: Final = re.compile(r"\b(?:pd\s?[1-3]|dansk\s?[1-3]|du\s?[1-3])\b")


def extract_languages(text: str | None) -> tuple[str, ...]:
    """Languages the CV says the citizen speaks, in order of first mention.

    >>> extract_languages("Sprog: Dansk (godt), engelsk og arabisk (modersmål).")
    ('dansk', 'engelsk', 'arabisk')
    >>> extract_languages("Dansk statsborger. Har dansk kørekort.")
    ()
    """
    if not text:
        return ()
    return _languages_of_sentences(_split(text, fold_out=True))


@lru_cache(maxsize=65536)
def _token_language(token: str) -> tuple[str | None, bool]:
    """The language a word names, and whether it is the bare name ("dansk") rather than a
    compound that can only mean the language ("danskkundskaber", "engelskundervisning")."""
    bare = _LANGUAGES.get(token)
    if bare is not None:
        return bare, True
    for suffix in _LANGUAGE_SUFFIXES:
        if token.endswith(suffix) and token[: -len(suffix)] in _LANGUAGES:
            return _LANGUAGES[token[: -len(suffix)]], False
    if len(token) == 3 and token[:2] in ("pd", "du") and token[2] in "123":
        return "dansk", False  # Prøve i Dansk 3 / Danskuddannelse 3
    return None, False


def _languages_of_sentences(sentences: Sequence[str]) -> tuple[str, ...]:
    return _languages_of_lines(
        (line, [t.replace("-", "") for t in _TOKEN_RE.findall(line)], False) for line in sentences
    )


def _languages_of_lines(lines: Iterable[tuple[str, list[str], bool]]) -> tuple[str, ...]:
    """Languages in (folded text, its words, is-under-a-"Sprog:"-heading) lines."""
    found: list[str] = []
    for line, tokens, language_section in lines:
        langs = [_token_language(t) for t in tokens]
        if any(lang for lang, _ in langs):
            context = (
                language_section
                or sum(1 for lang, bare in langs if lang and bare) >= 2
                or _LANGUAGE_CONTEXT_RE.search(line) is not None
            )
            for i, (lang, bare) in enumerate(langs):
                if lang is None:
                    continue
                if bare and not context and not re.search(rf"\b{tokens[i]}\s*[:(]", line):
                    continue
                if i + 1 < len(tokens) and tokens[i + 1] in _NOT_A_LANGUAGE_NEXT:
                    continue
                if any(t in {"ikke", "ingen", "intet"} for t in tokens[max(0, i - 2) : i]):
                    continue
                if lang not in found:
                    found.append(lang)
        if "dansk" not in found and _DANISH_TEST_RE.search(line):
            found.append("dansk")
    return tuple(found)


# --- education -------------------------------------------------------------------------------

_EDU_PATTERNS: Final[tuple[tuple[re.Pattern[str], int, bool], ...]] = tuple(
    (re.compile(p), level, needs_context)
    for p, level, needs_context in (
        (
            r"\bkandidat\w*|\bcand\.?\s?[a-z]+|\bmaster\w*|\bph\.?\s?d\b|\bmsc\b|\bcivilingenioer",
            4,
            False,
        ),
        (r"\blang\w*\s+videregaaende", 4, False),
        (r"\b(?:laege|tandlaege|dyrlaege|psykolog|jurist|arkitekt|farmaceut)\b", 4, True),
        (r"\bprofessionsbachelor\w*|\bbachelor\w*|\berhvervsakademi\w*|\bakademi\w*", 3, False),
        (
            r"\bdiplom\w*|\bmellemlang\w*|\bkort\w*\s+videregaaende|\bvideregaaende\s+uddannelse",
            3,
            False,
        ),
        (r"\buniversitet\w*|\bseminari\w*|\bsygeplejeskole\w*|\bbsc\b", 3, False),
        (
            r"\b(?:paedagog|socialpaedagog|sygeplejerske|laerer|folkeskolelaerer|socialraadgiver|"
            r"fysioterapeut|ergoterapeut|jordemoder|bioanalytiker|radiograf|ingenioer|"
            r"datamatiker|\w+oekonom|laborant|tandplejer|bygningskonstruktoer|diakon)"
            r"(?:uddannelse\w*|en|er|erne|e)?\b",
            3,
            True,
        ),
        (
            rf"\bgymnasi{_NOT_SCHOOL_JOB}\w*|\bstudentereksamen\w*|\bstudent\b|"
            r"\b(?:stx|hhx|htx|hf|eux|eud|pau)\b",
            2,
            False,
        ),
        (r"\bhfeksamen|\bhf-eksamen|\berhvervsuddannelse\w*|\bfaglaert\b|\bsvende\w*", 2, False),
        (r"\budlaert\b", 2, False),
        (
            rf"\bungdomsuddannelse\w*|\bhandelsskole{_NOT_SCHOOL_JOB}\w*|\bteknisk\s+skole",
            2,
            False,
        ),
        (r"\buddannet\b|\buddannelsen?\s+(?:som|til)\b|\w+-?uddannelse(?:n)?\b", 2, True),
        (
            rf"\bfolkeskole{_NOT_SCHOOL_JOB}\w*|\b(?:7|8|9|10)\.?\s*klasse|"
            rf"\bgrundskole{_NOT_SCHOOL_JOB}\w*",
            1,
            False,
        ),
        (
            r"\bafgangsproeve\w*|\b(?:fsa|fp9|fp10)\b|\bskolegang\b|"
            rf"\befterskole{_NOT_SCHOOL_JOB}\w*|\brealeksamen",
            1,
            False,
        ),
    )
)
_EDU_DROPPED_RE: Final = re.compile(
    r"\b(?:afbrudt\w*|afbroed|ikke\s+afsluttet|ikke\s+faerdig\w*|ikke\s+gennemfoert|"
    r"ufuldendt|droppede|stoppede|stoppet|holdt\s+op|opgav|paabegyndt\w*|i\s+gang\s+med|"
    r"igang\s+med|startede\s+paa|naaede\s+ikke|mangler|ikke\s+bestaaet|dumpede|"
    r"er\s+ved\s+at\s+tage|under\s+uddannelse|studerede|studerende|"
    # "gik ud af 9. klasse / folkeskolen" is finishing school and "gik ud af faget" leaving a
    # trade; of anything else it is leaving the education
    r"gik\s+ud\s+af(?!\s+(?:\d+\W*\s*)?klasse\b|\s+(?:folke)?skolen\b|"
    r"\s+(?:faget|branchen|erhvervet|arbejdsmarkedet)\b)|"
    r"(?:gennemfoerte|fuldfoerte|afsluttede|bestod)\s+ikke|"
    r"fik\s+ikke\s+(?:\w+\s+)?(?:eksamen|papir\w*|bevis\w*|svendebrev)|"
    r"uden\s+(?:at\s+(?:\w+\s+)?)?(?:faerdig\w*|gennemfoere|afslutte|bestaa|eksamen|papir\w*))\b"
)
_EDU_NONE_RE: Final = re.compile(
    r"\b(?:ingen|ikke|uden)\s+(?:\w+\s+)?(?:uddannelse|uddannet|skolegang|eksamen)\b|"
    r"\buuddannet\b|\bufaglaert\b"
)
_NOT_EDUCATION_WORDS: Final = re.compile(
    r"\b(?:danskuddannelse\w*|sprogskole\w*|truck\w*|hygiejne\w*|koerekort\w*|foerstehjaelp\w*|"
    r"kursus\w*|amu)\b"
)


_BEYOND_RE: Final = re.compile(r"\bud\s+over\b|\budover\b")

#: Field words of vocational educations and courses → task area. The occupation lexicon maps
#: the titles ("udlært anlægsgartner", "svendebrev som tømrer"); these catch the names of the
#: educations themselves, which are compounds the lexicon does not split
#: ("pædagoguddannelsen", "Lager- og logistikuddannelse", "AMU-kursus i rengøringsteknik").
_EDUCATION_FIELDS: Final[tuple[tuple[str, re.Pattern[str]], ...]] = tuple(
    (area, re.compile(pattern))
    for area, pattern in (
        ("cleaning", r"rengoer|renhold"),
        ("warehouse", r"\blager|logistik"),
        ("kitchen", r"koekken|gastronom|ernaering|\bkokke"),
        ("canteen", r"kantine"),
        (
            "care",
            r"(?<!dag)pleje|omsorg|\bsosu|sundhedshjaelper|sundhedsassistent|"
            r"\bsocial\w*\s*-?\s*og\s+sundhed",
        ),
        ("childcare", r"paedagog|boernehave|boernepas|dagpleje"),
        ("shop", r"butik|detail|salgsassistent"),
        ("office", r"kontor|administrat"),
        ("transport", r"transport|chauffoer"),
        ("production", r"industri|produktion"),
        ("gardening", r"gartner|groenne\s+omraader"),
        ("janitor", r"ejendomsservice|ejendomsfunktion|pedel|vicevaert"),
        ("waiter", r"tjener|servering"),
    )
)
#: General schools whose names hold a field word but teach no trade (a produktionsskole is a
#: school for young people without a youth education).
_GENERAL_SCHOOL_RE: Final = re.compile(
    r"\w*(?:produktions|hoej|efter|fri|real|kost|folke|grund)skole\w*"
)
#: "Faglært smed": a skilled worker, so trained in the trade named.
_SKILLED_RE: Final = re.compile(r"\bfaglaert\b")


def _unit_education(unit: str, in_education_section: bool) -> int:
    # "ingen uddannelse ud over folkeskolen" still tells us folkeskole.
    if _EDU_NONE_RE.search(unit) and not _BEYOND_RE.search(unit):
        return 0
    context = in_education_section or bool(_EDUCATION_CONTEXT_RE.search(unit))
    level = 0
    for pattern, lvl, needs_context in _EDU_PATTERNS:
        if lvl <= level or (needs_context and not context):
            continue
        m = pattern.search(unit)
        if m is None:
            continue
        if lvl == 2 and needs_context and _NOT_EDUCATION_WORDS.search(m.group(0)):
            continue
        level = lvl
    if level and _EDU_DROPPED_RE.search(unit):
        level -= 1
    return level


def education_level(text: str | None) -> int:
    """Highest completed education level the CV names (0-4; see :class:`CvProfile`).

    >>> education_level("Uddannet butiksassistent 1998. Folkeskolens 9. klasse.")
    2
    >>> education_level("Påbegyndt HF, men stoppede efter et år.")
    1
    """
    if not text:
        return 0
    return _parse(text, 2000).education


# --- the whole CV ----------------------------------------------------------------------------

#: Unit flags: which kinds of statement a clause makes (computed once per clause).
_FLAG_PATTERNS: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    ("wish", _WISH_RE),
    ("hobby", _HOBBY_RE),
    ("negated", _NEGATED_WORK_RE),
    ("non_work", _NON_WORK_RE),
    ("other_person", _OTHER_PERSON_RE),
    ("summer", _SUMMER_RE),
    ("education", _EDUCATION_CONTEXT_RE),
    ("apprentice", _APPRENTICE_RE),
    ("experience", _EXPERIENCE_MARK_RE),
    ("course", _COURSE_RE),
)
#: Flags whose patterns need the whole clause, never set by one word alone ("erfaring" is a
#: summary's word, but not in "Arbejdserfaring fra Syrien: ...").
_CLAUSE_FLAG_PATTERNS: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    ("summary", _SUMMARY_RE),
    ("plan", _PLAN_RE),
)
_FLAG_RES: Final[dict[str, re.Pattern[str]]] = dict(_FLAG_PATTERNS + _CLAUSE_FLAG_PATTERNS)
#: First words of the several-word flag patterns ("vil gerne", "ingen erfaring", "kom til
#: danmark"): only when one occurs is the whole clause searched for that flag.
#: :data:`_TRIGGER_STEMS` do the same for words that contain a stem ("arbejdserfaring").
_MULTIWORD_TRIGGERS: Final[dict[str, frozenset[str]]] = {
    "wish": frozenset(
        {"vil", "gerne", "helst", "kunne", "interesse", "interesseret", "motiveret", "soege"}
    ),
    "hobby": frozenset({"kan", "elsker"}),
    "negated": frozenset({"ingen", "ikke", "uden", "aldrig"}),
    "non_work": frozenset(
        {"kom", "came", "moved", "arrived", "danmark", "denmark", "ude", "uden", "udenfor", "vaek"}
    ),
    "other_person": frozenset({"min", "mit", "hans", "hendes", "my", "his", "her"}),
    "education": frozenset({"gik"}),
    "experience": frozenset({"har", "tog"}),
    "summer": frozenset({"sommer", "sommeren", "summer"}),
    "summary": frozenset(
        {"mange", "flere", "adskillige", "alt", "over", "mere", "naesten", "snart", "hele", "many"}
    ),
}
#: Stems of the words that may start a plan (:data:`_PLAN_RE`).
_PLAN_STEMS: Final = (
    "plan", "skridt", "fremadrettet", "kommende", "forvent", "opstart", "afvent", "venter",
    "paabegynd", "endnu", "aftal", "beslut", "bevilg", "visiter", "tilbud", "ansoeg", "udskud",
    "skal", "starte", "begynd", "etabler", "arbejdes", "ansat", "faaet", "naeste", "will", "next",
)  # fmt: skip
_TRIGGER_STEMS: Final[dict[str, tuple[str, ...]]] = {
    "summary": ("erfar", "experience", "tilsammen"),
    "plan": _PLAN_STEMS,
}


@lru_cache(maxsize=65536)
def _token_flags(token: str) -> tuple[frozenset[str], frozenset[str]]:
    """Flags one word sets by itself, and flags whose several-word patterns it may start."""
    direct = frozenset(name for name, rx in _FLAG_PATTERNS if rx.search(token))
    maybe = frozenset(
        name for name, words in _MULTIWORD_TRIGGERS.items() if token in words
    ) | frozenset(
        name for name, stems in _TRIGGER_STEMS.items() if any(stem in token for stem in stems)
    )
    return direct, maybe


def _clause_flags(text: str, tokens: Sequence[str]) -> frozenset[str]:
    flags: set[str] = set()
    maybe: set[str] = set()
    for tok in tokens:
        direct, more = _token_flags(tok)
        flags |= direct
        maybe |= more
    for name in maybe - flags:
        if _FLAG_RES[name].search(text):
            flags.add(name)
    return frozenset(flags)


#: Flags that keep a clause out of work experience and out of the CV's occupations (a course
#: teaches a task, it does not make an occupation).
_NOT_EXPERIENCE: Final = frozenset({"wish", "plan", "hobby", "negated", "other_person", "restated"})
_NOT_OCCUPATION: Final = _NOT_EXPERIENCE - {"restated"} | {"course"}
#: A sentence that points back to a job told before: "Jeg har også været truckfører (2020-2022),
#: se ovenfor", "Nævnt igen af borger: ..., jf. ovenfor". Its time was counted there.
_RESTATED_RE: Final = re.compile(
    r"\b(?:se|jf|jvf|jævnfør|jaevnfoer)\.?\s+(?:ovenfor|ovenstaaende|ovenstående)\b|"
    r"\b(?:naevnt|nævnt)\s+(?:igen|ovenfor|tidligere)\b|\bsee\s+above\b"
)
#: A quick test for anything that can be a period (a digit, "½", or a time unit).
_MAYBE_PERIOD_RE: Final = re.compile(rf"\d|½|\b(?:{_TIME_UNIT_PAT})\b")
#: First words of the several-word education patterns ("lang videregående", "9. klasse").
_EDU_MULTIWORD_TRIGGERS: Final = frozenset(
    {
        "lang",
        "kort",
        "korte",
        "videregaaende",
        "klasse",
        "teknisk",
        "uddannelsen",
        "uddannelse",
        "ph",
        "cand",
        "hf",
    }
)


@lru_cache(maxsize=65536)
def _token_may_be_education(token: str) -> bool:
    return token in _EDU_MULTIWORD_TRIGGERS or any(p.search(token) for p, _, _ in _EDU_PATTERNS)


@dataclass(slots=True)
class _Unit:
    """A clause of the CV with what it says."""

    text: str
    section: str
    hits: list[Hit]
    periods: list[_Period]
    flags: frozenset[str]
    education_words: bool
    tokens: list[str]
    #: The clause is a firm's name ("Rødovre Tømrer & Snedker"): after a job, its employer.
    firm_name: bool = False
    #: Lexicon hits inside the name of a trade school ("Kokkeskolen"): training, not work.
    school_hits: list[Hit] = field(default_factory=list)
    #: The clause is only a school's name ("Viborg Gymnasium"): schooling or a job's workplace,
    #: as the rest of its sentence says (:func:`_institution_workplaces`).
    institution: bool = False
    #: The schools the clause names are a job's workplace, not schooling.
    school_workplace: bool = False
    #: Its only education words are a note in parentheses on its job title ("Frisør (udlært
    #: 2005)"): the title was learned; :func:`_learned_titles` decides whether it was a job.
    title_note: bool = False


_BOUNDARY: Final = _Unit("", "boundary", [], [], frozenset(), False, [])


@dataclass(slots=True)
class _Group:
    """Consecutive clauses that describe one job (title, employer, period)."""

    units: list[_Unit] = field(default_factory=list)
    work_hits: list[Hit] = field(default_factory=list)
    has_period: bool = False
    #: The group is a statement about something other than work (schooling, a course, sick
    #: leave, a stay abroad, a wish): it keeps the rest of its sentence's time and ends with it.
    statement: bool = False
    #: The group says that the citizen was trained (it holds an education or course clause).
    training: bool = False
    #: The flags of all its clauses.
    flags: frozenset[str] = frozenset()

    def add(self, unit: _Unit, *, employer: bool = False) -> None:
        """Add a clause; an ``employer`` clause (a firm's name) adds no job of its own."""
        self.units.append(unit)
        self.flags = self.flags | unit.flags
        if not employer:
            self.work_hits.extend(h for h in unit.hits if h.entry.kind in ("title", "task"))
        # A lone year ("Netto 2019") says when, not how long: it does not close the group.
        self.has_period = self.has_period or any(p.years > 0 for p in unit.periods)

    @property
    def has_title(self) -> bool:
        return any(h.entry.kind == "title" for h in self.work_hits)


@dataclass(frozen=True, slots=True)
class _Parsed:
    experience: dict[str, float]
    occupations: tuple[OccupationHit, ...]
    education: int
    languages: tuple[str, ...]
    education_areas: frozenset[str]


def _split(text: str, *, fold_out: bool) -> list[str]:
    """Lines and sentences of ``text`` (bullets and line breaks split; a full stop splits when it
    does not end a known abbreviation and a capital or digit follows), folded if asked."""
    out: list[str] = []
    if "\n" in text:
        text = _HYPHENATED_LINE_RE.sub("", text)  # "produktionsmedarbej-\nder"
        text = _OPEN_RANGE_LINE_RE.sub(
            lambda m: f" {m['dash'].strip()} ", text
        )  # "fra 2016 til\n2020 ved Toftlund"
        text = _WRAPPED_LINE_RE.sub(_joined_if_wrapped, text)
        text = _INDENTED_DUTIES_RE.sub(r"\g<job>\nOpgaver: ", text)
    for line in _LINE_SPLIT_RE.split(text):
        if not line:
            continue
        start = 0
        for m in _SENTENCE_END_RE.finditer(line):
            before = _WORD_BEFORE_RE.search(line, 0, m.start())
            if m.group(1) == "." and before:
                word = fold(before.group(1))
                if (
                    word in _ABBREVIATIONS
                    and not (word in _FINAL_ABBREVIATIONS and line[m.end()].isupper())
                ) or word.endswith(_ABBREVIATED_TITLE_ENDINGS):
                    continue
            out.append(line[start : m.start() + 1])
            start = m.end()
        out.append(line[start:])
    stripped = (s.strip() for s in out)
    return [fold(s) if fold_out else s for s in stripped if s]


#: Generic worker words that, as the head of a Danish compound, make a job title of the
#: workplace or field before them: "kirkegårdsmedhjælper", "hotelmedarbejder",
#: "genbrugsarbejder", "restaurantassistent", "hotelansat", "lagervikar" (a temp).
_WORKER_COMPOUND_RE: Final = re.compile(
    r"[a-z]{3,}(?:hjaelper|arbejder|assistent|vikar)(?:e|en|ne|ere|erne|s)?|[a-z]{3,}ansatte?"
)


#: A quick test for :data:`_WORKER_COMPOUND_RE` on a whole clause.
_WORKER_HINT_RE: Final = re.compile(r"hjaelper|arbejder|assistent|ansat|vikar")


@lru_cache(maxsize=4096)
def _as_title(entry: LexiconEntry) -> LexiconEntry:
    return replace(entry, kind="title")


@lru_cache(maxsize=4096)
def _as_task(entry: LexiconEntry) -> LexiconEntry:
    return replace(entry, kind="task")


#: Job titles that are everyday words as well, by folded term: a bare "vagt" is a guard or a
#: shift ("tog ekstra vagter"), "lærer" a teacher or learns ("lærer hurtigt"), "vægter" a guard
#: or weighs ("vægter ærlighed højt"), "pakker" a packer, parcels ("kørte med pakker") or packs
#: ("pakker ud"). Compounds ("gymnasielærer", "nattevagt") are not concerned.
_EVERYDAY_TITLES: Final[frozenset[str]] = frozenset({"vagt", "laerer", "vaegter", "pakker"})
#: A quick test for :data:`_EVERYDAY_TITLES` on a whole clause.
_EVERYDAY_HINT_RE: Final = re.compile("|".join(sorted(_EVERYDAY_TITLES)))
#: Subject pronouns: before such a word it is a verb ("jeg pakker varer", "hun lærer dansk").
_PRONOUNS: Final[frozenset[str]] = frozenset({"jeg", "du", "han", "hun", "vi", "de", "man"})
#: Words after such a word that make it a verb with its object, particle or subject ("pakker
#: ud", "pakker varer", "lærer hurtigt", "nu lærer jeg", "vægter højt"); languages count too
#: ("lærer dansk").
_VERB_NEXT: Final[dict[str, frozenset[str]]] = {
    "pakker": frozenset({"ud", "ind", "varer", "sammen", "om", *_PRONOUNS}),
    "laerer": frozenset(
        {"hurtigt", "hurtig", "at", "nyt", "nye", "mig", "sig", "meget", "gerne", "stadig", "af"}
        | {"fra", "om", "det", "sprog", "sproget", *_PRONOUNS}
    ),
    "vaegter": frozenset({"hoejt", "meget", "at", "det", *_PRONOUNS}),
    "vagt": frozenset(),
}
#: Words after which a title stands: "som" ("arbejdede som vagt") and the copula ("jeg var
#: vagt", "har været lærer").
_TITLE_LEADS: Final[frozenset[str]] = frozenset({"som", "er", "var", "blev", "bliver", "vaeret"})
#: Words of a date, which may open a clause before its title ("2016-2019: Vagt", "Fra 2015 ...").
_DATE_WORDS: Final[frozenset[str]] = frozenset({"fra", "til", "siden", "nu", "dd", "ca"})
_MONTH_WORD_RE: Final = re.compile(_MONTH_PAT)


def _is_date_word(token: str) -> bool:
    return token.isdigit() or token in _DATE_WORDS or _MONTH_WORD_RE.fullmatch(token) is not None


def _title_stands(text: str, tokens: Sequence[str], hits: Sequence[Hit], i: int) -> bool:
    """Whether the word at ``tokens[i]`` stands where a job title stands: opening its clause
    (after a date or a label's colon at most: "Vagt, Securitas", "2016-2019: Vagt", "Stilling:
    vagt"), after "som" or the copula, or next to another job title ("Security guard/vagt",
    "Portør og vagt")."""
    if all(_is_date_word(t) for t in tokens[:i]):
        return True
    previous = tokens[i - 1]
    if previous in _TITLE_LEADS:
        return True
    title_ends = {_hit_end(h) for h in hits if h.entry.kind == "title"}
    if i in title_ends or (previous in _COORDINATORS and i - 1 in title_ends):
        return True
    spans = [m.span() for m in _TOKEN_RE.finditer(text)]
    return len(spans) == len(tokens) and ":" in text[spans[i - 1][1] : spans[i][0]]


def _everyday_words(text: str, tokens: Sequence[str], hits: list[Hit]) -> list[Hit]:
    """Read the titles of :data:`_EVERYDAY_TITLES` (the clause's ``text``, ``tokens`` and
    lexicon ``hits``) as titles only where a title stands
    (:func:`_title_stands`) and not as a verb (a subject pronoun before, or an object or
    particle after: :data:`_VERB_NEXT`). Elsewhere a shift, "learns" or "weighs" is no work at
    all; "pakker" as a verb is the packing task ("jeg pakker varer", "pakker ud"), and as a
    noun the parcels the work was done with ("kørte med pakker", "bar pakker"): what the work
    handled, like a skill, and neither a job nor an occupation."""
    out: list[Hit] = []
    for h in hits:
        key = h.entry.key
        token = tokens[h.position] if h.position < len(tokens) else ""
        if key not in _EVERYDAY_TITLES or h.entry.kind != "title" or not token.startswith(key):
            out.append(h)
            continue
        i = h.position
        verb = (i > 0 and tokens[i - 1] in _PRONOUNS) or (
            i + 1 < len(tokens)
            and (
                tokens[i + 1] in _VERB_NEXT[key]
                or (key == "laerer" and tokens[i + 1] in _LANGUAGES)
            )
        )
        if key == "pakker":
            if verb:
                out.append(h._replace(entry=_as_task(h.entry)))
            elif _title_stands(text, tokens, hits, i):
                out.append(h)
            else:
                out.append(h._replace(entry=_as_skill(h.entry)))
        elif not verb and token in (key, key + "en") and _title_stands(text, tokens, hits, i):
            out.append(h)
    return out


def _worker_titles(text: str, tokens: Sequence[str], hits: list[Hit]) -> list[Hit]:
    """Workplace and task hits that head a worker compound become job titles of their area.

    The lexicon lists the common titles ("køkkenmedhjælper"), but Danish makes a title of any
    workplace or task by adding a worker word ("kirkegårdsmedhjælper" is a cemetery helper,
    not a cemetery; "garderobemedarbejder" a cloakroom attendant). Without this such a job is
    only a workplace mention, which neither closes the previous job's group nor earns years
    of its own when it has no period, or a task, which a title elsewhere in its group takes
    for one of its own duties.
    """
    if (
        not hits
        or not _WORKER_HINT_RE.search(text)
        or not any(
            _is_worker_compound(tokens[h.position])
            for h in hits
            if h.entry.kind != "title" and h.position < len(tokens)
        )
    ):
        return hits
    titled = {h.position for h in hits if h.entry.kind == "title"}
    tasked = {h.position for h in hits if h.entry.kind == "task"}
    return [
        h._replace(entry=_as_title(h.entry))
        if (h.entry.kind == "task" or (h.entry.kind == "place" and h.position not in tasked))
        and h.position not in titled
        and h.position < len(tokens)
        and _is_worker_compound(tokens[h.position])
        else h
        for h in hits
    ]


@lru_cache(maxsize=16384)
def _is_worker_compound(token: str) -> bool:
    return _WORKER_COMPOUND_RE.fullmatch(token) is not None


#: Heads of a compound that make a firm or a school of the trade before them: "Malerfirmaet
#: Hvidovre" is an employer, "Kokkeskolen" a school, neither a job as painter or cook.
_FIRM_COMPOUND_RE: Final = re.compile(
    r"[a-z]{3,}(?:firma|virksomhed|forretning|vaerksted)(?:et|en|er|erne|s)?"
)
_SCHOOL_COMPOUND_RE: Final = re.compile(r"[a-z]{3,}skole(?:n|r|rne|ns)?")
#: Words that lead from a job title to its employer ("Murer hos Hansen Tømrer & Snedker") and
#: words that start another job instead ("kok og tjener", "ansat som kok").
_EMPLOYER_PREPOSITIONS: Final = frozenset({"hos", "ved", "i", "paa", "for"})
_NEXT_JOB_WORDS: Final = frozenset({"og", "samt", "som", "eller", "plus", "derefter", "senere"})
#: A firm's name: "&" ("Tømrer & Snedker") or a company form (A/S, ApS, I/S).
_COMPANY_MARK_RE: Final = re.compile(r"&|\b(?:a/s|aps|i/s|amba)\b")


@lru_cache(maxsize=4096)
def _as_skill(entry: LexiconEntry) -> LexiconEntry:
    return replace(entry, kind="skill")


@lru_cache(maxsize=4096)
def _as_place(entry: LexiconEntry) -> LexiconEntry:
    return replace(entry, kind="place")


def _employer_words(
    text: str, tokens: Sequence[str], hits: list[Hit]
) -> tuple[list[Hit], list[Hit], bool]:
    """Job titles that are part of an employer's or a school's name, not jobs held.

    Danish firms are named after their trade ("Malerfirmaet Hvidovre", "Rødovre Tømrer &
    Snedker ApS"), and so are schools ("Produktionsskolen", "Kokkeskolen"). Crediting such a
    word as a job double counts the job's years in a second task area. A title in a firm
    compound, or a title after the clause's first job behind an employer preposition ("hos",
    "i", ...) with no "og"/"som" between, or after the first job in a clause with a company
    mark ("&", "A/S"), becomes a workplace mention. Returns the hits, the hits that name a
    trade school (the clause is schooling), and whether the clause looks like a firm's name as
    a whole (a company mark, and no job title first: "Rødovre Tømrer & Snedker").
    """
    if not hits:
        return hits, [], False
    school: list[Hit] = []
    out: list[Hit] = []
    for h in hits:
        token = tokens[h.position] if h.position < len(tokens) else ""
        if (
            h.entry.kind != "skill"
            and "skole" in token
            and _SCHOOL_COMPOUND_RE.fullmatch(token)
            and "skole" not in h.entry.key  # "planteskole" is a plant nursery, a workplace
        ):
            general = _GENERAL_SCHOOL_RE.fullmatch(token) is not None
            school.append(h._replace(entry=_as_skill(h.entry)) if general else h)
            continue
        if (
            h.entry.kind in ("title", "task")
            and len(token) > 8
            and _FIRM_COMPOUND_RE.fullmatch(token)
        ):
            h = h._replace(entry=_as_place(h.entry))
        out.append(h)
    company = ("&" in text or "/s" in text or "aps" in text or "amba" in text) and (
        _COMPANY_MARK_RE.search(text) is not None
    )
    anchor: Hit | None = None
    for k, h in enumerate(out):
        if h.entry.kind not in ("title", "task"):
            continue
        if anchor is None:
            anchor = h
            continue
        if h.entry.kind != "title" or h.position <= anchor.position:
            continue
        between = tokens[anchor.position + 1 : h.position]
        if (company and between) or (
            any(t in _EMPLOYER_PREPOSITIONS for t in between)
            and not any(t in _NEXT_JOB_WORDS for t in between)
        ):
            out[k] = h._replace(entry=_as_place(h.entry))
    firm_name = company and (anchor is None or anchor.position > 0)
    return out, school, firm_name


#: Prepositions that make the task word after them the place or the object of the job named
#: before it: "Chauffør på lager", "Rengøringsassistent i produktionen", "Rengøring af
#: produktionshallen", "Chauffør hos Nordisk Rengøring". Not "for": "stod for salatbaren",
#: "ansvarlig for lageret" name tasks.
_PLACE_PREPOSITIONS: Final = frozenset({"paa", "i", "hos", "ved", "af"})
#: Words that join two jobs or tasks named side by side ("lager og chauffør").
_COORDINATORS: Final = frozenset({"og", "samt", "eller", "plus"})
#: How many words (articles, a firm's name) may stand between a preposition and its task word
#: ("på Novo Nordisk produktion", "på et stort lager").
_PREPOSITION_REACH: Final = 4


def _hit_end(hit: Hit) -> int:
    """The token index after a hit (a phrase covers several words)."""
    return hit.position + (hit.entry.key.count(" ") + 1 if hit.entry.match == "phrase" else 1)


def _governed_by_preposition(tokens: Sequence[str], job_end: int, position: int) -> bool:
    """Whether the word at ``position`` stands in a place phrase ("på et lager") after the job
    word that ends at ``job_end``, rather than beside it ("chauffør og lager", "chauffør og på
    lager": a place phrase joined to the job by "og" is a second job)."""
    stop = max(job_end, position - _PREPOSITION_REACH)
    for i in range(position - 1, stop - 1, -1):
        word = tokens[i]
        if word in _COORDINATORS or word == "som" or word.isdigit():
            return False
        if word in _PLACE_PREPOSITIONS:
            return not (i - 1 == job_end and tokens[i - 1] in _COORDINATORS)
    return False


def _workplace_tasks(tokens: Sequence[str], hits: list[Hit]) -> list[Hit]:
    """Job words that say where (or on what) the clause's job was done become workplace
    mentions.

    Many task words also name a place or a department: "lager" is warehouse work and a
    warehouse, "produktion" production work and the production hall, "reception" office work
    and the front desk; "pakker" is a packer and parcels. After a job title or task, behind a
    place preposition ("på", "i", "hos", "ved", "af"), such a word is where the job was
    done or what it was done on ("Chauffør på lager", "Rengøringsassistent hos ISS på Novo
    Nordisk produktion", "Rengøring af produktionshallen", "Levering af pakker"), not a second
    job. Without a job before it, the word is the job ("Arbejdede på lager"); joined to the job
    by "og" it is a second job ("lager og chauffør", "chauffør og på lager"), and after "som"
    it is the job's title ("Lagerarbejde i mange år som truckfører").
    """
    out: list[Hit] | None = None
    job_end = -1
    for k, h in enumerate(hits):
        kind = h.entry.kind
        if kind != "title" and kind != "task":
            continue
        if (
            job_end >= 0
            and h.position >= job_end
            and _governed_by_preposition(tokens, job_end, h.position)
        ):
            if out is None:
                out = list(hits)
            out[k] = h._replace(entry=_as_place(h.entry))
            continue
        job_end = max(job_end, _hit_end(h))
    return hits if out is None else out


def _coordinated_workplaces(tokens: Sequence[str], hits: list[Hit]) -> list[Hit]:
    """A workplace that names a kind of work, joined by "og" (or "samt", ...) to a job word
    and governed by no preposition, names a second task: "Rengøring og køkken" is cleaning
    and kitchen work, "Køkken og opvask" kitchen work twice. A workplace joined to another
    workplace ("i børnehave og vuggestue", "rengøring af kontor og kantine") stays one.

    Any workplace in a place phrase joined by "og" to a job title is a second job there, as
    a task word would be ("chauffør og på lager"): "har arbejdet som rengøringsassistent og i
    Netto" is cleaning work and shop work."""
    jobs = [h for h in hits if h.entry.kind in ("title", "task")]
    if not jobs:
        return hits
    out: list[Hit] | None = None
    for k, h in enumerate(hits):
        if h.entry.kind != "place":
            continue
        i, end = h.position, _hit_end(h)
        if h.entry.weight < _WORKPLACE_WEIGHT:
            if _joined_place_phrase(tokens, jobs, i):
                if out is None:
                    out = list(hits)
                out[k] = h._replace(entry=_as_task(h.entry))
            continue
        before = (
            i >= 2 and tokens[i - 1] in _COORDINATORS and any(_hit_end(j) == i - 1 for j in jobs)
        )
        after = (
            end + 1 < len(tokens)
            and tokens[end] in _COORDINATORS
            and any(j.position == end + 1 for j in jobs)
            and (i == 0 or tokens[i - 1] not in _PLACE_PREPOSITIONS)
        )
        if before or after:
            if out is None:
                out = list(hits)
            out[k] = h._replace(entry=_as_task(h.entry))
    return hits if out is None else out


#: Articles that may stand between a preposition and its workplace ("og i en butik").
_ARTICLES: Final = frozenset({"en", "et", "den", "det", "de"})


def _joined_place_phrase(tokens: Sequence[str], jobs: Sequence[Hit], i: int) -> bool:
    """Whether the workplace at ``tokens[i]`` stands in a place phrase joined by "og" right
    after a job title ("rengøringsassistent og i Netto", "kok og på en kro")."""
    j = i - 1
    if j >= 0 and tokens[j] in _ARTICLES:
        j -= 1
    if j < 1 or tokens[j] not in _PLACE_PREPOSITIONS or tokens[j - 1] not in _COORDINATORS:
        return False
    return any(h.entry.kind == "title" and _hit_end(h) == j - 1 for h in jobs)


def _institution_rest(text: str) -> str | None:
    """The clause without its schools' names, or None when it names no school."""
    if _INSTITUTION_HINT_RE.search(text) is None:
        return None
    rest = _INSTITUTION_RE.sub(" ", text)
    return None if rest == text else rest


def _speaks_of_schooling(rest: str) -> bool:
    """Whether a clause, its schools' names taken out, still speaks of schooling ("Student
    fra ...", "Gik på ...", "HF på VUC")."""
    return bool(_EDUCATION_CONTEXT_RE.search(rest) or _PUPIL_RE.search(rest))


def _names_work(text: str, hits: Sequence[Hit]) -> bool:
    """Whether a clause names work: a job title, a task or a work word."""
    return any(h.entry.kind in ("title", "task") for h in hits) or bool(_WORK_WORD_RE.search(text))


#: A word written with a capital inside a sentence (after a word, not after a full stop or
#: at a line's start): a name ("Slagter Munch", "Bager Jensen").
_NAME_RE: Final = re.compile(r"(?<=[^\W\d_]\s)[A-ZÆØÅ][a-zæøåéü']+")
#: Role words that English CVs write with a capital after a title word ("Warehouse Worker"):
#: no name.
_NOT_NAMES: Final = frozenset(
    {"worker", "assistant", "helper", "operator", "attendant", "manager", "driver", "agent"}
    | {"clerk", "supervisor", "trainee", "apprentice", "porter", "staff", "associate", "leader"}
)


@lru_cache(maxsize=256)
def _proper_names(text: str) -> frozenset[str]:
    """The folded words the CV ``text`` writes as names (see :data:`_NAME_RE`)."""
    return frozenset(fold(m) for m in _NAME_RE.findall(text)) - _NOT_NAMES


def _trade_named_firm(tokens: Sequence[str], hits: Sequence[Hit], cv_text: str) -> bool:
    """Whether a clause is a shop named after its trade and its owner: a job title and a name
    ("Slagter Munch", "Bager Jensen", "Frisør Lise Hansen"), as the whole CV ``cv_text``
    writes it. After a job title such a clause is that job's employer, not a second job
    ("Smørrebrødsjomfru, Slagter Munch, 2014-2019")."""
    return (
        2 <= len(tokens) <= 3
        and len(hits) == 1
        and hits[0].entry.kind == "title"
        and hits[0].position == 0
        and _hit_end(hits[0]) == 1
        and all(t in _proper_names(cv_text) for t in tokens[1:])
    )


#: A driving offence ("spirituskørsel", "promillekørsel", "vanvidskørsel"), as in "mistede
#: kørekortet efter spirituskørsel": no driving work.
_OFFENCE_RE: Final = re.compile(r"(?:spiritus|promille|narko|vanvids|hastigheds)koersel\w*")


def _is_offence(token: str) -> bool:
    return _OFFENCE_RE.fullmatch(token) is not None


def _make_unit(text: str, section: str, reference_year: int, cv_text: str = "") -> _Unit:
    raw = _TOKEN_RE.findall(text)
    tokens = [t.replace("-", "") for t in raw]
    hits = hits_in_tokens(tokens)
    if hits and "koersel" in text:
        hits = [h for h in hits if not _is_offence(tokens[h.position])]
    if hits and _EVERYDAY_HINT_RE.search(text):
        hits = _everyday_words(text, tokens, hits)
    hits, school, firm_name = _employer_words(text, tokens, _worker_titles(text, tokens, hits))
    if len(hits) == 1 and 2 <= len(tokens) <= 3 and not firm_name:
        firm_name = _trade_named_firm(tokens, hits, cv_text)
    periods = _periods(text, reference_year) if _MAYBE_PERIOD_RE.search(text) else []
    # Flags and education words also look at the parts of hyphenated words
    # ("erhvervschauffør-uddannelse"). Every clause gets its flags, also one without a job or
    # a period: "Skolegang i Bosnien" must mark the "9 år" that follows it as schooling.
    words = tokens + [part for t in raw if "-" in t for part in t.split("-") if part]
    flags = _clause_flags(text, words)
    if section == "plan" and not _WORK_DONE_RE.search(text):
        flags |= {"plan"}
    if (
        "education" in flags
        and _AFTER_EDUCATION_RE.search(text)
        and not _EDUCATION_CONTEXT_RE.search(_AFTER_EDUCATION_RE.sub(" ", text))
    ):
        # "Efter endt uddannelse ansat i hjemmeplejen 1998-2012": when, not an education
        flags = flags - {"education"}
    education_words = any(_token_may_be_education(t) for t in words)
    # A school is a workplace when the clause names work there and no schooling of its own
    # ("Rengøringsassistent på Viborg Gymnasium", "Kok på Hotel- og Restaurantskolen"); a
    # clause that is only a school's name is decided by its sentence.
    rest = (
        _institution_rest(text)
        if section != "education"
        and (education_words or "education" in flags or "skole" in text or "vuc" in text)
        else None
    )
    institution = school_workplace = False
    if rest is not None and not _speaks_of_schooling(rest):
        if _names_work(rest, hits):
            school_workplace = True
            flags = flags - {"education"}
            hits = sorted(
                [*hits, *(h._replace(entry=_as_place(h.entry)) for h in school)],
                key=lambda h: h.position,
            )
            school = []
        else:
            # only a school's name, or a place in it ("kantinen på Fredericia Gymnasium")
            institution = all(h.entry.kind == "place" for h in hits)
    if school:
        flags |= {"education"}
    if len(hits) >= 2 and not _PLACE_PREPOSITIONS.isdisjoint(tokens):
        hits = _workplace_tasks(tokens, hits)
    if len(hits) >= 2 and not _COORDINATORS.isdisjoint(tokens):
        hits = _coordinated_workplaces(tokens, hits)
    title_note = (
        "education" in flags
        and "(" in text
        and section != "education"
        and _education_only_in_note(text, tokens, hits)
    )
    return _Unit(
        text,
        section,
        hits,
        periods,
        flags,
        education_words,
        tokens,
        firm_name,
        school,
        institution,
        school_workplace,
        title_note,
    )


def _education_only_in_note(text: str, tokens: Sequence[str], hits: Sequence[Hit]) -> bool:
    """Whether a clause names a job title outside parentheses and its education words only
    inside them ("Frisør (udlært 2005)", "SOSU-hjælper (uddannet 2010)")."""
    outside = _PARENTHESIS_RE.sub(" ", text)
    if outside == text or _EDUCATION_CONTEXT_RE.search(outside):
        return False
    words = set(tokenize(outside))
    return any(
        h.entry.kind == "title" and h.position < len(tokens) and tokens[h.position] in words
        for h in hits
    )


def _learned_titles(units: Sequence[_Unit]) -> None:
    """A job title with an education note in parentheses ("Frisør (udlært 2005)") names a job
    when a later clause of its sentence gives the job's time ("Frisør (udlært 2005), Salon
    Saxe, 2005-2012"): the clause then reports work, and the note only says the title was
    learned; so does a time right after the note ("Tømrer (svendebrev 1999) 2000-2010"). Alone,
    or with only the note's time ("Social- og sundhedshjælper (uddannet 2010)"), it stays an
    education."""
    for k, unit in enumerate(units):
        if not unit.title_note:
            continue
        # when the note has its own year, a time after it in the same clause is the job's
        # ("Tømrer (svendebrev 1999) 2000-2010"); "Pædagogisk assistent (PAU) fra 2017" may
        # date the education
        after_note = unit.text.rfind(")") + 1
        dated_note = _YEAR_RE.search(unit.text, unit.text.rfind("(", 0, after_note), after_note)
        if (
            dated_note
            and any(p.dated and p.years > 0 and p.position >= after_note for p in unit.periods)
        ) or any(p.dated and p.years > 0 for u in units[k + 1 :] for p in u.periods):
            unit.flags = unit.flags - {"education"}
        else:
            unit.title_note = False


def _institution_workplaces(units: Sequence[_Unit]) -> None:
    """Mark the clauses of one sentence that only name a school as a job's workplace when the
    sentence names a job and no schooling ("Rengøringsassistent, Viborg Gymnasium, 2018-2020"),
    or when they stand under a work-experience heading; otherwise the school was attended
    ("Viborg Gymnasium 2005-2008")."""
    named = [u for u in units if u.institution]
    if not named:
        return
    others = [u for u in units if not u.institution]
    at_work = any(_names_work(u.text, u.hits) for u in others) and not any(
        _is_schooling(u) for u in others
    )
    for unit in named:
        if at_work or unit.section == "experience":
            unit.flags = unit.flags - {"education"}
            unit.school_workplace = True


#: A parenthesis (CVs do not nest them).
_PARENTHESIS_RE: Final = re.compile(r"\([^()]*\)")


def _clauses(sentence: str) -> list[str]:
    """A sentence's clauses (split at ";", ",", "men", "derefter", ...), but not inside
    parentheses: "Ejendomsfunktionær, Boligselskabet Sjælland (trapper, affaldsøer, små
    reparationer)" lists one job's duties, and clauses cut from it would leave the job's group
    open for the next line's period."""
    inside = [m.span() for m in _PARENTHESIS_RE.finditer(sentence)] if "(" in sentence else []
    if not inside:
        return _UNIT_SPLIT_RE.split(sentence)
    parts: list[str] = []
    start = 0
    for m in _UNIT_SPLIT_RE.finditer(sentence):
        if any(a < m.start() < b - 1 for a, b in inside):
            continue
        parts.append(sentence[start : m.start()])
        start = m.end()
    parts.append(sentence[start:])
    return parts


def _units(text: str, reference_year: int, sentences: Sequence[str] | None = None) -> list[_Unit]:
    """The CV's clauses, each tagged with the section (heading) it is under; a boundary marker
    after each sentence. ``sentences`` are the folded sentences of ``text`` if already split."""
    units: list[_Unit] = []
    section = "none"
    for sentence in sentences if sentences is not None else _split(text, fold_out=True):
        hm = _HEADING_RE.match(sentence)
        if (
            hm
            and hm.group(1) in _HEADINGS
            and (hm.group(2) is not None or ":" not in sentence)
            and len(sentence.split(":", 1)[0].split()) <= 3
            and not (_HEADINGS[hm.group(1)] == "plan" and (hm.group(2) or "").strip())
        ):
            section = _HEADINGS[hm.group(1)]
            sentence = (hm.group(2) or "").strip()
            if not sentence:
                continue
        elif (bilingual := _bilingual_heading(sentence)) is not None:
            section = bilingual  # "WORK EXPERIENCE / Erhvervserfaring", "EDUCATION / Uddannelse"
            continue
        elif 1 < len(words := sentence.rstrip(" :").split()) <= 3 and "".join(words) in _HEADINGS:
            section = _HEADINGS["".join(words)]  # "arbejds erfaring", "job ønsker"
            continue
        elif (phrase := sentence.rstrip(" :")) in _HEADING_PHRASES:
            section = _HEADING_PHRASES[phrase]  # "Om mig": what follows sums up
            continue
        elif (line := _BARE_HEADING_RE.fullmatch(sentence)) is not None:
            # a heading line of its own the table does not hold ("Arbejds erfaring:", "Arbejde
            # i Ukraine:", "Danmark:") opens a section: by its first word or its first two
            # written together, else one of no kind, so the section before it ends there
            words = line.group(1).split()
            section = _HEADINGS.get(words[0], _HEADINGS.get("".join(words[:2]), "none"))
            continue
        parts = (
            _clauses(sentence)
            if (
                "," in sentence
                or ";" in sentence
                or "men" in sentence
                or "derefter" in sentence
                or "og " in sentence
                or "and " in sentence
            )
            else (sentence,)
        )
        first = len(units)
        institution = title_note = False
        restated = _RESTATED_RE.search(sentence) is not None
        for part in parts:
            if part and part.strip(" .:-()"):
                unit = _make_unit(part, section, reference_year, text)
                if restated:
                    unit.flags = unit.flags | {"restated"}
                if (
                    _AGE_CLAUSE_RE.match(part)
                    and (
                        not units  # "45 år, har arbejdet som chauffør": the CV opens with an age
                        or (
                            len(units) > first
                            and not any(u.hits for u in units[first:])
                            and (
                                _PERSON_RE.search(units[-1].text) or not any(u.hits for u in units)
                            )
                        )
                    )
                ):
                    unit.periods = []  # "Sofie, 27 år" in a CV's head, "Borger, 52 år": an age
                institution = institution or unit.institution
                title_note = title_note or unit.title_note
                units.append(unit)
        _drop_told_within(units[first:])
        if institution:
            _institution_workplaces(units[first:])
        if title_note:
            _learned_titles(units[first:])
        units.append(_BOUNDARY)
    return units


def _drop_told_within(units: Sequence[_Unit]) -> None:
    """Drop the times a sentence's clauses tell again within a range it names: a start inside
    it ("fra 1990 til 2012 ..., og fra 1998 som social- og sundhedshjælper" is a new title in
    the same job) and a length equal to it ("har kørt lastbil i godt 20 år, fra 1995 til
    2015"); and a vague length ("mange år") beside a time the sentence tells exactly."""
    ranges = [(p, u) for u in units for p in u.periods if p.kind == "range" and p.span]
    if any(p.kind != "vague" and p.years > 0 for u in units for p in u.periods):
        for unit in units:  # "har arbejdet mange år med mennesker og var hjemmehjælper i 15 år"
            if any(p.kind == "vague" for p in unit.periods):
                unit.periods = [p for p in unit.periods if p.kind != "vague"]
    if not ranges:
        return

    def areas(unit: _Unit) -> set[str]:
        return {h.entry.area for h in unit.hits}

    for unit in units:
        kept = [
            p
            for p in unit.periods
            if not (
                p.kind == "since"
                and p.span
                and any(r.span and r.span[0] < p.span[0] < r.span[1] for r, _ in ranges)
            )
            and not (
                not p.dated
                and p.years > 0
                and any(
                    u is not unit
                    and abs(r.years - p.years) <= 0.5
                    and (areas(unit) <= areas(u) or not areas(u))  # the same job, not the next
                    for r, u in ranges
                )
            )
        ]
        if len(kept) != len(unit.periods):
            unit.periods = kept


#: Flags of a clause that speaks of something other than work and is kept apart from jobs.
_APART: Final = frozenset({"non_work", "wish", "plan", "hobby", "other_person", "negated"})


def _is_schooling(unit: _Unit) -> bool:
    """Whether a clause reports schooling, an education or a course ("Skolegang i Bosnien",
    "Udlært anlægsgartner 2014", "AMU-kursus i rengøring") rather than work done (an
    apprenticeship or a clause that also says it was work is work)."""
    return bool(unit.flags & {"education", "course"}) and not (
        unit.flags & {"apprentice", "experience"}
    )


def _groups(units: Sequence[_Unit]) -> list[_Group]:
    """Merge clauses into job groups (title, employer and period often sit in neighbouring
    clauses or lines: "Kassemedarbejder, Netto, 2001-2009", "Netto\n2001-2009").

    A clause starts a new group when it is under another heading; after a sentence end, when
    the group already names a job and the clause adds another job or the group already has its
    period, or when the group has its period and the new sentence a time of its own, in any of
    its clauses ("Skolekantine, Hjallerup Skole, 2018-2020 / Rengøring, 2020-2021"), or when
    the group's job has only a year and the new sentence a range and a workplace of its own,
    unless the sentence lists the duties of the group's job (:func:`_lists_duties`); and
    within a sentence, when the group has both a job and a period and the clause adds more (a
    clause of tasks without a time of its own after a job title adds the job's duties, not
    another job; a clause that only tells more time in the job continues it:
    :func:`_continues_job`), when the clause names a job title of another task area, or when
    the group's job is named only by its workplace, with its time, and the clause names work
    with a time of its own.

    A clause about something other than work (schooling, a course, sick leave, a stay abroad,
    a wish, a hobby) starts a *statement* group. The statement takes the rest of its sentence
    as long as the clauses name no work ("Skolegang i Bosnien, 9 år", "Udlært kok, Hotel
    D'Angleterre, 2001-2005"; a workplace with a time of its own after a statement that has its
    own time is a job again), and it always ends with its sentence, so that its time is never
    lent to the next sentence's job ("... 9 år. Kantinemedhjælper (Coor)"); a clause that
    tells what it included ("herunder 6 mdr. praktik i vuggestue") is part of it, as is one
    that only tells the education was dropped (:func:`_ends_education`). An education
    clause right after a bare job title in the same sentence belongs to that title
    ("Ejendomsservicetekniker, udlært 2003": the title is what was learned, not a job held).
    """
    groups: list[_Group] = []
    current = _Group()
    pending_boundary = False
    for k, unit in enumerate(units):
        if unit is _BOUNDARY:
            pending_boundary = True
            continue
        # A firm's name right after a job title is that job's employer ("Murer, Hansen Tømrer
        # & Snedker"), also on the next line while the job still lacks its period.
        employer = (
            unit.firm_name and current.has_title and not (pending_boundary and current.has_period)
        )
        unit_work = not employer and any(h.entry.kind in ("title", "task") for h in unit.hits)
        apart = bool(unit.flags & _APART)
        schooling = _is_schooling(unit)
        cur_work = bool(current.work_hits)
        cur_period = current.has_period
        # A clause that tells what the one before included ("PGU 2009, herunder 6 mdr.
        # praktik i vuggestue", "Lagerarbejder 2010-2020, herunder 3 år som truckfører") is
        # part of it: a praktik inside an education is schooling, years inside a job no more.
        included = not pending_boundary and bool(unit.tokens) and unit.tokens[0] in _INCLUDED_WORDS
        if not current.units:
            new = False
        elif (
            unit.periods
            and any(p.years > 0 for u in current.units for p in u.periods)
            and (
                _TOTAL_RE.match(unit.text)
                or any(u.periods and _TOTAL_RE.search(u.text) for u in current.units)
            )
        ):
            # "..., i alt 7 år i detailhandlen", "12 års erfaring i alt: 8 år som kok": a
            # total, summed up apart from the jobs it sums
            new = True
        elif unit.section != current.units[-1].section:
            new = True
        elif included:
            new = False
        elif current.statement:
            # "Borgeren ønsker, at ...", "Vi aftaler, at ...": what is wished or agreed
            complement = (
                not pending_boundary
                and unit.tokens[:1] == ["at"]
                and any(u.flags & {"wish", "plan"} for u in current.units)
                and not _WORK_DONE_RE.search(unit.text)
            )
            new = not complement and (
                pending_boundary
                or apart
                or schooling
                or unit_work
                or ("experience" in unit.flags and not _ends_education(current, unit))
                # A workplace with a time of its own after a dated statement is a job:
                # "SOSU-hjælper (uddannet 2010), hjemmeplejen 2010-2020".
                or bool(unit.hits and unit.periods and any(u.periods for u in current.units))
            )
        elif apart:
            new = True
        elif schooling:
            new = (
                pending_boundary
                or not cur_work
                or cur_period
                or any(u.periods for u in current.units)
                or "experience" in current.flags
            )
        elif pending_boundary:
            # A sentence with a time of its own after a group that has its time is another
            # job, also when its time stands in a later clause ("Skolekantine, Hjallerup
            # Skole, 2018-2020 / Rengøring, 2020-2021"), when the group's job is named only by
            # its workplace, and when the group's job has only a year ("2015 Tankpasser /
            # 2012-2014 Gartneri"). A sentence that lists the duties of the job before it is
            # part of that job ("Serviceassistent, Køge Sygehus. Opgaver: rengøring, ...").
            new = (
                (cur_work and (unit_work or cur_period))
                or (cur_period and (bool(unit.periods) or _dated_later(units, k)))
                or (unit_work and bool(unit.periods) and not cur_period)
                or (
                    cur_work
                    and bool(unit.hits)
                    and any(p.dated for u in current.units for p in u.periods)
                    and any(p.dated and p.years > 0 for p in unit.periods)
                )
                # ... also after a job whose only time is a year ("garderobemedarbejder i
                # 2022. I 2025 var hun i virksomhedspraktik i kantinen ... i 7 uger")
                or (
                    cur_work
                    and bool(unit.hits)
                    and any(p.years > 0 for p in unit.periods)
                    and any(p.years < 0 for u in current.units for p in u.periods)
                )
                # a sentence with a time of its own after one about an education ("var i
                # praktik i en børnehave som en del af uddannelsen. Via jobcentret ...
                # virksomhedspraktik i 2 måneder")
                or (
                    "education" in current.flags
                    and not cur_period
                    and "education" not in unit.flags
                    and any(p.years > 0 for p in unit.periods)
                )
            ) and not _lists_duties(current, units, k)
        else:
            new = (
                cur_work
                and cur_period
                and (bool(unit.periods) or (unit_work and not _adds_duties(current, unit)))
                and not _continues_job(current, unit)
            ) or (
                unit_work
                and cur_work
                and not cur_period
                and not unit.periods
                and _is_separate_job(current, unit)
            )
            # A job named only by its workplace, with its time, is done when a clause names
            # work with a time of its own: "arbejdet på McDonald's i 2 år (køkken), så har
            # jeg været på lageret 2019-2020".
            new = new or (
                cur_period
                and not cur_work
                and unit_work
                and any(p.years > 0 for p in unit.periods)
                and any(h.entry.kind == "place" for u in current.units for h in u.hits)
            )
        if new:
            groups.append(current)
            current = _Group()
        current.add(unit, employer=employer and not new)
        if apart or schooling:
            current.statement = True
        current.training = current.training or schooling
        pending_boundary = False
    if current.units:
        groups.append(current)
    return groups


#: A clause that opens with a total of what the clauses before it told ("i alt 7 år ...").
_TOTAL_RE: Final = re.compile(
    r"\s*\b(?:i\s+alt|tilsammen|samlet\s+set|in\s+total|all\s+in\s+all)\b"
)
#: Words that open a clause telling what the one before it included.
_INCLUDED_WORDS: Final = frozenset({"herunder", "heraf", "inkl", "inklusive", "deriblandt"})


def _dated_later(units: Sequence[_Unit], k: int) -> bool:
    """Whether a clause after ``units[k]`` in its sentence has a time with a length (a range,
    "siden 2018", "3 år"; not a single year)."""
    for i in range(k + 1, len(units)):
        unit = units[i]
        if unit is _BOUNDARY:
            return False
        if any(p.years > 0 for p in unit.periods):
            return True
    return False


def _adds_duties(current: _Group, unit: _Unit) -> bool:
    """Whether a clause of tasks without a time of its own lists the duties of the job title
    before it ("2007-2016: Ejendomsfunktionær, Boligselskabet (trapper, små reparationer)",
    "2016-2019: Vagt, Securitas – nattevagt og rundering") rather than naming another job."""
    return (
        not unit.periods
        and not any(h.entry.kind == "title" for h in unit.hits)
        and current.has_title
    )


#: Labels that open a list of a job's duties ("Opgaver: rengøring, madservice").
_DUTIES_LABEL_RE: Final = re.compile(
    r"^(?:arbejds|hoved|primaere\s+)?opgaver(?:ne)?\b|^ansvar\w*\b|^arbejdsomraade\w*\b|"
    r"^(?:tasks|duties|responsibilities)\b"
)


def _lists_duties(current: _Group, units: Sequence[_Unit], k: int) -> bool:
    """Whether the sentence that starts at ``units[k]`` lists the duties of the job before it:
    the job has its title and its time, and the sentence names no job title and no time of its
    own, only tasks, and either opens with a duties label ("Serviceassistent, Køge Sygehus.
    Opgaver: rengøring på sengeafsnit, udbringning af linned.") or names a task of the
    title's own area among them ("Lagermand hos Jensens Tømrer & Snedker, 2015-2019.
    Modtagelse af varer, pakning af ordrer, kørte gaffeltruck."; "Landbrugsmedhjælper /
    Kvægbrug / 2003 - 2012 / Malkning, fodring, vedligehold af stalde")."""
    if not current.has_title or not current.has_period:
        return False
    sentence: list[_Unit] = []
    for unit in units[k:]:
        if unit is _BOUNDARY:
            break
        sentence.append(unit)
    if any(u.periods or u.flags & _APART or _is_schooling(u) for u in sentence):
        return False
    work = [h for u in sentence for h in u.hits if h.entry.kind in ("title", "task")]
    if not work or any(h.entry.kind == "title" for h in work):
        return False
    title_areas = {h.entry.area for h in current.work_hits if h.entry.kind == "title"}
    return bool(_DUTIES_LABEL_RE.match(sentence[0].text)) or any(
        h.entry.area in title_areas for h in work
    )


#: Words that a clause tells the end of work or its absence, not more of it.
_NOT_WORKING_RE: Final = re.compile(
    r"\b(?:uden|ikke|ingen|ophoer\w*|fyret|afskediget|opsagt|stoppede|sluttede)\b"
)


def _continues_job(current: _Group, unit: _Unit) -> bool:
    """Whether a clause with a time of its own, but naming no job, workplace or task, tells
    more time in the job before it in its sentence ("var i løntilskud som lagermedarbejder hos
    JYSK i 6 mdr. i 2021 og blev derefter ansat på ordinære vilkår samme sted 2022-2024",
    "Rengøringsassistent i løntilskud 2010-2011, derefter ansat 2011-2015"): a work word says
    so; time out of work ("var derefter uden beskæftigelse 2015-2017") or a length that
    restates the job's own ("Kok 2010-2015, ansat i 5 år") does not."""
    if unit.hits or not current.work_hits or unit.flags & (_APART | {"education", "course"}):
        return False
    if not ("experience" in unit.flags and _WORK_WORD_RE.search(unit.text)):
        return False
    if _NOT_WORKING_RE.search(unit.text):
        return False
    own = [p.years for u in current.units for p in u.periods if p.years > 0]
    new = [p.years for p in unit.periods if p.years > 0]
    return bool(new) and not any(abs(a - b) <= 0.5 for a in own for b in new)


def _ends_education(current: _Group, unit: _Unit) -> bool:
    """Whether a clause that names no job and no time of its own only tells that the education
    before it in its sentence was dropped, with what it included ("I 2022 startede jeg på
    uddannelsen til pædagogisk assistent, men stoppede efter første praktik i en børnehave": a
    praktik inside an education gives no years)."""
    return (
        current.training
        and not any(h.entry.kind in ("title", "task") for h in unit.hits)
        and not any(p.years > 0 for p in unit.periods)
        and _EDU_DROPPED_RE.search(unit.text) is not None
    )


def _is_separate_job(current: _Group, unit: _Unit) -> bool:
    """A clause naming another job title (not a task of the same job) starts a new group."""
    areas = {h.entry.area for h in current.work_hits}
    return any(h.entry.kind == "title" and h.entry.area not in areas for h in unit.hits)


def _summers(group: _Group, known: Sequence[_Period]) -> int:
    """How many summers a summer job lasted: a number of summers ("3 somre"), the calendar
    years its ranges touch ("2015-2017" is three), or the years it lists ("i sommerferierne
    2015, 2016 og 2017" is three); one when it says none."""
    for unit in group.units:
        cm = _SUMMER_COUNT_RE.search(unit.text)
        if cm:
            word = cm.group(1)
            return int(word) if word.isdigit() else int(_NUMBER_WORDS[word])
    if known:
        return sum(p.count for p in known)
    listed = {u.text[p.position : p.position + 4] for u in group.units for p in u.periods}
    return max(1, len(listed))


#: A workplace at least this strong names a kind of work ("kantine", "fabrik", "slagteri",
#: "lager" as a place); a weaker one ("hotel", "restaurant", "Netto") only says where.
_WORKPLACE_WEIGHT: Final = 0.8


@lru_cache(maxsize=4096)
def _in_area(entry: LexiconEntry, area: str) -> LexiconEntry:
    """The entry credited to ``area``, its own area kept as the second."""
    return replace(entry, area=area, area2=entry.area)


def _workplace_area(entry: LexiconEntry, workplaces: Sequence[Hit]) -> str | None:
    """The area a workplace chooses for a job word that two areas share, or None.

    A job word with a second area ("pakke": warehouse, also production) is work in that area
    at a workplace that names it ("Pakke kylling på fabrik" is production work; "på lager" it
    stays warehouse work). A task that is also the workplace's second kind of work is work of
    the workplace's kind ("smurte sandwich" or "vaske op" in a canteen is canteen work, the
    canteen's second area being kitchen); a title names its job, so only its own second area
    can be chosen. A workplace in the word's own area keeps it there.
    """
    if any(p.entry.area == entry.area for p in workplaces):
        return None
    for p in workplaces:
        if entry.area2 == p.entry.area or (entry.kind == "task" and entry.area == p.entry.area2):
            return p.entry.area
    return None


def _choose_workplace_areas(group: _Group) -> None:
    """Credit the job words of a group to the area their workplace chooses
    (:func:`_workplace_area`), in its clauses and its work hits alike, so that the job's
    years, its occupations and the jobs it is compared with all see the one area."""
    workplaces = [
        h
        for u in group.units
        for h in u.hits
        if h.entry.kind == "place" and h.entry.weight >= _WORKPLACE_WEIGHT
    ]
    if not workplaces or not (
        any(p.entry.area2 for p in workplaces) or any(h.entry.area2 for h in group.work_hits)
    ):
        return  # no area to choose between
    workplaces.sort(key=lambda p: -p.entry.weight)
    chosen: dict[int, Hit] = {}
    for h in group.work_hits:
        area = _workplace_area(h.entry, workplaces)
        if area is not None:
            chosen[id(h)] = h._replace(entry=_in_area(h.entry, area))
    if not chosen:
        return
    for unit in group.units:
        unit.hits = [chosen.get(id(h), h) for h in unit.hits]
    group.work_hits = [chosen.get(id(h), h) for h in group.work_hits]


def _job_hits(group: _Group) -> list[Hit]:
    """The hits that name a group's job: its job titles and tasks; its workplaces when it
    names none, or when its tasks are only light words that take their area from where they
    are done and a workplace says more ("hjalp borgerne med at sortere" at a
    "genbrugsstation" is recycling work, not warehouse work). A weak workplace that only says
    where a stronger one was (:func:`_only_where`) names no job of its own."""
    work = group.work_hits
    if work and not is_light(work):
        return work
    floor = max((h.entry.weight for h in work), default=-1.0)
    places = [
        h
        for u in group.units
        for h in u.hits
        if h.entry.kind == "place" and h.entry.weight > floor and not _only_where(u, h)
    ]
    return places or work


#: Words that tie a workplace to the place named before it: "i kantinen på hospitalet".
_WHERE_WORDS: Final = frozenset({"paa", "hos", "ved", "at", "i"})


def _only_where(unit: _Unit, hit: Hit) -> bool:
    """Whether a weak workplace only says where the work named by a stronger one was done: in
    the same word ("industrivaskeriet") or tied to it ("i kantinen på Regionshospitalet", "i
    køkkenet på et hotel", "i pakkeriet hos Jysk"); not one named beside it ("på en
    planteskole og i et flyttefirma")."""
    if hit.entry.weight >= _WORKPLACE_WEIGHT:
        return False
    for other in unit.hits:
        if (
            other.entry.kind not in ("place", "title", "task")
            or other.entry.weight < _WORKPLACE_WEIGHT
        ):
            continue
        if other.position == hit.position:
            return True
        between = unit.tokens[_hit_end(other) : hit.position]
        if (
            other.position < hit.position
            and between
            and between[0] in _WHERE_WORDS
            and not (_COORDINATORS & set(between))
        ):
            return True
    return False


def _side_by_side(tokens: Sequence[str], a: Hit, b: Hit) -> bool:
    """Whether two job words of one clause are named side by side as two jobs: next to each
    other ("Chauffør/lager", "Kok & tjener") or joined by "og" ("lager og chauffør", "chauffør
    og på lager", "lager og som chauffør")."""
    first, second = (a, b) if a.position <= b.position else (b, a)
    between = tokens[_hit_end(first) : second.position]
    return not between or (
        len(between) <= 2
        and between[0] in _COORDINATORS
        and all(w in _PLACE_PREPOSITIONS or w == "som" for w in between[1:])
    )


def _named_jobs(group: _Group, work: list[Hit]) -> list[Hit]:
    """The job words of a group that earn it years: a job title names the job.

    In a group that names a job title, the years go to the titles' task areas. Its other task
    words are the job's duties ("Pedel, gjorde rent og slog græs", "Ejendomsfunktionær:
    trappevask, græsslåning, små reparationer") or its workplace ("Rengøringsassistent,
    Lagerhotel Vest") and add no area of their own, unless they name a second job done in the
    same period: side by side with a title ("Lager og chauffør", "Chauffør/lagerarbejde"),
    named as the job held ("kok og senere som rengøring"), or in a clause with a period of
    its own in a group with several periods ("praktik i Netto (opfyldning) i 13 uger og
    rengøringsassistent 2018-2020"). A group without a title keeps all its tasks: "Rengøring
    og opvask på plejehjem" is two kinds of work.
    """
    title_areas = {h.entry.area for h in work if h.entry.kind == "title"}
    if not title_areas or all(h.entry.area in title_areas for h in work):
        return work
    work_ids = {id(h) for h in work}
    several_periods = sum(p.years > 0 for u in group.units for p in u.periods) >= 2
    kept: set[int] = set()
    for unit in group.units:
        unit_titles = [h for h in unit.hits if h.entry.kind == "title" and id(h) in work_ids]
        for h in unit.hits:
            if id(h) not in work_ids:
                continue
            if (
                h.entry.area in title_areas
                or (h.position > 0 and unit.tokens[h.position - 1] == "som")
                or (
                    any(_side_by_side(unit.tokens, h, t) for t in unit_titles)
                    and not _in_brackets(unit, h)
                )
                or (not unit_titles and several_periods and any(p.years > 0 for p in unit.periods))
            ):
                kept.add(id(h))
    return [h for h in work if id(h) in kept]


def _in_brackets(unit: _Unit, hit: Hit) -> bool:
    """Whether a hit stands inside brackets in its clause: a duty noted on the job title
    before it ("Kantinemedhjælper (opvask, rengøring)"), not a second job."""
    if "(" not in unit.text:
        return False
    starts = [m.start() for m in _TOKEN_RE.finditer(unit.text)]
    if hit.position >= len(starts):
        return False
    at = starts[hit.position]
    return unit.text.rfind("(", 0, at) > unit.text.rfind(")", 0, at)


def _group_years(group: _Group, flags: frozenset[str]) -> dict[str, float]:
    """Years of experience one job group gives per task area (empty when it gives none); the
    areas are those of :func:`_named_jobs`."""
    section = group.units[0].section
    if section in ("interests", "wishes", "languages") or flags & _NOT_EXPERIENCE:
        return {}
    work = _job_hits(group)
    if len(work) >= 2:
        work = _named_jobs(group, work)
    if not work or not (
        group.work_hits or group.has_period or "experience" in flags or "summer" in flags
    ):
        return {}
    if "apprentice" not in flags and (
        section == "education" or "education" in flags or group.training
    ):
        return {}  # schooling, an education or a course ("Industrioperatør (AMU) 1998")
    periods = [p for u in group.units for p in u.periods]
    known = [p for p in periods if p.years > 0]
    areas = {h.entry.area for h in work}
    included = [u for u in group.units if u.tokens and u.tokens[0] in _INCLUDED_WORDS]
    if included and "summer" not in flags:
        inside = {id(u) for u in included}
        outer = [p for u in group.units if id(u) not in inside for p in u.periods if p.years > 0]
        if outer:
            return _with_included_years(group, work, included, sum(p.years for p in outer))
    if "summer" in flags:
        total = SUMMER_YEARS * max(1, _summers(group, known))
    elif len(known) >= 2 and len(areas) >= 2:
        return _assign_periods(group, work)
    elif known:
        total = sum(p.years for p in known)
        if len(areas) >= 2 and any(_IN_ALL_RE.search(u.text) for u in group.units):
            # "på lager og i rengøring, i alt ca. 10 år": one total over the areas named
            total /= len(areas)
    elif (
        periods
        or "experience" in flags
        or section == "experience"
        or any(h.entry.kind == "title" for h in work)
    ):
        total = UNKNOWN_DURATION_YEARS
    else:
        return {}
    return dict.fromkeys(areas, total)


#: A length that is the total of several kinds of work ("i alt 10 år", "samlet 6 år").
_IN_ALL_RE: Final = re.compile(r"\b(?:i alt|samlet|tilsammen|in total)\b", re.IGNORECASE)


def _with_included_years(
    group: _Group, work: Sequence[Hit], included: Sequence[_Unit], total: float
) -> dict[str, float]:
    """A job with its time and what it included ("Lagerarbejder 2010-2020, herunder 3 år som
    truckfører", "Hotelmedarbejder 2012-2020, heraf 4 år i køkkenet"): the included years are
    part of the job's, so they add nothing; an area only the included clause names gets its
    own years, at most the job's."""
    work_ids = {id(h) for h in work}
    inside = {id(h) for u in included for h in u.hits if id(h) in work_ids}
    out = dict.fromkeys({h.entry.area for h in work if id(h) not in inside}, total)
    for unit in included:
        years = sum(p.years for p in unit.periods if p.years > 0)
        for h in unit.hits:
            if id(h) in inside and h.entry.area not in out:
                out[h.entry.area] = min(years, total) if years > 0 else total
    return out


def _assign_periods(group: _Group, work: Sequence[Hit]) -> dict[str, float]:
    """Several jobs and several periods in one group ("praktik i Netto i 13 uger og
    rengøringsassistent fra 2018-2020"): each period goes to the nearest job in its clause;
    periods in clauses without a job are shared by all the group's jobs."""
    own: dict[str, float] = {}
    shared = 0.0
    work_ids = {id(h) for h in work}
    for unit in group.units:
        unit_work = [h for h in unit.hits if id(h) in work_ids]
        for period in unit.periods:
            if period.years <= 0:
                continue
            if not unit_work:
                shared += period.years
                continue
            at = len(_TOKEN_RE.findall(unit.text, 0, period.position))
            nearest = min(unit_work, key=lambda h: (abs(h.position - at), h.position > at))
            own[nearest.entry.area] = own.get(nearest.entry.area, 0.0) + period.years
    out: dict[str, float] = {}
    for area in {h.entry.area for h in work}:
        years = own.get(area, 0.0) + shared
        out[area] = years if years > 0 else UNKNOWN_DURATION_YEARS
    return out


def _is_summary(group: _Group) -> bool:
    """Whether a group sums up experience rather than naming a job: a statement without any
    date (only a length, or no time at all) that says experience ("Har 10 års erfaring fra
    rengøring", "Jeg har i mange år arbejdet med mad"), or any undated statement under a
    profile heading ("Profil: Erfaren kontormedarbejder"). A statement with a date is a job
    ("Jeg har arbejdet med rengøring fra 2005 til 2010"); so is one that tells a job's length
    without summing up ("Har arbejdet som opvasker i Syrien i 3 år"). A remark on work in a
    licence's line ("Truckcertifikat: nej – har kørt truck på lageret") sums up too, when its
    group has no time with a length (a licence line's years date the licence)."""
    if any(":" in u.text and _LICENCE_LINE_RE.match(u.text) and _job_words(u) for u in group.units):
        return not any(p.years > 0 for u in group.units for p in u.periods)
    if "summary" not in group.flags and group.units[0].section != "profile":
        return False
    return not any(p.dated for u in group.units for p in u.periods)


#: A licence's line: "Truckcertifikat: ...", "Kørekort: ...", "Hygiejnebevis: ...".
_LICENCE_LINE_RE: Final = re.compile(r"^[\w-]*(?:koerekort|certifikat|bevis|truckkort)\w*\s*:")


def _job_words(unit: _Unit) -> bool:
    return any(h.entry.kind in ("title", "task") for h in unit.hits)


def _unit_lines(units: Sequence[_Unit]) -> Iterator[tuple[str, list[str], bool]]:
    """The clauses of each sentence joined again, for language detection."""
    texts: list[str] = []
    tokens: list[str] = []
    section = ""
    for unit in units:
        if unit is _BOUNDARY:
            if texts:
                yield " , ".join(texts), tokens, section == "languages"
            texts, tokens = [], []
            continue
        texts.append(unit.text)
        tokens = tokens + unit.tokens
        section = unit.section


#: A start field and an end field on the lines after each other ("Start: 2014" / "Slut: 2017",
#: "Fra: 2009" / "Til: 2016", "Ansat: marts 2014" / "Fratrådt: august 2017", "Started: 2012"
#: / "Ended: 2020").
_START_END_FIELDS_RE: Final = re.compile(
    r"^(?P<head>[ \t]*(?:start(?:dato|år)?|startede|fra|ansat|ansættelse|begyndt|"
    r"started|start\s+date|from)[ \t]*:[ \t]*)(?P<start>[^\n]{4,25}?)[ \t]*\n"
    r"[ \t]*(?:slut(?:dato|år)?|sluttede|til|fratrådt|fratraadt|ophørt|stoppet|ended|"
    r"end\s+date|to|until)[ \t]*:[ \t]*(?P<end>[^\n]{2,25}?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
#: A table row whose first two cells are its start and end ("2004<tab>2011<tab>Buschauffør",
#: "1999 | 2010 | Syerske", "2015<tab>nu<tab>Kantinemedarbejder").
_START_END_CELLS_RE: Final = re.compile(
    r"^(?P<head>[ \t|]*)(?P<start>(?:19|20)\d\d)(?:[ \t]*\|[ \t]*|\t+|[ ]{2,})"
    r"(?P<end>(?:19|20)\d\d|nu|now|present|d\.d\.)(?=[ \t]*(?:\||\t|[ ]{2,}))",
    re.IGNORECASE | re.MULTILINE,
)
#: "Siden" or "lige siden" with no year of its own, after a year in its sentence: since then
#: ("Uddannet kok i 2003 og har siden arbejdet som kok", "Har arbejdet i hjemmeplejen lige
#: siden"); and "siden min læretid sluttede i 2001".
_SINCE_THEN_RE: Final = re.compile(
    r"(?P<head>(?<![\d/.-])(?P<year>(?:19|20)\d\d)\b[^\n]{0,80}?)(?P<since>(?<!ved\s)\b(?:lige\s+)?siden"
    r"(?:\s+da)?|\bever\s+since)\b(?!\s+af\b)(?!\s+(?:i\s+|in\s+)?(?:\w+\s+)?(?:19|20)\d\d)"
    r"(?!\s+(?:jeg|han|hun|borgeren?|min|sin|hans|hendes)\b)|"
    r"\bsiden\s+(?:min|sin|hans|hendes)\s+\w+\s+(?:sluttede|ophørte|stoppede)\s+i\s+"
    r"(?=(?:19|20)\d\d)",
    re.IGNORECASE,
)


def _since_then(m: re.Match[str]) -> str:
    if m["year"] is None:
        return "siden "  # "siden min læretid sluttede i 2001" → "siden 2001"
    return f"{m['head']}{m['since'].removesuffix(' da')} {m['year']}"


#: Words that a job ended: "sluttede i 2011", "Fratrådt 2009", "left in 2019".
_JOB_END_WORDS: Final = (
    r"stoppede|sluttede|fratrådt|fratraadt|fratrådte|opsagt|ophørte|holdt\s+op|left|ended|quit"
)
#: Quick test for :data:`_YEAR_WORDING_RE`, :data:`_OPEN_END_WORDS_RE` and
#: :data:`_START_THEN_END_RE`.
_YEAR_WORDING_HINT_RE: Final = re.compile(
    rf"(?i)mellem|between|år\s+(?:19|20)|ca\.\s*(?:19|20)|{_JOB_END_WORDS}|frem|onwards|→"
)
#: An open end told in words or by an arrow alone: "2017 og frem", "2016 → Kassemedarbejder".
_OPEN_END_WORDS_RE: Final = re.compile(
    r"(?i)\b((?:19|20)\d\d)\s*(?:og\s+frem(?:efter)?\b|and\s+onwards\b|onwards\b|"
    r"→(?!\s*(?:\w+\.?\s+)?(?:19|20)\d\d))"
)
#: Ranges worded around their years: "mellem 2006 og 2014", "fra år 2009 til år 2016",
#: "ca. 2005 - ca. 2012".
_YEAR_WORDING_RE: Final = re.compile(
    r"(?i)\b(?:mellem|between)\s+((?:19|20)\d\d)\s+(?:og|and)\s+((?:19|20)\d\d)\b|"
    r"\bår\s+(?=(?:19|20)\d\d\b)|\bca\.\s*(?=(?:19|20)\d\d\s*[-–]\s*ca\.)|"
    r"(?<=[-–] )ca\.\s*(?=(?:19|20)\d\d)"
)
#: A start's year and an end's told in words after it, in one sentence or the next: "startede
#: som rengøringsassistent i 2008 og sluttede i 2011", "Ansat som kok 2005. Fratrådt 2009".
_START_THEN_END_RE: Final = re.compile(
    r"(?i)(?<![\d/.-])(?P<start>(?:19|20)\d\d)(?![\d/-])(?P<rest>[^.\n]{0,100}?(?:\.\s+)?[^.\n]{0,40}?"
    rf"\b(?:{_JOB_END_WORDS})\b[^.\n\d]{{0,25}}?)(?P<end>(?:19|20)\d\d)\b"
)


def _year_wording(m: re.Match[str]) -> str:
    return f"{m[1]}-{m[2]}" if m[1] else ""


#: A day before a month's name: "1. august 2010" is read as "august 2010".
_DAY_BEFORE_MONTH_RE: Final = re.compile(
    r"\b(?:0?[1-9]|[12]\d|3[01])\.[ \t]*(?=(?i:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|"
    r"dec)[a-zæøå]*\.?[ \t]+(?:19|20)\d\d)"
)


def _dates_laid_out(text: str) -> str:
    """``text`` with a job's start and end that its layout or its wording keeps apart written
    as one range: a start field and an end field ("Start: 2014" / "Slut: 2017" → "Start: 2014
    - 2017"), a table row's start and end cells, "mellem 2006 og 2014", "fra år 2009 til år
    2016", "ca. 2005 - ca. 2012", a start and an end told in words ("startede ... i 2008 og
    sluttede i 2011", "Ansat som kok 2005. Fratrådt 2009."); and a day before a month's name
    dropped."""
    if "siden" in text or "since" in text:
        text = _SINCE_THEN_RE.sub(_since_then, text)
    if _YEAR_WORDING_HINT_RE.search(text):
        text = _OPEN_END_WORDS_RE.sub(lambda m: f"{m[1]}-nu ", text)
        text = _YEAR_WORDING_RE.sub(_year_wording, text)
        text = _START_THEN_END_RE.sub(lambda m: f"{m['start']}-{m['end']}{m['rest']}", text)
    if ":" in text and "\n" in text:
        text = _START_END_FIELDS_RE.sub(lambda m: f"{m['head']}{m['start']} - {m['end']}", text)
    if "\t" in text or "|" in text or "  " in text:
        text = _START_END_CELLS_RE.sub(lambda m: f"{m['head']}{m['start']} - {m['end']}", text)
    if "." in text:
        text = _DAY_BEFORE_MONTH_RE.sub("", text)
    return text


def _parse(text: str, reference_year: int) -> _Parsed:
    text = _dates_laid_out(text)
    sentences = _split(text, fold_out=True)
    units = _units(text, reference_year, sentences)
    # Jobs add up; a summary of experience ("Har 10 års erfaring fra rengøring") restates the
    # jobs of its area, so an area gets the larger of its jobs and its largest summary.
    jobs: dict[str, float] = {}
    credited_jobs: list[tuple[list[Hit], dict[str, float]]] = []
    summaries: dict[str, float] = {}
    code_years: dict[str, float] = {}
    code_summaries: dict[str, float] = {}
    cv_hits: list[Hit] = []
    groups = _groups(units)
    told: set[tuple[frozenset[str], tuple[tuple[float, float], ...]]] = set()
    for group in groups:
        if group.work_hits:
            _choose_workplace_areas(group)
        flags = group.flags
        if group.units[0].section not in ("interests", "wishes") and not (flags & _NOT_OCCUPATION):
            cv_hits.extend(h for u in group.units for h in u.hits)
        group_years = _group_years(group, flags)
        if not group_years:
            continue
        spans = tuple(
            sorted(p.span for u in group.units for p in u.periods if p.kind == "range" and p.span)
        )
        if spans:
            # the same job told again with the same dates (under a firm's old and new name, in a
            # summary and in the CV below it) counts once
            key = (frozenset(group_years), spans)
            if key in told:
                continue
            told.add(key)
        credited = _job_hits(group) or [h for u in group.units for h in u.hits]
        summary = _is_summary(group)
        for area, years in group_years.items():
            codes = {h.entry.code for h in credited if h.entry.area == area}
            if summary:
                summaries[area] = max(summaries.get(area, 0.0), years)
                for code in codes:
                    code_summaries[code] = max(code_summaries.get(code, 0.0), years)
                continue
            jobs[area] = jobs.get(area, 0.0) + years
            for code in codes:
                code_years[code] = code_years.get(code, 0.0) + years
        if not summary:
            credited_jobs.append((credited, group_years))
    if summaries:
        experience = _summed_up(jobs, summaries, _second_area_years(credited_jobs))
        code_years = _larger(code_years, code_summaries)
    else:
        experience = jobs
    education = 0
    for i, u in enumerate(units):
        if not u.text or (u.section != "education" and not u.education_words):
            continue
        text = _INSTITUTION_RE.sub(" ", u.text) if u.school_workplace else u.text
        level = _unit_education(text, u.section == "education")
        if level and _dropped_after(units, i) and not _EDU_DROPPED_RE.search(text):
            level -= 1
        education = max(education, level)
        if (
            education < 2
            and u.section == "education"
            and any(h.entry.kind == "title" for h in u.hits)
            and not _NOT_EDUCATION_WORDS.search(u.text)
            and not _EDU_DROPPED_RE.search(u.text)
        ):
            # A job title under "Uddannelse:" is a vocational qualification
            # ("2005-2008 Social- og sundhedshjælper").
            education = 2
    occupations = occupations_of_hits(cv_hits, MAX_OCCUPATIONS, tiebreak=code_years)
    return _Parsed(
        experience={a: round(min(y, MAX_PERIOD_YEARS), 2) for a, y in experience.items()},
        occupations=tuple(occupations),
        education=education,
        languages=_languages_of_lines(_unit_lines(units)),
        education_areas=_education_areas(groups),
    )


def _dropped_after(units: Sequence[_Unit], i: int) -> bool:
    """Whether a later clause of the sentence of ``units[i]`` only says that its education was
    not completed ("Har gået 2 år på gymnasiet, men stoppede", "Startede på HF, men afbrød
    efter et år", "..., men fik ikke eksamen"). A clause that names a job or an education of
    its own ends the search: "Student 2005, men stoppede som chauffør" says nothing of the
    schooling."""
    for unit in units[i + 1 :]:
        if unit is _BOUNDARY or unit.hits:
            return False
        if _EDU_DROPPED_RE.search(unit.text):
            return True
        if unit.education_words and _unit_education(unit.text, unit.section == "education"):
            return False
    return False


def _second_area_years(
    credited_jobs: Iterable[tuple[Sequence[Hit], dict[str, float]]],
) -> dict[str, float]:
    """Years of the jobs whose words name an area second, per that area (a canteen job is
    kitchen work too), from each job's credited words and years per area."""
    seconds: dict[str, float] = {}
    for credited, group_years in credited_jobs:
        for area, years in group_years.items():
            for second in {h.entry.area2 for h in credited if h.entry.area == area}:
                if second and second not in group_years:
                    seconds[second] = seconds.get(second, 0.0) + years
    return seconds


def _summed_up(
    jobs: dict[str, float], summaries: dict[str, float], seconds: dict[str, float]
) -> dict[str, float]:
    """Years per area when summaries restate the jobs: the larger of an area's jobs and its
    summary, where the summary also sums up the jobs that name its area second ("Har i mange
    år arbejdet med mad" sums up a canteen job as well as a kitchen job), so only what it
    tells beyond those counts."""
    out = dict(jobs)
    for area, years in summaries.items():
        rest = years - seconds.get(area, 0.0)
        if rest > jobs.get(area, 0.0):
            out[area] = rest
    return out


def _larger(a: dict[str, float], b: dict[str, float]) -> dict[str, float]:
    """Per key, the larger of two values (a missing value is 0)."""
    return {k: max(a.get(k, 0.0), b.get(k, 0.0)) for k in (*a, *b)}


def _education_areas(groups: Sequence[_Group]) -> frozenset[str]:
    """Task areas in which the CV evidences a completed vocational education or course.

    The evidence is a clause under an education heading, an education or course clause
    ("Udlært anlægsgartner 2014", "AMU-kurser i rengøringsteknik") together with the bare job
    title it qualifies ("Ejendomsservicetekniker, udlært 2003"), a trade school
    ("Kokkeskolen") or a skilled worker ("faglært smed"). Its areas are those of the job
    titles and tasks it names (or, naming none, of its workplaces: "uddannet i detailhandlen")
    and of the field words of :data:`_EDUCATION_FIELDS`. Licences and skills ("truckcertifikat",
    "hygiejnebevis") are no education; nor is general school, a language course, a wish, or an
    education the text says was dropped or is unfinished. An apprenticeship without a word
    that it was completed counts as work (years), not as an education.
    """
    areas: set[str] = set()
    for group in groups:
        if group.flags & _NOT_EXPERIENCE:
            continue
        whole = group.training or group.units[0].section == "education"
        if not whole and not (
            group.flags & {"education", "course"}
            or any(u.school_hits or u.title_note or "faglaert" in u.text for u in group.units)
        ):
            continue
        units = [
            u
            for u in group.units
            if whole
            or _is_schooling(u)
            or u.school_hits
            or u.title_note
            or (u.section == "education")
            or _SKILLED_RE.search(u.text)
        ]
        if not units:
            continue
        text = " , ".join(u.text for u in units)
        if _EDU_DROPPED_RE.search(text) or (
            _EDU_NONE_RE.search(text) and not _BEYOND_RE.search(text)
        ):
            continue
        hits = [h for u in units for h in (*u.hits, *u.school_hits) if h.entry.kind != "skill"]
        named = {h.entry.area for h in hits if h.entry.kind in ("title", "task")}
        if not named:
            named = {h.entry.area for h in hits if h.entry.kind == "place"}
        plain = _GENERAL_SCHOOL_RE.sub(" ", text)
        named |= {area for area, pattern in _EDUCATION_FIELDS if pattern.search(plain)}
        areas |= named
    return frozenset(areas)


@lru_cache(maxsize=4096)
def _parse_cached(text: str, reference_year: int) -> _Parsed:
    return _parse(text, reference_year)


def parse_cv(text: str | None, reference_year: int) -> CvProfile:
    """Read a Danish CV into a :class:`CvProfile`.

    ``reference_year`` closes open periods ("2015-nu", "siden 2018").

    >>> p = parse_cv("Uddannet butiksassistent 1998. Kassemedarbejder i Netto 2001-2009. "
    ...              "Har kørekort B.", reference_year=2026)
    >>> sorted(p.licences), p.experience_years["shop"], p.education_level
    (['B'], 8.0, 2)
    >>> p.occupations[0].label
    'kassemedarbejder'
    """
    if not text or not text.strip():
        return CvProfile()
    parsed = _parse_cached(text, reference_year)
    low = fold(text)
    unwrapped = _unwrapped(text)  # folded again only when a line was joined
    licences, unclear = _licences_folded(
        low if unwrapped == text else fold(unwrapped), reference_year
    )
    return CvProfile(
        licences=licences,
        licences_unclear=unclear,
        experience_years=dict(parsed.experience),
        education_level=parsed.education,
        languages=parsed.languages,
        occupations=parsed.occupations,
        education_areas=parsed.education_areas,
    )
