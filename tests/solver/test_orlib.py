"""OR-Library readers parse every shipped file; GAP and assignment solvers reach known optima."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest

from solver import solve_gap
from solver.orlib import read_assignment, read_gap

DATA = Path(__file__).resolve().parents[2] / "benchmarks" / "data"


def _gap_rows() -> list[dict[str, str]]:
    with open(DATA / "orlib-gap" / "optima.csv", newline="") as fh:
        return list(csv.DictReader(fh))


def test_every_assignment_file_parses() -> None:
    with open(DATA / "orlib-assign" / "optima.csv", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 8
    for row in rows:
        cost = read_assignment(DATA / "orlib-assign" / f"{row['instance']}.txt.gz")
        assert cost.shape == (int(row["n"]), int(row["n"]))
        assert cost.min() >= 0


def test_every_gap_file_parses_with_the_listed_size() -> None:
    rows = _gap_rows()
    assert len(rows) == 99
    for row in rows:
        (problem,) = read_gap(DATA / "orlib-gap" / "instances" / row["instance"])
        assert (problem.n_agents, problem.n_jobs) == (int(row["m_agents"]), int(row["n_jobs"]))
        assert problem.weight.shape == problem.cost.shape
        assert (problem.capacity > 0).all()


def test_multi_problem_layout_and_errors(tmp_path: Path) -> None:
    one = "2 3\n1 2 3\n4 5 6\n1 1 1\n1 1 1\n2 2\n"
    path = tmp_path / "gapx"
    path.write_text("2\n" + one + one)
    problems = read_gap(path)
    assert len(problems) == 2 and problems[1].cost.tolist() == [[1, 2, 3], [4, 5, 6]]
    path.write_text(one.replace("2 2\n", "2\n"))
    with pytest.raises(ValueError):
        read_gap(path)
    bad = tmp_path / "assign"
    bad.write_text("2\n1 2 3\n")
    with pytest.raises(ValueError, match="expected 5 numbers"):
        read_assignment(bad)
    bad.write_text("2\n1 x 3 4\n")
    with pytest.raises(ValueError, match="only integers"):
        read_assignment(bad)


@pytest.mark.parametrize("name", ["cattrysse1994/gap1-0", "cattrysse1994/gap5-2"])
def test_gap_reaches_published_min_and_max_optima(name: str) -> None:
    row = next(r for r in _gap_rows() if r["instance"] == name)
    (p,) = read_gap(DATA / "orlib-gap" / "instances" / name)
    low = solve_gap(p.cost, p.weight, p.capacity, time_limit=20.0)
    assert low.status == "optimal" and low.objective == float(row["min_optimum"])
    high = solve_gap(p.cost, p.weight, p.capacity, minimise=False, time_limit=20.0)
    assert high.status == "optimal" and high.objective == float(row["max_optimum_orlib"])
    for result in (low, high):
        assert (result.agent_of_job >= 0).all()
        load = np.zeros(p.n_agents, dtype=np.int64)
        np.add.at(load, result.agent_of_job, p.weight[result.agent_of_job, np.arange(p.n_jobs)])
        assert (load <= p.capacity).all()
        chosen_cost = p.cost[result.agent_of_job, np.arange(p.n_jobs)].sum()
        assert chosen_cost == result.objective


def test_gap_infeasible_capacity_is_a_status() -> None:
    result = solve_gap([[1, 1]], [[2, 2]], [3], time_limit=5.0)
    assert result.status == "infeasible" and result.gap == float("inf")
