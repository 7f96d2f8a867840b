#include "model/resourceusage.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Perfdeck)
};
} // namespace

namespace Perfdeck {

namespace {

template<class Sample>
QList<double> valuesOf(const QList<Sample> &samples, OptDouble Sample::*field) {
    QList<double> out;
    out.reserve(samples.size());
    for (const Sample &s : samples)
        if ((s.*field).has_value() && std::isfinite(*(s.*field)))
            out << *(s.*field);
    return out;
}

OptDouble meanOf(const QList<double> &v) {
    if (v.isEmpty())
        return std::nullopt;
    double sum = 0;
    for (double x : v)
        sum += x;
    return sum / double(v.size());
}

OptDouble maxOf(const QList<double> &v) {
    if (v.isEmpty())
        return std::nullopt;
    return *std::max_element(v.begin(), v.end());
}

// Nearest-rank percentile: a value that was really measured.
OptDouble percentileOf(QList<double> v, double p) {
    if (v.isEmpty())
        return std::nullopt;
    std::sort(v.begin(), v.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(v.size())));
    return v.at(std::clamp<qsizetype>(rank - 1, 0, v.size() - 1));
}

QJsonValue num(const OptDouble &v) {
    return v && std::isfinite(*v) ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

OptDouble optNum(const QJsonValue &v) {
    return v.isDouble() ? OptDouble(v.toDouble()) : std::nullopt;
}

const QStringList &processFields() {
    static const QStringList fields{QStringLiteral("t"), QStringLiteral("cpu_percent"),
                                    QStringLiteral("rss_bytes")};
    return fields;
}

// The columns of an interface sample, in JSON order.
struct InterfaceColumn {
    const char *name;
    OptDouble InterfaceSample::*field;
};
constexpr InterfaceColumn interfaceColumns[] = {
    {"rx_bps", &InterfaceSample::rxBps},
    {"tx_bps", &InterfaceSample::txBps},
    {"rx_pps", &InterfaceSample::rxPps},
    {"tx_pps", &InterfaceSample::txPps},
    {"rx_errors_per_s", &InterfaceSample::rxErrorsPerS},
    {"tx_errors_per_s", &InterfaceSample::txErrorsPerS},
    {"rx_drops_per_s", &InterfaceSample::rxDropsPerS},
    {"tx_drops_per_s", &InterfaceSample::txDropsPerS},
    {"utilisation_percent", &InterfaceSample::utilisationPercent},
};

QStringList interfaceFields() {
    QStringList fields{QStringLiteral("t")};
    for (const InterfaceColumn &c : interfaceColumns)
        fields << QLatin1String(c.name);
    return fields;
}

QJsonObject interfaceToJson(const InterfaceUsage &i) {
    QJsonObject o;
    o.insert(QLatin1String("host"), i.host);
    o.insert(QLatin1String("name"), i.name);
    o.insert(QLatin1String("speed_bps"), num(i.speedBps));
    QJsonArray samples;
    for (const InterfaceSample &s : i.samples) {
        QJsonArray row{s.t};
        for (const InterfaceColumn &c : interfaceColumns)
            row.append(num(s.*c.field));
        samples.append(row);
    }
    o.insert(QLatin1String("samples"), samples);
    for (const InterfaceColumn &c : interfaceColumns) {
        const QString name = QLatin1String(c.name);
        o.insert(name + QLatin1String("_mean"), num(i.mean(c.field)));
        o.insert(name + QLatin1String("_max"), num(i.max(c.field)));
    }
    return o;
}

InterfaceUsage interfaceFromJson(const QJsonObject &o) {
    InterfaceUsage i;
    i.host = o.value(QLatin1String("host")).toString();
    i.name = o.value(QLatin1String("name")).toString();
    i.speedBps = optNum(o.value(QLatin1String("speed_bps")));
    for (const QJsonValue &v : o.value(QLatin1String("samples")).toArray()) {
        const QJsonArray row = v.toArray();
        if (row.isEmpty() || !row.at(0).isDouble())
            continue;
        InterfaceSample s;
        s.t = row.at(0).toDouble();
        int column = 1;
        for (const InterfaceColumn &c : interfaceColumns)
            s.*c.field = optNum(row.at(column++));
        i.samples << s;
    }
    return i;
}

} // namespace

OptDouble ProcessUsage::cpuMeanPercent() const {
    return meanOf(valuesOf(samples, &ProcessSample::cpuPercent));
}

OptDouble ProcessUsage::cpuP90Percent() const {
    return percentileOf(valuesOf(samples, &ProcessSample::cpuPercent), 90);
}

OptDouble ProcessUsage::cpuMaxPercent() const {
    return maxOf(valuesOf(samples, &ProcessSample::cpuPercent));
}

OptDouble ProcessUsage::rssMeanBytes() const {
    return meanOf(valuesOf(samples, &ProcessSample::rssBytes));
}

OptDouble ProcessUsage::rssMaxBytes() const {
    return maxOf(valuesOf(samples, &ProcessSample::rssBytes));
}

OptDouble InterfaceUsage::mean(OptDouble InterfaceSample::*field) const {
    return meanOf(valuesOf(samples, field));
}

OptDouble InterfaceUsage::max(OptDouble InterfaceSample::*field) const {
    return maxOf(valuesOf(samples, field));
}

QList<InterfaceUsage> ResourceUsage::hostTotals() const {
    // Samples of one host's interfaces come from the same snapshots, so equal t lines up.
    QMap<QString, QMap<double, InterfaceSample>> byHost;
    for (const InterfaceUsage &i : interfaces) {
        QMap<double, InterfaceSample> &rows = byHost[i.host];
        for (const InterfaceSample &s : i.samples) {
            InterfaceSample &sum = rows[s.t];
            sum.t = s.t;
            for (const InterfaceColumn &c : interfaceColumns) {
                if (c.field == &InterfaceSample::utilisationPercent || !(s.*c.field))
                    continue;
                sum.*c.field = (sum.*c.field).value_or(0) + *(s.*c.field);
            }
        }
    }
    QList<InterfaceUsage> out;
    for (auto host = byHost.cbegin(); host != byHost.cend(); ++host) {
        InterfaceUsage total;
        total.host = host.key();
        total.name = QStringLiteral("total");
        total.samples = host.value().values();
        out << total;
    }
    return out;
}

QStringList ResourceUsage::cpuBoundWarnings(double thresholdPercent) const {
    QStringList out;
    for (const ProcessUsage &p : processes) {
        // The mean when it is over the limit; else the p90 of a run busy after a slow start.
        const double mean = p.cpuMeanPercent().value_or(0);
        const double worst = mean > thresholdPercent ? mean : p.cpuP90Percent().value_or(0);
        if (worst <= thresholdPercent)
            continue;
        out << Tr::tr("%1 %2 on %3 used %4 % of a core: the result may be the host's "
                      "limit, not the network's")
                   .arg(p.role, p.program.isEmpty() ? QStringLiteral("process") : p.program, p.host,
                        QString::number(std::lround(worst)));
    }
    return out;
}

QJsonObject ResourceUsage::toJson() const {
    QJsonObject o;
    o.insert(QLatin1String("interval_s"), num(intervalS));
    o.insert(QLatin1String("process_sample_fields"), QJsonArray::fromStringList(processFields()));
    o.insert(QLatin1String("interface_sample_fields"),
             QJsonArray::fromStringList(interfaceFields()));
    QJsonArray procs;
    for (const ProcessUsage &p : processes) {
        QJsonArray samples;
        for (const ProcessSample &s : p.samples)
            samples.append(QJsonArray{s.t, num(s.cpuPercent), num(s.rssBytes)});
        procs.append(QJsonObject{
            {QLatin1String("host"), p.host},
            {QLatin1String("role"), p.role},
            {QLatin1String("pid"), double(p.pid)},
            {QLatin1String("program"), p.program},
            {QLatin1String("samples"), samples},
            {QLatin1String("cpu_mean_percent"), num(p.cpuMeanPercent())},
            {QLatin1String("cpu_p90_percent"), num(p.cpuP90Percent())},
            {QLatin1String("cpu_max_percent"), num(p.cpuMaxPercent())},
            {QLatin1String("rss_mean_bytes"), num(p.rssMeanBytes())},
            {QLatin1String("rss_max_bytes"), num(p.rssMaxBytes())},
        });
    }
    o.insert(QLatin1String("processes"), procs);
    QJsonArray ifaces;
    for (const InterfaceUsage &i : interfaces)
        ifaces.append(interfaceToJson(i));
    o.insert(QLatin1String("interfaces"), ifaces);
    QJsonArray totals;
    for (const InterfaceUsage &t : hostTotals())
        totals.append(interfaceToJson(t));
    o.insert(QLatin1String("totals"), totals);
    if (!notes.isEmpty())
        o.insert(QLatin1String("notes"), QJsonArray::fromStringList(notes));
    return o;
}

ResourceUsage ResourceUsage::fromJson(const QJsonObject &o) {
    ResourceUsage r;
    r.intervalS = optNum(o.value(QLatin1String("interval_s")));
    for (const QJsonValue &v : o.value(QLatin1String("processes")).toArray()) {
        const QJsonObject po = v.toObject();
        ProcessUsage p;
        p.host = po.value(QLatin1String("host")).toString();
        p.role = po.value(QLatin1String("role")).toString();
        p.pid = qint64(po.value(QLatin1String("pid")).toDouble());
        p.program = po.value(QLatin1String("program")).toString();
        for (const QJsonValue &sv : po.value(QLatin1String("samples")).toArray()) {
            const QJsonArray row = sv.toArray();
            if (row.isEmpty() || !row.at(0).isDouble())
                continue;
            p.samples << ProcessSample{row.at(0).toDouble(), optNum(row.at(1)), optNum(row.at(2))};
        }
        r.processes << p;
    }
    for (const QJsonValue &v : o.value(QLatin1String("interfaces")).toArray())
        r.interfaces << interfaceFromJson(v.toObject());
    for (const QJsonValue &v : o.value(QLatin1String("notes")).toArray())
        r.notes << v.toString();
    return r;
}

} // namespace Perfdeck
