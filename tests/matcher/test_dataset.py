"""The dataset reader and writer: exact format, lossless round trip, one clear error per bad input."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from matcher.dataset import Dataset, looks_like_cpr, read_dataset, write_dataset
from matcher.domain import text_digest
from matcher.errors import DatasetError
from tests.matcher.sample import META, write_raw

# CPR-shaped test values are assembled at run time so that no such literal sits in the tree.
CPR_DASHED = "0101" + "90-1234"
CPR_TEN = "0101" + "901234"


def without_empty(value: Any) -> Any:
    """Drop empty optional values: the writer always writes list and text fields, even empty."""
    if isinstance(value, dict):
        return {k: without_empty(v) for k, v in value.items() if v not in ({}, [], "")}
    if isinstance(value, list):
        return [without_empty(v) for v in value]
    return value


def read_rows(path: Path) -> list[dict[str, Any]]:
    text = path.read_text(encoding="utf-8")
    return [without_empty(json.loads(line)) for line in text.splitlines() if line]


def test_reads_every_file(sample_dir: Path) -> None:
    ds = read_dataset(sample_dir)
    assert ds.meta.municipality == "Middelfart"
    assert [c.id for c in ds.centres] == ["c-017", "c-021"]
    assert [s.id for _, s in ds.seats()] == ["c-017-lager", "c-017-kasse", "c-021-pedel"]
    assert [c.id for c in ds.citizens] == ["b-0412", "b-0413"]
    assert len(ds.history) == 2 and ds.history[0].outcome == "completed"
    assert ds.history_citizens[0].id == "b-0099"
    assert ds.history_centres[0].seats[0].capacity == 0
    citizen = ds.citizen("b-0412")
    assert citizen.icf[1].note == "angst" and citizen.accommodations[0].value == 10
    assert ds.centres[0].max_trial_persons == 2


def test_missing_demand_is_unknown_not_zero(sample_dir: Path) -> None:
    ds = read_dataset(sample_dir)
    kasse = ds.centres[0].seats[1]
    assert "noise" not in kasse.demands and kasse.demands["customer_contact"] == 4


def test_round_trip_is_lossless(sample_dir: Path, tmp_path: Path) -> None:
    out = write_dataset(tmp_path / "copy", read_dataset(sample_dir))
    for name in ("centres.jsonl", "citizens.jsonl", "history.jsonl", "history_citizens.jsonl",
                 "history_centres.jsonl"):  # fmt: skip
        assert read_rows(out / name) == read_rows(sample_dir / name), name
    assert json.loads((out / "dataset.json").read_text()) == META
    assert read_dataset(out) == read_dataset(sample_dir)


def test_write_replaces_atomically_and_keeps_old_on_failure(
    sample_dir: Path, tmp_path: Path
) -> None:
    target = write_dataset(tmp_path / "out", read_dataset(sample_dir))
    before = {p.name: p.read_bytes() for p in target.iterdir()}

    class Boom(Exception):
        pass

    class Exploding:
        def to_dict(self) -> dict[str, Any]:
            raise Boom

    ds = read_dataset(sample_dir)
    broken = Dataset.__new__(Dataset)
    object.__setattr__(broken, "meta", ds.meta)
    object.__setattr__(broken, "centres", ds.centres)
    object.__setattr__(broken, "citizens", (*ds.citizens, Exploding()))
    object.__setattr__(broken, "history", ())
    object.__setattr__(broken, "history_citizens", ())
    object.__setattr__(broken, "history_centres", ())
    with pytest.raises(Boom):
        write_dataset(target, broken)
    assert {p.name: p.read_bytes() for p in target.iterdir()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "sample"], "no staging left behind"


def test_from_dicts_validates_like_the_reader(sample_files: dict[str, Any]) -> None:
    sample_files["citizens.jsonl"][1]["transport"] = "horse"
    with pytest.raises(DatasetError) as err:
        Dataset.from_dicts(META, sample_files["centres.jsonl"], sample_files["citizens.jsonl"])
    assert (err.value.file, err.value.line, err.value.field) == ("citizens.jsonl", 2, "transport")


def test_a_byte_order_mark_and_windows_line_ends_are_read(
    tmp_path: Path, sample_dir: Path, sample_files: dict[str, Any]
) -> None:
    """Files saved by spreadsheet tools on Windows: a UTF-8 BOM and CRLF line ends."""
    d = write_raw(tmp_path / "windows", sample_files)
    for path in d.iterdir():
        text = path.read_text(encoding="utf-8")
        path.write_bytes(("\ufeff" + text.replace("\n", "\r\n")).encode("utf-8"))
    assert read_dataset(d) == read_dataset(sample_dir)


def error_for(tmp_path: Path, files: dict[str, Any]) -> DatasetError:
    with pytest.raises(DatasetError) as err:
        read_dataset(write_raw(tmp_path / "bad", files))
    return err.value


def test_malformed_json_line(tmp_path: Path, sample_files: dict[str, Any]) -> None:
    d = write_raw(tmp_path / "bad", sample_files)
    lines = (d / "citizens.jsonl").read_text().splitlines()
    lines[1] = lines[1][:-5]
    (d / "citizens.jsonl").write_text("\n".join(lines) + "\n")
    with pytest.raises(DatasetError) as err:
        read_dataset(d)
    assert err.value.file == "citizens.jsonl" and err.value.line == 2
    assert "malformed JSON" in str(err.value)
    column = int(str(err.value).rsplit("column ", 1)[1].rstrip(")"))
    assert 1 < column <= len(lines[1])  # on the line, not past its line break


def test_unreadable_files_and_numbers_are_bad_input(
    tmp_path: Path, sample_files: dict[str, Any]
) -> None:
    """Not an internal error: a bad line's encoding, a directory where a file should be, and a
    number too large even to show each name the file (and line)."""
    d = write_raw(tmp_path / "bad", sample_files)
    raw = (d / "citizens.jsonl").read_bytes().split(b"\n")
    raw[1] = raw[1].replace(b'"', b'"\xff', 1)
    (d / "citizens.jsonl").write_bytes(b"\n".join(raw))
    with pytest.raises(DatasetError, match=r"citizens\.jsonl:2: line is not valid UTF-8"):
        read_dataset(d)
    (d / "citizens.jsonl").unlink()
    (d / "citizens.jsonl").mkdir()
    with pytest.raises(DatasetError, match=r"citizens\.jsonl: is not a file"):
        read_dataset(d)
    sample_files["citizens.jsonl"][0]["age"] = 10**400
    with pytest.raises(DatasetError, match=r"field 'age'.*a number of 401 digits"):
        read_dataset(write_raw(tmp_path / "huge", sample_files))


def test_missing_required_field(tmp_path: Path, sample_files: dict[str, Any]) -> None:
    del sample_files["centres.jsonl"][1]["seats"][0]["capacity"]
    e = error_for(tmp_path, sample_files)
    assert (e.file, e.line, e.field) == ("centres.jsonl", 2, "seats[0].capacity")
    assert "required field is missing" in e.reason


def test_wrong_type(tmp_path: Path, sample_files: dict[str, Any]) -> None:
    sample_files["citizens.jsonl"][0]["hours_per_week"] = "tolv"
    e = error_for(tmp_path, sample_files)
    assert (e.file, e.line, e.field) == ("citizens.jsonl", 1, "hours_per_week")
    assert "expected a number, got a string" in e.reason
    assert "tolv" not in str(e), "free text values are not echoed"


def test_boolean_is_not_a_number(tmp_path: Path, sample_files: dict[str, Any]) -> None:
    sample_files["centres.jsonl"][0]["seats"][0]["demands"]["standing"] = True
    e = error_for(tmp_path, sample_files)
    assert e.field == "seats[0].demands.standing" and "integer" in e.reason


def test_unknown_vocabulary_value(tmp_path: Path, sample_files: dict[str, Any]) -> None:
    sample_files["centres.jsonl"][0]["seats"][1]["task_area"] = "Warehuose"
    e = error_for(tmp_path, sample_files)
    assert (e.file, e.line, e.field) == ("centres.jsonl", 1, "seats[1].task_area")
    assert "unknown value 'Warehuose' (did you mean 'warehouse'?)" in e.reason
    assert "expected one of" in e.reason


def test_unknown_value_in_a_list(tmp_path: Path, sample_files: dict[str, Any]) -> None:
    sample_files["centres.jsonl"][0]["seats"][0]["shifts"] = ["day", "siesta"]
    e = error_for(tmp_path, sample_files)
    assert e.field == "seats[0].shifts[1]"


def test_unknown_accommodation_code(tmp_path: Path, sample_files: dict[str, Any]) -> None:
    sample_files["citizens.jsonl"][0]["accommodations"] = [{"code": "no_mondays"}]
    e = error_for(tmp_path, sample_files)
    assert e.field == "accommodations[0].code"


def test_a_needs_review_is_read_checked_and_written_back(
    tmp_path: Path, sample_files: dict[str, Any]
) -> None:
    text = sample_files["citizens.jsonl"][0]["accommodations_text"]
    review = {"text_sha256": text_digest(text), "by": "k-07", "on": "2026-12-01"}
    sample_files["citizens.jsonl"][0]["accommodations_reviewed"] = review
    write_raw(tmp_path / "ok", sample_files)
    citizen = read_dataset(tmp_path / "ok").citizen("b-0412")
    assert citizen.accommodations_reviewed is not None
    assert citizen.accommodations_reviewed.covers(text)
    assert citizen.to_dict()["accommodations_reviewed"] == review

    for bad, field in [
        ({**review, "text_sha256": "ABC"}, "accommodations_reviewed.text_sha256"),
        ({"by": "k-07"}, "accommodations_reviewed.text_sha256"),
        ({**review, "on": "1. december"}, "accommodations_reviewed.on"),
        ({**review, "by": CPR_TEN}, "accommodations_reviewed.by"),
        (True, "accommodations_reviewed"),
    ]:
        sample_files["citizens.jsonl"][0]["accommodations_reviewed"] = bad
        e = error_for(tmp_path / field, sample_files)
        assert (e.file, e.line, e.field) == ("citizens.jsonl", 1, field)
        assert CPR_TEN not in str(e)


def test_a_licence_confirmation_is_read_checked_and_written_back(
    tmp_path: Path, sample_files: dict[str, Any]
) -> None:
    cv = sample_files["citizens.jsonl"][0]["cv_text"]
    word = {"cv_sha256": text_digest(cv), "licences": ["B"], "by": "k-07", "on": "2026-12-06"}
    sample_files["citizens.jsonl"][0]["licences_confirmed"] = word
    write_raw(tmp_path / "ok", sample_files)
    citizen = read_dataset(tmp_path / "ok").citizen("b-0412")
    assert citizen.licences_confirmed is not None and citizen.licences_confirmed.covers(cv)
    assert citizen.to_dict()["licences_confirmed"] == word

    for bad, field in [
        ({**word, "cv_sha256": "ABC"}, "licences_confirmed.cv_sha256"),
        ({**word, "licences": ["B", "pilot"]}, "licences_confirmed.licences[1]"),
        ({"cv_sha256": word["cv_sha256"]}, "licences_confirmed.licences"),
        ({**word, "by": CPR_TEN}, "licences_confirmed.by"),
        ([], "licences_confirmed"),
    ]:
        sample_files["citizens.jsonl"][0]["licences_confirmed"] = bad
        e = error_for(tmp_path / field.replace("[", "_").replace("]", ""), sample_files)
        assert (e.file, e.line, e.field) == ("citizens.jsonl", 1, field)
        assert CPR_TEN not in str(e)


def test_valued_accommodation_needs_a_value(tmp_path: Path, sample_files: dict[str, Any]) -> None:
    sample_files["citizens.jsonl"][0]["accommodations"] = [{"code": "max_hours_per_week"}]
    e = error_for(tmp_path, sample_files)
    assert e.field == "accommodations[0].value" and "missing" in e.reason


@pytest.mark.parametrize("qualifier", [5, -1, 7, 10])
def test_icf_qualifier_outside_range(
    tmp_path: Path, sample_files: dict[str, Any], qualifier: int
) -> None:
    sample_files["citizens.jsonl"][0]["icf"][0]["qualifier"] = qualifier
    e = error_for(tmp_path, sample_files)
    assert (e.file, e.line, e.field) == ("citizens.jsonl", 1, "icf[0].qualifier")


@pytest.mark.parametrize("qualifier", [0, 4, 8, 9])
def test_icf_qualifiers_accepted(
    tmp_path: Path, sample_files: dict[str, Any], qualifier: int
) -> None:
    sample_files["citizens.jsonl"][0]["icf"][0]["qualifier"] = qualifier
    read_dataset(write_raw(tmp_path / "ok", sample_files))


def test_unknown_icf_code(tmp_path: Path, sample_files: dict[str, Any]) -> None:
    sample_files["citizens.jsonl"][1]["icf"][0]["code"] = "d9999"
    e = error_for(tmp_path, sample_files)
    assert (e.line, e.field) == (2, "icf[0].code") and "unknown ICF code" in e.reason


def test_a_code_field_holding_free_text_is_not_echoed(
    tmp_path: Path, sample_files: dict[str, Any]
) -> None:
    """A caseworker's health text typed into a code field never reaches an error message."""
    sample_files["citizens.jsonl"][1]["icf"][0]["code"] = "angst efter overgreb"
    e = error_for(tmp_path, sample_files)
    assert e.field == "icf[0].code" and "angst" not in str(e) and "not shown" in e.reason


def test_a_word_like_no_value_of_a_vocabulary_is_not_echoed(
    tmp_path: Path, sample_files: dict[str, Any]
) -> None:
    """One word in a code field may be a diagnosis; only a slip of a known value is shown."""
    sample_files["citizens.jsonl"][1]["icf"][0]["code"] = "epilepsi"
    e = error_for(tmp_path, sample_files)
    assert "epilepsi" not in str(e) and "(a text of 8 characters, not shown)" in e.reason
    sample_files["citizens.jsonl"][1]["icf"][0]["code"] = "d4154"
    sample_files["citizens.jsonl"][1]["target_group"] = "epilepsi"
    e = error_for(tmp_path, sample_files)
    assert e.field == "target_group" and "epilepsi" not in str(e)


def test_negative_capacity(tmp_path: Path, sample_files: dict[str, Any]) -> None:
    sample_files["centres.jsonl"][0]["seats"][1]["capacity"] = -1
    e = error_for(tmp_path, sample_files)
    assert (e.file, e.line, e.field) == ("centres.jsonl", 1, "seats[1].capacity")
    assert "at least 0" in e.reason


def test_duplicate_citizen_id(tmp_path: Path, sample_files: dict[str, Any]) -> None:
    sample_files["citizens.jsonl"][1]["id"] = "b-0412"
    e = error_for(tmp_path, sample_files)
    assert (e.file, e.line, e.field) == ("citizens.jsonl", 2, "id") and "duplicate" in e.reason


def test_duplicate_across_current_and_history(tmp_path: Path, sample_files: dict[str, Any]) -> None:
    sample_files["history_citizens.jsonl"][0]["id"] = "b-0413"
    e = error_for(tmp_path, sample_files)
    assert e.file == "history_citizens.jsonl" and "first in citizens.jsonl" in e.reason


def test_duplicate_seat_id(tmp_path: Path, sample_files: dict[str, Any]) -> None:
    sample_files["centres.jsonl"][1]["seats"][0]["id"] = "c-017-lager"
    e = error_for(tmp_path, sample_files)
    assert (e.file, e.line, e.field) == ("centres.jsonl", 2, "seats[0].id")


def test_history_names_unknown_citizen(tmp_path: Path, sample_files: dict[str, Any]) -> None:
    sample_files["history.jsonl"][1]["citizen_id"] = "b-9999"
    e = error_for(tmp_path, sample_files)
    assert (e.file, e.line, e.field) == ("history.jsonl", 2, "citizen_id")


def test_history_names_unknown_seat(tmp_path: Path, sample_files: dict[str, Any]) -> None:
    sample_files["history.jsonl"][0]["seat_id"] = "c-404"
    e = error_for(tmp_path, sample_files)
    assert (e.file, e.line, e.field) == ("history.jsonl", 1, "seat_id")


def test_history_without_history_files_is_an_error(
    tmp_path: Path, sample_files: dict[str, Any]
) -> None:
    del sample_files["history_citizens.jsonl"]
    e = error_for(tmp_path, sample_files)
    assert e.file == "history.jsonl" and "b-0099" in e.reason


def test_history_end_before_start(tmp_path: Path, sample_files: dict[str, Any]) -> None:
    sample_files["history.jsonl"][0]["end"] = "2024-01-01"
    e = error_for(tmp_path, sample_files)
    assert e.field == "end"


@pytest.mark.parametrize("cpr", [CPR_DASHED, CPR_TEN, "b-" + CPR_TEN])
@pytest.mark.parametrize(
    ("file", "path"),
    [
        ("citizens.jsonl", ("id",)),
        ("centres.jsonl", ("id",)),
        ("history.jsonl", ("citizen_id",)),
        ("citizens.jsonl", ("consultant",)),
    ],
)
def test_cpr_shaped_identifier_rejected_without_echo(
    tmp_path: Path, sample_files: dict[str, Any], cpr: str, file: str, path: tuple[str, ...]
) -> None:
    sample_files[file][0][path[0]] = cpr
    e = error_for(tmp_path, sample_files)
    assert e.file == file and e.line == 1 and e.field == path[0]
    assert "CPR" in e.reason
    assert cpr not in str(e) and CPR_TEN not in str(e) and "1234" not in str(e)


def test_cpr_shaped_seat_id_rejected(tmp_path: Path, sample_files: dict[str, Any]) -> None:
    sample_files["centres.jsonl"][1]["seats"][0]["id"] = CPR_DASHED
    e = error_for(tmp_path, sample_files)
    assert e.field == "seats[0].id" and CPR_DASHED not in str(e)


def test_looks_like_cpr() -> None:
    assert looks_like_cpr(CPR_DASHED) and looks_like_cpr(CPR_TEN)
    assert not looks_like_cpr("b-0412") and not looks_like_cpr("c-017-lager")
    assert not looks_like_cpr("12345678901"), "eleven digits is not a CPR number"
    assert not looks_like_cpr("3213" + "90-1234"), "no month 13"
    assert looks_like_cpr("b-0101" + "90 1234") and looks_like_cpr("0101" + "90/1234")


def test_wrong_format_version(tmp_path: Path) -> None:
    d = write_raw(tmp_path / "v2")
    (d / "dataset.json").write_text(json.dumps({**META, "format": "matcher-dataset/2"}))
    with pytest.raises(DatasetError) as err:
        read_dataset(d)
    assert err.value.file == "dataset.json" and err.value.field == "format"


def test_missing_required_file(tmp_path: Path) -> None:
    d = write_raw(tmp_path / "nocentres")
    (d / "centres.jsonl").unlink()
    with pytest.raises(DatasetError) as err:
        read_dataset(d)
    assert err.value.file == "centres.jsonl"


def test_record_that_is_not_an_object(tmp_path: Path) -> None:
    d = write_raw(tmp_path / "list")
    (d / "citizens.jsonl").write_text("[1, 2]\n")
    with pytest.raises(DatasetError) as err:
        read_dataset(d)
    assert (err.value.line, "expected a JSON object") == (1, err.value.reason.split(",")[0])


def test_blank_lines_are_skipped_and_line_numbers_stay_physical(
    tmp_path: Path, sample_files: dict[str, Any]
) -> None:
    d = write_raw(tmp_path / "blank", sample_files)
    rows = (d / "citizens.jsonl").read_text().splitlines()
    broken = json.loads(rows[1])
    broken["complex"] = "yes"
    (d / "citizens.jsonl").write_text(rows[0] + "\n\n" + json.dumps(broken) + "\n")
    with pytest.raises(DatasetError) as err:
        read_dataset(d)
    assert (err.value.line, err.value.field) == (3, "complex")


def test_one_line_message_names_file_line_field(
    tmp_path: Path, sample_files: dict[str, Any]
) -> None:
    sample_files["centres.jsonl"][0]["seats"][1]["capacity"] = -3
    e = error_for(tmp_path, sample_files)
    assert str(e) == "centres.jsonl:1: field 'seats[1].capacity': must be at least 0, got -3"
    assert "\n" not in str(e)


def test_absurd_capacity_is_refused(tmp_path: Path, sample_files: dict[str, Any]) -> None:
    sample_files["centres.jsonl"][0]["seats"][0]["capacity"] = 10**30
    e = error_for(tmp_path, sample_files)
    assert str(e) == (
        "centres.jsonl:1: field 'seats[0].capacity': must be at most 100000, got (a number of 31 digits)"
    )


def test_a_number_of_cpr_size_is_not_echoed(tmp_path: Path, sample_files: dict[str, Any]) -> None:
    """A CPR number typed as a JSON number (its leading zero lost or not) never reaches an error."""
    for number in (1201901234, 101901234):
        sample_files["citizens.jsonl"][1]["age"] = number
        e = error_for(tmp_path, sample_files)
        assert e.field == "age" and str(number) not in str(e) and "CPR size" in e.reason
        sample_files["citizens.jsonl"][1]["age"] = 40
        sample_files["citizens.jsonl"][1]["target_group"] = number
        e = error_for(tmp_path, sample_files)
        assert e.field == "target_group" and str(number) not in str(e)
        del sample_files["citizens.jsonl"][1]["target_group"]
