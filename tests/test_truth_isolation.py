"""The product never reads the generator's hidden truth; only ``benchmarks/`` may.

``matcher.synthetic`` writes ``<dataset>.truth.npz`` next to a generated dataset. If the product
(``matcher/``, ``features/``, ``solver/``, ``service/``) read it, or used the truth functions, every
quality benchmark would be measuring the answers it was given. Two checks:

* statically, with ``ast``: no product module imports ``benchmarks``; outside
  ``matcher/synthetic.py`` no product module names the truth API or spells the truth file suffix;
  and no product module (``synthetic.py`` included) calls a file-reading function on anything
  that mentions the truth;
* dynamically: the product's own commands run over a generated dataset while an audit hook
  records every file opened; the truth file is never among them.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PRODUCT = ("matcher", "features", "solver", "service")
WRITER = Path("matcher") / "synthetic.py"
#: Names that give access to the truth; only the generator (which writes the truth) uses them.
TRUTH_API = {
    "WorldTruth", "TruthParams", "true_probability", "true_conflict", "truth_path_for",
    "TRUTH_SUFFIX", "load_truth", "Truth",
}  # fmt: skip
#: Calls that read a file (by function or method name).
READERS = {
    "load", "loads", "loadtxt", "genfromtxt", "fromfile", "memmap", "open", "read_text",
    "read_bytes", "load_truth", "read_csv", "NpzFile",
}  # fmt: skip


def violations(path: Path, relative: Path) -> list[str]:
    """Every way ``path`` (at ``relative`` inside the repository) could reach the truth."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    is_writer = relative == WRITER
    found: list[str] = []
    for node in ast.walk(tree):
        where = f"{relative}:{getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "benchmarks":
                    found.append(f"{where} imports benchmarks")
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.level == 0 and node.module.split(".")[0] == "benchmarks":
                found.append(f"{where} imports benchmarks")
            if not is_writer and any(a.name in TRUTH_API for a in node.names):
                found.append(f"{where} imports the truth API")
        elif isinstance(node, ast.Name | ast.Attribute) and not is_writer:
            name = node.id if isinstance(node, ast.Name) else node.attr
            if name in TRUTH_API:
                found.append(f"{where} uses {name}")
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and not is_writer
            and ".truth" in node.value.lower()
        ):
            found.append(f"{where} spells the truth file name")
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in READERS:
                args = " ".join(ast.unparse(a) for a in (*node.args, *node.keywords))
                target = ast.unparse(func.value) if isinstance(func, ast.Attribute) else ""
                if "truth" in (args + " " + target).lower():
                    found.append(f"{where} reads the truth ({ast.unparse(node)[:60]})")
    return found


def product_files() -> list[Path]:
    return [p for package in PRODUCT for p in sorted((ROOT / package).rglob("*.py"))]


def test_product_code_never_reaches_for_the_truth() -> None:
    files = product_files()
    assert any(p.relative_to(ROOT) == WRITER for p in files)
    found = [v for p in files for v in violations(p, p.relative_to(ROOT))]
    assert not found, "\n".join(found)


@pytest.mark.parametrize(
    "source, relative",
    [
        ("import numpy as np\nx = np.load(truth_path_for(d))\n", "matcher/ranking.py"),
        ("from benchmarks.truth import load_truth\n", "matcher/model.py"),
        ("import benchmarks.truth\n", "service/app.py"),
        ("p = str(d) + '.truth.npz'\n", "features/pairs.py"),
        ("from matcher.synthetic import true_probability\n", "matcher/training.py"),
        ("import numpy as np\narrays = np.load(self.truth_file)\n", "matcher/synthetic.py"),
        ("with open(truth_path) as fh:\n    pass\n", "matcher/synthetic.py"),
    ],
)
def test_the_check_catches_each_way_in(tmp_path: Path, source: str, relative: str) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(source, encoding="utf-8")
    assert violations(bad, Path(relative))


def test_the_writer_may_write_but_the_check_still_sees_reads(tmp_path: Path) -> None:
    ok = tmp_path / "ok.py"
    ok.write_text(
        "import numpy as np\nnp.savez_compressed(buf, **truth.to_arrays())\n"
        "path = truth_path_for(out)\nrows = _POSTCODES_FILE.open()\n",
        encoding="utf-8",
    )
    assert violations(ok, WRITER) == []


_RUNNER = textwrap.dedent(
    """
    import json, os, sys
    from pathlib import Path

    opened = []

    def hook(event, args):
        if event == "open" and args and isinstance(args[0], (str, bytes, os.PathLike)):
            opened.append(os.fsdecode(args[0]))

    from matcher.synthetic import generate

    out = Path(sys.argv[1])
    generate(out, n_citizens=60, n_centres=12, seed=5)
    truth_file = out.parent / (out.name + ".truth.npz")
    assert truth_file.exists()
    sys.addaudithook(hook)
    from matcher import cli

    results = {}
    for argv in (["validate", str(out)], ["profiles", str(out)], ["train", str(out), "--out",
                 str(out.parent / "model.bin")]):
        try:
            results[argv[0]] = cli.main(argv)
        except SystemExit as exc:
            results[argv[0]] = exc.code
        except Exception as exc:  # a command broken for other reasons is another test's concern
            results[argv[0]] = type(exc).__name__
    print(json.dumps({"opened": opened, "results": results}))
    """
)


def test_running_the_product_never_opens_the_truth_file(tmp_path: Path) -> None:
    out = tmp_path / "world"
    proc = subprocess.run(
        [sys.executable, "-c", _RUNNER, str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    assert report["results"]["validate"] == 0, report["results"]
    opened = report["opened"]
    assert any(p.endswith("citizens.jsonl") for p in opened), "the hook saw the product read data"
    assert not [p for p in opened if "truth" in Path(p).name], opened
