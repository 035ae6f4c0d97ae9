package dedupe

import (
	"strings"
	"unicode"
	"unicode/utf8"

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
	// sensitive: a word with a digit; a near-copy may not drop it (nor a negation, checked
	// when a gap is found).
	sensitive
	// paraStart: the first word of a paragraph; a copied run never crosses into it.
	paraStart
	// sentenceCut: cutBefore with a terminator or an opening quote or bracket before the
	// word, not only a capital.
	sentenceCut
)

// A word is 24 bytes: a long document has a word every few bytes. Its normalized bytes run
// from its ns to the next word's (the words' normalized bytes are contiguous in tok.norm).
type word struct {
	h     uint64
	ns    int32 // normalized bytes start at tok.norm[ns]
	be    int32 // end in the unit's text; only meaningful when the unit's offsets are exact
	unit  int32
	flags uint8
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
	whole bool // no weak splits: runs start and end at unit boundaries only
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

// Character classes of the tokenizer; ASCII bytes are looked up in asciiClass.
const (
	cOther = iota
	cWord
	cSpace
	cTerm
	cStop
	cOpener
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = classOf(rune(c))
	}
	return t
}()

func classOf(r rune) uint8 {
	switch {
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		return cWord
	case isSpaceRune(r):
		return cSpace
	case strings.ContainsRune(terminatorRunes, r):
		return cTerm
	case r == ',' || r == ':' || r == ';' || r == '–' || r == '—' || r == '-':
		return cStop
	case strings.ContainsRune(openerRunes, r):
		return cOpener
	}
	return cOther
}

// tokenize appends the words of one unit (of paragraph para) to the stream.
func (t *tokens) tokenize(text string, para int, list bool) {
	newPara := len(t.words) == 0 || t.units[t.words[len(t.words)-1].unit].para != para
	u := unitInfo{first: len(t.words), para: para, exact: true, list: list, quoted: fullyQuoted(text)}
	normLen := len(t.norm)
	if t.words1(text, &u) && norm.NFC.QuickSpanString(text) != len(text) {
		// Not NFC: read the normalized copy; byte offsets then no longer index the text.
		t.words, t.norm = t.words[:u.first], t.norm[:normLen]
		u.exact = false
		t.words1(norm.NFC.String(text), &u)
	}
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

// sizeHint returns upper bounds for the words and normalized bytes words1 will append for
// text, so the stream can be allocated once: a word begins wherever a letter or digit follows
// anything else, marks being part of what they follow.
func sizeHint(text string) (words, normBytes int) {
	inWord := false
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			w := asciiClass[c] == cWord
			if w {
				normBytes++
				if !inWord {
					words++
				}
			}
			inWord = w
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		info := lookupRune(r, size)
		i += size
		if info.mark {
			if inWord {
				normBytes += size
			}
			continue
		}
		w := info.class == cWord
		if w {
			normBytes += utf8.RuneLen(info.lower)
			if !inWord {
				words++
			}
		}
		inWord = w
	}
	return words, normBytes
}

// words1 appends the words of text to the stream; it reports whether text has a rune that
// may combine or decompose (at or above U+0300), i.e. whether it could fail to be NFC.
func (t *tokens) words1(text string, u *unitInfo) (high bool) {
	ui := int32(len(t.units))
	var (
		inWord    bool
		prevDigit bool
		pending   uint8 // flags of the word being read
		ns        int
		// what the separator since the last word held
		space, term, termSpace, stop, opener bool
	)
	for i := 0; i <= len(text); {
		var (
			r            rune
			size         = 1
			cl           uint8
			upper, digit bool
			lower        rune
		)
		if i == len(text) {
			cl = cSpace
		} else if c := text[i]; c < utf8.RuneSelf {
			r, cl = rune(c), asciiClass[c]
		} else {
			r, size = utf8.DecodeRuneInString(text[i:])
			info := lookupRune(r, size)
			high = high || info.nfcRisk
			if info.mark {
				if inWord {
					t.norm = utf8.AppendRune(t.norm, r)
				}
				i += size
				continue
			}
			cl = info.class
			if cl == cWord {
				upper, digit, lower = info.upper, info.digit, info.lower
			}
		}
		if cl == cWord {
			if !inWord {
				pending = 0
				if n := len(t.words); n > u.first {
					if termSpace && !t.whole {
						t.words[n-1].flags |= endOK
						pending |= startOK
					}
					if r < utf8.RuneSelf {
						upper, digit = 'A' <= r && r <= 'Z', '0' <= r && r <= '9'
					}
					if space && !stop && (term || opener || upper || digit) {
						pending |= cutBefore
						if term || opener {
							pending |= sentenceCut
						}
					}
				}
				inWord = true
				ns = len(t.norm)
				space, term, termSpace, stop, opener = false, false, false, false, false
			}
			if r < utf8.RuneSelf {
				// A run of ASCII letters and digits in one go.
				j := i
				for j < len(text) {
					c := text[j]
					if c >= utf8.RuneSelf || asciiClass[c] != cWord {
						break
					}
					if 'A' <= c && c <= 'Z' {
						c += 'a' - 'A'
					}
					t.norm = append(t.norm, c)
					j++
				}
				prevDigit = text[j-1] <= '9' && text[j-1] >= '0'
				i = j
				continue
			} else {
				t.norm = utf8.AppendRune(t.norm, lower)
				prevDigit = digit
			}
			i += size
			continue
		}
		if (r == '.' || r == ',') && prevDigit && i+1 < len(text) && text[i+1] >= '0' && text[i+1] <= '9' {
			t.norm = append(t.norm, byte(r))
			prevDigit = false
			i += size
			continue
		}
		if inWord {
			inWord = false
			w := word{ns: int32(ns), be: int32(i), unit: ui, flags: pending}
			// FNV-1a over the normalized bytes: cheap, and every hit is confirmed by the bytes.
			h := uint64(14695981039346656037)
			for _, c := range t.norm[ns:] {
				h = (h ^ uint64(c)) * 1099511628211
				if c <= '9' && c >= '0' {
					w.flags |= sensitive
				}
			}
			w.h = h
			t.words = append(t.words, w)
		}
		prevDigit = false
		switch cl {
		case cSpace:
			space = true
			termSpace = termSpace || term
		case cTerm:
			term = true
		case cStop:
			stop = true
		case cOpener:
			opener = opener || space
		}
		i += size
	}
	return high
}

func (t *tokens) wordBytes(k int) []byte {
	end := len(t.norm)
	if k+1 < len(t.words) {
		end = int(t.words[k+1].ns)
	}
	return t.norm[t.words[k].ns:end]
}

// same reports whether words i and j are equal, confirming a hash hit by the bytes.
func (t *tokens) same(i, j int) bool {
	return t.words[i].h == t.words[j].h && string(t.wordBytes(i)) == string(t.wordBytes(j))
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

// runeInfo is what the tokenizer needs to know about a non-ASCII rune.
type runeInfo struct {
	class        uint8
	mark         bool // a nonspacing mark: part of the word it follows
	upper, digit bool
	nfcRisk      bool // text holding it may not be NFC (a combining or decomposing rune)
	lower        rune
}

// runeTable covers Latin, Greek and Cyrillic, the scripts of most of the text newsclean sees;
// other runes are classified on the fly.
const runeTableSize = 0x530

var runeTable = func() (t [runeTableSize]runeInfo) {
	for r := rune(utf8.RuneSelf); r < runeTableSize; r++ {
		t[r] = slowInfo(r, utf8.RuneLen(r))
	}
	return t
}()

// punctTable covers general punctuation and currency signs (U+2000–U+20FF): quotes, dashes,
// ellipses, euro signs.
const (
	punctBase      = 0x2000
	punctTableSize = 0x100
)

var punctTable = func() (t [punctTableSize]runeInfo) {
	for i := range t {
		r := rune(punctBase + i)
		t[i] = slowInfo(r, utf8.RuneLen(r))
	}
	return t
}()

func slowInfo(r rune, size int) runeInfo {
	if r == utf8.RuneError && size <= 1 {
		return runeInfo{class: cOther}
	}
	var buf [utf8.UTFMax]byte
	b := utf8.AppendRune(buf[:0], r)
	p := norm.NFC.Properties(b)
	return runeInfo{
		class:   classOf(r),
		mark:    unicode.Is(unicode.Mn, r),
		upper:   unicode.IsUpper(r),
		digit:   unicode.IsDigit(r),
		lower:   unicode.ToLower(r),
		nfcRisk: r >= 0x300 && (!p.BoundaryBefore() || p.CCC() != 0 || !norm.NFC.IsNormal(b)),
	}
}

// lookupRune classifies a non-ASCII rune: the Latin/Greek/Cyrillic table, the general
// punctuation table, or the slow path for everything else.
func lookupRune(r rune, size int) runeInfo {
	switch {
	case r < runeTableSize:
		return runeTable[r]
	case r >= punctBase && r < punctBase+punctTableSize:
		return punctTable[r-punctBase]
	}
	return slowInfo(r, size)
}
