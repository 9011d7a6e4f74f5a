"""The accommodation need: one skånehensyn in structured form, with where it came from."""

from __future__ import annotations

from dataclasses import dataclass

from features.vocabulary import ACCOMMODATION_CODES, NEED_SOURCES


@dataclass(frozen=True, slots=True)
class Need:
    """One accommodation need of a citizen.

    Parameters
    ----------
    code
        One of ``ACCOMMODATION_CODES``.
    value
        The limit for codes that carry one (kg, hours per week, minutes), else ``None``.
    source
        ``"text"``, ``"structured"`` or ``"icf"``.
    evidence
        The span of text (or the ICF code and qualifier) the need was read from; shown to the
        consultant, never logged.
    """

    code: str
    value: float | None = None
    source: str = "text"
    evidence: str = ""

    def __post_init__(self) -> None:
        if self.code not in ACCOMMODATION_CODES:
            raise ValueError(f"unknown accommodation code {self.code!r}")
        if self.source not in NEED_SOURCES:
            raise ValueError(f"unknown need source {self.source!r}")
        takes_value = ACCOMMODATION_CODES[self.code] is not None
        if takes_value and self.value is None:
            raise ValueError(f"accommodation code {self.code!r} needs a value")
        if not takes_value and self.value is not None:
            raise ValueError(f"accommodation code {self.code!r} takes no value")
