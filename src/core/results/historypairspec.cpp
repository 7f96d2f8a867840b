#include "results/historypairspec.h"

#include <QCoreApplication>

namespace Perfdeck {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};

QString unbracket(const QString &name) {
    if (name.size() > 2 && name.startsWith(QLatin1Char('[')) && name.endsWith(QLatin1Char(']')))
        return name.mid(1, name.size() - 2);
    return name;
}

} // namespace

std::optional<HistoryPairSpec> HistoryPairSpec::parse(const QString &text, QString *error) {
    const QString usage =
        Tr::tr("expected history:CLIENT..SERVER[:LAST_N], e.g. history:local..local:20 "
               "(IPv6 addresses in brackets: history:[::1]..[::1])");
    QString rest = text.trimmed();
    HistoryPairSpec spec;
    // ":N" at the end, unless the colon belongs to an unbracketed IPv6 server address.
    const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
    const qsizetype dots = rest.indexOf(QLatin1String(".."));
    if (colon > dots && dots >= 0) {
        const QString tail = rest.mid(colon + 1);
        const QString server = rest.mid(dots + 2, colon - dots - 2);
        if (!server.contains(QLatin1Char(':')) || server.endsWith(QLatin1Char(']'))) {
            bool ok = false;
            const int n = tail.toInt(&ok);
            if (!ok || n < 2) {
                if (error)
                    *error = Tr::tr("'%1': LAST_N '%2' must be a whole number of at least 2 "
                                    "runs; %3")
                                 .arg(text, tail, usage);
                return std::nullopt;
            }
            spec.lastN = n;
            rest = rest.left(colon);
        }
    }
    if (dots <= 0 || dots + 2 >= rest.size()) {
        if (error)
            *error = Tr::tr("'%1': %2").arg(text, usage);
        return std::nullopt;
    }
    spec.client = unbracket(rest.left(dots));
    spec.server = unbracket(rest.mid(dots + 2));
    if (spec.client.isEmpty() || spec.server.isEmpty() ||
        spec.server.contains(QLatin1String(".."))) {
        if (error)
            *error = Tr::tr("'%1': %2").arg(text, usage);
        return std::nullopt;
    }
    return spec;
}

} // namespace Perfdeck
