"""The synthetic municipality: format, determinism, proportions, findable needs and the truth."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import replace
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from benchmarks.truth import CHANNEL_ICF, CHANNEL_STRUCTURED, CHANNEL_TEXT, Truth, load_truth
from features.vocabulary import ACCOMMODATION_CODES, DEMAND_KEYS, SUCCESS_OUTCOMES, TASK_AREAS
from matcher import synthetic_text as tx
from matcher.dataset import Dataset, looks_like_cpr, read_dataset, write_dataset
from matcher.domain import Centre, Citizen, Seat
from matcher.synthetic import (
    AS_OF,
    GenerationSummary,
    generate,
    true_conflict,
    true_probability,
    truth_path_for,
)

SEED = 11


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, GenerationSummary]:
    out = tmp_path_factory.mktemp("synthetic") / "municipality"
    summary = generate(out, n_citizens=500, n_centres=70, seed=SEED)
    return out, summary


@pytest.fixture(scope="module")
def ds(world: tuple[Path, GenerationSummary]) -> Dataset:
    return read_dataset(world[0])


@pytest.fixture(scope="module")
def truth(world: tuple[Path, GenerationSummary]) -> Truth:
    return load_truth(world[0])


def _current_seats(ds: Dataset) -> list[tuple[Centre, Seat]]:
    return list(ds.seats())


# --- files, determinism, round trip --------------------------------------------------------------


def test_summary_counts_match_what_was_written(
    world: tuple[Path, GenerationSummary], ds: Dataset
) -> None:
    _, summary = world
    assert summary.n_centres == len(ds.centres) == 70
    assert summary.n_citizens == len(ds.citizens) == 500
    assert summary.n_seats == sum(len(c.seats) for c in ds.centres)
    assert summary.n_history == len(ds.history) > 0
    assert summary.n_history_citizens == len(ds.history_citizens) > 0
    assert summary.n_history_centres == len(ds.history_centres) > 0
    text = str(summary)
    assert "\n" not in text
    for number in (summary.n_centres, summary.n_seats, summary.n_citizens, summary.n_history):
        assert str(number) in text
    assert str(summary.path) in text


def test_same_seed_same_world_other_seed_other_world(
    tmp_path: Path, world: tuple[Path, GenerationSummary]
) -> None:
    first, _ = world
    again = tmp_path / "again"
    generate(again, n_citizens=500, n_centres=70, seed=SEED)
    names = sorted(p.name for p in first.iterdir())
    assert names == sorted(p.name for p in again.iterdir())
    for name in names:
        assert (first / name).read_bytes() == (again / name).read_bytes(), name
    a, b = load_truth(first).world.to_arrays(), load_truth(again).world.to_arrays()
    assert a.keys() == b.keys()
    for key in a:
        np.testing.assert_array_equal(a[key], b[key], err_msg=key)
    other = tmp_path / "other"
    generate(other, n_citizens=500, n_centres=70, seed=SEED + 1)
    assert (other / "citizens.jsonl").read_bytes() != (first / "citizens.jsonl").read_bytes()


def test_round_trip_read_write_read_is_lossless(tmp_path: Path, ds: Dataset) -> None:
    copy = write_dataset(tmp_path / "copy", ds)
    assert read_dataset(copy) == ds


def test_truth_lives_next_to_the_dataset_not_inside(world: tuple[Path, GenerationSummary]) -> None:
    out, summary = world
    assert (
        summary.truth_path
        == truth_path_for(out)
        == out.resolve().parent / (out.name + ".truth.npz")
    )
    assert summary.truth_path.is_file()
    assert summary.truth_path.parent != out.resolve()
    inside = {p.name for p in out.iterdir()}
    assert inside == {
        "dataset.json", "centres.jsonl", "citizens.jsonl", "history.jsonl",
        "history_citizens.jsonl", "history_centres.jsonl",
    }  # fmt: skip
    for path in out.iterdir():
        assert "truth" not in path.read_text(encoding="utf-8").lower(), path.name


def test_no_identifier_or_text_is_shaped_like_a_cpr_number(ds: Dataset) -> None:
    ids = [c.id for c in (*ds.citizens, *ds.history_citizens)]
    ids += [c.id for c in (*ds.centres, *ds.history_centres)]
    ids += [s.id for c in (*ds.centres, *ds.history_centres) for s in c.seats]
    ids += [c.consultant or "" for c in ds.citizens] + [
        c.contact_consultant or "" for c in ds.centres
    ]
    assert not [i for i in ids if looks_like_cpr(i)]
    assert all(re.fullmatch(r"b-\d{5,}", c.id) for c in ds.citizens)
    assert all(re.fullmatch(r"c-\d{3,}-[a-z]+", s.id) for _, s in ds.seats())
    texts = [c.cv_text + " " + c.accommodations_text for c in ds.citizens]
    assert not [t for t in texts if looks_like_cpr(t)]


# --- centres and seats ---------------------------------------------------------------------------


def test_centres_look_like_a_danish_municipality(ds: Dataset) -> None:
    private = np.mean([c.ownership == "private" for c in ds.centres])
    assert 0.6 <= private <= 0.9
    assert {c.generation for c in ds.centres} == {1, 2}
    assert len({c.name for c in ds.centres}) == len(ds.centres)
    assert any(
        f"{ds.meta.municipality} Kommune" in c.name for c in (*ds.centres, *ds.history_centres)
    ) or (private > 0.85)
    assert all(1 <= len(c.seats) <= 4 for c in ds.centres)
    assert all(re.fullmatch(r"\d{4}", c.postcode or "") for c in ds.centres)
    # one region: every centre within ~60 km of every other
    lat = np.array([c.lat for c in ds.centres])
    lon = np.array([c.lon for c in ds.centres])
    assert (lat.max() - lat.min()) < 0.6 and (lon.max() - lon.min()) < 1.0
    assert 54.5 < lat.mean() < 57.8 and 8.0 < lon.mean() < 15.2


def test_seats_follow_the_format_and_the_domain(ds: Dataset) -> None:
    seats = _current_seats(ds)
    areas = Counter(s.task_area for _, s in seats)
    assert set(areas) <= set(TASK_AREAS) and len(areas) >= 10
    capacities = Counter(s.capacity for _, s in seats)
    assert capacities[1] + capacities[2] > 0.6 * len(seats) and capacities[0] > 0
    known = [k in s.demands for _, s in seats for k in DEMAND_KEYS]
    assert 0.9 < np.mean(known) < 0.99  # about 5 % unknown
    for centre, seat in seats:
        assert seat.hours_min is not None and seat.hours_max is not None
        assert seat.hours_min <= seat.hours_max <= 37
        assert seat.shifts and seat.mentor_hours_per_week
        assert seat.id.startswith(centre.id + "-")
        if seat.task_area == "transport" or seat.demands.get("driving"):
            assert "B" in (seat.required_licences or ())
    limited = [c for c in ds.centres if c.max_trial_persons is not None]
    assert limited, "some centres limit trial persons"
    for c in limited:
        assert c.max_trial_persons is not None
        assert c.max_trial_persons < sum(s.capacity for s in c.seats)
    consultants = {c.contact_consultant for c in ds.centres}
    assert consultants & {c.consultant for c in ds.citizens}
    assert all(s.capacity == 0 for c in ds.history_centres for s in c.seats)


# --- citizens ------------------------------------------------------------------------------------


def test_citizens_proportions(ds: Dataset) -> None:
    citizens = ds.citizens
    structured = np.mean([bool(c.accommodations) for c in citizens])
    assert 0.1 <= structured <= 0.3
    complex_share = np.mean([c.complex for c in citizens])
    assert 0.15 <= complex_share <= 0.35
    hours = [c.hours_per_week for c in citizens]
    assert min(hours) >= 6 and max(hours) <= 37
    assert all(3 <= len(c.task_suggestions) <= 5 for c in citizens)
    assert all(c.waiting_since is not None and c.waiting_since <= AS_OF for c in citizens)
    assert len({c.target_group for c in citizens}) >= 5
    assert len({c.transport for c in citizens}) == 4
    assert np.mean([bool(c.icf) for c in citizens]) > 0.6
    assert np.mean([bool(c.accommodations_text.strip()) for c in citizens]) > 0.6


def _icf_implied(citizen: Citizen) -> dict[str, float | None]:
    """The spec's default ICF policy, written out again here as the test's own reference."""
    table = {
        ("d430", "d4300"): "max_lift_kg", ("d4154",): "no_prolonged_standing",
        ("d450", "d4500"): "no_prolonged_walking", ("d4105",): "no_bending",
        ("d4452",): "no_overhead_work", ("d440",): "limited_hand_use",
        ("d240",): "no_time_pressure", ("d220",): "simple_tasks",
        ("d710", "d720"): "no_customer_contact", ("b130", "b455"): "max_hours_per_week",
    }  # fmt: skip
    out: dict[str, float | None] = {}
    for entry in citizen.icf:
        if not 3 <= entry.qualifier <= 4:
            continue
        for codes, need in table.items():
            if entry.code in codes:
                value = {"max_lift_kg": 5.0, "max_hours_per_week": 15.0}.get(need)
                if need == "max_hours_per_week" and entry.qualifier == 4:
                    value = 8.0
                old = out.get(need)
                out[need] = value if old is None or value is None else min(old, value)
    return out


def test_every_planted_need_is_findable_and_nothing_else_is_stated(
    ds: Dataset, truth: Truth
) -> None:
    for citizen in (*ds.citizens, *ds.history_citizens):
        planted = dict(truth.planted_needs(citizen.id))
        detail = truth.planted_detail(citizen.id)
        assert {d[0] for d in detail} == set(planted)
        implied = _icf_implied(citizen)
        structured = {n.code: n.value for n in citizen.accommodations}
        # nothing the structured list or the ICF profile states is missing from the truth
        assert set(structured) <= set(planted), citizen.id
        assert set(implied) <= set(planted), citizen.id
        for code, value, channel, evidence in detail:
            assert channel, f"{citizen.id}: {code} planted through no channel"
            assert value == planted[code]
            assert (ACCOMMODATION_CODES[code] is None) == (value is None)
            sources: list[float | None] = []
            if channel & CHANNEL_TEXT:
                assert evidence and evidence in citizen.accommodations_text, (citizen.id, code)
                sources.append(value)
            if channel & CHANNEL_STRUCTURED:
                assert code in structured
                sources.append(structured[code])
            if channel & CHANNEL_ICF:
                assert code in implied, (citizen.id, code)
                sources.append(implied[code])
            if value is not None:
                assert value == min(v for v in sources if v is not None)
        if citizen.hours_per_week and "max_hours_per_week" in planted:
            assert citizen.hours_per_week <= (planted["max_hours_per_week"] or math.inf)


def test_reassurances_never_deny_a_planted_need(ds: Dataset, truth: Truth) -> None:
    seen = 0
    for citizen in ds.citizens:
        planted = {code for code, _ in truth.planted_needs(citizen.id)}
        for code, sentences in tx.REASSURANCES.items():
            for sentence in sentences:
                for pron in ("hun", "han"):
                    filled = sentence.replace("{P}", pron.capitalize())
                    if filled in citizen.accommodations_text:
                        seen += 1
                        assert code not in planted, (citizen.id, filled)
    assert seen > 0


def test_accommodation_text_is_varied_like_real_case_files(ds: Dataset, truth: Truth) -> None:
    forms: dict[str, set[str]] = {}
    shared = 0
    for citizen in ds.citizens:
        by_span: Counter[str] = Counter()
        for code, _, channel, evidence in truth.planted_detail(citizen.id):
            if channel & CHANNEL_TEXT and evidence:
                forms.setdefault(code, set()).add(evidence)
                by_span[evidence] += 1
        shared += any(n >= 2 for n in by_span.values())
    assert len(forms) >= 15
    assert len(forms["max_lift_kg"]) >= 10 and len(forms["max_hours_per_week"]) >= 10
    assert shared >= 10, "several needs in one sentence"
    texts = "\n".join(c.accommodations_text for c in ds.citizens)
    for marker in ("t/uge", "kg", "max", "\n- ", "Ingen tunge løft", "Kan godt"):
        assert marker.lower() in texts.lower(), marker
    assert re.search(r"\b(ti|tolv|femten|tyve|otte|fem|seks)\b", texts), "numbers in words"


def test_cv_evidences_every_licence_the_truth_says_is_held(ds: Dataset, truth: Truth) -> None:
    bits = {lic: k for k, lic in enumerate(("B", "C", "forklift", "hygiene", "first_aid"))}
    rows = truth.citizen_rows([c.id for c in ds.citizens])
    masks = truth.world.c_licences[rows]
    for citizen, mask in zip(ds.citizens, masks, strict=True):
        for lic, k in bits.items():
            phrases = [p.split("{")[0].strip() for p in tx.LICENCE_PHRASES[lic]]
            stated = any(p in citizen.cv_text for p in phrases)
            if int(mask) >> k & 1:
                assert stated, (citizen.id, lic)
    assert re.search(
        r"\b(19|20)\d\d\s*[-–]\s*(19|20)?\d\d\b", " ".join(c.cv_text for c in ds.citizens)
    )


# --- the truth -----------------------------------------------------------------------------------


def test_probabilities_are_probabilities_and_calibrated_to_the_brief(
    ds: Dataset, truth: Truth
) -> None:
    rows = truth.citizen_rows([c.id for c in ds.citizens])
    seats = truth.seat_rows([s.id for _, s in ds.seats()])
    p = true_probability(truth.world, rows[:, None], seats[None, :])
    conflict = true_conflict(truth.world, rows[:, None], seats[None, :])
    assert p.shape == (len(rows), len(seats))
    assert np.all((p >= 0) & (p <= 1))
    assert p[conflict].max() <= 0.03
    assert 0.1 <= p[~conflict].mean() <= 0.35  # a random allowed pair
    best = np.where(conflict, -1.0, p).max(axis=1)
    best = best[best >= 0]
    assert 0.45 <= np.median(best) <= 0.85  # the best pair a citizen has
    # the id-based API agrees with the row-based one
    pick = np.random.default_rng(0).integers(0, p.size, 50)
    ci, sj = np.unravel_index(pick, p.shape)
    c_ids = [ds.citizens[i].id for i in ci]
    s_ids = [_current_seats(ds)[j][1].id for j in sj]
    np.testing.assert_allclose(truth.probability(c_ids, s_ids), p[ci, sj])
    np.testing.assert_array_equal(truth.conflict(c_ids, s_ids), conflict[ci, sj])


def test_consultant_continuity_is_worth_exactly_the_bip_22_percent(truth: Truth) -> None:
    w = truth.world
    rng = np.random.default_rng(1)
    ci = rng.integers(0, len(w.citizen_ids), 2000)
    sj = rng.integers(0, len(w.seat_ids), 2000)
    same = replace(
        w, c_consultant=np.zeros_like(w.c_consultant), ce_consultant=np.zeros_like(w.ce_consultant)
    )
    other = replace(same, c_consultant=np.ones_like(w.c_consultant))
    p_same = true_probability(same, ci, sj)
    p_other = true_probability(other, ci, sj)
    assert np.all(p_same > 0)
    np.testing.assert_allclose(p_other / p_same, 0.78, rtol=1e-9)


def test_continuity_skill_and_travel_move_the_truth_the_right_way(truth: Truth) -> None:
    w = truth.world
    rng = np.random.default_rng(2)
    ci = rng.integers(0, len(w.citizen_ids), 3000)
    sj = rng.integers(0, len(w.seat_ids), 3000)
    base = true_probability(w, ci, sj)
    skilled = true_probability(replace(w, c_skill=np.ones_like(w.c_skill)), ci, sj)
    assert np.all(skilled >= base) and skilled.mean() > base.mean()
    far = replace(w, c_lat=w.c_lat + 0.5)
    assert true_probability(far, ci, sj).mean() < base.mean()


def test_conflict_follows_the_spec_table_on_the_recorded_data(ds: Dataset, truth: Truth) -> None:
    """An independent, record-level reading of the spec table agrees with the vectorised truth."""
    seats = [(c, s) for c, s in ds.seats() if all(k in s.demands for k in DEMAND_KEYS)]
    rng = np.random.default_rng(3)
    speed = {"car": 40.0, "public": 20.0, "bike": 14.0, "walk": 5.0}
    licence_bits = {lic: k for k, lic in enumerate(("B", "C", "forklift", "hygiene", "first_aid"))}
    checked = 0
    for _ in range(3000):
        citizen = ds.citizens[int(rng.integers(len(ds.citizens)))]
        centre, seat = seats[int(rng.integers(len(seats)))]
        needs = dict(truth.planted_needs(citizen.id))
        km = _haversine(citizen.lat, citizen.lon, centre.lat, centre.lon)
        minutes = 60 * 1.3 * km / speed[citizen.transport]
        expected = any(_breaks(code, value, seat, minutes) for code, value in needs.items())
        held = int(truth.world.c_licences[truth.citizen_rows([citizen.id])[0]])
        expected |= any(not held >> licence_bits[lic] & 1 for lic in seat.required_licences or ())
        expected |= citizen.complex and centre.generation < 2
        expected |= (seat.hours_min or 0) > citizen.hours_per_week
        assert bool(truth.conflict([citizen.id], [seat.id])[0]) == expected, (citizen.id, seat.id)
        checked += expected
    assert checked > 100


def _breaks(code: str, value: float | None, seat: Seat, minutes: float) -> bool:
    """The spec table, row by row, on a seat whose demands are all known."""
    d, offered = seat.demands, set(seat.accommodations_offered or ())
    limit = math.inf if value is None else value
    rows: dict[str, bool] = {
        "max_lift_kg": d["lift_kg"] > limit,
        "no_prolonged_standing": d["standing"] >= 3,
        "no_prolonged_walking": d["walking"] >= 3,
        "no_bending": d["bending"] >= 3,
        "no_overhead_work": d["overhead"] >= 2,
        "limited_hand_use": d["hand_use"] >= 3,
        "max_hours_per_week": (seat.hours_min or 0) > limit,
        "day_shift_only": "day" not in (seat.shifts or ()),
        "quiet_environment": d["noise"] >= 3 and "quiet_area" not in offered,
        "no_customer_contact": d["customer_contact"] >= 2 and "back_office_possible" not in offered,
        "not_alone": bool(d["works_alone"]),
        "no_time_pressure": d["time_pressure"] >= 3,
        "simple_tasks": d["task_complexity"] >= 3,
        "flexible_breaks": "flexible_breaks" not in offered,
        "no_wet_work": bool(d["wet_work"]),
        "no_cold_environment": bool(d["cold"]),
        "no_chemicals": bool(d["chemicals"]),
        "wheelchair_access": not seat.wheelchair_accessible,
        "max_travel_minutes": minutes > limit,
        "no_driving": bool(d["driving"]),
    }
    return rows[code]


def _haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(a))


# --- history -------------------------------------------------------------------------------------


def test_history_is_todays_practice_with_outcomes_from_the_truth(ds: Dataset, truth: Truth) -> None:
    history = ds.history
    success = np.array([p.outcome in SUCCESS_OUTCOMES for p in history])
    c_ids = [p.citizen_id for p in history]
    s_ids = [p.seat_id for p in history]
    p = truth.probability(c_ids, s_ids)
    conflict = truth.conflict(c_ids, s_ids)
    assert np.corrcoef(success, p)[0, 1] > 0.25
    assert success[p > 0.5].mean() > success[p < 0.2].mean() + 0.3
    assert 0.01 <= conflict.mean() <= 0.12  # practice breaks a rule now and then (~5 %)
    assert success[conflict].sum() <= max(3, 0.15 * conflict.sum())
    assert set(Counter(pl.outcome for pl in history)) == {
        "completed", "ordinary_hours", "dropped_out", "cancelled_by_company",
    }  # fmt: skip
    assert len(history) > 1.2 * len(ds.history_citizens)
    for placement in history:
        assert placement.end is not None and placement.start < placement.end <= AS_OF
        assert (AS_OF - placement.start).days <= 3 * 366
    # the seat of a placement is mostly of the citizen's first or second wish
    current = {c.id for c in ds.citizens}
    past_ids = {c.id for c in ds.history_citizens}
    assert {p.citizen_id for p in history} <= current | past_ids
    assert {p.citizen_id for p in history} & current, "some current citizens have history"
    seat_ids = {s.id for c in ds.history_centres for s in c.seats}
    assert {p.seat_id for p in history} & seat_ids, "closed centres appear in history"


def test_past_citizens_waited_before_their_first_placement(ds: Dataset) -> None:
    first: dict[str, date] = {}
    for p in ds.history:
        first[p.citizen_id] = min(p.start, first.get(p.citizen_id, p.start))
    for citizen in ds.history_citizens:
        assert citizen.waiting_since is not None
        assert citizen.waiting_since < first[citizen.id]


def test_tiny_world_still_works(tmp_path: Path) -> None:
    summary = generate(tmp_path / "tiny", n_citizens=3, n_centres=1, seed=0)
    ds = read_dataset(summary.path)
    assert len(ds.citizens) == 3 and len(ds.centres) == 1
    assert load_truth(summary.path).world.need_flag.shape[0] >= 3
    with pytest.raises(ValueError):
        generate(tmp_path / "none", n_citizens=0, n_centres=1, seed=0)


def test_truth_lookup_rejects_unknown_and_mismatched_ids(ds: Dataset, truth: Truth) -> None:
    citizen, seat = ds.citizens[0].id, next(ds.seats())[1].id
    assert truth.probability([citizen], [seat]).shape == (1,)
    assert truth.probability([], []).shape == (0,)
    with pytest.raises(KeyError):
        truth.probability([citizen + "9"], [seat])  # a longer id must not match a prefix
    with pytest.raises(KeyError):
        truth.conflict([citizen], ["c-999-nothing"])
    with pytest.raises(ValueError):
        truth.probability([citizen, citizen], [seat])
    assert all(isinstance(code, str) for code, _ in truth.planted_needs(citizen))
