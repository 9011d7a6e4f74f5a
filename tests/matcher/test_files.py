"""Output files: written whole, through links and devices, never over what is not ours."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from matcher.cli import main
from matcher.dataset import read_dataset, write_dataset
from matcher.files import OutputError, atomic_write
from tests.matcher.sample import FILES, write_raw


def test_a_link_is_written_through_and_stays_a_link(tmp_path: Path) -> None:
    (tmp_path / "real.json").write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to("real.json")
    atomic_write(link, lambda fh: fh.write("new"))
    assert link.is_symlink() and (tmp_path / "real.json").read_text() == "new"


def test_a_device_is_written_to_not_replaced() -> None:
    before = os.stat("/dev/null")
    atomic_write("/dev/null", lambda fh: fh.write("nothing"))
    after = os.stat("/dev/null")
    assert (after.st_mode, after.st_rdev) == (before.st_mode, before.st_rdev)


def test_a_directory_or_a_file_in_the_way_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="is a directory"):
        atomic_write(tmp_path, lambda fh: fh.write("x"))
    (tmp_path / "plain").write_text("keep")
    with pytest.raises(OutputError, match="a file is in the way"):
        atomic_write(tmp_path / "plain" / "out.json", lambda fh: fh.write("x"))
    assert (tmp_path / "plain").read_text() == "keep"


def test_writing_a_dataset_never_deletes_other_files(tmp_path: Path) -> None:
    dataset = read_dataset(write_raw(tmp_path / "sample", FILES))
    precious = tmp_path / "precious"
    (precious / "sub").mkdir(parents=True)
    (precious / "thesis.txt").write_text("important")
    with pytest.raises(OutputError, match="not part of a dataset"):
        write_dataset(precious, dataset)
    assert (precious / "thesis.txt").read_text() == "important" and (precious / "sub").is_dir()
    # an earlier dataset (or an empty directory) is replaced
    again = write_dataset(tmp_path / "sample", dataset)
    assert read_dataset(again).citizens == dataset.citizens
    (tmp_path / "empty").mkdir()
    write_dataset(tmp_path / "empty", dataset)


def test_generate_refuses_a_directory_of_other_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "notes.txt").write_text("keep")
    status = main(["generate", "--out", str(tmp_path), "--citizens", "3", "--centres", "1"])
    assert status == 2 and (tmp_path / "notes.txt").read_text() == "keep"
    assert "not part of a dataset" in capsys.readouterr().err
