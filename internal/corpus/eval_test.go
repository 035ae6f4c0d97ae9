package corpus_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsclean/newsclean/filter"
	"github.com/newsclean/newsclean/internal/corpus"
)

// Floors the default filter must keep meeting on the committed corpus, so a change that makes
// things worse fails here. They sit a few points under what the filter achieved when they were
// set (2026-11-23: own-line 91%, glued 87%, lost 0.08%, tricky kept 99%, every language right;
// spam floors raised after the recall work: own-line 98%, glued 97%, lowest language 96% and
// 88%, lost 0.00%; raised again on 2026-12-06 at own-line 98.1%, glued 97.6%, lowest
// language 96.3% and 92.3%, dedupe 100%; see the README's Accuracy section); raise them as the
// stages improve. The
// issue's targets (>= 95% own-line, >= 90% glued, <= 0.5% lost, in every language) are
// reported by go run ./cmd/newsclean-eval and asserted here only once met in every language.
const (
	floorSpamLine     = 0.97  // own-line injected lines gone, all eight languages together
	floorSpamInline   = 0.96  // glued injected lines gone, all together
	floorSpamLineLang = 0.92  // own-line injected lines gone, in each of the eight languages
	floorSpamInLang   = 0.88  // glued injected lines gone, in each (~26 lines: one is ~4 points)
	maxLegitLostAll   = 0.005 // legitimate sentences lost, all languages together
	maxLegitLostLang  = 0.01  // legitimate sentences lost, in any one language
	floorTrickyAll    = 0.95  // tricky paragraphs kept, all together
	floorHeadings     = 0.98  // titles and subheadings kept, all together
	floorHardAll      = 0.95  // quote and numvar paragraphs kept, all together
	floorDedupe       = 0.98  // faq and anchor copies gone, all together
	floorOffLang      = 0.90  // off-language paragraphs gone, all together
	floorLangAcc      = 0.995 // document language right, in every language
)

func evaluate(t *testing.T, docs []corpus.Doc) *corpus.Report {
	t.Helper()
	f, err := filter.New()
	require.NoError(t, err)
	return corpus.Evaluate(docs, func(text string) corpus.Outcome {
		res := f.CleanDoc(filter.Doc{Text: text})
		o := corpus.Outcome{Text: res.Text, Language: res.Language}
		for _, r := range res.Removed {
			o.Removed = append(o.Removed, corpus.Removal{Stage: r.Stage, Reason: r.Reason, Text: r.Text})
		}
		return o
	}, 0)
}

func TestEvalFloors(t *testing.T) {
	if testing.Short() {
		t.Skip("cleans the whole corpus; skipped with -short")
	}
	docs, err := corpus.ReadDir(corpusDir)
	require.NoError(t, err)
	if raceEnabled {
		// The race detector makes the full run too slow; a sample still exercises Evaluate's
		// workers against the shared filter. The floors need the whole corpus.
		var sample []corpus.Doc
		for i := 0; i < len(docs); i += 16 {
			sample = append(sample, docs[i])
		}
		rep := evaluate(t, sample)
		assert.Equal(t, len(sample), rep.All.LangAcc.N)
		t.Skip("floors are checked without -race")
	}
	rep := evaluate(t, docs)
	var b strings.Builder
	rep.WriteTable(&b, rep.LangOrder(corpus.Main...))
	b.WriteString("\n")
	rep.WriteKinds(&b)
	b.WriteString("\n")
	rep.WriteExamples(&b, 5)
	t.Log("\n" + b.String())

	all := rep.All
	assert.GreaterOrEqual(t, all.SpamLine.Rate(), floorSpamLine, "own-line spam recall")
	assert.GreaterOrEqual(t, all.SpamInline.Rate(), floorSpamInline, "glued spam recall")
	assert.LessOrEqual(t, all.LegitLost.Rate(), maxLegitLostAll, "legitimate sentences lost")
	assert.GreaterOrEqual(t, all.TrickyKept.Rate(), floorTrickyAll, "tricky paragraphs kept")
	assert.GreaterOrEqual(t, all.Headings.Rate(), floorHeadings, "headings kept")
	assert.GreaterOrEqual(t, all.HardKept.Rate(), floorHardAll, "quotations and number variants kept")
	assert.GreaterOrEqual(t, all.Dedupe.Rate(), floorDedupe, "dedupe recall")
	assert.GreaterOrEqual(t, all.OffLang.Rate(), floorOffLang, "off-language paragraphs removed")
	for _, l := range rep.LangOrder(corpus.Main...) {
		st := rep.Langs[l]
		assert.LessOrEqual(t, st.LegitLost.Rate(), maxLegitLostLang, "%s: legitimate sentences lost", l)
		if st.SpamLine.N > 0 {
			assert.GreaterOrEqual(t, st.SpamLine.Rate(), floorSpamLineLang, "%s: own-line spam recall", l)
			assert.GreaterOrEqual(t, st.SpamInline.Rate(), floorSpamInLang, "%s: glued spam recall", l)
		}
		assert.GreaterOrEqual(t, st.LangAcc.Rate(), floorLangAcc, "%s: language accuracy", l)
	}
	assert.GreaterOrEqual(t, len(rep.Langs), 18, "languages measured")
}
