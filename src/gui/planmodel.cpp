#include "gui/planmodel.h"

#include "gui/planeditcommand.h"
#include "model/format.h"
#include "report/pdf/heatscale.h"

#include <QBrush>
#include <QLocale>
#include <QUndoStack>

namespace Perfdeck {

namespace {

QString overridesText(const CellOverrides &o) {
    QStringList parts;
    if (o.durationS)
        parts << PlanModel::tr("%1 s").arg(QLocale().toString(*o.durationS));
    if (o.streams)
        parts << PlanModel::tr("%1 streams").arg(*o.streams);
    if (o.bitrateBps)
        parts << Format::bitrate(*o.bitrateBps);
    if (o.dscp)
        parts << PlanModel::tr("DSCP %1").arg(*o.dscp);
    if (o.direction)
        parts << toString(*o.direction);
    return parts.join(QStringLiteral(", "));
}

QColor statusColor(CellStatus status, bool retrying) {
    if (retrying)
        return QColor(0xff, 0xe8, 0xb0);
    switch (status) {
    case CellStatus::Queued:
        return QColor(0xf0, 0xf0, 0xf0);
    case CellStatus::Starting:
    case CellStatus::Running:
        return QColor(0xcf, 0xe4, 0xff);
    case CellStatus::Done:
        return QColor(0xd4, 0xf0, 0xd4);
    case CellStatus::Failed:
        return QColor(0xfb, 0xd0, 0xd0);
    case CellStatus::Skipped:
        return QColor(0xe6, 0xe6, 0xe6);
    }
    return {};
}

} // namespace

PlanModel::PlanModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void PlanModel::setMatrix(const TestMatrix &matrix) {
    // Same hosts and tests (a cell turned on or off, an override): the cells change in place,
    // so a click on a check box does not reset the view under it.
    const bool sameShape = matrix.clients == m_matrix.clients &&
                           matrix.servers == m_matrix.servers &&
                           matrix.tests.size() == m_matrix.tests.size();
    if (sameShape) {
        m_matrix = matrix;
        if (rowCount() > 0 && columnCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    } else {
        beginResetModel();
        m_matrix = matrix;
        m_test = std::clamp(m_test, 0, int(std::max<qsizetype>(1, m_matrix.tests.size())) - 1);
        endResetModel();
    }
    Q_EMIT matrixChanged();
}

void PlanModel::edit(const TestMatrix &after, const QString &text) {
    if (after == m_matrix)
        return;
    if (m_undo)
        m_undo->push(new PlanEditCommand(this, m_matrix, after, text));
    else
        setMatrix(after);
}

void PlanModel::setCurrentTest(int test) {
    if (test == m_test || test < 0 || test >= std::max<qsizetype>(1, m_matrix.tests.size()))
        return;
    beginResetModel();
    m_test = test;
    endResetModel();
}

void PlanModel::setDisplay(Display display) {
    if (display == m_display)
        return;
    m_display = display;
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void PlanModel::setResults(const MatrixResults &results) {
    m_results = results;
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void PlanModel::setLive(const QString &cellId, const Live &live) {
    m_live.insert(cellId, live);
    for (int r = 0; r < rowCount(); ++r) {
        for (int c = 0; c < columnCount(); ++c) {
            if (cellId == this->cellId(index(r, c))) {
                Q_EMIT dataChanged(index(r, c), index(r, c));
                return;
            }
        }
    }
}

void PlanModel::clearLive() {
    m_live.clear();
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

const PlanModel::Live *PlanModel::live(const QString &cellId) const {
    const auto it = m_live.constFind(cellId);
    return it == m_live.cend() ? nullptr : &*it;
}

QString PlanModel::cellId(const QModelIndex &index) const {
    if (!index.isValid() || m_matrix.tests.isEmpty())
        return {};
    return m_matrix.cellId(m_matrix.clients.value(index.row()),
                           m_matrix.servers.value(index.column()), m_test);
}

QModelIndex PlanModel::indexOf(const QString &client, const QString &server) const {
    const qsizetype row = m_matrix.clients.indexOf(client);
    const qsizetype column = m_matrix.servers.indexOf(server);
    return row < 0 || column < 0 ? QModelIndex() : index(int(row), int(column));
}

const MatrixResults::Cell *PlanModel::resultCell(const QModelIndex &index) const {
    return m_results.cell(cellId(index));
}

std::optional<std::pair<double, double>> PlanModel::valueRange() const {
    const QString name = m_matrix.testName(m_test);
    for (const MatrixResults::Test &t : m_results.tests) {
        if (t.name == name && t.min && t.max)
            return std::make_pair(*t.min, *t.max);
    }
    return std::nullopt;
}

QString PlanModel::valueText(double value) const {
    const QString name = m_matrix.testName(m_test);
    for (const MatrixResults::Test &t : m_results.tests) {
        if (t.name == name && t.unit == QLatin1String("1/s"))
            return tr("%1 trans/s").arg(QLocale().toString(value, 'f', 0));
    }
    return Format::bitrate(value);
}

void PlanModel::toggleCells(const QList<QPair<QString, QString>> &cells, const QString &text) {
    if (cells.isEmpty() || m_matrix.tests.isEmpty())
        return;
    bool allOff = true;
    for (const auto &[client, server] : cells)
        allOff = allOff && !m_matrix.isEnabled(client, server, m_test);
    TestMatrix after = m_matrix;
    for (const auto &[client, server] : cells)
        after.setEnabled(client, server, m_test, allOff);
    edit(after, text);
}

void PlanModel::toggleRow(int row) {
    QList<QPair<QString, QString>> cells;
    const QString client = m_matrix.clients.value(row);
    for (const QString &server : std::as_const(m_matrix.servers))
        cells.append({client, server});
    toggleCells(cells, tr("Toggle client %1").arg(client));
}

void PlanModel::toggleColumn(int column) {
    QList<QPair<QString, QString>> cells;
    const QString server = m_matrix.servers.value(column);
    for (const QString &client : std::as_const(m_matrix.clients))
        cells.append({client, server});
    toggleCells(cells, tr("Toggle server %1").arg(server));
}

int PlanModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() || m_matrix.tests.isEmpty() ? 0 : int(m_matrix.clients.size());
}

int PlanModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() || m_matrix.tests.isEmpty() ? 0 : int(m_matrix.servers.size());
}

QString PlanModel::tooltip(const QModelIndex &index) const {
    const QString client = m_matrix.clients.value(index.row());
    const QString server = m_matrix.servers.value(index.column());
    QStringList lines{QStringLiteral("<b>%1</b>").arg(cellId(index).toHtmlEscaped())};
    const TestSpec spec = m_matrix.tests.value(m_test);
    TestSpec cellSpec = spec;
    const CellOverrides overrides = m_matrix.overrides(client, server, m_test);
    overrides.applyTo(cellSpec);
    lines << tr("%1 %2, %3, %n stream(s), %4 s", nullptr, cellSpec.parallel)
                 .arg(toString(cellSpec.engine), toString(cellSpec.protocol).toUpper(),
                      toString(cellSpec.direction), QLocale().toString(cellSpec.durationS));
    if (!overrides.isEmpty())
        lines << tr("Overrides: %1").arg(overridesText(overrides).toHtmlEscaped());
    if (!m_matrix.isEnabled(client, server, m_test))
        lines << tr("Turned off");
    else if (client == server && !m_matrix.includeSelfPairs)
        lines << tr("Skipped: client and server are the same host");
    if (const Live *l = live(cellId(index))) {
        QString status = toString(l->status);
        if (l->attempts > 1)
            status += tr(" (attempt %1)").arg(l->attempts);
        lines << tr("Status: %1").arg(status);
        if (!l->reason.isEmpty())
            lines << l->reason.toHtmlEscaped();
    }
    if (const MatrixResults::Cell *r = resultCell(index); r && !r->runIds.isEmpty()) {
        if (r->value) {
            lines
                << tr("Mean: %1 over %n repeat(s)", nullptr, r->repeats).arg(valueText(*r->value));
            if (r->repeats > 1)
                lines << tr("Range: %1 .. %2").arg(valueText(*r->min), valueText(*r->max));
            if (r->instances > 1)
                lines << tr("Instances summed: %1").arg(r->instances);
        }
        if (r->forwardValue && r->reverseValue) {
            lines << tr("Forward %1, reverse %2")
                         .arg(Format::bitrate(*r->forwardValue), Format::bitrate(*r->reverseValue));
            if (r->asymmetry)
                lines << tr("Asymmetry (forward/reverse): %1")
                             .arg(QLocale().toString(*r->asymmetry, 'f', 2));
        }
        if (!r->error.isEmpty())
            lines << tr("Error: %1").arg(r->error.toHtmlEscaped());
        lines << tr("Runs: %1 (click to select them)")
                     .arg(r->runLabels.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    return lines.join(QStringLiteral("<br>"));
}

QVariant PlanModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const QString client = m_matrix.clients.at(index.row());
    const QString server = m_matrix.servers.at(index.column());
    const bool enabled = m_matrix.isEnabled(client, server, m_test);
    const bool self = client == server && !m_matrix.includeSelfPairs;
    const QString id = cellId(index);
    const Live *l = live(id);
    const MatrixResults::Cell *r = resultCell(index);
    const bool retrying = l && l->status == CellStatus::Queued && l->attempts > 0;

    switch (role) {
    case CellIdRole:
        return id;
    case ClientRole:
        return client;
    case ServerRole:
        return server;
    case RunIdsRole:
        return r ? r->runIds : QStringList();
    case StatusRole:
        if (l)
            return retrying ? QStringLiteral("retrying") : toString(l->status);
        return r ? r->status : QString();
    case ValueRole:
        return r && r->value ? QVariant(*r->value) : QVariant();
    case Qt::CheckStateRole:
        // The heat map is for reading: no check boxes over its colours.
        if (m_display != Display::Plan)
            return {};
        return enabled ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        return tooltip(index);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::DisplayRole: {
        if (!enabled)
            return tr("off");
        if (self)
            return tr("same host");
        if (m_display == Display::Values)
            return r && r->value
                       ? valueText(*r->value)
                       : (r && r->status == QLatin1String("failed") ? tr("failed") : tr("–"));
        if (m_display == Display::Asymmetry)
            return r && r->asymmetry ? QLocale().toString(*r->asymmetry, 'f', 2) : tr("–");
        if (l) {
            switch (l->status) {
            case CellStatus::Queued:
                return retrying ? tr("retry %1…").arg(l->attempts) : tr("queued");
            case CellStatus::Starting:
                return tr("starting…");
            case CellStatus::Running:
                return l->rate > 0
                           ? tr("%1 · %2/%3 s")
                                 .arg(
                                     l->transactions
                                         ? tr("%1 trans/s").arg(QLocale().toString(l->rate, 'f', 0))
                                         : Format::bitrate(l->rate))
                                 .arg(QLocale().toString(l->elapsedS, 'f', 0),
                                      QLocale().toString(l->totalS, 'f', 0))
                           : tr("running…");
            case CellStatus::Done:
                return r && r->value ? valueText(*r->value) : tr("done");
            case CellStatus::Failed:
                return tr("failed");
            case CellStatus::Skipped:
                return tr("skipped");
            }
        }
        const QString text = overridesText(m_matrix.overrides(client, server, m_test));
        return text.isEmpty() ? tr("on") : text;
    }
    case Qt::BackgroundRole: {
        if (!enabled || self)
            return QBrush(QColor(0xe6, 0xe6, 0xe6));
        if (m_display == Display::Values && r && r->value) {
            const auto range = valueRange();
            return QBrush(HeatScale::color(HeatScale::position(
                *r->value, range ? range->first : *r->value, range ? range->second : *r->value)));
        }
        if (m_display == Display::Asymmetry && r && r->asymmetry)
            return QBrush(HeatScale::asymmetryColor(*r->asymmetry));
        if (m_display == Display::Plan && l)
            return QBrush(statusColor(l->status, retrying));
        return {};
    }
    case Qt::ForegroundRole:
        if (m_display == Display::Values && enabled && !self && r && r->value) {
            const auto range = valueRange();
            return QBrush(HeatScale::textColor(HeatScale::position(
                *r->value, range ? range->first : *r->value, range ? range->second : *r->value)));
        }
        if (!enabled || self)
            return QBrush(QColor(0x77, 0x77, 0x77));
        return {};
    default:
        return {};
    }
}

bool PlanModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (!index.isValid() || role != Qt::CheckStateRole || m_matrix.tests.isEmpty())
        return false;
    const QString client = m_matrix.clients.at(index.row());
    const QString server = m_matrix.servers.at(index.column());
    const bool on = Qt::CheckState(value.toInt()) == Qt::Checked;
    if (on == m_matrix.isEnabled(client, server, m_test))
        return false;
    TestMatrix after = m_matrix;
    after.setEnabled(client, server, m_test, on);
    edit(after, on ? tr("Turn on %1").arg(cellId(index)) : tr("Turn off %1").arg(cellId(index)));
    return true;
}

Qt::ItemFlags PlanModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (m_display != Display::Plan)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

QVariant PlanModel::headerData(int section, Qt::Orientation orientation, int role) const {
    const QStringList &names = orientation == Qt::Horizontal ? m_matrix.servers : m_matrix.clients;
    if (section < 0 || section >= names.size())
        return {};
    if (role == Qt::DisplayRole)
        return names.at(section);
    if (role == Qt::ToolTipRole)
        return orientation == Qt::Horizontal
                   ? tr("Server %1: click to turn its column on or off").arg(names.at(section))
                   : tr("Client %1: click to turn its row on or off").arg(names.at(section));
    return {};
}

} // namespace Perfdeck
