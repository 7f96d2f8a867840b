// The man pages and shell completions the package installs say what the programs accept:
// every option that `perfdeck-cli COMMAND --help` and `perfdeck-probe --help` print is in the
// command's section of packaging/man/*.1 and in its branch of the bash and zsh completions,
// and the bash completion really completes (run in bash with bash-completion loaded).
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Packaging = QStringLiteral(PERFDECK_SOURCE_DIR "/packaging");
const QString Probe = QFileInfo(QStringLiteral(PERFDECK_CLI)).absolutePath() +
                      QStringLiteral("/../probe/perfdeck-probe");

QString run(const QString &program, const QStringList &args) {
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished(2000);
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString readText(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// The commands listed by `perfdeck-cli --help` (lines "  NAME  what it does" after
// "Commands:").
QStringList cliCommands() {
    QStringList commands;
    bool inList = false;
    const QStringList lines =
        run(QStringLiteral(PERFDECK_CLI), {QStringLiteral("--help")}).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("Commands:"))) {
            inList = true;
            continue;
        }
        static const QRegularExpression entry(QStringLiteral("^  ([a-z][a-z-]*)\\s"));
        if (const auto m = entry.match(line); inList && m.hasMatch())
            commands << m.captured(1);
        else if (inList && line.trimmed().isEmpty())
            break;
    }
    return commands;
}

// The long options of one command's --help, without Qt's own --help and --help-all.
QStringList cliOptions(const QString &command) {
    QStringList options;
    static const QRegularExpression option(QStringLiteral("^  (?:-\\w, )?(--[\\w-]+)"),
                                           QRegularExpression::MultilineOption);
    const QString help = run(QStringLiteral(PERFDECK_CLI), {command, QStringLiteral("--help")});
    for (auto it = option.globalMatch(help); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (name != QLatin1String("--help") && name != QLatin1String("--help-all"))
            options << name;
    }
    return options;
}

// The text a reader sees: roff's `\-` is a hyphen, font changes (`\fB`, `\fR`) are dropped.
QString manText(const QString &page) {
    static const QRegularExpression font(QStringLiteral("\\\\f[BIRP]"));
    return readText(Packaging + QStringLiteral("/man/") + page)
        .replace(QLatin1String("\\-"), QLatin1String("-"))
        .remove(font);
}

// The text of `.SS NAME` up to the next section heading.
QString manSection(const QString &man, const QString &name) {
    const QString heading = QStringLiteral("\n.SS ") + name + QLatin1Char('\n');
    const qsizetype start = man.indexOf(heading);
    if (start < 0)
        return {};
    static const QRegularExpression next(QStringLiteral("\\n\\.S[SH] "));
    const qsizetype end = man.indexOf(next, start + heading.size());
    return man.mid(start, end < 0 ? -1 : end - start);
}

// The branch `LABEL` ... `;;` of a shell case statement.
QString caseBranch(const QString &script, const QString &label) {
    const qsizetype start = script.indexOf(QStringLiteral("\n    ") + label + QLatin1Char('\n'));
    if (start < 0)
        return {};
    return script.mid(start, script.indexOf(QLatin1String(";;"), start) - start);
}

bool mentions(const QString &text, const QString &option) {
    const QRegularExpression word(QStringLiteral("(^|[^\\w-])") +
                                  QRegularExpression::escape(option) +
                                  QStringLiteral("($|[^\\w-])"));
    return word.match(text).hasMatch();
}

} // namespace

class TestCliDocs final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cliOptionsAreDocumented_data();
    void cliOptionsAreDocumented();
    void probeOptionsAreDocumented_data();
    void probeOptionsAreDocumented();
    void bashCompletes_data();
    void bashCompletes();
};

void TestCliDocs::cliOptionsAreDocumented_data() {
    QTest::addColumn<QString>("command");
    const QStringList commands = cliCommands();
    QVERIFY2(commands.size() >= 10, qPrintable(commands.join(QLatin1Char(' '))));
    for (const QString &command : commands)
        QTest::addRow("%s", qPrintable(command)) << command;
}

void TestCliDocs::cliOptionsAreDocumented() {
    QFETCH(QString, command);
    const QStringList options = cliOptions(command);
    QVERIFY2(!options.isEmpty(), qPrintable(command + QStringLiteral(" --help lists nothing")));
    const QString man = manSection(manText(QStringLiteral("perfdeck-cli.1")), command);
    QVERIFY2(!man.isEmpty(), qPrintable(QStringLiteral("packaging/man/perfdeck-cli.1 has no "
                                                       "'.SS %1' section: describe the command "
                                                       "there")
                                            .arg(command)));
    const QString bash = caseBranch(readText(Packaging + "/completions/perfdeck-cli.bash"),
                                    command + QLatin1Char(')'));
    const QString zsh = caseBranch(readText(Packaging + "/completions/_perfdeck-cli"),
                                   QLatin1Char('(') + command + QLatin1Char(')'));
    QVERIFY2(!bash.isEmpty(), qPrintable("no '" + command + ")' branch in perfdeck-cli.bash"));
    QVERIFY2(!zsh.isEmpty(), qPrintable("no '(" + command + ")' branch in _perfdeck-cli"));
    QStringList missing;
    for (const QString &option : options) {
        if (!mentions(man, option))
            missing << QStringLiteral("man/perfdeck-cli.1 (.SS %1): %2").arg(command, option);
        if (!mentions(bash, option))
            missing
                << QStringLiteral("completions/perfdeck-cli.bash (%1)): %2").arg(command, option);
        if (!mentions(zsh, option))
            missing << QStringLiteral("completions/_perfdeck-cli ((%1)): %2").arg(command, option);
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("options of 'perfdeck-cli %1 --help' missing from "
                                       "packaging/:\n  %2")
                            .arg(command, missing.join(QStringLiteral("\n  ")))));
}

void TestCliDocs::probeOptionsAreDocumented_data() {
    QTest::addColumn<QString>("mode");
    QTest::addRow("reflect") << QStringLiteral("reflect");
    QTest::addRow("send") << QStringLiteral("send");
}

void TestCliDocs::probeOptionsAreDocumented() {
    QFETCH(QString, mode);
    // The usage names each mode on its own line, its options on the lines that follow.
    const QString help = run(Probe, {QStringLiteral("--help")});
    QVERIFY2(help.contains(QLatin1String("perfdeck-probe ") + mode), qPrintable(help));
    const qsizetype start = help.indexOf(QLatin1String("perfdeck-probe ") + mode);
    const qsizetype end = help.indexOf(QLatin1String("perfdeck-probe "), start + 1);
    const QString usage = help.mid(start, end < 0 ? -1 : end - start);
    static const QRegularExpression option(QStringLiteral("--[\\w-]+"));
    const QString man = manSection(manText(QStringLiteral("perfdeck-probe.1")), mode);
    QVERIFY2(!man.isEmpty(), qPrintable("no '.SS " + mode + "' in perfdeck-probe.1"));
    int count = 0;
    for (auto it = option.globalMatch(usage); it.hasNext(); ++count) {
        const QString name = it.next().captured();
        QVERIFY2(mentions(man, name), qPrintable(QStringLiteral("perfdeck-probe %1 %2 is not in "
                                                                "packaging/man/perfdeck-probe.1")
                                                     .arg(mode, name)));
    }
    QVERIFY(count >= 5);
}

void TestCliDocs::bashCompletes_data() {
    QTest::addColumn<QStringList>("words"); // the command line, the last word being completed
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("command names") << QStringList{"perfdeck-cli", "re"} << QStringList{"report"};
    QTest::addRow("options of run")
        << QStringList{"perfdeck-cli", "run", "--dur"} << QStringList{"--duration"};
    QTest::addRow("actions of profile")
        << QStringList{"perfdeck-cli", "profile", ""} << QStringList{"list", "show", "validate"};
    QTest::addRow("engines") << QStringList{"perfdeck-cli", "run", "--engine", ""}
                             << QStringList{"iperf3", "netperf"};
    QTest::addRow("a file after --json")
        << QStringList{"perfdeck-cli", "run", "--json", "out"} << QStringList{"out.json"};
}

void TestCliDocs::bashCompletes() {
    QFETCH(QStringList, words);
    QFETCH(QStringList, expected);
    const QString bashCompletion = QStringLiteral("/usr/share/bash-completion/bash_completion");
    QVERIFY2(QFile::exists(bashCompletion),
             "bash-completion is not installed (packaging/install-deps.sh installs it)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile touch(dir.filePath(QStringLiteral("out.json")));
    QVERIFY(touch.open(QIODevice::WriteOnly));
    touch.close();
    QStringList quoted;
    for (const QString &w : words)
        quoted << QLatin1Char('\'') + w + QLatin1Char('\'');
    const QString line = words.join(QLatin1Char(' '));
    const QString script =
        QStringLiteral("source %1\nsource '%2/completions/perfdeck-cli.bash'\n"
                       "COMP_WORDS=(%3)\nCOMP_CWORD=%4\nCOMP_LINE='%5'\nCOMP_POINT=%6\n"
                       "_perfdeck_cli perfdeck-cli\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n")
            .arg(bashCompletion, Packaging, quoted.join(QLatin1Char(' ')))
            .arg(words.size() - 1)
            .arg(line)
            .arg(line.size());
    QProcess bash;
    bash.setWorkingDirectory(dir.path());
    bash.start(QStringLiteral("bash"), {QStringLiteral("--norc"), QStringLiteral("-c"), script});
    QVERIFY(bash.waitForFinished(20000));
    const QString out = QString::fromUtf8(bash.readAllStandardOutput());
    QStringList got = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    got.sort();
    QCOMPARE(got, expected);
}

QTEST_GUILESS_MAIN(TestCliDocs)
#include "tst_clidocs.moc"
