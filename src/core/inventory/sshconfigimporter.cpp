#include "inventory/sshconfigimporter.h"

#include "util/inputlimits.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSysInfo>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck {

namespace {

constexpr int MaxIncludeDepth = 16; // as OpenSSH's READCONF_MAX_DEPTH

struct Directive {
    QString file;
    int line = 0;
    QString keyword; // lower case
    QStringList args;
    int block = 0;
};

// A Host or Match section; block 0 is the top of the file, which applies to every host.
struct Block {
    QStringList patterns;
    bool match = false;
};

// OpenSSH's argument splitting: white space separates, double quotes group, an unquoted
// '#' at the start of a word ends the line.
QStringList splitArguments(const QString &text, bool *unbalanced) {
    QStringList args;
    QString current;
    bool inQuotes = false;
    bool hasWord = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"'))
                inQuotes = false;
            else
                current += c;
            continue;
        }
        if (c == QLatin1Char('"')) {
            inQuotes = true;
            hasWord = true;
        } else if (c.isSpace()) {
            if (hasWord)
                args << current;
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
        args << current;
    *unbalanced = inQuotes;
    return args;
}

bool globMatch(const QString &pattern, const QString &text) {
    // Iterative '*' / '?' matching, case-insensitive like ssh's host matching.
    qsizetype p = 0, t = 0, star = -1, mark = 0;
    while (t < text.size()) {
        if (p < pattern.size() && (pattern.at(p) == QLatin1Char('?') ||
                                   pattern.at(p).toLower() == text.at(t).toLower())) {
            ++p;
            ++t;
        } else if (p < pattern.size() && pattern.at(p) == QLatin1Char('*')) {
            star = p++;
            mark = t;
        } else if (star >= 0) {
            p = star + 1;
            t = ++mark;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern.at(p) == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}

bool isConcrete(const QString &pattern) {
    return !pattern.startsWith(QLatin1Char('!')) && !pattern.contains(QLatin1Char('*')) &&
           !pattern.contains(QLatin1Char('?'));
}

bool blockApplies(const Block &block, const QString &alias) {
    if (block.match)
        return false;
    bool positive = false;
    for (const QString &pattern : block.patterns) {
        if (pattern.startsWith(QLatin1Char('!'))) {
            if (globMatch(pattern.mid(1), alias))
                return false;
        } else if (globMatch(pattern, alias)) {
            positive = true;
        }
    }
    return positive;
}

class Reader {
public:
    Reader(const QString &sshDirectory, const QString &home, QList<InventoryIssue> *notices,
           QList<InventoryIssue> *errors)
        : m_sshDirectory(sshDirectory)
        , m_home(home)
        , m_notices(notices)
        , m_errors(errors) {
        m_blocks.append(Block{{QStringLiteral("*")}, false});
    }

    bool readFile(const QString &path, int block, int depth, bool required);

    QList<Directive> directives;
    QStringList aliases; // concrete Host aliases in order of first appearance
    QHash<QString, QPair<QString, int>> aliasOrigin;
    QList<Block> m_blocks;

private:
    void notice(const QString &file, int line, const QString &message) {
        m_notices->append({file, line, 0, message});
    }
    QString expandPath(const QString &path) const {
        if (path == QLatin1String("~"))
            return m_home;
        if (path.startsWith(QLatin1String("~/")))
            return m_home + path.mid(1);
        return path;
    }

    QString m_sshDirectory;
    QString m_home;
    QList<InventoryIssue> *m_notices;
    QList<InventoryIssue> *m_errors;
    QStringList m_stack; // files being read, against Include loops
};

bool Reader::readFile(const QString &path, int block, int depth, bool required) {
    QByteArray bytes;
    QString why;
    if (!InputLimits::readConfigFile(path, &bytes, &why)) {
        if (required)
            m_errors->append(
                {path, 0, 0, Tr::tr("cannot read the ssh configuration: %1").arg(why)});
        else if (QFileInfo::exists(path))
            notice(path, 0, Tr::tr("Include skipped: %1").arg(why));
        return false;
    }
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (m_stack.contains(canonical)) {
        notice(path, 0, Tr::tr("Include loop: %1 is already being read; skipped").arg(path));
        return true;
    }
    m_stack.append(canonical);
    const QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
    int current = block;
    for (int n = 0; n < lines.size(); ++n) {
        const int lineNo = n + 1;
        QString line = lines.at(n).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        // "Keyword value", "Keyword=value" or "Keyword = value".
        static const QRegularExpression keywordRe(QStringLiteral("^([A-Za-z]+)\\s*=?\\s*(.*)$"));
        const QRegularExpressionMatch m = keywordRe.match(line);
        if (!m.hasMatch()) {
            notice(path, lineNo, Tr::tr("not a 'Keyword value' line; skipped"));
            continue;
        }
        const QString keyword = m.captured(1).toLower();
        bool unbalanced = false;
        const QStringList args = splitArguments(m.captured(2), &unbalanced);
        if (unbalanced) {
            notice(path, lineNo, Tr::tr("unbalanced quote; line skipped"));
            continue;
        }
        if (keyword == QLatin1String("host")) {
            QStringList patterns;
            for (const QString &arg : args)
                patterns += arg.split(QLatin1Char(','), Qt::SkipEmptyParts);
            if (patterns.isEmpty()) {
                notice(path, lineNo, Tr::tr("Host without a pattern; skipped"));
                continue;
            }
            m_blocks.append(Block{patterns, false});
            current = int(m_blocks.size()) - 1;
            for (const QString &pattern : std::as_const(patterns)) {
                if (isConcrete(pattern) && !aliasOrigin.contains(pattern)) {
                    aliases << pattern;
                    aliasOrigin.insert(pattern, {path, lineNo});
                }
            }
            continue;
        }
        if (keyword == QLatin1String("match")) {
            m_blocks.append(Block{{}, true});
            current = int(m_blocks.size()) - 1;
            notice(path, lineNo,
                   Tr::tr("'Match %1' block skipped: Perfdeck imports Host blocks "
                          "only; copy what it sets into a Host block to import it")
                       .arg(args.join(QLatin1Char(' '))));
            continue;
        }
        if (keyword == QLatin1String("include")) {
            if (depth >= MaxIncludeDepth) {
                notice(path, lineNo, Tr::tr("Include nested too deeply; skipped"));
                continue;
            }
            for (const QString &arg : args) {
                QString pattern = expandPath(arg);
                if (QDir::isRelativePath(pattern))
                    pattern = QDir(m_sshDirectory).filePath(pattern);
                const QFileInfo info(pattern);
                QDir dir = info.absoluteDir();
                QStringList matches;
                if (info.fileName().contains(QLatin1Char('*')) ||
                    info.fileName().contains(QLatin1Char('?')) ||
                    info.fileName().contains(QLatin1Char('['))) {
                    for (const QString &name :
                         dir.entryList({info.fileName()}, QDir::Files, QDir::Name))
                        matches << dir.filePath(name);
                } else if (info.isFile()) {
                    matches << pattern;
                }
                if (matches.isEmpty() && !(info.fileName().contains(QLatin1Char('*')) ||
                                           info.fileName().contains(QLatin1Char('?'))))
                    notice(path, lineNo, Tr::tr("Include %1: no such file").arg(arg));
                for (const QString &included : std::as_const(matches))
                    readFile(included, current, depth + 1, false);
            }
            continue;
        }
        directives.append({path, lineNo, keyword, args, current});
    }
    m_stack.removeLast();
    return true;
}

// [user@]host[:port] or ssh://[user@]host[:port]
struct Hop {
    QString user;
    QString host;
    int port = 0;
};

std::optional<Hop> parseHop(QString text) {
    if (text.startsWith(QLatin1String("ssh://")))
        text = text.mid(6);
    Hop hop;
    if (const qsizetype at = text.lastIndexOf(QLatin1Char('@')); at >= 0) {
        hop.user = text.left(at);
        text = text.mid(at + 1);
    }
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0)
            return std::nullopt;
        hop.host = text.mid(1, close - 1);
        text = text.mid(close + 1);
        if (text.startsWith(QLatin1Char(':')))
            hop.port = text.mid(1).toInt();
    } else if (const qsizetype colon = text.indexOf(QLatin1Char(':')); colon >= 0) {
        hop.host = text.left(colon);
        hop.port = text.mid(colon + 1).toInt();
        if (hop.port <= 0)
            return std::nullopt;
    } else {
        hop.host = text;
    }
    if (hop.host.isEmpty())
        return std::nullopt;
    return hop;
}

} // namespace

SshConfigImporter::SshConfigImporter()
    : m_sshDirectory(QDir::home().filePath(QStringLiteral(".ssh")))
    , m_homeDirectory(QDir::homePath())
    , m_localUser(qEnvironmentVariable("USER")) {}

QString SshConfigImporter::expandTokens(const QString &text, const QHash<QChar, QString> &values,
                                        QStringList *unknown) {
    QString result;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('%') || i + 1 >= text.size()) {
            result += c;
            continue;
        }
        const QChar token = text.at(++i);
        if (token == QLatin1Char('%')) {
            result += token;
        } else if (values.contains(token)) {
            result += values.value(token);
        } else {
            result += c;
            result += token;
            if (unknown)
                *unknown << QStringLiteral("%") + token;
        }
    }
    return result;
}

std::optional<Inventory> SshConfigImporter::import(const QString &pathIn) {
    m_notices.clear();
    m_errors.clear();
    const QString path =
        pathIn.isEmpty() ? QDir(m_sshDirectory).filePath(QStringLiteral("config")) : pathIn;
    Reader reader(m_sshDirectory, m_homeDirectory, &m_notices, &m_errors);
    if (!reader.readFile(path, 0, 0, true))
        return std::nullopt;

    struct Value {
        QStringList args;
        QString file;
        int line = 0;
    };
    // What ssh would use for alias: the first value of each keyword among the blocks that
    // apply, in file order.
    auto effective = [&reader](const QString &alias) {
        QHash<QString, Value> values;
        for (const Directive &d : std::as_const(reader.directives)) {
            if (values.contains(d.keyword))
                continue;
            if (d.block != 0 && !blockApplies(reader.m_blocks.at(d.block), alias))
                continue;
            values.insert(d.keyword, Value{d.args, d.file, d.line});
        }
        return values;
    };

    Inventory inventory;
    struct PendingJump {
        QString host;
        QStringList hops;
        QString file;
        int line;
    };
    QList<PendingJump> jumps;
    const QString localHostName = QSysInfo::machineHostName();
    for (const QString &alias : std::as_const(reader.aliases)) {
        const auto origin = reader.aliasOrigin.value(alias);
        if (alias == Host::localName()) {
            m_notices.append({origin.first, origin.second, 0,
                              Tr::tr("Host 'local' skipped: in Perfdeck 'local' is "
                                     "always this machine")});
            continue;
        }
        if (const QString problem = hostNameProblem(alias); !problem.isEmpty()) {
            m_notices.append(
                {origin.first, origin.second, 0, problem + QStringLiteral("; skipped")});
            continue;
        }
        const QHash<QString, Value> values = effective(alias);
        auto first = [&values](const char *keyword) {
            return values.value(QLatin1String(keyword)).args.value(0);
        };
        auto noteUnknown = [this, &values](const char *keyword, const QStringList &unknown) {
            if (unknown.isEmpty())
                return;
            const Value v = values.value(QLatin1String(keyword));
            m_notices.append({v.file, v.line, 0,
                              Tr::tr("%1: token %2 kept as written (Perfdeck expands "
                                     "%h, %r, %u, %d, %p, %n, %l and %%)")
                                  .arg(QLatin1String(keyword), unknown.join(QLatin1String(", ")))});
        };
        Host host;
        host.name = alias;
        QStringList unknown;
        const QString hostName = first("hostname");
        host.address = hostName.isEmpty()
                           ? alias
                           : expandTokens(hostName, {{QLatin1Char('h'), alias}}, &unknown);
        noteUnknown("hostname", unknown);
        host.user = first("user");
        if (const QString port = first("port"); !port.isEmpty()) {
            bool ok = false;
            const int p = port.toInt(&ok);
            if (ok && p >= 1 && p <= 65535) {
                host.port = p;
            } else {
                const Value v = values.value(QStringLiteral("port"));
                m_notices.append(
                    {v.file, v.line, 0,
                     Tr::tr("Port '%1' is not a port number; %2 uses 22").arg(port, alias)});
            }
        }
        QString identity = first("identityfile");
        if (identity.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
            identity.clear();
        if (!identity.isEmpty()) {
            if (identity == QLatin1String("~") || identity.startsWith(QLatin1String("~/")))
                identity = m_homeDirectory + identity.mid(1);
            const QString remoteUser = host.user.isEmpty() ? m_localUser : host.user;
            unknown.clear();
            identity = expandTokens(identity,
                                    {{QLatin1Char('h'), host.address},
                                     {QLatin1Char('r'), remoteUser},
                                     {QLatin1Char('u'), m_localUser},
                                     {QLatin1Char('d'), m_homeDirectory},
                                     {QLatin1Char('p'), QString::number(host.port)},
                                     {QLatin1Char('n'), alias},
                                     {QLatin1Char('l'), localHostName}},
                                    &unknown);
            noteUnknown("identityfile", unknown);
            host.identityFile = identity;
            host.auth = HostAuth::Key;
        }
        const QString preferred = first("preferredauthentications");
        if (preferred.split(QLatin1Char(',')).value(0).trimmed().toLower() ==
            QLatin1String("password"))
            host.auth = HostAuth::Password;
        if (values.contains(QStringLiteral("proxycommand")) &&
            first("proxycommand").toLower() != QLatin1String("none")) {
            const Value v = values.value(QStringLiteral("proxycommand"));
            m_notices.append({v.file, v.line, 0,
                              Tr::tr("ProxyCommand for %1 not imported (Perfdeck goes "
                                     "through jump hosts only: use ProxyJump)")
                                  .arg(alias)});
        }
        if (const QString jump = first("proxyjump");
            !jump.isEmpty() && jump.toLower() != QLatin1String("none")) {
            const Value v = values.value(QStringLiteral("proxyjump"));
            jumps.append({alias, jump.split(QLatin1Char(','), Qt::SkipEmptyParts), v.file, v.line});
        }
        inventory.hosts.append(host);
    }

    QSet<QString> addedForJumps;
    // ProxyJump hops become inventory hosts: an alias of the configuration stays itself, any
    // other [user@]host[:port] is added under its host name.
    auto hopHost = [&](const QString &hopText, const QString &file, int line) -> QString {
        const std::optional<Hop> hop = parseHop(hopText);
        if (!hop) {
            m_notices.append(
                {file, line, 0, Tr::tr("ProxyJump hop '%1' not understood; skipped").arg(hopText)});
            return {};
        }
        if (hop->user.isEmpty() && hop->port == 0 && inventory.contains(hop->host))
            return hop->host;
        QString name = hop->host;
        if (!hop->user.isEmpty() || hop->port != 0) {
            // The same machine with another user or port is another way in: its own entry.
            if (const int i = inventory.indexOf(name); i >= 0) {
                const Host &existing = inventory.hosts.at(i);
                if (existing.user == hop->user &&
                    existing.port == (hop->port ? hop->port : Host::DefaultSshPort))
                    return name;
                name = hop->user.isEmpty() ? name : hop->user + QLatin1Char('-') + name;
                if (hop->port)
                    name += QLatin1Char('-') + QString::number(hop->port);
            }
        }
        if (inventory.contains(name))
            return name;
        Host added;
        added.name = name;
        added.address = hop->host;
        added.user = hop->user;
        if (hop->port)
            added.port = hop->port;
        added.notes = Tr::tr("jump host from ProxyJump");
        inventory.hosts.append(added);
        addedForJumps.insert(name);
        m_notices.append(
            {file, line, 0, Tr::tr("jump host '%1' added from ProxyJump %2").arg(name, hopText)});
        return name;
    };
    for (const PendingJump &pending : std::as_const(jumps)) {
        // ProxyJump a,b: b is reached through a. A hop that is reached directly elsewhere
        // keeps that: the chain goes through a copy "b-via-a".
        QString previous;
        for (const QString &hopText : pending.hops) {
            QString name = hopHost(hopText, pending.file, pending.line);
            if (name.isEmpty())
                continue;
            if (!previous.isEmpty()) {
                Host &hop = inventory.hosts[inventory.indexOf(name)];
                if (hop.jump.isEmpty() && addedForJumps.contains(name)) {
                    hop.jump = previous;
                } else if (hop.jump != previous) {
                    const QString copyName = name + QStringLiteral("-via-") + previous;
                    if (!inventory.contains(copyName)) {
                        Host copy = hop;
                        copy.name = copyName;
                        copy.jump = previous;
                        copy.notes = Tr::tr("%1 reached through %2 (ProxyJump %3)")
                                         .arg(name, previous, pending.hops.join(QLatin1Char(',')));
                        inventory.hosts.append(copy);
                        m_notices.append({pending.file, pending.line, 0,
                                          Tr::tr("jump host '%1' added for the chain %2")
                                              .arg(copyName, pending.hops.join(QLatin1Char(',')))});
                    }
                    name = copyName;
                }
            }
            previous = name;
        }
        if (!previous.isEmpty() && previous != pending.host)
            inventory.hosts[inventory.indexOf(pending.host)].jump = previous;
    }
    // ssh would loop forever on a jump cycle; the inventory refuses one.
    for (Host &host : inventory.hosts) {
        if (host.jump.isEmpty())
            continue;
        QString next = host.jump;
        QSet<QString> seen{host.name};
        while (!next.isEmpty() && !seen.contains(next) && inventory.contains(next)) {
            seen.insert(next);
            next = inventory.hosts.at(inventory.indexOf(next)).jump;
        }
        if (next == host.name) {
            const auto origin = reader.aliasOrigin.value(host.name);
            m_notices.append({origin.first, origin.second, 0,
                              Tr::tr("ProxyJump of %1 loops back to it; its jump host "
                                     "'%2' was dropped")
                                  .arg(host.name, host.jump)});
            host.jump.clear();
        }
    }
    return inventory;
}

} // namespace Perfdeck
