package spam

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsclean/newsclean/internal/benchcpu"
	"github.com/newsclean/newsclean/internal/text"
)

// benchLangs are the languages the built-in rules are written for.
var benchLangs = []string{"it", "en", "de", "fr", "es", "pt", "nl", "pl"}

// corpusDocs reads the texts of the labelled corpus documents of the eight languages
// (testdata/corpus/<lang>.jsonl), or skips the benchmark when the corpus is absent.
func corpusDocs(b *testing.B) []string {
	var docs []string
	for _, lang := range benchLangs {
		f, err := os.Open(filepath.Join("..", "testdata", "corpus", lang+".jsonl"))
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 0, 1<<20), 1<<24)
		for sc.Scan() {
			var d struct{ Text string }
			if json.Unmarshal(sc.Bytes(), &d) == nil && d.Text != "" {
				docs = append(docs, d.Text)
			}
		}
		f.Close()
	}
	if len(docs) == 0 {
		b.Skip("no corpus in testdata/corpus")
	}
	return docs
}

// benchDoc is a corpus document segmented once: its paragraphs and their sentences.
type benchDoc struct {
	paras []string
	sents [][]string
	bytes int
}

// BenchmarkSpam scores the corpus the way the filter's spam stage does: every paragraph as a
// line in its document context, and, when the paragraph holds any rule phrase or marker or its
// last sentence does not end like one, the first and last sentences of longer paragraphs as
// glued units. Segmentation is done once, outside the timer. It reports MB/s of document
// text and the share of units found to be spam, so a speed-up that changes behaviour shows.
func BenchmarkSpam(b *testing.B) {
	var docs []benchDoc
	total := 0
	for _, t := range corpusDocs(b) {
		var d benchDoc
		for _, sp := range text.Paragraphs(t) {
			p := sp.Of(t)
			d.paras = append(d.paras, p)
			var ss []string
			for _, s := range text.Sentences(t, sp) {
				ss = append(ss, s.Of(t))
			}
			d.sents = append(d.sents, ss)
		}
		d.bytes = len(t)
		total += len(t)
		docs = append(docs, d)
	}
	sc := Default()
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	units, spam := 0, 0
	clock := benchcpu.Start()
	for b.Loop() {
		for _, d := range docs {
			doc := NewDoc(d.paras)
			for pi, p := range d.paras {
				units++
				v := sc.ScoreIn(p, Line, Context{Doc: doc, Para: pi})
				if v.Spam {
					spam++
				}
				if ss := d.sents[pi]; len(ss) >= 2 && (v.Candidates > 0 || !terminated(ss[len(ss)-1])) {
					units += 2
					if sc.ScoreIn(ss[len(ss)-1], Glued, Context{Doc: doc, Para: pi, Tail: true}).Spam {
						spam++
					}
					if g := sc.ScoreIn(ss[0], Glued, Context{Doc: doc, Para: pi}); g.Spam {
						spam++
					} else if g.Score > 0 {
						// As the stage does: a promo glued to the start without a full stop.
						if end, _ := sc.Lead(ss[0], Context{Doc: doc, Para: pi}); end > 0 {
							spam++
						}
					}
				}
			}
		}
	}
	clock.Report(b, total)
	b.ReportMetric(float64(spam)/float64(max(units, 1)), "spam/unit")
}

// BenchmarkScoreLine scores one clean news sentence and one promo line: the cost per unit.
func BenchmarkScoreLine(b *testing.B) {
	for _, tc := range []struct{ name, line string }{
		{"clean", "Il consiglio comunale ha approvato ieri sera il bilancio di previsione con 18 voti favorevoli e 7 contrari, dopo una seduta durata oltre quattro ore."},
		{"promo", "▷ Lo sai che da oggi puoi GUADAGNARE con i tuoi risparmi? CLICCA QUI e scopri come"},
	} {
		b.Run(tc.name, func(b *testing.B) {
			sc := Default()
			b.SetBytes(int64(len(tc.line)))
			b.ReportAllocs()
			for b.Loop() {
				sc.Score(tc.line)
			}
		})
	}
}

// BenchmarkLongUnit scores one paragraph of ordinary prose as a line in its document, at
// sizes on both sides of maxUnitBytes (the bound on whole-unit scoring). Allocation per call
// must not grow with the unit: the scratch is pooled, and a unit past the bound is only looked
// at on its edges.
func BenchmarkLongUnit(b *testing.B) {
	for _, size := range []int{4 << 10, 64 << 10, 1 << 20, 8 << 20} {
		t := longProse(size)[:size]
		b.Run(fmt.Sprintf("%dKiB", size>>10), func(b *testing.B) {
			sc := Default()
			doc := NewDoc([]string{t})
			b.SetBytes(int64(len(t)))
			b.ReportAllocs()
			for b.Loop() {
				sc.ScoreIn(t, Line, Context{Doc: doc})
			}
		})
	}
}
