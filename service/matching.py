"""The scoring model and the ranking cache of a running service.

:class:`ModelHolder` loads the scoring model once per process, in a background thread: the file
named by the settings, else one trained on the history in the database, else the packaged default
model (``matcher.training.model_for``). Training takes seconds, so ``/ready`` answers 503 until
the model is there, and requests that need it wait for it (up to a configured time). When the
history in the database grows, the model is retrained in the background (at most once per
``retrain_interval_s``) and swapped in when done; the old one serves meanwhile.

:class:`RankingCache` keeps one :class:`matcher.ranking.Ranker` per *data revision*: the
``data_revision`` row that database triggers bump on every change of citizens, centres, seats and
placements. A request reads that one integer; only when it changed is the ranker rebuilt from a
consistent snapshot of the database. Citizens' profiles (reading their texts is the expensive
part) are kept across rebuilds, keyed by the citizen's ``updated_at``, so a reservation elsewhere
costs a rebuild of the seat side only. Finished answers (the JSON body of one ranking request) are
memoised per snapshot in a bounded LRU (:class:`AnswerCache`): an answer can only change when the
data revision or the model does, and then the snapshot — with its answers — is replaced.

Logs name counts, phases and exception types only: never an id typed by a person, never text.
"""

from __future__ import annotations

import gc
import json
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from matcher.dataset import Dataset
from matcher.domain import Citizen
from matcher.errors import MatcherError
from matcher.model import ScoringModel
from matcher.profiles import CitizenProfile
from matcher.ranking import Ranker
from service.dataset_io import export_dataset, history_key, live_data
from service.db import Database
from service.errors import NotReadyError
from service.settings import Settings

log = logging.getLogger("service.matching")

ModelStatus = Literal["idle", "loading", "ready", "failed"]
#: After a failed load, the next attempt waits this long (a broken file stays broken; a database
#: that was briefly away comes back).
RETRY_FAILED_S = 30.0
ModelSource = Literal["file", "history", "default"]


@dataclass(frozen=True)
class ModelInfo:
    """What ``/ready`` says about the scoring model."""

    status: ModelStatus
    model_id: str | None = None
    source: ModelSource | None = None
    message: str | None = None
    retraining: bool = False


@dataclass(frozen=True)
class _Loaded:
    model: ScoringModel
    source: ModelSource
    history: tuple[int, int]
    at: float


def choose_model(
    dataset: Dataset, model_path: str | None, progress: Callable[[str], None]
) -> tuple[ScoringModel, ModelSource]:
    """The model for ``dataset`` (``model_for``), falling back to the default model when the
    history is too small or too one-sided to train on."""
    from matcher.default_model import default_model
    from matcher.training import model_for, train

    if model_path:
        return model_for(dataset, model_path, progress), "file"
    if not dataset.history:
        return model_for(dataset, None, progress), "default"
    try:
        return train(dataset, progress=progress)[0], "history"
    except (MatcherError, ValueError) as exc:
        log.warning(
            "training on %d history placements failed (%s); using the default model",
            len(dataset.history),
            type(exc).__name__,
        )
        return default_model(progress), "default"


class ModelHolder:
    """The process's scoring model: loaded in the background, retrained when history grows."""

    def __init__(self, db: Database, settings: Settings) -> None:
        self._db = db
        self._settings = settings
        self._lock = threading.Lock()
        self._ready = threading.Event()
        self._loaded: _Loaded | None = None
        self._status: ModelStatus = "idle"
        self._message: str | None = None
        self._thread: threading.Thread | None = None
        self._failed_at = 0.0
        self._closed = False

    def start(self) -> None:
        """Start loading the model unless it is loaded, loading, or failed only just now."""
        with self._lock:
            if self._closed or self._status in ("loading", "ready"):
                return
            if self._status == "failed" and time.monotonic() - self._failed_at < RETRY_FAILED_S:
                return
            self._status, self._message = "loading", "the scoring model is being loaded"
            self._spawn()

    def _spawn(self) -> None:
        self._thread = threading.Thread(target=self._load, name="matcher-model", daemon=True)
        self._thread.start()

    def _progress(self, message: str) -> None:
        # matcher's progress messages carry counts and phases, never personal text.
        log.info("model: %s", message)

    def _load(self) -> None:
        started = time.perf_counter()
        try:
            with self._db.snapshot() as session:
                dataset = export_dataset(session)
                key = history_key(session)
            model, source = choose_model(dataset, self._settings.model_path, self._progress)
        except Exception as exc:  # noqa: BLE001 - any failure must leave a readable state
            log.error("the scoring model could not be loaded (%s)", type(exc).__name__)
            with self._lock:
                self._thread = None
                if self._loaded is None:
                    self._status, self._failed_at = "failed", time.monotonic()
                    self._message = f"the scoring model could not be loaded ({type(exc).__name__})"
            return
        with self._lock:
            self._loaded = _Loaded(model, source, key, time.monotonic())
            self._status, self._message, self._thread = "ready", None, None
            self._ready.set()
        log.info(
            "model %s (%s) ready after %.1f s",
            model.model_id,
            source,
            time.perf_counter() - started,
        )

    def info(self) -> ModelInfo:
        """The model's state now."""
        with self._lock:
            loaded = self._loaded
            if loaded is None:
                return ModelInfo(self._status, message=self._message)
            return ModelInfo(
                "ready",
                model_id=loaded.model.model_id,
                source=loaded.source,
                retraining=self._thread is not None,
            )

    def get(self, timeout: float | None = None) -> ScoringModel:
        """The model, waiting up to ``timeout`` seconds (default: the settings') for it.

        Raises :class:`~service.errors.NotReadyError` (503) when it is not there in time.
        """
        self.start()
        wait = self._settings.model_wait_s if timeout is None else timeout
        if not self._ready.wait(wait):
            info = self.info()
            raise NotReadyError(info.message or "the scoring model is not loaded yet")
        loaded = self._loaded
        assert loaded is not None  # set before the event
        return loaded.model

    def maybe_retrain(self, history: tuple[int, int]) -> None:
        """Retrain in the background when history differs from the model's (rate-limited)."""
        with self._lock:
            loaded = self._loaded
            if (
                self._closed
                or loaded is None
                or self._thread is not None
                or loaded.source == "file"
                or loaded.history == history
                or time.monotonic() - loaded.at < self._settings.retrain_interval_s
            ):
                return
            log.info("history changed; retraining the scoring model in the background")
            self._spawn()

    def close(self) -> None:
        """Start nothing new (a running load finishes in its daemon thread)."""
        with self._lock:
            self._closed = True


class _ServiceRanker(Ranker):
    """A :class:`~matcher.ranking.Ranker` whose citizen profiles outlive it.

    Profiles are shared between the rankers of successive data revisions, keyed by the citizen's
    id, the ``updated_at`` of their record and the reference date.
    """

    def __init__(
        self,
        dataset: Dataset,
        model: ScoringModel,
        profiles: dict[tuple[str, str, date | None], CitizenProfile],
        versions: Mapping[str, str],
    ) -> None:
        super().__init__(dataset, model)
        self._shared = profiles
        self._versions = versions
        # Consultant codes grow on first sight; fix them now so requests only ever read them.
        for citizen in dataset.citizens:
            self.codes.code(citizen.consultant)

    def profile(self, citizen: Citizen) -> CitizenProfile:
        key = (citizen.id, self._versions.get(citizen.id, ""), self.as_of)
        found = self._shared.get(key)
        if found is None:
            found = super().profile(citizen)
            self._shared[key] = found
        return found


@dataclass(frozen=True)
class Answer:
    """One finished ranking answer: the JSON body and the citizen/seat ids it shows."""

    body: bytes
    object_ids: tuple[str, ...]
    returned: int

    @classmethod
    def of(cls, payload: Mapping[str, Any], object_ids: Sequence[str]) -> Answer:
        """Serialise ``payload`` once (compact UTF-8 JSON)."""
        body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        return cls(body, tuple(object_ids), len(payload.get("matches", ())))


class AnswerCache:
    """A bounded, thread-safe LRU of answers; ``size`` 0 keeps nothing."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._items: OrderedDict[tuple[Any, ...], Answer] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0

    def get_or_compute(self, key: tuple[Any, ...], compute: Callable[[], Answer]) -> Answer:
        """The cached answer for ``key``, else ``compute()`` (stored; exceptions are not)."""
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
                self.hits += 1
                return found
        answer = compute()
        if self._size > 0:
            with self._lock:
                self._items[key] = answer
                while len(self._items) > self._size:
                    self._items.popitem(last=False)
        return answer


@dataclass(frozen=True)
class Snapshot:
    """A ranker and the facts of the data revision it was built from."""

    revision: int
    model: ScoringModel
    ranker: Ranker
    holding: frozenset[str]
    free_places: Mapping[str, int]
    answers: AnswerCache = field(default_factory=lambda: AnswerCache(0))


class RankingCache:
    """One ranker per data revision and model, rebuilt on demand under a lock.

    ``answer_cache_size`` bounds the memoised answers of one snapshot (0 turns memoising off).
    With ``freeze_gc``, each new snapshot is followed by a full garbage collection and
    :func:`gc.freeze`: the ranker, model and profiles are a few hundred thousand long-lived
    objects, and without freezing every full collection walks them all (about 150 ms for 2,000
    citizens, a pause for every request in flight). Unfreezing first lets the previous snapshot
    be collected. For a server process; tests leave it off.
    """

    def __init__(
        self,
        db: Database,
        models: ModelHolder,
        answer_cache_size: int = 0,
        freeze_gc: bool = False,
    ) -> None:
        self._db = db
        self._models = models
        self._answer_cache_size = answer_cache_size
        self._freeze_gc = freeze_gc
        self._lock = threading.Lock()
        self._current: Snapshot | None = None
        self._profiles: dict[tuple[str, str, date | None], CitizenProfile] = {}
        self.rebuilds = 0

    def current(self) -> Snapshot:
        """The ranker of the current data revision (built if the data or model changed)."""
        model = self._models.get()
        revision = self._db.revision()
        snap = self._current
        if snap is not None and snap.revision == revision and snap.model is model:
            return snap
        with self._lock:
            snap = self._current
            revision = self._db.revision()
            if snap is not None and snap.revision == revision and snap.model is model:
                return snap
            snap, history = self._build(model)
            self._current = snap
            if self._freeze_gc:
                gc.unfreeze()
                gc.collect()
                gc.freeze()
        self._models.maybe_retrain(history)
        return snap

    def _build(self, model: ScoringModel) -> tuple[Snapshot, tuple[int, int]]:
        started = time.perf_counter()
        with self._db.snapshot() as session:
            live = live_data(session)
        # Drop the profiles of citizens whose record changed or who left.
        current = {(cid, v) for cid, v in live.citizen_versions.items()}
        for key in [k for k in self._profiles if (k[0], k[1]) not in current]:
            del self._profiles[key]
        ranker = _ServiceRanker(live.dataset, model, self._profiles, live.citizen_versions)
        free = {seat.id: seat.capacity for _, seat in live.dataset.seats()}
        self.rebuilds += 1
        log.info(
            "ranker for data revision %d built in %.0f ms (%d citizens, %d seats)",
            live.revision,
            (time.perf_counter() - started) * 1000,
            len(live.dataset.citizens),
            len(free),
        )
        snap = Snapshot(
            live.revision, model, ranker, live.holding, free, AnswerCache(self._answer_cache_size)
        )
        return snap, live.history_key

    def warm(self) -> None:
        """Build the ranker and read every citizen's profile now (e.g. after startup)."""
        snap = self.current()
        for citizen in snap.ranker.dataset.citizens:
            snap.ranker.profile(citizen)
        if self._freeze_gc:
            gc.freeze()  # the profiles just read are long-lived too


def describe(info: ModelInfo) -> dict[str, Any]:
    """``info`` as JSON for ``/ready``."""
    return {
        "status": info.status,
        "model_id": info.model_id,
        "source": info.source,
        "retraining": info.retraining,
    }
