#include "results/session.h"

#include "model/runlabel.h"
#include "results/resultsdocument.h"
#include "util/fileio.h"
#include "util/jsonerrorlocation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck {

const RunResult *Session::findRun(const QString &id) const {
    for (const RunResult &r : runs) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

QJsonObject Session::toJson() const {
    QJsonObject o = toJsonWithoutRuns();
    // Every written run carries its number, so a reader names it as the writer did.
    QList<RunResult> numbered = runs;
    numberRuns(numbered);
    QJsonArray runList;
    for (const RunResult &r : std::as_const(numbered))
        runList.append(r.toJson());
    o.insert(QLatin1String("runs"), runList);
    return o;
}

QJsonObject Session::toJsonWithoutRuns() const {
    QJsonObject o;
    o.insert(QLatin1String("format"), QLatin1String(FormatId));
    o.insert(QLatin1String("version"), CurrentVersion);
    o.insert(QLatin1String("generator"), QStringLiteral("perfdeck " PERFDECK_VERSION));
    o.insert(QLatin1String("title"), title);
    o.insert(QLatin1String("notes"), notes);
    o.insert(QLatin1String("created_at"), createdAt.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QLatin1String("modified_at"), modifiedAt.toUTC().toString(Qt::ISODateWithMs));
    QJsonArray specList;
    for (const TestSpec &s : specs)
        specList.append(s.toJson());
    o.insert(QLatin1String("specs"), specList);
    o.insert(QLatin1String("ui"), uiState);
    o.insert(QLatin1String("inventory"), inventory.toJson());
    o.insert(QLatin1String("host_checks"), hostChecks.toJson());
    if (!matrix.isEmpty())
        o.insert(QLatin1String("matrix"), matrix.toJson());
    if (monitoring != MonitoringSettings())
        o.insert(QLatin1String("monitoring"), monitoring.toJson());
    return o;
}

QByteArray Session::toBytes() const {
    return jsonWithRuns(toJsonWithoutRuns(), runs);
}

bool Session::fromBytes(const QByteArray &bytes, Session *out, QString *error) {
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error = Tr::tr("%1: %2 (the file is damaged or not a session)")
                     .arg(jsonErrorLocation(bytes, pe.offset), jsonErrorText(pe));
        return false;
    }
    const QJsonObject o = doc.object();
    if (!doc.isObject() || o.value(QLatin1String("format")).toString() != QLatin1String(FormatId)) {
        *error = Tr::tr("not a Perfdeck session (\"format\" should be \"%1\")")
                     .arg(QLatin1String(FormatId));
        return false;
    }
    const int version = o.value(QLatin1String("version")).toInt(0);
    if (version > CurrentVersion) {
        *error = Tr::tr("the session was written by a newer Perfdeck (session version %1;"
                        " this version reads up to %2): please upgrade")
                     .arg(version)
                     .arg(CurrentVersion);
        return false;
    }
    if (version < 1) {
        *error = Tr::tr("the session has no valid \"version\"");
        return false;
    }
    Session s;
    s.title = o.value(QLatin1String("title")).toString();
    s.notes = o.value(QLatin1String("notes")).toString();
    s.createdAt =
        QDateTime::fromString(o.value(QLatin1String("created_at")).toString(), Qt::ISODateWithMs);
    s.modifiedAt =
        QDateTime::fromString(o.value(QLatin1String("modified_at")).toString(), Qt::ISODateWithMs);
    int index = 0;
    for (const QJsonValue &v : o.value(QLatin1String("specs")).toArray()) {
        QString why;
        const TestSpec spec = TestSpec::fromJson(v.toObject(), &why);
        // A spec is re-run from here: one the run panel or the CLI would refuse must not
        // load either (a hand-edited "duration_s": 1e300, a host starting with '-').
        if (why.isEmpty())
            why = spec.validate();
        if (!why.isEmpty()) {
            *error = QStringLiteral("specs[%1]%2: %3")
                         .arg(index)
                         .arg(spec.name.isEmpty() ? QString()
                                                  : QStringLiteral(" (test '%1')").arg(spec.name),
                              why);
            return false;
        }
        s.specs.append(spec);
        ++index;
    }
    index = 0;
    for (const QJsonValue &v : o.value(QLatin1String("runs")).toArray()) {
        QString why;
        s.runs.append(RunResult::fromJson(v.toObject(), &why));
        if (!why.isEmpty()) {
            *error = QStringLiteral("runs[%1]: %2").arg(index).arg(why);
            return false;
        }
        ++index;
    }
    numberRuns(s.runs);
    s.uiState = o.value(QLatin1String("ui")).toObject();
    // Sessions written before the inventory existed have neither section.
    s.inventory = Inventory::fromJson(o.value(QLatin1String("inventory")).toObject());
    if (const QStringList problems = s.inventory.problems(); !problems.isEmpty()) {
        *error = QStringLiteral("inventory: %1").arg(problems.join(QLatin1String("; ")));
        return false;
    }
    s.hostChecks = HostStatusHistory::fromJson(o.value(QLatin1String("host_checks")).toObject());
    // Version 1 had no plan: its sessions open with an empty one (the only change in 2).
    if (version >= 2 && o.value(QLatin1String("matrix")).isObject()) {
        QString why;
        s.matrix = TestMatrix::fromJson(o.value(QLatin1String("matrix")).toObject(), &why);
        if (!why.isEmpty()) {
            *error = QStringLiteral("matrix: %1").arg(why);
            return false;
        }
    }
    // Optional in every version: sessions without it have every exporter off. Addresses are
    // checked when the exporters start, so a typo there never keeps the runs from opening.
    s.monitoring = MonitoringSettings::fromJson(o.value(QLatin1String("monitoring")).toObject());
    *out = std::move(s);
    return true;
}

bool Session::save(const QString &path, QString *error) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!createdAt.isValid())
        createdAt = now;
    modifiedAt = now;
    return FileIo::writeAtomically(path, toBytes(), error);
}

bool Session::load(const QString &path, Session *out, QString *error) {
    return FileIo::readAndParse(path, error, [out](const QByteArray &bytes, QString *why) {
        return fromBytes(bytes, out, why);
    });
}

} // namespace Perfdeck
