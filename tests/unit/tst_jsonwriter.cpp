// The streaming JSON writer that saves results documents and sessions: its documents must hold
// exactly the toJson() trees (laid out as QJsonDocument does, except that an interval and a
// stream sample take one line each), numbers must read back to the same double, strings with
// control characters and non-ASCII must survive, and NaN or infinity is never written.
#include "model/runlabel.h"
#include "results/importer.h"
#include "results/resultsdocument.h"
#include "results/session.h"
#include "util/jsonwriter.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <cstring>
#include <limits>

using namespace Perfdeck;

namespace {

QByteArray qtText(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

// Text in QJsonDocument's layout: what a document written with Line containers holds, for a
// byte comparison with QJsonDocument's own text of the same tree.
QByteArray reindented(const QByteArray &text) {
    return QJsonDocument::fromJson(text).toJson(QJsonDocument::Indented);
}

// Every interval and every stream sample of a document on a line of its own, with its figures.
void verifyOneLinePerSample(const QByteArray &text, qsizetype intervals, qsizetype samples) {
    qsizetype intervalLines = 0;
    qsizetype sampleLines = 0;
    for (const QByteArray &line : text.split('\n')) {
        if (line.contains("\"start_s\": ")) {
            ++intervalLines;
            QVERIFY2(line.contains("\"end_s\": ") && line.contains("\"bps\": "), line.constData());
        } else if (line.contains("\"sender\": ")) {
            ++sampleLines;
            QVERIFY2(line.contains("\"id\": ") && line.contains("\"bps\": "), line.constData());
        }
    }
    QCOMPARE(intervalLines, intervals);
    QCOMPARE(sampleLines, samples);
}

qsizetype intervalCount(const QList<RunResult> &runs) {
    qsizetype n = 0;
    for (const RunResult &r : runs)
        n += r.intervals.size();
    return n;
}

qsizetype sampleCount(const QList<RunResult> &runs) {
    qsizetype n = 0;
    for (const RunResult &r : runs)
        for (const IntervalSample &i : r.intervals)
            n += i.streams.size() + i.reverseStreams.size();
    return n;
}

// The line and both versions of the first line where a and b differ, to make failures readable.
QByteArray firstDifference(const QByteArray &a, const QByteArray &b) {
    const QList<QByteArray> la = a.split('\n');
    const QList<QByteArray> lb = b.split('\n');
    for (qsizetype i = 0; i < std::max(la.size(), lb.size()); ++i) {
        const QByteArray x = la.value(i);
        const QByteArray y = lb.value(i);
        if (x != y)
            return "line " + QByteArray::number(i + 1) + ":\n  QJsonDocument: " + x +
                   "\n  JsonWriter:    " + y;
    }
    return "sizes differ";
}

// Every run of every fixture the importer reads: iperf3 -J (TCP, UDP, bidir, errors, killed
// server), netperf (stream, RR, CPU, OMNI CSV) and flent.
QStringList fixtureFiles() {
    QStringList files;
    const std::pair<const char *, const char *> kinds[] = {
        {"iperf3", "*.json"}, {"iperf3", "*.jsonl"}, {"netperf", "*.txt"}, {"flent", "*.gz"}};
    for (const auto &[folder, pattern] : kinds) {
        const QDir dir(QStringLiteral(PERFDECK_TEST_DATA "/") + QLatin1String(folder));
        for (const QString &name : dir.entryList({QLatin1String(pattern)}, QDir::Files))
            files << dir.filePath(name);
    }
    return files;
}

// Strings a run can carry from tools and users: escapes, every control character, DEL, Latin-1,
// BMP and astral characters, and a lone surrogate (which UTF-8 cannot hold).
QString hostileText() {
    QString s = QStringLiteral("quote \" backslash \\ slash / tab\t cr\r lf\n ");
    for (char16_t c = 0; c < 0x20; ++c)
        s += QChar(c);
    s += QChar(0x7f);
    s += QString::fromUtf8("\x1b[31mred\x1b[0m Grüße € 日本 😀 ");
    s += QChar(0xd800);
    s += QLatin1String(" end");
    return s;
}

bool hasLoneSurrogate(const QString &text) {
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (text.at(i).isSurrogate())
            return true;
    }
    return false;
}

} // namespace

class TestJsonWriter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void numbersAsQJsonDocument_data();
    void numbersAsQJsonDocument();
    void randomNumbersAsQJsonDocumentAndRoundTrip();
    void nonFiniteIsNull();
    void stringsAsQJsonDocument_data();
    void stringsAsQJsonDocument();
    void genericValuesAsQJsonDocument();
    void lineLayout();
    void streamedMemberInSortedPlace_data();
    void streamedMemberInSortedPlace();
    void realDocumentsAsQJsonDocument_data();
    void realDocumentsAsQJsonDocument();
    void sessionAsQJsonDocument();
    void nanNeverWritten();
};

void TestJsonWriter::numbersAsQJsonDocument_data() {
    QTest::addColumn<double>("value");
    QTest::addRow("zero") << 0.0;
    QTest::addRow("negative zero") << -0.0;
    QTest::addRow("one") << 1.0;
    QTest::addRow("bytes of a 1 s interval") << 1176502272.0;
    QTest::addRow("bits per second") << 9411821583.451097;
    QTest::addRow("interval end") << 1.000043;
    QTest::addRow("0.001 decimal") << 0.001;
    QTest::addRow("0.0001 exponent") << 0.0001;
    QTest::addRow("2^53 integer") << 9007199254740992.0;
    QTest::addRow("2^53 + 2 double") << 9007199254740994.0;
    QTest::addRow("-2^53 - 2") << -9007199254740994.0;
    QTest::addRow("1e16") << 1e16;
    QTest::addRow("1e20") << 1e20;
    QTest::addRow("16 digits x 1e5") << 3.366255340643439e+20;
    QTest::addRow("1e100") << 1e100;
    QTest::addRow("1e300") << 1e300;
    QTest::addRow("smallest denormal") << 5e-324;
    QTest::addRow("largest double") << std::numeric_limits<double>::max();
    QTest::addRow("just above one") << 1.0000000000000002;
    QTest::addRow("0.1") << 0.1;
    QTest::addRow("-2.5") << -2.5;
    QTest::addRow("negative qint64 range") << -4.611686018427388e18;
}

void TestJsonWriter::numbersAsQJsonDocument() {
    QFETCH(double, value);
    const QByteArray qt = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    QCOMPARE(JsonWriter::formatDouble(value), qt.mid(1, qt.size() - 2));
    if (value != 0) // -0.0 is written as the integer 0, as QJsonValue stores it
        QCOMPARE(JsonWriter::formatDouble(value).toDouble(), value);
}

void TestJsonWriter::randomNumbersAsQJsonDocumentAndRoundTrip() {
    QRandomGenerator rng(20261201);
    int checked = 0;
    for (int i = 0; i < 200000; ++i) {
        double d = rng.generateDouble() * std::pow(10.0, rng.bounded(-12, 25));
        if (i % 3 == 0)
            d = std::round(d * 1000) / 1000; // iperf3's millisecond-rounded figures
        if (i % 5 == 0) {
            const quint64 bits = rng.generate64(); // any double at all
            std::memcpy(&d, &bits, sizeof d);
        }
        if (i % 7 == 0)
            d = -d;
        if (!std::isfinite(d))
            continue;
        const QByteArray qt = QJsonDocument(QJsonArray{d}).toJson(QJsonDocument::Compact);
        const QByteArray mine = JsonWriter::formatDouble(d);
        if (mine != qt.mid(1, qt.size() - 2))
            QFAIL(qPrintable(QStringLiteral("%1: QJsonDocument %2, JsonWriter %3")
                                 .arg(d, 0, 'g', 17)
                                 .arg(QString::fromLatin1(qt), QString::fromLatin1(mine))));
        if (d != 0 && mine.toDouble() != d)
            QFAIL(qPrintable(QStringLiteral("%1 reads back as %2")
                                 .arg(d, 0, 'g', 17)
                                 .arg(QString::fromLatin1(mine))));
        ++checked;
    }
    QVERIFY(checked > 190000);
}

void TestJsonWriter::nonFiniteIsNull() {
    for (double d : {std::nan(""), -std::nan(""), std::numeric_limits<double>::infinity(),
                     -std::numeric_limits<double>::infinity()}) {
        QCOMPARE(JsonWriter::formatDouble(d), QByteArray("null"));
        JsonWriter w;
        w.beginObject();
        w.member(QLatin1StringView("plain"), d);
        w.optionalMember(QLatin1StringView("optional"), d);
        w.endObject();
        QCOMPARE(w.takeBytes(), QByteArray("{\n    \"plain\": null,\n    \"optional\": null\n}"));
    }
}

void TestJsonWriter::stringsAsQJsonDocument_data() {
    QTest::addColumn<QString>("text");
    QTest::addRow("empty") << QString();
    QTest::addRow("ascii") << QStringLiteral("127.0.0.1");
    QTest::addRow("quote and backslash") << QStringLiteral("say \"hi\" C:\\dir");
    QString controls;
    for (char16_t c = 0; c < 0x20; ++c)
        controls += QChar(c);
    QTest::addRow("every control character") << controls;
    QTest::addRow("DEL") << QString(QChar(0x7f));
    QTest::addRow("terminal escape") << QStringLiteral("\x1b[2J\x1b[31merror\x1b[0m");
    QTest::addRow("latin-1") << QString::fromUtf8("Grüße, señor");
    QTest::addRow("BMP") << QString::fromUtf8("€ 日本語 ✓");
    QTest::addRow("astral") << QString::fromUtf8("😀 𝄞");
    QTest::addRow("lone high surrogate") << (QStringLiteral("a") + QChar(0xd83d) + 'b');
    QTest::addRow("lone low surrogate at end") << (QStringLiteral("a") + QChar(0xdc00));
    QTest::addRow("mixed") << hostileText();
}

void TestJsonWriter::stringsAsQJsonDocument() {
    QFETCH(QString, text);
    JsonWriter w;
    w.beginArray();
    w.value(QStringView(text));
    w.value(QLatin1StringView(text.toLatin1())); // Latin-1 input takes the same escapes
    w.endArray();
    w.finish();
    const QByteArray mine = w.takeBytes();
    const QByteArray qt = QJsonDocument(QJsonArray{text, QString::fromLatin1(text.toLatin1())})
                              .toJson(QJsonDocument::Indented);
    QCOMPARE(mine, qt);
    // Valid JSON that reads back to the text (a lone surrogate has no faithful form).
    QJsonParseError error;
    const QJsonDocument back = QJsonDocument::fromJson(mine, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    if (!hasLoneSurrogate(text))
        QCOMPARE(back.array().at(0).toString(), text);
}

void TestJsonWriter::genericValuesAsQJsonDocument() {
    // What sessions keep verbatim (the GUI's state): nesting, empty containers, big integers,
    // keys that need escaping.
    const QJsonObject ui{
        {QStringLiteral("statistics"),
         QJsonObject{{QStringLiteral("confidence"), 0.95},
                     {QStringLiteral("excluded"), QJsonArray{QStringLiteral("run-1"), 3, 2.5}},
                     {QStringLiteral("baseline"), QJsonValue()}}},
        {QStringLiteral("empty object"), QJsonObject()},
        {QStringLiteral("empty array"), QJsonArray()},
        {QStringLiteral("big integer"), qint64(1) << 60},
        {QStringLiteral("big double"), double(qint64(1) << 60)},
        {QStringLiteral("negative"), -42},
        {QStringLiteral("flags"), QJsonArray{true, false, QJsonValue()}},
        {hostileText(), hostileText()},
        {QString::fromUtf8("ключ"), QJsonArray{QJsonArray{QJsonArray{}}, QJsonObject{}}},
    };
    JsonWriter w;
    w.value(QJsonValue(ui));
    w.finish();
    QCOMPARE(w.takeBytes(), qtText(ui));
}

void TestJsonWriter::lineLayout() {
    // Line containers inside Block ones, a Block one inside a Line one (an interval's stream
    // list), empty containers of both kinds and a Line array inside a Line object.
    JsonWriter w;
    w.beginObject();
    w.key(QLatin1StringView("a"));
    w.beginArray();
    w.beginObject(JsonWriter::Layout::Line);
    w.member(QLatin1StringView("x"), 1);
    w.member(QLatin1StringView("y"), QLatin1StringView("s"));
    w.key(QLatin1StringView("l"));
    w.beginArray(JsonWriter::Layout::Line);
    w.value(1);
    w.value(2.5);
    w.null();
    w.endArray();
    w.key(QLatin1StringView("streams"));
    w.beginArray();
    w.beginObject(JsonWriter::Layout::Line);
    w.member(QLatin1StringView("id"), 5);
    w.endObject();
    w.beginObject(JsonWriter::Layout::Line);
    w.endObject();
    w.endArray();
    w.endObject();
    w.beginObject(JsonWriter::Layout::Line);
    w.endObject();
    w.endArray();
    w.member(QLatin1StringView("b"), true);
    w.endObject();
    w.finish();
    const QByteArray expected =
        "{\n"
        "    \"a\": [\n"
        "        {\"x\": 1, \"y\": \"s\", \"l\": [1, 2.5, null], \"streams\": [\n"
        "            {\"id\": 5},\n"
        "            {}\n"
        "        ]},\n"
        "        {}\n"
        "    ],\n"
        "    \"b\": true\n"
        "}\n";
    const QByteArray mine = w.takeBytes();
    QVERIFY2(mine == expected, firstDifference(expected, mine).constData());
    QJsonParseError error;
    QJsonDocument::fromJson(mine, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
}

void TestJsonWriter::streamedMemberInSortedPlace_data() {
    QTest::addColumn<QString>("name");
    QTest::addRow("first") << QStringLiteral("a");
    QTest::addRow("between") << QStringLiteral("intervals");
    QTest::addRow("prefix of a key") << QStringLiteral("run");
    QTest::addRow("last") << QStringLiteral("zz");
}

void TestJsonWriter::streamedMemberInSortedPlace() {
    // A document's big member is streamed among the small ones, wherever its name sorts.
    QFETCH(QString, name);
    const QJsonObject rest{{QStringLiteral("id"), QStringLiteral("x")},
                           {QStringLiteral("runs"), 3},
                           {QStringLiteral("status"), QJsonValue()}};
    const QJsonArray big{1, 2.5, QJsonObject{{QStringLiteral("k"), true}}};
    JsonWriter w;
    w.objectWith(rest, QLatin1StringView(name.toLatin1()), [&] { w.value(QJsonValue(big)); });
    w.finish();
    QJsonObject whole = rest;
    whole.insert(name, big);
    QCOMPARE(w.takeBytes(), qtText(whole));
}

void TestJsonWriter::realDocumentsAsQJsonDocument_data() {
    QTest::addColumn<QString>("path");
    const QStringList files = fixtureFiles();
    QVERIFY(files.size() >= 30); // the iperf3, netperf and flent fixtures are all there
    for (const QString &path : files)
        QTest::addRow("%s",
                      qPrintable(QDir(QStringLiteral(PERFDECK_TEST_DATA)).relativeFilePath(path)))
            << path;
}

void TestJsonWriter::realDocumentsAsQJsonDocument() {
    QFETCH(QString, path);
    ImportOptions options;
    options.salvageTruncated = true; // killed runs too: they are documents users write
    const ImportOutcome outcome = importFiles({path}, options);
    if (outcome.runs.isEmpty())
        QSKIP("not an importable file (an error fixture): nothing to write");
    ResultsDocument document;
    document.generator = QStringLiteral("perfdeck-cli test");
    document.generatedAt = QDateTime::currentDateTimeUtc();
    document.runs = outcome.runs;
    // The source path may hold anything a file name can: make one run carry hostile text.
    document.runs.first().warnings << hostileText();

    const QByteArray mine = document.toBytes();
    const QByteArray qt = qtText(document.toJson());
    QVERIFY2(reindented(mine) == qt, firstDifference(qt, reindented(mine)).constData());
    verifyOneLinePerSample(mine, intervalCount(document.runs), sampleCount(document.runs));
    QVERIFY(mine.size() < qt.size() || intervalCount(document.runs) == 0);

    // Field by field: both parse to the same tree, and back to the same runs.
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(mine, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(parsed.object(), QJsonDocument::fromJson(qt).object());
    QCOMPARE(parsed.object(), document.toJson());
    ResultsDocument back;
    QString why;
    QVERIFY2(ResultsDocument::fromBytes(mine, &back, &why), qPrintable(why));
    QCOMPARE(back.runs.size(), document.runs.size());
    for (qsizetype i = 0; i < back.runs.size(); ++i) {
        RunResult expected = document.runs.at(i);
        // The one value that does not survive JSON on purpose: a lone surrogate.
        expected.warnings.last() = back.runs.at(i).warnings.last();
        // Unnumbered runs are written with the numbers their order gives them.
        QCOMPARE(back.runs.at(i).seq, int(i) + 1);
        expected.seq = back.runs.at(i).seq;
        QVERIFY2(back.runs.at(i) == expected, qPrintable(expected.id));
    }
}

void TestJsonWriter::sessionAsQJsonDocument() {
    Session session;
    session.title = hostileText();
    session.notes = QString::fromUtf8("Messungen im Labor — 10 GbE, MTU 9000\n\tzweite Zeile");
    session.createdAt =
        QDateTime::fromString(QStringLiteral("2026-11-30T10:00:00.123Z"), Qt::ISODateWithMs);
    session.modifiedAt = QDateTime::currentDateTimeUtc();
    TestSpec spec;
    spec.name = QStringLiteral("TCP \"4\" streams");
    spec.parallel = 4;
    spec.clientHost = QStringLiteral("lab-client");
    spec.serverHost = QStringLiteral("lab-server");
    session.specs << spec << TestSpec();
    const ImportOutcome outcome =
        importFiles({QStringLiteral(PERFDECK_TEST_DATA "/iperf3/tcp_p4.json"),
                     QStringLiteral(PERFDECK_TEST_DATA "/iperf3/udp_bidir.json"),
                     QStringLiteral(PERFDECK_TEST_DATA "/netperf/np_tcp_rr_k.txt")});
    QVERIFY(outcome.ok());
    session.runs = outcome.runs;
    session.runs[0].seq = 4; // numbered and unnumbered runs side by side
    session.runs[1].error = QStringLiteral("iperf3: \x1b[1merror\x1b[0m - control socket");
    session.runs[0].clientHost = QStringLiteral("local");
    session.runs[0].serverHost = QStringLiteral("lab-server");
    session.uiState = QJsonObject{
        {QStringLiteral("statistics"), QJsonObject{{QStringLiteral("confidence"), 0.99}}},
        {QStringLiteral("note"), hostileText()},
        {QStringLiteral("empty"), QJsonArray()}};

    const QByteArray mine = session.toBytes();
    const QByteArray qt = qtText(session.toJson());
    QVERIFY2(reindented(mine) == qt, firstDifference(qt, reindented(mine)).constData());
    QVERIFY(intervalCount(session.runs) > 0);
    verifyOneLinePerSample(mine, intervalCount(session.runs), sampleCount(session.runs));
    Session back;
    QString why;
    QVERIFY2(Session::fromBytes(mine, &back, &why), qPrintable(why));
    // Unnumbered runs are written with the next numbers, in order.
    QList<RunResult> numbered = session.runs;
    numberRuns(numbered);
    QCOMPARE(back.runs.at(1).seq, 5);
    QVERIFY(back.runs == numbered);
    QVERIFY(back.specs == session.specs);
    QCOMPARE(back.notes, session.notes);
}

void TestJsonWriter::nanNeverWritten() {
    // iperf3 prints nan and -nan in some versions, and a division by a zero duration gives
    // inf: whatever reaches the model, the file says null (unknown) and stays valid JSON.
    const double nan = std::nan("");
    const double inf = std::numeric_limits<double>::infinity();
    RunResult run;
    run.id = QStringLiteral("bad-values");
    run.durationS = inf;
    run.summary.throughputBps = nan;
    run.summary.rttMeanUs = -inf;
    run.summary.latencyUs.p99 = nan;
    IntervalSample sample;
    sample.startS = 0;
    sample.endS = nan;
    sample.bps = -nan;
    sample.lostPercent = inf;
    StreamSample stream;
    stream.rttUs = nan;
    sample.streams << stream << stream;
    run.intervals << sample;
    ResultsDocument document;
    document.runs << run;
    // Both writers would stamp "now": the same instant, or they differ across a millisecond.
    document.generatedAt = QDateTime::currentDateTimeUtc();

    const QByteArray mine = document.toBytes();
    QVERIFY(!mine.toLower().contains("nan"));
    QVERIFY(!mine.toLower().contains("inf"));
    QCOMPARE(reindented(mine), qtText(document.toJson()));
    QJsonParseError error;
    const QJsonObject parsed = QJsonDocument::fromJson(mine, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject written = parsed.value(QLatin1String("runs")).toArray().at(0).toObject();
    QVERIFY(written.value(QLatin1String("duration_s")).isNull());
    const QJsonObject summary = written.value(QLatin1String("summary")).toObject();
    QVERIFY(summary.value(QLatin1String("throughput_bps")).isNull());
    QVERIFY(summary.value(QLatin1String("rtt_mean_us")).isNull());
    QVERIFY(summary.value(QLatin1String("latency_us")).toObject().value("p99").isNull());
    const QJsonObject interval =
        written.value(QLatin1String("intervals")).toArray().at(0).toObject();
    QVERIFY(interval.value(QLatin1String("end_s")).isNull());
    QVERIFY(interval.value(QLatin1String("bps")).isNull());
    QVERIFY(interval.value(QLatin1String("lost_percent")).isNull());
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
