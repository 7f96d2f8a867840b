// A Perfdeck session file: what the user set up (test specs, the test plan, free-form UI state)
// and the runs measured so far. Versioned JSON ("format": "perfdeck.session", "version": 2;
// version 1 files, from before the test plan, still open); saved atomically so a failed save
// never loses the previous file.
#pragma once

#include "inventory/hoststatushistory.h"
#include "inventory/inventory.h"
#include "model/runresult.h"
#include "model/testspec.h"
#include "monitor/monitoringsettings.h"
#include "plan/testmatrix.h"

#include <QJsonObject>
#include <QList>

namespace Perfdeck {

class Session final {
public:
    static constexpr int CurrentVersion = 2;
    static constexpr const char *FormatId = "perfdeck.session";

    QString title;
    QString notes;
    QDateTime createdAt;
    QDateTime modifiedAt;
    QList<TestSpec> specs;
    QList<RunResult> runs;
    // The hosts the user set up and their health checks ("inventory", "host_checks").
    Inventory inventory;
    HostStatusHistory hostChecks;
    // The clients x servers x tests plan ("matrix"; empty when none was set up).
    TestMatrix matrix;
    // The exporters and the web dashboard the user switched on ("monitoring"; the web
    // dashboard's token stays in the keychain).
    MonitoringSettings monitoring;
    // State owned by the GUI (selection, baseline, chart options), stored verbatim.
    QJsonObject uiState;

    const RunResult *findRun(const QString &id) const;

    QJsonObject toJson() const;
    // All fields but "runs" (toBytes() streams those).
    QJsonObject toJsonWithoutRuns() const;
    // toJson() as indented JSON text, streamed (JsonWriter): what save() writes.
    QByteArray toBytes() const;
    static bool fromBytes(const QByteArray &bytes, Session *out, QString *error);

    // Atomic: writes a temporary file and renames it over path only when complete.
    bool save(const QString &path, QString *error);
    static bool load(const QString &path, Session *out, QString *error);

    bool operator==(const Session &) const = default;
};

} // namespace Perfdeck
