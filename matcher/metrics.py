"""Quality measures for probabilities and rankings: AUC, Brier score, calibration error, NDCG."""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike
from sklearn.metrics import brier_score_loss, roc_auc_score


def expected_calibration_error(y: ArrayLike, p: ArrayLike, bins: int = 10) -> float:
    """Weighted mean gap between predicted and observed success over equal-width bins.

    >>> round(expected_calibration_error([0, 1, 0, 1], [0.5, 0.5, 0.5, 0.5]), 3)
    0.0
    """
    y_arr = np.asarray(y, dtype=float)
    p_arr = np.asarray(p, dtype=float)
    if len(y_arr) == 0:
        return 0.0
    which = np.minimum((p_arr * bins).astype(int), bins - 1)
    total = 0.0
    for b in range(bins):
        mask = which == b
        if mask.any():
            total += mask.sum() * abs(p_arr[mask].mean() - y_arr[mask].mean())
    return float(total / len(y_arr))


def probability_report(y: ArrayLike, p: ArrayLike) -> dict[str, float]:
    """ROC AUC, Brier score and expected calibration error of predicted probabilities."""
    y_arr = np.asarray(y, dtype=int)
    p_arr = np.clip(np.asarray(p, dtype=float), 0.0, 1.0)
    both_classes = 0 < y_arr.sum() < len(y_arr)
    return {
        "roc_auc": float(roc_auc_score(y_arr, p_arr)) if both_classes else float("nan"),
        "brier": float(brier_score_loss(y_arr, p_arr)) if len(y_arr) else float("nan"),
        "ece": expected_calibration_error(y_arr, p_arr),
        "n": float(len(y_arr)),
    }


def ndcg_at_k(ranked_gains: ArrayLike, all_gains: ArrayLike, k: int = 10) -> float:
    """NDCG@k of a ranking whose items have ``ranked_gains`` (in ranked order).

    ``all_gains`` are the gains of every candidate, from which the ideal ranking is taken; gains
    are used linearly (true success probabilities), with the usual log2 position discount.

    >>> ndcg_at_k([0.9, 0.5], [0.5, 0.9, 0.1], k=2)
    1.0
    """
    ranked = np.asarray(ranked_gains, dtype=float)[:k]
    ideal = np.sort(np.asarray(all_gains, dtype=float))[::-1][:k]
    discounts = 1.0 / np.log2(np.arange(2, k + 2))
    best = float((ideal * discounts[: len(ideal)]).sum())
    if best <= 0:
        return 1.0
    return float((ranked * discounts[: len(ranked)]).sum() / best)
