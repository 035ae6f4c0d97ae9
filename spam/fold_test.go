package spam

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

// refWord is one word as refFold sees it.
type refWord struct {
	text   string
	hash   uint32
	quoted bool
}

// refFold is the plain statement of what fold computes, one rune at a time, for the property
// test: words of letters and digits, folded by foldTable (unicode.ToLower above it),
// combining marks dropped inside a word, a '.' or ',' kept between digits, quotation state
// toggled by double marks and ‘…’, FNV-1a of each word.
func refFold(s string) (words []refWord, inQ, inS bool) {
	table := foldTable()
	var cur []byte
	prevDigit := false
	end := func() {
		if len(cur) > 0 {
			words = append(words, refWord{text: string(cur), hash: fnv(string(cur)), quoted: inQ || inS})
		}
		cur = cur[:0]
		prevDigit = false
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		next := i + size
		var f rune
		switch {
		case r == utf8.RuneError && size <= 1:
		case r < foldTableSize:
			f = table[r]
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			f = unicode.ToLower(r)
		case unicode.Is(unicode.Mn, r):
			f = -1
		}
		switch {
		case f == -1:
		case f > 0:
			cur = utf8.AppendRune(cur, f)
			prevDigit = unicode.IsDigit(f)
		case prevDigit && (r == '.' || r == ',') && next < len(s) && s[next] >= '0' && s[next] <= '9':
			cur = append(cur, byte(r))
			prevDigit = false
		default:
			end()
			switch {
			case isQuoteMark(r):
				inQ = !inQ
			case r == '‘':
				inS = true
			case r == '’' && inS:
				inS = false
			}
		}
		i = next
	}
	end()
	return words, inQ, inS
}

// randomText builds text from pieces that exercise every branch of fold: ASCII and accented
// words, capitals, numbers with separators, quotation marks of several languages, combining
// marks, scripts above the fold table, invalid bytes and symbols.
func randomText(rng *rand.Rand, pieces int) string {
	parts := []string{
		"Clicca", "QUI", "iscriviti", "newsletter", "Société", "ÉTÉ", "Straße", "łódź", "Ωμέγα", "Привет",
		"1.000", "3,5", "12.", ".5", "2024", "9", "0.9", "1.999,9", "٣٤", "１２", "e\u0301", "\u0301", "漢字", "𝐀𝐁", "🙂",
		"\"", "“", "”", "„", "«", "»", "‘", "’", "'", "\xff", "\xe2\x80", "\xc3", "©", "•", "|", "#",
		"www.", "://", "@", ".", ",", ":", "-", "—", "\u00a0", "\u200b", "Ⱥ", "ǅ", "İ", "ß", "ﬁ",
		// Runs of eight ASCII letters and digits and more, read eight bytes at a time, and the
		// bytes next to the ranges of letters and digits, and control bytes whose 0x20 bit
		// would make them digits.
		"Abonnementsbedingungen", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz", "0123456789012",
		"Ab3Cd4Ef5Gh6", "x9Y8z7W6v5U4", "@[`{/:", "A@Z[a`z{0/9:", "\x10\x19\x1a\x01", "\x7f", "Zz09Zz09Zz",
	}
	seps := []string{" ", "", "  ", "\n", ". ", ", ", "\t"}
	var b strings.Builder
	for range pieces {
		b.WriteString(parts[rng.IntN(len(parts))])
		b.WriteString(seps[rng.IntN(len(seps))])
	}
	return b.String()
}

// TestFoldMatchesReference compares fold (word runs, hashes taken at the word's end) with the
// rune-at-a-time reference on random text, reusing one tokens value as the pool does.
func TestFoldMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 6))
	var tk tokens
	for i := range 10000 {
		s := randomText(rng, 1+rng.IntN(40))
		if i%7 == 0 {
			s = strings.Repeat(s, 1+rng.IntN(5))
		}
		want, inQ, inS := refFold(s)
		tk.fold(s)
		got := make([]refWord, tk.n())
		for k := range got {
			got[k] = refWord{text: string(tk.word(k)), hash: tk.w[k].hash, quoted: tk.w[k].quoted}
		}
		if len(want) == 0 {
			want = []refWord{}
		}
		require.Equal(t, want, got, "%q", s)
		require.Equal(t, inQ, tk.inQ, "%q", s)
		require.Equal(t, inS, tk.inS, "%q", s)
	}
}

// BenchmarkFold folds every paragraph of the corpus, as the scorer does for each unit.
func BenchmarkFold(b *testing.B) {
	var paras []string
	total := 0
	for _, d := range corpusDocs(b) {
		for _, p := range strings.Split(d, "\n\n") {
			paras = append(paras, p)
			total += len(p)
		}
	}
	var tk tokens
	b.SetBytes(int64(total))
	b.ReportAllocs()
	words := 0
	for b.Loop() {
		for _, p := range paras {
			tk.fold(p)
			words += tk.n()
		}
	}
	require.Positive(b, words)
}

// TestWordSets: every word of a list that a signal skips its pass for, folded, carries its set
// in the word and in the unit (wordsets.go); a unit with none of a list's words does not.
func TestWordSets(t *testing.T) {
	var tok tokens
	var continuing []string // the words of continuing, not those of the ad's reading
	for w, b := range continueWords {
		if b&ctContinue != 0 {
			continuing = append(continuing, w)
		}
	}
	lists := []struct {
		set   uint16
		words []string
	}{
		{setFamily, keys(familyWords)},
		{setBox, keys(boxWordSet())},
		{setCode, keys(codeWords)},
		{setCredit, keys(creditWords)},
		{setResp, keys(responsibilityWords)},
		{setContinue, continuing},
		{setStamp, keys(stampWords)},
	}
	for _, l := range lists {
		require.NotEmpty(t, l.words)
		for _, w := range l.words {
			tok.fold(w)
			if tok.n() != 1 {
				continue // a list's word that folds to two (none is looked up so)
			}
			require.NotZero(t, tok.w[0].sets&l.set, "%q in word", w)
			require.NotZero(t, tok.sets&l.set, "%q in unit", w)
		}
	}
	tok.fold("The council met on Monday to discuss the budget.")
	require.Zero(t, tok.sets&(setCode|setCredit|setResp|setContinue), "a sentence of news")
	for i := range tok.w {
		require.Equal(t, wordSets[uint16(tok.w[i].hash)], tok.w[i].sets)
	}
}

// keys returns the keys of m.
func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}
