// Renders Jinja2 report templates with the real Jinja2 (python3-jinja2 in an embedded CPython)
// in its SandboxedEnvironment, on one worker thread that owns every Python call, with a loader
// confined to the template folders and a time limit against templates that never end.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>

namespace Perfdeck {

// Where a template failed: its name as the loader knows it, its file, the 1-based line
// (0 when unknown) and Jinja2's message.
struct TemplateError {
    QString kind; // "syntax", "undefined", "security", "timeout", "not-found", "runtime"
    QString name;
    QString file;
    int line = 0;
    QString message;
    // "FILE:LINE: message" (the name when no file is known, no line when 0).
    QString toString() const;
};

struct TemplateRequest {
    // A name found in the folders ("summary.html"), or a file path when isFile is set: its
    // folder then comes first among the folders so it can extend and include its siblings.
    QString templateName;
    bool isFile = false;
    // Searched in order after the file's own folder: the user's template folder, then the
    // shipped one (TemplateEngine::defaultFolders()).
    QStringList folders;
    QJsonObject context;
    // The context as JSON text, used instead of context when set: keeps the key order and
    // the spelling of numbers (QJsonObject sorts keys and writes 1.5e9 as an integer).
    QByteArray contextJson;
    // Validation mode: StrictUndefined, so a name the context lacks is an error.
    bool strict = false;
    // Parse only (syntax, missing extends/includes are found when rendering).
    bool parseOnly = false;
    int timeLimitMs = 10000;
};

struct TemplateResult {
    bool ok = false;
    QString output;
    TemplateError error;
};

// The embedded Python as it runs: for Help > About and `perfdeck-cli about`.
struct TemplateRuntime {
    QString pythonVersion; // "3.11.2", from the loaded libpython
    QString pythonPrefix;  // sys.prefix: where its library comes from ("/usr")
    QString jinjaVersion;  // empty when Jinja2 could not be imported
    QString jinjaPath;     // the jinja2 package folder
    QString error;         // why the engine could not start
};

class TemplateEngine final : public QObject {
    Q_OBJECT
public:
    // A C++ callable that becomes a Jinja2 filter (and global of the same name): it gets the
    // positional arguments (the filtered value first) as JSON values and returns a QVariant
    // (null, bool, integer, double, string, list or map; a double stays a Python float); on
    // failure it fills *error and the template stops with that message at its line.
    using Function = std::function<QVariant(const QJsonArray &args, QString *error)>;

    explicit TemplateEngine(QObject *parent = nullptr);
    ~TemplateEngine() override;

    // Starts the interpreter and imports Jinja2 on the worker thread without waiting (the
    // first render otherwise pays for it): a caller that will render soon calls this first,
    // so the start overlaps its own work (reading the input, the statistics).
    static void prepare();
    // Blocks until the worker thread has rendered (and, the first time, started Python:
    // ~60 ms). Not for the UI thread: use renderAsync() there.
    static TemplateResult renderBlocking(const TemplateRequest &request);
    // Renders on the worker thread; rendered(id, result) follows in this object's thread.
    quint64 renderAsync(const TemplateRequest &request);

    // Registers a filter for all later renders (any thread). The built-ins format_bps,
    // format_latency, format_num, format_percent and compare_percent are registered already.
    static void registerFunction(const QString &name, const Function &function);

    // Starts the embedded Python if needed (~60 ms) and reports its versions. Blocking.
    static TemplateRuntime runtime();

    // The shipped templates: PERFDECK_TEMPLATE_DIR from the build tree or share/perfdeck/
    // templates next to the installed binary, and the user's folder (created by callers).
    static QString shippedFolder();
    static QString userFolder();
    static QStringList defaultFolders();

Q_SIGNALS:
    void rendered(quint64 id, const Perfdeck::TemplateResult &result);

private:
    struct Guard;
    std::shared_ptr<Guard> m_guard;
    quint64 m_nextId = 1;
};

} // namespace Perfdeck

Q_DECLARE_METATYPE(Perfdeck::TemplateResult)
