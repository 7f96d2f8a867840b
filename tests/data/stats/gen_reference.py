#!/usr/bin/python3
"""Reference values for the Perfdeck statistics tests, computed with Debian's scipy/numpy.

Run with Debian's interpreter (the python3 first on PATH may lack scipy):
    /usr/bin/python3 tests/data/stats/gen_reference.py > tests/data/stats/reference.json
The tests read reference.json only; they never run Python. Every dataset is generated from
fixed seeds, so the output is reproducible for a given scipy/numpy version (recorded below).
"""
import json
import math
import os
import sys
import warnings

import numpy as np
import scipy
from scipy import special, stats

warnings.simplefilter("ignore")
rng = np.random.default_rng(20240611)


def clean(value):
    """JSON-safe: numpy scalars to Python, NaN/inf to None."""
    if isinstance(value, dict):
        return {k: clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, np.ndarray)):
        return [clean(v) for v in value]
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        value = float(value)
        return value if math.isfinite(value) else None
    return value


spiky = [5.0] * 9 + [50.0]
with_outliers = list(rng.normal(100.0, 5.0, 40)) + [160.0, 20.0, 131.0]
datasets = {
    "normal50": rng.normal(9.4e9, 2.0e8, 50),
    "lognormal40": rng.lognormal(3.0, 0.8, 40),
    "heavy60": stats.t.rvs(2, size=60, random_state=rng) * 10.0 + 100.0,
    "ties30": rng.integers(1, 6, 30).astype(float),
    "outliers43": np.array(with_outliers),
    "small7": rng.normal(50.0, 3.0, 7),
    "small11": rng.exponential(2.0, 11),
    "tiny2": np.array([3.0, 5.0]),
    "tiny3": np.array([1.0, 2.5, 7.25]),
    "tiny4": np.array([10.0, 10.5, 9.0, 14.0]),
    "tiny5": np.array([0.5, 0.25, 0.75, 3.0, 0.6]),
    "one": np.array([7.5]),
    "constant10": np.array([42.0] * 10),
    "spiky10": np.array(spiky),
    "normal6000": rng.normal(1000.0, 50.0, 6000),
}

PERCENTS = [0, 1, 5, 10, 25, 50, 75, 90, 95, 99, 100]


def outliers_iqr(x, k=1.5):
    q1, q3 = np.percentile(x, [25, 75])
    return [i for i, v in enumerate(x) if v < q1 - k * (q3 - q1) or v > q3 + k * (q3 - q1)]


def outliers_z(x, t=3.0):
    if len(x) < 2 or np.std(x) == 0:
        return []
    z = stats.zscore(x)  # ddof=0
    return [i for i, v in enumerate(z) if abs(v) > t]


def outliers_mad(x, t=3.5):
    med = np.median(x)
    scale = stats.median_abs_deviation(x, scale="normal")
    if scale == 0:  # documented fallback: 1.2533 * mean absolute deviation from the median
        scale = math.sqrt(math.pi / 2) * np.mean(np.abs(x - med))
    if scale == 0:
        return []
    return [i for i, v in enumerate(x) if abs(v - med) / scale > t]


def refined_t_quantile(p, df):
    """scipy's t.ppf (Cephes stdtri) is off by up to ~5e-9 relative: scipy's own t.sf of it
    misses 1 - p by ~4e-10 at df = 39, p = 0.975. Two Newton steps on t.sf, which is accurate
    to ~1e-15, give the quantile the intervals are checked against."""
    q = stats.t.ppf(p, df)
    for _ in range(2):
        q += (stats.t.sf(q, df) - (1 - p)) / stats.t.pdf(q, df)
    return q


def describe(x):
    n = len(x)
    out = {
        "n": n,
        "mean": np.mean(x),
        "median": np.median(x),
        "variance": np.var(x, ddof=1) if n > 1 else None,
        "stddev": np.std(x, ddof=1) if n > 1 else None,
        "min": np.min(x),
        "max": np.max(x),
        "percentiles": {str(p): np.percentile(x, p) for p in PERCENTS},
    }
    out["cv"] = out["stddev"] / out["mean"] if n > 1 else None
    if n > 1:
        sem = stats.sem(x)
        out["t_ci"] = {}
        out["t_ci_scipy_interval"] = {}
        for level in (0.90, 0.95, 0.99):
            if sem > 0:
                low, high = stats.t.interval(level, n - 1, loc=np.mean(x), scale=sem)
                q = refined_t_quantile(0.5 + level / 2, n - 1)
                out["t_ci"][str(level)] = [np.mean(x) - q * sem, np.mean(x) + q * sem]
            else:
                low = high = np.mean(x)
                out["t_ci"][str(level)] = [low, high]
            out["t_ci_scipy_interval"][str(level)] = [low, high]
    out["outliers"] = {"iqr": outliers_iqr(x), "zscore": outliers_z(x), "mad": outliers_mad(x)}
    if n >= 3:
        res = stats.shapiro(x)
        out["shapiro"] = {"w": res.statistic, "p": res.pvalue}
    if n >= 8 and np.ptp(x) > 0:
        res = stats.normaltest(x)
        out["normaltest"] = {"k2": res.statistic, "p": res.pvalue}
    counts, edges = np.histogram(x, bins="fd")
    out["histogram"] = {"counts": counts.tolist(), "edges": edges.tolist()}
    q1, med, q3 = np.percentile(x, [25, 50, 75])
    fence = 1.5 * (q3 - q1)
    out["boxplot"] = {
        "min": np.min(x), "q1": q1, "median": med, "q3": q3, "max": np.max(x),
        "whisker_low": np.min(x[x >= q1 - fence]), "whisker_high": np.max(x[x <= q3 + fence]),
    }
    if np.all(x >= 0) and np.any(x > 0):
        out["jain"] = np.sum(x) ** 2 / (n * np.sum(x ** 2))
    return out


def mwu(a, b, method):
    res = stats.mannwhitneyu(a, b, alternative="two-sided", method=method)
    return {"u": res.statistic, "p": res.pvalue}


pairs = {
    "normal_shift": (rng.normal(9.0e9, 2.5e8, 30), rng.normal(9.2e9, 2.0e8, 25)),
    "normal_same": (rng.normal(100.0, 10.0, 20), rng.normal(100.0, 10.0, 20)),
    "skewed": (rng.lognormal(3.0, 0.9, 40), rng.lognormal(3.3, 0.7, 35)),
    "ties": (rng.integers(1, 8, 25).astype(float), rng.integers(2, 9, 30).astype(float)),
    "small_5_7": (rng.normal(10.0, 1.0, 5), rng.normal(11.5, 1.0, 7)),
    "small_3_4": (np.array([1.0, 2.0, 3.5]), np.array([4.0, 5.5, 6.0, 7.0])),
    "exact_8_20": (rng.normal(0.0, 1.0, 8), rng.normal(0.8, 1.0, 20)),
    "heavy": (stats.t.rvs(1.5, size=45, random_state=rng), stats.t.rvs(1.5, size=50,
                                                                       random_state=rng) + 1),
    "both_constant_equal": (np.array([5.0] * 6), np.array([5.0] * 4)),
}
comparisons = {}
for name, (a, b) in pairs.items():
    entry = {"a": a, "b": b}
    welch = stats.ttest_ind(a, b, equal_var=False)
    if np.isfinite(welch.statistic):
        va, vb = np.var(a, ddof=1) / len(a), np.var(b, ddof=1) / len(b)
        df = (va + vb) ** 2 / (va ** 2 / (len(a) - 1) + vb ** 2 / (len(b) - 1))
        entry["welch"] = {"t": welch.statistic, "df": df, "p": welch.pvalue}
    entry["mwu_auto"] = mwu(a, b, "auto")
    entry["mwu_asymptotic"] = mwu(a, b, "asymptotic")
    if len(np.unique(np.concatenate([a, b]))) == len(a) + len(b):
        entry["mwu_exact"] = mwu(a, b, "exact")
    comparisons[name] = entry

# Bootstrap: scipy's own bootstrap distribution, to check the interval arithmetic exactly, and
# a 10,000-resample run to compare a seeded Perfdeck bootstrap with, within Monte Carlo error.
bootstrap = {}
for name in ("normal50", "lognormal40", "heavy60"):
    x = datasets[name]
    entry = {}
    for method in ("percentile", "BCa"):
        res = stats.bootstrap((x,), np.mean, confidence_level=0.95, n_resamples=2000,
                              method=method, random_state=np.random.default_rng(7))
        entry[method] = {"distribution": res.bootstrap_distribution,
                         "low": res.confidence_interval.low,
                         "high": res.confidence_interval.high}
        big = stats.bootstrap((x,), np.mean, confidence_level=0.95, n_resamples=10000,
                              method=method, random_state=np.random.default_rng(11))
        entry[method + "_10000"] = {"low": big.confidence_interval.low,
                                    "high": big.confidence_interval.high}
    bootstrap[name] = entry

# Special functions on a grid that reaches into the tails.
xs = [-40.0, -8.0, -5.0, -1.5, -0.1, 0.0, 0.3, 1.0, 2.0, 8.0, 37.0]
ps = [1e-300, 1e-20, 1e-10, 1e-5, 0.001, 0.025, 0.05, 0.1, 0.3, 0.5, 0.7, 0.9, 0.95, 0.975,
      0.995, 0.99999]
dfs = [1.0, 2.0, 3.0, 4.5, 10.0, 29.7, 100.0, 12345.0]
special_ref = {
    "normal": [{"x": x, "cdf": stats.norm.cdf(x), "sf": stats.norm.sf(x), "pdf": stats.norm.pdf(x)}
               for x in xs],
    "normal_ppf": [{"p": p, "x": special.ndtri(p)} for p in ps],
    "t": [{"df": df, "x": x, "cdf": stats.t.cdf(x, df), "sf": stats.t.sf(x, df),
           "pdf": stats.t.pdf(x, df)} for df in dfs for x in xs],
    "t_ppf": [{"df": df, "p": p, "x": stats.t.ppf(p, df)} for df in dfs for p in ps[2:]],
    "betainc": [{"a": a, "b": b, "x": x, "value": special.betainc(a, b, x)}
                for a in (0.5, 1.0, 2.5, 30.0, 500.0) for b in (0.5, 1.0, 7.0, 200.0)
                for x in (1e-6, 0.01, 0.2, 0.5, 0.8, 0.999)],
    "gammainc": [{"a": a, "x": x, "p": special.gammainc(a, x), "q": special.gammaincc(a, x)}
                 for a in (0.5, 1.0, 3.0, 25.0, 400.0) for x in (0.01, 0.5, 2.0, 10.0, 30.0,
                                                                    420.0)],
    "chi2_sf": [{"df": df, "x": x, "sf": stats.chi2.sf(x, df)}
                for df in (1.0, 2.0, 5.0, 30.0) for x in (0.001, 0.5, 2.0, 9.0, 40.0, 200.0)],
}



# Sample inputs for the CLI tests (tests/integration/tst_clistats.cpp), written next to this
# script, with the numbers scipy gives for them.
def results_document(name, throughputs, extra_runs=(), key="throughput_bps"):
    runs = []
    for i, value in enumerate(throughputs):
        runs.append({"id": f"{name}-{i + 1}", "engine": "iperf3", "protocol": "tcp",
                     "direction": "send", "client": "127.0.0.1", "server": "127.0.0.1",
                     "streams": 1, "duration_s": 10, "status": "ok", "error": None,
                     "summary": {key: value}, "intervals": []})
    runs.extend(extra_runs)
    return {"format": "perfdeck.results/1", "generator": "gen_reference.py", "runs": runs}


def write_json(filename, content):
    with open(os.path.join(HERE, filename), "w") as out:
        json.dump(clean(content), out, indent=1)
        out.write("\n")


HERE = os.path.dirname(os.path.abspath(__file__))
cli_rng = np.random.default_rng(99)
baseline = cli_rng.normal(9.40e9, 0.05e9, 12)
regressed = cli_rng.normal(9.10e9, 0.06e9, 10)
similar = cli_rng.normal(9.41e9, 0.05e9, 11)
skipped_runs = [
    {"id": "failed", "engine": "iperf3", "protocol": "tcp", "direction": "send", "status": "error",
     "error": "unable to connect to server: Connection refused", "summary": {}, "intervals": []},
    {"id": "no-throughput", "engine": "iperf3", "protocol": "tcp", "direction": "send",
     "status": "partial", "error": None, "summary": {"throughput_bps": None}, "intervals": []},
]
write_json("baseline.json", results_document("base", baseline))
write_json("regressed.json", results_document("new", regressed, skipped_runs))
write_json("similar.json", results_document("same", similar))
rr_base = cli_rng.normal(25000.0, 300.0, 8)
rr_new = cli_rng.normal(26000.0, 300.0, 8)
write_json("rr_baseline.json", results_document("rr", rr_base, key="transactions_per_s"))
write_json("rr_improved.json", results_document("rr", rr_new, key="transactions_per_s"))
with open(os.path.join(HERE, "values.csv"), "w") as out:
    out.write("throughput_bps\n# measured on loopback\n\n")
    for v in similar:
        out.write(repr(float(v)) + "\n")
        if v == similar[4]:
            out.write("\n# a comment in the middle\n")


def cli_expectation(candidate, base):
    welch = stats.ttest_ind(candidate, base, equal_var=False)
    va, vb = np.var(candidate, ddof=1) / len(candidate), np.var(base, ddof=1) / len(base)
    mw = stats.mannwhitneyu(candidate, base, alternative="two-sided", method="auto")
    return {"describe": describe(np.asarray(candidate)),
            "welch_t": {"t": welch.statistic, "p": welch.pvalue,
                        "df": (va + vb) ** 2 / (va ** 2 / (len(candidate) - 1)
                                                + vb ** 2 / (len(base) - 1))},
            "mann_whitney": {"u": mw.statistic, "p": mw.pvalue},
            "change_percent": 100 * (np.mean(candidate) - np.mean(base)) / abs(np.mean(base))}


cli = {"regressed_vs_baseline": cli_expectation(regressed, baseline),
       "similar_vs_baseline": cli_expectation(similar, baseline),
       "rr_improved_vs_rr_baseline": cli_expectation(rr_new, rr_base)}

document = {
    "cli": cli,
    "generator": "tests/data/stats/gen_reference.py",
    "scipy": scipy.__version__,
    "numpy": np.__version__,
    "datasets": {name: {"values": x, "expected": describe(np.asarray(x, dtype=float))}
                 for name, x in datasets.items()},
    "comparisons": comparisons,
    "bootstrap": bootstrap,
    "special": special_ref,
}
json.dump(clean(document), sys.stdout, indent=1)
sys.stdout.write("\n")
