#include "inventory/ansibleimporter.h"

#include "util/inputlimits.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck {

namespace {

using Vars = QHash<QString, QString>;

struct Group {
    QStringList hosts;
    QSet<QString> hostSet; // hosts, to look up: a group of thousands is built in linear time
    QStringList children;
    Vars vars;
};

// More hosts than any inventory Perfdeck tests between: a pattern such as
// db-[01:1064].x-[01:1064] (1.1 million names from 40 bytes) is refused, not expanded.
constexpr qsizetype MaxHosts = 10000;

// The parsed inventory before variables are resolved.
struct Model {
    QStringList groupOrder;
    QHash<QString, Group> groups;
    QStringList hostOrder;
    QHash<QString, Vars> hostVars;
    QHash<QString, QPair<QString, int>> hostOrigin; // file, line of first mention

    Group &group(const QString &name) {
        if (!groups.contains(name)) {
            groupOrder << name;
            groups.insert(name, Group{});
        }
        return groups[name];
    }
    // False (and nothing added) when the host would be one more than MaxHosts.
    bool addHost(const QString &name, const QString &groupName, const Vars &vars,
                 const QString &file, int line) {
        if (!hostVars.contains(name)) {
            if (hostOrder.size() >= MaxHosts)
                return false;
            hostOrder << name;
            hostVars.insert(name, {});
            hostOrigin.insert(name, {file, line});
        }
        for (auto it = vars.cbegin(); it != vars.cend(); ++it)
            hostVars[name].insert(it.key(), it.value());
        Group &g = group(groupName);
        if (!g.hostSet.contains(name)) {
            g.hostSet.insert(name);
            g.hosts << name;
        }
        return true;
    }
};

QString tooManyHosts() {
    return Tr::tr("more than %1 hosts; the rest of the inventory is not read").arg(MaxHosts);
}

QString unquote(QString value) {
    value = value.trimmed();
    if (value.size() >= 2 &&
        ((value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"'))) ||
         (value.startsWith(QLatin1Char('\'')) && value.endsWith(QLatin1Char('\'')))))
        return value.mid(1, value.size() - 2);
    return value;
}

// shlex-like: white space separates, quotes group, '#' at a word start ends the line.
QStringList splitWords(const QString &text) {
    QStringList words;
    QString current;
    QChar quote;
    bool hasWord = false;
    for (const QChar c : text) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else
                current += c;
            continue;
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
            hasWord = true;
        } else if (c.isSpace()) {
            if (hasWord)
                words << current;
            current.clear();
            hasWord = false;
        } else if (c == QLatin1Char('#') && !hasWord) {
            break;
        } else {
            current += c;
            hasWord = true;
        }
    }
    if (hasWord)
        words << current;
    return words;
}

QString scalarText(const YAML::Node &node) {
    if (node.IsScalar())
        return QString::fromStdString(node.Scalar());
    if (node.IsSequence()) {
        QStringList items;
        for (std::size_t i = 0; i < node.size(); ++i) {
            if (node[i].IsScalar())
                items << QString::fromStdString(node[i].Scalar());
        }
        return items.join(QLatin1Char(','));
    }
    return {};
}

Vars yamlVars(const YAML::Node &node) {
    Vars vars;
    if (!node.IsMap())
        return vars;
    for (auto it = node.begin(); it != node.end(); ++it)
        vars.insert(QString::fromStdString(it->first.Scalar()), scalarText(it->second));
    return vars;
}

class Reader {
public:
    Reader(Model *model, QList<InventoryIssue> *notices, QList<InventoryIssue> *errors)
        : m_model(model)
        , m_notices(notices)
        , m_errors(errors) {}

    bool readIni(const QString &path, const QByteArray &bytes);
    bool readYaml(const QString &path, const QByteArray &bytes);
    void readVarsDirectories(const QString &inventoryPath);

private:
    bool yamlGroup(const QString &path, const QString &name, const YAML::Node &node, int depth);
    std::optional<Vars> varsFile(const QString &path);

    Model *m_model;
    QList<InventoryIssue> *m_notices;
    QList<InventoryIssue> *m_errors;
};

bool Reader::readIni(const QString &path, const QByteArray &bytes) {
    const QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
    QString section = QStringLiteral("ungrouped");
    QString kind = QStringLiteral("hosts");
    bool ok = true;
    for (int n = 0; n < lines.size(); ++n) {
        const int lineNo = n + 1;
        const QString line = lines.at(n).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) ||
            line.startsWith(QLatin1Char(';')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            static const QRegularExpression sectionRe(
                QStringLiteral("^\\[([^\\]:\\s]+)(?::(\\w+))?\\]\\s*(?:[#;].*)?$"));
            const QRegularExpressionMatch m = sectionRe.match(line);
            if (!m.hasMatch()) {
                m_errors->append({path, lineNo, 1,
                                  Tr::tr("section header '%1' is not [group], "
                                         "[group:vars] or [group:children]")
                                      .arg(line)});
                ok = false;
                section.clear();
                continue;
            }
            section = m.captured(1);
            kind = m.captured(2).isEmpty() ? QStringLiteral("hosts") : m.captured(2);
            if (kind != QLatin1String("hosts") && kind != QLatin1String("vars") &&
                kind != QLatin1String("children")) {
                m_notices->append({path, lineNo, 1,
                                   Tr::tr("section type ':%1' is unknown (use :vars or "
                                          ":children); section skipped")
                                       .arg(kind)});
                section.clear();
                continue;
            }
            m_model->group(section);
            continue;
        }
        if (section.isEmpty())
            continue;
        if (kind == QLatin1String("vars")) {
            const qsizetype eq = line.indexOf(QLatin1Char('='));
            if (eq <= 0) {
                m_errors->append(
                    {path, lineNo, 1,
                     Tr::tr("[%1:vars] expects key=value, got '%2'").arg(section, line)});
                ok = false;
                continue;
            }
            QString value = line.mid(eq + 1).trimmed();
            const QStringList words = splitWords(value);
            value = words.size() == 1 ? words.first() : unquote(value);
            m_model->group(section).vars.insert(line.left(eq).trimmed(), value);
            continue;
        }
        if (kind == QLatin1String("children")) {
            const QString child = splitWords(line).value(0);
            if (child.isEmpty())
                continue;
            m_model->group(child);
            Group &g = m_model->group(section);
            if (!g.children.contains(child))
                g.children << child;
            continue;
        }
        const QStringList words = splitWords(line);
        if (words.isEmpty())
            continue;
        QString pattern = words.first();
        Vars vars;
        for (qsizetype i = 1; i < words.size(); ++i) {
            const qsizetype eq = words.at(i).indexOf(QLatin1Char('='));
            if (eq <= 0) {
                m_errors->append({path, lineNo, 1,
                                  Tr::tr("host variable '%1' is not key=value").arg(words.at(i))});
                ok = false;
                continue;
            }
            vars.insert(words.at(i).left(eq), words.at(i).mid(eq + 1));
        }
        // "host:2222" is a port in INI inventories (not for IPv6 literals).
        // Colons inside a range ([01:03]) are not ports.
        static const QRegularExpression rangeRe(QStringLiteral("\\[[^\\]]*\\]"));
        static const QRegularExpression portRe(QStringLiteral("^[^:\\[\\]]+:(\\d+)$"));
        QString outsideRanges = pattern;
        outsideRanges.replace(rangeRe, QStringLiteral("R"));
        if (const QRegularExpressionMatch m = portRe.match(outsideRanges); m.hasMatch()) {
            pattern = pattern.left(pattern.lastIndexOf(QLatin1Char(':')));
            if (!vars.contains(QStringLiteral("ansible_port")))
                vars.insert(QStringLiteral("ansible_port"), m.captured(1));
        }
        QString why;
        const QStringList names = AnsibleImporter::expandHostPattern(pattern, &why);
        if (!why.isEmpty()) {
            m_errors->append({path, lineNo, 1, why});
            ok = false;
            continue;
        }
        for (const QString &name : names) {
            if (!m_model->addHost(name, section, vars, path, lineNo)) {
                m_errors->append({path, lineNo, 1, tooManyHosts()});
                return false;
            }
        }
    }
    return ok;
}

bool Reader::yamlGroup(const QString &path, const QString &name, const YAML::Node &node,
                       int depth) {
    m_model->group(name);
    if (!node || node.IsNull())
        return true;
    if (depth > 32 || !node.IsMap()) {
        m_errors->append(
            {path, node.Mark().line + 1, node.Mark().column + 1,
             Tr::tr("group '%1' must be a map with hosts, vars and children").arg(name)});
        return false;
    }
    bool ok = true;
    for (auto it = node.begin(); it != node.end(); ++it) {
        const QString key = QString::fromStdString(it->first.Scalar());
        const YAML::Node value = it->second;
        if (key == QLatin1String("hosts")) {
            if (value.IsNull())
                continue;
            if (!value.IsMap()) {
                m_errors->append({path, value.Mark().line + 1, value.Mark().column + 1,
                                  Tr::tr("%1.hosts must be a map of host names (each "
                                         "followed by ':')")
                                      .arg(name)});
                ok = false;
                continue;
            }
            for (auto h = value.begin(); h != value.end(); ++h) {
                const QString pattern = QString::fromStdString(h->first.Scalar());
                QString why;
                const QStringList names = AnsibleImporter::expandHostPattern(pattern, &why);
                const YAML::Mark mark = h->first.Mark();
                if (!why.isEmpty()) {
                    m_errors->append({path, mark.line + 1, mark.column + 1, why});
                    ok = false;
                    continue;
                }
                const Vars vars = yamlVars(h->second);
                for (const QString &host : names) {
                    if (!m_model->addHost(host, name, vars, path, mark.line + 1)) {
                        m_errors->append({path, mark.line + 1, mark.column + 1, tooManyHosts()});
                        return false;
                    }
                }
            }
        } else if (key == QLatin1String("vars")) {
            const Vars vars = yamlVars(value);
            Group &g = m_model->group(name);
            for (auto v = vars.cbegin(); v != vars.cend(); ++v)
                g.vars.insert(v.key(), v.value());
        } else if (key == QLatin1String("children")) {
            if (value.IsNull())
                continue;
            if (!value.IsMap()) {
                m_errors->append({path, value.Mark().line + 1, value.Mark().column + 1,
                                  Tr::tr("%1.children must be a map of groups").arg(name)});
                ok = false;
                continue;
            }
            for (auto c = value.begin(); c != value.end(); ++c) {
                const QString child = QString::fromStdString(c->first.Scalar());
                Group &g = m_model->group(name);
                if (!g.children.contains(child))
                    g.children << child;
                ok = yamlGroup(path, child, c->second, depth + 1) && ok;
            }
        } else {
            m_notices->append({path, it->first.Mark().line + 1, it->first.Mark().column + 1,
                               Tr::tr("'%1' in group '%2' is not hosts, vars or "
                                      "children; skipped")
                                   .arg(key, name)});
        }
    }
    return ok;
}

bool Reader::readYaml(const QString &path, const QByteArray &bytes) {
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
        m_errors->append({path, e.mark.line + 1, e.mark.column + 1,
                          Tr::tr("YAML syntax error: %1").arg(QString::fromStdString(e.msg))});
        return false;
    }
    if (!root || root.IsNull())
        return true;
    if (!root.IsMap()) {
        m_errors->append({path, root.Mark().line + 1, root.Mark().column + 1,
                          Tr::tr("an Ansible YAML inventory is a map of groups "
                                 "(usually starting with 'all:')")});
        return false;
    }
    bool ok = true;
    for (auto it = root.begin(); it != root.end(); ++it)
        ok = yamlGroup(path, QString::fromStdString(it->first.Scalar()), it->second, 0) && ok;
    return ok;
}

std::optional<Vars> Reader::varsFile(const QString &path) {
    QByteArray bytes;
    QString why;
    if (!InputLimits::readConfigFile(path, &bytes, &why)) {
        if (QFileInfo::exists(path))
            m_notices->append({path, 0, 0, Tr::tr("variables file skipped: %1").arg(why)});
        return std::nullopt;
    }
    if (bytes.startsWith("$ANSIBLE_VAULT")) {
        m_notices->append({path, 1, 0,
                           Tr::tr("vault-encrypted variables skipped (decrypt with "
                                  "ansible-vault to import them)")});
        return std::nullopt;
    }
    int line = 0;
    int column = 0;
    if (const QString limit = InputLimits::checkYaml(bytes, &line, &column); !limit.isEmpty()) {
        m_notices->append({path, line, column, Tr::tr("variables file skipped: ") + limit});
        return std::nullopt;
    }
    try {
        return yamlVars(YAML::Load(bytes.toStdString()));
    } catch (const YAML::Exception &e) {
        m_notices->append({path, e.mark.line + 1, e.mark.column + 1,
                           Tr::tr("variables file skipped: YAML syntax error: %1")
                               .arg(QString::fromStdString(e.msg))});
        return std::nullopt;
    }
}

// group_vars/NAME(.yml|.yaml) or group_vars/NAME/*.yml beside the inventory, likewise
// host_vars/: where real Ansible setups keep ansible_user and the key file.
void Reader::readVarsDirectories(const QString &inventoryPath) {
    const QDir base = QFileInfo(inventoryPath).absoluteDir();
    auto read = [this, &base](const QString &kind, const QString &name) {
        Vars vars;
        const QDir dir(base.filePath(kind));
        for (const char *suffix : {"", ".yml", ".yaml", ".json"}) {
            const QString file = dir.filePath(name + QLatin1String(suffix));
            if (QFileInfo(file).isFile()) {
                if (auto v = varsFile(file))
                    vars.insert(*v);
            }
        }
        const QDir sub(dir.filePath(name));
        if (sub.exists()) {
            for (const QString &file :
                 sub.entryList({QStringLiteral("*.yml"), QStringLiteral("*.yaml")}, QDir::Files,
                               QDir::Name)) {
                if (auto v = varsFile(sub.filePath(file)))
                    vars.insert(*v);
            }
        }
        return vars;
    };
    if (!QFileInfo(base.filePath(QStringLiteral("group_vars"))).isDir() &&
        !QFileInfo(base.filePath(QStringLiteral("host_vars"))).isDir())
        return;
    QStringList groups = m_model->groupOrder;
    if (!groups.contains(QStringLiteral("all")))
        groups << QStringLiteral("all");
    for (const QString &group : std::as_const(groups)) {
        const Vars vars = read(QStringLiteral("group_vars"), group);
        Group &g = m_model->group(group);
        // Variables in the inventory file win over group_vars files.
        for (auto it = vars.cbegin(); it != vars.cend(); ++it) {
            if (!g.vars.contains(it.key()))
                g.vars.insert(it.key(), it.value());
        }
    }
    for (const QString &host : std::as_const(m_model->hostOrder)) {
        const Vars vars = read(QStringLiteral("host_vars"), host);
        Vars &hv = m_model->hostVars[host];
        for (auto it = vars.cbegin(); it != vars.cend(); ++it) {
            if (!hv.contains(it.key()))
                hv.insert(it.key(), it.value());
        }
    }
}

bool looksLikeYaml(const QString &path, const QByteArray &bytes) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("yml") || suffix == QLatin1String("yaml") ||
        suffix == QLatin1String("json"))
        return true;
    if (suffix == QLatin1String("ini") || suffix == QLatin1String("cfg"))
        return false;
    for (const QByteArray &raw : bytes.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#') || line.startsWith(';'))
            continue;
        if (line == "---")
            return true;
        static const QRegularExpression groupRe(QStringLiteral("^[\\w.-]+:\\s*$"));
        return !line.startsWith('[') && groupRe.match(QString::fromUtf8(line)).hasMatch();
    }
    return false;
}

// Every group host is in, directly or as a descendant through `children`.
QStringList groupsOf(const Model &model, const QString &host) {
    QStringList result;
    QHash<QString, QStringList> parents;
    for (const QString &g : model.groupOrder) {
        for (const QString &child : model.groups.value(g).children)
            parents[child] << g;
    }
    QStringList queue;
    for (const QString &g : model.groupOrder) {
        if (model.groups.value(g).hosts.contains(host))
            queue << g;
    }
    while (!queue.isEmpty()) {
        const QString g = queue.takeFirst();
        if (result.contains(g))
            continue;
        result << g;
        queue += parents.value(g);
    }
    return result;
}

int groupDepth(const Model &model, const QString &group) {
    // Distance from `all`: Ansible lets a child group's variables win over its parent's.
    QHash<QString, QStringList> parents;
    for (const QString &g : model.groupOrder) {
        for (const QString &child : model.groups.value(g).children)
            parents[child] << g;
    }
    int depth = 0;
    QStringList level{group};
    QSet<QString> seen;
    while (!level.isEmpty() && depth < 64) {
        QStringList next;
        for (const QString &g : std::as_const(level)) {
            if (seen.contains(g))
                continue;
            seen.insert(g);
            next += parents.value(g);
        }
        if (next.isEmpty())
            break;
        level = next;
        ++depth;
    }
    return depth + (group == QLatin1String("all") ? 0 : 1);
}

struct JumpSpec {
    QString user;
    QString host;
    int port = 0;
};

// ProxyJump in ansible_ssh_common_args / ansible_ssh_extra_args: "-J [user@]host[:port]",
// "-o ProxyJump=..." or the classic "-o ProxyCommand="ssh -W %h:%p -q [user@]host"".
std::optional<JumpSpec> jumpFromArgs(const QString &args) {
    static const QRegularExpression jumpRe(
        QStringLiteral("(?:-J\\s*|ProxyJump[= ]\\s*)[\"']?([^\\s\"',]+)"));
    static const QRegularExpression commandRe(
        QStringLiteral("ProxyCommand[= ]\\s*[\"']?ssh\\s+(.*?)[\"']?\\s*$"));
    QString hop;
    if (const QRegularExpressionMatch m = jumpRe.match(args); m.hasMatch()) {
        hop = m.captured(1);
    } else if (const QRegularExpressionMatch c = commandRe.match(args); c.hasMatch()) {
        const QStringList words = splitWords(c.captured(1));
        static const QStringList withValue = {QStringLiteral("-p"), QStringLiteral("-l"),
                                              QStringLiteral("-i"), QStringLiteral("-o"),
                                              QStringLiteral("-W"), QStringLiteral("-F")};
        JumpSpec spec;
        for (qsizetype i = 0; i < words.size(); ++i) {
            const QString &w = words.at(i);
            if (withValue.contains(w)) {
                if (w == QLatin1String("-p"))
                    spec.port = words.value(i + 1).toInt();
                else if (w == QLatin1String("-l"))
                    spec.user = words.value(i + 1);
                ++i;
            } else if (!w.startsWith(QLatin1Char('-'))) {
                hop = w;
            }
        }
        if (hop.isEmpty())
            return std::nullopt;
        if (const qsizetype at = hop.indexOf(QLatin1Char('@')); at >= 0) {
            spec.user = hop.left(at);
            hop = hop.mid(at + 1);
        }
        spec.host = hop;
        return spec;
    }
    if (hop.isEmpty())
        return std::nullopt;
    JumpSpec spec;
    if (const qsizetype at = hop.indexOf(QLatin1Char('@')); at >= 0) {
        spec.user = hop.left(at);
        hop = hop.mid(at + 1);
    }
    if (const qsizetype colon = hop.indexOf(QLatin1Char(':')); colon >= 0) {
        spec.port = hop.mid(colon + 1).toInt();
        hop = hop.left(colon);
    }
    spec.host = hop;
    return spec;
}

} // namespace

QStringList AnsibleImporter::expandHostPattern(const QString &pattern, QString *error) {
    const qsizetype open = pattern.indexOf(QLatin1Char('['));
    if (open < 0)
        return {pattern};
    const qsizetype close = pattern.indexOf(QLatin1Char(']'), open);
    if (close < 0) {
        *error = Tr::tr("host range in '%1' has no closing ']'").arg(pattern);
        return {};
    }
    const QStringList parts = pattern.mid(open + 1, close - open - 1).split(QLatin1Char(':'));
    if (parts.size() < 2 || parts.size() > 3) {
        *error = Tr::tr("host range '%1' must be [start:end] or [start:end:step]")
                     .arg(pattern.mid(open, close - open + 1));
        return {};
    }
    const QString head = pattern.left(open);
    const QStringList tails = expandHostPattern(pattern.mid(close + 1), error);
    if (!error->isEmpty())
        return {};
    int step = 1;
    if (parts.size() == 3) {
        bool ok = false;
        step = parts.at(2).toInt(&ok);
        if (!ok || step < 1) {
            *error = Tr::tr("host range step '%1' must be a positive number").arg(parts.at(2));
            return {};
        }
    }
    const QString begin = parts.at(0).isEmpty() ? QStringLiteral("0") : parts.at(0);
    const QString end = parts.at(1);
    QStringList items;
    bool beginIsNumber = false;
    bool endIsNumber = false;
    const int b = begin.toInt(&beginIsNumber);
    const int e = end.toInt(&endIsNumber);
    if (beginIsNumber && endIsNumber) {
        if (b > e || e - b > 100000) {
            *error = Tr::tr("host range [%1:%2] is empty or too large").arg(begin, end);
            return {};
        }
        // Leading zeros set the width, as Ansible does: [01:10] -> 01, 02, ..., 10.
        const int width =
            begin.size() > 1 && begin.startsWith(QLatin1Char('0')) ? int(begin.size()) : 0;
        for (int i = b; i <= e; i += step)
            items << QStringLiteral("%1").arg(i, width, 10, QLatin1Char('0'));
    } else if (begin.size() == 1 && end.size() == 1 && begin.at(0).isLetter() &&
               end.at(0).isLetter() && begin.at(0) <= end.at(0)) {
        for (char16_t c = begin.at(0).unicode(); c <= end.at(0).unicode(); c += char16_t(step))
            items << QString(QChar(c));
    } else {
        *error = Tr::tr("host range [%1:%2] must be numbers ([01:20]) or single letters "
                        "([a:f])")
                     .arg(begin, end);
        return {};
    }
    if (items.size() * tails.size() > MaxHosts) {
        *error = Tr::tr("host pattern '%1' names more than %2 hosts").arg(pattern).arg(MaxHosts);
        return {};
    }
    QStringList result;
    result.reserve(items.size() * tails.size());
    for (const QString &item : std::as_const(items)) {
        for (const QString &tail : tails)
            result << head + item + tail;
    }
    return result;
}

std::optional<Inventory> AnsibleImporter::import(const QString &path) {
    m_notices.clear();
    m_errors.clear();
    QByteArray bytes;
    QString why;
    if (!InputLimits::readConfigFile(path, &bytes, &why)) {
        m_errors.append({path, 0, 0, Tr::tr("cannot read the Ansible inventory: %1").arg(why)});
        return std::nullopt;
    }
    Model model;
    Reader reader(&model, &m_notices, &m_errors);
    bool ok = false;
    try {
        ok =
            looksLikeYaml(path, bytes) ? reader.readYaml(path, bytes) : reader.readIni(path, bytes);
        if (ok)
            reader.readVarsDirectories(path);
    } catch (const YAML::Exception &e) {
        m_errors.append({path, e.mark.line + 1, e.mark.column + 1, QString::fromStdString(e.msg)});
        ok = false;
    }
    if (!ok)
        return std::nullopt;

    Inventory inventory;
    QList<QPair<int, JumpSpec>> jumps;
    for (const QString &name : std::as_const(model.hostOrder)) {
        const auto origin = model.hostOrigin.value(name);
        QStringList groups = groupsOf(model, name);
        // Variables: `all`, then groups from parent to child (ties by name), then the host.
        QStringList order = groups;
        if (!order.contains(QStringLiteral("all")))
            order << QStringLiteral("all");
        std::stable_sort(order.begin(), order.end(), [&model](const QString &a, const QString &b) {
            const int da = groupDepth(model, a);
            const int db = groupDepth(model, b);
            return da != db ? da < db : a < b;
        });
        Vars vars;
        for (const QString &g : std::as_const(order)) {
            const Vars &gv = model.groups.value(g).vars;
            for (auto it = gv.cbegin(); it != gv.cend(); ++it)
                vars.insert(it.key(), it.value());
        }
        const Vars &hv = model.hostVars.value(name);
        for (auto it = hv.cbegin(); it != hv.cend(); ++it)
            vars.insert(it.key(), it.value());

        auto var = [&vars, this, &origin, &name](std::initializer_list<const char *> keys) {
            for (const char *key : keys) {
                const QString value = vars.value(QLatin1String(key));
                if (value.isEmpty())
                    continue;
                if (value.contains(QLatin1String("{{"))) {
                    m_notices.append({origin.first, origin.second, 0,
                                      Tr::tr("%1: %2 is a Jinja2 expression (%3) that "
                                             "Perfdeck does not evaluate; left out")
                                          .arg(name, QLatin1String(key), value)});
                    continue;
                }
                return value;
            }
            return QString();
        };

        if (var({"ansible_connection"}) == QLatin1String("local")) {
            m_notices.append({origin.first, origin.second, 0,
                              Tr::tr("%1 uses ansible_connection=local: it is this "
                                     "machine, which Perfdeck calls 'local'; skipped")
                                  .arg(name)});
            continue;
        }
        if (name == Host::localName()) {
            m_notices.append({origin.first, origin.second, 0,
                              Tr::tr("host 'local' skipped: in Perfdeck 'local' is "
                                     "always this machine")});
            continue;
        }
        if (const QString problem = hostNameProblem(name); !problem.isEmpty()) {
            m_notices.append(
                {origin.first, origin.second, 0, problem + QStringLiteral("; skipped")});
            continue;
        }
        Host host;
        host.name = name;
        host.address = var({"ansible_host", "ansible_ssh_host"});
        if (host.address.isEmpty())
            host.address = name;
        host.user = var({"ansible_user", "ansible_ssh_user"});
        if (const QString port = var({"ansible_port", "ansible_ssh_port"}); !port.isEmpty()) {
            bool isNumber = false;
            const int p = port.toInt(&isNumber);
            if (isNumber && p >= 1 && p <= 65535)
                host.port = p;
            else
                m_notices.append({origin.first, origin.second, 0,
                                  Tr::tr("%1: ansible_port '%2' is not a port number; "
                                         "22 used")
                                      .arg(name, port)});
        }
        host.identityFile = var({"ansible_ssh_private_key_file", "ansible_private_key_file"});
        if (!host.identityFile.isEmpty())
            host.auth = HostAuth::Key;
        // A vaulted "{{ vault_password }}" still means password authentication.
        if (!vars.value(QStringLiteral("ansible_password")).isEmpty() ||
            !vars.value(QStringLiteral("ansible_ssh_pass")).isEmpty() ||
            !vars.value(QStringLiteral("ansible_ssh_password")).isEmpty()) {
            host.auth = HostAuth::Password;
            m_notices.append({origin.first, origin.second, 0,
                              Tr::tr("%1: the password is not imported (Perfdeck asks "
                                     "for it and can keep it in the keychain)")
                                  .arg(name)});
        }
        host.site = var({"perfdeck_site"});
        host.region = var({"perfdeck_region"});
        if (const QString roles = var({"perfdeck_roles", "perfdeck_role"}); !roles.isEmpty()) {
            const QString r = roles.toLower();
            host.client = r.contains(QLatin1String("client")) || r.contains(QLatin1String("both"));
            host.server = r.contains(QLatin1String("server")) || r.contains(QLatin1String("both"));
            if (!host.client && !host.server)
                host.client = host.server = true;
        }
        host.iperf3Path = var({"perfdeck_iperf3"});
        host.netperfPath = var({"perfdeck_netperf"});
        for (const QString &g : std::as_const(groups)) {
            if (g != QLatin1String("all") && g != QLatin1String("ungrouped"))
                host.tags << g;
        }
        const QString sshArgs =
            var({"ansible_ssh_common_args"}) + QLatin1Char(' ') + var({"ansible_ssh_extra_args"});
        if (const std::optional<JumpSpec> jump = jumpFromArgs(sshArgs))
            jumps.append({int(inventory.hosts.size()), *jump});
        inventory.hosts.append(host);
    }

    // Jump hosts: an inventory host of that name or address, else a new entry.
    for (const auto &[index, spec] : std::as_const(jumps)) {
        QString jumpName;
        for (const Host &h : std::as_const(inventory.hosts)) {
            if ((h.name == spec.host || h.address == spec.host) &&
                (spec.user.isEmpty() || spec.user == h.user) &&
                (spec.port == 0 || spec.port == h.port)) {
                jumpName = h.name;
                break;
            }
        }
        if (jumpName.isEmpty()) {
            Host added;
            added.name = spec.host;
            if (inventory.contains(added.name))
                added.name += QStringLiteral("-jump");
            added.address = spec.host;
            added.user = spec.user;
            if (spec.port > 0)
                added.port = spec.port;
            added.notes = Tr::tr("jump host from ansible_ssh_common_args");
            const auto origin = model.hostOrigin.value(inventory.hosts.at(index).name);
            m_notices.append({origin.first, origin.second, 0,
                              Tr::tr("jump host '%1' added from the ssh arguments of %2")
                                  .arg(added.name, inventory.hosts.at(index).name)});
            jumpName = added.name;
            inventory.hosts.append(added);
        }
        if (jumpName != inventory.hosts.at(index).name)
            inventory.hosts[index].jump = jumpName;
    }
    for (Host &host : inventory.hosts) {
        const QStringList chain = inventory.jumpChain(host.name);
        if (!chain.isEmpty() && inventory.find(chain.last())->jump == host.name) {
            m_notices.append({path, 0, 0,
                              Tr::tr("jump hosts of %1 loop back to it; its jump host "
                                     "'%2' was dropped")
                                  .arg(host.name, host.jump)});
            host.jump.clear();
        }
    }
    return inventory;
}

} // namespace Perfdeck
