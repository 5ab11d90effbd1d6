#ifndef CAFFINITY_H
#define CAFFINITY_H

/// The number of CPUs in this process's affinity mask (`sched_getaffinity`), or -1 where the
/// mask cannot be read (other systems than Linux, or an error).
int exo_affinity_cpu_count(void);

#endif
