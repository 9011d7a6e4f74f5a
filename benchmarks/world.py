"""A fresh synthetic municipality for a benchmark run, with its hidden truth and a trained model.

Benchmarks measure on a world generated with a seed that was never used for training or tuning
(the default model's world uses another seed) and train the scoring model on that world's own
history, as a municipality would. Only ``benchmarks/`` reads the truth file.
"""

from __future__ import annotations

import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.truth import Truth, load_truth
from matcher.dataset import Dataset, read_dataset
from matcher.model import ScoringModel
from matcher.synthetic import generate
from matcher.training import train

#: Seeds of evaluation worlds; no tuning was done on them.
EVALUATION_SEED = 4242


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@dataclass
class World:
    path: Path
    dataset: Dataset
    truth: Truth
    model: ScoringModel
    metrics: dict[str, Any]


def make_world(
    citizens: int, centres: int, seed: int, directory: str | None = None, quiet: bool = False
) -> World:
    """Generate (or reuse, when ``directory`` holds one) a world and train on its history."""
    base = Path(directory) if directory else Path(tempfile.mkdtemp(prefix="matcher-bench-"))
    path = base / f"world-{citizens}-{centres}-{seed}"
    if not (path / "dataset.json").exists():
        started = time.perf_counter()
        generate(path, n_citizens=citizens, n_centres=centres, seed=seed)
        if not quiet:
            say(f"generated {path} in {time.perf_counter() - started:.1f} s")
    ds = read_dataset(path)
    model, metrics = train(ds, seed=0, progress=None if quiet else say)
    return World(path, ds, load_truth(path), model, metrics)
