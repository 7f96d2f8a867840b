#!/usr/bin/python3
"""perfdeck-probe's pacing on loopback next to iperf3 -u -b at the same packet rates.

For 10k, 100k and 500k packets/s (200-byte datagrams, SECONDS each) it prints, for the probe:
the achieved send rate against the requested one, the mean lateness of a datagram behind its
deadline, the standard deviation of the gaps between sends (batches count as one send), the
share the reflector received, and the sender's CPU (user+sys) per 100k packets/s; and for
iperf3 -u -b with -l 200: the achieved packet rate and its CPU. The reflector runs with
--no-echo so only the sender's pacing is measured.

Usage: bench/probe_pacing.py PERFDECK_PROBE [SECONDS]
"""
import json
import os
import resource
import socket
import subprocess
import sys
import time

RATES = [10_000, 100_000, 500_000]
SIZE = 200


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def child_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def probe_run(probe, pps, seconds):
    reflector = subprocess.Popen(
        [probe, "reflect", "--bind", "127.0.0.1", "--port", "0", "--no-echo",
         "--idle-timeout", "5", "--max-time", str(seconds + 30)],
        stdout=subprocess.PIPE, text=True)
    port = json.loads(reflector.stdout.readline())["port"]
    cpu0 = child_cpu()
    out = subprocess.run(
        [probe, "send", "--target", "127.0.0.1", "--port", str(port), "--duration", str(seconds),
         "--linger", "0", "--class", f"CS0:0:{pps}:{SIZE}"],
        capture_output=True, text=True, check=True).stdout
    cpu = child_cpu() - cpu0
    reflector.terminate()
    lines = [json.loads(line) for line in reflector.communicate(timeout=30)[0].splitlines()]
    received = sum(l.get("received", 0) for l in lines if l.get("type") == "summary")
    summary = next(json.loads(l) for l in out.splitlines() if '"summary"' in l)
    return {
        "achieved_pps": summary["sent_pps"],
        "late_mean_us": summary["late_mean_us"],
        "gap_stddev_us": summary["gap_stddev_us"],
        "received_share": received / max(1, summary["sent"]),
        "cpu_per_100k": cpu / seconds / (summary["sent_pps"] / 100_000),
    }


def iperf3_run(pps, seconds):
    port = free_port()
    server = subprocess.Popen(["iperf3", "-s", "-1", "-B", "127.0.0.1", "-p", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(0.5)
    cpu0 = child_cpu()
    out = subprocess.run(
        ["iperf3", "-c", "127.0.0.1", "-p", str(port), "-u", "-l", str(SIZE), "-b",
         str(pps * SIZE * 8), "-t", str(seconds), "-J"],
        capture_output=True, text=True, timeout=seconds + 30).stdout
    server.wait(timeout=30)
    cpu = child_cpu() - cpu0  # client and server: the server's share is small
    end = json.loads(out)["end"]
    packets = end["sum"]["packets"]
    secs = end["sum"]["seconds"]
    return {"achieved_pps": packets / secs,
            "cpu_per_100k": end["cpu_utilization_percent"]["host_total"] / 100
            / (packets / secs / 100_000),
            "lost_percent": end["sum"]["lost_percent"]}


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    probe = sys.argv[1]
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 3
    print(f"load average before: {os.getloadavg()[0]:.2f}; {SIZE}-byte datagrams, {seconds:g} s "
          "each, loopback")
    print(f"{'rate':>8} | {'probe pps':>10} {'of asked':>8} {'late':>9} {'gap sd':>9} "
          f"{'arrived':>8} {'CPU/100k':>8} | {'iperf3 pps':>10} {'of asked':>8} {'CPU/100k':>8}")
    for pps in RATES:
        p = probe_run(probe, pps, seconds)
        i = iperf3_run(pps, seconds)
        print(f"{pps:>8} | {p['achieved_pps']:>10.0f} {p['achieved_pps'] / pps:>8.3f} "
              f"{p['late_mean_us']:>7.1f}us {p['gap_stddev_us']:>7.1f}us "
              f"{p['received_share']:>8.3f} {p['cpu_per_100k']:>8.3f} | "
              f"{i['achieved_pps']:>10.0f} {i['achieved_pps'] / pps:>8.3f} "
              f"{i['cpu_per_100k']:>8.3f}")
    print("CPU/100k: seconds of CPU per second, per 100k packets/s (1.0 = one core); the probe's "
          "is the sender process alone (getrusage), iperf3's is its client's own figure.")


if __name__ == "__main__":
    main()
