"""Fixtures: the hand-written sample dataset of ``tests.matcher.sample``."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from tests.matcher.sample import FILES, write_raw


@pytest.fixture
def sample_files() -> dict[str, list[dict[str, Any]]]:
    """A deep copy of the sample file contents that a test may break."""
    return copy.deepcopy(FILES)


@pytest.fixture
def sample_dir(tmp_path: Path) -> Path:
    """The valid sample dataset on disk."""
    return write_raw(tmp_path / "sample")
