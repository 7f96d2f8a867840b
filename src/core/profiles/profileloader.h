// Reads a YAML test profile (profiles/*.yaml) into one TestSpec per test: follows `extends`,
// substitutes ${VARIABLES} and checks every field, so a mistake is reported as
// FILE:LINE:COLUMN with the field it concerns. The format is described in docs/PROFILES.md.
#pragma once

#include "model/testspec.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Perfdeck {

// One problem in a profile, located where the user has to look. line/column are 1-based,
// 0 when the problem has no place in a file (a file that cannot be read).
struct ProfileError {
    QString file;
    int line = 0;
    int column = 0;
    QString message;

    // "profiles/lossy.yaml:12:5: unknown field 'paralel' (did you mean 'parallel'?)"
    QString toString() const;
};

// A profile after inheritance and substitution: what `perfdeck-cli profile show` prints.
struct Profile {
    QString name;        // `name:` in the file, else the file's base name
    QString description; // inherited when the file does not say
    QString path;
    QStringList chain;                 // this file, then its parent, grandparent, ...
    QHash<QString, QString> variables; // the effective values, overrides included
    QList<TestSpec> tests;             // one per test, in file order, each named
    // `concurrent: true`: the tests run at the same time (e.g. latency under load), each
    // against its own server; inherited when the file does not say.
    bool concurrent = false;
};

class ProfileLoader final {
public:
    // Directories searched for `extends: NAME` after the directory of the extending file.
    void setSearchPaths(const QStringList &directories) { m_searchPaths = directories; }
    // Values that win over a profile's `variables:` (HOST from --target, --set NAME=VALUE).
    // HOST is always defined: empty (the embedded 127.0.0.1 server) unless given here.
    void setVariables(const QHash<QString, QString> &overrides) { m_overrides = overrides; }

    // Loads FILE and its parents. On failure returns nothing and errors() says why.
    std::optional<Profile> load(const QString &path);
    const QList<ProfileError> &errors() const { return m_errors; }
    // The errors, one per line.
    QString errorString() const;

    // The keys a test (or `defaults:`) may set, as written in YAML.
    static const QStringList &testFields();

private:
    QStringList m_searchPaths;
    QHash<QString, QString> m_overrides;
    QList<ProfileError> m_errors;
};

} // namespace Perfdeck
