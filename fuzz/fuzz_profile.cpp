// libFuzzer target: YAML test profiles (ProfileLoader: extends, variables, every test field).
#include "fuzzinput.h"
#include "profiles/profileloader.h"

#include <QFileInfo>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QString path = FuzzInput::writeFile(data, size, QStringLiteral("fuzz.yaml"));
    Perfdeck::ProfileLoader loader;
    loader.setSearchPaths({QFileInfo(path).absolutePath()});
    loader.setVariables({{QStringLiteral("HOST"), QStringLiteral("127.0.0.1")}});
    (void)loader.load(path);
    (void)loader.errorString();
    return 0;
}
