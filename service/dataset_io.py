"""Import a dataset into the database and export the database as a dataset (``DATASET.md``).

Import is all or nothing: the caller runs :func:`import_dataset` inside one write transaction, and
the dataset has already been validated by the reader (records and cross-references), so either
every record is stored or none is. Records are matched by id: a re-import updates them.
History citizens and centres are stored inactive (history centres' seats have no free places);
history placements are stored as ended placements, once. Export writes current records and the
ended placements as history, with the inactive records history names in the history files.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from matcher.dataset import FORMAT, Dataset
from matcher.domain import JsonDict, Placement
from service.db import data_revision
from service.models import (
    ENDED,
    HOLDING_STATES,
    CentreRow,
    CitizenRow,
    DatasetMetaRow,
    PlacementRow,
    SeatRow,
)
from service.records import centre_record, put_centre, put_citizen, seat_record

META_KEY = "dataset"
#: Municipality written when nothing was ever imported (``dataset.json`` requires one).
UNKNOWN_MUNICIPALITY = "ukendt"


@dataclass(frozen=True)
class ImportSummary:
    """How many records an import stored."""

    centres: int
    seats: int
    citizens: int
    history_placements_added: int
    history_placements_known: int

    def to_dict(self) -> dict[str, int]:
        """As plain JSON."""
        return {
            "centres": self.centres,
            "seats": self.seats,
            "citizens": self.citizens,
            "history_placements_added": self.history_placements_added,
            "history_placements_known": self.history_placements_known,
        }


def reference_date(session: Session) -> date | None:
    """The dataset's ``as_of`` date (None when not given: then today)."""
    as_of = _meta(session).get("as_of")
    return date.fromisoformat(as_of) if isinstance(as_of, str) else None


def _meta(session: Session) -> dict[str, Any]:
    meta_row = session.get(DatasetMetaRow, META_KEY)
    if meta_row is None:
        return {"format": FORMAT, "municipality": UNKNOWN_MUNICIPALITY}
    return dict(meta_row.value)


def _history_key(p: Placement) -> tuple[str, str, str, str | None, str | None]:
    return (
        p.citizen_id,
        p.seat_id,
        p.start.isoformat(),
        None if p.end is None else p.end.isoformat(),
        p.outcome,
    )


def _row_key(row: PlacementRow) -> tuple[str, str, str, str | None, str | None]:
    return (
        row.citizen_id,
        row.seat_id,
        "" if row.start is None else row.start.isoformat(),
        None if row.end is None else row.end.isoformat(),
        row.outcome,
    )


def import_dataset(session: Session, dataset: Dataset) -> ImportSummary:
    """Store a validated dataset (run inside one write transaction)."""
    # Load what exists once, so that matching by id hits the session's identity map, not SQL.
    for model in (CentreRow, SeatRow, CitizenRow):
        session.scalars(select(model)).all()
    meta = session.get(DatasetMetaRow, META_KEY)
    if meta is None:
        session.add(DatasetMetaRow(key=META_KEY, value=dataset.meta.to_dict()))
    else:
        meta.value = dataset.meta.to_dict()
    for centre in dataset.centres:
        put_centre(session, centre, active=True)
    for centre in dataset.history_centres:
        put_centre(session, centre, active=False)
    for citizen in dataset.citizens:
        put_citizen(session, citizen, active=True)
    for citizen in dataset.history_citizens:
        put_citizen(session, citizen, active=False)
    session.flush()
    known = {
        _row_key(row)
        for row in session.scalars(select(PlacementRow).where(PlacementRow.status == ENDED))
    }
    added = 0
    for placement in dataset.history:
        key = _history_key(placement)
        if key in known:
            continue
        known.add(key)
        session.add(
            PlacementRow(
                citizen_id=placement.citizen_id,
                seat_id=placement.seat_id,
                status=ENDED,
                start=placement.start,
                end=placement.end,
                outcome=placement.outcome,
                extra=dict(placement.extra),
            )
        )
        added += 1
    session.flush()
    centres = (*dataset.centres, *dataset.history_centres)
    return ImportSummary(
        centres=len(centres),
        seats=sum(len(c.seats) for c in centres),
        citizens=len(dataset.citizens) + len(dataset.history_citizens),
        history_placements_added=added,
        history_placements_known=len(dataset.history) - added,
    )


def _placement_dict(row: PlacementRow) -> JsonDict:
    out: JsonDict = {"citizen_id": row.citizen_id, "seat_id": row.seat_id}
    out["start"] = None if row.start is None else row.start.isoformat()
    if row.end is not None:
        out["end"] = row.end.isoformat()
    out["outcome"] = row.outcome
    return {**out, **(row.extra or {})}


def export_dataset(session: Session) -> Dataset:
    """The database as a validated :class:`~matcher.dataset.Dataset`.

    ``centres.jsonl`` gets every active centre with its active seats (capacity = free places);
    ``citizens.jsonl`` every active citizen; ``history.jsonl`` every ended placement. Inactive
    seats, centres and citizens that history names go where the format expects them: an inactive
    seat of an active centre stays in its centre with no free places, inactive centres go to
    ``history_centres.jsonl`` (no free places) and inactive citizens to
    ``history_citizens.jsonl``.
    """
    meta = _meta(session)
    history_rows = list(
        session.scalars(
            select(PlacementRow).where(PlacementRow.status == ENDED).order_by(PlacementRow.id)
        )
    )
    named_seats = {row.seat_id for row in history_rows}
    named_citizens = {row.citizen_id for row in history_rows}
    seats_by_centre: dict[str, list[SeatRow]] = {}
    for seat in session.scalars(
        select(SeatRow).order_by(SeatRow.centre_id, SeatRow.position, SeatRow.id)
    ):
        seats_by_centre.setdefault(seat.centre_id, []).append(seat)
    centres: list[JsonDict] = []
    history_centres: list[JsonDict] = []
    for centre in session.scalars(select(CentreRow).order_by(CentreRow.id)):
        seats = seats_by_centre.get(centre.id, [])
        if centre.active:
            records = [
                seat_record(s) if s.active else seat_record(s, free=0)
                for s in seats
                if s.active or s.id in named_seats
            ]
            centres.append(centre_record(centre, records))
        elif any(s.id in named_seats for s in seats):
            history_centres.append(centre_record(centre, (seat_record(s, free=0) for s in seats)))
    citizens: list[JsonDict] = []
    history_citizens: list[JsonDict] = []
    for citizen in session.scalars(select(CitizenRow).order_by(CitizenRow.id)):
        if citizen.active:
            citizens.append(dict(citizen.record))
        elif citizen.id in named_citizens:
            history_citizens.append(dict(citizen.record))
    return Dataset.from_dicts(
        meta,
        centres,
        citizens,
        history=[_placement_dict(row) for row in history_rows],
        history_citizens=history_citizens,
        history_centres=history_centres,
    )


@dataclass(frozen=True)
class LiveData:
    """What ranking and allocation work on, read in one snapshot.

    Attributes
    ----------
    dataset
        Active citizens (all of them, or only those waiting: holding no place) and active centres
        with their active seats, each seat's ``capacity`` being its free places now; no history.
    revision
        The data revision the snapshot was taken at.
    citizen_versions
        ``updated_at`` of each citizen (keys the service's cache of citizen profiles).
    holding
        Active citizens holding a place (a reserved or started placement).
    history_key
        (number of ended placements, highest id among them): changes when history grows.
    """

    dataset: Dataset
    revision: int
    citizen_versions: dict[str, str]
    holding: frozenset[str]
    history_key: tuple[int, int]


def history_key(session: Session) -> tuple[int, int]:
    """(count, highest id) of ended placements — cheap to read, changes when history grows."""
    count, top = session.execute(
        select(func.count(), func.coalesce(func.max(PlacementRow.id), 0)).where(
            PlacementRow.status == ENDED
        )
    ).one()
    return int(count), int(top)


def live_data(session: Session, waiting_only: bool = False) -> LiveData:
    """The current records as a :class:`LiveData` (run in a snapshot transaction)."""
    revision = data_revision(session)
    holding = frozenset(
        session.scalars(
            select(PlacementRow.citizen_id).where(PlacementRow.status.in_(HOLDING_STATES))
        )
    )
    seats_by_centre: dict[str, list[SeatRow]] = {}
    for seat in session.scalars(
        select(SeatRow)
        .where(SeatRow.active.is_(True))
        .order_by(SeatRow.centre_id, SeatRow.position, SeatRow.id)
    ):
        seats_by_centre.setdefault(seat.centre_id, []).append(seat)
    centres = [
        centre_record(centre, (seat_record(s) for s in seats_by_centre.get(centre.id, [])))
        for centre in session.scalars(
            select(CentreRow).where(CentreRow.active.is_(True)).order_by(CentreRow.id)
        )
    ]
    citizens: list[JsonDict] = []
    versions: dict[str, str] = {}
    for citizen in session.scalars(
        select(CitizenRow).where(CitizenRow.active.is_(True)).order_by(CitizenRow.id)
    ):
        if waiting_only and citizen.id in holding:
            continue
        citizens.append(dict(citizen.record))
        versions[citizen.id] = citizen.updated_at.isoformat()
    return LiveData(
        dataset=Dataset.from_dicts(_meta(session), centres, citizens),
        revision=revision,
        citizen_versions=versions,
        holding=holding,
        history_key=history_key(session),
    )
