#include "qos/qosrun.h"

#include "exec/hostlauncher.h"
#include "exec/hostprocess.h"
#include "exec/jobrunner.h"
#include "model/format.h"
#include "model/testspec.h"
#include "qos/qosclassresult.h"
#include "util/toollookup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace Perfdeck {

namespace {

QString hostPort(const QString &address, quint16 port) {
    return address.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(address).arg(port)
                                              : QStringLiteral("%1:%2").arg(address).arg(port);
}

} // namespace

QosRun::QosRun(const QosRequest &request, HostLauncher *senderHost, HostLauncher *reflectorHost,
               QObject *parent)
    : QObject(parent)
    , m_request(request)
    , m_senderHost(senderHost)
    , m_reflectorHost(reflectorHost) {
    m_listenTimer.setSingleShot(true);
    connect(&m_listenTimer, &QTimer::timeout, this, [this] {
        fail(tr("the reflector on %1 did not start listening within %2 s")
                 .arg(m_reflectorHost ? m_reflectorHost->hostName() : QString())
                 .arg(ListenTimeoutMs / 1000));
    });
    m_bulkTimer.setSingleShot(true);
    connect(&m_bulkTimer, &QTimer::timeout, this, &QosRun::startBulk);
    m_progressTimer.setInterval(250);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_senderStartMs > 0)
            Q_EMIT progress(double(QDateTime::currentMSecsSinceEpoch() - m_senderStartMs) / 1000,
                            m_request.durationS);
    });
}

QosRun::~QosRun() {
    // The processes are children: their destructors end them (and reap them locally).
}

QString QosRun::localProbePath() {
    const QString env = qEnvironmentVariable("PERFDECK_PROBE");
    if (!env.isEmpty())
        return QFileInfo(env).isExecutable() ? env : QString();
    QStringList candidates;
    if (QCoreApplication::instance())
        candidates << QDir(QCoreApplication::applicationDirPath())
                          .filePath(QStringLiteral("perfdeck-probe"));
#ifdef PERFDECK_PROBE_BUILD_PATH
    candidates << QStringLiteral(PERFDECK_PROBE_BUILD_PATH);
#endif
    for (const QString &path : std::as_const(candidates)) {
        if (QFileInfo(path).isExecutable())
            return path;
    }
    return ToolLookup::locate(QString(), "PERFDECK_PROBE", QStringLiteral("perfdeck-probe"));
}

QString QosRun::classArgument(const DscpClass &c) {
    // The name goes into the probe's output as it is: keep it to what a class name can be.
    QString name = c.name;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    return QStringLiteral("%1:%2:%3:%4")
        .arg(name.isEmpty() ? QString::number(c.code) : name)
        .arg(c.code)
        .arg(c.pps, 0, 'g', 10)
        .arg(c.sizeBytes);
}

QString QosRun::programFor(HostLauncher *host) const {
    if (host->isLocal())
        return m_request.probePath.isEmpty() ? localProbePath() : m_request.probePath;
    return m_request.remoteProbePath;
}

void QosRun::start() {
    if (m_running)
        return;
    m_running = true;
    m_startedAt = QDateTime::currentDateTimeUtc();
    if (m_request.group.isEmpty())
        m_request.group =
            QStringLiteral("qos-") + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    if (m_request.classes.isEmpty()) {
        fail(tr("no DSCP classes to test"));
        return;
    }
    if (!m_senderHost) {
        fail(tr("no host to send from"));
        return;
    }
    if (!m_request.bulkClass.isEmpty()) {
        QString why;
        if (!m_runner)
            why = tr("no runner for the bulk test");
        else if (!m_request.targetHost.isEmpty() && m_request.bulkTargetHost.isEmpty())
            why = tr("a bulk test against a running reflector (--target) needs a running iperf3 "
                     "server for it (--bulk-target)");
        else if (m_request.durationS < 5)
            why = tr("a test with bulk traffic needs at least 5 s");
        else if (!parseDscp(m_request.bulkClass))
            why = tr("'%1' is not a DSCP class").arg(m_request.bulkClass);
        if (!why.isEmpty()) {
            fail(why);
            return;
        }
    }
    if (!m_request.targetHost.isEmpty()) {
        if (m_request.targetPort == 0) {
            fail(tr("no port for the reflector at %1").arg(m_request.targetHost));
            return;
        }
        startSender(m_request.targetHost, m_request.targetPort);
        return;
    }
    if (!m_reflectorHost) {
        fail(tr("no host for the reflector"));
        return;
    }
    if (m_reflectorHost->isLocal() && !m_senderHost->isLocal() &&
        m_request.reflectorAddress.isEmpty() && m_senderHost->addressOfThisMachine().isEmpty()) {
        // The sender's host tells where it sees this machine from when its tools are probed.
        auto *watcher = new QFutureWatcher<Iperf3Info>(this);
        connect(watcher, &QFutureWatcher<Iperf3Info>::finished, this, [this, watcher] {
            watcher->deleteLater();
            if (m_cancelled || !m_senderHost) {
                fail(tr("stopped"));
                return;
            }
            startReflector();
        });
        watcher->setFuture(m_senderHost->probeIperf3(QString()));
        return;
    }
    startReflector();
}

void QosRun::startReflector() {
    const QString program = programFor(m_reflectorHost);
    if (program.isEmpty()) {
        fail(tr("perfdeck-probe was not found on this machine (set PERFDECK_PROBE or install "
                "it beside perfdeck-cli)"));
        return;
    }
    QString bind = m_request.reflectorAddress;
    if (bind.isEmpty()) {
        // A sender elsewhere reaches this machine at the address it sees us at, not at our
        // loopback address.
        bind = m_reflectorHost->isLocal() && !m_senderHost->isLocal()
                   ? m_senderHost->addressOfThisMachine()
                   : m_reflectorHost->address();
    }
    if (bind.isEmpty()) {
        fail(tr("the address at which %1 reaches this machine is not known yet")
                 .arg(m_senderHost->hostName()));
        return;
    }
    m_request.reflectorAddress = bind;
    m_reflector = m_reflectorHost->createProcess(this);
    const double lifetime = m_request.durationS + 60;
    m_reflector->setProgram(
        program, {QStringLiteral("reflect"), QStringLiteral("--bind"), bind,
                  QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--interval"),
                  QString::number(m_request.intervalS, 'g', 6), QStringLiteral("--idle-timeout"),
                  QString::number(std::max(10.0, m_request.durationS + 10), 'g', 9),
                  QStringLiteral("--max-time"), QString::number(lifetime, 'g', 9)});
    // The probe ends itself at --max-time; the launcher's own limit is the safety net.
    m_reflector->setTimeout(int(std::min(lifetime + 30, 2e6)) * 1000);
    m_reflector->setGracePeriod(2000);
    m_reflectorDone = false;
    connect(m_reflector, &HostProcess::stdoutLine, this, [this](const QString &line) {
        const quint16 before = m_reflectorOutput.listeningPort();
        m_reflectorOutput.addLine(line);
        if (before == 0 && m_reflectorOutput.listeningPort() != 0 && !m_sender && !m_cancelled) {
            m_listenTimer.stop();
            startSender(m_request.reflectorAddress, m_reflectorOutput.listeningPort());
        }
    });
    connect(m_reflector, &HostProcess::finished, this, &QosRun::reflectorFinished);
    Q_EMIT message(tr("%1: %2").arg(m_reflectorHost->hostName(), m_reflector->commandLine()));
    m_listenTimer.start(ListenTimeoutMs);
    m_reflector->start();
}

void QosRun::startSender(const QString &address, quint16 port) {
    const QString program = programFor(m_senderHost);
    if (program.isEmpty()) {
        fail(tr("perfdeck-probe was not found on this machine (set PERFDECK_PROBE or install "
                "it beside perfdeck-cli)"));
        return;
    }
    m_target = hostPort(address, port);
    QStringList args{QStringLiteral("send"),
                     QStringLiteral("--target"),
                     address,
                     QStringLiteral("--port"),
                     QString::number(port),
                     QStringLiteral("--duration"),
                     QString::number(m_request.durationS, 'g', 9),
                     QStringLiteral("--interval"),
                     QString::number(m_request.intervalS, 'g', 6),
                     QStringLiteral("--linger"),
                     QStringLiteral("1"),
                     QStringLiteral("--session"),
                     QString::number(QRandomGenerator::global()->bounded(1u, 0x7fffffffu))};
    for (const DscpClass &c : std::as_const(m_request.classes))
        args << QStringLiteral("--class") << classArgument(c);
    if (!m_request.probePattern.isEmpty())
        args << QStringLiteral("--pattern") << m_request.probePattern;
    m_sender = m_senderHost->createProcess(this);
    m_sender->setProgram(program, args);
    m_sender->setTimeout(int(std::min(m_request.durationS + 30, 2e6)) * 1000);
    m_sender->setGracePeriod(3000);
    connect(m_sender, &HostProcess::stdoutLine, this, [this](const QString &line) {
        QList<int> counts;
        for (const ProbeParser::ClassOutput &c : m_senderOutput.classes())
            counts << int(c.intervals.size());
        m_senderOutput.addLine(line);
        const QList<ProbeParser::ClassOutput> &classes = m_senderOutput.classes();
        for (int i = 0; i < classes.size(); ++i) {
            const int had = i < counts.size() ? counts[i] : 0;
            if (classes[i].intervals.size() > had) {
                ProbeParser::ClassOutput one{
                    classes[i].name, classes[i].dscp, {classes[i].intervals.last()}, {}};
                const RunResult r = QosClassResult::runFromProbe(one, RunResult());
                if (!r.intervals.isEmpty())
                    Q_EMIT intervalMeasured(i, r.intervals.first());
            }
        }
    });
    connect(m_sender, &HostProcess::finished, this, &QosRun::senderFinished);
    Q_EMIT message(tr("%1: %2").arg(m_senderHost->hostName(), m_sender->commandLine()));
    m_senderStartMs = QDateTime::currentMSecsSinceEpoch();
    m_senderStartedAt = QDateTime::currentDateTimeUtc();
    m_progressTimer.start();
    m_sender->start();
    if (!m_request.bulkClass.isEmpty()) {
        m_bulkDone = false;
        m_bulkTimer.start(int(m_request.bulkDelayS() * 1000));
    }
}

void QosRun::senderFinished(int exitCode, const QString &description) {
    m_senderDone = true;
    m_progressTimer.stop();
    QString problem;
    if (!m_senderOutput.probeError().isEmpty())
        problem = m_senderOutput.probeError();
    else if (!m_senderOutput.complete())
        problem = description.isEmpty() ? tr("the probe's output ended early")
                                        : tr("the probe %1").arg(description);
    else if (exitCode != 0 && !m_cancelled)
        problem = description;
    if (!problem.isEmpty()) {
        const QString err = m_sender->stderrText().trimmed();
        if (!err.isEmpty() && !problem.contains(err))
            problem += QStringLiteral(": ") + err.left(300);
    }
    const bool stopped = m_cancelled || m_senderOutput.endStatus() == QLatin1String("stopped");

    QStringList names;
    for (const DscpClass &c : std::as_const(m_request.classes))
        names << c.name;
    for (int i = 0; i < m_request.classes.size(); ++i) {
        const DscpClass &c = m_request.classes[i];
        ProbeParser::ClassOutput output{
            classArgument(c).section(QLatin1Char(':'), 0, 0), c.code, {}, {}};
        for (const ProbeParser::ClassOutput &o : m_senderOutput.classes()) {
            if (o.name == output.name)
                output = o;
        }
        RunResult base;
        base.id =
            QStringLiteral("run-") + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
        base.client = m_senderHost ? (m_senderHost->isLocal() ? QStringLiteral("localhost")
                                                              : m_senderHost->address())
                                   : QString();
        base.server = m_target;
        base.clientHost = m_senderHost ? m_senderHost->hostName() : QString();
        base.serverHost = m_reflectorHost && m_request.targetHost.isEmpty()
                              ? m_reflectorHost->hostName()
                              : QString();
        base.startedAt = m_startedAt;
        base.group = m_request.group;
        base.groupLabel = QStringLiteral("QoS %1").arg(names.join(QLatin1Char(',')));
        base.toolVersion = QStringLiteral("perfdeck-probe");
        if (m_sender)
            base.command = QStringList{m_sender->program()} + m_sender->arguments();
        RunResult run = QosClassResult::runFromProbe(output, base);
        run.trafficClass = c.name;
        run.warnings << m_senderOutput.warnings();
        if (output.summary.isEmpty()) {
            run.status = output.intervals.isEmpty() ? RunStatus::Error : RunStatus::Partial;
            run.error = problem.isEmpty() ? tr("no summary from the probe") : problem;
        } else if (stopped) {
            run.status = RunStatus::Partial;
            run.error = tr("stopped");
        } else if (!problem.isEmpty()) {
            run.status = RunStatus::Partial;
            run.error = problem;
        }
        if (run.status == RunStatus::Ok && run.summary.packets.value_or(0) > 0 &&
            QosClassResult::fromJson(run.qos).receivedTotal() == 0) {
            run.status = RunStatus::Error;
            run.error = tr("no reply from the reflector at %1: nothing came back").arg(m_target);
        }
        m_results << run;
    }
    QList<QosClassResult> verdicts;
    for (const RunResult &r : std::as_const(m_results))
        verdicts << QosClassResult::fromJson(r.qos);
    QosClassResult::judgeTogether(verdicts);
    for (int i = 0; i < m_results.size(); ++i) {
        QJsonObject qos = m_results[i].qos;
        qos.insert(QLatin1String("verdict"), QosClassResult::toString(verdicts[i].verdict));
        m_results[i].qos = qos;
    }
    if (!problem.isEmpty() && m_error.isEmpty() && !m_cancelled)
        m_error = problem;
    // The bulk test ends before the probe does; one that has not ended 20 s later (a server
    // that never answers, a runner still busy) is cancelled so the test cannot hang.
    if (!m_bulkDone && m_runner && !m_bulkTimer.isActive()) {
        QTimer::singleShot(20000, this, [this] {
            if (m_bulkDone)
                return;
            Q_EMIT message(tr("the bulk test did not end: cancelled"));
            if (m_runner)
                m_runner->cancel();
            QTimer::singleShot(5000, this, [this] {
                if (!m_bulkDone) {
                    m_bulkDone = true; // the runner did not say it ended: give up on it
                    finishIfDone();
                }
            });
        });
    }
    // The reflector has served its purpose.
    if (m_reflector && !m_reflectorDone)
        m_reflector->stop();
    finishIfDone();
}

void QosRun::reflectorFinished(int exitCode, const QString &description) {
    m_reflectorDone = true;
    m_listenTimer.stop();
    if (!m_sender && !m_cancelled) {
        QString why = m_reflectorOutput.probeError();
        if (why.isEmpty())
            why = description.isEmpty() ? tr("exited with code %1").arg(exitCode) : description;
        const QString err = m_reflector->stderrText().trimmed();
        if (!err.isEmpty())
            why += QStringLiteral(": ") + err.left(300);
        fail(tr("the reflector on %1 did not start: %2")
                 .arg(m_reflectorHost ? m_reflectorHost->hostName() : QString(), why));
        return;
    }
    finishIfDone();
}

void QosRun::setJobRunner(JobRunner *runner) {
    m_runner = runner;
}

void QosRun::startBulk() {
    const bool external = !m_request.bulkTargetHost.isEmpty();
    if (m_cancelled || m_senderDone || !m_runner || !m_senderHost ||
        (!external && !m_reflectorHost)) {
        m_bulkDone = true;
        finishIfDone();
        return;
    }
    TestSpec spec;
    spec.engine = Engine::Iperf3;
    spec.protocol = Protocol::Tcp;
    spec.durationS = std::max(1.0, m_request.durationS - 2 * m_request.bulkDelayS());
    spec.intervalS = std::clamp(m_request.intervalS, 0.1, 60.0);
    spec.parallel = std::clamp(m_request.bulkStreams, 1, 128);
    spec.dscp = m_request.bulkClass;
    spec.clientHost = m_senderHost->hostName();
    if (external) {
        spec.host = m_request.bulkTargetHost;
        spec.port = m_request.bulkTargetPort;
    } else {
        spec.serverHost = m_reflectorHost->hostName();
    }
    auto *context = new QObject(this);
    connect(m_runner, &JobRunner::runStarted, context,
            [this](int, const QString &, const TestSpec &) {
                m_bulkStartedAt = QDateTime::currentDateTimeUtc();
            });
    connect(m_runner, &JobRunner::runFinished, context,
            [this](int, const RunResult &result) { m_bulk = result; });
    connect(m_runner, &JobRunner::finished, context, [this, context] {
        context->deleteLater();
        m_bulkDone = true;
        if (!m_bulk)
            Q_EMIT message(tr("the bulk test did not run"));
        finishIfDone();
    });
    Q_EMIT message(tr("bulk: iperf3 TCP marked %1, %2 stream(s), %3 s")
                       .arg(spec.dscp)
                       .arg(spec.parallel)
                       .arg(spec.durationS));
    m_runner->start({spec});
}

QStringList QosRun::protectionSummary() const {
    QStringList lines;
    for (const RunResult &r : m_results) {
        const QJsonObject load = r.qos.value(QLatin1String("under_load")).toObject();
        if (load.isEmpty())
            continue;
        auto rtt = [&](const char *key) {
            const QJsonValue v = load.value(QLatin1String(key));
            return v.isDouble() ? Format::latencyUs(v.toDouble()) : QStringLiteral("-");
        };
        auto loss = [&](const char *key) {
            const QJsonValue v = load.value(QLatin1String(key));
            return v.isDouble() ? Format::percent(v.toDouble(), 2) : QStringLiteral("-");
        };
        const QJsonValue bps = load.value(QLatin1String("bulk_bps"));
        lines << tr("%1 %2: RTT %3 -> %4, loss %5 -> %6 while %7 bulk TCP carried %8")
                     .arg(r.trafficClass,
                          !load.value(QLatin1String("protected")).isBool()
                              ? tr("not judged (no quiet baseline or no interval under load)")
                          : load.value(QLatin1String("protected")).toBool() ? tr("protected")
                                                                            : tr("NOT protected"),
                          rtt("baseline_rtt_us"), rtt("load_rtt_us"), loss("baseline_lost_percent"),
                          loss("load_lost_percent"),
                          load.value(QLatin1String("bulk_class")).toString(),
                          bps.isDouble() ? Format::bitrate(bps.toDouble()) : QStringLiteral("-"));
    }
    return lines;
}

// A higher class is protected when, while the bulk test ran, its loss stayed within one point
// of its quiet baseline (at most 1 %) and it did not queue behind the bulk: its RTT rose by less
// than a quarter of the queueing delay the bulk built (the bulk's own TCP RTT over the quiet
// path), and in any case by no more than its baseline plus 1 ms. RTTs are the medians of the
// intervals' means: on a busy machine the probe's own scheduling adds milliseconds to a few
// intervals, which a mean would blame on the network.
void QosRun::judgeProtection() {
    if (!m_bulk || !m_senderStartedAt.isValid())
        return;
    const std::optional<int> bulkCode = parseDscp(m_request.bulkClass);
    // iperf3's own start stamp has whole seconds only: the runner's start signal is closer.
    const QDateTime bulkStart = m_bulkStartedAt.isValid() ? m_bulkStartedAt : m_bulk->startedAt;
    const double offset = double(m_senderStartedAt.msecsTo(bulkStart)) / 1000.0;
    const double bulkEnd = offset + m_bulk->durationS.value_or(0);
    // The bulk's first half second is TCP slow start, not yet load.
    const double loadStart = offset + 0.5;
    const auto median = [](QList<double> values) {
        std::sort(values.begin(), values.end());
        const qsizetype n = values.size();
        return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
    };
    for (RunResult &r : m_results) {
        const QosClassResult q = QosClassResult::fromJson(r.qos);
        if (!bulkCode || q.sentDscp <= *bulkCode)
            continue;
        double baseLost = 0, basePackets = 0, loadLost = 0, loadPackets = 0;
        QList<double> baseRtts, loadRtts;
        for (const IntervalSample &i : std::as_const(r.intervals)) {
            // The probe's clock starts a little after the sender was launched, and the bulk
            // test's server starts before its client: 0.2 s of slack for the baseline.
            const bool base = i.endS <= offset + 0.2;
            const bool load = i.startS >= loadStart - 1e-6 && i.endS <= bulkEnd + 1e-6;
            if (!base && !load)
                continue;
            (base ? baseLost : loadLost) += i.lostPackets.value_or(0);
            (base ? basePackets : loadPackets) += i.packets.value_or(0);
            if (i.rttUs)
                (base ? baseRtts : loadRtts) << *i.rttUs;
        }
        QJsonObject underLoad{
            {QStringLiteral("bulk_class"), m_request.bulkClass},
            {QStringLiteral("bulk_run"), m_bulk->id},
            {QStringLiteral("bulk_bps"), optToJson(m_bulk->summary.throughputBps)},
            {QStringLiteral("bulk_rtt_us"), optToJson(m_bulk->summary.rttMeanUs)}};
        auto share = [](double lost, double received) {
            return lost + received > 0 ? QJsonValue(100.0 * lost / (lost + received))
                                       : QJsonValue(QJsonValue::Null);
        };
        const QJsonValue baseLoss = share(baseLost, basePackets);
        const QJsonValue loadLoss = share(loadLost, loadPackets);
        underLoad.insert(QStringLiteral("baseline_lost_percent"), baseLoss);
        underLoad.insert(QStringLiteral("load_lost_percent"), loadLoss);
        const bool measured = !baseRtts.isEmpty() && !loadRtts.isEmpty() && loadLoss.isDouble();
        const double baseRtt = baseRtts.isEmpty() ? 0 : median(baseRtts);
        const double loadRtt = loadRtts.isEmpty() ? 0 : median(loadRtts);
        underLoad.insert(QStringLiteral("baseline_rtt_us"),
                         baseRtts.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(baseRtt));
        underLoad.insert(QStringLiteral("load_rtt_us"),
                         loadRtts.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(loadRtt));
        // What the bulk queued: its RTT beyond the quiet path's (0 where iperf3 gave none).
        const double bulkQueueUs = std::max(0.0, m_bulk->summary.rttMeanUs.value_or(0) - baseRtt);
        const double allowedRiseUs = std::max(baseRtt + 1000, bulkQueueUs / 4);
        if (measured)
            underLoad.insert(QStringLiteral("allowed_rtt_rise_us"), allowedRiseUs);
        const bool isProtected = measured &&
                                 loadLoss.toDouble() <= std::max(1.0, baseLoss.toDouble(0) + 1.0) &&
                                 loadRtt - baseRtt <= allowedRiseUs;
        underLoad.insert(QStringLiteral("protected"),
                         measured ? QJsonValue(isProtected) : QJsonValue(QJsonValue::Null));
        QJsonObject qos = r.qos;
        qos.insert(QStringLiteral("under_load"), underLoad);
        r.qos = qos;
    }
}

void QosRun::fail(const QString &error) {
    if (m_error.isEmpty())
        m_error = error;
    m_listenTimer.stop();
    m_progressTimer.stop();
    if (m_sender && !m_senderDone) {
        m_sender->stop();
        return; // senderFinished() goes on
    }
    m_senderDone = true;
    if (m_reflector && !m_reflectorDone) {
        m_reflector->stop();
        return; // reflectorFinished() goes on
    }
    m_reflectorDone = true;
    finishIfDone();
}

void QosRun::cancel() {
    if (!m_running)
        return;
    m_cancelled = true;
    m_listenTimer.stop();
    m_bulkTimer.stop();
    if (!m_bulkDone && m_runner)
        m_runner->cancel();
    if (m_sender && !m_senderDone) {
        m_sender->stop();
        return;
    }
    m_senderDone = true;
    if (m_reflector && !m_reflectorDone)
        m_reflector->stop();
    else
        finishIfDone();
}

void QosRun::finishIfDone() {
    if (!m_running || !(m_senderDone || !m_sender) || !m_reflectorDone)
        return;
    if (!m_bulkDone) {
        if (!m_bulkTimer.isActive())
            return;         // the bulk test is still running: its end calls us again
        m_bulkTimer.stop(); // the probe ended before the bulk test was due
        m_bulkDone = true;
    }
    if (m_bulk && !m_results.isEmpty()) {
        judgeProtection();
        RunResult bulk = *m_bulk;
        bulk.group = m_request.group;
        bulk.groupLabel = m_results.first().groupLabel;
        bulk.trafficClass = m_request.bulkClass.toUpper();
        m_results << bulk;
        m_bulk.reset();
    }
    if (!m_sender && m_error.isEmpty())
        m_error = m_cancelled ? tr("stopped") : tr("the probe did not start");
    m_running = false;
    Q_EMIT finished();
}

} // namespace Perfdeck
