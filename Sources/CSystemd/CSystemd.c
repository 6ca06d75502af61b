// Wrappers for what Swift cannot call or see directly. libsystemd's calls that the Systemd module
// uses (sd_journal_sendv, sd_notify, sd_watchdog_enabled, and sd-bus's message building through
// sd_bus_message_append_basic and the container calls) are not variadic and need none; the
// variadic ones (sd_journal_send, sd_notifyf, sd_bus_call_method, sd_bus_message_append) get a
// non-variadic wrapper here when a caller needs one.

// pipe2, posix_spawn_file_actions_addclosefrom_np and pidfd_open are GNU extensions; defined
// before any libc header, in this file only (see the header for why not there).
#define _GNU_SOURCE 1

#include "CSystemd.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/pidfd.h>
#include <unistd.h>

int csystemd_output_pipe(int descriptors[2]) {
  if (pipe2(descriptors, O_CLOEXEC) < 0) return -errno;
  int flags = fcntl(descriptors[0], F_GETFL);
  if (flags < 0 || fcntl(descriptors[0], F_SETFL, flags | O_NONBLOCK) < 0) {
    int error = errno;
    close(descriptors[0]);
    close(descriptors[1]);
    return -error;
  }
  return 0;
}

int csystemd_spawn_close_from(posix_spawn_file_actions_t *actions, int from) {
  // The posix_spawn family returns its error number rather than setting errno.
  return -posix_spawn_file_actions_addclosefrom_np(actions, from);
}

int csystemd_pidfd_open(pid_t pid) {
  int descriptor = pidfd_open(pid, 0);
  return descriptor < 0 ? -errno : descriptor;
}
