/*
 * shift-clock: an LD_PRELOAD library that moves the wall clock of a process and all its children by
 * LIMBER_CLOCK_SHIFT_S seconds, and nothing else. `npm run test:dates` (scripts/run-at.ts) runs the
 * test suites under it, so Node, Chromium's browser, renderer and service-worker processes all see
 * the same pinned date while time runs at its normal pace.
 *
 * Only the calls that read the wall clock are shifted: clock_gettime(CLOCK_REALTIME[_COARSE]),
 * gettimeofday and time. Monotonic clocks, sleeps, timers, condition variables and file times are
 * left alone. libfaketime also rewrites those, and Chromium never finishes starting under it.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdlib.h>
#include <sys/time.h>
#include <time.h>

static long long shift_seconds(void) {
  static int read = 0;
  static long long shift = 0;
  if (!read) {
    const char *text = getenv("LIMBER_CLOCK_SHIFT_S");
    shift = text ? atoll(text) : 0;
    read = 1;
  }
  return shift;
}

int clock_gettime(clockid_t clock, struct timespec *now) {
  static int (*real)(clockid_t, struct timespec *) = 0;
  if (!real) real = (int (*)(clockid_t, struct timespec *))dlsym(RTLD_NEXT, "clock_gettime");
  int result = real(clock, now);
  if (result == 0 && now && (clock == CLOCK_REALTIME || clock == CLOCK_REALTIME_COARSE)) {
    now->tv_sec += shift_seconds();
  }
  return result;
}

int gettimeofday(struct timeval *restrict now, void *restrict zone) {
  static int (*real)(struct timeval *restrict, void *restrict) = 0;
  if (!real) real = (int (*)(struct timeval *restrict, void *restrict))dlsym(RTLD_NEXT, "gettimeofday");
  int result = real(now, zone);
  if (result == 0 && now) now->tv_sec += shift_seconds();
  return result;
}

time_t time(time_t *out) {
  struct timespec now;
  clock_gettime(CLOCK_REALTIME, &now);
  if (out) *out = now.tv_sec;
  return now.tv_sec;
}
