// /metrics with 64 live runs: LiveRuns fed 64 runs' interval samples at 10 Hz (the signals a
// JobRunner sends), the exposition built and served by MetricsServer, scraped over loopback
// by a client thread with plain sockets (what a Prometheus server sees: request to last byte).
// Prints p50/p99/max of the scrape and of building the text alone, and what feeding LiveRuns
// costs per sample. Goal (issue 11): a scrape under 5 ms.
#include "exec/jobrunner.h"
#include "monitor/liveruns.h"
#include "monitor/metricsserver.h"
#include "monitor/prometheustext.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <arpa/inet.h>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <netinet/in.h>
#include <string>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace Perfdeck;

namespace {

constexpr int Runs = 64;
constexpr int Scrapes = 300;

double percentile(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    return v.at(std::min(v.size() - 1, size_t(p * double(v.size()))));
}

// One GET /metrics on a fresh connection; milliseconds to the last byte, or -1.
double scrape(quint16 port, size_t *bytes) {
    const auto start = std::chrono::steady_clock::now();
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        ::close(fd);
        return -1;
    }
    const char request[] = "GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
    if (::send(fd, request, sizeof request - 1, 0) < 0) {
        ::close(fd);
        return -1;
    }
    // Qt HTTP Server 6.4 keeps the connection open despite "Connection: close": read up to
    // the end of the body that Content-Length announces.
    std::string data;
    char buffer[65536];
    size_t want = std::string::npos;
    while (want == std::string::npos || data.size() < want) {
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n <= 0)
            break;
        data.append(buffer, size_t(n));
        const size_t headerEnd = data.find("\r\n\r\n");
        if (want == std::string::npos && headerEnd != std::string::npos) {
            const size_t at = data.find("Content-Length: ");
            if (at == std::string::npos || at > headerEnd)
                break;
            want = headerEnd + 4 + std::stoul(data.substr(at + 16));
        }
    }
    const size_t total = data.size();
    ::close(fd);
    *bytes = total;
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    JobRunner runner;
    LiveRuns live;
    live.attach(&runner);
    for (int i = 0; i < Runs; ++i) {
        TestSpec spec;
        spec.durationS = 3600;
        spec.clientHost = QStringLiteral("client-%1").arg(i % 8);
        spec.serverHost = QStringLiteral("server-%1").arg(i / 8);
        Q_EMIT runner.runStarted(i, QStringLiteral("run-%1").arg(i, 8, 16, QChar('0')), spec);
    }
    MetricsServer server(&live);
    QString error;
    ListenAddress where;
    where.address = QHostAddress(QHostAddress::LocalHost);
    if (!server.start(where, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }

    // 64 runs x 10 samples/s, as JobRunner forwards them, timed on the UI-side thread.
    double elapsed = 0;
    qint64 feedNs = 0;
    qint64 samples = 0;
    QTimer feed;
    feed.setInterval(100);
    QObject::connect(&feed, &QTimer::timeout, &live, [&] {
        elapsed += 0.1;
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < Runs; ++i) {
            IntervalSample s;
            s.startS = elapsed - 0.1;
            s.endS = elapsed;
            s.bps = 9.4e9 + i * 1e6 + elapsed;
            s.retransmits = i % 3;
            Q_EMIT runner.intervalSample(i, s);
        }
        feedNs += t.nsecsElapsed();
        samples += Runs;
    });
    feed.start();

    std::vector<double> scrapeMs;
    std::atomic<bool> done{false};
    size_t pageBytes = 0;
    std::thread client([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
        for (int i = 0; i < Scrapes; ++i) {
            const double ms = scrape(server.port(), &pageBytes);
            if (ms >= 0)
                scrapeMs.push_back(ms);
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        done = true;
    });
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        if (done)
            app.quit();
    });
    poll.start();
    app.exec();
    client.join();

    std::vector<double> buildMs;
    size_t textBytes = 0;
    for (int i = 0; i < 200; ++i) {
        QElapsedTimer t;
        t.start();
        textBytes = size_t(prometheusText(live).size());
        buildMs.push_back(t.nsecsElapsed() / 1e6);
    }
    if (scrapeMs.empty()) {
        std::fprintf(stderr, "no scrape succeeded\n");
        return 1;
    }
    std::printf("/metrics with %d live runs fed at 10 Hz (%zu-byte page, %zu scrapes)\n", Runs,
                textBytes, scrapeMs.size());
    std::printf("%-34s %8s %8s %8s %8s\n", "", "p50 ms", "p99 ms", "max ms", "goal");
    std::printf("%-34s %8.3f %8.3f %8.3f %8s\n", "scrape over loopback (HTTP)",
                percentile(scrapeMs, 0.5), percentile(scrapeMs, 0.99),
                *std::max_element(scrapeMs.begin(), scrapeMs.end()), "<5");
    std::printf("%-34s %8.3f %8.3f %8.3f %8s\n", "exposition text alone", percentile(buildMs, 0.5),
                percentile(buildMs, 0.99), *std::max_element(buildMs.begin(), buildMs.end()), "-");
    std::printf("LiveRuns: %.2f us per interval sample (%lld samples, %.3f %% of a core at "
                "64 runs x 10 Hz)\n",
                samples ? feedNs / 1e3 / double(samples) : 0.0, samples,
                samples ? feedNs / 1e9 / (samples / (Runs * 10.0)) * 100 : 0.0);
    std::printf("page bytes over HTTP: %zu\n", pageBytes);
    return 0;
}
