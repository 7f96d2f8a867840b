// Takes a ProcSnapshot of one host every interval: on this machine by reading /proc and /sys
// off the UI thread, on a remote host with ONE long-lived shell loop over the host's existing
// connection (its launcher), whatever the number of processes watched there. A change of the
// watched process groups restarts that loop with the new list.
#pragma once

#include "monitor/procsnapshot.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Perfdeck {

class HostLauncher;
class HostProcess;

class HostResourceSampler final : public QObject {
    Q_OBJECT
public:
    // launcher: the host's launcher (not owned; must outlive the sampler). A local launcher
    // is sampled in-process, without a shell.
    HostResourceSampler(HostLauncher *launcher, double intervalS, QObject *parent = nullptr);
    ~HostResourceSampler() override;

    QString hostName() const { return m_hostName; }
    double intervalS() const { return m_intervalS; }
    bool isRemote() const { return m_remote; }
    // The process groups (leaders' PIDs on that host) whose members are reported.
    void setGroups(const QList<qint64> &groups);
    QList<qint64> groups() const { return m_groups; }

    void start();
    // Ends sampling; emits nothing more.
    void stop();
    bool isActive() const { return m_active; }

Q_SIGNALS:
    void snapshot(const Perfdeck::ProcSnapshot &snapshot);
    // Sampling ended by itself (the host went away, the loop died): reason names the host.
    void ended(const QString &reason);

private:
    void sampleLocal();
    void startRemote();
    void onRemoteLine(const QString &line);
    void onRemoteFinished(int exitCode, const QString &description);

    QPointer<HostLauncher> m_launcher;
    QString m_hostName;
    double m_intervalS = 1;
    bool m_remote = false;
    bool m_active = false;
    QList<qint64> m_groups;
    // Local
    QTimer m_timer;
    QFutureWatcher<QString> *m_reader = nullptr;
    // Remote
    HostProcess *m_process = nullptr;
    QString m_pending; // lines of the snapshot being received
    bool m_restarting = false;
    QTimer m_restartTimer;
};

} // namespace Perfdeck
