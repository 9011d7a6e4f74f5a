"""The one-screen summary of a dataset that ``matcher validate`` prints, with its warnings."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from features.vocabulary import DEMAND_KEYS, TASK_AREAS
from matcher.dataset import Dataset, looks_like_cpr
from matcher.domain import Centre, Citizen
from matcher.profiles import UNREAD_SUGGESTION, build_profile

# Denmark's bounding box with a margin; coordinates outside it are almost always swapped or wrong.
_DK_LAT = (54.4, 57.9)
_DK_LON = (7.9, 15.3)
_NUMBERS = re.compile(r"\d[\d -]{8,11}\d")


@dataclass(frozen=True)
class DatasetSummary:
    """Counts and warnings about a dataset that validated."""

    municipality: str
    as_of: str | None
    centres: int
    seats: int
    free_places: int
    citizens: int
    history: int
    history_citizens: int
    history_centres: int
    places_by_area: dict[str, int]
    warnings: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        """Human-readable lines, one screen."""
        out = [
            f"Dataset OK: {self.municipality}" + (f" (as of {self.as_of})" if self.as_of else ""),
            f"  centres {self.centres}, seats {self.seats}, free places {self.free_places}",
            f"  citizens {self.citizens}",
            f"  history {self.history} placements "
            f"({self.history_citizens} past citizens, {self.history_centres} past centres)",
            "  free places per task area: "
            + ", ".join(f"{a} {n}" for a, n in self.places_by_area.items() if n),
        ]
        if self.warnings:
            out.append(f"  {len(self.warnings)} warning(s):")
            out.extend(f"  - {w}" for w in self.warnings[:12])
            if len(self.warnings) > 12:
                out.append(f"  - ... and {len(self.warnings) - 12} more")
        return out


def summarise(ds: Dataset) -> DatasetSummary:
    """Count what the dataset holds and flag what a caseworker should look at.

    Warnings never echo personal data: they name ids and fields only.
    """
    places = Counter({area: 0 for area in TASK_AREAS})
    seats = 0
    unknown_demands = 0
    warnings: list[str] = []
    if ds.meta.as_of is None:
        warnings.append(
            "dataset.json has no as_of: waiting times and the years of CVs are counted to the day "
            "the command runs, so results change from day to day"
        )
    silent = [c.id for c in ds.citizens if not c.accommodations_text.strip() and not c.icf]
    warnings += _about_citizens(
        silent,
        "have neither an accommodations text nor ICF categories: they are matched as having no "
        "needs beyond a structured `accommodations` list (check that the export includes them; ",
    )
    for _, seat in ds.seats():
        seats += 1
        places[seat.task_area] += seat.capacity
        if any(key not in seat.demands for key in DEMAND_KEYS):
            unknown_demands += 1
    limited = [
        f"{centre.id}: max_trial_persons {centre.max_trial_persons} limits its {total} free places"
        for centre in ds.centres
        if centre.max_trial_persons is not None
        and centre.max_trial_persons < (total := sum(s.capacity for s in centre.seats))
    ]
    if limited:  # one line: a municipality may have many, and they hide the citizens' warnings
        warnings.append(
            f"{len(limited)} centre(s) take fewer trial persons than they have free places "
            f"({'; '.join(limited[:3])}{'; ...' if len(limited) > 3 else ''})"
        )
    for centre in ds.history_centres:
        if any(s.capacity > 0 for s in centre.seats):
            warnings.append(
                f"history centre {centre.id}: seats with capacity > 0 are not offered (treated as 0)"
            )
    if unknown_demands:
        warnings.append(
            f"{unknown_demands} seat(s) have unknown demands: pairs that depend on them are "
            "'unverified' and not used by batch allocation"
        )
    # what matching will use: a review or a licence confirmation counts only when current
    profiles = [build_profile(c, ds.meta.as_of) for c in ds.citizens]
    warnings += _about_citizens(
        [p.citizen_id for p in profiles if p.needs_unclear],
        "have an accommodations text not fully understood and no review of it: every seat is "
        "'unverified' for them and batch allocation leaves them out until their needs are "
        "completed and reviewed (`matcher profiles` shows what was read; ",
    )
    warnings += _about_citizens(
        [p.citizen_id for p in profiles if p.licences_unclear],
        "have a licence read only from CV prose that leaves it in doubt: seats requiring it are "
        "'unverified' for them until a caseworker confirms their licences "
        "(`licences_confirmed`; ",
    )
    warnings += _about_citizens(
        [
            p.citizen_id
            for p in profiles
            if any(w.startswith(UNREAD_SUGGESTION) for w in p.warnings)
        ],
        "have a task suggestion that names no task area the reader knows: it is not used for "
        "matching (`matcher profiles` shows which; ",
    )
    warnings += _about_citizens(
        [p.citizen_id for p in profiles if p.excluded_areas],
        "turn a task area down in their suggestions ('Ikke rengøring'): its seats are ranked "
        "after the others and batch allocation leaves them out unless --include-declined "
        "(`matcher profiles` shows them as `declined_areas`; ",
    )
    warnings += _about_citizens(
        [c.id for c in ds.citizens if len(c.task_suggestions) < 3],
        "have fewer than 3 task suggestions (",
    )
    for c in (*ds.citizens, *ds.history_citizens):
        for name, text in (("cv_text", c.cv_text), ("accommodations_text", c.accommodations_text)):
            if any(looks_like_cpr(m.group()) for m in _NUMBERS.finditer(text)):
                warnings.append(f"citizen {c.id}: {name} contains a CPR-shaped number; remove it")
    located: list[Citizen | Centre] = [*ds.citizens, *ds.centres]
    outside = [
        r.id
        for r in located
        if not (_DK_LAT[0] <= r.lat <= _DK_LAT[1] and _DK_LON[0] <= r.lon <= _DK_LON[1])
    ]
    if outside:
        warnings.append(
            f"{len(outside)} record(s) have coordinates outside Denmark (swapped lat/lon?): "
            + ", ".join(outside[:3])
        )
    complex_citizens = sum(c.complex for c in ds.citizens)
    gen2_places = sum(s.capacity for centre, s in ds.seats() if centre.generation == 2)
    if complex_citizens and not gen2_places:
        warnings.append(
            f"{complex_citizens} citizen(s) are complex but no generation-2 centre has free places"
        )
    return DatasetSummary(
        municipality=ds.meta.municipality,
        as_of=None if ds.meta.as_of is None else ds.meta.as_of.isoformat(),
        centres=len(ds.centres),
        seats=seats,
        free_places=sum(places.values()),
        citizens=len(ds.citizens),
        history=len(ds.history),
        history_citizens=len(ds.history_citizens),
        history_centres=len(ds.history_centres),
        places_by_area=dict(places),
        warnings=warnings,
    )


def _about_citizens(ids: list[str], says: str) -> list[str]:
    """The warning "N citizen(s) <says>e.g. a, b, c)" when ``ids`` is not empty (``says`` opens
    the bracket the examples close)."""
    return [f"{len(ids)} citizen(s) {says}e.g. {', '.join(ids[:3])})"] if ids else []
