#include "util/jsonwriter.h"

#include <QCborValue>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

namespace Perfdeck {

namespace {

constexpr int IndentWidth = 4;
// Doubles up to 2^53 in magnitude that hold an integer are stored (and written) by QJsonValue as
// integers; beyond that an integer would claim more precision than the double has.
constexpr double MaxExactInteger = 9007199254740992.0;

char hexDigit(unsigned v) {
    return char(v < 10 ? '0' + v : 'a' + v - 10);
}

// Qt's 'g' with FloatingPointShortest and a zero-padded two-digit exponent: the shortest digits
// that round-trip, in decimal notation unless the exponent form is shorter.
char *formatFloating(char *p, double d) {
    char sci[40];
    const auto r = std::to_chars(sci, sci + sizeof sci, d, std::chars_format::scientific);
    const char *s = sci;
    if (*s == '-')
        *p++ = *s++;
    // s: "D[.DDD]e[+-]XX"
    char digits[24];
    int count = 0;
    for (; *s != 'e'; ++s) {
        if (*s != '.')
            digits[count++] = *s;
    }
    ++s; // 'e'
    const bool negativeExponent = *s == '-';
    ++s;
    int exponent = 0;
    for (; s < r.ptr; ++s)
        exponent = exponent * 10 + (*s - '0');
    if (negativeExponent)
        exponent = -exponent;
    const int decpt = exponent + 1; // digits are 0.DDD x 10^decpt
    const int magnitude = exponent < 0 ? -exponent : exponent;
    // Whichever notation is shorter; decimal when they tie.
    const int decimalLength = decpt <= 0 ? 2 - decpt + count : decpt < count ? count + 1 : decpt;
    const int exponentLength = count + (count > 1 ? 1 : 0) + 2 + (magnitude < 100 ? 2 : 3);
    const bool useDecimal = decimalLength <= exponentLength;
    if (useDecimal) {
        if (decpt <= 0) {
            *p++ = '0';
            *p++ = '.';
            for (int i = 0; i < -decpt; ++i)
                *p++ = '0';
            std::memcpy(p, digits, size_t(count));
            p += count;
        } else if (decpt >= count) {
            std::memcpy(p, digits, size_t(count));
            p += count;
            for (int i = count; i < decpt; ++i)
                *p++ = '0';
        } else {
            std::memcpy(p, digits, size_t(decpt));
            p += decpt;
            *p++ = '.';
            std::memcpy(p, digits + decpt, size_t(count - decpt));
            p += count - decpt;
        }
        return p;
    }
    *p++ = digits[0];
    if (count > 1) {
        *p++ = '.';
        std::memcpy(p, digits + 1, size_t(count - 1));
        p += count - 1;
    }
    *p++ = 'e';
    *p++ = exponent < 0 ? '-' : '+';
    if (magnitude < 10)
        *p++ = '0';
    return std::to_chars(p, p + 4, magnitude).ptr;
}

// Writes d into p (at least 40 bytes) and returns the end.
char *formatNumber(char *p, double d) {
    if (!std::isfinite(d)) {
        std::memcpy(p, "null", 4);
        return p + 4;
    }
    if (std::abs(d) <= MaxExactInteger && d == std::trunc(d))
        return std::to_chars(p, p + 24, qint64(d)).ptr;
    return formatFloating(p, d);
}

} // namespace

JsonWriter::JsonWriter(qsizetype expectedSize) {
    m_buffer.resize(std::max<qsizetype>(expectedSize, 256));
    m_pos = m_buffer.data();
    m_end = m_pos + m_buffer.size();
}

QByteArray JsonWriter::takeBytes() {
    m_buffer.resize(m_pos - m_buffer.constData());
    QByteArray bytes = std::move(m_buffer);
    m_buffer = QByteArray();
    m_pos = m_end = nullptr;
    return bytes;
}

void JsonWriter::grow(qsizetype n) {
    const qsizetype used = m_pos - m_buffer.constData();
    m_buffer.resize(std::max(used + n, m_buffer.size() * 2));
    m_pos = m_buffer.data() + used;
    m_end = m_buffer.data() + m_buffer.size();
}

void JsonWriter::put(const char *s, qsizetype n) {
    ensure(n);
    std::memcpy(m_pos, s, size_t(n));
    m_pos += n;
}

QByteArray JsonWriter::formatDouble(double d) {
    char buffer[40];
    return QByteArray(buffer, formatNumber(buffer, d) - buffer);
}

void JsonWriter::indent(int level) {
    const qsizetype n = qsizetype(level) * IndentWidth;
    ensure(n);
    std::memset(m_pos, ' ', size_t(n));
    m_pos += n;
}

// The separator, line break and indentation before an object member or array element.
void JsonWriter::newMember() {
    Container &c = m_open.last();
    if (c.line) {
        if (c.hasMembers)
            put(", ", 2);
        c.hasMembers = true;
        return;
    }
    if (c.hasMembers)
        put(',');
    c.hasMembers = true;
    put('\n');
    indent(m_blockDepth);
}

void JsonWriter::beforeValue() {
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_open.isEmpty()) // an array element, not the outermost value
        newMember();
}

void JsonWriter::key(QLatin1StringView name) {
    newMember();
    ensure(name.size() + 4);
    *m_pos++ = '"';
    std::memcpy(m_pos, name.data(), size_t(name.size()));
    m_pos += name.size();
    std::memcpy(m_pos, "\": ", 3);
    m_pos += 3;
    m_afterKey = true;
}

void JsonWriter::key(const QString &name) {
    newMember();
    writeString(name);
    put(": ", 2);
    m_afterKey = true;
}

void JsonWriter::objectWith(const QJsonObject &object, QLatin1StringView name,
                            const std::function<void()> &writeValue) {
    beginObject();
    bool written = false;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString k = it.key();
        if (!written && QStringView(k).compare(name) > 0) {
            key(name);
            writeValue();
            written = true;
        }
        key(k);
        value(it.value());
    }
    if (!written) {
        key(name);
        writeValue();
    }
    endObject();
}

void JsonWriter::open(char bracket, Layout layout) {
    beforeValue();
    put(bracket);
    const bool line = layout == Layout::Line;
    m_open.append(Container{false, line});
    if (!line)
        ++m_blockDepth;
}

void JsonWriter::close(char bracket) {
    const bool line = m_open.last().line;
    m_open.removeLast();
    if (!line) {
        // QJsonDocument breaks the line after "{" or "[" even when nothing follows.
        --m_blockDepth;
        put('\n');
        indent(m_blockDepth);
    }
    put(bracket);
}

void JsonWriter::beginObject(Layout layout) {
    open('{', layout);
}

void JsonWriter::endObject() {
    close('}');
}

void JsonWriter::beginArray(Layout layout) {
    open('[', layout);
}

void JsonWriter::endArray() {
    close(']');
}

void JsonWriter::finish() {
    put('\n');
}

void JsonWriter::null() {
    beforeValue();
    put("null", 4);
}

void JsonWriter::value(bool b) {
    beforeValue();
    if (b)
        put("true", 4);
    else
        put("false", 5);
}

void JsonWriter::value(qint64 n) {
    beforeValue();
    ensure(24);
    m_pos = std::to_chars(m_pos, m_pos + 24, n).ptr;
}

void JsonWriter::value(double d) {
    beforeValue();
    ensure(40);
    m_pos = formatNumber(m_pos, d);
}

void JsonWriter::optional(const std::optional<double> &d) {
    if (d)
        value(*d);
    else
        null();
}

void JsonWriter::value(QStringView s) {
    beforeValue();
    writeString(s);
}

void JsonWriter::value(QLatin1StringView s) {
    beforeValue();
    // Latin-1 above 0x7f needs UTF-8 encoding: take the general path.
    for (char c : s) {
        if (uchar(c) >= 0x80 || uchar(c) < 0x20 || c == '"' || c == '\\') {
            writeString(QString(s));
            return;
        }
    }
    ensure(s.size() + 2);
    *m_pos++ = '"';
    std::memcpy(m_pos, s.data(), size_t(s.size()));
    m_pos += s.size();
    *m_pos++ = '"';
}

void JsonWriter::writeString(QStringView s) {
    // Worst case per UTF-16 unit: 6 bytes ("\u001f"); a surrogate pair takes 4 for 2 units.
    ensure(2 + s.size() * 6);
    char *p = m_pos;
    *p++ = '"';
    const char16_t *src = s.utf16();
    const char16_t *const end = src + s.size();
    while (src != end) {
        const char16_t u = *src++;
        if (u < 0x80) {
            if (u >= 0x20 && u != '"' && u != '\\') {
                *p++ = char(u);
                continue;
            }
            *p++ = '\\';
            switch (u) {
            case '"':
                *p++ = '"';
                break;
            case '\\':
                *p++ = '\\';
                break;
            case '\b':
                *p++ = 'b';
                break;
            case '\f':
                *p++ = 'f';
                break;
            case '\n':
                *p++ = 'n';
                break;
            case '\r':
                *p++ = 'r';
                break;
            case '\t':
                *p++ = 't';
                break;
            default:
                *p++ = 'u';
                *p++ = '0';
                *p++ = '0';
                *p++ = hexDigit(u >> 4);
                *p++ = hexDigit(u & 0xf);
            }
        } else if (u < 0x800) {
            *p++ = char(0xc0 | (u >> 6));
            *p++ = char(0x80 | (u & 0x3f));
        } else if (!QChar::isSurrogate(u)) {
            *p++ = char(0xe0 | (u >> 12));
            *p++ = char(0x80 | ((u >> 6) & 0x3f));
            *p++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && src != end && QChar::isLowSurrogate(*src)) {
            const char32_t c = QChar::surrogateToUcs4(u, *src++);
            *p++ = char(0xf0 | (c >> 18));
            *p++ = char(0x80 | ((c >> 12) & 0x3f));
            *p++ = char(0x80 | ((c >> 6) & 0x3f));
            *p++ = char(0x80 | (c & 0x3f));
        } else {
            // A lone surrogate has no UTF-8 form: QJsonDocument escapes it.
            *p++ = '\\';
            *p++ = 'u';
            *p++ = hexDigit((u >> 12) & 0xf);
            *p++ = hexDigit((u >> 8) & 0xf);
            *p++ = hexDigit((u >> 4) & 0xf);
            *p++ = hexDigit(u & 0xf);
        }
    }
    *p++ = '"';
    m_pos = p;
}

void JsonWriter::value(const QJsonValue &v) {
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        null();
        break;
    case QJsonValue::Bool:
        value(v.toBool());
        break;
    case QJsonValue::Double:
        // QJsonValue keeps integers (of any size) apart from doubles: write each as it would.
        if (const QCborValue c = QCborValue::fromJsonValue(v); c.isInteger())
            value(c.toInteger());
        else
            value(v.toDouble());
        break;
    case QJsonValue::String:
        value(QStringView(v.toString()));
        break;
    case QJsonValue::Array: {
        beginArray();
        const QJsonArray array = v.toArray();
        for (const QJsonValue &element : array)
            value(element);
        endArray();
        break;
    }
    case QJsonValue::Object: {
        beginObject();
        const QJsonObject object = v.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            key(it.key());
            value(it.value());
        }
        endObject();
        break;
    }
    }
}

} // namespace Perfdeck
