package text

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzSegment checks the spans Paragraphs and Sentences return for any input: in order,
// non-overlapping, inside their parent, trimmed, on rune boundaries, paragraphs without line
// breaks, sentences covering every word of their paragraph, MaxParagraphs a bound of their
// number; and Words giving valid UTF-8 words without separators. Seeds: testdata/fuzz/FuzzSegment.
func FuzzSegment(f *testing.F) {
	f.Add("Titolo\n\nUna frase. Un'altra frase! Il sig. Rossi è arrivato.\r\nFine")
	f.Fuzz(func(t *testing.T, s string) {
		starts := make([]bool, len(s)+1)
		for i := 0; i < len(s); {
			starts[i] = true
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
		starts[len(s)] = true
		trimmed := func(sp Span) bool { t, ok := Trim(s, sp); return ok && t == sp }
		prev := 0
		paras := Paragraphs(s)
		if n := MaxParagraphs(s); n < len(paras) {
			t.Fatalf("MaxParagraphs %d < %d paragraphs in %q", n, len(paras), s)
		}
		for _, p := range paras {
			if p.Start < prev || p.End <= p.Start || p.End > len(s) || !starts[p.Start] || !starts[p.End] || !trimmed(p) {
				t.Fatalf("bad paragraph %v (previous end %d) in %q", p, prev, s)
			}
			if LineBreaks(p.Of(s)) > 0 {
				t.Fatalf("paragraph %q holds a line break", p.Of(s))
			}
			prev = p.End
			var words []string
			sprev := p.Start
			for _, sn := range Sentences(s, p) {
				if sn.Start < sprev || sn.End <= sn.Start || sn.End > p.End || !starts[sn.Start] || !starts[sn.End] || !trimmed(sn) {
					t.Fatalf("bad sentence %v in paragraph %v of %q", sn, p, s)
				}
				words = append(words, Words(sn.Of(s))...)
				sprev = sn.End
			}
			if got, want := strings.Join(words, " "), Key(p.Of(s)); got != want {
				t.Fatalf("sentences of %q lose words: %q vs %q", p.Of(s), got, want)
			}
		}
		for _, w := range Words(s) {
			if w == "" || !utf8.ValidString(w) || strings.ContainsFunc(w, IsSpace) {
				t.Fatalf("bad word %q from %q", w, s)
			}
		}
	})
}
