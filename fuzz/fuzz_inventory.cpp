// libFuzzer target: host inventories (perfdeck.hosts/1 YAML).
#include "fuzzinput.h"
#include "inventory/inventoryloader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    Perfdeck::InventoryLoader loader;
    (void)loader.parse(FuzzInput::bytes(data, size), QStringLiteral("fuzz.yaml"));
    (void)loader.errorString();
    return 0;
}
