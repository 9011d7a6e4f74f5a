"""The hard-rule check of a reservation: one function, calling the rule engine of ``features``.

The rules themselves exist once, in :mod:`features.rules`; the citizen's effective needs and
licences come from :func:`matcher.profiles.rule_input`. This module only lowers one citizen and
one seat to those inputs and reads the verdict back.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from matcher.domain import Centre, Citizen, Seat


@dataclass(frozen=True)
class RuleCheck:
    """The verdict on one citizen × seat pair.

    Attributes
    ----------
    conflicts
        Broken hard rules (as the rule engine names them); empty when none is broken.
    unverified
        Needs that could not be checked because the seat's demand is unknown.
    """

    conflicts: tuple[str, ...]
    unverified: tuple[str, ...]

    @property
    def ok(self) -> bool:
        """True when no hard rule is broken."""
        return not self.conflicts


def check_reservation(citizen: Citizen, centre: Centre, seat: Seat) -> RuleCheck:
    """Evaluate every hard rule of ``citizen`` against ``seat`` of ``centre``.

    The seat is evaluated on its own (its centre carrying just this seat); its capacity is given
    as at least one so that the check is about the rules, not about free places — capacity is
    enforced by the database when the place is taken.
    """
    from features.rules import SeatTable, evaluate
    from matcher.profiles import rule_input

    seat_dict = {**seat.to_dict(), "capacity": max(seat.capacity, 1)}
    table = SeatTable.from_centres([{**centre.to_dict(), "seats": [seat_dict]}])
    result = evaluate(rule_input(citizen), table, np.zeros(1, dtype=np.int64))
    unchecked = getattr(result, "unchecked", None)
    return RuleCheck(
        conflicts=tuple(str(x) for x in result.broken(0)),
        unverified=tuple(str(x) for x in unchecked(0)) if unchecked is not None else (),
    )
