#include "plan/matrixresults.h"

#include "model/directionpair.h"
#include "model/runlabel.h"

#include <QHash>
#include <QJsonArray>

#include <cmath>

namespace Perfdeck {

namespace {

QJsonValue opt(const OptDouble &v) {
    return v && std::isfinite(*v) ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

bool isRr(const RunResult &r) {
    return !r.summary.throughputBps && r.summary.transactionsPerS.has_value();
}

// The runs of one cell split into repeats: instances of one repeat are numbered 1..N; a run
// on its own (instance 0), instance 1 or an instance number seen already starts the next.
QList<QList<const RunResult *>> repeatsOf(const QList<const RunResult *> &runs) {
    QList<QList<const RunResult *>> repeats;
    QList<int> seen;
    for (const RunResult *r : runs) {
        if (repeats.isEmpty() || r->instance <= 1 || seen.contains(r->instance)) {
            repeats.append(QList<const RunResult *>());
            seen.clear();
        }
        repeats.last().append(r);
        seen.append(r->instance);
    }
    return repeats;
}

struct Figures {
    OptDouble value;
    OptDouble min;
    OptDouble max;
    OptDouble reverse; // bidir runs: the reverse direction's sum, averaged the same way
    int repeats = 0;
    int instances = 0;
    bool anyFailed = false;
    bool anyPartial = false;
    QString error;
};

// Per repeat the sum over its instances (runs that measured nothing count for nothing), then
// the mean over the repeats that have a value.
Figures figuresOf(const QList<const RunResult *> &runs, bool rr) {
    Figures f;
    double sum = 0;
    double reverseSum = 0;
    int reverseRepeats = 0;
    for (const QList<const RunResult *> &repeat : repeatsOf(runs)) {
        f.instances = std::max(f.instances, int(repeat.size()));
        double total = 0;
        double reverse = 0;
        bool has = false;
        bool hasReverse = false;
        for (const RunResult *r : repeat) {
            if (r->status == RunStatus::Error) {
                f.anyFailed = true;
                if (f.error.isEmpty())
                    f.error = r->error;
                continue;
            }
            f.anyPartial = f.anyPartial || r->status == RunStatus::Partial;
            const OptDouble v = rr ? r->summary.transactionsPerS : r->summary.throughputBps;
            if (v && std::isfinite(*v)) {
                total += *v;
                has = true;
            }
            if (r->direction == Direction::Bidir && r->reverseSummary &&
                r->reverseSummary->throughputBps) {
                reverse += *r->reverseSummary->throughputBps;
                hasReverse = true;
            }
        }
        if (!has)
            continue;
        ++f.repeats;
        sum += total;
        f.min = f.min ? std::min(*f.min, total) : total;
        f.max = f.max ? std::max(*f.max, total) : total;
        if (hasReverse) {
            reverseSum += reverse;
            ++reverseRepeats;
        }
    }
    if (f.repeats > 0)
        f.value = sum / f.repeats;
    if (reverseRepeats > 0)
        f.reverse = reverseSum / reverseRepeats;
    return f;
}

// "a->b/test" -> (a, b, test)
bool parseCellId(const QString &id, QString *client, QString *server, QString *test) {
    const qsizetype arrow = id.indexOf(QLatin1String("->"));
    if (arrow <= 0)
        return false;
    *client = id.left(arrow);
    const QString rest = id.mid(arrow + 2);
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    *server = slash < 0 ? rest : rest.left(slash);
    *test = slash < 0 ? QString() : rest.mid(slash + 1);
    return !server->isEmpty();
}

} // namespace

MatrixResults MatrixResults::build(const TestMatrix &matrix, const QList<RunResult> &runs) {
    MatrixResults out;
    QHash<QString, QList<const RunResult *>> byCell;
    for (const RunResult &r : runs) {
        if (!r.cell.isEmpty())
            byCell[r.cell].append(&r);
    }

    QList<TestMatrix::Cell> planned;
    QStringList testNames;
    if (!matrix.isEmpty()) {
        out.clients = matrix.clients;
        out.servers = matrix.servers;
        out.profile = matrix.profile;
        for (int t = 0; t < matrix.tests.size(); ++t)
            testNames << matrix.testName(t);
        planned = matrix.cells();
    } else {
        // No plan: the runs' cells make one, in the order they first appear.
        for (const RunResult &r : runs) {
            QString client, server, test;
            if (r.cell.isEmpty() || !parseCellId(r.cell, &client, &server, &test))
                continue;
            if (!out.clients.contains(client))
                out.clients << client;
            if (!out.servers.contains(server))
                out.servers << server;
            if (!testNames.contains(test))
                testNames << test;
        }
        for (const QString &client : std::as_const(out.clients)) {
            for (const QString &server : std::as_const(out.servers)) {
                for (int t = 0; t < testNames.size(); ++t) {
                    TestMatrix::Cell c;
                    c.client = client;
                    c.server = server;
                    c.test = t;
                    c.id = client + QLatin1String("->") + server +
                           (testNames.at(t).isEmpty() ? QString()
                                                      : QLatin1Char('/') + testNames.at(t));
                    planned.append(c);
                }
            }
        }
    }
    if (planned.isEmpty())
        return out;

    for (const QString &name : std::as_const(testNames))
        out.tests.append(Test{name, {}, {}, {}, {}});
    // A test's metric: transactions/s when every run of it is a request/response test.
    QList<int> rrRuns(testNames.size(), 0);
    QList<int> allRuns(testNames.size(), 0);
    for (const TestMatrix::Cell &c : std::as_const(planned)) {
        for (const RunResult *r : byCell.value(c.id)) {
            if (r->status == RunStatus::Error)
                continue;
            ++allRuns[c.test];
            rrRuns[c.test] += isRr(*r);
        }
    }
    for (int t = 0; t < out.tests.size(); ++t) {
        const bool rr = allRuns[t] > 0 && rrRuns[t] == allRuns[t];
        out.tests[t].metric =
            rr ? QStringLiteral("transactions_per_s") : QStringLiteral("throughput_bps");
        out.tests[t].unit = rr ? QStringLiteral("1/s") : QStringLiteral("bit/s");
    }

    QHash<QString, int> cellIndex;
    for (const TestMatrix::Cell &c : std::as_const(planned)) {
        Cell cell;
        cell.id = c.id;
        cell.client = c.client;
        cell.server = c.server;
        cell.test = c.test;
        cell.skipReason = c.skipReason;
        cell.planned = !matrix.isEmpty();
        if (!matrix.isEmpty())
            cell.overrides = matrix.overrides(c.client, c.server, c.test);
        const QList<const RunResult *> cellRuns = byCell.value(c.id);
        for (const RunResult *r : cellRuns) {
            cell.runIds << r->id;
            cell.runLabels << runLabel(*r);
        }
        const bool rr = out.tests.at(c.test).metric == QLatin1String("transactions_per_s");
        const Figures f = figuresOf(cellRuns, rr);
        cell.value = f.value;
        cell.min = f.min;
        cell.max = f.max;
        cell.repeats = f.repeats;
        cell.instances = f.instances;
        cell.error = f.error;
        if (f.reverse && f.value) {
            cell.forwardValue = f.value;
            cell.reverseValue = f.reverse;
            cell.pairCell = cell.id;
            cell.isForward = true;
        }
        if (cellRuns.isEmpty())
            cell.status =
                cell.skipReason.isEmpty() ? QStringLiteral("not_run") : QStringLiteral("skipped");
        else if (!f.value)
            cell.status = QStringLiteral("failed");
        else if (f.anyFailed || f.anyPartial)
            cell.status = QStringLiteral("partial");
        else
            cell.status = QStringLiteral("ok");
        if (f.value) {
            Test &test = out.tests[c.test];
            test.min = test.min ? std::min(*test.min, *f.value) : *f.value;
            test.max = test.max ? std::max(*test.max, *f.value) : *f.value;
        }
        cellIndex.insert(cell.id, int(out.cells.size()));
        out.cells.append(cell);
    }

    // Send and receive cells of one pair, linked run by run as DirectionPair links them.
    QList<RunResult> linked;
    for (const RunResult &r : runs) {
        if (cellIndex.contains(r.cell))
            linked.append(r);
    }
    DirectionPair::link(linked);
    QHash<QString, QString> cellOfRun;
    for (const RunResult &r : std::as_const(linked))
        cellOfRun.insert(r.id, r.cell);
    for (const RunResult &r : std::as_const(linked)) {
        if (r.direction != Direction::Send || r.pairOf.isEmpty())
            continue;
        const QString other = cellOfRun.value(r.pairOf);
        if (other.isEmpty() || other == r.cell)
            continue;
        Cell &forward = out.cells[cellIndex.value(r.cell)];
        Cell &reverse = out.cells[cellIndex.value(other)];
        if (!forward.pairCell.isEmpty())
            continue;
        forward.pairCell = reverse.id;
        forward.isForward = true;
        reverse.pairCell = forward.id;
        for (Cell *c : {&forward, &reverse}) {
            c->forwardValue = forward.value;
            c->reverseValue = reverse.value;
        }
    }
    for (Cell &c : out.cells) {
        if (c.forwardValue && c.reverseValue && *c.reverseValue > 0)
            c.asymmetry = *c.forwardValue / *c.reverseValue;
    }
    return out;
}

const MatrixResults::Cell *MatrixResults::cell(const QString &client, const QString &server,
                                               int test) const {
    for (const Cell &c : cells) {
        if (c.client == client && c.server == server && c.test == test)
            return &c;
    }
    return nullptr;
}

const MatrixResults::Cell *MatrixResults::cell(const QString &id) const {
    for (const Cell &c : cells) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

QJsonObject MatrixResults::toJson() const {
    QJsonArray testList;
    for (int t = 0; t < tests.size(); ++t) {
        const Test &test = tests.at(t);
        testList.append(QJsonObject{{QStringLiteral("index"), t},
                                    {QStringLiteral("name"), test.name},
                                    {QStringLiteral("metric"), test.metric},
                                    {QStringLiteral("unit"), test.unit},
                                    {QStringLiteral("min"), opt(test.min)},
                                    {QStringLiteral("max"), opt(test.max)}});
    }
    QJsonArray cellList;
    QJsonObject grid; // test name -> client -> server -> cell
    QJsonArray pairs;
    for (const Cell &c : cells) {
        QJsonObject o{
            {QStringLiteral("id"), c.id},
            {QStringLiteral("client"), c.client},
            {QStringLiteral("server"), c.server},
            {QStringLiteral("test"), tests.value(c.test).name},
            {QStringLiteral("test_index"), c.test},
            {QStringLiteral("planned"), c.planned},
            {QStringLiteral("skip_reason"), c.skipReason},
            {QStringLiteral("status"), c.status},
            {QStringLiteral("error"), c.error},
            {QStringLiteral("run_ids"), QJsonArray::fromStringList(c.runIds)},
            {QStringLiteral("run_labels"), QJsonArray::fromStringList(c.runLabels)},
            {QStringLiteral("metric"), tests.value(c.test).metric},
            {QStringLiteral("unit"), tests.value(c.test).unit},
            {QStringLiteral("value"), opt(c.value)},
            {QStringLiteral("min"), opt(c.min)},
            {QStringLiteral("max"), opt(c.max)},
            {QStringLiteral("repeats"), c.repeats},
            {QStringLiteral("instances"), c.instances},
            {QStringLiteral("forward_value"), opt(c.forwardValue)},
            {QStringLiteral("reverse_value"), opt(c.reverseValue)},
            {QStringLiteral("asymmetry"), opt(c.asymmetry)},
            {QStringLiteral("pair_cell"), c.pairCell},
            {QStringLiteral("is_forward"), c.isForward},
            {QStringLiteral("overrides"), c.overrides.toJson()},
        };
        cellList.append(o);
        const QString testName = tests.value(c.test).name;
        QJsonObject byClient = grid.value(testName).toObject();
        QJsonObject byServer = byClient.value(c.client).toObject();
        byServer.insert(c.server, o);
        byClient.insert(c.client, byServer);
        grid.insert(testName, byClient);
        // One entry per pair: the forward cell names it (a bidir cell is its own pair).
        if (c.isForward) {
            pairs.append(QJsonObject{{QStringLiteral("client"), c.client},
                                     {QStringLiteral("server"), c.server},
                                     {QStringLiteral("test"), testName},
                                     {QStringLiteral("forward_cell"), c.id},
                                     {QStringLiteral("reverse_cell"), c.pairCell},
                                     {QStringLiteral("forward_value"), opt(c.forwardValue)},
                                     {QStringLiteral("reverse_value"), opt(c.reverseValue)},
                                     {QStringLiteral("asymmetry"), opt(c.asymmetry)}});
        }
    }
    return QJsonObject{{QStringLiteral("clients"), QJsonArray::fromStringList(clients)},
                       {QStringLiteral("servers"), QJsonArray::fromStringList(servers)},
                       {QStringLiteral("profile"), profile},
                       {QStringLiteral("tests"), testList},
                       {QStringLiteral("cells"), cellList},
                       {QStringLiteral("grid"), grid},
                       {QStringLiteral("pairs"), pairs}};
}

} // namespace Perfdeck
