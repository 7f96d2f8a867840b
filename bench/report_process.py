#!/usr/bin/python3
"""Whole `perfdeck-cli report` processes, timed by CPU (user + sys) as well as wall time: on a
loaded machine the wall time mostly measures the other processes, the CPU time what the report
costs. Each case runs N times (best kept), with Jinja2's bytecode cache (the default) and
without it (XDG_CACHE_HOME unusable), so its effect shows.

Usage: bench/report_process.py CLI RESULTS_FILE [N]
(bench_report --runs 100 --keep prints a 101-run RESULTS_FILE to use.)"""
import os
import resource
import subprocess
import sys
import time


def best_of(args, env, n):
    best = (float("inf"), float("inf"))
    for _ in range(n):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.time()
        subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
                       check=False)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        best = min(best, (cpu, time.time() - start))
    return best


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    cli, results = sys.argv[1], sys.argv[2]
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    base = dict(os.environ, LANGUAGE="en", PERFDECK_HISTORY_DB="/nonexistent/history.sqlite")
    cases = [("cache", base), ("no cache", dict(base, XDG_CACHE_HOME="/proc/nonexistent"))]
    print("perfdeck-cli report %s --template summary (best of %d, ms)" % (results, n))
    for fmt in ("txt", "html", "pdf"):
        template = "summary.txt" if fmt == "txt" else "summary"
        args = [cli, "report", results, "--template", template, "--out", "/tmp/report-bench." + fmt]
        for name, env in cases:
            cpu, wall = best_of(args, env, n)
            print("  .%-4s %-9s cpu %6.0f   wall %6.0f" % (fmt, name, cpu * 1000, wall * 1000))


if __name__ == "__main__":
    main()
