# Copied unchanged from the project's shared reference benchmarks (/work/shared/bench/),
# the other side of the comparison in bench/engine.sh. Do not tune it to lose.
"""Anchor side of the indicator-engine benchmark: 20 ratio indicators x (citizenship x sex x
age band, with all margins = 60 cells), point estimate + replicate SE (SDR factor 4/80), with
DuckDB or Polars doing the heavy aggregation at the finest cells and numpy rolling up margins."""
import sys, time, itertools, numpy as np

R = 80
# (id, universe, numerator) as SQL predicates over the microdata columns
INDICATORS = [
    ("employment_rate_20_64", "age BETWEEN 20 AND 64", "activity = 1"),
    ("unemployment_rate", "activity IN (1, 2)", "activity = 2"),
    ("activity_rate", "TRUE", "activity IN (1, 2)"),
    ("self_employment", "activity = 1", "selfemp = 1"),
    ("over_qualification", "activity = 1 AND educ = 3", "overqual = 1"),
    ("low_attainment_25_64", "age BETWEEN 25 AND 64", "educ = 1"),
    ("tertiary_attainment_25_64", "age BETWEEN 25 AND 64", "educ = 3"),
    ("early_leavers_18_24", "age BETWEEN 18 AND 24", "early_leaver = 1"),
    ("at_risk_of_poverty", "TRUE", "poverty = 1"),
    ("severe_deprivation", "TRUE", "deprivation = 1"),
    ("good_health", "TRUE", "health_good = 1"),
    ("owner_occupation", "TRUE", "owner = 1"),
    ("overcrowding", "TRUE", "overcrowded = 1"),
    ("housing_cost_overburden", "TRUE", "cost_overburden = 1"),
    ("long_term_residence_share", "citizenship = 3", "long_term_resident = 1"),
    ("youth_unemployment", "activity IN (1, 2) AND age < 25", "activity = 2"),
    ("neet_16_24", "age < 25", "activity <> 1 AND in_education = 0"),
    ("in_work_poverty", "activity = 1", "poverty = 1"),
    ("part_time", "activity = 1", "parttime = 1"),
    ("temporary_contract", "activity = 1", "temporary = 1"),
]
AGEBAND = "CASE WHEN age < 25 THEN 1 WHEN age < 35 THEN 2 WHEN age < 50 THEN 3 ELSE 4 END"
WEIGHTS = ["w"] + [f"rw{r}" for r in range(1, R + 1)]

def pattern_sql_parts():
    flags = []
    for i, (_, uni, num) in enumerate(INDICATORS):
        flags.append(f"({uni}) AS u{i}")
        flags.append(f"(({uni}) AND ({num})) AS n{i}")
    return flags

def finest_duckdb(path):
    """Competent-user plan: collapse rows to (cell x indicator-membership pattern) with the 81
    weight sums in one GROUP BY, then form every indicator from those few rows."""
    import duckdb
    flags = pattern_sql_parts()
    names = [f.split(" AS ")[-1] for f in flags]
    sums = ", ".join(f"SUM({w}) AS s_{w}" for w in WEIGHTS)
    sql = (f"SELECT citizenship, sex, ageband, {', '.join(names)}, {sums} FROM "
           f"(SELECT *, {AGEBAND} AS ageband, {', '.join(flags)} FROM read_parquet('{path}')) "
           f"GROUP BY ALL")
    con = duckdb.connect()
    return expand(con.execute(sql).fetchnumpy())

def finest_polars(path):
    import polars as pl
    lf = pl.scan_parquet(path)
    ageband = (pl.when(pl.col("age") < 25).then(1).when(pl.col("age") < 35).then(2)
               .when(pl.col("age") < 50).then(3).otherwise(4)).alias("ageband")
    flags = []
    for i, (_, uni, num) in enumerate(INDICATORS):
        u = pl.sql_expr(uni)
        flags.append(u.alias(f"u{i}"))
        flags.append((u & pl.sql_expr(num)).alias(f"n{i}"))
    keys = ["citizenship", "sex", "ageband"] + [f"u{i}" for i in range(len(INDICATORS))] + [f"n{i}" for i in range(len(INDICATORS))]
    df = (lf.with_columns([ageband] + flags).group_by(keys)
            .agg([pl.col(w).sum().alias(f"s_{w}") for w in WEIGHTS]).collect())
    return expand({c: df[c].to_numpy() for c in df.columns})

def expand(p):
    """From pattern rows to the finest-cell numerator/denominator sums per weight."""
    keys = np.stack([p["citizenship"], p["sex"], p["ageband"]], 1).astype(int)
    cells, inv = np.unique(keys, axis=0, return_inverse=True)
    inv = inv.ravel()
    W = np.stack([np.asarray(p[f"s_{w}"], float) for w in WEIGHTS], 1)
    out = {"citizenship": cells[:, 0], "sex": cells[:, 1], "ageband": cells[:, 2]}
    for i in range(len(INDICATORS)):
        u = np.asarray(p[f"u{i}"], bool); n = np.asarray(p[f"n{i}"], bool)
        for k in range(len(WEIGHTS)):
            out[f"n{i}_{k}"] = np.bincount(inv, weights=W[:, k] * n, minlength=len(cells))
            out[f"d{i}_{k}"] = np.bincount(inv, weights=W[:, k] * u, minlength=len(cells))
    return out

def rollup(cols):
    keys = np.stack([cols["citizenship"], cols["sex"], cols["ageband"]], 1).astype(int)
    out = {}
    for cit, sex, ab in itertools.product([0, 1, 2, 3], [0, 1, 2], [0, 1, 2, 3, 4]):
        m = np.ones(len(keys), bool)
        for j, v in enumerate((cit, sex, ab)):
            if v: m &= keys[:, j] == v
        for i, (name, _, _) in enumerate(INDICATORS):
            n = np.array([np.nansum(np.asarray(cols[f"n{i}_{k}"], float)[m]) for k in range(R + 1)])
            d = np.array([np.nansum(np.asarray(cols[f"d{i}_{k}"], float)[m]) for k in range(R + 1)])
            with np.errstate(invalid="ignore", divide="ignore"):
                est = 100 * n / d
            se = np.sqrt(4 / R * np.sum((est[1:] - est[0]) ** 2))
            out[(name, cit, sex, ab)] = (est[0], se)
    return out

if __name__ == "__main__":
    engine, path = sys.argv[1], sys.argv[2]
    t0 = time.perf_counter()
    cols = finest_duckdb(path) if engine == "duckdb" else finest_polars(path)
    res = rollup(cols)
    dt = time.perf_counter() - t0
    e, s = res[("at_risk_of_poverty", 3, 0, 0)]
    print(f"{engine}: {len(res)} estimates in {dt:.2f} s; poverty non-EU = {e:.3f} (se {s:.3f})")
