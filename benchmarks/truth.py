"""The hidden truth of a synthetic municipality, read back for benchmarks only.

:func:`matcher.synthetic.generate` writes ``<dataset>.truth.npz`` next to the dataset directory.
Only ``benchmarks/`` may read it (``tests/test_truth_isolation.py`` enforces that the product never
does): the product must learn from the data a municipality would have, not from the answers.

>>> from benchmarks.truth import load_truth                       # doctest: +SKIP
>>> truth = load_truth("demo/municipality")                        # doctest: +SKIP
>>> truth.probability(["b-00001"], ["c-017-lager"])                # doctest: +SKIP
array([0.41...])
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from matcher.synthetic import (
    CHANNEL_ICF,
    CHANNEL_STRUCTURED,
    CHANNEL_TEXT,
    NEED_CODES,
    WorldTruth,
    true_conflict,
    true_probability,
    truth_path_for,
)

__all__ = ["Truth", "load_truth", "CHANNEL_TEXT", "CHANNEL_STRUCTURED", "CHANNEL_ICF"]


class Truth:
    """Id-based access to a world's true success probabilities, conflicts and planted needs."""

    def __init__(self, world: WorldTruth) -> None:
        self.world = world
        self._citizen_sorted, self._citizen_order = _index(world.citizen_ids)
        self._seat_sorted, self._seat_order = _index(world.seat_ids)
        self._planted: dict[str, list[list[Any]]] | None = None

    # -- ids -> rows --------------------------------------------------------------------------

    def citizen_rows(self, citizen_ids: Sequence[str] | np.ndarray) -> np.ndarray:
        """Truth rows of citizen ids (current or past); ``KeyError`` for an unknown id."""
        return _rows(self._citizen_sorted, self._citizen_order, citizen_ids, "citizen")

    def seat_rows(self, seat_ids: Sequence[str] | np.ndarray) -> np.ndarray:
        """Truth rows of seat ids (current or closed); ``KeyError`` for an unknown id."""
        return _rows(self._seat_sorted, self._seat_order, seat_ids, "seat")

    # -- the truth ----------------------------------------------------------------------------

    def probability(
        self, citizen_ids: Sequence[str] | np.ndarray, seat_ids: Sequence[str] | np.ndarray
    ) -> np.ndarray:
        """True success probability of each (citizen, seat) pair (equal-length id lists)."""
        ci, sj = self._pairs(citizen_ids, seat_ids)
        return true_probability(self.world, ci, sj)

    def conflict(
        self, citizen_ids: Sequence[str] | np.ndarray, seat_ids: Sequence[str] | np.ndarray
    ) -> np.ndarray:
        """True when the pair breaks a planted need or the licence/complex/hours/travel rule."""
        ci, sj = self._pairs(citizen_ids, seat_ids)
        return true_conflict(self.world, ci, sj)

    def planted_needs(self, citizen_id: str) -> list[tuple[str, float | None]]:
        """The citizen's true accommodation needs as (code, value), sorted by code.

        Comparable with the ``accommodations`` of ``matcher profiles`` (code and value).
        """
        row = int(self.citizen_rows([citizen_id])[0])
        flags = self.world.need_flag[row]
        values = self.world.need_value[row]
        out: list[tuple[str, float | None]] = []
        for k in np.flatnonzero(flags):
            value = float(values[k])
            out.append((NEED_CODES[k], None if np.isnan(value) else value))
        return sorted(out)

    def planted_detail(self, citizen_id: str) -> list[tuple[str, float | None, int, str | None]]:
        """(code, value, channel mask, evidence span) per planted need.

        The channel mask says where the need was written: ``CHANNEL_TEXT`` (the caseworker's
        text; evidence is the sentence or list item that states it), ``CHANNEL_STRUCTURED``
        (the structured list) and/or ``CHANNEL_ICF`` (implied by an ICF qualifier >= 3).
        """
        if self._planted is None:
            self._planted = self.world.planted()
        return [
            (code, value, int(channel), evidence)
            for code, value, channel, evidence in self._planted.get(citizen_id, [])
        ]

    def _pairs(
        self, citizen_ids: Sequence[str] | np.ndarray, seat_ids: Sequence[str] | np.ndarray
    ) -> tuple[np.ndarray, np.ndarray]:
        ci = self.citizen_rows(citizen_ids)
        sj = self.seat_rows(seat_ids)
        if ci.shape != sj.shape:
            raise ValueError(
                f"{len(ci)} citizen ids but {len(sj)} seat ids; pairs need equal lengths"
            )
        return ci, sj


def _index(ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    order = np.argsort(ids, kind="stable")
    return ids[order], order


def _rows(
    sorted_ids: np.ndarray, order: np.ndarray, query: Sequence[str] | np.ndarray, what: str
) -> np.ndarray:
    q = np.asarray(query, dtype=str)  # own width: a longer id must not be truncated into a match
    if q.size == 0:
        return np.zeros(0, dtype=np.int64)
    pos = np.searchsorted(sorted_ids, q)
    pos = np.minimum(pos, len(sorted_ids) - 1)
    found = sorted_ids[pos] == q
    if not found.all():
        missing = str(q[~found][0])
        raise KeyError(f"unknown {what} id {missing!r} (not in the truth file)")
    return order[pos].astype(np.int64)


def load_truth(dataset_dir: str | os.PathLike[str]) -> Truth:
    """Read ``<dataset_dir>.truth.npz`` written by :func:`matcher.synthetic.generate`."""
    path = truth_path_for(dataset_dir)
    if not path.exists():
        raise FileNotFoundError(
            f"no truth file {path.name} next to {Path(dataset_dir).name}; "
            "only generated datasets have one"
        )
    with np.load(path, allow_pickle=False) as data:
        arrays = {name: data[name] for name in data.files}
    return Truth(WorldTruth.from_arrays(arrays))
