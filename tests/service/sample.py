"""A small municipality in the exchange format for the service tests.

Texts that must never reach a log are collected in :data:`SECRETS`: the health and CV texts of
the citizens and a CPR-shaped number written inside a CV.
"""

from __future__ import annotations

import copy
from typing import Any

META: dict[str, Any] = {
    "format": "matcher-dataset/1",
    "municipality": "Testkommune",
    "as_of": "2026-11-02",
}

CPR_IN_TEXT = "010190-1234"
HEALTH_NOTE = "angst efter trafikulykke"
ACCOMMODATIONS_TEXT = "Skal skånes for tunge løft på grund af diskusprolaps i lænden."
CV_TEXT = f"Butiksassistent 1998-2009 i Netto. Personnummer {CPR_IN_TEXT} står i gammel journal."
SECRETS = (CPR_IN_TEXT, HEALTH_NOTE, ACCOMMODATIONS_TEXT, CV_TEXT, "diskusprolaps", "trafikulykke")


def seat(seat_id: str, capacity: int = 1, **fields: Any) -> dict[str, Any]:
    """A seat with every demand known (nothing unverified) unless ``fields`` say otherwise."""
    demands = {
        "lift_kg": 5, "standing": 1, "walking": 1, "bending": 1, "overhead": 0, "hand_use": 1,
        "noise": 1, "customer_contact": 0, "works_alone": False, "time_pressure": 1,
        "task_complexity": 1, "wet_work": False, "cold": False, "chemicals": False,
        "driving": False,
    }  # fmt: skip
    record: dict[str, Any] = {
        "id": seat_id,
        "title": "Kontormedhjælper",
        "task_area": "office",
        "capacity": capacity,
        "description": "Scanning og arkivering.",
        "demands": demands,
        "hours_min": 8,
        "hours_max": 30,
        "shifts": ["day"],
        "wheelchair_accessible": True,
        "accommodations_offered": ["flexible_breaks", "quiet_area", "back_office_possible"],
        "required_licences": [],
        "mentor_hours_per_week": 1,
    }
    record.update(fields)
    return record


def centre(centre_id: str, seats: list[dict[str, Any]], **fields: Any) -> dict[str, Any]:
    """A generation-2 centre a short walk from the citizens."""
    record: dict[str, Any] = {
        "id": centre_id,
        "name": f"Virksomhed {centre_id}",
        "sector": "public administration",
        "ownership": "public",
        "generation": 2,
        "postcode": "5500",
        "lat": 55.5000,
        "lon": 9.7300,
        "contact_consultant": "k-07",
        "mentor_hours_per_week": 40,
        "seats": seats,
    }
    record.update(fields)
    return record


def citizen(citizen_id: str, **fields: Any) -> dict[str, Any]:
    """A citizen with no accommodation needs, living next to the centres."""
    record: dict[str, Any] = {
        "id": citizen_id,
        "age": 40,
        "gender": "f",
        "target_group": "aktivitetsparat",
        "postcode": "5500",
        "lat": 55.5010,
        "lon": 9.7310,
        "transport": "car",
        "hours_per_week": 30,
        "consultant": "k-07",
        "complex": False,
        "waiting_since": "2026-08-03",
        "cv_text": "Kontorelev 2010-2012.",
        "icf": [],
        "task_suggestions": ["Scanning", "Arkivering", "Post"],
        "accommodations_text": "",
        "accommodations": [],
    }
    record.update(fields)
    return record


#: The citizen whose texts are sensitive; her structured need forbids lifts over 10 kg.
SENSITIVE = citizen(
    "b-0412",
    cv_text=CV_TEXT,
    icf=[{"code": "b152", "qualifier": 2, "note": HEALTH_NOTE}],
    accommodations_text=ACCOMMODATIONS_TEXT,
    accommodations=[{"code": "max_lift_kg", "value": 10}],
)


def dataset() -> dict[str, Any]:
    """The sample as the contents of each dataset file (fresh copy)."""
    centres = [
        centre(
            "c-1",
            [
                seat("c-1-kontor", capacity=2),
                seat(
                    "c-1-lager",
                    capacity=2,
                    title="Lagermedhjælper",
                    task_area="warehouse",
                    demands={**seat("x")["demands"], "lift_kg": 25},
                ),
                seat("c-1-en", capacity=1),
            ],  # fmt: skip
            x_local_note="extra fields survive a round trip",
        ),
        centre("c-2", [seat("c-2-kontor", capacity=1)], generation=1, ownership="private"),
    ]
    citizens = [SENSITIVE, citizen("b-0001"), citizen("b-0002"), citizen("b-0003")]
    history_centres = [centre("c-old", [seat("c-old-kantine", capacity=0, task_area="canteen")])]
    history_citizens = [citizen("b-old")]
    history = [
        {"citizen_id": "b-old", "seat_id": "c-old-kantine", "start": "2025-02-03",
         "end": "2025-05-02", "outcome": "completed"},
        {"citizen_id": "b-0001", "seat_id": "c-1-kontor", "start": "2025-06-02",
         "end": "2025-08-29", "outcome": "dropped_out", "x_note": "kept"},
    ]  # fmt: skip
    return copy.deepcopy(
        {
            "meta": META,
            "centres": centres,
            "citizens": citizens,
            "history": history,
            "history_citizens": history_citizens,
            "history_centres": history_centres,
        }
    )
