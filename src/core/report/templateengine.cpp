// Python.h first: it may define feature macros the C library headers read.
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include "report/templateengine.h"

#include "model/format.h"
#include "perfdeck_jinja_py.h" // generated: PerfdeckJinjaSource, the text of perfdeck_jinja.py
#include "results/csvexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QMetaObject>
#include <QStandardPaths>
#include <QThread>

#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <future>
#include <mutex>
#include <optional>
#include <thread>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck {

QString TemplateError::toString() const {
    QString where = file.isEmpty() ? name : file;
    if (line > 0)
        where += QLatin1Char(':') + QString::number(line);
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

namespace {

// ---- functions callable from templates -------------------------------------------------

std::optional<double> numberOf(const QJsonValue &value) {
    if (value.isDouble())
        return value.toDouble();
    if (value.isBool())
        return value.toBool() ? 1.0 : 0.0;
    if (value.isString()) {
        bool ok = false;
        const double d = value.toString().trimmed().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}

int intArg(const QJsonArray &args, qsizetype index, int fallback) {
    if (args.size() <= index)
        return fallback;
    const auto n = numberOf(args.at(index));
    return n ? std::clamp(int(*n), 0, 12) : fallback;
}

struct Registry {
    std::mutex mutex;
    QHash<QString, TemplateEngine::Function> functions;
};

Registry &registry() {
    static Registry *r = [] {
        auto *result = new Registry;
        using F = TemplateEngine::Function;
        auto &f = result->functions;
        f.insert(QStringLiteral("format_bps"), F([](const QJsonArray &a, QString *) {
                     const auto v = numberOf(a.at(0));
                     return QVariant(v ? Format::bitrate(*v, intArg(a, 1, 3))
                                       : Format::number(std::nullopt));
                 }));
        f.insert(QStringLiteral("format_latency"), F([](const QJsonArray &a, QString *) {
                     const auto v = numberOf(a.at(0));
                     return QVariant(v ? Format::latencyUs(*v) : Format::number(std::nullopt));
                 }));
        f.insert(QStringLiteral("format_num"), F([](const QJsonArray &a, QString *) {
                     return QVariant(Format::number(numberOf(a.at(0)), intArg(a, 1, 0)));
                 }));
        f.insert(QStringLiteral("format_percent"), F([](const QJsonArray &a, QString *) {
                     const auto v = numberOf(a.at(0));
                     return QVariant(v ? Format::percent(*v, intArg(a, 1, 1))
                                       : Format::number(std::nullopt));
                 }));
        // A CSV text cell as CsvExport writes it: quoted when needed, formulas defused.
        f.insert(QStringLiteral("csv_text"), F([](const QJsonArray &a, QString *) {
                     const QJsonValue v = a.at(0);
                     if (v.isNull() || v.isUndefined())
                         return QVariant(QString());
                     return QVariant(CsvExport::textCell(v.isString() ? v.toString()
                                                                      : v.toVariant().toString()));
                 }));
        f.insert(QStringLiteral("compare_percent"), F([](const QJsonArray &a, QString *) {
                     const auto current = numberOf(a.at(0));
                     const auto baseline = numberOf(a.at(1));
                     if (!current || !baseline || *baseline == 0 || !std::isfinite(*current) ||
                         !std::isfinite(*baseline))
                         return QVariant();
                     return QVariant((*current - *baseline) / std::fabs(*baseline) * 100.0);
                 }));
        return result;
    }();
    return *r;
}

// ---- Python <-> JSON ----------------------------------------------------------------------

// Converts a template value to JSON; false with a Python error set when str() of an odd
// object fails (a StrictUndefined raises its UndefinedError there, as Jinja2 wants).
bool toJson(PyObject *object, QJsonValue *out, int depth = 0) {
    if (depth > 32) {
        PyErr_SetString(PyExc_ValueError, "value nested too deeply");
        return false;
    }
    if (object == Py_None) {
        *out = QJsonValue(QJsonValue::Null);
    } else if (PyBool_Check(object)) {
        *out = object == Py_True;
    } else if (PyLong_Check(object)) {
        const long long v = PyLong_AsLongLong(object);
        if (PyErr_Occurred()) {
            PyErr_Clear();
            *out = PyLong_AsDouble(object);
        } else {
            *out = qint64(v);
        }
    } else if (PyFloat_Check(object)) {
        *out = PyFloat_AsDouble(object);
    } else if (PyUnicode_Check(object)) {
        Py_ssize_t size = 0;
        const char *text = PyUnicode_AsUTF8AndSize(object, &size);
        if (!text)
            return false;
        *out = QString::fromUtf8(text, size);
    } else if (PyList_Check(object) || PyTuple_Check(object)) {
        PyObject *sequence = PySequence_Fast(object, "not a sequence");
        if (!sequence)
            return false;
        QJsonArray array;
        const Py_ssize_t n = PySequence_Fast_GET_SIZE(sequence);
        for (Py_ssize_t i = 0; i < n; ++i) {
            QJsonValue item;
            if (!toJson(PySequence_Fast_GET_ITEM(sequence, i), &item, depth + 1)) {
                Py_DECREF(sequence);
                return false;
            }
            array.append(item);
        }
        Py_DECREF(sequence);
        *out = array;
    } else if (PyDict_Check(object)) {
        QJsonObject map;
        PyObject *key = nullptr;
        PyObject *value = nullptr;
        Py_ssize_t position = 0;
        while (PyDict_Next(object, &position, &key, &value)) {
            QJsonValue k;
            QJsonValue v;
            PyObject *keyText = PyObject_Str(key);
            if (!keyText)
                return false;
            const bool ok = toJson(keyText, &k) && toJson(value, &v, depth + 1);
            Py_DECREF(keyText);
            if (!ok)
                return false;
            map.insert(k.toString(), v);
        }
        *out = map;
    } else {
        PyObject *text = PyObject_Str(object);
        if (!text)
            return false;
        const bool ok = toJson(text, out);
        Py_DECREF(text);
        return ok;
    }
    return true;
}

PyObject *toPython(const QJsonValue &value);

PyObject *toPython(const QVariant &value) {
    switch (value.typeId()) {
    case QMetaType::Bool:
        return PyBool_FromLong(value.toBool());
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return PyLong_FromLongLong(value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return PyFloat_FromDouble(value.toDouble());
    case QMetaType::QString:
        return toPython(QJsonValue(value.toString()));
    default:
        if (value.isNull() || !value.isValid())
            Py_RETURN_NONE;
        return toPython(QJsonValue::fromVariant(value));
    }
}

PyObject *toPython(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Bool:
        return PyBool_FromLong(value.toBool());
    case QJsonValue::Double:
        if (value.toVariant().typeId() == QMetaType::LongLong)
            return PyLong_FromLongLong(value.toInteger());
        return PyFloat_FromDouble(value.toDouble());
    case QJsonValue::String: {
        const QByteArray utf8 = value.toString().toUtf8();
        return PyUnicode_FromStringAndSize(utf8.constData(), utf8.size());
    }
    case QJsonValue::Array:
    case QJsonValue::Object: {
        // Rare (a custom function returning a structure): through Python's json module.
        const QByteArray json =
            value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
        PyObject *module = PyImport_ImportModule("json");
        if (!module)
            return nullptr;
        PyObject *result =
            PyObject_CallMethod(module, "loads", "s#", json.constData(), Py_ssize_t(json.size()));
        Py_DECREF(module);
        return result;
    }
    default:
        Py_RETURN_NONE;
    }
}

// ---- the _perfdeck module -----------------------------------------------------------------

PyObject *g_timeLimitError = nullptr; // _perfdeck.TimeLimit
std::atomic<quint64> g_currentRender{0};

PyObject *moduleCall(PyObject *, PyObject *args) {
    const Py_ssize_t n = PyTuple_Size(args);
    if (n < 1 || !PyUnicode_Check(PyTuple_GetItem(args, 0))) {
        PyErr_SetString(PyExc_TypeError, "call(name, *args)");
        return nullptr;
    }
    const QString name = QString::fromUtf8(PyUnicode_AsUTF8(PyTuple_GetItem(args, 0)));
    QJsonArray arguments;
    for (Py_ssize_t i = 1; i < n; ++i) {
        QJsonValue v;
        if (!toJson(PyTuple_GetItem(args, i), &v))
            return nullptr;
        arguments.append(v);
    }
    TemplateEngine::Function function;
    {
        Registry &r = registry();
        std::lock_guard lock(r.mutex);
        function = r.functions.value(name);
    }
    if (!function) {
        PyErr_Format(PyExc_NameError, "no function '%s'", name.toUtf8().constData());
        return nullptr;
    }
    QString error;
    const QVariant result = function(arguments, &error);
    if (!error.isEmpty()) {
        PyErr_SetString(PyExc_ValueError,
                        QStringLiteral("%1: %2").arg(name, error).toUtf8().constData());
        return nullptr;
    }
    return toPython(result);
}

PyObject *moduleNames(PyObject *, PyObject *) {
    QStringList names;
    {
        Registry &r = registry();
        std::lock_guard lock(r.mutex);
        names = r.functions.keys();
    }
    PyObject *list = PyList_New(0);
    for (const QString &name : std::as_const(names)) {
        PyObject *item = toPython(QJsonValue(name));
        PyList_Append(list, item);
        Py_DECREF(item);
    }
    return list;
}

PyMethodDef g_methods[] = {
    {"call", moduleCall, METH_VARARGS, "call a function registered from C++"},
    {"names", moduleNames, METH_NOARGS, "names of the functions registered from C++"},
    {nullptr, nullptr, 0, nullptr},
};

PyModuleDef g_module = {
    PyModuleDef_HEAD_INIT, "_perfdeck", nullptr, -1, g_methods, nullptr, nullptr, nullptr, nullptr};

PyObject *initModule() {
    PyObject *module = PyModule_Create(&g_module);
    if (!module)
        return nullptr;
    g_timeLimitError = PyErr_NewException("_perfdeck.TimeLimit", PyExc_Exception, nullptr);
    Py_INCREF(g_timeLimitError);
    PyModule_AddObject(module, "TimeLimit", g_timeLimitError);
    return module;
}

QString pythonErrorText() {
    PyObject *type = nullptr;
    PyObject *value = nullptr;
    PyObject *traceback = nullptr;
    PyErr_Fetch(&type, &value, &traceback);
    QString text = Tr::tr("unknown Python error");
    if (value) {
        if (PyObject *s = PyObject_Str(value)) {
            QJsonValue v;
            if (toJson(s, &v))
                text = v.toString();
            Py_DECREF(s);
        }
    }
    PyErr_Clear();
    Py_XDECREF(type);
    Py_XDECREF(value);
    Py_XDECREF(traceback);
    return text;
}

// ---- starting the interpreter ----------------------------------------------------------

// Left alone, an embedded CPython looks for `python3` on PATH and takes its library path from
// the installation it finds there: under pyenv or in a venv that is another Python without
// Debian's jinja2 ("No module named 'jinja2'"), or one of another version whose standard
// library makes the start abort the whole process. The interpreter is pinned to the prefix of
// the libpython it was built against (pkg-config python3-embed at build time) and ignores
// PYTHON* variables and the user's site-packages. Returns an error text, empty when started.
QString initializePython() {
    PyPreConfig preconfig;
    PyPreConfig_InitPythonConfig(&preconfig);
    preconfig.use_environment = 0;
    preconfig.coerce_c_locale = 0; // never rewrites LC_CTYPE for the tools we start
    PyStatus status = Py_PreInitialize(&preconfig);
    if (PyStatus_Exception(status))
        return QString::fromUtf8(status.err_msg ? status.err_msg : "Py_PreInitialize");

    PyConfig config;
    PyConfig_InitPythonConfig(&config);
    config.use_environment = 0;
    config.user_site_directory = 0;
    config.install_signal_handlers = 0; // Python installs no signal handlers in our process
    config.parse_argv = 0;
    const QString home = QStringLiteral(PERFDECK_PYTHON_HOME);
    const QString landmark = home + QStringLiteral("/lib/python" PERFDECK_PYTHON_VERSION "/os.py");
    // A build moved to a system with Python elsewhere keeps CPython's own search.
    if (QFileInfo::exists(landmark)) {
        status = PyConfig_SetBytesString(&config, &config.home, PERFDECK_PYTHON_HOME);
        if (!PyStatus_Exception(status))
            status =
                PyConfig_SetBytesString(&config, &config.program_name,
                                        PERFDECK_PYTHON_HOME "/bin/python" PERFDECK_PYTHON_VERSION);
    }
    if (!PyStatus_Exception(status))
        status = Py_InitializeFromConfig(&config);
    PyConfig_Clear(&config);
    if (PyStatus_Exception(status)) {
        return QStringLiteral("Python %1 (%2): %3")
            .arg(QStringLiteral(PERFDECK_PYTHON_VERSION), home,
                 QString::fromUtf8(status.err_msg ? status.err_msg : "Py_InitializeFromConfig"));
    }
    return {};
}

// ---- the worker thread --------------------------------------------------------------------

class PythonWorker final {
public:
    static PythonWorker &instance() {
        static PythonWorker worker;
        return worker;
    }

    void post(std::function<void()> job) {
        {
            std::lock_guard lock(m_mutex);
            m_jobs.push_back(std::move(job));
        }
        m_wake.notify_one();
    }

    bool isWorkerThread() const { return QThread::currentThread() == m_thread; }

    TemplateResult render(const TemplateRequest &request);
    // Starts Python and imports Jinja2 on the worker thread now, without waiting; a start
    // error is reported by the first render.
    void startSoon() {
        post([this] {
            QString ignored;
            start(&ignored);
        });
    }
    TemplateRuntime runtime();

private:
    PythonWorker() {
        m_thread = QThread::create([this] { loop(); });
        m_thread->setObjectName(QStringLiteral("perfdeck-python"));
        m_thread->start();
    }
    ~PythonWorker() {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_one();
        m_thread->wait();
        delete m_thread;
        // Python is not finalised: nothing needs it at exit and Py_FinalizeEx would have to
        // run on the worker thread that has ended.
    }

    void loop() {
        for (;;) {
            std::function<void()> job;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stop || !m_jobs.empty(); });
                if (m_jobs.empty())
                    return;
                job = std::move(m_jobs.front());
                m_jobs.pop_front();
            }
            job();
        }
    }

    bool start(QString *error);

    QThread *m_thread = nullptr;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::function<void()>> m_jobs;
    bool m_stop = false;

    // Worker thread only.
    bool m_started = false;
    QString m_startError;
    PyThreadState *m_state = nullptr;
    PyObject *m_render = nullptr;
    quint64 m_renders = 0;
};

bool PythonWorker::start(QString *error) {
    if (m_started) {
        *error = m_startError;
        return m_startError.isEmpty();
    }
    m_started = true;
    PyImport_AppendInittab("_perfdeck", &initModule);
    const QString configError = initializePython();
    if (!configError.isEmpty()) {
        // Python is not usable (and must not be touched again); the GUI and CLI go on.
        m_startError = Tr::tr("cannot start the template engine: %1").arg(configError);
        *error = m_startError;
        return false;
    }
    PyObject *globals = PyDict_New();
    PyDict_SetItemString(globals, "__builtins__", PyEval_GetBuiltins());
    PyDict_SetItemString(globals, "__name__", PyUnicode_FromString("perfdeck_jinja"));
    PyObject *result = PyRun_String(PerfdeckJinjaSource, Py_file_input, globals, globals);
    if (!result) {
        m_startError = Tr::tr("cannot start the template engine (is python3-jinja2 "
                              "installed?): ") +
                       pythonErrorText();
    } else {
        Py_DECREF(result);
        m_render = PyDict_GetItemString(globals, "render");
        Py_XINCREF(m_render);
        if (!m_render)
            m_startError = Tr::tr("cannot start the template engine: no render()");
    }
    m_state = PyEval_SaveThread();
    *error = m_startError;
    return m_startError.isEmpty();
}

QString stringItem(PyObject *dict, const char *key) {
    PyObject *item = PyDict_GetItemString(dict, key);
    QJsonValue v;
    if (!item || !toJson(item, &v)) {
        PyErr_Clear();
        return {};
    }
    return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
}

// A module attribute as text (str() of it); empty when it is missing.
QString attributeText(PyObject *module, const char *name) {
    PyObject *value = module ? PyObject_GetAttrString(module, name) : nullptr;
    if (!value) {
        PyErr_Clear();
        return {};
    }
    QString text;
    if (PyObject *s = PyObject_Str(value)) {
        QJsonValue v;
        if (toJson(s, &v))
            text = v.toString();
        Py_DECREF(s);
    }
    PyErr_Clear();
    Py_DECREF(value);
    return text;
}

TemplateRuntime PythonWorker::runtime() {
    TemplateRuntime result;
    // Py_GetVersion() is the loaded libpython's own and needs no running interpreter.
    result.pythonVersion = QString::fromUtf8(Py_GetVersion()).section(QLatin1Char(' '), 0, 0);
    QString startError;
    if (!start(&startError) && !m_state) {
        result.error = startError; // the interpreter itself did not start
        return result;
    }
    result.error = startError;
    PyEval_RestoreThread(m_state);
    PyObject *sys = PyImport_ImportModule("sys");
    result.pythonPrefix = attributeText(sys, "prefix");
    Py_XDECREF(sys);
    PyErr_Clear();
    if (PyObject *jinja = PyImport_ImportModule("jinja2")) {
        result.jinjaVersion = attributeText(jinja, "__version__");
        result.jinjaPath = QFileInfo(attributeText(jinja, "__file__")).absolutePath();
        Py_DECREF(jinja);
    } else if (result.error.isEmpty()) {
        result.error = pythonErrorText();
    }
    PyErr_Clear();
    m_state = PyEval_SaveThread();
    return result;
}

TemplateResult PythonWorker::render(const TemplateRequest &request) {
    TemplateResult result;
    result.error.name = request.templateName;
    QString startError;
    if (!start(&startError)) {
        result.error.kind = QStringLiteral("runtime");
        result.error.message = startError;
        return result;
    }
    const QByteArray contextJson =
        !request.contextJson.isEmpty()
            ? request.contextJson
            : QJsonDocument(request.context).toJson(QJsonDocument::Compact);
    const QByteArray name = request.templateName.toUtf8();

    PyEval_RestoreThread(m_state);
    PyObject *folders = PyList_New(0);
    for (const QString &folder : request.folders) {
        PyObject *item = toPython(QJsonValue(folder));
        PyList_Append(folders, item);
        Py_DECREF(item);
    }
    PyObject *args =
        Py_BuildValue("(s#OOy#OO)", name.constData(), Py_ssize_t(name.size()),
                      request.isFile ? Py_True : Py_False, folders, contextJson.constData(),
                      Py_ssize_t(contextJson.size()), request.strict ? Py_True : Py_False,
                      request.parseOnly ? Py_True : Py_False);
    Py_DECREF(folders);

    // The watchdog raises TimeLimit in the worker thread once the limit has passed: it takes
    // the GIL (the eval loop hands it over within Python's switch interval) and sets an
    // asynchronous exception, but only while this render is still the current one.
    const quint64 id = ++m_renders;
    g_currentRender = id;
    const unsigned long workerThread = PyThread_get_thread_ident();
    std::mutex watchMutex;
    std::condition_variable watchWake;
    bool done = false;
    std::thread watchdog([&] {
        {
            std::unique_lock lock(watchMutex);
            if (watchWake.wait_for(lock, std::chrono::milliseconds(request.timeLimitMs),
                                   [&] { return done; }))
                return;
        }
        const PyGILState_STATE gil = PyGILState_Ensure();
        if (g_currentRender.load() == id)
            PyThreadState_SetAsyncExc(workerThread, g_timeLimitError);
        PyGILState_Release(gil);
    });
    PyObject *value = PyObject_CallObject(m_render, args);
    g_currentRender = 0; // under the GIL: a watchdog that gets it later does nothing
    PyThreadState_SetAsyncExc(workerThread, nullptr); // one set too late must not hit the next
    {
        std::lock_guard lock(watchMutex);
        done = true;
    }
    watchWake.notify_one();
    watchdog.join();
    Py_DECREF(args);
    // The watchdog joined above; an exception it set after the render returned is dropped.
    const bool stopped = PyErr_Occurred() && PyErr_ExceptionMatches(g_timeLimitError);

    if (!value) {
        const bool timeout = PyErr_ExceptionMatches(g_timeLimitError);
        result.error.kind = timeout ? QStringLiteral("timeout") : QStringLiteral("runtime");
        result.error.message = pythonErrorText();
    } else {
        PyObject *output = PyTuple_GetItem(value, 0);
        PyObject *error = PyTuple_GetItem(value, 1);
        if (output && output != Py_None) {
            QJsonValue v;
            if (toJson(output, &v)) {
                result.ok = true;
                result.output = v.toString();
            } else {
                result.error.kind = QStringLiteral("runtime");
                result.error.message = pythonErrorText();
            }
        } else if (error && PyDict_Check(error)) {
            result.error.kind = stringItem(error, "kind");
            result.error.name = stringItem(error, "name");
            result.error.file = stringItem(error, "file");
            result.error.line = stringItem(error, "line").toInt();
            result.error.message = stringItem(error, "message");
        }
        Py_DECREF(value);
    }
    if (result.error.kind == QLatin1String("timeout") || (!value && stopped)) {
        result.error.kind = QStringLiteral("timeout");
        result.error.message = Tr::tr("the template did not finish within %1 s and was stopped")
                                   .arg(request.timeLimitMs / 1000.0);
    }
    m_state = PyEval_SaveThread();
    return result;
}

} // namespace

// ---- TemplateEngine -----------------------------------------------------------------------

// Lets the worker post a result only while the engine exists: the destructor clears owner
// under the mutex, so a posted call never targets a deleted object.
struct TemplateEngine::Guard {
    std::mutex mutex;
    TemplateEngine *owner = nullptr;
};

TemplateEngine::TemplateEngine(QObject *parent)
    : QObject(parent)
    , m_guard(std::make_shared<Guard>()) {
    m_guard->owner = this;
}

TemplateEngine::~TemplateEngine() {
    std::lock_guard lock(m_guard->mutex);
    m_guard->owner = nullptr;
}

void TemplateEngine::prepare() {
    PythonWorker::instance().startSoon();
}

TemplateResult TemplateEngine::renderBlocking(const TemplateRequest &request) {
    PythonWorker &worker = PythonWorker::instance();
    if (worker.isWorkerThread())
        return worker.render(request);
    std::promise<TemplateResult> promise;
    std::future<TemplateResult> future = promise.get_future();
    worker.post([&] { promise.set_value(PythonWorker::instance().render(request)); });
    return future.get();
}

TemplateRuntime TemplateEngine::runtime() {
    PythonWorker &worker = PythonWorker::instance();
    if (worker.isWorkerThread())
        return worker.runtime();
    std::promise<TemplateRuntime> promise;
    std::future<TemplateRuntime> future = promise.get_future();
    worker.post([&] { promise.set_value(PythonWorker::instance().runtime()); });
    return future.get();
}

quint64 TemplateEngine::renderAsync(const TemplateRequest &request) {
    const quint64 id = m_nextId++;
    std::shared_ptr<Guard> guard = m_guard;
    PythonWorker::instance().post([guard, request, id] {
        const TemplateResult result = PythonWorker::instance().render(request);
        std::lock_guard lock(guard->mutex);
        if (TemplateEngine *engine = guard->owner) {
            QMetaObject::invokeMethod(
                engine, [engine, id, result] { Q_EMIT engine->rendered(id, result); },
                Qt::QueuedConnection);
        }
    });
    return id;
}

void TemplateEngine::registerFunction(const QString &name, const Function &function) {
    Registry &r = registry();
    std::lock_guard lock(r.mutex);
    r.functions.insert(name, function);
}

QString TemplateEngine::shippedFolder() {
    QStringList candidates;
    const QString fromEnvironment = qEnvironmentVariable("PERFDECK_TEMPLATE_DIR");
    if (!fromEnvironment.isEmpty())
        candidates << fromEnvironment;
    if (QCoreApplication::instance())
        candidates << QCoreApplication::applicationDirPath() +
                          QStringLiteral("/../share/perfdeck/templates");
#ifdef PERFDECK_SOURCE_TEMPLATE_DIR
    candidates << QStringLiteral(PERFDECK_SOURCE_TEMPLATE_DIR);
#endif
    for (const QString &dir : std::as_const(candidates)) {
        if (QFileInfo(dir).isDir())
            return QDir::cleanPath(QDir(dir).absolutePath());
    }
    return {};
}

QString TemplateEngine::userFolder() {
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/perfdeck/templates");
}

QStringList TemplateEngine::defaultFolders() {
    QStringList folders;
    if (QFileInfo(userFolder()).isDir())
        folders << userFolder();
    if (const QString shipped = shippedFolder(); !shipped.isEmpty())
        folders << shipped;
    return folders;
}

} // namespace Perfdeck
