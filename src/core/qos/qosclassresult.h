// What became of one DSCP class on the way: the code point it was sent with, the code points
// it arrived with (counted per datagram by the reflector), and the verdict a user reads --
// kept, remarked to X (with the share of datagrams), bleached to 0. Stored in RunResult::qos
// (JSON "qos"; keys in docs/ARCHITECTURE.md "Files"); fromProbe() also fills the run's summary
// and intervals from perfdeck-probe's output.
#pragma once

#include "model/runresult.h"
#include "qos/probeparser.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace Perfdeck {

struct QosClassResult {
    enum class Verdict { Unknown, Kept, Remarked, Bleached };

    // A class counts as kept (or bleached, or remarked to one code point) when at least this
    // share of the datagrams that arrived carried that code point; below it, the mix is
    // reported as remarked with the shares.
    static constexpr double Threshold = 0.99;

    QString className;
    int sentDscp = 0;
    QMap<int, qint64> receivedDscp; // code point -> datagrams that arrived with it
    qint64 tosUnknown = 0;          // arrived, but the reflector could not read the TOS byte
    QMap<int, qint64> returnDscp;   // the echoes' code points as they came back
    Verdict verdict = Verdict::Unknown;
    int remarkedTo = -1;      // the most common code point other than the one sent
    double remarkedShare = 0; // its share of the datagrams that arrived (0..1)
    double keptShare = 0;     // share that arrived with the code point sent

    // Sets verdict, remarkedTo and the shares from sentDscp and receivedDscp. A class that
    // arrived as CS0 is "remarked to CS0" here; judgeTogether() tells bleaching from that.
    void judge();
    // Bleaching is a verdict on the path, not on one class: when every marked class of one test
    // arrived as CS0, each of them is "bleached"; when others kept their marks, a class set to
    // CS0 was remarked.
    static void judgeTogether(QList<QosClassResult> &classes);
    qint64 receivedTotal() const;
    // "kept", "remarked to CS0 (100 %)", "bleached to CS0 (100 %)", "remarked to AF11
    // (40 %), 60 % kept", "nothing arrived".
    QString verdictText() const;
    // "EF (46) 100 %", "CS0 (0) 90 %, EF (46) 10 %": the code points that arrived.
    QString receivedText() const;

    QJsonObject toJson() const;
    static QosClassResult fromJson(const QJsonObject &object);
    static QString toString(Verdict verdict);

    // The run of one class from the probe's output: summary (rates, loss, jitter, RTT),
    // intervals (received rate, target_bps, loss, jitter, RTT) and the qos object. base
    // carries what the caller knows (id, hosts, addresses, times, group).
    static RunResult runFromProbe(const ProbeParser::ClassOutput &output, RunResult base);
};

} // namespace Perfdeck
