"""Writes the synthetic areas of the segregation benchmark to a file, so that PySAL
(anchor_segregation.py) and the observatory (crates/stats/examples/bench_segregation.rs) run
on identical input.

Usage: python bench/segregation_input.py N FILE

The generator is the one of /work/shared/bench/anchor_segregation.py (numpy default_rng(7)):
total population per area uniform on 50..1999, group share Beta(2, 8), group count
Binomial(total, share). FILE holds N rows of two little-endian float64 (group, total),
interleaved, no header.
"""
import sys

import numpy as np

n = int(sys.argv[1])
rng = np.random.default_rng(7)
tot = rng.integers(50, 2000, n)
share = np.clip(rng.beta(2, 8, n), 0, 1)
grp = rng.binomial(tot, share)
np.column_stack((grp, tot)).astype("<f8").tofile(sys.argv[2])
print(f"wrote {n} areas to {sys.argv[2]}")
