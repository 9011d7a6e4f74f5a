"""The ``matcher`` command (contract: spec ``CLI.md``).

JSON goes to the named file or standard output; progress and logs go to standard error.
Exit status 0 on success, 2 on bad input (one line naming file, line and field), 1 on an
internal error.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any, NoReturn

from matcher.errors import MatcherError

log = logging.getLogger("matcher")

EXIT_OK, EXIT_INTERNAL, EXIT_BAD_INPUT = 0, 1, 2


class UsageError(MatcherError):
    """A command-line argument that cannot be used (exit status 2)."""


class _Parser(argparse.ArgumentParser):
    """Argument errors on one line, like every other bad input (spec ``CLI.md``)."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message} (see {self.prog} --help)\n")


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def write_json_lines(out: str | None, rows: Iterable[dict[str, Any]]) -> None:
    """Write JSON lines to ``out`` atomically, or to standard output when ``out`` is None."""
    if out is None:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    _atomic_write(
        Path(out), lambda fh: fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    )


def write_json(out: str | None, obj: dict[str, Any]) -> None:
    """Write one JSON document to ``out`` atomically, or to standard output."""
    text = json.dumps(obj, ensure_ascii=False, indent=2) + "\n"
    if out is None:
        sys.stdout.write(text)
        return
    _atomic_write(Path(out), lambda fh: fh.write(text))


def _atomic_write(path: Path, write: Callable[[Any], Any]) -> None:
    from matcher.files import atomic_write

    atomic_write(path, write)


# --- sub-commands --------------------------------------------------------------------------------


def cmd_generate(args: argparse.Namespace) -> int:
    from matcher.synthetic import generate

    if args.citizens < 1 or args.centres < 1:
        raise UsageError("--citizens and --centres must be at least 1")
    summary = generate(
        Path(args.out),
        n_citizens=args.citizens,
        n_centres=args.centres,
        seed=args.seed,
        progress=_progress,
    )
    _progress(str(summary))
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    from matcher.dataset import read_dataset
    from matcher.summary import summarise

    summary = summarise(read_dataset(args.dataset))
    print("\n".join(summary.lines()))
    return EXIT_OK


def cmd_profiles(args: argparse.Namespace) -> int:
    from matcher.dataset import read_dataset
    from matcher.profiles import build_profiles

    ds = read_dataset(args.dataset)
    total = len(ds.citizens)
    start = time.perf_counter()

    def rows() -> Iterable[dict[str, Any]]:
        for i, profile in enumerate(build_profiles(ds.citizens, ds.meta.as_of), 1):
            if i % 5000 == 0:
                _progress(f"profiles: {i}/{total}")
            yield profile.to_json()

    write_json_lines(args.out, rows())
    seconds = time.perf_counter() - start
    _progress(f"profiles: {total} citizens in {seconds:.2f} s ({total / max(seconds, 1e-9):.0f}/s)")
    return EXIT_OK


def _model_for(args: argparse.Namespace, ds: Any) -> Any:
    from matcher.training import model_for

    return model_for(ds, args.model, progress=_progress)


def _print_report(metrics: dict[str, Any]) -> None:
    report = metrics["validation"]
    _progress("validation on held-out citizens (20 %):")
    _progress(f"  {'':22} {'ROC AUC':>8} {'Brier':>8} {'ECE':>8}")
    for name, m in report.items():
        _progress(f"  {name:22} {m['roc_auc']:8.3f} {m['brier']:8.3f} {m['ece']:8.3f}")


def cmd_train(args: argparse.Namespace) -> int:
    from matcher.dataset import read_dataset
    from matcher.training import train

    ds = read_dataset(args.dataset)
    model, metrics = train(ds, seed=args.seed, progress=_progress)
    _print_report(metrics)
    path = model.save(args.out)
    _progress(f"model {model.model_id} written to {path}")
    return EXIT_OK


def cmd_rank(args: argparse.Namespace) -> int:
    from matcher.dataset import read_dataset
    from matcher.ranking import Ranker, check_known

    if (args.citizen is None) == (args.seat is None):
        raise UsageError("give exactly one of --citizen ID or --seat ID")
    if args.top < 1:
        raise UsageError("--top must be at least 1")
    ds = read_dataset(args.dataset)
    check_known(ds, args.citizen, args.seat)
    ranker = Ranker(ds, _model_for(args, ds))
    if args.citizen is not None:
        result = ranker.seats_for(args.citizen, args.top, args.include_conflicts)
    else:
        result = ranker.citizens_for(args.seat, args.top, args.include_conflicts)
    write_json(args.out, result)
    return EXIT_OK


def cmd_allocate(args: argparse.Namespace) -> int:
    from matcher.allocate import Policy, allocate
    from matcher.dataset import read_dataset

    if args.time_limit is not None and not 0 < args.time_limit < float("inf"):
        raise UsageError("--time-limit must be a positive number of seconds")
    ds = read_dataset(args.dataset)
    policy = Policy(
        waiting_weight=args.waiting_weight,
        long_wait_quota=args.long_wait_quota,
        include_unverified=args.include_unverified,
        include_declined=args.include_declined,
        place_max_first=args.place_max_first,
        seed=args.seed,
    )
    result = allocate(
        ds, _model_for(args, ds), policy=policy, time_limit=args.time_limit, progress=_progress
    )
    write_json(args.out, result)
    _progress(
        f"{result['status']}: {len(result['assignments'])} placed, "
        f"{len(result['unassigned'])} without a seat, expected successes "
        f"{result['expected_successes']:.1f}, objective {result['objective']:.1f} "
        f"(bound {result['bound']}) in {result['seconds']:.1f} s "
        f"({result['solver_seconds']:.1f} s solving)"
    )
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="matcher",
        description="Match citizens with work-trial seats in company centres.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="more progress on stderr")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("generate", help="write a realistic synthetic municipality (with history)")
    p.add_argument("--out", required=True, metavar="DATASET", help="dataset directory to write")
    p.add_argument("--citizens", type=int, default=2000, metavar="N")
    p.add_argument("--centres", type=int, default=250, metavar="C")
    p.add_argument("--seed", type=int, default=1, metavar="S")
    p.set_defaults(func=cmd_generate)

    p = sub.add_parser("validate", help="check a dataset and print a one-screen summary")
    p.add_argument("dataset", metavar="DATASET")
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("profiles", help="what the feature extraction understood of each citizen")
    p.add_argument("dataset", metavar="DATASET")
    p.add_argument("--out", metavar="FILE", help="JSON lines file (default: standard output)")
    p.set_defaults(func=cmd_profiles)

    p = sub.add_parser("train", help="train the scoring model on history.jsonl")
    p.add_argument("dataset", metavar="DATASET")
    p.add_argument("--out", required=True, metavar="MODEL_FILE")
    p.add_argument("--seed", type=int, default=0, metavar="S")
    p.set_defaults(func=cmd_train)

    p = sub.add_parser("rank", help="ranked seats for a citizen, or citizens for a seat")
    p.add_argument("dataset", metavar="DATASET")
    p.add_argument("--citizen", metavar="ID")
    p.add_argument("--seat", metavar="ID")
    p.add_argument("--top", type=int, default=10, metavar="K")
    p.add_argument("--model", metavar="FILE")
    p.add_argument(
        "--include-conflicts",
        action="store_true",
        help="also list conflicting seats (last) and unverified seats too risky to propose",
    )
    p.add_argument("--out", metavar="FILE", help="JSON file (default: standard output)")
    p.set_defaults(func=cmd_rank)

    p = sub.add_parser("allocate", help="allocate all citizens to the free seats in one batch")
    p.add_argument("dataset", metavar="DATASET")
    p.add_argument("--out", required=True, metavar="FILE", help="JSON file to write")
    p.add_argument("--model", metavar="FILE")
    p.add_argument("--time-limit", type=float, default=None, metavar="SECONDS", help="default 30")
    p.add_argument(
        "--waiting-weight",
        type=float,
        default=0.2,
        metavar="W",
        help="extra weight of a citizen's success after a year's wait (default 0.2)",
    )
    p.add_argument(
        "--long-wait-quota",
        type=int,
        default=0,
        metavar="N",
        help="at least N seats to citizens waiting more than 26 weeks",
    )
    p.add_argument(
        "--include-unverified",
        action="store_true",
        help="also use pairs where a seat's demand is unknown",
    )
    p.add_argument(
        "--include-declined",
        action="store_true",
        help="also use seats in a task area the citizen's suggestions turn down",
    )
    p.add_argument(
        "--place-max-first", action="store_true", help="place as many citizens as possible first"
    )
    p.add_argument("--seed", type=int, default=0, metavar="S")
    p.set_defaults(func=cmd_allocate)

    # Commands of higher layers (the HTTP service: serve, import, export, token) register
    # themselves through this entry-point group, so `matcher` never imports them.
    for entry in sorted(entry_points(group="matcher.commands"), key=lambda e: e.name):
        try:
            register = entry.load()
        except ImportError as exc:
            print(f"matcher: commands of '{entry.name}' unavailable ({exc})", file=sys.stderr)
            continue
        register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    try:
        status: int = args.func(args)
        return status
    except MatcherError as exc:
        print(f"matcher: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("matcher: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - last resort: one line, no traceback, no data
        if args.verbose:
            log.exception("internal error")
        print(
            f"matcher: internal error ({type(exc).__name__}); rerun with -v for details",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
