#!/usr/bin/env python3
# End to end: `perfdeck-cli import FILE --json OUT` against /usr/bin/python3 loading the same
# iperf3 -J file and dumping it again, each as its own process, measured alike (wall time with
# process start-up, user+system CPU and peak RSS from wait4), interleaved so that a machine
# busy with other work slows both alike. Prints a table and the ratios.
# Usage: import_vs_python.py PERFDECK_CLI FILE [REPEAT]
import os
import subprocess
import sys
import tempfile
import time

cli, path = sys.argv[1], sys.argv[2]
repeat = int(sys.argv[3]) if len(sys.argv) > 3 else 5
python = "/usr/bin/python3"

# Three ways to dump: json.dump(data, f) is the plain "load and dump" (it streams through the
# pure-Python encoder); indent=4 writes the same shape as Perfdeck's indented document; json.dumps
# is Python's fastest (its C encoder, building the whole text in memory).
PY_DUMP = """import json, sys
with open(sys.argv[1], "rb") as f:
    data = json.load(f)
with open(sys.argv[2], "w") as f:
    json.dump(data, f)
"""
PY_FAST = """import json, sys
with open(sys.argv[1], "rb") as f:
    data = json.load(f)
text = json.dumps(data)
with open(sys.argv[2], "w") as f:
    f.write(text)
"""
PY_INDENT = """import json, sys
with open(sys.argv[1], "rb") as f:
    data = json.load(f)
with open(sys.argv[2], "w") as f:
    json.dump(data, f, indent=4)
"""


def run(argv):
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"{argv[0]} failed ({proc.returncode}): {err}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0


with tempfile.TemporaryDirectory() as tmp:
    out = os.path.join(tmp, "out.json")
    contenders = [
        ("perfdeck-cli import", [cli, "import", path, "--json", out]),
        ("python3 json.load + json.dump", [python, "-c", PY_DUMP, path, out]),
        ("python3 json.load + dump(indent=4)", [python, "-c", PY_INDENT, path, out]),
        ("python3 json.load + json.dumps (C)", [python, "-c", PY_FAST, path, out]),
    ]
    results = {name: [] for name, _ in contenders}
    sizes = {}
    for _ in range(repeat):
        for name, argv in contenders:
            results[name].append(run(argv))
            sizes[name] = os.path.getsize(out) / 1e6

size = os.path.getsize(path) / 1e6
print(f"input: {size:.1f} MB, best of {repeat} interleaved runs (wall includes process start)")
print(f"{'end to end':38} {'wall s':>8} {'CPU s':>8} {'peak RSS MB':>12} {'out MB':>8}")
best = {}
for name, rows in results.items():
    wall = min(r[0] for r in rows)
    cpu = min(r[1] for r in rows)
    rss = max(r[2] for r in rows)
    best[name] = (wall, cpu, rss)
    print(f"{name:38} {wall:8.3f} {cpu:8.3f} {rss:12.1f} {sizes[name]:8.1f}")
mine = best["perfdeck-cli import"]
for name, (wall, cpu, rss) in best.items():
    if name == "perfdeck-cli import":
        continue
    goal = " (goal >= 5x)" if name == "python3 json.load + json.dump" else ""
    print(f"ratio {name[8:]:30} / perfdeck: wall {wall / mine[0]:4.1f}x, "
          f"CPU {cpu / mine[1]:4.1f}x{goal}")
lean = min(v[2] for k, v in best.items() if k != "perfdeck-cli import")
print(f"peak RSS perfdeck {mine[2]:.0f} MB vs python3 {lean:.0f} MB (lowest): "
      f"{'below' if mine[2] < lean else 'NOT below'} (goal: below)")
