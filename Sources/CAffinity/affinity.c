// sched_getaffinity and CPU_COUNT are GNU extensions (and CPU_COUNT a macro), out of Swift's reach.
#define _GNU_SOURCE
#include "CAffinity.h"

#if defined(__linux__)
#include <sched.h>

int exo_affinity_cpu_count(void) {
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof(set), &set) != 0) return -1;
    return CPU_COUNT(&set);
}
#else
int exo_affinity_cpu_count(void) { return -1; }
#endif
