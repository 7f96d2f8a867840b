// Reads netperf output: followed live line by line (-D interim groups become IntervalSamples,
// -k KEY=VALUE lines the summary), and whole files for import (the classic table, OMNI CSV
// from -o, -k output, and netperf's error text). Unknown values are null, never 0.
#pragma once

#include "model/runresult.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Perfdeck {

struct NetperfParseOutcome {
    bool parsed = false; // a result (or a recognised netperf error) was found
    RunResult run;       // status Error with the message for netperf's error text
    QString error;       // why nothing could be read
};

class NetperfParser final {
public:
    // Feeds one complete line (without the newline). Returns the interim interval it
    // completed (the NETPERF_ENDING[i] line closes the group of four).
    std::optional<IntervalSample> feedLine(QStringView line);

    bool hasSummary() const { return m_values.contains(QStringLiteral("THROUGHPUT")); }
    // The first error netperf printed, in the user's terms ("no netserver listening on ...").
    QString error() const { return m_error; }
    QString banner() const { return m_banner; }
    const QHash<QString, QString> &values() const { return m_values; }
    const QList<IntervalSample> &intervals() const { return m_intervals; }

    // The run so far: summary from the KEY=VALUE lines, the interim intervals, protocol and
    // direction from the output. status Ok with a summary, else Partial (intervals) or Error.
    RunResult result() const;

    // Bits/s for a netperf unit ("10^6bits/s", "10^3bits/sec", "MBytes/s"); nullopt for
    // Trans/s and unknown units.
    static std::optional<double> bitsPerSecond(double value, QStringView units);
    static bool isTransactionUnits(QStringView units);
    // The summary, protocol and direction for a set of -k keys (shared by -k, -o CSV and the
    // classic table once turned into keys).
    static void applyValues(const QHash<QString, QString> &values, RunResult *run);
    // "establish control: are you sure there is a netserver listening on H at port P?" ->
    // "no netserver listening on H:P (...)"; empty for a line that is no error.
    static QString errorFromLine(QStringView line);

    // Whole output of any netperf format (for import). Detects the format from the content.
    static NetperfParseOutcome parse(const QByteArray &output);
    // True when the first bytes look like netperf output (banner, -k keys or error text).
    static bool looksLikeNetperf(const QByteArray &head);

private:
    struct Interim {
        int index = -1;
        std::optional<double> value;
        QString units;
        std::optional<double> intervalS;
    };
    std::optional<IntervalSample> closeInterim();

    QHash<QString, QString> m_values;
    QList<IntervalSample> m_intervals;
    Interim m_interim;
    double m_elapsedS = 0;
    QString m_banner;
    QString m_error;
    int m_nonFiniteInterims = 0; // NETPERF_INTERIM_RESULT of nan/inf, dropped
};

} // namespace Perfdeck
