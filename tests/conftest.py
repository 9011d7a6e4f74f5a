"""Session fixtures shared by the test packages: one small synthetic world and its model."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from matcher.dataset import Dataset, read_dataset
from matcher.model import ScoringModel


@dataclass(frozen=True)
class SmallWorld:
    path: Path
    dataset: Dataset
    model: ScoringModel


@pytest.fixture(scope="session")
def small_world(tmp_path_factory: pytest.TempPathFactory) -> SmallWorld:
    """A generated municipality (300 citizens, 60 centres) and a model trained on its history."""
    from matcher.synthetic import generate
    from matcher.training import train

    path = tmp_path_factory.mktemp("world") / "small"
    generate(path, n_citizens=300, n_centres=60, seed=11)
    ds = read_dataset(path)
    model, _ = train(ds, seed=0)
    return SmallWorld(path, ds, model)
