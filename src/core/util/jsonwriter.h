// Writes indented JSON straight from the data into one growing buffer: big results documents and
// sessions are written without first building a QJsonObject tree (which costs several times the
// parse in allocations). Block containers are laid out byte for byte as
// QJsonDocument::toJson(Indented) would; a Line container keeps its members on one line, so a
// document of thousands of intervals reads (and diffs, and greps) one interval per line and is
// a third of the indented size.
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QStringView>
#include <QVarLengthArray>

#include <functional>
#include <optional>

namespace Perfdeck {

class JsonWriter final {
public:
    // expectedSize: a guess of the output size, so the buffer rarely has to grow.
    explicit JsonWriter(qsizetype expectedSize = 0);

    // The text written so far (call finish() first for a complete document).
    QByteArray takeBytes();

    // Block: one member per line, indented (QJsonDocument's layout). Line: `{"a": 1, "b": 2}` on
    // the line of the container's first character; a Block container inside it starts its own
    // indented lines again, one level deeper than the line it opens on.
    enum class Layout { Block, Line };

    // Members are written in the order of the calls. QJsonDocument sorts the keys of an object,
    // so callers that must match it write the keys in that (code unit) order.
    void beginObject(Layout layout = Layout::Block);
    void endObject();
    void beginArray(Layout layout = Layout::Block);
    void endArray();
    // The key of the next member of the current object: a plain ASCII name, or any text.
    void key(QLatin1StringView name);
    void key(const QString &name);

    void null();
    void value(bool b);
    void value(int n) { value(qint64(n)); }
    void value(qint64 n);
    // A double as QJsonValue stores it: an integer when it is one (up to 2^53), otherwise the
    // shortest text that reads back to the same double; NaN and infinities become null.
    void value(double d);
    void value(QStringView s);
    void value(QLatin1StringView s);
    void value(const char *s) = delete; // say QLatin1StringView or QString explicitly
    // Any QJsonValue (for the free-form parts: the GUI's state, test specs).
    void value(const QJsonValue &v);
    // null when unknown (std::nullopt) or not finite.
    void optional(const std::optional<double> &d);

    template<typename T>
    void member(QLatin1StringView name, const T &v) {
        key(name);
        value(v);
    }
    void optionalMember(QLatin1StringView name, const std::optional<double> &d) {
        key(name);
        optional(d);
    }

    // Writes object with one more member, name, whose value writeValue() streams, at its place
    // in QJsonObject's sorted key order: the big member of a document (its runs, a run's
    // intervals) is streamed and the small rest comes from the toJson() tree, so a field added
    // to toJson() is written without touching the writer.
    void objectWith(const QJsonObject &object, QLatin1StringView name,
                    const std::function<void()> &writeValue);

    // After the outermost value: the trailing newline QJsonDocument ends with.
    void finish();

    // Text of a double as QJsonDocument writes it (for tests and single values).
    static QByteArray formatDouble(double d);

private:
    // Makes room for n more bytes at m_pos.
    void ensure(qsizetype n) {
        if (m_end - m_pos < n)
            grow(n);
    }
    void grow(qsizetype n);
    void put(const char *s, qsizetype n);
    void put(char c) {
        ensure(1);
        *m_pos++ = c;
    }
    void beforeValue();
    void newMember();
    void open(char bracket, Layout layout);
    void close(char bracket);
    void indent(int level);
    void writeString(QStringView s);

    // m_buffer's size is its capacity; m_pos is where the text ends.
    QByteArray m_buffer;
    char *m_pos = nullptr;
    char *m_end = nullptr;
    struct Container {
        bool hasMembers = false;
        bool line = false;
    };
    // Per open container: whether it has a member yet, and its layout. A key already wrote its
    // own separator.
    QVarLengthArray<Container, 16> m_open;
    // How many open containers are Block ones: the indentation of their members.
    int m_blockDepth = 0;
    bool m_afterKey = false;
};

} // namespace Perfdeck
