package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func runCLI(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

func TestSeedJSON(t *testing.T) {
	out, stderr, code := runCLI(t, "", "--format", "json", "../../testdata/seeds/000_d6e3d779cc4e61ef.txt")
	require.Equal(t, 0, code, stderr)
	var o map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &o))
	for _, k := range []string{"text", "language", "confidence", "kept", "meta", "removed"} {
		assert.Contains(t, o, k)
	}
	assert.Equal(t, "it", o["language"])
	assert.Equal(t, map[string]any{"date": "2025-12-29"}, o["meta"])
	removed := o["removed"].([]any)
	stages := map[string]int{}
	for _, r := range removed {
		m := r.(map[string]any)
		for _, k := range []string{"stage", "reason", "text", "start", "end"} {
			assert.Contains(t, m, k)
		}
		stages[m["stage"].(string)]++
	}
	assert.Equal(t, map[string]int{"meta": 1, "spam": 1, "dedupe": 15, "structure": 1}, stages)
	assert.Equal(t, 1, strings.Count(out, "\n"), "one JSON object per line")
}

func TestTextFormatAndExplain(t *testing.T) {
	out, stderr, code := runCLI(t, "Titolo\n\nUn paragrafo vero di cronaca cittadina, scritto bene e senza pubblicità alcuna.\n\nPubblicità\n", "--explain")
	require.Equal(t, 0, code)
	assert.Equal(t, "Titolo\n\nUn paragrafo vero di cronaca cittadina, scritto bene e senza pubblicità alcuna.\n", out)
	assert.Contains(t, stderr, "spam/adlabel-phrase")
	assert.Contains(t, stderr, `"Pubblicità"`)
}

func TestJSONLMalformedLine(t *testing.T) {
	in := `{"id": 1, "url": "https://example.com/a", "text": "First document, a normal sentence of news about the city council."}
{"id": 2, "text": broken
{"id": "three", "text": "Third document. It is fine too, with a second sentence."}
{"id": 4}
`
	out, stderr, code := runCLI(t, in, "--jsonl")
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "standard input:2: malformed JSON line")
	assert.Contains(t, stderr, "standard input:4:")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 2, "the good lines are still processed")
	var a, b map[string]any
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &a))
	require.NoError(t, json.Unmarshal([]byte(lines[1]), &b))
	assert.Equal(t, float64(1), a["id"])
	assert.Equal(t, "https://example.com/a", a["url"])
	assert.Equal(t, "three", b["id"])
}

func TestLangGate(t *testing.T) {
	in := `{"id":"en","text":"The city council approved the new budget on Tuesday after a long debate about public transport."}
{"id":"it","text":"Il consiglio comunale ha approvato martedì il nuovo bilancio dopo un lungo dibattito sui trasporti."}
`
	out, _, code := runCLI(t, in, "--jsonl", "--lang", "it")
	require.Equal(t, 0, code)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 2)
	var en, it map[string]any
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &en))
	require.NoError(t, json.Unmarshal([]byte(lines[1]), &it))
	assert.Equal(t, false, en["kept"])
	assert.Equal(t, "language-not-allowed", en["reason"])
	assert.Equal(t, true, it["kept"])
}

func TestErrors(t *testing.T) {
	_, stderr, code := runCLI(t, "", "no/such/file.txt")
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "no/such/file.txt")

	_, stderr, code = runCLI(t, "", "--lang", "xx")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, `unknown language: "xx"`)

	_, _, code = runCLI(t, "", "--format", "yaml")
	assert.Equal(t, 2, code)

	bad := filepath.Join(t.TempDir(), "bad.rules")
	require.NoError(t, os.WriteFile(bad, []byte("[it]\ncta: ok\nbroken line\n"), 0o644))
	_, stderr, code = runCLI(t, "", "--rules", bad)
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "bad.rules:3")
}

func TestUserRules(t *testing.T) {
	rules := filepath.Join(t.TempDir(), "my.rules")
	require.NoError(t, os.WriteFile(rules, []byte("[it]\npromo@0.9: offerta del giorno\n"), 0o644))
	out, _, code := runCLI(t, "Una notizia vera, con fatti verificati e fonti citate per esteso.\n\nOfferta del giorno\n", "--rules", rules)
	require.Equal(t, 0, code)
	assert.NotContains(t, out, "Offerta")
}
