package main

import (
	"bytes"
	"encoding/json"
	"io/fs"
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

// TestLineDocs: every line of a main language becomes an own-line and a glued document built
// from three clean paragraphs of its language; other languages and tricky paragraphs are
// left out, and the cleaner's removal of the line is measured.
func TestLineDocs(t *testing.T) {
	dir := t.TempDir()
	lines := `{"text": "Leggi anche: tutte le notizie della settimana", "lang": "it", "kind": "read_also"}
{"text": "Přečtěte si také", "lang": "cs", "kind": "read_also"}
`
	paras := `{"text": "Il consiglio comunale ha approvato il bilancio con ventidue voti favorevoli.", "lang": "it", "tricky": false}
{"text": "La seduta è durata quasi quattro ore e si è chiusa poco prima di mezzanotte.", "lang": "it", "tricky": false}
{"text": "L'opposizione ha annunciato un ricorso al tribunale amministrativo regionale.", "lang": "it", "tricky": false}
{"text": "Un tokenizzatore di asset ha raccolto dieci milioni di euro in un giorno.", "lang": "it", "tricky": true}
`
	require.NoError(t, os.WriteFile(filepath.Join(dir, "spam_lines.jsonl"), []byte(lines), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "clean_paragraphs.jsonl"), []byte(paras), 0o644))
	docs, err := lineDocs(filepath.Join(dir, "spam_lines.jsonl"), filepath.Join(dir, "clean_paragraphs.jsonl"), false)
	require.NoError(t, err)
	require.Len(t, docs, 2, "one own-line and one glued document of the Italian line")
	assert.Equal(t, corpus.KindSpam, docs[0].Kind)
	assert.Equal(t, corpus.KindSpamIn, docs[1].Kind)
	for _, d := range docs {
		assert.Equal(t, []string{"read_also"}, d.Labels.SpamKinds)
		assert.Len(t, d.Labels.Keep, 3)
		assert.NotContains(t, d.Text, "tokenizzatore", "tricky paragraphs are not used")
	}
	assert.Contains(t, docs[0].Text, "\n\nLeggi anche: tutte le notizie della settimana\n\n")
	assert.Contains(t, docs[1].Text, ". Leggi anche: tutte le notizie della settimana\n\n")

	var stdout, stderr bytes.Buffer
	require.Equal(t, 0, run([]string{"-corpus", "", "-realworld", "", "-lines", filepath.Join(dir, "spam_lines.jsonl"), "-json"}, &stdout, &stderr), stderr.String())
	var s struct {
		Name   string
		Report corpus.Report
	}
	dec := json.NewDecoder(&stdout)
	require.NoError(t, dec.Decode(&s))
	assert.Equal(t, "realworld lines", s.Name)
	it := s.Report.Langs["it"]
	require.NotNil(t, it)
	assert.Equal(t, corpus.Count{Hit: 1, N: 1}, it.SpamLine, "the read-also line goes")
	require.NoError(t, dec.Decode(&s))
	assert.Equal(t, "realworld lines glued at the start", s.Name)
	require.NotNil(t, s.Report.Langs["it"])
	assert.Equal(t, 1, s.Report.Langs["it"].SpamInline.N, "one line glued at the start")

	// Glued at the start: one document, the line before the second paragraph's first sentence.
	docs, err = lineDocs(filepath.Join(dir, "spam_lines.jsonl"), filepath.Join(dir, "clean_paragraphs.jsonl"), true)
	require.NoError(t, err)
	require.Len(t, docs, 1)
	assert.Equal(t, corpus.KindSpamIn, docs[0].Kind)
	assert.Contains(t, docs[0].Text, "\n\nLeggi anche: tutte le notizie della settimana La seduta")

	_, err = lineDocs(filepath.Join(dir, "missing.jsonl"), filepath.Join(dir, "clean_paragraphs.jsonl"), false)
	assert.ErrorIs(t, err, fs.ErrNotExist)
}
