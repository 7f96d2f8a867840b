#include "qos/dscpclass.h"

#include "model/testspec.h"

#include <QCoreApplication>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck {

std::optional<DscpClass> DscpClass::parse(const QString &text) {
    const std::optional<int> code = parseDscp(text);
    if (!code)
        return std::nullopt;
    DscpClass c;
    c.name = text.trimmed().toUpper();
    c.code = *code;
    return c;
}

std::optional<QList<DscpClass>> DscpClass::parseList(const QString &text, QString *error) {
    QList<DscpClass> out;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const std::optional<DscpClass> c = parse(part);
        if (!c) {
            *error = Tr::tr("'%1' is not a DSCP class (EF, AF11..AF43, CS0..CS7, VA, LE "
                            "or 0-63)")
                         .arg(part.trimmed());
            return std::nullopt;
        }
        for (const DscpClass &seen : std::as_const(out)) {
            if (seen.code == c->code) {
                *error = Tr::tr("'%1' is the same code point as '%2' (%3)")
                             .arg(c->name, seen.name)
                             .arg(c->code);
                return std::nullopt;
            }
        }
        out << *c;
    }
    if (out.isEmpty()) {
        *error = Tr::tr("no classes given (e.g. EF,AF41,CS0)");
        return std::nullopt;
    }
    if (out.size() > 64) {
        *error = Tr::tr("at most 64 classes at once");
        return std::nullopt;
    }
    return out;
}

QString DscpClass::nameOf(int code) {
    if (code == 46)
        return QStringLiteral("EF");
    if (code == 44)
        return QStringLiteral("VA");
    if (code == 1)
        return QStringLiteral("LE");
    if (code >= 0 && code % 8 == 0 && code <= 56)
        return QStringLiteral("CS%1").arg(code / 8);
    if (code >= 10 && code <= 38 && code % 2 == 0 && (code % 8) >= 2 && (code % 8) <= 6)
        return QStringLiteral("AF%1%2").arg(code / 8).arg((code % 8) / 2);
    return QStringLiteral("DSCP %1").arg(code);
}

QString DscpClass::label(int code) {
    const QString name = nameOf(code);
    return name.startsWith(QLatin1String("DSCP")) ? name
                                                  : QStringLiteral("%1 (%2)").arg(name).arg(code);
}

} // namespace Perfdeck
