// The grid of the test plan view: clients as rows, servers as columns, one test of the plan
// at a time. A cell shows its check box (on/off) and, by display mode, its overrides and live
// status while the plan runs, its measured value on the heat map's colour scale, or its
// forward/reverse asymmetry. Edits go through the undo stack as PlanEditCommands.
#pragma once

#include "plan/matrixresults.h"
#include "plan/planscheduler.h"
#include "plan/testmatrix.h"

#include <QAbstractTableModel>
#include <QHash>

QT_BEGIN_NAMESPACE
class QUndoStack;
QT_END_NAMESPACE

namespace Perfdeck {

class PlanModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        CellIdRole = Qt::UserRole + 1,
        RunIdsRole, // QStringList: the runs measured for the cell
        StatusRole, // the live status text, else the measured one (ok, failed, not_run...)
        ValueRole,  // the measured value (double) or an invalid QVariant
        ClientRole,
        ServerRole,
    };
    Q_ENUM(Role)
    enum class Display { Plan, Values, Asymmetry };
    Q_ENUM(Display)

    // Where a cell stands in the plan being run.
    struct Live {
        CellStatus status = CellStatus::Queued;
        QString reason;
        int attempts = 0;
        double rate = 0; // latest bit/s (or transactions/s) summed over its running instances
        bool transactions = false;
        double elapsedS = 0;
        double totalS = 0;
    };

    explicit PlanModel(QObject *parent = nullptr);

    void setUndoStack(QUndoStack *stack) { m_undo = stack; }
    const TestMatrix &matrix() const { return m_matrix; }
    // Replaces the plan without an undo step (what undo/redo and opening a session do).
    void setMatrix(const TestMatrix &matrix);
    // Replaces the plan as one undoable step named text (applied at once).
    void edit(const TestMatrix &after, const QString &text);

    int currentTest() const { return m_test; }
    void setCurrentTest(int test);
    Display display() const { return m_display; }
    void setDisplay(Display display);

    // The measured figures of the plan's cells (from the session's runs).
    void setResults(const MatrixResults &results);
    const MatrixResults &results() const { return m_results; }
    void setLive(const QString &cellId, const Live &live);
    void clearLive();
    const Live *live(const QString &cellId) const;

    QString cellId(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &client, const QString &server) const;
    // Turns every cell of a row or column of the current test on (all were off) or off.
    void toggleRow(int row);
    void toggleColumn(int column);
    // The lowest and highest value of the current test (the heat map's scale), if any.
    std::optional<std::pair<double, double>> valueRange() const;
    QString valueText(double value) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The plan changed (an edit, undo or redo, or a session opened).
    void matrixChanged();

private:
    const MatrixResults::Cell *resultCell(const QModelIndex &index) const;
    QString tooltip(const QModelIndex &index) const;
    void toggleCells(const QList<QPair<QString, QString>> &cells, const QString &text);

    TestMatrix m_matrix;
    MatrixResults m_results;
    QHash<QString, Live> m_live;  // by cell id
    QUndoStack *m_undo = nullptr; // not owned; the view that shows the model owns both
    int m_test = 0;
    Display m_display = Display::Plan;
};

} // namespace Perfdeck
