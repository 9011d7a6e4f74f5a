"""Batch allocation as background jobs, and their confirmation into reservations.

A team leader starts a job (``POST /allocations``); it is stored as a row of ``allocation_jobs``
and run by a single worker thread (one allocation at a time: it is CPU-bound, and two at once
would only slow each other down). The job reads the waiting citizens (active, holding no place)
and the free seats in one snapshot, waits for the scoring model, calls
:func:`matcher.allocate.allocate` and stores its JSON as the proposal. Progress is written to the
row as it goes (at most a few times a second). Jobs that were queued or running when the process
stopped are marked ``interrupted`` at the next start: a job is owned by the process that runs it.

:func:`confirm` turns a proposal into reservations in one transaction, through the same
:func:`service.placements.reserve` as a single reservation (capacity taken by a conditional
update, hard rules checked again). If any assignment no longer holds — a seat filled up, a citizen
got a place or was deactivated, a record changed so that a rule is broken — nothing is written and
the answer is 409 naming the assignments in the way.
"""

from __future__ import annotations

import logging
import queue
import re
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from matcher.dataset import looks_like_cpr
from service import audit
from service import placements as logic
from service.auth import Principal
from service.dataset_io import live_data
from service.db import Database
from service.errors import ConflictError, NotFoundError, ServiceError
from service.matching import ModelHolder
from service.models import (
    CONFIRMED,
    FAILED,
    HOLDING_STATES,
    INTERRUPTED,
    QUEUED,
    RUNNING,
    SUCCEEDED,
    UNFINISHED_JOB_STATES,
    AllocationJobRow,
    PlacementRow,
    SeatRow,
)
from service.records import now
from service.schemas import AllocationPolicy
from service.settings import Settings

log = logging.getLogger("service.jobs")

#: How the job's system actions are named in the audit log.
SYSTEM_ACTOR, SYSTEM_ROLE = "service:allocation", "system"
#: Progress is written to the database at most this often (seconds).
PROGRESS_EVERY_S = 0.25
#: Share of the progress bar before the solver starts (reading data, waiting for the model).
_PREPARED = 0.1
_COUNTED = re.compile(r"(\d+)\s*/\s*(\d+)")
#: How long a job waits for a scoring model that is still loading.
MODEL_WAIT_S = 900.0


def _new_job_id() -> str:
    """A fresh random job id that cannot be mistaken for a CPR number: the audit log masks
    CPR-shaped text in object ids (a plausible date of six digits, a dash, four digits), and
    about one random UUID in 125 holds some, which left that job's audit trail unfindable by its
    id."""
    while True:
        ident = str(uuid.uuid4())
        if not looks_like_cpr(ident):
            return ident


def _fraction(message: str, before: float) -> float:
    """Progress implied by one of ``allocate``'s messages ("... 512/2000", "solving ...")."""
    counted = _COUNTED.search(message)
    if counted and int(counted.group(2)) > 0:
        share = min(int(counted.group(1)) / int(counted.group(2)), 1.0)
        return max(before, _PREPARED + 0.7 * share)
    if "solving" in message:
        return max(before, 0.85)
    return before


class JobRunner:
    """Runs allocation jobs of this process, one at a time, on a worker thread."""

    def __init__(self, db: Database, models: ModelHolder, settings: Settings) -> None:
        self._db = db
        self._models = models
        self._settings = settings
        # A daemon thread, not an executor: stopping the process must not wait for a solver run
        # (the job is marked interrupted at the next start instead).
        self._queue: queue.SimpleQueue[str | None] = queue.SimpleQueue()
        self._closed = threading.Event()
        self._worker = threading.Thread(target=self._work, name="matcher-allocation", daemon=True)
        self._worker.start()

    def _work(self) -> None:
        while (job_id := self._queue.get()) is not None:
            if self._closed.is_set():
                return
            self._run(job_id)

    def recover(self) -> int:
        """Mark jobs left queued or running by an earlier process as interrupted; how many."""
        with self._db.write() as session:
            rows = list(
                session.scalars(
                    select(AllocationJobRow).where(
                        AllocationJobRow.status.in_(UNFINISHED_JOB_STATES)
                    )
                )
            )
            for row in rows:
                row.status = INTERRUPTED
                row.finished_at = now()
                row.message = "interrupted: the service restarted while the job was running"
                audit.record(session, SYSTEM_ACTOR, SYSTEM_ROLE, "allocation.interrupted", [row.id])
        if rows:
            log.warning("%d allocation job(s) interrupted by a restart", len(rows))
        return len(rows)

    def submit(
        self,
        principal: Principal,
        time_limit: float | None,
        policy: AllocationPolicy | None = None,
    ) -> AllocationJobRow:
        """Store a new job with its options and queue it; returns its row."""
        if self._closed.is_set():
            raise ConflictError("the service is shutting down")
        limit = min(
            float(time_limit or self._settings.allocation_time_limit_s),
            self._settings.allocation_max_time_limit_s,
        )
        options = (policy or AllocationPolicy()).model_dump()
        with self._db.write() as session:
            row = AllocationJobRow(
                id=_new_job_id(),
                status=QUEUED,
                created_at=now(),
                created_by=principal.actor,
                time_limit=limit,
                policy=options,
                progress=0.0,
                message="queued",
            )
            session.add(row)
            session.flush()
            audit.record_by(
                session, principal, "allocation.start", [row.id], {"time_limit": limit, **options}
            )
        self._queue.put(row.id)
        return row

    def close(self) -> None:
        """Stop taking jobs; a running one finishes in its thread, queued ones are dropped
        (and marked interrupted at the next start)."""
        self._closed.set()
        self._queue.put(None)

    # --- the job itself --------------------------------------------------------------------------

    def set_fields(self, job_id: str, **values: Any) -> None:
        """Update columns of a job row in a transaction of its own."""
        with self._db.write() as session:
            session.execute(
                update(AllocationJobRow).where(AllocationJobRow.id == job_id).values(**values)
            )

    def _run(self, job_id: str) -> None:
        started = time.perf_counter()
        with self._db.write() as session:
            moved = session.execute(
                update(AllocationJobRow)
                .where(AllocationJobRow.id == job_id, AllocationJobRow.status == QUEUED)
                .values(status=RUNNING, started_at=now(), progress=0.02, message="reading data")
            )
            if getattr(moved, "rowcount", 0) != 1:
                return
            job = session.get(AllocationJobRow, job_id)
            time_limit = (
                job.time_limit if job is not None else self._settings.allocation_time_limit_s
            )
            options = AllocationPolicy.model_validate((job.policy if job else None) or {})
        from matcher.allocate import AllocationError  # the solver stack loads with the first job

        try:
            result, revision = self._allocate(job_id, time_limit, options)
        except Exception as exc:  # noqa: BLE001 - the job row must say what happened
            # The type only: messages of data errors may quote record values. An allocation
            # error's message is about the options and counts (an unmeetable quota), never a record.
            log.error("allocation job failed (%s)", type(exc).__name__)
            told = f": {exc}" if isinstance(exc, AllocationError) else ""
            self.set_fields(
                job_id,
                status=FAILED,
                finished_at=now(),
                message=f"failed ({type(exc).__name__}){told}"[:400],
                error=type(exc).__name__,
            )
            return
        placed, waiting = len(result["assignments"]), len(result["unassigned"])
        with self._db.write() as session:
            session.execute(
                update(AllocationJobRow)
                .where(AllocationJobRow.id == job_id)
                .values(
                    status=SUCCEEDED,
                    finished_at=now(),
                    progress=1.0,
                    message=f"done: {placed} placed, {waiting} without a seat",
                    result=result,
                    data_revision=revision,
                )
            )
            audit.record(
                session,
                SYSTEM_ACTOR,
                SYSTEM_ROLE,
                "allocation.finished",
                [job_id],
                {"assigned": placed, "unassigned": waiting, "status": result.get("status")},
            )
        log.info(
            "allocation job finished in %.1f s: %d placed, %d without a seat",
            time.perf_counter() - started,
            placed,
            waiting,
        )

    def _allocate(
        self, job_id: str, time_limit: float, options: AllocationPolicy
    ) -> tuple[dict[str, Any], int]:
        from matcher.allocate import Policy, allocate

        with self._db.snapshot() as session:
            live = live_data(session, waiting_only=True)
        self.set_fields(job_id, progress=0.05, message="waiting for the scoring model")
        model = self._models.get(timeout=MODEL_WAIT_S)
        progress = _ProgressWriter(self, job_id)
        policy = Policy(**options.model_dump(), time_limit=time_limit)
        result = allocate(live.dataset, model, policy=policy, progress=progress)
        return result, live.revision


class _ProgressWriter:
    """``allocate``'s progress callback: writes the message and fraction, throttled."""

    def __init__(self, runner: JobRunner, job_id: str) -> None:
        self._runner = runner
        self._job_id = job_id
        self._fraction = _PREPARED
        self._last = 0.0

    def __call__(self, message: str) -> None:
        self._fraction = _fraction(message, self._fraction)
        moment = time.monotonic()
        # Counting messages come in bursts and are thinned out; a new phase is always written.
        if _COUNTED.search(message) and moment - self._last < PROGRESS_EVERY_S:
            return
        self._last = moment
        # allocate()'s messages carry counts and phases only.
        self._runner.set_fields(
            self._job_id, progress=round(self._fraction, 3), message=message[:400]
        )


# --- reading and confirming --------------------------------------------------------------------


def get_job(session: Session, job_id: str) -> AllocationJobRow:
    """The job with this id (404 if none)."""
    row = session.get(AllocationJobRow, job_id)
    if row is None:
        raise NotFoundError("allocation", job_id)
    return row


@dataclass(frozen=True)
class Problem:
    """An assignment of a proposal that can no longer be made, and why (a code)."""

    citizen_id: str
    seat_id: str
    reason: str
    rules: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "citizen_id": self.citizen_id,
            "seat_id": self.seat_id,
            "reason": self.reason,
        }
        if self.rules:
            out["conflicts"] = list(self.rules)
        return out


def _assignments(row: AllocationJobRow) -> list[tuple[str, str]]:
    result = row.result or {}
    return [(str(a["citizen_id"]), str(a["seat_id"])) for a in result.get("assignments", [])]


def _confirmable(row: AllocationJobRow) -> None:
    if row.status == CONFIRMED:
        raise ConflictError("the allocation is already confirmed", status=row.status)
    if row.status != SUCCEEDED:
        raise ConflictError(f"the allocation is {row.status}; only a finished one can be confirmed")


def _prechecks(
    session: Session, pairs: list[tuple[str, str]]
) -> tuple[list[logic.Precheck | None], list[Problem]]:
    """Rule verdicts of every assignment, and every problem visible now (read transaction)."""
    problems: list[Problem] = []
    checks: list[logic.Precheck | None] = []
    for citizen_id, seat_id in pairs:
        try:
            check = logic.precheck(session, citizen_id, seat_id)
        except ServiceError as exc:
            problems.append(Problem(citizen_id, seat_id, exc.code))
            checks.append(None)
            continue
        if check.check.conflicts:
            problems.append(
                Problem(citizen_id, seat_id, "hard_rule_conflict", check.check.conflicts)
            )
        checks.append(check)
    citizens = [c for c, _ in pairs]
    holding = (
        set(
            session.scalars(
                select(PlacementRow.citizen_id).where(
                    PlacementRow.citizen_id.in_(citizens), PlacementRow.status.in_(HOLDING_STATES)
                )
            )
        )
        if citizens
        else set()
    )
    problems.extend(Problem(c, s, "citizen_holds_place") for c, s in pairs if c in holding)
    wanted = Counter(s for _, s in pairs)
    free = (
        {
            row.id: row.capacity - row.occupied
            for row in session.scalars(select(SeatRow).where(SeatRow.id.in_(list(wanted))))
        }
        if wanted
        else {}
    )
    full = {s for s, n in wanted.items() if n > free.get(s, 0)}
    problems.extend(Problem(c, s, "seat_full") for c, s in pairs if s in full)
    return checks, problems


def confirm(db: Database, principal: Principal, job_id: str) -> AllocationJobRow:
    """Reserve every assignment of the job's proposal in one transaction (all or nothing).

    Raises
    ------
    ConflictError
        The job is not finished or already confirmed, or some assignment can no longer be made
        (``problems`` lists them; nothing is written).
    """
    with db.snapshot() as session:
        row = get_job(session, job_id)
        _confirmable(row)
        pairs = _assignments(row)
        checks, problems = _prechecks(session, pairs)
    if problems:
        _refuse(db, principal, job_id, problems)
    try:
        with db.write_data() as session:
            moved = session.execute(
                update(AllocationJobRow)
                .where(AllocationJobRow.id == job_id, AllocationJobRow.status == SUCCEEDED)
                .values(status=CONFIRMED, confirmed_at=now(), confirmed_by=principal.actor)
                .execution_options(synchronize_session=False)
            )
            if getattr(moved, "rowcount", 0) != 1:
                _confirmable(get_job(session, job_id))
            ids: list[int] = []
            for (citizen_id, seat_id), earlier in zip(pairs, checks, strict=True):
                try:
                    made = logic.reserve(session, principal, citizen_id, seat_id, None, earlier)
                except ServiceError as exc:
                    raise _Refused([Problem(citizen_id, seat_id, exc.code)]) from None
                ids.append(made.placement.id)
            job = get_job(session, job_id)
            session.refresh(job)
            job.placement_ids = ids
            audit.record_by(
                session, principal, "allocation.confirm", [job_id], {"placements": len(ids)}
            )
    except _Refused as refused:
        _refuse(db, principal, job_id, refused.problems)
    return job


class _Refused(Exception):
    """Raised inside the confirming transaction to roll it back."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("confirmation refused")
        self.problems = problems


def _refuse(db: Database, principal: Principal, job_id: str, problems: list[Problem]) -> None:
    """Audit a refused confirmation and raise the 409 that lists the problems."""
    reasons = Counter(p.reason for p in problems)
    with db.write() as session:
        audit.record_by(
            session, principal, "allocation.confirm_refused", [job_id], {"problems": dict(reasons)}
        )
    raise ConflictError(
        f"{len(problems)} assignment(s) can no longer be made; nothing was reserved",
        problems=[p.to_dict() for p in problems],
    )
