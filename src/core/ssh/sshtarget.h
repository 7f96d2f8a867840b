// Where and as whom to log in over SSH: what an inventory host becomes for the SSH layer.
// A jump host is another target; connections are pooled by key().
#pragma once

#include <QString>

#include <memory>
#include <optional>

namespace Perfdeck {

struct Host;
class Inventory;

struct SshTarget {
    enum class Auth { Auto, Agent, Key, Password };

    QString name; // inventory name, used in messages; the address when empty
    QString host;
    int port = 22;
    QString user; // empty: the local user name
    Auth auth = Auth::Auto;
    QString identityFile; // Key (and Auto): this file; empty: ~/.ssh/id_ed25519, id_ecdsa, id_rsa
    std::shared_ptr<const SshTarget> jump;

    QString effectiveUser() const;
    // "name (user@host:port)" or "user@host:port".
    QString displayName() const;
    // Identity of a connection for the pool (user, address, port, auth, key, jump chain).
    QString key() const;

    // The target for an inventory host, its jump hosts resolved through the inventory.
    // auth: agent becomes Auto (agent first, then key files, as ssh does). Returns nullopt
    // with *error for `local` or an unknown or looping jump host.
    static std::optional<SshTarget> fromHost(const Host &host, const Inventory &inventory,
                                             QString *error = nullptr);
};

// Policy and limits for SSH connections (one value per batch or per application).
struct SshOptions {
    enum class UnknownHostKey { Refuse, Ask, AcceptAndSave };

    QString knownHostsFile; // empty: ~/.ssh/known_hosts
    UnknownHostKey unknownHostKey = UnknownHostKey::Refuse;
    // What a refused unknown key's message tells the user to do (the CLI names its flag).
    QString unknownHostKeyHint = QStringLiteral("accept it once it is verified");
    int connectTimeoutMs = 10000; // TCP connect (or tunnel) plus SSH handshake
    int authTimeoutMs = 20000;    // time waiting for the user's answer not counted
    int keepaliveIntervalS = 15;
    QString agentSocket;     // empty: $SSH_AUTH_SOCK
    bool useKeychain = true; // look passwords and passphrases up in Qt Keychain first

    QString effectiveKnownHostsFile() const;
};

} // namespace Perfdeck
