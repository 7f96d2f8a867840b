// A pair of the history named on the command line: `stats --baseline history:CLIENT..SERVER:N`
// takes the last N ok runs of that pair (like the runs compared with them) as the baseline.
#pragma once

#include <QString>

#include <optional>

namespace Perfdeck {

// "CLIENT..SERVER[:LAST_N]" as `stats --baseline history:...` takes it (after "history:");
// IPv6 addresses in brackets ([::1]..[::1]:20).
struct HistoryPairSpec {
    QString client;
    QString server;
    int lastN = 10;

    static std::optional<HistoryPairSpec> parse(const QString &text, QString *error);
};

} // namespace Perfdeck
