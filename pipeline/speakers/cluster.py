"""Group voice embeddings into speakers: weighted spherical k-means (cosine) in numpy, and how many speakers.

Agglomerative clustering (average linkage) was tried first and lost to k-means++ with restarts by a wide margin on
the spoken dev meetings (segment-level DER 0.44 against 0.17 with the true count): one talkative voice pulls
the average-linkage tree together. The count comes from the silhouette, or from the sidecar's attendee count
taken as a hint: that many speakers unless one of them would get almost no speech or one fewer fits far better
(someone on the list who said nothing), or one more fits clearly better (someone who joined and is not on the list).
The margins are wide on purpose: synthetic voices in the dev recordings sit as close as 0.05 apart, where the
silhouette alone prefers too few speakers, so the list wins unless the recording clearly disagrees.
"""

from __future__ import annotations

import numpy as np

MAX_SPEAKERS = 8
MIN_SILHOUETTE = 0.25  # below this at every count >= 2, one voice
MIN_SHARE = 0.03  # a speaker with less of the speech than this is someone on the list who said (almost) nothing
EXTRA_GAIN = 0.08  # silhouette gain that takes one speaker more than the attendee list names
MIN_SEPARATION = 0.10  # with no attendee list, two voices closer than this (cosine) are taken as one
MISSING_DROP = 0.30  # silhouette loss at the listed count that says someone listed never spoke
RESTARTS = 40  # k-means++ starts: with 12, one word more in a transcript could land in another local optimum and
# swap two close voices' sentences (agency-dev m03 DER 0.05 -> 0.12, two names swapped); with 40: 0.05 and 0.04


def cosine_distances(x: np.ndarray) -> np.ndarray:
    unit = x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)
    return np.clip(1.0 - unit @ unit.T, 0.0, 2.0)


def centroids(x: np.ndarray, labels: np.ndarray, k: int, weights: np.ndarray | None = None) -> np.ndarray:
    """Unit-length mean embedding of each label (rows of zeros for an empty label)."""
    w = np.ones(len(x)) if weights is None else weights
    out = np.zeros((k, x.shape[1]))
    for c in range(k):
        mask = labels == c
        if mask.any():
            m = (x[mask] * w[mask, None]).sum(axis=0)
            out[c] = m / max(float(np.linalg.norm(m)), 1e-12)
    return out


def spherical_kmeans(x: np.ndarray, weights: np.ndarray, k: int, restarts: int = RESTARTS,
                     seed: int = 0, iters: int = 25) -> tuple[np.ndarray, np.ndarray]:  # fmt: skip
    """Weighted k-means on the unit sphere (cosine), k-means++ starts, the restart with the least spread wins.

    Returns (labels, unit centroids). Deterministic for a given ``seed``."""
    rng = np.random.default_rng(seed)
    p0 = weights / weights.sum()
    best: tuple[float, np.ndarray, np.ndarray] | None = None
    for _ in range(restarts if k > 1 else 1):
        idx = [int(rng.choice(len(x), p=p0))]
        for _ in range(k - 1):
            d = np.maximum(1.0 - np.max(x @ x[idx].T, axis=1), 0.0)
            p = d**2 * weights
            idx.append(int(rng.choice(len(x), p=p / p.sum())) if p.sum() > 0 else int(rng.integers(len(x))))
        centres = x[idx].copy()
        labels = np.argmax(x @ centres.T, axis=1)
        for _ in range(iters):
            centres = centroids(x, labels, k, weights)
            new = np.argmax(x @ centres.T, axis=1)
            if np.array_equal(new, labels):
                break
            labels = new
        spread = float(((1.0 - np.sum(x * centres[labels], axis=1)) * weights).sum())
        if best is None or spread < best[0]:
            best = (spread, labels, centres)
    assert best is not None
    return best[1], best[2]


def silhouette(x: np.ndarray, labels: np.ndarray, weights: np.ndarray) -> float:
    """Speech-weighted mean silhouette (cosine distance); 0 for a single group."""
    groups = np.unique(labels)
    if len(groups) < 2:
        return 0.0
    dist = cosine_distances(x)
    mean_to = np.stack([(dist[:, labels == g] * weights[labels == g]).sum(1) / weights[labels == g].sum()
                        for g in groups], axis=1)  # fmt: skip
    own = np.searchsorted(groups, labels)
    a = mean_to[np.arange(len(x)), own]
    others = mean_to.copy()
    others[np.arange(len(x)), own] = np.inf
    b = others.min(axis=1)
    s = (b - a) / np.maximum(np.maximum(a, b), 1e-12)
    sizes = np.bincount(own, minlength=len(groups))
    s[sizes[own] == 1] = 0.0  # a group of one says nothing (Rousseeuw's convention)
    return float((s * weights).sum() / weights.sum())


def separation(centres: np.ndarray) -> float:
    """The smallest cosine distance between two centroids (inf for one)."""
    if len(centres) < 2:
        return float("inf")
    d = 1.0 - centres @ centres.T
    np.fill_diagonal(d, np.inf)
    return float(d.min())


def choose(x: np.ndarray, weights: np.ndarray, hint: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(labels, centroids) at the chosen speaker count."""
    n = len(x)
    if n < 2:
        return np.zeros(n, dtype=int), (x[:1] / np.maximum(np.linalg.norm(x[:1]), 1e-12)).reshape(-1, x.shape[1])
    top = min(MAX_SPEAKERS, n)
    fits = {k: spherical_kmeans(x, weights, k) for k in range(1, top + 1)}
    sil = {k: silhouette(x, fits[k][0], weights) for k in fits}

    def shares(k: int) -> np.ndarray:
        return np.array([weights[fits[k][0] == c].sum() for c in range(k)]) / weights.sum()

    if hint and hint >= 1:
        k = min(hint, top)
        while k > 1 and (shares(k).min() < MIN_SHARE or sil[k - 1] > sil[k] + MISSING_DROP):
            k -= 1
        if k == hint and k + 1 <= top and sil[k + 1] > sil[k] + EXTRA_GAIN and shares(k + 1).min() >= MIN_SHARE:
            k += 1
    else:  # no list: the best-separated count whose voices are all clearly apart and all speak
        apart = [j for j in range(2, top + 1) if separation(fits[j][1]) >= MIN_SEPARATION and shares(j).min() >= 0.05]
        k = max(apart, key=lambda j: sil[j]) if apart else 1
        if sil[k] < MIN_SILHOUETTE:
            k = 1
    return fits[k]
