"""What the feature extraction understood of a citizen: effective needs, licences, task areas.

A :class:`CitizenProfile` joins the three sources of accommodation needs (the caseworker's text,
the structured list and the needs the ICF profile implies) with what the CV and the task
suggestions say. It is the input of the hard rules and of the pair features, and it is what
``matcher profiles`` prints so that a consultant can check what the software read.

A text with a need-like sentence the reader did not fully understand leaves the citizen
*unclear* (no seat can be verified), until a caseworker's review of exactly that text confirms
that the needs read, with the structured ones, are complete.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Final

from features import icf
from features.accommodations import extract_needs
from features.cv import parse_cv
from features.needs import Need
from features.occupations import (
    suggestion_area_scores,
    suggestion_excluded_areas,
    suggestion_rank_weights,
)
from features.rules import CitizenRuleInput, effective_needs
from matcher.dataset import mask_cpr
from matcher.domain import Citizen

#: How many occupations ``profiles`` lists per citizen.
TOP_OCCUPATIONS = 3


@dataclass(frozen=True)
class CitizenProfile:
    """Structured needs and signals of one citizen (no free text except evidence spans)."""

    citizen_id: str
    needs: tuple[Need, ...]
    warnings: tuple[str, ...]
    licences: frozenset[str]
    interest: dict[str, float]
    experience_years: dict[str, float]
    occupations: tuple[Any, ...]
    education_level: int
    #: Task areas of completed vocational educations or courses the CV names.
    education_areas: frozenset[str]
    soft_icf: dict[str, float]
    n_limitations: int
    #: Task areas the task suggestions exclude ("Ikke rengøring") and none of them wishes.
    excluded_areas: frozenset[str] = frozenset()
    #: A need-like sentence of the accommodation text was not (fully) understood, and no
    #: caseworker has confirmed since that the needs read are complete.
    needs_unclear: bool = False
    #: A caseworker's review covers the current accommodation text.
    needs_reviewed: bool = False
    #: Licences read only from CV sentences that are not plain statements (confirm them).
    licences_unclear: frozenset[str] = frozenset()
    #: A caseworker's confirmation of the licences covers the current CV: ``licences`` is theirs.
    licences_confirmed: bool = False

    @property
    def task_areas(self) -> list[str]:
        """Task areas the citizen wants (by suggestion weight), then those with experience."""
        wanted = sorted(
            (a for a, w in self.interest.items() if w > 0), key=lambda a: -self.interest[a]
        )
        known = sorted(
            (a for a, y in self.experience_years.items() if y > 0 and a not in wanted),
            key=lambda a: -self.experience_years[a],
        )
        return wanted + known

    def to_json(self) -> dict[str, Any]:
        """The ``matcher profiles`` line of spec ``CLI.md``."""
        needs = []
        for need in self.needs:
            item: dict[str, Any] = {"code": need.code}
            if need.value is not None:
                item["value"] = _plain_number(need.value)
            item["source"] = need.source
            if need.evidence:
                item["evidence"] = need.evidence
            needs.append(item)
        return {
            "citizen_id": self.citizen_id,
            "accommodations": needs,
            "licences": sorted(self.licences),
            "task_areas": self.task_areas,
            "declined_areas": sorted(self.excluded_areas),
            "occupations": [
                {"code": o.code, "label": o.label, "score": round(float(o.score), 3)}
                for o in self.occupations[:TOP_OCCUPATIONS]
            ],
            "warnings": list(self.warnings),
            "needs_unclear": self.needs_unclear,
            "accommodations_reviewed": self.needs_reviewed,
            "licences_unclear": sorted(self.licences_unclear),
            "licences_confirmed": self.licences_confirmed,
        }


def _plain_number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


#: Start of the warning for a task suggestion that names no task area the reader knows.
UNREAD_SUGGESTION: Final = "task suggestion names no task area"
#: An ICF problem of unspecified severity in a category whose severe grades imply a need: the
#: needs count as unclear until a caseworker reviews them.
UNGRADED_ICF: Final = "ICF problem of unspecified severity, its need not read"


def structured_needs(citizen: Citizen) -> list[Need]:
    """The citizen's structured ``accommodations`` list as needs."""
    return [Need(n.code, n.value, source="structured", evidence="") for n in citizen.accommodations]


def review_is_current(citizen: Citizen) -> bool:
    """Whether a caseworker's review of the needs covers the current accommodations text."""
    review = citizen.accommodations_reviewed
    return review is not None and review.covers(citizen.accommodations_text)


def licences_confirmation_is_current(citizen: Citizen) -> bool:
    """Whether a caseworker's confirmation of the licences covers the current CV text."""
    confirmation = citizen.licences_confirmed
    return confirmation is not None and confirmation.covers(citizen.cv_text)


def build_profile(citizen: Citizen, as_of: date | None = None) -> CitizenProfile:
    """Read a citizen's texts and ICF profile into a :class:`CitizenProfile`."""
    text = extract_needs(citizen.accommodations_text)
    review = citizen.accommodations_reviewed
    reviewed = review_is_current(citizen)
    warnings = list(text.warnings)
    if review is not None and not reviewed:
        when = f" on {review.on.isoformat()}" if review.on else ""
        warnings.append(
            f"accommodations were reviewed{when} for an earlier version of the text; review again"
        )
    cv = parse_cv(citizen.cv_text, reference_year=(as_of or date.today()).year)
    licences, licences_unclear = frozenset(cv.licences), frozenset(cv.licences_unclear)
    confirmation = citizen.licences_confirmed
    licences_confirmed = licences_confirmation_is_current(citizen)
    if confirmation is not None and licences_confirmed:
        # the caseworker's word replaces the reading, both what it missed and what it misread
        licences, licences_unclear = frozenset(confirmation.licences), frozenset()
    elif confirmation is not None:
        when = f" on {confirmation.on.isoformat()}" if confirmation.on else ""
        warnings.append(
            f"licences were confirmed{when} for an earlier version of the CV; confirm them again"
        )
    warnings.extend(
        f"{UNREAD_SUGGESTION}: '{s}'"
        for s in citizen.task_suggestions
        # one that only turns an area down was read: "Ikke rengøring"
        if s.strip() and not suggestion_area_scores(s) and not suggestion_excluded_areas([s])
    )
    icf_entries = [{"code": e.code, "qualifier": e.qualifier} for e in citizen.icf]
    ungraded = icf.ungraded_implications(icf_entries)
    warnings.extend(f"{UNGRADED_ICF}: 'ICF {code} (8)'" for code in ungraded)
    needs = effective_needs(text.needs, structured_needs(citizen), icf.implied_needs(icf_entries))
    return CitizenProfile(
        citizen_id=citizen.id,
        # the caseworker's words are quoted: a CPR number typed among them is not
        needs=tuple(replace(n, evidence=mask_cpr(n.evidence)) for n in needs),
        warnings=tuple(mask_cpr(w) for w in warnings),
        licences=licences,
        interest=suggestion_rank_weights(citizen.task_suggestions),
        excluded_areas=frozenset(suggestion_excluded_areas(citizen.task_suggestions)),
        experience_years=dict(cv.experience_years),
        occupations=tuple(cv.occupations),
        education_level=int(cv.education_level),
        education_areas=frozenset(cv.education_areas),
        soft_icf=dict(icf.soft_signals(icf_entries)),
        n_limitations=sum(1 for e in citizen.icf if 1 <= e.qualifier <= 4),
        needs_unclear=(text.unclear or bool(ungraded)) and not reviewed,
        needs_reviewed=reviewed,
        licences_unclear=licences_unclear,
        licences_confirmed=licences_confirmed,
    )


def build_profiles(
    citizens: Iterable[Citizen], as_of: date | None = None
) -> Iterator[CitizenProfile]:
    """Profiles of many citizens, lazily, in input order."""
    for citizen in citizens:
        yield build_profile(citizen, as_of)


def rule_input(citizen: Citizen, profile: CitizenProfile | None = None) -> CitizenRuleInput:
    """What the hard rules need to know about a citizen."""
    p = profile or build_profile(citizen)
    return CitizenRuleInput(
        needs=p.needs,
        hours_per_week=citizen.hours_per_week,
        complex=citizen.complex,
        licences=p.licences,
        transport=citizen.transport,
        lat=citizen.lat,
        lon=citizen.lon,
        needs_unclear=p.needs_unclear,
        licences_unclear=p.licences_unclear,
    )
