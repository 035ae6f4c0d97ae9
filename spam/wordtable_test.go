package spam

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// tableOf folds s (one or more words) and returns its tokens.
func tableOf(s string) *tokens {
	var tok tokens
	tok.fold(s)
	return &tok
}

// TestWordTable: a frozen table answers as its map does, for every word of the map and for
// words it does not hold, among them one whose hash a held word shares in the table's slots.
func TestWordTable(t *testing.T) {
	m := map[string]uint16{"abonnieren": 3, "newsletter": 5, "click": 1, "zero": 0}
	tab := newWordTable(m)
	for w, v := range m {
		assert.Equal(t, v, tab.at(tableOf(w), 0), w)
	}
	for _, w := range []string{"abonniere", "newsletters", "klick", "the", "2024"} {
		assert.Zero(t, tab.at(tableOf(w), 0), w)
	}
	// A word whose slot a held word takes is found past it, and a miss ends at an empty slot.
	full := map[string]uint16{}
	for i := range 200 {
		full["w"+strings.Repeat("x", i%7)+string(rune('a'+i%26))+string(rune('a'+i/26))] = uint16(i + 1)
	}
	big := newWordTable(full)
	for w, v := range full {
		require.Equal(t, v, big.at(tableOf(w), 0), w)
	}
	assert.Zero(t, big.at(tableOf("wzz"), 0))
}

// TestFamilyTables: the tables the families read agree with the maps they were made from, for
// every word the maps hold and for the words of a paragraph of news; pairAt finds every pair
// of boxPairs, and no pair it does not hold.
func TestFamilyTables(t *testing.T) {
	news := tableOf("Il consiglio comunale ha approvato ieri sera il bilancio; the council said " +
		"every morning the first month was free, sagte der Sprecher, continue reading")
	check := func(name string, get func(w string) uint32, tab func(tok *tokens, i int) uint32, words []string) {
		for _, w := range words {
			tok := tableOf(w)
			if tok.n() != 1 || string(tok.word(0)) != w {
				continue // not a folded word: never looked up
			}
			require.Equal(t, get(w), tab(tok, 0), "%s: %q", name, w)
		}
		for i := 0; i < news.n(); i++ {
			require.Equal(t, get(string(news.word(i))), tab(news, i), "%s: %q", name, news.word(i))
		}
	}
	keys := func(m any) []string {
		var ws []string
		switch m := m.(type) {
		case map[string]uint8:
			for w := range m {
				ws = append(ws, w)
			}
		case map[string]uint16:
			for w := range m {
				ws = append(ws, w)
			}
		case map[string]uint32:
			for w := range m {
				ws = append(ws, w)
			}
		}
		return ws
	}
	check("familyWords", func(w string) uint32 { return uint32(familyWords[w]) },
		func(tok *tokens, i int) uint32 { return uint32(familyTable.at(tok, i)) }, keys(familyWords))
	check("impWords", func(w string) uint32 { return uint32(impWords[w]) },
		func(tok *tokens, i int) uint32 { return uint32(impTable.at(tok, i)) }, keys(impWords))
	check("boxWords", func(w string) uint32 { return boxWords[w] },
		func(tok *tokens, i int) uint32 { return boxTable.at(tok, i) }, keys(boxWords))
	check("shopWords", func(w string) uint32 { return shopWords[w] },
		func(tok *tokens, i int) uint32 { return shopTable.at(tok, i) }, keys(shopWords))
	report := func(w string) uint32 {
		if reportWord(w) {
			return 1
		}
		return 0
	}
	reportAt := func(tok *tokens, i int) uint32 {
		if reportWordAt(tok, i) {
			return 1
		}
		return 0
	}
	var said []string
	for w := range union(reportingWords, requestReporting) {
		said = append(said, w)
	}
	check("reportWord", report, reportAt, said)

	pairs := 0
	for b, firsts := range boxPairs {
		for a, f := range firsts {
			tok := tableOf(a + " " + b)
			if tok.n() != 2 {
				continue
			}
			pairs++
			require.Equal(t, f, pairAt(tok, 1), "%s %s", a, b)
			// One word between: still the pair; reversed: not it.
			assert.Equal(t, f, pairAt(tableOf(a+" x "+b), 2)&f, "%s x %s", a, b)
		}
	}
	assert.Greater(t, pairs, 100)
	assert.Zero(t, pairAt(tableOf("reading continue"), 1))
	assert.NotZero(t, pairAt(tableOf("continue reading"), 1))
}

// BenchmarkWordTable looks up every word of a paragraph of news and a promo in boxTable and in
// the map it was made from (boxWords), as the families do.
func BenchmarkWordTable(b *testing.B) {
	tok := tableOf("Il consiglio comunale ha approvato ieri sera il bilancio di previsione con 18 voti " +
		"favorevoli. Iscriviti alla newsletter e ricevi ogni mattina le notizie: il primo mese è gratis")
	for _, tc := range []struct {
		name string
		get  func(i int) uint32
	}{
		{"table", func(i int) uint32 { return boxTable.at(tok, i) }},
		{"map", func(i int) uint32 { return boxWords[string(tok.word(i))] }},
	} {
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(int64(len(tok.buf)))
			b.ReportAllocs()
			var f uint32
			for b.Loop() {
				for i := 0; i < tok.n(); i++ {
					f |= tc.get(i)
				}
			}
			require.NotZero(b, f)
		})
	}
}
