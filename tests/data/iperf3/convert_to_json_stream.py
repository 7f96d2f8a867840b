#!/usr/bin/python3
"""Turns an iperf3 -J document into the line format of iperf3 >= 3.17 --json-stream.

Debian 12 ships iperf3 3.12, which cannot stream JSON, so the stream fixtures are built from real
-J captures: {"event":"start","data":start}, one {"event":"interval","data":...} per interval,
then for a failed run {"event":"error","data":"message"}, and {"event":"end","data":end}.
Usage: convert_to_json_stream.py IN.json OUT.jsonl
"""
import json
import sys

with open(sys.argv[1]) as f:
    doc = json.load(f)
lines = [{"event": "start", "data": doc["start"]}]
lines += [{"event": "interval", "data": i} for i in doc.get("intervals", [])]
if "error" in doc:
    lines.append({"event": "error", "data": doc["error"]})
lines.append({"event": "end", "data": doc.get("end", {})})
with open(sys.argv[2], "w") as f:
    for line in lines:
        f.write(json.dumps(line, separators=(",", ":")) + "\n")
