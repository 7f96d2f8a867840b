// libFuzzer target: OpenSSH client configurations (SshConfigImporter). Relative Includes stay in
// the fuzzer's own folder.
#include "fuzzinput.h"
#include "inventory/sshconfigimporter.h"

#include <QFileInfo>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QString path = FuzzInput::writeFile(data, size, QStringLiteral("config"));
    Perfdeck::SshConfigImporter importer;
    importer.setSshDirectory(QFileInfo(path).absolutePath());
    importer.setHomeDirectory(QFileInfo(path).absolutePath());
    importer.setLocalUser(QStringLiteral("fuzz"));
    (void)importer.import(path);
    return 0;
}
