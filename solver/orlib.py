"""Readers for J.E. Beasley's OR-Library files used as external checks of the solvers.

* Linear assignment (``assignN.txt``): ``n`` then the ``n x n`` cost matrix row by row, lines
  wrapping anywhere. A minimisation problem.
* Generalised assignment (``gapK`` or one problem of it): ``m n``, the ``m x n`` cost matrix, the
  ``m x n`` weight (resource) matrix, the ``m`` agent capacities. A file may hold several problems
  preceded by their count (the original OR-Library layout) or a single problem (the split files
  shipped in ``benchmarks/data/orlib-gap``); both are read.

Files may be gzip-compressed (``.gz``). Only whitespace-separated integers are expected; anything
else is a clear :class:`ValueError`.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from solver.instance import IntArray

__all__ = ["GapProblem", "read_assignment", "read_gap", "read_integers"]


def read_integers(path: str | Path) -> IntArray:
    """All whitespace-separated integers of a (possibly gzipped) text file."""
    p = Path(path)
    raw = gzip.decompress(p.read_bytes()) if p.suffix == ".gz" else p.read_bytes()
    tokens = raw.split()
    try:
        return np.array([int(t) for t in tokens], dtype=np.int64)
    except ValueError as exc:
        raise ValueError(f"{p}: expected only integers ({exc})") from None


def read_assignment(path: str | Path) -> IntArray:
    """The ``n x n`` cost matrix of an OR-Library linear assignment file."""
    values = read_integers(path)
    if values.size == 0:
        raise ValueError(f"{path}: empty file")
    n = int(values[0])
    if n <= 0 or values.size != 1 + n * n:
        raise ValueError(
            f"{path}: header says n={n}, expected {1 + n * n} numbers, got {values.size}"
        )
    return values[1:].reshape(n, n)


@dataclass(frozen=True)
class GapProblem:
    """One generalised assignment problem: agents x jobs costs and weights, agent capacities."""

    cost: IntArray
    weight: IntArray
    capacity: IntArray

    @property
    def n_agents(self) -> int:
        """Number of agents (rows)."""
        return int(self.cost.shape[0])

    @property
    def n_jobs(self) -> int:
        """Number of jobs (columns)."""
        return int(self.cost.shape[1])


def _gap_at(values: IntArray, pos: int, path: str | Path) -> tuple[GapProblem, int]:
    """Parse one problem starting at ``pos``; return it and the position after it."""
    if pos + 2 > values.size:
        raise ValueError(f"{path}: truncated problem header at number {pos}")
    m, n = int(values[pos]), int(values[pos + 1])
    if m <= 0 or n <= 0:
        raise ValueError(f"{path}: bad problem size m={m}, n={n}")
    end = pos + 2 + 2 * m * n + m
    if end > values.size:
        raise ValueError(
            f"{path}: problem of size {m}x{n} needs {end - pos} numbers, file is short"
        )
    body = values[pos + 2 : end]
    cost = body[: m * n].reshape(m, n)
    weight = body[m * n : 2 * m * n].reshape(m, n)
    capacity = body[2 * m * n :]
    return GapProblem(cost, weight, capacity), end


def read_gap(path: str | Path) -> list[GapProblem]:
    """All GAP problems in an OR-Library file (one problem, or a count followed by problems)."""
    values = read_integers(path)
    if values.size >= 2:
        m, n = int(values[0]), int(values[1])
        if m > 0 and n > 0 and values.size == 2 + 2 * m * n + m:
            return [_gap_at(values, 0, path)[0]]
    if values.size == 0:
        raise ValueError(f"{path}: empty file")
    count = int(values[0])
    problems: list[GapProblem] = []
    pos = 1
    for _ in range(count):
        problem, pos = _gap_at(values, pos, path)
        problems.append(problem)
    if pos != values.size or not problems:
        raise ValueError(f"{path}: {values.size - pos} unexpected trailing numbers")
    return problems
