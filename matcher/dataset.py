"""Read and write dataset directories exactly per the exchange format (spec ``DATASET.md``, v1).

Every piece of bad input raises :class:`~matcher.errors.DatasetError` naming the file, the line,
the field and a one-line reason. Writing is atomic: the whole directory appears at once or not
at all. Identifiers shaped like a CPR number are rejected without echoing the value.
"""

from __future__ import annotations

import difflib
import json
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO, Any, Final

from features import icf
from features.vocabulary import (
    ACCOMMODATION_CODES,
    ACCOMMODATIONS_OFFERED,
    BOOL_DEMANDS,
    GENERATIONS,
    ICF_QUALIFIERS,
    LEVEL_DEMANDS,
    LICENCES,
    OUTCOMES,
    OWNERSHIPS,
    SHIFTS,
    TARGET_GROUPS,
    TASK_AREAS,
    TRANSPORTS,
)
from matcher.domain import (
    Centre,
    Citizen,
    DatasetMeta,
    IcfEntry,
    JsonDict,
    LicenceConfirmation,
    NeedsReview,
    Placement,
    Seat,
    StructuredNeed,
)
from matcher.errors import DatasetError
from matcher.files import OutputError, replaceable_directory

FORMAT = "matcher-dataset/1"
META_FILE = "dataset.json"
CENTRES_FILE = "centres.jsonl"
CITIZENS_FILE = "citizens.jsonl"
HISTORY_FILE = "history.jsonl"
HISTORY_CITIZENS_FILE = "history_citizens.jsonl"
HISTORY_CENTRES_FILE = "history_centres.jsonl"
#: The files a dataset directory holds; writing one replaces a directory of only these.
DATASET_FILES: Final = frozenset(
    {META_FILE, CENTRES_FILE, CITIZENS_FILE, HISTORY_FILE, HISTORY_CITIZENS_FILE,
     HISTORY_CENTRES_FILE}
)  # fmt: skip
#: The most persons a seat (or a centre's trial limit) may name: far above any real work-trial
#: seat, so a larger number is a typo, and far below what the integer columns of SQLite (64-bit)
#: and PostgreSQL (32-bit) and the solver's arrays can hold.
MAX_PERSONS = 100_000

# DDMMYY-NNNN with a plausible day and month (the dash also typed as a space or a slash), or any
# run of ten digits, anywhere in the value.
_CPR_SHAPED = re.compile(
    r"(?<!\d)(?:(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}[-/ ]\d{4}|\d{10})(?!\d)"
)
_MISSING = object()


def looks_like_cpr(value: str) -> bool:
    """True when ``value`` contains something shaped like a Danish CPR number.

    >>> looks_like_cpr("b-0412")
    False
    """
    return _CPR_SHAPED.search(value) is not None


def mask_cpr(text: str, mask: str = "[cpr]") -> str:
    """``text`` with every CPR-shaped run replaced by ``mask``: outputs that quote a
    caseworker's words (a warning, a need's evidence, a task suggestion) never carry one.

    >>> mask_cpr("Borger (cpr " + "0101" + "90-1234) kan ikke løfte")
    'Borger (cpr [cpr]) kan ikke løfte'
    """
    return _CPR_SHAPED.sub(mask, text) if _CPR_SHAPED.search(text) else text


class _Fields:
    """Reads typed fields out of one JSON object, raising ``DatasetError`` that names the field."""

    def __init__(self, obj: Any, file: str, line: int | None, prefix: str = "") -> None:
        self.file, self.line, self.prefix = file, line, prefix
        if not isinstance(obj, dict):
            raise self.error(None, f"expected a JSON object, got {_kind(obj)}")
        self.obj: dict[str, Any] = obj

    def error(self, name: str | None, reason: str) -> DatasetError:
        path = None if name is None else f"{self.prefix}{name}"
        if path is None and self.prefix:
            path = self.prefix.rstrip(".")
        return DatasetError(self.file, self.line, path, reason)

    def nested(self, obj: Any, name: str) -> _Fields:
        return _Fields(obj, self.file, self.line, f"{self.prefix}{name}.")

    def raw(self, name: str, required: bool) -> Any:
        value = self.obj.get(name, _MISSING)
        if value is None or value is _MISSING:
            if required:
                raise self.error(name, "required field is missing")
            return _MISSING
        return value

    def string(self, name: str, required: bool = True) -> str | None:
        value = self.raw(name, required)
        if value is _MISSING:
            return None
        if not isinstance(value, str):
            raise self.error(name, f"expected a string, got {_kind(value)}")
        if required and not value.strip():
            raise self.error(name, "must not be empty")
        return value

    def identifier(self, name: str, required: bool = True) -> str | None:
        value = self.string(name, required)
        if value is not None and looks_like_cpr(value):
            raise self.error(
                name,
                "value is shaped like a CPR number (not shown); identifiers must never be CPR numbers",
            )
        return value

    def number(
        self, name: str, required: bool = True, low: float | None = None, high: float | None = None
    ) -> float | None:
        value = self.raw(name, required)
        if value is _MISSING:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.error(name, f"expected a number, got {_kind(value)}")
        if value != value or value in (float("inf"), float("-inf")):
            raise self.error(name, "must be a finite number")
        if low is not None and value < low:
            raise self.error(name, f"must be at least {_fmt(low)}, got {shown_value(value)}")
        if high is not None and value > high:
            raise self.error(name, f"must be at most {_fmt(high)}, got {shown_value(value)}")
        number: float = value  # ints stay ints, so a dataset round-trips unchanged
        return number

    def integer(
        self, name: str, required: bool = True, low: int | None = None, high: int | None = None
    ) -> int | None:
        value = self.raw(name, required)
        if value is _MISSING:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(name, f"expected an integer, got {_kind(value)}")
        if low is not None and value < low:
            raise self.error(name, f"must be at least {low}, got {shown_value(value)}")
        if high is not None and value > high:
            raise self.error(name, f"must be at most {high}, got {shown_value(value)}")
        whole: int = value
        return whole

    def boolean(self, name: str, required: bool = True) -> bool | None:
        value = self.raw(name, required)
        if value is _MISSING:
            return None
        if not isinstance(value, bool):
            raise self.error(name, f"expected true or false, got {_kind(value)}")
        return value

    def choice(self, name: str, allowed: Sequence[Any], required: bool = True) -> Any:
        value = self.raw(name, required)
        if value is _MISSING:
            return None
        if isinstance(value, bool) or value not in allowed:
            raise self.error(
                name,
                f"unknown value {shown_value(value, allowed)}; expected one of {_list(allowed)}",
            )
        return value

    def day(self, name: str, required: bool = True) -> date | None:
        value = self.string(name, required)
        if value is None:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise self.error(name, "expected a date as YYYY-MM-DD") from None

    def array(self, name: str, required: bool = False) -> list[Any] | None:
        value = self.raw(name, required)
        if value is _MISSING:
            return None
        if not isinstance(value, list):
            raise self.error(name, f"expected a list, got {_kind(value)}")
        return value

    def choices(self, name: str, allowed: Sequence[str]) -> tuple[str, ...] | None:
        values = self.array(name)
        if values is None:
            return None
        for i, value in enumerate(values):
            if not isinstance(value, str) or value not in allowed:
                raise self.error(
                    f"{name}[{i}]",
                    f"unknown value {shown_value(value, allowed)}; expected one of {_list(allowed)}",
                )
        return tuple(values)

    def strings(self, name: str) -> tuple[str, ...]:
        values = self.array(name) or []
        for i, value in enumerate(values):
            if not isinstance(value, str):
                raise self.error(f"{name}[{i}]", f"expected a string, got {_kind(value)}")
        return tuple(values)

    def extra(self, known: Sequence[str]) -> JsonDict:
        return {k: v for k, v in self.obj.items() if k not in known}


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    return "an object"


def _fmt(value: float) -> str:
    return f"{value:g}"


#: What an ICF code looks like (component letter, digits): shown when unknown, unlike a word.
_ICF_SHAPE: Final = re.compile(r"[bdes]\d{1,5}")
#: What a vocabulary value looks like: one short token, no spaces (a code, never a sentence).
_CODE_LIKE: Final = re.compile(r"[\w.:+/-]{1,40}")


def shown_value(value: Any, known: Sequence[Any] | None = None) -> str:
    """``value`` as an error message may show it, never echoing what may be personal.

    Ids, codes and numbers are shown; anything else (a sentence may be a caseworker's health
    text) is described, and so is anything shaped like a CPR number. In a field with a
    vocabulary (``known``) a word is shown only when it is a slip of a known value ("did you
    mean ..."): a word that is nothing like one may be a diagnosis typed into the wrong field.
    """
    if isinstance(value, int | float) and not isinstance(value, bool):
        # ten digits, or nine where a CPR number's leading zero was lost as a JSON number
        digits = str(abs(value)) if isinstance(value, int) else f"{abs(value):.0f}"
        cpr_sized = len(digits) in (9, 10)
        if cpr_sized:
            return "(a number of CPR size, not shown)"
        if len(digits) > 15:
            return f"(a number of {len(digits)} digits)"
        return str(value) if isinstance(value, int) else _fmt(value)
    if not isinstance(value, str):
        return f"({_kind(value)})"
    hidden = f"(a text of {len(value)} characters, not shown)"
    if not _CODE_LIKE.fullmatch(value) or looks_like_cpr(value):
        return hidden
    if known is None:
        return repr(value)
    words = [k for k in known if isinstance(k, str)]
    close = difflib.get_close_matches(value.lower(), words, n=1, cutoff=0.85)
    return f"{value!r} (did you mean {close[0]!r}?)" if close else hidden


def _list(allowed: Sequence[Any]) -> str:
    return ", ".join(str(a) for a in allowed)


# --- records -------------------------------------------------------------------------------------

_SEAT_KEYS = (
    "id", "title", "task_area", "capacity", "description", "demands", "hours_min", "hours_max",
    "shifts", "wheelchair_accessible", "accommodations_offered", "required_licences",
    "mentor_hours_per_week",
)  # fmt: skip
_CENTRE_KEYS = (
    "id", "name", "sector", "ownership", "generation", "postcode", "lat", "lon",
    "contact_consultant", "mentor_hours_per_week", "max_trial_persons", "seats",
)  # fmt: skip
_CITIZEN_KEYS = (
    "id", "age", "gender", "target_group", "postcode", "lat", "lon", "transport",
    "hours_per_week", "consultant", "complex", "waiting_since", "cv_text", "icf",
    "task_suggestions", "accommodations_text", "accommodations", "accommodations_reviewed",
    "licences_confirmed",
)  # fmt: skip
_PLACEMENT_KEYS = ("citizen_id", "seat_id", "start", "end", "outcome")
_META_KEYS = ("format", "municipality", "as_of")


def _demands(f: _Fields) -> JsonDict:
    value = f.raw("demands", required=False)
    if value is _MISSING:
        return {}
    d = f.nested(value, "demands")
    out: JsonDict = {}
    lift = d.number("lift_kg", required=False, low=0, high=500)
    if lift is not None:
        out["lift_kg"] = lift
    for key in LEVEL_DEMANDS:
        level = d.integer(key, required=False, low=0, high=4)
        if level is not None:
            out[key] = level
    for key in BOOL_DEMANDS:
        flag = d.boolean(key, required=False)
        if flag is not None:
            out[key] = flag
    known = ("lift_kg", *LEVEL_DEMANDS, *BOOL_DEMANDS)
    out.update({k: v for k, v in d.obj.items() if k not in known and v is not None})
    return out


def parse_seat(f: _Fields) -> Seat:
    """Build a :class:`Seat` from its JSON object (nested in a centre)."""
    hours_min = f.number("hours_min", required=False, low=0, high=80)
    hours_max = f.number("hours_max", required=False, low=0, high=80)
    if hours_min is not None and hours_max is not None and hours_min > hours_max:
        raise f.error("hours_min", f"must not exceed hours_max ({_fmt(hours_max)})")
    return Seat(
        id=f.identifier("id") or "",
        title=f.string("title") or "",
        task_area=f.choice("task_area", TASK_AREAS),
        capacity=f.integer("capacity", low=0, high=MAX_PERSONS) or 0,
        description=f.string("description", required=False),
        demands=_demands(f),
        hours_min=hours_min,
        hours_max=hours_max,
        shifts=f.choices("shifts", SHIFTS),
        wheelchair_accessible=f.boolean("wheelchair_accessible", required=False),
        accommodations_offered=f.choices("accommodations_offered", ACCOMMODATIONS_OFFERED),
        required_licences=f.choices("required_licences", LICENCES),
        mentor_hours_per_week=f.number("mentor_hours_per_week", required=False, low=0, high=80),
        extra=f.extra(_SEAT_KEYS),
    )


def parse_centre(obj: Any, file: str, line: int | None) -> Centre:
    """Build a :class:`Centre` (with its seats) from one ``centres.jsonl`` object."""
    f = _Fields(obj, file, line)
    centre_id = f.identifier("id") or ""
    seats_raw = f.array("seats", required=True) or []
    seats = tuple(parse_seat(f.nested(s, f"seats[{i}]")) for i, s in enumerate(seats_raw))
    return Centre(
        id=centre_id,
        name=f.string("name") or "",
        sector=f.string("sector", required=False),
        ownership=f.choice("ownership", OWNERSHIPS),
        generation=f.choice("generation", GENERATIONS),
        postcode=f.string("postcode", required=False),
        lat=f.number("lat", low=-90, high=90) or 0.0,
        lon=f.number("lon", low=-180, high=180) or 0.0,
        contact_consultant=f.identifier("contact_consultant", required=False),
        mentor_hours_per_week=f.number("mentor_hours_per_week", required=False, low=0, high=400),
        max_trial_persons=f.integer("max_trial_persons", required=False, low=0, high=MAX_PERSONS),
        seats=seats,
        extra=f.extra(_CENTRE_KEYS),
    )


def _icf_entries(f: _Fields) -> tuple[IcfEntry, ...]:
    entries = []
    for i, raw in enumerate(f.array("icf") or []):
        e = f.nested(raw, f"icf[{i}]")
        code = e.string("code") or ""
        if not icf.is_known_code(code):
            shown = shown_value(code) if _ICF_SHAPE.fullmatch(code) else shown_value(code, ())
            raise e.error("code", f"unknown ICF code {shown}")
        qualifier = e.integer("qualifier")
        if qualifier not in ICF_QUALIFIERS:
            raise e.error(
                "qualifier",
                f"must be 0-4 (or 8 = not specified, 9 = not applicable), got {qualifier}",
            )
        note = e.string("note", required=False)
        entries.append(IcfEntry(code, qualifier or 0, note, e.extra(("code", "qualifier", "note"))))
    return tuple(entries)


def _structured_needs(f: _Fields) -> tuple[StructuredNeed, ...]:
    needs = []
    for i, raw in enumerate(f.array("accommodations") or []):
        n = f.nested(raw, f"accommodations[{i}]")
        code = n.choice("code", tuple(ACCOMMODATION_CODES))
        unit = ACCOMMODATION_CODES[code]
        value = n.number("value", required=unit is not None, low=0)
        if unit is None and value is not None:
            raise n.error("value", f"code '{code}' takes no value")
        if unit is not None and value is not None and value <= 0:
            raise n.error("value", f"must be a positive number of {unit}")
        needs.append(StructuredNeed(code, value, n.extra(("code", "value"))))
    return tuple(needs)


_SHA256_HEX = re.compile(r"[0-9a-f]{64}")


def _caseworker_record(f: _Fields, name: str, digest_field: str, text_field: str) -> _Fields | None:
    """The fields of an optional caseworker's record (``name``), whose ``digest_field`` names
    the version of ``text_field`` it covers; ``None`` when absent."""
    raw = f.raw(name, required=False)
    if raw is _MISSING or raw is None:
        return None
    r = f.nested(raw, name)
    if not _SHA256_HEX.fullmatch(r.string(digest_field) or ""):
        raise r.error(
            digest_field, f"expected the SHA-256 of {text_field} as 64 lower-case hex digits"
        )
    return r


def _needs_review(f: _Fields) -> NeedsReview | None:
    r = _caseworker_record(f, "accommodations_reviewed", "text_sha256", "accommodations_text")
    if r is None:
        return None
    digest = r.string("text_sha256") or ""
    return NeedsReview(
        text_sha256=digest,
        by=r.identifier("by", required=False),
        on=r.day("on", required=False),
        extra=r.extra(("text_sha256", "by", "on")),
    )


def _licences_confirmed(f: _Fields) -> LicenceConfirmation | None:
    r = _caseworker_record(f, "licences_confirmed", "cv_sha256", "cv_text")
    if r is None:
        return None
    digest = r.string("cv_sha256") or ""
    licences = r.choices("licences", LICENCES)
    if licences is None:
        raise r.error("licences", "required (an empty list when the citizen holds none)")
    return LicenceConfirmation(
        cv_sha256=digest,
        licences=tuple(sorted(set(licences))),
        by=r.identifier("by", required=False),
        on=r.day("on", required=False),
        extra=r.extra(("cv_sha256", "licences", "by", "on")),
    )


def parse_citizen(obj: Any, file: str, line: int | None) -> Citizen:
    """Build a :class:`Citizen` from one ``citizens.jsonl`` object."""
    f = _Fields(obj, file, line)
    return Citizen(
        id=f.identifier("id") or "",
        age=f.integer("age", required=False, low=0, high=120),
        gender=f.string("gender", required=False),
        target_group=f.choice("target_group", TARGET_GROUPS),
        postcode=f.string("postcode", required=False),
        lat=f.number("lat", low=-90, high=90) or 0.0,
        lon=f.number("lon", low=-180, high=180) or 0.0,
        transport=f.choice("transport", TRANSPORTS),
        hours_per_week=f.number("hours_per_week", low=0, high=80) or 0.0,
        consultant=f.identifier("consultant", required=False),
        complex=bool(f.boolean("complex")),
        waiting_since=f.day("waiting_since", required=False),
        cv_text=f.string("cv_text", required=False) or "",
        icf=_icf_entries(f),
        task_suggestions=f.strings("task_suggestions"),
        accommodations_text=f.string("accommodations_text", required=False) or "",
        accommodations=_structured_needs(f),
        accommodations_reviewed=_needs_review(f),
        licences_confirmed=_licences_confirmed(f),
        extra=f.extra(_CITIZEN_KEYS),
    )


def parse_placement(obj: Any, file: str, line: int | None) -> Placement:
    """Build a :class:`Placement` from one ``history.jsonl`` object (outcome required)."""
    f = _Fields(obj, file, line)
    start = f.day("start")
    end = f.day("end", required=False)
    if start is not None and end is not None and end < start:
        raise f.error("end", "must not be before start")
    return Placement(
        citizen_id=f.identifier("citizen_id") or "",
        seat_id=f.identifier("seat_id") or "",
        start=start or date.min,
        end=end,
        outcome=f.choice("outcome", OUTCOMES),
        extra=f.extra(_PLACEMENT_KEYS),
    )


def parse_meta(obj: Any, file: str = META_FILE, line: int | None = None) -> DatasetMeta:
    """Build the :class:`DatasetMeta` of ``dataset.json``; only format version 1 is read."""
    f = _Fields(obj, file, line)
    fmt = f.string("format")
    if fmt != FORMAT:
        raise f.error(
            "format", f"unsupported format {shown_value(fmt)}; this reader reads {FORMAT!r}"
        )
    return DatasetMeta(
        municipality=f.string("municipality") or "",
        as_of=f.day("as_of", required=False),
        format=FORMAT,
        extra=f.extra(_META_KEYS),
    )


# --- the dataset ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Dataset:
    """A whole municipality: current centres and citizens, plus optional history.

    Build one with :func:`read_dataset` or :meth:`Dataset.from_dicts`; both validate every record
    and every cross-reference.
    """

    meta: DatasetMeta
    centres: tuple[Centre, ...]
    citizens: tuple[Citizen, ...]
    history: tuple[Placement, ...] = ()
    history_citizens: tuple[Citizen, ...] = ()
    history_centres: tuple[Centre, ...] = ()
    #: Source line of each record, for error messages raised after reading (cross-references).
    _lines: Mapping[tuple[str, int], int] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        _check_references(self)

    @classmethod
    def from_dicts(
        cls,
        meta: Mapping[str, Any],
        centres: Sequence[Any],
        citizens: Sequence[Any],
        history: Sequence[Any] = (),
        history_citizens: Sequence[Any] = (),
        history_centres: Sequence[Any] = (),
    ) -> Dataset:
        """Validate plain dicts in the exchange shape; errors name file and record position."""
        return cls(
            meta=parse_meta(dict(meta)),
            centres=tuple(parse_centre(o, CENTRES_FILE, i) for i, o in enumerate(centres, 1)),
            citizens=tuple(parse_citizen(o, CITIZENS_FILE, i) for i, o in enumerate(citizens, 1)),
            history=tuple(parse_placement(o, HISTORY_FILE, i) for i, o in enumerate(history, 1)),
            history_citizens=tuple(
                parse_citizen(o, HISTORY_CITIZENS_FILE, i)
                for i, o in enumerate(history_citizens, 1)
            ),
            history_centres=tuple(
                parse_centre(o, HISTORY_CENTRES_FILE, i) for i, o in enumerate(history_centres, 1)
            ),
        )

    def seats(self) -> Iterator[tuple[Centre, Seat]]:
        """Every current seat with its centre, in file order."""
        for centre in self.centres:
            for seat in centre.seats:
                yield centre, seat

    def citizen(self, citizen_id: str) -> Citizen:
        """The current citizen with this id (``KeyError`` if none)."""
        for c in self.citizens:
            if c.id == citizen_id:
                return c
        raise KeyError(citizen_id)


def _check_references(ds: Dataset) -> None:
    """Unique ids within and across files; every history row names a known citizen and seat."""
    lines = ds._lines

    def line_of(file: str, index: int) -> int:
        return lines.get((file, index), index + 1)

    def unique(file: str, ids: Sequence[str], seen: dict[str, str], what: str) -> None:
        for i, ident in enumerate(ids):
            if ident in seen:
                raise DatasetError(
                    file,
                    line_of(file, i),
                    "id",
                    f"duplicate {what} id {ident!r} (first in {seen[ident]})",
                )
            seen[ident] = file

    citizen_ids: dict[str, str] = {}
    unique(CITIZENS_FILE, [c.id for c in ds.citizens], citizen_ids, "citizen")
    unique(HISTORY_CITIZENS_FILE, [c.id for c in ds.history_citizens], citizen_ids, "citizen")
    centre_ids: dict[str, str] = {}
    unique(CENTRES_FILE, [c.id for c in ds.centres], centre_ids, "centre")
    unique(HISTORY_CENTRES_FILE, [c.id for c in ds.history_centres], centre_ids, "centre")
    seat_ids: dict[str, str] = {}
    for file, centres in ((CENTRES_FILE, ds.centres), (HISTORY_CENTRES_FILE, ds.history_centres)):
        for i, centre in enumerate(centres):
            for j, seat in enumerate(centre.seats):
                if seat.id in seat_ids:
                    raise DatasetError(
                        file,
                        line_of(file, i),
                        f"seats[{j}].id",
                        f"duplicate seat id {seat.id!r} (first in {seat_ids[seat.id]})",
                    )
                seat_ids[seat.id] = file
    for i, p in enumerate(ds.history):
        if p.citizen_id not in citizen_ids:
            raise DatasetError(
                HISTORY_FILE,
                line_of(HISTORY_FILE, i),
                "citizen_id",
                f"unknown citizen {p.citizen_id!r} (not in {CITIZENS_FILE} or {HISTORY_CITIZENS_FILE})",
            )
        if p.seat_id not in seat_ids:
            raise DatasetError(
                HISTORY_FILE,
                line_of(HISTORY_FILE, i),
                "seat_id",
                f"unknown seat {p.seat_id!r} (not in {CENTRES_FILE} or {HISTORY_CENTRES_FILE})",
            )


# --- files ---------------------------------------------------------------------------------------


def _read_jsonl(
    directory: Path,
    name: str,
    parse: Callable[[Any, str, int], Any],
    lines: dict[tuple[str, int], int],
) -> tuple[Any, ...]:
    path = directory / name
    if not path.exists():
        return ()
    records: list[Any] = []
    with _opened(path, name) as fh:
        for number, raw in enumerate(fh, 1):
            try:
                # "utf-8-sig": files saved by spreadsheet tools on Windows often start with a BOM
                text = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError:
                raise DatasetError(name, number, None, "line is not valid UTF-8") from None
            if not text.strip():
                continue
            obj = _json_line(text.rstrip("\r\n"), name, number)
            lines[(name, len(records))] = number
            records.append(parse(obj, name, number))
    return tuple(records)


def _opened(path: Path, name: str) -> IO[bytes]:
    """``path`` opened for reading bytes, or a :class:`DatasetError` that says why it cannot be."""
    if not path.is_file():
        raise DatasetError(name, None, None, "is not a file")
    try:
        return path.open("rb")
    except PermissionError:
        raise DatasetError(name, None, None, "cannot be read (no permission)") from None


def _json_line(text: str, name: str, number: int | None) -> Any:
    """One JSON document, or a :class:`DatasetError` naming the file, line and column."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        line = number if number is not None else exc.lineno
        raise DatasetError(
            name, line, None, f"malformed JSON ({exc.msg}, column {exc.colno})"
        ) from None
    except ValueError:  # an integer of thousands of digits
        raise DatasetError(name, number, None, "a number is too large") from None


def read_dataset(directory: str | os.PathLike[str]) -> Dataset:
    """Read and validate a dataset directory; raises :class:`DatasetError` on any bad input."""
    root = Path(directory)
    if not root.is_dir():
        raise DatasetError(str(root), None, None, "dataset directory not found")
    meta_path = root / META_FILE
    if not meta_path.exists():
        raise DatasetError(META_FILE, None, None, "file is missing; every dataset has one")
    with _opened(meta_path, META_FILE) as fh:
        try:
            meta_text = fh.read().decode("utf-8-sig")
        except UnicodeDecodeError:
            raise DatasetError(META_FILE, None, None, "file is not valid UTF-8") from None
    meta_obj = _json_line(meta_text, META_FILE, None)
    for required in (CENTRES_FILE, CITIZENS_FILE):
        if not (root / required).exists():
            raise DatasetError(required, None, None, "file is missing; every dataset has one")
    lines: dict[tuple[str, int], int] = {}
    return Dataset(
        meta=parse_meta(meta_obj),
        centres=_read_jsonl(root, CENTRES_FILE, parse_centre, lines),
        citizens=_read_jsonl(root, CITIZENS_FILE, parse_citizen, lines),
        history=_read_jsonl(root, HISTORY_FILE, parse_placement, lines),
        history_citizens=_read_jsonl(root, HISTORY_CITIZENS_FILE, parse_citizen, lines),
        history_centres=_read_jsonl(root, HISTORY_CENTRES_FILE, parse_centre, lines),
        _lines=lines,
    )


def _dump(obj: JsonDict) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def write_dataset(directory: str | os.PathLike[str], dataset: Dataset) -> Path:
    """Write ``dataset`` to ``directory`` atomically, replacing what was there.

    The files are written to a temporary sibling directory which then takes the target's place,
    so a reader never sees a half-written dataset and a failure leaves the old one intact.
    Optional history files are written only when they have records.
    """
    target = Path(directory).resolve()
    replaceable_directory(target, DATASET_FILES)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise OutputError(
            f"{directory}: cannot be created, a file is in the way of its directory"
        ) from None
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    try:
        (staging / META_FILE).write_text(
            json.dumps(dataset.meta.to_dict(), ensure_ascii=False, indent=2) + "\n",
            encoding="utf-8",
        )
        files: list[tuple[str, Sequence[Any], bool]] = [
            (CENTRES_FILE, dataset.centres, True),
            (CITIZENS_FILE, dataset.citizens, True),
            (HISTORY_FILE, dataset.history, False),
            (HISTORY_CITIZENS_FILE, dataset.history_citizens, False),
            (HISTORY_CENTRES_FILE, dataset.history_centres, False),
        ]
        for name, records, always in files:
            if records or always:
                with (staging / name).open("w", encoding="utf-8") as fh:
                    fh.writelines(_dump(r.to_dict()) + "\n" for r in records)
        for path in staging.iterdir():
            with path.open("rb") as fh:
                os.fsync(fh.fileno())
        _swap_into_place(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return target


def _swap_into_place(staging: Path, target: Path) -> None:
    if not target.exists():
        staging.rename(target)
        return
    backup = Path(tempfile.mkdtemp(prefix=f".{target.name}.old.", dir=target.parent))
    backup.rmdir()
    target.rename(backup)
    try:
        staging.rename(target)
    except BaseException:
        backup.rename(target)
        raise
    shutil.rmtree(backup, ignore_errors=True)
