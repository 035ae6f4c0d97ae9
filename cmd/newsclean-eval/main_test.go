package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsclean/newsclean/internal/corpus"
)

func TestEvalJSON(t *testing.T) {
	dir := t.TempDir()
	para := "Il consiglio comunale ha approvato ieri sera il bilancio di previsione con ventidue voti favorevoli e otto contrari. La seduta è durata quasi quattro ore e si è chiusa poco prima di mezzanotte."
	docs := []corpus.Doc{
		{ID: "it-clean-00", Kind: corpus.KindClean, Lang: "it", Text: para + "\n", Labels: corpus.Labels{Keep: []string{para}}},
		{ID: "it-spam-00", Kind: corpus.KindSpam, Lang: "it", Text: para + "\n\nLeggi anche: il bilancio del Comune spiegato bene\n",
			Labels: corpus.Labels{Keep: []string{para}, Spam: []string{"Leggi anche: il bilancio del Comune spiegato bene"}, SpamKinds: []string{"readalso"}}},
	}
	b, err := corpus.Encode(docs)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "it.jsonl"), b, 0o644))

	var stdout, stderr bytes.Buffer
	require.Equal(t, 0, run([]string{"-corpus", dir, "-realworld", "", "-json"}, &stdout, &stderr), stderr.String())
	var s struct {
		Name   string
		Report corpus.Report
	}
	require.NoError(t, json.Unmarshal(stdout.Bytes(), &s))
	assert.Equal(t, "corpus", s.Name)
	assert.Equal(t, 2, s.Report.Docs)
	it := s.Report.Langs["it"]
	require.NotNil(t, it)
	assert.Equal(t, 1, it.SpamLine.N)
	assert.Equal(t, 4, it.LegitLost.N, "two sentences in each of two documents")
	assert.Equal(t, 2, it.LangAcc.N)
	assert.Equal(t, 1, s.Report.SpamKinds["readalso"].Line.N)

	stdout.Reset()
	require.Equal(t, 0, run([]string{"-corpus", dir, "-realworld", "", "-json", "-lang", "de,fr"}, &stdout, &stderr), stderr.String())
	require.NoError(t, json.Unmarshal(stdout.Bytes(), &s))
	assert.Equal(t, 0, s.Report.Docs, "no document in de or fr")

	stdout.Reset()
	require.Equal(t, 0, run([]string{"-corpus", dir, "-realworld", "", "-v"}, &stdout, &stderr), stderr.String())
	assert.Contains(t, stdout.String(), "spam own-line recall %")
	assert.Contains(t, stdout.String(), "readalso")
}

func TestEvalMissingFiles(t *testing.T) {
	var stdout, stderr bytes.Buffer
	assert.Equal(t, 1, run([]string{"-corpus", t.TempDir(), "-realworld", ""}, &stdout, &stderr))
	assert.Contains(t, stderr.String(), "no *.jsonl files")
	stderr.Reset()
	assert.Equal(t, 1, run([]string{"-corpus", "", "-realworld", filepath.Join(t.TempDir(), "none.jsonl")}, &stdout, &stderr))
	assert.Contains(t, stderr.String(), "none.jsonl")
}
