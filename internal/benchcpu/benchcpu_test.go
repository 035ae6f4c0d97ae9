package benchcpu

import (
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCPUTimeAdvances(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" {
		t.Skip("no CPU time on this system")
	}
	c := Start()
	assert.Positive(t, c.start, "the process has used CPU time before the test")
	x := 0
	for i := range 50_000_000 {
		x ^= i * i
	}
	assert.Greater(t, cpuTime(), c.start, "busy work (%d) adds CPU time", x)
}
