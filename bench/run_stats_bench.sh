#!/bin/bash
# Statistics benchmark: Perfdeck::Stats::analyze() against the same analysis in scipy, on
# identical data (numpy writes it once; both sides read the same raw doubles).
# Usage: bench/run_stats_bench.sh [BUILD_DIR]   (default: build-bench, configured Release)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$ROOT/build-bench}
PY=/usr/bin/python3 # Debian's python has scipy; the python3 first on PATH may not

if [ ! -f "$BUILD/build.ninja" ]; then
    cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPERFDECK_BUILD_GUI=OFF \
        -DPERFDECK_BUILD_TESTS=OFF >/dev/null
fi
ninja -C "$BUILD" bench_stats >/dev/null

DATA=$(mktemp -d)
trap 'rm -rf "$DATA"' EXIT

"$PY" - "$DATA" <<'PYEOF'
import sys
import numpy as np
rng = np.random.default_rng(2024)
rng.lognormal(np.log(9.4e9), 0.05, 10_000).astype("<f8").tofile(sys.argv[1] + "/n10k.f64")
rng.lognormal(np.log(9.4e9), 0.05, 1_000_000).astype("<f8").tofile(sys.argv[1] + "/n1m.f64")
PYEOF

"$BUILD/bench/bench_stats" "$DATA/n10k.f64" "$DATA/n1m.f64" >"$DATA/cpp.tsv"

"$PY" - "$DATA" >"$DATA/scipy.tsv" <<'PYEOF'
# The same analysis as Perfdeck::Stats::analyze(): descriptive numbers, t interval, outliers
# (IQR, z-score, MAD), normality (Shapiro-Wilk <= 5000 values, else D'Agostino-Pearson),
# Freedman-Diaconis histogram, box plot and, where asked, a BCa bootstrap of the mean.
import sys
import time
import warnings
import numpy as np
from scipy import stats
warnings.simplefilter("ignore")

def analysis(x, bootstrap):
    n = len(x)
    mean, median = np.mean(x), np.median(x)
    var = np.var(x, ddof=1)
    sd = np.sqrt(var)
    cv = sd / mean
    lo, hi = np.min(x), np.max(x)
    ci = stats.t.interval(0.95, n - 1, loc=mean, scale=stats.sem(x))
    q1, q3 = np.percentile(x, [25, 75])
    iqr_out = np.nonzero((x < q1 - 1.5 * (q3 - q1)) | (x > q3 + 1.5 * (q3 - q1)))[0]
    z_out = np.nonzero(np.abs(stats.zscore(x)) > 3)[0]
    mad = stats.median_abs_deviation(x, scale="normal")
    mad_out = np.nonzero(np.abs(x - median) / mad > 3.5)[0]
    normality = stats.shapiro(x) if n <= 5000 else stats.normaltest(x)
    hist = np.histogram(x, bins="fd")
    whisk = (np.min(x[x >= q1 - 1.5 * (q3 - q1)]), np.max(x[x <= q3 + 1.5 * (q3 - q1)]))
    boot = None
    if bootstrap:
        boot = stats.bootstrap((x,), np.mean, n_resamples=10000, method="BCa",
                               confidence_level=0.95, batch=500,
                               random_state=np.random.default_rng(1))
    return mean, ci, iqr_out, z_out, mad_out, normality, hist, whisk, boot

def time_it(name, reps, f):
    ms = []
    for _ in range(reps):
        t0 = time.perf_counter()
        f()
        ms.append((time.perf_counter() - t0) * 1000)
    ms.sort()
    print(f"{name}\t{ms[len(ms) // 2]:.3f}\t{ms[0]:.3f}", flush=True)

small = np.fromfile(sys.argv[1] + "/n10k.f64", dtype="<f8")
large = np.fromfile(sys.argv[1] + "/n1m.f64", dtype="<f8")
time_it("10k_bootstrap", 3, lambda: analysis(small, True))
time_it("10k_no_bootstrap", 15, lambda: analysis(small, False))
time_it("1m_no_bootstrap", 5, lambda: analysis(large, False))
a, b = small[:5000], small[5000:]
time_it("compare_5k_5k", 15, lambda: (stats.ttest_ind(a, b, equal_var=False),
                                        stats.mannwhitneyu(a, b, method="auto")))
PYEOF

echo "Statistics benchmark ($(nproc) cores; median of repeated runs, milliseconds)"
printf "%-20s %12s %12s %9s %10s\n" case perfdeck scipy speedup goal
join -t $'\t' <(sort "$DATA/cpp.tsv") <(sort "$DATA/scipy.tsv") |
    while IFS=$'\t' read -r name cpp _ py _; do
        case $name in
        10k_bootstrap) goal="<250 ms" ;;
        10k_no_bootstrap) goal="<5 ms" ;;
        1m_no_bootstrap) goal="<300 ms" ;;
        *) goal="-" ;;
        esac
        speedup=$(awk -v a="$cpp" -v b="$py" 'BEGIN { printf "%.1fx", b / a }')
        printf "%-20s %12s %12s %9s %10s\n" "$name" "$cpp" "$py" "$speedup" "$goal"
    done
