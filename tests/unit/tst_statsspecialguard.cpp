// tst_statsspecial compares against rows of reference.json; with the rows missing it must
// fail instead of passing without checking anything. Runs it on a reference file that lacks
// one function's rows and expects that function's test to fail.
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestStatsSpecialGuard : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void missingRowsFail_data() {
        QTest::addColumn<QString>("function");
        QTest::addColumn<QString>("rows");
        QTest::addRow("normal") << "normalDistribution"
                                << "normal";
        QTest::addRow("normal_ppf") << "normalQuantileMatchesNdtri"
                                    << "normal_ppf";
        QTest::addRow("t") << "studentT"
                           << "t";
        QTest::addRow("t_ppf") << "studentTQuantileMatchesPpf"
                               << "t_ppf";
        QTest::addRow("betainc") << "incompleteBeta"
                                 << "betainc";
        QTest::addRow("gammainc") << "incompleteGammaAndChiSquared"
                                  << "gammainc";
        QTest::addRow("chi2_sf") << "incompleteGammaAndChiSquared"
                                 << "chi2_sf";
    }

    void missingRowsFail() {
        QFETCH(QString, function);
        QFETCH(QString, rows);
        const QString tool =
            QCoreApplication::applicationDirPath() + QStringLiteral("/tst_statsspecial");
        QVERIFY2(QFile::exists(tool), qPrintable(tool + QStringLiteral(" is not built")));
        QFile reference(QStringLiteral(PERFDECK_TEST_DATA "/stats/reference.json"));
        QVERIFY(reference.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(reference.readAll()).object();
        QJsonObject special = root.value(QStringLiteral("special")).toObject();
        QVERIFY(special.contains(rows));
        special.remove(rows);
        root.insert(QStringLiteral("special"), special);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile lacking(dir.filePath(QStringLiteral("reference.json")));
        QVERIFY(lacking.open(QIODevice::WriteOnly));
        lacking.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
        lacking.close();

        const auto run = [&](const QString &path) {
            QProcess process;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("PERFDECK_STATS_REFERENCE"), path);
            process.setProcessEnvironment(environment);
            process.start(tool, {function});
            if (!process.waitForFinished(60000))
                process.kill();
            return std::pair{process.exitCode(),
                             QString::fromUtf8(process.readAllStandardOutput())};
        };
        const auto [failed, output] = run(lacking.fileName());
        QVERIFY2(failed != 0, qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("'%1' rows").arg(rows)), qPrintable(output));
        // The same function passes on the complete file, so the failure is the missing rows.
        const auto [passed, complete] = run(reference.fileName());
        QVERIFY2(passed == 0, qPrintable(complete));
    }
};

QTEST_GUILESS_MAIN(TestStatsSpecialGuard)
#include "tst_statsspecialguard.moc"
