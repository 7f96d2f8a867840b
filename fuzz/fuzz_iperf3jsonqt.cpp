// libFuzzer target: iperf3 -J documents through the QJsonDocument reader (parseDocument and
// parseInterval), which the simdjson build only uses for documents simdjson refuses and for
// --json-stream documents; fuzzed on its own so valid JSON reaches it too.
#include "engines/iperf3jsonparser.h"
#include "fuzzinput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QJsonDocument doc = QJsonDocument::fromJson(FuzzInput::bytes(data, size));
    if (!doc.isObject())
        return 0;
    const QJsonObject o = doc.object();
    (void)Perfdeck::Iperf3JsonParser::parseDocument(o).run.toJson();
    for (const QJsonValue &interval : o.value(QLatin1String("intervals")).toArray())
        (void)Perfdeck::Iperf3JsonParser::parseInterval(interval.toObject());
    return 0;
}
