package filter

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsclean/newsclean/internal/text"
)

// checkInvariants asserts the promises of DESIGN.md for one Clean call: removals index the
// input, are sorted, do not overlap and sit on rune boundaries; the output is valid UTF-8 and
// every output word comes from the input, in input order.
func checkInvariants(t testing.TB, input string, res Result) {
	t.Helper()
	prevEnd := 0
	starts := runeStarts(input)
	for i, r := range res.Removed {
		if r.Start < prevEnd || r.End <= r.Start || r.End > len(input) {
			t.Fatalf("removal %d [%d:%d] out of order or out of range (previous end %d, input %d bytes)", i, r.Start, r.End, prevEnd, len(input))
		}
		if input[r.Start:r.End] != r.Text {
			t.Fatalf("removal %d: input[%d:%d] = %q, Text = %q", i, r.Start, r.End, input[r.Start:r.End], r.Text)
		}
		if r.Stage == "" || r.Reason == "" {
			t.Fatalf("removal %d has no stage or reason: %+v", i, r)
		}
		if !starts[r.Start] || !starts[r.End] {
			t.Fatalf("removal %d [%d:%d] cuts a rune", i, r.Start, r.End)
		}
		prevEnd = r.End
	}
	if !utf8.ValidString(res.Text) {
		t.Fatalf("output is not valid UTF-8: %q", res.Text)
	}
	assertSubsequence(t, input, res.Text)
}

// runeStarts marks the offsets of s where a rune, or an invalid byte, begins, and len(s):
// the offsets a removal may start or end at without cutting a character in two.
func runeStarts(s string) []bool {
	starts := make([]bool, len(s)+1)
	for i := 0; i < len(s); {
		starts[i] = true
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	starts[len(s)] = true
	return starts
}

// assertSubsequence checks that the words of out appear in in, in order.
func assertSubsequence(t testing.TB, in, out string) {
	t.Helper()
	inWords := text.Words(in)
	j := 0
	for _, w := range text.Words(out) {
		for j < len(inWords) && inWords[j] != w {
			j++
		}
		if j == len(inWords) {
			t.Fatalf("output word %q is not in the input after the previous word (invented or reordered)\ninput:  %.2000q\noutput: %.2000q", w, in, out)
		}
		j++
	}
}

// assertNothingLost checks that every sentence of the input is either in the output or
// covered by a removal.
func assertNothingLost(t testing.TB, input string, res Result) {
	t.Helper()
	covered := func(sp text.Span) bool {
		for _, r := range res.Removed {
			if r.Start <= sp.Start && sp.End <= r.End {
				return true
			}
		}
		return false
	}
	outKey := " " + text.Key(res.Text) + " "
	for _, p := range text.Paragraphs(input) {
		for _, s := range text.Sentences(input, p) {
			if covered(s) {
				continue
			}
			k := text.Key(s.Of(input))
			if k == "" {
				continue
			}
			// A sentence partly covered (the date header on the title line) is checked by
			// what is left of it.
			if !strings.Contains(outKey, " "+k+" ") && !partlyCovered(res, s, input, outKey) {
				t.Errorf("sentence lost without a removal: %q", s.Of(input))
			}
		}
	}
}

// partlyCovered reports whether a sentence that removals cut into is accounted for: every
// piece of it outside the removals is in the output.
func partlyCovered(res Result, s text.Span, input, outKey string) bool {
	pos, cut := s.Start, false
	for _, r := range res.Removed {
		if r.End <= s.Start || r.Start >= s.End {
			continue
		}
		cut = true
		if k := text.Key(input[pos:max(pos, r.Start)]); k != "" && !strings.Contains(outKey, " "+k+" ") {
			return false
		}
		pos = max(pos, min(r.End, s.End))
	}
	if k := text.Key(input[pos:s.End]); k != "" && !strings.Contains(outKey, " "+k+" ") {
		return false
	}
	return cut
}
