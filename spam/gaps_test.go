package spam

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// gapsForward is another reading of what gapsBack yields, reversed: every run of spaces,
// tabs and zero-width spaces inside t, in order, as [start of run, start of the text after].
func gapsForward(t string) [][2]int {
	var gaps [][2]int
	for _, m := range gapRun.FindAllStringIndex(t, -1) {
		if m[0] > 0 && m[1] < len(t) {
			gaps = append(gaps, [2]int{m[0], m[1]})
		}
	}
	return gaps
}

var gapRun = regexp.MustCompile(`[ \t\x{200b}]+`)

// TestGapsBack checks gapsBack and nthGap against the forward reading on texts with runs at
// the ends, mixed runs, zero-width spaces next to other characters, and none at all.
func TestGapsBack(t *testing.T) {
	texts := []string{
		"", " ", "a", "a b", " a b ", "a  b\t\tc", "a\u200b b", "\u200ba b\u200b", "é è\u200bà",
		"Una frase. Condividi  su\tFacebook \u200b Twitter", "x\u200b\u200by", "a \u00a0b", "日本 語 テスト",
		strings.Repeat("word ", 40) + "end",
	}
	for _, s := range texts {
		want := gapsForward(s)
		var got [][2]int
		for i, j := range gapsBack(s) {
			got = append(got, [2]int{i, j})
		}
		slices.Reverse(got)
		assert.Equal(t, want, got, "%q", s)
		for n := range 5 {
			wantN := len(s) + 1
			if n < len(want) {
				wantN = want[n][0]
			}
			assert.Equal(t, wantN, nthGap(s, n), "nthGap(%q, %d)", s, n)
		}
	}
	// Stopping early stops: a range loop that breaks sees only the last runs.
	seen := 0
	for range gapsBack(strings.Repeat("w ", 100) + "w") {
		if seen++; seen == 3 {
			break
		}
	}
	assert.Equal(t, 3, seen)
}
