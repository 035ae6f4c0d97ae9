package spam

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsclean/newsclean/internal/text"
)

// tokens holds the folded words of one unit, written back to back into buf: word i is
// buf[off[i]:off[i+1]]. It is scratch space reused across calls through a pool.
type tokens struct {
	buf   []byte
	w     []wordInfo
	start int32  // where the word being built starts in buf
	inQ   bool   // inside double quotation marks
	inS   bool   // inside single quotation marks ‘…’
	h, hp uint32 // running hashes of the word being built
	wlen  int    // bytes of the word being built
}

// wordInfo describes one folded word.
type wordInfo struct {
	start, end int32  // buf[start:end]
	hash       uint32 // FNV-1a of the word, to skip lookups of words no rule starts with
	pre        uint32 // FNV-1a of its first prefixLen bytes (0 when shorter)
	quoted     bool   // the word stands inside quotation marks
}

const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

// fnv returns the FNV-1a hash of s, as fold computes it for a word.
func fnv(s string) uint32 {
	h := uint32(fnvOffset)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * fnvPrime
	}
	return h
}

func (t *tokens) reset() {
	t.buf = t.buf[:0]
	t.w = t.w[:0]
	t.start = 0
	t.inQ, t.inS = false, false
	t.h, t.hp, t.wlen = fnvOffset, 0, 0
}

// n returns the number of words.
func (t *tokens) n() int { return len(t.w) }

// word returns word i; the bytes are only valid until the next reset.
func (t *tokens) word(i int) []byte { return t.buf[t.w[i].start:t.w[i].end] }

func (t *tokens) endWord() {
	if t.wlen > 0 {
		end := int32(len(t.buf))
		t.w = append(t.w, wordInfo{start: t.start, end: end, hash: t.h, pre: t.hp, quoted: t.inQ || t.inS})
		t.start = end
	}
	t.h, t.hp, t.wlen = fnvOffset, 0, 0
}

// isQuoteMark reports a double quotation mark of any of the languages newsclean is tuned for.
// Each one toggles "inside a quotation": German „…“, English “…”, French «…» and "…" all
// open with the first mark and close with the second.
func isQuoteMark(r rune) bool {
	switch r {
	case '"', '„', '“', '”', '«', '»', '‹', '›', '‟', '「', '」':
		return true
	}
	return false
}

// foldTable maps runes below foldTableSize to their folded lower-case form (0: not a word
// rune, -1: a combining mark that vanishes). It is derived once from internal/text, so the
// scorer folds exactly as the rest of newsclean does.
const foldTableSize = 0x2000

var foldTable = sync.OnceValue(func() *[foldTableSize]rune {
	var t [foldTableSize]rune
	for r := rune(0); r < foldTableSize; r++ {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			ws := text.FoldedWords(string(r))
			if len(ws) == 1 {
				f, _ := utf8.DecodeRuneInString(ws[0])
				t[r] = f
			} else {
				t[r] = -1
			}
		case unicode.Is(unicode.Mn, r):
			t[r] = -1
		}
	}
	return &t
})

// fold writes the folded words of s into t: lower case, diacritics removed, every run of
// characters that are not letters or digits a word break (a '.' or ',' between digits stays
// inside the number). It agrees with text.FoldedWords on Latin, Greek and Cyrillic text.
func (t *tokens) fold(s string) {
	t.reset()
	table := foldTable()
	prevDigit := false
	// The hot loop works on locals and writes them back at each word's end.
	buf := t.buf
	if cap(buf) < len(s) {
		// Folding rarely makes text longer: one allocation covers the unit.
		buf = make([]byte, 0, len(s)+len(s)/8)
	}
	h, wlen := uint32(fnvOffset), 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if f := asciiFold[c]; f != 0 {
				// A letter (lower-cased) or a digit.
				buf = append(buf, f)
				h = (h ^ uint32(f)) * fnvPrime
				wlen++
				if wlen == prefixLen {
					t.hp = h
				}
				prevDigit = f <= '9'
				continue
			}
			if prevDigit && (c == '.' || c == ',') && i < len(s) && s[i] >= '0' && s[i] <= '9' {
				buf = append(buf, c)
				h = (h ^ uint32(c)) * fnvPrime
				wlen++
				if wlen == prefixLen {
					t.hp = h
				}
				prevDigit = false
				continue
			}
			if wlen > 0 {
				// endWord, on the locals.
				end := int32(len(buf))
				t.w = append(t.w, wordInfo{start: t.start, end: end, hash: h, pre: t.hp, quoted: t.inQ || t.inS})
				t.start, t.hp = end, 0
				h, wlen = fnvOffset, 0
			}
			prevDigit = false
			if c == '"' {
				t.inQ = !t.inQ
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		var f rune
		switch {
		case r == utf8.RuneError && size <= 1:
			f = 0
		case r < foldTableSize:
			f = table[r]
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			f = unicode.ToLower(r)
		case unicode.Is(unicode.Mn, r):
			f = -1
		}
		switch {
		case f == -1:
			// A combining mark: dropped, the word goes on.
		case f == 0:
			t.buf, t.h, t.wlen = buf, h, wlen
			t.endWord()
			h, wlen = fnvOffset, 0
			prevDigit = false
			switch {
			case isQuoteMark(r):
				t.inQ = !t.inQ
			case r == '‘':
				t.inS = true
			case r == '’' && t.inS:
				// Closes a single quotation; elsewhere ’ is an apostrophe.
				t.inS = false
			}
		default:
			var enc [utf8.UTFMax]byte
			for _, b := range enc[:utf8.EncodeRune(enc[:], f)] {
				buf = append(buf, b)
				h = (h ^ uint32(b)) * fnvPrime
				wlen++
				if wlen == prefixLen {
					t.hp = h
				}
			}
			prevDigit = unicode.IsDigit(f)
		}
	}
	t.buf, t.h, t.wlen = buf, h, wlen
	t.endWord()
}

// asciiFold maps an ASCII letter to its lower case and a digit to itself; every other byte
// to 0 (a word break for fold).
var asciiFold = func() (m [utf8.RuneSelf]byte) {
	for c := byte('a'); c <= 'z'; c++ {
		m[c] = c
	}
	for c := byte('0'); c <= '9'; c++ {
		m[c] = c
	}
	for c := byte('A'); c <= 'Z'; c++ {
		m[c] = c + 'a' - 'A'
	}
	return m
}()

// foldWords returns the folded words of s as strings (for compiling rules, not the hot path).
func foldWords(s string) []string {
	var t tokens
	t.fold(s)
	out := make([]string, t.n())
	for i := range out {
		out[i] = string(t.word(i))
	}
	return out
}
