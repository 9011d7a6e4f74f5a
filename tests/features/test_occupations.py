"""Occupation lexicon and matching: coverage, Danish inflection/compounds/typos, false friends,
suggestion weights, and quality floors on the hand-labelled CV lines."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from benchmarks.suggestions_quality import declined_quality, named_areas, set_quality
from features.occupations import (
    esco_concepts,
    lexicon,
    match_occupations,
    suggestion_area_scores,
    suggestion_excluded_areas,
    suggestion_rank_weights,
    suggestion_task_areas,
    task_area_scores,
)
from features.vocabulary import TASK_AREAS

DATA = Path(__file__).parent / "data" / "cv_lines.jsonl"
ROWS = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line]


def top_area(text: str) -> str | None:
    scores = task_area_scores(text)
    return next(iter(scores), None)


def top_code(text: str) -> str | None:
    hits = match_occupations(text, top=1)
    return hits[0].code if hits else None


# --- the lexicon -----------------------------------------------------------------------------


def test_lexicon_is_large_valid_and_mapped_to_shipped_esco_concepts() -> None:
    entries = lexicon()
    assert len(entries) >= 300
    concepts = esco_concepts()
    for e in entries:
        assert e.area in TASK_AREAS
        assert e.code in concepts, e.term
    assert {e.area for e in entries} == set(TASK_AREAS)
    for code, row in concepts.items():
        assert row["scheme"] in {"esco", "isco"}
        assert row["preferredLabel"]
        assert row["iscoGroup"] == code[:4]


def test_shipped_data_holds_nothing_shaped_like_a_cpr_number() -> None:
    cpr_shaped = re.compile(
        r"(?<!\d)(?:(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}-\d{4}|\d{10})(?!\d)"
    )
    folder = Path(__file__).resolve().parents[2] / "features" / "data" / "occupations"
    for path in folder.iterdir():
        assert not cpr_shaped.search(path.read_text(encoding="utf-8")), path.name


def test_source_note_credits_esco() -> None:
    note = (
        Path(__file__).resolve().parents[2] / "features" / "data" / "occupations" / "SOURCE.md"
    ).read_text(encoding="utf-8")
    assert "This service uses the ESCO classification of the European Commission." in note


@pytest.mark.parametrize(
    ("term", "area"),
    [
        ("lagermedarbejder", "warehouse"),
        ("lagerarbejde", "warehouse"),
        ("kantinemedhjælper", "canteen"),
        ("rengøringsassistent", "cleaning"),
        ("pædagogmedhjælper", "childcare"),
        ("social- og sundhedshjælper", "care"),
        ("SOSU-hjælper", "care"),
        ("chauffør", "transport"),
        ("pakkeri", "warehouse"),
        ("truckfører", "warehouse"),
        ("gartner", "gardening"),
        ("pedel", "janitor"),
        ("servitrice", "waiter"),
        ("tjener", "waiter"),
        ("køkkenmedhjælper", "kitchen"),
        ("opvasker", "kitchen"),
        ("kassemedarbejder", "shop"),
        ("kassedame", "shop"),
        ("butiksassistent", "shop"),
        ("vareopfylder", "shop"),
        ("postomdeler", "transport"),
        ("bud", "transport"),
        ("montør", "production"),
        ("maskinoperatør", "production"),
        ("kontorassistent", "office"),
        ("receptionist", "office"),
        ("dagplejer", "childcare"),
        ("ejendomsservicetekniker", "janitor"),
        ("vicevært", "janitor"),
        ("flyttemand", "transport"),
        ("landbrugsmedhjælper", "other"),
        ("slagteriarbejder", "production"),
    ],
)
def test_the_briefs_terms_are_known(term: str, area: str) -> None:
    assert top_area(term) == area
    assert top_code(term) is not None


@pytest.mark.parametrize(
    ("text", "area", "code"),
    [
        # English job titles as Danish CVs write them, one or more per task area.
        ("Line cook på en burgerrestaurant i Berlin", "kitchen", "5120.1"),
        ("Kitchen porter in a London restaurant", "kitchen", "9412.2"),
        ("Canteen assistant på et universitet", "canteen", "5246.1"),
        ("Waitress in a café in Rome", "waiter", "5131.2"),
        ("Caretaker for a housing association", "janitor", "5153.1"),
        ("Security guard hos G4S", "service", "5414.1"),
        ("Hotel porter på Radisson", "service", "9621.2"),
        ("Cleaner hos et rengøringsfirma i London", "cleaning", "9112.2"),
        ("Long haul trucker i Polen", "transport", "8332.2"),
        ("Delivery driver for DHL", "transport", "8322.2"),
        ("Order picker, Nemlig.com", "warehouse", "9333.8.1"),
        ("Warehouse associate hos Amazon", "warehouse", "9333.8"),
        ("Care assistant på plejehjem i England", "care", "5321.1"),
        ("Cashier at Tesco, Manchester", "shop", "5230.1"),
        ("Shelf stacker at Sainsbury's", "shop", "9334.1"),
        ("Machine operator på en plastfabrik", "production", "8189"),
        ("Call centre agent", "office", "5244.1"),
        ("Nanny for en familie i London", "childcare", "5311.1.4"),
        ("Teaching assistant at a primary school", "childcare", "5312.2"),
        ("Painter and decorator", "maintenance", "7131.1"),
        ("Gardener at a private estate", "gardening", "9214.1"),
        ("Deckhand på trawler", "other", "8350.4"),
        ("Dog walker", "other", "5164.9"),
    ],
)
def test_english_titles_in_danish_cvs_are_known(text: str, area: str, code: str) -> None:
    assert top_area(text) == area
    assert top_code(text) == code


@pytest.mark.parametrize(
    ("text", "area"),
    [
        # Less common occupations and their workplaces.
        ("Slagteriarbejder på Tican", "production"),
        ("Filetering af torsk", "production"),
        ("Skrædder med eget værksted", "production"),
        ("Vaskerimedarbejder på industrivaskeri", "cleaning"),
        ("Car wash medarbejder", "cleaning"),
        ("Nyttejob på genbrugsstationen", "other"),
        ("Portør, patientkørsel på sygehuset", "service"),
        ("P-vagt hos Q-Park", "service"),
        ("Publikumsvært i Musikhuset", "service"),
        ("Hundelufter", "other"),
        ("Staldarbejde i svinestald", "other"),
        ("Florist i blomsterbutik", "shop"),
        ("Telefonomstilling på Rigshospitalet", "office"),
        ("Elevassistent på en specialskole", "childcare"),
        ("Emballeringsoperatør på tappelinjen", "production"),
        ("Hotelportør på Hotel Phoenix", "service"),
        ("Greenkeeper-medhjælper på golfbanen", "gardening"),
        ("Frokostassistent i personalerestauranten", "canteen"),
        ("Kassebetjening", "shop"),
        ("Frivillig i kattehuset", "other"),
        # A picker of a crop picks in the field or greenhouse, not orders on a warehouse.
        ("Hindbærplukker på Fyn", "gardening"),
        ("Tomatplukning", "gardening"),
        ("Plukkede tomater", "gardening"),
        ("Ordreplukker hos Coop", "warehouse"),
        ("Konstabel ved Gardehusarregimentet", "other"),
        ("Sergent i Hæren", "other"),
        ("Madbud for en pizzeria", "transport"),
        ("Flaskedreng", "shop"),
        ("Fiskefiletskærer", "production"),
        ("Front desk agent", "office"),
    ],
)
def test_less_common_occupations_are_known(text: str, area: str) -> None:
    assert top_area(text) == area
    assert top_code(text) is not None


@pytest.mark.parametrize(
    ("text", "area"),
    [
        # Task phrases in the infinitive (caseworkers' suggestions) and the past tense (CVs).
        ("Vaske op og rydde af", "kitchen"),
        ("Skar grøntsager og bagte brød", "kitchen"),
        ("Dække op til aftenservering", "waiter"),
        ("Tog imod bestillinger ved bordene", "waiter"),
        ("Skifte lyspærer og lysstofrør", "janitor"),
        ("Tømte skraldespande og fejede", "janitor"),
        ("Vaske og folde håndklæder", "cleaning"),
        ("Moppede gangene", "cleaning"),
        ("Kørte pakker ud for GLS", "transport"),
        ("Bragte aviser ud", "transport"),
        ("Plukke ordrer med scanner", "warehouse"),
        ("Hjælpe beboere ved spisning", "care"),
        ("Gåture med ældre", "care"),
        ("Fyldte op og prismærkede varer", "shop"),
        ("Betjente kunder i kassen", "shop"),
        ("Svejsede rør", "production"),
        ("Sortere indgående post", "office"),
        ("Besvarede telefonen", "office"),
        ("Læse højt for børnene", "childcare"),
        ("Male vægge og karme", "maintenance"),
        ("Reparerede cykler", "maintenance"),
        ("Rive blade sammen", "gardening"),
        ("Lugede ukrudt og vandede blomster", "gardening"),
        ("Fodre dyr og muge ud", "other"),
        ("Luftede hunde", "other"),
    ],
)
def test_task_verbs_in_the_infinitive_and_past_tense_name_their_area(text: str, area: str) -> None:
    assert top_area(text) == area
    assert area in suggestion_area_scores(text)


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("Kontorass.", "Kontorassistent"),
        ("Rengøringsass. på plejecenter", "Rengøringsassistent på plejecenter"),
        ("Lagerarb.", "Lagerarbejder"),
        ("Vaskerimedarb.", "Vaskerimedarbejder"),
        ("SFO-medhj.", "SFO-medhjælper"),
    ],
)
def test_a_worker_word_cut_short_reads_as_the_whole_title(short: str, full: str) -> None:
    assert task_area_scores(short) == task_area_scores(full) != {}
    assert match_occupations(short) == match_occupations(full)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # English job words that are Danish words, or parts of them, in other senses.
        ("Driver en lille virksomhed", "transport"),  # "driver" = runs
        ("Min chef var meget tilfreds", "kitchen"),  # "chef" = boss
        ("Bar møbler for min familie", "waiter"),  # "bar" = carried
        ("Tager bussen til arbejde", "transport"),
        ("Læser gerne bøger", "warehouse"),  # one letter from "læsse"
        ("Er omstillingsparat", "office"),
        ("Har arbejdet med elforsyning", "production"),  # "forsyning" holds "syning"
        ("Faglig sparring og sætninger", "janitor"),
        ("Mange faktorer spiller ind", "office"),  # one letter from "fakturer"
        ("Har gardiner i stuen", "gardening"),  # one letter from "gardener"
        ("Min far vælter tit", "cleaning"),
        ("Spiser kokosboller med min farmand", "other"),
    ],
)
def test_english_and_new_terms_have_no_false_friends(text: str, absent: str) -> None:
    assert absent not in task_area_scores(text)


# --- Danish morphology -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("base", "variants"),
    [
        ("lagermedarbejder", ["lagermedarbejderen", "lagermedarbejdere", "lagermedarbejderne"]),
        ("kantine", ["kantinen", "kantiner", "kantinerne"]),
        ("pedel", ["pedellen", "pedeller", "pedellerne"]),
        ("chauffør", ["chaufføren", "chauffører", "chaufførerne"]),
        ("kok", ["kokken", "kokke", "kokkene"]),
        ("rengøringsassistent", ["rengøringsassistenten", "rengøringsassistenterne"]),
        ("børnehave", ["børnehaven", "børnehaver", "børnehaverne"]),
    ],
)
def test_inflection_does_not_change_area_or_occupation(base: str, variants: list[str]) -> None:
    for variant in variants:
        assert top_area(variant) == top_area(base), variant
        assert top_code(variant) == top_code(base), variant


@pytest.mark.parametrize(
    "text",
    ["Lagermedarbejder hos PostNord", "Pædagogmedhjælper i børnehave", "Rengøring af kontorer"],
)
def test_case_and_ascii_spelling_do_not_matter(text: str) -> None:
    ascii_text = text.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    expected = task_area_scores(text)
    assert expected
    for variant in (text.upper(), text.lower(), ascii_text, ascii_text.upper()):
        assert task_area_scores(variant) == expected
        assert [o.code for o in match_occupations(variant)] == [
            o.code for o in match_occupations(text)
        ]


@pytest.mark.parametrize(
    ("word", "area"),
    [
        ("lagermedarbejderjob", "warehouse"),
        ("rengøringsjob", "cleaning"),
        ("fabriksrengøringen", "cleaning"),
        ("skolepedel", "janitor"),
        ("centrallageret", "warehouse"),
        ("kantinekøkkenet", "canteen"),
        ("hjælpekokken", "kitchen"),
        ("nattevagtsportør", "service"),
    ],
)
def test_terms_inside_compounds_are_found(word: str, area: str) -> None:
    assert top_area(word) == area


@pytest.mark.parametrize(
    ("typo", "area"),
    [
        ("rengørinsassistent", "cleaning"),
        ("pædagogmedhjælber", "childcare"),
        ("chaufør", "transport"),
        ("gartnre", "gardening"),
        ("køkkenmedhjælpre", "kitchen"),
        ("lagermedarbeider", "warehouse"),
    ],
)
def test_small_typos_are_forgiven(typo: str, area: str) -> None:
    assert top_area(typo) == area


@pytest.mark.parametrize(
    "text",
    [
        "Han klager tit over ryggen",  # "klager" contains "lager"
        "Lavede et budget",  # "budget" starts with "bud"
        "Fik et godt tilbud",  # "tilbud" ends with "bud"
        "Spiser gerne kokosboller",
        "Bor sammen med min partner",  # one letter from "gartner"
        "Taler dansk",  # one letter from "maler"
        "Jeg plejer at gå en tur",  # "plejer" = usually
        "Har tre børn",
        "Tjener penge på at sælge tøj på nettet",
        "Pasning af min syge mor",  # one letter from "pakning"
    ],
)
def test_false_friends_give_no_task_area(text: str) -> None:
    scores = task_area_scores(text)
    assert "warehouse" not in scores
    assert "transport" not in scores
    assert "kitchen" not in scores
    assert "gardening" not in scores
    assert "maintenance" not in scores
    assert "care" not in scores
    assert "childcare" not in scores
    assert "waiter" not in scores


def test_scores_are_bounded_and_sorted() -> None:
    scores = task_area_scores(
        "Køkkenmedhjælper, opvask og rengøring af køkkenet i kantinen på plejehjemmet"
    )
    assert scores
    assert all(0.0 < v <= 1.0 for v in scores.values())
    assert list(scores.values()) == sorted(scores.values(), reverse=True)
    assert task_area_scores("") == {}


# --- suggestions -----------------------------------------------------------------------------


def test_suggestion_weights_sum_to_one_and_cover_only_named_areas() -> None:
    w = suggestion_task_areas(
        ["Opfyldning af varer", "Kantinearbejde", "Pasning af grønne områder"]
    )
    assert pytest.approx(sum(w.values()), abs=1e-3) == 1.0
    assert {"shop", "canteen", "gardening"} <= set(w)
    assert set(w) <= {"shop", "canteen", "gardening", "warehouse", "kitchen"}
    assert all(v > 0 for v in w.values())


def test_earlier_suggestions_weigh_more() -> None:
    a = suggestion_task_areas(["Rengøring", "Lagerarbejde"])
    b = suggestion_task_areas(["Lagerarbejde", "Rengøring"])
    assert a["cleaning"] > a["warehouse"]
    assert b["warehouse"] > b["cleaning"]


def test_suggestions_without_known_tasks_give_nothing() -> None:
    assert suggestion_task_areas([]) == {}
    assert suggestion_task_areas(["Noget med mennesker", "", "Ved ikke endnu"]) == {}


@pytest.mark.parametrize(
    ("suggestion", "areas"),
    [
        ("Transport", {"transport"}),
        ("Transportopgaver", {"transport"}),
        ("Noget med transport", {"transport"}),
        ("Transport og logistik", {"transport", "warehouse"}),
        # "service" is also the crockery ("Vask af service"): not read alone
        # the commute, not a wish
        ("Skal kunne nås med offentlig transport", set()),
        ("Transport til og fra arbejde er svær", set()),
        ("Højst 30 min transport", set()),
    ],
)
def test_a_task_areas_own_name_is_a_wish_in_a_suggestion(suggestion: str, areas: set[str]) -> None:
    assert set(suggestion_area_scores(suggestion)) == areas


def test_a_task_areas_own_name_is_no_work_in_a_cv() -> None:
    """ "Har egen transport" in a CV is the commute: an area's own name names no work there."""
    assert "transport" not in task_area_scores("Kørekort B og egen transport.")
    assert "transport" not in task_area_scores("Har egen transport")
    assert suggestion_excluded_areas(["Ikke transport/chauffør"]) == {"transport"}


#: The areas a suggestion names (its strongest and any nearly as strong).
named = named_areas


@pytest.mark.parametrize(
    ("suggestion", "areas"),
    [
        # The head (the activity) decides; the modifier only picks among the head's own areas.
        ("Kørsel med varer til butikker", {"transport"}),
        ("Pakning af varer i produktionen", {"production"}),
        ("Opfyldning af varer på lageret", {"warehouse"}),
        ("Rengøring i børnehave", {"cleaning"}),
        ("Opvask på plejecenter", {"kitchen"}),
        ("Chauffør for hjemmeplejen", {"transport"}),
        ("Anretning af morgenmad i kantinen", {"canteen"}),
        ("Portør på hospitalet", {"service"}),
        # A head naming no area leaves it to the first modifier (activity before place).
        ("Arbejde i en børnehave", {"childcare"}),
        ("Job på tankstation", {"service"}),  # a service station: sales and service
        ("Medhjælper i køkkenet", {"kitchen"}),
        ("Hjælp i køkkenet på plejecenter", {"kitchen"}),
        ("Opgaver på lager", {"warehouse"}),
        ("Job som chauffør", {"transport"}),
        # Light heads take the area of their object.
        ("Pleje af grønne arealer", {"gardening"}),
        ("Oprydning i butikken", {"shop"}),
        ("Sortering af post", {"office"}),
        # Coordinated activities count each; coordinated places of one activity do not.
        ("Køkken og kantine", {"kitchen", "canteen"}),
        ("Rengøring/opvask", {"cleaning", "kitchen"}),
        ("Lager- og chaufføropgaver", {"warehouse", "transport"}),
        ("Arbejde i kantine eller køkken", {"canteen", "kitchen"}),
        ("Rengøring af køkken og kantine", {"cleaning"}),
        ("Varemodtagelse samt prismærkning", {"warehouse", "shop"}),
        # The people the work is for name the area.
        ("Aktiviteter for beboerne", {"care"}),
        ("Samvær med børnene", {"childcare"}),
        ("Betjening af gæster", {"service"}),
        ("Pasning af heste", {"other"}),
        # Caseworker words added to the lexicon.
        ("Kaffebar", {"canteen"}),
        ("Praktisk medhjælper på plejecenter", {"janitor"}),
        ("Modtagelse af varer", {"warehouse"}),
        ("Kustode", {"service"}),
        ("Makulering og arkivering", {"office"}),
        ("Pædagogiske opgaver", {"childcare"}),
        ("Pakkeopgaver", {"warehouse"}),
        ("Kassefunktion", {"shop"}),
    ],
)
def test_a_suggestion_names_the_area_of_its_activity(suggestion: str, areas: set[str]) -> None:
    assert named(suggestion) == areas


def test_suggestion_reading_ignores_case_and_ascii_spelling() -> None:
    text = "Hjælp i køkkenet på plejecenter"
    expected = suggestion_area_scores(text)
    ascii_text = text.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    assert suggestion_area_scores(text.upper()) == expected
    assert suggestion_area_scores(ascii_text) == expected
    assert max(expected.values()) == 1.0
    assert suggestion_area_scores("") == {}
    assert suggestion_area_scores("Noget med mennesker") == {}


def test_people_words_name_an_area_only_in_suggestions() -> None:
    assert task_area_scores("Har to børn og en hund") == {}
    assert task_area_scores("Passer sin ældre mor") == {}


@pytest.mark.parametrize(
    ("word", "area"),
    [
        ("pakkeopgaver", "warehouse"),
        ("kasseopgaverne", "shop"),
        ("salgsjob", "shop"),
        ("budopgaver", "transport"),
        ("kirkegårdsmedhjælper", "gardening"),  # not "smed" + "hjælper"
    ],
)
def test_generic_compound_heads_leave_the_area_to_the_first_part(word: str, area: str) -> None:
    assert top_area(word) == area


def test_budget_is_still_not_a_delivery_job() -> None:
    assert "transport" not in task_area_scores("Budgetarbejde og budgetopgaver")


def test_rank_weights_follow_the_position_in_the_list() -> None:
    w = suggestion_rank_weights(
        ["Pakkeri i produktion", "Ved ikke", "Kørsel med pakker", "Opvask", "Pedel", "Gartner"]
    )
    assert w == {
        "production": 1.0,
        "transport": 0.8,
        "kitchen": 0.7,
        "janitor": 0.6,
        "gardening": 0.6,
    }


def test_an_area_named_twice_keeps_its_best_rank_and_ties_share_it() -> None:
    w = suggestion_rank_weights(["Opvask", "Kantine og køkken", "Køkkenhjælp"])
    assert w == {"kitchen": 1.0, "canteen": 0.9}


# --- occupations -----------------------------------------------------------------------------


def test_match_occupations_returns_coded_danish_titles_best_first() -> None:
    hits = match_occupations("Kassemedarbejder i Netto, senere lagermedarbejder", top=3)
    assert hits[0].code == "5230.1"
    assert hits[0].label == "kassemedarbejder"
    assert hits[0].task_area == "shop"
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert all(0.0 < h.score <= 1.0 for h in hits)
    assert "9333.8" in {h.code for h in hits}
    assert len(match_occupations("Kassemedarbejder i Netto, senere lagermedarbejder", top=1)) == 1
    assert match_occupations("") == []


def test_skill_words_are_not_occupations() -> None:
    assert match_occupations("Har truckcertifikat og lastbilkørekort") == []
    assert top_area("Har truckcertifikat") == "warehouse"


# --- quality floors (measured: see benchmarks/cv_quality.py) ---------------------------------


def test_quality_floors_on_labelled_lines() -> None:
    area_rows = [r for r in ROWS if "task_area" in r]
    occ_rows = [r for r in ROWS if "occupation" in r]
    assert len(ROWS) >= 200
    area1 = sum(top_area(r["text"]) == r["task_area"] for r in area_rows) / len(area_rows)
    area3 = sum(r["task_area"] in list(task_area_scores(r["text"]))[:3] for r in area_rows) / len(
        area_rows
    )
    occ1 = sum(top_code(r["text"]) == r["occupation"] for r in occ_rows) / len(occ_rows)
    occ3 = sum(
        r["occupation"] in {o.code for o in match_occupations(r["text"], top=3)} for r in occ_rows
    ) / len(occ_rows)
    assert area1 >= AREA_TOP1_FLOOR
    assert area3 >= AREA_TOP3_FLOOR
    assert occ1 >= OCC_TOP1_FLOOR
    assert occ3 >= OCC_TOP3_FLOOR


# Measured on all 536 lines: area 0.980 / 0.992, occupation 0.955 / 0.973 (holdout alone, written
# after the lexicon was frozen and before it was fixed: area 0.950, occupation 0.883 top-1;
# holdout2 alone, before the lexicon was extended for it: area 0.578, occupation 0.450 top-1;
# holdout3 alone, before its round: area 0.890, occupation 0.787 top-1; holdout4, 100 lines with
# areas and years only, before its round: area 0.940 / 0.980). With holdout4: area 0.973 / 0.990.
AREA_TOP1_FLOOR = 0.97
AREA_TOP3_FLOOR = 0.98
OCC_TOP1_FLOOR = 0.95
OCC_TOP3_FLOOR = 0.97


# --- suggestions: what they exclude, firms, canteens, blind sets ----------------------------


@pytest.mark.parametrize(
    ("suggestion", "areas"),
    [
        # An excluded activity is no wish.
        ("Ikke rengøring", set()),
        ("Alt undtagen køkken", set()),
        ("Alt andet end rengøring", set()),
        ("Anything, but not cleaning please", set()),
        ("Ønsker IKKE vaskeri igen", set()),
        ("Ikke noget med kunder", set()),
        ("Lager, men ikke truck", {"warehouse"}),
        ("Butik (ikke kasse)", {"shop"}),
        ("Hverken køkken eller kantine, men gerne servering", {"waiter"}),
        ("Ikke fysisk hårdt, så ikke lager eller byggeplads", set()),
        ("Køkken, men under ingen omstændigheder rengøring", {"kitchen"}),
        ("Chauffør nej, lager ja", {"warehouse"}),
        ("Helst ikke rengøring, gerne lager", {"warehouse"}),
        ("Ikke køkken/rengøring, gerne butik", {"shop"}),
        ("Ingen rengøring. Lager eller butik", {"warehouse", "shop"}),
        ("Borger fravælger rengøring", set()),
        ("Fravalgt: køkken, kantine. Ønsker: kontor", {"office"}),
        ("Ikke lager, pedel eller butik. Gerne rengøring", {"cleaning"}),  # a list under "eller"
        ("Ikke rengøring, lager og butik", {"warehouse", "shop"}),  # "og" leaves it open
        ("Ikke rengøring, lager eller butik er fint", {"warehouse", "shop"}),
        # ... and after it: the activities before it in its part.
        ("Rengøring - nej", set()),
        ("Køkken: nej. Butik: ja", {"shop"}),
        ("Opvask er udelukket pga eksem, gerne lager", {"warehouse"}),
        ("Rengøring ikke ønsket", set()),
        ("Rengøring er ikke en mulighed", set()),
        ("Køkken er ikke noget for ham", set()),
        ("Køkken kommer ikke på tale", set()),
        ("Rengøring har hun prøvet og vil ikke mere", set()),
        ("Ej kantine/køkken", set()),
        # A negation that takes another word is no exclusion of the activity.
        ("Ikke tungt lagerarbejde", {"warehouse"}),
        ("Ikke stressende kontorarbejde", {"office"}),
        ("Ikke kun rengøring", {"cleaning"}),
        ("Lager - ikke for tunge løft", {"warehouse"}),
        ("Lager uden for byen", {"warehouse"}),
        ("Mere end lager", {"warehouse"}),
        ("Ikke andet end rengøring", {"cleaning"}),
        ("Rengøring er ikke noget problem", {"cleaning"}),
        ("Lager er ikke for tungt for ham", {"warehouse"}),
        ("Butik men vil ikke stå ved kassen", {"shop"}),
        # A part that tells the past is background, not a wish.
        ("Tidligere tømrer, nu gerne lager", {"warehouse"}),
        ("Lager (var i praktik i en kantine i 2022)", {"warehouse"}),
        ("Hun har arbejdet som sygeplejerske og vil gerne tilbage til omsorg for ældre", {"care"}),
        ("Har erfaring fra lager", {"warehouse"}),
        ("Tidl. kok, nu lager", {"warehouse"}),
        ("Erfaring: lager og butik. Ønske: lager.", {"warehouse"}),
        ("Sluttede som kok i 2020, gerne kantine", {"canteen"}),
        ("Hun har tidligere arbejdet i kantine, men ønsker ikke at vende tilbage dertil.", set()),
        # ... unless the suggestion wishes nothing else and does not turn away from it.
        ("Har været i praktik i kantinen på rådhuset og vil gerne forlænge.", {"canteen"}),
        ("Borger var positiv over for lager", {"warehouse"}),
        ("Kunne ikke tænke sig andet end gartner", {"gardening"}),
        # A sentence of its own is an activity of its own.
        ("Lager. Butik er også ok", {"warehouse", "shop"}),
        ("Lager. Hun vil gerne i køkken.", {"warehouse", "kitchen"}),
        ("Portør på Nykøbing F. Sygehus", {"service"}),
        # A firm named first says where, the task after it what.
        ("Lidl lager", {"warehouse"}),
        ("Netto", {"shop"}),
        ("ISS på sygehus", {"cleaning"}),
        ("Plejehjemmets køkken", {"kitchen"}),
        ("Kantinen på en produktionsvirksomhed i Herning", {"canteen"}),
        # Kitchen work, serving and the till in a canteen are canteen work; cleaning stays.
        ("Kasse i kantine", {"canteen"}),
        ("Servering i kantine", {"canteen"}),
        ("Opvask i kantinen", {"canteen"}),
        ("Rengøring i kantinen", {"cleaning"}),
        # A place offered as an alternative is an activity of its own; after "og", or beside
        # a place of the activity's own, it is the same activity's place.
        ("Lager, evt. i butik", {"warehouse", "shop"}),
        ("Lager eller i butik", {"warehouse", "shop"}),
        ("Rengøring på kontor eller i kantine", {"cleaning"}),
        ("Rengøring på kontor og i kantine", {"cleaning"}),
        # Driving as the work wished, not the way to work.
        ("Vil hellere ud at køre", {"transport"}),
        ("Gerne køre ud med varer", {"transport"}),
        ("Lager, men ikke for langt at køre", {"warehouse"}),
    ],
)
def test_a_suggestion_names_what_it_wishes_not_what_it_excludes(
    suggestion: str, areas: set[str]
) -> None:
    assert named(suggestion) == areas


def test_blind_suggestion_set_floors() -> None:
    """300 suggestions by a blind writer (caseworkers of many municipalities: nouns, verb
    phrases, places, titles, typos, reasons attached): 272 right, P 0.970, R 0.908 before the
    round they prompted (lexicon gaps: "Klasseassistent" read as a till job, "Tastearbejde",
    "Byggemarked", "Boligselskab", "Zoologisk have" unread), 284, 0.978, 0.951 after it. Most
    of what is left is the writer's judgement of an area (a hotel reception, a kaffebar)."""
    q = set_quality(DATA.with_name("suggestions_blind.jsonl"))
    assert q.lines == 300
    assert q.right >= 284
    assert q.precision >= 0.97
    assert q.recall >= 0.95


def test_hard_suggestion_set_floors() -> None:
    """200 hard suggestions by a second blind writer (exclusions, firms, abbreviations, English
    and other languages, long reasons): 145 right, P 0.848, R 0.799 before the round (every
    excluded activity read as a wish: "Ikke rengøring" was cleaning), 177, 0.955, 0.889 after
    (178 since "ud og køre" is a wish for transport, 179 since "vil ikke tilbage til det" after
    its own dash turns down what went before).
    Left: cut abbreviations ("SOSU-hj.", "chauff."), spoken Danish, Polish/Swedish/German, a
    past job told in the suggestion."""
    q = set_quality(DATA.with_name("suggestions_hard.jsonl"))
    assert q.lines == 200
    assert q.right >= 179
    assert q.precision >= 0.95
    assert q.recall >= 0.88


def test_suggestion_lists_set_floors() -> None:
    """250 suggestions as 82 citizens' lists by a third blind writer (terse nouns, the
    citizen's own words, firms and towns, what the citizen does not want beside what they do,
    past jobs), scored after the rounds of the two sets above and the exclusion review: 212
    right, P 0.914, R 0.886 (the session's first code: 198, 0.871, 0.860); 226, 0.946, 0.921
    after its own round (past jobs told in the suggestion, "ej", lexicon gaps), 227 after the
    lost-wish review's."""
    q = set_quality(DATA.with_name("suggestions_lists.jsonl"))
    assert q.lines == 250
    assert q.right >= 227
    assert q.precision >= 0.94
    assert q.recall >= 0.92


def test_exclusion_review_ceiling() -> None:
    """150 suggestions by a reviewer who ran the reader to make it read an excluded activity as
    a wish, lose a wish beside a negation, or misread a firm or a canteen: 45 wrong on the code
    reviewed (exclusions after the activity, "fravælger", "er ikke en mulighed", a second
    sentence dropped: "Ingen rengøring. Lager eller butik" named nothing), 8 after its round, 7
    after the lost-wish review's.
    Left: a firm's trade before a comma ("Advokatkontor, rengøring"), "Lidl bageri", cleaning
    agents taken for cleaning work, "no-go". The count may fall, never rise."""
    q = set_quality(DATA.with_name("suggestions_exclusion_attacks.jsonl"))
    assert q.lines == 150
    assert q.lines - q.right <= 7


@pytest.mark.parametrize(
    ("suggestions", "wished", "declined"),
    [
        # a condition right after the activity turns down that, not the area: no wish either
        (["Ikke lager om natten"], set(), set()),
        (["Ikke pleje på fuld tid"], set(), set()),
        (["Ikke rengøring i private hjem, gerne erhverv"], set(), set()),
        (["Ikke køkken med skiftende vagter"], set(), set()),
        (["Ikke kontor hele dagen", "Lager"], {"warehouse"}, set()),
        # ... but a reason does, and so does the same area again
        (["Ikke rengøring pga. allergi"], set(), {"cleaning"}),
        (["Vil ikke arbejde med børn i SFO"], set(), {"childcare"}),
        # turning down before the activity ...
        (["Nej tak til pleje"], set(), {"care"}),
        (["Borger afviser rengøring", "Åben for køkken"], {"kitchen"}, {"cleaning"}),
        (["Frabeder sig pleje"], set(), {"care"}),
        (["Udelukker rengøring og pleje"], set(), {"cleaning", "care"}),
        (["Ønsker ikke at vende tilbage til rengøring", "Kantine"], {"canteen"}, {"cleaning"}),
        # ... and after it, also in a part of its own
        (["Butik frabedes"], set(), {"shop"}),
        (["Rengøring? Aldrig igen."], set(), {"cleaning"}),
        (["Lager - ikke igen"], set(), {"warehouse"}),
        (["Har prøvet rengøring, vil ikke igen"], set(), {"cleaning"}),
        (["Dårlige erfaringer med rengøring – ønsker det ikke"], set(), {"cleaning"}),
        (["Har arbejdet 8 år i produktion, ønsker ikke at vende tilbage", "Lager"],
         {"warehouse"}, {"production"}),
        # not turned down
        (["Lager, ikke for tungt"], {"warehouse"}, set()),
        (["Kantine, vil gerne igen"], {"canteen"}, set()),
        # a suggestion that only tells the past is background beside the list's wishes
        (["Tidligere rengøringsassistent", "Lager"], {"warehouse"}, set()),
        (["Tidl. job: rengøring og lager", "Ønsker nu butik"], {"shop"}, set()),
        (["Tidligere rengøringsassistent"], {"cleaning"}, set()),
        # a part that says no gives reasons, not wishes
        (["Rengøring", "Ikke køkken – vil ikke lugte af mad"], {"cleaning"}, {"kitchen"}),
        (["Tidl. rengøringsassistent – vil væk fra rengøring", "Butik"], {"shop"}, {"cleaning"}),
        (["Har været i praktik i kantinen og vil gerne forlænge.", "Lager"],
         {"canteen", "warehouse"}, set()),
    ],
)  # fmt: skip
def test_what_a_list_wishes_and_turns_down(
    suggestions: list[str], wished: set[str], declined: set[str]
) -> None:
    assert set(suggestion_rank_weights(suggestions)) == wished
    assert suggestion_excluded_areas(suggestions) == declined


def test_declined_review_ceilings() -> None:
    """200 citizens' lists by a reviewer who ran the reader once declined areas left seats out
    of batch allocation (80 with negative wording that declines nothing, 80 that decline, 40
    tricky). On the code it reviewed (a3ebc0d): 5 areas declined wrongly ("Ikke kontor på fuld
    tid – gerne kombineret med lager", "Ikke rengøring i private hjem, gerne erhverv") and 21
    of 102 declines missed ("Nej tak til pleje", "Butik frabedes", "Rengøring? Aldrig igen.",
    "Borger afviser rengøring"); after its round 2 and 11, and 10 since "Transport" names its
    area in a suggestion. Left: reception read as office work, "Servering, ikke opvask"
    turning down kitchen work, a heading in a suggestion of its own ("Ønsker ikke:"), "have"
    as an area, a turned-down area wished again
    by a later part ("Ikke mere pleje – udbrændt efter 10 år i hjemmeplejen"). The counts may
    fall, never rise."""
    false, missed, labelled = declined_quality(DATA.with_name("suggestions_declined_review.jsonl"))
    assert labelled == 102
    assert false <= 2
    assert missed <= 10


def test_blind_declined_lists_ceilings() -> None:
    """150 citizens' lists by a blind writer (60 declining nothing, 60 declining one or two
    areas, 30 mixed: a task declined inside a wished area, a past job turned away from, a
    decline under a condition), scored after the declined review's round (5668439): 2 areas
    declined wrongly ("Rengøring – ikke på plejehjem" as no care work, "Ikke kunder ansigt til
    ansigt" as no shop work) and 5 of 78 declines missed; the session's first code (739db6d):
    6 and 9. After its round (the people or things of a part that says no are its reason, not
    a wish: "Ikke køkken – vil ikke lugte af mad"; "vil væk fra rengøring"): 2 and 3."""
    false, missed, labelled = declined_quality(DATA.with_name("suggestions_declined_lists.jsonl"))
    assert labelled == 78
    assert false <= 2
    assert missed <= 3


def test_lost_wish_review_ceiling() -> None:
    """227 suggestions by a reviewer who ran the reader to make it drop a wish beside past
    tense, negation or a sentence break (and 32 where an area should go): 40 wrong on the code
    it reviewed (a past clause pointing back, "Har været i praktik i kantinen og vil gerne
    forlænge", named nothing; "Lager. Hun vil gerne i køkken" read the kitchen as the
    warehouse's place; "Tidl." unread), 57 on the session's first code, 13 after its round,
    10 since a place offered after "eller"/"evt." is an activity of its own, 7 since "ud og
    køre", "køre ud med varer" and the like are wishes for transport, 5 since the declined
    review's round ("det var ikke noget for ham", "ønsker ikke at vende tilbage til faget").
    Left: "køre bil" (in a CV
    it is mostly about the licence: "må ikke køre bil"), past work without a past word. The
    count may fall, never rise."""
    q = set_quality(DATA.with_name("suggestions_lost_wish_attacks.jsonl"))
    assert q.lines == 227
    assert q.lines - q.right <= 5
