//go:build unix

package main

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// signalOnWrite sends SIGINT to this process on its first write, then passes writes through.
type signalOnWrite struct {
	bytes.Buffer
	sent bool
}

func (w *signalOnWrite) Write(b []byte) (int, error) {
	if !w.sent {
		w.sent = true
		syscall.Kill(os.Getpid(), syscall.SIGINT)
	}
	return w.Buffer.Write(b)
}

func TestInterrupt(t *testing.T) {
	in := batchInput(60)
	var out bytes.Buffer
	// The first --explain line is written while the batch runs, after it listens for SIGINT.
	errw := &signalOnWrite{}
	code := run([]string{"--jsonl", "--explain", "--workers", "2"}, &slowReader{s: in, pause: 20 * time.Millisecond}, &out, errw)
	assert.Equal(t, 1, code)
	stderr := errw.String()
	assert.Regexp(t, `newsclean: interrupted after \d+ documents`, stderr)
	assert.Contains(t, stderr, "kept ", "the summary still comes")
	n := 0
	for l := range strings.Lines(out.String()) {
		var o struct{ ID int }
		require.NoError(t, json.Unmarshal([]byte(l), &o), "what was written is whole")
		assert.Equal(t, n, o.ID)
		n++
	}
	assert.Less(t, n, 60)
}
