"""Peak memory of a benchmark's own process."""

from __future__ import annotations

import sys


def peak_mb() -> float:
    """This process's peak resident memory in MB since it began running its own program.

    Linux's VmHWM is reset by execve; getrusage's ru_maxrss is not, so in a process started from a large
    parent it reports the parent's size at the fork. ru_maxrss is the fallback where /proc is missing.
    """
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)
