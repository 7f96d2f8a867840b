// One line of the probe's JSON-lines output, built field by field without a JSON library (the
// probe is linked statically and copied to hosts: no Qt, no dependencies).
#pragma once

#include <cstdint>
#include <string>

namespace probe {

class JsonLine final {
public:
    JsonLine &field(const char *key, const std::string &value);
    JsonLine &field(const char *key, const char *value) { return field(key, std::string(value)); }
    JsonLine &field(const char *key, double value); // non-finite -> null
    JsonLine &field(const char *key, std::uint64_t value);
    JsonLine &field(const char *key, std::int64_t value);
    JsonLine &field(const char *key, int value) { return field(key, std::int64_t(value)); }
    JsonLine &field(const char *key, unsigned value) { return field(key, std::uint64_t(value)); }
    JsonLine &field(const char *key, bool value);
    JsonLine &null(const char *key);
    // value is inserted as it is (an object or array built by another JsonLine/raw text).
    JsonLine &raw(const char *key, const std::string &json);
    // "{...}" of the fields so far.
    std::string object() const { return "{" + m_body + "}"; }
    // Writes object() and a newline to stdout in one write and flushes.
    void print() const;

    static std::string quoted(const std::string &text);

private:
    void key(const char *key);
    std::string m_body;
};

} // namespace probe
