package dedupe

import (
	"encoding/binary"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/newsclean/newsclean/internal/text"
)

// A document is tokenized once into a stream of words over all its units. Words are compared
// by their normalized bytes; hashes of three-word shingles only find the candidates, so a
// collision can never make two different words equal.

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
	// paraStart: the first word of a paragraph; a copied run never crosses into it.
	paraStart
	// sentenceCut: cutBefore with a terminator or an opening quote or bracket before the
	// word, not only a capital.
	sentenceCut
	// removed: the word belongs to a copy found earlier in this document.
	removed
	// unitFirst, unitLast: the first and the last word of a unit.
	unitFirst
	unitLast
)

// A long document has a word every few bytes (every other byte in the worst case), so a word
// costs 5 bytes, in two parallel slices: where its normalized bytes start (they run to the
// next word's start: the words' normalized bytes are contiguous in norm) and its flags. Words
// are compared by their bytes; a word is hashed only where a shingle key needs it. Its unit is found by a binary search over the units, and its end in the unit's
// text by reading the unit again, both only on the rare paths that need them.
type unitInfo struct {
	first, end int32 // words [first, end) of the stream
	exact      bool  // byte offsets of the words index the unit's text (the text was NFC)
	list       bool  // the unit belongs to a list-item paragraph
}

// tokens is the tokenized document; reused through a pool.
type tokens struct {
	ns      []int32 // where each word's normalized bytes start, and one more: the end of the last
	fl      []uint8 // word flags
	norm    []byte
	units   []unitInfo
	whole   bool // no weak splits: runs start and end at unit boundaries only
	collide bool // every shingle key is 0 (a test of hash collisions)
	// filled while tokenizing
	lastPara   int  // the paragraph of the last unit that had words
	anyWords   bool // some unit had words
	weak       int  // weak splits seen (an upper bound of the run starts inside units)
	nonEmpty   int  // units with words
	short      int  // units of one or two words
	total      int  // bytes of all the units' texts
	done       int  // bytes of the units already tokenized
	recordEnds bool // append each word's end in its text to ends (wordEnd's scratch)
	ends       []int32
	// candidate indexes and scratch for matching
	starts, stops, exactIx index
	cands                  []int32
	key                    [2]uint64 // the last shingle keys computed
	keyAt                  [2]int    // 1 + their first words; 0: none
	hits                   []hit
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
	// cJunk: a byte that is not text (text.NotText: invalid UTF-8, a control character). The
	// filter cuts it from its output, with a space in its place only where the text either
	// side would otherwise run together (junkSpace).
	cJunk
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = classOf(rune(c))
	}
	return t
}()

func classOf(r rune) uint8 {
	switch {
	case text.NotText(r, utf8.RuneLen(r)):
		return cJunk
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

// wordByte maps a byte to itself lower-cased when it is an ASCII letter or digit, and to 0
// otherwise (any other ASCII byte, and every byte of a multi-byte rune).
var wordByte = func() (t [256]byte) {
	for c := range utf8.RuneSelf {
		if asciiClass[c] == cWord {
			t[c] = byte(unicode.ToLower(rune(c)))
		}
	}
	return t
}()

// tokenize appends the words of one unit (of paragraph para) to the stream.
func (t *tokens) tokenize(text string, para int, list bool) {
	first := len(t.fl)
	u := unitInfo{first: int32(first), exact: true, list: list}
	normLen := len(t.norm)
	if t.words1(text, first) && norm.NFC.QuickSpanString(text) != len(text) {
		// Not NFC: read the normalized copy; byte offsets then no longer index the text.
		t.ns, t.fl, t.norm = t.ns[:first], t.fl[:first], t.norm[:normLen]
		u.exact = false
		t.words1(norm.NFC.String(text), first)
	}
	end := len(t.fl)
	u.end = int32(end)
	if end > first {
		t.fl[first] |= startOK | unitFirst
		t.fl[end-1] |= endOK | unitLast
		if !t.anyWords || t.lastPara != para {
			t.fl[first] |= paraStart
		}
		t.lastPara, t.anyWords = para, true
		t.nonEmpty++
		if end-first < shingle {
			t.short++
		}
	}
	t.units = append(t.units, u)
	t.done += len(text)
}

// words1 appends the words of text to the stream (first is the unit's first word); it
// reports whether text has a rune that may combine or decompose (at or above U+0300), i.e.
// whether it could fail to be NFC.
//
// A word is a run of letters and digits, with the nonspacing marks that follow them and a
// '.' or ',' between two digits; it is stored lower-cased. What the separator before a word
// held (a space, a terminator, a comma or colon, an opening quote) gives the word's flags.
// The sensitive flag (a digit) is not set here: gapped asks hasDigit for the few words it
// needs.
func (t *tokens) words1(text string, first int) (high bool) {
	ns, fl, nb := t.ns, t.fl, t.norm
	for i := 0; ; {
		var sep uint8
		if i+1 < len(text) && text[i] == ' ' && wordByte[text[i+1]] != 0 {
			sep = sSpace | startCase[text[i+1]] // the usual separator: one space
			i++
		} else {
			var h bool
			i, sep, h = separator(text, i)
			high = high || h
			if i >= len(text) {
				break
			}
		}
		var flags uint8
		if k := len(fl); k > first {
			if sep&sTermSpace != 0 && !t.whole {
				fl[k-1] |= endOK
				flags |= startOK
				t.weak++
			}
			if sep&(sSpace|sStop) == sSpace && sep&(sTerm|sOpener|sUpper|sDigit) != 0 {
				flags |= cutBefore
				if sep&(sTerm|sOpener) != 0 {
					flags |= sentenceCut
				}
			}
		}
		if cap(nb)-len(nb) < 64 {
			nb = t.growNorm(nb, t.done+i)
		}
		start := len(nb)
		var h bool
		i, nb, h = readWord(text, i, nb)
		high = high || h
		if len(fl) == cap(fl) {
			ns, fl = t.grow(ns, fl, t.done+i)
		}
		ns = append(ns, int32(start))
		fl = append(fl, flags)
		if t.recordEnds {
			t.ends = append(t.ends, int32(i))
		}
	}
	t.ns, t.fl, t.norm = ns, fl, nb
	return high
}

// What a separator held, and how the word after it begins.
const (
	sSpace = 1 << iota
	sTerm
	sTermSpace // a terminator, then a space
	sStop      // a comma, colon, semicolon or dash
	sOpener    // an opening quote or bracket after a space
	sUpper     // the next word begins with a capital
	sDigit     // the next word begins with a digit
)

// startCase is sUpper for the ASCII capitals and sDigit for the digits.
var startCase = func() (t [256]uint8) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = sUpper
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = sDigit
	}
	return t
}()

// separator reads text[i:] up to the next letter or digit; it returns where that is (or
// len(text)), what the separator held, and whether it had a rune that may not be NFC.
func separator(text string, i int) (int, uint8, bool) {
	var sep uint8
	high := false
	for i < len(text) {
		c := text[i]
		cl, size := uint8(0), 1
		if c < utf8.RuneSelf {
			cl = asciiClass[c]
			if cl == cWord {
				if 'A' <= c && c <= 'Z' {
					sep |= sUpper
				} else if '0' <= c && c <= '9' {
					sep |= sDigit
				}
				return i, sep, high
			}
		} else {
			var r rune
			r, size = decodeAt(text, i)
			info := lookupRune(r, size)
			high = high || info.nfcRisk
			if info.mark { // a mark outside a word is nothing
				i += size
				continue
			}
			cl = info.class
			if cl == cWord {
				if info.upper {
					sep |= sUpper
				}
				if info.digit {
					sep |= sDigit
				}
				return i, sep, high
			}
		}
		if cl == cJunk {
			j, space := junkSpace(text, i)
			if space {
				cl = cSpace
			}
			size = j - i
		}
		switch cl {
		case cSpace:
			sep |= sSpace
			if sep&sTerm != 0 {
				sep |= sTermSpace
			}
		case cTerm:
			sep |= sTerm
		case cStop:
			sep |= sStop
		case cOpener:
			if sep&sSpace != 0 {
				sep |= sOpener
			}
		}
		i += size
	}
	return i, sep, high
}

// readWord appends the word at text[i] (a letter or digit) to nb, lower-cased; it returns
// where the word ends, nb, and whether the word had a rune that may not be NFC.
//
// A '.' or ',' joins when a digit follows it and the word's last letter or digit (marks
// aside) is a digit: the last byte tells for ASCII, highDigit for the rest.
func readWord(text string, i int, nb []byte) (int, []byte, bool) {
	high, highDigit := false, false
	n := len(text)
	for i < n {
		if i+8 <= n && cap(nb)-len(nb) >= 8 {
			// Eight bytes at a time while they are ASCII letters and digits.
			x := load64(text[i : i+8])
			m := alnum(x)
			l := len(nb)
			binary.LittleEndian.PutUint64(nb[l:l+8], x|0x2020202020202020) // lower case
			if m == 0x8080808080808080 {
				nb, i = nb[:l+8], i+8
				continue
			}
			k := bits.TrailingZeros64(^m&0x8080808080808080) >> 3
			nb, i = nb[:l+k], i+k // text[i] is no ASCII letter or digit
		} else if l := wordByte[text[i]]; l != 0 {
			nb = append(nb, l)
			i++
			continue
		}
		if c := text[i]; c < utf8.RuneSelf {
			if (c == '.' || c == ',') && i+1 < n && text[i+1] >= '0' && text[i+1] <= '9' &&
				lastIsDigit(nb, highDigit) {
				nb = append(nb, c) // "1,5" and "2.000" are one word
				i++
				continue
			}
			break
		}
		r, size := decodeAt(text, i)
		info := lookupRune(r, size)
		high = high || info.nfcRisk
		if info.mark {
			highDigit = lastIsDigit(nb, highDigit) // a digit before a mark still joins: "1́,5"
		} else if info.class == cWord {
			r, highDigit = info.lower, info.digit
		} else {
			break
		}
		nb = utf8.AppendRune(nb, r)
		i += size
	}
	return i, nb, high
}

// junkSpace reads the run of bytes that are not text at s[i] (class cJunk); it returns where
// the run ends and whether the filter's output has a space in its place. The filter cuts the
// run and puts a space only where the characters either side would join into one word (its
// text.JoinsWords): two letters, digits or marks, or a digit and the '.' or ',' of a number. The
// tokenizer reads the run as that space or as nothing, so the words and their flags are the
// same on the input as on the output ("hall\xcb0" is "hall 0": a cut may fall before "0").
func junkSpace(s string, i int) (int, bool) {
	j := i
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !text.NotText(r, size) {
			break
		}
		j += size
	}
	if i == 0 || j == len(s) {
		return j, false
	}
	a, _ := utf8.DecodeLastRuneInString(s[:i])
	b, _ := utf8.DecodeRuneInString(s[j:])
	return j, text.JoinsWords(a, b)
}

// decodeAt decodes the rune at s[i], which is not ASCII; two-byte sequences (Latin, Greek,
// Cyrillic letters) are decoded here, the rest by utf8.
func decodeAt(s string, i int) (rune, int) {
	if i+1 < len(s) {
		if c0, c1 := s[i], s[i+1]; c0 >= 0xc2 && c0 <= 0xdf && c1&0xc0 == 0x80 {
			return rune(c0&0x1f)<<6 | rune(c1&0x3f), 2
		}
	}
	return utf8.DecodeRuneInString(s[i:])
}

// load64 reads eight bytes of s, the first the lowest.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// alnum returns x with the top bit of each byte set where that byte is an ASCII letter or
// digit, and every other bit clear. The sums stay within each byte: the top bits are masked
// off before adding.
func alnum(x uint64) uint64 {
	const ones, low7 = 0x0101010101010101, 0x7f7f7f7f7f7f7f7f
	x7 := x & low7
	y7 := x7 | 0x2020202020202020 // letters in lower case; digits have the bit already
	letter := (y7 + ones*(0x80-'a')) &^ (y7 + ones*(0x80-'z'-1))
	digit := (x7 + ones*(0x80-'0')) &^ (x7 + ones*(0x80-'9'-1))
	return (letter | digit) &^ x & 0x8080808080808080
}

// lastIsDigit reports whether the word being read in nb ends in a digit, marks aside: an
// ASCII last byte tells, and highDigit for a multi-byte last rune.
func lastIsDigit(nb []byte, highDigit bool) bool {
	c := nb[len(nb)-1]
	if c < utf8.RuneSelf {
		return '0' <= c && c <= '9'
	}
	return highDigit
}

// wordHash hashes word k's normalized bytes, eight at a time. Words are compared by their
// bytes; the hash only keys the candidate indexes (as part of a shingle), where a collision
// costs a comparison that fails.
func (t *tokens) wordHash(k int) uint64 {
	const m = 0x9e3779b97f4a7c15
	b := t.norm[t.ns[k]:t.ns[k+1]]
	h := uint64(len(b)) * m
	for len(b) > 8 {
		h = bits.RotateLeft64((h^binary.LittleEndian.Uint64(b))*m, 29)
		b = b[8:]
	}
	var v uint64
	if cap(b) >= 8 {
		// Read past the word within the buffer and mask what is not the word's.
		v = binary.LittleEndian.Uint64(b[:8]) & (1<<(8*len(b)) - 1)
	} else {
		for k, c := range b {
			v |= uint64(c) << (8 * k)
		}
	}
	h = (h ^ v) * m
	h ^= h >> 31
	h *= 0xbf58476d1ce4e5b9
	return h ^ h>>32
}

// hasDigit reports whether word k holds a digit: a near-copy may not drop it.
func (t *tokens) hasDigit(k int) bool {
	for _, c := range t.wordBytes(k) {
		if '0' <= c && c <= '9' {
			return true
		}
	}
	return false
}

// grow makes room for more words when the first estimate (a word per five bytes) was short,
// as in text of one-letter words: by the rate seen so far over the bytes left, so text of
// one kind all along is reallocated once, and by at least a quarter.
func (t *tokens) grow(ns []int32, fl []uint8, at int) ([]int32, []uint8) {
	n := len(fl)
	left := max(t.total-at, 0)
	more := int(float64(left)*float64(n)/float64(max(at, 1))*1.125) + 64
	c := n + max(more, n/4)
	ns2, fl2 := make([]int32, n, c+1), make([]uint8, n, c)
	copy(ns2, ns)
	copy(fl2, fl)
	return ns2, fl2
}

// estimate returns how many words and normalized bytes the units hold, a little more rather
// than less, so the stream is allocated once: from 64 windows of 512 bytes spread over a long
// document, and as a word per five bytes for a short one (where it costs little either way).
func (t *tokens) estimate(units []Unit) (words, normBytes int) {
	const window, windows = 512, 64
	if t.total <= 128*window*windows/64 {
		return t.total/5 + 16, t.total - t.total/8 + 64
	}
	step := t.total / windows
	next, off, sampled, w, b := 0, 0, 0, 0, 0
	for _, u := range units {
		for next < off+len(u.Text) {
			i := next - off
			j := min(i+window, len(u.Text))
			cw, cb := countWords(u.Text[i:j])
			w, b, sampled = w+cw, b+cb, sampled+j-i
			next += step
		}
		off += len(u.Text)
	}
	scale := float64(t.total) / float64(max(sampled, 1)) * 1.0625
	return int(float64(w)*scale) + 64, int(float64(b)*scale) + 256
}

// countWords counts the word starts and normalized bytes of s the way words1 reads them,
// near enough for an estimate (a word cut by the window's start counts whole).
func countWords(s string) (words, normBytes int) {
	inWord := false
	for i := 0; i < len(s); {
		c := s[i]
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
		r, size := utf8.DecodeRuneInString(s[i:])
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

// growNorm makes room for more normalized bytes, the same way.
func (t *tokens) growNorm(nb []byte, at int) []byte {
	n := len(nb)
	left := max(t.total-at, 0)
	more := int(float64(left)*float64(n)/float64(max(at, 1))*1.125) + 256
	nb2 := make([]byte, n, n+max(more, n/4))
	copy(nb2, nb)
	return nb2
}

// wordEnd returns where word k of a unit's text ends in the text (k counts from 0): the
// words' ends are not kept, since only a copied beginning needs one.
func wordEnd(text string, k int) int {
	s := tokens{recordEnds: true, total: len(text)}
	s.words1(text, 0)
	if k < len(s.ends) {
		return int(s.ends[k])
	}
	return len(text)
}

func (t *tokens) wordBytes(k int) []byte { return t.norm[t.ns[k]:t.ns[k+1]] }

// same reports whether words i and j are equal.
func (t *tokens) same(i, j int) bool {
	return string(t.wordBytes(i)) == string(t.wordBytes(j))
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

// negation reports whether word k of the unit [a, b) is a negation. The French "pas" is one
// only beside a "ne" or "n'" in the unit: alone it is the Polish "lane" or "step" ("szerszy
// pas dla rowerów") as often as a negation.
func (t *tokens) negation(k, a, b int) bool {
	w := string(t.wordBytes(k))
	if !negations[w] {
		return false
	}
	if w != "pas" {
		return true
	}
	for i := a; i < b; i++ {
		if n := string(t.wordBytes(i)); n == "ne" || n == "n" {
			return true
		}
	}
	return false
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
		return runeInfo{class: cJunk}
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
