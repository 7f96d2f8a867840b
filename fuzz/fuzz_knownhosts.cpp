// libFuzzer target: known_hosts files (hashed names, [host]:port, markers) and a lookup of a
// host key in them.
#include "fuzzinput.h"
#include "ssh/knownhosts.h"
#include "ssh/sshhostkey.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const Perfdeck::KnownHosts hosts =
        Perfdeck::KnownHosts::parse(FuzzInput::bytes(data, size), QStringLiteral("known_hosts"));
    // An ed25519 key blob: "ssh-ed25519" and 32 bytes of key.
    static const Perfdeck::SshHostKey key = Perfdeck::SshHostKey::fromBase64(
        "AAAAC3NzaC1lZDI1NTE5AAAAIGw8pOHX1bdh6OZqKPCp0ER6N1z7Sh5fKFvByMFXmXbf");
    (void)hosts.check(QStringLiteral("server.example"), 2222, key);
    (void)hosts.check(QStringLiteral("127.0.0.1"), 22, key);
    (void)hosts.knownKeyTypes(QStringLiteral("server.example"), 22);
    return 0;
}
