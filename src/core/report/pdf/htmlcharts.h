// Charts for HTML reports: every <img src="chart:..."> of a rendered HTML report becomes an
// inline <svg> that ChartPainter draws (the same chart as in the PDF, vector, its labels
// text), so a report opened in a browser shows its charts without any other file.
#pragma once

#include "model/runresult.h"
#include "results/historytrend.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Perfdeck {

class HtmlCharts final {
public:
    static QString embedSvg(const QString &html, const QList<RunResult> &runs,
                            const QList<RunResult> &baseline = {}, QStringList *problems = nullptr,
                            const QList<HistoryTrend> &history = {});
};

} // namespace Perfdeck
