"""A small hand-written dataset in the exchange format, for dataset and CLI tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

META = {"format": "matcher-dataset/1", "municipality": "Middelfart", "as_of": "2026-11-02"}

CENTRES: list[dict[str, Any]] = [
    {
        "id": "c-017",
        "name": "Føtex Middelfart",
        "sector": "retail",
        "ownership": "private",
        "generation": 2,
        "postcode": "5500",
        "lat": 55.5052,
        "lon": 9.7309,
        "contact_consultant": "k-07",
        "mentor_hours_per_week": 12,
        "max_trial_persons": 2,
        "seats": [
            {
                "id": "c-017-lager",
                "title": "Lagermedhjælper",
                "task_area": "warehouse",
                "capacity": 2,
                "description": "Varemodtagelse, opfyldning af hylder, sortering af returvarer.",
                "demands": {
                    "lift_kg": 20,
                    "standing": 3,
                    "walking": 3,
                    "bending": 3,
                    "overhead": 1,
                    "hand_use": 2,
                    "noise": 2,
                    "customer_contact": 1,
                    "works_alone": False,
                    "time_pressure": 2,
                    "task_complexity": 1,
                    "wet_work": False,
                    "cold": False,
                    "chemicals": False,
                    "driving": False,
                },  # fmt: skip
                "hours_min": 8,
                "hours_max": 30,
                "shifts": ["day"],
                "wheelchair_accessible": False,
                "accommodations_offered": ["flexible_breaks", "reduced_hours"],
                "required_licences": [],
                "mentor_hours_per_week": 2,
            },
            {
                "id": "c-017-kasse",
                "title": "Kassemedarbejder",
                "task_area": "shop",
                "capacity": 1,
                "demands": {"lift_kg": 5, "standing": 2, "customer_contact": 4},
                "hours_min": 10,
                "shifts": ["day", "evening"],
            },
        ],
    },
    {
        "id": "c-021",
        "name": "Middelfart Kommune, Teknisk Service",
        "ownership": "public",
        "generation": 1,
        "lat": 55.49,
        "lon": 9.76,
        "seats": [
            {"id": "c-021-pedel", "title": "Pedelmedhjælper", "task_area": "janitor", "capacity": 1}
        ],
        "x_local_note": "extra fields survive a round trip",
    },
]

CITIZENS: list[dict[str, Any]] = [
    {
        "id": "b-0412",
        "age": 46,
        "gender": "f",
        "target_group": "ressourceforloeb",
        "postcode": "5500",
        "lat": 55.49,
        "lon": 9.75,
        "transport": "public",
        "hours_per_week": 12,
        "consultant": "k-07",
        "complex": True,
        "waiting_since": "2026-08-03",
        "cv_text": "Uddannet butiksassistent 1998. Kassemedarbejder i Netto 2001-2009.",
        "icf": [
            {"code": "d4300", "qualifier": 3},
            {"code": "b152", "qualifier": 2, "note": "angst"},
        ],
        "task_suggestions": ["Opfyldning af varer", "Prismærkning", "Kantinearbejde"],
        "accommodations_text": "Skal skånes for tunge løft. Max 12 timer om ugen. Rolige omgivelser.",
        "accommodations": [{"code": "max_lift_kg", "value": 10}],
    },
    {
        "id": "b-0413",
        "target_group": "aktivitetsparat",
        "lat": 55.51,
        "lon": 9.70,
        "transport": "bike",
        "hours_per_week": 20,
        "complex": False,
        "icf": [{"code": "b152", "qualifier": 8}],
        "task_suggestions": ["Rengøring", "Pedelarbejde", "Lager"],
    },
]

HISTORY_CITIZENS: list[dict[str, Any]] = [
    {
        "id": "b-0099",
        "target_group": "sygedagpenge",
        "lat": 55.50,
        "lon": 9.72,
        "transport": "car",
        "hours_per_week": 25,
        "complex": False,
        "cv_text": "Kok i 10 år.",
        "task_suggestions": ["Køkken", "Kantine", "Opvask"],
    }
]

HISTORY_CENTRES: list[dict[str, Any]] = [
    {
        "id": "c-003",
        "name": "Kantinen på Rådhuset",
        "ownership": "public",
        "generation": 1,
        "lat": 55.50,
        "lon": 9.73,
        "seats": [
            {
                "id": "c-003-kantine",
                "title": "Kantinemedhjælper",
                "task_area": "canteen",
                "capacity": 0,
            }
        ],
    }
]

HISTORY: list[dict[str, Any]] = [
    {
        "citizen_id": "b-0099",
        "seat_id": "c-003-kantine",
        "start": "2025-02-03",
        "end": "2025-05-02",
        "outcome": "completed",
    },
    {
        "citizen_id": "b-0412",
        "seat_id": "c-017-lager",
        "start": "2024-01-08",
        "outcome": "dropped_out",
    },
]

FILES = {
    "centres.jsonl": CENTRES,
    "citizens.jsonl": CITIZENS,
    "history.jsonl": HISTORY,
    "history_citizens.jsonl": HISTORY_CITIZENS,
    "history_centres.jsonl": HISTORY_CENTRES,
}


def write_raw(directory: Path, files: dict[str, list[dict[str, Any]]] | None = None) -> Path:
    """Write the sample (or the given file contents) as a dataset directory, without validation."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "dataset.json").write_text(json.dumps(META), encoding="utf-8")
    for name, rows in (files or FILES).items():
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        (directory / name).write_text(text, encoding="utf-8")
    return directory
