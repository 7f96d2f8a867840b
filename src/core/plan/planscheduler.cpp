#include "plan/planscheduler.h"

#include <algorithm>

namespace Perfdeck {

QString toString(CellStatus status) {
    switch (status) {
    case CellStatus::Queued:
        return QStringLiteral("queued");
    case CellStatus::Starting:
        return QStringLiteral("starting");
    case CellStatus::Running:
        return QStringLiteral("running");
    case CellStatus::Done:
        return QStringLiteral("done");
    case CellStatus::Failed:
        return QStringLiteral("failed");
    case CellStatus::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

void PlanScheduler::setLimits(const Limits &limits) {
    m_limits = limits;
    m_limits.maxParallel = qMax(1, limits.maxParallel);
    m_limits.maxPerHost = qMax(0, limits.maxPerHost);
    m_limits.maxRetries = qMax(0, limits.maxRetries);
    m_hostBlocked = false;
}

int PlanScheduler::hostId(const QString &name) {
    auto it = m_hostIds.constFind(name);
    if (it != m_hostIds.cend())
        return *it;
    const int id = int(m_hostLoad.size());
    m_hostIds.insert(name, id);
    m_hostLoad.append(0);
    return id;
}

void PlanScheduler::setJobs(const QList<PlanJob> &jobs) {
    m_jobs.clear();
    m_pairs.clear();
    m_hostIds.clear();
    m_hostLoad.clear();
    m_cellJobs.clear();
    m_cellOrder.clear();
    m_cursor = 0;
    m_hostBlocked = false;
    m_dirtyHosts.clear();
    m_dirtyPairs.clear();
    m_hostPairs.clear();
    m_activeWeight = 0;
    m_pending = int(jobs.size());
    m_jobs.reserve(jobs.size());

    // Clients and servers numbered separately, in order of appearance, to lay pairs out by
    // diagonals: (c0,s0) (c1,s1) ... (c0,s1) (c1,s2) ... so consecutive pairs share no host.
    QHash<QString, int> clientIndex;
    QHash<QString, int> serverIndex;
    QHash<quint64, int> pairOfKey;
    QList<std::pair<quint64, int>> pairKeys; // (diagonal order key, pair index)
    for (const PlanJob &job : jobs) {
        Slot slot;
        slot.job = job;
        slot.job.weight = qMax(1, job.weight);
        slot.clientId = hostId(job.client);
        slot.serverId = hostId(job.server);
        const int ci = int(clientIndex.size());
        const int c = *clientIndex.insert(job.client, clientIndex.value(job.client, ci));
        const int si = int(serverIndex.size());
        const int s = *serverIndex.insert(job.server, serverIndex.value(job.server, si));
        const quint64 key = (quint64(quint32(c)) << 32) | quint32(s);
        auto it = pairOfKey.constFind(key);
        if (it == pairOfKey.cend()) {
            it = pairOfKey.insert(key, int(m_pairs.size()));
            m_pairs.append(Pair{});
        }
        slot.pair = *it;
        m_pairs[slot.pair].queue.push_back(int(m_jobs.size()));
        auto &cellJobs = m_cellJobs[job.cell];
        if (cellJobs.isEmpty())
            m_cellOrder.append(job.cell);
        cellJobs.append(int(m_jobs.size()));
        m_jobs.append(slot);
    }
    const qint64 servers = qMax<qint64>(1, serverIndex.size());
    for (auto it = pairOfKey.cbegin(); it != pairOfKey.cend(); ++it) {
        const qint64 c = qint64(it.key() >> 32);
        const qint64 s = qint64(it.key() & 0xffffffffu);
        const qint64 diagonal = ((s - c) % servers + servers) % servers;
        pairKeys.append({quint64(diagonal) << 32 | quint64(c), it.value()});
    }
    std::sort(pairKeys.begin(), pairKeys.end());
    QList<Pair> ordered;
    ordered.reserve(m_pairs.size());
    QList<int> newIndex(m_pairs.size());
    for (const auto &[key, index] : std::as_const(pairKeys)) {
        newIndex[index] = int(ordered.size());
        ordered.append(std::move(m_pairs[index]));
    }
    m_pairs = std::move(ordered);
    m_hostPairs = QList<QList<int>>(m_hostLoad.size());
    QList<bool> seen(m_pairs.size(), false);
    for (Slot &slot : m_jobs) {
        slot.pair = newIndex.at(slot.pair);
        if (seen.at(slot.pair))
            continue;
        seen[slot.pair] = true;
        m_hostPairs[slot.clientId].append(slot.pair);
        if (slot.serverId != slot.clientId)
            m_hostPairs[slot.serverId].append(slot.pair);
    }
    for (QList<int> &pairs : m_hostPairs)
        std::sort(pairs.begin(), pairs.end());
}

bool PlanScheduler::fits(const Slot &slot) const {
    const int w = slot.job.weight;
    if (m_activeWeight > 0 && m_activeWeight + w > m_limits.maxParallel)
        return false;
    if (m_limits.maxPerHost == 0)
        return true;
    for (const int host : {slot.clientId, slot.serverId}) {
        const int load = m_hostLoad.at(host);
        if (load > 0 && load + w > m_limits.maxPerHost)
            return false;
    }
    return true;
}

void PlanScheduler::account(const Slot &slot, int sign) {
    const int w = sign * slot.job.weight;
    m_activeWeight += w;
    m_hostLoad[slot.clientId] += w;
    if (slot.serverId != slot.clientId)
        m_hostLoad[slot.serverId] += w;
}

int PlanScheduler::frontThatFits(int pair) const {
    const std::deque<int> &queue = m_pairs.at(pair).queue;
    return !queue.empty() && fits(m_jobs.at(queue.front())) ? queue.front() : -1;
}

int PlanScheduler::take(int pair) {
    std::deque<int> &queue = m_pairs[pair].queue;
    const int index = queue.front();
    queue.pop_front();
    Slot &slot = m_jobs[index];
    slot.status = CellStatus::Starting;
    slot.reason.clear();
    ++slot.attempts;
    account(slot, +1);
    m_cursor = (pair + 1) % int(m_pairs.size());
    if (m_hostBlocked)
        m_dirtyPairs.append(pair); // its next job may fit as well
    return index;
}

void PlanScheduler::markDirty(const Slot &slot) {
    if (!m_hostBlocked)
        return;
    m_dirtyHosts.append(slot.clientId);
    if (slot.serverId != slot.clientId)
        m_dirtyHosts.append(slot.serverId);
}

int PlanScheduler::takeNext() {
    if (m_activeWeight >= m_limits.maxParallel || m_pairs.isEmpty())
        return -1;
    const int n = int(m_pairs.size());
    if (!m_hostBlocked) {
        for (int k = 0; k < n; ++k) {
            const int p = (m_cursor + k) % n;
            if (frontThatFits(p) >= 0)
                return take(p);
        }
        // Every pair waits for a busy host (the plan has room): from now on only what ends
        // or comes back can change that.
        m_hostBlocked = true;
        m_dirtyHosts.clear();
        m_dirtyPairs.clear();
        return -1;
    }
    // The candidate nearest after the cursor, as the full scan would have found it.
    int best = -1;
    int bestDistance = n;
    auto consider = [&](int p) {
        const int distance = ((p - m_cursor) % n + n) % n;
        if (distance < bestDistance && frontThatFits(p) >= 0) {
            best = p;
            bestDistance = distance;
        }
    };
    for (const int host : std::as_const(m_dirtyHosts)) {
        // A host with no room starts nothing, whatever its partners (a job heavier than the
        // limit waits for an idle host).
        if (m_limits.maxPerHost > 0 && m_hostLoad.at(host) >= m_limits.maxPerHost)
            continue;
        // A host's pairs in cyclic order from the cursor: the first that fits is its nearest.
        const QList<int> &pairs = m_hostPairs.at(host);
        const qsizetype size = pairs.size();
        const qsizetype first =
            std::lower_bound(pairs.cbegin(), pairs.cend(), m_cursor) - pairs.cbegin();
        for (qsizetype k = 0; k < size; ++k) {
            const int p = pairs.at((first + k) % size);
            const int distance = ((p - m_cursor) % n + n) % n;
            if (distance >= bestDistance)
                break;
            if (frontThatFits(p) >= 0) {
                best = p;
                bestDistance = distance;
                break;
            }
        }
    }
    for (const int p : std::as_const(m_dirtyPairs))
        consider(p);
    if (best >= 0)
        return take(best);
    m_dirtyHosts.clear();
    m_dirtyPairs.clear();
    return -1;
}

void PlanScheduler::markRunning(int job) {
    Slot &slot = m_jobs[job];
    if (slot.status == CellStatus::Starting)
        slot.status = CellStatus::Running;
}

void PlanScheduler::settle(Slot &slot, CellStatus status, const QString &reason) {
    slot.status = status;
    slot.reason = reason;
    --m_pending;
}

CellStatus PlanScheduler::finish(int job, bool ok, const QString &error, bool measured) {
    Slot &slot = m_jobs[job];
    if (slot.status != CellStatus::Starting && slot.status != CellStatus::Running)
        return slot.status;
    account(slot, -1);
    markDirty(slot);
    if (ok) {
        settle(slot, CellStatus::Done, QString());
    } else if (!measured && isTransient(error) && slot.attempts <= m_limits.maxRetries) {
        slot.status = CellStatus::Queued;
        slot.reason = QStringLiteral("retry %1 of %2 after: %3")
                          .arg(slot.attempts)
                          .arg(m_limits.maxRetries)
                          .arg(error);
        slot.held = true;
    } else {
        settle(slot, CellStatus::Failed, error);
    }
    return slot.status;
}

void PlanScheduler::releaseRetry(int job) {
    Slot &slot = m_jobs[job];
    if (!slot.held)
        return;
    slot.held = false;
    // At the back of its pair: the other cells of the pair get their turn first.
    m_pairs[slot.pair].queue.push_back(job);
    if (m_hostBlocked)
        m_dirtyPairs.append(slot.pair);
}

void PlanScheduler::skip(int job, const QString &reason) {
    Slot &slot = m_jobs[job];
    if (slot.status != CellStatus::Queued)
        return;
    if (!slot.held) {
        std::deque<int> &queue = m_pairs[slot.pair].queue;
        queue.erase(std::remove(queue.begin(), queue.end(), job), queue.end());
        if (m_hostBlocked)
            m_dirtyPairs.append(slot.pair);
    }
    slot.held = false;
    settle(slot, CellStatus::Skipped, reason);
}

void PlanScheduler::cancel() {
    for (Pair &pair : m_pairs)
        pair.queue.clear();
    for (Slot &slot : m_jobs) {
        if (slot.status == CellStatus::Queued) {
            slot.held = false;
            settle(slot, CellStatus::Skipped, QStringLiteral("cancelled"));
        }
    }
}

CellStatus PlanScheduler::cellStatus(const QString &cell) const {
    const QList<int> jobs = m_cellJobs.value(cell);
    if (jobs.isEmpty())
        return CellStatus::Skipped;
    // Least advanced first; a failure outranks everything once it happened.
    static constexpr CellStatus order[] = {CellStatus::Starting, CellStatus::Running,
                                           CellStatus::Queued, CellStatus::Done};
    bool any[6] = {};
    for (const int j : jobs)
        any[int(m_jobs.at(j).status)] = true;
    if (any[int(CellStatus::Failed)])
        return CellStatus::Failed;
    for (const CellStatus s : order) {
        if (any[int(s)])
            return s;
    }
    return CellStatus::Skipped;
}

int PlanScheduler::hostLoad(const QString &host) const {
    const auto it = m_hostIds.constFind(host);
    return it == m_hostIds.cend() ? 0 : m_hostLoad.at(*it);
}

bool PlanScheduler::isTransient(const QString &error) {
    static const char *const patterns[] = {
        "server is busy",
        "connection refused",
        "connection reset",
        "address already in use",
        "no free port",
        "unable to receive control message",
        // iperf3 sends a UDP stream's set-up datagram once (esnet/iperf#862): lost, the
        // client gives up with this before the test starts.
        "unable to read from stream socket",
    };
    for (const char *pattern : patterns) {
        if (error.contains(QLatin1String(pattern), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace Perfdeck
