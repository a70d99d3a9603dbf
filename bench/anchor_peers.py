"""NumPy side of the peer-search benchmark (BENCHMARKS.md, "Peer cities").

Reads the synthetic matrix written by
    cargo run --release -p peers --example bench_peers -- --write peers_100k.f64
(f64 little-endian, row-major, 7 features, NaN = missing) and does what the observatory
does, vectorised: robust standardisation (median, IQR / 1.349), then for 200 query rows
the weighted distance over the shared features re-weighted to the full weight (at least
4 shared, carrying at least half of the weight), and the 10 nearest (ties by index).
Prints the same checksum as the Rust side, and the median and slowest query time.

    python bench/anchor_peers.py peers_100k.f64
"""
import sys
import time

import numpy as np

P = 7
W = np.array([2.0, 1.0, 2.0, 1.0, 0.5, 1.0, 0.5])

x = np.fromfile(sys.argv[1], dtype="<f8").reshape(-1, P)
n = x.shape[0]
t = time.perf_counter()
q1, med, q3 = np.nanquantile(x, [0.25, 0.5, 0.75], axis=0)
scale = (q3 - q1) / 1.349
z = (x - med) / scale
standardise = time.perf_counter() - t

times, checksum = [], 0.0
for qi in range(200):
    i = (qi * 7919) % n
    t = time.perf_counter()
    d = z - z[i]
    shared = ~np.isnan(d)
    wsh = shared @ W
    s = np.nansum(W * d * d, axis=1)
    ok = (shared.sum(axis=1) >= 4) & (wsh >= 0.5 * W.sum())
    ok[i] = False
    dist = np.where(ok, np.sqrt(W.sum() / np.where(wsh > 0, wsh, 1) * s), np.inf)
    idx = np.argpartition(dist, 10)[:10]
    idx = idx[np.lexsort((idx, dist[idx]))]
    times.append(time.perf_counter() - t)
    checksum += dist[idx].sum()
times.sort()
print(
    f"numpy {np.__version__}: {n} rows; standardise {standardise:.4f} s; one k = 10 query: "
    f"median {times[len(times) // 2] * 1e3:.2f} ms, slowest {times[-1] * 1e3:.2f} ms "
    f"(200 queries; checksum {checksum:.6f})"
)
