// The Debian package as a user gets it: CPack builds it from this build tree (what `cmake
// --build build --target package` does, without rebuilding), `dpkg-deb -c` finds the programs,
// the helper in libexec, man pages, desktop entry, AppStream metainfo, icons, completions,
// every shipped profile and template; `dpkg-deb -I` has Depends this system satisfies (each
// clause by an installed package of a fitting version), Recommends qt6-translations-l10n and
// Suggests netperf; lintian reports no error; and the package, unpacked with `dpkg -x` into a
// scratch root (the machine's package database is never touched), runs from there: --version,
// profile list and template show from the installed share/, `about` naming the installed
// perfdeck-gate and perfdeck-probe, a 1 s two-instance iperf3 run on 127.0.0.1 through the
// installed gate, a report from the installed templates, and the GUI's --version.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Result {
    int exitCode = -1; // -1: could not start, crashed or timed out
    QString out;
    QString err;
};

Result run(const QString &program, const QStringList &args, int timeoutMs = 60000,
           const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
           const QString &workingDirectory = QString()) {
    QProcess p;
    p.setProcessEnvironment(env);
    if (!workingDirectory.isEmpty())
        p.setWorkingDirectory(workingDirectory);
    p.start(program, args);
    Result r;
    if (!p.waitForStarted(10000)) {
        r.err = p.errorString();
        return r;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(3000);
        r.err = QStringLiteral("timed out after %1 s").arg(timeoutMs / 1000);
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString why(const Result &r) {
    return QStringLiteral("exit %1\n%2\n%3")
        .arg(r.exitCode)
        .arg(r.out.right(2000), r.err.right(2000));
}

// "Field: value" of dpkg-deb -I's control part (continuation lines joined).
QString controlField(const QString &info, const QString &field) {
    const QRegularExpression re(QStringLiteral("^ ") + QRegularExpression::escape(field) +
                                    QStringLiteral(": (.*)$"),
                                QRegularExpression::MultilineOption);
    return re.match(info).captured(1).trimmed();
}

} // namespace

class TestDebPackage final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_deb;
    QString m_root; // the unpacked package
    QStringList m_files;
    QString m_info;

    QString installed(const QString &path) const { return m_root + path; }
    QProcessEnvironment installedEnvironment() const {
        // No build-tree hints: the installed program must find its own files.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name :
             {"PERFDECK_GATE", "PERFDECK_PROBE", "PERFDECK_TEMPLATE_DIR", "PERFDECK_IPERF3"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"),
                   m_dir.filePath(QStringLiteral("home/.config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("home/.local")));
        env.insert(QStringLiteral("PERFDECK_HISTORY_DB"),
                   m_dir.filePath(QStringLiteral("history.db")));
        return env;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        for (const char *tool : {"cpack", "dpkg-deb", "dpkg"}) {
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                QFAIL(qPrintable(QStringLiteral("%1 is missing: bash packaging/install-deps.sh")
                                     .arg(QString::fromLatin1(tool))));
        }
        // CPack installs the built targets into its staging folder and packs them (strip, xz).
        const QString out = m_dir.filePath(QStringLiteral("cpack"));
        const Result packed = run(QStringLiteral("cpack"),
                                  {QStringLiteral("--config"),
                                   QStringLiteral(PERFDECK_BINARY_DIR "/CPackConfig.cmake"),
                                   QStringLiteral("-B"), out},
                                  600000);
        QVERIFY2(packed.exitCode == 0, qPrintable(why(packed)));
        const QStringList debs = QDir(out).entryList({QStringLiteral("perfdeck_*.deb")});
        QCOMPARE(debs.size(), 1);
        m_deb = out + QLatin1Char('/') + debs.first();

        const Result contents = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-c"), m_deb});
        QVERIFY2(contents.exitCode == 0, qPrintable(why(contents)));
        // "-rwxr-xr-x root/root 123 2026-12-02 10:00 ./usr/bin/perfdeck"
        for (const QString &line : contents.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            m_files << line.section(QStringLiteral(" ./"), 1).prepend(QLatin1Char('/'));
        const Result info = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-I"), m_deb});
        QVERIFY2(info.exitCode == 0, qPrintable(why(info)));
        m_info = info.out;

        m_root = m_dir.filePath(QStringLiteral("root"));
        const Result unpacked = run(QStringLiteral("dpkg"), {QStringLiteral("-x"), m_deb, m_root});
        QVERIFY2(unpacked.exitCode == 0, qPrintable(why(unpacked)));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("home"))));
    }

    void holdsWhatUsersNeed_data() {
        QTest::addColumn<QString>("path");
        const QStringList fixed{
            QStringLiteral("/usr/bin/perfdeck"),
            QStringLiteral("/usr/bin/perfdeck-cli"),
            QStringLiteral("/usr/bin/perfdeck-probe"),
            QStringLiteral("/usr/libexec/perfdeck/perfdeck-gate"),
            QStringLiteral("/usr/share/man/man1/perfdeck.1.gz"),
            QStringLiteral("/usr/share/man/man1/perfdeck-cli.1.gz"),
            QStringLiteral("/usr/share/man/man1/perfdeck-probe.1.gz"),
            QStringLiteral("/usr/share/applications/perfdeck.desktop"),
            QStringLiteral("/usr/share/metainfo/io.github.perfdeck.Perfdeck.metainfo.xml"),
            QStringLiteral("/usr/share/icons/hicolor/scalable/apps/perfdeck.svg"),
            QStringLiteral("/usr/share/bash-completion/completions/perfdeck-cli"),
            QStringLiteral("/usr/share/zsh/vendor-completions/_perfdeck-cli"),
            QStringLiteral("/usr/share/doc/perfdeck/copyright"),
            QStringLiteral("/usr/share/doc/perfdeck/changelog.gz"),
        };
        for (const QString &path : fixed)
            QTest::addRow("%s", qPrintable(path)) << path;
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
            const QString path =
                QStringLiteral("/usr/share/icons/hicolor/%1x%1/apps/perfdeck.png").arg(size);
            QTest::addRow("%s", qPrintable(path)) << path;
        }
        // Every profile and template of the source tree.
        const QStringList profiles =
            QDir(QStringLiteral(PERFDECK_SOURCE_DIR "/profiles")).entryList(QDir::Files);
        const QStringList templates =
            QDir(QStringLiteral(PERFDECK_SOURCE_DIR "/resources/templates")).entryList(QDir::Files);
        QVERIFY(profiles.size() >= 10 && templates.size() >= 5);
        for (const QString &name : profiles)
            QTest::addRow("profile %s", qPrintable(name))
                << QStringLiteral("/usr/share/perfdeck/profiles/") + name;
        for (const QString &name : templates)
            QTest::addRow("template %s", qPrintable(name))
                << QStringLiteral("/usr/share/perfdeck/templates/") + name;
    }
    void holdsWhatUsersNeed() {
        QFETCH(QString, path);
        QVERIFY2(m_files.contains(path), qPrintable(path + QStringLiteral(" is not in ") + m_deb));
        QVERIFY(QFileInfo::exists(installed(path)));
    }

    void onlyUnderUsr() {
        QStringList outside;
        for (const QString &path : std::as_const(m_files)) {
            if (path != QLatin1String("/") && !path.startsWith(QLatin1String("/usr/")))
                outside << path;
        }
        QVERIFY2(outside.isEmpty(), qPrintable(outside.join(QLatin1Char('\n'))));
    }

    void controlFieldsAreSane() {
        QCOMPARE(controlField(m_info, QStringLiteral("Package")), QStringLiteral("perfdeck"));
        QVERIFY2(controlField(m_info, QStringLiteral("Version"))
                     .startsWith(QStringLiteral(PERFDECK_VERSION)),
                 qPrintable(m_info));
        QCOMPARE(
            controlField(m_info, QStringLiteral("Architecture")),
            run(QStringLiteral("dpkg"), {QStringLiteral("--print-architecture")}).out.trimmed());
        QCOMPARE(controlField(m_info, QStringLiteral("Recommends")),
                 QStringLiteral("qt6-translations-l10n"));
        QVERIFY(
            controlField(m_info, QStringLiteral("Suggests")).contains(QStringLiteral("netperf")));
        const QString depends = controlField(m_info, QStringLiteral("Depends"));
        // What is started or loaded without being linked, and the main libraries from shlibdeps.
        for (const QString &needed :
             {QStringLiteral("iperf3"), QStringLiteral("python3-jinja2"),
              QStringLiteral("qt6-qpa-plugins"), QStringLiteral("libqt6sql6-sqlite"),
              QStringLiteral("libssh2-1"), QStringLiteral("libqt6core6"),
              QStringLiteral("libqt6widgets6"), QStringLiteral("libqt6charts6"),
              QStringLiteral("libpython3.11"), QStringLiteral("libyaml-cpp0.7")}) {
            const QRegularExpression word(QStringLiteral("(^|[ ,|])") +
                                          QRegularExpression::escape(needed) +
                                          QStringLiteral("([ ,(]|$)"));
            QVERIFY2(word.match(depends).hasMatch(),
                     qPrintable(needed + QStringLiteral(" not in ") + depends));
        }
        QVERIFY2(!depends.contains(QStringLiteral("netperf")), qPrintable(depends));
        // Every clause is met on this machine (one alternative installed, at a fitting version,
        // or provided by an installed package: shlibdeps adds virtual ABI packages such as
        // "qt6-websockets-abi (= 6.4.2)", which libqt6websockets6 provides): the package
        // installs where it was built.
        // One listing of the installed packages: their versions and what they provide.
        QHash<QString, QString> installed;    // package -> version
        QHash<QString, QStringList> provided; // virtual name -> versions ("" for unversioned)
        {
            const Result all = run(
                QStringLiteral("dpkg-query"),
                {QStringLiteral("-W"),
                 QStringLiteral("-f=${db:Status-Abbrev}|${Package}|${Version}|${Provides}\\n")});
            QVERIFY2(all.exitCode == 0, qPrintable(why(all)));
            static const QRegularExpression provide(
                QStringLiteral("^\\s*([a-z0-9.+-]+)(?::\\w+)?\\s*(?:\\(=\\s*([^)]+)\\))?\\s*$"));
            for (const QString &line : all.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                if (!line.startsWith(QLatin1String("ii"))) // installed, no error
                    continue;
                const QStringList fields = line.split(QLatin1Char('|'));
                if (fields.size() < 4)
                    continue;
                installed.insert(fields.at(1), fields.at(2));
                for (const QString &item :
                     fields.at(3).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                    const auto m = provide.match(item);
                    if (m.hasMatch())
                        provided[m.captured(1)] << m.captured(2).trimmed();
                }
            }
        }
        static const QHash<QString, QString> op{{QStringLiteral("<<"), QStringLiteral("lt")},
                                                {QStringLiteral("<="), QStringLiteral("le")},
                                                {QStringLiteral("="), QStringLiteral("eq")},
                                                {QStringLiteral(">="), QStringLiteral("ge")},
                                                {QStringLiteral(">>"), QStringLiteral("gt")}};
        // Whether VERSION satisfies "OPERATOR WANTED" (dpkg's comparison).
        const auto fits = [](const QString &version, const QString &oper, const QString &wanted) {
            return run(QStringLiteral("dpkg"),
                       {QStringLiteral("--compare-versions"), version, op.value(oper), wanted})
                       .exitCode == 0;
        };
        QStringList unmet;
        for (const QString &clause : depends.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool met = false;
            for (const QString &alternative : clause.split(QLatin1Char('|'))) {
                static const QRegularExpression dep(QStringLiteral(
                    "^\\s*([a-z0-9.+-]+)(?::\\w+)?\\s*(?:\\((<<|<=|=|>=|>>)\\s*([^)]+)\\))?\\s*$"));
                const auto m = dep.match(alternative);
                if (!m.hasMatch()) {
                    unmet << QStringLiteral("unreadable: ") + alternative;
                    continue;
                }
                const QString name = m.captured(1);
                const QString oper = m.captured(2);
                const QString wanted = m.captured(3).trimmed();
                const auto package = installed.constFind(name);
                if (package != installed.cend() &&
                    (oper.isEmpty() || fits(*package, oper, wanted))) {
                    met = true;
                    break;
                }
                // A virtual package: any provider for an unversioned clause, a versioned
                // Provides that fits for a versioned one (Debian policy 7.5).
                for (const QString &version : provided.value(name)) {
                    if (oper.isEmpty() || (!version.isEmpty() && fits(version, oper, wanted))) {
                        met = true;
                        break;
                    }
                }
                if (met)
                    break;
            }
            if (!met)
                unmet << clause.trimmed();
        }
        QVERIFY2(unmet.isEmpty(), qPrintable(unmet.join(QStringLiteral("; "))));
    }

    void lintianFindsNoError() {
        if (QStandardPaths::findExecutable(QStringLiteral("lintian")).isEmpty())
            QFAIL("lintian is missing: bash packaging/install-deps.sh");
        // --no-cfg: the user's ~/.lintianrc has no say; overrides shipped in the package apply.
        const Result r = run(QStringLiteral("lintian"),
                             {QStringLiteral("--no-cfg"), QStringLiteral("--fail-on"),
                              QStringLiteral("error"), m_deb},
                             300000);
        QStringList errors;
        for (const QString &line : QString(r.out + r.err).split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("E: ")))
                errors << line;
        }
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QVERIFY2(r.exitCode == 0, qPrintable(why(r)));
    }

    void desktopEntryAndMetainfoValidate() {
        const Result desktop =
            run(QStringLiteral("desktop-file-validate"),
                {installed(QStringLiteral("/usr/share/applications/perfdeck.desktop"))});
        QVERIFY2(desktop.exitCode == 0 && desktop.out.trimmed().isEmpty(),
                 qPrintable(why(desktop)));
        const Result meta =
            run(QStringLiteral("appstreamcli"),
                {QStringLiteral("validate"), QStringLiteral("--no-net"),
                 installed(QStringLiteral(
                     "/usr/share/metainfo/io.github.perfdeck.Perfdeck.metainfo.xml"))});
        QVERIFY2(meta.exitCode == 0, qPrintable(why(meta)));
    }

    void installedCliFindsItsOwnFiles() {
        const QString cli = installed(QStringLiteral("/usr/bin/perfdeck-cli"));
        const QProcessEnvironment env = installedEnvironment();
        const Result version = run(cli, {QStringLiteral("--version")}, 30000, env);
        QVERIFY2(version.exitCode == 0, qPrintable(why(version)));
        QCOMPARE(version.out, QStringLiteral("perfdeck-cli " PERFDECK_VERSION "\n"));

        const Result profiles =
            run(cli, {QStringLiteral("profile"), QStringLiteral("list")}, 30000, env);
        QVERIFY2(profiles.exitCode == 0, qPrintable(why(profiles)));
        for (const QString &name : {QStringLiteral("throughput"), QStringLiteral("latency"),
                                    QStringLiteral("bufferbloat")})
            QVERIFY2(profiles.out.contains(QRegularExpression(QStringLiteral("(^|\\n)") + name +
                                                              QStringLiteral("\\s"))),
                     qPrintable(profiles.out));
        const Result show = run(
            cli, {QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("throughput")},
            30000, env);
        QVERIFY2(show.exitCode == 0, qPrintable(why(show)));
        const Result tmpl = run(
            cli, {QStringLiteral("template"), QStringLiteral("show"), QStringLiteral("summary.md")},
            30000, env);
        QVERIFY2(tmpl.exitCode == 0, qPrintable(why(tmpl)));
        QVERIFY2(tmpl.out.contains(
                     installed(QStringLiteral("/usr/share/perfdeck/templates/summary.md"))) ||
                     tmpl.out.contains(QDir::cleanPath(
                         installed(QStringLiteral("/usr/share/perfdeck/templates")))),
                 qPrintable(tmpl.out.left(400)));

        // The helpers it starts are the installed ones, not the build tree's.
        const Result about =
            run(cli, {QStringLiteral("about"), QStringLiteral("--json")}, 60000, env);
        QVERIFY2(about.exitCode == 0, qPrintable(why(about)));
        QHash<QString, QJsonObject> parts;
        const QJsonObject json = QJsonDocument::fromJson(about.out.toUtf8()).object();
        for (const QJsonValue &v : json.value(QStringLiteral("components")).toArray())
            parts.insert(v.toObject().value(QStringLiteral("key")).toString(), v.toObject());
        QCOMPARE(QDir::cleanPath(parts.value(QStringLiteral("perfdeck-gate"))
                                     .value(QStringLiteral("path"))
                                     .toString()),
                 installed(QStringLiteral("/usr/libexec/perfdeck/perfdeck-gate")));
        QCOMPARE(QDir::cleanPath(parts.value(QStringLiteral("perfdeck-probe"))
                                     .value(QStringLiteral("path"))
                                     .toString()),
                 installed(QStringLiteral("/usr/bin/perfdeck-probe")));
        QCOMPARE(parts.value(QStringLiteral("perfdeck-probe"))
                     .value(QStringLiteral("version"))
                     .toString(),
                 QStringLiteral(PERFDECK_VERSION));
        QVERIFY(parts.value(QStringLiteral("jinja2")).value(QStringLiteral("found")).toBool());
    }

    void installedCliRunsAndReports() {
        if (QStandardPaths::findExecutable(QStringLiteral("iperf3")).isEmpty())
            QFAIL("iperf3 is missing: bash packaging/install-deps.sh");
        const QString cli = installed(QStringLiteral("/usr/bin/perfdeck-cli"));
        const QProcessEnvironment env = installedEnvironment();
        const QString results = m_dir.filePath(QStringLiteral("run.json"));
        // Two instances: they start together through the installed perfdeck-gate.
        const Result r =
            run(cli,
                {QStringLiteral("run"), QStringLiteral("--duration"), QStringLiteral("1"),
                 QStringLiteral("--instances"), QStringLiteral("2"), QStringLiteral("--json"),
                 results, QStringLiteral("--no-history"), QStringLiteral("--plain")},
                90000, env, m_dir.path());
        QVERIFY2(r.exitCode == 0, qPrintable(why(r)));
        QFile file(results);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray runs = QJsonDocument::fromJson(file.readAll())
                                    .object()
                                    .value(QStringLiteral("runs"))
                                    .toArray();
        QCOMPARE(runs.size(), 2);
        for (const QJsonValue &v : runs) {
            const QJsonObject run = v.toObject();
            QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
            QVERIFY(run.value(QStringLiteral("summary"))
                        .toObject()
                        .value(QStringLiteral("throughput_bps"))
                        .toDouble() > 0);
        }
        const QString report = m_dir.filePath(QStringLiteral("report.md"));
        const Result rendered =
            run(cli,
                {QStringLiteral("report"), results, QStringLiteral("--template"),
                 QStringLiteral("summary.md"), QStringLiteral("--out"), report},
                60000, env);
        QVERIFY2(rendered.exitCode == 0, qPrintable(why(rendered)));
        QFile md(report);
        QVERIFY(md.open(QIODevice::ReadOnly));
        QVERIFY(md.readAll().contains("iperf3"));

        QProcessEnvironment gui = env;
        gui.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const Result guiVersion = run(installed(QStringLiteral("/usr/bin/perfdeck")),
                                      {QStringLiteral("--version")}, 30000, gui);
        QVERIFY2(guiVersion.exitCode == 0, qPrintable(why(guiVersion)));
        QVERIFY2(guiVersion.out.contains(QStringLiteral(PERFDECK_VERSION)),
                 qPrintable(why(guiVersion)));
        const Result probe = run(installed(QStringLiteral("/usr/bin/perfdeck-probe")),
                                 {QStringLiteral("--version")});
        QVERIFY2(probe.exitCode == 0, qPrintable(why(probe)));
    }
};

QTEST_GUILESS_MAIN(TestDebPackage)
#include "tst_debpackage.moc"
