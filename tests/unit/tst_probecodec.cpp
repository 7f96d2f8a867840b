// perfdeck-probe's own parts (src/probe, no Qt): the datagram codec, the sequence tracker
// (loss, reordering, duplicates, forged jumps) and the RFC 3550 jitter and delay variation.
#include "jitterestimator.h"
#include "probedatagram.h"
#include "probesender.h"
#include "sequencetracker.h"
#include "udpsocket.h"

#include <QTest>

#include <vector>

using probe::JitterEstimator;
using probe::ProbeDatagram;
using probe::SequenceTracker;

class TstProbeCodec final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void probeRoundTrip() {
        ProbeDatagram d;
        d.classIndex = 7;
        d.dscp = 46;
        d.session = 0xdeadbeef;
        d.sequence = 0x0102030405060708ull;
        d.sendRealtimeNs = 1764650000123456789ull;
        d.sendMonotonicNs = 987654321012ull;
        d.patternPhase = 3;
        std::vector<std::uint8_t> b(200, 0xaa);
        d.encode(b.data(), b.size());
        ProbeDatagram out;
        QCOMPARE(ProbeDatagram::decode(b.data(), b.size(), &out), ProbeDatagram::Error::None);
        QCOMPARE(out.kind, ProbeDatagram::Kind::Probe);
        QCOMPARE(out.classIndex, 7);
        QCOMPARE(out.dscp, 46);
        QCOMPARE(out.session, 0xdeadbeefu);
        QCOMPARE(out.sequence, 0x0102030405060708ull);
        QCOMPARE(out.sendRealtimeNs, 1764650000123456789ull);
        QCOMPARE(out.sendMonotonicNs, 987654321012ull);
        QCOMPARE(out.patternPhase, 3u);
        // Network byte order on the wire: the magic reads "PDQP".
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(b.data()), 4), QByteArray("PDQP"));
        // Padding beyond the fields is left alone.
        QCOMPARE(b[199], 0xaa);
    }

    void echoKeepsTheProbeAndAddsWhatTheReflectorSaw() {
        ProbeDatagram d;
        d.session = 42;
        d.sequence = 99;
        d.dscp = 34;
        std::vector<std::uint8_t> b(ProbeDatagram::MinSize);
        d.encode(b.data(), b.size());
        ProbeDatagram echo = d;
        echo.receivedTos = 0x00; // bleached on the way
        echo.receiveRealtimeNs = 5555;
        echo.reflectorReceived = 90;
        echo.reflectorHighest = 100;
        echo.reflectorDuplicates = 2;
        echo.reflectorReordered = 3;
        echo.reflectorJitterNs = 123456;
        echo.encodeEcho(b.data(), b.size());
        ProbeDatagram out;
        QCOMPARE(ProbeDatagram::decode(b.data(), b.size(), &out), ProbeDatagram::Error::None);
        QCOMPARE(out.kind, ProbeDatagram::Kind::Echo);
        QCOMPARE(out.session, 42u);
        QCOMPARE(out.sequence, 99u);
        QCOMPARE(out.dscp, 34);
        QCOMPARE(out.receivedTos, 0);
        QCOMPARE(out.receiveRealtimeNs, 5555u);
        QCOMPARE(out.reflectorReceived, 90u);
        QCOMPARE(out.reflectorHighest, 100u);
        QCOMPARE(out.reflectorDuplicates, 2u);
        QCOMPARE(out.reflectorReordered, 3u);
        QCOMPARE(out.reflectorJitterNs, 123456u);
    }

    void hostileDatagramsAreRefused_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("error");
        std::vector<std::uint8_t> good(ProbeDatagram::MinSize);
        ProbeDatagram().encode(good.data(), good.size());
        const QByteArray valid(reinterpret_cast<const char *>(good.data()), int(good.size()));
        QTest::addRow("empty") << QByteArray() << int(ProbeDatagram::Error::TooShort);
        QTest::addRow("one byte short")
            << valid.left(valid.size() - 1) << int(ProbeDatagram::Error::TooShort);
        QByteArray magic = valid;
        magic[0] = 'X';
        QTest::addRow("wrong magic") << magic << int(ProbeDatagram::Error::BadMagic);
        QTest::addRow("zeros") << QByteArray(200, '\0') << int(ProbeDatagram::Error::BadMagic);
        QByteArray version = valid;
        version[4] = char(2);
        QTest::addRow("future version") << version << int(ProbeDatagram::Error::BadVersion);
        QByteArray kind = valid;
        kind[5] = char(0x7f);
        QTest::addRow("unknown kind") << kind << int(ProbeDatagram::Error::BadKind);
    }
    void hostileDatagramsAreRefused() {
        QFETCH(QByteArray, bytes);
        QFETCH(int, error);
        ProbeDatagram out;
        out.session = 77;
        QCOMPARE(int(ProbeDatagram::decode(reinterpret_cast<const std::uint8_t *>(bytes.data()),
                                           std::size_t(bytes.size()), &out)),
                 error);
        QCOMPARE(out.session, 77u); // untouched
    }

    void dscpIsSixBits() {
        std::vector<std::uint8_t> b(ProbeDatagram::MinSize);
        ProbeDatagram().encode(b.data(), b.size());
        b[7] = 0xff;
        ProbeDatagram out;
        QCOMPARE(ProbeDatagram::decode(b.data(), b.size(), &out), ProbeDatagram::Error::None);
        QCOMPARE(out.dscp, 63);
    }

    void sequences_data() {
        QTest::addColumn<QList<quint64>>("arrivals");
        QTest::addColumn<quint64>("received");
        QTest::addColumn<quint64>("lost");
        QTest::addColumn<quint64>("reordered");
        QTest::addColumn<quint64>("duplicates");
        QTest::addColumn<quint64>("refused");
        QTest::addRow("in order") << QList<quint64>{0, 1, 2, 3} << 4ull << 0ull << 0ull << 0ull
                                  << 0ull;
        QTest::addRow("gap is loss")
            << QList<quint64>{0, 1, 4, 5} << 4ull << 2ull << 0ull << 0ull << 0ull;
        QTest::addRow("first ones lost")
            << QList<quint64>{3, 4} << 2ull << 3ull << 0ull << 0ull << 0ull;
        QTest::addRow("late one fills its gap")
            << QList<quint64>{0, 2, 1, 3} << 4ull << 0ull << 1ull << 0ull << 0ull;
        QTest::addRow("duplicate")
            << QList<quint64>{0, 1, 1, 2, 0} << 3ull << 0ull << 0ull << 2ull << 0ull;
        QTest::addRow("forged jump is ignored")
            << QList<quint64>{0, 1, 1ull << 40, 2} << 3ull << 0ull << 0ull << 0ull << 1ull;
        QTest::addRow("largest sequence")
            << QList<quint64>{0, ~0ull} << 1ull << 0ull << 0ull << 0ull << 1ull;
    }
    void sequences() {
        QFETCH(QList<quint64>, arrivals);
        SequenceTracker t(1024, 1000000);
        for (const quint64 s : arrivals)
            t.accept(s);
        QTEST(quint64(t.received()), "received");
        QTEST(quint64(t.lost()), "lost");
        QTEST(quint64(t.reordered()), "reordered");
        QTEST(quint64(t.duplicates()), "duplicates");
        QTEST(quint64(t.refused()), "refused");
    }

    void windowSlidesWithoutFalseDuplicates() {
        // After the window has moved on, an old slot stands for a new number: a number that
        // reuses a slot must not count as a duplicate of the one it replaced.
        SequenceTracker t(64, 1u << 20);
        for (quint64 s = 0; s < 1000; ++s)
            QCOMPARE(t.accept(s), SequenceTracker::Verdict::New);
        QCOMPARE(t.duplicates(), 0u);
        QCOMPARE(t.accept(999), SequenceTracker::Verdict::Duplicate);
        QCOMPARE(t.accept(10), SequenceTracker::Verdict::Late); // older than the window
        // A jump of more than the window clears it.
        QCOMPARE(t.accept(5000), SequenceTracker::Verdict::New);
        QCOMPARE(t.accept(4999), SequenceTracker::Verdict::Reordered);
        // 4999 of 0..5000 distinct arrived, but the late 10 is counted again: 3998, not 3999
        // (a number older than the window cannot be told from a duplicate).
        QCOMPARE(t.lost(), 3998u);
    }

    void rfc3550Jitter() {
        // Sent every 20 ms, transits 5, 7, 4, 10 ms: D = 2, 3, 6 ms, and J += (|D| - J) / 16.
        JitterEstimator j;
        const std::int64_t ms = 1000000;
        j.add(0, 5 * ms);
        QCOMPARE(j.jitterNs(), 0.0);
        j.add(20 * ms, 27 * ms);
        QCOMPARE(j.jitterNs(), 0.125 * ms);
        j.add(40 * ms, 44 * ms);
        QCOMPARE(j.jitterNs(), 0.3046875 * ms);
        j.add(60 * ms, 70 * ms);
        QCOMPARE(j.jitterNs(), 0.66064453125 * ms);
        // Delay variation: transit minus the smallest transit (4 ms).
        QCOMPARE(j.maxDelayVariationNs(), 6.0 * ms);
        QCOMPARE(j.lastDelayVariationNs(), 6.0 * ms);
        QCOMPARE(j.meanDelayVariationNs(), (6.5 - 4.0) * ms);
    }

    void clockOffsetCancels() {
        // The sender's clock 3 s ahead of the reflector's: jitter and delay variation are the
        // same as with synchronised clocks.
        JitterEstimator a, b;
        const std::int64_t offset = 3000000000;
        const std::int64_t transits[] = {5000, 9000, 4000, 12000, 6000};
        for (int i = 0; i < 5; ++i) {
            a.add(i * 1000000, i * 1000000 + transits[i]);
            b.add(i * 1000000 + offset, i * 1000000 + transits[i]);
        }
        QCOMPARE(a.jitterNs(), b.jitterNs());
        QCOMPARE(a.maxDelayVariationNs(), b.maxDelayVariationNs());
        QCOMPARE(a.meanDelayVariationNs(), b.meanDelayVariationNs());
    }

    void classArguments_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addRow("voice") << "EF:46:50:200" << true;
        QTest::addRow("fractional rate") << "LE:1:0.5:80" << true;
        QTest::addRow("too small") << "EF:46:50:79" << false;
        QTest::addRow("dscp 64") << "X:64:50:200" << false;
        QTest::addRow("no rate") << "EF:46::200" << false;
        QTest::addRow("negative rate") << "EF:46:-1:200" << false;
        QTest::addRow("missing field") << "EF:46:50" << false;
        QTest::addRow("extra field") << "EF:46:50:200:1" << false;
        QTest::addRow("no name") << ":46:50:200" << false;
        QTest::addRow("garbage") << "EF:4x6:50:200" << false;
    }
    void classArguments() {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        probe::ProbeClass c;
        std::string error;
        QCOMPARE(probe::ProbeClass::parse(text.toStdString(), &c, &error), ok);
        QCOMPARE(error.empty(), ok);
    }

    void numericAddressesOnly_data() {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("text");
        QTest::addRow("ipv4") << "127.0.0.1" << true << "127.0.0.1:5000";
        QTest::addRow("ipv6") << "::1" << true << "[::1]:5000";
        QTest::addRow("ipv6 in brackets") << "[::1]" << true << "[::1]:5000";
        QTest::addRow("name") << "localhost" << false << "";
        QTest::addRow("shell text") << "127.0.0.1;touch x" << false << "";
        QTest::addRow("empty") << "" << false << "";
    }
    void numericAddressesOnly() {
        QFETCH(QString, host);
        QFETCH(bool, ok);
        probe::SocketAddress a;
        QCOMPARE(probe::SocketAddress::parse(host.toStdString(), 5000, &a), ok);
        if (ok)
            QTEST(QString::fromStdString(a.text()), "text");
    }
};

QTEST_GUILESS_MAIN(TstProbeCodec)
#include "tst_probecodec.moc"
