"""Task-suggestion reading quality: ``python -m benchmarks.suggestions_quality``.

Scores :func:`features.occupations.suggestion_area_scores` against task suggestions labelled
by writers who never saw the reader and by a reviewer who attacked it
(``tests/features/data/suggestions_*.jsonl``: one JSON
object per line with ``suggestion``, the ``areas`` a consultant would certainly search and the
``acceptable`` other areas a colleague might defensibly pick). A reading is *right* when it
names every area of ``areas`` and nothing outside ``areas`` and ``acceptable``; an excluded
activity ("Ikke rengøring") must name nothing. Precision and recall count areas over all lines.

The areas a citizen's whole list turns down (:func:`features.occupations.
suggestion_excluded_areas`, which rank their seats last and keep them out of batch allocation)
are scored on ``suggestions_declined_review.jsonl`` (a reviewer's lists, lines with
``suggestions``, the list, and ``declined``) and ``suggestions_declined_lists.jsonl`` (150 lists
by a blind writer, scored after the review's round): areas declined wrongly, and declines
missed.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path

from features.occupations import suggestion_area_scores, suggestion_excluded_areas

DATA = Path(__file__).resolve().parent.parent / "tests" / "features" / "data"
SETS = (
    "suggestions_blind.jsonl",
    "suggestions_hard.jsonl",
    "suggestions_lists.jsonl",
    "suggestions_exclusion_attacks.jsonl",
    "suggestions_lost_wish_attacks.jsonl",
)
DECLINED_SETS = ("suggestions_declined_review.jsonl", "suggestions_declined_lists.jsonl")
#: A suggestion names every area scoring at least this share of its strongest one.
NAMED = 0.8


@dataclass(frozen=True)
class SetQuality:
    """How well one labelled file is read."""

    lines: int
    right: int
    precision: float
    recall: float


def named_areas(suggestion: str) -> set[str]:
    """The task areas a suggestion names."""
    return {a for a, v in suggestion_area_scores(suggestion).items() if v >= NAMED}


def set_quality(path: Path) -> SetQuality:
    """Score the reader on one labelled file."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    right = tp = fp = fn = 0
    for r in rows:
        wanted, allowed = set(r["areas"]), set(r["areas"]) | set(r["acceptable"])
        got = named_areas(r["suggestion"])
        right += wanted <= got <= allowed
        tp, fp, fn = tp + len(got & wanted), fp + len(got - allowed), fn + len(wanted - got)
    return SetQuality(len(rows), right, tp / max(tp + fp, 1), tp / max(tp + fn, 1))


def declined_quality(path: Path) -> tuple[int, int, int]:
    """(Areas declined wrongly, declines missed, declines labelled) over the lists of ``path``."""
    false = missed = labelled = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        read, label = suggestion_excluded_areas(row["suggestions"]), set(row["declined"])
        false, missed, labelled = (
            false + len(read - label),
            missed + len(label - read),
            labelled + len(label),
        )
    return false, missed, labelled


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, default=[DATA / name for name in SETS])
    args = parser.parse_args()
    for path in args.files:
        q = set_quality(path)
        print(
            f"{path.name}: {q.right} of {q.lines} right, "
            f"areas precision {q.precision:.3f} recall {q.recall:.3f}"
        )
    for name in DECLINED_SETS:
        false, missed, labelled = declined_quality(DATA / name)
        print(f"{name}: {false} areas declined wrongly, {missed} of {labelled} declines missed")


if __name__ == "__main__":
    main()
