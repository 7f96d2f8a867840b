#!/usr/bin/env bash
# Builds and runs every benchmark and prints its figures (the goals are in bench/README.md):
# iperf3 -J parsing and perfdeck-cli import end to end vs python3's json, statistics vs scipy,
# and the live chart at 64 series.
# Usage: bench/run.sh   (Release builds in build-bench/ and, for the chart, build/)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
echo "== iperf3 -J parsing and import end to end (goals: >= 5x python3, less memory)"
bash "$here/run_parse_bench.sh"
echo
echo "== statistics (goals in docs/STATISTICS.md)"
bash "$here/run_stats_bench.sh"
echo
echo "== live chart, 64 series x 36,000 points (goal: p99 update+paint < 16 ms)"
bash "$here/run_chart_bench.sh"
echo
echo "== live dashboard, 64 simulated runs at 10 Hz (goal: p99 frame < 16 ms)"
bash "$here/run_dashboard_bench.sh"
echo
echo "== SSH start-up: connect+auth+remote iperf3 server+1 s client, 1 and 10 hosts, vs OpenSSH"
echo "   (goals: at most half of plain ssh's time; 1 host's set-up under 150 ms)"
bash "$here/run_ssh_bench.sh"
echo
echo "== reports: summary.html for 100 runs, PDF with vector charts, perfdeck-cli report"
echo "   (goals: render < 50 ms, process < 300 ms, 40-chart PDF < 3 s)"
bash "$here/run_report_bench.sh"
echo
echo "== multi-instance: perfdeck-cli run --instances 8 vs the same 8 iperf3 pairs from a shell"
echo "   script (goals: ratio >= 0.97, perfdeck-cli's own CPU < 2 % of one core); 1,000-host x"
echo "   3-test plan scheduled with a fake launcher (goals: < 1 s, < 200 MB)"
bash "$here/run_instances_bench.sh"
echo
echo "== history: one pair's trend in a 100,000-run database (goal: < 50 ms)"
bash "$here/run_history_bench.sh"
echo
echo "== perfdeck-probe pacing: 10k/100k/500k packets/s on loopback vs iperf3 -u -b, CPU per"
echo "   100k packets/s (issue 12)"
bash "$here/run_probe_bench.sh"
echo
echo "== /metrics scrape with 64 live runs fed at 10 Hz (goal: < 5 ms), LiveRuns cost per sample"
bash "$here/run_metrics_bench.sh"
