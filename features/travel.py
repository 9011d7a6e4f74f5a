"""Travel time between a citizen's home and a centre, by the spec's default estimate.

``minutes = 60 × 1.3 × haversine_km / speed`` with speed 40 km/h by car, 20 by public transport,
14 by bike and 5 walking (spec ``DATASET.md``). The factor 1.3 turns straight-line distance into
road distance. Vectorised: every argument may be a scalar or an array (broadcast).
"""

from __future__ import annotations

from typing import Final

import numpy as np
from numpy.typing import ArrayLike, NDArray

from features.vocabulary import TRANSPORTS

#: Speed in km/h per transport mode, in the order of ``TRANSPORTS``.
SPEED_KMH: Final[dict[str, float]] = {"car": 40.0, "public": 20.0, "bike": 14.0, "walk": 5.0}
#: Road distance per straight-line distance.
DETOUR: Final[float] = 1.3
EARTH_RADIUS_KM: Final[float] = 6371.0088

_SPEEDS: Final[NDArray[np.float64]] = np.array([SPEED_KMH[t] for t in TRANSPORTS])


def transport_code(transport: str) -> int:
    """Index of a transport mode in ``TRANSPORTS`` (``ValueError`` if unknown)."""
    try:
        return TRANSPORTS.index(transport)
    except ValueError:
        raise ValueError(f"unknown transport {transport!r}; expected one of {TRANSPORTS}") from None


def haversine_km(
    lat1: ArrayLike, lon1: ArrayLike, lat2: ArrayLike, lon2: ArrayLike
) -> NDArray[np.float64]:
    """Great-circle distance in km between points given in degrees."""
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dp = p2 - p1
    dl = np.radians(np.asarray(lon2, dtype=np.float64) - np.asarray(lon1, dtype=np.float64))
    h = np.sin(dp / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return np.asarray(2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(h, 0.0, 1.0))))


def travel_minutes(
    lat1: ArrayLike, lon1: ArrayLike, lat2: ArrayLike, lon2: ArrayLike, transport: ArrayLike
) -> NDArray[np.float64]:
    """Estimated door-to-door minutes; ``transport`` is a mode name or an array of mode codes."""
    if isinstance(transport, str):
        speed: NDArray[np.float64] | float = SPEED_KMH[TRANSPORTS[transport_code(transport)]]
    else:
        speed = _SPEEDS[np.asarray(transport, dtype=np.int64)]
    return 60.0 * DETOUR * haversine_km(lat1, lon1, lat2, lon2) / speed
