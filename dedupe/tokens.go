package dedupe

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cespare/xxhash/v2"
	"golang.org/x/text/unicode/norm"
)

// A document is tokenized once into a stream of words over all its units. Words are compared
// by a 64-bit hash and, on a hash hit, by their normalized bytes, so a collision can never
// make two different words equal.

// word flags.
const (
	// startOK: a copied run may begin at this word (a unit start, or after a terminator and
	// space inside a unit: "S. | Paulo", "ok. | 31").
	startOK = 1 << iota
	// endOK: a copied run may end after this word (a unit end, or before such a weak split).
	endOK
	// cutBefore: a unit may be cut right before this word when what precedes is a copy:
	// whitespace, no comma or colon, and a terminator before or an opener or capital after.
	cutBefore
	// sensitive: a digit or a negation; a near-copy may not drop it.
	sensitive
	// paraStart: the first word of a paragraph; a copied run never crosses into it.
	paraStart
)

type word struct {
	h      uint64
	ns, ne int32 // normalized bytes: tok.norm[ns:ne]
	bs, be int32 // bytes in the unit's text; only meaningful when the unit's offsets are exact
	unit   int32
	flags  uint8
}

type unitInfo struct {
	first, end int // words [first, end) of the stream
	para       int
	exact      bool // byte offsets of the words index the unit's text (the text was NFC)
	quoted     bool // the whole unit is one quotation: a refrain candidate
	list       bool // the unit belongs to a list-item paragraph
}

// tokens is the tokenized document; reused through a pool.
type tokens struct {
	words []word
	norm  []byte
	units []unitInfo
	// scratch for matching
	removed []bool
	starts  map[uint64][]int32
	ends    map[uint64][]int32
	exactIx map[uint64][]int32
}

const (
	terminatorRunes = ".!?…。！？"
	openerRunes     = "\"'“‘«„([{¿¡‹"
	closerRunes     = "\"'”’»)]}›“"
	quoteRunes      = "\"“”«»„‘’‹›"
)

// tokenize appends the words of one unit (of paragraph para) to the stream.
func (t *tokens) tokenize(text string, para int, list bool) {
	newPara := len(t.words) == 0 || t.units[t.words[len(t.words)-1].unit].para != para
	exact := true
	if !isASCII(text) && norm.NFC.QuickSpanString(text) != len(text) {
		text = norm.NFC.String(text)
		exact = false
	}
	u := unitInfo{first: len(t.words), para: para, exact: exact, list: list, quoted: fullyQuoted(text)}
	ui := int32(len(t.units))
	var (
		inWord    bool
		prevDigit bool
		pending   uint8 // flags of the word being read
		ws, ns    int
		// what the separator since the last word held
		space, term, termSpace, stop, opener bool
	)
	flush := func(end int) {
		if !inWord {
			return
		}
		inWord = false
		w := word{ns: int32(ns), ne: int32(len(t.norm)), bs: int32(ws), be: int32(end), unit: ui, flags: pending}
		nb := t.norm[ns:]
		w.h = xxhash.Sum64(nb)
		for _, c := range nb {
			if c >= '0' && c <= '9' {
				w.flags |= sensitive
				break
			}
		}
		if w.flags&sensitive == 0 && len(nb) <= 8 && negations[string(nb)] {
			w.flags |= sensitive
		}
		t.words = append(t.words, w)
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			flush(i)
			prevDigit = false
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if !inWord {
				pending = 0
				if n := len(t.words); n > u.first {
					if termSpace {
						t.words[n-1].flags |= endOK
						pending |= startOK
					}
					if space && !stop && (term || opener || unicode.IsUpper(r) || unicode.IsDigit(r)) {
						pending |= cutBefore
					}
				}
				inWord = true
				ws, ns = i, len(t.norm)
				space, term, termSpace, stop, opener = false, false, false, false, false
			}
			if r < utf8.RuneSelf {
				if 'A' <= r && r <= 'Z' {
					r += 'a' - 'A'
				}
				t.norm = append(t.norm, byte(r))
			} else {
				t.norm = utf8.AppendRune(t.norm, unicode.ToLower(r))
			}
			prevDigit = r <= '9' && r >= '0' || r >= utf8.RuneSelf && unicode.IsDigit(r)
		case unicode.Is(unicode.Mn, r):
			if inWord {
				t.norm = utf8.AppendRune(t.norm, r)
			}
		case (r == '.' || r == ',') && prevDigit && i+1 < len(text) && text[i+1] >= '0' && text[i+1] <= '9':
			t.norm = append(t.norm, byte(r))
			prevDigit = false
		default:
			flush(i)
			prevDigit = false
			switch {
			case isSpaceRune(r):
				space = true
				termSpace = termSpace || term
			case strings.ContainsRune(terminatorRunes, r):
				term = true
			case r == ',' || r == ':' || r == ';' || r == '–' || r == '—' || r == '-':
				stop = true
			case strings.ContainsRune(openerRunes, r):
				opener = opener || space
			}
		}
		i += size
	}
	flush(len(text))
	u.end = len(t.words)
	if u.end > u.first {
		t.words[u.first].flags |= startOK
		t.words[u.end-1].flags |= endOK
		if newPara {
			t.words[u.first].flags |= paraStart
		}
	}
	t.units = append(t.units, u)
}

func (t *tokens) wordBytes(k int) []byte { return t.norm[t.words[k].ns:t.words[k].ne] }

// same reports whether words i and j are equal, confirming a hash hit by the bytes.
func (t *tokens) same(i, j int) bool {
	wi, wj := &t.words[i], &t.words[j]
	return wi.h == wj.h && string(t.norm[wi.ns:wi.ne]) == string(t.norm[wj.ns:wj.ne])
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func isSpaceRune(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\u00a0', '\u202f', '\u2009', '\u200b', '\ufeff', '\u2060':
		return true
	}
	return unicode.IsSpace(r)
}

// fullyQuoted reports whether s is one quotation: it opens with a quote mark, closes with one
// (a terminator may follow) and holds no other quote mark.
func fullyQuoted(s string) bool {
	s = strings.TrimSpace(s)
	first, _ := utf8.DecodeRuneInString(s)
	if !strings.ContainsRune(quoteRunes, first) {
		return false
	}
	end := strings.TrimRight(s, terminatorRunes+" ")
	last, _ := utf8.DecodeLastRuneInString(end)
	if !strings.ContainsRune(quoteRunes, last) || len(end) < 2 {
		return false
	}
	n := 0
	for _, r := range s {
		if strings.ContainsRune(quoteRunes, r) {
			n++
		}
	}
	return n == 2
}

// listItem reports whether a paragraph that begins with s is a list item: a bullet, or a
// number or letter followed by "." or ")".
func listItem(s string) bool {
	s = strings.TrimLeft(s, " \t")
	r, size := utf8.DecodeRuneInString(s)
	if strings.ContainsRune("•·▪‣◦●○■□➢►▸*–—-", r) {
		return true
	}
	i := 0
	for i < len(s) && i < 3 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 && unicode.IsLetter(r) && size < len(s) && s[size] == ')' {
		return true
	}
	return i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') && (i+1 == len(s) || s[i+1] == ' ')
}

// negations change a sentence's meaning when dropped; a copy missing one is not a near-copy.
var negations = map[string]bool{
	"non": true, "not": true, "no": true, "never": true, "nor": true, "nicht": true, "kein": true,
	"keine": true, "keinen": true, "nie": true, "niemals": true, "ne": true, "pas": true,
	"jamais": true, "nunca": true, "nao": true, "não": true, "nem": true, "niet": true,
	"geen": true, "nooit": true, "nigdy": true, "mai": true, "ni": true, "nessuno": true,
	"nada": true, "nothing": true, "without": true, "senza": true, "ohne": true, "sans": true,
	"sin": true, "sem": true, "zonder": true, "bez": true, "nobody": true, "none": true,
	"n": true, "t": true, // the tails of "isn't", "don't" split at the apostrophe
}
