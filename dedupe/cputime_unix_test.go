//go:build unix

package dedupe

import (
	"syscall"
	"time"
)

// cpuTime returns the CPU time (user and system) the process has used. Benchmarks report
// throughput per CPU second as well, since wall time on a shared machine overstates the cost.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
