"""Administration: API tokens, dataset import and export (admins only)."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import APIRouter, status
from sqlalchemy import select

from matcher.dataset import Dataset
from service import audit
from service.auth import create_token
from service.dataset_io import export_dataset, import_dataset
from service.deps import AdminDep, AnyRoleDep, DbDep, RowId
from service.errors import ERROR_RESPONSES, ConflictError, NotFoundError
from service.models import TokenRow
from service.schemas import DatasetBody, ImportResult, Me, TokenCreate, TokenCreated, TokenPublic
from service.views import token_public

router = APIRouter(tags=["admin"], responses=ERROR_RESPONSES)


@router.get("/me", response_model=Me, tags=["auth"])
def me(who: AnyRoleDep) -> Me:
    """Who the bearer token belongs to (name and role), e.g. for the web page."""
    return Me(token_id=who.token_id, name=who.name, role=who.role)


@router.post("/tokens", status_code=status.HTTP_201_CREATED, response_model=TokenCreated)
def new_token(body: TokenCreate, db: DbDep, who: AdminDep) -> TokenCreated:
    """Create a token; its secret is in this response only."""
    with db.write() as session:
        row, secret = create_token(session, body.name, body.role)
        audit.record_by(session, who, "token.create", [f"token:{row.id}"], {"role": row.role})
        return TokenCreated(**token_public(row).model_dump(), token=secret)


@router.get("/tokens", response_model=list[TokenPublic])
def list_tokens(db: DbDep, who: AdminDep) -> list[TokenPublic]:
    """Every token, without secrets."""
    with db.read() as session:
        return [token_public(r) for r in session.scalars(select(TokenRow).order_by(TokenRow.id))]


@router.delete("/tokens/{token_id}", response_model=TokenPublic)
def revoke_token(token_id: RowId, db: DbDep, who: AdminDep) -> TokenPublic:
    """Revoke a token; it stops working at once."""
    with db.write() as session:
        row = session.get(TokenRow, token_id)
        if row is None:
            raise NotFoundError("token", token_id)
        if row.revoked_at is not None:
            raise ConflictError("token is already revoked", token_id=token_id)
        row.revoked_at = datetime.now(UTC)
        audit.record_by(session, who, "token.revoke", [f"token:{row.id}"])
        return token_public(row)


@router.post("/admin/import", response_model=ImportResult)
def import_json(body: DatasetBody, db: DbDep, who: AdminDep) -> ImportResult:
    """Import a dataset given as JSON, all or nothing (re-import updates by id)."""
    dataset = Dataset.from_dicts(
        body.meta,
        body.centres,
        body.citizens,
        history=body.history,
        history_citizens=body.history_citizens,
        history_centres=body.history_centres,
    )
    with db.write_data() as session:
        summary = import_dataset(session, dataset)
        audit.record_by(session, who, "dataset.import", [], summary.to_dict())
    return ImportResult(**summary.to_dict())


@router.get("/admin/export", response_model=DatasetBody)
def export_json(db: DbDep, who: AdminDep) -> DatasetBody:
    """The whole database in the dataset format, as JSON (the export is audited)."""
    with db.write() as session:
        dataset = export_dataset(session)
        audit.record_by(
            session,
            who,
            "dataset.export",
            [],
            {"citizens": len(dataset.citizens), "centres": len(dataset.centres)},
        )
    return DatasetBody(
        meta=dataset.meta.to_dict(),
        centres=[c.to_dict() for c in dataset.centres],
        citizens=[c.to_dict() for c in dataset.citizens],
        history=[p.to_dict() for p in dataset.history],
        history_citizens=[c.to_dict() for c in dataset.history_citizens],
        history_centres=[c.to_dict() for c in dataset.history_centres],
    )
