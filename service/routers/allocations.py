"""Batch allocation jobs (team leaders): start, follow, read the proposal, confirm it."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response, status
from sqlalchemy import select

from service import audit
from service.deps import DbDep, JobsDep, Offset, TeamLeadDep
from service.errors import ERROR_RESPONSES
from service.jobs import confirm, get_job
from service.models import AllocationJobRow
from service.schemas import AllocationCreate, AllocationJobPublic, AllocationJobSummary
from service.views import job_public, job_summary

router = APIRouter(prefix="/allocations", tags=["allocations"], responses=ERROR_RESPONSES)


@router.post("", status_code=status.HTTP_202_ACCEPTED, response_model=AllocationJobPublic)
def start_allocation(
    jobs: JobsDep, who: TeamLeadDep, response: Response, body: AllocationCreate | None = None
) -> AllocationJobPublic:
    """Start allocating all waiting citizens to the free seats; follow it at ``Location``."""
    body = body or AllocationCreate()
    row = jobs.submit(who, body.time_limit, body.policy())
    response.headers["Location"] = f"/allocations/{row.id}"
    return job_public(row, with_result=False)


@router.get("", response_model=list[AllocationJobSummary])
def list_allocations(
    db: DbDep,
    who: TeamLeadDep,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Offset = 0,
) -> list[AllocationJobSummary]:
    """Allocation jobs, newest first (without their proposals)."""
    stmt = (
        select(AllocationJobRow)
        .order_by(AllocationJobRow.created_at.desc(), AllocationJobRow.id)
        .limit(limit)
        .offset(offset)
    )
    with db.read() as session:
        return [job_summary(row) for row in session.scalars(stmt)]


@router.get("/{job_id}", response_model=AllocationJobPublic)
def read_allocation(job_id: str, db: DbDep, who: TeamLeadDep) -> AllocationJobPublic:
    """A job's status and progress; once it succeeded, the proposal with reasons for everyone.

    Reading a proposal (it names citizens) is written to the audit log.
    """
    with db.write() as session:
        row = get_job(session, job_id)
        if row.result is not None:
            audit.record_by(session, who, "allocation.read", [job_id])
        return job_public(row, with_result=True)


@router.post("/{job_id}/confirm", response_model=AllocationJobPublic)
def confirm_allocation(job_id: str, db: DbDep, who: TeamLeadDep) -> AllocationJobPublic:
    """Turn the proposal into reservations, all in one transaction.

    409 (and nothing reserved) when the job is not finished, is already confirmed, or any
    assignment can no longer be made (``problems`` names them: seat full, citizen holds a place,
    record deactivated, hard rule now broken).
    """
    row = confirm(db, who, job_id)
    return job_public(row, with_result=False)
