// An HTML report as a QTextDocument whose `<img src="chart:...">` elements are replaced by
// chart objects that ChartPainter paints with QPainter: vector in a PDF, sharp in a preview.
// The PDF writer and the GUI's live preview lay out the same document.
#pragma once

#include "model/runresult.h"
#include "report/pdf/chartpainter.h"

#include <QObject>
#include <QStringList>
#include <QTextObjectInterface>

#include <memory>

class QPaintDevice;
class QTextDocument;

namespace Perfdeck {

class ReportDocument final : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int ChartObjectType = QTextFormat::UserObject + 71;

    // device: what the document is laid out for (a QPdfWriter, or null for the screen).
    ReportDocument(const QString &html, QList<RunResult> runs, QList<RunResult> baseline = {},
                   QPaintDevice *device = nullptr, QObject *parent = nullptr);
    ~ReportDocument() override;

    QTextDocument *document() const { return m_document.get(); }
    // The history trends `chart:trend` draws (ReportInput::history); before painting.
    void setHistory(QList<HistoryTrend> history) { m_painter.setHistory(std::move(history)); }
    int chartCount() const { return m_charts; }
    // Charts that could not be drawn ("chart:throughput?run=x: no run 'x'"), after painting.
    QStringList problems() const { return m_problems; }

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;

private:
    void replaceChartImages();

    std::unique_ptr<QTextDocument> m_document;
    ChartPainter m_painter;
    int m_charts = 0;
    QStringList m_problems;
};

} // namespace Perfdeck
