package spam

import (
	"encoding/binary"
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsclean/newsclean/internal/text"
)

// tokens holds the folded words of one unit, written back to back into buf: word i is
// buf[w[i].start:w[i].end]. It is scratch space reused across calls through a pool.
type tokens struct {
	buf []byte
	w   []wordInfo
	inQ bool // the unit ends inside double quotation marks
	inS bool // the unit ends inside single quotation marks ‘…’
	// sets holds every word set (wordsets.go) one of the words may belong to.
	sets uint16
}

// wordInfo describes one folded word.
type wordInfo struct {
	start, end int32  // buf[start:end]
	hash       uint32 // FNV-1a of the word, to skip lookups of words no rule starts with
	quoted     bool   // the word stands inside quotation marks
	sets       uint16 // the word sets the word may belong to (wordsets.go)
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

// n returns the number of words.
func (t *tokens) n() int { return len(t.w) }

// word returns word i; the bytes are only valid until the next fold.
func (t *tokens) word(i int) []byte { return t.buf[t.w[i].start:t.w[i].end] }

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
	table := foldTable()
	// The loop works on locals only; the word being built is buf[start:] and h its hash so
	// far.
	buf, w := t.buf[:0], t.w[:0]
	if cap(buf) < len(s) {
		// Folding rarely makes text longer: one allocation covers the unit.
		buf = make([]byte, 0, len(s)+len(s)/8)
	}
	var inQ, inS, prevDigit bool
	start := 0
	h := uint32(fnvOffset)
	for i := 0; i < len(s); {
		c := s[i]
		if asciiFold[c] != 0 {
			// Plain ASCII text (letters, digits, spaces, punctuation other than '"') is
			// folded here, run after run of letters (lower-cased) and digits, at most one
			// byte out for one in; the loop leaves at anything else, or at the end.
			if cap(buf)-len(buf) < len(s)-i {
				buf = slices.Grow(buf, len(s)-i)
			}
			var last byte
			for {
				var k int
				k, h, last = foldASCII(s[i:], buf[len(buf):cap(buf)], h)
				i += k
				buf = buf[:len(buf)+k]
				prevDigit = last <= '9'
				if i >= len(s) {
					break
				}
				c := s[i]
				if prevDigit && (c == '.' || c == ',') && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' {
					// Inside a number: the word goes on (one byte out for one in).
					buf = append(buf, c)
					h = (h ^ uint32(c)) * fnvPrime
					i++
					continue
				}
				if c >= utf8.RuneSelf || c == '"' {
					break // a letter may go on with the word, or a quotation mark: the outer loop
				}
				w = appendWord(w, buf, start, h, inQ || inS)
				start, h = len(buf), fnvOffset
				prevDigit = false
				for i++; i < len(s) && s[i] < utf8.RuneSelf && s[i] != '"' && asciiFold[s[i]] == 0; i++ {
				}
				if i == len(s) || asciiFold[s[i]] == 0 {
					break
				}
			}
			continue
		}
		if c < utf8.RuneSelf {
			i++
			if prevDigit && (c == '.' || c == ',') && i < len(s) && s[i] >= '0' && s[i] <= '9' {
				buf = append(buf, c)
				h = (h ^ uint32(c)) * fnvPrime
				prevDigit = false
				continue
			}
			if len(buf) > start {
				w = appendWord(w, buf, start, h, inQ || inS)
				start, h = len(buf), fnvOffset
			}
			prevDigit = false
			if c == '"' {
				inQ = !inQ
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
			if len(buf) > start {
				w = appendWord(w, buf, start, h, inQ || inS)
				start, h = len(buf), fnvOffset
			}
			prevDigit = false
			switch {
			case isQuoteMark(r):
				inQ = !inQ
			case r == '‘':
				inS = true
			case r == '’' && inS:
				// Closes a single quotation; elsewhere ’ is an apostrophe.
				inS = false
			}
		default:
			n := len(buf)
			buf = utf8.AppendRune(buf, f)
			for _, b := range buf[n:] {
				h = (h ^ uint32(b)) * fnvPrime
			}
			prevDigit = unicode.IsDigit(f)
		}
	}
	if len(buf) > start {
		w = appendWord(w, buf, start, h, inQ || inS)
	}
	t.buf, t.w, t.inQ, t.inS, t.sets = buf, w, inQ, inS, wordSetsOf(w)
}

// foldASCII folds the run of ASCII letters and digits that starts s into b, which has room
// for all of s, and hashes it on from h. It returns the run's length, the hash and the last
// byte written. A leaf without calls, so that the loop keeps to registers.
func foldASCII(s string, b []byte, h uint32) (k int, _ uint32, last byte) {
	b = b[:len(s)]
	for ; k < len(s); k++ {
		f := asciiFold[s[k]]
		if f == 0 {
			break
		}
		b[k] = f
		h = (h ^ uint32(f)) * fnvPrime
		last = f
	}
	return k, h, last
}

// appendWord appends the word buf[start:], whose hash is h, to w. Small enough to be inlined
// in fold's loop.
func appendWord(w []wordInfo, buf []byte, start int, h uint32, quoted bool) []wordInfo {
	// Fields stored one by one: a composite literal is built on the stack and copied in
	// wider moves, which stalls on the narrow stores just made.
	w = append(w, wordInfo{})
	e := &w[len(w)-1]
	e.start, e.end, e.hash, e.quoted = int32(start), int32(len(buf)), h, quoted
	return w
}

// prefixKey returns the first prefixLen (4) bytes of b as a number: the key of the index of
// phrases whose first word is a prefix.
func prefixKey(b []byte) uint32 { return binary.LittleEndian.Uint32(b) }

// prefixKey reads four bytes: prefixLen must be 4 (a compile error otherwise).
var _ [prefixLen - 4]struct{}
var _ [4 - prefixLen]struct{}

// prefixBit spreads a prefix key over the bits of a hash filter.
func prefixBit(k uint32) uint32 { return k * 0x9E3779B1 >> 16 }

// asciiFold maps an ASCII letter to its lower case and a digit to itself; every other byte,
// non-ASCII ones included, to 0.
var asciiFold = func() (m [256]byte) {
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

// foldEach calls fn with each folded word of f, folded in a pooled scratch: no allocation.
func foldEach(f string, fn func(w []byte)) {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	sc.tok.fold(f)
	for i := 0; i < sc.tok.n(); i++ {
		fn(sc.tok.word(i))
	}
}
