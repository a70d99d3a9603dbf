"""Anchor side of the segregation benchmark: PySAL `segregation` on the areas written by
bench/segregation_input.py (the same file the Rust side reads).

Usage:
  python bench/anchor_segregation.py FILE            # seven aspatial two-group indices
  python bench/anchor_segregation.py FILE --grid W H # spatial indices on a W x H grid of
                                                     # rectangles (first W*H areas of FILE)

Adapted from /work/shared/bench/anchor_segregation.py (which generates the areas itself).
"""
import sys
import time
import warnings

import numpy as np
import pandas as pd

warnings.filterwarnings("ignore")

a = np.fromfile(sys.argv[1], dtype="<f8").reshape(-1, 2)

if "--grid" in sys.argv:
    import geopandas as gpd
    from shapely.geometry import box
    from segregation.singlegroup import (AbsoluteCentralization, AbsoluteConcentration, BoundarySpatialDissim,
                                         Delta, RelativeCentralization, RelativeConcentration, SpatialDissim)
    from libpysal.weights import Queen

    k = sys.argv.index("--grid")
    w, h = int(sys.argv[k + 1]), int(sys.argv[k + 2])
    n = w * h
    # Same rectangles as the Rust side: widths 1.0-1.6 and heights 1.0-1.8, cycling.
    xs = np.concatenate([[0.0], np.cumsum([1.0 + (i % 7) * 0.1 for i in range(w)])])
    ys = np.concatenate([[0.0], np.cumsum([1.0 + (j % 5) * 0.2 for j in range(h)])])
    geoms = [box(xs[i % w], ys[i // w], xs[i % w + 1], ys[i // w + 1]) for i in range(n)]
    # PySAL 2.x requires a CRS; any projected one (planar units) will do.
    gdf = gpd.GeoDataFrame({"g": a[:n, 0], "t": a[:n, 1]}, geometry=geoms, crs="EPSG:3857")
    t = time.perf_counter()
    queen = Queen.from_dataframe(gdf, use_index=False)
    print(f"pysal segregation, {n} grid areas: queen contiguity {time.perf_counter() - t:.3f} s")
    for name, f in [
        ("SpatialDissim (queen)", lambda: SpatialDissim(gdf, "g", "t", w=queen).statistic),
        ("BoundarySpatialDissim (rook lengths)", lambda: BoundarySpatialDissim(gdf, "g", "t").statistic),
        ("Delta", lambda: Delta(gdf, "g", "t").statistic),
        ("AbsoluteConcentration", lambda: AbsoluteConcentration(gdf, "g", "t").statistic),
        ("RelativeConcentration", lambda: RelativeConcentration(gdf, "g", "t").statistic),
        ("AbsoluteCentralization", lambda: AbsoluteCentralization(gdf, "g", "t").statistic),
        ("RelativeCentralization", lambda: RelativeCentralization(gdf, "g", "t").statistic),
    ]:
        t = time.perf_counter()
        v = f()
        print(f"  {name}: {v:.6f} ({time.perf_counter() - t:.3f} s)")
    sys.exit(0)

from segregation.singlegroup import Atkinson, CorrelationR, Dissim, Entropy, Gini, Interaction, Isolation

n = len(a)
df = pd.DataFrame({"g": a[:, 0], "t": a[:, 1]})
t0 = time.perf_counter()
vals = {}
for cls in (Dissim, Gini, Entropy, Isolation, Interaction, CorrelationR):
    t = time.perf_counter()
    vals[cls.__name__] = (cls(df, "g", "t").statistic, time.perf_counter() - t)
t = time.perf_counter()
vals["Atkinson"] = (Atkinson(df, "g", "t", b=0.5).statistic, time.perf_counter() - t)
print(f"pysal segregation, {n} areas: 7 indices in {time.perf_counter()-t0:.2f} s")
for k, (v, dt) in vals.items():
    print(f"  {k}: {v:.6f} ({dt:.3f} s)")
