// A test plan as the user sets it up: clients x servers x the tests of a profile, each cell
// on or off with its own overrides (duration, streams, bitrate, DSCP, direction). plan() turns
// it into one TestSpec per cell for the JobRunner; sessions store it ("matrix"). Cells that
// keep the defaults are not stored, so a 1,000 x 1,000 plan costs only what was changed.
#pragma once

#include "model/testspec.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Perfdeck {

struct CellOverrides {
    std::optional<double> durationS;
    std::optional<int> streams;
    std::optional<double> bitrateBps;
    std::optional<QString> dscp;
    std::optional<Direction> direction;

    bool isEmpty() const;
    void applyTo(TestSpec &spec) const;
    QJsonObject toJson() const;
    static CellOverrides fromJson(const QJsonObject &object, QString *error);
    bool operator==(const CellOverrides &) const = default;
};

class TestMatrix final {
public:
    // One cell of the plan, ready to run (or why it will not).
    struct Cell {
        QString id; // "client->server" or "client->server/test"
        QString client;
        QString server;
        int test = 0; // index into tests
        TestSpec spec;
        QString skipReason; // empty: the cell runs
    };

    QStringList clients;
    QStringList servers;
    QString profile; // the profile the tests came from (empty: tests typed in)
    QList<TestSpec> tests;
    // Cells whose client is also their server run only when asked.
    bool includeSelfPairs = false;

    bool isEmpty() const { return clients.isEmpty() && servers.isEmpty() && tests.isEmpty(); }
    // Tests are named by their spec name, or "test N" when unnamed (and there are several).
    QString testName(int test) const;
    QString cellId(const QString &client, const QString &server, int test) const;

    bool isEnabled(const QString &client, const QString &server, int test) const;
    void setEnabled(const QString &client, const QString &server, int test, bool enabled);
    CellOverrides overrides(const QString &client, const QString &server, int test) const;
    void setOverrides(const QString &client, const QString &server, int test,
                      const CellOverrides &overrides);

    // Every cell, client-major, with its spec (hosts set, overrides applied, cell named).
    QList<Cell> cells() const;
    // Problems that stop the plan: no client, no server, no test, a test or an override
    // that its spec refuses. Empty if it can run.
    QString validate() const;

    QJsonObject toJson() const;
    static TestMatrix fromJson(const QJsonObject &object, QString *error);
    bool operator==(const TestMatrix &) const = default;

private:
    struct CellSettings {
        bool enabled = true;
        CellOverrides overrides;
        bool operator==(const CellSettings &) const = default;
    };
    QString key(const QString &client, const QString &server, int test) const;

    QHash<QString, CellSettings> m_cells; // by key(); only cells that differ from the default
};

} // namespace Perfdeck
