// libFuzzer target: traffic pattern specs (`run --pattern`, `pattern:` in profiles), parsed by
// TrafficPattern. A spec that parses must give finite rates within its peak, whole TCP phases
// or a clear refusal, and a probe argument that perfdeck-probe's RatePattern accepts and
// paces at the same mean rate (the two halves of one pattern must agree).
#include "fuzzinput.h"
#include "qos/trafficpattern.h"
#include "ratepattern.h"

#include <cmath>
#include <cstdlib>
#include <string>

namespace {

void check(bool ok) {
    if (!ok)
        std::abort();
}

bool finiteRate(double bps, double peak) {
    return std::isfinite(bps) && bps >= -1e-6 * peak && bps <= peak * (1 + 1e-9) + 1e-9;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QString spec = QString::fromUtf8(FuzzInput::bytes(data, size));
    QString error;
    const std::optional<Perfdeck::TrafficPattern> pattern =
        Perfdeck::TrafficPattern::parse(spec, &error);
    if (!pattern) {
        check(!error.isEmpty());
        return 0;
    }
    const double peak = pattern->peakBps();
    check(std::isfinite(peak) && peak > 0);
    check(pattern->cycleS() > 0 && !pattern->cycle().isEmpty());
    for (const double t : {0.0, 0.25, 1.0, pattern->cycleS() / 3, pattern->cycleS(), 7.5, 3600.0})
        check(finiteRate(pattern->rateAt(t), peak));
    check(finiteRate(pattern->meanBps(0, pattern->cycleS()), peak));
    check(finiteRate(pattern->meanBps(0.5, 1.5), peak));
    const QList<Perfdeck::TrafficPattern::Phase> segments = pattern->segmentsOver(4);
    check(!segments.isEmpty());
    for (const auto &s : segments)
        check(finiteRate(s.bps, peak) && s.durationS > 0);
    QString phaseError;
    const auto phases = pattern->tcpPhases(4, &phaseError);
    if (phases) {
        double total = 0;
        for (const auto &p : *phases) {
            check(finiteRate(p.bps, peak) && p.durationS >= 1);
            total += p.durationS;
        }
        check(std::fabs(total - 4) < 1e-6);
    } else {
        check(!phaseError.isEmpty());
    }
    // What the probe is given must be what the pattern asked for.
    probe::RatePattern paced;
    std::string probeError;
    check(probe::RatePattern::parse(pattern->probeArgument().toStdString(), &paced, &probeError));
    check(paced.size() == std::size_t(pattern->cycle().size()));
    const double want = pattern->meanBps(0, pattern->cycleS());
    const double got = paced.meanBps(0, pattern->cycleS());
    check(std::fabs(got - want) <= 1e-6 * want + 1e-6);
    return 0;
}
