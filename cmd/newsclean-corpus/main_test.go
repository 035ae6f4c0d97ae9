package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// writeSource writes a small source tree: one language with every file, one with news only.
func writeSource(t *testing.T) string {
	t.Helper()
	src := t.TempDir()
	var news []string
	for i := range 10 {
		news = append(news, fmt.Sprintf("Il consiglio comunale numero %d ha approvato ieri sera il bilancio di previsione con ventidue voti favorevoli e otto contrari. La seduta è durata quasi quattro ore e si è chiusa poco prima di mezzanotte.", i))
	}
	files := map[string]string{
		"it/news.txt":   strings.Join(news, "\n") + "\n",
		"it/spam.txt":   "cta\tCLICCA QUI per scoprire l'offerta\ncta\tScopri di più\ncookie\tQuesto sito usa i cookie\ncookie\tAccetta tutti i cookie\n",
		"it/tricky.txt": strings.Join(news[:4], "\n") + "\n",
		"it/faq.txt":    "Che cosa cambia?\tCambia il calendario delle sedute.\nQuando?\tDal mese prossimo.\n\nChi decide?\tIl consiglio comunale.\nCome?\tCon un voto a maggioranza.\n",
		"sv/news.txt":   strings.Join(news, "\n") + "\n",
	}
	for name, text := range files {
		require.NoError(t, os.MkdirAll(filepath.Join(src, filepath.Dir(name)), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(src, name), []byte(text), 0o644))
	}
	return src
}

func TestGenerateAndCheck(t *testing.T) {
	src, out := writeSource(t), t.TempDir()
	var stdout, stderr bytes.Buffer
	require.Equal(t, 0, run([]string{"-src", src, "-out", out}, &stdout, &stderr), stderr.String())
	assert.Contains(t, stdout.String(), "it.jsonl: 70 documents")
	assert.Contains(t, stdout.String(), "sv.jsonl: 15 documents")

	stderr.Reset()
	assert.Equal(t, 0, run([]string{"-src", src, "-out", out, "-check"}, &stdout, &stderr), stderr.String())

	require.NoError(t, os.WriteFile(filepath.Join(out, "sv.jsonl"), []byte("{}\n"), 0o644))
	assert.Equal(t, 1, run([]string{"-src", src, "-out", out, "-check"}, &stdout, &stderr))
	assert.Contains(t, stderr.String(), "sv.jsonl: out of date")
}

func TestBadSourceNamesTheLine(t *testing.T) {
	src := writeSource(t)
	require.NoError(t, os.WriteFile(filepath.Join(src, "it", "spam.txt"), []byte("cta\tClicca qui\nno tab here\n"), 0o644))
	var stdout, stderr bytes.Buffer
	assert.Equal(t, 1, run([]string{"-src", src, "-out", t.TempDir()}, &stdout, &stderr))
	assert.Contains(t, stderr.String(), "it/spam.txt:2")
}
