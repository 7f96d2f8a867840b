// For the tests of the web dashboard: a real `perfdeck-cli serve` (its port and token read from
// what it prints) and a real headless Chromium driven through chromedriver's WebDriver protocol
// (plain HTTP on loopback). Both are started and killed by the test that makes them.
#pragma once

#include "testhelpers.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <optional>

#include <csignal>
#include <sys/prctl.h>

namespace TestHelpers {

inline bool browserAvailable() {
    return !QStandardPaths::findExecutable(QStringLiteral("chromium")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("chromedriver")).isEmpty();
}

class ServeProcess {
public:
    explicit ServeProcess(const QStringList &args) {
        m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        m_process.start(QStringLiteral(PERFDECK_CLI), QStringList{QStringLiteral("serve")} + args);
    }
    ~ServeProcess() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(10000)) {
                m_process.kill();
                m_process.waitForFinished(3000);
            }
        }
    }
    // Reads "serving URL" and "token: T" from stderr.
    bool waitReady() {
        const QByteArray err = waitForStderr(m_process, "open: ", 10000);
        static const QRegularExpression serving(QStringLiteral("serving https?://[^:]+:(\\d+)/"));
        static const QRegularExpression token(QStringLiteral("token: (\\S+)"));
        const auto s = serving.match(QString::fromUtf8(err));
        const auto t = token.match(QString::fromUtf8(err));
        m_stderr = err;
        if (!s.hasMatch() || !t.hasMatch())
            return false;
        m_port = quint16(s.captured(1).toUInt());
        m_token = t.captured(1).toUtf8();
        return true;
    }
    quint16 port() const { return m_port; }
    QByteArray token() const { return m_token; }
    QByteArray stderrText() const { return m_stderr; }
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
    QByteArray m_stderr;
    QByteArray m_token;
    quint16 m_port = 0;
};

// A real headless Chromium driven through chromedriver's WebDriver protocol.
class Browser {
public:
    explicit Browser(const QString &profileDir, const QStringList &extraArgs = {}) {
        m_port = freePort();
        m_driver.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        m_driver.setProcessChannelMode(QProcess::MergedChannels);
        m_driver.start(QStandardPaths::findExecutable(QStringLiteral("chromedriver")),
                       {QStringLiteral("--port=%1").arg(m_port)});
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 15000 && !call("GET", QStringLiteral("/status")).contains("ready"))
            QTest::qWait(200);
        const QJsonObject options{
            {QStringLiteral("binary"), QStandardPaths::findExecutable(QStringLiteral("chromium"))},
            {QStringLiteral("args"),
             QJsonArray::fromStringList(
                 QStringList{QStringLiteral("--headless=new"), QStringLiteral("--no-sandbox"),
                             QStringLiteral("--disable-gpu"),
                             QStringLiteral("--disable-dev-shm-usage"),
                             QStringLiteral("--no-first-run"),
                             QString(QStringLiteral("--user-data-dir=") + profileDir)} +
                 extraArgs)}};
        const QJsonObject caps{
            {QStringLiteral("capabilities"),
             QJsonObject{{QStringLiteral("alwaysMatch"),
                          QJsonObject{{QStringLiteral("browserName"), QStringLiteral("chrome")},
                                      {QStringLiteral("goog:chromeOptions"), options}}}}}};
        const QJsonObject reply =
            QJsonDocument::fromJson(call("POST", QStringLiteral("/session"), caps)).object();
        m_session = reply.value(QStringLiteral("value"))
                        .toObject()
                        .value(QStringLiteral("sessionId"))
                        .toString();
        m_error = QString::fromUtf8(QJsonDocument(reply).toJson());
    }
    ~Browser() {
        if (!m_session.isEmpty())
            call("DELETE", QStringLiteral("/session/") + m_session);
        if (m_driver.state() != QProcess::NotRunning) {
            m_driver.terminate();
            if (!m_driver.waitForFinished(5000)) {
                m_driver.kill();
                m_driver.waitForFinished(3000);
            }
        }
    }
    bool ok() const { return !m_session.isEmpty(); }
    QString error() const { return m_error; }
    void open(const QString &url) {
        call("POST", path(QStringLiteral("/url")), QJsonObject{{QStringLiteral("url"), url}});
    }
    // The element's id, empty when the selector matches nothing (yet).
    QString find(const QString &css) {
        const QJsonObject reply =
            QJsonDocument::fromJson(
                call("POST", path(QStringLiteral("/element")),
                     QJsonObject{{QStringLiteral("using"), QStringLiteral("css selector")},
                                 {QStringLiteral("value"), css}}))
                .object();
        return reply.value(QStringLiteral("value"))
            .toObject()
            .value(QStringLiteral("element-6066-11e4-a52e-4f735466cecf"))
            .toString();
    }
    QString text(const QString &css) {
        const QString element = find(css);
        if (element.isEmpty())
            return {};
        return QJsonDocument::fromJson(
                   call("GET", path(QStringLiteral("/element/%1/text").arg(element))))
            .object()
            .value(QStringLiteral("value"))
            .toString();
    }
    bool click(const QString &css) {
        const QString element = find(css);
        if (element.isEmpty())
            return false;
        call("POST", path(QStringLiteral("/element/%1/click").arg(element)), QJsonObject{});
        return true;
    }
    bool setValue(const QString &css, const QString &value) {
        const QString element = find(css);
        if (element.isEmpty())
            return false;
        call("POST", path(QStringLiteral("/element/%1/clear").arg(element)), QJsonObject{});
        call("POST", path(QStringLiteral("/element/%1/value").arg(element)),
             QJsonObject{{QStringLiteral("text"), value}});
        return true;
    }

    // What a script run in the page returns.
    QJsonValue script(const QString &js) {
        return QJsonDocument::fromJson(call("POST", path(QStringLiteral("/execute/sync")),
                                            QJsonObject{{QStringLiteral("script"), js},
                                                        {QStringLiteral("args"), QJsonArray()}}))
            .object()
            .value(QStringLiteral("value"));
    }

    // Makes the page's viewport width x height (the window around it is larger).
    void setViewportSize(int width, int height) {
        for (int attempt = 0; attempt < 3; ++attempt) {
            const int innerWidth = script(QStringLiteral("return window.innerWidth")).toInt();
            const int innerHeight = script(QStringLiteral("return window.innerHeight")).toInt();
            if (innerWidth == width && innerHeight == height)
                return;
            const QJsonObject rect =
                QJsonDocument::fromJson(call("GET", path(QStringLiteral("/window/rect"))))
                    .object()
                    .value(QStringLiteral("value"))
                    .toObject();
            call(
                "POST", path(QStringLiteral("/window/rect")),
                QJsonObject{{QStringLiteral("width"),
                             rect.value(QStringLiteral("width")).toInt() + width - innerWidth},
                            {QStringLiteral("height"),
                             rect.value(QStringLiteral("height")).toInt() + height - innerHeight}});
        }
    }
    // The page as the browser shows it (the viewport), as PNG bytes; empty on failure.
    QByteArray screenshot() {
        const QJsonObject reply =
            QJsonDocument::fromJson(call("GET", path(QStringLiteral("/screenshot")))).object();
        return QByteArray::fromBase64(reply.value(QStringLiteral("value")).toString().toLatin1());
    }

private:
    QString path(const QString &rest) const {
        return QStringLiteral("/session/") + m_session + rest;
    }
    QByteArray call(const QByteArray &method, const QString &p,
                    const std::optional<QJsonObject> &body = std::nullopt) {
        QNetworkAccessManager manager;
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(p)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setTransferTimeout(60000);
        QNetworkReply *reply = manager.sendCustomRequest(
            request, method,
            body ? QJsonDocument(*body).toJson(QJsonDocument::Compact) : QByteArray());
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray data = reply->readAll();
        reply->deleteLater();
        return data;
    }

    QProcess m_driver;
    quint16 m_port = 0;
    QString m_session;
    QString m_error;
};

} // namespace TestHelpers
