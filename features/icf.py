"""ICF functional profiles: code validation, the needs they imply, and soft strain signals.

The code list is the WHO ICF hierarchy (codes only, see ``data/icf/SOURCE.md``). A profile entry
is a category code with a qualifier: 0-4 grade the problem (none ... complete); 8 and 9 mean
"not specified" / "not applicable" and carry no grade.

Two uses:

* **Implied needs** (spec ``DATASET.md``, default policy): a qualifier of 3 or more on a category
  in the spec's table is a hard accommodation need. A more specific category inherits the rule of
  its ancestor (``d4301`` carrying in the hands is part of ``d430`` lifting and carrying); this
  is the cautious reading, since a severe problem with a part is a severe problem with the whole
  for the demands we check.
* **Soft signals**: every graded problem (1-4) strains some seat demands more than others; the
  scoring model weighs the strain against the seat's demand levels. Qualifiers 1-2 create no hard
  rule, so this is the only place their evidence enters.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from functools import cache
from importlib.resources import files
from typing import Any, Final

from features.needs import Need
from features.vocabulary import DEMAND_KEYS, ICF_QUALIFIERS

#: Kinds in the code list that are classification categories (levels 2-4), i.e. may be graded.
_CATEGORY_KINDS: Final[frozenset[str]] = frozenset({"fourdigit", "fivedigit", "sixdigit"})

#: The spec's table: category → (accommodation code, value at qualifier 3, value at qualifier 4).
IMPLIED_NEEDS: Final[dict[str, tuple[str, float | None, float | None]]] = {
    "d430": ("max_lift_kg", 5.0, 5.0),
    "d4300": ("max_lift_kg", 5.0, 5.0),
    "d4154": ("no_prolonged_standing", None, None),
    "d450": ("no_prolonged_walking", None, None),
    "d4500": ("no_prolonged_walking", None, None),
    "d4105": ("no_bending", None, None),
    "d4452": ("no_overhead_work", None, None),
    "d440": ("limited_hand_use", None, None),
    "d240": ("no_time_pressure", None, None),
    "d220": ("simple_tasks", None, None),
    "d710": ("no_customer_contact", None, None),
    "d720": ("no_customer_contact", None, None),
    "b130": ("max_hours_per_week", 15.0, 8.0),
    "b455": ("max_hours_per_week", 15.0, 8.0),
}

#: Which seat demands a problem in a category (or any of its sub-categories) strains, with a
#: weight 0-1 for how directly. Written from the ICF definitions in our own words; categories
#: not listed strain nothing we can measure on a seat.
STRAIN: Final[dict[str, dict[str, float]]] = {
    # body functions
    "b110": {"driving": 1.0, "works_alone": 0.6},  # consciousness (e.g. seizures)
    "b117": {"task_complexity": 1.0},  # intellectual functions
    "b126": {"customer_contact": 0.5, "time_pressure": 0.5},  # temperament and personality
    "b130": {"time_pressure": 0.6, "standing": 0.4, "walking": 0.4},  # energy and drive
    "b134": {"time_pressure": 0.4},  # sleep
    "b140": {"task_complexity": 0.6, "noise": 0.5},  # attention
    "b144": {"task_complexity": 0.8},  # memory
    "b152": {"time_pressure": 0.8, "customer_contact": 0.6, "works_alone": 0.4, "noise": 0.4},
    "b160": {"task_complexity": 0.6},  # thought
    "b164": {"task_complexity": 1.0, "time_pressure": 0.5},  # higher-level cognitive
    "b230": {"noise": 0.8, "customer_contact": 0.3},  # hearing
    "b235": {"overhead": 0.3, "bending": 0.3},  # vestibular (balance)
    "b280": {"lift_kg": 0.7, "bending": 0.6, "standing": 0.4, "cold": 0.4},  # pain
    "b410": {"walking": 0.5, "lift_kg": 0.5},  # heart
    "b440": {"chemicals": 0.8, "walking": 0.4},  # respiration
    "b455": {"walking": 0.8, "standing": 0.7, "lift_kg": 0.6},  # exercise tolerance
    "b710": {"bending": 0.7, "overhead": 0.7, "hand_use": 0.5},  # joint mobility
    "b730": {"lift_kg": 0.9, "hand_use": 0.5},  # muscle power
    "b740": {"standing": 0.6, "lift_kg": 0.5},  # muscle endurance
    "b810": {"wet_work": 1.0, "chemicals": 0.9, "cold": 0.5},  # skin protection
    "b820": {"wet_work": 0.7, "chemicals": 0.6},  # skin repair
    # body structures
    "s120": {"lift_kg": 0.6, "bending": 0.6},  # spinal cord
    "s720": {"overhead": 0.9, "lift_kg": 0.6},  # shoulder region
    "s730": {"hand_use": 0.9, "lift_kg": 0.6, "overhead": 0.4},  # upper extremity
    "s750": {"walking": 0.9, "standing": 0.9, "bending": 0.4},  # lower extremity
    "s760": {"lift_kg": 0.9, "bending": 0.9, "standing": 0.4},  # trunk
    "s810": {"wet_work": 0.9, "chemicals": 0.8},  # skin
    # activities and participation
    "d160": {"task_complexity": 0.6, "noise": 0.4},  # focusing attention
    "d175": {"task_complexity": 0.7},  # solving problems
    "d210": {"task_complexity": 0.6},  # single task
    "d220": {"task_complexity": 1.0, "time_pressure": 0.5},  # multiple tasks
    "d230": {"time_pressure": 0.5},  # daily routine
    "d240": {"time_pressure": 1.0, "customer_contact": 0.5, "noise": 0.4},  # stress
    "d350": {"customer_contact": 0.8},  # conversation
    "d410": {"bending": 0.8},  # changing body position
    "d4105": {"bending": 1.0},
    "d415": {"standing": 0.8},  # maintaining a position
    "d4154": {"standing": 1.0},
    "d430": {"lift_kg": 1.0},  # lifting and carrying
    "d440": {"hand_use": 1.0},  # fine hand use
    "d445": {"hand_use": 0.7, "overhead": 0.7},  # hand and arm use
    "d4452": {"overhead": 1.0},
    "d450": {"walking": 1.0},  # walking
    "d455": {"walking": 0.8},  # moving around
    "d460": {"walking": 0.6},
    "d465": {"walking": 1.0, "standing": 1.0, "bending": 0.6},  # moving around using equipment
    "d475": {"driving": 1.0},  # driving
    "d710": {"customer_contact": 0.8, "works_alone": 0.3},  # basic interpersonal interactions
    "d720": {"customer_contact": 0.8},  # complex interpersonal interactions
    "d740": {"customer_contact": 0.5},  # formal relationships
    "d750": {"customer_contact": 0.6},  # informal social relationships
    "d850": {"time_pressure": 0.4},  # remunerative employment
}

#: Short Danish titles, in our own words, of the categories the product names in its reasons.
TITLES_DA: Final[dict[str, str]] = {
    "b110": "bevidsthed",
    "b117": "intellektuelle funktioner",
    "b126": "temperament",
    "b130": "energi og drivkraft",
    "b134": "søvn",
    "b140": "opmærksomhed",
    "b144": "hukommelse",
    "b152": "følelsesmæssige funktioner",
    "b160": "tankefunktioner",
    "b164": "overblik og planlægning",
    "b230": "hørelse",
    "b235": "balance",
    "b280": "smerter",
    "b410": "hjertefunktion",
    "b440": "vejrtrækning",
    "b455": "fysisk udholdenhed",
    "b710": "bevægelighed i led",
    "b730": "muskelkraft",
    "b740": "muskeludholdenhed",
    "b810": "hudens beskyttelse",
    "b820": "hudens heling",
    "s120": "rygmarven",
    "s720": "skulderen",
    "s730": "arm og hånd",
    "s750": "ben og fødder",
    "s760": "ryggen",
    "s810": "huden",
    "d160": "at fokusere",
    "d175": "at løse problemer",
    "d210": "at udføre en enkelt opgave",
    "d220": "at udføre flere opgaver",
    "d230": "at klare en daglig rutine",
    "d240": "at håndtere stress",
    "d350": "samtale",
    "d410": "at skifte stilling",
    "d4105": "at bøje sig",
    "d415": "at holde en stilling",
    "d4154": "at stå",
    "d430": "at løfte og bære",
    "d4300": "at løfte",
    "d440": "finmotorik",
    "d445": "brug af hånd og arm",
    "d4452": "at række ud",
    "d450": "at gå",
    "d4500": "at gå korte afstande",
    "d455": "at bevæge sig omkring",
    "d460": "at færdes",
    "d465": "at færdes med hjælpemidler",
    "d475": "at køre",
    "d710": "grundlæggende samspil med andre",
    "d720": "komplekst samspil med andre",
    "d740": "formelle relationer",
    "d750": "uformelle relationer",
    "d850": "lønnet arbejde",
}


@cache
def _code_list() -> dict[str, tuple[str, str]]:
    """Code → (kind, parent) from the shipped ICF code list."""
    text = files("features").joinpath("data/icf/icf_codes.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(text.splitlines())
    return {r["code"]: (r["kind"], r["parent"]) for r in rows}


def is_known_code(code: str) -> bool:
    """True when ``code`` is an ICF category (levels 2-4) that may carry a qualifier."""
    entry = _code_list().get(code)
    return entry is not None and entry[0] in _CATEGORY_KINDS


def lineage(code: str) -> list[str]:
    """``code`` and its ancestor categories, most specific first (``d4301`` → d4301, d430)."""
    out: list[str] = []
    table = _code_list()
    current = code
    while current in table and table[current][0] in _CATEGORY_KINDS:
        out.append(current)
        current = table[current][1]
    return out or [code]


def _graded(entries: Iterable[Mapping[str, Any]]) -> Iterable[tuple[str, int]]:
    for entry in entries:
        qualifier = int(entry["qualifier"])
        if qualifier not in ICF_QUALIFIERS:
            raise ValueError(f"ICF qualifier {qualifier} is not one of 0-4, 8, 9")
        if 1 <= qualifier <= 4:
            yield str(entry["code"]), qualifier


def implied_needs(entries: Iterable[Mapping[str, Any]]) -> list[Need]:
    """Hard needs implied by qualifiers ≥ 3 (entries are ``{"code", "qualifier"}`` mappings).

    One need per accommodation code; the strictest value wins. The evidence names the category
    and qualifier, never the free-text note.
    """
    best: dict[str, Need] = {}
    for code, qualifier in _graded(entries):
        if qualifier < 3:
            continue
        for ancestor in lineage(code):
            rule = IMPLIED_NEEDS.get(ancestor)
            if rule is None:
                continue
            need_code, v3, v4 = rule
            value = v4 if qualifier == 4 else v3
            need = Need(need_code, value, source="icf", evidence=f"ICF {code} ({qualifier})")
            old = best.get(need_code)
            if old is None or (value is not None and old.value is not None and value < old.value):
                best[need_code] = need
            break
    return list(best.values())


def ungraded_implications(entries: Iterable[Mapping[str, Any]]) -> list[str]:
    """Codes graded 8 (a problem whose severity is not specified) in a category whose severe
    grades imply a need: the need may hold, and nothing says whether it does."""
    return [
        str(entry["code"])
        for entry in entries
        if int(entry["qualifier"]) == 8
        and any(a in IMPLIED_NEEDS for a in lineage(str(entry["code"])))
    ]


def soft_signals(entries: Iterable[Mapping[str, Any]]) -> dict[str, float]:
    """Strain 0-1 per seat demand (keys of ``DEMAND_KEYS``) from graded problems.

    The strain of one entry is ``qualifier / 4`` times the category's weight for the demand; a
    sub-category inherits its ancestors' weights. Several entries combine by maximum, so one
    severe problem is not diluted by mild ones.
    """
    out: dict[str, float] = {}
    for code, qualifier in _graded(entries):
        severity = qualifier / 4.0
        for ancestor in lineage(code):
            for demand, weight in STRAIN.get(ancestor, {}).items():
                out[demand] = max(out.get(demand, 0.0), severity * weight)
    assert set(out) <= set(DEMAND_KEYS)
    return out


def title_da(code: str) -> str | None:
    """A short Danish title of ``code`` (or of its nearest titled ancestor), if we have one."""
    for ancestor in lineage(code):
        if ancestor in TITLES_DA:
            return TITLES_DA[ancestor]
    return None
