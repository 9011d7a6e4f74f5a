"""The model a new user gets before they have history: trained on a synthetic municipality.

It is built deterministically on first use (fixed generator seed and size, fixed training seed)
and cached in the user's cache directory, keyed by the package and library versions, so every
installation with the same versions gets the same model. It knows no centre: the synthetic
municipality's centres are not the user's, even where their ids look alike ("c-017"), so every
centre is scored as the average one and no reason speaks of a centre's record.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from matcher.model import ModelError, ScoringModel, library_versions, load_model

#: The synthetic municipality the default model learns from (never used for quality benchmarks).
DEFAULT_WORLD = {"n_citizens": 2000, "n_centres": 250, "seed": 20261102}
#: Bump whenever feature extraction or the model changes, so a cached default model is rebuilt.
_VERSION = "14"


def cache_dir() -> Path:
    """``$MATCHER_CACHE``, else ``$XDG_CACHE_HOME/matcher``, else ``~/.cache/matcher``."""
    if "MATCHER_CACHE" in os.environ:
        return Path(os.environ["MATCHER_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "matcher"


def default_model_path() -> Path:
    versions = library_versions()
    key = f"sklearn{versions['scikit-learn']}-numpy{versions['numpy']}-v{_VERSION}"
    return cache_dir() / f"default-model-{key}.bin"


def default_model(progress: Callable[[str], None] | None = None) -> ScoringModel:
    """Load the cached default model, building it first if needed."""
    path = default_model_path()
    if path.exists():
        try:
            return load_model(path)
        except ModelError:
            path.unlink(missing_ok=True)
    from matcher.dataset import read_dataset
    from matcher.synthetic import generate
    from matcher.training import train

    if progress:
        progress("building the default model from a synthetic municipality (once; cached)")
    with tempfile.TemporaryDirectory() as tmp:
        world = Path(tmp) / "default-world"
        generate(
            world,
            n_citizens=DEFAULT_WORLD["n_citizens"],
            n_centres=DEFAULT_WORLD["n_centres"],
            seed=DEFAULT_WORLD["seed"],
        )
        model, _ = train(read_dataset(world), seed=0, progress=progress)
    model = replace(model, centre_codes={}, centre_placements={})  # (see the module docstring)
    model.save(path)
    if progress:
        progress(f"default model {model.model_id} saved to {path}")
    return model
