// The C side of the one gate to libsystemd (the Swift side is the Systemd module): libsystemd's
// headers, and what Swift's Glibc module does not import.
#ifndef REPAY_CSYSTEMD_H
#define REPAY_CSYSTEMD_H

// No _GNU_SOURCE here: this header is compiled into a Clang module beside Swift's Glibc module,
// and a libc header seen with another feature set defines its structs differently (fd_set), which
// Clang refuses. What needs _GNU_SOURCE is wrapped in CSystemd.c instead.

#include <sys/timerfd.h>  // timerfd_create, TFD_TIMER_CANCEL_ON_SET: not in Swift's Glibc module
#include <malloc.h>        // malloc_trim: not in Swift's Glibc module
#include <spawn.h>
#include <sys/types.h>
#include <sys/uio.h>

#include <systemd/sd-bus.h>
#include <systemd/sd-daemon.h>
#include <systemd/sd-journal.h>

/// pipe2(descriptors, O_CLOEXEC), then O_NONBLOCK on the read end only: a pipe for a child's output,
/// whose ends leak into no other child and whose read end suits a Dispatch read source, while the
/// child's write end stays blocking (a full pipe makes the child wait, not fail). 0 on success,
/// else -errno.
int csystemd_output_pipe(int descriptors[2]);

/// posix_spawn_file_actions_addclosefrom_np(actions, from) (a GNU extension): the child closes
/// every descriptor from `from` up before it runs the program. 0 on success, else -errno.
int csystemd_spawn_close_from(posix_spawn_file_actions_t *actions, int from);

/// pidfd_open(pid, 0) (not in Swift's Glibc module): a close-on-exec descriptor that becomes
/// readable when the child `pid` has ended, whether reaped yet or not. The descriptor, else
/// -errno.
int csystemd_pidfd_open(pid_t pid);

#endif
