"""Relaxations that prove bounds: the LP (scipy HiGHS), a knapsack Lagrangian, column generation.

The LP relaxation of the side-constrained allocation (``0 <= x_a <= 1``) gives

* a **proven upper bound**, computed here from the LP's dual prices ``y >= 0`` as the Lagrangian
  value ``L(y) = b.y + sum_a max(0, v_a - (A^T y)_a)``. Weak duality makes ``L(y)`` an upper bound
  for *any* ``y >= 0``, so the bound stays valid whatever tolerances HiGHS worked with;
* **reduced costs** ``r_a = v_a - (A^T y)_a`` for reduced-cost fixing;
* a nearly integral **solution** to round, and starting prices for the Lagrangian.

The LP bound is weak when mentor budgets hold only a few persons: it happily places 2.6 persons
in a 8-hour budget. :class:`KnapsackLagrangian` prices out only the rows that link centres (each
citizen at most once, quotas) and solves every centre's knapsack exactly, which gives the bound of
the convex hull of each centre's feasible sets; :class:`ColumnGeneration` finds the best prices
(Dantzig-Wolfe with a small master LP over centre patterns) and, from the same patterns, a
near-optimal allocation by a master MIP.

HiGHS is called through scipy (``highspy`` and ``ortools`` cannot share a process; scipy's HiGHS
can).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Literal

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp
from scipy.optimize import Bounds, LinearConstraint, linprog, milp

from solver.instance import BoolArray, FloatArray, Instance, IntArray, exact_unit

__all__ = [
    "ColumnGeneration",
    "KnapsackLagrangian",
    "LinearRows",
    "LpResult",
    "build_rows",
    "dual_bound",
    "lp_relaxation",
]


@dataclass(frozen=True)
class LinearRows:
    """The constraints ``A x <= b`` over the active arcs (``x`` indexed by position in ``arcs``)."""

    arcs: IntArray
    """Instance arc index of each column."""
    matrix: sp.csr_matrix
    rhs: FloatArray
    blocks: tuple[tuple[str, int], ...]
    """Row blocks in order as (kind, number of rows); kinds are ``citizen``, ``seat``,
    ``centre``, ``budget``, ``quota`` (one row per quota with a positive minimum, in order) and
    ``min_assigned``."""
    row_citizens: IntArray
    """Citizen of each ``citizen`` row (the first rows)."""

    def block(self, kind: str) -> slice:
        """The row range of one block (empty when absent)."""
        start = 0
        for name, size in self.blocks:
            if name == kind:
                return slice(start, start + size)
            start += size
        return slice(start, start)


def build_rows(
    instance: Instance,
    *,
    capacity: IntArray,
    arc_mask: BoolArray,
    budget_centres: BoolArray,
    min_assigned: int = 0,
) -> LinearRows:
    """Assemble the (non-redundant) constraint rows of the allocation over the active arcs.

    Seat and centre rows that can never bind (capacity at least the number of arcs that reach
    them) are left out, which keeps the LP small without changing it.
    """
    arcs = np.flatnonzero(arc_mask).astype(np.int64)
    n = arcs.size
    cit = instance.arc_citizen[arcs]
    seat = instance.arc_seat[arcs]
    centre = instance.seat_centre[seat]
    col = np.arange(n)
    blocks_r: list[np.ndarray] = []
    blocks_c: list[np.ndarray] = []
    blocks_v: list[np.ndarray] = []
    rhs: list[np.ndarray] = []
    blocks: list[tuple[str, int]] = []
    n_rows = 0

    def add(
        row_of_arc: np.ndarray, cols: np.ndarray, vals: np.ndarray, b: np.ndarray, kind: str
    ) -> None:
        nonlocal n_rows
        blocks_r.append(n_rows + row_of_arc)
        blocks_c.append(cols)
        blocks_v.append(vals)
        rhs.append(b.astype(np.float64))
        blocks.append((kind, int(b.size)))
        n_rows += b.size

    citizens, cit_row = np.unique(cit, return_inverse=True)
    add(cit_row, col, np.ones(n), np.ones(citizens.size), "citizen")

    seat_arcs = np.bincount(seat, minlength=instance.n_seats)
    binding_seat = instance.seat_capacity < seat_arcs
    row_id = np.cumsum(binding_seat) - 1
    sel = binding_seat[seat]
    add(
        row_id[seat[sel]],
        col[sel],
        np.ones(int(sel.sum())),
        instance.seat_capacity[binding_seat],
        "seat",
    )

    seat_room = np.minimum(instance.seat_capacity, seat_arcs)
    centre_room = np.bincount(instance.seat_centre, weights=seat_room, minlength=instance.n_centres)
    binding_centre = capacity < centre_room
    row_id = np.cumsum(binding_centre) - 1
    sel = binding_centre[centre]
    add(row_id[centre[sel]], col[sel], np.ones(int(sel.sum())), capacity[binding_centre], "centre")

    hours = instance.arc_mentor_hours[arcs]
    total_hours = np.bincount(centre, weights=hours, minlength=instance.n_centres)
    binding_budget = budget_centres & (total_hours > instance.centre_mentor_budget)
    row_id = np.cumsum(binding_budget) - 1
    sel = binding_budget[centre] & (hours > 0)
    add(
        row_id[centre[sel]],
        col[sel],
        hours[sel],
        instance.centre_mentor_budget[binding_budget],
        "budget",
    )

    member = np.zeros(instance.n_citizens, dtype=bool)
    q_rows: list[np.ndarray] = []
    q_cols: list[np.ndarray] = []
    q_rhs: list[int] = []
    for quota in instance.quotas:
        if quota.minimum <= 0:
            continue
        member[:] = False
        member[quota.citizens] = True
        hit = np.flatnonzero(member[cit])
        q_rows.append(np.full(hit.size, len(q_rhs), dtype=np.int64))
        q_cols.append(hit)
        q_rhs.append(-quota.minimum)
    if q_rhs:
        q_col = np.concatenate(q_cols)
        add(np.concatenate(q_rows), q_col, -np.ones(q_col.size), np.array(q_rhs), "quota")
    if min_assigned > 0:
        add(
            np.zeros(n, dtype=np.int64), col, -np.ones(n), np.array([-min_assigned]), "min_assigned"
        )

    matrix = sp.csr_matrix(
        (np.concatenate(blocks_v), (np.concatenate(blocks_r), np.concatenate(blocks_c))),
        shape=(n_rows, n),
    )
    return LinearRows(
        arcs=arcs,
        matrix=matrix,
        rhs=np.concatenate(rhs),
        blocks=tuple(blocks),
        row_citizens=citizens.astype(np.int64),
    )


def dual_bound(rows: LinearRows, values: FloatArray, y: FloatArray) -> tuple[float, FloatArray]:
    """The Lagrangian upper bound ``L(y)`` and the reduced costs, for any prices ``y``.

    ``y`` is clipped at 0 first, so the bound is valid even for slightly infeasible duals.
    Returns ``(L(y), r)`` with ``r`` per column of ``rows``.
    """
    prices = np.maximum(np.asarray(y, dtype=np.float64), 0.0)
    reduced = values[rows.arcs] - rows.matrix.T @ prices
    bound = float(rows.rhs @ prices + np.maximum(reduced, 0.0).sum())
    return bound, np.asarray(reduced, dtype=np.float64)


@dataclass(frozen=True)
class LpResult:
    """Outcome of :func:`lp_relaxation`."""

    status: Literal["optimal", "infeasible", "failed"]
    rows: LinearRows
    x: FloatArray
    """LP value per column of ``rows`` (zeros unless optimal)."""
    bound: float
    """Rigorous dual bound ``L(y)`` (``inf`` unless optimal)."""
    reduced: FloatArray
    y: FloatArray
    """Dual prices (>= 0, one per row of ``rows``; zeros unless optimal)."""
    seconds: float


def lp_relaxation(
    instance: Instance,
    values: FloatArray,
    *,
    capacity: IntArray,
    arc_mask: BoolArray,
    budget_centres: BoolArray,
    min_assigned: int = 0,
    time_limit: float = 30.0,
) -> LpResult:
    """Solve the LP relaxation with HiGHS and derive the rigorous bound and reduced costs.

    ``status == "infeasible"`` is a proof that the integer problem is infeasible too (the LP is
    a relaxation).
    """
    start = time.perf_counter()
    rows = build_rows(
        instance,
        capacity=capacity,
        arc_mask=arc_mask,
        budget_centres=budget_centres,
        min_assigned=min_assigned,
    )
    n = rows.arcs.size
    if n == 0:
        feasible = bool(np.all(rows.rhs >= 0))
        return LpResult(
            "optimal" if feasible else "infeasible",
            rows,
            np.zeros(0),
            0.0 if feasible else float("inf"),
            np.zeros(0),
            np.zeros(rows.rhs.size),
            time.perf_counter() - start,
        )
    res = linprog(
        -values[rows.arcs],
        A_ub=rows.matrix,
        b_ub=rows.rhs,
        bounds=(0.0, 1.0),
        method="highs",
        options={"time_limit": max(0.1, float(time_limit)), "presolve": True},
    )
    seconds = time.perf_counter() - start
    zeros = np.zeros(rows.rhs.size)
    if res.status == 2:
        return LpResult("infeasible", rows, np.zeros(n), float("inf"), np.zeros(n), zeros, seconds)
    if res.status != 0 or res.x is None:
        return LpResult("failed", rows, np.zeros(n), float("inf"), np.zeros(n), zeros, seconds)
    y = np.maximum(-np.asarray(res.ineqlin.marginals, dtype=np.float64), 0.0)
    bound, reduced = dual_bound(rows, values, y)
    return LpResult("optimal", rows, np.asarray(res.x), bound, reduced, y, seconds)


def _rank_in_groups(keys_sorted: npt.NDArray[np.integer]) -> IntArray:
    """Position of each element within its run of equal keys (keys already sorted)."""
    n = keys_sorted.size
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    new = np.empty(n, dtype=bool)
    new[0] = True
    new[1:] = keys_sorted[1:] != keys_sorted[:-1]
    start = np.maximum.accumulate(np.where(new, np.arange(n), 0))
    return np.arange(n) - start


def _hour_units(instance: Instance, budget_centres: BoolArray) -> tuple[float, bool]:
    """Units per hour for the knapsack DP: exact when a power of ten makes hours whole.

    The DP table has ``budget * units`` columns, so the unit is capped to keep tables small;
    when it is not exact, hours are rounded down and budgets up, which only relaxes the
    subproblem and keeps the bound valid.
    """
    budgets = instance.centre_mentor_budget[budget_centres]
    peak = float(budgets.max()) if budgets.size else 0.0
    limit = max(1.0, 4000.0 / max(peak, 1e-9))
    unit = exact_unit(np.concatenate([instance.arc_mentor_hours, budgets]), limit)
    if unit is not None:
        return float(unit), True
    return limit, False


class KnapsackLagrangian:
    """Lagrangian relaxation of the citizen rows (and quota rows): one subproblem per centre.

    With the "each citizen at most once" rows priced out by ``u_i >= 0`` (and each quota row by
    ``mu_q >= 0``), the allocation falls apart into independent centres: pick arcs of reduced
    value ``rho_a = v_a - u_i + sum_q mu_q [i in q]`` within the seat capacities, the centre
    head count and the mentor budget. Centres without a binding budget are solved by a greedy
    that is exact on this nested (laminar) capacity structure; budget centres by an exact
    dynamic programme over (head count, hours), seat by seat. The dual function

        ``L(u, mu) = sum_i u_i - sum_q mu_q m_q + sum_k z_k(rho)``

    is a proven upper bound for any ``u, mu >= 0``. Because each centre's knapsack is solved in
    integers, the best ``L`` is at least as tight as the LP bound and usually much tighter when
    budgets hold only a few persons (where the LP takes fractions of a person).
    """

    def __init__(
        self,
        instance: Instance,
        values: FloatArray,
        *,
        capacity: IntArray,
        arc_mask: BoolArray,
        budget_centres: BoolArray,
        min_assigned: int = 0,
    ) -> None:
        self.instance = instance
        self.arcs = np.flatnonzero(arc_mask).astype(np.int64)
        self.values = values[self.arcs]
        self.cit = instance.arc_citizen[self.arcs].astype(np.int64)
        self.seat = instance.arc_seat[self.arcs].astype(np.int64)
        self.centre = instance.seat_centre[self.seat].astype(np.int64)
        self.seat_cap = np.minimum(instance.seat_capacity, instance.n_citizens)
        self.capacity = capacity
        self.units, self.exact_units = _hour_units(instance, budget_centres)
        self.hours = np.floor(instance.arc_mentor_hours[self.arcs] * self.units + 1e-9).astype(
            np.int64
        )
        budget_units = np.ceil(
            np.where(budget_centres, instance.centre_mentor_budget, 0.0) * self.units - 1e-9
        )
        self.budget = budget_units.astype(np.int64)
        self.in_budget = budget_centres[self.centre]
        self.free_cols = np.flatnonzero(~self.in_budget)
        order = np.flatnonzero(self.in_budget)
        order = order[np.argsort(self.centre[order], kind="stable")]
        cuts = np.flatnonzero(np.diff(self.centre[order])) + 1
        self.budget_groups = [g for g in np.split(order, cuts) if g.size]
        quotas = [q for q in instance.quotas if q.minimum > 0]
        self.quota_min = np.array([q.minimum for q in quotas], dtype=np.float64)
        member = np.zeros((len(quotas), instance.n_citizens), dtype=bool)
        for r, q in enumerate(quotas):
            member[r, q.citizens] = True
        self.quota_member = member[:, self.cit] if quotas else np.zeros((0, self.arcs.size), bool)
        self.min_assigned = int(min_assigned)
        self.citizens = np.unique(self.cit)

    @property
    def n_multipliers(self) -> int:
        """Length of the multiplier vector: citizens, then quotas, then the head-count floor."""
        return self.instance.n_citizens + self.quota_min.size + 1

    def reduced_values(self, multipliers: FloatArray) -> FloatArray:
        """``rho`` per column for the multipliers ``(u, mu, mu0)``."""
        n = self.instance.n_citizens
        u = multipliers[:n]
        mu = multipliers[n : n + self.quota_min.size]
        rho = self.values - u[self.cit] + multipliers[-1]
        if mu.size:
            rho = rho + mu @ self.quota_member
        return np.asarray(rho, dtype=np.float64)

    def evaluate(self, multipliers: FloatArray) -> tuple[float, IntArray, FloatArray]:
        """``L`` at the (clipped) multipliers, the chosen columns, and ``rho``."""
        m = np.maximum(multipliers, 0.0)
        rho = self.reduced_values(m)
        n = self.instance.n_citizens
        constant = float(m[:n][self.citizens].sum())
        constant -= float(m[n : n + self.quota_min.size] @ self.quota_min)
        constant -= float(m[-1] * self.min_assigned)
        chosen = [self._free_centres(rho)]
        total = float(rho[chosen[0]].sum())
        for group in self.budget_groups:
            value, cols, _ = self._budget_centre(group, rho)
            total += value
            chosen.append(cols)
        return constant + total, np.concatenate(chosen), rho

    def forced_bounds(self, multipliers: FloatArray) -> tuple[float, FloatArray]:
        """``L`` and, per column, an upper bound on any allocation that uses that column.

        Forcing arc ``a`` changes only its centre's subproblem. For a centre without budget the
        new optimum is exact by exchange: ``a`` plus the old picks minus the cheapest pick of
        its seat (seat full) or of its centre (centre full). For a budget centre it is bounded
        by ``rho_a`` plus the best DP entry with one head and ``h_a`` hours less (the seat's own
        capacity relaxed). Used for reduced-cost fixing: columns whose bound is below the
        incumbent cannot be in a better allocation.
        """
        m = np.maximum(multipliers, 0.0)
        bound, chosen, rho = self.evaluate(m)
        forced = np.full(self.arcs.size, -np.inf)
        centre_value = np.zeros(self.instance.n_centres)

        picked = self._free_centres(rho)
        np.add.at(centre_value, self.centre[picked], rho[picked])
        seat_count = np.bincount(self.seat[picked], minlength=self.instance.n_seats)
        seat_worst = np.full(self.instance.n_seats, np.inf)
        np.minimum.at(seat_worst, self.seat[picked], rho[picked])
        centre_count = np.bincount(self.centre[picked], minlength=self.instance.n_centres)
        centre_worst = np.full(self.instance.n_centres, np.inf)
        np.minimum.at(centre_worst, self.centre[picked], rho[picked])
        cols = self.free_cols
        seat, centre = self.seat[cols], self.centre[cols]
        gain = rho[cols].copy()
        seat_full = seat_count[seat] >= self.seat_cap[seat]
        centre_full = ~seat_full & (centre_count[centre] >= self.capacity[centre])
        gain[seat_full] -= seat_worst[seat[seat_full]]
        gain[centre_full] -= centre_worst[centre[centre_full]]
        is_picked = np.zeros(self.arcs.size, dtype=bool)
        is_picked[picked] = True
        gain[is_picked[cols]] = 0.0
        forced[cols] = bound + gain

        for group in self.budget_groups:
            value, _, table = self._budget_centre(group, rho)
            k = int(self.centre[group[0]])
            best = np.maximum.accumulate(np.maximum.accumulate(table, axis=0), axis=1)
            row = min(int(self.capacity[k]) - 1, best.shape[0] - 1)
            if row < 0:
                continue
            room = self.budget[k] - self.hours[group]
            ok = room >= 0
            rest = np.full(group.size, -np.inf)
            rest[ok] = best[row, room[ok]]
            forced[group] = bound - value + rho[group] + rest
        return bound, forced

    def _free_centres(self, rho: FloatArray) -> IntArray:
        """Exact picks for centres without a binding budget: best per seat, then per centre."""
        cols = self.free_cols[rho[self.free_cols] > 0]
        if cols.size == 0:
            return cols
        order = np.lexsort((-rho[cols], self.seat[cols]))
        cols = cols[order]
        cols = cols[_rank_in_groups(self.seat[cols]) < self.seat_cap[self.seat[cols]]]
        order = np.lexsort((-rho[cols], self.centre[cols]))
        cols = cols[order]
        keep = _rank_in_groups(self.centre[cols]) < self.capacity[self.centre[cols]]
        return cols[keep]

    def _budget_centre(
        self, group: IntArray, rho: FloatArray
    ) -> tuple[float, IntArray, FloatArray]:
        """Exact knapsack of one centre: max rho within seat caps, head count and budget.

        Returns the value, the chosen columns and the final DP table (best value per
        (head count, hours used)).
        """
        cols = group[rho[group] > 0]
        k = int(self.centre[group[0]])
        budget = int(self.budget[k])
        heads = int(self.capacity[k])
        cols = cols[self.hours[cols] <= budget]
        if cols.size == 0 or heads <= 0:
            empty = np.full((1, budget + 1), -np.inf)
            empty[0, 0] = 0.0
            return 0.0, np.zeros(0, dtype=np.int64), empty
        # Within a seat only the best `capacity` arcs of each hour value can matter.
        order = np.lexsort((-rho[cols], self.hours[cols], self.seat[cols]))
        cols = cols[order]
        key = self.seat[cols] * (budget + 1) + self.hours[cols]
        cols = cols[_rank_in_groups(key) < self.seat_cap[self.seat[cols]]]
        heads = min(heads, cols.size)
        table = np.full((heads + 1, budget + 1), -np.inf)
        table[0, 0] = 0.0
        stages: list[tuple[IntArray, list[BoolArray], IntArray, IntArray]] = []
        seats = self.seat[cols]
        for part in np.split(cols, np.flatnonzero(np.diff(seats)) + 1):
            cap = min(int(self.seat_cap[self.seat[part[0]]]), heads)
            seat_table = np.full((cap + 1, budget + 1), -np.inf)
            seat_table[0, 0] = 0.0
            took: list[BoolArray] = []
            for c in part.tolist():
                h = int(self.hours[c])
                cand = np.full_like(seat_table, -np.inf)
                cand[1:, h:] = seat_table[:-1, : budget + 1 - h] + rho[c]
                better = cand > seat_table
                seat_table = np.where(better, cand, seat_table)
                took.append(better)
            merged = table.copy()
            pick_j = np.zeros(table.shape, dtype=np.int64)
            pick_b = np.zeros(table.shape, dtype=np.int64)
            for j in range(1, cap + 1):
                for b in np.flatnonzero(np.isfinite(seat_table[j])).tolist():
                    cand = np.full_like(table, -np.inf)
                    cand[j:, b:] = table[: heads + 1 - j, : budget + 1 - b] + seat_table[j, b]
                    better = cand > merged
                    merged = np.where(better, cand, merged)
                    pick_j[better] = j
                    pick_b[better] = b
            stages.append((part, took, pick_j, pick_b))
            table = merged
        best = np.unravel_index(int(np.argmax(table)), table.shape)
        value = float(table[best])
        c_left, b_left = int(best[0]), int(best[1])
        chosen: list[int] = []
        for part, took, pick_j, pick_b in reversed(stages):
            j, b = int(pick_j[c_left, b_left]), int(pick_b[c_left, b_left])
            c_left, b_left = c_left - j, b_left - b
            for c, better in zip(reversed(part.tolist()), reversed(took), strict=True):
                if j > 0 and better[j, b]:
                    chosen.append(c)
                    j -= 1
                    b -= int(self.hours[c])
        return value, np.array(chosen, dtype=np.int64), table

    def subgradient(self, chosen: IntArray) -> FloatArray:
        """A subgradient of ``L`` at the multipliers that produced ``chosen``."""
        n = self.instance.n_citizens
        g = np.zeros(self.n_multipliers)
        g[self.citizens] = 1.0
        np.subtract.at(g, self.cit[chosen], 1.0)
        if self.quota_min.size:
            g[n : n + self.quota_min.size] = (
                self.quota_member[:, chosen].sum(axis=1) - self.quota_min
            )
        g[-1] = float(chosen.size - self.min_assigned)
        return g

    def start_from_lp(self, lp: LpResult) -> FloatArray:
        """Multipliers taken from the LP duals of the citizen, quota and head-count rows."""
        m = np.zeros(self.n_multipliers)
        if lp.status != "optimal":
            return m
        rows = lp.rows
        m[rows.row_citizens] = lp.y[rows.block("citizen")]
        n = self.instance.n_citizens
        quota = lp.y[rows.block("quota")]
        m[n : n + quota.size] = quota
        floor = lp.y[rows.block("min_assigned")]
        if floor.size:
            m[-1] = floor[0]
        return m


@dataclass
class ColumnGeneration:
    """Dantzig-Wolfe column generation on the centre patterns of :class:`KnapsackLagrangian`.

    The master LP chooses a convex combination of known *patterns* (sets of arcs one centre can
    take together) per centre, with the citizen rows (and quota / head-count rows) linking the
    centres. Its duals are the multipliers at which the Lagrangian subproblems are priced; each
    pricing yields a proven bound ``L`` and new patterns. The LP value of the master converges to
    the best Lagrangian bound from below, so the two close in on each other. Prices are smoothed
    towards the best multipliers found (Wentges), which damps the usual oscillation.

    Quota and head-count rows get penalised slack columns so that the master is always feasible;
    the bound stays valid because ``L`` is valid at any multipliers.
    """

    lagrangian: KnapsackLagrangian
    best_bound: float = float("inf")
    best_multipliers: FloatArray | None = None
    master_value: float = float("-inf")
    rounds: int = 0
    _patterns: list[IntArray] = field(default_factory=list)
    _seen: set[tuple[int, bytes]] = field(default_factory=set)

    def add_pattern(self, cols: IntArray) -> bool:
        """Add one centre's set of columns as a pattern (False when empty or already known)."""
        if cols.size == 0:
            return False
        cols = np.sort(cols)
        key = (int(self.lagrangian.centre[cols[0]]), cols.tobytes())
        if key in self._seen:
            return False
        self._seen.add(key)
        self._patterns.append(cols)
        return True

    def add_solution(self, cols: IntArray) -> int:
        """Split a set of chosen columns into per-centre patterns and add them."""
        if cols.size == 0:
            return 0
        centre = self.lagrangian.centre[cols]
        order = np.argsort(centre, kind="stable")
        parts = np.split(cols[order], np.flatnonzero(np.diff(centre[order])) + 1)
        return sum(self.add_pattern(part) for part in parts)

    def _master_matrix(self) -> tuple[sp.csr_matrix, FloatArray, FloatArray, int]:
        """Master rows (citizens, centres, quotas, head-count floor) over the patterns."""
        lag = self.lagrangian
        n_cit = lag.citizens.size
        n_k = lag.instance.n_centres
        n_q = lag.quota_min.size
        cit_row = np.full(lag.instance.n_citizens, -1, dtype=np.int64)
        cit_row[lag.citizens] = np.arange(n_cit)
        sizes = np.array([p.size for p in self._patterns], dtype=np.int64)
        cols = np.concatenate(self._patterns)
        owner = np.repeat(np.arange(len(self._patterns)), sizes)
        r = [cit_row[lag.cit[cols]], n_cit + lag.centre[[p[0] for p in self._patterns]]]
        c = [owner, np.arange(len(self._patterns))]
        v = [np.ones(cols.size), np.ones(len(self._patterns))]
        base = n_cit + n_k
        if n_q:
            member = lag.quota_member[:, cols]
            for q in range(n_q):
                hit = np.flatnonzero(member[q])
                r.append(np.full(hit.size, base + q))
                c.append(owner[hit])
                v.append(-np.ones(hit.size))
        if lag.min_assigned > 0:
            r.append(np.full(cols.size, base + n_q))
            c.append(owner)
            v.append(-np.ones(cols.size))
        n_rows = base + n_q + 1
        matrix = sp.csr_matrix(
            (np.concatenate(v), (np.concatenate(r), np.concatenate(c))),
            shape=(n_rows, len(self._patterns)),
        )
        rhs = np.concatenate([np.ones(base), -lag.quota_min, [-float(lag.min_assigned)]]).astype(
            np.float64
        )
        value = np.bincount(owner, weights=lag.values[cols], minlength=len(self._patterns))
        return matrix, rhs, value.astype(np.float64), base

    def solve_master(self, time_limit: float) -> FloatArray | None:
        """Solve the master LP; return its duals as Lagrange multipliers (None on failure)."""
        if not self._patterns:
            return np.zeros(self.lagrangian.n_multipliers)
        lag = self.lagrangian
        matrix, rhs, value, base = self._master_matrix()
        n_slack = rhs.size - base
        # Penalised slack on the >= rows keeps the master feasible with few patterns.
        penalty = 10.0 * float(np.abs(lag.values).max(initial=1.0)) + 1.0
        slack = sp.csr_matrix(
            (-np.ones(n_slack), (base + np.arange(n_slack), np.arange(n_slack))),
            shape=(rhs.size, n_slack),
        )
        res = linprog(
            np.concatenate([-value, np.full(n_slack, penalty)]),
            A_ub=sp.hstack([matrix, slack], format="csr"),
            b_ub=rhs,
            bounds=(0.0, None),
            method="highs-ds",
            options={"time_limit": max(0.1, time_limit), "presolve": False},
        )
        if res.status != 0:
            return None
        self.master_value = float(-res.fun)
        y = np.maximum(-np.asarray(res.ineqlin.marginals, dtype=np.float64), 0.0)
        m = np.zeros(lag.n_multipliers)
        m[lag.citizens] = y[: lag.citizens.size]
        n = lag.instance.n_citizens
        m[n : n + lag.quota_min.size] = y[base : base + lag.quota_min.size]
        m[-1] = y[-1] if lag.min_assigned > 0 else 0.0
        return m

    def price(self, multipliers: FloatArray) -> int:
        """Evaluate ``L`` at the multipliers, keep the best bound, add the new patterns."""
        bound, chosen, _ = self.lagrangian.evaluate(multipliers)
        if bound < self.best_bound:
            self.best_bound = bound
            self.best_multipliers = np.maximum(multipliers, 0.0)
        return self.add_solution(chosen)

    def run(
        self, start: FloatArray, deadline: float, *, tolerance: float, smoothing: float = 0.7
    ) -> bool:
        """Alternate master and pricing until the bound meets the master value or time is up.

        Returns True when converged (bound within ``tolerance`` of the master LP value, or no
        pattern left to add), False when the deadline stopped it.
        """
        self.price(start)
        while time.perf_counter() < deadline:
            self.rounds += 1
            duals = self.solve_master(deadline - time.perf_counter())
            if duals is None:
                return False
            if self.best_bound - self.master_value <= tolerance:
                return True
            centre = self.best_multipliers if self.best_multipliers is not None else duals
            added = self.price(smoothing * centre + (1.0 - smoothing) * duals)
            if added == 0 and self.price(duals) == 0:
                return True
        return False

    def master_integer(self, time_limit: float, gap: float = 1e-6) -> IntArray | None:
        """Best integer combination of known patterns (HiGHS MIP): chosen columns, or None.

        ``gap`` is the relative MIP gap at which HiGHS may stop.
        """
        if not self._patterns or time_limit <= 0.05:
            return None
        matrix, rhs, value, _ = self._master_matrix()
        res = milp(
            -value,
            constraints=[LinearConstraint(matrix, -np.inf, rhs)],
            integrality=np.ones(value.size),
            bounds=Bounds(0.0, 1.0),
            options={"time_limit": time_limit, "mip_rel_gap": max(gap, 1e-9)},
        )
        if res.x is None:
            return None
        picked = np.flatnonzero(np.asarray(res.x) > 0.5)
        return (
            np.concatenate([self._patterns[p] for p in picked])
            if picked.size
            else (np.zeros(0, dtype=np.int64))
        )
