// A fixed-capacity ring that overwrites its oldest element: the recent rates and log lines of
// the live view keep a bounded memory however long the runs go on, and adding is O(1)
// without allocation once full.
#pragma once

#include <QList>

namespace Perfdeck {

template<typename T>
class BoundedRing final {
public:
    explicit BoundedRing(int capacity = 0) { setCapacity(capacity); }

    // Keeps the newest elements that still fit.
    void setCapacity(int capacity) {
        const QList<T> kept = toList();
        m_capacity = qMax(0, capacity);
        m_items.clear();
        m_items.reserve(m_capacity);
        m_head = 0;
        for (qsizetype i = qMax<qsizetype>(0, kept.size() - m_capacity); i < kept.size(); ++i)
            append(kept.at(i));
    }
    int capacity() const { return m_capacity; }
    int size() const { return int(m_items.size()); }
    bool isEmpty() const { return m_items.isEmpty(); }
    void clear() {
        m_items.clear();
        m_head = 0;
    }

    void append(const T &item) {
        if (m_capacity == 0)
            return;
        if (m_items.size() < m_capacity) {
            m_items.append(item);
            return;
        }
        m_items[m_head] = item;
        m_head = (m_head + 1) % m_capacity;
    }
    // i = 0 is the oldest element kept.
    const T &at(int i) const { return m_items.at((m_head + i) % m_items.size()); }
    const T &last() const { return at(size() - 1); }
    QList<T> toList() const {
        QList<T> list;
        list.reserve(m_items.size());
        for (int i = 0; i < size(); ++i)
            list.append(at(i));
        return list;
    }

private:
    QList<T> m_items;
    int m_capacity = 0;
    int m_head = 0; // index of the oldest element once full
};

} // namespace Perfdeck
