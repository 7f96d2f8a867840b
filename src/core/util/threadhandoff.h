// Handing work to another thread so that ThreadSanitizer sees the hand-off.
//
// QThreadPool's queue and the posted-event queue are guarded by QMutex inside libQt6Core, a
// futex that TSan cannot see (Debian's Qt is not built with -fsanitize=thread). Everything the
// calling thread wrote before QtConcurrent::run() or a queued QMetaObject::invokeMethod() then
// looked unsynchronised with what the other thread read: scripts/sanitize.sh --tsan reported
// each task's captured arguments and each SSH worker -> owner call as a data race. runInPool()
// (and SshConnection's worker calls) do the same work through the same Qt queues, but build the
// whole message first and mark the hand-off with __tsan_release / __tsan_acquire (Tsan::, no-ops
// outside TSan builds).
#pragma once

#include <QFuture>
#include <QPromise>
#include <QRunnable>
#include <QThreadPool>

#include <type_traits>
#include <utility>

#if defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define PERFDECK_TSAN 1
#endif
#endif
#if defined(__SANITIZE_THREAD__) && !defined(PERFDECK_TSAN)
#define PERFDECK_TSAN 1
#endif

#ifdef PERFDECK_TSAN
extern "C" void __tsan_acquire(void *addr);
extern "C" void __tsan_release(void *addr);
#endif

namespace Perfdeck {

namespace Tsan {
inline void release([[maybe_unused]] void *address) {
#ifdef PERFDECK_TSAN
    __tsan_release(address);
#endif
}
inline void acquire([[maybe_unused]] void *address) {
#ifdef PERFDECK_TSAN
    __tsan_acquire(address);
#endif
}
} // namespace Tsan

// QtConcurrent::run(f) for a callable without arguments (capture them), on the global pool.
template<class F>
QFuture<std::invoke_result_t<std::decay_t<F>>> runInPool(F &&f) {
    using Fn = std::decay_t<F>;
    using R = std::invoke_result_t<Fn>;
    class Task final : public QRunnable {
    public:
        explicit Task(Fn fn)
            : m_fn(std::move(fn)) {
            m_promise.start();
        }
        QFuture<R> future() { return m_promise.future(); }
        void run() override {
            Tsan::acquire(this);
            if constexpr (std::is_void_v<R>)
                m_fn();
            else
                m_promise.addResult(m_fn());
            m_promise.finish();
        }

    private:
        Fn m_fn;
        QPromise<R> m_promise;
    };
    auto *task = new Task(std::forward<F>(f)); // deleted by the pool after run()
    QFuture<R> future = task->future();
    Tsan::release(task);
    QThreadPool::globalInstance()->start(task);
    return future;
}

} // namespace Perfdeck
