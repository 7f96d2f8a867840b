// A DSCP traffic class as users write it (EF, AF41, CS0, VA, LE or a number 0-63) with the
// probe traffic that stands for it (packets per second and size). The names are the ones
// parseDscp() (model/testspec) reads; nameOf() gives a code point its usual name back.
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Perfdeck {

struct DscpClass {
    QString name; // as the user wrote it, upper case ("EF", "AF41", "46")
    int code = 0; // 0..63
    double pps = 100;
    int sizeBytes = 200; // UDP payload

    // "EF", "af41", "46", "0x2e"; nullopt for anything else.
    static std::optional<DscpClass> parse(const QString &text);
    // A comma-separated list ("EF,AF41,CS0"); nullopt with *error naming the bad entry.
    static std::optional<QList<DscpClass>> parseList(const QString &text, QString *error);
    // "EF", "AF41", "CS0", "VA", "LE", else the number ("DSCP 5").
    static QString nameOf(int code);
    // "EF (46)": how tables show a code point.
    static QString label(int code);
    bool operator==(const DscpClass &) const = default;
};

} // namespace Perfdeck
