package corpus_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsclean/newsclean/internal/corpus"
)

const (
	srcDir    = "../../testdata/corpus/src"
	corpusDir = "../../testdata/corpus"
)

func generate(t *testing.T) (*corpus.Source, map[string][]corpus.Doc) {
	t.Helper()
	src, err := corpus.LoadSource(os.DirFS(srcDir))
	require.NoError(t, err)
	docs, err := corpus.Generate(src)
	require.NoError(t, err)
	return src, docs
}

// The committed files are exactly what the generator makes from the committed sources, so the
// two never drift apart. After editing a source file: go run ./cmd/newsclean-corpus
func TestCommittedCorpusUpToDate(t *testing.T) {
	_, docs := generate(t)
	names, err := filepath.Glob(filepath.Join(corpusDir, "*.jsonl"))
	require.NoError(t, err)
	var langs []string
	for _, n := range names {
		langs = append(langs, strings.TrimSuffix(filepath.Base(n), ".jsonl"))
	}
	var want []string
	for l := range docs {
		want = append(want, l)
	}
	slices.Sort(want)
	require.Equal(t, want, langs, "one file per source language")
	for _, l := range langs {
		b, err := corpus.Encode(docs[l])
		require.NoError(t, err)
		old, err := os.ReadFile(filepath.Join(corpusDir, corpus.FileName(l)))
		require.NoError(t, err)
		assert.True(t, string(b) == string(old), "%s.jsonl is out of date: run go run ./cmd/newsclean-corpus", l)
	}
}

func TestGenerateDeterministic(t *testing.T) {
	_, a := generate(t)
	_, b := generate(t)
	assert.Equal(t, a, b)
}

// The labels describe the text: what must go is in it, what must stay is in it, and every
// kind of injected line of a language is measured both as its own line and glued.
func TestGeneratedLabels(t *testing.T) {
	src, docs := generate(t)
	full := 0
	for _, l := range src.Langs {
		ds := docs[l.Code]
		if !l.Full() {
			assert.Len(t, ds, 15, l.Code)
			for _, d := range ds {
				assert.Equal(t, corpus.KindLang, d.Kind)
			}
			continue
		}
		full++
		assert.GreaterOrEqual(t, len(ds), 40, l.Code)
		line, inline := map[string]bool{}, map[string]bool{}
		ids := map[string]bool{}
		for _, d := range ds {
			assert.False(t, ids[d.ID], "duplicate id %s", d.ID)
			ids[d.ID] = true
			assert.Equal(t, l.Code, d.Lang)
			require.Len(t, d.Labels.SpamKinds, len(d.Labels.Spam), d.ID)
			for i, s := range d.Labels.Spam {
				assert.Contains(t, d.Text, s, d.ID)
				if d.Kind == corpus.KindSpam {
					line[d.Labels.SpamKinds[i]] = true
					assert.Contains(t, "\n"+d.Text, "\n"+s+"\n", "%s: own line", d.ID)
				} else {
					inline[d.Labels.SpamKinds[i]] = true
					assert.NotContains(t, "\n"+d.Text, "\n"+s+"\n", "%s: glued", d.ID)
				}
			}
			for _, p := range d.Labels.Keep {
				for _, s := range corpus.Sentences(p) {
					assert.Contains(t, d.Text, s, d.ID)
				}
			}
			paras := strings.Split(strings.TrimSpace(d.Text), "\n\n")
			switch d.Kind {
			case corpus.KindClean, corpus.KindSpamIn:
				assert.GreaterOrEqual(t, len(paras)-len(d.Labels.Headings), 3, d.ID)
				assert.LessOrEqual(t, len(paras)-len(d.Labels.Headings), 8, d.ID)
				if d.Kind == corpus.KindClean {
					assert.Equal(t, d.Labels.Keep, paras, d.ID)
				}
			case corpus.KindTricky:
				assert.NotEmpty(t, d.Labels.Tricky, d.ID)
				assert.Equal(t, d.Labels.Keep, paras, d.ID)
				assert.LessOrEqual(t, len(paras)-len(d.Labels.Headings), 8, d.ID)
			case corpus.KindSpam:
				assert.Equal(t, len(d.Labels.Keep)+len(d.Labels.Spam), len(paras), d.ID)
			case corpus.KindFAQ:
				require.NotEmpty(t, d.Labels.Repeats, d.ID)
				for _, r := range d.Labels.Repeats {
					assert.Equal(t, 2, strings.Count(d.Text, r), "%s: %q twice", d.ID, r)
				}
			case corpus.KindAnchor:
				require.Len(t, d.Labels.Repeats, 1, d.ID)
				dmg, orig := d.Labels.Repeats[0], d.Labels.Original
				assert.Equal(t, 1, strings.Count(d.Text, orig), d.ID)
				assert.Contains(t, d.Text, "\n\n"+dmg+" ", d.ID)
				assert.True(t, strings.HasSuffix(dmg, " ."), d.ID)
				od, dd := strings.Fields(orig), strings.Fields(strings.TrimSuffix(dmg, " ."))
				assert.Contains(t, []int{1, 2, 3}, len(od)-len(dd), "%s: 1-3 words dropped", d.ID)
			case corpus.KindQuote, corpus.KindNumVar:
				require.Len(t, d.Labels.Hard, 1, d.ID)
				assert.Contains(t, paras, d.Labels.Hard[0], d.ID)
				assert.Equal(t, d.Labels.Keep, paras, d.ID)
			case corpus.KindOffLang:
				require.Len(t, d.Labels.OffLang, 1, d.ID)
				assert.NotEqual(t, l.Code, d.Labels.OffLangLang)
				assert.Contains(t, paras, d.Labels.OffLang[0], d.ID)
				assert.Contains(t, src.Lang(d.Labels.OffLangLang).News, d.Labels.OffLang[0], d.ID)
			}
		}
		trickyUsed := map[string]bool{}
		for _, d := range ds {
			for _, p := range d.Labels.Tricky {
				trickyUsed[p] = true
			}
		}
		for _, p := range l.Tricky {
			assert.True(t, trickyUsed[p], "%s: tricky paragraph never used: %.60s", l.Code, p)
		}
		heads := 0
		for _, d := range ds {
			for _, h := range d.Labels.Headings {
				heads++
				assert.Contains(t, l.Headings, h)
				assert.Contains(t, "\n"+d.Text, "\n"+h+"\n\n", "%s: heading as its own paragraph", d.ID)
			}
		}
		if len(l.Headings) > 0 {
			assert.GreaterOrEqual(t, heads, 10, "%s: headings used", l.Code)
		}
		for _, s := range l.Spam {
			assert.True(t, line[s.Kind], "%s: kind %s never an own line", l.Code, s.Kind)
			assert.True(t, inline[s.Kind], "%s: kind %s never glued", l.Code, s.Kind)
		}
	}
	assert.GreaterOrEqual(t, full, 6, "languages with every source file")
}

func TestNormAndGone(t *testing.T) {
	assert.Equal(t, "l'isola è qui 3 5", corpus.Norm("  L’Isola  È — qui: 3,5! "))
	assert.Equal(t, "ä", corpus.Norm("a\u0308"), "NFC")
	out := corpus.Norm("Il governo ha approvato la manovra. Leggi anche la nostra guida completa")
	assert.False(t, corpus.Gone("Leggi anche: la nostra guida completa al bonus", out), "a 4-word window is left")
	assert.True(t, corpus.Gone("Iscriviti alla newsletter gratuita oggi", out))
	assert.False(t, corpus.Gone("Il governo", out), "a short line left whole")
	assert.True(t, corpus.Gone("Pubblicità", out))
}

func TestSentences(t *testing.T) {
	assert.Equal(t, []string{"A b.", "C d?", "E f!", "G"}, corpus.Sentences(" A b. C d?  E f!\nG "))
	assert.Equal(t, []string{"3.5 e 1.2."}, corpus.Sentences("3.5 e 1.2."))
}

func TestScore(t *testing.T) {
	docs := []corpus.Doc{
		{ID: "a", Kind: corpus.KindSpam, Lang: "it", Text: "x",
			Labels: corpus.Labels{Spam: []string{"Clicca qui per vincere subito un premio", "Pubblicità"}, SpamKinds: []string{"cta", "adlabel"},
				Keep: []string{"Il governo ha approvato la manovra finanziaria. Poi è andato via per sempre."}}},
		{ID: "b", Kind: corpus.KindAnchor, Lang: "it", Text: "x",
			Labels: corpus.Labels{Repeats: []string{"Il sindaco ha parlato ai cittadini ."}, Original: "Il sindaco ha parlato ieri ai cittadini."}},
	}
	outs := []corpus.Outcome{
		{Text: "Il governo ha approvato la manovra finanziaria.\n\nPubblicità", Language: "it",
			Removed: []corpus.Removal{{Stage: "spam", Reason: "cta-phrase", Text: "Clicca qui per vincere subito un premio"}, {Stage: "dedupe", Reason: "x", Text: "Poi è andato via per sempre."}}},
		{Text: "Il sindaco ha parlato ieri ai cittadini. Il sindaco ha parlato ai cittadini .", Language: "fr"},
	}
	rep := corpus.Score(docs, outs)
	it := rep.Langs["it"]
	assert.Equal(t, corpus.Count{Hit: 1, N: 2}, it.SpamLine)
	assert.Equal(t, corpus.Count{Hit: 1, N: 2}, it.LegitLost)
	assert.Equal(t, corpus.Count{Hit: 0, N: 1}, it.Dedupe)
	assert.Equal(t, corpus.Count{Hit: 1, N: 2}, it.LangAcc)
	assert.Equal(t, corpus.Count{Hit: 0, N: 1}, rep.SpamKinds["adlabel"].Line)
	assert.Equal(t, corpus.Count{Hit: 1, N: 1}, rep.SpamKinds["cta"].Line)
	var lost corpus.Example
	for _, e := range rep.Examples {
		if e.Metric == "legit_lost" {
			lost = e
		}
	}
	assert.Equal(t, "dedupe/x", lost.Detail)
	assert.Equal(t, map[string]int{"dedupe": 1}, it.LostBy)
	assert.Equal(t, rep.All, *it)
}

func TestWriters(t *testing.T) {
	docs := []corpus.Doc{
		{ID: "it-spam-00", Kind: corpus.KindSpam, Lang: "it", Labels: corpus.Labels{
			Spam:      []string{"Iscriviti alla nostra newsletter gratuita oggi", "Gioca ora al casinò con bonus di benvenuto", "Scommetti ora sulla partita di stasera"},
			SpamKinds: []string{"newsletter", "casino", "casino"},
			Keep:      []string{"Il governo ha approvato la manovra finanziaria."}}},
		{ID: "sv-lang-00", Kind: corpus.KindLang, Lang: "sv", Labels: corpus.Labels{Keep: []string{"Riksdagen röstade igenom förslaget på onsdagen."}}},
	}
	outs := []corpus.Outcome{
		{Text: "Iscriviti alla nostra newsletter gratuita oggi\n\nGioca ora al casinò con bonus di benvenuto\n\nScommetti ora sulla partita di stasera", Language: "it"},
		{Text: "Riksdagen röstade igenom förslaget på onsdagen.", Language: "sv"},
	}
	rep := corpus.Score(docs, outs)
	var b strings.Builder
	rep.WriteTable(&b, rep.LangOrder(corpus.Main...))
	lines := strings.Split(b.String(), "\n")
	assert.Equal(t, []string{"metric", "it", "sv", "all", "n"}, strings.Fields(lines[0]), "main languages first")
	assert.Equal(t, []string{"spam", "own-line", "recall", "%", "0.0", "-", "0.0", "3"}, strings.Fields(lines[1]))
	assert.Contains(t, b.String(), "legit sentences lost by stage: changed 1")

	b.Reset()
	rep.WriteKinds(&b)
	assert.Contains(t, b.String(), "casino")
	b.Reset()
	rep.WriteExamples(&b, 2)
	out := b.String()
	assert.Contains(t, out, "spam_line: 3 failures")
	// One line per kind in turn: casino and newsletter first, the second casino line cut by n.
	assert.Contains(t, out, "[casino] Gioca ora")
	assert.Contains(t, out, "[newsletter]")
	assert.NotContains(t, out, "Scommetti")
}
