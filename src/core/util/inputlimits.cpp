#include "util/inputlimits.h"

#include "util/fileio.h"

#include <sstream>
#include <unordered_map>
#include <vector>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

namespace Perfdeck::InputLimits {

// FileIo reads every session and results document with its default limit.
static_assert(FileIo::DefaultReadLimit == MaxDocumentBytes);

QString count(qint64 n) {
    // Grouped by thousands whatever the locale (QLocale::c() does not group).
    QString digits = QString::number(n < 0 ? -n : n);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return n < 0 ? QLatin1Char('-') + digits : digits;
}

QString tooManyIntervals() {
    return QStringLiteral("more than %1 intervals in one run (the input limit)")
        .arg(count(MaxIntervals));
}

QString tooManyStreams(qint64 found) {
    return QStringLiteral("%1 streams in one interval, more than the input limit of %2 (iperf3 "
                          "allows -P 128)")
        .arg(count(found), count(MaxStreams));
}

namespace {

// Stops the parse at the first event past a limit (yaml-cpp lets the exception through).
struct LimitReached {
    QString reason;
    YAML::Mark mark;
};

// Counts nodes as if every alias were a copy of its anchored node, without copying: an anchored
// node's expanded size is recorded when it ends, and an alias adds that size.
class LimitCounter final : public YAML::EventHandler {
public:
    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override { leaf(mark, anchor); }
    void OnScalar(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                  const std::string &) override {
        leaf(mark, anchor);
    }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override {
        const auto it = m_sizes.find(anchor);
        add(mark, it == m_sizes.end() ? 1 : it->second);
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override {
        open(mark, anchor);
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override {
        open(mark, anchor);
    }
    void OnMapEnd() override { close(); }

private:
    struct Open {
        YAML::anchor_t anchor;
        qint64 nodesBefore;
    };

    void add(const YAML::Mark &mark, qint64 nodes) {
        m_nodes += nodes;
        if (m_nodes > MaxYamlNodes)
            throw LimitReached{QStringLiteral("more than %1 YAML nodes once aliases are expanded "
                                              "(the input limit; is this an alias bomb?)")
                                   .arg(count(MaxYamlNodes)),
                               mark};
    }
    void leaf(const YAML::Mark &mark, YAML::anchor_t anchor) {
        add(mark, 1);
        if (anchor != YAML::NullAnchor)
            m_sizes[anchor] = 1;
    }
    void open(const YAML::Mark &mark, YAML::anchor_t anchor) {
        if (qsizetype(m_open.size()) >= MaxYamlDepth)
            throw LimitReached{QStringLiteral("YAML nested deeper than %1 levels (the input "
                                              "limit)")
                                   .arg(MaxYamlDepth),
                               mark};
        add(mark, 1);
        m_open.push_back({anchor, m_nodes});
    }
    void close() {
        if (m_open.empty())
            return;
        const Open o = m_open.back();
        m_open.pop_back();
        if (o.anchor != YAML::NullAnchor)
            m_sizes[o.anchor] = 1 + m_nodes - o.nodesBefore;
    }

    qint64 m_nodes = 0;
    std::vector<Open> m_open;
    std::unordered_map<YAML::anchor_t, qint64> m_sizes;
};

} // namespace

bool readConfigFile(const QString &path, QByteArray *bytes, QString *reason) {
    if (FileIo::readAll(path, bytes, reason, MaxConfigBytes))
        return true;
    const QString prefix = path + QLatin1String(": ");
    if (reason->startsWith(prefix))
        *reason = reason->mid(prefix.size());
    return false;
}

QString checkYaml(const QByteArray &yaml, int *line, int *column) {
    std::istringstream in(yaml.toStdString());
    LimitCounter counter;
    try {
        YAML::Parser parser(in);
        parser.HandleNextDocument(counter); // loaders read the first document only
    } catch (const LimitReached &reached) {
        *line = reached.mark.line + 1;
        *column = reached.mark.column + 1;
        return reached.reason;
    } catch (const YAML::Exception &) {
        return {}; // a syntax error: the loader's own parse names it
    }
    return {};
}

} // namespace Perfdeck::InputLimits
