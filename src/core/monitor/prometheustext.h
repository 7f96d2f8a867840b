// The Prometheus text exposition format (0.0.4) of the live runs: what `/metrics` serves.
// Metric names and labels are documented in docs/MONITORING.md; scripts and dashboards depend
// on them, so never rename one.
#pragma once

#include <QByteArray>

namespace Perfdeck {

class LiveRuns;

// "text/plain; version=0.0.4; charset=utf-8"
QByteArray prometheusContentType();
// Every run LiveRuns holds (active and recently ended), one sample per known value.
QByteArray prometheusText(const LiveRuns &runs);
// A label value with \, " and newline escaped as the format asks.
QByteArray prometheusLabelValue(const QString &value);
// A sample value: integers without a fraction, others shortest round-trip, NaN/+Inf/-Inf.
QByteArray prometheusNumber(double value);

} // namespace Perfdeck
