"""Scan floor of the engine benchmark: the time merely to read the columns the 20 indicators
need (weights w, rw1..rw80, and the 18 small integer columns) and sum them, in DuckDB or Polars.
Usage: scan_floor.py duckdb|polars FILE.parquet"""
import sys, time

COLS = ["citizenship", "sex", "age", "activity", "selfemp", "parttime", "temporary", "educ",
        "in_education", "overqual", "early_leaver", "poverty", "deprivation", "health_good",
        "owner", "overcrowded", "cost_overburden", "long_term_resident", "w"] + [f"rw{r}" for r in range(1, 81)]

engine, path = sys.argv[1], sys.argv[2]
t0 = time.perf_counter()
if engine == "duckdb":
    import duckdb
    sums = ", ".join(f"SUM({c})" for c in COLS)
    duckdb.connect().execute(f"SELECT {sums} FROM read_parquet('{path}')").fetchall()
else:
    import polars as pl
    pl.scan_parquet(path).select([pl.col(c).sum() for c in COLS]).collect()
print(f"{engine} scan floor: {time.perf_counter() - t0:.2f} s")
