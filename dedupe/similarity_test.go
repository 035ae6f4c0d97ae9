package dedupe

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"

	"github.com/newsclean/newsclean/internal/text"
)

// corpusSentences returns the sentences of the corpus's news and tricky paragraphs, per
// language, or nil when the corpus is absent.
func corpusSentences(t *testing.T) map[string][]string {
	files, _ := filepath.Glob("../testdata/corpus/src/*/news.txt")
	more, _ := filepath.Glob("../testdata/corpus/src/*/tricky.txt")
	out := map[string][]string{}
	for _, f := range append(files, more...) {
		data, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		lang := filepath.Base(filepath.Dir(f))
		s := string(data)
		for _, p := range text.Paragraphs(s) {
			for _, sp := range text.Sentences(s, p) {
				out[lang] = append(out[lang], sp.Of(s))
			}
		}
	}
	for l, ss := range out {
		slices.Sort(ss)
		out[l] = slices.Compact(ss)
	}
	return out
}

type measures struct{ containment, jaccard, jaccard3 float64 }

func measure(a, b []string) measures {
	set := func(ws []string) map[string]bool {
		m := map[string]bool{}
		for _, w := range ws {
			m[w] = true
		}
		return m
	}
	jac := func(x, y map[string]bool) (float64, int) {
		in := 0
		for w := range x {
			if y[w] {
				in++
			}
		}
		return float64(in) / float64(len(x)+len(y)-in), in
	}
	sa, sb := set(a), set(b)
	j, in := jac(sa, sb)
	sh := func(ws []string) map[string]bool {
		m := map[string]bool{}
		for i := 0; i+3 <= len(ws); i++ {
			m[strings.Join(ws[i:i+3], " ")] = true
		}
		return m
	}
	j3, _ := jac(sh(a), sh(b))
	return measures{float64(in) / float64(min(len(sa), len(sb))), j, j3}
}

// isNear runs the Detector on the two sentences as a document of two paragraphs and reports
// whether one of them goes as a whole.
func isNear(a, b string) bool {
	us := []Unit{{Text: a, Para: 0}, {Text: b, Para: 1}}
	for _, m := range Default.FindUnits(us) {
		if m.Start == 0 && m.End == len(us[m.Index].Text) {
			return true
		}
	}
	return false
}

// damage returns s with a run of k words dropped (as a scraper drops a link's anchor text),
// its commas gone and a space left before the final full stop; ok is false when s is too
// short or every run would hold a number.
func damage(r *rand.Rand, s string, k int) (string, bool) {
	ws := strings.Fields(strings.TrimRight(s, "."))
	if len(ws) < 8 || 4*k > len(ws) {
		return "", false
	}
	for try := 0; try < 10; try++ {
		i := r.IntN(len(ws) - k + 1)
		cut := strings.Join(ws[i:i+k], " ")
		if strings.ContainsFunc(cut, unicode.IsDigit) || strings.ContainsAny(cut, ".!?\"«»“”") ||
			len(wordsOf(cut)) != k || slices.ContainsFunc(wordsOf(cut), func(w string) bool { return negations[w] }) {
			continue // a number, a negation or a quotation mark is not anchor text
		}
		out := append(slices.Clone(ws[:i]), ws[i+k:]...)
		return strings.ReplaceAll(strings.Join(out, " "), ", ", " ") + " .", true
	}
	return "", false
}

// swapNumber returns s with its first number changed, and swapName with its first capitalized
// word after the first replaced by another: pairs that must not be duplicates.
func swapNumber(s string) (string, bool) {
	i := strings.IndexFunc(s, unicode.IsDigit)
	if i < 0 {
		return "", false
	}
	d := s[i]
	return s[:i] + string('0'+(d-'0'+3)%10) + s[i+1:], true
}

func swapName(s string) (string, bool) {
	ws := strings.Fields(s)
	for i := 1; i < len(ws); i++ {
		r := []rune(ws[i])
		if unicode.IsUpper(r[0]) && len(r) > 3 && !strings.ContainsAny(ws[i], ".,;:!?\"«»") {
			ws[i] = "Kowalczyk"
			return strings.Join(ws, " "), true
		}
	}
	return "", false
}

// TestSimilarityMeasures justifies the near-duplicate rule with numbers from the corpus: it
// compares the rule (the shorter copy is the longer with one run of at most four words
// missing, nothing substituted) with thresholds on word containment, word Jaccard and
// 3-shingle Jaccard, on damaged copies (must be found), on pairs of distinct corpus sentences
// and on copies with a number or a name changed (must not be). Run with -v for the table.
func TestSimilarityMeasures(t *testing.T) {
	corpus := corpusSentences(t)
	if len(corpus) == 0 {
		t.Skip("testdata/corpus/src is absent")
	}
	r := rand.New(rand.NewPCG(4, 4))
	type pair struct{ a, b string }
	var damaged, distinct, changed []pair
	langs := slices.Sorted(func(yield func(string) bool) {
		for l := range corpus {
			if !yield(l) {
				return
			}
		}
	})
	for _, l := range langs {
		ss := corpus[l]
		for i, a := range ss {
			for k := 1; k <= 4; k++ {
				if d, ok := damage(r, a, k); ok {
					damaged = append(damaged, pair{a, d})
				}
			}
			if c, ok := swapNumber(a); ok {
				changed = append(changed, pair{a, c})
			}
			if c, ok := swapName(a); ok {
				changed = append(changed, pair{a, c})
			}
			for j := i + 1; j < len(ss); j += 7 { // a fixed sample: every seventh pair
				distinct = append(distinct, pair{a, ss[j]})
			}
		}
	}
	type row struct {
		name string
		hit  func(p pair, m measures) bool
	}
	rows := []row{{"rule: one gap <= 4 words, no substitution", func(p pair, _ measures) bool { return isNear(p.a, p.b) }}}
	for _, th := range []float64{0.7, 0.8, 0.9} {
		rows = append(rows,
			row{fmt.Sprintf("word containment >= %.1f", th), func(_ pair, m measures) bool { return m.containment >= th }},
			row{fmt.Sprintf("word Jaccard >= %.1f", th), func(_ pair, m measures) bool { return m.jaccard >= th }},
			row{fmt.Sprintf("3-shingle Jaccard >= %.1f", th), func(_ pair, m measures) bool { return m.jaccard3 >= th }})
	}
	words := map[string][]string{}
	wordsOnce := func(s string) []string {
		if w, ok := words[s]; ok {
			return w
		}
		words[s] = wordsOf(s)
		return words[s]
	}
	ms := func(ps []pair) []measures {
		out := make([]measures, len(ps))
		for i, p := range ps {
			out[i] = measure(wordsOnce(p.a), wordsOnce(p.b))
		}
		return out
	}
	md, mx, mc := ms(damaged), ms(distinct), ms(changed)
	rate := func(ps []pair, m []measures, hit func(pair, measures) bool) float64 {
		n := 0
		for i, p := range ps {
			if hit(p, m[i]) {
				n++
			}
		}
		return float64(n) / float64(max(len(ps), 1))
	}
	t.Logf("%d damaged copies, %d distinct pairs, %d copies with a number or name changed", len(damaged), len(distinct), len(changed))
	t.Logf("%-44s %10s %10s %10s", "measure", "damaged", "distinct", "changed")
	for _, rw := range rows {
		xs := distinct
		t.Logf("%-44s %10.4f %10.6f %10.4f", rw.name, rate(damaged, md, rw.hit), rate(xs, mx[:len(xs)], rw.hit), rate(changed, mc, rw.hit))
		if rw.name[:4] == "rule" {
			assert.GreaterOrEqual(t, rate(damaged, md, rw.hit), 0.98, "damaged copies found")
			assert.Zero(t, rate(xs, mx[:len(xs)], rw.hit), "distinct sentences taken for copies")
			assert.Zero(t, rate(changed, mc, rw.hit), "a changed number or name taken for a copy")
		}
	}
	maxJ := 0.0
	for _, m := range mx {
		maxJ = max(maxJ, m.jaccard)
	}
	t.Logf("highest word Jaccard between distinct corpus sentences: %.3f", maxJ)
}
