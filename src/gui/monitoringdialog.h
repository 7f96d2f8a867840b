// Run > Monitoring and Exporters…: switches the Prometheus endpoint, the StatsD push, the
// InfluxDB line-protocol file and the web dashboard on and off and says where they are
// (URLs, the web dashboard's token). Apply and OK start what is on through MonitoringCenter;
// a setting that fails is named and the dialog stays open.
#pragma once

#include "monitor/monitoringsettings.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
QT_END_NAMESPACE

namespace Perfdeck {

class MonitoringCenter;

class MonitoringDialog final : public QDialog {
    Q_OBJECT
public:
    MonitoringDialog(MonitoringCenter *center, QWidget *parent = nullptr);
    ~MonitoringDialog() override;

    // The settings as the fields show them.
    MonitoringSettings fieldSettings() const;
    void setFields(const MonitoringSettings &settings);
    // Applies the fields; false (and the reason shown in the dialog) when one failed.
    bool apply();

    // Parts, for tests.
    QGroupBox *metricsBox() const { return m_metricsBox; }
    QLineEdit *metricsEdit() const { return m_metricsListen; }
    QGroupBox *statsdBox() const { return m_statsdBox; }
    QLineEdit *statsdEdit() const { return m_statsd; }
    QGroupBox *influxBox() const { return m_influxBox; }
    QLineEdit *influxEdit() const { return m_influxFile; }
    QGroupBox *webBox() const { return m_webBox; }
    QLineEdit *webEdit() const { return m_webListen; }
    QLineEdit *tokenEdit() const { return m_token; }
    QLabel *statusLabel() const { return m_status; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void updateStatus();
    void browse(QLineEdit *edit, const QString &title, bool save);

    MonitoringCenter *m_center;
    QGroupBox *m_metricsBox = nullptr;
    QLineEdit *m_metricsListen = nullptr;
    QLabel *m_metricsUrl = nullptr;
    QGroupBox *m_statsdBox = nullptr;
    QLineEdit *m_statsd = nullptr;
    QGroupBox *m_influxBox = nullptr;
    QLineEdit *m_influxFile = nullptr;
    QGroupBox *m_webBox = nullptr;
    QLineEdit *m_webListen = nullptr;
    QLineEdit *m_tlsCert = nullptr;
    QLineEdit *m_tlsKey = nullptr;
    QLabel *m_webUrl = nullptr;
    QLineEdit *m_token = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_tokenKey; // kept as the center has it: not a field
    bool m_showingWebError = false;
};

} // namespace Perfdeck
