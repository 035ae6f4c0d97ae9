package spam

import (
	"unicode/utf8"
)

// maxUnitBytes is the longest unit ScoreIn scores as a whole. A longer one (a 1 MiB "line"
// is a page that lost its line breaks, not a promo line) is never spam: its verdict only
// counts the Candidates in its first and last edgeBytes, which is what a caller needs to
// decide whether to score the sentences at its ends. This bounds the scorer's memory and
// work per unit. The longest paragraph of the labelled corpus and of the real-world
// evaluation set is under 2 KiB.
const maxUnitBytes = 64 << 10

// edgeBytes is how much of each end of a unit longer than maxUnitBytes is looked at.
const edgeBytes = 8 << 10

// edgeCandidates counts the rule phrases and marker traces in the first and last edgeBytes of
// t (cut at a space), each end taken as a unit of its own.
func (s *Scorer) edgeCandidates(sc *scratch, t string, kind Kind) int {
	head := t[:cutBack(t, edgeBytes)]
	tail := t[cutBack(t, len(t)-edgeBytes):]
	c := 0
	for _, u := range [2]string{head, tail} {
		sc.tok.fold(u)
		sc.startMatch()
		sc.phone = 0
		s.matchRules(sc, u)
		n := sc.candidates
		if n == 0 {
			if marker, _ := traces(sc, u, kind == Line); marker {
				n = 1
			}
		}
		c += n
	}
	return c
}

// cutBack returns a cut point at or before i (0 < i < len(s)) where s can be split without
// splitting a word: an ASCII space, tab or line break within the last 256 bytes, else the
// start of a character.
func cutBack(s string, i int) int {
	for k := i; k > 0 && k > i-256; k-- {
		if c := s[k]; c == ' ' || c == '\n' || c == '\t' || c == '\r' {
			return k
		}
	}
	for k := i; k > 0 && k > i-utf8.UTFMax; k-- {
		if utf8.RuneStart(s[k]) {
			return k
		}
	}
	return i
}

// chunks calls fn with consecutive pieces of s of at most about maxUnitBytes, cut at spaces
// (cutBack), so that folding the pieces one by one gives the words folding s gives whenever
// s has a space at least every 256 bytes.
func chunks(s string, fn func(string)) {
	for len(s) > maxUnitBytes {
		k := cutBack(s, maxUnitBytes)
		fn(s[:k])
		s = s[k:]
	}
	fn(s)
}
