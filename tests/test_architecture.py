"""The layering of ARCHITECTURE.md: features/ and solver/ are pure, nothing imports service/ or benchmarks/."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
OURS = {"matcher", "features", "solver", "service", "benchmarks", "tests"}
ALLOWED = {
    "features": {"features"},
    "solver": {"solver"},
    "matcher": {"matcher", "features", "solver"},
    "service": {"service", "matcher", "features", "solver"},
    "benchmarks": {"benchmarks", "matcher", "features", "solver"},
}


def imported_packages(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
    return found & OURS


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_package_imports_only_what_it_may(package: str) -> None:
    offenders = {
        str(path.relative_to(ROOT)): sorted(imported_packages(path) - ALLOWED[package])
        for path in (ROOT / package).rglob("*.py")
        if imported_packages(path) - ALLOWED[package]
    }
    assert not offenders, f"{package}/ imports what it must not: {offenders}"


def test_the_check_would_catch_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("import numpy\nfrom matcher.dataset import read_dataset\nimport service.app\n")
    assert imported_packages(bad) == {"matcher", "service"}
