// Remote start-up cost: connect + authenticate + start an iperf3 server over SSH + run a 1 s
// iperf3 client on that host, for 1 host and for 10 hosts in parallel (10 loopback sshd), done
// by Perfdeck (libssh2, one connection per host) and by OpenSSH's ssh (a connection per command,
// and with ControlMaster), in the same run. Prints wall times; goals in bench/README.md.
// Needs root (the fixture logs in a throw-away user), sshd, ssh and iperf3.
#include "../tests/integration/sshdfixture.h"

#include "ssh/sshconnection.h"
#include "ssh/sshremoteprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpServer>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace Perfdeck;
using TestHelpers::SshdFixture;

namespace {

constexpr int kIperfSeconds = 1;

int freePort() {
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

void spin(const std::function<bool()> &done, int ms) {
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
}

struct Figures {
    double connectedMs = 0; // the slowest host
    double serverUpMs = 0;
    double totalMs = 0;
    int ok = 0;
};

// Perfdeck: one SshConnection per host; server and client are two channels on it.
Figures runPerfdeck(const QList<SshdFixture *> &hosts) {
    struct Job {
        std::unique_ptr<SshConnection> conn;
        std::unique_ptr<SshRemoteProcess> server, client;
        int port = 0;
        bool serverUp = false, done = false, ok = false;
    };
    QElapsedTimer clock;
    clock.start();
    Figures f;
    QList<std::shared_ptr<Job>> jobs;
    for (SshdFixture *h : hosts) {
        auto job = std::make_shared<Job>();
        SshTarget t;
        t.host = QStringLiteral("127.0.0.1");
        t.port = h->port();
        t.user = h->loginUser();
        t.auth = SshTarget::Auth::Key;
        t.identityFile = h->userKey();
        SshOptions o;
        o.knownHostsFile = h->path(QStringLiteral("known_hosts"));
        o.useKeychain = false;
        job->conn = std::make_unique<SshConnection>(t, o);
        job->port = freePort();
        job->server = std::make_unique<SshRemoteProcess>(job->conn.get());
        job->server->setProgram(QStringLiteral("iperf3"),
                                {QStringLiteral("-s"), QStringLiteral("-1"), QStringLiteral("-B"),
                                 QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                                 QString::number(job->port), QStringLiteral("--idle-timeout"),
                                 QStringLiteral("10"), QStringLiteral("--forceflush")});
        job->client = std::make_unique<SshRemoteProcess>(job->conn.get());
        job->client->setProgram(QStringLiteral("iperf3"),
                                {QStringLiteral("-c"), QStringLiteral("127.0.0.1"),
                                 QStringLiteral("-p"), QString::number(job->port),
                                 QStringLiteral("-t"), QString::number(kIperfSeconds),
                                 QStringLiteral("-J")});
        Job *j = job.get();
        QObject::connect(j->conn.get(), &SshConnection::connected, j->conn.get(), [&f, &clock] {
            f.connectedMs = qMax(f.connectedMs, double(clock.elapsed()));
        });
        QObject::connect(j->conn.get(), &SshConnection::failed, j->conn.get(),
                         [j](SshConnection::Error, const QString &m) {
                             std::fprintf(stderr, "perfdeck: %s\n", qPrintable(m));
                             j->done = true;
                         });
        QObject::connect(j->server.get(), &SshRemoteProcess::stdoutLine, j->conn.get(),
                         [j, &f, &clock](const QString &line) {
                             if (!j->serverUp && line.contains(QLatin1String("listening"))) {
                                 j->serverUp = true;
                                 f.serverUpMs = qMax(f.serverUpMs, double(clock.elapsed()));
                                 j->client->start();
                             }
                         });
        QObject::connect(j->client.get(), &SshRemoteProcess::finished, j->conn.get(),
                         [j](int code, const QString &) {
                             j->ok = code == 0;
                             j->done = true;
                         });
        j->conn->open();
        j->server->start();
        jobs << job;
    }
    spin(
        [&] {
            return std::all_of(jobs.begin(), jobs.end(), [](const auto &j) { return j->done; });
        },
        60000);
    f.totalMs = double(clock.elapsed());
    for (const auto &j : jobs)
        f.ok += j->ok ? 1 : 0;
    for (const auto &j : jobs) {
        j->server->kill();
        j->client.reset();
        j->server.reset();
    }
    return f;
}

QStringList sshArgs(const SshdFixture &h, const QString &controlPath) {
    QStringList a{QStringLiteral("-o"),
                  QStringLiteral("UserKnownHostsFile=") + h.path(QStringLiteral("known_hosts")),
                  QStringLiteral("-o"),
                  QStringLiteral("StrictHostKeyChecking=yes"),
                  QStringLiteral("-o"),
                  QStringLiteral("BatchMode=yes"),
                  QStringLiteral("-i"),
                  h.userKey(),
                  QStringLiteral("-l"),
                  h.loginUser(),
                  QStringLiteral("-p"),
                  QString::number(h.port())};
    if (!controlPath.isEmpty())
        a << QStringLiteral("-o") << QStringLiteral("ControlPath=") + controlPath;
    return a;
}

// OpenSSH: `ssh host iperf3 -s ...` (kept running) then `ssh host iperf3 -c ...`; with
// ControlMaster, a master connection first and both commands through it.
Figures runOpenSsh(const QList<SshdFixture *> &hosts, bool controlMaster) {
    struct Job {
        std::unique_ptr<QProcess> master, server, client;
        QString control;
        int port = 0;
        bool serverUp = false, done = false, ok = false;
        QByteArray serverOut;
    };
    QElapsedTimer clock;
    clock.start();
    Figures f;
    QList<std::shared_ptr<Job>> jobs;
    for (SshdFixture *h : hosts) {
        auto job = std::make_shared<Job>();
        Job *j = job.get();
        j->port = freePort();
        if (controlMaster) {
            j->control = h->path(QStringLiteral("cm.sock"));
            QFile::remove(j->control);
            j->master = std::make_unique<QProcess>();
            QStringList a = sshArgs(*h, j->control);
            a << QStringLiteral("-M") << QStringLiteral("-N") << QStringLiteral("127.0.0.1");
            j->master->start(QStringLiteral("ssh"), a);
        }
        const QStringList base = sshArgs(*h, j->control);
        auto startServer = [j, base] {
            j->server = std::make_unique<QProcess>();
            j->server->setProcessChannelMode(QProcess::MergedChannels);
            QStringList a = base;
            a << QStringLiteral("127.0.0.1")
              << QStringLiteral("iperf3 -s -1 -B 127.0.0.1 -p %1 --idle-timeout 10 --forceflush")
                     .arg(j->port);
            j->server->start(QStringLiteral("ssh"), a);
        };
        if (controlMaster) {
            // The master is up once its socket exists.
            auto *poll = new QTimer(j->master.get());
            QObject::connect(poll, &QTimer::timeout, poll, [j, poll, startServer] {
                if (QFile::exists(j->control)) {
                    poll->stop();
                    startServer();
                }
            });
            poll->start(2);
        } else {
            startServer();
        }
        jobs << job;
    }
    // Poll outputs (QProcess objects are created lazily above).
    spin(
        [&] {
            for (const auto &j : jobs) {
                if (j->server && !j->serverUp) {
                    j->serverOut += j->server->readAll();
                    if (j->serverOut.contains("listening")) {
                        j->serverUp = true;
                        f.serverUpMs = qMax(f.serverUpMs, double(clock.elapsed()));
                        j->client = std::make_unique<QProcess>();
                        QStringList a = sshArgs(*hosts.at(int(jobs.indexOf(j))), j->control);
                        a << QStringLiteral("127.0.0.1")
                          << QStringLiteral("iperf3 -c 127.0.0.1 -p %1 -t %2 -J")
                                 .arg(j->port)
                                 .arg(kIperfSeconds);
                        j->client->start(QStringLiteral("ssh"), a);
                    }
                }
                if (j->client && !j->done && j->client->state() == QProcess::NotRunning) {
                    j->done = true;
                    j->ok = j->client->exitStatus() == QProcess::NormalExit &&
                            j->client->exitCode() == 0;
                }
            }
            return std::all_of(jobs.begin(), jobs.end(), [](const auto &j) { return j->done; });
        },
        60000);
    f.totalMs = double(clock.elapsed());
    for (const auto &j : jobs) {
        f.ok += j->ok ? 1 : 0;
        for (QProcess *p : {j->server.get(), j->client.get(), j->master.get()}) {
            if (p && p->state() != QProcess::NotRunning) {
                p->kill();
                p->waitForFinished(3000);
            }
        }
    }
    return f;
}

void print(const char *what, int n, const Figures &f) {
    std::printf("%-28s %2d host(s): connected %6.0f ms  server up %6.0f ms  total %6.0f ms"
                "  (%d/%d ok)\n",
                what, n, f.connectedMs, f.serverUpMs, f.totalMs, f.ok, n);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    if (!SshdFixture::available() ||
        QStandardPaths::findExecutable(QStringLiteral("iperf3")).isEmpty()) {
        std::printf("bench_ssh: needs sshd and iperf3; skipped\n");
        return 0;
    }
    std::vector<std::unique_ptr<SshdFixture>> fixtures;
    for (int i = 0; i < 10; ++i) {
        auto f = std::make_unique<SshdFixture>();
        if (!f->start()) {
            std::fprintf(stderr, "bench_ssh: %s\n", qPrintable(f->error()));
            return 1;
        }
        f->writeKnownHosts();
        fixtures.push_back(std::move(f));
    }
    std::printf("connect + auth + remote iperf3 server + %d s client (wall time, slowest host)\n",
                kIperfSeconds);
    std::printf("the client's %d s of traffic is part of every total\n", kIperfSeconds);
    for (int n : {1, 10}) {
        QList<SshdFixture *> hosts;
        for (int i = 0; i < n; ++i)
            hosts << fixtures.at(size_t(i)).get();
        print("perfdeck (libssh2)", n, runPerfdeck(hosts));
        print("openssh ssh", n, runOpenSsh(hosts, false));
        print("openssh ssh ControlMaster", n, runOpenSsh(hosts, true));
    }
    return 0;
}
