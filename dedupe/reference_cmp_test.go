package dedupe

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The production matcher is pinned to the reference matcher (reference_test.go): the same
// words, flags and word ends from the tokenizer, and the same matches from every Detector,
// on the corpus, on documents built to hit every path (copies, damaged copies, copied
// beginnings, weak splits, decomposed accents, marks, numbers, quotes, list items) and on
// the fuzz seeds.

var refDetectors = func() map[string]*Detector {
	out := map[string]*Detector{"default": Default}
	for name, opts := range map[string][]Option{
		"no-near":    {WithMaxGap(0)},
		"no-prefix":  {WithMinPrefixWords(0)},
		"min-words1": {WithMinWords(1), WithMinPrefixWords(3)},
		"gap8":       {WithMaxGap(8)},
	} {
		d, err := New(opts...)
		if err != nil {
			panic(err)
		}
		out[name] = d
	}
	return out
}()

// requireSameAsReference checks one document against the reference, for every Detector, in
// both modes.
func requireSameAsReference(t *testing.T, units []Unit) {
	t.Helper()
	for name, d := range refDetectors {
		for _, whole := range []bool{false, true} {
			want := d.refFindUnits(units, whole)
			got := d.findUnits(units, whole)
			if len(want) == 0 {
				require.Empty(t, got, "%s whole=%v", name, whole)
				continue
			}
			require.Equal(t, want, got, "%s whole=%v", name, whole)
		}
	}
	// The tokenizer, word by word.
	ref := &refTokens{}
	tk := new(tokens)
	tk.read(units, false)
	for _, u := range units {
		ref.tokenize(u.Text, u.Para, false)
	}
	require.Len(t, tk.fl, len(ref.words))
	var ends []int32
	for k, w := range ref.words {
		require.Equal(t, string(ref.wordBytes(k)), string(tk.wordBytes(k)), "word %d", k)
		const refFlags = startOK | endOK | cutBefore | paraStart | sentenceCut
		require.Equal(t, w.flags&refFlags, tk.fl[k]&refFlags, "flags of word %d %q", k, tk.wordBytes(k))
		require.Equal(t, w.flags&sensitive != 0, tk.hasDigit(k), "digits of word %d %q", k, tk.wordBytes(k))
		require.Equal(t, int(w.unit), tk.unitOf(k))
		if u := ref.units[w.unit]; u.exact {
			if k == u.first {
				s := tokens{recordEnds: true}
				s.words1(units[w.unit].Text, 0)
				ends = s.ends
			}
			require.Equal(t, int(w.be), int(ends[k-u.first]), "end of word %d", k)
			if k == u.first || k == u.end-1 {
				require.Equal(t, int(w.be), wordEnd(units[w.unit].Text, k-u.first), "end of word %d", k)
			}
		}
	}
	for ui, u := range ref.units {
		require.Equal(t, u.exact, tk.units[ui].exact)
		require.Equal(t, u.quoted, fullyQuoted(units[ui].Text))
	}
}

func corpusDocs(t *testing.T) []string {
	files, _ := filepath.Glob("../testdata/corpus/src/*/*.txt")
	seeds, _ := filepath.Glob("../testdata/seeds/*.txt")
	var docs []string
	for _, f := range append(files, seeds...) {
		if data, err := os.ReadFile(f); err == nil {
			docs = append(docs, string(data))
		}
	}
	if len(docs) == 0 {
		t.Skip("no corpus")
	}
	return docs
}

// quick reports whether the reference tests should sample less: with -race or -short.
func quick() bool { return raceEnabled || testing.Short() }

func TestSameAsReferenceCorpus(t *testing.T) {
	for i, s := range corpusDocs(t) {
		if quick() && i%4 != 0 {
			continue
		}
		units, _ := benchUnits(s)
		requireSameAsReference(t, append(units, units...)) // the first half is the document alone
	}
}

// mutate returns s damaged the ways scraped copies are, or changed in the ways that make a
// different sentence.
func mutate(r *rand.Rand, s string) string {
	w := strings.Fields(s)
	switch r.IntN(12) {
	case 0, 1: // drop a run of words
		if len(w) > 2 {
			i, n := r.IntN(len(w)-1), 1+r.IntN(4)
			w = append(w[:i], w[min(i+n, len(w)):]...)
		}
	case 2: // an orphan space before the full stop, quotes changed
		s = strings.NewReplacer(".", " .", "'", "’", "\"", "«").Replace(s)
		return s
	case 3: // decomposed accents
		return strings.NewReplacer("é", "e\u0301", "à", "a\u0300", "ó", "o\u0301", "ü", "u\u0308").Replace(s)
	case 4: // a number changed or added
		w = append(w, "1,5", "2.000")
	case 5: // upper case
		return strings.ToUpper(s)
	case 6: // a weak split inside
		if len(w) > 3 {
			i := 1 + r.IntN(len(w)-2)
			w = append(w[:i], append([]string{"S.", "Paulo", "ok.", "31"}, w[i:]...)...)
		}
	case 7: // a copy followed by a sentence the splitter missed
		return s + " «È falso» dire che l'Italia sia coinvolta."
	case 8: // a quotation
		return "«" + strings.TrimRight(s, ".") + "»"
	case 9: // a list item
		return "- " + s
	case 10: // marks, stray bytes, other scripts
		return s + " Καλημέρα кошка \u0301x \xff 日本語 ١٢٣"
	}
	return strings.Join(w, " ")
}

func TestSameAsReferenceGenerated(t *testing.T) {
	var sents []string
	for _, s := range corpusDocs(t) {
		units, _ := benchUnits(s)
		for _, u := range units {
			sents = append(sents, u.Text)
		}
	}
	r := rand.New(rand.NewPCG(4, 6))
	n := 300
	if quick() {
		n = 40
	}
	for range n {
		var units []Unit
		para := 0
		for range 5 + r.IntN(60) {
			var s string
			if len(units) > 0 && r.IntN(3) == 0 {
				s = units[r.IntN(len(units))].Text // a copy of an earlier unit
				if r.IntN(2) == 0 {
					s = mutate(r, s)
				}
			} else {
				s = sents[r.IntN(len(sents))]
			}
			if r.IntN(4) == 0 {
				para++
			}
			units = append(units, Unit{Text: s, Para: para})
		}
		requireSameAsReference(t, units)
	}
}

func TestSameAsReferenceCases(t *testing.T) {
	for _, tc := range findCases {
		requireSameAsReference(t, tc.units)
	}
	seeds, _ := filepath.Glob("testdata/fuzz/*/*")
	for _, f := range seeds {
		data, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		// The seed files hold Go string literals; their raw bytes make odd documents too.
		s := string(data)
		requireSameAsReference(t, []Unit{{Text: s}})
		var units []Unit
		for i, line := range strings.Split(s, "\n") {
			units = append(units, Unit{Text: line, Para: i / 3})
		}
		requireSameAsReference(t, units)
	}
	// One-letter words, as in text with a stray byte every other byte, short (the stream
	// grows past its first estimate) and long (the estimate is sampled).
	for _, n := range []int{5000, 40000} {
		var b strings.Builder
		for i := range n {
			b.WriteByte(byte('a' + i%26))
			b.WriteByte(0x80 | byte(i%64))
		}
		requireSameAsReference(t, []Unit{{Text: b.String()}, {Text: b.String(), Para: 1}})
	}
	// Normalized bytes past their estimate: one long word, decomposed accents that compose,
	// capitals whose lower case is longer ("Ⱥ" is two bytes, "ⱥ" three).
	requireSameAsReference(t, []Unit{{Text: strings.Repeat("x", 40000)}, {Text: strings.Repeat("Ⱥb ", 12000)}})
	requireSameAsReference(t, []Unit{{Text: strings.Repeat("ÀÈÌ e\u0301 ", 8000)}})
}

func TestEstimate(t *testing.T) {
	for _, s := range []string{
		strings.Repeat("La tensione si è accentuata dopo il vertice di marzo. ", 4000),
		strings.Repeat("a\x80", 100000),
		strings.Repeat("Καλημέρα кошка 日本語 ", 10000),
	} {
		tk := new(tokens)
		units := []Unit{{Text: s}}
		tk.total = len(s)
		words, norm := tk.estimate(units)
		tk.read(units, false)
		assert.GreaterOrEqual(t, words, len(tk.fl))
		assert.LessOrEqual(t, words, len(tk.fl)*5/4+64)
		assert.GreaterOrEqual(t, norm, len(tk.norm))
		assert.LessOrEqual(t, norm, len(tk.norm)*5/4+256)
	}
}

func FuzzSameAsReference(f *testing.F) {
	for _, tc := range findCases {
		var b strings.Builder
		for _, u := range tc.units {
			b.WriteString(u.Text)
			b.WriteString("\n")
		}
		f.Add(b.String() + b.String())
	}
	f.Fuzz(func(t *testing.T, s string) {
		units, _ := benchUnits(s)
		requireSameAsReference(t, units)
		var lines []Unit
		for i, line := range strings.Split(s, "\n") {
			lines = append(lines, Unit{Text: line, Para: i / 2})
		}
		requireSameAsReference(t, lines)
	})
}

func TestIndex(t *testing.T) {
	var x index
	x.init(3)
	buf := make([]int32, 4)
	assert.Empty(t, x.get(7, buf, 4))
	for p := range 6 {
		x.push(7, p)
	}
	x.push(7+1<<60, 100) // another key
	assert.Equal(t, []int32{2, 3, 4, 5}, x.get(7, buf, 4))
	assert.Equal(t, []int32{100}, x.get(7+1<<60, buf, 4))
	x.init(1)
	assert.Empty(t, x.get(7, buf, 4))
}

// TestAlnum checks the eight-byte letter-and-digit test against the byte table, for every
// byte value in every position, beside every other value.
func TestAlnum(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for c := range 256 {
		for pos := range 8 {
			var b [8]byte
			for k := range b {
				b[k] = byte(r.IntN(256))
			}
			b[pos] = byte(c)
			m := alnum(load64(string(b[:])))
			for k, v := range b {
				want := v < utf8.RuneSelf && asciiClass[v] == cWord
				require.Equal(t, want, m>>(8*k+7)&1 == 1, "byte %#x at %d", v, k)
			}
			require.Zero(t, m&^0x8080808080808080)
		}
	}
}

// TestDecodeAt checks the two-byte fast path against utf8 on every two-byte prefix.
func TestDecodeAt(t *testing.T) {
	for c0 := 0x80; c0 < 0x100; c0++ {
		for c1 := range 0x100 {
			for _, s := range []string{string([]byte{byte(c0), byte(c1)}), string([]byte{byte(c0)}), string([]byte{byte(c0), byte(c1), 0xbf, 0x80})} {
				r, size := decodeAt(s, 0)
				wr, wsize := utf8.DecodeRuneInString(s)
				require.Equal(t, wr, r, "%q", s)
				require.Equal(t, wsize, size, "%q", s)
			}
		}
	}
}
