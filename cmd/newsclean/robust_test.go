package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBatchGoesOnAfterBadFiles gives a batch with a missing file and a directory between
// good files: each bad one is named on standard error, every good one is still cleaned, and
// the exit status is 1 at the end.
func TestBatchGoesOnAfterBadFiles(t *testing.T) {
	dir := t.TempDir()
	good1 := filepath.Join(dir, "one.txt")
	good2 := filepath.Join(dir, "two.txt")
	require.NoError(t, os.WriteFile(good1, []byte("Il consiglio comunale ha approvato il bilancio dopo un lungo dibattito in aula.\n"), 0o644))
	require.NoError(t, os.WriteFile(good2, []byte("The city council approved the budget after a long debate in the main hall.\n"), 0o644))
	missing := filepath.Join(dir, "missing.txt")
	sub := filepath.Join(dir, "a-directory")
	require.NoError(t, os.Mkdir(sub, 0o755))

	out, stderr, code := runCLI(t, "", "--format", "json", good1, missing, sub, good2)
	assert.Equal(t, 1, code, stderr)
	assert.Contains(t, stderr, "missing.txt")
	assert.Contains(t, stderr, "a-directory")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 2, "both good files cleaned: %s", out)
	var a, b map[string]any
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &a))
	require.NoError(t, json.Unmarshal([]byte(lines[1]), &b))
	assert.Contains(t, a["text"], "Il consiglio comunale")
	assert.Contains(t, b["text"], "The city council")
}

// TestJSONLBadLinesAcrossFiles checks that malformed lines are named by file and line number
// in every file of a batch, and that the lines around them are cleaned.
func TestJSONLBadLinesAcrossFiles(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.jsonl")
	b := filepath.Join(dir, "b.jsonl")
	require.NoError(t, os.WriteFile(a, []byte(`{"id":"a1","text":"Primo documento, una frase normale di cronaca locale."}
not json at all
{"id":"a3","text":"Terzo documento, anche questo una frase normale."}
{"id":"a4","text":42}
`), 0o644))
	require.NoError(t, os.WriteFile(b, []byte(`{"id":"b1","text":"Second file, first document, an ordinary sentence."}

{"id":"b3","text":"Second file, third line, after a blank line \ud83d\ude00 and invalid \u0000 control."}
{"id":"b4","text":"unterminated
`), 0o644))
	out, stderr, code := runCLI(t, "", "--jsonl", a, b)
	assert.Equal(t, 1, code, stderr)
	assert.Contains(t, stderr, "a.jsonl:2:")
	assert.Contains(t, stderr, "a.jsonl:4:")
	assert.Contains(t, stderr, "b.jsonl:4:")
	assert.NotContains(t, stderr, "b.jsonl:2:", "a blank line is not an error")
	var ids []string
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var o map[string]any
		require.NoError(t, json.Unmarshal([]byte(l), &o), l)
		ids = append(ids, fmt.Sprint(o["id"]))
	}
	assert.Equal(t, []string{"a1", "a3", "b1", "b3"}, ids)
}

// TestClosedStdout runs the built binary with its standard output read once and then closed,
// as "newsclean … | head -1" does: it must end by itself, soon, and say nothing on standard
// error (no write error, no panic).
func TestClosedStdout(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := filepath.Join(t.TempDir(), "newsclean")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Stderr = os.Stderr
	require.NoError(t, build.Run())

	var in strings.Builder
	for i := range 3000 {
		fmt.Fprintf(&in, `{"id":%d,"text":"Documento numero %d del lotto. Una frase normale di cronaca per riempire la riga."}`+"\n", i, i)
	}
	for _, format := range []string{"json", "text"} {
		t.Run(format, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
			defer cancel()
			cmd := exec.CommandContext(ctx, bin, "--jsonl", "--format", format)
			cmd.Stdin = strings.NewReader(in.String())
			var stderr strings.Builder
			cmd.Stderr = &stderr
			stdout, err := cmd.StdoutPipe()
			require.NoError(t, err)
			require.NoError(t, cmd.Start())
			first, err := bufio.NewReader(stdout).ReadString('\n')
			require.NoError(t, err)
			assert.Contains(t, first, "Documento numero 0")
			require.NoError(t, stdout.Close()) // the reader goes away, like head after one line
			err = cmd.Wait()
			require.NoError(t, ctx.Err(), "newsclean did not stop after its output closed")
			// Ended by SIGPIPE or by noticing EPIPE: both are a quiet end.
			if err != nil {
				var ee *exec.ExitError
				require.ErrorAs(t, err, &ee)
			}
			assert.NotContains(t, stderr.String(), "writing output")
			assert.NotContains(t, stderr.String(), "panic")
			assert.NotContains(t, stderr.String(), "goroutine")
		})
	}
}
