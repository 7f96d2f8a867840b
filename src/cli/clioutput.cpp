#include "cli/clioutput.h"

#include "cli/commands.h"

#include <QCommandLineParser>

#include <QList>

#include <cerrno>
#include <cstdio>
#include <system_error>

namespace Perfdeck::Cli {

namespace {

int g_stdoutErrno = 0; // first failed write to stdout
StandardErrorSink g_stderrSink;

bool isUnsafe(uint c) {
    if (c == '\n' || c == '\t')
        return false;
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) // C0, DEL, C1 (CSI 0x9b)
           || (c >= 0x202a && c <= 0x202e)      // bidi embeddings and overrides
           || (c >= 0x2066 && c <= 0x2069)      // bidi isolates
           || c == 0x2028 || c == 0x2029 || c == 0x200e || c == 0x200f || c == 0x061c;
}

// Returns 0 or the errno of the failed write.
int write(std::FILE *stream, const QString &text) {
    const QByteArray bytes = terminalSafe(text).toUtf8();
    errno = 0;
    const size_t written = std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    if (std::fflush(stream) == 0 && written == size_t(bytes.size()))
        return 0;
    const int e = errno != 0 ? errno : EIO;
    std::clearerr(stream);
    return e;
}

} // namespace

// DEL, C1 and the bidi controls are written as JSON-style "\u009b": JSON writers leave these
// raw inside strings, and the escape keeps `stats --json` output valid and equal in meaning.
QString terminalSafe(const QString &text) {
    bool clean = true;
    for (const uint c : text.toUcs4()) {
        if (isUnsafe(c)) {
            clean = false;
            break;
        }
    }
    if (clean)
        return text;
    QString out;
    out.reserve(text.size() + 16);
    for (const uint c : text.toUcs4()) {
        if (!isUnsafe(c))
            out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1);
        else if (c < 0x7f) // C0: never raw in JSON output, so "\x1b" cannot clash with it
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        else
            out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
    }
    return out;
}

bool printOut(const QString &text) {
    const int e = write(stdout, text);
    if (e != 0 && g_stdoutErrno == 0)
        g_stdoutErrno = e;
    return e == 0;
}

bool printErr(const QString &text) {
    if (g_stderrSink) {
        g_stderrSink(text, false);
        return true;
    }
    return write(stderr, text) == 0;
}

void printError(const QString &message) {
    const QString text = QStringLiteral("perfdeck-cli: ") + message + QLatin1Char('\n');
    if (g_stderrSink)
        g_stderrSink(text, true);
    else
        write(stderr, text);
}

void setStandardErrorSink(StandardErrorSink sink) {
    g_stderrSink = std::move(sink);
}

bool writeStandardError(const QString &text) {
    return write(stderr, text) == 0;
}

QString standardOutputError() {
    return g_stdoutErrno == 0
               ? QString()
               : QString::fromStdString(std::generic_category().message(g_stdoutErrno));
}

std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &arguments) {
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return ExitBadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return ExitOk;
    }
    return std::nullopt;
}

} // namespace Perfdeck::Cli
