#!/bin/sh
# Re-captures the flent fixtures of this folder on loopback (flent 2.1.1 and netperf 2.7 from
# Debian): a private netserver on a free port, short tests, files written to $1 (default: .).
# Traffic stays on 127.0.0.1; the netserver started here is stopped by its PID.
set -eu
out=${1:-.}
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
netserver -D -p "$port" -L 127.0.0.1 >/dev/null 2>&1 &
ns=$!
trap 'kill $ns 2>/dev/null || true' EXIT
sleep 1
common="-H 127.0.0.1 --netperf-control-port $port -l 5 -s 0.2 -D $out"
flent rrul $common -t loopback
flent tcp_nup $common --test-parameter upload_streams=4 -t loopback
flent tcp_ndown $common --test-parameter download_streams=2 -t loopback
