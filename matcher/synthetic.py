"""A realistic synthetic Danish municipality with a hidden truth: the project's main test bed.

:func:`generate` picks a real Danish region (the postcodes around a municipality's seat), builds
company centres of the kinds the municipal documents name, citizens with Danish CVs, ICF profiles,
task suggestions and skånehensyn written the way caseworkers write them, and a history of
placements made the way they are made today (first task suggestion, one of the nearest centres).

Every outcome is drawn from a hidden truth: :func:`true_probability` gives the true success
probability of any (citizen, seat) pair from skill, interest, travel, strain between the citizen's
functional profile and the seat's demands, consultant continuity (the BIP 22 % fact), a latent
centre quality and a latent citizen motivation. A pair that breaks a *planted* hard need (or the
licence, complex, hours or travel rule) almost always fails. The truth is written next to the
dataset, never inside it (``<out>.truth.npz``); only ``benchmarks/`` reads it back.

The hard-rule check here (:func:`true_conflict`) is the simulator's own reading of the spec table,
deliberately independent of the product's rule engine, so that a bug there shows up in the
benchmarks instead of being mirrored by the truth.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import random
import re
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import numpy as np

from features.cv import FIRST_AID_VALID_YEARS
from features.vocabulary import (
    ACCOMMODATION_CODES,
    ACCOMMODATIONS_OFFERED,
    BOOL_DEMANDS,
    DEMAND_KEYS,
    LEVEL_DEMANDS,
    LICENCES,
    SHIFTS,
    TASK_AREAS,
)
from matcher import synthetic_text as tx
from matcher.dataset import Dataset, write_dataset
from matcher.domain import (
    Centre,
    Citizen,
    DatasetMeta,
    IcfEntry,
    Placement,
    Seat,
    StructuredNeed,
)
from matcher.files import atomic_write

#: The day the synthetic municipality describes (fixed, so that a seed fully determines output).
AS_OF = date(2026, 11, 2)
TRUTH_SUFFIX = ".truth.npz"
TRUTH_FORMAT = "matcher-truth/1"
_POSTCODES_FILE = Path(__file__).with_name("data") / "dk_postcodes.csv"

NEED_CODES: tuple[str, ...] = tuple(ACCOMMODATION_CODES)
_K = {code: k for k, code in enumerate(NEED_CODES)}
_D = {key: k for k, key in enumerate(DEMAND_KEYS)}
_AREA = {area: k for k, area in enumerate(TASK_AREAS)}
_LIC = {lic: k for k, lic in enumerate(LICENCES)}
_SHIFT = {s: k for k, s in enumerate(SHIFTS)}
_OFFER = {o: k for k, o in enumerate(ACCOMMODATIONS_OFFERED)}
TRANSPORT_SPEED_KMH: dict[str, float] = {"car": 40.0, "public": 20.0, "bike": 14.0, "walk": 5.0}

#: Channels through which a planted need reaches the data (bit mask in ``need_channel``).
CHANNEL_TEXT, CHANNEL_STRUCTURED, CHANNEL_ICF = 1, 2, 4

#: The spec's default ICF policy (qualifier >= 3 implies the need), re-stated on the simulator side.
ICF_IMPLIES: dict[str, str] = {
    "d430": "max_lift_kg",
    "d4300": "max_lift_kg",
    "d4154": "no_prolonged_standing",
    "d450": "no_prolonged_walking",
    "d4500": "no_prolonged_walking",
    "d4105": "no_bending",
    "d4452": "no_overhead_work",
    "d440": "limited_hand_use",
    "d240": "no_time_pressure",
    "d220": "simple_tasks",
    "d710": "no_customer_contact",
    "d720": "no_customer_contact",
    "b130": "max_hours_per_week",
    "b455": "max_hours_per_week",
}


def icf_implied_value(code: str, qualifier: int) -> float | None:
    """The value of the need an ICF entry with qualifier >= 3 implies (spec table)."""
    need = ICF_IMPLIES[code]
    if need == "max_lift_kg":
        return 5.0
    if need == "max_hours_per_week":
        return 8.0 if qualifier >= 4 else 15.0
    return None


# --- the truth -----------------------------------------------------------------------------------

#: Dimensions of strain between a citizen's functional profile and a seat's demands.
STRAIN_DIMS: tuple[str, ...] = (
    "lift", "standing", "walking", "bending", "overhead", "hand", "noise", "customer",
    "time", "complexity", "wet", "cold", "chemicals", "hours",
)  # fmt: skip
_S = {d: k for k, d in enumerate(STRAIN_DIMS)}
#: How strongly a problem in an ICF category (qualifier / 4) makes a demand dimension strain.
_ICF_STRAIN: dict[str, dict[str, float]] = {
    "d430": {"lift": 1.0}, "d4300": {"lift": 1.0},
    "b280": {"lift": 0.5, "standing": 0.5, "bending": 0.5},
    "s7601": {"lift": 0.5, "bending": 0.5}, "s120": {"lift": 0.4, "walking": 0.5},
    "d4154": {"standing": 1.0}, "s750": {"standing": 0.6, "walking": 0.6},
    "d450": {"walking": 1.0}, "d4500": {"walking": 1.0},
    "d465": {"walking": 0.8, "standing": 0.8}, "d4105": {"bending": 1.0},
    "d4452": {"overhead": 1.0}, "b710": {"overhead": 0.5, "hand": 0.5},
    "d440": {"hand": 1.0}, "d445": {"hand": 0.8, "overhead": 0.4}, "s730": {"hand": 0.8},
    "b730": {"lift": 0.6, "hand": 0.4},
    "b152": {"noise": 0.6, "customer": 0.5, "time": 0.6}, "d240": {"time": 1.0, "noise": 0.4},
    "d710": {"customer": 1.0}, "d720": {"customer": 0.8},
    "b140": {"noise": 0.5, "complexity": 0.6}, "b144": {"complexity": 0.8},
    "b117": {"complexity": 1.0}, "b164": {"complexity": 0.8}, "d175": {"complexity": 0.8},
    "d220": {"complexity": 1.0, "time": 0.5}, "d230": {"time": 0.4, "hours": 0.3},
    "b130": {"hours": 1.0, "standing": 0.3}, "b455": {"hours": 0.8, "walking": 0.5, "lift": 0.4},
    "b134": {"hours": 0.4}, "b740": {"standing": 0.4, "lift": 0.4},
    "b810": {"wet": 1.0, "chemicals": 1.0}, "s810": {"wet": 0.8, "chemicals": 0.6},
    "b440": {"cold": 0.8, "chemicals": 0.6, "walking": 0.4}, "s430": {"cold": 0.6},
}  # fmt: skip
#: A planted need also makes its dimension strain below the hard limit (soft side of the need).
_NEED_STRAIN: dict[str, tuple[str, float]] = {
    "max_lift_kg": ("lift", 0.6), "no_prolonged_standing": ("standing", 0.8),
    "no_prolonged_walking": ("walking", 0.8), "no_bending": ("bending", 0.8),
    "no_overhead_work": ("overhead", 0.8), "limited_hand_use": ("hand", 0.8),
    "quiet_environment": ("noise", 0.8), "no_customer_contact": ("customer", 0.8),
    "no_time_pressure": ("time", 0.8), "simple_tasks": ("complexity", 0.8),
    "no_wet_work": ("wet", 0.8), "no_cold_environment": ("cold", 0.8),
    "no_chemicals": ("chemicals", 0.8), "max_hours_per_week": ("hours", 0.6),
    "flexible_breaks": ("hours", 0.5),
}  # fmt: skip


@dataclass(frozen=True)
class TruthParams:
    """Coefficients of the hidden success model (see :func:`true_probability`)."""

    intercept: float = -0.45
    skill: float = 2.2
    interest: float = 1.6
    travel_per_minute: float = 0.03
    travel_free_minutes: float = 15.0
    strain: float = 0.75
    mentor_support: float = 0.3
    hours_shortfall: float = 0.35
    p_max: float = 0.95
    #: Factor when the seat's centre contact consultant is not the citizen's consultant (BIP: -22 %).
    continuity: float = 0.78
    #: Factor on a pair that breaks a hard rule (keeps it at or below 0.03).
    conflict: float = 0.03


@dataclass(frozen=True)
class WorldTruth:
    """Everything :func:`true_probability` needs, as arrays indexed by citizen / seat / centre row.

    Rows cover current *and* past citizens, and current *and* closed centres, in id order as
    listed in ``citizen_ids``, ``seat_ids`` and ``centre_ids``. Build one with
    :meth:`from_arrays` from the mapping a truth file holds; :meth:`to_arrays` gives it back.
    """

    citizen_ids: np.ndarray
    c_lat: np.ndarray
    c_lon: np.ndarray
    c_speed: np.ndarray
    c_hours: np.ndarray
    c_complex: np.ndarray
    c_consultant: np.ndarray
    c_licences: np.ndarray
    c_skill: np.ndarray
    c_interest: np.ndarray
    c_motivation: np.ndarray
    c_sens: np.ndarray
    need_flag: np.ndarray
    need_value: np.ndarray
    need_channel: np.ndarray
    seat_ids: np.ndarray
    seat_centre: np.ndarray
    s_area: np.ndarray
    s_demand: np.ndarray
    s_hours_min: np.ndarray
    s_hours_max: np.ndarray
    s_shifts: np.ndarray
    s_offered: np.ndarray
    s_wheelchair: np.ndarray
    s_licences: np.ndarray
    centre_ids: np.ndarray
    ce_lat: np.ndarray
    ce_lon: np.ndarray
    ce_generation: np.ndarray
    ce_consultant: np.ndarray
    ce_quality: np.ndarray
    params: TruthParams = field(default_factory=TruthParams)
    #: JSON: citizen id -> [[code, value, channel mask, evidence span or null], ...].
    planted_json: str = "{}"

    def to_arrays(self) -> dict[str, np.ndarray]:
        """The arrays to store (no pickled objects: every entry is a plain numpy array)."""
        out: dict[str, np.ndarray] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, np.ndarray):
                out[f.name] = value
        out["params"] = np.array(json.dumps(self.params.__dict__))
        out["planted_json"] = np.array(self.planted_json)
        out["format"] = np.array(TRUTH_FORMAT)
        out["need_codes"] = np.array(NEED_CODES)
        out["demand_keys"] = np.array(DEMAND_KEYS)
        out["task_areas"] = np.array(TASK_AREAS)
        out["licences"] = np.array(LICENCES)
        return out

    @classmethod
    def from_arrays(cls, arrays: Mapping[str, np.ndarray]) -> WorldTruth:
        """Rebuild from :meth:`to_arrays` output; checks format and vocabulary order."""
        if str(arrays["format"]) != TRUTH_FORMAT:
            raise ValueError(f"not a {TRUTH_FORMAT} truth file")
        for name, vocab in (
            ("need_codes", NEED_CODES),
            ("demand_keys", DEMAND_KEYS),
            ("task_areas", TASK_AREAS),
            ("licences", LICENCES),
        ):
            if tuple(str(v) for v in arrays[name]) != tuple(vocab):
                raise ValueError(f"truth file vocabulary {name!r} differs from this version")
        kwargs: dict[str, Any] = {}
        for f in fields(cls):
            if f.name == "params":
                kwargs["params"] = TruthParams(**json.loads(str(arrays["params"])))
            elif f.name == "planted_json":
                kwargs["planted_json"] = str(arrays["planted_json"])
            else:
                kwargs[f.name] = np.asarray(arrays[f.name])
        return cls(**kwargs)

    def planted(self) -> dict[str, list[list[Any]]]:
        """Planted needs per citizen id with channel and evidence (parsed ``planted_json``)."""
        parsed: dict[str, list[list[Any]]] = json.loads(self.planted_json)
        return parsed


def _haversine_km(lat1: np.ndarray, lon1: np.ndarray, lat2: np.ndarray, lon2: np.ndarray) -> Any:
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dp, dl = p2 - p1, np.radians(lon2 - lon1)
    a = np.sin(dp / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 2 * 6371.0 * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))


def travel_minutes(truth: WorldTruth, ci: np.ndarray, sj: np.ndarray) -> np.ndarray:
    """Door-to-door minutes by the citizen's own transport (the spec's default estimate)."""
    centre = truth.seat_centre[sj]
    km = _haversine_km(truth.c_lat[ci], truth.c_lon[ci], truth.ce_lat[centre], truth.ce_lon[centre])
    return np.asarray(60.0 * 1.3 * km / truth.c_speed[ci])


def _bit(mask: np.ndarray, k: int) -> np.ndarray:
    return ((mask.astype(np.int64) >> k) & 1).astype(bool)


def _conflict_chunk(truth: WorldTruth, ci: np.ndarray, sj: np.ndarray) -> np.ndarray:
    nf = truth.need_flag[ci]
    nv = truth.need_value[ci]
    d = truth.s_demand[sj]
    offered = truth.s_offered[sj]
    cond = np.zeros(nf.shape, dtype=bool)
    with np.errstate(invalid="ignore"):
        cond[:, _K["max_lift_kg"]] = d[:, _D["lift_kg"]] > nv[:, _K["max_lift_kg"]]
        cond[:, _K["max_hours_per_week"]] = truth.s_hours_min[sj] > nv[:, _K["max_hours_per_week"]]
    cond[:, _K["no_prolonged_standing"]] = d[:, _D["standing"]] >= 3
    cond[:, _K["no_prolonged_walking"]] = d[:, _D["walking"]] >= 3
    cond[:, _K["no_bending"]] = d[:, _D["bending"]] >= 3
    cond[:, _K["no_overhead_work"]] = d[:, _D["overhead"]] >= 2
    cond[:, _K["limited_hand_use"]] = d[:, _D["hand_use"]] >= 3
    cond[:, _K["day_shift_only"]] = ~_bit(truth.s_shifts[sj], _SHIFT["day"])
    cond[:, _K["quiet_environment"]] = (d[:, _D["noise"]] >= 3) & ~_bit(
        offered, _OFFER["quiet_area"]
    )
    cond[:, _K["no_customer_contact"]] = (d[:, _D["customer_contact"]] >= 2) & ~_bit(
        offered, _OFFER["back_office_possible"]
    )
    cond[:, _K["not_alone"]] = d[:, _D["works_alone"]] > 0
    cond[:, _K["no_time_pressure"]] = d[:, _D["time_pressure"]] >= 3
    cond[:, _K["simple_tasks"]] = d[:, _D["task_complexity"]] >= 3
    cond[:, _K["flexible_breaks"]] = ~_bit(offered, _OFFER["flexible_breaks"])
    cond[:, _K["no_wet_work"]] = d[:, _D["wet_work"]] > 0
    cond[:, _K["no_cold_environment"]] = d[:, _D["cold"]] > 0
    cond[:, _K["no_chemicals"]] = d[:, _D["chemicals"]] > 0
    cond[:, _K["wheelchair_access"]] = ~truth.s_wheelchair[sj].astype(bool)
    cond[:, _K["no_driving"]] = d[:, _D["driving"]] > 0
    travel_need = nf[:, _K["max_travel_minutes"]]
    if travel_need.any():
        rows = np.flatnonzero(travel_need)
        minutes = travel_minutes(truth, ci[rows], sj[rows])
        cond[rows, _K["max_travel_minutes"]] = minutes > nv[rows, _K["max_travel_minutes"]]
    broken = (nf & cond).any(axis=1)
    # Licences: every licence the seat requires must be held.
    missing = truth.s_licences[sj].astype(np.int64) & ~truth.c_licences[ci].astype(np.int64)
    broken |= missing != 0
    broken |= truth.c_complex[ci].astype(bool) & (truth.ce_generation[truth.seat_centre[sj]] < 2)
    broken |= truth.s_hours_min[sj] > truth.c_hours[ci]
    return np.asarray(broken)


def _seat_load(truth: WorldTruth, sj: np.ndarray) -> np.ndarray:
    """How much each strain dimension a seat demands, in [0, ~1.5], after what it offers."""
    d = truth.s_demand[sj].astype(np.float64)
    offered = truth.s_offered[sj]
    load = np.zeros((len(sj), len(STRAIN_DIMS)))
    load[:, _S["lift"]] = np.minimum(d[:, _D["lift_kg"]] / 25.0, 1.5)
    for dim, key in (
        ("standing", "standing"), ("walking", "walking"), ("bending", "bending"),
        ("overhead", "overhead"), ("hand", "hand_use"), ("noise", "noise"),
        ("customer", "customer_contact"), ("time", "time_pressure"),
        ("complexity", "task_complexity"),
    ):  # fmt: skip
        load[:, _S[dim]] = d[:, _D[key]] / 4.0
    load[:, _S["wet"]] = d[:, _D["wet_work"]]
    load[:, _S["cold"]] = d[:, _D["cold"]]
    load[:, _S["chemicals"]] = d[:, _D["chemicals"]]
    load[:, _S["hours"]] = np.minimum(truth.s_hours_min[sj] / 20.0, 1.5)
    for offer, dims, factor in (
        ("quiet_area", ("noise",), 0.4),
        ("back_office_possible", ("customer",), 0.5),
        ("flexible_breaks", ("hours", "standing"), 0.75),
        ("reduced_hours", ("hours",), 0.7),
        ("adjustable_workstation", ("standing", "hand", "bending"), 0.7),
        ("mentor", ("complexity", "time"), 0.8),
    ):
        has = _bit(offered, _OFFER[offer])
        for dim in dims:
            load[has, _S[dim]] *= factor
    return load


def _probability_chunk(truth: WorldTruth, ci: np.ndarray, sj: np.ndarray) -> np.ndarray:
    p = truth.params
    area = truth.s_area[sj].astype(np.int64)
    centre = truth.seat_centre[sj]
    skill = truth.c_skill[ci, area]
    interest = truth.c_interest[ci, area]
    minutes = travel_minutes(truth, ci, sj)
    travel = np.maximum(minutes - p.travel_free_minutes, 0.0) * p.travel_per_minute
    strain = np.einsum("nd,nd->n", truth.c_sens[ci].astype(np.float64), _seat_load(truth, sj))
    mentor = _bit(truth.s_offered[sj], _OFFER["mentor"]) & truth.c_complex[ci].astype(bool)
    shortfall = truth.s_hours_max[sj] < 0.75 * truth.c_hours[ci]
    z = (
        p.intercept
        + p.skill * skill
        + p.interest * interest
        - travel
        - p.strain * strain
        + truth.ce_quality[centre]
        + truth.c_motivation[ci]
        + p.mentor_support * mentor
        - p.hours_shortfall * shortfall
    )
    prob = p.p_max / (1.0 + np.exp(-z))
    same = truth.c_consultant[ci] == truth.ce_consultant[centre]
    prob = prob * np.where(same, 1.0, p.continuity)
    return np.asarray(np.where(_conflict_chunk(truth, ci, sj), prob * p.conflict, prob))


_CHUNK = 200_000


def _pairwise(
    truth: WorldTruth,
    citizen_rows: Any,
    seat_rows: Any,
    func: Callable[[WorldTruth, np.ndarray, np.ndarray], np.ndarray],
    dtype: Any,
) -> np.ndarray:
    ci, sj = np.broadcast_arrays(np.asarray(citizen_rows, dtype=np.int64), np.asarray(seat_rows))
    shape = ci.shape
    flat_c, flat_s = ci.ravel(), sj.ravel().astype(np.int64)
    out = np.empty(flat_c.size, dtype=dtype)
    for start in range(0, flat_c.size, _CHUNK):
        stop = start + _CHUNK
        out[start:stop] = func(truth, flat_c[start:stop], flat_s[start:stop])
    return out.reshape(shape)


def true_conflict(truth: WorldTruth, citizen_rows: Any, seat_rows: Any) -> np.ndarray:
    """True when the pair breaks a planted need or the licence/complex/hours rule.

    Uses the seats' *true* demands, including those the dataset leaves unknown. Row arrays
    broadcast against each other (e.g. ``rows[:, None]`` against ``seats[None, :]``).
    """
    return _pairwise(truth, citizen_rows, seat_rows, _conflict_chunk, bool)


def true_probability(truth: WorldTruth, citizen_rows: Any, seat_rows: Any) -> np.ndarray:
    """The true probability that placing each citizen row in each seat row succeeds.

    ``p = p_max * sigmoid(z) * continuity^[consultants differ] * conflict^[hard rule broken]`` with
    ``z = intercept + skill + interest - travel - strain + centre quality + motivation
    + mentor support (complex citizens) - hours shortfall``. Skill comes from the years of
    experience in the seat's task area, interest from the task suggestions, strain from the ICF
    profile and planted needs against the seat's demands (softened by what the seat offers).
    Row arrays broadcast against each other; the result has the broadcast shape.

    >>> truth = _tiny_truth()
    >>> p = true_probability(truth, [0, 0], [0, 1])
    >>> bool(0.0 <= p.min() and p.max() <= 1.0)
    True
    """
    return _pairwise(truth, citizen_rows, seat_rows, _probability_chunk, np.float64)


# --- geography -----------------------------------------------------------------------------------

_DISTRICT_SUFFIX = re.compile(r"\s+(C|N|S|V|Ø|K|M|J|NV|NØ|SV|SØ|Sj|Nord|Syd|Øst|Vest)$")


@dataclass(frozen=True)
class Region:
    """The postcodes of the synthetic municipality and how people are spread over them."""

    municipality: str
    postcodes: tuple[str, ...]
    towns: tuple[str, ...]
    lat: np.ndarray
    lon: np.ndarray
    spread_km: np.ndarray
    weight: np.ndarray
    centre_weight: np.ndarray


def _town(name: str) -> str:
    return _DISTRICT_SUFFIX.sub("", name).strip()


def load_postcodes() -> list[tuple[str, str, float, float, float]]:
    """(postcode, name, lat, lon, area km²) of every Danish postal area with its own area."""
    rows = []
    with _POSTCODES_FILE.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if "-" in row["postnr"]:
                continue  # central Copenhagen ranges
            rows.append(
                (
                    row["postnr"],
                    row["navn"],
                    float(row["lat_main"]),
                    float(row["lon_main"]),
                    float(row["area_km2"]),
                )
            )
    return rows


#: Municipalities (kommuner) by the postal town of their seat; the generator's anchors.
MUNICIPALITY_SEATS: dict[str, str] = {
    **{name: name for name in (
        "Albertslund", "Allerød", "Assens", "Ballerup", "Billund", "Brøndby", "Brønderslev",
        "Dragør", "Esbjerg", "Faxe", "Fredensborg", "Fredericia", "Frederiksberg",
        "Frederikshavn", "Frederikssund", "Gentofte", "Glostrup", "Greve", "Haderslev",
        "Hedensted", "Helsingør", "Herlev", "Herning", "Hillerød", "Hjørring", "Holbæk",
        "Holstebro", "Horsens", "Hvidovre", "Hørsholm", "Ishøj", "Kalundborg", "Kerteminde",
        "Kolding", "Køge", "Lejre", "Lemvig", "Middelfart", "Næstved", "Nyborg", "Odder",
        "Odense", "Randers", "Ringsted", "Roskilde", "Rødovre", "Silkeborg", "Skanderborg",
        "Skive", "Slagelse", "Sorø", "Struer", "Svendborg", "Sønderborg", "Thisted", "Tønder",
        "Vallensbæk", "Varde", "Vejen", "Vejle", "Viborg", "Vordingborg", "Aabenraa", "Aalborg",
        "Aarhus",
    )},
    "Ikast": "Ikast-Brande", "Ringkøbing": "Ringkøbing-Skjern", "Faaborg": "Faaborg-Midtfyn",
    "Nakskov": "Lolland", "Grenaa": "Norddjurs", "Ebeltoft": "Syddjurs", "Bogense": "Nordfyns",
    "Aars": "Vesthimmerlands", "Hobro": "Mariagerfjord", "Støvring": "Rebild",
    "Helsinge": "Gribskov", "Frederiksværk": "Halsnæs", "Farum": "Furesø", "Stenløse": "Egedal",
    "Taastrup": "Høje-Taastrup", "Kastrup": "Tårnby", "Rudkøbing": "Langeland",
    "Hadsten": "Favrskov", "Brovst": "Jammerbugt", "Birkerød": "Rudersdal",
    "Nykøbing F": "Guldborgsund",
}  # fmt: skip


def pick_region(rng: np.random.Generator, radius_km: float = 25.0) -> Region:
    """A municipality-sized region: the postcodes within ``radius_km`` of a municipality's seat.

    Around the big cities postal areas are small, so the radius shrinks until the region holds
    about a municipality's worth of postcodes.
    """
    rows = load_postcodes()
    lat = np.array([r[2] for r in rows])
    lon = np.array([r[3] for r in rows])
    area = np.array([r[4] for r in rows])
    seats: dict[str, int] = {}
    for i, row in enumerate(rows):
        town = _town(row[1])
        key = town if town in MUNICIPALITY_SEATS else row[1]
        if key in MUNICIPALITY_SEATS and key not in seats:
            seats[key] = i  # the lowest postcode of the town is its centre
    names = sorted(seats)
    anchor_town = names[int(rng.integers(len(names)))]
    anchor = seats[anchor_town]
    dist = _haversine_km(lat[anchor], lon[anchor], lat, lon)
    radius = radius_km
    while np.count_nonzero(dist <= radius) > 30 and radius > 8.0:
        radius -= 1.0
    chosen = np.flatnonzero(dist <= radius)
    if len(chosen) < 4:
        chosen = np.argsort(dist, kind="stable")[:4]
    chosen = chosen[np.argsort(dist[chosen], kind="stable")]
    # Small postal areas are towns (dense); big ones are countryside. People live near the seat.
    weight = area[chosen] ** -0.5 * np.exp(-dist[chosen] / 15.0)
    weight[0] *= 2.0
    # Companies cluster even more in the towns than people do.
    centre_weight = area[chosen] ** -1.0 * np.exp(-dist[chosen] / 10.0)
    centre_weight[0] *= 3.0
    return Region(
        municipality=MUNICIPALITY_SEATS[anchor_town],
        postcodes=tuple(rows[i][0] for i in chosen),
        towns=tuple(_town(rows[i][1]) for i in chosen),
        lat=lat[chosen],
        lon=lon[chosen],
        spread_km=np.sqrt(area[chosen]) * 0.3,
        weight=weight / weight.sum(),
        centre_weight=centre_weight / centre_weight.sum(),
    )


def _place(
    rng: np.random.Generator,
    region: Region,
    n: int,
    spread: float = 1.0,
    companies: bool = False,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Postcode index and jittered coordinates of ``n`` addresses (homes or companies)."""
    weight = region.centre_weight if companies else region.weight
    pc = rng.choice(len(region.postcodes), size=n, p=weight)
    km = rng.normal(size=(n, 2)) * region.spread_km[pc, None] * spread
    lat = region.lat[pc] + km[:, 0] / 111.0
    lon = region.lon[pc] + km[:, 1] / (111.0 * np.cos(np.radians(region.lat[pc])))
    return pc, np.round(lat, 5), np.round(lon, 5)


# --- centres and seats ---------------------------------------------------------------------------

#: Typical demand profile per task area: lift kg, then the LEVEL_DEMANDS means (0-4), then the
#: probability of each BOOL_DEMANDS flag.
_PROFILE: dict[str, tuple[float, tuple[float, ...], tuple[float, ...]]] = {
    #               lift  stand walk bend over hand noise cust time cmplx   alone wet cold chem drive
    "kitchen":     (15, (3.5, 2.0, 2.5, 1.5, 3.0, 3.0, 0.5, 3.0, 1.5), (.05, .70, .25, .40, .00)),
    "canteen":     (12, (3.0, 2.0, 2.0, 1.0, 2.5, 2.5, 2.5, 2.5, 1.2), (.05, .50, .20, .30, .00)),
    "waiter":      (8, (3.5, 3.5, 1.5, 1.0, 2.0, 3.0, 3.8, 3.0, 1.8), (.00, .20, .00, .05, .00)),
    "janitor":     (20, (2.5, 3.0, 2.5, 2.0, 2.5, 1.5, 1.5, 1.5, 2.0), (.60, .10, .30, .30, .30)),
    "service":     (8, (2.5, 2.5, 1.5, 1.0, 2.0, 2.0, 3.0, 2.0, 1.5), (.15, .10, .05, .10, .05)),
    "cleaning":    (10, (3.0, 3.0, 3.0, 2.0, 2.5, 1.5, 1.0, 2.5, 1.0), (.45, .80, .05, .85, .00)),
    "transport":   (20, (1.0, 2.0, 2.0, 1.0, 2.0, 2.0, 2.0, 3.0, 1.5), (.70, .00, .30, .00, 1.0)),
    "warehouse":   (20, (3.0, 3.0, 3.0, 2.0, 2.5, 2.5, 0.8, 2.5, 1.2), (.20, .00, .25, .05, .10)),
    "care":        (15, (3.0, 3.0, 3.0, 1.5, 2.5, 2.0, 3.5, 3.0, 2.2), (.25, .30, .00, .20, .15)),
    "shop":        (10, (3.0, 2.5, 2.5, 2.0, 2.5, 2.0, 3.0, 2.5, 1.3), (.10, .00, .20, .05, .00)),
    "production":  (15, (3.3, 1.5, 2.0, 1.5, 3.2, 3.2, 0.3, 3.0, 1.5), (.10, .10, .15, .30, .00)),
    "office":      (5, (0.8, 1.0, 0.8, 0.5, 2.5, 1.0, 1.5, 2.0, 2.5), (.20, .00, .00, .00, .00)),
    "childcare":   (15, (2.5, 2.5, 3.0, 1.0, 1.5, 3.5, 3.0, 2.0, 2.0), (.05, .20, .10, .05, .00)),
    "maintenance": (20, (2.5, 2.5, 3.0, 2.5, 3.0, 2.5, 1.0, 2.0, 2.5), (.35, .10, .30, .30, .20)),
    "gardening":   (20, (2.5, 3.0, 3.2, 1.0, 2.5, 2.5, 0.5, 1.5, 1.2), (.30, .30, .60, .20, .20)),
    "other":       (12, (2.5, 2.5, 2.0, 1.0, 2.0, 1.5, 1.5, 1.5, 1.0), (.15, .00, .10, .05, .05)),
}  # fmt: skip
_EVENING = {"waiter": .6, "kitchen": .4, "care": .4, "cleaning": .35, "service": .3, "shop": .25,
            "production": .2, "warehouse": .2, "canteen": .05, "transport": .15}  # fmt: skip
_NIGHT = {"care": 0.15, "production": 0.1, "warehouse": 0.1, "cleaning": 0.05, "transport": 0.05}
_WEEKEND = {
    "waiter": 0.6,
    "care": 0.4,
    "kitchen": 0.4,
    "shop": 0.35,
    "service": 0.3,
    "cleaning": 0.1,
}
_OFFER_P = {"flexible_breaks": .65, "quiet_area": .25, "reduced_hours": .55,
            "back_office_possible": .2, "mentor": .7, "adjustable_workstation": .2}  # fmt: skip
_LICENCE_P: dict[str, tuple[tuple[str, float], ...]] = {
    "transport": (("B", 1.0), ("C", 0.2)), "warehouse": (("forklift", 0.3),),
    "kitchen": (("hygiene", 0.4),), "canteen": (("hygiene", 0.4),),
    "care": (("first_aid", 0.15),), "childcare": (("first_aid", 0.2),),
    "maintenance": (("B", 0.25),), "gardening": (("B", 0.2),), "janitor": (("B", 0.15),),
}  # fmt: skip
_KINDS = {kind[0]: kind for kind in tx.CENTRE_KINDS}


@dataclass
class _CentreDraft:
    """A centre while it is being built (records are frozen; truth arrays come from these)."""

    record: Centre
    quality: float
    consultant: int
    true_demands: list[np.ndarray]


def _draw_demands(rng: random.Random, area: str) -> tuple[np.ndarray, dict[str, Any]]:
    """True demand vector (DEMAND_KEYS order) and the recorded demands (~5 % left unknown)."""
    lift_mean, levels, flags = _PROFILE[area]
    true = np.zeros(len(DEMAND_KEYS), dtype=np.float32)
    lift = lift_mean * math.exp(rng.gauss(0.0, 0.35))
    true[0] = max(0.0, 5.0 * round(lift / 5.0))
    for k, mean in enumerate(levels):
        true[1 + k] = min(4, max(0, round(mean + rng.gauss(0.0, 0.7))))
    for k, prob in enumerate(flags):
        true[1 + len(LEVEL_DEMANDS) + k] = float(rng.random() < prob)
    recorded: dict[str, Any] = {}
    for k, key in enumerate(DEMAND_KEYS):
        if rng.random() < 0.05:
            continue  # unknown: the company did not say
        if key == "lift_kg":
            recorded[key] = int(true[k])
        elif key in BOOL_DEMANDS:
            recorded[key] = bool(true[k])
        else:
            recorded[key] = int(true[k])
    return true, recorded


def _draw_seat(
    rng: random.Random, centre_id: str, area: str, closed: bool
) -> tuple[Seat, np.ndarray]:
    slug, titles, descriptions = tx.SEAT_TEXT[area]
    true, recorded = _draw_demands(rng, area)
    hours_min = rng.choices((4, 6, 8, 10, 12, 15, 20), (10, 18, 25, 20, 15, 8, 4))[0]
    hours_max = min(37, hours_min + rng.choice((6, 8, 10, 12, 15, 20, 25, 30)))
    shifts = []
    if rng.random() < 0.92:
        shifts.append("day")
    if rng.random() < _EVENING.get(area, 0.0):
        shifts.append("evening")
    if rng.random() < _NIGHT.get(area, 0.0):
        shifts.append("night")
    if rng.random() < _WEEKEND.get(area, 0.0):
        shifts.append("weekend")
    if not shifts:
        shifts.append("evening")
    wheelchair = rng.random() < (0.6 if area in ("office", "service", "other") else 0.25)
    offered = [o for o in ACCOMMODATIONS_OFFERED if rng.random() < _OFFER_P[o]]
    if area in ("shop", "office") and "back_office_possible" not in offered and rng.random() < 0.2:
        offered.append("back_office_possible")
    licences = [lic for lic, prob in _LICENCE_P.get(area, ()) if rng.random() < prob]
    if true[_D["driving"]] > 0 and "B" not in licences:
        licences.insert(0, "B")
    if "C" in licences and "B" not in licences:
        licences.insert(0, "B")
    capacity = 0 if closed else rng.choices((0, 1, 2, 3), (15, 55, 25, 5))[0]
    seat = Seat(
        id=f"{centre_id}-{slug}",
        title=rng.choice(titles),
        task_area=area,
        capacity=capacity,
        description=rng.choice(descriptions),
        demands=recorded,
        hours_min=hours_min,
        hours_max=hours_max,
        shifts=tuple(s for s in SHIFTS if s in shifts),
        wheelchair_accessible=wheelchair,
        accommodations_offered=tuple(o for o in ACCOMMODATIONS_OFFERED if o in offered),
        required_licences=tuple(lic for lic in LICENCES if lic in licences),
        mentor_hours_per_week=rng.choice((1, 1, 2, 2, 2, 3, 4)),
    )
    return seat, true


def _weighted(rng: random.Random, weights: Mapping[str, float], k: int) -> list[str]:
    """``k`` distinct keys drawn with probability proportional to weight."""
    pool = dict(weights)
    out = []
    for _ in range(min(k, len(pool))):
        key = rng.choices(list(pool), list(pool.values()))[0]
        out.append(key)
        del pool[key]
    return out


def _make_centres(
    rng: random.Random,
    nrng: np.random.Generator,
    region: Region,
    n: int,
    first_number: int,
    width: int,
    consultants: _Consultants,
    closed: bool,
    used_names: set[str],
) -> list[_CentreDraft]:
    pcs, lats, lons = _place(nrng, region, n, spread=0.6, companies=True)
    nearest = consultants.nearest(lats, lons)
    private = [k for k in tx.CENTRE_KINDS if k[2] == "private"]
    public = [k for k in tx.CENTRE_KINDS if k[2] == "public"]
    drafts = []
    for i in range(n):
        centre_id = f"c-{first_number + i:0{width}d}"
        kinds = public if rng.random() < 0.25 else private
        kind = rng.choices(kinds, [tx.CENTRE_KIND_WEIGHTS[k[0]] for k in kinds])[0]
        _, sector, ownership, templates, areas = kind
        town = region.towns[pcs[i]]
        name = rng.choice(templates).format(
            town=town,
            muni=region.municipality,
            place=rng.choice(tx.PLACE_NAMES),
            restaurant=rng.choice(tx.RESTAURANT_NAMES),
            school=rng.choice(tx.SCHOOL_NAMES),
        )
        if name in used_names:
            for street in rng.sample(tx.STREETS, len(tx.STREETS)):
                if f"{name}, {street}" not in used_names:
                    name = f"{name}, {street}"
                    break
            else:
                name = f"{name} ({centre_id})"
        used_names.add(name)
        n_seats = rng.choices((1, 2, 3, 4), (35, 35, 20, 10))[0]
        seat_areas = _weighted(rng, areas, n_seats)
        seats, demands = [], []
        for area in seat_areas:
            seat, true = _draw_seat(rng, centre_id, area, closed)
            seats.append(seat)
            demands.append(true)
        consultant = consultants.assign(rng, int(nearest[i]), 0.7)
        need = sum(s.capacity * (s.mentor_hours_per_week or 0) for s in seats)
        budget = max(2, round(max(need, 2) * rng.uniform(0.6, 1.3)))
        total = sum(s.capacity for s in seats)
        max_trial = None
        if total >= 2 and rng.random() < 0.3:
            max_trial = rng.randint(1, total - 1)
        record = Centre(
            id=centre_id,
            name=name,
            sector=sector,
            ownership=ownership,
            generation=2 if rng.random() < 0.4 else 1,
            postcode=region.postcodes[pcs[i]],
            lat=float(lats[i]),
            lon=float(lons[i]),
            contact_consultant=consultants.ids[consultant],
            mentor_hours_per_week=budget,
            max_trial_persons=max_trial,
            seats=tuple(seats),
        )
        drafts.append(_CentreDraft(record, rng.gauss(0.0, 0.35), consultant, demands))
    return drafts


class _Consultants:
    """Job-centre consultants; each covers an area, so nearby citizens and centres often share one."""

    def __init__(self, nrng: np.random.Generator, region: Region, count: int) -> None:
        width = max(2, len(str(count)))
        self.ids = [f"k-{k + 1:0{width}d}" for k in range(count)]
        _, self.lat, self.lon = _place(nrng, region, count)

    def nearest(self, lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
        """The consultant whose area covers each address."""
        d = _haversine_km(lat[:, None], lon[:, None], self.lat[None, :], self.lon[None, :])
        return np.asarray(np.argmin(d, axis=1))

    def assign(self, rng: random.Random, nearest: int, local: float) -> int:
        """The area's consultant (``nearest``) with probability ``local``, else anyone."""
        if rng.random() < local:
            return nearest
        return rng.randrange(len(self.ids))


# --- citizens ------------------------------------------------------------------------------------

#: Limitation patterns: weight, ICF categories (with how often each appears), needs (with
#: probability and value choices), Danish notes a caseworker adds to the first ICF entry.
_PATTERNS: dict[str, dict[str, Any]] = {
    "back": {
        "weight": 0.28,
        "icf": (("b280", 1.0), ("d430", 0.8), ("d4105", 0.6), ("d4154", 0.5), ("s7601", 0.3),
                ("b710", 0.3), ("d450", 0.25), ("d4452", 0.2), ("s750", 0.15)),
        "needs": (("max_lift_kg", 0.7, (5, 8, 10, 10, 10, 12, 15, 15, 20)), ("no_bending", 0.4),
                  ("no_prolonged_standing", 0.35), ("no_prolonged_walking", 0.12),
                  ("no_overhead_work", 0.12), ("flexible_breaks", 0.15),
                  ("max_hours_per_week", 0.15, (10, 12, 15, 18, 20, 25)),
                  ("no_cold_environment", 0.05), ("no_driving", 0.04)),
        "notes": ("lænderygsmerter", "diskusprolaps", "slidgigt i knæ", "nakke- og skuldersmerter"),
    },
    "mental": {
        "weight": 0.32,
        "icf": (("b152", 1.0), ("d240", 0.8), ("b130", 0.6), ("b134", 0.5), ("b140", 0.5),
                ("b144", 0.3), ("d220", 0.3), ("d710", 0.3), ("d720", 0.25), ("d230", 0.3)),
        "needs": (("quiet_environment", 0.45), ("no_time_pressure", 0.4),
                  ("no_customer_contact", 0.3), ("flexible_breaks", 0.25),
                  ("max_hours_per_week", 0.35, (6, 8, 10, 12, 15, 16, 20)),
                  ("day_shift_only", 0.25), ("not_alone", 0.1), ("simple_tasks", 0.12),
                  ("max_travel_minutes", 0.2, (20, 30, 30, 40, 45, 60))),
        "notes": ("angst", "depression", "stress", "PTSD", "social fobi"),
    },
    "cognitive": {
        "weight": 0.08,
        "icf": (("b140", 0.8), ("b144", 0.8), ("d220", 0.8), ("b117", 0.6), ("b164", 0.6),
                ("d175", 0.5), ("d230", 0.5)),
        "needs": (("simple_tasks", 0.8), ("not_alone", 0.45), ("no_time_pressure", 0.5),
                  ("quiet_environment", 0.3), ("day_shift_only", 0.2), ("no_driving", 0.2)),
        "notes": ("ADHD", "hjerneskade efter ulykke", "indlæringsvanskeligheder", "autisme"),
    },
    "fatigue": {
        "weight": 0.10,
        "icf": (("b130", 0.9), ("b455", 0.8), ("b134", 0.5), ("b740", 0.4), ("d230", 0.4)),
        "needs": (("max_hours_per_week", 0.75, (6, 8, 10, 12, 15)), ("flexible_breaks", 0.5),
                  ("day_shift_only", 0.35), ("no_prolonged_standing", 0.3),
                  ("max_travel_minutes", 0.2, (20, 30, 45)), ("max_lift_kg", 0.15, (10, 15))),
        "notes": ("kronisk træthed", "fibromyalgi", "senfølger efter covid", "søvnproblemer"),
    },
    "skin": {
        "weight": 0.05,
        "icf": (("b810", 1.0), ("s810", 0.6)),
        "needs": (("no_wet_work", 0.85), ("no_chemicals", 0.7), ("no_cold_environment", 0.2)),
        "notes": ("eksem", "kontaktallergi", "psoriasis"),
    },
    "wheelchair": {
        "weight": 0.02,
        "icf": (("d450", 1.0), ("d4154", 0.9), ("b730", 0.8), ("s750", 0.7), ("d465", 0.8),
                ("b710", 0.5), ("d4105", 0.5), ("s120", 0.4)),
        "needs": (("wheelchair_access", 1.0), ("no_prolonged_standing", 0.9),
                  ("no_prolonged_walking", 0.9), ("max_lift_kg", 0.6, (5, 8, 10)),
                  ("no_bending", 0.5), ("max_travel_minutes", 0.3, (30, 45, 60)),
                  ("no_overhead_work", 0.1)),
        "notes": ("kørestolsbruger", "rygmarvsskade", "sclerose"),
        "icf_channel": 0.8,
    },
    "arm": {
        "weight": 0.08,
        "icf": (("d440", 0.8), ("d445", 0.7), ("b280", 0.6), ("d4452", 0.6), ("b710", 0.5),
                ("s730", 0.5)),
        "needs": (("limited_hand_use", 0.7), ("no_overhead_work", 0.6),
                  ("max_lift_kg", 0.5, (5, 8, 10, 12, 15))),
        "notes": ("skulderskade", "karpaltunnelsyndrom", "slidgigt i hænderne", "tennisalbue"),
    },
    "lung": {
        "weight": 0.07,
        "icf": (("b440", 1.0), ("b455", 0.7), ("s430", 0.4)),
        "needs": (("no_cold_environment", 0.5), ("no_chemicals", 0.5),
                  ("no_prolonged_walking", 0.35), ("max_lift_kg", 0.3, (10, 15)),
                  ("flexible_breaks", 0.3)),
        "notes": ("astma", "KOL"),
    },
}  # fmt: skip
_AREA_POPULARITY = {
    "shop": 14, "warehouse": 10, "kitchen": 8, "canteen": 4, "waiter": 5, "janitor": 3,
    "service": 5, "cleaning": 10, "transport": 5, "care": 8, "production": 10, "office": 4,
    "childcare": 5, "maintenance": 4, "gardening": 3, "other": 2,
}  # fmt: skip
_GROUPS = (
    ("kitchen", "canteen", "waiter"), ("cleaning", "janitor", "service"),
    ("warehouse", "transport", "shop"), ("maintenance", "production", "gardening"),
    ("care", "childcare"), ("shop", "other"),
)  # fmt: skip
_TARGET_GROUPS = {
    "aktivitetsparat": (0.45, 18.0), "ressourceforloeb": (0.20, 13.0),
    "jobafklaring": (0.12, 15.0), "sygedagpenge": (0.10, 20.0), "fleksjob": (0.10, 14.0),
    "other": (0.03, 18.0),
}  # fmt: skip
_SUGGESTION_WEIGHTS = (1.0, 0.85, 0.7, 0.6, 0.5)


@dataclass
class _CitizenDraft:
    """A citizen's record plus the latent, hidden side of them (becomes truth arrays)."""

    record: Citizen
    skill: list[float]
    interest: list[float]
    motivation: float
    consultant: int
    licences: int
    sens: list[float]
    needs: dict[str, tuple[float | None, int, str | None]]
    suggestion_areas: list[str]


_GROUP_ROWS = tuple(tuple(_AREA[a] for a in group) for group in _GROUPS)
_ICF_FOR_NEED: dict[str, tuple[str, ...]] = {
    need: tuple(code for code, implied in ICF_IMPLIES.items() if implied == need)
    for need in set(ICF_IMPLIES.values())
}


def _related_years(years: list[float]) -> list[float]:
    """Years in neighbouring task areas (kitchen helps in a canteen), per area."""
    related = [0.0] * len(years)
    for rows in _GROUP_ROWS:
        total = sum(years[k] for k in rows)
        for k in rows:
            related[k] = max(related[k], total - years[k])
    return related


def _licence_year(licence: str, ref_year: int, rng: random.Random) -> int:
    """The year a CV line dates a held licence: 1-10 years ago, a first aid certificate no
    longer ago than its validity (an older course is expired, not held)."""
    year = ref_year - rng.randint(1, 10)
    return max(year, ref_year - FIRST_AID_VALID_YEARS) if licence == "first_aid" else year


def _draw_needs(rng: random.Random, patterns: Sequence[str]) -> dict[str, float | None]:
    needs: dict[str, float | None] = {}
    for name in patterns:
        for spec in _PATTERNS[name]["needs"]:
            code, prob = spec[0], spec[1]
            if rng.random() >= prob:
                continue
            value = float(rng.choice(spec[2])) if len(spec) > 2 else None
            if code in needs and value is not None and needs[code] is not None:
                needs[code] = min(value, needs[code])  # type: ignore[type-var]
            else:
                needs.setdefault(code, value)
    return needs


def _make_citizen(
    rng: random.Random,
    ident: str,
    region: Region,
    pc: int,
    lat: float,
    lon: float,
    consultants: _Consultants,
    home_consultant: int,
    waiting_since: date,
    waited_days: int,
    ref_year: int,
) -> _CitizenDraft:
    gender = "f" if rng.random() < 0.5 else "m"
    pron = tx.pronoun(gender)
    age = int(min(64, max(18, round(rng.gauss(40, 12)))))
    town = region.towns[pc]
    fill = {"town": town, "muni": region.municipality}

    # Limitations: patterns -> needs -> channels -> ICF profile.
    n_patterns = rng.choices((0, 1, 2, 3), (15, 55, 25, 5))[0]
    names = list(_PATTERNS)
    patterns = _weighted(rng, {p: _PATTERNS[p]["weight"] for p in names}, n_patterns)
    needs = _draw_needs(rng, patterns)
    has_icf = bool(patterns) and rng.random() < 0.9
    has_structured = bool(needs) and rng.random() < 0.24
    icf_channel_p = max([_PATTERNS[p].get("icf_channel", 0.4) for p in patterns] or [0.4])
    channels: dict[str, int] = {}
    icf_high: dict[str, int] = {}  # ICF code -> qualifier >= 3 chosen to carry a need
    for code in sorted(needs):
        mask = 0
        if has_icf and code in _ICF_FOR_NEED and rng.random() < icf_channel_p:
            icf_code = rng.choice(_ICF_FOR_NEED[code])
            qualifier = rng.choice((3, 3, 4))
            icf_high[icf_code] = qualifier
            needs[code] = icf_implied_value(icf_code, qualifier)
            mask |= CHANNEL_ICF
        if has_structured and rng.random() < 0.75:
            mask |= CHANNEL_STRUCTURED
        if mask == 0 or rng.random() < 0.55:
            mask |= CHANNEL_TEXT
        channels[code] = mask
    if has_structured and not any(m & CHANNEL_STRUCTURED for m in channels.values()):
        channels[sorted(channels)[0]] |= CHANNEL_STRUCTURED
    icf: list[IcfEntry] = []
    if has_icf:
        seen: set[str] = set()
        for name in patterns:
            spec = _PATTERNS[name]
            first_entry = True
            for icf_code, prob in spec["icf"]:
                if icf_code in seen or (icf_code not in icf_high and rng.random() >= prob):
                    continue
                seen.add(icf_code)
                if icf_code in icf_high:
                    q = icf_high[icf_code]
                else:
                    q = min(4, max(0, round(rng.gauss(1.8, 0.9))))
                    if icf_code in ICF_IMPLIES:
                        q = min(q, 2)  # a high grade would imply a need that is not planted
                note = rng.choice(spec["notes"]) if first_entry and rng.random() < 0.4 else None
                first_entry = False
                icf.append(IcfEntry(icf_code, q, note))
        for icf_code, q in icf_high.items():
            if icf_code not in seen:
                icf.append(IcfEntry(icf_code, q))
        if rng.random() < 0.2:
            icf.append(IcfEntry("e310", rng.choice((0, 1, 2))))
        rng.shuffle(icf)

    # Work life: jobs by area, education, licences.
    years = [0.0] * len(TASK_AREAS)
    edu_area: str | None = None
    primary = rng.choices(list(_AREA_POPULARITY), list(_AREA_POPULARITY.values()))[0]
    education: list[str] = []
    if rng.random() < 0.35:
        options = [v for v in tx.VOCATIONAL if v[1] == primary] if rng.random() < 0.7 else []
        text, edu_area = rng.choice(options or list(tx.VOCATIONAL))
        year = min(ref_year - 1, ref_year - age + rng.randint(19, 24))
        education.append(text.format(y=year))
    else:
        year = min(ref_year - 1, ref_year - age + 19)
        education.append(rng.choice(tx.GENERAL_EDUCATION).format(y=year))
    jobs: list[str] = []
    n_jobs = rng.choices((0, 1, 2, 3, 4, 5), (10, 25, 28, 20, 11, 6))[0]
    end = ref_year - rng.randint(1, 8)
    earliest = ref_year - age + 17
    for _ in range(n_jobs):
        area = primary if rng.random() < 0.6 else rng.choice(TASK_AREAS)
        duration = min(12, max(1, round(rng.expovariate(1 / 3.0))))
        start = end - duration
        if start < earliest:
            break
        titles, employers = tx.JOBS[area]
        employer = rng.choice(employers).format(place=rng.choice(tx.PLACE_NAMES), **fill)
        title = rng.choice(titles)
        jobs.append(tx.job_line(rng, title, employer, start, end))
        years[_AREA[area]] += duration
        end = start - rng.choice((0, 0, 1, 2))
    if rng.random() < 0.6:
        jobs.reverse()  # most CVs list the oldest job first
    if rng.random() < 0.2:
        area = rng.choice(TASK_AREAS)
        titles, employers = tx.JOBS[area]
        employer = rng.choice(employers).format(place=rng.choice(tx.PLACE_NAMES), **fill)
        jobs.append(tx.internship_line(rng, rng.choice(titles), employer, ref_year - 1))
        years[_AREA[area]] += 0.25
    related = _related_years(years)
    skill = [
        1.0 - math.exp(-(y + 0.3 * r + (2.0 if area == edu_area else 0.0)) / 3.5)
        for area, y, r in zip(TASK_AREAS, years, related, strict=True)
    ]

    exp_areas = {a for a in TASK_AREAS if years[_AREA[a]] >= 1}
    held = set()
    if rng.random() < 0.5 + (0.35 if "transport" in exp_areas else 0.0):
        held.add("B")
    if rng.random() < (0.7 if "transport" in exp_areas else 0.02):
        held.update(("B", "C"))
    if rng.random() < (
        0.55 if "warehouse" in exp_areas else 0.2 if "production" in exp_areas else 0.05
    ):
        held.add("forklift")
    if rng.random() < (0.6 if exp_areas & {"kitchen", "canteen"} else 0.04):
        held.add("hygiene")
    if rng.random() < (0.35 if exp_areas & {"care", "childcare"} else 0.07):
        held.add("first_aid")
    licence_lines = [
        rng.choice(tx.LICENCE_PHRASES[lic]).format(y=_licence_year(lic, ref_year, rng))
        for lic in LICENCES
        if lic in held
    ]
    rng.shuffle(licence_lines)
    skills = rng.sample(tx.SKILLS, rng.choice((0, 1, 1, 2)))
    if "B" not in held and rng.random() < 0.3:
        skills.append(rng.choice(tx.NO_LICENCE))
    cv = tx.cv_text(rng, education, jobs, skills, licence_lines, rng.choice(tx.LANGUAGES))

    # Task suggestions: what the citizen wants, often near what they know.
    n_sugg = rng.choices((3, 4, 5), (50, 30, 20))[0]
    weights = {a: _AREA_POPULARITY[a] + 25.0 * skill[_AREA[a]] for a in TASK_AREAS}
    suggestion_areas: list[str] = []
    suggestions: list[str] = []
    interest = [0.0] * len(TASK_AREAS)
    while len(suggestions) < n_sugg:
        if suggestion_areas and rng.random() < 0.3:
            area = suggestion_areas[-1]
        else:
            area = rng.choices(list(weights), list(weights.values()))[0]
        unused = [s for s in tx.TASK_SUGGESTIONS[area] if s not in suggestions]
        if not unused:
            weights.pop(area, None)
            continue
        rank = len(suggestions)
        suggestions.append(rng.choice(unused))
        suggestion_areas.append(area)
        k = _AREA[area]
        interest[k] = max(interest[k], _SUGGESTION_WEIGHTS[rank])

    # Target group, hours, complexity, transport.
    groups = list(_TARGET_GROUPS)
    target = rng.choices(groups, [_TARGET_GROUPS[g][0] for g in groups])[0]
    hours = float(min(37, max(6, round(rng.gauss(_TARGET_GROUPS[target][1], 6.0)))))
    max_hours = needs.get("max_hours_per_week")
    if max_hours is not None:
        hours = min(hours, float(max_hours))
    complex_p = (
        0.05 + 0.1 * len(patterns) + (0.15 if {"mental", "cognitive"} & set(patterns) else 0)
    )
    is_complex = rng.random() < complex_p
    if "B" in held and "no_driving" not in needs and rng.random() < 0.65:
        transport = "car"
    else:
        transport = rng.choices(("public", "bike", "walk"), (60, 30, 10))[0]

    # The caseworker's text and the structured list.
    text_needs = [(c, needs[c]) for c in sorted(needs) if channels[c] & CHANNEL_TEXT]
    acc_text, evidence = tx.accommodation_text(rng, text_needs, frozenset(needs), pron)
    structured = tuple(
        StructuredNeed(c, needs[c]) for c in sorted(needs) if channels[c] & CHANNEL_STRUCTURED
    )

    consultant = consultants.assign(rng, home_consultant, 0.6)
    waited_years = waited_days / 365.25  # passive waiting erodes motivation (BIP 2018)
    motivation = rng.gauss(0.0, 0.5) - 0.2 * waited_years
    sens = [0.0] * len(STRAIN_DIMS)
    for entry in icf:
        for dim, w in _ICF_STRAIN.get(entry.code, {}).items():
            sens[_S[dim]] = max(sens[_S[dim]], w * min(entry.qualifier, 4) / 4.0)
    for code in needs:
        if code in _NEED_STRAIN:
            dim, w = _NEED_STRAIN[code]
            sens[_S[dim]] = max(sens[_S[dim]], w)
    record = Citizen(
        id=ident,
        age=age,
        gender=gender,
        target_group=target,
        postcode=region.postcodes[pc],
        lat=lat,
        lon=lon,
        transport=transport,
        hours_per_week=hours,
        consultant=consultants.ids[consultant],
        complex=is_complex,
        waiting_since=waiting_since,
        cv_text=cv,
        icf=tuple(icf),
        task_suggestions=tuple(suggestions),
        accommodations_text=acc_text,
        accommodations=structured,
    )
    licence_mask = sum(1 << _LIC[lic] for lic in held)
    planted = {c: (needs[c], channels[c], evidence.get(c)) for c in needs}
    return _CitizenDraft(
        record=record,
        skill=skill,
        interest=interest,
        motivation=motivation,
        consultant=consultant,
        licences=licence_mask,
        sens=sens,
        needs=planted,
        suggestion_areas=suggestion_areas,
    )


# --- assembling the truth ------------------------------------------------------------------------


def _build_truth(
    citizens: Sequence[_CitizenDraft], centres: Sequence[_CentreDraft], params: TruthParams
) -> WorldTruth:
    n_c = len(citizens)
    need_flag = np.zeros((n_c, len(NEED_CODES)), dtype=bool)
    need_value = np.full((n_c, len(NEED_CODES)), np.nan, dtype=np.float32)
    need_channel = np.zeros((n_c, len(NEED_CODES)), dtype=np.uint8)
    planted: dict[str, list[list[Any]]] = {}
    for i, c in enumerate(citizens):
        items = []
        for code in sorted(c.needs):
            value, channel, evidence = c.needs[code]
            k = _K[code]
            need_flag[i, k] = True
            need_channel[i, k] = channel
            if value is not None:
                need_value[i, k] = value
            items.append([code, value, channel, evidence])
        planted[c.record.id] = items
    seats = [
        (ci, seat, demand)
        for ci, centre in enumerate(centres)
        for seat, demand in zip(centre.record.seats, centre.true_demands, strict=True)
    ]

    def mask(values: Sequence[str] | None, index: Mapping[str, int]) -> int:
        return sum(1 << index[v] for v in values or ())

    return WorldTruth(
        citizen_ids=np.array([c.record.id for c in citizens]),
        c_lat=np.array([c.record.lat for c in citizens]),
        c_lon=np.array([c.record.lon for c in citizens]),
        c_speed=np.array([TRANSPORT_SPEED_KMH[c.record.transport] for c in citizens]),
        c_hours=np.array([c.record.hours_per_week for c in citizens]),
        c_complex=np.array([c.record.complex for c in citizens]),
        c_consultant=np.array([c.consultant for c in citizens], dtype=np.int32),
        c_licences=np.array([c.licences for c in citizens], dtype=np.uint8),
        c_skill=np.array([c.skill for c in citizens], dtype=np.float32),
        c_interest=np.array([c.interest for c in citizens], dtype=np.float32),
        c_motivation=np.array([c.motivation for c in citizens], dtype=np.float32),
        c_sens=np.array([c.sens for c in citizens], dtype=np.float32),
        need_flag=need_flag,
        need_value=need_value,
        need_channel=need_channel,
        seat_ids=np.array([s.id for _, s, _ in seats]),
        seat_centre=np.array([ci for ci, _, _ in seats], dtype=np.int32),
        s_area=np.array([_AREA[s.task_area] for _, s, _ in seats], dtype=np.int8),
        s_demand=np.stack([d for _, _, d in seats]).astype(np.float32),
        s_hours_min=np.array([s.hours_min for _, s, _ in seats], dtype=np.float32),
        s_hours_max=np.array([s.hours_max for _, s, _ in seats], dtype=np.float32),
        s_shifts=np.array([mask(s.shifts, _SHIFT) for _, s, _ in seats], dtype=np.uint8),
        s_offered=np.array(
            [mask(s.accommodations_offered, _OFFER) for _, s, _ in seats], dtype=np.uint8
        ),
        s_wheelchair=np.array([bool(s.wheelchair_accessible) for _, s, _ in seats]),
        s_licences=np.array([mask(s.required_licences, _LIC) for _, s, _ in seats], dtype=np.uint8),
        centre_ids=np.array([c.record.id for c in centres]),
        ce_lat=np.array([c.record.lat for c in centres]),
        ce_lon=np.array([c.record.lon for c in centres]),
        ce_generation=np.array([c.record.generation for c in centres], dtype=np.int8),
        ce_consultant=np.array([c.consultant for c in centres], dtype=np.int32),
        ce_quality=np.array([c.quality for c in centres], dtype=np.float32),
        params=params,
        planted_json=json.dumps(planted, ensure_ascii=False, separators=(",", ":")),
    )


def _tiny_truth() -> WorldTruth:
    """A two-citizen, two-seat world for doctests."""
    rng = random.Random(0)
    nrng = np.random.default_rng(0)
    region = pick_region(nrng)
    consultants = _Consultants(nrng, region, 3)
    centres = _make_centres(rng, nrng, region, 2, 1, 3, consultants, False, set())
    pcs, lats, lons = _place(nrng, region, 2)
    citizens = [
        _make_citizen(
            rng,
            f"b-{i}",
            region,
            int(pcs[i]),
            float(lats[i]),
            float(lons[i]),
            consultants,
            0,
            AS_OF,
            0,
            AS_OF.year,
        )
        for i in range(2)
    ]
    return _build_truth(citizens, centres, TruthParams())


# --- history: today's practice -------------------------------------------------------------------


def _history(
    rng: np.random.Generator,
    truth: WorldTruth,
    rows: np.ndarray,
    areas: list[list[str]],
    n_placements: np.ndarray,
    windows: Sequence[tuple[date, date]],
) -> list[tuple[int, int, date, date, str]]:
    """Placements as made today: k-th task suggestion -> one of the 3 nearest such seats.

    Capacity is ignored (it was different then); about 5 % of the time the consultant picks a
    seat that breaks a rule. Outcomes are drawn from :func:`true_probability`.
    """
    placements: list[tuple[int, int, date, date, str]] = []
    seat_by_area = {a: np.flatnonzero(truth.s_area == _AREA[a]) for a in TASK_AREAS}
    all_seats = np.arange(len(truth.seat_ids))
    breaking = rng.random((len(rows), 2)) < 0.05
    chosen = np.full((len(rows), 2), -1, dtype=np.int64)
    for k in range(2):
        pending = [i for i in range(len(rows)) if n_placements[i] > k]
        # The k-th suggestion first; when no seat of that kind fits, the next one, then any seat.
        for attempt in range(6):
            if not pending:
                break
            by_area: dict[str | None, list[int]] = {}
            for i in pending:
                j = k + attempt
                area = areas[i][j] if j < len(areas[i]) and attempt < 5 else None
                by_area.setdefault(area, []).append(i)
            pending = []
            for area in sorted(by_area, key=lambda a: a or ""):
                idx = np.array(by_area[area])
                seats = all_seats if area is None else seat_by_area[area]
                if len(seats) == 0:
                    pending.extend(idx.tolist())
                    continue
                ci = rows[idx]
                minutes = travel_minutes(truth, ci[:, None], seats[None, :])
                conflict = true_conflict(truth, ci[:, None], seats[None, :])
                brk = breaking[idx, k] & conflict.any(axis=1)
                keep = np.where(brk[:, None], conflict, ~conflict)
                found = keep.any(axis=1)
                pending.extend(idx[~found].tolist())
                idx, keep, minutes = idx[found], keep[found], minutes[found]
                cost = np.where(keep, minutes, np.inf)
                top = np.argsort(cost, axis=1, kind="stable")[:, :3]
                finite = np.isfinite(np.take_along_axis(cost, top, axis=1))
                pick = (rng.random(len(idx)) * finite.sum(axis=1)).astype(np.int64)
                chosen[idx, k] = seats[top[np.arange(len(idx)), pick]]
    flat = [(i, k) for i in range(len(rows)) for k in range(2) if chosen[i, k] >= 0]
    if not flat:
        return placements
    ci = np.array([rows[i] for i, _ in flat])
    sj = np.array([chosen[i, k] for i, k in flat])
    success = rng.random(len(flat)) < true_probability(truth, ci, sj)
    ordinary = rng.random(len(flat)) < 0.2
    by_company = rng.random(len(flat)) < 0.3
    weeks_ok = rng.choice((8, 10, 12, 13, 13, 13, 13, 16, 26), size=len(flat))
    weeks_fail = rng.integers(1, 11, size=len(flat))
    gaps = rng.integers(2, 21, size=len(flat))
    offsets = rng.random(len(flat))
    last_end: dict[int, date] = {}
    for n, (i, k) in enumerate(flat):
        lo, hi = windows[i]
        weeks = int(weeks_ok[n] if success[n] else weeks_fail[n])
        if k == 0:
            span = max(0, (hi - lo).days - 7 * 30)
            start = lo + timedelta(days=int(offsets[n] * span))
        else:
            if i not in last_end:
                continue
            start = last_end[i] + timedelta(weeks=int(gaps[n]))
        end = start + timedelta(weeks=weeks)
        if end > hi:
            continue
        last_end[i] = end
        if success[n]:
            outcome = "ordinary_hours" if ordinary[n] else "completed"
        else:
            outcome = "cancelled_by_company" if by_company[n] else "dropped_out"
        placements.append((int(rows[i]), int(sj[n]), start, end, outcome))
    return placements


# --- generate ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GenerationSummary:
    """What :func:`generate` wrote."""

    path: Path
    truth_path: Path
    municipality: str
    seed: int
    n_centres: int
    n_seats: int
    n_citizens: int
    n_history: int
    n_history_citizens: int
    n_history_centres: int
    seconds: float

    def __str__(self) -> str:
        return (
            f"generated {self.municipality} (seed {self.seed}): {self.n_centres} centres, "
            f"{self.n_seats} seats, {self.n_citizens} citizens, {self.n_history} history rows "
            f"({self.n_history_citizens} past citizens, {self.n_history_centres} closed centres) "
            f"in {self.seconds:.1f} s -> {self.path} (truth: {self.truth_path.name})"
        )


def truth_path_for(dataset_dir: str | os.PathLike[str]) -> Path:
    """Where the truth of a generated dataset lives: next to it, never inside it."""
    path = Path(dataset_dir).resolve()
    return path.with_name(path.name + TRUTH_SUFFIX)


def _write_truth(path: Path, truth: WorldTruth) -> None:
    buffer = io.BytesIO()
    np.savez_compressed(buffer, **truth.to_arrays())  # type: ignore[arg-type]
    atomic_write(path, lambda fh: fh.write(buffer.getvalue()), binary=True)


def generate(
    out: str | os.PathLike[str],
    *,
    n_citizens: int,
    n_centres: int,
    seed: int,
    progress: Callable[[str], None] | None = None,
) -> GenerationSummary:
    """Write a synthetic municipality to ``out`` and its hidden truth to ``<out>.truth.npz``.

    Deterministic for a seed. Current centres get ids ``c-001``...; closed centres (history
    only, capacity 0) follow. Current citizens are ``b-00001``...; past citizens follow.
    About 25 % of current citizens also have past placements.
    """
    if n_citizens < 1 or n_centres < 1:
        raise ValueError("n_citizens and n_centres must be at least 1")
    began = time.perf_counter()
    say = progress or (lambda _msg: None)
    seeds = np.random.SeedSequence(seed).spawn(3)
    nrng = np.random.default_rng(seeds[0])
    hrng = np.random.default_rng(seeds[1])
    rng = random.Random(int(seeds[2].generate_state(1)[0]))
    params = TruthParams()

    region = pick_region(nrng)
    say(f"region: {region.municipality} ({len(region.postcodes)} postcodes)")
    consultants = _Consultants(nrng, region, max(3, round(n_centres / 12)))
    n_closed = max(1, round(0.08 * n_centres))
    width = max(3, len(str(n_centres + n_closed)))
    names: set[str] = set()
    current = _make_centres(rng, nrng, region, n_centres, 1, width, consultants, False, names)
    closed = _make_centres(
        rng, nrng, region, n_closed, n_centres + 1, width, consultants, True, names
    )
    n_seats = sum(len(c.record.seats) for c in current)
    say(f"centres: {n_centres} with {n_seats} seats, {n_closed} closed")

    n_past = round(1.5 * n_citizens)
    total = n_citizens + n_past
    cwidth = max(5, len(str(total)))
    pcs, lats, lons = _place(nrng, region, total)
    home_consultants = consultants.nearest(lats, lons)
    waited = np.minimum(nrng.exponential(150.0, size=total), 3 * 365).astype(int)
    drafts: list[_CitizenDraft] = []
    windows: list[tuple[date, date]] = []
    history_start = AS_OF - timedelta(days=3 * 365)
    for i in range(total):
        if i < n_citizens:
            since = AS_OF - timedelta(days=int(waited[i]))
            windows.append((history_start, since - timedelta(days=int(nrng.integers(1, 30)))))
        else:
            windows.append((history_start, AS_OF - timedelta(days=7)))
            since = history_start  # replaced below, once the first placement start is known
        drafts.append(
            _make_citizen(
                rng,
                f"b-{i + 1:0{cwidth}d}",
                region,
                int(pcs[i]),
                float(lats[i]),
                float(lons[i]),
                consultants,
                int(home_consultants[i]),
                since,
                int(waited[i]),
                AS_OF.year,
            )
        )
        if (i + 1) % 5000 == 0:
            say(f"citizens: {i + 1}/{total}")
    truth = _build_truth(drafts, current + closed, params)

    n_place = np.where(
        np.arange(total) < n_citizens,
        (hrng.random(total) < 0.25).astype(int),
        hrng.choice((1, 1, 2), size=total),
    )
    placements = _history(
        hrng, truth, np.arange(total), [d.suggestion_areas for d in drafts], n_place, windows
    )
    say(f"history: {len(placements)} placements")

    first_start: dict[int, date] = {}
    for row, _, start, _, _ in placements:
        first_start[row] = min(start, first_start.get(row, start))
    past_records: list[Citizen] = []
    for row in range(n_citizens, total):
        if row not in first_start:
            continue
        before = first_start[row] - timedelta(days=int(hrng.exponential(90.0)) + 7)
        past_records.append(_with_waiting(drafts[row].record, before))
    history = tuple(
        Placement(str(truth.citizen_ids[r]), str(truth.seat_ids[s]), start, end, outcome)
        for r, s, start, end, outcome in sorted(placements, key=lambda p: (p[2], p[0]))
    )
    dataset = Dataset(
        meta=DatasetMeta(
            municipality=region.municipality,
            as_of=AS_OF,
            extra={"synthetic": {"generator": "matcher.synthetic", "seed": seed}},
        ),
        centres=tuple(c.record for c in current),
        citizens=tuple(d.record for d in drafts[:n_citizens]),
        history=history,
        history_citizens=tuple(past_records),
        history_centres=tuple(c.record for c in closed),
    )
    target = write_dataset(out, dataset)
    truth_path = truth_path_for(target)
    _write_truth(truth_path, truth)
    summary = GenerationSummary(
        path=target,
        truth_path=truth_path,
        municipality=region.municipality,
        seed=seed,
        n_centres=n_centres,
        n_seats=n_seats,
        n_citizens=n_citizens,
        n_history=len(history),
        n_history_citizens=len(past_records),
        n_history_centres=n_closed,
        seconds=time.perf_counter() - began,
    )
    return summary


def _with_waiting(citizen: Citizen, since: date) -> Citizen:
    """A copy of ``citizen`` with another ``waiting_since``."""
    return replace(citizen, waiting_since=since)
