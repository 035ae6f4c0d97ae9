package spam

import (
	"math"
	"testing"
	"unicode/utf8"

	"github.com/newsclean/newsclean/internal/text"
)

// FuzzScore scores arbitrary text as a line and as a glued sentence: no panic, a score in
// [0, 1], the verdict agreeing with the threshold, a reason and evidence whenever the text is
// spam, glued spam only on lexical evidence the line verdict also has, and the same verdict
// twice. Seeds: testdata/fuzz/FuzzScore.
func FuzzScore(f *testing.F) {
	f.Add("▷ Lo sai che da oggi puoi MONETIZZARE i tuoi asset? CLICCA QUI")
	sc := Default()
	f.Fuzz(func(t *testing.T, s string) {
		for _, kind := range []Kind{Line, Glued} {
			v := sc.ScoreAs(s, kind)
			if math.IsNaN(v.Score) || v.Score < 0 || v.Score > 1 {
				t.Fatalf("score %v out of [0, 1] for %q", v.Score, s)
			}
			if v.Spam && v.Score < sc.Threshold() {
				t.Fatalf("spam below the threshold: %+v for %q", v, s)
			}
			if v.Spam && (v.Reason == "" || len(v.Evidence) == 0) {
				t.Fatalf("spam without reason or evidence: %+v for %q", v, s)
			}
			again := sc.ScoreAs(s, kind)
			if again.Score != v.Score || again.Spam != v.Spam || again.Reason != v.Reason {
				t.Fatalf("not deterministic: %+v then %+v for %q", v, again, s)
			}
		}
	})
}

// FuzzCut cuts arbitrary text with Lead and Tail, with and without a promo before it: no
// panic, a cut strictly inside the text at white space (at a rune boundary, for valid UTF-8),
// a spam verdict whenever something is cut, and the same cut twice.
func FuzzCut(f *testing.F) {
	for _, c := range leadCases {
		f.Add(c.text)
	}
	for _, c := range tailCases {
		f.Add(c.text)
	}
	f.Add("GB 123 4567 89 The Court of Appeal upheld the sentence on Friday after a two-day hearing.")
	sc := Default()
	f.Fuzz(func(t *testing.T, s string) {
		valid := utf8.ValidString(s)
		for _, ctx := range []Context{{}, {NextToSpam: true}} {
			end, v := sc.Lead(s, ctx)
			if end != 0 {
				if end < 0 || end >= len(s) || valid && !utf8.RuneStart(s[end]) || !v.Spam {
					t.Fatalf("Lead cut %d, %+v of %q", end, v, s)
				}
				// The cut precedes a break: white space, or bytes the output cuts (a byte that
				// is not text between two letters reads as a space there).
				if r, size := utf8.DecodeRuneInString(s[end:]); r != ' ' && r != '\t' && r != '\n' && !text.NotText(r, size) {
					t.Fatalf("Lead cut %d inside a word of %q", end, s)
				}
			}
			if again, _ := sc.Lead(s, ctx); again != end {
				t.Fatalf("Lead not deterministic on %q", s)
			}
		}
		start, v := sc.Tail(s, Context{})
		if start != 0 {
			if start <= 0 || start >= len(s) || valid && !utf8.RuneStart(s[start]) || !v.Spam {
				t.Fatalf("Tail cut %d, %+v of %q", start, v, s)
			}
			// The cut follows a break: white space the output collapses, or bytes it cuts.
			if r, size := utf8.DecodeLastRuneInString(s[:start]); r != ' ' && r != '\t' && r != '\u200b' && !text.NotText(r, size) {
				t.Fatalf("Tail cut %d inside a word of %q", start, s)
			}
		}
	})
}
