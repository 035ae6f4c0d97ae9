//go:build !unix

package benchcpu

import "time"

// cpuTime is not measured on this system: benchmarks report no CPU throughput.
func cpuTime() time.Duration { return 0 }
