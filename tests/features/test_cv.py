"""CV parsing: periods, licences (with negations), education, languages, occupations; behavioural
tests (minimum functionality, invariance, directional) and the measured quality floors."""

from __future__ import annotations

import json
import random
import statistics
import time
from pathlib import Path

import pytest

from benchmarks.cv_quality import licence_quality, load_lines, whole_cv_quality
from features.cv import CvProfile, education_level, extract_languages, extract_licences, parse_cv
from features.occupations import task_area_scores
from features.vocabulary import LICENCES, TASK_AREAS

YEAR = 2026
DATA = Path(__file__).parent / "data" / "cv_lines.jsonl"
ROWS = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line]

FULL_CV = """Uddannelse:
Folkeskolens 9. klasse, 1995
Uddannet butiksassistent 1998

Erhvervserfaring:
2001-2009 Kassemedarbejder i Netto
03/2019-08/2020 Køkkenmedhjælper, Hotel Comwell
Sommerferiejob i Brugsen 3 somre

Kørekort B. Hygiejnebevis.
Sprog: dansk (modersmål), engelsk (lidt)
Fritidsinteresser: havearbejde og madlavning"""


def years(text: str) -> dict[str, float]:
    return parse_cv(text, YEAR).experience_years


# --- minimum functionality: periods ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "area", "expected"),
    [
        ("Kassemedarbejder i Netto 2001-2009", "shop", 8.0),
        ("Pedel på skole 2015-nu", "janitor", 11.0),
        ("Pedel på skole 2015 - d.d.", "janitor", 11.0),
        ("Rengøringsassistent siden 2018", "cleaning", 8.0),
        ("Har arbejdet som opvasker i 3 år", "kitchen", 3.0),
        ("Fra 2010 til 2012 var jeg ansat som lagermedarbejder", "warehouse", 2.0),
        ("Køkkenmedhjælper i ca. et halvt år", "kitchen", 0.5),
        ("Køkkenmedhjælper 03/2019-08/2020", "kitchen", 1.5),
        ("Kantinemedhjælper marts 2019 - august 2020", "canteen", 1.5),
        ("Chauffør i halvandet år", "transport", 1.5),
        ("Lagermedarbejder, 2½ år", "warehouse", 2.5),
        ("Virksomhedspraktik som pedelmedhjælper i 13 uger", "janitor", 0.25),
        ("Sommerferiejob som opvasker", "kitchen", 0.2),
        # A summer job lasts 0.2 a summer: the summers listed, or the one summer named.
        ("Sommerjob som æbleplukker i 2019, 2020 og 2021", "gardening", 0.6),
        ("Feriejob i Rema 1000 i sommerferierne 2011 og 2012", "shop", 0.4),
        ("Opvasker på en kro ved Vesterhavet, sommeren 2016", "kitchen", 0.2),
        ("Ice cream seller on a beach kiosk, summer 2017", "shop", 0.2),
        ("Postbud 1998-01", "transport", 3.0),
        ("Pædagogmedhjælper i 6 mdr.", "childcare", 0.5),
        # Seasons are points in the year; months of one year count inclusive.
        ("Bilvasker fra sommeren 2018 til sommeren 2020", "cleaning", 2.0),
        ("Pedel fra foråret 2019 til efteråret 2020", "janitor", 1.5),
        ("Rengøringsassistent siden sommeren 2023", "cleaning", 3.0),
        ("Frugtplukker aug.-okt. 2022", "gardening", 0.25),
        ("Kassedame maj til august 2019", "shop", 0.33),
        # Month/year ranges with slashes, also with two-digit years.
        ("Sikkerhedsvagt 03/2016-02/2019", "service", 3.0),
        ("Ordreplukker 04/2021-03/2022", "warehouse", 1.0),
        ("Lagermedarbejder 08/15 - 06/19", "warehouse", 3.92),
        # "siden <år>" runs to the reference year.
        ("Hundelufter siden 2023", "other", 3.0),
        ("Chauffør since 2020", "transport", 6.0),
        # Months abbreviated, number words, English units.
        ("Callcentermedarbejder, 8 mdr", "office", 0.67),
        ("Nyttejob som pedelmedhjælper, 9 mdr.", "janitor", 0.75),
        ("Opvasker 9 mnd.", "kitchen", 0.75),
        ("Flyttemand i et par år", "transport", 2.0),
        ("Kitchen porter in a London restaurant, 2 yrs", "kitchen", 2.0),
        ("Cleaner for three years", "cleaning", 3.0),
        ("Waiter, 6 months", "waiter", 0.5),
        ("Dishwasher 2019-present", "kitchen", 7.0),
        # Dates with a day (the day is not counted) and two years with a slash.
        ("01.03.2017-31.12.2018\tPortør, Hvidovre Hospital", "service", 1.83),
        ("Lagervikar 01.08.2020-31.10.2020", "warehouse", 0.25),
        ("Kantinemedarbejder 2018/2019", "canteen", 1.0),
        ("Kok 2018/19", "kitchen", 1.0),
        ("Greenkeeper assistant, golf club, summers of 2009, 2010 and 2011", "gardening", 0.6),
    ],
)
def test_periods_are_read(text: str, area: str, expected: float) -> None:
    assert years(text).get(area) == pytest.approx(expected, abs=0.01)


def test_job_title_period_and_employer_on_separate_lines_are_joined() -> None:
    assert years("Netto\n2001-2009\nKassemedarbejder") == {"shop": 8.0}
    assert years("Kassemedarbejder, Netto, 2001-2009") == {"shop": 8.0}
    assert years("Rengøring 2001-2003, lager 2004-2010") == {"cleaning": 2.0, "warehouse": 6.0}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a line with a time of its own after a job with its time is the next job, also when
        # its time ends the line and the job before is named only by its workplace
        (
            "Børnehaven Solsikken, 2011-2014\nOpvask, 2014-2016",
            {"childcare": 3.0, "kitchen": 2.0},
        ),
        (
            "Lagermedarbejder, Elgiganten, 2009-2013\n(4 år på fuld tid)",
            {"warehouse": 4.0},
        ),
        # a clause that tells the next job with its own time
        (
            "Jeg var på Burger King i 3 år (køkken) og senere har jeg været chauffør 2020-2022.",
            {"kitchen": 3.0, "transport": 2.0},
        ),
        (
            "Jeg har arbejdet på et plejehjem i 2 år og så har jeg været i Netto 2018-2021.",
            {"care": 2.0, "shop": 3.0},
        ),
        # a "fritidsjob" is a job, a "fritidsklub" a workplace; only "fritid" is leisure
        ("Fritidsjob i SuperBrugsen 2009-2011", {"shop": 2.0}),
        ("Pædagogmedhjælper, Fritidsklubben Ørnen, 2012-2015", {"childcare": 3.0}),
        ("Opvasker 2010-2012. I min fritid spiller jeg håndbold", {"kitchen": 2.0}),
    ],
)
def test_jobs_on_consecutive_lines_keep_their_own_time(
    text: str, expected: dict[str, float]
) -> None:
    assert years(text) == pytest.approx(expected)


def test_a_job_without_time_counts_half_a_year() -> None:
    assert years("Har arbejdet som opvasker på en restaurant") == {"kitchen": 0.5}


@pytest.mark.parametrize(
    "text",
    [
        "Vil gerne arbejde som gartner",
        "Drømmer om at blive pædagogmedhjælper",
        "Ingen erfaring med lagerarbejde",
        "Fritidsinteresser: havearbejde og madlavning",
        "Har været sygemeldt i 2 år",
        "Off sick since 2021 (back pain)",
        "Unemployed since 2019",
        "Kørekort i 10 år",
        "Hygiejnekursus 2019, 2 dage",
    ],
)
def test_wishes_hobbies_negations_and_courses_are_not_experience(text: str) -> None:
    assert years(text) == {}


def test_an_age_is_not_a_duration() -> None:
    assert years("Jeg var 16 år da jeg startede som opvasker") == {"kitchen": 0.5}
    assert years("Cleaner, 25 years old") == {"cleaning": 0.5}


def test_a_title_cut_short_does_not_end_its_sentence() -> None:
    assert years("Slagteriarb. (udbening af skinker), Tican, 03/2019-11/2021") == {
        "production": pytest.approx(2.75)
    }


def test_a_light_task_takes_its_area_from_a_stronger_workplace() -> None:
    # "sortere" alone is warehouse work; at a recycling station it is recycling work.
    text = "Nyttejob på genbrugsstationen, hjalp borgerne med at sortere, 2019-2020"
    assert years(text) == {"other": 1.0}
    assert years("Sortere på lager 2019-2020") == {"warehouse": 1.0}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weak workplace that only says where the work named before it was done
        ("Virksomhedspraktik i kantinen på Regionshospitalet Viborg, 2024", {"canteen": 0.5}),
        ("Arbejdede i køkkenet på et hotel 2010-2012", {"kitchen": 2.0}),
        ("Arbejdede på industrivaskeriet Elis 2019-2021", {"cleaning": 2.0}),
        # alone it still names the job; beside another it is a second job
        ("Arbejdede på hotel 2010-2012", {"service": 2.0}),
        ("Han har arbejdet på en planteskole og i et flyttefirma",
         {"gardening": 0.5, "transport": 0.5}),
    ],
)  # fmt: skip
def test_a_workplace_that_only_says_where_adds_no_area(
    text: str, expected: dict[str, float]
) -> None:
    assert years(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year or a date with "sommer" is no count of summers
        ("Tjener 2019 sommer.", {"waiter": 0.5}),
        ("Tjener i Tivoli, startede sommer 2018, stadig ansat.", {"waiter": 8.0}),
    ],
)
def test_a_summer_named_beside_a_year_counts_no_summers(
    text: str, expected: dict[str, float]
) -> None:
    assert years(text) == pytest.approx(expected)


def test_sick_leave_does_not_lend_its_years_to_the_next_job() -> None:
    assert years("Har været sygemeldt i 2 år. Arbejdede som rengøringsassistent 2010-2015") == {
        "cleaning": 5.0
    }


# --- licences --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kørekort B", {"B"}),
        ("Har kørekort til bil", {"B"}),
        ("B-kørekort og egen bil", {"B"}),
        ("Har kørekort", {"B"}),
        ("Stort kørekort", {"B", "C"}),
        ("Kørekort C", {"B", "C"}),
        ("Lastbilkørekort", {"B", "C"}),
        ("Kørekort: B, C og CE", {"B", "C"}),
        ("Truckcertifikat A+B", {"forklift"}),
        ("Gaffeltruckcertifikat", {"forklift"}),
        ("Truckkort", {"forklift"}),
        ("Hygiejnebevis", {"hygiene"}),
        ("Hygiejnekursus 2021", {"hygiene"}),
        ("Førstehjælpskursus", {"first_aid"}),
        ("Kursus i førstehjælp", {"first_aid"}),
        ("Har ikke kørekort", set()),
        ("Mistet kørekortet i 2020", set()),
        ("Kørekort frakendt", set()),
        ("Kørekortet er frataget", set()),
        ("Kørekort: Nej", set()),
        ("Er ved at tage kørekort", set()),
        ("Kørekort til knallert", set()),
        ("Truckcertifikat (udløbet)", set()),
        ("Har ikke kørekort, men truckcertifikat", {"forklift"}),
        ("Har kørekort B men ikke truckcertifikat", {"B"}),
        ("Lastbilchauffør i Polen, kat. C+E", {"B", "C"}),
        ("Kategori B", {"B"}),
        ("Truckcertifikat kat. B", {"forklift"}),
        ("AMU-kursus i gaffeltruck med certifikat B", {"forklift"}),
        ("Kører taxa, har taxikørekort", {"B"}),
        ("Har erhvervskørekort", {"B"}),
        ("Har en kat og en hund", set()),
        ("Mistede kørekortet i 2019, men har fået det igen", {"B"}),
        # a licence regained counts, one hoped for or denied does not
        ("Kørekort frakendt i 2019, generhvervet i 2021", {"B"}),
        ("Mistede kørekortet i 2016 og har ikke generhvervet det", set()),
        ("Kørekort: B og C – frakendt i 2024, forventer at generhverve det i 2026", set()),
        # a licence not valid here, one never held
        ("Kørekort: har irakisk kørekort, som ikke er gyldigt i Danmark", set()),
        ("Har kørekort fra Syrien, men det gælder ikke i Danmark", set()),
        ("Truckcertifikat: har aldrig haft", set()),
        # a licence withdrawn later in its sentence
        ("Har kørekort, men det er frakendt til 2027", set()),
        ("Kørekort: ja, men inddraget i øjeblikket", set()),
        ("Kørekort B, truckcertifikat udløbet", {"B"}),
        # someone else's, held in the past, in doubt, planned, expired by its date
        ("Min mand har kørekort, så han kan køre mig", set()),
        ("Hans kone har hygiejnebevis; selv har han ingen kurser", set()),
        ("Kørekort: har haft", set()),
        ("Havde truckcertifikat på Carlsberg – ved ikke om jeg stadig har det", set()),
        ("Kørekort: ja, men usikkert om det stadig er gyldigt", set()),
        ("Hygiejnekursus er planlagt i uge 6", set()),
        ("Forklift certificate – currently taking the course", set()),
        ("Truckcertifikat (gyldigt til 2025)", set()),
        ("Førstehjælpsbevis udløb i 2024", set()),
        ("Kørekortet er beslaglagt af politiet; sagen er ikke afgjort", set()),
        ("Truckcertifikat (gyldigt til 2028)", {"forklift"}),
        # withdrawn in the next sentence; to come back; neither; not passed; renewal past
        ("Chauffør på C-kørekort. Kørekortet blev frakendt i 2025.", set()),
        ("Kørekort: B. Mit C kørekort er udløbet i 2019.", {"B"}),
        ("Når hun får kørekortet tilbage i marts, vil hun køre varer", set()),
        ("Han har hverken hygiejnebevis eller truckcertifikat", set()),
        ("Truckcertifikat B, 3 uger – ikke bestået", set()),
        ("Jobcentret har bevilget truckcertifikat, kurset starter i februar", set()),
        ("Førstehjælp (12 timer) – 05.09.2021, fornyes hvert 2. år", set()),
        ("Førstehjælp: gyldig til 03/2026", set()),
        ("Førstehjælp: ?", set()),
        ("Hun har kørekort til computeren", set()),
        ("Han har ansvar for førstehjælpskassen", set()),
        ("Kørekort: [ ] B  [x] C", {"B", "C"}),
        ("Hygiejnebevis: [x] Ja  [ ] Nej", {"hygiene"}),
        ("Truck: ja / ~~nej~~. Hygiejnebevis: ~~ja~~ / nej", set()),
        ("Jeg har korekort B og forste hjælp kursus", {"B", "first_aid"}),
        # what a job asks for, other people's, hearsay, icons, a plan, a moped
        ("Jobbet kræver kørekort B. Det har jeg desværre ikke endnu", set()),
        ("Truckcertifikat er en fordel – det har jeg desværre ikke", set()),
        ("Kæresten har både kørekort og truckcertifikat", set()),
        ("Han har kørekort, siger hans bror, men selv siger han nej", set()),
        ("Hygiejnebevis ✘\nFørstehjælp ✔", {"first_aid"}),
        ("Plan: hygiejnekursus i uge 4 2027", set()),
        ("Har kørekort, men kun til knallert 45", set()),
        ("Politiet har inddraget kørekortet", set()),
        ("Førstehjælp: ja (gyldig til juni 2026)", set()),
        # a table's expiry column; a later correction takes back what it speaks of
        (
            "Kursus | År | Udløber\nFørstehjælp | 2022 | 2024\nHygiejnekursus | 2021 | –",
            {"hygiene"},
        ),
        ("Hustruen har kørekort. Selv har han intet kørekort.", set()),
        ("Har: hygiejnebevis\nMangler: kørekort, truckcertifikat", {"hygiene"}),
        ("Ukrainsk kørekort kategori B og C. Er endnu ikke ombyttet.", set()),
        ("Ansøgning om truckkursus afslået.", set()),
        ("Der stod fejlagtigt, at borger har kørekort.", set()),
        (
            "Borger har hygiejnebevis og truckcertifikat.\nRettelse: truckcertifikatet tilhører "
            "hans bror.",
            {"hygiene"},
        ),
        # boxes, a tractor's "ja", a light truck, slips and a forklift's categories
        ("Kørekort B [x]   Truckcertifikat [ ]   Hygiejnebevis [ ]", {"B"}),
        ("Kørekort: ✓ (B)", {"B"}),
        ("Kørekort: ja (traktor)", set()),
        ("Kørekort: B, C1", {"B"}),
        ("jeg har kørekot B", {"B"}),
        ("Jeg har køre kort B fra 2015", {"B"}),
        ("Kan køre kortere ture", set()),
        ("Hygiejnebevis 2010. Truck A.", {"hygiene", "forklift"}),
        # an abbreviation's full stop ends no sentence
        ("Mistede kørekortet i 2019 pga. spirituskørsel, men har fået det igen i 2021", {"B"}),
        # having no car is not lacking a licence; lacking both is
        ("Kørekort: B (har ingen bil)", {"B"}),
        ("Har kørekort, men ikke egen bil", {"B"}),
        ("Har ingen bil eller kørekort", set()),
        # a first aid course named in a compound
        ("Har gyldigt børneførstehjælpsbevis", {"first_aid"}),
        # English wording, negations included
        ("Driving licence: C", {"B", "C"}),
        ("Driver's license (category B)", {"B"}),
        ("Valid driving licence B and C, but not D", {"B", "C"}),
        ("Driving licence: none", set()),
        ("I do not have a driving license", set()),
        ("Driving licence B (expired)", set()),
        ("First aid certificate, 2021", {"first_aid"}),
        ("No first aid course yet", set()),
        ("Forklift licence A+B", {"forklift"}),
        ("Food hygiene certificate", {"hygiene"}),
        # a licence to regain, a course one is interested in, someone else's in a relative
        # clause, a correction, a course back then, one not renewed or not passed
        (
            "Kørekortet blev frakendt i 3 år i juni 2024. Kan tidligst generhverve kørekortet i"
            " juni 2027.",
            set(),
        ),
        ("Har kørt gaffeltruck uden certifikat. Han er interesseret i AMU-truckkursus.", set()),
        ("Truckcertifikat: ja.\nNB – rettet 2/12: Det er broderen der har truckcertifikat.", set()),
        ("Kørekort B fra 2009 (inkl. færdselsrelateret førstehjælp dengang).", {"B"}),
        ("Førstehjælp (2019, ikke fornyet)", set()),
        ("Deltog i hygiejnekursus, men bestod ikke den afsluttende prøve.", set()),
        # a form's note of its options and a blank answer are none; a question answered is one
        ("Kørekort (B/C/CE/D): ______\nTruckcertifikat (ja/nej): ______", set()),
        ("Kørekort (B/C/CE/D): B", {"B"}),
        ("Har du truckcertifikat? Ja, fra 2018", {"forklift"}),
        ("Har du kørekort? Nej", set()),
        # categories under a heading for licences, "AM" among them, a slip of the word
        (
            "Licences: C+E, forklift (truckcertifikat B), ADR certificate (expired 2023)",
            {"B", "C", "forklift"},
        ),
        ("Kørekortkategorier: AM, A1, B", {"B"}),
        ("Kørrekort: b", {"B"}),
        # a yes/no table: a row ticked under "Har ikke" / "Nej" is none
        ("Bevis            Har   Har ikke\nKørekort B        X\nKørekort C              X", {"B"}),
        ("| Certifikat | Ja | Nej |\n| Kørekort B | x | |\n| Truckcertifikat | | x |", {"B"}),
        # a list of categories ends with its sentence; a licence handed in; a wished-for one
        ("Kørekort: B. C-kørekortet udløb i 2019 og er ikke fornyet.", {"B"}),
        ("Kørekort: B. C og E afleveret 2014 af helbredsmæssige grunde.", {"B"}),
        # a crane's category, a course begun and not finished, a requirement in English
        ("Certifikater: Gaffeltruck (kat. B) 2016 · Kran (kat. D) 2016", {"forklift"}),
        ("Hygiejnekursus påbegyndt 30.11.2026, men borger udeblev dag 2.", set()),
        ("The placement requires a food hygiene certificate and first aid.", set()),
        # boxes before their items; a table with a column after its "Har ikke" column
        ("☐ Kørekort  ☑ Ingen kørekort\n☐ Truckcertifikat\n☑ Hygiejnebevis", {"hygiene"}),
        ("[x] Kørekort B\n[ ] Kørekort C/CE\n[x] Truckcertifikat\n[ ] Førstehjælp",
         {"B", "forklift"}),
        ("Certifikat        Har   Har ikke   Årstal\nKørekort B        x                2011\n"
         "Truckcertifikat         x", {"B"}),
        # boxes and blanks after the licence; a form's answers with their boxes after them
        ("Kørekort B [ ]", set()),
        ("Kørekort B □  Truckcertifikat: Ja [ ] Nej [X]", set()),
        ("Har du truckcertifikat? [x] Ja  [ ] Nej", {"forklift"}),
        ("Kørekort: B ___ C ___ Truck ___", set()),
        ("Kørekort B ........ Nej", set()),
        # a line broken inside a sentence; moped and tractor categories
        ("Borgeren har ikke\nkørekort, og bussen til Vejle er besværlig.", set()),
        ("Kørrekort: b\ntruk certifikat: ja\nhygienebevis: nej", {"B", "forklift"}),
        ("Kørekort kategorier: AM, A2", set()),
        ("Kørekort: Stor knallert", set()),
        ("Kørekort kategori T (traktor)", set()),
        ("Har C1-kørekort (lastbil op til 7.500 kg) samt almindeligt B.", {"B"}),
        # a table's row ticked in neither the "Har" column nor the other
        ("Kategori | Har | Ønsker\nKørekort B | x |\nTruck |  | x\nFørstehjælp |  |", {"B"}),
        ("", set()),
    ],
)  # fmt: skip
def test_licences(text: str, expected: set[str]) -> None:
    got = extract_licences(text, YEAR)
    assert got == expected
    assert got <= set(LICENCES)
    assert parse_cv(text, YEAR).licences == got


@pytest.mark.parametrize(
    ("text", "held", "unclear"),
    [
        ("Kørekort: B", {"B"}, set()),
        ("Har kørekort B og truckcertifikat.", {"B", "forklift"}, set()),
        ("Har kørekort B, men ingen bil.", {"B"}, {"B"}),
        (
            "Kørekort B. Har truckcertifikat, men kører sjældent truck.",
            {"B", "forklift"},
            {"forklift"},
        ),
        # a plain statement elsewhere in the CV makes it clear
        ("Har kørekort, men kører sjældent.\nKørekort: B", {"B"}, set()),
        # all but one expired, said before or after the list
        (
            "Alle certifikater undtagen hygiejnebevis er udløbet. Hygiejnebevis 2025. "
            "Truckcertifikat 2015.",
            {"hygiene", "forklift"},
            {"hygiene", "forklift"},
        ),
        (
            "Certifikater: truckcertifikat, førstehjælp. Begge er forældede.",
            {"forklift", "first_aid"},
            {"forklift", "first_aid"},
        ),
        # a first aid course dated longer ago than its two years of validity
        (
            "Kurser: Førstehjælp (2018), Hygiejnekursus (2024, bevis udstedt).",
            {"first_aid", "hygiene"},
            {"first_aid"},
        ),
        ("2014 Førstehjælp 12 timer, Dansk Røde Kors", {"first_aid"}, {"first_aid"}),
        ("Førstehjælpskursus 2024", {"first_aid"}, set()),
        ("Førstehjælpsbevis. Truckcertifikat 2010.", {"first_aid", "forklift"}, set()),
        # the next sentence speaks of a licence named before it
        ("Kørekort B og C. C-kørekortet er ikke fornyet siden 2019.", {"B", "C"}, {"B", "C"}),
        # held in one note, not in a later one; a course just begun
        (
            "12.10: Borger oplyser at have truckcertifikat.\n19.10: Har IKKE truckcertifikat.",
            {"forklift"},
            {"forklift"},
        ),
        ("Kørekort: B\nHar ikke stort kørekort.", {"B"}, set()),
        (
            "Er startet på truckcertifikat i mandags. Har kørekort B.",
            {"B", "forklift"},
            {"forklift"},
        ),
        # a licence from abroad, unless exchanged
        ("I have a driving licence from Ukraine (category B).", {"B"}, {"B"}),
        ("Har syrisk kørekort.", {"B"}, {"B"}),
        ("Syrisk kørekort ombyttet til dansk kørekort B i 2022.", {"B"}, set()),
        ("Kørekort: polsk B", {"B"}, {"B"}),
        ("Kørekort: ukrainske B og C", {"B", "C"}, {"B", "C"}),
        ("Kørekort (rumænsk): B", {"B"}, {"B"}),
        ("Kørekort B (litauisk)", {"B"}, {"B"}),
        ("Kørekort: dansk B", {"B"}, set()),
        ("Kørekort: B (elektronisk)", {"B"}, set()),
        ("Kørekort B fra 2015 og truckcertifikat fra AMU.", {"B", "forklift"}, set()),
        # a status under the licence, after it or in its footnote
        ("Kørekort: B\nStatus: frakendt", {"B"}, {"B"}),
        ("Truckcertifikat\nUdstedt: 2015\nUdløbet: 2020", {"forklift"}, {"forklift"}),
        ("Kørekort B. Obs. frakendt", {"B"}, {"B"}),
        ("Kørekort B*\n\n*frakendt til 2027", {"B"}, {"B"}),
        ("Kørekort: B\nSprog: dansk, engelsk", {"B"}, set()),
        ("Truckcertifikat. Intet kørekort.", {"forklift"}, set()),
        # pending, dropped, someone else's, a requirement, a heading without a colon
        ("Hygiejnebevis: på venteliste", {"hygiene"}, {"hygiene"}),
        ("Truckcertifikat (afbrudt)", {"forklift"}, {"forklift"}),
        ("Sagsbehandleren har kørekort og kan køre borgeren.", {"B"}, {"B"}),
        ("Stillingen forudsætter truckcertifikat.", {"forklift"}, {"forklift"}),
        ("Praktikstedets krav\nKørekort B\nTruckcertifikat", {"B", "forklift"}, {"B", "forklift"}),
    ],
)
def test_licences_read_only_from_prose_are_unclear(
    text: str, held: set[str], unclear: set[str]
) -> None:
    cv = parse_cv(text, YEAR)
    assert (set(cv.licences), set(cv.licences_unclear)) == (held, unclear)


# --- education and languages -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("", 0),
        ("Ingen uddannelse", 0),
        ("Folkeskolens 9. klasse", 1),
        ("Ingen uddannelse ud over folkeskolen", 1),
        ("Uddannet butiksassistent 1998", 2),
        ("Faglært smed", 2),
        ("Student fra 2004 (stx)", 2),
        ("HF-eksamen 2010", 2),
        ("Påbegyndt HF, men stoppede efter et år", 1),
        ("Uddannelse:\n2005-2008 Social- og sundhedshjælper", 2),
        ("Uddannet pædagog fra UC Lillebælt", 3),
        ("Professionsbachelor i ernæring og sundhed", 3),
        ("Uddannet sygeplejerske i Iran", 3),
        ("Kandidat i økonomi fra Damaskus Universitet", 4),
        ("Master i offentlig ledelse", 4),
        ("Pædagogmedhjælper i 5 år", 0),
        ("Arbejdet som folkeskolelærer", 0),
    ],
)
def test_education_level(text: str, level: int) -> None:
    assert education_level(text) == level
    assert parse_cv(text, YEAR).education_level == level


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sprog: Dansk (godt), engelsk og arabisk (modersmål).", ("dansk", "engelsk", "arabisk")),
        ("Taler tyrkisk og lidt dansk", ("tyrkisk", "dansk")),
        ("Har bestået Prøve i Dansk 3", ("dansk",)),
        ("Engelskkundskaber: gode", ("engelsk",)),
        ("Taler dansk, men ikke engelsk", ("dansk",)),
        ("Dansk statsborger. Har dansk kørekort.", ()),
        ("Modersmål: somali", ("somali",)),
    ],
)
def test_languages(text: str, expected: tuple[str, ...]) -> None:
    assert extract_languages(text) == expected


# --- the whole CV ----------------------------------------------------------------------------


def test_full_cv() -> None:
    p = parse_cv(FULL_CV, YEAR)
    assert p.licences == {"B", "hygiene"}
    assert p.experience_years == {"shop": pytest.approx(8.6), "kitchen": pytest.approx(1.5)}
    assert p.education_level == 2
    assert p.languages == ("dansk", "engelsk")
    assert p.occupations[0].code == "5230.1"  # 8 years as kassemedarbejder
    codes = {o.code for o in p.occupations}
    assert "9412.1" in codes  # køkkenmedhjælper
    assert "9214.1" not in codes  # havearbejde is a hobby here
    assert all(o.task_area in TASK_AREAS for o in p.occupations)


def test_empty_cv() -> None:
    assert parse_cv(None, YEAR) == CvProfile()
    assert parse_cv("   ", YEAR) == CvProfile()


# --- behavioural: invariance and direction ---------------------------------------------------


def _summary(p: CvProfile) -> tuple[object, ...]:
    return (
        p.licences,
        p.experience_years,
        p.education_level,
        p.languages,
        [o.code for o in p.occupations],
    )


def test_case_and_ascii_spelling_do_not_change_the_profile() -> None:
    base = _summary(parse_cv(FULL_CV, YEAR))
    ascii_cv = FULL_CV.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    assert _summary(parse_cv(FULL_CV.lower(), YEAR)) == base
    assert _summary(parse_cv(ascii_cv, YEAR)) == base


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Lagermedarbejder 2010-2014", "Lagermedarbejderjob 2010-2014"),
        ("Rengøringsassistent 2010-2014", "Rengøringsassistenten 2010-2014"),
        ("Kassedame i Netto 2010-2014", "Kassemedarbejder i Netto 2010-2014"),
        ("Lagermedarbejder 2010-2014", "Lagerarbejder 2010 - 2014"),
    ],
)
def test_synonyms_and_inflection_keep_top_area_and_years(a: str, b: str) -> None:
    assert years(a) == years(b)


@pytest.mark.parametrize(
    "cv",
    [
        FULL_CV,
        "Lagermedarbejder hos PostNord 2010-2012.",
        "Kok i 10 år. Har ikke kørekort.",
        "Pædagogmedhjælper i børnehave. Sprog: dansk og arabisk.",
    ],
)
def test_adding_a_forklift_certificate_adds_forklift_and_never_lowers_warehouse(cv: str) -> None:
    before = parse_cv(cv, YEAR)
    after = parse_cv(cv + "\nTruckcertifikat.", YEAR)
    assert after.licences == before.licences | {"forklift"}
    assert after.experience_years == before.experience_years
    assert task_area_scores(cv + "\nTruckcertifikat.").get("warehouse", 0.0) >= (
        task_area_scores(cv).get("warehouse", 0.0)
    )


def test_adding_a_negation_removes_the_licence() -> None:
    assert "B" in parse_cv("Kok i 10 år. Kørekort B.", YEAR).licences
    assert "B" not in parse_cv("Kok i 10 år. Kørekort B frakendt.", YEAR).licences


def test_more_years_never_lower_experience() -> None:
    short = years("Rengøringsassistent 2015-2017")["cleaning"]
    long = years("Rengøringsassistent 2010-2017")["cleaning"]
    assert long > short


# --- measured quality floors (see benchmarks/cv_quality.py) ----------------------------------


def test_whole_cv_floors() -> None:
    """40 whole CVs labelled blind (benchmarks/cv_quality.py): every area within 0.05 years in
    32 of 40, mean absolute error 0.10 years per area, areas P 0.970 / R 0.970, licence
    precision 1.000 / recall 0.982 (before the round of the second blind set: 28 of 40, 0.29,
    P 0.969 / R 0.940; before a job sought was a wish, commas in parentheses kept a job whole,
    guards were known and the workplace chose between a packing or food task's areas: 22 of 40,
    0.52; before one job credited one area: 20 of 40, 0.66); the floors sit a little below."""
    rows = load_lines(DATA.with_name("cv_whole.jsonl"))
    q = whole_cv_quality(rows)
    assert len(rows) == 40
    assert q["exact"] >= 0.75
    assert q["mean_abs_error"] <= 0.15
    assert q["area_precision"] >= 0.95 and q["area_recall"] >= 0.95
    assert q["licence_precision"] == 1.0 and q["licence_recall"] >= 0.97


def test_second_whole_cv_set_floors() -> None:
    """40 more whole CVs by another blind writer: 27 of 40 every area within 0.05 years before
    the round they prompted (0.76 years mean error), 40 of 40 after it; the floors sit below."""
    rows = load_lines(DATA.with_name("cv_whole2.jsonl"))
    q = whole_cv_quality(rows)
    assert len(rows) == 40
    assert q["exact"] >= 0.95
    assert q["mean_abs_error"] <= 0.05
    assert q["area_precision"] >= 0.98 and q["area_recall"] >= 0.98
    assert q["licence_precision"] == 1.0 and q["licence_recall"] >= 0.98


@pytest.mark.parametrize(
    ("name", "recall", "wrong"),
    [("cv_licences", 0.85, 0), ("cv_licences2", 0.78, 0), ("cv_licences3", 0.83, 0),
     ("cv_licences4", 0.89, 5), ("cv_licences5", 0.95, 3), ("cv_licences6", 0.94, 9),
     ("cv_licences7", 0.89, 6), ("cv_licences8", 0.93, 13), ("cv_licences9", 0.84, 6),
     ("cv_licences10", 0.86, 7)],
)  # fmt: skip
def test_licence_statements_never_claim_a_licence_not_held(
    name: str, recall: float, wrong: int
) -> None:
    """Ten sets of 100 licence statements by blind writers (benchmarks/cv_quality.py): 17,
    18, 28, 13, 12, 12, 10, 14, 8 and 10 licences claimed that were not held before the rounds
    they prompted, none after the first three, and in the last seven 5, 3, 9, 6, 13, 6 and 7,
    all of them read from prose and so only left to confirm (``licences_unclear``). A licence claimed as plain evidence lets a seat
    that requires it be proposed as ok, so that count is held at 0."""
    q = licence_quality(load_lines(DATA.with_name(f"{name}.jsonl")))
    assert q["n"] == 100
    assert q["false_plain"] == 0
    assert q["false_licences"] <= wrong
    assert q["recall"] >= recall


def test_third_whole_cv_set_floors() -> None:
    """40 whole CVs by a third blind writer: 27 of 40 every area within 0.05 years and licence
    precision 0.914 before the round they prompted, 39 of 40 and 1.000 after it."""
    rows = load_lines(DATA.with_name("cv_whole3.jsonl"))
    q = whole_cv_quality(rows)
    assert len(rows) == 40
    assert q["exact"] >= 0.95
    assert q["mean_abs_error"] <= 0.05
    assert q["area_precision"] >= 0.98 and q["area_recall"] >= 0.98
    assert q["licence_precision"] == 1.0 and q["licence_recall"] >= 0.98


def test_the_licence_review_claims_no_more_licences_plainly() -> None:
    """220 licence statements written by a reviewer who ran the reader (never its code) to
    make it claim a licence not held (benchmarks/cv_quality.py): 58 claimed one as plain
    evidence on the code they reviewed, b46d492. What a plain claim must survive since then
    (the sentence after it when it refers back, the heading above it, words of plans,
    templates and records, a text that says a licence was noted wrongly or is someone else's)
    and a table's "Har ikke" column read), all but one certificate said to have expired, and a
    first aid course dated longer ago than its validity leaves none. The count may fall, never
    rise."""
    rows = load_lines(DATA.with_name("cv_licence_attacks.jsonl"))
    assert len(rows) == 220
    plain = []
    for r in rows:
        cv = parse_cv(r["text"], YEAR)
        if set(cv.licences) - set(r["licences"]) - set(cv.licences_unclear):
            plain.append(r["text"])
    assert not plain, plain


def test_the_second_licence_review_claims_no_more_licences_plainly() -> None:
    """222 licence notes by a second reviewer who ran the reader (never its code): 164 claimed
    a licence as plain evidence after the seventh blind set's round (a status on the line
    under the licence or in a footnote, a line broken inside a sentence, pending or dropped
    courses in words the reader did not know, staff and friends holding licences, empty boxes
    after the licence, moped and tractor categories, requirements). 9 still do: foreign
    certificates other than a driving licence, an OCR-damaged box, a blank line between a
    licence and its status, a Polish sentence. The count may fall, never rise."""
    rows = load_lines(DATA.with_name("cv_licence_attacks2.jsonl"))
    assert len(rows) == 222
    plain = []
    for r in rows:
        cv = parse_cv(r["text"], YEAR)
        if set(cv.licences) - set(r["licences"]) - set(cv.licences_unclear):
            plain.append(r["text"])
    assert len(plain) <= 9, plain


def test_the_years_review_misreads_no_more_cvs() -> None:
    """163 CVs written by a reviewer who ran the reader (never its code) to make it misread a
    job's years by two or more (benchmarks/cv_quality.py): 75 did on the code they reviewed
    (start and end in separate fields or table cells, "siden" a stay or a marriage, someone
    else's job, totals added to their parts, "Januar 2016 - December 2019" cut at its dash,
    "siden" an education). 17 still do: two-digit years, "2 år hvert sted", a job in a second
    language's word order, a workplace inside another. The count may fall, never rise."""
    rows = load_lines(DATA.with_name("cv_years_attacks.jsonl"))
    assert len(rows) == 163
    wrong = []
    for r in rows:
        got = parse_cv(r["text"], YEAR).experience_years
        areas = set(got) | set(r["years"])
        if any(abs(got.get(a, 0.0) - r["years"].get(a, 0.0)) >= 2 for a in areas):
            wrong.append(r["text"])
    assert len(wrong) <= 17, wrong


def test_fourth_whole_cv_set_floors() -> None:
    """40 whole CVs by a fourth blind writer: 20 of 40 every area within 0.05 years, 1.55 years
    mean absolute error per area and licence precision 0.980 before the round they prompted
    (an age after a name read as years of work, a canteen at a school read as schooling, a
    wish's "gerne ..." read as a job, English titles), 26 of 40, 0.53 and 1.000 after it. Most
    of what is left is the writer's judgement of a job's area (a kitchen leader in a canteen,
    a filling station)."""
    rows = load_lines(DATA.with_name("cv_whole4.jsonl"))
    q = whole_cv_quality(rows)
    assert len(rows) == 40
    assert q["exact"] >= 0.65
    assert q["mean_abs_error"] <= 0.6
    assert q["area_precision"] >= 0.95 and q["area_recall"] >= 0.95
    assert q["licence_precision"] == 1.0 and q["licence_recall"] >= 0.98


def test_fifth_whole_cv_set_floors() -> None:
    """40 ordinary whole CVs by a fifth blind writer (Jobnet exports, caseworker summaries,
    first-person and English CVs, long careers), scored on the session's first code, efe351d:
    13 of 40 every area within 0.05 years and 3.00 years mean absolute error per area; 16 of
    40 and 2.13 after the round of the fourth set, before this one's. Its own round (ages in
    a list or an "Alder:" field, a certificate's year of issue read as years of work, "mdr."
    ending a sentence, "X (2005-2012) og som Y", "og jeg har arbejdet", English childcare
    titles) took it to 21 of 40 and 0.40 years."""
    rows = load_lines(DATA.with_name("cv_whole5.jsonl"))
    q = whole_cv_quality(rows)
    assert len(rows) == 40
    assert q["exact"] >= 0.5
    assert q["mean_abs_error"] <= 0.45
    assert q["area_precision"] >= 0.95 and q["area_recall"] >= 0.92
    assert q["licence_precision"] == 1.0 and q["licence_recall"] >= 0.96


def test_sixth_whole_cv_set_floors() -> None:
    """40 ordinary whole CVs by a sixth blind writer (temp agencies, self-employment, seasonal
    work, Jobnet exports), scored after this session's rounds (on 69b6004): 12 of 40 every area
    within 0.05 years, 0.86 years mean absolute error per area (12 and 0.88 on efe351d), areas
    P 0.875 / R 0.955, licence precision 0.944 (a C-kørekort "udløb i 2019" and "C og E
    afleveret" read as held, a forklift course wished for under "Ønsker:"). After its round
    (an education named as the time after it, "efter endt uddannelse", no longer drops the job;
    a certificate's "ja, fra 2010" is no job range, a duty in brackets or a Jobnet block's
    line of duties is no job of its own): 14 of 40, 0.60 years, licence precision 0.971, the
    two wished-for forklift certificates only left to confirm. What is left is mostly one job
    credited to two areas by its duties ("kørsel og regnskab") and the writer's areas."""
    rows = load_lines(DATA.with_name("cv_whole6.jsonl"))
    q = whole_cv_quality(rows)
    assert len(rows) == 40
    assert q["exact"] >= 0.35
    assert q["mean_abs_error"] <= 0.65
    assert q["area_precision"] >= 0.89 and q["area_recall"] >= 0.95
    assert q["licence_precision"] >= 0.97 and q["licence_recall"] >= 0.98


def test_seventh_whole_cv_set_floors() -> None:
    """40 CVs by a seventh blind writer, scored on this session's start (739db6d): 12 of 40
    every area within 0.05 years, 2.45 years mean absolute error (ages read as work: "kvinde 50
    år", "mand på 45 år"; headings the reader did not know left the jobs in the section before,
    "Arbejds erfaring:" under "Sprog:", "Arbejde i Ukraine:" under "Uddannelse:"), areas P
    0.793 / R 0.880. After its round (ages after a person word, unknown heading lines end a
    section, "se ovenfor"/"nævnt igen" add no time, a range inside another counts once,
    hand-wrapped prose joined, an indented line under a dated job is its duties): 16 of 40,
    0.82 years, P 0.840 / R 0.952 (0.79 years after the next two sets' rounds). Left: the writer's
    areas (a klejnsmed as production, "Servicemedarbejder" as janitor or service), month
    counting of open and two-digit ranges."""
    rows = load_lines(DATA.with_name("cv_whole7.jsonl"))
    q = whole_cv_quality(rows)
    assert len(rows) == 40
    assert q["exact"] >= 0.4
    assert q["mean_abs_error"] <= 0.8
    assert q["area_precision"] >= 0.84 and q["area_recall"] >= 0.95
    assert q["licence_recall"] == 1.0


def test_eighth_whole_cv_set_floors() -> None:
    """40 CVs by an eighth blind writer, scored after the seventh set's first round (21fba0a):
    17 of 40 every area within 0.05 years, 0.91 years mean absolute error (1.27 on this
    session's start), areas P 0.891 / R 0.916. After its round ("Om mig" sums up, bilingual
    headings, a word hyphenated at the end of a line, "i 5 år fra 2010" lasts five years, "i
    mange år (1990-2005)" the range's, "med min mand" is the citizen's own work): 22 of 40,
    0.46 years; 23 of 40, 0.40 years since a "Fra Til" table's dates need no dash between
    them. Left: the writer's areas."""
    rows = load_lines(DATA.with_name("cv_whole8.jsonl"))
    q = whole_cv_quality(rows)
    assert len(rows) == 40
    assert q["exact"] >= 0.575
    assert q["mean_abs_error"] <= 0.41
    assert q["area_precision"] >= 0.89 and q["area_recall"] >= 0.91


def test_ninth_whole_cv_set_floors() -> None:
    """40 CVs by a ninth blind writer, scored after the eighth set's round (fd29d0a): 15 of 40
    every area within 0.05 years, 1.19 years mean absolute error (1.37 on this session's
    start), areas P 0.948 / R 0.965. After its round (a start or a length told again within a
    range of its sentence: "fra 1990 til 2012 ..., og fra 1998 som social- og
    sundhedshjælper", "i godt 20 år, fra 1995 til 2015"; "2012 2018" and "09/2020 03/2022" as
    ranges; a range broken over two lines; "arbejds erfaring" as a heading; a vague "mange år"
    beside an exact time of its sentence): 21 of 40, 0.82 years. Left: jobs inside a job ("de første tre år som stuepige og de sidste to år i
    receptionen"), a misspelt licence line, the writer's areas."""
    rows = load_lines(DATA.with_name("cv_whole9.jsonl"))
    q = whole_cv_quality(rows)
    assert len(rows) == 40
    assert q["exact"] >= 0.525
    assert q["mean_abs_error"] <= 0.83
    assert q["area_precision"] >= 0.94 and q["area_recall"] >= 0.97


def test_tenth_whole_cv_set_floors() -> None:
    """40 CVs by a tenth blind writer (other systems' CVs, young people, long careers, jobs
    abroad, case-file extracts with the CV pasted below or corrected), scored after every
    round above (b84fbb4): 7 of 40 every area within 0.05 years, 0.87 years mean absolute
    error (1.06 on this session's start), areas P 0.881 / R 0.941. After its round ("ude af
    arbejdsmarkedet siden 2020" is no work; a job told again with the same dates, under a
    firm's old and new name, counts once): 8 of 40, 0.67 years. Left: corrections ("Perioden
    rettes til 2017-2020") counted beside what they correct, a summary's words for the jobs
    below it, and this writer's end months (half a year apart from the reader's on open
    ranges)."""
    rows = load_lines(DATA.with_name("cv_whole10.jsonl"))
    q = whole_cv_quality(rows)
    assert len(rows) == 40
    assert q["exact"] >= 0.2
    assert q["mean_abs_error"] <= 0.67
    assert q["area_precision"] >= 0.88 and q["area_recall"] >= 0.94


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # no work since a year; the same job under a firm's old and new name (the tenth set)
        ("Erfaren i kasse. Har været ude af arbejdsmarkedet siden 2020.", {}),
        (
            "Natportier, Kongensgaard Hotel\n   september 2012 – november 2017\n"
            "Natportier, Hotel Kongensgaard (skiftede navn i 2015)\n   september 2012 – november 2017",
            {"service": 5.25},
        ),
        # a start or a length told again within a range of the sentence (the ninth set)
        (
            "Hun arbejdede fra 1990 til 2012 på Plejecentret, først som ufaglært "
            "plejemedhjælper og fra 1998 som social- og sundhedshjælper.",
            {"care": 22.0},
        ),
        (
            "Har kørt lastbil i godt 20 år, fra 1995 til 2015, primært kølekørsel.",
            {"transport": 20.0},
        ),
        ("Pedel 2000-2005, derefter chauffør i 5 år", {"janitor": 5.0, "transport": 5.0}),
        ("Jeg har arbejdet mange år med mennesker og var hjemmehjælper i 15 år.", {"care": 15.0}),
        # two years with a space between them, a range over two lines
        ("jeg har gjort rent på en skole 2012 2018", {"cleaning": 6.0}),
        ("Han har arbejdet i svinestalde: fra 2016 til\n2020 ved Toftlund", {"other": 4.0}),
        (
            "sprog dansk\narbejds erfaring\n2011 2014 montage på vindmøllefabrik",
            {"production": 3.0},
        ),
        # a summary under "Om mig" restates a dated job, a length ends what "fra" began
        (
            "2016-2022 Truckfører, Salling Group\nOm mig\nJeg har arbejdet som truckfører i seks år.",
            {"warehouse": 6.0},
        ),
        ("Vicevært i en andelsboligforening i 5 år fra 2010", {"janitor": 5.0}),
        ("Kontorassistent i mange år (1990-2005)", {"office": 15.0}),
        ("Bogholder i eget firma med min mand 2005 til 2018", {"office": 13.0}),
        ("Arbejdede som produktionsmedarbej-\nder på mejeriet 1992-2014", {"production": 22.0}),
        ("EDUCATION / Uddannelse\n2004 – 2008 Technical school (auto mechanic)", {}),
        # a table's "Fra" and "Til" columns with only spaces between the dates
        ("jan. 2022    okt. 2024    Kantinemedarbejder    Kantinen", {"canteen": 2.83}),
        # a person's age after a person word (the seventh whole-CV set)
        ("Borger, kvinde 50 år, har i 15 år arbejdet som kassedame.", {"shop": 15.0}),
        # a sentence that points back adds no time; a range inside another is part of it
        (
            "Lager 2010-2014, Bilka.\nHar også været lagermand (2010-2014), se ovenfor.",
            {"warehouse": 4.0},
        ),
        ("Frisør 1999–2008 (elevtiden 1999–2002 er med)", {"other": 9.0}),
        # a heading the table does not hold ends the section before it
        ("Sprog: dansk\nArbejds erfaring:\n- 2012-2014 rengøring på skole", {"cleaning": 2.0}),
        (
            "Uddannelse: Økonom 2004\nArbejde i Ukraine:\nKasserer i supermarked 2015-2022",
            {"shop": 7.0},
        ),
        # an indented line under a dated job is its duties, not jobs of their own
        (
            "2015-18  Servicemedarbejder, Boligselskabet\n"
            "         Trappevask, affaldshåndtering, græsslåning.",
            {"service": 3.0},
        ),
        # prose wrapped by hand goes on after the line break
        (
            "Han har arbejdet i et callcenter i fire år og derefter som receptionist i et firma\n"
            "i to et halvt år.",
            {"office": 6.5},
        ),
        # an age is no duration, a range restated in parentheses counts once
        ("Jeg hedder Jannik og er 41 år. Genbrugsplads 2014-2020.", {"other": 6.0}),
        # ... nor is an age after a name, while a job's own time after a comma still counts
        ("Mohammed, 34 år. Har arbejdet som pizzabager.", {"kitchen": 0.5}),
        ("Hej, jeg er Sofie, 27 år. Jeg har været tjener.", {"waiter": 0.5}),
        ("Jeg maler huse i Polen, inde og ude, 10 år", {"maintenance": 10.0}),
        ("Lagermedarbejder\nHansen ApS, 20 år", {"warehouse": 20.0}),
        # a canteen at a school is a workplace
        ("Køkkenhjælper, kantinen på Fredericia Gymnasium, 2019-2021", {"kitchen": 2.0}),
        # what would be best is a wish
        ("Hun drømmer om børneområdet, gerne i en vuggestue i få timer om ugen.", {}),
        # a sentence with its own time after one about an education's praktik is a job
        (
            "Hun var i praktik i en børnehave som en del af uddannelsen.\nVia jobcentret har hun"
            " været i virksomhedspraktik i en Normal-butik i 2 måneder.",
            {"shop": 0.17},
        ),
        # one summer, a scaffolder
        ("Jordbærplukker en sommer", {"gardening": 0.2}),
        # a Jobnet block's line of duties belongs to its job when one of them is the job's own
        (
            "Landbrugsmedhjælper\nKvægbrug ved Tarm\n2003 - 2012\nMalkning, fodring, vedligehold"
            " af stalde.\n\nRengøringsassistent\nHotel Tarm\n2013 - 2020\nRengøring af værelser.",
            {"other": 9.0, "cleaning": 7.0},
        ),
        # a duty in brackets after the title is no second job
        ("Kantinemedhjælper (opvask, rengøring) 2015-2018", {"canteen": 3.0}),
        ("Production worker (packing line), Nordic Sugar, 2019-2023", {"production": 4.0}),
        (
            "Stilladsarbejder 2005-2008.\nLagerarbejder, Bilka-lageret, 2010.",
            {"maintenance": 3.0, "warehouse": 0.5},
        ),
        # start and end apart: fields, table cells, words; month names; open ends
        ("Lagermedarbejder, Bilka\nStart: 2014\nSlut: 2017", {"warehouse": 3.0}),
        ("Startår | Slutår | Stilling\n1999 | 2010 | Syerske, Brandtex", {"production": 11.0}),
        ("Jeg startede som rengøringsassistent i 2008 og sluttede i 2011.", {"cleaning": 3.0}),
        ("Mellem 2006 og 2014 arbejdede jeg på en fabrik.", {"production": 8.0}),
        ("Lagermedarbejder\nSalling Group A/S\nJanuar 2016 - December 2019", {"warehouse": 4.0}),
        ("1. august 2010 – 31. juli 2016: Pædagogmedhjælper", {"childcare": 6.0}),
        ("September 2010 to June 2018 – Office assistant, Maersk", {"office": 7.83}),
        ("Kok (2015 - ) Restaurant Höst", {"kitchen": 11.0}),
        ("2017 og frem: Chauffør hos GLS", {"transport": 9.0}),
        # a stay, a marriage, a pension, someone else's job: no job's time
        (
            "Har været i Danmark siden 1999 og har arbejdet som rengøringsassistent.",
            {"cleaning": 0.5},
        ),
        (
            "Min kone har arbejdet som rengøringsassistent i 15 år. Jeg har været pizzabager i 3"
            " år.",
            {"kitchen": 3.0},
        ),
        ("Jeg og min mand drev en pizzeria 2005-2015", {"kitchen": 10.0}),
        # a total is not added to its parts; "siden" an education
        ("Tidligere 4 år i Føtex og 3 år i Netto, i alt 7 år i detailhandlen.", {"shop": 7.0}),
        ("Uddannet kok i 2003 og har siden arbejdet som kok.", {"kitchen": 23.0}),
        ("Bartender 2017-2019, Café Guldkroen (ved siden af postjobbet)", {"waiter": 2.0}),
        (
            "Jeg har ingen erfaring med lagerarbejde, men har 4 år som kassemedarbejder.",
            {"shop": 4.0},
        ),
        ("Sommerafløser på plejehjem hver sommer 2015-2022.", {"care": 1.6}),
        ("Efter endt uddannelse ansat i hjemmeplejen i Odense Kommune 1998-2012.", {"care": 14.0}),
        # a pension is time out of work; a dog kennel ("hundepension") is a workplace
        ("Arbejdede som chauffør. Har været på førtidspension siden 2010.", {"transport": 0.5}),
        (
            "Hundepension: fodring, luftning og rengøring af hundegårde, deltid 3 år",
            {"other": 3.0, "cleaning": 3.0},
        ),
        ("Hygiejnebevis: ja, fra 2010 da jeg åbnede grillen.", {}),
        # ages in a list or a field; a certificate's year of issue
        (
            "Borger (Fatima, 44 år, Esbjerg) har arbejdet som rengøringsassistent i 4 år.",
            {"cleaning": 4.0},
        ),
        (
            "Navn: Karina Lund\nAlder: 44 år\nStillingsbetegnelse: Kontorassistent\n"
            "Arbejdsgiver: Viborg Fjernvarme\nPeriode: 2021-nu",
            {"office": 5.0},
        ),
        ("Tjener, 20 år, Hotel Royal", {"waiter": 20.0}),
        ("Hygiejnebevis fra 1999 (fra fiskeindustrien).", {}),
        ("Hygiejnebevis siden 2001, kok på Hotel X siden 2005", {"kitchen": 21.0}),
        # "mdr." before a capital ends a sentence; "(period) og som", "og jeg har arbejdet"
        (
            "Rengøring på Esbjerg Havn i 6 mdr. I Somalia var han lastbilchauffør i ca. 10 år.",
            {"cleaning": 0.5, "transport": 10.0},
        ),
        (
            "Ekspedient i familiens butik (2005-2012) og som opvasker på Golf Hotel (2019-2021).",
            {"shop": 7.0, "kitchen": 2.0},
        ),
        (
            "Jeg tog sosu-uddannelse 1997-1999 og jeg har arbejdet på plejehjem som sosu-hjælper"
            " fra 1999 til 2017.",
            {"care": 18.0},
        ),
        ("Fra 1988 til 2004 var han fodermester på en svinefarm (16 år).", {"other": 16.0}),
        # a school named as the workplace is no schooling
        ("Pedelmedhjælper på Taastrup Gymnasium i 3 år.", {"janitor": 3.0}),
        # an education and a job in one sentence
        ("Er uddannet elektriker og arbejdede som elektriker 2001-2009.", {"maintenance": 8.0}),
        # a region is no employer: "Salling" is a part of Jutland as well as a department store
        ("Arbejdede på en møbelfabrik i Salling fra 2010 til 2019.", {"production": 9.0}),
    ],
)
def test_years_of_whole_cv_phrasings(text: str, years: dict[str, float]) -> None:
    assert parse_cv(text, 2026).experience_years == pytest.approx(years)


def test_licence_precision_recall_and_years_floors() -> None:
    tp = fp = fn = 0
    for r in (r for r in ROWS if "licences" in r):
        got = parse_cv(r["text"], YEAR).licences
        want = set(r["licences"])
        tp, fp, fn = tp + len(got & want), fp + len(got - want), fn + len(want - got)
    assert tp / (tp + fp) >= LICENCE_PRECISION_FLOOR
    assert tp / (tp + fn) >= LICENCE_RECALL_FLOOR
    year_rows = [r for r in ROWS if "years" in r]
    ok = sum(
        all(abs(years(r["text"]).get(a, 0.0) - w) <= 0.05 for a, w in r["years"].items())
        for r in year_rows
    )
    assert ok / len(year_rows) >= YEARS_FLOOR


# Measured: licence precision 1.000, recall 1.000 (63 lines); years 0.983 (230 lines).
LICENCE_PRECISION_FLOOR = 0.97
LICENCE_RECALL_FLOOR = 0.97
YEARS_FLOOR = 0.96


def test_parse_speed() -> None:
    """Median CPU time of parsing new ~400-character CVs: `python -m benchmarks.cv_quality`
    measures about 1.0 ms on this 2-core machine, and a busy one has shown 1.7 ms in this test
    (CPU time, not wall time, still varies with what shares the cores). The bound, three times
    the benchmark's median, catches a parser grown several times slower, not noise."""
    rng = random.Random(3)
    texts = [r["text"] for r in ROWS]
    cvs = ["\n".join(rng.sample(texts, 12))[:400] + f"\nFolkeskole {i}" for i in range(300)]
    for cv in cvs[:50]:
        parse_cv(cv, YEAR - 1)
    times = []
    for cv in cvs:
        t0 = time.process_time()
        parse_cv(cv, YEAR)
        times.append(time.process_time() - t0)
    assert statistics.median(times) < 0.003


def test_each_period_goes_to_the_nearest_job_in_a_long_sentence() -> None:
    text = (
        "Har været i praktik i Netto (opfyldning af varer) i 13 uger og arbejdet som "
        "rengøringsassistent på et hotel fra 2018-2020."
    )
    assert years(text) == {"shop": pytest.approx(0.25), "cleaning": pytest.approx(2.0)}


def test_courses_and_wishes_name_no_occupation() -> None:
    p = parse_cv(
        "Uddannelse:\nAMU-kurser: Gaffeltruck, Førstehjælp\nØnsker: lager eller pakkeri", YEAR
    )
    assert p.occupations == ()
    assert p.licences == {"first_aid"}
    assert p.experience_years == {}


def test_english_cv_headings() -> None:
    cv = (
        "PROFESSIONAL EXPERIENCE\nDishwasher, Hotel Skt. Petri, 2015-2018\n"
        "Education: Kitchen assistant, Hotel- og Restaurantskolen, 2014\n"
        "Interests: Cooking, football"
    )
    assert years(cv) == {"kitchen": 3.0}


def test_headed_cv_sections() -> None:
    cv = (
        "Erhvervserfaring\n1990 - 2005 Lagerarbejder, Brdr. Hansen A/S\n"
        "2005 - 2019 Chauffør, DSV (kørekort C/E)\n2019 - Sygemeldt\n"
        "Uddannelse\nFolkeskole 10. klasse\nFritid: fiskeri og fodbold"
    )
    p = parse_cv(cv, YEAR)
    assert p.experience_years == {"warehouse": 15.0, "transport": 14.0}
    assert p.licences == {"B", "C"}
    assert p.education_level == 1
    assert [o.code for o in p.occupations][:2] == ["9333.8", "8322.2"]


# --- schooling, employers and education areas ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Skolegang i Bosnien, 9 år. Kantinemedhjælper (Coor), 2019–2020.", {"canteen": 1.0}),
        (
            "Skolegang i Bosnien, 9 år. Pizzabager (Hotel København), 2020–2021. Opvasker i "
            "Restaurant Bella 2017-2020. Kok i Hotel København (2013-17).",
            {"kitchen": 8.0},
        ),
        ("Folkeskole i Irak, 8 år. Opvasker.", {"kitchen": 0.5}),
        ("Gik i skole i Syrien i 12 år. Rengøringsassistent hos ISS.", {"cleaning": 0.5}),
        ("Sprogskole 2 år. Lagermedarbejder", {"warehouse": 0.5}),
        ("Ophold i Tyrkiet, 3 år. Pizzabager.", {"kitchen": 0.5}),
        ("Har været sygemeldt, 2 år. Kok", {"kitchen": 0.5}),
        ("Hygiejnekursus, 3 uger.\nRengøringsassistent hos ISS", {"cleaning": 0.5}),
        ("Skolegang i Bosnien, 9 år. Hjemmehjælper (hjemmeplejen), 2018–2022.", {"care": 4.0}),
        ("On maternity leave since 2022. Cashier, Lidl, 2016-2021", {"shop": 5.0}),
        ("On sick leave since 2019, before that kitchen porter", {"kitchen": 0.5}),
        # what an education included is part of it: a praktik in it gives no years
        (
            "Ernæringsassistentuddannelsen 2012, herunder 10 ugers praktik i et storkøkken. "
            "Kantinemedhjælper 2013-2016.",
            {"canteen": 3.0},
        ),
    ],
)
def test_schooling_and_stays_lend_no_years_to_the_next_job(
    text: str, expected: dict[str, float]
) -> None:
    assert years(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lagerarbejder hos Coop 2010-2020, herunder 3 år som truckfører.", {"warehouse": 10.0}),
        (
            "Rengøringsassistent 2012-2020, heraf 2 år som opvasker.",
            {"cleaning": 8.0, "kitchen": 2.0},
        ),
        ("Rengøringsassistent 2015-2020, inkl. opvask.", {"cleaning": 5.0}),
    ],
)
def test_what_a_job_included_adds_no_years(text: str, expected: dict[str, float]) -> None:
    """Years a job included are part of its time: an area only the included clause names gets
    those years (or the job's, without its own), never more than the job's."""
    assert years(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Har haft forskellige ufaglærte jobs, bl.a. på lager og i rengøring, i alt ca. 10 år.",
            {"warehouse": 5.0, "cleaning": 5.0},
        ),
        ("Samlet 6 års erfaring med rengøring og køkken.", {"cleaning": 3.0, "kitchen": 3.0}),
        ("Lagerarbejder i alt 8 år.", {"warehouse": 8.0}),
    ],
)
def test_a_total_over_several_kinds_of_work_is_shared(
    text: str, expected: dict[str, float]
) -> None:
    assert years(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Udlært anlægsgartner 2014. 2015-2020: Kirkegårdsmedhjælper, Vallensbæk Planteskole.",
            {"gardening": 5.0},
        ),
        (
            "Ejendomsservicetekniker, udlært 2003. Kirkegårdsmedhjælper i Albertslund "
            "Kirkegård (2013-19).",
            {"gardening": 6.0},
        ),
        ("Pedel. Kirkegårdsarbejder 2013-19.", {"janitor": 0.5, "gardening": 6.0}),
        ("Uddannet kok, har arbejdet som kok i 5 år", {"kitchen": 5.0}),
        ("Uddannet tømrer 2001, arbejdet som tømrer 2001-2010", {"maintenance": 9.0}),
        (
            "Lager- og logistikuddannelse (EUD) 2022. Frivillig i genbrug i Kirkens Korshær "
            "2018-2023.",
            {"shop": 5.0},
        ),
        ("SOSU-hjælper (uddannet 2010), hjemmeplejen 2010-2020", {"care": 10.0}),
        ("Produktionsskole 1995. Chauffør 2000-2010.", {"transport": 10.0}),
        # an education note in parentheses on a title with a later time is a job
        ("Tømrer (svendebrev 1998), Hansen Byg, 1998-2006", {"maintenance": 8.0}),
        ("Kok (udlært på Hotel Marina), Restaurant Fyrtøjet, 2004-2009", {"kitchen": 5.0}),
        # ... also with the time right after a dated note
        ("Tømrer (svendebrev 1999) 2000-2010 hos Hansen Byg.", {"maintenance": 10.0}),
    ],
)
def test_jobs_after_an_education_keep_their_years(text: str, expected: dict[str, float]) -> None:
    assert years(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    "text",
    [
        "Udlært anlægsgartner 2014",
        "Ejendomsservicetekniker, udlært 2003.",
        "Industrioperatør (AMU) 1998.",
        "Svendebrev som tømrer 2005",
        "Kokkeskolen 2001-2004",
        "Udlært kok, Hotel D'Angleterre, 2001-2005",
        "Pædagogisk assistent (PAU) 2013.",
        "Social- og sundhedsassistent (uddannet 2015)",
        "Pædagogisk assistent (PAU) fra 2017",
    ],
)
def test_an_education_alone_gives_no_work_years(text: str) -> None:
    assert years(text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2008-2015: Håndværkermedhjælper, Rødovre Tømrer & Snedker.", {"maintenance": 7.0}),
        ("Tømrerlærling (Vejle Tømrer & Snedker), 2011–2013", {"maintenance": 2.0}),
        ("Lagerarbejder i Hansen Tømrer & Snedker ApS 2013-2021.", {"warehouse": 8.0}),
        ("2013-2014: Mekaniker, Malerfirmaet Vejle.", {"maintenance": 1.0}),
        ("Pakker hos Nordhavn VVS 2010-2012", {"warehouse": 2.0}),
        ("Lagermedarbejder\nHansen Tømrer & Snedker ApS\n2001-2005", {"warehouse": 4.0}),
        # a shop named after its trade and its owner
        ("Ekspedient, Bager Olsen, 2011-2015", {"shop": 4.0}),
        ("2016-2019: Opvasker, Kro Larsen", {"kitchen": 3.0}),
        ("2016-2019: Kassemedarbejder, Slagter Nielsen", {"shop": 3.0}),
        # Two roles are still two roles.
        ("Kok og tjener i Restaurant Bella 2010-2012", {"kitchen": 2.0, "waiter": 2.0}),
        ("Kok & tjener 2001-2005", {"kitchen": 4.0, "waiter": 4.0}),
    ],
)
def test_a_title_in_an_employers_name_is_not_a_second_job(
    text: str, expected: dict[str, float]
) -> None:
    assert years(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("Kirkegårdsmedhjælper 2013-2019", "gardening"),
        ("Kirkegårdsarbejder i 6 år", "gardening"),
        ("Kirkegårdsgartner 2013-2019", "gardening"),
        ("Hotelmedarbejder 2013-2019", "service"),
    ],
)
def test_a_workplace_with_a_worker_word_is_a_job(text: str, area: str) -> None:
    assert years(text) == {area: 6.0}
    assert parse_cv(text, YEAR).occupations[0].task_area == area


def test_a_temp_is_a_job_title_whose_tasks_are_its_duties() -> None:
    # "lagervikar": a warehouse temp; the tasks after it are the job's, not a job of their own
    text = "Beskæftigelse\nLagervikar 2020-2021, pakning hos Matas Centrallager"
    assert years(text) == {"warehouse": 1.0}


@pytest.mark.parametrize(
    ("text", "areas"),
    [
        ("Udlært anlægsgartner 2014", {"gardening"}),
        ("Uddannet ernæringsassistent", {"kitchen"}),
        ("Lager- og logistikuddannelse (EUD) 1997", {"warehouse"}),
        ("Industrioperatør (AMU) 2010", {"production"}),
        ("AMU-kurser i rengøringsteknik (2011)", {"cleaning"}),
        ("Social- og sundhedshjælper (uddannet 2010)", {"care"}),
        ("Har svendebrev som tømrer", {"maintenance"}),
        ("Ejendomsservicetekniker, udlært 2003.", {"janitor"}),
        ("Pædagoguddannelsen fra VIA 2012", {"childcare"}),
        ("Uddannelse:\nPædagogisk assistent (PAU) 2013", {"childcare"}),
        ("Butiksuddannelsen, afsluttet 1993.", {"shop"}),
        ("Kontoruddannelse, afsluttet 1999.", {"office"}),
        ("Erhvervschauffør-uddannelse 2016.", {"transport"}),
        ("SOSU-hjælperuddannelse 2006", {"care"}),
        ("Faglært smed", {"production"}),
        ("Kokkeskolen 2001-2004", {"kitchen"}),
        ("Uddannelse:\n2005-2008 Social- og sundhedshjælper", {"care"}),
        ("Gastronomuddannelsen 2015. Opvasker 2016-2018.", {"kitchen"}),
        (
            "Uddannet butiksassistent 1998. Lagerarbejder 2001-2009. Truckcertifikat.",
            {"shop"},
        ),
    ],
)
def test_education_areas(text: str, areas: set[str]) -> None:
    assert parse_cv(text, YEAR).education_areas == areas


@pytest.mark.parametrize(
    "text",
    [
        "Folkeskolens 9. klasse",
        "HF-eksamen 2010",
        "Student fra 2004 (stx)",
        "Gymnasium i Irak.",
        "Kandidat i økonomi fra Damaskus Universitet",
        "Produktionsskole 1995.",
        "Skolegang i Bosnien, 9 år.",
        "Danskuddannelse 3",
        "Hygiejnebevis. Førstehjælpskursus 2018. Truckcertifikat.",
        "Påbegyndt SOSU-uddannelse, ikke afsluttet.",
        "Afbrudt uddannelse som frisør.",
        "Vil gerne uddanne mig til kok",
        "Ingen uddannelse",
        "Kassemedarbejder i Netto 2001-2009",
        "Kokkeelev 2001-2004",
        "Uddannelse:\nFolkeskole\nErhvervserfaring:\nLagermedarbejder 2001-2005",
    ],
)
def test_no_education_areas(text: str) -> None:
    assert parse_cv(text, YEAR).education_areas == frozenset()


def test_education_areas_are_task_areas_and_add_no_years() -> None:
    p = parse_cv(FULL_CV, YEAR)
    assert p.education_areas == {"shop"}  # "Uddannet butiksassistent 1998"
    assert p.education_areas <= set(TASK_AREAS)
    assert p.experience_years == {"shop": pytest.approx(8.6), "kitchen": pytest.approx(1.5)}


# --- one job, one area: titles, workplaces and duties ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A workplace or employer word after the title adds no second area.
        ("2015-2020 Lagermedarbejder, Møbelfabrikken A/S", {"warehouse": 5.0}),
        ("Chauffør hos Nordisk Rengøring 2015-2020", {"transport": 5.0}),
        ("Chauffør på lager 2015-2020", {"transport": 5.0}),
        ("Rengøringsassistent i produktionen 2015-2020", {"cleaning": 5.0}),
        ("Rengøringsassistent på lageret hos Bilka 2015-2020", {"cleaning": 5.0}),
        ("Sikkerhedsvagt i receptionen på Rigshospitalet 2015-2020", {"service": 5.0}),
        ("Lagermedarbejder hos Jysk Produktion A/S 2015-2020", {"warehouse": 5.0}),
        ("Rengøringsassistent, Lagerhotel Vest, 2010-2015", {"cleaning": 5.0}),
        ("Kantinemedhjælper, Lager og Logistik A/S 2010-2015", {"canteen": 5.0}),
        ("Har arbejdet som chauffør på et lager og i produktionen i 4 år", {"transport": 4.0}),
        # The tasks listed under a title are that job's duties.
        ("Pedel på Solhjem 2010-2015, gjorde rent og slog græs", {"janitor": 5.0}),
        (
            "Ejendomsfunktionær i KAB 2011-2019: trappevask, græsslåning og små reparationer",
            {"janitor": 8.0},
        ),
        ("Opvask og rengøring, køkkenmedhjælper, 2015-2020", {"kitchen": 5.0}),
        # Without a title the task is the work, and a task word after it says where or on what.
        ("Rengøring af produktionshallen på aftenholdet 2013-2015", {"cleaning": 2.0}),
        ("Jeg gjorde rent på et lager i 2 år", {"cleaning": 2.0}),
        ("Levering af pakker for GLS 2019-2021", {"transport": 2.0}),
    ],
)
def test_a_title_names_the_job_and_its_workplace_adds_no_area(
    text: str, expected: dict[str, float]
) -> None:
    assert years(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two jobs or tasks named side by side for the same period are both credited.
        ("Lager og chauffør 2010-2015", {"warehouse": 5.0, "transport": 5.0}),
        ("Chauffør og lagerarbejde hos Bygma 2010-2015", {"transport": 5.0, "warehouse": 5.0}),
        ("Chauffør/lagerarbejde 2010-2015", {"transport": 5.0, "warehouse": 5.0}),
        ("Køkkenmedhjælper og rengøring på plejehjem 2010-2015", {"kitchen": 5.0, "cleaning": 5.0}),
        ("Rengøring og opvask på plejehjem 2010-2015", {"cleaning": 5.0, "kitchen": 5.0}),
        (
            "Har arbejdet som chauffør og på lager hos Bilka i 3 år",
            {"transport": 3.0, "warehouse": 3.0},
        ),
        ("Kørte varer ud og pakkede på lageret 2010-2015", {"transport": 5.0, "warehouse": 5.0}),
        ("Kok og tjener i Restaurant Bella 2010-2012", {"kitchen": 2.0, "waiter": 2.0}),
        # a workplace named beside a task is the work done there
        ("2012-2016 Opvask og kantine, Rådhuset", {"kitchen": 4.0, "canteen": 4.0}),
        ("Køkken og rengøring på et bosted 2019-2021", {"kitchen": 2.0, "cleaning": 2.0}),
        # but a workplace beside a workplace is where the task was done
        ("Rengøring af kontor og kantine 2010-2012", {"cleaning": 2.0}),
    ],
)
def test_two_jobs_named_for_one_period_are_both_credited(
    text: str, expected: dict[str, float]
) -> None:
    assert years(text) == pytest.approx(expected)


# --- summaries of experience -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A summary of the dated jobs in the same area adds nothing on top: the larger counts.
        ("Jeg har i mange år arbejdet med madlavning. Kok 2010-2020.", {"kitchen": 10.0}),
        ("Har 10 års erfaring fra rengøring. Rengøringsassistent 2012-2020", {"cleaning": 10.0}),
        (
            "Har 10 års erfaring fra rengøring.\nRengøringsassistent, ISS, 2012-2020\n"
            "Rengøring på Solhjem 2020-2024",
            {"cleaning": 12.0},
        ),
        (
            "Profil: Erfaren chauffør med 15 års erfaring.\nErhvervserfaring:\n"
            "2010-2020 Chauffør, DSV\n2020-2024 Chauffør, PostNord",
            {"transport": 15.0},
        ),
        (
            "Rasmus har 7 års erfaring fra restaurantkøkkener og er glad for at lave mad.\n"
            "Køkkenmedhjælper, Restaurant Skovlyst, 2014-2018\n"
            "Hjælpekok, Restaurant Nordlys, 2018-2021",
            {"kitchen": 7.0},
        ),
        (
            "Profil: Erfaren kontormedarbejder.\n1996-2010 Kontorassistent, Region Syddanmark",
            {"office": 14.0},
        ),
        (
            "Hun har arbejdet med børn i over 20 år.\n2015-2019 Pædagogmedhjælper i Børnehuset",
            {"childcare": 20.0},
        ),
        (
            "Profile: 12 years of experience in cleaning.\nCleaner, ISS, 2016-2020",
            {"cleaning": 12.0},
        ),
        # A summary still counts in an area no dated job covers.
        (
            "Har 10 års erfaring fra rengøring. Lagermedarbejder 2018-2022",
            {"cleaning": 10.0, "warehouse": 4.0},
        ),
        ("Jeg har i mange år arbejdet med madlavning", {"kitchen": 5.0}),
        (
            "Har mange års erfaring med rengøring og madlavning. Køkkenmedhjælper 2019-2021",
            {"cleaning": 5.0, "kitchen": 5.0},
        ),
    ],
)
def test_a_summary_of_experience_is_not_added_to_the_jobs_it_sums_up(
    text: str, expected: dict[str, float]
) -> None:
    assert years(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Dated jobs add up, also when one of them is told in prose.
        ("Kok 2010-2015. Kok 2016-2020.", {"kitchen": 9.0}),
        (
            "Jeg har arbejdet med rengøring fra 2005 til 2010. Rengøringsassistent 2012-2020",
            {"cleaning": 13.0},
        ),
        # A job told with its length but no date is a job, not a summary.
        (
            "Har arbejdet som opvasker i Syrien i 3 år. Opvasker, Restaurant Bella, 2019-2021",
            {"kitchen": 5.0},
        ),
        (
            "Arbejdserfaring fra Syrien: kok i 10 år.\nKok, Restaurant Bella, 2019-2021",
            {"kitchen": 12.0},
        ),
    ],
)
def test_jobs_are_still_added_up(text: str, expected: dict[str, float]) -> None:
    assert years(text) == pytest.approx(expected)


# --- a school as a workplace -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rengøringsassistent på Viborg Gymnasium 2018-2020", {"cleaning": 2.0}),
        ("Rengøringsassistent, Viborg Gymnasium, 2018-2020", {"cleaning": 2.0}),
        ("Rengøringsassistent hos ISS på Viborg Gymnasium 2018-2020", {"cleaning": 2.0}),
        ("Pedel på gymnasiet i 5 år", {"janitor": 5.0}),
        ("Skolebetjent på Rødkilde Gymnasium 2012-2016", {"janitor": 4.0}),
        ("Kantinemedhjælper på Tørring Gymnasium & HF 2015-2019", {"canteen": 4.0}),
        ("Køkkenassistent på Vejstrup Efterskole 2015-2019", {"kitchen": 4.0}),
        ("Jeg har gjort rent på et gymnasium i Aarhus i 3 år", {"cleaning": 3.0}),
        ("Rengøringsassistent på Aarhus Universitet 2015-2020", {"cleaning": 5.0}),
        ("Kantinemedarbejder, Københavns Universitet, 2015-2020", {"canteen": 5.0}),
        ("Kok på Hotel- og Restaurantskolen 2016-2019", {"kitchen": 3.0}),
        ("Erhvervserfaring:\nViborg Gymnasium\nRengøringsassistent\n2018-2020", {"cleaning": 2.0}),
    ],
)
def test_a_school_named_as_the_workplace_is_no_schooling(
    text: str, expected: dict[str, float]
) -> None:
    p = parse_cv(text, YEAR)
    assert p.education_level == 0
    assert p.experience_years == pytest.approx(expected)
    assert p.education_areas == frozenset()


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Gik på Viborg Gymnasium 2005-2008", 2),
        ("Student fra Viborg Gymnasium 2008", 2),
        ("Student (stx) fra Viborg Gymnasium", 2),
        ("Har gået på gymnasiet i Irak", 2),
        ("Uddannelse:\nViborg Gymnasium 2005-2008", 2),
        ("Uddannelse:\nViborg Katedralskole, student 2008", 2),
        ("Har taget HF på VUC Vestegnen", 2),
        ("Gik på efterskole i 10. klasse", 1),
        ("Bachelor fra Aarhus Universitet", 3),
        ("Rengøringsassistent på Viborg Gymnasium 2018-2020. Student 2005.", 2),
        ("Student 2005. Pedel på Viborg Gymnasium 2018-2020.", 2),
        ("9. klasse. Rengøringsassistent på Viborg Gymnasium 2018-2020.", 1),
        ("Efterskolelærer 2010-2015", 0),
        ("Gymnasielærer 2010-2015", 0),
    ],
)
def test_schooling_at_a_school_still_counts(text: str, level: int) -> None:
    assert parse_cv(text, YEAR).education_level == level


def test_a_school_attended_lends_no_years_to_the_next_job() -> None:
    assert years("Gik på Viborg Gymnasium 2005-2008. Lagermedarbejder.") == {"warehouse": 0.5}


# --- a job sought is a wish --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Søger job med rengøring",
        "Jeg søger arbejde inden for lager",
        "Søger fast stilling som chauffør",
        "Søger fleksjob som kantinemedhjælper, gerne 15 timer om ugen",
        "Hun søger et job i en butik",
        "Er jobsøgende inden for lager og logistik",
        "Søgte job som pædagogmedhjælper i 2023",
        "Søger:\nLager\nPakkeri",
        "Profil: Mødestabil. Søger job med rengøring eller i et køkken.",
        # a trial still to come
        "Plan: Virksomhedspraktik hos byggemarked i Nykøbing F, 4 uger",
        "Borger starter i virksomhedspraktik hos Netto Brande mandag.",
        "Skal starte i praktik i Netto i uge 12, 8 uger.",
        "Næste skridt: praktik på lager, 13 uger.",
        "Planlagt: 4 ugers praktik som køkkenhjælper",
        "Vi aftalte, at han starter i praktik som pedelmedhjælper.",
        # the lines under a plan's heading
        "Jobplan:\n- Mål: Job som lagermedarbejder\n- Praktik på lager, 13 uger",
    ],
)
def test_a_job_sought_or_still_to_come_is_no_experience(text: str) -> None:
    p = parse_cv(text, YEAR)
    assert p.experience_years == {}
    assert p.occupations == ()


def test_work_done_under_a_plans_heading_still_counts() -> None:
    text = "Handleplan:\n- Borger har tidligere været opvasker i 2 år\n- Praktik i kantine"
    assert parse_cv(text, YEAR).experience_years == {"kitchen": 2.0}


def test_plan_review_ceilings() -> None:
    """120 texts by a reviewer who ran the reader to make it count a trial still to come as
    experience (55), or drop work done beside a plan-like word (45; 20 controls). On the code
    it reviewed 42 plans counted ("Opstart i praktik ... 13 uger", "Har fået tilbudt job som
    chauffør fra 1. maj", "Det er besluttet, at borger skal i løntilskud", "Will start") and 10
    jobs were dropped ("Plan: fortsætte i nuværende job som pedel (siden 2020)", "Har planlagt
    ruter som chauffør hos GLS i 4 år"); 5 and 4 after its round ("Vi aftaler, at ..." now
    agrees what follows). Left: a period dated after the note, "er der stadig". The counts may
    fall, never rise."""
    wrong: dict[str, list[str]] = {"a": [], "b": [], "control": []}
    for r in load_lines(DATA.with_name("cv_plan_attacks.jsonl")):
        got = parse_cv(r["text"], YEAR).experience_years
        if any(abs(got.get(a, 0) - r["years"].get(a, 0)) >= 0.05 for a in {*got, *r["years"]}):
            wrong[r["kind"]].append(r["text"])
    assert len(wrong["a"]) <= 5, wrong["a"]
    assert len(wrong["b"]) <= 4, wrong["b"]
    assert not wrong["control"]


def test_a_trial_that_started_is_experience() -> None:
    assert parse_cv("Startede i praktik i Netto 2021, 8 uger.", YEAR).experience_years == {
        "shop": pytest.approx(0.15, abs=0.01)
    }
    # a department named "Plan" is no plan
    years = parse_cv("Plan- og miljøafdelingen, kontorassistent 2010-2015", YEAR).experience_years
    assert years == {"office": 5.0}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A wish in the same sentence as a job leaves the job its years.
        ("Arbejdede som kok 2010-2015 og søger nu job som tjener", {"kitchen": 5.0}),
        (
            "Har været rengøringsassistent i 5 år og vil gerne arbejde i et køkken",
            {"cleaning": 5.0},
        ),
        ("Lagermedarbejder 2010-2015, søger nu job som chauffør", {"warehouse": 5.0}),
        (
            "Profil: Søger job med rengøring.\nErhvervserfaring:\nLagermedarbejder 2010-2015",
            {"warehouse": 5.0},
        ),
    ],
)
def test_a_wish_beside_a_job_takes_nothing_from_the_job(
    text: str, expected: dict[str, float]
) -> None:
    assert years(text) == pytest.approx(expected)


# --- commas inside parentheses; guards -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2007-2016: Ejendomsfunktionær, Boligselskabet Sjælland (trapper, affaldsøer, små "
            "reparationer)\n2016-2019: Vagt, Securitas – nattevagt og rundering",
            {"janitor": 9.0, "service": 3.0},
        ),
        (
            "Pedel (græs, sne, affald), 2010-2015\nChauffør 2015-2020",
            {"janitor": 5.0, "transport": 5.0},
        ),
        ("Lagermedarbejder (pakning, plukning, truck) 2010-2015", {"warehouse": 5.0}),
        ("Rengøringsassistent (kontorer, trapper, køkken), 2018-2020", {"cleaning": 2.0}),
        (
            "Kok (Hotel Nyborg, Restaurant Bella) 2001-2010\nPakker, Arlas mejeri, 2010-2012",
            {"kitchen": 9.0, "production": 2.0},
        ),
    ],
)
def test_commas_inside_parentheses_do_not_split_the_job(
    text: str, expected: dict[str, float]
) -> None:
    assert years(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    "text",
    [
        "Vagt hos G4S 2015-2020",
        "Arbejdede som vagt i 5 år",
        "2015-2020: Vagt, Securitas",
        "Vægter, Securitas, 2015-2020",
        "Securitasvagt 2015-2020",
        "Butiksvagt i Magasin 2015-2020",
        "Portvagt på Novo Nordisk 2015-2020",
        "Jeg var vagt på et hospital i 5 år",
    ],
)
def test_a_security_guard_is_service_work(text: str) -> None:
    p = parse_cv(text, YEAR)
    assert p.experience_years == pytest.approx({"service": 5.0})
    assert p.occupations[0].code == "5414.1"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "vagt" is also a shift, "vægter" also weighs: no guard there.
        ("Tog ekstra vagter i Netto 2015-2020", {"shop": 5.0}),
        ("Hjemmehjælper, faste vagter, 2015-2020", {"care": 5.0}),
        ("Hjemmeplejen i Fredericia, nattevagt, 2005-2009", {"care": 4.0}),
        ("Jeg vægter ærlighed højt. Kassemedarbejder 2015-2020", {"shop": 5.0}),
    ],
)
def test_a_shift_is_no_guard(text: str, expected: dict[str, float]) -> None:
    assert years(text) == pytest.approx(expected)


# --- a summary and the workplace of a job without a title ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Food tasks in a canteen are canteen work.
        (
            "Hun var ansat i personalekantinen på Bang & Olufsen fra 2003 til 2014, hvor hun "
            "smurte sandwich og stod for salatbaren.",
            {"canteen": 11.0},
        ),
        ("Jeg hjælpe i kantine på en skole, lave salat og vaske op, 2 år", {"canteen": 2.0}),
        ("Opvask og anretning i kantinen 2015-2020", {"canteen": 5.0}),
        # Elsewhere the task names the work.
        ("Opvask på restaurant 2015-2020", {"kitchen": 5.0}),
        ("Rengøring på hotel 2015-2020", {"cleaning": 5.0}),
        ("Rengøring i kantinen 2015-2020", {"cleaning": 5.0}),
        ("Madlavning på plejehjem 2015-2020", {"kitchen": 5.0}),
    ],
)
def test_a_workplace_decides_between_its_tasks_areas(text: str, expected: dict[str, float]) -> None:
    assert years(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A summary of food work sums up a canteen job too: a canteen job is kitchen work.
        (
            "Susanne har i mange år arbejdet med mad.\nHun var ansat i personalekantinen på "
            "Bang & Olufsen fra 2003 til 2014, hvor hun smurte sandwich.\nSiden 2023 fleksjob "
            "som køkkenmedhjælper.",
            {"canteen": 11.0, "kitchen": 3.0},
        ),
        (
            "Har mange års erfaring med madlavning. Kantine og køkken 2010-2020. Kok 2020-2022.",
            {"canteen": 10.0, "kitchen": 12.0},
        ),
        # A summary longer than the jobs that cover its area still counts.
        (
            "Har 10 års erfaring med madlavning. Kantinemedhjælper 2018-2020.",
            {"kitchen": 10.0, "canteen": 2.0},
        ),
    ],
)
def test_a_summary_sums_up_the_jobs_that_cover_its_area(
    text: str, expected: dict[str, float]
) -> None:
    assert years(text) == pytest.approx(expected)


# --- packing: the workplace decides ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pakke kylling på fabrik i Farre, 2018 til 2020", {"production": 2.0}),
        ("Pakning af kød på slagteriet 2018-2020", {"production": 2.0}),
        ("Pakkede ost på mejeriet i 2 år", {"production": 2.0}),
        ("Jeg pakker varer i produktionen hos Danish Crown, 2018-2020", {"production": 2.0}),
        ("Pakker på fabrik 2018-2020", {"production": 2.0}),
        ("Pakke varer på lager 2018-2020", {"warehouse": 2.0}),
        ("Pakning af ordrer i pakkeri for webshop 2018-2020", {"warehouse": 2.0}),
        ("Pakker hos Nordhavn VVS 2018-2020", {"warehouse": 2.0}),
        ("Indpakning 2018-2020", {"warehouse": 2.0}),
    ],
)
def test_the_workplace_decides_whether_packing_is_production_or_warehouse_work(
    text: str, expected: dict[str, float]
) -> None:
    assert years(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "pakker" is a packer only where a title stands; else parcels or "packs".
        ("Chauffør, kørte med pakker 2010-2015", {"transport": 5.0}),
        ("Budchauffør, varebil, kørsel med pakker, 2010-2015", {"transport": 5.0}),
        ("Postbud, bar pakker ud til folk, 2010-2015", {"transport": 5.0}),
        ("Butiksassistent i Netto, pakker ud og fylder varer op, 2010-2015", {"shop": 5.0}),
        ("Pakker ud på lager 2010-2015", {"warehouse": 5.0}),
        ("Arbejdede som pakker på lager 2010-2015", {"warehouse": 5.0}),
        ("Lagerarbejder/pakker 2010-2015", {"warehouse": 5.0}),
    ],
)
def test_pakker_is_a_packer_only_where_a_title_stands(
    text: str, expected: dict[str, float]
) -> None:
    assert years(text) == pytest.approx(expected)


def test_parcels_name_no_packer() -> None:
    codes = [o.code for o in parse_cv("Chauffør, kørte med pakker 2010-2015", YEAR).occupations]
    assert codes[0] == "8322.2"
    assert "9321.2" not in codes


# --- teachers --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Gymnasielærer 2010-2015", "2359"),
        ("Lærer i Syrien 2010-2015", "2341.1"),
        ("Arbejdede som lærer i 5 år", "2341.1"),
        ("Folkeskolelærer 2010-2015", "2341.1"),
        ("Underviser på sprogskole 2010-2015", "2359"),
        ("Musiklærer på musikskolen 2010-2015", "2359"),
        ("Efterskolelærer 2010-2015", "2341.1"),
    ],
)
def test_a_teacher_is_other_work(text: str, code: str) -> None:
    p = parse_cv(text, YEAR)
    assert p.experience_years == pytest.approx({"other": 5.0})
    assert p.occupations[0].code == code
    assert p.education_level == 0


@pytest.mark.parametrize(
    "text",
    [
        "Lærer hurtigt og er mødestabil",
        "Jeg lærer dansk på sprogskolen",
        "Nu lærer jeg nye ting hver dag",
        "Jeg erklærer, at oplysningerne er korrekte",  # a verb that ends in "lærer"
    ],
)
def test_lærer_as_a_verb_is_no_teacher(text: str) -> None:
    assert parse_cv(text, YEAR).occupations == ()
    assert years(text) == {}


# --- an education not completed --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Har gået 2 år på gymnasiet, men stoppede", 1),
        ("Startede på HF, men afbrød efter et år", 1),
        ("Gik på handelsskolen, men blev ikke færdig", 1),
        ("Gik 2 år på HF uden at blive færdig", 1),
        ("Læste 3 år på universitetet, men droppede ud", 2),
        ("Startede på SOSU-uddannelsen, men stoppede pga. sygdom", 1),
        ("Gik på gymnasiet, men fik ikke eksamen", 1),
        # A later clause about something else leaves the education whole.
        ("Student 2005, men stoppede som chauffør i 2015", 2),
        ("Student 2005. Startede på universitetet, men stoppede.", 2),
        ("Gik ud af gymnasiet efter 1 år", 1),
        # "Going out of" a school year or of primary school is finishing it; of a trade, leaving it.
        ("Gik ud af 9. klasse i 1995", 1),
        ("Gik ud af folkeskolen efter 10. klasse", 1),
        ("Uddannet tømrer, men gik ud af faget i 2010", 2),
    ],
)
def test_an_education_not_completed_counts_one_level_lower(text: str, level: int) -> None:
    assert parse_cv(text, YEAR).education_level == level


# --- job boundaries: duties, a job continued, a year alone, an education's praktik ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence listing the duties of the dated title before it is that job
        (
            "Erhvervserfaring\n2012-2018  Serviceassistent, Køge Sygehus. Opgaver: rengøring på "
            "sengeafsnit, madservice, udbringning af linned.",
            {"service": 6.0},
        ),
        (
            "2015-2019: Lagermand hos Jensens Tømrer & Snedker ApS, Fredericia. Modtagelse af "
            "varer, pakning af ordrer, kørte gaffeltruck.\n"
            "2020-2021: Kontorhjælp hos Malerfirmaet Holm – telefonpasning og fakturaer.",
            {"warehouse": 4.0, "office": 1.0},
        ),
        # a clause that names no job but says it was work, with its own time, continues it
        (
            "Borger var i løntilskud som lagermedarbejder hos JYSK i 6 mdr. i 2021 og blev "
            "derefter ansat på ordinære vilkår samme sted 2022-2024.",
            {"warehouse": 2.5},
        ),
        ("Rengøringsassistent i løntilskud 2010-2011, derefter ansat 2011-2015", {"cleaning": 5.0}),
        # ... but not time out of work, nor a length that restates the job's
        ("Lagermand 2010-2015, var derefter uden beskæftigelse 2015-2017", {"warehouse": 5.0}),
        ("Kok på Restaurant Bella 2010-2015, ansat i 5 år", {"kitchen": 5.0}),
        # a line with a range and a workplace after a job with only a year is another job
        (
            "2015 | Statoil Køge Nord | Tankpasser\n2012-2014 | Solhøj Gartneri | Ufaglært",
            {"service": 0.5, "gardening": 2.0},
        ),
        ("Rengøringsassistent, ISS 2019\n(ansat 2019-2021)", {"cleaning": 2.0}),
        # a workplace joined to a title by "og" is a second job there
        (
            "Har tidligere arbejdet som rengøringsassistent og i Netto",
            {"cleaning": 0.5, "shop": 0.5},
        ),
        ("Rengøring på skoler og i børnehaver 2010-2012", {"cleaning": 2.0}),
        # the praktik of an education dropped is part of the education
        (
            "I 2022 startede jeg på uddannelsen til pædagogisk assistent, men stoppede efter "
            "første praktik i en børnehave.",
            {},
        ),
        # a driving offence is no driving work
        (
            "Fra 2011 til 2016 kørte han som chauffør for Flextrafik, men mistede kørekortet i "
            "2016 efter spirituskørsel.",
            {"transport": 5.0},
        ),
        # a summary with the dated jobs it sums up counts once
        (
            "Borger har 13 års erfaring som tjener: ca. 1995-2005 på Restaurant Skovriddergården "
            "og 2005-2008 som bartender på The Old Irish Pub i Vejle.",
            {"waiter": 13.0},
        ),
        # a remark on work in a licence's line sums up the job it belongs to
        (
            "Lagerarbejder, Carlsberg Fredericia, 2008-2018\nKørekort: B – frakendt i 2024\n"
            "Truckcertifikat: nej – har kørt truck på lageret, men har aldrig taget certifikatet",
            {"warehouse": 10.0},
        ),
    ],
)
def test_job_boundaries(text: str, expected: dict[str, float]) -> None:
    assert years(text) == pytest.approx(expected, abs=0.01)
