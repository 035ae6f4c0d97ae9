package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsclean/newsclean/dedupe/storetest"
)

func storeInput(t *testing.T) string {
	var b strings.Builder
	for n := 0; n < 5; n++ {
		line, err := json.Marshal(map[string]any{"id": n, "url": fmt.Sprintf("https://example.com/%d", n),
			"text": strings.Join(storetest.Article(n), "\n\n")})
		require.NoError(t, err)
		b.Write(line)
		b.WriteByte('\n')
	}
	// A syndicated copy of document 1 on another site.
	line, _ := json.Marshal(map[string]any{"id": "copy", "url": "https://other.example/1",
		"text": strings.Replace(strings.Join(storetest.Article(1), "\n\n"), "scritta apposta", "scritta ancora", 1)})
	b.Write(line)
	b.WriteByte('\n')
	return b.String()
}

func TestStoreFlags(t *testing.T) {
	out, stderr, code := runCLI(t, storeInput(t), "--jsonl", "--quiet", "--store", "memory")
	require.Equal(t, 0, code, stderr)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 6)
	for n, l := range lines {
		var o map[string]any
		require.NoError(t, json.Unmarshal([]byte(l), &o))
		text := o["text"].(string)
		switch {
		case n < 3:
			assert.Contains(t, text, storetest.Footer, "document %d", n)
		case n < 5:
			assert.NotContains(t, text, storetest.Footer, "document %d", n)
		default:
			assert.Equal(t, "1", o["duplicate_of"])
			assert.GreaterOrEqual(t, o["similarity"], 0.8)
			assert.Equal(t, true, o["kept"])
		}
	}

	// --scope-from none: all documents one site; --drop-duplicates: the copy is not kept.
	out, stderr, code = runCLI(t, storeInput(t), "--jsonl", "--quiet", "--store", "memory", "--scope-from", "none", "--drop-duplicates")
	require.Equal(t, 0, code, stderr)
	lines = strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 6)
	var last map[string]any
	require.NoError(t, json.Unmarshal([]byte(lines[5]), &last))
	assert.Equal(t, false, last["kept"])
	assert.Equal(t, "duplicate", last["reason"])

	// Without --store nothing is remembered.
	out, _, code = runCLI(t, storeInput(t), "--jsonl", "--quiet")
	require.Equal(t, 0, code)
	assert.NotContains(t, out, "duplicate_of")
	assert.Equal(t, 6, strings.Count(out, storetest.Footer))
}

func TestStoreFlagErrors(t *testing.T) {
	for _, args := range [][]string{
		{"--store", "mongodb://x"},
		{"--store", "memory", "--scope-from", "path"},
		{"--store", "redis://[::1"},
	} {
		_, stderr, code := runCLI(t, "", args...)
		assert.Equal(t, 2, code, "%v: %s", args, stderr)
		assert.Contains(t, stderr, "newsclean:")
	}
}
