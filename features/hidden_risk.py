"""How likely an unverified pair hides a conflict: unknown seat demands imputed from similar seats.

A seat that leaves a demand unknown ("løft: ikke oplyst") cannot be checked against a need that
depends on it, so the pair is ``unverified``. Unverified pairs are not all alike: a warehouse seat
with unknown lifting is a poor bet for a citizen who may lift 5 kg, an office seat with unknown
lifting a good one. :func:`hidden_conflict_risk` estimates, per unverified pair, the share of
plausible completions of the seat's unknown facts that would break a rule — each unknown fact is
drawn from seats of the same kind (same group, e.g. task area) whose fact is known (hot-deck
imputation), and the pair is checked by the very same hard rules against each completed seat.

The estimate only orders and discounts unverified pairs; it never makes a pair ``ok``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property
from typing import Final

import numpy as np
from numpy.typing import NDArray

from features.rules import (
    STATUS_OK,
    STATUS_UNVERIFIED,
    CitizenTable,
    RuleResult,
    SeatTable,
    evaluate_pairs,
)

#: The most hidden-conflict risk an unverified pair may carry when a user asks to use unverified
#: pairs (``matcher allocate --include-unverified``): none of the sampled completions of the
#: seat's unknown facts may break a rule. "Probably fine" is not enough for a need.
RISK_LIMIT: Final = 0.0
#: Completions drawn per seat: a seat of a kind where one in ten known seats would break the
#: need is caught with 97 % certainty, and a request stays within milliseconds.
DRAWS: Final = 32


@dataclass(frozen=True)
class _Pool:
    """Donors for one seat fact: which seats leave it unknown, and the known ones by group."""

    unknown: NDArray[np.bool_]
    known: NDArray[np.int64]  # seat rows with the fact known, sorted by group
    groups: NDArray[np.int64]  # distinct groups among them
    first: NDArray[np.int64]  # where each group starts in ``known``
    count: NDArray[np.int64]  # how many seats each group has

    @classmethod
    def of(cls, unknown: NDArray[np.bool_], group: NDArray[np.int64]) -> _Pool:
        known = np.flatnonzero(~unknown)
        known = known[np.argsort(group[known], kind="stable")]
        groups, first, count = np.unique(group[known], return_index=True, return_counts=True)
        return cls(unknown, known, groups, first, count)

    def donors(
        self,
        rows: NDArray[np.int64],
        group: NDArray[np.int64],
        draws: int,
        rng: np.random.Generator,
    ) -> NDArray[np.int64]:
        """``draws × len(rows)`` donor rows, flattened: a row itself where its fact is known,
        else a random seat of its group with the fact known (any such seat if the group has
        none)."""
        out = np.broadcast_to(rows, (draws, len(rows))).copy()
        miss = np.flatnonzero(self.unknown[rows])
        if len(miss) and len(self.known):
            want = group[rows[miss]]
            at = np.minimum(np.searchsorted(self.groups, want), len(self.groups) - 1)
            found = self.groups[at] == want
            lo = np.where(found, self.first[at], 0)
            n = np.where(found, self.count[at], len(self.known))
            out[:, miss] = self.known[lo + (rng.random((draws, len(miss))) * n).astype(np.int64)]
        return out.ravel()


@dataclass(frozen=True)
class HiddenRisk:
    """Estimates hidden-conflict risk against one seat table; build once, ask per request.

    ``group`` gives each seat row its kind (e.g. task area index): an unknown fact is imputed
    from seats of the same kind.
    """

    seats: SeatTable
    group: NDArray[np.int64]

    @cached_property
    def _pools(self) -> dict[str, _Pool]:
        s, g = self.seats, np.asarray(self.group, np.int64)
        pools = {f"demand:{key}": _Pool.of(np.isnan(v), g) for key, v in s.demand.items()}
        pools["hours_min"] = _Pool.of(np.isnan(s.hours_min), g)
        pools["wheelchair"] = _Pool.of(np.isnan(s.wheelchair), g)
        # shifts and offers are known or unknown as a whole: one donor gives all of them
        pools["shifts"] = _Pool.of(~s.shifts_known, g)
        pools["offers"] = _Pool.of(~s.offers_known, g)
        return pools

    def _completions(self, rows: NDArray[np.int64], draws: int, seed: int) -> SeatTable:
        """``draws`` copies of the seats ``rows`` (copy ``d`` at ``d * len(rows) + k``), each
        with every unknown fact filled in from a donor seat of the same group."""
        rng = np.random.default_rng(seed)
        s, g, pools = self.seats, np.asarray(self.group, np.int64), self._pools

        def donors(name: str) -> NDArray[np.int64]:
            return pools[name].donors(rows, g, draws, rng)

        shifts, offers = donors("shifts"), donors("offers")
        return replace(
            s.take(np.tile(rows, draws)),
            demand={key: v[donors(f"demand:{key}")] for key, v in s.demand.items()},
            hours_min=s.hours_min[donors("hours_min")],
            shifts_known=s.shifts_known[shifts],
            has_day_shift=s.has_day_shift[shifts],
            offers_known=s.offers_known[offers],
            offers={name: v[offers] for name, v in s.offers.items()},
            wheelchair=s.wheelchair[donors("wheelchair")],
        )

    def risk(
        self,
        citizens: CitizenTable,
        citizen_rows: NDArray[np.int64],
        seat_rows: NDArray[np.int64],
        result: RuleResult,
        draws: int = DRAWS,
        seed: int = 0,
    ) -> NDArray[np.float64]:
        """Per pair, the estimated chance that the seat's unknown facts hide a broken rule.

        ``result`` is :func:`features.rules.evaluate_pairs` of the same pairs. Pairs that are
        not unverified get 0 (``ok``) or 1 (``conflict``). A pair unverified only because the
        citizen's own text was not understood gets 0: the seats say nothing about that.
        Deterministic for a given ``seed``.
        """
        ci = np.asarray(citizen_rows, np.int64)
        si = np.asarray(seat_rows, np.int64)
        risk = np.where(result.conflict_bits != 0, 1.0, 0.0)
        pos = np.flatnonzero((result.status == STATUS_UNVERIFIED) & result.seat_unknown)
        if not len(pos):
            return risk
        rows, local = np.unique(si[pos], return_inverse=True)
        again = evaluate_pairs(
            citizens,
            self._completions(rows, draws, seed),
            np.tile(ci[pos], draws),
            np.tile(local, draws) + np.arange(draws).repeat(len(pos)) * len(rows),
            np.tile(result.travel_minutes[pos], draws),
        )
        risk[pos] = (again.conflict_bits != 0).reshape(draws, len(pos)).mean(axis=0)
        return risk


def hidden_conflict_risk(
    citizens: CitizenTable,
    seats: SeatTable,
    citizen_rows: NDArray[np.int64],
    seat_rows: NDArray[np.int64],
    result: RuleResult,
    seat_group: NDArray[np.int64],
    draws: int = DRAWS,
    seed: int = 0,
) -> NDArray[np.float64]:
    """:meth:`HiddenRisk.risk` for a one-off question (a ranker keeps its :class:`HiddenRisk`)."""
    return HiddenRisk(seats, seat_group).risk(
        citizens, citizen_rows, seat_rows, result, draws, seed
    )


def within_risk_limit(status: NDArray[np.int8], risk: NDArray[np.float64]) -> NDArray[np.bool_]:
    """Pairs ``ok``, or ``unverified`` with at most :data:`RISK_LIMIT` hidden-conflict risk."""
    risky = risk > RISK_LIMIT
    return np.asarray((status == STATUS_OK) | ((status == STATUS_UNVERIFIED) & ~risky), bool)


def expected_scores(
    status: NDArray[np.int8], scores: NDArray[np.float64], risk: NDArray[np.float64]
) -> NDArray[np.float64]:
    """Success probability of unverified pairs discounted by their hidden-conflict risk."""
    return np.where(status == STATUS_UNVERIFIED, scores * (1.0 - risk), scores)
