#include "results/resultsdocument.h"

#include "model/runlabel.h"
#include "util/fileio.h"
#include "util/jsonerrorlocation.h"
#include "util/jsonwriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck {

QJsonObject ResultsDocument::toJson() const {
    QJsonObject o = toJsonWithoutRuns();
    // Every written run carries its number, so a reader names it as the writer did.
    QList<RunResult> numbered = runs;
    numberRuns(numbered);
    QJsonArray list;
    for (const RunResult &r : std::as_const(numbered))
        list.append(r.toJson());
    o.insert(QLatin1String("runs"), list);
    return o;
}

QJsonObject ResultsDocument::toJsonWithoutRuns() const {
    QJsonObject o;
    o.insert(QLatin1String("format"), QLatin1String(FormatId));
    o.insert(QLatin1String("generator"),
             generator.isEmpty() ? QStringLiteral("perfdeck " PERFDECK_VERSION) : generator);
    o.insert(QLatin1String("generated_at"),
             (generatedAt.isValid() ? generatedAt : QDateTime::currentDateTimeUtc())
                 .toUTC()
                 .toString(Qt::ISODateWithMs));
    return o;
}

QByteArray ResultsDocument::toBytes() const {
    return jsonWithRuns(toJsonWithoutRuns(), runs);
}

QByteArray jsonWithRuns(const QJsonObject &header, const QList<RunResult> &runs) {
    qsizetype expected = 4096;
    for (const RunResult &r : runs)
        expected += r.estimatedJsonSize();
    JsonWriter w(expected);
    // The copy shares the runs' data: only their numbers are new.
    QList<RunResult> numbered = runs;
    numberRuns(numbered);
    w.objectWith(header, QLatin1StringView("runs"), [&] {
        w.beginArray();
        for (const RunResult &r : std::as_const(numbered))
            r.writeJson(w);
        w.endArray();
    });
    w.finish();
    return w.takeBytes();
}

bool ResultsDocument::fromBytes(const QByteArray &bytes, ResultsDocument *out, QString *error) {
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error =
            QStringLiteral("%1: %2").arg(jsonErrorLocation(bytes, pe.offset), jsonErrorText(pe));
        return false;
    }
    if (!doc.isObject()) {
        *error = Tr::tr("not a results document (top level is not an object)");
        return false;
    }
    const QJsonObject o = doc.object();
    const QString format = o.value(QLatin1String("format")).toString();
    if (format != QLatin1String(FormatId)) {
        if (format.startsWith(QLatin1String("perfdeck.results/")))
            *error = Tr::tr("results format '%1' is newer than this Perfdeck understands "
                            "(%2); please upgrade")
                         .arg(format, QLatin1String(FormatId));
        else
            *error = Tr::tr("not a Perfdeck results document (\"format\" is '%1', "
                            "expected '%2')")
                         .arg(format, QLatin1String(FormatId));
        return false;
    }
    const QJsonValue runs = o.value(QLatin1String("runs"));
    if (!runs.isArray()) {
        *error = Tr::tr("\"runs\" is missing or not an array");
        return false;
    }
    ResultsDocument d;
    d.generator = o.value(QLatin1String("generator")).toString();
    d.generatedAt =
        QDateTime::fromString(o.value(QLatin1String("generated_at")).toString(), Qt::ISODateWithMs);
    int index = 0;
    for (const QJsonValue &v : runs.toArray()) {
        if (!v.isObject()) {
            *error = Tr::tr("runs[%1] is not an object").arg(index);
            return false;
        }
        QString runError;
        d.runs.append(RunResult::fromJson(v.toObject(), &runError));
        if (!runError.isEmpty()) {
            *error = QStringLiteral("runs[%1]: %2").arg(index).arg(runError);
            return false;
        }
        ++index;
    }
    numberRuns(d.runs);
    *out = std::move(d);
    return true;
}

bool ResultsDocument::save(const QString &path, QString *error) const {
    return FileIo::writeAtomically(path, toBytes(), error);
}

bool ResultsDocument::load(const QString &path, ResultsDocument *out, QString *error) {
    return FileIo::readAndParse(path, error, [out](const QByteArray &bytes, QString *why) {
        return fromBytes(bytes, out, why);
    });
}

} // namespace Perfdeck
