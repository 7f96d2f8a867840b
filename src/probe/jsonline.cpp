#include "jsonline.h"

#include <cmath>
#include <cstdio>
#include <unistd.h>

namespace probe {

std::string JsonLine::quoted(const std::string &text) {
    std::string out = "\"";
    for (const unsigned char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += char(c);
        } else if (c < 0x20) {
            char buffer[8];
            std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
            out += buffer;
        } else {
            out += char(c);
        }
    }
    return out + "\"";
}

void JsonLine::key(const char *key) {
    if (!m_body.empty())
        m_body += ',';
    m_body += quoted(key);
    m_body += ':';
}

JsonLine &JsonLine::field(const char *k, const std::string &value) {
    key(k);
    m_body += quoted(value);
    return *this;
}

JsonLine &JsonLine::field(const char *k, double value) {
    key(k);
    if (!std::isfinite(value)) {
        m_body += "null";
    } else {
        char buffer[40];
        std::snprintf(buffer, sizeof buffer, "%.9g", value);
        m_body += buffer;
    }
    return *this;
}

JsonLine &JsonLine::field(const char *k, std::uint64_t value) {
    key(k);
    m_body += std::to_string(value);
    return *this;
}

JsonLine &JsonLine::field(const char *k, std::int64_t value) {
    key(k);
    m_body += std::to_string(value);
    return *this;
}

JsonLine &JsonLine::field(const char *k, bool value) {
    key(k);
    m_body += value ? "true" : "false";
    return *this;
}

JsonLine &JsonLine::null(const char *k) {
    key(k);
    m_body += "null";
    return *this;
}

JsonLine &JsonLine::raw(const char *k, const std::string &json) {
    key(k);
    m_body += json;
    return *this;
}

void JsonLine::print() const {
    const std::string line = object() + "\n";
    // One write per line: a reader never sees half a line from us unless we are killed.
    std::size_t done = 0;
    while (done < line.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, line.data() + done, line.size() - done);
        if (n <= 0)
            return; // the reader went away: nothing to do about it here
        done += std::size_t(n);
    }
}

} // namespace probe
