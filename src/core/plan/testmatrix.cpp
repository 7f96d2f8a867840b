#include "plan/testmatrix.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck {

bool CellOverrides::isEmpty() const {
    return !durationS && !streams && !bitrateBps && !dscp && !direction;
}

void CellOverrides::applyTo(TestSpec &spec) const {
    if (durationS)
        spec.durationS = *durationS;
    if (streams)
        spec.parallel = *streams;
    if (bitrateBps)
        spec.bitrateBps = *bitrateBps;
    if (dscp)
        spec.dscp = *dscp;
    if (direction)
        spec.direction = *direction;
}

QJsonObject CellOverrides::toJson() const {
    QJsonObject o;
    if (durationS)
        o.insert(QLatin1String("duration_s"), *durationS);
    if (streams)
        o.insert(QLatin1String("streams"), *streams);
    if (bitrateBps)
        o.insert(QLatin1String("bitrate_bps"), *bitrateBps);
    if (dscp)
        o.insert(QLatin1String("dscp"), *dscp);
    if (direction)
        o.insert(QLatin1String("direction"), toString(*direction));
    return o;
}

CellOverrides CellOverrides::fromJson(const QJsonObject &o, QString *error) {
    CellOverrides c;
    QStringList problems;
    auto number = [&](const char *key) -> std::optional<double> {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isDouble()) {
            problems << QStringLiteral("%1: expected a number").arg(QLatin1String(key));
            return std::nullopt;
        }
        return v.toDouble();
    };
    c.durationS = number("duration_s");
    if (const auto streams = number("streams")) {
        if (*streams >= 1 && *streams <= 128 && *streams == int(*streams))
            c.streams = int(*streams);
        else
            problems << Tr::tr("streams: %1 is not a whole number from 1 to 128").arg(*streams);
    }
    c.bitrateBps = number("bitrate_bps");
    if (const QJsonValue v = o.value(QLatin1String("dscp")); v.isString())
        c.dscp = v.toString();
    if (const QJsonValue v = o.value(QLatin1String("direction")); v.isString()) {
        if (const auto d = directionFromString(v.toString()))
            c.direction = *d;
        else
            problems << Tr::tr("direction: unknown direction '%1'").arg(v.toString());
    }
    if (error)
        *error = problems.join(QLatin1String("; "));
    return c;
}

QString TestMatrix::testName(int test) const {
    const QString name = tests.value(test).name;
    if (!name.isEmpty())
        return name;
    return tests.size() > 1 ? QStringLiteral("test %1").arg(test + 1) : QString();
}

QString TestMatrix::cellId(const QString &client, const QString &server, int test) const {
    const QString name = testName(test);
    const QString pair = client + QLatin1String("->") + server;
    return name.isEmpty() ? pair : pair + QLatin1Char('/') + name;
}

QString TestMatrix::key(const QString &client, const QString &server, int test) const {
    // Keyed by the test's name, not its position: reordering a profile keeps the settings.
    return client + QChar(0x1f) + server + QChar(0x1f) + testName(test);
}

bool TestMatrix::isEnabled(const QString &client, const QString &server, int test) const {
    const auto it = m_cells.constFind(key(client, server, test));
    return it == m_cells.cend() || it->enabled;
}

void TestMatrix::setEnabled(const QString &client, const QString &server, int test, bool enabled) {
    const QString k = key(client, server, test);
    CellSettings settings = m_cells.value(k);
    settings.enabled = enabled;
    if (settings == CellSettings{})
        m_cells.remove(k);
    else
        m_cells.insert(k, settings);
}

CellOverrides TestMatrix::overrides(const QString &client, const QString &server, int test) const {
    return m_cells.value(key(client, server, test)).overrides;
}

void TestMatrix::setOverrides(const QString &client, const QString &server, int test,
                              const CellOverrides &overrides) {
    const QString k = key(client, server, test);
    CellSettings settings = m_cells.value(k);
    settings.overrides = overrides;
    if (settings == CellSettings{})
        m_cells.remove(k);
    else
        m_cells.insert(k, settings);
}

QList<TestMatrix::Cell> TestMatrix::cells() const {
    QList<Cell> out;
    out.reserve(clients.size() * servers.size() * tests.size());
    for (const QString &client : clients) {
        for (const QString &server : servers) {
            for (int t = 0; t < tests.size(); ++t) {
                Cell cell;
                cell.id = cellId(client, server, t);
                cell.client = client;
                cell.server = server;
                cell.test = t;
                cell.spec = tests.at(t);
                const auto it = m_cells.constFind(key(client, server, t));
                if (it != m_cells.cend())
                    it->overrides.applyTo(cell.spec);
                cell.spec.clientHost = client;
                cell.spec.serverHost = server;
                cell.spec.host.clear(); // a plan's servers are the ones Perfdeck starts
                cell.spec.port = 0;
                cell.spec.cell = cell.id;
                if (it != m_cells.cend() && !it->enabled)
                    cell.skipReason = Tr::tr("turned off");
                else if (client == server && !includeSelfPairs)
                    cell.skipReason = Tr::tr("client and server are the same host");
                out.append(cell);
            }
        }
    }
    return out;
}

QString TestMatrix::validate() const {
    if (clients.isEmpty())
        return Tr::tr("the plan has no client");
    if (servers.isEmpty())
        return Tr::tr("the plan has no server");
    if (tests.isEmpty())
        return Tr::tr("the plan has no test");
    for (int t = 0; t < tests.size(); ++t) {
        TestSpec spec = tests.at(t);
        spec.host.clear();
        if (const QString why = spec.validate(); !why.isEmpty())
            return QStringLiteral("test '%1': %2")
                .arg(testName(t).isEmpty() ? QStringLiteral("1") : testName(t), why);
    }
    for (const Cell &cell : cells()) {
        if (!cell.skipReason.isEmpty())
            continue;
        if (const QString why = cell.spec.validate(); !why.isEmpty())
            return QStringLiteral("cell %1: %2").arg(cell.id, why);
    }
    return {};
}

QJsonObject TestMatrix::toJson() const {
    QJsonObject o;
    o.insert(QLatin1String("clients"), QJsonArray::fromStringList(clients));
    o.insert(QLatin1String("servers"), QJsonArray::fromStringList(servers));
    if (!profile.isEmpty())
        o.insert(QLatin1String("profile"), profile);
    QJsonArray testList;
    for (const TestSpec &t : tests)
        testList.append(t.toJson());
    o.insert(QLatin1String("tests"), testList);
    o.insert(QLatin1String("include_self_pairs"), includeSelfPairs);
    // Sorted so that saving the same plan twice gives the same bytes.
    QStringList keys = m_cells.keys();
    keys.sort();
    QJsonArray cellList;
    for (const QString &k : std::as_const(keys)) {
        const QStringList parts = k.split(QChar(0x1f));
        const CellSettings &settings = m_cells[k];
        QJsonObject c;
        c.insert(QLatin1String("client"), parts.value(0));
        c.insert(QLatin1String("server"), parts.value(1));
        c.insert(QLatin1String("test"), parts.value(2));
        c.insert(QLatin1String("enabled"), settings.enabled);
        if (!settings.overrides.isEmpty())
            c.insert(QLatin1String("overrides"), settings.overrides.toJson());
        cellList.append(c);
    }
    o.insert(QLatin1String("cells"), cellList);
    return o;
}

TestMatrix TestMatrix::fromJson(const QJsonObject &o, QString *error) {
    TestMatrix m;
    QStringList problems;
    for (const QJsonValue &v : o.value(QLatin1String("clients")).toArray())
        m.clients << v.toString();
    for (const QJsonValue &v : o.value(QLatin1String("servers")).toArray())
        m.servers << v.toString();
    m.profile = o.value(QLatin1String("profile")).toString();
    int index = 0;
    for (const QJsonValue &v : o.value(QLatin1String("tests")).toArray()) {
        QString why;
        m.tests << TestSpec::fromJson(v.toObject(), &why);
        if (!why.isEmpty())
            problems << QStringLiteral("tests[%1]: %2").arg(index).arg(why);
        ++index;
    }
    m.includeSelfPairs = o.value(QLatin1String("include_self_pairs")).toBool(false);
    index = 0;
    for (const QJsonValue &v : o.value(QLatin1String("cells")).toArray()) {
        const QJsonObject c = v.toObject();
        CellSettings settings;
        settings.enabled = c.value(QLatin1String("enabled")).toBool(true);
        QString why;
        settings.overrides =
            CellOverrides::fromJson(c.value(QLatin1String("overrides")).toObject(), &why);
        if (!why.isEmpty())
            problems << QStringLiteral("cells[%1]: %2").arg(index).arg(why);
        const QString k = c.value(QLatin1String("client")).toString() + QChar(0x1f) +
                          c.value(QLatin1String("server")).toString() + QChar(0x1f) +
                          c.value(QLatin1String("test")).toString();
        if (!(settings == CellSettings{}))
            m.m_cells.insert(k, settings);
        ++index;
    }
    if (error)
        *error = problems.join(QLatin1String("; "));
    return m;
}

} // namespace Perfdeck
