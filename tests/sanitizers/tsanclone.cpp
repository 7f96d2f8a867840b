// Linked into every executable of a -fsanitize=thread build (CMakeLists.txt), nowhere else.
//
// Qt 6.4's QProcess starts children with forkfd's vforkfd(): clone(CLONE_VM | CLONE_VFORK |
// CLONE_PIDFD). clang 14's TSan runtime intercepts clone() as if it were fork(): the child,
// which shares the parent's memory and so its ThreadState, re-attaches the thread's slot, and
// the parent then dies in ForkAfter ("CHECK failed: tsan_rtl.cpp:234 ((!thr->slot)) != (0)").
// Every test that starts a process crashed on its first QProcess::start().
//
// The runtime's clone is a weak symbol; this one takes its place and hands the runtime a
// fork-like clone (CLONE_VM and CLONE_VFORK dropped: the child gets its own copy of memory,
// as with forkfd's fork() fallback, which QProcess supports). Threads are not affected:
// glibc's pthread_create does not call clone() through the PLT.
#include <cstdarg>
#include <sched.h>
#include <sys/types.h>

extern "C" int __interceptor_clone(int (*fn)(void *), void *stack, int flags, void *arg,
                                   int *parentTid, void *tls, pid_t *childTid);

extern "C" int clone(int (*fn)(void *), void *stack, int flags, void *arg, ...) {
    va_list ap;
    va_start(ap, arg);
    int *parentTid = va_arg(ap, int *);
    void *tls = va_arg(ap, void *);
    pid_t *childTid = va_arg(ap, pid_t *);
    va_end(ap);
    constexpr int vforkLike = CLONE_VM | CLONE_VFORK;
    if ((flags & vforkLike) == vforkLike && !(flags & CLONE_THREAD))
        flags &= ~vforkLike;
    return __interceptor_clone(fn, stack, flags, arg, parentTid, tls, childTid);
}
