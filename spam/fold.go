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
	buf    []byte
	off    []int32
	quoted []bool // word i stands inside quotation marks
	inQ    bool
}

func (t *tokens) reset() {
	t.buf = t.buf[:0]
	t.off = append(t.off[:0], 0)
	t.quoted = t.quoted[:0]
	t.inQ = false
}

// n returns the number of words.
func (t *tokens) n() int { return len(t.off) - 1 }

// word returns word i; the bytes are only valid until the next reset.
func (t *tokens) word(i int) []byte { return t.buf[t.off[i]:t.off[i+1]] }

func (t *tokens) endWord() {
	if int(t.off[len(t.off)-1]) < len(t.buf) {
		t.off = append(t.off, int32(len(t.buf)))
		t.quoted = append(t.quoted, t.inQ)
	}
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
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
				t.buf = append(t.buf, c)
				prevDigit = c <= '9'
			case c >= 'A' && c <= 'Z':
				t.buf = append(t.buf, c+'a'-'A')
				prevDigit = false
			case (c == '.' || c == ',') && prevDigit && i < len(s) && s[i] >= '0' && s[i] <= '9':
				t.buf = append(t.buf, c)
				prevDigit = false
			default:
				t.endWord()
				prevDigit = false
				if c == '"' {
					t.inQ = !t.inQ
				}
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
			t.endWord()
			prevDigit = false
			if isQuoteMark(r) {
				t.inQ = !t.inQ
			}
		default:
			t.buf = utf8.AppendRune(t.buf, f)
			prevDigit = unicode.IsDigit(f)
		}
	}
	t.endWord()
}

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
