#!/usr/bin/env python3
"""Derives the defect fixtures of this folder from real captures (../ and ../3.21/).

Each file is a real iperf3 output with one edit that shows an output defect iperf3 users report
(see README.md). The edited documents are written back in iperf3's layout (tab indentation,
"key":<TAB>value); the bare words nan and -nan are written as old iperf3 builds print them.
Run from this folder; re-running rewrites the same files."""
import json

MINUS_NAN = "__minus_nan__"
NAN = "__nan__"


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def dump(doc):
    text = json.dumps(doc, indent="\t", separators=(",", ":\t"))
    return text.replace('"%s"' % MINUS_NAN, "-nan").replace('"%s"' % NAN, "nan") + "\n"


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


# iperf3 3.12, -u -b 50M -R -t 2 -J: the client receives, its intervals carry loss.
def udp_reverse():
    return load("../udp_reverse.json")


# esnet/iperf#613, #826: nan and -nan printed as bare words (old cJSON).
d = udp_reverse()
second = d["intervals"][1]
second["streams"][0]["lost_percent"] = MINUS_NAN
second["sum"]["lost_percent"] = MINUS_NAN
second["sum"]["jitter_ms"] = NAN
write("nan_values.json", dump(d))

# esnet/iperf#412, #914: with --omit the first interval after the omitted ones can show
# negative loss.
d = udp_reverse()
d["start"]["test_start"]["omit"] = 1
first, second = d["intervals"][0], d["intervals"][1]
first["streams"][0]["omitted"] = first["sum"]["omitted"] = True
for part in (second["streams"][0], second["sum"]):
    part["lost_packets"] = -104
    part["lost_percent"] = -54.450262
write("udp_omit_negative_loss.json", dump(d))

# esnet/iperf#1892: 32-bit datagram counters wrap after 2^32 packets without
# --udp-counters-64bit: negative loss from then on, in the intervals and the totals.
d = udp_reverse()
for part in (d["intervals"][1]["streams"][0], d["intervals"][1]["sum"]):
    part["lost_packets"] = -792929
    part["lost_percent"] = -3287.16
d["end"]["sum_received"]["lost_packets"] = -792929
d["end"]["sum_received"]["lost_percent"] = -207573.0
write("udp_counter_wrap.json", dump(d))

# esnet/iperf#725: a negative retransmit count printed as an unsigned 32-bit number.
d = load("../tcp_p4.json")  # iperf3 3.12, -P 4 -t 2 -J
d["intervals"][1]["streams"][0]["retransmits"] = 4294967294
d["intervals"][1]["sum"]["retransmits"] = 4294967294 + 2
write("tcp_retransmits_wrap.json", dump(d))

# esnet/iperf#1143, #1631: an error printed as plain text after the JSON document.
with open("../tcp_basic.json", encoding="utf-8") as f:
    basic = f.read()
write("text_after_json.json",
      basic.rstrip("\n") + "\niperf3: error - unable to send control message: Broken pipe\n")

# esnet/iperf#1688, #1716: iperf3 3.16/3.17 print the whole -J document twice.
with open("../3.21/tcp_rev_p2.json", encoding="utf-8") as f:
    rev = f.read()
write("printed_twice.json", rev + rev)
