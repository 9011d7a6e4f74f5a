"""Occupation lexicon and matching: coverage, Danish inflection/compounds/typos, false friends,
suggestion weights, and quality floors on the hand-labelled CV lines."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from features.occupations import (
    esco_concepts,
    lexicon,
    match_occupations,
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


# Measured on all 346 lines: area 0.990 / 1.000, occupation 0.977 / 0.993 (holdout alone, written
# after the lexicon was frozen and before it was fixed: area 0.950, occupation 0.883 top-1).
AREA_TOP1_FLOOR = 0.97
AREA_TOP3_FLOOR = 0.98
OCC_TOP1_FLOOR = 0.95
OCC_TOP3_FLOOR = 0.97
