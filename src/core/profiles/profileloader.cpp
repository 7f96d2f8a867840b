#include "profiles/profileloader.h"

#include "util/fieldsuggestion.h"
#include "util/inputlimits.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <cmath>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck {

QString ProfileError::toString() const {
    if (line <= 0)
        return QStringLiteral("%1: %2").arg(file, message);
    return QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(message);
}

const QStringList &ProfileLoader::testFields() {
    static const QStringList fields = {
        QStringLiteral("engine"),
        QStringLiteral("protocol"),
        QStringLiteral("direction"),
        QStringLiteral("host"),
        QStringLiteral("port"),
        QStringLiteral("duration"),
        QStringLiteral("parallel"),
        QStringLiteral("bitrate"),
        QStringLiteral("burst"),
        QStringLiteral("dscp"),
        QStringLiteral("interval"),
        QStringLiteral("omit"),
        QStringLiteral("length"),
        QStringLiteral("window"),
        QStringLiteral("congestion"),
        QStringLiteral("get_server_output"),
        QStringLiteral("live_text"),
        QStringLiteral("repeat"),
        QStringLiteral("instances"),
        QStringLiteral("affinity"),
        QStringLiteral("memory_limit"),
        QStringLiteral("netperf_test"),
        QStringLiteral("request_size"),
        QStringLiteral("response_size"),
        QStringLiteral("confidence_level"),
        QStringLiteral("confidence_width"),
        QStringLiteral("max_iterations"),
        QStringLiteral("min_iterations"),
        QStringLiteral("pattern"),
    };
    return fields;
}

QString ProfileLoader::errorString() const {
    QStringList lines;
    for (const ProfileError &e : m_errors)
        lines << e.toString();
    return lines.join(QLatin1Char('\n'));
}

namespace {

// A YAML value with the file it came from, so an error points at the right file.
struct Field {
    YAML::Node node;
    QString file;
};

struct RawTest {
    QString name;
    QString file;
    YAML::Mark mark;
    QMap<QString, Field> fields;
};

struct RawProfile {
    QString name;
    QString description;
    std::optional<bool> concurrent;
    QStringList chain;
    QMap<QString, Field> variables;
    QMap<QString, Field> defaults;
    QList<RawTest> tests;
};

QString fromStd(const std::string &s) {
    return QString::fromStdString(s);
}

using FieldSuggestion::unknownField;

class Loader {
public:
    Loader(const QStringList &searchPaths, const QHash<QString, QString> &overrides,
           QList<ProfileError> *errors)
        : m_searchPaths(searchPaths)
        , m_overrides(overrides)
        , m_errors(errors) {}

    bool loadRaw(const QString &path, QStringList chain, RawProfile *out);
    std::optional<Profile> resolve(const QString &path, const RawProfile &raw);

private:
    void error(const QString &file, const YAML::Mark &mark, const QString &message) {
        m_errors->append({file, mark.line + 1, mark.column + 1, message});
    }
    void error(const QString &file, const QString &message) {
        m_errors->append({file, 0, 0, message});
    }
    bool readFields(const QString &file, const YAML::Node &map, const QString &what, bool allowName,
                    QMap<QString, Field> *fields);
    QString findParent(const QString &childFile, const QString &extends) const;
    // Substitutes ${NAME} and ${NAME:-default}; sets *problem on an undefined variable, a loop
    // or a result longer than MaxExpandedChars.
    QString substitute(const QString &text, const RawProfile &raw, QString *problem);
    std::optional<QString> variable(const QString &name, const RawProfile &raw, QString *problem);
    QString applyField(const QString &key, const QString &value, TestSpec *spec) const;

    // A variable's resolution, computed once per load: nested references (A: ${B}${B},
    // B: ${C}${C}, ...) would otherwise be expanded again at every use, in exponential time.
    struct Resolved {
        std::optional<QString> value;
        QString problem;
    };

    QStringList m_searchPaths;
    QHash<QString, QString> m_overrides;
    QList<ProfileError> *m_errors;
    // Only one RawProfile is resolved per Loader, so the variable name is the whole key.
    QHash<QString, Resolved> m_resolved;
    QSet<QString> m_resolving; // names being expanded right now: meeting one again is a loop
};

// No profile field needs more than a host name, a duration or a congestion name; a value that
// expands past this is a mistake or a hostile file, refused before it eats memory.
constexpr qsizetype MaxExpandedChars = 4096;

bool Loader::readFields(const QString &file, const YAML::Node &map, const QString &what,
                        bool allowName, QMap<QString, Field> *fields) {
    if (!map.IsMap()) {
        error(file, map.Mark(), Tr::tr("%1 must be a map of field: value").arg(what));
        return false;
    }
    bool ok = true;
    QStringList known = ProfileLoader::testFields();
    if (allowName)
        known.prepend(QStringLiteral("name"));
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QString key = fromStd(it->first.Scalar());
        if (!known.contains(key)) {
            error(file, it->first.Mark(), unknownField(key, known));
            ok = false;
            continue;
        }
        if (key == QLatin1String("name"))
            continue;
        fields->insert(key, Field{it->second, file});
    }
    return ok;
}

QString Loader::findParent(const QString &childFile, const QString &extends) const {
    const QDir childDir = QFileInfo(childFile).absoluteDir();
    if (extends.contains(QLatin1Char('/')) || extends.endsWith(QLatin1String(".yaml")) ||
        extends.endsWith(QLatin1String(".yml"))) {
        const QString path = QDir::cleanPath(childDir.absoluteFilePath(extends));
        return QFileInfo(path).isFile() ? path : QString();
    }
    QStringList dirs = {childDir.absolutePath()};
    dirs += m_searchPaths;
    for (const QString &dir : dirs) {
        for (const char *suffix : {".yaml", ".yml"}) {
            const QString path = QDir(dir).absoluteFilePath(extends + QLatin1String(suffix));
            if (QFileInfo(path).isFile())
                return QDir::cleanPath(path);
        }
    }
    return {};
}

bool Loader::loadRaw(const QString &path, QStringList chain, RawProfile *out) {
    QByteArray bytes;
    QString why;
    if (!InputLimits::readConfigFile(path, &bytes, &why)) {
        error(path, Tr::tr("cannot read the profile: %1").arg(why));
        return false;
    }
    int line = 0;
    int column = 0;
    if (const QString limit = InputLimits::checkYaml(bytes, &line, &column); !limit.isEmpty()) {
        m_errors->append({path, line, column, limit});
        return false;
    }
    YAML::Node root;
    try {
        root = YAML::Load(bytes.toStdString());
    } catch (const YAML::Exception &e) {
        error(path, e.mark, Tr::tr("YAML syntax error: %1").arg(fromStd(e.msg)));
        return false;
    }
    if (root.IsNull()) {
        error(path, Tr::tr("the profile is empty"));
        return false;
    }
    if (!root.IsMap()) {
        error(path, root.Mark(),
              Tr::tr("a profile is a map with name, description, extends, variables, "
                     "defaults and tests"));
        return false;
    }
    chain.append(QFileInfo(path).absoluteFilePath());

    static const QStringList topLevel = {
        QStringLiteral("name"),       QStringLiteral("description"), QStringLiteral("extends"),
        QStringLiteral("variables"),  QStringLiteral("defaults"),    QStringLiteral("tests"),
        QStringLiteral("concurrent"),
    };
    bool ok = true;
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString key = fromStd(it->first.Scalar());
        if (!topLevel.contains(key)) {
            error(path, it->first.Mark(), unknownField(key, topLevel));
            ok = false;
        }
    }
    for (const char *key : {"name", "description", "extends"}) {
        const YAML::Node node = root[key];
        if (node && !node.IsScalar()) {
            error(path, node.Mark(), Tr::tr("%1 must be text").arg(QLatin1String(key)));
            ok = false;
        }
    }
    if (!ok)
        return false;

    // The parent first: this file's values are laid over it.
    if (const YAML::Node extends = root["extends"]; extends && !extends.IsNull()) {
        const QString parentName = fromStd(extends.Scalar());
        const QString parent = findParent(path, parentName);
        if (parent.isEmpty()) {
            error(path, extends.Mark(),
                  Tr::tr("extends: no profile '%1' (looked next to this file and in %2)")
                      .arg(parentName, m_searchPaths.join(QLatin1String(", "))));
            return false;
        }
        const QString parentAbsolute = QFileInfo(parent).absoluteFilePath();
        if (chain.contains(parentAbsolute)) {
            QStringList names;
            for (const QString &p : chain)
                names << QFileInfo(p).completeBaseName();
            names << QFileInfo(parent).completeBaseName();
            error(path, extends.Mark(),
                  Tr::tr("extends: inheritance cycle %1").arg(names.join(QLatin1String(" -> "))));
            return false;
        }
        if (!loadRaw(parent, chain, out))
            return false;
    }
    out->chain.prepend(path);
    out->name = root["name"] ? fromStd(root["name"].Scalar()) : QFileInfo(path).completeBaseName();
    if (root["description"])
        out->description = fromStd(root["description"].Scalar());
    if (const YAML::Node concurrent = root["concurrent"]; concurrent && !concurrent.IsNull()) {
        bool value = false;
        if (!concurrent.IsScalar() || !YAML::convert<bool>::decode(concurrent, value)) {
            error(path, concurrent.Mark(), Tr::tr("concurrent must be true or false"));
            return false;
        }
        out->concurrent = value;
    }

    if (const YAML::Node vars = root["variables"]; vars && !vars.IsNull()) {
        if (!vars.IsMap()) {
            error(path, vars.Mark(), Tr::tr("variables must be a map of NAME: value"));
            return false;
        }
        static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
        for (auto it = vars.begin(); it != vars.end(); ++it) {
            const QString name = fromStd(it->first.Scalar());
            if (!nameRe.match(name).hasMatch()) {
                error(path, it->first.Mark(),
                      Tr::tr("variable name '%1' must be letters, digits and _").arg(name));
                ok = false;
            } else if (!it->second.IsScalar()) {
                error(path, it->second.Mark(),
                      Tr::tr("variable %1 must be a single value").arg(name));
                ok = false;
            } else {
                out->variables.insert(name, Field{it->second, path});
            }
        }
    }
    if (const YAML::Node defaults = root["defaults"]; defaults && !defaults.IsNull())
        ok = readFields(path, defaults, QStringLiteral("defaults"), false, &out->defaults) && ok;

    if (const YAML::Node tests = root["tests"]; tests && !tests.IsNull()) {
        if (!tests.IsSequence()) {
            error(path, tests.Mark(),
                  Tr::tr("tests must be a list of tests (each line starting with '- ')"));
            return false;
        }
        QHash<QString, YAML::Mark> namesInThisFile;
        for (std::size_t i = 0; i < tests.size(); ++i) {
            const YAML::Node test = tests[i];
            RawTest raw;
            raw.file = path;
            raw.mark = test.Mark();
            if (!readFields(path, test, QStringLiteral("a test"), true, &raw.fields)) {
                ok = false;
                continue;
            }
            if (const YAML::Node name = test["name"]; name && name.IsScalar())
                raw.name = fromStd(name.Scalar());
            else
                raw.name = QStringLiteral("test-%1").arg(i + 1);
            if (auto seen = namesInThisFile.constFind(raw.name); seen != namesInThisFile.cend()) {
                error(path, test["name"] ? test["name"].Mark() : test.Mark(),
                      Tr::tr("duplicate test name '%1' (first at line %2)")
                          .arg(raw.name)
                          .arg(seen->line + 1));
                ok = false;
                continue;
            }
            namesInThisFile.insert(raw.name, test.Mark());
            // A test named like a parent's test refines it; a new name adds a test.
            auto existing = std::find_if(out->tests.begin(), out->tests.end(),
                                         [&raw](const RawTest &t) { return t.name == raw.name; });
            if (existing != out->tests.end()) {
                for (auto f = raw.fields.cbegin(); f != raw.fields.cend(); ++f)
                    existing->fields.insert(f.key(), f.value());
                existing->file = raw.file;
                existing->mark = raw.mark;
            } else {
                out->tests.append(raw);
            }
        }
    }
    return ok;
}

std::optional<QString> Loader::variable(const QString &name, const RawProfile &raw,
                                        QString *problem) {
    if (auto it = m_overrides.constFind(name); it != m_overrides.cend())
        return *it;
    if (auto cached = m_resolved.constFind(name); cached != m_resolved.cend()) {
        if (!cached->problem.isEmpty())
            *problem = cached->problem;
        return cached->value;
    }
    auto it = raw.variables.constFind(name);
    if (it == raw.variables.cend()) {
        if (name == QLatin1String("HOST"))
            return QString();
        return std::nullopt;
    }
    if (m_resolving.contains(name)) {
        *problem = Tr::tr("variables refer to each other in a loop (through %1)").arg(name);
        return std::nullopt;
    }
    m_resolving.insert(name);
    Resolved resolved;
    resolved.value = substitute(fromStd(it->node.Scalar()), raw, &resolved.problem);
    m_resolving.remove(name);
    if (!resolved.problem.isEmpty()) {
        resolved.value.reset();
        *problem = resolved.problem;
    }
    m_resolved.insert(name, resolved);
    return resolved.value;
}

QString Loader::substitute(const QString &text, const RawProfile &raw, QString *problem) {
    static const QRegularExpression re(
        QStringLiteral(R"(\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\})"));
    QString result;
    qsizetype last = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        result += text.mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString name = m.captured(1);
        const bool hasDefault = m.capturedStart(2) >= 0;
        std::optional<QString> value = variable(name, raw, problem);
        if (!problem->isEmpty())
            return text;
        // Like the shell: ${VAR:-default} also replaces an empty value.
        if ((!value || value->isEmpty()) && hasDefault)
            value = m.captured(2);
        if (!value) {
            *problem = Tr::tr("undefined variable '%1' (define it under variables:, "
                              "write ${%1:-default} or pass --set %1=VALUE)")
                           .arg(name);
            return text;
        }
        if (result.size() + value->size() > MaxExpandedChars) {
            *problem = Tr::tr("${%1} makes the value longer than %2 characters (nested "
                              "variables multiply their length); no field needs that")
                           .arg(name)
                           .arg(MaxExpandedChars);
            return text;
        }
        result += *value;
    }
    result += text.mid(last);
    if (result.size() > MaxExpandedChars) {
        *problem = Tr::tr("the value is longer than %1 characters").arg(MaxExpandedChars);
        return text;
    }
    return result;
}

// Sets one TestSpec field from its YAML spelling; returns the problem, empty if none.
QString Loader::applyField(const QString &key, const QString &value, TestSpec *s) const {
    const QString v = value.trimmed();
    auto number = [&](double *out) -> QString {
        bool ok = false;
        const double d = v.toDouble(&ok);
        if (!ok || !std::isfinite(d))
            return Tr::tr("%1 must be a number (got '%2')").arg(key, v);
        *out = d;
        return {};
    };
    auto whole = [&](int *out) -> QString {
        double d = 0;
        if (!number(&d).isEmpty() || d != std::floor(d) || std::abs(d) > 1e9)
            return Tr::tr("%1 must be a whole number (got '%2')").arg(key, v);
        *out = int(d);
        return {};
    };
    auto boolean = [&](bool *out) -> QString {
        const QString l = v.toLower();
        if (l == QLatin1String("true") || l == QLatin1String("yes") || l == QLatin1String("on"))
            *out = true;
        else if (l == QLatin1String("false") || l == QLatin1String("no") ||
                 l == QLatin1String("off"))
            *out = false;
        else
            return Tr::tr("%1 must be true or false (got '%2')").arg(key, v);
        return {};
    };
    auto size = [&](qint64 *out) -> QString {
        const auto bytes = parseByteSize(v);
        if (!bytes)
            return Tr::tr("%1 must be a size such as 128K, 4M or 1460 (got '%2')").arg(key, v);
        *out = *bytes;
        return {};
    };

    if (key == QLatin1String("engine")) {
        const auto e = engineFromString(v.toLower());
        if (!e)
            return Tr::tr("engine must be iperf3 or netperf (got '%1')").arg(v);
        s->engine = *e;
    } else if (key == QLatin1String("protocol")) {
        const auto p = protocolFromString(v.toLower());
        if (!p)
            return Tr::tr("protocol must be tcp or udp (got '%1')").arg(v);
        s->protocol = *p;
    } else if (key == QLatin1String("direction")) {
        const QString l = v.toLower();
        const auto d = l == QLatin1String("reverse") ? std::optional(Direction::Receive)
                                                     : directionFromString(l);
        if (!d)
            return Tr::tr("direction must be send, receive (or reverse) or bidir "
                          "(got '%1')")
                .arg(v);
        s->direction = *d;
    } else if (key == QLatin1String("host")) {
        s->host = v;
    } else if (key == QLatin1String("port")) {
        return whole(&s->port);
    } else if (key == QLatin1String("duration")) {
        return number(&s->durationS);
    } else if (key == QLatin1String("parallel")) {
        return whole(&s->parallel);
    } else if (key == QLatin1String("bitrate")) {
        const auto rate = parseBitrate(v);
        if (!rate)
            return Tr::tr("bitrate must be a rate such as 100M, 1.5G or 500k (got '%1')").arg(v);
        s->bitrateBps = *rate;
    } else if (key == QLatin1String("burst")) {
        int burst = 0;
        if (QString problem = whole(&burst); !problem.isEmpty())
            return problem;
        s->burstPackets = burst;
    } else if (key == QLatin1String("dscp")) {
        s->dscp = v;
    } else if (key == QLatin1String("pattern")) {
        s->pattern = v;
    } else if (key == QLatin1String("interval")) {
        return number(&s->intervalS);
    } else if (key == QLatin1String("omit")) {
        return number(&s->omitS);
    } else if (key == QLatin1String("length")) {
        qint64 bytes = 0;
        if (QString problem = size(&bytes); !problem.isEmpty())
            return problem;
        s->lengthBytes = bytes;
    } else if (key == QLatin1String("window")) {
        qint64 bytes = 0;
        if (QString problem = size(&bytes); !problem.isEmpty())
            return problem;
        s->windowBytes = bytes;
    } else if (key == QLatin1String("congestion")) {
        s->congestion = v;
    } else if (key == QLatin1String("get_server_output")) {
        return boolean(&s->getServerOutput);
    } else if (key == QLatin1String("live_text")) {
        return boolean(&s->liveClientText);
    } else if (key == QLatin1String("repeat")) {
        return whole(&s->repeat);
    } else if (key == QLatin1String("instances")) {
        return whole(&s->instances);
    } else if (key == QLatin1String("affinity")) {
        if (v != QLatin1String("auto") && !parseCpuList(v))
            return Tr::tr("affinity must be 'auto' or a CPU list such as 0,2-3 (got "
                          "'%1')")
                .arg(v);
        s->affinity = v;
    } else if (key == QLatin1String("memory_limit")) {
        qint64 bytes = 0;
        if (QString problem = size(&bytes); !problem.isEmpty())
            return problem;
        s->memoryLimitBytes = bytes;
    } else if (key == QLatin1String("netperf_test")) {
        s->netperfTest = v.toUpper();
    } else if (key == QLatin1String("request_size") || key == QLatin1String("response_size")) {
        qint64 bytes = 0;
        if (QString problem = size(&bytes); !problem.isEmpty())
            return problem;
        if (bytes > 64 * 1024 * 1024)
            return Tr::tr("%1 must be at most 64M (got '%2')").arg(key, v);
        (key == QLatin1String("request_size") ? s->requestSize : s->responseSize) = int(bytes);
    } else if (key == QLatin1String("confidence_level")) {
        return whole(&s->confidenceLevel);
    } else if (key == QLatin1String("confidence_width")) {
        return number(&s->confidenceWidthPercent);
    } else if (key == QLatin1String("max_iterations")) {
        return whole(&s->maxIterations);
    } else if (key == QLatin1String("min_iterations")) {
        return whole(&s->minIterations);
    }
    return {};
}

std::optional<Profile> Loader::resolve(const QString &path, const RawProfile &raw) {
    Profile profile;
    profile.name = raw.name;
    profile.description = raw.description;
    profile.concurrent = raw.concurrent.value_or(false);
    profile.path = path;
    profile.chain = raw.chain;
    bool ok = true;
    for (auto it = raw.variables.cbegin(); it != raw.variables.cend(); ++it) {
        QString problem;
        const std::optional<QString> value = variable(it.key(), raw, &problem);
        if (!problem.isEmpty()) {
            error(it->file, it->node.Mark(), problem);
            ok = false;
        } else if (value) {
            profile.variables.insert(it.key(), *value);
        }
    }
    for (auto it = m_overrides.cbegin(); it != m_overrides.cend(); ++it)
        profile.variables.insert(it.key(), it.value());
    if (!profile.variables.contains(QStringLiteral("HOST")))
        profile.variables.insert(QStringLiteral("HOST"), QString());

    if (raw.tests.isEmpty()) {
        error(path, Tr::tr("the profile has no tests (add a 'tests:' list)"));
        return std::nullopt;
    }
    for (const RawTest &test : raw.tests) {
        QMap<QString, Field> fields = raw.defaults;
        for (auto f = test.fields.cbegin(); f != test.fields.cend(); ++f)
            fields.insert(f.key(), f.value());
        TestSpec spec;
        spec.name = test.name;
        bool testOk = true;
        for (auto f = fields.cbegin(); f != fields.cend(); ++f) {
            const YAML::Node &node = f->node;
            if (node.IsNull()) {
                error(f->file, node.Mark(), Tr::tr("%1 has no value").arg(f.key()));
                testOk = false;
                continue;
            }
            QString listed; // affinity: [0, 1] means the CPU list "0,1"
            if (f.key() == QLatin1String("affinity") && node.IsSequence()) {
                QStringList cpus;
                for (const YAML::Node &cpu : node) {
                    if (!cpu.IsScalar()) {
                        cpus.clear();
                        break;
                    }
                    cpus << fromStd(cpu.Scalar()).trimmed();
                }
                if (cpus.isEmpty()) {
                    error(f->file, node.Mark(),
                          Tr::tr("affinity must be 'auto', a CPU list such as 0,2-3 or a "
                                 "YAML list of CPUs such as [0, 1]"));
                    testOk = false;
                    continue;
                }
                listed = cpus.join(QLatin1Char(','));
            } else if (!node.IsScalar()) {
                error(f->file, node.Mark(),
                      Tr::tr("%1 must be a single value, not a %2")
                          .arg(f.key(),
                               node.IsSequence() ? QStringLiteral("list") : QStringLiteral("map")));
                testOk = false;
                continue;
            }
            QString problem;
            const QString value =
                substitute(listed.isEmpty() ? fromStd(node.Scalar()) : listed, raw, &problem);
            if (problem.isEmpty())
                problem = applyField(f.key(), value, &spec);
            if (!problem.isEmpty()) {
                error(f->file, node.Mark(), problem);
                testOk = false;
            }
        }
        if (testOk) {
            if (const QString problem = spec.validate(); !problem.isEmpty()) {
                error(test.file, test.mark,
                      QStringLiteral("test '%1': %2").arg(test.name, problem));
                testOk = false;
            }
        }
        ok = ok && testOk;
        profile.tests.append(spec);
    }
    if (!ok)
        return std::nullopt;
    return profile;
}

} // namespace

std::optional<Profile> ProfileLoader::load(const QString &path) {
    m_errors.clear();
    Loader loader(m_searchPaths, m_overrides, &m_errors);
    RawProfile raw;
    try {
        if (!loader.loadRaw(path, {}, &raw))
            return std::nullopt;
        return loader.resolve(path, raw);
    } catch (const YAML::Exception &e) {
        // Not expected after a successful parse; still never let a profile crash the caller.
        m_errors.append({path, e.mark.line + 1, e.mark.column + 1, fromStd(e.msg)});
        return std::nullopt;
    }
}

} // namespace Perfdeck
