# Copied unchanged from the project's shared reference benchmarks (/work/shared/bench/),
# the other side of the comparison in bench/engine.sh. Do not tune it to lose.
"""Synthetic person-level microdata for the engine benchmark (anchor side).
Columns: citizenship 1 national / 2 EU / 3 non-EU, sex, age, labour and living-condition
variables, weight w and 80 replicate weights rw1..rw80 (float32). Written in 1M-row groups."""
import sys, numpy as np, pyarrow as pa, pyarrow.parquet as pq

def chunk(rng, n, start):
    cit = rng.choice(np.array([1, 2, 3], np.int8), n, p=[0.88, 0.04, 0.08])
    sex = rng.integers(1, 3, n, dtype=np.int8)
    age = rng.integers(16, 75, n, dtype=np.int8)
    p_emp = np.where(cit == 1, 0.70, np.where(cit == 2, 0.72, 0.58))
    u = rng.random(n)
    working_age = (age >= 20) & (age <= 64)
    p_emp_a = np.where(working_age, p_emp, p_emp * 0.4)
    activity = np.where(u < p_emp_a, 1, np.where(u < p_emp_a + 0.08 + 0.06 * (cit == 3), 2, 3)).astype(np.int8)
    emp = activity == 1
    educ = rng.choice(np.array([1, 2, 3], np.int8), n, p=[0.25, 0.45, 0.30])
    educ = np.where((cit == 3) & (rng.random(n) < 0.15), 1, educ).astype(np.int8)
    in_edu = ((age < 25) & (rng.random(n) < 0.5)).astype(np.int8)
    b = lambda p: (rng.random(n) < p).astype(np.int8)
    pov_p = np.where(cit == 1, 0.17, np.where(cit == 2, 0.30, 0.45))
    cols = {
        "pid": np.arange(start, start + n, dtype=np.int64),
        "citizenship": cit, "sex": sex, "age": age, "activity": activity,
        "selfemp": (emp & (rng.random(n) < 0.13)).astype(np.int8),
        "parttime": (emp & (rng.random(n) < 0.18)).astype(np.int8),
        "temporary": (emp & (rng.random(n) < 0.12 + 0.1 * (cit == 3))).astype(np.int8),
        "educ": educ, "in_education": in_edu,
        "overqual": (emp & (educ == 3) & (rng.random(n) < 0.2 + 0.2 * (cit == 3))).astype(np.int8),
        "early_leaver": ((age >= 18) & (age <= 24) & (educ == 1) & (in_edu == 0)).astype(np.int8),
        "poverty": (rng.random(n) < pov_p).astype(np.int8),
        "deprivation": b(0.06), "health_good": b(0.68), "owner": b(0.70),
        "overcrowded": b(0.15), "cost_overburden": b(0.10),
        "long_term_resident": ((cit == 3) & (rng.random(n) < 0.45)).astype(np.int8),
        "income": rng.lognormal(9.8, 0.6, n).astype(np.float32),
    }
    w = rng.gamma(4.0, 250.0, n).astype(np.float32)
    cols["w"] = w
    noise = rng.standard_normal((80, n), dtype=np.float32)
    for r in range(80):
        cols[f"rw{r+1}"] = np.maximum(w * (1 + 0.25 * noise[r]), 0).astype(np.float32)
    return pa.table(cols)

def main(n, path, seed=20261122):
    rng = np.random.default_rng(seed)
    writer = None
    step = 1_000_000
    for start in range(0, n, step):
        t = chunk(rng, min(step, n - start), start)
        writer = writer or pq.ParquetWriter(path, t.schema, compression="zstd")
        writer.write_table(t, row_group_size=step)
    writer.close()

if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2])
