#!/usr/bin/env python3
"""Monte Carlo weight sensitivity with TOPSIS, vectorised with numpy: the counterpart of
`./helix cli scoring-benchmark` (docs/benchmarks.md).

Same computation: a random problem (values uniform in [1, 100), every third criterion a cost), vector normalisation,
weights uniform on the simplex (normalised standard exponentials), per sample the TOPSIS closeness of every
alternative, the ranking (ties by index), rank acceptability indices and central weight vectors.

Two variants:
  textbook  - per sample the weighted matrix, its ideal and anti-ideal, the distances (arrays samples x n x m)
  optimised - the same trick as Helix: squared gaps to the ideal/anti-ideal computed once, per sample two
              matrix products with the squared weights

Usage: python3 mc_topsis_numpy.py [--samples 10000] [--alternatives 50] [--criteria 10] [--runs 20] [--warmup 5]
"""
import argparse
import time

import numpy as np


def problem(n, m, seed=2026):
    rng = np.random.default_rng(seed)
    x = 1 + 99 * rng.random((n, m))
    benefit = np.array([j % 3 != 2 for j in range(m)])
    return x, benefit


def weights(samples, m, rng):
    w = rng.exponential(size=(samples, m))
    return w / w.sum(axis=1, keepdims=True)


def tally(closeness, w):
    samples, n = closeness.shape
    order = np.argsort(-closeness, axis=1, kind="stable")  # best first, ties by index
    counts = np.bincount((order * n + np.arange(n)).ravel(), minlength=n * n).reshape(n, n)
    acceptability = counts / samples
    first = order[:, 0]
    central = np.zeros((n, w.shape[1]))
    np.add.at(central, first, w)
    with np.errstate(invalid="ignore", divide="ignore"):
        central /= counts[:, :1]
    return acceptability, central


def textbook(x, benefit, samples, rng):
    r = x / np.sqrt((x ** 2).sum(axis=0))
    w = weights(samples, x.shape[1], rng)
    v = w[:, None, :] * r[None, :, :]                       # samples x n x m
    ideal = np.where(benefit, v.max(axis=1), v.min(axis=1))  # samples x m
    anti = np.where(benefit, v.min(axis=1), v.max(axis=1))
    d_plus = np.sqrt(((v - ideal[:, None, :]) ** 2).sum(axis=2))
    d_minus = np.sqrt(((v - anti[:, None, :]) ** 2).sum(axis=2))
    return tally(d_minus / (d_plus + d_minus), w)


def optimised(x, benefit, samples, rng):
    r = x / np.sqrt((x ** 2).sum(axis=0))
    s = np.where(benefit, r, -r)
    gap_ideal = (s - s.max(axis=0)) ** 2
    gap_anti = (s - s.min(axis=0)) ** 2
    w = weights(samples, x.shape[1], rng)
    w2 = w * w
    d_plus = np.sqrt(w2 @ gap_ideal.T)
    d_minus = np.sqrt(w2 @ gap_anti.T)
    return tally(d_minus / (d_plus + d_minus), w)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--samples", type=int, default=10000)
    parser.add_argument("--alternatives", type=int, default=50)
    parser.add_argument("--criteria", type=int, default=10)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--warmup", type=int, default=5)
    args = parser.parse_args()
    x, benefit = problem(args.alternatives, args.criteria)
    print(f"numpy {np.__version__}; Monte Carlo TOPSIS, {args.samples} samples x {args.alternatives} alternatives x "
          f"{args.criteria} criteria, rank acceptability; {args.warmup} warm-up + {args.runs} timed runs")
    results = {}
    for name, variant in (("textbook", textbook), ("optimised", optimised)):
        times = []
        for i in range(args.warmup + args.runs):
            rng = np.random.default_rng(7)
            start = time.perf_counter()
            results[name] = variant(x, benefit, args.samples, rng)
            if i >= args.warmup:
                times.append(time.perf_counter() - start)
        times.sort()
        print(f"{name:10s} median {1000 * times[len(times) // 2]:.1f} ms, min {1000 * times[0]:.1f} ms, max {1000 * times[-1]:.1f} ms")
    # both variants compute the same thing from the same weights
    assert np.allclose(results["textbook"][0], results["optimised"][0])


if __name__ == "__main__":
    main()
