//go:build !unix

package dedupe

import "time"

// cpuTime is not measured on this system; benchmarks then report no CPU throughput.
func cpuTime() time.Duration { return 0 }
