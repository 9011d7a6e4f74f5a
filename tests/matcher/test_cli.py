"""The ``matcher`` command as a user runs it: exit codes, one-line errors, stdout vs stderr."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from matcher.cli import main
from matcher.domain import text_digest
from tests.matcher.sample import write_raw


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "matcher.cli", *args], capture_output=True, text=True, timeout=300
    )


def test_validate_prints_summary(sample_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(sample_dir)]) == 0
    out = capsys.readouterr().out
    assert "Dataset OK: Middelfart" in out
    assert "centres 2, seats 3, free places 4" in out
    assert "warehouse 2" in out and "shop 1" in out and "janitor 1" in out
    assert "history 2 placements (1 past citizens, 1 past centres)" in out
    assert "c-017: max_trial_persons 2 limits its 3 free places" in out


def test_validate_names_citizens_whose_needs_await_review(
    tmp_path: Path, sample_files: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    text = "Borger har KOL. Må ikke løfte over 10 kg."
    sample_files["citizens.jsonl"][1]["accommodations_text"] = text
    assert main(["validate", str(write_raw(tmp_path / "a", sample_files))]) == 0
    out = capsys.readouterr().out
    assert "1 citizen(s) have an accommodations text not fully understood" in out
    assert "e.g. b-0413" in out and "KOL" not in out

    sample_files["citizens.jsonl"][1]["accommodations_reviewed"] = {
        "text_sha256": text_digest(text)
    }
    assert main(["validate", str(write_raw(tmp_path / "b", sample_files))]) == 0
    assert "not fully understood" not in capsys.readouterr().out


def test_validate_warns_of_a_missing_date_and_of_citizens_with_no_needs_text_or_icf(
    tmp_path: Path, sample_files: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    citizen = sample_files["citizens.jsonl"][0]
    citizen.pop("accommodations_text", None)
    citizen["icf"] = []
    d = write_raw(tmp_path / "a", sample_files)
    meta = json.loads((d / "dataset.json").read_text())
    meta.pop("as_of")
    (d / "dataset.json").write_text(json.dumps(meta))
    assert main(["validate", str(d)]) == 0
    out = capsys.readouterr().out
    assert "dataset.json has no as_of" in out
    assert "neither an accommodations text nor ICF categories" in out and citizen["id"] in out


def test_validate_names_citizens_whose_licences_await_confirmation(
    tmp_path: Path, sample_files: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    cv = "Kontorelev 2010-2012. Har kørekort B, men ingen bil."
    sample_files["citizens.jsonl"][1]["cv_text"] = cv
    assert main(["validate", str(write_raw(tmp_path / "a", sample_files))]) == 0
    out = capsys.readouterr().out
    assert "1 citizen(s) have a licence read only from CV prose" in out and "e.g. b-0413" in out
    assert "ingen bil" not in out

    sample_files["citizens.jsonl"][1]["licences_confirmed"] = {
        "cv_sha256": text_digest(cv),
        "licences": ["B"],
    }
    assert main(["validate", str(write_raw(tmp_path / "b", sample_files))]) == 0
    assert "licence read only from CV prose" not in capsys.readouterr().out


def test_validate_names_citizens_with_a_task_suggestion_naming_no_area_or_turning_one_down(
    tmp_path: Path, sample_files: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", str(write_raw(tmp_path / "a", sample_files))]) == 0
    out = capsys.readouterr().out
    assert "names no task area" not in out and "turn a task area down" not in out
    sample_files["citizens.jsonl"][1]["task_suggestions"] += ["Noget med mennesker", "Ikke kasse"]
    assert main(["validate", str(write_raw(tmp_path / "b", sample_files))]) == 0
    out = capsys.readouterr().out
    assert "1 citizen(s) have a task suggestion that names no task area" in out
    assert "1 citizen(s) turn a task area down in their suggestions" in out
    assert "e.g. b-0413" in out and "mennesker" not in out


def test_validate_bad_input_exits_2_with_one_line(tmp_path: Path) -> None:
    d = write_raw(tmp_path / "bad")
    rows = (d / "citizens.jsonl").read_text().splitlines()
    first = json.loads(rows[0])
    first["icf"][0]["qualifier"] = 6
    (d / "citizens.jsonl").write_text("\n".join([json.dumps(first), *rows[1:]]) + "\n")
    result = run("validate", str(d))
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("matcher: citizens.jsonl:1: field 'icf[0].qualifier':")


def test_validate_missing_directory_exits_2(tmp_path: Path) -> None:
    result = run("validate", str(tmp_path / "nope"))
    assert result.returncode == 2 and "dataset directory not found" in result.stderr


def test_unknown_subcommand_exits_2() -> None:
    assert run("frobnicate").returncode == 2


@pytest.mark.parametrize("args", [("rank", "x", "--top", "abc"), (), ("frobnicate",)])
def test_an_argument_error_is_one_line(args: tuple[str, ...]) -> None:
    done = run(*args)
    assert done.returncode == 2 and done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1 and "--help" in done.stderr


def test_train_on_too_little_history_names_the_file(sample_dir: Path, tmp_path: Path) -> None:
    done = run("train", str(sample_dir), "--out", str(tmp_path / "m.bin"))
    assert done.returncode == 2
    assert "history.jsonl: cannot train on" in done.stderr and done.stdout == ""
    assert not (tmp_path / "m.bin").exists()


@pytest.mark.parametrize(
    ("flag", "given", "message"),
    [
        ("--citizen", "010190-1234", "unknown citizen id"),
        ("--seat", "c-nowhere", "unknown seat id 'c-nowhere'"),
    ],
)
def test_rank_rejects_an_unknown_id_before_any_model_work(
    sample_dir: Path, flag: str, given: str, message: str
) -> None:
    result = run("rank", str(sample_dir), flag, given)
    assert result.returncode == 2 and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, "no training or model loading happens before the id is checked"
    assert message in lines[0] and "1234" not in lines[0]
