// Installs what inventory hosts lack for Perfdeck over SSH: finds the package manager
// (apt-get, dnf, zypper), plans the exact commands, and runs them with `sudo -n` only (never a
// password: a sudo that needs one is a clear error), or copies a static helper binary over
// SFTP. Several hosts at a time, never blocking the caller's thread; cancel() stops everything.
#pragma once

#include "inventory/inventory.h"
#include "ssh/sshconnection.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace Perfdeck {

class SshConnectionPool;

class HostDeployer final : public QObject {
    Q_OBJECT
public:
    enum class Mode { Plan, Run };
    struct Options {
        QStringList tools{QStringLiteral("iperf3"), QStringLiteral("netperf")};
        QString copyLocal; // with copyRemote: copy this file instead of installing packages
        QString copyRemote;
        bool makeFolder = false; // copy: make copyRemote's folder first (mkdir -p)
        int maxParallel = 4;
        int connectTimeoutMs = 10000;
        int commandTimeoutMs = 15 * 60 * 1000; // a package install on a slow mirror
        QString knownHostsFile;
        bool acceptNewHostKeys = false;
        bool useKeychain = true;
        QString agentSocket;
    };
    struct Plan {
        QString host;
        QString packageManager;           // apt-get, dnf, zypper; empty: none found
        bool root = false;                // logged in as root: no sudo
        QStringList present;              // tools already there ("iperf3 (/usr/bin/iperf3)")
        QStringList missing;              // tools to install
        QList<QStringList> commands;      // argv of each command, in order
        QString copy;                     // "LOCAL -> REMOTE" for a copy
        QString error;                    // why nothing can be done on this host
        QStringList commandLines() const; // as run by the remote shell (quoted)
    };
    struct Result {
        Plan plan;
        bool ok = false;
        QString error;     // names the host and the command
        QStringList after; // tools found after the install
        QStringList notes;
    };

    explicit HostDeployer(QObject *parent = nullptr);
    ~HostDeployer() override;

    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }

    // Package names of the tools for a package manager; empty when it has none for one.
    static QStringList packagesFor(const QString &packageManager, const QStringList &tools);
    // The commands that install packages with that manager (sudo -n unless root).
    static QList<QStringList> installCommands(const QString &packageManager,
                                              const QStringList &packages, bool root);
    // One POSIX sh line reporting uid, package manager, sudo and the tools (PD_KEY=value).
    static QString detectCommand(const Host &host);
    static Plan parseDetection(const QString &output, const Host &host, const QStringList &tools);

    // Plan: detect and report the plans. Run: detect, report each plan, then run it.
    void start(const Inventory &inventory, const QStringList &names, Mode mode);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void planned(const Perfdeck::HostDeployer::Plan &plan);
    void output(const QString &host, const QString &line);
    void hostFinished(const Perfdeck::HostDeployer::Result &result);
    void finished();

private:
    struct Job {
        Host host;
        Result result;
        QPointer<QObject> context;
        QPointer<SshConnection> connection;
        int nextCommand = 0;
        bool madeFolder = false; // copy: the target's folder was made
    };

    void pump();
    void startHost(const QString &name);
    void detect(const QString &name);
    void runNext(const QString &name);
    void copy(const QString &name);
    void verify(const QString &name);
    void finishHost(const QString &name, const QString &error = {});
    SshConnectionPool *pool();

    Options m_options;
    Inventory m_inventory;
    Mode m_mode = Mode::Plan;
    QStringList m_queue;
    QHash<QString, Job> m_jobs;
    QPointer<SshConnectionPool> m_pool;
    bool m_running = false;
};

} // namespace Perfdeck
