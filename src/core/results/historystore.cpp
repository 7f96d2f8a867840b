#include "results/historystore.h"

#include "model/runkind.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QVariant>

namespace Perfdeck {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};

// SQLite's primary result codes Qt passes on as nativeErrorCode().
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteNotADatabase = 26;

// Another Perfdeck writing the same file holds its lock for milliseconds; this bounds the
// wait for it (the busy timeout) and for the few statements SQLite does not retry itself.
constexpr int BusyTimeoutMs = 15000;

int primaryCode(const QSqlError &error) {
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

bool isDamage(const QSqlError &error) {
    const int code = primaryCode(error);
    return code == SqliteCorrupt || code == SqliteNotADatabase;
}

bool isBusy(const QSqlError &error) {
    const int code = primaryCode(error);
    return code == SqliteBusy || code == SqliteLocked;
}

// Runs a prepared or plain query, retrying while another process holds the lock.
bool execRetrying(QSqlQuery &query, const QString &sql = QString()) {
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        const bool ok = sql.isEmpty() ? query.exec() : query.exec(sql);
        if (ok || !isBusy(query.lastError()) || clock.elapsed() > BusyTimeoutMs)
            return ok;
        QThread::msleep(20);
    }
}

// Everything a pair's trend reads, so that query never touches the runs table.
constexpr const char *TrendIndex =
    "CREATE INDEX runs_trend ON runs (pair_client, pair_server, status, started_at, kind, "
    "throughput_bps, transactions_per_s, run_id)";

// Schema 3 added the health checks of hosts: one row per host and check time, the whole
// HostStatus as its JSON document, level and RTT as columns for a quick look.
constexpr const char *HostChecksTable =
    "CREATE TABLE host_checks ("
    " id INTEGER PRIMARY KEY,"
    " host TEXT NOT NULL,"
    " checked_at INTEGER NOT NULL," // milliseconds since 1970 UTC
    " level TEXT NOT NULL,"
    " rtt_ms REAL,"
    " summary TEXT NOT NULL DEFAULT '',"
    " document TEXT NOT NULL,"
    " UNIQUE (host, checked_at))";

// The current layout (schema 3). The run documents live in a table of their own so the runs
// table stays small (a scan or a filter on tags reads tens of MB, not the documents' GB), and
// runs_trend covers a pair's trend query (no lookups into the table at all) and serves every
// other query by pair.
const char *const CreateLatest[] = {
    "CREATE TABLE runs ("
    " id INTEGER PRIMARY KEY,"
    " run_id TEXT NOT NULL,"
    " started_at INTEGER," // milliseconds since 1970 UTC; NULL when unknown
    " stored_at INTEGER NOT NULL,"
    " origin TEXT NOT NULL,"
    " engine TEXT NOT NULL,"
    " protocol TEXT NOT NULL,"
    " direction TEXT NOT NULL,"
    " test TEXT NOT NULL DEFAULT '',"
    " kind TEXT NOT NULL,"
    " client TEXT NOT NULL DEFAULT '',"
    " server TEXT NOT NULL DEFAULT '',"
    " client_host TEXT NOT NULL DEFAULT '',"
    " server_host TEXT NOT NULL DEFAULT '',"
    " pair_client TEXT NOT NULL,"
    " pair_server TEXT NOT NULL,"
    " profile TEXT NOT NULL DEFAULT '',"
    " tags TEXT NOT NULL DEFAULT '',"
    " status TEXT NOT NULL,"
    " throughput_bps REAL,"
    " transactions_per_s REAL,"
    " UNIQUE (run_id, started_at, engine, client, server))",
    "CREATE TABLE run_documents (id INTEGER PRIMARY KEY REFERENCES runs (id) ON DELETE CASCADE,"
    " document TEXT NOT NULL)",
    "CREATE INDEX runs_started ON runs (started_at)",
    "CREATE INDEX runs_engine ON runs (engine, started_at)",
    "CREATE INDEX runs_profile ON runs (profile, started_at)",
    "CREATE INDEX runs_status ON runs (status, started_at)",
    TrendIndex,
    HostChecksTable,
};

// Schema 1 (the first release of the history) kept each document in its runs row.
const char *const MigrateV1[] = {
    "CREATE TABLE run_documents (id INTEGER PRIMARY KEY REFERENCES runs (id) ON DELETE CASCADE,"
    " document TEXT NOT NULL)",
    "INSERT INTO run_documents (id, document) SELECT id, document FROM runs",
    "ALTER TABLE runs DROP COLUMN document",
    // runs_trend leads with the pair too; beside it the planner would pick this narrower one.
    "DROP INDEX runs_pair",
    TrendIndex,
};

QString stripPort(const QString &address) {
    if (address.startsWith(QLatin1Char('['))) { // [::1]:5201
        const qsizetype close = address.indexOf(QLatin1Char(']'));
        return close > 0 ? address.mid(1, close - 1) : address;
    }
    const qsizetype colon = address.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0 || address.indexOf(QLatin1Char(':')) != colon)
        return address; // no port, or a bare IPv6 address
    return address.left(colon);
}

// ",a,b," so that one tag is found with LIKE '%,T,%'.
QString tagsText(const QStringList &tags) {
    QStringList clean;
    for (const QString &tag : tags) {
        const QString t = tag.trimmed();
        if (!t.isEmpty() && !clean.contains(t))
            clean << t;
    }
    return clean.isEmpty() ? QString()
                           : QLatin1Char(',') + clean.join(QLatin1Char(',')) + QLatin1Char(',');
}

QVariant optVariant(const OptDouble &value) {
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

OptDouble variantOpt(const QVariant &value) {
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

QVariant timeVariant(const QDateTime &time) {
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch())
                          : QVariant(QMetaType(QMetaType::LongLong));
}

// Binds every column of a v1 row for one run.
void bindRun(QSqlQuery &query, const RunResult &run, const HistoryMeta &meta, qint64 storedAt) {
    query.bindValue(QStringLiteral(":run_id"), run.id);
    query.bindValue(QStringLiteral(":started_at"), timeVariant(run.startedAt));
    query.bindValue(QStringLiteral(":stored_at"), storedAt);
    query.bindValue(QStringLiteral(":origin"), meta.origin);
    query.bindValue(QStringLiteral(":engine"), toString(run.engine));
    query.bindValue(QStringLiteral(":protocol"), toString(run.protocol));
    query.bindValue(QStringLiteral(":direction"), toString(run.direction));
    query.bindValue(QStringLiteral(":test"), run.test);
    query.bindValue(QStringLiteral(":kind"), RunKind::of(run).describe());
    query.bindValue(QStringLiteral(":client"), run.client);
    query.bindValue(QStringLiteral(":server"), run.server);
    query.bindValue(QStringLiteral(":client_host"), run.clientHost);
    query.bindValue(QStringLiteral(":server_host"), run.serverHost);
    query.bindValue(QStringLiteral(":pair_client"), HistoryStore::pairClientOf(run));
    query.bindValue(QStringLiteral(":pair_server"), HistoryStore::pairServerOf(run));
    query.bindValue(QStringLiteral(":profile"), meta.profile);
    query.bindValue(QStringLiteral(":tags"), tagsText(meta.tags));
    query.bindValue(QStringLiteral(":status"), toString(run.status));
    query.bindValue(QStringLiteral(":throughput_bps"), optVariant(run.summary.throughputBps));
    query.bindValue(QStringLiteral(":transactions_per_s"),
                    optVariant(run.summary.transactionsPerS));
}

// Qt binds a null QString as NULL: COALESCE keeps the text columns '' instead (OR IGNORE would
// otherwise drop the row for its NOT NULL constraint).
const QString InsertRun = QStringLiteral(
    "INSERT OR IGNORE INTO runs (run_id, started_at, stored_at, origin, engine, protocol, "
    "direction, test, kind, client, server, client_host, server_host, pair_client, "
    "pair_server, profile, tags, status, throughput_bps, transactions_per_s) VALUES "
    "(COALESCE(:run_id, ''), :started_at, :stored_at, COALESCE(:origin, ''), :engine, "
    ":protocol, :direction, COALESCE(:test, ''), COALESCE(:kind, ''), COALESCE(:client, ''), "
    "COALESCE(:server, ''), COALESCE(:client_host, ''), COALESCE(:server_host, ''), "
    ":pair_client, :pair_server, COALESCE(:profile, ''), COALESCE(:tags, ''), :status, "
    ":throughput_bps, :transactions_per_s)");

const QString InsertDocument =
    QStringLiteral("INSERT INTO run_documents (id, document) VALUES (?, ?)");

// Inserts one run and, when it is new, its document. *added: false for a run already stored.
bool insertRun(QSqlQuery &insert, QSqlQuery &document, const RunResult &run,
               const HistoryMeta &meta, qint64 storedAt, bool *added) {
    bindRun(insert, run, meta, storedAt);
    if (!execRetrying(insert))
        return false;
    *added = insert.numRowsAffected() > 0;
    if (!*added)
        return true;
    document.addBindValue(insert.lastInsertId());
    document.addBindValue(
        QString::fromUtf8(QJsonDocument(run.toJson()).toJson(QJsonDocument::Compact)));
    return execRetrying(document);
}

const QString EntryColumns = QStringLiteral(
    "id, run_id, started_at, origin, engine, protocol, direction, test, kind, client, server, "
    "client_host, server_host, pair_client, pair_server, profile, tags, status, "
    "throughput_bps, transactions_per_s");

HistoryEntry entryFrom(const QSqlQuery &q) {
    HistoryEntry e;
    e.id = q.value(0).toLongLong();
    e.runId = q.value(1).toString();
    if (!q.value(2).isNull())
        e.startedAt = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
    e.origin = q.value(3).toString();
    e.engine = engineFromString(q.value(4).toString()).value_or(Engine::Iperf3);
    e.protocol = protocolFromString(q.value(5).toString()).value_or(Protocol::Tcp);
    e.direction = directionFromString(q.value(6).toString()).value_or(Direction::Send);
    e.test = q.value(7).toString();
    e.kind = q.value(8).toString();
    e.client = q.value(9).toString();
    e.server = q.value(10).toString();
    e.clientHost = q.value(11).toString();
    e.serverHost = q.value(12).toString();
    e.pairClient = q.value(13).toString();
    e.pairServer = q.value(14).toString();
    e.profile = q.value(15).toString();
    e.tags = q.value(16).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    e.status = runStatusFromString(q.value(17).toString()).value_or(RunStatus::Error);
    e.throughputBps = variantOpt(q.value(18));
    e.transactionsPerS = variantOpt(q.value(19));
    return e;
}

QString uniqueConnectionName() {
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("perfdeck-history-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

HistoryStore::HistoryStore(const QString &path)
    : m_path(path)
    , m_connection(uniqueConnectionName()) {}

HistoryStore::~HistoryStore() {
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString HistoryStore::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/perfdeck/history.sqlite");
}

QString HistoryStore::resolvePath(const QString &option) {
    if (!option.isEmpty())
        return option;
    const QString fromEnvironment = qEnvironmentVariable("PERFDECK_HISTORY_DB");
    return fromEnvironment.isEmpty() ? defaultPath() : fromEnvironment;
}

QString HistoryStore::pairClientOf(const RunResult &run) {
    if (!run.clientHost.isEmpty())
        return run.clientHost;
    return run.client.isEmpty() ? QStringLiteral("unknown") : run.client;
}

QString HistoryStore::pairServerOf(const RunResult &run) {
    if (!run.serverHost.isEmpty())
        return run.serverHost;
    const QString server = stripPort(run.server);
    return server.isEmpty() ? QStringLiteral("unknown") : server;
}

QString HistoryStore::describe(const QString &what, const QString &sqlError) const {
    return Tr::tr("%1: %2: %3").arg(m_path, what, sqlError);
}

bool HistoryStore::exec(const QString &sql, QString *error) const {
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (execRetrying(query, sql))
        return true;
    if (error)
        *error = describe(sql.section(QLatin1Char(' '), 0, 2), query.lastError().text());
    return false;
}

bool HistoryStore::isOpen() const {
    return QSqlDatabase::contains(m_connection) &&
           QSqlDatabase::database(m_connection, false).isOpen();
}

bool HistoryStore::openConnection(QString *error) {
    const QFileInfo info(m_path);
    if (info.isDir()) {
        *error = Tr::tr("%1: is a folder, not a history database file").arg(m_path);
        return false;
    }
    if (!QDir().mkpath(info.absolutePath())) {
        *error = Tr::tr("%1: cannot create the folder %2").arg(m_path, info.absolutePath());
        return false;
    }
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
                          ? QSqlDatabase::database(m_connection, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (!db.isValid()) {
        *error = Tr::tr("%1: the Qt SQLite driver (QSQLITE) is not available; install "
                        "libqt6sql6-sqlite")
                     .arg(m_path);
        return false;
    }
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    if (!db.open()) {
        *error = describe(Tr::tr("cannot open"), db.lastError().text());
        return false;
    }
    return true;
}

bool HistoryStore::setAside(const QString &why, QString *error) {
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    const QString aside =
        m_path + QStringLiteral(".corrupt-") +
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    if (!QFile::rename(m_path, aside)) {
        *error = Tr::tr("%1: not a usable history database (%2), and it could not be renamed "
                        "aside; move it away or choose another file with --history-db")
                     .arg(m_path, why);
        return false;
    }
    // The write-ahead log belongs to the damaged file: it goes with it, never into the new one.
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString companion = m_path + QLatin1String(suffix);
        if (QFile::exists(companion))
            QFile::rename(companion, aside + QLatin1String(suffix));
    }
    m_notice = Tr::tr("%1: not a usable history database (%2); kept it as %3 and started a new "
                      "one")
                   .arg(m_path, why, aside);
    return true;
}

bool HistoryStore::open(QString *error) {
    QString localError;
    QString &why = error ? *error : localError;
    m_notice.clear();
    if (!openConnection(&why))
        return false;
    for (int attempt = 0; attempt < 2; ++attempt) {
        QSqlQuery probe(QSqlDatabase::database(m_connection, false));
        // Reading the header and the schema is where a damaged file shows itself.
        bool ok = execRetrying(probe, QStringLiteral("PRAGMA user_version")) && probe.next();
        if (ok) {
            probe.finish();
            ok = execRetrying(probe, QStringLiteral("SELECT count(*) FROM sqlite_master"));
        }
        if (ok) {
            probe.finish();
            ok = execRetrying(probe, QStringLiteral("PRAGMA journal_mode=WAL"));
        }
        if (ok) {
            probe.finish();
            break;
        }
        const QSqlError sqlError = probe.lastError();
        probe = QSqlQuery();
        if (attempt == 0 && isDamage(sqlError)) {
            if (!setAside(sqlError.text(), &why) || !openConnection(&why))
                return false;
            continue;
        }
        why = describe(Tr::tr("cannot read"), sqlError.text());
        return false;
    }
    return migrate(&why);
}

// Schema 0 (before versions): runs (id, run_id, started_at TEXT ISO 8601, engine, client,
// server, throughput_bps, document). Its documents hold everything the later columns index.
bool HistoryStore::migrateFromZero(bool hasRuns, QString *error) {
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (hasRuns && !exec(QStringLiteral("ALTER TABLE runs RENAME TO runs_v0"), error))
        return false;
    for (const char *statement : CreateLatest) {
        if (!exec(QString::fromLatin1(statement), error))
            return false;
    }
    if (!hasRuns)
        return true;
    QSqlQuery old(db);
    QSqlQuery insert(db);
    insert.prepare(InsertRun);
    QSqlQuery document(db);
    document.prepare(InsertDocument);
    if (!execRetrying(old, QStringLiteral("SELECT id, run_id, started_at, engine, client, "
                                          "server, throughput_bps, document FROM runs_v0 "
                                          "ORDER BY id"))) {
        *error = describe(Tr::tr("cannot read the old runs"), old.lastError().text());
        return false;
    }
    int migrated = 0;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    while (old.next()) {
        const QJsonObject object =
            QJsonDocument::fromJson(old.value(7).toString().toUtf8()).object();
        RunResult run = RunResult::fromJson(object);
        // What the row says wins over a document that lacks it.
        if (run.id.isEmpty())
            run.id = old.value(1).toString();
        if (!run.startedAt.isValid())
            run.startedAt = QDateTime::fromString(old.value(2).toString(), Qt::ISODateWithMs);
        if (run.client.isEmpty())
            run.client = old.value(4).toString();
        if (run.server.isEmpty())
            run.server = old.value(5).toString();
        if (!run.summary.throughputBps && !old.value(6).isNull())
            run.summary.throughputBps = old.value(6).toDouble();
        if (object.isEmpty())
            run.engine = engineFromString(old.value(3).toString()).value_or(Engine::Iperf3);
        HistoryMeta meta;
        meta.origin = QStringLiteral("migrated");
        bool added = false;
        if (!insertRun(insert, document, run, meta, now, &added)) {
            const QSqlError sqlError =
                insert.lastError().isValid() ? insert.lastError() : document.lastError();
            *error = describe(Tr::tr("cannot migrate run %1").arg(old.value(0).toString()),
                              sqlError.text());
            return false;
        }
        migrated += added ? 1 : 0;
    }
    old.finish();
    if (!exec(QStringLiteral("DROP TABLE runs_v0"), error))
        return false;
    m_notice = Tr::tr("%1: history migrated from schema 0 to %2 (%n run(s))", nullptr, migrated)
                   .arg(m_path)
                   .arg(SchemaVersion);
    return true;
}

bool HistoryStore::migrate(QString *error) {
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    // IMMEDIATE: two processes opening a new file at once must not both create the tables.
    if (!exec(QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    auto rollback = [this] { exec(QStringLiteral("ROLLBACK"), nullptr); };
    if (!execRetrying(query, QStringLiteral("PRAGMA user_version")) || !query.next()) {
        *error = describe(Tr::tr("cannot read the schema version"), query.lastError().text());
        rollback();
        return false;
    }
    const int version = query.value(0).toInt();
    query.finish();
    if (version == SchemaVersion) {
        rollback();
        return true;
    }
    if (version > SchemaVersion) {
        rollback();
        *error = Tr::tr("%1: written by a newer Perfdeck (history schema %2; this one knows up "
                        "to %3); use that version or another file with --history-db")
                     .arg(m_path)
                     .arg(version)
                     .arg(SchemaVersion);
        return false;
    }
    bool hasRuns = false;
    if (execRetrying(query,
                     QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = "
                                    "'runs'")))
        hasRuns = query.next();
    query.finish();

    if (version == 1 || version == 2) {
        QList<const char *> statements;
        if (version == 1)
            statements = QList<const char *>(std::begin(MigrateV1), std::end(MigrateV1));
        statements << HostChecksTable;
        for (const char *statement : std::as_const(statements)) {
            if (!exec(QString::fromLatin1(statement), error)) {
                rollback();
                return false;
            }
        }
        m_notice = Tr::tr("%1: history migrated from schema %2 to %3")
                       .arg(m_path)
                       .arg(version)
                       .arg(SchemaVersion);
    } else if (!migrateFromZero(hasRuns, error)) {
        rollback();
        return false;
    }
    if (!exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion), error) ||
        !exec(QStringLiteral("COMMIT"), error)) {
        rollback();
        return false;
    }
    return true;
}

int HistoryStore::add(const QList<RunResult> &runs, const HistoryMeta &meta, QString *error) {
    QString localError;
    QString &why = error ? *error : localError;
    if (!isOpen()) {
        why = Tr::tr("%1: the history database is not open").arg(m_path);
        return -1;
    }
    if (runs.isEmpty())
        return 0;
    if (!exec(QStringLiteral("BEGIN IMMEDIATE"), &why))
        return -1;
    QSqlQuery insert(QSqlDatabase::database(m_connection, false));
    insert.prepare(InsertRun);
    QSqlQuery document(QSqlDatabase::database(m_connection, false));
    document.prepare(InsertDocument);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    int added = 0;
    for (const RunResult &run : runs) {
        bool isNew = false;
        if (!insertRun(insert, document, run, meta, now, &isNew)) {
            const QSqlError sqlError =
                insert.lastError().isValid() ? insert.lastError() : document.lastError();
            why = describe(Tr::tr("cannot store run %1").arg(run.id), sqlError.text());
            insert = QSqlQuery();
            document = QSqlQuery();
            exec(QStringLiteral("ROLLBACK"), nullptr);
            return -1;
        }
        added += isNew ? 1 : 0;
    }
    insert = QSqlQuery();
    document = QSqlQuery();
    if (!exec(QStringLiteral("COMMIT"), &why)) {
        exec(QStringLiteral("ROLLBACK"), nullptr);
        return -1;
    }
    return added;
}

namespace {

// The WHERE clause of a filter, its values bound in order.
QString whereOf(const HistoryFilter &filter, QVariantList *values) {
    QStringList where;
    auto equal = [&where, values](const char *column, const QString &value) {
        if (value.isEmpty())
            return;
        where << QLatin1String(column) + QStringLiteral(" = ?");
        *values << value;
    };
    equal("pair_client", filter.client);
    equal("pair_server", filter.server);
    equal("engine", filter.engine);
    equal("protocol", filter.protocol);
    equal("direction", filter.direction);
    equal("kind", filter.kind);
    equal("profile", filter.profile);
    if (filter.status)
        equal("status", toString(*filter.status));
    if (!filter.tag.isEmpty()) {
        where << QStringLiteral("tags LIKE ? ESCAPE '\\'");
        QString tag = filter.tag.trimmed();
        tag.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        *values << QVariant(QStringLiteral("%,") + tag + QStringLiteral(",%"));
    }
    if (filter.since.isValid()) {
        where << QStringLiteral("started_at >= ?");
        *values << filter.since.toMSecsSinceEpoch();
    }
    if (filter.until.isValid()) {
        where << QStringLiteral("started_at <= ?");
        *values << filter.until.toMSecsSinceEpoch();
    }
    return where.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

} // namespace

QList<HistoryEntry> HistoryStore::list(const HistoryFilter &filter, QString *error) const {
    QVariantList values;
    const QString where = whereOf(filter, &values);
    const QString order = filter.newestFirst ? QStringLiteral("DESC") : QStringLiteral("ASC");
    QString sql = QStringLiteral("SELECT ") + EntryColumns + QStringLiteral(" FROM runs") + where;
    sql += QStringLiteral(" ORDER BY started_at %1, id %1").arg(order);
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);

    QList<HistoryEntry> entries;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!execRetrying(query)) {
        if (error)
            *error = describe(Tr::tr("cannot list runs"), query.lastError().text());
        return entries;
    }
    while (query.next())
        entries << entryFrom(query);
    if (error && query.lastError().isValid())
        *error = describe(Tr::tr("cannot list runs"), query.lastError().text());
    return entries;
}

QList<HistoryEntry> HistoryStore::trendEntries(const HistoryFilter &filter, QString *error) const {
    HistoryFilter okRuns = filter;
    okRuns.status = RunStatus::Ok;
    QVariantList values;
    const QString sql = QStringLiteral("SELECT id, run_id, started_at, kind, throughput_bps, "
                                       "transactions_per_s FROM runs INDEXED BY runs_trend") +
                        whereOf(okRuns, &values) + QStringLiteral(" ORDER BY started_at ASC");
    QList<HistoryEntry> entries;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!execRetrying(query)) {
        if (error)
            *error = describe(Tr::tr("cannot read the trend"), query.lastError().text());
        return entries;
    }
    while (query.next()) {
        HistoryEntry e;
        e.id = query.value(0).toLongLong();
        e.runId = query.value(1).toString();
        if (!query.value(2).isNull())
            e.startedAt = QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC);
        e.kind = query.value(3).toString();
        e.throughputBps = variantOpt(query.value(4));
        e.transactionsPerS = variantOpt(query.value(5));
        e.pairClient = filter.client;
        e.pairServer = filter.server;
        entries << e;
    }
    return entries;
}

QList<RunResult> HistoryStore::runs(const QList<qint64> &ids, QString *error) const {
    QList<RunResult> result;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT document FROM run_documents WHERE id = ?"));
    for (qint64 id : ids) {
        query.addBindValue(id);
        if (!execRetrying(query)) {
            if (error)
                *error = describe(Tr::tr("cannot read run %1").arg(id), query.lastError().text());
            return {};
        }
        if (!query.next()) {
            if (error)
                *error = Tr::tr("%1: no run with id %2 in the history (see 'perfdeck-cli "
                                "history list')")
                             .arg(m_path)
                             .arg(id);
            return {};
        }
        QJsonParseError parseError;
        const QJsonDocument document =
            QJsonDocument::fromJson(query.value(0).toString().toUtf8(), &parseError);
        query.finish();
        if (!document.isObject()) {
            if (error)
                *error = Tr::tr("%1: run %2: its stored document is damaged (%3)")
                             .arg(m_path)
                             .arg(id)
                             .arg(parseError.errorString());
            return {};
        }
        result << RunResult::fromJson(document.object());
    }
    return result;
}

std::optional<RunResult> HistoryStore::run(qint64 id, QString *error) const {
    const QList<RunResult> found = runs({id}, error);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

qint64 HistoryStore::count(QString *error) const {
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!execRetrying(query, QStringLiteral("SELECT count(*) FROM runs")) || !query.next()) {
        if (error)
            *error = describe(Tr::tr("cannot count runs"), query.lastError().text());
        return -1;
    }
    return query.value(0).toLongLong();
}

QList<HistoryPair> HistoryStore::pairs(QString *error) const {
    QList<HistoryPair> result;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    if (!execRetrying(query, QStringLiteral("SELECT pair_client, pair_server, count(*), "
                                            "max(started_at) FROM runs GROUP BY pair_client, "
                                            "pair_server ORDER BY count(*) DESC, pair_client, "
                                            "pair_server"))) {
        if (error)
            *error = describe(Tr::tr("cannot list pairs"), query.lastError().text());
        return result;
    }
    while (query.next()) {
        HistoryPair pair;
        pair.client = query.value(0).toString();
        pair.server = query.value(1).toString();
        pair.runs = query.value(2).toLongLong();
        if (!query.value(3).isNull())
            pair.lastRun = QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), Qt::UTC);
        result << pair;
    }
    return result;
}

int HistoryStore::addHostChecks(const QList<HostStatus> &checks, QString *error) {
    QString localError;
    QString &why = error ? *error : localError;
    if (!isOpen()) {
        why = Tr::tr("%1: the history database is not open").arg(m_path);
        return -1;
    }
    if (checks.isEmpty())
        return 0;
    if (!exec(QStringLiteral("BEGIN IMMEDIATE"), &why))
        return -1;
    int added = 0;
    {
        QSqlQuery insert(QSqlDatabase::database(m_connection, false));
        insert.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO host_checks (host, checked_at, level, rtt_ms, summary, "
            "document) VALUES (?, ?, ?, ?, ?, ?)"));
        for (const HostStatus &check : checks) {
            if (check.host.isEmpty() || !check.checkedAt.isValid())
                continue; // nothing to file it under
            insert.addBindValue(check.host);
            insert.addBindValue(check.checkedAt.toMSecsSinceEpoch());
            insert.addBindValue(toString(check.level));
            insert.addBindValue(check.rttMs ? QVariant(*check.rttMs) : QVariant());
            insert.addBindValue(check.summary);
            insert.addBindValue(
                QString::fromUtf8(QJsonDocument(check.toJson()).toJson(QJsonDocument::Compact)));
            if (!execRetrying(insert)) {
                why = describe(Tr::tr("cannot store the check of %1").arg(check.host),
                               insert.lastError().text());
                insert = QSqlQuery();
                exec(QStringLiteral("ROLLBACK"), nullptr);
                return -1;
            }
            added += insert.numRowsAffected() > 0 ? 1 : 0;
        }
    }
    if (!exec(QStringLiteral("COMMIT"), &why)) {
        exec(QStringLiteral("ROLLBACK"), nullptr);
        return -1;
    }
    return added;
}

int HistoryStore::renameHostChecks(const QString &from, const QString &to, QString *error) {
    QString localError;
    QString &why = error ? *error : localError;
    if (!isOpen()) {
        why = Tr::tr("%1: the history database is not open").arg(m_path);
        return -1;
    }
    if (from.isEmpty() || to.isEmpty() || from == to)
        return 0;
    QSqlQuery update(QSqlDatabase::database(m_connection, false));
    update.prepare(QStringLiteral("UPDATE OR IGNORE host_checks SET host = ? WHERE host = ?"));
    update.addBindValue(to);
    update.addBindValue(from);
    if (!execRetrying(update)) {
        why = describe(Tr::tr("cannot file the checks of %1 under %2").arg(from, to),
                       update.lastError().text());
        return -1;
    }
    return update.numRowsAffected();
}

QList<HostStatus> HistoryStore::hostChecks(const QString &host, int limit, QString *error) const {
    QList<HostStatus> checks;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    QString sql = QStringLiteral("SELECT host, document FROM host_checks");
    if (!host.isEmpty())
        sql += QStringLiteral(" WHERE host = ?");
    sql += QStringLiteral(" ORDER BY checked_at DESC, id DESC");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    query.prepare(sql);
    if (!host.isEmpty())
        query.addBindValue(host);
    if (!execRetrying(query)) {
        if (error)
            *error = describe(Tr::tr("cannot read the host checks"), query.lastError().text());
        return checks;
    }
    while (query.next()) {
        HostStatus check = HostStatus::fromJson(
            QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object());
        check.host = query.value(0).toString(); // the name it is filed under (renames)
        checks << check;
    }
    return checks;
}

} // namespace Perfdeck
