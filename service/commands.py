"""The service's ``matcher`` sub-commands: ``serve``, ``import``, ``export``, ``token create``.

``matcher`` finds them through the ``matcher.commands`` entry point and calls :func:`register`.
Every command that touches the database takes ``--db URL`` and falls back to ``MATCHER_DB``, then
to ``sqlite:///./matcher.db``. Bad input raises :class:`~matcher.errors.MatcherError` subclasses,
which the CLI prints as one line with exit status 2.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from dataclasses import replace
from typing import Any

from matcher.errors import MatcherError

EXIT_OK = 0


class ServiceCommandError(MatcherError):
    """A bad argument to one of the service's commands."""


def _settings(args: argparse.Namespace, **overrides: Any) -> Any:
    from service.settings import Settings, resolve_db_url

    return Settings(db_url=resolve_db_url(args.db), **overrides)


def _cli_actor() -> str:
    """How the audit log names a command-line user (the OS account, not a person's data)."""
    try:
        return f"cli:{getpass.getuser()}"
    except Exception:  # noqa: BLE001 - no user name in some containers
        return "cli"


def _configure_logging(access_log: bool) -> None:
    """Service logs (counts, phases, route templates; never personal text) to standard error."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    service_log = logging.getLogger("service")
    service_log.addHandler(handler)
    service_log.setLevel(logging.INFO)
    service_log.propagate = False
    # One line per request is for debugging; under load it costs more than the request.
    logging.getLogger("service.access").setLevel(logging.INFO if access_log else logging.WARNING)


def cmd_serve(args: argparse.Namespace) -> int:
    """Run the HTTP service with uvicorn until interrupted."""
    import uvicorn

    from service.app import create_app
    from service.settings import resolve_db_url, settings_from_env

    if not 0 < args.port < 65536:
        raise ServiceCommandError("--port must be between 1 and 65535")
    if args.model and not os.path.isfile(args.model):
        raise ServiceCommandError(f"--model: file not found: {args.model}")
    settings = replace(
        settings_from_env(),
        db_url=resolve_db_url(args.db),
        host=args.host,
        port=args.port,
        freeze_gc=True,
        **({"model_path": args.model} if args.model else {}),
    )
    _configure_logging(args.access_log)
    print(f"matcher: serving on http://{args.host}:{args.port}", file=sys.stderr, flush=True)
    # Uvicorn's access log prints raw paths; the service logs route templates instead.
    uvicorn.run(create_app(settings), host=args.host, port=args.port, access_log=False)
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    """Validate a dataset directory and store it in one transaction."""
    from matcher.dataset import read_dataset
    from service import audit
    from service.dataset_io import import_dataset
    from service.db import Database

    dataset = read_dataset(args.dataset)
    db = Database.open(_settings(args))
    try:
        with db.write_data() as session:
            summary = import_dataset(session, dataset)
            audit.record(session, _cli_actor(), "admin", "dataset.import", [], summary.to_dict())
    finally:
        db.close()
    counts = ", ".join(f"{k} {v}" for k, v in summary.to_dict().items())
    print(f"matcher: imported {counts}", file=sys.stderr)
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    """Write the database as a dataset directory."""
    from matcher.dataset import write_dataset
    from service import audit
    from service.dataset_io import export_dataset
    from service.db import Database

    db = Database.open(_settings(args))
    try:
        with db.write() as session:
            dataset = export_dataset(session)
            audit.record(
                session,
                _cli_actor(),
                "admin",
                "dataset.export",
                [],
                {"citizens": len(dataset.citizens), "centres": len(dataset.centres)},
            )
    finally:
        db.close()
    path = write_dataset(args.out, dataset)
    print(
        f"matcher: exported {len(dataset.citizens)} citizens, {len(dataset.centres)} centres, "
        f"{len(dataset.history)} history placements to {path}",
        file=sys.stderr,
    )
    return EXIT_OK


def cmd_token_create(args: argparse.Namespace) -> int:
    """Create an API token and print it (the only time it is shown)."""
    from service import audit
    from service.auth import create_token
    from service.db import Database

    db = Database.open(_settings(args))
    try:
        with db.write() as session:
            row, secret = create_token(session, args.name, args.role)
            audit.record(
                session,
                _cli_actor(),
                "admin",
                "token.create",
                [f"token:{row.id}"],
                {"role": row.role},
            )
    finally:
        db.close()
    print(secret)
    print(
        f"matcher: token {row.id} ({row.role}) for {row.name!r}; store it now, it is not shown again",
        file=sys.stderr,
    )
    return EXIT_OK


def _add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="URL",
        help="database URL (default: $MATCHER_DB, else sqlite:///./matcher.db)",
    )


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``serve``, ``import``, ``export`` and ``token`` to the ``matcher`` command."""
    from service.auth import ROLES

    p = sub.add_parser("serve", help="start the HTTP service")
    _add_db(p)
    p.add_argument("--host", default="127.0.0.1", metavar="H")
    p.add_argument("--port", type=int, default=8000, metavar="P")
    p.add_argument(
        "--model",
        metavar="FILE",
        help="scoring model file (default: $MATCHER_MODEL, else train on the database's history)",
    )
    p.add_argument("--access-log", action="store_true", help="log every request (route templates)")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("import", help="load a dataset into the database (all or nothing)")
    p.add_argument("dataset", metavar="DATASET")
    _add_db(p)
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", help="write the database as a dataset directory")
    _add_db(p)
    p.add_argument("--out", required=True, metavar="DIR")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("token", help="manage API tokens")
    token_sub = p.add_subparsers(dest="token_command", required=True, metavar="ACTION")
    t = token_sub.add_parser("create", help="create a token and print it once")
    t.add_argument("--role", required=True, choices=ROLES)
    t.add_argument("--name", required=True, metavar="N")
    _add_db(t)
    t.set_defaults(func=cmd_token_create)
