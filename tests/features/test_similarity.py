"""Text similarity: the embedding contract, Danish behaviour and measured quality floors."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from benchmarks.similarity_quality import PAIRS_PATH, evaluate, load_pairs
from features.similarity import (
    APPROACHES,
    CONCEPTS,
    DEFAULT_APPROACH,
    N_CONCEPT_DIMS,
    Embedder,
    clauses,
    default_embedder,
    explain_concepts,
    token_concepts,
)
from features.vocabulary import TASK_AREAS

ROOT = Path(__file__).resolve().parents[2]


def sim(a: str, b: str, embedder: Embedder | None = None) -> float:
    """Cosine similarity of two texts embedded in *separate* calls, as in production."""
    emb = embedder or default_embedder()
    return float(emb.transform([a])[0] @ emb.transform([b])[0])


# --- the contract ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(APPROACHES))
def test_shape_dtype_and_unit_rows(name: str) -> None:
    emb = APPROACHES[name]()
    texts = ["Lagermedhjælper. Varemodtagelse.", "Rengøring", "Kassedame i Netto 2001-2009"]
    v = emb.transform(texts)
    assert v.shape == (3, emb.dim)
    assert v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)


@pytest.mark.parametrize("name", sorted(APPROACHES))
@pytest.mark.parametrize("text", ["", "   ", "2001-2009, 12.", "og i af til med", "ikke lager"])
def test_text_without_content_gives_zero_row(name: str, text: str) -> None:
    v = APPROACHES[name]().transform([text, "Lagerarbejde"])
    assert not v[0].any()
    assert np.linalg.norm(v[1]) == pytest.approx(1.0, abs=1e-5)


def test_empty_batch() -> None:
    emb = default_embedder()
    assert emb.transform([]).shape == (0, emb.dim)


@pytest.mark.parametrize("name", sorted(APPROACHES))
def test_identical_texts_have_similarity_one(name: str) -> None:
    text = "Opfyldning af varer. Prismærkning. Kantinearbejde."
    assert sim(text, text, APPROACHES[name]()) == pytest.approx(1.0, abs=1e-5)


def test_default_is_cached_and_deterministic_across_calls_and_batches() -> None:
    assert default_embedder() is default_embedder()
    emb = default_embedder()
    text = "Køkkenhjælp, opvask og rengøring i kantine"
    alone = emb.transform([text])[0]
    in_batch = emb.transform(["Chauffør med kørekort B", text, "Pædagogmedhjælper"])[1]
    fresh = APPROACHES[DEFAULT_APPROACH]().transform([text])[0]
    assert np.array_equal(alone, in_batch)
    assert np.array_equal(alone, fresh)


def test_deterministic_across_processes() -> None:
    """Seats and citizens are embedded in different processes: Python's string-hash seed must not
    matter."""
    code = (
        "from features.similarity import default_embedder;"
        "v = default_embedder().transform(['Lagermedhjælper, varemodtagelse og pakning']);"
        "print(repr(v.tobytes().hex()))"
    )
    outputs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run(
            [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
        )
        assert out.returncode == 0, out.stderr
        outputs.add(out.stdout)
    here = default_embedder().transform(["Lagermedhjælper, varemodtagelse og pakning"])
    assert outputs == {repr(here.tobytes().hex()) + "\n"}


def test_parameters_are_validated() -> None:
    with pytest.raises(ValueError):
        Embedder(char_weight=0.0)
    with pytest.raises(ValueError):
        Embedder(char_weight=-1.0)
    with pytest.raises(ValueError):
        Embedder(concept_weight=1.0, dim=N_CONCEPT_DIMS)


# --- Danish behaviour -----------------------------------------------------------------------

UNRELATED = "Pædagogmedhjælper i børnehave, lege med børnene"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Rengøring", "Gøre rent"),
        ("Rengøring af kontorer", "Rengøre kontoret"),
        ("Pakke varer", "Pakkeri"),
        ("Sortering af returvarer", "Sortere returflasker"),
        ("Opvask", "Vaske op"),
        ("Slå græs", "Græsslåning"),
        ("Opfyldning af varer", "Fylde varer op på hylderne"),
        ("Kassemedarbejder", "Kassedame"),
        ("Lagerarbejde", "Lagermedhjælper"),
        ("Køkkenmedhjælper", "Køkkenassistent i storkøkken"),
    ],
)
def test_inflections_compounds_and_phrasings_meet(a: str, b: str) -> None:
    close = sim(a, b)
    assert close >= 0.5, (a, b, close)
    assert close > sim(a, UNRELATED) + 0.3


def test_danish_letters_typed_without_them_compare_equal() -> None:
    assert sim(
        "Rengøring i køkken, hjælp til ældre", "Rengoering i koekken, hjaelp til aeldre"
    ) == (pytest.approx(1.0, abs=1e-5))


def test_years_and_numbers_do_not_matter() -> None:
    assert sim("Kassemedarbejder i Netto 2001-2009", "Kassemedarbejder i Netto") == pytest.approx(
        1.0, abs=1e-5
    )


def test_a_wish_not_to_do_something_is_not_similarity() -> None:
    citizen = "Ønsker ikke rengøring pga. allergi. Gerne lager eller pakning."
    cleaning = "Rengøringsassistent. Rengøring af kontorer og toiletter."
    warehouse = "Lagermedhjælper. Pakning af ordrer og varemodtagelse."
    assert sim(citizen, warehouse) > sim(citizen, cleaning) + 0.3
    assert [c for c in clauses(citizen) if "rengoering" in c] == []


def test_negation_reach() -> None:
    """A negation reaches over "/" ("or") but not past a clause boundary or a parenthesis."""
    assert clauses("Ikke rengøring/køkken, gerne lager") == [["gerne", "lager"]]
    assert clauses("Lager (ikke truck) og pakning") == [["lager"], ["og", "pakning"]]
    assert clauses("Ingen tunge løft men gerne kantine") == [["gerne", "kantine"]]


def test_every_task_area_is_reachable_through_the_lexicon() -> None:
    areas = {area for concept in CONCEPTS.values() for area in concept.areas}
    assert areas == set(TASK_AREAS)


def test_generic_words_do_not_make_jobs_similar() -> None:
    """ "medhjælper"/"medarbejder" are in every seat title; the task word must dominate."""
    assert sim("Lagermedhjælper", "Køkkenmedhjælper") < 0.3
    assert sim("Lagermedhjælper", "Lagerarbejder") > 0.6


def test_synonyms_without_shared_letters_meet_through_concepts() -> None:
    for a, b in [
        ("Kassedame i Føtex", "Ekspedient i dagligvarebutik"),
        ("Chauffør", "Udbringning af varer i varebil"),
        ("Gartner", "Lugning og hækklipning i parken"),
    ]:
        assert sim(a, b) > 0.3, (a, b)
        assert sim(a, b) > sim(a, UNRELATED) + 0.25, (a, b)


def test_concept_lexicon_handles_ambiguous_words() -> None:
    assert token_concepts("varetager") == ()  # "attends to", not goods
    assert token_concepts("have") == ()  # the verb "to have", not a garden
    assert "children" in explain_concepts("Pædagogmedhjælper i børnehave")
    assert "gardening" not in explain_concepts("Pædagogmedhjælper i børnehave")
    assert "gardening" in explain_concepts("Havearbejde og haveservice")


# --- measured quality (floors just below the values measured when the default was chosen) ---


@pytest.fixture(scope="module")
def pairs_by_split() -> dict[str, list]:  # type: ignore[type-arg]
    return {split: load_pairs(PAIRS_PATH, split) for split in ("dev", "holdout", "all")}


def test_labelled_pairs_file_is_substantial(pairs_by_split: dict[str, list]) -> None:  # type: ignore[type-arg]
    pairs = pairs_by_split["all"]
    assert len(pairs) >= 150
    assert {p.label for p in pairs} == {0, 1, 2}
    assert len({p.group for p in pairs if p.split == "holdout"}) >= 10
    for group in {p.group for p in pairs}:
        labels = {p.label for p in pairs if p.group == group}
        assert {0, 2} <= labels, f"{group} needs a good and an unrelated seat"


@pytest.mark.parametrize(
    ("split", "spearman", "auc", "mrr"),
    [("dev", 0.85, 0.99, 0.97), ("holdout", 0.83, 0.98, 0.95)],
)
def test_default_quality_floors(
    pairs_by_split: dict[str, list],  # type: ignore[type-arg]
    split: str,
    spearman: float,
    auc: float,
    mrr: float,
) -> None:
    q = evaluate(default_embedder(), pairs_by_split[split])
    assert q.spearman >= spearman
    assert q.auc >= auc
    assert q.mrr >= mrr


def test_default_beats_plain_char_ngrams(pairs_by_split: dict[str, list]) -> None:  # type: ignore[type-arg]
    pairs = pairs_by_split["all"]
    default = evaluate(default_embedder(), pairs)
    char = evaluate(APPROACHES["char"](), pairs)
    assert default.spearman > char.spearman + 0.1
    assert default.pool_mrr >= char.pool_mrr


# --- speed ----------------------------------------------------------------------------------

_WORDS = [
    "opfyldning",
    "varer",
    "kantine",
    "rengøring",
    "lager",
    "kasse",
    "kørsel",
    "pakning",
    "sortering",
    "have",
    "græs",
    "børn",
    "ældre",
    "pleje",
    "kontor",
    "post",
    "køkken",
    "opvask",
    "gartner",
    "pedel",
    "chauffør",
    "butik",
    "hylder",
    "montage",
    "produktion",
    "vaskeri",
    "hotel",
    "servering",
    "plejehjem",
    "børnehave",
    "scanning",
    "arkiv",
    "cykel",
    "maling",
]
_FILLERS = ("", "er", "en", "ing", "arbejde", "medhjælper", "s")


def test_speed_at_least_5000_short_texts_per_second() -> None:
    rng = random.Random(7)
    texts = [
        ", ".join(
            rng.choice(_WORDS) + rng.choice(_FILLERS) + " " + rng.choice(_WORDS)
            for _ in range(rng.randint(1, 4))
        )
        + f" {rng.randint(1990, 2024)}"
        for _ in range(10_000)
    ]
    emb = default_embedder()
    best = 0.0
    for _ in range(2):  # the best of two runs, so that a busy machine does not fail the test
        start = time.perf_counter()
        emb.transform(texts)
        best = max(best, len(texts) / (time.perf_counter() - start))
    assert best >= 5_000, f"{best:.0f} texts/s"
