// Package benchcpu reports a benchmark's throughput per CPU second ("cpu-MB/s") beside Go's
// wall-clock MB/s. On a shared machine wall time counts the time other processes hold the
// cores; the process's own CPU time (user and system, garbage collection included) does not,
// so "cpu-MB/s" is the throughput per core whatever else runs.
//
//	c := benchcpu.Start()
//	for b.Loop() { ... }
//	c.Report(b, bytesPerOp)
package benchcpu

import (
	"testing"
	"time"
)

// Clock is the process's CPU time at Start.
type Clock struct{ start time.Duration }

// Start reads the process's CPU time.
func Start() Clock { return Clock{start: cpuTime()} }

// Report adds the "cpu-MB/s" metric: bytesPerOp × b.N over the CPU time since Start. Where
// the system gives no CPU time, it reports nothing.
func (c Clock) Report(b *testing.B, bytesPerOp int) {
	cpu := cpuTime() - c.start
	if c.start > 0 && cpu > 0 && b.N > 0 {
		b.ReportMetric(float64(bytesPerOp)*float64(b.N)/cpu.Seconds()/1e6, "cpu-MB/s")
	}
}
