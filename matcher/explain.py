"""Reasons a consultant can read aloud: the features that actually moved a match's score, in Danish.

For one scored pair, each group of related features is reset to a baseline and the pair is
scored again; the change is that group's contribution. A fact the pair may have or lack
(experience in the seat's area, a task suggestion, strain, a mentor, a licence, a shared
consultant, unknown demands) is measured against lacking it, so "Opgaveforslag: ..." credits the
suggestion that matched, and a seat outside every suggestion is measured against one in the
citizen's first. A quantity every pair has (travel, hours, lifting, text similarity) is measured
against its typical value, the median of the training placements. The strongest contributions
for and against become sentences built from the real facts behind them (years of experience,
the task suggestion that matched, travel minutes, the ICF category and the demand that strain
each other); a sentence is said only when its fact holds for the pair, and a factor that did not
move the score is never mentioned.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Final

import numpy as np
from numpy.typing import NDArray

from features import icf
from features.occupations import suggestion_rank_weights
from features.pairs import FEATURE_NAMES, RELATED_AREAS, STRAIN_COLUMNS, area_index
from features.rules import OFFSET_RULES, RULES, WHEELCHAIR_ON_FOOT
from features.similarity import default_embedder
from features.vocabulary import LEVEL_DEMANDS
from matcher.dataset import mask_cpr
from matcher.domain import Centre, Citizen, Seat
from matcher.featurize import LICENCE_AREAS, OFFER_RELIEF, demand_row, seat_text
from matcher.model import ScoringModel
from matcher.profiles import CitizenProfile

COL: Final = {name: i for i, name in enumerate(FEATURE_NAMES)}
#: Task area row → rows of the areas whose experience carries over (``RELATED_AREAS``).
_RELATED_ROWS: Final[dict[int, set[int]]] = {}
for _group in RELATED_AREAS:
    for _a in _group:
        _RELATED_ROWS.setdefault(area_index(_a), set()).update(
            area_index(b) for b in _group if b != _a
        )
#: Contributions smaller than this (in probability) are not worth saying.
MIN_EFFECT: Final = 0.005
MAX_REASONS: Final = 4
#: Lifts up to this many kilograms are called light; heavier ones are named as a demand.
LIGHT_LIFT_KG: Final = 10.0
#: Travel minutes from which a trip is called long ("Lang transport"): half an hour each way,
#: more than consultants would call long for citizens far from the labour market below it.
LONG_TRIP: Final = 30
#: Weaker factors in favour are named until a match has this many reasons.
MIN_REASONS: Final = 2

#: Related features are reset together so that their joint effect is measured once.
GROUPS: Final[dict[str, tuple[str, ...]]] = {
    "experience": (
        "experience_years",
        "any_experience",
        "related_experience",
        "trained_in_area",
        "educated_in_area",
    ),
    "interest": ("interest", "top_interest", "not_suggested"),
    "similarity": ("text_similarity",),
    "strain": ("soft_strain", "soft_strain_max"),
    "travel": ("travel_minutes", "log_travel"),
    "consultant": ("same_consultant",),
    "generation": ("generation2", "complex_in_gen2"),
    "mentor": ("mentor_hours", "mentor_for_complex"),
    "hours": ("hours_ratio", "hours_room"),
    "lift": ("lift_margin",),
    "unknown": ("unknown_demands",),
    "licence": ("licence_bonus",),
}

#: Baselines of the groups measured against lacking their fact (see the module docstring).
ABSENT: Final[dict[str, float]] = {
    "experience_years": 0.0, "any_experience": 0.0, "related_experience": 0.0,
    "trained_in_area": 0.0, "educated_in_area": 0.0,
    "interest": 0.0, "top_interest": 0.0, "not_suggested": 1.0,
    "soft_strain": 0.0, "soft_strain_max": 0.0,
    "same_consultant": 0.0, "generation2": 0.0, "complex_in_gen2": 0.0,
    "mentor_hours": 0.0, "mentor_for_complex": 0.0,
    "unknown_demands": 0.0, "licence_bonus": 0.0,
}  # fmt: skip
#: A seat in the citizen's first suggested area: the baseline of a seat outside every suggestion.
FIRST_SUGGESTION: Final[dict[str, float]] = {
    "interest": 1.0, "top_interest": 1.0, "not_suggested": 0.0,
}  # fmt: skip

AREA_DA: Final = {
    "kitchen": "køkken", "canteen": "kantine", "waiter": "servering", "janitor": "pedelarbejde",
    "service": "service", "cleaning": "rengøring", "transport": "transport", "warehouse": "lager",
    "care": "pleje og omsorg", "shop": "butik", "production": "produktion", "office": "kontor",
    "childcare": "børnepasning", "maintenance": "reparation og vedligehold",
    "gardening": "have og grønne områder", "other": "andre opgaver",
}  # fmt: skip
TRAVEL_DA: Final = {
    "car": "i bil",
    "public": "med offentlig transport",
    "bike": "på cykel",
    "walk": "til fods",
}
LICENCE_DA: Final = {
    "B": "kørekort B", "C": "kørekort C", "forklift": "truckcertifikat",
    "hygiene": "hygiejnebevis", "first_aid": "førstehjælpskursus",
}  # fmt: skip
DEMAND_DA: Final = {
    "standing": "stående arbejde", "walking": "gang", "bending": "foroverbøjet arbejde",
    "overhead": "arbejde over skulderhøjde", "hand_use": "arbejde med hænderne", "noise": "støj",
    "customer_contact": "kundekontakt", "time_pressure": "tidspres",
    "task_complexity": "komplekse opgaver", "lift_kg": "tunge løft", "works_alone": "alenearbejde",
    "wet_work": "vådt arbejde", "cold": "kulde", "chemicals": "kemikalier", "driving": "kørsel",
}  # fmt: skip
#: ICF qualifiers 1-4 in words fit to read aloud (the ICF's own "complete problem" is not).
SEVERITY_DA: Final = {1: "lette", 2: "moderate", 3: "store", 4: "meget store"}
#: A seat's demand level (1-4) in words.
LEVEL_DA: Final = {1: "Lidt", 2: "Noget", 3: "Meget", 4: "Næsten konstant"}
#: How complex a seat's tasks are, by level (1-4).
COMPLEXITY_DA: Final = {
    1: "Lidt komplekse opgaver", 2: "Noget komplekse opgaver", 3: "Komplekse opgaver",
    4: "Meget komplekse opgaver",
}  # fmt: skip
#: Where a citizen works when an offered accommodation is what meets a need.
ARRANGED_DA: Final = {"back_office_possible": "i baglokalet", "quiet_area": "i det stille område"}
#: Offered accommodations, as what the company offers.
OFFER_DA: Final = {
    "quiet_area": "et stille område", "back_office_possible": "arbejde i baglokalet",
    "adjustable_workstation": "hæve-sænkebord", "mentor": "en mentor",
    "flexible_breaks": "fleksible pauser", "reduced_hours": "nedsat tid",
}  # fmt: skip
#: Experience in a task area: "3 års erfaring fra lager", "... med rengøring".
EXPERIENCE_DA: Final = {
    "kitchen": "fra køkken", "canteen": "fra kantine", "waiter": "med servering",
    "janitor": "med pedelarbejde", "service": "med servicearbejde", "cleaning": "med rengøring",
    "transport": "med transport", "warehouse": "fra lager", "care": "med pleje og omsorg",
    "shop": "fra butik", "production": "fra produktion", "office": "fra kontor",
    "childcare": "med børnepasning", "maintenance": "med reparation og vedligehold",
    "gardening": "med have og grønne områder", "other": "med andre opgaver",
}  # fmt: skip
#: Danish names of the hard rules, for "23 pladser udelukket af løftekrav".
RULE_DA: Final[dict[str, str]] = {
    "max_lift_kg": "løftekrav",
    "no_prolonged_standing": "meget stående arbejde",
    "no_prolonged_walking": "meget gang",
    "no_bending": "meget foroverbøjet arbejde",
    "no_overhead_work": "arbejde over skulderhøjde",
    "limited_hand_use": "krav til hænderne",
    "max_hours_per_week": "timetal over skånehensynet",
    "day_shift_only": "vagter uden for dagtid",
    "quiet_environment": "støj",
    "no_customer_contact": "kundekontakt",
    "not_alone": "alenearbejde",
    "no_time_pressure": "tidspres",
    "simple_tasks": "komplekse opgaver",
    "flexible_breaks": "manglende fleksible pauser",
    "no_wet_work": "vådt arbejde",
    "no_cold_environment": "kulde",
    "no_chemicals": "kemikalier",
    "wheelchair_access": "manglende kørestolsadgang",
    "max_travel_minutes": "for lang transporttid",
    "no_driving": "kørsel",
    "complex_needs_generation_2": "krav om en virksomhed med erfaring i komplekse forløb",
    "hours_per_week": "flere timer, end borgeren kan arbejde",
    "licence_B": "krav om kørekort B",
    "licence_C": "krav om kørekort C",
    "licence_forklift": "krav om truckcertifikat",
    "licence_hygiene": "krav om hygiejnebevis",
    "licence_first_aid": "krav om førstehjælpskursus",
    "accommodations_text_unclear": "skånehensyn ikke fuldt forstået",
}
assert set(RULE_DA) == set(RULES)
#: An occupation the CV names this surely is a job title it states, not a firm or a place.
NAMED_TITLE_SCORE: Final = 0.9
#: How alike a suggestion and a seat's text must be for the suggestion to be cited as the
#: seat's task (cosine of :mod:`features.similarity` rows). Suggestions that name a seat's own
#: task score about 0.5 and more against its title and description ("Plukning af varer" and a
#: warehouse helper's 0.53, "Kassearbejde" and a till's 0.76); those that share only its area
#: 0.1-0.27 ("Genbrugsbutik" and a supermarket till 0.24, "Bagning" and a dishwasher 0.27).
ALIKE_SIMILARITY: Final = 0.3
#: A centre's past placements are told of ("... gået bedre end forventet") from this many on.
MIN_CENTRE_RECORD: Final = 5
#: From this many minutes a trip is said in hours.
HOUR_MINUTES: Final = 60
#: A walk to work this long is told to a citizen who cannot walk far.
WALK_NOTE_MINUTES: Final = 10


def _level_da(level: float) -> str:
    """A demand level 0-4 in words (a fraction is rounded: a relieved level is not meant)."""
    return LEVEL_DA[min(4, max(1, round(level)))]


def _minutes_da(minutes: int) -> str:
    """'38 min.', '1 t. 40 min.', 'ca. 6 timer'."""
    if minutes < HOUR_MINUTES:
        return f"{minutes} min."
    hours, rest = divmod(minutes, 60)
    if hours >= 3:
        return f"ca. {round(minutes / 60)} timer"
    return f"{hours} t. {rest} min." if rest else f"{hours} t."


def _years_da(years: float) -> str:
    if years < 1:
        return "Under et års erfaring"
    whole = int(round(years))
    return f"{whole} års erfaring"


def _lower_first(text: str) -> str:
    """A suggestion as part of a sentence: its first letter in lower case, unless it opens an
    abbreviation or a name written in capitals ("SFO", "IT-support")."""
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:] if text else text


class Explainer:
    """Turns a scored pair into 2-4 Danish reasons drawn from what moved its score."""

    def __init__(self, model: ScoringModel) -> None:
        self.model = model
        reference = np.asarray(model.reference, dtype=np.float32)
        self.reference = reference.copy()
        for name, value in ABSENT.items():
            self.reference[COL[name]] = value
        self.first_suggestion = reference.copy()
        for name, value in FIRST_SUGGESTION.items():
            self.first_suggestion[COL[name]] = value

    def contributions(
        self, x: NDArray[np.floating], score: float, centre_code: float
    ) -> dict[str, float]:
        """Score change from resetting each feature group (and the centre) to its typical value."""
        return self.contributions_many(
            np.asarray(x)[None, :], np.array([score]), np.array([centre_code])
        )[0]

    def contributions_many(
        self,
        xs: NDArray[np.floating],
        scores: NDArray[np.floating],
        centre_codes: NDArray[np.floating],
    ) -> list[dict[str, float]]:
        """:meth:`contributions` of many pairs with a single model call (fast top-k reasons)."""
        names = [*GROUPS, "not_suggested"]
        k = len(names) + 1
        xs = np.asarray(xs, dtype=np.float32)
        batch = np.repeat(xs, k, axis=0)
        for i, group in enumerate(names):
            if group == "not_suggested":  # the same seat as if in the first suggested area
                for feature in GROUPS["interest"]:
                    batch[i::k, COL[feature]] = self.first_suggestion[COL[feature]]
                continue
            for feature in GROUPS[group]:
                batch[i::k, COL[feature]] = self.reference[COL[feature]]
        centres = np.repeat(np.asarray(centre_codes, dtype=np.float64), k)
        centres[k - 1 :: k] = -1.0  # the centre as if unknown: the prior
        baseline = self.model.predict(batch, centres).reshape(len(xs), k) if len(xs) else None
        out: list[dict[str, float]] = []
        for row in range(len(xs)):
            assert baseline is not None
            score = float(scores[row])
            effects = {
                name: score - float(b)
                for name, b in zip([*names, "centre"], baseline[row], strict=True)
            }
            outside = effects.pop("not_suggested")
            if xs[row, COL["not_suggested"]] > 0:
                effects["interest"] = outside
            out.append(effects)
        return out

    def reasons(
        self,
        x: NDArray[np.floating],
        score: float,
        centre_code: float,
        citizen: Citizen,
        profile: CitizenProfile,
        centre: Centre,
        seat: Seat,
        effects: dict[str, float] | None = None,
    ) -> list[str]:
        """The 2-4 strongest reasons for and against, strongest first (``Obs:`` marks against).

        ``effects`` may carry precomputed :meth:`contributions_many` of this pair.
        """
        if effects is None:
            effects = self.contributions(x, score, centre_code)
        ranked = sorted(effects.items(), key=lambda kv: -abs(kv[1]))
        out: list[str] = []
        for group, effect in ranked:
            if len(out) >= MAX_REASONS:
                break
            # below the threshold only to reach MIN_REASONS, and then only facts in favour
            if abs(effect) < MIN_EFFECT and (len(out) >= MIN_REASONS or effect <= 0):
                continue
            text = self._say(group, effect > 0, x, citizen, profile, centre, seat)
            against = effect <= 0 or group == "unknown"  # unknown demands are only a caution
            if text and not _told(text, out):
                out.append(f"Obs: {text}" if against else text)
        # always told, even when they moved the score little: a wish against the seat's work,
        # a need met only by what the company offers, a long walk for one who cannot walk far
        notes = _notes(citizen, profile, seat, float(x[COL["travel_minutes"]]))
        if any(note.endswith(_WALK_NOTE) for note in notes):  # it says the trip's length too
            out = [r for r in out if not r.startswith("Obs: Lang transport")]
        told = [f"Obs: {note}" for note in notes if not _told(note, out)][:MAX_REASONS]
        if told:
            out = [*out[: MAX_REASONS - len(told)], *told]
        if not any(not r.startswith("Obs:") for r in out):
            # nothing in favour moved the score much: state the plain facts that speak for it
            for group in ("interest", "experience", "travel"):
                if group in effects and effects[group] < 0:
                    continue
                text = self._say(group, True, x, citizen, profile, centre, seat)
                if text and not _told(text, out) and len(out) < MAX_REASONS:
                    out.insert(0, text)
                    break
        return out

    # --- sentences -----------------------------------------------------------------------------

    def _say(
        self,
        group: str,
        positive: bool,
        x: NDArray[np.floating],
        citizen: Citizen,
        profile: CitizenProfile,
        centre: Centre,
        seat: Seat,
    ) -> str | None:
        area = seat.task_area
        if group == "experience":
            years = profile.experience_years.get(area, 0.0)
            # job titles the CV states (not a firm's or a place's name: "Burger King", "ISS")
            labels = {
                o.label
                for o in profile.occupations
                if getattr(o, "task_area", None) == area and o.score >= NAMED_TITLE_SCORE
            }
            label = next(iter(labels)) if len(labels) == 1 and area != "other" else None
            educated = area in profile.education_areas
            if years > 0:
                # the years are the area's (several jobs may add up): the title is an example
                return (
                    f"{_years_da(years)} {EXPERIENCE_DA[area]}"
                    + (f", bl.a. som {label}" if label else "")
                    + (" og uddannelse eller kursus i faget" if educated else "")
                )
            if not positive:
                return f"Ingen erfaring {EXPERIENCE_DA[area]}"
            if educated:
                return f"Uddannelse eller kursus inden for {AREA_DA[area]}"
            if label:
                return f"CV'et nævner {label}"
            related = [  # (not from work the citizen has turned down)
                (y, a)
                for a, y in profile.experience_years.items()
                if y > 0
                and area_index(a) in _RELATED_ROWS.get(area_index(area), ())
                and a not in profile.excluded_areas
            ]
            if related:
                y, a = max(related)
                return f"{_years_da(y)} {EXPERIENCE_DA[a]} (beslægtet arbejde)"
            return None
        if group == "interest":
            if x[COL["not_suggested"]] > 0:
                if positive:
                    return None
                if area in profile.excluded_areas:
                    return _excluded_sentence(area)
                return f"{AREA_DA[area].capitalize()} er ikke blandt borgerens opgaveforslag"
            if not positive:
                return None
            match = _matching_suggestion(citizen.task_suggestions, area, seat)
            if match is None:
                return None
            text, alike = match
            said = mask_cpr(_lower_first(text))
            # the suggestion itself only where the seat's work is like it ("genbrugsbutik" and a
            # supermarket's till share the area, not the task)
            return (
                f"Opgaveforslag: {said}"
                if alike
                else f"Ønsker arbejde inden for {AREA_DA[area]} (opgaveforslag: {said})"
            )
        if group == "similarity":
            if not positive:
                return None
            # say what the seat's text is like only where that is so
            suggested = profile.interest.get(area, 0.0) > 0
            known = profile.experience_years.get(area, 0.0) > 0
            if suggested and known:
                return f"Pladsens opgaver ({seat.title}) ligner borgerens ønsker og erfaring"
            if suggested:
                return f"Pladsens opgaver ({seat.title}) ligner borgerens opgaveforslag"
            if known:
                return f"Pladsens opgaver ({seat.title}) ligner borgerens erfaring"
            return None
        if group == "travel":
            minutes = int(round(float(x[COL["travel_minutes"]])))
            how = TRAVEL_DA.get(citizen.transport, "")
            if not positive:  # against only when it is long; a short trip is no reason
                if minutes < LONG_TRIP:
                    return None
                return f"Lang transport: {_minutes_da(minutes)} {how} hver vej"
            return f"{_minutes_da(minutes)} {how}" if minutes >= 5 else f"Under 5 min. {how}"
        if group == "consultant":
            return (
                "Borgerens konsulent er også virksomhedens kontaktkonsulent"
                if positive
                else "Ny konsulent: virksomhedens kontaktkonsulent er en anden"
            )
        if group == "strain":  # measured against no strain: it only ever speaks against
            return None if positive else _strain_sentence(citizen, seat)
        if group == "generation":
            if centre.generation == 2 and positive:
                return "Generation 2-virksomhed med erfaring i komplekse forløb"
            return None
        if group == "mentor":
            hours = seat.mentor_hours_per_week or 0
            unit = "time" if hours == 1 else "timer"
            return f"Virksomhedsmentor {hours:g} {unit} om ugen" if positive and hours else None
        if group == "hours":
            if positive:
                return None
            wanted = citizen.hours_per_week
            if seat.hours_max is not None and seat.hours_max < wanted:
                return (
                    f"Pladsen har højst {seat.hours_max:g} timer om ugen, "
                    f"borgeren kan arbejde {wanted:g}"
                )
            if seat.hours_min is not None and seat.hours_min > wanted:
                return (
                    f"Pladsen kræver mindst {seat.hours_min:g} timer om ugen, "
                    f"borgeren kan arbejde {wanted:g}"
                )
            return None
        if group == "lift":
            lift = seat.demands.get("lift_kg")
            if lift is None:
                return None
            if positive:
                return f"Lette løft (op til {lift:g} kg)" if lift <= LIGHT_LIFT_KG else None
            return f"Løft op til {lift:g} kg" if lift > LIGHT_LIFT_KG else None
        if group == "unknown":  # said as a caution whichever way it moved the score
            if x[COL["unknown_demands"]] <= 0:
                return None
            unknown = [DEMAND_DA[d] for d in DEMAND_DA if seat.demands.get(d) is None]
            if not unknown:
                return "Nogle af pladsens krav er ukendte – afklar dem med virksomheden"
            named = ", ".join(unknown[:3]) + (" m.fl." if len(unknown) > 3 else "")
            return f"Pladsens krav til {named} er ukendte – afklar dem med virksomheden"
        if group == "licence":
            held = [  # a licence left in doubt is no reason ("Obs: Bekræft ..." says it)
                LICENCE_DA[lic]
                for lic in sorted(profile.licences - profile.licences_unclear)
                if area in LICENCE_AREAS.get(lic, ())
            ]
            return f"Har {held[0]}" if positive and held else None
        if group == "centre":
            # the centre's effect is estimated net of whom it received: better or worse than
            # expected, not than other centres; a record of a few placements is not told
            if self.model.centre_placements.get(centre.id, 0) < MIN_CENTRE_RECORD:
                return None
            return (
                "Virksomhedens tidligere forløb er gået bedre end forventet"
                if positive
                else "Virksomhedens tidligere forløb er oftere afbrudt end forventet"
            )
        return None


def excluded_counts(counts: dict[str, int], what: str) -> list[str]:
    """How many seats (or citizens) each hard rule excluded, most first, in one Danish sentence:
    "23 pladser udelukket af løftekrav, 5 af kulde (en plads kan udelukkes af flere grunde)".
    The seat's minimum hours and the citizen's hour limit say one thing: told once."""
    counts = dict(counts)
    if counts.get("hours_per_week", 0) <= counts.get("max_hours_per_week", 0):
        counts.pop("hours_per_week", None)
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked:
        return []
    parts = [f"{n} af {RULE_DA.get(r, r)}" for r, n in ranked[:4]]
    first, n = ranked[0]
    parts[0] = f"{counted(n, what)} udelukket af {RULE_DA.get(first, first)}"
    one = _SINGULAR.get(what, what)
    several = f" (en {one} kan udelukkes af flere grunde)" if len(ranked) > 1 else ""
    return [", ".join(parts) + several]


def counted(n: int, what: str) -> str:
    """'1 plads', '3 pladser', '1 borger' ('what' is the plural)."""
    return f"{n} {_SINGULAR.get(what, what) if n == 1 else what}"


_SINGULAR: Final = {"pladser": "plads", "borgere": "borger"}


def _told(text: str, out: Sequence[str]) -> bool:
    """Whether ``text`` says nothing a reason in ``out`` does not ("Løft op til 20 kg" beside
    "Obs: Løft op til 20 kg – store vanskeligheder med ...")."""
    return any(r.removeprefix("Obs: ").startswith(text) for r in out) or any(
        text.startswith(r.removeprefix("Obs: ")) for r in out
    )


def _excluded_sentence(area: str) -> str:
    """That the citizen's task suggestions exclude the seat's task area."""
    return f"Borgeren har fravalgt {AREA_DA[area]} i opgaveforslagene"


def _notes(citizen: Citizen, profile: CitizenProfile, seat: Seat, minutes: float) -> list[str]:
    """What a consultant must hear about a pair whatever moved its score: the citizen turned
    its task area down; a need is met only by what the company offers (the rules let an
    offered back office meet "no customer contact", a quiet area "quiet surroundings"), which
    must then be agreed; a long walk to work for a citizen who cannot walk far."""
    notes: list[str] = []
    if seat.task_area in profile.excluded_areas:
        notes.append(_excluded_sentence(seat.task_area))
    needs = {n.code for n in profile.needs}
    offered = set(seat.accommodations_offered or ())
    for code, (demand, threshold, offer) in OFFSET_RULES.items():
        # the spec's rule passes the seat only because of the offer: it must be agreed
        level = seat.demands.get(demand) or 0
        if code in needs and offer in offered and level >= threshold:
            notes.append(
                f"{_level_da(level)} {DEMAND_DA[demand]} på pladsen – aftal med virksomheden, "
                f"at borgeren arbejder {ARRANGED_DA[offer]}"
            )
    on_foot = [
        DEMAND_DA[d]
        for d in ("walking", "standing")
        # from the rules' threshold on the seat is left out
        if 1 <= (seat.demands.get(d) or 0) < WHEELCHAIR_ON_FOOT
    ]
    if "wheelchair_access" in needs and on_foot:
        notes.append(
            f"Pladsen har noget {' og '.join(on_foot)} – afklar med virksomheden, at opgaverne "
            "kan løses fra kørestolen"
        )
    if (
        citizen.transport == "walk"
        and "no_prolonged_walking" in needs
        and minutes >= WALK_NOTE_MINUTES
    ):
        notes.append(f"{_minutes_da(int(round(minutes)))} til fods hver vej{_WALK_NOTE}")
    return notes


_WALK_NOTE: Final = ", og borgeren kan ikke gå langt – aftal anden transport"


@lru_cache(maxsize=4096)
def _embedded(text: str) -> NDArray[np.float32]:
    """The similarity row of one text (suggestions and seats recur across queries)."""
    row: NDArray[np.float32] = default_embedder().transform([text])[0]
    return row


def _matching_suggestion(
    suggestions: Sequence[str], area: str, seat: Seat
) -> tuple[str, bool] | None:
    """The task suggestion to credit for a seat in ``area`` and whether the seat's work is like
    it: of those that name the area, read as the ``interest`` feature reads them
    (:func:`features.occupations.suggestion_rank_weights`), the one most like the seat's own
    text. For the catch-all area ``other`` it must be like it: "Dyrepasning" and a recycling
    shop share the area, not the work."""
    naming = [t for t in suggestions if suggestion_rank_weights([t]).get(area, 0.0) > 0]
    if not naming:
        return None
    target = _embedded(seat_text(seat))
    best, _, text = max((float(_embedded(t) @ target), -i, t) for i, t in enumerate(naming))
    alike = best >= ALIKE_SIMILARITY
    return (text, alike) if alike or area != "other" else None


@lru_cache(maxsize=4096)
def _soft_signals(code: str, qualifier: int) -> dict[str, float]:
    """The seat demands one ICF problem makes harder (read once per category and grade)."""
    return icf.soft_signals([{"code": code, "qualifier": qualifier}])


def _strain_sentence(citizen: Citizen, seat: Seat) -> str | None:
    """The ICF category and seat demand that strain each other most, in words."""
    levels = demand_row(seat)
    best: tuple[float, str, str, int, float] | None = None
    for entry in citizen.icf:
        if not 1 <= entry.qualifier <= 4:
            continue
        signals = _soft_signals(entry.code, entry.qualifier)
        for key, level in zip(STRAIN_COLUMNS, levels, strict=True):
            strength = signals.get(key, 0.0) * level  # an unknown demand (NaN) strains nothing
            if strength > 0 and (best is None or strength > best[0]):
                best = (strength, key, entry.code, entry.qualifier, level)
    if best is None:
        return None
    _, key, code, qualifier, level = best
    title = icf.title_da(code) or "funktionsevne"
    demand = DEMAND_DA[key]
    eased = ""
    if key == "lift_kg":
        what = f"Løft op til {float(seat.demands['lift_kg']):g} kg"
    elif key == "task_complexity":
        what = COMPLEXITY_DA[min(4, max(1, round(float(seat.demands[key]))))]
    elif key in LEVEL_DEMANDS:
        # the seat's own level; what an offered accommodation eases is said after it
        what = f"{_level_da(float(seat.demands[key]))} {demand}"
        offers = [
            OFFER_DA[o]
            for o in seat.accommodations_offered or ()
            if key in OFFER_RELIEF.get(o, {}) and o in OFFER_DA
        ]
        if offers:
            eased = f" (virksomheden tilbyder {' og '.join(offers)})"
    else:
        what = demand[:1].upper() + demand[1:]
    return f"{what}{eased} – {SEVERITY_DA[qualifier]} vanskeligheder med {title} (ICF {code})"
