// Turns SIGINT/SIGTERM/SIGHUP into a Qt signal (self-pipe + QSocketNotifier), so a Ctrl-C
// cancels the running tests through the event loop and nothing is left running.
#pragma once

#include <QObject>

class QSocketNotifier;

namespace Perfdeck::Cli {

class SignalBridge final : public QObject {
    Q_OBJECT
public:
    explicit SignalBridge(QObject *parent = nullptr);
    ~SignalBridge() override;

Q_SIGNALS:
    // count: how many termination signals arrived so far (a second Ctrl-C means "now").
    void terminationRequested(int signalNumber, int count);

private:
    void onReadable();
    QSocketNotifier *m_notifier = nullptr;
    int m_count = 0;
};

} // namespace Perfdeck::Cli
