// The most Perfdeck accepts from a file or from a tool's output, in one place: document sizes,
// nesting depth, intervals and streams per run, YAML alias expansion, inflated gzip. Past a
// limit a reader stops with an error naming the source and the limit, before the input can take
// the machine's memory or stack (docs/HARDENING.md).
#pragma once

#include <QByteArray>
#include <QString>

namespace Perfdeck::InputLimits {

// Sessions, results documents and stats/report inputs: larger than any real one (a 60 s -P 128
// iperf3 -J file is about 250 MB); a bigger input, or /dev/zero, is refused.
inline constexpr qint64 MaxDocumentBytes = qint64(512) << 20;
// iperf3 -J and --json-stream files given to import (a 10-minute -P 8 run is about 8 MB).
inline constexpr qint64 MaxIperf3FileBytes = qint64(1) << 30;
// netperf output given to import (a 24-hour run with 1 s interim results is about 15 MB).
inline constexpr qint64 MaxNetperfFileBytes = qint64(256) << 20;
// flent files, as stored and once inflated (a 1-hour rrul test is about 45 MB of JSON).
inline constexpr qint64 MaxFlentFileBytes = qint64(256) << 20;
inline constexpr qint64 MaxInflatedBytes = qint64(256) << 20;
// Files people write or other tools keep: profiles, inventories, ssh_config and its Includes,
// Ansible inventories and variables, known_hosts, templates.
inline constexpr qint64 MaxConfigBytes = qint64(16) << 20;

// JSON nesting: QJsonDocument refuses deeper documents itself, and simdjson's default depth is
// the same; Perfdeck's own documents nest less than 12 levels.
inline constexpr int MaxJsonDepth = 1024;
// YAML nesting (yaml-cpp recurses once per level); profiles nest 4 levels, Ansible inventories
// two per group level (groups nest at most 32 deep).
inline constexpr int MaxYamlDepth = 128;
// YAML nodes counted with every alias expanded: a few aliases to aliases (a "billion laughs"
// file of 500 bytes) would otherwise stand for 10^9 nodes to whoever walks the tree.
inline constexpr qint64 MaxYamlNodes = 1000000;

// Intervals of one run: 1 s intervals for 11 days, or 0.1 s intervals for 27 hours.
inline constexpr qsizetype MaxIntervals = 1000000;
// Streams of one interval: iperf3 allows -P 128, and --bidir doubles the sockets.
inline constexpr qsizetype MaxStreams = 256;

// "more than 1,000,000 intervals" style text for errors.
QString count(qint64 n);
// The error for a run whose tool or file gave more intervals than MaxIntervals.
QString tooManyIntervals();
// The error for an interval (or end totals) with more streams than MaxStreams.
QString tooManyStreams(qint64 found);

// Reads a file a person writes or another tool keeps (profile, inventory, ssh_config, Ansible
// inventory, known_hosts): at most MaxConfigBytes, so /dev/zero or a FIFO that never ends is
// refused. *reason leaves out the path, for loaders that report "FILE:LINE:COLUMN: ..." the same
// way for every problem.
bool readConfigFile(const QString &path, QByteArray *bytes, QString *reason);

// Checks YAML before a loader builds its tree: nesting deeper than MaxYamlDepth or more than
// MaxYamlNodes nodes once aliases are expanded is refused. Returns an empty string when the
// text is within the limits or is not valid YAML (the loader reports the syntax error itself);
// otherwise the reason, with *line and *column (1-based) where it was found.
QString checkYaml(const QByteArray &yaml, int *line, int *column);

} // namespace Perfdeck::InputLimits
