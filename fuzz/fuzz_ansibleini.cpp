// libFuzzer target: Ansible inventories in INI (AnsibleImporter; the file name picks the
// reader, as it does for users).
#include "fuzzinput.h"
#include "inventory/ansibleimporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QString path = FuzzInput::writeFile(data, size, QStringLiteral("hosts.ini"));
    Perfdeck::AnsibleImporter importer;
    (void)importer.import(path);
    return 0;
}
