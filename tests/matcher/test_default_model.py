"""The default model a new user gets: built once from a synthetic municipality, cached, and used
when a dataset has no history or too little to train on."""

from __future__ import annotations

from pathlib import Path

import pytest

from matcher.dataset import read_dataset
from matcher.default_model import default_model, default_model_path
from matcher.training import TooLittleHistoryError, model_for, train


def test_the_default_model_is_built_once_and_stands_in_for_a_small_history(
    tmp_path: Path, sample_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MATCHER_CACHE", str(tmp_path / "cache"))
    said: list[str] = []
    built = default_model(progress=said.append)
    assert any("building the default model" in s for s in said)
    assert default_model_path().is_file()

    said.clear()
    cached = default_model(progress=said.append)
    assert cached.model_id == built.model_id and not any("building" in s for s in said)
    # its synthetic centres are not the user's, whatever their ids: every centre is average
    assert built.centre_codes == {} and cached.centre_codes == {}
    assert list(cached.centre_column(["c-001", "c-017"])) == [-1.0, -1.0]

    small = read_dataset(sample_dir)  # two placements: too few to train on
    with pytest.raises(TooLittleHistoryError, match=r"history\.jsonl: cannot train"):
        train(small)
    notes: list[str] = []
    assert model_for(small, progress=notes.append).model_id == built.model_id
    assert any("cannot train" in n and "packaged default model" in n for n in notes)
