"""Side-by-side benchmark: `observatory forecast --input` against statsforecast's AutoETS
and AutoTheta on the bundled Urban Audit city series, last 2 years held out.

Series: every city (code ending in C) of the five bundled files with at least 6
consecutive years (the last unbroken run of years is used). Metrics per model over all
held-out values: sMAPE (in percent), MASE (absolute error over the in-sample MAE of the
naive one-step forecast) and the share of held-out values inside the 80% (and 95%)
interval; wall time of each tool on the same series.
"""

import argparse
import csv
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict

FILES = {
    "population": "urb_cpop1_population_2015-2024.csv",
    "foreign_born": "urb_cpopcb_foreign_born_2015-2024.csv",
    "unemployed": "urb_clma_unemployed_2015-2024.csv",
    "employed_20_64": "urb_clma_employed_20-64_2015-2024.csv",
    "students_higher_ed": "urb_ceduc_students_higher_education_2015-2024.csv",
}
HOLDOUT = 2
MIN_YEARS = 6


def build_series(data_dir):
    """{unique_id: [(year, value), ...]} sorted, the last consecutive run of years."""
    out = {}
    for name, file in FILES.items():
        by_city = defaultdict(dict)
        with open(os.path.join(data_dir, file), newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                city, value = row["cities"], row["OBS_VALUE"].strip()
                if not city.endswith("C") or value == "":
                    continue
                by_city[city][int(row["TIME_PERIOD"])] = float(value)
        for city, values in by_city.items():
            years = sorted(values)
            run = [years[-1]]
            for y in reversed(years[:-1]):
                if y != run[-1] - 1:
                    break
                run.append(y)
            run.reverse()
            if len(run) >= MIN_YEARS:
                out[f"{name}:{city}"] = [(y, values[y]) for y in run]
    return out


def write_train(path, series):
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["unique_id", "ds", "y"])
        for uid, points in series.items():
            for year, value in points[:-HOLDOUT]:
                w.writerow([uid, year, repr(value)])


def run_observatory(binary, train_csv, workdir, runs):
    out = os.path.join(workdir, "observatory.csv")
    db = os.path.join(workdir, "store.db")
    cmd = [binary, "--db", db, "--no-bundled-data", "forecast", "--input", train_csv,
           "--horizon", str(HOLDOUT), "--level", "80,95", "--bounds", "count", "-o", out]
    subprocess.run([binary, "--db", db, "--no-bundled-data", "init"], check=True, capture_output=True)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    forecasts = {}
    models = defaultdict(int)
    with open(out, newline="") as f:
        for row in csv.DictReader(f):
            forecasts.setdefault(row["unique_id"], []).append(
                (float(row["forecast"]), float(row["lo_80"]), float(row["hi_80"]),
                 float(row["lo_95"]), float(row["hi_95"])))
            models[row["model"]] += 1
    return forecasts, times, {m: n // HOLDOUT for m, n in models.items()}


def run_statsforecast(series, runs):
    import pandas as pd
    from statsforecast import StatsForecast
    from statsforecast.models import AutoETS, AutoTheta, Naive

    rows = [(uid, pd.Timestamp(year=year, month=1, day=1), value)
            for uid, points in series.items() for year, value in points[:-HOLDOUT]]
    df = pd.DataFrame(rows, columns=["unique_id", "ds", "y"])
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        sf = StatsForecast(models=[AutoETS(season_length=1), AutoTheta(season_length=1)],
                           freq="YS", n_jobs=1, fallback_model=Naive())
        fc = sf.forecast(df=df, h=HOLDOUT, level=[80, 95])
        times.append(time.perf_counter() - start)
    result = {"AutoETS": {}, "AutoTheta": {}}
    fc = fc.reset_index() if "unique_id" not in fc.columns else fc
    for model in result:
        for uid, group in fc.groupby("unique_id", sort=False):
            group = group.sort_values("ds")
            result[model][uid] = list(zip(group[model], group[f"{model}-lo-80"], group[f"{model}-hi-80"],
                                          group[f"{model}-lo-95"], group[f"{model}-hi-95"]))
    return result, times


def scores(series, forecasts):
    smape, mase, in80, in95, n = [], [], 0, 0, 0
    for uid, points in series.items():
        train = [v for _, v in points[:-HOLDOUT]]
        actual = [v for _, v in points[-HOLDOUT:]]
        scale = statistics.fmean(abs(b - a) for a, b in zip(train, train[1:]))
        for (f, lo80, hi80, lo95, hi95), y in zip(forecasts[uid], actual):
            denom = abs(y) + abs(f)
            smape.append(0.0 if denom == 0 else 200.0 * abs(y - f) / denom)
            if scale > 0:
                mase.append(abs(y - f) / scale)
            in80 += lo80 <= y <= hi80
            in95 += lo95 <= y <= hi95
            n += 1
    return {"sMAPE": statistics.fmean(smape), "MASE": statistics.fmean(mase),
            "cover80": in80 / n, "cover95": in95 / n, "values": n}


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--data", required=True)
    p.add_argument("--bin", required=True)
    p.add_argument("--runs", type=int, default=3)
    args = p.parse_args()
    series = build_series(args.data)
    lengths = defaultdict(int)
    for points in series.values():
        lengths[len(points) - HOLDOUT] += 1
    print(f"{len(series)} series, training lengths: {dict(sorted(lengths.items()))}")
    with tempfile.TemporaryDirectory() as work:
        train_csv = os.path.join(work, "train.csv")
        write_train(train_csv, series)
        obs, obs_times, models = run_observatory(args.bin, train_csv, work, args.runs)
        sf, sf_times = run_statsforecast(series, args.runs)
    print(f"observatory chose: {dict(sorted(models.items(), key=lambda kv: -kv[1]))}")
    groups = {"all": lambda n: True, "train 4-5 (plain methods)": lambda n: n <= 5,
              "train 6-7 (combination)": lambda n: 6 <= n <= 7, "train >= 8 (backtest)": lambda n: n >= 8}
    by_variable = {f"variable {name}": name for name in FILES}
    for label, keep in list(groups.items()) + list(by_variable.items()):
        if isinstance(keep, str):
            subset = {u: s for u, s in series.items() if u.startswith(keep + ":")}
        else:
            subset = {u: s for u, s in series.items() if keep(len(s) - HOLDOUT)}
        if not subset:
            continue
        print(f"\n{label}: {len(subset)} series")
        print("| model | sMAPE % | MASE | 80% covers | 95% covers | wall time |")
        print("|---|---:|---:|---:|---:|---:|")
        fmt = lambda ts: "first {:.2f} s, then {}".format(ts[0], ", ".join(f"{t:.2f}" for t in ts[1:])) if label == "all" else ""
        for name, fc, ts in [("observatory", obs, obs_times), ("statsforecast AutoETS", sf["AutoETS"], sf_times),
                             ("statsforecast AutoTheta", sf["AutoTheta"], None)]:
            s = scores(subset, fc)
            t = fmt(ts) if ts else "(with AutoETS: one `forecast` call)"
            print(f"| {name} | {s['sMAPE']:.2f} | {s['MASE']:.3f} | {100 * s['cover80']:.1f}% | {100 * s['cover95']:.1f}% | {t} |")


if __name__ == "__main__":
    sys.exit(main())
