package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsclean/newsclean/filter"
)

// batchInput is JSON Lines whose documents differ in what gets removed: promo lines, repeated
// sentences, HTML-looking text, an empty document, and one in Italian.
func batchInput(n int) string {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	for i := range n {
		text := fmt.Sprintf("The council of town number %d met on Monday to discuss the new cycling lanes along the river.\n"+
			"Residents asked for %d more benches in the park and for safer crossings near the school.", i, i%11+2)
		switch i % 6 {
		case 0:
			text += "\n👉 Subscribe to our newsletter now: CLICK HERE"
		case 1:
			text += fmt.Sprintf("\nResidents asked for %d more benches in the park and for safer crossings near the school.", i%11+2)
		case 2:
			text = `The <b>mayor</b> said "<script>alert('x')</script>" was not a plan & nobody laughed, according to the minutes.` +
				"\nAdvertisement"
		case 3:
			text = ""
		case 4:
			text = "Il consiglio comunale ha approvato martedì il nuovo bilancio dopo un lungo dibattito sui trasporti pubblici."
		}
		enc.Encode(map[string]any{"id": i, "url": fmt.Sprintf("https://example.com/news/%d?a=1&b=2", i), "text": text})
	}
	return b.String()
}

func TestWorkersKeepInputOrder(t *testing.T) {
	in := batchInput(40)
	one, _, code := runCLI(t, in, "--jsonl", "--workers", "1", "--quiet")
	require.Equal(t, 0, code)
	lines := strings.Split(strings.TrimSpace(one), "\n")
	require.Len(t, lines, 40)
	for i, l := range lines {
		var o struct{ ID int }
		require.NoError(t, json.Unmarshal([]byte(l), &o))
		assert.Equal(t, i, o.ID)
	}
	for _, w := range []string{"3", "0"} {
		many, _, code := runCLI(t, in, "--jsonl", "--workers", w, "--quiet")
		require.Equal(t, 0, code)
		assert.Equal(t, one, many, "--workers %s changed the output", w)
	}
}

func TestWorkersText(t *testing.T) {
	dir := t.TempDir()
	var args []string
	for i := range 5 {
		name := filepath.Join(dir, fmt.Sprintf("%d.txt", i))
		require.NoError(t, os.WriteFile(name, []byte(fmt.Sprintf("Document number %d is about the river and the bridges of the old town.", i)), 0o644))
		args = append(args, name)
	}
	out, _, code := runCLI(t, "", append([]string{"--workers", "4", "--quiet"}, args...)...)
	require.Equal(t, 0, code)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 5)
	for i, l := range lines {
		assert.Contains(t, l, fmt.Sprintf("Document number %d ", i))
	}
}

func TestBadWorkers(t *testing.T) {
	_, stderr, code := runCLI(t, "", "--workers", "-2")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "--workers")
}

func TestSummary(t *testing.T) {
	in := batchInput(12)
	out, stderr, code := runCLI(t, in, "--jsonl")
	require.Equal(t, 0, code)
	var kept, spam, dedupe int
	langs := map[string]int{}
	for l := range strings.Lines(out) {
		var o struct {
			Kept     bool
			Language string
			Removed  []filter.Removal
		}
		require.NoError(t, json.Unmarshal([]byte(l), &o))
		if o.Kept {
			kept++
		}
		langs[o.Language]++
		for _, r := range o.Removed {
			switch r.Stage {
			case "spam":
				spam++
			case "dedupe":
				dedupe++
			}
		}
	}
	require.Positive(t, spam)
	require.Positive(t, dedupe)
	assert.Contains(t, stderr, "newsclean: 12 documents, ")
	assert.Contains(t, stderr, fmt.Sprintf("kept %d, not kept %d (no-content-left 2)", kept, 12-kept))
	assert.Regexp(t, `\n  spam +\S+ +\d+ spans? `, stderr)
	assert.Regexp(t, fmt.Sprintf(`\n  dedupe +repeated-sentence +%d spans? `, dedupe), stderr)
	assert.Contains(t, stderr, fmt.Sprintf("languages: en %d, it %d, unknown 2", langs["en"], langs["it"]))
	assert.NotContains(t, stderr, "% removed", "no progress bar when standard error is not a terminal")

	_, stderr, code = runCLI(t, in, "--jsonl", "--quiet")
	require.Equal(t, 0, code)
	assert.Empty(t, stderr)
}

func TestProgressOnTerminal(t *testing.T) {
	defer func(f func(io.Writer) bool) { isTerminal = f }(isTerminal)
	isTerminal = func(io.Writer) bool { return true }
	in := batchInput(6)
	_, stderr, code := runCLI(t, in, "--jsonl")
	require.Equal(t, 0, code)
	assert.Contains(t, stderr, "docs, ")
	assert.Contains(t, stderr, "% removed")
	assert.Contains(t, stderr, "newsclean: 6 documents")

	_, stderr, code = runCLI(t, in, "--jsonl", "--quiet")
	require.Equal(t, 0, code)
	assert.Empty(t, stderr)

	// A slow pipe: the bar's spinner redraws on its own goroutine meanwhile, while errors
	// and the summary are written; the race detector watches.
	var out, errb bytes.Buffer
	in += "{not json\n"
	code = run([]string{"--jsonl", "--explain"}, &slowReader{s: in, pause: 60 * time.Millisecond}, &out, &errb)
	assert.Equal(t, 1, code)
	assert.Contains(t, errb.String(), "malformed JSON line")
	assert.Contains(t, errb.String(), "newsclean: 6 documents")
	assert.Equal(t, 6, strings.Count(out.String(), "\n"))
}

// slowReader returns s a few bytes at a time, pausing before each read.
type slowReader struct {
	s     string
	pause time.Duration
}

func (r *slowReader) Read(p []byte) (int, error) {
	if r.s == "" {
		return 0, io.EOF
	}
	time.Sleep(r.pause)
	n := copy(p[:min(len(p), 200)], r.s)
	r.s = r.s[n:]
	return n, nil
}

func TestInputSize(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	require.NoError(t, os.WriteFile(a, []byte("12345"), 0o644))
	require.NoError(t, os.WriteFile(b, []byte("123"), 0o644))
	assert.Equal(t, int64(8), inputSize([]string{a, b}, nil))
	assert.Equal(t, int64(-1), inputSize([]string{a, "-"}, strings.NewReader("x")))
	f, err := os.Open(a)
	require.NoError(t, err)
	defer f.Close()
	assert.Equal(t, int64(5), inputSize([]string{"-"}, f))
	assert.Equal(t, int64(-1), inputSize([]string{filepath.Join(dir, "missing")}, nil))
}

func TestIDString(t *testing.T) {
	for _, c := range []struct {
		in   string
		want string
	}{{`{"id": 12}`, "12"}, {`{"id": "a-1"}`, "a-1"}, {`{}`, ""}, {`{"id": [1, "x"]}`, `[1,"x"]`}, {`{"id": 1.5}`, "1.5"}} {
		var in inputLine
		require.NoError(t, json.Unmarshal([]byte(c.in), &in))
		assert.Equal(t, c.want, idString(in.ID), c.in)
	}
}
